package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/copyfmt"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/verify"
)

// copyTables copies every table with Workers tables at a time, largest
// first, each worker reading in the run's snapshot; a table larger than the
// split threshold is copied by several workers at once (splitTables).
func (r *run) copyTables(ctx context.Context) error {
	tables := r.tablesToCopy()
	est := make([]TableEstimate, len(tables))
	for i, tp := range tables {
		est[i] = TableEstimate{Table: tp.Table.Name.String(), Rows: max(tp.Table.RowEstimate, 0), Bytes: tp.Table.Bytes}
	}
	r.cfg.OnEvent(CopyPlanEvent{Tables: est})
	results := make([]TableResult, len(tables))
	index := map[*rules.TablePlan]int{}
	for i, tp := range tables {
		index[tp] = i
	}
	config, tables := r.extensionConfigFirst(tables)
	if err := r.copyExtensionConfig(ctx, config, func(tp *rules.TablePlan, res TableResult) {
		results[index[tp]] = res
		r.tableCopied(tp)
	}); err != nil {
		return err
	}
	parts, err := r.splitTables(ctx, tables)
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	work := make(chan *copyPart)
	for w := 0; w < min(r.cfg.Workers, max(len(parts), 1)); w++ {
		g.Go(func() error {
			src, err := r.openWorkerSource(gctx)
			if err != nil {
				return err
			}
			defer src.Close(context.Background())
			dst, err := r.connectNext(gctx)
			if err != nil {
				return err
			}
			defer dst.Close(context.Background())
			for p := range work {
				res, done, err := r.copyPart(gctx, src, dst, p)
				if err != nil {
					return fmt.Errorf("copy %s%s: %w", p.tp.Table.Name, p.describe(), err)
				}
				if done {
					results[index[p.tp]] = res
					r.tableCopied(p.tp)
				}
			}
			return nil
		})
	}
	g.Go(func() error { return feed(gctx, work, parts) })
	if err := g.Wait(); err != nil {
		return err
	}
	r.manifest.Tables = results
	if r.manifest.Subset != nil {
		r.manifest.Subset.countCopied(results, r.model)
	}
	return nil
}

// tableCopied tells the post-data dataflow, when there is one, that a
// table's rows are in: its channel holds every table, so this never blocks.
func (r *run) tableCopied(tp *rules.TablePlan) {
	if r.copied != nil {
		r.copied <- tp.Table.Name
	}
}

// extensionConfigFirst splits the tables to copy into the extensions'
// configuration tables, parents before children, and the others.
// CREATE EXTENSION has created the former with their foreign keys, so
// their rows go in one table at a time in that order, as pg_restore loads
// them.
func (r *run) extensionConfigFirst(tables []*rules.TablePlan) (config, rest []*rules.TablePlan) {
	for _, tp := range tables {
		if tp.Table.ExtensionConfig() {
			config = append(config, tp)
		} else {
			rest = append(rest, tp)
		}
	}
	if len(config) < 2 {
		return config, rest
	}
	pos := map[schema.Name]int{}
	if order, err := r.model.LoadOrder(); err == nil {
		for i, n := range order.Tables {
			pos[n] = i
		}
	}
	sort.SliceStable(config, func(i, j int) bool { return pos[config[i].Table.Name] < pos[config[j].Table.Name] })
	return config, rest
}

// copyExtensionConfig copies the rows of the extensions' configuration
// tables that their conditions select (copyOutQueries), one table after
// another on one pair of sessions, into the tables CREATE EXTENSION made.
func (r *run) copyExtensionConfig(ctx context.Context, tables []*rules.TablePlan, done func(*rules.TablePlan, TableResult)) error {
	if len(tables) == 0 {
		return nil
	}
	src, err := r.openWorkerSource(ctx)
	if err != nil {
		return err
	}
	defer src.Close(context.Background())
	dst, err := r.connectNext(ctx)
	if err != nil {
		return err
	}
	defer dst.Close(context.Background())
	for _, tp := range tables {
		res, err := r.copyWhole(ctx, src, dst, tp)
		if err != nil {
			return fmt.Errorf("copy %s (a configuration table of extension %s): %w", tp.Table.Name, tp.Table.Extension, err)
		}
		done(tp, res)
	}
	return nil
}

