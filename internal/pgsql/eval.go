package pgsql

import (
	"bytes"
	"errors"
)

// Tri is a value of SQL's three-valued logic.
type Tri int8

// The three truth values.
const (
	False Tri = iota
	True
	Unknown // NULL as a boolean
)

func (t Tri) String() string {
	switch t {
	case False:
		return "false"
	case True:
		return "true"
	}
	return "unknown"
}

func (t Tri) not() Tri {
	switch t {
	case False:
		return True
	case True:
		return False
	}
	return Unknown
}

func triOf(b bool) Tri {
	if b {
		return True
	}
	return False
}

// Row gives the values of one row, in PostgreSQL's text representation (as
// COPY ... TO STDOUT prints them, unescaped). ok is false when the row has
// no column of that name; null is true for NULL, and value is then ignored.
// Eval calls Value once per column reference and keeps no value after it
// returns.
type Row interface {
	Value(column string) (value []byte, null bool, ok bool)
}

// Holds reports whether the condition e holds for row. Unknown counts as
// false, as in a WHERE clause.
func Holds(e Expr, row Row) (bool, error) {
	t, err := e.Eval(row)
	return t == True, err
}

// cmpMode is how a comparison compares its two values, chosen when the
// condition is parsed from the literals it involves.
type cmpMode int8

const (
	// cmpText compares bytes, as the C collation does.
	cmpText cmpMode = iota
	// cmpNumber compares numerically when both values are numbers, and
	// falls back to cmpText otherwise.
	cmpNumber
	// cmpBool compares booleans (false < true) when both values are
	// booleans, and falls back to cmpText otherwise.
	cmpBool
)

// modeFor chooses how to compare a with b: numerically when either is a
// number literal or both are columns, as booleans when either is a boolean
// literal, and byte-wise otherwise (a string literal fixes a text
// comparison, as the column it is compared with is most likely text).
func modeFor(a, b operand) cmpMode {
	la, aLit := a.(*Literal)
	lb, bLit := b.(*Literal)
	switch {
	case aLit && la.Kind == NumberLiteral, bLit && lb.Kind == NumberLiteral:
		return cmpNumber
	case aLit && la.Kind == BoolLiteral, bLit && lb.Kind == BoolLiteral:
		return cmpBool
	case !aLit && !bLit:
		return cmpNumber
	}
	return cmpText
}

