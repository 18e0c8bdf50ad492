package pipeline

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/pgsql"
)

// The pre-data section is loaded on Workers sessions at once, as far as
// the statements allow (pgsql.Ordering): a statement that names relations
// (CREATE TABLE, CREATE SEQUENCE, ALTER TABLE ... SET DEFAULT or ATTACH
// PARTITION, COMMENT ON a table) waits only for the statements before it
// that name one of the same; any other statement (types, functions,
// views, schemas, extensions) waits for everything before it, and
// everything after it waits for it; a session setting (SET, set_config)
// waits in the same way, and then every session runs it. Statements that
// share no name lock no relation in common, so the sessions never wait for
// each other's locks.
//
// Each session runs batches of statements in one transaction and one round
// trip. A statement joins a batch when what it waits for has committed or
// is earlier in the batch, longest chain first: a partitioned table's
// attaches, each waiting for the one before, start as soon as they can.
// The batches of all sessions together hold the locks of preDataBatch
// statements at most. A batch that fails is run again one statement at a
// time, in a transaction rolled back after, to name the statement that
// failed.

// preLoad schedules the statements of a pre-data script over the
// sessions. Its methods are called under mu.
type preLoad struct {
	stmts []pgsql.Statement
	// deps are the earlier statements each waits for; dependents the
	// reverse; waits counts each one's deps not yet committed.
	deps, dependents [][]int32
	waits            []int32
	// prio is the length of the longest chain of statements waiting on
	// each, itself included: the critical path goes first.
	prio  []int32
	state []stmtState
	// mark[i] == gen: statement i is in (or queued for) the batch being
	// built.
	mark     []uint32
	gen      uint32
	ready    stmtHeap // pending, every dep committed
	settings []int32  // the session settings, in script order
	left     int      // statements not committed
	running  int      // batches handed out and not finished
	batch    int      // statements per batch

	mu      sync.Mutex
	changed chan struct{} // closed when a batch ends
}

type stmtState uint8

const (
	stmtPending stmtState = iota
	stmtTaken
	stmtDone
)

// newPreLoad orders stmts into batches of at most batch statements.
func newPreLoad(stmts []pgsql.Statement, batch int) *preLoad {
	n := len(stmts)
	l := &preLoad{stmts: stmts, deps: make([][]int32, n), dependents: make([][]int32, n), waits: make([]int32, n),
		prio: make([]int32, n), state: make([]stmtState, n), mark: make([]uint32, n), left: n, batch: max(batch, 1),
		changed: make(chan struct{})}
	dep := func(i, j int32) {
		l.deps[i] = append(l.deps[i], j)
		l.dependents[j] = append(l.dependents[j], i)
		l.waits[i]++
	}
	lastAlone := int32(-1)
	var since []int32 // statements after lastAlone
	lastByName := map[string]int32{}
	for k, s := range stmts {
		i := int32(k)
		if lastAlone >= 0 {
			dep(i, lastAlone)
		}
		if s.Order == pgsql.OrderByName && s.OutsideTransaction == "" {
			for _, name := range s.Names {
				if j, ok := lastByName[name]; ok && !slices.Contains(l.deps[i], j) {
					dep(i, j)
				}
				lastByName[name] = i
			}
			since = append(since, i)
			continue
		}
		for _, j := range since {
			dep(i, j)
		}
		lastAlone, since = i, nil
		clear(lastByName)
		if s.Order == pgsql.OrderSession {
			l.settings = append(l.settings, i)
		}
	}
	for i := n - 1; i >= 0; i-- {
		p := int32(0)
		for _, d := range l.dependents[i] {
			p = max(p, l.prio[d])
		}
		l.prio[i] = p + 1
	}
	l.ready.load = l
	for i := range n {
		if l.waits[i] == 0 {
			heap.Push(&l.ready, int32(i))
		}
	}
	return l
}

// solo reports a statement that runs on its own, outside a transaction.
func (l *preLoad) solo(i int32) bool { return l.stmts[i].OutsideTransaction != "" }

