package classify

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/schema"
)

func hasEvidence(c ColumnClass, detector string) bool { return hasDetector(c.Evidence, detector) }

func hasEvidenceMessage(c ColumnClass, text string) bool {
	return slices.ContainsFunc(c.Evidence, func(e Evidence) bool { return strings.Contains(e.Message, text) })
}

// Identifiers inside short values that are not prose, under a name that
// does not say prose, make an identifier column, not free text.
func TestIdentifiersNotProse(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "vendors"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, cs)
	}
	// "<person> DBA <trade name>": names inside short values.
	got := col("vndr_label", &ColumnSample{NonNull: 150, Embedded: map[string]int{DetectorPersonName: 33}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, "identifiers_not_prose"))
	// A name, a relation and a phone.
	got = col("emergency_contact", &ColumnSample{NonNull: 400, Embedded: map[string]int{DetectorPersonName: 350, DetectorPhone: 70}})
	require.Equal(t, DirectIdentifier, got.Category)
	// IP addresses inside short values: the category of what they hold.
	got = col("origin", &ColumnSample{NonNull: 100, Embedded: map[string]int{DetectorIPv4: 40}})
	require.Equal(t, QuasiIdentifier, got.Category)
	// Slugs spelled from names: scrub_text cannot find those, hash them.
	got = col("slug", &ColumnSample{NonNull: 60, Embedded: map[string]int{DetectorNameSlug: 12}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "hash", got.Suggestion.Transform)

	// Prose stays free text...
	got = col("vndr_label", &ColumnSample{NonNull: 150, Embedded: map[string]int{DetectorPersonName: 33}, Matches: map[string]int{DetectorProse: 60}})
	require.Equal(t, FreeText, got.Category)
	require.False(t, hasEvidence(got, "identifiers_not_prose"))
	// ... and so does a column whose name says prose, however short.
	got = col("notes", &ColumnSample{NonNull: 150, Embedded: map[string]int{DetectorPersonName: 33}})
	require.Equal(t, FreeText, got.Category)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// Under EmbeddedShare, nothing is decided.
	got = col("vndr_label", &ColumnSample{NonNull: 150, Embedded: map[string]int{DetectorPersonName: 9}})
	require.Equal(t, None, got.Category)
}

// The text of a lookup table (few rows, referenced by another table) is
// reference data; the same column elsewhere is free text.
func TestLookupTableText(t *testing.T) {
	d := Default()
	region := &schema.Table{Name: schema.Name{Schema: "public", Name: "region"}, RowEstimate: 4}
	territories := &schema.Table{Name: schema.Name{Schema: "public", Name: "territories"}, RowEstimate: 53}
	fk := &schema.ForeignKey{From: territories.Name, FromColumns: []string{"region_id"}, To: region.Name, ToColumns: []string{"region_id"}}
	territories.ForeignKeys, region.Referenced = []*schema.ForeignKey{fk}, []*schema.ForeignKey{fk}
	c := &schema.Column{Name: "region_description", Type: tText}
	few := &ColumnSample{NonNull: 4}

	got := d.Column(region, c, few)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, "lookup_table"))
	require.Contains(t, got.Evidence[len(got.Evidence)-1].Message, "territories references region, a table of few rows")

	// Never analyzed (-1 rows), as small tables seldom are: the sample's size decides.
	region.RowEstimate = -1
	require.Equal(t, None, d.Column(region, c, few).Category)
	// A big table is not a lookup table, whatever references it.
	region.RowEstimate = 5000
	require.Equal(t, FreeText, d.Column(region, c, few).Category)
	// A small table nothing references holds the application's own
	// objects (roles, bots, OAuth clients): their text too.
	region.RowEstimate, region.Referenced = 4, nil
	got = d.Column(region, c, few)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Contains(t, got.Evidence[len(got.Evidence)-1].Message, "region holds 4 rows")
	// Unless never analyzed: nothing says it is small.
	region.RowEstimate = -1
	require.Equal(t, FreeText, d.Column(region, c, few).Category)
	// Nor one that references people: what they write may be personal.
	region.RowEstimate = 4
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	region.Referenced = []*schema.ForeignKey{fk}
	region.ForeignKeys = []*schema.ForeignKey{{From: region.Name, FromColumns: []string{"owner_id"}, To: users.Name, ToColumns: []string{"id"}}}
	require.Equal(t, FreeText, d.Column(region, c, few).Category)
}

// A title in a table that references people is a heading, written to be
// shown: kept where no detector finds a person in it, while the table's
// description beside it stays masked. A title that names someone is
// scrubbed.
func TestHeadingsBesidePeople(t *testing.T) {
	d := Default()
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	events := &schema.Table{Name: schema.Name{Schema: "events", Name: "events"}, RowEstimate: 400}
	events.ForeignKeys = []*schema.ForeignKey{{From: events.Name, FromColumns: []string{"creator_id"}, To: users.Name, ToColumns: []string{"id"}}}
	titles := observed(repeat(60, func(i int) string {
		topic, what := []string{"Detector Upgrade", "Beam Instrumentation", "Neutrino Physics", "Accelerator Operations", "Cryogenics"}, []string{"Workshop", "Review Meeting", "Summer School", "Collaboration Week"}
		return fmt.Sprintf("%s %s %d: plenary sessions and posters", topic[i%5], what[i%4], 2020+i%6)
	})...)
	for _, name := range []string{"title", "event_title", "headline"} {
		got := d.Column(events, &schema.Column{Name: name, Type: tText}, titles)
		require.Equal(t, None, got.Category, "%s: %+v", name, got.Evidence)
	}
	got := d.Column(events, &schema.Column{Name: "description", Type: tText}, titles)
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
	// A message's subject is correspondence, not a heading.
	got = d.Column(events, &schema.Column{Name: "subject", Type: tText}, titles)
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
	named := observed(repeat(60, func(i int) string {
		return fmt.Sprintf("Farewell colloquium for %s %s", givenNames[i%8], surnames[(i/8)%8])
	})...)
	got = d.Column(events, &schema.Column{Name: "title", Type: tText}, named)
	require.NotEqual(t, None, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// In a table about people, a title is the person's.
	require.NotEqual(t, None, d.Column(users, &schema.Column{Name: "title", Type: tText}, titles).Category)
}

// A store's, a warehouse's, a venue's or a branch's address and numbers
// are published: kept. Its email address stays masked: a store's mailbox is
// someone's as often as a role's.
func TestPlacesContactDetails(t *testing.T) {
	d := Default()
	phones := observed(repeat(20, func(i int) string { return fmt.Sprintf("+31 20 794 %04d", 100+i) })...)
	emails := observed(repeat(20, func(i int) string { return fmt.Sprintf("store%d@example-furniture.nl", i) })...)
	// Koha's library branches too.
	for _, name := range []string{"spree_stock_locations", "ps_store", "warehouse", "venues", "branches"} {
		table := &schema.Table{Name: schema.Name{Schema: "public", Name: name}}
		got := d.Column(table, &schema.Column{Name: "phone", Type: tText}, phones)
		require.Equal(t, None, got.Category, "%s: %+v", name, got.Evidence)
		got = d.Column(table, &schema.Column{Name: "email", Type: tText}, emails)
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", name, got.Evidence)
	}
	for _, name := range []string{"user_locations", "customers"} {
		table := &schema.Table{Name: schema.Name{Schema: "public", Name: name}}
		require.Equal(t, DirectIdentifier, d.Column(table, &schema.Column{Name: "phone", Type: tText}, phones).Category, name)
	}
}

// Who created or last changed a row (Flask-AppBuilder's created_by_fk,
// Odoo's write_uid) is kept on every table: it does not make a table's
// text about people. Text that holds no identifier is then kept; a
// table that references people otherwise (an owner, an author) keeps
// its text masked.
func TestRecordKeepingIsNotAboutPeople(t *testing.T) {
	d := Default()
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "ab_user"}}
	dashboards := &schema.Table{Name: schema.Name{Schema: "public", Name: "dashboards"}, RowEstimate: 400}
	refs := func(cols ...string) {
		dashboards.ForeignKeys = nil
		for _, c := range cols {
			dashboards.ForeignKeys = append(dashboards.ForeignKeys, &schema.ForeignKey{From: dashboards.Name, FromColumns: []string{c}, To: users.Name, ToColumns: []string{"id"}})
		}
	}
	prose := observed(repeat(30, func(i int) string {
		metric, dim := []string{"revenue", "refunds", "orders", "margin", "returns", "signups"}, []string{"region", "channel", "store", "brand", "season"}
		return fmt.Sprintf("Weekly %s by %s and %s, refreshed every night for the finance review", metric[i%6], dim[i%5], dim[(i/5+1)%5])
	})...)
	c := &schema.Column{Name: "description", Type: tText}
	for _, audit := range [][]string{{"created_by_fk", "changed_by_fk"}, {"create_uid", "write_uid"}, {"last_modified_by"}, {"updatedById"}} {
		refs(audit...)
		got := d.Column(dashboards, c, prose)
		require.Equal(t, None, got.Category, "%v: %+v", audit, got.Evidence)
	}
	for _, people := range [][]string{{"created_by_fk", "owner_id"}, {"creator_id"}, {"user_id"}} {
		refs(people...)
		got := d.Column(dashboards, c, prose)
		require.Equal(t, FreeText, got.Category, "%v: %+v", people, got.Evidence)
	}
}

// A display name is a person's in a table about people; elsewhere (a
// team's, a plan's, an invoice line's) the values decide: labels are
// kept, whatever the table's size, and people's names are masked.
func TestDisplayNamesOutsidePeople(t *testing.T) {
	d := Default()
	teams := &schema.Table{Name: schema.Name{Schema: "public", Name: "teams"}, RowEstimate: 5}
	c := &schema.Column{Name: "displayname", Type: tText}
	labels := observed("Engineering", "People Ops", "Sales", "Support", "Finance")
	for _, rows := range []int64{5, -1, 5000} {
		teams.RowEstimate = rows
		got := d.Column(teams, c, labels)
		require.Equal(t, None, got.Category, "%v rows: %+v", rows, got.Evidence)
	}
	plans := &schema.Table{Name: schema.Name{Schema: "public", Name: "plans"}}
	require.Equal(t, None, d.Column(plans, &schema.Column{Name: "invoice_display_name", Type: tText}, nil).Category, "no values: nothing says a person")
	// People's names are found in the values.
	names := observed(repeat(40, func(i int) string { return givenNames[i%8] + " " + surnames[(i/8)%8] })...)
	got := d.Column(teams, c, names)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	// A table about people keeps its handles masked.
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}, RowEstimate: 5}
	require.Equal(t, DirectIdentifier, d.Column(users, c, observed("mapper42", "ann", "kofi_m", "jd", "zz top")).Category)
	require.Equal(t, DirectIdentifier, d.Column(users, &schema.Column{Name: "display_name", Type: tText}, nil).Category)
}

// Prose decides free text from MinValues sampled values: a few sentences
// in a tiny table say too little.
func TestProseNeedsMinValues(t *testing.T) {
	d := Default()
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	c := &schema.Column{Name: "last_error", Type: tText}
	got := d.Column(users, c, &ColumnSample{NonNull: 5, Distinct: 5, Matches: map[string]int{DetectorProse: 5}})
	require.Equal(t, None, got.Category)
	require.Contains(t, got.Evidence[0].Message, "too few to tell")
	got = d.Column(users, c, &ColumnSample{NonNull: MinValues, Distinct: MinValues, Matches: map[string]int{DetectorProse: MinValues}})
	require.Equal(t, FreeText, got.Category, "in a table about people, prose is replaced whole")
}

// Text that differs only in a short number is a template's; a phone
// number is not a template's slot.
func TestDistinctCountsNumbersAsSlots(t *testing.T) {
	distinct := func(values ...string) int {
		cs := &ColumnSample{}
		for _, v := range values {
			cs.countDistinct([]byte(v))
		}
		return cs.Distinct
	}
	require.Equal(t, 1, distinct("Your login code is 123456", "Your login code is 654321", "Your login code is 000001"))
	require.Equal(t, 1, distinct("Order 1042 has shipped", "Order 77 has shipped"))
	require.Equal(t, 2, distinct("Order 1042 has shipped", "Order 1042 was cancelled"))
	require.Equal(t, 2, distinct("CALL ANN AT 555-123-4567", "CALL ANN AT 555-987-6543"), "grouped digits are a phone")
	require.Equal(t, 2, distinct("call +44 7700900123", "call +44 7700900456"))
	require.Equal(t, 2, distinct("account 123456789012", "account 987654321098"), "long numbers are data")
}

// A name that suggests personal data is overruled by values that are
// workflow statuses: an order's state beside its shipping address.
func TestStatusValuesOverruleName(t *testing.T) {
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "orders"}}
	for _, c := range []string{"ship_addr", "ship_zip", "state"} {
		tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: tText})
	}
	m := &schema.Model{Tables: []*schema.Table{tb}}
	classes := func(status int) map[string]ColumnClass {
		s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{
			{Column: "ship_addr", NonNull: 100, Matches: map[string]int{DetectorStreetAddress: 90}},
			{Column: "state", NonNull: 100, Distinct: 6, Matches: map[string]int{DetectorStatus: status}},
		}}}}
		out := map[string]ColumnClass{}
		for _, c := range Classify(m, s) {
			out[c.Column] = c
		}
		return out
	}
	got := classes(95)["state"]
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorStatus))
	require.Contains(t, got.Evidence[len(got.Evidence)-1].Message, "a workflow's state, not what the name says, kept")
	// Region codes beside the address are part of it.
	got = classes(0)["state"]
	require.Equal(t, QuasiIdentifier, got.Category)
	require.Equal(t, "state", got.Suggestion.Transform)
	// In a table about people, a status column named state is kept too.
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	got = Default().Column(users, &schema.Column{Name: "state", Type: tText}, &ColumnSample{NonNull: 50, Matches: map[string]int{DetectorStatus: 50}})
	require.Equal(t, None, got.Category)
}

// ST is a state beside an address, in a table about people too.
func TestStateAbbreviation(t *testing.T) {
	cust := &schema.Table{Name: schema.Name{Schema: "ERP", Name: "CUST_MSTR"}}
	for _, c := range []string{"CUST_NM", "ADDR1", "CITY", "ST", "ZIP"} {
		cust.Columns = append(cust.Columns, &schema.Column{Name: c, Type: tVarch})
	}
	got := Default().Column(cust, cust.Columns[3], nil)
	require.Equal(t, QuasiIdentifier, got.Category)
	require.Equal(t, "state", got.Suggestion.Transform)
	// Without an address, ST says nothing.
	cust.Columns = []*schema.Column{cust.Columns[0], cust.Columns[3]}
	require.Equal(t, None, Default().Column(cust, cust.Columns[1], nil).Category)
}

// min_ and max_ make a name the bound of a range, not a person's value.
func TestBoundsOfARange(t *testing.T) {
	d := Default()
	for table, cases := range map[string]map[string]Category{
		"changesets": {"min_lat": None, "max_lat": None, "min_lon": None, "lat_max": None, "latitude": QuasiIdentifier},
		"employees":  {"salary_max": None, "minimum_salary": None, "salary": QuasiIdentifier},
	} {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		for name, want := range cases {
			require.Equal(t, want, d.Column(tb, &schema.Column{Name: name, Type: tNum}, nil).Category, "%s.%s", table, name)
		}
	}
}

// attr_ and _attribute make a name a setting that says where a value is
// found (an LDAP directory's attribute for the first name), not the value.
func TestMappingSettings(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "auth_sources"}}
	for name, want := range map[string]Category{
		"attr_firstname": None, "attr_lastname": None, "attr_login": None, "ldap_attr_mail": None,
		"email_attribute": None, "username_mapping": None,
		// A yes/no about an identifier is none; about a quasi-identifier
		// it is the attribute.
		"is_mobile": None, "isMobile": None, "has_email": None, "is_smoker": QuasiIdentifier, "csrf_token": Secret,
		"firstname": DirectIdentifier, "account_password": Secret,
	} {
		require.Equal(t, want, d.Column(tb, &schema.Column{Name: name, Type: tText}, nil).Category, name)
	}
}

// A url in a table of social links is a person's profile; elsewhere it is
// a url. Profile URLs are recognised by their values anywhere.
func TestSocialProfiles(t *testing.T) {
	d := Default()
	url := &schema.Column{Name: "url", Type: tText}
	got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "social_links"}}, url, nil)
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "url", got.Suggestion.Transform)
	require.Equal(t, None, d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "links"}}, url, nil).Category)

	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "candidates"}}, &schema.Column{Name: "profile_link", Type: tText},
		&ColumnSample{NonNull: 40, Matches: map[string]int{DetectorSocialProfile: 30}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "url", got.Suggestion.Transform)
	require.Equal(t, []Detection{{Detector: DetectorSocialProfile, Category: DirectIdentifier}}, Detect("https://www.linkedin.com/in/ann-smith-1a2b3c"))
	require.Equal(t, []Detection{{Detector: DetectorNameSlug, Category: DirectIdentifier, Embedded: true}}, Detect("ann-smiths-workspace-3"))
}

// An account's id at an identity provider names the person there: in a
// table of such accounts (omniauth's identities, Keycloak's
// federated_identity, Synapse's user_external_ids), or as a person's own
// column; not in a table of the providers or their clients, nor in a
// JSON member outside one.
func TestIdentityProviderIDs(t *testing.T) {
	d := Default()
	col := func(table, column string, typ *schema.Type) ColumnClass {
		return d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: column, Type: typ}, nil)
	}
	for _, c := range [][2]string{
		{"identities", "uid"}, {"user_external_ids", "external_id"}, {"external_login_user", "external_id"},
		{"user_associated_accounts", "provider_uid"}, {"single_sign_on_records", "external_id"}, {"identities", "provider_id"},
		{"cwd_user", "external_id"}, {"shop_customer", "external_identifier"}, {"oauth_identity", "subject"},
		{"user_authentications", "providerId"}, {"authentications", "uid"}, {"oauth_account", "oauth_user_id"}, {"users", "oauth_uid"},
	} {
		got := col(c[0], c[1], tText)
		require.Equal(t, DirectIdentifier, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.Equal(t, "hash", got.Suggestion.Transform, "%s.%s", c[0], c[1])
	}
	for _, c := range [][2]string{
		{"identity_provider", "provider_id"}, {"oauth_applications", "uid"}, {"dashboard", "uid"}, {"topics", "external_id"},
		{"social_auth_config", "uid"}, {"meetings", "external_id"}, {"authentication_providers", "providerId"}, {"oauth_clients", "uid"},
	} {
		got := col(c[0], c[1], tText)
		require.Equal(t, None, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
	}
	// OmniAuth's pair (provider, uid), in whatever table keeps it:
	// Devise's users, Akkoma's registrations. A uid beside a payment or
	// mail provider, or with no provider at all, is not vouched for.
	withCols := func(table string, cols ...string) *schema.Table {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		for _, c := range cols {
			tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: tText})
		}
		return tb
	}
	for _, tb := range []*schema.Table{withCols("registrations", "provider", "uid", "info"), withCols("users", "email", "auth_provider", "uid")} {
		got := d.Column(tb, &schema.Column{Name: "uid", Type: tText}, nil)
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", tb.Name.Name, got.Evidence)
	}
	for _, tb := range []*schema.Table{withCols("registrations", "uid", "info"), withCols("invoices", "payment_provider", "uid")} {
		got := d.Column(tb, &schema.Column{Name: "uid", Type: tText}, nil)
		require.Equal(t, None, got.Category, "%s: %+v", tb.Name.Name, got.Evidence)
	}
	// A dashboard's panels name their data source by uid.
	doc := observed(repeat(40, func(i int) string { return fmt.Sprintf(`{"panels":[{"datasource":{"uid":"ds%06d"}}]}`, i) })...)
	got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "dashboard"}}, &schema.Column{Name: "data", Type: tText}, doc)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A binary document is a document, not prose: a direct identifier.
func TestBinaryDocuments(t *testing.T) {
	got := Default().Column(&schema.Table{Name: schema.Name{Schema: "billing", Name: "invoices"}}, &schema.Column{Name: "pdf", Type: tBytea}, nil)
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "null", got.Suggestion.Transform)
}

// A JSON key named like free text whose values are single words holds
// codes or labels, once MinValues documents say so.
func TestJSONKeyOfSingleWords(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "events"}}
	params := func(seen, words int) ColumnClass {
		return d.Column(tb, &schema.Column{Name: "params", Type: tJSONB},
			&ColumnSample{NonNull: seen, Paths: map[string]*PathSample{"$.note": {Seen: seen, Words: words}}})
	}
	got := params(MinValues, 0)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Contains(t, got.Evidence[0].Message, "none of 20 sampled documents has two words there")
	require.Equal(t, FreeText, params(MinValues, 3).Category)
	require.Equal(t, FreeText, params(MinValues-1, 0).Category, "too few documents to tell")
}

