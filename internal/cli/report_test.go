package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestReportGolden: on both fixtures, report renders the rules file init
// wrote in every format (golden).
func TestReportGolden(t *testing.T) {
	t.Parallel()
	for name, fx := range map[string]pgtest.Fixture{"acme": pgtest.Acme("0.05"), "pagila": pgtest.Pagila()} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src := pgtest.Database(t, fx)
			path := clitest.InitRules(t, Main, src)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			for _, format := range []string{"text", "json", "markdown", "html"} {
				r := understudy(t, "report", "--config", path, "--source", src, "--format", format)
				require.Equal(t, 0, r.Code, r.Stderr)
				ext := map[string]string{"text": "txt", "json": "json", "markdown": "md", "html": "html"}[format]
				sum := sha256.Sum256(data)
				out := strings.ReplaceAll(clitest.StableDB(r.Stdout), path, "rules.yaml")
				out = strings.ReplaceAll(out, hex.EncodeToString(sum[:]), "RULES_SHA256")
				golden.Check(t, filepath.Join("testdata", "golden", "report-"+name+"."+ext), []byte(out))
			}
		})
	}
}

// The coverage report tells an auditor that staging holds a sample, and
// which references are set to NULL rather than followed.
func TestReportListsSubset(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	r.WithSubset(t, clitest.AcmeSubset(t))
	for _, format := range []string{"text", "markdown", "html", "json"} {
		res := understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--format", format)
		require.Equal(t, 0, res.Code, res.Stderr)
		out := strings.NewReplacer("&gt;", ">", `\u003e`, ">").Replace(res.Stdout)
		for _, want := range []string{
			"root public.organizations: 20% by keyed hash",
			"dangling: null: public.orders(placed_by_user_id) is set to NULL where the row it references is not in the sample",
			"virtual foreign key public.comments(commentable_id) -> public.posts(id)",
		} {
			require.True(t, strings.Contains(out, want), "%s report lacks %q", format, want)
		}
	}
}
