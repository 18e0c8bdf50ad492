package pgsql

import (
	"errors"
	"fmt"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"
	"github.com/pganalyze/pg_query_go/v6/parser"
)

// ScrubAction is what ScrubDDL did to a statement.
type ScrubAction string

// The scrub actions.
const (
	// Dropped: the statement is replaced by a comment line.
	Dropped ScrubAction = "dropped"
	// Rewritten: the statement is re-emitted, deparsed, without the
	// credentials.
	Rewritten ScrubAction = "rewritten"
)

// Scrubbed reports one statement ScrubDDL changed. It names what was
// removed, never the secret itself.
type Scrubbed struct {
	Kind    string      // the statement, e.g. "CREATE USER MAPPING"
	Object  string      // the object, e.g. "FOR bob SERVER prod", quoted as SQL
	Action  ScrubAction // Dropped or Rewritten
	Removed []string    // the clauses or options removed: "CONNECTION", "PASSWORD", "password", "sslkey"...
	Reason  string      // why, for a person reading the report
	Pos     int         // 0-based byte offset of the statement in the script
	Line    int         // 1-based line of the statement in the script
}

// ScrubDDL removes credentials from a schema script (pg_dump --schema-only
// or pg_dumpall --roles-only output) and returns the scrubbed script and a
// report of what it changed:
//
//   - every statement about a subscription (CREATE, ALTER, DROP, OWNER TO,
//     COMMENT, SECURITY LABEL, RENAME) is dropped: a subscription holds a
//     connection string to production, and even without a password it
//     could connect (trust, certificates, .pgpass on the staging host);
//   - CREATE/ALTER USER MAPPING, CREATE/ALTER SERVER, CREATE/ALTER FOREIGN
//     DATA WRAPPER and CREATE FOREIGN TABLE lose their secret options
//     (password, passfile, sslpassword, sslkey and any option whose name
//     says password, secret, token, credential, private or access key);
//     an ALTER left with nothing to do is dropped;
//   - CREATE/ALTER ROLE (and USER, GROUP) lose their PASSWORD clause; an
//     ALTER ROLE left with nothing to do is dropped.
//
// Only changed statements are re-emitted (deparsed by pg_query, and checked
// to parse back to the intended tree); every other byte of the script,
// comments, SET lines, function bodies and psql meta-commands such as
// \restrict included, is copied unchanged. A script pg_query cannot parse
// is a *SyntaxError: nothing is passed through unchecked.
func ScrubDDL(sql string) (string, []Scrubbed, error) {
	if i := strings.IndexByte(sql, 0); i >= 0 {
		return "", nil, &SyntaxError{Pos: i, Msg: "a NUL byte is not allowed in a schema script"}
	}
	return editScript(sql, scrubStmt)
}

// editScript applies edit to each statement of a script: a statement edit
// reports is dropped (replaced by a comment) or replaced by the deparsed
// node it returns; every other byte is copied unchanged.
func editScript(sql string, edit func(*pg.Node) (*Scrubbed, *pg.Node)) (string, []Scrubbed, error) {
	masked, tree, err := parseScript(sql)
	if err != nil {
		return "", nil, err
	}
	var out strings.Builder
	report := []Scrubbed{}
	last := 0
	for _, raw := range tree.Stmts {
		s, rewritten := edit(raw.Stmt)
		if s == nil {
			continue
		}
		start, end := int(raw.StmtLocation), int(raw.StmtLocation+raw.StmtLen)
		if raw.StmtLen == 0 {
			end = len(sql)
		}
		first, lastTok, err := tokenSpan(masked, start, end)
		if err != nil {
			return "", nil, err
		}
		s.Pos, s.Line = first, 1+strings.Count(sql[:first], "\n")
		out.WriteString(sql[last:first])
		if s.Action == Dropped {
			out.WriteString("-- understudy: removed " + s.Kind + " (" + s.Reason + ")")
			last = lastTok
			if end < len(sql) && sql[end] == ';' {
				last = end + 1
			}
			if last < len(sql) && sql[last] != '\n' && sql[last] != '\r' {
				out.WriteByte('\n') // end the comment before what followed on the line
			}
		} else {
			text, err := deparseStmt(tree.Version, rewritten)
			if err != nil {
				return "", nil, fmt.Errorf("scrub ddl: %s at line %d: %w", s.Kind, s.Line, err)
			}
			out.WriteString(text)
			last = lastTok
		}
		report = append(report, *s)
	}
	out.WriteString(sql[last:])
	return out.String(), report, nil
}