// Values that mix identifiers of several kinds, none of them alone in
// IdentifierShare but together in it, make an identifier column.
func TestMixedIdentifiers(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "tracking_values"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, cs)
	}
	// Emails, phones and names beside stage names: 73% identifiers.
	mixed := &ColumnSample{NonNull: 400, Identifiers: 292, Matches: map[string]int{DetectorEmail: 112, DetectorPhone: 100, DetectorPersonName: 80}}
	got := col("old_value_char", mixed)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, DetectorMixed))
	// IP addresses of both families, neither alone at the threshold: quasi.
	got = col("origin", &ColumnSample{NonNull: 100, Identifiers: 40, Matches: map[string]int{DetectorIPv4: 22, DetectorIPv6: 18}})
	require.Equal(t, QuasiIdentifier, got.Category)

	// Under IdentifierShare together, each under EmbeddedShare: nothing
	// is decided (emails alone decide from PreciseShare: TestEmailMinority).
	got = col("old_value_char", &ColumnSample{NonNull: 400, Identifiers: 70, Matches: map[string]int{DetectorPersonName: 38, DetectorPhone: 32}})
	require.Equal(t, None, got.Category)
	// One kind only: its own threshold decides, not the union (here its
	// minority share, with scrub_text).
	got = col("old_value_char", &ColumnSample{NonNull: 400, Identifiers: 112, Matches: map[string]int{DetectorEmail: 112, DetectorPhone: 4}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.False(t, hasEvidence(got, DetectorMixed))
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// Too few values to tell.
	got = col("old_value_char", &ColumnSample{NonNull: 19, Identifiers: 10, Matches: map[string]int{DetectorEmail: 5, DetectorPhone: 5}})
	require.Equal(t, None, got.Category)
	// A kind that decides alone, beside another kind in NoteShare of the
	// values: the email transformer would not mask the phones (nor phone
	// the emails, of which it changes only the digits), so scrub_text.
	got = col("contact", &ColumnSample{NonNull: 100, Identifiers: 60, Matches: map[string]int{DetectorEmail: 50, DetectorPhone: 10}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, DetectorMixed))
	// Under NoteShare, the other kind is noise: the kind decides.
	got = col("contact", &ColumnSample{NonNull: 100, Identifiers: 54, Matches: map[string]int{DetectorEmail: 50, DetectorPhone: 4}})
	require.Equal(t, "email", got.Suggestion.Transform)
	require.False(t, hasEvidence(got, DetectorMixed))
}

// Email addresses in one value in twenty, ten at least, decide a column
// whatever its name, when nothing else in its values did: an audit log's
// object ids beside the user keys that are emails, a job's trigger (cron,
// or the admin who ran it). scrub_text keeps the rest. Fewer, or rarer,
// are noise, and so are a search log's under one in ten (TestTypedSearch).
func TestEmailMinority(t *testing.T) {
	d := Default()
	col := func(table, name string, cs *ColumnSample) ColumnClass {
		return d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: name, Type: tText}, cs)
	}
	some := func(n, emails int) *ColumnSample {
		return &ColumnSample{NonNull: n, Identifiers: emails, Matches: map[string]int{DetectorEmail: emails}}
	}
	for _, c := range [][2]string{{"audit_log", "object_id"}, {"backup_runs", "triggered_by"}, {"notification", "resource_id"}} {
		got := col(c[0], c[1], some(400, 38))
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", c[1], got.Evidence)
		require.Equal(t, "scrub_text", got.Suggestion.Transform, c[1])
		require.Contains(t, got.Evidence[0].Message, "38 of them: people's addresses among the column's other values")
	}
	require.Equal(t, None, col("audit_log", "object_id", some(120, 9)).Category, "fewer than ten")
	require.Equal(t, None, col("audit_log", "object_id", some(400, 19)).Category, "under one in twenty")
	got := col("search_logs", "term", some(200, 12))
	require.Equal(t, None, got.Category, "a search log's: under one in ten: %+v", got.Evidence)
}

// A column whose name says nothing of what it holds (a custom field's
// value, a changelog's old value) is an identifier when one value in ten
// is an email, a phone or another identifier a detector seldom mistakes,
// or one in twenty, ten values at least.
func TestOpaqueIdentifiers(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "custom_values"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, cs)
	}
	// Emails and phones, 6% each, among severities and flags: neither
	// decides alone.
	cv := &ColumnSample{NonNull: 976, Identifiers: 118, Matches: map[string]int{DetectorEmail: 60, DetectorPhone: 58}}
	for _, name := range []string{"value", "old_value", "data", "customValue"} {
		got := col(name, cv)
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", name, got.Evidence)
		require.Equal(t, "scrub_text", got.Suggestion.Transform, name)
		require.True(t, hasEvidence(got, DetectorOpaqueValues), name)
	}
	// One kind alone at one in ten is enough (whatever the name, a
	// minority of ten values decides).
	got := col("value", &ColumnSample{NonNull: 200, Identifiers: 20, Matches: map[string]int{DetectorPhone: 20}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// Under one in ten, ten values or more from one in twenty decide (a
	// bug's change log: the CC list's logins among statuses and flags).
	for _, name := range []string{"value", "removed", "added"} {
		got = col(name, &ColumnSample{NonNull: 386, Identifiers: 31, Matches: map[string]int{DetectorEmail: 31}})
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", name, got.Evidence)
		require.Equal(t, "scrub_text", got.Suggestion.Transform, name)
	}
	// Under one in ten, fewer than ten values: noise.
	got = col("value", &ColumnSample{NonNull: 100, Identifiers: 9, Matches: map[string]int{DetectorEmail: 5, DetectorPhone: 4}})
	require.Equal(t, None, got.Category)
	// Under one in twenty: noise.
	got = col("value", &ColumnSample{NonNull: 400, Identifiers: 19, Matches: map[string]int{DetectorEmail: 10, DetectorPhone: 9}})
	require.Equal(t, None, got.Category)
	// IP addresses are not counted: a settings value holds servers'
	// addresses.
	got = col("value", &ColumnSample{NonNull: 200, Identifiers: 50, Matches: map[string]int{DetectorIPv4: 50}})
	require.False(t, hasEvidence(got, DetectorOpaqueValues))
	// People's full names are: a tracked person's attribute values
	// (DHIS2's), their names among dates, villages and codes.
	got = col("value", &ColumnSample{NonNull: 958, Identifiers: 58, Matches: map[string]int{DetectorPersonName: 58}})
	require.True(t, hasEvidence(got, DetectorOpaqueValues), "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// A name that says something: the usual thresholds.
	got = col("description", cv)
	require.False(t, hasEvidence(got, DetectorOpaqueValues))
	got = col("severity_value", cv)
	require.False(t, hasEvidence(got, DetectorOpaqueValues))
	// Too few values to tell.
	got = col("value", &ColumnSample{NonNull: 19, Identifiers: 10, Matches: map[string]int{DetectorEmail: 10}})
	require.False(t, hasEvidence(got, DetectorOpaqueValues))
}

// Sample counts a value once however many identifier kinds it holds, and
// postcodes (any five digits) not at all.
func TestSampleCountsIdentifiersOnce(t *testing.T) {
	r := &sampler{}
	cs := &ColumnSample{}
	for _, v := range []string{"ann.smith@example.com", "+44 7700 900123", "Proposal", "Won", "75008", "2a02:1:2::3:4"} {
		r.observe(cs, kindText, []byte(v), nil)
	}
	require.Equal(t, 6, cs.NonNull)
	require.Equal(t, 3, cs.Identifiers, "%+v", cs.Matches)
}

// A JSON object in a text column is read for members named like a
// secret, as a json column's documents are; a placeholder under one is
// not a secret.
func TestSecretMemberInText(t *testing.T) {
	r := &sampler{}
	cs := &ColumnSample{}
	for _, v := range []string{
		`{"remote":"https://nc.example","remoteId":"41","token":"x8KdPq2mZr7Lw4T"}`,
		`{"clientId":"webshop","secret":"**********"}`, `{"password":"[FILTERED]"}`, `{"token":""}`,
		`{"offset":0,"stopAt":0}`, `null`, `token: x8KdPq2mZr7Lw4T`,
	} {
		r.observe(cs, kindText, []byte(v), nil)
	}
	require.Equal(t, 1, cs.Matches[DetectorSecretName], "%+v", cs.Matches)
	got := Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "oc_jobs"}}, &schema.Column{Name: "argument", Type: tText}, cs)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)

	// So is YAML, as Rails dumps a store: an LDAP source's bind password.
	cs = &ColumnSample{}
	r.observe(cs, kindText, []byte("--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nhost: dc01.example\nbind_user: CN=svc,DC=example\nbind_pw: '69R9i9KR4mqonId1kloL&1'\n"), nil)
	r.observe(cs, kindText, []byte("---\nhost: dc02.example\nbind_pw: '********'\n"), nil)
	require.Equal(t, 1, cs.Matches[DetectorSecretName], "%+v", cs.Matches)
	require.Zero(t, cs.Matches[DetectorProse])

	for v, want := range map[string]bool{"x": true, "hunter2": true, "**********": false, "xxxx": false, "••••": false,
		"[REDACTED]": false, "<filtered>": false, "": false, "  ": false, "aaab": true,
		// Flags: whether there is one, or whether it is encrypted.
		"N": false, "Y": false, "true": false, "0": false, "off": false, "42": true} {
		require.Equal(t, want, secretValue(v), "%q", v)
	}
}

// The base64 of a serialized document is read decoded: a PHP
// application's preferences with a mailbox password are a secret, its
// saved searches of names and emails an identifier column that scrub_text
// (which decodes them too) scrubs; a random key stays a token.
func TestBase64Documents(t *testing.T) {
	r := &sampler{opts: SampleOptions{}.withDefaults()}
	b64 := func(s string) []byte { return []byte(base64.StdEncoding.EncodeToString([]byte(s))) }
	prefs := &ColumnSample{}
	searches := &ColumnSample{}
	first := []string{"Amara", "Jonas", "Priya", "Kenji", "Lucía", "Oluwaseun", "Marta", "Tomasz", "Aiyana", "Björn", "Chloé", "Dmitri"}
	last := []string{"Mensah", "Becker", "Raghunathan", "Watanabe", "Fernández", "Adeyemi", "Kowalczyk", "Nowak", "Redcloud", "Lindqvist", "Moreau", "Volkov"}
	for i := range 24 {
		pw := fmt.Sprintf("Zx%d!pQ7w", i*7919)
		r.observe(prefs, kindText, b64(fmt.Sprintf(`a:3:{s:8:"timezone";s:13:"Europe/Berlin";s:13:"mail_smtppass";s:%d:"%s";s:10:"date_start";s:5:"08:00";}`, len(pw), pw)), nil)
		f, l := first[i%len(first)], last[(i*5)%len(last)]
		email := strings.ToLower(f[:1]+l) + "@example.org"
		r.observe(searches, kindText, b64(fmt.Sprintf(`a:3:{s:15:"last_name_basic";s:%d:"%s";s:12:"email1_basic";s:%d:"%s";s:7:"orderBy";s:4:"NAME";}`, len(l), l, len(email), email)), nil)
	}
	require.Equal(t, 24, prefs.Matches[DetectorSecretName], "%+v", prefs.Matches)
	d := Default()
	got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "user_preferences"}}, &schema.Column{Name: "contents", Type: tText}, prefs)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "saved_search"}}, &schema.Column{Name: "contents", Type: tText}, searches)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform, "%+v", got.Evidence)

	keys := &ColumnSample{}
	for i := range 24 {
		k := make([]byte, 32)
		for j := range k {
			k[j] = byte(i*131 + j*29 + 7)
		}
		r.observe(keys, kindText, []byte(base64.StdEncoding.EncodeToString(k)), nil)
	}
	require.Zero(t, keys.Matches[DetectorSecretName])
	require.Empty(t, keys.Embedded)

	// A select list's options, PHP-serialized: a label that spells its
	// code is no secret, whatever the code is named.
	options := &ColumnSample{}
	r.observe(options, kindText, []byte(`a:1:{s:7:"options";a:2:{s:3:"PIN";s:3:"Pin";s:5:"CHENE";s:6:"Chêne";}}`), nil)
	require.Zero(t, options.Matches[DetectorSecretName], "%+v", options.Matches)

	// A member that holds a JSON document is read as one: a versioned
	// job's configuration with the SFTP password of a retailer's feed,
	// and its old and new values in a changeset.
	cfg := `{"filters": {"data": []}, "storage": {"host": "sftp.example", "type": "sftp", "password": "Vokf7PMswKNutxq", "username": "partner3318"}}`
	versions := &ColumnSample{}
	r.observe(versions, kindText, []byte(fmt.Sprintf(`a:2:{s:4:"code";s:9:"feed_alps";s:13:"configuration";s:%d:"%s";}`, len(cfg), cfg)), nil)
	r.observe(versions, kindText, []byte(fmt.Sprintf(`a:1:{s:13:"configuration";a:2:{s:3:"new";s:%d:"%s";s:3:"old";s:0:"";}}`, len(cfg), cfg)), nil)
	require.Equal(t, 2, versions.Matches[DetectorSecretName], "%+v", versions.Matches)
	blank := strings.Replace(cfg, "Vokf7PMswKNutxq", "", 1)
	r.observe(options, kindText, []byte(fmt.Sprintf(`a:1:{s:13:"configuration";s:%d:"%s";}`, len(blank), blank)), nil)
	require.Zero(t, options.Matches[DetectorSecretName], "an empty password is none")
}

// A log of who connected, resolved: subscriber lines' host names with
// their addresses in them, among bare addresses, are hashed whole
// (scrub_text would find the addresses but not the names).
func TestClientHostnames(t *testing.T) {
	r := &sampler{opts: SampleOptions{}.withDefaults()}
	cs := &ColumnSample{}
	for i := range 40 {
		v := fmt.Sprintf("c-%d-%d-%d-%d.hsd1.or.example.net", 73+i, 22+i, 1+i, 5+i)
		if i%4 == 0 {
			v = fmt.Sprintf("%d.%d.%d.%d", 81+i, 2+i, 69, 160-i)
		}
		r.observe(cs, kindText, []byte(v), nil)
	}
	got := Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "hacking_log"}}, &schema.Column{Name: "host_name", Type: tText}, cs)
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform, "%+v", got.Evidence)
}

// IP addresses kept in hex to compare ranges (MediaWiki's checkuser and
// block tables) are addresses under a name that says so, and hashed;
// the same eight hex digits in a checksum column are kept.
func TestHexIPAddresses(t *testing.T) {
	r := &sampler{opts: SampleOptions{}.withDefaults()}
	cs := &ColumnSample{}
	for i := range 60 {
		v := fmt.Sprintf("%02X%02X%02X%02X", 83+i, 213+i%40, 160+i%90, 7*i%250)
		if i%5 == 0 {
			v = fmt.Sprintf("v6-2A0291304C0B2825%016X", 0x5B2FA81AB236DCBC+i)
		}
		r.observe(cs, kindText, []byte(v), nil)
	}
	d := Default()
	for _, c := range []struct{ table, column string }{{"cu_changes", "cuc_ip_hex"}, {"securepoll_votes", "vote_ip"}, {"ipblocks", "ipb_range_start"}, {"cu_changes", "cuc_xff_hex"}} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: c.table}}, &schema.Column{Name: c.column, Type: tText}, cs)
		require.Equal(t, QuasiIdentifier, got.Category, "%s: %+v", c.column, got.Evidence)
		require.Equal(t, "hash", got.Suggestion.Transform, "%s", c.column)
	}
	got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "attachments"}}, &schema.Column{Name: "crc32", Type: tText}, cs)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorHexIP))
}

// Portuguese tax numbers written bare, in a column whose name says
// nothing (a Baserow field): nearly every value passes the mod-11 check,
// where a column of order numbers passes one time in eleven.
func TestBarePortugueseNIF(t *testing.T) {
	var nifs []string // the numbers from 212345678 that pass the check
	for n := 212345678; len(nifs) < 60; n += 7 {
		if s := strconv.Itoa(n); detect.IsBarePortugueseNIF(s) {
			nifs = append(nifs, s)
		}
	}
	nif := func(i int) string { return nifs[i] }
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "database_table_41"}}
	col := func(values []string) ColumnClass {
		return d.Column(tb, &schema.Column{Name: "field_309", Type: tText}, observed(values...))
	}
	got := col(repeat(60, nif))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "mask", got.Suggestion.Transform)
	// Order numbers: about one in eleven passes.
	got = col(repeat(400, func(i int) string { return fmt.Sprintf("%d", 500000000+i*104729) }))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// Half of them: not a column of tax numbers.
	got = col(repeat(60, func(i int) string {
		if i%2 == 0 {
			return nif(i)
		}
		return fmt.Sprintf("%d", 500000000+i*104729)
	}))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A random token named like a secret in a table about visitors' browsing
// tracks a browser; a credential a detector knows stays a secret.
func TestTrackingToken(t *testing.T) {
	d := Default()
	visitors := &schema.Table{Name: schema.Name{Schema: "public", Name: "website_visitor"}}
	orders := &schema.Table{Name: schema.Name{Schema: "public", Name: "sale_order"}}
	random := &ColumnSample{NonNull: 300, Matches: map[string]int{DetectorHighEntropy: 297, DetectorHexDigest: 300}}
	got := d.Column(visitors, &schema.Column{Name: "access_token", Type: tText}, random)
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, "tracking_id"))
	// The same column of an order is a portal credential.
	got = d.Column(orders, &schema.Column{Name: "access_token", Type: tText}, random)
	require.Equal(t, Secret, got.Category)
	// JWTs in a visitors table are credentials all the same.
	got = d.Column(visitors, &schema.Column{Name: "access_token", Type: tText}, &ColumnSample{NonNull: 300, Matches: map[string]int{DetectorJWT: 300}})
	require.Equal(t, Secret, got.Category)
	// A password is never a visitor's id.
	got = d.Column(visitors, &schema.Column{Name: "password", Type: tText}, &ColumnSample{NonNull: 30, Matches: map[string]int{DetectorPasswordHash: 30}})
	require.Equal(t, Secret, got.Category)
}

// A hash of hex digits is a file's or a query's digest, kept; on a
// person's row it is a token of theirs (a double opt-in's) or a digest of
// their identifier, and masked. A random link code is a secret.
func TestPersonHash(t *testing.T) {
	d := Default()
	hex := &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorHighEntropy: 194, DetectorHexDigest: 200}}
	for _, table := range []string{"newsletter_recipient", "civicrm_contact"} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: "hash", Type: tText}, hex)
		require.Equal(t, Secret, got.Category, "%s: %+v", table, got.Evidence)
	}
	for _, table := range []string{"documents", "lime_notifications"} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: "hash", Type: tText}, hex)
		require.Equal(t, None, got.Category, "%s: %+v", table, got.Evidence)
	}
	orders := &schema.Table{Name: schema.Name{Schema: "public", Name: "order"}}
	got := d.Column(orders, &schema.Column{Name: "deep_link_code", Type: tText}, &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorHighEntropy: 200}})
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	got = d.Column(orders, &schema.Column{Name: "deep_link_code", Type: tText}, &ColumnSample{NonNull: 200})
	require.Equal(t, None, got.Category, "a code that is not random: %+v", got.Evidence)
}

