package copyfmt

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Format is a COPY data format.
type Format uint8

// The COPY formats. CSV is not supported: understudy chooses the format of
// both ends, and text carries everything CSV does.
const (
	Text   Format = iota // PostgreSQL's default text format
	Binary               // FORMAT binary
)

func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Binary:
		return "binary"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// Defaults and limits.
const (
	// DefaultBufferSize is the initial size of a reader's buffer and the size
	// of a writer's batch.
	DefaultBufferSize = 64 << 10
	// DefaultMaxRow bounds one row (1 GiB): PostgreSQL cannot produce a
	// longer COPY row (MaxAllocSize), nor a longer binary field.
	DefaultMaxRow = 1 << 30
	// MaxFields is the largest field count a row may have (int16 in the
	// binary format; PostgreSQL tables have at most 1,600 columns).
	MaxFields = 1<<15 - 1

	minBufferSize = 64
	defaultNull   = `\N`
)

// Config holds the options of readers and writers. The zero value (or a nil
// *Config) is PostgreSQL's default: tab delimiter, \N for NULL, field count
// taken from the first row, 1 GiB rows, 64 KiB buffers.
type Config struct {
	// Delimiter separates text-format fields; 0 means tab. As in
	// PostgreSQL, it must be one ASCII byte other than newline, carriage
	// return, backslash, '.', a lowercase letter or a digit. Binary streams
	// ignore it.
	Delimiter byte
	// Null is the text-format NULL string; "" means \N. It is compared with
	// the escaped (wire) form of a field, as COPY FROM does. An empty NULL
	// string cannot be configured. Binary streams ignore it.
	Null string
	// Fields is the number of fields every row must have; 0 means the first
	// row decides. A row with another count is an error.
	Fields int
	// MaxRow bounds a row in bytes as it is read (text: the line without its
	// newline; binary: the tuple); 0 means DefaultMaxRow. A binary field
	// length above it is an error before anything is allocated for it.
	MaxRow int
	// BufferSize is a reader's initial buffer (it grows for longer rows and
	// shrinks back afterwards) and a writer's batch: a writer hands bytes to
	// its io.Writer only when the batch is full, or on Flush and Close.
	// 0 means DefaultBufferSize. Values below 64 KiB are for tests: a
	// writer that writes often slows COPY FROM down.
	BufferSize int
}

// settings is a validated Config with defaults applied.
type settings struct {
	delim   byte
	null    string
	fields  int
	maxRow  int
	bufSize int
}

// escapeLetters maps the bytes PostgreSQL escapes in text COPY to the
// letter after the backslash, as CopyAttributeOutText does.
var escapeLetters = [...][2]byte{{'\b', 'b'}, {'\f', 'f'}, {'\n', 'n'}, {'\r', 'r'}, {'\t', 't'}, {'\v', 'v'}}

func (c *Config) settings() (settings, error) {
	var cfg Config
	if c != nil {
		cfg = *c
	}
	s := settings{delim: cfg.Delimiter, null: cfg.Null, fields: cfg.Fields, maxRow: cfg.MaxRow, bufSize: cfg.BufferSize}
	if s.delim == 0 {
		s.delim = '\t'
	}
	if s.null == "" {
		s.null = defaultNull
	}
	if s.maxRow == 0 {
		s.maxRow = DefaultMaxRow
	}
	if s.bufSize == 0 {
		s.bufSize = DefaultBufferSize
	}
	switch {
	case s.delim == '\n' || s.delim == '\r':
		return s, errors.New("copyfmt: Config.Delimiter: cannot be newline or carriage return; use 0 for tab")
	case s.delim >= 0x80:
		return s, errors.New("copyfmt: Config.Delimiter: must be a single-byte ASCII character; use 0 for tab")
	case strings.IndexByte(`\.abcdefghijklmnopqrstuvwxyz0123456789`, s.delim) >= 0:
		return s, fmt.Errorf("copyfmt: Config.Delimiter: %q would be read as part of an escape; use 0 for tab", s.delim)
	case strings.ContainsAny(s.null, "\r\n"):
		return s, errors.New("copyfmt: Config.Null: cannot contain newline or carriage return; use \"\" for \\N")
	case strings.IndexByte(s.null, s.delim) >= 0:
		return s, errors.New("copyfmt: Config.Null: cannot contain the delimiter; use \"\" for \\N")
	case s.fields < 0 || s.fields > MaxFields:
		return s, fmt.Errorf("copyfmt: Config.Fields: %d is out of range; use 0 (first row decides) to %d", s.fields, MaxFields)
	case s.maxRow < 0 || s.maxRow > math.MaxInt32-8:
		return s, fmt.Errorf("copyfmt: Config.MaxRow: %d is out of range; use 0 for %d", s.maxRow, DefaultMaxRow)
	case s.bufSize < minBufferSize:
		return s, fmt.Errorf("copyfmt: Config.BufferSize: %d is below %d; use 0 for %d", s.bufSize, minBufferSize, DefaultBufferSize)
	}
	return s, nil
}

// SyntaxError is a malformed COPY stream. It says where (row number and
// byte offset) and what, never which data: the stream may hold PII.
type SyntaxError struct {
	Format Format
	// Row is the 1-based number of the row being read; 0 for the binary
	// header.
	Row int64
	// Offset is the byte offset in the stream where the problem was found.
	Offset int64
	// Msg says what is wrong, in terms of lengths and offsets.
	Msg string
	// Err is an underlying cause such as io.ErrUnexpectedEOF, or nil.
	Err error
}

func (e *SyntaxError) Error() string {
	where := fmt.Sprintf("row %d", e.Row)
	if e.Row == 0 {
		where = "header"
	}
	return fmt.Sprintf("copyfmt: %s %s at byte %d: %s", e.Format, where, e.Offset, e.Msg)
}

func (e *SyntaxError) Unwrap() error { return e.Err }

// ErrRowTooLong is wrapped by the SyntaxError of a row longer than
// Config.MaxRow.
var ErrRowTooLong = errors.New("row longer than Config.MaxRow")
