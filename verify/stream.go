package verify

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// The checks a Stream makes, as Report.OnStream names them.
const (
	StreamLeaks       = "leaks"
	StreamCredentials = "credentials in the data"
	StreamResidual    = "residual personal data"
)

// MethodStream is the leak check made on the copy stream: each masked
// value is compared with its own source value, row by row, as it passes.
const MethodStream = "stream"

// ProofValidated is a foreign key that PostgreSQL validated against every
// copied row when the run added it (pg_constraint.convalidated after ADD
// CONSTRAINT or VALIDATE CONSTRAINT): no anti-join is needed to know it
// holds.
const ProofValidated = "validated by PostgreSQL"

// Stream is the proof a run makes on its copy stream. Every row crosses
// understudy once, from production to staging, and is checked there
// instead of being read again from both databases afterwards:
//
//   - leaks: each masked value is compared with the source value of its
//     own row (no re-read, no sort);
//   - credentials: every text and json value of every table, masked or
//     passed through, goes through the secret detectors, behind
//     classify.MayHoldSecret, a one-pass prefilter;
//   - residual: each kept text or json column keeps a reservoir sample for
//     the identifier detectors, as the full check does.
//
// A Stream is shared by the run's copy workers: each copy of a table, or
// of a part of one, takes a TableCheck of its own with Table and hands it
// back with Add. Check takes the Stream (Config.Stream) in place of the
// re-reads it replaces.
type Stream struct {
	plan   *rules.Plan
	fails  bool
	mu     sync.Mutex
	tables map[string]*tableFindings
}

// NewStream prepares the stream checks of a run of plan.
func NewStream(plan *rules.Plan) *Stream {
	return &Stream{plan: plan, fails: plan != nil && plan.Config != nil && plan.Config.ResidualFails(), tables: map[string]*tableFindings{}}
}

// tableFindings are one table's findings, its parts added up.
type tableFindings struct {
	rows    int64
	leaks   []Leak
	creds   *credentials
	samples []*reservoir
	cols    []string // the columns of samples
	json    []bool
}

// Row is one copied row as staging receives it, each value in its text
// form. ok is false for a value that has no text form in the stream (a
// binary value of a type without a conversion).
type Row interface {
	Text(i int) (value []byte, null, ok bool)
}

// TableCheck is the stream check of one copy of a table: cols are the
// columns of its COPY list. One goroutine uses it.
type TableCheck struct {
	table string
	rows  int64
	// leaks are the masked columns, by COPY position (nil where none).
	leaks []*streamLeak
	// scan are the text and json columns.
	scan []scanColumn
	// key are the COPY positions of the row key; nil when the table has
	// none, or a key column is not in the list: rows are named by number.
	key   []int
	found *credentials
	buf   []byte
	part  string // "part=N," for a part of a split table
}

// Part says that the check is of the nth part of a split table: a row
// without a key is named by its number in that part ("part=2,row=12").
func (c *TableCheck) Part(n int) { c.part = "part=" + strconv.Itoa(n) + "," }

// streamLeak is a masked column under the stream leak check.
type streamLeak struct {
	leakColumn
	// holds reports whether a source json document holds a string a json
	// rule's paths select; nil without paths.
	holds func([]byte) bool
}

// scanColumn is a text or json column the stream scans.
type scanColumn struct {
	index  int
	name   string
	json   bool
	bytea  bool       // read as text when its bytes are text
	public bool       // named for a public key: bare tokens are no credential
	sample *reservoir // nil for a masked column
}

// Table starts the check of one copy of a table of the plan, whose COPY
// list is cols.
func (s *Stream) Table(tp *rules.TablePlan, cols []*schema.Column) (*TableCheck, error) {
	c := &TableCheck{table: tp.Table.Name.String(), leaks: make([]*streamLeak, len(cols)), found: newCredentials(tp.Table.Name.String())}
	pos := make(map[string]int, len(cols))
	for i, col := range cols {
		pos[col.Name] = i
	}
	for _, lc := range leakColumns(tp, tp.Table) {
		i, ok := pos[lc.name]
		if !ok {
			continue // generated: staging computes it
		}
		sl := &streamLeak{leakColumn: lc}
		sl.leak.Method = MethodStream
		if len(lc.paths) > 0 {
			holds, err := anonymize.JSONStrings(rulePaths(tp, lc.name))
			if err != nil {
				return nil, fmt.Errorf("leak check %s.%s: %w", c.table, lc.name, err)
			}
			sl.holds = holds
		}
		c.leaks[i] = sl
	}
	kept := keptIn(tp)
	for i, col := range cols {
		if !scanned(col) {
			continue
		}
		sc := scanColumn{index: i, name: col.Name, json: isJSON(col.Type), bytea: isBytea(col.Type), public: classify.PublicColumn(tp.Table.Name.Name, col.Name)}
		if kept[col.Name] {
			sc.sample = newReservoir(c.table, col.Name)
		}
		c.scan = append(c.scan, sc)
	}
	if k := tp.Table.RowKey(); k != nil {
		for _, name := range k.Columns {
			i, ok := pos[name]
			if !ok {
				c.key = nil
				break
			}
			c.key = append(c.key, i)
		}
	}
	return c, nil
}

