package report

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/rules"
)

func sample() *rules.Coverage {
	c := &rules.Coverage{RulesFile: "rules.yaml", RulesSHA256: "abc", Database: "acme <prod>", SchemaFingerprint: "sha256:def"}
	add := func(table string, cols ...*rules.ColumnCoverage) {
		tc := &rules.TableCoverage{Table: table, Kind: "table", Columns: cols}
		for _, col := range cols {
			for _, t := range []*rules.Totals{&tc.Totals, &c.Totals} {
				t.Columns++
				switch col.Status {
				case rules.Masked:
					t.Masked++
				case rules.Kept:
					t.Kept++
				case rules.Uncovered:
					t.Uncovered++
				case rules.Scrubbed:
					t.Scrubbed++
				}
				if col.Category != "none" {
					t.Sensitive++
				}
			}
		}
		c.Tables = append(c.Tables, tc)
	}
	add("public.users",
		&rules.ColumnCoverage{Column: "email", Type: "citext", Category: "direct_identifier", Status: rules.Masked, Rule: "email", Deterministic: true, Uniqueness: "preserving"},
		&rules.ColumnCoverage{Column: "password_hash", Type: "text", Category: "secret", Status: rules.Scrubbed, Rule: "redact"},
		&rules.ColumnCoverage{Column: "id", Type: "bigint", Category: "none", Status: rules.Kept},
	)
	add(`"Analytics"."Daily Stats"`,
		&rules.ColumnCoverage{Column: "<script>alert(1)</script>", Type: "text", Category: "free_text", Status: rules.Uncovered, Suggested: "lorem"},
		&rules.ColumnCoverage{Column: "Day", Type: "date", Category: "none", Status: rules.Kept},
	)
	return c
}

func TestRenderFormats(t *testing.T) {
	c := sample()
	for _, f := range Formats {
		out, err := Render(c, nil, nil, f)
		require.NoError(t, err, f)
		require.Contains(t, string(out), "public.users", f)
	}
	_, err := Render(c, nil, nil, "pdf")
	require.ErrorContains(t, err, `format "pdf"`)

	js, err := JSON(c, nil, nil)
	require.NoError(t, err)
	var back rules.Coverage
	require.NoError(t, json.Unmarshal(js, &back))
	require.Equal(t, c.Totals, back.Totals)

	md := Markdown(c, nil, nil)
	require.Contains(t, md, "| uncovered | 1 |")
	require.Contains(t, md, "&lt;script&gt;", "markdown escapes HTML")

	h, err := HTML(c, nil, nil)
	require.NoError(t, err)
	require.NotContains(t, string(h), "<script>alert(1)</script>", "data is escaped inside the page")
	require.NotRegexp(t, `(?i)(src|href)="https?://`, string(h), "the page fetches nothing from the network")
}

// chromium returns a headless Chromium binary, or skips with the reason.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine (.ci/run installs Debian's chromium package); the HTML report is not checked in a browser here")
	return ""
}

// dumpDOM loads the page in headless Chromium and returns the DOM after its
// scripts ran.
func dumpDOM(t *testing.T, bin, url string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", url)
	out, err := cmd.Output()
	require.NoError(t, err, "chromium: %s", out)
	return string(out)
}

var totalRE = regexp.MustCompile(`id="total-([a-z]+)">(\d+)<`)

func TestHTMLReportInChromium(t *testing.T) {
	bin := chromium(t)
	c := sample()
	page, err := HTML(c, nil, nil)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "report.html")
	require.NoError(t, os.WriteFile(path, page, 0o644))

	dom := dumpDOM(t, bin, "file://"+path)
	got := map[string]int{}
	for _, m := range totalRE.FindAllStringSubmatch(dom, -1) {
		n, _ := strconv.Atoi(m[2])
		got[m[1]] = n
	}
	require.Equal(t, map[string]int{"masked": 1, "kept": 2, "scrubbed": 1, "excluded": 0, "generated": 0, "uncovered": 1,
		"unreviewed": 0, "columns": 5, "sensitive": 3}, got, "totals read off the rendered page")
	require.Equal(t, 5, strings.Count(dom, `class="col"`), "every column is a row")
	require.Contains(t, dom, "5 columns shown")

	// The filter, set from the URL as a reader would share it.
	dom = dumpDOM(t, bin, "file://"+path+"#status=uncovered")
	require.Contains(t, dom, "1 columns shown")
	require.Equal(t, 1, strings.Count(dom, `class="col"`), "only the uncovered row is visible")
	require.Equal(t, 4, strings.Count(dom, `class="col hidden"`))
}
