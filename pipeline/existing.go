package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/verify"
)

// existingSteps loads into a schema the application's migrations made:
// the target's tables are checked against the source's, then truncated and
// loaded in one transaction, the after: steps run and the result verified
// in it, and committed with the run's record, so staging is the old or the new data and never a mix, and a copy
// that fails verification never reaches it.
func (r *run) existingSteps(ctx context.Context) error {
	defer r.closeLoad()
	steps := []stepFn{{StepLoad, r.loadExisting}}
	if len(r.cfg.Rules.After) > 0 {
		steps = append(steps, stepFn{StepAfter, r.afterExisting})
	}
	steps = append(steps,
		stepFn{StepVerify, r.verifyExisting},
		stepFn{StepManifest, r.commitExisting},
		stepFn{StepAnalyze, r.analyzeExisting},
	)
	if err := r.sequence(ctx, steps...); err != nil {
		return err
	}
	r.manifest.Finished = time.Now().UTC()
	return nil
}

// loadExisting truncates the target's tables and copies the source's rows
// into them, in the load transaction it leaves open.
func (r *run) loadExisting(ctx context.Context) error {
	dst, err := r.connectDB(ctx, r.target)
	if err != nil {
		return err
	}
	r.loadConn = dst
	if _, err := dst.Exec(ctx, "SET DateStyle = ISO; SET TimeZone = 'UTC'"); err != nil {
		return err
	}
	tx, err := dst.Begin(ctx)
	if err != nil {
		return err
	}
	r.loadTx = tx
	target, err := schema.Load(ctx, tx, schema.WithoutSizes())
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	if diffs := shapeDiff(r.model, target, r.plan); len(diffs) > 0 {
		return &ShapeError{Diffs: diffs}
	}
	// Foreign keys and triggers are off for the load (their cycles would
	// need an order no load has); the keys are checked afterwards.
	if _, err := tx.Exec(ctx, "SET LOCAL session_replication_role = replica"); err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "42501" {
			return fmt.Errorf("schema: existing: the target role may not set session_replication_role; load with a superuser, or use schema: copy")
		}
		return fmt.Errorf("target: %w", err)
	}
	var all []string
	for _, tp := range r.plan.Tables {
		if t := tp.Table; t.ExtensionCondition != "" {
			// The extension's own rows stay; the user's, those the
			// condition selects, are replaced.
			if _, err := tx.Exec(ctx, "DELETE FROM "+t.Name.Sanitize()+" "+t.ExtensionCondition); err != nil {
				return fmt.Errorf("target: empty %s (a configuration table of extension %s): %w", t.Name, t.Extension, err)
			}
			continue
		}
		all = append(all, tp.Table.Name.Sanitize()) // partitioned parents too: their FKs reference the others
	}
	sort.Strings(all)
	if len(all) > 0 {
		if _, err := tx.Exec(ctx, "TRUNCATE "+strings.Join(all, ", ")); err != nil {
			return fmt.Errorf("target: truncate: %w", err)
		}
	}
	src, err := r.openWorkerSource(ctx)
	if err != nil {
		return err
	}
	defer src.Close(context.Background())
	var results []TableResult
	for _, tp := range r.tablesToCopy() {
		// One session loads every table in one transaction: a table
		// is read in one part.
		res, err := r.copyWhole(ctx, src, dst, tp)
		if err != nil {
			return fmt.Errorf("copy %s: %w", tp.Table.Name, err)
		}
		results = append(results, res)
	}
	r.manifest.Tables = results
	if r.manifest.Subset != nil {
		r.manifest.Subset.countCopied(results, r.model)
	}
	if orphans, err := checkForeignKeys(ctx, tx, target, r.model); err != nil {
		return err
	} else if len(orphans) > 0 {
		return &OrphanError{Orphans: orphans}
	}
	return r.setSequencesOn(ctx, dst)
}

// verifyExisting verifies the load inside its transaction, before it
// commits: the same check a copied schema gets before its swap.
func (r *run) verifyExisting(ctx context.Context) error {
	if r.cfg.NoVerify {
		return nil
	}
	// The load ran with the constraints in place and their triggers off:
	// PostgreSQL validated nothing, and every foreign key is counted.
	return r.check(ctx, verify.Config{Plan: r.plan, SourceURL: r.cfg.SourceURL, TargetTx: r.loadTx, Snapshot: r.snapshot,
		Stream: r.stream, Rescan: r.afterWrote}, true)
}

