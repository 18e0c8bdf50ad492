package pgsql

import (
	"fmt"
	"strings"
	"unicode"

	pg "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Ordering says how a statement of a schema script may run beside the
// others when a loader spreads the script over several sessions.
type Ordering int

// The orderings.
const (
	// OrderAlone: after every statement before it and before every
	// statement after it.
	OrderAlone Ordering = iota
	// OrderByName: after the statements before it that share one of its
	// Names, and beside any other.
	OrderByName
	// OrderSession: a session setting (SET, set_config(..., false)), after
	// every statement before it; every session runs it before the
	// statements after it.
	OrderSession
)

// ScriptEdits are what SchemaStatements does to a schema script besides
// stripping its credentials.
type ScriptEdits struct {
	// RoleExists, when set, maps the script's roles as MapRoles does,
	// through Roles, to those the target has.
	Roles      map[string]string
	RoleExists func(role string) bool
	// OmitProductionOnly leaves out what OmitProductionOnly does.
	OmitProductionOnly bool
	// Order sets each statement's Order and Names.
	Order bool
}

// ScriptReport lists what SchemaStatements changed, as ScrubDDL, MapRoles
// and OmitProductionOnly report it; a statement's Pos and Line are in the
// script given.
type ScriptReport struct {
	Scrubbed, Mapped, Omitted []Scrubbed
}

// SchemaStatements does to a schema script (a pg_dump section) what
// ScrubDDL, MapRoles and OmitProductionOnly (as e asks) and then
// SplitScript do, parsing it once: the statements, each as the script
// writes it unless an edit rewrote it (then deparsed, as ScrubDDL re-emits
// it, after the comments that head it), without the ones an edit dropped,
// sorted into kinds. With e.Order, each statement's Order and Names say
// what it must wait for when several sessions load the script.
func SchemaStatements(script string, e ScriptEdits) ([]Statement, ScriptReport, error) {
	var rep ScriptReport
	if i := strings.IndexByte(script, 0); i >= 0 {
		return nil, rep, &SyntaxError{Pos: i, Msg: "a NUL byte is not allowed in a schema script"}
	}
	masked, tree, err := parseScript(script)
	if err != nil {
		return nil, rep, err
	}
	type edit struct {
		fn     func(*pg.Node) (*Scrubbed, *pg.Node)
		report *[]Scrubbed
	}
	edits := []edit{{scrubStmt, &rep.Scrubbed}}
	if e.RoleExists != nil {
		m := &roleMapper{mapping: e.Roles, exists: e.RoleExists}
		edits = append(edits, edit{m.edit, &rep.Mapped})
	}
	if e.OmitProductionOnly {
		edits = append(edits, edit{omitStmt, &rep.Omitted})
	}
	order := orderer{}
	var out []Statement
	for _, raw := range tree.Stmts {
		trimmed, offset, start, end := statementText(masked, raw)
		if trimmed == "" || raw.Stmt == nil {
			continue
		}
		n, dropped, rewritten := raw.Stmt, false, false
		for _, ed := range edits {
			s, next := ed.fn(n)
			if s == nil {
				continue
			}
			first, _, err := tokenSpan(masked, start, end)
			if err != nil {
				return nil, rep, err
			}
			s.Pos, s.Line = first, 1+strings.Count(script[:first], "\n")
			*ed.report = append(*ed.report, *s)
			if s.Action == Dropped {
				dropped = true
				break
			}
			n, rewritten = next, true
		}
		if dropped {
			continue
		}
		if rewritten {
			first, _, err := tokenSpan(masked, start, end)
			if err != nil {
				return nil, rep, err
			}
			sql, err := deparseStmt(tree.Version, n)
			if err != nil {
				return nil, rep, fmt.Errorf("schema script: statement at line %d: %w", 1+strings.Count(script[:first], "\n"), err)
			}
			trimmed = strings.TrimLeftFunc(masked[start:first], unicode.IsSpace) + sql
		}
		st := Statement{SQL: trimmed, Kind: statementKind(n), Offset: offset,
			OutsideTransaction: outsideTransaction(n), CopyStream: copyStream(n)}
		describe(&st, n)
		if e.Order {
			st.Order, st.Names = order.of(n)
		}
		out = append(out, st)
	}
	return out, rep, nil
}

// orderer sorts statements into orderings, in script order: it knows
// whether the script has emptied search_path (as pg_dump's scripts do
// first), after which an unqualified type name can only be a built-in one.
type orderer struct {
	emptyPath bool
}

func (o *orderer) of(n *pg.Node) (Ordering, []string) {
	switch s := n.GetNode().(type) {
	case *pg.Node_VariableSetStmt:
		v := s.VariableSetStmt
		if v.IsLocal || (v.Kind == pg.VariableSetKind_VAR_SET_MULTI && strings.HasPrefix(v.Name, "TRANSACTION")) {
			return OrderAlone, nil
		}
		if strings.EqualFold(v.Name, "search_path") {
			o.emptyPath = len(v.Args) == 1 && v.Args[0].GetAConst().GetSval().GetSval() == ""
		}
		return OrderSession, nil
	case *pg.Node_SelectStmt:
		name, value, ok := sessionSetConfig(s.SelectStmt)
		if !ok {
			return OrderAlone, nil
		}
		if strings.EqualFold(name, "search_path") {
			o.emptyPath = value == ""
		}
		return OrderSession, nil
	case *pg.Node_CreateStmt:
		if implicitSequence(s.CreateStmt) {
			return OrderAlone, nil
		}
		return OrderByName, o.names(n)
	case *pg.Node_CreateSeqStmt, *pg.Node_AlterSeqStmt:
		return OrderByName, o.names(n)
	case *pg.Node_AlterTableStmt:
		if besideAlterTable(s.AlterTableStmt) {
			return OrderByName, o.names(n)
		}
	case *pg.Node_CommentStmt:
		if name := commentedRelation(s.CommentStmt); name != "" {
			return OrderByName, []string{name}
		}
	case *pg.Node_GrantStmt:
		g := s.GrantStmt
		if g.Targtype == pg.GrantTargetType_ACL_TARGET_OBJECT && (g.Objtype == pg.ObjectType_OBJECT_TABLE || g.Objtype == pg.ObjectType_OBJECT_SEQUENCE) {
			return OrderByName, o.names(n)
		}
	}
	return OrderAlone, nil
}

// sessionSetConfig recognizes SELECT [pg_catalog.]set_config('name',
// 'value', false), pg_dump's way of emptying search_path.
func sessionSetConfig(s *pg.SelectStmt) (name, value string, ok bool) {
	if len(s.TargetList) != 1 || len(s.FromClause) > 0 || s.WhereClause != nil {
		return "", "", false
	}
	f := s.TargetList[0].GetResTarget().GetVal().GetFuncCall()
	if f == nil || len(f.Args) != 3 {
		return "", "", false
	}
	switch fn := f.Funcname; {
	case len(fn) == 0 || len(fn) > 2 || fn[len(fn)-1].GetString_().GetSval() != "set_config":
		return "", "", false
	case len(fn) == 2 && fn[0].GetString_().GetSval() != "pg_catalog":
		return "", "", false
	}
	local := f.Args[2].GetAConst()
	if local == nil || local.GetBoolval() == nil || local.GetBoolval().Boolval {
		return "", "", false
	}
	n, v := f.Args[0].GetAConst().GetSval(), f.Args[1].GetAConst().GetSval()
	if n == nil || v == nil {
		return "", "", false
	}
	return n.Sval, v.Sval, true
}

// implicitSequence reports a CREATE TABLE whose serial or identity column
// creates a sequence the statement does not name (pg_dump adds identities
// and defaults in statements of their own).
func implicitSequence(s *pg.CreateStmt) bool {
	for _, el := range s.TableElts {
		c := el.GetColumnDef()
		if c == nil {
			continue
		}
		if c.Identity != "" {
			return true
		}
		if names := c.GetTypeName().GetNames(); len(names) == 1 {
			switch names[0].GetString_().GetSval() {
			case "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2":
				return true
			}
		}
		for _, con := range c.Constraints {
			if con.GetConstraint().GetContype() == pg.ConstrType_CONSTR_IDENTITY {
				return true
			}
		}
	}
	return false
}

// besideAlterTable reports an ALTER TABLE that locks only the relations it
// names: the subcommands pg_dump's pre-data section uses on tables and
// sequences.
func besideAlterTable(s *pg.AlterTableStmt) bool {
	switch s.Objtype {
	case pg.ObjectType_OBJECT_TABLE, pg.ObjectType_OBJECT_FOREIGN_TABLE, pg.ObjectType_OBJECT_SEQUENCE:
	default:
		return false
	}
	for _, c := range s.Cmds {
		cmd := c.GetAlterTableCmd()
		if cmd == nil {
			return false
		}
		switch cmd.Subtype {
		case pg.AlterTableType_AT_ColumnDefault, pg.AlterTableType_AT_AddIdentity, pg.AlterTableType_AT_SetIdentity,
			pg.AlterTableType_AT_SetStatistics, pg.AlterTableType_AT_SetStorage, pg.AlterTableType_AT_SetCompression,
			pg.AlterTableType_AT_SetOptions, pg.AlterTableType_AT_ResetOptions,
			pg.AlterTableType_AT_SetRelOptions, pg.AlterTableType_AT_ResetRelOptions, pg.AlterTableType_AT_ReplicaIdentity,
			pg.AlterTableType_AT_EnableRowSecurity, pg.AlterTableType_AT_DisableRowSecurity,
			pg.AlterTableType_AT_ForceRowSecurity, pg.AlterTableType_AT_NoForceRowSecurity,
			pg.AlterTableType_AT_ChangeOwner, pg.AlterTableType_AT_AttachPartition,
			pg.AlterTableType_AT_SetNotNull, pg.AlterTableType_AT_SetLogged, pg.AlterTableType_AT_SetUnLogged:
		case pg.AlterTableType_AT_AddConstraint:
			if cmd.GetDef().GetConstraint().GetContype() != pg.ConstrType_CONSTR_CHECK {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// commentedRelation is the relation a COMMENT ON names (a table's, a
// column's or a table constraint's), or "".
func commentedRelation(s *pg.CommentStmt) string {
	items := s.GetObject().GetList().GetItems()
	at := len(items) - 1
	switch s.Objtype {
	case pg.ObjectType_OBJECT_TABLE, pg.ObjectType_OBJECT_SEQUENCE, pg.ObjectType_OBJECT_FOREIGN_TABLE:
	case pg.ObjectType_OBJECT_COLUMN, pg.ObjectType_OBJECT_TABCONSTRAINT:
		at--
	default:
		return ""
	}
	if at < 0 {
		return ""
	}
	return items[at].GetString_().GetSval()
}

// names lists the relations and types a statement names, by their last
// name part: relations, type names (a table's row type bears its name;
// unqualified ones are built-in types once search_path is empty), the
// string constants that may name one (cast to a reg* type, or a
// function's argument), and the relations in the name lists of OWNED BY
// and SEQUENCE NAME. Other String nodes name columns and are not read.
// Schemas are not told apart: two tables of one name in two schemas wait
// for each other, which is only slower.
func (o *orderer) names(n *pg.Node) []string {
	seen := map[string]bool{}
	var out []string
	add := func(name string) {
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	walkAll(n.ProtoReflect(), func(m protoreflect.ProtoMessage) {
		switch v := m.(type) {
		case *pg.RangeVar:
			add(v.Relname)
		case *pg.TypeName:
			names := v.Names
			if len(names) == 0 || (len(names) == 1 && o.emptyPath) || names[0].GetString_().GetSval() == "pg_catalog" {
				return
			}
			name := names[len(names)-1].GetString_().GetSval()
			add(name)
			add(strings.TrimPrefix(name, "_")) // an array type names its element's
		case *pg.TypeCast:
			// 'public.t_id_seq'::regclass names a relation, resolved
			// when the statement runs.
			if names := v.GetTypeName().GetNames(); len(names) > 0 && strings.HasPrefix(names[len(names)-1].GetString_().GetSval(), "reg") {
				add(constantName(v.Arg))
			}
		case *pg.FuncCall:
			// So may a function's argument: nextval('t_id_seq').
			for _, a := range v.Args {
				add(constantName(a))
			}
		case *pg.DefElem:
			items := v.GetArg().GetList().GetItems()
			switch {
			case v.Defname == "owned_by" && len(items) >= 2:
				add(items[len(items)-2].GetString_().GetSval())
			case v.Defname == "sequence_name" && len(items) >= 1:
				add(items[len(items)-1].GetString_().GetSval())
			}
		}
	})
	return out
}

// constantName is the last name part of a string constant, or "".
func constantName(n *pg.Node) string {
	if s := n.GetAConst().GetSval(); s != nil {
		return lastNamePart(s.Sval)
	}
	return ""
}

// lastNamePart is the last part of a possibly qualified, possibly quoted
// name as regclass reads it: a."B".c is c, "x.y" is x.y, Ab is ab.
func lastNamePart(s string) string {
	part, quoted := strings.Builder{}, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' && quoted && i+1 < len(s) && s[i+1] == '"':
			part.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		case c == '.' && !quoted:
			part.Reset()
		case !quoted && c >= 'A' && c <= 'Z':
			part.WriteByte(c + 'a' - 'A')
		default:
			part.WriteByte(c)
		}
	}
	return part.String()
}

// walkAll calls fn for every message under m, m included, depth first.
func walkAll(m protoreflect.Message, fn func(protoreflect.ProtoMessage)) {
	fn(m.Interface())
	rangeInOrder(m, func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Message() == nil || fd.IsMap() {
			return true
		}
		if fd.IsList() {
			l := v.List()
			for i := range l.Len() {
				walkAll(l.Get(i).Message(), fn)
			}
			return true
		}
		walkAll(v.Message(), fn)
		return true
	})
}
