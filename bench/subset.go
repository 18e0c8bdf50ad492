package main

// The subset benchmark of issue #6: understudy's referentially consistent
// 5% sample of the pgbench source against ../shared/bench/baseline.sh's
// hand-written extraction of the same rows (subset_range, subset_scatter),
// and a subset of the acme fixture against a full masked run of it.

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgtest"
)

// The pgbench tables, as the source's regclass names them.
const (
	tAccounts = "pgbench_accounts"
	tHistory  = "pgbench_history"
	tTellers  = "pgbench_tellers"
	tBranches = "pgbench_branches"
)

// historyFill is baseline.sh's HISTORY_ROWS fill: deterministic history
// rows spread over every teller, branch and account of the scale.
func historyFill(scale int, rows int64) string {
	return fmt.Sprintf(`TRUNCATE pgbench_history;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime)
select 1 + (i %% (10*%[1]d)), 1 + ((i / 7) %% %[1]d),
       1 + ((i::bigint * 7919) %% (100000*%[1]d)), (i %% 10001) - 5000,
       timestamp '2024-01-01' + i * interval '1 second'
from generate_series(1, %[2]d) i`, scale, rows)
}

// subsetKind is one of baseline.sh's two 5% samples: 1/20 of the accounts,
// tellers and branches (a contiguous range of ids, or every 20th), the
// history rows of those accounts, and every row those rows reference.
type subsetKind struct {
	name                        string // range or scatter
	accounts, tellers, branches string // the root predicates
	// queries are baseline.sh's hand-written SELECTs, by table.
	queries map[string]string
	// expected is the rows the hand-written extraction copies, by table;
	// understudy's subset must copy as many.
	expected map[string]int64
	rows     int64 // their sum
}

// newSubsetKind writes baseline.sh's subset_sql for the given largest aid,
// tid and bid, word for word.
func newSubsetKind(name string, na, nt, nb int64) *subsetKind {
	k := &subsetKind{name: name, expected: map[string]int64{}}
	switch name {
	case "range":
		k.accounts = fmt.Sprintf("aid <= %d", max(na/20, 1))
		k.tellers = fmt.Sprintf("tid <= %d", max(nt/20, 1))
		k.branches = fmt.Sprintf("bid <= %d", max(nb/20, 1))
	default:
		k.accounts, k.tellers, k.branches = "aid % 20 = 0", "tid % 20 = 0", "bid % 20 = 0"
	}
	a := "select aid from pgbench_accounts where " + k.accounts
	h := "select * from pgbench_history where aid in (" + a + ")"
	tl := "select * from pgbench_tellers where " + k.tellers + " or tid in (select tid from (" + h + ") hh)"
	k.queries = map[string]string{
		tAccounts: "select * from pgbench_accounts where " + k.accounts,
		tHistory:  h,
		tTellers:  tl,
		tBranches: "select * from pgbench_branches where " + k.branches +
			" or bid in (select bid from pgbench_accounts where " + k.accounts + ")" +
			" or bid in (select bid from (" + tl + ") tt) or bid in (select bid from (" + h + ") hh)",
	}
	return k
}

// section is the rules file's subset section that selects the same rows:
// the three tables as roots by the same predicates; tellers and branches
// bring no children, so only the accounts' history rows come as children
// (history has no key: its rows come by their reference).
func (k *subsetKind) section() string {
	return fmt.Sprintf(`subset:
  roots:
    - table: public.pgbench_accounts
      where: %s
    - table: public.pgbench_tellers
      where: %s
    - table: public.pgbench_branches
      where: %s
  tables:
    public.pgbench_tellers: { children: none }
    public.pgbench_branches: { children: none }
`, yamlQuote(k.accounts), yamlQuote(k.tellers), yamlQuote(k.branches))
}

