package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
)

// Name is a schema-qualified object name, unquoted.
type Name struct {
	Schema string `json:"schema"`
	Name   string `json:"name"`
}

// String returns the name as a DBA reads it: schema.name, each part quoted
// only where PostgreSQL would need quotes.
func (n Name) String() string { return pgsql.QuoteIdent(n.Schema) + "." + pgsql.QuoteIdent(n.Name) }

// Sanitize returns the name quoted for use in SQL.
func (n Name) Sanitize() string { return pgx.Identifier{n.Schema, n.Name}.Sanitize() }

// Less orders names by schema, then name.
func (n Name) Less(o Name) bool {
	if n.Schema != o.Schema {
		return n.Schema < o.Schema
	}
	return n.Name < o.Name
}

// TableKind says how a table stores its rows.
type TableKind string

const (
	// KindTable is an ordinary table (it may be an inheritance parent).
	KindTable TableKind = "table"
	// KindPartitioned is a declaratively partitioned parent; it holds no rows itself.
	KindPartitioned TableKind = "partitioned"
	// KindPartition is a partition of a partitioned table.
	KindPartition TableKind = "partition"
	// KindInherited is a table that inherits from another with INHERITS.
	KindInherited TableKind = "inherited"
)

// Model is what the catalog says about a database's user tables, as of the
// transaction it was read in.
type Model struct {
	Database      string      `json:"database"`
	ServerVersion int         `json:"server_version"`
	Tables        []*Table    `json:"tables"`
	Sequences     []*Sequence `json:"sequences"`
	Views         []*View     `json:"views"`
	// Extensions are the extensions installed in the database, plpgsql
	// included. Their configuration tables are in Tables (Table.Extension).
	Extensions []*Extension `json:"extensions,omitempty"`

	byName map[Name]*Table
}

// Table is one user table.
type Table struct {
	Name Name      `json:"name"`
	OID  uint32    `json:"oid"`
	Kind TableKind `json:"kind"`
	// Parent is the partitioned table of a partition, or the first INHERITS
	// parent of an inherited table.
	Parent *Name `json:"parent,omitempty"`
	// PartitionKey is the PARTITION BY clause of a partitioned table.
	PartitionKey string `json:"partition_key,omitempty"`
	// PartitionBound is the FOR VALUES clause of a partition.
	PartitionBound string `json:"partition_bound,omitempty"`
	// Children are the partitions or inheritance children.
	Children []Name `json:"children,omitempty"`

	Columns    []*Column `json:"columns"`
	PrimaryKey *Key      `json:"primary_key,omitempty"`
	UniqueKeys []*Key    `json:"unique_keys,omitempty"`
	// UniqueIndexes are every unique index of the table, whatever its shape
	// (the primary key's, those backing unique constraints, composite,
	// partial, over expressions, NULLS NOT DISTINCT), valid ones only, as
	// pg_dump would recreate them. An index of a partitioned table is listed
	// once, on it; its partitions' attached copies are not listed (see
	// Model.UniqueIndexesFor). UniqueKeys, by contrast, holds only the
	// indexes usable as a row key.
	UniqueIndexes []*UniqueIndex `json:"-"`
	ForeignKeys   []*ForeignKey  `json:"foreign_keys,omitempty"`
	// Checks are the table's own CHECK constraints (not those it only
	// inherits from a parent, nor a domain's).
	Checks []*Check `json:"checks,omitempty"`
	// Referenced lists the foreign keys of other tables (or this one) that
	// point at this table.
	Referenced []*ForeignKey `json:"-"`

	RowSecurity      bool `json:"row_security,omitempty"`
	ForceRowSecurity bool `json:"force_row_security,omitempty"`

	// Extension names the extension whose configuration table this is
	// (registered with pg_extension_config_dump): CREATE EXTENSION creates
	// the table, and only the rows ExtensionCondition selects are the
	// user's to copy. Empty for a user table.
	Extension string `json:"extension,omitempty"`
	// ExtensionCondition is the table's pg_extension.extcondition, the
	// clause pg_dump appends to SELECT * FROM the table to dump its rows
	// ("WHERE NOT (srid BETWEEN 2000 AND 2180 OR ...)"); empty: every row.
	ExtensionCondition string `json:"extension_condition,omitempty"`

	// RowEstimate is pg_class.reltuples: -1 when the table was never
	// analyzed or vacuumed.
	RowEstimate int64 `json:"row_estimate"`
	// Bytes is pg_table_size: heap, TOAST and maps, without indexes (zero
	// when loaded WithoutSizes).
	Bytes int64 `json:"bytes"`
	// TotalBytes is pg_total_relation_size: Bytes plus indexes.
	TotalBytes int64 `json:"total_bytes"`
}

