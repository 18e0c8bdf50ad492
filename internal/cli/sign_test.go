package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/internal/signing"
)

// keygen writes a key pair and returns its files and ID, checking that
// keygen printed the ID.
func keygen(t *testing.T) (key, pub, id string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "k")
	res := understudy(t, "keygen", "--out", out)
	require.Equal(t, 0, res.Code, res.Stderr)
	data, err := os.ReadFile(out + ".pub")
	require.NoError(t, err)
	p, err := signing.ParsePublicKey(data)
	require.NoError(t, err)
	require.Contains(t, res.Stdout, "key id "+p.ID())
	return out + ".key", out + ".pub", p.ID()
}

func TestKeygen(t *testing.T) {
	t.Parallel()
	keyFile, _, id := keygen(t)
	out := strings.TrimSuffix(keyFile, ".key")
	fi, err := os.Stat(keyFile)
	require.NoError(t, err)
	require.Zero(t, fi.Mode().Perm()&0o077, "the private key is for its owner only: %v", fi.Mode())
	key, err := os.ReadFile(keyFile)
	require.NoError(t, err)
	priv, err := signing.ParsePrivateKey(key)
	require.NoError(t, err)
	require.Equal(t, id, priv.ID())

	// Never overwritten, and nothing half written.
	res := understudy(t, "keygen", "-o", out)
	require.Equal(t, ExitUsage, res.Code)
	require.Contains(t, res.Stderr, out+".key exists: keygen never overwrites a key")
	again, err := os.ReadFile(out + ".key")
	require.NoError(t, err)
	require.Equal(t, key, again)
	require.NoError(t, os.Remove(out+".key"))
	res = understudy(t, "keygen", "-o", out)
	require.Equal(t, ExitUsage, res.Code)
	require.Contains(t, res.Stderr, out+".pub exists")
	require.NoFileExists(t, out+".key")

	// A missing key file, and the wrong half of a pair, are usage errors.
	res = understudy(t, "check-record", "--public-key", filepath.Join(t.TempDir(), "none.pub"), "r.json")
	require.Equal(t, ExitUsage, res.Code)
	require.Contains(t, res.Stderr, "--public-key: open ")
	private := filepath.Join(t.TempDir(), "k.key")
	require.NoError(t, os.WriteFile(private, key, 0o600))
	res = understudy(t, "check-record", "--public-key", private, "r.json")
	require.Equal(t, ExitUsage, res.Code)
	require.Contains(t, res.Stderr, "is a private key: checking needs only the public key")
}

