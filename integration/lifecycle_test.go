package integration

// Lifecycle tests of `understudy run` (STYLE.md, "Test the lifecycle, not
// just the happy path"): the real binary is killed or interrupted at each
// step, loses its source mid-copy, or finds staging busy at the swap. Each
// time, production is untouched, staging still holds the previous complete
// copy, nothing half-built is left behind (with --keep-failed, exactly
// __next is), and the next run succeeds.

import (
	"context"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/cli"
	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// stopPoint is where a test stops a run.
type stopPoint struct {
	name string
	// step must have started, and not finished, when the run stops.
	step string
	// big: the run reads a larger source (acme at scale 0.5), so that the
	// copy lasts long enough to be stopped in the middle. The previous
	// copy and the next run come from the small one.
	big bool
	// busy: a session stays connected to staging, so the swap waits for it
	// and the run is stopped in that wait, deterministically.
	busy bool
	// reach waits until the run is at the point.
	reach func(t *testing.T, c *child)
}

func tableCopied(l logLine) bool {
	return l.Table != "" && (l.Msg == "table copied" || l.Msg == "table done")
}

var (
	atSchema = stopPoint{name: "schema", step: "schema",
		reach: func(t *testing.T, c *child) { c.waitFor(t, "the schema step", started("schema")) }}
	atCopy = stopPoint{name: "copy", step: "copy", big: true, reach: func(t *testing.T, c *child) {
		// Stop once a table is in __next and others are in flight.
		c.waitFor(t, "the copy step", started("copy"))
		c.waitFor(t, "a copied table", tableCopied)
	}}
	atPostData = stopPoint{name: "post-data", step: "post-data",
		reach: func(t *testing.T, c *child) { c.waitFor(t, "the post-data step", started("post-data")) }}
	atSwapWait = stopPoint{name: "swap-wait", step: "swap", busy: true,
		reach: func(t *testing.T, c *child) { c.waitFor(t, "the swap step", started("swap")) }}
	stopPoints = []stopPoint{atSchema, atCopy, atPostData, atSwapWait}
)

// bigFixture is the source of the runs stopped mid-copy.
var bigFixture = pgtest.Acme("0.5")

// lifecycleEnv is what the lifecycle tests share: the binary, a rules file
// for acme, and a staging database made by one normal run, which each test
// clones as its previous copy.
type lifecycleEnv struct {
	bin, rules, baseline string
}

func newLifecycleEnv(t *testing.T) *lifecycleEnv {
	t.Helper()
	var bin string
	var buildErr error
	built, dir := make(chan struct{}), t.TempDir()
	go func() { // the build overlaps the set-up of the databases
		defer close(built)
		bin, buildErr = buildUnderstudy(dir)
	}()
	// The big fixture's template is built once per server: start it now,
	// so the tests that need it do not wait for it.
	warm, srv := make(chan struct{}), pgtest.Shared(t)
	go func() {
		defer close(warm)
		ctx := context.Background()
		if _, name, err := srv.CreateDatabase(ctx, bigFixture); err == nil {
			_ = srv.DropDatabase(ctx, name)
		} // else the first test that needs it reports the error
	}()
	t.Cleanup(func() { <-warm })
	r := newRefresh(t, pgtest.Acme("0.05"))
	<-built
	require.NoError(t, buildErr)
	res := r.runBin(t, bin)
	require.Equal(t, 0, res.Code, res.Stderr)
	return &lifecycleEnv{bin: bin, rules: r.Rules, baseline: r.Target}
}

// lifecycleCase is one test's databases: a source (acme at 0.05), staging
// cloned from the baseline, and, for a big stop point, the larger source
// the stopped run reads.
type lifecycleCase struct {
	*refresh
	bin       string
	runSource string
	before    stagingState
	srcBefore map[string]map[string]string
}

func (env *lifecycleEnv) newCase(t *testing.T, big bool) *lifecycleCase {
	t.Helper()
	ctx := context.Background()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	u, err := url.Parse(src)
	require.NoError(t, err)
	target := pgtest.DatabaseName(src) + "_staging"
	u.Path = "/" + target
	t.Cleanup(func() {
		srv := pgtest.Shared(t)
		for _, db := range []string{target, target + "__next", target + "__prev"} {
			_ = srv.DropDatabase(context.Background(), db)
		}
	})
	admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
	_, err = admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{target}.Sanitize()+" TEMPLATE "+pgx.Identifier{env.baseline}.Sanitize())
	require.NoError(t, err)
	require.NoError(t, admin.Close(ctx))

	lc := &lifecycleCase{
		refresh:   &refresh{&clitest.Refresh{Src: src, Tgt: u.String(), Target: target, Rules: env.rules, Main: cli.Main}},
		bin:       env.bin,
		runSource: src,
		srcBefore: map[string]map[string]string{},
	}
	if big {
		lc.runSource = pgtest.Database(t, bigFixture)
	}
	for _, s := range []string{lc.Src, lc.runSource} {
		lc.srcBefore[s] = clitest.SourceSums(t, s)
	}
	lc.before = lc.staging(t)
	require.Equal(t, 1, lc.before.runs, "staging holds the baseline run")
	require.NotEmpty(t, lc.before.sums)
	return lc
}

