package verify

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// checkLeaks compares every masked column of the plan with the source,
// in the tables of only when it is not nil.
func checkLeaks(ctx context.Context, stx, ttx pgx.Tx, plan *rules.Plan, target *schema.Model, only map[schema.Name]bool, rep *Report) error {
	var key []byte
	for _, tp := range plan.Tables {
		st := tp.Table
		if tp.Excluded || !st.HasData() || (only != nil && !only[st.Name]) {
			continue
		}
		tt := target.Table(st.Name)
		if tt == nil {
			continue // excluded by the subset, or dropped: nothing to leak
		}
		cols := leakColumns(tp, tt)
		if len(cols) == 0 {
			continue
		}
		if key == nil {
			key = make([]byte, 32)
			if _, err := rand.Read(key); err != nil {
				return fmt.Errorf("verify: hash key: %w", err)
			}
		}
		// Each table's reads release their locks on both sides when done.
		err := released(ctx, stx, func() error {
			return released(ctx, ttx, func() error { return compareTable(ctx, stx, ttx, st, tt, cols, key) })
		})
		if err != nil {
			return err
		}
		for _, c := range cols {
			rep.Leaks = append(rep.Leaks, c.leak)
		}
	}
	return nil
}

// compareTable counts the leaks of one table's masked columns: by row key
// when both sides have it, else as sets hashed with key.
func compareTable(ctx context.Context, stx, ttx pgx.Tx, st, tt *schema.Table, cols []leakColumn, key []byte) error {
	if k := st.RowKey(); k != nil && keyIn(tt, k) {
		// One ordered pass over the table for all its masked columns.
		if err := mergeCompare(ctx, stx, ttx, st.Name, st.ExtensionCondition, k.Columns, integerKey(st, k), cols); err != nil {
			return fmt.Errorf("leak check %s: %w", st.Name, err)
		}
		return nil
	}
	for i := range cols {
		c := &cols[i]
		c.leak.Method = MethodHashedSet
		var err error
		c.leak.Rows, c.leak.Equal, err = setCompare(ctx, stx, ttx, st.Name, st.ExtensionCondition, c, key)
		if err != nil {
			return fmt.Errorf("leak check %s.%s: %w", st.Name, c.name, err)
		}
	}
	return nil
}

// leakColumns are the columns of a table the plan masks and the target
// table still has, each with its Leak yet to be counted.
func leakColumns(tp *rules.TablePlan, tt *schema.Table) []leakColumn {
	var cols []leakColumn
	for _, cp := range tp.Columns {
		if !cp.Masks() || tt.Column(cp.Column.Name) == nil {
			continue
		}
		l := Leak{Table: tp.Table.Name.String(), Column: cp.Column.Name, Conditional: conditional(cp), Unique: unique(cp)}
		written, paths, partial := jsonPaths(tp, cp)
		if partial {
			// A json rule on a text column: which documents hold a
			// masked path is not known without parsing them all.
			l.Conditional = true
		}
		l.Paths = written
		cols = append(cols, leakColumn{name: cp.Column.Name, paths: paths, leak: l, fixed: fixedPoints(cp)})
	}
	return cols
}

// leakColumn is one masked column of a table under comparison.
type leakColumn struct {
	name  string
	paths []string
	leak  Leak
	// fixed reports a value the column's rules map to itself by design
	// (noise keeps 0), which is no leak.
	fixed func(string) bool
}

// counts reports whether an equal source value counts as a leak: not a
// blank, nor an empty array or JSON document ({}, [], which hold no
// value: a patient with no allergy listed), and not a value the rules
// keep by design.
func (c *leakColumn) counts(v string) bool {
	switch strings.TrimSpace(v) {
	case "", "{}", "[]":
		return false
	}
	return c.fixed == nil || !c.fixed(v)
}

// fixedPoints returns the values the column's rules keep by design: noise
// multiplies, so zero stays zero, and NaN and infinities stay as they are;
// a rule that says which values it writes back (scrub_text keeps a text
// without entities) is asked.
func fixedPoints(cp *rules.ColumnPlan) func(string) bool {
	if f := unchangedByRules(cp); f != nil {
		return f
	}
	for _, r := range cp.Rules {
		if r.Transform != "noise" {
			return nil
		}
	}
	return noiseFixed
}

// noiseFixed reports a value noise keeps: zero, NaN or an infinity, or an
// array of nothing else (noise moves each element: {0,NaN} and {} stay as
// they are, as a FHIR server's comboValueQuantity of {0} does).
func noiseFixed(v string) bool {
	if len(v) >= 2 && v[0] == '{' && v[len(v)-1] == '}' {
		for _, e := range strings.FieldsFunc(v, func(r rune) bool { return r == '{' || r == '}' || r == ',' }) {
			if e = strings.TrimSpace(e); e != "NULL" && !noiseFixed(e) {
				return false
			}
		}
		return true
	}
	switch v {
	case "NaN", "Infinity", "-Infinity":
		return true
	}
	f, err := strconv.ParseFloat(v, 64)
	return err == nil && f == 0
}

