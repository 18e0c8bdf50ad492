package main

// Issue #13's bar: pgcopydb clone of the pgbench source, and pg_dump -j +
// pg_restore -j of the acme fixture beside a whole masked refresh of it,
// in the same rounds as understudy; and understudy's peak RSS on a larger
// pgbench source (-rss-scale).

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// findCopyDB finds pgcopydb (-pgcopydb, else on PATH) and reads its
// version. When it is missing, the pgcopydb case is skipped and the
// reason is in Env.Skipped.
func (h *harness) findCopyDB(ctx context.Context, env *Env) {
	path := h.o.pgcopydb
	if path == "" {
		p, err := exec.LookPath("pgcopydb")
		if err != nil {
			h.skip(env, caseCopyDB, "pgcopydb is not installed: make bench installs Debian's pgcopydb package when it runs as root "+
				"with apt-get; otherwise install it (apt-get install pgcopydb) or name the binary with -pgcopydb PATH")
			return
		}
		path = p
	}
	cmd := exec.CommandContext(ctx, path, "--version")
	var stderr tailBuffer
	cmd.Stderr = &stderr
	out, err := cmd.Output() // the version on stdout, a log line on stderr
	if err != nil {
		why := fmt.Sprintf("%s --version: %v", path, err)
		if s := stderr.String(); s != "" {
			why += ": " + lastLines(s, 3)
		}
		h.skip(env, caseCopyDB, why)
		return
	}
	h.copydb = path
	env.PgCopyDB = strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
	h.logf("%s (%s)", env.PgCopyDB, path)
}

// skip records that a case does not run, and why.
func (h *harness) skip(env *Env, c, why string) {
	h.logf("%s skipped: %s", c, why)
	env.Skipped = append(env.Skipped, Skipped{Case: c, Reason: why})
}

// copyDBArgs is the command line of the pgcopydb case: clone with -jobs
// table jobs and -jobs index jobs (pgcopydb's defaults are 4 and 4).
func copyDBArgs(src, dst, dir string, jobs int) []string {
	j := strconv.Itoa(jobs)
	return []string{"clone", "--source", src, "--target", dst, "--dir", dir, "--table-jobs", j, "--index-jobs", j}
}

