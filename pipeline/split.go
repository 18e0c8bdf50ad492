package pipeline

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// Same-table concurrency: a table larger than the split threshold is
// copied in ranges of its heap pages, each by a worker of its own in a
// transaction of its own that imports the run's snapshot, into the same
// target table at once. The ranges cover the table and do not overlap, and
// every row has one ctid, so the parts together read each row the snapshot
// holds exactly once; the masking of a row depends on the row alone, so the
// staging copy is the one an unsplit run makes (only the order of rows in
// the target's heap differs).

// minSplitDefault is the smallest table the default threshold splits: a
// part of it copies in about half a second on one worker (around 130 MiB/s
// on the bench machine), against a few milliseconds of fixed cost per part
// (a transaction that imports the snapshot, a COPY on each side). Below it
// the gain of splitting is too small to be worth the interleaved heap.
const minSplitDefault = 64 << 20

// maxPartsPerWorker bounds a table's parts: more parts than workers can
// never run at once; twice as many lets the last parts fill the gaps other
// tables leave, and is the most the default threshold ever asks for.
const maxPartsPerWorker = 2

// tidRangeScanVersion is the first PostgreSQL that reads a ctid range by a
// TID Range Scan. An older server would scan the whole table for each
// part, so its tables are not split.
const tidRangeScanVersion = 140000

// splitThreshold is the table size above which tables are split: the
// configured one, or the default sized for the machine and the data: a
// table larger than half a worker's fair share of the bytes
// (total/(2*workers)) would leave the other workers idle while it is
// copied, and is split so that its parts spread over them; never below
// minSplitDefault. 0: never split.
func splitThreshold(configured, total int64, workers int) int64 {
	switch {
	case configured < 0 || workers < 2:
		return 0 // never; one worker reads one part at a time anyway
	case configured > 0:
		return configured
	}
	return max(minSplitDefault, total/int64(2*workers))
}

// splitParts is how many parts a table of bytes, whose heap has pages
// pages, is copied in: 1 up to the threshold; above it parts of about
// the threshold's size, at most maxPartsPerWorker per worker and one page
// each at least.
func splitParts(bytes, pages, threshold int64, workers int) int {
	if threshold <= 0 || bytes <= threshold || pages < 2 {
		return 1
	}
	n := (bytes + threshold - 1) / threshold
	n = min(n, int64(maxPartsPerWorker*workers), pages)
	return int(max(n, 1))
}

// pageRange is a range of heap pages [From, To): To 0 is to the end of
// the table, and the zero range is the whole table, unsplit.
type pageRange struct{ From, To int64 }

// whole reports whether r is the whole table, read unsplit.
func (r pageRange) whole() bool { return r == pageRange{} }

// condition is r as a condition on ctid, which PostgreSQL 14 and later
// read with a TID Range Scan: only the pages of the range are read. The
// first range has no lower bound and the last no upper bound, so the
// ranges cover every row whatever the table grew to since its size was
// read (rows added since are outside the snapshot anyway).
func (r pageRange) condition() string {
	var c []string
	if r.From > 0 {
		c = append(c, "ctid >= '("+strconv.FormatInt(r.From, 10)+",0)'::tid")
	}
	if r.To > 0 {
		c = append(c, "ctid < '("+strconv.FormatInt(r.To, 10)+",0)'::tid")
	}
	return strings.Join(c, " AND ")
}

// selectFrom is the query that reads the columns of colList from the rows
// of t in the range. ONLY: COPY of a table reads none of its inheritance
// children, nor may a part.
func (r pageRange) selectFrom(t *schema.Table, colList string) string {
	return "SELECT " + colList + " FROM ONLY " + t.Name.Sanitize() + " WHERE " + r.condition()
}

// pageRanges cuts pages into n ranges of as many pages as can be, the
// first open below and the last open above.
func pageRanges(pages int64, n int) []pageRange {
	if n < 2 {
		return []pageRange{{}}
	}
	out := make([]pageRange, n)
	for i := range out {
		out[i] = pageRange{From: pages * int64(i) / int64(n), To: pages * int64(i+1) / int64(n)}
	}
	out[n-1].To = 0
	return out
}

