package datagen

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/schema"
)

// Version changes whenever the rows Fill writes for a given Config change,
// so that templates built from them are rebuilt.
const Version = 1

// Config sets what Fill writes. The zero value fills 20 rows per table
// with seed 1.
type Config struct {
	// Rows is the number of rows per table (per leaf partition): the scale
	// knob.
	Rows int
	// Seed seeds every generator; the same seed gives the same rows.
	Seed uint64
}

func (c Config) rows() int {
	if c.Rows <= 0 {
		return 20
	}
	return c.Rows
}

func (c Config) seed() uint64 {
	if c.Seed == 0 {
		return 1
	}
	return c.Seed
}

// Key names what Fill writes under this Config, for a fixture's hash.
func (c Config) Key() string {
	return fmt.Sprintf("datagen/v%d rows=%d seed=%d", Version, c.rows(), c.seed())
}

// Stats is what Fill did.
type Stats struct {
	// Rows is the number of rows inserted per table ("schema"."table").
	Rows map[string]int
	// Skipped counts, per table, rows given up after every draw was
	// rejected, and Errors keeps the first rejection of each such table.
	Skipped map[string]int
	Errors  map[string]string
	// Linked counts the rows a second pass gave a parent on a foreign key
	// broken to load a cycle.
	Linked int
}

// maxDraws bounds how often one row is drawn again after PostgreSQL
// rejects it.
const maxDraws = 12

// Fill inserts cfg.Rows rows into every table of the database conn points
// at (see the package documentation), in one transaction, then analyzes
// the database. The tables are expected empty.
func Fill(ctx context.Context, conn *pgx.Conn, cfg Config) (*Stats, error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("datagen: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SET CONSTRAINTS ALL DEFERRED"); err != nil {
		return nil, fmt.Errorf("datagen: %w", err)
	}
	g, err := newGenerator(ctx, tx, cfg)
	if err != nil {
		return nil, err
	}
	for _, p := range g.order {
		if err := g.fillTable(ctx, tx, p); err != nil {
			return nil, err
		}
	}
	if err := g.linkBroken(ctx, tx); err != nil {
		return nil, err
	}
	if err := g.setSequences(ctx, tx); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("datagen: commit: %w", err)
	}
	if _, err := conn.Exec(ctx, "ANALYZE"); err != nil {
		return nil, fmt.Errorf("datagen: analyze: %w", err)
	}
	return g.stats, nil
}

// generator holds the catalog and the rows inserted so far.
type generator struct {
	cfg    Config
	model  *schema.Model
	order  []*tablePlan
	plans  map[schema.Name]*tablePlan
	broken map[*schema.ForeignKey]bool
	stats  *Stats
}

// tablePlan is how one table is filled.
type tablePlan struct {
	t       *schema.Table
	cols    []*colPlan
	byName  map[string]*colPlan
	fks     []*schema.ForeignKey // foreign keys filled on insert
	broken  []*schema.ForeignKey // filled afterwards (a cycle broken here)
	uniques []uniqueIndex
	// bound is the leaf partition's key column and the values it takes
	// (nil: any value).
	bound *partBound
	// keep lists the columns read back after each insert: those a foreign
	// key references and the row key (for the second pass).
	keep []string
	// rows holds the kept columns of every inserted row, in text form; a
	// partitioned parent collects its leaves' rows.
	rows []map[string]*string
	// seen holds, per unique index, the tuples inserted so far.
	seen []map[string]bool
	fake *gofakeit.Faker
	// n numbers the draws, so values of unique columns differ.
	n int
}

type colPlan struct {
	c        *schema.Column
	cast     string // the column's type, for $n::text::type
	distinct bool   // in a unique index: make values differ per draw
	choices  []string
	// lo and hi bound numbers, from CHECKs comparing the column with a
	// constant (ranges, BETWEEN).
	lo, hi *float64
}

type uniqueIndex struct {
	cols             []string
	nullsNotDistinct bool
}

type partBound struct {
	column   string
	from, to string   // range: [from, to), in text form
	list     []string // list: one of these
}

