package pgsql

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/understudy/understudy/internal/golden"
)

func formatReport(report []Scrubbed) string {
	var b strings.Builder
	for _, s := range report {
		fmt.Fprintf(&b, "line %d (offset %d): %s %s: %s, removed %v (%s)\n", s.Line, s.Pos, s.Kind, s.Object, s.Action, s.Removed, s.Reason)
	}
	return b.String()
}

func TestScrubDDLGolden(t *testing.T) {
	t.Parallel()
	inputs, err := filepath.Glob("testdata/scrub/*.sql")
	require.NoError(t, err)
	inputs = stringsWithout(inputs, ".out.sql")
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			out, report, err := ScrubDDL(string(src))
			require.NoError(t, err)
			base := strings.TrimSuffix(in, ".sql")
			golden.Check(t, base+".out.sql", []byte(out))
			golden.Check(t, base+".report.txt", []byte(formatReport(report)))

			// No secret survives, in the script or in the report.
			for _, secret := range []string{"ssl-key-passphrase-1", "/etc/keys/", "dw-password", "repl-secret", "SCRAM-SHA-256", "md5-reader-secret", "etl-secret", "aws-secret", "/var/lib/postgresql/.pgpass"} {
				require.NotContains(t, out, secret)
				require.NotContains(t, fmt.Sprintf("%#v", report), secret)
			}
			// Scrubbing is idempotent: the output has nothing left to scrub.
			again, report2, err := ScrubDDL(out)
			require.NoError(t, err)
			require.Equal(t, out, again)
			require.Empty(t, report2)
		})
	}
}

func stringsWithout(list []string, suffix string) []string {
	var out []string
	for _, s := range list {
		if !strings.HasSuffix(s, suffix) {
			out = append(out, s)
		}
	}
	return out
}

func TestScrubDDLPagila(t *testing.T) {
	t.Parallel()
	// The third-party sample database next to the repository (as
	// internal/pgtest finds it): ../shared/datasets/pagila.
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "datasets", "pagila", "pagila-schema.sql"))
	require.NoError(t, err)
	out, report, err := ScrubDDL(string(src))
	require.NoError(t, err)
	require.Empty(t, report)
	require.True(t, out == string(src), "a script without credentials comes out byte-identical")
}

func TestScrubDDLStatements(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
	}{
		{"CREATE TABLE t (a int);", "CREATE TABLE t (a int);"},
		{"CREATE ROLE r PASSWORD 'x';", "CREATE ROLE r;"},
		{"CREATE ROLE r LOGIN PASSWORD 'x'", "CREATE ROLE r WITH LOGIN"},
		{"ALTER ROLE r PASSWORD 'x';\n", "-- understudy: removed ALTER ROLE (nothing left after removing secrets)\n"},
		{"ALTER ROLE r PASSWORD 'x'; CREATE TABLE t (a int);", "-- understudy: removed ALTER ROLE (nothing left after removing secrets)\n CREATE TABLE t (a int);"},
		{"CREATE SUBSCRIPTION s CONNECTION 'password=x' PUBLICATION p", "-- understudy: removed CREATE SUBSCRIPTION (a subscription connects to production)"},
		{"DROP SUBSCRIPTION IF EXISTS s;", "-- understudy: removed DROP SUBSCRIPTION (a subscription connects to production)"},
		{"ALTER SUBSCRIPTION s RENAME TO t;", "-- understudy: removed ALTER SUBSCRIPTION RENAME (a subscription connects to production)"},
		{"SECURITY LABEL ON SUBSCRIPTION s IS 'x';", "-- understudy: removed SECURITY LABEL ON SUBSCRIPTION (a subscription connects to production)"},
		{"COMMENT ON TABLE t IS 'password';", "COMMENT ON TABLE t IS 'password';"},
		{"CREATE USER MAPPING FOR CURRENT_USER SERVER s OPTIONS (api_token 'x', region 'eu')  ;", "CREATE USER MAPPING FOR CURRENT_USER SERVER s OPTIONS (region 'eu')  ;"},
		{"CREATE FOREIGN DATA WRAPPER w OPTIONS (secret 'x');", "CREATE FOREIGN DATA WRAPPER w;"},
		{"ALTER FOREIGN DATA WRAPPER w OPTIONS (ADD secret 'x');", "-- understudy: removed ALTER FOREIGN DATA WRAPPER (nothing left after removing secrets)"},
		{"CREATE FOREIGN TABLE f (a int OPTIONS (column_name 'a', token 'x')) SERVER s OPTIONS (password 'y');", "CREATE FOREIGN TABLE f (a int OPTIONS (column_name 'a')) SERVER s;"},
		{"/* lead */ CREATE ROLE r PASSWORD 'x' /* trail */ ;", "/* lead */ CREATE ROLE r /* trail */ ;"},
		{"\\connect app\nCREATE ROLE r PASSWORD 'x';\n\\unrestrict k\n", "\\connect app\nCREATE ROLE r;\n\\unrestrict k\n"},
		{"CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'CREATE ROLE r PASSWORD ''x'';' $$;", "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'CREATE ROLE r PASSWORD ''x'';' $$;"},
		{"", ""},
		{"-- only a comment\n", "-- only a comment\n"},
	}
	for _, tt := range tests {
		out, _, err := ScrubDDL(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, out, tt.in)
	}
}

func TestScrubDDLErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in  string
		pos int
		msg string
	}{
		{"CREATE TABLE t (a int);\nCREATE TABEL u ();", 31, "syntax error"},
		{"CREATE TABLE t (a int);\x00CREATE ROLE r PASSWORD 'x';", 23, "NUL byte"},
		{"SELECT 1;\nSELECT 2 \\gexec", 19, "syntax error"},
		{"COPY t FROM stdin;\n1\tpassword\n\\.\n", 19, "syntax error"},
	}
	for _, tt := range tests {
		_, _, err := ScrubDDL(tt.in)
		var se *SyntaxError
		require.True(t, errors.As(err, &se), "%q: %T %v", tt.in, err, err)
		require.Equal(t, tt.pos, se.Pos, tt.in)
		require.Contains(t, se.Msg, tt.msg)
	}
}
