package pgsql

import (
	"strings"
)

// Expr is a parsed condition, or a part of one. The concrete types are
// *ColumnRef, *Literal, *Compare, *In, *Like, *NullTest, *BoolTest, *And,
// *Or and *Not; no other package can add one.
type Expr interface {
	// Eval evaluates the expression as a condition on row, with SQL's
	// three-valued logic. A condition applies only when Eval returns True.
	Eval(row Row) (Tri, error)
	// Columns lists the columns the expression refers to, each once, in
	// the order they first appear.
	Columns() []ColumnRef
	// Pos is the expression's 0-based byte offset in the parsed text.
	Pos() int
	// String renders the expression as SQL that ParseCondition parses back
	// to the same expression.
	String() string

	appendColumns(dst []ColumnRef) []ColumnRef
}

// operand is an Expr that has a value of its own: a column or a literal.
type operand interface {
	Expr
	value(row Row) (v []byte, null bool, err error)
}

// ColumnRef is a column, optionally qualified by its table (and schema).
// Names are as PostgreSQL resolves them: unquoted names folded to lower
// case, quoted names kept exactly.
type ColumnRef struct {
	Schema string // "" unless written schema.table.column
	Table  string // "" unless qualified
	Name   string
	At     int // 0-based byte offset in the condition
}

// LiteralKind is the type of a Literal.
type LiteralKind int8

// The literal kinds.
const (
	StringLiteral LiteralKind = iota
	NumberLiteral
	BoolLiteral
	NullLiteral
)

func (k LiteralKind) String() string {
	switch k {
	case StringLiteral:
		return "string"
	case NumberLiteral:
		return "number"
	case BoolLiteral:
		return "boolean"
	default:
		return "NULL"
	}
}

// Literal is a constant. Text is its value in PostgreSQL's text form: the
// string itself, the number as written (decimal, no underscores), "true" or
// "false", or "" for NULL. Type is the type of a 'literal'::type cast, as
// PostgreSQL names it (int4, numeric, bool, text, date, uuid...), or "".
type Literal struct {
	Kind LiteralKind
	Text string
	Type string
	At   int

	text []byte
}

// CompareOp is a comparison operator.
type CompareOp int8

// The comparison operators. != parses as NotEqual.
const (
	Equal CompareOp = iota
	NotEqual
	Less
	LessEqual
	Greater
	GreaterEqual
	DistinctFrom    // IS DISTINCT FROM: NULL-safe <>
	NotDistinctFrom // IS NOT DISTINCT FROM: NULL-safe =
)

var compareOpText = [...]string{"=", "<>", "<", "<=", ">", ">=", "IS DISTINCT FROM", "IS NOT DISTINCT FROM"}

func (op CompareOp) String() string { return compareOpText[op] }

// Compare compares two values. BETWEEN parses as two of them under And (or,
// NOT BETWEEN, under Or).
type Compare struct {
	Op          CompareOp
	Left, Right Expr // each a *ColumnRef or a *Literal
	At          int

	mode cmpMode
}

// In is expr [NOT] IN (list...).
type In struct {
	Expr Expr   // a *ColumnRef or a *Literal
	List []Expr // each a *ColumnRef or a *Literal
	Not  bool
	At   int

	modes []cmpMode
}

// Like is expr [NOT] LIKE/ILIKE pattern [ESCAPE escape]. The pattern is
// compiled once, when the condition is parsed.
type Like struct {
	Expr    Expr // a *ColumnRef or a *Literal
	Pattern string
	Escape  string // `\` by default; "" disables escaping
	Fold    bool   // ILIKE
	Not     bool
	At      int
	matcher *likeMatcher
}

// NullTest is expr IS [NOT] NULL.
type NullTest struct {
	Expr Expr
	Not  bool
	At   int
}

// BoolTestKind is the test of a BoolTest.
type BoolTestKind int8

// The boolean tests.
const (
	IsTrue BoolTestKind = iota
	IsNotTrue
	IsFalse
	IsNotFalse
	IsUnknown
	IsNotUnknown
)

var boolTestText = [...]string{"IS TRUE", "IS NOT TRUE", "IS FALSE", "IS NOT FALSE", "IS UNKNOWN", "IS NOT UNKNOWN"}

func (k BoolTestKind) String() string { return boolTestText[k] }

// BoolTest is expr IS [NOT] TRUE/FALSE/UNKNOWN. It is never Unknown itself.
type BoolTest struct {
	Expr Expr
	Test BoolTestKind
	At   int
}

// And is a conjunction of two or more conditions.
type And struct {
	Args []Expr
	At   int
}

// Or is a disjunction of two or more conditions.
type Or struct {
	Args []Expr
	At   int
}

// Not negates a condition.
type Not struct {
	Arg Expr
	At  int
}

func (e *ColumnRef) Pos() int { return e.At }
func (e *Literal) Pos() int   { return e.At }
func (e *Compare) Pos() int   { return e.At }
func (e *In) Pos() int        { return e.At }
func (e *Like) Pos() int      { return e.At }
func (e *NullTest) Pos() int  { return e.At }
func (e *BoolTest) Pos() int  { return e.At }
func (e *And) Pos() int       { return e.At }
func (e *Or) Pos() int        { return e.At }
func (e *Not) Pos() int       { return e.At }

