package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// postData runs the post-data section beside the copy: it takes the
// section's statements (see startSchemaScripts), then runs
// the dataflow of indexes, keys, ANALYZEs and refreshes of materialized
// views (see flow) as the copy reports tables done, then the rest of the
// section in order (event triggers and publications left out),
// then tries to validate the constraints production holds NOT VALID,
// refreshes the materialized views populated on the source that the
// dataflow could not (see refreshPlan), and creates the large objects.
func (r *run) postData(ctx context.Context) error {
	// The section, written and parsed beside the earlier steps, the
	// source's sequences, and the materialized views pre-data created.
	var stmts []pgsql.Statement
	var seqs []sequenceValue
	var created map[schema.Name]bool
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() (err error) {
		stmts, err = r.postDataScript.wait(gctx)
		return err
	})
	g.Go(func() (err error) {
		seqs, err = r.readSequences(gctx, r.model.Sequences)
		return err
	})
	g.Go(func() (err error) {
		created, err = r.createdMaterializedViews(gctx)
		return err
	})
	if err := g.Wait(); err != nil {
		return err
	}
	var rest []string
	for _, s := range stmts {
		if s.Kind == pgsql.StmtOther {
			rest = append(rest, s.SQL)
		}
	}
	// Each table copied is analyzed once keyed; a partitioned table once
	// its copied partitions are, which its ANALYZE analyzes again (so they
	// are not analyzed on their own).
	var tables, analyze []schema.Name
	partitions := map[schema.Name][]schema.Name{}
	for _, t := range r.model.Tables {
		tables = append(tables, t.Name)
		switch root := r.partitionRoot(t); {
		case root != nil && r.copying[t.Name]:
			partitions[root.Name] = append(partitions[root.Name], t.Name)
		case root == nil && r.copying[t.Name]:
			analyze = append(analyze, t.Name)
		}
	}
	for _, t := range r.model.Tables {
		if len(partitions[t.Name]) > 0 {
			analyze = append(analyze, t.Name)
		}
	}
	plan := flowPlan{stmts: stmts, tables: tables, analyze: analyze, after: partitions}
	for _, v := range seqs {
		plan.sequences = append(plan.sequences, r.setvalJob(v))
	}
	var atEnd []schema.Name
	plan.refreshes, atEnd = r.refreshPlan(created)
	plan.small = func(n schema.Name) bool {
		t := r.model.Table(n)
		return t != nil && t.Bytes < smallTable
	}
	f := newFlow(plan)
	f.onStage = func(t schema.Name, stage string, since time.Time) {
		r.cfg.OnEvent(TableStageEvent{Table: t.String(), Stage: stage, Elapsed: time.Since(since)})
	}
	if err := f.run(ctx, r.cfg.Workers, r.connectScript, r.copied, r.copying); err != nil {
		return err
	}
	r.analyzed = map[schema.Name]bool{}
	for _, t := range analyze {
		r.analyzed[t] = true
	}
	r.sequencesSet = true
	conn, err := r.connectScript(ctx)
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
	for _, v := range atEnd {
		if _, err := conn.Exec(ctx, "REFRESH MATERIALIZED VIEW "+v.Sanitize()); err != nil {
			return fmt.Errorf("post-data: refresh %s: %w", v, err)
		}
	}
	return r.createLargeObjects(ctx, conn)
}

