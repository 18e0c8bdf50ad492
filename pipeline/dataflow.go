package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// The post-data work runs as a dataflow beside the copy, as pgcopydb's
// table and index jobs do: a table's indexes and keys are built as soon as
// its copy ends, while other tables are still copied; a foreign key is
// added (and validated) as soon as both of its tables have their keys; a
// table is analyzed as soon as its indexes are built. Each job waits for
// events: a table copied, an index built, a table keyed (every index and
// attached partition index of it built).

// Stages of a table after its copy, in TableStageEvent.
const (
	StageIndexes = "indexes" // its indexes and key constraints are built
	StageKeys    = "keys"    // its foreign keys are added and validated
	StageAnalyze = "analyze" // its planner statistics are gathered
)

// TableStageEvent reports a table past one stage of the post-data
// dataflow, Elapsed after its copy ended.
type TableStageEvent struct {
	Table   string
	Stage   string
	Elapsed time.Duration
}

func (TableStageEvent) event() {}

// flowJob is one statement of the dataflow and the events it waits for.
type flowJob struct {
	what  string // index, attach, foreign key, analyze
	sql   string
	table schema.Name
	waits int
	// fires are the events the job's completion fires; keyed is the table
	// whose remaining key work it counts against.
	fires []string
	keyed *schema.Name
}

// flow holds the dataflow's bookkeeping. Only its dispatcher touches it.
type flow struct {
	waiting map[string][]*flowJob
	fired   map[string]bool
	// keyLeft counts, per table, what must finish before it is keyed: its
	// copy, its index jobs and the attach jobs into its indexes.
	keyLeft map[schema.Name]int
	// fks counts, per table, its foreign keys not yet added.
	fks     map[schema.Name]int
	copied  map[schema.Name]time.Time
	jobs    []*flowJob
	ready   chan *flowJob
	left    int // jobs not finished
	running int // jobs handed to the workers and not finished
	onStage func(table schema.Name, stage string, since time.Time)
}

func copiedEvent(t schema.Name) string { return "copied " + t.String() }
func keyedEvent(t schema.Name) string  { return "keyed " + t.String() }
func indexEvent(r pgsql.Relation) string {
	return "index " + schema.Name{Schema: r.Schema, Name: r.Name}.String()
}

func relName(r pgsql.Relation) schema.Name { return schema.Name{Schema: r.Schema, Name: r.Name} }

// newFlow builds the jobs of the post-data statements of the loader's
// kinds (indexes, attaches, foreign keys) and an ANALYZE of each table in
// analyze. The other statements are not its business.
func newFlow(stmts []pgsql.Statement, tables []schema.Name, analyze []schema.Name) *flow {
	f := &flow{waiting: map[string][]*flowJob{}, fired: map[string]bool{}, keyLeft: map[schema.Name]int{},
		fks: map[schema.Name]int{}, copied: map[schema.Name]time.Time{}}
	for _, t := range tables {
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
			add(&flowJob{what: "foreign key", sql: s.SQL, table: t}, waits...)
		}
	}
	for _, t := range analyze {
		f.track(t)
		add(&flowJob{what: "analyze", sql: "ANALYZE " + t.Sanitize(), table: t}, keyedEvent(t))
	}
	f.left = len(f.jobs)
	f.ready = make(chan *flowJob, len(f.jobs))
	return f
}

// track counts a table's copy toward its keyed event, once: a table the
// statements name that is not copied (a materialized view, an empty table)
// is taken as copied when the flow starts.
func (f *flow) track(t schema.Name) {
	if _, ok := f.keyLeft[t]; !ok {
		f.keyLeft[t] = 1
	}
}

// fire records an event and hands the jobs it completes to the workers.
func (f *flow) fire(e string) {
	if f.fired[e] {
		return
	}
	f.fired[e] = true
	for _, j := range f.waiting[e] {
		if j.waits--; j.waits == 0 {
			f.running++
			f.ready <- j
		}
	}
	delete(f.waiting, e)
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
	for _, e := range j.fires {
		f.fire(e)
	}
	if j.keyed != nil {
		f.keyDone(*j.keyed)
	}
	switch j.what {
	case "foreign key":
		if f.fks[j.table]--; f.fks[j.table] == 0 {
			f.stage(j.table, StageKeys)
		}
	case "analyze":
		f.stage(j.table, StageAnalyze)
	}
}

// run dispatches the flow's jobs to workers connections as the copy
// reports tables done on copied (closed when the copy ends), until every
// job has run. Tables not in copying are taken as copied at once.
func (f *flow) run(ctx context.Context, workers int, connect func(context.Context) (*pgx.Conn, error), copied <-chan schema.Name, copying map[schema.Name]bool) error {
	for t := range f.keyLeft {
		if !copying[t] {
			f.tableCopied(t)
		}
	}
	if len(f.jobs) == 0 {
		return nil
	}
	done := make(chan *flowJob)
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
		case j := <-done:
			f.finish(j)
		case err := <-errs:
			running--
			fail(err)
		case <-ctx.Done():
			fail(ctx.Err())
		}
	}
	close(f.ready)
	for ; running > 0; running-- {
		if err := <-errs; err != nil {
			fail(err)
		}
	}
	return firstErr
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
func (f *flow) work(ctx context.Context, connect func(context.Context) (*pgx.Conn, error), done chan<- *flowJob) error {
	conn, err := connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	for j := range f.ready {
		if err := execRetryDeadlock(ctx, conn, j.sql); err != nil {
			return fmt.Errorf("post-data: %s: %w\n%s", j.what, err, firstLine(j.sql))
		}
		select {
		case done <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
