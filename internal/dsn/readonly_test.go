package dsn

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestWriteThroughSourceFails proves that the source connection refuses
// writes: in an implicit transaction, in an explicit one, and for DDL.
func TestWriteThroughSourceFails(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.Database(t, pgtest.Fixture{Name: "rw", Files: []string{writeFile(t, "CREATE TABLE t (id int); INSERT INTO t VALUES (1); CREATE SEQUENCE s;")}})
	cfg, err := SourceConfig(url)
	require.NoError(t, err)
	conn, err := Connect(ctx, "source", cfg)
	require.NoError(t, err)
	defer conn.Close(ctx)

	for _, sql := range []string{
		"INSERT INTO t VALUES (2)",
		"UPDATE t SET id = 3",
		"DELETE FROM t",
		"CREATE TABLE u (id int)",
		"CREATE TEMP TABLE tmp (id int)",
		"SELECT nextval('s')",
		"SELECT pg_catalog.set_config('default_transaction_read_only', 'off', false); INSERT INTO t VALUES (5)",
	} {
		_, err := conn.Exec(ctx, sql)
		requireReadOnly(t, err, sql)
	}
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	require.NoError(t, err)
	_, err = tx.Exec(ctx, "INSERT INTO t VALUES (4)")
	requireReadOnly(t, err, "insert in a read-only snapshot transaction")
	require.NoError(t, tx.Rollback(ctx))

	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM t").Scan(&n))
	require.Equal(t, 1, n, "reads still work and nothing changed")
}

func requireReadOnly(t *testing.T, err error, what string) {
	t.Helper()
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		t.Fatalf("%s: want a read-only error, got %v", what, err)
	}
	require.Equal(t, "25006", pgErr.Code, "%s: %s", what, pgErr.Message)
}

func writeFile(t *testing.T, sql string) string {
	t.Helper()
	p := t.TempDir() + "/fixture.sql"
	require.NoError(t, os.WriteFile(p, []byte(sql), 0o644))
	return p
}
