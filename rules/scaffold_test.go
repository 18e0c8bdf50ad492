package rules

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

var pagila struct {
	once    sync.Once
	model   *schema.Model
	classes []classify.ColumnClass
	err     error
}

func pagilaSource(t *testing.T) (*schema.Model, []classify.ColumnClass) {
	t.Helper()
	pagila.once.Do(func() {
		ctx := context.Background()
		url, _, err := pgtest.Shared(t).CreateDatabase(ctx, pgtest.Pagila())
		if err != nil {
			pagila.err = err
			return
		}
		pagila.model, pagila.classes, pagila.err = readModel(ctx, url)
	})
	require.NoError(t, pagila.err)
	return pagila.model, pagila.classes
}

// TestScaffoldLintsClean: init's output, unedited, passes lint --strict on
// every fixture (the uniquekeys one has unique keys of every shape over
// PII-looking columns), and matches its golden file.
func TestScaffoldLintsClean(t *testing.T) {
	for name, src := range map[string]func(*testing.T) (*schema.Model, []classify.ColumnClass){"acme": acmeSource, "pagila": pagilaSource, "uniquekeys": uniqueKeysSource} {
		t.Run(name, func(t *testing.T) {
			m, classes := src(t)
			m.Database = name // stable golden output
			out := Scaffold(m, classes, ScaffoldOptions{})
			golden.Check(t, filepath.Join("testdata", "init-"+name+".yaml"), out)
			cfg, diags := Parse("init-"+name+".yaml", out)
			require.False(t, diags.HasErrors(), diags.String())
			plan, diags := Resolve(cfg, m, Options{Classes: classes})
			require.False(t, diags.HasErrors(), diags.String())
			require.Empty(t, StrictFindings(plan).String(), "init output passes lint --strict")
		})
	}
}
