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

// TestVerifyStrictRuleDrift: a column a migration added after the rules
// were written is drift: listed by verify, failing it with --strict.
func TestVerifyStrictRuleDrift(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.run(t).code)
	_, err := connect(t, r.src).Exec(ctx, "ALTER TABLE public.plans ADD COLUMN tier text")
	require.NoError(t, err)

	res := understudy(t, "verify", "--config", r.rules, "--source", r.src, "--target", r.tgt)
	require.Equal(t, 0, res.code, res.stdout+res.stderr)
	require.Contains(t, res.stdout, "rule drift: 1 columns")
	require.Contains(t, res.stdout, "drift public.plans.tier is not mentioned in the rules file")

	res = understudy(t, "verify", "--config", r.rules, "--source", r.src, "--target", r.tgt, "--strict")
	require.Equal(t, 4, res.code, res.stdout+res.stderr)
	require.Contains(t, res.stderr, "drift: public.plans.tier is not mentioned in the rules file")
}
