package verify

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// MaxRowKeys is how many row keys a credential finding lists; Rows counts
// them all.
const MaxRowKeys = 10

// Report is the outcome of Check. It never holds a value of the data.
type Report struct {
	Source string `json:"source"` // user@host:port/database
	Target string `json:"target"`
	// Checked is when the check began reading both databases.
	Checked time.Time `json:"checked"`
	// RulesSHA256 is the rules file checked against (rules.Config.SHA256).
	RulesSHA256 string `json:"rules_sha256"`
	// Snapshot is the source snapshot read, when a run handed one over.
	Snapshot string `json:"source_snapshot,omitempty"`

	Integrity []ForeignKeyCheck `json:"integrity"`
	// Checks are the CHECK constraints held NOT VALID in production or in
	// staging; those valid in both hold for every row and are not listed.
	Checks      []CheckConstraintCheck `json:"checks,omitempty"`
	Leaks       []Leak                 `json:"leaks"`
	Credentials []Credential           `json:"credentials"`
	// Residual is personal data found in the sample of a column the rules
	// keep; it fails the check only under verify: { residual: fail }.
	Residual []Residual       `json:"residual"`
	Catalog  []CatalogFinding `json:"catalog"`
	// Notes are checks that could not run, and why.
	Notes []string `json:"notes,omitempty"`
	// OnStream names the checks a run made on its copy stream, as the
	// rows passed (Stream), rather than by reading staging and production
	// again: StreamLeaks, StreamCredentials, StreamResidual. Empty for a
	// full check.
	OnStream []string `json:"on_stream,omitempty"`
	// Drift lists the source's columns that the rules leave uncovered (PII
	// without a rule) or never mention: a migration the rules have not
	// caught up with. It fails the check only when Strict.
	Drift  []string `json:"drift"`
	Strict bool     `json:"strict"`
}

// ForeignKeyCheck is one foreign key, declared or virtual, checked in the
// target.
type ForeignKeyCheck struct {
	Name       string `json:"name"`
	Table      string `json:"table"`
	References string `json:"references"`
	Virtual    bool   `json:"virtual,omitempty"`
	// Validated is pg_constraint.convalidated (always true for a virtual key).
	Validated bool `json:"validated"`
	// Proof is ProofValidated for a key PostgreSQL validated against the
	// copied rows as the run added it, which was not counted again; empty
	// for a key counted by an anti-join.
	Proof string `json:"proof,omitempty"`
	// Rows is the number of rows with a complete reference, Violations the
	// number of them that reference no row (none counted under Proof).
	Rows       int64 `json:"rows"`
	Violations int64 `json:"violations"`
	// DanglingInSource counts the orphans of a virtual key, or of a key
	// NOT VALID in production, whose value references nothing in
	// production either: not violations.
	DanglingInSource int64 `json:"dangling_in_source,omitempty"`
	// NotValidInSource reports that production holds the key NOT VALID:
	// staging may then hold it NOT VALID too, and the orphans it shares
	// with production are not the copy's doing.
	NotValidInSource bool `json:"not_valid_in_source,omitempty"`
	// OrphansInSource counts production's orphans of a key NOT VALID in
	// both production and staging.
	OrphansInSource int64 `json:"orphans_in_source,omitempty"`

	// lookup reads the source to tell the orphans that dangle there too
	// from the copy's.
	lookup sourceLookup[ForeignKeyCheck]
}

// Failed reports whether the key does not hold: some rows reference rows
// that are missing in staging only, or staging holds NOT VALID a key that
// production has validated.
func (c ForeignKeyCheck) Failed() bool {
	return constraintFailed(c.Violations, c.Validated, c.NotValidInSource)
}

// Note says how a key NOT VALID in production was found, or "".
func (c ForeignKeyCheck) Note() string {
	return notValidNote(c.Validated, c.NotValidInSource, "%d orphans there too; staging holds %d of them", c.OrphansInSource, c.DanglingInSource)
}

