package copyfmt_test

import (
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/copyfmt"
)

const binHeader = "PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// tuple encodes a binary tuple; a nil field is NULL.
func tuple(fields ...[]byte) []byte {
	b := binary.BigEndian.AppendUint16(nil, uint16(len(fields)))
	for _, f := range fields {
		if f == nil {
			b = binary.BigEndian.AppendUint32(b, 0xffffffff)
			continue
		}
		b = binary.BigEndian.AppendUint32(b, uint32(len(f)))
		b = append(b, f...)
	}
	return b
}

func binStream(tuples ...[]byte) []byte {
	s := []byte(binHeader)
	for _, t := range tuples {
		s = append(s, t...)
	}
	return append(s, 0xff, 0xff)
}

func binRows(t *testing.T, in []byte, cfg *copyfmt.Config) ([][]string, error) {
	t.Helper()
	r, err := copyfmt.NewBinaryReader(bytes.NewReader(in), cfg)
	require.NoError(t, err)
	rows, err := readAll(r)
	r1, err1 := copyfmt.NewBinaryReader(iotest.OneByteReader(bytes.NewReader(in)), cfg)
	require.NoError(t, err1)
	rows1, err1 := readAll(r1)
	require.Empty(t, cmp.Diff(rows, rows1), "one byte at a time")
	require.Equal(t, err == nil, err1 == nil, "one byte at a time: %v / %v", err, err1)
	return rows, err
}

func TestBinaryReader(t *testing.T) {
	t.Parallel()
	stream := binStream(
		tuple([]byte("1"), nil, []byte{}),
		tuple([]byte("\x00\xff"), []byte("é"), nil),
	)
	rows, err := binRows(t, stream, nil)
	require.NoError(t, err)
	require.Empty(t, cmp.Diff([][]string{{"1", "<NULL>", ""}, {"\x00\xff", "é", "<NULL>"}}, rows))

	// A header extension is skipped; flags above bit 16 are ignored.
	ext := []byte("PGCOPY\n\xff\r\n\x00\x80\x00\x00\x00\x00\x00\x00\x03abc")
	ext = append(ext, tuple([]byte("x"))...)
	ext = append(ext, 0xff, 0xff)
	rows, err = binRows(t, ext, nil)
	require.NoError(t, err)
	require.Empty(t, cmp.Diff([][]string{{"x"}}, rows))

	// Zero-column rows exist in binary.
	rows, err = binRows(t, binStream(tuple(), tuple()), nil)
	require.NoError(t, err)
	require.Empty(t, cmp.Diff([][]string{{}, {}}, rows))

	// No rows.
	rows, err = binRows(t, binStream(), nil)
	require.NoError(t, err)
	require.Empty(t, rows)
}

func TestBinaryReaderErrors(t *testing.T) {
	t.Parallel()
	secret := []byte("s3cr3t@example.com")
	ok := tuple(secret, nil)
	for _, tc := range []struct {
		name string
		in   []byte
		cfg  *copyfmt.Config
		row  int64
		msg  string
	}{
		{"empty", nil, nil, 0, "inside the header"},
		{"text stream", []byte("1\ts3cr3t@example.com\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"), nil, 0, "no binary COPY signature"},
		{"OIDs", []byte("PGCOPY\n\xff\r\n\x00\x00\x01\x00\x00\x00\x00\x00\x00"), nil, 0, "OIDs flag"},
		{"critical flag", []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x01\x00\x00\x00\x00"), nil, 0, "critical flags"},
		{"negative extension", []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\xff\xff\xff\xff"), nil, 0, "extension length"},
		{"short extension", []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x10abc"), nil, 0, "header extension"},
		{"no trailer", []byte(binHeader + string(ok)), nil, 2, "without the trailer"},
		{"field count", binStream(ok, tuple(secret)), nil, 2, "1 fields, expected 2"},
		{"configured field count", binStream(ok), &copyfmt.Config{Fields: 3}, 1, "2 fields, expected 3"},
		{"negative count", binStream(ok, []byte{0xff, 0xfe}), nil, 2, "negative field count"},
		{"negative length", []byte(binHeader + "\x00\x01\xff\xff\xff\xfe" + string(secret)), nil, 1, "negative length"},
		{"huge length", []byte(binHeader + "\x00\x01\x7f\xff\xff\xff" + string(secret)), nil, 1, "longer than 1073741824 bytes"},
		{"truncated field", []byte(binHeader + "\x00\x01\x00\x00\x01\x00" + string(secret)), nil, 1, "ends inside a row"},
		{"truncated length", []byte(binHeader + "\x00\x01\x00\x00"), nil, 1, "ends inside a row"},
		{"data after trailer", append(binStream(ok), secret...), nil, 2, "data after the trailer"},
		{"max row", binStream(ok), &copyfmt.Config{MaxRow: 10}, 1, "longer than 10 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := binRows(t, tc.in, tc.cfg)
			var se *copyfmt.SyntaxError
			require.ErrorAs(t, err, &se)
			require.Equal(t, tc.row, se.Row)
			require.Contains(t, err.Error(), tc.msg)
			require.NotContains(t, err.Error(), "s3cr3t")
		})
	}
}

// TestBinaryHostileLength: a length of 1 GiB backed by a few bytes costs a
// few bytes of memory, not a gigabyte.
func TestBinaryHostileLength(t *testing.T) {
	in := []byte(binHeader + "\x00\x01\x3f\xff\xff\xff" + strings.Repeat("x", 100))
	allocs := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			r, _ := copyfmt.NewBinaryReader(bytes.NewReader(in), nil)
			_, err := r.Next()
			require.ErrorIs(b, err, io.ErrUnexpectedEOF)
		}
	})
	require.Less(t, allocs.AllocedBytesPerOp(), int64(1<<20))
}

