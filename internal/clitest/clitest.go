// Package clitest is what the command tests share: they run the CLI
// in-process, as a user runs the binary, against databases that
// internal/pgtest makes, and compare staging by checksums.
//
// internal/cli's own tests import it, so it must not import internal/cli
// (that would be an import cycle): each function that runs a command takes
// the entry point, cli.Main, as a Main. Like internal/pgtest, it is for
// tests only.
package clitest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

// Main is the CLI's entry point: cli.Main.
type Main func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Result is what one understudy invocation did.
type Result struct {
	Code           int
	Stdout, Stderr string
}

// Run runs the CLI in-process, as a user would run the binary, with an
// empty standard input.
func Run(t testing.TB, main Main, args ...string) Result {
	t.Helper()
	var out, errb bytes.Buffer
	code := main(args, strings.NewReader(""), &out, &errb)
	return Result{Code: code, Stdout: out.String(), Stderr: errb.String()}
}

// Secret is the masking secret of every Refresh's rules file.
const Secret = "integration-test-secret"

// Refresh is a source database, a staging URL on the same server, and a
// rules file written by init.
type Refresh struct {
	Src, Tgt, Rules string
	Target          string // the staging database's name
	Main            Main   // what Run runs
}

// NewRefresh makes a database of the fixture the source of a refresh. Its
// rules file is what init writes for the fixture: init runs once per
// fixture and test binary, and later refreshes of the fixture get a copy
// (the databases hold the same rows; only the name in the file's first
// line differs). The tests of init itself run it.
func NewRefresh(t testing.TB, main Main, fx pgtest.Fixture) *Refresh {
	t.Helper()
	src := pgtest.Database(t, fx)
	key, err := fx.Key()
	require.NoError(t, err)
	v, _ := initOnce.LoadOrStore(key, &initRun{})
	run := v.(*initRun)
	run.once.Do(func() {
		path := InitRules(t, main, src)
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		run.rules, run.database = string(data), pgtest.DatabaseName(src)
	})
	require.NotEmpty(t, run.rules, "init failed on %s in an earlier test", fx.Name)
	path := filepath.Join(t.TempDir(), "rules.yaml")
	header := "# understudy rules for database "
	rules := strings.Replace(run.rules, header+run.database+",", header+pgtest.DatabaseName(src)+",", 1)
	require.NoError(t, os.WriteFile(path, []byte(rules), 0o644))
	return newRefresh(t, main, src, path)
}

// initOnce holds, per fixture key, the rules init wrote for the fixture.
var initOnce sync.Map

type initRun struct {
	once     sync.Once
	rules    string
	database string
}

// NewRefreshFrom is NewRefresh for a source database made by the test,
// with init run on it. Staging, and its __next and __prev, are dropped
// when the test ends.
func NewRefreshFrom(t testing.TB, main Main, src string) *Refresh {
	t.Helper()
	return newRefresh(t, main, src, InitRules(t, main, src))
}

func newRefresh(t testing.TB, main Main, src, rules string) *Refresh {
	t.Helper()
	u, err := url.Parse(src)
	require.NoError(t, err)
	target := strings.TrimPrefix(u.Path, "/") + "_staging"
	u.Path = "/" + target
	t.Cleanup(func() {
		srv := pgtest.Shared(t)
		for _, db := range []string{target, target + "__next", target + "__prev"} {
			_ = srv.DropDatabase(context.Background(), db)
		}
	})
	// The secret comes from a 0600 file: tests run in parallel and cannot
	// set UNDERSTUDY_SECRET for one of them.
	secretFile := filepath.Join(t.TempDir(), "secret")
	require.NoError(t, os.WriteFile(secretFile, []byte(Secret+"\n"), 0o600))
	data, err := os.ReadFile(rules)
	require.NoError(t, err)
	data = []byte(strings.Replace(string(data), "secret: ${UNDERSTUDY_SECRET}", "secret_file: "+secretFile, 1))
	require.NoError(t, os.WriteFile(rules, data, 0o644))
	return &Refresh{Src: src, Tgt: u.String(), Target: target, Rules: rules, Main: main}
}

// InitRules runs init against the source and returns the rules file path.
func InitRules(t testing.TB, main Main, src string, extra ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rules.yaml")
	r := Run(t, main, append([]string{"init", "--source", src, "-o", path}, extra...)...)
	require.Equal(t, 0, r.Code, r.Stderr)
	require.Contains(t, r.Stderr, "wrote "+path)
	return path
}

