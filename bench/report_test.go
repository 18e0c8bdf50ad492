package main

import (
	"bytes"
	"encoding/json"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
)

func TestMedian(t *testing.T) {
	require.True(t, math.IsNaN(median(nil)))
	require.Equal(t, 2.0, median([]float64{2}))
	require.Equal(t, 2.5, median([]float64{3, 1, 2, 4}))
	xs := []float64{5, 1, 3}
	require.Equal(t, 3.0, median(xs))
	require.Equal(t, []float64{5, 1, 3}, xs, "median must not reorder its input")
}

// fixture: three rounds; text_seq 10, 12, 11 s; the data phase 8, 9, 11 s.
func fixture() []Sample {
	var ss []Sample
	add := func(c string, secs ...float64) {
		for i, s := range secs {
			ss = append(ss, Sample{Round: i + 1, Case: c, Seconds: s, CPUSeconds: s / 2, Busy: 90, MaxRSSKiB: 20 << 10})
		}
	}
	add(caseTextSeq, 10, 12, 11)
	add(casePostData, 4, 5, 6)
	add(caseBinSeq, 9, 9, 9)
	add(caseDumpRestore, 30, 33, 36)
	add(caseDump, 10, 11, 12)
	add(caseRestore, 20, 22, 24)
	add(caseDataNoRules, 8, 9, 11)
	for i, s := range []float64{12, 13, 14} {
		ss = append(ss, Sample{Round: i + 1, Case: caseFullMasked, Seconds: s, MaxRSSKiB: int64(30+10*i) << 10,
			Steps: map[string]float64{"schema": 1, "copy": s - 3, "post-data": 2}, StepOrder: []string{"schema", "copy", "post-data"}})
	}
	return ss
}

func TestSummarize(t *testing.T) {
	cs := summarize(fixture(), 1100)
	names := []string{}
	for _, c := range cs {
		names = append(names, c.Case)
	}
	require.Equal(t, []string{caseTextSeq, casePostData, caseBinSeq, caseDumpRestore, caseDump, caseRestore, caseDataNoRules, caseFullMasked}, names)
	data := cs[6]
	require.Equal(t, 9.0, data.Median)
	require.Equal(t, 8.0, data.Min)
	require.Equal(t, 11.0, data.Max)
	require.InDelta(t, 9.0/11, float64(data.Ratio), 1e-9)
	// paired: 8/10, 9/12, 11/11 -> median 0.8
	require.InDelta(t, 0.8, float64(data.Paired), 1e-9)
	require.InDelta(t, 1100/9.0, data.RowsPerSec, 1e-9)
	require.True(t, data.Understudy)
	require.True(t, cs[1].Part)
	require.True(t, cs[4].Part)
	require.Equal(t, 50.0, cs[7].PeakRSSMiB, "peak RSS is the max over runs")
}

func TestSummarizeWithoutBase(t *testing.T) {
	cs := summarize([]Sample{{Round: 1, Case: caseBinSeq, Seconds: 3}}, 10)
	require.True(t, math.IsNaN(float64(cs[0].Ratio)))
	require.True(t, math.IsNaN(float64(cs[0].Paired)))
	b, err := json.Marshal(cs[0])
	require.NoError(t, err)
	require.Contains(t, string(b), `"ratio":null`)
}

func TestEvaluate(t *testing.T) {
	ts := evaluate(summarize(fixture(), 1100), 20)
	got := map[string]string{}
	for _, tg := range ts {
		got[tg.Name] = tg.Result
	}
	require.Equal(t, map[string]string{
		"data phase, no rules: median / text_seq":              "MISS", // 9/11 = 0.82
		"data phase, masked: median / text_seq":                "n/a",
		"whole refresh, masked: median / text_seq":             "PASS", // 13/11 = 1.18
		"dump_restore / whole refresh, masked (speed-up)":      "PASS", // 33/13 = 2.5
		"understudy peak RSS at scale 20, MiB (max over runs)": "PASS", // 50
		"info: refresh masked / (text_seq + post_data)":        "info",
	}, got)
}

func TestStepSummaries(t *testing.T) {
	st := stepSummaries(fixture())
	require.Equal(t, []StepSummary{{Case: caseFullMasked, Steps: []StepMed{{"schema", 1}, {"copy", 10}, {"post-data", 2}}, Wall: 13}}, st)
}

func TestRenderText(t *testing.T) {
	ss := fixture()
	cs := summarize(ss, 1100)
	r := &Results{
		Env: Env{Postgres: "15.0", Settings: "fsync=off", Scale: 20, Runs: 3, Jobs: 2, CPUs: 2, LoadBefore: "1.00 1.00 1.00",
			LoadAfter: "2.00 2.00 2.00", Rows: 1100, Tables: []string{"a", "b"}, SourceSize: 300 << 20, MaskRule: "{ transform: hash }"},
		Cases: cs, Steps: stepSummaries(ss), Targets: evaluate(cs, 20), Samples: ss,
	}
	golden.Check(t, filepath.Join("testdata", "report.txt"), []byte(renderText(r)))
	var buf bytes.Buffer
	require.NoError(t, writeJSON(&buf, r))
	var back map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back), "the JSON output must parse")
	require.Len(t, back["targets"], 6)
}

func TestParseFlags(t *testing.T) {
	o, err := parseFlags([]string{"-scale", "1", "-runs", "2", "-cases", "text_seq, understudy_masked"}, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, 1, o.scale)
	require.Equal(t, []string{caseTextSeq, groupMasked}, o.cases)
	_, err = parseFlags([]string{"-cases", "nope"}, &bytes.Buffer{})
	require.ErrorContains(t, err, `unknown case "nope"`)
	_, err = parseFlags([]string{"-runs", "0"}, &bytes.Buffer{})
	require.ErrorContains(t, err, "-runs 0")
	o, err = parseFlags([]string{"-history-rows", "5000", "-acme-scale", "0.2", "-cases", "subset_range,understudy_subset_range,acme"}, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, int64(5000), o.historyRows)
	require.Equal(t, "0.2", o.acmeScale)
	require.Equal(t, []string{caseSubsetRange, groupSubsetRange, groupAcme}, o.cases)
	_, err = parseFlags([]string{"-history-rows", "-1"}, &bytes.Buffer{})
	require.ErrorContains(t, err, "-history-rows -1")
	_, err = parseFlags([]string{"-acme-scale", "0"}, &bytes.Buffer{})
	require.ErrorContains(t, err, `-acme-scale "0"`)
}

func TestQuoteIdent(t *testing.T) {
	require.Equal(t, "public.pgbench_accounts", qualified("public", "pgbench_accounts"))
	require.Equal(t, `"Analytics"."Daily ""Stats"""`, qualified("Analytics", `Daily "Stats"`))
	require.Equal(t, `public."left"`, qualified("public", "left"))
	require.Equal(t, `'it''s'`, yamlQuote("it's"))
}

func TestBusyPercent(t *testing.T) {
	require.Equal(t, 50.0, busyPercent(100, 200, 150, 300))
	require.Equal(t, 0.0, busyPercent(1, 1, 1, 1))
}