// take builds the next batch: the ready statements, longest chain first,
// and those whose every wait is then committed or in the batch, to run in
// script order. Empty with wait set: none is ready until a running batch
// ends; empty with wait nil: all is done.
func (l *preLoad) take() (batch []int32, wait <-chan struct{}, err error) {
	if l.left == 0 {
		return nil, nil, nil
	}
	l.gen++
	local := stmtHeap{load: l} // statements whose deps are committed or in the batch
	for len(batch) < l.batch {
		var i int32
		switch {
		case local.Len() > 0 && (l.ready.Len() == 0 || local.less(local.items[0], l.ready.items[0])):
			i = heap.Pop(&local).(int32)
		case l.ready.Len() > 0:
			i = heap.Pop(&l.ready).(int32)
		default:
			i = -1
		}
		if i < 0 {
			break
		}
		if l.solo(i) && len(batch) > 0 {
			if l.waits[i] == 0 {
				heap.Push(&l.ready, i)
			}
			break
		}
		batch = append(batch, i)
		l.state[i], l.mark[i] = stmtTaken, l.gen
		if l.solo(i) {
			break
		}
		for _, d := range l.dependents[i] {
			if l.mark[d] != l.gen && l.state[d] == stmtPending && l.joins(d, len(batch)) {
				l.mark[d] = l.gen
				heap.Push(&local, d)
			}
		}
	}
	if len(batch) == 0 {
		if l.running == 0 {
			// The first statement not committed waits only for earlier
			// ones, which have: this is a bug.
			return nil, nil, fmt.Errorf("schema: %d statements wait and none runs", l.left)
		}
		return nil, l.changed, nil
	}
	l.running++
	slices.Sort(batch)
	return batch, nil, nil
}

// joins reports whether every statement i waits for has committed or is
// in the batch being built (of size n).
func (l *preLoad) joins(i int32, n int) bool {
	if int(l.waits[i]) > n {
		return false
	}
	for _, d := range l.deps[i] {
		if l.state[d] != stmtDone && !(l.state[d] == stmtTaken && l.mark[d] == l.gen) {
			return false
		}
	}
	return true
}

// done records a batch committed and wakes the sessions waiting for work.
func (l *preLoad) done(batch []int32) {
	for _, i := range batch {
		l.state[i] = stmtDone
		l.left--
		for _, d := range l.dependents[i] {
			if l.waits[d]--; l.waits[d] == 0 && l.state[d] == stmtPending {
				heap.Push(&l.ready, d)
			}
		}
	}
	l.running--
	close(l.changed)
	l.changed = make(chan struct{})
}

// settingsBefore is how many session settings come before statement i.
func (l *preLoad) settingsBefore(i int32) int {
	return sort.Search(len(l.settings), func(k int) bool { return l.settings[k] >= i })
}

// stmtHeap orders statements by the longest chain waiting on them, then
// in script order.
type stmtHeap struct {
	items []int32
	load  *preLoad
}

