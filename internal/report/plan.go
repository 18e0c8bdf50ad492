package report

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
)

// PlanFormats lists the formats RenderPlan accepts.
var PlanFormats = []string{"text", "json", "dot"}

// Plan is what `understudy plan` prints: the rows a run would copy, table
// by table, with the references that brought them and the rule applied to
// each column. Its JSON field names are stable; the README documents them.
type Plan struct {
	RulesFile         string `json:"rules_file"`
	RulesSHA256       string `json:"rules_sha256"`
	Database          string `json:"database"`
	SchemaFingerprint string `json:"schema_fingerprint"`
	// Subset is false when the rules file has no subset section: every
	// table is copied whole.
	Subset bool `json:"subset"`
	// SameSampleAsRun is false when plan had no secret while percent or
	// limit choose rows by a keyed hash: run, keyed with its secret,
	// chooses other rows (as many, in the same proportions).
	SameSampleAsRun bool         `json:"same_sample_as_run"`
	Notes           []string     `json:"notes"`
	Totals          PlanTotals   `json:"totals"`
	KeySets         PlanKeySets  `json:"key_sets"`
	Closure         PlanClosure  `json:"closure"`
	Tables          []*PlanTable `json:"tables"`
	Edges           []*PlanEdge  `json:"edges"`
	byName          map[string]*PlanTable
}

// PlanTotals adds up the tables.
type PlanTotals struct {
	Tables         int   `json:"tables"`
	Selected       int64 `json:"selected"`
	Total          int64 `json:"total"`
	EstimatedBytes int64 `json:"estimated_bytes"`
	Bytes          int64 `json:"bytes"`
	// Tables by mode; Unreached counts the tables no root reaches (copied
	// empty), which are also counted by their mode.
	Sampled   int `json:"sampled"`
	Full      int `json:"full"`
	Excluded  int `json:"excluded"`
	Keyless   int `json:"keyless"`
	Unreached int `json:"unreached"`
}

// PlanKeySets is the memory the key sets hold during the closure and the
// copy.
type PlanKeySets struct {
	Keys        int64   `json:"keys"`
	Bytes       int64   `json:"bytes"`
	BytesPerKey float64 `json:"bytes_per_key"`
}

// PlanClosure is how long the closure took.
type PlanClosure struct {
	Rounds  int     `json:"rounds"`
	Seconds float64 `json:"seconds"`
}

// PlanTable is one table of the plan. A partitioned table stands for its
// partitions: they share one key set.
type PlanTable struct {
	Table string `json:"table"`
	Kind  string `json:"kind"`
	// Mode is sampled (a key set), full (every row), excluded (no row) or
	// keyless (no key: rows chosen by their references).
	Mode string `json:"mode"`
	// Unreached: no root reaches the table, so it is copied empty.
	Unreached bool  `json:"unreached"`
	Selected  int64 `json:"selected"`
	Total     int64 `json:"total"`
	// Bytes is the table's size in production (pg_table_size, partitions
	// included), EstimatedBytes the selected rows' share of it.
	Bytes          int64 `json:"bytes"`
	EstimatedBytes int64 `json:"estimated_bytes"`
	// RootRows are the rows the table's roots chose.
	RootRows int64 `json:"root_rows"`
	// PulledBy are the rows each reference brought, most first.
	PulledBy []PlanPull `json:"pulled_by"`
	// Nulled are the references whose columns are set to NULL where the
	// parent row is not in the sample (dangling: null).
	Nulled     []string         `json:"nulled"`
	Notes      []string         `json:"notes"`
	KeyBytes   int64            `json:"key_bytes"`
	Partitions []*PlanPartition `json:"partitions,omitempty"`
	Columns    []*PlanColumn    `json:"columns"`
}

// PlanPull is the rows one reference brought into a table.
type PlanPull struct {
	// Edge is the reference, as in PlanEdge.Label.
	Edge string `json:"edge"`
	// As is "child" (the rows reference selected rows) or "parent"
	// (selected rows reference them).
	As   string `json:"as"`
	Rows int64  `json:"rows"`
}

// PlanPartition is a partition of a partitioned table; Columns lists only
// the columns whose rule differs from the partitioned table's.
type PlanPartition struct {
	Table   string        `json:"table"`
	Columns []*PlanColumn `json:"columns,omitempty"`
}

