package subset

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// shop is a database loaded with testdata/shop.sql.
func shop(t *testing.T) string {
	t.Helper()
	f := pgtest.Fixture{Name: "shop", Files: []string{filepath.Join(pgtest.RepoRoot(), "subset", "testdata", "shop.sql")}}
	return pgtest.Database(t, f)
}

// snapshot opens a read-only snapshot transaction on db and reads its
// schema.
func snapshot(t *testing.T, db string) (*pgx.Conn, *schema.Model) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	_, err = conn.Exec(ctx, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
	require.NoError(t, err)
	m, err := schema.Load(ctx, conn)
	require.NoError(t, err)
	return conn, m
}

func compute(t *testing.T, db string, spec *Spec) (*Result, *schema.Model) {
	t.Helper()
	conn, m := snapshot(t, db)
	res, err := Compute(context.Background(), conn, m, spec, Options{Secret: []byte("test secret"), Batch: 50})
	require.NoError(t, err)
	_, err = conn.Exec(context.Background(), "COMMIT")
	require.NoError(t, err)
	return res, m
}

// materialize writes each table's selection into schema chk of db (a
// partitioned table's partitions together, under its name), as the copy
// would read it.
func materialize(t *testing.T, db string, m *schema.Model, res *Result) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "DROP SCHEMA IF EXISTS chk CASCADE; CREATE SCHEMA chk")
	require.NoError(t, err)
	parts := map[schema.Name][]string{}
	for _, tb := range m.Tables {
		if !tb.HasData() || tb.Name.Schema == "chk" {
			continue
		}
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, c.Name)
		}
		sel := res.Select(tb, cols)
		root := rootOf(m, tb).Name
		from := tb.Name.Sanitize()
		if len(tb.Children) > 0 {
			from = "ONLY " + from
		}
		switch {
		case sel.Whole:
			parts[root] = append(parts[root], "SELECT * FROM "+from)
		case len(sel.Queries) == 0:
			parts[root] = append(parts[root], "SELECT * FROM "+from+" WHERE false")
		default:
			parts[root] = append(parts[root], sel.Queries...)
		}
	}
	for root, qs := range parts {
		_, err := conn.Exec(ctx, "CREATE TABLE "+chk(root)+" AS "+strings.Join(qs, " UNION ALL "))
		require.NoError(t, err, root.String())
	}
}

func chk(n schema.Name) string { return pgx.Identifier{"chk", n.Schema + "." + n.Name}.Sanitize() }

func count(t *testing.T, db, sql string) int64 {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var n int64
	require.NoError(t, conn.QueryRow(ctx, sql).Scan(&n), sql)
	return n
}

// orphans counts, for every foreign key and virtual foreign key, the
// materialized rows whose parent is not materialized.
func orphans(t *testing.T, db string, m *schema.Model, spec *Spec) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	check := func(name string, from schema.Name, fromCols []string, to schema.Name, toCols []string, where string) {
		var notNull, join []string
		for i := range fromCols {
			c := "c." + pgx.Identifier{fromCols[i]}.Sanitize()
			if strings.Contains(fromCols[i], "->") { // payload->>'order_id'
				c = "(c." + fromCols[i] + ")"
			}
			notNull = append(notNull, c+" IS NOT NULL")
			join = append(join, c+"::text = p."+pgx.Identifier{toCols[i]}.Sanitize()+"::text")
			if strings.Contains(fromCols[i], "->") {
				notNull = append(notNull, c+" ~ '^[0-9]+$'") // the wrong shape is no reference
			}
		}
		cond := strings.Join(notNull, " AND ")
		if where != "" {
			cond += " AND (" + where + ")"
		}
		ft, tt := m.Table(from), m.Table(to)
		n := count(t, db, "SELECT count(*) FROM "+chk(rootOf(m, ft).Name)+" c WHERE "+cond+
			" AND NOT EXISTS (SELECT FROM "+chk(rootOf(m, tt).Name)+" p WHERE "+strings.Join(join, " AND ")+")")
		if n > 0 {
			out[name] = n
		}
	}
	for _, tb := range m.Tables {
		for _, fk := range tb.ForeignKeys {
			check(fk.Name, fk.From, fk.FromColumns, fk.To, fk.ToColumns, "")
		}
	}
	for _, v := range spec.Virtual {
		check("virtual "+v.From.String(), v.From, v.FromColumns, v.To, v.ToColumns, v.Where)
	}
	return out
}

