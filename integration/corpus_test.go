package integration

// The corpus: real schemas nobody here wrote (pagila, Northwind, the
// OpenStreetMap website's, filled by internal/datagen) beside acme, and
// the classifier's labelled application schemas (Rails, Django, Prisma,
// Hibernate, a legacy ERP, Laravel, sqlc, Odoo, WordPress, OrangeHRM,
// Keycloak, Moodle, Nextcloud, Redmine),
// each taken through what a new user does, with nothing edited: init,
// lint --strict, run, verify, then plan with a subset section. Issue 11
// item 7; done when every step of every corpus passes.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/datagen"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

// corpusSteps are the steps each corpus goes through, in order. lint, run
// and plan need init's file; verify needs run's staging database.
// "extension rows" checks that the rows of extension configuration tables
// that pg_dump would dump (PostGIS's custom spatial_ref_sys rows) arrive.
var corpusSteps = []string{"init", "lint", "run", "verify", "extension rows", "plan"}

// corpusNeeds is each step's prerequisite. verify and extension rows need
// a staged copy: the swapped target, or the __next a run that failed its
// own verify kept (--keep-failed), so that one failure does not hide the
// next.
var corpusNeeds = map[string]string{"lint": "init", "run": "init", "verify": "staged", "extension rows": "staged", "plan": "init"}

// knownFailure is a step that fails today for a cause found and tracked in
// issue 11: the failure must contain the text, so a different failure is
// not taken for it.
type knownFailure struct {
	contains string
	why      string
}

// knownFailures lists, by "corpus/step", the failures the corpus has found
// and that are being fixed elsewhere. The test fails when one of them
// passes (prune it here) and when a step fails that is not listed.
var knownFailures = map[string]knownFailure{}

type corpus struct {
	name    string
	fixture pgtest.Fixture
	// setup runs on the source before init: what production holds that
	// the fixture does not.
	setup string
}

func corpora() []corpus {
	out := []corpus{
		{name: "acme", fixture: pgtest.Acme("0.02")},
		{name: "pagila", fixture: pgtest.Pagila()},
		{name: "northwind", fixture: pgtest.Northwind()},
		// A custom projection, as a production PostGIS database may hold:
		// a row of an extension's configuration table that pg_dump dumps.
		{name: "osm", fixture: datagen.OSM(20), setup: `INSERT INTO public.spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
			VALUES (990001, 'understudy', 990001, '', '+proj=longlat +datum=WGS84 +no_defs')`},
	}
	// The schemas make classify-eval labels, in the naming of real
	// applications: init's rules, untouched, must hold on each of them
	// too (on two of them they did not: a column of emails and phones got
	// phone, which changed only the emails' digits; noise copied small
	// counts as they were, and verify failed every run).
	files, err := filepath.Glob(filepath.Join(pgtest.RepoRoot(), "testdata", "classify-eval", "*", "schema.sql"))
	if err != nil || len(files) == 0 {
		panic(fmt.Sprintf("corpus: no labelled schemas under testdata/classify-eval (%v)", err))
	}
	for _, file := range files {
		app := filepath.Base(filepath.Dir(file))
		out = append(out, corpus{name: app, fixture: pgtest.Labelled(app)})
	}
	// Loaded as the classifier's evaluation loads them (each table in its
	// key's order), so that make test, which runs both on one server,
	// builds each template once. acme is the exception: the evaluation
	// takes it at another scale.
	for i := range out {
		if out[i].name != "acme" {
			out[i].fixture.Canonical = true
		}
	}
	return out
}

func TestCorpus(t *testing.T) {
	t.Parallel()
	for _, c := range corpora() {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			missing, err := pgtest.Shared(t).MissingExtensions(context.Background(), c.fixture)
			require.NoError(t, err)
			if len(missing) > 0 {
				t.Skipf("the server lacks the extensions %v that %s needs (Debian: apt-get install postgresql-15-postgis-3; make test installs it when run as root)", missing, c.name)
			}
			failures := runCorpus(t, c)
			checkCorpus(t, c.name, failures)
		})
	}
}

