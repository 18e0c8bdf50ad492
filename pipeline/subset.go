package pipeline

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
)

// SubsetSpec translates the rules file's subset section (nil when there is
// none).
func SubsetSpec(s *rules.Subset) *subset.Spec {
	if s == nil {
		return nil
	}
	policy := func(p *rules.ChildPolicy) *subset.Policy {
		if p == nil {
			return nil
		}
		return &subset.Policy{Mode: subset.Mode(p.Mode), N: p.Limit}
	}
	spec := &subset.Spec{Children: policy(s.Children)}
	for _, r := range s.Roots {
		spec.Roots = append(spec.Roots, subset.Root{Table: r.Table.Name, Where: r.Where, Percent: r.Percent, Limit: r.Limit, Order: r.Order})
	}
	for _, t := range s.Full {
		spec.Full = append(spec.Full, t.Name)
	}
	for _, t := range s.Exclude {
		spec.Exclude = append(spec.Exclude, t.Name)
	}
	for _, tc := range s.Tables {
		if tc.Children != nil {
			spec.Tables = append(spec.Tables, subset.TablePolicy{Table: tc.Table.Name, Children: *policy(tc.Children)})
		}
	}
	for _, e := range s.Edges {
		spec.Edges = append(spec.Edges, subset.Edge{Table: e.From.Table, Columns: e.From.Columns, Children: policy(e.Children), DanglingNull: e.Dangling == "null"})
	}
	for _, v := range s.VirtualFKs {
		spec.Virtual = append(spec.Virtual, subset.VirtualFK{From: v.From.Table, FromColumns: v.From.Columns, To: v.To.Table, ToColumns: v.To.Columns, Where: v.Where})
	}
	return spec
}

// SubsetSummary is the manifest's record of a subset: what was asked and
// what each table got.
type SubsetSummary struct {
	Spec     *subset.Spec   `json:"spec"`
	Tables   []SubsetTable  `json:"tables"`
	KeyBytes int64          `json:"key_bytes"`
	KeyCount int64          `json:"key_count"`
	Seconds  float64        `json:"seconds"`
	Result   *subset.Result `json:"-"`
}

// SubsetTable is one table's selected and total rows.
type SubsetTable struct {
	Table    string `json:"table"`
	Mode     string `json:"mode"`
	Selected int64  `json:"selected"`
	Total    int64  `json:"total"`
	// TotalEstimated: Total is the planner's estimate (pg_class.reltuples).
	TotalEstimated bool `json:"total_estimated,omitempty"`
}

// countCopied fills in the selected rows of the tables the closure could
// not count (those without a key) from the rows the copy wrote.
func (s *SubsetSummary) countCopied(results []TableResult, m *schema.Model) {
	written := map[string]int64{}
	for _, tr := range results {
		t, err := schema.ParseName(tr.Table, "")
		if err != nil {
			continue
		}
		if u := s.Result.Table(t); u != nil && m.Table(t) != nil {
			written[u.Table.String()] += tr.RowsWritten
		}
	}
	for i := range s.Tables {
		if s.Tables[i].Selected < 0 {
			s.Tables[i].Selected = written[s.Tables[i].Table]
		}
	}
}

// computeSubset runs the closure in the run's snapshot, before the target
// is touched.
func (r *run) computeSubset(ctx context.Context) error {
	spec := r.prep.SubsetSpec()
	// Totals come from the planner's statistics, and the rows of tables
	// without a key from the copy: counting would scan every table once
	// more (plan counts exactly).
	res, err := r.prep.Subset(ctx, spec, subset.Options{EstimateTotals: true})
	if err != nil {
		return err
	}
	r.subset = res
	sum := &SubsetSummary{Spec: spec, KeyBytes: res.KeyBytes, KeyCount: res.KeyCount, Seconds: res.Seconds, Result: res}
	for _, t := range res.Tables {
		sum.Tables = append(sum.Tables, SubsetTable{Table: t.Table.String(), Mode: t.Mode, Selected: t.Selected, Total: t.Total, TotalEstimated: t.Estimated})
	}
	r.manifest.Subset = sum
	r.cfg.Logger.Info("subset computed", "keys", res.KeyCount, "key_bytes", res.KeyBytes, "rounds", res.Rounds, "seconds", res.Seconds)
	return nil
}

