package cli

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

func TestRunAcme(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	manifest := filepath.Join(t.TempDir(), "manifest.json")
	res := r.Run(t, "--manifest", manifest)
	require.Equal(t, 0, res.Code, res.Stderr)

	src := clitest.Connect(t, r.Src)
	tgt := clitest.Connect(t, r.Tgt)
	srcSums, tgtSums := clitest.TableChecksums(t, src), clitest.WithoutRuns(clitest.TableChecksums(t, tgt))
	require.Equal(t, clitest.RowCounts(srcSums), clitest.RowCounts(tgtSums), "every table and every row arrives")

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
	res = r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	tgt2 := clitest.Connect(t, r.Tgt)
	again := clitest.TableChecksums(t, tgt2)
	delete(again, "understudy.runs")
	delete(tgtSums, "understudy.runs")
	require.Equal(t, tgtSums, again, "two runs with one secret give the same staging data")
	require.NoError(t, tgt2.QueryRow(ctx, "SELECT count(*) FROM understudy.runs").Scan(&runs))
	require.Equal(t, 2, runs)
}

func TestRunPagila(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Pagila())
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
	require.Equal(t, clitest.RowCounts(clitest.TableChecksums(t, src)), clitest.RowCounts(clitest.WithoutRuns(clitest.TableChecksums(t, tgt))))
	var same int
	require.NoError(t, tgt.QueryRow(context.Background(), `SELECT count(*) FROM public.customer c`).Scan(&same))
	require.Equal(t, 599, same)
}

func TestRunLockedExits3(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	admin := clitest.Connect(t, pgtest.Shared(t).AdminURL())
	// Hold the lock as another refresh would.
	var key int64
	require.NoError(t, admin.QueryRow(ctx, "SELECT 0").Scan(&key))
	_, err := admin.Exec(ctx, "SET application_name = 'understudy refresh (pid 4242)'")
	require.NoError(t, err)
	var ok bool
	require.NoError(t, admin.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", lockKeyFor(r.Target)).Scan(&ok))
	require.True(t, ok)
	res := r.Run(t)
	require.Equal(t, 3, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "another refresh of "+r.Target+" is running: understudy refresh (pid 4242)")
	require.Contains(t, res.Stderr, "has held the lock since")
}

func TestRunBadRulesExit2BeforeTarget(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.NoError(t, os.WriteFile(r.Rules, []byte("version: 1\ntables:\n  public.users:\n    emial: email\n"), 0o644))
	res := r.Run(t)
	require.Equal(t, 2, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "emial")
	var n int
	require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(context.Background(),
		"SELECT count(*) FROM pg_database WHERE datname LIKE $1", r.Target+"%").Scan(&n))
	require.Zero(t, n, "the target server was not touched")
}

// lockKeyFor mirrors the pipeline's advisory lock key, so a test can hold
// the lock as a concurrent refresh would.
func lockKeyFor(target string) int64 {
	h := fnv.New64a()
	h.Write([]byte("understudy refresh " + target))
	return int64(h.Sum64())
}

// TestRunVerifiesBeforeSwap: a run verifies __next before the swap; a
// failed check (here a DBA marked the settings' secrets as keep) exits 4,
// names the finding and leaves staging as it was. --no-verify swaps anyway.
func TestRunVerifiesBeforeSwap(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, `"msg":"verified"`)
	before := clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)))

	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	bad := clitest.KeepSettingsSecrets(t, string(data))
	require.NoError(t, os.WriteFile(r.Rules, []byte(bad), 0o644))

	res = r.Run(t, "--terminate-sessions")
	require.Equal(t, 4, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "public.app_settings")
	require.Contains(t, res.Stderr, "not swapped in; staging is unchanged")
	require.NotContains(t, res.Stderr, "sk_live_51AcmePl4nted", "a finding never shows the secret")
	require.Equal(t, before, clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))))
	var n int
	require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(ctx, "SELECT count(*) FROM pg_database WHERE datname = $1", r.Target+"__next").Scan(&n))
	require.Zero(t, n)

	res = r.Run(t, "--terminate-sessions", "--no-verify")
	require.Equal(t, 0, res.Code, res.Stderr)
}

// The masking secret belongs in the environment or in a file only its
// owner can read: run warns, and still runs, when the file is readable by
// others or the secret is written in the rules file itself; and never
// prints it.
func TestSecretSourcesWarn(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Acme("0.05"))
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	var secretFile string
	for _, l := range strings.Split(string(data), "\n") {
		if f, ok := strings.CutPrefix(l, "secret_file: "); ok {
			secretFile = f
		}
	}
	require.NotEmpty(t, secretFile)

	res := r.Run(t, "--no-verify")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.NotContains(t, res.Stderr, "can be read by others", "a 0600 file: no warning")

	require.NoError(t, os.Chmod(secretFile, 0o644))
	res = r.Run(t, "--no-verify")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "the secret file can be read by others; chmod 600 it")
	require.NotContains(t, res.Stderr, clitest.Secret)

	inline := filepath.Join(t.TempDir(), "inline.yaml")
	require.NoError(t, os.WriteFile(inline, []byte(strings.Replace(string(data), "secret_file: "+secretFile, "secret: "+clitest.Secret, 1)), 0o600))
	res = understudy(t, "run", "--config", inline, "--source", r.Src, "--target", r.Tgt, "--log-format", "json", "--no-verify")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "secret")
	require.Contains(t, res.Stderr, "UNDERSTUDY_SECRET", "the warning says where the secret belongs")
	require.NotContains(t, res.Stderr+res.Stdout, clitest.Secret)
}

