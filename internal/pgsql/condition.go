package pgsql

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	pg "github.com/pganalyze/pg_query_go/v6"
)

// ParseCondition parses a column rule's when: condition, a boolean SQL
// expression over the row's columns that understudy evaluates on the row
// stream (see the package documentation for what it may contain).
//
// The text is parsed by PostgreSQL's own parser as SELECT 1 WHERE <expr>;
// it must be exactly one expression: a ';', a comment or a clause after
// the expression is a *SyntaxError. Valid SQL outside the supported subset
// is an *UnsupportedError naming the construct. Both carry the 0-based byte
// offset of the problem in expr.
func ParseCondition(expr string) (Expr, error) {
	p, err := parseWrapped(conditionPrefix, expr, "condition")
	if err != nil {
		return nil, err
	}
	c := &converter{prefix: len(conditionPrefix)}
	return c.condition(p.where())
}

// converter turns a pg_query expression tree into our Expr, with one
// method per node kind.
type converter struct {
	prefix int // length of the wrapper before the caller's text
}

func (c *converter) pos(loc int32) int {
	return max(0, int(loc)-c.prefix)
}

func (c *converter) unsupported(loc int32, format string, args ...any) error {
	return &UnsupportedError{Pos: c.pos(loc), What: fmt.Sprintf(format, args...)}
}

func (c *converter) syntax(loc int32, format string, args ...any) error {
	return &SyntaxError{Pos: c.pos(loc), Msg: fmt.Sprintf(format, args...)}
}

// convert dispatches on the node kind.
func (c *converter) convert(n *pg.Node) (Expr, error) {
	switch n := n.GetNode().(type) {
	case *pg.Node_BoolExpr:
		return c.boolExpr(n.BoolExpr)
	case *pg.Node_AExpr:
		return c.aExpr(n.AExpr)
	case *pg.Node_NullTest:
		return c.nullTest(n.NullTest)
	case *pg.Node_BooleanTest:
		return c.booleanTest(n.BooleanTest)
	case *pg.Node_ColumnRef:
		return c.columnRef(n.ColumnRef)
	case *pg.Node_AConst:
		return c.aConst(n.AConst)
	case *pg.Node_TypeCast:
		return c.typeCast(n.TypeCast)
	}
	// Function calls, subqueries and the rest, named as describeNode says.
	return nil, c.unsupported(int32(nodeLocation(n)), "%s", describeNode(n))
}

// condition converts an expression in a boolean position: the whole
// condition, or an argument of AND, OR, NOT or IS TRUE.
func (c *converter) condition(n *pg.Node) (Expr, error) {
	e, err := c.convert(n)
	if err != nil {
		return nil, err
	}
	if lit, ok := e.(*Literal); ok && lit.Kind != BoolLiteral && lit.Kind != NullLiteral {
		return nil, &UnsupportedError{Pos: lit.At, What: "a " + lit.Kind.String() + " literal used as a condition"}
	}
	return e, nil
}

// operand converts an expression that must have a value: a column or a
// literal.
func (c *converter) operand(n *pg.Node) (operand, error) {
	e, err := c.convert(n)
	if err != nil {
		return nil, err
	}
	op, ok := e.(operand)
	if !ok {
		return nil, &UnsupportedError{Pos: e.Pos(), What: "a condition used as a value (only columns and literals are compared)"}
	}
	return op, nil
}

func (c *converter) boolExpr(b *pg.BoolExpr) (Expr, error) {
	args := make([]Expr, 0, len(b.Args))
	for _, a := range b.Args {
		e, err := c.condition(a)
		if err != nil {
			return nil, err
		}
		args = append(args, e)
	}
	at := c.pos(b.Location)
	switch b.Boolop {
	case pg.BoolExprType_AND_EXPR:
		return &And{Args: flatten[*And](args, func(a *And) []Expr { return a.Args }), At: at}, nil
	case pg.BoolExprType_OR_EXPR:
		return &Or{Args: flatten[*Or](args, func(o *Or) []Expr { return o.Args }), At: at}, nil
	}
	if len(args) != 1 {
		return nil, c.syntax(b.Location, "NOT takes one argument")
	}
	return &Not{Arg: args[0], At: at}, nil
}

