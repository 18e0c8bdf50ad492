package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
)

// dbPrefix names every database the harness creates: on an external server,
// pgtest sweeps ustest_* leftovers of killed runs after an hour.
const dbPrefix = "ustest_bench_"

// clientTools are the PostgreSQL programs the harness runs itself.
var clientTools = []string{"psql", "pg_dump", "pg_restore", "pgbench"}

type table struct {
	name  string // qualified and quoted as SQL needs
	rows  int64
	pages int64
}

type harness struct {
	o      *options
	log    io.Writer
	srv    *pgtest.Server
	tools  map[string]string
	env    []string // environment of the client programs: PGHOST, PGPORT, ...
	work   string
	bin    string // the understudy binary
	id     string // random part of database names
	src    string // source database
	tables []table
	rows   int64
	pre    string // pre-data schema file
	post   string // post-data schema file
	rules  map[string]string
	dbs    map[string]bool // databases to drop at the end
	srvPID int             // the postmaster, when it runs on this host and /proc shows it; else 0
	// srvLog is the server log where statements are counted (-count-queries); "" when not.
	srvLog string
	// subsets are the two 5% samples of the subset cases, by kind (range,
	// scatter); nil when no subset case runs.
	subsets map[string]*subsetKind
	acme    *acmeSource // nil when the acme case does not run
	copydb  string      // the pgcopydb binary; "" when its case is skipped
	gnuTime string      // GNU time, which runs every measured client process; "" when none works
	rssFrom string      // how client processes are measured, for the report
}

func (h *harness) logf(format string, args ...any) {
	fmt.Fprintf(h.log, "# "+format+"\n", args...)
}

// newHarness finds the tools, makes the work directory (the caller removes
// it) and builds understudy unless -understudy names a binary.
func newHarness(ctx context.Context, o *options, log io.Writer) (*harness, error) {
	h := &harness{o: o, log: log, dbs: map[string]bool{}, rules: map[string]string{}}
	var err error
	if h.tools, err = findTools(); err != nil {
		return nil, err
	}
	if h.work, err = os.MkdirTemp("", "understudy-bench-"); err != nil {
		return nil, fmt.Errorf("work dir: %w", err)
	}
	h.id = randomHex(3)
	h.rssFrom = h.findGNUTime(ctx)
	h.bin = o.understudy
	if h.bin == "" {
		if h.bin, err = h.buildUnderstudy(ctx); err != nil {
			os.RemoveAll(h.work)
			return nil, err
		}
	}
	return h, nil
}

// runHarness sets up, runs every round and reports. Everything it created
// is removed when it returns, also after an error or an interrupt.
func runHarness(ctx context.Context, o *options, log io.Writer) (res *Results, err error) {
	h, err := newHarness(ctx, o, log)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(h.work)

	h.logf("starting PostgreSQL (internal/pgtest)")
	if os.Getenv(pgtest.EnvURL) != "" {
		h.srv, err = pgtest.Start(ctx)
	} else {
		// With autovacuum, as a production server runs (the tests'
		// clusters run without).
		h.srv, err = pgtest.StartWithSettings(ctx, map[string]string{"autovacuum": "on"})
	}
	if err != nil {
		return nil, err
	}
	defer h.srv.Stop()
	defer h.dropAll() // before Stop: matters on an external server
	if h.env, err = clientEnv(h.srv.AdminURL()); err != nil {
		return nil, err
	}

	env, err := h.setup(ctx)
	if err != nil {
		return nil, err
	}
	var samples []Sample
	for r := 1; r <= o.runs; r++ {
		h.logf("round %d/%d", r, o.runs)
		for _, c := range o.cases {
			ss, err := h.runCase(ctx, r, c)
			if err != nil {
				return nil, fmt.Errorf("round %d, %s: %w", r, c, err)
			}
			for _, s := range ss {
				h.logf("  %-24s %8.2f s  cpu %6.2f s  server cpu %6.2f s  rss %6.1f MiB  busy %3.0f%%", s.Case, s.Seconds, s.CPUSeconds, s.ServerCPUSeconds, float64(s.MaxRSSKiB)/1024, s.Busy)
			}
			samples = append(samples, ss...)
		}
	}
	var scaleRun *ScaleRun
	if o.rssScale > 0 {
		if scaleRun, err = h.rssScaleRun(ctx); err != nil {
			return nil, fmt.Errorf("-rss-scale %d: %w", o.rssScale, err)
		}
	}
	env.LoadAfter = loadAvg()
	cases := summarize(samples, h.rows)
	subs := subsetSummaries(samples, *env)
	targets := evaluate(cases, env.Scale)
	if h.wants(barCases...) || scaleRun != nil {
		targets = append(targets, barTargets(samples, *env, scaleRun)...)
	}
	if h.wants(subsetCases...) {
		targets = append(targets, subsetTargets(subs)...)
	}
	return &Results{Env: *env, Cases: cases, Steps: stepSummaries(samples), Processes: processSummaries(samples),
		Subsets: subs, ScaleRun: scaleRun, Targets: targets, Samples: samples}, nil
}

