package schema_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// load reads the Model of a fresh clone of the fixture inside a read-only
// repeatable-read transaction, as the tool does on a source.
func load(t *testing.T, fx pgtest.Fixture) (*schema.Model, *pgx.Conn) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, fx))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(ctx) })
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	m, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	return m, conn
}

// crossCheck compares the Model with what information_schema and the
// catalog say, independently of the queries Load runs.
func crossCheck(t *testing.T, conn *pgx.Conn, m *schema.Model) {
	t.Helper()
	ctx := context.Background()
	count := func(sql string) int {
		var n int
		require.NoError(t, conn.QueryRow(ctx, sql).Scan(&n), sql)
		return n
	}
	userSchemas := `table_schema NOT IN ('pg_catalog', 'information_schema')`

	require.Equal(t, count(`SELECT count(*) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND `+userSchemas), len(m.Tables), "tables")

	cols := 0
	for _, tb := range m.Tables {
		cols += len(tb.Columns)
	}
	require.Equal(t, count(`SELECT count(*) FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
		WHERE t.table_type = 'BASE TABLE' AND c.`+userSchemas), cols, "columns")

	// Foreign keys: pg_constraint rows that are not clones of a parent's FK.
	fks := 0
	for _, tb := range m.Tables {
		fks += len(tb.ForeignKeys)
		for _, fk := range tb.ForeignKeys {
			require.Len(t, fk.ToColumns, len(fk.FromColumns), fk.Name)
			parent := m.Table(fk.To)
			require.NotNil(t, parent, "%s references a table in the model", fk.Name)
			// The referenced columns are a key of the parent.
			found := false
			for _, k := range parent.Keys() {
				if sameSet(k.Columns, fk.ToColumns) {
					found = true
				}
			}
			require.True(t, found, "%s references a key of %s", fk.Name, parent.Name)
		}
	}
	require.Equal(t, count(`SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conparentid = 0`), fks, "foreign keys")

	pks := 0
	for _, tb := range m.Tables {
		if tb.PrimaryKey != nil {
			pks++
			for _, c := range tb.PrimaryKey.Columns {
				require.True(t, tb.Column(c).NotNull, "%s.%s is in the primary key, so NOT NULL", tb.Name, c)
			}
		}
	}
	require.Equal(t, count(`SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type = 'PRIMARY KEY' AND `+userSchemas), pks, "primary keys")

	// information_schema.sequences leaves out identity sequences.
	plainSeqs, identitySeqs := 0, 0
	for _, s := range m.Sequences {
		if s.Identity {
			identitySeqs++
			require.NotNil(t, s.OwnedBy, "an identity sequence belongs to its column")
		} else {
			plainSeqs++
		}
	}
	require.Equal(t, count(`SELECT count(*) FROM information_schema.sequences WHERE sequence_schema NOT IN ('pg_catalog', 'information_schema')`), plainSeqs, "sequences")
	require.Equal(t, count(`SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE a.attidentity <> '' AND NOT c.relispartition AND c.relkind IN ('r','p')`), identitySeqs, "identity sequences")
	require.Equal(t, count(`SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v','m') AND n.nspname NOT IN ('pg_catalog','information_schema')`), len(m.Views), "views")

	crossCheckUniqueIndexes(t, conn, m)

	// Every column type has a name and, when it is an array, an element.
	for _, tb := range m.Tables {
		for _, c := range tb.Columns {
			require.NotEmpty(t, c.Type.Name, "%s.%s", tb.Name, c.Name)
			if c.Type.Category == "A" {
				require.NotNil(t, c.Type.Elem, "%s.%s", tb.Name, c.Name)
			}
		}
	}

	// The load order holds every table once and puts parents first, except
	// across the edges it reports broken.
	order, err := m.LoadOrder()
	require.NoError(t, err)
	require.Len(t, order.Tables, len(m.Tables))
	pos := map[schema.Name]int{}
	for i, n := range order.Tables {
		pos[n] = i
	}
	broken := map[*schema.ForeignKey]bool{}
	for _, fk := range order.Broken {
		require.True(t, fk.Nullable || fk.Deferrable, "broken edge %s must be nullable or deferrable", fk.Name)
		broken[fk] = true
	}
	for _, tb := range m.Tables {
		for _, fk := range tb.ForeignKeys {
			if !fk.SelfReference() && !broken[fk] {
				require.Less(t, pos[fk.To], pos[fk.From], "%s: %s loads before %s", fk.Name, fk.To, fk.From)
			}
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, v := range seen {
		if v != 0 {
			return false
		}
	}
	return true
}

func TestLoadPagila(t *testing.T) {
	t.Parallel()
	m, conn := load(t, pgtest.Pagila())
	crossCheck(t, conn, m)

	require.Len(t, m.Tables, 22, "14 tables, payment and its 7 partitions")
	payment := m.Table(schema.Name{Schema: "public", Name: "payment"})
	require.NotNil(t, payment)
	require.Equal(t, schema.KindPartitioned, payment.Kind)
	require.Contains(t, payment.PartitionKey, "RANGE (payment_date)")
	require.Len(t, payment.Children, 7)
	p1 := m.Table(schema.Name{Schema: "public", Name: "payment_p2022_01"})
	require.Equal(t, schema.KindPartition, p1.Kind)
	require.Equal(t, schema.Name{Schema: "public", Name: "payment"}, *p1.Parent)
	require.Contains(t, p1.PartitionBound, "FOR VALUES FROM")
	require.NotEmpty(t, p1.ForeignKeys, "pagila declares the payment FKs on each partition")
	require.Empty(t, m.Table(schema.Name{Schema: "public", Name: "payment_p2022_07"}).ForeignKeys)

	fks := 0
	for _, tb := range m.Tables {
		fks += len(tb.ForeignKeys)
	}
	require.Equal(t, 36, fks)

	film := m.Table(schema.Name{Schema: "public", Name: "film"})
	var langFK *schema.ForeignKey
	for _, fk := range film.ForeignKeys {
		if len(fk.FromColumns) == 1 && fk.FromColumns[0] == "original_language_id" {
			langFK = fk
		}
	}
	require.NotNil(t, langFK)
	require.True(t, langFK.Nullable)
	require.Equal(t, schema.Name{Schema: "public", Name: "language"}, langFK.To)
	require.Equal(t, "simple", langFK.Match)

	rating := film.Column("rating").Type
	require.Equal(t, schema.TypeEnum, rating.Kind)
	require.Equal(t, []string{"G", "PG", "PG-13", "R", "NC-17"}, rating.EnumLabels)
	features := film.Column("special_features").Type
	require.True(t, features.IsArray())
	require.Equal(t, "text", features.Elem.Name)
	require.Equal(t, "tsvector", film.Column("fulltext").Type.Name)
	year := film.Column("release_year").Type
	require.Equal(t, schema.TypeDomain, year.Kind)
	require.Equal(t, "int4", year.Base.Name)

	// store.manager_staff_id has a unique index but no FK constraint.
	store := m.Table(schema.Name{Schema: "public", Name: "store"})
	require.NotEmpty(t, store.UniqueKeys)
	require.Equal(t, []string{"manager_staff_id"}, store.UniqueKeys[0].Columns)
	require.False(t, store.UniqueKeys[0].Constraint)

	var actorSeq *schema.Sequence
	for _, s := range m.Sequences {
		if s.Name.Name == "actor_actor_id_seq" {
			actorSeq = s
		}
	}
	require.NotNil(t, actorSeq)
	require.Nil(t, actorSeq.OwnedBy, "pagila's sequences are not OWNED BY their columns")
	require.Equal(t, []schema.ColumnRef{{Table: schema.Name{Schema: "public", Name: "actor"}, Column: "actor_id"}}, actorSeq.UsedBy)

	var matviews int
	for _, v := range m.Views {
		if v.Materialized {
			matviews++
			require.False(t, v.Populated)
		}
	}
	require.Equal(t, 1, matviews)
	require.Len(t, m.Views, 8)
	require.Empty(t, m.Cycles())
	require.Greater(t, m.Table(schema.Name{Schema: "public", Name: "rental"}).Bytes, int64(0))
}

func TestFingerprintIgnoresDataButNotShape(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a, _ := load(t, pgtest.Pagila())
	b, conn := load(t, pgtest.Pagila())
	require.Equal(t, a.Fingerprint(), b.Fingerprint())
	_, err := conn.Exec(ctx, "DELETE FROM public.film_actor; ANALYZE public.film_actor")
	require.NoError(t, err)
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	c, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	require.Equal(t, a.Fingerprint(), c.Fingerprint(), "data does not change the fingerprint")
	_, err = tx.Exec(ctx, "ALTER TABLE public.actor ADD COLUMN nickname text")
	require.NoError(t, err)
	d, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	require.NotEqual(t, a.Fingerprint(), d.Fingerprint(), "a new column changes it")
	require.NoError(t, tx.Rollback(ctx))
}

// WithoutSizes reads the same model but for the sizes.
func TestLoadWithoutSizes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sized, conn := load(t, pgtest.Pagila())
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	m, err := schema.Load(ctx, tx, schema.WithoutSizes())
	require.NoError(t, err)
	require.Equal(t, sized.Fingerprint(), m.Fingerprint())
	require.Len(t, m.Tables, len(sized.Tables))
	for i, tb := range m.Tables {
		require.Equal(t, sized.Tables[i].Name, tb.Name)
		require.Zero(t, tb.Bytes, tb.Name.String())
		require.Zero(t, tb.TotalBytes, tb.Name.String())
		require.Equal(t, sized.Tables[i].RowEstimate, tb.RowEstimate)
	}
	require.Greater(t, sized.Table(schema.Name{Schema: "public", Name: "rental"}).TotalBytes, int64(0))
}

// EstimatedSizes counts a small table's pages and measures a large one, and
// one the catalog has never counted.
func TestLoadEstimatedSizes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	measured, conn := load(t, pgtest.Fixture{Name: "sizes", Files: []string{filepath.Join("testdata", "sizes.sql")}})
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	m, err := schema.Load(ctx, tx, schema.EstimatedSizes())
	require.NoError(t, err)
	require.Equal(t, measured.Fingerprint(), m.Fingerprint())
	pages := func(sql string) int64 {
		var n int64
		require.NoError(t, tx.QueryRow(ctx, sql).Scan(&n))
		return n * 8192
	}

	// Counted and small: the main forks' pages, without the maps
	// pg_table_size adds.
	flags := schema.Name{Schema: "public", Name: "feature_flags"}
	require.Equal(t, pages(`SELECT relpages FROM pg_class WHERE oid = 'public.feature_flags'::regclass`), m.Table(flags).Bytes)
	require.Equal(t, pages(`SELECT sum(relpages) FROM pg_class WHERE oid IN ('public.feature_flags'::regclass,
		'public.feature_flags_pkey'::regclass, 'public.feature_flags_flag_key_key'::regclass)`), m.Table(flags).TotalBytes)
	require.Less(t, m.Table(flags).Bytes, measured.Table(flags).Bytes)
	require.Greater(t, m.Table(flags).Bytes, int64(0))

	// Counted and large, and never counted: measured.
	for _, n := range []string{"ledger_entries", "import_batches"} {
		name := schema.Name{Schema: "public", Name: n}
		require.Equal(t, measured.Table(name).Bytes, m.Table(name).Bytes, n)
		require.Equal(t, measured.Table(name).TotalBytes, m.Table(name).TotalBytes, n)
	}
	require.Greater(t, m.Table(schema.Name{Schema: "public", Name: "ledger_entries"}).Bytes, int64(4<<20))
}

