package cli

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestRollback: with keep_previous, a rollback puts back the copy before the
// last refresh, and a second rollback undoes it.
func TestRollback(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))

	res := understudy(t, "rollback", "--target", r.Tgt)
	require.Equal(t, 2, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "no previous copy")

	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(r.Rules, append([]byte("keep_previous: true\n"), data...), 0o644))

	require.Equal(t, 0, r.Run(t).Code)
	first := clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)))

	src := clitest.Connect(t, r.Src)
	_, err = src.Exec(ctx, "DELETE FROM public.audit_events WHERE ctid IN (SELECT ctid FROM public.audit_events LIMIT 5)")
	require.NoError(t, err)
	res = r.Run(t, "--terminate-sessions") // the test's own connection to staging is still open
	require.Equal(t, 0, res.Code, res.Stderr)
	second := clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)))
	require.NotEqual(t, first["public.audit_events"], second["public.audit_events"])

	res = understudy(t, "rollback", "--target", r.Tgt, "--terminate-sessions")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Equal(t, first, clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))), "staging holds the first copy again")

	res = understudy(t, "rollback", "--target", r.Tgt, "--terminate-sessions")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Equal(t, second, clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))), "a second rollback undoes the first")
}
