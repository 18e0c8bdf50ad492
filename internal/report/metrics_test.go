package report

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestLastSuccess: the last success is read back from the file a run
// wrote, for its own target only; a run that fails carries it on.
func TestLastSuccess(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "understudy.prom")
	none, err := LastSuccess(path, "staging")
	require.NoError(t, err)
	require.True(t, none.IsZero(), "no file: no success known")

	ended := time.Date(2025, 3, 4, 3, 12, 45, 123456789, time.UTC)
	require.NoError(t, WriteMetrics(path, RunMetrics{Target: "staging", Started: ended.Add(-time.Hour), Ended: ended}))
	got, err := LastSuccess(path, "staging")
	require.NoError(t, err)
	require.WithinDuration(t, ended, got, time.Microsecond)
	other, err := LastSuccess(path, "staging_eu")
	require.NoError(t, err)
	require.True(t, other.IsZero(), "another target's success is not this one's")

	// A failure keeps the success it is given; without one, it says 0.
	require.NoError(t, WriteMetrics(path, RunMetrics{Target: "staging", Started: ended, Ended: ended.Add(time.Hour), ExitCode: 1, PreviousSuccess: got}))
	again, err := LastSuccess(path, "staging")
	require.NoError(t, err)
	require.WithinDuration(t, ended, again, time.Microsecond)
	require.NoError(t, WriteMetrics(path, RunMetrics{Target: "staging", Started: ended, Ended: ended.Add(time.Hour), ExitCode: 3}))
	never, err := LastSuccess(path, "staging")
	require.NoError(t, err)
	require.True(t, never.IsZero())

	require.NoError(t, os.WriteFile(path, []byte("understudy_last_success_timestamp_seconds{target=\"staging\" 12\n"), 0o644))
	_, err = LastSuccess(path, "staging")
	require.ErrorContains(t, err, path)
}
