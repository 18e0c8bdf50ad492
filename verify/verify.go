package verify

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// MaxRowKeys is how many row keys a credential finding lists; Rows counts
// them all.
const MaxRowKeys = 10

// Config is what Check needs.
type Config struct {
	// Plan is the rules file resolved against the source schema: it says
	// which columns are masked and carries the virtual foreign keys.
	Plan *rules.Plan
	// SourceURL is read in one read-only snapshot; TargetURL is the staging
	// database checked.
	SourceURL, TargetURL string
	// Strict fails the check on rule drift as well.
	Strict bool
	// Snapshot, when set, is an exported snapshot of the source (a run's):
	// the source is read as of that instant, the one staging was copied at.
	Snapshot string
}

func (c *Config) validate() error {
	switch {
	case c.Plan == nil:
		return errors.New("verify: Config.Plan is nil: resolve the rules against the source first")
	case c.SourceURL == "":
		return errors.New("verify: Config.SourceURL is empty: name the production database")
	case c.TargetURL == "":
		return errors.New("verify: Config.TargetURL is empty: name the staging database")
	}
	return nil
}

// Report is the outcome of Check. It never holds a value of the data.
type Report struct {
	Source string `json:"source"` // user@host:port/database
	Target string `json:"target"`
	// Checked is when the check began reading both databases.
	Checked time.Time `json:"checked"`
	// RulesSHA256 is the rules file checked against (rules.Config.SHA256).
	RulesSHA256 string `json:"rules_sha256"`
	// Snapshot is the source snapshot read, when a run handed one over.
	Snapshot string `json:"source_snapshot,omitempty"`

	Integrity   []ForeignKeyCheck `json:"integrity"`
	Leaks       []Leak            `json:"leaks"`
	Credentials []Credential      `json:"credentials"`
	Catalog     []CatalogFinding  `json:"catalog"`
	// Notes are checks that could not run, and why.
	Notes []string `json:"notes,omitempty"`
	// Drift lists the source's columns that the rules leave uncovered (PII
	// without a rule) or never mention: a migration the rules have not
	// caught up with. It fails the check only when Strict.
	Drift  []string `json:"drift"`
	Strict bool     `json:"strict"`
}

// ForeignKeyCheck is one foreign key, declared or virtual, checked in the
// target.
type ForeignKeyCheck struct {
	Name       string `json:"name"`
	Table      string `json:"table"`
	References string `json:"references"`
	Virtual    bool   `json:"virtual,omitempty"`
	// Validated is pg_constraint.convalidated (always true for a virtual key).
	Validated bool `json:"validated"`
	// Rows is the number of rows with a complete reference, Violations the
	// number of them that reference no row.
	Rows       int64 `json:"rows"`
	Violations int64 `json:"violations"`
	// DanglingInSource counts the orphans of a virtual key whose value
	// references nothing in production either: not violations.
	DanglingInSource int64 `json:"dangling_in_source,omitempty"`

	// lookup counts the orphans that dangle in the source too.
	lookup func(ctx context.Context, tx, stx pgx.Tx) (int64, error)
}

// Failed reports whether the key does not hold.
func (c ForeignKeyCheck) Failed() bool { return !c.Validated || c.Violations > 0 }

// Leak is one masked column and how many of its target values equal the
// source value of the same row.
type Leak struct {
	Table  string `json:"table"`
	Column string `json:"column"`
	// Method is "row key" (merge join on the key) or "hashed set" (the
	// table has no row key).
	Method string `json:"method"`
	Rows   int64  `json:"rows"` // target rows compared
	Equal  int64  `json:"equal"`
	// Conditional columns are masked only where a when: condition holds:
	// the rows it does not hold for keep their value on purpose.
	Conditional bool `json:"conditional,omitempty"`
	// Unique reports that every rule of the column is uniqueness-preserving
	// (at least 60 bits of keyed entropy per output): a value equal to its
	// source is then no coincidence. A transformer that picks from a list
	// (a last name, a city) or collapses values (a constant, a mask) maps
	// some values onto themselves by chance.
	Unique bool `json:"unique"`
	// Paths are the JSONPaths a json rule masks: only rows whose source
	// document holds one of them are compared, the others are kept as
	// they are on purpose.
	Paths []string `json:"paths,omitempty"`
}

