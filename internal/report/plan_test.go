package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
)

// planFixture is a sample over a small schema: a root table, a quoted
// name, a partitioned table whose partition has a rule of its own, a
// keyless table, an unreached one, and a virtual dangling: null
// reference.
func planFixture() (*subset.Result, *rules.Coverage, *schema.Model) {
	n := func(s, t string) schema.Name { return schema.Name{Schema: s, Name: t} }
	orgs, odd, pv, pv1, logs, lone := n("public", "orgs"), n("public", `Odd "name"`), n("public", "pv"), n("public", "pv_1"), n("public", "logs"), n("public", "lone")
	m := &schema.Model{Database: "acme", Tables: []*schema.Table{
		{Name: pv, Kind: schema.KindPartitioned, Children: []schema.Name{pv1}},
		{Name: pv1, Kind: schema.KindPartition, Parent: &pv, Bytes: 8192},
		{Name: orgs, Kind: schema.KindTable, Bytes: 16384},
		{Name: odd, Kind: schema.KindTable, Bytes: 8192},
		{Name: logs, Kind: schema.KindTable, Bytes: 4096},
		{Name: lone, Kind: schema.KindTable, Bytes: 4096},
	}}
	fk := &subset.EdgeResult{Name: "pv_org_fkey", From: pv, FromColumns: []string{"org_id"}, To: orgs, ToColumns: []string{"id"}, Children: "limit 3", ChildRows: 6}
	virt := &subset.EdgeResult{Name: "virtual", Virtual: true, From: odd, FromColumns: []string{"Org ID"}, To: orgs, ToColumns: []string{"id"}, Children: "all", DanglingNull: true, ParentRows: 1}
	res := &subset.Result{
		Tables: []*subset.TableResult{
			{Table: pv, Mode: "sampled", Selected: 6, Total: 60, Bytes: 819, KeyBytes: 48,
				Pulled: []subset.EdgeCount{{Edge: EdgeLabel(fk), As: "child", Rows: 6}}},
			{Table: orgs, Mode: "sampled", Selected: 3, Total: 10, Bytes: 4915, RootRows: 2, KeyBytes: 24,
				Pulled: []subset.EdgeCount{{Edge: EdgeLabel(virt), As: "parent", Rows: 1}}},
			{Table: odd, Mode: "full", Selected: 5, Total: 5, Bytes: 8192, Nulled: []string{EdgeLabel(virt)}},
			{Table: logs, Mode: "keyless", Selected: 0, Total: 7, Notes: []string{"no primary or unique key: its rows are chosen by its references alone"}},
			{Table: lone, Mode: "excluded", Total: 4},
		},
		Edges:    []*subset.EdgeResult{virt, fk},
		KeyBytes: 72, KeyCount: 9, Rounds: 2, Seconds: 0.25,
	}
	cov := &rules.Coverage{RulesFile: "rules.yaml", RulesSHA256: "abc", Database: "acme", SchemaFingerprint: "sha256:def"}
	cov.Tables = []*rules.TableCoverage{
		{Table: "public.orgs", Kind: "table", Columns: []*rules.ColumnCoverage{
			{Column: "id", Type: "bigint", Status: rules.Kept},
			{Column: "name", Type: "text", Status: rules.Masked, Rule: "company (domain company)"},
		}},
		{Table: "public.pv", Kind: "partitioned", Columns: []*rules.ColumnCoverage{{Column: "ip", Type: "inet", Status: rules.Masked, Rule: "ipv4"}}},
		{Table: "public.pv_1", Kind: "partition", Columns: []*rules.ColumnCoverage{{Column: "ip", Type: "inet", Status: rules.Masked, Rule: "'null'"}}},
		{Table: "public.lone", Kind: "table", Excluded: true, Columns: []*rules.ColumnCoverage{{Column: "x", Type: "text", Status: rules.Excluded}}},
	}
	return res, cov, m
}

