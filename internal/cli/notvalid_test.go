package cli

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/verify"
)

// notValidFixture is a Rails-style schema whose foreign keys and CHECKs
// are added NOT VALID, two of them violated by production's rows.
func notValidFixture() pgtest.Fixture {
	return pgtest.Fixture{Name: "notvalid", Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "notvalid", "schema.sql")}}
}

// convalidated maps "table constraint" to pg_constraint.convalidated for
// the foreign keys and CHECKs of a database.
func convalidated(t *testing.T, dbURL string) map[string]bool {
	t.Helper()
	rows, err := clitest.Connect(t, dbURL).Query(context.Background(),
		`SELECT conrelid::regclass::text || ' ' || conname, convalidated FROM pg_constraint WHERE contype IN ('f', 'c') AND conrelid <> 0`)
	require.NoError(t, err)
	out := map[string]bool{}
	for rows.Next() {
		var name string
		var ok bool
		require.NoError(t, rows.Scan(&name, &ok))
		out[name] = ok
	}
	require.NoError(t, rows.Err())
	return out
}

func TestRunNotValidConstraints(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, notValidFixture())
	manifestPath := filepath.Join(t.TempDir(), "manifest.json")
	res := r.Run(t, "--manifest", manifestPath)
	require.Equal(t, 0, res.Code, res.Stderr)

	// What the copied rows allow is validated; what they violate stays
	// NOT VALID, as in production.
	require.Equal(t, map[string]bool{
		"oauth_access_tokens fk_rails_ee63f25419":           false,
		"oauth_access_tokens fk_rails_732cb83ab7":           true,
		"diary_entries fk_rails_diary_user":                 true,
		"diary_entries diary_entries_language_code_present": false,
		"users users_status_known":                          true,
		`"Social"."Follows" Follows_Follower_fk`:            true,
		`"Social"."Follows" Weight_Positive`:                true,
	}, convalidated(t, r.Tgt))
	for name, ok := range convalidated(t, r.Src) {
		require.False(t, ok, "production holds %s NOT VALID", name)
	}

	// The manifest records every constraint production holds NOT VALID,
	// and what became of it.
	m := clitest.ReadManifest(t, manifestPath)
	got := map[string]any{}
	for _, c := range m["not_valid_constraints"].([]any) {
		c := c.(map[string]any)
		got[c["kind"].(string)+" "+c["table"].(string)+" "+c["name"].(string)] = c["validated"]
		if c["validated"] == false {
			require.NotEmpty(t, c["violation"], c)
			require.NotContains(t, c["violation"], "9001", "the server's detail, which quotes values, is not kept")
		}
	}
	require.Equal(t, map[string]any{
		"foreign key public.oauth_access_tokens fk_rails_ee63f25419":     false,
		"foreign key public.oauth_access_tokens fk_rails_732cb83ab7":     true,
		"foreign key public.diary_entries fk_rails_diary_user":           true,
		"check public.diary_entries diary_entries_language_code_present": false,
		"check public.users users_status_known":                          true,
		`foreign key "Social"."Follows" Follows_Follower_fk`:             true,
		`check "Social"."Follows" Weight_Positive`:                       true,
	}, got)
	require.Equal(t, true, m["verified"])

	// verify, standalone, says the same: a note, not a failure.
	vres, rep := r.verifyJSON(t)
	require.Equal(t, 0, vres.Code, vres.Stdout+vres.Stderr)
	var fk *verify.ForeignKeyCheck
	for i, c := range rep.Integrity {
		require.False(t, c.Failed(), "%+v", c)
		require.True(t, c.NotValidInSource, "%+v", c)
		if c.Name == "fk_rails_ee63f25419" {
			fk = &rep.Integrity[i]
		}
	}
	require.NotNil(t, fk)
	require.Equal(t, verify.ForeignKeyCheck{Name: "fk_rails_ee63f25419", Table: "public.oauth_access_tokens", References: "public.users",
		NotValidInSource: true, Rows: 33, DanglingInSource: 3, OrphansInSource: 3}, *fk)
	require.Len(t, rep.Checks, 3)
	for _, c := range rep.Checks {
		require.False(t, c.Failed(), "%+v", c)
		if c.Name == "diary_entries_language_code_present" {
			require.Equal(t, verify.CheckConstraintCheck{Name: c.Name, Table: "public.diary_entries", Expression: "((language_code)::text <> ''::text)",
				NotValidInSource: true, Rows: 26, ViolatingInSource: 1, AsInSource: 1}, c)
		}
	}
	text := r.verify(t, "text")
	require.Equal(t, 0, text.Code, text.Stdout+text.Stderr)
	require.Contains(t, text.Stdout, "note: fk_rails_ee63f25419 on public.oauth_access_tokens: not valid in production, 3 orphans there too; staging holds 3 of them")
	require.Contains(t, text.Stdout, "note: check diary_entries_language_code_present on public.diary_entries: not valid in production, 1 violating rows there too; staging holds 1 of them")
	require.Contains(t, text.Stdout, "PASSED")

	// Orphans and violating rows that production does not have are the
	// copy's doing: they fail. (Written past the triggers, and around the
	// CHECK, as a faulty copy would leave them.)
	tgt := clitest.Connect(t, r.Tgt)
	_, err := tgt.Exec(ctx, `SET session_replication_role = replica;
		DELETE FROM public.users WHERE id = (SELECT resource_owner_id FROM public.oauth_access_tokens WHERE resource_owner_id < 9000 LIMIT 1);
		RESET session_replication_role;
		ALTER TABLE public.diary_entries DROP CONSTRAINT diary_entries_language_code_present;
		UPDATE public.diary_entries SET language_code = '' WHERE id = 1;
		ALTER TABLE public.diary_entries ADD CONSTRAINT diary_entries_language_code_present CHECK (language_code <> '') NOT VALID`)
	require.NoError(t, err)
	vres, rep = r.verifyJSON(t)
	require.Equal(t, 4, vres.Code, vres.Stdout+vres.Stderr)
	rec := verify.NewRecord(&rep, "")
	require.Contains(t, rec.Outcome(), "check constraint")
	failed := map[string]bool{}
	for _, c := range rep.Integrity {
		if c.Failed() {
			failed[c.Name] = true
			require.Positive(t, c.Violations, "%+v", c)
		}
		if c.Name == "fk_rails_ee63f25419" {
			require.Equal(t, int64(3), c.DanglingInSource, "production's own orphans stay notes")
		}
	}
	require.True(t, failed["fk_rails_ee63f25419"], failed)
	for _, c := range rep.Checks {
		if c.Name == "diary_entries_language_code_present" {
			require.True(t, c.Failed(), "%+v", c)
			require.Equal(t, int64(1), c.Violations)
			require.Equal(t, int64(1), c.AsInSource)
		}
	}
}

