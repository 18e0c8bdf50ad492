package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// inspectReport is the JSON form of inspect.
type inspectReport struct {
	Fingerprint string          `json:"fingerprint"`
	Model       *schema.Model   `json:"model"`
	Cycles      [][]schema.Name `json:"cycles"`
	LoadOrder   []schema.Name   `json:"load_order"`
	BrokenEdges []string        `json:"broken_edges"`
	OrderError  string          `json:"load_order_error,omitempty"`
}

// InspectJSON writes inspect --format json.
func InspectJSON(w io.Writer, m *schema.Model) error {
	order, err := m.LoadOrder()
	r := inspectReport{Fingerprint: m.Fingerprint(), Model: m, Cycles: m.Cycles(), LoadOrder: order.Tables, BrokenEdges: []string{}}
	if r.Cycles == nil {
		r.Cycles = [][]schema.Name{}
	}
	for _, fk := range order.Broken {
		r.BrokenEdges = append(r.BrokenEdges, fk.From.String()+"."+fk.Name)
	}
	if err != nil {
		r.OrderError = err.Error()
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// InspectText is inspect's human form.
func InspectText(m *schema.Model) string {
	var b strings.Builder
	fks := 0
	for _, t := range m.Tables {
		fks += len(t.ForeignKeys)
	}
	cycles := m.Cycles()
	fmt.Fprintf(&b, "database %s (PostgreSQL %d.%d): %d tables, %d foreign keys, %d cycles, %d sequences, %d views\n",
		m.Database, m.ServerVersion/10000, m.ServerVersion%10000, len(m.Tables), fks, len(cycles), len(m.Sequences), len(m.Views))
	fmt.Fprintf(&b, "fingerprint %s\n\n", m.Fingerprint())

	b.WriteString("TABLES\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  table\tkind\trows (est.)\tsize\tkey")
	for _, t := range m.Tables {
		key := "none"
		if k := t.RowKey(); k != nil {
			key = "(" + quoteAll(k.Columns) + ")"
			if !k.Primary {
				key = "unique " + key
			}
		}
		rows := "unknown"
		if t.RowEstimate >= 0 {
			rows = fmt.Sprint(t.RowEstimate)
		}
		kind := string(t.Kind)
		switch {
		case t.Kind == schema.KindInherited:
			kind = "inherits " + t.Parent.String()
		case t.Parent != nil:
			kind += " of " + t.Parent.String()
		}
		if t.RowSecurity {
			kind += ", RLS"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", t.Name, kind, rows, Bytes(t.TotalBytes), key)
	}
	tw.Flush()

	b.WriteString("\nFOREIGN KEYS\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, t := range m.Tables {
		for _, fk := range t.ForeignKeys {
			var notes []string
			if fk.Nullable {
				notes = append(notes, "nullable")
			}
			if fk.Deferrable {
				d := "deferrable"
				if fk.InitiallyDeferred {
					d += " initially deferred"
				}
				notes = append(notes, d)
			}
			if fk.Match != "simple" {
				notes = append(notes, "match "+fk.Match)
			}
			if !fk.Validated {
				notes = append(notes, "not valid")
			}
			if fk.SelfReference() {
				notes = append(notes, "self-reference")
			}
			line := fmt.Sprintf("  %s\t%s(%s)\t-> %s(%s)", pgsql.QuoteIdent(fk.Name), fk.From, quoteAll(fk.FromColumns),
				fk.To, quoteAll(fk.ToColumns))
			if len(notes) > 0 {
				line += "\t" + strings.Join(notes, ", ")
			}
			fmt.Fprintln(tw, line)
		}
	}
	tw.Flush()

	b.WriteString("\nCYCLES\n")
	if len(cycles) == 0 {
		b.WriteString("  none\n")
	}
	for i, c := range cycles {
		names := make([]string, len(c))
		for j, n := range c {
			names[j] = n.String()
		}
		fmt.Fprintf(&b, "  %d. %s\n", i+1, strings.Join(names, " <-> "))
	}

	b.WriteString("\nLOAD ORDER (parents first)\n")
	order, err := m.LoadOrder()
	for i, n := range order.Tables {
		fmt.Fprintf(&b, "  %3d. %s\n", i+1, n)
	}
	if len(order.Broken) > 0 {
		b.WriteString("  cycles broken at:\n")
		for _, fk := range order.Broken {
			how := "nullable: loaded as NULL, set afterwards"
			if fk.Deferrable {
				how = "deferrable: checked at commit"
			}
			fmt.Fprintf(&b, "    %s.%s (%s)\n", fk.From, fk.Name, how)
		}
	}
	if err != nil {
		fmt.Fprintf(&b, "  error: %v\n", err)
	}

	if len(m.Sequences) > 0 {
		b.WriteString("\nSEQUENCES\n")
		tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, s := range m.Sequences {
			var used []string
			if s.OwnedBy != nil {
				used = append(used, "owned by "+s.OwnedBy.Table.String()+"."+s.OwnedBy.Column)
			}
			for _, u := range s.UsedBy {
				if s.OwnedBy == nil || u != *s.OwnedBy {
					used = append(used, "default of "+u.Table.String()+"."+u.Column)
				}
			}
			if len(used) == 0 {
				used = append(used, "free-standing")
			}
			sort.Strings(used)
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", s.Name, s.Type, strings.Join(used, "; "))
		}
		tw.Flush()
	}
	if len(m.Views) > 0 {
		b.WriteString("\nVIEWS\n")
		tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, v := range m.Views {
			kind := "view"
			if v.Materialized {
				kind = "materialized view"
				if !v.Populated {
					kind += " (not populated)"
				}
			}
			fmt.Fprintf(tw, "  %s\t%s\n", v.Name, kind)
		}
		tw.Flush()
	}
	return b.String()
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = pgsql.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}
