package copyfmt_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/copyfmt"
)

// pgbench_accounts: aid int, bid int, abalance int, filler char(84).
const accountsRows = 100000

var filler = strings.Repeat(" ", 84)

func accountsText(n int) []byte {
	var b []byte
	for i := 1; i <= n; i++ {
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, '\t')
		b = strconv.AppendInt(b, int64((i-1)/100000+1), 10)
		b = append(b, "\t0\t"...)
		b = append(b, filler...)
		b = append(b, '\n')
	}
	return b
}

func accountsTuples(n int) []byte {
	var b []byte
	for i := 1; i <= n; i++ {
		b = binary.BigEndian.AppendUint16(b, 4)
		for _, v := range []int{i, (i-1)/100000 + 1, 0} {
			b = binary.BigEndian.AppendUint32(b, 4)
			b = binary.BigEndian.AppendUint32(b, uint32(v))
		}
		b = binary.BigEndian.AppendUint32(b, 84)
		b = append(b, filler...)
	}
	return b
}

func accountsBinary(n int) []byte {
	b := append([]byte(binHeader), accountsTuples(n)...)
	return append(b, 0xff, 0xff)
}

// cycle repeats data forever after an optional prefix.
type cycle struct {
	prefix, data []byte
	off          int
}

func (c *cycle) Read(p []byte) (int, error) {
	if len(c.prefix) > 0 {
		n := copy(p, c.prefix)
		c.prefix = c.prefix[n:]
		return n, nil
	}
	n := 0
	for n < len(p) {
		k := copy(p[n:], c.data[c.off:])
		n += k
		c.off = (c.off + k) % len(c.data)
	}
	return n, nil
}

// TestZeroAllocs: in steady state, reading a row and writing it back (as
// read, or with a field replaced) allocates nothing.
func TestZeroAllocs(t *testing.T) {
	for _, tc := range []struct {
		f    copyfmt.Format
		src  io.Reader
		repl []byte
	}{
		{copyfmt.Text, &cycle{data: accountsText(1000)}, nil},
		{copyfmt.Text, &cycle{data: accountsText(1000)}, []byte("a\tmasked\nvalue")},
		{copyfmt.Binary, &cycle{prefix: []byte(binHeader), data: accountsTuples(1000)}, nil},
		{copyfmt.Binary, &cycle{prefix: []byte(binHeader), data: accountsTuples(1000)}, []byte("masked")},
	} {
		r, err := copyfmt.NewReader(tc.src, tc.f, nil)
		require.NoError(t, err)
		w, err := copyfmt.NewWriter(io.Discard, tc.f, nil)
		require.NoError(t, err)
		step := func() {
			row, err := r.Next()
			if err != nil {
				panic(err)
			}
			if tc.repl != nil {
				row.Set(3, tc.repl)
			}
			if err := w.WriteRow(row); err != nil {
				panic(err)
			}
		}
		for range 5000 {
			step()
		}
		require.Zero(t, testing.AllocsPerRun(20000, step), "%s replace=%v", tc.f, tc.repl != nil)
	}
}

func benchCopy(b *testing.B, f copyfmt.Format, stream []byte, mask func(row *copyfmt.Row)) {
	b.SetBytes(int64(len(stream)))
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		r, err := copyfmt.NewReader(bytes.NewReader(stream), f, nil)
		if err != nil {
			b.Fatal(err)
		}
		w, err := copyfmt.NewWriter(io.Discard, f, nil)
		if err != nil {
			b.Fatal(err)
		}
		for {
			row, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if mask != nil {
				mask(row)
			}
			if err := w.WriteRow(row); err != nil {
				b.Fatal(err)
			}
			rows++
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(rows), "ns/row")
}

// BenchmarkPassThrough parses and re-encodes pgbench_accounts unchanged.
func BenchmarkPassThrough(b *testing.B) {
	b.Run("text", func(b *testing.B) { benchCopy(b, copyfmt.Text, accountsText(accountsRows), nil) })
	b.Run("binary", func(b *testing.B) { benchCopy(b, copyfmt.Binary, accountsBinary(accountsRows), nil) })
}

// BenchmarkReplace replaces the filler of every row with a constant.
func BenchmarkReplace(b *testing.B) {
	value := []byte(strings.Repeat("x", 84))
	set := func(row *copyfmt.Row) { row.Set(3, value) }
	b.Run("text", func(b *testing.B) { benchCopy(b, copyfmt.Text, accountsText(accountsRows), set) })
	b.Run("binary", func(b *testing.B) { benchCopy(b, copyfmt.Binary, accountsBinary(accountsRows), set) })
}

// BenchmarkMask decodes one int4 field per row to text, transforms it and
// encodes it back: the full masked-field path.
func BenchmarkMask(b *testing.B) {
	var in, out []byte
	transform := func(v []byte) []byte { return append(v, '7') }
	b.Run("text", func(b *testing.B) {
		benchCopy(b, copyfmt.Text, accountsText(accountsRows), func(row *copyfmt.Row) {
			in = transform(row.AppendValue(in[:0], 1))
			row.Set(1, in)
		})
	})
	int4, _ := copyfmt.LookupCodec("int4")
	b.Run("binary", func(b *testing.B) {
		benchCopy(b, copyfmt.Binary, accountsBinary(accountsRows), func(row *copyfmt.Row) {
			var err error
			if in, err = int4.AppendText(in[:0], row.Raw(1)); err != nil {
				b.Fatal(err)
			}
			if out, err = int4.AppendBinary(out[:0], transform(in)); err != nil {
				b.Fatal(err)
			}
			row.Set(1, out)
		})
	})
}
