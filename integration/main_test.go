// Package integration runs the real CLI in-process against real PostgreSQL:
// the acme fixture and the third-party pagila sample database.
package integration

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/understudy/understudy/internal/cli"
	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// result is what one understudy invocation did.
type result struct {
	code           int
	stdout, stderr string
}

// understudy runs the CLI in-process, as a user would run the binary.
func understudy(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(args, strings.NewReader(""), &out, &errb)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}
