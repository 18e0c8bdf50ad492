package verify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

func TestLeakFailed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		leak   Leak
		failed bool
	}{
		{"no hit", Leak{Rows: 100, Unique: true}, false},
		{"unique transformer, one hit", Leak{Rows: 1000, Equal: 1, Unique: true}, true},
		{"list transformer, coincidence", Leak{Rows: 1000, Equal: 10}, false},
		{"list transformer, rule removed", Leak{Rows: 1000, Equal: 1000}, true},
		{"list transformer, just above the share", Leak{Rows: 1000, Equal: 11}, true},
		{"conditional rule", Leak{Rows: 1000, Equal: 1000, Unique: true, Conditional: true}, false},
		// Sets of values: a permutation's fake equals another row's value
		// now and then; a rule removed still fails.
		{"no row key, unique transformer, coincidences", Leak{Rows: 250500, Equal: 7, Unique: true, Method: MethodHashedSet}, false},
		{"no row key, unique transformer, rule removed", Leak{Rows: 1000, Equal: 1000, Unique: true, Method: MethodHashedSet}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.failed, tc.leak.Failed())
			require.Equal(t, tc.leak.Equal > 0 && !tc.failed, tc.leak.Expected() != "")
		})
	}
}

func TestOptionSecret(t *testing.T) {
	require.Equal(t, "password_option", optionSecret([]string{"user=app", "password=hunter2"}))
	require.Equal(t, "url_credentials", optionSecret([]string{"dsn=postgres://app:hunter2@db/x"}))
	require.Equal(t, "url_credentials", optionSecret([]string{"conninfo=host=db password=hunter2"}))
	require.Empty(t, optionSecret([]string{"host=db", "port=5432", "dbname=reports"}))
	require.Empty(t, optionSecret([]string{"password="}))
}

func TestPasswordSetting(t *testing.T) {
	require.True(t, passwordSetting.MatchString(`PERFORM dblink_connect('host=db password=hunter2')`))
	require.True(t, passwordSetting.MatchString(`password = 'x'`))
	require.False(t, passwordSetting.MatchString(`-- the password is checked by the app`))
}

func TestFailuresNameEveryFinding(t *testing.T) {
	rep := &Report{
		Integrity: []ForeignKeyCheck{
			{Name: "ok_fkey", Table: "public.a", References: "public.b", Validated: true, Rows: 5},
			{Name: "orders_fkey", Table: "public.items", References: "public.orders", Validated: true, Rows: 9, Violations: 2},
			{Name: "late_fkey", Table: "public.c", References: "public.d", Rows: 1},
		},
		Leaks: []Leak{
			{Table: "public.users", Column: "email", Rows: 10, Equal: 3, Unique: true},
			{Table: "public.users", Column: "city", Rows: 1000, Equal: 2},
		},
		Credentials: []Credential{{Table: "public.comments", Column: "body", Detector: "stripe_key", Rows: 1, RowKeys: []string{"(1)"}}},
		Catalog: []CatalogFinding{
			{Category: CategoryCluster, Kind: "role_password", Object: "app", Detector: "role_password"},
			{Category: CategoryDatabase, Kind: "user_mapping", Object: "srv for app", Detector: "password_option"},
		},
	}
	require.Equal(t, []string{
		"integrity: orders_fkey on public.items: 2 of 9 rows reference missing rows of public.orders",
		"integrity: late_fkey on public.c is not validated",
		"leak: public.users.email: 3 of 10 rows equal the source",
		"credential: public.comments.body: stripe_key in 1 rows (rows (1))",
		"credential: user_mapping srv for app: password_option",
	}, rep.Failures())
	require.True(t, rep.Failed())
	require.False(t, (&Report{Catalog: rep.Catalog[:1]}).Failed(), "role passwords do not fail the check")
}

func TestKeyedQueryOrdersBytewise(t *testing.T) {
	// Identifiers are quoted as PostgreSQL's quote_ident does: only when
	// they would not read back unchanged (upper case, a keyword).
	q := keyedQuery(nameOf("public", "Order Items"), "", []string{"id", "order"}, false, []leakColumn{{name: "Note", paths: []string{"$.email"}}, {name: "city"}})
	require.Contains(t, q, `(ROW(id, "order")::text) COLLATE "C"`)
	require.Contains(t, q, `city::text, true FROM ONLY "public"."Order Items" ORDER BY 1`)
	require.Contains(t, q, `jsonb_path_exists("Note"::jsonb, '$.email ? (@.type() == "string" && @ != "")'::jsonpath)`)

	// An integer key is read in its own order and compared as numbers.
	q = keyedQuery(nameOf("public", "Order Items"), "", []string{"id", "line"}, true, []leakColumn{{name: "city"}})
	require.Equal(t, `SELECT id::int8, line::int8, city::text, true FROM ONLY "public"."Order Items" ORDER BY id, line`, q)
}

func ExampleReport_Failures() {
	rep := &Report{Leaks: []Leak{{Table: "public.customers", Column: "email", Method: "row key", Rows: 1000, Equal: 3, Unique: true}}}
	fmt.Println(strings.Join(rep.Failures(), "\n"))
	// Output: leak: public.customers.email: 3 of 1000 rows equal the source
}

func nameOf(s, n string) schema.Name { return schema.Name{Schema: s, Name: n} }

// Noise multiplies: zero (and NaN, infinities) stays as it is by design and
// is no leak; any other equal value is.
func TestNoiseFixedPointsAreNoLeak(t *testing.T) {
	plan := &rules.ColumnPlan{Rules: []*rules.AppliedRule{{Transform: "noise"}}}
	c := leakColumn{name: "balance", fixed: fixedPoints(plan)}
	for _, v := range []string{"0", "0.00", "-0", "NaN", "Infinity"} {
		require.False(t, c.counts(v), v)
	}
	for _, v := range []string{"5", "52000.75", "-1"} {
		require.True(t, c.counts(v), v)
	}
	// An array's elements are moved one by one.
	for _, v := range []string{"{0}", "{}", "{0,NULL,NaN}", "{{0,0},{0,0}}"} {
		require.False(t, c.counts(v), v)
	}
	for _, v := range []string{"{0,5}", "{61.3}", "{{0,1},{0,0}}"} {
		require.True(t, c.counts(v), v)
	}
	require.False(t, c.counts("  "), "blanks never count")
	other := leakColumn{fixed: fixedPoints(&rules.ColumnPlan{Rules: []*rules.AppliedRule{{Transform: "hash"}}})}
	require.True(t, other.counts("0"), "for other transformers a zero kept is a leak")
}

// scrub_text writes a text without entities back as it is: such a row is
// no leak, one that still holds an entity is.
func TestScrubTextKeptTextIsNoLeak(t *testing.T) {
	compiled, err := anonymize.NewRegistry().Compile("scrub_text", map[string]any{"kinds": []any{"email"}},
		anonymize.Column{Name: "notes", Type: anonymize.TypeText}, anonymize.Options{Secret: []byte("s")})
	require.NoError(t, err)
	plan := &rules.ColumnPlan{Rules: []*rules.AppliedRule{{Transform: "scrub_text", Compiled: compiled}}}
	c := leakColumn{name: "notes", fixed: fixedPoints(plan)}
	require.False(t, c.counts("Refund approved, nothing else to do."))
	require.False(t, c.counts("call +44 20 7946 0958"), "phones are not among this rule's kinds")
	require.True(t, c.counts("write to ann@corp.com"))
}
