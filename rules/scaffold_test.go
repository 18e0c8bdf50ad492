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

// fixtureModel is a fixture's model and classification, read once per
// test binary.
type fixtureModel struct {
	once    sync.Once
	model   *schema.Model
	classes []classify.ColumnClass
	err     error
}

func (f *fixtureModel) load(t *testing.T, fx pgtest.Fixture) (*schema.Model, []classify.ColumnClass) {
	t.Helper()
	f.once.Do(func() {
		ctx := context.Background()
		url, _, err := pgtest.Shared(t).CreateDatabase(ctx, fx)
		if err != nil {
			f.err = err
			return
		}
		f.model, f.classes, f.err = readModel(ctx, url)
	})
	require.NoError(t, f.err)
	return f.model, f.classes
}

var pagila, keyValue fixtureModel

func pagilaSource(t *testing.T) (*schema.Model, []classify.ColumnClass) {
	return pagila.load(t, pgtest.Pagila())
}

// keyValueSource is the keyvalue fixture: key/value tables whose value
// columns init masks key by key.
func keyValueSource(t *testing.T) (*schema.Model, []classify.ColumnClass) {
	return keyValue.load(t, pgtest.KeyValue())
}

// TestScaffoldLintsClean: init's output, unedited, passes lint --strict on
// every fixture (the uniquekeys one has unique keys of every shape over
// PII-looking columns), and matches its golden file.
func TestScaffoldLintsClean(t *testing.T) {
	for name, src := range map[string]func(*testing.T) (*schema.Model, []classify.ColumnClass){"acme": acmeSource, "pagila": pagilaSource, "uniquekeys": uniqueKeysSource, "keyvalue": keyValueSource} {
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

// A constant suggested for an array column (hashed backup codes) replaces
// the whole array, so its placeholder would not be an array literal:
// init falls back to a transformer that masks element by element.
func TestScaffoldArrayConstantFallsBack(t *testing.T) {
	varchar := &schema.Type{Name: "varchar", Display: "character varying", Typmod: -1, Kind: schema.TypeBase, Category: "S"}
	codes := &schema.Column{Name: "otp_backup_codes", Num: 2, Type: &schema.Type{Name: "_varchar", Display: "character varying[]", Typmod: -1, Kind: schema.TypeBase, Category: "A", Elem: varchar}}
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}, Columns: []*schema.Column{
		{Name: "id", Num: 1, Type: &schema.Type{Name: "int8", Display: "bigint", Typmod: -1, Kind: schema.TypeBase, Category: "N"}, NotNull: true}, codes}}
	m := &schema.Model{Database: "app", Tables: []*schema.Table{tb}}
	classes := []classify.ColumnClass{{Table: tb.Name, Column: "otp_backup_codes", Type: "character varying[]", Category: classify.Secret,
		Suggestion: &classify.Suggestion{Transform: "constant", Params: map[string]string{"value": "<hash of a known test password>"}}}}
	out := string(Scaffold(m, classes, ScaffoldOptions{}))
	require.Contains(t, out, "suggested constant does not fit (constant: parameter \"value\": the column is an array", out)
	require.Contains(t, out, "otp_backup_codes: hash", out)
	cfg, diags := Parse("init.yaml", []byte(out))
	require.False(t, diags.HasErrors(), diags.String())
	_, diags = Resolve(cfg, m, Options{Classes: classes})
	require.False(t, diags.HasErrors(), diags.String())
}

// A NOT NULL uuid column suggested hash (a person's object id at an
// identity provider, kept as a uuid) is masked with a keyed uuid: no text
// transformer takes it, and NULL cannot go in. It was kept before.
func TestScaffoldUUIDFallsBack(t *testing.T) {
	uuidType := &schema.Type{Name: "uuid", Display: "uuid", Typmod: -1, Kind: schema.TypeBase, Category: "U"}
	tb := &schema.Table{Name: schema.Name{Schema: "ops", Name: "entra_user_map"}, Columns: []*schema.Column{
		{Name: "id", Num: 1, Type: &schema.Type{Name: "int8", Display: "bigint", Typmod: -1, Kind: schema.TypeBase, Category: "N"}, NotNull: true},
		{Name: "entra_object_id", Num: 2, Type: uuidType, NotNull: true}}}
	m := &schema.Model{Database: "app", Tables: []*schema.Table{tb}}
	classes := []classify.ColumnClass{{Table: tb.Name, Column: "entra_object_id", Type: "uuid", Category: classify.DirectIdentifier,
		Suggestion: &classify.Suggestion{Transform: "hash"}}}
	out := string(Scaffold(m, classes, ScaffoldOptions{}))
	require.Contains(t, out, "suggested hash does not fit", out)
	require.Contains(t, out, "entra_object_id: uuid", out)
	cfg, diags := Parse("init.yaml", []byte(out))
	require.False(t, diags.HasErrors(), diags.String())
	_, diags = Resolve(cfg, m, Options{Classes: classes})
	require.False(t, diags.HasErrors(), diags.String())
}

// A json path's rule keeps its parameters (a password hash's constant
// value, as the column's would), and a jsonb column whose paths' rules do
// not fit is still masked, every member redacted: it was kept before,
// password hashes and all.
func TestScaffoldJSONPathRules(t *testing.T) {
	jsonb := &schema.Type{Name: "jsonb", Display: "jsonb", Typmod: -1, Kind: schema.TypeBase, Category: "U"}
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "identity_credentials"}, Columns: []*schema.Column{
		{Name: "id", Num: 1, Type: &schema.Type{Name: "int8", Display: "bigint", Typmod: -1, Kind: schema.TypeBase, Category: "N"}, NotNull: true},
		{Name: "config", Num: 2, Type: jsonb, NotNull: true}}}
	m := &schema.Model{Database: "app", Tables: []*schema.Table{tb}}
	scaffold := func(s *classify.Suggestion) string {
		classes := []classify.ColumnClass{{Table: tb.Name, Column: "config", Type: "jsonb", Category: classify.Secret, Suggestion: s}}
		out := string(Scaffold(m, classes, ScaffoldOptions{}))
		cfg, diags := Parse("init.yaml", []byte(out))
		require.False(t, diags.HasErrors(), diags.String())
		_, diags = Resolve(cfg, m, Options{Classes: classes})
		require.False(t, diags.HasErrors(), diags.String())
		return out
	}
	out := scaffold(&classify.Suggestion{Transform: "json",
		Paths:      map[string]string{"$.hashed_password": "constant", "$.totp_url": "redact", "$.birthday": "date_shift"},
		PathParams: map[string]map[string]string{"$.hashed_password": {"value": "<hash of a known test password>"}, "$.birthday": {"days": "30"}}})
	require.Contains(t, out, `config: { transform: json, paths: { '$.birthday': { transform: date_shift, days: 30 }, '$.hashed_password': { transform: constant, value: '<hash of a known test password>' }, '$.totp_url': redact } }`, out)
	require.NotContains(t, out, "does not fit", out)

	out = scaffold(&classify.Suggestion{Transform: "json", Paths: map[string]string{"$.hashed_password": "constant"}})
	require.Contains(t, out, "suggested json does not fit", out)
	require.Contains(t, out, `config: { transform: json, paths: { '$..*': redact } }`, out)
}
