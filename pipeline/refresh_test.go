package pipeline

import (
	"context"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules"
)

const matviewRules = `version: 1
tables:
  '"Shop".customers':
    email: email
    city: keep
  '"Shop".orders':
    total: keep
  '"Shop".audit':
    note: keep
`

// A whole run refreshes the materialized views in the dataflow: over a
// plain view over two tables, the view holds the masked rows; a view over
// it is right; one WITH NO DATA stays unpopulated; and the refreshes run
// while a table neither reads is still being copied. The copy of that
// table is held from reporting its end until the last refresh is done: a
// refresh that waited for every copy would never come (the test fails
// after a bound, never on a timing).
func TestRunRefreshesMaterializedViewsInTheDataflow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := pgtest.Database(t, pgtest.Fixture{Name: "pipeline-matview-run", Files: []string{filepath.Join("testdata", "matview_run.sql")}})
	u, err := url.Parse(src)
	require.NoError(t, err)
	target := pgtest.DatabaseName(src) + "_staging"
	u.Path = "/" + target
	t.Cleanup(func() {
		for _, db := range []string{target, target + "__next", target + "__prev"} {
			_ = pgtest.Shared(t).DropDatabase(context.Background(), db)
		}
	})
	cfg, diags := rules.Parse("rules.yaml", []byte(matviewRules))
	require.False(t, diags.HasErrors(), diags.String())

	var mu sync.Mutex
	var events []string
	record := func(e string) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e)
	}
	refreshed := make(chan struct{})
	var once sync.Once
	onEvent := func(e Event) {
		switch e := e.(type) {
		case TableStageEvent:
			if e.Stage == StageRefresh {
				record("refresh " + e.Table)
				if e.Table == "\"Shop\".by_city" {
					once.Do(func() { close(refreshed) })
				}
			}
		case TableDoneEvent:
			if e.Table == "\"Shop\".audit" {
				select {
				case <-refreshed:
				case <-time.After(2 * time.Minute):
					t.Errorf("the refreshes waited for the copy of %s, which they do not read", e.Table)
				}
			}
			record("copied " + e.Table)
		}
	}
	_, err = Run(ctx, Config{Rules: cfg, SourceURL: src, TargetURL: u.String(), Secret: testSecret, Workers: 2, OnEvent: onEvent})
	require.NoError(t, err)

	mu.Lock()
	order := slices.Clone(events)
	mu.Unlock()
	at := func(e string) int {
		i := slices.Index(order, e)
		require.GreaterOrEqual(t, i, 0, "%s in %v", e, order)
		return i
	}
	require.Less(t, at(`refresh "Shop"."Spend"`), at(`refresh "Shop".by_city`), "the view over a view after it: %v", order)
	require.Less(t, at(`refresh "Shop".by_city`), at(`copied "Shop".audit`), "%v", order)
	require.Less(t, at(`copied "Shop".customers`), at(`refresh "Shop"."Spend"`), "%v", order)
	require.Less(t, at(`copied "Shop".orders`), at(`refresh "Shop"."Spend"`), "%v", order)
	require.NotContains(t, strings.Join(order, "\n"), "pending")

	source, err := pgx.Connect(ctx, src)
	require.NoError(t, err)
	defer source.Close(ctx)
	staging, err := pgx.Connect(ctx, u.String())
	require.NoError(t, err)
	defer staging.Close(ctx)
	texts := func(conn *pgx.Conn, sql string) []string {
		rows, err := conn.Query(ctx, sql)
		require.NoError(t, err)
		out, err := pgx.CollectRows(rows, pgx.RowTo[string])
		require.NoError(t, err, sql)
		return out
	}
	count := func(conn *pgx.Conn, sql string) int64 {
		var n int64
		require.NoError(t, conn.QueryRow(ctx, sql).Scan(&n), sql)
		return n
	}
	// The view holds staging's rows, masked: what its query gives on
	// staging, and none of production's emails.
	require.Equal(t, int64(300), count(staging, `SELECT count(*) FROM "Shop"."Spend"`))
	require.Zero(t, count(staging, `SELECT count(*) FROM (
		(SELECT email, city, sum(total) FROM "Shop".customer_orders GROUP BY email, city EXCEPT SELECT * FROM "Shop"."Spend")
		UNION ALL
		(SELECT * FROM "Shop"."Spend" EXCEPT SELECT email, city, sum(total) FROM "Shop".customer_orders GROUP BY email, city)) d`))
	emails := texts(source, `SELECT email FROM "Shop"."Spend"`)
	require.Len(t, emails, 300)
	require.Zero(t, count(staging, `SELECT count(*) FROM "Shop"."Spend" WHERE email = ANY('{`+strings.Join(emails, ",")+`}'::text[])`),
		"no production email in staging's view")
	// The view over it is production's: masking emails changes no city's sums.
	const byCity = `SELECT format('%s %s %s', city, total, customers) FROM "Shop".by_city ORDER BY city`
	require.Len(t, texts(source, byCity), 3)
	require.Equal(t, texts(source, byCity), texts(staging, byCity))
	var populated, indexed bool
	require.NoError(t, staging.QueryRow(ctx, `SELECT relispopulated FROM pg_class WHERE oid = '"Shop".pending'::regclass`).Scan(&populated))
	require.False(t, populated, "WITH NO DATA in production, unpopulated in staging")
	require.NoError(t, staging.QueryRow(ctx, `SELECT indisvalid AND indisunique FROM pg_index WHERE indexrelid = '"Shop".spend_email'::regclass`).Scan(&indexed))
	require.True(t, indexed, "the view's index is built")
}