// tableCopy is one table's copy, in one part or several: it sums its
// parts' results into the table's line of the manifest, and its progress.
type tableCopy struct {
	tp    *rules.TablePlan
	parts int

	mu      sync.Mutex
	started time.Time // when the first part started
	left    int       // parts not yet done
	res     TableResult

	rows, bytes atomic.Int64 // progress so far, over every part
}

// copyPart is one work item of the copy: a whole table, or one page range
// of a split table. Its progress fields belong to the goroutine that
// reports the part's progress.
type copyPart struct {
	table *tableCopy
	tp    *rules.TablePlan
	n     int // the part's number, from 1
	pages pageRange

	rows, bytes int64 // the part's progress last reported
}

// newTableCopy makes the parts of a table's copy, pages cut into n ranges.
func newTableCopy(tp *rules.TablePlan, pages int64, n int) []*copyPart {
	tc := &tableCopy{tp: tp, parts: max(n, 1), left: max(n, 1)}
	var out []*copyPart
	for i, pr := range pageRanges(pages, n) {
		out = append(out, &copyPart{table: tc, tp: tp, n: i + 1, pages: pr})
	}
	return out
}

// describe names a part of a split table in an error; "" for a whole one.
func (p *copyPart) describe() string {
	if p.table.parts < 2 {
		return ""
	}
	to := "the end"
	if p.pages.To > 0 {
		to = strconv.FormatInt(p.pages.To-1, 10)
	}
	return fmt.Sprintf(" (part %d of %d: pages %d to %s)", p.n, p.table.parts, p.pages.From, to)
}

// progress reports the part's rows and bytes read so far as the table's,
// summed over its parts.
func (p *copyPart) progress(onEvent func(Event), rows, bytes int64) {
	tc := p.table
	total := TableProgressEvent{Table: p.tp.Table.Name.String(),
		Rows: tc.rows.Add(rows - p.rows), Bytes: tc.bytes.Add(bytes - p.bytes)}
	p.rows, p.bytes = rows, bytes
	onEvent(total)
}

// begin marks the start of one of the table's parts.
func (tc *tableCopy) begin() {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if tc.started.IsZero() {
		tc.started = time.Now()
	}
}

// add counts a finished part in, and returns the table's result once its
// last part is in.
func (tc *tableCopy) add(part TableResult) (TableResult, bool) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	addPart(&tc.res, part)
	tc.left--
	if tc.left > 0 {
		return TableResult{}, false
	}
	tc.res.Seconds = time.Since(tc.started).Seconds()
	if tc.parts > 1 {
		tc.res.Parts = tc.parts
	}
	return tc.res, true
}

// addPart adds one part's result to its table's: the one place where the
// parts of a split table are summed, so that a count a part reports is
// counted for the table.
func addPart(sum *TableResult, part TableResult) {
	sum.Table = part.Table
	if part.Format != "" {
		sum.Format, sum.Masked = part.Format, part.Masked
	}
	sum.RowsRead += part.RowsRead
	sum.RowsWritten += part.RowsWritten
	sum.Bytes += part.Bytes
	for col, n := range part.Invalid {
		if sum.Invalid == nil {
			sum.Invalid = map[string]int64{}
		}
		sum.Invalid[col] += n
	}
}

// copyPart copies one part and, when it is its table's last, reports the
// table done and returns the table's result (done true).
func (r *run) copyPart(ctx context.Context, src, dst *pgx.Conn, p *copyPart) (res TableResult, done bool, err error) {
	p.table.begin()
	part, err := r.copyTable(ctx, src, dst, p)
	if err != nil {
		return part, false, err
	}
	res, done = p.table.add(part)
	if done {
		elapsed := time.Duration(res.Seconds * float64(time.Second))
		r.cfg.OnEvent(TableDoneEvent{Table: res.Table, Rows: res.RowsRead, Bytes: res.Bytes, Elapsed: elapsed, Masked: res.Masked, Format: res.Format})
		r.cfg.Logger.Debug("table copied", "table", res.Table, "rows", res.RowsRead, "bytes", res.Bytes, "seconds", res.Seconds,
			"format", res.Format, "masked", res.Masked, "parts", max(res.Parts, 1))
	}
	return res, done, nil
}

// copyWhole copies a table in one part, on the sessions given.
func (r *run) copyWhole(ctx context.Context, src, dst *pgx.Conn, tp *rules.TablePlan) (TableResult, error) {
	res, _, err := r.copyPart(ctx, src, dst, newTableCopy(tp, 0, 1)[0])
	return res, err
}

