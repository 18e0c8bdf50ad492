// Package subset computes a referentially consistent sample of a database:
// the rows of some root tables, every row they reference (always), and the
// rows that reference them (as configured), to a fixed point, read under one
// snapshot. The result is a key set per table, held in memory, never written
// to the source; the pipeline copies exactly those rows.
//
// Rows reach the sample in three ways, and the plan counts each:
//
//   - roots: the rows a root's where/percent/limit chooses;
//   - children: the rows that reference a root or a child row, through an
//     edge whose policy is all or limit N;
//   - parents: the rows that any selected row references. A row pulled in
//     only as a parent does not bring its own children, so a sample does not
//     grow into the whole database through a shared lookup row.
//
// percent and limit choose rows by a keyed hash of their key (keyed with the
// run's secret): the same production rows are chosen every night, and a row
// stays in the sample for as long as it exists and matches.
package subset

import (
	"fmt"

	"github.com/understudy/understudy/schema"
)

// Spec is what to sample. The rules file's subset section is translated to
// it by the caller.
type Spec struct {
	Roots []Root `json:"roots,omitempty"`
	// Full tables are copied whole; their rows still bring their parents.
	Full []schema.Name `json:"full,omitempty"`
	// Exclude tables are copied empty.
	Exclude []schema.Name `json:"exclude,omitempty"`
	// Children is the default policy for the rows that reference a selected
	// row (all, when unset).
	Children *Policy `json:"children,omitempty"`
	// Tables set the children policy of one table's rows: the policy of
	// every edge that points at it, unless an edge rule says otherwise.
	Tables []TablePolicy `json:"tables,omitempty"`
	// Edges override the policy of one reference.
	Edges []Edge `json:"edges,omitempty"`
	// Virtual are references the schema does not declare.
	Virtual []VirtualFK `json:"virtual_foreign_keys,omitempty"`
}

// TablePolicy is the children policy of one table's rows.
type TablePolicy struct {
	Table    schema.Name `json:"table"`
	Children Policy      `json:"children"`
}

// Root selects the rows a sample starts from.
type Root struct {
	Table schema.Name `json:"table"`
	// Where is one SQL boolean expression over the table's columns; it is
	// parsed, never spliced as text.
	Where string `json:"where,omitempty"`
	// Percent keeps that share of the rows (0 < Percent <= 100), chosen by a
	// keyed hash of the key; 0 keeps all.
	Percent float64 `json:"percent,omitempty"`
	// Limit keeps at most that many rows: the first in Order when Order is
	// set, else those with the smallest keyed hash.
	Limit int64 `json:"limit,omitempty"`
	// Order is "column [ASC|DESC] [NULLS FIRST|LAST]", most significant
	// first.
	Order []string `json:"order,omitempty"`
}

// Mode is a children policy.
type Mode string

// The children policies.
const (
	All   Mode = "all"
	None  Mode = "none"
	Limit Mode = "limit"
)

// Policy says which of a selected row's children come along.
type Policy struct {
	Mode Mode `json:"mode"`
	// N is the number of children per parent, for Limit.
	N int64 `json:"n,omitempty"`
}

func (p Policy) String() string {
	if p.Mode == Limit {
		return fmt.Sprintf("limit %d", p.N)
	}
	return string(p.Mode)
}

// Edge overrides the policy of the references from Table(Columns...), a
// foreign key or a virtual one.
type Edge struct {
	Table   schema.Name `json:"table"`
	Columns []string    `json:"columns"`
	// Children, when set, replaces the policy.
	Children *Policy `json:"children,omitempty"`
	// DanglingNull sets the reference to NULL when its parent is not in the
	// sample, instead of pulling the parent in. The columns must be
	// nullable.
	DanglingNull bool `json:"dangling_null,omitempty"`
}

// VirtualFK is a reference the schema does not declare: From(FromColumns)
// references To(ToColumns), for the rows where Where holds (a polymorphic
// reference: commentable_type = 'Post').
type VirtualFK struct {
	From        schema.Name `json:"from"`
	FromColumns []string    `json:"from_columns"`
	To          schema.Name `json:"to"`
	ToColumns   []string    `json:"to_columns"`
	Where       string      `json:"where,omitempty"`
}

// WholeSpec is the spec of a copy without sampling: every table of m whole.
// A partition is not listed, since its rows are its partitioned table's;
// an inheritance child is, since it is a table of its own.
func WholeSpec(m *schema.Model) *Spec {
	spec := &Spec{}
	for _, t := range m.Tables {
		if t.Kind != schema.KindPartition {
			spec.Full = append(spec.Full, t.Name)
		}
	}
	return spec
}

// DependsOnSecret reports whether the rows s chooses depend on the secret
// (Options.Secret), that is, whether the keyed hash chooses any of them: a
// root with a percent below 100, or a limit without an order, or a limit N
// children policy (the default, a table's or an edge's). When it reports
// false, the same database gives the same sample under any secret, or
// none. It reads the spec alone, so it may report true where the hash ends
// up choosing nothing (limit N towards a table without a key, which brings
// all its rows). A nil Spec depends on nothing.
func (s *Spec) DependsOnSecret() bool {
	if s == nil {
		return false
	}
	for _, r := range s.Roots {
		if (r.Percent > 0 && r.Percent < 100) || (r.Limit > 0 && len(r.Order) == 0) {
			return true
		}
	}
	if s.Children != nil && s.Children.Mode == Limit {
		return true
	}
	for _, t := range s.Tables {
		if t.Children.Mode == Limit {
			return true
		}
	}
	for _, e := range s.Edges {
		if e.Children != nil && e.Children.Mode == Limit {
			return true
		}
	}
	return false
}
