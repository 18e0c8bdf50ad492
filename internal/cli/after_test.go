package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/pipeline"
)

// knownHash is the test password hash the after: steps give every user.
const knownHash = "$2a$10$KnownStagingPasswordHashForQA"

// staging.sql: webhooks to a sink, sessions gone.
const stagingSQL = `-- webhooks to a sink
UPDATE public.webhooks SET url = 'https://webhook-sink.invalid/' || id;

TRUNCATE public.user_sessions;
`

// withAfter appends an after: section to the refresh's rules file: an
// inline step and a file step (the file beside the rules file). prefix
// goes before the rules (schema: existing).
func withAfter(t *testing.T, r *refresh, prefix, sqlFile string) string {
	t.Helper()
	path := filepath.Join(filepath.Dir(r.Rules), "staging.sql")
	require.NoError(t, os.WriteFile(path, []byte(sqlFile), 0o644))
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	section := "after:\n  - sql: UPDATE public.users SET password_hash = '" + knownHash + "'\n  - file: staging.sql\n"
	require.NoError(t, os.WriteFile(r.Rules, []byte(prefix+string(data)+section), 0o644))
	return path
}

// TestRunAfter: the after: steps run in the new copy after post-data and
// before verify, are recorded in the manifest with their rows, and show in
// the step log; a failing statement stops the run before the swap with
// the statement, its file:line:column and PostgreSQL's error and hint,
// and staging keeps its rows.
func TestRunAfter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	withAfter(t, r, "", stagingSQL)
	manifest := filepath.Join(t.TempDir(), "manifest.json")
	res := r.Run(t, "--manifest", manifest)
	require.Equal(t, 0, res.Code, res.Stderr)

	tgt := clitest.Connect(t, r.Tgt)
	var users, known, webhooks, sunk, sessions int64
	require.NoError(t, tgt.QueryRow(ctx, `SELECT (SELECT count(*) FROM public.users), (SELECT count(*) FROM public.users WHERE password_hash = $1),
		(SELECT count(*) FROM public.webhooks), (SELECT count(*) FROM public.webhooks WHERE url LIKE 'https://webhook-sink.invalid/%'),
		(SELECT count(*) FROM public.user_sessions)`, knownHash).Scan(&users, &known, &webhooks, &sunk, &sessions))
	require.NotZero(t, users)
	require.Equal(t, users, known, "every user has the known password")
	require.NotZero(t, webhooks)
	require.Equal(t, webhooks, sunk, "every webhook points at the sink")
	require.Zero(t, sessions)
	var srcSessions int64
	require.NoError(t, clitest.Connect(t, r.Src).QueryRow(ctx, "SELECT count(*) FROM public.user_sessions").Scan(&srcSessions))
	require.NotZero(t, srcSessions, "production keeps its sessions")

	var m pipeline.Manifest
	data, err := os.ReadFile(manifest)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &m))
	require.Len(t, m.After, 2)
	require.Equal(t, pipeline.AfterResult{Step: 1, Source: "inline", Statements: 1, Rows: users, Seconds: m.After[0].Seconds}, m.After[0])
	require.Equal(t, 2, m.After[1].Step)
	require.Equal(t, "staging.sql", m.After[1].Source)
	require.Len(t, m.After[1].SHA256, 64)
	require.Equal(t, 2, m.After[1].Statements)
	require.Equal(t, webhooks, m.After[1].Rows, "the UPDATE's rows; TRUNCATE counts none")
	var steps []string
	for _, s := range m.Steps {
		steps = append(steps, string(s.Step))
	}
	require.Equal(t, []string{"sequences", "after", "analyze", "verify"}, steps[len(steps)-6:len(steps)-2], "after post-data and before verify")
	require.Contains(t, res.Stderr, `"msg":"step done","step":"after"`)
	require.Contains(t, res.Stderr, `"msg":"after: step done","step":2,"source":"staging.sql","statements":2`)
	var recorded int
	require.NoError(t, tgt.QueryRow(ctx, "SELECT jsonb_array_length(manifest->'after') FROM understudy.runs ORDER BY id DESC LIMIT 1").Scan(&recorded))
	require.Equal(t, 2, recorded, "staging's own history records the steps")
	tgt.Close(ctx)

	// A mistyped column in the file: nothing of the new copy reaches
	// staging, not even the first step's update.
	before := clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))
	bad := stagingSQL + "UPDATE public.users\n   SET password_hash = 'x'\n WHERE pasword_hash IS NULL;\n"
	path := withAfterFile(t, r, bad)
	res = r.Run(t, "--terminate-sessions")
	require.Equal(t, 1, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, fmt.Sprintf("after: step 2 (staging.sql) failed at %s:7:8, so the new copy was not swapped in and staging is unchanged: ERROR: column \"pasword_hash\" does not exist (SQLSTATE 42703)", path))
	require.Contains(t, res.Stderr, "statement: UPDATE public.users\n   SET password_hash = 'x'\n WHERE pasword_hash IS NULL\n")
	require.Contains(t, res.Stderr, "HINT: Perhaps you meant to reference the column \"users.password_hash\".")
	require.Equal(t, before, clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)), "staging keeps its rows and its history")
	require.Equal(t, []string{r.Target}, r.Databases(t), "no __next left behind")
}