// createdMaterializedViews lists the materialized views in __next when
// post-data starts: those pre-data created. pg_dump defines one in
// post-data when it depends on a post-data object (a primary key its
// GROUP BY relies on). Without a populated one in the source, there is
// nothing to ask: no session is opened.
func (r *run) createdMaterializedViews(ctx context.Context) (map[schema.Name]bool, error) {
	created := map[schema.Name]bool{}
	if !slices.ContainsFunc(r.model.Views, func(v *schema.View) bool { return v.Materialized && v.Populated }) {
		return created, nil
	}
	conn, err := r.connectScript(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	err = readOnce(ctx, conn, "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'm'",
		func(rows pgx.Rows) error {
			var n schema.Name
			if err := rows.Scan(&n.Schema, &n.Name); err != nil {
				return err
			}
			created[n] = true
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("target: list materialized views: %w", err)
	}
	return created, nil
}

// refreshPlan sorts the materialized views populated on the source into
// those the dataflow refreshes, each as soon as what it reads is in, and
// those refreshed at the end of post-data as pg_restore does, after the
// rest of the section, each after the materialized views it reads. A view
// goes to the dataflow only when the flow holds all it needs: pre-data
// created it (created), the catalog knows all it reads (no Opaque), each
// table it reads is in the model and without row-level security (whose
// policies come with the rest), and each materialized view it reads goes
// to the dataflow too.
func (r *run) refreshPlan(created map[schema.Name]bool) (flow []flowRefresh, atEnd []schema.Name) {
	views := map[schema.Name]*schema.View{}
	for _, v := range r.model.Views {
		if v.Materialized {
			views[v.Name] = v
		}
	}
	// inFlow says whether a view goes to the dataflow, and why not.
	reason := map[schema.Name]string{}
	var inFlow func(v *schema.View, seen map[schema.Name]bool) string
	inFlow = func(v *schema.View, seen map[schema.Name]bool) string {
		if why, ok := reason[v.Name]; ok {
			return why
		}
		why := func() string {
			switch {
			case !v.Populated:
				return "not populated on the source"
			case len(v.Opaque) > 0:
				return "reads through " + v.Opaque[0]
			case !created[v.Name]:
				return "created in post-data"
			case seen[v.Name]:
				return "reads itself"
			}
			seen[v.Name] = true
			for _, n := range v.Reads {
				if t := r.model.Table(n); t != nil {
					if t.RowSecurity {
						return "reads " + n.String() + ", which has row-level security"
					}
					continue
				}
				dep := views[n]
				if dep == nil {
					return "reads " + n.String() + ", not a table of the copy"
				}
				if why := inFlow(dep, seen); why != "" {
					return "reads " + n.String() + ", " + why
				}
			}
			return ""
		}()
		reason[v.Name] = why
		return why
	}
	for _, v := range r.model.Views {
		if !v.Materialized || !v.Populated {
			continue
		}
		if why := inFlow(v, map[schema.Name]bool{}); why != "" {
			r.cfg.Logger.Info("materialized view refreshed at the end of post-data", "view", v.Name.String(), "reason", why)
			atEnd = append(atEnd, v.Name)
			continue
		}
		job := flowRefresh{view: v.Name}
		for _, n := range v.Reads {
			if r.model.Table(n) != nil {
				job.tables = append(job.tables, n)
			} else {
				job.views = append(job.views, n)
			}
		}
		flow = append(flow, job)
	}
	return flow, readsFirst(atEnd, views)
}

// readsFirst orders materialized views so that each comes after those of
// them it reads.
func readsFirst(names []schema.Name, views map[schema.Name]*schema.View) []schema.Name {
	want := map[schema.Name]bool{}
	for _, n := range names {
		want[n] = true
	}
	var out []schema.Name
	placed := map[schema.Name]bool{}
	var place func(n schema.Name)
	place = func(n schema.Name) {
		if placed[n] || !want[n] {
			return
		}
		placed[n] = true // a cycle (none in PostgreSQL) ends here
		if v := views[n]; v != nil {
			for _, dep := range v.Reads {
				place(dep)
			}
		}
		out = append(out, n)
	}
	for _, n := range names {
		place(n)
	}
	return out
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
		if err == nil || attempt == 4 || !retryable(err) {
			return err
		}
		if err := backoff(ctx, attempt); err != nil {
			return err
		}
	}
}

// execInTx runs statements in one transaction and one round trip, again
// after a deadlock as execRetryDeadlock does. When it fails, the
// transaction is rolled back, unless the session is gone (the context
// ended, or the connection was lost: conn.IsClosed).
func execInTx(ctx context.Context, conn *pgx.Conn, stmts []string) error {
	sql := "BEGIN;\n" + joinStatements(stmts) + "COMMIT;"
	for attempt := 0; ; attempt++ {
		_, err := conn.Exec(ctx, sql)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil || conn.IsClosed() {
			return err
		}
		if _, rerr := conn.Exec(ctx, "ROLLBACK"); rerr != nil {
			return errors.Join(err, rerr)
		}
		if attempt == 4 || !retryable(err) {
			return err
		}
		if err := backoff(ctx, attempt); err != nil {
			return err
		}
	}
}

// retryable: a deadlock or a serialization failure, which running the
// statement again may not meet.
func retryable(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "40P01" || pgErr.Code == "40001")
}

