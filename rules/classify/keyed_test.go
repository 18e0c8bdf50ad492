package classify_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// keyedRule returns the transformer the suggestion gives a key's values:
// its rule's, or the rule for every other key.
func keyedRule(s *classify.Suggestion, key string) string {
	for _, r := range s.Keyed {
		for _, k := range r.Keys {
			if k == key {
				return r.Transform
			}
		}
	}
	return s.Transform
}

// TestKeyedValues: a key/value table's value column is read key by key.
// Its identifiers and secrets are each one key's values among flags and
// settings, under every column-wide share: the column gets a rule per
// group of keys on its key column, and every other key is scrubbed. Key
// /value tables that hold nothing personal are kept.
func TestKeyedValues(t *testing.T) {
	tx, _ := snapshot(t, pgtest.KeyValue())
	_, samples, got := classifyAll(t, tx, classify.SampleOptions{Rows: 1000})

	// Written a key at a time: the first 1,000 rows hold three keys of
	// six. The sample is drawn across the table and sees all six.
	ts := samples.Table(schema.Name{Schema: "public", Name: "user_custom_fields"})
	require.NotNil(t, ts)
	require.True(t, strings.HasPrefix(ts.Method, "TABLESAMPLE BERNOULLI"), ts.Method)
	cs := samples.Column(ts.Table, "value")
	require.Equal(t, "name", cs.KeyColumn)
	for _, k := range []string{"newsletter_opt_in", "referral_source", "timezone", "phone_number", "employer", "zapier_token"} {
		require.Contains(t, cs.Keys, k, "every key is sampled")
	}

	c := requireClass(t, got, "public.user_custom_fields.value", classify.Secret, "scrub_text")
	require.Equal(t, "name", c.Suggestion.KeyColumn)
	require.Equal(t, "redact", keyedRule(c.Suggestion, "zapier_token"), evidence(c))
	require.Equal(t, "phone", keyedRule(c.Suggestion, "phone_number"), evidence(c))
	require.Equal(t, "company", keyedRule(c.Suggestion, "employer"), evidence(c))
	for _, k := range []string{"newsletter_opt_in", "referral_source", "timezone"} {
		require.Equal(t, "scrub_text", keyedRule(c.Suggestion, k), "%s is left to the rule for every other key", k)
	}
	require.Equal(t, classify.Secret, c.Suggestion.Keyed[0].Category, "the secret's rule comes first")
	keys := map[string]bool{}
	for _, e := range c.Evidence {
		keys[e.Key] = keys[e.Key] || e.Key != ""
	}
	require.True(t, keys["zapier_token"] && keys["phone_number"] && keys["employer"], "the evidence names each key: %s", evidence(c))
	requireClass(t, got, "public.user_custom_fields.name", classify.None, "")

	// Magento's settings, keyed by path; the private key is named so.
	c = requireClass(t, got, "public.core_config_data.value", classify.Secret, "scrub_text")
	require.Equal(t, "path", c.Suggestion.KeyColumn)
	require.Equal(t, "redact", keyedRule(c.Suggestion, "payment/braintree/private_key"), evidence(c))
	require.Equal(t, "email", keyedRule(c.Suggestion, "trans_email/ident_support/email"), evidence(c))
	require.Equal(t, "phone", keyedRule(c.Suggestion, "general/store_information/phone"), evidence(c))
	require.Equal(t, "scrub_text", keyedRule(c.Suggestion, "web/secure/base_url"))

	// Column names written as one word; a few random keys among named
	// ones are left to the rule for every other key.
	c = requireClass(t, got, "public.app_preferences.configvalue", classify.DirectIdentifier, "scrub_text")
	require.Equal(t, "configkey", c.Suggestion.KeyColumn)
	require.Equal(t, "email", keyedRule(c.Suggestion, "email"), evidence(c))
	require.Equal(t, "scrub_text", keyedRule(c.Suggestion, "lang"))

	// Random keys name nothing a rule could match again: the values are
	// read as one column, half of them emails.
	c = requireClass(t, got, "public.cache_entries.value", classify.DirectIdentifier, "email")
	require.Empty(t, c.Suggestion.KeyColumn, evidence(c))

	// Keys written as a form's labels, the same few over every row: read
	// key by key as names are.
	c = requireClass(t, got, "public.applicant_extra_fields.value", classify.DirectIdentifier, "scrub_text")
	require.Equal(t, "field_name", c.Suggestion.KeyColumn, evidence(c))
	require.Equal(t, "phone", keyedRule(c.Suggestion, "WhatsApp"), evidence(c))
	require.NotEqual(t, "scrub_text", keyedRule(c.Suggestion, "Passport No."), evidence(c))
	require.Equal(t, "mask", keyedRule(c.Suggestion, "Date of Birth"), "typed as 28-12-97, no ISO date to shift: %s", evidence(c))
	require.Equal(t, "scrub_text", keyedRule(c.Suggestion, "Preferred Shift"))
	// One title per row is no key: the values are one column of phones.
	c = requireClass(t, got, "public.office_lines.value", classify.DirectIdentifier, "phone")
	require.Empty(t, c.Suggestion.KeyColumn, evidence(c))

	// Nothing personal under any key: kept as they are.
	requireClass(t, got, "public.product_attributes.value", classify.None, "")
	requireClass(t, got, "public.translations.value", classify.None, "")
	// A localisation cache's keys name messages about email and phone
	// fields: its values are the interface's copy.
	requireClass(t, got, "public.i18n_cache.value", classify.None, "")
}