func findFK(t *testing.T, m *schema.Model, table schema.Name, name string) *schema.ForeignKey {
	t.Helper()
	tb := m.Table(table)
	require.NotNil(t, tb, "table %s", table)
	for _, fk := range tb.ForeignKeys {
		if fk.Name == name {
			return fk
		}
	}
	t.Fatalf("%s has no foreign key %s", table, name)
	return nil
}

func TestLoadAcme(t *testing.T) {
	t.Parallel()
	m, conn := load(t, pgtest.Acme("0.05"))
	crossCheck(t, conn, m)
	n := func(s, t string) schema.Name { return schema.Name{Schema: s, Name: t} }

	// Two schemas besides public, one with a quoted mixed-case name.
	schemas := map[string]bool{}
	for _, tb := range m.Tables {
		schemas[tb.Name.Schema] = true
	}
	require.True(t, schemas["public"] && schemas["billing"] && schemas["Analytics"], "%v", schemas)
	daily := m.Table(n("Analytics", "Daily Stats"))
	require.NotNil(t, daily)
	require.Equal(t, `"Analytics"."Daily Stats"`, daily.Name.String())

	// organizations <-> users: a cycle broken at the nullable owner key.
	owner := findFK(t, m, n("public", "organizations"), "organizations_owner_user_id_fkey")
	require.True(t, owner.Nullable)
	require.False(t, findFK(t, m, n("public", "users"), "users_organization_id_fkey").Nullable)
	var orgCycle []schema.Name
	for _, c := range m.Cycles() {
		for _, x := range c {
			if x == n("public", "organizations") {
				orgCycle = c
			}
		}
	}
	require.Contains(t, orgCycle, n("public", "users"))

	// The NOT NULL cycle under deferrable constraints.
	acc := m.Table(n("billing", "accounts"))
	require.NotNil(t, acc)
	var deferrable []*schema.ForeignKey
	for _, tb := range []*schema.Table{acc, m.Table(n("billing", "contacts"))} {
		for _, fk := range tb.ForeignKeys {
			if (fk.To == n("billing", "contacts") || fk.To == n("billing", "accounts")) && fk.From != fk.To {
				deferrable = append(deferrable, fk)
			}
		}
	}
	require.Len(t, deferrable, 2)
	for _, fk := range deferrable {
		require.True(t, fk.Deferrable && fk.InitiallyDeferred, fk.Name)
		require.False(t, fk.Nullable, fk.Name)
	}
	order, err := m.LoadOrder()
	require.NoError(t, err)
	brokenDeferrable := 0
	for _, fk := range order.Broken {
		if fk.Deferrable && (fk.From.Schema == "billing") {
			brokenDeferrable++
		}
	}
	require.Equal(t, 1, brokenDeferrable, "the billing cycle breaks at one deferrable key")

	// Self-reference.
	parent := findFK(t, m, n("public", "categories"), "categories_parent_id_fkey")
	require.True(t, parent.SelfReference())

	// Composite key referenced by a composite FK.
	lines := m.Table(n("billing", "invoice_lines"))
	var composite *schema.ForeignKey
	for _, fk := range lines.ForeignKeys {
		if len(fk.FromColumns) > 1 {
			composite = fk
		}
	}
	require.NotNil(t, composite)
	require.Equal(t, n("billing", "invoices"), composite.To)
	require.Len(t, m.Table(n("billing", "invoices")).PrimaryKey.Columns, 2)

	// FK to a UNIQUE non-primary key.
	ref := findFK(t, m, n("public", "orders"), "orders_customer_ref_fkey")
	require.Equal(t, []string{"external_ref"}, ref.ToColumns)
	require.Equal(t, "customers_external_ref_key", ref.TargetKey)

	// No primary key: one with a unique index, one with nothing.
	prefs := m.Table(n("public", "user_preferences"))
	require.Nil(t, prefs.PrimaryKey)
	require.Equal(t, []string{"user_id", "key"}, prefs.RowKey().Columns)
	require.False(t, prefs.RowKey().Constraint)
	audit := m.Table(n("public", "audit_events"))
	require.Nil(t, audit.RowKey())

	// Partitioned by month, and classic inheritance.
	pv := m.Table(n("public", "page_views"))
	require.Equal(t, schema.KindPartitioned, pv.Kind)
	require.GreaterOrEqual(t, len(pv.Children), 7)
	require.Equal(t, schema.KindPartition, m.Table(n("public", "page_views_default")).Kind)
	require.Equal(t, schema.KindInherited, m.Table(n("public", "email_notifications")).Kind)
	require.Equal(t, n("public", "notifications"), *m.Table(n("public", "email_notifications")).Parent)

	// Types.
	users := m.Table(n("public", "users"))
	require.Equal(t, "citext", users.Column("email").Type.Name)
	require.Equal(t, int32(24), users.Column("username").Type.Typmod, "varchar(20)")
	require.NotEmpty(t, users.Column("full_name").Generated)
	require.Equal(t, "inet", users.Column("last_login_ip").Type.Name)
	require.Equal(t, "bytea", users.Column("avatar").Type.Name)
	orders := m.Table(n("public", "orders"))
	status := orders.Column("status").Type
	require.Equal(t, schema.TypeEnum, status.Kind)
	require.NotEmpty(t, status.EnumLabels)
	hist := orders.Column("status_history").Type
	require.True(t, hist.IsArray())
	require.Equal(t, schema.TypeEnum, hist.Elem.Kind, "an array of the enum")
	custEmail := m.Table(n("public", "customers")).Column("email").Type
	require.Equal(t, schema.TypeDomain, custEmail.Kind)
	require.Equal(t, "citext", custEmail.Base.Name)
	require.Equal(t, "tsvector", m.Table(n("public", "customers")).Column("search").Type.Name)
	require.Equal(t, "always", m.Table(n("public", "posts")).Column("id").Identity)
	require.Equal(t, "by default", m.Table(n("public", "api_tokens")).Column("id").Identity)
	require.Equal(t, int32((12<<16|2)+4), orders.Column("subtotal").Type.Typmod, "numeric(12,2)")

	// Sequences: owned by serial columns, and a free-standing one used by a default.
	var owned, standalone int
	for _, s := range m.Sequences {
		if s.OwnedBy != nil {
			owned++
		}
		if s.Name == n("public", "order_number_seq") {
			standalone++
			require.Nil(t, s.OwnedBy)
			require.Equal(t, []schema.ColumnRef{{Table: n("public", "orders"), Column: "order_no"}}, s.UsedBy)
		}
	}
	require.Greater(t, owned, 5)
	require.Equal(t, 1, standalone)

	// Row-level security, a view and a populated materialized view.
	projects := m.Table(n("public", "projects"))
	require.True(t, projects.RowSecurity)
	require.True(t, projects.ForceRowSecurity)
	var views, matviews int
	for _, v := range m.Views {
		if v.Materialized {
			matviews++
			require.True(t, v.Populated)
		} else {
			views++
		}
	}
	require.GreaterOrEqual(t, views, 1)
	require.GreaterOrEqual(t, matviews, 1)
}

