package integration

// The kill test of the reliability suite (make test-reliability): the real
// binary is killed with SIGKILL at random points, chosen from a seed the
// test prints, across many runs. After every kill, staging is the previous
// complete copy or the new complete copy, production is untouched, and the
// next complete run succeeds and leaves nothing half-built.

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

var (
	killSeed  = flag.Uint64("reliability.seed", 0, "seed of TestReliabilityKill's kill points (0: from the clock); the test prints the one it used")
	killCount = flag.Int("reliability.kills", 24, "how many runs TestReliabilityKill kills")
)

// killPoint is when a run is killed: when its log shows an event (a step
// starting or ending), once it has written a number of JSON log lines, or
// after a delay.
type killPoint struct {
	event logLine
	lines int
	after time.Duration
}

func (p killPoint) String() string {
	switch {
	case p.event.Msg != "":
		return fmt.Sprintf("at %q %s", p.event.Msg, p.event.Step)
	case p.lines > 0:
		return fmt.Sprintf("at log line %d", p.lines)
	}
	return fmt.Sprintf("after %s", p.after.Round(time.Millisecond))
}

// kill waits for the point, then kills the run; a run that exits first is
// not waited for further.
func (p killPoint) kill(t *testing.T, c *child) {
	t.Helper()
	switch {
	case p.event.Msg != "":
		c.waitLine(1, func(l logLine) bool { return l.Msg == p.event.Msg && l.Step == p.event.Step })
	case p.lines > 0:
		c.waitLine(p.lines, func(logLine) bool { return true })
	default:
		select {
		case <-time.After(p.after):
		case <-c.exited:
		}
	}
	c.signal(t, syscall.SIGKILL)
}

// killTally counts where the kills landed.
type killTally struct {
	steps     map[string]int // the step in progress when the kill landed
	completed int            // runs that had exited 0 before the kill came
	swapped   int            // kills after which staging was the new copy
	leftNext  int            // kills that left __next behind
	leftPrev  int            // kills that left __prev behind
	cycles    int            // complete runs after one or more kills
}

func (k *killTally) add(o *killTally) {
	for s, n := range o.steps {
		k.steps[s] += n
	}
	k.completed += o.completed
	k.swapped += o.swapped
	k.leftNext += o.leftNext
	k.leftPrev += o.leftPrev
	k.cycles += o.cycles
}

func (k *killTally) String() string {
	names := make([]string, 0, len(k.steps))
	for s := range k.steps {
		names = append(names, s)
	}
	sort.Strings(names)
	var b strings.Builder
	total := k.completed
	for _, s := range names {
		total += k.steps[s]
	}
	fmt.Fprintf(&b, "%d runs sent SIGKILL, in %d cycles that each ended with a run that succeeded\n", total, k.cycles)
	fmt.Fprintf(&b, "  where the kills landed (the step in progress):\n")
	for _, s := range names {
		fmt.Fprintf(&b, "    %-12s %3d\n", s, k.steps[s])
	}
	fmt.Fprintf(&b, "  runs that completed before the kill: %d\n", k.completed)
	fmt.Fprintf(&b, "  staging afterwards: the new copy %d times, the previous copy %d times\n", k.swapped, total-k.swapped)
	fmt.Fprintf(&b, "  left behind for the next run to drop: __next %d times, __prev %d times", k.leftNext, k.leftPrev)
	return b.String()
}

// waitLine returns once the run has written n JSON log lines that match,
// or has exited.
func (c *child) waitLine(n int, match func(logLine) bool) {
	for {
		c.mu.Lock()
		seen := 0
		for _, l := range c.lines {
			if match(l) {
				seen++
			}
		}
		c.mu.Unlock()
		if seen >= n {
			return
		}
		select {
		case <-c.notify:
		case <-c.exited:
			return
		}
	}
}

// stepAt is the step the run was in when it stopped, from its log:
// "start-up" before the first step, "exiting" after the swap.
func (c *child) stepAt() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	step := "start-up"
	for _, l := range c.lines {
		switch {
		case l.Msg == "step started":
			step = l.Step
		case l.Msg == "step done" && l.Step == "swap":
			step = "exiting"
		}
	}
	return step
}

// killed is what one kill left.
type killed struct {
	label string
	state stagingState
}

// killChains is how many chains of runs the kills are spread over. Each
// chain has its own production and staging databases; they run side by
// side, so that the kills fit in CI's time on two cores.
const killChains = 2

func TestReliabilityKill(t *testing.T) {
	t.Parallel()
	seed := *killSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (go test ./integration -run TestReliabilityKill -reliability.seed=%d replays these kill points)", seed, seed)
	bin, err := buildUnderstudy(t.TempDir())
	require.NoError(t, err)

	var mu sync.Mutex
	tally := &killTally{steps: map[string]int{}}
	t.Run("chains", func(t *testing.T) {
		for i := range killChains {
			kills := *killCount / killChains
			if i < *killCount%killChains {
				kills++
			}
			t.Run(fmt.Sprint(i+1), func(t *testing.T) {
				t.Parallel()
				got := killChain(t, bin, rand.New(rand.NewPCG(seed, uint64(i))), kills)
				mu.Lock()
				defer mu.Unlock()
				tally.add(got)
			})
		}
	})
	if !t.Failed() {
		t.Logf("kill test (seed %d):\n%s", seed, tally)
	}
}