// A name that says personal data on bytes that are no text is the field
// encrypted (Hyperswitch's customers.email): masked whole. A binary id or
// reference, a digest named a hash, and text stored as bytes are not.
func TestEncryptedFields(t *testing.T) {
	d := Default()
	table := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	cipher := &ColumnSample{Binary: 40} // long ciphertexts: no text, not counted as random keys
	for _, c := range [][2]string{{"customers", "email"}, {"customers", "name"}, {"address", "line1"}, {"authentication", "billing_address"}, {"address", "zip"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tBytea}, cipher)
		require.NotEqual(t, None, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.Equal(t, "hash", got.Suggestion.Transform, "%s.%s", c[0], c[1])
		require.Contains(t, got.Evidence[0].Message, "the field encrypted")
	}
	got := d.Column(table("payment_intent"), &schema.Column{Name: "shipping_details", Type: tBytea}, cipher)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	// Shopware's binary(16) ids: a tax_id that is a key, not a tax number.
	got = d.Column(table("product"), &schema.Column{Name: "tax_id", Type: tBytea}, &ColumnSample{NonNull: 40, Binary: 40, Matches: map[string]int{DetectorHighEntropy: 40}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	withKey := table("orders")
	withKey.ForeignKeys = []*schema.ForeignKey{{FromColumns: []string{"billing_address"}}}
	got = d.Column(withKey, &schema.Column{Name: "billing_address", Type: tBytea}, cipher)
	require.Equal(t, None, got.Category, "a reference: %+v", got.Evidence)
	// Metabase's query hash: a digest in bytes, not an encrypted secret.
	got = d.Column(table("query_execution"), &schema.Column{Name: "hash", Type: tBytea}, &ColumnSample{NonNull: 40, Binary: 40, Matches: map[string]int{DetectorHighEntropy: 40}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// Text stored as bytes is read as text: no ciphertext.
	got = d.Column(table("customers"), &schema.Column{Name: "email", Type: tBytea}, &ColumnSample{NonNull: 40})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A publishable key is embedded in checkout pages by design; a GitHub
// handle names its holder even in a table of organizations too.
func TestPublishableKeysAndHandles(t *testing.T) {
	require.Equal(t, None, categoryByName("merchant_account", "publishable_key"))
	require.Equal(t, None, categoryByName("globals", "stripe_publishable_key"))
	require.Equal(t, Secret, categoryByName("merchant_account", "secret_key"))
	require.Equal(t, DirectIdentifier, categoryByName("Collectives", "githubHandle"))
	require.Equal(t, None, categoryByName("Collectives", "githubRepo"))
	require.Equal(t, DirectIdentifier, categoryByName("addresses", "line1"))
	require.Equal(t, None, categoryByName("order_lines", "line"))
}

// An institution's contact details are public; a person's in the same
// kind of column are not.
func TestPublicContact(t *testing.T) {
	d := Default()
	banks := &schema.Table{Name: schema.Name{Schema: "public", Name: "res_bank"}}
	partners := &schema.Table{Name: schema.Name{Schema: "public", Name: "res_partner"}}
	phones := &ColumnSample{NonNull: 7, Matches: map[string]int{DetectorPhone: 7}}
	got := d.Column(banks, &schema.Column{Name: "phone", Type: tText}, phones)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, "public_contact"))
	got = d.Column(banks, &schema.Column{Name: "street", Type: tText}, &ColumnSample{NonNull: 7, Matches: map[string]int{DetectorStreetAddress: 6}})
	require.Equal(t, None, got.Category)
	got = d.Column(partners, &schema.Column{Name: "phone", Type: tText}, phones)
	require.Equal(t, DirectIdentifier, got.Category)
	// A person's name among a bank's columns is not a contact detail.
	got = d.Column(banks, &schema.Column{Name: "manager", Type: tText}, &ColumnSample{NonNull: 40, Matches: map[string]int{DetectorPersonName: 40}})
	require.Equal(t, DirectIdentifier, got.Category)
	// Nor is a credential.
	got = d.Column(banks, &schema.Column{Name: "api_key", Type: tText}, nil)
	require.Equal(t, Secret, got.Category)
	// An insurer's helpline and the payer id claims are sent to are its
	// own; a PayPal payer's id in a checkout is the payer's.
	insurers := &schema.Table{Name: schema.Name{Schema: "public", Name: "insurers"}}
	got = d.Column(insurers, &schema.Column{Name: "phone", Type: tText}, phones)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(insurers, &schema.Column{Name: "payer_id", Type: tText}, &ColumnSample{NonNull: 7})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, "public_contact"))
	checkouts := &schema.Table{Name: schema.Name{Schema: "public", Name: "paypal_checkouts"}}
	got = d.Column(checkouts, &schema.Column{Name: "payer_id", Type: tText}, &ColumnSample{NonNull: 7})
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	// A tracking number at a carrier is still the parcel's.
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "order_carrier"}}, &schema.Column{Name: "tracking_number", Type: tText}, nil)
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
}

// A server's own address is no person's: the name says so (server_ip,
// relay_ip), or the table is one of machines and every sampled address is
// on a private network. A machine table's public addresses, and a
// person's on a private network, are still quasi-identifiers.
func TestMachineAddresses(t *testing.T) {
	d := Default()
	tb := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	internal := &ColumnSample{NonNull: 3, Matches: map[string]int{DetectorInternalIP: 3}}
	mixed := &ColumnSample{NonNull: 3, Matches: map[string]int{DetectorInternalIP: 2}}
	for _, c := range []struct {
		table, column string
		typ           *schema.Type
		cs            *ColumnSample
		want          Category
	}{
		{"visit", "server_ip_address", tInet, nil, None},
		{"smtp_send_log", "relay_ip", tInet, nil, None},
		{"server_hosts", "address", tInet, internal, None},
		{"clusternode", "ip", tText, &ColumnSample{NonNull: 3, Matches: map[string]int{DetectorIPv4: 3, DetectorInternalIP: 3}}, None},
		{"server_hosts", "address", tInet, mixed, QuasiIdentifier},
		{"server_hosts", "address", tInet, nil, QuasiIdentifier},
		{"user_sessions", "ip", tInet, internal, QuasiIdentifier},
		{"visit", "client_ip_address", tInet, nil, QuasiIdentifier},
	} {
		got := d.Column(tb(c.table), &schema.Column{Name: c.column, Type: c.typ}, c.cs)
		require.Equal(t, c.want, got.Category, "%s.%s: %+v", c.table, c.column, got.Evidence)
		require.Equal(t, c.want == None, hasEvidence(got, "machine_address"), "%s.%s", c.table, c.column)
	}
	// The sample of an inet column counts its internal addresses.
	r, cs := &sampler{}, &ColumnSample{}
	for _, v := range []string{"10.8.0.5", "81.2.69.160", "fd00::1"} {
		r.observe(cs, kindInet, []byte(v), nil)
	}
	require.Equal(t, 3, cs.NonNull)
	require.Equal(t, 2, cs.Matches[DetectorInternalIP])
}

// Identifiers that pass a checksum (IBANs, cards) decide a column from
// PreciseShare once there are minorityMatches of them: a payee rule's
// IBANs among shop names and amounts. Fewer, or names alone at that
// share, decide nothing.
func TestChecksummedMinority(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "rule_triggers"}}
	col := func(cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: "trigger_value", Type: tText}, cs)
	}
	got := col(&ColumnSample{NonNull: 216, Identifiers: 33, Matches: map[string]int{DetectorIBAN: 20, DetectorPersonName: 13}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	got = col(&ColumnSample{NonNull: 150, Identifiers: 18, Matches: map[string]int{DetectorIBAN: 9, DetectorPersonName: 9}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	msgs := ""
	for _, e := range got.Evidence {
		msgs += e.Message + "\n"
	}
	require.Contains(t, msgs, "6% of 150 sampled values: IBANs (mod-97 valid) (under the 10% threshold, and fewer than the 10 values a checksummed minority needs)")
	got = col(&ColumnSample{NonNull: 216, Identifiers: 13, Matches: map[string]int{DetectorPersonName: 13}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// observed is the sample of a text column that held values.
func observed(values ...string) *ColumnSample {
	r, cs := &sampler{}, &ColumnSample{}
	for _, v := range values {
		r.observe(cs, kindText, []byte(v), nil)
	}
	return cs
}

// keyOf spells random-looking keys of n letters and digits, the i-th
// from a digest of tag and i.
func keyOf(tag string, n int) func(int) string {
	return func(i int) string {
		s := sha256.Sum256(fmt.Appendf(nil, "%s%d", tag, i))
		return strings.NewReplacer("-", "x", "_", "y").Replace(base64.RawURLEncoding.EncodeToString(s[:]))[:n]
	}
}

// categoryByName classifies a text column of public.table by its name
// and its table's alone: no sample.
func categoryByName(table, column string) Category {
	return Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: column, Type: tText}, nil).Category
}

// repeat spells n values, the i-th by f(i).
func repeat(n int, f func(i int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

var (
	givenNames = []string{"Amelia", "Kwame", "Priya", "Jonas", "Fatima", "Mateo", "Ingrid", "Chidi"}
	surnames   = []string{"Smith", "Mensah", "Sharma", "Schmidt", "Haddad", "García", "Andersen", "Okafor"}
)

// Files named after people (an applicant's CV, a passport scan) among
// other uploads name them: the column is a direct identifier, hashed, as
// scrub_text cannot find a name in a file name.
func TestFileNamesThatNamePeople(t *testing.T) {
	d := Default()
	attachments := &schema.Table{Name: schema.Name{Schema: "public", Name: "ir_attachment"}}
	name := &schema.Column{Name: "name", Type: tText}
	uploads := func(i int) string {
		switch i % 4 {
		case 0: // Odoo's recruitment: CV_<First>_<Last>.pdf
			return "CV_" + givenNames[i%8] + "_" + surnames[(i/8)%8] + ".pdf"
		case 1:
			return fmt.Sprintf("INV_2024_%05d.pdf", i)
		case 2:
			return "image_1920"
		}
		return "web.assets_frontend.min.css"
	}
	got := d.Column(attachments, name, observed(repeat(400, uploads)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, "identifiers_not_prose"))

	// Django's FileField keeps a path; ActiveStorage's blobs a file name.
	for _, spell := range []func(i int) string{
		func(i int) string {
			return fmt.Sprintf("resumes/2024/%02d/%s_%s_cv.pdf", i%12+1, strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[(i/8)%8]))
		},
		func(i int) string {
			return "passport-scan-" + strings.ToLower(givenNames[i%8]+"-"+surnames[(i/8)%8]) + ".jpg"
		},
	} {
		got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "active_storage_blobs"}}, &schema.Column{Name: "filename", Type: tText},
			observed(repeat(50, spell)...))
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", spell(0), got.Evidence)
	}

	// Uploads that name nobody, and time zones, are kept.
	got = d.Column(attachments, name, observed(repeat(400, func(i int) string { return uploads(i | 1) })...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	zones := []string{"America/Los_Angeles", "America/New_York", "Europe/London", "America/Sao_Paulo", "Asia/Tokyo"}
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}, &schema.Column{Name: "time_zone", Type: tText},
		observed(repeat(200, func(i int) string { return zones[i%len(zones)] })...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A few values in a hundred with a precise identifier inside decide a
// column: the uploads named after their owner among screenshots and
// exports, the prefill links among a site's page views. One or two in a
// small sample do not, and neither do names in prose.
func TestPreciseIdentifiersInAFewValues(t *testing.T) {
	d := Default()
	attachments := &schema.Table{Name: schema.Name{Schema: "public", Name: "attachments"}}
	files := func(i int) string {
		if i%16 == 0 { // 6%: Redmine's CV_<First>_<Last>.pdf
			return fmt.Sprintf("%d_CV_%s_%s.pdf", 240508102242+i, givenNames[i%8], surnames[(i/16)%8])
		}
		return []string{"screenshot.png", "error_log.txt", "shipments_export.csv", "heap-dump.hprof"}[i%4]
	}
	got := d.Column(attachments, &schema.Column{Name: "disk_filename", Type: tText}, observed(repeat(320, files)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)

	hits := &schema.Table{Name: schema.Name{Schema: "public", Name: "page_hits"}}
	urls := func(i int) string {
		if i%12 == 0 { // 8%: a partner newsletter's prefill links
			return fmt.Sprintf("https://shop.example/pricing?email=%s.%s%%40mail.example&utm_source=newsletter", strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[(i/12)%8]))
		}
		return fmt.Sprintf("https://shop.example/blog/post-%d?utm_source=feed", i%37)
	}
	got = d.Column(hits, &schema.Column{Name: "url", Type: tText}, observed(repeat(600, urls)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)

	// Two of forty: chance, not a column of them.
	got = d.Column(hits, &schema.Column{Name: "url", Type: tText}, &ColumnSample{NonNull: 40, Embedded: map[string]int{DetectorEmail: 2}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// Names in prose need EmbeddedShare.
	got = d.Column(hits, &schema.Column{Name: "vndr_label", Type: tText}, &ColumnSample{NonNull: 200, Embedded: map[string]int{DetectorPersonName: 14}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// Handles spelled from names inside a JSON text (a contact's social
// networks) are names spelled as handles.
func TestNameSlugsInsideText(t *testing.T) {
	got := Detect(`profiles: amelia-smith-8edc4b, kwame.mensah`)
	require.Equal(t, []Detection{{Detector: DetectorNameSlug, Category: DirectIdentifier, Embedded: true}}, got)
	// In a JSON document they are read by path: $.linkedin names a profile.
	require.Empty(t, Detect(`{"facebook":"","instagram":"","linkedin":"amelia-smith-8edc4b"}`))
	d := Default()
	contacts := &schema.Table{Name: schema.Name{Schema: "public", Name: "llx_socpeople"}, RowEstimate: 650}
	cc := d.Column(contacts, &schema.Column{Name: "socialnetworks", Type: tText}, observed(repeat(144, func(i int) string {
		return fmt.Sprintf(`{"facebook":"","instagram":"","linkedin":"%s-%s-%x"}`, strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[(i/8)%8]), i)
	})...))
	require.Equal(t, DirectIdentifier, cc.Category, "%+v", cc.Evidence)
	require.Equal(t, "json", cc.Suggestion.Transform)
	require.Contains(t, cc.Suggestion.Paths, "$.linkedin")
	require.Empty(t, Detect("a well-known long-term plan, see docs/setup_guide.md"))
}

// JSON kept as text, that nothing in it as a whole decides, is read member
// by member as a json column is, and masked by a json rule of its paths.
func TestJSONKeptAsText(t *testing.T) {
	d := Default()
	attempts := &schema.Table{Name: schema.Name{Schema: "public", Name: "oc_bruteforce_attempts"}, RowEstimate: 300}
	metadata := &schema.Column{Name: "metadata", Type: tText}
	logins := func(i int) string {
		if i%7 == 0 {
			return "[]" // PHP's json_encode of an empty array
		}
		return fmt.Sprintf(`{"user":"%s.%s%d"}`, strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[(i/8)%8]), i)
	}
	got := d.Column(attempts, metadata, observed(repeat(300, logins)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "json", got.Suggestion.Transform)
	require.Equal(t, map[string]string{"$.user": "username"}, got.Suggestion.Paths)

	// A link among a notification's buttons is not a social profile's.
	buttons := observed(repeat(100, func(i int) string {
		return fmt.Sprintf(`[{"label":"accept","link":"https://cloud.example/shares/%d","type":"POST"}]`, i)
	})...)
	got = d.Column(attempts, &schema.Column{Name: "actions", Type: tText}, buttons)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	// Mostly not JSON: no paths are read.
	mixed := observed(repeat(100, func(i int) string {
		if i%3 == 0 {
			return logins(i + 1)
		}
		return "login failed"
	})...)
	got = d.Column(attempts, metadata, mixed)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A JSON document's keys and short values make words enough for prose,
// but it is no prose: its members are read, so a person's name split into
// parts is masked part by part. Entities inside the text as a whole that
// paths hold as their values are theirs; entities inside longer strings
// keep scrub_text over the whole document. A path holding two kinds of
// identifier (a change log's old and new values) gets scrub_text, which
// reads both.
func TestDocumentsAreNoProse(t *testing.T) {
	d := Default()
	guests := &schema.Table{Name: schema.Name{Schema: "public", Name: "booking_guest"}}
	parts := func(i int) string {
		if i%9 == 0 {
			return fmt.Sprintf(`{"_scheme": "full", "full_name": "%s %s"}`, givenNames[i%8], surnames[(i/8)%8])
		}
		return fmt.Sprintf(`{"_scheme": "salutation_given_family", "salutation": "Ms", "given_name": "%s", "family_name": "%s"}`, givenNames[i%8], surnames[(i/8)%8])
	}
	got := d.Column(guests, &schema.Column{Name: "name_parts", Type: tText}, observed(repeat(200, parts)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "json", got.Suggestion.Transform)
	require.Equal(t, map[string]string{"$.given_name": "first_name", "$.family_name": "last_name", "$.full_name": "full_name"}, got.Suggestion.Paths)
	require.True(t, hasEvidenceMessage(got, "the values are JSON documents"), "%+v", got.Evidence)

	// Names inside the text of a member: scrub_text reads the whole.
	history := func(i int) string {
		return fmt.Sprintf(`[{"prev_content": "Call %s %s about the refund before Friday, please", "edited_by": %d}]`, givenNames[i%8], surnames[(i/8)%8], i)
	}
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "chat_message"}}, &schema.Column{Name: "edit_history", Type: tText},
		observed(repeat(200, history)...))
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)

	// Old and new values of changed fields: emails and phones at one path.
	changes := func(i int) string {
		first, last := strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[(i/8)%8])
		if i%2 == 0 {
			return fmt.Sprintf(`{"changed": [["email_id", "%s.%s@example.org", "%s@example.net"]], "row_changed": []}`, first, last, first)
		}
		return fmt.Sprintf(`{"changed": [["mobile_no", "+44 7700 9%05d", "+44 7700 9%05d"]], "row_changed": []}`, i, i+1)
	}
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "tabVersion"}}, &schema.Column{Name: "data", Type: tText},
		observed(repeat(200, changes)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, map[string]string{"$.changed[*][*]": "scrub_text"}, got.Suggestion.Paths)
}

// Sentences under a name that does not say prose, most of which name
// people and how to reach them (text extracted from CVs and invoices),
// are documents about people: a direct identifier, replaced whole.
func TestPeopleDocuments(t *testing.T) {
	d := Default()
	applicants := &schema.Table{Name: schema.Name{Schema: "public", Name: "job_applications"}}
	cv := func(i int) string {
		first, last := givenNames[i%8], surnames[(i/8)%8]
		return fmt.Sprintf("Curriculum Vitae %s %s %s.%s@example.com Experience warehouse team lead 2018-2023, forklift licence",
			first, last, strings.ToLower(first), strings.ToLower(last))
	}
	got := d.Column(applicants, &schema.Column{Name: "resume_text", Type: tText}, observed(repeat(150, cv)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "lorem", got.Suggestion.Transform)
	require.Contains(t, got.Suggestion.Note, "replaced whole")
	require.True(t, hasEvidence(got, "people_documents"))

	// Invoices among images and empty extracts: most values still name
	// someone, with two kinds of identifier.
	index := func(i int) string {
		switch i % 5 {
		case 0, 1, 2:
			return cv(i)
		case 3:
			return "image"
		}
		return fmt.Sprintf("Invoice INV/2024/%05d %s %s 12 Harbour Street Ergonomic chair 4 x 389.00", i, givenNames[i%8], surnames[(i/8)%8])
	}
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "ir_attachment"}}, &schema.Column{Name: "index_content", Type: tText},
		observed(repeat(300, index)...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)

	// A name that says prose keeps it free text: notes mention people,
	// and are scrubbed.
	got = d.Column(applicants, &schema.Column{Name: "comment", Type: tText}, observed(repeat(150, cv)...))
	require.Equal(t, FreeText, got.Category)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// One kind of identifier is prose that names people, not a document
	// about them.
	greeting := func(i int) string {
		return fmt.Sprintf("Thank you for your order, %s %s. It ships within three working days.", givenNames[i%8], surnames[(i/8)%8])
	}
	got = d.Column(applicants, &schema.Column{Name: "summary", Type: tText}, observed(repeat(150, greeting)...))
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
	// Under DocumentShare, people are mentioned, not documented.
	sometimes := func(i int) string {
		if i%5 < 2 {
			return cv(i)
		}
		return "Warehouse team lead with six years of forklift and inventory experience."
	}
	got = d.Column(applicants, &schema.Column{Name: "summary", Type: tText}, observed(repeat(150, sometimes)...))
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
}

// A column of identifiers some of whose values list several, or write one
// inside a text, gets scrub_text: the strict transformer cannot read them.
func TestListedIdentifiers(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "api_clients"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, cs)
	}
	// "10.40.12.7" and "52.18.0.0/16,10.40.0.0/16".
	got := col("allowed_from", &ColumnSample{NonNull: 40, Matches: map[string]int{DetectorIPv4: 20}, Embedded: map[string]int{DetectorIPv4: 20}})
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, "identifiers_in_text"))
	// Emails, a few of them two to a value.
	got = col("contact_email", &ColumnSample{NonNull: 500, Matches: map[string]int{DetectorEmail: 480}, Embedded: map[string]int{DetectorEmail: 20}})
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	// One odd value in a thousand does not change the rule.
	got = col("contact_email", &ColumnSample{NonNull: 1000, Matches: map[string]int{DetectorEmail: 999}, Embedded: map[string]int{DetectorEmail: 1}})
	require.Equal(t, "email", got.Suggestion.Transform)
	// A phone is read digit by digit, whatever surrounds it.
	got = col("phone", &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorPhone: 80}, Embedded: map[string]int{DetectorPhone: 20}})
	require.Equal(t, "phone", got.Suggestion.Transform)
}

