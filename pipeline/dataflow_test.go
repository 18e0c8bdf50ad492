package pipeline

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

const flowPostData = `
ALTER TABLE ONLY public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);
ALTER TABLE ONLY public.events_2024 ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id, at);
CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_pkey;
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
`

// The dataflow builds a table's indexes as soon as its copy is reported,
// holds a foreign key until both of its tables have their keys, and
// reports each table's stages in order; the same when small tables have
// their indexes built and are analyzed in one batch.
func TestFlowRunsEachStatementWhenItsTablesAreReady(t *testing.T) {
	t.Parallel()
	for _, batched := range []bool{false, true} {
		t.Run(map[bool]string{false: "one-by-one", true: "batched"}[batched], func(t *testing.T) {
			t.Parallel()
			testFlow(t, batched)
		})
	}
}

func testFlow(t *testing.T, batched bool) {
	ctx := context.Background()
	db := pgtest.Database(t, pgtest.Fixture{Name: "pipeline-flow", Files: []string{filepath.Join("testdata", "flow.sql")}})
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	stmts, err := pgsql.SplitScript(flowPostData)
	require.NoError(t, err)

	name := func(n string) schema.Name { return schema.Name{Schema: "public", Name: n} }
	customers, orders, events, events2024 := name("customers"), name("orders"), name("events"), name("events_2024")
	// As postData asks: the partition is analyzed with its partitioned
	// table, once it is keyed.
	_, err = conn.Exec(ctx, "CREATE SEQUENCE public.orders_seq")
	require.NoError(t, err)
	f := newFlow(flowPlan{stmts: stmts, tables: []schema.Name{customers, orders, events, events2024}, analyze: []schema.Name{customers, orders, events},
		after:     map[schema.Name][]schema.Name{events: {events2024}},
		sequences: []flowSequence{{sql: "SELECT pg_catalog.setval('public.orders_seq', (SELECT max(id) FROM public.orders))", tables: []schema.Name{orders}}}})
	if batched {
		f.small = func(schema.Name) bool { return true }
	}
	var mu sync.Mutex
	var stages []string
	f.onStage = func(t schema.Name, stage string, _ time.Time) {
		mu.Lock()
		defer mu.Unlock()
		stages = append(stages, t.Name+" "+stage)
	}
	copied := make(chan schema.Name, 3)
	copying := map[schema.Name]bool{customers: true, orders: true, events2024: true}
	sent := &sentSQL{}
	connect := sent.connect(db)
	done := make(chan error, 1)
	go func() { done <- f.run(ctx, 2, connect, copied, copying) }()

	has := func(con string) bool {
		var n int
		require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_constraint WHERE conname = $1", con).Scan(&n))
		return n == 1
	}
	copied <- orders
	copied <- events2024
	require.Eventually(t, func() bool { return has("orders_pkey") && has("events_2024_pkey") }, 30*time.Second, 20*time.Millisecond,
		"a copied table's keys are built while another is still being copied")
	time.Sleep(200 * time.Millisecond)
	require.False(t, has("orders_customer_id_fkey"), "the foreign key waits for the referenced table's key")
	require.False(t, has("customers_pkey"), "an uncopied table's key waits for its rows")

	copied <- customers
	close(copied)
	require.NoError(t, <-done)
	for _, c := range []string{"customers_pkey", "orders_customer_id_fkey", "events_pkey"} {
		require.True(t, has(c), c)
	}
	var attached bool
	require.NoError(t, conn.QueryRow(ctx, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.events_pkey'::regclass").Scan(&attached))
	require.True(t, attached, "the partition's index is attached: the parent's key is valid")
	var analyzed int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('customers','orders','events_2024') AND last_analyze IS NOT NULL").Scan(&analyzed))
	require.Equal(t, 3, analyzed, "the partition is analyzed with its partitioned table")
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_statistic WHERE starelid = 'public.events'::regclass AND stainherit").Scan(&analyzed))
	require.Positive(t, analyzed, "the partitioned table is analyzed")

	// Batched, a small table's indexes are built and the table analyzed
	// in one round trip.
	var ordersBatch string
	for _, sql := range sent.all() {
		if strings.Contains(sql, "orders_pkey") && strings.Contains(sql, "orders_customer_id_idx") {
			ordersBatch = sql
		}
	}
	if batched {
		require.True(t, strings.HasPrefix(ordersBatch, "BEGIN;"), "%q", ordersBatch)
		require.Contains(t, ordersBatch, `ANALYZE "public"."orders"`)
		require.Contains(t, ordersBatch, "public.orders_seq", "the sequence only orders uses is set in its batch")
	} else {
		require.Empty(t, ordersBatch)
	}
	var last int
	require.NoError(t, conn.QueryRow(ctx, "SELECT last_value FROM public.orders_seq").Scan(&last))
	require.Equal(t, 300, last)

	order := map[string]int{}
	for i, s := range stages {
		order[s] = i
	}
	for _, tb := range []string{"orders", "customers"} {
		require.Less(t, order[tb+" indexes"], order[tb+" analyze"], "%v", stages)
	}
	require.Less(t, order["customers indexes"], order["orders keys"], "%v", stages)
	require.Less(t, order["events_2024 indexes"], order["events analyze"], "%v", stages)
	require.Contains(t, order, "events indexes", "%v", stages)
}

// A partitioned table without keys is analyzed once its partitions are
// copied, not when the flow starts.
func TestFlowAnalyzesAPartitionedTableAfterItsPartitions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.Database(t, pgtest.Fixture{Name: "pipeline-flow", Files: []string{filepath.Join("testdata", "flow.sql")}})
	events, events2024 := schema.Name{Schema: "public", Name: "events"}, schema.Name{Schema: "public", Name: "events_2024"}
	f := newFlow(flowPlan{tables: []schema.Name{events, events2024}, analyze: []schema.Name{events}, after: map[schema.Name][]schema.Name{events: {events2024}}})
	sent := &sentSQL{}
	connect := sent.connect(db)
	copied := make(chan schema.Name)
	done := make(chan error, 1)
	go func() { done <- f.run(ctx, 1, connect, copied, map[schema.Name]bool{events2024: true}) }()
	time.Sleep(200 * time.Millisecond)
	require.Empty(t, sent.all(), "nothing runs before the partition is copied")
	copied <- events2024
	close(copied)
	require.NoError(t, <-done)
	require.Equal(t, []string{`ANALYZE "public"."events"`}, sent.all())
}

// A job that waits for nothing (a sequence no column uses) runs at once.
func TestFlowRunsWhatWaitsForNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, conn := emptyDatabase(t, "CREATE SEQUENCE public.free")
	f := newFlow(flowPlan{sequences: []flowSequence{{sql: "SELECT pg_catalog.setval('public.free', 42)"}}})
	copied := make(chan schema.Name)
	close(copied)
	require.NoError(t, f.run(ctx, 1, func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, db) }, copied, nil))
	var last int
	require.NoError(t, conn.QueryRow(ctx, "SELECT last_value FROM public.free").Scan(&last))
	require.Equal(t, 42, last)
}

