package integration

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

const testSecret = "integration-test-secret"

// refresh is a source database, a staging URL on the same server, and a
// rules file written by init.
type refresh struct {
	src, tgt, rules string
	target          string
}

func newRefresh(t *testing.T, fx pgtest.Fixture) *refresh {
	t.Helper()
	return newRefreshFrom(t, pgtest.Database(t, fx))
}

// newRefreshFrom is newRefresh for a source database made by the test.
func newRefreshFrom(t *testing.T, src string) *refresh {
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
	rules := initRules(t, src)
	// The secret comes from a 0600 file: tests run in parallel and cannot
	// set UNDERSTUDY_SECRET for one of them.
	secretFile := filepath.Join(t.TempDir(), "secret")
	require.NoError(t, os.WriteFile(secretFile, []byte(testSecret+"\n"), 0o600))
	data, err := os.ReadFile(rules)
	require.NoError(t, err)
	data = []byte(strings.Replace(string(data), "secret: ${UNDERSTUDY_SECRET}", "secret_file: "+secretFile, 1))
	require.NoError(t, os.WriteFile(rules, data, 0o644))
	return &refresh{src: src, tgt: u.String(), target: target, rules: rules}
}

func (r *refresh) run(t *testing.T, extra ...string) result {
	t.Helper()
	args := append([]string{"run", "--config", r.rules, "--source", r.src, "--target", r.tgt, "--log-format", "json"}, extra...)
	return understudy(t, args...)
}

