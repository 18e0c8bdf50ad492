package cli

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/rules"
)

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
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			cfg, diags, err := loadRules(f.config, a.stdout)
			if err != nil {
				return err
			}
			p, err := a.prepare(cmd.Context(), &f, cfg, nil)
			if err != nil {
				return err
			}
			p.Close()
			plan := p.Plan
			diags = append(diags, p.Diags...)
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
