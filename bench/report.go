package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
)

// Case names. The understudy groups yield two cases each: the data phase
// (the manifest's copy step) and the whole refresh (the process's wall time).
const (
	caseTextSeq     = "text_seq"
	caseBinSeq      = "bin_seq"
	caseTextSplit   = "text_split"
	casePostData    = "post_data"
	caseDumpRestore = "dump_restore"
	caseDump        = "dump"
	caseRestore     = "restore"
	groupNoRules    = "understudy_norules"
	groupMasked     = "understudy_masked"
	caseDataNoRules = "understudy_data_norules"
	caseFullNoRules = "understudy_full_norules"
	caseDataMasked  = "understudy_data_masked"
	caseFullMasked  = "understudy_full_masked"
)

// caseOrder is the order of the rows in the report; parts are indented
// under the case they belong to.
var caseOrder = []string{caseTextSeq, casePostData, caseBinSeq, caseTextSplit, caseDumpRestore, caseDump, caseRestore,
	caseDataNoRules, caseDataMasked, caseFullNoRules, caseFullMasked}

var parts = map[string]bool{caseDump: true, caseRestore: true, casePostData: true}

// Sample is one case measured once.
type Sample struct {
	Round   int     `json:"round"`
	Case    string  `json:"case"`
	Seconds float64 `json:"seconds"`
	// ProcessSeconds is the understudy process's wall time (for a data
	// case, Seconds is only its copy step).
	ProcessSeconds float64 `json:"process_seconds,omitempty"`
	// MaxRSSKiB is the peak RSS of the largest client process (understudy,
	// psql, pg_dump, pg_restore), as wait4 reports it.
	MaxRSSKiB int64 `json:"max_rss_kib"`
	// CPUSeconds is the user+system time of the client processes.
	CPUSeconds float64 `json:"cpu_seconds"`
	// ServerCPUSeconds is the user+system time of the server's processes
	// (-1: the server is not visible from here).
	ServerCPUSeconds float64 `json:"server_cpu_seconds"`
	// Busy is the whole machine's CPU busy percentage over the case.
	Busy  float64            `json:"busy_percent"`
	Steps map[string]float64 `json:"steps,omitempty"`
	// StepOrder keeps the manifest's order of the steps.
	StepOrder []string `json:"-"`
}

// Env describes where the numbers come from.
type Env struct {
	Postgres   string   `json:"postgres"`
	Settings   string   `json:"settings"`
	External   bool     `json:"external_server"`
	Scale      int      `json:"scale"`
	Runs       int      `json:"runs"`
	Jobs       int      `json:"jobs"`
	Workers    int      `json:"understudy_workers"`
	CPUs       int      `json:"cpus"`
	LoadBefore string   `json:"loadavg_before"`
	LoadAfter  string   `json:"loadavg_after"`
	Rows       int64    `json:"rows"`
	Tables     []string `json:"tables"`
	SourceSize int64    `json:"source_bytes"`
	MaskRule   string   `json:"mask_rule"`
	Understudy string   `json:"understudy"`
}

// Results is everything the harness reports.
type Results struct {
	Env     Env           `json:"env"`
	Cases   []CaseSummary `json:"cases"`
	Steps   []StepSummary `json:"steps,omitempty"`
	Targets []Target      `json:"targets"`
	Samples []Sample      `json:"samples"`
}

// CaseSummary is one case over all rounds. Ratio and Paired are NaN when
// text_seq was not run; JSON shows them as null.
type CaseSummary struct {
	Case       string    `json:"case"`
	Part       bool      `json:"part_of_dump_restore,omitempty"`
	Runs       int       `json:"runs"`
	Median     float64   `json:"median_s"`
	Min        float64   `json:"min_s"`
	Max        float64   `json:"max_s"`
	Ratio      jsonNum   `json:"ratio"`
	Paired     jsonNum   `json:"paired_ratio"`
	RowsPerSec float64   `json:"rows_per_s"`
	CPU        float64   `json:"cpu_s"`
	ServerCPU  float64   `json:"server_cpu_s"`
	Busy       float64   `json:"busy_percent"`
	PeakRSSMiB float64   `json:"peak_rss_mib"`
	Understudy bool      `json:"understudy,omitempty"`
	Seconds    []float64 `json:"seconds"`
}

// StepSummary is the median time of each step of an understudy run.
type StepSummary struct {
	Case  string    `json:"case"`
	Steps []StepMed `json:"steps"`
}

// StepMed is one step's median seconds.
type StepMed struct {
	Step    string  `json:"step"`
	Seconds float64 `json:"seconds"`
}

// Target is one of the goals of the performance issue.
type Target struct {
	Name  string  `json:"name"`
	Value jsonNum `json:"value"`
	Op    string  `json:"op"` // "<=", ">=", or "info" (reported, not judged)
	Limit float64 `json:"limit"`
	// Result is PASS, MISS, "n/a" when a case it needs did not run, or
	// "info".
	Result string `json:"result"`
}

