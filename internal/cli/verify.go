package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

func (a *app) verifyCommand() *cobra.Command {
	var f sourceFlags
	var target, format, output, signKeyPath string
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
			log, err := a.logger()
			if err != nil {
				return err
			}
			key, err := signKey(signKeyPath, log)
			if err != nil {
				return err
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
			var env *signing.Envelope
			var recordErr error
			if record {
				env, recordErr = recordCheck(cmd.Context(), tgt, rec, key)
			}
			if key != nil && env == nil {
				// Not recorded: the record names no run.
				if env, err = signing.SignVerify(key, rec.RulesSHA256, rec, nil); err != nil {
					return err
				}
			}
			out, err := renderCheck(rec, env, key, format)
			if err != nil {
				return err
			}
			if err := writeOutput(a.stdout, output, out); err != nil {
				return err
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
	cmd.Flags().StringVar(&signKeyPath, "sign-key", "", "sign the result (with --record: and the digest of the run it is recorded with) with this Ed25519 private key (understudy keygen); --format json then prints the signed record")
	return cmd
}

// renderCheck renders a verify record; a signed one (env) as the signed
// record itself in JSON, and with its key and signature otherwise.
func renderCheck(rec *verify.Record, env *signing.Envelope, key *signing.PrivateKey, format string) ([]byte, error) {
	if env == nil {
		return report.RenderVerify(rec, nil, format)
	}
	doc, err := json.MarshalIndent(env, "", "  ")
	if err != nil {
		return nil, err
	}
	doc = append(doc, '\n')
	if format == "json" {
		return doc, nil
	}
	_, sig, err := report.OpenVerify(doc, key.Public(), nil)
	if err != nil {
		return nil, err
	}
	return report.RenderVerify(rec, sig, format)
}

// recordCheck appends the record to the newest run of the staging
// database; signed with key, when given, with that run's manifest. It
// returns the signed record, with the manifest beside it.
func recordCheck(ctx context.Context, url string, rec *verify.Record, key *signing.PrivateKey) (*signing.Envelope, error) {
	conn, err := openTarget(ctx, url)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	var env *signing.Envelope
	_, err = pipeline.AppendVerify(ctx, conn, func(manifest json.RawMessage) ([]byte, error) {
		if key == nil {
			return report.VerifyJSON(rec)
		}
		var err error
		if env, err = signing.SignVerify(key, rec.RulesSHA256, rec, manifest); err != nil {
			return nil, err
		}
		stored := *env
		stored.Manifest = nil // the row holds it
		return json.Marshal(&stored)
	})
	if err != nil {
		return nil, err
	}
	return env, nil
}