// PlanColumn is the rule applied to one column.
type PlanColumn struct {
	Column string `json:"column"`
	Type   string `json:"type"`
	// Status is as in the coverage report: masked, kept (reviewed),
	// scrubbed by default, excluded, generated, uncovered, unreviewed.
	Status rules.Status `json:"status"`
	// Rule is the rule in words, e.g. "email (domain email)".
	Rule   string `json:"rule,omitempty"`
	Origin string `json:"origin,omitempty"`
}

// PlanEdge is one reference of the graph: a foreign key or a virtual one.
type PlanEdge struct {
	// Label names it in pulled_by and nulled:
	// "child(columns) -> parent(columns) [name]".
	Label       string   `json:"label"`
	Name        string   `json:"name"`
	Virtual     bool     `json:"virtual"`
	From        string   `json:"from"`
	FromColumns []string `json:"from_columns"`
	To          string   `json:"to"`
	ToColumns   []string `json:"to_columns"`
	// Children is the policy for the rows that reference selected rows:
	// all, none or "limit N" (none when the child table is full or
	// excluded).
	Children     string `json:"children"`
	DanglingNull bool   `json:"dangling_null"`
	ChildRows    int64  `json:"child_rows"`
	ParentRows   int64  `json:"parent_rows"`
}

// PlanOptions are what NewPlan needs besides the result and the rules.
type PlanOptions struct {
	// Subset is false when the rules file has no subset section (the
	// result then holds every table as full).
	Subset bool
	// SameSampleAsRun: see Plan.SameSampleAsRun.
	SameSampleAsRun bool
	Notes           []string
}

// NewPlan builds the plan document from a computed sample, the coverage
// of the rules resolved against the same schema, and the schema. The
// output is sorted: the same inputs give the same document.
func NewPlan(res *subset.Result, cov *rules.Coverage, m *schema.Model, opt PlanOptions) *Plan {
	covBy := map[string]*rules.TableCoverage{}
	for _, tc := range cov.Tables {
		covBy[tc.Table] = tc
	}
	doc := &Plan{
		RulesFile: cov.RulesFile, RulesSHA256: cov.RulesSHA256, Database: cov.Database, SchemaFingerprint: cov.SchemaFingerprint,
		Subset: opt.Subset, SameSampleAsRun: opt.SameSampleAsRun, Notes: append([]string{}, opt.Notes...),
		KeySets: PlanKeySets{Keys: res.KeyCount, Bytes: res.KeyBytes},
		Closure: PlanClosure{Rounds: res.Rounds, Seconds: res.Seconds},
		Tables:  []*PlanTable{}, Edges: []*PlanEdge{}, byName: map[string]*PlanTable{},
	}
	if res.KeyCount > 0 {
		doc.KeySets.BytesPerKey = float64(res.KeyBytes) / float64(res.KeyCount)
	}
	trs := append([]*subset.TableResult{}, res.Tables...)
	sort.Slice(trs, func(i, j int) bool { return trs[i].Table.Less(trs[j].Table) })
	for _, tr := range trs {
		pt := &PlanTable{
			Table: tr.Table.String(), Mode: tr.Mode, Selected: tr.Selected, Total: tr.Total, EstimatedBytes: tr.Bytes,
			RootRows: tr.RootRows, KeyBytes: tr.KeyBytes, PulledBy: []PlanPull{}, Nulled: append([]string{}, tr.Nulled...),
			Notes: append([]string{}, tr.Notes...), Columns: []*PlanColumn{},
		}
		pt.Unreached = tr.Mode != "full" && tr.Mode != "excluded" && tr.Selected == 0 && tr.RootRows == 0 && tr.Total > 0
		for _, pc := range tr.Pulled {
			pt.PulledBy = append(pt.PulledBy, PlanPull{Edge: pc.Edge, As: pc.As, Rows: pc.Rows})
		}
		sort.Slice(pt.PulledBy, func(i, j int) bool {
			a, b := pt.PulledBy[i], pt.PulledBy[j]
			if a.Rows != b.Rows {
				return a.Rows > b.Rows
			}
			if a.Edge != b.Edge {
				return a.Edge < b.Edge
			}
			return a.As < b.As
		})
		sort.Strings(pt.Nulled)
		if t := m.Table(tr.Table); t != nil {
			pt.Kind = string(t.Kind)
			pt.Bytes = tableBytes(m, t)
			for _, part := range partitions(m, t) {
				pp := &PlanPartition{Table: part.Name.String()}
				if tc := covBy[pp.Table]; tc != nil {
					pp.Columns = differing(planColumns(tc), planColumns(covBy[pt.Table]))
				}
				pt.Partitions = append(pt.Partitions, pp)
			}
		}
		if tc := covBy[pt.Table]; tc != nil {
			pt.Columns = planColumns(tc)
		}
		doc.Tables = append(doc.Tables, pt)
		doc.byName[pt.Table] = pt

		t := &doc.Totals
		t.Tables++
		t.Selected += pt.Selected
		t.Total += pt.Total
		t.EstimatedBytes += pt.EstimatedBytes
		t.Bytes += pt.Bytes
		switch pt.Mode {
		case "sampled":
			t.Sampled++
		case "full":
			t.Full++
		case "excluded":
			t.Excluded++
		case "keyless":
			t.Keyless++
		}
		if pt.Unreached {
			t.Unreached++
		}
	}
	for _, er := range res.Edges {
		doc.Edges = append(doc.Edges, &PlanEdge{
			Label: EdgeLabel(er), Name: er.Name, Virtual: er.Virtual,
			From: er.From.String(), FromColumns: append([]string{}, er.FromColumns...),
			To: er.To.String(), ToColumns: append([]string{}, er.ToColumns...),
			Children: er.Children, DanglingNull: er.DanglingNull, ChildRows: er.ChildRows, ParentRows: er.ParentRows,
		})
	}
	sort.Slice(doc.Edges, func(i, j int) bool { return doc.Edges[i].Label < doc.Edges[j].Label })
	return doc
}

