package integration

// Fault tests of the reliability suite (make test-reliability): the source
// or the target fails under a run of the real binary. Each time the run
// fails cleanly (exit 1, the cause named on the last line, no password in
// any output), production is untouched, and staging is as it was with
// nothing half-built left. The source terminated mid-copy is
// TestLifecycle/source-terminated.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"strconv"
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

// withUser returns dbURL as user, with a password in the URL. The test
// servers trust every local connection, so the password is never checked:
// it is there to prove that no message prints it.
func withUser(t *testing.T, dbURL, user, password string) string {
	t.Helper()
	u, err := url.Parse(dbURL)
	require.NoError(t, err)
	u.User = url.UserPassword(user, password)
	return u.String()
}

func randomHex(t *testing.T) string {
	t.Helper()
	b := make([]byte, 6)
	_, err := rand.Read(b)
	require.NoError(t, err)
	return hex.EncodeToString(b)
}

// requireFailedCleanly: the run exited 1, its error (the last line that
// starts with "understudy: ", and the detail lines under it) ends stderr
// and names every cause, nothing crashed, and the password shows nowhere.
func requireFailedCleanly(t *testing.T, c *child, password string, causes ...string) {
	t.Helper()
	code := c.wait(t, lifecycleWait)
	stderr := c.errText()
	require.Equal(t, 1, code, stderr)
	requireClean(t, stderr)
	msg := strings.TrimRight(stderr, "\n")
	if i := strings.LastIndex(msg, "\nunderstudy: "); i >= 0 {
		msg = msg[i+1:]
	}
	t.Logf("the run said: %s", msg)
	require.True(t, strings.HasPrefix(msg, "understudy: "), "the error ends stderr:\n%s", stderr)
	require.NotContains(t, msg, "\n{", "no log line follows the error")
	for _, cause := range causes {
		require.Contains(t, msg, cause, "the message names the cause")
	}
	require.NotContains(t, stderr, password, "no password in the log or the error")
	require.NotContains(t, c.stdout.String(), password, "no password on stdout")
}

// requireNothingLeft: staging is the previous complete copy, production
// is untouched, no __next is left, and the run's sessions are gone.
func (lc *lifecycleCase) requireNothingLeft(t *testing.T, c *child) {
	t.Helper()
	lc.requireStagingAsBefore(t)
	require.Equal(t, []string{lc.Target}, lc.Databases(t), "nothing half-built is left")
	awaitGone(t, c.pid())
}

