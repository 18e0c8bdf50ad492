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
	"github.com/understudy/understudy/schema"
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
	before, err := xactWrites(ctx, tx)
	if err != nil {
		return fmt.Errorf("after: %w", err)
	}
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
	after, err := xactWrites(ctx, tx)
	if err != nil {
		return fmt.Errorf("after: %w", err)
	}
	for name, n := range after {
		if n > before[name] {
			r.afterWrote = append(r.afterWrote, name)
		}
	}
	return nil
}

// xactWrites counts, per table, the rows inserted and updated so far in
// tx (pg_stat_xact_user_tables), statements, functions and triggers alike:
// the after: steps' writes are what it counts more once they have run.
// The copy stream never saw those rows; verify scans them again.
func xactWrites(ctx context.Context, tx pgx.Tx) (map[schema.Name]int64, error) {
	rows, err := tx.Query(ctx, "SELECT schemaname, relname, n_tup_ins + n_tup_upd FROM pg_stat_xact_user_tables WHERE n_tup_ins + n_tup_upd > 0")
	if err != nil {
		return nil, fmt.Errorf("count the rows written: %w", err)
	}
	out := map[schema.Name]int64{}
	var name schema.Name
	var n int64
	_, err = pgx.ForEachRow(rows, []any{&name.Schema, &name.Name, &n}, func() error {
		out[name] = n
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("count the rows written: %w", err)
	}
	return out, nil
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
