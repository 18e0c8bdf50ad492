package anonymize

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func identityPHP(dst, content []byte) []byte { return append(dst, content...) }

func TestRewritePHP(t *testing.T) {
	for _, v := range []string{
		`a:0:{}`,
		`s:15:"ann@example.org";`,
		`a:2:{s:5:"email";s:15:"ann@example.org";i:0;b:1;}`,
		`a:3:{i:0;N;s:1:"d";d:-1.5E+3;s:4:"list";a:1:{i:0;s:6:"Zoë ;";}}`,
		`O:8:"stdClass":2:{s:4:"city";s:6:"Dublin";s:3:"ref";r:1;}`,
		`a:1:{s:4:"note";s:9:"a "b" {c}";}`,
	} {
		out, ok := rewritePHP(nil, []byte(v), identityPHP)
		require.True(t, ok, v)
		require.Equal(t, v, string(out))
		require.True(t, looksPHPSerialized([]byte(v)), v)
	}
	for _, v := range []string{
		``, `a:1:{s:5:"email";}`, `s:16:"ann@example.org";`, `a:1:{i:0;i:1;}x`, `s:3:"abc"`, `i:;`,
		`C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}`, `a:99999999999999999999:{}`, `Smith, John`,
	} {
		out, ok := rewritePHP([]byte("keep"), []byte(v), identityPHP)
		require.False(t, ok, v)
		require.Equal(t, "keep", string(out))
	}
	// Each string's byte count follows its new content.
	out, ok := rewritePHP(nil, []byte(`a:1:{s:5:"email";s:15:"ann@example.org";}`), func(dst, c []byte) []byte {
		return append(dst, bytes.ToUpper(bytes.ReplaceAll(c, []byte("example"), []byte("exämple.co")))...)
	})
	require.True(t, ok)
	require.Equal(t, `a:1:{s:5:"EMAIL";s:19:"ANN@EXÄMPLE.CO.ORG";}`, string(out))
}

func FuzzRewritePHP(f *testing.F) {
	f.Add(`a:2:{s:5:"email";s:15:"ann@example.org";i:0;b:1;}`)
	f.Add(`O:8:"stdClass":1:{s:4:"city";s:6:"Dublin";}`)
	f.Fuzz(func(t *testing.T, v string) {
		out, ok := rewritePHP(nil, []byte(v), identityPHP)
		if ok && string(out) != v {
			t.Fatalf("identity rewrite changed %q to %q", v, out)
		}
	})
}
