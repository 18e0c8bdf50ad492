package cli

// understudy plan: the dry run of a subset. It prints what a run would copy
// (text, JSON, Graphviz), writes nothing anywhere, and agrees with the run
// that follows it.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
)

// planDoc is the part of plan --format json the tests read; the field
// names are the documented ones.
type planDoc struct {
	RulesFile       string   `json:"rules_file"`
	Subset          bool     `json:"subset"`
	SameSampleAsRun bool     `json:"same_sample_as_run"`
	Notes           []string `json:"notes"`
	Totals          struct {
		Tables    int   `json:"tables"`
		Selected  int64 `json:"selected"`
		Total     int64 `json:"total"`
		Full      int   `json:"full"`
		Unreached int   `json:"unreached"`
	} `json:"totals"`
	KeySets struct {
		Keys        int64   `json:"keys"`
		Bytes       int64   `json:"bytes"`
		BytesPerKey float64 `json:"bytes_per_key"`
	} `json:"key_sets"`
	Closure struct {
		Rounds  int     `json:"rounds"`
		Seconds float64 `json:"seconds"`
	} `json:"closure"`
	Tables []struct {
		Table          string `json:"table"`
		Mode           string `json:"mode"`
		Unreached      bool   `json:"unreached"`
		Selected       int64  `json:"selected"`
		Total          int64  `json:"total"`
		Bytes          int64  `json:"bytes"`
		EstimatedBytes int64  `json:"estimated_bytes"`
		RootRows       int64  `json:"root_rows"`
		PulledBy       []struct {
			Edge string `json:"edge"`
			As   string `json:"as"`
			Rows int64  `json:"rows"`
		} `json:"pulled_by"`
		Nulled  []string `json:"nulled"`
		Notes   []string `json:"notes"`
		Columns []struct {
			Column string `json:"column"`
			Status string `json:"status"`
			Rule   string `json:"rule"`
		} `json:"columns"`
	} `json:"tables"`
	Edges []struct {
		Label        string `json:"label"`
		Virtual      bool   `json:"virtual"`
		Children     string `json:"children"`
		DanglingNull bool   `json:"dangling_null"`
		ChildRows    int64  `json:"child_rows"`
		ParentRows   int64  `json:"parent_rows"`
	} `json:"edges"`
}

func (r *refresh) plan(t *testing.T, extra ...string) clitest.Result {
	t.Helper()
	return understudy(t, append([]string{"plan", "--config", r.Rules, "--source", r.Src, "--log-format", "json"}, extra...)...)
}

func (r *refresh) planJSON(t *testing.T) planDoc {
	t.Helper()
	res := r.plan(t, "--format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	var doc planDoc
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &doc), res.Stdout)
	return doc
}

var (
	planSize    = regexp.MustCompile(`( *)\b\d+(\.\d)? [KMGT]?i?B\b`)
	planPerKey  = regexp.MustCompile(`\(\d+(\.\d+)? bytes per key\)`)
	planSeconds = regexp.MustCompile(`in \d+\.\d+s\b`)
	planJSONNum = regexp.MustCompile(`"(bytes|estimated_bytes|key_bytes|bytes_per_key|seconds)": [0-9.e+-]+`)
)

// stablePlan replaces what differs between runs and machines: the rules
// file's path and hash, the database name, sizes (pg_table_size depends on
// the server's page layout and vacuum state) and timings. Row counts stay:
// the fixture and the secret are fixed, so the sample is too.
func stablePlan(t *testing.T, r *refresh, out string) string {
	t.Helper()
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	sum := sha256.Sum256(data)
	out = strings.ReplaceAll(clitest.StableDB(out), r.Rules, "rules.yaml")
	out = strings.ReplaceAll(out, hex.EncodeToString(sum[:]), "RULES_SHA256")
	out = planSize.ReplaceAllStringFunc(out, func(s string) string {
		if strings.HasPrefix(s, " ") {
			return " SIZE"
		}
		return "SIZE"
	})
	out = planPerKey.ReplaceAllString(out, "(N bytes per key)")
	out = planSeconds.ReplaceAllString(out, "in Ns")
	return planJSONNum.ReplaceAllString(out, `"$1": 0`)
}