// openWorkerSource opens a read-only source connection; copyTable reads
// each table in a transaction of its own that imports the run's snapshot,
// so a worker holds one table's lock at a time, whatever the number of
// tables. Row-level security is off: for a role that may bypass it, every
// row is read; for any other role, a table with a policy is an error rather
// than silently fewer rows.
func (r *run) openWorkerSource(ctx context.Context) (*pgx.Conn, error) {
	return r.prep.openSource(ctx)
}

// TableResult is one table's line in the manifest.
type TableResult struct {
	Table       string   `json:"table"`
	RowsRead    int64    `json:"rows_read"`
	RowsWritten int64    `json:"rows_written"`
	Bytes       int64    `json:"bytes"`
	Seconds     float64  `json:"seconds"`
	Format      string   `json:"format"`
	Masked      []string `json:"masked,omitempty"`
	// Parts is the number of parts a table larger than the split
	// threshold was copied in at once; 0: one.
	Parts int `json:"parts,omitempty"`
	// Invalid counts, per column, the values a rule could not read
	// (on_invalid: error or keep).
	Invalid map[string]int64 `json:"invalid_values,omitempty"`
}

// maskedColumn is a column the copy rewrites. Its transformers and buffers
// belong to one goroutine: maskedColumns makes new ones on every call.
type maskedColumn struct {
	index    int // position in the COPY column list
	name     string
	notNull  bool
	json     bool   // json or jsonb
	typeName string // the base type, for binary conversion
	codec    copyfmt.Codec
	rules    []*rules.AppliedRule
	tr       []anonymize.Transformer // one per rule; nil for keep
	// dispatch picks the rule with one lookup when every when: compares
	// one column with string literals (init's rules for a key/value
	// table); nil otherwise.
	dispatch *pgsql.KeyDispatch
	template bool
	// text and bin hold the last value written, reused from row to row.
	text, bin []byte
}

// blank is what a value a rule cannot read becomes under on_invalid:
// error: NULL, or in a NOT NULL column an empty value ({} for json).
func (m *maskedColumn) blank() anonymize.Value {
	switch {
	case !m.notNull:
		return anonymize.Value{Null: true}
	case m.json:
		return anonymize.Value{Bytes: []byte("{}")}
	}
	return anonymize.Value{Bytes: []byte{}}
}

