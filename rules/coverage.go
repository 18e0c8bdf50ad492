package rules

import (
	"fmt"

	"github.com/understudy/understudy/schema"
	"sort"
	"strings"

	"github.com/understudy/understudy/anonymize"
)

// Coverage is the audit view of a Plan: for every column of every table,
// its classification, its rule and its status, with totals. It is what the
// report command renders, and it is stable: the same rules and schema give
// the same Coverage.
type Coverage struct {
	RulesFile         string `json:"rules_file"`
	RulesSHA256       string `json:"rules_sha256"`
	Database          string `json:"database"`
	SchemaFingerprint string `json:"schema_fingerprint"`
	Totals            Totals `json:"totals"`
	// Subset, when the rules take a sample, says how: one line per root,
	// full or excluded table, policy, reference set to NULL when its
	// parent is not in the sample, and virtual foreign key.
	Subset []string         `json:"subset,omitempty"`
	Tables []*TableCoverage `json:"tables"`
}

// Totals counts columns by status.
type Totals struct {
	Columns    int `json:"columns"`
	Masked     int `json:"masked"`
	Kept       int `json:"kept"`
	Scrubbed   int `json:"scrubbed"`
	Excluded   int `json:"excluded"`
	Generated  int `json:"generated"`
	Uncovered  int `json:"uncovered"`
	Unreviewed int `json:"unreviewed"`
	// Sensitive counts columns classified as anything but none.
	Sensitive int `json:"sensitive"`
}

func (t *Totals) add(s Status, sensitive bool) {
	t.Columns++
	if sensitive {
		t.Sensitive++
	}
	switch s {
	case Masked:
		t.Masked++
	case Kept:
		t.Kept++
	case Scrubbed:
		t.Scrubbed++
	case Excluded:
		t.Excluded++
	case Generated:
		t.Generated++
	case Uncovered:
		t.Uncovered++
	case Unreviewed:
		t.Unreviewed++
	}
}

// TableCoverage is one table of the coverage report.
type TableCoverage struct {
	Table    string            `json:"table"`
	Kind     string            `json:"kind"`
	Excluded bool              `json:"excluded,omitempty"`
	Full     bool              `json:"full,omitempty"`
	Totals   Totals            `json:"totals"`
	Columns  []*ColumnCoverage `json:"columns"`
}

// ColumnCoverage is one column of the coverage report.
type ColumnCoverage struct {
	Column   string `json:"column"`
	Type     string `json:"type"`
	Category string `json:"category"`
	// Evidence are the reasons for the category, then those against it
	// ("against: ..."); Score is the classifier's confidence in it.
	Evidence []string `json:"evidence,omitempty"`
	Score    float64  `json:"score,omitempty"`
	Status   Status   `json:"status"`
	// Rule is the rule in words, e.g. "email (domain email)".
	Rule string `json:"rule,omitempty"`
	// Origin is where the rule comes from, with its position.
	Origin        string `json:"origin,omitempty"`
	Deterministic bool   `json:"deterministic,omitempty"`
	Uniqueness    string `json:"uniqueness,omitempty"`
	// Suggested is the classifier's suggestion for an uncovered column.
	Suggested string `json:"suggested,omitempty"`
}

// Coverage builds the audit view of the plan.
func (p *Plan) Coverage() *Coverage {
	c := &Coverage{RulesFile: p.Config.Path, RulesSHA256: p.Config.SHA256, Database: p.Model.Database, SchemaFingerprint: p.Model.Fingerprint(),
		Subset: subsetLines(p.Config.Subset)}
	for _, tp := range p.Tables {
		tc := &TableCoverage{Table: tp.Table.Name.String(), Kind: string(tp.Table.Kind), Excluded: tp.Excluded, Full: tp.Full}
		for _, cp := range tp.Columns {
			cc := &ColumnCoverage{
				Column:   cp.Column.Name,
				Type:     cp.Column.Type.Display,
				Category: string(cp.Class.Category),
				Evidence: classEvidence(cp.Class),
				Score:    cp.Class.Score,
				Status:   cp.Status,
			}
			if cp.Origin != "" {
				cc.Origin = cp.Origin
				if cp.OriginPos.Line > 0 {
					cc.Origin += " at " + cp.OriginPos.String()
				}
			}
			if len(cp.Rules) > 0 {
				cc.Rule = describeRuleList(cp.Rules)
				cc.Deterministic = true
				uniq := anonymize.Preserving
				for _, ar := range cp.Rules {
					if ar.Compiled == nil {
						continue
					}
					if !ar.Compiled.Deterministic() {
						cc.Deterministic = false
					}
					uniq = weaker(uniq, ar.Compiled.Uniqueness())
				}
				if len(cp.Rules) > 1 || cp.Rules[0].When != nil {
					// Rows no condition matches keep their value.
					uniq = weaker(uniq, anonymize.NotGuaranteed)
				}
				cc.Uniqueness = uniquenessName(uniq)
			}
			if cp.Status == Uncovered {
				cc.Suggested = classSuggestion(cp.Class)
			}
			tc.Totals.add(cp.Status, cp.Class.Category.Sensitive())
			c.Totals.add(cp.Status, cp.Class.Category.Sensitive())
			tc.Columns = append(tc.Columns, cc)
		}
		c.Tables = append(c.Tables, tc)
	}
	return c
}

