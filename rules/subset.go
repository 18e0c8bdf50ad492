package rules

import (
	"errors"
	"fmt"
	"strings"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/suggest"
	"github.com/understudy/understudy/schema"
)

// subset validates the subset section against the schema.
func (r *resolver) subset() {
	s := r.cfg.Subset
	if s == nil {
		return
	}
	for _, root := range s.Roots {
		t := r.lookupTable(root.Table.Name, root.Table.Raw, root.Table.Pos)
		if t == nil {
			continue
		}
		if root.Where != "" {
			r.filter(t, root.Where, root.WherePos)
		}
		for _, c := range root.Order {
			col, _, _ := strings.Cut(strings.TrimSpace(c), " ") // "id DESC"
			r.lookupColumn(t, col, root.OrderPos)
		}
		if (root.Percent > 0 || root.Limit > 0) && t.NotNullKey() == nil {
			r.errAt(root.Pos, "root-key", fmt.Sprintf("%s has no primary key or unique key on NOT NULL columns, so percent and limit cannot choose rows stably", t.Name),
				"select its rows with where:, or list it under full:")
		}
	}
	excluded := map[schema.Name]TableRef{}
	for _, ref := range s.Exclude {
		if r.lookupTable(ref.Name, ref.Raw, ref.Pos) != nil {
			excluded[ref.Name] = ref
		}
	}
	for _, ref := range s.Full {
		if r.lookupTable(ref.Name, ref.Raw, ref.Pos) != nil {
			if _, both := excluded[ref.Name]; both {
				r.errAt(ref.Pos, "full-excluded", fmt.Sprintf("%s is listed under both full and exclude", ref.Raw), "keep one")
			}
		}
	}
	// A table that copied tables reference cannot be excluded: their rows
	// would point at nothing.
	for name, ref := range excluded {
		t := r.m.Table(name)
		for _, fk := range t.Referenced {
			if _, alsoExcluded := excluded[fk.From]; alsoExcluded || fk.From == name {
				continue
			}
			if danglingNull(s, fk) {
				continue // the copy sets the reference to NULL
			}
			if child := r.m.Table(fk.From); child != nil && child.Parent != nil {
				if _, parentExcluded := excluded[*child.Parent]; parentExcluded {
					continue
				}
			}
			r.errAt(ref.Pos, "exclude-referenced", fmt.Sprintf("%s cannot be excluded: %s references it through foreign key %s", ref.Raw, fk.From, pgsql.QuoteIdent(fk.Name)),
				fmt.Sprintf("exclude %s too, or subset %s instead of excluding it", fk.From, ref.Raw))
			break
		}
	}
	for _, tc := range s.Tables {
		r.lookupTable(tc.Table.Name, tc.Table.Raw, tc.Table.Pos)
	}
	for _, e := range s.Edges {
		if t, ok := r.columnsRef(e.From, true); ok && !r.referenceExists(t, e.From.Columns, s.VirtualFKs) {
			r.errAt(e.From.Pos, "edge-fk", fmt.Sprintf("subset.edges: no foreign key or virtual foreign key of %s has the columns (%s)", t.Name, strings.Join(e.From.Columns, ", ")),
				r.edgeHint(t))
		}
		if e.Dangling == "null" {
			if t := r.m.Table(e.From.Table); t != nil {
				for _, c := range e.From.Columns {
					col := t.Column(c)
					if col != nil && col.NotNull {
						r.errAt(e.DanglingPos, "dangling", fmt.Sprintf("dangling: null needs a nullable reference, and %s.%s is NOT NULL", t.Name, c), "remove dangling: null")
					}
					if col == nil && IsReferenceExpr(c) {
						r.errAt(e.DanglingPos, "dangling", fmt.Sprintf("dangling: null sets columns to NULL, and %s is an expression", c),
							"remove dangling: null, or set the column the value is held in with a rule")
					}
				}
			}
		}
	}
	for _, v := range s.VirtualFKs {
		from, fromOK := r.columnsRef(v.From, true)
		to, toOK := r.columnsRef(v.To, false)
		if !fromOK || !toOK {
			continue
		}
		if len(v.From.Columns) != len(v.To.Columns) {
			r.errAt(v.To.Pos, "vfk-arity", fmt.Sprintf("virtual foreign key: %d columns reference %d", len(v.From.Columns), len(v.To.Columns)),
				"name as many columns on both sides; the type column of a polymorphic reference goes in where:")
			continue
		}
		keyed := false
		for _, k := range to.Keys() {
			if sameColumns(k.Columns, v.To.Columns) {
				keyed = true
			}
		}
		if !keyed {
			r.warnAt(v.To.Pos, "vfk-key", fmt.Sprintf("%s is not a primary or unique key of %s: one reference may pull in many rows", v.To.Raw, to.Name), "")
		}
		if v.Where != "" {
			r.filter(from, v.Where, v.WherePos)
		}
	}
}

