package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/verify"
)

func (a *app) checkRecordCommand() *cobra.Command {
	var publicKeyPath, target string
	var limit int
	cmd := &cobra.Command{
		Use:   "check-record --public-key FILE (RECORD.json | --target URL)",
		Short: "Check that a signed audit record is the one the run wrote",
		Long: `check-record checks a signed record (run --sign-key writes
run-<start>.record.json into --report-dir; verify --sign-key --format json
prints one) with the public key of the key pair that signed it (understudy
keygen): that the record names that key, that its signature holds over its
content (the rules file's digest, the manifest's digest and the verify
report), and that the manifest carried beside it is the one it names (the
manifest as stored in understudy.runs: recorded just before the swap, so
run-<start>.manifest.json, which adds the swap's timing, differs from
it). A record changed in any value, even by one byte, does not hold.

--target URL checks the records a staging database holds in
understudy.runs instead: each verify record of the newest --limit runs
(default 1: the copy staging holds), each against the manifest stored with
its run. A record without a signature does not hold.

It prints what the record vouches for and exits 0 when every record holds,
and 4, saying what failed, when one does not.`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case target == "" && len(args) != 1:
				return &UsageError{Msg: "name the record to check (RECORD.json), or give --target", CommandLine: true}
			case target != "" && len(args) > 0:
				return &UsageError{Msg: "give RECORD.json or --target, not both", CommandLine: true}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if publicKeyPath == "" {
				return usagef("--public-key: name the public key to check with (the .pub file understudy keygen wrote)")
			}
			pub, err := publicKey(publicKeyPath)
			if err != nil {
				return err
			}
			if target != "" {
				return a.checkStoredRecords(cmd.Context(), pub, target, limit)
			}
			data, err := os.ReadFile(args[0])
			if err != nil {
				return usagef("%v", err)
			}
			rec, sig, err := report.OpenVerify(data, pub, nil)
			if problem := notHeld(sig, err); problem != "" {
				return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("%s: the record does not hold: %s", args[0], problem)}
			}
			fmt.Fprintf(a.stdout, "%s: the record holds\n", args[0])
			printHeld(a.stdout, rec, sig)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&publicKeyPath, "public-key", "", "the Ed25519 public key to check with (required; understudy keygen writes it)")
	f.StringVar(&target, "target", "", "check the records stored in this staging database's understudy.runs instead of a file")
	f.IntVar(&limit, "limit", 1, "with --target: how many runs, newest first")
	return cmd
}

// notHeld says why a record checked with report.OpenVerify does not hold,
// or "" when it holds.
func notHeld(sig *report.Signature, err error) string {
	if err != nil {
		return strings.TrimPrefix(err.Error(), "the record does not hold: ")
	}
	if !sig.Holds {
		return sig.Problem
	}
	return ""
}

// printHeld says what a record that holds vouches for.
func printHeld(w io.Writer, rec *verify.Record, sig *report.Signature) {
	fmt.Fprintf(w, "  signed by key %s at %s\n", sig.KeyID, sig.SignedAt.UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "  rules sha256 %s\n", sig.RulesSHA256)
	if sig.ManifestSHA256 != "" {
		fmt.Fprintf(w, "  manifest sha256 %s\n", sig.ManifestSHA256)
	} else {
		fmt.Fprintf(w, "  no manifest: a check of staging recorded with no run\n")
	}
	phase := ""
	if rec.Phase != "" {
		phase = " (" + rec.Phase + ")"
	}
	fmt.Fprintf(w, "  verify %s of %s checked %s%s\n", rec.Outcome(), rec.Target, rec.Checked.UTC().Format(time.RFC3339), phase)
}

// checkStoredRecords checks every verify record of the newest runs in a
// staging database's history against its run's stored manifest.
func (a *app) checkStoredRecords(ctx context.Context, pub *signing.PublicKey, target string, limit int) error {
	url, err := a.connURL(target, rules.Setting{}, EnvTarget)
	if err != nil {
		return err
	}
	runs, err := readHistory(ctx, url, limit)
	if err != nil {
		return err
	}
	if len(runs) == 0 {
		return &exitError{code: ExitCheckFailed, msg: "understudy.runs is empty: no record to check"}
	}
	var failed []string
	for _, r := range runs {
		started := r.Manifest.Started.UTC().Format(time.DateTime)
		if len(r.Verify) == 0 {
			failed = append(failed, fmt.Sprintf("run started %s: no record (run with --no-verify, or before records were kept)", started))
			fmt.Fprintf(a.stdout, "run started %s: no record\n", started)
			continue
		}
		for i, doc := range r.Verify {
			name := fmt.Sprintf("run started %s, record %d of %d", started, i+1, len(r.Verify))
			rec, sig, err := report.OpenVerify(doc, pub, r.ManifestJSON)
			if problem := notHeld(sig, err); problem != "" {
				failed = append(failed, name+": "+problem)
				fmt.Fprintf(a.stdout, "%s: DOES NOT HOLD: %s\n", name, problem)
				continue
			}
			fmt.Fprintf(a.stdout, "%s: holds\n", name)
			printHeld(a.stdout, rec, sig)
		}
	}
	if len(failed) > 0 {
		return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("%d records do not hold:\n  %s", len(failed), strings.Join(failed, "\n  "))}
	}
	return nil
}