// withAfterFile rewrites the after: steps' SQL file.
func withAfterFile(t *testing.T, r *refresh, sql string) string {
	t.Helper()
	path := filepath.Join(filepath.Dir(r.Rules), "staging.sql")
	require.NoError(t, os.WriteFile(path, []byte(sql), 0o644))
	return path
}

// TestRunAfterExistingSchema: with schema: existing the steps run in the
// load's transaction, with triggers and foreign keys on again: a failure
// rolls the load back and staging keeps its old rows.
func TestRunAfterExistingSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code, "the first refresh makes the schema")
	tgt := clitest.Connect(t, r.Tgt)
	_, err := tgt.Exec(ctx, "INSERT INTO public.countries (code, name, phone_prefix) VALUES ('ZZ', 'Staging only', '+0')")
	require.NoError(t, err)
	before := clitest.TableChecksums(t, tgt)
	tgt.Close(ctx)

	// The second statement breaks a foreign key: with the load's
	// session_replication_role = replica still in force it would pass.
	withAfter(t, r, "schema: existing\n", stagingSQL+"DELETE FROM public.organizations;\n")
	res := r.Run(t)
	require.Equal(t, 1, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "after: step 2 (staging.sql) failed at ")
	require.Contains(t, res.Stderr, "staging.sql:5:1, so the load was rolled back and staging is unchanged")
	require.Contains(t, res.Stderr, "violates foreign key constraint")
	require.Contains(t, res.Stderr, "DETAIL: Key (id)=")
	require.Equal(t, before, clitest.TableChecksums(t, clitest.Connect(t, r.Tgt)), "staging keeps its old rows")

	withAfterFile(t, r, stagingSQL)
	res = r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	var known, others int
	require.NoError(t, clitest.Connect(t, r.Tgt).QueryRow(ctx, `SELECT count(*) FILTER (WHERE password_hash = $1), count(*) FILTER (WHERE password_hash IS DISTINCT FROM $1) FROM public.users`, knownHash).Scan(&known, &others))
	require.NotZero(t, known)
	require.Zero(t, others)
}

// TestLintAfterSyntax: lint parses every after: statement and names a
// syntax error at its place in the rules file or in the SQL file, before
// any connection.
func TestLintAfterSyntax(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "staging.sql"), []byte("TRUNCATE public.user_sessions;\nUPDATE public.webhooks SET url = 'x' WEHRE id = 1;\n"), 0o644))
	rulesPath := filepath.Join(dir, "rules.yaml")
	require.NoError(t, os.WriteFile(rulesPath, []byte(`version: 1
after:
  - sql: |
      -- a known password for every user
      UPDATE public.users
         SET password_hash = 'x'
       WHERE id IN (SELECT id FROM public.users LIMTI 10);
  - file: staging.sql
`), 0o644))
	res := understudy(t, "lint", "--config", rulesPath, "--source", "postgres://nobody@127.0.0.1:1/none")
	require.Equal(t, ExitUsage, res.Code, res.Stderr)
	require.Equal(t, rulesPath+`:7:55: error: after: step 1: syntax error at or near "10"
`+filepath.Join(dir, "staging.sql")+`:2:38: error: after: step 2: syntax error at or near "WEHRE"
`, res.Stdout)
}
