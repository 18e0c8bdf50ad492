package integration

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// extconfigFixture is a fixture of testdata/extconfig, skipped, saying what
// to install, on a server without its extensions.
func extconfigFixture(t *testing.T, file string, extensions ...string) pgtest.Fixture {
	t.Helper()
	fx := pgtest.Fixture{Name: "extconfig-" + strings.TrimSuffix(file, ".sql"),
		Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "extconfig", file)}, Extensions: extensions}
	missing, err := pgtest.Shared(t).MissingExtensions(context.Background(), fx)
	require.NoError(t, err)
	if len(missing) > 0 {
		t.Skipf("the server lacks the extensions %v (Debian: postgresql-15-postgis-3, postgresql-15-partman)", missing)
	}
	return fx
}

// queryStrings runs a query returning one text column.
func queryStrings(t *testing.T, dbURL, q string) []string {
	t.Helper()
	rows, err := clitest.Connect(t, dbURL).Query(context.Background(), q)
	require.NoError(t, err)
	var out []string
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		out = append(out, s)
	}
	require.NoError(t, rows.Err())
	return out
}

// TestExtensionConfigPostGIS: the rows of extension configuration tables
// that pg_dump would dump arrive in staging, masked by the rules like any
// table's: PostGIS's custom SRID (and not a second copy of PostGIS's own),
// postgis_topology's topologies and layer, in foreign-key order, with the
// configuration sequence set past them. A user table's foreign key to the
// custom SRID holds, and the report lists the configuration table.
func TestExtensionConfigPostGIS(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, extconfigFixture(t, "postgis.sql", "postgis", "postgis_topology"))

	// A rule on a configuration table's column, as on any table's.
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	require.Contains(t, string(data), "public.spatial_ref_sys:", "init lists the configuration table")
	editRules(t, r.Rules, "    auth_name: keep\n", "    auth_name: { transform: constant, value: staging }\n")

	lint := understudy(t, "lint", "--config", r.Rules, "--source", r.Src, "--strict")
	require.Equal(t, 0, lint.Code, lint.Stdout+lint.Stderr)

	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)

	count := `SELECT count(*)::text FROM public.spatial_ref_sys`
	require.Equal(t, queryStrings(t, r.Src, count), queryStrings(t, r.Tgt, count), "PostGIS's own SRIDs are not copied a second time")
	require.Equal(t, []string{"staging 990001 +proj=longlat +datum=WGS84 +no_defs"},
		queryStrings(t, r.Tgt, `SELECT auth_name || ' ' || auth_srid || ' ' || proj4text FROM public.spatial_ref_sys WHERE srid = 990001`),
		"the custom SRID arrives, auth_name masked")
	require.Equal(t, []string{"EPSG"}, queryStrings(t, r.Tgt, `SELECT DISTINCT auth_name FROM public.spatial_ref_sys WHERE srid = 4326`),
		"PostGIS's own rows are the extension's, untouched")
	require.Equal(t, []string{"2"}, queryStrings(t, r.Tgt, `SELECT count(*)::text FROM "Geo"."Sites" WHERE srid = 990001`))

	topologies := `SELECT id || ' ' || name || ' ' || srid FROM topology.topology ORDER BY id`
	require.Equal(t, []string{"1 Roads 990001", "2 rivers 4326"}, queryStrings(t, r.Src, topologies))
	require.Equal(t, queryStrings(t, r.Src, topologies), queryStrings(t, r.Tgt, topologies))
	layers := `SELECT topology_id || ' ' || layer_id || ' ' || schema_name || '.' || table_name || '.' || feature_column FROM topology.layer`
	require.Equal(t, []string{"1 1 Geo.roads.topo"}, queryStrings(t, r.Tgt, layers))
	// The configuration sequence is past the copied ids: a new topology
	// in staging gets the next one.
	require.Equal(t, []string{"3"}, queryStrings(t, r.Tgt, `SELECT topology.CreateTopology('staging_only', 4326)::text`))

	rep := understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--format", "markdown")
	require.Equal(t, 0, rep.Code, rep.Stderr)
	require.Contains(t, rep.Stdout, "spatial_ref_sys")
	require.Contains(t, rep.Stdout, "topology.topology")
}

// TestExtensionConfigPartman: pg_partman's part_config row, which says how
// public.events is partitioned and kept, arrives in staging, so that
// partition maintenance runs there too.
func TestExtensionConfigPartman(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, extconfigFixture(t, "partman.sql", "pg_partman"))
	lint := understudy(t, "lint", "--config", r.Rules, "--source", r.Src, "--strict")
	require.Equal(t, 0, lint.Code, lint.Stdout+lint.Stderr)
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)

	config := `SELECT parent_table || ' ' || control || ' ' || partition_interval || ' ' || premake FROM partman.part_config`
	require.Equal(t, []string{"public.events created_at 1 day 2"}, queryStrings(t, r.Src, config))
	require.Equal(t, queryStrings(t, r.Src, config), queryStrings(t, r.Tgt, config))
	require.Equal(t, []string{"1"}, queryStrings(t, r.Tgt, `SELECT count(*)::text FROM public.events`))
	// Maintenance finds its configuration in staging.
	_, err := clitest.Connect(t, r.Tgt).Exec(context.Background(), `SELECT partman.run_maintenance('public.events')`)
	require.NoError(t, err)
}

// TestMissingExtensionStopsBeforeTarget: a source extension the staging
// server cannot create stops the run with exit 2, naming it and
// production's version, before anything is created on the target.
func TestMissingExtensionStopsBeforeTarget(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, extconfigFixture(t, "missing.sql"))
	res := r.Run(t)
	require.Equal(t, 2, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stderr, "the staging server has no extension understudy_missing (production uses 9.9): install the extension on the staging server")
	require.Empty(t, r.Databases(t), "nothing was created on the target")
}
