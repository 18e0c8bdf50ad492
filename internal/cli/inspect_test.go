package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// stable zeroes what varies between two loads of the same data (sizes,
// planner estimates, OIDs), so the golden file holds only the schema.
func stable(m *schema.Model) *schema.Model {
	for _, t := range m.Tables {
		t.RowEstimate, t.Bytes, t.TotalBytes, t.OID = 1000, 8192, 16384, 0
	}
	m.Database = "db"
	return m
}

func TestInspectTextGolden(t *testing.T) {
	t.Parallel()
	for name, fx := range map[string]pgtest.Fixture{"pagila": pgtest.Pagila(), "acme": pgtest.Acme("0.05")} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m, err := inspectSource(context.Background(), pgtest.Database(t, fx))
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", "golden", "inspect-"+name+".txt"), []byte(renderInspectText(stable(m))))
		})
	}
}

func TestInspectJSONRoundTrips(t *testing.T) {
	t.Parallel()
	m, err := inspectSource(context.Background(), pgtest.Database(t, pgtest.Pagila()))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, renderInspectJSON(&buf, m))
	var r struct {
		Fingerprint string
		Model       schema.Model
		LoadOrder   []schema.Name `json:"load_order"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &r))
	require.Equal(t, m.Fingerprint(), r.Fingerprint)
	require.Len(t, r.Model.Tables, len(m.Tables))
	require.Len(t, r.LoadOrder, len(m.Tables))
	require.Equal(t, m.Table(schema.Name{Schema: "public", Name: "film"}).Column("rating").Type.EnumLabels,
		r.Model.Table(schema.Name{Schema: "public", Name: "film"}).Column("rating").Type.EnumLabels)
}

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
		{"bad flag", []string{"inspect", "--nope"}, nil, ExitUsage, "unknown flag: --nope"},
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
