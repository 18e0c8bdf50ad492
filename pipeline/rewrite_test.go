package pipeline

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

// TestCheckNotRewritten: the snapshot holds no table lock, so production
// may truncate or rewrite a table during a refresh; the snapshot then sees
// it empty. The check after each table's copy tells that from a table
// that is empty, or merely written to, and names the table.
func TestCheckNotRewritten(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.Database(t, copyFixture)
	p, err := Prepare(ctx, PrepareConfig{SourceURL: url, SampleRows: -1})
	require.NoError(t, err)
	defer p.Close()

	prod, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer prod.Close(ctx)
	_, err = prod.Exec(ctx, `CREATE TABLE "Copy".later (id int); INSERT INTO "Copy"."Types" ("int") VALUES (7); TRUNCATE "Copy"."People" CASCADE`)
	require.NoError(t, err)

	check, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer check.Close(ctx)
	table := func(name string) *schema.Table {
		tb := p.Model.Table(schema.Name{Schema: "Copy", Name: name})
		require.NotNil(t, tb, name)
		return tb
	}
	require.NoError(t, p.checkNotRewritten(ctx, check, table("Types")), "rows written, not rewritten")
	err = p.checkNotRewritten(ctx, check, table("People"))
	var ddl *ConcurrentDDLError
	require.ErrorAs(t, err, &ddl)
	require.Equal(t, `"Copy"."People"`, ddl.Table)
	require.Contains(t, err.Error(), "truncated or rewritten")

	_, err = prod.Exec(ctx, `VACUUM FULL "Copy"."Types"`)
	require.NoError(t, err)
	require.ErrorAs(t, p.checkNotRewritten(ctx, check, table("Types")), &ddl)
	_, err = prod.Exec(ctx, `DROP TABLE "Copy"."Types"`)
	require.NoError(t, err)
	err = p.checkNotRewritten(ctx, check, table("Types"))
	require.ErrorAs(t, err, &ddl)
	require.True(t, ddl.Dropped)
}
