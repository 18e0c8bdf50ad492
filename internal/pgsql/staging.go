package pgsql

import (
	pg "github.com/pganalyze/pg_query_go/v6"
)

const (
	reasonEventTrigger = "an event trigger fires on the refresh's own DDL and needs a superuser"
	reasonPublication  = "staging publishes nothing; FOR ALL TABLES needs a superuser"
)

// OmitProductionOnly drops, from a schema script (pg_dump's post-data
// section), the objects that serve production's operations rather than
// the application, and that break or misbehave in a staging copy:
//
//   - event triggers (CREATE, ALTER, COMMENT, SECURITY LABEL, OWNER TO,
//     RENAME): one fires on every DDL statement that follows it, the
//     refresh's own included (validating constraints, refreshing views,
//     recording the run), so a guard that rejects DDL fails the refresh
//     and an audit trigger logs understudy's statements as if they were
//     the application's; creating one needs a superuser;
//   - publications (the same statements, and ALTER PUBLICATION ... ADD):
//     nothing subscribes to staging, and FOR ALL TABLES or TABLES IN
//     SCHEMA need a superuser.
//
// Each dropped statement becomes a comment line, as in ScrubDDL, and is
// reported; every other byte is copied unchanged.
func OmitProductionOnly(sql string) (string, []Scrubbed, error) {
	return editScript(sql, omitStmt)
}

func omitStmt(n *pg.Node) (*Scrubbed, *pg.Node) {
	if o := objectStmtOf(n); o != nil {
		return omittedObject(o), nil
	}
	switch s := n.GetNode().(type) {
	case *pg.Node_CreateEventTrigStmt:
		return omitted("CREATE EVENT TRIGGER", s.CreateEventTrigStmt.Trigname, reasonEventTrigger), nil
	case *pg.Node_AlterEventTrigStmt:
		return omitted("ALTER EVENT TRIGGER", s.AlterEventTrigStmt.Trigname, reasonEventTrigger), nil
	case *pg.Node_CreatePublicationStmt:
		return omitted("CREATE PUBLICATION", s.CreatePublicationStmt.Pubname, reasonPublication), nil
	case *pg.Node_AlterPublicationStmt:
		return omitted("ALTER PUBLICATION", s.AlterPublicationStmt.Pubname, reasonPublication), nil
	}
	return nil, nil
}

func omitted(kind, name, reason string) *Scrubbed {
	return &Scrubbed{Kind: kind, Object: QuoteIdent(name), Action: Dropped, Reason: reason}
}

// omittedObject drops a statement about an event trigger or a
// publication, and leaves any other object alone.
func omittedObject(o *objectStmt) *Scrubbed {
	switch o.typ {
	case pg.ObjectType_OBJECT_EVENT_TRIGGER:
		return omitted(o.kind("EVENT TRIGGER"), o.name, reasonEventTrigger)
	case pg.ObjectType_OBJECT_PUBLICATION:
		return omitted(o.kind("PUBLICATION"), o.name, reasonPublication)
	}
	return nil
}
