package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
)

// exitError ends a command with a chosen exit code, its details already
// printed.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }
func (e *exitError) ExitCode() int { return e.code }

// sourceFlags are the flags of the commands that read the source schema.
type sourceFlags struct {
	config   string
	source   string
	noSample bool
	sample   int
}

func (f *sourceFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&f.config, "config", "c", "", "rules file (required)")
	cmd.Flags().StringVar(&f.source, "source", "", "source database URL (default: the rules file's source, then $"+EnvSource+")")
	cmd.Flags().BoolVar(&f.noSample, "no-sample", false, "classify columns by name and type only, without sampling data")
	cmd.Flags().IntVar(&f.sample, "sample-rows", 200, "rows sampled per table to classify columns by their data")
}

// sourceURL picks the source: the flag, the rules file, the environment.
func (a *app) sourceURL(flag string, cfg *rules.Config) (string, error) {
	var setting rules.Setting
	if cfg != nil {
		setting = cfg.Source
	}
	return a.connURL(flag, setting, EnvSource)
}

// targetURL picks the target likewise.
func (a *app) targetURL(flag string, cfg *rules.Config) (string, error) {
	var setting rules.Setting
	if cfg != nil {
		setting = cfg.Target
	}
	return a.connURL(flag, setting, EnvTarget)
}

// connURL is the flag, else the rules file's setting (${ENV} expanded), else
// the environment variable.
func (a *app) connURL(flag string, setting rules.Setting, env string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if setting.Set {
		url, err := setting.Expand(a.getenv)
		if err != nil {
			return "", &UsageError{Msg: err.Error()}
		}
		return url, nil
	}
	return a.getenv(env), nil
}

// prepare runs the front half that run, plan, lint, report and verify
// share (pipeline.Prepare): the source's snapshot, its schema, each
// column's classification and the rules resolved against them. Close it.
func (a *app) prepare(ctx context.Context, f *sourceFlags, cfg *rules.Config, secret []byte) (*pipeline.Prepared, error) {
	url, err := a.sourceURL(f.source, cfg)
	if err != nil {
		return nil, err
	}
	return pipeline.Prepare(ctx, pipeline.PrepareConfig{SourceURL: url, Rules: cfg, Secret: secret, SampleRows: f.sampleRows()})
}

// sampleRows is PrepareConfig.SampleRows for the flags.
func (f *sourceFlags) sampleRows() int {
	if f.noSample {
		return -1
	}
	return f.sample
}

// loadRules parses the rules file; structural errors end the command with
// the usage exit code, the diagnostics printed to w.
func loadRules(path string, w io.Writer) (*rules.Config, rules.Diagnostics, error) {
	if path == "" {
		return nil, nil, usagef("--config: name the rules file")
	}
	cfg, diags := rules.Load(path)
	if diags.HasErrors() {
		fmt.Fprint(w, diags.String())
		return nil, diags, &exitError{code: ExitUsage, msg: fmt.Sprintf("%s: %d errors", path, len(diags.Errors()))}
	}
	return cfg, diags, nil
}

// validPrepare is prepare for the commands that need a rules file without
// errors (plan, report, verify): the errors go to stderr and end the
// command with the usage code.
func (a *app) validPrepare(ctx context.Context, f *sourceFlags, cfg *rules.Config, parseDiags rules.Diagnostics, secret []byte) (*pipeline.Prepared, error) {
	p, err := a.prepare(ctx, f, cfg, secret)
	if err != nil {
		return nil, err
	}
	if diags := append(parseDiags, p.Diags...); diags.HasErrors() {
		p.Close()
		fmt.Fprint(a.stderr, diags.Errors().String())
		return nil, &exitError{code: ExitUsage, msg: fmt.Sprintf("%s: %d errors; run understudy lint", f.config, len(diags.Errors()))}
	}
	return p, nil
}

// validPlan loads the rules file and resolves it against the source, for
// the commands that need only the plan (report, verify): no secret, and the
// source's snapshot is released before it returns.
func (a *app) validPlan(ctx context.Context, f *sourceFlags) (*rules.Plan, error) {
	cfg, parseDiags, err := loadRules(f.config, a.stderr)
	if err != nil {
		return nil, err
	}
	p, err := a.validPrepare(ctx, f, cfg, parseDiags, nil)
	if err != nil {
		return nil, err
	}
	p.Close()
	return p.Plan, nil
}

// openSource connects to the source, read-only.
func openSource(ctx context.Context, url string) (*pgx.Conn, *pgx.ConnConfig, error) {
	cfg, err := dsn.SourceConfig(url)
	if err != nil {
		return nil, nil, err
	}
	conn, err := dsn.Connect(ctx, "source", cfg)
	if err != nil {
		return nil, nil, err
	}
	return conn, cfg, nil
}

// openTarget connects to the target (staging) database.
func openTarget(ctx context.Context, url string) (*pgx.Conn, error) {
	cfg, err := dsn.TargetConfig(url)
	if err != nil {
		return nil, err
	}
	return dsn.Connect(ctx, "target", cfg)
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
		b, err := readPrivate(path, "secret_file", 0o077, "the secret file can be read by others; chmod 600 it", log)
		if err != nil {
			return nil, err
		}
		return []byte(strings.TrimRight(string(b), "\r\n")), nil
	}
	return []byte(a.getenv(EnvSecret)), nil
}

// readPrivate reads a file that holds a secret (named by setting in
// errors), with a warning when the users in readers (permission bits) can
// read it.
func readPrivate(path, setting string, readers fs.FileMode, warning string, log *slog.Logger) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, usagef("%s: %v", setting, err)
	}
	if fi.Mode().Perm()&readers != 0 {
		log.Warn(warning, "path", path, "mode", fmt.Sprintf("%04o", fi.Mode().Perm()))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("%s: %v", setting, err)
	}
	return b, nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// writeOutput writes to the named file (atomically: a reader never sees
// half a report) or to w.
func writeOutput(w io.Writer, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := w.Write(data)
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
