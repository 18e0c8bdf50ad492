package pgsql

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

// row is a Row for tests: a string value, or nil for NULL.
type row map[string]any

func (r row) Value(column string) ([]byte, bool, bool) {
	v, ok := r[column]
	if !ok {
		return nil, false, false
	}
	if v == nil {
		return nil, true, true
	}
	return []byte(v.(string)), false, true
}

func TestEval(t *testing.T) {
	t.Parallel()
	tests := []struct {
		cond string
		row  row
		want Tri
	}{
		// The rules file's examples.
		{"key IN ('smtp_password', 'stripe_secret_key')", row{"key": "smtp_password"}, True},
		{"key IN ('smtp_password', 'stripe_secret_key')", row{"key": "site_name"}, False},
		{"key IN ('smtp_password', 'stripe_secret_key')", row{"key": nil}, Unknown},
		{"kind = 'webhook' AND value LIKE 'https://%'", row{"kind": "webhook", "value": "https://hooks.example.com/x"}, True},
		{"kind = 'webhook' AND value LIKE 'https://%'", row{"kind": "webhook", "value": "http://x"}, False},
		{"kind = 'webhook' AND value LIKE 'https://%'", row{"kind": "email", "value": nil}, False},
		{"kind = 'webhook' AND value LIKE 'https://%'", row{"kind": "webhook", "value": nil}, Unknown},
		{"NOT (country IS NULL) OR plan ILIKE 'ent%'", row{"country": nil, "plan": "Enterprise"}, True},
		{"NOT (country IS NULL) OR plan ILIKE 'ent%'", row{"country": nil, "plan": "free"}, False},
		{"NOT (country IS NULL) OR plan ILIKE 'ent%'", row{"country": nil, "plan": nil}, Unknown},

		// Three-valued logic.
		{"a = 1 AND b = 1", row{"a": "0", "b": nil}, False},
		{"a = 1 AND b = 1", row{"a": "1", "b": nil}, Unknown},
		{"a = 1 OR b = 1", row{"a": "1", "b": nil}, True},
		{"a = 1 OR b = 1", row{"a": "0", "b": nil}, Unknown},
		{"NOT a = 1", row{"a": nil}, Unknown},
		{"a = NULL", row{"a": nil}, Unknown},
		{"a <> NULL", row{"a": "1"}, Unknown},
		{"a IS NULL", row{"a": nil}, True},
		{"a IS NOT NULL", row{"a": ""}, True},
		{"(a = 1) IS NULL", row{"a": nil}, True},
		{"(a = 1) IS UNKNOWN", row{"a": nil}, True},
		{"(a = 1) IS NOT TRUE", row{"a": nil}, True},
		{"(a = 1) IS FALSE", row{"a": nil}, False},
		{"(a = 1) IS NOT FALSE", row{"a": nil}, True},
		{"(a = 1) IS TRUE", row{"a": "1"}, True},
		{"(a = 1) IS NOT UNKNOWN", row{"a": "2"}, True},
		{"a IS DISTINCT FROM b", row{"a": nil, "b": nil}, False},
		{"a IS DISTINCT FROM b", row{"a": "1", "b": nil}, True},
		{"a IS NOT DISTINCT FROM b", row{"a": nil, "b": nil}, True},
		{"a IS NOT DISTINCT FROM 1", row{"a": "1.0"}, True},
		{"a IN (1, NULL)", row{"a": "1"}, True},
		{"a IN (1, NULL)", row{"a": "2"}, Unknown},
		{"a NOT IN (1, NULL)", row{"a": "2"}, Unknown},
		{"a NOT IN (1, 2)", row{"a": "3"}, True},
		{"a NOT IN (1, 2)", row{"a": "2"}, False},
		{"NULL", row{}, Unknown},
		{"NOT NULL", row{}, Unknown},
		{"TRUE AND NULL", row{}, Unknown},
		{"FALSE AND NULL", row{}, False},
		{"TRUE OR NULL", row{}, True},

		// Numbers compare numerically when the column's text is a number.
		{"n = 10", row{"n": "10"}, True},
		{"n > 9", row{"n": "10"}, True},
		{"n < 9", row{"n": "10"}, False},
		{"n = 1.5", row{"n": "1.50"}, True},
		{"n = 100", row{"n": "1e2"}, True},
		{"n > 0.001", row{"n": "1.5e-3"}, True},
		{"n > -1", row{"n": "-0.5"}, True},
		{"n < -1", row{"n": "-10"}, True},
		{"n = 0", row{"n": "-0.000"}, True},
		{"n > 99999999999999999999", row{"n": "100000000000000000000"}, True},
		{"n > 12345678901234567890.5", row{"n": "12345678901234567890.49"}, False},
		{"n < 1e308", row{"n": "Infinity"}, False},
		{"n > -1e308", row{"n": "-Infinity"}, False},
		{"n > 1e308", row{"n": "NaN"}, True},
		{"n = '10'::int", row{"n": "10.0"}, True},
		{"n = 10", row{"n": "ten"}, False},    // not a number: compared as text
		{"n > 10", row{"n": "abc"}, True},     // "abc" > "10" byte-wise
		{"n = '10'", row{"n": "10.0"}, False}, // a string literal compares text
		{"n > '9'", row{"n": "10"}, False},    // ... byte-wise
		{"a = b", row{"a": "10", "b": "10.00"}, True},
		{"a < b", row{"a": "9", "b": "10"}, True},
		{"a < b", row{"a": "x9", "b": "x10"}, False},
		{"n BETWEEN 1 AND 10", row{"n": "10"}, True},
		{"n BETWEEN 1 AND 10", row{"n": "11"}, False},
		{"n NOT BETWEEN 1 AND 10", row{"n": "0"}, True},
		{"n NOT BETWEEN 1 AND 10", row{"n": nil}, Unknown},
		{"n IN (1, 2, 3)", row{"n": "3.000"}, True},

		// Booleans.
		{"active", row{"active": "t"}, True},
		{"active", row{"active": "f"}, False},
		{"active", row{"active": nil}, Unknown},
		{"NOT active", row{"active": "f"}, True},
		{"active = true", row{"active": "t"}, True},
		{"active = TRUE", row{"active": "true"}, True},
		{"active <> false", row{"active": "f"}, False},
		{"active = 'yes'::bool", row{"active": "t"}, True},
		{"active IS TRUE", row{"active": "f"}, False},
		{"active > false", row{"active": "t"}, True},

		// Text: byte-wise, the C collation.
		{"s = 'abc'", row{"s": "abc"}, True},
		{"s = 'abc'", row{"s": "ABC"}, False},
		{"s < 'b'", row{"s": "a"}, True},
		{"s < 'b'", row{"s": "B"}, True},
		{"s > 'z'", row{"s": "é"}, True},
		{"s = ''", row{"s": ""}, True},
		{"d >= '2024-01-01'::date", row{"d": "2024-06-30"}, True},
		{"u = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid", row{"u": "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}, True},
		{`"Page Views" > 10`, row{"Page Views": "11"}, True},
		{"t.key = 'a'", row{"key": "a"}, True},

		// LIKE and ILIKE.
		{"s LIKE 'a_c'", row{"s": "abc"}, True},
		{"s LIKE 'a_c'", row{"s": "aéc"}, True},
		{"s LIKE 'a_c'", row{"s": "abbc"}, False},
		{"s LIKE '%'", row{"s": ""}, True},
		{"s LIKE '%b%'", row{"s": "abc"}, True},
		{"s LIKE 'a\\%'", row{"s": "a%"}, True},
		{"s LIKE 'a\\%'", row{"s": "ab"}, False},
		{"s LIKE 'a#_' ESCAPE '#'", row{"s": "a_"}, True},
		{"s LIKE 'a\\_' ESCAPE ''", row{"s": "a\\x"}, True},
		{"s NOT LIKE 'a%'", row{"s": "ba"}, True},
		{"s ILIKE 'ÉCOLE%'", row{"s": "école primaire"}, True},
		{"s NOT ILIKE '%X'", row{"s": "ax"}, False},
		{"s LIKE 'A%'", row{"s": "abc"}, False},
		{"'abc' LIKE 'a%'", row{}, True},
	}
	for _, tt := range tests {
		t.Run(tt.cond, func(t *testing.T) {
			t.Parallel()
			e, err := ParseCondition(tt.cond)
			require.NoError(t, err)
			got, err := e.Eval(tt.row)
			require.NoError(t, err)
			require.Equal(t, tt.want, got, "%s on %v", tt.cond, tt.row)
			holds, err := Holds(e, tt.row)
			require.NoError(t, err)
			require.Equal(t, tt.want == True, holds)
		})
	}
}

func TestEvalErrors(t *testing.T) {
	t.Parallel()
	e, err := ParseCondition("a = 1 OR b = 2")
	require.NoError(t, err)
	_, err = e.Eval(row{"a": "0"})
	var missing *MissingColumnError
	require.True(t, errors.As(err, &missing))
	require.Equal(t, "b", missing.Column)

	e, err = ParseCondition("x = 1 OR active")
	require.NoError(t, err)
	_, err = e.Eval(row{"x": "0", "active": "s3cret"})
	var ve *ValueError
	require.True(t, errors.As(err, &ve))
	require.Equal(t, ValueError{Column: "active", Pos: 9}, *ve)
	require.NotContains(t, err.Error(), "s3cret", "an error never shows a row's value")

	// A hand-built expression is not evaluated.
	_, err = (&Like{Expr: &ColumnRef{Name: "a"}, Pattern: "x"}).Eval(row{"a": "x"})
	require.Error(t, err)
}

func TestEvalAllocations(t *testing.T) {
	e, err := ParseCondition("kind = 'webhook' AND value ILIKE 'https://%' AND n > 10")
	require.NoError(t, err)
	r := benchRow()
	allocs := testing.AllocsPerRun(100, func() {
		if got, err := e.Eval(r); err != nil || got != True {
			t.Fatal(got, err)
		}
	})
	require.Zero(t, allocs)
}

// sliceRow is a Row as the copy engine would have one: column values
// decoded in place, found by a linear scan of a few names.
type sliceRow struct {
	names  []string
	values [][]byte
}

func (r *sliceRow) Value(column string) ([]byte, bool, bool) {
	for i, n := range r.names {
		if n == column {
			return r.values[i], r.values[i] == nil, true
		}
	}
	return nil, false, false
}

func benchRow() *sliceRow {
	return &sliceRow{
		names:  []string{"id", "kind", "value", "n"},
		values: [][]byte{[]byte("42"), []byte("webhook"), []byte("HTTPS://hooks.example.com/services/T000/B000/XXXX"), []byte("1234.5")},
	}
}

func BenchmarkEval(b *testing.B) {
	for _, cond := range []string{
		"kind = 'webhook' AND value ILIKE 'https://%' AND n > 10",
		"key IN ('smtp_password', 'stripe_secret_key', 'aws_secret') OR kind LIKE '%hook' OR n IS NULL",
	} {
		b.Run(cond, func(b *testing.B) {
			e, err := ParseCondition(cond)
			if err != nil {
				b.Fatal(err)
			}
			r := benchRow()
			r.names = append(r.names, "key")
			r.values = append(r.values, []byte("stripe_publishable_key"))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Eval(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
