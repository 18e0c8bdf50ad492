package verify

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// checkIntegrity counts orphans of every declared and virtual foreign key,
// and the rows that violate each CHECK constraint held NOT VALID in staging.
// With validated (Config.Validated), a declared key staging holds
// validated is taken as PostgreSQL proved it, and not counted.
func checkIntegrity(ctx context.Context, tx pgx.Tx, m *schema.Model, plan *rules.Plan, validated bool, rep *Report) error {
	for _, t := range m.Tables {
		for _, fk := range t.ForeignKeys {
			c := ForeignKeyCheck{Name: fk.Name, Table: fk.From.String(), References: fk.To.String(), Validated: fk.Validated}
			if src := sourceTable(plan, t.Name); src != nil {
				if sfk := src.ForeignKey(fk.Name); sfk != nil && !sfk.Validated {
					c.NotValidInSource = true
				}
			}
			if validated && fk.Validated {
				c.Proof = ProofValidated
				rep.Integrity = append(rep.Integrity, c)
				continue
			}
			ref := declared(fk)
			var err error
			c.Rows, c.Violations, err = ref.count(ctx, tx)
			if err != nil {
				return fmt.Errorf("check %s: %w", fk.Name, err)
			}
			if c.NotValidInSource && !fk.Validated {
				c.lookup = ref.notValidInSource(masksAny(plan, fk.To, fk.ToColumns))
			}
			rep.Integrity = append(rep.Integrity, c)
		}
		if err := checkChecks(ctx, tx, t, plan, rep); err != nil {
			return err
		}
	}
	if plan == nil || plan.Config == nil || plan.Config.Subset == nil {
		return nil
	}
	for _, v := range plan.Config.Subset.VirtualFKs {
		name := "virtual " + v.From.Raw + " -> " + v.To.Raw
		from, to := m.Table(v.From.Table), m.Table(v.To.Table)
		if from == nil || to == nil {
			rep.Notes = append(rep.Notes, name+": not checked: a table is not in the target")
			continue
		}
		ref, err := virtual(v, from, to)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		c := ForeignKeyCheck{Name: name, Table: from.Name.String(), References: to.Name.String(), Virtual: true, Validated: true}
		c.Rows, c.Violations, err = ref.count(ctx, tx)
		if err != nil {
			return fmt.Errorf("check %s: %w", name, err)
		}
		if c.Violations > 0 && !masksAny(plan, to.Name, v.To.Columns) {
			// Nothing enforces a virtual key in production: a reference
			// that dangles there dangles in staging too, and is not the
			// copy's doing. Only the orphans whose parent production has
			// are violations.
			c.lookup = func(ctx context.Context, tx, stx pgx.Tx, c *ForeignKeyCheck) error {
				n, err := ref.danglingInSource(ctx, tx, stx)
				c.DanglingInSource, c.Violations = n, c.Violations-n
				return err
			}
		}
		rep.Integrity = append(rep.Integrity, c)
	}
	return nil
}

// reference is a foreign key as its checks query it: expressions of the
// referencing row c of from, the referenced columns of a row p of to, and
// a condition on c (a virtual key's where:), or "".
type reference struct {
	from      schema.Name
	fromExprs []string
	to        schema.Name
	toCols    []string
	where     string
}

// declared is a foreign key constraint of the target.
func declared(fk *schema.ForeignKey) reference {
	exprs := make([]string, len(fk.FromColumns))
	for i, col := range fk.FromColumns {
		exprs[i] = "c." + pgsql.QuoteIdent(col)
	}
	return reference{from: fk.From, fromExprs: exprs, to: fk.To, toCols: fk.ToColumns}
}

// virtual is a virtual foreign key of the rules between two tables of the
// target.
func virtual(v *rules.VirtualFK, from, to *schema.Table) (reference, error) {
	ref := reference{from: from.Name, to: to.Name, toCols: v.To.Columns}
	if strings.TrimSpace(v.Where) != "" {
		q, err := pgsql.QualifyColumns(v.Where, "c")
		if err != nil {
			return reference{}, fmt.Errorf("where: %w", err)
		}
		ref.where = q
	}
	// A virtual reference may be an expression (payload->>'order_id') or a
	// column of another type than its parent's: it is read as the closure
	// reads it, cast to the parent's type, a value of the wrong shape being
	// no reference.
	ref.fromExprs = make([]string, len(v.From.Columns))
	for i, col := range v.From.Columns {
		ref.fromExprs[i] = "c." + pgsql.QuoteIdent(col)
		fc, pc := from.Column(col), to.Column(v.To.Columns[i])
		if pc == nil {
			continue
		}
		if fc == nil && rules.IsReferenceExpr(col) {
			q, err := pgsql.QualifyColumns(col, "c")
			if err != nil {
				return reference{}, err
			}
			ref.fromExprs[i] = "(" + q + ")"
		}
		if fc == nil || fc.Type.OID != pc.Type.OID {
			ref.fromExprs[i] = pc.Type.GuardedCast(ref.fromExprs[i])
		}
	}
	return ref, nil
}

