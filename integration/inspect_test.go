package integration

import (
	"context"
	"encoding/json"
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestInspectAcmeText(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	r := understudy(t, "inspect", "--source", src)
	require.Equal(t, 0, r.code, r.stderr)
	for _, want := range []string{
		`"Analytics"."Daily Stats"`, "partitioned", "partition of public.page_views", "inherits public.notifications",
		"organizations_owner_user_id_fkey", "deferrable initially deferred", "self-reference",
		"public.organizations <-> public.users", "cycles broken at:", "RLS", "materialized view",
	} {
		require.Contains(t, r.stdout, want)
	}
}

func TestInspectPagilaJSON(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Pagila())
	r := understudy(t, "inspect", "--source", src, "--format", "json")
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		Fingerprint string `json:"fingerprint"`
		Model       struct {
			Tables []struct{ Name struct{ Schema, Name string } } `json:"tables"`
		} `json:"model"`
		LoadOrder []struct{ Schema, Name string } `json:"load_order"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	require.Len(t, doc.Model.Tables, 22)
	require.Len(t, doc.LoadOrder, 22)
	require.Contains(t, doc.Fingerprint, "sha256:")
}

// TestInspectMissingPermission: a role that may not connect gets a runtime
// error (exit 1) that names the role and database, never the password.
func TestInspectMissingPermission(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := pgtest.Database(t, pgtest.Pagila())
	conn, err := pgx.Connect(ctx, src)
	require.NoError(t, err)
	defer conn.Close(ctx)
	db := pgtest.DatabaseName(src)
	role := "no_connect_" + db
	_, err = conn.Exec(ctx, "CREATE ROLE "+pgx.Identifier{role}.Sanitize()+" LOGIN PASSWORD 'Sup3rS3cret'; REVOKE CONNECT ON DATABASE "+pgx.Identifier{db}.Sanitize()+" FROM PUBLIC")
	require.NoError(t, err)
	t.Cleanup(func() { _, _ = conn.Exec(context.Background(), "DROP ROLE IF EXISTS "+pgx.Identifier{role}.Sanitize()) })

	u, err := url.Parse(src)
	require.NoError(t, err)
	u.User = url.UserPassword(role, "Sup3rS3cret")
	r := understudy(t, "inspect", "--source", u.String())
	require.Equal(t, 1, r.code, r.stderr)
	require.Contains(t, r.stderr, "permission denied for database")
	require.Contains(t, r.stderr, role+"@")
	require.NotContains(t, r.stderr, "Sup3rS3cret")
}

func TestInspectBadURLIsUsageError(t *testing.T) {
	t.Parallel()
	r := understudy(t, "inspect", "--source", "postgres://app:Sup3rS3cret@db.example.com:notaport/prod")
	require.Equal(t, 2, r.code, r.stderr)
	require.NotContains(t, r.stderr, "Sup3rS3cret")
}