// EdgeLabel names a reference as the subset engine's notes and counts do:
// "child(columns) -> parent(columns) [name]", [virtual] for a virtual one.
func EdgeLabel(e *subset.EdgeResult) string {
	quote := func(cols []string) string {
		out := make([]string, len(cols))
		for i, c := range cols {
			out[i] = pgsql.QuoteIdent(c)
		}
		return strings.Join(out, ", ")
	}
	s := fmt.Sprintf("%s(%s) -> %s(%s)", e.From, quote(e.FromColumns), e.To, quote(e.ToColumns))
	if e.Virtual {
		return s + " [virtual]"
	}
	return s + " [" + pgsql.QuoteIdent(e.Name) + "]"
}

// tableBytes is a table's size, a partitioned table's being its
// partitions'.
func tableBytes(m *schema.Model, t *schema.Table) int64 {
	n := t.Bytes
	for _, p := range partitions(m, t) {
		n += p.Bytes
	}
	return n
}

// partitions lists a partitioned table's partitions, sub-partitions
// included, by name.
func partitions(m *schema.Model, t *schema.Table) []*schema.Table {
	var out []*schema.Table
	for _, c := range t.Children {
		ct := m.Table(c)
		if ct == nil || ct.Kind != schema.KindPartition {
			continue
		}
		out = append(out, ct)
		out = append(out, partitions(m, ct)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name.Less(out[j].Name) })
	return out
}

func planColumns(tc *rules.TableCoverage) []*PlanColumn {
	out := []*PlanColumn{}
	if tc == nil {
		return out
	}
	for _, c := range tc.Columns {
		out = append(out, &PlanColumn{Column: c.Column, Type: c.Type, Status: c.Status, Rule: c.Rule, Origin: c.Origin})
	}
	return out
}

// differing returns the columns of cols whose status or rule is not the
// same in parent.
func differing(cols, parent []*PlanColumn) []*PlanColumn {
	by := map[string]*PlanColumn{}
	for _, c := range parent {
		by[c.Column] = c
	}
	var out []*PlanColumn
	for _, c := range cols {
		if p := by[c.Column]; p == nil || p.Status != c.Status || p.Rule != c.Rule {
			out = append(out, c)
		}
	}
	return out
}

