package pipeline

import (
	"context"
	"fmt"

	"github.com/understudy/understudy/schema"
)

// LockTableError: a server's lock table cannot hold what one transaction
// of the run must lock at once, so the run would fail partway with "out of
// shared memory" (SQLSTATE 53200). It stops the run before the target is
// touched; the user raises the setting and restarts the server.
//
// A server's lock table holds MaxLocksPerTransaction × (MaxConnections +
// MaxPreparedTransactions) locks, shared by all its sessions (PostgreSQL's
// documentation of max_locks_per_transaction).
type LockTableError struct {
	// Server is "source" or "target".
	Server string
	// Holder is what needs the locks in one transaction ("pg_dump").
	Holder string
	// Need is how many relation locks Holder takes; Detail says how they
	// add up.
	Need   int
	Detail string
	// The server's settings.
	MaxLocksPerTransaction, MaxConnections, MaxPreparedTransactions int
}

// Capacity is the size of the server's lock table.
func (e *LockTableError) Capacity() int {
	return e.MaxLocksPerTransaction * (e.MaxConnections + e.MaxPreparedTransactions)
}

// Minimum is the smallest max_locks_per_transaction whose lock table holds
// Need, the other settings as they are.
func (e *LockTableError) Minimum() int {
	n := e.MaxConnections + e.MaxPreparedTransactions
	return (e.Need + n - 1) / max(n, 1)
}

func (e *LockTableError) Error() string {
	return fmt.Sprintf("max_locks_per_transaction = %d on the %s allows %s locks (%d × (max_connections = %d + max_prepared_transactions = %d)); %s needs %s (%s): set max_locks_per_transaction to at least %d on the %s server and restart it",
		e.MaxLocksPerTransaction, e.Server, thousands(e.Capacity()), e.MaxLocksPerTransaction, e.MaxConnections, e.MaxPreparedTransactions,
		e.Holder, thousands(e.Need), e.Detail, e.Minimum(), e.Server)
}

// thousands writes n with commas: 12,345.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// pgDumpCatalogLocks bounds the locks pg_dump takes on the system catalog
// and their indexes, besides the tables it dumps (about 150, measured on
// PostgreSQL 15, where pg_dump is blocked late in a schema dump).
const pgDumpCatalogLocks = 200

// pgDumpLocks is how many relation locks pg_dump --schema-only takes in its
// one transaction, all held to its end: ACCESS SHARE on every table it
// dumps (tables, partitioned tables and each partition), the relations its
// views read (pg_get_viewdef locks them; counted as one per view), and the
// catalog. It is the floor of a run's locks on the source: every other
// reader of understudy holds one table's at a time.
func pgDumpLocks(m *schema.Model) (int, string) {
	need := len(m.Tables) + len(m.Views) + pgDumpCatalogLocks
	return need, fmt.Sprintf("%s tables and partitions, %s views, %d for the catalog",
		thousands(len(m.Tables)), thousands(len(m.Views)), pgDumpCatalogLocks)
}

// readLockTable reads a server's lock table settings into a
// LockTableError, to fill in when too small.
func readLockTable(ctx context.Context, q schema.Querier, server string) (*LockTableError, error) {
	e := &LockTableError{Server: server}
	err := q.QueryRow(ctx, `SELECT current_setting('max_locks_per_transaction')::int, current_setting('max_connections')::int,
		current_setting('max_prepared_transactions')::int`).Scan(&e.MaxLocksPerTransaction, &e.MaxConnections, &e.MaxPreparedTransactions)
	if err != nil {
		return nil, fmt.Errorf("%s: read the lock settings: %w", server, err)
	}
	return e, nil
}

// CheckLocks compares what pg_dump must lock in the snapshot's schema with
// the source's lock table: a *LockTableError when it cannot fit.
func (p *Prepared) CheckLocks(ctx context.Context) error {
	e, err := readLockTable(ctx, p.conn, "source")
	if err != nil {
		return err
	}
	e.Holder = "pg_dump"
	e.Need, e.Detail = pgDumpLocks(p.Model)
	if e.Need > e.Capacity() {
		return e
	}
	return nil
}

// preflight checks, before the target is touched, that each server's lock
// table holds what one transaction of the run locks at once: pg_dump on the
// source; on the target, a batch of the pre-data load.
func (r *run) preflight(ctx context.Context) error {
	if err := r.prep.CheckLocks(ctx); err != nil {
		return err
	}
	e, err := readLockTable(ctx, r.admin, "target")
	if err != nil {
		return err
	}
	e.Holder = "the schema load"
	e.Need = preDataLocks + pgDumpCatalogLocks
	e.Detail = fmt.Sprintf("%d statements in the open transactions of its sessions together, each creating up to 3 relations, and %d for the catalog", preDataBatch, pgDumpCatalogLocks)
	if e.Need > e.Capacity() {
		return e
	}
	return nil
}
