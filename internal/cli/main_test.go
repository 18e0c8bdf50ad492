package cli

// The command tests run the CLI in-process against real PostgreSQL, one
// server for the test binary (pgtest.Main), one database per test.

import (
	"os"
	"testing"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// understudy runs the CLI in-process, as a user would run the binary.
func understudy(t *testing.T, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(t, Main, args...)
}

// refresh is a clitest.Refresh, with the methods of the plan and verify
// tests.
type refresh struct{ *clitest.Refresh }

func newRefresh(t *testing.T, fx pgtest.Fixture) *refresh {
	t.Helper()
	return &refresh{clitest.NewRefresh(t, Main, fx)}
}
