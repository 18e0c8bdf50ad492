package pgsql

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func parseAll(t testing.TB, conds ...string) []Expr {
	t.Helper()
	out := make([]Expr, len(conds))
	for i, c := range conds {
		if c == "" {
			continue
		}
		e, err := ParseCondition(c)
		require.NoError(t, err, c)
		out[i] = e
	}
	return out
}

// sequential is what the pipeline does without a dispatch: the first rule
// whose condition holds, or whose condition is absent.
func sequential(t testing.TB, conds []Expr, r Row) int {
	t.Helper()
	for i, c := range conds {
		if c == nil {
			return i
		}
		ok, err := Holds(c, r)
		require.NoError(t, err)
		if ok {
			return i
		}
	}
	return -1
}

func TestKeyDispatch(t *testing.T) {
	t.Parallel()
	conds := parseAll(t, "key = 'a'", "key IN ('b', 'c', 'a')", "'d' = key", "")
	d := NewKeyDispatch(conds)
	require.NotNil(t, d)
	require.Equal(t, "key", d.Column())
	for v, want := range map[any]int{"a": 0, "b": 1, "c": 1, "d": 2, "e": 3, "A": 3, "": 3, nil: 3} {
		r := row{"key": v}
		got, err := d.Rule(r)
		require.NoError(t, err)
		require.Equal(t, want, got, "%v", v)
		require.Equal(t, sequential(t, conds, r), got, "%v", v)
	}
	_, err := d.Rule(row{"other": "a"})
	var missing *MissingColumnError
	require.ErrorAs(t, err, &missing)

	got, err := NewKeyDispatch(parseAll(t, "key = 'a'")).Rule(row{"key": "z"})
	require.NoError(t, err)
	require.Equal(t, -1, got, "no rule applies: the value is kept")

	// Other shapes are evaluated one by one.
	for _, c := range [][]string{
		{"key = 'a'", "other = 'b'"},
		{"key = 5"},
		{"key = '5'::int"},
		{"key = 'a'::text"},
		{"key <> 'a'"},
		{"key NOT IN ('a')"},
		{"key IN ('a', other)"},
		{"key = 'a' AND other = 'b'"},
		{"key LIKE 'a%'"},
		{"key IN ('a', NULL)"},
		{""},
	} {
		require.Nil(t, NewKeyDispatch(parseAll(t, c...)), "%q", c)
	}
}

// TestKeyDispatchAgrees: on random rule lists of the dispatch's shape and
// random rows, the dispatch picks the rule the sequential scan picks.
func TestKeyDispatchAgrees(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []string{"a", "b", "c", "d", "e", "f", "it's", `back\slash`, "ключ"}
	quote := func(k string) string {
		out := ""
		for _, r := range k {
			if r == '\'' {
				out += "''"
				continue
			}
			out += string(r)
		}
		return "'" + out + "'"
	}
	for n := 0; n < 200; n++ {
		var conds []string
		for i, rules := 0, 1+rng.IntN(5); i < rules; i++ {
			if rng.IntN(2) == 0 {
				conds = append(conds, "key = "+quote(keys[rng.IntN(len(keys))]))
				continue
			}
			list := ""
			for j, m := 0, 1+rng.IntN(3); j < m; j++ {
				if j > 0 {
					list += ", "
				}
				list += quote(keys[rng.IntN(len(keys))])
			}
			conds = append(conds, "key IN ("+list+")")
		}
		if rng.IntN(2) == 0 {
			conds = append(conds, "")
		}
		es := parseAll(t, conds...)
		d := NewKeyDispatch(es)
		require.NotNil(t, d, "%q", conds)
		for _, k := range append(keys, "zz", "") {
			r := row{"key": k}
			got, err := d.Rule(r)
			require.NoError(t, err)
			require.Equal(t, sequential(t, es, r), got, "%q on %q", conds, k)
		}
		got, err := d.Rule(row{"key": nil})
		require.NoError(t, err)
		require.Equal(t, sequential(t, es, row{"key": nil}), got, "%q on NULL", conds)
	}
}

// pointerRow is a Row that does not allocate, as the pipeline's.
type pointerRow struct {
	col string
	v   []byte
}

func (r *pointerRow) Value(c string) ([]byte, bool, bool) {
	if c != r.col {
		return nil, false, false
	}
	return r.v, false, true
}

// BenchmarkKeyRules: the rules init writes for WordPress's wp_postmeta
// (eleven groups of keys), on a row whose key none of them names, which
// is most rows: one by one, and through the dispatch.
func BenchmarkKeyRules(b *testing.B) {
	conds := parseAll(b, "meta_key = '_billing_email'", "meta_key = '_billing_first_name'", "meta_key = '_billing_last_name'",
		"meta_key = '_billing_phone'", "meta_key IN ('_billing_address_1', '_shipping_address_1')", "meta_key = '_billing_city'",
		"meta_key = '_billing_company'", "meta_key = '_billing_country'", "meta_key = '_customer_ip_address'",
		"meta_key = '_billing_postcode'", "meta_key = '_customer_user_agent'", "")
	r := &pointerRow{"meta_key", []byte("_regular_price")}
	b.Run("sequential", func(b *testing.B) {
		for b.Loop() {
			for _, c := range conds {
				if c == nil {
					break
				}
				if ok, _ := Holds(c, r); ok {
					break
				}
			}
		}
	})
	b.Run("dispatch", func(b *testing.B) {
		d := NewKeyDispatch(conds)
		for b.Loop() {
			_, _ = d.Rule(r)
		}
	})
}
