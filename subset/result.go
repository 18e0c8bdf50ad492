package subset

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/schema"
)

// Result is a computed sample: per table, how its rows are chosen and how
// many; per reference, how many rows it brought.
type Result struct {
	Tables []*TableResult `json:"tables"`
	Edges  []*EdgeResult  `json:"edges"`
	// KeyBytes is the memory the key sets hold, and KeyCount the keys.
	KeyBytes int64   `json:"key_bytes"`
	KeyCount int64   `json:"key_count"`
	Rounds   int     `json:"rounds"`
	Seconds  float64 `json:"seconds"`

	g *graph
}

// TableResult is one table's part of the sample. A partitioned table
// stands for all its partitions.
type TableResult struct {
	Table schema.Name `json:"table"`
	// Mode: sampled (a key set), full, excluded, or keyless (chosen by
	// predicates over its references).
	Mode string `json:"mode"`
	// Selected is -1 when not counted (a table without a key, under
	// EstimateTotals: the copy counts it).
	Selected int64 `json:"selected"`
	Total    int64 `json:"total"`
	// Estimated: Total is the planner's estimate, not a count.
	Estimated bool `json:"total_estimated,omitempty"`
	// Bytes estimates the selected rows' size: the table's size times the
	// selected share.
	Bytes    int64       `json:"estimated_bytes"`
	RootRows int64       `json:"root_rows,omitempty"`
	Pulled   []EdgeCount `json:"pulled_by,omitempty"`
	Nulled   []string    `json:"nulled,omitempty"`
	Notes    []string    `json:"notes,omitempty"`
	KeyBytes int64       `json:"key_bytes,omitempty"`
	table    *schema.Table
}

// EdgeCount is the rows one reference added to a table.
type EdgeCount struct {
	Edge string `json:"edge"`
	// As is "child" (the rows reference selected rows) or "parent" (selected
	// rows reference them).
	As   string `json:"as"`
	Rows int64  `json:"rows"`
}

// EdgeResult is one reference of the graph.
type EdgeResult struct {
	Name         string      `json:"name"`
	Virtual      bool        `json:"virtual,omitempty"`
	From         schema.Name `json:"from"`
	FromColumns  []string    `json:"from_columns"`
	To           schema.Name `json:"to"`
	ToColumns    []string    `json:"to_columns"`
	Children     string      `json:"children"`
	DanglingNull bool        `json:"dangling_null,omitempty"`
	// ChildRows and ParentRows are the rows it added.
	ChildRows  int64 `json:"child_rows"`
	ParentRows int64 `json:"parent_rows"`
}

// Table returns the result for t (a partition's is its partitioned
// table's), or nil.
func (r *Result) Table(n schema.Name) *TableResult {
	t := r.g.m.Table(n)
	if t == nil {
		return nil
	}
	root := rootOf(r.g.m, t).Name
	for _, tr := range r.Tables {
		if tr.Table == root {
			return tr
		}
	}
	return nil
}