// RenderPlan returns the plan in the given format.
func RenderPlan(p *Plan, format string) ([]byte, error) {
	switch format {
	case "text":
		return []byte(PlanText(p)), nil
	case "json":
		return PlanJSON(p)
	case "dot":
		return []byte(PlanDOT(p)), nil
	}
	return nil, fmt.Errorf("report: format %q: want one of %s", format, strings.Join(PlanFormats, ", "))
}

// PlanJSON is the machine-readable plan.
func PlanJSON(p *Plan) ([]byte, error) {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return append(b, '\n'), nil
}

// PlanText is the plan for a terminal: the totals, one line per table,
// then each table's detail (how its rows came, its columns' rules), then
// every reference with its policy.
func PlanText(p *Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Plan of %s (sha256 %s)\n", p.RulesFile, p.RulesSHA256)
	fmt.Fprintf(&b, "against database %s (schema %s)\n", p.Database, p.SchemaFingerprint)
	for _, n := range p.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	t := p.Totals
	fmt.Fprintf(&b, "%s of %s rows selected (%s), ~%s of %s, in %d tables: %d sampled, %d full, %d excluded, %d keyless; %d unreached (copied empty)\n",
		count(t.Selected), count(t.Total), share(t.Selected, t.Total), Bytes(t.EstimatedBytes), Bytes(t.Bytes),
		t.Tables, t.Sampled, t.Full, t.Excluded, t.Keyless, t.Unreached)
	perKey := "-"
	if p.KeySets.Keys > 0 {
		perKey = strconv.FormatFloat(p.KeySets.BytesPerKey, 'f', 1, 64)
	}
	fmt.Fprintf(&b, "key sets: %s keys in %s (%s bytes per key); closure: %d rounds in %.2fs\n",
		count(p.KeySets.Keys), Bytes(p.KeySets.Bytes), perKey, p.Closure.Rounds, p.Closure.Seconds)

	b.WriteString("\n")
	rows := [][]string{{"table", "mode", "selected", "of", "share", "est. size"}}
	for _, pt := range p.Tables {
		rows = append(rows, []string{pt.Table, modeText(pt), count(pt.Selected), count(pt.Total), share(pt.Selected, pt.Total), Bytes(pt.EstimatedBytes)})
	}
	writeTable(&b, rows, []bool{false, false, true, true, true, true})

	for _, pt := range p.Tables {
		fmt.Fprintf(&b, "\n%s (%s): %s, %s of %s rows, ~%s of %s\n", pt.Table, pt.Kind, modeText(pt),
			count(pt.Selected), count(pt.Total), Bytes(pt.EstimatedBytes), Bytes(pt.Bytes))
		if pt.RootRows > 0 {
			fmt.Fprintf(&b, "  %s chosen as roots\n", rowCount(pt.RootRows))
		}
		for _, pc := range pt.PulledBy {
			as := "children"
			if pc.As == "parent" {
				as = "parents"
			}
			fmt.Fprintf(&b, "  %s pulled in as %s through %s\n", rowCount(pc.Rows), as, pc.Edge)
		}
		for _, n := range pt.Nulled {
			fmt.Fprintf(&b, "  set to NULL where the parent is not in the sample: %s\n", n)
		}
		for _, n := range pt.Notes {
			fmt.Fprintf(&b, "  note: %s\n", n)
		}
		if len(pt.Partitions) > 0 {
			names := make([]string, len(pt.Partitions))
			for i, pp := range pt.Partitions {
				names[i] = pp.Table
			}
			fmt.Fprintf(&b, "  partitions (one key set): %s\n", strings.Join(names, ", "))
		}
		writeColumns(&b, "  ", pt.Columns)
		for _, pp := range pt.Partitions {
			if len(pp.Columns) > 0 {
				fmt.Fprintf(&b, "  partition %s differs:\n", pp.Table)
				writeColumns(&b, "    ", pp.Columns)
			}
		}
	}

	if len(p.Edges) > 0 {
		b.WriteString("\nReferences (child -> parent), with the rows each brought:\n")
		rows := [][]string{{"  children", "dangling", "children", "parents", "reference"}}
		for _, e := range p.Edges {
			dangling := ""
			if e.DanglingNull {
				dangling = "null"
			}
			rows = append(rows, []string{"  " + e.Children, dangling, count(e.ChildRows), count(e.ParentRows), e.Label})
		}
		writeTable(&b, rows, []bool{false, false, true, true, false})
	}
	return trimLines(b.String())
}

