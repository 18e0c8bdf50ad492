package integration

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestRunGrants: by default ownership and grants are dropped; with
// roles.keep_grants they are copied for the roles the target has, renamed
// through roles.map, and dropped for the others.
func TestRunGrants(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.run(t).code)
	var grants int
	tgt := connect(t, r.tgt)
	require.NoError(t, tgt.QueryRow(ctx, "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee IN ('acme_app', 'acme_readonly')").Scan(&grants))
	require.Zero(t, grants, "grants are dropped by default")
	tgt.Close(ctx)

	data, err := os.ReadFile(r.rules)
	require.NoError(t, err)
	rules := "roles:\n  keep_grants: true\n  map: { acme_readonly: no_such_staging_role }\n" + string(data)
	require.NoError(t, os.WriteFile(r.rules, []byte(rules), 0o644))
	res := r.run(t, "--terminate-sessions")
	require.Equal(t, 0, res.code, res.stderr)
	tgt = connect(t, r.tgt)
	var appSelect, readonly bool
	require.NoError(t, tgt.QueryRow(ctx, "SELECT has_table_privilege('acme_app', 'public.users', 'SELECT'), has_schema_privilege('acme_readonly', 'Analytics', 'USAGE')").Scan(&appSelect, &readonly))
	require.True(t, appSelect, "a grant to a role the target has is kept")
	require.False(t, readonly, "a grant to a role mapped to one the target lacks is dropped")
}
