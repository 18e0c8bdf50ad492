package pipeline

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
)

// UncoveredError stops a run whose rules leave PII-looking columns without a
// rule: they would reach staging as they are.
type UncoveredError struct {
	Columns []string
}

func (e *UncoveredError) Error() string {
	return fmt.Sprintf("%d PII-looking columns have no rule, and would reach staging unmasked: %s; add rules (understudy lint --strict lists them), or run with --allow-uncovered",
		len(e.Columns), strings.Join(e.Columns, ", "))
}

// RulesError is a rules file that does not fit the source schema. Nothing
// was touched on the target.
type RulesError struct {
	Diags rules.Diagnostics
}

func (e *RulesError) Error() string {
	return (&rules.Error{File: "rules file", Diags: e.Diags}).Error()
}

// run is the state of one refresh.
type run struct {
	mu       sync.Mutex // the manifest's step list, for steps that run at once
	cfg      *Config
	srcCfg   *pgx.ConnConfig
	tgtCfg   *pgx.ConnConfig
	admin    *pgx.Conn // target server, maintenance database: lock, create, rename
	coord    *pgx.Conn // source coordinator: holds the exported snapshot
	snapshot string
	model    *schema.Model
	plan     *rules.Plan
	target   string // staging database name
	next     string // <target>__next
	prev     string // <target>__prev
	manifest *Manifest
	subset   *subset.Result // nil: whole tables
	created  bool           // __next was created by this run
	swapped  bool
}

// Run performs one refresh and returns its manifest. On error, the target
// is as it was before the run.
func Run(ctx context.Context, cfg Config) (*Manifest, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	r := &run{cfg: &cfg, manifest: &Manifest{Version: cfg.Version, Started: time.Now().UTC(), RulesSHA256: cfg.Rules.SHA256}}
	var err error
	if r.srcCfg, err = dsn.SourceConfig(cfg.SourceURL); err != nil {
		return nil, err
	}
	if r.tgtCfg, err = dsn.TargetConfig(cfg.TargetURL); err != nil {
		return nil, err
	}
	r.target = r.tgtCfg.Database
	r.next, r.prev = r.target+"__next", r.target+"__prev"
	if r.target == "" || r.target == cfg.MaintenanceDB {
		return nil, &dsn.ConfigError{Role: "target", Msg: fmt.Sprintf("names database %q: name the staging database, not the maintenance database", r.target)}
	}
	defer r.cleanup()
	err = r.steps(ctx)
	if err != nil {
		r.manifest.Error = err.Error()
		return r.manifest, err
	}
	return r.manifest, nil
}

func (r *run) step(ctx context.Context, name string, fn func(context.Context) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	start := time.Now()
	r.cfg.OnEvent(StepEvent{Step: name})
	r.cfg.Logger.Debug("step started", "step", name)
	if err := fn(ctx); err != nil {
		r.cfg.Logger.Debug("step failed", "step", name, "error", err)
		return err
	}
	r.cfg.OnEvent(StepEvent{Step: name, Done: true, Elapsed: time.Since(start)})
	r.mu.Lock()
	r.manifest.Steps = append(r.manifest.Steps, StepTiming{Step: name, Seconds: time.Since(start).Seconds()})
	r.mu.Unlock()
	return nil
}

func (r *run) steps(ctx context.Context) error {
	// Source first: the rules are checked against the schema in the
	// snapshot before the target is touched.
	if err := r.step(ctx, "snapshot", r.openSnapshot); err != nil {
		return err
	}
	if err := r.resolveRules(ctx); err != nil {
		return err
	}
	if err := r.step(ctx, "lock", r.lock); err != nil {
		return err
	}
	if r.cfg.Rules.SchemaMode == "existing" {
		if r.cfg.Rules.Subset != nil {
			if err := r.step(ctx, "subset", r.computeSubset); err != nil {
				return err
			}
		}
		return r.existingSteps(ctx)
	}
	// The subset reads only the source and the schema step writes only
	// __next: they run at once.
	g, gctx := errgroup.WithContext(ctx)
	if r.cfg.Rules.Subset != nil {
		g.Go(func() error { return r.step(gctx, "subset", r.computeSubset) })
	}
	g.Go(func() error { return r.step(gctx, "schema", r.prepareSchema) })
	if err := g.Wait(); err != nil {
		return err
	}
	for _, s := range []struct {
		name string
		fn   func(context.Context) error
	}{
		{"copy", r.copyTables},
		{"post-data", r.postData},
		{"sequences", r.setSequences},
		{"analyze", r.analyze},
		{"verify", r.verify},
		{"manifest", r.recordManifest},
	} {
		if err := r.step(ctx, s.name, s.fn); err != nil {
			return err
		}
	}
	if err := r.step(ctx, "swap", r.swap); err != nil {
		return err
	}
	r.manifest.Finished = time.Now().UTC()
	return nil
}

// openSnapshot opens the coordinator on the source, exports its snapshot
// and reads the schema in it.
func (r *run) openSnapshot(ctx context.Context) error {
	conn, err := dsn.Connect(ctx, "source", r.srcCfg)
	if err != nil {
		return err
	}
	r.coord = conn
	if _, err := conn.Exec(ctx, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); err != nil {
		return fmt.Errorf("source: begin snapshot: %w", err)
	}
	var lsn string
	var standby bool
	err = conn.QueryRow(ctx, `SELECT pg_export_snapshot(), pg_is_in_recovery(),
		COALESCE(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END::text, '')`).Scan(&r.snapshot, &standby, &lsn)
	if err != nil {
		return fmt.Errorf("source: export snapshot: %w", err)
	}
	r.manifest.Snapshot, r.manifest.SourceLSN, r.manifest.SourceStandby = r.snapshot, lsn, standby
	r.model, err = schema.Load(ctx, conn)
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	r.manifest.SchemaFingerprint = r.model.Fingerprint()
	return nil
}

