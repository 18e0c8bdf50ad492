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

// Flush writes the batch to the underlying writer.
func (rw *rowWriter) Flush() error {
	rw.b.flush()
	return rw.b.err
}