// Extension is an installed extension.
type Extension struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
	// Config are its configuration tables and sequences
	// (pg_extension.extconfig), in the order the extension registered them.
	Config []Name `json:"config,omitempty"`
}

// ExtensionConfig reports whether the table is an extension's
// configuration table: it exists once the extension does, and its rows
// are copied (those its condition selects) but not its definition.
func (t *Table) ExtensionConfig() bool { return t.Extension != "" }

// Column is one column of a table.
type Column struct {
	Name    string `json:"name"`
	Num     int16  `json:"num"`
	Type    *Type  `json:"type"`
	NotNull bool   `json:"not_null"`
	Default string `json:"default,omitempty"`
	// Generated is the expression of a GENERATED ALWAYS AS (...) STORED column.
	Generated string `json:"generated,omitempty"`
	// Identity is "always" or "by default" for an identity column.
	Identity string `json:"identity,omitempty"`
}

// TypeKind is pg_type.typtype spelled out.
type TypeKind string

// The type kinds.
const (
	TypeBase       TypeKind = "base"
	TypeComposite  TypeKind = "composite"
	TypeDomain     TypeKind = "domain"
	TypeEnum       TypeKind = "enum"
	TypePseudo     TypeKind = "pseudo"
	TypeRange      TypeKind = "range"
	TypeMultirange TypeKind = "multirange"
)

// Type is a column's data type.
type Type struct {
	OID uint32 `json:"oid"`
	// Schema and Name are the type's own (pg_type) name: varchar, int4,
	// _text for text[], or a user type's name.
	Schema string `json:"schema"`
	Name   string `json:"name"`
	// Display is format_type(): "character varying(20)", "text[]".
	Display string `json:"display"`
	// Typmod is the column's atttypmod: -1 when none.
	Typmod   int32    `json:"typmod"`
	Kind     TypeKind `json:"kind"`
	Category string   `json:"category"` // pg_type.typcategory
	// Elem is the element type of an array.
	Elem *Type `json:"elem,omitempty"`
	// Base is the base type of a domain.
	Base       *Type    `json:"base,omitempty"`
	EnumLabels []string `json:"enum_labels,omitempty"`
}

// IsArray reports whether values of the type are arrays.
func (t *Type) IsArray() bool { return t.Elem != nil }

// Quoted returns the type's own name quoted for a cast:
// "pg_catalog"."int4", "public"."mood".
func (t *Type) Quoted() string { return pgx.Identifier{t.Schema, t.Name}.Sanitize() }

// GuardedCast casts the SQL expression x to the type, yielding NULL rather
// than an error for a value of the wrong shape (integers and uuids are
// shape-checked; see pgsql.GuardedCast).
func (t *Type) GuardedCast(x string) string {
	u := t.Underlying()
	base := u.Name
	if u.Elem != nil {
		base = ""
	}
	return pgsql.GuardedCast(x, t.Quoted(), base)
}

// Underlying returns the type with domains resolved to their base types.
func (t *Type) Underlying() *Type {
	for t.Base != nil {
		t = t.Base
	}
	return t
}

// BuiltIn reports whether the type lives in pg_catalog (its OID is the same
// in every database).
func (t *Type) BuiltIn() bool { return t.Schema == "pg_catalog" }