// parseScript parses a script, blanking out the psql meta-commands
// (\connect, \restrict...) the server's parser does not know, one at a time
// where the parser stops at one. It returns the script as parsed (same
// length and offsets as sql) and its tree.
func parseScript(sql string) (string, *pg.ParseResult, error) {
	masked := blankOuterMetaCommands(sql)
	for range strings.Count(sql, "\\") + 1 {
		tree, err := pg.Parse(masked)
		if err == nil {
			return masked, tree, nil
		}
		var pe *parser.Error
		if !errors.As(err, &pe) || pe.Cursorpos <= 0 {
			return "", nil, parseError(err, masked, 0)
		}
		pos := charToByte(masked, pe.Cursorpos-1)
		if !metaCommandAt(masked, pos) {
			return "", nil, parseError(err, masked, 0)
		}
		eol := strings.IndexByte(masked[pos:], '\n')
		if eol < 0 {
			eol = len(masked) - pos
		}
		masked = masked[:pos] + strings.Repeat(" ", eol) + masked[pos+eol:]
	}
	return "", nil, &SyntaxError{Msg: "too many psql meta-commands"}
}

// blankOuterMetaCommands blanks the psql meta-commands among the blank
// and comment lines that open and close a script (pg_dump's \restrict and
// \unrestrict), which are outside every statement: the parser need not
// stop at each. A script parses in one go then.
func blankOuterMetaCommands(sql string) string {
	outer := func(line string) bool {
		l := strings.TrimSpace(line)
		return l == "" || strings.HasPrefix(l, "--") || metaCommandAt(line, strings.IndexByte(line, '\\'))
	}
	lines := strings.SplitAfter(sql, "\n")
	changed := false
	blank := func(i int) {
		if metaCommandAt(lines[i], strings.IndexByte(lines[i], '\\')) {
			body := strings.TrimRight(lines[i], "\r\n")
			lines[i] = strings.Repeat(" ", len(body)) + lines[i][len(body):]
			changed = true
		}
	}
	head := 0
	for ; head < len(lines) && outer(lines[head]); head++ {
		blank(head)
	}
	for i := len(lines) - 1; i > head && outer(lines[i]); i-- {
		blank(i)
	}
	if !changed {
		return sql
	}
	return strings.Join(lines, "")
}

// metaCommandAt reports whether a psql meta-command (a backslash first on
// its line) starts at pos.
func metaCommandAt(s string, pos int) bool {
	if pos < 0 || pos >= len(s) || s[pos] != '\\' {
		return false
	}
	lineStart := strings.LastIndexByte(s[:pos], '\n') + 1
	return strings.TrimLeft(s[lineStart:pos], " \t\r") == ""
}

// tokenSpan returns where the statement in s[start:end] really starts and
// ends: its first and the end of its last token that is not a comment.
func tokenSpan(s string, start, end int) (int, int, error) {
	scan, err := pg.Scan(s[start:end])
	if err != nil {
		return 0, 0, parseError(err, s[start:end], 0)
	}
	first, last := -1, -1
	for _, t := range scan.Tokens {
		if t.Token == pg.Token_SQL_COMMENT || t.Token == pg.Token_C_COMMENT {
			continue
		}
		if first < 0 {
			first = int(t.Start)
		}
		last = int(t.End)
	}
	if first < 0 {
		return start, end, nil
	}
	return start + first, start + last, nil
}

// deparseStmt deparses one statement and checks that the text parses back
// to the same statement.
func deparseStmt(version int32, n *pg.Node) (string, error) {
	text, err := pg.Deparse(&pg.ParseResult{Version: version, Stmts: []*pg.RawStmt{{Stmt: n}}})
	if err != nil {
		return "", fmt.Errorf("deparse: %w", err)
	}
	again, err := pg.Parse(text)
	if err != nil || len(again.Stmts) != 1 || !sameTree(again.Stmts[0].Stmt, n) {
		return "", errors.New("deparse: the rewritten statement does not parse back to itself")
	}
	return text, nil
}

const (
	reasonSubscription = "a subscription connects to production"
	reasonOptions      = "secret options removed"
	reasonPassword     = "password removed"
	reasonEmpty        = "nothing left after removing secrets"
)