// prepareSubsets builds both samples' queries, counts the rows the
// hand-written extraction copies, and writes understudy's rules files.
func (h *harness) prepareSubsets(ctx context.Context, env *Env) error {
	conn, err := pgx.Connect(ctx, h.srv.URL(h.src))
	if err != nil {
		return fmt.Errorf("connect to the source: %w", err)
	}
	defer conn.Close(context.Background())
	var na, nt, nb int64
	if err := conn.QueryRow(ctx, `SELECT (SELECT coalesce(max(aid), 0) FROM pgbench_accounts),
		(SELECT coalesce(max(tid), 0) FROM pgbench_tellers), (SELECT coalesce(max(bid), 0) FROM pgbench_branches)`).Scan(&na, &nt, &nb); err != nil {
		return fmt.Errorf("subset: largest ids: %w", err)
	}
	norules, err := os.ReadFile(h.rules[groupNoRules])
	if err != nil {
		return err
	}
	h.subsets = map[string]*subsetKind{}
	for _, name := range []string{"range", "scatter"} {
		k := newSubsetKind(name, na, nt, nb)
		for _, t := range h.tables {
			q, ok := k.queries[t.name]
			if !ok {
				return fmt.Errorf("subset: the source has table %s, which the pgbench subset does not know", t.name)
			}
			var n int64
			if err := conn.QueryRow(ctx, "select count(*) from ("+q+") s").Scan(&n); err != nil {
				return fmt.Errorf("subset_%s: count %s: %w", name, t.name, err)
			}
			k.expected[t.name] = n
			k.rows += n
		}
		h.subsets[name] = k
		h.logf("subset_%s: %d rows (%s)", name, k.rows, k.counts())
		text := string(norules) + "# and the subset of subset_" + name + "\n" + k.section()
		if err := h.writeLinted(ctx, "understudy_subset_"+name, text, h.srv.URL(h.src)); err != nil {
			return err
		}
		env.Subsets = append(env.Subsets, SubsetEnv{Kind: name, Accounts: k.accounts, Tellers: k.tellers, Branches: k.branches,
			Rows: k.rows, Tables: k.expected})
	}
	return nil
}

func (k *subsetKind) counts() string {
	var parts []string
	for _, t := range []string{tAccounts, tHistory, tTellers, tBranches} {
		parts = append(parts, fmt.Sprintf("%s %d", strings.TrimPrefix(t, "pgbench_"), k.expected[t]))
	}
	return strings.Join(parts, ", ")
}