// sentSQL records the statements a connection sends.
type sentSQL struct {
	mu   sync.Mutex
	sqls []string
}

func (s *sentSQL) TraceQueryStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceQueryStartData) context.Context {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sqls = append(s.sqls, data.SQL)
	return ctx
}

func (s *sentSQL) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// connect opens sessions on db whose statements s records.
func (s *sentSQL) connect(db string) func(context.Context) (*pgx.Conn, error) {
	return func(ctx context.Context) (*pgx.Conn, error) {
		cfg, err := pgx.ParseConfig(db)
		if err != nil {
			return nil, err
		}
		cfg.Tracer = s
		return pgx.ConnectConfig(ctx, cfg)
	}
}

func (s *sentSQL) all() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.sqls)
}

// A statement that waits for what nothing builds is an error, not a hang.
func TestFlowNamesAStatementThatCannotRun(t *testing.T) {
	t.Parallel()
	stmts, err := pgsql.SplitScript(`ALTER INDEX public.p_idx ATTACH PARTITION public.c_idx;
CREATE INDEX p_idx ON ONLY public.p USING btree (id);`)
	require.NoError(t, err)
	// The attach waits for p_idx, and p's copy is never reported.
	f := newFlow(flowPlan{stmts: stmts})
	copied := make(chan schema.Name)
	close(copied)
	err = f.run(context.Background(), 1, func(ctx context.Context) (*pgx.Conn, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}, copied, map[schema.Name]bool{{Schema: "public", Name: "p"}: true})
	require.ErrorContains(t, err, "wait for what no statement builds")
}

