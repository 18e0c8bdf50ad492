package copyfmt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// ErrUnsupportedType is wrapped by the errors of BinaryToText and
// TextToBinary for a type without a codec.
var ErrUnsupportedType = errors.New("type has no binary codec")

// ValueError is a value that cannot be converted. It names the type, the
// direction and what is wrong in terms of lengths and offsets, never the
// value: it may be PII.
type ValueError struct {
	Type string
	// ToText is true for binary to text, false for text to binary.
	ToText bool
	Msg    string
}

func (e *ValueError) Error() string {
	dir := "text to binary"
	if e.ToText {
		dir = "binary to text"
	}
	return fmt.Sprintf("copyfmt: %s %s: %s", e.Type, dir, e.Msg)
}

// typeKind is a family of types sharing a conversion.
type typeKind uint8

const (
	kindText typeKind = iota + 1
	kindInt2
	kindInt4
	kindInt8
	kindOID
	kindFloat4
	kindFloat8
	kindNumeric
	kindBool
	kindDate
	kindTime
	kindTimestamp
	kindTimestamptz
	kindUUID
	kindJSONB
	kindBytea
	kindInet
	kindCidr
	kindMacaddr
	kindMacaddr8
)

// typeKinds maps pg_type names and their SQL spellings (format_type without
// a type modifier) to a conversion.
var typeKinds = map[string]typeKind{
	"text": kindText, "varchar": kindText, "character varying": kindText,
	"bpchar": kindText, "character": kindText, "name": kindText,
	"citext": kindText, "json": kindText,
	"int2": kindInt2, "smallint": kindInt2,
	"int4": kindInt4, "integer": kindInt4, "int": kindInt4,
	"int8": kindInt8, "bigint": kindInt8,
	"oid":    kindOID,
	"float4": kindFloat4, "real": kindFloat4,
	"float8": kindFloat8, "double precision": kindFloat8,
	"numeric": kindNumeric, "decimal": kindNumeric,
	"bool": kindBool, "boolean": kindBool,
	"date": kindDate,
	"time": kindTime, "time without time zone": kindTime,
	"timestamp": kindTimestamp, "timestamp without time zone": kindTimestamp,
	"timestamptz": kindTimestamptz, "timestamp with time zone": kindTimestamptz,
	"uuid":  kindUUID,
	"jsonb": kindJSONB,
	"bytea": kindBytea,
	"inet":  kindInet, "cidr": kindCidr,
	"macaddr": kindMacaddr, "macaddr8": kindMacaddr8,
}

// Codec converts values of one type between PostgreSQL's binary and text
// representations. Look one up once per column with LookupCodec.
type Codec struct {
	name string
	kind typeKind
}

// LookupCodec returns the codec of a type named as in pg_type (int4,
// timestamptz, bpchar) or in SQL (integer, timestamp with time zone,
// character varying), without a type modifier.
func LookupCodec(typeName string) (Codec, bool) {
	k, ok := typeKinds[typeName]
	return Codec{name: typeName, kind: k}, ok
}

// SupportsBinary reports whether values of the type can be converted, so a
// table whose masked columns all have such types can be copied in binary.
func SupportsBinary(typeName string) bool {
	_, ok := typeKinds[typeName]
	return ok
}

// BinaryToText appends the text representation of the binary value src of
// the named type to dst, as PostgreSQL prints it with DateStyle=ISO,
// TimeZone=UTC, extra_float_digits >= 1 and bytea_output=hex.
func BinaryToText(typeName string, dst, src []byte) ([]byte, error) {
	c, ok := LookupCodec(typeName)
	if !ok {
		return dst, fmt.Errorf("copyfmt: %q: %w", typeName, ErrUnsupportedType)
	}
	return c.AppendText(dst, src)
}

// TextToBinary appends the binary representation of the text value text of
// the named type to dst.
func TextToBinary(typeName string, dst, text []byte) ([]byte, error) {
	c, ok := LookupCodec(typeName)
	if !ok {
		return dst, fmt.Errorf("copyfmt: %q: %w", typeName, ErrUnsupportedType)
	}
	return c.AppendBinary(dst, text)
}

// Name is the type name the codec was looked up by.
func (c Codec) Name() string { return c.name }

