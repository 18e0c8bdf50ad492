package integration

import (
	"context"
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestRunRowLevelSecurity: a source role that RLS would filter gets an
// error naming the table, not a staging copy silently missing rows. (A role
// that may bypass RLS, the superuser of cli.TestRunAcme, copies every row.)
func TestRunRowLevelSecurity(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	src := clitest.Connect(t, r.Src)
	role := "reader_" + pgtest.DatabaseName(r.Src)
	id := pgx.Identifier{role}.Sanitize()
	_, err := src.Exec(ctx, "CREATE ROLE "+id+" LOGIN; GRANT USAGE ON SCHEMA public, billing, \"Analytics\" TO "+id+
		"; GRANT SELECT ON ALL TABLES IN SCHEMA public, billing, \"Analytics\" TO "+id+"; GRANT SELECT ON ALL SEQUENCES IN SCHEMA public, billing TO "+id)
	require.NoError(t, err)
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), r.Src)
		if err == nil {
			_, _ = c.Exec(context.Background(), "DROP OWNED BY "+id+"; DROP ROLE "+id)
			c.Close(context.Background())
		}
	})
	u, err := url.Parse(r.Src)
	require.NoError(t, err)
	u.User = url.User(role)
	res := understudy(t, "run", "--config", r.Rules, "--source", u.String(), "--target", r.Tgt, "--log-format", "json")
	require.Equal(t, 1, res.Code, res.Stderr)
	require.Contains(t, res.Stderr, "public.projects")
	require.Contains(t, res.Stderr, "row-level security")
	var n int
	require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(ctx, "SELECT count(*) FROM pg_database WHERE datname LIKE $1", r.Target+"%").Scan(&n))
	require.Zero(t, n, "no staging database and no __next left behind")
}
