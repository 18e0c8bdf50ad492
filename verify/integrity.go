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
			fromExprs[i] = "c." + pgsql.QuoteIdent(col)
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
		ptexts = append(ptexts, "p."+pgsql.QuoteIdent(tc)+"::text")
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
		exprs[i] = "c." + pgsql.QuoteIdent(col)
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
		conds = append(conds, "p."+pgsql.QuoteIdent(toCols[i])+" = "+fc)
		notNull = append(notNull, fc+" IS NOT NULL")
	}
	referencing = strings.Join(notNull, " AND ")
	if where != "" {
		referencing += " AND (" + where + ")"
	}
	return referencing, "NOT EXISTS (SELECT 1 FROM " + to.Sanitize() + " p WHERE " + strings.Join(conds, " AND ") + ")"
}
