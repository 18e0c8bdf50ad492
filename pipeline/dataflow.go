package pipeline

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// The post-data work runs as a dataflow beside the copy, as pgcopydb's
// table and index jobs do: a table's indexes and keys are built as soon as
// its copy ends, while other tables are still copied; a foreign key is
// added (and validated) as soon as both of its tables have their keys; a
// table is analyzed as soon as its indexes are built; a materialized view
// is refreshed as soon as the tables it reads are keyed and the
// materialized views it reads are refreshed, and its indexes are built
// after its refresh. Each job waits for events: a table copied (a
// materialized view refreshed), an index built, a table keyed (every index
// and attached partition index of it built).

// Stages of a table after its copy, in TableStageEvent.
const (
	StageIndexes = "indexes" // its indexes and key constraints are built
	StageKeys    = "keys"    // its foreign keys are added and validated
	StageAnalyze = "analyze" // its planner statistics are gathered
	StageRefresh = "refresh" // a materialized view: its rows are in
)

// TableStageEvent reports a table past one stage of the post-data
// dataflow, Elapsed after its copy ended; for a materialized view, after
// what it reads was in (its refresh began then).
type TableStageEvent struct {
	Table   string
	Stage   string
	Elapsed time.Duration
}

func (TableStageEvent) event() {}

// flowJob is one statement of the dataflow and the events it waits for.
type flowJob struct {
	what  string // index, attach, foreign key, validate, analyze, sequence, refresh
	sql   string
	table schema.Name
	waits int
	// fires are the events the job's completion fires; keyed is the table
	// whose remaining key work it counts against.
	fires []string
	keyed *schema.Name
	// ref is the table a foreign key references.
	ref schema.Name
	// notValid: a foreign key added NOT VALID, which a validate job
	// validates after it (the key's stage ends with that one).
	notValid bool
	// batched: handed out in a batch of several jobs (one transaction),
	// outside fkLocked.
	batched bool
}

// flow holds the dataflow's bookkeeping. Only its dispatcher touches it.
type flow struct {
	waiting map[string][]*flowJob
	fired   map[string]bool
	// keyLeft counts, per table, what must finish before it is keyed: its
	// copy, its index jobs and the attach jobs into its indexes.
	keyLeft map[schema.Name]int
	// fks counts, per table, its foreign keys not yet added.
	fks    map[schema.Name]int
	copied map[schema.Name]time.Time
	// refreshing are the materialized views the flow refreshes: their
	// copied event is their refresh's end, not the flow's start.
	refreshing map[schema.Name]bool
	jobs       []*flowJob
	start      []*flowJob // the jobs that wait for nothing
	// ready and first hand jobs to the workers, first before ready: the
	// foreign keys and index attaches, which nothing waits for but the
	// end of the flow, and which lock tables in common, so that they run
	// among the index builds rather than after them.
	ready, first chan []*flowJob
	left         int // jobs not finished
	running      int // jobs handed to the workers and not finished
	onStage      func(table schema.Name, stage string, since time.Time)
	// fkLocked counts, per table, the foreign key jobs handed out that lock
	// it: ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE on both of its tables,
	// which two sessions cannot hold at once, and VALIDATE CONSTRAINT SHARE
	// UPDATE EXCLUSIVE on the key's own table, which conflicts with that
	// and with itself (its ROW SHARE on the referenced table conflicts with
	// neither). A job whose tables are locked so is held back (fkHeld), as
	// pg_restore -j does, rather than have a session wait for the other.
	// A key added NOT VALID (pgsql.SplitForeignKey) holds its SHARE ROW
	// EXCLUSIVE locks an instant, so that two keys that reference one
	// another's tables, pgbench_history's to pgbench_accounts and
	// pgbench_accounts' to pgbench_branches, are validated at once.
	fkLocked map[schema.Name]int
	fkHeld   []*flowJob
	// small, when set, says which tables are small enough that their
	// indexes and keys are built, and the table analyzed, in one
	// transaction and one round trip (see fire); a large table's are built
	// on several sessions at once.
	small func(schema.Name) bool
}

func copiedEvent(t schema.Name) string { return "copied " + t.String() }
func keyedEvent(t schema.Name) string  { return "keyed " + t.String() }
func indexEvent(r pgsql.Relation) string {
	return "index " + schema.Name{Schema: r.Schema, Name: r.Name}.String()
}

