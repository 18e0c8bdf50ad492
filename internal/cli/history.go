package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
)

func (a *app) historyCommand() *cobra.Command {
	var target, format, output string
	var limit int
	cmd := &cobra.Command{
		Use:   "history",
		Short: "List the refreshes the staging database has received",
		Long: `history reads understudy.runs in the target (staging) database: every refresh
that built it and the ones before, newest first, with when it ran, how long
it took, which rules (SHA-256), how many tables and rows, the result of the
verification before the swap (passed, or skipped with --no-verify), the
latest check recorded since (understudy verify --record), the source
snapshot's LSN and the swap result. --format json prints the manifests with
their full verify reports. --format html draws the last --limit runs as one
self-contained page: a chart of each run's seconds per step, its verify
results and the rows it wrote, then the same table.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" && format != "html" {
				return usagef("--format %q: want text, json or html", format)
			}
			url, err := a.connURL(target, rules.Setting{}, EnvTarget)
			if err != nil {
				return err
			}
			runs, err := readHistory(cmd.Context(), url, limit)
			if err != nil {
				return err
			}
			if format == "json" {
				out := make([]historyEntry, len(runs))
				for i, r := range runs {
					out[i] = historyEntry{Manifest: r.Manifest, Verify: r.Verify}
					if out[i].Verify == nil {
						out[i].Verify = []json.RawMessage{}
					}
				}
				b, err := json.MarshalIndent(out, "", "  ")
				if err != nil {
					return err
				}
				return writeOutput(a.stdout, output, append(b, '\n'))
			}
			if format == "html" {
				page, err := report.HistoryHTML(runs)
				if err != nil {
					return err
				}
				return writeOutput(a.stdout, output, page)
			}
			text, err := report.HistoryText(runs)
			if err != nil {
				return err
			}
			return writeOutput(a.stdout, output, []byte(text))
		},
	}
	cmd.Flags().StringVar(&target, "target", "", "target database URL (default $"+EnvTarget+")")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json or html")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().IntVar(&limit, "limit", 20, "how many runs, newest first")
	return cmd
}

// historyEntry is one run in history --format json: its manifest, and its
// verify records, oldest first.
type historyEntry struct {
	pipeline.Manifest
	Verify []json.RawMessage `json:"verify"`
}

func readHistory(ctx context.Context, url string, limit int) ([]pipeline.RunRecord, error) {
	conn, err := openTarget(ctx, url)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	return pipeline.History(ctx, conn, limit)
}

// latestVerify reads the newest run's last verify record from a staging
// database (the latest proof about the copy it holds), as stored, with
// that run's manifest as stored.
func latestVerify(ctx context.Context, url string) (doc, manifest json.RawMessage, err error) {
	runs, err := readHistory(ctx, url, 1)
	if err != nil {
		return nil, nil, fmt.Errorf("--verify-from: %w", err)
	}
	if len(runs) == 0 {
		return nil, nil, errors.New("--verify-from: understudy.runs is empty: no refresh has built this database")
	}
	m, recs := runs[0].Manifest, runs[0].Verify
	if len(recs) == 0 {
		return nil, nil, fmt.Errorf("--verify-from: the newest run of %s (started %s) has no verify report: it ran with --no-verify, or before reports were kept; record one with understudy verify --record",
			m.Target, m.Started.UTC().Format(time.DateTime))
	}
	return recs[len(recs)-1], runs[0].ManifestJSON, nil
}
