package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestHistory: staging lists the refreshes it received, newest first.
func TestHistory(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	require.Equal(t, 0, r.Run(t, "--no-verify").Code)
	res := understudy(t, "history", "--target", r.Tgt)
	require.Equal(t, 0, res.Code, res.Stderr)
	lines := strings.Split(strings.TrimSpace(res.Stdout), "\n")
	require.Len(t, lines, 3, res.Stdout)
	require.Contains(t, lines[0], "started (UTC)")
	require.Contains(t, lines[1], " skipped ", "the newest run skipped verify")
	require.Contains(t, lines[2], " passed ", "the first run was verified")
	require.Contains(t, lines[1], "swapped")

	res = understudy(t, "history", "--target", r.Tgt, "--format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, `"verified": true`)
}

// TestHistoryChart: the chart of a staging database's runs, from its
// understudy.runs: a bar per run, a segment per step it recorded, and
// each verify result.
func TestHistoryChart(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	require.Equal(t, 0, r.Run(t, "--no-verify").Code)
	res := understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--record")
	require.Equal(t, 0, res.Code, res.Stderr)
	out := filepath.Join(t.TempDir(), "history.html")
	res = understudy(t, "history", "--target", r.Tgt, "--format", "html", "-o", out)
	require.Equal(t, 0, res.Code, res.Stderr)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	page := string(data)
	require.Equal(t, 2, strings.Count(page, `<g class="run">`))
	require.Equal(t, 2, strings.Count(page, `<tr class="run-row">`))
	// Each run's segments are the steps its manifest recorded.
	res = understudy(t, "history", "--target", r.Tgt, "--format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	var runs []struct {
		Steps []struct{ Step string } `json:"steps"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &runs))
	steps := 0
	for _, run := range runs {
		steps += len(run.Steps)
		for _, s := range run.Steps {
			require.Contains(t, page, `data-step="`+s.Step+`"`)
		}
	}
	require.Equal(t, steps, strings.Count(page, `<rect class="seg"`))
	require.Equal(t, 1, strings.Count(page, `class="verify at-run v-pass"`), "the first run verified before its swap")
	require.Equal(t, 1, strings.Count(page, `class="verify at-run v-skip"`), "the second did not")
	require.Equal(t, 1, strings.Count(page, `class="verify later v-pass"`), "and was checked since")

	res = understudy(t, "history", "--target", r.Tgt, "--format", "html", "--limit", "1")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Equal(t, 1, strings.Count(res.Stdout, `<g class="run">`))
	res = understudy(t, "history", "--target", r.Tgt, "--format", "pdf")
	require.Equal(t, ExitUsage, res.Code)
	require.Contains(t, res.Stderr, "want text, json or html")
}