func relName(r pgsql.Relation) schema.Name { return schema.Name{Schema: r.Schema, Name: r.Name} }

// flowPlan is what a flow runs.
type flowPlan struct {
	// stmts are the post-data statements; the flow runs those of the
	// loader's kinds (indexes, attaches, foreign keys), not the others.
	stmts []pgsql.Statement
	// tables are the tables whose copy the flow waits for.
	tables []schema.Name
	// analyze lists the tables to analyze once they are keyed, and so are
	// the tables after lists for them (a partitioned table's partitions,
	// which its ANALYZE reads).
	analyze []schema.Name
	after   map[schema.Name][]schema.Name
	// sequences are setval statements, each run once the tables it reads
	// are keyed.
	sequences []flowSequence
	// refreshes are the materialized views to refresh, each once what it
	// reads is in.
	refreshes []flowRefresh
	// small, when set, says which tables are small enough that their
	// indexes and keys are built, and the table analyzed, in one
	// transaction (flow.small), and that a foreign key between two of them
	// is added whole: its validation is short, and splitting it would
	// double the statements of a schema of thousands of small tables.
	small func(schema.Name) bool
}

// flowRefresh refreshes a materialized view once the tables it reads are
// keyed (ADD PRIMARY KEY takes an ACCESS EXCLUSIVE lock, which the
// refresh's reads would wait for, or hold up) and the materialized views
// it reads are refreshed. Its indexes are built after it: a non-concurrent
// REFRESH fills a new heap and rebuilds each index of the view by a sort
// (REINDEX), one after another in its transaction; built after, by the
// same sort, they are separate jobs that run on several workers at once.
type flowRefresh struct {
	view   schema.Name
	tables []schema.Name
	views  []schema.Name
}

// flowSequence sets a sequence from the largest values of tables.
type flowSequence struct {
	sql    string
	tables []schema.Name
}

// newFlow builds the jobs of a plan.
func newFlow(p flowPlan) *flow {
	f := &flow{waiting: map[string][]*flowJob{}, fired: map[string]bool{}, keyLeft: map[schema.Name]int{},
		fks: map[schema.Name]int{}, copied: map[schema.Name]time.Time{}, fkLocked: map[schema.Name]int{}, small: p.small,
		refreshing: map[schema.Name]bool{}}
	stmts := p.stmts
	for _, t := range p.tables {
		f.track(t)
	}
	indexTable := map[schema.Name]schema.Name{}
	for _, s := range stmts {
		if s.Kind == pgsql.StmtIndex {
			indexTable[relName(s.Index)] = relName(s.Table)
		}
	}
	add := func(j *flowJob, events ...string) {
		for _, e := range events {
			f.waiting[e] = append(f.waiting[e], j)
			j.waits++
		}
		f.jobs = append(f.jobs, j)
		if j.waits == 0 {
			f.start = append(f.start, j)
		}
	}
	for _, s := range stmts {
		switch s.Kind {
		case pgsql.StmtIndex:
			t := relName(s.Table)
			f.track(t)
			f.keyLeft[t]++
			add(&flowJob{what: "index", sql: s.SQL, table: t, fires: []string{indexEvent(s.Index)}, keyed: &t}, copiedEvent(t))
		case pgsql.StmtAttach:
			j := &flowJob{what: "attach", sql: s.SQL}
			var waits []string
			for _, idx := range []pgsql.Relation{s.Parent, s.Child} {
				if _, ok := indexTable[relName(idx)]; ok {
					waits = append(waits, indexEvent(idx))
				}
			}
			if t, ok := indexTable[relName(s.Parent)]; ok {
				j.table, j.keyed = t, &t
				f.track(t)
				f.keyLeft[t]++
			}
			add(j, waits...)
		case pgsql.StmtForeignKey:
			t, ref := relName(s.Table), relName(s.References)
			f.track(t)
			f.track(ref)
			f.fks[t]++
			waits := []string{keyedEvent(t)}
			if ref != t {
				waits = append(waits, keyedEvent(ref))
			}
			if p.small == nil || !p.small(t) || !p.small(ref) {
				if notValid, validate, ok := pgsql.SplitForeignKey(s.SQL); ok {
					added := fmt.Sprintf("added %d", len(f.jobs))
					add(&flowJob{what: "foreign key", sql: notValid, table: t, ref: ref, notValid: true, fires: []string{added}}, waits...)
					add(&flowJob{what: "validate", sql: validate, table: t, ref: ref}, added)
					continue
				}
			}
			add(&flowJob{what: "foreign key", sql: s.SQL, table: t, ref: ref}, waits...)
		}
	}
	for _, t := range p.analyze {
		f.track(t)
		waits := []string{keyedEvent(t)}
		for _, x := range p.after[t] {
			f.track(x)
			waits = append(waits, keyedEvent(x))
		}
		add(&flowJob{what: "analyze", sql: "ANALYZE " + t.Sanitize(), table: t}, waits...)
	}
	for _, s := range p.sequences {
		j := &flowJob{what: "sequence", sql: s.sql}
		var waits []string
		for _, t := range s.tables {
			f.track(t)
			waits = appendNew(waits, keyedEvent(t))
		}
		if len(s.tables) > 0 {
			j.table = s.tables[0]
		}
		add(j, waits...)
	}
	for _, r := range p.refreshes {
		f.refreshing[r.view] = true
		f.track(r.view)
		var waits []string
		for _, t := range r.tables {
			f.track(t)
			waits = appendNew(waits, keyedEvent(t))
		}
		for _, v := range r.views {
			waits = appendNew(waits, copiedEvent(v))
		}
		add(&flowJob{what: "refresh", sql: "REFRESH MATERIALIZED VIEW " + r.view.Sanitize(), table: r.view,
			fires: []string{copiedEvent(r.view)}, keyed: &r.view}, waits...)
	}
	f.left = len(f.jobs)
	f.ready = make(chan []*flowJob, len(f.jobs))
	f.first = make(chan []*flowJob, len(f.jobs))
	return f
}

