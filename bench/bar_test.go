package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
)

// barFixture: three rounds of issue #13's cases, with text_seq.
//
//	round                      1     2     3
//	text_seq                  10    12    11
//	pgcopydb                  18    20    22
//	full_norules (--no-verify) 18   19    24
//	full_norules_verify       30    33    30   verify 10, 11, 9
//	full_masked_verify        15    18    20   verify 0.5, 0.8, 1.0
//	acme_dump_restore         40    44    42   (dump 10, 11, 12)
//	understudy_acme_verify    26    33    28
//	understudy_acme_full      20    22    21
func barFixture() ([]Sample, Env) {
	var ss []Sample
	proc := func(name string, n int, rss int64, cpu float64) []ProcUsage {
		return []ProcUsage{{Program: name, Count: n, MaxRSSKiB: rss << 10, CPUSeconds: cpu}}
	}
	usSteps := func(verify, total float64) (map[string]float64, []string) {
		order := []string{"snapshot", "schema", "copy", "post-data", "analyze", "verify", "swap"}
		rest := (total - verify - 1) / 3
		return map[string]float64{"snapshot": 0.25, "schema": 0.5, "copy": rest, "post-data": rest, "analyze": rest,
			"verify": verify, "swap": 0.25}, order
	}
	for i := range 3 {
		r := i + 1
		text := []float64{10, 12, 11}[i]
		copydb := []float64{18, 20, 22}[i]
		plain, plainV := []float64{18, 19, 24}[i], []float64{30, 33, 30}[i]
		masked, maskedV := []float64{15, 18, 20}[i], []float64{0.5, 0.8, 1.0}[i]
		dump := []float64{10, 11, 12}[i]
		acmeDR, acmeV, acmeFull := []float64{40, 44, 42}[i], []float64{26, 33, 28}[i], []float64{20, 22, 21}[i]
		pst, pord := usSteps(0, plain)
		vst, vord := usSteps([]float64{10, 11, 9}[i], plainV)
		mst, mord := usSteps(maskedV, masked)
		ast, aord := usSteps(acmeV/10, acmeV)
		ss = append(ss,
			Sample{Round: r, Case: caseTextSeq, Seconds: text, MaxRSSKiB: 10 << 10, CPUSeconds: 2,
				Processes: append(proc(procCopyIn, 4, 10, 1.2), proc(procCopyOut, 4, 9, 0.8)...)},
			Sample{Round: r, Case: caseCopyDB, Seconds: copydb, MaxRSSKiB: 15 << 10, CPUSeconds: 3,
				Steps:     map[string]float64{"Dump Schema": 1, "COPY (cumulative)": copydb / 2, "Total Wall Clock Duration": copydb - 0.1},
				StepOrder: []string{"Dump Schema", "COPY (cumulative)", "Total Wall Clock Duration"},
				Processes: proc(procCopyDB, 1, 15+int64(r), 3)},
			Sample{Round: r, Case: caseFullNoRules, Seconds: plain, MaxRSSKiB: 40 << 10, Steps: pst, StepOrder: pord,
				Processes: proc(procUnderstudy, 1, 40, 5)},
			Sample{Round: r, Case: caseFullNoRulesVerify, Seconds: plainV, MaxRSSKiB: 50 << 10, Steps: vst, StepOrder: vord,
				Processes: proc(procUnderstudy, 1, 50, 6+float64(r))},
			Sample{Round: r, Case: caseFullMaskedVerify, Seconds: masked, MaxRSSKiB: 60 << 10, Steps: mst, StepOrder: mord,
				Processes: proc(procUnderstudy, 1, 60, 7)},
			Sample{Round: r, Case: caseAcmeDumpRestore, Seconds: acmeDR, Rows: 9000,
				Processes: append(proc("pg_dump", 1, 20, 1), proc("pg_restore", 1, 25, 2)...)},
			Sample{Round: r, Case: caseAcmeDump, Seconds: dump, Rows: 9000, Processes: proc("pg_dump", 1, 20, 1)},
			Sample{Round: r, Case: caseAcmeRestore, Seconds: acmeDR - dump, Rows: 9000, Processes: proc("pg_restore", 1, 25, 2)},
			Sample{Round: r, Case: caseAcmeVerify, Seconds: acmeV, Rows: 9000, MaxRSSKiB: 55 << 10, Steps: ast, StepOrder: aord,
				Processes: proc(procUnderstudy, 1, 55, 9)},
			Sample{Round: r, Case: caseAcmeFull, Seconds: acmeFull, Rows: 9000, Processes: proc(procUnderstudy, 1, 50, 8)},
		)
	}
	env := Env{Postgres: "15.0", Settings: "fsync=off", Scale: 20, Runs: 3, Jobs: 2, CPUs: 2, LoadBefore: "1.00 1.00 1.00",
		LoadAfter: "2.00 2.00 2.00", Rows: 2001220, Tables: []string{"a", "b"}, SourceSize: 300 << 20, MaskRule: "{ transform: hash }",
		Acme:     &AcmeEnv{Scale: "5", Rows: 9000, Tables: 44, Bytes: 800 << 20, LoadSeconds: 80},
		PgCopyDB: "pgcopydb version 0.10-1"}
	return ss, env
}

