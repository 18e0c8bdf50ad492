package schema

import (
	"fmt"
	"sort"
	"strings"
)

// Components returns the strongly connected components of the foreign-key
// graph (an edge runs from the referencing table to the referenced one), in
// load order: every component comes after the components it references.
// Tables within a component are sorted by name.
func (m *Model) Components() [][]Name {
	g := newGraph(m)
	return g.components()
}

// Cycles returns the components that contain a cycle through more than one
// table. Self-references are not cycles here: one COPY loads them whole.
func (m *Model) Cycles() [][]Name {
	var cs [][]Name
	for _, c := range m.Components() {
		if len(c) > 1 {
			cs = append(cs, c)
		}
	}
	return cs
}

// Order is a load order: parents before children.
type Order struct {
	Tables []Name `json:"tables"`
	// Broken lists the foreign keys whose referencing table is loaded
	// before the referenced one, to break a cycle. Each is deferrable or
	// nullable; with the constraint in place, a loader defers it or loads
	// the column as NULL and sets it afterwards.
	Broken []*ForeignKey `json:"broken"`
}

// UnbreakableCycleError reports a cycle whose every foreign key is NOT NULL
// and not deferrable: no row can be inserted into it with the constraints in
// place, so no load order exists.
type UnbreakableCycleError struct {
	Tables []Name
	Keys   []string
}

func (e *UnbreakableCycleError) Error() string {
	names := make([]string, len(e.Tables))
	for i, n := range e.Tables {
		names[i] = n.String()
	}
	return fmt.Sprintf("schema: the foreign keys %s form a cycle through %s with no nullable or deferrable key to break it",
		strings.Join(e.Keys, ", "), strings.Join(names, ", "))
}

// LoadOrder puts parents before children. Each cycle is broken at the fewest
// edges it can find, preferring deferrable keys (free to break: defer them)
// over nullable ones (they need a second pass). Order.Tables holds every
// table even when the error is an *UnbreakableCycleError.
func (m *Model) LoadOrder() (*Order, error) {
	g := newGraph(m)
	order := &Order{}
	var unbreakable *UnbreakableCycleError
	pos := map[Name]int{}
	for _, comp := range g.components() {
		tables, err := g.orderComponent(comp)
		if err != nil && unbreakable == nil {
			unbreakable = err
		}
		for _, t := range tables {
			pos[t] = len(order.Tables)
			order.Tables = append(order.Tables, t)
		}
	}
	for _, e := range g.edges {
		if pos[e.From] < pos[e.To] {
			order.Broken = append(order.Broken, e)
		}
	}
	if unbreakable != nil {
		return order, unbreakable
	}
	return order, nil
}

type graph struct {
	nodes []Name
	out   map[Name][]*ForeignKey // referencing -> referenced (self-references left out)
	edges []*ForeignKey
}

func newGraph(m *Model) *graph {
	g := &graph{out: map[Name][]*ForeignKey{}}
	for _, t := range m.Tables {
		g.nodes = append(g.nodes, t.Name)
	}
	sort.Slice(g.nodes, func(i, j int) bool { return g.nodes[i].Less(g.nodes[j]) })
	for _, n := range g.nodes {
		t := m.Table(n)
		for _, fk := range t.ForeignKeys {
			if fk.SelfReference() {
				continue
			}
			g.out[n] = append(g.out[n], fk)
			g.edges = append(g.edges, fk)
		}
		sort.SliceStable(g.out[n], func(i, j int) bool { return g.out[n][i].To.Less(g.out[n][j].To) })
	}
	return g
}

// components is Tarjan's algorithm. It emits a component once every
// component it can reach (its parents) has been emitted: load order.
func (g *graph) components() [][]Name {
	index := map[Name]int{}
	low := map[Name]int{}
	onStack := map[Name]bool{}
	var stack []Name
	var out [][]Name
	next := 0
	var visit func(v Name)
	visit = func(v Name) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, e := range g.out[v] {
			w := e.To
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []Name
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			sort.Slice(comp, func(i, j int) bool { return comp[i].Less(comp[j]) })
			out = append(out, comp)
		}
	}
	for _, v := range g.nodes {
		if _, seen := index[v]; !seen {
			visit(v)
		}
	}
	return out
}

// orderComponent orders the tables of one component. It keeps every edge it
// can and breaks the rest: first all breakable edges are set aside, then
// nullable ones and finally deferrable ones are put back wherever they do not
// close a cycle.
func (g *graph) orderComponent(comp []Name) ([]Name, *UnbreakableCycleError) {
	if len(comp) == 1 {
		return comp, nil
	}
	in := map[Name]bool{}
	for _, n := range comp {
		in[n] = true
	}
	var fixed, nullable, deferrable []*ForeignKey
	for _, n := range comp {
		for _, e := range g.out[n] {
			switch {
			case !in[e.To]:
			case e.Deferrable:
				deferrable = append(deferrable, e)
			case e.Nullable:
				nullable = append(nullable, e)
			default:
				fixed = append(fixed, e)
			}
		}
	}
	var err *UnbreakableCycleError
	if _, ok := topo(comp, fixed); !ok {
		err = &UnbreakableCycleError{Tables: comp}
		for _, e := range fixed {
			err.Keys = append(err.Keys, e.From.String()+"."+e.Name)
		}
		fixed = nil // order the tables anyway, by name
	}
	kept := fixed
	for _, e := range append(nullable, deferrable...) {
		if _, ok := topo(comp, append(kept, e)); ok {
			kept = append(kept, e)
		}
	}
	order, _ := topo(comp, kept)
	return order, err
}

// topo is Kahn's algorithm over the given edges, taking the smallest name
// first among ready tables, so the order is stable. ok is false on a cycle.
func topo(nodes []Name, edges []*ForeignKey) ([]Name, bool) {
	// A table is ready once all the tables it references are placed.
	pending := map[Name]int{}
	children := map[Name][]Name{}
	for _, e := range edges {
		pending[e.From]++
		children[e.To] = append(children[e.To], e.From)
	}
	var ready, out []Name
	for _, n := range nodes {
		if pending[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Slice(ready, func(i, j int) bool { return ready[i].Less(ready[j]) })
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, c := range children[n] {
			pending[c]--
			if pending[c] == 0 {
				ready = append(ready, c)
			}
		}
	}
	return out, len(out) == len(nodes)
}
