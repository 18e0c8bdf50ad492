package integration

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/verify"
)

// runFiles returns the files run --report-dir wrote, by suffix
// (".manifest.json", ".verify.json", ".verify.html"), each list in the
// order of the runs.
func runFiles(t *testing.T, dir string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, suffix := range []string{".manifest.json", ".verify.json", ".verify.html"} {
		m, err := filepath.Glob(filepath.Join(dir, "run-*"+suffix))
		require.NoError(t, err)
		out[suffix] = m // Glob sorts, and the names sort by start time
	}
	return out
}

func readRecord(t *testing.T, path string) *verify.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	rec, err := verify.ParseRecord(data)
	require.NoError(t, err, path)
	return rec
}

// historyLines returns history's text output without its header, newest
// run first.
func historyLines(t *testing.T, target string) []string {
	t.Helper()
	res := understudy(t, "history", "--target", target)
	require.Equal(t, 0, res.Code, res.Stderr)
	lines := strings.Split(strings.TrimSpace(res.Stdout), "\n")
	require.Contains(t, lines[0], "verify")
	require.Contains(t, lines[0], "last check (UTC)")
	return lines[1:]
}

// historyJSON decodes history --format json.
func historyJSON(t *testing.T, target string) []struct {
	Verified bool              `json:"verified"`
	Verify   []json.RawMessage `json:"verify"`
} {
	t.Helper()
	res := understudy(t, "history", "--target", target, "--format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	var runs []struct {
		Verified bool              `json:"verified"`
		Verify   []json.RawMessage `json:"verify"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &runs), res.Stdout)
	return runs
}

// plantLeak gives three customers their production email back and puts a
// token in a comment; it returns the values that must never be printed.
func plantLeak(t *testing.T, r *refresh) []string {
	t.Helper()
	ctx := context.Background()
	src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
	rows, err := src.Query(ctx, "SELECT id, email::text FROM public.customers WHERE email IS NOT NULL ORDER BY id LIMIT 3")
	require.NoError(t, err)
	var ids []int64
	var values []string
	for rows.Next() {
		var id int64
		var email string
		require.NoError(t, rows.Scan(&id, &email))
		ids = append(ids, id)
		values = append(values, email)
	}
	require.NoError(t, rows.Err())
	require.Len(t, values, 3)
	for i, id := range ids {
		_, err := tgt.Exec(ctx, "UPDATE public.customers SET email = $2 WHERE id = $1", id, values[i])
		require.NoError(t, err)
	}
	const token = "sk_live_51AbCdEfGhIjKlMnOpQrStUvWx"
	_, err = tgt.Exec(ctx, "UPDATE public.comments SET body = 'see "+token+"' WHERE id = 1")
	require.NoError(t, err)
	return append(values, token)
}

var leakRowRE = regexp.MustCompile(`<tr class="v-leak">`)

// TestAuditRecord: a run stores its verify report with its manifest, in
// staging and as files; history shows it; report embeds it; a later check
// of staging, failed by a planted leak, is recorded too, and outlives the
// next refresh in the history it carries over. No output shows a value.
func TestAuditRecord(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	dir := t.TempDir()
	res := r.Run(t, "--report-dir", dir)
	require.Equal(t, 0, res.Code, res.Stderr)
	rulesData, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	sum := sha256.Sum256(rulesData)
	rulesSHA := hex.EncodeToString(sum[:])

	// The files.
	files := runFiles(t, dir)
	require.Len(t, files[".manifest.json"], 1)
	require.Len(t, files[".verify.json"], 1)
	require.Len(t, files[".verify.html"], 1)
	require.Equal(t, true, clitest.ReadManifest(t, files[".manifest.json"][0])["verified"])
	fileRec := readRecord(t, files[".verify.json"][0])
	require.True(t, fileRec.Passed, fileRec.Failures)
	require.Equal(t, verify.PhaseBeforeSwap, fileRec.Phase)
	require.Equal(t, rulesSHA, fileRec.RulesSHA256)
	require.NotEmpty(t, fileRec.Snapshot)
	require.NotEmpty(t, fileRec.Integrity)
	require.NotEmpty(t, fileRec.Leaks)
	require.Contains(t, fileRec.Target, r.Target+"__next", "the run checked the new copy before the swap")
	page, err := os.ReadFile(files[".verify.html"][0])
	require.NoError(t, err)
	require.Contains(t, string(page), `id="verify-outcome">PASSED<`)
	require.Len(t, leakRowRE.FindAllString(string(page), -1), len(fileRec.Leaks), "one row per masked column")

	// In staging, the same record, readable as it was written.
	tgt := clitest.Connect(t, r.Tgt)
	var n int
	var stored string
	require.NoError(t, tgt.QueryRow(ctx, "SELECT jsonb_array_length(verify), (verify -> 0)::text FROM understudy.runs").Scan(&n, &stored))
	require.Equal(t, 1, n)
	storedRec, err := verify.ParseRecord([]byte(stored))
	require.NoError(t, err)
	require.Equal(t, fileRec, storedRec)

	lines := historyLines(t, r.Tgt)
	require.Len(t, lines, 1)
	require.Regexp(t, ` `+rulesSHA[:12]+` +passed +- `, lines[0])
	runs := historyJSON(t, r.Tgt)
	require.Len(t, runs, 1)
	require.True(t, runs[0].Verified)
	require.Len(t, runs[0].Verify, 1)

	// report embeds it, in every format.
	out := filepath.Join(dir, "audit.html")
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt, "--format", "html", "-o", out)
	require.Equal(t, 0, res.Code, res.Stderr)
	audit, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Contains(t, string(audit), "<h1>Masking coverage:")
	require.Contains(t, string(audit), `id="verify-outcome">PASSED<`)
	require.NotContains(t, string(audit), `id="verify-mismatch"`, "the record was checked under these rules")
	require.Len(t, leakRowRE.FindAllString(string(audit), -1), len(fileRec.Leaks))
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt, "--format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	var doc struct {
		RulesSHA256 string          `json:"rules_sha256"`
		Tables      []any           `json:"tables"`
		Verify      json.RawMessage `json:"verify"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &doc))
	require.Equal(t, rulesSHA, doc.RulesSHA256)
	require.NotEmpty(t, doc.Tables)
	embedded, err := verify.ParseRecord(doc.Verify)
	require.NoError(t, err)
	require.True(t, embedded.Passed)
	require.Len(t, embedded.Leaks, len(fileRec.Leaks))
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt, "--format", "text")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, "\nVerification: passed\n")
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify", files[".verify.json"][0], "--format", "markdown")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, "## Verification: PASSED")

	// A leak planted in staging: verify --record fails, and records it.
	secrets := plantLeak(t, r)
	checkPage := filepath.Join(dir, "check.html")
	res = understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--record", "--format", "html", "-o", checkPage)
	require.Equal(t, 4, res.Code, res.Stdout+res.Stderr)
	require.NotContains(t, res.Stderr, "could not be recorded")
	page, err = os.ReadFile(checkPage)
	require.NoError(t, err)
	require.Contains(t, string(page), `id="verify-outcome">FAILED<`)
	require.Contains(t, string(page), "1 leaking column, 1 credential</h2>")
	require.Regexp(t, `<tr class="v-leak"><td>public.customers</td><td>email</td><td>row key</td><td>[^<]*</td><td class="n">\d+</td><td class="n">3</td><td><span class="status s-fail">FAIL`, string(page))
	require.Contains(t, string(page), `<tr class="v-credential"><td>public.comments</td><td>body</td><td></td><td>stripe_key</td><td class="n">1</td><td>(1)</td></tr>`)

	lines = historyLines(t, r.Tgt)
	require.Len(t, lines, 1)
	require.Regexp(t, ` passed +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d failed: 1 leaking column, 1 credential `, lines[0])
	runs = historyJSON(t, r.Tgt)
	require.Len(t, runs[0].Verify, 2)
	later, err := verify.ParseRecord(runs[0].Verify[1])
	require.NoError(t, err)
	require.False(t, later.Passed)
	require.Equal(t, verify.PhaseOnDemand, later.Phase)
	require.Equal(t, 1, later.Summary.LeaksFailed)
	require.Equal(t, 1, later.Summary.Credentials)

	// The report now embeds the failed check: the latest proof.
	var outputs strings.Builder
	outputs.Write(page)
	outputs.WriteString(res.Stdout + res.Stderr)
	for _, f := range []string{"html", "json", "text", "markdown"} {
		res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt, "--format", f)
		require.Equal(t, 0, res.Code, res.Stderr)
		outputs.WriteString(res.Stdout + res.Stderr)
		if f == "html" {
			require.Contains(t, res.Stdout, `id="verify-outcome">FAILED<`)
			require.Contains(t, res.Stdout, "leak: public.customers.email: 3 of")
		}
	}
	for _, f := range []string{"text", "json"} {
		res = understudy(t, "history", "--target", r.Tgt, "--format", f)
		outputs.WriteString(res.Stdout + res.Stderr)
	}
	var all string
	require.NoError(t, tgt.QueryRow(ctx, "SELECT verify::text FROM understudy.runs").Scan(&all))
	outputs.WriteString(all)
	for _, s := range secrets {
		require.NotContains(t, outputs.String(), s, "no output and no stored report shows a value")
	}

	// Rules changed since the check: the report says so.
	require.NoError(t, os.WriteFile(r.Rules, append(rulesData, "# reviewed\n"...), 0o644))
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt, "--format", "html")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, `id="verify-mismatch"`)
	require.Contains(t, res.Stdout, "rules file SHA-256 "+rulesSHA+", not the rules file this report covers")

	// The next refresh replaces the leaky copy; the history it carries
	// keeps both records of the first run.
	res = r.Run(t, "--terminate-sessions", "--report-dir", dir)
	require.Equal(t, 0, res.Code, res.Stderr)
	files = runFiles(t, dir)
	require.Len(t, files[".verify.json"], 2)
	require.True(t, readRecord(t, files[".verify.json"][1]).Passed)
	lines = historyLines(t, r.Tgt)
	require.Len(t, lines, 2)
	require.Regexp(t, ` passed +- `, lines[0])
	require.Regexp(t, ` passed +\S+ \S+ failed: 1 leaking column, 1 credential `, lines[1])
	runs = historyJSON(t, r.Tgt)
	require.Len(t, runs[0].Verify, 1)
	require.Len(t, runs[1].Verify, 2)
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt, "--format", "text")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, "\nVerification: passed\n", "the newest copy's proof")
}