func results(ts []Target) map[string]string {
	got := map[string]string{}
	for _, t := range ts {
		got[t.Name] = t.Result
	}
	return got
}

func TestBarTargets(t *testing.T) {
	ss, env := barFixture()
	ts := barTargets(ss, env, &ScaleRun{Scale: 100, PeakRSSMiB: 70})
	require.Equal(t, map[string]string{
		"as users run it (verify on), nothing masked / pgcopydb clone (paired)":                   "MISS", // 30/18, 33/20, 30/22: 1.65
		"filler masked by { transform: hash }, verify on / pgcopydb clone (paired)":               "PASS", // 15/18, 18/20, 20/22: 0.90
		"verify step, % of the run's wall time, nothing masked":                                   "MISS", // 33%, 33%, 30%
		"verify step, % of the run's wall time, filler masked by { transform: hash }":             "PASS", // 3.3%, 4.4%, 5%
		"acme: whole masked refresh (verify on) / (pg_dump -j + pg_restore -j) (paired)":          "PASS", // 0.65, 0.75, 0.667
		"understudy peak RSS at scale 100 (filler masked by { transform: hash }, verify on), MiB": "MISS", // 70
		"info: pgcopydb clone / text_seq (paired)":                                                "info",
		"info: --no-verify, nothing masked / pgcopydb clone (paired)":                             "info",
		"info: acme: whole masked refresh --no-verify / (dump + restore) (paired)":                "info",
	}, results(ts))
	value := map[string]float64{}
	for _, tg := range ts {
		value[tg.Name] = float64(tg.Value)
		require.Empty(t, tg.Note, "at the targets' scales, nothing skipped: %s", tg.Name)
	}
	require.InDelta(t, 1.65, value["as users run it (verify on), nothing masked / pgcopydb clone (paired)"], 1e-9)
	require.InDelta(t, 0.9, value["filler masked by { transform: hash }, verify on / pgcopydb clone (paired)"], 1e-9)
	require.InDelta(t, 100.0/3, value["verify step, % of the run's wall time, nothing masked"], 1e-9)
	require.InDelta(t, 80.0/18, value["verify step, % of the run's wall time, filler masked by { transform: hash }"], 1e-9)
	require.InDelta(t, 28.0/42, value["acme: whole masked refresh (verify on) / (pg_dump -j + pg_restore -j) (paired)"], 1e-9)
	require.InDelta(t, 1.8, value["info: pgcopydb clone / text_seq (paired)"], 1e-9, "18/10, 20/12, 22/11")
	require.InDelta(t, 1.0, value["info: --no-verify, nothing masked / pgcopydb clone (paired)"], 1e-9, "18/18, 19/20, 24/22")
	require.InDelta(t, 0.5, value["info: acme: whole masked refresh --no-verify / (dump + restore) (paired)"], 1e-9)
}

func TestSummarizeVsCopyDB(t *testing.T) {
	ss, env := barFixture()
	byCase := map[string]CaseSummary{}
	for _, c := range summarize(ss, env.Rows) {
		byCase[c.Case] = c
	}
	require.InDelta(t, 1.65, float64(byCase[caseFullNoRulesVerify].VsCopyDB), 1e-9, "30/18, 33/20, 30/22")
	require.InDelta(t, 1.0, float64(byCase[caseCopyDB].VsCopyDB), 1e-9)
	require.True(t, math.IsNaN(float64(byCase[caseAcmeVerify].VsCopyDB)), "acme is another source")
	noCopy := summarize([]Sample{{Round: 1, Case: caseTextSeq, Seconds: 2}}, 10)
	require.True(t, math.IsNaN(float64(noCopy[0].VsCopyDB)), "no pgcopydb, no ratio")
}