// Key is a primary key, a unique constraint or a unique index usable as a key
// (not partial, no expressions).
type Key struct {
	Name       string   `json:"name"`
	Columns    []string `json:"columns"`
	Primary    bool     `json:"primary,omitempty"`
	Constraint bool     `json:"constraint"` // false: a unique index without a constraint
	Deferrable bool     `json:"deferrable,omitempty"`
	// NullsNotDistinct is UNIQUE NULLS NOT DISTINCT (PostgreSQL 15+).
	NullsNotDistinct bool `json:"nulls_not_distinct,omitempty"`
}

// UniqueIndex is a unique index of any shape, with what a masking rule
// must know about it: which columns its uniqueness depends on.
type UniqueIndex struct {
	Name string
	// Table is the table the index is declared on: for an index of a
	// partitioned table, the partitioned table.
	Table Name
	// Keys are the index's key columns in order (INCLUDE columns, which
	// take no part in uniqueness, are left out).
	Keys []IndexKey
	// Predicate is the WHERE clause of a partial index, as
	// pg_get_expr writes it; empty for a full index. Columns only in the
	// predicate are not in Columns: they choose the rows the index holds,
	// not the values it keeps distinct.
	Predicate        string
	Primary          bool
	Constraint       bool // false: a unique index without a constraint
	NullsNotDistinct bool
	// Exclusion marks the index of an exclusion constraint (EXCLUDE USING
	// gist (room_id WITH =, during WITH &&)): two rows conflict when every
	// key's operator holds between them. A key under = behaves as a
	// unique key; one under another operator (&&) conflicts on values
	// that differ.
	Exclusion bool
}

// IndexKey is one key column of an index: a plain column, or an
// expression and the columns it references.
type IndexKey struct {
	// Column is a plain key column's name; empty for an expression.
	Column string
	// Expr is an expression key as pg_get_indexdef writes it: lower(email).
	Expr string
	// Columns are the columns the expression references.
	Columns []string
	// Operator is the key's operator in an exclusion constraint (=, &&);
	// empty in a unique index.
	Operator string
}

// Overlaps reports a key of an exclusion constraint whose operator is not
// equality: rows conflict on values that differ (overlapping ranges), so
// no masking keeps the constraint's guarantee.
func (k IndexKey) Overlaps() bool { return k.Operator != "" && k.Operator != "=" }

// Columns returns the columns the index's uniqueness depends on: its plain
// key columns and those referenced inside its key expressions, each once,
// in key order.
func (ix *UniqueIndex) Columns() []string {
	var out []string
	seen := map[string]bool{}
	add := func(c string) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, k := range ix.Keys {
		if k.Column != "" {
			add(k.Column)
		}
		for _, c := range k.Columns {
			add(c)
		}
	}
	return out
}

// Covers reports how the index depends on a column: as a plain key column,
// inside a key expression, or both.
func (ix *UniqueIndex) Covers(column string) (plain, inExpr bool) {
	for _, k := range ix.Keys {
		if k.Column == column {
			plain = true
		}
		for _, c := range k.Columns {
			if c == column {
				inExpr = true
			}
		}
	}
	return plain, inExpr
}

// HasExpressions reports whether some key of the index is an expression.
func (ix *UniqueIndex) HasExpressions() bool {
	for _, k := range ix.Keys {
		if k.Column == "" {
			return true
		}
	}
	return false
}

// KeyList writes the index's keys as CREATE INDEX does, without the
// parentheses: webhook_url, organization_id or lower(email); an exclusion
// constraint's with their operators: room_id WITH =, during WITH &&.
func (ix *UniqueIndex) KeyList() string {
	parts := make([]string, len(ix.Keys))
	for i, k := range ix.Keys {
		if k.Column != "" {
			parts[i] = pgsql.QuoteIdent(k.Column)
		} else {
			parts[i] = k.Expr
		}
		if k.Operator != "" {
			parts[i] += " WITH " + k.Operator
		}
	}
	return strings.Join(parts, ", ")
}