// Two foreign key jobs that lock a table in common are never handed out at
// once: the second is held until the first is done, and one that locks
// neither goes ahead. A key is added NOT VALID (both of its tables locked
// an instant), then validated (its own table locked): the keys held back
// are added before a validation locks a table of theirs. Foreign keys go
// to the workers before index builds.
func TestFlowHoldsForeignKeysOnALockedTable(t *testing.T) {
	t.Parallel()
	stmts, err := pgsql.SplitScript(`ALTER TABLE ONLY public.a ADD CONSTRAINT a_p FOREIGN KEY (p) REFERENCES public.p(id);
ALTER TABLE ONLY public.b ADD CONSTRAINT b_p FOREIGN KEY (p) REFERENCES public.p(id);
ALTER TABLE ONLY public.c ADD CONSTRAINT c_q FOREIGN KEY (q) REFERENCES public.q(id);
ALTER TABLE ONLY public.a ADD CONSTRAINT a_q FOREIGN KEY (q) REFERENCES public.q(id);`)
	require.NoError(t, err)
	f := newFlow(flowPlan{stmts: stmts})
	for _, n := range []string{"a", "b", "c", "p", "q"} {
		f.tableCopied(schema.Name{Schema: "public", Name: n})
	}
	handed := flowHanded(f)
	job := flowJobNamed(t, f)
	require.Equal(t, []string{"add a_p", "add c_q"}, handed(), "b_p waits for a_p's lock on p, a_q for a's and q's")
	f.finish(job("add a_p"))
	require.Equal(t, []string{"add b_p", "validate a_p"}, handed(), "a_q still waits for c_q's lock on q")
	f.finish(job("add c_q"))
	require.Equal(t, []string{"validate c_q"}, handed(), "a_q waits for a_p's validation, which locks a")
	f.finish(job("validate a_p"))
	require.Equal(t, []string{"add a_q"}, handed())
	f.finish(job("add b_p"))
	require.Equal(t, []string{"validate b_p"}, handed())
	f.finish(job("add a_q"))
	require.Equal(t, []string{"validate a_q"}, handed())
	for _, n := range []string{"validate c_q", "validate b_p", "validate a_q"} {
		f.finish(job(n))
	}
	require.Zero(t, f.left)
	require.Empty(t, handed())
	require.Empty(t, f.ready)
}

// pgbench's keys: history references accounts, accounts branches. Once
// accounts is keyed both keys are added NOT VALID, one after the other;
// then history's is validated while accounts is analyzed, and accounts'
// own after that (a validation and an ANALYZE both lock their table
// against each other, not against the referenced one). A key between two
// small tables is added whole, one on a partitioned table (no ONLY: NOT
// VALID is refused there) too.
func TestFlowValidatesKeysSideBySide(t *testing.T) {
	t.Parallel()
	stmts, err := pgsql.SplitScript(`ALTER TABLE ONLY public.pgbench_tellers ADD CONSTRAINT pgbench_tellers_bid_fkey FOREIGN KEY (bid) REFERENCES public.pgbench_branches(bid);
ALTER TABLE ONLY public.pgbench_accounts ADD CONSTRAINT pgbench_accounts_bid_fkey FOREIGN KEY (bid) REFERENCES public.pgbench_branches(bid);
ALTER TABLE ONLY public.pgbench_history ADD CONSTRAINT pgbench_history_aid_fkey FOREIGN KEY (aid) REFERENCES public.pgbench_accounts(aid);`)
	require.NoError(t, err)
	accounts := schema.Name{Schema: "public", Name: "pgbench_accounts"}
	f := newFlow(flowPlan{stmts: stmts, analyze: []schema.Name{accounts},
		small: func(n schema.Name) bool { return n.Name == "pgbench_branches" || n.Name == "pgbench_tellers" }})
	handed := flowHanded(f)
	job := flowJobNamed(t, f)
	for _, n := range []string{"pgbench_branches", "pgbench_tellers", "pgbench_history"} {
		f.tableCopied(schema.Name{Schema: "public", Name: n})
	}
	require.Equal(t, []string{"add pgbench_tellers_bid_fkey"}, handed())
	require.NotContains(t, job("add pgbench_tellers_bid_fkey").sql, "NOT VALID", "between two small tables: whole")
	f.finish(job("add pgbench_tellers_bid_fkey"))
	f.tableCopied(accounts)
	require.Equal(t, []string{"add pgbench_accounts_bid_fkey"}, handed(), "the other key and the ANALYZE lock accounts too")
	require.Contains(t, job("add pgbench_accounts_bid_fkey").sql, "NOT VALID")
	f.finish(job("add pgbench_accounts_bid_fkey"))
	require.Equal(t, []string{"add pgbench_history_aid_fkey"}, handed(), "added before accounts' own key is validated or the table analyzed")
	f.finish(job("add pgbench_history_aid_fkey"))
	require.ElementsMatch(t, []string{"analyze pgbench_accounts", "validate pgbench_history_aid_fkey"}, handed(),
		"history's key is validated while accounts is analyzed")
	f.finish(job("analyze pgbench_accounts"))
	require.Equal(t, []string{"validate pgbench_accounts_bid_fkey"}, handed(), "beside history's, still running")
	f.finish(job("validate pgbench_accounts_bid_fkey"))
	f.finish(job("validate pgbench_history_aid_fkey"))
	require.Zero(t, f.left)
	require.Empty(t, handed())
}