// flatten splices the arguments of nested ANDs into their parent AND (and
// ORs into OR), which is what they mean and how String prints them.
func flatten[T Expr](args []Expr, argsOf func(T) []Expr) []Expr {
	out := make([]Expr, 0, len(args))
	for _, a := range args {
		if inner, ok := a.(T); ok {
			out = append(out, argsOf(inner)...)
		} else {
			out = append(out, a)
		}
	}
	return out
}

var compareOps = map[string]CompareOp{
	"=": Equal, "<>": NotEqual, "<": Less, "<=": LessEqual, ">": Greater, ">=": GreaterEqual,
}

// likeOps are the operators LIKE and ILIKE stand for.
var likeOps = map[string]struct{ fold, not bool }{
	"~~": {false, false}, "!~~": {false, true}, "~~*": {true, false}, "!~~*": {true, true},
}

func (c *converter) aExpr(a *pg.A_Expr) (Expr, error) {
	op, err := c.operatorName(a)
	if err != nil {
		return nil, err
	}
	switch a.Kind {
	case pg.A_Expr_Kind_AEXPR_OP:
		if a.Lexpr == nil || a.Rexpr == nil {
			return nil, c.unsupported(a.Location, "operator %s", op)
		}
		if cmp, ok := compareOps[op]; ok {
			return c.compare(cmp, a.Lexpr, a.Rexpr, a.Location)
		}
		if _, ok := likeOps[op]; ok {
			return c.like(a, op)
		}
		switch op {
		case "~", "~*", "!~", "!~*":
			return nil, c.unsupported(a.Location, "regular expression match (%s)", op)
		}
		return nil, c.unsupported(a.Location, "operator %s", op)
	case pg.A_Expr_Kind_AEXPR_DISTINCT:
		return c.compare(DistinctFrom, a.Lexpr, a.Rexpr, a.Location)
	case pg.A_Expr_Kind_AEXPR_NOT_DISTINCT:
		return c.compare(NotDistinctFrom, a.Lexpr, a.Rexpr, a.Location)
	case pg.A_Expr_Kind_AEXPR_IN:
		return c.in(a, op == "<>")
	case pg.A_Expr_Kind_AEXPR_LIKE, pg.A_Expr_Kind_AEXPR_ILIKE:
		return c.like(a, op)
	case pg.A_Expr_Kind_AEXPR_BETWEEN, pg.A_Expr_Kind_AEXPR_NOT_BETWEEN:
		return c.between(a)
	case pg.A_Expr_Kind_AEXPR_BETWEEN_SYM, pg.A_Expr_Kind_AEXPR_NOT_BETWEEN_SYM:
		return nil, c.unsupported(a.Location, "BETWEEN SYMMETRIC")
	case pg.A_Expr_Kind_AEXPR_OP_ANY:
		return nil, c.unsupported(a.Location, "%s ANY (array)", op)
	case pg.A_Expr_Kind_AEXPR_OP_ALL:
		return nil, c.unsupported(a.Location, "%s ALL (array)", op)
	case pg.A_Expr_Kind_AEXPR_SIMILAR:
		return nil, c.unsupported(a.Location, "SIMILAR TO")
	case pg.A_Expr_Kind_AEXPR_NULLIF:
		return nil, c.unsupported(a.Location, "NULLIF")
	}
	return nil, c.unsupported(a.Location, "operator %s", op)
}

