package rules

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var acme struct {
	once    sync.Once
	model   *schema.Model
	classes []classify.ColumnClass
	url     string
	err     error
}

// acmeSource returns the acme fixture's model and classification, read once
// per test binary from a database nobody writes to.
func acmeSource(t *testing.T) (*schema.Model, []classify.ColumnClass) {
	t.Helper()
	acme.once.Do(func() {
		srv := pgtest.Shared(t)
		ctx := context.Background()
		acme.url, _, acme.err = srv.CreateDatabase(ctx, pgtest.Acme("0.05"))
		if acme.err != nil {
			return
		}
		acme.model, acme.classes, acme.err = readModel(ctx, acme.url)
	})
	require.NoError(t, acme.err)
	return acme.model, acme.classes
}

func readModel(ctx context.Context, url string) (*schema.Model, []classify.ColumnClass, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	defer conn.Close(ctx)
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback(ctx)
	m, err := schema.Load(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	samples, err := classify.Sample(ctx, tx, m, classify.SampleOptions{Rows: 200})
	if err != nil {
		return nil, nil, err
	}
	return m, classify.Classify(m, samples), nil
}

// lintFile parses and resolves one rules file against acme, as lint does.
func lintFile(t *testing.T, path string) (*Plan, Diagnostics) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	cfg, diags := Parse(filepath.Base(path), data)
	if diags.HasErrors() {
		return nil, diags
	}
	m, classes := acmeSource(t)
	plan, more := Resolve(cfg, m, Options{Classes: classes})
	return plan, append(diags, more...)
}

// TestInvalidCorpus: every broken rules file under testdata/rules/invalid
// gets exactly the diagnostics (position and message) in its .diag file,
// and at least one of them is an error.
func TestInvalidCorpus(t *testing.T) {
	files, err := filepath.Glob("../testdata/rules/invalid/*.yaml")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 30)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			_, diags := lintFile(t, f)
			require.True(t, diags.HasErrors(), "%s must fail lint; got:\n%s", f, diags)
			golden.Check(t, strings.TrimSuffix(f, ".yaml")+".diag", []byte(diags.String()))
		})
	}
}

// TestNullReferenceHolds: a reference nulled points at no row, so lint
// takes null on a column whose parent is kept; 49-fk-masked-alone is the
// same column hashed, which fails.
func TestNullReferenceHolds(t *testing.T) {
	cfg, diags := Parse("null.yaml", []byte("version: 1\ntables:\n  public.customers:\n    country_code: \"null\"\n"))
	require.False(t, diags.HasErrors(), diags.String())
	m, classes := acmeSource(t)
	plan, more := Resolve(cfg, m, Options{Classes: classes})
	require.False(t, more.HasErrors(), more.String())
	masked := false
	for _, tp := range plan.Tables {
		for _, c := range tp.Columns {
			if tp.Table.Name.String() == "public.customers" && c.Column.Name == "country_code" {
				masked = c.Masks() && nullsOnly(c, true)
			}
		}
	}
	require.True(t, masked, "customers.country_code is nulled")
}

// A conditional null leaves the rows it does not match with their
// reference: beside a kept parent that still resolves, beside a masked
// one it does not.
func TestNullsOnlyConditions(t *testing.T) {
	always := &ColumnPlan{Rules: []*AppliedRule{{Transform: "null"}}}
	some := &ColumnPlan{Rules: []*AppliedRule{{Transform: "null", When: &pgsql.ColumnRef{Name: "cancelled"}}}}
	hashed := &ColumnPlan{Rules: []*AppliedRule{{Transform: "hash"}}}
	require.True(t, nullsOnly(always, true))
	require.True(t, nullsOnly(always, false))
	require.False(t, nullsOnly(some, true), "beside a masked parent")
	require.True(t, nullsOnly(some, false), "beside a kept parent")
	require.False(t, nullsOnly(hashed, false))
	require.False(t, nullsOnly(&ColumnPlan{}, false), "no rule writes nothing")
}
