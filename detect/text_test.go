package detect

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// HexText reads a bytea value's hex as text when its bytes are text, and
// tells binary files apart.
func TestHexText(t *testing.T) {
	vcard := "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Kowalski\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n"
	h := []byte(hex.EncodeToString([]byte(vcard)))
	got, ok := HexText(append([]byte(`\x`), h...), 0)
	require.True(t, ok)
	require.Equal(t, vcard, string(got))
	got, ok = HexText(h, 0)
	require.True(t, ok, "without \\x")
	require.Equal(t, vcard, string(got))

	// Cut inside the ë: the cut character is dropped, the rest is text.
	cut := strings.Index(vcard, "ë") + 1
	got, ok = HexText(h, cut)
	require.True(t, ok)
	require.Equal(t, vcard[:cut-1], string(got))

	long := strings.Repeat("a line of plain text\n", 100)
	got, ok = HexText([]byte(hex.EncodeToString([]byte(long))), 50)
	require.True(t, ok)
	require.Len(t, got, 50, "only max bytes are decoded")

	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []byte(long)...)
	for name, b := range map[string][]byte{
		"png":       png,
		"nul bytes": []byte(strings.Repeat("ab\x00\x01", 200)),
		"latin-1":   []byte("Zo\xeb Kowalski"),
		"empty":     nil,
	} {
		_, ok := HexText([]byte(hex.EncodeToString(b)), 0)
		require.False(t, ok, name)
	}
	_, ok = HexText([]byte(`\xzz`), 0)
	require.False(t, ok, "not hex")
}
