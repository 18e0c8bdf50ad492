package integration

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestUniqueKeysInitLintRun: on a schema whose unique keys come in every
// shape (composite, partial, over expressions, NULLS NOT DISTINCT, on a
// partitioned table and on one partition), several over PII-looking
// columns, init's rules pass lint --strict and run succeeds, unedited:
// every unique index is rebuilt in staging over masked values. The rule
// init used to write (redact on a column of a composite unique key) is a
// lint error, before anything is touched.
func TestUniqueKeysInitLintRun(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.UniqueKeys())

	lint := understudy(t, "lint", "--config", r.Rules, "--source", r.Src, "--strict")
	require.Equal(t, 0, lint.Code, lint.Stdout+lint.Stderr)

	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	requireAllKeysValid(t, r.Tgt)

	uniqueIndexes := `SELECT ic.relname, i.indisvalid FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
		JOIN pg_namespace n ON n.oid = ic.relnamespace WHERE i.indisunique AND n.nspname IN ('public', 'Audit') ORDER BY 1`
	type index struct {
		Name  string
		Valid bool
	}
	read := func(db string) []index {
		rows, err := clitest.Connect(t, db).Query(ctx, uniqueIndexes)
		require.NoError(t, err)
		var out []index
		for rows.Next() {
			var ix index
			require.NoError(t, rows.Scan(&ix.Name, &ix.Valid))
			out = append(out, ix)
		}
		require.NoError(t, rows.Err())
		return out
	}
	src := read(r.Src)
	require.Greater(t, len(src), 15)
	require.Equal(t, src, read(r.Tgt), "every unique index is rebuilt, and valid")

	// The columns of the composite keys are masked, not kept.
	var leaked int
	require.NoError(t, clitest.Connect(t, r.Tgt).QueryRow(ctx, `SELECT count(*) FROM public.api_keys WHERE key LIKE 'sk\_live\_%'`).Scan(&leaked))
	require.Zero(t, leaked, "api_keys.key is masked")
	require.NoError(t, clitest.Connect(t, r.Tgt).QueryRow(ctx, `SELECT count(*) FROM public.webhooks WHERE webhook_url LIKE 'https://hooks.example.net/%'`).Scan(&leaked))
	require.Zero(t, leaked, "webhooks.webhook_url is masked")

	// What init wrote before: redact on api_keys.key.
	data, err := os.ReadFile(r.Rules)
	require.NoError(t, err)
	bad := strings.Replace(string(data), "    key: hash\n", "    key: redact\n", 1)
	require.NotEqual(t, string(data), bad)
	require.NoError(t, os.WriteFile(r.Rules, []byte(bad), 0o644))
	lint = understudy(t, "lint", "--config", r.Rules, "--source", r.Src)
	require.Equal(t, 2, lint.Code, lint.Stdout+lint.Stderr)
	require.Contains(t, lint.Stdout+lint.Stderr, "public.api_keys.key is in composite unique constraint api_keys_customer_id_key_key on (customer_id, key), and redact maps many values to one")
}
