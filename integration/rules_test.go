package integration

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
)

// stableDB replaces the per-test database name, which differs every run.
var dbName = regexp.MustCompile(`ustest_[0-9a-f]{12}`)

func stableDB(s string) string { return dbName.ReplaceAllString(s, "DB") }

// initRules runs init against the source and returns the rules file path.
func initRules(t *testing.T, src string, extra ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rules.yaml")
	r := understudy(t, append([]string{"init", "--source", src, "-o", path}, extra...)...)
	require.Equal(t, 0, r.code, r.stderr)
	require.Contains(t, r.stderr, "wrote "+path)
	return path
}

// TestInitLintReport: on both fixtures, init writes a rules file that lint
// --strict accepts unedited, and report renders it in every format (golden).
func TestInitLintReport(t *testing.T) {
	t.Parallel()
	for name, fx := range map[string]pgtest.Fixture{"acme": pgtest.Acme("0.05"), "pagila": pgtest.Pagila()} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src := pgtest.Database(t, fx)
			path := initRules(t, src)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", "golden", "init-"+name+".yaml"), []byte(stableDB(string(data))))

			r := understudy(t, "lint", "--config", path, "--source", src, "--strict")
			require.Equal(t, 0, r.code, r.stdout+r.stderr)
			require.Contains(t, r.stdout, "ok:")

			for _, format := range []string{"text", "json", "markdown", "html"} {
				r := understudy(t, "report", "--config", path, "--source", src, "--format", format)
				require.Equal(t, 0, r.code, r.stderr)
				ext := map[string]string{"text": "txt", "json": "json", "markdown": "md", "html": "html"}[format]
				sum := sha256.Sum256(data)
				out := strings.ReplaceAll(stableDB(r.stdout), path, "rules.yaml")
				out = strings.ReplaceAll(out, hex.EncodeToString(sum[:]), "RULES_SHA256")
				golden.Check(t, filepath.Join("testdata", "golden", "report-"+name+"."+ext), []byte(out))
			}
		})
	}
}

// TestLintStrictCatchesNewPIIColumn: a migration adds a PII column; lint
// --strict fails with exit 4 naming it, and passes once a rule covers it.
func TestLintStrictCatchesNewPIIColumn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	path := initRules(t, src)
	require.Equal(t, 0, understudy(t, "lint", "--config", path, "--source", src, "--strict").code)

	conn, err := pgx.Connect(ctx, src)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, `ALTER TABLE public.customers ADD COLUMN mobile_phone varchar(32);
		UPDATE public.customers SET mobile_phone = '+1 415 555 ' || lpad((id % 10000)::text, 4, '0')`)
	require.NoError(t, err)

	r := understudy(t, "lint", "--config", path, "--source", src, "--strict")
	require.Equal(t, 4, r.code, r.stdout+r.stderr)
	require.Contains(t, r.stdout, "public.customers.mobile_phone looks like direct_identifier")
	require.Contains(t, r.stdout, "suggested rule: phone")
	require.Contains(t, r.stderr, "--strict: 1 columns without a rule")

	// Without --strict the same file is valid: the column is reported as uncovered only in the report.
	require.Equal(t, 0, understudy(t, "lint", "--config", path, "--source", src).code)

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	fixed := strings.Replace(string(data), "  public.customers:\n", "  public.customers:\n    mobile_phone: { transform: phone, keep_prefix: 3 }\n", 1)
	require.NoError(t, os.WriteFile(path, []byte(fixed), 0o644))
	r = understudy(t, "lint", "--config", path, "--source", src, "--strict")
	require.Equal(t, 0, r.code, r.stdout+r.stderr)
}

func TestLintBadFileExits2WithPositions(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	path := filepath.Join(t.TempDir(), "rules.yaml")
	require.NoError(t, os.WriteFile(path, []byte("version: 1\ntables:\n  public.users:\n    emial: email\n    phone: { transform: phnoe }\n"), 0o644))
	r := understudy(t, "lint", "--config", path, "--source", src)
	require.Equal(t, 2, r.code, r.stdout+r.stderr)
	require.Contains(t, r.stdout, path+":4:5: error: column \"emial\" does not exist in public.users; did you mean public.users.email?")
	require.Contains(t, r.stdout, path+":5:25: error: unknown transformer \"phnoe\"; did you mean \"phone\"?")

	r = understudy(t, "lint", "--config", path, "--source", src, "--format", "json")
	require.Equal(t, 2, r.code)
	require.Contains(t, r.stdout, `"code": "unknown-column"`)
}

func TestInitFromSecurityLabels(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	path := initRules(t, src, "--from-security-labels", filepath.Join(pgtest.RepoRoot(), "testdata", "rules", "anon-labels.sql"))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	out := string(data)
	for _, want := range []string{
		"# from security label: MASKED WITH FUNCTION anon.partial(phone, 2, $$******$$, 2)",
		"phone: { transform: mask, char: '*', keep_first: 2, keep_last: 2 }",
		"# from security label: MASKED WITH VALUE NULL",
		"birth_date: 'null'",
		"# security label not translated: MASKED WITH FUNCTION anon.generalize_int4range(quantity, 10)",
		"# from security label: MASKED WITH FUNCTION anon.dnoise(placed_at, '2 weeks')",
	} {
		require.Contains(t, out, want)
	}
	r := understudy(t, "lint", "--config", path, "--source", src)
	require.Equal(t, 0, r.code, r.stdout+r.stderr)
}
