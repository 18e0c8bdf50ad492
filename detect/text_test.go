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

func TestYAMLMembers(t *testing.T) {
	doc := "--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nhost: dc01.example\nssl: true\nbind_pw: '69R9i9KR4mqonId1'\nuser_attributes:\n  givenname: firstname\n"
	var got []string
	require.True(t, YAMLMembers(doc, func(k, v string) { got = append(got, k+"="+v) }))
	require.Equal(t, []string{"host=dc01.example", "ssl=true", "bind_pw=69R9i9KR4mqonId1", "user_attributes=", "givenname=firstname"}, got)
	// Without a marker: three lines or more, four in five of them members.
	require.True(t, YAMLMembers("a: 1\nb: two\nlist:\n- x\n", func(string, string) {}))
	require.False(t, YAMLMembers("Dear Ann,\nthanks for your note: we will call.\nRegards", func(string, string) {}))
	require.False(t, YAMLMembers("one line: only", func(string, string) {}))

	// Keys and short values are not prose; a prose value is.
	settings := "---\nchannel_id: 3\nescalation:\n  first_response_at: 2024-03-01 10:00:00\n  close_at: 2024-03-02 10:00:00\nsla_id: 1\n"
	require.False(t, IsProse(settings))
	require.True(t, IsProse(settings+"out_of_office_text: I am away until Monday, please ask my colleague instead\n"))
}
