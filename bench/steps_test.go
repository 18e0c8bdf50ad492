package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseStepLines(t *testing.T) {
	log := strings.Join([]string{
		`{"time":"2026-12-03T02:17:02Z","level":"INFO","msg":"step done","step":"snapshot","seconds":0.247}`,
		`{"level":"INFO","msg":"table done","table":"public.pgbench_accounts","seconds":9}`,
		`not json: a panic trace, say`,
		`{"level":"INFO","msg":"step done","step":"copy","seconds":0.713}`,
		``,
		`{"level":"INFO","msg":"step done","step":"verify","seconds":0}`,
		`{"level":"INFO","msg":"step done","step":"copy","seconds":0.5}`,
	}, "\n")
	steps, err := parseStepLines(strings.NewReader(log))
	require.NoError(t, err)
	require.Equal(t, []stepTime{{"snapshot", 0.247}, {"copy", 0.713}, {"verify", 0}, {"copy", 0.5}}, steps)

	sum, order := sumSteps(steps)
	require.Equal(t, []string{"snapshot", "copy", "verify"}, order, "the order of their first end")
	require.InDelta(t, 1.213, sum["copy"], 1e-9, "a step that ends twice counts the sum")
	require.Equal(t, 0.0, sum["verify"])

	_, err = parseStepLines(strings.NewReader("{\"msg\":\"step done\",\"step\":\"copy\"}\n"))
	require.ErrorContains(t, err, `line 1: a "step done" line without step and seconds`)
	_, err = parseStepLines(strings.NewReader("{}\n{\"msg\":\"step done\",\"seconds\":1}\n"))
	require.ErrorContains(t, err, "line 2")

	steps, err = parseStepLines(strings.NewReader(""))
	require.NoError(t, err)
	require.Empty(t, steps, "no lines: the caller falls back to the manifest")
}

func TestStepShare(t *testing.T) {
	ss := []Sample{
		{Round: 1, Case: caseFullNoRulesVerify, Seconds: 10, Steps: map[string]float64{"verify": 1}},
		{Round: 2, Case: caseFullNoRulesVerify, Seconds: 8, Steps: map[string]float64{"verify": 4}},
		{Round: 3, Case: caseFullNoRulesVerify, Seconds: 10, Steps: map[string]float64{"verify": 2}},
		{Round: 1, Case: caseFullMaskedVerify, Seconds: 10, Steps: map[string]float64{"copy": 9}},
	}
	require.InDelta(t, 0.2, stepShare(ss, caseFullNoRulesVerify, "verify"), 1e-9, "median of 0.1, 0.5, 0.2")
	require.Equal(t, 0.0, stepShare(ss, caseFullMaskedVerify, "verify"), "a run without the step")
	require.True(t, math.IsNaN(stepShare(ss, caseFullNoRules, "verify")), "no run: NaN, which judge makes n/a")
}

func TestParseCopyDBSummary(t *testing.T) {
	// What pgcopydb 0.10 (Debian bookworm) printed on stdout for a clone
	// of pgbench at scale 1.
	out, err := os.ReadFile(filepath.Join("testdata", "pgcopydb-clone.out"))
	require.NoError(t, err)
	steps, err := parseCopyDBSummary(string(out))
	require.NoError(t, err)
	require.Equal(t, []stepTime{
		{"Dump Schema", 1.434},
		{"Catalog Queries (table ordering, filtering, etc)", 0.045},
		{"Prepare Schema", 0.508},
		{"COPY, INDEX, CONSTRAINTS, VACUUM (wall clock)", 1.291},
		{"COPY (cumulative)", 0.899},
		{"Large Objects (cumulative)", 0.081},
		{"CREATE INDEX, CONSTRAINTS (cumulative)", 0.521},
		{"Finalize Schema", 0.531},
		{"Total Wall Clock Duration", 3.811},
	}, roundSteps(steps))

	_, err = parseCopyDBSummary("   Dump Schema       source       1.5sec             1\n")
	require.ErrorContains(t, err, `step "Dump Schema": duration "1.5sec"`)
	steps, err = parseCopyDBSummary("INFO  STEP 4: copy data from source to target in 2 sub-processes\n")
	require.NoError(t, err)
	require.Empty(t, steps, "log lines are not the summary")
}

func roundSteps(st []stepTime) []stepTime {
	for i := range st {
		st[i].Seconds = float64(int64(st[i].Seconds*1000+0.5)) / 1000
	}
	return st
}

func TestParseCopyDBDuration(t *testing.T) {
	for in, want := range map[string]float64{
		"45ms": 0.045, "999ms": 0.999, "1s434": 1.434, "9s005": 9.005, "12s": 12, "59s": 59,
		"3m04s": 184, "59m59s": 3599, "2h05m": 7500, "1d02h": 93600,
	} {
		got, err := parseCopyDBDuration(in)
		require.NoError(t, err, in)
		require.InDelta(t, want, got, 1e-9, in)
	}
	for _, in := range []string{"", "1.5s", "ms", "3m", "1s2m", "2h05s", "5x", "12msx"} {
		_, err := parseCopyDBDuration(in)
		require.ErrorContains(t, err, "want pgcopydb's form", in)
	}
}

func FuzzParseCopyDBSummary(f *testing.F) {
	out, err := os.ReadFile(filepath.Join("testdata", "pgcopydb-clone.out"))
	require.NoError(f, err)
	f.Add(string(out))
	f.Add("  x   both   1d02h   1\n")
	f.Fuzz(func(t *testing.T, s string) {
		steps, err := parseCopyDBSummary(s)
		if err != nil {
			return
		}
		for _, st := range steps {
			if st.Seconds < 0 || st.Step == "" {
				t.Fatalf("step %+v from %q", st, s)
			}
		}
	})
}