// backoff waits before the attempt after attempt.
func backoff(ctx context.Context, attempt int) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Duration(attempt+1) * 50 * time.Millisecond):
		return nil
	}
}

// joinStatements writes statements one after another, each ended on a
// line of its own (a statement may end in a -- comment).
func joinStatements(stmts []string) string {
	var b strings.Builder
	for _, s := range stmts {
		b.WriteString(s)
		b.WriteString("\n;\n")
	}
	return b.String()
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

// The sequences are set in the post-data dataflow: each is read on the
// source when post-data starts (a sequence is read as it is now, which is
// never below its value in the snapshot), and set on the target past the
// largest value copied into the columns that use it, and never below the
// source's own value, as soon as those columns' tables are keyed (so
// max() reads an index), most in the batch that builds the table's
// indexes.

// sequenceValue is a sequence's value on the source.
type sequenceValue struct {
	seq    *schema.Sequence
	last   int64
	called bool
}

// setSequences sets the sequences the post-data dataflow has not (none,
// once it has run).
func (r *run) setSequences(ctx context.Context) error {
	if r.sequencesSet || len(r.model.Sequences) == 0 {
		return nil
	}
	conn, err := r.connectNext(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	return r.setSequencesOn(ctx, conn)
}

// setSequencesOn sets every sequence on conn (the load transaction's,
// under schema: existing).
func (r *run) setSequencesOn(ctx context.Context, conn *pgx.Conn) error {
	vals, err := r.readSequences(ctx, r.model.Sequences)
	if err != nil {
		return err
	}
	for batch := range slices.Chunk(vals, sequenceBatch) {
		if err := r.setSequenceBatch(ctx, conn, batch); err != nil {
			return err
		}
	}
	return nil
}

// sequenceBatch is how many sequences one statement reads on the source,
// and sets on the target: each statement locks its sequences (or the
// tables it reads, with their indexes) until it ends.
const sequenceBatch = 50

// readSequences reads the sequences' values on the source, sequenceBatch
// to a round trip, outside the coordinator's transaction (which would keep
// every sequence's lock to the end of the run).
func (r *run) readSequences(ctx context.Context, seqs []*schema.Sequence) ([]sequenceValue, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	src, err := r.prep.openSource(ctx)
	if err != nil {
		return nil, err
	}
	defer src.Close(context.Background())
	out := make([]sequenceValue, len(seqs))
	for i, s := range seqs {
		out[i].seq = s
	}
	for start := 0; start < len(seqs); start += sequenceBatch {
		batch := seqs[start:min(start+sequenceBatch, len(seqs))]
		var q strings.Builder
		for i, s := range batch {
			if i > 0 {
				q.WriteString(" UNION ALL ")
			}
			fmt.Fprintf(&q, "SELECT %d, last_value, is_called FROM %s", start+i, s.Name.Sanitize())
		}
		err := readOnce(ctx, src, q.String(), func(rows pgx.Rows) error {
			var i int
			var last int64
			var called bool
			if err := rows.Scan(&i, &last, &called); err != nil {
				return err
			}
			out[i].last, out[i].called = last, called
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("source: read sequence %s%s: %w", batch[0].Name, andMore(len(batch)-1), err)
		}
	}
	return out, nil
}

// andMore is ", and n more" for n > 0.
func andMore(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" and %d more", n)
}

// sequenceColumns are the columns that use a sequence, as the target has
// them.
func (r *run) sequenceColumns(s *schema.Sequence) []schema.ColumnRef {
	cols := slices.Clone(s.UsedBy)
	if s.OwnedBy != nil {
		cols = append(cols, *s.OwnedBy)
	}
	var out []schema.ColumnRef
	for _, c := range cols {
		if t := r.model.Table(c.Table); t != nil && t.Column(c.Column) != nil && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// setvalSQL sets a sequence past the largest value of its columns, and
// never below the source's: setval(s, max, true) when the largest value
// is above the source's (or equal, and the source's not yet called), else
// the source's value as it is.
func (r *run) setvalSQL(v sequenceValue) string {
	name := pgsql.QuoteLiteral(v.seq.Name.Sanitize()) + "::regclass"
	last, called := strconv.FormatInt(v.last, 10), strconv.FormatBool(v.called)
	cols := r.sequenceColumns(v.seq)
	if len(cols) == 0 {
		return "SELECT pg_catalog.setval(" + name + ", " + last + ", " + called + ")"
	}
	maxes := make([]string, len(cols))
	for i, c := range cols {
		maxes[i] = "(SELECT max(" + pgx.Identifier{c.Column}.Sanitize() + ")::bigint FROM " + c.Table.Sanitize() + ")"
	}
	above := "(m > " + last + " OR (m = " + last + " AND NOT " + called + "))"
	return "SELECT pg_catalog.setval(" + name + ", CASE WHEN " + above + " THEN m ELSE " + last + " END, CASE WHEN " + above +
		" THEN true ELSE " + called + " END) FROM (SELECT greatest(" + strings.Join(maxes, ", ") + ") AS m) AS largest"
}

// setvalJob is the dataflow's job that sets a sequence once the tables of
// its columns are keyed.
func (r *run) setvalJob(v sequenceValue) flowSequence {
	var tables []schema.Name
	for _, c := range r.sequenceColumns(v.seq) {
		tables = append(tables, c.Table)
	}
	return flowSequence{sql: r.setvalSQL(v), tables: tables}
}

// setSequenceBatch sets a batch of sequences in one statement.
func (r *run) setSequenceBatch(ctx context.Context, conn *pgx.Conn, vals []sequenceValue) error {
	sqls := make([]string, len(vals))
	for i, v := range vals {
		sqls[i] = "(" + r.setvalSQL(v) + ")"
	}
	if _, err := conn.Exec(ctx, "SELECT "+strings.Join(sqls, ", ")); err != nil {
		return fmt.Errorf("target: set sequence %s%s: %w", vals[0].seq.Name, andMore(len(vals)-1), err)
	}
	return nil
}

// readOnce runs a query whose text is used once, in one round trip (an
// unnamed statement: nothing prepared and kept), and calls fn on each row.
func readOnce(ctx context.Context, conn *pgx.Conn, sql string, fn func(pgx.Rows) error) error {
	rows, err := conn.Query(ctx, sql, pgx.QueryExecModeExec)
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
// dataflow has not analyzed (tables without rows, partitioned tables none
// of whose partitions has rows), Workers at a time.
func (r *run) analyze(ctx context.Context) error {
	var stmts []string
	for _, t := range r.model.Tables {
		if !r.analyzed[t.Name] && r.partitionRoot(t) == nil {
			stmts = append(stmts, "ANALYZE "+t.Name.Sanitize())
		}
	}
	return r.parallel(ctx, "analyze", stmts)
}

// smallTable is the size under which a table's indexes and keys are built
// in one transaction, on one session (flow.small): a larger table's go to
// several sessions at once.
const smallTable = 8 << 20

// partitionRoot is the partitioned table at the root of a partition (or
// of a partitioned table that is one), nil for any other table: ANALYZE
// of the root analyzes each partition below it too, so a partition is not
// analyzed on its own.
func (r *run) partitionRoot(t *schema.Table) *schema.Table {
	var root *schema.Table
	for t != nil && t.Parent != nil && (t.Kind == schema.KindPartition || t.Kind == schema.KindPartitioned) {
		t = r.model.Table(*t.Parent)
		root = t
	}
	return root
}
