package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

func TestExitCodes(t *testing.T) {
	t.Parallel()
	url := pgtest.Database(t, pgtest.Pagila())
	cases := []struct {
		name string
		args []string
		env  map[string]string
		code int
		want string
	}{
		{"ok", []string{"inspect", "--source", url}, nil, ExitOK, ""},
		{"env", []string{"inspect"}, map[string]string{EnvSource: url}, ExitOK, ""},
		{"no source", []string{"inspect"}, nil, ExitUsage, "pass --source or set UNDERSTUDY_SOURCE_URL"},
		{"bad format", []string{"inspect", "--source", url, "--format", "yaml"}, nil, ExitUsage, `--format "yaml": want text or json`},
		{"bad flag", []string{"inspect", "--nope"}, nil, ExitUsage, "unknown flag: --nope\nRun 'understudy inspect --help' for usage."},
		{"flag without value", []string{"lint", "--config"}, nil, ExitUsage, "flag needs an argument: --config\nRun 'understudy lint --help' for usage."},
		{"argument", []string{"inspect", "extra"}, nil, ExitUsage, `unknown command "extra" for "understudy inspect"` + "\nRun 'understudy inspect --help' for usage."},
		{"unknown command", []string{"inspcet"}, nil, ExitUsage, "unknown command \"inspcet\" for \"understudy\"\n\nDid you mean this?\n\tinspect\nRun 'understudy --help' for usage."},
		{"no command", []string{}, nil, ExitOK, ""},
		{"bad url", []string{"inspect", "--source", "postgres://app:hunter2@host:port/db"}, nil, ExitUsage, "source connection string"},
		{"refused", []string{"inspect", "--source", "postgres://app:hunter2@127.0.0.1:1/db?connect_timeout=2"}, nil, ExitFailure, "connection refused"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var out, errb bytes.Buffer
			getenv := func(k string) string { return c.env[k] }
			code := run(context.Background(), c.args, &app{stdin: new(bytes.Buffer), stdout: &out, stderr: &errb, getenv: getenv})
			require.Equal(t, c.code, code, "stderr: %s", errb.String())
			require.Contains(t, errb.String(), c.want)
			if c.code == ExitUsage && !strings.Contains(c.want, "unknown") && !strings.Contains(c.want, "flag") {
				require.NotContains(t, errb.String(), "--help' for usage", "only a mistake in the command line points to --help")
			}
			require.NotContains(t, errb.String()+out.String(), "hunter2")
		})
	}
}

func TestInterruptedExitCode(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"inspect", "--source", "postgres://u@127.0.0.1:1/db"}, &app{stdin: new(bytes.Buffer), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }})
	require.Equal(t, ExitInterrupted, code, errb.String())
}

// TestExitCodeByType: the one mapping from error to exit code reads types,
// wrapped or not, never message text.
func TestExitCodeByType(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, c := range []struct {
		err  error
		code int
	}{
		{nil, ExitOK},
		{errors.New("unknown flag: --looks-like-usage"), ExitFailure},
		{&UsageError{Msg: "x"}, ExitUsage},
		{fmt.Errorf("wrapped: %w", &UsageError{Msg: "x", CommandLine: true}), ExitUsage},
		{&pipeline.LockHeldError{Target: "staging"}, ExitLocked},
		{fmt.Errorf("run: %w", &pipeline.VerifyFailedError{Record: &verify.Record{Failures: []string{"leak"}}}), ExitCheckFailed},
		{&pipeline.RulesError{}, ExitUsage},
		{fmt.Errorf("lock: %w", &pipeline.MissingExtensionsError{Missing: []pipeline.MissingExtension{{Name: "postgis", Version: "3.3.2"}}}), ExitUsage},
		{fmt.Errorf("snapshot: %w", &pipeline.PgDumpError{ServerVersion: 170002}), ExitUsage},
		{&exitError{code: 7}, 7},
	} {
		require.Equal(t, c.code, exitCode(ctx, c.err), "%v", c.err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	require.Equal(t, ExitInterrupted, exitCode(cancelled, errors.New("context canceled")))
	require.Equal(t, ExitLocked, exitCode(cancelled, &pipeline.LockHeldError{Target: "staging"}))
}