func (c Codec) errorf(toText bool, format string, args ...any) error {
	return &ValueError{Type: c.name, ToText: toText, Msg: fmt.Sprintf(format, args...)}
}

func (c Codec) wantLen(src []byte, n int) error {
	if len(src) != n {
		return c.errorf(true, "%d bytes, want %d", len(src), n)
	}
	return nil
}

// AppendText appends the text representation of the binary value src to
// dst (see BinaryToText). On error dst is returned unchanged.
func (c Codec) AppendText(dst, src []byte) ([]byte, error) {
	out, err := c.appendText(dst, src)
	if err != nil {
		return dst, err
	}
	return out, nil
}

func (c Codec) appendText(dst, src []byte) ([]byte, error) {
	be := binary.BigEndian
	switch c.kind {
	case kindText:
		return append(dst, src...), nil
	case kindInt2:
		if err := c.wantLen(src, 2); err != nil {
			return dst, err
		}
		return strconv.AppendInt(dst, int64(int16(be.Uint16(src))), 10), nil
	case kindInt4:
		if err := c.wantLen(src, 4); err != nil {
			return dst, err
		}
		return strconv.AppendInt(dst, int64(int32(be.Uint32(src))), 10), nil
	case kindInt8:
		if err := c.wantLen(src, 8); err != nil {
			return dst, err
		}
		return strconv.AppendInt(dst, int64(be.Uint64(src)), 10), nil
	case kindOID:
		if err := c.wantLen(src, 4); err != nil {
			return dst, err
		}
		return strconv.AppendUint(dst, uint64(be.Uint32(src)), 10), nil
	case kindFloat4:
		if err := c.wantLen(src, 4); err != nil {
			return dst, err
		}
		return appendFloat(dst, float64(math.Float32frombits(be.Uint32(src))), 32), nil
	case kindFloat8:
		if err := c.wantLen(src, 8); err != nil {
			return dst, err
		}
		return appendFloat(dst, math.Float64frombits(be.Uint64(src)), 64), nil
	case kindNumeric:
		out, msg := appendNumericText(dst, src)
		if msg != "" {
			return dst, c.errorf(true, "%s", msg)
		}
		return out, nil
	case kindBool:
		if err := c.wantLen(src, 1); err != nil {
			return dst, err
		}
		if src[0] != 0 {
			return append(dst, 't'), nil
		}
		return append(dst, 'f'), nil
	case kindDate:
		if err := c.wantLen(src, 4); err != nil {
			return dst, err
		}
		out, ok := appendDate(dst, int32(be.Uint32(src)))
		if !ok {
			return dst, c.errorf(true, "date out of range")
		}
		return out, nil
	case kindTime:
		if err := c.wantLen(src, 8); err != nil {
			return dst, err
		}
		us := int64(be.Uint64(src))
		if us < 0 || us > usPerDay {
			return dst, c.errorf(true, "time out of range")
		}
		return appendClock(dst, us), nil
	case kindTimestamp, kindTimestamptz:
		if err := c.wantLen(src, 8); err != nil {
			return dst, err
		}
		out, ok := appendTimestamp(dst, int64(be.Uint64(src)), c.kind == kindTimestamptz)
		if !ok {
			return dst, c.errorf(true, "timestamp out of range")
		}
		return out, nil
	case kindUUID:
		if err := c.wantLen(src, 16); err != nil {
			return dst, err
		}
		return appendUUID(dst, src), nil
	case kindJSONB:
		if len(src) == 0 || src[0] != 1 {
			return dst, c.errorf(true, "unsupported jsonb version (want 1)")
		}
		return append(dst, src[1:]...), nil
	case kindBytea:
		dst = append(dst, '\\', 'x')
		for _, b := range src {
			dst = append(dst, hexDigits[b>>4], hexDigits[b&15])
		}
		return dst, nil
	case kindInet, kindCidr:
		out, msg := appendInetText(dst, src, c.kind == kindCidr)
		if msg != "" {
			return dst, c.errorf(true, "%s", msg)
		}
		return out, nil
	case kindMacaddr, kindMacaddr8:
		n := 6
		if c.kind == kindMacaddr8 {
			n = 8
		}
		if err := c.wantLen(src, n); err != nil {
			return dst, err
		}
		for i, b := range src {
			if i > 0 {
				dst = append(dst, ':')
			}
			dst = append(dst, hexDigits[b>>4], hexDigits[b&15])
		}
		return dst, nil
	}
	return dst, fmt.Errorf("copyfmt: %q: %w", c.name, ErrUnsupportedType)
}

