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
	f.Add(`language|s:5:"fr_FR";user_id|i:66;`)
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

// TestPHPSession: a session as session_encode() writes it is read as an
// array keyed by its variables' names, rewritten in place, and refused
// when anything in it is not a name|value pair.
func TestPHPSession(t *testing.T) {
	session := `language|s:5:"fr_FR";imap_namespace|a:1:{s:5:"other";N;}user_id|i:66;username|s:15:"ann@example.org";storage_ssl|b:0;STORAGE_SPECIAL-USE|b:1;password|s:8:"Zx9!pq2;";compose_data_x1|a:1:{s:2:"to";s:15:"bob@example.org";}`
	require.True(t, LooksPHPSerialized([]byte(session)))
	out, ok := RewritePHP(nil, []byte(session), identityPHP)
	require.True(t, ok)
	require.Equal(t, session, string(out))
	var got []string
	require.True(t, PHPMembers([]byte(session), func(k, v []byte) { got = append(got, string(k)+"="+string(v)) }))
	require.Equal(t, []string{"language=fr_FR", "username=ann@example.org", "password=Zx9!pq2;", "to=bob@example.org"}, got)
	out, ok = RewritePHP(nil, []byte(session), func(dst, key, c []byte) []byte {
		if string(key) == "password" {
			return append(dst, "x"...)
		}
		return append(dst, c...)
	})
	require.True(t, ok)
	require.Contains(t, string(out), `password|s:1:"x";compose_data_x1|`)
	for _, v := range []string{
		`language|s:5:"fr_FR";x`, `language|s:5:"fr_FR";|i:1;`, `language|s:6:"fr_FR";`, `a|b:1;c|`,
		`Smith|b:1; and so on;`, `name|s:3:"abc"`, `user name|i:1;`, `total|i:1;;`,
	} {
		out, ok := RewritePHP([]byte("keep"), []byte(v), identityPHP)
		require.False(t, ok, v)
		require.Equal(t, "keep", string(out))
	}
}
