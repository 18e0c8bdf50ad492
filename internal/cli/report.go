package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/verify"
)

func (a *app) reportCommand() *cobra.Command {
	var f sourceFlags
	var format, output, verifyFile, verifyFrom, publicKeyPath string
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
document then answers what was masked, how, and whether it was proven.
A signed record (run --sign-key, verify --sign-key) shows its key;
--public-key checks its signature (and, with --verify-from, that it names
the manifest stored with it), and every format says whether it holds.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !contains(report.Formats, format) {
				return usagef("--format %q: want text, json, markdown or html", format)
			}
			if verifyFile != "" && verifyFrom != "" {
				return usagef("--verify and --verify-from: give one")
			}
			pub, err := publicKey(publicKeyPath)
			if err != nil {
				return err
			}
			var rec *verify.Record
			var sig *report.Signature
			if verifyFile != "" {
				data, err := os.ReadFile(verifyFile)
				if err != nil {
					return usagef("--verify: %v", err)
				}
				if rec, sig, err = report.OpenVerify(data, pub, nil); err != nil {
					return usagef("--verify %s: %v", verifyFile, err)
				}
			}
			plan, err := a.validPlan(cmd.Context(), &f)
			if err != nil {
				return err
			}
			if verifyFrom != "" {
				doc, manifest, err := latestVerify(cmd.Context(), verifyFrom)
				if err != nil {
					return err
				}
				if rec, sig, err = report.OpenVerify(doc, pub, manifest); err != nil {
					return fmt.Errorf("--verify-from: %w", err)
				}
			}
			if pub != nil && rec == nil {
				return usagef("--public-key checks the signature of an embedded verify report: give --verify or --verify-from")
			}
			out, err := report.Render(plan.Coverage(), rec, sig, format)
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
	cmd.Flags().StringVar(&publicKeyPath, "public-key", "", "check the embedded verify report's signature with this Ed25519 public key (understudy keygen)")
	return cmd
}
