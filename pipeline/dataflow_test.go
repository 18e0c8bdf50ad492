package pipeline

import (
	"context"
	"path/filepath"
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
// reports each table's stages in order.
func TestFlowRunsEachStatementWhenItsTablesAreReady(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.Database(t, pgtest.Fixture{Name: "pipeline-flow", Files: []string{filepath.Join("testdata", "flow.sql")}})
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	stmts, err := pgsql.SplitScript(flowPostData)
	require.NoError(t, err)

	name := func(n string) schema.Name { return schema.Name{Schema: "public", Name: n} }
	customers, orders, events, events2024 := name("customers"), name("orders"), name("events"), name("events_2024")
	f := newFlow(stmts, []schema.Name{customers, orders, events, events2024}, []schema.Name{customers, orders, events2024})
	var mu sync.Mutex
	var stages []string
	f.onStage = func(t schema.Name, stage string, _ time.Time) {
		mu.Lock()
		defer mu.Unlock()
		stages = append(stages, t.Name+" "+stage)
	}
	copied := make(chan schema.Name, 3)
	copying := map[schema.Name]bool{customers: true, orders: true, events2024: true}
	connect := func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, db) }
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
	require.Equal(t, 3, analyzed)

	order := map[string]int{}
	for i, s := range stages {
		order[s] = i
	}
	for _, tb := range []string{"orders", "customers"} {
		require.Less(t, order[tb+" indexes"], order[tb+" analyze"], "%v", stages)
	}
	require.Less(t, order["customers indexes"], order["orders keys"], "%v", stages)
	require.Contains(t, order, "events indexes", "%v", stages)
}

// A statement that waits for what nothing builds is an error, not a hang.
func TestFlowNamesAStatementThatCannotRun(t *testing.T) {
	t.Parallel()
	stmts, err := pgsql.SplitScript(`ALTER INDEX public.p_idx ATTACH PARTITION public.c_idx;
CREATE INDEX p_idx ON ONLY public.p USING btree (id);`)
	require.NoError(t, err)
	// The attach waits for p_idx, and p's copy is never reported.
	f := newFlow(stmts, nil, nil)
	copied := make(chan schema.Name)
	close(copied)
	err = f.run(context.Background(), 1, func(ctx context.Context) (*pgx.Conn, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}, copied, map[schema.Name]bool{{Schema: "public", Name: "p"}: true})
	require.ErrorContains(t, err, "wait for what no statement builds")
}
