package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/verify"
)

// signedRecord returns a signed record of rec, as run --report-dir writes
// it, and the key that signed it.
func signedRecord(t *testing.T, rec *verify.Record) ([]byte, *signing.PrivateKey) {
	t.Helper()
	key, err := signing.Generate()
	require.NoError(t, err)
	env, err := signing.SignVerify(key, rec.RulesSHA256, rec, json.RawMessage(`{"started": "2025-03-04T03:00:00Z", "verified": false}`))
	require.NoError(t, err)
	doc, err := json.MarshalIndent(env, "", "  ")
	require.NoError(t, err)
	return doc, key
}

func TestOpenVerify(t *testing.T) {
	rec := verify.NewRecord(failedReport(), verify.PhaseBeforeSwap)
	doc, key := signedRecord(t, rec)
	other, err := signing.Generate()
	require.NoError(t, err)

	got, sig, err := OpenVerify(doc, key.Public(), nil)
	require.NoError(t, err)
	require.Equal(t, rec.Failures, got.Failures)
	require.Equal(t, &Signature{KeyID: key.ID(), SignedAt: sig.SignedAt, RulesSHA256: "abc123", ManifestSHA256: sig.ManifestSHA256, Checked: true, Holds: true}, sig)
	require.Len(t, sig.ManifestSHA256, 64)

	_, sig, err = OpenVerify(doc, other.Public(), nil)
	require.NoError(t, err, "a record that does not hold is still shown, with the warning")
	require.False(t, sig.Holds)
	require.Contains(t, sig.Problem, "the public key given is "+other.ID())
	require.Contains(t, sig.Status(), "THE SIGNATURE DOES NOT HOLD")

	_, sig, err = OpenVerify(doc, nil, nil)
	require.NoError(t, err)
	require.False(t, sig.Checked)
	require.Contains(t, sig.Status(), "not checked")

	// The manifest given is checked against the one the record names.
	_, sig, err = OpenVerify(doc, key.Public(), json.RawMessage(`{"started": "2025-03-04T03:00:00Z", "verified": true}`))
	require.NoError(t, err)
	require.False(t, sig.Holds)
	require.Contains(t, sig.Problem, "the manifest's digest is")

	// A bare record: no signature, which a key given calls out.
	bare, err := VerifyJSON(rec)
	require.NoError(t, err)
	_, sig, err = OpenVerify(bare, nil, nil)
	require.NoError(t, err)
	require.Nil(t, sig)
	_, sig, err = OpenVerify(bare, key.Public(), nil)
	require.NoError(t, err)
	require.Equal(t, "not signed: the record carries no signature", sig.Status())

	text := VerifyText(rec, &Signature{KeyID: key.ID(), Checked: true, Holds: true})
	require.Contains(t, text, "signature: signed by key "+key.ID())
	md := VerifyMarkdown(rec, &Signature{KeyID: key.ID(), Checked: true, Problem: "x"}, "")
	require.Contains(t, md, "- Signature: signed by key "+key.ID()+"; THE SIGNATURE DOES NOT HOLD: x")
}

func TestSignedVerifyHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	rec := verify.NewRecord(passedReport(), verify.PhaseBeforeSwap)
	doc, key := signedRecord(t, rec)
	other, err := signing.Generate()
	require.NoError(t, err)
	for _, c := range []struct {
		pub   *signing.PublicKey
		holds string
		text  string
	}{
		{key.Public(), "true", "the signature holds"},
		{other.Public(), "false", "THE SIGNATURE DOES NOT HOLD"},
		{nil, "unchecked", "not checked"},
	} {
		got, sig, err := OpenVerify(doc, c.pub, nil)
		require.NoError(t, err)
		page, err := VerifyHTML(got, sig)
		require.NoError(t, err)
		path := filepath.Join(dir, "verify-"+c.holds+".html")
		require.NoError(t, os.WriteFile(path, page, 0o644))
		dom := dumpDOM(t, bin, "file://"+path)
		i := strings.Index(dom, `id="verify-signature"`)
		require.Positive(t, i, "the page shows the signature")
		line := dom[i:]
		line = line[:strings.Index(line, "</p>")]
		require.Contains(t, line, `data-holds="`+c.holds+`"`)
		require.Contains(t, line, "<code>"+key.ID()+"</code>", "the key the record names")
		require.Contains(t, line, c.text)
		require.Contains(t, dom, `id="verify-outcome">PASSED<`)
	}
}
