package pgsql

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

var leadingComments = regexp.MustCompile(`^(\s*--[^\n]*\n)*\s*`)

// SchemaStatements, parsing once, gives what ScrubDDL, MapRoles,
// OmitProductionOnly and SplitScript give one after another: the same
// statements (but for the comment lines left where a statement was
// dropped) and the same reports.
func TestSchemaStatementsIsTheStepsInOne(t *testing.T) {
	t.Parallel()
	pagila, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "datasets", "pagila", "pagila-schema.sql"))
	require.NoError(t, err)
	credentials, err := os.ReadFile(filepath.Join("testdata", "scrub", "credentials.sql"))
	require.NoError(t, err)
	roles := `\restrict abc
CREATE SCHEMA billing AUTHORIZATION prod_owner;
ALTER TABLE public.users OWNER TO prod_owner;
GRANT SELECT ON TABLE public.users TO prod_app, reporting, PUBLIC;
GRANT ALL ON TABLE public.orders TO gone;
CREATE ROLE r LOGIN PASSWORD 'x';
CREATE POLICY tenant ON public.orders TO acme_app, reporting USING (true);
CREATE TABLE public.t (id int);
CREATE PUBLICATION analytics WITH (publish = 'insert, update');
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION public.log_ddl();
\unrestrict abc
`
	mapping := map[string]string{"prod_owner": "staging_owner", "prod_app": "staging_app"}
	onTarget := map[string]bool{"staging_owner": true, "staging_app": true, "reporting": true}
	exists := func(r string) bool { return onTarget[r] }
	removed := regexp.MustCompile(`(?m)^-- understudy: removed .*\n?`)
	// A dropped statement's heading comments go with it here, and stay
	// before the next statement there: statements are compared from
	// their first line that is not a comment.
	code := func(sql string) string { return sql[len(leadingComments.FindString(sql)):] }
	for name, script := range map[string]string{"pagila": string(pagila), "credentials": string(credentials), "roles": roles} {
		for _, omit := range []bool{false, true} {
			scrubbed, wantScrubbed, err := ScrubDDL(script)
			require.NoError(t, err)
			mapped, wantMapped, err := MapRoles(scrubbed, mapping, exists)
			require.NoError(t, err)
			var wantOmitted []Scrubbed
			if omit {
				mapped, wantOmitted, err = OmitProductionOnly(mapped)
				require.NoError(t, err)
			}
			want, err := SplitScript(removed.ReplaceAllString(mapped, ""))
			require.NoError(t, err)

			got, rep, err := SchemaStatements(script, ScriptEdits{Roles: mapping, RoleExists: exists, OmitProductionOnly: omit})
			require.NoError(t, err, name)
			require.Equal(t, len(want), len(got), name)
			for i := range want {
				require.Equal(t, code(want[i].SQL), code(got[i].SQL), "%s: statement %d", name, i)
				require.Equal(t, want[i].Kind, got[i].Kind)
				require.Equal(t, want[i].Table, got[i].Table)
				require.Equal(t, want[i].Index, got[i].Index)
			}
			same := func(want, got []Scrubbed) {
				t.Helper()
				require.Equal(t, len(want), len(got), name)
				for i := range want {
					w, g := want[i], got[i]
					require.Equal(t, []any{w.Kind, w.Object, w.Action, w.Removed, w.Reason}, []any{g.Kind, g.Object, g.Action, g.Removed, g.Reason}, name)
				}
			}
			same(wantScrubbed, rep.Scrubbed)
			same(wantMapped, rep.Mapped)
			same(wantOmitted, rep.Omitted)
			if name == "roles" {
				require.NotEmpty(t, rep.Scrubbed)
				require.NotEmpty(t, rep.Mapped)
				require.Equal(t, omit, len(rep.Omitted) == 2)
			}
		}
	}
}

