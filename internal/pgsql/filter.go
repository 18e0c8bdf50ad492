package pgsql

import (
	"errors"
	"sort"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"
)

// Filter is a subset root's where: expression, checked and in canonical
// form. Unlike a condition it may use any SQL the server accepts in a WHERE
// clause (functions, casts, subqueries), because the server evaluates it,
// under the run's read-only snapshot.
type Filter struct {
	// SQL is the expression as pg_query deparses it: one expression, no
	// comment, no ';'. It can follow WHERE as is; put it in parentheses
	// when combining it with other predicates.
	SQL string
	// Columns are the unqualified column references outside subqueries,
	// each once, in the order they appear: the columns of the root table
	// the filter needs.
	Columns []string
}

// ParseFilter parses a subset root's where: expression. It is parsed as
// SELECT 1 FROM t WHERE <expr> and must be exactly one expression: a
// second statement, a ';', a comment or a clause after the expression is a
// *SyntaxError carrying the 0-based byte offset of the problem in expr.
func ParseFilter(expr string) (*Filter, error) {
	p, err := parseFilter(expr)
	if err != nil {
		return nil, err
	}
	sql, err := p.deparseWhere()
	if err != nil {
		return nil, err
	}
	f := &Filter{SQL: sql, Columns: []string{}}
	// protoreflect visits fields in no fixed order: sort the references by
	// where they stand in the text, so Columns is stable.
	var refs []*pg.ColumnRef
	unqualifiedColumns(p.where(), func(r *pg.ColumnRef) { refs = append(refs, r) })
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].Location < refs[j].Location })
	seen := map[string]bool{}
	for _, r := range refs {
		if name := r.Fields[0].GetString_().Sval; !seen[name] {
			seen[name] = true
			f.Columns = append(f.Columns, name)
		}
	}
	return f, nil
}

// QualifyColumns parses expr as ParseFilter does, qualifies every
// unqualified column reference outside subqueries with alias (quoted as
// needed) and returns the deparsed expression, for use in a join where
// column names would be ambiguous. Columns inside a subquery are left
// alone: unqualified, they name the subquery's own tables first.
func QualifyColumns(expr, alias string) (string, error) {
	if alias == "" {
		return "", errors.New("qualify columns: empty alias")
	}
	p, err := parseFilter(expr)
	if err != nil {
		return "", err
	}
	unqualifiedColumns(p.where(), func(r *pg.ColumnRef) {
		r.Fields = append([]*pg.Node{pg.MakeStrNode(alias)}, r.Fields...)
	})
	return p.deparseWhere()
}

// parseFilter parses a filter in its wrapper. A filter is spliced into a
// query as text, with no parameters to bind: a $n placeholder is an error.
func parseFilter(expr string) (*parsed, error) {
	p, err := parseWrapped(filterPrefix, expr, "filter")
	if err != nil {
		return nil, err
	}
	var param *pg.ParamRef
	walk(p.where(), func(n *pg.Node) bool {
		if r := n.GetParamRef(); r != nil && param == nil {
			param = r
		}
		return param == nil
	})
	if param != nil {
		return nil, &SyntaxError{Pos: max(0, int(param.Location)-len(filterPrefix)), Msg: "a parameter placeholder ($n) is not allowed in a filter"}
	}
	// The source runs the filter inside a read-only transaction, which
	// stops writes but not every side effect: some functions end sessions,
	// read server files or reach other servers. They have no place in a
	// row filter.
	var denied *pg.FuncCall
	walk(p.where(), func(n *pg.Node) bool {
		if fc := n.GetFuncCall(); fc != nil && sideEffect(funcName(fc)) && (denied == nil || fc.Location < denied.Location) {
			denied = fc
		}
		return true
	})
	if denied != nil {
		return nil, &UnsupportedError{Pos: max(0, int(denied.Location)-len(filterPrefix)),
			What: "function " + funcName(denied) + "(), which has side effects on the server (it ends sessions, reads files, locks or reaches other servers)"}
	}
	return p, nil
}

// unqualifiedColumns calls fn for each one-part column reference under n,
// not descending into subqueries (only into the left operand of x IN
// (SELECT ...) and the like).
func unqualifiedColumns(n *pg.Node, fn func(*pg.ColumnRef)) {
	var visit func(*pg.Node) bool
	visit = func(x *pg.Node) bool {
		if sub := x.GetSubLink(); sub != nil {
			walk(sub.Testexpr, visit)
			return false
		}
		if r := x.GetColumnRef(); r != nil && len(r.Fields) == 1 && r.Fields[0].GetString_() != nil {
			fn(r)
		}
		return true
	}
	walk(n, visit)
}

// funcName is a call's function name without its schema.
func funcName(fc *pg.FuncCall) string {
	if len(fc.Funcname) == 0 {
		return ""
	}
	return strings.ToLower(fc.Funcname[len(fc.Funcname)-1].GetString_().GetSval())
}

// sideEffectPrefixes and sideEffectNames are functions a filter may not
// call: administration, server files, locks, notifications, timing, other
// servers.
var (
	sideEffectPrefixes = []string{"pg_terminate_", "pg_cancel_", "pg_advisory_", "pg_try_advisory_", "pg_read_", "pg_ls_",
		"pg_stat_file", "pg_file_", "pg_logical_", "pg_replication_", "pg_create_", "pg_drop_", "pg_reload_", "pg_rotate_",
		"pg_promote", "pg_switch_", "pg_backup_", "pg_start_backup", "pg_stop_backup", "pg_wal_replay_", "pg_sleep",
		"dblink", "lo_", "pg_notify", "set_config", "pg_import_system_collations", "pg_log_backend_memory_contexts",
		"query_to_xml", "table_to_xml", "cursor_to_xml", "database_to_xml", "schema_to_xml"}
)

func sideEffect(name string) bool {
	for _, p := range sideEffectPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
