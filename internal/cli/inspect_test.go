package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/schema"
)

// stable zeroes what varies between two loads of the same data (sizes,
// planner estimates, OIDs), so the golden file holds only the schema.
func stable(m *schema.Model) *schema.Model {
	for _, t := range m.Tables {
		t.RowEstimate, t.Bytes, t.TotalBytes, t.OID = 1000, 8192, 16384, 0
	}
	m.Database = "db"
	return m
}

func TestInspectTextGolden(t *testing.T) {
	t.Parallel()
	for name, fx := range map[string]pgtest.Fixture{"pagila": pgtest.Pagila(), "acme": pgtest.Acme("0.05")} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m, err := inspectSource(context.Background(), pgtest.Database(t, fx))
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", "golden", "inspect-"+name+".txt"), []byte(report.InspectText(stable(m))))
		})
	}
}

func TestInspectJSONRoundTrips(t *testing.T) {
	t.Parallel()
	m, err := inspectSource(context.Background(), pgtest.Database(t, pgtest.Pagila()))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, report.InspectJSON(&buf, m))
	var r struct {
		Fingerprint string
		Model       schema.Model
		LoadOrder   []schema.Name `json:"load_order"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &r))
	require.Equal(t, m.Fingerprint(), r.Fingerprint)
	require.Len(t, r.Model.Tables, len(m.Tables))
	require.Len(t, r.LoadOrder, len(m.Tables))
	require.Equal(t, m.Table(schema.Name{Schema: "public", Name: "film"}).Column("rating").Type.EnumLabels,
		r.Model.Table(schema.Name{Schema: "public", Name: "film"}).Column("rating").Type.EnumLabels)
}

func TestInspectAcmeText(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	r := understudy(t, "inspect", "--source", src)
	require.Equal(t, 0, r.Code, r.Stderr)
	for _, want := range []string{
		`"Analytics"."Daily Stats"`, "partitioned", "partition of public.page_views", "inherits public.notifications",
		"organizations_owner_user_id_fkey", "deferrable initially deferred", "self-reference",
		"public.organizations <-> public.users", "cycles broken at:", "RLS", "materialized view",
	} {
		require.Contains(t, r.Stdout, want)
	}
}

func TestInspectPagilaJSON(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Pagila())
	r := understudy(t, "inspect", "--source", src, "--format", "json")
	require.Equal(t, 0, r.Code, r.Stderr)
	var doc struct {
		Fingerprint string `json:"fingerprint"`
		Model       struct {
			Tables []struct{ Name struct{ Schema, Name string } } `json:"tables"`
		} `json:"model"`
		LoadOrder []struct{ Schema, Name string } `json:"load_order"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.Stdout), &doc))
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
	require.Equal(t, 1, r.Code, r.Stderr)
	require.Contains(t, r.Stderr, "permission denied for database")
	require.Contains(t, r.Stderr, role+"@")
	require.NotContains(t, r.Stderr, "Sup3rS3cret")
}

func TestInspectBadURLIsUsageError(t *testing.T) {
	t.Parallel()
	r := understudy(t, "inspect", "--source", "postgres://app:Sup3rS3cret@db.example.com:notaport/prod")
	require.Equal(t, 2, r.Code, r.Stderr)
	require.NotContains(t, r.Stderr, "Sup3rS3cret")
}
