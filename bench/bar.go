package main

// Issue #13's targets: understudy as users run it against pgcopydb clone,
// the verify step's share of the run, a whole masked refresh of acme
// against pg_dump + pg_restore, and peak RSS at a larger scale.

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// The scales issue #13 states its targets at.
const (
	barScale     = 20
	barAcmeScale = "5"
)

// The limits of issue #13.
const (
	copyDBLimitPlain  = 0.85 // understudy as users run it, nothing masked / pgcopydb
	copyDBLimitMasked = 1.00 // the same with the filler masked / pgcopydb
	verifyShareLimit  = 5    // the verify step, % of the run's wall time
	acmeDumpLimit     = 0.70 // acme's whole masked refresh / dump + restore
)

// barTargets checks issue #13's targets on the samples: paired medians
// (the median over rounds of a / b of the same round) and the verify
// step's share of its run. A target whose cases did not run is n/a, with
// the reason when a case was skipped; a target measured at another scale
// than the one it is stated at says so.
func barTargets(samples []Sample, env Env, scaleRun *ScaleRun) []Target {
	skipped := map[string]string{}
	for _, s := range env.Skipped {
		skipped[s.Case] = s.Reason
	}
	pgbench := ""
	if env.Scale != barScale {
		pgbench = fmt.Sprintf("measured at scale %d; the target is stated at scale %d", env.Scale, barScale)
	}
	acme := ""
	if env.Acme != nil && env.Acme.Scale != barAcmeScale {
		acme = fmt.Sprintf("acme at scale %s; the target is stated at scale %s", env.Acme.Scale, barAcmeScale)
	}
	copyNote := func(note string) string {
		if why, ok := skipped[caseCopyDB]; ok {
			return joinNotes(note, "pgcopydb skipped: "+why)
		}
		return note
	}
	masked := "filler masked by " + env.MaskRule
	maskedNote := pgbench
	if !strings.Contains(env.MaskRule, "hash") {
		maskedNote = joinNotes(pgbench, "the target is stated for the filler masked by hash")
	}
	ts := []Target{
		{Name: "as users run it (verify on), nothing masked / pgcopydb clone (paired)",
			Value: jsonNum(pairedRatio(samples, caseFullNoRulesVerify, caseCopyDB)), Op: "<=", Limit: copyDBLimitPlain, Note: copyNote(pgbench)},
		{Name: masked + ", verify on / pgcopydb clone (paired)",
			Value: jsonNum(pairedRatio(samples, caseFullMaskedVerify, caseCopyDB)), Op: "<=", Limit: copyDBLimitMasked, Note: copyNote(maskedNote)},
		{Name: "verify step, % of the run's wall time, nothing masked",
			Value: jsonNum(100 * stepShare(samples, caseFullNoRulesVerify, "verify")), Op: "<=", Limit: verifyShareLimit, Note: pgbench},
		{Name: "verify step, % of the run's wall time, " + masked,
			Value: jsonNum(100 * stepShare(samples, caseFullMaskedVerify, "verify")), Op: "<=", Limit: verifyShareLimit, Note: maskedNote},
		{Name: "acme: whole masked refresh (verify on) / (pg_dump -j + pg_restore -j) (paired)",
			Value: jsonNum(pairedRatio(samples, caseAcmeVerify, caseAcmeDumpRestore)), Op: "<=", Limit: acmeDumpLimit, Note: acme},
	}
	if scaleRun != nil {
		ts = append(ts, Target{Name: fmt.Sprintf("understudy peak RSS at scale %d (%s), MiB", scaleRun.Scale, masked+", verify on"),
			Value: jsonNum(scaleRun.PeakRSSMiB), Op: "<=", Limit: rssLimitMiB})
	}
	ts = append(ts,
		Target{Name: "info: pgcopydb clone / text_seq (paired)", Value: jsonNum(pairedRatio(samples, caseCopyDB, caseTextSeq)), Op: "info",
			Note: copyNote("")},
		Target{Name: "info: --no-verify, nothing masked / pgcopydb clone (paired)", Value: jsonNum(pairedRatio(samples, caseFullNoRules, caseCopyDB)), Op: "info",
			Note: copyNote("")},
		Target{Name: "info: acme: whole masked refresh --no-verify / (dump + restore) (paired)",
			Value: jsonNum(pairedRatio(samples, caseAcmeFull, caseAcmeDumpRestore)), Op: "info"})
	return judge(ts)
}

