package pgtest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestDatabaseIsFreshPerTest(t *testing.T) {
	t.Parallel()
	fx := pgtest.Fixture{Name: "tiny", Files: []string{writeSQL(t, "CREATE TABLE t (id int primary key); INSERT INTO t VALUES (1), (2);")}}
	ctx := context.Background()
	a := pgtest.Database(t, fx)
	b := pgtest.Database(t, fx)
	require.NotEqual(t, a, b)

	ca, err := pgx.Connect(ctx, a)
	require.NoError(t, err)
	defer ca.Close(ctx)
	_, err = ca.Exec(ctx, "INSERT INTO t VALUES (3)")
	require.NoError(t, err)

	cb, err := pgx.Connect(ctx, b)
	require.NoError(t, err)
	defer cb.Close(ctx)
	var n int
	require.NoError(t, cb.QueryRow(ctx, "SELECT count(*) FROM t").Scan(&n))
	require.Equal(t, 2, n, "a write in one test's database must not show in another's")
}

func TestFixtureErrorNamesTheFile(t *testing.T) {
	t.Parallel()
	srv := pgtest.Shared(t)
	fx := pgtest.Fixture{Name: "broken", Files: []string{writeSQL(t, "CREATE TABLE ok (id int);\nCREATE TABLEX nope;")}}
	_, _, err := srv.CreateDatabase(context.Background(), fx)
	require.Error(t, err)
	require.Contains(t, err.Error(), "fixture.sql")
	require.Contains(t, err.Error(), "TABLEX")
}

func TestDropRemovesDatabaseWithSubscription(t *testing.T) {
	t.Parallel()
	srv := pgtest.Shared(t)
	ctx := context.Background()
	fx := pgtest.Fixture{Name: "sub", AfterClone: []string{writeSQL(t,
		"CREATE SUBSCRIPTION s CONNECTION 'host=127.0.0.1 port=1 dbname=x' PUBLICATION p WITH (connect = false);")}}
	_, name, err := srv.CreateDatabase(ctx, fx)
	require.NoError(t, err)
	require.NoError(t, srv.DropDatabase(ctx, name))
	conn, err := pgx.Connect(ctx, srv.AdminURL())
	require.NoError(t, err)
	defer conn.Close(ctx)
	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n))
	require.Zero(t, n)
}

func writeSQL(t *testing.T, sql string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "fixture.sql")
	require.NoError(t, os.WriteFile(p, []byte(sql), 0o644))
	return p
}

// A canonical fixture's tables are read in their key's order, whatever
// order the load left them in, and their row estimates are exact.
func TestCanonicalFixtureOrdersRowsByKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	file := writeSQL(t, `
CREATE TABLE keyed (id int PRIMARY KEY, v text);
INSERT INTO keyed SELECT i, 'v' || i FROM generate_series(500, 1, -1) i;
UPDATE keyed SET v = v || '!' WHERE id % 2 = 0;
CREATE TABLE unique_only (code text NOT NULL, n int);
CREATE UNIQUE INDEX unique_only_code ON unique_only (code);
INSERT INTO unique_only SELECT 'c' || lpad(i::text, 3, '0'), i FROM generate_series(300, 1, -1) i;
CREATE TABLE heap_only (n int);
INSERT INTO heap_only SELECT i FROM generate_series(3, 1, -1) i;`)
	first := func(url, query string) []string {
		conn, err := pgx.Connect(ctx, url)
		require.NoError(t, err)
		defer conn.Close(ctx)
		rows, err := conn.Query(ctx, query)
		require.NoError(t, err)
		got, err := pgx.CollectRows(rows, pgx.RowTo[string])
		require.NoError(t, err)
		return got
	}
	loaded := pgtest.Database(t, pgtest.Fixture{Name: "canonical", Files: []string{file}})
	canonical := pgtest.Database(t, pgtest.Fixture{Name: "canonical", Files: []string{file}, Canonical: true})

	// As loaded, the first rows are among the last keys.
	require.NotEqual(t, []string{"1", "2"}, first(loaded, "SELECT id::text FROM keyed LIMIT 2"))
	require.Equal(t, []string{"1", "2"}, first(canonical, "SELECT id::text FROM keyed LIMIT 2"))
	require.Equal(t, []string{"c001", "c002"}, first(canonical, "SELECT code FROM unique_only LIMIT 2"))
	require.Equal(t, []string{"3", "2", "1"}, first(canonical, "SELECT n::text FROM heap_only"), "a table without a unique index keeps its order")
	require.Equal(t, []string{"500", "300", "3"}, first(canonical,
		"SELECT reltuples::bigint::text FROM pg_class WHERE relname IN ('keyed', 'unique_only', 'heap_only') ORDER BY reltuples DESC"))
}
