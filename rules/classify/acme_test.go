package classify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules/classify"
)

// TestAcme checks the classifier against the PII and secrets the acme
// fixture plants (testdata/acme/README.md lists them).
func TestAcme(t *testing.T) {
	t.Parallel()
	tx, _ := snapshot(t, pgtest.Acme("0.05"))
	_, s, got := classifyAll(t, tx, classify.SampleOptions{})

	// Every column the README lists as personal data or secret needs a rule.
	for _, col := range []string{
		"public.users.email", "public.users.username", "public.users.first_name", "public.users.last_name",
		"public.users.full_name", "public.users.phone", "public.users.birth_date", "public.users.last_login_ip",
		"public.users.avatar", "public.users.password_hash", "public.users.mfa_otp_secret",
		"public.organizations.name", "public.organizations.billing_email", "public.organizations.settings",
		"public.customers.first_name", "public.customers.last_name", "public.customers.email", "public.customers.phone",
		"public.customers.street", "public.customers.city", "public.customers.postcode", "public.customers.country_code",
		"public.customers.birth_date", "public.customers.notes", "public.customers.metadata", "public.customers.search",
		"public.orders.shipping_address", "public.orders.notes", "public.orders.client_ip",
		"public.posts.body", "public.comments.body", "public.audit_events.ip", "public.audit_events.details",
		"public.invitations.email", "public.user_preferences.value", "public.notifications.body",
		"public.email_notifications.to_address", "public.sms_notifications.to_phone",
		"public.user_sessions.ip", "public.user_sessions.user_agent", "public.api_tokens.last_used_ip",
		"public.page_views.ip", "public.page_views.user_agent", "public.page_views_2024_03.ip",
		"billing.accounts.vat_number", "billing.accounts.payout_iban",
		"billing.contacts.name", "billing.contacts.email", "billing.contacts.phone", "billing.contacts.street",
		"billing.contacts.city", "billing.contacts.postcode", "billing.contacts.country_code",
		"billing.payment_methods.card_number", "billing.payment_methods.cardholder_name", "billing.payment_methods.iban",
		"billing.invoices.bill_to", "billing.invoices.pdf", "billing.payments.metadata", "billing.payments.client_ip",
		// secrets
		"public.app_settings.value", "public.api_tokens.token", "public.api_tokens.secret",
		"public.oauth_clients.client_secret", "public.webhooks.url", "public.webhooks.signing_secret",
		"public.user_sessions.session_token", "public.invitations.token",
	} {
		c, ok := got[col]
		require.True(t, ok, col)
		require.True(t, c.Category.Sensitive(), "%s is %s:%s", col, c.Category, evidence(c))
	}

	requireClass(t, got, "public.users.email", classify.DirectIdentifier, "email")
	c := requireClass(t, got, "public.users.password_hash", classify.Secret, "constant")
	require.Contains(t, evidence(c), "password hashes")
	c = requireClass(t, got, "public.users.full_name", classify.DirectIdentifier, "")
	require.True(t, c.Generated)
	requireClass(t, got, "public.users.last_login_ip", classify.QuasiIdentifier, "ipv4")
	requireClass(t, got, "public.users.birth_date", classify.QuasiIdentifier, "date_shift")
	requireClass(t, got, "public.users.locale", classify.None, "")
	requireClass(t, got, "public.users.role", classify.None, "")
	requireClass(t, got, "public.organizations.name", classify.QuasiIdentifier, "company")
	requireClass(t, got, "public.products.name", classify.None, "")
	requireClass(t, got, "public.countries.name", classify.None, "")
	requireClass(t, got, "public.countries.phone_prefix", classify.None, "")

	// Secrets found by their shape, under a name that says nothing, in a
	// key/value table: each key's values are masked as they need, and
	// every other key's scrubbed.
	c = requireClass(t, got, "public.app_settings.value", classify.Secret, "scrub_text")
	for _, det := range []string{"aws_access_key", "stripe_key", "github_token", "url_credentials"} {
		require.Contains(t, evidence(c), det)
	}
	require.Equal(t, "key", c.Suggestion.KeyColumn)
	require.Equal(t, "redact", keyedRule(c.Suggestion, "stripe_secret_key"))
	require.Equal(t, "redact", keyedRule(c.Suggestion, "reporting_database_url"))
	requireClass(t, got, "public.webhooks.url", classify.Secret, "redact")
	requireClass(t, got, "public.app_settings.key", classify.None, "")
	requireClass(t, got, "public.app_settings.is_secret", classify.None, "")

	// JSON documents: a transformer per path.
	c = requireClass(t, got, "public.organizations.settings", classify.Secret, "json")
	require.Equal(t, map[string]string{
		"$.billing.email":     "email",
		"$.billing.name":      "full_name",
		"$.contacts[*].email": "email",
		"$.contacts[*].name":  "full_name",
		"$.contacts[*].phone": "phone",
		"$.sso.client_secret": "redact",
	}, c.Suggestion.Paths)
	c = requireClass(t, got, "public.orders.shipping_address", classify.DirectIdentifier, "json")
	require.Equal(t, "full_name", c.Suggestion.Paths["$.name"])
	require.Equal(t, "street_address", c.Suggestion.Paths["$.street"])
	c = requireClass(t, got, "billing.payments.metadata", classify.DirectIdentifier, "json")
	require.Equal(t, "card", c.Suggestion.Paths["$.card.number"])
	require.Equal(t, "iban", c.Suggestion.Paths["$.sepa.iban"])
	c = requireClass(t, got, "public.audit_events.details", classify.DirectIdentifier, "json")
	require.Equal(t, "phone", c.Suggestion.Paths["$.changes.phone[*]"])

	requireClass(t, got, "billing.payment_methods.card_number", classify.DirectIdentifier, "card")
	requireClass(t, got, "billing.payment_methods.card_last4", classify.None, "")
	requireClass(t, got, "billing.accounts.payout_iban", classify.DirectIdentifier, "iban")
	// Notes holding emails and names: scrubbed of them, the rest kept.
	requireClass(t, got, "public.customers.notes", classify.FreeText, "scrub_text")
	// A search vector over names and emails holds them: as identifying as they are.
	requireClass(t, got, "public.customers.search", classify.DirectIdentifier, "null")
	c = requireClass(t, got, "public.posts.search", classify.FreeText, "")
	require.True(t, c.Generated)
	requireClass(t, got, "billing.invoices.pdf", classify.DirectIdentifier, "null")
	// Message-IDs are shaped like <addr>, and are not email addresses.
	requireClass(t, got, "public.email_notifications.message_id", classify.None, "")
	requireClass(t, got, "public.page_views.session_id", classify.QuasiIdentifier, "uuid")
	requireClass(t, got, `"Analytics"."Daily Stats"."Unique Visitors"`, classify.None, "")

	// Partitions are read through the root, the inheritance parent ONLY.
	pv := s.Table(classifyName("public", "page_views"))
	require.Len(t, pv.Covers, 13)
	for _, ts := range s.Tables {
		require.Empty(t, ts.Error, ts.Table.String())
	}
}