// TestRunOSMSchema refreshes the OpenStreetMap website's schema, whose
// foreign keys were added NOT VALID, with one of them violated.
func TestRunOSMSchema(t *testing.T) {
	t.Parallel()
	var available int
	require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(context.Background(),
		"SELECT count(*) FROM pg_available_extensions WHERE name IN ('postgis', 'btree_gist')").Scan(&available))
	if available < 2 {
		t.Skip("the OSM schema needs the postgis and btree_gist extensions: apt-get install postgresql-15-postgis-3 (.ci/run does)")
	}
	osm := filepath.Join(pgtest.RepoRoot(), "..", "shared", "datasets", "osm", "structure.sql")
	rows := filepath.Join(pgtest.RepoRoot(), "testdata", "notvalid", "osm-rows.sql")
	r := newRefresh(t, pgtest.Fixture{Name: "osm", Files: []string{osm, rows}})
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)

	valid := convalidated(t, r.Tgt)
	require.False(t, valid["oauth_access_tokens fk_rails_ee63f25419"], "the orphan token keeps its key NOT VALID")
	require.True(t, valid["oauth_access_tokens fk_rails_732cb83ab7"])
	require.True(t, valid["oauth_applications fk_rails_cc886e315a"])

	vres, rep := r.verifyJSON(t)
	require.Equal(t, 0, vres.Code, vres.Stdout+vres.Stderr)
	notes := 0
	for _, c := range rep.Integrity {
		require.False(t, c.Failed(), "%+v", c)
		if c.Name == "fk_rails_ee63f25419" {
			require.Equal(t, "not valid in production, 1 orphans there too; staging holds 1 of them", c.Note())
			notes++
		}
	}
	require.Equal(t, 1, notes)
}
