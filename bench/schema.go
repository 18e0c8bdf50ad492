package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgtest"
)

// The commands of the schema-size benchmark (issue 11), in the order each
// round runs them. dump_restore yields dump, restore and their sum.
const (
	cmdInspect     = "inspect"
	cmdInit        = "init"
	cmdLint        = "lint"
	cmdPlan        = "plan"
	cmdRun         = "run"
	cmdVerify      = "verify"
	cmdDumpRestore = "dump_restore"
	cmdDump        = "dump"
	cmdRestore     = "restore"
)

var schemaCommands = []string{cmdInspect, cmdInit, cmdLint, cmdPlan, cmdRun, cmdVerify, cmdDumpRestore}

// schemaSubsetPercent is the percent of the plan's one subset root.
const schemaSubsetPercent = 10

// runSchemaHarness is the schema-size mode: for each size, a fresh source
// of that shape on a server with default lock settings, then every
// command timed in rounds. A command that fails is recorded as a failed
// cell, and the bench goes on.
func runSchemaHarness(ctx context.Context, o *options, log io.Writer) (res *SchemaResults, err error) {
	h, err := newHarness(ctx, o, log)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(h.work)

	external := os.Getenv(pgtest.EnvURL) != ""
	if external {
		h.srv, err = pgtest.Start(ctx)
	} else {
		// PostgreSQL's own lock settings: pgtest's shared clusters raise
		// them, which would hide the limit thousands of relations meet.
		settings := map[string]string{"max_locks_per_transaction": "64", "max_connections": "100", "max_prepared_transactions": "0", "autovacuum": "on"}
		what := "default lock settings"
		if o.schemaDurable {
			settings["fsync"], settings["synchronous_commit"], settings["full_page_writes"] = "on", "on", "on"
			what += " and default durability (fsync, synchronous_commit, full_page_writes on)"
		}
		h.logf("starting PostgreSQL with %s", what)
		h.srv, err = pgtest.StartWithSettings(ctx, settings)
	}
	if err != nil {
		return nil, fmt.Errorf("start PostgreSQL: %w", err)
	}
	defer h.srv.Stop()
	defer h.dropAll()
	if h.env, err = clientEnv(h.srv.AdminURL()); err != nil {
		return nil, err
	}
	env := SchemaEnv{Runs: o.runs, Jobs: o.jobs, CPUs: runtime.NumCPU(), External: external,
		Partitions: o.schemaPartitions, RowsPerTable: o.schemaRows, Understudy: h.bin}
	if err := h.schemaServerEnv(ctx, &env); err != nil {
		return nil, err
	}
	if !external && o.countQueries {
		h.srvLog = h.srv.LogPath()
		if err := h.srv.Exec(ctx, "", "ALTER SYSTEM SET log_min_duration_statement = 0"); err != nil {
			return nil, err
		}
		if err := h.srv.Exec(ctx, "", "SELECT pg_reload_conf()"); err != nil {
			return nil, err
		}
	}
	env.LoadBefore = loadAvg()
	var samples []SchemaSample
	for _, n := range o.schemaSizes {
		shape := schemaShape{tables: n, partitions: o.schemaPartitions, rows: o.schemaRows}
		size, err := h.buildSchemaSource(ctx, shape)
		if err != nil {
			return nil, err
		}
		env.Sizes = append(env.Sizes, *size)
		for r := 1; r <= o.runs; r++ {
			h.logf("%d tables: round %d/%d", n, r, o.runs)
			ss, err := h.schemaRound(ctx, shape, r)
			samples = append(samples, ss...)
			if err != nil {
				return nil, err
			}
		}
		if err := h.dropDB(ctx, h.src); err != nil {
			return nil, err
		}
	}
	env.LoadAfter = loadAvg()
	cells := schemaCells(samples, env.Sizes)
	growth := schemaGrowth(cells)
	return &SchemaResults{Env: env, Cells: cells, Growth: growth, Targets: schemaTargets(cells, growth), Samples: samples}, nil
}