// appendNew appends e to events unless it is there already.
func appendNew(events []string, e string) []string {
	if slices.Contains(events, e) {
		return events
	}
	return append(events, e)
}

// track counts a table's copy toward its keyed event, once: a table the
// statements name that is not copied (an empty table, a materialized view
// the flow does not refresh) is taken as copied when the flow starts; a
// materialized view the flow refreshes, when its refresh ends.
func (f *flow) track(t schema.Name) {
	if _, ok := f.keyLeft[t]; !ok {
		f.keyLeft[t] = 1
	}
}

// fire records an event and hands the jobs it completes to the workers.
// A small table's copy readies its index jobs together: they go to one
// worker as one batch, with the attaches of those indexes and the table's
// ANALYZE and the sequences only it sets when nothing else is left before
// them (see batchWithAttaches and batchWithKeyed).
func (f *flow) fire(e string) {
	if f.fired[e] {
		return
	}
	f.fired[e] = true
	var batch []*flowJob
	for _, j := range f.waiting[e] {
		if j.waits--; j.waits != 0 {
			continue
		}
		if j.what == "index" && f.small != nil && f.small(j.table) && e == copiedEvent(j.table) {
			batch = append(batch, j)
			continue
		}
		f.dispatch(j)
	}
	delete(f.waiting, e)
	if len(batch) > 0 {
		f.dispatch(f.batchWithKeyed(f.batchWithAttaches(batch))...)
	}
}

// batchWithAttaches adds to a table's index jobs the attaches that wait
// only for one of those indexes (a partition's, its parent's being built):
// each runs after the index, in the same transaction.
func (f *flow) batchWithAttaches(batch []*flowJob) []*flowJob {
	for _, j := range slices.Clone(batch) {
		for _, e := range j.fires {
			batch = append(batch, f.takeWaiting(e, func(a *flowJob) bool { return a.what == "attach" })...)
		}
	}
	return batch
}

// takeWaiting takes out of the jobs waiting for e those that wait for
// nothing else and want takes, and returns them: they join the batch that
// fires e, after what fires it.
func (f *flow) takeWaiting(e string, want func(*flowJob) bool) []*flowJob {
	var taken, rest []*flowJob
	for _, j := range f.waiting[e] {
		if j.waits == 1 && want(j) {
			j.waits = 0
			taken = append(taken, j)
			continue
		}
		rest = append(rest, j)
	}
	f.waiting[e] = rest
	return taken
}