func newGenerator(ctx context.Context, tx pgx.Tx, cfg Config) (*generator, error) {
	m, err := schema.Load(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("datagen: %w", err)
	}
	order, err := m.LoadOrder()
	if err != nil {
		return nil, fmt.Errorf("datagen: %w", err)
	}
	g := &generator{cfg: cfg, model: m, plans: map[schema.Name]*tablePlan{}, broken: map[*schema.ForeignKey]bool{},
		stats: &Stats{Rows: map[string]int{}, Skipped: map[string]int{}, Errors: map[string]string{}}}
	for _, fk := range order.Broken {
		g.broken[fk] = true
	}
	checks, err := loadChecks(ctx, tx)
	if err != nil {
		return nil, err
	}
	uniques, err := loadUniqueIndexes(ctx, tx)
	if err != nil {
		return nil, err
	}
	for _, t := range m.Tables {
		p := &tablePlan{t: t, byName: map[string]*colPlan{}, fake: gofakeit.New(cfg.seed() ^ hash(t.Name.String()))}
		for _, c := range t.Columns {
			if c.Generated != "" {
				continue
			}
			cp := &colPlan{c: c, cast: c.Type.Display}
			cp.choices = inList(checks.domains[domainOID(c.Type)], "VALUE")
			if l := inList(checks.tables[t.OID], c.Name); l != nil {
				cp.choices = l
			}
			cp.lo, cp.hi = bounds(checks.domains[domainOID(c.Type)], "VALUE")
			if lo, hi := bounds(checks.tables[t.OID], c.Name); lo != nil || hi != nil {
				cp.lo, cp.hi = lo, hi
			}
			p.cols = append(p.cols, cp)
			p.byName[c.Name] = cp
		}
		for _, u := range uniques[t.OID] {
			for _, name := range u.distinct {
				if cp := p.byName[name]; cp != nil {
					cp.distinct = true
				}
			}
			if u.plain != nil {
				p.uniques = append(p.uniques, uniqueIndex{cols: u.plain, nullsNotDistinct: u.nullsNotDistinct})
				p.seen = append(p.seen, map[string]bool{})
			}
		}
		g.plans[t.Name] = p
	}
	// Foreign keys: a partition inherits its ancestors'; the referenced
	// columns are kept, on the table and on every ancestor.
	for _, t := range m.Tables {
		p := g.plans[t.Name]
		for a := t; a != nil; a = g.parentOf(a) {
			for _, fk := range a.ForeignKeys {
				if g.broken[fk] {
					p.broken = append(p.broken, fk)
				} else {
					p.fks = append(p.fks, fk)
				}
				g.plans[fk.To].keepColumns(fk.ToColumns...)
			}
		}
		if k := t.RowKey(); k != nil {
			p.keepColumns(k.Columns...)
		}
	}
	// A leaf's rows are its ancestors' rows: it keeps what they keep.
	for _, t := range m.Tables {
		for a := g.parentOf(t); a != nil; a = g.parentOf(a) {
			g.plans[t.Name].keepColumns(g.plans[a.Name].keep...)
		}
	}
	for _, t := range m.Tables {
		if t.Kind == schema.KindPartition && t.Parent != nil {
			g.plans[t.Name].bound = partitionBound(m.Table(*t.Parent), t)
		}
	}
	g.order = g.fillOrder(order.Tables)
	return g, nil
}

func (g *generator) parentOf(t *schema.Table) *schema.Table {
	if t.Parent == nil {
		return nil
	}
	return g.model.Table(*t.Parent)
}

func (p *tablePlan) keepColumns(names ...string) {
	for _, n := range names {
		found := false
		for _, k := range p.keep {
			found = found || k == n
		}
		if !found {
			p.keep = append(p.keep, n)
		}
	}
}

