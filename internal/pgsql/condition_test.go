package pgsql

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

func TestParseCondition(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    string   // String() of the parsed condition
		columns []string // Columns(), as String()
	}{
		{"key IN ('smtp_password', 'stripe_secret_key')", "key IN ('smtp_password', 'stripe_secret_key')", []string{"key"}},
		{"kind = 'webhook' AND value LIKE 'https://%'", "kind = 'webhook' AND value LIKE 'https://%'", []string{"kind", "value"}},
		{"NOT (country IS NULL) OR plan ILIKE 'ent%'", "NOT (country IS NULL) OR plan ILIKE 'ent%'", []string{"country", "plan"}},
		{"a != 1 AND b <> 2 AND c < 3 AND d <= 4 AND e > 5 AND f >= 6", "a <> 1 AND b <> 2 AND c < 3 AND d <= 4 AND e > 5 AND f >= 6", []string{"a", "b", "c", "d", "e", "f"}},
		{"x NOT IN (1, 2.5, NULL)", "x NOT IN (1, 2.5, NULL)", []string{"x"}},
		{"x NOT LIKE 'a%' AND y NOT ILIKE '_b'", "x NOT LIKE 'a%' AND y NOT ILIKE '_b'", []string{"x", "y"}},
		{"x LIKE 'a#%' ESCAPE '#'", "x LIKE 'a#%' ESCAPE '#'", []string{"x"}},
		{"x LIKE 'a%' ESCAPE ''", "x LIKE 'a%' ESCAPE ''", []string{"x"}},
		{"x ~~ 'a%' OR x !~~* 'B%'", "x LIKE 'a%' OR x NOT ILIKE 'B%'", []string{"x"}},
		{"a IS NOT NULL AND b IS NULL", "a IS NOT NULL AND b IS NULL", []string{"a", "b"}},
		{"active", "active", []string{"active"}},
		{"NOT active", "NOT active", []string{"active"}},
		{"active IS TRUE OR active IS NOT FALSE OR (a = 1) IS UNKNOWN", "active IS TRUE OR active IS NOT FALSE OR (a = 1) IS UNKNOWN", []string{"active", "a"}},
		{"a IS DISTINCT FROM b AND c IS NOT DISTINCT FROM NULL", "a IS DISTINCT FROM b AND c IS NOT DISTINCT FROM NULL", []string{"a", "b", "c"}},
		{"a BETWEEN 1 AND 10", "a >= 1 AND a <= 10", []string{"a"}},
		{"a NOT BETWEEN 'a' AND 'm'", "a < 'a' OR a > 'm'", []string{"a"}},
		{"(a = 1 OR b = 2) AND (c = 3 OR (d = 4 AND e = 5))", "(a = 1 OR b = 2) AND (c = 3 OR d = 4 AND e = 5)", []string{"a", "b", "c", "d", "e"}},
		{"a = 1 AND (b = 2 AND c = 3)", "a = 1 AND b = 2 AND c = 3", []string{"a", "b", "c"}},
		{"TRUE", "TRUE", nil},
		{"NULL", "NULL", nil},
		{"x = 'it''s'", "x = 'it''s'", []string{"x"}},
		{"x = $$it's$$", "x = 'it''s'", []string{"x"}},
		{"x = $tag$a;b$tag$", "x = 'a;b'", []string{"x"}},
		{`x = E'a\nb'`, "x = 'a\nb'", []string{"x"}},
		{`x = 'a\b'`, `x = 'a\b'`, []string{"x"}},
		{"x = -1.5e3 AND y = 0x1F AND z = 1_000_000 AND w = 99999999999999999999", "x = -1.5e3 AND y = 31 AND z = 1000000 AND w = 99999999999999999999", []string{"x", "y", "z", "w"}},
		// Casts of literals.
		{"n = '5'::int AND m = CAST('2.50' AS numeric) AND f = 1::float8", "n = '5'::int4 AND m = '2.50'::numeric AND f = '1'::float8", []string{"n", "m", "f"}},
		{"b = 'yes'::boolean AND s = 'x'::text AND v = 'y'::varchar", "b = 'true'::bool AND s = 'x'::text AND v = 'y'::varchar", []string{"b", "s", "v"}},
		{"u = '{A0EEBC99-9C0B4EF8-BB6D-6BB9BD380A11}'::uuid", "u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid", []string{"u"}},
		{"d >= date '2024-02-29' AND x = NULL::int", "d >= '2024-02-29'::date AND x = NULL::int4", []string{"d", "x"}},
		// Names.
		{`"Page Views" > 10`, `"Page Views" > 10`, []string{`"Page Views"`}},
		{`"MixedCase" = 1 AND MixedCase = 2`, `"MixedCase" = 1 AND mixedcase = 2`, []string{`"MixedCase"`, "mixedcase"}},
		{`"a""b" = 1`, `"a""b" = 1`, []string{`"a""b"`}},
		{"prénom = 'Zoë' AND 名前 LIKE '山%'", `"prénom" = 'Zoë' AND "名前" LIKE '山%'`, []string{`"prénom"`, `"名前"`}},
		{`U&"d\0061t" = 1`, "dat = 1", []string{"dat"}},
		{`"select" = 1 AND "user" = 2 AND key = 3 AND name = 4`, `"select" = 1 AND "user" = 2 AND key = 3 AND name = 4`, []string{`"select"`, `"user"`, "key", "name"}},
		{"settings.key = 'x' AND public.settings.value = 'y'", "settings.key = 'x' AND public.settings.value = 'y'", []string{"settings.key", "public.settings.value"}},
		{"key = 'a' OR key = 'b'", "key = 'a' OR key = 'b'", []string{"key"}},
		{"  key\n\t=\n'a'  ", "key = 'a'", []string{"key"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			e, err := ParseCondition(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, e.String())
			var cols []string
			for _, c := range e.Columns() {
				cols = append(cols, c.String())
			}
			require.Equal(t, tt.columns, cols)

			// String parses back to the same expression.
			again, err := ParseCondition(e.String())
			require.NoError(t, err)
			require.Empty(t, cmp.Diff(e, again, exprCmpOpts...))
		})
	}
}

