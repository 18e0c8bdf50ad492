package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/understudy/understudy/internal/golden"
)

// The hand-written extraction must stay baseline.sh's, word for word: the
// issue's figures were measured with it.
func TestSubsetKindIsBaselines(t *testing.T) {
	k := newSubsetKind("range", 2_000_000, 200, 20)
	require.Equal(t, "aid <= 100000", k.accounts)
	require.Equal(t, "tid <= 10", k.tellers)
	require.Equal(t, "bid <= 1", k.branches)
	h := "select * from pgbench_history where aid in (select aid from pgbench_accounts where aid <= 100000)"
	tl := "select * from pgbench_tellers where tid <= 10 or tid in (select tid from (" + h + ") hh)"
	require.Equal(t, map[string]string{
		tAccounts: "select * from pgbench_accounts where aid <= 100000",
		tHistory:  h,
		tTellers:  tl,
		tBranches: "select * from pgbench_branches where bid <= 1 or bid in (select bid from pgbench_accounts where aid <= 100000)" +
			" or bid in (select bid from (" + tl + ") tt) or bid in (select bid from (" + h + ") hh)",
	}, k.queries)

	s := newSubsetKind("scatter", 2_000_000, 200, 20)
	require.Equal(t, []string{"aid % 20 = 0", "tid % 20 = 0", "bid % 20 = 0"}, []string{s.accounts, s.tellers, s.branches})
	// Scale 1 has one branch: the range keeps it (baseline.sh's mx1).
	require.Equal(t, "bid <= 1", newSubsetKind("range", 100_000, 10, 1).branches)
}

func TestSubsetSection(t *testing.T) {
	got := newSubsetKind("scatter", 100_000, 10, 1).section()
	require.Equal(t, `subset:
  roots:
    - table: public.pgbench_accounts
      where: 'aid % 20 = 0'
    - table: public.pgbench_tellers
      where: 'tid % 20 = 0'
    - table: public.pgbench_branches
      where: 'bid % 20 = 0'
  tables:
    public.pgbench_tellers: { children: none }
    public.pgbench_branches: { children: none }
`, got)
}

func TestHistoryFill(t *testing.T) {
	got := historyFill(20, 1_000_000)
	for _, want := range []string{
		"TRUNCATE pgbench_history;",
		"select 1 + (i % (10*20)), 1 + ((i / 7) % 20),",
		"1 + ((i::bigint * 7919) % (100000*20)), (i % 10001) - 5000,",
		"timestamp '2024-01-01' + i * interval '1 second'",
		"from generate_series(1, 1000000) i",
	} {
		require.Contains(t, got, want)
	}
}

func TestParseRunLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	var b strings.Builder
	line := func(v map[string]any) {
		j, err := json.Marshal(v)
		require.NoError(t, err)
		b.Write(j)
		b.WriteByte('\n')
	}
	line(map[string]any{"level": "INFO", "msg": "step done", "step": "snapshot", "seconds": 0.1})
	for i := 1; i <= 7; i++ {
		line(map[string]any{"level": "DEBUG", "msg": "subset query", "sql": "SELECT " + strings.Repeat("x", i), "bytes": 100 * i, "rows": 10 * i, "seconds": float64(i) / 10})
	}
	b.WriteString("not json\n")
	line(map[string]any{"level": "INFO", "msg": "subset computed", "keys": 5, "key_bytes": 40, "rounds": 3, "seconds": 3.5})
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o600))

	sr, err := parseRunLog(path)
	require.NoError(t, err)
	require.Equal(t, 7, sr.Queries)
	require.InDelta(t, 2.8, sr.QuerySeconds, 1e-9)
	require.Equal(t, int64(2800), sr.QuerySQLBytes)
	require.Equal(t, int64(280), sr.QueryRows)
	require.Equal(t, 3, sr.Rounds)
	require.Equal(t, 3.5, sr.ClosureSeconds)
	require.Len(t, sr.Slowest, slowestKept)
	require.Equal(t, 0.7, sr.Slowest[0].Seconds, "slowest first")
}