// TestRunExistingSchema: with schema: existing, a target whose migrations
// made the same schema is truncated and loaded in place, in one
// transaction; a target whose shape differs is refused with a
// column-by-column diff and left as it was.
func TestRunExistingSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	// The "migrations": a first refresh in copy mode builds the schema.
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)

	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(r.Rules, append([]byte("schema: existing\n"), data...), 0o644))

	// Staging drifts: rows that production does not have.
	tgt := clitest.Connect(t, r.Tgt)
	_, err = tgt.Exec(ctx, "DELETE FROM public.audit_events; INSERT INTO public.countries (code, name, phone_prefix) VALUES ('ZZ', 'Nowhere', '+0')")
	require.NoError(t, err)
	tgt.Close(ctx)

	res = r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	src := clitest.Connect(t, r.Src)
	tgt = clitest.Connect(t, r.Tgt)
	require.Equal(t, clitest.RowCounts(clitest.TableChecksums(t, src)), clitest.RowCounts(clitest.WithoutRuns(clitest.TableChecksums(t, tgt))), "truncated and loaded")
	var runs int
	var outcome string
	require.NoError(t, tgt.QueryRow(ctx, "SELECT (SELECT count(*) FROM understudy.runs), (SELECT manifest->>'swap' FROM understudy.runs ORDER BY id DESC LIMIT 1)").Scan(&runs, &outcome))
	require.Equal(t, 2, runs)
	require.Equal(t, "loaded in place", outcome)

	// A migration the source has not seen: refused, nothing changed.
	_, err = tgt.Exec(ctx, "ALTER TABLE public.users ADD COLUMN nickname text; ALTER TABLE public.orders ALTER COLUMN notes TYPE varchar(500)")
	require.NoError(t, err)
	before := clitest.WithoutRuns(clitest.TableChecksums(t, tgt))
	tgt.Close(ctx)
	res = r.Run(t)
	require.Equal(t, 1, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "public.users.nickname: only in the target (text)")
	require.Contains(t, res.Stderr, "public.orders.notes: source text, target character varying(500)")
	require.True(t, strings.Contains(res.Stderr, "nothing was loaded"))
	require.Equal(t, before, clitest.WithoutRuns(clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))))
}

// TestRunExistingSchemaVerifies: schema: existing verifies the load inside
// its transaction, before it commits, with the same gate as a copied
// schema: a failed check exits 4, the load is rolled back and staging keeps
// its rows and its history; --no-verify loads anyway.
func TestRunExistingSchemaVerifies(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	existing := append([]byte("schema: existing\n"), data...)
	require.NoError(t, os.WriteFile(r.Rules, existing, 0o644))
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, `"msg":"verified"`)
	var verified bool
	require.NoError(t, clitest.Connect(t, r.Tgt).QueryRow(ctx,
		"SELECT (manifest->>'verified')::bool AND jsonb_array_length(verify) = 1 FROM understudy.runs ORDER BY id DESC LIMIT 1").Scan(&verified))
	require.True(t, verified, "the in-place load records its verify report")

	// A DBA keeps the settings' secrets: the check fails inside the load.
	before := clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))
	bad := clitest.KeepSettingsSecrets(t, string(existing))
	require.NoError(t, os.WriteFile(r.Rules, []byte(bad), 0o644))
	res = r.Run(t)
	require.Equal(t, 4, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "public.app_settings")
	require.Contains(t, res.Stderr, "the load was rolled back; staging is unchanged")
	require.NotContains(t, res.Stderr, "sk_live_51AcmePl4nted", "a finding never shows the secret")
	require.Equal(t, before, clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)), "rows and history as they were")

	res = r.Run(t, "--no-verify")
	require.Equal(t, 0, res.Code, res.Stderr)
}

// TestRunGrants: by default ownership and grants are dropped; with
// roles.keep_grants they are copied for the roles the target has, renamed
// through roles.map, and dropped for the others.
func TestRunGrants(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	var grants int
	tgt := clitest.Connect(t, r.Tgt)
	require.NoError(t, tgt.QueryRow(ctx, "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee IN ('acme_app', 'acme_readonly')").Scan(&grants))
	require.Zero(t, grants, "grants are dropped by default")
	tgt.Close(ctx)

	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	rules := "roles:\n  keep_grants: true\n  map: { acme_readonly: no_such_staging_role }\n" + string(data)
	require.NoError(t, os.WriteFile(r.Rules, []byte(rules), 0o644))
	res := r.Run(t, "--terminate-sessions")
	require.Equal(t, 0, res.Code, res.Stderr)
	tgt = clitest.Connect(t, r.Tgt)
	var appSelect, readonly bool
	require.NoError(t, tgt.QueryRow(ctx, "SELECT has_table_privilege('acme_app', 'public.users', 'SELECT'), has_schema_privilege('acme_readonly', 'Analytics', 'USAGE')").Scan(&appSelect, &readonly))
	require.True(t, appSelect, "a grant to a role the target has is kept")
	require.False(t, readonly, "a grant to a role mapped to one the target lacks is dropped")
}

// TestRunReportsAFailedHistoryRead: the run history staging carries is
// read and copied into the new copy; when it cannot be read (here a table
// whose manifest column an admin renamed) the run stops before the swap
// and says why, rather than swapping in a copy whose audit trail starts
// over. Staging keeps its rows and its history.
func TestRunReportsAFailedHistoryRead(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	_, err := clitest.Connect(t, r.Tgt).Exec(ctx, "ALTER TABLE understudy.runs RENAME COLUMN manifest TO manifest_v0")
	require.NoError(t, err)
	before := clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))

	res := r.Run(t, "--terminate-sessions")
	require.Equal(t, 1, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "read understudy.runs")
	require.Contains(t, res.Stderr, `column "manifest" does not exist`)
	require.Contains(t, res.Stderr, "staging keeps its history")
	require.Equal(t, before, clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)))
}