// Run runs understudy run on the refresh, with JSON logs.
func (r *Refresh) Run(t testing.TB, extra ...string) Result {
	t.Helper()
	args := append([]string{"run", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--log-format", "json"}, extra...)
	return Run(t, r.Main, args...)
}

// WithSubset appends a subset section to the refresh's rules file.
func (r *Refresh) WithSubset(t testing.TB, section string) {
	t.Helper()
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(r.Rules, append(data, []byte(section)...), 0o644))
}

// Databases lists the staging databases on the server: the target,
// __next and __prev, as present.
func (r *Refresh) Databases(t testing.TB) []string {
	t.Helper()
	ctx := context.Background()
	conn := Connect(t, pgtest.Shared(t).AdminURL())
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, "SELECT datname FROM pg_database WHERE datname IN ($1, $2, $3) ORDER BY datname",
		r.Target, r.Target+"__next", r.Target+"__prev")
	require.NoError(t, err)
	var out []string
	for rows.Next() {
		var n string
		require.NoError(t, rows.Scan(&n))
		out = append(out, n)
	}
	require.NoError(t, rows.Err())
	return out
}

// AcmeSubset is the acme fixture's subset section, testdata/acme/subset.yaml
// (the one plan, the bench and the demo use too): 20% of the organizations
// as roots, full lookup tables, a table policy, edge policies (dangling:
// null, limit per parent, none) and virtual keys, one from an expression.
func AcmeSubset(t testing.TB) string {
	t.Helper()
	section, err := pgtest.AcmeSubset(0)
	require.NoError(t, err)
	return section
}

// Connect opens a connection closed when the test ends.
func Connect(t testing.TB, dbURL string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dbURL)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// TableChecksums returns, per table that holds data, its row count and an
// order-independent checksum of its rows.
func TableChecksums(t testing.TB, conn *pgx.Conn) map[string]string {
	t.Helper()
	ctx := context.Background()
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	m, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	out := map[string]string{}
	for _, tb := range m.Tables {
		if !tb.HasData() {
			continue
		}
		var n int64
		var sum string
		q := fmt.Sprintf("SELECT count(*), COALESCE(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM ONLY %s t", tb.Name.Sanitize())
		require.NoError(t, tx.QueryRow(ctx, q).Scan(&n, &sum), q)
		out[tb.Name.String()] = fmt.Sprintf("%d:%s", n, sum)
	}
	return out
}

// RowCounts keeps the row counts of TableChecksums.
func RowCounts(sums map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range sums {
		out[k] = strings.SplitN(v, ":", 2)[0]
	}
	return out
}

// WithoutRuns drops the run history from TableChecksums.
func WithoutRuns(m map[string]string) map[string]string {
	delete(m, "understudy.runs")
	return m
}

// SourceSums reads a source's checksums (it has no runs table) through a
// connection of its own, closed before it returns.
func SourceSums(t testing.TB, dbURL string) map[string]string {
	t.Helper()
	conn := Connect(t, dbURL)
	defer conn.Close(context.Background())
	return TableChecksums(t, conn)
}

// ReadManifest decodes a run manifest file.
func ReadManifest(t testing.TB, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return m
}

// dbName is the per-test database name, which differs every run.
var dbName = regexp.MustCompile(`ustest_[0-9a-f]{12}`)

// StableDB replaces the per-test database name with DB, for golden files.
func StableDB(s string) string { return dbName.ReplaceAllString(s, "DB") }

// keptSettings matches init's rule for acme's public.app_settings.value,
// one line or a list of when: rules.
var keptSettings = regexp.MustCompile(`(?m)(^  public\.app_settings:\n(?:    .*\n)*?)    value:(?: .*\n|\n(?:      - .*\n)+)`)

// KeepSettingsSecrets edits init's rules for acme as a DBA who keeps the
// settings' secrets would (public.app_settings.value: keep), for a run
// whose verify must fail; it fails the test when there is no such rule.
func KeepSettingsSecrets(t testing.TB, rules string) string {
	t.Helper()
	out := keptSettings.ReplaceAllString(rules, "${1}    value: keep\n")
	require.NotEqual(t, rules, out, "init's rules have no rule for public.app_settings.value")
	return out
}