// operatorName returns the operator of a, which must not be schema
// qualified (OPERATOR(pg_catalog.=) syntax).
func (c *converter) operatorName(a *pg.A_Expr) (string, error) {
	if len(a.Name) != 1 || a.Name[0].GetString_() == nil {
		return "", c.unsupported(a.Location, "OPERATOR(%s) syntax", dottedName(a.Name))
	}
	return a.Name[0].GetString_().Sval, nil
}

func (c *converter) compare(op CompareOp, l, r *pg.Node, loc int32) (Expr, error) {
	left, err := c.operand(l)
	if err != nil {
		return nil, err
	}
	right, err := c.operand(r)
	if err != nil {
		return nil, err
	}
	return &Compare{Op: op, Left: left, Right: right, At: c.pos(loc), mode: modeFor(left, right)}, nil
}

func (c *converter) in(a *pg.A_Expr, not bool) (Expr, error) {
	x, err := c.operand(a.Lexpr)
	if err != nil {
		return nil, err
	}
	list := a.Rexpr.GetList()
	if list == nil {
		return nil, c.unsupported(int32(nodeLocation(a.Rexpr)), "IN with something other than a list of values")
	}
	e := &In{Expr: x, Not: not, At: c.pos(a.Location)}
	for _, item := range list.Items {
		v, err := c.operand(item)
		if err != nil {
			return nil, err
		}
		e.List = append(e.List, v)
		e.modes = append(e.modes, modeFor(x, v))
	}
	return e, nil
}

// between turns x BETWEEN lo AND hi into x >= lo AND x <= hi, and NOT
// BETWEEN into x < lo OR x > hi, which is how SQL defines them.
func (c *converter) between(a *pg.A_Expr) (Expr, error) {
	list := a.Rexpr.GetList()
	if list == nil || len(list.Items) != 2 {
		return nil, c.syntax(a.Location, "BETWEEN needs two bounds")
	}
	lo, err := c.compare(GreaterEqual, a.Lexpr, list.Items[0], a.Location)
	if err != nil {
		return nil, err
	}
	hi, err := c.compare(LessEqual, a.Lexpr, list.Items[1], a.Location)
	if err != nil {
		return nil, err
	}
	if a.Kind == pg.A_Expr_Kind_AEXPR_NOT_BETWEEN {
		lo.(*Compare).Op, hi.(*Compare).Op = Less, Greater
		return &Or{Args: []Expr{lo, hi}, At: c.pos(a.Location)}, nil
	}
	return &And{Args: []Expr{lo, hi}, At: c.pos(a.Location)}, nil
}

