package integration

// Subset runs: a referentially consistent sample of the acme fixture, of
// the pagila sample database and of pgbench, loaded by `understudy run`.
// Every foreign key of the target validates (run's verify checks them
// before the swap, and the test checks again), and two nights in a row give
// the same sample plus what a new production row brings.

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// requireAllKeysValid checks every foreign key of db is validated, and
// anti-joins each one (MATCH SIMPLE: a reference with a NULL is no
// reference).
func requireAllKeysValid(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT conname, convalidated, conrelid::regclass::text, confrelid::regclass::text,
		(SELECT array_agg(attname ORDER BY k.i) FROM unnest(conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.n),
		(SELECT array_agg(attname ORDER BY k.i) FROM unnest(confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = confrelid AND a.attnum = k.n)
		FROM pg_constraint WHERE contype = 'f' AND conparentid = 0 AND connamespace::regnamespace::text <> 'understudy'`)
	require.NoError(t, err)
	type fk struct {
		name, from, to string
		valid          bool
		fromCols, to2  []string
	}
	var fks []fk
	for rows.Next() {
		var f fk
		require.NoError(t, rows.Scan(&f.name, &f.valid, &f.from, &f.to, &f.fromCols, &f.to2))
		fks = append(fks, f)
	}
	require.NoError(t, rows.Err())
	require.NotEmpty(t, fks)
	for _, f := range fks {
		require.True(t, f.valid, "%s is not validated", f.name)
		var notNull, join []string
		for i := range f.fromCols {
			c := "c." + pgx.Identifier{f.fromCols[i]}.Sanitize()
			notNull = append(notNull, c+" IS NOT NULL")
			join = append(join, c+" = p."+pgx.Identifier{f.to2[i]}.Sanitize())
		}
		var n int
		require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM "+f.from+" c WHERE "+strings.Join(notNull, " AND ")+
			" AND NOT EXISTS (SELECT FROM "+f.to+" p WHERE "+strings.Join(join, " AND ")+")").Scan(&n))
		require.Zero(t, n, "%s: %d orphans", f.name, n)
	}
}

// ids returns the primary keys of a table, as text, sorted.
func ids(t *testing.T, conn *pgx.Conn, table, key string) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), "SELECT "+key+"::text FROM "+table)
	require.NoError(t, err)
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	sort.Strings(out)
	return out
}

func count1(t *testing.T, conn *pgx.Conn, sql string) int64 {
	t.Helper()
	var n int64
	require.NoError(t, conn.QueryRow(context.Background(), sql).Scan(&n), sql)
	return n
}

func TestSubsetAcme(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	r.WithSubset(t, clitest.AcmeSubset(t))
	manifest := filepath.Join(t.TempDir(), "manifest.json")
	res := r.Run(t, "--manifest", manifest)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)

	src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
	orgs, allOrgs := count1(t, tgt, "SELECT count(*) FROM public.organizations"), count1(t, src, "SELECT count(*) FROM public.organizations")
	require.Positive(t, orgs)
	require.Less(t, count1(t, tgt, "SELECT count(*) FROM public.users"), count1(t, src, "SELECT count(*) FROM public.users"), "a sample, not the whole table")
	require.Equal(t, count1(t, src, "SELECT count(*) FROM public.countries"), count1(t, tgt, "SELECT count(*) FROM public.countries"), "full: whole")
	require.Less(t, count1(t, tgt, "SELECT count(*) FROM public.orders"), count1(t, src, "SELECT count(*) FROM public.orders"))
	require.Positive(t, count1(t, tgt, "SELECT count(*) FROM public.page_views"), "partitioned rows come along")
	require.Zero(t, count1(t, tgt, `SELECT count(*) FROM (SELECT user_id FROM public.page_views WHERE user_id IS NOT NULL
		GROUP BY user_id HAVING count(*) > 3) x`), "limit 3 page views per user")
	// The polymorphic references hold in the sample.
	require.Zero(t, count1(t, tgt, `SELECT count(*) FROM public.comments c WHERE commentable_type = 'Post'
		AND NOT EXISTS (SELECT FROM public.posts p WHERE p.id = c.commentable_id)`))
	require.Zero(t, count1(t, tgt, `SELECT count(*) FROM public.comments c WHERE commentable_type = 'Order'
		AND NOT EXISTS (SELECT FROM public.orders o WHERE o.id = c.commentable_id)`))

	// The manifest says what was asked and what each table got.
	data, err := os.ReadFile(manifest)
	require.NoError(t, err)
	var mf struct {
		Verified bool `json:"verified"`
		Subset   struct {
			Spec   json.RawMessage `json:"spec"`
			Tables []struct {
				Table    string `json:"table"`
				Selected int64  `json:"selected"`
				Total    int64  `json:"total"`
			} `json:"tables"`
			KeyBytes int64 `json:"key_bytes"`
		} `json:"subset"`
		Tables []struct {
			Table       string `json:"table"`
			RowsWritten int64  `json:"rows_written"`
		} `json:"tables"`
	}
	require.NoError(t, json.Unmarshal(data, &mf))
	require.True(t, mf.Verified)
	require.Contains(t, string(mf.Subset.Spec), "organizations")
	require.Positive(t, mf.Subset.KeyBytes)
	selected := map[string]int64{}
	for _, tb := range mf.Subset.Tables {
		t.Logf("%-32s %6d of %6d", tb.Table, tb.Selected, tb.Total)
		selected[tb.Table] = tb.Selected
		require.LessOrEqual(t, tb.Selected, tb.Total, tb.Table)
	}
	require.Equal(t, orgs, selected["public.organizations"])
	for _, tb := range mf.Subset.Tables {
		if tb.Table == "public.organizations" {
			require.Equal(t, allOrgs, tb.Total)
		}
	}
	written := map[string]int64{}
	for _, tb := range mf.Tables {
		written[tb.Table] = tb.RowsWritten
	}
	require.Equal(t, orgs, written["public.organizations"], "the copy wrote the selected rows")

	// Night two: one order more in production, for an organization in the
	// sample. The sample is the same plus that order.
	before := map[string][]string{}
	keyed := map[string]string{"public.organizations": "id", "public.users": "id", "public.orders": "id", "public.customers": "id", "public.comments": "id"}
	for tb, key := range keyed {
		before[tb] = ids(t, tgt, tb, key)
	}
	// A root organization: all its users and orders are in the sample.
	var orgID string
	require.NoError(t, src.QueryRow(context.Background(), `SELECT o.id::text FROM public.organizations o
		WHERE (SELECT count(*) FROM public.orders x WHERE x.organization_id = o.id) > 0
		  AND (SELECT count(*) FROM public.users x WHERE x.organization_id = o.id) > 0
		  AND o.id = ANY($1::bigint[]) ORDER BY o.id`, rootOrgs(t, src, tgt)).Scan(&orgID))
	var newID string
	require.NoError(t, src.QueryRow(context.Background(), `INSERT INTO public.orders (organization_id, customer_ref, subtotal, placed_at)
		SELECT organization_id, customer_ref, 10, now() FROM public.orders WHERE organization_id = $1::bigint ORDER BY id LIMIT 1
		RETURNING id::text`, orgID).Scan(&newID))
	tgt.Close(context.Background())
	res = r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)
	tgt = clitest.Connect(t, r.Tgt)
	for tb, key := range keyed {
		after := ids(t, tgt, tb, key)
		if tb == "public.orders" {
			require.Equal(t, sortedCopy(append(append([]string{}, before[tb]...), newID)), after, "the orders of last night plus the new one")
			continue
		}
		require.Equal(t, before[tb], after, "%s: the same rows as last night", tb)
	}
}

// rootOrgs lists the organizations whose users and orders are all in the
// target: the ones whose children the sample follows.
func rootOrgs(t *testing.T, src, tgt *pgx.Conn) []int64 {
	t.Helper()
	per := func(c *pgx.Conn, table string) map[int64]int64 {
		rows, err := c.Query(context.Background(), "SELECT organization_id, count(*) FROM "+table+" GROUP BY 1")
		require.NoError(t, err)
		out := map[int64]int64{}
		for rows.Next() {
			var id, n int64
			require.NoError(t, rows.Scan(&id, &n))
			out[id] = n
		}
		require.NoError(t, rows.Err())
		return out
	}
	su, tu, so, to := per(src, "public.users"), per(tgt, "public.users"), per(src, "public.orders"), per(tgt, "public.orders")
	var out []int64
	for id, n := range su {
		if tu[id] == n && to[id] == so[id] {
			out = append(out, id)
		}
	}
	require.NotEmpty(t, out, "no organization has all its users and orders in the sample")
	return out
}

func sortedCopy(s []string) []string {
	out := append([]string{}, s...)
	sort.Strings(out)
	return out
}

func TestSubsetPagila(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Pagila())
	r.WithSubset(t, `
subset:
  roots:
    - table: public.customer
      limit: 50
  full: [public.language, public.category, public.country, public.city]
  tables:
    public.film: { children: none }
    public.store: { children: none }
    public.staff: { children: none }
    public.address: { children: none }
    public.inventory: { children: { limit: 2 } }
`)
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)
	tgt := clitest.Connect(t, r.Tgt)
	customers := count1(t, tgt, "SELECT count(*) FROM public.customer")
	require.GreaterOrEqual(t, customers, int64(50), "the 50 roots, and any customer a selected row references")
	require.Less(t, customers, int64(599))
	require.Positive(t, count1(t, tgt, "SELECT count(*) FROM public.rental"), "customers' rentals come along")
	require.Positive(t, count1(t, tgt, "SELECT count(*) FROM public.payment"), "payments span partitions")
}

// pgbenchSource is a database loaded by pgbench -i --foreign-keys at scale
// 1, with history rows (pgbench -i leaves history empty).
func pgbenchSource(t *testing.T) string {
	t.Helper()
	db := pgtest.Database(t, pgtest.Empty)
	bin, err := exec.LookPath("pgbench")
	if err != nil {
		matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pgbench")
		require.NotEmpty(t, matches, "pgbench not found: it ships with the PostgreSQL server package")
		bin = matches[len(matches)-1]
	}
	out, err := exec.Command(bin, "-i", "-q", "-s", "1", "--foreign-keys", db).CombinedOutput()
	require.NoError(t, err, string(out))
	conn := clitest.Connect(t, db)
	_, err = conn.Exec(context.Background(), `INSERT INTO pgbench_history (tid, bid, aid, delta, mtime)
		SELECT g % 10 + 1, 1, (g * 7919) % 100000 + 1, g % 1000, timestamp '2025-01-01' + g * interval '1 second'
		FROM generate_series(1, 20000) g; ANALYZE`)
	require.NoError(t, err)
	return db
}

func TestSubsetPgbench(t *testing.T) {
	t.Parallel()
	r := newRefreshFrom(t, pgbenchSource(t))
	r.WithSubset(t, `
subset:
  roots:
    - table: public.pgbench_accounts
      percent: 5
    - table: public.pgbench_tellers
      percent: 5
    - table: public.pgbench_branches
      percent: 5
  tables:
    public.pgbench_branches: { children: none }
    public.pgbench_tellers: { children: none }
`)
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)
	src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
	accounts := count1(t, tgt, "SELECT count(*) FROM pgbench_accounts")
	require.InDelta(t, 5000, accounts, 500, "5%% of 100,000 accounts, by keyed hash")
	// history has no key: its rows come by their reference to a sampled
	// account, every one of them.
	require.Equal(t,
		count1(t, src, "SELECT count(*) FROM pgbench_history h WHERE aid IN ("+strings.Join(ids(t, tgt, "pgbench_accounts", "aid"), ",")+")"),
		count1(t, tgt, "SELECT count(*) FROM pgbench_history"))
}

// A foreign key to a partitioned table: its key is valid only once every
// partition's index is attached, so post-data attaches them before adding
// foreign keys (found by the subset property test).
func TestRunReferencedPartitionedTable(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Empty)
	conn := clitest.Connect(t, src)
	_, err := conn.Exec(context.Background(), `CREATE TABLE p (id int PRIMARY KEY) PARTITION BY HASH (id);
		CREATE TABLE p_0 PARTITION OF p FOR VALUES WITH (MODULUS 2, REMAINDER 0);
		CREATE TABLE p_1 PARTITION OF p FOR VALUES WITH (MODULUS 2, REMAINDER 1);
		CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);
		INSERT INTO p SELECT generate_series(1, 10); INSERT INTO c SELECT g, g FROM generate_series(1, 10) g; ANALYZE`)
	require.NoError(t, err)
	r := newRefreshFrom(t, src)
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)

	r.WithSubset(t, "\nsubset:\n  roots:\n    - table: public.c\n      where: \"id <= 3\"\n")
	res = r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)
	require.EqualValues(t, 3, count1(t, clitest.Connect(t, r.Tgt), "SELECT count(*) FROM p"), "the parents of the three roots")
}