func TestBarTargetsAtAnotherScaleAndSkipped(t *testing.T) {
	ss, env := barFixture()
	var kept []Sample
	for _, s := range ss {
		if s.Case != caseCopyDB {
			kept = append(kept, s)
		}
	}
	env.Scale, env.Acme.Scale = 1, "0.2"
	env.Skipped = []Skipped{{Case: caseCopyDB, Reason: "pgcopydb is not installed"}}
	env.MaskRule = "{ transform: redact }"
	ts := barTargets(kept, env, nil)
	byName := map[string]Target{}
	for _, tg := range ts {
		byName[tg.Name] = tg
	}
	plain := byName["as users run it (verify on), nothing masked / pgcopydb clone (paired)"]
	require.Equal(t, "n/a", plain.Result)
	require.Equal(t, "measured at scale 1; the target is stated at scale 20; pgcopydb skipped: pgcopydb is not installed", plain.Note)
	masked := byName["filler masked by { transform: redact }, verify on / pgcopydb clone (paired)"]
	require.Equal(t, "n/a", masked.Result)
	require.Contains(t, masked.Note, "the target is stated for the filler masked by hash")
	share := byName["verify step, % of the run's wall time, nothing masked"]
	require.Equal(t, "MISS", share.Result, "judged at any scale, with the scale said")
	require.Equal(t, "measured at scale 1; the target is stated at scale 20", share.Note)
	acme := byName["acme: whole masked refresh (verify on) / (pg_dump -j + pg_restore -j) (paired)"]
	require.Equal(t, "PASS", acme.Result)
	require.Equal(t, "acme at scale 0.2; the target is stated at scale 5", acme.Note)
	require.NotContains(t, results(ts), "understudy peak RSS at scale 100 (filler masked by { transform: redact }, verify on), MiB",
		"no -rss-scale, no target")
}

func TestProcessSummaries(t *testing.T) {
	ss, _ := barFixture()
	ps := processSummaries(ss)
	require.Equal(t, ProcSummary{Case: caseTextSeq, Program: procCopyIn, Count: 4, PeakRSSMiB: 10, CPU: 1.2}, ps[0], "report order, then program")
	require.Equal(t, ProcSummary{Case: caseTextSeq, Program: procCopyOut, Count: 4, PeakRSSMiB: 9, CPU: 0.8}, ps[1])
	require.Equal(t, ProcSummary{Case: caseCopyDB, Program: procCopyDB, Count: 1, PeakRSSMiB: 18, CPU: 3}, ps[2], "peak RSS: the max over rounds")
	var verify ProcSummary
	for _, p := range ps {
		if p.Case == caseFullNoRulesVerify {
			verify = p
		}
	}
	require.Equal(t, 8.0, verify.CPU, "cpu: the median of 7, 8, 9")
}

func TestUsageByProgram(t *testing.T) {
	var u usage
	u.merge(usage{cpu: 3 * time.Second, maxRSS: 100, procs: map[string]*ProcUsage{
		procCopyOut: {Program: procCopyOut, Count: 1, MaxRSSKiB: 100, CPUSeconds: 3}}})
	u.merge(usage{cpu: time.Second, maxRSS: 300, procs: map[string]*ProcUsage{
		procCopyOut: {Program: procCopyOut, Count: 1, MaxRSSKiB: 50, CPUSeconds: 1},
		"pg_dump":   {Program: "pg_dump", Count: 1, MaxRSSKiB: 300, CPUSeconds: 0}}})
	require.Equal(t, []ProcUsage{
		{Program: "pg_dump", Count: 1, MaxRSSKiB: 300},
		{Program: procCopyOut, Count: 2, MaxRSSKiB: 100, CPUSeconds: 4},
	}, u.processes(), "by name; counts and CPU add up, peak RSS is the largest")
	require.Equal(t, int64(300), u.maxRSS)
	require.Equal(t, 4*time.Second, u.cpu)
}

// A child started straight from this process inherits its peak RSS as a
// floor (the kernel keeps the high-water mark across exec); under GNU time
// it reports its own.
func TestClientCommandPeakRSS(t *testing.T) {
	ballast := make([]byte, 96<<20)
	for i := range ballast {
		ballast[i] = 1
	}
	ctx := context.Background()
	h := &harness{o: &options{gnuTime: "/usr/bin/time"}, work: t.TempDir(), log: io.Discard}
	var direct usage
	c := h.clientCommand(ctx, false, "/bin/sh", "-c", "exit 0")
	require.NoError(t, c.done(&direct, "sh", c.Run()))
	require.GreaterOrEqual(t, direct.maxRSS, int64(96<<10), "straight from here: at least this process's peak")

	if !strings.HasPrefix(h.findGNUTime(ctx), "GNU time (/usr/bin/time") {
		t.Skip("GNU time is not installed at /usr/bin/time: apt-get install time (make bench-deps installs it)")
	}
	var timed usage
	c = h.clientCommand(ctx, false, "/bin/sh", "-c", "exit 0")
	require.NoError(t, c.done(&timed, "sh", c.Run()))
	require.Less(t, timed.maxRSS, int64(32<<10), "under GNU time: sh's own few MiB")
	require.Equal(t, 1, timed.procs["sh"].Count)
	require.Equal(t, byte(1), ballast[len(ballast)-1])

	c = h.clientCommand(ctx, false, "/bin/sh", "-c", "exit 3")
	err := c.done(&timed, "sh", c.Run())
	require.ErrorContains(t, err, "exit status 3", "the command's own failure comes through GNU time")
	entries, err := os.ReadDir(h.work)
	require.NoError(t, err)
	require.Empty(t, entries, "GNU time's reports are removed")
}

