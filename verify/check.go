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
	// TargetTx, when set, is an open transaction of the target to check
	// in, instead of connecting to TargetURL (which is then ignored and may
	// be empty). The checks see what the transaction sees, its uncommitted
	// writes included: a run that loads staging in one transaction verifies
	// the load before it commits, and rolls it back when the check fails.
	//
	// The checks run one after another in a savepoint of the transaction,
	// read-only; Check rolls the savepoint back and releases it before it
	// returns, also on an error, so the transaction is left as it was
	// handed over: open, usable, to commit or roll back. They read as the
	// transaction's isolation level says: under READ COMMITTED each query
	// also sees what other sessions commit meanwhile, under REPEATABLE READ
	// all read one snapshot. The caller must not use the transaction while
	// Check runs. Report.Target names the transaction's connection.
	TargetTx pgx.Tx
	// Strict fails the check on rule drift as well.
	Strict bool
	// Snapshot, when set, is an exported snapshot of the source (a run's):
	// the source is read as of that instant, the one staging was copied at.
	Snapshot string
	// Stream, when set, holds the checks a run made on its copy stream:
	// its leak, credential and residual findings stand in for reading
	// every row of both databases again. Rescan names the tables written
	// after the copy (by after: steps), whose rows the stream did not see:
	// they are scanned for credentials and sampled as a full check does.
	Stream *Stream
	Rescan []schema.Name
	// Validated reports that every constraint staging holds validated was
	// validated against the copied rows: the run added it after the copy.
	// Its foreign keys are then taken as proved (ProofValidated) and only
	// the others (NOT VALID, virtual) are counted. A load with the
	// constraints in place and their triggers off (schema: existing) must
	// leave it false.
	Validated bool
}

func (c *Config) validate() error {
	switch {
	case c.Plan == nil:
		return errors.New("verify: Config.Plan is nil: resolve the rules against the source first")
	case c.SourceURL == "":
		return errors.New("verify: Config.SourceURL is empty: name the production database")
	case c.TargetURL == "" && c.TargetTx == nil:
		return errors.New("verify: Config.TargetURL is empty: name the staging database")
	}
	return nil
}

// targetCheck is one of the checks of the target, run in tx; each fills
// its own part of a report.
type targetCheck func(ctx context.Context, tx pgx.Tx) error