// CoincidenceShare is the share of compared rows up to which equal values
// of a column whose transformer is not uniqueness-preserving are taken for
// coincidences (a faker drawing a name from a list drew the source's) and
// do not fail the check. A rule removed by hand makes every row equal.
const CoincidenceShare = 0.01

// Failed reports whether the leak fails the check.
func (l Leak) Failed() bool {
	switch {
	case l.Equal == 0 || l.Conditional:
		return false
	case l.Unique:
		return true
	}
	return float64(l.Equal) > CoincidenceShare*float64(l.Rows)
}

// Expected says why hits that do not fail the check are expected, or "".
func (l Leak) Expected() string {
	switch {
	case l.Equal == 0 || l.Failed():
		return ""
	case l.Conditional:
		return "expected (conditional rule)"
	}
	return fmt.Sprintf("expected (transformer not unique: coincidences up to %g%% of rows)", CoincidenceShare*100)
}

// Credential is a secret detector's finding in one column of the target.
type Credential struct {
	Table    string `json:"table"`
	Column   string `json:"column"`
	Detector string `json:"detector"`
	// Path is the JSONPath of the finding in a json column.
	Path string `json:"path,omitempty"`
	Rows int64  `json:"rows"`
	// RowKeys are the first MaxRowKeys rows' keys, as the text of a row
	// ("(1)", "(7,en)"), or ctid=(page,item) for a table without a key.
	RowKeys []string `json:"row_keys"`
}

// Categories of catalog findings.
const (
	// CategoryDatabase findings live in the staging database and fail the
	// check.
	CategoryDatabase = "database"
	// CategoryCluster findings (role passwords) belong to the whole server
	// and do not fail the check.
	CategoryCluster = "cluster"
)

// CatalogFinding is a credential in the target's catalog.
type CatalogFinding struct {
	Category string `json:"category"`
	// Kind is subscription, user_mapping, foreign_server, function or
	// role_password.
	Kind     string `json:"kind"`
	Object   string `json:"object"`
	Detector string `json:"detector"`
}

// Failed reports whether the report holds a finding that fails the check.
func (r *Report) Failed() bool { return len(r.Failures()) > 0 }

// Failures names every finding that fails the check, one line each.
func (r *Report) Failures() []string {
	var out []string
	for _, c := range r.Integrity {
		switch {
		case c.Violations > 0:
			out = append(out, fmt.Sprintf("integrity: %s on %s: %d of %d rows reference missing rows of %s", c.Name, c.Table, c.Violations, c.Rows, c.References))
		case !c.Validated:
			out = append(out, fmt.Sprintf("integrity: %s on %s is not validated", c.Name, c.Table))
		}
	}
	for _, l := range r.Leaks {
		if l.Failed() {
			out = append(out, fmt.Sprintf("leak: %s.%s: %d of %d rows equal the source", l.Table, l.Column, l.Equal, l.Rows))
		}
	}
	for _, c := range r.Credentials {
		where := c.Table + "." + c.Column
		if c.Path != "" {
			where += " " + c.Path
		}
		out = append(out, fmt.Sprintf("credential: %s: %s in %d rows (rows %s)", where, c.Detector, c.Rows, strings.Join(c.RowKeys, ", ")))
	}
	for _, f := range r.Catalog {
		if f.Category == CategoryDatabase {
			out = append(out, fmt.Sprintf("credential: %s %s: %s", f.Kind, f.Object, f.Detector))
		}
	}
	if r.Strict {
		for _, d := range r.Drift {
			out = append(out, "drift: "+d)
		}
	}
	return out
}

