package cli

import (
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
)

func (a *app) planCommand() *cobra.Command {
	var f sourceFlags
	var format, output string
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Dry run: show the rows a refresh would copy, and each column's rule",
		Long: `plan computes the sample a run would copy, without writing anything anywhere:
it reads the source in one read-only snapshot, checks the rules file against
it, and runs the subset closure. It prints, per table, the rows selected and
the rows in production, the references that pulled rows in, the estimated
size, notes (tables no root reaches, keyless tables, references set to NULL)
and the rule applied to each column; then the key sets' memory and the
closure's time.

Without a subset section every table is copied whole, and plan says so.
plan keys percent and limit with the run's secret (secret, secret_file or
$UNDERSTUDY_SECRET), so it shows the sample run would take; without the
secret it still works, and says the sample may differ from run's.

--format json is for scripts; --format dot renders the foreign-key graph
for Graphviz (understudy plan --format dot | dot -Tsvg -o plan.svg).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !contains(report.PlanFormats, format) {
				return usagef("--format %q: want text, json or dot", format)
			}
			log, err := a.logger()
			if err != nil {
				return err
			}
			cfg, parseDiags, err := loadRules(f.config, a.stderr)
			if err != nil {
				return err
			}
			url, err := a.sourceURL(f.source, cfg)
			if err != nil {
				return err
			}
			var notes []string
			// Without the secret (a DBA without production's), plan still
			// plans; it says when run's sample will differ.
			secret, secretErr := a.secret(cfg, log)
			if secretErr != nil {
				log.Warn("planning without the secret", "error", secretErr.Error())
			}
			spec := pipeline.SubsetSpec(cfg.Subset)
			sameSample := true
			if spec != nil && len(secret) == 0 && usesKeyedHash(spec) {
				sameSample = false
				why := "no secret is set"
				if secretErr != nil {
					why = secretErr.Error()
				}
				notes = append(notes, "plan has no secret ("+why+"), and percent and limit choose rows by a hash keyed with it: run, with its secret, will choose other rows, about as many")
			}
			var doc *report.Plan
			err = withSourceSnapshot(cmd.Context(), url, func(tx pgx.Tx, m *schema.Model, src *pgx.ConnConfig) error {
				var samples *classify.Samples
				if !f.noSample {
					s, err := classify.Sample(cmd.Context(), tx, m, classify.SampleOptions{Rows: f.sample})
					if err != nil {
						return fmt.Errorf("source %s: sample: %w", dsn.Describe(src), err)
					}
					samples = s
				}
				plan, diags := rules.Resolve(cfg, m, rules.Options{Classes: classify.Classify(m, samples)})
				diags = append(parseDiags, diags...)
				if diags.HasErrors() {
					fmt.Fprint(a.stderr, diags.Errors().String())
					return &exitError{code: ExitUsage, msg: fmt.Sprintf("%s: %d errors; run understudy lint", f.config, len(diags.Errors()))}
				}
				compute := spec
				if compute == nil {
					compute = wholeSpec(m)
					notes = append(notes, "the rules file has no subset section: every table is copied whole")
				}
				res, err := subset.Compute(cmd.Context(), tx.Conn(), m, compute, subset.Options{Secret: secret, Logger: log})
				if err != nil {
					return fmt.Errorf("source %s: %w", dsn.Describe(src), err)
				}
				doc = report.NewPlan(res, plan.Coverage(), m, report.PlanOptions{Subset: spec != nil, SameSampleAsRun: sameSample, Notes: notes})
				return nil
			})
			if err != nil {
				return err
			}
			out, err := report.RenderPlan(doc, format)
			if err != nil {
				return err
			}
			return writeOutput(a.stdout, output, out)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json or dot (Graphviz)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

// wholeSpec is what a run without a subset section copies: every table
// whole (a partition is part of its partitioned table).
func wholeSpec(m *schema.Model) *subset.Spec {
	spec := &subset.Spec{}
	for _, t := range m.Tables {
		if t.Kind != schema.KindPartition {
			spec.Full = append(spec.Full, t.Name)
		}
	}
	return spec
}

// usesKeyedHash reports whether the sample depends on the secret: percent,
// limit without order, and limit N children are chosen by a keyed hash.
func usesKeyedHash(s *subset.Spec) bool {
	for _, r := range s.Roots {
		if (r.Percent > 0 && r.Percent < 100) || (r.Limit > 0 && len(r.Order) == 0) {
			return true
		}
	}
	limit := func(p *subset.Policy) bool { return p != nil && p.Mode == subset.Limit }
	if limit(s.Children) {
		return true
	}
	for _, t := range s.Tables {
		if limit(&t.Children) {
			return true
		}
	}
	for _, e := range s.Edges {
		if limit(e.Children) {
			return true
		}
	}
	return false
}
