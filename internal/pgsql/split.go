package pgsql

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	pg "github.com/pganalyze/pg_query_go/v6"
)

// StatementKind sorts the statements of a post-data script into the phases
// a loader can run them in.
type StatementKind int

// The statement kinds.
const (
	// StmtOther runs after everything else, in script order: triggers,
	// rules, policies, comments.
	StmtOther StatementKind = iota
	// StmtIndex is a CREATE INDEX or a primary key, unique or exclusion
	// constraint (an index underneath): independent of each other.
	StmtIndex
	// StmtForeignKey is ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY: it
	// needs the referenced table's key in place.
	StmtForeignKey
	// StmtAttach is ALTER INDEX ... ATTACH PARTITION: it needs both
	// indexes, and a partitioned table's key is valid (so a foreign key can
	// reference it) only once every partition's index is attached.
	StmtAttach
)

// Statement is one statement of a script, its text as written, and what a
// loader needs to know to run it as early as it can.
type Statement struct {
	SQL  string
	Kind StatementKind
	// Table is the table a CREATE INDEX or an ALTER TABLE names (for
	// ATTACH PARTITION, the parent index's); empty for other statements.
	Table Relation
	// Index is the index a StmtIndex creates (a key constraint's index is
	// named after the constraint), in Table's schema.
	Index Relation
	// References is the table a foreign key references.
	References Relation
	// Parent and Child are the indexes an ATTACH PARTITION joins.
	Parent, Child Relation
	// Offset is the byte offset of SQL in the script.
	Offset int
	// OutsideTransaction names the command when the statement cannot run
	// inside a transaction block, or ends the one it runs in: "COMMIT",
	// "VACUUM", "CREATE INDEX CONCURRENTLY"... Empty for every other
	// statement.
	OutsideTransaction string
	// CopyStream: the statement is COPY ... FROM STDIN or TO STDOUT, which
	// needs a client that streams the data.
	CopyStream bool
	// Order and Names say what the statement waits for when several
	// sessions load its script (set by SchemaStatements when asked).
	Order Ordering
	Names []string
}

// Relation is a relation's name as a statement writes it; Schema is empty
// when the statement does not qualify it.
type Relation struct{ Schema, Name string }

func relation(rv *pg.RangeVar) Relation {
	if rv == nil {
		return Relation{}
	}
	return Relation{Schema: rv.Schemaname, Name: rv.Relname}
}

// SplitScript splits a SQL script (a pg_dump section) into its statements,
// each with its text exactly as written, and sorts each into a kind.
// psql meta-command lines (\connect, \restrict) are dropped.
func SplitScript(script string) ([]Statement, error) {
	stmts, err := ParseStatements(blankMetaCommands(script))
	if err != nil {
		return nil, fmt.Errorf("pgsql: split script: %w", err)
	}
	return stmts, nil
}

// ParseStatements parses a SQL script with PostgreSQL's parser and returns
// its statements, each with its text exactly as written (without the ';')
// and its byte offset in the script. A script that is not valid SQL is a
// *SyntaxError at the byte offset PostgreSQL's error names. Empty
// statements (";;", a script of comments) are skipped.
func ParseStatements(script string) ([]Statement, error) {
	if i := strings.IndexByte(script, 0); i >= 0 {
		return nil, &SyntaxError{Pos: i, Msg: "a NUL byte is not allowed in SQL"}
	}
	if !utf8.ValidString(script) {
		return nil, &SyntaxError{Pos: firstInvalidUTF8(script), Msg: "SQL must be valid UTF-8"}
	}
	tree, err := pg.Parse(script)
	if err != nil {
		return nil, parseError(err, script, 0)
	}
	var out []Statement
	for _, raw := range tree.Stmts {
		trimmed, offset, _, _ := statementText(script, raw)
		if trimmed == "" || raw.Stmt == nil {
			continue
		}
		st := Statement{SQL: trimmed, Kind: statementKind(raw.Stmt), Offset: offset,
			OutsideTransaction: outsideTransaction(raw.Stmt), CopyStream: copyStream(raw.Stmt)}
		describe(&st, raw.Stmt)
		out = append(out, st)
	}
	return out, nil
}

