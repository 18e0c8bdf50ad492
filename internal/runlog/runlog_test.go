package runlog

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func connect(t *testing.T) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), pgtest.Database(t, pgtest.Empty))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func TestReadWithoutHistory(t *testing.T) {
	t.Parallel()
	_, err := Read(context.Background(), connect(t), "staging", 0)
	var none *NoHistoryError
	require.ErrorAs(t, err, &none)
	require.Equal(t, "staging", none.Database)
}

// TestCarryCopiesEveryRun: the history moves oldest first, verify records
// included, and a database with none gives none.
func TestCarryCopiesEveryRun(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	old, next := connect(t), connect(t)
	n, err := Carry(ctx, old, "old", next)
	require.NoError(t, err)
	require.Zero(t, n, "no history to carry")

	require.NoError(t, Ensure(ctx, old))
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	require.NoError(t, Append(ctx, old, Entry{Started: t0, Finished: t0.Add(time.Minute), RulesSHA256: "a", Manifest: json.RawMessage(`{"n": 1}`)}))
	require.NoError(t, Append(ctx, old, Entry{Started: t0.Add(time.Hour), RulesSHA256: "b", Manifest: json.RawMessage(`{"n": 2}`),
		Verify: []json.RawMessage{json.RawMessage(`{"passed": true}`)}}))
	var built json.RawMessage
	m, err := AppendVerify(ctx, old, "old", func(manifest json.RawMessage) ([]byte, error) {
		built = manifest
		return []byte(`{"passed": false}`), nil
	})
	require.NoError(t, err)
	require.JSONEq(t, `{"n": 2}`, string(m))
	require.JSONEq(t, `{"n": 2}`, string(built), "the record is built from the manifest of the run it is appended to")

	n, err = Carry(ctx, old, "old", next)
	require.NoError(t, err)
	require.Equal(t, 2, n)
	runs, err := Read(ctx, next, "next", 0)
	require.NoError(t, err)
	require.Len(t, runs, 2)
	require.Equal(t, "b", runs[0].RulesSHA256, "newest first")
	require.Len(t, runs[0].Verify, 2)
	require.JSONEq(t, `{"passed": false}`, string(runs[0].Verify[1]))
	require.True(t, runs[0].Finished.IsZero())
	require.Equal(t, t0.Add(time.Minute), runs[1].Finished.UTC())
	require.Empty(t, runs[1].Verify)

	limited, err := Read(ctx, next, "next", 1)
	require.NoError(t, err)
	require.Len(t, limited, 1)
}

// TestCarryReportsAnUnreadableHistory: a history that exists but cannot be
// read is an error, never an empty history.
func TestCarryReportsAnUnreadableHistory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	old, next := connect(t), connect(t)
	require.NoError(t, Ensure(ctx, old))
	_, err := old.Exec(ctx, "ALTER TABLE understudy.runs RENAME COLUMN manifest TO manifest_v0")
	require.NoError(t, err)
	_, err = Carry(ctx, old, "old", next)
	require.Error(t, err)
	var none *NoHistoryError
	require.False(t, errors.As(err, &none), "%v", err)
	require.Contains(t, err.Error(), "old: read understudy.runs")
}

func TestAppendVerifyWithoutRuns(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t)
	require.NoError(t, Ensure(ctx, conn))
	_, err := AppendVerify(ctx, conn, "staging", doc(`{}`))
	var none *NoHistoryError
	require.ErrorAs(t, err, &none)
	require.NoError(t, Append(ctx, conn, Entry{Started: time.Now(), RulesSHA256: "a", Manifest: json.RawMessage(`{}`)}))
	_, err = AppendVerify(ctx, conn, "staging", doc(`not json`))
	require.ErrorContains(t, err, "not JSON")
}

// doc is an AppendVerify builder that appends a fixed document.
func doc(s string) func(json.RawMessage) ([]byte, error) {
	return func(json.RawMessage) ([]byte, error) { return []byte(s), nil }
}