// pgcopydb runs pgcopydb clone of the pgbench source into an empty
// database (pgcopydb creates the schema itself): no masking, no checks.
// Its sample's steps are pgcopydb's own summary.
func (h *harness) pgcopydb(ctx context.Context, round int) ([]Sample, error) {
	if h.copydb == "" {
		return nil, nil // skipped; Env.Skipped says why
	}
	dst := h.dstName(round, caseCopyDB)
	if err := h.createDB(ctx, dst); err != nil {
		return nil, err
	}
	dir := filepath.Join(h.work, "pgcopydb")
	_ = os.RemoveAll(dir)
	defer os.RemoveAll(dir)
	args := copyDBArgs(noPassword(h.srv.URL(h.src)), noPassword(h.srv.URL(dst)), dir, h.o.jobs)
	var stdout bytes.Buffer
	s, err := h.timed(ctx, round, caseCopyDB, func(u *usage) error {
		cmd := h.clientCommand(ctx, true, h.copydb, args...)
		cmd.Env = h.copyDBEnv()
		var stderr tailBuffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.done(u, procCopyDB, cmd.Run()); err != nil {
			return fmt.Errorf("pgcopydb %s: %w\n%s\n%s", strings.Join(args, " "), err, lastLines(stdout.String(), 20), stderr.String())
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	steps, err := parseCopyDBSummary(stdout.String())
	if err != nil {
		return nil, err
	}
	s.Steps, s.StepOrder = sumSteps(steps)
	if round == 1 {
		if err := h.checkClone(ctx, dst); err != nil {
			return nil, err
		}
	}
	return []Sample{s}, h.dropDB(ctx, dst)
}

// copyDBEnv is the client environment with the directory of the
// harness's psql first on PATH: pgcopydb runs the pg_dump and pg_restore
// it finds next to the first psql on PATH, and should run the same ones
// as the other cases.
func (h *harness) copyDBEnv() []string {
	env := make([]string, 0, len(h.env)+1)
	path := "PATH=" + filepath.Dir(h.tools["psql"])
	for _, kv := range h.env {
		if p, ok := strings.CutPrefix(kv, "PATH="); ok {
			path += string(os.PathListSeparator) + p
			continue
		}
		env = append(env, kv)
	}
	return append(env, path)
}

// noPassword drops the password from a connection URL: the client
// environment holds it (PGPASSWORD), and pgcopydb prints the URLs it is
// given.
func noPassword(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = url.User(u.User.Username())
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// checkClone makes sure pgcopydb copied every row of every table and
// built the foreign keys.
func (h *harness) checkClone(ctx context.Context, dst string) error {
	got, err := h.countRows(ctx, dst, h.tableNames())
	if err != nil {
		return err
	}
	for _, t := range h.tables {
		if n := got[t.name]; n != t.rows {
			return fmt.Errorf("pgcopydb copied %d rows of %s, the source holds %d", n, t.name, t.rows)
		}
	}
	return h.checkKeys(ctx, dst, h.src)
}

// acmeRefresh is the acme fixture's pg_dump -j + pg_restore -j, then a
// whole refresh of it with init's rules (PII masked), as users run it:
// verify on.
func (h *harness) acmeRefresh(ctx context.Context, round int) ([]Sample, error) {
	dump, err := h.dumpRestore(ctx, round, h.acme.db, acmeDump, h.acme.rows)
	if err != nil {
		return nil, err
	}
	r, err := h.runUnderstudy(ctx, round, caseAcmeVerify, "acme_verify", h.rules[caseAcmeFull], h.srv.URL(h.acme.db), false, true)
	if err != nil {
		return nil, err
	}
	if r.sample.Rows != h.acme.rows {
		return nil, fmt.Errorf("%s wrote %d rows, acme holds %d", caseAcmeVerify, r.sample.Rows, h.acme.rows)
	}
	if len(r.m.masked()) == 0 {
		return nil, fmt.Errorf("%s masked nothing: init's rules for acme should mask its PII", caseAcmeVerify)
	}
	return append(dump, r.sample), h.dropTarget(ctx, r.tgt)
}

// rssScaleRun builds a second pgbench source at -rss-scale (no history
// rows) and runs understudy on it once, with pgbench_accounts.filler
// masked and verify on, for its peak RSS.
func (h *harness) rssScaleRun(ctx context.Context) (*ScaleRun, error) {
	db := dbPrefix + h.id + "_rss"
	if err := h.createDB(ctx, db); err != nil {
		return nil, err
	}
	h.logf("pgbench -i -s %d --foreign-keys, for understudy's peak RSS", h.o.rssScale)
	start := time.Now()
	if _, err := h.runTool(ctx, nil, nil, "pgbench", "-i", "-q", "-s", strconv.Itoa(h.o.rssScale), "--foreign-keys", db); err != nil {
		return nil, err
	}
	if err := h.srv.Exec(ctx, db, "VACUUM ANALYZE"); err != nil {
		return nil, err
	}
	h.logf("source at scale %d built in %.1f s", h.o.rssScale, time.Since(start).Seconds())
	name := fmt.Sprintf("%s_s%d", caseFullMaskedVerify, h.o.rssScale)
	r, err := h.runUnderstudy(ctx, 0, name, fmt.Sprintf("rss_s%d", h.o.rssScale), h.rules[groupMasked], h.srv.URL(db), false, true)
	if err != nil {
		return nil, err
	}
	if want := int64(h.o.rssScale) * 100_000; r.sample.Rows < want {
		return nil, fmt.Errorf("%s wrote %d rows; pgbench at scale %d has %d accounts alone", name, r.sample.Rows, h.o.rssScale, want)
	}
	s := r.sample
	h.logf("  %-24s %8.2f s  cpu %6.2f s  rss %6.1f MiB", name, s.Seconds, s.CPUSeconds, float64(s.MaxRSSKiB)/1024)
	if err := h.dropTarget(ctx, r.tgt); err != nil {
		return nil, err
	}
	if err := h.dropDB(ctx, db); err != nil {
		return nil, err
	}
	return &ScaleRun{Scale: h.o.rssScale, Case: name, Rows: s.Rows, Seconds: s.Seconds,
		PeakRSSMiB: float64(s.MaxRSSKiB) / 1024, CPUSeconds: s.CPUSeconds, Steps: stepMedians([]Sample{s})}, nil
}
