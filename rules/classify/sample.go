package classify

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/schema"
)

// SampleOptions bounds what Sample reads. The zero value is the documented
// default of every field.
type SampleOptions struct {
	// Rows is the most rows read per table; 0 means 1000.
	Rows int
	// TableTimeout bounds the read of one table (statement_timeout); 0
	// means 10 seconds. A table that runs out keeps the counts of the rows
	// read so far and is marked Partial.
	TableTimeout time.Duration
	// Timeout bounds the whole sample; 0 means 2 minutes. Tables not reached
	// in time are listed with an Error and no counts.
	Timeout time.Duration
	// MaxValueChars is how much of each value is read (left(value, n)); 0
	// means 65536. A JSON document cut short is walked as far as it goes.
	MaxValueChars int
	// Tables, when not empty, limits the sample to these tables (a partition
	// is read through its partitioned root).
	Tables []schema.Name
	// Begin, when set, are the statements that open a transaction of its
	// own for each table's read (for example BEGIN ..., then SET
	// TRANSACTION SNAPSHOT '...', to read every table as of one exported
	// snapshot), rolled back after it. Without it the reads share the caller's transaction, each under
	// a savepoint; with thousands of tables that one transaction makes
	// every later statement dearer on the server (its local lock table
	// grows with each table touched), which Begin avoids.
	Begin []string
}

func (o SampleOptions) withDefaults() SampleOptions {
	if o.Rows <= 0 {
		o.Rows = 1000
	}
	if o.TableTimeout <= 0 {
		o.TableTimeout = 10 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Minute
	}
	if o.MaxValueChars <= 0 {
		o.MaxValueChars = 65536
	}
	return o
}

// Samples is what the detectors found in a sample of each table's text and
// JSON columns. It holds counts only, never a value.
type Samples struct {
	Tables []*TableSample `json:"tables"`

	byName map[schema.Name]*TableSample
}

// TableSample is the sample of one table, or of a partitioned table with
// all its partitions.
type TableSample struct {
	Table schema.Name `json:"table"`
	// Covers lists the partitions read through a partitioned table.
	Covers []schema.Name `json:"covers,omitempty"`
	// Method is how rows were chosen: "TABLESAMPLE SYSTEM (p)",
	// "TABLESAMPLE BERNOULLI (p)" (a key/value table of up to a million
	// rows) or "LIMIT".
	Method  string        `json:"method,omitempty"`
	Rows    int           `json:"rows"`
	Elapsed time.Duration `json:"elapsed"`
	// Partial reports that the table's time ran out while reading: the
	// counts cover the rows read before.
	Partial bool `json:"partial,omitempty"`
	// Error says why the table was not (fully) sampled: permission denied,
	// out of time.
	Error   string          `json:"error,omitempty"`
	Columns []*ColumnSample `json:"columns,omitempty"`
}

// ColumnSample counts, for one column, the sampled non-null values and how
// many of them each detector matched.
type ColumnSample struct {
	Column string `json:"column"`
	// NonNull counts the sampled values that are neither NULL nor empty
	// (or all spaces): the denominator of every share.
	NonNull int `json:"non_null"`
	// Empty counts the empty and all-space values, which say nothing.
	Empty int `json:"empty,omitempty"`
	// Binary counts the values of a bytea column that are not UTF-8 text
	// (an image, a PDF, an encrypted blob): they are not in NonNull, and
	// only their strings are read (InBinary).
	Binary int `json:"binary,omitempty"`
	// InBinary counts, by detector, the binary values with an email
	// address, an IBAN or a card number in one of their strings: a
	// pickle's, a Java object's or a msgpack document's text stands in
	// its bytes as it was written.
	InBinary map[string]int `json:"in_binary,omitempty"`
	// Matches counts values a detector matched as a whole (or, for JSON and
	// arrays, values with a match in some element), by detector name.
	Matches map[string]int `json:"matches,omitempty"`
	// Embedded counts values with an identifier inside a longer text.
	Embedded map[string]int `json:"embedded,omitempty"`
	// Identifiers counts the values an identifier detector matched as a
	// whole, whatever the kind: a column that mixes emails, phones and
	// names (a chatter's tracked values, a key/value table), none of them
	// in IdentifierShare of the values, holds identifiers all the same.
	Identifiers int `json:"identifiers,omitempty"`
	// Distinct counts the distinct non-empty text values sampled (up to
	// maxDistinct), a run of digits counting as any other ("Your code is
	// 123456" and "Your code is 654321" are one): text that repeats is a
	// template, not what people type.
	Distinct int                 `json:"distinct,omitempty"`
	seen     map[uint64]struct{} // hashes of the distinct values

	// DrawnKeys counts the values that are keys written <type>_<random>
	// (detect.DrawnKey) of the column's most common type and length, and
	// not keys of rows already (UUIDs after a type, counted in Matches):
	// ids an application drew, as NocoDB's us_x8k2m9q0p1z. A login a
	// person chose may look like one; a column of them all of one type
	// and one length does not.
	DrawnKeys int                `json:"drawn_keys,omitempty"`
	drawn     map[drawnShape]int // values by type and length

	// Documents counts the values of a text column that are JSON objects
	// or arrays, whose leaves are counted in Paths too.
	Documents int `json:"documents,omitempty"`
	// Paths are the JSON paths of string leaves seen in json/jsonb values
	// and in JSON objects kept as text.
	Paths map[string]*PathSample `json:"paths,omitempty"`
	// PathsDropped counts distinct paths not kept once MaxPaths were.
	PathsDropped int `json:"paths_dropped,omitempty"`

	// KeyColumn, for the value column of a key/value table (meta_key and
	// meta_value, name and value), is the column that names what each
	// row's value is; Keys counts the sampled values by that key, as Paths
	// does by JSON path: a row of a key/value table is one member of an
	// object spread over rows.
	KeyColumn string                 `json:"key_column,omitempty"`
	Keys      map[string]*PathSample `json:"keys,omitempty"`
	// KeysDropped counts the values of distinct keys not kept once
	// MaxPaths were.
	KeysDropped int `json:"keys_dropped,omitempty"`
}