func name(s string) schema.Name { return schema.Name{Schema: "public", Name: s} }

var shopSpec = Spec{
	Roots: []Root{{Table: name("orgs"), Where: "id <= 2"}},
	Full:  []schema.Name{name("countries")},
	Virtual: []VirtualFK{
		{From: name("comments"), FromColumns: []string{"commentable_id"}, To: name("posts"), ToColumns: []string{"id"}, Where: "commentable_type = 'Post'"},
		{From: name("comments"), FromColumns: []string{"commentable_id"}, To: name("orders"), ToColumns: []string{"id"}, Where: "commentable_type = 'Order'"},
		{From: name("webhooks_log"), FromColumns: []string{"payload->>'order_id'"}, To: name("orders"), ToColumns: []string{"id"}},
	},
}

func TestClosureIsConsistent(t *testing.T) {
	db := shop(t)
	spec := shopSpec
	res, m := compute(t, db, &spec)
	materialize(t, db, m, res)
	require.Empty(t, orphans(t, db, m, &spec))

	// The roots, and their children all the way down.
	require.EqualValues(t, 2, count(t, db, `SELECT count(*) FROM chk."public.orgs" WHERE id <= 2`))
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM public.users u WHERE org_id <= 2 AND NOT EXISTS (SELECT FROM chk."public.users" c WHERE c.id = u.id)`),
		"every user of a root org is its child")
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM public.orders o JOIN public.users u ON u.id = o.user_id
		WHERE u.org_id <= 2 AND NOT EXISTS (SELECT FROM chk."public.orders" c WHERE c.id = o.id)`), "their orders come along")
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM public.events e JOIN public.users u ON u.id = e.user_id
		WHERE u.org_id <= 2 AND NOT EXISTS (SELECT FROM chk."public.events" c WHERE c.user_id = e.user_id AND c.at = e.at)`),
		"rows of a table without a key come along by their reference")
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM public.comments cm JOIN public.posts p ON p.id::text = cm.commentable_id
		JOIN chk."public.posts" cp ON cp.id = p.id WHERE cm.commentable_type = 'Post' AND NOT EXISTS (SELECT FROM chk."public.comments" c WHERE c.id = cm.id)`),
		"a polymorphic reference is followed to children")
	require.NotZero(t, count(t, db, `SELECT count(*) FROM chk."public.payments"`), "a partitioned table's rows span its partitions")
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM public.webhooks_log w JOIN chk."public.orders" o ON o.id::text = w.payload->>'order_id'
		WHERE NOT EXISTS (SELECT FROM chk."public.webhooks_log" c WHERE c.id = w.id)`), "a reference held in jsonb is followed to children")
	require.NotZero(t, count(t, db, `SELECT count(*) FROM chk."public.webhooks_log"`))

	// Rows pulled in only as parents do not bring their children: an org
	// outside the roots may own a selected user's coupon, not its users.
	outside := count(t, db, `SELECT count(*) FROM chk."public.users" WHERE org_id > 2`)
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM chk."public.orgs" o WHERE id > 2
		AND (SELECT count(*) FROM chk."public.users" u WHERE u.org_id = o.id) = (SELECT count(*) FROM public.users u WHERE u.org_id = o.id)
		AND (SELECT count(*) FROM public.users u WHERE u.org_id = o.id) > 1`), "parent-only orgs do not bring all their users")
	_ = outside

	// Counts: the result matches what was materialized, the full table is
	// whole, and every table says how its rows came.
	for _, tr := range res.Tables {
		switch tr.Table.Name {
		case "countries":
			require.Equal(t, "full", tr.Mode)
			require.EqualValues(t, 3, tr.Selected)
		case "users":
			require.Equal(t, "sampled", tr.Mode)
			require.EqualValues(t, count(t, db, `SELECT count(*) FROM chk."public.users"`), tr.Selected)
			require.NotEmpty(t, tr.Pulled)
		case "events":
			require.Equal(t, "keyless", tr.Mode)
			require.EqualValues(t, count(t, db, `SELECT count(*) FROM chk."public.events"`), tr.Selected)
		}
		require.LessOrEqual(t, tr.Selected, tr.Total, tr.Table.String())
	}
	require.Positive(t, res.KeyBytes)
}

