package copyfmt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// TextReader reads PostgreSQL's text COPY format.
type TextReader struct {
	rowReader
	scan   int // buf[r:r+scan] is known to hold no row terminator
	fields int // expected field count, 0 until known
}

// NewTextReader returns a reader of the text COPY stream r.
func NewTextReader(r io.Reader, cfg *Config) (*TextReader, error) {
	s, err := cfg.settings()
	if err != nil {
		return nil, err
	}
	return &TextReader{rowReader: newRowReader(r, s, Row{format: Text, delim: s.delim, null: s.null}), fields: s.fields}, nil
}

// Format is Text.
func (t *TextReader) Format() Format { return Text }

// Next returns the next row, or io.EOF after the last one (or after a \.
// end marker). The row is valid until the next call.
func (t *TextReader) Next() (*Row, error) {
	if t.err != nil {
		return nil, t.err
	}
	for {
		if end, ok := t.lineEnd(); ok {
			if end-t.r > t.s.maxRow {
				return t.fail(t.syntax(int64(end), fmt.Sprintf("row is longer than %d bytes", t.s.maxRow), ErrRowTooLong))
			}
			if err := t.parse(t.buf[t.r:end:end]); err != nil {
				return t.fail(err)
			}
			t.r = end + 1
			return &t.row, nil
		}
		if t.eof {
			if t.r == t.w {
				t.err = io.EOF
				return nil, io.EOF
			}
			// A last row without its newline, which COPY FROM accepts.
			line := t.buf[t.r:t.w:t.w]
			if len(line) > t.s.maxRow {
				return t.fail(t.syntax(int64(t.w), fmt.Sprintf("row is longer than %d bytes", t.s.maxRow), ErrRowTooLong))
			}
			if oddBackslashes(line) {
				return t.fail(t.syntax(int64(t.w), "incomplete escape: backslash at end of data", io.ErrUnexpectedEOF))
			}
			if err := t.parse(line); err != nil {
				return t.fail(err)
			}
			t.r, t.scan = t.w, 0
			return &t.row, nil
		}
		if err := t.fill(); err != nil {
			return t.fail(err)
		}
	}
}

// syntax returns a SyntaxError for the row being read, at buffer index i.
func (t *TextReader) syntax(i int64, msg string, err error) error {
	return &SyntaxError{Format: Text, Row: t.row.num + 1, Offset: t.base + i, Msg: msg, Err: err}
}

// lineEnd finds the newline ending the row at t.r: the first one not
// escaped by a backslash.
func (t *TextReader) lineEnd() (int, bool) {
	for {
		from := t.r + t.scan
		j := bytes.IndexByte(t.buf[from:t.w], '\n')
		if j < 0 {
			t.scan = t.w - t.r
			return 0, false
		}
		i := from + j
		if i > t.r && t.buf[i-1] == '\\' && oddBackslashes(t.buf[t.r:i]) {
			t.scan = i + 1 - t.r // backslash-newline: a newline in the data
			continue
		}
		t.scan = 0
		return i, true
	}
}

