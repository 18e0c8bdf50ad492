package integration

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/cli"
	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// The shape of TestLocksDefaultSettings. The shape is 2,000 tables
// and 1,000 partitions of 100 rows (-locks.tables=2000
// -locks.partitions=1000 -locks.rows=100). CI runs the smallest measured
// shape on which the old code failed on a default server (out of shared
// memory in verify; 800 tables and 400 partitions still passed): about a
// minute, most of it building the schema and the run's pg_dump.
var (
	locksTables     = flag.Int("locks.tables", 1000, "TestLocksDefaultSettings: tables of the many-tables schema")
	locksPartitions = flag.Int("locks.partitions", 500, "TestLocksDefaultSettings: daily partitions of its partitioned table")
	locksRows       = flag.Int("locks.rows", 5, "TestLocksDefaultSettings: rows per table")
	locksCompare    = flag.Bool("locks.compare", false, "TestLocksDefaultSettings: also time pg_dump -j2 + pg_restore -j2 of the source")
)

// manyRules masks the many-tables schema's e-mail columns.
const manyRules = `version: 1
secret_file: %s
columns:
  "*.email":      { transform: email, domain: email }
  "*.user_email": { transform: email, domain: email }
  "*.note":       keep
`

// lockServer starts a cluster of its own with settings, and a source
// database of the many-tables shape on it, with a rules file for it.
func lockServer(t *testing.T, settings map[string]string, tables, partitions, rows int) *refresh {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	srv, err := pgtest.StartWithSettings(ctx, settings)
	require.NoError(t, err)
	t.Cleanup(srv.Stop)
	start := time.Now()
	src, _, err := srv.CreateDatabase(ctx, pgtest.ManyTables(tables, partitions, rows))
	require.NoError(t, err)
	t.Logf("built %d tables + %d partitions in %s", tables, partitions, time.Since(start).Round(time.Millisecond))
	u, err := url.Parse(src)
	require.NoError(t, err)
	target := strings.TrimPrefix(u.Path, "/") + "_staging"
	u.Path = "/" + target
	dir := t.TempDir()
	secretFile := filepath.Join(dir, "secret")
	require.NoError(t, os.WriteFile(secretFile, []byte(clitest.Secret+"\n"), 0o600))
	rules := filepath.Join(dir, "rules.yaml")
	require.NoError(t, os.WriteFile(rules, []byte(fmt.Sprintf(manyRules, secretFile)), 0o644))
	return &refresh{&clitest.Refresh{Src: src, Tgt: u.String(), Target: target, Rules: rules, Main: cli.Main}}
}

// TestLocksDefaultSettings: on a server as initdb leaves it
// (max_locks_per_transaction = 64, max_connections = 100, autovacuum's
// workers taking their own locks), a schema of
// hundreds of tables and partitions runs, plans and verifies: no
// transaction of understudy holds a lock per table of the schema.
func TestLocksDefaultSettings(t *testing.T) {
	t.Parallel()
	r := lockServer(t, map[string]string{"max_locks_per_transaction": "64", "max_connections": "100", "autovacuum": "on"}, *locksTables, *locksPartitions, *locksRows)

	start := time.Now()
	res := r.Run(t, "--workers", "2")
	require.Equal(t, 0, res.Code, res.Stderr)
	t.Logf("run: %s", time.Since(start).Round(time.Millisecond))

	src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
	var srcRows, tgtRows, tgtFKs int64
	require.NoError(t, src.QueryRow(context.Background(), "SELECT sum(n_live_tup) FROM pg_stat_user_tables").Scan(&srcRows))
	require.NoError(t, tgt.QueryRow(context.Background(), "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated").Scan(&tgtFKs))
	require.Equal(t, int64(2**locksTables), tgtFKs, "every foreign key arrives, validated")
	require.NoError(t, tgt.QueryRow(context.Background(), "SELECT count(*) FROM public.events").Scan(&tgtRows))
	require.Equal(t, int64(5**locksPartitions), tgtRows)

	start = time.Now()
	res = understudy(t, "plan", "--config", r.Rules, "--source", r.Src, "--log-format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	t.Logf("plan: %s", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	res = understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--log-format", "json")
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	t.Logf("verify: %s", time.Since(start).Round(time.Millisecond))

	if *locksCompare {
		dir := filepath.Join(t.TempDir(), "dump")
		start = time.Now()
		out, err := exec.Command("pg_dump", "-j2", "-Fd", "-f", dir, "-d", r.Src).CombinedOutput()
		require.NoError(t, err, string(out))
		dump := time.Since(start)
		u, err := url.Parse(r.Tgt)
		require.NoError(t, err)
		u.Path = "/" + r.Target + "_restored"
		_, err = src.Exec(context.Background(), "CREATE DATABASE "+r.Target+"_restored")
		require.NoError(t, err)
		start = time.Now()
		out, err = exec.Command("pg_restore", "-j2", "-d", u.String(), dir).CombinedOutput()
		require.NoError(t, err, string(out))
		t.Logf("pg_dump -j2: %s, pg_restore -j2: %s, together %s", dump.Round(time.Millisecond), time.Since(start).Round(time.Millisecond),
			(dump + time.Since(start)).Round(time.Millisecond))
	}
}

// TestLocksPreflight: where the source's lock table cannot hold even what
// pg_dump locks, run stops before the target is touched, with exit 2,
// naming the setting and the value it needs; plan warns.
func TestLocksPreflight(t *testing.T) {
	t.Parallel()
	// 10 × (20 + 0) = 200 locks; pg_dump needs 301 tables + 200.
	r := lockServer(t, map[string]string{"max_locks_per_transaction": "10", "max_connections": "20"}, 300, 0, 1)

	res := r.Run(t)
	require.Equal(t, 2, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "max_locks_per_transaction = 10 on the source allows 200 locks (10 × (max_connections = 20 + max_prepared_transactions = 0)); "+
		"pg_dump needs 501 (301 tables and partitions, 0 views, 200 for the catalog): set max_locks_per_transaction to at least 26 on the source server and restart it")

	conn := clitest.Connect(t, r.Src)
	var dbs []string
	rows, err := conn.Query(context.Background(), "SELECT datname FROM pg_database WHERE datname LIKE $1", r.Target+"%")
	require.NoError(t, err)
	for rows.Next() {
		var n string
		require.NoError(t, rows.Scan(&n))
		dbs = append(dbs, n)
	}
	require.NoError(t, rows.Err())
	require.Empty(t, dbs, "the target is untouched: no __next was created")

	res = understudy(t, "plan", "--config", r.Rules, "--source", r.Src, "--log-format", "json")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "set max_locks_per_transaction to at least 26")
}
