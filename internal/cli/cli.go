// Package cli is understudy's command tree. Commands turn flags and the
// environment into a configuration and call the library; the only logic here
// is rendering and mapping errors to exit codes.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Version is the understudy version, set at build time with
// -ldflags "-X github.com/understudy/understudy/internal/cli.Version=...".
var Version = "dev"

// Environment variables read by the commands.
const (
	EnvSource = "UNDERSTUDY_SOURCE_URL"
	EnvTarget = "UNDERSTUDY_TARGET_URL"
	// EnvPgBin names the directory of the pg_dump to use (--pg-bin).
	EnvPgBin = "UNDERSTUDY_PG_BIN"
)

// app carries what every command shares: the standard streams and the
// environment, passed in so tests can run the real CLI in-process.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string

	logFormat string
	logLevel  string

	// pgRoots are the globs of PostgreSQL bin directories run searches
	// for pg_dump after PATH (nil: pipeline.DefaultPgRoots); tests point
	// them at stand-ins.
	pgRoots []string
}

// Main runs understudy with the given arguments and returns the exit code.
// SIGINT and SIGTERM cancel the context: commands clean up and return 130.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, args, &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv})
}

func run(ctx context.Context, args []string, a *app) int {
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	err := root.ExecuteContext(ctx)
	code := exitCode(ctx, err)
	if err != nil {
		printError(a.stderr, err, code)
		var ue *UsageError
		if errors.As(err, &ue) && ue.CommandLine {
			fmt.Fprintf(a.stderr, "Run '%s --help' for usage.\n", commandPath(root, args))
		}
	}
	return code
}

func commandPath(root *cobra.Command, args []string) string {
	cmd, _, err := root.Find(args)
	if err != nil {
		return root.Name()
	}
	return cmd.CommandPath()
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "understudy",
		Short: "Refresh a staging PostgreSQL database from production, with PII masked",
		Long: `understudy reads a production PostgreSQL snapshot read-only, masks PII through
deterministic fakers named in a rules file, strips credentials, and loads the
result into staging. See the README for the rules file and exit codes.`,
		SilenceUsage:      true,
		SilenceErrors:     true,
		Version:           Version,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
		Args:              rootArgs,
		RunE:              func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	root.SuggestionsMinimumDistance = 2
	root.SetFlagErrorFunc(commandLineError)
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "auto", "log format: auto (text on a terminal, JSON otherwise), text or json")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	root.AddCommand(a.inspectCommand(), a.initCommand(), a.lintCommand(), a.reportCommand(), a.rulesSchemaCommand(), a.planCommand(), a.runCommand(), a.rollbackCommand(), a.historyCommand(), a.verifyCommand(), a.keygenCommand(), a.checkRecordCommand())
	return root
}

// logger builds the command's logger from --log-format and --log-level.
func (a *app) logger() (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return nil, usagef("--log-level %q: want debug, info, warn or error", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch a.logFormat {
	case "json":
		return slog.New(slog.NewJSONHandler(a.stderr, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(a.stderr, opts)), nil
	case "auto":
		if isTerminal(a.stderr) {
			return slog.New(slog.NewTextHandler(a.stderr, opts)), nil
		}
		return slog.New(slog.NewJSONHandler(a.stderr, opts)), nil
	}
	return nil, usagef("--log-format %q: want auto, text or json", a.logFormat)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// setting returns a flag's value, or the environment variable's when the
// flag was not given.
func (a *app) setting(flag, env string) string {
	if flag != "" {
		return flag
	}
	return a.getenv(env)
}
