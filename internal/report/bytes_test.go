package report

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestBytes(t *testing.T) {
	t.Parallel()
	for n, want := range map[int64]string{
		0: "0 B", 1023: "1023 B", 1024: "1.0 KiB", 1536: "1.5 KiB", 1<<20 - 1: "1024.0 KiB", 1 << 20: "1.0 MiB",
		5 << 30: "5.0 GiB", 3 << 40: "3.0 TiB", 1 << 50: "1.0 PiB", math.MaxInt64: "8.0 EiB",
	} {
		require.Equal(t, want, Bytes(n), n)
	}
}