// Check verifies the target against the source and the plan. An error means
// a check could not run; findings are in the report.
func Check(ctx context.Context, cfg Config) (report *Report, err error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	srcCfg, err := dsn.SourceConfig(cfg.SourceURL)
	if err != nil {
		return nil, err
	}
	var tgtCfg *pgx.ConnConfig
	if cfg.TargetTx != nil {
		tgtCfg = cfg.TargetTx.Conn().Config()
	} else if tgtCfg, err = dsn.TargetConfig(cfg.TargetURL); err != nil {
		return nil, err
	}
	rep := newReport(cfg, dsn.Describe(srcCfg), dsn.Describe(tgtCfg))

	src, err := dsn.Connect(ctx, "source", srcCfg)
	if err != nil {
		return nil, err
	}
	defer src.Close(context.Background())
	var tgt *pgx.Conn
	if cfg.TargetTx == nil {
		if tgt, err = dsn.Connect(ctx, "target", tgtCfg); err != nil {
			return nil, err
		}
		defer tgt.Close(context.Background())
	}

	stx, err := beginSource(ctx, src, cfg.Snapshot)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", rep.Source, err)
	}
	defer stx.Rollback(context.Background())
	ttx := cfg.TargetTx
	if ttx == nil {
		if ttx, err = beginTarget(ctx, tgt); err != nil {
			return nil, fmt.Errorf("target %s: %w", rep.Target, err)
		}
		defer ttx.Rollback(context.Background())
	} else {
		if err := enterSavepoint(ctx, ttx); err != nil {
			return nil, fmt.Errorf("target %s: %w", rep.Target, err)
		}
		defer func() {
			// Also after a cancel: the caller's transaction must not be
			// left in the savepoint.
			if lerr := leaveSavepoint(context.WithoutCancel(ctx), ttx); lerr != nil {
				report, err = nil, errors.Join(err, fmt.Errorf("target %s: %w", rep.Target, lerr))
			}
		}()
	}
	rep.Checked = time.Now().UTC()
	// Checks read no sizes of the target; whatever else the catalog
	// queries lock is released after.
	var target *schema.Model
	err = released(ctx, ttx, func() error {
		target, err = schema.Load(ctx, ttx, schema.WithoutSizes())
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("target %s: %w", rep.Target, err)
	}
	target.Table(schema.Name{}) // builds the model's index before it is shared

	var intRep, scanRep Report
	integrity := func(ctx context.Context, tx pgx.Tx) error {
		if err := checkIntegrity(ctx, tx, target, cfg.Plan, cfg.Validated, &intRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		return nil
	}
	credentials := func(ctx context.Context, tx pgx.Tx) error {
		scan := target
		if cfg.Stream != nil {
			scan = only(target, cfg.Rescan)
		}
		if err := scanData(ctx, tx, scan, cfg.Plan, &scanRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		if err := scanCatalog(ctx, tx, &scanRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		return nil
	}
	var rescan map[schema.Name]bool
	if cfg.Stream != nil {
		rescan = map[schema.Name]bool{}
		for _, n := range cfg.Rescan {
			rescan[n] = true
		}
		// The stream's findings stand, but for the tables written after
		// the copy: those are checked again, by reading them.
		cfg.Stream.fill(rep)
		drop := map[string]bool{}
		for n := range rescan {
			drop[n.String()] = true
		}
		rep.Leaks = dropLeaks(rep.Leaks, drop)
		scanRep.Credentials, scanRep.Residual = dropTables(rep.Credentials, rep.Residual, drop)
		rep.Credentials, rep.Residual = []Credential{}, []Residual{}
	}
	leaks := func(ctx context.Context, tx pgx.Tx) error {
		return checkLeaks(ctx, stx, tx, cfg.Plan, target, rescan, rep)
	}
	checks := []targetCheck{integrity, credentials, leaks}
	if cfg.TargetTx != nil || cfg.Stream != nil {
		// A transaction is one session: its checks take turns. Those of a
		// run checked on the stream are catalog-sized: they take turns too.
		for _, check := range checks {
			if err := check(ctx, ttx); err != nil {
				return nil, err
			}
		}
	} else if err := concurrently(ctx, tgtCfg, ttx, checks[2], checks[:2]...); err != nil {
		return nil, err
	}

	// The orphans of virtual keys and of keys NOT VALID in production, and
	// the rows violating CHECKs NOT VALID there, are looked up in the
	// source once the leak check is done with it.
	for i := range intRep.Integrity {
		c := &intRep.Integrity[i]
		if err := lookUpInSource(ctx, ttx, stx, c, &c.lookup); err != nil {
			return nil, fmt.Errorf("check %s: %w", c.Name, err)
		}
	}
	for i := range intRep.Checks {
		c := &intRep.Checks[i]
		if err := lookUpInSource(ctx, ttx, stx, c, &c.lookup); err != nil {
			return nil, fmt.Errorf("check %s on %s: %w", c.Name, c.Table, err)
		}
	}
	rep.Integrity = append(rep.Integrity, intRep.Integrity...)
	rep.Checks = append(rep.Checks, intRep.Checks...)
	rep.Credentials = append(rep.Credentials, scanRep.Credentials...)
	sortFindings(rep)
	rep.Residual = append(rep.Residual, scanRep.Residual...)
	rep.Catalog = append(rep.Catalog, scanRep.Catalog...)
	rep.Notes = append(append(rep.Notes, intRep.Notes...), scanRep.Notes...)
	return rep, nil
}

// newReport is the report of cfg before any database is read: what it
// checks, and the plan's drift.
func newReport(cfg Config, source, target string) *Report {
	rep := &Report{Source: source, Target: target, Snapshot: cfg.Snapshot,
		Integrity: []ForeignKeyCheck{}, Leaks: []Leak{}, Credentials: []Credential{}, Residual: []Residual{}, Catalog: []CatalogFinding{},
		Drift: []string{}, Strict: cfg.Strict}
	if cfg.Plan.Config != nil {
		rep.RulesSHA256 = cfg.Plan.Config.SHA256
	}
	for _, d := range rules.StrictFindings(cfg.Plan) {
		rep.Drift = append(rep.Drift, d.Message)
	}
	return rep
}

// beginSource begins the read-only transaction the source is read in, as
// of snapshot when there is one.
func beginSource(ctx context.Context, src *pgx.Conn, snapshot string) (pgx.Tx, error) {
	stx, err := src.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	if snapshot != "" {
		if _, err := stx.Exec(ctx, "SET TRANSACTION SNAPSHOT "+pgsql.QuoteLiteral(snapshot)); err != nil {
			_ = stx.Rollback(context.Background())
			return nil, fmt.Errorf("import snapshot: %w", err)
		}
	}
	return stx, nil
}

// beginTarget begins a transaction of Check's own on the target.
func beginTarget(ctx context.Context, conn *pgx.Conn) (pgx.Tx, error) {
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return tx, nil
}

// concurrently runs the checks of the target at once: first in tx, each
// other one on a session of its own. The target copy is not written while
// it is verified, so their transactions see the same data.
func concurrently(ctx context.Context, tgtCfg *pgx.ConnConfig, tx pgx.Tx, first targetCheck, others ...targetCheck) error {
	g, gctx := errgroup.WithContext(ctx)
	for _, check := range others {
		g.Go(func() error {
			conn, err := dsn.Connect(gctx, "target", tgtCfg)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			tx, err := beginTarget(gctx, conn)
			if err != nil {
				return fmt.Errorf("target %s: %w", dsn.Describe(tgtCfg), err)
			}
			defer tx.Rollback(context.Background())
			return check(gctx, tx)
		})
	}
	g.Go(func() error { return first(gctx, tx) })
	return g.Wait()
}

// readSavepoint is where released runs its reads.
const readSavepoint = "understudy_verify_read"

// lookUpInSource runs the source lookup of a check c, a foreign key's or
// a CHECK constraint's, if it has one, and drops it: it reads the target
// (ttx) and the source (stx), each inside a savepoint it releases.
func lookUpInSource[C any](ctx context.Context, ttx, stx pgx.Tx, c *C, lookup *sourceLookup[C]) error {
	if *lookup == nil {
		return nil
	}
	err := released(ctx, ttx, func() error {
		return released(ctx, stx, func() error { return (*lookup)(ctx, ttx, stx, c) })
	})
	*lookup = nil
	return err
}

// released runs fn's reads (one table, or one foreign key's two) in a
// savepoint of tx and rolls it back: their locks end there rather than
// with tx, which would otherwise hold one for every table checked. The
// snapshot of a REPEATABLE READ tx stays as it was. In a caller's
// transaction (Config.TargetTx), the locks it took before stay.
func released(ctx context.Context, tx pgx.Tx, fn func() error) error {
	if _, err := tx.Exec(ctx, "SAVEPOINT "+readSavepoint); err != nil {
		return fmt.Errorf("savepoint: %w", err)
	}
	ferr := fn()
	if _, err := tx.Exec(ctx, "ROLLBACK TO SAVEPOINT "+readSavepoint+"; RELEASE SAVEPOINT "+readSavepoint); err != nil {
		return errors.Join(ferr, fmt.Errorf("roll back savepoint: %w", err))
	}
	return ferr
}

// savepoint is where Check runs in a caller's transaction (Config.TargetTx).
const savepoint = "understudy_verify"

// enterSavepoint opens the savepoint in tx and makes it read-only: Check
// writes nothing, even through a function a virtual key's where: calls.
func enterSavepoint(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, "SAVEPOINT "+savepoint); err != nil {
		return fmt.Errorf("savepoint: %w", err)
	}
	if _, err := tx.Exec(ctx, "SET TRANSACTION READ ONLY"); err != nil {
		return errors.Join(fmt.Errorf("savepoint: read only: %w", err), leaveSavepoint(ctx, tx))
	}
	return nil
}

// leaveSavepoint rolls the savepoint back, which undoes its READ ONLY (and
// recovers the transaction from a failed check), and releases it: tx is
// left as Check found it.
func leaveSavepoint(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, "ROLLBACK TO SAVEPOINT "+savepoint); err != nil {
		return fmt.Errorf("roll back savepoint: %w", err)
	}
	if _, err := tx.Exec(ctx, "RELEASE SAVEPOINT "+savepoint); err != nil {
		return fmt.Errorf("release savepoint: %w", err)
	}
	return nil
}

// only is the model holding just the named tables of m.
func only(m *schema.Model, names []schema.Name) *schema.Model {
	out := &schema.Model{}
	for _, n := range names {
		if t := m.Table(n); t != nil {
			out.Tables = append(out.Tables, t)
		}
	}
	return out
}

// dropTables removes the findings in the named tables: the rescan of those
// tables replaces what the stream saw of them.
func dropTables(creds []Credential, res []Residual, drop map[string]bool) ([]Credential, []Residual) {
	var c []Credential
	for _, f := range creds {
		if !drop[f.Table] {
			c = append(c, f)
		}
	}
	var r []Residual
	for _, f := range res {
		if !drop[f.Table] {
			r = append(r, f)
		}
	}
	return c, r
}

// dropLeaks removes the leaks of the named tables.
func dropLeaks(leaks []Leak, drop map[string]bool) []Leak {
	out := []Leak{}
	for _, l := range leaks {
		if !drop[l.Table] {
			out = append(out, l)
		}
	}
	return out
}