// PathSample counts, for one JSON path, the documents that have a string
// there and how many of them each detector matched.
type PathSample struct {
	Seen int `json:"seen"`
	// Words counts the documents whose string there has two words or
	// more: a key named note whose values are single words holds codes or
	// labels, not prose.
	Words   int            `json:"words,omitempty"`
	Matches map[string]int `json:"matches,omitempty"`
	// Embedded counts the values with an identifier inside a longer text
	// (key/value tables), or a name spelled as a handle or a file name
	// (JSON paths).
	Embedded map[string]int `json:"embedded,omitempty"`
	// Labels counts, for a "value" member, the documents whose object
	// labels it so ({"displayName": "First name", "value": …}), by label:
	// at most MaxLabels of them.
	Labels map[string]int `json:"labels,omitempty"`
}

// MaxPaths is the most distinct JSON paths kept per column.
const MaxPaths = 256

// MaxLabels is the most distinct labels kept per JSON path.
const MaxLabels = 32

// Table returns the sample that covers the table (a partition's is its
// partitioned root's), or nil.
func (s *Samples) Table(n schema.Name) *TableSample {
	if s == nil {
		return nil
	}
	if s.byName == nil {
		s.byName = map[schema.Name]*TableSample{}
		for _, ts := range s.Tables {
			s.byName[ts.Table] = ts
			for _, c := range ts.Covers {
				s.byName[c] = ts
			}
		}
	}
	return s.byName[n]
}

// Column returns the sample of a column, or nil when the column was not
// sampled.
func (s *Samples) Column(table schema.Name, column string) *ColumnSample {
	ts := s.Table(table)
	if ts == nil {
		return nil
	}
	for _, c := range ts.Columns {
		if c.Column == column {
			return c
		}
	}
	return nil
}

// valueKind is how a sampled column is read and walked.
type valueKind int

const (
	kindText      valueKind = iota // text-like: value::text
	kindJSON                       // json, jsonb, arrays of them: walked with paths
	kindTextArray                  // arrays of text-like: to_json, walked without paths
	kindBytea                      // bytea: read as hex, its text values read as text
	kindInet                       // inet, cidr: value::text, read only for whether it is internal
)

// sampleKind says whether and how a column is sampled: text-like types
// (text, varchar, bpchar, citext, name: type category S), inet and cidr
// (as text: whether the addresses are internal), tsvector (as text: the
// words it indexes), json and jsonb,
// arrays of these and domains over any of them, and bytea, whose values
// that are UTF-8 text (a vCard, an iCalendar event, a serialized value)
// are read as text.
func sampleKind(t *schema.Type) (valueKind, bool) {
	u := t.Underlying()
	array := false
	if u.Elem != nil {
		array = true
		u = u.Elem.Underlying()
	}
	switch cls := typeClass(u); {
	case cls == classJSON:
		return kindJSON, true
	case cls == classText && array:
		return kindTextArray, true
	case cls == classText:
		return kindText, true
	case cls == classTSVector && !array:
		// A search vector's text form keeps the words it indexes
		// ('alice':1 'alice@example.org':3): emails, phones, names.
		return kindText, true
	case cls == classIP && !array:
		return kindInet, true
	case cls == classBytea && !array:
		return kindBytea, true
	}
	return 0, false
}

// planned is one table to read.
type planned struct {
	table    *schema.Table
	covers   []schema.Name
	estimate int64
	columns  []*schema.Column
	kinds    []valueKind
	// key and value index columns of a key/value table (keyValue), or -1.
	key, value int
}