func TestPoliciesAndDanglingNull(t *testing.T) {
	db := shop(t)
	spec := shopSpec
	spec.Children = &Policy{Mode: All}
	spec.Tables = []TablePolicy{{Table: name("orders"), Children: Policy{Mode: None}}}
	spec.Edges = []Edge{
		{Table: name("orders"), Columns: []string{"user_id"}, Children: &Policy{Mode: Limit, N: 2}},
		{Table: name("users"), Columns: []string{"referrer_id"}, DanglingNull: true, Children: &Policy{Mode: None}},
	}
	res, m := compute(t, db, &spec)
	materialize(t, db, m, res)
	require.Empty(t, orphans(t, db, m, &spec))
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM (SELECT user_id FROM chk."public.orders" o
		WHERE EXISTS (SELECT FROM chk."public.users" u WHERE u.id = o.user_id AND u.org_id <= 2)
		GROUP BY user_id HAVING count(*) > 2) x`), "at most two orders per selected user")
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM chk."public.order_items"`), "orders' children: none")
	require.NotZero(t, count(t, db, `SELECT count(*) FROM public.users u JOIN chk."public.users" c ON c.id = u.id
		WHERE u.referrer_id IS NOT NULL AND c.referrer_id IS NULL`), "a dangling referrer is set to NULL")
	tr := res.Table(name("users"))
	require.Len(t, tr.Nulled, 1)

	// The same spec on the same data chooses the same rows.
	again, _ := compute(t, db, &spec)
	for _, tr := range res.Tables {
		require.Equal(t, tr.Selected, again.Table(tr.Table).Selected, tr.Table.String())
	}
}

func TestStableSample(t *testing.T) {
	db := shop(t)
	spec := Spec{Roots: []Root{{Table: name("orders"), Percent: 10}, {Table: name("posts"), Limit: 5}}, Children: &Policy{Mode: None}}
	first, m := compute(t, db, &spec)
	materialize(t, db, m, first)
	require.Empty(t, orphans(t, db, m, &spec))
	ordersBefore := count(t, db, `SELECT count(*) FROM chk."public.orders"`)
	require.InDelta(t, 100, ordersBefore, 40, "10%% of 1000 orders, by hash")
	require.EqualValues(t, 5, count(t, db, `SELECT count(*) FROM chk."public.posts"`))
	_, err := pgxExec(db, `CREATE TABLE before AS SELECT * FROM chk."public.orders"`)
	require.NoError(t, err)

	// A night later: one order more in production. The sample is the same
	// plus what the new order brings, if the hash chooses it.
	_, err = pgxExec(db, `INSERT INTO orders SELECT g, 1, date '2025-01-01', NULL FROM generate_series(1001, 1100) g`)
	require.NoError(t, err)
	second, _ := compute(t, db, &spec)
	materialize(t, db, m, second)
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM before b WHERE NOT EXISTS (SELECT FROM chk."public.orders" c WHERE c.id = b.id)`),
		"every order sampled last night is sampled again")
	require.EqualValues(t, 0, count(t, db, `SELECT count(*) FROM chk."public.orders" c WHERE c.id <= 1000 AND NOT EXISTS (SELECT FROM before b WHERE c.id = b.id)`),
		"no old order joins the sample")
	require.Greater(t, count(t, db, `SELECT count(*) FROM chk."public.orders"`), ordersBefore, "new orders are sampled at the same rate")
}

func pgxExec(db, sql string) (int64, error) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	tag, err := conn.Exec(ctx, sql)
	return tag.RowsAffected(), err
}

func TestArrayLiteralsReadBack(t *testing.T) {
	db := pgtest.Database(t, pgtest.Empty)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	nasty := []string{"plain", `quote " and \ backslash`, "it's", "$k$", "ends with $k", "$k0$ and $k$", "{braces}", "comma,", " spaced ", "NULL", "", "ünïcødé"}
	lit := arrayLiteral(nasty, "text")
	var back []string
	require.NoError(t, conn.QueryRow(ctx, "SELECT "+lit).Scan(&back))
	require.Equal(t, nasty, back)

	c := codec{types: []string{`"pg_catalog"."text"`, `"pg_catalog"."int4"`}}
	o := operand{exprs: []string{"a", "b"}, types: c.types}
	vs := []value{{s: tupleString([][]byte{[]byte("a'b"), []byte("1")})}, {s: tupleString([][]byte{[]byte(`x"y`), []byte("2")})}}
	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM (VALUES ('a''b', 1), ('x\"y', 2), ('a''b', 2)) v(a, b) WHERE "+
		o.in(c, vs)).Scan(&n))
	require.Equal(t, 2, n)
	require.Equal(t, []string{"a'b", "1"}, splitTuple(vs[0].s, 2))

	// Integers outside an int2 operand's range match nothing, and are left
	// out rather than failing the cast.
	small := operand{exprs: []string{"x"}, types: []string{`"pg_catalog"."int2"`}, bits: 16}
	ints := codec{integer: true}
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM (VALUES (1::int2), (2::int2)) v(x) WHERE "+
		small.in(ints, []value{{i: 1}, {i: 70000}, {i: -70000}})).Scan(&n))
	require.Equal(t, 1, n)
	require.Equal(t, "false", small.in(ints, []value{{i: 1 << 40}}))
}

