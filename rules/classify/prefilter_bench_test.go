package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkMayHoldSecret measures the prefilter on prose and labels, the
// values most text columns hold, in bytes per second.
func BenchmarkMayHoldSecret(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "detect", "testdata", "nonpii", "*.txt"))
	var vals [][]byte
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			vals = append(vals, []byte(line))
			n += len(line)
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for range b.N {
		for _, v := range vals {
			MayHoldSecret(v)
		}
	}
}
