package report

import (
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

// historyRuns are four refreshes, newest first as pipeline.History returns
// them: verified, then checked again and failed; not verified; verified
// before reports were kept; and one with a step this version does not
// know.
func historyRuns(t *testing.T) []pipeline.RunRecord {
	t.Helper()
	t0 := time.Date(2026, 3, 1, 3, 0, 0, 0, time.UTC)
	doc := func(rep *verify.Report, phase string) json.RawMessage {
		b, err := VerifyJSON(verify.NewRecord(rep, phase))
		require.NoError(t, err)
		return b
	}
	run := func(day int, rows int64, steps ...float64) pipeline.Manifest {
		m := pipeline.Manifest{Started: t0.Add(time.Duration(day) * 24 * time.Hour), RulesSHA256: "05ae3d96bb42aa", Target: "acme_staging", Swap: "swapped", SourceLSN: "0/4D4E000"}
		names := []pipeline.Step{pipeline.StepSnapshot, pipeline.StepLock, pipeline.StepSchema, pipeline.StepCopy, pipeline.StepPostData, pipeline.StepVerify, pipeline.StepSwap}
		var total float64
		for i, s := range steps {
			m.Steps = append(m.Steps, pipeline.StepTiming{Step: names[i], Seconds: s})
			total += s
		}
		m.Finished = m.Started.Add(time.Duration(total * float64(time.Second)))
		m.Tables = []pipeline.TableResult{{Table: "public.users", RowsWritten: rows / 2}, {Table: "public.orders", RowsWritten: rows - rows/2}}
		return m
	}
	newest := run(3, 40545, 0.4, 0.1, 1.2, 9.5, 4.1, 2.2, 0.3)
	newest.Verified = true
	later := verify.NewRecord(failedReport(), verify.PhaseOnDemand)
	laterDoc, err := VerifyJSON(later)
	require.NoError(t, err)
	skipped := run(2, 41000, 0.5, 0.1, 1.1, 9.9, 4.4, 0, 0.3)
	kept := run(1, 38000, 0.4, 0.1, 1.0, 8.7, 3.9, 2.0, 0.2)
	kept.Verified = true
	odd := run(0, 12000, 0.3, 0.1, 0.9, 3.2)
	odd.Steps = append(odd.Steps, pipeline.StepTiming{Step: "after", Seconds: 1.5})
	odd.Finished = odd.Finished.Add(1500 * time.Millisecond)
	odd.Verified = true
	return []pipeline.RunRecord{
		{Manifest: newest, Verify: []json.RawMessage{doc(passedReport(), verify.PhaseBeforeSwap), laterDoc}},
		{Manifest: skipped},
		{Manifest: kept},
		{Manifest: odd, Verify: []json.RawMessage{doc(passedReport(), verify.PhaseBeforeSwap)}},
	}
}

func TestNiceScale(t *testing.T) {
	for _, c := range []struct{ max, top, step float64 }{
		{0, 1, 0.25}, {17.3, 20, 5}, {40545, 50000, 10000}, {1, 1, 0.2}, {0.03, 0.03, 0.01}, {99, 100, 20},
	} {
		top, step := niceScale(c.max)
		require.InDelta(t, c.top, top, 1e-9, "max %v", c.max)
		require.InDelta(t, c.step, step, 1e-9, "max %v", c.max)
	}
	require.Equal(t, "40.5k", compact(40545))
	require.Equal(t, "1.2M", compact(1.2e6))
	require.Equal(t, "950", compact(950))
}

func TestHistoryHTML(t *testing.T) {
	page, err := HistoryHTML(historyRuns(t))
	require.NoError(t, err)
	h := string(page)
	require.NotRegexp(t, `(?i)(src|href)="https?://`, h, "the page fetches nothing from the network")
	require.NotContains(t, h, "<script", "no script runs")
	require.NotContains(t, h, "ZgotmplZ", "every value reached the page")
	require.Equal(t, 7+7+7+5, strings.Count(h, `<rect class="seg"`), "one segment per step of every run")
	require.Equal(t, 4, strings.Count(h, `<line class="wall"`))
	require.Equal(t, 1, strings.Count(h, `class="verify later v-fail"`), "the failed later check")
	require.Equal(t, 3, strings.Count(h, `class="verify at-run v-pass"`))
	require.Equal(t, 1, strings.Count(h, `class="verify at-run v-skip"`))
	require.Contains(t, h, `<li data-step="after">`, "a step this version does not know gets a color of its own")
	require.Equal(t, 4, strings.Count(h, `<tr class="run-row">`))

	empty, err := HistoryHTML(nil)
	require.NoError(t, err)
	require.Contains(t, string(empty), "No refresh recorded.")
}

// screenshot renders the page in headless Chromium and returns the image.
func screenshot(t *testing.T, bin, url string, w, h int) image.Image {
	t.Helper()
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--force-device-scale-factor=1", "--force-color-profile=srgb", "--user-data-dir="+filepath.Join(dir, "profile"),
		fmt.Sprintf("--window-size=%d,%d", w, h), "--screenshot="+shot, url)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "chromium: %s", out)
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	return img
}

