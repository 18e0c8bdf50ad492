package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
	"github.com/understudy/understudy/verify"
)

// Result is what a run leaves: its manifest and, when it verified the new
// copy, the verify record (passed or failed).
type Result struct {
	Manifest *Manifest
	Verify   *verify.Record
	// Record is the signed record (Config.SignKey) of a run that verified:
	// as stored in understudy.runs, with the manifest as recorded there
	// beside it; or, when the verification failed, over the final
	// manifest. Nil without a key or a verify record.
	Record *signing.Envelope
}

// run is the state of one refresh.
type run struct {
	mu       sync.Mutex // the manifest's step list, for steps that run at once
	cfg      *Config
	tgtCfg   *pgx.ConnConfig
	admin    *pgx.Conn // target server, maintenance database: lock, create, rename
	prep     *Prepared // the source snapshot, schema and resolved rules
	coord    *pgx.Conn // source coordinator: holds the exported snapshot
	snapshot string
	model    *schema.Model
	plan     *rules.Plan
	target   string // staging database name
	next     string // <target>__next
	prev     string // <target>__prev
	manifest *Manifest
	subset   *subset.Result    // nil: whole tables
	verified *verify.Record    // the check of the new copy; nil: not verified
	record   *signing.Envelope // the signed record, once made
	created  bool              // __next was created by this run
	swapped  bool
	loadConn *pgx.Conn // schema: existing: the target session loading in place
	loadTx   pgx.Tx    // and its open transaction
	tools    pgTools   // schema: copy: pg_dump and pg_restore
	// preData and postDataScript are the statements of pg_dump's sections,
	// dumped and parsed beside the snapshot step's sample
	// (startSchemaScripts); stopScripts stops that work.
	preData, postDataScript *background[[]pgsql.Statement]
	stopScripts             func()
	// targetRoles are the target server's roles, read by the schema step,
	// which then closes rolesRead.
	targetRoles  map[string]bool
	rolesRead    chan struct{}
	sequencesSet bool // the post-data dataflow has set the sequences
	// copying are the tables the copy step copies; copied receives each as
	// its copy ends, for the post-data dataflow, and is closed when the
	// copy step ends. analyzed are the tables the dataflow analyzed.
	copying  map[schema.Name]bool
	copied   chan schema.Name
	analyzed map[schema.Name]bool
	// stream is the proof made on the copy stream (nil when the run does
	// not verify, or verifies by reading staging again: FullVerify);
	// afterWrote are the tables the after: steps wrote, which it did not see.
	stream     *verify.Stream
	afterWrote []schema.Name
}

// Run performs one refresh. On error, the target is as it was before the
// run; the result still holds the manifest (with the error) once the run
// got as far as starting, and the verify record when a check failed.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	r := &run{cfg: &cfg, manifest: &Manifest{Version: cfg.Version, Started: time.Now().UTC(), RulesSHA256: cfg.Rules.SHA256}}
	// The source's connection string is checked here, before anything
	// starts; Prepare opens it.
	if _, err := dsn.SourceConfig(cfg.SourceURL); err != nil {
		return nil, err
	}
	var err error
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
	}
	if cfg.SignKey != nil && r.verified != nil && r.record == nil {
		// A verification that failed is recorded in no database: its
		// signed record covers the manifest as the run ends.
		doc, merr := json.Marshal(r.manifest)
		if merr == nil {
			r.record, merr = r.sign(doc)
		}
		if merr != nil {
			err = errors.Join(err, fmt.Errorf("sign the record: %w", merr))
		}
	}
	res := &Result{Manifest: r.manifest, Verify: r.verified, Record: r.record}
	if err != nil {
		return res, err
	}
	return res, nil
}