// startAt starts a run from runSource and waits until it is at p.
func (lc *lifecycleCase) startAt(t *testing.T, p stopPoint, extra ...string) *child {
	t.Helper()
	c := lc.start(t, lc.bin, append([]string{"--source", lc.runSource}, extra...)...)
	p.reach(t, c)
	return c
}

// requireStagingAsBefore: staging is the previous complete copy, with its
// history, and production is as it was.
func (lc *lifecycleCase) requireStagingAsBefore(t *testing.T) {
	t.Helper()
	after := lc.staging(t)
	require.Equal(t, lc.before.sums, after.sums, "staging holds the previous complete copy")
	require.Equal(t, lc.before.runs, after.runs, "staging's history records no new run")
	lc.requireSourcesUntouched(t)
}

func (lc *lifecycleCase) requireSourcesUntouched(t *testing.T) {
	t.Helper()
	for s, sums := range lc.srcBefore {
		require.Equal(t, sums, clitest.SourceSums(t, s), "production is untouched: %s", pgtest.DatabaseName(s))
	}
}

// requireNextRunSucceeds runs normally (from the small source): it
// replaces staging with the same data, records one more run, and leaves
// neither __next nor __prev.
func (lc *lifecycleCase) requireNextRunSucceeds(t *testing.T, runsBefore int) {
	t.Helper()
	res := lc.runBin(t, lc.bin)
	require.Equal(t, 0, res.Code, "the next run succeeds:\n%s", res.Stderr)
	after := lc.staging(t)
	require.Equal(t, lc.before.sums, after.sums, "the next run gives the same staging data")
	require.Equal(t, runsBefore+1, after.runs, "the next run is recorded")
	require.Equal(t, []string{lc.Target}, lc.Databases(t), "nothing half-built is left")
	lc.requireSourcesUntouched(t)
}

func requireStepInterrupted(t *testing.T, c *child, step string) {
	t.Helper()
	require.True(t, c.logged(started(step)), "the %s step had started", step)
	require.False(t, c.logged(done(step)), "the %s step had not finished:\n%s", step, c.errText())
}