// CheckConstraintCheck is one CHECK constraint held NOT VALID in
// production or in staging, checked in the target.
type CheckConstraintCheck struct {
	Name       string `json:"name"`
	Table      string `json:"table"`
	Expression string `json:"expression"`
	// Validated is pg_constraint.convalidated in staging.
	Validated bool `json:"validated"`
	// NotValidInSource reports that production holds it NOT VALID.
	NotValidInSource bool `json:"not_valid_in_source,omitempty"`
	// Rows is the number of staging rows checked (none when staging has
	// validated it), Violations the number of them that violate it and
	// whose production row does not.
	Rows       int64 `json:"rows"`
	Violations int64 `json:"violations"`
	// ViolatingInSource counts production's rows that violate it;
	// AsInSource the violating staging rows that violate it in production
	// too: not violations.
	ViolatingInSource int64 `json:"violating_in_source,omitempty"`
	AsInSource        int64 `json:"as_in_source,omitempty"`

	// lookup reads the source to tell the violating rows there from the
	// copy's.
	lookup sourceLookup[CheckConstraintCheck]
}

// Failed reports whether the constraint does not hold: some staging rows
// violate it that do not in production, or staging holds NOT VALID a
// constraint that production has validated.
func (c CheckConstraintCheck) Failed() bool {
	return constraintFailed(c.Violations, c.Validated, c.NotValidInSource)
}

// Note says how a constraint NOT VALID in production was found, or "".
func (c CheckConstraintCheck) Note() string {
	return notValidNote(c.Validated, c.NotValidInSource, "%d violating rows there too; staging holds %d of them", c.ViolatingInSource, c.AsInSource)
}

// sourceLookup reads production, after the target's count, to tell a
// check's violations that production holds too from the copy's (tx reads
// the target, stx the source) and corrects c's counts.
type sourceLookup[C any] func(ctx context.Context, tx, stx pgx.Tx, c *C) error

// constraintFailed is the verdict on a constraint, a foreign key or a
// CHECK: it fails when staging has violations production does not, or
// holds it NOT VALID where production has validated it.
func constraintFailed(violations int64, validated, notValidInSource bool) bool {
	return violations > 0 || (!validated && !notValidInSource)
}

// notValidNote says how a constraint NOT VALID in production was found in
// staging: validated there, or as NOT VALID as in production, with the
// violations both hold (format takes production's count, then staging's).
func notValidNote(validated, notValidInSource bool, format string, inSource, inStaging int64) string {
	switch {
	case !notValidInSource:
		return ""
	case validated:
		return "not valid in production, validated in staging"
	}
	return "not valid in production, " + fmt.Sprintf(format, inSource, inStaging)
}

// Leak is one masked column and how many of its target values equal the
// source value of the same row.
type Leak struct {
	Table  string `json:"table"`
	Column string `json:"column"`
	// Method is "row key" (merge join on the key) or "hashed set" (the
	// table has no row key).
	Method string `json:"method"`
	Rows   int64  `json:"rows"` // target rows compared
	Equal  int64  `json:"equal"`
	// Conditional columns are masked only where a when: condition holds:
	// the rows it does not hold for keep their value on purpose.
	Conditional bool `json:"conditional,omitempty"`
	// Unique reports that every rule of the column is uniqueness-preserving
	// (at least 60 bits of keyed entropy per output): a value equal to its
	// source is then no coincidence. A transformer that picks from a list
	// (a last name, a city) or collapses values (a constant, a mask) maps
	// some values onto themselves by chance.
	Unique bool `json:"unique"`
	// Paths are the JSONPaths a json rule masks: only rows whose source
	// document holds one of them are compared, the others are kept as
	// they are on purpose.
	Paths []string `json:"paths,omitempty"`
}

// CoincidenceShare is the share of compared rows up to which equal values
// of a column whose transformer is not uniqueness-preserving are taken for
// coincidences (a faker drawing a name from a list drew the source's) and
// do not fail the check. A rule removed by hand makes every row equal.
const CoincidenceShare = 0.01

// MethodHashedSet compares a table without a row key as two sets of
// values: a fake equal to any row's source value counts, so even a
// uniqueness-preserving transformer lands on another row's real value by
// chance (an IPv4 permutation over 250,000 addresses, about 15 times).
const MethodHashedSet = "hashed set"

// Failed reports whether the leak fails the check.
func (l Leak) Failed() bool {
	switch {
	case l.Equal == 0 || l.Conditional:
		return false
	case l.Unique && l.Method != MethodHashedSet:
		return true
	}
	return float64(l.Equal) > CoincidenceShare*float64(l.Rows)
}

