package copyfmt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// signature opens every binary COPY stream.
const signature = "PGCOPY\n\xff\r\n\x00"

// header is the signature, no flags and no header extension: what
// PostgreSQL writes.
const header = signature + "\x00\x00\x00\x00" + "\x00\x00\x00\x00"

const (
	flagOIDs     = 1 << 16 // WITH OIDS, gone since PostgreSQL 12
	flagCritical = 0xFFFF  // bits 0-15: a reader must abort on an unknown one
)

// BinaryReader reads PostgreSQL's binary COPY format.
type BinaryReader struct {
	rowReader
	header bool
	fields int // expected field count, -1 until known
}

// NewBinaryReader returns a reader of the binary COPY stream r. The header
// is read and checked by the first Next.
func NewBinaryReader(r io.Reader, cfg *Config) (*BinaryReader, error) {
	s, err := cfg.settings()
	if err != nil {
		return nil, err
	}
	b := &BinaryReader{rowReader: newRowReader(r, s, Row{format: Binary}), fields: -1}
	if s.fields > 0 {
		b.fields = s.fields
	}
	return b, nil
}

// Format is Binary.
func (b *BinaryReader) Format() Format { return Binary }

func (b *BinaryReader) syntax(at int, msg string, err error) error {
	row := b.row.num + 1
	if !b.header {
		row = 0
	}
	return &SyntaxError{Format: Binary, Row: row, Offset: b.base + int64(at), Msg: msg, Err: err}
}

// more reads until buf[r:r+n] is available. It grows the buffer only as
// data arrives, so a hostile length costs no more memory than the bytes
// actually sent.
func (b *BinaryReader) more(n int) error {
	for b.w-b.r < n {
		if err := b.fill(max(n, b.size), n); err != nil {
			if err == io.EOF {
				return io.ErrUnexpectedEOF
			}
			return err
		}
	}
	return nil
}

// Next returns the next row, or io.EOF after the trailer, once it has
// checked that the stream ends there (it reads the underlying io.Reader to
// its end). The row is valid until the next call.
func (b *BinaryReader) Next() (*Row, error) {
	if b.err != nil {
		return nil, b.err
	}
	if !b.header {
		if err := b.readHeader(); err != nil {
			return b.fail(err)
		}
	}
	if b.w-b.r < 2 {
		if err := b.more(2); err != nil {
			if err == io.ErrUnexpectedEOF {
				return b.fail(b.syntax(b.w, "stream ends without the trailer", err))
			}
			return b.fail(err)
		}
	}
	count := int(int16(binary.BigEndian.Uint16(b.buf[b.r:])))
	if count == -1 {
		return b.fail(b.trailer())
	}
	if count < 0 {
		return b.fail(b.syntax(b.r, fmt.Sprintf("negative field count %d", count), nil))
	}
	if b.fields < 0 {
		b.fields = count
	} else if count != b.fields {
		return b.fail(b.syntax(b.r, fmt.Sprintf("%d fields, expected %d", count, b.fields), nil))
	}
	row := &b.row
	row.reset()
	spans := row.spans[:0]
	p := 2 // offset in the row
	for range count {
		if b.w-b.r < p+4 {
			if err := b.more(p + 4); err != nil {
				return b.fail(b.rowErr(p, err))
			}
		}
		n := int32(binary.BigEndian.Uint32(b.buf[b.r+p:]))
		p += 4
		if n == -1 {
			spans = append(spans, span{start: int32(p), end: int32(p), null: true})
			continue
		}
		if n < 0 {
			return b.fail(b.syntax(b.r+p-4, fmt.Sprintf("field %d has negative length %d", len(spans)+1, n), nil))
		}
		if int64(p)+int64(n) > int64(b.s.maxRow) {
			return b.fail(b.syntax(b.r+p-4, fmt.Sprintf("field %d of %d bytes makes the row longer than %d bytes", len(spans)+1, n, b.s.maxRow), ErrRowTooLong))
		}
		spans = append(spans, span{start: int32(p), end: int32(p) + n})
		p += int(n)
		if b.w-b.r < p {
			if err := b.more(p); err != nil {
				return b.fail(b.rowErr(p, err))
			}
		}
	}
	row.spans = spans
	row.line = b.buf[b.r : b.r+p : b.r+p]
	row.finish()
	row.num++
	b.r += p
	return row, nil
}

// rowErr reports a failure to read p bytes of the current row.
func (b *BinaryReader) rowErr(p int, err error) error {
	if err == io.ErrUnexpectedEOF {
		return b.syntax(b.w, fmt.Sprintf("stream ends inside a row (%d bytes of %d or more)", b.w-b.r, p), err)
	}
	return err
}