func TestNewPlan(t *testing.T) {
	res, cov, m := planFixture()
	p := NewPlan(res, cov, m, PlanOptions{Subset: true, SameSampleAsRun: true})

	var names []string
	for _, pt := range p.Tables {
		names = append(names, pt.Table)
	}
	require.Equal(t, []string{`public."Odd ""name"""`, "public.logs", "public.lone", "public.orgs", "public.pv"}, names, "sorted by schema, then name")
	require.Equal(t, `public."Odd ""name"""("Org ID") -> public.orgs(id) [virtual]`, p.Edges[0].Label, "edges sorted by label")

	logs, pv := p.byName["public.logs"], p.byName["public.pv"]
	require.True(t, logs.Unreached, "a keyless table nothing reaches is copied empty")
	require.False(t, p.byName["public.lone"].Unreached, "excluded is not unreached")
	require.Equal(t, int64(8192), pv.Bytes, "a partitioned table's size is its partitions'")
	require.Len(t, pv.Partitions, 1)
	require.Len(t, pv.Partitions[0].Columns, 1, "the partition's own rule is shown")
	require.Equal(t, "'null'", pv.Partitions[0].Columns[0].Rule)

	require.Equal(t, PlanTotals{Tables: 5, Selected: 14, Total: 86, EstimatedBytes: 819 + 4915 + 8192, Bytes: 8192 + 16384 + 8192 + 4096 + 4096,
		Sampled: 2, Full: 1, Excluded: 1, Keyless: 1, Unreached: 1}, p.Totals)
	require.Equal(t, 8.0, p.KeySets.BytesPerKey)

	// JSON: empty lists are [], never null, so scripts need no guard.
	js, err := PlanJSON(p)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(js, &doc))
	require.Equal(t, []any{}, doc["notes"])
	for _, tb := range doc["tables"].([]any) {
		for _, k := range []string{"pulled_by", "nulled", "notes", "columns"} {
			require.NotNil(t, tb.(map[string]any)[k], k)
		}
	}
}

func TestPlanText(t *testing.T) {
	res, cov, m := planFixture()
	out := PlanText(NewPlan(res, cov, m, PlanOptions{Subset: true, Notes: []string{"plan has no secret"}}))
	for _, want := range []string{
		"note: plan has no secret\n",
		"14 of 86 rows selected (16.3%), ~13.6 KiB of 40.0 KiB, in 5 tables: 2 sampled, 1 full, 1 excluded, 1 keyless; 1 unreached (copied empty)\n",
		"key sets: 9 keys in 72 B (8.0 bytes per key); closure: 2 rounds in 0.25s\n",
		"table                  mode                selected  of   share  est. size\n",
		"public.logs            keyless, unreached         0   7    0.0%        0 B\n",
		"public.pv              sampled                    6  60   10.0%      819 B\n",
		"public.orgs (table): sampled, 3 of 10 rows, ~4.8 KiB of 16.0 KiB\n  2 rows chosen as roots\n  1 row pulled in as parents through " + `public."Odd ""name"""("Org ID") -> public.orgs(id) [virtual]` + "\n",
		"  set to NULL where the parent is not in the sample: " + `public."Odd ""name"""("Org ID")`,
		"  name    masked           company (domain company)\n",
		"  partitions (one key set): public.pv_1\n",
		"  partition public.pv_1 differs:\n    column  status  rule\n    ip      masked  'null'\n",
		"  children  dangling  children  parents  reference\n",
		"  all       null             0        1  " + `public."Odd ""name"""("Org ID") -> public.orgs(id) [virtual]` + "\n",
		"  limit 3                    6        0  public.pv(org_id) -> public.orgs(id) [pv_org_fkey]\n",
	} {
		require.Contains(t, out, want)
	}
	for _, l := range strings.Split(out, "\n") {
		require.Equal(t, strings.TrimRight(l, " "), l, "no trailing blanks")
	}
}

func TestPlanDOT(t *testing.T) {
	res, cov, m := planFixture()
	out := PlanDOT(NewPlan(res, cov, m, PlanOptions{Subset: true}))
	for _, want := range []string{
		`  "public.\"Odd \"\"name\"\"\"" [label="public.\"Odd \"\"name\"\"\"\n5 of 5\nfull", style="rounded,filled", fillcolor="#dbeafe"];`,
		`  "public.logs" [label="public.logs\n0 of 7\nunreached: copied empty", style="rounded,dotted"`,
		`  "public.lone" [label="public.lone\n0 of 4\nexcluded", style="rounded,dashed"`,
		`  "public.\"Odd \"\"name\"\"\"" -> "public.orgs" [label="virtual\nchildren all\ndangling: null\n+0 children, +1 parents", style=dashed, arrowhead=odot`,
		`  "public.pv" -> "public.orgs" [label="pv_org_fkey\nchildren limit 3\n+6 children, +0 parents"];`,
	} {
		require.Contains(t, out, want)
	}
	require.True(t, strings.HasPrefix(out, "digraph plan {\n") && strings.HasSuffix(out, "}\n"))
}

func TestPlanNumbers(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1000: "-1,000"} {
		require.Equal(t, want, count(n))
	}
	require.Equal(t, "-", share(0, 0))
	require.Equal(t, "33.3%", share(1, 3))
}
