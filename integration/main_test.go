// Package integration runs the real CLI in-process against real PostgreSQL:
// the acme fixture and the third-party pagila sample database. It holds
// what spans commands or the whole system (the lifecycle, faults and kills,
// the subset's closure, bad input, the architecture); a test of one
// command's behaviour lives beside the command, in internal/cli.
package integration

import (
	"context"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/cli"
	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// understudy runs the CLI in-process, as a user would run the binary.
func understudy(t *testing.T, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(t, cli.Main, args...)
}

// refresh is a clitest.Refresh, with the methods of the lifecycle tests.
type refresh struct{ *clitest.Refresh }

func newRefresh(t *testing.T, fx pgtest.Fixture) *refresh {
	t.Helper()
	return &refresh{clitest.NewRefresh(t, cli.Main, fx)}
}

// newRefreshFrom is newRefresh for a source database made by the test.
func newRefreshFrom(t *testing.T, src string) *refresh {
	t.Helper()
	return &refresh{clitest.NewRefreshFrom(t, cli.Main, src)}
}

func connectQuiet(dbURL string) (*pgx.Conn, error) {
	return pgx.Connect(context.Background(), dbURL)
}
