package copyfmt

import (
	"errors"
	"fmt"
	"io"
)

// Reader yields the rows of a COPY ... TO STDOUT stream one at a time.
// TextReader and BinaryReader implement it.
type Reader interface {
	// Next returns the next row, or io.EOF after the last one. The row and
	// its bytes are valid until the next call. After an error other than
	// io.EOF, every call returns the same error.
	Next() (*Row, error)
	// Format is the format of the stream.
	Format() Format
	// Offset is the number of stream bytes consumed through the end of the
	// last row returned, for progress reporting.
	Offset() int64
}

// Writer writes a COPY ... FROM STDIN stream into a batch buffer that goes to
// the underlying io.Writer only when full, or on Flush and Close. TextWriter
// and BinaryWriter implement it.
type Writer interface {
	// WriteRow writes a row read by a Reader of the same format and
	// options: untouched fields are copied as wire bytes, fields replaced
	// with Row.Set or Row.SetNull are encoded.
	WriteRow(row *Row) error
	// WriteFields writes one row made of the given fields.
	WriteFields(fields ...Field) error
	// Flush hands the batch to the underlying io.Writer.
	Flush() error
	// Close ends the stream (the binary trailer) and flushes. It does not
	// close the underlying io.Writer.
	Close() error
	// Format is the format of the stream.
	Format() Format
}

// NewReader returns a TextReader or a BinaryReader.
func NewReader(r io.Reader, f Format, cfg *Config) (Reader, error) {
	switch f {
	case Text:
		return NewTextReader(r, cfg)
	case Binary:
		return NewBinaryReader(r, cfg)
	}
	return nil, fmt.Errorf("copyfmt: unknown format %d", uint8(f))
}

// NewWriter returns a TextWriter or a BinaryWriter.
func NewWriter(w io.Writer, f Format, cfg *Config) (Writer, error) {
	switch f {
	case Text:
		return NewTextWriter(w, cfg)
	case Binary:
		return NewBinaryWriter(w, cfg)
	}
	return nil, fmt.Errorf("copyfmt: unknown format %d", uint8(f))
}

// FieldKind says how a writer treats a Field.
type FieldKind uint8

// The field kinds. The zero FieldKind is invalid.
const (
	// KindRaw fields hold wire bytes of the writer's format, copied
	// verbatim: escaped text for text streams, the value for binary ones.
	KindRaw FieldKind = iota + 1
	// KindValue fields hold a value the writer encodes: text writers escape
	// it; binary writers write it (a binary value) after its length.
	KindValue
	// KindNull fields are NULL; Bytes is ignored.
	KindNull
)

// Field is one field to write.
type Field struct {
	Kind  FieldKind
	Bytes []byte
}

// Raw returns a field written verbatim (see KindRaw).
func Raw(b []byte) Field { return Field{Kind: KindRaw, Bytes: b} }

// Value returns a field the writer encodes (see KindValue).
func Value(b []byte) Field { return Field{Kind: KindValue, Bytes: b} }

// Null returns a NULL field.
func Null() Field { return Field{Kind: KindNull} }

// Row is one row of a COPY stream, owned by the Reader that returned it.
// Fields are sub-slices of the reader's buffer, in wire form, so passing a
// row through is a copy of bytes.
type Row struct {
	format Format
	delim  byte   // text: the reader's delimiter
	null   string // text: the reader's NULL string
	num    int64

	line  []byte  // the row's wire bytes: text without its newline, binary from the field count
	spans []span  // the fields as read, in line
	repl  []Field // replacements by Set/SetNull; Kind 0 means none
	nrepl int
}

// span locates a field's value bytes in Row.line: its escaped text, or its
// binary value (after the 4-byte length at start-4). It has no pointers, so
// filling spans costs no write barriers.
type span struct {
	start, end int32
	null       bool
}

// Len is the number of fields.
func (r *Row) Len() int { return len(r.spans) }

// Number is the 1-based position of the row in its stream.
func (r *Row) Number() int64 { return r.num }

// Format is the format of the stream the row was read from.
func (r *Row) Format() Format { return r.format }

// Raw returns the wire bytes of field i as read: escaped text in a text
// stream (the NULL string for NULL), the value bytes in a binary stream (nil
// for NULL). Set does not change it.
func (r *Row) Raw(i int) []byte {
	s := r.spans[i]
	if s.null && r.format == Binary {
		return nil
	}
	return r.line[s.start:s.end:s.end]
}

// Null reports whether field i was NULL as read.
func (r *Row) Null(i int) bool { return r.spans[i].null }

// AppendValue appends the value of field i to dst: unescaped text in a text
// stream, the binary value in a binary stream (see BinaryToText). A NULL
// field appends nothing; check Null first.
func (r *Row) AppendValue(dst []byte, i int) []byte {
	s := r.spans[i]
	if s.null {
		return dst
	}
	if r.format == Text {
		return Unescape(dst, r.line[s.start:s.end])
	}
	return append(dst, r.line[s.start:s.end]...)
}

// Set replaces field i for WriteRow with value: unescaped text for a text
// stream (the writer escapes it), a binary value for a binary stream (see
// TextToBinary). The row keeps value, not a copy, until the next Next.
func (r *Row) Set(i int, value []byte) { r.replace(i, Field{Kind: KindValue, Bytes: value}) }

// SetNull replaces field i with NULL for WriteRow.
func (r *Row) SetNull(i int) { r.replace(i, Field{Kind: KindNull}) }

func (r *Row) replace(i int, f Field) {
	if r.repl[i].Kind == 0 {
		r.nrepl++
	}
	r.repl[i] = f
}

// reset prepares the row for the next read.
func (r *Row) reset() {
	if r.nrepl > 0 {
		clear(r.repl)
		r.nrepl = 0
	}
}

// finish sizes repl after the fields are read.
func (r *Row) finish() {
	if cap(r.repl) < len(r.spans) {
		r.repl = make([]Field, len(r.spans))
	}
	r.repl = r.repl[:len(r.spans)]
}

// errFieldKind is returned for a Field with no kind.
var errFieldKind = errors.New("copyfmt: field has no Kind; use Raw, Value or Null")
