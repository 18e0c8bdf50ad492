package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestLintStrictCatchesNewPIIColumn: a migration adds a PII column; lint
// --strict fails with exit 4 naming it, and passes once a rule covers it.
func TestLintStrictCatchesNewPIIColumn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	path := clitest.InitRules(t, Main, src)
	require.Equal(t, 0, understudy(t, "lint", "--config", path, "--source", src, "--strict").Code)

	conn, err := pgx.Connect(ctx, src)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, `ALTER TABLE public.customers ADD COLUMN mobile_phone varchar(32);
		UPDATE public.customers SET mobile_phone = '+1 415 555 ' || lpad((id % 10000)::text, 4, '0')`)
	require.NoError(t, err)

	r := understudy(t, "lint", "--config", path, "--source", src, "--strict")
	require.Equal(t, 4, r.Code, r.Stdout+r.Stderr)
	require.Contains(t, r.Stdout, "public.customers.mobile_phone looks like direct_identifier")
	require.Contains(t, r.Stdout, "suggested rule: phone")
	require.Contains(t, r.Stderr, "--strict: 1 columns without a rule")

	// Without --strict the same file is valid: the column is reported as uncovered only in the report.
	require.Equal(t, 0, understudy(t, "lint", "--config", path, "--source", src).Code)

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	fixed := strings.Replace(string(data), "  public.customers:\n", "  public.customers:\n    mobile_phone: { transform: phone, keep_prefix: 3 }\n", 1)
	require.NoError(t, os.WriteFile(path, []byte(fixed), 0o644))
	r = understudy(t, "lint", "--config", path, "--source", src, "--strict")
	require.Equal(t, 0, r.Code, r.Stdout+r.Stderr)
}

func TestLintBadFileExits2WithPositions(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	path := filepath.Join(t.TempDir(), "rules.yaml")
	require.NoError(t, os.WriteFile(path, []byte("version: 1\ntables:\n  public.users:\n    emial: email\n    phone: { transform: phnoe }\n"), 0o644))
	r := understudy(t, "lint", "--config", path, "--source", src)
	require.Equal(t, 2, r.Code, r.Stdout+r.Stderr)
	require.Contains(t, r.Stdout, path+":4:5: error: column \"emial\" does not exist in public.users; did you mean public.users.email?")
	require.Contains(t, r.Stdout, path+":5:25: error: unknown transformer \"phnoe\"; did you mean \"phone\"?")

	r = understudy(t, "lint", "--config", path, "--source", src, "--format", "json")
	require.Equal(t, 2, r.Code)
	require.Contains(t, r.Stdout, `"code": "unknown-column"`)
}