func writeColumns(b *strings.Builder, indent string, cols []*PlanColumn) {
	if len(cols) == 0 {
		return
	}
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%scolumn\tstatus\trule\n", indent)
	for _, c := range cols {
		fmt.Fprintf(tw, "%s%s\t%s\t%s\n", indent, c.Column, c.Status, c.Rule)
	}
	tw.Flush()
}

// writeTable writes rows in columns two spaces apart, the columns marked
// right-aligned padded on the left.
func writeTable(b *strings.Builder, rows [][]string, right []bool) {
	widths := make([]int, len(right))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				line.WriteString("  ")
			}
			if right[i] {
				line.WriteString(pad + c)
			} else {
				line.WriteString(c + pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

func modeText(pt *PlanTable) string {
	if pt.Unreached {
		return pt.Mode + ", unreached"
	}
	return pt.Mode
}

// count writes n with thousands separators.
func count(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// rowCount writes "1 row", "2 rows".
func rowCount(n int64) string {
	if n == 1 {
		return "1 row"
	}
	return count(n) + " rows"
}

func share(sel, total int64) string {
	if total == 0 {
		return "-"
	}
	return strconv.FormatFloat(100*float64(sel)/float64(total), 'f', 1, 64) + "%"
}

// PlanDOT renders the foreign-key graph for Graphviz (dot -Tsvg): one node
// per table with its selected and total rows, styled by mode (full filled
// blue, excluded dashed grey, keyless filled yellow, unreached dotted
// grey), and one edge per reference from child to parent, labelled with
// its name (or "virtual"), children policy and the rows it brought; a
// virtual reference is dashed, a dangling: null one is red, ends in an
// open dot and says so, and one that brought no row is grey.
func PlanDOT(p *Plan) string {
	var b strings.Builder
	b.WriteString("digraph plan {\n")
	t := p.Totals
	fmt.Fprintf(&b, "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=%s];\n",
		dotQuote(fmt.Sprintf("%s: %s of %s rows in %d tables", p.Database, count(t.Selected), count(t.Total), t.Tables)))
	b.WriteString("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=8];\n")
	for _, pt := range p.Tables {
		label := pt.Table + "\n" + count(pt.Selected) + " of " + count(pt.Total)
		var attrs string
		switch {
		case pt.Mode == "full":
			label += "\nfull"
			attrs = `, style="rounded,filled", fillcolor="#dbeafe"`
		case pt.Mode == "excluded":
			label += "\nexcluded"
			attrs = `, style="rounded,dashed", color="#9ca3af", fontcolor="#6b7280"`
		case pt.Unreached:
			label += "\nunreached: copied empty"
			attrs = `, style="rounded,dotted", color="#9ca3af", fontcolor="#6b7280"`
		case pt.Mode == "keyless":
			label += "\nkeyless"
			attrs = `, style="rounded,filled", fillcolor="#fef3c7"`
		}
		fmt.Fprintf(&b, "  %s [label=%s%s];\n", dotQuote(pt.Table), dotQuote(label), attrs)
	}
	for _, e := range p.Edges {
		name := e.Name
		if e.Virtual {
			name = "virtual"
		}
		label := name + "\nchildren " + e.Children
		if e.DanglingNull {
			label += "\ndangling: null"
		}
		label += "\n+" + count(e.ChildRows) + " children, +" + count(e.ParentRows) + " parents"
		attrs := ""
		if e.Virtual {
			attrs += `, style=dashed`
		}
		switch {
		case e.DanglingNull:
			attrs += `, arrowhead=odot, color="#b91c1c", fontcolor="#b91c1c"`
		case e.ChildRows+e.ParentRows == 0:
			attrs += `, color="#9ca3af", fontcolor="#6b7280"`
		}
		fmt.Fprintf(&b, "  %s -> %s [label=%s%s];\n", dotQuote(e.From), dotQuote(e.To), dotQuote(label), attrs)
	}
	b.WriteString("}\n")
	return b.String()
}

// dotQuote writes s as a DOT double-quoted string: quotes and backslashes
// escaped, line breaks as \n (centred lines).
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range []byte(s) {
		switch c {
		case '\\', '"':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