func plan(m *schema.Model, opts SampleOptions) []planned {
	want := map[schema.Name]bool{}
	for _, n := range opts.Tables {
		want[n] = true
	}
	children := map[schema.Name][]*schema.Table{}
	for _, t := range m.Tables {
		if t.Parent != nil && partitionLike(t) {
			children[*t.Parent] = append(children[*t.Parent], t)
		}
	}
	var out []planned
	for _, t := range m.Tables {
		if t.Parent != nil && partitionLike(t) {
			continue // read through its root
		}
		p := planned{table: t, estimate: t.RowEstimate, key: -1, value: -1}
		wanted := len(want) == 0 || want[t.Name]
		if t.Kind == schema.KindPartitioned {
			var sum int64
			var walk func(n schema.Name)
			walk = func(n schema.Name) {
				for _, c := range children[n] {
					p.covers = append(p.covers, c.Name)
					wanted = wanted || want[c.Name]
					if c.RowEstimate > 0 {
						sum += c.RowEstimate
					}
					walk(c.Name)
				}
			}
			walk(t.Name)
			if sum > p.estimate {
				p.estimate = sum
			}
		}
		if !wanted {
			continue
		}
		for _, c := range t.Columns {
			if k, ok := sampleKind(c.Type); ok {
				p.columns = append(p.columns, c)
				p.kinds = append(p.kinds, k)
			}
		}
		p.key, p.value = keyValue(p.columns, p.kinds)
		out = append(out, p)
	}
	return out
}

// partitionLike reports a table read through its parent: a partition, or a
// partitioned table that is itself a partition.
func partitionLike(t *schema.Table) bool {
	return t.Kind == schema.KindPartition || (t.Kind == schema.KindPartitioned && t.Parent != nil)
}

// savepoint is the name Sample uses inside the caller's transaction.
const savepoint = "understudy_classify_sample"

// Sample reads a bounded sample of every table's text-like and JSON columns
// and counts what the detectors find. It only reads: q should be the
// caller's transaction (READ ONLY, REPEATABLE READ on a source), in which
// each table is read under a savepoint with SET LOCAL statement_timeout, so
// a table that is slow or not readable (permission denied) is recorded in
// its TableSample and the transaction stays usable. Outside a transaction
// only the context bounds the time.
//
// Rows are chosen with TABLESAMPLE SYSTEM, sized from the table's row
// estimate (three times the wanted share, REPEATABLE so two runs on the same
// data agree), and LIMIT; a table estimated at under ten times the row
// budget, never analyzed, or for which the sample came back empty, is read
// with LIMIT alone. A key/value table (see keyValue), whose first pages
// may hold a few of its keys, is drawn from across the whole table
// instead, at nine tenths of the row budget: BERNOULLI up to a million
// rows, SYSTEM beyond. A partitioned table is read once through its root
// for all its partitions; an inheritance parent is read ONLY.
//
// Sample returns an error only when it cannot go on: the context ended or
// the connection failed.
func Sample(ctx context.Context, q schema.Querier, m *schema.Model, opts SampleOptions) (*Samples, error) {
	opts = opts.withDefaults()
	deadline := time.Now().Add(opts.Timeout)
	s := &Samples{}
	r := &sampler{q: q, opts: opts, inTx: true}
	for _, p := range plan(m, opts) {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("classify: sample: %w", err)
		}
		ts := &TableSample{Table: p.table.Name, Covers: p.covers}
		s.Tables = append(s.Tables, ts)
		if len(p.columns) == 0 {
			continue
		}
		remaining := time.Until(deadline)
		if remaining <= 0 {
			ts.Error = fmt.Sprintf("not sampled: the overall sampling time (%s) ran out", opts.Timeout)
			continue
		}
		if err := r.table(ctx, p, ts, min(opts.TableTimeout, remaining)); err != nil {
			return nil, fmt.Errorf("classify: sample %s: %w", p.table.Name, err)
		}
	}
	return s, nil
}

type sampler struct {
	q    schema.Querier
	opts SampleOptions
	// inTx is false once SAVEPOINT said there is no transaction.
	inTx bool
}

func (r *sampler) table(ctx context.Context, p planned, ts *TableSample, limit time.Duration) error {
	start := time.Now()
	defer func() { ts.Elapsed = time.Since(start).Round(time.Millisecond) }()
	pct, method := 0.0, "SYSTEM"
	switch {
	case p.value >= 0 && p.estimate > int64(r.opts.Rows):
		// A key/value table is written an object at a time, or a key at
		// a time: a run of its pages may hold a few keys only. The sample
		// is drawn across the whole table, nine tenths of the budget so
		// that LIMIT seldom cuts it short of the last pages: rows, which
		// costs a scan of the table, up to a million rows; pages beyond.
		pct = 90 * float64(r.opts.Rows) / float64(p.estimate)
		if p.estimate <= bernoulliRows {
			method = "BERNOULLI"
		}
	case p.estimate > 10*int64(r.opts.Rows):
		pct = 300 * float64(r.opts.Rows) / float64(p.estimate)
	}
	err := r.read(ctx, p, ts, method, pct, limit)
	if err == nil && pct > 0 && ts.Rows == 0 && ts.Error == "" {
		// The estimate was stale or the sample unlucky: read from the start.
		err = r.read(ctx, p, ts, method, 0, max(limit-time.Since(start), time.Millisecond))
	}
	return err
}