// killChain kills runs of one production/staging pair, n times, in cycles:
// production changes, one to four runs are killed, and a run is left to
// complete.
func killChain(t *testing.T, bin string, rng *rand.Rand, n int) *killTally {
	ctx := context.Background()
	// Small, so that many runs fit in CI's time.
	r := newRefresh(t, pgtest.Acme("0.05"))
	src := clitest.Connect(t, r.Src)

	// A complete run gives the first copy, the run's length and the number
	// of log lines it writes: the ranges the kill points are drawn from.
	began := time.Now()
	first := r.start(t, bin)
	require.Equal(t, 0, first.wait(t, lifecycleWait), first.errText())
	length := time.Since(began)
	first.mu.Lock()
	lines := len(first.lines)
	var steps []logLine // every step's start and end, in order
	for _, l := range first.lines {
		if l.Msg == "step started" || l.Msg == "step done" {
			steps = append(steps, logLine{Msg: l.Msg, Step: l.Step})
		}
	}
	first.mu.Unlock()
	require.NotEmpty(t, steps)

	tally := &killTally{steps: map[string]int{}}
	prev := r.staging(t)
	for kills := 0; kills < n; {
		// Production changes between refreshes, so that the previous copy
		// and the new one differ and a checksum tells them apart.
		_, err := src.Exec(ctx, "UPDATE public.plans SET monthly_price = monthly_price + 1")
		require.NoError(t, err)
		srcSums := clitest.SourceSums(t, r.Src)

		var after []killed
		for m := 1 + rng.IntN(4); m > 0 && kills < n; m-- {
			kills++
			// A third of the kills at a step's start or end, a third at
			// any log line (most are tables copied), a third at any
			// instant up to a little past the length of a complete run.
			var p killPoint
			switch rng.IntN(3) {
			case 0:
				p.event = steps[rng.IntN(len(steps))]
			case 1:
				p.lines = 1 + rng.IntN(lines)
			default:
				p.after = time.Duration(rng.Int64N(int64(length) * 6 / 5))
			}
			c := r.start(t, bin)
			p.kill(t, c)
			code := c.wait(t, lifecycleWait)
			k := killed{label: fmt.Sprintf("kill %d/%d %s", kills, n, p)}
			if ws := c.cmd.ProcessState.Sys().(syscall.WaitStatus); ws.Signaled() {
				require.Equal(t, syscall.SIGKILL, ws.Signal(), "%s: the run died of another signal:\n%s", k.label, c.errText())
				step := c.stepAt()
				tally.steps[step]++
				k.label += " landed in " + step
			} else {
				// It got there first: it must have succeeded, not failed on
				// what an earlier kill left.
				require.Equal(t, 0, code, "%s: the run failed before the kill:\n%s", k.label, c.errText())
				tally.completed++
				k.label += " came after the run completed"
			}
			awaitGone(t, c.pid())
			k.state = r.staging(t)
			dbs := r.Databases(t)
			require.Contains(t, dbs, r.Target, "%s: staging exists", k.label)
			for _, db := range dbs {
				switch db {
				case r.Target + "__next":
					tally.leftNext++
				case r.Target + "__prev":
					tally.leftPrev++
				}
			}
			t.Logf("%s; left %s", k.label, strings.Join(dbs, ", "))
			after = append(after, k)
		}

		// The next run, left to finish, succeeds and leaves only staging.
		began := time.Now()
		c := r.start(t, bin)
		code := c.wait(t, lifecycleWait)
		last := after[len(after)-1].label
		require.Equal(t, 0, code, "the run after %s fails:\n%s", last, c.errText())
		length = time.Since(began)
		tally.cycles++
		next := r.staging(t)
		require.Equal(t, []string{r.Target}, r.Databases(t), "the complete run after %s leaves nothing half-built", last)
		require.NotEqual(t, prev.sums, next.sums, "the new copy differs from the previous one (production changed)")
		// Only this test writes to production, before the cycle's first
		// run: unchanged now, it was unchanged after every kill.
		require.Equal(t, srcSums, clitest.SourceSums(t, r.Src), "production is untouched by the runs up to %s", last)

		// Every kill left one complete copy: the previous one, with its
		// history, or the new one, recorded as one more run.
		runs := prev.runs
		for _, k := range after {
			switch {
			case equalSums(k.state.sums, prev.sums):
				require.Equal(t, prev.runs, k.state.runs, "%s: the previous copy, with its history", k.label)
			case equalSums(k.state.sums, next.sums):
				require.Contains(t, []int{runs, runs + 1}, k.state.runs, "%s: the new copy, recorded once", k.label)
				require.Greater(t, k.state.runs, prev.runs, "%s: the new copy is recorded in its history", k.label)
				tally.swapped++
			default:
				t.Fatalf("%s: staging is neither the previous copy nor the new one:\n%s", k.label, sumsDiff(prev.sums, next.sums, k.state.sums))
			}
			runs = k.state.runs
		}
		require.Equal(t, runs+1, next.runs, "the complete run is recorded once more")
		prev = next
	}
	return tally
}

func equalSums(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// sumsDiff names the tables whose checksum matches neither copy.
func sumsDiff(prev, next, got map[string]string) string {
	var b strings.Builder
	for table, sum := range got {
		if sum != prev[table] && sum != next[table] {
			fmt.Fprintf(&b, "  %s: %s (previous %s, new %s)\n", table, sum, prev[table], next[table])
		}
	}
	for table := range next {
		if _, ok := got[table]; !ok {
			fmt.Fprintf(&b, "  %s: missing\n", table)
		}
	}
	return b.String()
}
