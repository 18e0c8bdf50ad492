package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/pipeline"
)

const EnvSecret = "UNDERSTUDY_SECRET"

func (a *app) runCommand() *cobra.Command {
	var (
		config, source, target, manifestPath string
		maintenanceDB, reportDir, pgBin      string
		metricsFile, signKeyPath             string
		splitLarger                          string
		workers                              int
		keepFailed, terminate, allowUncov    bool
		noVerify                             bool
		verifyMode                           string
		swapTimeout                          time.Duration
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Refresh staging from production: snapshot, mask, load, swap",
		Long: `run refreshes the target (staging) database from the source (production):
it reads one consistent read-only snapshot of the source, builds
<target>__next with the source's schema (credentials stripped), copies every
table through the rules' transformers with --workers tables at a time, builds
indexes and foreign keys, sets sequences, analyzes, and swaps <target>__next
in for <target> in one transaction. A failure or an interrupt at any step
leaves production untouched and staging as it was.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			var (
				started  = time.Now()
				res      *pipeline.Result
				log      *slog.Logger
				targetDB string
			)
			if metricsFile != "" {
				// Written however the run ends, so that a failing job is
				// seen: a deferred call sees the error it returns.
				defer func() {
					a.writeMetrics(metricsFile, report.RunMetrics{Target: targetDB, Started: started, Ended: time.Now(), ExitCode: exitCode(cmd.Context(), err)}, res, log)
				}()
			}
			if log, err = a.logger(); err != nil {
				return err
			}
			split, err := splitThreshold(splitLarger)
			if err != nil {
				return err
			}
			targetDB = databaseName(a.setting(target, EnvTarget)) // the rules file may name another
			cfg, _, err := loadRules(config, a.stderr)
			if err != nil {
				return err
			}
			src, err := a.sourceURL(source, cfg)
			if err != nil {
				return err
			}
			tgt, err := a.targetURL(target, cfg)
			if err != nil {
				return err
			}
			targetDB = databaseName(tgt)
			secret, err := a.secret(cfg, log)
			if err != nil {
				return err
			}
			fullVerify := false
			switch verifyMode {
			case "stream":
			case "full":
				fullVerify = true
			default:
				return usagef("--verify %q: want stream (check the rows as they are copied) or full (read staging and production again after the copy)", verifyMode)
			}
			if fullVerify && noVerify {
				return usagef("--verify full and --no-verify contradict each other: drop one")
			}
			if signKeyPath != "" && noVerify {
				return usagef("--sign-key signs the verify record, and --no-verify makes none: drop one")
			}
			key, err := signKey(signKeyPath, log)
			if err != nil {
				return err
			}
			if workers == 0 {
				workers = cfg.Workers
			}
			onEvent := logEvents(log)
			if a.logFormat == "auto" && isTerminal(a.stderr) {
				b := newBars(a.stderr)
				defer b.wait()
				onEvent = b.onEvent
			}
			var runErr error
			res, runErr = pipeline.Run(cmd.Context(), pipeline.Config{
				Rules: cfg, SourceURL: src, TargetURL: tgt, Secret: secret, Workers: workers, SplitTablesLargerThan: split,
				KeepFailed: keepFailed, KeepPrevious: cfg.KeepPrevious, TerminateSessions: terminate,
				SwapTimeout: swapTimeout, AllowUncovered: allowUncov, Version: Version, Logger: log, MaintenanceDB: maintenanceDB,
				OnEvent: onEvent, NoVerify: noVerify, FullVerify: fullVerify, SignKey: key,
				PgTools: pipeline.PgToolSearch{Dir: a.setting(pgBin, EnvPgBin), Path: a.getenv("PATH"), Roots: a.pgRoots},
			})
			var failed *pipeline.VerifyFailedError
			if errors.As(runErr, &failed) {
				io.WriteString(a.stderr, report.VerifyText(failed.Record, nil))
			}
			if res != nil && manifestPath != "" {
				b, _ := json.MarshalIndent(res.Manifest, "", "  ")
				if err := writeOutput(a.stdout, manifestPath, append(b, '\n')); err != nil {
					log.Error("could not write the manifest", "path", manifestPath, "error", err)
				}
			}
			if res != nil && reportDir != "" {
				if err := writeRunFiles(reportDir, res, key); err != nil {
					log.Error("could not write the run's reports", "dir", reportDir, "error", err)
				}
			}
			if runErr != nil {
				return runErr
			}
			m := res.Manifest
			var rows int64
			for _, t := range m.Tables {
				rows += t.RowsWritten
			}
			log.Info("refresh done", "target", m.Target, "tables", len(m.Tables), "rows", rows,
				"seconds", m.Finished.Sub(m.Started).Seconds(), "snapshot", m.Snapshot, "source_lsn", m.SourceLSN)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&config, "config", "c", "", "rules file (required)")
	f.StringVar(&source, "source", "", "source database URL (default: the rules file's source, then $"+EnvSource+")")
	f.StringVar(&target, "target", "", "target database URL (default: the rules file's target, then $"+EnvTarget+")")
	f.IntVar(&workers, "workers", 0, "tables copied at once (default: the rules file's workers, else the number of CPUs)")
	f.StringVar(&splitLarger, "split-tables-larger-than", "", "copy a table larger than this size (such as 512MB or 1GiB) by several workers at once, in ranges of its pages; 0: never (default: the larger of 64MiB and the data's size over twice --workers)")
	f.BoolVar(&keepFailed, "keep-failed", false, "leave <target>__next in place when the run fails, for inspection")
	f.BoolVar(&terminate, "terminate-sessions", false, "end staging sessions at the swap instead of waiting for them")
	f.DurationVar(&swapTimeout, "swap-timeout", time.Minute, "how long the swap waits for staging sessions to end")
	f.BoolVar(&allowUncov, "allow-uncovered", false, "copy PII-looking columns that no rule covers as they are (default: refuse to run)")
	f.StringVar(&manifestPath, "manifest", "", "write the run manifest (JSON) to this file, also when the run fails")
	f.StringVar(&reportDir, "report-dir", "", "write the run's manifest and verify report (JSON and HTML) into this directory, named by the run's start, also when the run fails")
	f.StringVar(&maintenanceDB, "maintenance-db", "postgres", "database on the target server used to create, lock and rename the staging database")
	f.BoolVar(&noVerify, "no-verify", false, "swap without verifying <target>__next first (integrity, leaks, credentials)")
	f.StringVar(&verifyMode, "verify", "stream", "how the new copy is verified before the swap: stream (leaks, credentials and the residual sample checked as the rows are copied; the foreign keys PostgreSQL validated are not counted again) or full (every row read again from staging and production after the copy, as understudy verify does)")
	f.StringVar(&metricsFile, "metrics-file", "", "write the run's metrics (Prometheus text format, for node_exporter's textfile collector) to this file, atomically, also when the run fails or another run holds the lock")
	f.StringVar(&pgBin, "pg-bin", "", "directory of the pg_dump (and pg_restore) to use, searched before PATH and /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin (default: $"+EnvPgBin+")")
	f.StringVar(&signKeyPath, "sign-key", "", "sign the run's record (manifest digest, rules digest, verify report) with this Ed25519 private key (understudy keygen)")
	return cmd
}

// splitThreshold reads --split-tables-larger-than as
// pipeline.Config.SplitTablesLargerThan: "" is the default (0), and 0
// never splits (negative).
func splitThreshold(flag string) (int64, error) {
	if flag == "" {
		return 0, nil
	}
	n, err := pipeline.ParseSize(flag)
	if err != nil {
		return 0, usagef("--split-tables-larger-than: %v, or 0 to never split", err)
	}
	if n == 0 {
		return -1, nil
	}
	return n, nil
}

// writeMetrics writes the run's metrics file, carrying the last success
// over from the file an earlier run wrote. A file that cannot be written
// is logged: the exit code stays the run's.
func (a *app) writeMetrics(path string, m report.RunMetrics, res *pipeline.Result, log *slog.Logger) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(a.stderr, nil))
	}
	if res != nil {
		m.Manifest, m.Verify = res.Manifest, res.Verify
	}
	prev, err := report.LastSuccess(path, m.Target)
	if err != nil {
		log.Warn("could not read the last success from the metrics file; it is written anew", "path", path, "error", err)
	}
	m.PreviousSuccess = prev
	if err := report.WriteMetrics(path, m); err != nil {
		log.Error("could not write the metrics file", "path", path, "error", err)
	}
}

// databaseName is the database a connection string names, or "" when it
// cannot be read.
func databaseName(url string) string {
	if c, err := dsn.TargetConfig(url); err == nil {
		return c.Database
	}
	return ""
}

// writeRunFiles writes the run's manifest and, when the run verified,
// its verify report as JSON and HTML into dir, named by the run's start:
// an audit trail of files that a later run does not overwrite. A signed
// run adds its signed record (.record.json), and its HTML report shows the
// key and the signature checked against the key's public half.
func writeRunFiles(dir string, res *pipeline.Result, key *signing.PrivateKey) error {
	m, rec := res.Manifest, res.Verify
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--report-dir: %w", err)
	}
	base := filepath.Join(dir, "run-"+m.Started.UTC().Format("20060102T150405.000000Z"))
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeOutput(nil, base+".manifest.json", append(b, '\n')); err != nil {
		return err
	}
	if rec == nil {
		return nil
	}
	js, err := report.VerifyJSON(rec)
	if err != nil {
		return err
	}
	if err := writeOutput(nil, base+".verify.json", js); err != nil {
		return err
	}
	var sig *report.Signature
	if res.Record != nil {
		doc, err := json.MarshalIndent(res.Record, "", "  ")
		if err != nil {
			return err
		}
		if err := writeOutput(nil, base+".record.json", append(doc, '\n')); err != nil {
			return err
		}
		if _, sig, err = report.OpenVerify(doc, key.Public(), nil); err != nil {
			return err
		}
	}
	page, err := report.VerifyHTML(rec, sig)
	if err != nil {
		return err
	}
	return writeOutput(nil, base+".verify.html", page)
}
