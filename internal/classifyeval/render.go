package classifyeval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/understudy/understudy/rules/classify"
)

// Markdown renders a result as a table: per row, the labelled count, the
// confusion counts, precision and recall with their targets and floors.
// floors may be nil (the holdout has none).
func Markdown(r Result, floors map[string]Bound) string {
	var b strings.Builder
	b.WriteString("| | labelled | TP | FP | FN | precision | target | floor | recall | target | floor |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, row := range Rows() {
		c := r.Counts[row]
		labelled := c.TP + c.FN
		t, f := Targets[row], floors[row]
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %s | %s | %s | %s | %s | %s |\n", row, labelled, c.TP, c.FP, c.FN,
			ratio(c.Precision(), c.TP+c.FP), bound(t.Precision), bound(f.Precision),
			ratio(c.Recall(), c.TP+c.FN), bound(t.Recall), bound(f.Recall))
	}
	return b.String()
}

func ratio(v float64, of int) string {
	if of == 0 {
		return "—"
	}
	return fmt.Sprintf("%.3f", v)
}

func bound(v float64) string {
	if v == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", v)
}

// SchemaCounts renders the labelled columns per schema and category.
func SchemaCounts(outcomes []Outcome) string {
	type row struct {
		holdout bool
		n       map[classify.Category]int
		total   int
	}
	rows := map[string]*row{}
	for _, o := range outcomes {
		r := rows[o.Schema]
		if r == nil {
			r = &row{holdout: o.Holdout, n: map[classify.Category]int{}}
			rows[o.Schema] = r
		}
		r.n[o.Label]++
		r.total++
	}
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if rows[names[i]].holdout != rows[names[j]].holdout {
			return !rows[names[i]].holdout
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	b.WriteString("| schema | set | columns | secret | direct_identifier | quasi_identifier | free_text | none |\n")
	b.WriteString("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	total := &row{n: map[classify.Category]int{}}
	for _, name := range names {
		r := rows[name]
		set := "tuning"
		if r.holdout {
			set = "holdout"
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %d |\n", name, set, r.total,
			r.n[classify.Secret], r.n[classify.DirectIdentifier], r.n[classify.QuasiIdentifier], r.n[classify.FreeText], r.n[classify.None])
		for c, k := range r.n {
			total.n[c] += k
		}
		total.total += r.total
	}
	fmt.Fprintf(&b, "| all | | %d | %d | %d | %d | %d | %d |\n", total.total,
		total.n[classify.Secret], total.n[classify.DirectIdentifier], total.n[classify.QuasiIdentifier], total.n[classify.FreeText], total.n[classify.None])
	return b.String()
}

// MissList renders misses one per line: kind, schema, table.column, the
// label and what init did, the label's note, then the evidence.
func MissList(misses []Miss) string {
	var b strings.Builder
	for _, m := range misses {
		rule := "kept"
		if m.Masked {
			rule = "masked"
		}
		fmt.Fprintf(&b, "%-8s %s %s: label %s, got %s (%s)", m.Kind, m.Schema, m.Key(), m.Label, m.Got, rule)
		if m.Note != "" {
			fmt.Fprintf(&b, " — %s", m.Note)
		}
		b.WriteString("\n")
		for _, e := range m.Evidence {
			fmt.Fprintf(&b, "             %s\n", e)
		}
	}
	return b.String()
}
