package copyfmt_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/understudy/understudy/internal/copyfmt"
)

// Mask the second field of every row of a text COPY stream and pass the
// others through.
func Example() {
	src := strings.NewReader("1\talice@example.com\tAlice\\tA.\n2\t\\N\tBob\n")
	r, err := copyfmt.NewTextReader(src, nil)
	if err != nil {
		panic(err)
	}
	w, err := copyfmt.NewTextWriter(os.Stdout, nil)
	if err != nil {
		panic(err)
	}
	var value []byte
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(err)
		}
		if !row.Null(1) {
			value = row.AppendValue(value[:0], 1)
			value = bytes.ToUpper(value) // a transformer
			row.Set(1, value)
		}
		if err := w.WriteRow(row); err != nil {
			panic(err)
		}
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	// Output:
	// 1	ALICE@EXAMPLE.COM	Alice\tA.
	// 2	\N	Bob
}

// Convert a binary timestamptz for a transformer and back.
func ExampleBinaryToText() {
	bin := []byte{0x00, 0x02, 0x5a, 0xbe, 0xd0, 0xe2, 0x50, 0x40} // from COPY ... (FORMAT binary)
	text, err := copyfmt.BinaryToText("timestamptz", nil, bin)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(text))
	back, err := copyfmt.TextToBinary("timestamptz", nil, text)
	if err != nil {
		panic(err)
	}
	fmt.Println(bytes.Equal(back, bin))
	// Output:
	// 2020-12-31 10:25:48.2+00
	// true
}