func connect(t *testing.T, dbURL string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dbURL)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// tableChecksums returns, per table that holds data, its row count and an
// order-independent checksum of its rows.
func tableChecksums(t *testing.T, conn *pgx.Conn) map[string]string {
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

func rowCounts(sums map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range sums {
		out[k] = strings.SplitN(v, ":", 2)[0]
	}
	return out
}

func TestRunAcme(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	manifest := filepath.Join(t.TempDir(), "manifest.json")
	res := r.run(t, "--manifest", manifest)
	require.Equal(t, 0, res.code, res.stderr)

	src := connect(t, r.src)
	tgt := connect(t, r.tgt)
	srcSums, tgtSums := tableChecksums(t, src), withoutRuns(tableChecksums(t, tgt))
	require.Equal(t, rowCounts(srcSums), rowCounts(tgtSums), "every table and every row arrives")

	// All FK constraints exist and are valid.
	var srcFKs, tgtFKs, invalid int
	require.NoError(t, src.QueryRow(ctx, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'").Scan(&srcFKs))
	require.NoError(t, tgt.QueryRow(ctx, "SELECT count(*), count(*) FILTER (WHERE NOT convalidated) FROM pg_constraint WHERE contype = 'f'").Scan(&tgtFKs, &invalid))
	require.Equal(t, srcFKs, tgtFKs)
	require.Zero(t, invalid)

	// Masked columns differ from the source, row by row.
	var same int
	require.NoError(t, tgt.QueryRow(ctx, "SELECT count(*) FROM public.users").Scan(&same))
	srcEmails := map[int64]string{}
	rows, err := src.Query(ctx, "SELECT id, email::text FROM public.users")
	require.NoError(t, err)
	for rows.Next() {
		var id int64
		var e string
		require.NoError(t, rows.Scan(&id, &e))
		srcEmails[id] = e
	}
	rows, err = tgt.Query(ctx, "SELECT id, email::text FROM public.users")
	require.NoError(t, err)
	n, leaked := 0, 0
	for rows.Next() {
		var id int64
		var e string
		require.NoError(t, rows.Scan(&id, &e))
		n++
		if srcEmails[id] == e {
			leaked++
		}
	}
	require.Equal(t, len(srcEmails), n)
	require.Zero(t, leaked, "no user keeps their email")

	// Sequences are past the copied maximum.
	var nextID, maxID int64
	require.NoError(t, tgt.QueryRow(ctx, "SELECT nextval('public.users_id_seq'), (SELECT max(id) FROM public.users)").Scan(&nextID, &maxID))
	require.Greater(t, nextID, maxID)
	require.NoError(t, tgt.QueryRow(ctx, "SELECT nextval('public.order_number_seq'), (SELECT max(order_no) FROM public.orders)").Scan(&nextID, &maxID))
	require.Greater(t, nextID, maxID)

	// Credentials are gone from the schema.
	var subs int
	require.NoError(t, tgt.QueryRow(ctx, "SELECT count(*) FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid WHERE d.datname = current_database()").Scan(&subs))
	require.Zero(t, subs)
	var umOptions string
	require.NoError(t, tgt.QueryRow(ctx, "SELECT COALESCE(string_agg(array_to_string(umoptions, ','), ';'), '') FROM pg_user_mappings").Scan(&umOptions))
	require.NotContains(t, umOptions, "password")
	require.NotContains(t, umOptions, "S3cr3t-fdw-pass")

	// The manifest, as a file and in the target.
	data, err := os.ReadFile(manifest)
	require.NoError(t, err)
	var mf struct {
		Swap   string `json:"swap"`
		Tables []struct {
			Table       string `json:"table"`
			RowsRead    int64  `json:"rows_read"`
			RowsWritten int64  `json:"rows_written"`
		} `json:"tables"`
		RulesSHA256 string `json:"rules_sha256"`
	}
	require.NoError(t, json.Unmarshal(data, &mf))
	require.Equal(t, "swapped", mf.Swap)
	require.NotEmpty(t, mf.Tables)
	for _, tb := range mf.Tables {
		require.Equal(t, tb.RowsRead, tb.RowsWritten, tb.Table)
	}
	var runs int
	require.NoError(t, tgt.QueryRow(ctx, "SELECT count(*) FROM understudy.runs").Scan(&runs))
	require.Equal(t, 1, runs)

	// A second run with the same secret gives identical data, and the
	// history grows.
	tgt.Close(ctx)
	res = r.run(t)
	require.Equal(t, 0, res.code, res.stderr)
	tgt2 := connect(t, r.tgt)
	again := tableChecksums(t, tgt2)
	delete(again, "understudy.runs")
	delete(tgtSums, "understudy.runs")
	require.Equal(t, tgtSums, again, "two runs with one secret give the same staging data")
	require.NoError(t, tgt2.QueryRow(ctx, "SELECT count(*) FROM understudy.runs").Scan(&runs))
	require.Equal(t, 2, runs)
}

func TestRunPagila(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Pagila())
	res := r.run(t)
	require.Equal(t, 0, res.code, res.stderr)
	src, tgt := connect(t, r.src), connect(t, r.tgt)
	require.Equal(t, rowCounts(tableChecksums(t, src)), rowCounts(withoutRuns(tableChecksums(t, tgt))))
	var same int
	require.NoError(t, tgt.QueryRow(context.Background(), `SELECT count(*) FROM public.customer c`).Scan(&same))
	require.Equal(t, 599, same)
}

func withoutRuns(m map[string]string) map[string]string {
	delete(m, "understudy.runs")
	return m
}

func TestRunLockedExits3(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	admin := connect(t, pgtest.Shared(t).AdminURL())
	// Hold the lock as another refresh would.
	var key int64
	require.NoError(t, admin.QueryRow(ctx, "SELECT 0").Scan(&key))
	_, err := admin.Exec(ctx, "SET application_name = 'understudy refresh (pid 4242)'")
	require.NoError(t, err)
	var ok bool
	require.NoError(t, admin.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", lockKeyFor(r.target)).Scan(&ok))
	require.True(t, ok)
	res := r.run(t)
	require.Equal(t, 3, res.code, res.stderr)
	require.Contains(t, res.stderr, "another refresh of "+r.target+" is running: understudy refresh (pid 4242)")
	require.Contains(t, res.stderr, "has held the lock since")
}

func TestRunBadRulesExit2BeforeTarget(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.NoError(t, os.WriteFile(r.rules, []byte("version: 1\ntables:\n  public.users:\n    emial: email\n"), 0o644))
	res := r.run(t)
	require.Equal(t, 2, res.code, res.stderr)
	require.Contains(t, res.stderr, "emial")
	var n int
	require.NoError(t, connect(t, pgtest.Shared(t).AdminURL()).QueryRow(context.Background(),
		"SELECT count(*) FROM pg_database WHERE datname LIKE $1", r.target+"%").Scan(&n))
	require.Zero(t, n, "the target server was not touched")
}

func connectQuiet(dbURL string) (*pgx.Conn, error) {
	return pgx.Connect(context.Background(), dbURL)
}

func readManifest(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return m
}
