package pgsql

import (
	"testing"

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