// unchangedByRules returns, when every rule of the column reports the
// values it writes back (anonymize.Compiled.Unchanged), a value that all
// of them keep; nil otherwise.
func unchangedByRules(cp *rules.ColumnPlan) func(string) bool {
	if len(cp.Rules) == 0 {
		return nil
	}
	for _, r := range cp.Rules {
		if r.Compiled == nil || !r.Compiled.HasUnchanged() {
			return nil
		}
	}
	return func(v string) bool {
		for _, r := range cp.Rules {
			if !r.Compiled.Unchanged([]byte(v)) {
				return false
			}
		}
		return true
	}
}

func conditional(cp *rules.ColumnPlan) bool {
	for _, r := range cp.Rules {
		if r.When != nil {
			return true
		}
	}
	return false
}

// unique reports whether every rule of the column keeps distinct inputs
// distinct; a scrubbed column (no rule) must hold no source value at all.
func unique(cp *rules.ColumnPlan) bool {
	for _, r := range cp.Rules {
		if r.Compiled != nil && r.Compiled.Uniqueness() != anonymize.Preserving {
			return false
		}
	}
	return true
}

// jsonPaths returns the paths a json rule of a json or jsonb column masks,
// as written and in PostgreSQL's jsonpath syntax (anonymize.
// PostgresJSONPath). partial is true for a json rule on a column of
// another type, whose documents PostgreSQL would have to parse.
func jsonPaths(tp *rules.TablePlan, cp *rules.ColumnPlan) (written, paths []string, partial bool) {
	for _, r := range cp.Rules {
		if r.Transform != "json" {
			continue
		}
		if n := cp.Column.Type.Underlying().Name; n != "json" && n != "jsonb" {
			return nil, nil, true
		}
	}
	written = rulePaths(tp, cp.Column.Name)
	for _, p := range written {
		pg, err := anonymize.PostgresJSONPath(p)
		if err != nil {
			// The rule compiled, so its paths parse; were one not to,
			// which documents it reaches is not known.
			return written, nil, true
		}
		paths = append(paths, pg)
	}
	return written, paths, false
}

func keyIn(t *schema.Table, k *schema.Key) bool {
	for _, c := range k.Columns {
		if t.Column(c) == nil {
			return false
		}
	}
	return true
}

// integerKey reports a key made of NOT NULL integer columns only: both
// sides can then be read in the key's own order (an index order, no text
// sort), and merged by comparing the numbers. A UNIQUE NULLS NOT DISTINCT
// key may hold one NULL, which has no number: it is merged by its text.
func integerKey(t *schema.Table, k *schema.Key) bool {
	for _, name := range k.Columns {
		c := t.Column(name)
		switch c.Type.Underlying().Name {
		case "int2", "int4", "int8":
		default:
			return false
		}
		if !c.NotNull {
			return false
		}
	}
	return true
}

// keyedQuery selects the key, then for each column its text and whether it
// counts (masksSome). An integer key comes as its columns, in their order;
// any other key as text, ordered bytewise. cond is an extension
// configuration table's condition (see leakFrom).
func keyedQuery(table schema.Name, cond string, keyCols []string, intKey bool, cols []leakColumn) string {
	var sel []string
	order := "1"
	if intKey {
		ks := quoteIdents(keyCols)
		for _, k := range ks {
			sel = append(sel, k+"::int8")
		}
		order = strings.Join(ks, ", ")
	} else {
		sel = append(sel, "("+rowText(keyCols)+") COLLATE \"C\" AS k")
	}
	for _, c := range cols {
		sel = append(sel, pgsql.QuoteIdent(c.name)+"::text", masksSome(c.name, c.paths))
	}
	return "SELECT " + strings.Join(sel, ", ") + " FROM " + leakFrom(table, cond) + " ORDER BY " + order
}

// leakFrom is the rows of a table to compare: the table's own, and of an
// extension's configuration table only those its condition selects (the
// user's, which the run copied: the others are the extension's, equal on
// both sides by design).
func leakFrom(table schema.Name, cond string) string {
	if cond == "" {
		return "ONLY " + table.Sanitize()
	}
	return "(SELECT * FROM ONLY " + table.Sanitize() + " " + cond + ") AS " + pgsql.QuoteIdent(table.Name)
}

// quoteIdents quotes each of the names.
func quoteIdents(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = pgsql.QuoteIdent(n)
	}
	return out
}

// rowText is the text form of a row of the columns, "(1)" or "(7,en)": a
// row key as a leak check orders it and a credential finding names it.
func rowText(cols []string) string {
	return "ROW(" + strings.Join(quoteIdents(cols), ", ") + ")::text"
}

// masksSome is a condition that holds when a json rule's paths find
// something to mask in the column's document (always, without paths).
func masksSome(col string, paths []string) string {
	if len(paths) == 0 {
		return "true"
	}
	var ors []string
	for _, p := range paths {
		// A path counts when it leads to a non-empty string: the json
		// rule leaves nulls, numbers and "" as they are.
		ors = append(ors, "jsonb_path_exists("+pgsql.QuoteIdent(col)+"::jsonb, "+pgsql.QuoteLiteral(p+` ? (@.type() == "string" && @ != "")`)+"::jsonpath)")
	}
	return "COALESCE(" + strings.Join(ors, " OR ") + ", false)"
}

