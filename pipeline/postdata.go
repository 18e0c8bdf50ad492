package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// postData runs the post-data section beside the copy: it writes the
// section from the schema archive while the tables are copied, then runs
// the dataflow of indexes, keys and ANALYZEs (see flow) as the copy
// reports tables done, then the rest of the section in order (event triggers and publications left out),
// then tries to validate the constraints production holds NOT VALID,
// refreshes the materialized views that are populated on the source, and
// creates the large objects.
func (r *run) postData(ctx context.Context) error {
	stmts, err := r.sectionStatements(ctx, "post-data")
	if err != nil {
		return err
	}
	var rest []string
	for _, s := range stmts {
		if s.Kind == pgsql.StmtOther {
			rest = append(rest, s.SQL)
		}
	}
	var tables, analyze []schema.Name
	for _, t := range r.model.Tables {
		tables = append(tables, t.Name)
		if r.copying[t.Name] && !analyzedWithRoot(t) {
			analyze = append(analyze, t.Name)
		}
	}
	f := newFlow(stmts, tables, analyze)
	f.onStage = func(t schema.Name, stage string, since time.Time) {
		r.cfg.OnEvent(TableStageEvent{Table: t.String(), Stage: stage, Elapsed: time.Since(since)})
	}
	if err := f.run(ctx, r.cfg.Workers, r.connectNext, r.copied, r.copying); err != nil {
		return err
	}
	r.analyzed = map[schema.Name]bool{}
	for _, t := range analyze {
		r.analyzed[t] = true
	}
	conn, err := r.connectNext(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	for _, sql := range rest {
		if _, err := conn.Exec(ctx, sql); err != nil {
			return fmt.Errorf("post-data: %w\n%s", err, firstLine(sql))
		}
	}
	if err := r.validateNotValid(ctx); err != nil {
		return err
	}
	for _, v := range r.model.Views {
		if v.Materialized && v.Populated {
			if _, err := conn.Exec(ctx, "REFRESH MATERIALIZED VIEW "+v.Name.Sanitize()); err != nil {
				return fmt.Errorf("post-data: refresh %s: %w", v.Name, err)
			}
		}
	}
	return r.createLargeObjects(ctx, conn)
}

// clearForcedRowSecurity clears FORCE ROW LEVEL SECURITY in __next before
// the copy (see forceRowSecurity).
func (r *run) clearForcedRowSecurity(ctx context.Context) error {
	conn, err := r.connectNext(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	return r.forceRowSecurity(ctx, conn, false)
}

// forceRowSecurity sets or clears FORCE ROW LEVEL SECURITY on the tables
// that have it in production. pg_dump forces it in the pre-data section;
// forced, it binds the tables' owner (the target role, which need not
// bypass row-level security) to the policies, and the sequences, the
// materialized views and verify would see only the rows the policies let
// through, silently. So post-data clears it first, and recordManifest sets
// it again once understudy has done with the rows.
func (r *run) forceRowSecurity(ctx context.Context, conn *pgx.Conn, force bool) error {
	verb := " NO FORCE ROW LEVEL SECURITY"
	if force {
		verb = " FORCE ROW LEVEL SECURITY"
	}
	for _, t := range r.model.Tables {
		if !t.ForceRowSecurity {
			continue
		}
		if _, err := conn.Exec(ctx, "ALTER TABLE ONLY "+t.Name.Sanitize()+verb); err != nil {
			return fmt.Errorf("target: %s on %s: %w", strings.TrimSpace(verb), t.Name, err)
		}
	}
	return nil
}

// largeObjectBatch is how many large objects one statement creates.
const largeObjectBatch = 10000

// createLargeObjects creates, empty, every large object the source holds,
// under the same OID. pg_dump's schema sections leave them out, and their
// contents are opaque bytes (scanned contracts, photos) that no rule can
// mask: they never cross. The oid columns that reference them still find
// them, so reading one, lo_unlink and the lo extension's lo_manage trigger
// work in staging.
func (r *run) createLargeObjects(ctx context.Context, conn *pgx.Conn) error {
	rows, err := r.coord.Query(ctx, "SELECT oid FROM pg_catalog.pg_largeobject_metadata ORDER BY oid")
	if err != nil {
		return fmt.Errorf("source: list large objects: %w", err)
	}
	oids, err := pgx.CollectRows(rows, pgx.RowTo[uint32])
	if err != nil {
		return fmt.Errorf("source: list large objects: %w", err)
	}
	for batch := range slices.Chunk(oids, largeObjectBatch) {
		if _, err := conn.Exec(ctx, "SELECT count(pg_catalog.lo_create(o)) FROM unnest($1::oid[]) o", batch); err != nil {
			return fmt.Errorf("target: create large objects: %w", err)
		}
	}
	if len(oids) > 0 {
		r.cfg.Logger.Info("large objects created empty: their contents are not copied", "count", len(oids))
		r.manifest.LargeObjects = len(oids)
	}
	return nil
}

// NotValidConstraint is a constraint production holds NOT VALID (added
// without checking the rows already there), and what became of it in
// staging: validated when the copied rows satisfy it, else left NOT VALID
// as in production.
type NotValidConstraint struct {
	// Kind is "foreign key" or "check".
	Kind  string `json:"kind"`
	Table string `json:"table"`
	Name  string `json:"name"`
	// Validated reports that VALIDATE CONSTRAINT succeeded in staging.
	Validated bool `json:"validated"`
	// Violation is the server's message when some copied rows violate it
	// (its detail, which quotes a row's values, is not kept).
	Violation string `json:"violation,omitempty"`
}

// validateNotValid tries, Workers at a time, to validate in staging each
// foreign key and CHECK constraint that production holds NOT VALID:
// pg_dump adds them NOT VALID, as production has them. One that the copied
// rows violate stays NOT VALID, as in production, and the run goes on;
// verify then counts the rows that violate it here and there. Any other
// error stops the run. Constraints valid in production were validated
// when they were added.
func (r *run) validateNotValid(ctx context.Context) error {
	type pending struct {
		table schema.Name
		c     *NotValidConstraint
	}
	var todo []pending
	for _, t := range r.model.Tables {
		for _, fk := range t.ForeignKeys {
			if !fk.Validated {
				todo = append(todo, pending{t.Name, &NotValidConstraint{Kind: "foreign key", Table: t.Name.String(), Name: fk.Name}})
			}
		}
		for _, c := range t.Checks {
			if !c.Validated {
				todo = append(todo, pending{t.Name, &NotValidConstraint{Kind: "check", Table: t.Name.String(), Name: c.Name}})
			}
		}
	}
	if len(todo) == 0 {
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	work := make(chan pending)
	for w := 0; w < min(r.cfg.Workers, len(todo)); w++ {
		g.Go(func() error {
			conn, err := r.connectNext(gctx)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			for p := range work {
				c := p.c
				err := execRetryDeadlock(gctx, conn, "ALTER TABLE "+p.table.Sanitize()+" VALIDATE CONSTRAINT "+pgx.Identifier{c.Name}.Sanitize())
				var pgErr *pgconn.PgError
				switch {
				case err == nil:
					c.Validated = true
				case errors.As(err, &pgErr) && (pgErr.Code == "23503" || pgErr.Code == "23514"):
					c.Violation = pgErr.Message
					r.cfg.Logger.Warn("constraint left NOT VALID, as in production: copied rows violate it",
						"kind", c.Kind, "table", c.Table, "constraint", c.Name)
				default:
					return fmt.Errorf("post-data: validate %s %s on %s: %w", c.Kind, c.Name, c.Table, err)
				}
			}
			return nil
		})
	}
	g.Go(func() error { return feed(gctx, work, todo) })
	if err := g.Wait(); err != nil {
		return err
	}
	r.manifest.NotValid = make([]NotValidConstraint, len(todo))
	for i, p := range todo {
		r.manifest.NotValid[i] = *p.c
	}
	return nil
}

// parallel runs independent statements on Workers connections. A deadlock
// between two foreign keys on one table is retried.
func (r *run) parallel(ctx context.Context, what string, stmts []string) error {
	if len(stmts) == 0 {
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	work := make(chan string)
	for w := 0; w < min(r.cfg.Workers, len(stmts)); w++ {
		g.Go(func() error {
			conn, err := r.connectNext(gctx)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			for sql := range work {
				if err := execRetryDeadlock(gctx, conn, sql); err != nil {
					return fmt.Errorf("post-data: %s: %w\n%s", what, err, firstLine(sql))
				}
			}
			return nil
		})
	}
	g.Go(func() error { return feed(gctx, work, stmts) })
	return g.Wait()
}

func execRetryDeadlock(ctx context.Context, conn *pgx.Conn, sql string) error {
	for attempt := 0; ; attempt++ {
		_, err := conn.Exec(ctx, sql)
		var pgErr *pgconn.PgError
		if err == nil || attempt == 4 || !errors.As(err, &pgErr) || (pgErr.Code != "40P01" && pgErr.Code != "40001") {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 50 * time.Millisecond):
		}
	}
}

// firstLine is the first line of a statement that is not blank or a
// comment (pg_dump heads some with "--"), to name it in an error.
func firstLine(sql string) string {
	lines := strings.Split(strings.TrimSpace(sql), "\n")
	for i, l := range lines {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "--") {
			continue
		}
		if i < len(lines)-1 {
			l += " ..."
		}
		return l
	}
	return strings.TrimSpace(sql)
}

// setSequences sets every sequence past the largest value copied into the
// columns that use it, and never below the source's own value, on Workers
// sessions, sequenceBatch sequences a round trip (one round trip each, on
// thousands of tables, took seconds).
func (r *run) setSequences(ctx context.Context) error {
	seqs := r.model.Sequences
	if len(seqs) == 0 {
		return nil
	}
	workers := min(r.cfg.Workers, len(seqs))
	g, gctx := errgroup.WithContext(ctx)
	for w := range workers {
		g.Go(func() error {
			conn, err := r.connectNext(gctx)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			var mine []*schema.Sequence
			for i := w; i < len(seqs); i += workers {
				mine = append(mine, seqs[i])
			}
			return r.setSequenceList(gctx, conn, mine)
		})
	}
	return g.Wait()
}

// setSequencesOn sets every sequence on conn (the load transaction's,
// under schema: existing).
func (r *run) setSequencesOn(ctx context.Context, conn *pgx.Conn) error {
	return r.setSequenceList(ctx, conn, r.model.Sequences)
}

func (r *run) setSequenceList(ctx context.Context, conn *pgx.Conn, seqs []*schema.Sequence) error {
	if len(seqs) == 0 {
		return nil
	}
	// A sequence is read as it is now, whatever the snapshot (sequences
	// are not transactional): outside the coordinator's transaction, which
	// would keep every sequence's lock to the end.
	src, err := r.prep.openSource(ctx)
	if err != nil {
		return err
	}
	defer src.Close(context.Background())
	for batch := range slices.Chunk(seqs, sequenceBatch) {
		if err := r.setSequenceBatch(ctx, src, conn, batch); err != nil {
			return err
		}
	}
	return nil
}

// sequenceBatch is how many sequences one statement reads on the source,
// and one sets on the target (and one reads their columns' largest
// values): each statement locks its sequences, or its tables and their
// indexes, until it ends.
const sequenceBatch = 50

// setSequenceBatch sets a batch of sequences in three round trips: their
// values on the source, the largest value of each column that uses one
// on the target, then every setval at once.
func (r *run) setSequenceBatch(ctx context.Context, src, dst *pgx.Conn, seqs []*schema.Sequence) error {
	named := func(what string, err error) error {
		if len(seqs) == 1 {
			return fmt.Errorf("%s %s: %w", what, seqs[0].Name, err)
		}
		return fmt.Errorf("%s %s and %d more: %w", what, seqs[0].Name, len(seqs)-1, err)
	}
	var q strings.Builder
	for i, s := range seqs {
		if i > 0 {
			q.WriteString(" UNION ALL ")
		}
		fmt.Fprintf(&q, "SELECT %d, last_value, is_called FROM %s", i, s.Name.Sanitize())
	}
	value := make([]int64, len(seqs))
	called := make([]bool, len(seqs))
	err := readOnce(ctx, src, q.String(), func(rows pgx.Rows) error {
		var i int
		var v int64
		var c bool
		if err := rows.Scan(&i, &v, &c); err != nil {
			return err
		}
		value[i], called[i] = v, c
		return nil
	})
	if err != nil {
		return named("source: read sequence", err)
	}
	q.Reset()
	for i, s := range seqs {
		cols := slices.Clone(s.UsedBy)
		if s.OwnedBy != nil {
			cols = append(cols, *s.OwnedBy)
		}
		for _, c := range cols {
			t := r.model.Table(c.Table)
			if t == nil || t.Column(c.Column) == nil {
				continue
			}
			if q.Len() > 0 {
				q.WriteString(" UNION ALL ")
			}
			fmt.Fprintf(&q, "SELECT %d, max(%s)::bigint FROM %s", i, pgx.Identifier{c.Column}.Sanitize(), c.Table.Sanitize())
		}
	}
	if q.Len() > 0 {
		err := readOnce(ctx, dst, q.String(), func(rows pgx.Rows) error {
			var i int
			var m *int64
			if err := rows.Scan(&i, &m); err != nil {
				return err
			}
			if m != nil && (*m > value[i] || (*m == value[i] && !called[i])) {
				value[i], called[i] = *m, true
			}
			return nil
		})
		if err != nil {
			return named("target: read the columns of sequence", err)
		}
	}
	q.Reset()
	q.WriteString("SELECT ")
	args := make([]any, 0, 3*len(seqs))
	for i, s := range seqs {
		if i > 0 {
			q.WriteString(", ")
		}
		fmt.Fprintf(&q, "pg_catalog.setval($%d::regclass, $%d, $%d)", 3*i+1, 3*i+2, 3*i+3)
		args = append(args, s.Name.Sanitize(), value[i], called[i])
	}
	if _, err := dst.Exec(ctx, q.String(), args...); err != nil {
		return named("target: set sequence", err)
	}
	return nil
}

// readOnce runs a query whose text is used once, in one round trip (the
// simple protocol: nothing to prepare), and calls fn on each row.
func readOnce(ctx context.Context, conn *pgx.Conn, sql string, fn func(pgx.Rows) error) error {
	rows, err := conn.Query(ctx, sql, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// analyze gathers planner statistics for every table the post-data
// dataflow has not analyzed (partitioned tables with their partitions,
// tables without rows), Workers at a time.
func (r *run) analyze(ctx context.Context) error {
	var stmts []string
	for _, t := range r.model.Tables {
		if !r.analyzed[t.Name] && !analyzedWithRoot(t) {
			stmts = append(stmts, "ANALYZE "+t.Name.Sanitize())
		}
	}
	return r.parallel(ctx, "analyze", stmts)
}

// analyzedWithRoot reports a partition (or a partitioned table that is
// one): ANALYZE of the partitioned table at the root analyzes each
// partition below it too, so analyzing one on its own would be done twice.
func analyzedWithRoot(t *schema.Table) bool {
	return t.Parent != nil && (t.Kind == schema.KindPartition || t.Kind == schema.KindPartitioned)
}