func TestReliabilityFaults(t *testing.T) {
	t.Parallel()
	env := newLifecycleEnv(t)

	// A statement_timeout on the source (a DBA's guard on production,
	// set for the database here) cancels the copy's long COPY. It is set
	// once the run holds its snapshot, so the catalog reads before it
	// succeed and the first long statement is the copy's (pg_dump lifts
	// it for itself).
	t.Run("source/statement-timeout", func(t *testing.T) {
		t.Parallel()
		ctx := context.Background()
		lc := env.newCase(t, true)
		password := "src-" + randomHex(t)
		c := lc.start(t, lc.bin, "--source", withUser(t, lc.runSource, "postgres", password))
		c.waitFor(t, "the lock step", started("lock"))
		admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
		db := pgx.Identifier{pgtest.DatabaseName(lc.runSource)}.Sanitize()
		_, err := admin.Exec(ctx, "ALTER DATABASE "+db+" SET statement_timeout = '20ms'")
		require.NoError(t, err)
		// The copy's COPY, as a rule; on a very busy machine pg_dump's first
		// query may be the one, before pg_dump lifts the timeout.
		requireFailedCleanly(t, c, password, "source", "canceling statement due to statement timeout")
		t.Logf("the timeout ended the %s step", c.stepAt())
		_, err = admin.Exec(ctx, "ALTER DATABASE "+db+" RESET statement_timeout")
		require.NoError(t, err)
		lc.requireNothingLeft(t, c)
	})

	// The source is a hot standby, and replay of the primary's WAL cancels
	// the copy: a migration on the primary takes an ACCESS EXCLUSIVE lock
	// on the tables the run is reading, and the standby, configured not
	// to delay replay (max_standby_streaming_delay = 0), ends the
	// run's queries ("conflict with recovery"). The run is frozen
	// (SIGSTOP) mid-copy while the lock replays, so the conflict lands in
	// the copy whatever the replay lag of a busy machine. The standby's
	// primary is a cluster of its own: a standby of the shared one
	// replays every other test's loads too, and on a busy machine its
	// replay lagged the migration's lock by minutes.
	t.Run("source/standby-conflict", func(t *testing.T) {
		t.Parallel()
		ctx := context.Background()
		lc := env.newCase(t, false)
		own, err := pgtest.StartWithSettings(ctx, nil)
		require.NoError(t, err)
		t.Cleanup(own.Stop)
		lc.runSource, _, err = own.CreateDatabase(ctx, bigFixture)
		require.NoError(t, err)
		lc.srcBefore[lc.runSource] = clitest.SourceSums(t, lc.runSource)
		standby, err := own.StartStandby(ctx)
		require.NoError(t, err)
		t.Cleanup(standby.Stop)
		sadmin := clitest.Connect(t, standby.AdminURL())
		_, err = sadmin.Exec(ctx, "ALTER SYSTEM SET max_standby_streaming_delay = 0")
		require.NoError(t, err)
		// Only the migration's lock should cancel the run: with feedback,
		// the primary's vacuum keeps the rows the run's snapshot needs
		// (without it, a cleanup record could cancel pg_dump early).
		_, err = sadmin.Exec(ctx, "ALTER SYSTEM SET hot_standby_feedback = on")
		require.NoError(t, err)
		_, err = sadmin.Exec(ctx, "SELECT pg_reload_conf()")
		require.NoError(t, err)
		name := pgtest.DatabaseName(lc.runSource)
		awaitReplayed(t, standby.URL(name))

		password := "standby-" + randomHex(t)
		c := lc.start(t, lc.bin, "--source", withUser(t, standby.URL(name), "postgres", password))
		// Freeze the run as soon as one of its copy workers has a table
		// open: from then to the end of the copy step, the workers'
		// transactions hold their tables' locks.
		sdb := clitest.Connect(t, standby.URL(name))
		locked := func() int {
			var n int
			require.NoError(t, sdb.QueryRow(ctx, `SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
				JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE a.application_name = 'understudy' AND a.query LIKE 'COPY %' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
				AND l.mode = 'AccessShareLock' AND l.granted AND c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')`).Scan(&n))
			return n
		}
		deadline := time.Now().Add(lifecycleWait)
		for locked() == 0 {
			select {
			case <-c.exited:
				// Replay cancelled the run before its copy (the
				// primary's autovacuum, truncating a table, takes the
				// same lock): a conflict all the same, and it must end
				// as cleanly.
				requireFailedCleanly(t, c, password, "conflict with recovery")
				t.Logf("the conflict came early, in the %s step", c.stepAt())
				lc.requireNothingLeft(t, c)
				return
			default:
			}
			require.False(t, c.logged(done("copy")), "the copy ended before a worker was seen reading:\n%s", c.errText())
			require.True(t, time.Now().Before(deadline), "no copy worker on the standby after %s:\n%s", lifecycleWait, c.errText())
			time.Sleep(5 * time.Millisecond)
		}
		require.NoError(t, c.cmd.Process.Signal(syscall.SIGSTOP))
		stopped := true
		defer func() {
			if stopped {
				_ = c.cmd.Process.Signal(syscall.SIGCONT)
			}
		}()
		require.Positive(t, locked(), "frozen mid-copy: the workers hold their tables")

		// The migration, on the primary.
		primary := clitest.Connect(t, lc.runSource)
		rows, err := primary.Query(ctx, `SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'`)
		require.NoError(t, err)
		tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
		require.NoError(t, err)
		tx, err := primary.Begin(ctx)
		require.NoError(t, err)
		_, err = tx.Exec(ctx, "SET LOCAL synchronous_commit = on") // the commit flushes the lock to the standby
		require.NoError(t, err)
		_, err = tx.Exec(ctx, "LOCK TABLE "+strings.Join(tables, ", ")+" IN ACCESS EXCLUSIVE MODE")
		require.NoError(t, err)
		require.NoError(t, tx.Commit(ctx))
		var lockLSN string
		require.NoError(t, primary.QueryRow(ctx, "SELECT pg_current_wal_flush_lsn()::text").Scan(&lockLSN))

		// The frozen workers hold their locks until the standby ends them.
		// Wait until the standby has received the lock and its replay has
		// either got past it (the workers were cancelled) or stalls before
		// it: waiting for a worker frozen in the middle of sending, which
		// takes the cancel when the run reads again.
		deadline = time.Now().Add(lifecycleWait)
		var last string
		stalled := time.Now()
		for {
			var received, replayed bool
			var at string
			require.NoError(t, sadmin.QueryRow(ctx, `SELECT pg_last_wal_receive_lsn() >= $1::pg_lsn, pg_last_wal_replay_lsn() >= $1::pg_lsn,
				pg_last_wal_replay_lsn()::text`, lockLSN).Scan(&received, &replayed, &at))
			if replayed {
				break
			}
			if at != last {
				last, stalled = at, time.Now()
			}
			if received && time.Since(stalled) > 2*time.Second {
				break
			}
			require.True(t, time.Now().Before(deadline), "the standby did not replay the lock within %s", lifecycleWait)
			time.Sleep(50 * time.Millisecond)
		}
		require.NoError(t, c.cmd.Process.Signal(syscall.SIGCONT))
		stopped = false
		requireFailedCleanly(t, c, password, "source", "conflict with recovery")
		requireStepInterrupted(t, c, "copy")
		lc.requireNothingLeft(t, c)
	})

	// The target role may not create databases: the run stops at the
	// schema step, before anything is built.
	t.Run("target/no-createdb", func(t *testing.T) {
		t.Parallel()
		lc := env.newCase(t, false)
		role := targetRole(t, "LOGIN NOCREATEDB")
		password := "tgt-" + randomHex(t)
		c := lc.start(t, lc.bin, "--target", withUser(t, lc.Tgt, role, password))
		requireFailedCleanly(t, c, password, "target", "permission denied to create database")
		lc.requireNothingLeft(t, c)
	})

	// The target role may create databases but is no superuser: the
	// source's schema needs an extension only a superuser may create
	// (postgres_fdw). The run fails after creating __next, and drops it.
	t.Run("target/no-superuser", func(t *testing.T) {
		t.Parallel()
		lc := env.newCase(t, false)
		role := targetRole(t, "LOGIN CREATEDB")
		password := "tgt-" + randomHex(t)
		c := lc.start(t, lc.bin, "--target", withUser(t, lc.Tgt, role, password))
		requireFailedCleanly(t, c, password, "permission denied to create extension")
		require.True(t, c.logged(started("schema")), "the run reached the schema step")
		lc.requireNothingLeft(t, c)
	})

	// The target role may open one connection: the refresh lock's. The
	// next one, loading __next, is refused.
	t.Run("target/connection-limit", func(t *testing.T) {
		t.Parallel()
		lc := env.newCase(t, false)
		role := targetRole(t, "LOGIN CREATEDB CONNECTION LIMIT 1")
		password := "tgt-" + randomHex(t)
		c := lc.start(t, lc.bin, "--target", withUser(t, lc.Tgt, role, password))
		requireFailedCleanly(t, c, password, "too many connections for role")
		lc.requireNothingLeft(t, c)
	})

	// The target's data disk fills up during the load. Staging lives on a
	// cluster of its own whose databases sit on a small tmpfs: after a
	// first complete run, the disk is shrunk to leave room for less than
	// another copy.
	t.Run("target/out-of-space", func(t *testing.T) {
		t.Parallel()
		ctx := context.Background()
		srv, err := pgtest.StartOnSmallDisk(ctx)
		if errors.Is(err, pgtest.ErrNeedsRoot) {
			t.Skip("skipped: filling a disk needs a tmpfs of its own, and mounting one needs root (CI runs as root)")
		}
		require.NoError(t, err)
		t.Cleanup(srv.Stop)
		// A staging server of its own: it has none of production's roles
		// (the copied schema's user mapping for acme_app is dropped).
		src := pgtest.Database(t, pgtest.Acme("0.05"))
		r := &refresh{&clitest.Refresh{Src: src, Tgt: srv.URL("staging"), Target: "staging", Rules: env.rules, Main: cli.Main}}
		res := r.runBin(t, env.bin)
		require.Equal(t, 0, res.Code, "the first copy:\n%s", res.Stderr)
		before := r.staging(t)
		srcBefore := clitest.SourceSums(t, src)

		admin := clitest.Connect(t, srv.AdminURL())
		var stagingSize, templateSize int64
		require.NoError(t, admin.QueryRow(ctx, "SELECT pg_database_size('staging'), pg_database_size('template0')").Scan(&stagingSize, &templateSize))
		require.NoError(t, admin.Close(ctx))
		used, _, err := srv.DiskUsage()
		require.NoError(t, err)
		// Room for __next's empty database (a copy of template0) and a
		// third of the data and indexes a copy adds to it.
		size := used + templateSize + (stagingSize-templateSize)/3
		require.NoError(t, srv.ResizeDisk(size))
		t.Logf("staging is %d MiB; the disk is shrunk to %d MiB, with %d MiB in use", stagingSize>>20, size>>20, used>>20)

		password := "tgt-" + randomHex(t)
		c := r.start(t, env.bin, "--target", withUser(t, r.Tgt, "postgres", password))
		// "could not extend file" or "could not write block", with
		// "No space left on device" or a short write: disk_full either way.
		requireFailedCleanly(t, c, password, "(SQLSTATE 53100)", "HINT: Check free disk space.")
		require.True(t, c.logged(done("schema")), "the disk filled up while loading, after the schema:\n%s", c.errText())
		after := r.staging(t)
		require.Equal(t, before.sums, after.sums, "staging holds the previous complete copy")
		require.Equal(t, before.runs, after.runs, "staging's history records no new run")
		require.Equal(t, srcBefore, clitest.SourceSums(t, src), "production is untouched")
		// __next is dropped, unless the full disk stops that too: DROP
		// DATABASE forces a checkpoint, and the checkpoint fails while
		// it cannot write (PostgreSQL's log: "could not write block ...
		// Check free disk space"). Then the run says so, and the next run
		// drops it.
		if dbs := databasesOn(t, srv.AdminURL(), "staging"); len(dbs) > 1 {
			require.Equal(t, []string{"staging", "staging__next"}, dbs)
			require.True(t, c.logged(func(l logLine) bool { return l.Level == "ERROR" && l.Msg == "could not drop the half-built database" }),
				"a __next left behind is reported:\n%s", c.errText())
			t.Logf("the full disk kept __next from being dropped; the run reported it")
		} else {
			require.Equal(t, []string{"staging"}, dbs, "__next is dropped")
		}

		// Once there is room again, the next run succeeds.
		require.NoError(t, srv.ResizeDisk(used+4*stagingSize+templateSize))
		awaitGoneOn(t, srv.AdminURL(), c.pid())
		res = r.runBin(t, env.bin)
		require.Equal(t, 0, res.Code, "the run after space was freed:\n%s", res.Stderr)
		next := r.staging(t)
		require.Equal(t, before.sums, next.sums)
		require.Equal(t, before.runs+1, next.runs)
		require.Equal(t, []string{"staging"}, databasesOn(t, srv.AdminURL(), "staging"))
	})
}

