package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/pipeline"
)

// Exit codes. The README lists them; a cron job acts on them.
const (
	ExitOK          = 0   // success
	ExitFailure     = 1   // the run failed at runtime (connection lost, SQL error, ...)
	ExitUsage       = 2   // bad flags, bad config or rules file: nothing was touched
	ExitLocked      = 3   // another refresh of the same target holds the lock
	ExitCheckFailed = 4   // lint --strict or verify found a problem
	ExitInterrupted = 130 // SIGINT or SIGTERM
)

// UsageError is a mistake in how understudy was called: a flag, a missing
// setting. The message says what would be right. CommandLine marks a
// mistake in the command line itself (an unknown flag or command, a wrong
// argument), after which the command's --help is pointed to.
type UsageError struct {
	Msg         string
	CommandLine bool
}

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

// commandLineError is cobra's flag error as a UsageError.
func commandLineError(_ *cobra.Command, err error) error {
	return &UsageError{Msg: err.Error(), CommandLine: true}
}

// noArgs is cobra.NoArgs, its error typed as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &UsageError{Msg: fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath()), CommandLine: true}
	}
	return nil
}

// rootArgs refuses an unknown command, suggesting the closest, as cobra
// does (cobra's own error is untyped).
func rootArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
	}
	return &UsageError{Msg: msg, CommandLine: true}
}

// ExitCoder is an error that chooses its own exit code (a held lock, a
// failed check).
type ExitCoder interface {
	error
	ExitCode() int
}

// exitCode is the one place that maps an error to an exit code.
func exitCode(ctx context.Context, err error) int {
	if err == nil {
		return ExitOK
	}
	var ec ExitCoder
	var ue *UsageError
	var ce *dsn.ConfigError
	var lock *pipeline.LockHeldError
	var re *pipeline.RulesError
	var unc *pipeline.UncoveredError
	var noPrev *pipeline.NoPreviousError
	var verifyFailed *pipeline.VerifyFailedError
	var lockTable *pipeline.LockTableError
	var noExt *pipeline.MissingExtensionsError
	var noPgDump *pipeline.PgDumpError
	switch {
	case ctx.Err() != nil && !errors.As(err, &lock):
		// The context ends only on SIGINT/SIGTERM: whatever failed after
		// that failed because of the interrupt.
		return ExitInterrupted
	case errors.As(err, &ec):
		return ec.ExitCode()
	case errors.As(err, &lock):
		return ExitLocked
	case errors.As(err, &ue), errors.As(err, &ce), errors.As(err, &re), errors.As(err, &unc), errors.As(err, &noPrev), errors.As(err, &lockTable), errors.As(err, &noExt), errors.As(err, &noPgDump):
		return ExitUsage
	case errors.As(err, &verifyFailed):
		return ExitCheckFailed
	case ctx.Err() != nil:
		// The context ends only on SIGINT/SIGTERM: whatever failed after
		// that failed because of the interrupt.
		return ExitInterrupted
	}
	return ExitFailure
}

// printError writes the error as one line (plus any detail lines the error
// carries), with every password redacted. PostgreSQL's hint, which pgx
// leaves out of the message, follows on a line of its own, as psql prints
// it: "could not extend file" says more with "Check free disk space."
func printError(w io.Writer, err error, code int) {
	msg := dsn.Redact(err.Error())
	if code == ExitInterrupted {
		msg = "interrupted: " + msg
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Hint != "" && !strings.Contains(msg, pgErr.Hint) {
		msg += "\nHINT: " + dsn.Redact(pgErr.Hint)
	}
	fmt.Fprintf(w, "understudy: %s\n", msg)
}
