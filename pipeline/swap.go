package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/dsn"
)

// connectDB opens a connection to a database on the target server.
func (r *run) connectDB(ctx context.Context, database string) (*pgx.Conn, error) {
	cfg := r.tgtCfg.Copy()
	cfg.Database = database
	cfg.RuntimeParams["application_name"] = "understudy"
	return dsn.Connect(ctx, "target", cfg)
}

func (r *run) databaseExists(ctx context.Context, name string) (bool, error) {
	var ok bool
	err := r.admin.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&ok)
	return ok, err
}

// swap makes __next the target: the old target becomes __prev in the same
// transaction, so staging is never missing. Staging sessions are ended
// only when asked; otherwise the swap waits for them, up to SwapTimeout.
func (r *run) swap(ctx context.Context) error {
	exists, err := r.databaseExists(ctx, r.target)
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	if exists {
		if err := dropDatabase(ctx, r.admin, r.prev); err != nil {
			return fmt.Errorf("target: drop the older %s: %w", r.prev, err)
		}
	}
	err = retryWhileSessions(ctx, r.cfg.SwapTimeout, func() error { return r.renameOnce(ctx, exists) })
	if errors.Is(err, errSessions) {
		return fmt.Errorf("swap: %s still has sessions after %s; staging is unchanged. Rerun with --terminate-sessions to end them", r.target, r.cfg.SwapTimeout)
	}
	if err != nil {
		return err
	}
	r.swapped = true
	r.manifest.Swap = "swapped"
	if exists && !r.cfg.KeepPrevious {
		// The swap is committed: finish tidying even if an interrupt came
		// in the meantime.
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if err := dropDatabase(dctx, r.admin, r.prev); err != nil {
			r.cfg.Logger.Warn("could not drop the previous copy", "database", r.prev, "error", err)
		}
	}
	return nil
}

// renameOnce tries the two renames in one transaction.
func (r *run) renameOnce(ctx context.Context, exists bool) error {
	if !exists {
		return r.renameDatabases(ctx, "swap", [2]string{r.next, r.target})
	}
	if r.cfg.TerminateSessions {
		if err := r.terminateSessions(ctx, "swap", r.target); err != nil {
			return err
		}
	}
	return r.renameDatabases(ctx, "swap", [2]string{r.target, r.prev}, [2]string{r.next, r.target})
}

// retryWhileSessions calls try until it returns anything but errSessions,
// or until timeout has passed, when it returns errSessions.
func retryWhileSessions(ctx context.Context, timeout time.Duration, try func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		err := try()
		if !errors.Is(err, errSessions) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// terminateSessions ends the other sessions on the databases; op names the
// step in the error.
func (r *run) terminateSessions(ctx context.Context, op string, databases ...string) error {
	if _, err := r.admin.Exec(ctx, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()", databases); err != nil {
		return fmt.Errorf("%s: end staging sessions: %w", op, err)
	}
	return nil
}

// renameDatabases renames each pair's first database to its second, in
// order and in one transaction: all or none. A database in use is
// errSessions; op names the step in other errors.
func (r *run) renameDatabases(ctx context.Context, op string, renames ...[2]string) error {
	tx, err := r.admin.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	for _, rn := range renames {
		if _, err := tx.Exec(ctx, "ALTER DATABASE "+pgx.Identifier{rn[0]}.Sanitize()+" RENAME TO "+pgx.Identifier{rn[1]}.Sanitize()); err != nil {
			if isInUse(err) {
				return errSessions
			}
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	return tx.Commit(ctx)
}

// isInUse reports "database is being accessed by other users".
func isInUse(err error) bool {
	var pgErr interface{ SQLState() string }
	return errors.As(err, &pgErr) && pgErr.SQLState() == "55006"
}
