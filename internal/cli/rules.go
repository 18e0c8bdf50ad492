package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/verify"
)

// exitError ends a command with a chosen exit code, its details already
// printed.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }
func (e *exitError) ExitCode() int { return e.code }

// sourceFlags are the flags of the commands that read the source schema.
type sourceFlags struct {
	config   string
	source   string
	noSample bool
	sample   int
}

func (f *sourceFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&f.config, "config", "c", "", "rules file (required)")
	cmd.Flags().StringVar(&f.source, "source", "", "source database URL (default: the rules file's source, then $"+EnvSource+")")
	cmd.Flags().BoolVar(&f.noSample, "no-sample", false, "classify columns by name and type only, without sampling data")
	cmd.Flags().IntVar(&f.sample, "sample-rows", 200, "rows sampled per table to classify columns by their data")
}

// sourceURL picks the source: the flag, the rules file, the environment.
func (a *app) sourceURL(flag string, cfg *rules.Config) (string, error) {
	var setting rules.Setting
	if cfg != nil {
		setting = cfg.Source
	}
	return a.connURL(flag, setting, EnvSource)
}

// targetURL picks the target likewise.
func (a *app) targetURL(flag string, cfg *rules.Config) (string, error) {
	var setting rules.Setting
	if cfg != nil {
		setting = cfg.Target
	}
	return a.connURL(flag, setting, EnvTarget)
}

// connURL is the flag, else the rules file's setting (${ENV} expanded), else
// the environment variable.
func (a *app) connURL(flag string, setting rules.Setting, env string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if setting.Set {
		url, err := setting.Expand(a.getenv)
		if err != nil {
			return "", &UsageError{Msg: err.Error()}
		}
		return url, nil
	}
	return a.getenv(env), nil
}

// openSource connects to the source, read-only.
func openSource(ctx context.Context, url string) (*pgx.Conn, *pgx.ConnConfig, error) {
	cfg, err := dsn.SourceConfig(url)
	if err != nil {
		return nil, nil, err
	}
	conn, err := dsn.Connect(ctx, "source", cfg)
	if err != nil {
		return nil, nil, err
	}
	return conn, cfg, nil
}

// withSourceSnapshot runs fn in one read-only repeatable-read transaction
// on the source, after reading the schema in it.
func withSourceSnapshot(ctx context.Context, url string, fn func(tx pgx.Tx, m *schema.Model, cfg *pgx.ConnConfig) error) error {
	conn, cfg, err := openSource(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("source %s: begin: %w", dsn.Describe(cfg), err)
	}
	defer tx.Rollback(context.Background())
	m, err := schema.Load(ctx, tx)
	if err != nil {
		if schema.IsPermissionDenied(err) {
			return fmt.Errorf("source %s: the role %q may not read the catalog: %w", dsn.Describe(cfg), cfg.User, err)
		}
		return fmt.Errorf("source %s: %w", dsn.Describe(cfg), err)
	}
	return fn(tx, m, cfg)
}

// readSource reads the schema (and, unless noSample, a bounded sample of
// the data) in one read-only snapshot, and classifies every column.
func readSource(ctx context.Context, url string, noSample bool, rows int) (m *schema.Model, classes []classify.ColumnClass, err error) {
	err = withSourceSnapshot(ctx, url, func(tx pgx.Tx, model *schema.Model, cfg *pgx.ConnConfig) error {
		var samples *classify.Samples
		if !noSample {
			var err error
			if samples, err = classify.Sample(ctx, tx, model, classify.SampleOptions{Rows: rows}); err != nil {
				return fmt.Errorf("source %s: sample: %w", dsn.Describe(cfg), err)
			}
		}
		m, classes = model, classify.Classify(model, samples)
		return nil
	})
	return m, classes, err
}

// loadRules parses the rules file; structural errors end the command with
// the usage exit code, the diagnostics printed to w.
func loadRules(path string, w io.Writer) (*rules.Config, rules.Diagnostics, error) {
	if path == "" {
		return nil, nil, usagef("--config: name the rules file")
	}
	cfg, diags := rules.Load(path)
	if diags.HasErrors() {
		fmt.Fprint(w, diags.String())
		return nil, diags, &exitError{code: ExitUsage, msg: fmt.Sprintf("%s: %d errors", path, len(diags.Errors()))}
	}
	return cfg, diags, nil
}

// plan loads the rules, reads the source and resolves the rules against it.
func (a *app) plan(ctx context.Context, f *sourceFlags, diagOut io.Writer) (*rules.Plan, rules.Diagnostics, error) {
	cfg, parseDiags, err := loadRules(f.config, diagOut)
	if err != nil {
		return nil, parseDiags, err
	}
	url, err := a.sourceURL(f.source, cfg)
	if err != nil {
		return nil, parseDiags, err
	}
	m, classes, err := readSource(ctx, url, f.noSample, f.sample)
	if err != nil {
		return nil, parseDiags, err
	}
	plan, diags := rules.Resolve(cfg, m, rules.Options{Classes: classes})
	return plan, append(parseDiags, diags...), nil
}

