package schema

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/internal/pgsql"
)

// Querier is what Load needs: a pgx.Tx, *pgx.Conn or a pool. Load reads the
// catalog only, so the caller decides the transaction (a read-only snapshot
// on the source).
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// userNamespaces selects the namespaces of user objects.
const userNamespaces = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'`

// notExtensionMember excludes objects that belong to an extension (they
// come back with CREATE EXTENSION).
const notExtensionMember = `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')`

// extensionConfig is the extensions' configuration relations
// (pg_extension.extconfig) with their extension and condition. They are
// extension members, yet their rows are the user's, as pg_dump sees it.
const extensionConfig = `(SELECT x.rel, e.extname, COALESCE(x.cond, '') AS cond
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(rel, cond))`

// LoadOption changes what Load reads.
type LoadOption func(*loadConfig)

type loadConfig struct {
	noSizes, estimate bool
}

// WithoutSizes leaves Table.Bytes and Table.TotalBytes at zero. Reading a
// size locks the table and each of its indexes and looks at their files:
// about 1 s for 3,000 tables with 9,000 indexes, for a reader (verify's of
// the target) that never looks at a size.
func WithoutSizes() LoadOption {
	return func(c *loadConfig) { c.noSizes = true }
}

// EstimatedSizes takes the size of a table the catalog counts under
// estimateBelow bytes from its page counts (relpages of the table, its
// TOAST table and its indexes, as of their last VACUUM, ANALYZE or CREATE
// INDEX) instead of its files, which pg_table_size opens under a lock, one
// by one. A run orders and splits its copy by size: a small table's
// estimate does for that, and a schema of thousands of small tables is
// read in a fraction of the time. A table the catalog counts larger, or
// has never counted (reltuples < 0), is measured.
func EstimatedSizes() LoadOption {
	return func(c *loadConfig) { c.estimate = true }
}

// estimateBelow is where EstimatedSizes stops estimating: half of the
// smallest size a run treats differently (8 MiB, where a table's indexes
// go to several sessions), so that no decision rests on an estimate near
// its edge.
const estimateBelow = 4 << 20

// Load reads the catalog into a Model. It runs only SELECTs against the
// catalog, inside whatever transaction q belongs to.
func Load(ctx context.Context, q Querier, opts ...LoadOption) (*Model, error) {
	var cfg loadConfig
	for _, o := range opts {
		o(&cfg)
	}
	m := &Model{}
	if err := q.QueryRow(ctx, `SELECT current_database(), current_setting('server_version_num')::int`).Scan(&m.Database, &m.ServerVersion); err != nil {
		return nil, loadErr("server", err)
	}
	steps := []struct {
		what string
		fn   func(context.Context, Querier, *Model) error
	}{
		{"extensions", loadExtensions},
		{"tables", func(ctx context.Context, q Querier, m *Model) error { return loadTables(ctx, q, m, cfg) }},
		{"columns", loadColumns},
		{"keys", loadKeys},
		{"unique indexes", loadUniqueIndexes},
		{"foreign keys", loadForeignKeys},
		{"check constraints", loadChecks},
		{"sequences", loadSequences},
		{"views", loadViews},
		{"materialized views' reads", loadViewReads},
	}
	for _, s := range steps {
		if err := s.fn(ctx, q, m); err != nil {
			return nil, loadErr(s.what, err)
		}
	}
	return m, nil
}

func loadErr(what string, err error) error {
	return fmt.Errorf("schema: read %s from the catalog: %w", what, err)
}

