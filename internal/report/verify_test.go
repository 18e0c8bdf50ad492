package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/verify"
)

// ext names golden files by format.
var ext = map[string]string{"text": "txt", "json": "json", "markdown": "md", "html": "html"}

// failedReport has one finding of every kind that fails, and the kinds
// that are only reported.
func failedReport() *verify.Report {
	return &verify.Report{
		Source:      "app@prod:5432/acme",
		Target:      "app@staging:5432/acme_<staging>",
		Checked:     time.Date(2025, 3, 4, 3, 12, 9, 0, time.UTC),
		RulesSHA256: "abc123",
		Snapshot:    "00000003-0000001B-1",
		Integrity: []verify.ForeignKeyCheck{
			{Name: "orders_customer_id_fkey", Table: "public.orders", References: "public.customers", Validated: true, Rows: 120},
			{Name: "order_items_order_id_fkey", Table: "public.order_items", References: "public.orders", Validated: true, Rows: 300, Violations: 2},
			{Name: "virtual public.comments(commentable_id) -> public.posts(id)", Table: "public.comments", References: "public.posts", Virtual: true, Validated: true, Rows: 40},
		},
		Leaks: []verify.Leak{
			{Table: "public.customers", Column: "email", Method: "row key", Rows: 100, Equal: 3, Unique: true},
			{Table: "public.customers", Column: "last_name", Method: "row key", Rows: 1000, Equal: 4},
			{Table: "public.app_settings", Column: "value", Method: "row key", Rows: 12, Equal: 9, Unique: true, Conditional: true},
			{Table: "public.events", Column: "payload", Method: "hashed set", Rows: 50, Paths: []string{"$.user.email"}},
		},
		Credentials: []verify.Credential{
			{Table: "public.comments", Column: "body", Detector: "stripe_key", Rows: 1, RowKeys: []string{"(1)"}},
			{Table: "public.events", Column: "payload", Path: "$.auth", Detector: "jwt", Rows: 12, RowKeys: []string{"(3)", "(9)"}},
		},
		Residual: []verify.Residual{
			{Table: "public.crew_members", Column: "name", Detector: "person_name", Category: "direct_identifier", Matched: 40, Sampled: 40, RowKeys: []string{"(1)", "(2)"}, Fails: true},
			{Table: "public.tickets", Column: "body", Detector: "email", Category: "direct_identifier", Embedded: true, Matched: 3, Sampled: 200, RowKeys: []string{"(17)", "(40)", "(81)"}, Fails: true},
		},
		Catalog: []verify.CatalogFinding{
			{Category: verify.CategoryDatabase, Kind: "user_mapping", Object: "app@billing", Detector: "password_option"},
			{Category: verify.CategoryCluster, Kind: "role_password", Object: "postgres", Detector: "role_password"},
		},
		Drift: []string{"public.plans.tier is not mentioned in the rules file"},
		Notes: []string{"role passwords: not checked: permission denied"},
	}
}

func passedReport() *verify.Report {
	rep := failedReport()
	rep.Integrity[1].Violations = 0
	rep.Leaks[0].Equal = 0
	rep.Credentials = []verify.Credential{}
	rep.Catalog = rep.Catalog[1:]
	// Under the default verify: { residual: warn }, personal data in a
	// kept column is a warning.
	rep.Residual = rep.Residual[1:]
	rep.Residual[0].Fails = false
	return rep
}

// notValidReport passes with the notes of constraints production holds NOT
// VALID: one staging validated, and one key and one CHECK that staging
// holds NOT VALID too, with the orphans and violating rows production has.
func notValidReport() *verify.Report {
	rep := passedReport()
	rep.Integrity = append(rep.Integrity,
		verify.ForeignKeyCheck{Name: "fk_rails_330c32d8d9", Table: "public.oauth_access_tokens", References: "public.users",
			NotValidInSource: true, Rows: 14, DanglingInSource: 2, OrphansInSource: 3},
		verify.ForeignKeyCheck{Name: "fk_rails_cc886e315a", Table: "public.diary_entries", References: "public.users",
			Validated: true, NotValidInSource: true, Rows: 40})
	rep.Checks = []verify.CheckConstraintCheck{
		{Name: "diary_entries_title_length", Table: "public.diary_entries", Expression: "(length(title) <= 255)",
			NotValidInSource: true, Rows: 40, ViolatingInSource: 1, AsInSource: 1},
		{Name: "users_email_present", Table: "public.users", Expression: "(email <> ''::text)", Validated: true, NotValidInSource: true},
	}
	return rep
}