// TestPlanAcme: plan on acme with the subset of integration.TestSubsetAcme, in every
// format (golden), explains each selected row, writes nothing, and selects
// what the following run copies.
func TestPlanAcme(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	r.WithSubset(t, clitest.AcmeSubset(t))
	before := clitest.SourceSums(t, r.Src)

	text := r.plan(t)
	require.Equal(t, 0, text.Code, text.Stderr)
	golden.Check(t, filepath.Join("testdata", "golden", "plan-acme.txt"), []byte(stablePlan(t, r, text.Stdout)))
	for _, want := range []string{
		"\npublic.organizations (table): sampled, 25 of 25 rows",
		"  note: no root reaches it: copied empty (list it under full: to copy it whole)\n",
		"  note: no primary or unique key: its rows are chosen by its references alone\n",
		"  set to NULL where the parent is not in the sample: public.orders(placed_by_user_id) -> public.users(id) [orders_placed_by_user_id_fkey]\n",
		"pulled in as parents through public.comments(commentable_id) -> public.posts(id) [virtual]\n",
		`pulled in as parents through public.comments("commentable_id::text") -> public.orders(id) [virtual]` + "\n",
		"  partitions (one key set): public.page_views_2024_01, ",
		"  email            masked           email (domain email(domain=\"example.com\",keep_domain=false))\n",
		"  limit 3  ",
	} {
		require.Contains(t, text.Stdout, want)
	}
	require.NotContains(t, text.Stdout, r.Src, "the source URL is not printed")

	js := r.plan(t, "--format", "json")
	require.Equal(t, 0, js.Code, js.Stderr)
	golden.Check(t, filepath.Join("testdata", "golden", "plan-acme.json"), []byte(stablePlan(t, r, js.Stdout)))
	var doc planDoc
	require.NoError(t, json.Unmarshal([]byte(js.Stdout), &doc))
	require.True(t, doc.Subset)
	require.True(t, doc.SameSampleAsRun, "the rules file's secret keys the sample, as in run")
	require.Empty(t, doc.Notes)
	require.Positive(t, doc.KeySets.Keys)
	require.Positive(t, doc.KeySets.BytesPerKey)
	require.Less(t, doc.Totals.Selected, doc.Totals.Total)
	labels := map[string]bool{}
	for _, e := range doc.Edges {
		labels[e.Label] = true
	}
	var selected, total int64
	for _, tb := range doc.Tables {
		selected += tb.Selected
		total += tb.Total
		require.LessOrEqual(t, tb.Selected, tb.Total, tb.Table)
		require.LessOrEqual(t, tb.EstimatedBytes, tb.Bytes, tb.Table)
		require.NotEmpty(t, tb.Columns, tb.Table)
		explained := tb.RootRows
		for _, p := range tb.PulledBy {
			require.True(t, labels[p.Edge], "%s: pulled_by names an edge that is not listed: %s", tb.Table, p.Edge)
			explained += p.Rows
		}
		if tb.Mode == "sampled" {
			require.Equal(t, tb.Selected, explained, "%s: every selected row came from a root or an edge", tb.Table)
		}
		if tb.Mode == "full" {
			require.Equal(t, tb.Total, tb.Selected, tb.Table)
		}
	}
	require.Equal(t, doc.Totals.Selected, selected)
	require.Equal(t, doc.Totals.Total, total)

	dot := r.plan(t, "--format", "dot")
	require.Equal(t, 0, dot.Code, dot.Stderr)
	golden.Check(t, filepath.Join("testdata", "golden", "plan-acme.dot"), []byte(stablePlan(t, r, dot.Stdout)))
	requireValidDOT(t, dot.Stdout, len(doc.Tables), len(doc.Edges))

	// Nothing was written: the source holds the same rows, and no staging
	// database exists.
	require.Equal(t, before, clitest.SourceSums(t, r.Src))
	require.Empty(t, r.Databases(t))

	// The run that follows copies what plan selected.
	manifest := filepath.Join(t.TempDir(), "manifest.json")
	res := r.Run(t, "--manifest", manifest)
	require.Equal(t, 0, res.Code, res.Stderr)
	data, err := os.ReadFile(manifest)
	require.NoError(t, err)
	var mf struct {
		Subset struct {
			Tables []struct {
				Table    string `json:"table"`
				Selected int64  `json:"selected"`
			} `json:"tables"`
		} `json:"subset"`
	}
	require.NoError(t, json.Unmarshal(data, &mf))
	// run takes totals from the planner's statistics; the selected rows
	// are the same.
	ran := map[string]int64{}
	for _, tb := range mf.Subset.Tables {
		ran[tb.Table] = tb.Selected
	}
	require.Len(t, ran, len(doc.Tables))
	for _, tb := range doc.Tables {
		require.Equal(t, tb.Selected, ran[tb.Table], "%s: plan and run select the same rows", tb.Table)
	}
}

