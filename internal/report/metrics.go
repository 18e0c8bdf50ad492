package report

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/verify"
)

// RunMetrics is what a run's metrics file says about it, for node_exporter's
// textfile collector.
type RunMetrics struct {
	// Target is the staging database's name: the label of every metric
	// (never a URL, which may carry a password). Empty when the run
	// stopped before it knew its target.
	Target          string
	Started, Ended  time.Time
	ExitCode        int
	Manifest        *pipeline.Manifest // nil: the run stopped before it began
	Verify          *verify.Record     // nil: not verified
	PreviousSuccess time.Time          // the last success before this run; zero: none known
}

// Metric names. Every one carries the label target.
const (
	MetricStart       = "understudy_last_run_start_timestamp_seconds"
	MetricEnd         = "understudy_last_run_end_timestamp_seconds"
	MetricSuccess     = "understudy_last_run_success"
	MetricExitCode    = "understudy_last_run_exit_code"
	MetricLastSuccess = "understudy_last_success_timestamp_seconds"
	MetricStepSeconds = "understudy_last_run_step_seconds"
	MetricTableRows   = "understudy_last_run_table_rows"
	MetricTableBytes  = "understudy_last_run_table_bytes"
	MetricFindings    = "understudy_last_run_verify_findings"
)

// FindingKinds are the values of the kind label of MetricFindings, one
// per check of verify.
var FindingKinds = []string{"foreign_key", "check_constraint", "leak", "credential", "catalog_credential", "drift"}

// Metrics gathers a run's metrics in a registry of their own, to be
// written with prometheus.WriteToTextfile.
func Metrics(m RunMetrics) *prometheus.Registry {
	reg := prometheus.NewRegistry()
	target := prometheus.Labels{"target": m.Target}
	gauge := func(name, help string) prometheus.Gauge {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help, ConstLabels: target})
		reg.MustRegister(g)
		return g
	}
	vec := func(name, help, label string) *prometheus.GaugeVec {
		v := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help, ConstLabels: target}, []string{label})
		reg.MustRegister(v)
		return v
	}
	gauge(MetricStart, "When the last run started (Unix time).").Set(unix(m.Started))
	gauge(MetricEnd, "When the last run ended (Unix time).").Set(unix(m.Ended))
	success := gauge(MetricSuccess, "1 when the last run refreshed staging, 0 when it failed or another run held the lock.")
	gauge(MetricExitCode, "The last run's exit code: 0 ok, 1 runtime failure, 2 configuration, 3 another refresh holds the lock, 4 verification failed, 130 interrupted.").Set(float64(m.ExitCode))
	last := m.PreviousSuccess
	if m.ExitCode == 0 {
		success.Set(1)
		last = m.Ended
	}
	gauge(MetricLastSuccess, "When a run last refreshed staging (Unix time; 0: never, as far as this file knows). Alert on time() minus this.").Set(unix(last))

	if mf := m.Manifest; mf != nil {
		steps := vec(MetricStepSeconds, "Seconds each step of the last run took (the steps it finished).", "step")
		for _, s := range mf.Steps {
			steps.WithLabelValues(string(s.Step)).Add(s.Seconds)
		}
		rows := vec(MetricTableRows, "Rows the last run wrote into each table.", "table")
		bytes := vec(MetricTableBytes, "Bytes of each table's COPY stream from the source in the last run.", "table")
		for _, t := range mf.Tables {
			rows.WithLabelValues(t.Table).Set(float64(t.RowsWritten))
			bytes.WithLabelValues(t.Table).Set(float64(t.Bytes))
		}
	}
	if m.Verify != nil {
		findings := vec(MetricFindings, "Findings of the last run's verification of the new copy, by kind (0 for each kind when it passed).", "kind")
		s := m.Verify.Summary
		drift := 0
		if s.DriftFailed {
			drift = s.Drift
		}
		count := map[string]int{"foreign_key": s.ForeignKeysFailed, "check_constraint": s.ChecksFailed, "leak": s.LeaksFailed,
			"credential": s.Credentials, "catalog_credential": s.CatalogFailed, "drift": drift}
		for _, kind := range FindingKinds {
			findings.WithLabelValues(kind).Set(float64(count[kind]))
		}
	}
	return reg
}

// WriteMetrics writes a run's metrics to path in Prometheus' text format,
// atomically (a file beside it, renamed over it), readable by all, as
// node_exporter's textfile collector reads it.
func WriteMetrics(path string, m RunMetrics) error {
	if err := prometheus.WriteToTextfile(path, Metrics(m)); err != nil {
		return fmt.Errorf("write the metrics file: %w", err)
	}
	return nil
}

// unix is t as Unix seconds; 0 for the zero time.
func unix(t time.Time) float64 {
	if t.IsZero() {
		return 0
	}
	return float64(t.UnixNano()) / 1e9
}

// LastSuccess reads the time of the last success of target from a
// metrics file an earlier run wrote, so that a failed run carries it on:
// an alert on its age keeps firing through failures. A missing file is no
// success known (zero time, no error).
func LastSuccess(path, target string) (time.Time, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	defer f.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	families, err := p.TextToMetricFamilies(f)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", path, err)
	}
	mf := families[MetricLastSuccess]
	if mf == nil {
		return time.Time{}, nil
	}
	for _, m := range mf.Metric {
		if label(m, "target") == target && m.GetGauge() != nil {
			if v := m.GetGauge().GetValue(); v > 0 {
				sec, frac := math.Modf(v)
				return time.Unix(int64(sec), int64(math.Round(frac*1e9))).UTC(), nil
			}
		}
	}
	return time.Time{}, nil
}

func label(m *dto.Metric, name string) string {
	for _, l := range m.Label {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}