func (r *run) step(ctx context.Context, name Step, fn func(context.Context) error) error {
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

// stepFn is one step of a sequence.
type stepFn struct {
	name Step
	fn   func(context.Context) error
}

// sequence runs steps one after another, stopping at the first error.
func (r *run) sequence(ctx context.Context, steps ...stepFn) error {
	for _, s := range steps {
		if err := r.step(ctx, s.name, s.fn); err != nil {
			return err
		}
	}
	return nil
}

func (r *run) steps(ctx context.Context) error {
	// Source first: the rules are checked against the schema in the
	// snapshot before the target is touched.
	if err := r.step(ctx, StepSnapshot, r.prepare); err != nil {
		return err
	}
	// The target server is checked for the source's extensions under the
	// lock, before anything is created on it.
	if err := r.step(ctx, StepLock, func(ctx context.Context) error {
		if err := r.lock(ctx); err != nil {
			return err
		}
		return r.checkExtensions(ctx)
	}); err != nil {
		return err
	}
	if err := r.preflight(ctx); err != nil {
		return err
	}
	if r.cfg.Rules.SchemaMode == "existing" {
		if r.cfg.Rules.Subset != nil {
			if err := r.step(ctx, StepSubset, r.computeSubset); err != nil {
				return err
			}
		}
		return r.existingSteps(ctx)
	}
	// The subset reads only the source and the schema step writes only
	// __next: they run at once.
	g, gctx := errgroup.WithContext(ctx)
	if r.cfg.Rules.Subset != nil {
		g.Go(func() error { return r.step(gctx, StepSubset, r.computeSubset) })
	}
	g.Go(func() error { return r.step(gctx, StepSchema, r.prepareSchema) })
	if err := g.Wait(); err != nil {
		return err
	}
	// The copy and the post-data dataflow run at once: a table's indexes
	// and keys are built as soon as its copy ends.
	if err := r.copyAndPostData(ctx); err != nil {
		return err
	}
	steps := []stepFn{
		{StepSequences, r.setSequences},
	}
	if len(r.cfg.Rules.After) > 0 {
		steps = append(steps, stepFn{StepAfter, r.afterNext})
	}
	steps = append(steps,
		stepFn{StepAnalyze, r.analyze},
		stepFn{StepVerify, r.verify},
		stepFn{StepManifest, r.recordManifest},
		stepFn{StepSwap, r.swap},
	)
	if err := r.sequence(ctx, steps...); err != nil {
		return err
	}
	r.manifest.Finished = time.Now().UTC()
	return nil
}

// copyAndPostData runs the copy step and the post-data step side by side,
// the first reporting each table copied to the second's dataflow.
func (r *run) copyAndPostData(ctx context.Context) error {
	tables := r.tablesToCopy()
	r.copying = map[schema.Name]bool{}
	for _, tp := range tables {
		r.copying[tp.Table.Name] = true
	}
	r.copied = make(chan schema.Name, len(tables))
	if err := r.clearForcedRowSecurity(ctx); err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		// Closed only when every table is in: the dataflow reads a closed
		// channel as "everything is copied", and would report what still
		// waits for a failed copy's tables as stuck, racing the copy's own
		// error. A failed copy cancels gctx instead, after the group has
		// kept its error.
		if err := r.step(gctx, StepCopy, r.copyTables); err != nil {
			return err
		}
		close(r.copied)
		return nil
	})
	g.Go(func() error { return r.step(gctx, StepPostData, r.postData) })
	return g.Wait()
}

