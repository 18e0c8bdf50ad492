package pipeline

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/subset"
)

// userLocks counts the relation locks a session of the source holds on
// relations outside the system catalog.
func userLocks(t *testing.T, db string, pid uint32) int {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), db)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	var n int
	require.NoError(t, conn.QueryRow(context.Background(), `SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
		WHERE l.pid = $1 AND l.locktype = 'relation' AND c.relnamespace <> 'pg_catalog'::regnamespace`, pid).Scan(&n))
	return n
}

// TestCoordinatorHoldsNoTableLocks: after the catalog read and the sample,
// the transaction that holds the snapshot (open for the whole run) holds
// no lock on any table or index; a worker holds none between tables.
func TestCoordinatorHoldsNoTableLocks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.Database(t, pgtest.ManyTables(30, 10, 5))
	p, err := Prepare(ctx, PrepareConfig{SourceURL: db, SampleRows: 50})
	require.NoError(t, err)
	defer p.Close()
	require.Zero(t, userLocks(t, db, p.conn.PgConn().PID()), "the coordinator")

	_, err = p.Subset(ctx, subset.WholeSpec(p.Model), subset.Options{})
	require.NoError(t, err)

	src, err := p.openSource(ctx)
	require.NoError(t, err)
	defer src.Close(ctx)
	for _, tb := range p.Model.Tables[:3] {
		require.NoError(t, p.beginSnapshot(ctx, src))
		_, err := src.Exec(ctx, "SELECT count(*) FROM "+tb.Name.Sanitize())
		require.NoError(t, err)
		require.Positive(t, userLocks(t, db, src.PgConn().PID()), "while a table is read")
		_, err = src.Exec(ctx, "COMMIT")
		require.NoError(t, err)
		require.Zero(t, userLocks(t, db, src.PgConn().PID()), "between tables")
	}
}