// Names written as one word are split into the dictionary's words:
// clientsecret is a client secret, firstnamephonetic a first name. A word
// of the vocabulary, its plural, a short word or one no split covers is
// left whole; at most one other word stands at an end, beside four
// letters or more of vocabulary, and one at the start gives up the word
// of vocabulary it ends with.
func TestSplitCompound(t *testing.T) {
	d := Default()
	for in, want := range map[string][]string{
		"clientsecret":        {"client", "secret"},
		"firstnamephonetic":   {"firstname", "phonetic"},
		"alternatename":       {"alternate", "name"},
		"sessdata":            {"sess", "data"},
		"passwordsalt":        {"password", "salt"},
		"lastloginip":         {"last", "login", "ip"},
		"tokenlifespan":       {"token", "lifespan"},
		"freeformcontactinfo": {"freeform", "contact", "info"},
		"username":            nil, // a word of the vocabulary
		"employees":           nil, // a plural of one
		"timezone":            nil, // no split covers it
		"wingspan":            nil, // "pan" alone is too little vocabulary
		"clientid":            nil, // shorter than minCompound... and id is two letters
		"Client_Secret":       nil, // not one lower-case word
	} {
		require.Equal(t, want, d.splitCompound(in), in)
	}
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "mdl_oauth2_issuer"}}
	got := d.Column(tb, &schema.Column{Name: "clientsecret", Type: tText}, nil)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	people := &schema.Table{Name: schema.Name{Schema: "public", Name: "mdl_user"}}
	got = d.Column(people, &schema.Column{Name: "firstnamephonetic", Type: tText}, nil)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "first_name", got.Suggestion.Transform)
	got = d.Column(people, &schema.Column{Name: "freeformcontactinfo", Type: tText}, nil)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	// A setting about a token is not one.
	got = d.Column(tb, &schema.Column{Name: "access_token_lifespan", Type: tText}, nil)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A column named value or data holds what its table is named for.
func TestValueOfTable(t *testing.T) {
	d := Default()
	col := func(table, column string) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		return d.Column(tb, &schema.Column{Name: column, Type: tText}, nil)
	}
	got := col("mdl_user_private_key", "value")
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	require.Equal(t, "redact", got.Suggestion.Transform)
	require.Equal(t, Secret, col("tokens", "value").Category)
	require.Equal(t, QuasiIdentifier, col("llx_salary", "amount").Category, "a salary's amount")
	require.Equal(t, None, col("invoices", "amount").Category)
	require.Equal(t, DirectIdentifier, col("user_phone_numbers", "value").Category)
	// The table must be named for it: its head noun.
	require.Equal(t, None, col("private_key_rotations", "value").Category)
	require.Equal(t, None, col("settings", "value").Category)
	// Only a column that says nothing of its own.
	require.Equal(t, None, col("tokens", "scopes").Category)
}

// A public key is published by design: random-looking values under its
// name are not a secret, but a private key or a JWT in them is.
func TestPublicKeyName(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "user_devices"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, cs)
	}
	random := &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorAPIToken: 99, DetectorHighEntropy: 100}}
	for _, name := range []string{"publickey", "public_key", "pubkey", "pub_key", "devicePublicKey"} {
		got := col(name, random)
		require.Equal(t, None, got.Category, "%s: %+v", name, got.Evidence)
	}
	require.Equal(t, Secret, col("private_key", random).Category)
	require.Equal(t, Secret, col("device_key", random).Category)
	got := col("publickey", &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorPrivateKey: 1, DetectorAPIToken: 100}})
	require.Equal(t, Secret, got.Category, "a private key pasted where the public one goes")
}

// Health data is read in a table about health or about people, and only
// there for words that mean something else elsewhere (a parcel's weight).
func TestHealthData(t *testing.T) {
	d := Default()
	col := func(table, name string, typ *schema.Type) Category {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		return d.Column(tb, &schema.Column{Name: name, Type: typ}, nil).Category
	}
	for _, c := range []struct {
		table, column string
		typ           *schema.Type
		want          Category
	}{
		{"form_vitals", "weight", tNum, QuasiIdentifier},
		{"form_vitals", "bps", tText, QuasiIdentifier},
		{"patients", "weight", tNum, QuasiIdentifier},
		{"stock_picking", "weight", tNum, None},
		{"stock_picking", "shipping_weight", tNum, None},
		{"products", "alcohol", tText, None},
		{"prescriptions", "drug", tText, QuasiIdentifier},
		{"products", "drug", tText, None},
		{"lists", "diagnosis", tText, QuasiIdentifier},
		{"billing", "icd10_code", tText, QuasiIdentifier},
		{"history", "tobacco", tText, QuasiIdentifier},
		{"patient", "deceased_date", tDate, QuasiIdentifier},
		{"payroll", "basic_salary", tText, QuasiIdentifier},
		{"payroll", "salary_component", tText, None},
	} {
		require.Equal(t, c.want, col(c.table, c.column, c.typ), "%s.%s", c.table, c.column)
	}
	// Text typed in a table about health is about the patient: without an
	// entity to scrub, it is replaced whole, not kept.
	soap := &schema.Table{Name: schema.Name{Schema: "public", Name: "form_encounter"}}
	got := d.Column(soap, &schema.Column{Name: "reason", Type: tText}, &ColumnSample{NonNull: 100, Distinct: 90, Matches: map[string]int{DetectorProse: 40}})
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
	require.Equal(t, "lorem", got.Suggestion.Transform)

	// Sentences under a quasi-identifier's name are notes about it: free
	// text, replaced whole in a table about people even when they repeat.
	patient := &schema.Table{Name: schema.Name{Schema: "public", Name: "clinic_patient"}}
	notes := &ColumnSample{NonNull: 300, Distinct: 3, Matches: map[string]int{DetectorProse: 100}}
	got = d.Column(patient, &schema.Column{Name: "allergies", Type: tText}, notes)
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
	require.Equal(t, "lorem", got.Suggestion.Transform)
	// Short values under it are the attribute itself.
	got = d.Column(patient, &schema.Column{Name: "allergies", Type: tText}, &ColumnSample{NonNull: 300, Distinct: 3})
	require.Equal(t, QuasiIdentifier, got.Category)
}

// A column's own words can name the person whose value it holds
// (subscriber_fname), and a table's suffix can say nothing (patient_data).
func TestPersonInTheName(t *testing.T) {
	d := Default()
	col := func(table, name string) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, nil)
	}
	require.Equal(t, DirectIdentifier, col("patient_data", "fname").Category)
	require.Equal(t, DirectIdentifier, col("patient_data", "mname").Category)
	require.Equal(t, DirectIdentifier, col("insurance_data", "subscriber_fname").Category)
	require.Equal(t, "first_name", col("insurance_data", "subscriber_fname").Suggestion.Transform)
	require.Equal(t, None, col("uploads", "fname").Category, "fname is a file's name outside a table about people")
	require.Equal(t, DirectIdentifier, col("forms", "user").Category, "a text column named user holds logins")
	require.Equal(t, None, col("forms", "user_type").Category)
	require.Equal(t, DirectIdentifier, col("pharmacies", "npi").Category)
	require.Equal(t, DirectIdentifier, col("insurance_data", "policy_number").Category)
	require.Equal(t, QuasiIdentifier, col("page_hits", "tracking_id").Category)
	// French names whose reading is unambiguous, a job, a hire date.
	require.Equal(t, DirectIdentifier, col("contacts", "prenom").Category)
	require.Equal(t, QuasiIdentifier, col("llx_socpeople", "poste").Category)
	require.Equal(t, QuasiIdentifier, col("llx_user", "job").Category)
	require.Equal(t, None, col("cron_runs", "job").Category, "a job of a scheduler")
	require.Equal(t, DirectIdentifier, col("llx_user", "ref_employee").Category)
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "llx_user"}}
	require.Equal(t, QuasiIdentifier, d.Column(tb, &schema.Column{Name: "dateemployment", Type: tDate}, nil).Category)
	require.Equal(t, QuasiIdentifier, d.Column(tb, &schema.Column{Name: "date_naissance", Type: tDate}, nil).Category)
}

// A column named for who wrote the row holds a login, unless its values
// are keys of rows (Ghost's created_by of 24-digit ObjectIds).
func TestActorKeysOverruleName(t *testing.T) {
	d := Default()
	posts := &schema.Table{Name: schema.Name{Schema: "public", Name: "posts"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(posts, &schema.Column{Name: name, Type: tText}, cs)
	}
	got := col("created_by", &ColumnSample{NonNull: 300, Matches: map[string]int{DetectorRowKey: 300}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorRowKey))
	require.Nil(t, got.Suggestion)
	got = col("modifiedBy", &ColumnSample{NonNull: 300, Matches: map[string]int{DetectorRowKey: 290}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// The superuser and a provisioning tool, or the application's own
	// classes: nobody's login. One operator among them is.
	system := observed(repeat(60, func(i int) string { return []string{"admin", "ops-terraform", "InvoiceDispatcher"}[i%3] })...)
	got = col("created_by", system)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorSystemActor))
	operator := observed(repeat(60, func(i int) string { return []string{"admin", "ops-terraform", "aoife.nic.amhlaoibh"}[i%3] })...)
	require.Equal(t, DirectIdentifier, col("created_by", operator).Category)
	require.Equal(t, DirectIdentifier, col("username", system).Category, "a name that is not an author's")
	// Keys with a prefix naming the row's type, as Medusa writes them.
	typed := observed(repeat(100, func(i int) string { return fmt.Sprintf("user_01HK4Z6K5656QN2QN53N9JY%03d", i%40) })...)
	got = col("requested_by", typed)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// Ids drawn after a type, of one type and one length (NocoDB's
	// us_x8k2m9q0p1z), written by three users.
	drawn := observed(repeat(90, func(i int) string { return []string{"us_x8k2m9q0p1z", "us_7hb0qw4kdm2", "us_pq1c9vz6e0a"}[i%3] })...)
	got = col("created_by", drawn)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorRowKey), "%+v", got.Evidence)
	// Logins that look drawn one by one, but of lengths people chose.
	chosen := observed(repeat(90, func(i int) string { return []string{"ops_admin2024", "dev_jsmith42", "qa_tester7bob"}[i%3] })...)
	require.Equal(t, DirectIdentifier, col("created_by", chosen).Category)

	// Logins: the name stands.
	got = col("created_by", &ColumnSample{NonNull: 300})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "username", got.Suggestion.Transform)
	// More than one value in twenty is not a key: the name stands.
	got = col("created_by", &ColumnSample{NonNull: 300, Matches: map[string]int{DetectorRowKey: 270}})
	require.Equal(t, DirectIdentifier, got.Category)
	// Keys in a column whose name is not an author's say nothing.
	got = col("federated_user_id", &ColumnSample{NonNull: 300, Matches: map[string]int{DetectorRowKey: 300}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// Matrix user ids and fediverse handles are people's, as a whole value or
// a few in a column.
func TestChatHandles(t *testing.T) {
	d := Default()
	events := &schema.Table{Name: schema.Name{Schema: "public", Name: "events"}}
	got := d.Column(events, &schema.Column{Name: "sender", Type: tText}, &ColumnSample{NonNull: 500, Matches: map[string]int{DetectorChatHandle: 500}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "username", got.Suggestion.Transform)
	got = d.Column(events, &schema.Column{Name: "state_key", Type: tText}, &ColumnSample{NonNull: 500, Matches: map[string]int{DetectorChatHandle: 40}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// Devices named after their owners ("Ngozi's iPhone") under a display
// name: the names inside are scrubbed, the rest kept.
func TestDeviceNamesNameOwners(t *testing.T) {
	d := Default()
	devices := &schema.Table{Name: schema.Name{Schema: "public", Name: "devices"}}
	got := d.Column(devices, &schema.Column{Name: "display_name", Type: tText}, &ColumnSample{NonNull: 800, Embedded: map[string]int{DetectorPersonName: 300}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform, "%+v", got.Evidence)
}

// A name column of a table about people whose values are document
// numbers (Frappe's tabEmployee.name: HR-EMP-00012) is the record's key.
func TestDocumentNumbersInAName(t *testing.T) {
	d := Default()
	employees := &schema.Table{Name: schema.Name{Schema: "public", Name: "tabEmployee"}}
	got := d.Column(employees, &schema.Column{Name: "name", Type: tText}, &ColumnSample{NonNull: 90, Matches: map[string]int{DetectorRowKey: 90}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorRowKey))
	// Handles: still a person's, in a table about people.
	got = d.Column(employees, &schema.Column{Name: "name", Type: tText}, &ColumnSample{NonNull: 90})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// A JSON key named like an identifier whose absence is telling (a
// person's name, an email) is overruled when MinValues documents hold
// none of it there: a card's column metadata names columns, not people.
func TestJSONKeyOverruledByAbsence(t *testing.T) {
	d := Default()
	meta := func(table string, seen, names int) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		return d.Column(tb, &schema.Column{Name: "result_metadata", Type: tJSONB},
			&ColumnSample{NonNull: seen, Paths: map[string]*PathSample{"$[*].full_name": {Seen: seen, Words: seen, Matches: map[string]int{DetectorPersonName: names}}}})
	}
	got := meta("report_card", 40, 0)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Contains(t, got.Evidence[0].Message, "overruled by the values: none of 40 sampled documents has people's full names there")
	require.Equal(t, DirectIdentifier, meta("report_card", 40, 30).Category, "the names are there: the values decide")
	require.Equal(t, DirectIdentifier, meta("report_card", MinValues-1, 0).Category, "too few documents to tell")
}

// A name for what identifies a record (a meeting's id, a job's name, a
// query's hash) makes random values with no vendor's prefix ids, not
// credentials; a name that says secret still decides, and so does a
// vendor's token. Verify's credential scan reads the name the same way.
func TestRecordNameIsNoCredential(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "BookingReference"}}
	tokens := &ColumnSample{NonNull: 1000, Matches: map[string]int{DetectorAPIToken: 281}}
	for _, name := range []string{"meetingId", "uid", "jobName", "query_hash", "external_ref", "code_challenge", "nonce"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, tokens)
		require.Equal(t, None, got.Category, "%s: %+v", name, got.Evidence)
		require.True(t, hasEvidence(got, DetectorAPIToken), name)
		require.True(t, PublicName(name), name)
	}
	for _, name := range []string{"session_id", "password_hash", "reset_token_hash", "token", "value"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, tokens)
		require.Equal(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
		require.False(t, PublicName(name), name)
	}
	got := d.Column(tb, &schema.Column{Name: "meetingId", Type: tText}, &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorStripeKey: 1}})
	require.Equal(t, Secret, got.Category, "a vendor's token decides: %+v", got.Evidence)
}

// A column named for its table's head noun takes the table's name when
// that names a secret: an AccessCode's code is an access code; a
// discount code or a country's code is not a secret.
func TestHeadNounTakesTableName(t *testing.T) {
	d := Default()
	col := func(table, column string) ColumnClass {
		return d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: column, Type: tText}, nil)
	}
	for _, tc := range []struct{ table, column string }{{"AccessCode", "code"}, {"oauth_authorization_codes", "code"}, {"password_reset_tokens", "token"}} {
		got := col(tc.table, tc.column)
		require.Equal(t, Secret, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
	}
	for _, tc := range []struct{ table, column string }{{"discount_codes", "code"}, {"countries", "code"}, {"shipping_countries", "country"}, {"product_tags", "tag"}} {
		got := col(tc.table, tc.column)
		require.NotEqual(t, Secret, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
		require.NotEqual(t, QuasiIdentifier, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
	}
}

// A json column named for credentials is redacted member by member: the
// redact transformer reads text, and a NOT NULL column cannot be nulled,
// so a whole-value suggestion would leave it kept.
func TestJSONSecretRedactsEveryMember(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "user_associated_accounts"}}
	for _, cs := range []*ColumnSample{nil, {NonNull: 488, Documents: 488, Paths: map[string]*PathSample{
		"$.token": {Seen: 488, Matches: map[string]int{DetectorGitHubToken: 118, DetectorSecretName: 488}}}}} {
		got := d.Column(tb, &schema.Column{Name: "credentials", Type: tJSONB, NotNull: true}, cs)
		require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
		require.Equal(t, &Suggestion{Transform: "json", Paths: map[string]string{"$..*": "redact"}}, got.Suggestion)
	}
	// A text column keeps redact.
	got := d.Column(tb, &schema.Column{Name: "credentials", Type: tText}, nil)
	require.Equal(t, "redact", got.Suggestion.Transform)
}

// A link to join a video meeting is a bearer capability: whoever has it
// joins the call; so is a hosted receipt's link, and so are the OAuth
// verifiers and session handles that get a user's tokens.
func TestMeetingLinksAreSecrets(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "patient_appointment"}}
	for _, name := range []string{"meeting_url", "meetingUrl", "join_url", "tele_health_video_link", "zoom_join_link",
		"receipt_url", "oauth_verifier", "code_verifier", "session_handle"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, nil)
		require.Equal(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
	}
	got := d.Column(tb, &schema.Column{Name: "video_url", Type: tText}, nil)
	require.NotEqual(t, Secret, got.Category, "a product video's URL is public: %+v", got.Evidence)
}

// Logins spelled from names decide a column from many distinct values: a
// user key column of logins (Jira's author), a username transform; with
// emails beside them, scrub_text, which replaces both; a few repeated
// words that spell a letter and a surname ("billing") decide nothing.
func TestNameLogins(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "worklog"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tText}, cs)
	}
	got := col("author", &ColumnSample{NonNull: 1000, Distinct: 180, Identifiers: 610, Matches: map[string]int{DetectorNameLogin: 610}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "username", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, DetectorNameLogin))

	got = col("author", &ColumnSample{NonNull: 1000, Distinct: 180, Identifiers: 520, Matches: map[string]int{DetectorNameLogin: 400, DetectorEmail: 120}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)

	got = col("address_type", &ColumnSample{NonNull: 1000, Distinct: 2, Identifiers: 500, Matches: map[string]int{DetectorNameLogin: 500}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Contains(t, got.Evidence[0].Message, "fewer than 10 distinct values")
}

// A member's number at an insurer or a club names the member, as a
// policy number does.
func TestMemberNumbers(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "insurance_policies"}}
	for _, name := range []string{"member_number", "membershipNumber", "policy_number"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, nil)
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", name, got.Evidence)
	}
}

// A lower-cased copy kept for lookups holds what its column holds: here
// logins that only the author column's sample shows.
func TestFoldedCopies(t *testing.T) {
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "worklog"}}
	for _, c := range []string{"author", "lower_author", "author_lower", "lower_kind"} {
		tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: tText})
	}
	s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{
		{Column: "author", NonNull: 1000, Distinct: 180, Identifiers: 610, Matches: map[string]int{DetectorNameLogin: 610}},
	}}}}
	got := map[string]ColumnClass{}
	for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, s) {
		got[c.Column] = c
	}
	require.Equal(t, DirectIdentifier, got["author"].Category, "%+v", got["author"].Evidence)
	for _, name := range []string{"lower_author", "author_lower"} {
		require.Equal(t, DirectIdentifier, got[name].Category, "%s: %+v", name, got[name].Evidence)
		require.Equal(t, "username", got[name].Suggestion.Transform)
		require.True(t, hasEvidence(got[name], "folded_copy"))
	}
	require.Equal(t, None, got["lower_kind"].Category, "no kind column: nothing to copy")
}

// Public keys of end-to-end encryption and Web Push, and signatures, are
// random bytes published by design: not credentials by their shape.
func TestPublicKeysAndSignatures(t *testing.T) {
	d := Default()
	random := &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorAPIToken: 198, DetectorHighEntropy: 200}}
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "devices"}}
	for _, name := range []string{"key_p256dh", "p256dh", "identity_key", "fingerprint_key", "verify_key", "signature", "upload_signature"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, random)
		require.NotEqual(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
		require.True(t, PublicName(name), name)
	}
	// The private halves and signing secrets stay secrets.
	for _, name := range []string{"private_key", "signing_key", "signature_token", "key_auth"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, random)
		require.Equal(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
	}
}

// The department a person works in is a quasi-identifier, as a job title
// is; a department of a product or a ledger is not a person's.
func TestDepartment(t *testing.T) {
	d := Default()
	values := &ColumnSample{NonNull: 120, Distinct: 9}
	for _, table := range []string{"users", "contacts", "mdl_user", "employees"} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: "department", Type: tText}, values)
		require.Equal(t, QuasiIdentifier, got.Category, "%s: %+v", table, got.Evidence)
		require.Equal(t, "department", got.Suggestion.Transform)
	}
	for _, table := range []string{"products", "gl_accounts"} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: "department", Type: tText}, values)
		require.Equal(t, None, got.Category, "%s: %+v", table, got.Evidence)
	}
}

