package pipeline

import (
	"os"
	"testing"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestMain starts one PostgreSQL for the package's tests (none in a fuzz
// worker: pgtest.Main knows).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