func compareValues(mode cmpMode, a, b []byte) int {
	switch mode {
	case cmpNumber:
		if na, ok := parseNumber(a); ok {
			if nb, ok := parseNumber(b); ok {
				return compareNumbers(&na, &nb)
			}
		}
	case cmpBool:
		if ba, ok := parseBool(a); ok {
			if bb, ok := parseBool(b); ok {
				return cmp3(boolInt(ba), boolInt(bb))
			}
		}
	}
	return bytes.Compare(a, b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// errHandBuilt is returned by Eval on an expression that ParseCondition
// did not build.
var errHandBuilt = errors.New("condition was not built by ParseCondition")

// valueOf returns the value of an operand: a column or a literal.
func valueOf(x Expr, row Row) ([]byte, bool, error) {
	switch x := x.(type) {
	case *ColumnRef:
		return x.value(row)
	case *Literal:
		return x.value(row)
	}
	return nil, false, errHandBuilt
}

func (e *ColumnRef) value(row Row) ([]byte, bool, error) {
	v, null, ok := row.Value(e.Name)
	if !ok {
		return nil, false, &MissingColumnError{Column: e.Name}
	}
	return v, null, nil
}

func (e *Literal) value(Row) ([]byte, bool, error) {
	return e.text, e.Kind == NullLiteral, nil
}

// Eval evaluates a column used as a condition by itself (WHERE active).
func (e *ColumnRef) Eval(row Row) (Tri, error) {
	v, null, err := e.value(row)
	if err != nil || null {
		return Unknown, err
	}
	b, ok := parseBool(v)
	if !ok {
		return Unknown, &ValueError{Column: e.Name, Pos: e.At}
	}
	return triOf(b), nil
}

// Eval evaluates TRUE, FALSE or NULL as a condition. ParseCondition
// accepts no other literal as a condition.
func (e *Literal) Eval(Row) (Tri, error) {
	if e.Kind == NullLiteral {
		return Unknown, nil
	}
	b, ok := parseBool(e.text)
	if !ok {
		return Unknown, &ValueError{Pos: e.At}
	}
	return triOf(b), nil
}

func (e *Compare) Eval(row Row) (Tri, error) {
	a, aNull, err := valueOf(e.Left, row)
	if err != nil {
		return Unknown, err
	}
	b, bNull, err := valueOf(e.Right, row)
	if err != nil {
		return Unknown, err
	}
	if aNull || bNull {
		switch e.Op {
		case DistinctFrom:
			return triOf(aNull != bNull), nil
		case NotDistinctFrom:
			return triOf(aNull == bNull), nil
		}
		return Unknown, nil
	}
	c := compareValues(e.mode, a, b)
	switch e.Op {
	case Equal, NotDistinctFrom:
		return triOf(c == 0), nil
	case NotEqual, DistinctFrom:
		return triOf(c != 0), nil
	case Less:
		return triOf(c < 0), nil
	case LessEqual:
		return triOf(c <= 0), nil
	case Greater:
		return triOf(c > 0), nil
	default:
		return triOf(c >= 0), nil
	}
}

func (e *In) Eval(row Row) (Tri, error) {
	v, null, err := valueOf(e.Expr, row)
	if err != nil || null {
		return Unknown, err
	}
	res := False
	for i, x := range e.List {
		w, wNull, err := valueOf(x, row)
		if err != nil {
			return Unknown, err
		}
		if wNull {
			res = Unknown
			continue
		}
		mode := cmpText
		if i < len(e.modes) {
			mode = e.modes[i]
		}
		if compareValues(mode, v, w) == 0 {
			res = True
			break
		}
	}
	if e.Not {
		return res.not(), nil
	}
	return res, nil
}

func (e *Like) Eval(row Row) (Tri, error) {
	v, null, err := valueOf(e.Expr, row)
	if err != nil || null {
		return Unknown, err
	}
	if e.matcher == nil {
		return Unknown, errHandBuilt
	}
	return triOf(e.matcher.match(v) != e.Not), nil
}

func (e *NullTest) Eval(row Row) (Tri, error) {
	var null bool
	switch e.Expr.(type) {
	case *ColumnRef, *Literal:
		var err error
		if _, null, err = valueOf(e.Expr, row); err != nil {
			return Unknown, err
		}
	default:
		t, err := e.Expr.Eval(row)
		if err != nil {
			return Unknown, err
		}
		null = t == Unknown
	}
	return triOf(null != e.Not), nil
}

func (e *BoolTest) Eval(row Row) (Tri, error) {
	t, err := e.Expr.Eval(row)
	if err != nil {
		return Unknown, err
	}
	switch e.Test {
	case IsTrue:
		return triOf(t == True), nil
	case IsNotTrue:
		return triOf(t != True), nil
	case IsFalse:
		return triOf(t == False), nil
	case IsNotFalse:
		return triOf(t != False), nil
	case IsUnknown:
		return triOf(t == Unknown), nil
	default:
		return triOf(t != Unknown), nil
	}
}

func (e *And) Eval(row Row) (Tri, error) {
	res := True
	for _, x := range e.Args {
		t, err := x.Eval(row)
		if err != nil {
			return Unknown, err
		}
		if t == False {
			return False, nil
		}
		if t == Unknown {
			res = Unknown
		}
	}
	return res, nil
}

func (e *Or) Eval(row Row) (Tri, error) {
	res := False
	for _, x := range e.Args {
		t, err := x.Eval(row)
		if err != nil {
			return Unknown, err
		}
		if t == True {
			return True, nil
		}
		if t == Unknown {
			res = Unknown
		}
	}
	return res, nil
}

func (e *Not) Eval(row Row) (Tri, error) {
	t, err := e.Arg.Eval(row)
	return t.not(), err
}
