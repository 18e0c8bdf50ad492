package pgsql

import (
	"fmt"
	"strings"
	"unicode/utf8"

	pg "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// The wrappers an expression is parsed in. The caller's text starts right
// after WHERE, so nothing it contains can change what comes before; what it
// could add after the expression (a second statement, ORDER BY, UNION, a
// comment) is rejected by parseWrapped.
const (
	conditionPrefix = "SELECT 1 WHERE "
	filterPrefix    = "SELECT 1 FROM t WHERE "
)

// parsed is one expression parsed inside its wrapper.
type parsed struct {
	tree   *pg.ParseResult
	sel    *pg.SelectStmt
	prefix string
}

// where returns the expression's parse tree.
func (p *parsed) where() *pg.Node { return p.sel.WhereClause }

// parseWrapped parses prefix+expr with pg_query and checks that expr is
// exactly one expression: one statement, no ';', no comment, no clause after
// the WHERE expression. what names the input in messages ("condition").
func parseWrapped(prefix, expr, what string) (*parsed, error) {
	if i := strings.IndexByte(expr, 0); i >= 0 {
		return nil, &SyntaxError{Pos: i, Msg: "a NUL byte is not allowed in a " + what}
	}
	if !utf8.ValidString(expr) {
		return nil, &SyntaxError{Pos: firstInvalidUTF8(expr), Msg: "a " + what + " must be valid UTF-8"}
	}
	if strings.TrimSpace(expr) == "" {
		return nil, &SyntaxError{Pos: 0, Msg: "empty " + what}
	}
	wrapped := prefix + expr
	tree, err := pg.Parse(wrapped)
	if err != nil {
		return nil, parseError(err, wrapped, len(prefix))
	}
	extra, err := checkTokens(wrapped, len(prefix), what)
	if err != nil {
		return nil, err
	}
	if len(tree.Stmts) != 1 {
		return nil, &SyntaxError{Pos: 0, Msg: "a " + what + " must be a single expression, not several statements"}
	}
	sel := tree.Stmts[0].Stmt.GetSelectStmt()
	if sel == nil {
		return nil, &SyntaxError{Pos: 0, Msg: "a " + what + " must be a single expression"}
	}
	if clause := extraClause(sel, prefix == filterPrefix); clause != "" {
		return nil, &SyntaxError{Pos: extra, Msg: fmt.Sprintf("a %s must be a single expression; %s is not allowed after it", what, clause)}
	}
	if sel.WhereClause == nil {
		return nil, &SyntaxError{Pos: 0, Msg: "a " + what + " must be a single expression"}
	}
	return &parsed{tree: tree, sel: sel, prefix: prefix}, nil
}

// checkTokens rejects ';' and comments in the caller's part of wrapped
// (which starts at byte prefix), and returns the offset of the first
// top-level keyword that would start another clause (0 when there is none).
func checkTokens(wrapped string, prefix int, what string) (int, error) {
	scan, err := pg.Scan(wrapped)
	if err != nil {
		return 0, parseError(err, wrapped, prefix)
	}
	depth, extra := 0, -1
	for _, tok := range scan.Tokens {
		start := int(tok.Start)
		if start < prefix {
			continue
		}
		switch tok.Token {
		case pg.Token_ASCII_59:
			return 0, &SyntaxError{Pos: start - prefix, Msg: "';' is not allowed: a " + what + " must be a single expression"}
		case pg.Token_SQL_COMMENT, pg.Token_C_COMMENT:
			return 0, &SyntaxError{Pos: start - prefix, Msg: "comments are not allowed in a " + what}
		case pg.Token_ASCII_40, pg.Token_ASCII_91:
			depth++
		case pg.Token_ASCII_41, pg.Token_ASCII_93:
			depth--
		case pg.Token_GROUP_P, pg.Token_HAVING, pg.Token_WINDOW, pg.Token_ORDER, pg.Token_LIMIT,
			pg.Token_OFFSET, pg.Token_FETCH, pg.Token_FOR, pg.Token_UNION, pg.Token_INTERSECT,
			pg.Token_EXCEPT, pg.Token_INTO:
			if depth == 0 && extra < 0 {
				extra = start - prefix
			}
		}
	}
	return max(extra, 0), nil
}

// extraClause names a clause of sel that the wrapper did not have, or
// returns "" when sel is the bare wrapper plus a WHERE expression.
func extraClause(sel *pg.SelectStmt, withFrom bool) string {
	switch {
	case sel.Op != pg.SetOperation_SETOP_NONE:
		return "UNION, INTERSECT or EXCEPT"
	case sel.WithClause != nil:
		return "WITH"
	case len(sel.DistinctClause) > 0:
		return "DISTINCT"
	case sel.IntoClause != nil:
		return "INTO"
	case len(sel.GroupClause) > 0 || sel.GroupDistinct:
		return "GROUP BY"
	case sel.HavingClause != nil:
		return "HAVING"
	case len(sel.WindowClause) > 0:
		return "WINDOW"
	case len(sel.ValuesLists) > 0:
		return "VALUES"
	case len(sel.SortClause) > 0:
		return "ORDER BY"
	case sel.LimitOffset != nil, sel.LimitCount != nil,
		sel.LimitOption != pg.LimitOption_LIMIT_OPTION_DEFAULT:
		return "LIMIT, OFFSET or FETCH"
	case len(sel.LockingClause) > 0:
		return "FOR UPDATE/SHARE"
	case len(sel.TargetList) != 1:
		return "a select list"
	case withFrom && len(sel.FromClause) != 1, !withFrom && len(sel.FromClause) != 0:
		return "FROM"
	}
	return ""
}

func firstInvalidUTF8(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return 0
}

// deparseWhere deparses the wrapper around a (possibly rewritten) WHERE
// expression and returns the expression's text. It re-parses that text and
// fails unless it gives the same tree: a deparser bug must never change
// what a filter selects.
func (p *parsed) deparseWhere() (string, error) {
	out, err := pg.Deparse(p.tree)
	if err != nil {
		return "", fmt.Errorf("deparse: %w", err)
	}
	sql, ok := strings.CutPrefix(out, p.prefix)
	if !ok {
		return "", fmt.Errorf("deparse: unexpected output %q", out)
	}
	again, err := pg.Parse(p.prefix + sql)
	if err != nil || len(again.Stmts) != 1 || again.Stmts[0].Stmt.GetSelectStmt() == nil {
		return "", fmt.Errorf("deparse: output does not parse back: %q", sql)
	}
	if !sameTree(again.Stmts[0].Stmt, p.tree.Stmts[0].Stmt) {
		return "", fmt.Errorf("deparse: output parses to a different tree: %q", sql)
	}
	return sql, nil
}

// sameTree reports whether two parse trees are equal apart from the
// source positions they carry.
func sameTree(a, b proto.Message) bool {
	a, b = proto.Clone(a), proto.Clone(b)
	clearLocations(a.ProtoReflect())
	clearLocations(b.ProtoReflect())
	return proto.Equal(a, b)
}

// clearLocations zeroes every location field in m, recursively.
func clearLocations(m protoreflect.Message) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsList() && fd.Message() != nil:
			l := v.List()
			for i := range l.Len() {
				clearLocations(l.Get(i).Message())
			}
		case fd.Message() != nil && !fd.IsMap():
			clearLocations(v.Message())
		case fd.Kind() == protoreflect.Int32Kind && strings.HasSuffix(string(fd.Name()), "location"):
			m.Clear(fd)
		}
		return true
	})
}