// TestRootFilterCopy: a table chosen by a where: root alone is read by that
// filter; once the closure adds rows (a self-reference's parents), by keys.
func TestRootFilterCopy(t *testing.T) {
	db := shop(t)
	spec := Spec{Roots: []Root{{Table: name("categories"), Where: "id = 3"}, {Table: name("countries"), Where: "code = 'de'"}}, Children: &Policy{Mode: None}}
	res, m := compute(t, db, &spec)
	materialize(t, db, m, res)
	require.Empty(t, orphans(t, db, m, &spec))
	require.EqualValues(t, 3, count(t, db, `SELECT count(*) FROM chk."public.categories"`), "category 3, its parent and grandparent")
	sel := res.Select(m.Table(name("countries")), []string{"code", "name"})
	require.Len(t, sel.Queries, 1)
	require.Contains(t, sel.Queries[0], "WHERE (code = 'de')")
	sel = res.Select(m.Table(name("categories")), []string{"id"})
	require.Contains(t, sel.Queries[0], "ANY(")
}

// empty is a database made from the SQL given.
func empty(t *testing.T, sql string) string {
	t.Helper()
	db := pgtest.Database(t, pgtest.Empty)
	_, err := pgxExec(db, sql)
	require.NoError(t, err)
	_, err = pgxExec(db, "ANALYZE")
	require.NoError(t, err)
	return db
}

// Found by the property test: a UNIQUE NULLS NOT DISTINCT key may hold one
// NULL, so it cannot hold rows; the table is chosen by its references, and
// its NULL-keyed row comes along.
func TestNullableUniqueKeyIsNoKey(t *testing.T) {
	db := empty(t, `CREATE TABLE p (id int PRIMARY KEY);
		CREATE TABLE u (code int UNIQUE NULLS NOT DISTINCT, n int NOT NULL, p_id int REFERENCES p);
		INSERT INTO p VALUES (1), (2); INSERT INTO u VALUES (10, 1, 1), (NULL, 2, 1), (20, 3, 2);`)
	spec := Spec{Roots: []Root{{Table: name("p"), Where: "id = 1"}}}
	res, m := compute(t, db, &spec)
	require.Equal(t, "keyless", res.Table(name("u")).Mode)
	materialize(t, db, m, res)
	require.EqualValues(t, 2, count(t, db, `SELECT count(*) FROM chk."public.u"`))
	require.EqualValues(t, 1, count(t, db, `SELECT count(*) FROM chk."public.u" WHERE code IS NULL`))
}

