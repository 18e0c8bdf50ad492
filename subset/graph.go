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
	from string // fromClause(t)

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
			out[i] = pgsql.QuoteIdent(c.Name)
		}
		return strings.Join(out, ", ")
	}
	s := fmt.Sprintf("%s(%s) -> %s(%s)", e.child.t.Name, names(e.childCols), e.parent.t.Name, names(e.parentCols))
	if e.virtual {
		return s + " [virtual]"
	}
	return s + " [" + pgsql.QuoteIdent(e.name) + "]"
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

// buildGraph makes the graph of m under spec, in the order each part needs
// the one before: the units (tables, a partitioned table standing for its
// partitions), the edges between them (foreign keys, then virtual ones, all
// with the default children policy), the overrides (per table, then per
// edge), and last each unit's edge lists and read layout.
func buildGraph(m *schema.Model, spec *Spec) (*graph, error) {
	g := &graph{m: m, byName: map[schema.Name]*unit{}}
	g.addUnits(spec)
	if err := g.addEdges(spec); err != nil {
		return nil, err
	}
	g.applyTablePolicies(spec.Tables)
	if err := g.applyEdgeRules(spec.Edges); err != nil {
		return nil, err
	}
	g.link()
	return g, nil
}

// addUnits makes a unit of every table that is not a partition (a
// partition's rows belong to its topmost partitioned ancestor): excluded,
// full, else sampled by its key, or keyless when it has none.
func (g *graph) addUnits(spec *Spec) {
	fullSet, exclSet := nameSet(spec.Full), nameSet(spec.Exclude)
	for _, t := range g.m.Tables {
		if r := rootOf(g.m, t); r != t {
			continue
		}
		u := &unit{t: t, from: fromClause(t)}
		switch {
		case exclSet[t.Name]:
			u.how = excluded
		case fullSet[t.Name]:
			u.how = full
		default:
			// A UNIQUE NULLS NOT DISTINCT key may hold a NULL, which a key
			// set cannot tell from "no value": only NOT NULL keys hold rows.
			u.keyBy(t.NotNullKey())
		}
		g.units = append(g.units, u)
		g.byName[t.Name] = u
	}
}

// keyBy makes u sampled by key k, with its key sets; with no key, u is
// keyless.
func (u *unit) keyBy(k *schema.Key) {
	if k == nil {
		u.how = keyless
		u.notes = append(u.notes, "no primary or unique key: its rows are chosen by its references alone")
		return
	}
	u.how = sampled
	for _, c := range k.Columns {
		u.key = append(u.key, u.t.Column(c))
		u.keyExprs = append(u.keyExprs, pgx.Identifier{c}.Sanitize())
	}
	u.keyC = newCodec(u.key)
	u.keyOp = newOperand(u.keyExprs, types(u.key))
	u.sel, u.down, u.needUp, u.needDown = newKeySet(u.keyC), newKeySet(u.keyC), newKeySet(u.keyC), newKeySet(u.keyC)
}

// fromClause is the FROM clause that reads a table's rows: ONLY for a
// table with inheritance children (their rows are theirs), while a
// partitioned table reads its partitions (it has no rows of its own).
func fromClause(t *schema.Table) string {
	if len(t.Children) > 0 && t.Kind != schema.KindPartitioned {
		return "ONLY " + t.Name.Sanitize()
	}
	return t.Name.Sanitize()
}

func nameSet(names []schema.Name) map[schema.Name]bool {
	out := map[schema.Name]bool{}
	for _, n := range names {
		out[n] = true
	}
	return out
}

// unitOf is the unit a table's rows belong to, or nil when n is no table.
func (g *graph) unitOf(n schema.Name) *unit {
	t := g.m.Table(n)
	if t == nil {
		return nil
	}
	return g.byName[rootOf(g.m, t).Name]
}

// reference is an edge as declared: a foreign key, or a virtual one with
// its where:.
type reference struct {
	name             string
	virtual          bool
	from, to         schema.Name
	fromCols, toCols []string
	where            string
}

// addEdges makes an edge of every foreign key, then of every virtual
// foreign key, each with the default children policy (all, when the spec
// sets none).
func (g *graph) addEdges(spec *Spec) error {
	policy := Policy{Mode: All}
	if spec.Children != nil {
		policy = *spec.Children
	}
	for _, t := range g.m.Tables {
		for _, fk := range t.ForeignKeys {
			r := reference{name: fk.Name, from: fk.From, fromCols: fk.FromColumns, to: fk.To, toCols: fk.ToColumns}
			if err := g.addEdge(r, policy); err != nil {
				return err
			}
		}
	}
	for _, v := range spec.Virtual {
		if len(v.FromColumns) != len(v.ToColumns) || len(v.FromColumns) == 0 {
			return fmt.Errorf("virtual foreign key %s(%s): %d columns reference %d", v.From, strings.Join(v.FromColumns, ", "), len(v.FromColumns), len(v.ToColumns))
		}
		r := reference{name: "virtual", virtual: true, from: v.From, fromCols: v.FromColumns, to: v.To, toCols: v.ToColumns, where: v.Where}
		if err := g.addEdge(r, policy); err != nil {
			return err
		}
	}
	return nil
}

