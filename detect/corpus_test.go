package detect

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// corpus reads the values of the corpus files matching glob under
// testdata: one value a line, blank lines and lines starting with "# "
// skipped.
func corpus(t testing.TB, glob string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", glob))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no corpus file matches testdata/%s", glob)
	sort.Strings(files)
	var out []string
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "# ") {
				continue
			}
			out = append(out, line)
		}
		require.NoError(t, sc.Err())
		require.NoError(t, f.Close())
	}
	return out
}

// requireFalsePositives checks that a detector matches at most the ceiling
// share of values that hold no personal data, and requireRecall that it
// matches at least the floor share of positives. Both log the rate (go test
// -v shows them) and the values on the wrong side.
func requireFalsePositives(t *testing.T, name string, fn func(string) bool, values []string, ceiling float64) {
	t.Helper()
	var hits []string
	for _, v := range values {
		if fn(v) {
			hits = append(hits, v)
		}
	}
	rate := float64(len(hits)) / float64(len(values))
	t.Logf("%s: false positives %d of %d non-PII values (%.2f%%, ceiling %.2f%%)", name, len(hits), len(values), 100*rate, 100*ceiling)
	if rate > ceiling {
		t.Errorf("%s: false-positive rate %.2f%% above the ceiling %.2f%%; matched: %q", name, 100*rate, 100*ceiling, hits[:min(len(hits), 50)])
	} else if len(hits) > 0 {
		t.Logf("%s: matched %q", name, hits[:min(len(hits), 20)])
	}
}

func requireRecall(t *testing.T, name string, fn func(string) bool, values []string, floor float64) {
	t.Helper()
	var misses []string
	for _, v := range values {
		if !fn(v) {
			misses = append(misses, v)
		}
	}
	recall := 1 - float64(len(misses))/float64(len(values))
	t.Logf("%s: recall %d of %d (%.1f%%, floor %.1f%%)", name, len(values)-len(misses), len(values), 100*recall, 100*floor)
	if recall < floor {
		t.Errorf("%s: recall %.1f%% below the floor %.1f%%; missed: %q", name, 100*recall, 100*floor, misses)
	} else if len(misses) > 0 {
		t.Logf("%s: missed %q", name, misses)
	}
}
