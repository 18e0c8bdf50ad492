package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/verify"
)

const EnvSecret = "UNDERSTUDY_SECRET"

func (a *app) runCommand() *cobra.Command {
	var (
		config, source, target, manifestPath string
		maintenanceDB, reportDir             string
		workers                              int
		keepFailed, terminate, allowUncov    bool
		noVerify                             bool
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
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := a.logger()
			if err != nil {
				return err
			}
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
			secret, err := a.secret(cfg, log)
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
			check := &swapCheck{a: a, source: src, log: log}
			pcfg := pipeline.Config{
				Rules: cfg, SourceURL: src, TargetURL: tgt, Secret: secret, Workers: workers,
				KeepFailed: keepFailed, KeepPrevious: cfg.KeepPrevious, TerminateSessions: terminate,
				SwapTimeout: swapTimeout, AllowUncovered: allowUncov, Version: Version, Logger: log, MaintenanceDB: maintenanceDB,
				OnEvent: onEvent,
			}
			if !noVerify {
				pcfg.BeforeSwap, pcfg.VerifyRecord = check.beforeSwap, check.document
			}
			m, runErr := pipeline.Run(cmd.Context(), pcfg)
			if manifestPath != "" && m != nil {
				b, _ := json.MarshalIndent(m, "", "  ")
				if err := writeOutput(a.stdout, manifestPath, append(b, '\n')); err != nil {
					log.Error("could not write the manifest", "path", manifestPath, "error", err)
				}
			}
			if reportDir != "" && m != nil {
				if err := writeRunFiles(reportDir, m, check.rec); err != nil {
					log.Error("could not write the run's reports", "dir", reportDir, "error", err)
				}
			}
			if runErr != nil {
				return runErr
			}
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
	f.BoolVar(&keepFailed, "keep-failed", false, "leave <target>__next in place when the run fails, for inspection")
	f.BoolVar(&terminate, "terminate-sessions", false, "end staging sessions at the swap instead of waiting for them")
	f.DurationVar(&swapTimeout, "swap-timeout", time.Minute, "how long the swap waits for staging sessions to end")
	f.BoolVar(&allowUncov, "allow-uncovered", false, "copy PII-looking columns that no rule covers as they are (default: refuse to run)")
	f.StringVar(&manifestPath, "manifest", "", "write the run manifest (JSON) to this file, also when the run fails")
	f.StringVar(&reportDir, "report-dir", "", "write the run's manifest and verify report (JSON and HTML) into this directory, named by the run's start, also when the run fails")
	f.StringVar(&maintenanceDB, "maintenance-db", "postgres", "database on the target server used to create, lock and rename the staging database")
	f.BoolVar(&noVerify, "no-verify", false, "swap without verifying <target>__next first (integrity, leaks, credentials)")
	return cmd
}

// swapCheck verifies <target>__next against the source as of the run's
// snapshot; a failed check stops the run before the swap, so it never
// reaches the staging users see. It keeps its record, which the run stores
// with its manifest and --report-dir writes out.
type swapCheck struct {
	a      *app
	source string
	log    *slog.Logger
	rec    *verify.Record
}

func (c *swapCheck) beforeSwap(ctx context.Context, next pipeline.NextDatabase) error {
	rep, err := verify.Check(ctx, verify.Config{Plan: next.Plan, SourceURL: c.source, TargetURL: next.URL, Snapshot: next.Snapshot})
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	c.rec = verify.NewRecord(rep, verify.PhaseBeforeSwap)
	if !c.rec.Passed {
		io.WriteString(c.a.stderr, report.VerifyText(c.rec))
		return &exitError{code: ExitCheckFailed, msg: fmt.Sprintf("verification of the new copy failed (%d findings), so it was not swapped in; staging is unchanged", len(c.rec.Failures))}
	}
	c.log.Info("verified", "foreign_keys", len(rep.Integrity), "masked_columns_checked", len(rep.Leaks))
	return nil
}

// document is the record as stored with the run, nil before the check.
func (c *swapCheck) document() []byte {
	if c.rec == nil {
		return nil
	}
	b, err := json.Marshal(c.rec)
	if err != nil {
		return nil
	}
	return b
}

// writeRunFiles writes the run's manifest and, when the run verified,
// its verify report as JSON and HTML into dir, named by the run's start:
// an audit trail of files that a later run does not overwrite.
func writeRunFiles(dir string, m *pipeline.Manifest, rec *verify.Record) error {
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
	page, err := report.VerifyHTML(rec)
	if err != nil {
		return err
	}
	return writeOutput(nil, base+".verify.html", page)
}

// secret reads the masking secret from the rules file's secret (usually
// ${UNDERSTUDY_SECRET}), its secret_file, or the environment.
func (a *app) secret(cfg *rules.Config, log *slog.Logger) ([]byte, error) {
	switch {
	case cfg.Secret.Set:
		s, err := cfg.Secret.Expand(a.getenv)
		if err != nil {
			return nil, &UsageError{Msg: err.Error()}
		}
		if !strings.Contains(cfg.Secret.Raw, "${") {
			log.Warn("the secret is written in the rules file itself; use secret: ${UNDERSTUDY_SECRET} or a secret_file only its owner can read",
				"file", cfg.Path)
		}
		return []byte(s), nil
	case cfg.SecretFile.Set:
		path, err := cfg.SecretFile.Expand(a.getenv)
		if err != nil {
			return nil, &UsageError{Msg: err.Error()}
		}
		fi, err := os.Stat(path)
		if err != nil {
			return nil, usagef("secret_file: %v", err)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			log.Warn("the secret file can be read by others; chmod 600 it", "path", path, "mode", fmt.Sprintf("%04o", fi.Mode().Perm()))
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, usagef("secret_file: %v", err)
		}
		return []byte(strings.TrimRight(string(b), "\r\n")), nil
	}
	return []byte(a.getenv(EnvSecret)), nil
}

func (a *app) rollbackCommand() *cobra.Command {
	var config, target, maintenanceDB string
	var terminate bool
	var swapTimeout time.Duration
	cmd := &cobra.Command{
		Use:   "rollback",
		Short: "Put back the staging copy from before the last refresh",
		Long: `rollback exchanges <target> and <target>__prev (kept after a refresh when the
rules file says keep_previous: true) in one transaction, under the refresh
lock. Running it twice undoes it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var cfg *rules.Config
			if config != "" {
				var err error
				if cfg, _, err = loadRules(config, a.stderr); err != nil {
					return err
				}
			}
			tgt, err := a.targetURL(target, cfg)
			if err != nil {
				return err
			}
			if err := pipeline.Rollback(cmd.Context(), pipeline.RollbackConfig{TargetURL: tgt, MaintenanceDB: maintenanceDB, TerminateSessions: terminate, SwapTimeout: swapTimeout}); err != nil {
				return err
			}
			fmt.Fprintln(a.stderr, "understudy: rolled back: staging holds the copy from before the last refresh")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&config, "config", "c", "", "rules file (for its target:)")
	f.StringVar(&target, "target", "", "target database URL (default: the rules file's target, then $"+EnvTarget+")")
	f.BoolVar(&terminate, "terminate-sessions", false, "end staging sessions instead of waiting for them")
	f.DurationVar(&swapTimeout, "swap-timeout", time.Minute, "how long to wait for staging sessions to end")
	f.StringVar(&maintenanceDB, "maintenance-db", "postgres", "database on the target server used to lock and rename the staging database")
	return cmd
}
