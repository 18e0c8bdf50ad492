package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"
)

// runCase runs one case group once and returns its samples.
func (h *harness) runCase(ctx context.Context, round int, c string) ([]Sample, error) {
	switch c {
	case caseTextSeq, caseBinSeq:
		return h.copySeq(ctx, round, c, c == caseBinSeq)
	case caseTextSplit:
		return h.copySplit(ctx, round)
	case caseDumpRestore:
		return h.dumpRestore(ctx, round, h.src, pgbenchDump, 0)
	case caseCopyDB:
		return h.pgcopydb(ctx, round)
	case groupNoRules, groupMasked, groupNoRulesVerify, groupMaskedVerify:
		return h.understudy(ctx, round, c)
	case caseSubsetRange, caseSubsetScatter:
		return h.handSubset(ctx, round, c)
	case groupSubsetRange, groupSubsetScatter:
		return h.understudySubset(ctx, round, c)
	case groupAcme:
		return h.acmeRuns(ctx, round)
	case groupAcmeRefresh:
		return h.acmeRefresh(ctx, round)
	}
	return nil, fmt.Errorf("unknown case %q", c)
}

// timed measures fn after a checkpoint: wall time, the machine's busy CPU,
// and what fn adds to the usage of its client processes.
func (h *harness) timed(ctx context.Context, round int, name string, fn func(u *usage) error) (Sample, error) {
	if err := h.checkpoint(ctx); err != nil {
		return Sample{}, err
	}
	var u usage
	s0 := h.serverTicks()
	b0, t0 := cpuTicks()
	start := time.Now()
	err := fn(&u)
	wall := time.Since(start)
	b1, t1 := cpuTicks()
	if err != nil {
		return Sample{}, err
	}
	srv := -1.0
	if s0 >= 0 {
		time.Sleep(200 * time.Millisecond) // let the backends exit and be reaped
		if s1 := h.serverTicks(); s1 >= s0 {
			srv = float64(s1-s0) / userHZ
		}
	}
	return Sample{Round: round, Case: name, Seconds: wall.Seconds(), MaxRSSKiB: u.maxRSS,
		CPUSeconds: u.cpu.Seconds(), ServerCPUSeconds: srv, Busy: busyPercent(b0, t0, b1, t1), Processes: u.processes()}, nil
}

func (h *harness) dstName(round int, c string) string {
	return dbPrefix + h.id + "_r" + strconv.Itoa(round) + "_" + c
}

