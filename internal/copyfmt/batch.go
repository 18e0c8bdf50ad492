package copyfmt

import (
	"fmt"
	"io"
)

// batch is a fixed-size write buffer: bytes go to w only when the buffer is
// full (or on flush), and a piece larger than the buffer goes straight to w
// after what is buffered. Errors are sticky.
type batch struct {
	w   io.Writer
	buf []byte // len: pending bytes; cap: batch size
	err error
}

func newBatch(w io.Writer, size int) batch {
	return batch{w: w, buf: make([]byte, 0, size)}
}

// avail is the free room in the buffer.
func (b *batch) avail() int { return cap(b.buf) - len(b.buf) }

// write buffers p, flushing first when it does not fit.
func (b *batch) write(p []byte) {
	if len(p) <= b.avail() {
		b.buf = append(b.buf, p...)
		return
	}
	b.flush()
	if len(p) < cap(b.buf) {
		b.buf = append(b.buf, p...)
		return
	}
	if b.err == nil {
		b.writeOut(p)
	}
}

// writeByte buffers one byte.
func (b *batch) writeByte(c byte) {
	if b.avail() == 0 {
		b.flush()
	}
	b.buf = append(b.buf, c)
}

// reserve makes room in the buffer for n more bytes (n <= cap), so the
// caller can append them.
func (b *batch) reserve(n int) {
	if n > b.avail() {
		b.flush()
	}
}

func (b *batch) flush() {
	if len(b.buf) == 0 || b.err != nil {
		b.buf = b.buf[:0]
		return
	}
	b.writeOut(b.buf)
	b.buf = b.buf[:0]
}

func (b *batch) writeOut(p []byte) {
	n, err := b.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		b.err = fmt.Errorf("copyfmt: write: %w", err)
	}
}

// rowWriter is what both writers share: the settings, the batch, the field
// count rows must have and whether Close was called.
type rowWriter struct {
	s      settings
	b      batch
	fields int // fields per row: 0 (text) or -1 (binary) until the first row
	closed bool
}

func newRowWriter(w io.Writer, s settings, fields int) rowWriter {
	return rowWriter{s: s, b: newBatch(w, s.bufSize), fields: fields}
}

// newline ends a text row.
var newline = []byte{'\n'}

// writeRow writes a row as a reader of the writer's format returned it:
// the bytes it was read as, then end, except that writeField writes each
// field set since (Row.Set, Row.SetNull) in place of the bytes of the
// field it replaces, and of the lead bytes before them (the length of a
// binary field). A row without replacements is one copy.
func (rw *rowWriter) writeRow(row *Row, lead int32, end []byte, writeField func(Field) error) error {
	b := &rw.b
	if row.nrepl == 0 {
		if len(row.line)+len(end) <= b.avail() {
			b.buf = append(append(b.buf, row.line...), end...)
			return b.err
		}
		b.write(row.line)
		b.write(end)
		return b.err
	}
	pos := 0 // row.line[pos:] is not written yet
	for i, f := range row.repl {
		if f.Kind == 0 {
			continue
		}
		sp := row.spans[i]
		b.write(row.line[pos : sp.start-lead])
		if err := writeField(f); err != nil {
			return err
		}
		pos = int(sp.end)
	}
	b.write(row.line[pos:])
	b.write(end)
	return b.err
}

// Flush writes the batch to the underlying writer.
func (rw *rowWriter) Flush() error {
	rw.b.flush()
	return rw.b.err
}