// Found by the property test: dangling: null on a composite reference
// leaves a partly NULL value alone (MATCH SIMPLE: it references nothing).
func TestDanglingNullKeepsPartialNull(t *testing.T) {
	db := empty(t, `CREATE TABLE p (a int, b text, PRIMARY KEY (a, b));
		CREATE TABLE c (id int PRIMARY KEY, pa int, pb text, FOREIGN KEY (pa, pb) REFERENCES p);
		INSERT INTO p VALUES (1, 'x'); INSERT INTO c VALUES (1, 5, NULL), (2, 1, 'x');`)
	spec := Spec{Roots: []Root{{Table: name("c"), Where: "id <= 2"}},
		Edges: []Edge{{Table: name("c"), Columns: []string{"pa", "pb"}, DanglingNull: true}}}
	res, m := compute(t, db, &spec)
	materialize(t, db, m, res)
	require.EqualValues(t, 1, count(t, db, `SELECT count(*) FROM chk."public.c" WHERE id = 1 AND pa = 5 AND pb IS NULL`))
	require.EqualValues(t, 1, count(t, db, `SELECT count(*) FROM chk."public.c" WHERE id = 2 AND pa IS NULL AND pb IS NULL`),
		"the parent (1, x) is not in the sample: the reference dangles and is set to NULL")

	// With the parent excluded, every complete reference is set to NULL,
	// and the partly NULL one still kept.
	spec.Exclude = []schema.Name{name("p")}
	res, m = compute(t, db, &spec)
	materialize(t, db, m, res)
	require.EqualValues(t, 1, count(t, db, `SELECT count(*) FROM chk."public.c" WHERE id = 1 AND pa = 5 AND pb IS NULL`))
	require.EqualValues(t, 1, count(t, db, `SELECT count(*) FROM chk."public.c" WHERE id = 2 AND pa IS NULL`))
}

// A root on a full table says whose children come along: every row is
// copied, and the children of the rows its where: chooses.
func TestRootOnFullTable(t *testing.T) {
	db := shop(t)
	spec := Spec{Roots: []Root{{Table: name("countries"), Where: "code = 'fr'"}}, Full: []schema.Name{name("countries")}}
	res, m := compute(t, db, &spec)
	materialize(t, db, m, res)
	require.Empty(t, orphans(t, db, m, &spec))
	require.EqualValues(t, 3, count(t, db, `SELECT count(*) FROM chk."public.countries"`))
	require.Equal(t, count(t, db, `SELECT count(*) FROM public.orgs WHERE country = 'fr'`),
		count(t, db, `SELECT count(*) FROM chk."public.orgs" WHERE country = 'fr'`), "the French orgs are the root's children")
	require.Zero(t, count(t, db, `SELECT count(*) FROM chk."public.orgs" o WHERE country = 'de'
		AND (SELECT count(*) FROM chk."public.users" u WHERE u.org_id = o.id) = 10`), "German orgs come only as parents")
	spec.Roots[0].Percent = 10
	conn, m2 := snapshot(t, db)
	_, err := Compute(context.Background(), conn, m2, &spec, Options{})
	require.ErrorContains(t, err, "takes where: alone")
}

// dangling: null on a reference to a unique key that is not the parent's
// row key (found by the property test).
func TestDanglingNullToUniqueKey(t *testing.T) {
	db := shop(t)
	spec := Spec{Roots: []Root{{Table: name("orders"), Where: "id <= 60"}}, Children: &Policy{Mode: None},
		Edges: []Edge{{Table: name("orders"), Columns: []string{"coupon_email"}, DanglingNull: true}}}
	res, m := compute(t, db, &spec)
	materialize(t, db, m, res)
	require.Empty(t, orphans(t, db, m, &spec))
	require.NotZero(t, count(t, db, `SELECT count(*) FROM public.orders o JOIN chk."public.orders" c ON c.id = o.id
		WHERE o.coupon_email IS NOT NULL AND c.coupon_email IS NULL`), "some coupons dangle and are set to NULL")
	require.NotZero(t, count(t, db, `SELECT count(*) FROM chk."public.orders" WHERE coupon_email IS NOT NULL`), "others name a selected user and stay")
}