// fillOrder is the load order with each leaf moved after its ancestors:
// the foreign keys of a partitioned table are the parent's, and the load
// order places the parent after the tables they reference, not its
// leaves. Partitioned tables hold no rows and are left out.
func (g *generator) fillOrder(tables []schema.Name) []*tablePlan {
	pos := map[schema.Name]int{}
	for i, n := range tables {
		pos[n] = i
	}
	type entry struct {
		p   *tablePlan
		key int
	}
	var entries []entry
	for _, n := range tables {
		t := g.model.Table(n)
		// An extension's configuration table holds the extension's own
		// rows (PostGIS's SRIDs): not the generator's to fill.
		if !t.HasData() || t.ExtensionConfig() {
			continue
		}
		key := pos[n]
		for a := g.parentOf(t); a != nil; a = g.parentOf(a) {
			key = max(key, pos[a.Name])
		}
		entries = append(entries, entry{g.plans[n], key})
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	out := make([]*tablePlan, len(entries))
	for i, e := range entries {
		out[i] = e.p
	}
	return out
}

// fillTable inserts the table's rows, each drawn again when PostgreSQL
// rejects it, and keeps what later tables reference.
func (g *generator) fillTable(ctx context.Context, tx pgx.Tx, p *tablePlan) error {
	name := p.t.Name.String()
	var insertCols []string
	for _, cp := range p.cols {
		insertCols = append(insertCols, pgx.Identifier{cp.c.Name}.Sanitize())
	}
	var params []string
	for i, cp := range p.cols {
		params = append(params, fmt.Sprintf("$%d::text::%s", i+1, cp.cast))
	}
	var returning []string
	for _, k := range p.keep {
		returning = append(returning, pgx.Identifier{k}.Sanitize()+"::text")
	}
	sql := "INSERT INTO " + p.t.Name.Sanitize() + " (" + strings.Join(insertCols, ", ") + ") OVERRIDING SYSTEM VALUE VALUES (" +
		strings.Join(params, ", ") + ")"
	if len(returning) > 0 {
		sql += " RETURNING " + strings.Join(returning, ", ")
	}
	if len(p.cols) == 0 {
		sql = "INSERT INTO " + p.t.Name.Sanitize() + " DEFAULT VALUES"
	}
	for range g.cfg.rows() {
		inserted := false
		for range maxDraws {
			row, ok := g.drawRow(p)
			if !ok {
				continue
			}
			keys, ok := p.uniqueTuples(row)
			if !ok {
				continue
			}
			args := make([]any, len(p.cols))
			for i, cp := range p.cols {
				if v := row[cp.c.Name]; v != nil {
					args[i] = *v
				}
			}
			kept, err := insert(ctx, tx, sql, args, len(p.keep))
			if err != nil {
				var pgErr *pgconn.PgError
				if !errors.As(err, &pgErr) {
					return fmt.Errorf("datagen: %s: %w", name, err)
				}
				if _, ok := g.stats.Errors[name]; !ok {
					g.stats.Errors[name] = pgErr.Error()
				}
				continue
			}
			for i, k := range keys {
				if k != "" {
					p.seen[i][k] = true
				}
			}
			keptRow := map[string]*string{}
			for i, k := range p.keep {
				keptRow[k] = kept[i]
			}
			for a := p.t; a != nil; a = g.parentOf(a) {
				ap := g.plans[a.Name]
				ap.rows = append(ap.rows, keptRow)
			}
			inserted = true
			break
		}
		if inserted {
			g.stats.Rows[name]++
		} else {
			g.stats.Skipped[name]++
		}
	}
	if g.stats.Skipped[name] == 0 {
		delete(g.stats.Errors, name)
	}
	return nil
}

// insert runs one INSERT under a savepoint, so a rejected row leaves the
// transaction usable, and returns the kept columns.
func insert(ctx context.Context, tx pgx.Tx, sql string, args []any, kept int) ([]*string, error) {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*string, kept)
	dest := make([]any, kept)
	for i := range out {
		dest[i] = &out[i]
	}
	if kept > 0 {
		err = sp.QueryRow(ctx, sql, args...).Scan(dest...)
	} else {
		_, err = sp.Exec(ctx, sql, args...)
	}
	if err != nil {
		_ = sp.Rollback(ctx)
		return nil, err
	}
	return out, sp.Commit(ctx)
}

