package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// InitSampleRows is how many rows per table init samples by default
// (--sample-rows). The labelled evaluation (internal/classifyeval)
// samples as many, so that it scores what init writes.
const InitSampleRows = 1000

func (a *app) initCommand() *cobra.Command {
	var source, output string
	var noSample, force bool
	var sampleRows int
	var labels []string
	var labelsFromSource bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a complete, commented rules file for the source schema",
		Long: `init reads the source schema (read-only), classifies every column by its name,
its type and a bounded sample of its data, and writes a rules file that holds
every table: each PII or secret column with a suggested rule and the evidence
as a comment, every other column as keep. The file passes lint as written;
review it, then run lint --strict.

--from-security-labels imports PostgreSQL Anonymizer's
SECURITY LABEL FOR anon ... IS 'MASKED WITH ...' rules, from the SQL files
given (a schema dump, migrations) or, with no file, from the source's
pg_seclabel. Each label becomes the closest transformer; one that has no
translation becomes a comment naming it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			url := a.setting(source, EnvSource)
			rows := sampleRows
			if noSample {
				rows = -1
			}
			p, err := pipeline.Prepare(cmd.Context(), pipeline.PrepareConfig{SourceURL: url, SampleRows: rows})
			if err != nil {
				return err
			}
			p.Close()
			m, classes := p.Model, p.Classes
			var imported []rules.ImportedRule
			if cmd.Flags().Changed("from-security-labels") || labelsFromSource {
				imported, err = importLabels(cmd.Context(), url, labels, m, a.stderr)
				if err != nil {
					return err
				}
			}
			out := rules.Scaffold(m, classes, rules.ScaffoldOptions{Imported: imported})
			if output != "" && output != "-" && !force {
				if _, err := os.Stat(output); err == nil {
					return usagef("%s exists; pass --force to overwrite it", output)
				}
			}
			if err := writeOutput(a.stdout, output, out); err != nil {
				return err
			}
			if output != "" && output != "-" {
				fmt.Fprintf(a.stderr, "wrote %s: review it, then run understudy lint --config %s --strict\n", output, output)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&source, "source", "", "source database URL (default $"+EnvSource+")")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write the rules file here instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite the output file if it exists")
	cmd.Flags().BoolVar(&noSample, "no-sample", false, "classify columns by name and type only, without sampling data")
	cmd.Flags().IntVar(&sampleRows, "sample-rows", InitSampleRows, "rows sampled per table to classify columns by their data")
	cmd.Flags().StringSliceVar(&labels, "from-security-labels", nil, "import PostgreSQL Anonymizer security labels from these SQL files (comma-separated)")
	cmd.Flags().BoolVar(&labelsFromSource, "security-labels-from-source", false, "import PostgreSQL Anonymizer security labels from the source's pg_seclabel")
	return cmd
}

// importLabels reads PostgreSQL Anonymizer security labels from SQL files,
// or from the source's pg_seclabel when no file is given, and translates
// them. Labels that name no column of the source are reported on w.
func importLabels(ctx context.Context, url string, files []string, m *schema.Model, w io.Writer) ([]rules.ImportedRule, error) {
	var labels []pgsql.SecurityLabel
	if len(files) == 0 {
		conn, cfg, err := openSource(ctx, url)
		if err != nil {
			return nil, err
		}
		defer conn.Close(context.Background())
		rows, err := conn.Query(ctx, `
SELECT n.nspname, c.relname, a.attname, s.provider, s.label
FROM pg_seclabel s
JOIN pg_class c ON s.classoid = 'pg_class'::regclass AND c.oid = s.objoid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = s.objsubid
WHERE s.objsubid > 0 AND s.provider = 'anon'
ORDER BY 1, 2, 3`)
		if err != nil {
			return nil, fmt.Errorf("source %s: read security labels: %w", dsn.Describe(cfg), err)
		}
		for rows.Next() {
			var l pgsql.SecurityLabel
			if err := rows.Scan(&l.Schema, &l.Table, &l.Column, &l.Provider, &l.Label); err != nil {
				return nil, err
			}
			labels = append(labels, l)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("source %s: read security labels: %w", dsn.Describe(cfg), err)
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, usagef("--from-security-labels: %v", err)
		}
		ls, err := pgsql.SecurityLabels(string(data))
		if err != nil {
			return nil, usagef("--from-security-labels %s: %v", f, err)
		}
		labels = append(labels, ls...)
	}
	imported, skipped := rules.ImportSecurityLabels(labels, m)
	for _, s := range skipped {
		fmt.Fprintln(w, "understudy: security label skipped:", s)
	}
	return imported, nil
}