func TestVerifyGolden(t *testing.T) {
	for name, rep := range map[string]*verify.Report{"failed": failedReport(), "passed": passedReport(), "notvalid": notValidReport()} {
		rec := verify.NewRecord(rep, verify.PhaseOnDemand)
		for _, f := range VerifyFormats {
			out, err := RenderVerify(rec, nil, f)
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", "golden", "verify-"+name+"."+ext[f]), out)
		}
	}
	_, err := RenderVerify(verify.NewRecord(failedReport(), ""), nil, "pdf")
	require.ErrorContains(t, err, `format "pdf"`)
}

func TestVerifyHTML(t *testing.T) {
	rec := verify.NewRecord(failedReport(), verify.PhaseBeforeSwap)
	require.False(t, rec.Passed)
	page, err := VerifyHTML(rec, nil)
	require.NoError(t, err)
	h := string(page)
	require.Contains(t, h, `id="verify-outcome">FAILED<`)
	require.Contains(t, h, `FAILED</span> 1 foreign key, 1 leaking column, 2 credentials, 1 catalog credential, 2 findings of personal data in kept columns</h2>`)
	require.Contains(t, h, "acme_&lt;staging&gt;", "names are escaped")
	require.NotContains(t, h, "acme_<staging>")
	require.NotContains(t, h, "<script", "the verify page needs no script")
	require.NotRegexp(t, `(?i)(src|href)="?https?://`, h, "the page fetches nothing from the network")
	for _, f := range rec.Failures {
		require.Contains(t, h, "<li>"+templateEscape(f)+"</li>", "every failure is listed")
	}
	// One row per foreign key and per masked column, each with its counts.
	require.Equal(t, 3, strings.Count(h, `<tr class="v-fk">`))
	require.Regexp(t, `<td>order_items_order_id_fkey</td><td>public.order_items</td><td>public.orders</td><td>declared</td><td>true</td><td class="n">300</td><td class="n">2</td><td><span class="status s-fail">FAIL</span>`, h)
	require.Equal(t, 4, strings.Count(h, `<tr class="v-leak">`))
	require.Regexp(t, `<td>public.customers</td><td>email</td><td>row key</td><td>uniqueness-preserving</td><td class="n">100</td><td class="n">3</td><td><span class="status s-fail">FAIL</span>`, h)
	require.Regexp(t, `<td>last_name</td>.*<td class="n">1000</td><td class="n">4</td><td><span class="status s-expected">expected`, h)
	// A credential names table, column, path, detector and row keys.
	require.Contains(t, h, `<tr class="v-credential"><td>public.events</td><td>payload</td><td>$.auth</td><td>jwt</td><td class="n">12</td><td>(3), (9)</td></tr>`)
	require.Contains(t, h, `<td>role_password</td><td>postgres</td><td>role_password</td><td><span class="status s-note">cluster-wide, not failed</span>`)
	require.Contains(t, h, "public.plans.tier is not mentioned in the rules file")
	require.Contains(t, h, "(fails only with --strict)")

	page, err = VerifyHTML(verify.NewRecord(passedReport(), verify.PhaseOnDemand), nil)
	require.NoError(t, err)
	require.Contains(t, string(page), `id="verify-outcome">PASSED<`)
	require.NotContains(t, string(page), `class="status s-fail"`)
}

// templateEscape escapes as html/template does in text.
func templateEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;").Replace(s)
}

func TestRecordRoundTrip(t *testing.T) {
	rec := verify.NewRecord(failedReport(), verify.PhaseBeforeSwap)
	js, err := VerifyJSON(rec)
	require.NoError(t, err)
	back, err := verify.ParseRecord(js)
	require.NoError(t, err)
	require.Equal(t, rec, back)
	require.Equal(t, "failed: 1 foreign key, 1 leaking column, 2 credentials, 1 catalog credential, 2 findings of personal data in kept columns", back.Outcome())

	// A verify JSON from before records kept a summary still reads.
	var doc map[string]any
	require.NoError(t, json.Unmarshal(js, &doc))
	delete(doc, "summary")
	old, _ := json.Marshal(doc)
	back, err = verify.ParseRecord(old)
	require.NoError(t, err)
	require.Equal(t, rec.Summary, back.Summary)

	cov, err := JSON(sample(), nil, nil)
	require.NoError(t, err)
	_, err = verify.ParseRecord(cov)
	require.ErrorContains(t, err, "not a verify report")
	_, err = verify.ParseRecord([]byte("{"))
	require.ErrorContains(t, err, "not a verify report")

	// The notes of constraints NOT VALID in production come back too.
	nv := verify.NewRecord(notValidReport(), verify.PhaseBeforeSwap)
	require.True(t, nv.Passed, nv.Failures)
	js, err = VerifyJSON(nv)
	require.NoError(t, err)
	back, err = verify.ParseRecord(js)
	require.NoError(t, err)
	require.Equal(t, nv, back)
}

