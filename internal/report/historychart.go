package report

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/understudy/understudy/pipeline"
)

// stepOrder is the order of the steps in the chart's stacks and legend:
// the order a run takes them. A step not listed (from a newer version)
// follows, in the order it first appears.
var stepOrder = []pipeline.Step{pipeline.StepSnapshot, pipeline.StepLock, pipeline.StepSubset, pipeline.StepSchema,
	pipeline.StepLoad, pipeline.StepCopy, pipeline.StepPostData, pipeline.StepSequences, pipeline.StepAnalyze,
	pipeline.StepVerify, pipeline.StepManifest, pipeline.StepSwap}

// stepColors are the fills of the steps, in stepOrder, then for the steps
// it does not list; distinct enough side by side, and for most color
// vision deficiencies.
var stepColors = []string{"#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b6992d", "#f1ce63",
	"#499894", "#86bcb6", "#e15759", "#ff9d9a", "#79706e", "#bab0ac", "#d37295", "#fabfd2", "#b07aa1", "#d4a6c8"}

// Geometry of the chart, in pixels.
const (
	chartSlot    = 56 // horizontal room per run
	chartBar     = 32 // bar width
	chartLeft    = 76 // room for the y axis labels
	chartRight   = 24
	chartTop     = 24
	chartDurH    = 240 // the durations panel
	chartStripH  = 34  // the verify strip
	chartRowsH   = 110 // the rows panel
	chartGap     = 30
	chartLabelsH = 80 // the runs' start times, slanted
	chartMinW    = 640
)

// historyChart is what history.html.tmpl draws.
type historyChart struct {
	Target              string
	Runs                int
	Bar                 int // bar width
	MarkY, LabelY       int
	Width, Height       int
	PlotLeft, PlotRight int
	DurTop, DurBottom   int
	StripY              int
	RowsTop, RowsBottom int
	DurTicks, RowsTicks []chartTick
	Columns             []chartColumn
	Legend              []chartLegend
	Table               []historyRow
}

type chartTick struct {
	Y     string
	Label string
}

type chartLegend struct {
	Step  string
	Color string
}

// chartColumn is one run: its stacked step durations, wall time, verify
// markers, rows bar and label.
type chartColumn struct {
	X, BarX, BarEnd string
	Center          string
	// MarkX and DotX place the verify markers: the check before the swap
	// (a square) and the latest check since (a dot).
	MarkX, DotX string
	Segments    []chartSegment
	// Wall is the y of the run's wall time (its start to its end); empty
	// when it recorded no end.
	Wall, WallTitle string
	AtRun           verifyMark
	Later           *verifyMark
	RowsY, RowsH    string
	Rows            int64
	Label           string
	Title           string
}

type chartSegment struct {
	Step, Color string
	Y, H        string
	Title       string
}

type verifyMark struct {
	Class, Title string
}

// historyRow is one line of the table under the chart.
type historyRow struct {
	Started, Seconds, Tables, Rows, RulesSHA string
	AtRun, AtRunClass, Later, LaterClass     string
	LSN, Swap                                string
}

// verifyClass is the marker class of an outcome.
func verifyClass(outcome string) string {
	switch {
	case strings.HasPrefix(outcome, "passed"):
		return "v-pass"
	case strings.HasPrefix(outcome, "failed"):
		return "v-fail"
	}
	return "v-skip"
}

// niceScale returns an axis maximum at or above max and its tick step:
// 1, 2 or 5 times a power of ten, for three to six ticks.
func niceScale(max float64) (top, step float64) {
	if max <= 0 || math.IsNaN(max) || math.IsInf(max, 0) {
		return 1, 0.25
	}
	raw := max / 5
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if step = m * pow; step >= raw {
			break
		}
	}
	return math.Ceil(max/step-1e-9) * step, step
}

// compact writes a count for an axis: 950, 12k, 3.4M.
func compact(n float64) string {
	switch {
	case n >= 1e9:
		return trimZero(fmt.Sprintf("%.1f", n/1e9)) + "G"
	case n >= 1e6:
		return trimZero(fmt.Sprintf("%.1f", n/1e6)) + "M"
	case n >= 1e3:
		return trimZero(fmt.Sprintf("%.1f", n/1e3)) + "k"
	}
	return trimZero(fmt.Sprintf("%.2f", n))
}

func trimZero(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func px(v float64) string { return trimZero(fmt.Sprintf("%.1f", v)) }

func ticks(top, step float64, y0, h int, label func(float64) string) []chartTick {
	var out []chartTick
	for v := 0.0; v <= top+step/2; v += step {
		out = append(out, chartTick{Y: px(float64(y0+h) - v/top*float64(h)), Label: label(v)})
	}
	return out
}

func runRows(m pipeline.Manifest) int64 {
	var rows int64
	for _, t := range m.Tables {
		rows += t.RowsWritten
	}
	return rows
}

func seconds(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f s", v)
	}
	return trimZero(fmt.Sprintf("%.2f", v)) + " s"
}

