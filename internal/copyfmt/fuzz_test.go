package copyfmt_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/big"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/understudy/understudy/internal/copyfmt"
)

// fuzzRead reads every row of a stream; it returns the rows' raw fields
// ("<NULL>" for NULL) and the error that ended the stream (nil at io.EOF).
// It fails the test on a panic, on an error that is not a SyntaxError, and
// when reading one byte at a time with a tiny buffer disagrees.
func fuzzRead(t *testing.T, f copyfmt.Format, data []byte, cfg copyfmt.Config) ([][]string, error) {
	r, err := copyfmt.NewReader(bytes.NewReader(data), f, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readAll(r)
	small := cfg
	small.BufferSize = 64
	r1, err1 := copyfmt.NewReader(iotest.OneByteReader(bytes.NewReader(data)), f, &small)
	if err1 != nil {
		t.Fatal(err1)
	}
	rows1, err1 := readAll(r1)
	if d := cmp.Diff(rows, rows1); d != "" {
		t.Fatalf("one byte at a time, 64-byte buffer:\n%s", d)
	}
	if (err == nil) != (err1 == nil) {
		t.Fatalf("one byte at a time: %v / %v", err, err1)
	}
	var se *copyfmt.SyntaxError
	if err != nil && !errors.As(err, &se) {
		t.Fatalf("not a SyntaxError: %v", err)
	}
	return rows, err
}

// FuzzTextReader: any input either reads or fails with a SyntaxError; what
// reads writes back as a stream that reads the same, identical to the input
// when the input is in canonical form; and re-escaping every unescaped
// field gives the same rows.
func FuzzTextReader(f *testing.F) {
	for _, s := range []string{
		"1\tab\t\\N\n2\tc\\td\t\n",
		"a\\\nb\tc\n\\.\n",
		"x\\\\\ty\r\n",
		"\\101\\x41\\q\t\\\\N\n\n",
		"a\tb\nc\n",
		"tail\\",
		strings.Repeat("long field ", 20) + "\t" + strings.Repeat("\\t", 40) + "\n",
	} {
		f.Add([]byte(s), byte(0))
		f.Add([]byte(s), byte('|'))
	}
	f.Fuzz(func(t *testing.T, data []byte, delim byte) {
		cfg := copyfmt.Config{Delimiter: delim, MaxRow: 4096}
		if _, err := copyfmt.NewTextReader(nil, &cfg); err != nil {
			cfg.Delimiter = 0
		}
		rows, err := fuzzRead(t, copyfmt.Text, data, cfg)
		if err != nil {
			return
		}
		// Pass through: re-read gives the same rows.
		r, _ := copyfmt.NewTextReader(bytes.NewReader(data), &cfg)
		var out bytes.Buffer
		w, _ := copyfmt.NewTextWriter(&out, &cfg)
		var again bytes.Buffer
		w2, _ := copyfmt.NewTextWriter(&again, &cfg)
		var values [][]byte
		for {
			row, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := w.WriteRow(row); err != nil {
				t.Fatal(err)
			}
			values = values[:0]
			for i := range row.Len() {
				if row.Null(i) {
					row.SetNull(i)
					continue
				}
				values = append(values, row.AppendValue(nil, i))
				row.Set(i, values[len(values)-1])
			}
			if err := w2.WriteRow(row); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := w2.Close(); err != nil {
			t.Fatal(err)
		}
		rows2, err := fuzzRead(t, copyfmt.Text, out.Bytes(), cfg)
		if err != nil {
			t.Fatalf("written stream does not read: %v", err)
		}
		if d := cmp.Diff(rows, rows2); d != "" {
			t.Fatalf("written stream reads differently:\n%s", d)
		}
		// Canonical: the last row ends with a newline no backslash escapes,
		// and no \. line ends the data early.
		canonical := len(data) > 0 && data[len(data)-1] == '\n' &&
			(len(data)-len(bytes.TrimRight(data[:len(data)-1], "\\")))%2 == 1 &&
			!bytes.Contains(append([]byte{'\n'}, data...), []byte("\n\\.\n"))
		if canonical && !bytes.Equal(data, out.Bytes()) {
			t.Fatalf("pass-through changed the stream")
		}
		// Unescape then escape: the same values (escaped forms may differ).
		r3, _ := copyfmt.NewTextReader(bytes.NewReader(data), &cfg)
		r4, _ := copyfmt.NewTextReader(bytes.NewReader(again.Bytes()), &cfg)
		for {
			a, errA := r3.Next()
			b, errB := r4.Next()
			if errA == io.EOF && errB == io.EOF {
				break
			}
			if errA != nil || errB != nil {
				t.Fatalf("re-escaped stream: %v / %v", errA, errB)
			}
			for i := range a.Len() {
				if a.Null(i) != b.Null(i) || !bytes.Equal(a.AppendValue(nil, i), b.AppendValue(nil, i)) {
					t.Fatalf("row %d field %d changed value after re-escaping", a.Number(), i)
				}
			}
		}
	})
}

// FuzzBinaryReader: any input either reads or fails with a SyntaxError
// (hostile lengths included, within the fuzzer's memory limits), and what
// reads passes through unchanged.
func FuzzBinaryReader(f *testing.F) {
	tuple2 := func(a, b []byte) []byte { return tuple(a, b) }
	f.Add(binStream(tuple2([]byte("1"), nil), tuple2(nil, []byte{})))
	f.Add(binStream())
	f.Add(binStream(tuple(), tuple()))
	f.Add([]byte(binHeader + "\x00\x01\x7f\xff\xff\xff"))
	f.Add([]byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x02ab\x00\x01\x00\x00\x00\x01x\xff\xff"))
	f.Add([]byte("PGCOPY\n\xff\r\n\x00\x00\x01\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := copyfmt.Config{MaxRow: 1 << 16}
		rows, err := fuzzRead(t, copyfmt.Binary, data, cfg)
		if err != nil {
			return
		}
		out := passThrough(t, copyfmt.Binary, bytes.NewReader(data), &cfg)
		rows2, err := fuzzRead(t, copyfmt.Binary, out, cfg)
		if err != nil {
			t.Fatalf("written stream does not read: %v", err)
		}
		if d := cmp.Diff(rows, rows2); d != "" {
			t.Fatalf("written stream reads differently:\n%s", d)
		}
		// Without a header extension or flags, the stream is canonical.
		if binary.BigEndian.Uint64(data[11:19]) == 0 && !bytes.Equal(data, out) {
			t.Fatalf("pass-through changed the stream")
		}
	})
}

// FuzzEscape: AppendEscaped output unescapes to the value, holds no raw
// newline, carriage return or tab, and reads back as one field.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "plain", "a\tb\nc\\d\re\bf\fg\vh", `\N`, "\x00\x01\xff", "é日本", `\.`, "\\\\\\"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, value []byte) {
		esc := copyfmt.AppendEscaped(nil, value)
		if got := copyfmt.Unescape(nil, esc); !bytes.Equal(got, value) {
			t.Fatalf("Unescape(AppendEscaped(v)) = %q, want %q", got, value)
		}
		if bytes.ContainsAny(esc, "\n\r\t") {
			t.Fatalf("escaped form %q holds a raw separator", esc)
		}
		line := append(append(append([]byte{}, esc...), '\t'), esc...)
		r, _ := copyfmt.NewTextReader(bytes.NewReader(append(line, '\n')), nil)
		row, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if row.Len() != 2 || row.Null(0) || !bytes.Equal(row.AppendValue(nil, 1), value) {
			t.Fatalf("escaped value does not read back as one field")
		}
		// Unescape never panics and its output re-escapes losslessly.
		u := copyfmt.Unescape(nil, value)
		if got := copyfmt.Unescape(nil, copyfmt.AppendEscaped(nil, u)); !bytes.Equal(got, u) {
			t.Fatalf("round trip of an unescaped value failed")
		}
	})
}

