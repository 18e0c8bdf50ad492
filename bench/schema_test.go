package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/understudy/understudy/internal/golden"
)

const outOfSharedMemory = "ERROR: out of shared memory (SQLSTATE 53200)"

// schemaFixture: 500 tables pass; at 2,000 run passes in one round of
// two and verify fails in both; 5,000 tables ran init alone.
func schemaFixture() ([]SchemaSample, []SchemaSize) {
	sizes := []SchemaSize{
		{Tables: 500, Relations: 1501, Indexes: 3001, Rows: 55000, Bytes: 200 << 20, LoadSeconds: 40},
		{Tables: 2000, Relations: 3001, Indexes: 10001, Rows: 205000, Bytes: 700 << 20, LoadSeconds: 160},
		{Tables: 5000, Relations: 6001, Indexes: 25001, Rows: 505000, Bytes: 1700 << 20, LoadSeconds: 400},
	}
	var ss []SchemaSample
	add := func(tables, round int, c string, secs float64, err string) {
		ss = append(ss, SchemaSample{Tables: tables, Round: round, Command: c, Seconds: secs, MaxRSSKiB: int64(30+tables/100) << 10,
			CPUSeconds: secs / 2, Queries: int64(tables * 5), Err: err})
	}
	for r := 1; r <= 2; r++ {
		f := float64(r)
		add(500, r, cmdInspect, 1*f, "")
		add(500, r, cmdInit, 2*f, "")
		add(500, r, cmdLint, 1.5*f, "")
		add(500, r, cmdPlan, 3*f, "")
		add(500, r, cmdRun, 8*f, "")
		ss[len(ss)-1].Steps = map[string]float64{"schema": 2, "copy": 4, "post-data": 2}
		ss[len(ss)-1].StepOrder = []string{"schema", "copy", "post-data"}
		add(500, r, cmdVerify, 2*f, "")
		add(500, r, cmdDumpRestore, 10*f, "")
		add(500, r, cmdDump, 4*f, "")
		add(500, r, cmdRestore, 6*f, "")

		add(2000, r, cmdInspect, 2*f, "")
		add(2000, r, cmdInit, 10*f, "")
		add(2000, r, cmdLint, 3*f, "")
		add(2000, r, cmdPlan, 5*f, outOfSharedMemory)
		if r == 1 {
			add(2000, r, cmdRun, 30, "")
			add(2000, r, cmdVerify, 4, outOfSharedMemory)
		} else {
			add(2000, r, cmdRun, 12, "run: copy public.t7: "+outOfSharedMemory)
			ss = append(ss, SchemaSample{Tables: 2000, Round: r, Command: cmdVerify, Err: "skipped: run failed", Skipped: true})
		}
		add(2000, r, cmdDumpRestore, 40*f, "")
		add(2000, r, cmdDump, 15*f, "")
		add(2000, r, cmdRestore, 25*f, "")
	}
	add(5000, 1, cmdInit, 75, "")
	return ss, sizes
}

func TestSchemaReport(t *testing.T) {
	ss, sizes := schemaFixture()
	cells := schemaCells(ss, sizes)
	growth := schemaGrowth(cells)
	r := &SchemaResults{
		Env: SchemaEnv{Postgres: "15.0", MaxLocks: 64, MaxConnections: 100, Durability: "fsync=on synchronous_commit=on full_page_writes=on", Runs: 2, Jobs: 2, CPUs: 2, Partitions: 1000, RowsPerTable: 100,
			Sizes: sizes, LoadBefore: "1.00 1.00 1.00", LoadAfter: "2.00 2.00 2.00"},
		Cells: cells, Growth: growth, Targets: schemaTargets(cells, growth), Samples: ss,
	}
	golden.Check(t, filepath.Join("testdata", "report-schema.txt"), []byte(renderSchemaText(r)))

	get := func(c string, n int) SchemaCell {
		for _, cell := range cells {
			if cell.Command == c && cell.Tables == n {
				return cell
			}
		}
		t.Fatalf("no cell %s at %d", c, n)
		return SchemaCell{}
	}
	require.Equal(t, 15.0, float64(get(cmdInit, 2000).Median), "the median of 10 and 20 s")
	run := get(cmdRun, 2000)
	require.Equal(t, 1, run.Failed)
	require.Equal(t, 30.0, float64(run.Median), "the round that passed")
	require.InDelta(t, 30.0/40, float64(run.VsDumpRestore), 1e-9, "paired with dump + restore of round 1")
	require.Equal(t, 2, get(cmdVerify, 2000).Failed)

	results := map[string]string{}
	for _, tg := range r.Targets {
		results[tg.Name] = tg.Result
	}
	require.Equal(t, "MISS", results["plan: time x / tables x, 500 -> 2000 tables"], "a failed cell misses")
	require.Equal(t, "PASS", results["run of 2000 tables / (dump + restore), paired"])
	require.Equal(t, "MISS", results["init of 5000 tables, seconds"])
	require.Equal(t, "info", results["info: dump_restore: time x / tables x, 500 -> 2000 tables"])

	var buf bytes.Buffer
	require.NoError(t, writeJSON(&buf, r))
	require.True(t, json.Valid(buf.Bytes()), "the JSON output must parse")
}

