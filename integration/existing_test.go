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