// FuzzNumeric: numeric binary -> text -> binary and text -> binary -> text
// are stable, and agree with math/big on the value.
func FuzzNumeric(f *testing.F) {
	for _, s := range []string{"0", "-0.0001", "1e100", "NaN", "Infinity", "-inf", "123.4500", "-99999999.99999",
		"1e-20", "10000", "9999.9999", ".5", "1.", "0.000", "1e-16383", "12345678901234567890.123456789"} {
		bin, err := copyfmt.TextToBinary("numeric", nil, []byte(s))
		if err != nil {
			f.Fatal(s, err)
		}
		f.Add(bin, s)
	}
	f.Add([]byte{0, 2, 0, 1, 0x40, 0, 0, 2, 0, 0, 0x27, 0x0f}, "garbage")
	f.Add([]byte{0, 1, 0x80, 0, 0, 0, 0x3f, 0xff, 0, 1}, "1e99999")
	f.Fuzz(func(t *testing.T, bin []byte, text string) {
		// Binary to text, and back.
		if s, err := copyfmt.BinaryToText("numeric", nil, bin); err == nil {
			b2, err := copyfmt.TextToBinary("numeric", nil, s)
			if err != nil {
				t.Fatalf("text %q of a valid binary does not parse: %v", s, err)
			}
			s2, err := copyfmt.BinaryToText("numeric", nil, b2)
			if err != nil || !bytes.Equal(s, s2) {
				t.Fatalf("binary -> text -> binary -> text: %q -> %q (%v)", s, s2, err)
			}
		}
		// Text to binary, and back.
		b, err := copyfmt.TextToBinary("numeric", nil, []byte(text))
		if err != nil {
			return
		}
		s, err := copyfmt.BinaryToText("numeric", nil, b)
		if err != nil {
			t.Fatalf("binary of %q does not print: %v", text, err)
		}
		b2, err := copyfmt.TextToBinary("numeric", nil, s)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("text -> binary -> text -> binary: %q -> %q (%v)", text, s, err)
		}
		if len(text) < 40 {
			want, ok1 := new(big.Rat).SetString(strings.TrimSpace(text))
			got, ok2 := new(big.Rat).SetString(string(s))
			if ok1 && ok2 && want.Cmp(got) != 0 {
				t.Fatalf("%q prints as %q, another value", text, s)
			}
		}
	})
}

