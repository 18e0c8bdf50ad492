package integration

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const module = "github.com/understudy/understudy/"

// allowed lists, for each package, the project packages it may import
// (directly or not). Imports point one way, as DESIGN.md draws them.
var allowed = map[string][]string{
	"internal/runlog":  {},
	"internal/signing": {},
	"detect":           {},
	"internal/suggest": {},
	"anonymize":        {"internal/suggest", "detect"},
	"internal/copyfmt": {},
	"internal/pgsql":   {},
	"internal/dsn":     {},
	"schema":           {"internal/pgsql"},
	// The test-data generator reads the catalog through schema and
	// builds pgtest fixtures; only tests import it.
	"internal/datagen": {"schema", "internal/pgsql", "internal/pgtest"},
	// The test harness imports no project package, so every package's
	// tests can use it.
	"internal/pgtest": {},
	"rules/classify":  {"schema", "internal/pgsql", "detect"},
	"rules":           {"detect", "schema", "anonymize", "internal/pgsql", "rules/classify", "internal/suggest"},
	"verify":          {"detect", "schema", "rules", "anonymize", "internal/pgsql", "rules/classify", "internal/dsn", "internal/suggest"},
	"subset":          {"schema", "internal/pgsql"},
	"pipeline":        append([]string{"verify", "internal/runlog", "internal/signing"}, pipelineDeps...),
	// The renderers read what the library produces; they never run it.
	"internal/report": append([]string{"pipeline", "verify", "internal/runlog", "internal/signing"}, pipelineDeps...),
	// The command tree reaches everything but the test harness and the
	// tools beside it (internal/pgtest, internal/clitest, internal/demo, bench).
	"internal/cli": append([]string{"internal/report", "pipeline", "verify", "internal/runlog", "internal/signing"}, pipelineDeps...),
	// The labelled evaluation reads labels and scores outcomes; its test
	// runs init's front half on real databases.
	"internal/classifyeval": {"rules/classify", "schema", "internal/pgsql", "detect"},
	// The command tests' helpers take cli.Main as an argument: internal/cli's
	// own tests import them, so they must not import it.
	"internal/clitest": {"internal/pgtest", "schema", "internal/pgsql"},
}

// pipelineDeps are the library packages below pipeline.
var pipelineDeps = []string{"detect", "schema", "rules", "anonymize", "internal/pgsql", "rules/classify", "internal/dsn", "internal/copyfmt", "subset", "internal/suggest"}

func TestImportsPointOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Deps " "}}`, "../...").CombinedOutput()
	require.NoError(t, err, string(out))
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkg := strings.TrimPrefix(f[0], module)
		ok, governed := allowed[pkg]
		if !governed {
			continue
		}
		checked++
		for _, dep := range f[1:] {
			if rel, mine := strings.CutPrefix(dep, module); mine {
				require.Contains(t, ok, rel, "%s must not import %s", pkg, rel)
			}
		}
	}
	require.NotZero(t, checked)
}

// harness lists the packages that exist for tests, and the only packages
// (tests aside) that may import each: the demo, the bench and make test's
// withserver start a server of their own; nothing else, and nothing the
// binary runs, reaches them.
var harness = map[string][]string{
	"internal/pgtest":  {"internal/clitest", "internal/datagen", "internal/demo", "internal/pgtest/withserver", "bench"},
	"internal/clitest": {},
	"internal/datagen": {},
}

func TestTestHarnessStaysInTests(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "../...").CombinedOutput()
	require.NoError(t, err, string(out))
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkg := strings.TrimPrefix(f[0], module)
		for _, imp := range f[1:] {
			rel, mine := strings.CutPrefix(imp, module)
			if ok, isHarness := harness[rel]; mine && isHarness {
				require.Contains(t, ok, pkg, "%s must not import %s: it is for tests", pkg, rel)
			}
		}
	}
}

func TestNoPgQueryOutsidePgsql(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "../...").CombinedOutput()
	require.NoError(t, err, string(out))
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == module+"internal/pgsql" {
			continue
		}
		for _, imp := range f[1:] {
			require.NotContains(t, imp, "pg_query_go", "%s imports pg_query_go; only internal/pgsql may", f[0])
		}
	}
}
