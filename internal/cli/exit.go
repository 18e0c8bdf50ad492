package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

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
// setting. The message says what would be right.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

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
	switch {
	case ctx.Err() != nil && !errors.As(err, &lock):
		// The context ends only on SIGINT/SIGTERM: whatever failed after
		// that failed because of the interrupt.
		return ExitInterrupted
	case errors.As(err, &ec):
		return ec.ExitCode()
	case errors.As(err, &lock):
		return ExitLocked
	case errors.As(err, &ue), errors.As(err, &ce), errors.As(err, &re), errors.As(err, &unc), errors.As(err, &noPrev):
		return ExitUsage
	case ctx.Err() != nil:
		// The context ends only on SIGINT/SIGTERM: whatever failed after
		// that failed because of the interrupt.
		return ExitInterrupted
	case isCobraUsage(err):
		return ExitUsage
	}
	return ExitFailure
}

// isCobraUsage recognises cobra's own flag and argument errors, which it
// returns as plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "unknown command", "flag needs an argument",
		"invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
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