func TestSchemaShapeSQL(t *testing.T) {
	s := schemaShape{tables: 3, partitions: 2, rows: 10}
	require.Equal(t, s.sql(), s.sql(), "the same shape, the same script")
	sql := s.sql()
	require.Equal(t, 3, strings.Count(sql, "CREATE TABLE public.t"))
	require.Equal(t, 9, strings.Count(sql, "CREATE INDEX"))
	require.Contains(t, sql, "ALTER TABLE public.t3 ADD FOREIGN KEY (a_id) REFERENCES public.t2 (id), ADD FOREIGN KEY (b_id) REFERENCES public.t1 (id);")
	require.Contains(t, sql, "CREATE TABLE public.events_20220102 PARTITION OF public.events FOR VALUES FROM ('2022-01-02') TO ('2022-01-03');")
	require.NotContains(t, sql, "events_20220103")
	require.Equal(t, 6, s.relations())
	require.Equal(t, int64(40), s.rowCount())
	require.Equal(t, 3, schemaShape{tables: 3}.relations())
}

func TestErrSummary(t *testing.T) {
	require.Equal(t, outOfSharedMemory,
		errSummary("understudy verify: exit status 1\nverify: leak check public.t1: "+outOfSharedMemory+"\nHINT: You might need to increase max_locks_per_transaction."))
	require.Equal(t, "ERROR:  out of shared memory",
		errSummary("pg_dump -Fd: exit status 1\npg_dump: error: query failed: ERROR:  out of shared memory\nHINT: ..."))
	require.Equal(t, "exit status 2", errSummary("\nexit status 2\n"))
	require.Equal(t, "failed", errSummary(""))
}

func TestCountLogged(t *testing.T) {
	log := `2024-01-01 LOG:  duration: 0.100 ms  statement: SELECT 1
2024-01-01 LOG:  duration: 0.010 ms  parse <unnamed>: SELECT $1
2024-01-01 LOG:  duration: 0.010 ms  bind <unnamed>: SELECT $1
2024-01-01 LOG:  duration: 0.020 ms  execute <unnamed>: SELECT $1
2024-01-01 DETAIL:  parameters: $1 = '1'
2024-01-01 LOG:  checkpoint starting: immediate force wait
`
	require.Equal(t, int64(2), countLogged([]byte(log)))
}

func TestParseSchemaFlags(t *testing.T) {
	o, err := parseFlags([]string{"-schema-sizes", "500, 2000", "-schema-commands", "plan,init"}, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, []int{500, 2000}, o.schemaSizes)
	require.Equal(t, []string{cmdInit, cmdPlan}, o.schemaCommands, "in the order they depend on each other")
	require.Equal(t, 1000, o.schemaPartitions)
	require.Equal(t, 100, o.schemaRows)
	_, err = parseFlags([]string{"-schema-sizes", "2000,500"}, &bytes.Buffer{})
	require.ErrorContains(t, err, "increasing")
	_, err = parseFlags([]string{"-schema-sizes", "500", "-schema-commands", "nope"}, &bytes.Buffer{})
	require.ErrorContains(t, err, `unknown command "nope"`)
	o, err = parseFlags(nil, &bytes.Buffer{})
	require.NoError(t, err)
	require.Empty(t, o.schemaSizes, "the schema-size mode only runs when asked")
}