// read runs one sampling query, in a transaction of its own (Begin) or
// under a savepoint, and fills ts.
func (r *sampler) read(ctx context.Context, p planned, ts *TableSample, method string, pct float64, limit time.Duration) error {
	ms := strconv.FormatInt(max(limit.Milliseconds(), 1), 10)
	own := len(r.opts.Begin) > 0
	if own {
		// Read-only: a rollback ends it, aborted by an error or not.
		defer exec(context.Background(), r.q, "ROLLBACK")
		for _, stmt := range append(r.opts.Begin, "SET LOCAL statement_timeout = "+ms) {
			if err := exec(ctx, r.q, stmt); err != nil {
				return err
			}
		}
	}
	if r.inTx && !own {
		err := exec(ctx, r.q, "SAVEPOINT "+savepoint)
		var pgErr *pgconn.PgError
		switch {
		case errors.As(err, &pgErr) && pgErr.Code == "25P01": // no_active_sql_transaction
			r.inTx = false
		case err != nil:
			return err
		}
	}
	if r.inTx && !own {
		if err := exec(ctx, r.q, "SELECT set_config('statement_timeout', '"+ms+"', true)"); err != nil {
			return err
		}
	}
	// The context is only a backstop: cancelling a query through it may
	// cost the connection, statement_timeout does not.
	qctx, cancel := context.WithTimeout(ctx, limit+5*time.Second)
	defer cancel()
	cols := make([]*ColumnSample, len(p.columns))
	for i, c := range p.columns {
		cols[i] = &ColumnSample{Column: c.Name}
	}
	if p.value >= 0 {
		cols[p.value].KeyColumn = p.columns[p.key].Name
	}
	ts.Columns = cols
	ts.Rows = 0
	ts.Method = "LIMIT"
	if pct > 0 {
		ts.Method = "TABLESAMPLE " + method + " (" + formatPct(pct) + ")"
	}
	rows, err := r.q.Query(qctx, r.query(p, method, pct))
	if err == nil {
		for rows.Next() {
			ts.Rows++
			vals := rows.RawValues()
			for i, v := range vals {
				if v == nil {
					continue
				}
				var key []byte
				if i == p.value {
					key = vals[p.key]
				}
				r.observe(cols[i], p.kinds[i], v, key)
			}
		}
		rows.Close()
		err = rows.Err()
	}
	var pgErr *pgconn.PgError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.As(err, &pgErr) && pgErr.Code == "57014": // query_canceled: statement_timeout
		ts.Partial = true
		ts.Error = fmt.Sprintf("stopped after %s (statement_timeout); counts cover the %d rows read", limit.Round(time.Millisecond), ts.Rows)
	case errors.As(err, &pgErr) && (r.inTx || own):
		ts.Error = pgErr.Message
	default:
		return err
	}
	if r.inTx && !own {
		// Rolling back to the savepoint also undoes SET LOCAL.
		if err := exec(ctx, r.q, "ROLLBACK TO SAVEPOINT "+savepoint); err != nil {
			return err
		}
		if err := exec(ctx, r.q, "RELEASE SAVEPOINT "+savepoint); err != nil {
			return err
		}
	}
	return nil
}

// bernoulliRows is the largest key/value table sampled row by row.
const bernoulliRows = 1_000_000

// query builds the sampling SELECT; every identifier is quoted.
func (r *sampler) query(p planned, method string, pct float64) string {
	var b strings.Builder
	b.WriteString("SELECT ")
	n := strconv.Itoa(r.opts.MaxValueChars)
	for i, c := range p.columns {
		if i > 0 {
			b.WriteString(", ")
		}
		col := pgx.Identifier{c.Name}.Sanitize()
		if p.kinds[i] == kindBytea {
			// Hex, whatever the session's bytea_output.
			b.WriteString("encode(substring(" + col + " FROM 1 FOR " + n + "), 'hex')")
		} else if p.kinds[i] == kindText || p.columns[i].Type.Underlying().Elem == nil {
			b.WriteString("left(" + col + "::text, " + n + ")")
		} else {
			b.WriteString("left(to_json(" + col + ")::text, " + n + ")")
		}
	}
	b.WriteString(" FROM ")
	if p.table.Kind != schema.KindPartitioned {
		b.WriteString("ONLY ")
	}
	b.WriteString(p.table.Name.Sanitize())
	if pct > 0 {
		b.WriteString(" TABLESAMPLE " + method + " (" + formatPct(pct) + ") REPEATABLE (1)")
	}
	b.WriteString(" LIMIT " + strconv.Itoa(r.opts.Rows))
	return b.String()
}

func formatPct(p float64) string {
	return strconv.FormatFloat(min(max(p, 0.0001), 100), 'f', -1, 64)
}

// exec runs a statement through a Querier, which has no Exec.
func exec(ctx context.Context, q schema.Querier, sql string) error {
	rows, err := q.Query(ctx, sql)
	if err != nil {
		return err
	}
	rows.Close()
	return rows.Err()
}

