package pipeline

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

var copyFixture = pgtest.Fixture{Name: "pipeline-copy", Files: []string{filepath.Join("testdata", "copy.sql")}}

// testSecret keys the transformers of the tests' plans.
var testSecret = []byte("pipeline-test-secret")

// source is a clone of the copy fixture, read as a run reads its source:
// the model, the plan of the given rules file resolved against it, and a
// connection with the session settings of a copy worker.
type source struct {
	conn  *pgx.Conn
	model *schema.Model
	plan  *rules.Plan
}

func openSource(t testing.TB, rulesFile string) *source {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, copyFixture))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	_, err = conn.Exec(ctx, `SET DateStyle = 'ISO'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; SET extra_float_digits = 3; SET bytea_output = 'hex'`)
	require.NoError(t, err)
	model := loadModel(t, conn)
	cfg, diags := rules.Parse("rules.yaml", []byte(rulesFile))
	require.False(t, diags.HasErrors(), diags.String())
	plan, diags := rules.Resolve(cfg, model, rules.Options{Classes: classify.Classify(model, nil), Secret: testSecret})
	require.False(t, diags.HasErrors(), diags.String())
	return &source{conn: conn, model: model, plan: plan}
}

// loadModel reads the model of conn's database in a read-only snapshot,
// as a run reads its source's.
func loadModel(t testing.TB, conn *pgx.Conn) *schema.Model {
	t.Helper()
	ctx := context.Background()
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	model, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	return model
}

// table returns the plan of the named table and its copied columns (the
// ones COPY carries: not generated), as copyTable picks them.
func (s *source) table(t testing.TB, name string) (*rules.TablePlan, []*schema.Column) {
	t.Helper()
	n, err := schema.ParseName(name, "public")
	require.NoError(t, err)
	for _, tp := range s.plan.Tables {
		if tp.Table.Name == n {
			var cols []*schema.Column
			for _, c := range tp.Table.Columns {
				if c.Generated == "" {
					cols = append(cols, c)
				}
			}
			return tp, cols
		}
	}
	t.Fatalf("no table %s in the plan", name)
	return nil, nil
}

// copyOut is the table's COPY TO stream in the format, with the column
// list copyTable uses, rows ordered by the first column (repeated n times).
func (s *source) copyOut(t testing.TB, tp *rules.TablePlan, cols []*schema.Column, binary bool, n int) []byte {
	t.Helper()
	var list []byte
	for i, c := range cols {
		if i > 0 {
			list = append(list, ", "...)
		}
		list = append(list, "t."+pgx.Identifier{c.Name}.Sanitize()...)
	}
	q := "COPY (SELECT " + string(list) + " FROM " + tp.Table.Name.Sanitize() + " t, generate_series(1, " + strconv.Itoa(n) + ") ORDER BY 1) TO STDOUT"
	if binary {
		q += " (FORMAT binary)"
	}
	var buf bytes.Buffer
	_, err := s.conn.PgConn().CopyTo(context.Background(), &buf, q)
	require.NoError(t, err, q)
	return buf.Bytes()
}

// peopleRules masks "Copy"."People" with every kind of rule.
const peopleRules = `version: 1
tables:
  '"Copy"."People"':
    "First Name": { transform: first_name, person: id }
    last_name: { transform: last_name, person: id }
    email: { transform: email, person: id }
    kind: keep
    mood: keep
    note:
      - { transform: constant, value: vip, when: "kind = 'vip'" }
      - { transform: keep, when: "kind = 'staff'" }
      - { transform: redact, when: "id > 2" }
    payload: { transform: json, paths: { "$.email": email } }
    doc: { transform: json, paths: { "$.email": email } }
    strict_doc: { transform: json, paths: { "$.email": email } }
    handle: { transform: template, template: "{last_name}-{id}" }
    tags: keep
    api_token: keep
    born: keep
`