// resolveRules checks the rules against the schema of the snapshot, and
// classifies columns (names, types and a small sample) so secrets that no
// rule names are scrubbed anyway.
func (r *run) resolveRules(ctx context.Context) error {
	var samples *classify.Samples
	if r.cfg.SampleRows > 0 {
		// Sampling sets statement_timeout under savepoints; the snapshot
		// transaction stays as it was.
		s, err := classify.Sample(ctx, r.coord, r.model, classify.SampleOptions{Rows: r.cfg.SampleRows})
		if err != nil {
			return fmt.Errorf("source: sample: %w", err)
		}
		samples = s
	}
	plan, diags := rules.Resolve(r.cfg.Rules, r.model, rules.Options{Classes: classify.Classify(r.model, samples), Secret: r.cfg.Secret})
	for _, d := range diags {
		if d.Severity == rules.SevWarning {
			r.cfg.Logger.Warn("rules", "diagnostic", d.String())
		}
	}
	if diags.HasErrors() {
		return &RulesError{Diags: diags}
	}
	if len(r.cfg.Secret) == 0 && planNeedsSecret(plan) {
		return &RulesError{Diags: rules.Diagnostics{{Pos: rules.Pos{File: r.cfg.Rules.Path}, Severity: rules.SevError, Code: "secret",
			Message: "the rules use keyed transformers and no secret is set", Suggestion: "set secret: ${UNDERSTUDY_SECRET} in the rules file and export UNDERSTUDY_SECRET"}}}
	}
	var uncovered []string
	for _, tp := range plan.Tables {
		for _, cp := range tp.Columns {
			if cp.Status == rules.Uncovered {
				uncovered = append(uncovered, tp.Table.Name.String()+"."+schema.QuoteIdentIfNeeded(cp.Column.Name))
			}
		}
	}
	if len(uncovered) > 0 {
		if !r.cfg.AllowUncovered {
			return &UncoveredError{Columns: uncovered}
		}
		r.cfg.Logger.Warn("copying PII-looking columns unmasked (--allow-uncovered)", "columns", uncovered)
	}
	r.plan = plan
	return nil
}

func planNeedsSecret(p *rules.Plan) bool {
	for _, tp := range p.Tables {
		for _, cp := range tp.Columns {
			for _, ar := range cp.Rules {
				if ar.Compiled != nil && ar.Compiled.Keyed() {
					return true
				}
			}
		}
	}
	return false
}

// verify runs the BeforeSwap check on the complete __next, before the run
// is recorded and swapped in.
func (r *run) verify(ctx context.Context) error {
	if r.cfg.BeforeSwap == nil {
		return nil
	}
	if err := r.cfg.BeforeSwap(ctx, NextDatabase{URL: withDatabase(r.cfg.TargetURL, r.next), Plan: r.plan, Snapshot: r.snapshot}); err != nil {
		return err
	}
	r.manifest.Verified = true
	return nil
}

// tablesToCopy lists the tables that hold rows, largest first.
func (r *run) tablesToCopy() []*rules.TablePlan {
	var out []*rules.TablePlan
	for _, tp := range r.plan.Tables {
		if tp.Table.HasData() && !tp.Excluded {
			out = append(out, tp)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Table.Bytes > out[j].Table.Bytes })
	return out
}

// cleanup runs whatever the run's outcome, with a context of its own: a
// cancelled run still drops __next and releases the lock.
func (r *run) cleanup() {
	// Generous: on a loaded server the interrupted session may take a
	// while to end and release the lock the drop waits for.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if r.coord != nil {
		r.coord.Close(ctx)
	}
	if r.admin == nil {
		return
	}
	defer r.admin.Close(ctx) // releases the advisory lock
	if !r.created || r.swapped || r.cfg.KeepFailed {
		return
	}
	admin := r.admin
	if admin.IsClosed() {
		// A statement cancelled by the interrupt closed the session (pgx
		// does so on a cancelled context): drop __next from a new one,
		// holding the lock again first.
		var err error
		if admin, err = r.relock(ctx); err != nil {
			r.cfg.Logger.Error("could not drop the half-built database", "database", r.next, "error", err)
			return
		}
		defer admin.Close(ctx)
	}
	if err := dropDatabase(ctx, admin, r.next); err != nil {
		r.cfg.Logger.Error("could not drop the half-built database", "database", r.next, "error", err)
	}
}

// relock opens a new maintenance session and takes the refresh lock on it,
// after ending the run's old session, whose backend may still be running
// the cancelled statement (an ALTER DATABASE waits up to 5 s for sessions).
func (r *run) relock(ctx context.Context) (*pgx.Conn, error) {
	cfg := r.tgtCfg.Copy()
	cfg.Database = r.cfg.MaintenanceDB
	cfg.RuntimeParams["application_name"] = fmt.Sprintf("understudy refresh (pid %d)", os.Getpid())
	conn, err := dsn.Connect(ctx, "target", cfg)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = $1 AND application_name = $2",
		r.admin.PgConn().PID(), cfg.RuntimeParams["application_name"]); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("target: end the interrupted session: %w", err)
	}
	if _, err := conn.Exec(ctx, "SET lock_timeout = '45s'; SELECT pg_advisory_lock("+fmt.Sprint(lockKey(r.target))+")"); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("target: take the refresh lock again: %w", err)
	}
	return conn, nil
}

func dropDatabase(ctx context.Context, admin *pgx.Conn, name string) error {
	_, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	return err
}
