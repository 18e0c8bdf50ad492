package integration

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/verify"
)

var streamProofFixture = pgtest.Fixture{Name: "streamproof", Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "streamproof", "schema.sql")}}

// streamProofRules mask the emails and IBANs, keeping what a rule cannot
// read (on_invalid: keep: the planted leaks), and pass the OAuth
// applications through (the planted credentials).
func streamProofRules(t *testing.T, r *refresh) {
	t.Helper()
	secretFile := filepath.Join(t.TempDir(), "secret")
	require.NoError(t, os.WriteFile(secretFile, []byte(clitest.Secret), 0o600))
	rules := `version: 1
secret_file: ` + secretFile + `
on_invalid: keep
tables:
  public.accounts:
    id: keep
    username: keep
    email: email
    display_name: keep
    iban: iban
    created_at: keep
  public.oauth_applications:
    id: keep
    name: keep
    redirect_uri: keep
    scopes: keep
    settings: keep
    owner_id: keep
  public.payout_logs:
    account_id: keep
    iban: iban
    amount_cents: keep
    paid_on: keep
  public.statuses:
    id: keep
    account_id: keep
    in_reply_to_id: keep
    body: keep
subset:
  roots:
    - table: public.statuses
      where: "id > 0"
  full: [public.accounts, public.oauth_applications, public.payout_logs]
  virtual_foreign_keys:
    - from: public.statuses(in_reply_to_id)
      to: public.statuses(id)
`
	require.NoError(t, os.WriteFile(r.Rules, []byte(rules), 0o644))
}

// findings is what a verify record found, without how it looked.
type findings struct {
	Failures    []string
	Leaks       []string
	Credentials []string
	Residual    []string
	Integrity   []string
}

func findingsOf(t *testing.T, rec *verify.Record) findings {
	t.Helper()
	var f findings
	f.Failures = append(f.Failures, rec.Failures...)
	for _, l := range rec.Leaks {
		b, _ := json.Marshal([]any{l.Table, l.Column, l.Rows, l.Equal, l.Failed(), l.Conditional, l.Paths})
		f.Leaks = append(f.Leaks, string(b))
	}
	for _, c := range rec.Credentials {
		b, _ := json.Marshal(c)
		f.Credentials = append(f.Credentials, string(b))
	}
	for _, r := range rec.Residual {
		b, _ := json.Marshal(r)
		f.Residual = append(f.Residual, string(b))
	}
	for _, c := range rec.Integrity {
		b, _ := json.Marshal([]any{c.Name, c.Table, c.Violations, c.DanglingInSource, c.OrphansInSource, c.Validated, c.Failed(), c.Note()})
		f.Integrity = append(f.Integrity, string(b))
	}
	for _, l := range [][]string{f.Failures, f.Leaks, f.Credentials, f.Residual, f.Integrity} {
		sort.Strings(l)
	}
	return f
}