func (h *stmtHeap) less(a, b int32) bool {
	if pa, pb := h.load.prio[a], h.load.prio[b]; pa != pb {
		return pa > pb
	}
	return a < b
}
func (h *stmtHeap) Len() int           { return len(h.items) }
func (h *stmtHeap) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *stmtHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *stmtHeap) Push(x any)         { h.items = append(h.items, x.(int32)) }
func (h *stmtHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

// loadPreData runs the pre-data statements in __next on Workers sessions.
func (r *run) loadPreData(ctx context.Context, stmts []pgsql.Statement) error {
	workers := max(r.cfg.Workers, 1)
	return loadPreData(ctx, stmts, workers, preDataBatch/workers, r.connectScript, r.next)
}

// loadPreData runs a pre-data section's statements in database, on
// workers sessions that connect opens, in batches of batch statements.
func loadPreData(ctx context.Context, stmts []pgsql.Statement, workers, batch int, connect func(context.Context) (*pgx.Conn, error), database string) error {
	for _, s := range stmts {
		if s.CopyStream {
			return fmt.Errorf("schema: the pre-data section holds COPY ... FROM STDIN, which carries rows, not schema: %s", firstLine(s.SQL))
		}
	}
	if len(stmts) == 0 {
		return nil
	}
	workers = max(workers, 1)
	ld := &preDataLoader{preLoad: newPreLoad(stmts, batch), connect: connect, database: database}
	// The first session to fail cancels the others, and its error is the
	// one returned: theirs say only that they were cancelled, in text
	// that need not wrap context.Canceled (a connect error does not).
	g, ctx := errgroup.WithContext(ctx)
	for range workers {
		g.Go(func() error { return ld.session(ctx) })
	}
	return g.Wait()
}

// preDataLoader runs a preLoad's batches.
type preDataLoader struct {
	*preLoad
	connect  func(context.Context) (*pgx.Conn, error)
	database string
}

// session runs batches on a session of its own until the load is done or
// fails.
func (ld *preDataLoader) session(ctx context.Context) error {
	conn, err := ld.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	applied := 0 // session settings run on this session
	for {
		ld.mu.Lock()
		batch, wait, err := ld.take()
		ld.mu.Unlock()
		if err != nil {
			return err
		}
		if batch == nil {
			if wait == nil {
				return nil
			}
			select {
			case <-wait:
				continue
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		var prefix []string
		for _, k := range ld.settings[applied:ld.settingsBefore(batch[0])] {
			prefix = append(prefix, ld.stmts[k].SQL)
		}
		sqls := make([]string, len(batch))
		for k, i := range batch {
			sqls[k] = ld.stmts[i].SQL
		}
		if err := ld.run(ctx, conn, prefix, sqls, ld.solo(batch[0])); err != nil {
			return err
		}
		applied = ld.settingsBefore(batch[len(batch)-1] + 1)
		ld.mu.Lock()
		ld.done(batch)
		ld.mu.Unlock()
	}
}

// run runs the session settings the session lacks, then the statements,
// in one transaction and one round trip (a solo statement alone, outside
// one). A deadlock is retried; another error is named with the statement
// that caused it.
func (ld *preDataLoader) run(ctx context.Context, conn *pgx.Conn, prefix, stmts []string, solo bool) error {
	if solo {
		if len(prefix) > 0 {
			if _, err := conn.Exec(ctx, joinStatements(prefix)); err != nil {
				return ld.named(err, prefix[0])
			}
		}
		if _, err := conn.Exec(ctx, stmts[0]); err != nil {
			return ld.named(err, stmts[0])
		}
		return nil
	}
	err := execInTx(ctx, conn, slices.Concat(prefix, stmts))
	if err == nil {
		return nil
	}
	if ctx.Err() != nil || conn.IsClosed() {
		return ld.failed(err)
	}
	return ld.name(ctx, conn, prefix, stmts, err)
}

// name runs a failed batch again one statement at a time, in a
// transaction rolled back after, and names the first that fails; when
// none does, the batch's error stands.
func (ld *preDataLoader) name(ctx context.Context, conn *pgx.Conn, prefix, stmts []string, batchErr error) error {
	if _, err := conn.Exec(ctx, "BEGIN"); err != nil {
		return ld.failed(batchErr)
	}
	// Rolled back whatever happens: the run fails here, and drops __next.
	defer func() { _, _ = conn.Exec(context.Background(), "ROLLBACK") }()
	for _, s := range slices.Concat(prefix, stmts) {
		if _, err := conn.Exec(ctx, s); err != nil {
			return ld.named(err, s)
		}
	}
	return ld.failed(batchErr)
}

func (ld *preDataLoader) failed(err error) error {
	return fmt.Errorf("schema: load into %s: %w", ld.database, err)
}

func (ld *preDataLoader) named(err error, sql string) error {
	return fmt.Errorf("schema: load into %s: %w\n%s", ld.database, err, firstLine(sql))
}