func TestLoadNotValidConstraints(t *testing.T) {
	t.Parallel()
	m, _ := load(t, pgtest.Fixture{Name: "notvalid", Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "notvalid", "schema.sql")}})
	tokens := m.Table(schema.Name{Schema: "public", Name: "oauth_access_tokens"})
	require.NotNil(t, tokens)
	fk := tokens.ForeignKey("fk_rails_ee63f25419")
	require.NotNil(t, fk)
	require.False(t, fk.Validated, "added NOT VALID")
	require.Nil(t, tokens.ForeignKey("no_such_key"))

	follows := m.Table(schema.Name{Schema: "Social", Name: "Follows"})
	require.Equal(t, []*schema.Check{{Name: "Weight_Positive", Table: follows.Name, Expression: `("Weight" > 0)`}}, follows.Checks)
	entries := m.Table(schema.Name{Schema: "public", Name: "diary_entries"})
	require.Equal(t, "((language_code)::text <> ''::text)", entries.Check("diary_entries_language_code_present").Expression)

	// A validated CHECK, and one written NO INHERIT.
	conn, err := pgx.Connect(context.Background(), pgtest.Database(t, pgtest.Empty))
	require.NoError(t, err)
	defer conn.Close(context.Background())
	_, err = conn.Exec(context.Background(), `CREATE TABLE p (n int CHECK (n > 0), m int, CONSTRAINT m_own CHECK (m < 10) NO INHERIT);
		CREATE TABLE c () INHERITS (p)`)
	require.NoError(t, err)
	m, err = schema.Load(context.Background(), conn)
	require.NoError(t, err)
	p := m.Table(schema.Name{Schema: "public", Name: "p"})
	require.Equal(t, []*schema.Check{
		{Name: "m_own", Table: p.Name, Expression: "(m < 10)", Validated: true, NoInherit: true},
		{Name: "p_n_check", Table: p.Name, Expression: "(n > 0)", Validated: true},
	}, p.Checks)
	require.Empty(t, m.Table(schema.Name{Schema: "public", Name: "c"}).Checks, "an inherited CHECK is the parent's")
}

