package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/understudy/understudy/verify"
)

// VerifyFormats lists the formats RenderVerify accepts.
var VerifyFormats = []string{"text", "json", "markdown", "html"}

// RenderVerify returns a verify record in the given format, with what is
// known of its signature (sig; nil: unsigned and not checked). No format
// shows a value of the data: the record holds none.
func RenderVerify(rec *verify.Record, sig *Signature, format string) ([]byte, error) {
	switch format {
	case "text":
		return []byte(VerifyText(rec, sig)), nil
	case "json":
		return VerifyJSON(rec)
	case "markdown", "md":
		return []byte(VerifyMarkdown(rec, sig, "")), nil
	case "html":
		return VerifyHTML(rec, sig)
	}
	return nil, fmt.Errorf("report: format %q: want one of %s", format, strings.Join(VerifyFormats, ", "))
}

// VerifyJSON is the record for machines, as ParseRecord reads it back.
func VerifyJSON(rec *verify.Record) ([]byte, error) {
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return append(b, '\n'), nil
}

func when(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

// provedKeys counts the foreign keys PostgreSQL validated as the run
// added them.
func provedKeys(rec *verify.Record) int {
	n := 0
	for _, c := range rec.Integrity {
		if c.Proof != "" {
			n++
		}
	}
	return n
}

func provenance(rec *verify.Record) string {
	var parts []string
	if !rec.Checked.IsZero() {
		parts = append(parts, "checked "+when(rec.Checked))
	}
	if rec.Phase != "" {
		parts = append(parts, rec.Phase)
	}
	if rec.RulesSHA256 != "" {
		parts = append(parts, "rules sha256 "+rec.RulesSHA256)
	}
	if len(rec.OnStream) > 0 {
		parts = append(parts, "checked on the copy stream as the rows passed: "+strings.Join(rec.OnStream, ", "))
	}
	if rec.Snapshot != "" {
		parts = append(parts, "source snapshot "+rec.Snapshot)
	}
	return strings.Join(parts, ", ")
}

// VerifyText is the record for a terminal: totals per check, every failing
// finding, and the expected ones.
func VerifyText(rec *verify.Record, sig *Signature) string {
	var b strings.Builder
	fmt.Fprintf(&b, "verify %s against %s\n", rec.Target, rec.Source)
	if p := provenance(rec); p != "" {
		fmt.Fprintf(&b, "%s\n", p)
	}
	if sig != nil {
		fmt.Fprintf(&b, "signature: %s\n", sig.Status())
	}

	var rows, violations int64
	for _, c := range rec.Integrity {
		rows += c.Rows
		violations += c.Violations
	}
	fmt.Fprintf(&b, "\nintegrity: %d foreign keys, %d rows checked, %d violations\n", len(rec.Integrity), rows, violations)
	if n := provedKeys(rec); n > 0 {
		fmt.Fprintf(&b, "  %d of them %s as the run added them: not counted again\n", n, verify.ProofValidated)
	}
	for _, c := range rec.Integrity {
		if c.Failed() {
			kind := "foreign key"
			if c.Virtual {
				kind = "virtual foreign key"
			}
			fmt.Fprintf(&b, "  FAIL %s %s on %s -> %s: %d of %d rows orphaned, validated=%t\n", kind, c.Name, c.Table, c.References, c.Violations, c.Rows, c.Validated)
		}
		switch {
		case c.Note() != "":
			fmt.Fprintf(&b, "  note: %s on %s: %s\n", c.Name, c.Table, c.Note())
		case c.DanglingInSource > 0:
			fmt.Fprintf(&b, "  note: %s on %s: %d rows reference a value production does not hold either (not the copy's doing)\n", c.Name, c.Table, c.DanglingInSource)
		}
	}
	if len(rec.Checks) > 0 {
		fmt.Fprintf(&b, "checks: %d CHECK constraints not valid in production or staging\n", len(rec.Checks))
	}
	for _, c := range rec.Checks {
		if c.Failed() {
			fmt.Fprintf(&b, "  FAIL check %s on %s: %d of %d rows violate it that do not in production, validated=%t\n", c.Name, c.Table, c.Violations, c.Rows, c.Validated)
		}
		if n := c.Note(); n != "" {
			fmt.Fprintf(&b, "  note: check %s on %s: %s\n", c.Name, c.Table, n)
		}
	}

	var equal int64
	for _, l := range rec.Leaks {
		if l.Failed() {
			equal += l.Equal
		}
	}
	fmt.Fprintf(&b, "\nleaks: %d masked columns compared, %d rows equal to the source\n", len(rec.Leaks), equal)
	for _, l := range rec.Leaks {
		switch {
		case l.Failed():
			fmt.Fprintf(&b, "  FAIL %s.%s: %d of %d rows equal the source (%s)\n", l.Table, l.Column, l.Equal, l.Rows, l.Method)
		case l.Equal > 0:
			fmt.Fprintf(&b, "  %s %s.%s: %d of %d rows equal the source\n", l.Expected(), l.Table, l.Column, l.Equal, l.Rows)
		case l.Conditional:
			fmt.Fprintf(&b, "  conditional rule %s.%s: 0 rows equal the source\n", l.Table, l.Column)
		}
	}

	fmt.Fprintf(&b, "\ncredentials: %d findings in the data\n", len(rec.Credentials))
	for _, c := range rec.Credentials {
		fmt.Fprintf(&b, "  FAIL %s: %s in %d rows: %s\n", credentialWhere(c), c.Detector, c.Rows, strings.Join(c.RowKeys, ", "))
	}
	fmt.Fprintf(&b, "residual personal data in kept columns: %d findings in a sample of up to %d values per column\n", len(rec.Residual), verify.ResidualSample)
	for _, r := range rec.Residual {
		fmt.Fprintf(&b, "  %s %s\n", residualMark(r), r)
	}
	s := rec.Summary
	fmt.Fprintf(&b, "catalog: %d findings in the database, %d cluster-wide (not failed)\n", s.CatalogFailed, s.CatalogCluster)
	for _, f := range rec.Catalog {
		mark := "FAIL"
		if f.Category == verify.CategoryCluster {
			mark = "cluster"
		}
		fmt.Fprintf(&b, "  %s %s %s: %s\n", mark, f.Kind, f.Object, f.Detector)
	}
	mark := "drift"
	if rec.Strict {
		mark = "FAIL"
	}
	fmt.Fprintf(&b, "rule drift: %d columns\n", len(rec.Drift))
	for _, d := range rec.Drift {
		fmt.Fprintf(&b, "  %s %s\n", mark, d)
	}
	for _, n := range rec.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	if rec.Passed {
		b.WriteString("\nPASSED\n")
	} else {
		fmt.Fprintf(&b, "\nFAILED: %d findings\n", len(rec.Failures))
	}
	return b.String()
}

func credentialWhere(c verify.Credential) string {
	where := c.Table + "." + c.Column
	if c.Path != "" {
		where += " " + c.Path
	}
	return where
}

func leakResult(l verify.Leak) string {
	switch {
	case l.Failed():
		return "FAIL"
	case l.Equal > 0:
		return l.Expected()
	case l.Conditional:
		return "pass (conditional rule)"
	}
	return "pass"
}

// noted appends a note to a result: "pass (not valid in production, ...)".
func noted(result, note string) string {
	if note == "" {
		return result
	}
	return result + " (" + note + ")"
}

func passFail(ok bool) string {
	if ok {
		return "pass"
	}
	return "FAIL"
}

// VerifyMarkdown is the record for a wiki page or a ticket; level is the
// heading prefix of its sections ("" for "#", "#" when it is part of a
// larger document).
func VerifyMarkdown(rec *verify.Record, sig *Signature, level string) string {
	var b strings.Builder
	outcome := "PASSED"
	if !rec.Passed {
		outcome = "FAILED"
	}
	fmt.Fprintf(&b, "%s# Verification: %s (%s)\n\n", level, outcome, mdEscape(rec.Outcome()))
	fmt.Fprintf(&b, "- Staging: `%s`, checked against `%s`\n", rec.Target, rec.Source)
	if p := provenance(rec); p != "" {
		fmt.Fprintf(&b, "- %s\n", mdEscape(p))
	}
	if sig != nil {
		fmt.Fprintf(&b, "- Signature: %s\n", mdEscape(sig.Status()))
	}
	s := rec.Summary
	var rows, compared int64
	for _, c := range rec.Integrity {
		rows += c.Rows
	}
	for _, l := range rec.Leaks {
		compared += l.Rows
	}
	fmt.Fprintf(&b, "\n| check | what was checked | failed | result |\n| --- | --- | ---: | --- |\n")
	fmt.Fprintf(&b, "| integrity | %d foreign keys, %d referencing rows | %d | %s |\n", s.ForeignKeys, rows, s.ForeignKeysFailed, passFail(s.ForeignKeysFailed == 0))
	if s.Checks > 0 {
		fmt.Fprintf(&b, "| check constraints | %d not valid in production or staging | %d | %s |\n", s.Checks, s.ChecksFailed, passFail(s.ChecksFailed == 0))
	}
	fmt.Fprintf(&b, "| leaks | %d masked columns, %d rows compared with the source | %d | %s |\n", s.MaskedColumns, compared, s.LeaksFailed, passFail(s.LeaksFailed == 0))
	fmt.Fprintf(&b, "| credentials in the data | every text and json column | %d | %s |\n", s.Credentials, passFail(s.Credentials == 0))
	fmt.Fprintf(&b, "| credentials in the catalog | subscriptions, user mappings, foreign servers, functions; %d cluster-wide (not failed) | %d | %s |\n", s.CatalogCluster, s.CatalogFailed, passFail(s.CatalogFailed == 0))
	fmt.Fprintf(&b, "| residual personal data | a sample of up to %d values of every kept text and json column; %d findings | %d | %s |\n", verify.ResidualSample, s.Residual, s.ResidualFailed, residualResult(s))
	driftFailed := 0
	if s.DriftFailed {
		driftFailed = s.Drift
	}
	fmt.Fprintf(&b, "| rule drift | %d columns | %d | %s |\n", s.Drift, driftFailed, passFail(!s.DriftFailed))
	if len(rec.Failures) > 0 {
		fmt.Fprintf(&b, "\n%s## Failures\n\n", level)
		for _, f := range rec.Failures {
			fmt.Fprintf(&b, "- %s\n", mdEscape(f))
		}
	}
	fmt.Fprintf(&b, "\n%s## Integrity\n\n| foreign key | table | references | kind | validated | rows checked | violations | result |\n| --- | --- | --- | --- | --- | ---: | ---: | --- |\n", level)
	for _, c := range rec.Integrity {
		kind := "declared"
		if c.Virtual {
			kind = "virtual"
		}
		checked := fmt.Sprint(c.Rows)
		if c.Proof != "" {
			checked = c.Proof
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %t | %s | %d | %s |\n", mdEscape(c.Name), mdEscape(c.Table), mdEscape(c.References), kind, c.Validated, checked, c.Violations, mdEscape(noted(passFail(!c.Failed()), c.Note())))
	}
	if len(rec.Checks) > 0 {
		fmt.Fprintf(&b, "\n%s## CHECK constraints not valid in production or staging\n\n| constraint | table | expression | validated | rows checked | violations | result |\n| --- | --- | --- | --- | ---: | ---: | --- |\n", level)
		for _, c := range rec.Checks {
			fmt.Fprintf(&b, "| %s | %s | %s | %t | %d | %d | %s |\n", mdEscape(c.Name), mdEscape(c.Table), mdEscape(c.Expression), c.Validated, c.Rows, c.Violations, mdEscape(noted(passFail(!c.Failed()), c.Note())))
		}
	}
	fmt.Fprintf(&b, "\n%s## Leaks\n\n| table | column | compared by | rows compared | equal to the source | result |\n| --- | --- | --- | ---: | ---: | --- |\n", level)
	for _, l := range rec.Leaks {
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %s |\n", mdEscape(l.Table), mdEscape(l.Column), l.Method, l.Rows, l.Equal, mdEscape(leakResult(l)))
	}
	fmt.Fprintf(&b, "\n%s## Credentials\n\n", level)
	if len(rec.Credentials)+len(rec.Catalog) == 0 {
		b.WriteString("None found.\n")
	}
	for _, c := range rec.Credentials {
		fmt.Fprintf(&b, "- FAIL %s: %s in %d rows (rows %s)\n", mdEscape(credentialWhere(c)), c.Detector, c.Rows, mdEscape(strings.Join(c.RowKeys, ", ")))
	}
	for _, f := range rec.Catalog {
		mark := "FAIL"
		if f.Category == verify.CategoryCluster {
			mark = "cluster-wide, not failed:"
		}
		fmt.Fprintf(&b, "- %s %s %s: %s\n", mark, f.Kind, mdEscape(f.Object), f.Detector)
	}
	fmt.Fprintf(&b, "\n%s## Residual personal data in kept columns\n\n", level)
	if len(rec.Residual) == 0 {
		b.WriteString("None found.\n")
	}
	for _, r := range rec.Residual {
		fmt.Fprintf(&b, "- %s %s\n", residualMark(r), mdEscape(r.String()))
	}
	if len(rec.Drift) > 0 {
		fmt.Fprintf(&b, "\n%s## Rule drift\n\n", level)
		for _, d := range rec.Drift {
			fmt.Fprintf(&b, "- %s\n", mdEscape(d))
		}
	}
	if len(rec.Notes) > 0 {
		fmt.Fprintf(&b, "\n%s## Notes\n\n", level)
		for _, n := range rec.Notes {
			fmt.Fprintf(&b, "- %s\n", mdEscape(n))
		}
	}
	return b.String()
}

// verifyView is what the verify templates see.
type verifyView struct {
	*verify.Record
	IntegrityRows, LeakRows int64
	// Mismatch warns that the record was checked under other rules than
	// the coverage report it is embedded in.
	Mismatch string
	// Signature is what is known of the record's signature; nil: unsigned,
	// and not checked.
	Signature *Signature
}

// Failing names the failing checks with their counts, "" when all passed.
func (v *verifyView) Failing() string {
	if v.Passed {
		return ""
	}
	return strings.TrimPrefix(v.Outcome(), "failed: ")
}

func newVerifyView(rec *verify.Record, sig *Signature, mismatch string) *verifyView {
	v := &verifyView{Record: rec, Mismatch: mismatch, Signature: sig}
	for _, c := range rec.Integrity {
		v.IntegrityRows += c.Rows
	}
	for _, l := range rec.Leaks {
		v.LeakRows += l.Rows
	}
	return v
}

func resultHTML(text string, class string) template.HTML {
	return template.HTML(`<span class="status ` + class + `">` + template.HTMLEscapeString(text) + `</span>`)
}

var templateFuncs = template.FuncMap{
	"when": when,
	"join": strings.Join,
	"result": func(ok bool) template.HTML {
		if ok {
			return resultHTML("pass", "s-pass")
		}
		return resultHTML("FAIL", "s-fail")
	},
	"noted": func(failed bool, note string) template.HTML {
		switch {
		case failed:
			return resultHTML("FAIL", "s-fail")
		case note != "":
			return resultHTML("pass: "+note, "s-note")
		}
		return resultHTML("pass", "s-pass")
	},
	"leakResult": func(l verify.Leak) template.HTML {
		switch {
		case l.Failed():
			return resultHTML("FAIL", "s-fail")
		case l.Equal > 0:
			return resultHTML(l.Expected(), "s-expected")
		}
		return resultHTML(leakResult(l), "s-pass")
	},
}

// VerifyHTML is one self-contained page (no script, nothing fetched from
// the network), styled like the coverage report, showing the signing key
// and whether the signature holds when sig is given.
func VerifyHTML(rec *verify.Record, sig *Signature) ([]byte, error) {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, "verify-page.html.tmpl", newVerifyView(rec, sig, "")); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return b.Bytes(), nil
}

// rulesMismatch says when a verify record was checked under other rules
// than the coverage report covers, or "".
func rulesMismatch(coverageSHA string, rec *verify.Record) string {
	switch {
	case rec.RulesSHA256 == "":
		return "This verification does not record which rules file it checked against."
	case coverageSHA != "" && rec.RulesSHA256 != coverageSHA:
		return fmt.Sprintf("This verification checked staging against rules file SHA-256 %s, not the rules file this report covers (SHA-256 %s): refresh staging, or verify it again, with these rules.", rec.RulesSHA256, coverageSHA)
	}
	return ""
}

// residualMark says whether a residual finding fails the check.
func residualMark(r verify.Residual) string {
	if r.Fails {
		return "FAIL"
	}
	return "warn"
}

// residualResult is the summary table's verdict on residual findings:
// they warn unless the rules make them fail.
func residualResult(s verify.Summary) string {
	switch {
	case s.ResidualFailed > 0:
		return passFail(false)
	case s.Residual > 0:
		return "warn"
	}
	return passFail(true)
}