// A key on a partitioned table is added and validated as one job.
func TestFlowAddsAPartitionedTablesKeyWhole(t *testing.T) {
	t.Parallel()
	stmts, err := pgsql.SplitScript(`ALTER TABLE public.events ADD CONSTRAINT events_account_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);`)
	require.NoError(t, err)
	f := newFlow(flowPlan{stmts: stmts})
	require.Len(t, f.jobs, 1)
	require.Equal(t, stmts[0].SQL, f.jobs[0].sql)
	require.False(t, f.jobs[0].notValid)
}

// flowHanded returns what the flow has handed to the workers since the
// last call, as "add NAME", "validate NAME" or "analyze TABLE".
func flowHanded(f *flow) func() []string {
	return func() []string {
		var out []string
		for {
			select {
			case jobs := <-f.first:
				for _, j := range jobs {
					out = append(out, flowJobName(j))
				}
			case jobs := <-f.ready:
				for _, j := range jobs {
					out = append(out, flowJobName(j))
				}
			default:
				return out
			}
		}
	}
}

func flowJobName(j *flowJob) string {
	words := strings.Fields(firstLine(j.sql))
	switch j.what {
	case "validate":
		return "validate " + words[len(words)-1]
	case "analyze":
		return "analyze " + j.table.Name
	}
	return "add " + words[slices.Index(words, "CONSTRAINT")+1]
}

func flowJobNamed(t *testing.T, f *flow) func(string) *flowJob {
	return func(name string) *flowJob {
		for _, j := range f.jobs {
			if flowJobName(j) == name {
				return j
			}
		}
		t.Fatalf("no job %s", name)
		return nil
	}
}

var matviewFixture = pgtest.Fixture{Name: "pipeline-matviews", Files: []string{filepath.Join("testdata", "matviews.sql")}}

// matviewRun is a run over the matviews fixture as post-data sees it: the
// model read in a snapshot, every materialized view created by pre-data.
func matviewRun(t *testing.T) (*run, string) {
	t.Helper()
	ctx := context.Background()
	db := pgtest.Database(t, matviewFixture)
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	cfg := &Config{}
	cfg.defaults()
	return &run{cfg: cfg, model: loadModel(t, conn)}, db
}

// allCreated is every view of the model, as created by pre-data.
func allCreated(m *schema.Model) map[schema.Name]bool {
	created := map[schema.Name]bool{}
	for _, v := range m.Views {
		created[v.Name] = true
	}
	return created
}

func flowName(n string) schema.Name { return schema.Name{Schema: "Flow", Name: n} }

// The refreshes' plan: a materialized view over a plain view over two
// tables waits for both, one over a partitioned table for its partitions,
// a chain waits in order; what the catalog cannot see into, what reads it
// and what pre-data did not create are refreshed at the end, readers
// last; an unpopulated one is not refreshed.
func TestRefreshPlan(t *testing.T) {
	t.Parallel()
	r, _ := matviewRun(t)
	created := allCreated(r.model)
	inFlow, atEnd := r.refreshPlan(created)
	require.Equal(t, []flowRefresh{
		{view: flowName("Totals"), tables: []schema.Name{flowName("a"), flowName("b")}},
		{view: flowName("cs"), tables: []schema.Name{flowName("c")}},
		{view: flowName("grand"), views: []schema.Name{flowName("Totals")}},
		{view: flowName("ps"), tables: []schema.Name{flowName("p"), flowName("p1"), flowName("p2")}},
	}, inFlow)
	require.Equal(t, []schema.Name{flowName("zz_opaque"), flowName("over_opaque")}, atEnd, "each after what it reads")

	delete(created, flowName("Totals"))
	inFlow, atEnd = r.refreshPlan(created)
	require.Len(t, inFlow, 2, "cs and ps")
	require.Equal(t, []schema.Name{flowName("Totals"), flowName("grand"), flowName("zz_opaque"), flowName("over_opaque")}, atEnd,
		"created in post-data, and what reads it")
}