// walk calls fn for every node under n, depth first. fn returns false to
// skip a node's children.
func walk(n *pg.Node, fn func(*pg.Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	walkMessage(n.ProtoReflect(), fn)
}

func walkMessage(m protoreflect.Message, fn func(*pg.Node) bool) {
	rangeInOrder(m, func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Message() == nil || fd.IsMap() {
			return true
		}
		visit := func(child protoreflect.Message) {
			if n, ok := child.Interface().(*pg.Node); ok {
				walk(n, fn)
				return
			}
			walkMessage(child, fn)
		}
		if fd.IsList() {
			l := v.List()
			for i := range l.Len() {
				visit(l.Get(i).Message())
			}
			return true
		}
		visit(v.Message())
		return true
	})
}

// nodeLocation returns the location field of the node inside n, or -1.
func nodeLocation(n *pg.Node) int {
	if n == nil || n.Node == nil {
		return -1
	}
	m := n.ProtoReflect()
	oneof := m.Descriptor().Oneofs().ByName("node")
	fd := m.WhichOneof(oneof)
	if fd == nil {
		return -1
	}
	inner := m.Get(fd).Message()
	loc := inner.Descriptor().Fields().ByName("location")
	if loc == nil {
		return -1
	}
	return int(inner.Get(loc).Int())
}

// nodeName returns the parse-node type inside n, e.g. "FuncCall".
func nodeName(n *pg.Node) string {
	if n == nil || n.Node == nil {
		return "empty expression"
	}
	m := n.ProtoReflect()
	fd := m.WhichOneof(m.Descriptor().Oneofs().ByName("node"))
	if fd == nil {
		return "empty expression"
	}
	return string(fd.Message().Name())
}

// rangeInOrder is m.Range in the order the fields are declared (the order
// of the SQL text, mostly). Range's own order is unspecified, and
// protobuf-go varies it from one build to the next: what a walk finds
// first, and the order of the names it lists, would change with it.
//
// A oneof is asked once, for the field it holds, where its first field is
// declared: a Node is a oneof of some 250 message types, and asking each
// of them whether it is set was most of the cost of a walk.
func rangeInOrder(m protoreflect.Message, f func(protoreflect.FieldDescriptor, protoreflect.Value) bool) {
	fields := m.Descriptor().Fields()
	for i := 0; i < fields.Len(); i++ {
		fd := fields.Get(i)
		if od := fd.ContainingOneof(); od != nil && !od.IsSynthetic() {
			i += od.Fields().Len() - 1 // a oneof's fields are declared together
			if fd = m.WhichOneof(od); fd == nil {
				continue
			}
		} else if !m.Has(fd) {
			continue
		}
		if !f(fd, m.Get(fd)) {
			return
		}
	}
}