// scanned reports a column the credential scan reads: text-like or json.
func scanned(c *schema.Column) bool {
	u := c.Type.Underlying()
	return scannedTypes[u.Name] && (u.BuiltIn() || u.Name == "citext")
}

// Scans reports whether the table has text or json columns to scan.
func (c *TableCheck) Scans() bool { return c != nil && len(c.scan) > 0 }

// rulePaths are the paths of a column's json rules, as written.
func rulePaths(tp *rules.TablePlan, col string) []string {
	var out []string
	for _, cp := range tp.Columns {
		if cp.Column.Name != col {
			continue
		}
		for _, r := range cp.Rules {
			if ps, ok := r.Params["paths"].(map[string]any); ok && r.Transform == "json" {
				for p := range ps {
					out = append(out, p)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// Masked records one masked value: in is the source's, out what staging
// receives, at COPY position i.
func (c *TableCheck) Masked(i int, in, out []byte, inNull, outNull bool) {
	l := c.leaks[i]
	if l == nil || inNull || outNull || !bytes.Equal(in, out) {
		return
	}
	if l.holds != nil && !l.holds(in) {
		return
	}
	if l.counts(string(in)) {
		l.leak.Equal++
	}
}

// Row scans one row as staging receives it: its text and json values
// through the secret detectors, those of kept columns into their samples.
func (c *TableCheck) Row(row Row) {
	c.rows++
	for i := range c.scan {
		sc := &c.scan[i]
		v, null, ok := row.Text(sc.index)
		if null || !ok {
			continue
		}
		if sc.bytea {
			if v, ok = byteaText(v); !ok {
				continue
			}
		}
		if sc.sample != nil {
			sc.sample.offer(v, func() string { return c.rowKey(row) })
		}
		for _, d := range secretsIn(v, sc.json, sc.public) {
			c.found.add(sc.name, d, 1, c.rowKey(row))
		}
	}
}

// rowKey names the current row as the full check does: the text of its
// row key ("(1)", "(7,en)"), or, in a table without one, its number in
// the copy ("row=12").
func (c *TableCheck) rowKey(row Row) string {
	if c.key == nil {
		return c.part + "row=" + strconv.FormatInt(c.rows, 10)
	}
	b := append(c.buf[:0], '(')
	for j, i := range c.key {
		if j > 0 {
			b = append(b, ',')
		}
		v, null, ok := row.Text(i)
		if !ok {
			return c.part + "row=" + strconv.FormatInt(c.rows, 10)
		}
		if !null {
			b = appendRecordField(b, v)
		}
	}
	c.buf = append(b, ')')
	return string(c.buf)
}

// appendRecordField appends a value as record_out writes a field of a
// row's text: quoted when empty or holding a quote, a backslash, a
// parenthesis, a comma or a space, quotes and backslashes doubled inside.
func appendRecordField(dst, v []byte) []byte {
	quote := len(v) == 0
	for _, ch := range v {
		switch ch {
		case '"', '\\', '(', ')', ',', ' ', '\t', '\n', '\r', '\v', '\f':
			quote = true
		}
	}
	if !quote {
		return append(dst, v...)
	}
	dst = append(dst, '"')
	for _, ch := range v {
		if ch == '"' || ch == '\\' {
			dst = append(dst, ch)
		}
		dst = append(dst, ch)
	}
	return append(dst, '"')
}

// Add takes a finished TableCheck's findings into the stream: the parts
// of a split table add up.
func (s *Stream) Add(c *TableCheck) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tables[c.table]
	if t == nil {
		t = &tableFindings{creds: newCredentials(c.table)}
		s.tables[c.table] = t
		for _, l := range c.leaks {
			if l != nil {
				t.leaks = append(t.leaks, l.leak)
			}
		}
		for _, sc := range c.scan {
			if sc.sample != nil {
				t.samples = append(t.samples, sc.sample)
				t.cols = append(t.cols, sc.name)
				t.json = append(t.json, sc.json)
			}
		}
	} else {
		j := 0
		for _, l := range c.leaks {
			if l != nil {
				t.leaks[j].Equal += l.leak.Equal
				j++
			}
		}
		j = 0
		for _, sc := range c.scan {
			if sc.sample != nil {
				t.samples[j] = t.samples[j].merge(sc.sample)
				j++
			}
		}
	}
	t.rows += c.rows
	for i := range t.leaks {
		t.leaks[i].Rows = t.rows
	}
	for _, f := range c.found.list() {
		t.creds.add(f.Column, classify.Detection{Detector: f.Detector, Path: f.Path}, f.Rows, f.RowKeys...)
	}
}

// fill writes the stream's findings into a report, in the plan's table
// order: the tables the run copied, and only those.
func (s *Stream) fill(rep *Report) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var names []string
	if s.plan != nil {
		for _, tp := range s.plan.Tables {
			if _, ok := s.tables[tp.Table.Name.String()]; ok {
				names = append(names, tp.Table.Name.String())
			}
		}
	}
	for _, name := range names {
		t := s.tables[name]
		rep.Leaks = append(rep.Leaks, t.leaks...)
		rep.Credentials = append(rep.Credentials, t.creds.list()...)
		for i, r := range t.samples {
			rep.Residual = append(rep.Residual, r.residuals(name, t.cols[i], t.json[i], s.fails)...)
		}
	}
	rep.OnStream = []string{StreamLeaks, StreamCredentials, StreamResidual}
}