// Random bytes of a key's length in a bytea column confirm a name that
// says key; an image, a packed record or a record's binary id do not make
// a credential.
func TestRandomKeyBytes(t *testing.T) {
	r := &sampler{}
	keys, packed := &ColumnSample{}, &ColumnSample{}
	for i := range 30 {
		k := make([]byte, 32)
		for j := range k {
			k[j] = byte((i+1)*(j*j+7)*131 + j*29)
		}
		r.observe(keys, kindBytea, []byte(`\x`+hex.EncodeToString(k)), nil)
		r.observe(packed, kindBytea, []byte(`\x`+hex.EncodeToString(append(make([]byte, 28), byte(i), 1, 0, 2))), nil)
	}
	require.Equal(t, 30, keys.Matches[DetectorHighEntropy], "%+v", keys)
	require.Zero(t, packed.Matches[DetectorHighEntropy])
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "system_keys"}}
	got := d.Column(tb, &schema.Column{Name: "key", Type: tBytea}, keys)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	got = d.Column(tb, &schema.Column{Name: "uuid", Type: tBytea}, keys)
	require.NotEqual(t, Secret, got.Category, "%+v", got.Evidence)
}

// A token stored as a uuid is a bearer key; a stream key is a secret
// whatever its values look like (a v4 UUID as text).
func TestUUIDTokensAndStreamKeys(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "checkout_checkout"}}
	for _, name := range []string{"token", "feedToken", "access_token"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tUUID}, &ColumnSample{})
		require.Equal(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
		require.Equal(t, "uuid", got.Suggestion.Transform, name)
	}
	got := d.Column(tb, &schema.Column{Name: "session_id", Type: tUUID}, &ColumnSample{})
	require.Equal(t, QuasiIdentifier, got.Category, "a uuid session id links visits: %+v", got.Evidence)
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "videoLive"}}, &schema.Column{Name: "streamKey", Type: tText}, &ColumnSample{NonNull: 40})
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
}

// A column of Y and N alone says whether something applies, whatever its
// name: an entity engine's require_password_change is no password, its
// use_primary_email_username no login (a table of three rows, read
// whole, too). A quasi-identifier stands: a smoker's Y is one.
func TestFlagValuesOverruleName(t *testing.T) {
	d := Default()
	logins := &schema.Table{Name: schema.Name{Schema: "public", Name: "user_login"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(logins, &schema.Column{Name: name, Type: tText}, cs)
	}
	got := col("require_password_change", &ColumnSample{NonNull: 900, Distinct: 2, Matches: map[string]int{DetectorFlag: 900}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorFlag))
	require.Contains(t, got.Evidence[len(got.Evidence)-1].Message, "flags (Y/N, true/false, 0/1): whether it applies")
	got = col("username", &ColumnSample{NonNull: 900, Distinct: 2, Matches: map[string]int{DetectorFlag: 900}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	// One value that is not a flag, and the name stands.
	got = col("password", &ColumnSample{NonNull: 900, Distinct: 3, Matches: map[string]int{DetectorFlag: 899}})
	require.Equal(t, Secret, got.Category)
	got = col("username", &ColumnSample{NonNull: 900, Distinct: 3, Matches: map[string]int{DetectorFlag: 899}})
	require.Equal(t, DirectIdentifier, got.Category)
	// A quasi-identifier spelled as a flag is one.
	patients := &schema.Table{Name: schema.Name{Schema: "public", Name: "patients"}}
	got = d.Column(patients, &schema.Column{Name: "smoker", Type: tText}, &ColumnSample{NonNull: 900, Distinct: 2, Matches: map[string]int{DetectorFlag: 900}})
	if got.Category != None {
		require.Equal(t, QuasiIdentifier, got.Category)
	}
	got = d.Column(patients, &schema.Column{Name: "gender", Type: tText}, &ColumnSample{NonNull: 900, Distinct: 2, Matches: map[string]int{DetectorFlag: 450}})
	require.Equal(t, QuasiIdentifier, got.Category)

	// A small table read whole (a shop's three stores): its flags too.
	stores := &schema.Table{Name: schema.Name{Schema: "public", Name: "product_store"}, RowEstimate: 3}
	got = d.Column(stores, &schema.Column{Name: "use_primary_email_username", Type: tText}, &ColumnSample{NonNull: 3, Distinct: 2, Matches: map[string]int{DetectorFlag: 3}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A column named for who did something to the row (disabled_by) holds
// logins spelled from names however few: two administrators disable
// accounts. Elsewhere a few such values may be words.
func TestFewActorLogins(t *testing.T) {
	d := Default()
	logins := &schema.Table{Name: schema.Name{Schema: "public", Name: "user_login"}}
	cs := &ColumnSample{NonNull: 15, Distinct: 2, Matches: map[string]int{DetectorNameLogin: 15}}
	got := d.Column(logins, &schema.Column{Name: "disabled_by", Type: tText}, cs)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	got = d.Column(logins, &schema.Column{Name: "role_code", Type: tText}, cs)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A code or a key named hash, long and random, is one whoever holds it
// uses: an OAuth grant's code, a gift card's, Django's password reset
// and email validation keys. A short code, or a hash of hex digits (a
// file's, a query's digest), stays.
func TestRandomCodesAndHashesAreKeys(t *testing.T) {
	d := Default()
	hexOf := func(tag string) func(int) string {
		return func(i int) string {
			s := sha256.Sum256(fmt.Appendf(nil, "%s%d", tag, i))
			return hex.EncodeToString(s[:])
		}
	}
	col := func(table, column string, values []string) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		return d.Column(tb, &schema.Column{Name: column, Type: tText}, observed(values...))
	}
	for _, tc := range []struct {
		table, column string
		values        []string
	}{
		{"sentry_apigrant", "code", repeat(40, hexOf("grant"))},
		{"gift_cards", "code", repeat(40, keyOf("card", 16))},
		{"sentry_lostpasswordhash", "hash", repeat(40, keyOf("reset", 32))},
		{"sentry_useremail", "validation_hash", repeat(40, keyOf("email", 32))},
		{"apiKeys", "hash", repeat(40, hexOf("api key"))}, // the table names a secret: the digests are its keys'
		{"signup_requests", "verificationCode", repeat(40, func(i int) string { return fmt.Sprintf("%06d", (i*7919+104729)%1000000) })},
	} {
		got := col(tc.table, tc.column, tc.values)
		require.Equal(t, Secret, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
	}
	for _, tc := range []struct {
		table, column string
		values        []string
	}{
		{"countries", "code", []string{"GB", "DE", "FR", "NG", "IN", "BR"}},
		{"promotions", "code", repeat(40, func(i int) string { return fmt.Sprintf("SPRING%02d", i) })},
		{"documents", "hash", repeat(40, hexOf("file"))},
		{"query_execution", "hash", repeat(40, hexOf("query"))},
	} {
		got := col(tc.table, tc.column, tc.values)
		require.Equal(t, None, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
	}
	// With no sample, the table's name still decides an AccessCode's code.
	got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "AccessCode"}}, &schema.Column{Name: "code", Type: tText}, nil)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
}

// The members of a mapping name where a value is found (an identity
// provider's attribute names), not a person's value; a user's attributes
// are values.
func TestJSONMappingNamesAttributes(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "sentry_authprovider"}}
	paths := func(parent string) *ColumnSample {
		return &ColumnSample{NonNull: 24, Documents: 24, Paths: map[string]*PathSample{
			"$." + parent + ".first_name": {Seen: 24},
			"$." + parent + ".last_name":  {Seen: 24},
			"$." + parent + ".user_email": {Seen: 24},
			"$.idp.entity_id":             {Seen: 24},
		}}
	}
	for _, parent := range []string{"attribute_mapping", "claimMappers", "field_mappings"} {
		got := d.Column(tb, &schema.Column{Name: "config", Type: tJSONB}, paths(parent))
		require.Equal(t, None, got.Category, "%s: %+v", parent, got.Evidence)
	}
	got := d.Column(tb, &schema.Column{Name: "config", Type: tJSONB}, paths("attributes"))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// An OAuth provider's endpoints are public URLs, whatever their name
// says of tokens; a digest of an email matches anyone who knows it.
func TestOAuthEndpointsAndEmailFingerprints(t *testing.T) {
	d := Default()
	providers := &schema.Table{Name: schema.Name{Schema: "public", Name: "oauth_provider"}}
	urls := observed("https://codeberg.org/login/oauth/access_token", "https://oauth2.googleapis.com/token", "https://sso.example.org/realms/main/protocol/openid-connect/token")
	for _, name := range []string{"token_endpoint", "tokenUrl", "token_uri"} {
		got := d.Column(providers, &schema.Column{Name: name, Type: tText}, urls)
		require.Equal(t, None, got.Category, "%s: %+v", name, got.Evidence)
	}
	got := d.Column(providers, &schema.Column{Name: "access_token", Type: tText}, nil)
	require.Equal(t, Secret, got.Category)
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "share_subscriptions"}}, &schema.Column{Name: "emailFingerprint", Type: tText},
		observed(repeat(40, func(i int) string {
			s := sha256.Sum256(fmt.Appendf(nil, "reader%d@example.org", i))
			return hex.EncodeToString(s[:])
		})...))
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
}

// A column named for a user agent whose values are no browser's or app's
// header (a CLI's version, a service's name) is kept: it names a program,
// not a person's device.
func TestUserAgentsOfPrograms(t *testing.T) {
	d := Default()
	releases := &schema.Table{Name: schema.Name{Schema: "public", Name: "sentry_release"}}
	ua := &schema.Column{Name: "user_agent", Type: tText}
	got := d.Column(releases, ua, observed(repeat(40, func(i int) string {
		return []string{"sentry-cli/2.31.0", "getsentry/action-release@v1", "Outline-Webhooks"}[i%3]
	})...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(releases, ua, observed(repeat(40, func(i int) string {
		return fmt.Sprintf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15", i%8, i%4)
	})...))
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	// Too few values to tell: the name decides.
	got = d.Column(releases, ua, observed("sentry-cli/2.31.0"))
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
}

// A profile photo's URL points at the person's face: a direct
// identifier, as the photo is, and it is replaced by a URL.
func TestProfilePhotoURLsAreDirect(t *testing.T) {
	d := Default()
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	for _, name := range []string{"avatar_url", "avatarUrl", "photo_url"} {
		got := d.Column(users, &schema.Column{Name: name, Type: tText}, nil)
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", name, got.Evidence)
		require.Equal(t, "url", got.Suggestion.Transform, name)
	}
}

// A column of BitLocker recovery keys is a secret whatever its name (an
// asset register's custom field).
func TestBitLockerRecoveryKeys(t *testing.T) {
	d := Default()
	assets := &schema.Table{Name: schema.Name{Schema: "public", Name: "assets"}}
	keys := repeat(40, func(i int) string {
		groups := make([]string, 8)
		for g := range groups {
			groups[g] = fmt.Sprintf("%06d", ((i*8+g)*7919%65536)*11)
		}
		return strings.Join(groups, "-")
	})
	for _, name := range []string{"_snipeit_bitlocker_recovery_key_7", "custom_field_12"} {
		got := d.Column(assets, &schema.Column{Name: name, Type: tText}, observed(keys...))
		require.Equal(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
	}
}

// Sentry's (Laravel) activation and remember-me codes are secrets; a
// diet says a person's health or faith.
func TestActivationCodesAndDiets(t *testing.T) {
	d := Default()
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	for _, name := range []string{"activation_code", "persist_code"} {
		got := d.Column(users, &schema.Column{Name: name, Type: tText}, nil)
		require.Equal(t, Secret, got.Category, "%s: %+v", name, got.Evidence)
	}
	bookings := &schema.Table{Name: schema.Name{Schema: "public", Name: "bookings"}}
	for _, name := range []string{"dietary_requirements", "dietary_requirements_c", "dietaryRestrictions"} {
		got := d.Column(bookings, &schema.Column{Name: name, Type: tText}, nil)
		require.Equal(t, QuasiIdentifier, got.Category, "%s: %+v", name, got.Evidence)
	}
}

// Flask-AppBuilder's registration hash, an OAuth id, a German payroll
// export's social insurance number, tax class and church-tax code; a
// content id after a name (livePhotoCID) describes it, as an id does.
func TestRegistrationOAuthAndPayrollNames(t *testing.T) {
	col := categoryByName
	require.Equal(t, Secret, col("ab_register_user", "registration_hash"))
	require.Equal(t, DirectIdentifier, col("users", "oauthId"))
	for _, c := range []string{"sv_nummer", "SVNR", "sozialversicherungsnummer"} {
		require.Equal(t, DirectIdentifier, col("payroll_export_line", c), c)
	}
	require.Equal(t, QuasiIdentifier, col("payroll_export_line", "steuerklasse"))
	require.Equal(t, QuasiIdentifier, col("payroll_export_line", "konfession"))
	require.Equal(t, None, col("exif", "livePhotoCID"))
	require.Equal(t, DirectIdentifier, col("users", "photo"))
}

// The random key of a table of links (an invitation's id, a share link's
// slug) is a secret: whoever holds the link is let in. The table's own
// key, a table of stock shares or of a page's links, and a key that does
// not look random are not. A digest of the secret a table is named for
// is one too, a mail rule's filter is a pattern, a single sign-on id
// names the person, and a one-time code kept as a number is masked with
// a constant.
func TestLinkKeysDigestsFiltersAndSSOIds(t *testing.T) {
	d := Default()
	table := func(name string, pk ...string) *schema.Table {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: name}}
		if len(pk) > 0 {
			tb.PrimaryKey = &schema.Key{Columns: pk}
		}
		return tb
	}
	col := func(tb *schema.Table, column string, values []string) ColumnClass {
		return d.Column(tb, &schema.Column{Name: column, Type: tText}, observed(values...))
	}
	for _, tc := range []struct {
		table, column string
	}{
		{"invitations", "invitation_id"},
		{"team_invitations", "invitation_id"},
		{"shared_links", "slug"},
		{"documents_sharelink", "slug"},
		{"magic_links", "key"},
	} {
		got := col(table(tc.table, "id"), tc.column, repeat(40, keyOf(tc.table, 32)))
		require.Equal(t, Secret, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
		if tc.column == "slug" { // invitation_id and key: the dictionary's weak names
			require.Contains(t, got.Evidence[0].Message, "links that let whoever holds one in")
		}
	}
	for _, tc := range []struct {
		tb     *schema.Table
		column string
		values []string
	}{
		{table("invitations", "id"), "id", repeat(40, keyOf("pk", 21))}, // the row's own key
		{table("shares", "id"), "slug", repeat(40, keyOf("stock", 20))}, // a company's shares
		{table("links", "id"), "slug", repeat(40, keyOf("page", 20))},   // a page's links
		{table("invitations", "id"), "slug", repeat(40, func(i int) string { return fmt.Sprintf("team-%d-invite", i) })},
	} {
		got := col(tc.tb, tc.column, tc.values)
		require.NotEqual(t, Secret, got.Category, "%s.%s: %+v", tc.tb.Name.Name, tc.column, got.Evidence)
	}

	digest := d.Column(table("totp_recovery_codes", "id"), &schema.Column{Name: "code_digest", Type: tBytea}, nil)
	require.Equal(t, Secret, digest.Category, "%+v", digest.Evidence)
	file := d.Column(table("files", "id"), &schema.Column{Name: "content_digest", Type: tBytea}, nil)
	require.Equal(t, None, file.Category, "%+v", file.Evidence)

	for _, c := range []string{"filter_subject", "filter_body", "subject_filter"} {
		got := d.Column(table("paperless_mail_mailrule", "id"), &schema.Column{Name: c, Type: tText}, nil)
		require.Equal(t, None, got.Category, "%s: %+v", c, got.Evidence)
	}
	for _, c := range []string{"sso_identity_id", "ssoId", "saml_user_id"} {
		got := d.Column(table("users", "id"), &schema.Column{Name: c, Type: tText}, nil)
		require.Equal(t, DirectIdentifier, got.Category, "%s: %+v", c, got.Evidence)
	}

	code := d.Column(table("email_verification_codes", "id"), &schema.Column{Name: "code", Type: tInt}, nil)
	require.Equal(t, Secret, code.Category, "%+v", code.Evidence)
	require.Equal(t, "constant", code.Suggestion.Transform)
	require.Contains(t, code.Evidence[0].Message, "an int4 column cannot hold that")
}

// A token's lifetime, a token row's uuid and a stored secret's name are
// no secrets; an API's auth token named auth is, when its values look
// random. Ids at an identity
// provider or a SCIM target name the person (a group's does not); an
// email's SHA-256 is a quasi-identifier, and notes named medical are
// health data however alike they are.
func TestLifetimesIdsDigestsAndMedicalNotes(t *testing.T) {
	d := Default()
	col := func(table, column string, values []string) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
		if values == nil {
			return d.Column(tb, &schema.Column{Name: column, Type: tText}, nil)
		}
		return d.Column(tb, &schema.Column{Name: column, Type: tText}, observed(values...))
	}
	hexOf := func(tag string) func(int) string {
		return func(i int) string {
			s := sha256.Sum256(fmt.Appendf(nil, "%s%d", tag, i))
			return hex.EncodeToString(s[:16])
		}
	}
	for _, c := range []string{"access_token_validity", "refresh_token_validity", "access_code_validity", "token_lifetime", "token_uuid"} {
		got := col("oauth2provider", c, nil)
		require.NotEqual(t, Secret, got.Category, "%s: %+v", c, got.Evidence)
	}
	got := col("outpost_config", "kubernetes_ingress_secret_name", nil)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	got = col("sms_stage", "auth", repeat(20, hexOf("twilio")))
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	got = col("sms_stage", "auth", repeat(20, func(int) string { return "basic" }))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	require.Equal(t, DirectIdentifier, col("user_oauth_source_connection", "identifier", nil).Category)
	require.Equal(t, None, col("sso_integrations", "identifier", nil).Category, "an integration's own identifier")
	require.Equal(t, None, col("orders", "identifier", nil).Category)
	require.Equal(t, DirectIdentifier, col("scim_provider_user", "scim_id", nil).Category)
	require.Equal(t, None, col("scim_provider_group", "scim_id", nil).Category)

	require.Equal(t, QuasiIdentifier, col("suppressions", "email_sha256", repeat(40, hexOf("mail"))).Category)

	notes := col("event_registrations", "medical_notes", repeat(40, func(i int) string {
		return []string{"Diabetes type 1, carries insulin on the ride", "Knee surgery last spring, rides slowly", "Severe nut allergy, has an EpiPen with him"}[i%3]
	}))
	require.True(t, notes.Category == QuasiIdentifier || notes.Category == FreeText, "%+v", notes.Evidence)
	require.NotNil(t, notes.Suggestion)
	require.NotEqual(t, "", notes.Suggestion.Transform, "health notes are never kept: %+v", notes.Evidence)
}

// The public parameters of a JSON Web Key Set (an RSA key's modulus, a
// key's id) are published; a private key's are not.
func TestJWKSPublicMembers(t *testing.T) {
	mod := strings.Repeat("xK3v9QpLmN2rT8wYzA4bC6dE1fG7hJ5k", 8)
	pub := DetectJSON(fmt.Appendf(nil, `{"keys":[{"kty":"RSA","kid":"Zk1vY2xWb0RnQ2lQc2Z4UVd0","n":"%s","e":"AQAB"}]}`, mod))
	for _, x := range pub {
		require.NotEqual(t, Secret, x.Category, "%+v", x)
	}
	priv := DetectJSON(fmt.Appendf(nil, `{"keys":[{"kty":"RSA","n":"%s","e":"AQAB","d":"%s"}]}`, mod, mod[3:]+"Q"))
	found := false
	for _, x := range priv {
		found = found || x.Category == Secret && x.Path == "$.keys[*].d"
	}
	require.True(t, found, "%+v", priv)
}

// A colour after a name describes it (an avatar's colour is no photo), a
// password's hint is a secret (people write the password in it), and a
// user's object id at Entra ID names the person.
func TestColoursHintsAndEntraIds(t *testing.T) {
	col := categoryByName
	require.Equal(t, None, col("users", "avatar_color"))
	require.Equal(t, DirectIdentifier, col("users", "avatar"))
	require.Equal(t, Secret, col("users", "password_hint"))
	require.Equal(t, Secret, col("user_login", "PASSWORD_HINT"))
	for _, c := range []string{"entra_object_id", "aadObjectId", "azure_object_id"} {
		require.Equal(t, DirectIdentifier, col("entra_user_map", c), c)
	}
}

// A value column takes the secret its table is named for (tokens.value),
// unless MinValues sampled values or more hold nothing a secret looks
// like (OpenProject's tokens.data: JSON of the token's name).
func TestTableValueOverruledByValues(t *testing.T) {
	d := Default()
	tokens := &schema.Table{Name: schema.Name{Schema: "public", Name: "tokens"}}
	data := d.Column(tokens, &schema.Column{Name: "data", Type: tText}, observed(repeat(25, func(i int) string {
		return fmt.Sprintf(`{"name": "%s"}`, []string{"n8n", "Power BI", "CI pipeline", "Grafana"}[i%4])
	})...))
	require.Equal(t, None, data.Category, "%+v", data.Evidence)
	value := d.Column(tokens, &schema.Column{Name: "value", Type: tText}, observed(repeat(25, func(i int) string {
		s := sha256.Sum256(fmt.Appendf(nil, "tok%d", i))
		return base64.RawURLEncoding.EncodeToString(s[:])
	})...))
	require.Equal(t, Secret, value.Category, "%+v", value.Evidence)
	require.Equal(t, Secret, d.Column(tokens, &schema.Column{Name: "data", Type: tText}, nil).Category, "no sample: the table's name decides")
	leaver := d.Column(&schema.Table{Name: schema.Name{Schema: "ops", Name: "leavers"}}, &schema.Column{Name: "last_working_day", Type: builtin("date", "D")}, nil)
	require.Equal(t, QuasiIdentifier, leaver.Category)
}

// A recovery code's hash, in a table named for recovery codes, is that
// code's digest, as its digest is; a file's hash is no one's.
func TestRecoveryCodeHash(t *testing.T) {
	for _, c := range []string{"code_hash", "code_digest", "digest"} {
		got := Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "recovery_codes"}}, &schema.Column{Name: c, Type: tText}, nil)
		require.Equal(t, Secret, got.Category, "%s: %+v", c, got.Evidence)
	}
	got := Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "files"}}, &schema.Column{Name: "file_hash", Type: tText}, nil)
	require.NotEqual(t, Secret, got.Category, "%+v", got.Evidence)
}