// addEdge makes the edge of r between the units of its tables: its
// columns, in the parent's key order when they are its key, the
// expressions that read them, and its key sets.
func (g *graph) addEdge(r reference, policy Policy) error {
	child, parent := g.unitOf(r.from), g.unitOf(r.to)
	if child == nil || parent == nil {
		return fmt.Errorf("reference %s: %s or %s is not a table", r.name, r.from, r.to)
	}
	e := &edge{name: r.name, virtual: r.virtual, child: child, parent: parent, policy: policy}
	exprs, err := e.setColumns(g.m, r)
	if err != nil {
		return err
	}
	e.orderByKey()
	if err := e.setExprs(r.where, exprs); err != nil {
		return err
	}
	e.up, e.upSeen, e.down, e.downSeen = newKeySet(e.c), newKeySet(e.c), newKeySet(e.c), newKeySet(e.c)
	g.edges = append(g.edges, e)
	return nil
}

// setColumns sets the edge's columns from r's names. A virtual
// reference's child side may be an expression instead of a column (a
// value held in jsonb, say: payload->>'order_id'): it stands as a text
// column, which the returned map gives the expression of.
func (e *edge) setColumns(m *schema.Model, r reference) (map[*schema.Column]string, error) {
	ct, pt := m.Table(r.from), m.Table(r.to)
	exprs := map[*schema.Column]string{}
	for i := range r.fromCols {
		cc, pc := ct.Column(r.fromCols[i]), pt.Column(r.toCols[i])
		if cc == nil && pc != nil && r.virtual {
			f, err := pgsql.ParseFilter(r.fromCols[i])
			if err != nil {
				return nil, fmt.Errorf("virtual foreign key %s(%s): %w", r.from, r.fromCols[i], err)
			}
			cc = &schema.Column{Name: r.fromCols[i], Type: &schema.Type{OID: 0, Schema: "pg_catalog", Name: "text"}}
			exprs[cc] = f.SQL
		}
		if cc == nil || pc == nil {
			return nil, fmt.Errorf("reference %s: no column %s.%s or %s.%s", r.name, r.from, r.fromCols[i], r.to, r.toCols[i])
		}
		e.childCols, e.parentCols = append(e.childCols, cc), append(e.parentCols, pc)
	}
	return exprs, nil
}

// orderByKey orders the columns as the parent's key, when they are its
// key: then a parent value is a parent key (byKey).
func (e *edge) orderByKey() {
	key := e.parent.key
	if e.parent.how != sampled || len(key) != len(e.parentCols) {
		return
	}
	perm := make([]int, len(key))
	for i, k := range key {
		j := slices.IndexFunc(e.parentCols, func(c *schema.Column) bool { return c.Name == k.Name })
		if j < 0 {
			return
		}
		perm[i] = j
	}
	cc, pc := make([]*schema.Column, len(perm)), make([]*schema.Column, len(perm))
	for i, j := range perm {
		cc[i], pc[i] = e.childCols[j], e.parentCols[j]
	}
	e.childCols, e.parentCols, e.byKey = cc, pc, true
}

// setExprs sets the SQL that reads the edge's values on each side, their
// operands, and the parent columns' codec (the parent's key codec when
// byKey). exprs are the child columns that are expressions; where is a
// virtual key's where:, folded into the child expressions.
func (e *edge) setExprs(where string, exprs map[*schema.Column]string) error {
	var whereSQL string
	if where != "" {
		f, err := pgsql.ParseFilter(where)
		if err != nil {
			return fmt.Errorf("virtual foreign key %s: where: %w", e.label(), err)
		}
		whereSQL = f.SQL
	}
	var childTypes []*schema.Type
	for i := range e.childCols {
		// A virtual reference may hold its value in another type (an id in
		// a text column): it is cast to the parent's, and only where its
		// where: holds, so no other row's value is cast.
		x := pgx.Identifier{e.childCols[i].Name}.Sanitize()
		if sql, ok := exprs[e.childCols[i]]; ok {
			x = "(" + sql + ")"
		}
		ct := e.childCols[i].Type
		if e.childCols[i].Type.OID != e.parentCols[i].Type.OID && e.virtual {
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
		e.c = e.parent.keyC
	}
	return nil
}

// applyTablePolicies gives every edge that points at a table with a
// children policy that policy (the last one, when a table has several).
func (g *graph) applyTablePolicies(tables []TablePolicy) {
	for _, e := range g.edges {
		for _, tp := range tables {
			if tp.Table == e.parent.t.Name {
				e.policy = tp.Children
			}
		}
	}
}

// applyEdgeRules applies each edge rule to every edge from its table with
// its columns; a rule that matches no edge is an error.
func (g *graph) applyEdgeRules(rules []Edge) error {
	for _, ov := range rules {
		child := g.unitOf(ov.Table)
		if child == nil {
			return fmt.Errorf("subset edge %s: no such table", ov.Table)
		}
		matched := false
		for _, e := range g.edges {
			if e.child != child || !sameNames(e.childCols, ov.Columns) {
				continue
			}
			matched = true
			if err := e.override(ov); err != nil {
				return err
			}
		}
		if !matched {
			return fmt.Errorf("subset edge %s(%s): no foreign key or virtual foreign key has these columns", ov.Table, strings.Join(ov.Columns, ", "))
		}
	}
	return nil
}

// override applies edge rule r to e: its children policy, and dangling:
// null, which needs nullable columns.
func (e *edge) override(r Edge) error {
	if r.Children != nil {
		e.policy = *r.Children
	}
	if r.DanglingNull {
		for _, c := range e.childCols {
			if c.NotNull {
				return fmt.Errorf("subset edge %s: dangling: null needs nullable columns, and %s is NOT NULL", e.label(), c.Name)
			}
		}
		e.danglingNull = true
	}
	return nil
}

// link lists each unit's outgoing and incoming edges, notes where a keyless
// child cannot keep a limit policy, and lays out each unit's reads.
func (g *graph) link() {
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
