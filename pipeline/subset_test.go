package pipeline

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/stretchr/testify/require"
)

// binaryStream is a binary COPY stream: the 19-byte header, the rows as
// given, the -1 trailer.
func binaryStream(rows ...string) []byte {
	b := []byte("PGCOPY\n\xff\r\n\x00" + "\x00\x00\x00\x00" + "\x00\x00\x00\x00")
	for _, r := range rows {
		b = append(b, r...)
	}
	return append(b, 0xff, 0xff)
}

// TestCopyOutPartsJoinsBinaryStreams: several COPY TO streams become one,
// whatever sizes the driver's writes come in, and a stream without its
// trailer is an error.
func TestCopyOutPartsJoinsBinaryStreams(t *testing.T) {
	parts := map[string][]byte{
		"q1": binaryStream("\x00\x01row-one", "\x00\x01row-two"),
		"q2": binaryStream(),
		"q3": binaryStream("\x00\x01row-three\xff"),
	}
	want := binaryStream("\x00\x01row-one", "\x00\x01row-two", "\x00\x01row-three\xff")
	for _, chunk := range []int{1, 2, 3, 7, 1 << 20} {
		run := func(_ context.Context, w io.Writer, q string) (int64, error) {
			b := parts[q]
			for len(b) > 0 {
				n := min(chunk, len(b))
				if _, err := w.Write(b[:n]); err != nil {
					return 0, err
				}
				b = b[n:]
			}
			return int64(len(q)), nil
		}
		var out bytes.Buffer
		rows, err := copyOutParts(context.Background(), run, &out, []string{"q1", "q2", "q3"}, true)
		require.NoError(t, err)
		require.EqualValues(t, 6, rows, "the parts' rows add up")
		require.Equal(t, want, out.Bytes(), "writes of %d bytes", chunk)

		// One part, or text: the bytes go through as they are.
		out.Reset()
		_, err = copyOutParts(context.Background(), run, &out, []string{"q1"}, true)
		require.NoError(t, err)
		require.Equal(t, parts["q1"], out.Bytes())
		out.Reset()
		_, err = copyOutParts(context.Background(), run, &out, []string{"q1", "q2"}, false)
		require.NoError(t, err)
		require.Equal(t, append(append([]byte{}, parts["q1"]...), parts["q2"]...), out.Bytes())
	}

	parts["bad"] = parts["q1"][:len(parts["q1"])-2]
	run := func(_ context.Context, w io.Writer, q string) (int64, error) {
		_, err := w.Write(parts[q])
		return 1, err
	}
	_, err := copyOutParts(context.Background(), run, io.Discard, []string{"bad", "q2"}, true)
	require.ErrorContains(t, err, "without its trailer")
}
