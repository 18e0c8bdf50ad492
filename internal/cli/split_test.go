package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// splitManifest is what the split tests read of a run's manifest.
type splitManifest struct {
	Tables []struct {
		Table       string   `json:"table"`
		RowsRead    int64    `json:"rows_read"`
		RowsWritten int64    `json:"rows_written"`
		Masked      []string `json:"masked"`
		Parts       int      `json:"parts"`
	} `json:"tables"`
}

// runSplitAndWhole refreshes staging from the same source with the same
// rules twice, every table of two pages or more split (a threshold of one
// byte) and nothing split, and returns the staging checksums and the
// manifests of both.
func runSplitAndWhole(t *testing.T, r *refresh) (split, whole map[string]string, splitMf, wholeMf splitManifest) {
	t.Helper()
	run := func(threshold string) (map[string]string, splitManifest) {
		path := filepath.Join(t.TempDir(), "manifest.json")
		res := r.Run(t, "--workers", "3", "--split-tables-larger-than", threshold, "--manifest", path)
		require.Equal(t, 0, res.Code, res.Stderr)
		tgt := clitest.Connect(t, r.Tgt)
		sums := clitest.WithoutRuns(clitest.TableChecksums(t, tgt))
		require.NoError(t, tgt.Close(context.Background()))
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		var mf splitManifest
		require.NoError(t, json.Unmarshal(data, &mf))
		// The progress says each table done once, after its last part,
		// with its rows.
		done := map[string]float64{}
		for _, line := range strings.Split(res.Stderr, "\n") {
			var l struct {
				Msg   string  `json:"msg"`
				Table string  `json:"table"`
				Rows  float64 `json:"rows"`
			}
			if json.Unmarshal([]byte(line), &l) == nil && l.Msg == "table done" {
				require.NotContains(t, done, l.Table, "%s done twice", l.Table)
				done[l.Table] = l.Rows
			}
		}
		require.Len(t, done, len(mf.Tables))
		for _, tb := range mf.Tables {
			require.EqualValues(t, tb.RowsRead, done[tb.Table], tb.Table)
		}
		return sums, mf
	}
	split, splitMf = run("1")
	whole, wholeMf = run("0")
	return split, whole, splitMf, wholeMf
}

// TestRunSplitTables: tables copied in ctid ranges by several workers at
// once, masked by keyed rules (init's for acme), give the staging data an
// unsplit run gives, table by table; a leaf partition is split like any
// table; the manifest keeps one line per table, its parts' sums.
func TestRunSplitTables(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	split, whole, splitMf, wholeMf := runSplitAndWhole(t, r)
	require.Equal(t, whole, split, "split and unsplit runs give the same staging data")

	src := clitest.RowCounts(clitest.SourceSums(t, r.Src))
	seen := map[string]bool{}
	maskedSplit, partitionSplit := false, false
	for _, tb := range splitMf.Tables {
		require.False(t, seen[tb.Table], "one line per table: %s", tb.Table)
		seen[tb.Table] = true
		require.Equal(t, src[tb.Table], strconv.FormatInt(tb.RowsWritten, 10), tb.Table)
		require.Equal(t, tb.RowsRead, tb.RowsWritten, tb.Table)
		require.NotEqual(t, 1, tb.Parts, "%s: parts is left out for a table copied whole", tb.Table)
		if tb.Parts > 1 {
			require.LessOrEqual(t, tb.Parts, 6, "at most two parts per worker")
			maskedSplit = maskedSplit || len(tb.Masked) > 0
			partitionSplit = partitionSplit || strings.HasPrefix(tb.Table, "public.page_views_")
		}
	}
	require.True(t, maskedSplit, "a masked table was split")
	require.True(t, partitionSplit, "a leaf partition was split")
	require.Len(t, wholeMf.Tables, len(splitMf.Tables))
	for _, tb := range wholeMf.Tables {
		require.Zero(t, tb.Parts, tb.Table)
	}
}

// TestRunSplitTablesSubset: a subset's selection is read in the same
// ctid ranges, each narrowed to the selected rows, and gives the sample
// an unsplit run gives.
func TestRunSplitTablesSubset(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	r.WithSubset(t, clitest.AcmeSubset(t))
	split, whole, splitMf, _ := runSplitAndWhole(t, r)
	require.Equal(t, whole, split, "split and unsplit subset runs give the same sample")
	src := clitest.RowCounts(clitest.SourceSums(t, r.Src))
	sampled := 0
	for _, tb := range splitMf.Tables {
		if tb.Parts > 1 && strconv.FormatInt(tb.RowsWritten, 10) != src[tb.Table] {
			sampled++
		}
	}
	require.Positive(t, sampled, "a sampled table was split")
}

func TestSplitThresholdFlag(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int64{"": 0, "0": -1, "512MB": 512 << 20, "1GiB": 1 << 30} {
		got, err := splitThreshold(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	res := clitest.Run(t, Main, "run", "--config", "nowhere.yaml", "--split-tables-larger-than", "lots")
	require.Equal(t, 2, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, `--split-tables-larger-than: size "lots": want a number of bytes with an optional unit, such as 512MB or 1GiB`)
	require.Contains(t, res.Stderr, "or 0 to never split")
}

// TestRunSplitPartFails: a part that fails fails the run, naming the
// table and the part, and leaves nothing half-built: every value of a
// split table's column is one its rule cannot read, under on_invalid:
// fail.
func TestRunSplitPartFails(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	rules := string(data)
	for old, new := range map[string]string{
		"version: 1\n":                 "version: 1\non_invalid: fail\n",
		"    commentable_type: keep\n": "    commentable_type: { transform: json, paths: { \"$.x\": email } }\n",
	} {
		require.Equal(t, 1, strings.Count(rules, old), old)
		rules = strings.Replace(rules, old, new, 1)
	}
	require.NoError(t, os.WriteFile(r.Rules, []byte(rules), 0o644))
	res := r.Run(t, "--workers", "3", "--split-tables-larger-than", "1")
	require.Equal(t, 1, res.Code, res.Stderr)
	require.Regexp(t, `copy public\.comments \(part [1-6] of 6: pages [0-9]+ to ([0-9]+|the end)\): row [0-9]+, column commentable_type`, res.Stderr)
	require.Empty(t, r.Databases(t), "no staging, no __next left")
}