// Expected says why hits that do not fail the check are expected, or "".
func (l Leak) Expected() string {
	switch {
	case l.Equal == 0 || l.Failed():
		return ""
	case l.Conditional:
		return "expected (conditional rule)"
	case l.Unique:
		return fmt.Sprintf("expected (no row key: compared as sets, a fake may equal another row's value; coincidences up to %g%% of rows)", CoincidenceShare*100)
	}
	return fmt.Sprintf("expected (transformer not unique: coincidences up to %g%% of rows)", CoincidenceShare*100)
}

// Credential is a secret detector's finding in one column of the target.
type Credential struct {
	Table    string `json:"table"`
	Column   string `json:"column"`
	Detector string `json:"detector"`
	// Path is the JSONPath of the finding in a json column.
	Path string `json:"path,omitempty"`
	Rows int64  `json:"rows"`
	// RowKeys are the first MaxRowKeys rows' keys, as the text of a row
	// ("(1)", "(7,en)"), or ctid=(page,item) for a table without a key.
	RowKeys []string `json:"row_keys"`
}

// Categories of catalog findings.
const (
	// CategoryDatabase findings live in the staging database and fail the
	// check.
	CategoryDatabase = "database"
	// CategoryCluster findings (role passwords) belong to the whole server
	// and do not fail the check.
	CategoryCluster = "cluster"
)

// CatalogFinding is a credential in the target's catalog.
type CatalogFinding struct {
	Category string `json:"category"`
	// Kind is subscription, user_mapping, foreign_server, function or
	// role_password.
	Kind     string `json:"kind"`
	Object   string `json:"object"`
	Detector string `json:"detector"`
}

// Failed reports whether the report holds a finding that fails the check.
func (r *Report) Failed() bool { return len(r.Failures()) > 0 }

// Failures names every finding that fails the check, one line each.
func (r *Report) Failures() []string {
	var out []string
	for _, c := range r.Integrity {
		switch {
		case c.Violations > 0:
			out = append(out, fmt.Sprintf("integrity: %s on %s: %d of %d rows reference missing rows of %s", c.Name, c.Table, c.Violations, c.Rows, c.References))
		case c.Failed():
			out = append(out, fmt.Sprintf("integrity: %s on %s is not validated", c.Name, c.Table))
		}
	}
	for _, c := range r.Checks {
		switch {
		case c.Violations > 0:
			out = append(out, fmt.Sprintf("integrity: check %s on %s: %d of %d rows violate it that do not in production", c.Name, c.Table, c.Violations, c.Rows))
		case c.Failed():
			out = append(out, fmt.Sprintf("integrity: check %s on %s is not validated", c.Name, c.Table))
		}
	}
	for _, l := range r.Leaks {
		if l.Failed() {
			out = append(out, fmt.Sprintf("leak: %s.%s: %d of %d rows equal the source", l.Table, l.Column, l.Equal, l.Rows))
		}
	}
	for _, c := range r.Credentials {
		where := c.Table + "." + c.Column
		if c.Path != "" {
			where += " " + c.Path
		}
		out = append(out, fmt.Sprintf("credential: %s: %s in %d rows (rows %s)", where, c.Detector, c.Rows, strings.Join(c.RowKeys, ", ")))
	}
	for _, res := range r.Residual {
		if res.Fails {
			out = append(out, "residual: "+res.String())
		}
	}
	for _, f := range r.Catalog {
		if f.Category == CategoryDatabase {
			out = append(out, fmt.Sprintf("credential: %s %s: %s", f.Kind, f.Object, f.Detector))
		}
	}
	if r.Strict {
		for _, d := range r.Drift {
			out = append(out, "drift: "+d)
		}
	}
	return out
}

// Warnings names every finding worth a reader's attention that does not
// fail the check: residual personal data in kept columns, by default.
func (r *Report) Warnings() []string {
	var out []string
	for _, res := range r.Residual {
		if !res.Fails {
			out = append(out, "residual: "+res.String())
		}
	}
	return out
}

// sortFindings orders the report's lists for stable output.
func sortFindings(rep *Report) {
	sort.SliceStable(rep.Credentials, func(i, j int) bool {
		a, b := rep.Credentials[i], rep.Credentials[j]
		if a.Table != b.Table {
			return a.Table < b.Table
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Detector != b.Detector {
			return a.Detector < b.Detector
		}
		return a.Path < b.Path
	})
}