// splitTables turns the tables to copy, largest first, into the copy's
// work items: a table at most the threshold is one part; a larger one is
// its page ranges, one after another in the table's place, so that the
// largest table's parts are the first the workers take and run at once.
func (r *run) splitTables(ctx context.Context, tables []*rules.TablePlan) ([]*copyPart, error) {
	var total int64
	for _, tp := range tables {
		total += max(tp.Table.Bytes, 0)
	}
	threshold := splitThreshold(r.cfg.SplitTablesLargerThan, total, r.cfg.Workers)
	var candidates []uint32
	if threshold > 0 && r.model.ServerVersion >= tidRangeScanVersion {
		for _, tp := range tables {
			if splittable(tp) && tp.Table.Bytes > threshold {
				candidates = append(candidates, tp.Table.OID)
			}
		}
	}
	pages, err := r.heapPages(ctx, candidates)
	if err != nil {
		return nil, err
	}
	var out []*copyPart
	for _, tp := range tables {
		n := splitParts(tp.Table.Bytes, pages[tp.Table.OID], threshold, r.cfg.Workers)
		if n > 1 {
			r.cfg.Logger.Info("table split", "table", tp.Table.Name.String(), "bytes", tp.Table.Bytes, "pages", pages[tp.Table.OID],
				"parts", n, "threshold", threshold)
		}
		out = append(out, newTableCopy(tp, pages[tp.Table.OID], n)...)
	}
	return out, nil
}

// splittable reports whether a table may be read in ctid ranges. An
// extension's configuration table is read by its condition, in the order
// of its keys (copyExtensionConfig), and is never split; the model holds
// no foreign table or view, and heapPages leaves out tables whose storage
// is not heap.
func splittable(tp *rules.TablePlan) bool {
	return !tp.Table.ExtensionConfig() && tp.Table.HasData()
}

// heapPages reads the number of pages of the main fork of each table of
// oids whose access method is heap (ctid addresses a heap's pages; another
// access method's ctid may mean something else), on a session of its own:
// sizes are not transactional, and the read takes no lock that outlives
// it. A table dropped since the snapshot has no pages: it is read whole,
// and its copy says it was dropped (checkNotRewritten).
func (r *run) heapPages(ctx context.Context, oids []uint32) (map[uint32]int64, error) {
	out := map[uint32]int64{}
	if len(oids) == 0 {
		return out, nil
	}
	conn, err := r.prep.openSource(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, `SELECT c.oid, COALESCE(pg_catalog.pg_relation_size(c.oid, 'main'), 0) / current_setting('block_size')::int8
		FROM pg_catalog.pg_class c JOIN pg_catalog.pg_am a ON a.oid = c.relam
		WHERE c.oid = ANY($1::oid[]) AND a.amname = 'heap'`, oids)
	if err != nil {
		return nil, fmt.Errorf("source: read the sizes of the tables to split: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var oid uint32
		var n int64
		if err := rows.Scan(&oid, &n); err != nil {
			return nil, fmt.Errorf("source: read the sizes of the tables to split: %w", err)
		}
		out[oid] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("source: read the sizes of the tables to split: %w", err)
	}
	return out, nil
}

// sizeUnits are the units ParseSize knows, in bytes: PostgreSQL's
// (pg_size_bytes: kB, MB, ... are powers of 1024) and their IEC names.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40, "pb": 1 << 50,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40, "pib": 1 << 50,
}

// ParseSize reads a size such as 512MB, 1GiB, 1.5GB or 1048576 (bytes),
// units as PostgreSQL's pg_size_bytes reads them (powers of 1024, any
// case) or IEC's. It is how --split-tables-larger-than is read.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
	if i < 0 {
		i = len(t)
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	mult, ok := sizeUnits[unit]
	if !ok || num == "" {
		return 0, fmt.Errorf("size %q: want a number of bytes with an optional unit, such as 512MB or 1GiB (units B, kB, MB, GB, TB, PB, powers of 1024, or KiB, MiB, GiB, TiB, PiB)", s)
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v*float64(mult), 0) || v*float64(mult) >= math.MaxInt64 {
		return 0, fmt.Errorf("size %q: want a number of bytes with an optional unit, such as 512MB or 1GiB, at most 8 EiB", s)
	}
	return int64(math.Round(v * float64(mult))), nil
}
