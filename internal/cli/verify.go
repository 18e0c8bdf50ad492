package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/verify"
)

func (a *app) verifyCommand() *cobra.Command {
	var f sourceFlags
	var target, format string
	var strict bool
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
fails the check with --strict.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
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
			var out []byte
			if format == "json" {
				out, err = renderVerifyJSON(rep)
				if err != nil {
					return err
				}
			} else {
				out = renderVerifyText(rep)
			}
			if _, err := a.stdout.Write(out); err != nil {
				return err
			}
			if fails := rep.Failures(); len(fails) > 0 {
				return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("verify %s: %d findings:\n  %s", rep.Target, len(fails), strings.Join(fails, "\n  "))}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&target, "target", "", "target database URL (default: the rules file's target, then $"+EnvTarget+")")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().BoolVar(&strict, "strict", false, "also fail on rule drift: source columns the rules leave uncovered or never mention")
	return cmd
}

func renderVerifyJSON(rep *verify.Report) ([]byte, error) {
	out := struct {
		*verify.Report
		Passed   bool     `json:"passed"`
		Failures []string `json:"failures"`
	}{Report: rep, Passed: !rep.Failed(), Failures: rep.Failures()}
	if out.Failures == nil {
		out.Failures = []string{}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func renderVerifyText(rep *verify.Report) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "verify %s against %s\n", rep.Target, rep.Source)

	var rows, violations int64
	for _, c := range rep.Integrity {
		rows += c.Rows
		violations += c.Violations
	}
	fmt.Fprintf(&b, "\nintegrity: %d foreign keys, %d rows checked, %d violations\n", len(rep.Integrity), rows, violations)
	for _, c := range rep.Integrity {
		if c.Failed() {
			kind := "foreign key"
			if c.Virtual {
				kind = "virtual foreign key"
			}
			fmt.Fprintf(&b, "  FAIL %s %s on %s -> %s: %d of %d rows orphaned, validated=%t\n", kind, c.Name, c.Table, c.References, c.Violations, c.Rows, c.Validated)
		}
	}

	var equal int64
	for _, l := range rep.Leaks {
		if l.Failed() {
			equal += l.Equal
		}
	}
	fmt.Fprintf(&b, "\nleaks: %d masked columns compared, %d rows equal to the source\n", len(rep.Leaks), equal)
	for _, l := range rep.Leaks {
		switch {
		case l.Failed():
			fmt.Fprintf(&b, "  FAIL %s.%s: %d of %d rows equal the source (%s)\n", l.Table, l.Column, l.Equal, l.Rows, l.Method)
		case l.Equal > 0:
			fmt.Fprintf(&b, "  %s %s.%s: %d of %d rows equal the source\n", l.Expected(), l.Table, l.Column, l.Equal, l.Rows)
		case l.Conditional:
			fmt.Fprintf(&b, "  conditional rule %s.%s: 0 rows equal the source\n", l.Table, l.Column)
		}
	}

	fmt.Fprintf(&b, "\ncredentials: %d findings in the data\n", len(rep.Credentials))
	for _, c := range rep.Credentials {
		where := c.Table + "." + c.Column
		if c.Path != "" {
			where += " " + c.Path
		}
		fmt.Fprintf(&b, "  FAIL %s: %s in %d rows: %s\n", where, c.Detector, c.Rows, strings.Join(c.RowKeys, ", "))
	}
	var db, cluster int
	for _, f := range rep.Catalog {
		if f.Category == verify.CategoryDatabase {
			db++
		} else {
			cluster++
		}
	}
	fmt.Fprintf(&b, "catalog: %d findings in the database, %d cluster-wide (not failed)\n", db, cluster)
	for _, f := range rep.Catalog {
		mark := "FAIL"
		if f.Category == verify.CategoryCluster {
			mark = "cluster"
		}
		fmt.Fprintf(&b, "  %s %s %s: %s\n", mark, f.Kind, f.Object, f.Detector)
	}
	mark := "drift"
	if rep.Strict {
		mark = "FAIL"
	}
	fmt.Fprintf(&b, "rule drift: %d columns\n", len(rep.Drift))
	for _, d := range rep.Drift {
		fmt.Fprintf(&b, "  %s %s\n", mark, d)
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	if fails := rep.Failures(); len(fails) > 0 {
		fmt.Fprintf(&b, "\nFAILED: %d findings\n", len(fails))
	} else {
		b.WriteString("\nPASSED\n")
	}
	return b.Bytes()
}