func loadTables(ctx context.Context, q Querier, m *Model, cfg loadConfig) error {
	// sizes is one row of bytes and total (pg_table_size and
	// pg_total_relation_size, or what stands for them), beside each table.
	sizes := `SELECT pg_table_size(c.oid) AS bytes, pg_total_relation_size(c.oid) AS total`
	switch {
	case cfg.noSizes:
		sizes = `SELECT 0::bigint AS bytes, 0::bigint AS total`
	case cfg.estimate:
		// The estimate counts the main fork's pages, not the free space
		// and visibility maps that pg_table_size adds; each count is read
		// once (e), and a table is measured only past the threshold.
		sizes = fmt.Sprintf(`SELECT CASE WHEN measure THEN pg_table_size(c.oid) ELSE heap END AS bytes,
       CASE WHEN measure THEN pg_total_relation_size(c.oid) ELSE heap + idx END AS total
FROM (SELECT heap, idx, c.reltuples < 0 OR heap + idx >= %d AS measure
  FROM (SELECT (c.relpages::bigint + COALESCE((SELECT t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0)) * current_setting('block_size')::bigint AS heap,
               COALESCE((SELECT sum(ic.relpages::bigint) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid), 0)
                 * current_setting('block_size')::bigint AS idx) e) e`, estimateBelow)
	}
	rows, err := q.Query(ctx, `
SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.relispartition,
       c.relrowsecurity, c.relforcerowsecurity, c.reltuples::bigint,
       sz.bytes, sz.total,
       COALESCE(pg_get_partkeydef(c.oid), ''),
       COALESCE(pg_get_expr(c.relpartbound, c.oid), ''),
       (SELECT pn.nspname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
         WHERE i.inhrelid = c.oid ORDER BY i.inhseqno LIMIT 1),
       (SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
         WHERE i.inhrelid = c.oid ORDER BY i.inhseqno LIMIT 1),
       COALESCE(x.extname, ''), COALESCE(x.cond, '')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN `+extensionConfig+` x ON x.rel = c.oid
CROSS JOIN LATERAL (`+sizes+`) sz
WHERE c.relkind IN ('r', 'p') AND `+userNamespaces+` AND (x.rel IS NOT NULL OR `+notExtensionMember+`)
ORDER BY n.nspname, c.relname`)
	if err != nil {
		return err
	}
	for rows.Next() {
		t := &Table{}
		var relkind string
		var isPartition bool
		var parentSchema, parentName *string
		if err := rows.Scan(&t.OID, &t.Name.Schema, &t.Name.Name, &relkind, &isPartition,
			&t.RowSecurity, &t.ForceRowSecurity, &t.RowEstimate, &t.Bytes, &t.TotalBytes,
			&t.PartitionKey, &t.PartitionBound, &parentSchema, &parentName, &t.Extension, &t.ExtensionCondition); err != nil {
			return err
		}
		switch {
		case relkind == "p":
			t.Kind = KindPartitioned
		case isPartition:
			t.Kind = KindPartition
		case parentName != nil:
			t.Kind = KindInherited
		default:
			t.Kind = KindTable
		}
		if parentName != nil {
			t.Parent = &Name{Schema: *parentSchema, Name: *parentName}
		}
		m.Tables = append(m.Tables, t)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	m.index()
	for _, t := range m.Tables {
		if t.Parent != nil {
			if p := m.byName[*t.Parent]; p != nil {
				p.Children = append(p.Children, t.Name)
			}
		}
	}
	return nil
}

// loadExtensions reads the installed extensions and their configuration
// relations.
func loadExtensions(ctx context.Context, q Querier, m *Model) error {
	rows, err := q.Query(ctx, `
SELECT e.extname, e.extversion, n.nspname,
       ARRAY(SELECT cn.nspname FROM unnest(e.extconfig) WITH ORDINALITY AS x(rel, i) JOIN pg_class c ON c.oid = x.rel
             JOIN pg_namespace cn ON cn.oid = c.relnamespace ORDER BY x.i),
       ARRAY(SELECT c.relname::text FROM unnest(e.extconfig) WITH ORDINALITY AS x(rel, i) JOIN pg_class c ON c.oid = x.rel ORDER BY x.i)
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
ORDER BY e.extname`)
	if err != nil {
		return err
	}
	for rows.Next() {
		e := &Extension{}
		var schemas, names []string
		if err := rows.Scan(&e.Name, &e.Version, &e.Schema, &schemas, &names); err != nil {
			return err
		}
		for i := range names {
			e.Config = append(e.Config, Name{Schema: schemas[i], Name: names[i]})
		}
		m.Extensions = append(m.Extensions, e)
	}
	return rows.Err()
}

func (m *Model) oids() []uint32 {
	oids := make([]uint32, len(m.Tables))
	for i, t := range m.Tables {
		oids[i] = t.OID
	}
	return oids
}

func (m *Model) byOID() map[uint32]*Table {
	idx := make(map[uint32]*Table, len(m.Tables))
	for _, t := range m.Tables {
		idx[t.OID] = t
	}
	return idx
}

func loadColumns(ctx context.Context, q Querier, m *Model) error {
	rows, err := q.Query(ctx, `
SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, format_type(a.atttypid, a.atttypmod),
       a.attnotnull, a.attgenerated::text, a.attidentity::text,
       COALESCE(pg_get_expr(d.adbin, d.adrelid), '')
FROM pg_attribute a
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`, m.oids())
	if err != nil {
		return err
	}
	tables := m.byOID()
	types := newTypeCache()
	for rows.Next() {
		var rel, typOID uint32
		var typmod int32
		var display, generated, identity, expr string
		c := &Column{}
		if err := rows.Scan(&rel, &c.Num, &c.Name, &typOID, &typmod, &display, &c.NotNull, &generated, &identity, &expr); err != nil {
			return err
		}
		c.Type = &Type{OID: typOID, Typmod: typmod, Display: display}
		types.want(c.Type)
		switch {
		case generated == "s":
			c.Generated = expr
		case identity == "a":
			c.Identity = "always"
		case identity == "d":
			c.Identity = "by default"
		default:
			c.Default = expr
		}
		tables[rel].Columns = append(tables[rel].Columns, c)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return types.resolve(ctx, q)
}

// typeCache loads pg_type rows for the columns' types and, transitively,
// their element and base types.
type typeCache struct {
	pending []*Type
	info    map[uint32]*typeRow
}

type typeRow struct {
	schema, name, kind, category string
	elem, base                   uint32
	baseTypmod                   int32
	labels                       []string
}

func newTypeCache() *typeCache { return &typeCache{info: map[uint32]*typeRow{}} }

func (c *typeCache) want(t *Type) { c.pending = append(c.pending, t) }

func (c *typeCache) resolve(ctx context.Context, q Querier) error {
	for len(c.pending) > 0 {
		var missing []uint32
		seen := map[uint32]bool{}
		for _, t := range c.pending {
			if _, ok := c.info[t.OID]; !ok && !seen[t.OID] {
				missing = append(missing, t.OID)
				seen[t.OID] = true
			}
		}
		if len(missing) > 0 {
			if err := c.fetch(ctx, q, missing); err != nil {
				return err
			}
		}
		pending := c.pending
		c.pending = nil
		for _, t := range pending {
			r, ok := c.info[t.OID]
			if !ok {
				return fmt.Errorf("type %d not found", t.OID)
			}
			t.Schema, t.Name, t.Category = r.schema, r.name, r.category
			t.Kind = map[string]TypeKind{"b": TypeBase, "c": TypeComposite, "d": TypeDomain, "e": TypeEnum,
				"p": TypePseudo, "r": TypeRange, "m": TypeMultirange}[r.kind]
			t.EnumLabels = r.labels
			if t.Display == "" {
				t.Display = r.display(t)
			}
			if r.elem != 0 && r.category == "A" {
				t.Elem = &Type{OID: r.elem, Typmod: t.Typmod}
				c.want(t.Elem)
			}
			if r.base != 0 {
				t.Base = &Type{OID: r.base, Typmod: r.baseTypmod}
				c.want(t.Base)
			}
		}
	}
	return nil
}

func (r *typeRow) display(t *Type) string {
	if r.schema == "pg_catalog" {
		return r.name
	}
	return Name{r.schema, r.name}.String()
}

func (c *typeCache) fetch(ctx context.Context, q Querier, oids []uint32) error {
	rows, err := q.Query(ctx, `
SELECT t.oid, n.nspname, t.typname, t.typtype::text, t.typcategory::text, t.typelem, t.typbasetype, t.typtypmod,
       COALESCE((SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '{}')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.oid = ANY($1)`, oids)
	if err != nil {
		return err
	}
	for rows.Next() {
		var oid uint32
		r := &typeRow{}
		if err := rows.Scan(&oid, &r.schema, &r.name, &r.kind, &r.category, &r.elem, &r.base, &r.baseTypmod, &r.labels); err != nil {
			return err
		}
		c.info[oid] = r
	}
	return rows.Err()
}

// keyColumns maps the attnums of a key to column names.
func keyColumns(t *Table, nums []int16) ([]string, error) {
	names := make([]string, len(nums))
	for i, n := range nums {
		found := false
		for _, c := range t.Columns {
			if c.Num == n {
				names[i], found = c.Name, true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: key column %d not found", t.Name, n)
		}
	}
	return names, nil
}

func loadKeys(ctx context.Context, q Querier, m *Model) error {
	// Unique indexes, with the constraint they back if any. Partial and
	// expression indexes cannot serve as keys.
	rows, err := q.Query(ctx, `
SELECT i.indrelid, ic.relname, i.indisprimary, i.indkey::int2[], con.conname IS NOT NULL,
       COALESCE(con.condeferrable, false), i.indnullsnotdistinct
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u') AND con.conrelid = i.indrelid
WHERE i.indrelid = ANY($1) AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL AND i.indisvalid
ORDER BY i.indrelid, i.indisprimary DESC, con.conname IS NULL, ic.relname`, m.oids())
	if err != nil {
		return err
	}
	tables := m.byOID()
	for rows.Next() {
		var rel uint32
		var nums []int16
		k := &Key{}
		if err := rows.Scan(&rel, &k.Name, &k.Primary, &nums, &k.Constraint, &k.Deferrable, &k.NullsNotDistinct); err != nil {
			return err
		}
		t := tables[rel]
		if k.Columns, err = keyColumns(t, nums); err != nil {
			return err
		}
		if k.Primary {
			t.PrimaryKey = k
		} else {
			t.UniqueKeys = append(t.UniqueKeys, k)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// A partitioned table's primary key is a constraint on an index of the
	// parent; it is found above. Nothing else to do.
	return nil
}

// loadUniqueIndexes reads every unique index, whatever its shape, and
// every exclusion constraint's index, as
// pg_dump would recreate it: valid (or on a partitioned table, whose index
// pg_dump keeps even while a partition lacks its copy), and not a
// partition's copy of its parent's index (pg_inherits links the two).
func loadUniqueIndexes(ctx context.Context, q Querier, m *Model) error {
	rows, err := q.Query(ctx, `
SELECT i.indrelid, ic.relname, i.indisprimary, con.conname IS NOT NULL, i.indnullsnotdistinct, i.indisexclusion,
       ARRAY(SELECT o.oprname::text FROM unnest(con.conexclop) WITH ORDINALITY AS x(op, n)
             JOIN pg_operator o ON o.oid = x.op ORDER BY x.n),
       (i.indkey::int2[])[0:i.indnkeyatts - 1],
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k),
       COALESCE(pg_get_expr(i.indpred, i.indrelid, true), ''),
       ARRAY(SELECT DISTINCT d.refobjsubid::int2 FROM pg_depend d
             WHERE d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid
               AND d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indrelid AND d.refobjsubid > 0)
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x') AND con.conrelid = i.indrelid
WHERE i.indrelid = ANY($1) AND (i.indisunique OR i.indisexclusion) AND (i.indisvalid OR c.relkind = 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid)
ORDER BY i.indrelid, i.indisprimary DESC, ic.relname`, m.oids())
	if err != nil {
		return err
	}
	tables := m.byOID()
	for rows.Next() {
		var rel uint32
		var nums, depends []int16
		var defs, ops []string
		ix := &UniqueIndex{}
		if err := rows.Scan(&rel, &ix.Name, &ix.Primary, &ix.Constraint, &ix.NullsNotDistinct, &ix.Exclusion, &ops,
			&nums, &defs, &ix.Predicate, &depends); err != nil {
			return err
		}
		t := tables[rel]
		ix.Table = t.Name
		for k, num := range nums {
			if num != 0 {
				names, err := keyColumns(t, []int16{num})
				if err != nil {
					return err
				}
				ix.Keys = append(ix.Keys, IndexKey{Column: names[0]})
			} else {
				key := IndexKey{Expr: defs[k]}
				if key.Columns, err = expressionColumns(t, defs[k], depends); err != nil {
					return err
				}
				ix.Keys = append(ix.Keys, key)
			}
			if k < len(ops) {
				ix.Keys[k].Operator = ops[k]
			}
		}
		t.UniqueIndexes = append(t.UniqueIndexes, ix)
	}
	return rows.Err()
}

// expressionColumns lists the columns an index expression references, in
// the order they appear. Should the expression not parse, it answers every
// column the index depends on (pg_depend: those of its expressions and its
// predicate), which is never too few.
func expressionColumns(t *Table, expr string, depends []int16) ([]string, error) {
	if f, err := pgsql.ParseFilter(expr); err == nil {
		var out []string
		for _, c := range f.Columns {
			if t.Column(c) != nil {
				out = append(out, c)
			}
		}
		return out, nil
	}
	return keyColumns(t, depends)
}

var fkActions = map[string]string{"a": "no action", "r": "restrict", "c": "cascade", "n": "set null", "d": "set default"}
var fkMatch = map[string]string{"s": "simple", "f": "full", "p": "partial"}

func loadForeignKeys(ctx context.Context, q Querier, m *Model) error {
	// Constraints cloned onto partitions from a partitioned parent's FK
	// (conparentid <> 0) are the parent's FK; only the parent's is listed.
	rows, err := q.Query(ctx, `
SELECT con.conname, con.conrelid, con.confrelid, con.conkey, con.confkey, COALESCE(ic.relname, ''),
       con.confmatchtype::text, con.condeferrable, con.condeferred, con.confupdtype::text, con.confdeltype::text, con.convalidated
FROM pg_constraint con
LEFT JOIN pg_class ic ON ic.oid = con.conindid
WHERE con.contype = 'f' AND con.conrelid = ANY($1) AND con.conparentid = 0
ORDER BY con.conrelid, con.conname`, m.oids())
	if err != nil {
		return err
	}
	tables := m.byOID()
	for rows.Next() {
		var from, to uint32
		var fromNums, toNums []int16
		var match, upd, del string
		fk := &ForeignKey{}
		if err := rows.Scan(&fk.Name, &from, &to, &fromNums, &toNums, &fk.TargetKey, &match, &fk.Deferrable,
			&fk.InitiallyDeferred, &upd, &del, &fk.Validated); err != nil {
			return err
		}
		ft, tt := tables[from], tables[to]
		if ft == nil || tt == nil {
			continue // a reference into an extension's table
		}
		fk.From, fk.To = ft.Name, tt.Name
		if fk.FromColumns, err = keyColumns(ft, fromNums); err != nil {
			return err
		}
		if fk.ToColumns, err = keyColumns(tt, toNums); err != nil {
			return err
		}
		fk.Match, fk.OnUpdate, fk.OnDelete = fkMatch[match], fkActions[upd], fkActions[del]
		for _, c := range fk.FromColumns {
			if !ft.Column(c).NotNull {
				fk.Nullable = true
			}
		}
		ft.ForeignKeys = append(ft.ForeignKeys, fk)
		tt.Referenced = append(tt.Referenced, fk)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range m.Tables {
		sort.Slice(t.Referenced, func(i, j int) bool {
			a, b := t.Referenced[i], t.Referenced[j]
			if a.From != b.From {
				return a.From.Less(b.From)
			}
			return a.Name < b.Name
		})
	}
	return nil
}

func loadChecks(ctx context.Context, q Querier, m *Model) error {
	// A constraint a table only inherits (conislocal false) is its
	// parent's: checking the parent checks the child's rows too.
	rows, err := q.Query(ctx, `
SELECT con.conrelid, con.conname, pg_get_expr(con.conbin, con.conrelid), con.convalidated, con.connoinherit
FROM pg_constraint con
WHERE con.contype = 'c' AND con.conrelid = ANY($1) AND con.conislocal
ORDER BY con.conrelid, con.conname`, m.oids())
	if err != nil {
		return err
	}
	tables := m.byOID()
	for rows.Next() {
		var rel uint32
		c := &Check{}
		if err := rows.Scan(&rel, &c.Name, &c.Expression, &c.Validated, &c.NoInherit); err != nil {
			return err
		}
		t := tables[rel]
		c.Table = t.Name
		t.Checks = append(t.Checks, c)
	}
	return rows.Err()
}

// loadSequences reads the user's sequences and the extensions'
// configuration sequences, and those owned by a configuration table's
// column (postgis_topology's topology.topology_id_seq, which the extension
// does not register: without it, staging's next topology would collide
// with a copied one).
func loadSequences(ctx context.Context, q Querier, m *Model) error {
	rows, err := q.Query(ctx, `
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle,
       tn.nspname, tc.relname, a.attname, COALESCE(d.deptype = 'i', false), COALESCE(x.extname, ox.extname, '')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN `+extensionConfig+` x ON x.rel = c.oid
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
     AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class tc ON tc.oid = d.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
LEFT JOIN `+extensionConfig+` ox ON ox.rel = tc.oid
WHERE c.relkind = 'S' AND `+userNamespaces+` AND (x.rel IS NOT NULL OR ox.rel IS NOT NULL OR `+notExtensionMember+`)
ORDER BY n.nspname, c.relname`)
	if err != nil {
		return err
	}
	for rows.Next() {
		s := &Sequence{}
		var tSchema, tName, col *string
		if err := rows.Scan(&s.Name.Schema, &s.Name.Name, &s.Type, &s.Start, &s.Increment, &s.Min, &s.Max, &s.Cycle,
			&tSchema, &tName, &col, &s.Identity, &s.Extension); err != nil {
			return err
		}
		if tName != nil && col != nil {
			s.OwnedBy = &ColumnRef{Table: Name{*tSchema, *tName}, Column: *col}
		}
		m.Sequences = append(m.Sequences, s)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// Columns whose default depends on a sequence (nextval('seq')).
	rows, err = q.Query(ctx, `
SELECT sn.nspname, sc.relname, tn.nspname, tc.relname, a.attname
FROM pg_depend d
JOIN pg_attrdef ad ON ad.oid = d.objid
JOIN pg_class sc ON sc.oid = d.refobjid AND sc.relkind = 'S'
JOIN pg_namespace sn ON sn.oid = sc.relnamespace
JOIN pg_class tc ON tc.oid = ad.adrelid
JOIN pg_namespace tn ON tn.oid = tc.relnamespace
JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
WHERE d.classid = 'pg_attrdef'::regclass AND d.refclassid = 'pg_class'::regclass AND tc.relkind IN ('r', 'p')
  AND NOT tc.relispartition -- a partition's default is its parent's
ORDER BY 1, 2, 3, 4, 5`)
	if err != nil {
		return err
	}
	seqs := map[Name]*Sequence{}
	for _, s := range m.Sequences {
		seqs[s.Name] = s
	}
	for rows.Next() {
		var seq Name
		var ref ColumnRef
		if err := rows.Scan(&seq.Schema, &seq.Name, &ref.Table.Schema, &ref.Table.Name, &ref.Column); err != nil {
			return err
		}
		if s := seqs[seq]; s != nil {
			s.UsedBy = append(s.UsedBy, ref)
		}
	}
	return rows.Err()
}

func loadViews(ctx context.Context, q Querier, m *Model) error {
	rows, err := q.Query(ctx, `
SELECT n.nspname, c.relname, c.relkind = 'm', c.relispopulated
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND `+userNamespaces+` AND `+notExtensionMember+`
ORDER BY n.nspname, c.relname`)
	if err != nil {
		return err
	}
	for rows.Next() {
		v := &View{}
		if err := rows.Scan(&v.Name.Schema, &v.Name.Name, &v.Materialized, &v.Populated); err != nil {
			return err
		}
		if !v.Materialized {
			v.Populated = false
		}
		m.Views = append(m.Views, v)
	}
	return rows.Err()
}

// firstNormalOID is PostgreSQL's FirstNormalObjectId: objects below it
// were made by initdb (built-in functions, operators, system relations).
const firstNormalOID = 16384

// loadViewReads fills in each materialized view's Reads and Opaque from
// pg_depend, in one query for all of them: the dependencies of its
// rewrite rule (its query), and of the rules of the user's plain views it
// reads, transitively, with the inheritance children and partitions of
// each table reached. pg_depend records nothing about pinned objects (the
// system catalogs, the built-in functions), so the relations and
// functions below firstNormalOID are read from the rule's query tree
// (pg_rewrite.ev_action: a range table entry's :relid, a function call's
// :funcid).
func loadViewReads(ctx context.Context, q Querier, m *Model) error {
	rows, err := q.Query(ctx, `
WITH RECURSIVE reached(mv, classid, objid) AS (
  SELECT c.oid, 'pg_class'::regclass::oid, c.oid
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'm' AND `+userNamespaces+` AND `+notExtensionMember+`
UNION
  SELECT x.mv, s.classid, s.objid
  FROM reached x JOIN pg_class c ON x.classid = 'pg_class'::regclass AND c.oid = x.objid,
  LATERAL (
    SELECT d.refclassid, d.refobjid
    FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
    WHERE r.ev_class = c.oid AND r.ev_type = '1'
      AND (c.oid = x.mv OR (c.relkind = 'v' AND c.oid >= $1))
      AND NOT (d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid)
    UNION ALL
    SELECT CASE k[1] WHEN 'relid' THEN 'pg_class'::regclass ELSE 'pg_proc'::regclass END, k[2]::oid
    FROM pg_rewrite r, regexp_matches(r.ev_action::text, ':(relid|funcid) (\d+)', 'g') k
    WHERE r.ev_class = c.oid AND r.ev_type = '1'
      AND (c.oid = x.mv OR (c.relkind = 'v' AND c.oid >= $1)) AND k[2]::bigint > 0 AND k[2]::oid < $1
    UNION ALL
    SELECT 'pg_class'::regclass, i.inhrelid FROM pg_inherits i WHERE i.inhparent = c.oid
  ) s(classid, objid)
)
SELECT mn.nspname, mv.relname, COALESCE(rn.nspname, ''), COALESCE(rel.relname, ''),
  CASE
    WHEN rel.oid >= $1 AND rel.relkind IN ('r', 'p', 'm') THEN 'reads'
    WHEN rel.oid >= $1 AND rel.relkind IN ('v', 'c') THEN 'view'
    WHEN x.classid IN ('pg_type'::regclass, 'pg_collation'::regclass, 'pg_namespace'::regclass,
      'pg_ts_config'::regclass, 'pg_ts_dict'::regclass) THEN 'type'
    WHEN x.classid IN ('pg_proc'::regclass, 'pg_operator'::regclass) AND x.objid < $1
      AND COALESCE(p.proname !~ '^(lo_|loread$|(query|cursor|table|schema|database)_to_xml)', true) THEN 'built-in'
    ELSE 'opaque'
  END,
  pg_describe_object(x.classid, x.objid, 0)
FROM reached x
JOIN pg_class mv ON mv.oid = x.mv JOIN pg_namespace mn ON mn.oid = mv.relnamespace
LEFT JOIN pg_class rel ON x.classid = 'pg_class'::regclass AND rel.oid = x.objid
LEFT JOIN pg_namespace rn ON rn.oid = rel.relnamespace
LEFT JOIN pg_proc p ON x.classid = 'pg_proc'::regclass AND p.oid = x.objid
WHERE NOT (x.classid = 'pg_class'::regclass AND x.objid = x.mv)
ORDER BY 1, 2, 3, 4, 6`, firstNormalOID)
	if err != nil {
		return err
	}
	views := map[Name]*View{}
	for _, v := range m.Views {
		views[v.Name] = v
	}
	for rows.Next() {
		var mv, rel Name
		var what, desc string
		if err := rows.Scan(&mv.Schema, &mv.Name, &rel.Schema, &rel.Name, &what, &desc); err != nil {
			return err
		}
		v := views[mv]
		switch {
		case v == nil:
		case what == "reads":
			v.Reads = append(v.Reads, rel)
		case what == "opaque":
			v.Opaque = append(v.Opaque, desc)
		}
	}
	return rows.Err()
}

// IsPermissionDenied reports whether err is PostgreSQL's insufficient
// privilege error.
func IsPermissionDenied(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "42501"
}
