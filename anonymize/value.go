package anonymize

import "strings"

// Value is one column value in PostgreSQL text representation, as COPY's text
// format yields it once COPY escaping is undone. A NULL has Null set and no
// Bytes.
type Value struct {
	Bytes []byte
	Null  bool
}

// Text returns a non-NULL Value holding s.
func Text(s string) Value { return Value{Bytes: []byte(s)} }

// Null is the SQL NULL.
var Null = Value{Null: true}

// Type describes a column's type as the catalog reports it.
//
// Name is the canonical PostgreSQL name of the base type (text, varchar,
// bpchar, int4, numeric, timestamptz, jsonb, ...); for a domain the engine
// passes the domain's base type. Typmod is pg_attribute.atttypmod (-1 for
// none). Category is pg_type.typcategory. An array has Category 'A' and Elem
// set; its Typmod, when set, applies to its elements.
type Type struct {
	Name       string
	Typmod     int32
	Category   byte
	Elem       *Type
	EnumLabels []string
}

// Column is the column a rule applies to.
type Column struct {
	Table, Name string
	Type        Type
	// Unique reports a unique constraint or unique index on the column alone.
	Unique bool
}

// Common types, for tests, examples and nested values.
var (
	TypeText    = Type{Name: "text", Typmod: -1, Category: 'S'}
	TypeNumeric = Type{Name: "numeric", Typmod: -1, Category: 'N'}
	TypeBool    = Type{Name: "bool", Typmod: -1, Category: 'B'}
	TypeJSONB   = Type{Name: "jsonb", Typmod: -1, Category: 'U'}
)

// Varchar returns the type varchar(n).
func Varchar(n int) Type { return Type{Name: "varchar", Typmod: int32(n) + 4, Category: 'S'} }

// ArrayOf returns the array type whose elements are elem.
func ArrayOf(elem Type) Type {
	e := elem
	return Type{Name: "_" + elem.Name, Typmod: -1, Category: 'A', Elem: &e}
}

// IsArray reports whether t is an array type.
func (t Type) IsArray() bool { return t.Category == 'A' && t.Elem != nil }

// CharLimit returns the maximum number of characters of a varchar(n) or
// bpchar(n) value, or -1 when the type has no such limit.
func (t Type) CharLimit() int {
	switch t.Name {
	case "varchar", "bpchar", "character varying", "character":
		if t.Typmod >= 4 {
			return int(t.Typmod - 4)
		}
	}
	return -1
}

// NumericPrecision returns the precision and scale of numeric(p,s), and false
// when the type is not a numeric with a typmod.
func (t Type) NumericPrecision() (precision, scale int, ok bool) {
	if t.Name != "numeric" || t.Typmod < 4 {
		return 0, 0, false
	}
	m := t.Typmod - 4
	p := int(m>>16) & 0xffff
	s := int(int16(m & 0xffff)) // PostgreSQL 15+ allows a negative scale
	return p, s, true
}

// isTextual reports whether values of t are free text: the string category
// (text, varchar, bpchar, citext, name) or an unknown type reported as text.
func isTextual(t Type) bool {
	if t.IsArray() {
		return false
	}
	return t.Category == 'S' || t.Name == "text" || t.Name == "varchar" || t.Name == "bpchar" || t.Name == "citext"
}

func isJSONType(t Type) bool { return t.Name == "json" || t.Name == "jsonb" }

func isType(names ...string) func(Type) bool {
	return func(t Type) bool {
		if t.IsArray() {
			return false
		}
		for _, n := range names {
			if strings.EqualFold(t.Name, n) {
				return true
			}
		}
		return false
	}
}

func textOr(names ...string) func(Type) bool {
	other := isType(names...)
	return func(t Type) bool { return isTextual(t) || other(t) }
}

// Row gives access to the other columns of the row being transformed.
type Row interface {
	Get(column string) (Value, bool)
}

// RowContext is what a transformer may read of its row.
//
// Source returns a column's value as read from the source database; Masked
// returns it after its own rule ran. The engine masks every column that is not
// a template first and evaluates template transformers last, so Masked is
// complete for them and a template never copies source PII. Person seeds
// (the person parameter) and per-row seeds (seed_column) read Source, so a
// fake person is the same whichever column is masked first.
type RowContext interface {
	Source(column string) (Value, bool)
	Masked(column string) (Value, bool)
}

// Rows adapts two Rows into a RowContext.
type Rows struct {
	Src, Dst Row
}

// Source implements RowContext.
func (r Rows) Source(column string) (Value, bool) {
	if r.Src == nil {
		return Value{}, false
	}
	return r.Src.Get(column)
}

// Masked implements RowContext.
func (r Rows) Masked(column string) (Value, bool) {
	if r.Dst == nil {
		return Value{}, false
	}
	return r.Dst.Get(column)
}

// MapRow is a Row held in a map, for tests and small callers.
type MapRow map[string]Value

// Get implements Row.
func (m MapRow) Get(column string) (Value, bool) {
	v, ok := m[column]
	return v, ok
}