// weaker returns the weaker of two uniqueness classes.
func weaker(a, b anonymize.Uniqueness) anonymize.Uniqueness {
	rank := func(u anonymize.Uniqueness) int {
		switch u {
		case anonymize.Preserving:
			return 2
		case anonymize.NotGuaranteed:
			return 1
		}
		return 0
	}
	if rank(b) < rank(a) {
		return b
	}
	return a
}

// uniquenessName is the class's name in words: "not guaranteed" for
// anonymize's not_guaranteed.
func uniquenessName(u anonymize.Uniqueness) string {
	return strings.ReplaceAll(u.String(), "_", " ")
}

func describeRuleList(rs []*AppliedRule) string {
	var parts []string
	for _, ar := range rs {
		s := describeApplied1(ar)
		if ar.When != nil {
			s += " when " + ar.When.String()
		}
		parts = append(parts, s)
	}
	if len(rs) > 0 && rs[len(rs)-1].When != nil {
		parts = append(parts, "otherwise keep")
	}
	return strings.Join(parts, "; ")
}

func describeApplied1(ar *AppliedRule) string {
	if ar.Rule != nil && ar.Rule.Keep {
		return "keep"
	}
	s := ar.Transform
	keys := make([]string, 0, len(ar.Params))
	for k := range ar.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var ps []string
	for _, k := range keys {
		ps = append(ps, fmt.Sprintf("%s: %v", k, ar.Params[k]))
	}
	if len(ps) > 0 {
		s += " {" + strings.Join(ps, ", ") + "}"
	}
	if ar.Compiled != nil && ar.Compiled.Keyed() && ar.Compiled.Domain() != "" {
		s += " (domain " + ar.Compiled.Domain() + ")"
	}
	return s
}

// StrictFindings lists, as errors, every column lint --strict fails on: PII
// or secrets no rule covers, and columns the rules file does not mention.
// Each points at the table's entry in the rules file when it has one.
func StrictFindings(p *Plan) Diagnostics {
	tablePos := map[string]Pos{}
	for _, tr := range p.Config.Tables {
		tablePos[tr.Name.String()] = tr.Pos
	}
	var out Diagnostics
	for _, tp := range p.Tables {
		if tp.Table.Kind == schema.KindPartition {
			continue // its parent's columns are reported, and partitions share them
		}
		pos, ok := tablePos[tp.Table.Name.String()]
		if !ok {
			pos = Pos{File: p.Config.Path}
		}
		for _, cp := range tp.Columns {
			col := tp.Table.Name.String() + "." + cp.Column.Name
			switch cp.Status {
			case Uncovered:
				sugg := "add a rule"
				if s := classSuggestion(cp.Class); s != "" {
					sugg = "suggested rule: " + s
				}
				out = append(out, Diagnostic{Pos: pos, Severity: SevError, Code: "uncovered",
					Message: fmt.Sprintf("%s looks like %s (%s) and has no rule", col, cp.Class.Category, strings.Join(classEvidence(cp.Class), "; ")), Suggestion: sugg})
			case Unreviewed:
				out = append(out, Diagnostic{Pos: pos, Severity: SevError, Code: "unreviewed",
					Message: fmt.Sprintf("%s is not mentioned in the rules file", col), Suggestion: "review it and write keep, or a rule"})
			}
		}
	}
	return out.sorted()
}

// subsetLines describes a subset section for an auditor, one line per
// setting, in the file's order.
func subsetLines(s *Subset) []string {
	if s == nil {
		return nil
	}
	policy := func(p *ChildPolicy) string {
		if p.Mode == "limit" {
			return fmt.Sprintf("at most %d per row", p.Limit)
		}
		return p.Mode
	}
	var out []string
	for _, r := range s.Roots {
		var how []string
		if r.Where != "" {
			how = append(how, "where "+r.Where)
		}
		if r.Percent > 0 {
			how = append(how, fmt.Sprintf("%g%% by keyed hash", r.Percent))
		}
		if r.Limit > 0 {
			l := fmt.Sprintf("at most %d rows", r.Limit)
			if len(r.Order) > 0 {
				l += " ordered by " + strings.Join(r.Order, ", ")
			}
			how = append(how, l)
		}
		if len(how) == 0 {
			how = append(how, "every row")
		}
		out = append(out, "root "+r.Table.Raw+": "+strings.Join(how, "; "))
	}
	for _, t := range s.Full {
		out = append(out, "full "+t.Raw+": every row")
	}
	for _, t := range s.Exclude {
		out = append(out, "excluded "+t.Raw+": no row")
	}
	if s.Children != nil {
		out = append(out, "children of selected rows: "+policy(s.Children))
	}
	for _, tc := range s.Tables {
		if tc.Children != nil {
			out = append(out, "children of "+tc.Table.Raw+": "+policy(tc.Children))
		}
	}
	for _, e := range s.Edges {
		if e.Children != nil {
			out = append(out, "children through "+e.From.Raw+": "+policy(e.Children))
		}
		if e.Dangling == "null" {
			out = append(out, "dangling: null: "+e.From.Raw+" is set to NULL where the row it references is not in the sample")
		}
	}
	for _, v := range s.VirtualFKs {
		l := "virtual foreign key " + v.From.Raw + " -> " + v.To.Raw
		if v.Where != "" {
			l += " where " + v.Where
		}
		out = append(out, l)
	}
	return out
}