// subsetFixture: three rounds of the range pair and of acme, with text_seq.
func subsetFixture() ([]Sample, Env) {
	var ss []Sample
	for i, secs := range []float64{10, 12, 11} {
		r := i + 1
		ss = append(ss,
			Sample{Round: r, Case: caseTextSeq, Seconds: secs},
			Sample{Round: r, Case: caseSubsetRange, Seconds: secs / 5, Rows: 150,
				TableSeconds: map[string]float64{tAccounts: secs / 10, tHistory: secs / 10}},
			Sample{Round: r, Case: groupSubsetRange, Seconds: secs / 4, Rows: 150, MaxRSSKiB: int64(30+r) << 10,
				Steps:        map[string]float64{"snapshot": 0.1, "subset": secs / 10, "schema": 0.1, "copy": secs / 20, "post-data": 0.2},
				StepOrder:    []string{"snapshot", "subset", "schema", "copy", "post-data"},
				TableSeconds: map[string]float64{tAccounts: secs / 20, tHistory: secs / 40},
				Subset: &SubsetRun{KeyCount: 100, KeyBytes: 400 + int64(r), Rounds: 2, ClosureSeconds: secs / 10, Queries: 9,
					QuerySeconds: secs / 11, QuerySQLBytes: 2_000_000, QueryRows: 160, CountQueries: 4, CountSeconds: 0.5,
					Slowest: []ClosureQuery{{SQL: "SELECT aid FROM pgbench_history WHERE …", Bytes: 1_000_000, Rows: 50, Seconds: secs / 12}},
					Tables: []SubsetTableRows{{Table: "public.pgbench_accounts", Mode: "sampled", Selected: 100, Total: 2000},
						{Table: "public.pgbench_history", Mode: "keyless", Selected: 50, Total: 1000}}}},
			Sample{Round: r, Case: caseAcmeFull, Seconds: secs * 3, Rows: 9000,
				Steps: map[string]float64{"copy": secs * 2}, StepOrder: []string{"copy"}},
			Sample{Round: r, Case: caseAcmeSubset, Seconds: secs, Rows: 900, MaxRSSKiB: 40 << 10,
				Steps: map[string]float64{"subset": 1, "copy": 2}, StepOrder: []string{"subset", "copy"},
				Subset: &SubsetRun{KeyCount: 1000, KeyBytes: 9000, Tables: []SubsetTableRows{{Table: "public.organizations", Mode: "sampled", Selected: 5, Total: 100}}}},
		)
	}
	env := Env{Postgres: "15.0", Settings: "fsync=off", Scale: 20, Runs: 3, Jobs: 2, CPUs: 2, LoadBefore: "1.00 1.00 1.00",
		LoadAfter: "2.00 2.00 2.00", Rows: 2001220, Tables: []string{"a", "b"}, SourceSize: 300 << 20, MaskRule: "{ transform: hash }",
		HistoryRows: 1000, Subsets: []SubsetEnv{{Kind: "range", Accounts: "aid <= 100", Tellers: "tid <= 1", Branches: "bid <= 1", Rows: 150,
			Tables: map[string]int64{tAccounts: 100, tHistory: 50}}},
		Acme: &AcmeEnv{Scale: "5", Rows: 9000, Tables: 44, Bytes: 800 << 20, LoadSeconds: 80}}
	return ss, env
}

func TestSubsetSummaries(t *testing.T) {
	ss, env := subsetFixture()
	subs := subsetSummaries(ss, env)
	require.Len(t, subs, 2, "range and acme; scatter did not run")
	r := subs[0]
	require.Equal(t, "range", r.Kind)
	require.InDelta(t, 11.0/4, float64(r.Median), 1e-9)
	require.InDelta(t, 11.0/5, float64(r.BaselineMedian), 1e-9)
	require.InDelta(t, 1.25, float64(r.Paired), 1e-9, "(s/4)/(s/5) every round")
	require.InDelta(t, 0.25, float64(r.VsTextSeq), 1e-9)
	require.InDelta(t, 0.2, float64(r.BaselineVsTextSeq), 1e-9)
	require.InDelta(t, 11.0/10+11.0/20, float64(r.DataMedian), 1e-9)
	require.InDelta(t, (0.1+0.05)/0.2, float64(r.DataPaired), 1e-9)
	require.Equal(t, int64(150), r.Rows)
	require.Equal(t, int64(100), r.KeyCount)
	require.Equal(t, int64(402), r.KeyBytes)
	require.InDelta(t, 4.02, float64(r.BytesPerKey), 1e-9)
	require.Equal(t, 33.0, r.PeakRSSMiB)
	require.Equal(t, int64(4), r.CountQueries)
	require.Equal(t, 0.5, float64(r.CountSeconds))
	require.Equal(t, []SubsetTableSummary{
		{Table: "public.pgbench_accounts", Mode: "sampled", Baseline: 100, Selected: 100, Total: 2000, CopySeconds: 0.55, BaselineSeconds: 1.1},
		{Table: "public.pgbench_history", Mode: "keyless", Baseline: 50, Selected: 50, Total: 1000, CopySeconds: 0.275, BaselineSeconds: 1.1},
	}, r.Tables, "the run with the median time, round 3 (11 s)")

	a := subs[1]
	require.Equal(t, "acme", a.Kind)
	require.InDelta(t, 1.0/3, float64(a.Paired), 1e-9)
	require.True(t, math.IsNaN(float64(a.VsTextSeq)), "acme is another source")
	require.InDelta(t, 3.0/22, float64(a.DataPaired), 1e-9, "against the whole run's copy step")
	require.Equal(t, int64(-1), a.Tables[0].Baseline)

	got := map[string]string{}
	for _, tg := range subsetTargets(subs) {
		got[tg.Name] = tg.Result
	}
	require.Equal(t, map[string]string{
		"subset range: understudy / hand-written (paired)":   "PASS", // 1.25
		"info: subset range: understudy / text_seq":          "info",
		"subset scatter: understudy / hand-written (paired)": "n/a",
		"info: subset scatter: understudy / text_seq":        "info",
		"info: acme: subset / whole masked run (paired)":     "info",
		"info: acme subset: key bytes per selected key":      "info",
		"info: subset range: key bytes per selected key":     "info",
	}, got)
}

func TestRenderSubsets(t *testing.T) {
	ss, env := subsetFixture()
	cs := summarize(ss, env.Rows)
	subs := subsetSummaries(ss, env)
	r := &Results{Env: env, Cases: cs, Steps: stepSummaries(ss), Subsets: subs,
		Targets: append(evaluate(cs, env.Scale), subsetTargets(subs)...), Samples: ss}
	golden.Check(t, filepath.Join("testdata", "report-subset.txt"), []byte(renderText(r)))
	var buf bytes.Buffer
	require.NoError(t, writeJSON(&buf, r))
	var back struct {
		Subsets []map[string]any `json:"subsets"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back), "the JSON output must parse")
	require.Len(t, back.Subsets, 2)
	require.Nil(t, back.Subsets[1]["ratio_to_text_seq"], "NaN is null")
}