// prepare opens the source snapshot (the front half every command shares)
// and checks the resolved rules: errors, a keyed rule without a secret,
// and PII-looking columns without a rule stop the run here, before the
// target is touched.
func (r *run) prepare(ctx context.Context) error {
	sampleRows := r.cfg.SampleRows
	if sampleRows < 0 {
		sampleRows = 0
	}
	p, err := Prepare(ctx, PrepareConfig{SourceURL: r.cfg.SourceURL, Rules: r.cfg.Rules, Secret: r.cfg.Secret, SampleRows: sampleRows,
		Workers: r.cfg.Workers, Logger: r.cfg.Logger, opened: r.startDump, estimateSizes: true})
	if err != nil {
		return err
	}
	// r.snapshot was set by startDump, before the schema dump that reads
	// it started: it is not written again here.
	r.prep, r.coord, r.model = p, p.conn, p.Model
	r.manifest.Snapshot, r.manifest.SourceLSN, r.manifest.SourceStandby = p.Snapshot, p.SourceLSN, p.Standby
	r.manifest.SchemaFingerprint = p.Model.Fingerprint()
	for _, d := range p.Diags {
		if d.Severity == rules.SevWarning {
			r.cfg.Logger.Warn("rules", "diagnostic", d.String())
		}
	}
	if p.Diags.HasErrors() {
		return &RulesError{Diags: p.Diags}
	}
	plan := p.Plan
	if len(r.cfg.Secret) == 0 && planNeedsSecret(plan) {
		return &RulesError{Diags: rules.Diagnostics{{Pos: rules.Pos{File: r.cfg.Rules.Path}, Severity: rules.SevError, Code: "secret",
			Message: "the rules use keyed transformers and no secret is set", Suggestion: "set secret: ${UNDERSTUDY_SECRET} in the rules file and export UNDERSTUDY_SECRET"}}}
	}
	var uncovered []string
	for _, tp := range plan.Tables {
		for _, cp := range tp.Columns {
			if cp.Status == rules.Uncovered {
				uncovered = append(uncovered, tp.Table.Name.String()+"."+pgsql.QuoteIdent(cp.Column.Name))
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
	if !r.cfg.NoVerify && !r.cfg.FullVerify {
		r.stream = verify.NewStream(plan)
	}
	return nil
}

// startDump starts pg_dump of the source's schema as soon as the snapshot
// is open, beside the sample (see dumpSchema), once the source's lock
// table is known to hold what it locks and the client tools are found,
// all before the target is touched. Under schema: existing there is no
// schema to dump.
func (r *run) startDump(ctx context.Context, p *Prepared) error {
	r.snapshot = p.Snapshot
	if r.cfg.Rules.SchemaMode == "existing" {
		return nil
	}
	if err := p.CheckLocks(ctx); err != nil {
		return err
	}
	var err error
	if r.tools, err = findPgTools(ctx, r.cfg.PgTools, p.Model.ServerVersion, r.cfg.Logger.Warn); err != nil {
		return err
	}
	r.cfg.Logger.Info("pg_dump", "path", r.tools.pgDump, "version", r.tools.version, "pg_restore", r.tools.pgRestore, "server", versionString(p.Model.ServerVersion))
	r.startSchemaScripts(ctx)
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

// verify checks the complete __next against the source as of the run's
// snapshot, before the run is recorded and swapped in: a failed check
// stops the run there, so the copy never reaches the staging users see.
// The data was checked on the copy stream (unless FullVerify): what is
// left is the catalog's part, and the constraints PostgreSQL did not
// validate as post-data added them.
func (r *run) verify(ctx context.Context) error {
	if r.cfg.NoVerify {
		return nil
	}
	return r.check(ctx, verify.Config{Plan: r.plan, SourceURL: r.cfg.SourceURL, TargetURL: withDatabase(r.cfg.TargetURL, r.next), Snapshot: r.snapshot,
		Stream: r.stream, Rescan: r.afterWrote, Validated: !r.cfg.FullVerify}, false)
}

// check runs verify and keeps its record for the run's history.
func (r *run) check(ctx context.Context, cfg verify.Config, inPlace bool) error {
	rep, err := verify.Check(ctx, cfg)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	r.verified = verify.NewRecord(rep, verify.PhaseBeforeSwap)
	for _, res := range rep.Residual {
		if !res.Fails {
			r.cfg.Logger.Warn("personal data in a kept column", "table", res.Table, "column", res.Column, "path", res.Path,
				"detector", res.Detector, "matched", res.Matched, "sampled", res.Sampled)
		}
	}
	if !r.verified.Passed {
		return &VerifyFailedError{Record: r.verified, InPlace: inPlace}
	}
	r.manifest.Verified = true
	r.cfg.Logger.Info("verified", "foreign_keys", len(rep.Integrity), "masked_columns_checked", len(rep.Leaks))
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
	if r.stopScripts != nil {
		r.stopScripts()
	}
	r.closeLoad()
	if r.prep != nil {
		r.prep.Close()
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