// codecTypes are the type names FuzzCodec exercises.
var codecTypes = []string{"text", "int2", "int4", "int8", "oid", "float4", "float8", "numeric", "bool", "date", "time",
	"timestamp", "timestamptz", "uuid", "jsonb", "bytea", "inet", "cidr", "macaddr", "macaddr8"}

// FuzzCodec: for every type, a binary value that prints reads back to a
// binary value that prints the same, and text that parses prints as text
// that parses to the same binary value.
func FuzzCodec(f *testing.F) {
	f.Add(uint8(0), []byte{0, 0, 0, 1}, "1")
	f.Add(uint8(9), []byte{0x80, 0, 0, 0}, "2020-02-29 BC")
	f.Add(uint8(12), []byte{0, 0, 0, 0, 0, 0, 0, 0}, "2020-01-01 12:00:00.5+05:30")
	f.Add(uint8(16), []byte{3, 64, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4}, "::ffff:1.2.3.4/120")
	f.Add(uint8(17), []byte{2, 8, 1, 4, 10, 0, 0, 0}, "10/8")
	f.Add(uint8(5), []byte{0x7f, 0xc0, 0, 1}, "1e-45")
	f.Fuzz(func(t *testing.T, k uint8, bin []byte, text string) {
		typ := codecTypes[int(k)%len(codecTypes)]
		if s, err := copyfmt.BinaryToText(typ, nil, bin); err == nil {
			b2, err := copyfmt.TextToBinary(typ, nil, s)
			if err != nil {
				t.Fatalf("%s: text %q of a valid binary does not parse: %v", typ, s, err)
			}
			s2, err := copyfmt.BinaryToText(typ, nil, b2)
			if err != nil || !bytes.Equal(s, s2) {
				t.Fatalf("%s: binary -> text -> binary -> text: %q -> %q (%v)", typ, s, s2, err)
			}
		} else {
			var ve *copyfmt.ValueError
			if !errors.As(err, &ve) {
				t.Fatalf("%s: not a ValueError: %v", typ, err)
			}
		}
		b, err := copyfmt.TextToBinary(typ, nil, []byte(text))
		if err != nil {
			return
		}
		s, err := copyfmt.BinaryToText(typ, nil, b)
		if err != nil {
			t.Fatalf("%s: binary of %q does not print: %v", typ, text, err)
		}
		b2, err := copyfmt.TextToBinary(typ, nil, s)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("%s: text -> binary -> text -> binary: %q -> %q (%v)", typ, text, s, err)
		}
	})
}
