package copyfmt_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/copyfmt"
)

// readAll returns every row's fields (raw wire bytes, "<NULL>" for NULL)
// and the error that ended the stream (nil for io.EOF).
func readAll(r copyfmt.Reader) ([][]string, error) {
	var rows [][]string
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		fields := make([]string, row.Len())
		for i := range fields {
			fields[i] = string(row.Raw(i))
			if row.Null(i) {
				fields[i] = "<NULL>"
			}
		}
		rows = append(rows, fields)
	}
}

func textRows(t *testing.T, in string, cfg *copyfmt.Config) ([][]string, error) {
	t.Helper()
	// Every stream reads the same with one byte per Read.
	r, err := copyfmt.NewTextReader(strings.NewReader(in), cfg)
	require.NoError(t, err)
	rows, err := readAll(r)
	r1, err1 := copyfmt.NewTextReader(iotest.OneByteReader(strings.NewReader(in)), cfg)
	require.NoError(t, err1)
	rows1, err1 := readAll(r1)
	require.Empty(t, cmp.Diff(rows, rows1), "one byte at a time")
	require.Equal(t, err == nil, err1 == nil, "one byte at a time: %v / %v", err, err1)
	return rows, err
}

func TestTextReader(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		in   string
		cfg  *copyfmt.Config
		want [][]string
	}{
		{"empty", "", nil, nil},
		{"one", "1\tab\t\\N\n", nil, [][]string{{"1", "ab", "<NULL>"}}},
		{"no final newline", "1\ta\n2\tb", nil, [][]string{{"1", "a"}, {"2", "b"}}},
		{"empty field", "\t\n\t\n", nil, [][]string{{"", ""}, {"", ""}}},
		{"one empty field", "\n\n", nil, [][]string{{""}, {""}}},
		{"escapes stay escaped", "a\\tb\\\\\tc\\nd\n", nil, [][]string{{`a\tb\\`, `c\nd`}}},
		{"escaped delimiter", "a\\\tb\tc\n", nil, [][]string{{"a\\\tb", "c"}}},
		{"escaped backslash before delimiter", "a\\\\\tb\n", nil, [][]string{{`a\\`, "b"}}},
		{"backslash-newline is data", "a\\\nb\tc\n", nil, [][]string{{"a\\\nb", "c"}}},
		{"escaped backslash before newline", "a\\\\\nb\n", nil, [][]string{{`a\\`}, {"b"}}},
		{"null string is wire form", "\\\\N\t\\N\tN\n", nil, [][]string{{`\\N`, "<NULL>", "N"}}},
		{"end marker", "1\n\\.\ngarbage\n", nil, [][]string{{"1"}}},
		{"end marker at end", "1\n\\.", nil, [][]string{{"1"}}},
		{"dot escape is data", "\\.x\n", nil, [][]string{{`\.x`}}},
		{"custom delimiter and null", "1|NULL|a\\|b\n", &copyfmt.Config{Delimiter: '|', Null: "NULL"}, [][]string{{"1", "<NULL>", `a\|b`}}},
		{"comma", "a,b\n", &copyfmt.Config{Delimiter: ','}, [][]string{{"a", "b"}}},
		{"unicode", "日本\té\n", nil, [][]string{{"日本", "é"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := textRows(t, tc.in, tc.cfg)
			require.NoError(t, err)
			require.Empty(t, cmp.Diff(tc.want, rows))
		})
	}
}

func TestTextReaderErrors(t *testing.T) {
	t.Parallel()
	secret := "s3cr3t@example.com"
	for _, tc := range []struct {
		name string
		in   string
		cfg  *copyfmt.Config
		row  int64
		msg  string
	}{
		{"field count", "a\tb\n" + secret + "\n", nil, 2, "1 fields, expected 2"},
		{"configured field count", secret + "\t1\t2\n", &copyfmt.Config{Fields: 2}, 1, "more than 2 fields"},
		{"raw carriage return", "a\n" + secret + "\r\n", nil, 2, "carriage return"},
		{"trailing backslash", "a\n" + secret + "\\", nil, 2, "incomplete escape"},
		{"row too long", "ab\n" + secret + "\n", &copyfmt.Config{MaxRow: 10}, 2, "longer than 10 bytes"},
		{"row too long unterminated", "ab\n" + secret, &copyfmt.Config{MaxRow: 10}, 2, "longer than 10 bytes"},
		{"row too long growing", "ab\n" + strings.Repeat(secret, 100), &copyfmt.Config{MaxRow: 1000, BufferSize: 64}, 2, "longer than 1000 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := textRows(t, tc.in, tc.cfg)
			var se *copyfmt.SyntaxError
			require.ErrorAs(t, err, &se)
			require.Equal(t, tc.row, se.Row)
			require.Contains(t, err.Error(), tc.msg)
			require.NotContains(t, err.Error(), "s3cr3t")
		})
	}
}