// observe counts one non-NULL value of a column. key, for the value
// column of a key/value table (text), is the row's key, or nil: the value
// is counted under it too, from the same detections.
func (r *sampler) observe(cs *ColumnSample, kind valueKind, raw, key []byte) {
	if len(bytes.TrimSpace(raw)) == 0 {
		cs.Empty++
		return
	}
	if kind == kindBytea {
		text, ok := detect.HexText(raw, 0)
		if !ok {
			cs.Binary++
			for det := range binaryIdentifiers(raw) {
				inc(&cs.InBinary, det)
			}
			if randomKeyBytes(raw) {
				// Key material, a raw digest or a binary id: random, as
				// a token is, it confirms only a name that already says
				// secret (system_keys.key), never one of a record's id.
				cs.NonNull++
				inc(&cs.Matches, DetectorHighEntropy)
			}
			return
		}
		raw, kind = text, kindText
	}
	cs.NonNull++
	switch kind {
	case kindInet:
		// The type says IP addresses already: the values say only
		// whether they are on private networks.
		if detect.IsInternalIP(string(raw)) {
			inc(&cs.Matches, DetectorInternalIP)
		}
	case kindText:
		cs.countDistinct(raw)
		encoded := false
		if text, _, ok := detect.Base64Text(raw, len(raw) >= r.opts.MaxValueChars); ok {
			// The base64 of a serialized document (PHP's preferences and
			// saved searches, an API's JSON): what it holds is read as if
			// it were written plainly, and scrub_text decodes it too.
			raw, encoded = text, true
		}
		v := string(raw)
		var ks *PathSample
		if key != nil {
			ks = cs.keySample(string(key), v)
		}
		var secret bool
		var col map[string]bool // a JSON document's detections, by its leaves
		if t := bytes.TrimSpace(raw); !encoded && (t[0] == '{' || t[0] == '[') && (len(raw) >= r.opts.MaxValueChars || json.Valid(t)) {
			// A JSON document kept as text (truncated ones too): its
			// leaves are counted by path as a json column's are, for
			// when nothing in the text as a whole decides the column.
			cs.Documents++
			col, _ = cs.observePaths(t)
			// The same walk jsonTextSecret makes of an object.
			secret = t[0] == '{' && t[len(t)-1] == '}' && col[DetectorSecretName] || t[0] == '[' && jsonTextSecret(t)
		} else {
			secret = jsonTextSecret(raw)
		}
		ident := false
		for _, d := range Detect(v) {
			if col != nil && d.Detector == DetectorAPIToken && !col[DetectorAPIToken] {
				// The random run is a public member's, as a json
				// column's document is read: a key set's modulus
				// ($.keys[*].n), a record's id.
				continue
			}
			if d.Embedded {
				inc(&cs.Embedded, d.Detector)
			} else {
				inc(&cs.Matches, d.Detector)
				ident = ident || mixable(d.Detector)
			}
			ks.count(d)
		}
		if ident {
			cs.Identifiers++
		}
		if secret {
			inc(&cs.Matches, DetectorSecretName)
			ks.count(Detection{Detector: DetectorSecretName})
		}
		rowKey := false
		for _, d := range nameConfirmers {
			if d.match(v) {
				inc(&cs.Matches, d.name)
				ks.count(Detection{Detector: d.name})
				rowKey = rowKey || d.name == DetectorRowKey
			}
		}
		if !rowKey {
			cs.countDrawn(v)
		}
	case kindTextArray:
		hits := map[string]bool{}
		embedded := map[string]bool{}
		ident := false
		walkJSON(raw, func(_, _, v string) {
			for _, d := range Detect(v) {
				if d.Embedded {
					embedded[d.Detector] = true
				} else {
					hits[d.Detector] = true
					ident = ident || mixable(d.Detector)
				}
			}
			for _, d := range nameConfirmers {
				if d.match(v) {
					hits[d.name] = true
				}
			}
		})
		for d := range hits {
			inc(&cs.Matches, d)
		}
		for d := range embedded {
			inc(&cs.Embedded, d)
		}
		if ident {
			cs.Identifiers++
		}
	case kindJSON:
		col, embedded := cs.observePaths(raw)
		for d := range col {
			inc(&cs.Matches, d)
		}
		for d := range embedded {
			inc(&cs.Embedded, d)
		}
	}
}

// randomKeyBytes reports the hex of a bytea value of 16 to 64 bytes of
// which at least half are distinct: the length of a key or a digest, and
// the spread of random bytes (a packed record or a padded string repeats
// its bytes).
func randomKeyBytes(h []byte) bool {
	h = bytes.TrimPrefix(h, []byte(`\x`))
	var b [64]byte
	if len(h) < 32 || len(h) > 2*len(b) {
		return false
	}
	n, err := hex.Decode(b[:], h)
	if err != nil || fileMagic(b[:n]) {
		return false
	}
	var seen [256]bool
	distinct := 0
	for _, c := range b[:n] {
		if !seen[c] {
			seen[c] = true
			distinct++
		}
	}
	return distinct*2 >= n
}

// fileMagic reports bytes that start as a file does (a PNG, JPEG, GIF or
// PDF, a zip or gzip archive): a file, however short, is not a key.
func fileMagic(b []byte) bool {
	for _, m := range [...]string{"\x89PNG", "\xff\xd8\xff", "GIF8", "%PDF", "PK\x03\x04", "\x1f\x8b"} {
		if bytes.HasPrefix(b, []byte(m)) {
			return true
		}
	}
	return false
}