// jsonNum is a float64 that encodes NaN as null.
type jsonNum float64

func (n jsonNum) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(n)) || math.IsInf(float64(n), 0) {
		return []byte("null"), nil
	}
	return json.Marshal(math.Round(float64(n)*10000) / 10000)
}

// median returns the median of xs (NaN for none), without reordering xs.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// summarize turns samples into one summary per case, in report order:
// ratio = median / median(text_seq); paired = median over rounds of
// case / text_seq of the same round.
func summarize(samples []Sample, rows int64) []CaseSummary {
	byCase := map[string][]Sample{}
	for _, s := range samples {
		byCase[s.Case] = append(byCase[s.Case], s)
	}
	base := math.NaN()
	baseByRound := map[int]float64{}
	for _, s := range byCase[caseTextSeq] {
		baseByRound[s.Round] = s.Seconds
	}
	if b := byCase[caseTextSeq]; len(b) > 0 {
		base = median(secondsOf(b))
	}
	var out []CaseSummary
	for _, name := range caseOrder {
		ss := byCase[name]
		if len(ss) == 0 {
			continue
		}
		secs := secondsOf(ss)
		cs := CaseSummary{Case: name, Part: parts[name], Runs: len(ss), Median: median(secs),
			Min: slices.Min(secs), Max: slices.Max(secs), Seconds: secs,
			Understudy: strings.HasPrefix(name, "understudy_")}
		cs.Ratio = jsonNum(cs.Median / base)
		var paired, cpu, srv, busy []float64
		for _, s := range ss {
			if b, ok := baseByRound[s.Round]; ok && b > 0 {
				paired = append(paired, s.Seconds/b)
			}
			cpu = append(cpu, s.CPUSeconds)
			srv = append(srv, s.ServerCPUSeconds)
			busy = append(busy, s.Busy)
			cs.PeakRSSMiB = math.Max(cs.PeakRSSMiB, float64(s.MaxRSSKiB)/1024)
		}
		cs.Paired = jsonNum(median(paired))
		cs.CPU, cs.ServerCPU, cs.Busy = median(cpu), median(srv), median(busy)
		if cs.Median > 0 {
			cs.RowsPerSec = float64(rows) / cs.Median
		}
		out = append(out, cs)
	}
	return out
}

func secondsOf(ss []Sample) []float64 {
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = s.Seconds
	}
	return out
}

// stepSummaries gives the median of every step of the whole-refresh cases.
func stepSummaries(samples []Sample) []StepSummary {
	var out []StepSummary
	for _, name := range []string{caseFullNoRules, caseFullMasked} {
		var order []string
		vals := map[string][]float64{}
		for _, s := range samples {
			if s.Case != name {
				continue
			}
			for _, st := range s.StepOrder {
				if _, ok := vals[st]; !ok {
					order = append(order, st)
				}
				vals[st] = append(vals[st], s.Steps[st])
			}
		}
		if len(order) == 0 {
			continue
		}
		ss := StepSummary{Case: name}
		for _, st := range order {
			ss.Steps = append(ss.Steps, StepMed{Step: st, Seconds: median(vals[st])})
		}
		out = append(out, ss)
	}
	return out
}

// rssLimitMiB is the memory target: peak RSS must not grow with table size.
const rssLimitMiB = 64

// evaluate checks the targets of the performance issue on the medians.
func evaluate(cases []CaseSummary) []Target {
	get := func(name string) *CaseSummary {
		for i := range cases {
			if cases[i].Case == name {
				return &cases[i]
			}
		}
		return nil
	}
	ratio := func(name string) float64 {
		if c := get(name); c != nil {
			return float64(c.Ratio)
		}
		return math.NaN()
	}
	speedup := math.NaN()
	if d, f := get(caseDumpRestore), get(caseFullMasked); d != nil && f != nil && f.Median > 0 {
		speedup = d.Median / f.Median
	}
	rss := math.NaN()
	for _, c := range cases {
		if c.Understudy {
			if math.IsNaN(rss) {
				rss = 0
			}
			rss = math.Max(rss, c.PeakRSSMiB)
		}
	}
	ts := []Target{
		{Name: "data phase, no rules: median / text_seq", Value: jsonNum(ratio(caseDataNoRules)), Op: "<=", Limit: 0.80},
		{Name: "data phase, masked: median / text_seq", Value: jsonNum(ratio(caseDataMasked)), Op: "<=", Limit: 0.85},
		{Name: "whole refresh, masked: median / text_seq", Value: jsonNum(ratio(caseFullMasked)), Op: "<=", Limit: 1.30},
		{Name: "dump_restore / whole refresh, masked (speed-up)", Value: jsonNum(speedup), Op: ">=", Limit: 1.35},
		{Name: "understudy peak RSS, MiB (max over runs)", Value: jsonNum(rss), Op: "<=", Limit: rssLimitMiB},
	}
	// Not a target: the whole refresh against the raw pipe plus the raw
	// post-data script (baseline.sh's text_seq + post_data), the physical
	// floor of a refresh that builds indexes and keys.
	raw := math.NaN()
	if t, p, f := get(caseTextSeq), get(casePostData), get(caseFullMasked); t != nil && p != nil && f != nil {
		raw = f.Median / (t.Median + p.Median)
	}
	ts = append(ts, Target{Name: "info: refresh masked / (text_seq + post_data)", Value: jsonNum(raw), Op: "info"})
	for i := range ts {
		if ts[i].Op == "info" {
			ts[i].Result = "info"
			continue
		}
		v := float64(ts[i].Value)
		switch {
		case math.IsNaN(v):
			ts[i].Result = "n/a"
		case ts[i].Op == "<=" && v <= ts[i].Limit, ts[i].Op == ">=" && v >= ts[i].Limit:
			ts[i].Result = "PASS"
		default:
			ts[i].Result = "MISS"
		}
	}
	return ts
}