func TestTextReaderStickyError(t *testing.T) {
	t.Parallel()
	r, err := copyfmt.NewTextReader(iotest.ErrReader(io.ErrClosedPipe), nil)
	require.NoError(t, err)
	_, err = r.Next()
	require.ErrorIs(t, err, io.ErrClosedPipe)
	_, err2 := r.Next()
	require.Equal(t, err, err2)
}

func TestConfigValidation(t *testing.T) {
	t.Parallel()
	for _, cfg := range []copyfmt.Config{
		{Delimiter: '\n'}, {Delimiter: '\\'}, {Delimiter: 'a'}, {Delimiter: '5'}, {Delimiter: '.'}, {Delimiter: 0xe9},
		{Null: "a\nb"}, {Null: "a\tb"}, {Fields: -1}, {Fields: 40000}, {MaxRow: -1}, {BufferSize: 10},
	} {
		_, err := copyfmt.NewTextReader(strings.NewReader(""), &cfg)
		require.ErrorContains(t, err, "Config.", "%+v", cfg)
		_, err = copyfmt.NewBinaryWriter(io.Discard, &cfg)
		require.ErrorContains(t, err, "Config.", "%+v", cfg)
	}
}

func TestUnescape(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		``:                  ``,
		`plain`:             `plain`,
		`\b\f\n\r\t\v\\`:    "\b\f\n\r\t\v\\",
		`\101\0\7x\1234`:    "A\x00\x07x\x534",
		`\777`:              "\xff",
		`\x41\x4g\xg\x`:     "A\x04gxgx",
		`\q\.\N\ `:          "q.N ",
		`trailing\`:         `trailing\`,
		"\\\t\\\n":          "\t\n",
		`\xfF\xFf0`:         "\xff\xff0",
		`é\\日`:              `é\日`,
		`\08\38`:            "\x008\x038",
		`\1\12\123\1234\9`:  "\x01\x0a\x53\x534" + "9",
		`\x0g`:              "\x00g",
		`\xa`:               "\x0a",
		`a\\\\b`:            `a\\b`,
		"\\\r":              "\r",
		`\b\bb`:             "\b\bb",
		`\u00e9`:            "u00e9",
		`\\N`:               `\N`,
		`\z\x7e\176\e\a\c`:  "z~~eac",
		`\x\x1\xg1`:         "x\x01xg1",
		`\00\000\0000`:      "\x00\x00\x000",
		`\400\577\600\777`:  "\x00\x7f\x80\xff",
		`\t\t`:              "\t\t",
		`\\t`:               `\t`,
		`x\`:                `x\`,
		`\`:                 `\`,
		`\\\`:               `\\`,
		"\\\x00":            "\x00",
		"\\\xff":            "\xff",
		`\xff\xfe`:          "\xff\xfe",
		`ab\x41\x42cd\x43`:  "abABcdC",
		`\0\00\1\11\111\11`: "\x00\x00\x01\x09\x49\x09",
	} {
		require.Equal(t, want, string(copyfmt.Unescape(nil, []byte(in))), "%q", in)
	}
}

func TestAppendEscaped(t *testing.T) {
	t.Parallel()
	in := "a\tb\nc\\d\re\bf\fg\vh\x01\x7fé|"
	want := `a\tb\nc\\d\re\bf\fg\vh` + "\x01\x7fé|"
	require.Equal(t, want, string(copyfmt.AppendEscaped(nil, []byte(in))))
	require.Equal(t, in, string(copyfmt.Unescape(nil, copyfmt.AppendEscaped(nil, []byte(in)))))
	require.Equal(t, "pre", string(copyfmt.AppendEscaped([]byte("pre"), nil)))

	// A writer escapes its own delimiter.
	var out bytes.Buffer
	w, err := copyfmt.NewTextWriter(&out, &copyfmt.Config{Delimiter: '|'})
	require.NoError(t, err)
	require.NoError(t, w.WriteFields(copyfmt.Value([]byte(in)), copyfmt.Null(), copyfmt.Raw([]byte(`x\|`))))
	require.NoError(t, w.Close())
	require.Equal(t, `a\tb\nc\\d\re\bf\fg\vh`+"\x01\x7fé\\||\\N|x\\|\n", out.String())
}

// countingWriter counts Write calls.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

func TestTextWriterBatches(t *testing.T) {
	t.Parallel()
	var out countingWriter
	w, err := copyfmt.NewTextWriter(&out, nil)
	require.NoError(t, err)
	row := []byte(strings.Repeat("x", 99))
	for range 10000 { // 1 MB of rows
		require.NoError(t, w.WriteFields(copyfmt.Raw(row)))
	}
	require.LessOrEqual(t, out.writes, 1000000/copyfmt.DefaultBufferSize+1)
	require.NoError(t, w.Flush())
	require.Equal(t, 1000000, out.Len())
	writes := out.writes

	// A value far longer than the batch goes through it in chunks.
	big := bytes.Repeat([]byte("a\tb\\"), 1<<20)
	require.NoError(t, w.WriteFields(copyfmt.Value(big)))
	require.NoError(t, w.Close())
	require.Equal(t, string(copyfmt.AppendEscaped(nil, big))+"\n", out.String()[1000000:])
	require.Greater(t, out.writes-writes, 6<<20/copyfmt.DefaultBufferSize-1)

	require.Error(t, w.WriteFields(copyfmt.Raw(row)), "after Close")
}

func TestTextWriterErrors(t *testing.T) {
	t.Parallel()
	w, err := copyfmt.NewTextWriter(io.Discard, nil)
	require.NoError(t, err)
	require.Error(t, w.WriteFields())
	require.NoError(t, w.WriteFields(copyfmt.Raw(nil), copyfmt.Raw(nil)))
	require.ErrorContains(t, w.WriteFields(copyfmt.Raw(nil)), "1 fields, expected 2")
	require.ErrorContains(t, w.WriteFields(copyfmt.Raw(nil), copyfmt.Field{}), "no Kind")

	// A write error is sticky and reported.
	w, err = copyfmt.NewTextWriter(errWriter{}, &copyfmt.Config{BufferSize: 64})
	require.NoError(t, err)
	for range 10 {
		err = w.WriteFields(copyfmt.Raw([]byte("0123456789")))
	}
	require.ErrorIs(t, err, io.ErrClosedPipe)
	require.ErrorIs(t, w.Close(), io.ErrClosedPipe)

	// Rows from another reader's options are refused.
	r, err := copyfmt.NewTextReader(strings.NewReader("a|b\n"), &copyfmt.Config{Delimiter: '|'})
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	w, err = copyfmt.NewTextWriter(io.Discard, nil)
	require.NoError(t, err)
	require.ErrorContains(t, w.WriteRow(row), "other options")
	bw, err := copyfmt.NewBinaryWriter(io.Discard, nil)
	require.NoError(t, err)
	require.ErrorContains(t, bw.WriteRow(row), "text reader")
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// TestTextReplace: Set and SetNull replace fields anywhere in the row; the
// rest of the row is copied as read.
func TestTextReplace(t *testing.T) {
	t.Parallel()
	in := "1\ta\\tb\t\\N\tlast\n2\tx\ty\tz\n"
	r, err := copyfmt.NewTextReader(strings.NewReader(in), nil)
	require.NoError(t, err)
	var out bytes.Buffer
	w, err := copyfmt.NewTextWriter(&out, nil)
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	require.Equal(t, "a\tb", string(row.AppendValue(nil, 1)))
	row.Set(1, []byte("new\nvalue"))
	row.Set(2, []byte("was null"))
	row.SetNull(3)
	row.Set(0, []byte("0"))
	require.Equal(t, `a\tb`, string(row.Raw(1)), "Raw keeps the wire bytes as read")
	require.NoError(t, w.WriteRow(row))
	row, err = r.Next()
	require.NoError(t, err)
	row.Set(3, []byte("Z"))
	require.NoError(t, w.WriteRow(row))
	require.NoError(t, w.Close())
	require.Equal(t, "0\tnew\\nvalue\twas null\t\\N\n2\tx\ty\tZ\n", out.String())
}

// TestTextLongRows: rows of up to ten times the default buffer (and
// thousands of times the 64-byte one), split across many reads, grow the
// buffer, which shrinks back afterwards.
func TestTextLongRows(t *testing.T) {
	t.Parallel()
	var in bytes.Buffer
	for i := range 5 {
		in.WriteString("short\t1\n")
		in.Write(bytes.Repeat([]byte{'a' + byte(i)}, (i+1)<<17))
		in.WriteString("\\\n\t2\n")
	}
	stream := in.Bytes()
	rows, err := textRows(t, string(stream), &copyfmt.Config{BufferSize: 64})
	require.NoError(t, err)
	require.Len(t, rows, 10)
	require.Len(t, rows[9][0], 5<<17+2)
	require.True(t, bytes.Equal(stream, passThrough(t, copyfmt.Text, iotest.HalfReader(bytes.NewReader(stream)), nil)))
}
