package subset

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// how says how a table's rows are chosen.
type how string

const (
	// sampled: a key set, built by the closure.
	sampled how = "sampled"
	// full: every row.
	full how = "full"
	// excluded: no row.
	excluded how = "excluded"
	// keyless: no key to hold, so the rows are those that predicates over
	// the table's references choose.
	keyless how = "keyless"
)

// unit is the table a key set belongs to: a table, or a partitioned table
// with all its partitions (key sets span partitions).
type unit struct {
	t    *schema.Table
	how  how
	from string // FROM clause: ONLY for a table with inheritance children

	key      []*schema.Column
	keyC     codec
	keyExprs []string
	keyOp    operand
	sel      *keySet // every selected key
	down     *keySet // keys whose children are followed
	needUp   *keySet // selected keys whose references are not read yet
	needDown *keySet // keys whose children are to be followed, once their rows are read

	out, in []*edge
	layout  layout

	rootFilters []string // root where: filters ("true" for none)
	rootRows    int64
	// exactFilter: the unit's only root is this where: filter alone; when
	// the closure adds no other row, the copy reads by it instead of by
	// keys (same snapshot, same rows, one scan).
	exactFilter string
	exactRows   int64
	notes       []string
}

// layout is the select list that reads a unit's rows for the closure: the
// key, then each outgoing reference (NULL where a virtual one's where:
// does not hold), then the
// referenced columns of each incoming reference that is not the key.
type layout struct {
	exprs []string
	outAt []int // per u.out: first column
	inAt  []int // per u.in: first column, or -1 when the key gives it
}

// edge is a reference from child rows to parent rows: a foreign key or a
// virtual one.
type edge struct {
	name          string
	virtual       bool
	child, parent *unit
	childCols     []*schema.Column
	parentCols    []*schema.Column
	childExprs    []string
	parentExprs   []string
	childOp       operand
	parentOp      operand
	c             codec // the parent columns' codec
	policy        Policy
	danglingNull  bool
	// byKey: the parent columns are the parent's key (in key order), so a
	// parent value is a parent key.
	byKey bool

	up       *keySet // parent values selected children reference, to resolve
	upSeen   *keySet // every parent value resolved
	down     *keySet // parent values whose children are to be fetched
	downSeen *keySet // every parent value whose children were fetched

	children, parents int64 // rows this edge added
}

// follows reports whether the edge brings children along.
func (e *edge) follows() bool {
	return e.policy.Mode != None && e.child.how != excluded && e.child.how != full
}

// pulls reports whether the edge brings parents along.
func (e *edge) pulls() bool {
	return !e.danglingNull && e.parent.how != excluded && e.parent.how != full
}

func (e *edge) label() string {
	names := func(cs []*schema.Column) string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = schema.QuoteIdentIfNeeded(c.Name)
		}
		return strings.Join(out, ", ")
	}
	s := fmt.Sprintf("%s(%s) -> %s(%s)", e.child.t.Name, names(e.childCols), e.parent.t.Name, names(e.parentCols))
	if e.virtual {
		return s + " [virtual]"
	}
	return s + " [" + schema.QuoteIdentIfNeeded(e.name) + "]"
}

// graph is the units and edges of one model under one spec.
type graph struct {
	m      *schema.Model
	units  []*unit
	byName map[schema.Name]*unit
	edges  []*edge
}

// rootOf is the unit table of a table: a partition's topmost partitioned
// ancestor, else the table.
func rootOf(m *schema.Model, t *schema.Table) *schema.Table {
	for t.Kind == schema.KindPartition && t.Parent != nil {
		p := m.Table(*t.Parent)
		if p == nil {
			break
		}
		t = p
	}
	return t
}