// crossCheckUniqueIndexes compares Table.UniqueIndexes with pg_index: every
// valid unique or exclusion index (or one on a partitioned table) that is
// not a partition's copy of its parent's, with its shape.
func crossCheckUniqueIndexes(t *testing.T, conn *pgx.Conn, m *schema.Model) {
	t.Helper()
	ctx := context.Background()
	type shape struct {
		Table, Index       string
		Plain, Exprs       int
		Partial, NND, Prim bool
		Excl               bool
	}
	rows, err := conn.Query(ctx, `
SELECT format('%s.%s', quote_ident(n.nspname), quote_ident(c.relname)), ic.relname,
       (SELECT count(*) FROM unnest((i.indkey::int2[])[0:i.indnkeyatts - 1]) k WHERE k <> 0)::int,
       (SELECT count(*) FROM unnest((i.indkey::int2[])[0:i.indnkeyatts - 1]) k WHERE k = 0)::int,
       i.indpred IS NOT NULL, i.indnullsnotdistinct, i.indisprimary, i.indisexclusion
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (i.indisunique OR i.indisexclusion) AND (i.indisvalid OR c.relkind = 'p') AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid)
  AND (i.indexprs IS NOT NULL) = (SELECT bool_or(k = 0) FROM unnest((i.indkey::int2[])[0:i.indnkeyatts - 1]) k)`)
	require.NoError(t, err)
	want, err := pgx.CollectRows(rows, pgx.RowToStructByPos[shape])
	require.NoError(t, err)
	var got []shape
	for _, tb := range m.Tables {
		for _, ix := range tb.UniqueIndexes {
			require.Equal(t, tb.Name, ix.Table, ix.Name)
			s := shape{Table: tb.Name.String(), Index: ix.Name, Partial: ix.Predicate != "", NND: ix.NullsNotDistinct, Prim: ix.Primary, Excl: ix.Exclusion}
			for _, k := range ix.Keys {
				if k.Column != "" {
					s.Plain++
					require.NotNil(t, tb.Column(k.Column), "%s: key column %s", ix.Name, k.Column)
				} else {
					s.Exprs++
					require.NotEmpty(t, k.Expr, ix.Name)
				}
				for _, c := range k.Columns {
					require.NotNil(t, tb.Column(c), "%s: %s references %s", ix.Name, k.Expr, c)
				}
			}
			got = append(got, s)
		}
	}
	require.ElementsMatch(t, want, got, "unique indexes")
}

