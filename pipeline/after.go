package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
)

// AfterResult is one after: step of the rules file as the run executed it.
type AfterResult struct {
	// Step is the step's place in the after: list, from 1.
	Step int `json:"step"`
	// Source is "inline" (sql:) or the SQL file as the rules file names it.
	Source string `json:"source"`
	// SHA256 is the SQL file's digest; empty for sql:, which the rules
	// file's digest covers.
	SHA256     string `json:"sha256,omitempty"`
	Statements int    `json:"statements"`
	// Rows is the rows the statements affected, from their command tags
	// (0 for a statement whose tag counts none, such as TRUNCATE).
	Rows    int64   `json:"rows"`
	Seconds float64 `json:"seconds"`
}

// afterNext runs the after: steps in <target>__next, after post-data, in
// one transaction of their own.
func (r *run) afterNext(ctx context.Context) error {
	conn, err := r.connectNext(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	defer tx.Rollback(context.Background())
	if err := r.afterSteps(ctx, tx, false); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("after: commit: %w", err)
	}
	return nil
}

// afterExisting runs the after: steps inside a schema: existing load's
// transaction, so that they commit with it or not at all. Triggers and
// foreign keys, off for the load, are on again: the steps run as they
// would in a copied schema.
func (r *run) afterExisting(ctx context.Context) error {
	if _, err := r.loadTx.Exec(ctx, "SET LOCAL session_replication_role = DEFAULT"); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	return r.afterSteps(ctx, r.loadTx, true)
}

// afterSteps runs every statement of every step in order in tx, recording
// each step in the manifest.
func (r *run) afterSteps(ctx context.Context, tx pgx.Tx, inPlace bool) error {
	for i, step := range r.cfg.Rules.After {
		start := time.Now()
		res := AfterResult{Step: i + 1, Source: step.Source(), SHA256: step.SHA256, Statements: len(step.Statements)}
		for _, st := range step.Statements {
			tag, err := tx.Exec(ctx, st.SQL)
			if err != nil {
				return afterError(i+1, step, st, err, inPlace)
			}
			res.Rows += tag.RowsAffected()
		}
		res.Seconds = time.Since(start).Seconds()
		r.manifest.After = append(r.manifest.After, res)
		r.cfg.Logger.Info("after: step done", "step", res.Step, "source", res.Source, "statements", res.Statements, "rows", res.Rows, "seconds", res.Seconds)
	}
	return nil
}

// afterError positions a failed statement: where PostgreSQL's error points
// inside it, or where it starts.
func afterError(n int, step *rules.AfterStep, st pgsql.Statement, err error, inPlace bool) error {
	e := &AfterStepError{Step: n, Source: step.Source(), Pos: step.PosAt(st.Offset), Statement: st.SQL, InPlace: inPlace, Err: err}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Position > 0 {
		e.Pos = step.PosAt(st.Offset + pgsql.ByteOffset(st.SQL, int(pgErr.Position)-1))
	}
	return e
}

// excerpt shortens a statement for a message: its first lines.
func excerpt(sql string) string {
	const maxLines, maxBytes = 8, 600
	lines := strings.Split(sql, "\n")
	cut := len(lines) > maxLines
	if cut {
		lines = lines[:maxLines]
	}
	out := strings.Join(lines, "\n")
	if len(out) > maxBytes {
		out, cut = strings.ToValidUTF8(out[:maxBytes], ""), true
	}
	if cut {
		out += " …"
	}
	return out
}
