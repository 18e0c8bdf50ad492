package classifyeval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// Outcome is what init did with one labelled column.
type Outcome struct {
	// Schema is the evaluation schema (acme, pagila, ...); Holdout marks
	// the schemas kept out of tuning.
	Schema  string
	Holdout bool
	Table   schema.Name
	Column  string
	Label   classify.Category
	Note    string
	// Got is the classifier's category; Masked whether init's rules file,
	// resolved, masks the column (its own rule, one inherited through a
	// foreign key, or a generated column the target recomputes from
	// masked inputs).
	Got    classify.Category
	Masked bool
	// Evidence is the classifier's evidence, one message each.
	Evidence []string
}

// Key names the column as Label.Key does.
func (o Outcome) Key() string { return Key(o.Table, o.Column) }

// Match pairs labels with init's classes: one Outcome per label, in the
// labels' order. It fails, listing them, when a column has no label or a
// label names no column: every column of every table is labelled.
func Match(schemaName string, holdout bool, labels []Label, got map[string]Observed) ([]Outcome, error) {
	var out []Outcome
	var stale []string
	labelled := map[string]bool{}
	for _, l := range labels {
		labelled[l.Key()] = true
		g, ok := got[l.Key()]
		if !ok {
			stale = append(stale, fmt.Sprintf("line %d: %s", l.Line, l.Key()))
			continue
		}
		out = append(out, Outcome{Schema: schemaName, Holdout: holdout, Table: l.Table, Column: l.Column, Label: l.Category, Note: l.Note,
			Got: g.Category, Masked: g.Masked, Evidence: g.Evidence})
	}
	var missing []string
	for k := range got {
		if !labelled[k] {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	var problems []string
	if len(missing) > 0 {
		problems = append(problems, fmt.Sprintf("%d columns have no label: %s", len(missing), strings.Join(missing, ", ")))
	}
	if len(stale) > 0 {
		problems = append(problems, fmt.Sprintf("%d labels name no column of the schema: %s", len(stale), strings.Join(stale, ", ")))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%s: %s", schemaName, strings.Join(problems, "; "))
	}
	return out, nil
}

// Observed is init's decision for one column.
type Observed struct {
	Category classify.Category
	Masked   bool
	Evidence []string
}

// Counts are the confusion counts of one yes/no question.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP); 1 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN); 1 when there was nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

func (c *Counts) add(label, got bool) {
	switch {
	case label && got:
		c.TP++
	case got:
		c.FP++
	case label:
		c.FN++
	}
}

// The rows of the table besides the categories.
const (
	// RowSensitive asks whether the column's category is anything but
	// none, against a sensitive label.
	RowSensitive = "sensitive (any category)"
	// RowNeedsRule asks whether init's rules file masks the column,
	// against a sensitive label: what reaches staging.
	RowNeedsRule = "needs a rule (init masks it)"
)

// Rows lists the rows of a Result, in order.
func Rows() []string {
	return []string{string(classify.Secret), string(classify.DirectIdentifier), string(classify.QuasiIdentifier),
		string(classify.FreeText), RowSensitive, RowNeedsRule}
}

// Result is the evaluation of a set of outcomes.
type Result struct {
	Columns int
	// Counts by row (Rows).
	Counts map[string]Counts
	// Labelled is how many columns carry each label.
	Labelled map[classify.Category]int
}

// Score counts precision and recall per category and for the two
// sensitive-or-not questions.
func Score(outcomes []Outcome) Result {
	r := Result{Counts: map[string]Counts{}, Labelled: map[classify.Category]int{}}
	for _, o := range outcomes {
		r.Columns++
		r.Labelled[o.Label]++
		for _, c := range []classify.Category{classify.Secret, classify.DirectIdentifier, classify.QuasiIdentifier, classify.FreeText} {
			n := r.Counts[string(c)]
			n.add(o.Label == c, o.Got == c)
			r.Counts[string(c)] = n
		}
		n := r.Counts[RowSensitive]
		n.add(o.Label.Sensitive(), o.Got.Sensitive())
		r.Counts[RowSensitive] = n
		n = r.Counts[RowNeedsRule]
		n.add(o.Label.Sensitive(), o.Masked)
		r.Counts[RowNeedsRule] = n
	}
	return r
}

// Miss is a column the classifier got wrong.
type Miss struct {
	Outcome
	// Kind: "missed" (a sensitive label, kept by init), "masked" (labelled
	// none, masked by init), or "category" (both sensitive, the category
	// differs; or labelled none and classified sensitive without a rule).
	Kind string
}

// Misses lists the outcomes whose category or rule is wrong: the columns
// init would leave unmasked first (the costly kind), then the columns it
// would mask for nothing, then those in the wrong category.
func Misses(outcomes []Outcome) []Miss {
	var out []Miss
	for _, o := range outcomes {
		switch {
		case o.Label.Sensitive() && !o.Masked:
			out = append(out, Miss{o, "missed"})
		case !o.Label.Sensitive() && o.Masked:
			out = append(out, Miss{o, "masked"})
		case o.Label != o.Got:
			out = append(out, Miss{o, "category"})
		}
	}
	order := map[string]int{"missed": 0, "masked": 1, "category": 2}
	sort.SliceStable(out, func(i, j int) bool {
		if order[out[i].Kind] != order[out[j].Kind] {
			return order[out[i].Kind] < order[out[j].Kind]
		}
		if out[i].Label.Rank() != out[j].Label.Rank() {
			return out[i].Label.Rank() > out[j].Label.Rank()
		}
		return false
	})
	return out
}