// schemaServerEnv reads the server's version and the settings that size
// its shared lock table.
func (h *harness) schemaServerEnv(ctx context.Context, env *SchemaEnv) error {
	conn, err := pgx.Connect(ctx, h.srv.AdminURL())
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(context.Background())
	var locks, conns, prepared, dataDir string
	err = conn.QueryRow(ctx, `SELECT current_setting('server_version'), current_setting('max_locks_per_transaction'),
		current_setting('max_connections'), current_setting('max_prepared_transactions'), current_setting('data_directory'),
		format('fsync=%s synchronous_commit=%s full_page_writes=%s', current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes'))`).
		Scan(&env.Postgres, &locks, &conns, &prepared, &dataDir, &env.Durability)
	if err != nil {
		return fmt.Errorf("server settings: %w", err)
	}
	h.srvPID = postmasterPID(dataDir)
	env.MaxLocks, _ = strconv.Atoi(locks)
	env.MaxConnections, _ = strconv.Atoi(conns)
	env.MaxPrepared, _ = strconv.Atoi(prepared)
	h.logf("PostgreSQL %s, max_locks_per_transaction=%s max_connections=%s max_prepared_transactions=%s: lock table of %d",
		env.Postgres, locks, conns, prepared, env.lockTable())
	return nil
}