// statementText is a parsed statement's text as the script writes it,
// without the space around it or the ';', and its byte offset; start and
// end bound it with that space.
func statementText(script string, raw *pg.RawStmt) (text string, offset, start, end int) {
	start, end = int(raw.StmtLocation), len(script)
	if raw.StmtLen > 0 {
		end = start + int(raw.StmtLen)
	}
	right := strings.TrimRightFunc(script[start:end], unicode.IsSpace)
	text = strings.TrimLeftFunc(right, unicode.IsSpace)
	return text, start + len(right) - len(text), start, end
}

// blankMetaCommands replaces psql meta-command lines with empty lines, so
// the parser sees SQL only and positions stay where they were.
func blankMetaCommands(script string) string {
	if !strings.Contains(script, "\n\\") && !strings.HasPrefix(script, "\\") {
		return script
	}
	lines := strings.Split(script, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "\\") {
			lines[i] = strings.Repeat(" ", len(l))
		}
	}
	return strings.Join(lines, "\n")
}

// outsideTransaction names a statement that cannot run in a transaction
// block (PostgreSQL's PreventInTransactionBlock) or that ends or starts one.
func outsideTransaction(n *pg.Node) string {
	switch {
	case n.GetTransactionStmt() != nil:
		switch k := n.GetTransactionStmt().Kind; k {
		case pg.TransactionStmtKind_TRANS_STMT_SAVEPOINT, pg.TransactionStmtKind_TRANS_STMT_RELEASE, pg.TransactionStmtKind_TRANS_STMT_ROLLBACK_TO:
			return ""
		default:
			return strings.ReplaceAll(strings.TrimPrefix(k.String(), "TRANS_STMT_"), "_", " ")
		}
	case n.GetVacuumStmt() != nil && n.GetVacuumStmt().IsVacuumcmd:
		return "VACUUM"
	case n.GetCreatedbStmt() != nil:
		return "CREATE DATABASE"
	case n.GetDropdbStmt() != nil:
		return "DROP DATABASE"
	case n.GetAlterSystemStmt() != nil:
		return "ALTER SYSTEM"
	case n.GetCreateTableSpaceStmt() != nil:
		return "CREATE TABLESPACE"
	case n.GetDropTableSpaceStmt() != nil:
		return "DROP TABLESPACE"
	case n.GetIndexStmt() != nil && n.GetIndexStmt().Concurrent:
		return "CREATE INDEX CONCURRENTLY"
	case n.GetDropStmt() != nil && n.GetDropStmt().Concurrent:
		return "DROP INDEX CONCURRENTLY"
	case n.GetReindexStmt() != nil:
		r := n.GetReindexStmt()
		for _, p := range r.Params {
			if p.GetDefElem().GetDefname() == "concurrently" {
				return "REINDEX CONCURRENTLY"
			}
		}
		switch r.Kind {
		case pg.ReindexObjectType_REINDEX_OBJECT_SCHEMA, pg.ReindexObjectType_REINDEX_OBJECT_SYSTEM, pg.ReindexObjectType_REINDEX_OBJECT_DATABASE:
			return "REINDEX " + strings.TrimPrefix(r.Kind.String(), "REINDEX_OBJECT_")
		}
	case n.GetAlterTableStmt() != nil:
		for _, c := range n.GetAlterTableStmt().Cmds {
			if c.GetAlterTableCmd().GetDef().GetPartitionCmd().GetConcurrent() {
				return "DETACH PARTITION CONCURRENTLY"
			}
		}
	}
	return ""
}

// copyStream reports COPY ... FROM STDIN and COPY ... TO STDOUT.
func copyStream(n *pg.Node) bool {
	c := n.GetCopyStmt()
	return c != nil && c.Filename == "" && !c.IsProgram
}