// A drawn signature kept as a data URL in a text column is the image a
// bytea column would hold; an empty one leaves the type to say no.
func TestImageDataURLIsTheImage(t *testing.T) {
	d := Default()
	sheet := &schema.Table{Name: schema.Name{Schema: "public", Name: "c_attendance_sheet"}, PrimaryKey: &schema.Key{Columns: []string{"id"}}}
	sig := &schema.Column{Name: "signature", Type: tText}
	images := observed(repeat(20, func(i int) string {
		return fmt.Sprintf("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAADI%04dSQLYtE", i)
	})...)
	got := d.Column(sheet, sig, images)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, 20, images.Matches[DetectorImageData])

	got = d.Column(sheet, sig, observed("approved", "pending", "approved"))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Contains(t, got.Evidence[0].Message, "a text column cannot hold that")
}

// A disk's recovery key unlocks it, whatever its digits look like; a
// forum's poster name is whoever posted.
func TestRecoveryKeysAndPosterNames(t *testing.T) {
	col := categoryByName
	for _, c := range []string{"bitlocker_recovery_key", "recoveryKey", "recovery_password", "filevault_recovery_key"} {
		require.Equal(t, Secret, col("laptops", c), c)
	}
	require.Equal(t, DirectIdentifier, col("c_forum_thread", "thread_poster_name"))
	require.Equal(t, DirectIdentifier, col("phpbb_posts", "poster_name"))
	require.NotEqual(t, Secret, col("laptops", "recovery_key_id"), "the key's id at the directory is no key")
}

// A vendor's support line is published for whoever calls; a person's
// phone, or a support line whose values hold people's names, is not kept.
func TestSupportLinesArePublic(t *testing.T) {
	d := Default()
	vendors := &schema.Table{Name: schema.Name{Schema: "itops", Name: "vendor_contacts"}}
	phones := repeat(12, func(i int) string { return fmt.Sprintf("+44 20 7946 %04d", 100+i) })
	for _, c := range []string{"support_line", "hotline", "serviceHotline", "helpdesk_phone", "support_phone_number"} {
		got := d.Column(vendors, &schema.Column{Name: c, Type: tText}, observed(phones...))
		require.Equal(t, None, got.Category, "%s: %+v", c, got.Evidence)
	}
	for _, c := range []string{"mobile", "phone", "support_email"} {
		got := d.Column(vendors, &schema.Column{Name: c, Type: tText}, observed(phones...))
		require.NotEqual(t, None, got.Category, "%s: %+v", c, got.Evidence)
	}
	named := repeat(12, func(i int) string { return fmt.Sprintf("Priya Sharma +44 20 7946 %04d", 100+i) })
	got := d.Column(vendors, &schema.Column{Name: "support_line", Type: tText}, observed(named...))
	require.NotEqual(t, None, got.Category, "%+v", got.Evidence)
}

// A staff directory is about its staff: their department and office say
// where they work, their role title what they do, their day rate what
// they earn. A meeting room's address and phone are the premises'.
func TestStaffDirectoriesAndRooms(t *testing.T) {
	d := Default()
	col := categoryByName
	require.Equal(t, QuasiIdentifier, col("staff_directory", "department"))
	require.Equal(t, QuasiIdentifier, col("staff_directory", "office"))
	require.Equal(t, QuasiIdentifier, col("staff", "role_title"))
	require.Equal(t, None, col("roles", "role_title"), "a role's title is no one's")
	require.Equal(t, None, col("offices", "office"), "not a table about people")
	require.Equal(t, DirectIdentifier, col("model_release", "signature_svg"))
	require.Equal(t, None, col("pages", "host_ip"))

	staff := &schema.Table{Name: schema.Name{Schema: "studio", Name: "staff"}}
	rate := d.Column(staff, &schema.Column{Name: "day_rate_eur", Type: tInt}, nil)
	require.Equal(t, QuasiIdentifier, rate.Category, "%+v", rate.Evidence)
	tasks := &schema.Table{Name: schema.Name{Schema: "public", Name: "tasks"}}
	require.Equal(t, None, d.Column(tasks, &schema.Column{Name: "day_rate", Type: tInt}, nil).Category, "a task's price")

	rooms := &schema.Table{Name: schema.Name{Schema: "team", Name: "meeting_rooms"}}
	phones := repeat(9, func(i int) string { return fmt.Sprintf("+44 113 496 %04d", 100+i) })
	got := d.Column(rooms, &schema.Column{Name: "phone", Type: tText}, observed(phones...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	// A preferred name is most often a given name alone.
	dir := &schema.Table{Name: schema.Name{Schema: "team", Name: "staff_directory"}}
	got = d.Column(dir, &schema.Column{Name: "preferred_name", Type: tText}, observed("Sam", "Priya", "Jo", "Kwame", "Lena", "Tom"))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// What monitoring and network configuration keep: key files' names, not
// keys; a certificate's subject; masks and routers; a server's MAC
// address. A pre-shared key and an SNMP community are secrets, and so is
// a column of real private keys.
func TestMachinesAndKeyFiles(t *testing.T) {
	d := Default()
	items := &schema.Table{Name: schema.Name{Schema: "public", Name: "items"}}
	files := observed(repeat(24, func(i int) string {
		return []string{"id_ed25519", "deploy_ed25519.pub", "/etc/zabbix/keys/agent.pem"}[i%3]
	})...)
	got := d.Column(items, &schema.Column{Name: "privatekey", Type: tText}, files)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Equal(t, Secret, d.Column(items, &schema.Column{Name: "privatekey", Type: tText}, nil).Category)

	col := categoryByName
	require.Equal(t, Secret, col("hosts", "tls_psk"))
	require.Equal(t, None, col("hosts", "tls_psk_identity"))
	require.Equal(t, Secret, col("dchecks", "snmp_community"))
	require.Equal(t, None, col("hosts", "tls_subject"))
	require.Equal(t, None, col("host_inventory", "host_netmask"))
	require.Equal(t, None, col("host_inventory", "oob_ip"))
	require.Equal(t, None, col("hosts", "proxy_address"))
	require.Equal(t, None, col("config", "login_block"))
	require.Equal(t, DirectIdentifier, col("clients", "kvk_number"))
	require.Equal(t, DirectIdentifier, col("staff", "citizen_number"))

	macs := observed(repeat(20, func(i int) string { return fmt.Sprintf("00:1a:2b:3c:4d:%02x", i) })...)
	servers := &schema.Table{Name: schema.Name{Schema: "public", Name: "server_interfaces"}}
	got = d.Column(servers, &schema.Column{Name: "mac_address", Type: tText}, macs)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	devices := &schema.Table{Name: schema.Name{Schema: "public", Name: "user_devices"}}
	got = d.Column(devices, &schema.Column{Name: "mac_address", Type: tText}, macs)
	require.Equal(t, QuasiIdentifier, got.Category, "a person's phone's card: %+v", got.Evidence)

	// A directory run into its word (Zabbix's userdirectory) is not a
	// table of users; staff_directory is one of staff.
	dirs := &schema.Table{Name: schema.Name{Schema: "public", Name: "userdirectory"}}
	require.Equal(t, None, d.Column(dirs, &schema.Column{Name: "name", Type: tText}, nil).Category)
}

// In a table about people, when they started and left is their hire and
// termination date; a task's or a campaign's is not. A Slack member id
// names a person. A survey's placeholder is the form's example.
func TestStartDatesSlackIdsAndPlaceholders(t *testing.T) {
	d := Default()
	for _, tc := range []struct {
		table, column string
		want          Category
	}{
		{"staff", "start_date", QuasiIdentifier},
		{"glpi_users", "end_date", QuasiIdentifier},
		{"employees", "started_on", QuasiIdentifier},
		{"tasks", "start_date", None},
		{"campaigns", "end_date", None},
	} {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: tc.table}}
		got := d.Column(tb, &schema.Column{Name: tc.column, Type: tDate}, nil)
		require.Equal(t, tc.want, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
	}
	require.Equal(t, DirectIdentifier, categoryByName("staff", "slack_member_id"))
	require.Equal(t, DirectIdentifier, categoryByName("integrations", "slackUserId"))
	require.Equal(t, None, categoryByName("incidents", "slack_channel_id"))

	survey := &schema.Table{Name: schema.Name{Schema: "public", Name: "Survey"}}
	r, questions := &sampler{}, &ColumnSample{}
	for i := range 20 {
		v := fmt.Sprintf(`[{"id":"q%d","type":"openText","headline":{"default":"What is your email?"},"placeholder":{"default":"jane%d@example.com"}}]`, i, i)
		r.observe(questions, kindJSON, []byte(v), nil)
	}
	got := d.Column(survey, &schema.Column{Name: "questions", Type: tJSONB}, questions)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Equal(t, 20, questions.Paths["$[*].placeholder.default"].Matches[DetectorEmail], "the detector still sees them")
}

// A column of salutations is a person's gender, whatever its name: a
// name prefix, a civility, a title of courtesy. Language codes, state
// codes and a cache's misses are not.
func TestSalutations(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "customer_entity"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tVarch}, cs)
	}
	forms := []string{"Mr", "Ms", "Frau", "Herr", "Mme", "M.", "Sra.", "Dhr.", "Mrs.", "Dr."}
	salutations := observed(repeat(40, func(i int) string { return forms[i%len(forms)] })...)
	for _, name := range []string{"prefix", "civility", "title_of_courtesy", "customer_prefix"} {
		got := col(name, salutations)
		require.Equal(t, QuasiIdentifier, got.Category, "%s: %+v", name, got.Evidence)
		require.Equal(t, "gender", got.Suggestion.Transform, name)
		require.True(t, hasEvidence(got, DetectorSalutation), name)
	}
	codes := []string{"fr", "de", "FR", "MS", "DR", "en", "miss", "hit", "M", "F"}
	got := col("prefix", observed(repeat(40, func(i int) string { return codes[i%len(codes)] })...))
	require.False(t, hasEvidence(got, DetectorSalutation), "%+v", got.Evidence)
	// A few among other words decide nothing.
	few := observed(repeat(40, func(i int) string {
		if i%5 == 0 {
			return "Dr."
		}
		return fmt.Sprintf("batch %d", i)
	})...)
	require.Equal(t, None, col("prefix", few).Category)
	// A lookup table of the forms themselves (PrestaShop's gender_lang,
	// a dozen rows) is what people pick from, not anyone's.
	lookup := &schema.Table{Name: schema.Name{Schema: "public", Name: "ps_gender_lang"}, RowEstimate: 12}
	got = d.Column(lookup, &schema.Column{Name: "name", Type: tVarch}, observed(forms...))
	require.False(t, got.Category == QuasiIdentifier && hasEvidence(got, DetectorSalutation), "%+v", got.Evidence)
	people := &schema.Table{Name: schema.Name{Schema: "public", Name: "customers"}, RowEstimate: 12}
	got = d.Column(people, &schema.Column{Name: "prefix", Type: tVarch}, observed(forms...))
	require.Equal(t, QuasiIdentifier, got.Category, "a small table of people: %+v", got.Evidence)
}

// What people typed into a search box holds, a few at a time, the email,
// phone or name of the person someone looked for: one value in ten of
// them, whatever the kind, makes the column free text to scrub.
func TestTypedSearch(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "search_logs"}}
	col := func(name string, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: tVarch}, cs)
	}
	words := []string{"zigbee channel", "firmware rollback", "warranty", "rma", "dark mode", "power supply 12v", "reset hub"}
	searches := func(people int) *ColumnSample {
		return observed(repeat(200, func(i int) string {
			switch {
			case i < people:
				return fmt.Sprintf("%s.%s%d@example.org", strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[i%8]), i)
			case i < 2*people:
				return givenNames[i%8] + " " + surnames[(i+3)%8]
			}
			return words[i%len(words)]
		})...)
	}
	for _, name := range []string{"term", "query_text", "search", "keywords", "searchQuery"} {
		got := col(name, searches(12))
		require.Equal(t, FreeText, got.Category, "%s: %+v", name, got.Evidence)
		require.Equal(t, "scrub_text", got.Suggestion.Transform, name)
		require.True(t, hasEvidence(got, DetectorTypedSearch), name)
	}
	// Under one value in ten: noise.
	require.False(t, hasEvidence(col("term", searches(9)), DetectorTypedSearch))
	// A name that says something else: the usual thresholds.
	require.False(t, hasEvidence(col("label", searches(12)), DetectorTypedSearch))
}

// A JSON key named like personal data whose every value is a flag says
// whether something applies: an admin's collapsed config sections.
func TestFlagsUnderAJSONKey(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "admin_user"}}
	r, flags, countries := &sampler{}, &ColumnSample{}, &ColumnSample{}
	for i := range 10 {
		r.observe(flags, kindJSON, fmt.Appendf(nil, `{"configState": {"general_country": "%d", "web_secure": "0"}}`, i%2), nil)
		r.observe(countries, kindJSON, fmt.Appendf(nil, `{"profile": {"country": "%s"}}`, []string{"DE", "FR", "NL"}[i%3]), nil)
	}
	got := d.Column(tb, &schema.Column{Name: "extra", Type: tJSONB}, flags)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidenceMessage(got, "have a flag there"), "%+v", got.Evidence)
	got = d.Column(tb, &schema.Column{Name: "extra", Type: tJSONB}, countries)
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
}

// A template's text is the copy every recipient gets: the reply-to
// mailbox beside it does not make it about a person, as a sent mail's
// recipient does.
func TestTemplateTableText(t *testing.T) {
	prose := repeat(40, func(i int) string {
		things := []string{"proposal", "workshop", "poster", "lightning talk", "panel", "tutorial", "keynote", "demo"}
		whens := []string{"within two weeks", "before the schedule is published", "by Friday", "as soon as you can", "before the deadline"}
		return fmt.Sprintf("Your %s for the conference has been accepted, please confirm the slot %s", things[i%8], whens[i%5])
	})
	classes := func(table string) map[string]ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}, RowEstimate: 40}
		for _, c := range []string{"reply_to", "body"} {
			tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: tText})
		}
		body := observed(prose...)
		body.Column = "body"
		s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{
			{Column: "reply_to", NonNull: 40, Identifiers: 40, Matches: map[string]int{DetectorEmail: 40}}, body,
		}}}}
		out := map[string]ColumnClass{}
		for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, s) {
			out[c.Column] = c
		}
		return out
	}
	got := classes("mail_mailtemplate")["body"]
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// Nor does it make a name that says copy (meta_description) about them.
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "components_shared_seos"}, RowEstimate: 40}
	for _, c := range []string{"contact_email", "meta_description"} {
		tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: tText})
	}
	meta := observed(prose...)
	meta.Column = "meta_description"
	s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{
		{Column: "contact_email", NonNull: 40, Identifiers: 40, Matches: map[string]int{DetectorEmail: 40}}, meta,
	}}}}
	for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, s) {
		if c.Column == "meta_description" {
			require.Equal(t, None, c.Category, "%+v", c.Evidence)
		}
	}
	got = classes("queued_mails")["body"]
	require.Equal(t, FreeText, got.Category, "%+v", got.Evidence)
}

// A pickled list of addresses (a mailing list's nonmembers) keeps them in
// its bytes: the strings of binary values are read for emails, IBANs and
// cards, and three of them in one value in twenty make the column a
// direct identifier, replaced whole. An image's bytes hold none.
func TestIdentifiersInBinaryStrings(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "mailinglist"}}
	pickle := func(addrs ...string) []byte {
		b := []byte{0x80, 0x04, 0x95, 0x40, 0, 0, 0, 0, 0, 0, 0, ']', 0x94, '('}
		for _, a := range addrs {
			b = append(b, 0x8c, byte(len(a)))
			b = append(b, a...)
			b = append(b, 0x94)
		}
		return append(b, 'e', '.')
	}
	hexOf := func(b []byte) []byte { return []byte(`\x` + hex.EncodeToString(b)) }
	observe := func(values ...[]byte) *ColumnSample {
		r, cs := &sampler{}, &ColumnSample{}
		for _, v := range values {
			r.observe(cs, kindBytea, hexOf(v), nil)
		}
		return cs
	}
	var lists [][]byte
	for i := range 20 {
		if i%4 == 0 {
			lists = append(lists, pickle(fmt.Sprintf("%s.%s@example.org", strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[i%8])), `^.*@spam\.example$`))
		} else {
			lists = append(lists, pickle())
		}
	}
	cs := observe(lists...)
	require.Equal(t, 20, cs.Binary)
	require.Equal(t, 5, cs.InBinary[DetectorEmail])
	got := d.Column(tb, &schema.Column{Name: "accept_these_nonmembers", Type: tBytea}, cs)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, DetectorInBinary))
	// Compressed (a heatmap's DOM snapshot, zlib as PHP's gzcompress
	// writes it): read as the text it inflates to, and its people's
	// names and emails make it a direct identifier, replaced whole.
	var snaps [][]byte
	for i := range 20 {
		var buf bytes.Buffer
		w := zlib.NewWriter(&buf)
		fmt.Fprintf(w, `{"rootId":1,"childNodes":[{"tagName":"P","textContent":"Signed in as %s %s, %s.%s@example.dk"}]}`,
			givenNames[i%8], surnames[i%8], strings.ToLower(givenNames[i%8]), strings.ToLower(surnames[i%8]))
		w.Close()
		snaps = append(snaps, buf.Bytes())
	}
	cs = observe(snaps...)
	require.Equal(t, 20, cs.NonNull, "inflated to text")
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "site_hsr"}}, &schema.Column{Name: "page_treemirror", Type: tBytea}, cs)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)
	// Two are chance.
	got = d.Column(tb, &schema.Column{Name: "accept_these_nonmembers", Type: tBytea}, observe(lists[:8]...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	// A PNG's bytes: no string of them is an address.
	png := append([]byte("\x89PNG\r\n\x1a\n"), []byte("IHDR\x00\x00\x01tEXtSoftware\x00GIMP 2.10 IDAT x\x9c")...)
	require.Empty(t, observe(png, png, png).InBinary)
}

// A Message-ID is spelled as an address and names no one.
func TestMessageIDs(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "archived_emails"}}
	ids := observed(repeat(60, func(i int) string {
		return fmt.Sprintf("2023102101%04d.488701-%d@build01.kestrel-linux.example", i, 5000+i)
	})...)
	for _, name := range []string{"message_id", "in_reply_to", "msgid"} {
		got := d.Column(tb, &schema.Column{Name: name, Type: tText}, ids)
		require.Equal(t, None, got.Category, "%s: %+v", name, got.Evidence)
	}
	got := d.Column(tb, &schema.Column{Name: "sender", Type: tText}, ids)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// A weak name (code, key) is confirmed by random-looking values from