// exprCmpOpts compare expressions apart from positions and compiled state.
var exprCmpOpts = []cmp.Option{
	cmpopts.IgnoreFields(ColumnRef{}, "At"),
	cmpopts.IgnoreFields(Literal{}, "At"),
	cmpopts.IgnoreFields(Compare{}, "At"),
	cmpopts.IgnoreFields(In{}, "At"),
	cmpopts.IgnoreFields(Like{}, "At"),
	cmpopts.IgnoreFields(NullTest{}, "At"),
	cmpopts.IgnoreFields(BoolTest{}, "At"),
	cmpopts.IgnoreFields(And{}, "At"),
	cmpopts.IgnoreFields(Or{}, "At"),
	cmpopts.IgnoreFields(Not{}, "At"),
	cmpopts.IgnoreUnexported(Literal{}, Compare{}, In{}, Like{}),
}

func TestParseConditionPositions(t *testing.T) {
	t.Parallel()
	e, err := ParseCondition(`kind = 'webhook' AND "Value" LIKE 'https://%'`)
	require.NoError(t, err)
	require.Equal(t, []ColumnRef{{Name: "kind", At: 0}, {Name: "Value", At: 21}}, e.Columns())
	and := e.(*And)
	require.Equal(t, 17, and.Pos())
	require.Equal(t, 5, and.Args[0].Pos())
	require.Equal(t, 7, and.Args[0].(*Compare).Right.Pos())
	require.Equal(t, 29, and.Args[1].Pos())

	// Offsets are in bytes: é is two.
	e, err = ParseCondition("é = 1 AND ü = 2")
	require.NoError(t, err)
	require.Equal(t, []ColumnRef{{Name: "é", At: 0}, {Name: "ü", At: 11}}, e.Columns())
}