// copyOutQueries returns the COPY ... TO STDOUT commands that read a
// table's rows, or those of one of its page ranges (splitTables): the
// whole table, or the subset's selection in one or more parts (none: no
// row). A range narrows the subset's selection too: a row is selected or
// not whatever range it lies in.
//
// Of an extension's configuration table, only the rows its condition
// selects are read, as pg_dump reads them: the others are the extension's
// own, which CREATE EXTENSION has put in the target already. Such a table
// is never split.
func (r *run) copyOutQueries(t *schema.Table, names []string, colList, with string, pages pageRange) []string {
	whole := []string{"COPY " + t.Name.Sanitize() + " (" + colList + ") TO STDOUT" + with}
	switch {
	case t.ExtensionCondition != "":
		whole = []string{"COPY (SELECT " + colList + " FROM " + t.Name.Sanitize() + " " + t.ExtensionCondition + ") TO STDOUT" + with}
	case !pages.whole():
		whole = []string{"COPY (" + pages.selectFrom(t, colList) + ") TO STDOUT" + with}
	}
	if r.subset == nil {
		return whole
	}
	sel := r.subset.SelectWithin(t, names, pages.condition())
	if sel.Whole {
		return whole
	}
	out := make([]string, len(sel.Queries))
	for i, q := range sel.Queries {
		if t.ExtensionCondition != "" {
			// The condition names the table's columns, which the
			// selection keeps under their names.
			q = "SELECT " + colList + " FROM (" + q + ") AS s " + t.ExtensionCondition
		}
		out[i] = "COPY (" + q + ") TO STDOUT" + with
	}
	return out
}

// binaryHeader is the fixed part of a binary COPY stream's header: the
// signature, the flags and an empty header extension.
const binaryHeader = 19

// binaryPart writes one of several binary COPY streams as parts of one: it
// drops the header of every stream but the first, and holds back the
// trailer (-1 as int16) until it knows the stream is the last.
type binaryPart struct {
	w    io.Writer
	skip int    // header bytes still to drop
	hold []byte // the last two bytes seen
}

func (p *binaryPart) Write(b []byte) (int, error) {
	n := len(b)
	if p.skip > 0 {
		k := min(p.skip, len(b))
		p.skip -= k
		b = b[k:]
	}
	switch {
	case len(p.hold)+len(b) <= 2:
		p.hold = append(p.hold, b...)
	case len(b) >= 2:
		if len(p.hold) > 0 {
			if _, err := p.w.Write(p.hold); err != nil {
				return 0, err
			}
		}
		if _, err := p.w.Write(b[:len(b)-2]); err != nil {
			return 0, err
		}
		p.hold = append(p.hold[:0], b[len(b)-2:]...)
	default: // one byte after two held
		if _, err := p.w.Write(p.hold[:1]); err != nil {
			return 0, err
		}
		p.hold = []byte{p.hold[1], b[0]}
	}
	return n, nil
}

// finish ends the part: the trailer is written when last, else dropped.
func (p *binaryPart) finish(last bool) error {
	if len(p.hold) != 2 || binary.BigEndian.Uint16(p.hold) != 0xFFFF {
		return errors.New("binary COPY stream without its trailer")
	}
	if last {
		_, err := p.w.Write(p.hold)
		return err
	}
	return nil
}

// copyOutParts runs the COPY commands one after another into w as one
// stream, and returns the rows they read. Several binary streams are
// joined into one (a text stream has no header or trailer).
func copyOutParts(ctx context.Context, run func(context.Context, io.Writer, string) (int64, error), w io.Writer, queries []string, binaryFormat bool) (int64, error) {
	var rows int64
	for i, q := range queries {
		var p *binaryPart
		out := w
		if binaryFormat && len(queries) > 1 {
			p = &binaryPart{w: w}
			if i > 0 {
				p.skip = binaryHeader
			}
			out = p
		}
		n, err := run(ctx, out, q)
		if err != nil {
			return rows, err
		}
		rows += n
		if p != nil {
			if err := p.finish(i == len(queries)-1); err != nil {
				return rows, fmt.Errorf("read from source: %w", err)
			}
		}
	}
	return rows, nil
}