// copyTable streams one table, or one part of it: COPY TO on the source,
// through the transformers, into COPY FROM on the target. copyPart sums
// the parts and reports the table done.
func (r *run) copyTable(ctx context.Context, src, dst *pgx.Conn, part *copyPart) (TableResult, error) {
	start := time.Now()
	tp := part.tp
	t := tp.Table
	var cols []*schema.Column
	for _, c := range t.Columns {
		if c.Generated == "" {
			cols = append(cols, c)
		}
	}
	res := TableResult{Table: t.Name.String()}
	if len(cols) == 0 {
		return res, nil
	}
	masked := maskedColumns(tp, cols)
	format := copyfmt.Binary
	if !binaryCopyable(cols, masked) {
		format = copyfmt.Text
	}
	res.Format = format.String()
	for _, m := range masked {
		res.Masked = append(res.Masked, m.name)
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = pgx.Identifier{c.Name}.Sanitize()
	}
	colList := strings.Join(names, ", ")
	with := ""
	if format == copyfmt.Binary {
		with = " (FORMAT binary)"
	}
	colNames := make([]string, len(cols))
	for i, c := range cols {
		colNames[i] = c.Name
	}
	copyOuts := r.copyOutQueries(t, colNames, colList, with, part.pages)
	if len(copyOuts) == 0 { // the subset selects no row
		return res, nil
	}
	copyIn := "COPY " + t.Name.Sanitize() + " (" + colList + ") FROM STDIN" + with
	var check *verify.TableCheck
	if r.stream != nil {
		var err error
		if check, err = r.stream.Table(tp, cols); err != nil {
			return res, err
		}
		if part.table.parts > 1 {
			check.Part(part.n)
		}
	}

	// source -> pr1 [| transform | pw2] -> target. A table with no masked
	// column skips the transform: its bytes go straight through. Closing a
	// pipe with the error is what unblocks the other side: cancelling does
	// not.
	passThrough := len(masked) == 0
	pr1, pw1 := io.Pipe()
	pr2, pw2 := io.Pipe()
	if passThrough {
		pr2 = pr1
	}
	g, gctx := errgroup.WithContext(ctx)
	stop := context.AfterFunc(gctx, func() {
		pw1.CloseWithError(gctx.Err())
		pr2.CloseWithError(gctx.Err())
	})
	defer stop()
	// A table whose bytes go straight through is checked beside the copy:
	// a copy of its stream goes to a reader of its own (verify.Stream).
	var scan *streamTee
	if passThrough && check.Scans() {
		scan = newStreamTee(gctx)
		g.Go(func() error { return scanStream(scan, check, cols, format) })
	}
	var readBytes atomic.Int64
	var rows int64
	var invalid map[string]int64
	var srcErr error // what the source said, when it ended the stream
	g.Go(func() error {
		// pgconn writes one message per row: batch them, so the pipe hands
		// over 256 KiB at a time instead of one row per goroutine switch.
		var out io.Writer = pw1
		if scan != nil {
			out = io.MultiWriter(pw1, scan)
		}
		counter := &countingWriter{w: out, n: &readBytes}
		if passThrough {
			counter.progress = func(n int64) { part.progress(r.cfg.OnEvent, 0, n) }
		}
		buf := bufio.NewWriterSize(counter, 256<<10)
		// One transaction per table, in the run's snapshot: its lock ends
		// with the table.
		err := r.prep.beginSnapshot(gctx, src)
		var n int64
		if err == nil {
			n, err = copyOutParts(gctx, func(ctx context.Context, w io.Writer, q string) (int64, error) {
				tag, err := src.PgConn().CopyTo(ctx, w, q)
				return tag.RowsAffected(), err
			}, buf, copyOuts, format == copyfmt.Binary)
		}
		if err == nil {
			_, err = src.Exec(gctx, "COMMIT")
		}
		if err == nil {
			err = r.prep.checkNotRewritten(gctx, src, t)
		}
		if err == nil {
			err = buf.Flush()
		}
		pw1.CloseWithError(err)
		if scan != nil {
			scan.CloseWithError(err)
		}
		if err != nil {
			srcErr = fmt.Errorf("read from source: %w", err)
			return srcErr
		}
		if passThrough {
			rows = n
		}
		return nil
	})
	if !passThrough {
		mask := newTableMask(res.Table, cols, masked, format, r.cfg.Rules.OnInvalid, r.cfg.Logger)
		mask.check = check
		g.Go(func() error {
			stats, err := mask.transform(gctx, pr1, pw2, func(rows int64) {
				part.progress(r.cfg.OnEvent, rows, readBytes.Load())
			})
			pr1.CloseWithError(err)
			pw2.CloseWithError(err)
			rows, invalid = stats.Rows, stats.Invalid
			return err
		})
	}
	var written int64
	g.Go(func() error {
		tag, err := dst.PgConn().CopyFrom(gctx, pr2, copyIn)
		pr2.CloseWithError(err)
		if err != nil {
			return fmt.Errorf("write to target: %w", err)
		}
		written = tag.RowsAffected()
		return nil
	})
	if err := g.Wait(); err != nil {
		// The transform reads the source's error from the pipe and may
		// report it first; the error the source server sent names the
		// cause and where it came from.
		var pgErr *pgconn.PgError
		if errors.As(srcErr, &pgErr) {
			return res, srcErr
		}
		return res, err
	}
	if check != nil {
		r.stream.Add(check)
	}
	res.RowsRead, res.RowsWritten, res.Bytes, res.Invalid = rows, written, readBytes.Load(), invalid
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

// feed sends items to work, one at a time, until all are sent or ctx
// ends, and closes work: the producer of a worker pool.
func feed[T any](ctx context.Context, work chan<- T, items []T) error {
	defer close(work)
	for _, it := range items {
		select {
		case work <- it:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// countingWriter counts the bytes read from the source and, when progress
// is set, reports them at most five times a second.
type countingWriter struct {
	w        io.Writer
	n        *atomic.Int64
	progress func(bytes int64)
	last     time.Time
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	total := c.n.Add(int64(n))
	if c.progress != nil && time.Since(c.last) > 200*time.Millisecond {
		c.last = time.Now()
		c.progress(total)
	}
	return n, err
}

// binaryCopyable reports whether the table can travel in binary format:
// no value embeds a type OID that differs between databases (arrays of or
// composites of user types), and every masked column converts.
func binaryCopyable(cols []*schema.Column, masked []*maskedColumn) bool {
	for _, c := range cols {
		u := c.Type.Underlying()
		if u.Kind == schema.TypeComposite || u.Kind == schema.TypeRange || u.Kind == schema.TypeMultirange || u.Kind == schema.TypePseudo {
			return false
		}
		if u.Elem != nil && (!u.Elem.Underlying().BuiltIn() || u.Elem.Underlying().Kind != schema.TypeBase) {
			return false
		}
	}
	byName := make(map[string]*schema.Column, len(cols))
	for _, c := range cols {
		byName[c.Name] = c
	}
	for _, m := range masked {
		if m.codec.Name() == "" {
			return false
		}
		// A column a rule reads (its when: condition, the column a person
		// is seeded from) is decoded to text in the stream too: without a
		// conversion a condition would read '' and the rule never apply.
		for _, name := range m.reads() {
			if c := byName[name]; c != nil && !textDecodable(c) {
				return false
			}
		}
	}
	return true
}

// textDecodable reports whether a binary COPY value of the column can be
// decoded to its text form in the stream.
func textDecodable(c *schema.Column) bool {
	_, ok := copyfmt.LookupCodec(c.Type.Underlying().Name)
	return ok && c.Type.Underlying().Elem == nil
}

// reads lists the columns the rules of m read besides m itself: their
// when: conditions and their source columns.
func (m *maskedColumn) reads() []string {
	var out []string
	for _, ar := range m.rules {
		if ar.When != nil {
			for _, ref := range ar.When.Columns() {
				out = append(out, ref.Name)
			}
		}
		if ar.Compiled != nil {
			out = append(out, ar.Compiled.SourceColumns()...)
		}
	}
	return out
}

// maskedColumns is the table's masked-column plan: the columns of cols
// (the COPY column list) whose values a rule rewrites, each with new
// transformers, templates last.
func maskedColumns(tp *rules.TablePlan, cols []*schema.Column) []*maskedColumn {
	byName := map[string]*rules.ColumnPlan{}
	for _, cp := range tp.Columns {
		byName[cp.Column.Name] = cp
	}
	var out, templates []*maskedColumn
	for i, c := range cols {
		cp := byName[c.Name]
		if cp == nil || !cp.Masks() || len(cp.Rules) == 0 {
			continue
		}
		m := &maskedColumn{index: i, name: c.Name, typeName: c.Type.Underlying().Name, rules: cp.Rules, notNull: c.NotNull,
			json: c.Type.Underlying().Name == "json" || c.Type.Underlying().Name == "jsonb"}
		if codec, ok := copyfmt.LookupCodec(m.typeName); ok && c.Type.Underlying().Elem == nil {
			m.codec = codec
		}
		if len(cp.Rules) > 1 {
			conds := make([]pgsql.Expr, len(cp.Rules))
			for i, ar := range cp.Rules {
				conds[i] = ar.When
			}
			m.dispatch = pgsql.NewKeyDispatch(conds)
		}
		for _, ar := range cp.Rules {
			if ar.Compiled == nil {
				m.tr = append(m.tr, nil)
				continue
			}
			m.tr = append(m.tr, ar.Compiled.New())
			if len(ar.Compiled.MaskedColumns()) > 0 {
				m.template = true
			}
		}
		if m.template {
			templates = append(templates, m)
		} else {
			out = append(out, m)
		}
	}
	// Templates read other columns' masked values: they go last.
	return append(out, templates...)
}

// rowView gives the transformers and conditions the row's values in text
// form, decoded on first use.
type rowView struct {
	row     *copyfmt.Row
	format  copyfmt.Format
	cols    map[string]int
	types   []string
	codecs  []copyfmt.Codec
	decoded [][]byte
	have    []bool
	err     error
	masked  map[string]anonymize.Value
}

func (v *rowView) reset(row *copyfmt.Row) {
	v.row = row
	for i := range v.have {
		v.have[i] = false
	}
	clear(v.masked)
	v.err = nil
}

func (v *rowView) text(i int) ([]byte, bool) {
	if v.row.Null(i) {
		return nil, true
	}
	if !v.have[i] {
		v.have[i] = true
		if v.format == copyfmt.Text {
			v.decoded[i] = v.row.AppendValue(v.decoded[i][:0], i)
		} else {
			raw := v.row.Raw(i)
			codec := v.codecs[i]
			if codec.Name() == "" {
				v.err = fmt.Errorf("column %d: type %s has no text conversion", i, v.types[i])
				v.decoded[i] = v.decoded[i][:0]
				return v.decoded[i], false
			}
			out, err := codec.AppendText(v.decoded[i][:0], raw)
			if err != nil {
				v.err = err
			}
			v.decoded[i] = out
		}
	}
	return v.decoded[i], false
}

// Value implements pgsql.Row (source values, for when: conditions).
func (v *rowView) Value(column string) ([]byte, bool, bool) {
	i, ok := v.cols[column]
	if !ok {
		return nil, false, false
	}
	b, null := v.text(i)
	return b, null, true
}

// Source implements anonymize.RowContext.
func (v *rowView) Source(column string) (anonymize.Value, bool) {
	b, null, ok := v.Value(column)
	if !ok {
		return anonymize.Value{}, false
	}
	return anonymize.Value{Bytes: b, Null: null}, true
}

// Masked implements anonymize.RowContext: a masked column's new value, or
// the source value of a column no rule rewrote.
func (v *rowView) Masked(column string) (anonymize.Value, bool) {
	if m, ok := v.masked[column]; ok {
		return m, true
	}
	return v.Source(column)
}

var _ pgsql.Row = (*rowView)(nil)

// tableMask rewrites one table's rows: its masked columns in the order
// they are masked, what a value a rule cannot read becomes, and the view
// through which rules and conditions read the row. One goroutine uses it.
type tableMask struct {
	table     string
	format    copyfmt.Format
	masked    []*maskedColumn
	onInvalid string // "error" (also ""), "keep" or "fail"
	logger    *slog.Logger
	view      *rowView
	stats     copyStats
	// check, when set, is the stream check the rows pass through as
	// staging receives them (out).
	check *verify.TableCheck
	out   stagingRow
}

// copyStats is what the transform of a table's rows reports.
type copyStats struct {
	Rows int64
	// Invalid counts, per column, the values a rule could not read; nil
	// when there were none.
	Invalid map[string]int64
}

// newTableMask prepares the rewriting of rows of cols (the COPY column
// list) in format; masked comes from maskedColumns.
func newTableMask(table string, cols []*schema.Column, masked []*maskedColumn, format copyfmt.Format, onInvalid string, logger *slog.Logger) *tableMask {
	view := newRowView(cols, format)
	out := stagingRow{view: view, masked: make([]*maskedColumn, len(cols))}
	for _, m := range masked {
		out.masked[m.index] = m
	}
	return &tableMask{table: table, format: format, masked: masked, onInvalid: onInvalid, logger: logger, view: view, out: out}
}

// newRowView prepares the text view of rows of cols (the COPY column
// list) in format.
func newRowView(cols []*schema.Column, format copyfmt.Format) *rowView {
	view := &rowView{format: format, cols: map[string]int{}, masked: map[string]anonymize.Value{},
		types: make([]string, len(cols)), codecs: make([]copyfmt.Codec, len(cols)),
		decoded: make([][]byte, len(cols)), have: make([]bool, len(cols))}
	for i, c := range cols {
		view.cols[c.Name] = i
		view.types[i] = c.Type.Underlying().Name
		if codec, ok := copyfmt.LookupCodec(view.types[i]); ok {
			view.codecs[i] = codec
		}
	}
	return view
}

// stagingRow is the row being copied as staging receives it, for the
// stream check: a masked column's new value, every other column's source
// value.
type stagingRow struct {
	view   *rowView
	masked []*maskedColumn // by COPY position; nil where none, or all nil
}

// Text implements verify.Row.
func (s *stagingRow) Text(i int) (value []byte, null, ok bool) {
	if i < len(s.masked) && s.masked[i] != nil {
		if v, ok := s.view.masked[s.masked[i].name]; ok {
			return v.Bytes, v.Null, true
		}
	}
	// A value that cannot be decoded is the check's to skip: it must not
	// fail the row's masking.
	saved := s.view.err
	s.view.err = nil
	value, null = s.view.text(i)
	ok = s.view.err == nil
	s.view.err = saved
	return value, null, ok
}

// transform reads rows from in, rewrites their masked fields, and writes
// them to out, row by row. It calls progress with the rows read so far at
// most five times a second.
func (t *tableMask) transform(ctx context.Context, in io.Reader, out io.Writer, progress func(rows int64)) (copyStats, error) {
	reader, err := copyfmt.NewReader(in, t.format, nil)
	if err != nil {
		return t.stats, err
	}
	writer, err := copyfmt.NewWriter(out, t.format, nil)
	if err != nil {
		return t.stats, err
	}
	lastReport := time.Now()
	for {
		row, err := reader.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return t.stats, fmt.Errorf("read COPY stream: %w", err)
		}
		t.stats.Rows++
		if err := t.maskRow(row); err != nil {
			return t.stats, err
		}
		if t.check != nil {
			t.check.Row(&t.out)
		}
		if err := writer.WriteRow(row); err != nil {
			return t.stats, err
		}
		if t.stats.Rows%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return t.stats, err
			}
			if time.Since(lastReport) > 200*time.Millisecond {
				lastReport = time.Now()
				progress(t.stats.Rows)
			}
		}
	}
	return t.stats, writer.Close()
}

// maskRow rewrites the masked fields of one row in place.
func (t *tableMask) maskRow(row *copyfmt.Row) error {
	t.view.reset(row)
	for _, m := range t.masked {
		if err := t.maskField(row, m); err != nil {
			return fmt.Errorf("row %d, column %s: %w", row.Number(), m.name, err)
		}
	}
	return nil
}

// maskField rewrites m's field of the row: with the first of its rules
// whose when: condition holds, and not at all when none holds or that
// rule is keep.
func (t *tableMask) maskField(row *copyfmt.Row, m *maskedColumn) error {
	val, null := t.view.text(m.index)
	if t.view.err != nil {
		return t.view.err
	}
	in := anonymize.Value{Bytes: val, Null: null}
	tr, err := m.transformer(t.view)
	if err == nil {
		// A column the condition read that could not be decoded must stop
		// the copy, not be judged as ''.
		err = t.view.err
	}
	if err != nil {
		return err
	}
	if tr == nil {
		// No rule applies to this row: its value goes through as it is.
		t.compared(m, in, in)
		return nil
	}
	res, err := tr.Transform(m.text[:0], in, t.view)
	if err == nil && t.view.err != nil {
		return t.view.err
	}
	if err != nil {
		if !errors.Is(err, anonymize.ErrInvalidInput) || t.onInvalid == "fail" {
			return err
		}
		t.countInvalid(row, m, err)
		if t.onInvalid == "keep" {
			t.view.masked[m.name] = in
			t.compared(m, in, in)
			return nil
		}
		res = m.blank()
	}
	m.text = res.Bytes
	t.view.masked[m.name] = res
	t.compared(m, in, res)
	return m.set(row, res, t.format)
}

// compared hands the stream check a masked column's source value and the
// value staging receives.
func (t *tableMask) compared(m *maskedColumn, in, out anonymize.Value) {
	if t.check != nil {
		t.check.Masked(m.index, in.Bytes, out.Bytes, in.Null, out.Null)
	}
}

// countInvalid counts a value the rule cannot read, and logs the first
// three of a column without the value.
func (t *tableMask) countInvalid(row *copyfmt.Row, m *maskedColumn, err error) {
	if t.stats.Invalid == nil {
		t.stats.Invalid = map[string]int64{}
	}
	t.stats.Invalid[m.name]++
	if t.stats.Invalid[m.name] <= 3 {
		t.logger.Warn("a value the rule cannot read", "table", t.table, "column", m.name, "row", row.Number(),
			"error", err.Error(), "on_invalid", cmp.Or(t.onInvalid, "error"))
	}
}

// transformer returns the transformer of the first rule whose when:
// condition holds for the row: nil when none holds or the rule is keep.
func (m *maskedColumn) transformer(row pgsql.Row) (anonymize.Transformer, error) {
	if m.dispatch != nil {
		i, err := m.dispatch.Rule(row)
		if err != nil || i < 0 {
			return nil, wrapWhen(err)
		}
		return m.tr[i], nil
	}
	for i, ar := range m.rules {
		if ar.When != nil {
			ok, err := pgsql.Holds(ar.When, row)
			if err != nil {
				return nil, wrapWhen(err)
			}
			if !ok {
				continue
			}
		}
		return m.tr[i], nil
	}
	return nil, nil
}

func wrapWhen(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("when: %w", err)
}

// set writes the column's new value, text as a transformer returns it, into
// the row in the stream's format.
func (m *maskedColumn) set(row *copyfmt.Row, v anonymize.Value, format copyfmt.Format) error {
	switch {
	case v.Null:
		row.SetNull(m.index)
	case format == copyfmt.Binary:
		b, err := m.codec.AppendBinary(m.bin[:0], v.Bytes)
		if err != nil {
			return fmt.Errorf("encode: %w", err)
		}
		m.bin = b
		row.Set(m.index, b)
	default:
		row.Set(m.index, v.Bytes)
	}
	return nil
}