// rgb parses #rrggbb.
func rgb(hex string) (r, g, b uint32) {
	fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b)
	return r, g, b
}

func isColor(img image.Image, x, y int, hex string) bool {
	r0, g0, b0 := rgb(hex)
	r, g, b, _ := img.At(x, y).RGBA()
	return r>>8 == r0 && g>>8 == g0 && b>>8 == b0
}

// countColor counts the pixels of one color (#rrggbb) in rows y0 to y1.
func countColor(img image.Image, hex string, y0, y1 int) int {
	n := 0
	for y := max(y0, img.Bounds().Min.Y); y < min(y1, img.Bounds().Max.Y); y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if isColor(img, x, y, hex) {
				n++
			}
		}
	}
	return n
}

// lastRow is the lowest row holding a pixel of the color, or -1.
func lastRow(img image.Image, hex string) int {
	for y := img.Bounds().Max.Y - 1; y >= img.Bounds().Min.Y; y-- {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if isColor(img, x, y, hex) {
				return y
			}
		}
	}
	return -1
}

var segRE = regexp.MustCompile(`<rect class="seg" data-step="([a-z-]+)"`)

// TestHistoryHTMLInChromium opens the chart in a browser: the SVG is parsed
// as SVG (every segment is an element, not text), and drawn: the pixels of
// each step's color, the verify markers and the rows bars are on the
// screen.
func TestHistoryHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	page, err := HistoryHTML(historyRuns(t))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "history.html")
	require.NoError(t, os.WriteFile(path, page, 0o644))

	dom := dumpDOM(t, bin, "file://"+path)
	require.Len(t, segRE.FindAllString(dom, -1), 26)
	require.Contains(t, dom, `<svg class="history" id="chart"`)
	require.NotContains(t, dom, "&lt;rect", "the SVG is markup, not text")

	// Each step's color, as the page gives it, and the markers' and bars'
	// colors, as its style gives them, are on the screen.
	fills := map[string]string{}
	for _, m := range fillRE.FindAllStringSubmatch(dom, -1) {
		fills[m[1]] = m[2]
	}
	require.Len(t, fills, 8, "eight steps: %v", fills)
	img := screenshot(t, bin, "file://"+path, 1000, 1000)
	// Only the chart counts, not the legend's swatches above it: the rows
	// bars, which only the chart has, end at its rows axis.
	chart, err := newHistoryChart(historyRuns(t))
	require.NoError(t, err)
	bottom := lastRow(img, "#6c8ebf")
	require.Positive(t, bottom, "the rows bars are drawn")
	top := bottom + 1 - chart.RowsBottom
	for _, c := range []struct {
		what, color string
		min         int
	}{
		{"copy segments", fills["copy"], 1000}, {"post-data segments", fills["post-data"], 500}, {"the unknown step", fills["after"], 300},
		{"three passed squares", "#2f9e44", 300}, {"the failed check's dot", "#e03131", 60}, {"the skipped square", "#ced4da", 80},
		{"rows bars", "#6c8ebf", 1000},
	} {
		n := countColor(img, c.color, top, bottom+1)
		t.Logf("%s: %d pixels of %s", c.what, n, c.color)
		require.GreaterOrEqual(t, n, c.min, "%s (%s) are drawn", c.what, c.color)
	}
}

var fillRE = regexp.MustCompile(`<rect class="seg" data-step="([a-z-]+)"[^>]* fill="(#[0-9a-f]{6})"`)