// requireValidDOT checks plan's Graphviz output: with dot when it is
// installed, and structurally in any case (every statement well formed,
// nodes unique, every edge between declared nodes).
func requireValidDOT(t *testing.T, out string, nodes, edges int) {
	t.Helper()
	if bin, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(bin, "-Tsvg", "-o", os.DevNull)
		cmd.Stdin = strings.NewReader(out)
		msg, err := cmd.CombinedOutput()
		require.NoError(t, err, "dot rejects the plan: %s", msg)
	}
	const str = `"(?:[^"\\]|\\.)*"`
	nodeRE := regexp.MustCompile(`^  (` + str + `) \[label=(` + str + `)(?:, [a-z]+=(?:` + str + `|[a-z]+))*\];$`)
	edgeRE := regexp.MustCompile(`^  (` + str + `) -> (` + str + `) \[label=` + str + `(?:, [a-z]+=(?:` + str + `|[a-z]+))*\];$`)
	attrRE := regexp.MustCompile(`^  (graph|node|edge) \[[a-z]+=(?:` + str + `|[A-Za-z]+)(?:, [a-z]+=(?:` + str + `|[A-Za-z0-9]+))*\];$`)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Equal(t, "digraph plan {", lines[0])
	require.Equal(t, "}", lines[len(lines)-1])
	declared := map[string]bool{}
	var nEdges int
	for _, l := range lines[1 : len(lines)-1] {
		if m := nodeRE.FindStringSubmatch(l); m != nil {
			require.False(t, declared[m[1]], "node declared twice: %s", l)
			declared[m[1]] = true
			require.True(t, strings.HasPrefix(m[2], strings.TrimSuffix(m[1], `"`)+`\n`), "the label starts with the table: %s", l)
			continue
		}
		if m := edgeRE.FindStringSubmatch(l); m != nil {
			require.True(t, declared[m[1]] && declared[m[2]], "edge between undeclared nodes: %s", l)
			nEdges++
			continue
		}
		require.Regexp(t, attrRE, l)
	}
	require.Len(t, declared, nodes)
	require.Equal(t, edges, nEdges)
}

// TestPlanWithoutSubset: a rules file without a subset section plans a
// whole copy, and says so.
func TestPlanWithoutSubset(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	doc := r.planJSON(t)
	require.False(t, doc.Subset)
	require.Equal(t, []string{"the rules file has no subset section: every table is copied whole"}, doc.Notes)
	require.Equal(t, doc.Totals.Tables, doc.Totals.Full)
	require.Equal(t, doc.Totals.Total, doc.Totals.Selected)
	require.Zero(t, doc.KeySets.Keys)
	counts := clitest.RowCounts(clitest.SourceSums(t, r.Src))
	for _, tb := range doc.Tables {
		require.Equal(t, "full", tb.Mode, tb.Table)
		require.Equal(t, tb.Total, tb.Selected, tb.Table)
		if n, ok := counts[tb.Table]; ok { // partitioned tables are counted by partition there
			require.Equal(t, n, strconv.FormatInt(tb.Total, 10), tb.Table)
		}
	}
	text := r.plan(t)
	require.Equal(t, 0, text.Code, text.Stderr)
	require.Contains(t, text.Stdout, "note: the rules file has no subset section: every table is copied whole\n")
}

// TestPlanWithoutSecret: without the run's secret, plan still plans, and
// says that run's sample will differ.
func TestPlanWithoutSecret(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	r.WithSubset(t, clitest.AcmeSubset(t))
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	noSecret := regexp.MustCompile(`(?m)^secret_file: .*$`).ReplaceAllLiteralString(string(data), "secret: ${UNDERSTUDY_PLAN_TEST_NEVER_SET}")
	require.NotEqual(t, string(data), noSecret)
	require.NoError(t, os.WriteFile(r.Rules, []byte(noSecret), 0o644))

	doc := r.planJSON(t)
	require.False(t, doc.SameSampleAsRun)
	require.Len(t, doc.Notes, 1)
	require.Contains(t, doc.Notes[0], "plan has no secret (")
	require.Contains(t, doc.Notes[0], "UNDERSTUDY_PLAN_TEST_NEVER_SET is not set")
	require.Contains(t, doc.Notes[0], "run, with its secret, will choose other rows")
	require.Positive(t, doc.Totals.Selected)
}

// TestPlanErrors: a bad rules file exits 2 with positions, as lint does; a
// bad format exits 2; no password reaches any output.
func TestPlanErrors(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	r.WithSubset(t, `
subset:
  roots:
    - table: public.organisations
      percent: 20
`)
	res := r.plan(t)
	require.Equal(t, 2, res.Code, res.Stdout+res.Stderr)
	require.Empty(t, res.Stdout)
	require.Regexp(t, regexp.QuoteMeta(r.Rules)+`:\d+:\d+: error: .*public\.organisations`, res.Stderr)
	require.Contains(t, res.Stderr, "run understudy lint")

	res = r.plan(t, "--format", "svg")
	require.Equal(t, 2, res.Code)
	require.Contains(t, res.Stderr, `--format "svg": want text, json or dot`)

	const password = "Pa55w0rd-Never-Printed"
	u, err := url.Parse(r.Src)
	require.NoError(t, err)
	u.User = url.UserPassword(u.User.Username(), password)
	u.Host = "127.0.0.1:1" // nothing listens: the error names the source
	q := u.Query()         // a socket directory in the query would win over the host
	q.Del("host")
	q.Del("port")
	u.RawQuery = q.Encode()
	res = understudy(t, "plan", "--config", r.Rules, "--source", u.String())
	require.Equal(t, 1, res.Code, res.Stderr)
	require.NotContains(t, res.Stdout+res.Stderr, password)
	require.Contains(t, res.Stderr, "understudy: ")
}