func statementKind(n *pg.Node) StatementKind {
	if idx := n.GetIndexStmt(); idx != nil {
		return StmtIndex
	}
	alt := n.GetAlterTableStmt()
	if alt == nil || len(alt.Cmds) != 1 {
		return StmtOther
	}
	cmd := alt.Cmds[0].GetAlterTableCmd()
	if cmd != nil && cmd.Subtype == pg.AlterTableType_AT_AttachPartition && alt.Objtype == pg.ObjectType_OBJECT_INDEX {
		return StmtAttach
	}
	if cmd == nil || cmd.Subtype != pg.AlterTableType_AT_AddConstraint {
		return StmtOther
	}
	con := cmd.GetDef().GetConstraint()
	if con == nil {
		return StmtOther
	}
	switch con.Contype {
	case pg.ConstrType_CONSTR_FOREIGN:
		return StmtForeignKey
	case pg.ConstrType_CONSTR_PRIMARY, pg.ConstrType_CONSTR_UNIQUE, pg.ConstrType_CONSTR_EXCLUSION:
		return StmtIndex
	}
	return StmtOther
}

// describe fills in the relations a statement of a loader's kind names.
func describe(st *Statement, n *pg.Node) {
	if idx := n.GetIndexStmt(); idx != nil {
		st.Table = relation(idx.Relation)
		st.Index = Relation{Schema: st.Table.Schema, Name: idx.Idxname}
		return
	}
	alt := n.GetAlterTableStmt()
	if alt == nil || len(alt.Cmds) != 1 {
		return
	}
	cmd := alt.Cmds[0].GetAlterTableCmd()
	switch st.Kind {
	case StmtAttach:
		st.Parent = relation(alt.Relation)
		st.Child = relation(cmd.GetDef().GetPartitionCmd().GetName())
		st.Table = st.Parent
	case StmtIndex, StmtForeignKey:
		st.Table = relation(alt.Relation)
		con := cmd.GetDef().GetConstraint()
		if st.Kind == StmtIndex {
			st.Index = Relation{Schema: st.Table.Schema, Name: con.Conname}
			if con.Indexname != "" { // ADD CONSTRAINT ... USING INDEX
				st.Index.Name = con.Indexname
			}
		} else {
			st.References = relation(con.Pktable)
		}
	}
}

// SplitForeignKey splits a foreign key that PostgreSQL would validate as
// it adds it to one table (ALTER TABLE ONLY ... ADD CONSTRAINT ... FOREIGN
// KEY) in two: the statement with NOT VALID, which adds it at once, then
// ALTER TABLE ... VALIDATE CONSTRAINT. Added, the key takes SHARE ROW
// EXCLUSIVE on both tables for an instant; validated, SHARE UPDATE
// EXCLUSIVE on its table and ROW SHARE on the one it references, which do
// not conflict with another key's validation that references this table
// or is on the table it references. ok is false for any other statement,
// a key on a partitioned table (no ONLY), which PostgreSQL before 18
// cannot hold NOT VALID, and a key already NOT VALID. The NOT VALID text
// is the statement's own with NOT VALID after its one command, parsed
// again to be sure it says so (a trailing comment would swallow it).
func SplitForeignKey(sql string) (notValid, validate string, ok bool) {
	alt, con := addForeignKey(sql)
	if con == nil || con.SkipValidation || alt.Relation == nil || alt.Relation.Inh || con.Conname == "" {
		return "", "", false
	}
	notValid = sql + " NOT VALID"
	if _, again := addForeignKey(notValid); again == nil || !again.SkipValidation || again.Conname != con.Conname {
		return "", "", false
	}
	rel := QuoteIdent(alt.Relation.Relname)
	if alt.Relation.Schemaname != "" {
		rel = QuoteIdent(alt.Relation.Schemaname) + "." + rel
	}
	return notValid, "ALTER TABLE ONLY " + rel + " VALIDATE CONSTRAINT " + QuoteIdent(con.Conname), true
}

// addForeignKey parses one ALTER TABLE that adds one foreign key, and
// returns it and the key; nil for anything else.
func addForeignKey(sql string) (*pg.AlterTableStmt, *pg.Constraint) {
	tree, err := pg.Parse(sql)
	if err != nil || len(tree.Stmts) != 1 || statementKind(tree.Stmts[0].Stmt) != StmtForeignKey {
		return nil, nil
	}
	alt := tree.Stmts[0].Stmt.GetAlterTableStmt()
	return alt, alt.Cmds[0].GetAlterTableCmd().GetDef().GetConstraint()
}
