package integration

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestRunExistingSchema: with schema: existing, a target whose migrations
// made the same schema is truncated and loaded in place, in one
// transaction; a target whose shape differs is refused with a
// column-by-column diff and left as it was.
func TestRunExistingSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	// The "migrations": a first refresh in copy mode builds the schema.
	res := r.run(t)
	require.Equal(t, 0, res.code, res.stderr)

	data, err := os.ReadFile(r.rules)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(r.rules, append([]byte("schema: existing\n"), data...), 0o644))

	// Staging drifts: rows that production does not have.
	tgt := connect(t, r.tgt)
	_, err = tgt.Exec(ctx, "DELETE FROM public.audit_events; INSERT INTO public.countries (code, name, phone_prefix) VALUES ('ZZ', 'Nowhere', '+0')")
	require.NoError(t, err)
	tgt.Close(ctx)

	res = r.run(t)
	require.Equal(t, 0, res.code, res.stderr)
	src := connect(t, r.src)
	tgt = connect(t, r.tgt)
	require.Equal(t, rowCounts(tableChecksums(t, src)), rowCounts(withoutRuns(tableChecksums(t, tgt))), "truncated and loaded")
	var runs int
	var outcome string
	require.NoError(t, tgt.QueryRow(ctx, "SELECT (SELECT count(*) FROM understudy.runs), (SELECT manifest->>'swap' FROM understudy.runs ORDER BY id DESC LIMIT 1)").Scan(&runs, &outcome))
	require.Equal(t, 2, runs)
	require.Equal(t, "loaded in place", outcome)

	// A migration the source has not seen: refused, nothing changed.
	_, err = tgt.Exec(ctx, "ALTER TABLE public.users ADD COLUMN nickname text; ALTER TABLE public.orders ALTER COLUMN notes TYPE varchar(500)")
	require.NoError(t, err)
	before := withoutRuns(tableChecksums(t, tgt))
	tgt.Close(ctx)
	res = r.run(t)
	require.Equal(t, 1, res.code, res.stderr)
	require.Contains(t, res.stderr, "public.users.nickname: only in the target (text)")
	require.Contains(t, res.stderr, "public.orders.notes: source text, target character varying(500)")
	require.True(t, strings.Contains(res.stderr, "nothing was loaded"))
	require.Equal(t, before, withoutRuns(tableChecksums(t, connect(t, r.tgt))))
}

// TestRunExistingSchemaVerifies: schema: existing verifies the load inside
// its transaction, before it commits, with the same gate as a copied
// schema: a failed check exits 4, the load is rolled back and staging keeps
// its rows and its history; --no-verify loads anyway.
func TestRunExistingSchemaVerifies(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.run(t).code)
	data, err := os.ReadFile(r.rules)
	require.NoError(t, err)
	existing := append([]byte("schema: existing\n"), data...)
	require.NoError(t, os.WriteFile(r.rules, existing, 0o644))
	res := r.run(t)
	require.Equal(t, 0, res.code, res.stderr)
	require.Contains(t, res.stderr, `"msg":"verified"`)
	var verified bool
	require.NoError(t, connect(t, r.tgt).QueryRow(ctx,
		"SELECT (manifest->>'verified')::bool AND jsonb_array_length(verify) = 1 FROM understudy.runs ORDER BY id DESC LIMIT 1").Scan(&verified))
	require.True(t, verified, "the in-place load records its verify report")

	// A DBA keeps the settings' secrets: the check fails inside the load.
	before := tableChecksums(t, connect(t, r.tgt))
	bad := strings.Replace(string(existing), "    value: redact\n", "    value: keep\n", 1)
	require.NotEqual(t, string(existing), bad)
	require.NoError(t, os.WriteFile(r.rules, []byte(bad), 0o644))
	res = r.run(t)
	require.Equal(t, 4, res.code, res.stderr)
	require.Contains(t, res.stderr, "public.app_settings")
	require.Contains(t, res.stderr, "the load was rolled back; staging is unchanged")
	require.NotContains(t, res.stderr, "sk_live_51AcmePl4nted", "a finding never shows the secret")
	require.Equal(t, before, tableChecksums(t, connect(t, r.tgt)), "rows and history as they were")

	res = r.run(t, "--no-verify")
	require.Equal(t, 0, res.code, res.stderr)
}