// observePaths counts a JSON document's string leaves by path (cs.Paths)
// and returns the detectors that matched a leaf as a whole (col) and
// inside a longer text (embedded).
func (cs *ColumnSample) observePaths(raw []byte) (col, embedded map[string]bool) {
	type hit struct{ path, detector string }
	seen := map[string]bool{}
	words := map[string]bool{}
	hits := map[hit]bool{}
	slugs := map[string]bool{}
	col = map[string]bool{}
	embedded = map[string]bool{}
	flags := map[string]bool{}
	keys := map[string]bool{} // every string there is a row's random key
	jwk := jwkDocument(raw)
	walkJSON(raw, func(path, member, v string) {
		if !detect.IsRandomKey(v) {
			keys[path] = false
		} else if _, ok := keys[path]; !ok {
			keys[path] = true
		}
		seen[path] = true
		if strings.ContainsAny(strings.TrimSpace(v), " \t\n") {
			words[path] = true
		}
		if detect.IsFlagWord(v) {
			flags[path] = true
		}
		for _, d := range Detect(v) {
			if d.Detector == DetectorAPIToken && publicMember(path, member, jwk) {
				continue // as DetectJSON
			}
			if d.Embedded {
				embedded[d.Detector] = true
				if d.Detector == DetectorNameSlug {
					// A handle or a file name under a key is that key's.
					slugs[path] = true
				}
				continue
			}
			hits[hit{path, d.Detector}] = true
			col[d.Detector] = true
		}
		if Default().secretMember(member, v) {
			hits[hit{path, DetectorSecretName}] = true
			col[DetectorSecretName] = true
		}
	})
	var labels map[string]map[string]bool // by a value's path, the labels it is given
	if bytes.Contains(raw, []byte(`"value"`)) {
		labels = map[string]map[string]bool{}
		labelledValues(raw, func(path, label, v string) {
			if !seen[path] {
				return // a value that is no string leaf walkJSON saw
			}
			if Default().secretLabel(label, v) {
				// [{"name": "Authorization", "value": "Bearer …"}]
				hits[hit{path, DetectorSecretName}] = true
				col[DetectorSecretName] = true
			}
			if labels[path] == nil {
				labels[path] = map[string]bool{}
			}
			labels[path][label] = true
		})
	}
	for p := range seen {
		ps := cs.Paths[p]
		if ps == nil {
			if len(cs.Paths) >= MaxPaths {
				cs.PathsDropped++
				continue
			}
			if cs.Paths == nil {
				cs.Paths = map[string]*PathSample{}
			}
			ps = &PathSample{}
			cs.Paths[p] = ps
		}
		ps.Seen++
		if words[p] {
			ps.Words++
		}
	}
	for h := range hits {
		if ps := cs.Paths[h.path]; ps != nil {
			inc(&ps.Matches, h.detector)
		}
	}
	for p := range slugs {
		if ps := cs.Paths[p]; ps != nil {
			inc(&ps.Embedded, DetectorNameSlug)
		}
	}
	for p, ls := range labels {
		ps := cs.Paths[p]
		if ps == nil {
			continue
		}
		for _, l := range slices.Sorted(maps.Keys(ls)) {
			if _, ok := ps.Labels[l]; ok || len(ps.Labels) < MaxLabels {
				inc(&ps.Labels, l)
			}
		}
	}
	for p := range flags {
		if ps := cs.Paths[p]; ps != nil {
			inc(&ps.Matches, DetectorFlag)
		}
	}
	for p, all := range keys {
		if ps := cs.Paths[p]; ps != nil && all {
			inc(&ps.Matches, DetectorRowKey)
		}
	}
	return col, embedded
}

// jsonTextSecret reports a text value that is a JSON object (a job's
// arguments, a webhook's payload kept in a text column) with a member
// named like a secret holding a secret-like string, as a json column's
// documents are read: {"remote": ..., "token": "x8Kd..."}.
//
// So is a YAML document, as Rails and Python applications dump settings
// into text columns: "bind_pw: '...'" among an LDAP source's preferences,
// and a PHP-serialized array, as PHP applications keep them:
// s:13:"mail_smtppass";s:7:"...";, with any JSON document a member holds.
func jsonTextSecret(raw []byte) bool {
	t := bytes.TrimSpace(raw)
	d := Default()
	found := false
	member := func(_, member, v string) {
		if !found && d.secretMember(member, v) {
			found = true
		}
	}
	if detect.PHPMembers(t, func(k, v []byte) {
		member("", string(k), string(v))
		if j := bytes.TrimSpace(v); !found && len(j) > 1 && j[0] == '{' && j[len(j)-1] == '}' {
			// A member holding a JSON document (Akeneo's versioned job
			// configuration: "storage": {"password": ...}) is read as one.
			walkJSON(j, member)
		}
	}) {
		return found
	}
	if len(t) < 2 || t[0] != '{' || t[len(t)-1] != '}' {
		if bytes.IndexByte(t, '\n') > 0 {
			detect.YAMLMembers(string(t), func(k, v string) { member("", k, v) })
		}
		return found
	}
	walkJSON(t, member)
	return found
}

