package pgtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
	"golang.org/x/sync/errgroup"
)

// Two test binaries on one server (go test ./... against one
// UNDERSTUDY_TEST_DATABASE_URL runs packages at once) may need the same
// fixture's template together: one builds it, the other uses it, and
// neither fails.
func TestTemplateBuiltByTwoProcesses(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	admin := Shared(t).AdminURL()
	file := filepath.Join(t.TempDir(), "slow.sql")
	// A fixture of its own on every run, slow enough that the second
	// builder asks while the first is still loading it: it waits for
	// that build (the advisory lock) and takes its template.
	require.NoError(t, os.WriteFile(file, fmt.Appendf(nil, "-- %d\nSELECT pg_sleep(0.5);\nCREATE TABLE t (id int);\n", time.Now().UnixNano()), 0o644))
	fx := Fixture{Name: "twice", Files: []string{file}}
	names := make([]string, 2)
	var g errgroup.Group
	for i := range names {
		g.Go(func() error {
			s, err := startExternal(ctx, admin)
			if err != nil {
				return err
			}
			names[i], err = s.template(ctx, fx)
			return err
		})
	}
	require.NoError(t, g.Wait())
	require.Equal(t, names[0], names[1])
	conn, err := pgx.Connect(ctx, admin)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_database WHERE datname LIKE $1", names[0]+"%").Scan(&n))
	require.Equal(t, 1, n, "the second builder's copy is dropped")
	_, err = conn.Exec(ctx, "ALTER DATABASE "+pgx.Identifier{names[0]}.Sanitize()+" WITH IS_TEMPLATE false")
	require.NoError(t, err)
	require.NoError(t, dropDatabase(ctx, conn, names[0]))
}
