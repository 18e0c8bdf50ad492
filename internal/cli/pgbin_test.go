package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// fakeTool writes a stand-in client program into dir: it says it is
// version, and, when real is set, runs the real program for anything but
// --version.
func fakeTool(t *testing.T, dir, name, version, real string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o755))
	body := fmt.Sprintf("#!/bin/sh\nif [ \"$1\" = --version ]; then echo '%s (PostgreSQL) %s'; exit 0; fi\n", name, version)
	if real != "" {
		body += fmt.Sprintf("exec %s \"$@\"\n", real)
	} else {
		body += "echo 'a stand-in: never run' >&2; exit 1\n"
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o755))
}

// realTool finds the PostgreSQL program the test server's version ships.
func realTool(t *testing.T, name string) string {
	t.Helper()
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/" + name)
	version := func(p string) int { n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(p)))); return n }
	sort.Slice(matches, func(i, j int) bool { return version(matches[i]) > version(matches[j]) })
	if len(matches) > 0 {
		return matches[0]
	}
	p, err := exec.LookPath(name)
	require.NoError(t, err)
	return p
}

func serverVersion(t *testing.T, url string) int {
	t.Helper()
	var v string
	require.NoError(t, clitest.Connect(t, url).QueryRow(context.Background(), "SHOW server_version_num").Scan(&v))
	n, err := strconv.Atoi(v)
	require.NoError(t, err)
	return n
}

// TestRunRefusesAnOldPgDump: when no pg_dump is as new as the source
// server (stand-ins for UNDERSTUDY_PG_BIN, PATH and the version
// directories, all older), run exits 2 before touching the target, naming
// the server's version, what it found and the package to install.
func TestRunRefusesAnOldPgDump(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	major := serverVersion(t, r.Src) / 10000
	base := t.TempDir()
	old := func(n int) string { return fmt.Sprintf("%d.4", n) }
	fakeTool(t, filepath.Join(base, "pgbin"), "pg_dump", old(major-3), "")
	fakeTool(t, filepath.Join(base, "path"), "pg_dump", old(major-2), "")
	fakeTool(t, filepath.Join(base, "path"), "pg_restore", old(major-2), "")
	fakeTool(t, filepath.Join(base, "lib", strconv.Itoa(major-1), "bin"), "pg_dump", old(major-1), "")
	env := map[string]string{EnvPgBin: filepath.Join(base, "pgbin"), "PATH": filepath.Join(base, "path")}
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"run", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--log-format", "json"},
		&app{stdin: new(bytes.Buffer), stdout: &out, stderr: &errb, getenv: func(k string) string { return env[k] }, pgRoots: []string{filepath.Join(base, "lib", "*", "bin")}})
	stderr := errb.String()
	require.Equal(t, ExitUsage, code, stderr)
	require.Contains(t, stderr, fmt.Sprintf("the source server is PostgreSQL %d.", major))
	require.Contains(t, stderr, fmt.Sprintf("pg_dump must be version %d or later", major))
	require.Contains(t, stderr, fmt.Sprintf("%s is %s, %s is %s, %s is %s)",
		filepath.Join(base, "pgbin", "pg_dump"), old(major-3), filepath.Join(base, "path", "pg_dump"), old(major-2), filepath.Join(base, "lib", strconv.Itoa(major-1), "bin", "pg_dump"), old(major-1)))
	require.Contains(t, stderr, fmt.Sprintf("apt-get install postgresql-client-%d", major))
	require.Contains(t, stderr, `"msg":"the pg_dump of --pg-bin cannot dump the source server`)
	require.Empty(t, r.Databases(t), "the target server was not touched")
	require.NotContains(t, stderr, `"step":"lock"`, "not even locked")
}

// TestRunPgBin: --pg-bin chooses the pg_dump and pg_restore, and the run logs
// which (path and version). Here they wrap the real programs.
func TestRunPgBin(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Pagila())
	dir := filepath.Join(t.TempDir(), "bin")
	fakeTool(t, dir, "pg_dump", "99.1", realTool(t, "pg_dump"))
	fakeTool(t, dir, "pg_restore", "99.1", realTool(t, "pg_restore"))
	res := r.Run(t, "--pg-bin", dir)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, fmt.Sprintf(`"msg":"pg_dump","path":%q,"version":"99.1","pg_restore":%q`, filepath.Join(dir, "pg_dump"), filepath.Join(dir, "pg_restore")))

	res = r.Run(t, "--pg-bin", filepath.Join(t.TempDir(), "nothing-here"), "--terminate-sessions")
	require.Equal(t, ExitUsage, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "holds no pg_dump")
}
