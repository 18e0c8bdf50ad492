package integration

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestRunFromHotStandby: a hot standby serves as the source; the manifest
// says so and carries the replay LSN. The standby's primary is a cluster
// of its own: the shared server may be an external one (make test shares
// one between the test binaries), and a standby of it would replay every
// other test's loads too.
func TestRunFromHotStandby(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	own, err := pgtest.StartWithSettings(ctx, nil)
	require.NoError(t, err)
	t.Cleanup(own.Stop)
	primary, _, err := own.CreateDatabase(ctx, pgtest.Acme("0.05"))
	require.NoError(t, err)
	standby, err := own.StartStandby(ctx)
	require.NoError(t, err)
	t.Cleanup(standby.Stop)

	src := standby.URL(pgtest.DatabaseName(primary))
	// Wait until the standby has replayed the source database.
	require.Eventually(t, func() bool {
		c, err := connectQuiet(src)
		if err != nil {
			return false
		}
		defer c.Close(ctx)
		var n int
		return c.QueryRow(ctx, "SELECT count(*) FROM public.users").Scan(&n) == nil && n > 0
	}, 60*time.Second, 200*time.Millisecond)

	manifest := t.TempDir() + "/m.json"
	res := understudy(t, "run", "--config", r.Rules, "--source", src, "--target", r.Tgt, "--log-format", "json", "--manifest", manifest)
	require.Equal(t, 0, res.Code, res.Stderr)
	m := clitest.ReadManifest(t, manifest)
	require.Equal(t, true, m["source_standby"])
	require.NotEmpty(t, m["source_lsn"])

	require.Equal(t, clitest.RowCounts(clitest.TableChecksums(t, clitest.Connect(t, primary))), clitest.RowCounts(clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)))))
}
