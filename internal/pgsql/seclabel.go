package pgsql

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// SecurityLabel is a SECURITY LABEL statement on a column, as PostgreSQL
// Anonymizer writes its masking rules:
//
//	SECURITY LABEL FOR anon ON COLUMN public.users.email IS 'MASKED WITH FUNCTION anon.fake_email()';
type SecurityLabel struct {
	Provider string
	// Schema may be empty when the statement names table.column only.
	Schema, Table, Column string
	Label                 string
	// Pos is the statement's 0-based byte offset in the script.
	Pos int
}

// SecurityLabels returns the column security labels of a SQL script (a
// schema dump, a migration). Other statements are skipped; a script that
// does not parse is an error.
func SecurityLabels(script string) ([]SecurityLabel, error) {
	tree, err := pg_query.Parse(script)
	if err != nil {
		return nil, fmt.Errorf("pgsql: %w", err)
	}
	var out []SecurityLabel
	for _, raw := range tree.Stmts {
		st := raw.GetStmt().GetSecLabelStmt()
		if st == nil || st.Objtype != pg_query.ObjectType_OBJECT_COLUMN {
			continue
		}
		var parts []string
		for _, n := range st.GetObject().GetList().GetItems() {
			parts = append(parts, n.GetString_().GetSval())
		}
		l := SecurityLabel{Provider: st.Provider, Label: st.Label, Pos: int(raw.StmtLocation)}
		switch len(parts) {
		case 2:
			l.Table, l.Column = parts[0], parts[1]
		case 3:
			l.Schema, l.Table, l.Column = parts[0], parts[1], parts[2]
		default:
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// CallArg is one argument of a parsed function call: a column reference or
// a constant.
type CallArg struct {
	Column string // set for a column reference
	// Const is the constant's text (for a string, its value); Null marks
	// NULL. Kind is "string", "int", "float", "bool", "null" or "column".
	Const string
	Kind  string
}

// Call is a parsed function call such as anon.partial(phone, 2, '***', 2).
type Call struct {
	Schema, Name string
	Args         []CallArg
}

// ParseCall parses one function call expression whose arguments are column
// references and constants (casts of constants allowed). Anything else is an
// error saying what it found.
func ParseCall(expr string) (*Call, error) {
	if strings.Contains(expr, ";") {
		return nil, fmt.Errorf("pgsql: %q: a single function call expected", expr)
	}
	tree, err := pg_query.Parse("SELECT " + expr)
	if err != nil {
		return nil, fmt.Errorf("pgsql: %q: %w", expr, err)
	}
	if len(tree.Stmts) != 1 {
		return nil, fmt.Errorf("pgsql: %q: a single function call expected", expr)
	}
	sel := tree.Stmts[0].GetStmt().GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 || sel.FromClause != nil || sel.WhereClause != nil {
		return nil, fmt.Errorf("pgsql: %q: a single function call expected", expr)
	}
	fc := sel.TargetList[0].GetResTarget().GetVal().GetFuncCall()
	if fc == nil {
		return nil, fmt.Errorf("pgsql: %q is not a function call", expr)
	}
	c := &Call{}
	switch len(fc.Funcname) {
	case 1:
		c.Name = fc.Funcname[0].GetString_().GetSval()
	case 2:
		c.Schema, c.Name = fc.Funcname[0].GetString_().GetSval(), fc.Funcname[1].GetString_().GetSval()
	default:
		return nil, fmt.Errorf("pgsql: %q: unexpected function name", expr)
	}
	for _, a := range fc.Args {
		arg, err := callArg(a)
		if err != nil {
			return nil, fmt.Errorf("pgsql: %q: %w", expr, err)
		}
		c.Args = append(c.Args, arg)
	}
	return c, nil
}

func callArg(n *pg_query.Node) (CallArg, error) {
	if tc := n.GetTypeCast(); tc != nil {
		return callArg(tc.Arg)
	}
	if cr := n.GetColumnRef(); cr != nil {
		f := cr.Fields
		if len(f) == 0 || f[len(f)-1].GetString_() == nil {
			return CallArg{}, fmt.Errorf("unsupported column reference")
		}
		return CallArg{Kind: "column", Column: f[len(f)-1].GetString_().GetSval()}, nil
	}
	if ac := n.GetAConst(); ac != nil {
		if ac.Isnull {
			return CallArg{Kind: "null"}, nil
		}
		switch {
		case ac.GetSval() != nil:
			return CallArg{Kind: "string", Const: ac.GetSval().Sval}, nil
		case ac.GetIval() != nil:
			return CallArg{Kind: "int", Const: fmt.Sprint(ac.GetIval().Ival)}, nil
		case ac.GetFval() != nil:
			return CallArg{Kind: "float", Const: ac.GetFval().Fval}, nil
		case ac.GetBoolval() != nil:
			return CallArg{Kind: "bool", Const: fmt.Sprint(ac.GetBoolval().Boolval)}, nil
		}
	}
	if ae := n.GetAExpr(); ae != nil && len(ae.Name) == 1 && ae.Name[0].GetString_().GetSval() == "-" && ae.Lexpr == nil {
		inner, err := callArg(ae.Rexpr)
		if err == nil && (inner.Kind == "int" || inner.Kind == "float") {
			inner.Const = "-" + inner.Const
			return inner, nil
		}
	}
	return CallArg{}, fmt.Errorf("argument is not a column or a constant")
}