func (b *BinaryReader) readHeader() error {
	if err := b.more(len(header)); err != nil {
		if err == io.ErrUnexpectedEOF {
			return b.syntax(b.w, fmt.Sprintf("stream ends after %d bytes, inside the header", b.w-b.r), err)
		}
		return err
	}
	h := b.buf[b.r:]
	if string(h[:len(signature)]) != signature {
		return b.syntax(b.r, "no binary COPY signature (is this a text stream?)", nil)
	}
	flags := binary.BigEndian.Uint32(h[len(signature):])
	if flags&flagOIDs != 0 {
		return b.syntax(b.r+len(signature), "OIDs flag set: WITH OIDS streams are not supported", nil)
	}
	if flags&flagCritical != 0 {
		return b.syntax(b.r+len(signature), fmt.Sprintf("unknown critical flags %#04x", flags&flagCritical), nil)
	}
	ext := int32(binary.BigEndian.Uint32(h[len(signature)+4:]))
	if ext < 0 || int64(ext) > int64(b.s.maxRow) {
		return b.syntax(b.r+len(signature)+4, fmt.Sprintf("header extension length %d out of range", ext), nil)
	}
	n := len(header) + int(ext)
	if err := b.more(n); err != nil {
		if err == io.ErrUnexpectedEOF {
			return b.syntax(b.w, "stream ends inside the header extension", err)
		}
		return err
	}
	b.r += n
	b.header = true
	return nil
}

// trailer consumes the trailer and checks that nothing follows it.
func (b *BinaryReader) trailer() error {
	b.r += 2
	if b.w == b.r && !b.eof {
		if err := b.more(1); err != nil && err != io.ErrUnexpectedEOF {
			return err
		}
	}
	if b.w > b.r {
		return b.syntax(b.r, fmt.Sprintf("data after the trailer (%d bytes or more)", b.w-b.r), nil)
	}
	return io.EOF
}

// BinaryWriter writes PostgreSQL's binary COPY format: the header before
// the first row, the trailer on Close.
type BinaryWriter struct {
	rowWriter
	header bool
}

// NewBinaryWriter returns a writer of a binary COPY stream to w.
func NewBinaryWriter(w io.Writer, cfg *Config) (*BinaryWriter, error) {
	s, err := cfg.settings()
	if err != nil {
		return nil, err
	}
	fields := -1 // until the first row
	if s.fields > 0 {
		fields = s.fields
	}
	return &BinaryWriter{rowWriter: newRowWriter(w, s, fields)}, nil
}

// Format is Binary.
func (w *BinaryWriter) Format() Format { return Binary }

func (w *BinaryWriter) start(n int) error {
	if w.b.err != nil {
		return w.b.err
	}
	if w.closed {
		return errors.New("copyfmt: binary writer: write after Close")
	}
	if w.fields < 0 {
		if n > MaxFields {
			return fmt.Errorf("copyfmt: binary writer: %d fields, at most %d", n, MaxFields)
		}
		w.fields = n
	} else if n != w.fields {
		return fmt.Errorf("copyfmt: binary writer: row has %d fields, expected %d", n, w.fields)
	}
	if !w.header {
		w.b.write([]byte(header))
		w.header = true
	}
	return nil
}

// WriteRow writes row, which a BinaryReader returned. A row without
// replacements is one copy.
func (w *BinaryWriter) WriteRow(row *Row) error {
	if row.format != Binary {
		return fmt.Errorf("copyfmt: binary writer: row %d comes from a %s reader", row.num, row.format)
	}
	if err := w.start(len(row.spans)); err != nil {
		return err
	}
	return w.writeRow(row, 4, nil, w.writeField)
}

// WriteFields writes one row. KindRaw and KindValue fields are both binary
// values.
func (w *BinaryWriter) WriteFields(fields ...Field) error {
	for _, f := range fields {
		if f.Kind == 0 || f.Kind > KindNull {
			return errFieldKind
		}
		if len(f.Bytes) > math.MaxInt32 {
			return fmt.Errorf("copyfmt: binary writer: field of %d bytes is too long", len(f.Bytes))
		}
	}
	if err := w.start(len(fields)); err != nil {
		return err
	}
	w.b.reserve(2)
	w.b.buf = binary.BigEndian.AppendUint16(w.b.buf, uint16(len(fields)))
	for _, f := range fields {
		if err := w.writeField(f); err != nil {
			return err
		}
	}
	return w.b.err
}

func (w *BinaryWriter) writeField(f Field) error {
	b := &w.b
	b.reserve(4)
	if f.Kind == KindNull {
		b.buf = binary.BigEndian.AppendUint32(b.buf, math.MaxUint32)
		return nil
	}
	if len(f.Bytes) > math.MaxInt32 {
		return fmt.Errorf("copyfmt: binary writer: field of %d bytes is too long", len(f.Bytes))
	}
	b.buf = binary.BigEndian.AppendUint32(b.buf, uint32(len(f.Bytes)))
	b.write(f.Bytes)
	return nil
}

// Close writes the header if no row did, the trailer, and flushes. It does
// not close the underlying writer; a second Close does nothing.
func (w *BinaryWriter) Close() error {
	if w.closed || w.b.err != nil {
		return w.b.err
	}
	if !w.header {
		w.b.write([]byte(header))
		w.header = true
	}
	w.b.write([]byte{0xff, 0xff})
	w.closed = true
	return w.Flush()
}
