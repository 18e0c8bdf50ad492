package classifyeval

import (
	"fmt"

	"github.com/understudy/understudy/rules/classify"
)

// Bound is a least precision and recall for one row of the table; 0 sets
// none.
type Bound struct {
	Precision, Recall float64
}

// Floors are what the tuning set must score for make test to pass: what
// the classifier achieved when the evaluation was written, rounded down to
// 0.01. Raise them as the classifier improves, towards Targets; never
// lower one to let a change through. The holdout has no floor: a floor
// would invite tuning on it.
var Floors = map[string]Bound{
	string(classify.Secret): {Precision: 0.96, Recall: 1.00},
	// odoo (holdout 2) joined the tuning set with the third pass: the set
	// changed, so the floors are what the new set scores. Five of odoo's
	// direct identifiers were still missed, which took the recall floor
	// from 1.00 (on the nine schemas before) to 0.97; up to 0.98 with the
	// fourth pass, which reads names in file names and documents about
	// people (three are still missed); up to 0.99 with the thirteenth,
	// which finds the people's names among mail_message.record_name's
	// record titles (two are still missed).
	string(classify.DirectIdentifier): {Precision: 0.98, Recall: 0.99},
	string(classify.QuasiIdentifier):  {Precision: 0.93, Recall: 0.92},
	// Free text is no longer masked whole by its name: text whose sample
	// holds no entity, outside tables about people or in the repeating
	// text of templates, is kept with the evidence (issue #12), which the
	// labels count as a miss where people may still have typed something
	// personal. The floor moved down from 0.93 to 0.71 with that change,
	// on purpose, and back up to 0.90 when identifiers in short values,
	// lookup tables' text and prose in tiny samples stopped counting as
	// free text; to 0.85 when odoo, whose three free-text false positives
	// are a bounce reason, an index of extracted text and an empty
	// caption, joined the tuning set (the nine schemas before still score
	// 0.903); to 0.87 with the fourth pass, when the index of extracted
	// text became documents about people. The empty caption stays a false
	// positive on purpose: a free-text column nobody has typed in yet is
	// masked, so that what is typed in it later is not copied as it is.
	string(classify.FreeText): {Precision: 0.87, Recall: 0.87},
	RowSensitive:              {Precision: 0.96, Recall: 0.96},
	RowNeedsRule:              {Precision: 0.96, Recall: 0.96},
}

// Targets are issue #12's: recall 0.98 on secrets and direct identifiers,
// 0.90 on quasi-identifiers, precision 0.92. The issue sets no recall for
// free text on its own: prose is scrubbed or kept, and a miss shows in
// "needs a rule".
var Targets = map[string]Bound{
	string(classify.Secret):           {Precision: 0.92, Recall: 0.98},
	string(classify.DirectIdentifier): {Precision: 0.92, Recall: 0.98},
	string(classify.QuasiIdentifier):  {Precision: 0.92, Recall: 0.90},
	string(classify.FreeText):         {Precision: 0.92},
	RowSensitive:                      {Precision: 0.92},
	RowNeedsRule:                      {Precision: 0.92},
}

// BelowFloor lists the measures of r under their floor, each saying by
// how much.
func BelowFloor(r Result, floors map[string]Bound) []string {
	var out []string
	for _, row := range Rows() {
		f, c := floors[row], r.Counts[row]
		if p := c.Precision(); p < f.Precision {
			out = append(out, fmt.Sprintf("%s precision %.3f is under its floor %.2f", row, p, f.Precision))
		}
		if rc := c.Recall(); rc < f.Recall {
			out = append(out, fmt.Sprintf("%s recall %.3f is under its floor %.2f", row, rc, f.Recall))
		}
	}
	return out
}
