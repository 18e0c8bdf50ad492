package integration

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestRollback: with keep_previous, a rollback puts back the copy before the
// last refresh, and a second rollback undoes it.
func TestRollback(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))

	res := understudy(t, "rollback", "--target", r.tgt)
	require.Equal(t, 2, res.code, res.stderr)
	require.Contains(t, res.stderr, "no previous copy")

	data, err := os.ReadFile(r.rules)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(r.rules, append([]byte("keep_previous: true\n"), data...), 0o644))

	require.Equal(t, 0, r.run(t).code)
	first := withoutRuns(tableChecksums(t, connect(t, r.tgt)))

	src := connect(t, r.src)
	_, err = src.Exec(ctx, "DELETE FROM public.audit_events WHERE ctid IN (SELECT ctid FROM public.audit_events LIMIT 5)")
	require.NoError(t, err)
	res = r.run(t, "--terminate-sessions") // the test's own connection to staging is still open
	require.Equal(t, 0, res.code, res.stderr)
	second := withoutRuns(tableChecksums(t, connect(t, r.tgt)))
	require.NotEqual(t, first["public.audit_events"], second["public.audit_events"])

	res = understudy(t, "rollback", "--target", r.tgt, "--terminate-sessions")
	require.Equal(t, 0, res.code, res.stderr)
	require.Equal(t, first, withoutRuns(tableChecksums(t, connect(t, r.tgt))), "staging holds the first copy again")

	res = understudy(t, "rollback", "--target", r.tgt, "--terminate-sessions")
	require.Equal(t, 0, res.code, res.stderr)
	require.Equal(t, second, withoutRuns(tableChecksums(t, connect(t, r.tgt))), "a second rollback undoes the first")
}

// TestHistory: staging lists the refreshes it received, newest first.
func TestHistory(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.run(t).code)
	require.Equal(t, 0, r.run(t, "--no-verify").code)
	res := understudy(t, "history", "--target", r.tgt)
	require.Equal(t, 0, res.code, res.stderr)
	lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
	require.Len(t, lines, 3, res.stdout)
	require.Contains(t, lines[0], "started (UTC)")
	require.Contains(t, lines[1], " skipped ", "the newest run skipped verify")
	require.Contains(t, lines[2], " passed ", "the first run was verified")
	require.Contains(t, lines[1], "swapped")

	res = understudy(t, "history", "--target", r.tgt, "--format", "json")
	require.Equal(t, 0, res.code, res.stderr)
	require.Contains(t, res.stdout, `"verified": true`)
}