// newHistoryChart lays out the runs (newest first, as History returns
// them) oldest to newest, left to right.
func newHistoryChart(runs []pipeline.RunRecord) (*historyChart, error) {
	n := len(runs)
	c := &historyChart{Runs: n, Bar: chartBar}
	if n > 0 {
		c.Target = runs[0].Manifest.Target
	}
	c.Width = max(chartMinW, chartLeft+n*chartSlot+chartRight)
	c.PlotLeft, c.PlotRight = chartLeft, c.Width-chartRight
	c.DurTop = chartTop
	c.DurBottom = c.DurTop + chartDurH
	c.StripY = c.DurBottom + chartStripH/2 + 4
	c.RowsTop = c.DurBottom + chartStripH + chartGap
	c.RowsBottom = c.RowsTop + chartRowsH
	c.Height = c.RowsBottom + chartLabelsH
	c.MarkY = c.StripY - 6
	c.LabelY = c.RowsBottom + 14

	colors := map[pipeline.Step]string{}
	for i, s := range stepOrder {
		colors[s] = stepColors[i]
	}
	var maxDur float64
	var maxRows int64
	used := map[pipeline.Step]bool{}
	for _, r := range runs {
		var sum float64
		for _, s := range r.Manifest.Steps {
			sum += s.Seconds
			used[s.Step] = true
			if _, ok := colors[s.Step]; !ok {
				colors[s.Step] = stepColors[len(colors)%len(stepColors)]
			}
		}
		maxDur = max(maxDur, sum)
		if m := r.Manifest; !m.Finished.IsZero() {
			maxDur = max(maxDur, m.Finished.Sub(m.Started).Seconds())
		}
		maxRows = max(maxRows, runRows(r.Manifest))
	}
	durTop, durStep := niceScale(maxDur)
	rowsTop, rowsStep := niceScale(float64(maxRows))
	c.DurTicks = ticks(durTop, durStep, c.DurTop, chartDurH, func(v float64) string { return trimZero(fmt.Sprintf("%.2f", v)) + " s" })
	c.RowsTicks = ticks(rowsTop, rowsStep, c.RowsTop, chartRowsH, compact)
	durY := func(v float64) float64 { return float64(c.DurBottom) - v/durTop*chartDurH }

	for _, s := range stepOrder {
		if used[s] {
			c.Legend = append(c.Legend, chartLegend{Step: string(s), Color: colors[s]})
		}
	}
	seen := map[pipeline.Step]bool{}
	for _, r := range runs {
		for _, s := range r.Manifest.Steps {
			if !seen[s.Step] && !contains(stepOrder, s.Step) {
				c.Legend = append(c.Legend, chartLegend{Step: string(s.Step), Color: colors[s.Step]})
			}
			seen[s.Step] = true
		}
	}

	for i := range runs {
		r := runs[n-1-i] // oldest first
		m := r.Manifest
		left := float64(chartLeft + i*chartSlot)
		barX := left + (chartSlot-chartBar)/2
		center := left + chartSlot/2
		started := m.Started.UTC().Format(time.DateTime)
		col := chartColumn{X: px(left), BarX: px(barX), BarEnd: px(barX + chartBar), Center: px(center),
			MarkX: px(center - 14), DotX: px(center + 8), Rows: runRows(m), Label: m.Started.UTC().Format("01-02 15:04")}
		var total float64
		for _, s := range m.Steps {
			y0, y1 := durY(total), durY(total+s.Seconds)
			total += s.Seconds
			col.Segments = append(col.Segments, chartSegment{Step: string(s.Step), Color: colors[s.Step], Y: px(y1), H: px(y0 - y1),
				Title: fmt.Sprintf("run started %s: %s %s", started, s.Step, seconds(s.Seconds))})
		}
		wall := "-"
		if !m.Finished.IsZero() {
			w := m.Finished.Sub(m.Started).Seconds()
			wall = seconds(w)
			col.Wall, col.WallTitle = px(durY(w)), fmt.Sprintf("run started %s: %s from start to end (steps that ran at once stack above it)", started, wall)
		}
		checks, err := runVerify(r)
		if err != nil {
			return nil, err
		}
		col.AtRun = verifyMark{Class: verifyClass(checks.AtRun), Title: "verify before the swap: " + checks.AtRun}
		laterClass := ""
		if checks.Later != "" {
			col.Later = &verifyMark{Class: verifyClass(checks.Later), Title: "last check " + checks.LaterText()}
			laterClass = col.Later.Class
		}
		rowsH := float64(col.Rows) / rowsTop * chartRowsH
		col.RowsY, col.RowsH = px(float64(c.RowsBottom)-rowsH), px(rowsH)
		col.Title = fmt.Sprintf("run started %s: %d rows in %d tables, %s, verify %s, %s", started, col.Rows, len(m.Tables), wall, checks.AtRun, m.Swap)
		c.Columns = append(c.Columns, col)

		c.Table = append(c.Table, historyRow{Started: started, Seconds: strings.TrimSuffix(wall, " s"), Tables: fmt.Sprint(len(m.Tables)),
			Rows: fmt.Sprint(col.Rows), RulesSHA: shortSHA(m.RulesSHA256), AtRun: checks.AtRun, AtRunClass: col.AtRun.Class, Later: checks.LaterText(),
			LaterClass: laterClass, LSN: m.SourceLSN, Swap: m.Swap})
	}
	// The table lists the newest run first, as history does.
	for i, j := 0, len(c.Table)-1; i < j; i, j = i+1, j-1 {
		c.Table[i], c.Table[j] = c.Table[j], c.Table[i]
	}
	return c, nil
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// HistoryHTML draws the runs (newest first, as pipeline.History returns
// them) as one self-contained page: an SVG chart, oldest run on the left,
// of each run's seconds per step (stacked, with its wall time marked), its
// verify results and the rows it wrote, then the runs as a table. Nothing
// is fetched from the network and no script runs.
func HistoryHTML(runs []pipeline.RunRecord) ([]byte, error) {
	c, err := newHistoryChart(runs)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, "history.html.tmpl", c); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return b.Bytes(), nil
}