// keyValue finds a key/value pair among a table's sampled columns: a text
// value column named value, val, v or data, and beside it a text column
// naming what the value is (key, name, k, path, field, attribute,
// property, option, setting, param or variable), the last word maybe run
// together with the rest (configkey, configvalue). A pair that shares the
// rest of its name (meta_key and meta_value, option_name and option_value)
// is preferred. It returns their indexes, or -1, -1.
func keyValue(cols []*schema.Column, kinds []valueKind) (key, value int) {
	key, value = -1, -1
	split := func(name string) (prefix, last string) {
		w := nameWords(name)
		if len(w) == 0 {
			return "", ""
		}
		prefix, last = strings.Join(w[:len(w)-1], " "), w[len(w)-1]
		if !valueWords[last] && !keyWords[last] {
			// Written as one word: configkey, configvalue, metavalue.
			for _, word := range pairWords {
				if rest, ok := strings.CutSuffix(last, word); ok && len(rest) >= 3 {
					return strings.TrimSpace(prefix + " " + rest), word
				}
			}
		}
		return prefix, last
	}
	for vi, vc := range cols {
		vp, vl := split(vc.Name)
		if kinds[vi] != kindText || !valueWords[vl] {
			continue
		}
		for ki, kc := range cols {
			kp, kl := split(kc.Name)
			if ki == vi || kinds[ki] != kindText || !keyWords[kl] {
				continue
			}
			if kp == vp {
				return ki, vi
			}
			if key < 0 && (kp == "" || vp == "") {
				key, value = ki, vi
			}
		}
	}
	return key, value
}

// pairWords are the key and value words of three letters or more, which
// a name written as one word may end with.
var pairWords = []string{"value", "data", "key", "name", "path", "field", "attribute", "attr", "property", "option", "setting", "param", "parameter", "variable"}

// normalWords name a column that holds its table's value in a normal
// form: EspoCRM's phone_number.numeric (the digits alone) and
// email_address.lower.
var normalWords = map[string]bool{"numeric": true, "digits": true, "normalized": true, "normalised": true, "canonical": true,
	"lower": true, "lowercase": true, "e164": true}

var (
	valueWords = map[string]bool{"value": true, "val": true, "v": true, "data": true}
	keyWords   = map[string]bool{"key": true, "k": true, "name": true, "path": true, "field": true, "attribute": true, "attr": true, "property": true,
		"option": true, "setting": true, "param": true, "parameter": true, "variable": true, "var": true}
)

// count counts a detection in one key's values; ks may be nil (the key
// was not kept).
func (ks *PathSample) count(d Detection) {
	switch {
	case ks == nil:
	case d.Embedded:
		inc(&ks.Embedded, d.Detector)
	default:
		inc(&ks.Matches, d.Detector)
	}
}

// keySample counts one more value v under a key of a key/value table's
// value column, and returns the key's sample for its detections; nil once
// MaxPaths keys are kept and this is another one.
func (cs *ColumnSample) keySample(key, v string) *PathSample {
	ks := cs.Keys[key]
	if ks == nil {
		if len(cs.Keys) >= MaxPaths {
			cs.KeysDropped++
			return nil
		}
		if cs.Keys == nil {
			cs.Keys = map[string]*PathSample{}
		}
		ks = &PathSample{}
		cs.Keys[key] = ks
	}
	ks.Seen++
	if strings.ContainsAny(strings.TrimSpace(v), " \t\n") {
		ks.Words++
	}
	return ks
}

// mixable reports a detector whose whole-value matches count toward
// ColumnSample.Identifiers: the identifiers, but not postcodes (any
// number of five digits is one).
func mixable(det string) bool {
	c := detectorCategory(det)
	// scrub_text finds no host name, no address in hex and no bare tax
	// number in text: a column of them is masked whole, its bare
	// addresses with it.
	return (c == DirectIdentifier || c == QuasiIdentifier) && det != DetectorPostcode && det != DetectorClientHost && det != DetectorHexIP && det != DetectorPTNIF
}

func inc(m *map[string]int, k string) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[k]++
}

// drawnShape is a drawn key's type and the length of its random part.
type drawnShape struct {
	prefix string
	n      int
}

// maxDrawnShapes bounds the shapes of drawn keys a column's sample
// counts: a column of keys has one.
const maxDrawnShapes = 16

// countDrawn counts v by its shape if it is a drawn key, and keeps
// DrawnKeys at the count of the most common shape.
func (cs *ColumnSample) countDrawn(v string) {
	prefix, n, ok := detect.DrawnKey(v)
	if !ok {
		return
	}
	k := drawnShape{prefix, n}
	if _, seen := cs.drawn[k]; !seen && len(cs.drawn) >= maxDrawnShapes {
		return
	}
	if cs.drawn == nil {
		cs.drawn = map[drawnShape]int{}
	}
	cs.drawn[k]++
	cs.DrawnKeys = max(cs.DrawnKeys, cs.drawn[k])
}