const hexDigits = "0123456789abcdef"

// AppendBinary appends the binary representation of the text value text to
// dst (see TextToBinary). It accepts what PostgreSQL's input functions
// accept for the forms a transformer produces, and reports the first
// invalid byte's offset otherwise. On error dst is returned unchanged.
func (c Codec) AppendBinary(dst, text []byte) ([]byte, error) {
	out, err := c.appendBinary(dst, text)
	if err != nil {
		return dst, err
	}
	return out, nil
}

func (c Codec) appendBinary(dst, text []byte) ([]byte, error) {
	be := binary.BigEndian
	switch c.kind {
	case kindText:
		return append(dst, text...), nil
	case kindInt2, kindInt4, kindInt8:
		bits := 64
		switch c.kind {
		case kindInt2:
			bits = 16
		case kindInt4:
			bits = 32
		}
		v, err := strconv.ParseInt(string(bytes.TrimSpace(text)), 10, bits)
		if err != nil {
			return dst, c.parseErr(err)
		}
		switch c.kind {
		case kindInt2:
			return be.AppendUint16(dst, uint16(v)), nil
		case kindInt4:
			return be.AppendUint32(dst, uint32(v)), nil
		}
		return be.AppendUint64(dst, uint64(v)), nil
	case kindOID:
		// oidin also takes negative int4 values, wrapped.
		s := string(bytes.TrimSpace(text))
		v, err := strconv.ParseUint(s, 10, 32)
		if err != nil {
			n, nerr := strconv.ParseInt(s, 10, 32)
			if nerr != nil || n >= 0 {
				return dst, c.parseErr(err)
			}
			v = uint64(uint32(n))
		}
		return be.AppendUint32(dst, uint32(v)), nil
	case kindFloat4, kindFloat8:
		return c.appendFloatBinary(dst, text)
	case kindNumeric:
		out, at, msg := appendNumericBinary(dst, text)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return out, nil
	case kindBool:
		v, ok := parseBool(text)
		if !ok {
			return dst, c.errorf(false, "not a boolean (%d bytes)", len(text))
		}
		if v {
			return append(dst, 1), nil
		}
		return append(dst, 0), nil
	case kindDate:
		d, at, msg := parseDate(text)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return be.AppendUint32(dst, uint32(d)), nil
	case kindTime:
		us, at, msg := parseTime(text)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return be.AppendUint64(dst, uint64(us)), nil
	case kindTimestamp, kindTimestamptz:
		us, at, msg := parseTimestamp(text, c.kind == kindTimestamptz)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return be.AppendUint64(dst, uint64(us)), nil
	case kindUUID:
		out, at, msg := appendUUIDBinary(dst, text)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return out, nil
	case kindJSONB:
		return append(append(dst, 1), text...), nil
	case kindBytea:
		out, at, msg := appendByteaBinary(dst, text)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return out, nil
	case kindInet, kindCidr:
		out, at, msg := appendInetBinary(dst, text, c.kind == kindCidr)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return out, nil
	case kindMacaddr, kindMacaddr8:
		out, at, msg := appendMacBinary(dst, text, c.kind == kindMacaddr8)
		if msg != "" {
			return dst, c.errorf(false, "%s at byte %d", msg, at)
		}
		return out, nil
	}
	return dst, fmt.Errorf("copyfmt: %q: %w", c.name, ErrUnsupportedType)
}

// parseErr turns a strconv error into a ValueError without the value
// (strconv's messages quote it).
func (c Codec) parseErr(err error) error {
	var ne *strconv.NumError
	if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
		return c.errorf(false, "value out of range")
	}
	return c.errorf(false, "invalid input syntax")
}