// buildSchemaSource creates a fresh source database of the shape.
func (h *harness) buildSchemaSource(ctx context.Context, shape schemaShape) (*SchemaSize, error) {
	h.src = fmt.Sprintf("%s%s_s%d", dbPrefix, h.id, shape.tables)
	if err := h.createDB(ctx, h.src); err != nil {
		return nil, err
	}
	file := filepath.Join(h.work, fmt.Sprintf("schema-%d.sql", shape.tables))
	if err := os.WriteFile(file, []byte(shape.sql()), 0o644); err != nil {
		return nil, err
	}
	h.logf("%d tables, %d partitions, %d rows each: building the source", shape.tables, shape.partitions, shape.rows)
	start := time.Now()
	if _, err := h.runTool(ctx, nil, nil, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", os.DevNull, "-f", file, "-d", h.src); err != nil {
		return nil, fmt.Errorf("build the %d-table source: %w", shape.tables, err)
	}
	size := &SchemaSize{Tables: shape.tables, Relations: shape.relations(), Rows: shape.rowCount(), LoadSeconds: time.Since(start).Seconds()}
	conn, err := pgx.Connect(ctx, h.srv.URL(h.src))
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	err = conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE relkind IN ('r', 'p')), count(*) FILTER (WHERE relkind = 'i'),
		pg_database_size(current_database()) FROM pg_class WHERE relnamespace = 'public'::regnamespace`).
		Scan(&size.Relations, &size.Indexes, &size.Bytes)
	if err != nil {
		return nil, fmt.Errorf("count the source's relations: %w", err)
	}
	h.logf("  built in %.1f s: %d tables and partitions, %d indexes, %.0f MiB", size.LoadSeconds, size.Relations, size.Indexes, float64(size.Bytes)/(1<<20))
	return size, nil
}

// schemaRound runs every command once on the current source. Its error is
// only for what stops the bench (an interrupt, a database the harness
// cannot create or drop); a command's own failure is a sample.
func (h *harness) schemaRound(ctx context.Context, shape schemaShape, round int) ([]SchemaSample, error) {
	n := shape.tables
	name := func(kind, ext string) string {
		return filepath.Join(h.work, fmt.Sprintf("%s-%d-r%d.%s", kind, n, round, ext))
	}
	rules, subsetRules := name("rules", "yaml"), name("rules-subset", "yaml")
	src := h.srv.URL(h.src)
	tgt := fmt.Sprintf("%s%s_s%d_r%d_tgt", dbPrefix, h.id, n, round)
	failed := map[string]string{} // command -> why the ones after it are skipped
	needs := map[string]string{cmdLint: cmdInit, cmdPlan: cmdInit, cmdRun: cmdInit, cmdVerify: cmdRun}
	var out []SchemaSample
	for _, c := range h.o.schemaCommands {
		if dep, ok := needs[c]; ok {
			if why, bad := failed[dep]; bad {
				failed[c] = why
				out = append(out, h.schemaSkipped(shape, round, c, why))
				continue
			}
			if !h.wantsCommand(dep) {
				return out, fmt.Errorf("-schema-commands: %s needs %s", c, dep)
			}
		}
		var ss []SchemaSample
		var err error
		switch c {
		case cmdInspect:
			ss, err = h.schemaUnderstudy(ctx, shape, round, c, nil, "inspect", "--source", src)
		case cmdInit:
			ss, err = h.schemaUnderstudy(ctx, shape, round, c, nil, "init", "--source", src, "-o", rules, "--force")
			if err == nil && ss[0].Err == "" {
				err = writeSubsetRules(rules, subsetRules, fmt.Sprintf("public.t%d", n))
			}
		case cmdLint:
			ss, err = h.schemaUnderstudy(ctx, shape, round, c, nil, "lint", "--config", rules, "--source", src, "--strict")
		case cmdPlan:
			ss, err = h.schemaUnderstudy(ctx, shape, round, c, nil, "plan", "--config", subsetRules, "--source", src)
		case cmdRun:
			if err := h.dropTargets(ctx, tgt); err != nil {
				return out, err
			}
			mpath := name("manifest", "json")
			ss, err = h.schemaUnderstudy(ctx, shape, round, c, func(s *SchemaSample) {
				if m, err := readManifest(mpath); err == nil {
					s.Steps = map[string]float64{}
					for _, st := range m.Steps {
						s.Steps[st.Step] += st.Seconds
						s.StepOrder = append(s.StepOrder, st.Step)
					}
				}
			}, "run", "--config", rules, "--source", src, "--target", h.srv.URL(tgt), "--manifest", mpath)
		case cmdVerify:
			ss, err = h.schemaUnderstudy(ctx, shape, round, c, nil, "verify", "--config", rules, "--source", src, "--target", h.srv.URL(tgt))
		case cmdDumpRestore:
			ss, err = h.schemaDumpRestore(ctx, shape, round)
		}
		if err != nil {
			return out, err
		}
		for _, s := range ss {
			if s.Err != "" {
				failed[c] = c + " failed"
				h.logf("  %-12s FAILED after %.2f s: %s", s.Command, s.Seconds, s.Err)
				continue
			}
			h.logf("  %-12s %8.2f s  cpu %6.2f s  rss %6.1f MiB%s", s.Command, s.Seconds, s.CPUSeconds, float64(s.MaxRSSKiB)/1024, queriesNote(s.Queries))
		}
		out = append(out, ss...)
	}
	return out, h.dropTargets(ctx, tgt)
}

func queriesNote(q int64) string {
	if q <= 0 {
		return ""
	}
	return fmt.Sprintf("  %d statements", q)
}

func (h *harness) wantsCommand(c string) bool {
	for _, w := range h.o.schemaCommands {
		if w == c {
			return true
		}
	}
	return false
}

func (h *harness) dropTargets(ctx context.Context, tgt string) error {
	for _, db := range []string{tgt, tgt + "__next", tgt + "__prev"} {
		h.dbs[db] = true
		if err := h.dropDB(ctx, db); err != nil {
			return err
		}
	}
	return nil
}

func (h *harness) schemaSkipped(shape schemaShape, round int, c, why string) SchemaSample {
	return SchemaSample{Tables: shape.tables, Round: round, Command: c, Err: "skipped: " + why, Skipped: true}
}

// schemaTimed times fn after a checkpoint. A failure of fn is the sample's
// Err; the returned error is only the harness's own.
func (h *harness) schemaTimed(ctx context.Context, shape schemaShape, round int, c string, fn func(u *usage) error) (SchemaSample, error) {
	if err := h.checkpoint(ctx); err != nil {
		return SchemaSample{}, err
	}
	logFrom := h.serverLogSize()
	var u usage
	start := time.Now()
	err := fn(&u)
	s := SchemaSample{Tables: shape.tables, Round: round, Command: c, Seconds: time.Since(start).Seconds(),
		MaxRSSKiB: u.maxRSS, CPUSeconds: u.cpu.Seconds(), Queries: h.countStatements(logFrom)}
	if ctx.Err() != nil {
		return s, ctx.Err()
	}
	if err != nil {
		s.Err = errSummary(err.Error())
	}
	return s, nil
}

// schemaUnderstudy runs one understudy command; after, when not nil, reads
// what the command wrote into its sample.
func (h *harness) schemaUnderstudy(ctx context.Context, shape schemaShape, round int, c string, after func(*SchemaSample), args ...string) ([]SchemaSample, error) {
	s, err := h.schemaTimed(ctx, shape, round, c, func(u *usage) error {
		cmd := h.understudyCommand(ctx, fmt.Sprintf("%s-%d-r%d", c, shape.tables, round), args...)
		var stderr tailBuffer
		cmd.Stdout, cmd.Stderr = io.Discard, &stderr
		if err := cmd.done(u, procUnderstudy, cmd.Run()); err != nil {
			return fmt.Errorf("understudy %s: %w\n%s", c, err, stderr.String())
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if after != nil && s.Err == "" {
		after(&s)
	}
	return []SchemaSample{s}, nil
}

// schemaDumpRestore is pg_dump -Fd -j then pg_restore -j into a fresh
// database: the reference beside which run is judged.
func (h *harness) schemaDumpRestore(ctx context.Context, shape schemaShape, round int) ([]SchemaSample, error) {
	dir := filepath.Join(h.work, "dump")
	_ = os.RemoveAll(dir)
	defer os.RemoveAll(dir)
	j := strconv.Itoa(h.o.jobs)
	dump, err := h.schemaTimed(ctx, shape, round, cmdDump, func(u *usage) error {
		_, err := h.runTool(ctx, u, nil, "pg_dump", "-Fd", "-j", j, "-f", dir, h.src)
		return err
	})
	if err != nil {
		return nil, err
	}
	restore := h.schemaSkipped(shape, round, cmdRestore, "dump failed")
	if dump.Err == "" {
		dst := fmt.Sprintf("%s%s_s%d_r%d_restore", dbPrefix, h.id, shape.tables, round)
		if err := h.createDB(ctx, dst); err != nil {
			return nil, err
		}
		restore, err = h.schemaTimed(ctx, shape, round, cmdRestore, func(u *usage) error {
			_, err := h.runTool(ctx, u, nil, "pg_restore", "-j", j, "-d", dst, dir)
			return err
		})
		if err != nil {
			return nil, err
		}
		if err := h.dropDB(ctx, dst); err != nil {
			return nil, err
		}
	}
	sum := SchemaSample{Tables: shape.tables, Round: round, Command: cmdDumpRestore, Seconds: dump.Seconds + restore.Seconds,
		MaxRSSKiB: max(dump.MaxRSSKiB, restore.MaxRSSKiB), CPUSeconds: dump.CPUSeconds + restore.CPUSeconds,
		Queries: dump.Queries + restore.Queries}
	switch {
	case dump.Err != "":
		sum.Err = dump.Err
	case restore.Err != "":
		sum.Err = restore.Err
	}
	return []SchemaSample{sum, dump, restore}, nil
}

// writeSubsetRules writes init's rules with a subset section: one root,
// schemaSubsetPercent percent of table, and every parent its rows need.
func writeSubsetRules(rules, out, table string) error {
	b, err := os.ReadFile(rules)
	if err != nil {
		return err
	}
	if bytes.Contains(b, []byte("\nsubset:")) {
		return fmt.Errorf("%s already has a subset section", rules)
	}
	b = append(b, fmt.Sprintf("\nsubset:\n  roots:\n    - table: %s\n      percent: %d\n", table, schemaSubsetPercent)...)
	return os.WriteFile(out, b, 0o600)
}

// sqlstate finds an error's SQLSTATE, as pgx and psql print it.
var sqlstate = regexp.MustCompile(`\(SQLSTATE ([0-9A-Z]{5})\)`)

// errSummary is one line for a failed cell: the first line that names a
// database error (with its SQLSTATE), else the last line of the output.
func errSummary(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return "failed"
	}
	pick := lines[len(lines)-1]
	for _, l := range lines {
		if sqlstate.MatchString(l) || strings.Contains(l, "ERROR:") {
			pick = l
			break
		}
	}
	// The message that names the error, without the path that led to it.
	if i := strings.Index(pick, "ERROR: "); i >= 0 {
		pick = pick[i:]
	}
	if len(pick) > 160 {
		pick = pick[:157] + "..."
	}
	return pick
}

// serverLogSize is the size of the server's log, when statements are
// counted (-1 otherwise).
func (h *harness) serverLogSize() int64 {
	if h.srvLog == "" {
		return -1
	}
	fi, err := os.Stat(h.srvLog)
	if err != nil {
		return -1
	}
	return fi.Size()
}

// countStatements counts the statements the server logged since offset
// from (log_min_duration_statement = 0 logs one line per simple-protocol
// statement and per extended-protocol execute; parse and bind lines are
// not counted). 0 when statements are not counted.
func (h *harness) countStatements(from int64) int64 {
	if from < 0 {
		return 0
	}
	time.Sleep(100 * time.Millisecond) // the server writes its log asynchronously
	f, err := os.Open(h.srvLog)
	if err != nil {
		return 0
	}
	defer f.Close()
	if _, err := f.Seek(from, io.SeekStart); err != nil {
		return 0
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return 0
	}
	return countLogged(b)
}

func countLogged(b []byte) int64 {
	var n int64
	for _, l := range bytes.Split(b, []byte("\n")) {
		i := bytes.Index(l, []byte("duration: "))
		if i < 0 {
			continue
		}
		rest := l[i:]
		if bytes.Contains(rest, []byte(" ms  statement: ")) || bytes.Contains(rest, []byte(" ms  execute ")) {
			n++
		}
	}
	return n
}