// targetRole creates a role on the shared server with the given options,
// dropped when the test ends.
func targetRole(t *testing.T, options string) string {
	t.Helper()
	ctx := context.Background()
	role := "ustest_role_" + randomHex(t)
	admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
	_, err := admin.Exec(ctx, "CREATE ROLE "+pgx.Identifier{role}.Sanitize()+" "+options)
	require.NoError(t, err)
	t.Cleanup(func() {
		// After the test's databases are dropped: cleanups run last first,
		// and the databases were registered before the role.
		conn, err := pgx.Connect(ctx, pgtest.Shared(t).AdminURL())
		if err != nil {
			t.Logf("drop role %s: %v", role, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP ROLE IF EXISTS "+pgx.Identifier{role}.Sanitize()); err != nil {
			t.Logf("drop role %s: %v", role, err)
		}
	})
	return role
}

// awaitReplayed waits until a standby serves the database.
func awaitReplayed(t *testing.T, dbURL string) {
	t.Helper()
	ctx := context.Background()
	require.Eventually(t, func() bool {
		c, err := connectQuiet(dbURL)
		if err != nil {
			return false
		}
		defer c.Close(ctx)
		var n int
		return c.QueryRow(ctx, "SELECT count(*) FROM public.users").Scan(&n) == nil && n > 0
	}, lifecycleWait, 200*time.Millisecond)
}

// databasesOn lists target, target__next and target__prev as present on
// the server of adminURL.
func databasesOn(t *testing.T, adminURL, target string) []string {
	t.Helper()
	ctx := context.Background()
	conn := clitest.Connect(t, adminURL)
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, "SELECT datname FROM pg_database WHERE datname IN ($1, $2, $3) ORDER BY datname",
		target, target+"__next", target+"__prev")
	require.NoError(t, err)
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	return names
}

// awaitGoneOn is awaitGone on the server of adminURL.
func awaitGoneOn(t *testing.T, adminURL string, pid int) {
	t.Helper()
	ctx := context.Background()
	conn := clitest.Connect(t, adminURL)
	defer conn.Close(ctx)
	app := "understudy refresh (pid " + strconv.Itoa(pid) + ")"
	require.Eventually(t, func() bool {
		var n int
		return conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", app).Scan(&n) == nil && n == 0
	}, lifecycleWait, 100*time.Millisecond, "the refresh lock session of the dead pid %d is still there", pid)
}