// appendFloat appends f as PostgreSQL 12+ prints a float4 (bits 32) or
// float8 with extra_float_digits >= 1: the shortest text that reads back
// exactly, in fixed notation for decimal exponents from -4 to 14 (float8)
// or 5 (float4), in %e-style scientific notation otherwise.
func appendFloat(dst []byte, f float64, bits int) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, "NaN"...)
	case math.IsInf(f, 1):
		return append(dst, "Infinity"...)
	case math.IsInf(f, -1):
		return append(dst, "-Infinity"...)
	case f == 0:
		if math.Signbit(f) {
			return append(dst, "-0"...)
		}
		return append(dst, '0')
	}
	var tmp [32]byte
	s := strconv.AppendFloat(tmp[:0], f, 'e', -1, bits) // [-]d[.ddd]e±XX
	if s[0] == '-' {
		dst = append(dst, '-')
		s = s[1:]
	}
	e := bytes.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(string(s[e+1:]))
	var digits [24]byte
	nd := copy(digits[:], s[:1])
	if e > 1 {
		nd += copy(digits[nd:], s[2:e])
	}
	d := digits[:nd]
	limit := 15
	if bits == 32 {
		limit = 6
	}
	switch {
	case exp < -4 || exp >= limit:
		dst = append(dst, d[0])
		if nd > 1 {
			dst = append(dst, '.')
			dst = append(dst, d[1:]...)
		}
		dst = append(dst, 'e')
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		return strconv.AppendInt(dst, int64(exp), 10)
	case exp < 0:
		dst = append(dst, '0', '.')
		for range -exp - 1 {
			dst = append(dst, '0')
		}
		return append(dst, d...)
	case nd <= exp+1:
		dst = append(dst, d...)
		for range exp + 1 - nd {
			dst = append(dst, '0')
		}
		return dst
	default:
		dst = append(dst, d[:exp+1]...)
		dst = append(dst, '.')
		return append(dst, d[exp+1:]...)
	}
}

// appendFloatBinary parses a float as float4in/float8in do: decimal
// notation, Infinity, -Infinity, inf and NaN in any case, surrounding
// spaces; out of range (including underflow to zero) is an error.
func (c Codec) appendFloatBinary(dst, text []byte) ([]byte, error) {
	s := bytes.TrimSpace(text)
	bits := 64
	if c.kind == kindFloat4 {
		bits = 32
	}
	if bytes.IndexByte(s, '_') >= 0 { // strconv takes them in hex floats; strtod does not
		return dst, c.errorf(false, "invalid input syntax")
	}
	f, err := strconv.ParseFloat(string(s), bits)
	if err != nil {
		return dst, c.parseErr(err)
	}
	if f == 0 && !zeroText(s) {
		return dst, c.errorf(false, "value out of range: underflow")
	}
	if math.IsInf(f, 0) && !infText(s) {
		return dst, c.errorf(false, "value out of range: overflow")
	}
	if bits == 32 {
		b := math.Float32bits(float32(f))
		if math.IsNaN(f) {
			b = 0x7fc00000
		}
		return binary.BigEndian.AppendUint32(dst, b), nil
	}
	b := math.Float64bits(f)
	if math.IsNaN(f) {
		b = 0x7ff8000000000000
	}
	return binary.BigEndian.AppendUint64(dst, b), nil
}

// zeroText reports whether a decimal float literal has only zero digits in
// its mantissa.
func zeroText(s []byte) bool {
	for _, b := range s {
		switch {
		case b == 'e' || b == 'E':
			return true
		case b >= '1' && b <= '9':
			return false
		}
	}
	return true
}

func infText(s []byte) bool {
	s = bytes.TrimLeft(s, "+-")
	return len(s) > 0 && (s[0] == 'i' || s[0] == 'I')
}

// parseBool accepts what boolin does: true/false, yes/no, on/off, 1/0 and
// unique prefixes, in any case, with surrounding spaces.
func parseBool(text []byte) (bool, bool) {
	s := bytes.ToLower(bytes.TrimSpace(text))
	if len(s) == 0 {
		return false, false
	}
	prefix := func(word string, minLen int) bool {
		return len(s) >= minLen && len(s) <= len(word) && string(s) == word[:len(s)]
	}
	switch s[0] {
	case 't':
		return true, prefix("true", 1)
	case 'y':
		return true, prefix("yes", 1)
	case 'f':
		return false, prefix("false", 1)
	case 'n':
		return false, prefix("no", 1)
	case 'o':
		if prefix("on", 2) {
			return true, true
		}
		return false, prefix("off", 2)
	case '1':
		return true, len(s) == 1
	case '0':
		return false, len(s) == 1
	}
	return false, false
}

