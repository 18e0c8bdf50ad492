package detect

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
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

// HexText reads bytes compressed with zlib or gzip as the text they
// inflate to: compressed at any level, stored without compression (as
// PHP's gzcompress writes short values), cut short, and with a checksum
// that fails. Compressed binary, random bytes under a header that looks
// like zlib's, and a damaged stream are not text.
func TestHexTextInflates(t *testing.T) {
	doc := `{"rootId":1,"children":[{"nodeType":3,"textContent":"Welcome back, Mette Kjærgaard (mette@example.dk)"}]}`
	deflate := func(level int, gz bool, b []byte) []byte {
		var buf bytes.Buffer
		if gz {
			w, _ := gzip.NewWriterLevel(&buf, level)
			w.Write(b)
			w.Close()
		} else {
			w, _ := zlib.NewWriterLevel(&buf, level)
			w.Write(b)
			w.Close()
		}
		return buf.Bytes()
	}
	hexOf := func(b []byte) []byte { return []byte(`\x` + hex.EncodeToString(b)) }
	for name, b := range map[string][]byte{
		"zlib best":   deflate(zlib.BestCompression, false, []byte(doc)),
		"zlib stored": deflate(zlib.NoCompression, false, []byte(doc)),
		"gzip":        deflate(gzip.DefaultCompression, true, []byte(doc)),
	} {
		got, ok := HexText(hexOf(b), 0)
		require.True(t, ok, name)
		require.Equal(t, doc, string(got), name)
	}
	z := deflate(zlib.NoCompression, false, []byte(strings.Repeat(doc, 20)))
	got, ok := HexText(hexOf(z[:len(z)/2]), 0)
	require.True(t, ok, "cut short")
	require.True(t, strings.HasPrefix(doc+doc, string(got)[:len(doc)]))
	got, ok = HexText(hexOf(z), 100)
	require.True(t, ok)
	require.Len(t, got, 100, "only max bytes are inflated")
	bad := deflate(zlib.NoCompression, false, []byte(doc))
	bad[len(bad)-1] ^= 0xff
	got, ok = HexText(hexOf(bad), 0)
	require.True(t, ok, "a checksum that fails")
	require.Equal(t, doc, string(got))

	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	for name, b := range map[string][]byte{
		"compressed png":     deflate(zlib.DefaultCompression, false, png),
		"random after 78 9c": append([]byte{0x78, 0x9c}, sha256.New().Sum([]byte("x"))...),
		"damaged":            append(deflate(zlib.DefaultCompression, false, []byte(doc))[:2], 0xff, 0xff, 0xff),
	} {
		_, ok := HexText(hexOf(b), 0)
		require.False(t, ok, name)
	}
	// Text that starts as a zlib header would ("x = 5", "HK$ 120") is
	// read as text when it does not inflate.
	for _, text := range []string{"x = 5 and y = 7\n", "HK$ 120 paid by card"} {
		require.True(t, compressedHead(text[0], text[1]), text)
		got, ok := HexText(hexOf([]byte(text)), 0)
		require.True(t, ok, text)
		require.Equal(t, text, string(got))
	}
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

// TestBase64Text: the base64 of a serialized document or of other text is
// read as its text and written back the same way; keys, digests, words,
// JWTs and binary files are not text.
func TestBase64Text(t *testing.T) {
	docs := []string{
		`a:2:{s:9:"from_name";s:12:"Amara Mensah";s:9:"from_addr";s:16:"amara@example.org";}`,
		`{"access_token":"ya29.x","refresh_token":"1//0g"}`,
		`[{"field":"last_name","value":"Kowalski"}]`,
		`O:8:"stdClass":1:{s:4:"city";s:6:"Dublin";}`,
		"---\nsmtp_user: ann\nsmtp_pass: x\n",
		`language|s:5:"fr_FR";username|s:16:"ann@example.org";password|s:12:"cGFzc3dvcmQ=";`,
		"Attendees: Miren Agirre, Xabier Olaizola\nNext meeting: Tuesday",
		"BEGIN:VCALENDAR\r\nATTENDEE;CN=Ann Lee:mailto:ann@example.org\r\nEND:VCALENDAR\r\n",
		"plain words, not a document",
	}
	for _, doc := range docs {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			v := enc.EncodeToString([]byte(doc))
			got, back, ok := Base64Text([]byte(v), false)
			require.True(t, ok, "%s %q", doc, v)
			require.Equal(t, doc, string(got))
			require.Equal(t, v, back.EncodeToString(got), "written back another way")
			// A sample's prefix, cut anywhere past the first characters.
			cut := v[:len(v)*2/3+1]
			part, _, ok := Base64Text([]byte(cut), true)
			require.True(t, ok, cut)
			require.True(t, strings.HasPrefix(doc, string(part)), "%q is not a prefix of %q", part, doc)
			if len(cut)%4 == 1 {
				_, _, ok = Base64Text([]byte(cut), false)
				require.False(t, ok, "a cut value read whole: %q", cut)
			}
		}
	}
	// Spaces around a value are not part of it.
	got, _, ok := Base64Text([]byte(" "+base64.StdEncoding.EncodeToString([]byte(docs[0]))+"\n"), false)
	require.True(t, ok)
	require.Equal(t, docs[0], string(got))

	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(i*73 + 11)
	}
	for _, v := range []string{
		base64.StdEncoding.EncodeToString(key),
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"Administrators_group",
		"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
		base64.StdEncoding.EncodeToString([]byte("plain words")),
		base64.StdEncoding.EncodeToString([]byte("a\x00binary\x01file with a NUL")),
		base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
		base64.StdEncoding.EncodeToString([]byte("{\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c")),
		"eyJh",
		"eyJhIjoiYiJ9===",
	} {
		_, _, ok := Base64Text([]byte(v), false)
		require.False(t, ok, v)
	}
}

func TestIsImageDataURL(t *testing.T) {
	for _, s := range []string{"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAADI", " DATA:image/jpeg;base64,/9j/4AAQ ", "data:image/svg+xml;charset=utf-8,%3Csvg%3E"} {
		require.True(t, IsImageDataURL(s), s)
	}
	for _, s := range []string{"", "data:image/", "data:text/plain;base64,SGVsbG8=", "image/png", "https://cdn.example/a.png", "data:image/png base64 nope", "see data:image/png;base64,iVBOR"} {
		require.False(t, IsImageDataURL(s), s)
	}
}

// TestBase64TextRefusesRandom: digests, keys, ids and UUIDs, none of them
// text once decoded, are refused however many there are.
func TestBase64TextRefusesRandom(t *testing.T) {
	for i := range 20000 {
		h := sha256.Sum256([]byte(strconv.Itoa(i)))
		m := md5.Sum([]byte(strconv.Itoa(i)))
		for _, v := range []string{
			hex.EncodeToString(h[:]), hex.EncodeToString(m[:]),
			base64.StdEncoding.EncodeToString(h[:]), base64.RawURLEncoding.EncodeToString(m[:]),
			fmt.Sprintf("%x%X", m[:6], h[:6]),
			fmt.Sprintf("%x-%x-%x-%x-%x", m[0:4], m[4:6], m[6:8], m[8:10], m[10:16]),
		} {
			_, _, ok := Base64Text([]byte(v), false)
			require.False(t, ok, v)
		}
	}
}
