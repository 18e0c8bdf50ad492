package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

func (a *app) verifyCommand() *cobra.Command {
	var f sourceFlags
	var target, format, output string
	var strict, record bool
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Prove a staging database consistent and free of production values and secrets",
		Long: `verify checks the target (staging) against the source (read-only, one
snapshot) and the rules file:

  integrity    every foreign key of the target is validated and has no
               orphan rows; every virtual foreign key of the rules has none
  leaks        no masked column holds the source value of the same row
               (columns masked under a when: condition are reported, not
               failed: their other rows keep their values on purpose)
  credentials  no text or json column of the target, ruled or not, holds a
               secret (tokens, keys, password hashes, URLs with passwords);
               no subscription, user mapping, foreign server or function
               holds one. Role passwords are cluster-wide: reported, not failed.

It exits 0 when all pass and 4 when any fails, naming each finding. No
finding ever shows a value. Rule drift (source columns that the rules
leave uncovered or never mention, as after a migration) is listed, and
fails the check with --strict.

--format html writes one self-contained page for an audit. --record also
appends the result, passed or failed, to the verify records of the newest
run in the target's understudy.runs, where understudy history and
understudy report --verify-from read it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !contains(report.VerifyFormats, format) {
				return usagef("--format %q: want text, json, markdown or html", format)
			}
			plan, err := a.validPlan(cmd.Context(), &f)
			if err != nil {
				return err
			}
			src, err := a.sourceURL(f.source, plan.Config)
			if err != nil {
				return err
			}
			tgt, err := a.targetURL(target, plan.Config)
			if err != nil {
				return err
			}
			rep, err := verify.Check(cmd.Context(), verify.Config{Plan: plan, SourceURL: src, TargetURL: tgt, Strict: strict})
			if err != nil {
				return err
			}
			rec := verify.NewRecord(rep, verify.PhaseOnDemand)
			out, err := report.RenderVerify(rec, format)
			if err != nil {
				return err
			}
			if err := writeOutput(a.stdout, output, out); err != nil {
				return err
			}
			var recordErr error
			if record {
				recordErr = recordCheck(cmd.Context(), tgt, rec)
			}
			switch {
			case !rec.Passed && recordErr != nil:
				return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("verify %s: %d findings:\n  %s\nand the result could not be recorded: %v", rep.Target, len(rec.Failures), strings.Join(rec.Failures, "\n  "), recordErr)}
			case !rec.Passed:
				return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("verify %s: %d findings:\n  %s", rep.Target, len(rec.Failures), strings.Join(rec.Failures, "\n  "))}
			case recordErr != nil:
				return fmt.Errorf("verify %s passed, and the result could not be recorded: %w", rep.Target, recordErr)
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&target, "target", "", "target database URL (default: the rules file's target, then $"+EnvTarget+")")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json, markdown or html")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&strict, "strict", false, "also fail on rule drift: source columns the rules leave uncovered or never mention")
	cmd.Flags().BoolVar(&record, "record", false, "append the result to the newest run's verify records in the target's understudy.runs")
	return cmd
}

// recordCheck appends the record to the newest run of the staging
// database.
func recordCheck(ctx context.Context, url string, rec *verify.Record) error {
	cfg, err := dsn.TargetConfig(url)
	if err != nil {
		return err
	}
	conn, err := dsn.Connect(ctx, "target", cfg)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	doc, err := report.VerifyJSON(rec)
	if err != nil {
		return err
	}
	_, err = pipeline.AppendVerify(ctx, conn, doc)
	return err
}
