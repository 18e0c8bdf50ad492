package subset

import (
	"container/heap"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// Options tune Compute.
type Options struct {
	// Secret keys the hash that percent and limit choose rows by.
	Secret []byte
	// Batch is the most values one query carries (default 100,000).
	Batch int
	// Logger receives a line per query at debug level (optional).
	Logger *slog.Logger
	// EstimateTotals takes each table's total rows from the planner's
	// statistics instead of counting them, and leaves the rows of tables
	// without a key uncounted (-1): a run counts them as it copies, and
	// saves a scan of every table.
	EstimateTotals bool
}

// Compute computes the sample on conn, which must be in a read-only
// transaction (the run's snapshot): it only reads. It runs the closure to
// a fixed point and counts each table's rows. Each query runs in a
// savepoint of that transaction, rolled back after, so the transaction
// holds the locks of one query's tables at a time, never the schema's.
func Compute(ctx context.Context, conn *pgx.Conn, m *schema.Model, spec *Spec, opt Options) (*Result, error) {
	start := time.Now()
	g, err := buildGraph(m, spec)
	if err != nil {
		return nil, err
	}
	if opt.Batch <= 0 {
		opt.Batch = 100_000
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	c := &closure{g: g, conn: conn, opt: opt, mac: hmac.New(sha256.New, opt.Secret)}
	// The text forms of keys must read back the same in the copy's
	// sessions, which use these settings too.
	for _, set := range []string{"SET LOCAL DateStyle = ISO", "SET LOCAL IntervalStyle = postgres", "SET LOCAL TimeZone = 'UTC'",
		"SET LOCAL extra_float_digits = 3", "SET LOCAL bytea_output = hex",
		// Compiling queries whose key lists run to megabytes costs more
		// than it saves.
		"SET LOCAL jit = off"} {
		if _, err := conn.Exec(ctx, set); err != nil {
			return nil, fmt.Errorf("subset: %w", err)
		}
	}
	if err := c.roots(ctx, spec.Roots); err != nil {
		return nil, err
	}
	if err := c.fullTables(ctx); err != nil {
		return nil, err
	}
	rounds := 0
	for {
		progressed, err := c.round(ctx)
		if err != nil {
			return nil, err
		}
		if !progressed {
			break
		}
		rounds++
	}
	res, err := c.result(ctx)
	if err != nil {
		return nil, err
	}
	res.Rounds = rounds
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

type closure struct {
	g    *graph
	conn *pgx.Conn
	opt  Options
	mac  hash.Hash
	sum  []byte
}

// rank is the keyed hash of a row's key, as a number: percent keeps the
// rows whose rank is below the share, limit the rows with the smallest.
func (c *closure) rank(t schema.Name, key []byte) uint64 {
	c.mac.Reset()
	c.mac.Write([]byte(t.Schema))
	c.mac.Write([]byte{0})
	c.mac.Write([]byte(t.Name))
	c.mac.Write([]byte{0})
	c.mac.Write(key)
	c.sum = c.mac.Sum(c.sum[:0])
	return binary.BigEndian.Uint64(c.sum)
}

// savepoint is where each query of the closure runs.
const savepoint = "understudy_subset"

// query runs sql (one statement, text results) and calls fn per row; the
// values are valid until fn returns. It runs in a savepoint rolled back
// after: the locks of the tables it read end there rather than with the
// transaction, which would otherwise hold one for every table of the
// schema (the snapshot stays as it was).
func (c *closure) query(ctx context.Context, sql string, fn func(vals [][]byte) error) error {
	start := time.Now()
	rows := 0
	if _, err := c.conn.Exec(ctx, "SAVEPOINT "+savepoint); err != nil {
		return fmt.Errorf("subset: source: %w", err)
	}
	rr := c.conn.PgConn().ExecParams(ctx, sql, nil, nil, nil, nil)
	var ferr error
	for rr.NextRow() {
		rows++
		if ferr = fn(rr.Values()); ferr != nil {
			break
		}
	}
	_, err := rr.Close()
	if _, rerr := c.conn.Exec(ctx, "ROLLBACK TO SAVEPOINT "+savepoint+"; RELEASE SAVEPOINT "+savepoint); rerr != nil && err == nil && ferr == nil {
		err = rerr
	}
	if ferr != nil {
		return ferr
	}
	if err != nil {
		return fmt.Errorf("subset: source: %w", err)
	}
	c.opt.Logger.Debug("subset query", "sql", abbreviate(sql, 160), "bytes", len(sql), "rows", rows, "seconds", time.Since(start).Seconds())
	return nil
}

// abbreviate shortens a query for the log: its key lists run to megabytes.
func abbreviate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// decode reads n columns from vals at i in codec cd's form; ok is false
// when one of them is NULL (no reference).
func decode(cd codec, vals [][]byte, i, n int) (value, bool, error) {
	if cd.integer {
		if vals[i] == nil {
			return value{}, false, nil
		}
		v, err := strconv.ParseInt(string(vals[i]), 10, 64)
		if err != nil {
			return value{}, false, fmt.Errorf("subset: read an integer key: %w", err)
		}
		return value{i: v}, true, nil
	}
	parts := vals[i : i+n]
	for _, p := range parts {
		if p == nil {
			return value{}, false, nil
		}
	}
	return value{s: tupleString(parts)}, true, nil
}

func (c *closure) roots(ctx context.Context, roots []Root) error {
	for _, r := range roots {
		t := c.g.m.Table(r.Table)
		if t == nil {
			return fmt.Errorf("subset root %s: no such table", r.Table)
		}
		u := c.g.byName[rootOf(c.g.m, t).Name]
		where := ""
		if r.Where != "" {
			f, err := pgsql.ParseFilter(r.Where)
			if err != nil {
				return fmt.Errorf("subset root %s: where: %w", r.Table, err)
			}
			where = f.SQL
		}
		switch u.how {
		case excluded:
			continue
		case full:
			// Every row is copied; a root on a full table says whose
			// children come along.
			if r.Percent > 0 || r.Limit > 0 {
				return fmt.Errorf("subset root %s: the table is listed under full, so every row is copied; a root on it takes where: alone (to say whose children come along)", r.Table)
			}
			sql := "SELECT " + strings.Join(u.layout.exprs, ", ") + " FROM " + u.from
			if where != "" {
				sql += " WHERE (" + where + ")"
			}
			if err := c.query(ctx, sql, func(vals [][]byte) error {
				u.rootRows++
				return c.expand(u, vals, value{}, false, true)
			}); err != nil {
				return fmt.Errorf("subset root %s: %w", r.Table, err)
			}
			continue
		case keyless:
			if r.Percent > 0 || r.Limit > 0 {
				return fmt.Errorf("subset root %s: no primary or unique key, so percent and limit cannot choose rows stably; use where:", r.Table)
			}
			if where == "" {
				where = "true"
			}
			u.rootFilters = append(u.rootFilters, where)
			sql := "SELECT " + strings.Join(u.layout.exprs, ", ") + " FROM " + u.from + " WHERE (" + where + ")"
			if err := c.query(ctx, sql, func(vals [][]byte) error {
				u.rootRows++
				return c.expand(u, vals, value{}, true, true)
			}); err != nil {
				return fmt.Errorf("subset root %s: %w", r.Table, err)
			}
			continue
		}
		rows, err := c.rootRows(ctx, u, r, where)
		if err != nil {
			return fmt.Errorf("subset root %s: %w", r.Table, err)
		}
		before := u.sel.len()
		for _, row := range rows {
			k, _, err := decode(u.keyC, row, 0, len(u.key))
			if err != nil {
				return err
			}
			isNew := u.sel.add(k)
			if isNew {
				u.rootRows++
			}
			if err := c.expand(u, row, k, isNew, u.down.add(k)); err != nil {
				return err
			}
		}
		if before == 0 && r.Percent == 0 && r.Limit == 0 && len(u.rootFilters) == 0 {
			u.exactFilter, u.exactRows = cmpOr(where, "true"), int64(len(rows))
		} else {
			u.exactFilter = ""
		}
		u.rootFilters = append(u.rootFilters, cmpOr(where, "true"))
	}
	return nil
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// rootRows reads the rows of a root (with the unit's layout, so their
// references need no second read): where: on the server, then percent and
// limit by keyed hash (or limit by order, on the server).
func (c *closure) rootRows(ctx context.Context, u *unit, r Root, where string) ([][][]byte, error) {
	sql := "SELECT " + strings.Join(u.layout.exprs, ", ") + " FROM " + u.from
	if where != "" {
		sql += " WHERE (" + where + ")"
	}
	if len(r.Order) > 0 {
		// Column references qualified by the table: a bare name in ORDER
		// BY means the output column of that name first, and the select
		// list casts every key column to text under its own name, so
		// ORDER BY n would sort an integer n as text (1, 10, 100, 2).
		qual := u.t.Name.Sanitize() + "."
		order, err := orderBy(qual, r.Order)
		if err != nil {
			return nil, err
		}
		keys := make([]string, len(u.keyExprs))
		for i, k := range u.keyExprs {
			keys[i] = qual + k
		}
		sql += " ORDER BY " + order + ", " + strings.Join(keys, ", ")
		if r.Percent == 0 && r.Limit > 0 {
			sql += " LIMIT " + strconv.FormatInt(r.Limit, 10)
		}
	}
	threshold := uint64(math.MaxUint64)
	if r.Percent > 0 && r.Percent < 100 {
		threshold = uint64(r.Percent / 100 * math.Exp2(64))
	}
	var rows [][][]byte
	top := &rankHeap{}
	err := c.query(ctx, sql, func(vals [][]byte) error {
		rk := uint64(0)
		if threshold != math.MaxUint64 || (r.Limit > 0 && len(r.Order) == 0) {
			rk = c.rank(u.t.Name, keyText(vals[:len(u.key)]))
			if rk >= threshold {
				return nil
			}
		}
		switch {
		case r.Limit > 0 && len(r.Order) > 0:
			if int64(len(rows)) < r.Limit {
				rows = append(rows, copyRow(vals))
			}
		case r.Limit > 0:
			if int64(top.Len()) >= r.Limit && (*top)[0].rank <= rk {
				return nil
			}
			heap.Push(top, ranked{rank: rk, row: copyRow(vals)})
			if int64(top.Len()) > r.Limit {
				heap.Pop(top)
			}
		default:
			rows = append(rows, copyRow(vals))
		}
		return nil
	})
	for _, x := range *top {
		rows = append(rows, x.row)
	}
	return rows, err
}

// copyRow copies values that are only valid until the next row is read.
func copyRow(vals [][]byte) [][]byte {
	row := make([][]byte, len(vals))
	for i, v := range vals {
		if v != nil {
			row[i] = append([]byte{}, v...)
		}
	}
	return row
}

// keyText is what the keyed hash reads: the key columns' text forms.
func keyText(parts [][]byte) []byte {
	if len(parts) == 1 {
		return parts[0]
	}
	return []byte(tupleString(parts))
}

// orderBy writes root order: entries with every column quoted and
// qualified by qual (the table's name and a dot), and only ASC, DESC,
// NULLS FIRST and NULLS LAST allowed after it.
func orderBy(qual string, order []string) (string, error) {
	out := make([]string, len(order))
	for i, o := range order {
		f := strings.Fields(o)
		if len(f) == 0 {
			return "", errors.New("order: an empty entry")
		}
		s := qual + pgx.Identifier{f[0]}.Sanitize()
		rest := strings.ToUpper(strings.Join(f[1:], " "))
		switch rest {
		case "", "ASC", "DESC", "NULLS FIRST", "NULLS LAST", "ASC NULLS FIRST", "ASC NULLS LAST", "DESC NULLS FIRST", "DESC NULLS LAST":
			if rest != "" {
				s += " " + rest
			}
		default:
			return "", fmt.Errorf("order: %q: want column [ASC|DESC] [NULLS FIRST|LAST]", o)
		}
		out[i] = s
	}
	return strings.Join(out, ", "), nil
}

type ranked struct {
	rank uint64
	v    value
	row  [][]byte
}

// rankHeap keeps the largest rank on top, so popping keeps the smallest N.
type rankHeap []ranked

func (h rankHeap) Len() int           { return len(h) }
func (h rankHeap) Less(i, j int) bool { return h[i].rank > h[j].rank }
func (h rankHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *rankHeap) Push(x any)        { *h = append(*h, x.(ranked)) }
func (h *rankHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// fullTables reads the references of every row of the full tables: their
// parents come along, their children do not.
func (c *closure) fullTables(ctx context.Context) error {
	for _, u := range c.g.units {
		if u.how != full {
			continue
		}
		pulls := false
		for _, e := range u.out {
			pulls = pulls || e.pulls()
		}
		if !pulls {
			continue
		}
		sql := "SELECT " + strings.Join(u.layout.exprs, ", ") + " FROM " + u.from
		if err := c.query(ctx, sql, func(vals [][]byte) error { return c.expand(u, vals, value{}, true, false) }); err != nil {
			return fmt.Errorf("subset: full table %s: %w", u.t.Name, err)
		}
	}
	return nil
}

// addKey selects key k of unit u (down: its children are followed). It
// reports whether the key is new.
func (c *closure) addKey(u *unit, k value, down bool) bool {
	isNew := u.sel.add(k)
	if isNew {
		for _, e := range u.out {
			if e.pulls() {
				u.needUp.add(k)
				break
			}
		}
	}
	if down && u.down.add(k) {
		for _, e := range u.in {
			if !e.follows() {
				continue
			}
			if e.byKey {
				c.pushDown(e, k)
			} else {
				u.needDown.add(k)
			}
		}
	}
	return isNew
}

// expand handles one row of u read with its layout: with up, the rows it
// references are wanted; with down, the rows that reference it.
func (c *closure) expand(u *unit, vals [][]byte, k value, up, down bool) error {
	l := u.layout
	if up {
		for i, e := range u.out {
			if !e.pulls() {
				continue
			}
			v, ok, err := decode(e.c, vals, l.outAt[i], len(e.childCols))
			if err != nil {
				return err
			}
			if ok {
				c.pushUp(e, v)
			}
		}
	}
	if down {
		for i, e := range u.in {
			if !e.follows() {
				continue
			}
			if l.inAt[i] < 0 {
				if u.how == sampled {
					c.pushDown(e, k)
				}
				continue
			}
			v, ok, err := decode(e.c, vals, l.inAt[i], len(e.parentCols))
			if err != nil {
				return err
			}
			if ok {
				c.pushDown(e, v)
			}
		}
	}
	return nil
}

// pushUp wants the parent row of value v: a foreign key to the parent's key
// names it directly; any other reference is resolved by a query.
func (c *closure) pushUp(e *edge, v value) {
	if e.byKey && !e.virtual {
		if c.addKey(e.parent, v, false) {
			e.parents++
		}
		return
	}
	if e.upSeen.add(v) {
		e.up.add(v)
	}
}

// pushDown wants the children of parent value v, once.
func (c *closure) pushDown(e *edge, v value) {
	if e.downSeen.add(v) {
		e.down.add(v)
	}
}

// round does the pending work once: reads the rows of newly selected keys,
// resolves references, fetches children. It reports whether there was any.
func (c *closure) round(ctx context.Context) (bool, error) {
	did := false
	for _, u := range c.g.units {
		if u.how != sampled || u.needUp.len()+u.needDown.len() == 0 {
			continue
		}
		did = true
		if err := c.readKeys(ctx, u); err != nil {
			return false, err
		}
	}
	for _, e := range c.g.edges {
		if e.up.len() > 0 {
			did = true
			if err := c.resolveUp(ctx, e); err != nil {
				return false, err
			}
		}
		if e.down.len() > 0 {
			did = true
			if err := c.fetchChildren(ctx, e); err != nil {
				return false, err
			}
		}
	}
	return did, nil
}

// readKeys reads the rows of the keys whose references or referenced
// columns are not known yet.
func (c *closure) readKeys(ctx context.Context, u *unit) error {
	needUp, needDown := u.needUp, u.needDown
	u.needUp, u.needDown = newKeySet(u.keyC), newKeySet(u.keyC)
	all := newKeySet(u.keyC)
	for _, v := range needUp.values() {
		all.add(v)
	}
	for _, v := range needDown.values() {
		all.add(v)
	}
	head := "SELECT " + strings.Join(u.layout.exprs, ", ") + " FROM " + u.from + " WHERE "
	for batch := range chunks(all.values(), c.opt.Batch) {
		err := c.query(ctx, head+u.keyOp.in(u.keyC, batch), func(vals [][]byte) error {
			k, ok, err := decode(u.keyC, vals, 0, len(u.key))
			if err != nil || !ok {
				return err
			}
			return c.expand(u, vals, k, needUp.has(k), needDown.has(k))
		})
		if err != nil {
			return fmt.Errorf("subset: read %s: %w", u.t.Name, err)
		}
	}
	return nil
}

// resolveUp reads the parent rows that selected children reference by a
// virtual key or a key other than the parent's row key.
func (c *closure) resolveUp(ctx context.Context, e *edge) error {
	vs := e.up.values()
	e.up = newKeySet(e.c)
	p := e.parent
	head := "SELECT " + strings.Join(p.layout.exprs, ", ") + " FROM " + p.from + " WHERE "
	for batch := range chunks(vs, c.opt.Batch) {
		err := c.query(ctx, head+e.parentOp.in(e.c, batch), func(vals [][]byte) error {
			return c.arrive(p, e, vals, false)
		})
		if err != nil {
			return fmt.Errorf("subset: parents of %s: %w", e.label(), err)
		}
	}
	return nil
}

// arrive handles a row of u reached through edge e (as a child when down).
func (c *closure) arrive(u *unit, e *edge, vals [][]byte, down bool) error {
	if u.how == keyless {
		if down {
			e.children++
		} else {
			e.parents++
		}
		return c.expand(u, vals, value{}, true, down)
	}
	k, ok, err := decode(u.keyC, vals, 0, len(u.key))
	if err != nil || !ok {
		return err
	}
	isNew := u.sel.add(k)
	if isNew {
		if down {
			e.children++
		} else {
			e.parents++
		}
	}
	return c.expand(u, vals, k, isNew, down && u.down.add(k))
}

// fetchChildren reads the rows that reference the parent values waiting on
// e, keeping at most N per parent under a limit policy (those with the
// smallest keyed hash of their key).
func (c *closure) fetchChildren(ctx context.Context, e *edge) error {
	vs := e.down.values()
	e.down = newKeySet(e.c)
	u := e.child
	head := "SELECT " + strings.Join(u.layout.exprs, ", ") + " FROM " + u.from + " WHERE "
	limit := e.policy.Mode == Limit && u.how == sampled
	at := 0
	for i, o := range u.out {
		if o == e {
			at = u.layout.outAt[i]
		}
	}
	for batch := range chunks(vs, c.opt.Batch) {
		sql := head + e.childOp.in(e.c, batch)
		groups := map[value]*rankHeap{}
		err := c.query(ctx, sql, func(vals [][]byte) error {
			if !limit {
				return c.arrive(u, e, vals, true)
			}
			pv, ok, err := decode(e.c, vals, at, len(e.childCols))
			if err != nil || !ok {
				return err
			}
			h := groups[pv]
			if h == nil {
				h = &rankHeap{}
				groups[pv] = h
			}
			rk := c.rank(u.t.Name, keyText(vals[:len(u.key)]))
			if int64(h.Len()) >= e.policy.N && (*h)[0].rank <= rk {
				return nil
			}
			heap.Push(h, ranked{rank: rk, row: copyRow(vals)})
			if int64(h.Len()) > e.policy.N {
				heap.Pop(h)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("subset: children through %s: %w", e.label(), err)
		}
		for _, h := range groups {
			for _, x := range *h {
				if err := c.arrive(u, e, x.row, true); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
