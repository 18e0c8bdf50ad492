package report

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

// runChecks sums up a run's verify records: the check before the swap,
// and the latest check recorded since.
type runChecks struct {
	// AtRun is the outcome of the check before the swap: "passed",
	// "failed: ...", "skipped", or "passed (no report kept)".
	AtRun string
	// Later is the outcome of the latest check recorded since, at
	// LaterAt; empty when there is none.
	Later   string
	LaterAt time.Time
}

// LaterText is the latest later check for a line: its time and outcome,
// or "-".
func (c runChecks) LaterText() string {
	if c.Later == "" {
		return "-"
	}
	return c.LaterAt.UTC().Format(time.DateTime) + " " + c.Later
}

func runVerify(r pipeline.RunRecord) (runChecks, error) {
	c := runChecks{AtRun: "skipped"}
	if r.Manifest.Verified {
		c.AtRun = "passed (no report kept)"
	}
	for _, doc := range r.Verify {
		rec, _, err := OpenVerify(doc, nil, nil)
		if err != nil {
			return c, fmt.Errorf("run started %s: %w", r.Manifest.Started.UTC().Format(time.DateTime), err)
		}
		if rec.Phase == verify.PhaseBeforeSwap {
			c.AtRun = rec.Outcome()
		} else {
			c.Later, c.LaterAt = rec.Outcome(), rec.Checked
		}
	}
	return c, nil
}

// HistoryText is history's table of runs, newest first.
func HistoryText(runs []pipeline.RunRecord) (string, error) {
	var b strings.Builder
	if len(runs) == 0 {
		return "no refresh recorded\n", nil
	}
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "started (UTC)\tseconds\ttables\trows\trules sha256\tverify\tlast check (UTC)\tsource lsn\tresult")
	for _, r := range runs {
		m := r.Manifest
		rows := runRows(m)
		secs := "-"
		if !m.Finished.IsZero() {
			secs = fmt.Sprintf("%.1f", m.Finished.Sub(m.Started).Seconds())
		}
		sha := shortSHA(m.RulesSHA256)
		checks, err := runVerify(r)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", m.Started.UTC().Format(time.DateTime), secs, len(m.Tables), rows, sha, checks.AtRun, checks.LaterText(), m.SourceLSN, m.Swap)
	}
	tw.Flush()
	return trimRight(b.String()), nil
}

// trimRight drops the padding tabwriter leaves at the end of lines.
func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// shortSHA is a digest's first 12 digits, as history shows it.
func shortSHA(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}