// referenceExists reports whether a foreign key of t, or a virtual one,
// has exactly these columns.
func (r *resolver) referenceExists(t *schema.Table, cols []string, vfks []*VirtualFK) bool {
	for _, fk := range t.ForeignKeys {
		if sameColumns(fk.FromColumns, cols) {
			return true
		}
	}
	for _, v := range vfks {
		if v.From.Table == t.Name && sameColumns(v.From.Columns, cols) {
			return true
		}
	}
	return false
}

// edgeHint lists the references an edge rule on t could name.
func (r *resolver) edgeHint(t *schema.Table) string {
	var refs []string
	for _, fk := range t.ForeignKeys {
		refs = append(refs, t.Name.String()+"("+strings.Join(fk.FromColumns, ", ")+")")
	}
	if len(refs) == 0 {
		return t.Name.String() + " has no foreign key; declare a virtual_foreign_keys entry first"
	}
	return "name one of: " + strings.Join(refs, "; ")
}

func sameColumns(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]bool{}
	for _, c := range a {
		seen[c] = true
	}
	for _, c := range b {
		if !seen[c] {
			return false
		}
	}
	return true
}

// columnsRef checks table(col, ...) against the schema. With exprs (the
// referencing side of a reference), an entry may also be an expression
// over the table's columns that yields the key, such as a value held in
// jsonb: public.events(payload->>'order_id').
func (r *resolver) columnsRef(ref ColumnsRef, exprs bool) (*schema.Table, bool) {
	t := r.lookupTable(ref.Table, ref.Table.String(), ref.Pos)
	if t == nil {
		return nil, false
	}
	ok := true
	for _, c := range ref.Columns {
		if !exprs || t.Column(c) != nil || !IsReferenceExpr(c) {
			if r.lookupColumn(t, c, ref.Pos) == nil {
				ok = false
			}
			continue
		}
		f, err := pgsql.ParseFilter(c)
		if err != nil {
			r.errAt(ref.Pos, "vfk-expr", fmt.Sprintf("virtual foreign key: %q is neither a column of %s nor an expression: %v", c, t.Name, err),
				"write a column, or an expression over the table's columns such as payload->>'order_id'")
			ok = false
			continue
		}
		for _, col := range f.Columns {
			if r.lookupColumn(t, col, ref.Pos) == nil {
				ok = false
			}
		}
	}
	return t, ok
}

// IsReferenceExpr reports whether a virtual foreign key's column entry is
// an expression (payload->>'order_id') rather than a column name.
func IsReferenceExpr(s string) bool {
	return strings.ContainsAny(s, "->'#:()[] ")
}

// filter checks a where: filter: one SQL boolean expression, parsed (never
// spliced as text), over the table's own columns.
func (r *resolver) filter(t *schema.Table, expr string, p Pos) {
	f, err := pgsql.ParseFilter(expr)
	if err != nil {
		var syn *pgsql.SyntaxError
		var uns *pgsql.UnsupportedError
		msg := err.Error()
		switch {
		case errors.As(err, &syn):
			msg = syn.Msg
		case errors.As(err, &uns):
			r.errAt(p, "where", "where: "+uns.What+" is not allowed in a filter: it runs on production", "filter on the table's columns; remove the call")
			return
		}
		r.errAt(p, "where", "where: "+msg, "write one SQL boolean expression over the table's columns, e.g. plan_id = 3 AND created_at > '2024-01-01'")
		return
	}
	for _, c := range f.Columns {
		if t.Column(c) == nil {
			names := columnNames(t)
			sugg := "its columns are " + strings.Join(names, ", ")
			if s := suggest.Closest(c, names); s != "" {
				sugg = fmt.Sprintf("did you mean %s?", pgsql.QuoteIdent(s))
			}
			r.errAt(p, "where-column", fmt.Sprintf("where: column %q does not exist in %s", c, t.Name), sugg)
		}
	}
}

// danglingNull reports whether an edge rule sets fk's references to NULL.
func danglingNull(s *Subset, fk *schema.ForeignKey) bool {
	for _, e := range s.Edges {
		if e.Dangling == "null" && e.From.Table == fk.From && sameColumns(e.From.Columns, fk.FromColumns) {
			return true
		}
	}
	return false
}
