package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/understudy/understudy/internal/dsn"
)

// RollbackConfig is a rollback: the target and how to treat its sessions.
type RollbackConfig struct {
	TargetURL         string
	MaintenanceDB     string // default "postgres"
	TerminateSessions bool
	SwapTimeout       time.Duration // default 1 minute
}

// Rollback exchanges <target> and <target>__prev in one transaction, under
// the refresh lock: staging goes back to the copy before the last refresh,
// and a second rollback undoes the first.
func Rollback(ctx context.Context, cfg RollbackConfig) error {
	if cfg.MaintenanceDB == "" {
		cfg.MaintenanceDB = "postgres"
	}
	if cfg.SwapTimeout == 0 {
		cfg.SwapTimeout = time.Minute
	}
	tgt, err := dsn.TargetConfig(cfg.TargetURL)
	if err != nil {
		return err
	}
	r := &run{cfg: &Config{MaintenanceDB: cfg.MaintenanceDB, TerminateSessions: cfg.TerminateSessions, SwapTimeout: cfg.SwapTimeout}, tgtCfg: tgt}
	r.cfg.defaults()
	r.target = tgt.Database
	r.prev = r.target + "__prev"
	defer func() {
		if r.admin != nil {
			r.admin.Close(context.Background())
		}
	}()
	if err := r.lock(ctx); err != nil {
		return err
	}
	ok, err := r.databaseExists(ctx, r.prev)
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	if !ok {
		return &NoPreviousError{Target: r.target}
	}
	tmp := r.target + "__rollback"
	if err := dropDatabase(ctx, r.admin, tmp); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	err = retryWhileSessions(ctx, cfg.SwapTimeout, func() error { return r.exchange(ctx, tmp) })
	if errors.Is(err, errSessions) {
		return fmt.Errorf("rollback: %s still has sessions after %s; nothing changed. Rerun with --terminate-sessions to end them", r.target, cfg.SwapTimeout)
	}
	return err
}

// exchange renames target -> tmp, prev -> target, tmp -> prev in one
// transaction.
func (r *run) exchange(ctx context.Context, tmp string) error {
	if r.cfg.TerminateSessions {
		if err := r.terminateSessions(ctx, "rollback", r.target, r.prev); err != nil {
			return err
		}
	}
	return r.renameDatabases(ctx, "rollback", [2]string{r.target, tmp}, [2]string{r.prev, r.target}, [2]string{tmp, r.prev})
}