// checkCorpus compares each step's outcome with knownFailures.
func checkCorpus(t *testing.T, corpus string, failures map[string]string) {
	t.Helper()
	for _, step := range corpusSteps {
		key := corpus + "/" + step
		failure, ran := failures[step]
		known, isKnown := knownFailures[key]
		switch {
		case !ran:
			t.Logf("%s: not run: %s failed", key, corpusNeeds[step])
			if isKnown {
				t.Errorf("%s is listed in knownFailures but did not run", key)
			}
		case failure == "" && isKnown:
			t.Errorf("%s passes now: remove it from knownFailures (%s)", key, known.why)
		case failure == "":
			t.Logf("%s: ok", key)
		case isKnown && strings.Contains(failure, known.contains):
			t.Logf("%s: known failure (%s): %s", key, known.why, failure)
		case isKnown:
			t.Errorf("%s fails differently from its known failure (%q, %s):\n%s", key, known.contains, known.why, failure)
		default:
			t.Errorf("%s fails:\n%s", key, failure)
		}
	}
}

// runCorpus takes a fresh copy of the fixture through every step whose
// prerequisite passed, and returns each step's failure ("" when it
// passed).
func runCorpus(t *testing.T, c corpus) map[string]string {
	t.Helper()
	src := pgtest.Database(t, c.fixture)
	if c.setup != "" {
		require.NoError(t, pgtest.Shared(t).Exec(context.Background(), pgtest.DatabaseName(src), c.setup))
	}
	target := pgtest.DatabaseName(src) + "_staging"
	t.Cleanup(func() {
		for _, db := range []string{target, target + "__next", target + "__prev"} {
			_ = pgtest.Shared(t).DropDatabase(context.Background(), db)
		}
	})
	tgt := strings.Replace(src, "/"+pgtest.DatabaseName(src), "/"+target, 1)
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.yaml")
	failures := map[string]string{}
	step := func(name string, fn func() string) {
		if need := corpusNeeds[name]; need != "" {
			if f, ok := failures[need]; !ok || f != "" {
				return
			}
		}
		start := time.Now()
		failures[name] = fn()
		t.Logf("%s: %s took %.1fs", c.name, name, time.Since(start).Seconds())
	}
	step("init", func() string {
		res := understudy(t, "init", "--source", src, "-o", rules)
		if res.Code != 0 {
			return failure(res)
		}
		// The secret from a 0600 file, as newRefresh does (parallel tests
		// cannot each set UNDERSTUDY_SECRET); nothing else is edited.
		secretFile := filepath.Join(dir, "secret")
		require.NoError(t, os.WriteFile(secretFile, []byte(clitest.Secret+"\n"), 0o600))
		data, err := os.ReadFile(rules)
		require.NoError(t, err)
		data = []byte(strings.Replace(string(data), "secret: ${UNDERSTUDY_SECRET}", "secret_file: "+secretFile, 1))
		require.NoError(t, os.WriteFile(rules, data, 0o644))
		return ""
	})
	step("lint", func() string {
		return failure(understudy(t, "lint", "--config", rules, "--source", src, "--strict"))
	})
	step("run", func() string {
		return failure(understudy(t, "run", "--config", rules, "--source", src, "--target", tgt, "--log-format", "json", "--keep-failed"))
	})
	staged := ""
	switch {
	case failures["run"] == "" && databaseExists(t, target):
		staged = tgt
	case databaseExists(t, target+"__next"):
		staged = strings.Replace(tgt, "/"+target, "/"+target+"__next", 1)
		t.Logf("run failed; the next steps check the copy it kept, %s__next", target)
	}
	if staged != "" {
		failures["staged"] = ""
	}
	step("verify", func() string {
		return failure(understudy(t, "verify", "--config", rules, "--source", src, "--target", staged))
	})
	step("extension rows", func() string { return extensionRows(t, src, staged) })
	step("plan", func() string {
		root, children := centralTable(t, src)
		t.Logf("plan: subset root %s (%d children), 30%%", root, children)
		data, err := os.ReadFile(rules)
		require.NoError(t, err)
		subsetRules := filepath.Join(dir, "rules-subset.yaml")
		// A YAML single-quoted scalar: a quoted identifier ("ERP"."CUST_MSTR")
		// is not a plain one.
		section := fmt.Sprintf("\nsubset:\n  roots:\n    - table: '%s'\n      percent: 30\n", strings.ReplaceAll(root, "'", "''"))
		require.NoError(t, os.WriteFile(subsetRules, append(data, section...), 0o644))
		return failure(understudy(t, "plan", "--config", subsetRules, "--source", src, "--log-format", "json"))
	})
	return failures
}

