package signing

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestCanonical(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"b": 1, "a": [true, null, "x"]}`, `{"a":[true,null,"x"],"b":1}`},
		{"{\n  \"z\": {\"d\": 2, \"c\": 1}\n}\n", `{"z":{"c":1,"d":2}}`},
		{`[1.50, 1.5e1, 15, 150e-1, 0.000, -0, -0.0e7, 1E+2, 0.0012e3]`, `[1.5,15,15,15,0,0,0,100,1.2]`},
		{`[0.000012, 1.2e-05, 12e-6]`, `[0.000012,0.000012,0.000012]`},
		{`[123456789012345678901234567890, -3.25]`, `[123456789012345678901234567890,-3.25]`},
		{`"<a & b>"`, `"\u003ca \u0026 b\u003e"`},
		{`"\u00e9"`, `"é"`},
		{`{}`, `{}`},
	} {
		got, err := Canonical([]byte(c.in))
		require.NoError(t, err, c.in)
		require.Equal(t, c.want, string(got), c.in)
	}
	for _, c := range []struct{ in, want string }{
		{`{"a": 1, "a": 2}`, `duplicate key "a"`},
		{`{"x": {"a": 1, "a": 1}}`, `x: duplicate key "a"`},
		{`{"a": 1} {}`, "something follows"},
		{`{"a" 1}`, "invalid"},
		{`[1, 2`, "unexpected EOF"},
		{`1e401`, "exponent out of range"},
		{"\"\xff\"", "UTF-8"},
	} {
		_, err := Canonical([]byte(c.in))
		require.ErrorContains(t, err, c.want, c.in)
	}
}

func FuzzCanonical(f *testing.F) {
	f.Add([]byte(`{"b": 1, "a": [true, null, "x", 1.5e-3]}`))
	f.Add([]byte(`[0.000, -0, 12e-6, "\u003c"]`))
	f.Add([]byte(`{"a": {"a": {"a": []}}}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		c, err := Canonical(doc)
		if err != nil {
			return
		}
		require.True(t, json.Valid(c), "canonical form %q of %q is JSON", c, doc)
		again, err := Canonical(c)
		require.NoError(t, err)
		require.Equal(t, string(c), string(again), "the canonical form is its own canonical form")
		var a, b any
		if err := json.Unmarshal(doc, &a); err != nil {
			// A number beyond float64 (1E400): Canonical keeps its exact
			// decimal, encoding/json cannot read it to compare contents.
			return
		}
		require.NoError(t, json.Unmarshal(c, &b))
		require.Equal(t, a, b, "the canonical form has the document's content")
	})
}

func TestKeyFiles(t *testing.T) {
	key, err := Generate()
	require.NoError(t, err)
	priv, err := ParsePrivateKey(key.MarshalPEM())
	require.NoError(t, err)
	require.Equal(t, key.ID(), priv.ID())
	pub, err := ParsePublicKey(key.Public().MarshalPEM())
	require.NoError(t, err)
	require.Equal(t, key.ID(), pub.ID())
	require.Len(t, pub.ID(), 16)

	_, err = ParsePublicKey(key.MarshalPEM())
	require.ErrorContains(t, err, "is a private key")
	_, err = ParsePrivateKey(key.Public().MarshalPEM())
	require.ErrorContains(t, err, "is a public key")
	_, err = ParsePrivateKey([]byte("secret"))
	require.ErrorContains(t, err, "not a PEM file")
	_, err = ParsePublicKey(append(key.Public().MarshalPEM(), key.Public().MarshalPEM()...))
	require.ErrorContains(t, err, "more than one PEM block")
}

// TestKeysWithOpenSSL: a key OpenSSL makes signs, and OpenSSL computes the
// key ID the package documentation gives.
func TestKeysWithOpenSSL(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("no openssl on this machine; the key files are not checked against it")
	}
	dir := t.TempDir()
	keyFile, pubFile := filepath.Join(dir, "k.key"), filepath.Join(dir, "k.pub")
	out, err := exec.Command(openssl, "genpkey", "-algorithm", "ed25519", "-out", keyFile).CombinedOutput()
	require.NoError(t, err, string(out))
	out, err = exec.Command(openssl, "pkey", "-in", keyFile, "-pubout", "-out", pubFile).CombinedOutput()
	require.NoError(t, err, string(out))
	data, err := os.ReadFile(keyFile)
	require.NoError(t, err)
	key, err := ParsePrivateKey(data)
	require.NoError(t, err)
	data, err = os.ReadFile(pubFile)
	require.NoError(t, err)
	pub, err := ParsePublicKey(data)
	require.NoError(t, err)
	der, err := exec.Command(openssl, "pkey", "-pubin", "-in", pubFile, "-outform", "DER").Output()
	require.NoError(t, err)
	sum := sha256.Sum256(der)
	require.Equal(t, hex.EncodeToString(sum[:8]), pub.ID(), "the documented openssl pipeline gives the key ID")
	require.Equal(t, key.ID(), pub.ID())

	// And OpenSSL reads the files understudy writes.
	ours, err := Generate()
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(keyFile, ours.MarshalPEM(), 0o600))
	out, err = exec.Command(openssl, "pkey", "-in", keyFile, "-pubout").CombinedOutput()
	require.NoError(t, err, string(out))
	require.Equal(t, string(ours.Public().MarshalPEM()), string(out))
}

