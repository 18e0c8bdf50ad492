package main

// Where a run's time goes: understudy's steps, from its JSON log's "step
// done" lines (or its manifest), and pgcopydb's, from the summary table
// pgcopydb clone prints at the end.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// stepTime is one step and how long it took: a "step done" log line, or
// an entry of the manifest's steps.
type stepTime struct {
	Step    string  `json:"step"`
	Seconds float64 `json:"seconds"`
}

// parseStepLines reads the "step done" lines of understudy's JSON log
// ({"msg":"step done","step":"copy","seconds":1.2}), in the order they
// came. Other lines, and lines that are not JSON, are skipped; a "step
// done" line without a step name is an error.
func parseStepLines(r io.Reader) ([]stepTime, error) {
	var out []stepTime
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var l struct {
			Msg     string   `json:"msg"`
			Step    string   `json:"step"`
			Seconds *float64 `json:"seconds"`
		}
		if json.Unmarshal(sc.Bytes(), &l) != nil || l.Msg != "step done" {
			continue
		}
		if l.Step == "" || l.Seconds == nil {
			return nil, fmt.Errorf("line %d: a \"step done\" line without step and seconds: %s", n, sc.Text())
		}
		out = append(out, stepTime{Step: l.Step, Seconds: *l.Seconds})
	}
	return out, sc.Err()
}

// sumSteps adds up the seconds of each step (a step that ends more than
// once, per table say, counts the sum), in the order of their first end.
func sumSteps(steps []stepTime) (map[string]float64, []string) {
	sum := map[string]float64{}
	var order []string
	for _, st := range steps {
		if _, ok := sum[st.Step]; !ok {
			order = append(order, st.Step)
		}
		sum[st.Step] += st.Seconds
	}
	return sum, order
}

// stepShare is the median over the samples of the named case of one
// step's seconds over the sample's wall time (NaN when no sample of the
// case ran; 0 for a run without that step).
func stepShare(samples []Sample, name, step string) float64 {
	var shares []float64
	for _, s := range samples {
		if s.Case == name && s.Seconds > 0 {
			shares = append(shares, s.Steps[step]/s.Seconds)
		}
	}
	return median(shares)
}

// copyDBSummaryLine is a row of the step table pgcopydb clone prints
// when it ends: the step (right-aligned), the connection, the duration,
// and the concurrency, in columns at least two spaces apart.
var copyDBSummaryLine = regexp.MustCompile(`^\s*(\S.*?)\s{2,}(source|target|both)\s{2,}(\S+)\s{2,}\S.*$`)

// parseCopyDBSummary reads pgcopydb clone's summary of steps from its
// output, in pgcopydb's order and words ("COPY (cumulative)" sums the
// work of the table jobs; "Total Wall Clock Duration" is the whole). A
// line that looks like a row but whose duration does not parse is an
// error.
func parseCopyDBSummary(out string) ([]stepTime, error) {
	var steps []stepTime
	for _, line := range strings.Split(out, "\n") {
		m := copyDBSummaryLine.FindStringSubmatch(line)
		if m == nil || strings.Contains(line, "|") {
			continue
		}
		secs, err := parseCopyDBDuration(m[3])
		if err != nil {
			return nil, fmt.Errorf("pgcopydb's summary, step %q: %w", m[1], err)
		}
		steps = append(steps, stepTime{Step: m[1], Seconds: secs})
	}
	return steps, nil
}

// copyDBDuration is pgcopydb's way of writing a duration
// (IntervalToString in its string_utils.c): 123ms, 4s567, 12s, 3m04s,
// 2h05m, 1d02h.
var copyDBDuration = regexp.MustCompile(`^(\d+)(ms|s|m|h|d)(\d*)(s|m|h)?$`)

func parseCopyDBDuration(s string) (float64, error) {
	m := copyDBDuration.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("duration %q: want pgcopydb's form, such as 123ms, 4s567, 12s, 3m04s, 2h05m or 1d02h", s)
	}
	a, _ := strconv.ParseFloat(m[1], 64)
	b := 0.0
	if m[3] != "" {
		b, _ = strconv.ParseFloat(m[3], 64)
	}
	unit := map[string]float64{"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
	switch {
	case m[2] == "ms" && m[3] == "" && m[4] == "":
		return a / 1000, nil
	case m[2] == "s" && m[4] == "": // 4s567: seconds and milliseconds
		if m[3] == "" {
			return a, nil
		}
		return a + b/math.Pow(10, float64(len(m[3]))), nil
	case m[2] == "m" && m[4] == "s", m[2] == "h" && m[4] == "m", m[2] == "d" && m[4] == "h":
		return a*unit[m[2]] + b*unit[m[4]], nil
	}
	return 0, fmt.Errorf("duration %q: want pgcopydb's form, such as 123ms, 4s567, 12s, 3m04s, 2h05m or 1d02h", s)
}