// Each statement says what it waits for when sessions load a script at
// once: statements about relations wait for those that name the same
// ones; session settings and every other statement wait for all before.
func TestSchemaStatementsOrder(t *testing.T) {
	t.Parallel()
	type want struct {
		order Ordering
		names []string
	}
	byName := func(names ...string) want { return want{OrderByName, names} }
	alone, session := want{order: OrderAlone}, want{order: OrderSession}
	tests := []struct {
		sql  string
		want want
	}{
		{`CREATE TABLE public.before (n text)`, byName("before", "text")}, // search_path not emptied yet
		{`SET statement_timeout = 0`, session},
		{`SELECT pg_catalog.set_config('search_path', '', false)`, session},
		{`SELECT pg_catalog.set_config('search_path', '', true)`, alone},
		{`SELECT 1`, alone},
		{`SET LOCAL lock_timeout = 0`, alone},
		{`SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`, alone},
		{`CREATE TABLE public.t (id bigint, o public.other, a public.arr[], n text, at timestamp with time zone DEFAULT '2024-01-01')`,
			byName("t", "other", "arr")},
		{`CREATE TABLE public.c (x public._elem) INHERITS (public.p)`, byName("c", "_elem", "elem", "p")},
		{`CREATE TABLE public.part PARTITION OF public.parent FOR VALUES IN (1)`, byName("part", "parent")},
		{`CREATE TABLE public.s (id serial)`, alone},
		{`CREATE TABLE public.i (id int GENERATED ALWAYS AS IDENTITY)`, alone},
		{`CREATE TABLE "Shop"."Order" ("Id" int DEFAULT nextval('"Shop"."Order_Id_seq"'), n int DEFAULT lower('X'))`, byName("Order", "Order_Id_seq", "x")},
		{`CREATE SEQUENCE public.t_id_seq AS integer START WITH 1`, byName("t_id_seq")},
		{`ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id`, byName("t_id_seq", "t")},
		{`ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass)`, byName("t", "t_id_seq")},
		{`ALTER TABLE ONLY public.p ATTACH PARTITION public.p1 FOR VALUES IN (1)`, byName("p", "p1")},
		{`ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_id2_seq START WITH 1 CACHE 1)`, byName("t", "t_id2_seq")},
		{`ALTER TABLE public.t ADD CONSTRAINT pos CHECK (id > 0) NOT VALID`, byName("t")},
		{`ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)`, alone},
		{`ALTER TABLE public.t RENAME TO u`, alone},
		{`ALTER INDEX public.t_pkey SET (fillfactor = 50)`, alone},
		{`COMMENT ON COLUMN public.t.id IS 'x'`, byName("t")},
		{`COMMENT ON TABLE public.t IS 'x'`, byName("t")},
		{`COMMENT ON CONSTRAINT pos ON public.t IS 'x'`, byName("t")},
		{`COMMENT ON FUNCTION public.f() IS 'x'`, alone},
		{`GRANT SELECT ON TABLE public.t TO reporting`, byName("t")},
		{`GRANT USAGE ON SCHEMA public TO reporting`, alone},
		{`CREATE VIEW public.v AS SELECT * FROM public.t`, alone},
		{`CREATE TYPE public.mood AS ENUM ('a')`, alone},
		{`CREATE FUNCTION public.f(public.t) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$`, alone},
		{`VACUUM public.t`, alone},
	}
	script := ""
	for _, tt := range tests {
		script += tt.sql + ";\n"
	}
	stmts, _, err := SchemaStatements(script, ScriptEdits{Order: true})
	require.NoError(t, err)
	require.Len(t, stmts, len(tests))
	for i, tt := range tests {
		require.Equal(t, tt.want.order, stmts[i].Order, tt.sql)
		require.Equal(t, tt.want.names, stmts[i].Names, tt.sql)
	}

	// Without Order, nothing is worked out.
	stmts, _, err = SchemaStatements(script, ScriptEdits{})
	require.NoError(t, err)
	require.Equal(t, OrderAlone, stmts[1].Order)
	require.Nil(t, stmts[7].Names)
}

func TestLastNamePart(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"public.t_id_seq": "t_id_seq", `"Shop"."Order_Id_seq"`: "Order_Id_seq", `Shop.Ab`: "ab", `"a.b"`: "a.b",
		`"say ""hi"""`: `say "hi"`, "plain": "plain", "": "",
	} {
		require.Equal(t, want, lastNamePart(in), in)
	}
}

// A script pg_dump writes starts and ends with \restrict and \unrestrict:
// they are blanked before the parser sees them, once, and a backslash
// inside a statement stays.
func TestBlankOuterMetaCommands(t *testing.T) {
	t.Parallel()
	in := "--\n-- dump\n--\n\n\\restrict abc\n\nCREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$\n\\x\n$$;\n-- done\n\\unrestrict abc\n\n"
	want := "--\n-- dump\n--\n\n             \n\nCREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$\n\\x\n$$;\n-- done\n               \n\n"
	require.Equal(t, want, blankOuterMetaCommands(in))
	require.Equal(t, "SELECT 1;\n", blankOuterMetaCommands("SELECT 1;\n"))
	stmts, _, err := SchemaStatements(in, ScriptEdits{})
	require.NoError(t, err)
	require.Len(t, stmts, 1)
	require.Contains(t, stmts[0].SQL, "$$\n\\x\n$$")
}
