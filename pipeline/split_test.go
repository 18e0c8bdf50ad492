package pipeline

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

func TestParseSize(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int64{
		"0": 0, "1": 1, "1048576": 1 << 20, "512MB": 512 << 20, "512mb": 512 << 20, "512 MB": 512 << 20,
		"1GiB": 1 << 30, "1gb": 1 << 30, "1.5GB": 3 << 29, "64kB": 64 << 10, "2TB": 2 << 40, "10B": 10, " 8MiB ": 8 << 20,
	} {
		got, err := ParseSize(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "MB", "-1", "12XB", "1e9", "1..5GB", "one GB", "1 G B", "9000PB"} {
		_, err := ParseSize(in)
		require.Error(t, err, in)
		require.Contains(t, err.Error(), "such as 512MB or 1GiB", in)
	}
}

func TestSplitThreshold(t *testing.T) {
	t.Parallel()
	const mib = 1 << 20
	require.EqualValues(t, 64*mib, splitThreshold(0, 200*mib, 2), "a small database: the floor")
	require.EqualValues(t, 100*mib, splitThreshold(0, 400*mib, 2), "half a worker's share of 400 MiB over 2 workers")
	require.EqualValues(t, 1024*mib, splitThreshold(0, 32*1024*mib, 16))
	require.EqualValues(t, 5, splitThreshold(5, 300*mib, 2), "as configured")
	require.Zero(t, splitThreshold(-1, 300*mib, 2), "never")
	require.Zero(t, splitThreshold(5, 300*mib, 1), "one worker reads one part at a time")
}

func TestSplitParts(t *testing.T) {
	t.Parallel()
	const mib = 1 << 20
	require.Equal(t, 1, splitParts(100*mib, 12800, 0, 4), "never")
	require.Equal(t, 1, splitParts(100*mib, 12800, 100*mib, 4), "at the threshold: whole")
	require.Equal(t, 2, splitParts(100*mib+1, 12800, 100*mib, 4))
	require.Equal(t, 4, splitParts(350*mib, 44800, 100*mib, 4), "parts of about the threshold")
	require.Equal(t, 8, splitParts(5000*mib, 640000, 100*mib, 4), "at most two per worker")
	require.Equal(t, 3, splitParts(5000*mib, 3, 1, 4), "one page each at least")
	require.Equal(t, 1, splitParts(5000*mib, 1, 1, 4), "one page: whole")
	require.Equal(t, 1, splitParts(5000*mib, 0, 1, 4), "not heap, or empty")
}

func TestPageRanges(t *testing.T) {
	t.Parallel()
	require.Equal(t, []pageRange{{}}, pageRanges(100, 1))
	rs := pageRanges(10, 3)
	require.Equal(t, []pageRange{{0, 3}, {3, 6}, {6, 0}}, rs)
	require.Equal(t, "ctid < '(3,0)'::tid", rs[0].condition())
	require.Equal(t, "ctid >= '(3,0)'::tid AND ctid < '(6,0)'::tid", rs[1].condition())
	require.Equal(t, "ctid >= '(6,0)'::tid", rs[2].condition())
	require.True(t, pageRange{}.whole())
	require.False(t, rs[0].whole())
	for _, n := range []int{2, 3, 7} {
		rs := pageRanges(7, n)
		require.Len(t, rs, n)
		for i := 1; i < n; i++ {
			require.Equal(t, rs[i-1].To, rs[i].From, "no gap, no overlap")
			require.Less(t, rs[i].From, max(rs[i].To, 8), "no empty range")
		}
	}
}

// TestAddPartSums: a split table's line in the manifest is its parts'
// sums, one line per table.
func TestAddPartSums(t *testing.T) {
	t.Parallel()
	tp := &rules.TablePlan{Table: &schema.Table{Name: schema.Name{Schema: "s", Name: "t"}}}
	parts := newTableCopy(tp, 9, 3)
	require.Len(t, parts, 3)
	tc := parts[0].table
	tc.begin()
	_, done := tc.add(TableResult{Table: `s.t`, RowsRead: 10, RowsWritten: 10, Bytes: 100, Format: "binary", Masked: []string{"email"}, Invalid: map[string]int64{"email": 1}})
	require.False(t, done)
	_, done = tc.add(TableResult{Table: `s.t`}) // a range the subset selects no row of
	require.False(t, done)
	res, done := tc.add(TableResult{Table: `s.t`, RowsRead: 5, RowsWritten: 5, Bytes: 50, Format: "binary", Masked: []string{"email"}, Invalid: map[string]int64{"email": 2, "name": 1}})
	require.True(t, done)
	require.Equal(t, TableResult{Table: `s.t`, RowsRead: 15, RowsWritten: 15, Bytes: 150, Format: "binary", Masked: []string{"email"},
		Invalid: map[string]int64{"email": 3, "name": 1}, Parts: 3, Seconds: res.Seconds}, res)

	var events []TableProgressEvent
	on := func(e Event) { events = append(events, e.(TableProgressEvent)) }
	parts[0].progress(on, 10, 100)
	parts[1].progress(on, 4, 40)
	parts[0].progress(on, 12, 120)
	require.Equal(t, TableProgressEvent{Table: `s.t`, Rows: 16, Bytes: 160}, events[2], "progress is the table's, over its parts")
	require.Contains(t, parts[1].describe(), "part 2 of 3: pages 3 to 5")
	require.Contains(t, parts[2].describe(), "part 3 of 3: pages 6 to the end")
	require.Empty(t, newTableCopy(tp, 0, 1)[0].describe())
}

// splitFixture: a table of many pages with a TOASTed column, an
// inheritance parent with a child, a partitioned table with a large leaf,
// a table whose access method is not heap (its ctid need not address
// pages), and a small table.
const splitFixture = `
CREATE SCHEMA "Split";
CREATE TABLE "Split"."Big" (id int PRIMARY KEY, note text, doc text);
INSERT INTO "Split"."Big" SELECT g, 'note ' || g, CASE WHEN g % 100 = 0 THEN repeat(md5(g::text), 300) END FROM generate_series(1, 20000) g;
DELETE FROM "Split"."Big" WHERE id % 7 = 0;
CREATE TABLE "Split".parent (id int, v text);
CREATE TABLE "Split".child (extra int) INHERITS ("Split".parent);
INSERT INTO "Split".parent SELECT g, 'p' || g FROM generate_series(1, 5000) g;
INSERT INTO "Split".child SELECT g, 'c' || g, g FROM generate_series(1, 5000) g;
CREATE TABLE "Split".events (id int, at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE "Split".events_2024 PARTITION OF "Split".events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Split".events_2025 PARTITION OF "Split".events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO "Split".events SELECT g, date '2024-01-01' + (g % 300), 'e' || g FROM generate_series(1, 10000) g;
INSERT INTO "Split".events VALUES (1, '2025-02-01', 'late');
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE "Split".other (id int, v text) USING heap2;
INSERT INTO "Split".other SELECT g, 'o' || g FROM generate_series(1, 5000) g;
CREATE TABLE "Split".small (id int);
INSERT INTO "Split".small VALUES (1);
ANALYZE;
`

// TestSplitTablesReadEachRowOnce: the page ranges of every table large
// enough are read by a TID Range Scan (only their pages), and together
// they read every row of the table once, none of an inheritance child's;
// a table of another access method, a one-page table and a partitioned
// parent are read whole.
func TestSplitTablesReadEachRowOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.Database(t, pgtest.Empty)
	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, splitFixture)
	require.NoError(t, err)
	p, err := Prepare(ctx, PrepareConfig{SourceURL: url, SampleRows: -1})
	require.NoError(t, err)
	defer p.Close()
	r := &run{cfg: &Config{Workers: 3, SplitTablesLargerThan: 1, Logger: slog.New(slog.DiscardHandler)}, prep: p, model: p.Model}

	var tables []*rules.TablePlan
	for _, tb := range p.Model.Tables {
		if tb.HasData() {
			tables = append(tables, &rules.TablePlan{Table: tb})
		}
	}
	parts, err := r.splitTables(ctx, tables)
	require.NoError(t, err)
	byTable := map[string][]*copyPart{}
	var order []string
	for _, part := range parts {
		name := part.tp.Table.Name.String()
		if len(byTable[name]) == 0 {
			order = append(order, name)
		}
		byTable[name] = append(byTable[name], part)
	}
	require.Len(t, order, len(tables), "one table after another: a table's parts are together")
	require.Len(t, byTable[`"Split"."Big"`], 6, "at most two parts per worker")
	require.Len(t, byTable[`"Split".events_2024`], 6, "a large leaf partition is split")
	require.Len(t, byTable[`"Split".parent`], 6)
	require.Len(t, byTable[`"Split".other`], 1, "not heap: whole")
	require.Len(t, byTable[`"Split".small`], 1, "one page: whole")
	require.Len(t, byTable[`"Split".events_2025`], 1)

	for _, name := range []string{`"Split"."Big"`, `"Split".events_2024`, `"Split".parent`} {
		tb := byTable[name][0].tp.Table
		var want string
		var rows int64
		require.NoError(t, conn.QueryRow(ctx, "SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text)) FROM ONLY "+tb.Name.Sanitize()+" t").Scan(&rows, &want))
		var union []string
		for _, part := range byTable[name] {
			q := part.pages.selectFrom(tb, "*")
			union = append(union, q)
			plan := explain(t, conn, q)
			require.Contains(t, plan, "Tid Range Scan", q)
			require.NotContains(t, plan, "Seq Scan", q)
		}
		var got string
		var n int64
		require.NoError(t, conn.QueryRow(ctx, "SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text)) FROM ("+strings.Join(union, " UNION ALL ")+") t").Scan(&n, &got))
		require.Equal(t, rows, n, name)
		require.Equal(t, want, got, name+": the parts read every row once")
	}

	// A source older than PostgreSQL 14 would scan the table for every
	// part: nothing is split.
	r.model = &schema.Model{ServerVersion: 130000}
	parts, err = r.splitTables(ctx, tables)
	require.NoError(t, err)
	require.Len(t, parts, len(tables))
	// Nor when told never to.
	r.model, r.cfg.SplitTablesLargerThan = p.Model, -1
	parts, err = r.splitTables(ctx, tables)
	require.NoError(t, err)
	require.Len(t, parts, len(tables))
}

func explain(t *testing.T, conn *pgx.Conn, q string) string {
	t.Helper()
	rows, err := conn.Query(context.Background(), "EXPLAIN "+q)
	require.NoError(t, err)
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	return strings.Join(lines, "\n")
}