// TestSelectWithinRangesAddUp: the copy reads a large table in ctid
// ranges, each narrowing the selection (SelectWithin); the ranges'
// selections together are the table's, for every way a table is read: by
// keys, by a keyless unit's predicate (an OR of conditions), by a root
// filter, and a full table whose dangling references are set to NULL.
func TestSelectWithinRangesAddUp(t *testing.T) {
	db := shop(t)
	spec := shopSpec
	spec.Roots = append(spec.Roots, Root{Table: name("categories"), Where: "id = 3"}, Root{Table: name("events"), Where: "user_id > 190"})
	spec.Full = append(spec.Full, name("audit"))
	spec.Edges = []Edge{{Table: name("audit"), Columns: []string{"user_id"}, DanglingNull: true}}
	res, m := compute(t, db, &spec)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	defer conn.Close(ctx)
	sum := func(queries []string) string {
		if len(queries) == 0 {
			return "0:"
		}
		var n int64
		var s *string
		q := "SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (" + strings.Join(queries, " UNION ALL ") + ") t"
		require.NoError(t, conn.QueryRow(ctx, q).Scan(&n, &s), q)
		if s == nil {
			return "0:"
		}
		return fmt.Sprintf("%d:%s", n, *s)
	}
	modes, narrowed := map[string]bool{}, map[string]bool{}
	for _, tb := range m.Tables {
		if !tb.HasData() {
			continue
		}
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, c.Name)
		}
		whole := res.Select(tb, cols)
		var mid string
		err := conn.QueryRow(ctx, "SELECT ctid::text FROM ONLY "+tb.Name.Sanitize()+" ORDER BY ctid OFFSET (SELECT count(*) / 2 FROM ONLY "+tb.Name.Sanitize()+") LIMIT 1").Scan(&mid)
		if errors.Is(err, pgx.ErrNoRows) {
			continue
		}
		require.NoError(t, err)
		below := res.SelectWithin(tb, cols, "ctid < "+pgsql.QuoteLiteral(mid)+"::tid")
		above := res.SelectWithin(tb, cols, "ctid >= "+pgsql.QuoteLiteral(mid)+"::tid")
		if whole.Whole {
			require.True(t, below.Whole && above.Whole, tb.Name.String())
			continue
		}
		modes[res.Table(rootOf(m, tb).Name).Mode] = true
		require.Equal(t, sum(whole.Queries), sum(append(below.Queries, above.Queries...)), tb.Name.String())
		if sum(below.Queries) != "0:" && sum(above.Queries) != "0:" {
			narrowed[res.Table(rootOf(m, tb).Name).Mode] = true
		}
	}
	require.Equal(t, map[string]bool{"sampled": true, "keyless": true, "full": true}, modes)
	require.Equal(t, modes, narrowed, "in each mode, rows on both sides of a range's bound")
}