// handSubset is baseline.sh's subset_range or subset_scatter: for each
// table, largest first, psql "COPY (SELECT ...) TO STDOUT" piped into psql
// "COPY t FROM STDIN", into a fresh database holding the pre-data schema.
func (h *harness) handSubset(ctx context.Context, round int, c string) ([]Sample, error) {
	k := h.subsets[strings.TrimPrefix(c, "subset_")]
	dst, err := h.preDst(ctx, round, c)
	if err != nil {
		return nil, err
	}
	secs := map[string]float64{}
	s, err := h.timed(ctx, round, c, func(u *usage) error {
		for _, t := range h.tables {
			start := time.Now()
			if err := h.pipe(ctx, u, t.name, k.queries[t.name], dst, false); err != nil {
				return err
			}
			secs[t.name] = time.Since(start).Seconds()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.Rows, s.TableSeconds = k.rows, secs
	if err := h.checkCounts(ctx, dst, c, k); err != nil {
		return nil, err
	}
	return []Sample{s}, h.dropDB(ctx, dst)
}

// understudySubset runs understudy with the subset rules of one kind, and
// checks that the target holds exactly as many rows per table as the
// hand-written extraction, every foreign key validated.
func (h *harness) understudySubset(ctx context.Context, round int, group string) ([]Sample, error) {
	k := h.subsets[strings.TrimPrefix(group, "understudy_subset_")]
	r, err := h.runUnderstudy(ctx, round, group, "us_subset_"+k.name, h.rules[group], h.srv.URL(h.src), true, false)
	if err != nil {
		return nil, err
	}
	if err := h.checkCounts(ctx, r.tgt, group, k); err != nil {
		return nil, err
	}
	if err := h.checkKeys(ctx, r.tgt, h.src); err != nil {
		return nil, err
	}
	if err := h.addSubsetRun(&r.sample, r); err != nil {
		return nil, err
	}
	if r.sample.Rows != k.rows {
		return nil, fmt.Errorf("%s: the manifest says %d rows written, the hand-written extraction copies %d", group, r.sample.Rows, k.rows)
	}
	return []Sample{r.sample}, h.dropTarget(ctx, r.tgt)
}

// checkCounts compares the rows of each pgbench table in db with what the
// hand-written extraction copies, and fails loudly on any difference.
func (h *harness) checkCounts(ctx context.Context, db, c string, k *subsetKind) error {
	got, err := h.countRows(ctx, db, h.tableNames())
	if err != nil {
		return err
	}
	var bad []string
	for _, t := range h.tables {
		if got[t.name] != k.expected[t.name] {
			bad = append(bad, fmt.Sprintf("%s: %d rows, the hand-written extraction %d", t.name, got[t.name], k.expected[t.name]))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s selected other rows than subset_%s:\n  %s", c, k.name, strings.Join(bad, "\n  "))
	}
	return nil
}

func (h *harness) tableNames() []string {
	out := make([]string, len(h.tables))
	for i, t := range h.tables {
		out[i] = t.name
	}
	return out
}

// countRows counts the rows of each table in db (ONLY the table itself).
func (h *harness) countRows(ctx context.Context, db string, tables []string) (map[string]int64, error) {
	conn, err := pgx.Connect(ctx, h.srv.URL(db))
	if err != nil {
		return nil, fmt.Errorf("count rows in %s: %w", db, err)
	}
	defer conn.Close(context.Background())
	out := map[string]int64{}
	for _, t := range tables {
		var n int64
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM ONLY "+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s in %s: %w", t, db, err)
		}
		out[t] = n
	}
	return out, nil
}

// checkKeys makes sure the target has every foreign key of the source, all
// validated: the sample is closed under its references.
func (h *harness) checkKeys(ctx context.Context, tgt, src string) error {
	const q = `SELECT count(*), count(*) FILTER (WHERE NOT convalidated) FROM pg_constraint
		WHERE contype = 'f' AND conparentid = 0 AND connamespace::regnamespace::text <> 'understudy'`
	var want, got, invalid, ignored int64
	for _, x := range []struct {
		db         string
		n, invalid *int64
	}{{src, &want, &ignored}, {tgt, &got, &invalid}} {
		conn, err := pgx.Connect(ctx, h.srv.URL(x.db))
		if err != nil {
			return fmt.Errorf("check keys of %s: %w", x.db, err)
		}
		err = conn.QueryRow(ctx, q).Scan(x.n, x.invalid)
		conn.Close(context.Background())
		if err != nil {
			return fmt.Errorf("check keys of %s: %w", x.db, err)
		}
	}
	if got != want || invalid != 0 {
		return fmt.Errorf("check %s: %d foreign keys (%d not validated), the source has %d", tgt, got, invalid, want)
	}
	return nil
}

// addSubsetRun fills the sample's subset figures from the run's manifest
// and debug log.
func (h *harness) addSubsetRun(s *Sample, r *understudyRun) error {
	if r.m.Subset == nil {
		return fmt.Errorf("%s: the manifest has no subset section", s.Case)
	}
	sr, err := parseRunLog(r.log)
	if err != nil {
		return err
	}
	sr.KeyCount, sr.KeyBytes = r.m.Subset.KeyCount, r.m.Subset.KeyBytes
	if sr.ClosureSeconds == 0 {
		sr.ClosureSeconds = r.m.Subset.Seconds
	}
	for _, t := range r.m.Subset.Tables {
		sr.Tables = append(sr.Tables, SubsetTableRows{Table: t.Table, Mode: t.Mode, Selected: t.Selected, Total: t.Total})
	}
	s.Subset = sr
	return nil
}

// slowestKept is how many of a run's slowest closure queries the report
// keeps.
const slowestKept = 5

// parseRunLog reads the closure's figures from understudy's JSON log: the
// "subset computed" line, and the "subset query" debug lines (one per
// query of the closure: its SQL abbreviated, bytes, rows and seconds).
func parseRunLog(path string) (*SubsetRun, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sr := &SubsetRun{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var l struct {
			Msg     string  `json:"msg"`
			SQL     string  `json:"sql"`
			Bytes   int64   `json:"bytes"`
			Rows    int64   `json:"rows"`
			Seconds float64 `json:"seconds"`
			Rounds  int     `json:"rounds"`
		}
		if json.Unmarshal(sc.Bytes(), &l) != nil {
			continue // not a log line
		}
		switch l.Msg {
		case "subset query":
			sr.Queries++
			sr.QuerySeconds += l.Seconds
			sr.QuerySQLBytes += l.Bytes
			sr.QueryRows += l.Rows
			if strings.HasPrefix(l.SQL, "SELECT count(*) ") {
				sr.CountQueries++
				sr.CountSeconds += l.Seconds
			}
			sr.Slowest = append(sr.Slowest, ClosureQuery{SQL: l.SQL, Bytes: l.Bytes, Rows: l.Rows, Seconds: l.Seconds})
		case "subset computed":
			sr.ClosureSeconds, sr.Rounds = l.Seconds, l.Rounds
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read the log %s: %w", path, err)
	}
	sort.SliceStable(sr.Slowest, func(i, j int) bool { return sr.Slowest[i].Seconds > sr.Slowest[j].Seconds })
	if len(sr.Slowest) > slowestKept {
		sr.Slowest = sr.Slowest[:slowestKept]
	}
	return sr, nil
}

// ---------------------------------------------------------------- acme

// acmeSubsetPercent is the share of the organizations the acme case's
// subset samples: testdata/acme/subset.yaml (the tests' section, at 20%)
// with its root's percent set to this.
const acmeSubsetPercent = 5

// acmeSource is the acme fixture loaded as a second source.
type acmeSource struct {
	db     string
	rows   int64 // in the tables that hold rows
	tables int
}

// prepareAcme loads the acme fixture at -acme-scale (through pgtest, as
// the tests do), and writes the rules init suggests (masking what it
// classifies as PII) with and without the subset section.
func (h *harness) prepareAcme(ctx context.Context, env *Env) error {
	h.logf("loading the acme fixture at scale %s", h.o.acmeScale)
	start := time.Now()
	_, name, err := h.srv.CreateDatabase(ctx, pgtest.Acme(h.o.acmeScale))
	if err != nil {
		return err
	}
	h.dbs[name] = true
	a := &acmeSource{db: name}
	conn, err := pgx.Connect(ctx, h.srv.URL(name))
	if err != nil {
		return fmt.Errorf("connect to acme: %w", err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, `SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'`)
	if err != nil {
		return fmt.Errorf("list acme's tables: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("list acme's tables: %w", err)
	}
	for _, n := range names {
		var c int64
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM ONLY "+n).Scan(&c); err != nil {
			return fmt.Errorf("count acme's %s: %w", n, err)
		}
		a.rows += c
	}
	a.tables = len(names)
	var size int64
	if err := conn.QueryRow(ctx, "SELECT pg_database_size(current_database())").Scan(&size); err != nil {
		return fmt.Errorf("acme's size: %w", err)
	}
	h.logf("acme loaded in %.1f s: %d rows in %d tables, %.0f MiB", time.Since(start).Seconds(), a.rows, a.tables, float64(size)/(1<<20))
	env.Acme = &AcmeEnv{Scale: h.o.acmeScale, Rows: a.rows, Tables: a.tables, Bytes: size, LoadSeconds: time.Since(start).Seconds()}

	path := filepath.Join(h.work, "acme-init.yaml")
	if out, err := h.runUnderstudyCmd(ctx, "init", "--source", h.srv.URL(name), "-o", path); err != nil {
		return fmt.Errorf("understudy init on acme: %w\n%s", err, out)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if strings.Contains(string(text), "\nsubset:") {
		return errors.New("understudy init wrote a subset section: the acme case cannot add its own")
	}
	if err := h.writeLinted(ctx, caseAcmeFull, string(text), h.srv.URL(name)); err != nil {
		return err
	}
	section, err := pgtest.AcmeSubset(acmeSubsetPercent)
	if err != nil {
		return err
	}
	if err := h.writeLinted(ctx, caseAcmeSubset, string(text)+"# and the acme case's subset"+section, h.srv.URL(name)); err != nil {
		return err
	}
	h.acme = a
	return nil
}

// acmeRuns runs understudy on acme twice: the whole database masked by
// init's rules, then the same rules with the subset section.
func (h *harness) acmeRuns(ctx context.Context, round int) ([]Sample, error) {
	src := h.srv.URL(h.acme.db)
	full, err := h.runUnderstudy(ctx, round, caseAcmeFull, "acme_full", h.rules[caseAcmeFull], src, false, false)
	if err != nil {
		return nil, err
	}
	if full.sample.Rows != h.acme.rows {
		return nil, fmt.Errorf("%s wrote %d rows, acme holds %d", caseAcmeFull, full.sample.Rows, h.acme.rows)
	}
	if err := h.dropTarget(ctx, full.tgt); err != nil {
		return nil, err
	}
	sub, err := h.runUnderstudy(ctx, round, caseAcmeSubset, "acme_subset", h.rules[caseAcmeSubset], src, true, false)
	if err != nil {
		return nil, err
	}
	if err := h.checkKeys(ctx, sub.tgt, h.acme.db); err != nil {
		return nil, err
	}
	if err := h.addSubsetRun(&sub.sample, sub); err != nil {
		return nil, err
	}
	if sub.sample.Rows >= h.acme.rows || sub.sample.Rows == 0 {
		return nil, fmt.Errorf("%s wrote %d rows of acme's %d: not a sample", caseAcmeSubset, sub.sample.Rows, h.acme.rows)
	}
	return []Sample{full.sample, sub.sample}, h.dropTarget(ctx, sub.tgt)
}

// ---------------------------------------------------------------- report

// subsetSummaries compares each understudy subset case with its baseline:
// the hand-written extraction of the same rows, or for acme the full run.
func subsetSummaries(samples []Sample, env Env) []SubsetSummary {
	byCase := map[string][]Sample{}
	for _, s := range samples {
		byCase[s.Case] = append(byCase[s.Case], s)
	}
	textSeq := medianSeconds(byCase[caseTextSeq])
	var out []SubsetSummary
	for _, p := range []struct{ kind, base, us string }{
		{"range", caseSubsetRange, groupSubsetRange},
		{"scatter", caseSubsetScatter, groupSubsetScatter},
		{"acme", caseAcmeFull, caseAcmeSubset},
	} {
		us := byCase[p.us]
		if len(us) == 0 {
			continue
		}
		sum := SubsetSummary{Kind: p.kind, Baseline: p.base, Understudy: p.us,
			BaselineMedian: jsonNum(medianSeconds(byCase[p.base])), Median: jsonNum(medianSeconds(us))}
		sum.Paired = jsonNum(pairedRatio(samples, p.us, p.base))
		sum.VsTextSeq, sum.BaselineVsTextSeq = jsonNum(math.NaN()), jsonNum(math.NaN())
		if p.kind != "acme" {
			sum.VsTextSeq = jsonNum(float64(sum.Median) / textSeq)
			sum.BaselineVsTextSeq = jsonNum(float64(sum.BaselineMedian) / textSeq)
		}
		sum.DataMedian, sum.DataPaired = dataPhase(samples, p.us, p.base)
		var keys, kbytes, closure, qsecs, qbytes, queries, qrows, rows, csecs, counts, outside []float64
		for _, s := range us {
			rows = append(rows, float64(s.Rows))
			steps := 0.0
			for _, v := range s.Steps {
				steps += v
			}
			outside = append(outside, s.Seconds-steps)
			sum.PeakRSSMiB = max(sum.PeakRSSMiB, float64(s.MaxRSSKiB)/1024)
			if s.Subset == nil {
				continue
			}
			keys = append(keys, float64(s.Subset.KeyCount))
			kbytes = append(kbytes, float64(s.Subset.KeyBytes))
			closure = append(closure, s.Subset.ClosureSeconds)
			qsecs = append(qsecs, s.Subset.QuerySeconds)
			qbytes = append(qbytes, float64(s.Subset.QuerySQLBytes))
			queries = append(queries, float64(s.Subset.Queries))
			qrows = append(qrows, float64(s.Subset.QueryRows))
			csecs = append(csecs, s.Subset.CountSeconds)
			counts = append(counts, float64(s.Subset.CountQueries))
		}
		sum.Rows = int64(median(rows))
		sum.KeyCount, sum.KeyBytes = int64(median(keys)), int64(median(kbytes))
		if sum.KeyCount > 0 {
			sum.BytesPerKey = jsonNum(float64(sum.KeyBytes) / float64(sum.KeyCount))
		} else {
			sum.BytesPerKey = jsonNum(median(nil))
		}
		sum.ClosureSeconds, sum.QuerySeconds = jsonNum(median(closure)), jsonNum(median(qsecs))
		sum.QuerySQLBytes, sum.Queries, sum.QueryRows = int64(median(qbytes)), int64(median(queries)), int64(median(qrows))
		sum.CountSeconds, sum.CountQueries = jsonNum(median(csecs)), int64(median(counts))
		sum.Steps, sum.OutsideSteps = stepMedians(us), jsonNum(median(outside))
		// The tables and the slowest queries of the run with the median
		// wall time: one run's figures hang together.
		mid := medianSample(us)
		if mid.Subset != nil {
			sum.Slowest, sum.Rounds = mid.Subset.Slowest, mid.Subset.Rounds
		}
		sum.Tables = subsetTables(mid, byCase[p.base], env, p.kind)
		out = append(out, sum)
	}
	return out
}

// subsetTables lists, per table, what the hand-written extraction copied,
// what understudy selected, and each one's median copy time.
func subsetTables(us Sample, base []Sample, env Env, kind string) []SubsetTableSummary {
	var hand map[string]int64
	for _, k := range env.Subsets {
		if k.Kind == kind {
			hand = k.Tables
		}
	}
	tableSecs := func(ss []Sample, t string) float64 {
		var xs []float64
		for _, s := range ss {
			if v, ok := s.TableSeconds[t]; ok {
				xs = append(xs, v)
			}
		}
		return median(xs)
	}
	var out []SubsetTableSummary
	if us.Subset == nil {
		return nil
	}
	for _, t := range us.Subset.Tables {
		name := strings.TrimPrefix(t.Table, "public.")
		copySecs, ok := us.TableSeconds[name]
		if !ok {
			copySecs = math.NaN() // a partitioned table: the manifest times its partitions
		}
		ts := SubsetTableSummary{Table: t.Table, Mode: t.Mode, Selected: t.Selected, Total: t.Total,
			CopySeconds: jsonNum(copySecs), BaselineSeconds: jsonNum(tableSecs(base, name)), Baseline: -1}
		if n, ok := hand[name]; ok {
			ts.Baseline = n
		}
		out = append(out, ts)
	}
	return out
}

// medianSample is the sample with the median wall time (the lower middle
// of an even count).
func medianSample(ss []Sample) Sample {
	s := slices.Clone(ss)
	slices.SortStableFunc(s, func(a, b Sample) int {
		switch {
		case a.Seconds < b.Seconds:
			return -1
		case a.Seconds > b.Seconds:
			return 1
		}
		return 0
	})
	return s[(len(s)-1)/2]
}

// dataPhase is the median of the subset and copy steps of case us, and
// their paired ratio to case base: to its wall time, or for an understudy
// run (acme's whole run) to its copy step.
func dataPhase(samples []Sample, us, base string) (med, paired jsonNum) {
	bs := map[int]float64{}
	for _, s := range samples {
		if s.Case == base {
			bs[s.Round] = s.Seconds
			if c, ok := s.Steps["copy"]; ok {
				bs[s.Round] = c
			}
		}
	}
	var secs, rs []float64
	for _, s := range samples {
		if s.Case != us {
			continue
		}
		d := s.Steps["subset"] + s.Steps["copy"]
		secs = append(secs, d)
		if b, ok := bs[s.Round]; ok && b > 0 {
			rs = append(rs, d/b)
		}
	}
	return jsonNum(median(secs)), jsonNum(median(rs))
}

// pairedRatio is the median over rounds of a / b of the same round.
func pairedRatio(samples []Sample, a, b string) float64 {
	bs := map[int]float64{}
	for _, s := range samples {
		if s.Case == b {
			bs[s.Round] = s.Seconds
		}
	}
	var rs []float64
	for _, s := range samples {
		if v, ok := bs[s.Round]; s.Case == a && ok && v > 0 {
			rs = append(rs, s.Seconds/v)
		}
	}
	return median(rs)
}

func medianSeconds(ss []Sample) float64 { return median(secondsOf(ss)) }

// stepMedians is the median of every step of the samples, in the
// manifest's order.
func stepMedians(ss []Sample) []StepMed {
	var order []string
	vals := map[string][]float64{}
	for _, s := range ss {
		for _, st := range s.StepOrder {
			if _, ok := vals[st]; !ok {
				order = append(order, st)
			}
			vals[st] = append(vals[st], s.Steps[st])
		}
	}
	var out []StepMed
	for _, st := range order {
		out = append(out, StepMed{Step: st, Seconds: median(vals[st])})
	}
	return out
}