// copySeq is baseline.sh's text_seq (or bin_seq): for each table, largest
// first, psql COPY TO STDOUT piped into psql COPY FROM STDIN, into a fresh
// database holding the pre-data schema (loaded untimed). After text_seq,
// psql -f post.sql is timed too, as post_data: the raw floor of the
// post-data step.
func (h *harness) copySeq(ctx context.Context, round int, name string, binary bool) ([]Sample, error) {
	dst, err := h.preDst(ctx, round, name)
	if err != nil {
		return nil, err
	}
	s, err := h.timed(ctx, round, name, func(u *usage) error {
		for _, t := range h.tables {
			if err := h.pipe(ctx, u, t.name, "", dst, binary); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := []Sample{s}
	if name == caseTextSeq {
		post, err := h.timed(ctx, round, casePostData, func(u *usage) error {
			_, err := h.runTool(ctx, u, nil, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", os.DevNull, "-f", h.post, "-d", dst)
			return err
		})
		if err != nil {
			return nil, err
		}
		out = append(out, post)
	}
	return out, h.dropDB(ctx, dst)
}

// preDst creates a fresh target database holding the pre-data schema.
func (h *harness) preDst(ctx context.Context, round int, name string) (string, error) {
	dst := h.dstName(round, name)
	if err := h.createDB(ctx, dst); err != nil {
		return "", err
	}
	if _, err := h.runTool(ctx, nil, nil, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", os.DevNull, "-f", h.pre, "-d", dst); err != nil {
		return "", fmt.Errorf("load the pre-data schema: %w", err)
	}
	return dst, nil
}

// copySplit is baseline.sh's text_split: the largest table cut into -jobs
// ctid ranges, the other tables whole, -jobs text COPY pipes at a time. It
// is the physical anchor of splitting a large table across workers.
func (h *harness) copySplit(ctx context.Context, round int) ([]Sample, error) {
	dst, err := h.preDst(ctx, round, caseTextSplit)
	if err != nil {
		return nil, err
	}
	type piece struct{ table, query string }
	var work []piece
	big := h.tables[0]
	step := (big.pages + int64(h.o.jobs)) / int64(h.o.jobs)
	for i := range int64(h.o.jobs) {
		work = append(work, piece{big.name, fmt.Sprintf("SELECT * FROM %s WHERE ctid >= '(%d,0)'::tid AND ctid < '(%d,0)'::tid",
			big.name, i*step, (i+1)*step)})
	}
	for _, t := range h.tables[1:] {
		work = append(work, piece{t.name, ""})
	}
	s, err := h.timed(ctx, round, caseTextSplit, func(u *usage) error {
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(h.o.jobs)
		var mu sync.Mutex
		for _, p := range work {
			g.Go(func() error {
				var pu usage
				err := h.pipe(gctx, &pu, p.table, p.query, dst, false)
				mu.Lock()
				u.merge(pu)
				mu.Unlock()
				return err
			})
		}
		return g.Wait()
	})
	if err != nil {
		return nil, err
	}
	return []Sample{s}, h.dropDB(ctx, dst)
}

// dumpNames are the cases of one dump and restore: the sum and its parts.
type dumpNames struct{ sum, dump, restore string }

var (
	pgbenchDump = dumpNames{caseDumpRestore, caseDump, caseRestore}
	acmeDump    = dumpNames{caseAcmeDumpRestore, caseAcmeDump, caseAcmeRestore}
)

// dumpRestore is pg_dump -Fd -j of the database src, then pg_restore -j
// into an empty database: schema, data, indexes and foreign keys. It
// reports the sum and both parts; rows (0: the pgbench source) is what
// the database holds.
func (h *harness) dumpRestore(ctx context.Context, round int, src string, names dumpNames, rows int64) ([]Sample, error) {
	dir := filepath.Join(h.work, "dump")
	_ = os.RemoveAll(dir)
	defer os.RemoveAll(dir)
	j := strconv.Itoa(h.o.jobs)
	dump, err := h.timed(ctx, round, names.dump, func(u *usage) error {
		_, err := h.runTool(ctx, u, nil, "pg_dump", "-Fd", "-j", j, "-f", dir, src)
		return err
	})
	if err != nil {
		return nil, err
	}
	dst := h.dstName(round, names.sum)
	if err := h.createDB(ctx, dst); err != nil {
		return nil, err
	}
	restore, err := h.timed(ctx, round, names.restore, func(u *usage) error {
		_, err := h.runTool(ctx, u, nil, "pg_restore", "-j", j, "-d", dst, dir)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := h.dropDB(ctx, dst); err != nil {
		return nil, err
	}
	var both usage
	for _, s := range []Sample{dump, restore} {
		for _, p := range s.Processes {
			both.merge(usage{procs: map[string]*ProcUsage{p.Program: &p}})
		}
	}
	sum := Sample{Round: round, Case: names.sum, Seconds: dump.Seconds + restore.Seconds,
		MaxRSSKiB: max(dump.MaxRSSKiB, restore.MaxRSSKiB), CPUSeconds: dump.CPUSeconds + restore.CPUSeconds,
		ServerCPUSeconds: addKnown(dump.ServerCPUSeconds, restore.ServerCPUSeconds),
		Busy:             (dump.Busy*dump.Seconds + restore.Busy*restore.Seconds) / (dump.Seconds + restore.Seconds),
		Processes:        both.processes()}
	out := []Sample{sum, dump, restore}
	for i := range out {
		out[i].Rows = rows
	}
	return out, nil
}

// usGroup is one of the understudy case groups on the pgbench source: its
// rules, whether it verifies before the swap (as users run it) or runs
// with --no-verify, and whether its copy step is reported as a case of its
// own (understudy_data_*).
type usGroup struct {
	short  string // the cases are understudy_full_<short> and understudy_data_<short>
	masked bool   // pgbench_accounts.filler masked; else init's rules, nothing masked
	verify bool
	data   bool
}

var usGroups = map[string]usGroup{
	groupNoRules:       {short: "norules", data: true},
	groupMasked:        {short: "masked", masked: true, data: true},
	groupNoRulesVerify: {short: "norules_verify", verify: true},
	groupMaskedVerify:  {short: "masked_verify", masked: true, verify: true},
}

// understudy runs "understudy run" as a subprocess into a target that does
// not exist yet. The whole refresh is the process's wall time; a group
// with data yields a second sample from the same run, its copy step.
func (h *harness) understudy(ctx context.Context, round int, group string) ([]Sample, error) {
	g := usGroups[group]
	rules := h.rules[groupNoRules]
	if g.masked {
		rules = h.rules[groupMasked]
	}
	r, err := h.runUnderstudy(ctx, round, "understudy_full_"+g.short, g.short, rules, h.srv.URL(h.src), false, g.verify)
	if err != nil {
		return nil, err
	}
	full := r.sample
	if written := r.m.written(); written != h.rows {
		return nil, fmt.Errorf("understudy wrote %d rows, the source holds %d", written, h.rows)
	}
	var want []string
	if g.masked {
		want = []string{"public.pgbench_accounts.filler"}
	}
	if got := r.m.masked(); !slices.Equal(got, want) {
		return nil, fmt.Errorf("%s: the manifest says the run masked %q; the case must mask %q", full.Case, got, want)
	}
	if round == 1 {
		if err := h.checkTarget(ctx, r.tgt, g.masked); err != nil {
			return nil, err
		}
	}
	if err := h.dropTarget(ctx, r.tgt); err != nil {
		return nil, err
	}
	if !g.data {
		return []Sample{full}, nil
	}
	copySecs, ok := full.Steps["copy"]
	if !ok {
		return nil, errNoCopyStep
	}
	data := full
	data.Case, data.Seconds, data.Steps, data.StepOrder = "understudy_data_"+g.short, copySecs, nil, nil
	return []Sample{data, full}, nil
}

// understudyRun is one understudy run: its sample (the process's wall
// time, the manifest's steps), its manifest, its target and its log.
type understudyRun struct {
	sample Sample
	m      *manifest
	tgt    string
	log    string // path of the JSON log
}

// runUnderstudy runs "understudy run" from src into a fresh target and
// times it: as users run it with verify, else with --no-verify. With debug,
// the log holds understudy's debug lines (one per closure query and per
// table copied: cheap). The run's steps come from its log's "step done"
// lines, else from its manifest.
func (h *harness) runUnderstudy(ctx context.Context, round int, name, short, rulesPath, src string, debug, verify bool) (*understudyRun, error) {
	tgt := h.dstName(round, short)
	for _, db := range []string{tgt, tgt + "__next", tgt + "__prev"} {
		h.dbs[db] = true
		if err := h.srv.DropDatabase(ctx, db); err != nil {
			return nil, err
		}
	}
	mpath := filepath.Join(h.work, fmt.Sprintf("manifest-r%d-%s.json", round, short))
	lpath := filepath.Join(h.work, fmt.Sprintf("log-r%d-%s.jsonl", round, short))
	logf, err := os.Create(lpath)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	// Issue #5's whole refresh is schema, data, post-data, ANALYZE and
	// swap, without the verify step (on by default); issue #13's runs "as
	// users run it" keep it.
	args := []string{"run", "--config", rulesPath, "--source", src, "--target", h.srv.URL(tgt),
		"--log-format", "json", "--manifest", mpath}
	if !verify {
		args = append(args, "--no-verify")
	}
	if debug {
		args = append(args, "--log-level", "debug")
	}
	if h.o.workers > 0 {
		args = append(args, "--workers", strconv.Itoa(h.o.workers))
	}
	full, err := h.timed(ctx, round, name, func(u *usage) error {
		cmd := h.understudyCommand(ctx, fmt.Sprintf("%s-r%d", short, round), args...)
		cmd.Stderr = logf
		if err := cmd.done(u, procUnderstudy, cmd.Run()); err != nil {
			log, _ := os.ReadFile(lpath)
			return fmt.Errorf("understudy %s: %w\n%s", strings.Join(args, " "), err, lastLines(string(log), 20))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	m, err := readManifest(mpath)
	if err != nil {
		return nil, err
	}
	full.ProcessSeconds = full.Seconds
	full.Rows = m.written()
	full.TableSeconds = map[string]float64{}
	for _, t := range m.Tables {
		full.TableSeconds[strings.TrimPrefix(t.Table, "public.")] = t.Seconds
	}
	if m.Verified != verify {
		return nil, fmt.Errorf("%s: the manifest says verified=%t; the case runs with verify=%t", name, m.Verified, verify)
	}
	logr, err := os.Open(lpath)
	if err != nil {
		return nil, err
	}
	steps, err := parseStepLines(logr)
	logr.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: read the log %s: %w", name, lpath, err)
	}
	if len(steps) == 0 {
		steps = m.Steps
	}
	full.Steps, full.StepOrder = sumSteps(steps)
	return &understudyRun{sample: full, m: m, tgt: tgt, log: lpath}, nil
}

// understudyCommand is an understudy command to time: with the secret,
// and with a CPU profile named profile under -cpuprofile. An interrupt
// lets it drop what it half built.
func (h *harness) understudyCommand(ctx context.Context, profile string, args ...string) *clientCmd {
	cmd := h.clientCommand(ctx, true, h.bin, args...)
	cmd.Env = append(os.Environ(), "UNDERSTUDY_SECRET="+h.o.secret)
	if h.o.cpuprofile != "" {
		cmd.Env = append(cmd.Env, "UNDERSTUDY_BENCH_CPUPROFILE="+filepath.Join(h.o.cpuprofile, profile+".pprof"))
	}
	return cmd
}

// dropTarget drops a run's target and what a run may leave next to it.
func (h *harness) dropTarget(ctx context.Context, tgt string) error {
	for _, db := range []string{tgt, tgt + "__next", tgt + "__prev"} {
		if err := h.dropDB(ctx, db); err != nil {
			return err
		}
	}
	return nil
}

// checkTarget makes sure the run measured what it claims: the filler of
// pgbench_accounts is masked in the masked case and kept otherwise.
func (h *harness) checkTarget(ctx context.Context, tgt string, masked bool) error {
	conn, err := pgx.Connect(ctx, h.srv.URL(tgt))
	if err != nil {
		return fmt.Errorf("check %s: %w", tgt, err)
	}
	defer conn.Close(context.Background())
	var srcBlank, tgtBlank int64
	q := "SELECT count(*) FROM pgbench_accounts WHERE filler IS NULL OR btrim(filler::text) = ''"
	if err := conn.QueryRow(ctx, q).Scan(&tgtBlank); err != nil {
		return fmt.Errorf("check %s: %w", tgt, err)
	}
	src, err := pgx.Connect(ctx, h.srv.URL(h.src))
	if err != nil {
		return err
	}
	defer src.Close(context.Background())
	if err := src.QueryRow(ctx, q).Scan(&srcBlank); err != nil {
		return fmt.Errorf("check the source: %w", err)
	}
	switch {
	case masked && tgtBlank != 0:
		return fmt.Errorf("check %s: %d of pgbench_accounts' fillers are still blank after masking", tgt, tgtBlank)
	case !masked && tgtBlank != srcBlank:
		return fmt.Errorf("check %s: %d blank fillers, the source has %d", tgt, tgtBlank, srcBlank)
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// addKnown adds two server CPU times, -1 meaning unknown.
func addKnown(a, b float64) float64 {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}