// TestAuditFailedRunVerify: a run whose new copy fails verification is
// not swapped in; its verify report, failed, is written to --report-dir,
// and staging's history is as it was.
func TestAuditFailedRunVerify(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	bad := clitest.KeepSettingsSecrets(t, string(data))
	require.NoError(t, os.WriteFile(r.Rules, []byte(bad), 0o644))

	dir := t.TempDir()
	res := r.Run(t, "--terminate-sessions", "--report-dir", dir)
	require.Equal(t, 4, res.Code, res.Stderr)
	files := runFiles(t, dir)
	require.Len(t, files[".manifest.json"], 1)
	require.Len(t, files[".verify.json"], 1)
	m := clitest.ReadManifest(t, files[".manifest.json"][0])
	require.Equal(t, false, m["verified"])
	require.Contains(t, m["error"], "not swapped in")
	rec := readRecord(t, files[".verify.json"][0])
	require.False(t, rec.Passed)
	require.Equal(t, verify.PhaseBeforeSwap, rec.Phase)
	require.NotEmpty(t, rec.Failures)
	for _, f := range rec.Failures {
		require.Contains(t, f, "public.app_settings", "every finding is the planted settings")
	}
	page, err := os.ReadFile(files[".verify.html"][0])
	require.NoError(t, err)
	require.Contains(t, string(page), `id="verify-outcome">FAILED<`)
	require.Contains(t, string(page), "<td>public.app_settings</td><td>value</td>")
	js, err := os.ReadFile(files[".verify.json"][0])
	require.NoError(t, err)
	for _, secret := range []string{"sk_live_51AcmePl4nted", "Wh00k-Pl4nted-P4ss"} {
		require.NotContains(t, string(page), secret)
		require.NotContains(t, string(js), secret)
	}

	lines := historyLines(t, r.Tgt)
	require.Len(t, lines, 1, "the failed run never reached staging, nor its history")
	require.Regexp(t, ` passed +- `, lines[0])
}