// TestStreamProofMatchesFullCheck: the checks a run makes on its copy
// stream reach the findings of a full re-read of staging and production,
// on planted leaks (values kept under on_invalid: keep, in a keyed table
// and in one without a key), planted credentials in columns passed
// through (a URL with a token, a key in a jsonb document), residual names
// in a kept column, and planted orphans (a key production holds NOT
// VALID, a virtual key). Both runs fail with exit 4 and swap nothing.
func TestStreamProofMatchesFullCheck(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, streamProofFixture)
	streamProofRules(t, r)

	records := map[string]*verify.Record{}
	for _, mode := range []string{"stream", "full"} {
		dir := t.TempDir()
		res := r.Run(t, "--verify", mode, "--report-dir", dir)
		require.Equal(t, 4, res.Code, "%s: %s", mode, res.Stderr)
		require.NotContains(t, r.Databases(t), r.Target, "%s: staging was not swapped in", mode)
		rec, err := verify.ParseRecord([]byte(readVerifyRecord(t, dir)))
		require.NoError(t, err)
		records[mode] = rec
	}
	stream, full := records["stream"], records["full"]
	require.Equal(t, []string{verify.StreamLeaks, verify.StreamCredentials, verify.StreamResidual}, stream.OnStream)
	require.Empty(t, full.OnStream)

	// What was planted is found, by each.
	for mode, rec := range records {
		failed := map[string]bool{}
		for _, l := range rec.Leaks {
			if l.Failed() {
				failed[l.Table+"."+l.Column] = true
			}
		}
		require.Equal(t, map[string]bool{"public.accounts.iban": true, "public.payout_logs.iban": true}, failed, mode)
		creds := map[string]int64{}
		for _, c := range rec.Credentials {
			creds[c.Table+"."+c.Column+" "+c.Path+" "+c.Detector] = c.Rows
		}
		require.Equal(t, map[string]int64{
			"public.oauth_applications.redirect_uri  url_credentials":     3,
			"public.oauth_applications.settings $.billing.key stripe_key": 2,
		}, creds, mode)
		var residual []string
		for _, res := range rec.Residual {
			residual = append(residual, res.Table+"."+res.Column+" "+res.Detector)
		}
		require.Contains(t, residual, "public.accounts.display_name person_name", mode)
		notes := 0
		for _, c := range rec.Integrity {
			require.False(t, c.Failed(), "%s: %s", mode, c.Name)
			if c.Name == "fk_rails_statuses_account" {
				require.Equal(t, int64(6), c.OrphansInSource, mode)
				require.Equal(t, int64(6), c.DanglingInSource, mode)
				notes++
			}
			if c.Virtual {
				require.Equal(t, int64(3), c.DanglingInSource, mode)
				notes++
			}
		}
		require.Equal(t, 2, notes, mode)
	}

	// And the two reach the same findings.
	fs, ff := findingsOf(t, stream), findingsOf(t, full)
	require.Equal(t, ff.Failures, fs.Failures)
	require.Equal(t, ff.Leaks, fs.Leaks)
	require.Equal(t, ff.Credentials, fs.Credentials)
	require.Equal(t, ff.Residual, fs.Residual)
	require.Equal(t, ff.Integrity, fs.Integrity)

	// The stream run counted no foreign key PostgreSQL had validated.
	for _, c := range stream.Integrity {
		if c.Name == "oauth_applications_owner_id_fkey" {
			require.Equal(t, verify.ProofValidated, c.Proof)
			require.Zero(t, c.Rows)
		}
	}
	for _, c := range full.Integrity {
		if c.Name == "oauth_applications_owner_id_fkey" {
			require.Empty(t, c.Proof)
			require.Equal(t, int64(50), c.Rows)
		}
	}
}

// TestStreamProofRescansWhatAfterStepsWrite: rows an after: step writes
// never crossed the copy stream; verify reads the tables it wrote again,
// so a credential it plants is found as a full check finds it.
func TestStreamProofRescansWhatAfterStepsWrite(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, streamProofFixture)
	streamProofRules(t, r)
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	// The planted findings of the fixture are cleared, and a step writes a
	// new one through a function, where no statement names the table.
	rules := string(data) + `after:
  - sql: |
      UPDATE oauth_applications SET redirect_uri = 'https://app.example/callback', settings = '{}';
      UPDATE accounts SET iban = NULL WHERE iban LIKE 'not%';
      CREATE FUNCTION plant() RETURNS void LANGUAGE sql AS $$ UPDATE statuses SET body = 'deploy with postgres://deploy:Hunter2-planted@db.internal/app' WHERE id = 42 $$;
      SELECT plant();
      DROP FUNCTION plant();
`
	rules = strings.Replace(rules, "    iban: iban\n    amount_cents", "    iban: 'null'\n    amount_cents", 1)
	require.NoError(t, os.WriteFile(r.Rules, []byte(rules), 0o644))
	dir := t.TempDir()
	res := r.Run(t, "--report-dir", dir)
	require.Equal(t, 4, res.Code, res.Stderr)
	rec, err := verify.ParseRecord([]byte(readVerifyRecord(t, dir)))
	require.NoError(t, err)
	require.Len(t, rec.Credentials, 1, "%+v", rec.Credentials)
	c := rec.Credentials[0]
	require.Equal(t, []string{"public.statuses", "body", "url_credentials", "(42)"}, []string{c.Table, c.Column, c.Detector, strings.Join(c.RowKeys, ",")})
	require.NotContains(t, res.Stderr+res.Stdout, "Hunter2-planted")
	// The IBANs the stream saw kept were cleared by a step: the table is
	// compared again, and holds no leak.
	require.Len(t, rec.Failures, 1, "%v", rec.Failures)
	for _, l := range rec.Leaks {
		if l.Table == "public.accounts" {
			require.Equal(t, "row key", l.Method, l.Column)
			require.Zero(t, l.Equal, l.Column)
		} else {
			require.Equal(t, verify.MethodStream, l.Method, l.Table)
		}
	}
}
