package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestInitGolden: on both fixtures, init writes a rules file (golden) that
// lint --strict accepts unedited. TestReportGolden renders it.
func TestInitGolden(t *testing.T) {
	t.Parallel()
	for name, fx := range map[string]pgtest.Fixture{"acme": pgtest.Acme("0.05"), "pagila": pgtest.Pagila()} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src := pgtest.Database(t, fx)
			path := clitest.InitRules(t, Main, src)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", "golden", "init-"+name+".yaml"), []byte(clitest.StableDB(string(data))))

			r := understudy(t, "lint", "--config", path, "--source", src, "--strict")
			require.Equal(t, 0, r.Code, r.Stdout+r.Stderr)
			require.Contains(t, r.Stdout, "ok:")
		})
	}
}

func TestInitFromSecurityLabels(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	path := clitest.InitRules(t, Main, src, "--from-security-labels", filepath.Join(pgtest.RepoRoot(), "testdata", "rules", "anon-labels.sql"))
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
	require.Equal(t, 0, r.Code, r.Stdout+r.Stderr)
}
