package integration

// What production schemas hold beyond tables, keys and indexes (issue 11
// item 6), in one fixture, testdata/features: each feature either works
// end to end or is refused up front, and the README lists what understudy
// does with each ("What production schemas hold").

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// featuresFixture is a coworking space's booking application holding every
// feature of the list.
func featuresFixture() pgtest.Fixture {
	dir := filepath.Join(pgtest.RepoRoot(), "testdata", "features")
	return pgtest.Fixture{Name: "features", Files: []string{filepath.Join(dir, "schema.sql"), filepath.Join(dir, "data.sql")}}
}

// TestFeatures takes the fixture through init, lint --strict, run and
// verify, untouched, with a superuser on both sides, and checks what
// staging holds of each feature.
func TestFeatures(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, featuresFixture())
	manifest := filepath.Join(t.TempDir(), "run.json")
	runFeatures(t, r, manifest)
	checkFeatures(t, r, manifest)
}

// TestFeaturesStagingRole is TestFeatures with a staging role that is not
// a superuser, as on a managed staging server: it owns the copy, may not
// create event triggers or publications FOR ALL TABLES, and the FORCE ROW
// LEVEL SECURITY of production binds it.
func TestFeaturesStagingRole(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := pgtest.Database(t, featuresFixture())
	role := "staging_" + pgtest.DatabaseName(src)
	admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
	_, err := admin.Exec(ctx, "CREATE ROLE "+pgx.Identifier{role}.Sanitize()+" LOGIN CREATEDB")
	require.NoError(t, err)
	// Registered before the refresh, so it runs after the refresh's own
	// cleanup has dropped the databases the role owns.
	t.Cleanup(func() {
		if c, err := pgx.Connect(context.Background(), pgtest.Shared(t).AdminURL()); err == nil {
			_, _ = c.Exec(context.Background(), "DROP ROLE IF EXISTS "+pgx.Identifier{role}.Sanitize())
			c.Close(context.Background())
		}
	})
	r := newRefreshFrom(t, src)
	u, err := url.Parse(r.Tgt)
	require.NoError(t, err)
	u.User = url.User(role)
	r.Tgt = u.String()
	manifest := filepath.Join(t.TempDir(), "run.json")
	runFeatures(t, r, manifest)
	var owner string
	require.NoError(t, admin.QueryRow(ctx, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = $1", r.Target).Scan(&owner))
	require.Equal(t, role, owner)
	checkFeatures(t, r, manifest)
}

func runFeatures(t *testing.T, r *refresh, manifest string) {
	t.Helper()
	lint := understudy(t, "lint", "--config", r.Rules, "--source", r.Src, "--strict")
	require.Equal(t, 0, lint.Code, failure(lint))
	res := r.Run(t, "--manifest", manifest)
	require.Equal(t, 0, res.Code, failure(res))
	ver := understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt)
	require.Equal(t, 0, ver.Code, failure(ver))
}

// checkFeatures checks staging (as the superuser), feature by feature.
func checkFeatures(t *testing.T, r *refresh, manifestPath string) {
	t.Helper()
	ctx := context.Background()
	stagingURL, err := url.Parse(r.Tgt)
	require.NoError(t, err)
	stagingURL.User = nil
	adminURL, err := url.Parse(pgtest.Shared(t).AdminURL())
	require.NoError(t, err)
	stagingURL.User = adminURL.User
	src, dst := clitest.Connect(t, r.Src), clitest.Connect(t, stagingURL.String())
	manifest := clitest.ReadManifest(t, manifestPath)
	count := func(conn *pgx.Conn, q string, args ...any) int64 {
		t.Helper()
		var n int64
		require.NoError(t, conn.QueryRow(ctx, q, args...).Scan(&n), q)
		return n
	}
	// Rolls back whatever a check writes into staging.
	inTx := func(fn func(tx pgx.Tx)) {
		t.Helper()
		tx, err := dst.Begin(ctx)
		require.NoError(t, err)
		defer tx.Rollback(ctx)
		fn(tx)
	}
	sqlstate := func(err error) string {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) {
			return pgErr.Code
		}
		return ""
	}

	// Every table's rows arrive: unlogged, inheritance parents and
	// children (each its own rows), partitions, the table in the
	// extension's schema, the FORCE RLS one, and the event trigger's log,
	// which understudy's own DDL did not grow.
	require.Equal(t, clitest.RowCounts(clitest.SourceSums(t, r.Src)), clitest.RowCounts(clitest.WithoutRuns(clitest.TableChecksums(t, dst))))

	t.Run("generated columns", func(t *testing.T) {
		require.Zero(t, count(dst, `SELECT count(*) FROM booking.rooms WHERE daily_rate_cents IS DISTINCT FROM hourly_rate_cents * 8`))
		require.Equal(t, int64(5), count(dst, `SELECT count(hours) FROM booking.reservations`))
	})
	t.Run("identity and serial columns", func(t *testing.T) {
		// Every sequence that backs a column hands out a value past the
		// largest one copied.
		rows, err := dst.Query(ctx, `SELECT format('%I.%I', n.nspname, c.relname), a.attname, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)
			FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND NOT c.relispartition
			  AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL
			  AND n.nspname <> 'understudy' AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)`)
		require.NoError(t, err)
		type serial struct{ table, column, seq string }
		serials, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (serial, error) {
			var s serial
			return s, row.Scan(&s.table, &s.column, &s.seq)
		})
		require.NoError(t, err)
		require.Len(t, serials, 10)
		for _, s := range serials {
			inTx(func(tx pgx.Tx) {
				var max, next int64
				require.NoError(t, tx.QueryRow(ctx, "SELECT COALESCE(max("+pgx.Identifier{s.column}.Sanitize()+"), 0) FROM "+s.table).Scan(&max))
				require.NoError(t, tx.QueryRow(ctx, "SELECT nextval($1)", s.seq).Scan(&next))
				require.Greater(t, next, max, "%s.%s: %s", s.table, s.column, s.seq)
			})
		}
		var identity string
		require.NoError(t, dst.QueryRow(ctx, `SELECT attidentity FROM pg_attribute WHERE attrelid = 'public.members'::regclass AND attname = 'id'`).Scan(&identity))
		require.Equal(t, "a", identity)
	})
	t.Run("exclusion constraint", func(t *testing.T) {
		require.Equal(t, int64(1), count(dst, `SELECT count(*) FROM pg_constraint WHERE conname = 'reservations_no_overlap' AND contype = 'x' AND convalidated`))
		inTx(func(tx pgx.Tx) {
			_, err := tx.Exec(ctx, `INSERT INTO booking.reservations (room_id, member_id, during) VALUES (100, 1, '[2025-03-03 10:00+00, 2025-03-03 10:30+00)')`)
			require.Equal(t, "23P01", sqlstate(err), "%v", err)
		})
	})
	t.Run("force row level security", func(t *testing.T) {
		var enabled, forced bool
		require.NoError(t, dst.QueryRow(ctx, `SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = 'booking.member_notes'::regclass`).Scan(&enabled, &forced))
		require.True(t, enabled)
		require.True(t, forced)
		require.Equal(t, int64(1), count(dst, `SELECT count(*) FROM pg_policy WHERE polname = 'member_notes_by_location'`))
	})
	t.Run("event triggers", func(t *testing.T) {
		require.Equal(t, int64(1), count(src, `SELECT count(*) FROM pg_event_trigger`))
		require.Zero(t, count(dst, `SELECT count(*) FROM pg_event_trigger`))
		require.Contains(t, manifest["omitted"], "CREATE EVENT TRIGGER log_ddl")
	})
	t.Run("publications", func(t *testing.T) {
		require.Equal(t, int64(2), count(src, `SELECT count(*) FROM pg_publication`))
		require.Zero(t, count(dst, `SELECT count(*) FROM pg_publication`))
		require.Contains(t, manifest["omitted"], "CREATE PUBLICATION analytics")
		require.Contains(t, manifest["omitted"], "CREATE PUBLICATION everything")
	})
	t.Run("large objects", func(t *testing.T) {
		// The same OIDs, so every reference resolves; no content crosses.
		oids := func(conn *pgx.Conn) []uint32 {
			rows, err := conn.Query(ctx, `SELECT oid FROM pg_largeobject_metadata ORDER BY oid`)
			require.NoError(t, err)
			out, err := pgx.CollectRows(rows, pgx.RowTo[uint32])
			require.NoError(t, err)
			return out
		}
		require.Len(t, oids(src), 3)
		require.Equal(t, oids(src), oids(dst))
		require.Equal(t, int64(3), count(dst, `SELECT count(*) FROM public.agreements WHERE length(lo_get(document)) = 0`))
		require.EqualValues(t, 3, manifest["large_objects_emptied"])
	})
	t.Run("unlogged table", func(t *testing.T) {
		var persistence string
		require.NoError(t, dst.QueryRow(ctx, `SELECT relpersistence FROM pg_class WHERE oid = 'public.session_cache'::regclass`).Scan(&persistence))
		require.Equal(t, "u", persistence)
	})
	t.Run("table in an extension's schema", func(t *testing.T) {
		require.Equal(t, int64(1), count(dst, `SELECT count(*) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm' AND n.nspname = 'search'`))
		require.Zero(t, count(dst, `SELECT count(*) FROM pg_depend WHERE objid = 'search.room_synonyms'::regclass AND deptype = 'e'`))
		require.Equal(t, int64(1), count(dst, `SELECT count(*) FROM search.room_synonyms WHERE synonym OPERATOR(search.%) 'boardrooms'`))
	})
	t.Run("inheritance beside partitioning", func(t *testing.T) {
		require.Equal(t, count(src, `SELECT count(*) FROM "Audit".events`), count(dst, `SELECT count(*) FROM "Audit".events`))
		require.Equal(t, int64(2), count(dst, `SELECT count(*) FROM pg_inherits WHERE inhrelid = '"Audit".events_2024'::regclass`))
		require.Equal(t, count(src, `SELECT count(*) FROM "Audit".activity`), count(dst, `SELECT count(*) FROM "Audit".activity`))
		require.Equal(t, int64(2), count(dst, `SELECT count(*) FROM "Audit".activity_2025_bookings`))
	})
	t.Run("domains with checks", func(t *testing.T) {
		require.Equal(t, int64(1), count(dst, `SELECT count(*) FROM pg_constraint WHERE contypid = 'public.email_address'::regtype AND contype = 'c'`))
		require.Equal(t, int64(2), count(dst, `SELECT count(*) FROM pg_constraint WHERE contypid = 'booking.seat_count'::regtype AND contype = 'c'`))
		inTx(func(tx pgx.Tx) {
			_, err := tx.Exec(ctx, `UPDATE public.members SET email = 'not an email' WHERE id = 1`)
			require.Equal(t, "23514", sqlstate(err), "%v", err)
		})
	})
	t.Run("collations", func(t *testing.T) {
		var provider string
		var deterministic bool
		require.NoError(t, dst.QueryRow(ctx, `SELECT collprovider, collisdeterministic FROM pg_collation WHERE collname = 'case_insensitive'`).Scan(&provider, &deterministic))
		require.Equal(t, "i", provider)
		require.False(t, deterministic)
		require.Equal(t, "case_insensitive", stringAt(t, dst, `SELECT collname FROM pg_collation WHERE oid = (SELECT attcollation FROM pg_attribute WHERE attrelid = 'public.members'::regclass AND attname = 'username')`))
		// The unique index holds over the masked names, case-insensitively.
		require.Equal(t, int64(1), count(dst, `SELECT count(*) FROM pg_index WHERE indexrelid = 'public.members_username_key'::regclass AND indisunique AND indisvalid`))
		require.Zero(t, count(dst, `SELECT count(*) FROM public.members m JOIN public.members o ON m.id <> o.id AND m.username = o.username`))
		require.Zero(t, count(dst, `SELECT count(*) FROM public.members WHERE username IN ('ada', 'GRACE', 'linus', 'Anna', 'mueller')`))
		inTx(func(tx pgx.Tx) {
			_, err := tx.Exec(ctx, `INSERT INTO public.members (username, email, full_name) SELECT upper(username), 'x@example.com', 'X' FROM public.members WHERE id = 1`)
			require.Equal(t, "23505", sqlstate(err), "%v", err)
		})
	})
	t.Run("tablespaces", func(t *testing.T) {
		require.Equal(t, int64(2), count(src, `SELECT count(*) FROM pg_class c JOIN pg_tablespace s ON s.oid = c.reltablespace WHERE s.spcname = 'cold_storage' AND c.relname LIKE 'invoices_archive%'`))
		require.Zero(t, count(dst, `SELECT count(*) FROM pg_class WHERE reltablespace <> 0 AND relnamespace = 'booking'::regnamespace`))
	})
}

func stringAt(t *testing.T, conn *pgx.Conn, q string) string {
	t.Helper()
	var s string
	require.NoError(t, conn.QueryRow(context.Background(), q).Scan(&s), q)
	return s
}