// findTools finds psql, pg_dump, pg_restore and pgbench: next to initdb
// (on PATH, else the newest /usr/lib/postgresql/*/bin), else on PATH.
func findTools() (map[string]string, error) {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		dirs = append(dirs, filepath.Dir(p))
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(matches, func(i, j int) bool { return pgMajor(matches[i]) > pgMajor(matches[j]) })
	dirs = append(dirs, matches...)
	tools := map[string]string{}
	var missing []string
	for _, name := range clientTools {
		for _, d := range dirs {
			p := filepath.Join(d, name)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				tools[name] = p
				break
			}
		}
		if tools[name] == "" {
			if p, err := exec.LookPath(name); err == nil {
				tools[name] = p
			}
		}
		if tools[name] == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s not found next to initdb, in /usr/lib/postgresql/*/bin or on PATH; "+
			"install the PostgreSQL server and client programs (Debian/Ubuntu: apt-get install postgresql postgresql-contrib postgresql-client; "+
			"pgbench ships with the server package on Debian, with postgresql-contrib elsewhere)", strings.Join(missing, ", "))
	}
	return tools, nil
}

func pgMajor(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return v
}

// clientEnv turns the server's admin URL into libpq environment variables,
// so that every client program gets a plain database name.
func clientEnv(admin string) ([]string, error) {
	u, err := url.Parse(admin)
	if err != nil {
		return nil, fmt.Errorf("server URL: %w", err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			env = append(env, kv)
		}
	}
	env = append(env, "PGHOST="+u.Hostname(), "PGAPPNAME=understudy-bench")
	if p := u.Port(); p != "" {
		env = append(env, "PGPORT="+p)
	}
	if u.User != nil {
		env = append(env, "PGUSER="+u.User.Username())
		if pw, ok := u.User.Password(); ok {
			env = append(env, "PGPASSWORD="+pw)
		}
	}
	q := u.Query()
	for param, name := range map[string]string{"sslmode": "PGSSLMODE", "password": "PGPASSWORD", "sslrootcert": "PGSSLROOTCERT"} {
		if v := q.Get(param); v != "" {
			env = append(env, name+"="+v)
		}
	}
	return env, nil
}

func (h *harness) buildUnderstudy(ctx context.Context) (string, error) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		gobin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(h.work, "understudy")
	pkg := "./cmd/understudy"
	if h.o.cpuprofile != "" {
		pkg = "./bench/profiled" // understudy's CLI with a CPU profile
	}
	h.logf("building understudy (%s) from %s", pkg, pgtest.RepoRoot())
	cmd := exec.CommandContext(ctx, gobin, "build", "-o", bin, pkg)
	cmd.Dir = pgtest.RepoRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %w\n%s", pkg, err, out)
	}
	return bin, nil
}

// setup builds the source, saves its pre-data schema, and writes and lints
// the two rules files.
func (h *harness) setup(ctx context.Context) (*Env, error) {
	env := &Env{Scale: h.o.scale, Runs: h.o.runs, Jobs: h.o.jobs, Workers: h.o.workers, CPUs: runtime.NumCPU(),
		External: os.Getenv(pgtest.EnvURL) != "", MaskRule: h.o.maskRule, Understudy: h.bin, RSSFrom: h.rssFrom}
	conn, err := pgx.Connect(ctx, h.srv.AdminURL())
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	var sb, wal, sync, fsync, dataDir string
	err = conn.QueryRow(ctx, `SELECT current_setting('server_version'), current_setting('shared_buffers'),
		current_setting('max_wal_size'), current_setting('synchronous_commit'), current_setting('fsync'),
		current_setting('data_directory')`).Scan(&env.Postgres, &sb, &wal, &sync, &fsync, &dataDir)
	conn.Close(ctx)
	if err != nil {
		return nil, fmt.Errorf("server settings: %w", err)
	}
	h.srvPID = postmasterPID(dataDir)
	env.Settings = fmt.Sprintf("shared_buffers=%s max_wal_size=%s synchronous_commit=%s fsync=%s", sb, wal, sync, fsync)
	h.logf("PostgreSQL %s, %s", env.Postgres, env.Settings)

	h.src = dbPrefix + h.id + "_src"
	if err := h.createDB(ctx, h.src); err != nil {
		return nil, err
	}
	h.logf("pgbench -i -s %d --foreign-keys", h.o.scale)
	start := time.Now()
	if _, err := h.runTool(ctx, nil, nil, "pgbench", "-i", "-q", "-s", strconv.Itoa(h.o.scale), "--foreign-keys", h.src); err != nil {
		return nil, err
	}
	if h.o.historyRows > 0 {
		h.logf("filling pgbench_history with %d deterministic rows", h.o.historyRows)
		if err := h.srv.Exec(ctx, h.src, historyFill(h.o.scale, h.o.historyRows)); err != nil {
			return nil, fmt.Errorf("fill pgbench_history: %w", err)
		}
	}
	env.HistoryRows = h.o.historyRows
	if err := h.srv.Exec(ctx, h.src, "VACUUM ANALYZE"); err != nil {
		return nil, err
	}
	h.logf("source built in %.1f s", time.Since(start).Seconds())
	if err := h.readSource(ctx, env); err != nil {
		return nil, err
	}
	h.pre, h.post = filepath.Join(h.work, "pre.sql"), filepath.Join(h.work, "post.sql")
	for _, d := range []struct{ section, file string }{{"pre-data", h.pre}, {"post-data", h.post}} {
		start := time.Now()
		if _, err := h.runTool(ctx, nil, nil, "pg_dump", "--section="+d.section, "-f", d.file, h.src); err != nil {
			return nil, err
		}
		h.logf("pg_dump --section=%s: %.2f s", d.section, time.Since(start).Seconds())
	}
	if err := h.writeRules(ctx); err != nil {
		return nil, err
	}
	if h.wants(caseSubsetRange, groupSubsetRange, caseSubsetScatter, groupSubsetScatter) {
		if err := h.prepareSubsets(ctx, env); err != nil {
			return nil, err
		}
	}
	if h.wants(caseCopyDB) {
		h.findCopyDB(ctx, env)
	}
	if h.wants(groupAcme, groupAcmeRefresh) {
		if err := h.prepareAcme(ctx, env); err != nil {
			return nil, err
		}
	}
	env.LoadBefore = loadAvg()
	return env, nil
}

// readSource lists the source's tables with their row counts, largest first.
func (h *harness) readSource(ctx context.Context, env *Env) error {
	conn, err := pgx.Connect(ctx, h.srv.URL(h.src))
	if err != nil {
		return fmt.Errorf("connect to the source: %w", err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, `SELECT c.oid::regclass::text FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
		ORDER BY pg_relation_size(c.oid) DESC, 1`)
	if err != nil {
		return fmt.Errorf("list the source's tables: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("list the source's tables: %w", err)
	}
	for _, n := range names {
		t := table{name: n}
		err := conn.QueryRow(ctx, "SELECT count(*), pg_relation_size($1::regclass) / current_setting('block_size')::int FROM "+n, n).Scan(&t.rows, &t.pages)
		if err != nil {
			return fmt.Errorf("count %s: %w", n, err)
		}
		h.tables = append(h.tables, t)
		h.rows += t.rows
		env.Tables = append(env.Tables, n)
	}
	env.Rows = h.rows
	if err := conn.QueryRow(ctx, "SELECT pg_database_size(current_database())").Scan(&env.SourceSize); err != nil {
		return fmt.Errorf("source size: %w", err)
	}
	for _, t := range h.tables {
		h.logf("  %-20s %10d rows", t.name, t.rows)
	}
	return nil
}

// wants reports whether any of the cases runs.
func (h *harness) wants(cases ...string) bool {
	for _, c := range h.o.cases {
		for _, w := range cases {
			if c == w {
				return true
			}
		}
	}
	return false
}

// writeRules writes the two rules files of the pgbench cases: the rules
// understudy init writes for the source (every column kept: nothing in
// pgbench is PII, which the runs check in their manifests), and the same
// with pgbench_accounts.filler masked by -mask. Both must pass understudy
// lint --strict.
func (h *harness) writeRules(ctx context.Context) error {
	initPath := filepath.Join(h.work, "init.yaml")
	if out, err := h.runUnderstudyCmd(ctx, "init", "--source", h.srv.URL(h.src), "-o", initPath); err != nil {
		return fmt.Errorf("understudy init on the pgbench source: %w\n%s", err, out)
	}
	text, err := os.ReadFile(initPath)
	if err != nil {
		return err
	}
	if err := h.writeLinted(ctx, groupNoRules, string(text), h.srv.URL(h.src)); err != nil {
		return err
	}
	conn, err := pgx.Connect(ctx, h.srv.URL(h.src))
	if err != nil {
		return fmt.Errorf("connect to the source: %w", err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, `SELECT n.nspname, c.relname, a.attname FROM pg_attribute a
		JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
		  AND a.attnum > 0 AND NOT a.attisdropped
		ORDER BY n.nspname, c.relname, a.attnum`)
	if err != nil {
		return fmt.Errorf("list the source's columns: %w", err)
	}
	type col struct{ schema, table, column string }
	cols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (col, error) {
		var c col
		return c, r.Scan(&c.schema, &c.table, &c.column)
	})
	if err != nil {
		return fmt.Errorf("list the source's columns: %w", err)
	}
	var b strings.Builder
	b.WriteString("# written by bench: every column kept, but pgbench_accounts.filler masked")
	b.WriteString("\nversion: 1\nsecret: ${UNDERSTUDY_SECRET}\ntables:\n")
	last := ""
	for _, c := range cols {
		t := yamlQuote(qualified(c.schema, c.table))
		if t != last {
			fmt.Fprintf(&b, "  %s:\n", t)
			last = t
		}
		rule := "keep"
		if c.schema == "public" && c.table == "pgbench_accounts" && c.column == "filler" {
			rule = h.o.maskRule
		}
		fmt.Fprintf(&b, "    %s: %s\n", yamlQuote(c.column), rule)
	}
	return h.writeLinted(ctx, groupMasked, b.String(), h.srv.URL(h.src))
}

// writeLinted writes the rules file of a case group, which must pass
// understudy lint --strict against src.
func (h *harness) writeLinted(ctx context.Context, kind, text, src string) error {
	path := filepath.Join(h.work, kind+".yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		return err
	}
	h.rules[kind] = path
	out, err := h.runUnderstudyCmd(ctx, "lint", "--config", path, "--source", src, "--strict")
	if err != nil {
		return fmt.Errorf("understudy lint --strict of the %s rules:\n%s\n%s%w", kind, text, out, err)
	}
	h.logf("understudy lint --strict %s.yaml: ok", kind)
	return nil
}

// qualified returns schema.table with each part quoted only when SQL needs it.
func qualified(schema, name string) string {
	return pgsql.QuoteIdent(schema) + "." + pgsql.QuoteIdent(name)
}

func yamlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (h *harness) runUnderstudyCmd(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, h.bin, args...)
	cmd.Env = append(os.Environ(), "UNDERSTUDY_SECRET="+h.o.secret)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// ---------------------------------------------------------------- databases

func (h *harness) createDB(ctx context.Context, name string) error {
	h.dbs[name] = true
	if err := h.srv.DropDatabase(ctx, name); err != nil {
		return err
	}
	return h.srv.Exec(ctx, "", "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" TEMPLATE template0")
}

func (h *harness) dropDB(ctx context.Context, name string) error {
	if err := h.srv.DropDatabase(ctx, name); err != nil {
		return err
	}
	delete(h.dbs, name)
	return nil
}

// dropAll drops what is left, with a context of its own: it also runs
// after an interrupt.
func (h *harness) dropAll() {
	if h.srv == nil || len(h.dbs) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for name := range h.dbs {
		if err := h.srv.DropDatabase(ctx, name); err != nil {
			h.logf("cleanup: %v", err)
		}
	}
}

// checkpoint flushes dirty buffers before a timed phase, so one case does
// not pay for the writes of the one before (baseline.sh does the same).
func (h *harness) checkpoint(ctx context.Context) error {
	return h.srv.Exec(ctx, "", "CHECKPOINT")
}

// ---------------------------------------------------------------- processes

// usage accumulates what the client processes of one timed phase used:
// peak RSS and user+system CPU, by program. A process's CPU includes that
// of the children it reaped (pgcopydb's pg_dump, pg_restore and workers
// count as pgcopydb), and its peak RSS is the largest of theirs.
type usage struct {
	cpu    time.Duration
	maxRSS int64 // KiB
	// procs is the same by program, keyed by its name in the report.
	procs map[string]*ProcUsage
}

func (u *usage) merge(o usage) {
	u.cpu += o.cpu
	u.maxRSS = max(u.maxRSS, o.maxRSS)
	for name, p := range o.procs {
		if u.procs == nil {
			u.procs = map[string]*ProcUsage{}
		}
		q := u.procs[name]
		if q == nil {
			q = &ProcUsage{Program: name}
			u.procs[name] = q
		}
		q.Count += p.Count
		q.MaxRSSKiB = max(q.MaxRSSKiB, p.MaxRSSKiB)
		q.CPUSeconds += p.CPUSeconds
	}
}

// processes lists the usage by program, by name.
func (u *usage) processes() []ProcUsage {
	out := make([]ProcUsage, 0, len(u.procs))
	for _, p := range u.procs {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Program < out[j].Program })
	return out
}

// gnuTimeFormat is baseline.sh's: peak RSS (KiB), wall, user and system
// seconds.
const gnuTimeFormat = "%M %e %U %S"

// clientCmd is a client process the harness runs and measures: under GNU
// time, as baseline.sh does, when there is one. A process this harness
// starts directly shares the harness's memory until it execs, and Linux
// carries that high-water mark over into the new program's ru_maxrss
// (exec_mmap; golang/go#32054): every reading would be at least the
// harness's own peak. GNU time forks from a process of a few MiB.
type clientCmd struct {
	*exec.Cmd
	timeFile string // GNU time's -o file; "" when measured by wait4 alone
}

// clientCommand makes the command of one client process. It gets a
// process group of its own (GNU time ignores SIGINT while it waits), and
// when ctx ends the whole group gets SIGINT when interrupt is set (so
// that understudy and pgcopydb clean up), else SIGKILL.
func (h *harness) clientCommand(ctx context.Context, interrupt bool, path string, args ...string) *clientCmd {
	c := &clientCmd{}
	if h.gnuTime != "" {
		c.timeFile = filepath.Join(h.work, "time-"+randomHex(8))
		args = append([]string{"-f", gnuTimeFormat, "-o", c.timeFile, "--", path}, args...)
		path = h.gnuTime
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	sig := syscall.SIGKILL
	if interrupt {
		sig = syscall.SIGINT
		cmd.WaitDelay = 30 * time.Second
	}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, sig) }
	c.Cmd = cmd
	return c
}

// done adds what the ended process used to u (which may be nil) under the
// program's name, and returns runErr, the error of running it, or else
// the error of reading its usage.
func (c *clientCmd) done(u *usage, program string, runErr error) error {
	rss, cpu, err := c.measure()
	if c.timeFile != "" {
		os.Remove(c.timeFile)
	}
	if runErr != nil {
		return runErr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", program, err)
	}
	if u != nil {
		u.merge(usage{cpu: cpu, maxRSS: rss, procs: map[string]*ProcUsage{
			program: {Program: program, Count: 1, MaxRSSKiB: rss, CPUSeconds: cpu.Seconds()}}})
	}
	return nil
}

func (c *clientCmd) measure() (rssKiB int64, cpu time.Duration, err error) {
	if c.timeFile != "" {
		b, err := os.ReadFile(c.timeFile)
		if err != nil {
			return 0, 0, fmt.Errorf("GNU time's report: %w", err)
		}
		return parseGNUTime(b)
	}
	ps := c.ProcessState
	if ps == nil {
		return 0, 0, errors.New("the process did not run")
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		rssKiB = ru.Maxrss // KiB on Linux
	}
	return rssKiB, ps.UserTime() + ps.SystemTime(), nil
}

// parseGNUTime reads the last line GNU time wrote with gnuTimeFormat (a
// line before it says how a failed command ended).
func parseGNUTime(b []byte) (rssKiB int64, cpu time.Duration, err error) {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	f := strings.Fields(last)
	bad := fmt.Errorf("GNU time wrote %q; want peak RSS, wall, user and system time (-f %q)", last, gnuTimeFormat)
	if len(f) != 4 {
		return 0, 0, bad
	}
	rssKiB, err = strconv.ParseInt(f[0], 10, 64)
	if err != nil || rssKiB < 0 {
		return 0, 0, bad
	}
	var secs float64
	for _, v := range f[1:] {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || x < 0 {
			return 0, 0, bad
		}
		secs += x
	}
	user, _ := strconv.ParseFloat(f[2], 64)
	sys, _ := strconv.ParseFloat(f[3], 64)
	return rssKiB, time.Duration((user + sys) * float64(time.Second)), nil
}

// findGNUTime checks that -gnu-time is GNU time (it writes its report
// with -f and -o), else the processes are measured with wait4 alone. It
// returns where the figures come from, for the report.
func (h *harness) findGNUTime(ctx context.Context) string {
	if h.o.gnuTime != "" {
		f := filepath.Join(h.work, "time-check")
		out, err := exec.CommandContext(ctx, h.o.gnuTime, "-f", gnuTimeFormat, "-o", f, "--", "true").CombinedOutput()
		if err == nil {
			b, rerr := os.ReadFile(f)
			if _, _, err = parseGNUTime(b); rerr != nil {
				err = rerr
			}
		}
		os.Remove(f)
		if err == nil {
			h.gnuTime = h.o.gnuTime
			return "GNU time (" + h.gnuTime + " -f '" + gnuTimeFormat + "')"
		}
		h.logf("GNU time at %s does not work (%v %s): peak RSS from wait4", h.o.gnuTime, err, strings.TrimSpace(string(out)))
	}
	return "wait4, without GNU time (install it, apt-get install time, or name it with -gnu-time): " +
		"each reading is at least the harness's own peak RSS"
}

// tailBuffer keeps the last 8 KiB written to it, for error messages.
type tailBuffer struct{ b []byte }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 8<<10 {
		t.b = append(t.b[:0], t.b[len(t.b)-8<<10:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return strings.TrimSpace(string(t.b)) }

func (h *harness) command(ctx context.Context, tool string, args ...string) (*clientCmd, *tailBuffer) {
	cmd := h.clientCommand(ctx, false, h.tools[tool], args...)
	cmd.Env = h.env
	stderr := &tailBuffer{}
	cmd.Stderr = stderr
	return cmd, stderr
}

// runTool runs one client program; u, stdin and stdout may be nil.
func (h *harness) runTool(ctx context.Context, u *usage, stdin io.Reader, tool string, args ...string) (string, error) {
	cmd, stderr := h.command(ctx, tool, args...)
	var stdout tailBuffer
	cmd.Stdin, cmd.Stdout = stdin, &stdout
	err := cmd.done(u, tool, cmd.Run())
	if err != nil {
		return "", fmt.Errorf("%s %s: %w\n%s%s", tool, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String(), nil
}

// pipe runs "psql -c out | psql -c in" through an OS pipe, as a shell does:
// no byte passes through this process.
// The source is the table, or a query when query is not empty.
func (h *harness) pipe(ctx context.Context, u *usage, table, query, dst string, binary bool) error {
	with := ""
	if binary {
		with = " (FORMAT binary)"
	}
	from := table
	if query != "" {
		from = "(" + query + ")"
	}
	out, outErr := h.command(ctx, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "COPY "+from+" TO STDOUT"+with, "-d", h.src)
	in, inErr := h.command(ctx, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "COPY "+table+" FROM STDIN"+with, "-d", dst)
	pr, pw, err := os.Pipe()
	if err != nil {
		return err
	}
	out.Stdout, in.Stdin = pw, pr
	if err := out.Start(); err != nil {
		pr.Close()
		pw.Close()
		return err
	}
	err = in.Start()
	pr.Close()
	pw.Close()
	if err != nil {
		_ = out.Wait()
		return err
	}
	err1 := out.done(u, procCopyOut, out.Wait())
	err2 := in.done(u, procCopyIn, in.Wait())
	if err1 != nil {
		return fmt.Errorf("psql COPY %s TO STDOUT: %w\n%s", from, err1, outErr)
	}
	if err2 != nil {
		return fmt.Errorf("psql COPY %s FROM STDIN: %w\n%s", table, err2, inErr)
	}
	return nil
}

// ---------------------------------------------------------------- machine

// cpuTicks reads the busy and total ticks of all CPUs from /proc/stat.
func cpuTicks() (busy, total uint64) {
	f, err := os.Open("/proc/stat")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return 0, 0
	}
	fields := strings.Fields(sc.Text())
	if len(fields) < 9 || fields[0] != "cpu" {
		return 0, 0
	}
	var v [8]uint64
	for i := range v {
		v[i], _ = strconv.ParseUint(fields[i+1], 10, 64)
	}
	// user nice system idle iowait irq softirq steal
	busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7]
	return busy, busy + v[3] + v[4]
}

func busyPercent(b0, t0, b1, t1 uint64) float64 {
	if t1 <= t0 {
		return 0
	}
	return 100 * float64(b1-b0) / float64(t1-t0)
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// postmasterPID reads the postmaster's pid from the data directory, when
// the server runs on this host and its files are readable (0 otherwise).
func postmasterPID(dataDir string) int {
	if dataDir == "" {
		return 0
	}
	b, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		return 0
	}
	if _, err := os.Stat(fmt.Sprintf("/proc/%d/stat", pid)); err != nil {
		return 0
	}
	return pid
}

// userHZ is the unit of the times in /proc/<pid>/stat (USER_HZ, 100 on
// every Linux architecture Go supports).
const userHZ = 100

// procTimes returns ppid and utime, stime, cutime, cstime of a process.
func procTimes(pid int) (ppid int, t [4]uint64, ok bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, t, false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')') // the command name may hold spaces
	if i < 0 {
		return 0, t, false
	}
	f := strings.Fields(s[i+1:]) // f[0] is field 3 (state)
	if len(f) < 15 {
		return 0, t, false
	}
	ppid, _ = strconv.Atoi(f[1])
	for k := range t {
		t[k], _ = strconv.ParseUint(f[11+k], 10, 64) // fields 14..17
	}
	return ppid, t, true
}

// serverTicks is the CPU time of the server so far: the postmaster, its
// reaped children (backends that ended) and its live children. -1 when the
// server is not visible from here.
func (h *harness) serverTicks() int64 {
	if h.srvPID == 0 {
		return -1
	}
	_, t, ok := procTimes(h.srvPID)
	if !ok {
		return -1
	}
	total := int64(t[0] + t[1] + t[2] + t[3])
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if ppid, ct, ok := procTimes(pid); ok && ppid == h.srvPID {
			total += int64(ct[0] + ct[1])
		}
	}
	return total
}

// ---------------------------------------------------------------- manifest

// manifest is the part of understudy's run manifest the harness reads
// (pipeline.Manifest).
type manifest struct {
	Steps  []stepTime `json:"steps"`
	Tables []struct {
		Table       string   `json:"table"`
		RowsWritten int64    `json:"rows_written"`
		Seconds     float64  `json:"seconds"`
		Format      string   `json:"format"`
		Masked      []string `json:"masked"`
	} `json:"tables"`
	Subset *struct {
		Tables []struct {
			Table    string `json:"table"`
			Mode     string `json:"mode"`
			Selected int64  `json:"selected"`
			Total    int64  `json:"total"`
		} `json:"tables"`
		KeyBytes int64   `json:"key_bytes"`
		KeyCount int64   `json:"key_count"`
		Seconds  float64 `json:"seconds"`
	} `json:"subset"`
	Verified bool   `json:"verified"`
	Swap     string `json:"swap"`
	Error    string `json:"error"`
}

// masked lists the columns the run masked, as table.column, sorted.
func (m *manifest) masked() []string {
	var out []string
	for _, t := range m.Tables {
		for _, c := range t.Masked {
			out = append(out, t.Table+"."+c)
		}
	}
	sort.Strings(out)
	return out
}

// written is the number of rows the run wrote, over all tables.
func (m *manifest) written() int64 {
	var n int64
	for _, t := range m.Tables {
		n += t.RowsWritten
	}
	return n
}

func readManifest(path string) (*manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the manifest: %w", err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("parse the manifest %s: %w", path, err)
	}
	return &m, nil
}

var errNoCopyStep = errors.New("the manifest has no copy step")