func TestCoverageWithVerify(t *testing.T) {
	c := sample()
	rec := verify.NewRecord(failedReport(), verify.PhaseOnDemand)
	for _, f := range Formats {
		out, err := Render(c, rec, nil, f)
		require.NoError(t, err, f)
		golden.Check(t, filepath.Join("testdata", "golden", "coverage-verify."+ext[f]), out)
		require.Contains(t, string(out), "public.users", f)
		require.Contains(t, string(out), "order_items_order_id_fkey", f)
		// The record names rules abc123, the coverage abc: say so.
		require.Contains(t, string(out), "rules file SHA-256 abc123, not the rules file this report covers (SHA-256 abc)", f)
	}

	js, err := JSON(c, rec, nil)
	require.NoError(t, err)
	var doc struct {
		RulesSHA256 string         `json:"rules_sha256"`
		Verify      *verify.Record `json:"verify"`
	}
	require.NoError(t, json.Unmarshal(js, &doc))
	require.Equal(t, "abc", doc.RulesSHA256, "the coverage keeps its fields at the top")
	require.Equal(t, rec.Failures, doc.Verify.Failures)

	rec.RulesSHA256 = c.RulesSHA256
	h, err := HTML(c, rec, nil)
	require.NoError(t, err)
	require.NotContains(t, string(h), "verify-mismatch", "no warning when the rules match")
	require.Contains(t, string(h), `<section id="verify" class="verify" data-passed="false">`)

	h, err = HTML(c, nil, nil)
	require.NoError(t, err)
	require.NotContains(t, string(h), `id="verify"`, "no verify section without a record")
}

var fkRowRE = regexp.MustCompile(`<tr class="v-fk">`)

func TestVerifyHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	rec := verify.NewRecord(failedReport(), verify.PhaseOnDemand)

	page, err := VerifyHTML(rec, nil)
	require.NoError(t, err)
	path := filepath.Join(dir, "verify.html")
	require.NoError(t, os.WriteFile(path, page, 0o644))
	dom := dumpDOM(t, bin, "file://"+path)
	require.Contains(t, dom, `id="verify-outcome">FAILED<`)
	require.Len(t, fkRowRE.FindAllString(dom, -1), 3)
	require.Contains(t, dom, "<td>(3), (9)</td>")

	// Embedded in the coverage report, the section stands whatever the
	// column filter shows, and the filter still counts only columns.
	page, err = HTML(sample(), rec, nil)
	require.NoError(t, err)
	path = filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(path, page, 0o644))
	dom = dumpDOM(t, bin, "file://"+path+"#status=uncovered")
	require.Contains(t, dom, "1 columns shown")
	require.Equal(t, 1, strings.Count(dom, `class="col"`))
	require.Contains(t, dom, `<section id="verify" class="verify" data-passed="false">`, "the filter leaves the verify section alone")
	require.Len(t, fkRowRE.FindAllString(dom, -1), 3)
	require.Contains(t, dom, `id="total-masked">1<`, "the coverage script still runs")
}

// TestVerifyOnTheStream: a record checked on the copy stream says so in
// every format, and a foreign key PostgreSQL validated shows that proof
// where a counted one shows its rows.
func TestVerifyOnTheStream(t *testing.T) {
	rep := passedReport()
	rep.OnStream = []string{verify.StreamLeaks, verify.StreamCredentials, verify.StreamResidual}
	rep.Integrity = append(rep.Integrity, verify.ForeignKeyCheck{Name: "invoices_account_id_fkey", Table: "public.invoices",
		References: "public.accounts", Validated: true, Proof: verify.ProofValidated})
	rec := verify.NewRecord(rep, verify.PhaseBeforeSwap)
	for _, f := range VerifyFormats {
		out, err := RenderVerify(rec, nil, f)
		require.NoError(t, err)
		require.Contains(t, string(out), verify.ProofValidated, f)
		if f != "json" {
			require.Contains(t, string(out), "leaks, credentials in the data, residual personal data", f)
		}
	}
	page, err := VerifyHTML(rec, nil)
	require.NoError(t, err)
	require.Contains(t, string(page), `<td>invoices_account_id_fkey</td><td>public.invoices</td><td>public.accounts</td><td>declared</td><td>true</td><td class="n">validated by PostgreSQL</td><td class="n">0</td>`)
	require.Contains(t, string(page), "Checked on the copy stream, as the rows passed: leaks, credentials in the data, residual personal data")
}