// Found by the property test (seed 1796276842841703503): a table without a
// primary key or unique constraint, but with a unique index over NOT NULL
// columns, is keyed by that index, so an edge's { limit: N } chooses N
// children per parent there; the same table without the index is keyless
// and brings them all. The parent is keyless itself (its only unique key is
// a nullable UNIQUE NULLS NOT DISTINCT one), the reference is int8 to int4,
// and the edge's policy beats the parent table's children: none.
func TestLimitIntoTableKeyedByUniqueIndex(t *testing.T) {
	db := empty(t, `CREATE SCHEMA "Sub Set";
		CREATE TABLE "Sub Set".t1 (code int4, n int4 NOT NULL, UNIQUE NULLS NOT DISTINCT (code));
		CREATE TABLE t4 (n int4 NOT NULL, full_name text NOT NULL, team text NOT NULL, r0_code int8 REFERENCES "Sub Set".t1 (code));
		CREATE UNIQUE INDEX t4_name_key ON t4 (full_name, team);
		CREATE TABLE t5 (n int4 NOT NULL, r0_code int8 REFERENCES "Sub Set".t1 (code));
		INSERT INTO "Sub Set".t1 VALUES (1001, 1), (1002, 2), (1003, 3), (1004, 4), (NULL, 5);
		-- 1001: three children, 1002: two, 1003: one, 1004: none; two reference nothing.
		INSERT INTO t4 SELECT g, 'name ' || g, 'team ' || g % 2, c
		  FROM unnest(ARRAY[1001, 1001, 1001, 1002, 1002, 1003, NULL, NULL]) WITH ORDINALITY u(c, g);
		INSERT INTO t5 SELECT n, r0_code FROM t4;`)
	t1 := schema.Name{Schema: "Sub Set", Name: "t1"}
	spec := Spec{
		Roots:  []Root{{Table: t1}},
		Tables: []TablePolicy{{Table: t1, Children: Policy{Mode: None}}},
		Edges: []Edge{
			{Table: name("t4"), Columns: []string{"r0_code"}, Children: &Policy{Mode: Limit, N: 1}},
			{Table: name("t5"), Columns: []string{"r0_code"}, Children: &Policy{Mode: Limit, N: 1}},
		},
	}
	res, m := compute(t, db, &spec)
	require.Equal(t, "keyless", res.Table(t1).Mode)
	require.Equal(t, "sampled", res.Table(name("t4")).Mode, "keyed by its unique index over NOT NULL columns")
	require.Equal(t, "keyless", res.Table(name("t5")).Mode)
	materialize(t, db, m, res)
	require.Empty(t, orphans(t, db, m, &spec))
	require.EqualValues(t, 5, count(t, db, `SELECT count(*) FROM chk."Sub Set.t1"`), "the root: every row, the NULL-keyed one too")
	require.EqualValues(t, 3, count(t, db, `SELECT count(*) FROM chk."public.t4"`), "one child for each of 1001, 1002 and 1003")
	require.EqualValues(t, 3, count(t, db, `SELECT count(DISTINCT r0_code) FROM chk."public.t4"`))
	require.EqualValues(t, 6, count(t, db, `SELECT count(*) FROM chk."public.t5"`), "without a key, limit brings every child")
	require.EqualValues(t, 3, res.Table(name("t4")).Pulled[0].Rows)
	require.Contains(t, strings.Join(res.Table(name("t5")).Notes, "\n"), "brings all its rows")

	// Without the edge rules, the parent table's children: none holds.
	spec.Edges = nil
	res, m = compute(t, db, &spec)
	materialize(t, db, m, res)
	require.Zero(t, count(t, db, `SELECT count(*) FROM chk."public.t4"`))
	require.Zero(t, count(t, db, `SELECT count(*) FROM chk."public.t5"`))
}

// Found by the property test: a root's order names a table column, not
// the select list's text cast of it, so an integer key sorts as a number
// (1, 2, 3), not as text (1, 10, 100).
func TestLimitByOrderSortsTheColumn(t *testing.T) {
	db := empty(t, `CREATE TABLE r (n int PRIMARY KEY, label text);
		INSERT INTO r SELECT i, 'row ' || i FROM generate_series(1, 120) i;
		CREATE TABLE u (code text NOT NULL, n int NOT NULL, UNIQUE (code, n));
		INSERT INTO u SELECT 'c' || (i % 3), i FROM generate_series(1, 120) i;`)
	for _, tc := range []struct {
		table string
		order []string
		want  string
	}{
		{"r", []string{"n"}, "1,2,3,4"},
		{"u", []string{"n"}, "1,2,3,4"},
		{"u", []string{"n DESC"}, "117,118,119,120"},
	} {
		spec := Spec{Roots: []Root{{Table: name(tc.table), Limit: 4, Order: tc.order}}}
		res, m := compute(t, db, &spec)
		materialize(t, db, m, res)
		var got string
		conn, err := pgx.Connect(context.Background(), db)
		require.NoError(t, err)
		require.NoError(t, conn.QueryRow(context.Background(), `SELECT string_agg(n::text, ',' ORDER BY n) FROM chk."public.`+tc.table+`"`).Scan(&got))
		require.NoError(t, conn.Close(context.Background()))
		require.Equal(t, tc.want, got, "%s ordered by %v", tc.table, tc.order)
	}
}
