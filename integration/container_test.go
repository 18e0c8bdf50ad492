package integration

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// containerTool returns docker or podman when one can build images here,
// or skips saying why not.
func containerTool(t *testing.T) string {
	t.Helper()
	var why []string
	for _, name := range []string{"docker", "podman"} {
		path, err := exec.LookPath(name)
		if err != nil {
			why = append(why, name+" is not installed")
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		out, err := exec.CommandContext(ctx, path, "info").CombinedOutput()
		cancel()
		if err != nil {
			// The reason is the last line (docker prints its client's
			// details first).
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			why = append(why, fmt.Sprintf("%s is installed but cannot build (%s info: %s)", name, name, strings.TrimSpace(lines[len(lines)-1])))
			continue
		}
		return path
	}
	t.Skipf("the Dockerfile is not built here: %s; make image builds it where docker or podman works", strings.Join(why, "; "))
	return ""
}

// TestContainerImage builds the Dockerfile with the PostgreSQL client
// tools of the test server's major version, and refreshes a staging
// database with the image: the binary is static and runs, its pg_dump is
// the major version asked for, and a whole run (pg_dump and psql from the
// image, pg_query in the binary) succeeds against a real server.
func TestContainerImage(t *testing.T) {
	tool := containerTool(t)
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	conn := clitest.Connect(t, r.Src)
	var serverVersion int
	require.NoError(t, conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&serverVersion))
	major := fmt.Sprint(serverVersion / 10000)

	tag := fmt.Sprintf("understudy-test:%d", time.Now().UnixNano())
	build := exec.CommandContext(ctx, tool, "build", "--build-arg", "PG_MAJOR="+major, "--build-arg", "VERSION=container-test", "-t", tag, pgtest.RepoRoot())
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s build: %s", tool, out)
	t.Cleanup(func() { _ = exec.Command(tool, "rmi", "-f", tag).Run() })

	out, err = exec.CommandContext(ctx, tool, "run", "--rm", tag, "--version").CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), "container-test")
	out, err = exec.CommandContext(ctx, tool, "run", "--rm", "--entrypoint", "pg_dump", tag, "--version").CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), "(PostgreSQL) "+major+".")

	// A refresh from the container, on the host's network (the test server
	// listens on localhost), as the test's user, which can read the rules
	// file and the secret file the refresh wrote.
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	secretFile := ""
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "secret_file: "); ok {
			secretFile = v
		}
	}
	require.NotEmpty(t, secretFile)
	rulesDir, secretDir := filepath.Dir(r.Rules), filepath.Dir(secretFile)
	out, err = exec.CommandContext(ctx, tool, "run", "--rm", "--network", "host", "--user", fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid()),
		"-v", rulesDir+":"+rulesDir+":ro", "-v", secretDir+":"+secretDir+":ro",
		tag, "run", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--log-format", "json").CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), `"msg":"refresh done"`)
	lines := historyLines(t, r.Tgt)
	require.Len(t, lines, 1)
	require.Contains(t, lines[0], " passed ")
	require.Contains(t, lines[0], "swapped")
}
