package report

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

// runVerify sums up a run's verify records for one line: the check before
// the swap, and the latest check recorded since.
func runVerify(r pipeline.RunRecord) (atRun, later string, err error) {
	atRun, later = "skipped", "-"
	if r.Manifest.Verified {
		atRun = "passed (no report kept)"
	}
	for _, doc := range r.Verify {
		rec, _, err := OpenVerify(doc, nil, nil)
		if err != nil {
			return "", "", fmt.Errorf("run started %s: %w", r.Manifest.Started.UTC().Format(time.DateTime), err)
		}
		if rec.Phase == verify.PhaseBeforeSwap {
			atRun = rec.Outcome()
		} else {
			later = rec.Checked.UTC().Format(time.DateTime) + " " + rec.Outcome()
		}
	}
	return atRun, later, nil
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
		var rows int64
		for _, t := range m.Tables {
			rows += t.RowsWritten
		}
		secs := "-"
		if !m.Finished.IsZero() {
			secs = fmt.Sprintf("%.1f", m.Finished.Sub(m.Started).Seconds())
		}
		sha := m.RulesSHA256
		if len(sha) > 12 {
			sha = sha[:12]
		}
		atRun, later, err := runVerify(r)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", m.Started.UTC().Format(time.DateTime), secs, len(m.Tables), rows, sha, atRun, later, m.SourceLSN, m.Swap)
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
