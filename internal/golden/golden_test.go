package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	errors, fatals []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
	runtime.Goexit()
}

// check runs Check on a recorder, as a test's goroutine would.
func check(t *testing.T, path string, got []byte) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Check(r, path, got)
	}()
	<-done
	return r
}

func TestCheck(t *testing.T) {
	var lines string
	for i := range 20 {
		lines += fmt.Sprintf("line %d\n", i)
	}
	path := filepath.Join(t.TempDir(), "out", "report.txt")

	r := check(t, path, []byte("a\n"))
	require.Len(t, r.fatals, 1)
	require.Contains(t, r.fatals[0], path+" does not exist; go test ./internal/golden -run '^TestCheck$' -update creates it")

	*update = true
	r = check(t, path, []byte(lines+"b\n"))
	*update = false
	require.Empty(t, r.errors)
	require.Empty(t, r.fatals)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, lines+"b\n", string(data))

	r = check(t, path, []byte(lines+"b\n"))
	require.Empty(t, r.errors)
	require.Empty(t, r.fatals)

	r = check(t, path, []byte(lines+"c\n"))
	require.Empty(t, r.fatals, "a difference does not stop the test")
	require.Len(t, r.errors, 1)
	require.Contains(t, r.errors[0], path+" differs (-want +got); if the change is intended, go test ./internal/golden -run '^TestCheck$' -update rewrites it:\n")
	// A line diff: the changed line, not the whole file.
	require.Regexp(t, `\n-[\s\x{a0}]+b\n\+[\s\x{a0}]+c\n`, r.errors[0]) // cmp mixes in no-break spaces
	require.NotContains(t, r.errors[0], "line 1\n")
}