func buildGraph(m *schema.Model, spec *Spec) (*graph, error) {
	g := &graph{m: m, byName: map[schema.Name]*unit{}}
	set := func(names []schema.Name) map[schema.Name]bool {
		out := map[schema.Name]bool{}
		for _, n := range names {
			out[n] = true
		}
		return out
	}
	fullSet, exclSet := set(spec.Full), set(spec.Exclude)
	for _, t := range m.Tables {
		if r := rootOf(m, t); r != t {
			continue
		}
		u := &unit{t: t, from: t.Name.Sanitize()}
		if len(t.Children) > 0 && t.Kind != schema.KindPartitioned {
			u.from = "ONLY " + u.from
		}
		switch {
		case exclSet[t.Name]:
			u.how = excluded
		case fullSet[t.Name]:
			u.how = full
		default:
			// A UNIQUE NULLS NOT DISTINCT key may hold a NULL, which a key
			// set cannot tell from "no value": only NOT NULL keys hold rows.
			if k := t.NotNullKey(); k != nil {
				u.how = sampled
				for _, c := range k.Columns {
					col := t.Column(c)
					u.key = append(u.key, col)
					u.keyExprs = append(u.keyExprs, pgx.Identifier{c}.Sanitize())
				}
				u.keyC = newCodec(u.key)
				u.keyOp = newOperand(u.keyExprs, types(u.key))
				u.sel, u.down, u.needUp, u.needDown = newKeySet(u.keyC), newKeySet(u.keyC), newKeySet(u.keyC), newKeySet(u.keyC)
			} else {
				u.how = keyless
				u.notes = append(u.notes, "no primary or unique key: its rows are chosen by its references alone")
			}
		}
		g.units = append(g.units, u)
		g.byName[t.Name] = u
	}
	unitOf := func(n schema.Name) *unit {
		t := m.Table(n)
		if t == nil {
			return nil
		}
		return g.byName[rootOf(m, t).Name]
	}
	defaultPolicy := Policy{Mode: All}
	if spec.Children != nil {
		defaultPolicy = *spec.Children
	}
	add := func(name string, virtual bool, from schema.Name, fromCols []string, to schema.Name, toCols []string, where string) error {
		child, parent := unitOf(from), unitOf(to)
		if child == nil || parent == nil {
			return fmt.Errorf("reference %s: %s or %s is not a table", name, from, to)
		}
		e := &edge{name: name, virtual: virtual, child: child, parent: parent, policy: defaultPolicy}
		ct, pt := m.Table(from), m.Table(to)
		exprs := map[*schema.Column]string{} // columns that are expressions
		for i := range fromCols {
			cc, pc := ct.Column(fromCols[i]), pt.Column(toCols[i])
			if cc == nil && pc != nil && virtual {
				// A value held in jsonb, say: payload->>'order_id'.
				f, err := pgsql.ParseFilter(fromCols[i])
				if err != nil {
					return fmt.Errorf("virtual foreign key %s(%s): %w", from, fromCols[i], err)
				}
				cc = &schema.Column{Name: fromCols[i], Type: &schema.Type{OID: 0, Schema: "pg_catalog", Name: "text"}}
				exprs[cc] = f.SQL
			}
			if cc == nil || pc == nil {
				return fmt.Errorf("reference %s: no column %s.%s or %s.%s", name, from, fromCols[i], to, toCols[i])
			}
			e.childCols, e.parentCols = append(e.childCols, cc), append(e.parentCols, pc)
		}
		// Order the columns as the parent's key, when they are its key.
		if parent.how == sampled && len(parent.key) == len(e.parentCols) {
			perm := make([]int, len(parent.key))
			ok := true
			for i, k := range parent.key {
				j := slices.IndexFunc(e.parentCols, func(c *schema.Column) bool { return c.Name == k.Name })
				if j < 0 {
					ok = false
					break
				}
				perm[i] = j
			}
			if ok {
				cc, pc := make([]*schema.Column, len(perm)), make([]*schema.Column, len(perm))
				for i, j := range perm {
					cc[i], pc[i] = e.childCols[j], e.parentCols[j]
				}
				e.childCols, e.parentCols, e.byKey = cc, pc, true
			}
		}
		var whereSQL string // a virtual key's where:, folded into its expressions
		if where != "" {
			f, err := pgsql.ParseFilter(where)
			if err != nil {
				return fmt.Errorf("virtual foreign key %s: where: %w", e.label(), err)
			}
			whereSQL = f.SQL
		}
		var childTypes []*schema.Type
		for i := range e.childCols {
			// A virtual reference may hold its value in another type
			// (an id in a text column): it is cast to the parent's, and
			// only where its where: holds, so no other row's value is
			// cast.
			x := pgx.Identifier{e.childCols[i].Name}.Sanitize()
			if sql, ok := exprs[e.childCols[i]]; ok {
				x = "(" + sql + ")"
			}
			ct := e.childCols[i].Type
			if e.childCols[i].Type.OID != e.parentCols[i].Type.OID && virtual {
				x = e.parentCols[i].Type.GuardedCast(x)
				ct = e.parentCols[i].Type
			}
			childTypes = append(childTypes, ct)
			if whereSQL != "" {
				x = "CASE WHEN (" + whereSQL + ") THEN " + x + " END"
			}
			e.childExprs = append(e.childExprs, x)
			e.parentExprs = append(e.parentExprs, pgx.Identifier{e.parentCols[i].Name}.Sanitize())
		}
		e.childOp, e.parentOp = newOperand(e.childExprs, childTypes), newOperand(e.parentExprs, types(e.parentCols))
		e.c = newCodec(e.parentCols)
		if e.byKey {
			e.c = parent.keyC
		}
		for _, tp := range spec.Tables {
			if tp.Table == parent.t.Name {
				e.policy = tp.Children
			}
		}
		e.up, e.upSeen, e.down, e.downSeen = newKeySet(e.c), newKeySet(e.c), newKeySet(e.c), newKeySet(e.c)
		g.edges = append(g.edges, e)
		return nil
	}
	for _, t := range m.Tables {
		for _, fk := range t.ForeignKeys {
			if err := add(fk.Name, false, fk.From, fk.FromColumns, fk.To, fk.ToColumns, ""); err != nil {
				return nil, err
			}
		}
	}
	for _, v := range spec.Virtual {
		if len(v.FromColumns) != len(v.ToColumns) || len(v.FromColumns) == 0 {
			return nil, fmt.Errorf("virtual foreign key %s(%s): %d columns reference %d", v.From, strings.Join(v.FromColumns, ", "), len(v.FromColumns), len(v.ToColumns))
		}
		if err := add("virtual", true, v.From, v.FromColumns, v.To, v.ToColumns, v.Where); err != nil {
			return nil, err
		}
	}
	for _, ov := range spec.Edges {
		t := m.Table(ov.Table)
		if t == nil {
			return nil, fmt.Errorf("subset edge %s: no such table", ov.Table)
		}
		matched := false
		for _, e := range g.edges {
			if e.child != unitOf(ov.Table) || !sameNames(e.childCols, ov.Columns) {
				continue
			}
			matched = true
			if ov.Children != nil {
				e.policy = *ov.Children
			}
			if ov.DanglingNull {
				for _, c := range e.childCols {
					if c.NotNull {
						return nil, fmt.Errorf("subset edge %s: dangling: null needs nullable columns, and %s is NOT NULL", e.label(), c.Name)
					}
				}
				e.danglingNull = true
			}
		}
		if !matched {
			return nil, fmt.Errorf("subset edge %s(%s): no foreign key or virtual foreign key has these columns", ov.Table, strings.Join(ov.Columns, ", "))
		}
	}
	for _, e := range g.edges {
		e.child.out = append(e.child.out, e)
		e.parent.in = append(e.parent.in, e)
		if e.policy.Mode == Limit && e.child.how == keyless {
			e.child.notes = append(e.child.notes, fmt.Sprintf("no key to choose %d rows per parent by: %s brings all its rows", e.policy.N, e.label()))
		}
	}
	for _, u := range g.units {
		u.layout = u.makeLayout()
	}
	return g, nil
}

func types(cols []*schema.Column) []*schema.Type {
	out := make([]*schema.Type, len(cols))
	for i, c := range cols {
		out[i] = c.Type
	}
	return out
}

func sameNames(cols []*schema.Column, names []string) bool {
	if len(cols) != len(names) {
		return false
	}
	for _, c := range cols {
		if !slices.Contains(names, c.Name) {
			return false
		}
	}
	return true
}

func (u *unit) makeLayout() layout {
	var l layout
	for i, c := range u.key {
		l.exprs = append(l.exprs, u.keyC.selectExpr(i, pgx.Identifier{c.Name}.Sanitize()))
	}
	for _, e := range u.out {
		l.outAt = append(l.outAt, len(l.exprs))
		for i, x := range e.childExprs {
			l.exprs = append(l.exprs, e.c.selectExpr(i, x))
		}
	}
	for _, e := range u.in {
		if e.byKey {
			l.inAt = append(l.inAt, -1)
			continue
		}
		l.inAt = append(l.inAt, len(l.exprs))
		for i, x := range e.parentExprs {
			l.exprs = append(l.exprs, e.c.selectExpr(i, x))
		}
	}
	if len(l.exprs) == 0 {
		l.exprs = []string{"1"}
	}
	return l
}
