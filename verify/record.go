package verify

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Phases of a Record: when the check ran.
const (
	// PhaseBeforeSwap is the check a run makes of <target>__next before
	// the swap.
	PhaseBeforeSwap = "before swap"
	// PhaseOnDemand is a check of staging made later, by understudy verify.
	PhaseOnDemand = "on demand"
)

// Record is a report as kept for an audit, with its outcome decided when
// it was checked: what `understudy verify --format json` prints, what a run
// stores with its manifest, and what `understudy report` embeds. Like the
// Report, it never holds a value of the data.
type Record struct {
	*Report
	Passed   bool     `json:"passed"`
	Failures []string `json:"failures"`
	// Warnings are findings that do not fail the check (residual personal
	// data in kept columns, unless the rules make it fail).
	Warnings []string `json:"warnings,omitempty"`
	Summary  Summary  `json:"summary"`
	// Phase is PhaseBeforeSwap or PhaseOnDemand; empty when the report was
	// only printed.
	Phase string `json:"phase,omitempty"`
}

// NewRecord records rep with its outcome.
func NewRecord(rep *Report, phase string) *Record {
	fails := rep.Failures()
	if fails == nil {
		fails = []string{}
	}
	return &Record{Report: rep, Passed: len(fails) == 0, Failures: fails, Warnings: rep.Warnings(), Summary: rep.Summarize(), Phase: phase}
}

// ParseRecord reads a record as NewRecord's JSON encoding writes it. It
// refuses a document that is not a verify report, so a manifest or a
// coverage report given by mistake is named as such.
func ParseRecord(data []byte) (*Record, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("not a verify report: %w", err)
	}
	for _, key := range []string{"integrity", "leaks", "credentials", "passed"} {
		if _, ok := probe[key]; !ok {
			return nil, fmt.Errorf("not a verify report (understudy verify --format json): no %q", key)
		}
	}
	rec := &Record{Report: &Report{}}
	if err := json.Unmarshal(data, rec); err != nil {
		return nil, fmt.Errorf("verify report: %w", err)
	}
	if rec.Report == nil {
		return nil, errors.New("verify report: empty")
	}
	if rec.Failures == nil {
		rec.Failures = []string{}
	}
	if _, ok := probe["summary"]; !ok {
		rec.Summary = rec.Report.Summarize()
	}
	return rec, nil
}

// Summary counts what a report checked and what failed, for one line of
// history.
type Summary struct {
	ForeignKeys       int   `json:"foreign_keys"`
	ForeignKeysFailed int   `json:"foreign_keys_failed"`
	Violations        int64 `json:"violations"`
	// Checks counts the CHECK constraints listed (those NOT VALID in
	// production or staging), ChecksFailed those that fail.
	Checks        int `json:"checks,omitempty"`
	ChecksFailed  int `json:"checks_failed,omitempty"`
	MaskedColumns int `json:"masked_columns"`
	LeaksFailed   int `json:"leaks_failed"`
	// Credentials counts the findings in the data, CatalogFailed those in
	// the database's catalog (both fail the check); CatalogCluster counts
	// the cluster-wide ones, which do not.
	Credentials    int `json:"credentials"`
	CatalogFailed  int `json:"catalog_failed"`
	CatalogCluster int `json:"catalog_cluster"`
	// Drift counts the columns the rules leave uncovered or never mention;
	// DriftFailed is true when they fail the check (Strict).
	Drift       int  `json:"drift"`
	DriftFailed bool `json:"drift_failed"`
	// Residual counts the findings of personal data in kept columns,
	// ResidualFailed those that fail the check (verify: { residual: fail }).
	Residual       int `json:"residual,omitempty"`
	ResidualFailed int `json:"residual_failed,omitempty"`
}

// Summarize counts the report's checks and failures.
func (r *Report) Summarize() Summary {
	s := Summary{ForeignKeys: len(r.Integrity), MaskedColumns: len(r.Leaks), Credentials: len(r.Credentials),
		Drift: len(r.Drift), DriftFailed: r.Strict && len(r.Drift) > 0}
	for _, c := range r.Integrity {
		if c.Failed() {
			s.ForeignKeysFailed++
		}
		s.Violations += c.Violations
	}
	s.Checks = len(r.Checks)
	for _, c := range r.Checks {
		if c.Failed() {
			s.ChecksFailed++
		}
		s.Violations += c.Violations
	}
	for _, l := range r.Leaks {
		if l.Failed() {
			s.LeaksFailed++
		}
	}
	s.Residual = len(r.Residual)
	for _, res := range r.Residual {
		if res.Fails {
			s.ResidualFailed++
		}
	}
	for _, f := range r.Catalog {
		if f.Category == CategoryDatabase {
			s.CatalogFailed++
		} else {
			s.CatalogCluster++
		}
	}
	return s
}

// Failed lists the failing checks with their counts ("2 foreign keys, 1
// leaking column"), or nothing when all passed.
func (s Summary) Failed() []string {
	var out []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			out = append(out, "1 "+one)
		case n > 1:
			out = append(out, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(s.ForeignKeysFailed, "foreign key", "foreign keys")
	add(s.ChecksFailed, "check constraint", "check constraints")
	add(s.LeaksFailed, "leaking column", "leaking columns")
	add(s.Credentials, "credential", "credentials")
	add(s.CatalogFailed, "catalog credential", "catalog credentials")
	add(s.ResidualFailed, "finding of personal data in a kept column", "findings of personal data in kept columns")
	if s.DriftFailed {
		add(s.Drift, "drifted column", "drifted columns")
	}
	return out
}

// Outcome is the record's result in a few words: "passed", or "failed: "
// and the failing checks with their counts.
func (r *Record) Outcome() string {
	if r.Passed {
		return "passed"
	}
	if f := r.Summary.Failed(); len(f) > 0 {
		return "failed: " + strings.Join(f, ", ")
	}
	return fmt.Sprintf("failed: %d findings", len(r.Failures))
}
