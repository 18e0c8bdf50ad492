package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/internal/dsn"
)

// RunRecord is one refresh a staging database received: a row of its
// understudy.runs.
type RunRecord struct {
	Manifest Manifest
	// Verify holds the run's verify records (JSON documents, oldest
	// first): the check of the new copy before the swap, then any check of
	// staging recorded later with AppendVerify. Empty when the run was not
	// verified, or was recorded by a version that kept no reports.
	Verify []json.RawMessage
}

// NoHistoryError reports a database without run history: no refresh by
// understudy has built it.
type NoHistoryError struct {
	Database string
	Err      error
}

func (e *NoHistoryError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s has no run history (understudy.runs): %v", e.Database, e.Err)
	}
	return fmt.Sprintf("%s has no run history: understudy.runs is empty", e.Database)
}

func (e *NoHistoryError) Unwrap() error { return e.Err }

// History reads the runs recorded in the database conn is connected to,
// newest first, at most limit of them. It reads a table an older version
// made (without verify records) as well.
func History(ctx context.Context, conn *pgx.Conn, limit int) ([]RunRecord, error) {
	rows, err := conn.Query(ctx, `SELECT manifest::text, NULLIF(to_jsonb(r) -> 'verify', 'null')::text
FROM understudy.runs r ORDER BY id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, historyError(conn, err)
	}
	type row struct {
		Manifest string
		Verify   *string
	}
	docs, err := pgx.CollectRows(rows, pgx.RowToStructByPos[row])
	if err != nil {
		return nil, historyError(conn, err)
	}
	out := make([]RunRecord, 0, len(docs))
	for _, d := range docs {
		var rr RunRecord
		if err := json.Unmarshal([]byte(d.Manifest), &rr.Manifest); err != nil {
			return nil, fmt.Errorf("%s: a run manifest does not parse: %w", dsn.Describe(conn.Config()), err)
		}
		if d.Verify != nil {
			if err := json.Unmarshal([]byte(*d.Verify), &rr.Verify); err != nil {
				return nil, fmt.Errorf("%s: the verify records of the run started %s do not parse: %w", dsn.Describe(conn.Config()), rr.Manifest.Started, err)
			}
		}
		out = append(out, rr)
	}
	return out, nil
}

// historyError names a missing understudy.runs as such.
func historyError(conn *pgx.Conn, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && (pgErr.Code == "42P01" || pgErr.Code == "3F000") { // undefined_table, invalid_schema_name
		return &NoHistoryError{Database: dsn.Describe(conn.Config()), Err: err}
	}
	return fmt.Errorf("%s: read understudy.runs: %w", dsn.Describe(conn.Config()), err)
}

// AppendVerify adds a verify record (a JSON document) to the newest run of
// understudy.runs, the refresh whose copy the database holds, and returns
// that run's manifest. Records are only ever appended; a table made by an
// older version gets the verify column first.
func AppendVerify(ctx context.Context, conn *pgx.Conn, doc []byte) (*Manifest, error) {
	if !json.Valid(doc) {
		return nil, errors.New("pipeline: AppendVerify: the record is not JSON")
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dsn.Describe(conn.Config()), err)
	}
	defer tx.Rollback(context.Background())
	// ADD COLUMN IF NOT EXISTS takes a lock even when the column is there:
	// only a table without it is altered.
	var has bool
	err = tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_attribute
WHERE attrelid = to_regclass('understudy.runs') AND attname = 'verify' AND NOT attisdropped)`).Scan(&has)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dsn.Describe(conn.Config()), err)
	}
	if !has {
		if _, err := tx.Exec(ctx, "ALTER TABLE understudy.runs ADD COLUMN IF NOT EXISTS verify jsonb"); err != nil {
			return nil, historyError(conn, err)
		}
	}
	// The row lock of the UPDATE orders concurrent appends: none is lost.
	var m string
	err = tx.QueryRow(ctx, `UPDATE understudy.runs SET verify = COALESCE(verify, '[]'::jsonb) || jsonb_build_array($1::jsonb)
WHERE id = (SELECT max(id) FROM understudy.runs) RETURNING manifest::text`, string(doc)).Scan(&m)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, &NoHistoryError{Database: dsn.Describe(conn.Config())}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: record the verify report: %w", dsn.Describe(conn.Config()), err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("%s: record the verify report: %w", dsn.Describe(conn.Config()), err)
	}
	var man Manifest
	if err := json.Unmarshal([]byte(m), &man); err != nil {
		return nil, fmt.Errorf("%s: a run manifest does not parse: %w", dsn.Describe(conn.Config()), err)
	}
	return &man, nil
}