// TestAuditOlderRunsTable: a staging database whose understudy.runs an
// older version made (no verify column) still shows its history, takes a
// recorded check, and is carried over by the next refresh.
func TestAuditOlderRunsTable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	dropColumn := func() {
		tgt := clitest.Connect(t, r.Tgt)
		_, err := tgt.Exec(ctx, "ALTER TABLE understudy.runs DROP COLUMN verify")
		require.NoError(t, err)
		tgt.Close(ctx)
	}
	dropColumn()

	lines := historyLines(t, r.Tgt)
	require.Len(t, lines, 1)
	require.Contains(t, lines[0], " passed (no report kept) ")
	res := understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt)
	require.Equal(t, 1, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stderr, "has no verify report")

	res = understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--record")
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	lines = historyLines(t, r.Tgt)
	require.Regexp(t, ` passed \(no report kept\) +\S+ \S+ passed `, lines[0])
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stdout, "\nVerification: passed\n")

	dropColumn()
	res = r.Run(t, "--no-verify")
	require.Equal(t, 0, res.Code, res.Stderr)
	lines = historyLines(t, r.Tgt)
	require.Len(t, lines, 2)
	require.Regexp(t, ` skipped +- `, lines[0])
	require.Contains(t, lines[1], " passed (no report kept) ")
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify-from", r.Tgt)
	require.Equal(t, 1, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stderr, "ran with --no-verify")

	// A file that is not a verify report is named as such.
	manifest := filepath.Join(t.TempDir(), "m.json")
	require.NoError(t, os.WriteFile(manifest, []byte(`{"understudy_version": "dev", "verified": true}`), 0o644))
	res = understudy(t, "report", "--config", r.Rules, "--source", r.Src, "--verify", manifest)
	require.Equal(t, 2, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stderr, "not a verify report")
}
