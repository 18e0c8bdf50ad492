package rules

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/schema"
)

func TestParseFullExample(t *testing.T) {
	src := `version: 1
source: ${UNDERSTUDY_SOURCE_URL}
target: ${UNDERSTUDY_TARGET_URL:-postgres://localhost/staging}
secret: ${UNDERSTUDY_SECRET}
workers: 4
schema: existing
keep_previous: true
defaults:
  secrets: { transform: constant, value: "[scrubbed]" }
domains:
  customer_email: { transform: email }
subset:
  roots:
    - table: public.organizations
      where: "plan_id = 3"
      percent: 10
  full: [public.countries, public.plans]
  exclude: [public.audit_events]
  children: { limit: 50 }
  edges:
    - from: public.organizations(owner_user_id)
      dangling: "null"
  virtual_foreign_keys:
    - from: public.comments(commentable_id)
      to: public.posts(id)
      where: "commentable_type = 'Post'"
columns:
  "*.email": { transform: email, domain: customer_email }
tables:
  public.app_settings:
    value:
      - { transform: constant, value: sandbox, when: "key IN ('smtp_password', 'stripe_secret_key')" }
      - { transform: url, when: "key LIKE 'webhook%'" }
  '"Analytics"."Daily Stats"':
    "Page Views": keep
  public.users:
    email: { domain: customer_email }
    full_name: { transform: full_name, person: id }
    phone: { transform: phone, keep_prefix: 3 }
    username: username
    plan: keep
`
	cfg, diags := Parse("rules.yaml", []byte(src))
	require.False(t, diags.HasErrors(), diags.String())
	require.Equal(t, 1, cfg.Version)
	require.Equal(t, 4, cfg.Workers)
	require.Equal(t, "existing", cfg.SchemaMode)
	require.True(t, cfg.KeepPrevious)
	require.Len(t, cfg.SHA256, 64)

	target, err := cfg.Target.Expand(func(string) string { return "" })
	require.NoError(t, err)
	require.Equal(t, "postgres://localhost/staging", target)
	_, err = cfg.Secret.Expand(func(string) string { return "" })
	require.EqualError(t, err, "rules.yaml:4:9: environment variable UNDERSTUDY_SECRET is not set")
	secret, err := cfg.Secret.Expand(func(k string) string { return map[string]string{"UNDERSTUDY_SECRET": "s3"}[k] })
	require.NoError(t, err)
	require.Equal(t, "s3", secret)

	require.Equal(t, "[scrubbed]", cfg.SecretsDefault.Params["value"])
	require.Len(t, cfg.Domains, 1)
	require.Equal(t, "email", cfg.Domains[0].Rule.Transform)

	s := cfg.Subset
	require.Len(t, s.Roots, 1)
	require.Equal(t, schema.Name{Schema: "public", Name: "organizations"}, s.Roots[0].Table.Name)
	require.Equal(t, 10.0, s.Roots[0].Percent)
	require.Equal(t, Pos{"rules.yaml", 15, 14}, s.Roots[0].WherePos)
	require.Len(t, s.Full, 2)
	require.Equal(t, &ChildPolicy{Pos: Pos{"rules.yaml", 19, 13}, Mode: "limit", Limit: 50}, s.Children)
	require.Equal(t, []string{"owner_user_id"}, s.Edges[0].From.Columns)
	require.Equal(t, "null", s.Edges[0].Dangling)
	require.Equal(t, schema.Name{Schema: "public", Name: "posts"}, s.VirtualFKs[0].To.Table)

	require.Len(t, cfg.Patterns, 1)
	require.Equal(t, []string{"*", "email"}, cfg.Patterns[0].Parts)

	require.Len(t, cfg.Tables, 3)
	settings := cfg.Tables[0].Columns[0]
	require.Equal(t, "value", settings.Column)
	require.Len(t, settings.Rules, 2)
	require.Equal(t, "constant", settings.Rules[0].Transform)
	require.Equal(t, "sandbox", settings.Rules[0].Params["value"])
	require.Equal(t, "key IN ('smtp_password', 'stripe_secret_key')", settings.Rules[0].When)
	require.Equal(t, schema.Name{Schema: "Analytics", Name: "Daily Stats"}, cfg.Tables[1].Name)
	require.True(t, cfg.Tables[1].Columns[0].Rules[0].Keep)
	users := cfg.Tables[2].Columns
	require.Equal(t, "customer_email", users[0].Rules[0].Domain)
	require.Equal(t, "id", users[1].Rules[0].Params["person"])
	require.Equal(t, 3, users[2].Rules[0].Params["keep_prefix"])
	require.Equal(t, Pos{"rules.yaml", 39, 32}, users[2].Rules[0].ParamPos["keep_prefix"])
	require.Equal(t, "username", users[3].Rules[0].Transform)
	require.True(t, users[4].Rules[0].Keep)
}

func TestParseReportsEveryProblem(t *testing.T) {
	src := `version: 1
workers: 0
tabels: {}
tables:
  public.users:
    email:
    phone: { keep_prefix: 3 }
`
	_, diags := Parse("r.yaml", []byte(src))
	require.Equal(t, `r.yaml:2:10: error: workers must be a whole number of at least 1, found "0"
r.yaml:3:1: error: the rules file: unknown key "tabels"; did you mean "tables"?
r.yaml:6:11: error: public.users.email: no rule given; write keep, a transformer name, or a mapping with transform:
r.yaml:7:12: error: public.users.phone: the rule names no transformer; add transform: <name>, or write keep
`, diags.String())
}

func TestParseSecretInlineWarns(t *testing.T) {
	_, diags := Parse("r.yaml", []byte("version: 1\nsecret: hunter2\n"))
	require.False(t, diags.HasErrors())
	require.Len(t, diags, 1)
	require.Equal(t, SevWarning, diags[0].Severity)
	require.NotContains(t, diags.String(), "hunter2", "a diagnostic never quotes the secret")
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("version: 1\ntables:\n  public.users:\n    email: email\n"))
	f.Add([]byte("version: 1\nsubset:\n  roots:\n    - table: a.b\n      percent: 5\n"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("version: 1\ncolumns: {\"*.x\": [ {transform: hash, when: \"a = 1\"}, keep ]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, diags := Parse("fuzz.yaml", data)
		if cfg == nil {
			require.True(t, diags.HasErrors(), "no config and no error")
		}
		for _, d := range diags {
			require.NotEmpty(t, d.Message)
		}
	})
}
