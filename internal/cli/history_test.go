package cli

import (
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
