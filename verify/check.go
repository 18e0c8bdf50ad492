package verify

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// Config is what Check needs.
type Config struct {
	// Plan is the rules file resolved against the source schema: it says
	// which columns are masked and carries the virtual foreign keys.
	Plan *rules.Plan
	// SourceURL is read in one read-only snapshot; TargetURL is the staging
	// database checked.
	SourceURL, TargetURL string
	// Strict fails the check on rule drift as well.
	Strict bool
	// Snapshot, when set, is an exported snapshot of the source (a run's):
	// the source is read as of that instant, the one staging was copied at.
	Snapshot string
}

func (c *Config) validate() error {
	switch {
	case c.Plan == nil:
		return errors.New("verify: Config.Plan is nil: resolve the rules against the source first")
	case c.SourceURL == "":
		return errors.New("verify: Config.SourceURL is empty: name the production database")
	case c.TargetURL == "":
		return errors.New("verify: Config.TargetURL is empty: name the staging database")
	}
	return nil
}

// Check verifies the target against the source and the plan. An error means
// a check could not run; findings are in the report.
func Check(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	srcCfg, err := dsn.SourceConfig(cfg.SourceURL)
	if err != nil {
		return nil, err
	}
	tgtCfg, err := dsn.TargetConfig(cfg.TargetURL)
	if err != nil {
		return nil, err
	}
	rep := &Report{Source: dsn.Describe(srcCfg), Target: dsn.Describe(tgtCfg), Snapshot: cfg.Snapshot,
		Integrity: []ForeignKeyCheck{}, Leaks: []Leak{}, Credentials: []Credential{}, Catalog: []CatalogFinding{},
		Drift: []string{}, Strict: cfg.Strict}
	if cfg.Plan.Config != nil {
		rep.RulesSHA256 = cfg.Plan.Config.SHA256
	}
	for _, d := range rules.StrictFindings(cfg.Plan) {
		rep.Drift = append(rep.Drift, d.Message)
	}

	src, err := dsn.Connect(ctx, "source", srcCfg)
	if err != nil {
		return nil, err
	}
	defer src.Close(context.Background())
	tgt, err := dsn.Connect(ctx, "target", tgtCfg)
	if err != nil {
		return nil, err
	}
	defer tgt.Close(context.Background())

	stx, err := src.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("source %s: begin: %w", rep.Source, err)
	}
	defer stx.Rollback(context.Background())
	if cfg.Snapshot != "" {
		if _, err := stx.Exec(ctx, "SET TRANSACTION SNAPSHOT "+pgsql.QuoteLiteral(cfg.Snapshot)); err != nil {
			return nil, fmt.Errorf("source %s: import snapshot: %w", rep.Source, err)
		}
	}
	// The three checks run at once, each on its own target session: the
	// target copy is not written while it is verified. Each fills its own
	// part of the report.
	begin := func(conn *pgx.Conn) (pgx.Tx, error) {
		tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
		if err != nil {
			return nil, fmt.Errorf("target %s: begin: %w", rep.Target, err)
		}
		return tx, nil
	}
	ttx, err := begin(tgt)
	if err != nil {
		return nil, err
	}
	defer ttx.Rollback(context.Background())
	rep.Checked = time.Now().UTC()
	target, err := schema.Load(ctx, ttx)
	if err != nil {
		return nil, fmt.Errorf("target %s: %w", rep.Target, err)
	}
	target.Table(schema.Name{}) // builds the model's index before it is shared

	var intRep, scanRep Report
	g, gctx := errgroup.WithContext(ctx)
	more := func(fn func(pgx.Tx) error) {
		g.Go(func() error {
			conn, err := dsn.Connect(gctx, "target", tgtCfg)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			tx, err := begin(conn)
			if err != nil {
				return err
			}
			defer tx.Rollback(context.Background())
			return fn(tx)
		})
	}
	more(func(tx pgx.Tx) error {
		if err := checkIntegrity(gctx, tx, target, cfg.Plan, &intRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		return nil
	})
	more(func(tx pgx.Tx) error {
		if err := scanData(gctx, tx, target, &scanRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		if err := scanCatalog(gctx, tx, &scanRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		return nil
	})
	g.Go(func() error { return checkLeaks(gctx, stx, ttx, cfg.Plan, target, rep) })
	if err := g.Wait(); err != nil {
		return nil, err
	}
	// Virtual-key orphans are looked up in the source once the leak check
	// is done with it.
	for i := range intRep.Integrity {
		c := &intRep.Integrity[i]
		if c.lookup == nil {
			continue
		}
		n, err := c.lookup(ctx, ttx, stx)
		if err != nil {
			return nil, fmt.Errorf("check %s: %w", c.Name, err)
		}
		c.DanglingInSource, c.Violations = n, c.Violations-n
	}
	rep.Integrity = append(rep.Integrity, intRep.Integrity...)
	rep.Credentials = append(rep.Credentials, scanRep.Credentials...)
	rep.Catalog = append(rep.Catalog, scanRep.Catalog...)
	rep.Notes = append(append(rep.Notes, intRep.Notes...), scanRep.Notes...)
	return rep, nil
}
