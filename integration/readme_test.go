package integration

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestReadmeRulesExampleLints keeps the README's worked example true: it
// lints clean against the acme fixture.
func TestReadmeRulesExampleLints(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile(filepath.Join(pgtest.RepoRoot(), "README.md"))
	require.NoError(t, err)
	section := string(readme)[strings.Index(string(readme), "## The rules file"):]
	start := strings.Index(section, "```yaml\n") + len("```yaml\n")
	end := strings.Index(section[start:], "```")
	example := section[start : start+end]
	require.Contains(t, example, "version: 1")

	path := filepath.Join(t.TempDir(), "rules.yaml")
	require.NoError(t, os.WriteFile(path, []byte(example), 0o644))
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	r := understudy(t, "lint", "--config", path, "--source", src)
	require.Equal(t, 0, r.Code, r.Stdout+r.Stderr)
	require.NotContains(t, r.Stdout, "error")
}
