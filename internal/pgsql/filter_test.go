package pgsql

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseFilter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		sql     string
		columns []string
	}{
		{"plan = 'enterprise'", "plan = 'enterprise'", []string{"plan"}},
		{"created_at > now() - interval '30 days'", "created_at > (now() - '30 days'::interval)", []string{"created_at"}},
		{"lower(email) LIKE '%@example.com' AND NOT deleted", "lower(email) LIKE '%@example.com' AND NOT deleted", []string{"email", "deleted"}},
		{"id IN (SELECT org_id FROM invoices WHERE total > 1000)", "id IN (SELECT org_id FROM invoices WHERE total > 1000)", []string{"id"}},
		{"EXISTS (SELECT 1 FROM members m WHERE m.org_id = organizations.id AND m.role = role)", "EXISTS (SELECT 1 FROM members m WHERE m.org_id = organizations.id AND m.role = role)", []string{}},
		{`"Page Views" > 10 AND "Org"."Plan" = 'x'`, `"Page Views" > 10 AND "Org"."Plan" = 'x'`, []string{"Page Views"}},
		{"prénom = $$Zoë$$", `"prénom" = 'Zoë'`, []string{"prénom"}},
		{"x::int % 10 = 0 AND y = ANY('{1,2}'::int[])", "(x::int % 10) = 0 AND y = ANY('{1,2}'::int[])", []string{"x", "y"}},
		{"CASE WHEN kind = 'a' THEN a ELSE b END > 1 AND kind = 'a'", "CASE WHEN kind = 'a' THEN a ELSE b END > 1 AND kind = 'a'", []string{"kind", "a", "b"}},
		{"x = 1\n  AND y = 2", "x = 1 AND y = 2", []string{"x", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			f, err := ParseFilter(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.sql, f.SQL)
			require.Equal(t, tt.columns, f.Columns)
			again, err := ParseFilter(f.SQL)
			require.NoError(t, err)
			require.Equal(t, f, again)
		})
	}
}

func TestParseFilterErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in  string
		pos int
		msg string
	}{
		{"1=1; DROP TABLE users", 3, "';' is not allowed"},
		{"true) OR (1=1", 4, `syntax error at or near ")"`},
		{"x = 1 --", 6, "comments are not allowed"},
		{"x = 1 /* */", 6, "comments are not allowed"},
		{"x = $$a$$; DELETE FROM t; SELECT $$b$$", 9, "';' is not allowed"},
		{"true UNION SELECT 1 FROM pg_shadow", 5, "UNION, INTERSECT or EXCEPT is not allowed"},
		{"true ORDER BY 1", 5, "ORDER BY is not allowed"},
		{"true FOR UPDATE", 5, "FOR UPDATE/SHARE is not allowed"},
		{"true GROUP BY 1", 5, "GROUP BY is not allowed"},
		{"true LIMIT 1", 5, "LIMIT, OFFSET or FETCH is not allowed"},
		{"", 0, "empty filter"},
		{"x = ", 4, "syntax error at end of input"},
		{"é = 1 AND x = = 1", 15, `syntax error at or near "="`},
		{"a\x00", 1, "NUL byte"},
		{"id = $1", 5, "parameter placeholder"},
		{"1!$0", 2, "parameter placeholder"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			for _, parse := range []func(string) error{
				func(s string) error { _, err := ParseFilter(s); return err },
				func(s string) error { _, err := QualifyColumns(s, "r"); return err },
			} {
				err := parse(tt.in)
				var se *SyntaxError
				require.True(t, errors.As(err, &se), "%T: %v", err, err)
				require.Equal(t, tt.pos, se.Pos, se.Msg)
				require.Contains(t, se.Msg, tt.msg)
			}
		})
	}
}

func TestQualifyColumns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, alias, want string
	}{
		{"plan = 'enterprise'", "r", "r.plan = 'enterprise'"},
		{"plan = 'enterprise' AND o.id > 3", "r", "r.plan = 'enterprise' AND o.id > 3"},
		{`"Page Views" > 10`, "Sub Root", `"Sub Root"."Page Views" > 10`},
		{"user_id = 1", "select", `"select".user_id = 1`},
		{"lower(email) = 'a' AND created_at > now()", "u", "lower(u.email) = 'a' AND u.created_at > now()"},
		{"id IN (SELECT org_id FROM m WHERE active)", "o", "o.id IN (SELECT org_id FROM m WHERE active)"},
		{"x = 1 OR y IS NULL", "Tbl", `"Tbl".x = 1 OR "Tbl".y IS NULL`},
	}
	for _, tt := range tests {
		got, err := QualifyColumns(tt.in, tt.alias)
		require.NoError(t, err)
		require.Equal(t, tt.want, got)
	}
	_, err := QualifyColumns("x = 1", "")
	require.Error(t, err)
}

// A filter runs on production: functions with side effects are refused,
// wherever they hide in the expression, at their position.
func TestParseFilterRefusesSideEffects(t *testing.T) {
	for expr, pos := range map[string]int{
		"pg_terminate_backend(pid) AND id > 3":                              0,
		"id > 3 OR pg_catalog.pg_sleep(10) IS NULL":                         10,
		"id IN (SELECT x FROM dblink('host=prod', 'select 1') AS t(x int))": 21,
		"length(pg_read_file('/etc/passwd')) > 0":                           7,
		"lo_import('/etc/passwd') > 0":                                      0,
	} {
		_, err := ParseFilter(expr)
		var u *UnsupportedError
		require.ErrorAs(t, err, &u, expr)
		require.Equal(t, pos, u.Pos, expr)
		require.Contains(t, u.What, "side effects", expr)
	}
	for _, ok := range []string{"lower(email) LIKE '%@acme.example'", "created_at > now() - interval '30 days'", "plan_id IN (SELECT id FROM plans WHERE code = 'ent')"} {
		_, err := ParseFilter(ok)
		require.NoError(t, err, ok)
	}
}