func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// processSummaries gives, for each case and each of its programs, the
// largest peak RSS over the rounds and the median CPU per round.
func processSummaries(samples []Sample) []ProcSummary {
	type key struct{ c, p string }
	var keys []key
	rss := map[key]int64{}
	cpu := map[key][]float64{}
	count := map[key]int{}
	for _, s := range samples {
		for _, p := range s.Processes {
			k := key{s.Case, p.Program}
			if _, ok := cpu[k]; !ok {
				keys = append(keys, k)
			}
			rss[k] = max(rss[k], p.MaxRSSKiB)
			cpu[k] = append(cpu[k], p.CPUSeconds)
			count[k] = max(count[k], p.Count)
		}
	}
	rank := func(c string) int {
		if i := slices.Index(caseOrder, c); i >= 0 {
			return i
		}
		return len(caseOrder)
	}
	slices.SortStableFunc(keys, func(a, b key) int {
		if d := rank(a.c) - rank(b.c); d != 0 {
			return d
		}
		return strings.Compare(a.p, b.p)
	})
	out := make([]ProcSummary, 0, len(keys))
	for _, k := range keys {
		out = append(out, ProcSummary{Case: k.c, Program: k.p, Count: count[k], PeakRSSMiB: float64(rss[k]) / 1024, CPU: median(cpu[k])})
	}
	return out
}

// renderSteps is the step breakdown: one column per whole understudy run
// (its steps' median seconds, the sum of them, the run's median wall time
// and what no step holds), then pgcopydb's own summary.
func renderSteps(b *strings.Builder, steps []StepSummary) {
	var us []StepSummary
	var copydb *StepSummary
	for i, s := range steps {
		if s.Case == caseCopyDB {
			copydb = &steps[i]
			continue
		}
		us = append(us, s)
	}
	if len(us) > 0 {
		b.WriteString("\nsteps of the understudy runs (median s; from the runs' \"step done\" log lines):\n")
		var rows []string
		for _, s := range us {
			for _, st := range s.Steps {
				if !slices.Contains(rows, st.Step) {
					rows = append(rows, st.Step)
				}
			}
		}
		fmt.Fprintf(b, "  %-16s", "step")
		for _, s := range us {
			fmt.Fprintf(b, " %15s", stepColumn(s.Case))
		}
		b.WriteString("\n")
		line := func(label string, v func(StepSummary) float64) {
			fmt.Fprintf(b, "  %-16s", label)
			for _, s := range us {
				fmt.Fprintf(b, " %15s", fmtNum(v(s), 2))
			}
			b.WriteString("\n")
		}
		sum := func(s StepSummary) float64 {
			var t float64
			for _, st := range s.Steps {
				t += st.Seconds
			}
			return t
		}
		for _, r := range rows {
			line(r, func(s StepSummary) float64 {
				for _, st := range s.Steps {
					if st.Step == r {
						return st.Seconds
					}
				}
				return math.NaN()
			})
		}
		line("sum of steps", sum)
		line("wall", func(s StepSummary) float64 { return s.Wall })
		line("outside steps", func(s StepSummary) float64 { return s.Wall - sum(s) })
	}
	if copydb != nil {
		b.WriteString("\npgcopydb clone steps (median s; its own summary, in its words):\n")
		for _, st := range copydb.Steps {
			fmt.Fprintf(b, "  %-50s %7.2f\n", st.Step, st.Seconds)
		}
		fmt.Fprintf(b, "  %-50s %7.2f\n", "wall (measured here)", copydb.Wall)
	}
}

// stepColumn is a whole run's column heading: its case without the
// understudy_ and full_ prefixes.
func stepColumn(c string) string {
	return strings.TrimPrefix(strings.TrimPrefix(c, "understudy_"), "full_")
}

// renderProcesses is the usage of each case's client processes.
func renderProcesses(b *strings.Builder, ps []ProcSummary) {
	if len(ps) == 0 {
		return
	}
	b.WriteString("\nclient processes (n = processes per round; rss = peak RSS, max over rounds; cpu = user+sys, median per round):\n")
	fmt.Fprintf(b, "  %-32s %-15s %3s %8s %7s\n", "case", "program", "n", "rss_MiB", "cpu_s")
	for _, p := range ps {
		fmt.Fprintf(b, "  %-32s %-15s %3d %8.1f %7.2f\n", p.Case, p.Program, p.Count, p.PeakRSSMiB, p.CPU)
	}
}
