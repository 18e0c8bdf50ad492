package detect

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func identityPHP(dst, _, content []byte) []byte { return append(dst, content...) }

func TestRewritePHP(t *testing.T) {
	for _, v := range []string{
		`a:0:{}`,
		`s:15:"ann@example.org";`,
		`a:2:{s:5:"email";s:15:"ann@example.org";i:0;b:1;}`,
		`a:3:{i:0;N;s:1:"d";d:-1.5E+3;s:4:"list";a:1:{i:0;s:6:"Zoë ;";}}`,
		`O:8:"stdClass":2:{s:4:"city";s:6:"Dublin";s:3:"ref";r:1;}`,
		`a:1:{s:4:"note";s:9:"a "b" {c}";}`,
	} {
		out, ok := RewritePHP(nil, []byte(v), identityPHP)
		require.True(t, ok, v)
		require.Equal(t, v, string(out))
		require.True(t, LooksPHPSerialized([]byte(v)), v)
	}
	for _, v := range []string{
		``, `a:1:{s:5:"email";}`, `s:16:"ann@example.org";`, `a:1:{i:0;i:1;}x`, `s:3:"abc"`, `i:;`,
		`C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}`, `a:99999999999999999999:{}`, `Smith, John`,
	} {
		out, ok := RewritePHP([]byte("keep"), []byte(v), identityPHP)
		require.False(t, ok, v)
		require.Equal(t, "keep", string(out))
	}
	// Each string's byte count follows its new content.
	out, ok := RewritePHP(nil, []byte(`a:1:{s:5:"email";s:15:"ann@example.org";}`), func(dst, _, c []byte) []byte {
		return append(dst, bytes.ToUpper(bytes.ReplaceAll(c, []byte("example"), []byte("exämple.co")))...)
	})
	require.True(t, ok)
	require.Equal(t, `a:1:{s:5:"EMAIL";s:19:"ANN@EXÄMPLE.CO.ORG";}`, string(out))
}

func FuzzRewritePHP(f *testing.F) {
	f.Add(`a:2:{s:5:"email";s:15:"ann@example.org";i:0;b:1;}`)
	f.Add(`O:8:"stdClass":1:{s:4:"city";s:6:"Dublin";}`)
	f.Fuzz(func(t *testing.T, v string) {
		out, ok := RewritePHP(nil, []byte(v), identityPHP)
		if ok && string(out) != v {
			t.Fatalf("identity rewrite changed %q to %q", v, out)
		}
	})
}

// TestPHPMembers: each string member is reported with its key, at any
// depth; integer keys and keys themselves are not members.
func TestPHPMembers(t *testing.T) {
	var got []string
	ok := PHPMembers([]byte(`a:3:{s:6:"global";a:2:{s:13:"mail_smtppass";s:7:"Zx9!pq2";s:8:"timezone";s:13:"Europe/Berlin";}i:0;s:3:"abc";s:5:"count";i:2;}`), func(k, v []byte) {
		got = append(got, string(k)+"="+string(v))
	})
	require.True(t, ok)
	require.Equal(t, []string{"mail_smtppass=Zx9!pq2", "timezone=Europe/Berlin"}, got)
	require.False(t, PHPMembers([]byte(`{"a":"b"}`), func(k, v []byte) { t.Fatal("called") }))
	require.False(t, PHPMembers([]byte(`a:1:{s:1:"a";}`), func(k, v []byte) {}))
}
