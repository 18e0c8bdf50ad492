package integration

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestNoSecretInAnyOutput: after a run with a password in both connection
// strings, nothing understudy writes (logs, errors, the manifest, reports,
// verify pages and records, history output, the rules file init writes)
// holds the password, the masking secret, or a credential planted in
// production.
func TestNoSecretInAnyOutput(t *testing.T) {
	t.Parallel()
	const password = "Pa55w0rd-Never-Printed"
	r := newRefresh(t, pgtest.Acme("0.05"))
	withPassword := func(raw string) string {
		u, err := url.Parse(raw)
		require.NoError(t, err)
		u.User = url.UserPassword(u.User.Username(), password) // trust auth: accepted, and must never show
		return u.String()
	}
	src, tgt := withPassword(r.Src), withPassword(r.Tgt)
	dir := t.TempDir()
	var out strings.Builder
	record := func(res clitest.Result) {
		out.WriteString(res.Stdout)
		out.WriteString(res.Stderr)
	}

	rules := filepath.Join(dir, "rules.yaml")
	record(understudy(t, "init", "--source", src, "-o", rules))
	data, err := os.ReadFile(r.Rules) // the secret_file version newRefresh wrote
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(rules, data, 0o644))

	manifest := filepath.Join(dir, "manifest.json")
	reports := filepath.Join(dir, "reports")
	res := understudy(t, "run", "--config", rules, "--source", src, "--target", tgt, "--log-format", "json", "--log-level", "debug", "--manifest", manifest, "--report-dir", reports)
	require.Equal(t, 0, res.Code, res.Stderr)
	record(res)
	// A failing run: its error messages too.
	record(understudy(t, "run", "--config", rules, "--source", strings.Replace(src, "127.0.0.1", "127.0.0.1:1", 1), "--target", tgt, "--log-format", "json"))
	record(understudy(t, "inspect", "--source", strings.Replace(src, "/ustest", ":notaport/ustest", 1)))
	for _, f := range []string{"text", "json", "markdown", "html"} {
		record(understudy(t, "report", "--config", rules, "--source", src, "--format", f))
	}
	record(understudy(t, "lint", "--config", rules, "--source", src, "--strict"))
	for _, f := range []string{"json", "html"} {
		record(understudy(t, "verify", "--config", rules, "--source", src, "--target", tgt, "--format", f, "--record"))
	}
	for _, f := range []string{"text", "json", "markdown", "html"} {
		record(understudy(t, "report", "--config", rules, "--source", src, "--verify-from", tgt, "--format", f))
	}
	record(understudy(t, "history", "--target", tgt, "--format", "json"))
	record(understudy(t, "history", "--target", tgt))
	written, err := filepath.Glob(filepath.Join(reports, "run-*"))
	require.NoError(t, err)
	require.Len(t, written, 3, "the manifest and the verify report as JSON and HTML")
	for _, f := range append([]string{manifest, rules}, written...) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out.Write(b)
	}

	all := out.String()
	require.Contains(t, all, `"swap": "swapped"`, "the outputs were captured")
	require.Contains(t, all, `id="verify-outcome">PASSED<`, "the verify pages were captured")
	for _, secret := range []string{password, clitest.Secret, "S3cr3t-fdw-pass", "Repl1c4-S3cret", "Fdw-Publ1c-S3cret", "Acme-App-R0le-Pw!2024", "sk_live_51AcmePl4nted", "Wh00k-Pl4nted-P4ss"} {
		require.NotContains(t, all, secret)
	}
}
