package schema_test

import (
	"context"
	"os"
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

	require.Equal(t, count(`SELECT count(*) FROM information_schema.sequences WHERE sequence_schema NOT IN ('pg_catalog', 'information_schema')`), len(m.Sequences), "sequences")
	require.Equal(t, count(`SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v','m') AND n.nspname NOT IN ('pg_catalog','information_schema')`), len(m.Views), "views")

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
