package cli

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
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
		Args: noArgs,
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
			var notes []string
			// Without the secret (a DBA without production's), plan still
			// plans; it says when run's sample will differ.
			secret, secretErr := a.secret(cfg, log)
			if secretErr != nil {
				log.Warn("planning without the secret", "error", secretErr.Error())
			}
			spec := pipeline.SubsetSpec(cfg.Subset)
			sameSample := true
			if spec != nil && len(secret) == 0 && spec.DependsOnSecret() {
				sameSample = false
				why := "no secret is set"
				if secretErr != nil {
					why = secretErr.Error()
				}
				notes = append(notes, "plan has no secret ("+why+"), and percent and limit choose rows by a hash keyed with it: run, with its secret, will choose other rows, about as many")
			}
			p, err := a.validPrepare(cmd.Context(), &f, cfg, parseDiags, secret)
			if err != nil {
				return err
			}
			defer p.Close()
			// run would stop here, before the target; plan still plans.
			var locks *pipeline.LockTableError
			if err := p.CheckLocks(cmd.Context()); errors.As(err, &locks) {
				log.Warn("run would stop before the target: the source's lock table is too small", "error", err.Error())
				notes = append(notes, "run would stop before the target: "+err.Error())
			} else if err != nil {
				return err
			}
			compute := spec
			if compute == nil {
				compute = subset.WholeSpec(p.Model)
				notes = append(notes, "the rules file has no subset section: every table is copied whole")
			}
			res, err := p.Subset(cmd.Context(), compute, subset.Options{Secret: secret, Logger: log})
			if err != nil {
				return err
			}
			doc := report.NewPlan(res, p.Plan.Coverage(), p.Model, report.PlanOptions{Subset: spec != nil, SameSampleAsRun: sameSample, Notes: notes})
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