func TestParseConditionErrors(t *testing.T) {
	t.Parallel()
	type syntax struct {
		pos int
		msg string
	}
	type unsupported struct {
		pos  int
		what string
	}
	tests := []struct {
		in   string
		want any // syntax or unsupported
	}{
		// Injection attempts: never more than one expression.
		{"x = 1; DROP TABLE t", syntax{5, "';' is not allowed"}},
		{"1=1; DROP TABLE users", syntax{3, "';' is not allowed"}},
		{"x = 1;", syntax{5, "';' is not allowed"}},
		{"true) OR (1=1", syntax{4, `syntax error at or near ")"`}},
		{"x = 1 --", syntax{6, "comments are not allowed"}},
		{"x = 1 -- and more", syntax{6, "comments are not allowed"}},
		{"x = 1 /* */", syntax{6, "comments are not allowed"}},
		{"x /* a */ = 1", syntax{2, "comments are not allowed"}},
		{"x = 1 /* unterminated", syntax{6, "unterminated /* comment"}},
		{"x = $$a", syntax{4, "unterminated dollar-quoted string"}},
		{"x = $$a$$; DROP TABLE t; SELECT $$b$$", syntax{9, "';' is not allowed"}},
		{"x = 1 UNION SELECT password FROM users", syntax{6, "UNION, INTERSECT or EXCEPT is not allowed"}},
		{"x = 1 ORDER BY 1", syntax{6, "ORDER BY is not allowed"}},
		{"x = 1 GROUP BY x HAVING true", syntax{6, "GROUP BY is not allowed"}},
		{"x = 1 LIMIT 1", syntax{6, "LIMIT, OFFSET or FETCH is not allowed"}},
		{"x = 1 FOR UPDATE", syntax{6, "FOR UPDATE/SHARE is not allowed"}},
		{"x = 1 WINDOW w AS ()", syntax{6, "WINDOW is not allowed"}},
		{"x = 1\x00; DROP TABLE t", syntax{5, "NUL byte"}},
		{"x = '\xff'", syntax{5, "valid UTF-8"}},
		// Plain syntax errors.
		{"", syntax{0, "empty condition"}},
		{" \n ", syntax{0, "empty condition"}},
		{"x = = 1", syntax{4, `syntax error at or near "="`}},
		{"é = 1 AND x = = 1", syntax{15, `syntax error at or near "="`}},
		{"x =", syntax{3, "syntax error at end of input"}},
		{"x = 'abc", syntax{4, "unterminated quoted string"}},
		{`x LIKE 'a\'`, syntax{7, "must not end with escape character"}},
		{"x LIKE 'a' ESCAPE 'ab'", syntax{18, "invalid escape string"}},
		{"x = 'abc'::int", syntax{4, "invalid input syntax"}},
		{"x = 'maybe'::bool", syntax{4, "invalid input syntax for type boolean"}},
		{"x = 'nope'::uuid", syntax{4, "invalid input syntax for type uuid"}},
		{"x = '99999'::int2", syntax{4, "out of range"}},
		// Valid SQL outside the subset.
		{"lower(email) = 'a'", unsupported{0, "function call lower()"}},
		{"x = now()", unsupported{4, "function call now()"}},
		{"x + 1 = 2", unsupported{2, "operator +"}},
		{"x || 'a' = 'ba'", unsupported{2, "operator ||"}},
		{"-x = 1", unsupported{0, "operator -"}},
		{"x ~ '^a'", unsupported{2, "regular expression match (~)"}},
		{"x !~* '^a'", unsupported{2, "regular expression match (!~*)"}},
		{"x SIMILAR TO 'a%'", unsupported{2, "SIMILAR TO"}},
		{"x IN (SELECT id FROM t)", unsupported{2, "subquery"}},
		{"EXISTS (SELECT 1)", unsupported{0, "subquery"}},
		{"x = ANY('{1,2}')", unsupported{2, "= ANY (array)"}},
		{"x BETWEEN SYMMETRIC 1 AND 2", unsupported{2, "BETWEEN SYMMETRIC"}},
		{"x::int = 1", unsupported{1, "cast of a column"}},
		{"x = '1'::int::text", unsupported{12, "cast of cast"}},
		{"x = 'a'::citext", unsupported{9, "cast to type citext"}},
		{"x = 'a'::varchar(3)", unsupported{9, "type modifier in a cast"}},
		{"x = 1.5::int", unsupported{7, "cast of 1.5 to int4"}},
		{"x = CASE WHEN y THEN 1 END", unsupported{4, "CASE expression"}},
		{"x = COALESCE(y, 1)", unsupported{4, "COALESCE"}},
		{"x = $1", unsupported{4, "parameter placeholder"}},
		{"x = CURRENT_DATE", unsupported{4, "CURRENT_DATE"}},
		{"x = ARRAY[1]", unsupported{4, "ARRAY constructor"}},
		{"x COLLATE \"C\" = 'a'", unsupported{2, "COLLATE"}},
		{"t.* IS NULL", unsupported{0, "* (all columns)"}},
		{"x = B'101'", unsupported{4, "bit string literal"}},
		{"1", unsupported{0, "a number literal used as a condition"}},
		{"'yes'", unsupported{0, "a string literal used as a condition"}},
		{"(x = 1) = true", unsupported{3, "a condition used as a value"}},
		{"x LIKE y", unsupported{7, "LIKE pattern that is not a string literal"}},
		{"x OPERATOR(pg_catalog.=) 1", unsupported{2, "OPERATOR(pg_catalog.=) syntax"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			e, err := ParseCondition(tt.in)
			require.Error(t, err, "parsed as %v", e)
			require.Nil(t, e)
			switch want := tt.want.(type) {
			case syntax:
				var se *SyntaxError
				require.True(t, errors.As(err, &se), "%T: %v", err, err)
				require.Equal(t, want.pos, se.Pos, se.Msg)
				require.Contains(t, se.Msg, want.msg)
			case unsupported:
				var ue *UnsupportedError
				require.True(t, errors.As(err, &ue), "%T: %v", err, err)
				require.Equal(t, want.pos, ue.Pos, ue.What)
				require.Contains(t, ue.What, want.what)
				require.Contains(t, ue.Error(), "a condition may use column references")
			}
		})
	}
}

func TestQuoteIdent(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"key": "key", "user_id": "user_id", "_x1": "_x1", "select": `"select"`, "user": `"user"`,
		"Page Views": `"Page Views"`, "a\"b": `"a""b"`, "1a": `"1a"`, "": `""`, "é": `"é"`, "a$": `"a$"`,
		// Keywords that are not reserved but still need quotes: a column
		// name keyword, a type or function name keyword.
		"between": `"between"`, "bigint": `"bigint"`, "left": `"left"`,
	} {
		require.Equal(t, want, QuoteIdent(in), in)
	}
}