func databaseExists(t *testing.T, name string) bool {
	t.Helper()
	var ok bool
	require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(context.Background(),
		"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&ok))
	return ok
}

// extensionRows compares, for every extension configuration table of the
// source (pg_extension.extconfig), the rows its condition selects (those
// pg_dump dumps: PostGIS's spatial_ref_sys rows outside its own SRIDs) in
// the source and in staging.
func extensionRows(t *testing.T, src, staged string) string {
	t.Helper()
	ctx := context.Background()
	s, d := clitest.Connect(t, src), clitest.Connect(t, staged)
	rows, err := s.Query(ctx, `SELECT e.extname, c.oid::regclass::text, COALESCE(x.cond, '')
		FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(rel, cond) JOIN pg_class c ON c.oid = x.rel
		WHERE c.relkind IN ('r', 'p') ORDER BY 1, 2`)
	require.NoError(t, err)
	type config struct{ ext, table, cond string }
	configs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (config, error) {
		var c config
		return c, r.Scan(&c.ext, &c.table, &c.cond)
	})
	require.NoError(t, err)
	var diffs []string
	for _, c := range configs {
		q := "SELECT count(*) FROM " + c.table + " " + c.cond
		var n, m int64
		require.NoError(t, s.QueryRow(ctx, q).Scan(&n), q)
		if err := d.QueryRow(ctx, q).Scan(&m); err != nil {
			diffs = append(diffs, fmt.Sprintf("%s (extension %s): %v", c.table, c.ext, err))
			continue
		}
		if n != m {
			diffs = append(diffs, fmt.Sprintf("%s (extension %s): %d rows in the source, %d in staging", c.table, c.ext, n, m))
		}
	}
	return strings.Join(diffs, "\n")
}

// failure is "" for exit 0, else the exit code and the output, JSON log
// lines left out (the report and the error remain).
func failure(r clitest.Result) string {
	if r.Code == 0 {
		return ""
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(r.Stdout+"\n"+r.Stderr), "\n") {
		if !strings.HasPrefix(l, `{"time":`) && strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return fmt.Sprintf("exit %d:\n%s", r.Code, strings.Join(lines, "\n"))
}

// centralTable is the table with the most children (foreign keys from
// other tables that reference it), read from the catalog; ties go to the
// first by name. Partitions are left out (their parent stands for them),
// and so are tables without a key on NOT NULL columns, which a percent
// cannot sample (lint says so: an error of the rules, not of the tool).
func centralTable(t *testing.T, src string) (string, int) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, src)
	require.NoError(t, err)
	defer conn.Close(ctx)
	m, err := schema.Load(ctx, conn)
	require.NoError(t, err)
	tables := append([]*schema.Table(nil), m.Tables...)
	sort.Slice(tables, func(i, j int) bool { return tables[i].Name.Less(tables[j].Name) })
	var best *schema.Table
	most := -1
	for _, tb := range tables {
		if tb.Kind == schema.KindPartition || tb.NotNullKey() == nil {
			continue // percent needs a key to choose rows stably (lint says so)
		}
		n := 0
		for _, fk := range tb.Referenced {
			if !fk.SelfReference() {
				n++
			}
		}
		if n > most {
			best, most = tb, n
		}
	}
	require.NotNil(t, best)
	return best.Name.String(), most
}