// drawRow draws one row: foreign keys from parents' rows, the rest from the
// column's type and name. ok is false when a NOT NULL foreign key has no
// parent row to take.
func (g *generator) drawRow(p *tablePlan) (map[string]*string, bool) {
	p.n++
	row := map[string]*string{}
	set := map[string]bool{}
	for _, fk := range p.fks {
		parent := g.plans[fk.To]
		nullable := fk.Nullable
		if nullable && p.fake.IntN(8) == 0 {
			setNull(row, set, p, fk.FromColumns)
			continue
		}
		var candidates []map[string]*string
		for _, r := range parent.rows {
			if fk.SelfReference() || matches(r, row, set, fk) {
				candidates = append(candidates, r)
			}
		}
		if fk.SelfReference() && len(candidates) == 0 {
			if nullable {
				setNull(row, set, p, fk.FromColumns)
				continue
			}
			// The row's first reference is to itself: draw the referenced
			// columns and copy them over.
			for i, c := range fk.ToColumns {
				v := g.value(p, p.byName[c])
				row[c], row[fk.FromColumns[i]] = v, v
				set[c], set[fk.FromColumns[i]] = true, true
			}
			continue
		}
		if len(candidates) == 0 {
			if nullable {
				setNull(row, set, p, fk.FromColumns)
				continue
			}
			return nil, false
		}
		r := candidates[p.fake.IntN(len(candidates))]
		for i, c := range fk.FromColumns {
			row[c] = r[fk.ToColumns[i]]
			set[c] = true
		}
	}
	for _, fk := range p.broken {
		if fk.Nullable {
			setNull(row, set, p, fk.FromColumns)
		}
		// NOT NULL and deferrable: a placeholder drawn below, replaced by
		// linkBroken before the commit checks it.
	}
	for _, cp := range p.cols {
		if set[cp.c.Name] {
			continue
		}
		if p.bound != nil && p.bound.column == cp.c.Name {
			row[cp.c.Name] = p.bound.draw(p.fake, cp)
			continue
		}
		if !cp.c.NotNull && !cp.distinct && p.fake.IntN(10) == 0 {
			row[cp.c.Name] = nil
			continue
		}
		row[cp.c.Name] = g.value(p, cp)
	}
	return row, true
}

func setNull(row map[string]*string, set map[string]bool, p *tablePlan, cols []string) {
	for _, c := range cols {
		if cp := p.byName[c]; cp != nil && !cp.c.NotNull {
			row[c] = nil
			set[c] = true
		}
	}
}

// matches reports whether a parent row agrees with the columns of the row
// that earlier foreign keys set, where this key shares them.
func matches(parent, row map[string]*string, set map[string]bool, fk *schema.ForeignKey) bool {
	for i, c := range fk.FromColumns {
		if !set[c] {
			continue
		}
		a, b := row[c], parent[fk.ToColumns[i]]
		if a == nil || b == nil || *a != *b {
			return false
		}
	}
	return true
}

// uniqueTuples returns the row's tuple for each unique index ("" when a
// NULL exempts it), or ok false when one was inserted already.
func (p *tablePlan) uniqueTuples(row map[string]*string) ([]string, bool) {
	keys := make([]string, len(p.uniques))
	for i, u := range p.uniques {
		var b strings.Builder
		exempt := false
		for _, c := range u.cols {
			v := row[c]
			if v == nil {
				if !u.nullsNotDistinct {
					exempt = true
				}
				b.WriteString("\x01N")
			} else {
				b.WriteString("\x01V" + *v)
			}
		}
		if exempt {
			continue
		}
		keys[i] = b.String()
		if p.seen[i][keys[i]] {
			return nil, false
		}
	}
	return keys, true
}

// linkBroken gives the rows of a table whose foreign key was broken to
// load a cycle a parent row, now that the parent table has rows: every
// NOT NULL one, and seven in eight nullable ones. A row whose update is
// rejected (a unique key on the column) keeps its NULL; a NOT NULL one is
// deleted.
func (g *generator) linkBroken(ctx context.Context, tx pgx.Tx) error {
	for _, p := range g.order {
		key := p.t.RowKey()
		for _, fk := range p.broken {
			if key == nil {
				continue
			}
			parent := g.plans[fk.To]
			var set, where []string
			for i, c := range fk.FromColumns {
				set = append(set, fmt.Sprintf("%s = $%d::text::%s", pgx.Identifier{c}.Sanitize(), i+1, p.byName[c].cast))
			}
			for i, c := range key.Columns {
				where = append(where, fmt.Sprintf("%s = $%d::text::%s", pgx.Identifier{c}.Sanitize(), len(fk.FromColumns)+i+1, p.byName[c].cast))
			}
			update := "UPDATE " + p.t.Name.Sanitize() + " SET " + strings.Join(set, ", ") + " WHERE " + strings.Join(where, " AND ")
			del := "DELETE FROM " + p.t.Name.Sanitize() + " WHERE " + strings.Join(where, " AND ")
			for _, r := range p.rows {
				if len(parent.rows) == 0 || (fk.Nullable && p.fake.IntN(8) == 0) {
					if !fk.Nullable {
						if _, err := insert(ctx, tx, del, keyArgs(nil, r, key), 0); err != nil {
							return fmt.Errorf("datagen: %s: %w", p.t.Name, err)
						}
					}
					continue
				}
				pr := parent.rows[p.fake.IntN(len(parent.rows))]
				args := make([]any, 0, len(fk.FromColumns)+len(key.Columns))
				for _, c := range fk.ToColumns {
					args = append(args, text(pr[c]))
				}
				args = keyArgs(args, r, key)
				if _, err := insert(ctx, tx, update, args, 0); err != nil {
					if !fk.Nullable {
						if _, err := insert(ctx, tx, del, keyArgs(nil, r, key), 0); err != nil {
							return fmt.Errorf("datagen: %s: %w", p.t.Name, err)
						}
					}
					continue
				}
				g.stats.Linked++
			}
		}
	}
	return nil
}