func (c *closure) result(ctx context.Context) (*Result, error) {
	r := &Result{g: c.g}
	for _, u := range c.g.units {
		tr := &TableResult{Table: u.t.Name, Mode: string(u.how), RootRows: u.rootRows, Notes: u.notes, table: u.t}
		if c.opt.EstimateTotals {
			tr.Total, tr.Estimated = partitionSum(c.g.m, u.t, func(t *schema.Table) int64 { return max(t.RowEstimate, 0) }), true
		} else if err := c.query(ctx, "SELECT count(*) FROM "+u.from, func(vals [][]byte) error {
			_, err := fmt.Sscan(string(vals[0]), &tr.Total)
			return err
		}); err != nil {
			return nil, fmt.Errorf("subset: count %s: %w", u.t.Name, err)
		}
		switch u.how {
		case full:
			tr.Selected = tr.Total
		case sampled:
			tr.Selected = u.sel.len()
			tr.KeyBytes = u.sel.bytes()
			r.KeyBytes += tr.KeyBytes
			r.KeyCount += tr.Selected
		case keyless:
			if c.opt.EstimateTotals {
				tr.Selected = -1 // known once copied
				break
			}
			if err := c.query(ctx, "SELECT count(*) FROM "+u.from+" WHERE "+u.predicate(), func(vals [][]byte) error {
				_, err := fmt.Sscan(string(vals[0]), &tr.Selected)
				return err
			}); err != nil {
				return nil, fmt.Errorf("subset: count %s: %w", u.t.Name, err)
			}
		}
		if tr.Total > 0 && tr.Selected > 0 {
			tr.Bytes = int64(float64(partitionSum(c.g.m, u.t, func(t *schema.Table) int64 { return t.Bytes })) * float64(tr.Selected) / float64(tr.Total))
		}
		if !u.reached() && tr.Total > 0 {
			tr.Notes = append(tr.Notes, "no root reaches it: copied empty (list it under full: to copy it whole)")
		}
		for _, e := range u.in {
			if e.parents > 0 {
				tr.Pulled = append(tr.Pulled, EdgeCount{Edge: e.label(), As: "parent", Rows: e.parents})
			}
		}
		for _, e := range u.out {
			if e.children > 0 {
				tr.Pulled = append(tr.Pulled, EdgeCount{Edge: e.label(), As: "child", Rows: e.children})
			}
			if e.danglingNull && e.parent.how != full {
				tr.Nulled = append(tr.Nulled, e.label())
			}
		}
		sort.Slice(tr.Pulled, func(i, j int) bool { return tr.Pulled[i].Rows > tr.Pulled[j].Rows })
		r.Tables = append(r.Tables, tr)
	}
	for _, e := range c.g.edges {
		er := &EdgeResult{Name: e.name, Virtual: e.virtual, From: e.child.t.Name, To: e.parent.t.Name,
			Children: e.policy.String(), DanglingNull: e.danglingNull, ChildRows: e.children, ParentRows: e.parents}
		if !e.follows() {
			er.Children = string(None)
		}
		for i := range e.childCols {
			er.FromColumns = append(er.FromColumns, e.childCols[i].Name)
			er.ToColumns = append(er.ToColumns, e.parentCols[i].Name)
		}
		r.Edges = append(r.Edges, er)
	}
	return r, nil
}

// partitionSum adds f over a table and, for a partitioned table, its
// partitions at every level: a row estimate (pg_class.reltuples, 0 when
// never analyzed) or a size.
func partitionSum(m *schema.Model, t *schema.Table, f func(*schema.Table) int64) int64 {
	n := f(t)
	for _, c := range t.Children {
		if ct := m.Table(c); ct != nil && ct.Kind == schema.KindPartition {
			n += partitionSum(m, ct, f)
		}
	}
	return n
}

// reached reports whether any row of a sampled or keyless unit can be
// selected.
func (u *unit) reached() bool {
	switch u.how {
	case sampled:
		return u.sel.len() > 0
	case keyless:
		if len(u.rootFilters) > 0 {
			return true
		}
		for _, e := range u.out {
			if e.follows() && e.downSeen.len() > 0 {
				return true
			}
		}
		for _, e := range u.in {
			if e.upSeen.len() > 0 {
				return true
			}
		}
		return false
	}
	return true
}

// predicate is the condition that chooses a keyless unit's rows: a root
// filter, or a reference to a row whose children were followed, or a value
// that a selected row references.
func (u *unit) predicate() string {
	var or []string
	for _, f := range u.rootFilters {
		or = append(or, "("+f+")")
	}
	for _, e := range u.out {
		if e.follows() && e.downSeen.len() > 0 {
			or = append(or, "("+e.childOp.in(e.c, e.downSeen.values())+")")
		}
	}
	for _, e := range u.in {
		if e.upSeen.len() > 0 {
			or = append(or, "("+e.parentOp.in(e.c, e.upSeen.values())+")")
		}
	}
	if len(or) == 0 {
		return "false"
	}
	return strings.Join(or, " OR ")
}

// Selection is how to read one table's selected rows.
type Selection struct {
	// Whole: every row (read the table as is).
	Whole bool
	// Queries select the rows, in parts when the key set is large; their
	// results together are the rows. None: no row.
	Queries []string
}

// CopyBatch is the most keys one copy query carries.
const CopyBatch = 500_000