func fmtNum(v float64, prec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "-"
	}
	return fmt.Sprintf("%.*f", prec, v)
}

// renderText is the human-readable report.
func renderText(r *Results) string {
	var b strings.Builder
	e := r.Env
	server := "throwaway cluster (internal/pgtest)"
	if e.External {
		server = "external server (UNDERSTUDY_TEST_DATABASE_URL)"
	}
	fmt.Fprintf(&b, "PostgreSQL %s, %s; %s\n", e.Postgres, server, e.Settings)
	fmt.Fprintf(&b, "source: pgbench -i -s %d --foreign-keys: %d rows in %d tables, %.0f MiB; %d CPUs; load average before %s, after %s\n",
		e.Scale, e.Rows, len(e.Tables), float64(e.SourceSize)/(1<<20), e.CPUs, e.LoadBefore, e.LoadAfter)
	workers := "default (CPUs)"
	if e.Workers > 0 {
		workers = fmt.Sprint(e.Workers)
	}
	fmt.Fprintf(&b, "%d rounds, cases interleaved; pg_dump/pg_restore -j %d; understudy workers %s; mask: pgbench_accounts.filler %s\n",
		e.Runs, e.Jobs, workers, e.MaskRule)
	b.WriteString("ratio = median / median(text_seq); paired = median over rounds of case/text_seq of the same round;\n")
	b.WriteString("post_data = psql -f post-data.sql after text_seq (indexes, keys); text_split = the largest table in -jobs ctid ranges, -jobs pipes at once;\n")
	b.WriteString("understudy_data_* = the manifest's copy step (its cpu, srv_cpu and rss: the whole run); understudy_full_* = the process's wall time;\n")
	b.WriteString("cpu_s = client user+sys; srv_cpu = server processes' user+sys (-1: not visible); busy = whole-machine CPU busy %; rss = peak RSS of the largest client process\n\n")
	fmt.Fprintf(&b, "%-25s %8s %8s %8s %6s %6s %10s %7s %7s %5s %8s\n",
		"case", "median_s", "min_s", "max_s", "ratio", "paired", "rows/s", "cpu_s", "srv_cpu", "busy", "rss_MiB")
	for _, c := range r.Cases {
		name := c.Case
		if c.Part {
			name = "  " + name
		}
		fmt.Fprintf(&b, "%-25s %8.2f %8.2f %8.2f %6s %6s %10.0f %7.2f %7.2f %5.0f %8.1f\n",
			name, c.Median, c.Min, c.Max, fmtNum(float64(c.Ratio), 2), fmtNum(float64(c.Paired), 2),
			c.RowsPerSec, c.CPU, c.ServerCPU, c.Busy, c.PeakRSSMiB)
	}
	for _, s := range r.Steps {
		fmt.Fprintf(&b, "\n%s steps (median s):", s.Case)
		for _, st := range s.Steps {
			fmt.Fprintf(&b, " %s %.2f", st.Step, st.Seconds)
		}
		b.WriteString("\n")
	}
	b.WriteString("\ntargets\n")
	for _, t := range r.Targets {
		if t.Op == "info" {
			fmt.Fprintf(&b, "  %-50s %7s\n", t.Name, fmtNum(float64(t.Value), 2))
			continue
		}
		fmt.Fprintf(&b, "  %-50s %7s %2s %5.2f  %s\n", t.Name, fmtNum(float64(t.Value), 2), t.Op, t.Limit, t.Result)
	}
	return b.String()
}

func writeJSON(w io.Writer, r *Results) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

func writeJSONFile(path string, r *Results) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writeJSON(f, r); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