// mergeCompare streams both sides ordered by key and counts, per column,
// the target rows whose value equals the source's (source NULLs and blanks
// aside). It holds one row of each side at a time.
func mergeCompare(ctx context.Context, stx, ttx pgx.Tx, table schema.Name, cond string, keyCols []string, intKey bool, cols []leakColumn) error {
	q := keyedQuery(table, cond, keyCols, intKey, cols)
	srows, err := stx.Query(ctx, q)
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	defer srows.Close()
	trows, err := ttx.Query(ctx, q)
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	defer trows.Close()
	src, tgt := newKeyedRows(srows, len(keyCols), intKey, len(cols)), newKeyedRows(trows, len(keyCols), intKey, len(cols))
	for i := range cols {
		cols[i].leak.Method = "row key"
	}
	var rows int64
	sok, err := src.next()
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	for {
		tok, err := tgt.next()
		if err != nil {
			return fmt.Errorf("target: %w", err)
		}
		if !tok {
			break
		}
		rows++
		for sok && src.key < tgt.key {
			if sok, err = src.next(); err != nil {
				return fmt.Errorf("source: %w", err)
			}
		}
		if !sok || src.key != tgt.key {
			continue
		}
		for i := range cols {
			sv, tv := src.vals[i], tgt.vals[i]
			if src.counted[i] && sv != nil && tv != nil && *sv == *tv && cols[i].counts(*sv) {
				cols[i].leak.Equal++
			}
		}
	}
	if err := trows.Err(); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	trows.Close()
	srows.Close()
	if err := srows.Err(); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	for i := range cols {
		cols[i].leak.Rows = rows
	}
	return nil
}

// keyedRows is one side of mergeCompare: the rows of keyedQuery, each
// scanned into a key that sorts bytewise as the query orders, and per
// column its text and whether it counts.
type keyedRows struct {
	rows    pgx.Rows
	key     string
	vals    []*string
	counted []bool
	// ints receives an integer key, turned into key by next.
	ints []int64
	dest []any
}

func newKeyedRows(rows pgx.Rows, keyCols int, intKey bool, cols int) *keyedRows {
	k := &keyedRows{rows: rows, vals: make([]*string, cols), counted: make([]bool, cols)}
	if intKey {
		k.ints = make([]int64, keyCols)
		for i := range k.ints {
			k.dest = append(k.dest, &k.ints[i])
		}
	} else {
		k.dest = append(k.dest, &k.key)
	}
	for i := range cols {
		k.dest = append(k.dest, &k.vals[i], &k.counted[i])
	}
	return k
}

// next scans the next row; false at the end (rows.Err says why).
func (k *keyedRows) next() (bool, error) {
	if !k.rows.Next() {
		return false, nil
	}
	if err := k.rows.Scan(k.dest...); err != nil {
		return false, err
	}
	if k.ints != nil {
		// Big-endian with the sign bit flipped sorts as the numbers do.
		b := make([]byte, 8*len(k.ints))
		for i, v := range k.ints {
			binary.BigEndian.PutUint64(b[8*i:], uint64(v)^(1<<63))
		}
		k.key = string(b)
	}
	return true, nil
}

// digest is a truncated HMAC-SHA256 of a value.
type digest [16]byte

func hashOf(key []byte, v string) digest {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(v))
	var d digest
	copy(d[:], h.Sum(nil))
	return d
}

// setCompare counts target rows whose value is among the source's values,
// for a table without a row key.
func setCompare(ctx context.Context, stx, ttx pgx.Tx, table schema.Name, cond string, lc *leakColumn, key []byte) (rows, equal int64, err error) {
	col, paths := lc.name, lc.paths
	c := pgsql.QuoteIdent(col)
	set := map[digest]struct{}{}
	srows, err := stx.Query(ctx, "SELECT DISTINCT "+c+"::text FROM "+leakFrom(table, cond)+" WHERE "+c+" IS NOT NULL AND "+masksSome(col, paths))
	if err != nil {
		return 0, 0, fmt.Errorf("source: %w", err)
	}
	for srows.Next() {
		var v string
		if err := srows.Scan(&v); err != nil {
			srows.Close()
			return 0, 0, err
		}
		if lc.counts(v) {
			set[hashOf(key, v)] = struct{}{}
		}
	}
	srows.Close()
	if err := srows.Err(); err != nil {
		return 0, 0, fmt.Errorf("source: %w", err)
	}
	trows, err := ttx.Query(ctx, "SELECT "+c+"::text FROM "+leakFrom(table, cond))
	if err != nil {
		return 0, 0, fmt.Errorf("target: %w", err)
	}
	defer trows.Close()
	for trows.Next() {
		var v *string
		if err := trows.Scan(&v); err != nil {
			return 0, 0, err
		}
		rows++
		if v != nil {
			if _, ok := set[hashOf(key, *v)]; ok {
				equal++
			}
		}
	}
	if err := trows.Err(); err != nil {
		return 0, 0, fmt.Errorf("target: %w", err)
	}
	return rows, equal, nil
}