// oddBackslashes reports whether b ends with an odd run of backslashes, so
// that its last backslash escapes the byte that follows. A run starts after
// a byte that is not a backslash, which cannot be the first half of an
// escape pair reaching into the run, so backslashes pair from its start.
func oddBackslashes(b []byte) bool {
	n := 0
	for i := len(b) - 1; i >= 0 && b[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// fill reads more of the stream; see inbuf.fill.
func (t *TextReader) fill() error {
	err := t.inbuf.fill(t.s.maxRow+1, 0)
	if err == io.EOF {
		return nil
	}
	if err == ErrRowTooLong {
		return t.syntax(int64(t.w), fmt.Sprintf("row is longer than %d bytes", t.s.maxRow), ErrRowTooLong)
	}
	return err
}

// rowReader is what both readers share: the input buffer, the settings,
// the row they fill and the error that stops them.
type rowReader struct {
	inbuf
	s   settings
	row Row
	err error
}

func newRowReader(r io.Reader, s settings, row Row) rowReader {
	return rowReader{inbuf: inbuf{src: r, size: s.bufSize, buf: make([]byte, s.bufSize)}, s: s, row: row}
}

// Offset is the number of stream bytes consumed through the last row.
func (rr *rowReader) Offset() int64 { return rr.base + int64(rr.r) }

// fail makes err the reader's error, returned by every later Next.
func (rr *rowReader) fail(err error) (*Row, error) {
	rr.err = err
	return nil, err
}

// inbuf is the input buffer of both readers.
type inbuf struct {
	src  io.Reader
	size int // initial size
	buf  []byte
	r, w int   // buf[r:w] is unread
	base int64 // stream offset of buf[0]
	eof  bool
}

// fill reads more of the stream, keeping buf[r:w]: it moves the partial row
// to the front, grows a full buffer (doubling, up to limit bytes), and
// shrinks a grown buffer once the long rows are past and the caller needs
// no more than need bytes. It returns io.EOF at the end of the stream (with
// no bytes added), and ErrRowTooLong when buf[r:w] fills limit bytes.
func (in *inbuf) fill(limit, need int) error {
	if in.eof {
		return io.EOF
	}
	if in.r > 0 {
		if len(in.buf) > 4*in.size && in.w-in.r <= in.size/2 && need <= in.size {
			nb := make([]byte, in.size)
			copy(nb, in.buf[in.r:in.w])
			in.buf = nb
		} else {
			copy(in.buf, in.buf[in.r:in.w])
		}
		in.base += int64(in.r)
		in.w -= in.r
		in.r = 0
	}
	if in.w == len(in.buf) {
		if len(in.buf) >= limit {
			return ErrRowTooLong
		}
		nb := make([]byte, min(2*len(in.buf), limit))
		copy(nb, in.buf[:in.w])
		in.buf = nb
	}
	for range 100 {
		n, err := in.src.Read(in.buf[in.w:])
		if n < 0 || n > len(in.buf)-in.w {
			return errors.New("copyfmt: read: invalid count from io.Reader")
		}
		in.w += n
		if err == io.EOF {
			in.eof = true
			if n > 0 {
				return nil
			}
			return io.EOF
		}
		if err != nil {
			return fmt.Errorf("copyfmt: read: %w", err)
		}
		if n > 0 {
			return nil
		}
	}
	return fmt.Errorf("copyfmt: read: %w", io.ErrNoProgress)
}

// parse splits line (the row at t.r, without its newline) into t.row.
func (t *TextReader) parse(line []byte) error {
	row := &t.row
	if len(line) == 2 && line[0] == '\\' && line[1] == '.' {
		return io.EOF // anything after the end marker is ignored, as COPY FROM does
	}
	if i := bytes.IndexByte(line, '\r'); i >= 0 {
		return t.syntax(int64(t.r+i), `unescaped carriage return (PostgreSQL writes it as \r)`, nil)
	}
	row.reset()
	row.line = line
	max := t.fields
	if max == 0 {
		max = MaxFields
	}
	spans := row.spans[:cap(row.spans)]
	n := 0
	d := t.s.delim
	start := 0
	for {
		end := -1
		for from := start; ; {
			j := bytes.IndexByte(line[from:], d)
			if j < 0 {
				break
			}
			p := from + j
			if p > start && line[p-1] == '\\' && oddBackslashes(line[start:p]) {
				from = p + 1 // an escaped delimiter is data
				continue
			}
			end = p
			break
		}
		if n == max {
			return t.syntax(int64(t.r+start), fmt.Sprintf("more than %d fields", max), nil)
		}
		if end < 0 {
			end = len(line)
		}
		null := end-start == len(t.s.null) && string(line[start:end]) == t.s.null
		if n == len(spans) {
			spans = append(spans, span{})
			spans = spans[:cap(spans)]
		}
		spans[n] = span{start: int32(start), end: int32(end), null: null}
		n++
		if end == len(line) {
			break
		}
		start = end + 1
	}
	row.spans = spans[:n]
	if t.fields == 0 {
		t.fields = n
	} else if n != t.fields {
		return t.syntax(int64(t.r+len(line)), fmt.Sprintf("%d fields, expected %d", n, t.fields), nil)
	}
	row.finish()
	row.num++
	return nil
}

// Unescape appends the value of a text-format field (its wire form) to dst,
// undoing the escapes of PostgreSQL's text COPY format: \b \f \n \r \t \v,
// \NNN octal (one to three digits), \xHH hex (one or two digits), and \c for
// any other byte c. A field never fails to unescape; a lone trailing
// backslash (which a TextReader never yields) is kept. Unescape does not
// check for the NULL string: see Row.Null.
func Unescape(dst, field []byte) []byte {
	for {
		i := bytes.IndexByte(field, '\\')
		if i < 0 || i == len(field)-1 {
			return append(dst, field...)
		}
		dst = append(dst, field[:i]...)
		c := field[i+1]
		field = field[i+2:]
		switch c {
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		case 'v':
			c = '\v'
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := c - '0'
			for k := 0; k < 2 && len(field) > 0 && field[0] >= '0' && field[0] <= '7'; k++ {
				v = v<<3 + (field[0] - '0') // wraps like PostgreSQL's val & 0377
				field = field[1:]
			}
			c = v
		case 'x':
			if len(field) > 0 && hexVal(field[0]) >= 0 {
				v := byte(hexVal(field[0]))
				field = field[1:]
				if len(field) > 0 && hexVal(field[0]) >= 0 {
					v = v<<4 | byte(hexVal(field[0]))
					field = field[1:]
				}
				c = v
			}
		}
		dst = append(dst, c)
	}
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// escapes maps a byte to the byte written after a backslash for it, or 0
// when the byte is written as is.
type escapes struct {
	letter [256]byte
	delim  uint64 // the delimiter in every byte of a word
}

func newEscapes(delim byte) *escapes {
	var e escapes
	for _, p := range escapeLetters {
		e.letter[p[0]] = p[1]
	}
	e.letter['\\'] = '\\'
	if e.letter[delim] == 0 {
		e.letter[delim] = delim
	}
	e.delim = lows * uint64(delim)
	return &e
}

const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plain reports whether none of the 8 bytes in x may need an escape: none
// is a control character, a backslash or the delimiter.
func (e *escapes) plain(x uint64) bool {
	hasZero := func(v uint64) uint64 { return (v - lows) &^ v & highs }
	return (x-lows*0x20)&^x&highs|hasZero(x^(lows*'\\'))|hasZero(x^e.delim) == 0
}

// tabEscapes is the table for the default delimiter.
var tabEscapes = newEscapes('\t')

// AppendEscaped appends value escaped for a tab-delimited text COPY stream
// to dst, as PostgreSQL's COPY TO writes it: backspace, form feed, newline,
// carriage return, tab and vertical tab as \b \f \n \r \t \v, a backslash
// as \\, every other byte as is. Unescape undoes it. A TextWriter escapes
// for its own delimiter.
func AppendEscaped(dst, value []byte) []byte { return tabEscapes.append(dst, value) }

func (e *escapes) append(dst, value []byte) []byte {
	start := 0
	for i := 0; i < len(value); {
		if i+8 <= len(value) && e.plain(binary.LittleEndian.Uint64(value[i:])) {
			i += 8
			continue
		}
		if x := e.letter[value[i]]; x != 0 {
			dst = append(dst, value[start:i]...)
			dst = append(dst, '\\', x)
			start = i + 1
		}
		i++
	}
	return append(dst, value[start:]...)
}

// TextWriter writes PostgreSQL's text COPY format.
type TextWriter struct {
	rowWriter
	esc  *escapes
	null []byte
}

// NewTextWriter returns a writer of a text COPY stream to w.
func NewTextWriter(w io.Writer, cfg *Config) (*TextWriter, error) {
	s, err := cfg.settings()
	if err != nil {
		return nil, err
	}
	esc := tabEscapes
	if s.delim != '\t' {
		esc = newEscapes(s.delim)
	}
	return &TextWriter{rowWriter: newRowWriter(w, s, s.fields), esc: esc, null: []byte(s.null)}, nil
}

// Format is Text.
func (t *TextWriter) Format() Format { return Text }

// WriteRow writes row, which a TextReader with the same delimiter and NULL
// string returned. A row without replacements is one copy.
func (t *TextWriter) WriteRow(row *Row) error {
	if err := t.check(len(row.spans)); err != nil {
		return err
	}
	if row.format != Text || row.delim != t.s.delim || row.null != t.s.null {
		return fmt.Errorf("copyfmt: text writer: row %d comes from a %s reader with other options", row.num, row.format)
	}
	return t.writeRow(row, 0, newline, func(f Field) error {
		t.writeField(f)
		return nil
	})
}

// WriteFields writes one row: KindRaw fields must be escaped text for this
// writer's delimiter.
func (t *TextWriter) WriteFields(fields ...Field) error {
	if err := t.check(len(fields)); err != nil {
		return err
	}
	for i, f := range fields {
		if f.Kind == 0 || f.Kind > KindNull {
			return errFieldKind
		}
		if i > 0 {
			t.b.writeByte(t.s.delim)
		}
		t.writeField(f)
	}
	t.b.writeByte('\n')
	return t.b.err
}

func (t *TextWriter) check(n int) error {
	if t.b.err != nil {
		return t.b.err
	}
	if t.closed {
		return errors.New("copyfmt: text writer: write after Close")
	}
	if t.fields == 0 {
		if n == 0 {
			return errors.New("copyfmt: text writer: a text row needs at least one field")
		}
		t.fields = n
	} else if n != t.fields {
		return fmt.Errorf("copyfmt: text writer: row has %d fields, expected %d", n, t.fields)
	}
	return nil
}

func (t *TextWriter) writeField(f Field) {
	switch f.Kind {
	case KindRaw:
		t.b.write(f.Bytes)
	case KindNull:
		t.b.write(t.null)
	case KindValue:
		t.writeEscaped(f.Bytes)
	}
}

// writeEscaped escapes v into the batch in chunks, so a value of any size
// needs no more memory than the batch.
func (t *TextWriter) writeEscaped(v []byte) {
	b := &t.b
	for {
		if 2*len(v) <= b.avail() {
			b.buf = t.esc.append(b.buf, v)
			return
		}
		if b.avail() < 64 {
			b.flush()
			continue
		}
		n := b.avail() / 2
		b.buf = t.esc.append(b.buf, v[:n])
		v = v[n:]
		if b.err != nil {
			return
		}
	}
}

// Close flushes. A text stream needs no end marker over the COPY protocol,
// so none is written. Close does not close the underlying writer.
func (t *TextWriter) Close() error {
	t.closed = true
	return t.Flush()
}
