package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// metricsFile parses a metrics file as node_exporter's textfile collector
// does, and checks that every series carries only the target's name.
type metricsFile map[string]*dto.MetricFamily

func readMetrics(t *testing.T, path, target string) metricsFile {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	families, err := p.TextToMetricFamilies(f)
	require.NoError(t, err)
	for name, mf := range families {
		require.True(t, strings.HasPrefix(name, "understudy_"), name)
		require.Equal(t, dto.MetricType_GAUGE, mf.GetType(), name)
		for _, m := range mf.Metric {
			require.Equal(t, target, labelValue(m, "target"), "%s: the target database's name", name)
			for _, l := range m.Label {
				require.NotContains(t, l.GetValue(), "postgres://", "no URL in a label")
			}
		}
	}
	return families
}

func labelValue(m *dto.Metric, name string) string {
	for _, l := range m.Label {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}

// value is the value of a metric, selected by one label besides target
// (label "" for none); ok is false when there is no such series.
func (mf metricsFile) value(name, label, value string) (float64, bool) {
	f := mf[name]
	if f == nil {
		return 0, false
	}
	for _, m := range f.Metric {
		if label == "" || labelValue(m, label) == value {
			return m.GetGauge().GetValue(), true
		}
	}
	return 0, false
}

func (mf metricsFile) must(t *testing.T, name, label, value string) float64 {
	t.Helper()
	v, ok := mf.value(name, label, value)
	require.True(t, ok, "%s{%s=%q} is in the file", name, label, value)
	return v
}

func (mf metricsFile) labels(name, label string) []string {
	var out []string
	if f := mf[name]; f != nil {
		for _, m := range f.Metric {
			out = append(out, labelValue(m, label))
		}
	}
	return out
}

// TestRunMetricsFile: --metrics-file writes the textfile collector's
// format after a successful run, a failed one and one that finds the lock
// held, always with the last success carried over, so that an alert on its
// age fires through failures and only through them.
func TestRunMetricsFile(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	dir := t.TempDir()
	path := filepath.Join(dir, "understudy.prom")

	before := time.Now()
	res := r.Run(t, "--metrics-file", path)
	require.Equal(t, 0, res.Code, res.Stderr)
	after := time.Now()
	m := readMetrics(t, path, r.Target)
	start, end := m.must(t, "understudy_last_run_start_timestamp_seconds", "", ""), m.must(t, "understudy_last_run_end_timestamp_seconds", "", "")
	require.InDelta(t, float64(before.UnixNano())/1e9, start, 1)
	require.LessOrEqual(t, start, end)
	require.LessOrEqual(t, end, float64(after.UnixNano())/1e9)
	require.Equal(t, 1.0, m.must(t, "understudy_last_run_success", "", ""))
	require.Equal(t, 0.0, m.must(t, "understudy_last_run_exit_code", "", ""))
	success := m.must(t, "understudy_last_success_timestamp_seconds", "", "")
	require.Equal(t, end, success)
	for _, step := range []string{"snapshot", "lock", "schema", "copy", "post-data", "verify", "manifest", "swap"} {
		require.Greater(t, m.must(t, "understudy_last_run_step_seconds", "step", step), 0.0, step)
	}
	var users, orders int64
	src := clitest.Connect(t, r.Src)
	require.NoError(t, src.QueryRow(ctx, "SELECT (SELECT count(*) FROM public.users), (SELECT count(*) FROM public.orders)").Scan(&users, &orders))
	require.Equal(t, float64(users), m.must(t, "understudy_last_run_table_rows", "table", "public.users"))
	require.Equal(t, float64(orders), m.must(t, "understudy_last_run_table_rows", "table", "public.orders"))
	require.Greater(t, m.must(t, "understudy_last_run_table_bytes", "table", "public.orders"), 100000.0)
	require.Contains(t, m.labels("understudy_last_run_table_rows", "table"), `"Analytics"."Daily Stats"`)
	require.ElementsMatch(t, []string{"foreign_key", "check_constraint", "leak", "credential", "catalog_credential", "drift"}, m.labels("understudy_last_run_verify_findings", "kind"))
	for _, kind := range m.labels("understudy_last_run_verify_findings", "kind") {
		require.Zero(t, m.must(t, "understudy_last_run_verify_findings", "kind", kind), kind)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file left beside it")
	fi, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o644), fi.Mode().Perm(), "node_exporter can read it")

	// A failed verification (a DBA keeps the settings' secrets): exit 4,
	// findings by kind, and the last success is still the first run's.
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	bad := clitest.KeepSettingsSecrets(t, string(data))
	require.NoError(t, os.WriteFile(r.Rules, []byte(bad), 0o644))
	res = r.Run(t, "--metrics-file", path, "--terminate-sessions")
	require.Equal(t, 4, res.Code, res.Stderr)
	m = readMetrics(t, path, r.Target)
	require.Equal(t, 0.0, m.must(t, "understudy_last_run_success", "", ""))
	require.Equal(t, 4.0, m.must(t, "understudy_last_run_exit_code", "", ""))
	require.InDelta(t, success, m.must(t, "understudy_last_success_timestamp_seconds", "", ""), 1e-6, "carried over")
	require.Greater(t, m.must(t, "understudy_last_run_end_timestamp_seconds", "", ""), end)
	require.Greater(t, m.must(t, "understudy_last_run_verify_findings", "kind", "credential"), 0.0)
	require.Zero(t, m.must(t, "understudy_last_run_verify_findings", "kind", "foreign_key"))
	_, swapped := m.value("understudy_last_run_step_seconds", "step", "swap")
	require.False(t, swapped, "the steps it finished only")
	require.NoError(t, os.WriteFile(r.Rules, data, 0o644))

	// Another refresh holds the lock: exit 3, written all the same.
	admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
	require.Eventually(t, func() bool {
		// The last run's session ends on the server a moment after it
		// closed it.
		var ok bool
		require.NoError(t, admin.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", lockKeyFor(r.Target)).Scan(&ok))
		return ok
	}, 10*time.Second, 50*time.Millisecond)
	res = r.Run(t, "--metrics-file", path)
	require.Equal(t, 3, res.Code, res.Stderr)
	m = readMetrics(t, path, r.Target)
	require.Equal(t, 3.0, m.must(t, "understudy_last_run_exit_code", "", ""))
	require.Equal(t, 0.0, m.must(t, "understudy_last_run_success", "", ""))
	require.InDelta(t, success, m.must(t, "understudy_last_success_timestamp_seconds", "", ""), 1e-6)
	require.Greater(t, m.must(t, "understudy_last_run_step_seconds", "step", "snapshot"), 0.0)
	_, locked := m.value("understudy_last_run_step_seconds", "step", "lock")
	require.False(t, locked)
	_, err = admin.Exec(ctx, "SELECT pg_advisory_unlock_all()")
	require.NoError(t, err)

	// A rules file with errors (exit 2), and a file whose directory is
	// missing: the run's exit code is its own.
	fresh := filepath.Join(t.TempDir(), "fresh.prom")
	broken := filepath.Join(t.TempDir(), "broken.yaml")
	require.NoError(t, os.WriteFile(broken, []byte("version: 1\nworkers: none\n"), 0o644))
	res = understudy(t, "run", "--config", broken, "--target", r.Tgt, "--metrics-file", fresh, "--log-format", "json")
	require.Equal(t, 2, res.Code, res.Stderr)
	m = readMetrics(t, fresh, r.Target)
	require.Equal(t, 2.0, m.must(t, "understudy_last_run_exit_code", "", ""))
	require.Equal(t, 0.0, m.must(t, "understudy_last_success_timestamp_seconds", "", ""), "no success known")

	res = r.Run(t, "--metrics-file", filepath.Join(t.TempDir(), "missing", "understudy.prom"), "--terminate-sessions")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "could not write the metrics file")
}
