package integration

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

var residualFixture = pgtest.Fixture{Name: "residual", Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "residual", "schema.sql")}}

// residualRules keeps the crew's names, and the API keys unless masked.
func residualRules(t *testing.T, r *refresh, apiKeyRule, extra string) {
	t.Helper()
	secretFile := filepath.Join(t.TempDir(), "secret")
	require.NoError(t, os.WriteFile(secretFile, []byte(clitest.Secret), 0o600))
	rules := `version: 1
secret_file: ` + secretFile + `
tables:
  public.productions_crewmember:
    id: keep
    production_id: keep
    name: keep
    department: keep
  public.integrations_apikey:
    id: keep
    label: keep
    value: ` + apiKeyRule + `
    created: keep
` + extra
	require.NoError(t, os.WriteFile(r.Rules, []byte(rules), 0o644))
}

// Rules that keep a column of live-looking API keys fail the run (exit 4)
// with the column named, whatever the keys' prefix, and staging is not
// swapped; rules that keep a roster's names pass with the column
// reported, or fail under verify: { residual: fail }.
func TestResidualFindings(t *testing.T) {
	t.Parallel()
	t.Run("kept tokens fail", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, residualFixture)
		residualRules(t, r, "keep", "")
		res := r.Run(t)
		require.Equal(t, 4, res.Code, res.Stderr)
		require.Contains(t, res.Stderr, "public.integrations_apikey.value")
		require.NotContains(t, res.Stderr+res.Stdout, "_live_", "never the value")
		require.NotContains(t, r.Databases(t), r.Target, "staging was not swapped in")
	})
	t.Run("kept names warn", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, residualFixture)
		residualRules(t, r, "redact", "")
		reports := t.TempDir()
		res := r.Run(t, "--report-dir", reports)
		require.Equal(t, 0, res.Code, res.Stderr)
		require.Contains(t, res.Stderr, "personal data in a kept column")
		require.Contains(t, res.Stderr, "productions_crewmember")
		record := readVerifyRecord(t, reports)
		require.Contains(t, record, `"detector": "person_name"`)
		require.Contains(t, record, `"column": "name"`)
		require.NotContains(t, record, "Garcia", "never a value")
	})
	t.Run("kept names fail under residual: fail", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, residualFixture)
		residualRules(t, r, "redact", "verify: { residual: fail }\n")
		res := r.Run(t)
		require.Equal(t, 4, res.Code, res.Stderr)
		require.Contains(t, res.Stderr, "public.productions_crewmember.name is kept")
	})
}

// readVerifyRecord returns the verify record a run wrote to its report
// directory.
func readVerifyRecord(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "run-*.verify.json"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	b, err := os.ReadFile(files[0])
	require.NoError(t, err)
	return strings.ReplaceAll(string(b), `":"`, `": "`)
}