// validPlan is plan for the commands that need a rules file without
// errors: the errors go to stderr and end the command with the usage code.
func (a *app) validPlan(ctx context.Context, f *sourceFlags) (*rules.Plan, error) {
	plan, diags, err := a.plan(ctx, f, a.stderr)
	if err != nil {
		return nil, err
	}
	if diags.HasErrors() {
		fmt.Fprint(a.stderr, diags.Errors().String())
		return nil, &exitError{code: ExitUsage, msg: fmt.Sprintf("%s: %d errors; run understudy lint", f.config, len(diags.Errors()))}
	}
	return plan, nil
}

func (a *app) lintCommand() *cobra.Command {
	var f sourceFlags
	var strict bool
	var format string
	cmd := &cobra.Command{
		Use:   "lint",
		Short: "Check a rules file against the live source schema",
		Long: `lint validates the rules file against the source schema (read-only) and prints
every problem with file:line:column and, where it can, a suggestion.

With --strict it also fails (exit 4) when a column that looks like PII or a
secret has no rule, or when a column of the source is not mentioned in the
rules file at all: run it in the application's CI after every migration.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			plan, diags, err := a.plan(cmd.Context(), &f, a.stdout)
			if err != nil {
				return err
			}
			var strictDiags rules.Diagnostics
			if plan != nil && strict {
				strictDiags = rules.StrictFindings(plan)
			}
			if format == "json" {
				out := map[string]any{"rules_file": f.config, "diagnostics": nonNil(diags), "strict": nonNil(strictDiags)}
				if plan != nil {
					out["totals"] = plan.Coverage().Totals
				}
				b, _ := json.MarshalIndent(out, "", "  ")
				fmt.Fprintln(a.stdout, string(b))
			} else {
				fmt.Fprint(a.stdout, diags.String())
				fmt.Fprint(a.stdout, strictDiags.String())
			}
			if diags.HasErrors() {
				return &exitError{code: ExitUsage, msg: fmt.Sprintf("%s: %d errors", f.config, len(diags.Errors()))}
			}
			if len(strictDiags) > 0 {
				return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("%s: --strict: %d columns without a rule", f.config, len(strictDiags))}
			}
			if format == "text" {
				t := plan.Coverage().Totals
				fmt.Fprintf(a.stdout, "%s: ok: %d columns, %d masked, %d kept, %d scrubbed by default, %d uncovered, %d unreviewed\n",
					f.config, t.Columns, t.Masked, t.Kept, t.Scrubbed, t.Uncovered, t.Unreviewed)
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&strict, "strict", false, "fail (exit 4) on any uncovered PII or secret column and any column the rules file does not mention")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func nonNil(d rules.Diagnostics) rules.Diagnostics {
	if d == nil {
		return rules.Diagnostics{}
	}
	return d
}

func (a *app) reportCommand() *cobra.Command {
	var f sourceFlags
	var format, output, verifyFile, verifyFrom string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write the masking coverage report for an audit",
		Long: `report lists every column of every table with its type, classification,
evidence, rule, determinism, uniqueness class and status (masked, kept
(reviewed), scrubbed by default, excluded, generated, uncovered, unreviewed),
with totals per table and overall, the rules file's SHA-256 and the schema
fingerprint. HTML is one self-contained file, filterable by status.

--verify-from URL embeds the latest verify result stored in that staging
database (the newest run's last verify record), and --verify FILE one
written by understudy verify --format json or run --report-dir: one
document then answers what was masked, how, and whether it was proven.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !contains(report.Formats, format) {
				return usagef("--format %q: want text, json, markdown or html", format)
			}
			if verifyFile != "" && verifyFrom != "" {
				return usagef("--verify and --verify-from: give one")
			}
			var rec *verify.Record
			if verifyFile != "" {
				data, err := os.ReadFile(verifyFile)
				if err != nil {
					return usagef("--verify: %v", err)
				}
				if rec, err = verify.ParseRecord(data); err != nil {
					return usagef("--verify %s: %v", verifyFile, err)
				}
			}
			plan, err := a.validPlan(cmd.Context(), &f)
			if err != nil {
				return err
			}
			if verifyFrom != "" {
				if rec, err = latestVerify(cmd.Context(), verifyFrom); err != nil {
					return err
				}
			}
			out, err := report.Render(plan.Coverage(), rec, format)
			if err != nil {
				return err
			}
			return writeOutput(a.stdout, output, out)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json, markdown or html")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&verifyFile, "verify", "", "embed this verify report (JSON, from understudy verify --format json or run --report-dir)")
	cmd.Flags().StringVar(&verifyFrom, "verify-from", "", "embed the latest verify report stored in this staging database's understudy.runs")
	return cmd
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// writeOutput writes to the named file (atomically: a reader never sees
// half a report) or to w.
func writeOutput(w io.Writer, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := w.Write(data)
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func (a *app) rulesSchemaCommand() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "rules-schema",
		Short: "Print the JSON Schema of the rules file, for editors",
		Long: `rules-schema prints the JSON Schema of the rules file. Save it next to your
rules and start the rules file with
  # yaml-language-server: $schema=./understudy-rules.schema.json
so that editors with yaml-language-server complete and check keys,
transformer names and their parameters as you type.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeOutput(a.stdout, output, rules.JSONSchema(nil))
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