// commitExisting records the run in the target's history and commits the
// load with it.
func (r *run) commitExisting(ctx context.Context) error {
	r.manifest.Target = r.target
	if err := r.insertRun(ctx, r.loadTx, "loaded in place"); err != nil {
		return err
	}
	if err := r.loadTx.Commit(ctx); err != nil {
		return fmt.Errorf("target: commit the load: %w", err)
	}
	r.loadTx = nil
	r.swapped = true
	return nil
}

func (r *run) analyzeExisting(ctx context.Context) error {
	_, err := r.loadConn.Exec(ctx, "ANALYZE")
	return err
}

// closeLoad ends the load's session; an uncommitted load is rolled back.
func (r *run) closeLoad() {
	if r.loadTx != nil {
		r.loadTx.Rollback(context.Background())
		r.loadTx = nil
	}
	if r.loadConn != nil {
		r.loadConn.Close(context.Background())
		r.loadConn = nil
	}
}

// shapeDiff compares the tables the run loads with the target's, column by
// column (name and type, generated columns aside).
func shapeDiff(src, dst *schema.Model, plan *rules.Plan) []string {
	var diffs []string
	for _, tp := range plan.Tables {
		st := tp.Table
		if !st.HasData() {
			continue
		}
		dt := dst.Table(st.Name)
		if dt == nil {
			diffs = append(diffs, fmt.Sprintf("%s: missing in the target", st.Name))
			continue
		}
		seen := map[string]bool{}
		for _, c := range st.Columns {
			seen[c.Name] = true
			dc := dt.Column(c.Name)
			switch {
			case dc == nil:
				diffs = append(diffs, fmt.Sprintf("%s.%s: missing in the target (source: %s)", st.Name, pgsql.QuoteIdent(c.Name), c.Type.Display))
			case dc.Type.Display != c.Type.Display:
				diffs = append(diffs, fmt.Sprintf("%s.%s: source %s, target %s", st.Name, pgsql.QuoteIdent(c.Name), c.Type.Display, dc.Type.Display))
			case (dc.Generated == "") != (c.Generated == ""):
				diffs = append(diffs, fmt.Sprintf("%s.%s: generated in one database only", st.Name, pgsql.QuoteIdent(c.Name)))
			}
		}
		for _, dc := range dt.Columns {
			if !seen[dc.Name] {
				diffs = append(diffs, fmt.Sprintf("%s.%s: only in the target (%s)", st.Name, pgsql.QuoteIdent(dc.Name), dc.Type.Display))
			}
		}
	}
	return diffs
}

// checkForeignKeys counts, for each foreign key of the target, the rows
// whose reference matches no row (MATCH SIMPLE: a NULL part skips the row).
// A key NOT VALID in the target and in the source (the model) is left to
// verify, which tells production's orphans from the copy's.
func checkForeignKeys(ctx context.Context, tx pgx.Tx, m, source *schema.Model) ([]string, error) {
	var orphans []string
	for _, t := range m.Tables {
		for _, fk := range t.ForeignKeys {
			if st := source.Table(t.Name); !fk.Validated && st != nil {
				if sfk := st.ForeignKey(fk.Name); sfk != nil && !sfk.Validated {
					continue
				}
			}
			var conds, notNull []string
			for i, c := range fk.FromColumns {
				fc := "c." + pgx.Identifier{c}.Sanitize()
				conds = append(conds, "p."+pgx.Identifier{fk.ToColumns[i]}.Sanitize()+" = "+fc)
				notNull = append(notNull, fc+" IS NOT NULL")
			}
			q := "SELECT count(*) FROM " + fk.From.Sanitize() + " c WHERE " + strings.Join(notNull, " AND ") +
				" AND NOT EXISTS (SELECT 1 FROM " + fk.To.Sanitize() + " p WHERE " + strings.Join(conds, " AND ") + ")"
			var n int64
			if err := tx.QueryRow(ctx, q).Scan(&n); err != nil {
				return nil, fmt.Errorf("target: check %s: %w", fk.Name, err)
			}
			if n > 0 {
				orphans = append(orphans, fmt.Sprintf("%s: %d rows of %s reference missing rows of %s", fk.Name, n, fk.From, fk.To))
			}
		}
	}
	return orphans, nil
}
