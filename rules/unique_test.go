package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

var uniqueKeys fixtureModel

// uniqueKeysSource returns the uniquekeys fixture's model and
// classification: unique keys of every shape over PII-looking columns.
func uniqueKeysSource(t *testing.T) (*schema.Model, []classify.ColumnClass) {
	return uniqueKeys.load(t, pgtest.UniqueKeys())
}

func lintUniqueKeys(t *testing.T, name string, data []byte) Diagnostics {
	t.Helper()
	cfg, diags := Parse(name, data)
	require.False(t, diags.HasErrors(), diags.String())
	m, classes := uniqueKeysSource(t)
	_, more := Resolve(cfg, m, Options{Classes: classes})
	return append(diags, more...)
}

// TestInvalidUniqueKeysCorpus: rules that would break a unique key of
// each shape (composite, partial, over an expression, NULLS NOT DISTINCT,
// on a partitioned table and on one partition) get exactly the
// diagnostics in their .diag files.
func TestInvalidUniqueKeysCorpus(t *testing.T) {
	files, err := filepath.Glob("../testdata/rules/invalid/uniquekeys/*.yaml")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 6)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			diags := lintUniqueKeys(t, filepath.Base(f), data)
			require.True(t, diags.HasErrors(), "%s must fail lint; got:\n%s", f, diags)
			golden.Check(t, strings.TrimSuffix(f, ".yaml")+".diag", []byte(diags.String()))
		})
	}
}

// TestUniqueKeysAllowed: what may mask a column of a unique index.
func TestUniqueKeysAllowed(t *testing.T) {
	for name, rules := range map[string]string{
		// Preserving transformers on plain key columns, of every shape.
		"preserving": `
  public.api_keys:
    key: hash
  public.webhooks:
    webhook_url: { transform: hash, encoding: base64 }
  public.customers:
    email: email
    full_name: hash
  public.billing_profiles:
    vat_number: hash
  '"Audit".login_events':
    user_agent: { transform: hash, accept_duplicates: true }`,
		// NULL never equals NULL in a NULLS DISTINCT index.
		"null on a NULLS DISTINCT key": `
  public.api_keys:
    label: "null"`,
		// The user says the index allows it.
		"accept_duplicates": `
  public.webhooks:
    webhook_url: { transform: url, accept_duplicates: true }
  public.users:
    email: { transform: email, accept_duplicates: true }`,
		// An exclusion constraint's key under = is a unique key: a
		// preserving transformer keeps two bookers apart.
		"exclusion equality key": `
  public.room_bookings:
    booked_by_email: email`,
		// A column only in a partial index's predicate is not a key.
		"predicate column": `
  public.customers:
    deleted_at: { transform: date_shift, days: 10 }`,
	} {
		t.Run(name, func(t *testing.T) {
			diags := lintUniqueKeys(t, "rules.yaml", []byte("version: 1\ntables:"+rules+"\n"))
			require.Empty(t, diags, diags.String())
		})
	}
}

// TestUniqueExpressionWarnsOnce: a uniqueness-preserving transformer on a
// column that a unique index holds only inside an expression is a warning,
// once per rule and index: a partitioned table's rule reaches each
// partition, with the index.
func TestUniqueExpressionWarnsOnce(t *testing.T) {
	diags := lintUniqueKeys(t, "rules.yaml", []byte(`version: 1
tables:
  public.users:
    email: email
  '"Audit".login_events':
    user_agent: hash
`))
	require.False(t, diags.HasErrors(), diags.String())
	require.Equal(t, `rules.yaml:4:12: warning: public.users.email is masked with email, which keeps distinct values distinct, but unique index index_users_on_lower_email on (lower(email)) is over an expression of it: two distinct fakes could still agree on it, and the index would fail to build in staging; check that the expression cannot map two fakes to one value (lower() of a transformer that writes lower case cannot), then add accept_duplicates: true to say so
rules.yaml:6:17: warning: "Audit".login_events.user_agent is masked with hash, which keeps distinct values distinct, but composite unique index login_events_dedup_ci_key on (occurred_at, lower(user_agent)) is over an expression of it: two distinct fakes could still agree on it, and the index would fail to build in staging; check that the expression cannot map two fakes to one value (lower() of a transformer that writes lower case cannot), then add accept_duplicates: true to say so
`, diags.String())
}
