package pgsql

// KeyDispatch finds, with one lookup, the first of a list of conditions
// that holds for a row, when every condition compares one column with
// string literals: col = 'a', 'b' = col, col IN ('c', 'd'). That is the
// shape of the rules init writes for a key/value table (a rule per group
// of keys), where a row would otherwise be compared with every literal of
// every rule before it reaches the last one.
type KeyDispatch struct {
	column    string
	first     map[string]int // literal -> index of the first rule it selects
	otherwise int            // index of the first rule without a condition, or -1
}

// NewKeyDispatch returns the dispatch for conds, one per rule in order (nil
// for a rule without a condition), or nil when some condition has another
// shape or the conditions compare different columns.
func NewKeyDispatch(conds []Expr) *KeyDispatch {
	d := &KeyDispatch{first: map[string]int{}, otherwise: -1}
	for i, c := range conds {
		if c == nil {
			if d.otherwise < 0 {
				d.otherwise = i
			}
			continue
		}
		col, lits, ok := keyComparison(c)
		if !ok || d.column != "" && col != d.column {
			return nil
		}
		d.column = col
		for _, l := range lits {
			if _, seen := d.first[l]; !seen && (d.otherwise < 0 || i < d.otherwise) {
				d.first[l] = i
			}
		}
	}
	if d.column == "" {
		return nil
	}
	return d
}

// keyComparison reads col = 'lit', 'lit' = col and col IN ('lit', ...):
// byte-wise comparisons of a column with string literals.
func keyComparison(e Expr) (string, []string, bool) {
	switch e := e.(type) {
	case *Compare:
		if e.Op != Equal || e.mode != cmpText {
			return "", nil, false
		}
		col, lit := e.Left, e.Right
		if _, ok := col.(*Literal); ok {
			col, lit = lit, col
		}
		c, cok := col.(*ColumnRef)
		l, lok := lit.(*Literal)
		if !cok || !lok || !plainString(l) {
			return "", nil, false
		}
		return c.Name, []string{l.Text}, true
	case *In:
		c, ok := e.Expr.(*ColumnRef)
		if !ok || e.Not || len(e.List) == 0 {
			return "", nil, false
		}
		lits := make([]string, 0, len(e.List))
		for i, x := range e.List {
			l, ok := x.(*Literal)
			if !ok || !plainString(l) || i >= len(e.modes) || e.modes[i] != cmpText {
				return "", nil, false
			}
			lits = append(lits, l.Text)
		}
		return c.Name, lits, true
	}
	return "", nil, false
}

// plainString reports a string literal without a cast, compared as bytes.
func plainString(l *Literal) bool {
	return l.Kind == StringLiteral && l.Type == "" && string(l.text) == l.Text
}

// Column returns the column the conditions compare.
func (d *KeyDispatch) Column() string { return d.column }

// Rule returns the index of the first condition that holds for the row, or
// the first rule without one, or -1 when no rule applies. A NULL in the
// column matches no literal, as = and IN yield unknown for it.
func (d *KeyDispatch) Rule(row Row) (int, error) {
	v, null, ok := row.Value(d.column)
	if !ok {
		return -1, &MissingColumnError{Column: d.column}
	}
	if !null {
		if i, ok := d.first[string(v)]; ok {
			return i, nil
		}
	}
	return d.otherwise, nil
}