// three of them, or half the sample: two among five roles' codes are
// generated suffixes, not keys.
func TestWeakNameNeedsThreeRandomValues(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "admin_roles"}}
	codes := func(n, random int) *ColumnSample {
		return observed(repeat(n, func(i int) string {
			if i < random {
				return fmt.Sprintf("role-%s", keyOf("role", 32)(i))
			}
			return fmt.Sprintf("strapi-role-%c", 'a'+i)
		})...)
	}
	got := d.Column(tb, &schema.Column{Name: "code", Type: tText}, codes(6, 2))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(tb, &schema.Column{Name: "code", Type: tText}, codes(10, 4))
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	got = d.Column(tb, &schema.Column{Name: "code", Type: tText}, codes(2, 2))
	require.Equal(t, Secret, got.Category, "a table of two keys: %+v", got.Evidence)
}

// A table of stored files keeps each file's key in its bucket
// (active_storage_blobs.key): random by design, and no credential, since
// reading the file takes the bucket's own keys. The same values under a
// key of anything else, or a key that names a credential, still are one.
func TestStorageKeyIsNoCredential(t *testing.T) {
	d := Default()
	keys := observed(repeat(40, keyOf("blob", 28))...)
	for _, c := range [][2]string{{"active_storage_blobs", "key"}, {"uploads", "storage_key"}, {"file_attachments", "object_key"}} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: c[0]}}, &schema.Column{Name: c[1], Type: tText}, keys)
		require.Equal(t, None, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.True(t, PublicColumn(c[0], c[1]), "%s.%s", c[0], c[1])
	}
	for _, c := range [][2]string{{"api_keys", "key"}, {"active_storage_blobs", "encryption_key"}, {"attachments", "access_key"}} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: c[0]}}, &schema.Column{Name: c[1], Type: tText}, keys)
		require.Equal(t, Secret, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.False(t, PublicColumn(c[0], c[1]), "%s.%s", c[0], c[1])
	}
}

// Pass 50's names: a commit's committer, a tenant's credit score and the
// end of their right to rent.
func TestCommitterCreditScoreRightToRent(t *testing.T) {
	require.Equal(t, DirectIdentifier, categoryByName("trans_component", "committer_name"))
	require.Equal(t, QuasiIdentifier, categoryByName("reference_checks", "credit_score"))
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "tenants"}}
	got := d.Column(tb, &schema.Column{Name: "right_to_rent_expiry", Type: &schema.Type{Name: "date", Display: "date"}}, nil)
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
}

// A search index in a table of its own (DocuSeal's search_entries) holds
// the words of the rows it indexes: read as text, its emails and phones
// mask it, with a rule a vector can take (null, or the empty vector where
// it may not be NULL). A vector of catalogue copy stays.
func TestSearchIndexVectors(t *testing.T) {
	tsvector := builtin("tsvector", "U")
	kind, sampled := sampleKind(tsvector)
	require.True(t, sampled, "init samples a vector's words")
	require.Equal(t, kindText, kind)
	classify := func(notNull bool, words func(int) string) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "search_entries"}, RowEstimate: 300,
			PrimaryKey: &schema.Key{Name: "search_entries_pkey", Columns: []string{"id"}, Primary: true, Constraint: true},
			Columns:    []*schema.Column{{Name: "id", Type: builtin("int8", "N")}, {Name: "record_type", Type: tText}, {Name: "tsvector", Type: tsvector, NotNull: notNull}}}
		types := observed(repeat(300, func(int) string { return "Submitter" })...)
		types.Column = "record_type"
		vectors := observed(repeat(300, words)...)
		vectors.Column = "tsvector"
		s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{types, vectors}}}}
		for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, s) {
			if c.Column == "tsvector" {
				return c
			}
		}
		t.Fatal("no class for the vector")
		return ColumnClass{}
	}
	people := func(i int) string {
		return fmt.Sprintf("'%d':4 'ada':1 'ada.lovelace%d@example.org':3 'lovelac':2 '+44 7700 900%03d':5", i, i, i%1000)
	}
	got := classify(true, people)
	require.True(t, got.Category.Sensitive(), "%+v", got.Evidence)
	require.Equal(t, "constant", got.Suggestion.Transform)
	require.Equal(t, map[string]string{"value": ""}, got.Suggestion.Params)
	got = classify(false, people)
	require.Equal(t, "null", got.Suggestion.Transform, "%+v", got.Evidence)

	catalogue := func(i int) string { return fmt.Sprintf("'blue':2 'mug':3 'ceram':1 'size%d':4", i%7) }
	got = classify(true, catalogue)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A vector named for one column of its table (Baserow's tsv_field_301 of
// field_301, a title_tsv) holds that column's words alone: masked with a
// column of names, kept with a column of product words, even in a table
// that holds names.
func TestColumnVectors(t *testing.T) {
	tsvector := builtin("tsvector", "U")
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "database_table_41"}, RowEstimate: 300,
		Columns: []*schema.Column{{Name: "id", Type: builtin("int8", "N")}, {Name: "field_301", Type: tText}, {Name: "field_302", Type: tText},
			{Name: "tsv_field_301", Type: tsvector}, {Name: "field_302_tsv", Type: tsvector}}}
	names := observed(repeat(300, func(i int) string { return []string{"Ana Ferreira", "João Silva", "Marta Costa", "Rui Almeida"}[i%4] })...)
	names.Column = "field_301"
	words := observed(repeat(300, func(i int) string { return []string{"mug", "plate", "bowl"}[i%3] })...)
	words.Column = "field_302"
	v1 := observed(repeat(300, func(i int) string { return []string{"'ana':1 'ferreira':2", "'joão':1 'silva':2"}[i%2] })...)
	v1.Column = "tsv_field_301"
	v2 := observed(repeat(300, func(i int) string { return []string{"'mug':1", "'plate':1"}[i%2] })...)
	v2.Column = "field_302_tsv"
	s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{names, words, v1, v2}}}}
	got := map[string]ColumnClass{}
	for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, s) {
		got[c.Column] = c
	}
	require.Equal(t, DirectIdentifier, got["field_301"].Category, "%+v", got["field_301"].Evidence)
	require.Equal(t, DirectIdentifier, got["tsv_field_301"].Category, "%+v", got["tsv_field_301"].Evidence)
	require.Equal(t, "null", got["tsv_field_301"].Suggestion.Transform)
	require.Equal(t, None, got["field_302"].Category)
	require.Equal(t, None, got["field_302_tsv"].Category, "%+v", got["field_302_tsv"].Evidence)
}

// Pass 51: a table whose name says nothing of people (a directory feed)
// holding a given and a family name is about people, and its department
// and start date are theirs; without the family name, they are not.
func TestPeopleByColumns(t *testing.T) {
	classify := func(cols ...string) map[string]ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "servicedesk", Name: "directory_feed"}}
		for _, c := range cols {
			typ := tText
			if strings.HasSuffix(c, "_date") {
				typ = &schema.Type{Name: "date", Display: "date"}
			}
			tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: typ})
		}
		out := map[string]ColumnClass{}
		for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, nil) {
			out[c.Column] = c
		}
		return out
	}
	got := classify("given_name", "family_name", "department", "role_title", "start_date", "source")
	for _, c := range []string{"department", "role_title", "start_date"} {
		require.Equal(t, QuasiIdentifier, got[c].Category, "%s: %+v", c, got[c].Evidence)
		require.True(t, hasDetector(got[c].Evidence, "people_columns"), "%s says why: %+v", c, got[c].Evidence)
	}
	require.Equal(t, None, got["source"].Category)
	got = classify("given_name", "department", "start_date")
	require.Equal(t, None, got["department"].Category, "%+v", got["department"].Evidence)
	require.Equal(t, None, got["start_date"].Category, "%+v", got["start_date"].Evidence)
}

// Pass 51's names: a person's number in a directory, free-form contact
// details, a digest of an IP address and an S/MIME certificate.
func TestPersonNumberContactInfoIPHash(t *testing.T) {
	require.Equal(t, DirectIdentifier, categoryByName("directory_feed", "person_number"))
	require.Equal(t, DirectIdentifier, categoryByName("users", "contact_info"))
	require.Equal(t, DirectIdentifier, categoryByName("users", "smimecertificate"))
	require.Equal(t, QuasiIdentifier, categoryByName("forms_answers", "ip_hash"))
	require.Equal(t, None, categoryByName("documents", "document_number"))
}

// A name column overruled by identifiers of several kinds says which.
func TestOverruledByMixedSaysWhat(t *testing.T) {
	values := repeat(100, func(i int) string {
		if i%2 == 0 {
			return fmt.Sprintf("user%d@example.org", i)
		}
		return []string{"jsmith", "alee", "mgarcia", "tnguyen", "kpatel"}[i%5] + fmt.Sprint(i)
	})
	got := Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}, &schema.Column{Name: "name", Type: tText}, observed(values...))
	require.True(t, got.Category.Sensitive(), "%+v", got.Evidence)
	require.Contains(t, got.Evidence[0].Message, "overruled by the values")
	for _, e := range got.Evidence {
		require.NotRegexp(t, `are [;,]|are $`, e.Message)
	}
	require.Contains(t, got.Evidence[0].Message, "are identifiers of several kinds")
}

// Pass 58: references, coded health data, servers' addresses, and the
// names it added.
func TestReferencesAndClinicalCodes(t *testing.T) {
	d := Default()
	table := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	// A FHIR server's references (Patient/<uuid>) under subject, user and
	// diagnosis: links, whatever the name says.
	refs := &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorReference: 200, DetectorRowKey: 200}}
	for _, c := range [][2]string{{"Condition", "subject"}, {"Login", "user"}, {"Encounter", "diagnosis"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tText}, refs)
		require.Equal(t, None, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.True(t, hasEvidence(got, DetectorReference), "%s.%s", c[0], c[1])
	}
	// A few references among names are not a column of references.
	got := d.Column(table("crew"), &schema.Column{Name: "name", Type: tText}, &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorReference: 20, DetectorPersonName: 180}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	// Coded diagnoses under a name that says nothing: health data.
	got = d.Column(table("Condition"), &schema.Column{Name: "code", Type: tText}, &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorClinicalCode: 200}})
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "mask", got.Suggestion.Transform)
	// An observation's answers are health data; its question is not.
	for _, c := range [][2]string{{"obs", "value_numeric"}, {"Observation", "valueQuantity"}} {
		require.Equal(t, QuasiIdentifier, d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tNum}, nil).Category, "%s.%s", c[0], c[1])
	}
	require.Equal(t, None, d.Column(table("obs"), &schema.Column{Name: "concept_id", Type: tInt}, nil).Category)
	require.Equal(t, None, d.Column(table("settings"), &schema.Column{Name: "value_numeric", Type: tNum}, nil).Category)
	coded := d.Column(table("obs"), &schema.Column{Name: "value_coded", Type: tInt}, nil)
	require.Equal(t, QuasiIdentifier, coded.Category)
	require.Equal(t, "null", coded.Suggestion.Transform, "a reference into the concepts: null keeps the key valid")
	// A replica's relay address is a server's.
	got = d.Column(table("replicas"), &schema.Column{Name: "relay_address", Type: tText}, &ColumnSample{NonNull: 20, Matches: map[string]int{DetectorServerAddress: 20}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(table("customers"), &schema.Column{Name: "address", Type: tText}, &ColumnSample{NonNull: 40, Matches: map[string]int{DetectorStreetAddress: 38}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, None, categoryByName("webpush_subscriptions", "endpoint_p256dh_key"))
	require.Equal(t, Secret, categoryByName("webpush_subscriptions", "endpoint_auth_key"))
	require.Equal(t, Secret, categoryByName("oauth2_provider_app_tokens", "refresh_hash"))
	require.Equal(t, DirectIdentifier, categoryByName("users", "github_com_user_id"))
	require.Equal(t, QuasiIdentifier, categoryByName("organizations", "display_name"))
	require.Equal(t, None, categoryByName("channels", "display_name"))
	require.Equal(t, QuasiIdentifier, categoryByName("person", "dead"))
	require.Equal(t, None, categoryByName("processes", "dead"))
}

// Pass 59: a health table's yes/no answers, an outbreak's records about a
// person, birth dates in parts, attributes as references to code values.
func TestHealthAnswersAndRecords(t *testing.T) {
	d := Default()
	table := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	answers := &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorAnswer: 200}}
	for _, c := range [][2]string{{"symptoms", "fever"}, {"healthconditions", "diabetes"}, {"hospitalization", "intensivecareunit"}, {"medical_history", "asthma"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tText}, answers)
		require.Equal(t, QuasiIdentifier, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.True(t, hasEvidence(got, "health_answer"), "%s.%s", c[0], c[1])
	}
	require.Equal(t, QuasiIdentifier, d.Column(table("symptoms"), &schema.Column{Name: "symptomatic", Type: tBool}, nil).Category)
	// How the row is kept is no answer about its subject; a server's
	// health check is no person's health; answers outside a health table
	// are settings.
	require.Equal(t, None, d.Column(table("symptoms"), &schema.Column{Name: "deleted", Type: tBool}, nil).Category)
	require.Equal(t, None, d.Column(table("health_checks"), &schema.Column{Name: "passing", Type: tText}, answers).Category)
	require.Equal(t, None, d.Column(table("settings"), &schema.Column{Name: "newsletter", Type: tText}, answers).Category)
	// A few answers among prose are not a column of answers.
	got := d.Column(table("symptoms"), &schema.Column{Name: "remarks", Type: tText}, &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorAnswer: 20, DetectorProse: 180}})
	require.NotEqual(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	for _, c := range [][2]string{{"person", "birthdate_dd"}, {"person", "birthdate_yyyy"}, {"externalmessage", "personbirthdatedd"}, {"person", "approximateage"},
		{"civicrm_contact", "gender_id"}, {"m_client", "gender_cv_id"}} {
		require.Equal(t, QuasiIdentifier, d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tInt}, nil).Category, "%s.%s", c[0], c[1])
	}
	require.Equal(t, None, d.Column(table("genders"), &schema.Column{Name: "gender_id", Type: tInt}, nil).Category, "a lookup's own key")
	for _, c := range [][2]string{{"person", "causeofdeath"}, {"cases", "disease"}, {"cases", "vaccinationstatus"}, {"person", "occupationtype"}, {"dt_client_kyc", "education_level"}} {
		require.Equal(t, QuasiIdentifier, categoryByName(c[0], c[1]), "%s.%s", c[0], c[1])
	}
	require.Equal(t, DirectIdentifier, categoryByName("person", "nationalhealthid"))
	require.Equal(t, DirectIdentifier, categoryByName("events", "srcfirstname"), "src is source")
	require.Equal(t, Secret, categoryByName("users", "seed"))
	require.Equal(t, None, categoryByName("lime_survey_254816", "seed"), "a survey's randomization seed")
	// A facility's address is public; its contact person's phone is not.
	phones := &ColumnSample{NonNull: 20, Matches: map[string]int{DetectorPhone: 20}}
	require.Equal(t, None, d.Column(table("facility"), &schema.Column{Name: "phone", Type: tText}, phones).Category)
	require.Equal(t, DirectIdentifier, d.Column(table("facility"), &schema.Column{Name: "contactpersonphone", Type: tText}, phones).Category)
}

// Pass 60: a row's own key named for its table, ids at game platforms,
// and Compiere's names.
func TestOwnKeysAndPlatformIDs(t *testing.T) {
	d := Default()
	table := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	uuids := &ColumnSample{NonNull: 40, Matches: map[string]int{DetectorUUID: 40, DetectorRowKey: 40}}
	for _, c := range [][2]string{{"c_bp_bankaccount", "c_bp_bankaccount_uu"}, {"ad_password_history", "ad_password_history_uu"}, {"ad_note", "ad_note_uu"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tVarch}, uuids)
		require.Equal(t, None, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
	}
	got := d.Column(table("c_bp_bankaccount"), &schema.Column{Name: "c_bp_bankaccount_uu", Type: tVarch}, uuids)
	require.True(t, hasEvidence(got, "own_key"), "named for a bank account, kept as the row's key: %+v", got.Evidence)
	require.Equal(t, DirectIdentifier, categoryByName("c_bp_bankaccount", "accountno"), "the table's other columns are read as before")
	for _, col := range []string{"steam_id", "apple_id", "gamecenter_id", "facebook_instant_game_id"} {
		require.Equal(t, DirectIdentifier, categoryByName("users", col), col)
	}
	require.Equal(t, Secret, categoryByName("c_bp_bankaccount", "creditcardvv"))
	require.Equal(t, Secret, categoryByName("ad_session", "websession"))
	require.Equal(t, DirectIdentifier, categoryByName("c_bp_bankaccount", "a_ident_dl"))
	require.Equal(t, DirectIdentifier, categoryByName("hr_employee", "nationalcode"))
	require.Equal(t, DirectIdentifier, categoryByName("hr_employee", "sscode"))
	require.Equal(t, None, categoryByName("products", "nationalcode"), "a product's national code is no person's")
}

// Pass 61: a person's attributes as references, a lookup's labels, which
// address a state is of, schools' public addresses, a health record's
// finding, and other names.
func TestAttributeReferencesAndLookups(t *testing.T) {
	d := Default()
	table := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	for _, c := range [][2]string{{"students", "ethnicity_id"}, {"staff", "ethnicity_id"}, {"person", "race_id"}, {"contact", "religion_id"}, {"person", "citizenship_id"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tInt}, nil)
		require.Equal(t, QuasiIdentifier, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
		require.Equal(t, "null", got.Suggestion.Transform, "%s.%s: null keeps the reference valid", c[0], c[1])
	}
	require.Equal(t, None, d.Column(table("ethnicity"), &schema.Column{Name: "ethnicity_id", Type: tInt}, nil).Category, "a lookup's own key")

	// A lookup's label is no person's; a company's name in a table of
	// companies is not a lookup's.
	lookup := &schema.Table{Name: schema.Name{Schema: "public", Name: "ethnicity"}, RowEstimate: 7}
	require.Equal(t, None, d.Column(lookup, &schema.Column{Name: "ethnicity_name", Type: tText}, nil).Category)
	for _, n := range []int64{4000, 3} {
		companies := &schema.Table{Name: schema.Name{Schema: "public", Name: "tabCompany"}, RowEstimate: n}
		require.Equal(t, QuasiIdentifier, d.Column(companies, &schema.Column{Name: "company_name", Type: tText}, nil).Category, "%d companies", n)
	}

	// Which address a state is of: openSIS's staff_address.
	addr := &schema.Table{Name: schema.Name{Schema: "public", Name: "staff_address"}}
	for _, n := range []string{"staff_address1_primary", "staff_city_primary", "staff_state_primary", "staff_state_mail", "staff_zip_primary"} {
		addr.Columns = append(addr.Columns, &schema.Column{Name: n, Type: tText})
	}
	for _, n := range []string{"staff_state_primary", "staff_state_mail", "home_state"} {
		got := d.Column(addr, &schema.Column{Name: n, Type: tText}, nil)
		require.Equal(t, QuasiIdentifier, got.Category, "%s: %+v", n, got.Evidence)
		require.Equal(t, "state", got.Suggestion.Transform, n)
	}
	for _, n := range []string{"state_changed", "workflow_state"} {
		require.NotEqual(t, QuasiIdentifier, d.Column(addr, &schema.Column{Name: n, Type: tText}, nil).Category, n)
	}
	// In a table of people that holds an address, user_state reads as the
	// address's state, and a workflow's states in it are still kept.
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}, Columns: []*schema.Column{{Name: "street", Type: tText}, {Name: "zip", Type: tText}}}
	statuses := &ColumnSample{NonNull: 200, Matches: map[string]int{DetectorStatus: 200}}
	got := d.Column(users, &schema.Column{Name: "user_state", Type: tText}, statuses)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(users, &schema.Column{Name: "user_state", Type: tText}, &ColumnSample{NonNull: 200})
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)

	// A school's address and phone are public.
	phones := &ColumnSample{NonNull: 20, Matches: map[string]int{DetectorPhone: 20}}
	require.Equal(t, None, d.Column(table("schools"), &schema.Column{Name: "phone", Type: tText}, phones).Category)
	require.Equal(t, None, d.Column(table("schools"), &schema.Column{Name: "zipcode", Type: tText}, nil).Category)

	// A health record's title or reason is health data, however short;
	// outside a table about health it is not.
	short := &ColumnSample{NonNull: 60}
	for _, c := range [][2]string{{"student_medical_alerts", "title"}, {"student_medical_visits", "reason"}, {"hospitalization", "hospitalizationreason"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tText}, short)
		require.Equal(t, QuasiIdentifier, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
	}
	require.Equal(t, None, d.Column(table("refunds"), &schema.Column{Name: "reason", Type: tText}, short).Category)

	// Names: who may enrol is no one's gender; the name a student goes by
	// is theirs; a person's number in another register identifies them.
	require.Equal(t, None, categoryByName("course_periods", "gender_restriction"))
	require.Equal(t, QuasiIdentifier, categoryByName("course_periods", "gender"))
	require.Equal(t, DirectIdentifier, categoryByName("students", "common_name"))
	require.Equal(t, None, categoryByName("certificates", "common_name"), "a certificate's common name is a host's")
	require.Equal(t, DirectIdentifier, categoryByName("students", "alt_id"))
	require.Equal(t, DirectIdentifier, categoryByName("staff", "alternate_id"))
	require.Equal(t, None, categoryByName("products", "alt_id"))
}