// scrubStmt returns what to do with a statement: nil when it carries no
// credential; otherwise a report and, for Rewritten, the statement to
// deparse in its place (the parsed statement, modified).
func scrubStmt(n *pg.Node) (*Scrubbed, *pg.Node) {
	if o := objectStmtOf(n); o != nil {
		// The subscription itself is dropped: so is what names it.
		if o.typ != pg.ObjectType_OBJECT_SUBSCRIPTION {
			return nil, nil
		}
		return dropSubscription(o.kind("SUBSCRIPTION"), o.name, ""), nil
	}
	switch s := n.GetNode().(type) {
	case *pg.Node_CreateSubscriptionStmt:
		return dropSubscription("CREATE SUBSCRIPTION", s.CreateSubscriptionStmt.Subname, "CONNECTION"), nil
	case *pg.Node_AlterSubscriptionStmt:
		removed := ""
		if s.AlterSubscriptionStmt.Kind == pg.AlterSubscriptionType_ALTER_SUBSCRIPTION_CONNECTION {
			removed = "CONNECTION"
		}
		return dropSubscription("ALTER SUBSCRIPTION", s.AlterSubscriptionStmt.Subname, removed), nil
	case *pg.Node_DropSubscriptionStmt:
		return dropSubscription("DROP SUBSCRIPTION", s.DropSubscriptionStmt.Subname, ""), nil
	case *pg.Node_CreateUserMappingStmt:
		return scrubUserMapping("CREATE USER MAPPING", n, s.CreateUserMappingStmt.User, s.CreateUserMappingStmt.Servername,
			&s.CreateUserMappingStmt.Options, false)
	case *pg.Node_AlterUserMappingStmt:
		return scrubUserMapping("ALTER USER MAPPING", n, s.AlterUserMappingStmt.User, s.AlterUserMappingStmt.Servername,
			&s.AlterUserMappingStmt.Options, true)
	case *pg.Node_CreateForeignServerStmt:
		return scrubOptions("CREATE SERVER", QuoteIdent(s.CreateForeignServerStmt.Servername), n,
			&s.CreateForeignServerStmt.Options, false)
	case *pg.Node_AlterForeignServerStmt:
		a := s.AlterForeignServerStmt
		return scrubOptions("ALTER SERVER", QuoteIdent(a.Servername), n, &a.Options, !a.HasVersion)
	case *pg.Node_CreateFdwStmt:
		return scrubOptions("CREATE FOREIGN DATA WRAPPER", QuoteIdent(s.CreateFdwStmt.Fdwname), n,
			&s.CreateFdwStmt.Options, false)
	case *pg.Node_AlterFdwStmt:
		a := s.AlterFdwStmt
		return scrubOptions("ALTER FOREIGN DATA WRAPPER", QuoteIdent(a.Fdwname), n, &a.Options, len(a.FuncOptions) == 0)
	case *pg.Node_CreateForeignTableStmt:
		return scrubForeignTable(n, s.CreateForeignTableStmt)
	case *pg.Node_CreateRoleStmt:
		return scrubRole(createRoleKind(s.CreateRoleStmt.StmtType), QuoteIdent(s.CreateRoleStmt.Role), n,
			&s.CreateRoleStmt.Options, false)
	case *pg.Node_AlterRoleStmt:
		return scrubRole("ALTER ROLE", roleSpec(s.AlterRoleStmt.Role), n, &s.AlterRoleStmt.Options, true)
	}
	return nil, nil
}

func dropSubscription(kind, name, removed string) *Scrubbed {
	s := &Scrubbed{Kind: kind, Object: QuoteIdent(name), Action: Dropped, Reason: reasonSubscription}
	if removed != "" {
		s.Removed = []string{removed}
	}
	return s
}

// objectStmt is a statement about an existing object that one identifier
// names (a subscription, an event trigger, a publication): ALTER ... OWNER
// TO, COMMENT ON, SECURITY LABEL ON or ALTER ... RENAME.
type objectStmt struct {
	format string // the statement, %s standing for the object's kind
	typ    pg.ObjectType
	name   string // "" when an object of typ is not named by one identifier
}

// objectStmtOf returns the object statement n is, or nil for any other
// statement.
func objectStmtOf(n *pg.Node) *objectStmt {
	var o objectStmt
	var object *pg.Node
	switch s := n.GetNode().(type) {
	case *pg.Node_AlterOwnerStmt:
		o.format, o.typ, object = "ALTER %s OWNER", s.AlterOwnerStmt.ObjectType, s.AlterOwnerStmt.Object
	case *pg.Node_CommentStmt:
		o.format, o.typ, object = "COMMENT ON %s", s.CommentStmt.Objtype, s.CommentStmt.Object
	case *pg.Node_SecLabelStmt:
		o.format, o.typ, object = "SECURITY LABEL ON %s", s.SecLabelStmt.Objtype, s.SecLabelStmt.Object
	case *pg.Node_RenameStmt:
		o.format, o.typ, object = "ALTER %s RENAME", s.RenameStmt.RenameType, s.RenameStmt.Object
	default:
		return nil
	}
	if s := object.GetString_(); s != nil {
		o.name = s.Sval
	}
	return &o
}

// kind names the statement for a report: "ALTER SUBSCRIPTION OWNER".
func (o *objectStmt) kind(objectKind string) string { return fmt.Sprintf(o.format, objectKind) }

func scrubUserMapping(kind string, n *pg.Node, user *pg.RoleSpec, server string, options *[]*pg.Node, dropIfEmpty bool) (*Scrubbed, *pg.Node) {
	return scrubOptions(kind, "FOR "+roleSpec(user)+" SERVER "+QuoteIdent(server), n, options, dropIfEmpty)
}