// maxDistinct bounds the distinct values a column's sample counts.
const maxDistinct = 4096

func (cs *ColumnSample) countDistinct(raw []byte) {
	if cs.Distinct >= maxDistinct {
		return
	}
	if cs.seen == nil {
		cs.seen = map[uint64]struct{}{}
	}
	h := fnv.New64a()
	for i := 0; i < len(raw); {
		j := i
		for j < len(raw) && isDigit(raw[j]) {
			j++
		}
		if j > i && templateSlot(raw, i, j) {
			h.Write([]byte{0}) // one byte for the number: the template's slot
			i = j
			continue
		}
		if j == i {
			for j < len(raw) && !isDigit(raw[j]) {
				j++
			}
		}
		h.Write(raw[i:j])
		i = j
	}
	if _, ok := cs.seen[h.Sum64()]; !ok {
		cs.seen[h.Sum64()] = struct{}{}
		cs.Distinct++
	}
}

// maxSlotDigits is the longest number a template's slot holds: a code,
// a count, an order number. Longer ones (phones, accounts) are data.
const maxSlotDigits = 8

// templateSlot reports whether the digits raw[i:j] are a number a
// template fills in ("Your code is 123456", "Order 1042 shipped"): short,
// and not one group of a number written in groups (555-123-4567,
// +44 20 7946 0018), which is a phone's or an account's.
func templateSlot(raw []byte, i, j int) bool {
	if j-i > maxSlotDigits {
		return false
	}
	grouped := func(sep byte, digit int) bool {
		return (sep == '-' || sep == ' ' || sep == '.' || sep == '/' || sep == ')') && digit >= 0 && digit < len(raw) && isDigit(raw[digit])
	}
	if i >= 2 && grouped(raw[i-1], i-2) || j+1 < len(raw) && grouped(raw[j], j+1) {
		return false
	}
	return i == 0 || raw[i-1] != '+'
}

// minBinaryString is the shortest run of printable bytes read as a string
// of a binary value.
const minBinaryString = 6

// binaryDetectors are the detectors whose matches in a binary value's
// strings are believed: each has a shape (an @ and a domain) or a
// checksum that random bytes do not spell by chance.
var binaryDetectors = []string{DetectorEmail, DetectorIBAN, DetectorCardNumber}

// binaryIdentifiers returns the binaryDetectors that match a word of one
// of the strings (runs of printable ASCII, as strings(1) reads them) of a
// bytea value given as its hex text, each once: the addresses in a
// pickled list, a Java-serialized object's fields. Only the first
// maxWordScan bytes are read.
func binaryIdentifiers(h []byte) map[string]bool {
	h = bytes.TrimPrefix(h, []byte(`\x`))
	if len(h) > 2*maxWordScan {
		h = h[:2*maxWordScan]
	}
	raw := make([]byte, hex.DecodedLen(len(h)))
	if _, err := hex.Decode(raw, h); err != nil {
		return nil
	}
	var found map[string]bool
	start := -1
	for i := 0; i <= len(raw); i++ {
		if i < len(raw) && raw[i] >= 0x20 && raw[i] < 0x7f {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && worthReading(raw[start:i]) {
			for _, d := range detectIdentifiers(string(raw[start:i]), nil) {
				if slices.Contains(binaryDetectors, d.Detector) {
					if found == nil {
						found = map[string]bool{}
					}
					found[d.Detector] = true
				}
			}
		}
		start = -1
	}
	return found
}

// worthReading reports a string of a binary value that may hold one of
// binaryDetectors' identifiers: an @ in minBinaryString bytes or more, or
// 15 bytes or more (an IBAN's least, a card's with its separators).
// Shorter runs are the noise of an image's bytes.
func worthReading(run []byte) bool {
	return len(run) >= 15 || len(run) >= minBinaryString && bytes.IndexByte(run, '@') >= 0
}

// nameConfirmers are the detectors Sample counts but Detect does not run:
// they mean something only next to a column name (or, for birth dates, a
// table about people).
var nameConfirmers = []struct {
	name  string
	match func(string) bool
}{
	{DetectorHighEntropy, detect.IsHighEntropyToken},
	{DetectorHexDigest, detect.IsHexDigest},
	{DetectorProse, detect.IsProse},
	{DetectorBirthDate, detect.IsPlausibleBirthDate},
	{DetectorStatus, detect.IsStatusWord},
	{DetectorRowKey, detect.IsRowKey},
	{DetectorReference, detect.IsReference},
	{DetectorServerAddress, detect.IsServerAddress},
	{DetectorAnswer, detect.IsAnswerWord},
	{DetectorFlag, detect.IsFlagWord},
	{DetectorSystemActor, detect.IsSystemActor},
	{DetectorUUID, detect.IsUUID},
	{DetectorInternalIP, detect.IsInternalIP},
	{DetectorImageData, detect.IsImageDataURL},
	{DetectorKeyFile, detect.IsKeyFileName},
	{DetectorSalutation, detect.IsSalutation},
}
