package integration

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestRunVerifiesBeforeSwap: a run verifies __next before the swap; a
// failed check (here a DBA marked the settings' secrets as keep) exits 4,
// names the finding and leaves staging as it was. --no-verify swaps anyway.
func TestRunVerifiesBeforeSwap(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	res := r.run(t)
	require.Equal(t, 0, res.code, res.stderr)
	require.Contains(t, res.stderr, `"msg":"verified"`)
	before := withoutRuns(tableChecksums(t, connect(t, r.tgt)))

	data, err := os.ReadFile(r.rules)
	require.NoError(t, err)
	bad := strings.Replace(string(data), "    value: redact\n", "    value: keep\n", 1)
	require.NotEqual(t, string(data), bad)
	require.NoError(t, os.WriteFile(r.rules, []byte(bad), 0o644))

	res = r.run(t, "--terminate-sessions")
	require.Equal(t, 4, res.code, res.stderr)
	require.Contains(t, res.stderr, "public.app_settings")
	require.Contains(t, res.stderr, "not swapped in; staging is unchanged")
	require.NotContains(t, res.stderr, "sk_live_51AcmePl4nted", "a finding never shows the secret")
	require.Equal(t, before, withoutRuns(tableChecksums(t, connect(t, r.tgt))))
	var n int
	require.NoError(t, connect(t, pgtest.Shared(t).AdminURL()).QueryRow(ctx, "SELECT count(*) FROM pg_database WHERE datname = $1", r.target+"__next").Scan(&n))
	require.Zero(t, n)

	res = r.run(t, "--terminate-sessions", "--no-verify")
	require.Equal(t, 0, res.code, res.stderr)
}