// TestLoadUniqueIndexes: every shape of unique key in the uniquekeys
// fixture, with the columns its uniqueness depends on.
func TestLoadUniqueIndexes(t *testing.T) {
	t.Parallel()
	m, conn := load(t, pgtest.UniqueKeys())
	crossCheck(t, conn, m)
	index := func(table, name string) *schema.UniqueIndex {
		t.Helper()
		n, err := schema.ParseName(table, "public")
		require.NoError(t, err)
		tb := m.Table(n)
		require.NotNil(t, tb, table)
		for _, ix := range tb.UniqueIndexes {
			if ix.Name == name {
				return ix
			}
		}
		require.Failf(t, "no such index", "%s on %s", name, table)
		return nil
	}

	ix := index("public.api_keys", "api_keys_customer_id_key_key")
	require.True(t, ix.Constraint)
	require.Equal(t, []string{"customer_id", "key"}, ix.Columns())
	require.Equal(t, "customer_id, key", ix.KeyList())
	require.False(t, ix.HasExpressions())

	ix = index("public.webhooks", "webhooks_url_org_key")
	require.False(t, ix.Constraint)
	require.Equal(t, []string{"webhook_url", "organization_id"}, ix.Columns())

	ix = index("public.customers", "index_customers_on_email_active")
	require.Equal(t, "deleted_at IS NULL", ix.Predicate)
	require.Equal(t, []string{"email"}, ix.Columns(), "a column only in the predicate is not covered")
	plain, inExpr := ix.Covers("deleted_at")
	require.False(t, plain || inExpr)

	ix = index("public.users", "index_users_on_lower_email")
	require.True(t, ix.HasExpressions())
	require.Equal(t, []string{"email"}, ix.Columns())
	require.Equal(t, "lower(email)", ix.KeyList())
	plain, inExpr = ix.Covers("email")
	require.False(t, plain)
	require.True(t, inExpr)

	ix = index("public.users", "index_users_on_organization_id_and_lower_last_name")
	require.Equal(t, []string{"organization_id", "last_name", "first_name"}, ix.Columns())
	require.Equal(t, "organization_id, lower(last_name), lower(first_name)", ix.KeyList())

	ix = index("public.billing_profiles", "billing_profiles_organization_id_vat_number_key")
	require.True(t, ix.NullsNotDistinct)
	require.True(t, ix.Constraint)

	ix = index("public.organizations", "organizations_pkey")
	require.True(t, ix.Primary)

	// An exclusion constraint, with each key's operator: a key under =
	// is a unique key, one under && is not.
	ix = index("public.room_bookings", "room_bookings_one_room_per_person")
	require.True(t, ix.Exclusion)
	require.True(t, ix.Constraint)
	require.Equal(t, []string{"booked_by_email", "starts_at", "ends_at"}, ix.Columns())
	require.Equal(t, "booked_by_email WITH =, tstzrange(starts_at, ends_at) WITH &&", ix.KeyList())
	require.False(t, ix.Keys[0].Overlaps())
	require.True(t, ix.Keys[1].Overlaps())

	// An index of a partitioned table is listed once, on it; a partition
	// holds its parent's and its own.
	parent := m.Table(schema.Name{Schema: "Audit", Name: "login_events"})
	require.Len(t, parent.UniqueIndexes, 3, "primary key, login_events_dedup_ci_key and login_events_dedup_key")
	ix = index(`"Audit".login_events`, "login_events_dedup_key")
	require.Equal(t, []string{"user_agent", "client_ip", "occurred_at"}, ix.Columns())
	dec := m.Table(schema.Name{Schema: "Audit", Name: "login_events_2024_12"})
	require.Empty(t, dec.UniqueIndexes, "the attached copies are not listed")
	var names []string
	for _, ix := range m.UniqueIndexesFor(dec) {
		names = append(names, ix.Table.Name+"."+ix.Name)
	}
	require.Equal(t, []string{"login_events.login_events_pkey", "login_events.login_events_dedup_ci_key", "login_events.login_events_dedup_key"}, names)
	jan := m.Table(schema.Name{Schema: "Audit", Name: "login_events_2025_01"})
	names = nil
	for _, ix := range m.UniqueIndexesFor(jan) {
		names = append(names, ix.Table.Name+"."+ix.Name)
	}
	require.Equal(t, []string{"login_events_2025_01.login_events_2025_01_Agent_key", "login_events.login_events_pkey", "login_events.login_events_dedup_ci_key", "login_events.login_events_dedup_key"}, names)
}

