package subset

import (
	"encoding/binary"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/RoaringBitmap/roaring/v2/roaring64"

	"github.com/understudy/understudy/schema"
)

// codec says how the values of some columns are held: one integer column as
// an int64 (in a roaring bitmap), anything else as its text form (one
// column) or as length-prefixed text forms (several columns), in a hash set.
type codec struct {
	// types are the columns' types, quoted for a cast: "pg_catalog"."uuid".
	types []string
	// integer: one column of an integer type.
	integer bool
}

func newCodec(cols []*schema.Column) codec {
	c := codec{types: make([]string, len(cols))}
	for i, col := range cols {
		c.types[i] = col.Type.Quoted()
	}
	if len(cols) == 1 {
		switch cols[0].Type.Underlying().Name {
		case "int2", "int4", "int8":
			c.integer = cols[0].Type.Underlying().Elem == nil
		}
	}
	return c
}

// selectExpr is the select-list expression that reads column expr in the
// codec's form: as int8, or cast to the codec's type i and then to text (a
// foreign key's column is read as its referenced column's type, so equal
// values have equal text forms).
func (c codec) selectExpr(i int, expr string) string {
	if c.integer {
		return "(" + expr + ")::int8"
	}
	return "((" + expr + ")::" + c.types[i] + ")::text"
}

// keySet is a set of values of one codec.
type keySet struct {
	ints *roaring64.Bitmap
	strs map[string]struct{}
	// strBytes is the text held by strs.
	strBytes int64
}

func newKeySet(c codec) *keySet {
	if c.integer {
		return &keySet{ints: roaring64.New()}
	}
	return &keySet{strs: map[string]struct{}{}}
}

// The sign bit is flipped so negative keys sort before positive ones.
func toU(v int64) uint64   { return uint64(v) ^ (1 << 63) }
func fromU(u uint64) int64 { return int64(u ^ (1 << 63)) }

func (s *keySet) addInt(v int64) bool { return s.ints.CheckedAdd(toU(v)) }

func (s *keySet) hasInt(v int64) bool { return s.ints.Contains(toU(v)) }

func (s *keySet) addStr(v string) bool {
	if _, ok := s.strs[v]; ok {
		return false
	}
	s.strs[v] = struct{}{}
	s.strBytes += int64(len(v))
	return true
}

func (s *keySet) hasStr(v string) bool {
	_, ok := s.strs[v]
	return ok
}

// add adds a value; it reports whether the value is new.
func (s *keySet) add(v value) bool {
	if s.ints != nil {
		return s.addInt(v.i)
	}
	return s.addStr(v.s)
}

func (s *keySet) has(v value) bool {
	if s.ints != nil {
		return s.hasInt(v.i)
	}
	return s.hasStr(v.s)
}

func (s *keySet) len() int64 {
	if s.ints != nil {
		return int64(s.ints.GetCardinality())
	}
	return int64(len(s.strs))
}

// bytes estimates the memory the set holds: the bitmap's own size, or the
// text plus a map entry (string header, hash and bucket share) per value.
func (s *keySet) bytes() int64 {
	if s.ints != nil {
		return int64(s.ints.GetSizeInBytes())
	}
	return s.strBytes + int64(len(s.strs))*40
}

// values lists the set, integers in order, text sorted (a stable order
// gives stable queries and stable copies).
func (s *keySet) values() []value {
	out := make([]value, 0, s.len())
	if s.ints != nil {
		it := s.ints.Iterator()
		for it.HasNext() {
			out = append(out, value{i: fromU(it.Next())})
		}
		return out
	}
	for k := range s.strs {
		out = append(out, value{s: k})
	}
	slices.SortFunc(out, func(a, b value) int { return strings.Compare(a.s, b.s) })
	return out
}

// value is one value of a codec: i for an integer codec, s otherwise (for
// several columns, their text forms each prefixed by its length).
type value struct {
	i int64
	s string
}

// tupleString joins the text forms of several columns into one value.
func tupleString(parts [][]byte) string {
	if len(parts) == 1 {
		return string(parts[0])
	}
	var b []byte
	for _, p := range parts {
		b = binary.AppendUvarint(b, uint64(len(p)))
		b = append(b, p...)
	}
	return string(b)
}