// Select returns how to read the selected rows of table t (a partition
// reads its partitioned table's key set), columns in the order given. A
// reference set to NULL when dangling is written as a CASE.
func (r *Result) Select(t *schema.Table, columns []string) Selection {
	return r.SelectWithin(t, columns, "")
}

// SelectWithin is Select narrowed to the rows of t that also satisfy
// within, a condition on t's own rows ("" narrows nothing): the copy reads
// a large table in ctid ranges with it. Whether a row is selected depends
// on the row and the snapshot alone, not on the range it lies in, so the
// selections of ranges that cover the table are, together, Select's. A
// Whole selection stays Whole: the caller narrows its read itself.
func (r *Result) SelectWithin(t *schema.Table, columns []string, within string) Selection {
	root := rootOf(r.g.m, t)
	u := r.g.byName[root.Name]
	switch {
	case u == nil, u.how == full && !u.hasNulled():
		return Selection{Whole: true}
	case u.how == excluded:
		return Selection{}
	}
	head := "SELECT " + u.selectList(columns) + " FROM " + fromClause(t)
	where := func(cond string) string {
		switch {
		case within == "":
			return head + " WHERE " + cond
		case cond == "":
			return head + " WHERE " + within
		}
		return head + " WHERE (" + cond + ") AND (" + within + ")"
	}
	switch u.how {
	case full:
		if within == "" {
			return Selection{Queries: []string{head}}
		}
		return Selection{Queries: []string{where("")}}
	case keyless:
		return Selection{Queries: []string{where(u.predicate())}}
	}
	if u.sel.len() == 0 {
		return Selection{}
	}
	if u.exactFilter != "" && u.sel.len() == u.exactRows {
		return Selection{Queries: []string{where("(" + u.exactFilter + ")")}}
	}
	var qs []string
	for batch := range chunks(u.sel.values(), CopyBatch) {
		qs = append(qs, where(u.keyOp.in(u.keyC, batch)))
	}
	return Selection{Queries: qs}
}

func (u *unit) hasNulled() bool {
	for _, e := range u.out {
		if e.danglingNull && e.parent.how != full {
			return true
		}
	}
	return false
}

// selectList quotes the columns, writing each column of a dangling-null
// reference as CASE WHEN the parent is selected THEN it END.
func (u *unit) selectList(columns []string) string {
	out := make([]string, len(columns))
	for i, name := range columns {
		out[i] = pgx.Identifier{name}.Sanitize()
		for _, e := range u.out {
			if !e.danglingNull || e.parent.how == full {
				continue
			}
			for _, c := range e.childCols {
				if c.Name == name && e.parent.how == excluded {
					out[i] = "CASE WHEN " + anyNull(e.childExprs) + " THEN " + out[i] + " END AS " + out[i]
				} else if c.Name == name {
					// A reference with a NULL column is no reference
					// (MATCH SIMPLE): it is kept as it is.
					out[i] = "CASE WHEN " + anyNull(e.childExprs) + " OR " + e.parentSelected() +
						" THEN " + out[i] + " END AS " + out[i]
				}
			}
		}
	}
	return strings.Join(out, ", ")
}

// anyNull is the condition "one of exprs is NULL".
func anyNull(exprs []string) string {
	out := make([]string, len(exprs))
	for i, x := range exprs {
		out[i] = x + " IS NULL"
	}
	return strings.Join(out, " OR ")
}

// parentSelected is the condition "the child's reference names a selected
// parent row": a key list when the reference names the parent's key, else
// a subquery over the parent's selection (the copy reads the same
// snapshot).
func (e *edge) parentSelected() string {
	p := e.parent
	if e.byKey {
		return e.childOp.in(e.c, p.sel.values())
	}
	var where string
	switch p.how {
	case sampled:
		where = p.keyOp.in(p.keyC, p.sel.values())
	case keyless:
		where = p.predicate()
	default:
		where = "true"
	}
	return "(" + strings.Join(e.childExprs, ", ") + ") IN (SELECT " + strings.Join(e.parentExprs, ", ") + " FROM " + p.from + " WHERE " + where + ")"
}