// TestSignedRecord: a signed run's record holds, in its file and in
// understudy.runs; edited by one byte, or checked with another key, it
// does not, and the HTML reports say which.
func TestSignedRecord(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	key, pub, id := keygen(t)
	_, otherPub, otherID := keygen(t)

	res := r.Run(t, "--sign-key", key, "--no-verify")
	require.Equal(t, ExitUsage, res.Code)
	require.Contains(t, res.Stderr, "--sign-key signs the verify record, and --no-verify makes none")

	dir := t.TempDir()
	res = r.Run(t, "--sign-key", key, "--report-dir", dir)
	require.Equal(t, 0, res.Code, res.Stderr)
	records, err := filepath.Glob(filepath.Join(dir, "run-*.record.json"))
	require.NoError(t, err)
	require.Len(t, records, 1)
	record := records[0]

	res = understudy(t, "check-record", "--public-key", pub, record)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, record+": the record holds")
	require.Contains(t, res.Stdout, "signed by key "+id)
	require.Contains(t, res.Stdout, "manifest sha256 ")
	require.Regexp(t, `verify passed of \S*`+r.Target+`__next checked \S+ \(before swap\)`, res.Stdout)

	res = understudy(t, "check-record", "--public-key", pub, "--target", r.Tgt)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stdout, "record 1 of 1: holds")

	// One byte of the verify report changed: a violation count.
	data, err := os.ReadFile(record)
	require.NoError(t, err)
	i := bytes.Index(data, []byte(`"violations": 0`))
	require.Positive(t, i)
	edited := bytes.Clone(data)
	edited[i+len(`"violations": `)] = '7'
	editedFile := filepath.Join(t.TempDir(), "edited.json")
	require.NoError(t, os.WriteFile(editedFile, edited, 0o644))
	res = understudy(t, "check-record", "--public-key", pub, editedFile)
	require.Equal(t, ExitCheckFailed, res.Code)
	require.Contains(t, res.Stderr, "the record does not hold: the signature does not match the payload: the record was changed after key "+id+" signed it")

	res = understudy(t, "check-record", "--public-key", otherPub, record)
	require.Equal(t, ExitCheckFailed, res.Code)
	require.Contains(t, res.Stderr, "signed by key "+id+", and the public key given is "+otherID)

	// The HTML reports show the key and whether the signature holds.
	pages, err := filepath.Glob(filepath.Join(dir, "run-*.verify.html"))
	require.NoError(t, err)
	require.Len(t, pages, 1)
	page, err := os.ReadFile(pages[0])
	require.NoError(t, err)
	require.Contains(t, string(page), `data-holds="true">Signed by key <code>`+id+`</code>`)
	for _, c := range []struct {
		args  []string
		holds string
		text  string
	}{
		{[]string{"--verify", record, "--public-key", pub}, "true", "the signature holds"},
		{[]string{"--verify", editedFile, "--public-key", pub}, "false", "THE SIGNATURE DOES NOT HOLD"},
		{[]string{"--verify", record, "--public-key", otherPub}, "false", "and the public key given is " + otherID},
		{[]string{"--verify", record}, "unchecked", "not checked"},
		{[]string{"--verify-from", r.Tgt, "--public-key", pub}, "true", "the signature holds"},
	} {
		out := filepath.Join(t.TempDir(), "report.html")
		res := understudy(t, append([]string{"report", "--config", r.Rules, "--source", r.Src, "--format", "html", "-o", out}, c.args...)...)
		require.Equal(t, 0, res.Code, res.Stderr)
		page, err := os.ReadFile(out)
		require.NoError(t, err)
		require.Contains(t, string(page), `id="verify-signature" data-holds="`+c.holds+`"`, c.args)
		require.Contains(t, string(page), c.text, c.args)
	}

	// A later check, signed and recorded with the run it checks.
	res = understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--record", "--sign-key", key, "--format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, `"key_id": "`+id+`"`)
	require.Contains(t, res.Stdout, `"manifest_sha256"`)
	signedCheck := filepath.Join(t.TempDir(), "check.json")
	require.NoError(t, os.WriteFile(signedCheck, []byte(res.Stdout), 0o644))
	res = understudy(t, "check-record", "--public-key", pub, signedCheck)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, "(on demand)")
	res = understudy(t, "check-record", "--public-key", pub, "--target", r.Tgt)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stdout, "record 2 of 2: holds")
	res = understudy(t, "history", "--target", r.Tgt)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, " passed ", "history reads signed records")

	// An unsigned check recorded since does not hold.
	res = understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--record")
	require.Equal(t, 0, res.Code, res.Stderr)
	res = understudy(t, "check-record", "--public-key", pub, "--target", r.Tgt)
	require.Equal(t, ExitCheckFailed, res.Code)
	require.Contains(t, res.Stderr, "record 3 of 3: the record carries no signature")

	// The manifest stored with the run, edited in staging: its records no
	// longer name it.
	tgt := clitest.Connect(t, r.Tgt)
	_, err = tgt.Exec(ctx, `UPDATE understudy.runs SET manifest = jsonb_set(manifest, '{tables,0,rows_written}', '0')`)
	require.NoError(t, err)
	res = understudy(t, "check-record", "--public-key", pub, "--target", r.Tgt)
	require.Equal(t, ExitCheckFailed, res.Code)
	require.Contains(t, res.Stderr, "record 1 of 3: the manifest's digest is")
	require.Equal(t, 3, strings.Count(res.Stderr, "run started "), res.Stderr)
	require.Contains(t, res.Stderr, "record 2 of 3: the manifest's digest is")

	// A run whose new copy fails verification is in no database: its
	// signed record, in --report-dir, covers the manifest as it ended.
	data, err = os.ReadFile(r.Rules)
	require.NoError(t, err)
	bad := clitest.KeepSettingsSecrets(t, string(data))
	require.NoError(t, os.WriteFile(r.Rules, []byte(bad), 0o644))
	dir = t.TempDir()
	res = r.Run(t, "--sign-key", key, "--report-dir", dir, "--terminate-sessions")
	require.Equal(t, ExitCheckFailed, res.Code, res.Stderr)
	records, err = filepath.Glob(filepath.Join(dir, "run-*.record.json"))
	require.NoError(t, err)
	require.Len(t, records, 1)
	res = understudy(t, "check-record", "--public-key", pub, records[0])
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, "verify failed: ")
	data, err = os.ReadFile(records[0])
	require.NoError(t, err)
	require.Contains(t, string(data), "not swapped in", "the manifest beside the record is the run's as it ended")
}