func TestLifecycle(t *testing.T) {
	t.Parallel()
	env := newLifecycleEnv(t)

	t.Run("SIGKILL", func(t *testing.T) {
		t.Parallel()
		for _, p := range stopPoints {
			t.Run(p.name, func(t *testing.T) {
				t.Parallel()
				lc := env.newCase(t, p.big)
				var session *pgx.Conn
				if p.busy {
					session = clitest.Connect(t, lc.Tgt)
				}
				c := lc.startAt(t, p)
				c.signal(t, syscall.SIGKILL)
				c.wait(t, lifecycleWait)
				ws := c.cmd.ProcessState.Sys().(syscall.WaitStatus)
				require.True(t, ws.Signaled() && ws.Signal() == syscall.SIGKILL, "killed: %v", c.cmd.ProcessState)
				requireStepInterrupted(t, c, p.step)
				// The server ends the dead run's sessions when it notices;
				// until then they hold the refresh lock.
				awaitGone(t, c.pid())
				lc.requireStagingAsBefore(t)
				if session != nil {
					require.NoError(t, session.Close(context.Background()))
				}
				lc.requireNextRunSucceeds(t, lc.before.runs)
			})
		}
		// Just before the swap, with nothing to wait for: the swap is one
		// transaction, so the kill leaves the old or the new complete copy.
		t.Run("before-swap", func(t *testing.T) {
			t.Parallel()
			lc := env.newCase(t, false)
			c := lc.start(t, lc.bin)
			c.waitFor(t, "the end of the manifest step", done("manifest"))
			c.signal(t, syscall.SIGKILL)
			code := c.wait(t, lifecycleWait)
			awaitGone(t, c.pid())
			after := lc.staging(t)
			require.Equal(t, lc.before.sums, after.sums, "staging is a complete copy (two copies with one secret are identical)")
			if c.logged(done("swap")) || code == 0 {
				require.Equal(t, lc.before.runs+1, after.runs, "the swap committed: the new copy")
			} else {
				require.Contains(t, []int{lc.before.runs, lc.before.runs + 1}, after.runs, "the old or the new copy")
			}
			t.Logf("killed at the swap: staging holds %d runs (1: the old copy, 2: the new)", after.runs)
			lc.requireSourcesUntouched(t)
			lc.requireNextRunSucceeds(t, after.runs)
		})
	})

	t.Run("SIGINT", func(t *testing.T) {
		t.Parallel()
		for _, p := range stopPoints {
			t.Run(p.name, func(t *testing.T) {
				t.Parallel()
				lc := env.newCase(t, p.big)
				if p.busy {
					clitest.Connect(t, lc.Tgt) // held until the test ends
				}
				c := lc.startAt(t, p)
				c.signal(t, syscall.SIGINT)
				code := c.wait(t, interruptExit)
				stderr := c.errText()
				require.Equal(t, 130, code, stderr)
				require.Contains(t, lastLine(stderr), "understudy: interrupted")
				requireClean(t, stderr)
				requireStepInterrupted(t, c, p.step)
				lc.requireStagingAsBefore(t)
				require.Equal(t, []string{lc.Target}, lc.Databases(t), "__next is dropped on the way out:\n%s", stderr)
				awaitGone(t, c.pid()) // the lock is released
			})
		}
		t.Run("keep-failed", func(t *testing.T) {
			t.Parallel()
			lc := env.newCase(t, false)
			c := lc.startAt(t, atPostData, "--keep-failed")
			c.signal(t, syscall.SIGINT)
			code := c.wait(t, interruptExit)
			stderr := c.errText()
			require.Equal(t, 130, code, stderr)
			requireClean(t, stderr)
			lc.requireStagingAsBefore(t)
			require.Equal(t, []string{lc.Target, lc.Target + "__next"}, lc.Databases(t), "--keep-failed leaves __next for inspection")
			awaitGone(t, c.pid())
			lc.requireNextRunSucceeds(t, lc.before.runs)
		})
	})

	// The source goes away mid-copy (a failover, an administrator): the run
	// fails, names the source, and leaves staging as it was.
	t.Run("source-terminated", func(t *testing.T) {
		t.Parallel()
		ctx := context.Background()
		lc := env.newCase(t, true)
		c := lc.startAt(t, atCopy)
		admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
		terminated := 0
		// Every source session of understudy, again and again: a worker
		// that connects late is ended too.
		for stop := false; !stop; {
			var n int
			require.NoError(t, admin.QueryRow(ctx, `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
				WHERE datname = $1 AND application_name = 'understudy' AND pid <> pg_backend_pid()`,
				pgtest.DatabaseName(lc.runSource)).Scan(&n))
			terminated += n
			select {
			case <-c.exited:
				stop = true
			case <-time.After(100 * time.Millisecond):
			}
		}
		require.Positive(t, terminated, "the run's source sessions are found by application_name")
		code := c.wait(t, lifecycleWait)
		stderr := c.errText()
		require.Equal(t, 1, code, stderr)
		requireClean(t, stderr)
		requireStepInterrupted(t, c, "copy")
		last := lastLine(stderr)
		t.Logf("terminated %d source sessions; the run said: %s", terminated, last)
		require.True(t, strings.HasPrefix(last, "understudy: "), "the error is the last line: %q", last)
		require.Contains(t, last, "source", "the message names the source")
		// The server's own words when the session was reading; a closed
		// connection when it was ended between two tables' transactions.
		require.Regexp(t, `terminating connection due to administrator command|unexpected EOF|connection reset by peer|conn closed`, last)
		lc.requireStagingAsBefore(t)
		require.Equal(t, []string{lc.Target}, lc.Databases(t), "__next is dropped")
		awaitGone(t, c.pid())
		lc.requireNextRunSucceeds(t, lc.before.runs)
	})

	// A session on staging and no --terminate-sessions: the swap waits
	// --swap-timeout, then fails and leaves staging as it was. With
	// --terminate-sessions, the session is ended and the swap goes
	// through.
	t.Run("swap-timeout", func(t *testing.T) {
		t.Parallel()
		ctx := context.Background()
		lc := env.newCase(t, false)
		session := clitest.Connect(t, lc.Tgt)
		var pid uint32
		require.NoError(t, session.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid))
		res := lc.runBin(t, lc.bin, "--swap-timeout", "2s")
		require.Equal(t, 1, res.Code, res.Stderr)
		requireClean(t, res.Stderr)
		last := lastLine(res.Stderr)
		require.Contains(t, last, "staging is unchanged")
		require.Contains(t, last, "--terminate-sessions")
		require.NoError(t, session.Ping(ctx), "the session was left alone")
		lc.requireStagingAsBefore(t)
		require.Equal(t, []string{lc.Target}, lc.Databases(t), "__next is dropped")

		res = lc.runBin(t, lc.bin, "--terminate-sessions")
		require.Equal(t, 0, res.Code, res.Stderr)
		require.Error(t, session.Ping(ctx), "the staging session was ended")
		var n int
		require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(ctx,
			"SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid).Scan(&n))
		require.Zero(t, n, "the staging session's backend is gone")
		after := lc.staging(t)
		require.Equal(t, lc.before.sums, after.sums)
		require.Equal(t, lc.before.runs+1, after.runs, "staging is the new copy")
		require.Equal(t, []string{lc.Target}, lc.Databases(t))
		lc.requireSourcesUntouched(t)
	})
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