func TestBinaryWriter(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	w, err := copyfmt.NewBinaryWriter(&out, nil)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.Equal(t, binStream(), out.Bytes(), "an empty stream has a header and a trailer")
	require.NoError(t, w.Close(), "a second Close does nothing")
	require.Error(t, w.WriteFields(copyfmt.Null()))

	out.Reset()
	w, err = copyfmt.NewBinaryWriter(&out, nil)
	require.NoError(t, err)
	require.NoError(t, w.WriteFields(copyfmt.Value([]byte("a")), copyfmt.Null(), copyfmt.Raw([]byte{})))
	require.ErrorContains(t, w.WriteFields(copyfmt.Null()), "1 fields, expected 3")
	require.NoError(t, w.Close())
	require.Equal(t, binStream(tuple([]byte("a"), nil, []byte{})), out.Bytes())
}

// TestBinaryReplace: Set and SetNull replace fields anywhere in the row; the
// rest is copied as read.
func TestBinaryReplace(t *testing.T) {
	t.Parallel()
	in := binStream(tuple([]byte("one"), nil, []byte("three"), []byte("")), tuple([]byte("1"), []byte("2"), []byte("3"), []byte("4")))
	r, err := copyfmt.NewBinaryReader(bytes.NewReader(in), nil)
	require.NoError(t, err)
	var out bytes.Buffer
	w, err := copyfmt.NewBinaryWriter(&out, &copyfmt.Config{BufferSize: 64})
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	row.Set(1, []byte("two"))
	row.SetNull(2)
	row.Set(3, bytes.Repeat([]byte("4"), 200)) // longer than the batch
	require.NoError(t, w.WriteRow(row))
	row, err = r.Next()
	require.NoError(t, err)
	row.Set(0, []byte("uno"))
	require.NoError(t, w.WriteRow(row))
	_, err = r.Next()
	require.ErrorIs(t, err, io.EOF)
	require.NoError(t, w.Close())
	want := binStream(tuple([]byte("one"), []byte("two"), nil, bytes.Repeat([]byte("4"), 200)), tuple([]byte("uno"), []byte("2"), []byte("3"), []byte("4")))
	require.Equal(t, want, out.Bytes())
}

// TestBinaryLongRows: fields of up to eight times the default buffer pass
// through unchanged.
func TestBinaryLongRows(t *testing.T) {
	t.Parallel()
	var tuples [][]byte
	for i := range 4 {
		tuples = append(tuples, tuple([]byte("s"), nil), tuple(bytes.Repeat([]byte{byte(i)}, (i+1)<<17), []byte("x")))
	}
	stream := binStream(tuples...)
	require.Equal(t, stream, passThrough(t, copyfmt.Binary, iotest.HalfReader(bytes.NewReader(stream)), &copyfmt.Config{BufferSize: 64}))
	require.Equal(t, stream, passThrough(t, copyfmt.Binary, bytes.NewReader(stream), nil))
}