func appendUUID(dst, src []byte) []byte {
	for i, b := range src {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			dst = append(dst, '-')
		}
		dst = append(dst, hexDigits[b>>4], hexDigits[b&15])
	}
	return dst
}

// appendUUIDBinary parses a uuid as uuid_in does: 32 hex digits in any case,
// optionally in braces, with an optional hyphen after any group of four.
func appendUUIDBinary(dst, text []byte) ([]byte, int, string) {
	s := text
	i := 0
	braces := len(s) > 0 && s[0] == '{'
	if braces {
		i++
	}
	for k := range 16 {
		if i+1 >= len(s) || hexVal(s[i]) < 0 || hexVal(s[i+1]) < 0 {
			return dst, i, "invalid uuid"
		}
		dst = append(dst, byte(hexVal(s[i])<<4|hexVal(s[i+1])))
		i += 2
		if k%2 == 1 && k < 15 && i < len(s) && s[i] == '-' {
			i++
		}
	}
	if braces {
		if i >= len(s) || s[i] != '}' {
			return dst, i, "invalid uuid"
		}
		i++
	}
	if i != len(s) {
		return dst, i, "invalid uuid"
	}
	return dst, 0, ""
}

// appendByteaBinary parses bytea text: the hex format (\x, pairs of hex
// digits, spaces allowed between pairs) or the escape format (\\ for a
// backslash, \ooo for a byte, other bytes as is).
func appendByteaBinary(dst, text []byte) ([]byte, int, string) {
	if len(text) >= 2 && text[0] == '\\' && text[1] == 'x' {
		for i := 2; i < len(text); {
			c := text[i]
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			if hexVal(c) < 0 {
				return dst, i, "invalid hexadecimal digit"
			}
			if i+1 >= len(text) {
				return dst, i, "odd number of hexadecimal digits"
			}
			if hexVal(text[i+1]) < 0 {
				return dst, i + 1, "invalid hexadecimal digit"
			}
			dst = append(dst, byte(hexVal(c)<<4|hexVal(text[i+1])))
			i += 2
		}
		return dst, 0, ""
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c != '\\' {
			dst = append(dst, c)
			i++
			continue
		}
		switch {
		case i+1 < len(text) && text[i+1] == '\\':
			dst = append(dst, '\\')
			i += 2
		case i+3 < len(text) && text[i+1] >= '0' && text[i+1] <= '3' &&
			text[i+2] >= '0' && text[i+2] <= '7' && text[i+3] >= '0' && text[i+3] <= '7':
			dst = append(dst, (text[i+1]-'0')<<6|(text[i+2]-'0')<<3|(text[i+3]-'0'))
			i += 4
		default:
			return dst, i, "invalid escape"
		}
	}
	return dst, 0, ""
}

// appendMacBinary parses a MAC address: hex digits in any case, with ':',
// '-' or '.' separators anywhere between pairs. A macaddr8 also accepts a
// 6-byte address, widened with ff:fe in the middle as macaddr8_in does.
func appendMacBinary(dst, text []byte, eight bool) ([]byte, int, string) {
	var b [8]byte
	n := 0
	s := bytes.TrimSpace(text)
	for i := 0; i < len(s); {
		c := s[i]
		if (c == ':' || c == '-' || c == '.') && i > 0 && i+1 < len(s) {
			i++
			continue
		}
		if i+1 >= len(s) || hexVal(c) < 0 || hexVal(s[i+1]) < 0 || n == len(b) {
			return dst, i, "invalid MAC address"
		}
		b[n] = byte(hexVal(c)<<4 | hexVal(s[i+1]))
		n++
		i += 2
	}
	switch {
	case n == 6 && !eight:
		return append(dst, b[:6]...), 0, ""
	case n == 6 && eight:
		return append(dst, b[0], b[1], b[2], 0xff, 0xfe, b[3], b[4], b[5]), 0, ""
	case n == 8 && eight:
		return append(dst, b[:8]...), 0, ""
	}
	return dst, len(s), "invalid MAC address length"
}