// UniqueIndexesFor returns the unique indexes that hold a table's rows: its
// own and, for a partition, those of the partitioned tables above it, whose
// attached copies enforce them on the partition (a partition's columns have
// its parent's names). An inheritance child has only its own: INHERITS
// does not carry indexes.
func (m *Model) UniqueIndexesFor(t *Table) []*UniqueIndex {
	out := append([]*UniqueIndex(nil), t.UniqueIndexes...)
	for p := t; p.Kind == KindPartition && p.Parent != nil; {
		if p = m.Table(*p.Parent); p == nil {
			break
		}
		out = append(out, p.UniqueIndexes...)
	}
	return out
}

// ForeignKey is a foreign-key constraint.
type ForeignKey struct {
	Name        string   `json:"name"`
	From        Name     `json:"from"`
	FromColumns []string `json:"from_columns"`
	To          Name     `json:"to"`
	ToColumns   []string `json:"to_columns"`
	// TargetKey is the name of the referenced key's index.
	TargetKey string `json:"target_key"`
	// Match is "simple", "full" or "partial".
	Match             string `json:"match"`
	Deferrable        bool   `json:"deferrable,omitempty"`
	InitiallyDeferred bool   `json:"initially_deferred,omitempty"`
	OnUpdate          string `json:"on_update"`
	OnDelete          string `json:"on_delete"`
	// Validated is pg_constraint.convalidated: false for a key added NOT
	// VALID and never validated, which existing rows need not satisfy.
	Validated bool `json:"validated"`
	// Nullable reports whether a referencing row can leave the reference
	// unset: some referencing column is nullable.
	Nullable bool `json:"nullable"`
}

// Check is a CHECK constraint of a table.
type Check struct {
	Name  string `json:"name"`
	Table Name   `json:"table"`
	// Expression is the condition, as pg_get_expr prints it, its columns
	// unqualified: "(length(email) < 255)".
	Expression string `json:"expression"`
	// Validated is pg_constraint.convalidated: false for a constraint added
	// NOT VALID and never validated, which existing rows need not satisfy.
	Validated bool `json:"validated"`
	// NoInherit is a NO INHERIT constraint: it holds for the table's own
	// rows, not its children's.
	NoInherit bool `json:"no_inherit,omitempty"`
}

// ForeignKey returns the table's foreign key of that name, or nil.
func (t *Table) ForeignKey(name string) *ForeignKey {
	for _, fk := range t.ForeignKeys {
		if fk.Name == name {
			return fk
		}
	}
	return nil
}