func (c *converter) like(a *pg.A_Expr, op string) (Expr, error) {
	kind, ok := likeOps[op]
	if !ok {
		return nil, c.unsupported(a.Location, "operator %s", op)
	}
	x, err := c.operand(a.Lexpr)
	if err != nil {
		return nil, err
	}
	patternNode, escape, escapeLoc := a.Rexpr, `\`, a.Location
	if f := a.Rexpr.GetFuncCall(); f != nil && dottedName(f.Funcname) == "pg_catalog.like_escape" && len(f.Args) == 2 {
		patternNode = f.Args[0]
		esc, err := c.likeString(f.Args[1], "ESCAPE")
		if err != nil {
			return nil, err
		}
		escape, escapeLoc = esc.Text, int32(esc.At+c.prefix)
	}
	pattern, err := c.likeString(patternNode, "LIKE pattern")
	if err != nil {
		return nil, err
	}
	m, msg := compileLike(pattern.Text, escape, kind.fold)
	if msg != "" {
		if strings.HasPrefix(msg, "invalid escape") {
			return nil, c.syntax(escapeLoc, "%s", msg)
		}
		return nil, &SyntaxError{Pos: pattern.At, Msg: msg}
	}
	return &Like{Expr: x, Pattern: pattern.Text, Escape: escape, Fold: kind.fold, Not: kind.not,
		At: c.pos(a.Location), matcher: m}, nil
}

// likeString converts the pattern or escape of a LIKE, which must be a
// string literal.
func (c *converter) likeString(n *pg.Node, what string) (*Literal, error) {
	e, err := c.convert(n)
	if err != nil {
		return nil, err
	}
	lit, ok := e.(*Literal)
	if !ok || lit.Kind != StringLiteral {
		return nil, &UnsupportedError{Pos: e.Pos(), What: what + " that is not a string literal"}
	}
	return lit, nil
}

func (c *converter) nullTest(t *pg.NullTest) (Expr, error) {
	x, err := c.convert(t.Arg)
	if err != nil {
		return nil, err
	}
	return &NullTest{Expr: x, Not: t.Nulltesttype == pg.NullTestType_IS_NOT_NULL, At: c.pos(t.Location)}, nil
}

var boolTests = map[pg.BoolTestType]BoolTestKind{
	pg.BoolTestType_IS_TRUE: IsTrue, pg.BoolTestType_IS_NOT_TRUE: IsNotTrue,
	pg.BoolTestType_IS_FALSE: IsFalse, pg.BoolTestType_IS_NOT_FALSE: IsNotFalse,
	pg.BoolTestType_IS_UNKNOWN: IsUnknown, pg.BoolTestType_IS_NOT_UNKNOWN: IsNotUnknown,
}

func (c *converter) booleanTest(t *pg.BooleanTest) (Expr, error) {
	x, err := c.condition(t.Arg)
	if err != nil {
		return nil, err
	}
	kind, ok := boolTests[t.Booltesttype]
	if !ok {
		return nil, c.syntax(t.Location, "unknown boolean test")
	}
	return &BoolTest{Expr: x, Test: kind, At: c.pos(t.Location)}, nil
}

func (c *converter) columnRef(r *pg.ColumnRef) (Expr, error) {
	names := make([]string, 0, len(r.Fields))
	for _, f := range r.Fields {
		s := f.GetString_()
		if s == nil {
			return nil, c.unsupported(r.Location, "* (all columns)")
		}
		names = append(names, s.Sval)
	}
	ref := &ColumnRef{At: c.pos(r.Location)}
	switch len(names) {
	case 1:
		ref.Name = names[0]
	case 2:
		ref.Table, ref.Name = names[0], names[1]
	case 3:
		ref.Schema, ref.Table, ref.Name = names[0], names[1], names[2]
	default:
		return nil, c.unsupported(r.Location, "column reference with %d parts", len(names))
	}
	return ref, nil
}

func (c *converter) aConst(a *pg.A_Const) (Expr, error) {
	lit := &Literal{At: c.pos(a.Location)}
	switch v := a.Val.(type) {
	case nil:
		lit.Kind = NullLiteral
	case *pg.A_Const_Ival:
		lit.Kind, lit.Text = NumberLiteral, strconv.Itoa(int(v.Ival.Ival))
	case *pg.A_Const_Fval:
		text, ok := decimalText(v.Fval.Fval)
		if !ok {
			return nil, c.syntax(a.Location, "invalid number %q", v.Fval.Fval)
		}
		lit.Kind, lit.Text = NumberLiteral, text
	case *pg.A_Const_Boolval:
		lit.Kind, lit.Text = BoolLiteral, strconv.FormatBool(v.Boolval.Boolval)
	case *pg.A_Const_Sval:
		if !utf8.ValidString(v.Sval.Sval) {
			return nil, c.syntax(a.Location, "invalid byte sequence for encoding \"UTF8\" in a string literal")
		}
		lit.Kind, lit.Text = StringLiteral, v.Sval.Sval
	case *pg.A_Const_Bsval:
		return nil, c.unsupported(a.Location, "bit string literal")
	}
	if a.Isnull {
		lit.Kind, lit.Text = NullLiteral, ""
	}
	lit.text = []byte(lit.Text)
	return lit, nil
}

// decimalText returns a number literal as decimal text: PostgreSQL 16's
// underscores removed and 0x, 0o and 0b integers converted.
func decimalText(s string) (string, bool) {
	s = strings.ReplaceAll(s, "_", "")
	digits := strings.TrimLeft(s, "+-")
	if len(digits) > 1 && digits[0] == '0' && strings.ContainsRune("xXoObB", rune(digits[1])) {
		var n big.Int
		if _, ok := n.SetString(s, 0); !ok {
			return "", false
		}
		return n.String(), true
	}
	if _, ok := parseNumber([]byte(s)); !ok {
		return "", false
	}
	return s, true
}

// castTypes maps the types a literal may be cast to (by their name in
// pg_catalog) to the kind of literal the cast gives.
var castTypes = map[string]LiteralKind{
	"int2": NumberLiteral, "int4": NumberLiteral, "int8": NumberLiteral,
	"numeric": NumberLiteral, "float4": NumberLiteral, "float8": NumberLiteral,
	"bool": BoolLiteral,
	"text": StringLiteral, "varchar": StringLiteral, "name": StringLiteral,
	"date": StringLiteral, "uuid": StringLiteral,
}

// typeCast converts 'literal'::type. Only literals can be cast, to the
// types in castTypes, without type modifiers: each of those has a text form
// that compares with a column's text as the typed values compare.
func (c *converter) typeCast(t *pg.TypeCast) (Expr, error) {
	if t.Arg.GetAConst() == nil {
		if t.Arg.GetColumnRef() != nil {
			return nil, c.unsupported(t.Location, "cast of a column (compare the column directly: numbers compare numerically)")
		}
		return nil, c.unsupported(t.Location, "cast of %s", describeNode(t.Arg))
	}
	e, err := c.aConst(t.Arg.GetAConst())
	if err != nil {
		return nil, err
	}
	lit := e.(*Literal)
	typ, err := c.castType(t)
	if err != nil {
		return nil, err
	}
	lit.Type = typ
	if lit.Kind == NullLiteral {
		return lit, nil
	}
	if lit.Kind == BoolLiteral && castTypes[typ] != BoolLiteral || lit.Kind == NumberLiteral && castTypes[typ] == BoolLiteral {
		return nil, c.unsupported(t.Location, "cast of a %s to %s", lit.Kind, typ)
	}
	switch typ {
	case "int2", "int4", "int8":
		bits := map[string]int{"int2": 16, "int4": 32, "int8": 64}[typ]
		text := strings.TrimSpace(lit.Text)
		if _, err := strconv.ParseInt(text, 10, bits); err != nil {
			if lit.Kind == NumberLiteral {
				return nil, c.unsupported(t.Location, "cast of %s to %s (it rounds or overflows)", lit.Text, typ)
			}
			return nil, c.syntax(int32(lit.At+c.prefix), "invalid input syntax or out of range for type %s", typ)
		}
		lit.Kind, lit.Text = NumberLiteral, text
	case "numeric", "float4", "float8":
		text := strings.TrimSpace(lit.Text)
		if _, ok := parseNumber([]byte(text)); !ok {
			return nil, c.syntax(int32(lit.At+c.prefix), "invalid input syntax for type %s", typ)
		}
		lit.Kind, lit.Text = NumberLiteral, text
	case "bool":
		b, ok := parseBool([]byte(lit.Text))
		if !ok {
			return nil, c.syntax(int32(lit.At+c.prefix), "invalid input syntax for type boolean")
		}
		lit.Kind, lit.Text = BoolLiteral, strconv.FormatBool(b)
	case "date":
		if _, err := time.Parse(time.DateOnly, lit.Text); err != nil {
			return nil, c.unsupported(int32(lit.At+c.prefix), "date literal not written YYYY-MM-DD")
		}
		lit.Kind = StringLiteral
	case "uuid":
		u, ok := canonicalUUID(lit.Text)
		if !ok {
			return nil, c.syntax(int32(lit.At+c.prefix), "invalid input syntax for type uuid")
		}
		lit.Kind, lit.Text = StringLiteral, u
	case "name":
		if len(lit.Text) >= 64 {
			return nil, c.unsupported(int32(lit.At+c.prefix), "name literal longer than 63 bytes")
		}
		lit.Kind = StringLiteral
	default:
		lit.Kind = StringLiteral
	}
	lit.text = []byte(lit.Text)
	return lit, nil
}

// castType returns the pg_catalog name of the type t casts to, if a
// literal may be cast to it.
func (c *converter) castType(t *pg.TypeCast) (string, error) {
	tn := t.TypeName
	if tn == nil {
		return "", c.syntax(t.Location, "cast without a type")
	}
	name := dottedName(tn.Names)
	switch {
	case len(tn.ArrayBounds) > 0:
		return "", c.unsupported(tn.Location, "cast to an array type")
	case len(tn.Typmods) > 0:
		return "", c.unsupported(tn.Location, "type modifier in a cast to %s", name)
	case tn.Setof || tn.PctType:
		return "", c.unsupported(tn.Location, "cast to %s", name)
	}
	typ, ok := strings.CutPrefix(name, "pg_catalog.")
	if _, known := castTypes[typ]; !known || !ok && strings.Contains(name, ".") {
		return "", c.unsupported(tn.Location, "cast to type %s", name)
	}
	return typ, nil
}

// canonicalUUID returns s as PostgreSQL prints a uuid: lower case, in
// 8-4-4-4-12 groups. It accepts what uuid_in accepts: optional braces,
// hyphens after any group of four hex digits.
func canonicalUUID(s string) (string, bool) {
	if strings.HasPrefix(s, "{") {
		if !strings.HasSuffix(s, "}") {
			return "", false
		}
		s = s[1 : len(s)-1]
	}
	hex := make([]byte, 0, 32)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '-' && len(hex) > 0 && len(hex)%4 == 0 && len(hex) < 32 && s[i-1] != '-':
			continue
		case ch >= '0' && ch <= '9', ch >= 'a' && ch <= 'f':
		case ch >= 'A' && ch <= 'F':
			ch += 'a' - 'A'
		default:
			return "", false
		}
		hex = append(hex, ch)
	}
	if len(hex) != 32 || strings.HasSuffix(s, "-") {
		return "", false
	}
	h := string(hex)
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], true
}

// dottedName joins a list of String nodes with dots (a qualified function
// or operator name).
func dottedName(names []*pg.Node) string {
	parts := make([]string, 0, len(names))
	for _, n := range names {
		if s := n.GetString_(); s != nil {
			parts = append(parts, s.Sval)
		}
	}
	return strings.Join(parts, ".")
}

// describeNode names an unsupported expression for a user.
func describeNode(n *pg.Node) string {
	switch n := n.GetNode().(type) {
	case *pg.Node_FuncCall:
		return "function call " + dottedName(n.FuncCall.Funcname) + "()"
	case *pg.Node_ColumnRef:
		return "a column"
	}
	if what, ok := nodeDescriptions[nodeName(n)]; ok {
		return what
	}
	return "expression of kind " + nodeName(n)
}

var nodeDescriptions = map[string]string{
	"SubLink":          "subquery",
	"CaseExpr":         "CASE expression",
	"CoalesceExpr":     "COALESCE",
	"MinMaxExpr":       "GREATEST/LEAST",
	"ParamRef":         "parameter placeholder ($n)",
	"A_ArrayExpr":      "ARRAY constructor",
	"RowExpr":          "row constructor",
	"SQLValueFunction": "CURRENT_DATE, CURRENT_USER and similar functions",
	"CollateClause":    "COLLATE",
	"A_Indirection":    "subscript or field selection",
	"TypeCast":         "cast",
	"XmlExpr":          "XML expression",
	"GroupingFunc":     "GROUPING()",
	"A_Const":          "a constant",
}