func (e *ColumnRef) Columns() []ColumnRef { return columns(e) }
func (e *Literal) Columns() []ColumnRef   { return columns(e) }
func (e *Compare) Columns() []ColumnRef   { return columns(e) }
func (e *In) Columns() []ColumnRef        { return columns(e) }
func (e *Like) Columns() []ColumnRef      { return columns(e) }
func (e *NullTest) Columns() []ColumnRef  { return columns(e) }
func (e *BoolTest) Columns() []ColumnRef  { return columns(e) }
func (e *And) Columns() []ColumnRef       { return columns(e) }
func (e *Or) Columns() []ColumnRef        { return columns(e) }
func (e *Not) Columns() []ColumnRef       { return columns(e) }

// columns lists e's column references, dropping repeats of the same
// (schema, table, name).
func columns(e Expr) []ColumnRef {
	all := e.appendColumns(nil)
	out := all[:0]
	for i, c := range all {
		seen := false
		for _, d := range all[:i] {
			if d.Schema == c.Schema && d.Table == c.Table && d.Name == c.Name {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, c)
		}
	}
	return out
}

func (e *ColumnRef) appendColumns(dst []ColumnRef) []ColumnRef { return append(dst, *e) }
func (e *Literal) appendColumns(dst []ColumnRef) []ColumnRef   { return dst }
func (e *Compare) appendColumns(dst []ColumnRef) []ColumnRef {
	return e.Right.appendColumns(e.Left.appendColumns(dst))
}
func (e *In) appendColumns(dst []ColumnRef) []ColumnRef {
	dst = e.Expr.appendColumns(dst)
	for _, x := range e.List {
		dst = x.appendColumns(dst)
	}
	return dst
}
func (e *Like) appendColumns(dst []ColumnRef) []ColumnRef     { return e.Expr.appendColumns(dst) }
func (e *NullTest) appendColumns(dst []ColumnRef) []ColumnRef { return e.Expr.appendColumns(dst) }
func (e *BoolTest) appendColumns(dst []ColumnRef) []ColumnRef { return e.Expr.appendColumns(dst) }
func (e *And) appendColumns(dst []ColumnRef) []ColumnRef {
	for _, x := range e.Args {
		dst = x.appendColumns(dst)
	}
	return dst
}
func (e *Or) appendColumns(dst []ColumnRef) []ColumnRef {
	for _, x := range e.Args {
		dst = x.appendColumns(dst)
	}
	return dst
}
func (e *Not) appendColumns(dst []ColumnRef) []ColumnRef { return e.Arg.appendColumns(dst) }

// String renders the reference, quoting names where SQL needs it.
func (e *ColumnRef) String() string {
	var b strings.Builder
	if e.Schema != "" {
		b.WriteString(QuoteIdent(e.Schema))
		b.WriteByte('.')
	}
	if e.Table != "" {
		b.WriteString(QuoteIdent(e.Table))
		b.WriteByte('.')
	}
	b.WriteString(QuoteIdent(e.Name))
	return b.String()
}

func (e *Literal) String() string {
	if e.Type != "" {
		if e.Kind == NullLiteral {
			return "NULL::" + e.Type
		}
		return QuoteLiteral(e.Text) + "::" + e.Type
	}
	switch e.Kind {
	case NumberLiteral:
		return e.Text
	case BoolLiteral:
		return strings.ToUpper(e.Text)
	case NullLiteral:
		return "NULL"
	default:
		return QuoteLiteral(e.Text)
	}
}

func (e *Compare) String() string {
	return e.Left.String() + " " + e.Op.String() + " " + e.Right.String()
}

func (e *In) String() string {
	var b strings.Builder
	b.WriteString(e.Expr.String())
	if e.Not {
		b.WriteString(" NOT")
	}
	b.WriteString(" IN (")
	for i, x := range e.List {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.String())
	}
	b.WriteByte(')')
	return b.String()
}

func (e *Like) String() string {
	var b strings.Builder
	b.WriteString(e.Expr.String())
	if e.Not {
		b.WriteString(" NOT")
	}
	if e.Fold {
		b.WriteString(" ILIKE ")
	} else {
		b.WriteString(" LIKE ")
	}
	b.WriteString(QuoteLiteral(e.Pattern))
	if e.Escape != `\` {
		b.WriteString(" ESCAPE ")
		b.WriteString(QuoteLiteral(e.Escape))
	}
	return b.String()
}

func (e *NullTest) String() string {
	if e.Not {
		return atom(e.Expr) + " IS NOT NULL"
	}
	return atom(e.Expr) + " IS NULL"
}

func (e *BoolTest) String() string { return atom(e.Expr) + " " + e.Test.String() }

func (e *And) String() string { return joinArgs(e.Args, " AND ") }

func (e *Or) String() string { return joinArgs(e.Args, " OR ") }

// joinArgs renders the arguments of an AND or OR joined by op, with an OR
// argument parenthesized.
func joinArgs(args []Expr, op string) string {
	parts := make([]string, len(args))
	for i, x := range args {
		if _, ok := x.(*Or); ok {
			parts[i] = "(" + x.String() + ")"
		} else {
			parts[i] = x.String()
		}
	}
	return strings.Join(parts, op)
}

func (e *Not) String() string { return "NOT " + atom(e.Arg) }

// atom renders x, parenthesized unless it is a column or a literal.
func atom(x Expr) string {
	switch x.(type) {
	case *ColumnRef, *Literal:
		return x.String()
	}
	return "(" + x.String() + ")"
}
