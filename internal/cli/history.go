package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
)

func (a *app) historyCommand() *cobra.Command {
	var target, format string
	var limit int
	cmd := &cobra.Command{
		Use:   "history",
		Short: "List the refreshes the staging database has received",
		Long: `history reads understudy.runs in the target (staging) database: every refresh
that built it and the ones before, newest first, with when it ran, how long
it took, which rules (SHA-256), how many tables and rows, whether the copy
was verified before the swap, and the source snapshot's LSN.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
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
				b, _ := json.MarshalIndent(runs, "", "  ")
				fmt.Fprintln(a.stdout, string(b))
				return nil
			}
			_, err = io.WriteString(a.stdout, renderHistory(runs))
			return err
		},
	}
	cmd.Flags().StringVar(&target, "target", "", "target database URL (default $"+EnvTarget+")")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().IntVar(&limit, "limit", 20, "how many runs, newest first")
	return cmd
}

func readHistory(ctx context.Context, url string, limit int) ([]pipeline.Manifest, error) {
	cfg, err := dsn.TargetConfig(url)
	if err != nil {
		return nil, err
	}
	conn, err := dsn.Connect(ctx, "target", cfg)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, "SELECT manifest::text FROM understudy.runs ORDER BY id DESC LIMIT $1", limit)
	if err != nil {
		return nil, fmt.Errorf("target %s: no run history (understudy.runs): %w", dsn.Describe(cfg), err)
	}
	docs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("target %s: %w", dsn.Describe(cfg), err)
	}
	out := make([]pipeline.Manifest, 0, len(docs))
	for _, d := range docs {
		var m pipeline.Manifest
		if err := json.Unmarshal([]byte(d), &m); err != nil {
			return nil, fmt.Errorf("target %s: a run manifest does not parse: %w", dsn.Describe(cfg), err)
		}
		out = append(out, m)
	}
	return out, nil
}

func renderHistory(runs []pipeline.Manifest) string {
	var b strings.Builder
	if len(runs) == 0 {
		return "no refresh recorded\n"
	}
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "started (UTC)\tseconds\ttables\trows\tverified\trules sha256\tsource lsn\tresult")
	for _, m := range runs {
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
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%v\t%s\t%s\t%s\n", m.Started.UTC().Format(time.DateTime), secs, len(m.Tables), rows, m.Verified, sha, m.SourceLSN, m.Swap)
	}
	tw.Flush()
	return b.String()
}