// signed returns a signed record with a realistic payload, its manifest
// beside it, indented as run --report-dir writes it.
func signed(t *testing.T, key *PrivateKey) []byte {
	t.Helper()
	manifest := json.RawMessage(`{"understudy_version": "dev", "started": "2026-01-02T03:04:05.123456Z", "rules_sha256": "05ae3d96bb42",
		"tables": [{"table": "public.users", "rows_written": 1200, "seconds": 0.0123}], "steps": [{"step": "copy", "seconds": 1.25e-05}], "verified": true, "swap": "swapped"}`)
	digest, err := Digest(manifest)
	require.NoError(t, err)
	env, err := Sign(key, Record{RulesSHA256: "05ae3d96bb42", ManifestSHA256: digest, SignedAt: time.Date(2026, 1, 2, 3, 5, 0, 0, time.UTC),
		Verify: json.RawMessage(`{"target": "staging", "passed": true, "failures": [], "summary": {"foreign_keys": 3, "leaks_failed": 0}, "integrity": [], "leaks": [], "credentials": []}`)}, manifest)
	require.NoError(t, err)
	b, err := json.MarshalIndent(env, "", "  ")
	require.NoError(t, err)
	return b
}

func check(data []byte, pub *PublicKey) (*Record, error) {
	env, err := ParseEnvelope(data)
	if err != nil {
		return nil, err
	}
	return env.Check(pub)
}

func TestSignAndCheck(t *testing.T) {
	key, err := Generate()
	require.NoError(t, err)
	data := signed(t, key)
	rec, err := check(data, key.Public())
	require.NoError(t, err)
	require.Equal(t, Format, rec.Format)
	require.Equal(t, "05ae3d96bb42", rec.RulesSHA256)
	require.Contains(t, string(rec.Verify), `"passed":true`)

	other, err := Generate()
	require.NoError(t, err)
	_, err = check(data, other.Public())
	var nh *NotHeldError
	require.ErrorAs(t, err, &nh)
	require.Contains(t, nh.Reason, "signed by key "+key.ID()+", and the public key given is "+other.ID())

	// A record signed by another key, claiming this key's ID.
	forged := signed(t, other)
	forged = bytes.Replace(forged, []byte(other.ID()), []byte(key.ID()), 1)
	_, err = check(forged, key.Public())
	require.ErrorContains(t, err, "the signature does not match the payload")

	// The manifest beside the record is bound to it by its digest.
	var env Envelope
	require.NoError(t, json.Unmarshal(data, &env))
	env.Manifest = json.RawMessage(strings.Replace(string(env.Manifest), "1200", "1201", 1))
	_, err = env.Check(key.Public())
	require.ErrorContains(t, err, "the manifest's digest is")

	_, err = check([]byte(`{"passed": true}`), key.Public())
	require.ErrorContains(t, err, `not a signed record: no "payload"`)
}

// TestOneByteEdits changes each byte of a signed record in turn: every
// change fails the check, unless it leaves the content as it was (the
// only one-byte change of layout that stays JSON: "e" for "E" in a
// number's exponent).
func TestOneByteEdits(t *testing.T) {
	key, err := Generate()
	require.NoError(t, err)
	data := signed(t, key)
	var orig any
	require.NoError(t, json.Unmarshal(data, &orig))
	held := 0
	for i := range data {
		for _, flip := range []byte{0x01, 0x20} {
			edited := bytes.Clone(data)
			edited[i] ^= flip
			if _, err := check(edited, key.Public()); err == nil {
				var got any
				require.NoError(t, json.Unmarshal(edited, &got), "byte %d edited still holds: it must at least be JSON", i)
				require.Equal(t, orig, got, "byte %d (%q -> %q) changed the record's content and the signature still holds", i, data[i], edited[i])
				held++
			}
		}
	}
	t.Logf("%d bytes, %d edits, %d held (layout only)", len(data), 2*len(data), held)
}

// TestSurvivesJSONB: a record stored in a jsonb column (which reorders keys
// and drops whitespace) and read back still holds; the same record edited
// in the column does not.
func TestSurvivesJSONB(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, pgtest.Empty))
	require.NoError(t, err)
	defer conn.Close(ctx)
	key, err := Generate()
	require.NoError(t, err)
	data := signed(t, key)
	var back string
	require.NoError(t, conn.QueryRow(ctx, "SELECT $1::jsonb::text", string(data)).Scan(&back))
	require.NotEqual(t, string(data), back, "jsonb lays the document out its own way")
	_, err = check([]byte(back), key.Public())
	require.NoError(t, err)

	require.NoError(t, conn.QueryRow(ctx, `SELECT jsonb_set($1::jsonb, '{payload,verify,passed}', 'false')::text`, string(data)).Scan(&back))
	_, err = check([]byte(back), key.Public())
	require.ErrorContains(t, err, "the signature does not match the payload")
}
