package integration

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// The masking secret belongs in the environment or in a file only its
// owner can read: run warns, and still runs, when the file is readable by
// others or the secret is written in the rules file itself; and never
// prints it.
func TestSecretSourcesWarn(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	data, err := os.ReadFile(r.rules)
	require.NoError(t, err)
	var secretFile string
	for _, l := range strings.Split(string(data), "\n") {
		if f, ok := strings.CutPrefix(l, "secret_file: "); ok {
			secretFile = f
		}
	}
	require.NotEmpty(t, secretFile)

	res := r.run(t, "--no-verify")
	require.Equal(t, 0, res.code, res.stderr)
	require.NotContains(t, res.stderr, "can be read by others", "a 0600 file: no warning")

	require.NoError(t, os.Chmod(secretFile, 0o644))
	res = r.run(t, "--no-verify")
	require.Equal(t, 0, res.code, res.stderr)
	require.Contains(t, res.stderr, "the secret file can be read by others; chmod 600 it")
	require.NotContains(t, res.stderr, testSecret)

	inline := filepath.Join(t.TempDir(), "inline.yaml")
	require.NoError(t, os.WriteFile(inline, []byte(strings.Replace(string(data), "secret_file: "+secretFile, "secret: "+testSecret, 1)), 0o600))
	res = understudy(t, "run", "--config", inline, "--source", r.src, "--target", r.tgt, "--log-format", "json", "--no-verify")
	require.Equal(t, 0, res.code, res.stderr)
	require.Contains(t, res.stderr, "secret")
	require.Contains(t, res.stderr, "UNDERSTUDY_SECRET", "the warning says where the secret belongs")
	require.NotContains(t, res.stderr+res.stdout, testSecret)
}
