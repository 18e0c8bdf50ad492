package datagen_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/datagen"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// features is a schema that holds, in a few tables, every feature the
// generator claims to handle.
var features = pgtest.Fixture{Name: "datagen_features", Files: []string{filepath.Join("testdata", "features.sql")}}

// fill runs the generator on a fresh database of the fixture and returns
// its stats and per-table checksums.
func fill(t *testing.T, fx pgtest.Fixture, cfg datagen.Config) (*datagen.Stats, map[string]string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, fx))
	require.NoError(t, err)
	defer conn.Close(ctx)
	stats, err := datagen.Fill(ctx, conn, cfg)
	require.NoError(t, err)
	return stats, checksums(t, conn)
}

// checksums returns, per table with rows of its own, its row count and an
// order-independent checksum of its rows.
func checksums(t *testing.T, conn *pgx.Conn) map[string]string {
	t.Helper()
	ctx := context.Background()
	m, err := schema.Load(ctx, conn)
	require.NoError(t, err)
	out := map[string]string{}
	for _, tb := range m.Tables {
		// An extension's configuration table (spatial_ref_sys) holds the
		// extension's rows, not the generator's.
		if !tb.HasData() || tb.ExtensionConfig() {
			continue
		}
		var n int64
		var sum string
		q := fmt.Sprintf("SELECT count(*), COALESCE(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM ONLY %s t", tb.Name.Sanitize())
		require.NoError(t, conn.QueryRow(ctx, q).Scan(&n, &sum), q)
		out[tb.Name.String()] = fmt.Sprintf("%d:%s", n, sum)
	}
	return out
}

func TestFillFeatures(t *testing.T) {
	t.Parallel()
	cfg := datagen.Config{Rows: 30, Seed: 7}
	stats, sums := fill(t, features, cfg)
	t.Logf("rows %v, skipped %v, linked %d, errors %v", stats.Rows, stats.Skipped, stats.Linked, stats.Errors)
	for table, sum := range sums {
		require.False(t, strings.HasPrefix(sum, "0:"), "%s has no rows; errors: %v", table, stats.Errors)
	}
	// Each table gets every row but where the schema cannot hold them:
	// the default partition (only what falls outside the other two) and
	// the list partitions (a key of (code, name) with 3 codes is fine).
	for _, table := range []string{`"Shop"."Accounts"`, `"Shop".users`, `"Shop".teams`, `"Shop".members`, `"Shop".grants`,
		`"Shop".events_2024_01`, `"Shop".events_2024_02`, `"Shop".regions_eu`, `"Shop".regions_us`} {
		require.Equal(t, cfg.Rows, stats.Rows[table], "%s: skipped %d, first error: %s", table, stats.Skipped[table], stats.Errors[table])
	}
	require.Positive(t, stats.Linked, "the cycles' broken keys are filled afterwards")

	// Deterministic: the same Config gives the same rows; another seed
	// does not.
	_, again := fill(t, features, cfg)
	require.Equal(t, sums, again)
	_, other := fill(t, features, datagen.Config{Rows: 30, Seed: 8})
	require.NotEqual(t, sums, other)
}

// TestFillOSM fills the OpenStreetMap website's schema (PostGIS geometry,
// enums, composite keys, NOT VALID keys): every table gets every row, twice
// alike.
func TestFillOSM(t *testing.T) {
	t.Parallel()
	osm := datagen.OSM(0)
	missing, err := pgtest.Shared(t).MissingExtensions(context.Background(), osm)
	require.NoError(t, err)
	if len(missing) > 0 {
		t.Skipf("the server lacks the extensions %v (Debian: apt-get install postgresql-15-postgis-3)", missing)
	}
	schemaOnly := pgtest.Fixture{Name: "osm_structure", Files: osm.Files, Extensions: osm.Extensions}
	cfg := datagen.Config{Rows: 15}
	stats, sums := fill(t, schemaOnly, cfg)
	t.Logf("rows %v, skipped %v, linked %d, errors %v", stats.Rows, stats.Skipped, stats.Linked, stats.Errors)
	require.Empty(t, stats.Skipped, "errors: %v", stats.Errors)
	require.NotEmpty(t, sums)
	for table := range sums {
		// schema_migrations holds structure.sql's own rows as well.
		require.Equal(t, cfg.Rows, stats.Rows[table], table)
	}
	_, again := fill(t, schemaOnly, cfg)
	require.Equal(t, sums, again)
}
