package pgsql

import (
	"strings"
	"testing"

	pg "github.com/pganalyze/pg_query_go/v6"
	"github.com/stretchr/testify/require"
)

func TestSplitScript(t *testing.T) {
	script := `--
-- post-data
--
\restrict abc
CREATE INDEX users_email_idx ON public.users USING btree (email);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
CREATE TRIGGER t BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION f();
ALTER INDEX public.p_idx ATTACH PARTITION public.p1_idx;
`
	stmts, err := SplitScript(script)
	require.NoError(t, err)
	require.Len(t, stmts, 6)
	kinds := []StatementKind{StmtIndex, StmtIndex, StmtForeignKey, StmtOther, StmtOther, StmtAttach}
	for i, s := range stmts {
		require.Equal(t, kinds[i], s.Kind, s.SQL)
	}
	require.Equal(t, "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$", stmts[3].SQL)
	require.Equal(t, "ALTER TABLE ONLY public.users\n    ADD CONSTRAINT users_pkey PRIMARY KEY (id)", stmts[1].SQL)

	users := Relation{Schema: "public", Name: "users"}
	require.Equal(t, users, stmts[0].Table)
	require.Equal(t, Relation{Schema: "public", Name: "users_email_idx"}, stmts[0].Index)
	require.Equal(t, users, stmts[1].Table)
	require.Equal(t, Relation{Schema: "public", Name: "users_pkey"}, stmts[1].Index)
	require.Equal(t, Relation{Schema: "public", Name: "orders"}, stmts[2].Table)
	require.Equal(t, users, stmts[2].References)
	require.Equal(t, Relation{}, stmts[4].Table, "a trigger waits for everything")
	require.Equal(t, Relation{Schema: "public", Name: "p_idx"}, stmts[5].Parent)
	require.Equal(t, Relation{Schema: "public", Name: "p1_idx"}, stmts[5].Child)
}

func TestParseStatements(t *testing.T) {
	script := "-- known password for everyone\nUPDATE public.users SET password_hash = 'x';\n\n  TRUNCATE public.sessions ;;\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT 'é'"
	stmts, err := ParseStatements(script)
	require.NoError(t, err)
	require.Len(t, stmts, 4)
	for _, s := range stmts {
		require.Equal(t, s.SQL, script[s.Offset:s.Offset+len(s.SQL)], "the offset points at the text")
		require.Empty(t, s.OutsideTransaction)
	}
	require.Equal(t, "-- known password for everyone\nUPDATE public.users SET password_hash = 'x'", stmts[0].SQL)
	require.Equal(t, "TRUNCATE public.sessions", stmts[1].SQL)
	require.Equal(t, "DO $$ BEGIN PERFORM 1; END $$", stmts[2].SQL)
	require.Equal(t, "SELECT 'é'", stmts[3].SQL)

	// A syntax error is positioned in bytes, after multibyte characters too.
	bad := "SELECT 'é';\nUPDTE users SET a = 1;"
	_, err = ParseStatements(bad)
	var syn *SyntaxError
	require.ErrorAs(t, err, &syn)
	require.Equal(t, strings.Index(bad, "UPDTE"), syn.Pos)
	require.Contains(t, syn.Msg, `syntax error at or near "UPDTE"`)

	_, err = ParseStatements("SELECT 1;\x00")
	require.ErrorAs(t, err, &syn)
	require.Equal(t, 9, syn.Pos)

	empty, err := ParseStatements("-- nothing\n;")
	require.NoError(t, err)
	require.Empty(t, empty)
}

func TestParseStatementsOutsideTransaction(t *testing.T) {
	for sql, want := range map[string]string{
		"COMMIT":                                        "COMMIT",
		"BEGIN":                                         "BEGIN",
		"ROLLBACK":                                      "ROLLBACK",
		"PREPARE TRANSACTION 'x'":                       "PREPARE",
		"SAVEPOINT a":                                   "",
		"ROLLBACK TO SAVEPOINT a":                       "",
		"VACUUM public.users":                           "VACUUM",
		"ANALYZE public.users":                          "",
		"CREATE DATABASE x":                             "CREATE DATABASE",
		"DROP DATABASE x":                               "DROP DATABASE",
		"ALTER SYSTEM SET work_mem = '1GB'":             "ALTER SYSTEM",
		"CREATE INDEX CONCURRENTLY i ON t (a)":          "CREATE INDEX CONCURRENTLY",
		"CREATE INDEX i ON t (a)":                       "",
		"DROP INDEX CONCURRENTLY i":                     "DROP INDEX CONCURRENTLY",
		"REINDEX (CONCURRENTLY) TABLE t":                "REINDEX CONCURRENTLY",
		"REINDEX TABLE t":                               "",
		"REINDEX DATABASE x":                            "REINDEX DATABASE",
		"ALTER TABLE p DETACH PARTITION c CONCURRENTLY": "DETACH PARTITION CONCURRENTLY",
		"ALTER TABLE p DETACH PARTITION c":              "",
		"UPDATE t SET a = 1":                            "",
	} {
		stmts, err := ParseStatements(sql)
		require.NoError(t, err, sql)
		require.Len(t, stmts, 1, sql)
		require.Equal(t, want, stmts[0].OutsideTransaction, sql)
	}
	for sql, want := range map[string]bool{
		"COPY t FROM STDIN":            true,
		"COPY t TO STDOUT":             true,
		"COPY (SELECT 1) TO STDOUT":    true,
		"COPY t FROM '/tmp/t.csv'":     false,
		"COPY t TO PROGRAM 'gzip > x'": false,
	} {
		stmts, err := ParseStatements(sql)
		require.NoError(t, err, sql)
		require.Equal(t, want, stmts[0].CopyStream, sql)
	}
}

// A foreign key added to one table splits into its NOT VALID form and the
// VALIDATE that follows; one on a partitioned table, or already NOT VALID,
// or any other statement, does not.
func TestSplitForeignKey(t *testing.T) {
	script := `ALTER TABLE ONLY "Billing"."InvoiceLines"
    ADD CONSTRAINT "InvoiceLines_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Billing"."Invoices"(id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE public.measurements
    ADD CONSTRAINT measurements_station_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);
ALTER TABLE ONLY public.legacy_orders
    ADD CONSTRAINT legacy_orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) -- trailing
;
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
`
	stmts, err := SplitScript(script)
	require.NoError(t, err)
	require.Len(t, stmts, 5)
	notValid, validate, ok := SplitForeignKey(stmts[0].SQL)
	require.True(t, ok)
	require.Equal(t, stmts[0].SQL+" NOT VALID", notValid)
	require.Equal(t, `ALTER TABLE ONLY "Billing"."InvoiceLines" VALIDATE CONSTRAINT "InvoiceLines_invoiceId_fkey"`, validate)
	tree, err := pg.Parse(notValid)
	require.NoError(t, err)
	con := tree.Stmts[0].Stmt.GetAlterTableStmt().Cmds[0].GetAlterTableCmd().GetDef().GetConstraint()
	require.True(t, con.SkipValidation)
	require.Equal(t, "c", con.FkDelAction, "the rest of the key is as written")
	require.True(t, con.Deferrable)
	// A partitioned table's key, one already NOT VALID, a primary key; and
	// NOT VALID after a trailing comment would be commented out: the parse
	// that checks the text says so, and the key is added as written.
	for _, s := range stmts[1:] {
		notValid, validate, ok := SplitForeignKey(s.SQL)
		require.False(t, ok, s.SQL)
		require.Empty(t, notValid, s.SQL)
		require.Empty(t, validate, s.SQL)
	}
}