// conditions are the conditions on a referencing row c: that it holds a
// complete reference (MATCH SIMPLE: no part NULL) where where: holds, and
// that the reference matches no row p of to.
func (r reference) conditions() (referencing, missing string) {
	var conds, notNull []string
	for i, fc := range r.fromExprs {
		conds = append(conds, "p."+pgsql.QuoteIdent(r.toCols[i])+" = "+fc)
		notNull = append(notNull, fc+" IS NOT NULL")
	}
	referencing = strings.Join(notNull, " AND ")
	if r.where != "" {
		referencing += " AND (" + r.where + ")"
	}
	return referencing, "NOT EXISTS (SELECT 1 FROM " + r.to.Sanitize() + " p WHERE " + strings.Join(conds, " AND ") + ")"
}

// count counts, in one anti-join, the rows of from with a complete
// reference and those of them that match no row of to (MATCH SIMPLE).
func (r reference) count(ctx context.Context, tx pgx.Tx) (rows, orphans int64, err error) {
	referencing, missing := r.conditions()
	q := "SELECT count(*), count(*) FILTER (WHERE " + missing + ") FROM " + r.from.Sanitize() + " c WHERE " + referencing
	err = released(ctx, tx, func() error { return tx.QueryRow(ctx, q).Scan(&rows, &orphans) })
	return rows, orphans, err
}

// sourceTable is the production table of that name, as the plan read it,
// or nil.
func sourceTable(plan *rules.Plan, name schema.Name) *schema.Table {
	if plan == nil || plan.Model == nil {
		return nil
	}
	return plan.Model.Table(name)
}

// notValidInSource looks up a foreign key that production holds NOT VALID
// and staging too: it counts production's orphans, and takes the staging
// orphans whose reference production's parent lacks as well for
// production's, not the copy's. When the referenced columns are masked,
// staging's values cannot be looked up there: up to as many staging
// orphans as production has are taken for production's.
func (r reference) notValidInSource(masked bool) func(ctx context.Context, tx, stx pgx.Tx, c *ForeignKeyCheck) error {
	return func(ctx context.Context, tx, stx pgx.Tx, c *ForeignKeyCheck) error {
		_, orphans, err := r.count(ctx, stx)
		if err != nil {
			return fmt.Errorf("source: %w", err)
		}
		c.OrphansInSource = orphans
		if c.Violations == 0 {
			return nil
		}
		n := min(c.Violations, orphans)
		if !masked {
			if n, err = r.danglingInSource(ctx, tx, stx); err != nil {
				return err
			}
		}
		c.DanglingInSource, c.Violations = n, c.Violations-n
		return nil
	}
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

// orphan is one distinct reference of the target's orphan rows, as text,
// and how many rows hold it.
type orphan struct {
	vals []string
	n    int64
}

// danglingInSource counts the target's (tx) orphan rows whose referenced
// value production's (stx) parent table does not hold either.
func (r reference) danglingInSource(ctx context.Context, tx, stx pgx.Tx) (int64, error) {
	orphans, err := r.orphans(ctx, tx)
	if err != nil || len(orphans) == 0 {
		return 0, err
	}
	exists, err := r.inSource(ctx, stx, orphans)
	if err != nil {
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

// orphans lists the distinct references of the orphan rows, up to
// maxOrphanValues of them.
func (r reference) orphans(ctx context.Context, tx pgx.Tx) ([]orphan, error) {
	texts := make([]string, len(r.fromExprs))
	for i, fc := range r.fromExprs {
		texts[i] = "(" + fc + ")::text"
	}
	referencing, missing := r.conditions()
	q := "SELECT ARRAY[" + strings.Join(texts, ", ") + "], count(*) FROM " + r.from.Sanitize() + " c WHERE " + referencing +
		" AND " + missing + " GROUP BY 1 LIMIT " + fmt.Sprint(maxOrphanValues)
	rows, err := tx.Query(ctx, q)
	if err != nil {
		return nil, err
	}
	var orphans []orphan
	for rows.Next() {
		var o orphan
		if err := rows.Scan(&o.vals, &o.n); err != nil {
			rows.Close()
			return nil, err
		}
		orphans = append(orphans, o)
	}
	return orphans, rows.Err()
}

// inSource looks the orphans' references up in the source's parent table:
// the set of those it holds, each as its values joined by NUL.
func (r reference) inSource(ctx context.Context, stx pgx.Tx, orphans []orphan) (map[string]bool, error) {
	var ptexts, arrays []string
	args := make([]any, len(r.toCols))
	for i, tc := range r.toCols {
		ptexts = append(ptexts, "p."+pgsql.QuoteIdent(tc)+"::text")
		arrays = append(arrays, fmt.Sprintf("$%d::text[]", i+1))
		col := make([]string, 0, len(orphans))
		for _, o := range orphans {
			col = append(col, o.vals[i])
		}
		args[i] = col
	}
	found, err := stx.Query(ctx, "SELECT ARRAY["+strings.Join(ptexts, ", ")+"] FROM "+r.to.Sanitize()+" p WHERE ("+strings.Join(ptexts, ", ")+
		") IN (SELECT * FROM unnest("+strings.Join(arrays, ", ")+"))", args...)
	if err != nil {
		return nil, err
	}
	exists := map[string]bool{}
	for found.Next() {
		var v []string
		if err := found.Scan(&v); err != nil {
			found.Close()
			return nil, err
		}
		exists[strings.Join(v, "\x00")] = true
	}
	return exists, found.Err()
}