// dispatch hands jobs to a worker, to run in one transaction; a foreign
// key whose tables another one handed out locks is held back until that
// one is done.
func (f *flow) dispatch(jobs ...*flowJob) {
	if j := jobs[0]; len(jobs) == 1 && j.locksKeys() {
		locks := j.fkLocks()
		for _, t := range locks {
			if f.fkLocked[t] > 0 {
				f.fkHeld = append(f.fkHeld, j)
				return
			}
		}
		for _, t := range locks {
			f.fkLocked[t]++
		}
	}
	if len(jobs) > 1 {
		for _, j := range jobs {
			j.batched = true
		}
	}
	f.running += len(jobs)
	if j := jobs[0]; j.what == "refresh" {
		f.copied[j.table] = time.Now() // what it reads is in
	}
	if w := jobs[0].what; w == "foreign key" || w == "validate" || w == "attach" {
		f.first <- jobs
		return
	}
	f.ready <- jobs
}

// locksKeys says whether a job takes a lock that a foreign key job
// conflicts with, and so is scheduled by fkLocked: the foreign keys, their
// validations, and an ANALYZE on its own (SHARE UPDATE EXCLUSIVE, like a
// validation), which would otherwise hold up, or wait behind, the key of a
// large table in the server; a small table's ANALYZE runs with its index
// builds, before any of its keys.
func (j *flowJob) locksKeys() bool {
	return j.what == "foreign key" || j.what == "validate" || j.what == "analyze"
}

// fkLocks are the tables a job of locksKeys locks in a mode that another
// one conflicts with (see fkLocked).
func (j *flowJob) fkLocks() []schema.Name {
	if j.what != "foreign key" || j.ref == j.table {
		return []schema.Name{j.table}
	}
	return []schema.Name{j.table, j.ref}
}

// releaseForeignKeys hands out the held foreign keys whose tables are free.
func (f *flow) releaseForeignKeys() {
	held := f.fkHeld
	f.fkHeld = nil
	for _, j := range held {
		f.dispatch(j) // held again when still locked
	}
}

// batchWithKeyed adds to a table's index jobs, readied by its copy, the
// jobs that wait only for the table to be keyed (its ANALYZE, the setval
// of a sequence only it uses) when its index jobs are all that is left
// before it is (its copy is counted until tableCopied's keyDone): they run
// in the same transaction, on the session that has just read the table.
func (f *flow) batchWithKeyed(batch []*flowJob) []*flowJob {
	t, own := batch[0].table, 0
	for _, j := range batch {
		if j.what == "index" {
			own++
		}
	}
	if f.keyLeft[t] != own+1 {
		return batch
	}
	return append(batch, f.takeWaiting(keyedEvent(t), func(j *flowJob) bool {
		return (j.what == "analyze" || j.what == "sequence") && j.table == t
	})...)
}

// tableCopied fires a table's copy, and its keyed event when nothing else
// was left.
func (f *flow) tableCopied(t schema.Name) {
	f.copied[t] = time.Now()
	f.fire(copiedEvent(t))
	f.keyDone(t)
}

func (f *flow) keyDone(t schema.Name) {
	if f.keyLeft[t]--; f.keyLeft[t] == 0 {
		f.stage(t, StageIndexes)
		f.fire(keyedEvent(t))
		if f.fks[t] == 0 {
			f.stage(t, StageKeys)
		}
	}
}

func (f *flow) stage(t schema.Name, stage string) {
	if since, ok := f.copied[t]; ok && f.onStage != nil {
		f.onStage(t, stage, since)
	}
}

// finish records a job done.
func (f *flow) finish(j *flowJob) {
	f.left--
	f.running--
	if j.what == "refresh" {
		f.stage(j.table, StageRefresh)
	}
	if j.locksKeys() && !j.batched {
		for _, t := range j.fkLocks() {
			f.fkLocked[t]--
		}
		// The jobs held back go first, before the validation this job
		// readies: a key added NOT VALID is added before another key's
		// validation locks its table for longer.
		f.releaseForeignKeys()
	}
	if (j.what == "foreign key" && !j.notValid) || j.what == "validate" {
		if f.fks[j.table]--; f.fks[j.table] == 0 {
			f.stage(j.table, StageKeys)
		}
	}
	for _, e := range j.fires {
		f.fire(e)
	}
	if j.keyed != nil {
		f.keyDone(*j.keyed)
	}
	if j.what == "analyze" {
		f.stage(j.table, StageAnalyze)
	}
}

