// Package report renders the coverage report of a rules file for a
// compliance audit: text for a terminal, JSON for machines, Markdown for a
// ticket or wiki, and one self-contained HTML file (no network) that can be
// filtered by status. It renders verify records in the same formats, on
// their own (RenderVerify) or embedded in the coverage report (Render), so
// one file answers what was masked, how, and whether it was proven. It
// also renders what `understudy plan` prints (RenderPlan): the sample a
// run would copy, as text, JSON or a Graphviz graph; the run history
// (HistoryText, and HistoryHTML: a self-contained SVG chart); and what is
// known of a verify record's signature (OpenVerify reads a record, signed
// or not, and checks it against a public key).
package report

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"
	"text/tabwriter"

	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/verify"
)

// Formats lists the formats Render accepts.
var Formats = []string{"text", "json", "markdown", "html"}

// Render returns the coverage report in the given format. v, when not nil,
// is a verify record embedded in it: the proof that a staging database
// refreshed with these rules holds no production value; sig, when not nil,
// what is known of its signature.
func Render(c *rules.Coverage, v *verify.Record, sig *Signature, format string) ([]byte, error) {
	switch format {
	case "text":
		return []byte(Text(c, v, sig)), nil
	case "json":
		return JSON(c, v, sig)
	case "markdown", "md":
		return []byte(Markdown(c, v, sig)), nil
	case "html":
		return HTML(c, v, sig)
	}
	return nil, fmt.Errorf("report: format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// JSON is the machine-readable report: the coverage, and under "verify"
// the embedded verify record, if any (its signature under
// "verify_signature").
func JSON(c *rules.Coverage, v *verify.Record, sig *Signature) ([]byte, error) {
	var doc any = c
	if v != nil {
		doc = struct {
			*rules.Coverage
			Verify          *verify.Record `json:"verify"`
			VerifyNote      string         `json:"verify_note,omitempty"`
			VerifySignature *Signature     `json:"verify_signature,omitempty"`
		}{c, v, rulesMismatch(c.RulesSHA256, v), sig}
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return append(b, '\n'), nil
}

func totalsLine(t rules.Totals) string {
	return fmt.Sprintf("%d columns: %d masked, %d kept (reviewed), %d scrubbed by default, %d excluded, %d generated, %d uncovered, %d unreviewed; %d classified sensitive",
		t.Columns, t.Masked, t.Kept, t.Scrubbed, t.Excluded, t.Generated, t.Uncovered, t.Unreviewed, t.Sensitive)
}

// Text is the report for a terminal, with the verify record after the
// totals.
func Text(c *rules.Coverage, v *verify.Record, sig *Signature) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Coverage of %s (sha256 %s)\n", c.RulesFile, c.RulesSHA256)
	fmt.Fprintf(&b, "against database %s (schema %s)\n", c.Database, c.SchemaFingerprint)
	fmt.Fprintf(&b, "%s\n", totalsLine(c.Totals))
	if len(c.Subset) > 0 {
		b.WriteString("\nSubset: staging holds a sample of production\n")
		for _, l := range c.Subset {
			b.WriteString("  - " + l + "\n")
		}
	}
	if v != nil {
		b.WriteString("\nVerification: " + v.Outcome() + "\n")
		if m := rulesMismatch(c.RulesSHA256, v); m != "" {
			b.WriteString("WARNING: " + m + "\n")
		}
		b.WriteString(VerifyText(v, sig))
	}
	for _, t := range c.Tables {
		flags := ""
		if t.Excluded {
			flags = " [excluded]"
		} else if t.Full {
			flags = " [full]"
		}
		fmt.Fprintf(&b, "\n%s (%s)%s: %s\n", t.Table, t.Kind, flags, totalsLine(t.Totals))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  column\ttype\tcategory\tstatus\trule")
		for _, col := range t.Columns {
			rule := col.Rule
			if col.Status == rules.Uncovered && col.Suggested != "" {
				rule = "suggested: " + col.Suggested
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", col.Column, col.Type, col.Category, col.Status, rule)
		}
		tw.Flush()
	}
	return trimLines(b.String())
}

// trimLines drops the padding tabwriter leaves at the end of lines.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Markdown is the report for a wiki page or a ticket, with the verify
// record after the totals.
func Markdown(c *rules.Coverage, v *verify.Record, sig *Signature) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Masking coverage: %s\n\n", mdEscape(c.Database))
	fmt.Fprintf(&b, "- Rules file: `%s`, SHA-256 `%s`\n", c.RulesFile, c.RulesSHA256)
	fmt.Fprintf(&b, "- Schema fingerprint: `%s`\n\n", c.SchemaFingerprint)
	b.WriteString("## Totals\n\n| status | columns |\n| --- | ---: |\n")
	t := c.Totals
	for _, row := range []struct {
		name string
		n    int
	}{{"masked", t.Masked}, {"kept (reviewed)", t.Kept}, {"scrubbed by default", t.Scrubbed}, {"excluded", t.Excluded},
		{"generated", t.Generated}, {"uncovered", t.Uncovered}, {"unreviewed", t.Unreviewed}, {"**all columns**", t.Columns}} {
		fmt.Fprintf(&b, "| %s | %d |\n", row.name, row.n)
	}
	fmt.Fprintf(&b, "\n%d columns are classified sensitive.\n", t.Sensitive)
	if len(c.Subset) > 0 {
		b.WriteString("\n## Subset\n\nStaging holds a sample of production:\n\n")
		for _, l := range c.Subset {
			b.WriteString("- " + mdEscape(l) + "\n")
		}
	}
	if v != nil {
		b.WriteString("\n")
		if m := rulesMismatch(c.RulesSHA256, v); m != "" {
			b.WriteString("> **Warning.** " + mdEscape(m) + "\n\n")
		}
		b.WriteString(VerifyMarkdown(v, sig, "#"))
	}
	for _, tc := range c.Tables {
		fmt.Fprintf(&b, "\n## %s\n\n", mdEscape(tc.Table))
		fmt.Fprintf(&b, "%s. %s\n\n", tc.Kind, totalsLine(tc.Totals))
		b.WriteString("| column | type | category | evidence | status | rule | deterministic | uniqueness |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
		for _, col := range tc.Columns {
			rule := col.Rule
			if col.Status == rules.Uncovered && col.Suggested != "" {
				rule = "suggested: " + col.Suggested
			}
			det := ""
			if col.Rule != "" {
				det = fmt.Sprint(col.Deterministic)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", mdEscape(col.Column), mdEscape(col.Type), col.Category,
				mdEscape(strings.Join(col.Evidence, "; ")), col.Status, mdEscape(rule), det, col.Uniqueness)
		}
	}
	return b.String()
}

//go:embed *.html.tmpl
var templateFiles embed.FS

// templates are the coverage page (report.html.tmpl), the verify page
// (verify-page.html.tmpl), and what they share: the style and the verify
// section.
var templates = template.Must(template.New("").Funcs(templateFuncs).ParseFS(templateFiles, "*.html.tmpl"))

// HTML is one self-contained page: data, style and script inline, nothing
// fetched from the network. The verify record, when given, is a section
// after the totals, rendered without script.
func HTML(c *rules.Coverage, v *verify.Record, sig *Signature) ([]byte, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	page := map[string]any{"C": c, "Data": template.JS(data)}
	if v != nil {
		page["V"] = newVerifyView(v, sig, rulesMismatch(c.RulesSHA256, v))
	}
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, "report.html.tmpl", page); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return b.Bytes(), nil
}
