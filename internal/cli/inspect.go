package cli

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/schema"
)

func (a *app) inspectCommand() *cobra.Command {
	var source, format string
	cmd := &cobra.Command{
		Use:   "inspect",
		Short: "Print the source schema: tables, sizes, keys, foreign keys, cycles and load order",
		Long: `inspect reads the source database's catalog (read-only, in one snapshot) and
prints what understudy knows about it: every table with its kind, estimated
rows, size and keys; every foreign key; the cycles in the foreign-key graph;
and the order in which tables load, parents first.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			m, err := inspectSource(cmd.Context(), a.setting(source, EnvSource))
			if err != nil {
				return err
			}
			if format == "json" {
				return report.InspectJSON(a.stdout, m)
			}
			_, err = io.WriteString(a.stdout, report.InspectText(m))
			return err
		},
	}
	cmd.Flags().StringVar(&source, "source", "", "source database URL (default $"+EnvSource+")")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

// inspectSource reads the source's Model in one read-only snapshot.
func inspectSource(ctx context.Context, url string) (*schema.Model, error) {
	p, err := pipeline.Prepare(ctx, pipeline.PrepareConfig{SourceURL: url, SampleRows: -1})
	if err != nil {
		return nil, err
	}
	p.Close()
	return p.Model, nil
}