// Check returns the table's CHECK constraint of that name, or nil.
func (t *Table) Check(name string) *Check {
	for _, c := range t.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// SelfReference reports whether the key points at its own table.
func (fk *ForeignKey) SelfReference() bool { return fk.From == fk.To }

// Sequence is a sequence and the column that owns it, if any.
type Sequence struct {
	Name      Name   `json:"name"`
	Type      string `json:"type"`
	Start     int64  `json:"start"`
	Increment int64  `json:"increment"`
	Min       int64  `json:"min"`
	Max       int64  `json:"max"`
	Cycle     bool   `json:"cycle,omitempty"`
	// OwnedBy is the column that owns the sequence (serial, identity or
	// OWNED BY), nil for a free-standing sequence.
	OwnedBy *ColumnRef `json:"owned_by,omitempty"`
	// Identity reports that the sequence backs an identity column.
	Identity bool `json:"identity,omitempty"`
	// Extension names the extension whose configuration sequence this is
	// (pg_extension.extconfig), or that owns the configuration table whose
	// column owns it: CREATE EXTENSION creates it, and its value is set as
	// pg_dump sets a configuration sequence's. Empty for a user sequence.
	Extension string `json:"extension,omitempty"`
	// UsedBy lists the columns whose DEFAULT calls nextval on the sequence,
	// owned or not (pg_dump output often leaves sequences unowned).
	UsedBy []ColumnRef `json:"used_by,omitempty"`
}

// ColumnRef names a column of a table.
type ColumnRef struct {
	Table  Name   `json:"table"`
	Column string `json:"column"`
}

// View is a view or a materialized view. Views hold no data to copy; a
// materialized view is refreshed on the target.
type View struct {
	Name         Name `json:"name"`
	Materialized bool `json:"materialized,omitempty"`
	Populated    bool `json:"populated,omitempty"`
	// Reads, for a materialized view, are the tables and materialized
	// views its query reads, as the catalog records them (pg_depend, from
	// its rewrite rule): through the plain views it reads, and with the
	// inheritance children and partitions of each table, which a query of
	// the table reads too. Sorted, each once.
	Reads []Name `json:"reads,omitempty"`
	// Opaque, for a materialized view, describes what its query depends on
	// that leaves Reads incomplete, or that pg_dump may define only in the
	// post-data section (pg_describe_object's words): a function or an
	// operator not built into PostgreSQL, whose body may read any table; a
	// built-in function that reads what its arguments name (a large
	// object, a query's text); a sequence, a foreign table, a system
	// relation; a constraint (a GROUP BY on a primary key, for which
	// pg_dump creates the view, or the plain view it reads, in
	// post-data). Empty when Reads is all the query reads.
	Opaque []string `json:"opaque,omitempty"`
}

// Table returns the named table, or nil.
func (m *Model) Table(n Name) *Table {
	if m.byName == nil {
		m.index()
	}
	return m.byName[n]
}

func (m *Model) index() {
	m.byName = make(map[Name]*Table, len(m.Tables))
	for _, t := range m.Tables {
		m.byName[t.Name] = t
	}
}

// Column returns the named column, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Keys returns the table's primary key followed by its other unique keys.
func (t *Table) Keys() []*Key {
	var ks []*Key
	if t.PrimaryKey != nil {
		ks = append(ks, t.PrimaryKey)
	}
	return append(ks, t.UniqueKeys...)
}

// RowKey returns the key that identifies a row: the primary key, else the
// first unique key whose columns are all NOT NULL (or NULLS NOT DISTINCT),
// else nil.
func (t *Table) RowKey() *Key {
	if t.PrimaryKey != nil {
		return t.PrimaryKey
	}
	for _, k := range t.UniqueKeys {
		ok := true
		for _, c := range k.Columns {
			if col := t.Column(c); col == nil || (!col.NotNull && !k.NullsNotDistinct) {
				ok = false
			}
		}
		if ok {
			return k
		}
	}
	return nil
}

// NotNullKey returns the primary key, else the first unique key whose
// columns are all NOT NULL, else nil: a key no row can hold a NULL in (a
// UNIQUE NULLS NOT DISTINCT key may hold one, which RowKey accepts).
func (t *Table) NotNullKey() *Key {
	if t.PrimaryKey != nil {
		return t.PrimaryKey
	}
	for _, k := range t.UniqueKeys {
		ok := true
		for _, c := range k.Columns {
			if col := t.Column(c); col == nil || !col.NotNull {
				ok = false
			}
		}
		if ok {
			return k
		}
	}
	return nil
}

// HasData reports whether the table itself stores rows (a partitioned parent
// does not: its partitions do).
func (t *Table) HasData() bool { return t.Kind != KindPartitioned }

// Fingerprint is a stable hash of the model's structure: names, columns,
// types, keys and foreign keys, without sizes or row estimates. Two
// databases with the same schema have the same fingerprint.
func (m *Model) Fingerprint() string {
	type col struct {
		N, T string
		NN   bool
		G, I string
	}
	type tab struct {
		N    string
		K    TableKind
		C    []col
		Keys []string
		FKs  []string
	}
	var ts []tab
	for _, t := range m.Tables {
		x := tab{N: t.Name.String(), K: t.Kind}
		for _, c := range t.Columns {
			x.C = append(x.C, col{c.Name, c.Type.Display, c.NotNull, c.Generated, c.Identity})
		}
		for _, k := range t.Keys() {
			x.Keys = append(x.Keys, strings.Join(k.Columns, ","))
		}
		for _, fk := range t.ForeignKeys {
			x.FKs = append(x.FKs, strings.Join(fk.FromColumns, ",")+">"+fk.To.String()+"("+strings.Join(fk.ToColumns, ",")+")")
		}
		sort.Strings(x.FKs)
		ts = append(ts, x)
	}
	b, _ := json.Marshal(ts)
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}