// splitTuple is the inverse of tupleString for n columns.
func splitTuple(s string, n int) []string {
	if n == 1 {
		return []string{s}
	}
	out := make([]string, 0, n)
	for len(out) < n {
		l, w := binary.Uvarint([]byte(s))
		s = s[w:]
		out = append(out, s[:l])
		s = s[l:]
	}
	return out
}

// chunks cuts vs into runs of at most n.
func chunks(vs []value, n int) iter.Seq[[]value] {
	return func(yield func([]value) bool) {
		for len(vs) > 0 {
			k := min(n, len(vs))
			if !yield(vs[:k]) {
				return
			}
			vs = vs[k:]
		}
	}
}

// operand is the left side of a membership test: expressions and their
// types. The values' array is cast to these types, so PostgreSQL compares
// like with like and can hash a long list (it hashes = ANY only when both
// sides share a hash function: int4 against an int8 array scans the list
// once per row).
type operand struct {
	exprs []string
	types []string
	// bits is the integer width of a one-column integer operand.
	bits int
}

func newOperand(exprs []string, types []*schema.Type) operand {
	o := operand{exprs: exprs, types: make([]string, len(types))}
	for i, t := range types {
		o.types[i] = t.Underlying().Quoted()
	}
	if len(types) == 1 {
		switch types[0].Underlying().Name {
		case "int2":
			o.bits = 16
		case "int4":
			o.bits = 32
		case "int8":
			o.bits = 64
		}
	}
	return o
}

// in is the SQL condition "the operand holds one of vs" (values of codec
// c): the values are written as array literals (dollar-quoted, so no
// setting changes how they read), never as SQL text of their own. Integers
// the operand's type cannot hold are left out: they match nothing.
func (o operand) in(c codec, vs []value) string {
	if c.integer && o.bits > 0 {
		lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
		if o.bits < 64 {
			lo, hi = -(1 << (o.bits - 1)), 1<<(o.bits-1)-1
		}
		var b strings.Builder
		b.WriteString("(")
		b.WriteString(o.exprs[0])
		b.WriteString(") = ANY('{")
		n := 0
		for _, v := range vs {
			if v.i < lo || v.i > hi {
				continue
			}
			if n > 0 {
				b.WriteByte(',')
			}
			n++
			b.WriteString(strconv.FormatInt(v.i, 10))
		}
		if n == 0 {
			return "false"
		}
		b.WriteString("}'::")
		b.WriteString(o.types[0])
		b.WriteString("[])")
		return b.String()
	}
	if len(vs) == 0 {
		return "false"
	}
	cols := make([][]string, len(o.exprs))
	for _, v := range vs {
		if c.integer {
			cols[0] = append(cols[0], strconv.FormatInt(v.i, 10))
			continue
		}
		for i, part := range splitTuple(v.s, len(o.exprs)) {
			cols[i] = append(cols[i], part)
		}
	}
	if len(o.exprs) == 1 {
		return "(" + o.exprs[0] + ") = ANY(" + arrayLiteral(cols[0], o.types[0]) + ")"
	}
	arrays := make([]string, len(o.exprs))
	for i := range o.exprs {
		arrays[i] = arrayLiteral(cols[i], o.types[i])
	}
	return "(" + strings.Join(o.exprs, ", ") + ") IN (SELECT * FROM unnest(" + strings.Join(arrays, ", ") + "))"
}

// arrayLiteral writes texts as a dollar-quoted array literal cast to
// typ[]: every element double-quoted with \ and " escaped, and a dollar
// tag that occurs nowhere in the text.
func arrayLiteral(texts []string, typ string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, t := range texts {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		for j := 0; j < len(t); j++ {
			if t[j] == '\\' || t[j] == '"' {
				b.WriteByte('\\')
			}
			b.WriteByte(t[j])
		}
		b.WriteByte('"')
	}
	b.WriteByte('}')
	body := b.String()
	tag := "$k$"
	for n := 0; strings.Index(body+tag, tag) != len(body); n++ {
		tag = "$k" + strconv.Itoa(n) + "$"
	}
	return tag + body + tag + "::" + typ + "[]"
}