// Pass 62: a group's image is its logo, a year of birth, a wallet's
// payment pointer, a person's key in the system they came from.
func TestGroupLogosAndBirthYears(t *testing.T) {
	d := Default()
	table := func(name string) *schema.Table { return &schema.Table{Name: schema.Name{Schema: "public", Name: name}} }
	for _, c := range [][2]string{{"teams", "avatarUrl"}, {"namespaces", "avatar"}, {"projects", "avatar"}, {"organizations", "profile_image"}, {"groups", "avatar_url"}} {
		got := d.Column(table(c[0]), &schema.Column{Name: c[1], Type: tText}, nil)
		require.Equal(t, None, got.Category, "%s.%s: %+v", c[0], c[1], got.Evidence)
	}
	// A member's photo in a group, and a person's, stay masked; so does a
	// logo whose file is named after someone.
	for _, c := range [][2]string{{"userWorkspace", "defaultAvatarUrl"}, {"team_members", "photo"}, {"users", "avatar"}, {"teams", "owner_avatar"}} {
		require.Equal(t, DirectIdentifier, categoryByName(c[0], c[1]), "%s.%s", c[0], c[1])
	}
	named := &ColumnSample{NonNull: 30, Matches: map[string]int{DetectorNameSlug: 30}, Embedded: map[string]int{DetectorNameSlug: 30}}
	require.NotEqual(t, None, d.Column(table("organizations"), &schema.Column{Name: "logo", Type: tText}, named).Category)

	require.Equal(t, QuasiIdentifier, d.Column(table("auth_userprofile"), &schema.Column{Name: "year_of_birth", Type: tInt}, nil).Category)
	require.Equal(t, DirectIdentifier, categoryByName("users", "payment_pointer"))
	require.Equal(t, DirectIdentifier, categoryByName("program_enrollments_programenrollment", "external_user_key"))
}

// sampledBy samples the columns of the model's tables from rows of
// values, a row per map (an absent column is NULL in it).
func sampledBy(m *schema.Model, rows map[string][]map[string]string) *Samples {
	s := &Samples{}
	for _, tb := range m.Tables {
		ts := &TableSample{Table: tb.Name, Rows: len(rows[tb.Name.Name])}
		for _, c := range tb.Columns {
			var values []string
			for _, row := range rows[tb.Name.Name] {
				if v, ok := row[c.Name]; ok {
					values = append(values, v)
				}
			}
			cs := observed(values...)
			cs.Column = c.Name
			ts.Columns = append(ts.Columns, cs)
		}
		s.Tables = append(s.Tables, ts)
	}
	return s
}

// An address whose recipient's name is empty in every row and whose
// organisation is set is an organisation's premises (Drupal's address
// field on a store, a venue page): kept. A name in one row makes it a
// person's, and a table about people keeps its rules whatever its rows.
func TestOrganisationsAddress(t *testing.T) {
	cols := []string{"entity_id", "field_address_langcode", "field_address_locality", "field_address_postal_code",
		"field_address_address_line1", "field_address_organization", "field_address_given_name", "field_address_family_name"}
	venue := func(i int) map[string]string {
		return map[string]string{"entity_id": fmt.Sprint(i), "field_address_langcode": "fr", "field_address_locality": "Anderlecht",
			"field_address_postal_code": "1070", "field_address_address_line1": fmt.Sprintf("Rue Heyvaert %d", 10+i),
			"field_address_organization": fmt.Sprintf("Maison de quartier %d", i)}
	}
	var venues, shipped []map[string]string
	for i := range 30 {
		venues = append(venues, venue(i))
		v := venue(i)
		if i == 7 {
			v["field_address_given_name"], v["field_address_family_name"] = "Amina", "El Idrissi"
		}
		shipped = append(shipped, v)
	}
	m := modelOf(append([]string{"node__field_address"}, cols...), append([]string{"parcel__field_address"}, cols...),
		append([]string{"customer__field_address"}, cols...))
	s := sampledBy(m, map[string][]map[string]string{"node__field_address": venues, "parcel__field_address": shipped, "customer__field_address": venues})
	got := classesByColumn(Default().Classify(m, s))
	for _, c := range []string{"field_address_locality", "field_address_postal_code", "field_address_address_line1", "field_address_organization", "field_address_langcode"} {
		cc := got["node__field_address."+c]
		require.Equal(t, None, cc.Category, "%s: %+v", c, cc.Evidence)
		require.True(t, hasEvidence(cc, "organisation_address") || c == "field_address_langcode", "%s: %+v", c, cc.Evidence)
		require.True(t, got["parcel__field_address."+c].Category.Sensitive() || c == "field_address_langcode", "a person's name in one row: %s", c)
		require.True(t, got["customer__field_address."+c].Category.Sensitive() || c == "field_address_langcode", "a customer's: %s", c)
	}
	require.Equal(t, DirectIdentifier, got["node__field_address.field_address_given_name"].Category, "the empty name keeps its rule")
	require.Equal(t, None, got["node__field_address.field_address_langcode"].Category, "the language an address is written in")
}

// Empty name columns do not make a table about people: a store's row
// (Drupal Commerce's commerce_store_field_data) keeps its address's
// recipient unset, and its own name and address are public.
func TestEmptyNamesSayNothingOfTheTable(t *testing.T) {
	m := modelOf([]string{"commerce_store_field_data", "name", "address__locality", "address__address_line1", "address__given_name", "address__family_name"},
		[]string{"import_batch_rows", "name", "address__locality", "address__address_line1", "address__given_name", "address__family_name", "department"})
	store := func(i int) map[string]string {
		return map[string]string{"name": fmt.Sprintf("Maison Solidaire shop %d", i), "address__locality": "Saint-Gilles",
			"address__address_line1": fmt.Sprintf("Rue de la Victoire %d", 90+i), "department": "Logistics"}
	}
	var stores, people []map[string]string
	for i := range 4 {
		stores = append(stores, store(i))
		p := store(i)
		p["address__given_name"], p["address__family_name"], p["name"] = "Amina", "El Idrissi", "Amina El Idrissi"
		people = append(people, p)
	}
	got := classesByColumn(Default().Classify(m, sampledBy(m, map[string][]map[string]string{"commerce_store_field_data": stores, "import_batch_rows": people})))
	require.Equal(t, "store", Default().headNoun("commerce_store_field_data"), "a thing's field data is the thing's")
	require.Equal(t, "profile", Default().headNoun("phpbb_profile_fields_data"))
	require.Equal(t, "page", Default().headNoun("wiki_page_revision"))
	require.Equal(t, None, got["commerce_store_field_data.address__address_line1"].Category, "%+v", got["commerce_store_field_data.address__address_line1"].Evidence)
	require.False(t, hasEvidence(got["commerce_store_field_data.name"], "people_columns"), "%+v", got["commerce_store_field_data.name"].Evidence)
	require.True(t, hasEvidence(got["import_batch_rows.department"], "people_columns"), "names in the rows: about people")
}

// Names chosen from Drupal's and HumHub's misses (holdout 68): a setting
// that hides a value, an image's height, a person's pages on networks, a
// French staff number, the languages a person speaks.
func TestSettingsImagesNetworksAndStaffNumbers(t *testing.T) {
	for _, c := range []string{"birthday_hide_year", "hide_email", "show_birthday", "address_langcode"} {
		require.Equal(t, None, categoryByName("profile", c), c)
	}
	require.Equal(t, QuasiIdentifier, categoryByName("profile", "birthday"))
	require.Equal(t, FreeText, categoryByName("interview_session", "no_show_reason"), "a no-show's reason")
	require.Equal(t, None, categoryByName("users", "chosen_languages"), "the languages a timeline shows")
	require.Equal(t, []string{"coverage"}, Default().words("coverage"))
	for _, c := range []string{"user_picture_height", "avatar_height", "image_height"} {
		require.Equal(t, None, categoryByName("users", c), c)
	}
	require.Equal(t, QuasiIdentifier, categoryByName("patients", "height"))
	for _, c := range []string{"url_vimeo", "url_myspace", "tiktok", "matricule", "languages_spoken"} {
		require.True(t, categoryByName("profile", c).Sensitive(), c)
		require.Equal(t, None, categoryByName("lessons", c), "%s, not in a table about people", c)
	}
}

// Names chosen from Joomla's and CommCare's misses (holdout 69): column
// names in Dutch, German, Spanish, Portuguese and Italian, a session id
// kept as bytes, an activation key and a remember-me series named by
// one word, a name written for sorting, a suburb, an address's lines.
func TestForeignNamesActivationAndSeries(t *testing.T) {
	d := Default()
	for c, want := range map[string]Category{
		"cb_geboortedatum": QuasiIdentifier, "cb_geslacht": QuasiIdentifier, "cb_licentienummer": DirectIdentifier,
		"cb_medische_info": QuasiIdentifier, "voornaam": DirectIdentifier, "achternaam": DirectIdentifier, "woonplaats": QuasiIdentifier,
		"geburtsdatum": QuasiIdentifier, "nachname": DirectIdentifier, "telefonnummer": DirectIdentifier, "strasse": DirectIdentifier,
		"fecha_nacimiento": QuasiIdentifier, "apellidos": DirectIdentifier, "telefono_celular": DirectIdentifier, "direccion": DirectIdentifier,
		"data_nascimento": QuasiIdentifier, "sobrenome": DirectIdentifier, "senha": Secret, "cognome": DirectIdentifier, "data_di_nascita": QuasiIdentifier,
		"sortname1": DirectIdentifier, "sort_name": DirectIdentifier, "suburb": QuasiIdentifier, "second_line": DirectIdentifier,
	} {
		require.Equal(t, want, categoryByName("members", c), c)
	}
	// Foreign words are whole tokens: generosity is not a gender (a Spanish
	// género would split it), nor is a meeting's second line an address.
	require.Equal(t, None, categoryByName("members", "generosity"))
	require.Equal(t, []string{"generosity"}, d.words("generosity"))
	require.Equal(t, None, categoryByName("meetings", "sortname"), "not in a table about people")
	require.Equal(t, None, categoryByName("products", "second_line"), "not in a table of people or addresses")

	sessions := &schema.Table{Name: schema.Name{Schema: "public", Name: "xk7f2_session"}}
	got := d.Column(sessions, &schema.Column{Name: "session_id", Type: tBytea}, observed(repeat(40, keyOf("sess", 26))...))
	require.Equal(t, Secret, got.Category, "a session id kept as bytes: %+v", got.Evidence)

	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "xk7f2_users"}}
	digests := observed(repeat(30, func(i int) string {
		if i < 24 {
			return ""
		}
		s := sha256.Sum256(fmt.Appendf(nil, "act%d", i))
		return hex.EncodeToString(s[:16])
	})...)
	got = d.Column(users, &schema.Column{Name: "activation", Type: tText}, digests)
	require.Equal(t, Secret, got.Category, "pending accounts' activation digests: %+v", got.Evidence)
	steps := observed(repeat(30, func(i int) string { return []string{"email", "admin", "none"}[i%3] })...)
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "settings"}}, &schema.Column{Name: "activation", Type: tText}, steps)
	require.Equal(t, None, got.Category, "how accounts are activated, a setting: %+v", got.Evidence)
	require.Equal(t, Secret, categoryByName("registration_requests", "activation_guid"))

	keys := &schema.Table{Name: schema.Name{Schema: "public", Name: "xk7f2_user_keys"}}
	got = d.Column(keys, &schema.Column{Name: "series", Type: tText}, observed(repeat(40, keyOf("series", 20))...))
	require.Equal(t, Secret, got.Category, "a remember-me series: %+v", got.Evidence)
	meetings := observed(repeat(40, func(i int) string { return []string{"All hands", "Weekly sync", "1:1 Ann", "Client steering"}[i%4] })...)
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "team", Name: "meetings"}}, &schema.Column{Name: "series", Type: tText}, meetings)
	require.Equal(t, None, got.Category, "a meeting's series is a name: %+v", got.Evidence)
}

// A document that keeps a list of labelled values (DHIS2's tracked
// entity attributes, a HAR's headers) is read by its labels: the value
// path holds what the labels name. Labels of several kinds mask it,
// each value keeping its length; labels that name nothing personal keep it.
func TestLabelledValues(t *testing.T) {
	r := &sampler{}
	tei, har, prefs := &ColumnSample{}, &ColumnSample{}, &ColumnSample{}
	for i := range 30 {
		r.observe(tei, kindJSON, fmt.Appendf(nil, `{"trackedEntityInstances": [{"orgUnit": "dGx%dTkSJ", "attributes": [`+
			`{"attribute": "w75KJ2mc4zz", "displayName": "First name", "value": "%s"}, {"attribute": "zDhUuAYrxNC", "displayName": "Last name", "value": "%s"},`+
			`{"attribute": "P2cwLGskgxn", "displayName": "Phone number", "value": "0803%07d"}, {"attribute": "kL9pQ", "displayName": "Village", "value": "Gidan %d"}]}]}`,
			i, givenNames[i%len(givenNames)], surnames[i%len(surnames)], 1000+i*37, i), nil)
		r.observe(har, kindJSON, fmt.Appendf(nil, `{"headers": [{"name": "Accept", "value": "application/json"}, {"name": "Authorization", "value": "Bearer %s"}]}`, keyOf("har", 40)(i)), nil)
		r.observe(prefs, kindJSON, fmt.Appendf(nil, `[{"key": "theme", "value": "%s"}, {"key": "page_size", "value": "%d"}]`, []string{"dark", "light"}[i%2], 10+i%3*10), nil)
	}
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "motech_requestlog"}}
	got := Default().Column(tb, &schema.Column{Name: "response_body", Type: tJSONB}, tei)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "mask", got.Suggestion.Paths["$.trackedEntityInstances[*].attributes[*].value"], "%+v", got.Suggestion)
	require.Equal(t, 30, tei.Paths["$.trackedEntityInstances[*].attributes[*].value"].Labels["Phone number"])
	got = Default().Column(tb, &schema.Column{Name: "request_headers", Type: tJSONB}, har)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	require.False(t, Default().secretLabel("Token name", "Grafana"), "a token's name")
	require.True(t, Default().secretLabel("SMTP password", "hunter2"))
	got = Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "user_settings"}}, &schema.Column{Name: "prefs", Type: tJSONB}, prefs)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	var calls []string
	labelledValues([]byte(`{"a": [{"label": "Email", "value": "x@example.com"}, {"label": "Count", "value": 3}], "b": {"name": "`+strings.Repeat("n", 65)+`", "value": "v"}}`),
		func(path, label, value string) { calls = append(calls, path+" "+label+" "+value) })
	require.Equal(t, []string{"$.a[*].value Email x@example.com"}, calls, "a number is no string; a long label is text")
	labelledValues([]byte(`{"a": [{"label": "Email", "value": "x@exa`), func(string, string, string) { t.Fatal("a document cut short") })
}

// A tracking cookie's value kept in a sign-up's document is random by
// design, as a row's key is: it follows one browser all the same. Keys of
// rows under another name are references.
func TestTrackingCookieInDocument(t *testing.T) {
	r := &sampler{}
	signup, filters := &ColumnSample{}, &ColumnSample{}
	for i := range 24 {
		s := sha256.Sum256(fmt.Appendf(nil, "utk%d", i))
		r.observe(signup, kindJSON, fmt.Appendf(nil, `{"page_url": "https://www.example.com/pricing", "hubspotutk": "%s", "utm_source": "newsletter"}`, hex.EncodeToString(s[:16])), nil)
		r.observe(filters, kindJSON, fmt.Appendf(nil, `{"assignees": ["%s"]}`, hex.EncodeToString(s[:16])), nil)
	}
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "registration_asyncsignuprequest"}}
	got := Default().Column(tb, &schema.Column{Name: "additional_hubspot_data", Type: tJSONB}, signup)
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Paths["$.hubspotutk"], "%+v", got.Suggestion)
	got = Default().Column(tb, &schema.Column{Name: "saved_filters", Type: tJSONB}, filters)
	require.Equal(t, None, got.Category, "the assignees' row keys: %+v", got.Evidence)
	require.True(t, hasEvidenceMessage(got, "references to the rows"), "%+v", got.Evidence)
}

// TestPatientNumbersAndTestCodes: a patient's chart number and US public
// insurance numbers name them; a lab test's LOINC code is health data in
// a table about people or health, and a catalogue's code in a table of
// tests; a requester's name is a person's.
func TestPatientNumbersAndTestCodes(t *testing.T) {
	for c, want := range map[string]Category{
		"chart_number": DirectIdentifier, "medicare_id": DirectIdentifier, "medicaid_id": DirectIdentifier,
		"medicaid_number": DirectIdentifier, "loinc": QuasiIdentifier,
	} {
		require.Equal(t, want, categoryByName("patient", c), c)
	}
	require.Equal(t, QuasiIdentifier, categoryByName("observation", "loinc_code"))
	require.Equal(t, None, categoryByName("test", "loinc"), "a catalogue of tests")
	require.Equal(t, None, categoryByName("panel", "loinc"), "a catalogue of tests")
	require.Equal(t, None, categoryByName("charts", "chart_number"), "a chart that is no patient's")
	require.Equal(t, DirectIdentifier, categoryByName("referral", "requester_name"))
}

// TestPHPSessionsAndEncodedText: a session table's PHP sessions, plain or
// base64 (Roundcube's), hold the login's password and tokens: a secret;
// the base64 of text files (an attachment's minutes naming who attended)
// is read as the text; a session that holds no credential is none.
func TestPHPSessionsAndEncodedText(t *testing.T) {
	r := &sampler{opts: SampleOptions{}.withDefaults()}
	b64 := func(s string) []byte { return []byte(base64.StdEncoding.EncodeToString([]byte(s))) }
	plain, encoded, files, settings := &ColumnSample{}, &ColumnSample{}, &ColumnSample{}, &ColumnSample{}
	first := []string{"Amara", "Jonas", "Priya", "Kenji", "Lucía", "Oluwaseun", "Marta", "Tomasz"}
	last := []string{"Mensah", "Becker", "Raghunathan", "Watanabe", "Fernández", "Adeyemi", "Kowalczyk", "Nowak"}
	for i := range 24 {
		pw := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%032d", i*7919)))[:44]
		session := fmt.Sprintf(`language|s:5:"fr_FR";user_id|i:%d;username|s:15:"ann@example.org";password|s:%d:"%s";request_token|s:6:"Kq3ffs";`, i, len(pw), pw)
		r.observe(plain, kindText, []byte(session), nil)
		r.observe(encoded, kindText, b64(session), nil)
		f, l := first[i%len(first)], last[(i*3)%len(last)]
		r.observe(files, kindText, b64(fmt.Sprintf("Minutes of the board, %d May\nPresent: %s %s, %s %s\nActions: budget review\n", i+1, f, l, first[(i+1)%8], last[(i+5)%8])), nil)
		r.observe(settings, kindText, []byte(fmt.Sprintf(`language|s:5:"en_GB";page|i:%d;sort_order|s:4:"DESC";`, i)), nil)
	}
	d := Default()
	table := &schema.Table{Name: schema.Name{Schema: "public", Name: "session"}}
	for _, cs := range []*ColumnSample{plain, encoded} {
		got := d.Column(table, &schema.Column{Name: "vars", Type: tText}, cs)
		require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	}
	got := d.Column(table, &schema.Column{Name: "vars", Type: tText}, settings)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "attachments"}}, &schema.Column{Name: "data", Type: tText}, files)
	require.True(t, got.Category.Sensitive(), "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform, "%+v", got.Evidence)
}

// TestSyncToken: a sync protocol's token is a position, whatever its
// shape; a token beside it is still a secret.
func TestSyncToken(t *testing.T) {
	d := Default()
	books := &schema.Table{Name: schema.Name{Schema: "public", Name: "carddav_addressbooks"}}
	positions := observed(repeat(30, func(i int) string { return fmt.Sprintf("http://sabre.io/ns/sync/%d", 900+i*37) })...)
	for _, c := range []string{"sync_token", "synctoken"} {
		got := d.Column(books, &schema.Column{Name: c, Type: tText}, positions)
		require.Equal(t, None, got.Category, "%s: %+v", c, got.Evidence)
	}
	require.Equal(t, Secret, categoryByName("carddav_addressbooks", "auth_token"))
}