// run dispatches the flow's jobs to workers connections as the copy
// reports tables done on copied (closed when the copy ends), until every
// job has run. Tables not in copying are taken as copied at once, but for
// the materialized views it refreshes.
func (f *flow) run(ctx context.Context, workers int, connect func(context.Context) (*pgx.Conn, error), copied <-chan schema.Name, copying map[schema.Name]bool) error {
	f.begin(copying)
	if len(f.jobs) == 0 {
		return nil
	}
	done := make(chan []*flowJob)
	errs := make(chan error, workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := min(workers, len(f.jobs))
	for range n {
		go func() {
			errs <- f.work(ctx, connect, done)
		}()
	}
	running := n
	var firstErr error
	fail := func(err error) {
		if firstErr == nil && err != nil {
			firstErr = err
			cancel()
		}
	}
	for f.left > 0 && firstErr == nil {
		if copied == nil && f.running == 0 {
			// Every table is copied and nothing runs: what still waits
			// waits for an event that will not come.
			fail(fmt.Errorf("post-data: %d statements wait for what no statement builds, first: %s", f.left, f.stuck()))
			break
		}
		select {
		case t, ok := <-copied:
			if !ok {
				copied = nil
				continue
			}
			f.tableCopied(t)
		case jobs := <-done:
			for _, j := range jobs {
				f.finish(j)
			}
		case err := <-errs:
			running--
			fail(err)
		case <-ctx.Done():
			fail(ctx.Err())
		}
	}
	close(f.ready)
	close(f.first)
	for ; running > 0; running-- {
		if err := <-errs; err != nil {
			fail(err)
		}
	}
	return firstErr
}

// begin takes the tables not in copying as copied, but for the
// materialized views the flow refreshes, and hands out the jobs that wait
// for nothing.
func (f *flow) begin(copying map[schema.Name]bool) {
	for t := range f.keyLeft {
		if !copying[t] && !f.refreshing[t] {
			f.tableCopied(t)
		}
	}
	for _, j := range f.start {
		f.dispatch(j)
	}
}

// stuck names the first statement still waiting.
func (f *flow) stuck() string {
	for _, j := range f.jobs {
		if j.waits > 0 {
			return firstLine(j.sql)
		}
	}
	return "none"
}

// work runs ready jobs on one connection until the flow closes ready.
func (f *flow) work(ctx context.Context, connect func(context.Context) (*pgx.Conn, error), done chan<- []*flowJob) error {
	conn, err := connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	for {
		jobs, ok := f.next()
		if !ok {
			return nil
		}
		if err := runJobs(ctx, conn, jobs); err != nil {
			return err
		}
		select {
		case done <- jobs:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// next is the next jobs to run, from first when it has some; false once
// the flow has closed both channels and they are empty.
func (f *flow) next() ([]*flowJob, bool) {
	select {
	case jobs, ok := <-f.first:
		if ok {
			return jobs, true
		}
	default:
	}
	first, ready := f.first, f.ready
	for first != nil || ready != nil {
		select {
		case jobs, ok := <-first:
			if ok {
				return jobs, true
			}
			first = nil
		case jobs, ok := <-ready:
			if ok {
				return jobs, true
			}
			ready = nil
		}
	}
	return nil, false
}

// runJobs runs a batch of jobs in one transaction and one round trip.
// When the batch fails, its jobs run again one at a time, to name the one
// that fails.
func runJobs(ctx context.Context, conn *pgx.Conn, jobs []*flowJob) error {
	if len(jobs) > 1 {
		sqls := make([]string, len(jobs))
		for i, j := range jobs {
			sqls[i] = j.sql
		}
		err := execInTx(ctx, conn, sqls)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil || conn.IsClosed() {
			return fmt.Errorf("post-data: %w", err)
		}
	}
	for _, j := range jobs {
		if err := execRetryDeadlock(ctx, conn, j.sql); err != nil {
			return fmt.Errorf("post-data: %s: %w\n%s", j.what, err, firstLine(j.sql))
		}
	}
	return nil
}