// Check verifies the target against the source and the plan. An error means
// a check could not run; findings are in the report.
func Check(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	srcCfg, err := dsn.SourceConfig(cfg.SourceURL)
	if err != nil {
		return nil, err
	}
	tgtCfg, err := dsn.TargetConfig(cfg.TargetURL)
	if err != nil {
		return nil, err
	}
	rep := &Report{Source: dsn.Describe(srcCfg), Target: dsn.Describe(tgtCfg), Snapshot: cfg.Snapshot,
		Integrity: []ForeignKeyCheck{}, Leaks: []Leak{}, Credentials: []Credential{}, Catalog: []CatalogFinding{},
		Drift: []string{}, Strict: cfg.Strict}
	if cfg.Plan.Config != nil {
		rep.RulesSHA256 = cfg.Plan.Config.SHA256
	}
	for _, d := range rules.StrictFindings(cfg.Plan) {
		rep.Drift = append(rep.Drift, d.Message)
	}

	src, err := dsn.Connect(ctx, "source", srcCfg)
	if err != nil {
		return nil, err
	}
	defer src.Close(context.Background())
	tgt, err := dsn.Connect(ctx, "target", tgtCfg)
	if err != nil {
		return nil, err
	}
	defer tgt.Close(context.Background())

	stx, err := src.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("source %s: begin: %w", rep.Source, err)
	}
	defer stx.Rollback(context.Background())
	if cfg.Snapshot != "" {
		if _, err := stx.Exec(ctx, "SET TRANSACTION SNAPSHOT '"+strings.ReplaceAll(cfg.Snapshot, "'", "''")+"'"); err != nil {
			return nil, fmt.Errorf("source %s: import snapshot: %w", rep.Source, err)
		}
	}
	// The three checks run at once, each on its own target session: the
	// target copy is not written while it is verified. Each fills its own
	// part of the report.
	begin := func(conn *pgx.Conn) (pgx.Tx, error) {
		tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
		if err != nil {
			return nil, fmt.Errorf("target %s: begin: %w", rep.Target, err)
		}
		return tx, nil
	}
	ttx, err := begin(tgt)
	if err != nil {
		return nil, err
	}
	defer ttx.Rollback(context.Background())
	rep.Checked = time.Now().UTC()
	target, err := schema.Load(ctx, ttx)
	if err != nil {
		return nil, fmt.Errorf("target %s: %w", rep.Target, err)
	}
	target.Table(schema.Name{}) // builds the model's index before it is shared

	var intRep, scanRep Report
	g, gctx := errgroup.WithContext(ctx)
	more := func(fn func(pgx.Tx) error) {
		g.Go(func() error {
			conn, err := dsn.Connect(gctx, "target", tgtCfg)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			tx, err := begin(conn)
			if err != nil {
				return err
			}
			defer tx.Rollback(context.Background())
			return fn(tx)
		})
	}
	more(func(tx pgx.Tx) error {
		if err := checkIntegrity(gctx, tx, target, cfg.Plan, &intRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		return nil
	})
	more(func(tx pgx.Tx) error {
		if err := scanData(gctx, tx, target, &scanRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		if err := scanCatalog(gctx, tx, &scanRep); err != nil {
			return fmt.Errorf("target %s: %w", rep.Target, err)
		}
		return nil
	})
	g.Go(func() error { return checkLeaks(gctx, stx, ttx, cfg.Plan, target, rep) })
	if err := g.Wait(); err != nil {
		return nil, err
	}
	// Virtual-key orphans are looked up in the source once the leak check
	// is done with it.
	for i := range intRep.Integrity {
		c := &intRep.Integrity[i]
		if c.lookup == nil {
			continue
		}
		n, err := c.lookup(ctx, ttx, stx)
		if err != nil {
			return nil, fmt.Errorf("check %s: %w", c.Name, err)
		}
		c.DanglingInSource, c.Violations = n, c.Violations-n
	}
	rep.Integrity = append(rep.Integrity, intRep.Integrity...)
	rep.Credentials = append(rep.Credentials, scanRep.Credentials...)
	rep.Catalog = append(rep.Catalog, scanRep.Catalog...)
	rep.Notes = append(append(rep.Notes, intRep.Notes...), scanRep.Notes...)
	return rep, nil
}

// ident quotes one identifier.
func ident(s string) string { return pgx.Identifier{s}.Sanitize() }

// checkIntegrity counts orphans of every declared and virtual foreign key.
func checkIntegrity(ctx context.Context, tx pgx.Tx, m *schema.Model, plan *rules.Plan, rep *Report) error {
	var cfg *rules.Config
	if plan != nil {
		cfg = plan.Config
	}
	for _, t := range m.Tables {
		for _, fk := range t.ForeignKeys {
			c := ForeignKeyCheck{Name: fk.Name, Table: fk.From.String(), References: fk.To.String(), Validated: fk.Validated}
			var err error
			c.Rows, c.Violations, err = antiJoin(ctx, tx, fk.From, fk.FromColumns, fk.To, fk.ToColumns, "")
			if err != nil {
				return fmt.Errorf("check %s: %w", fk.Name, err)
			}
			rep.Integrity = append(rep.Integrity, c)
		}
	}
	if cfg == nil || cfg.Subset == nil {
		return nil
	}
	for _, v := range cfg.Subset.VirtualFKs {
		name := "virtual " + v.From.Raw + " -> " + v.To.Raw
		from, to := m.Table(v.From.Table), m.Table(v.To.Table)
		if from == nil || to == nil {
			rep.Notes = append(rep.Notes, name+": not checked: a table is not in the target")
			continue
		}
		where := ""
		if strings.TrimSpace(v.Where) != "" {
			q, err := pgsql.QualifyColumns(v.Where, "c")
			if err != nil {
				return fmt.Errorf("%s: where: %w", name, err)
			}
			where = q
		}
		c := ForeignKeyCheck{Name: name, Table: from.Name.String(), References: to.Name.String(), Virtual: true, Validated: true}
		// A virtual reference may be an expression (payload->>'order_id')
		// or a column of another type than its parent's: it is read as
		// the closure reads it, cast to the parent's type, a value of the
		// wrong shape being no reference.
		fromExprs := make([]string, len(v.From.Columns))
		for i, col := range v.From.Columns {
			fromExprs[i] = "c." + ident(col)
			fc, pc := from.Column(col), to.Column(v.To.Columns[i])
			if pc == nil {
				continue
			}
			if fc == nil && rules.IsReferenceExpr(col) {
				q, err := pgsql.QualifyColumns(col, "c")
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				fromExprs[i] = "(" + q + ")"
			}
			if fc == nil || fc.Type.OID != pc.Type.OID {
				fromExprs[i] = pc.Type.GuardedCast(fromExprs[i])
			}
		}
		var err error
		c.Rows, c.Violations, err = antiJoinExprs(ctx, tx, from.Name, fromExprs, to.Name, v.To.Columns, where)
		if err != nil {
			return fmt.Errorf("check %s: %w", name, err)
		}
		if c.Violations > 0 && !masksAny(plan, to.Name, v.To.Columns) {
			// Nothing enforces a virtual key in production: a reference
			// that dangles there dangles in staging too, and is not the
			// copy's doing. Only the orphans whose parent production has
			// are violations.
			fromName, toName, toCols := from.Name, to.Name, v.To.Columns
			c.lookup = func(ctx context.Context, tx, stx pgx.Tx) (int64, error) {
				return danglingInSource(ctx, tx, stx, fromName, fromExprs, toName, toCols, where)
			}
		}
		rep.Integrity = append(rep.Integrity, c)
	}
	return nil
}

// masksAny reports whether the plan masks one of the columns: then the
// target's values are not the source's, and cannot be looked up there.
func masksAny(plan *rules.Plan, table schema.Name, cols []string) bool {
	if plan == nil {
		return true
	}
	for _, tp := range plan.Tables {
		if tp.Table.Name != table {
			continue
		}
		for _, cp := range tp.Columns {
			if cp.Masks() && slices.Contains(cols, cp.Column.Name) {
				return true
			}
		}
	}
	return false
}

// maxOrphanValues bounds the orphan values looked up in the source; orphans
// beyond it stay violations.
const maxOrphanValues = 10_000

// danglingInSource counts the target's orphan rows whose referenced value
// production's parent table does not hold either.
func danglingInSource(ctx context.Context, tx, stx pgx.Tx, from schema.Name, fromExprs []string, to schema.Name, toCols []string, where string) (int64, error) {
	texts := make([]string, len(fromExprs))
	for i, fc := range fromExprs {
		texts[i] = "(" + fc + ")::text"
	}
	referencing, missing := referenceConditions(fromExprs, to, toCols, where)
	q := "SELECT ARRAY[" + strings.Join(texts, ", ") + "], count(*) FROM " + from.Sanitize() + " c WHERE " + referencing +
		" AND " + missing + " GROUP BY 1 LIMIT " + fmt.Sprint(maxOrphanValues)
	rows, err := tx.Query(ctx, q)
	if err != nil {
		return 0, err
	}
	type orphan struct {
		vals []string
		n    int64
	}
	var orphans []orphan
	for rows.Next() {
		var o orphan
		if err := rows.Scan(&o.vals, &o.n); err != nil {
			rows.Close()
			return 0, err
		}
		orphans = append(orphans, o)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(orphans) == 0 {
		return 0, nil
	}
	cols := make([][]string, len(toCols))
	var ptexts, arrays []string
	for i, tc := range toCols {
		ptexts = append(ptexts, "p."+ident(tc)+"::text")
		arrays = append(arrays, fmt.Sprintf("$%d::text[]", i+1))
		for _, o := range orphans {
			cols[i] = append(cols[i], o.vals[i])
		}
	}
	args := make([]any, len(cols))
	for i := range cols {
		args[i] = cols[i]
	}
	found, err := stx.Query(ctx, "SELECT ARRAY["+strings.Join(ptexts, ", ")+"] FROM "+to.Sanitize()+" p WHERE ("+strings.Join(ptexts, ", ")+
		") IN (SELECT * FROM unnest("+strings.Join(arrays, ", ")+"))", args...)
	if err != nil {
		return 0, err
	}
	exists := map[string]bool{}
	for found.Next() {
		var v []string
		if err := found.Scan(&v); err != nil {
			found.Close()
			return 0, err
		}
		exists[strings.Join(v, "\x00")] = true
	}
	if err := found.Err(); err != nil {
		return 0, err
	}
	var dangling int64
	for _, o := range orphans {
		if !exists[strings.Join(o.vals, "\x00")] {
			dangling += o.n
		}
	}
	return dangling, nil
}

// antiJoin counts the rows of from with a complete reference and those of
// them that match no row of to (MATCH SIMPLE).
func antiJoin(ctx context.Context, tx pgx.Tx, from schema.Name, fromCols []string, to schema.Name, toCols []string, where string) (rows, orphans int64, err error) {
	exprs := make([]string, len(fromCols))
	for i, col := range fromCols {
		exprs[i] = "c." + ident(col)
	}
	return antiJoinExprs(ctx, tx, from, exprs, to, toCols, where)
}

// antiJoinExprs is antiJoin over expressions of the referencing row c.
func antiJoinExprs(ctx context.Context, tx pgx.Tx, from schema.Name, fromExprs []string, to schema.Name, toCols []string, where string) (rows, orphans int64, err error) {
	referencing, missing := referenceConditions(fromExprs, to, toCols, where)
	q := "SELECT count(*), count(*) FILTER (WHERE " + missing + ") FROM " + from.Sanitize() + " c WHERE " + referencing
	err = tx.QueryRow(ctx, q).Scan(&rows, &orphans)
	return rows, orphans, err
}

// referenceConditions are the conditions on a referencing row c: that it
// holds a complete reference (MATCH SIMPLE: no part NULL) where where:
// holds, and that the reference matches no row p of to.
func referenceConditions(fromExprs []string, to schema.Name, toCols []string, where string) (referencing, missing string) {
	var conds, notNull []string
	for i, fc := range fromExprs {
		conds = append(conds, "p."+ident(toCols[i])+" = "+fc)
		notNull = append(notNull, fc+" IS NOT NULL")
	}
	referencing = strings.Join(notNull, " AND ")
	if where != "" {
		referencing += " AND (" + where + ")"
	}
	return referencing, "NOT EXISTS (SELECT 1 FROM " + to.Sanitize() + " p WHERE " + strings.Join(conds, " AND ") + ")"
}

// checkLeaks compares every masked column of the plan with the source.
func checkLeaks(ctx context.Context, stx, ttx pgx.Tx, plan *rules.Plan, target *schema.Model, rep *Report) error {
	var key []byte
	for _, tp := range plan.Tables {
		st := tp.Table
		if tp.Excluded || !st.HasData() {
			continue
		}
		tt := target.Table(st.Name)
		if tt == nil {
			continue // excluded by the subset, or dropped: nothing to leak
		}
		var cols []leakColumn
		for _, cp := range tp.Columns {
			if !cp.Masks() || tt.Column(cp.Column.Name) == nil {
				continue
			}
			l := Leak{Table: st.Name.String(), Column: cp.Column.Name, Conditional: conditional(cp), Unique: unique(cp)}
			paths, partial := jsonPaths(cp)
			if partial {
				// A json rule on a text column: which documents hold a
				// masked path is not known without parsing them all.
				l.Conditional = true
			}
			l.Paths = paths
			cols = append(cols, leakColumn{name: cp.Column.Name, paths: paths, leak: l, fixed: fixedPoints(cp)})
		}
		if len(cols) == 0 {
			continue
		}
		if k := st.RowKey(); k != nil && keyIn(tt, k) {
			// One ordered pass over the table for all its masked columns.
			if err := mergeCompare(ctx, stx, ttx, st.Name, k.Columns, integerKey(st, k), cols); err != nil {
				return fmt.Errorf("leak check %s: %w", st.Name, err)
			}
		} else {
			if key == nil {
				key = make([]byte, 32)
				if _, err := rand.Read(key); err != nil {
					return fmt.Errorf("verify: hash key: %w", err)
				}
			}
			for i := range cols {
				c := &cols[i]
				c.leak.Method = "hashed set"
				var err error
				c.leak.Rows, c.leak.Equal, err = setCompare(ctx, stx, ttx, st.Name, c, key)
				if err != nil {
					return fmt.Errorf("leak check %s.%s: %w", st.Name, c.name, err)
				}
			}
		}
		for _, c := range cols {
			rep.Leaks = append(rep.Leaks, c.leak)
		}
	}
	return nil
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
// blank, and not a value the rules keep by design.
func (c *leakColumn) counts(v string) bool {
	return strings.TrimSpace(v) != "" && (c.fixed == nil || !c.fixed(v))
}

// fixedPoints returns the values the column's rules keep by design: noise
// multiplies, so zero stays zero, and NaN and infinities stay as they are.
func fixedPoints(cp *rules.ColumnPlan) func(string) bool {
	for _, r := range cp.Rules {
		if r.Transform != "noise" {
			return nil
		}
	}
	return func(v string) bool {
		switch v {
		case "NaN", "Infinity", "-Infinity":
			return true
		}
		f, err := strconv.ParseFloat(v, 64)
		return err == nil && f == 0
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

// jsonPaths returns the PostgreSQL JSONPaths a json rule of a json or jsonb
// column masks. partial is true for a json rule on a column of another
// type, whose documents PostgreSQL would have to parse.
func jsonPaths(cp *rules.ColumnPlan) (paths []string, partial bool) {
	for _, r := range cp.Rules {
		if r.Transform != "json" {
			continue
		}
		if n := cp.Column.Type.Underlying().Name; n != "json" && n != "jsonb" {
			return nil, true
		}
		ps, _ := r.Params["paths"].(map[string]any)
		for p := range ps {
			// Our $..key is PostgreSQL's $.**.key.
			paths = append(paths, strings.ReplaceAll(p, "..", ".**."))
		}
	}
	sort.Strings(paths)
	return paths, false
}

func keyIn(t *schema.Table, k *schema.Key) bool {
	for _, c := range k.Columns {
		if t.Column(c) == nil {
			return false
		}
	}
	return true
}

// integerKey reports a key made of integer columns only: both sides can
// then be read in the key's own order (an index order, no text sort), and
// merged by comparing the numbers.
func integerKey(t *schema.Table, k *schema.Key) bool {
	for _, c := range k.Columns {
		switch t.Column(c).Type.Underlying().Name {
		case "int2", "int4", "int8":
		default:
			return false
		}
	}
	return true
}

// keyedQuery selects the key, then for each column its text and whether it
// counts (masksSome). An integer key comes as its columns, in their order;
// any other key as text, ordered bytewise.
func keyedQuery(table schema.Name, keyCols []string, intKey bool, cols []leakColumn) string {
	ks := make([]string, len(keyCols))
	for i, k := range keyCols {
		ks[i] = ident(k)
	}
	if intKey {
		var sel []string
		for _, k := range ks {
			sel = append(sel, k+"::int8")
		}
		for _, c := range cols {
			sel = append(sel, ident(c.name)+"::text", masksSome(c.name, c.paths))
		}
		return "SELECT " + strings.Join(sel, ", ") + " FROM ONLY " + table.Sanitize() + " ORDER BY " + strings.Join(ks, ", ")
	}
	sel := []string{"(ROW(" + strings.Join(ks, ", ") + ")::text) COLLATE \"C\" AS k"}
	for _, c := range cols {
		sel = append(sel, ident(c.name)+"::text", masksSome(c.name, c.paths))
	}
	return "SELECT " + strings.Join(sel, ", ") + " FROM ONLY " + table.Sanitize() + " ORDER BY 1"
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
		ors = append(ors, "jsonb_path_exists("+ident(col)+"::jsonb, "+quoteLiteral(p+` ? (@.type() == "string" && @ != "")`)+"::jsonpath)")
	}
	return "COALESCE(" + strings.Join(ors, " OR ") + ", false)"
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// mergeCompare streams both sides ordered by key and counts, per column,
// the target rows whose value equals the source's (source NULLs and blanks
// aside). It holds one row of each side at a time.
func mergeCompare(ctx context.Context, stx, ttx pgx.Tx, table schema.Name, keyCols []string, intKey bool, cols []leakColumn) error {
	q := keyedQuery(table, keyCols, intKey, cols)
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
	n := len(cols)
	var sk, tk string
	sv, tv := make([]*string, n), make([]*string, n)
	scounted, tcounted := make([]bool, n), make([]bool, n)
	sdest, tdest := []any{&sk}, []any{&tk}
	// An integer key is scanned as numbers and turned into a string that
	// sorts as they do: big-endian, sign bit flipped.
	var sints, tints []int64
	if intKey {
		sints, tints = make([]int64, len(keyCols)), make([]int64, len(keyCols))
		sdest, tdest = nil, nil
		for i := range keyCols {
			sdest = append(sdest, &sints[i])
			tdest = append(tdest, &tints[i])
		}
	}
	sortable := func(ints []int64) string {
		b := make([]byte, 8*len(ints))
		for i, v := range ints {
			binary.BigEndian.PutUint64(b[8*i:], uint64(v)^(1<<63))
		}
		return string(b)
	}
	scanS := func() error {
		if err := srows.Scan(sdest...); err != nil {
			return err
		}
		if intKey {
			sk = sortable(sints)
		}
		return nil
	}
	scanT := func() error {
		if err := trows.Scan(tdest...); err != nil {
			return err
		}
		if intKey {
			tk = sortable(tints)
		}
		return nil
	}
	for i := range cols {
		sdest = append(sdest, &sv[i], &scounted[i])
		tdest = append(tdest, &tv[i], &tcounted[i])
		cols[i].leak.Method = "row key"
	}
	var rows int64
	sok := srows.Next()
	if sok {
		if err := scanS(); err != nil {
			return fmt.Errorf("source: %w", err)
		}
	}
	for trows.Next() {
		if err := scanT(); err != nil {
			return fmt.Errorf("target: %w", err)
		}
		rows++
		for sok && sk < tk {
			if sok = srows.Next(); sok {
				if err := scanS(); err != nil {
					return fmt.Errorf("source: %w", err)
				}
			}
		}
		if !sok || sk != tk {
			continue
		}
		for i := range cols {
			if scounted[i] && sv[i] != nil && tv[i] != nil && *sv[i] == *tv[i] && cols[i].counts(*sv[i]) {
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
func setCompare(ctx context.Context, stx, ttx pgx.Tx, table schema.Name, lc *leakColumn, key []byte) (rows, equal int64, err error) {
	col, paths := lc.name, lc.paths
	c := ident(col)
	set := map[digest]struct{}{}
	srows, err := stx.Query(ctx, "SELECT DISTINCT "+c+"::text FROM ONLY "+table.Sanitize()+" WHERE "+c+" IS NOT NULL AND "+masksSome(col, paths))
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
	trows, err := ttx.Query(ctx, "SELECT "+c+"::text FROM ONLY "+table.Sanitize())
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

// sortFindings orders the report's lists for stable output.
func sortFindings(rep *Report) {
	sort.SliceStable(rep.Credentials, func(i, j int) bool {
		a, b := rep.Credentials[i], rep.Credentials[j]
		if a.Table != b.Table {
			return a.Table < b.Table
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Detector != b.Detector {
			return a.Detector < b.Detector
		}
		return a.Path < b.Path
	})
}