func TestParseGNUTime(t *testing.T) {
	rss, cpu, err := parseGNUTime([]byte("2048 1.50 0.25 0.50\n"))
	require.NoError(t, err)
	require.Equal(t, int64(2048), rss)
	require.Equal(t, 750*time.Millisecond, cpu)
	rss, _, err = parseGNUTime([]byte("Command exited with non-zero status 1\n4096 0.01 0.00 0.00\n"))
	require.NoError(t, err)
	require.Equal(t, int64(4096), rss, "the last line; the one before says how the command ended")
	for _, bad := range []string{"", "1 2 3", "x 1 1 1", "1 1 -1 1", "1 1 1 1 1"} {
		_, _, err := parseGNUTime([]byte(bad))
		require.ErrorContains(t, err, "want peak RSS, wall, user and system time", bad)
	}
}

func TestCopyDBCommand(t *testing.T) {
	require.Equal(t, []string{"clone", "--source", "postgres://u@h:5/s", "--target", "postgres://u@h:5/t", "--dir", "/w",
		"--table-jobs", "2", "--index-jobs", "2"}, copyDBArgs("postgres://u@h:5/s", "postgres://u@h:5/t", "/w", 2))

	require.Equal(t, "postgres://postgres@127.0.0.1:5432/db?sslmode=disable",
		noPassword("postgres://postgres:s3cret@127.0.0.1:5432/db?sslmode=disable"))
	require.Equal(t, "postgres://postgres@127.0.0.1:5432/db?sslmode=disable",
		noPassword("postgres://postgres@127.0.0.1:5432/db?password=s3cret&sslmode=disable"))
	require.Equal(t, "postgres://127.0.0.1/db", noPassword("postgres://127.0.0.1/db"))

	h := &harness{tools: map[string]string{"psql": "/usr/lib/postgresql/15/bin/psql"},
		env: []string{"PGHOST=h", "PATH=/usr/bin:/bin", "PGPASSWORD=x"}}
	require.Equal(t, []string{"PGHOST=h", "PGPASSWORD=x", "PATH=/usr/lib/postgresql/15/bin:/usr/bin:/bin"}, h.copyDBEnv(),
		"pgcopydb runs the pg_dump next to the first psql on PATH")
}

func TestParseBarFlags(t *testing.T) {
	o, err := parseFlags([]string{"-rss-scale", "100", "-pgcopydb", "/opt/pgcopydb", "-cases", "text_seq,pgcopydb,understudy_masked_verify,acme_refresh"}, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, 100, o.rssScale)
	require.Equal(t, "/opt/pgcopydb", o.pgcopydb)
	require.Equal(t, []string{caseTextSeq, caseCopyDB, groupMaskedVerify, groupAcmeRefresh}, o.cases)
	_, err = parseFlags([]string{"-rss-scale", "-1"}, &bytes.Buffer{})
	require.ErrorContains(t, err, "-rss-scale -1")
}

func TestRenderBar(t *testing.T) {
	ss, env := barFixture()
	cs := summarize(ss, env.Rows)
	r := &Results{Env: env, Cases: cs, Steps: stepSummaries(ss), Processes: processSummaries(ss),
		ScaleRun: &ScaleRun{Scale: 100, Case: caseFullMaskedVerify + "_s100", Rows: 10_000_221, Seconds: 120, PeakRSSMiB: 48.5, CPUSeconds: 80,
			Steps: []StepMed{{"copy", 60}, {"verify", 30}}},
		Samples: ss}
	r.Targets = append(evaluate(cs, env.Scale), barTargets(ss, env, r.ScaleRun)...)
	text := renderText(r)
	golden.Check(t, filepath.Join("testdata", "report-bar.txt"), []byte(text))
	require.Contains(t, text, "pgcopydb clone steps")
	var buf bytes.Buffer
	require.NoError(t, writeJSON(&buf, r))
	var back struct {
		Processes []map[string]any `json:"processes"`
		ScaleRun  map[string]any   `json:"rss_scale_run"`
		Steps     []map[string]any `json:"steps"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back), "the JSON output must parse")
	require.NotEmpty(t, back.Processes)
	require.Equal(t, 48.5, back.ScaleRun["peak_rss_mib"])
	require.Contains(t, back.Steps[0], "wall_s")
}
