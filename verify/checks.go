package verify

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// checkChecks counts the staging rows that violate each CHECK constraint of
// t held NOT VALID in staging, and lists those held NOT VALID in
// production; a constraint valid in both holds for every row.
func checkChecks(ctx context.Context, tx pgx.Tx, t *schema.Table, plan *rules.Plan, rep *Report) error {
	src := sourceTable(plan, t.Name)
	for _, ck := range t.Checks {
		c := CheckConstraintCheck{Name: ck.Name, Table: t.Name.String(), Expression: ck.Expression, Validated: ck.Validated}
		if src != nil {
			if sck := src.Check(ck.Name); sck != nil && !sck.Validated {
				c.NotValidInSource = true
			}
		}
		if ck.Validated && !c.NotValidInSource {
			continue
		}
		if !ck.Validated {
			v := violation{table: t, check: ck}
			var err error
			if c.Rows, c.Violations, err = v.count(ctx, tx); err != nil {
				return fmt.Errorf("check %s on %s: %w", ck.Name, t.Name, err)
			}
			if c.NotValidInSource {
				key := t.NotNullKey()
				if key != nil && !masksAny(plan, t.Name, key.Columns) {
					v.key = key.Columns
				}
				c.lookup = v.inSource
			}
		}
		rep.Checks = append(rep.Checks, c)
	}
	return nil
}

// violation is a CHECK constraint as its checks query it.
type violation struct {
	table *schema.Table
	check *schema.Check
	// key is the row key staging's violating rows are looked up by in
	// production; nil when there is none or it is masked.
	key []string
}

// from is the FROM clause: the table, alone for a NO INHERIT constraint.
func (v violation) from() string {
	if v.check.NoInherit {
		return "ONLY " + v.table.Name.Sanitize()
	}
	return v.table.Name.Sanitize()
}

// violates is the condition a violating row meets: a CHECK passes when its
// expression is true or NULL.
func (v violation) violates() string { return "(" + v.check.Expression + ") IS FALSE" }

// count counts the table's rows and those that violate the constraint.
func (v violation) count(ctx context.Context, tx pgx.Tx) (rows, violating int64, err error) {
	err = released(ctx, tx, func() error {
		return tx.QueryRow(ctx, "SELECT count(*), count(*) FILTER (WHERE "+v.violates()+") FROM "+v.from()).Scan(&rows, &violating)
	})
	return rows, violating, err
}

// inSource counts production's violating rows, and takes the violating
// staging rows whose production row (by row key) violates it too for
// production's. Without a usable key, up to as many violating staging rows
// as production has are taken for production's.
func (v violation) inSource(ctx context.Context, tx, stx pgx.Tx, c *CheckConstraintCheck) error {
	_, n, err := v.count(ctx, stx)
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	c.ViolatingInSource = n
	if c.Violations == 0 {
		return nil
	}
	same := min(c.Violations, n)
	if v.key != nil {
		if same, err = v.sameInSource(ctx, tx, stx); err != nil {
			return err
		}
	}
	c.AsInSource, c.Violations = same, c.Violations-same
	return nil
}

// sameInSource counts the violating staging rows, up to maxOrphanValues of
// them, whose production row violates the constraint too.
func (v violation) sameInSource(ctx context.Context, tx, stx pgx.Tx) (int64, error) {
	texts := make([]string, len(v.key))
	for i, k := range v.key {
		texts[i] = pgsql.QuoteIdent(k) + "::text"
	}
	rows, err := tx.Query(ctx, "SELECT ARRAY["+strings.Join(texts, ", ")+"] FROM "+v.from()+" WHERE "+v.violates()+
		" LIMIT "+fmt.Sprint(maxOrphanValues))
	if err != nil {
		return 0, err
	}
	keys, err := pgx.CollectRows(rows, pgx.RowTo[[]string])
	if err != nil || len(keys) == 0 {
		return 0, err
	}
	args := make([]any, len(v.key))
	arrays := make([]string, len(v.key))
	for i := range v.key {
		col := make([]string, len(keys))
		for j, k := range keys {
			col[j] = k[i]
		}
		args[i] = col
		arrays[i] = fmt.Sprintf("$%d::text[]", i+1)
	}
	var n int64
	err = stx.QueryRow(ctx, "SELECT count(*) FROM "+v.from()+" WHERE "+v.violates()+" AND ("+strings.Join(texts, ", ")+
		") IN (SELECT * FROM unnest("+strings.Join(arrays, ", ")+"))", args...).Scan(&n)
	return n, err
}