// A materialized view's reads: the tables behind the plain views it reads,
// a table's inheritance children and partitions at every level, a
// materialized view it reads (not that one's tables); and what leaves them
// unknown, as the catalog describes it.
func TestLoadMaterializedViewReads(t *testing.T) {
	t.Parallel()
	m, _ := load(t, pgtest.Fixture{Name: "matviews", Files: []string{filepath.Join("testdata", "matviews.sql")}})
	rep := func(name string) schema.Name { return schema.Name{Schema: "Rep", Name: name} }
	views := map[string]*schema.View{}
	for _, v := range m.Views {
		views[v.Name.Name] = v
	}
	type reads struct {
		Reads  []schema.Name
		Opaque []string
	}
	got := func(name string) reads {
		v := views[name]
		require.NotNil(t, v, name)
		return reads{v.Reads, v.Opaque}
	}
	require.Equal(t, reads{Reads: []schema.Name{rep("Customers"), rep("orders")}}, got("Spend"), "through two plain views")
	require.Equal(t, reads{Reads: []schema.Name{rep("Spend")}}, got("spend_total"), "a materialized view, not its tables")
	require.Equal(t, reads{Reads: []schema.Name{rep("Customers")}}, got("paid"), "built-in functions, an enum and a collation are not opaque")
	require.Equal(t, reads{Reads: []schema.Name{rep("notes"), rep("notes_old")}}, got("all_notes"), "an inheritance child")
	require.Equal(t, reads{Reads: []schema.Name{rep("events"), rep("events_2024"), rep("events_2024_0"), rep("events_2025")}}, got("all_events"),
		"partitions, and a partition's partitions")
	require.Equal(t, reads{Reads: []schema.Name{rep("orders")}}, got("unpopulated"))
	require.False(t, views["unpopulated"].Populated)

	require.Equal(t, reads{Opaque: []string{`function "Rep".order_count()`}}, got("by_function"), "its body reads orders, which the catalog does not record")
	require.Equal(t, reads{Opaque: []string{`sequence "Rep".ticket`}}, got("by_sequence"))
	require.Equal(t, reads{Opaque: []string{"table pg_class"}}, got("by_catalog"))
	require.Equal(t, []schema.Name{rep("orders")}, got("by_large_object").Reads)
	require.Equal(t, []string{"function lo_get(oid)"}, got("by_large_object").Opaque)
	require.Equal(t, []schema.Name{rep("Customers"), rep("orders")}, got("by_key").Reads)
	require.Equal(t, []string{`constraint Customers_pkey on table "Rep"."Customers"`}, got("by_key").Opaque)
	require.Equal(t, []schema.Name{rep("Customers")}, got("over_names_by_key").Reads)
	require.Equal(t, []string{`constraint Customers_pkey on table "Rep"."Customers"`}, got("over_names_by_key").Opaque,
		"found through the plain view it reads")

	for _, v := range m.Views {
		if !v.Materialized {
			require.Empty(t, v.Reads, v.Name.String())
			require.Empty(t, v.Opaque, v.Name.String())
		}
	}
}

// Load runs as many queries whatever the schema holds: the views' reads
// come in one query for all of them.
func TestLoadQueriesDoNotGrowWithTheSchema(t *testing.T) {
	t.Parallel()
	count := func(fx pgtest.Fixture) int {
		ctx := context.Background()
		cfg, err := pgx.ParseConfig(pgtest.Database(t, fx))
		require.NoError(t, err)
		tracer := &queryCounter{}
		cfg.Tracer = tracer
		conn, err := pgx.ConnectConfig(ctx, cfg)
		require.NoError(t, err)
		defer conn.Close(ctx)
		m, err := schema.Load(ctx, conn)
		require.NoError(t, err)
		require.NotEmpty(t, m.Tables)
		return tracer.n
	}
	empty := pgtest.Fixture{Name: "one-table", Files: []string{filepath.Join("testdata", "one_table.sql")}}
	require.Equal(t, count(empty), count(pgtest.Fixture{Name: "matviews", Files: []string{filepath.Join("testdata", "matviews.sql")}}))
}

type queryCounter struct{ n int }

func (c *queryCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.n++
	return ctx
}

func (c *queryCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
