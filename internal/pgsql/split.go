package pgsql

import (
	"fmt"
	"strings"

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
	script = blankMetaCommands(script)
	tree, err := pg.Parse(script)
	if err != nil {
		return nil, fmt.Errorf("pgsql: split script: %w", err)
	}
	var out []Statement
	for _, raw := range tree.Stmts {
		start := int(raw.StmtLocation)
		end := len(script)
		if raw.StmtLen > 0 {
			end = start + int(raw.StmtLen)
		}
		text := strings.TrimSpace(script[start:end])
		if text == "" {
			continue
		}
		st := Statement{SQL: text, Kind: statementKind(raw.Stmt)}
		describe(&st, raw.Stmt)
		out = append(out, st)
	}
	return out, nil
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