func keyArgs(args []any, r map[string]*string, key *schema.Key) []any {
	for _, c := range key.Columns {
		args = append(args, text(r[c]))
	}
	return args
}

func text(v *string) any {
	if v == nil {
		return nil
	}
	return *v
}

// setSequences moves every sequence that feeds an integer column past the
// largest value inserted there.
func (g *generator) setSequences(ctx context.Context, tx pgx.Tx) error {
	for _, s := range g.model.Sequences {
		refs := s.UsedBy
		if s.OwnedBy != nil {
			refs = append([]schema.ColumnRef{*s.OwnedBy}, refs...)
		}
		for _, ref := range refs {
			t := g.model.Table(ref.Table)
			if t == nil || t.Column(ref.Column) == nil {
				continue
			}
			switch t.Column(ref.Column).Type.Underlying().Name {
			case "int2", "int4", "int8":
			default:
				continue
			}
			q := fmt.Sprintf("SELECT setval(%s, max(%s)) FROM %s HAVING max(%s) IS NOT NULL",
				quoteLiteral(s.Name.Sanitize()), pgx.Identifier{ref.Column}.Sanitize(), t.Name.Sanitize(), pgx.Identifier{ref.Column}.Sanitize())
			if _, err := tx.Exec(ctx, q); err != nil {
				return fmt.Errorf("datagen: sequence %s: %w", s.Name, err)
			}
		}
	}
	return nil
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// checks holds the CHECK constraints' definitions, by table and by domain.
type checks struct {
	tables  map[uint32][]string
	domains map[uint32][]string
}

func loadChecks(ctx context.Context, tx pgx.Tx) (*checks, error) {
	rows, err := tx.Query(ctx, `SELECT conrelid, contypid, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c' ORDER BY oid`)
	if err != nil {
		return nil, fmt.Errorf("datagen: read checks: %w", err)
	}
	c := &checks{tables: map[uint32][]string{}, domains: map[uint32][]string{}}
	for rows.Next() {
		var rel, typ uint32
		var def string
		if err := rows.Scan(&rel, &typ, &def); err != nil {
			return nil, fmt.Errorf("datagen: read checks: %w", err)
		}
		if rel != 0 {
			c.tables[rel] = append(c.tables[rel], def)
		} else {
			c.domains[typ] = append(c.domains[typ], def)
		}
	}
	return c, rows.Err()
}

func domainOID(t *schema.Type) uint32 {
	if t.Kind == schema.TypeDomain {
		return t.OID
	}
	return 0
}

var (
	// anyArray is col = ANY (ARRAY[...]), as PostgreSQL deparses col IN
	// (...), with the casts it adds on either side.
	anyArray = regexp.MustCompile(`\(*"?([^"()\s:]+)"?\)*(?:::[\w ]+)?\s*=\s*ANY\s*\(+ARRAY\[([^\]]*)\]`)
	literal  = regexp.MustCompile(`'((?:[^']|'')*)'`)
)

// inList returns the values a CHECK of the form col IN (...) allows the
// column, from the first such definition; nil when there is none.
func inList(defs []string, column string) []string {
	for _, def := range defs {
		for _, m := range anyArray.FindAllStringSubmatch(def, -1) {
			if m[1] != column {
				continue
			}
			var out []string
			for _, l := range literal.FindAllStringSubmatch(m[2], -1) {
				out = append(out, strings.ReplaceAll(l[1], "''", "'"))
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// comparison is col op constant, as PostgreSQL deparses it (casts
// included: (price >= (0)::numeric)).
var comparison = regexp.MustCompile(`\(*"?([^"()\s:]+)"?\)*(?:::[\w ]+?)?\s*(>=|<=|>|<)\s*\(*'?(-?\d+(?:\.\d+)?)'?\)*`)

// bounds returns the range CHECKs comparing the column with constants
// allow it (for integers: > 0 is >= 1), nil where unbounded. A bound under
// an OR is taken too, which only narrows the values drawn.
func bounds(defs []string, column string) (lo, hi *float64) {
	for _, def := range defs {
		for _, m := range comparison.FindAllStringSubmatch(def, -1) {
			if m[1] != column {
				continue
			}
			v, err := strconv.ParseFloat(m[3], 64)
			if err != nil {
				continue
			}
			switch m[2] {
			case ">":
				v++
				fallthrough
			case ">=":
				if lo == nil || v > *lo {
					lo = &v
				}
			case "<":
				v--
				fallthrough
			case "<=":
				if hi == nil || v < *hi {
					hi = &v
				}
			}
		}
	}
	return lo, hi
}

// uniqueRow is one unique index: its plain columns (nil when it has
// expressions) and the columns to make distinct (its plain columns and
// those its expressions name).
type uniqueRow struct {
	plain            []string
	distinct         []string
	nullsNotDistinct bool
}

func loadUniqueIndexes(ctx context.Context, tx pgx.Tx) (map[uint32][]uniqueRow, error) {
	rows, err := tx.Query(ctx, `
SELECT i.indrelid, i.indnullsnotdistinct, i.indexprs IS NOT NULL,
       ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o),
       ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum > 0 AND NOT a.attisdropped
             AND i.indexprs IS NOT NULL AND pg_get_expr(i.indexprs, i.indrelid) ~ ('\m' || a.attname || '\M'))
FROM pg_index i
WHERE i.indisunique
ORDER BY i.indrelid, i.indexrelid`)
	if err != nil {
		return nil, fmt.Errorf("datagen: read unique indexes: %w", err)
	}
	out := map[uint32][]uniqueRow{}
	for rows.Next() {
		var rel uint32
		var nnd, exprs bool
		var plain, named []string
		if err := rows.Scan(&rel, &nnd, &exprs, &plain, &named); err != nil {
			return nil, fmt.Errorf("datagen: read unique indexes: %w", err)
		}
		u := uniqueRow{distinct: append(plain, named...), nullsNotDistinct: nnd}
		if !exprs {
			u.plain = plain
		}
		out[rel] = append(out[rel], u)
	}
	return out, rows.Err()
}

var (
	singleKey  = regexp.MustCompile(`^(?i:range|list) \(("[^"]+"|[a-z_][a-z0-9_$]*)\)$`)
	rangeBound = regexp.MustCompile(`^FOR VALUES FROM \(([^,]+)\) TO \(([^,]+)\)$`)
	listBound  = regexp.MustCompile(`^FOR VALUES IN \((.*)\)$`)
)

// partitionBound reads a leaf's bound on a single-column key: a range
// FROM (a) TO (b) or a list IN (...). Other bounds (DEFAULT, hash,
// MINVALUE, several columns) give nil: values are drawn freely and
// PostgreSQL rejects those outside.
func partitionBound(parent, leaf *schema.Table) *partBound {
	if parent == nil {
		return nil
	}
	m := singleKey.FindStringSubmatch(parent.PartitionKey)
	if m == nil {
		return nil
	}
	col := strings.Trim(m[1], `"`)
	if r := rangeBound.FindStringSubmatch(leaf.PartitionBound); r != nil {
		from, to := unquote(r[1]), unquote(r[2])
		if from == "MINVALUE" || to == "MAXVALUE" {
			return nil
		}
		return &partBound{column: col, from: from, to: to}
	}
	if l := listBound.FindStringSubmatch(leaf.PartitionBound); l != nil {
		var vals []string
		for _, v := range strings.Split(l[1], ",") {
			if v = unquote(strings.TrimSpace(v)); v != "NULL" {
				vals = append(vals, v)
			}
		}
		return &partBound{column: col, list: vals}
	}
	return nil
}

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}
