package pgsql

import (
	"errors"
	"hash/fnv"
	"strings"
	"testing"

	pg "github.com/pganalyze/pg_query_go/v6"
	"github.com/stretchr/testify/require"
)

var conditionSeeds = []string{
	"key IN ('smtp_password', 'stripe_secret_key')",
	"kind = 'webhook' AND value LIKE 'https://%'",
	"NOT (country IS NULL) OR plan ILIKE 'ent%'",
	"a BETWEEN 1 AND 10 OR b NOT BETWEEN 'a' AND 'm'",
	"n = '5'::int AND d >= date '2024-01-01' AND u = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid",
	`"Page Views" > 10 AND t."Mixed" IS NOT TRUE`,
	"x LIKE 'a#%' ESCAPE '#' AND y NOT ILIKE '_é%'",
	"a IS DISTINCT FROM b OR (c = 1) IS UNKNOWN",
	"x = 1; DROP TABLE t",
	"true) OR (1=1",
	"x = 1 --",
	"x = $$a$$ /* */",
	"x = 1 UNION SELECT 1",
	"lower(x) = 'a'",
	"active AND NOT deleted",
	"n > -1.5e3 AND m < 0x1F",
}

// fuzzRow gives every column a value chosen from vals ("|"-separated;
// `\N` is NULL) by a hash of the column's name.
type fuzzRow []string

func (r fuzzRow) Value(column string) ([]byte, bool, bool) {
	h := fnv.New32a()
	h.Write([]byte(column))
	v := r[int(h.Sum32()%uint32(len(r)))]
	if v == `\N` {
		return nil, true, true
	}
	return []byte(v), false, true
}

// identifiers returns the names the identifiers and keywords in expr stand
// for, and false when expr uses U&"..." identifiers, whose names do not
// appear in the text.
func identifiers(t *testing.T, expr string) (map[string]bool, bool) {
	scan, err := pg.Scan(expr)
	require.NoError(t, err)
	names := map[string]bool{}
	for _, tok := range scan.Tokens {
		text := expr[tok.Start:tok.End]
		switch {
		case tok.Token == pg.Token_UIDENT:
			return nil, false
		case tok.Token == pg.Token_IDENT && strings.HasPrefix(text, `"`):
			names[strings.ReplaceAll(text[1:len(text)-1], `""`, `"`)] = true
		case tok.Token == pg.Token_IDENT, tok.KeywordKind != pg.KeywordKind_NO_KEYWORD:
			names[strings.Map(func(r rune) rune {
				if r >= 'A' && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, text)] = true
		}
	}
	return names, true
}

// isIdentifier reports whether name is one of names, or one of them cut
// to PostgreSQL's 63-byte limit.
func isIdentifier(names map[string]bool, name string) bool {
	if names[name] {
		return true
	}
	for n := range names {
		if len(n) > 63 && len(name) <= 63 && strings.HasPrefix(n, name) {
			return true
		}
	}
	return false
}

func FuzzParseCondition(f *testing.F) {
	for _, s := range conditionSeeds {
		f.Add(s, `t|f|10|abc|\N|https://x|ENT|1.5e3`)
	}
	f.Fuzz(func(t *testing.T, expr, vals string) {
		e, err := ParseCondition(expr)
		if err != nil {
			var se *SyntaxError
			var ue *UnsupportedError
			switch {
			case errors.As(err, &se):
				require.True(t, se.Pos >= 0 && se.Pos <= len(expr), "position %d out of %q", se.Pos, expr)
			case errors.As(err, &ue):
				require.True(t, ue.Pos >= 0 && ue.Pos <= len(expr), "position %d out of %q", ue.Pos, expr)
			default:
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		if names, ok := identifiers(t, expr); ok {
			for _, c := range e.Columns() {
				for _, n := range []string{c.Schema, c.Table, c.Name} {
					require.True(t, n == "" || isIdentifier(names, n), "column %q of %q is not an identifier in it", n, expr)
				}
			}
		}
		row := fuzzRow(strings.Split(vals, "|"))
		got, evalErr := e.Eval(row)
		var ve *ValueError
		require.True(t, evalErr == nil || errors.As(evalErr, &ve), "%v", evalErr)

		// String is SQL that means the same thing.
		again, err := ParseCondition(e.String())
		require.NoError(t, err, "String() %q of %q does not parse", e.String(), expr)
		require.Equal(t, e.String(), again.String())
		got2, evalErr2 := again.Eval(row)
		require.Equal(t, got, got2, "%q and %q disagree", expr, e.String())
		require.Equal(t, evalErr == nil, evalErr2 == nil)
	})
}

var filterSeeds = []string{
	"plan = 'enterprise'",
	"created_at > now() - interval '30 days'",
	"id IN (SELECT org_id FROM invoices WHERE total > 1000)",
	`"Page Views" > 10 AND "Org"."Plan" = 'x'`,
	"lower(email) LIKE '%@example.com' AND NOT deleted",
	"x::int % 10 = 0 AND y = ANY('{1,2}'::int[])",
	"CASE WHEN a THEN b ELSE c END",
	"1=1; DROP TABLE users",
	"true) OR (1=1",
	"x = 1 --",
	"x = $$a$$ /* */",
	"true UNION SELECT 1",
	"EXISTS (SELECT 1 FROM t2 WHERE t2.id = t.id)",
}

func FuzzParseFilter(f *testing.F) {
	for _, s := range filterSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		filter, err := ParseFilter(expr)
		if err != nil {
			var se *SyntaxError
			if errors.As(err, &se) {
				require.True(t, se.Pos >= 0 && se.Pos <= len(expr), "position %d out of %q", se.Pos, expr)
			}
			return
		}
		// The canonical text is one expression that parses back to itself.
		tree, err := pg.Parse(filterPrefix + filter.SQL)
		require.NoError(t, err)
		require.Len(t, tree.Stmts, 1)
		again, err := ParseFilter(filter.SQL)
		require.NoError(t, err, "%q deparsed to %q, which does not parse", expr, filter.SQL)
		require.Equal(t, filter, again)

		q, err := QualifyColumns(expr, "q")
		if err == nil {
			_, err = ParseFilter(q)
			require.NoError(t, err, "%q qualified to %q, which does not parse", expr, q)
		}
	})
}

func FuzzScrubDDL(f *testing.F) {
	f.Add("CREATE ROLE r LOGIN PASSWORD 'x';\nCREATE TABLE t (a int);")
	f.Add("CREATE SUBSCRIPTION s CONNECTION 'password=x' PUBLICATION p; ALTER SUBSCRIPTION s OWNER TO r")
	f.Add("\\restrict k\nCREATE USER MAPPING FOR r SERVER s OPTIONS (password 'x', \"user\" 'u');\n\\unrestrict k\n")
	f.Add("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; /* c */ ALTER SERVER s OPTIONS (ADD sslkey 'k')")
	f.Fuzz(func(t *testing.T, script string) {
		out, report, err := ScrubDDL(script)
		if err != nil {
			return
		}
		if len(report) == 0 {
			require.Equal(t, script, out)
			return
		}
		again, report2, err := ScrubDDL(out)
		require.NoError(t, err, "%q scrubbed to %q", script, out)
		require.Empty(t, report2, "%q scrubbed to %q", script, out)
		require.Equal(t, out, again)
	})
}
