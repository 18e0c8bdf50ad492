package integration

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// Generous bounds: the tests may run on two busy cores. They never assert
// on wall time except as these safety bounds.
const (
	lifecycleWait = 3 * time.Minute  // for a log line, or a run to end
	interruptExit = 15 * time.Second // SIGINT to exit: "within a few seconds"
)

// buildUnderstudy builds cmd/understudy into dir. It builds without -race
// even under go test -race: the race detector slows the copy several times
// over, and the in-process tests already run the engine under it. It
// returns an error rather than failing a test: it runs on a goroutine of
// its own, alongside the set-up of the databases.
func buildUnderstudy(dir string) (string, error) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the lifecycle tests build cmd/understudy: %w", err)
	}
	bin := filepath.Join(dir, "understudy")
	cmd := exec.Command(gobin, "build", "-o", bin, "./cmd/understudy")
	cmd.Dir = pgtest.RepoRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build -o %s ./cmd/understudy: %w\n%s", bin, err, out)
	}
	return bin, nil
}

// logLine is the part of a JSON log line the tests look at.
type logLine struct {
	Msg   string `json:"msg"`
	Level string `json:"level"`
	Step  string `json:"step"`
	Table string `json:"table"`
}

func started(step string) func(logLine) bool {
	return func(l logLine) bool { return l.Msg == "step started" && l.Step == step }
}

func done(step string) func(logLine) bool {
	return func(l logLine) bool { return l.Msg == "step done" && l.Step == step }
}

// child is one `understudy run` in its own process, its stderr parsed as
// JSON log lines as they come.
type child struct {
	cmd    *exec.Cmd
	stdout bytes.Buffer

	mu      sync.Mutex
	stderr  bytes.Buffer
	partial []byte
	lines   []logLine
	cursor  int           // lines before it were consumed by waitFor
	notify  chan struct{} // poked on each new line
	exited  chan struct{} // closed when the process has exited and stderr is drained
	code    int
	waitErr error
}

// start runs the binary on r with debug JSON logs. The process has a
// process group of its own, so its pg_dump and psql children, which a
// SIGKILL orphans, are killed when the test ends.
func (r *refresh) start(t *testing.T, bin string, extra ...string) *child {
	t.Helper()
	args := append([]string{"run", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt,
		"--log-format", "json", "--log-level", "debug"}, extra...)
	c := &child{notify: make(chan struct{}, 1), exited: make(chan struct{})}
	c.cmd = exec.Command(bin, args...)
	c.cmd.Stdout = &c.stdout
	c.cmd.Stderr = c
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	c.cmd.WaitDelay = 10 * time.Second
	require.NoError(t, c.cmd.Start())
	pid := c.cmd.Process.Pid
	go func() {
		err := c.cmd.Wait()
		c.mu.Lock()
		c.waitErr = err
		c.code = c.cmd.ProcessState.ExitCode()
		c.mu.Unlock()
		close(c.exited)
	}()
	t.Cleanup(func() {
		_ = syscall.Kill(-pid, syscall.SIGKILL) // the group: leftovers of a killed run
		select {
		case <-c.exited:
		case <-time.After(lifecycleWait):
			t.Errorf("understudy (pid %d) did not exit", pid)
		}
	})
	return c
}

// Write collects stderr and parses each complete line.
func (c *child) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stderr.Write(p)
	c.partial = append(c.partial, p...)
	for {
		i := bytes.IndexByte(c.partial, '\n')
		if i < 0 {
			break
		}
		var l logLine
		if json.Unmarshal(c.partial[:i], &l) == nil {
			c.lines = append(c.lines, l)
		}
		c.partial = c.partial[i+1:]
	}
	select {
	case c.notify <- struct{}{}:
	default:
	}
	return len(p), nil
}

// runBin runs the binary on r to the end, as cron would.
func (r *refresh) runBin(t *testing.T, bin string, extra ...string) clitest.Result {
	t.Helper()
	c := r.start(t, bin, extra...)
	code := c.wait(t, lifecycleWait)
	return clitest.Result{Code: code, Stdout: c.stdout.String(), Stderr: c.errText()}
}

func (c *child) pid() int { return c.cmd.Process.Pid }

func (c *child) errText() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stderr.String()
}

// waitFor returns once a log line not yet consumed matches; it fails the
// test if the process ends first.
func (c *child) waitFor(t *testing.T, what string, match func(logLine) bool) {
	t.Helper()
	timeout := time.After(lifecycleWait)
	for {
		c.mu.Lock()
		for ; c.cursor < len(c.lines); c.cursor++ {
			if match(c.lines[c.cursor]) {
				c.cursor++
				c.mu.Unlock()
				return
			}
		}
		c.mu.Unlock()
		select {
		case <-c.notify:
		case <-c.exited:
			c.mu.Lock()
			more := c.cursor < len(c.lines)
			c.mu.Unlock()
			if !more {
				t.Fatalf("understudy exited (code %d) before %s:\n%s", c.code, what, c.errText())
			}
		case <-timeout:
			t.Fatalf("no %s after %s:\n%s", what, lifecycleWait, c.errText())
		}
	}
}

// logged reports whether any line so far matches.
func (c *child) logged(match func(logLine) bool) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, l := range c.lines {
		if match(l) {
			return true
		}
	}
	return false
}

func (c *child) signal(t *testing.T, sig syscall.Signal) {
	t.Helper()
	if err := c.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatalf("signal %v: %v", sig, err)
	}
}

// wait returns the exit code, failing the test when the process does not
// end within d.
func (c *child) wait(t *testing.T, d time.Duration) int {
	t.Helper()
	select {
	case <-c.exited:
	case <-time.After(d):
		t.Fatalf("understudy (pid %d) still running %s later:\n%s", c.pid(), d, c.errText())
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var exitErr *exec.ExitError
	if c.waitErr != nil && !errors.As(c.waitErr, &exitErr) {
		t.Fatalf("understudy: %v", c.waitErr)
	}
	return c.code
}

// requireClean fails on what a clean exit never prints: a panic, a stack
// trace, a data race.
func requireClean(t *testing.T, stderr string) {
	t.Helper()
	for _, bad := range []string{"panic:", "goroutine ", "DATA RACE", "fatal error:"} {
		require.NotContains(t, stderr, bad)
	}
}

// stagingState is what a test compares staging by: the checksums of its
// tables, minus the run history, and how many runs that history holds.
type stagingState struct {
	sums map[string]string
	runs int
}

// staging reads the staging database through a connection of its own,
// closed before it returns: a session left open would hold up the next
// run's swap.
func (r *refresh) staging(t *testing.T) stagingState {
	t.Helper()
	return readState(t, r.Tgt)
}

func readState(t *testing.T, dbURL string) stagingState {
	t.Helper()
	ctx := context.Background()
	conn := clitest.Connect(t, dbURL)
	defer conn.Close(ctx)
	var s stagingState
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM understudy.runs").Scan(&s.runs))
	s.sums = clitest.WithoutRuns(clitest.TableChecksums(t, conn))
	return s
}

// awaitGone waits until the server has ended every backend of a dead run
// (they hold the refresh lock until then), up to a generous bound.
func awaitGone(t *testing.T, pid int) {
	t.Helper()
	ctx := context.Background()
	conn := clitest.Connect(t, pgtest.Shared(t).AdminURL())
	defer conn.Close(ctx)
	deadline := time.Now().Add(lifecycleWait)
	for {
		var n int
		require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
			"understudy refresh (pid "+strconv.Itoa(pid)+")").Scan(&n))
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the refresh lock session of the dead pid %d is still there after %s", pid, lifecycleWait)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
