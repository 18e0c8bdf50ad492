package pipeline

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/verify"
)

// The errors a run or a rollback ends with, typed where the CLI maps them
// to an exit code or a user acts on them.

// UncoveredError stops a run whose rules leave PII-looking columns without a
// rule: they would reach staging as they are.
type UncoveredError struct {
	Columns []string
}

func (e *UncoveredError) Error() string {
	return fmt.Sprintf("%d PII-looking columns have no rule, and would reach staging unmasked: %s; add rules (understudy lint --strict lists them), or run with --allow-uncovered",
		len(e.Columns), strings.Join(e.Columns, ", "))
}

// RulesError is a rules file that does not fit the source schema. Nothing
// was touched on the target.
type RulesError struct {
	Diags rules.Diagnostics
}

func (e *RulesError) Error() string {
	return (&rules.Error{File: "rules file", Diags: e.Diags}).Error()
}

// VerifyFailedError: the new copy failed verification, so it was not
// swapped in (or, with schema: existing, the load was rolled back); staging
// is unchanged. Record holds the findings.
type VerifyFailedError struct {
	Record *verify.Record
	// InPlace: the load of a schema: existing run was rolled back.
	InPlace bool
}

func (e *VerifyFailedError) Error() string {
	return fmt.Sprintf("verification of the new copy failed (%d findings), so %s; staging is unchanged", len(e.Record.Failures), notApplied(e.InPlace))
}

// LockHeldError: another refresh of the same target is running.
type LockHeldError struct {
	Target string
	// Holder describes the session that holds the lock, as the server
	// sees it.
	PID         int
	Application string
	Client      string
	Since       time.Time
}

func (e *LockHeldError) Error() string {
	msg := fmt.Sprintf("another refresh of %s is running", e.Target)
	if e.PID != 0 {
		msg += fmt.Sprintf(": %s (server process %d", e.Application, e.PID)
		if e.Client != "" {
			msg += " from " + e.Client
		}
		msg += fmt.Sprintf(") has held the lock since %s", e.Since.UTC().Format(time.RFC3339))
	}
	return msg
}

// ShapeError: in schema: existing mode, the target's tables differ from the
// source's. Nothing was loaded.
type ShapeError struct {
	Diffs []string
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("schema: existing: the target's schema differs from the source's in %d places, so nothing was loaded:\n  %s\nrun the application's migrations on staging, or use schema: copy",
		len(e.Diffs), strings.Join(e.Diffs, "\n  "))
}

// OrphanError: after an existing-mode load, rows reference rows that are
// not there. The load was rolled back.
type OrphanError struct {
	Orphans []string
}

func (e *OrphanError) Error() string {
	return "schema: existing: the load was rolled back because foreign keys would not hold: " + strings.Join(e.Orphans, "; ")
}

// NoPreviousError: there is no <target>__prev to roll back to.
type NoPreviousError struct{ Target string }

func (e *NoPreviousError) Error() string {
	return fmt.Sprintf("there is no previous copy of %s to roll back to (%s__prev); keep_previous: true in the rules file keeps one after each refresh", e.Target, e.Target)
}

// ConcurrentDDLError: production truncated, rewrote or dropped a table
// between the run's snapshot and its copy, so the snapshot could not see
// its rows. Nothing was swapped in.
type ConcurrentDDLError struct {
	Table   string
	Dropped bool
}

func (e *ConcurrentDDLError) Error() string {
	what := "truncated or rewritten (TRUNCATE, VACUUM FULL, CLUSTER, or an ALTER TABLE that rewrites it)"
	if e.Dropped {
		what = "dropped"
	}
	return fmt.Sprintf("source: %s was %s in production during the refresh, after its snapshot: its rows as of the snapshot cannot be read, so the new copy was not swapped in; run again", e.Table, what)
}

// AfterStepError: a statement of the rules file's after: section failed.
// The steps' transaction was rolled back and the run stopped before the
// swap (schema: existing: the load was rolled back), so staging is
// unchanged. Err is PostgreSQL's error; the CLI prints its hint.
type AfterStepError struct {
	Step   int    // from 1
	Source string // "inline" or the SQL file
	// Pos is where the error is: the point of the statement PostgreSQL
	// names, or the statement's start.
	Pos       rules.Pos
	Statement string
	InPlace   bool
	Err       error
}

func (e *AfterStepError) Error() string {
	msg := fmt.Sprintf("after: step %d (%s) failed at %s, so %s and staging is unchanged: %v", e.Step, e.Source, e.Pos, notApplied(e.InPlace), e.Err)
	var pgErr *pgconn.PgError
	if errors.As(e.Err, &pgErr) && pgErr.Detail != "" {
		msg += "\nDETAIL: " + pgErr.Detail
	}
	return msg + "\nstatement: " + excerpt(e.Statement)
}

func (e *AfterStepError) Unwrap() error { return e.Err }

// notApplied says what became of a run's new data when it stopped before
// the swap: a copied schema's __next is not swapped in; a schema: existing
// load is rolled back.
func notApplied(inPlace bool) string {
	if inPlace {
		return "the load was rolled back"
	}
	return "the new copy was not swapped in"
}