// The dataflow hands out a refresh once the tables it reads are keyed and
// the materialized views it reads are refreshed, and the view's indexes
// after its refresh; a refresh that reads none of a table waits for none
// of it.
func TestFlowRefreshesWhenItsInputsAreIn(t *testing.T) {
	t.Parallel()
	r, _ := matviewRun(t)
	refreshes, _ := r.refreshPlan(allCreated(r.model))
	stmts, err := pgsql.SplitScript(`ALTER TABLE ONLY "Flow".a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
CREATE INDEX "Totals_id_idx" ON "Flow"."Totals" USING btree (id);`)
	require.NoError(t, err)
	var tables []schema.Name
	for _, tb := range r.model.Tables {
		tables = append(tables, tb.Name)
	}
	f := newFlow(flowPlan{stmts: stmts, tables: tables, refreshes: refreshes})
	var stages []string
	f.onStage = func(t schema.Name, stage string, _ time.Time) { stages = append(stages, t.Name+" "+stage) }
	handed := func() []*flowJob {
		var out []*flowJob
		for {
			select {
			case jobs := <-f.ready:
				out = append(out, jobs...)
			case jobs := <-f.first:
				out = append(out, jobs...)
			default:
				return out
			}
		}
	}
	names := func(jobs []*flowJob) []string {
		var out []string
		for _, j := range jobs {
			out = append(out, j.what+" "+j.table.Name)
		}
		return out
	}
	f.begin(map[schema.Name]bool{flowName("a"): true, flowName("b"): true, flowName("c"): true, flowName("p1"): true, flowName("p2"): true})
	require.Empty(t, names(handed()), "every refresh reads a table still being copied")

	f.tableCopied(flowName("c"))
	require.Equal(t, []string{"refresh cs"}, names(handed()))
	f.tableCopied(flowName("a"))
	pkey := handed()
	require.Equal(t, []string{"index a"}, names(pkey), "Totals waits for b, and for a's key")
	f.tableCopied(flowName("b"))
	require.Empty(t, names(handed()), "Totals waits for a's key")
	f.finish(pkey[0])
	totals := handed()
	require.Equal(t, []string{"refresh Totals"}, names(totals))
	f.tableCopied(flowName("p1"))
	require.Empty(t, names(handed()), "ps waits for p2")
	f.finish(totals[0])
	after := handed()
	require.ElementsMatch(t, []string{"index Totals", "refresh grand"}, names(after), "Totals' index after its refresh, and grand, which reads it")
	f.tableCopied(flowName("p2"))
	ps := handed()
	require.Equal(t, []string{"refresh ps"}, names(ps))
	for _, j := range append(after, ps...) {
		f.finish(j)
	}
	require.Equal(t, 1, f.left, "cs still runs")
	require.Less(t, slices.Index(stages, "Totals refresh"), slices.Index(stages, "Totals indexes"), "%v", stages)
	require.Contains(t, stages, "ps refresh")
	require.NotContains(t, stages, "cs refresh")
}

// Run for real, the dataflow refreshes each view over what was copied.
func TestFlowRefreshesMaterializedViews(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r, db := matviewRun(t)
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	// As pre-data leaves them: created, not populated.
	for _, v := range r.model.Views {
		if v.Materialized {
			_, err := conn.Exec(ctx, "REFRESH MATERIALIZED VIEW "+v.Name.Sanitize()+" WITH NO DATA")
			require.NoError(t, err)
		}
	}
	refreshes, _ := r.refreshPlan(allCreated(r.model))
	f := newFlow(flowPlan{refreshes: refreshes})
	copied := make(chan schema.Name, 5)
	copying := map[schema.Name]bool{}
	for _, n := range []string{"a", "b", "c", "p1", "p2"} {
		copying[flowName(n)] = true
		copied <- flowName(n)
	}
	close(copied)
	require.NoError(t, f.run(ctx, 2, func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, db) }, copied, copying))
	value := func(sql string) int64 {
		var n int64
		require.NoError(t, conn.QueryRow(ctx, sql).Scan(&n), sql)
		return n
	}
	require.Equal(t, int64(10), value(`SELECT count(*) FROM "Flow"."Totals"`))
	require.Equal(t, int64(5050), value(`SELECT total FROM "Flow".grand`))
	require.Equal(t, int64(7), value(`SELECT n FROM "Flow".cs`))
	require.Equal(t, int64(9), value(`SELECT n FROM "Flow".ps`))
	rows, err := conn.Query(ctx, `SELECT relname FROM pg_class WHERE relnamespace = '"Flow"'::regnamespace AND relkind = 'm' AND relispopulated ORDER BY 1`)
	require.NoError(t, err)
	populated, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	require.Equal(t, []string{"Totals", "cs", "grand", "ps"}, populated, "the views refreshed at the end are not the dataflow's")
}