// scrubOptions removes the secret options from *options. dropIfEmpty drops
// the statement when that leaves it with no options (an ALTER with nothing
// else to do).
func scrubOptions(kind, object string, n *pg.Node, options *[]*pg.Node, dropIfEmpty bool) (*Scrubbed, *pg.Node) {
	removed := removeOptions(options, func(d *pg.DefElem) bool {
		return d.Defaction != pg.DefElemAction_DEFELEM_DROP && secretOption(d.Defname)
	})
	if len(removed) == 0 {
		return nil, nil
	}
	s := &Scrubbed{Kind: kind, Object: object, Action: Rewritten, Removed: removed, Reason: reasonOptions}
	if dropIfEmpty && len(*options) == 0 {
		s.Action, s.Reason = Dropped, reasonEmpty
		return s, nil
	}
	return s, n
}

func scrubForeignTable(n *pg.Node, t *pg.CreateForeignTableStmt) (*Scrubbed, *pg.Node) {
	secret := func(d *pg.DefElem) bool { return secretOption(d.Defname) }
	removed := removeOptions(&t.Options, secret)
	if t.BaseStmt != nil {
		for _, elt := range t.BaseStmt.TableElts {
			if col := elt.GetColumnDef(); col != nil {
				for _, name := range removeOptions(&col.Fdwoptions, secret) {
					removed = append(removed, col.Colname+"."+name)
				}
			}
		}
	}
	if len(removed) == 0 {
		return nil, nil
	}
	object := ""
	if t.BaseStmt != nil && t.BaseStmt.Relation != nil {
		object = rangeVarName(t.BaseStmt.Relation)
	}
	return &Scrubbed{Kind: "CREATE FOREIGN TABLE", Object: object, Action: Rewritten, Removed: removed, Reason: reasonOptions}, n
}

func scrubRole(kind, object string, n *pg.Node, options *[]*pg.Node, dropIfEmpty bool) (*Scrubbed, *pg.Node) {
	removed := removeOptions(options, func(d *pg.DefElem) bool {
		return d.Defname == "password" && d.Arg != nil
	})
	if len(removed) == 0 {
		return nil, nil
	}
	s := &Scrubbed{Kind: kind, Object: object, Action: Rewritten, Removed: []string{"PASSWORD"}, Reason: reasonPassword}
	if dropIfEmpty && len(*options) == 0 {
		s.Action, s.Reason = Dropped, reasonEmpty
		return s, nil
	}
	return s, n
}

// removeOptions removes the DefElems secret matches from *options and
// returns their names.
func removeOptions(options *[]*pg.Node, secret func(*pg.DefElem) bool) []string {
	var removed []string
	kept := (*options)[:0]
	for _, o := range *options {
		if d := o.GetDefElem(); d != nil && secret(d) {
			removed = append(removed, d.Defname)
			continue
		}
		kept = append(kept, o)
	}
	*options = kept
	return removed
}

// secretOptions are option names that hold a credential or point to one.
var secretOptions = map[string]bool{
	"password": true, "passfile": true, "sslpassword": true, "sslkey": true,
	"passwd": true, "pwd": true,
}

// secretWords mark an option name as a credential wherever they appear in
// it (aws_secret_access_key, api_token, ...).
var secretWords = []string{"password", "passwd", "secret", "token", "credential", "private_key", "privatekey", "api_key", "apikey", "access_key"}

func secretOption(name string) bool {
	name = strings.ToLower(name)
	if secretOptions[name] {
		return true
	}
	for _, w := range secretWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func createRoleKind(t pg.RoleStmtType) string {
	switch t {
	case pg.RoleStmtType_ROLESTMT_USER:
		return "CREATE USER"
	case pg.RoleStmtType_ROLESTMT_GROUP:
		return "CREATE GROUP"
	}
	return "CREATE ROLE"
}

// roleSpec renders a role as SQL: a quoted name, or CURRENT_USER, PUBLIC...
func roleSpec(r *pg.RoleSpec) string {
	switch r.GetRoletype() {
	case pg.RoleSpecType_ROLESPEC_CURRENT_ROLE:
		return "CURRENT_ROLE"
	case pg.RoleSpecType_ROLESPEC_CURRENT_USER:
		return "CURRENT_USER"
	case pg.RoleSpecType_ROLESPEC_SESSION_USER:
		return "SESSION_USER"
	case pg.RoleSpecType_ROLESPEC_PUBLIC:
		return "PUBLIC"
	}
	return QuoteIdent(r.GetRolename())
}

func rangeVarName(r *pg.RangeVar) string {
	if r.Schemaname != "" {
		return QuoteIdent(r.Schemaname) + "." + QuoteIdent(r.Relname)
	}
	return QuoteIdent(r.Relname)
}
