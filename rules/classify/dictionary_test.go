package classify

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/schema"
)

func TestTokens(t *testing.T) {
	cases := map[string][]string{
		"userEmail":       {"user", "email"},
		"email_address":   {"email", "address"},
		"Billing Email":   {"billing", "email"},
		"contact_email2":  {"contact", "email", "2"},
		"IPAddress":       {"ip", "address"},
		"lastLoginIP":     {"last", "login", "ip"},
		"addr1":           {"addr", "1"},
		"addr_line_2":     {"addr", "line", "2"},
		"e-mail":          {"e", "mail"},
		"DOB":             {"dob"},
		"HTTPServerURL2x": {"http", "server", "url", "2", "x"},
		"":                nil,
		"__":              nil,
		"Straße":          {"straße"},
	}
	for in, want := range cases {
		require.Equal(t, want, Tokens(in), in)
	}
}

func TestDefaultDictionaryParses(t *testing.T) {
	d := Default()
	require.NotEmpty(t, d.entries)
	for _, e := range d.entries {
		if e.suggest.Transform == "" {
			require.NotEmpty(t, e.suggest.Note, "line %d: an entry without a transform says why", e.line)
		}
		switch {
		case e.category != Secret || strings.Contains(e.suggest.Transform, "constant"):
		case len(e.types) == 1 && e.types[classUUID]:
			// redact writes text; a uuid token gets a keyed uuid, which
			// keeps a key unique.
			require.Equal(t, "uuid", e.suggest.Transform, "line %d: a uuid secret gets a keyed uuid", e.line)
		default:
			require.Equal(t, "redact", e.suggest.Transform, "line %d: secrets are redacted (password hashes: constant)", e.line)
		}
	}
	for _, det := range detectorOrder {
		require.NotNil(t, d.detectors[det], "detector %s has a suggestion", det)
	}
}

func TestParseDictionaryErrors(t *testing.T) {
	cases := map[string]string{
		"email\tdirect_identifier\temail\t-\ttext\t-":         "line 1: 6 fields, want 7",
		"email\tpii\temail\t-\ttext\t-\t-":                    `line 1: unknown category "pii"`,
		"email\tdirect_identifier\tfake_email\t-\ttext\t-\t-": `line 1: unknown transformer "fake_email"`,
		"email\tdirect_identifier\temail\t-\tstring\t-\t-":    `line 1: unknown type class "string"`,
		"email\tdirect_identifier\temail\t-\ttext\tstrong\t-": `line 1: unknown flag "strong"`,
		"email\tdirect_identifier\temail\tdays\ttext\t-\t-":   `line 1: param "days" is not key=value`,
		"# comment\n\n@detector\temail\temail\t-":             "line 3: @detector has 4 fields",
		"@detector\tnope\temail\t-\t-":                        `line 1: unknown detector "nope"`,
		"@nonsense\tx":                                        "line 1: unknown directive @nonsense",
		"\t\tdirect_identifier\temail\t-\ttext\t-\t-":         "line 1: 8 fields",
		"  \tdirect_identifier\temail\t-\ttext\t-\t-":         "line 1: empty pattern",
	}
	for in, want := range cases {
		_, err := ParseDictionary(strings.NewReader(in))
		require.Error(t, err, in)
		require.Contains(t, err.Error(), want, in)
	}
}

func builtin(name, category string) *schema.Type {
	return &schema.Type{Schema: "pg_catalog", Name: name, Display: name, Category: category, Kind: schema.TypeBase, Typmod: -1}
}

var (
	tText   = builtin("text", "S")
	tVarch  = &schema.Type{Schema: "pg_catalog", Name: "varchar", Display: "character varying(255)", Category: "S", Kind: schema.TypeBase}
	tBool   = builtin("bool", "B")
	tInt    = builtin("int4", "N")
	tNum    = builtin("numeric", "N")
	tDate   = builtin("date", "D")
	tTstz   = &schema.Type{Schema: "pg_catalog", Name: "timestamptz", Display: "timestamp with time zone", Category: "D", Kind: schema.TypeBase}
	tInet   = builtin("inet", "I")
	tMac    = builtin("macaddr", "U")
	tJSONB  = builtin("jsonb", "U")
	tBytea  = builtin("bytea", "U")
	tUUID   = builtin("uuid", "U")
	tCitext = &schema.Type{Schema: "public", Name: "citext", Display: "citext", Category: "S", Kind: schema.TypeBase}
	tEnum   = &schema.Type{Schema: "public", Name: "gender", Display: "gender", Category: "E", Kind: schema.TypeEnum}
	tDomain = &schema.Type{Schema: "public", Name: "email_addr", Display: "email_addr", Category: "S", Kind: schema.TypeDomain, Base: tCitext}
	tTextA  = &schema.Type{Schema: "pg_catalog", Name: "_text", Display: "text[]", Category: "A", Kind: schema.TypeBase, Elem: tText}
)

func TestClassifyByNameAndType(t *testing.T) {
	cases := []struct {
		table, column string
		typ           *schema.Type
		category      Category
		transform     string
	}{
		{"users", "userEmail", tText, DirectIdentifier, "email"},
		{"users", "email_address", tVarch, DirectIdentifier, "email"},
		{"users", "Billing Email", tText, DirectIdentifier, "email"},
		{"users", "contact_email2", tCitext, DirectIdentifier, "email"},
		{"users", "work_email", tDomain, DirectIdentifier, "email"},
		{"users", "e_mail", tText, DirectIdentifier, "email"},
		{"users", "emails", tTextA, DirectIdentifier, "email"},
		{"users", "emailed_at", tTstz, None, ""},
		{"users", "email_verified", tBool, None, ""},
		{"users", "email_verified_at", tTstz, None, ""},
		{"users", "email", tBool, None, ""},
		// Identity documents and registers under HR and ERP names.
		{"employees", "ssnid", tText, DirectIdentifier, "mask"},
		{"employees", "permit_no", tText, DirectIdentifier, "mask"},
		{"employees", "visa_no", tText, DirectIdentifier, "mask"},
		{"employees", "id_card", tText, DirectIdentifier, "mask"},
		{"employees", "id_card_number", tText, DirectIdentifier, "mask"},
		{"employees", "licence_no", tText, DirectIdentifier, "mask"},
		{"partners", "company_registry", tText, DirectIdentifier, "mask"},
		{"employees", "visa_expire", tDate, QuasiIdentifier, "date_shift"},
		{"employees", "visa_no", tDate, None, ""},
		// Job titles, family, education, the commute.
		{"employees", "function", tText, QuasiIdentifier, "job_title"},
		{"partners", "function", tText, QuasiIdentifier, "job_title"},
		{"jobs", "function", tText, None, ""},
		{"employees", "position", tText, QuasiIdentifier, "job_title"},
		{"employees", "position", tInt, None, ""},
		{"employees", "marital", tText, QuasiIdentifier, "null"},
		{"employees", "children", tInt, QuasiIdentifier, "noise"},
		{"categories", "children", tInt, None, ""},
		{"employees", "certificate", tText, QuasiIdentifier, "null"},
		{"domains", "certificate", tText, None, ""},
		{"employees", "study_school", tText, QuasiIdentifier, "null"},
		{"employees", "km_home_work", tInt, QuasiIdentifier, "noise"},
		{"pickings", "carrier_tracking_ref", tText, QuasiIdentifier, "hash"},
		// A person's pay by its head noun; pay as another word is not
		// income (a way or a time to pay); an EEO field's lookup; a
		// visitor id written id first, as eight bytes.
		{"candidate", "current_pay", tText, QuasiIdentifier, "mask"},
		{"candidate", "desired_pay", tInt, QuasiIdentifier, "noise"},
		{"candidate", "pay_method", tText, None, ""},
		{"candidate", "pay_date", tDate, None, ""},
		{"fees", "pay_in_advance", tBool, None, ""},
		{"billing_accounts", "pre_or_post_pay", tText, None, ""},
		{"joborder", "hourly_pay", tText, None, ""},
		{"candidate", "eeo_ethnic_type_id", tInt, QuasiIdentifier, "null"},
		{"candidate", "eeo_veteran_type_id", tInt, QuasiIdentifier, "null"},
		{"joborder", "eeo_veteran_type_id", tInt, None, ""},
		{"log_visit", "idvisitor", tBytea, QuasiIdentifier, "hash"},
		// Given names after a surname, in a table of officers or
		// administrators too; not a product's other names.
		{"tblOfficer", "OtherNames", tVarch, DirectIdentifier, "first_name"},
		{"tblOfficer", "VEOOtherNames", tVarch, DirectIdentifier, "first_name"},
		{"tblClaimAdmin", "OtherNames", tVarch, DirectIdentifier, "first_name"},
		{"borrowers", "othernames", tText, DirectIdentifier, "first_name"},
		{"species", "other_names", tText, None, ""},
		// A diagnosis code, and a reference to one, outside the
		// catalogue of codes; the catalogue's own columns are no one's.
		{"tblClaim", "ICDID", tInt, QuasiIdentifier, "null"},
		{"tblClaim", "ICDID2", tInt, QuasiIdentifier, "null"},
		{"appointment_notes", "icd10_codes", tText, QuasiIdentifier, "mask"},
		{"tblICDCodes", "ICDCode", tVarch, None, ""},
		{"tblICDCodes", "ICDName", tVarch, None, ""},
		{"tblICDCodes", "ICDID", tInt, None, ""},
		{"icd10_codes", "icd10_code", tText, None, ""},
		{"rxnorm_concepts", "rxnorm_code", tText, None, ""},
		// Where files of a kind are kept: a folder, not a photo.
		{"tblIMISDefaults", "AssociatedPhotoFolder", tVarch, None, ""},
		{"tblIMISDefaults", "FTPPhoneExtractFolder", tVarch, None, ""},
		{"employees", "photo_path", tText, DirectIdentifier, "null"},
		// Ids at a payment provider: a card's (Spree's), a PayPal payer's.
		{"spree_credit_cards", "gateway_payment_profile_id", tVarch, QuasiIdentifier, "hash"},
		{"spree_paypal_express_checkouts", "payer_id", tVarch, QuasiIdentifier, "hash"},
		{"payments", "payer_id", tInt, None, ""},
		// The village a person lives in.
		{"tblInsuree", "CurrentVillage", tInt, QuasiIdentifier, "null"},
		{"households", "origin_village", tText, QuasiIdentifier, "city"},
		{"villages", "village", tText, None, ""},
		// Poverty and vulnerability, as a social protection scheme
		// records them; a scanner's vulnerabilities are no one's.
		{"tblFamilies", "Poverty", tBool, QuasiIdentifier, "null"},
		{"tblInsuree", "Vulnerability", tBool, QuasiIdentifier, "null"},
		{"households", "is_vulnerable", tBool, QuasiIdentifier, "null"},
		{"vulnerability_findings", "vulnerability", tText, None, ""},
		// A person's education and profession as codes.
		{"tblInsuree", "Education", tInt, QuasiIdentifier, "null"},
		{"tblInsuree", "Profession", tInt, QuasiIdentifier, "null"},
		{"courses", "education", tInt, None, ""},
		// Australia's business and company numbers.
		{"enterprises", "abn", tVarch, DirectIdentifier, "mask"},
		{"enterprises", "acn", tVarch, DirectIdentifier, "mask"},
		{"enterprises", "abn_verified", tBool, None, ""},
		{"log_visit", "id_visitor", tText, QuasiIdentifier, "hash"},
		{"log_visit", "idvisit", tInt, None, ""},
		// A country's dialling code is not a phone.
		{"countries", "phone_code", tInt, None, ""},
		{"countries", "calling_code", tText, None, ""},
		{"orders", "signature", tBytea, DirectIdentifier, "null"},
		{"users", "email_id", tInt, None, ""},
		{"users", "email_count", tInt, None, ""},
		{"users", "pwd", tText, Secret, "constant"},
		{"users", "passwd", tText, Secret, "constant"},
		{"users", "pass_hash", tText, Secret, "constant"},
		{"users", "password_hash", tText, Secret, "constant"},
		{"users", "encrypted_password", tVarch, Secret, "constant"},
		{"users", "password_changed_at", tTstz, None, ""},
		{"users", "reset_password_token", tText, Secret, "redact"},
		{"users", "password_reset_token", tText, Secret, "redact"},
		{"users", "dob", tDate, QuasiIdentifier, "date_shift"},
		{"users", "birthday", tDate, QuasiIdentifier, "date_shift"},
		{"users", "birth_date", tDate, QuasiIdentifier, "date_shift"},
		{"users", "DateOfBirth", tDate, QuasiIdentifier, "date_shift"},
		{"users", "birth_place", tText, QuasiIdentifier, "city"},
		{"users", "ssn", tText, DirectIdentifier, "ssn"},
		{"users", "sin", tText, DirectIdentifier, "mask"},
		{"users", "tel", tText, DirectIdentifier, "phone"},
		{"users", "phone", tText, DirectIdentifier, "phone"},
		{"users", "mobile", tText, DirectIdentifier, "phone"},
		{"users", "phone_verified", tBool, None, ""},
		{"users", "phone_type", tText, None, ""},
		{"users", "first_name", tText, DirectIdentifier, "first_name"},
		{"users", "fname", tText, DirectIdentifier, "first_name"},
		{"attachments", "store_fname", tText, None, ""},
		{"users", "given_name", tText, DirectIdentifier, "first_name"},
		{"users", "surname", tText, DirectIdentifier, "last_name"},
		{"users", "lname", tText, DirectIdentifier, "last_name"},
		{"users", "name", tText, DirectIdentifier, "full_name"},
		{"customers", "name", tText, DirectIdentifier, "full_name"},
		{"products", "name", tText, None, ""},
		{"products", "product_name", tText, None, ""},
		{"orders", "company_name", tText, QuasiIdentifier, "company"},
		{"users", "username", tText, DirectIdentifier, "username"},
		{"users", "login", tText, DirectIdentifier, "username"},
		{"users", "last_login", tTstz, None, ""},
		{"users", "login_count", tInt, None, ""},
		{"users", "gender", tEnum, QuasiIdentifier, "gender"},
		{"users", "nationality", tText, QuasiIdentifier, "country"},
		{"users", "company", tText, QuasiIdentifier, "company"},
		{"users", "job_title", tText, QuasiIdentifier, "job_title"},
		{"users", "national_id", tText, DirectIdentifier, "mask"},
		{"users", "passport", tText, DirectIdentifier, "mask"},
		{"users", "avatar", tBytea, DirectIdentifier, "null"},
		{"vehicles", "license_plate", tText, QuasiIdentifier, "mask"},
		{"addresses", "addr1", tText, DirectIdentifier, "street_address"},
		{"addresses", "addr_line_2", tText, DirectIdentifier, "street_address"},
		{"addresses", "street", tText, DirectIdentifier, "street_address"},
		{"addresses", "address_id", tInt, None, ""},
		{"addresses", "zip", tText, QuasiIdentifier, "postcode"},
		{"addresses", "postcode", tText, QuasiIdentifier, "postcode"},
		{"addresses", "state", tText, QuasiIdentifier, "state"},
		{"orders", "state", tText, None, ""},
		{"addresses", "billing_address_city", tText, QuasiIdentifier, "city"},
		{"addresses", "lat", tNum, QuasiIdentifier, "noise"},
		{"addresses", "lng", tNum, QuasiIdentifier, "noise"},
		{"addresses", "latitude", tNum, QuasiIdentifier, "noise"},
		{"ps_store", "latitude", tNum, None, ""},
		{"venues", "longitude", tNum, None, ""},
		{"venues", "capacity", tInt, None, ""},
		{"user_locations", "latitude", tNum, QuasiIdentifier, "noise"},
		{"logins", "ip", tInet, QuasiIdentifier, "ipv4"},
		{"logins", "ip_address", tText, QuasiIdentifier, "ipv4"},
		{"logins", "last_login_ip", tInet, QuasiIdentifier, "ipv4"},
		{"logins", "IPAddress", tText, QuasiIdentifier, "ipv4"},
		{"logins", "client", tInet, QuasiIdentifier, "ipv4"},
		{"devices", "hw", tMac, QuasiIdentifier, "mac"},
		{"server_hosts", "ssh_host_key_fingerprint", tText, None, ""},
		{"smime_certificates", "certificate_fingerprint", tText, None, ""},
		{"member_signups", "fob_number", tText, QuasiIdentifier, "hash"},
		{"employees", "badge_number", tInt, QuasiIdentifier, "hash"},
		{"assets", "rfid", tText, None, ""},
		{"civicrm_contact", "do_not_phone", tInt, None, ""},
		{"civicrm_contact", "household_name", tText, DirectIdentifier, "last_name"},
		{"civicrm_address", "street_number", tInt, QuasiIdentifier, "noise"},
		{"civicrm_phone", "phone_ext", tText, None, ""},
		{"civicrm_phone", "phone", tText, DirectIdentifier, "phone"},
		{"smartcards", "card_uid", tText, QuasiIdentifier, "hash"},
		{"staff_members", "badge_uid", tText, QuasiIdentifier, "hash"},
		{"posthog_persondistinctid", "distinct_id", tText, QuasiIdentifier, "hash"},
		{"user_sessions", "user_agent_id", tText, QuasiIdentifier, "hash"},
		{"idp_user_links3", "external_user_id", tText, DirectIdentifier, "hash"},
		{"wa_sessions", "wa_id", tText, DirectIdentifier, "phone"},
		{"contacts", "whatsapp", tText, DirectIdentifier, "phone"},
		{"contacts", "whatsapp_number", tText, DirectIdentifier, "phone"},
		{"message_templates", "whatsapp_template_id", tText, None, ""},
		{"customer_address", "department", tText, QuasiIdentifier, "department"},
		{"orders", "department", tText, None, ""},
		{"households", "head_id_number", tText, DirectIdentifier, "mask"},
		{"ward_boundaries", "id_number", tText, None, ""},
		{"idp_templates6_ldap2", "uid", tText, None, ""},
		{"abuse_reports", "reported_handle", tText, DirectIdentifier, "username"},
		{"abuse_reports", "handle", tText, None, ""},
		{"person", "createdBySource", tText, None, ""},
		{"person", "phonesPrimaryPhoneCallingCode", tText, QuasiIdentifier, "null"},
		{"countries", "dial_code", tText, None, ""},
		{"countries", "calling_code", tText, None, ""},
		{"_candidate", "nationality", tEnum, QuasiIdentifier, "null"},
		{"_candidate", "workPermit", tEnum, QuasiIdentifier, "null"},
		{"users", "objectguid", tText, DirectIdentifier, "hash"},
		{"workspace", "inviteHash", tText, Secret, "redact"},
		{"workspace", "inviteHash", tUUID, Secret, "uuid"},
		{"eft_account", "account_number", tText, DirectIdentifier, "mask"},
		{"user_profile", "emailVerifyCode", tText, Secret, "redact"},
		{"meta", "deeplAuthKey", tText, Secret, "redact"},
		{"meta", "turnstileSiteKey", tText, None, ""},
		{"globals", "recaptcha_site_key", tText, None, ""},
		{"meta", "turnstileSecretKey", tText, Secret, "redact"},
		{"user", "avatarBlurhash", tText, None, ""},
		{"employees", "personnel_no", tText, DirectIdentifier, "mask"},
		{"employees", "sick_days_ytd", tInt, QuasiIdentifier, "noise"},
		{"employees", "health_insurer", tText, QuasiIdentifier, "null"},
		{"logins", "user_agent", tText, QuasiIdentifier, "user_agent"},
		{"accounts", "iban", tText, DirectIdentifier, "iban"},
		{"payments", "card_number", tText, DirectIdentifier, "card"},
		{"payments", "cc_num", tText, DirectIdentifier, "card"},
		{"payments", "pan", tText, DirectIdentifier, "card"},
		{"payments", "amount", tNum, None, ""},
		{"api_tokens", "token", tText, Secret, "redact"},
		{"api_tokens", "token_type", tText, None, ""},
		{"api_tokens", "token_expires_at", tTstz, None, ""},
		{"api_tokens", "api_key", tText, Secret, "redact"},
		{"api_tokens", "api_key_id", tUUID, None, ""},
		{"apps", "secret", tText, Secret, "redact"},
		{"apps", "client_secret", tText, Secret, "redact"},
		// A secret stored as a uuid (Indico's OAuth applications, its
		// users' signing secrets, its API keys).
		{"applications", "client_secret", tUUID, Secret, "uuid"},
		{"users", "signing_secret", tUUID, Secret, "uuid"},
		{"api_keys", "api_key", tUUID, Secret, "uuid"},
		{"api_keys", "secret_id", tUUID, None, ""},
		// A gateway's answer to the CVV check is no CVV.
		{"spree_payments", "cvv_response_code", tText, None, ""},
		{"payments", "cvv_result", tText, None, ""},
		{"charges", "cvc_check", tText, None, ""},
		{"payments", "cvv", tText, Secret, "redact"},
		// An address's state spelled out or as its code.
		{"spree_addresses", "state_name", tText, QuasiIdentifier, "state"},
		{"addresses", "state_code", tText, QuasiIdentifier, "state"},
		{"workflows", "state_name", tText, None, ""},
		// A patient's hospital number; when they were admitted and
		// discharged, in a table about people or health.
		{"pas_discharge", "hospital_number", tVarch, DirectIdentifier, "mask"},
		{"patients", "discharge_date", tDate, QuasiIdentifier, "date_shift"},
		{"patients", "admission_date", tDate, QuasiIdentifier, "date_shift"},
		{"batteries", "discharge_date", tDate, None, ""},
		// A customer's record in the operator's Salesforce.
		{"customers", "external_salesforce_id", tText, QuasiIdentifier, "hash"},
		// A display name is a person's in a table about people.
		{"users", "display_name", tText, DirectIdentifier, "full_name"},
		{"plans", "invoice_display_name", tText, None, ""},
		{"apps", "private_key", tText, Secret, "redact"},
		{"users", "otp", tText, Secret, "redact"},
		{"users", "totp_secret", tText, Secret, "redact"},
		{"users", "salt", tText, Secret, "redact"},
		{"sessions", "session_id", tText, Secret, "redact"},
		{"session", "sid", tText, Secret, "redact"}, // connect-pg-simple
		{"session", "sess", tJSONB, Secret, "json"}, // its payload, every member redacted
		{"mdl_sessions", "sid", tText, Secret, "redact"},
		{"users", "ldap_sid", tText, None, ""}, // an AD SID, not a session
		{"webhooks", "webhook_url", tText, Secret, "redact"},
		{"apps", "cache_key", tText, None, ""}, // weak: data must confirm
		{"tickets", "notes", tText, FreeText, "lorem"},
		{"tickets", "comment", tText, FreeText, "lorem"},
		{"users", "bio", tText, FreeText, "lorem"},
		{"products", "description", tText, FreeText, "lorem"},
		{"city", "city", tText, None, ""},
		{"countries", "country", tText, None, ""},
		{"orders", "country", tText, QuasiIdentifier, "country"},
		{"releases", "version", tText, None, ""},
		{"orders", "order_no", tText, None, ""},
		{"users", "id", tInt, None, ""},
		{"users", "metadata", tJSONB, None, ""},
		// Confirmation links' keys and codes, badges' QR codes, the name on
		// a badge, an affiliation.
		{"newsletter_subscriber", "subscriber_confirm_code", tVarch, Secret, "redact"},
		{"orders", "confirmation_number", tText, None, ""},
		{"volunteers", "badge_name", tText, DirectIdentifier, "full_name"},
		{"speakers", "affiliation", tText, QuasiIdentifier, "company"},
		// A learning platform's student numbers and LTI ids, join codes,
		// number plates, pronouns; published copy and Turnitin's reports.
		{"pseudonyms", "sis_user_id", tText, DirectIdentifier, "mask"},
		{"submissions", "lti_user_id", tText, QuasiIdentifier, "hash"},
		{"users", "lti_context_id", tText, QuasiIdentifier, "hash"},
		{"courses", "lti_context_id", tText, None, ""},
		{"courses", "self_enrollment_code", tText, Secret, "redact"},
		{"classes", "join_code", tText, Secret, "redact"},
		{"visitor_log", "car_registration", tText, QuasiIdentifier, "mask"},
		{"users", "pronouns", tText, QuasiIdentifier, "gender"},
		{"courses", "public_description", tText, None, ""},
		{"submissions", "turnitin_data", tText, None, ""},
		{"social_accounts", "driver_id", tText, DirectIdentifier, "hash"},
		{"vehicles", "driver_id", tInt, None, ""},
		// Immigration status; an identity provider's app is no account.
		{"job_applications", "right_to_work", tText, QuasiIdentifier, "null"},
		{"socialaccount_socialapp", "provider_id", tText, None, ""},
		{"socialaccount_socialaccount", "uid", tText, DirectIdentifier, "hash"},
		// A DNI; session data is a secret in a table of sessions only.
		{"ps_address", "dni", tText, DirectIdentifier, "mask"},
		{"django_session", "session_data", tText, Secret, "redact"},
		{"ps_cart", "checkout_session_data", tText, None, ""},
	}
	d := Default()
	for _, c := range cases {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: c.table}}
		col := &schema.Column{Name: c.column, Type: c.typ}
		tb.Columns = []*schema.Column{col}
		got := d.Column(tb, col, nil)
		transform := ""
		if got.Suggestion != nil {
			transform = got.Suggestion.Transform
		}
		require.Equal(t, c.category, got.Category, "%s.%s (%s): %+v", c.table, c.column, c.typ.Display, got.Evidence)
		require.Equal(t, c.transform, transform, "%s.%s", c.table, c.column)
		for _, e := range got.Evidence {
			require.NotEmpty(t, e.Message)
		}
	}
}

// Each of coordinateWords is a dictionary row that suggests noise for a
// position (kept in a public place's table, masked in an address's), so
// the list names no word the dictionary does not.
func TestCoordinateWordsAreDictionaryRows(t *testing.T) {
	d := Default()
	for _, w := range coordinateWords {
		for table, want := range map[string]Category{"addresses": QuasiIdentifier, "stores": None} {
			tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}}
			col := &schema.Column{Name: w, Type: tNum}
			tb.Columns = []*schema.Column{col}
			got := d.Column(tb, col, nil)
			require.Equal(t, want, got.Category, "%s.%s: %+v", table, w, got.Evidence)
			if want == QuasiIdentifier {
				require.Equal(t, "noise", got.Suggestion.Transform, "%s.%s", table, w)
			}
		}
	}
}

func TestClassifyEvidenceExplains(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}

	// A type that rules a name out says so.
	got := d.Column(tb, &schema.Column{Name: "email", Type: tBool}, nil)
	require.Equal(t, None, got.Category)
	require.Len(t, got.Evidence, 1)
	require.Equal(t, SourceType, got.Evidence[0].Source)
	require.Contains(t, got.Evidence[0].Message, "a bool column cannot hold that")

	// A generated column keeps its category but gets no suggestion.
	got = d.Column(tb, &schema.Column{Name: "full_name", Type: tText, Generated: "first_name || ' ' || last_name"}, nil)
	require.Equal(t, DirectIdentifier, got.Category)
	require.True(t, got.Generated)
	require.Nil(t, got.Suggestion)

	// A password suggestion says what to configure.
	got = d.Column(tb, &schema.Column{Name: "password", Type: tText}, nil)
	require.Equal(t, "constant", got.Suggestion.Transform)
	require.Contains(t, got.Suggestion.Note, "known test password")
	require.NotEmpty(t, got.Suggestion.Params["value"])

	// Gender: a quasi-identifier, picked again by the gender transformer;
	// a boolean one has no transformer, and a note says so.
	got = d.Column(tb, &schema.Column{Name: "gender", Type: tText}, nil)
	require.Equal(t, QuasiIdentifier, got.Category)
	require.Equal(t, "gender", got.Suggestion.Transform)
	got = d.Column(tb, &schema.Column{Name: "is_sex_male", Type: tBool}, nil)
	require.Equal(t, QuasiIdentifier, got.Category)
	require.Empty(t, got.Suggestion.Transform)
	require.NotEmpty(t, got.Suggestion.Note)
}

func TestClassifyWithData(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "things"}}
	col := func(name string, typ *schema.Type, cs *ColumnSample) ColumnClass {
		return d.Column(tb, &schema.Column{Name: name, Type: typ}, cs)
	}

	// Data alone: emails in a column with no telling name.
	got := col("contact", tText, &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorEmail: 95}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "email", got.Suggestion.Transform)
	require.Equal(t, 0.95, got.Evidence[0].Share)
	require.True(t, got.Evidence[0].Decisive)

	// Under the threshold: reported, not decisive.
	got = col("contact", tText, &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorEmail: 8}})
	require.Equal(t, None, got.Category)
	require.False(t, got.Evidence[0].Decisive)
	require.Contains(t, got.Evidence[0].Message, "under the 10% threshold")
	// One value in ten, too few of them: a minority needs minorityMatches.
	got = col("contact", tText, &ColumnSample{NonNull: 50, Matches: map[string]int{DetectorEmail: 9}})
	require.Equal(t, None, got.Category)
	require.Contains(t, got.Evidence[0].Message, "under the 30% threshold, and fewer than the 10 values a minority needs")
	// A minority of ten values or more decides, and scrub_text keeps the
	// rest of the column (the video links beside a client's phone).
	got = col("location", tText, &ColumnSample{NonNull: 1000, Matches: map[string]int{DetectorPhone: 130}})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)
	require.True(t, got.Evidence[0].Decisive)
	// Street addresses are not counted as a minority: settings hold
	// words that read as streets.
	got = col("contact", tText, &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorIPv4: 20}})
	require.Equal(t, None, got.Category, "%+v", got.Evidence)

	// A single secret is enough.
	got = col("payload", tText, &ColumnSample{NonNull: 1000, Matches: map[string]int{DetectorAWSAccessKey: 1}})
	require.Equal(t, Secret, got.Category)
	require.Equal(t, "redact", got.Suggestion.Transform)

	// Data beats name for the transformer within a category: a login column of emails.
	got = col("login", tText, &ColumnSample{NonNull: 50, Matches: map[string]int{DetectorEmail: 50}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "email", got.Suggestion.Transform)

	// A weak name, confirmed by random-looking values.
	got = col("license_key", tText, &ColumnSample{NonNull: 40, Matches: map[string]int{DetectorHighEntropy: 38}})
	require.Equal(t, Secret, got.Category)
	require.True(t, got.Evidence[0].Decisive, "the confirmed name evidence is decisive")
	// ... and not confirmed.
	got = col("cache_key", tText, &ColumnSample{NonNull: 40, Matches: map[string]int{}})
	require.Equal(t, None, got.Category)
	// Random-looking values without a secret-like name say nothing.
	got = col("external_ref", tText, &ColumnSample{NonNull: 40, Matches: map[string]int{DetectorHighEntropy: 40}})
	require.Equal(t, None, got.Category)
	require.Empty(t, got.Evidence)

	// Identifiers inside text make free text, scrubbed of them.
	got = col("remarks_2", tText, &ColumnSample{NonNull: 100, Embedded: map[string]int{DetectorEmail: 12}})
	require.Equal(t, FreeText, got.Category)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)

	// A free-text name with too few clean values stays free text, and
	// says the data was clean.
	got = col("description", tText, &ColumnSample{NonNull: 10})
	require.Equal(t, FreeText, got.Category)
	require.Equal(t, "lorem", got.Suggestion.Transform)
	require.Equal(t, "no detector matched any of 10 sampled values; the name decides", got.Evidence[1].Message)
	// With MinValues clean values, it is kept: the values overrule the name.
	got = col("description", tText, &ColumnSample{NonNull: MinValues, Matches: map[string]int{DetectorProse: MinValues}})
	require.Equal(t, None, got.Category)
	require.Nil(t, got.Suggestion)
	require.Contains(t, got.Evidence[0].Message, "overruled by the values")
	require.Equal(t, 0.9, got.Score)
	// One email in a note is enough for scrub_text.
	got = col("notes", tText, &ColumnSample{NonNull: 200, Embedded: map[string]int{DetectorEmail: 1}})
	require.Equal(t, FreeText, got.Category)
	require.Equal(t, "scrub_text", got.Suggestion.Transform)

	// Values of another kind overrule the name: IP addresses in a column
	// named address.
	got = col("address", tText, &ColumnSample{NonNull: 50, Matches: map[string]int{DetectorIPv4: 30, DetectorIPv6: 20}})
	require.Equal(t, QuasiIdentifier, got.Category)
	require.Equal(t, "ipv4", got.Suggestion.Transform)
	require.Contains(t, got.Evidence[0].Message, "overruled by the values: 0% of 50 sampled values are")
	// ... but a few of them do not.
	got = col("address", tText, &ColumnSample{NonNull: 50, Matches: map[string]int{DetectorIPv4: 4}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, "street_address", got.Suggestion.Transform)
	// Not one email among the values of an email column: kept.
	got = col("email_settings", tText, &ColumnSample{NonNull: 30})
	require.Equal(t, None, got.Category)
	require.Contains(t, got.Evidence[len(got.Evidence)-1].Message, "not what the name says, kept")
	// Too few values say nothing against the name.
	got = col("email", tText, &ColumnSample{NonNull: MinValues - 1})
	require.Equal(t, DirectIdentifier, got.Category)
	// Secrets are never overruled.
	got = col("password", tText, &ColumnSample{NonNull: 100, Matches: map[string]int{DetectorEmail: 100}})
	require.Equal(t, Secret, got.Category)

	// A JSON column named like its contents still gets per-path transformers.
	got = col("emails", tJSONB, &ColumnSample{NonNull: 5, Matches: map[string]int{DetectorEmail: 5},
		Paths: map[string]*PathSample{"$[*]": {Seen: 5, Matches: map[string]int{DetectorEmail: 5}}}})
	require.Equal(t, DirectIdentifier, got.Category)
	require.Equal(t, &Suggestion{Transform: "json", Paths: map[string]string{"$[*]": "email"}}, got.Suggestion)

	// JSON paths: the json transformer with a transformer per path.
	got = col("metadata", tJSONB, &ColumnSample{NonNull: 20, Matches: map[string]int{DetectorEmail: 20, DetectorCardNumber: 5},
		Paths: map[string]*PathSample{
			"$.billing.email":      {Seen: 20, Matches: map[string]int{DetectorEmail: 20}},
			"$.billing.card":       {Seen: 5, Matches: map[string]int{DetectorCardNumber: 5}},
			"$.contacts[*].phone":  {Seen: 10, Matches: map[string]int{DetectorPhone: 2}},
			"$.contacts[*].mobile": {Seen: 10},
			"$.api_key":            {Seen: 3, Matches: map[string]int{DetectorSecretName: 3}},
			"$.plan":               {Seen: 20},
		}})
	require.Equal(t, Secret, got.Category)
	require.Equal(t, &Suggestion{Transform: "json", Paths: map[string]string{
		"$.billing.email":      "email",
		"$.billing.card":       "card",
		"$.contacts[*].mobile": "phone",
		"$.contacts[*].phone":  "phone", // 20% phone numbers is under the threshold, but the key is named phone
		"$.api_key":            "redact",
	}}, got.Suggestion)
}

// A state beside a street and a postcode is part of the address, in a
// table whose name says nothing about places; alone, it is not.
func TestAddressParts(t *testing.T) {
	text := &schema.Type{Name: "text", Display: "text", Category: "S"}
	table := func(cols ...string) *schema.Model {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "shipments"}}
		for _, c := range cols {
			tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: text})
		}
		return &schema.Model{Tables: []*schema.Table{tb}}
	}
	byName := func(cs []ColumnClass) map[string]ColumnClass {
		out := map[string]ColumnClass{}
		for _, c := range cs {
			out[c.Column] = c
		}
		return out
	}
	got := byName(Classify(table("street", "postcode", "state", "status"), nil))
	require.Equal(t, QuasiIdentifier, got["state"].Category, "%+v", got["state"])
	require.Equal(t, "state", got["state"].Suggestion.Transform)
	require.Contains(t, got["state"].Evidence[len(got["state"].Evidence)-1].Message, "beside the address in street, postcode")
	require.Equal(t, None, got["status"].Category)

	got = byName(Classify(table("state", "status"), nil))
	require.Equal(t, None, got["state"].Category, "a workflow state")
}

// The text id of a table of login sessions with no other column for the
// cookie is the session's id (Shiro's sessions, Metabase's core_session);
// not where a token column holds the cookie, not in a table of another
// thing's sessions, not an id of numbers.
func TestSessionKeys(t *testing.T) {
	text := &schema.Type{Name: "varchar", Display: "character varying(36)", Category: "S"}
	classify := func(table string, ids func(i int) string, cols ...string) ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}, RowEstimate: 300}
		for _, c := range append([]string{"id"}, cols...) {
			tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: text})
		}
		cs := observed(repeat(300, ids)...)
		cs.Column = "id"
		s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: []*ColumnSample{cs}}}}
		return Classify(&schema.Model{Tables: []*schema.Table{tb}}, s)[0]
	}
	uuids := func(i int) string { return fmt.Sprintf("0f8fad5b-d9cb-469f-a165-%012x", 70867728950+i*7919) }
	got := classify("sessions", uuids, "host", "session_data", "last_access_time")
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)
	require.True(t, hasEvidence(got, DetectorSessionKey))
	require.Equal(t, Secret, classify("core_session", uuids, "user_id", "anti_csrf_token").Category)

	require.Equal(t, None, classify("sessions", uuids, "user_id", "token").Category, "the token is the cookie")
	require.Equal(t, None, classify("payment_session", uuids, "amount").Category, "a payment's session")
	// An application's prefix (lime_, kimai2_) on a table that keeps
	// sessions as a session store does: its id is the cookie.
	phpIDs := keyOf("php-session", 26)
	require.Equal(t, Secret, classify("lime_sessions", phpIDs, "expire", "data").Category)
	require.Equal(t, Secret, classify("kimai2_sessions", phpIDs, "sess_data", "sess_lifetime", "sess_time").Category)
	require.Equal(t, None, classify("training_sessions", phpIDs, "title", "starts_at").Category, "a training's sessions")
	require.Equal(t, None, classify("sessions", func(i int) string { return fmt.Sprint(i + 1) }, "user_id").Category, "numbers")
}

// The identity flag is one of an entry's fits, as session and social are:
// a key/value table's keys (keyName) and a column outside a table of
// accounts at identity providers do not read uid or subject as one.
func TestIdentityFlagFits(t *testing.T) {
	n := 0
	for _, e := range Default().entries {
		if !e.identity {
			continue
		}
		n++
		require.False(t, e.fits("", false, false, false, false), e.id)
		require.True(t, e.fits("", false, false, true, false), e.id)
	}
	require.Positive(t, n)
	for _, m := range Default().matches([]string{"subject"}) {
		if m.e.identity {
			require.Nil(t, keyName([]nameMatch{m}, nil, false, false, ""), "a settings key named subject")
		}
	}
}

// A table of password resets that names no column for its token keeps it
// in a random column: the one that is not the row's key (EspoCRM's
// request_id), else the primary key (Cal.com's ResetPasswordRequest.id).
// Not where a column is named for the token, not in a table of other
// resets, not a column of numbers.
func TestResetKeys(t *testing.T) {
	text := &schema.Type{Name: "text", Display: "text", Category: "S"}
	hexKey := keyOf("reset", 32)
	cuid := keyOf("cuid", 25)
	type col struct {
		name   string
		values func(int) string
	}
	classify := func(table string, cols ...col) map[string]ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: table}, RowEstimate: 300,
			PrimaryKey: &schema.Key{Name: table + "_pkey", Columns: []string{cols[0].name}, Primary: true, Constraint: true}}
		var css []*ColumnSample
		for _, c := range cols {
			tb.Columns = append(tb.Columns, &schema.Column{Name: c.name, Type: text})
			cs := observed(repeat(300, c.values)...)
			cs.Column = c.name
			css = append(css, cs)
		}
		s := &Samples{Tables: []*TableSample{{Table: tb.Name, Columns: css}}}
		out := map[string]ColumnClass{}
		for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, s) {
			out[c.Column] = c
		}
		return out
	}
	espoID := keyOf("espo", 17)
	email := func(i int) string { return fmt.Sprintf("user%d@example.com", i) }
	got := classify("password_change_request", col{"id", espoID}, col{"request_id", hexKey}, col{"user_id", espoID})
	require.Equal(t, Secret, got["request_id"].Category, "%+v", got["request_id"].Evidence)
	require.Equal(t, "hash", got["request_id"].Suggestion.Transform)
	require.True(t, hasEvidence(got["request_id"], DetectorResetKey))
	require.Equal(t, None, got["id"].Category, "the row's own key beside the token")

	got = classify("ResetPasswordRequest", col{"id", cuid}, col{"email", email})
	require.Equal(t, Secret, got["id"].Category, "%+v", got["id"].Evidence)
	// Koha's recovery keys are bcrypt salts: random all the same.
	salt := keyOf("salt", 22)
	got = classify("borrower_password_recovery", col{"borrowernumber", func(i int) string { return fmt.Sprint(i + 1) }},
		col{"uuid", func(i int) string { return "$2a$08$" + strings.NewReplacer("x", ".", "y", "/").Replace(salt(i)) }})
	require.Equal(t, Secret, got["uuid"].Category, "%+v", got["uuid"].Evidence)

	got = classify("password_reset_tokens", col{"id", cuid}, col{"token", hexKey})
	require.Equal(t, None, got["id"].Category, "the token is its own column")
	got = classify("price_change_request", col{"id", cuid}, col{"request_id", hexKey})
	require.Equal(t, None, got["request_id"].Category, "not a password's")
	got = classify("password_resets", col{"id", func(i int) string { return fmt.Sprint(i + 1) }}, col{"email", email})
	require.Equal(t, None, got["id"].Category, "numbers")
}

// A column named for a normal form (numeric, lower, e164) holds its
// table's value written another way: EspoCRM's phone_number.numeric.
func TestNormalFormColumns(t *testing.T) {
	require.Equal(t, DirectIdentifier, categoryByName("phone_number", "numeric"))
	require.Equal(t, DirectIdentifier, categoryByName("email_addresses", "lower"))
	require.Equal(t, None, categoryByName("invoice", "numeric"), "a table named for nothing personal")
	require.Equal(t, None, categoryByName("phone_number", "type"))
}

// A certificate's number names its holder: a trade qualification card,
// an installer's registration.
func TestCertificateNumbers(t *testing.T) {
	for _, c := range []string{"certificate_no", "c_installer_cert_number", "certificationNumber", "CERTIFICATE_NUM"} {
		require.Equal(t, DirectIdentifier, categoryByName("training_records", c), c)
	}
	require.Equal(t, None, categoryByName("training_records", "certificate_fingerprint"))
	require.Equal(t, None, categoryByName("training_records", "certificate_received"))
}

// A lead's or a prospect's account name is the company they work for, as
// CRMs name it; a ledger's account name is no one's.
func TestAccountNameOfPeople(t *testing.T) {
	for _, table := range []string{"lead", "leads", "prospects", "contacts"} {
		require.Equal(t, QuasiIdentifier, categoryByName(table, "account_name"), table)
	}
	require.Equal(t, None, categoryByName("gl_accounts", "account_name"))
	require.Equal(t, None, categoryByName("ledger_entries", "account_name"))
}

// A user_code beside a device_code is OAuth's device flow: the code a
// person types to approve a device's login. Alone, it is a directory's.
func TestDeviceFlowCodes(t *testing.T) {
	classify := func(cols ...string) map[string]ColumnClass {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "application_device_activation"}}
		for _, c := range cols {
			tb.Columns = append(tb.Columns, &schema.Column{Name: c, Type: tText})
		}
		out := map[string]ColumnClass{}
		for _, c := range Classify(&schema.Model{Tables: []*schema.Table{tb}}, nil) {
			out[c.Column] = c
		}
		return out
	}
	got := classify("user_code", "device_code", "status")
	require.Equal(t, Secret, got["user_code"].Category, "%+v", got["user_code"].Evidence)
	require.True(t, hasEvidence(got["user_code"], DetectorDeviceCode))
	require.Equal(t, None, classify("user_code", "status")["user_code"].Category)
}

// A shop's own billing data, a store's address: the legal entity printed
// on invoices, public. A customer's are in a table named for the customer.
func TestShopOwnDetails(t *testing.T) {
	for _, table := range []string{"sylius_shop_billing_data", "store_addresses", "shop_contact", "spree_stock_locations", "ps_store", "warehouse_warehouse", "venues"} {
		require.Equal(t, None, categoryByName(table, "street"), table)
		require.Equal(t, None, categoryByName(table, "city"), table)
	}
	for _, table := range []string{"customer_billing_data", "shop_customers", "addresses"} {
		require.NotEqual(t, None, categoryByName(table, "street"), table)
	}
}

// A shipment's tracking, an address's locality.
func TestTrackingAndLocality(t *testing.T) {
	require.Equal(t, QuasiIdentifier, categoryByName("sylius_shipment", "tracking"))
	require.Equal(t, None, categoryByName("sylius_shipment", "tracking_enabled"))
	require.Equal(t, QuasiIdentifier, categoryByName("addresses", "locality"))
	require.Equal(t, None, categoryByName("search_settings", "locality"), "not an address's")
}

// A table of OpenPGP keys keeps ids and fingerprints a keyserver answers
// with the owner's name and email; its row keys are not those.
func TestOpenPGPKeyIDs(t *testing.T) {
	bytea := &schema.Type{Name: "bytea", Display: "bytea", Category: "U"}
	for _, tc := range []struct {
		table, column string
		typ           *schema.Type
		want          Category
	}{
		{"gpg_keys", "fingerprint", bytea, QuasiIdentifier},
		{"gpg_keys", "primary_keyid", bytea, QuasiIdentifier},
		{"gpg_key_subkeys", "keyid", tText, QuasiIdentifier},
		{"gpg_key", "key_id", tText, QuasiIdentifier},
		{"ssh_keys", "fingerprint", tText, None},
		{"gpg_keys", "owner_name_id", tText, None},
	} {
		tb := &schema.Table{Name: schema.Name{Schema: "public", Name: tc.table}, Columns: []*schema.Column{{Name: tc.column, Type: tc.typ}}}
		got := Classify(&schema.Model{Tables: []*schema.Table{tb}}, nil)[0]
		require.Equal(t, tc.want, got.Category, "%s.%s: %+v", tc.table, tc.column, got.Evidence)
	}
}

// Encrypted values and Discord handles, by name.
func TestEncryptedAndDiscord(t *testing.T) {
	require.Equal(t, Secret, categoryByName("web_hooks", "encrypted_url_variables"))
	require.Equal(t, Secret, categoryByName("ci_runners", "token_encrypted"))
	require.Equal(t, Secret, categoryByName("ci_variables", "encrypted_value_iv"), "the ciphertext's IV")
	require.Equal(t, None, categoryByName("web_hooks", "unencrypted_size"))
	require.Equal(t, DirectIdentifier, categoryByName("user_details", "discord"))
}

// A code or a key of an invites table is the invite link's, whatever its
// values look like; a product's code is not.
func TestInviteCodes(t *testing.T) {
	for _, tc := range [][2]string{{"invites", "code"}, {"user_invites", "key"}, {"users_invitation", "code"}, {"invites", "invite_key"}} {
		require.Equal(t, Secret, categoryByName(tc[0], tc[1]), "%s.%s", tc[0], tc[1])
	}
	require.Equal(t, None, categoryByName("products", "code"))
	require.Equal(t, None, categoryByName("invites", "status"))
}

// A login the application drew at random for the account (people sign in
// with their email) is a row's key, not a handle a person chose; a login
// people typed stands.
func TestDrawnLogins(t *testing.T) {
	d := Default()
	users := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}}
	hex := func(i int) string {
		s := sha256.Sum256(fmt.Appendf(nil, "login%d", i))
		return fmt.Sprintf("%x", s[:16])
	}
	got := d.Column(users, &schema.Column{Name: "username", Type: tText}, observed(repeat(40, hex)...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidence(got, DetectorRowKey), "%+v", got.Evidence)
	typed := repeat(40, func(i int) string { return strings.ToLower(givenNames[i%8]) + fmt.Sprint(i) })
	got = d.Column(users, &schema.Column{Name: "username", Type: tText}, observed(typed...))
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
}

// A key named for people in a JSON document whose strings are all rows'
// random keys references those rows ({"assignees": ["6df9…"]} in a saved
// view's filters); the same key with names stands.
func TestJSONRowReferences(t *testing.T) {
	d := Default()
	views := &schema.Table{Name: schema.Name{Schema: "public", Name: "issue_views"}}
	sample := func(f func(i int) string) *ColumnSample {
		r, cs := &sampler{}, &ColumnSample{}
		for i := range 20 {
			r.observe(cs, kindJSON, []byte(`{"priority": ["urgent"], "assignees": [`+f(i)+`]}`), nil)
		}
		return cs
	}
	keys := sample(func(i int) string {
		return fmt.Sprintf(`"%08x-3ddb-daab-2a38-7cbf9ddcc975", "0eb8ba3f-3286-b211-565c-%012x"`, i, i)
	})
	got := d.Column(views, &schema.Column{Name: "filters", Type: tJSONB}, keys)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.True(t, hasEvidenceMessage(got, "rows' random keys"), "%+v", got.Evidence)
	names := sample(func(i int) string { return `"` + givenNames[i%8] + " " + surnames[i%8] + `"` })
	got = d.Column(views, &schema.Column{Name: "filters", Type: tJSONB}, names)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	// A phone's digits are not a row's key.
	require.False(t, detect.IsRandomKey("4930901820"))
}

// A product's licence key is a secret when its values look random; a
// licence's name or code is not.
func TestLicenceKeys(t *testing.T) {
	d := Default()
	modules := &schema.Table{Name: schema.Name{Schema: "public", Name: "modules"}}
	keys := repeat(30, func(i int) string {
		s := sha256.Sum256(fmt.Appendf(nil, "licence%d", i))
		return strings.ToUpper(fmt.Sprintf("%x-%x-%x-%x", s[0:2], s[2:4], s[4:6], s[6:8]))
	})
	got := d.Column(modules, &schema.Column{Name: "license", Type: tText}, observed(keys...))
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	names := repeat(30, func(i int) string { return []string{"cc_by", "cc_by_nc", "private", "public_domain"}[i%4] })
	got = d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "courses"}}, &schema.Column{Name: "license", Type: tText}, observed(names...))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
}

// A JSON Web Key Set kept as text is read member by member, as a json
// column's: a public key's modulus is published; a private key's
// parameters are a secret.
func TestJWKSetAsText(t *testing.T) {
	d := Default()
	clients := &schema.Table{Name: schema.Name{Schema: "public", Name: "oauth_applications"}}
	// An RSA-2048 key's parameters: 342 base64url characters.
	param := func(tag string, i int) string {
		return strings.Join(repeat(9, func(j int) string { return keyOf(fmt.Sprint(tag, i), 40)(j) }), "")[:342]
	}
	set := func(private bool) *ColumnSample {
		return observed(repeat(20, func(i int) string {
			member := ""
			if private {
				member = `,"d":"` + param("exponent", i) + `"`
			}
			return `{"keys":[{"kty":"RSA","e":"AQAB","use":"sig","kid":"k` + fmt.Sprint(i) + `","alg":"RS256","n":"` + param("modulus", i) + `"` + member + `}]}`
		})...)
	}
	got := d.Column(clients, &schema.Column{Name: "jwks", Type: tText}, set(false))
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(clients, &schema.Column{Name: "jwks", Type: tText}, set(true))
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
}

// A bank's or a carrier's phone beside the account it keeps is the
// institution's, published; the account holder's is not.
func TestInstitutionContacts(t *testing.T) {
	d := Default()
	accounts := &schema.Table{Name: schema.Name{Schema: "public", Name: "accounts"}}
	phones := observed(repeat(20, func(i int) string { return fmt.Sprintf("+44 20 7946 %04d", 100+i) })...)
	got := d.Column(accounts, &schema.Column{Name: "bank_phone", Type: tText}, phones)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(accounts, &schema.Column{Name: "bank_account_holder_phone", Type: tText}, phones)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, QuasiIdentifier, categoryByName("documents", "contact_state"))
}

// A person's account id at a sign-in provider, in a table of people, is
// a direct identifier; a place's id at Google, elsewhere, is not read so.
func TestProviderAccountIDs(t *testing.T) {
	for _, c := range []string{"github_id", "gitlab_id", "google_id", "facebook_id"} {
		require.Equal(t, DirectIdentifier, categoryByName("users", c), c)
	}
	require.Equal(t, None, categoryByName("restaurants", "google_id"))
}

// Under a key/value table's key named for an account, flags alone say
// whether something shows (share_twitter = 1): the key is not read as
// one; the same key with handles is.
func TestKeyedFlags(t *testing.T) {
	d := Default()
	column := &schema.Column{Name: "value", Type: tText}
	settings := &schema.Table{Name: schema.Name{Schema: "public", Name: "user_preferences"},
		Columns: []*schema.Column{{Name: "name", Type: tText}, column}}
	sample := func(twitter string) *ColumnSample {
		r, cs := &sampler{}, &ColumnSample{KeyColumn: "name"}
		// Each user's preferences, a contact address among them.
		for i := range 20 {
			r.observe(cs, kindText, []byte(fmt.Sprintf("ann%d@example.org", i)), []byte("contact_email"))
			r.observe(cs, kindText, []byte(twitter), []byte("share_twitter"))
			for _, k := range []string{"items_per_page", "theme", "language", "font", "list_mode", "reading_speed"} {
				r.observe(cs, kindText, []byte(fmt.Sprint(i%3)), []byte(k))
			}
		}
		return cs
	}
	classes := []ColumnClass{d.Column(settings, column, sample("1"))}
	d.keyedValues(settings, classes, func(*schema.Column) *ColumnSample { return sample("1") })
	require.NotContains(t, keyedKeys(classes[0]), "share_twitter", "%+v", classes[0].Suggestion)
	require.Contains(t, keyedKeys(classes[0]), "contact_email", "%+v", classes[0].Suggestion)
	classes = []ColumnClass{d.Column(settings, column, sample("@wallabagapp"))}
	d.keyedValues(settings, classes, func(*schema.Column) *ColumnSample { return sample("@wallabagapp") })
	require.Contains(t, keyedKeys(classes[0]), "share_twitter", "%+v", classes[0].Suggestion)
}

// keyedKeys lists the keys the suggestion gives a rule of their own.
func keyedKeys(cc ColumnClass) []string {
	var out []string
	if cc.Suggestion != nil {
		for _, r := range cc.Suggestion.Keyed {
			out = append(out, r.Keys...)
		}
	}
	return out
}

// The organization a person gives (a subscriber's, a user's) is their
// employer, in either spelling; a team's or a repository's is not a
// person's.
func TestPersonsOrganization(t *testing.T) {
	require.Equal(t, QuasiIdentifier, categoryByName("digest_subscribers", "organisation"))
	require.Equal(t, QuasiIdentifier, categoryByName("users", "organization"))
	require.Equal(t, None, categoryByName("repositories", "organization"))
	require.Equal(t, None, categoryByName("users", "organization_id"))
}

// A person's age is a quasi-identifier as a number or as text, and so is
// their child's; a bound of ages is a filter's, and a ward is a region.
func TestAgesAndWards(t *testing.T) {
	require.Equal(t, QuasiIdentifier, categoryByName("customers", "age"))
	require.Equal(t, QuasiIdentifier, categoryByName("childcare_signup", "child_age"))
	require.Equal(t, None, categoryByName("mail_rules", "maximum_age"))
	require.Equal(t, None, categoryByName("sessions", "max_age"))
	require.Equal(t, QuasiIdentifier, categoryByName("councillors", "ward"))
	require.Equal(t, None, categoryByName("wards", "ward_id"))
}

// A gazetteer: a table of administrative areas, or of their codes, holds
// the areas' own names, parents and centroids, kept; the same columns in
// a table about people or addresses are theirs.
func TestAreaTables(t *testing.T) {
	for _, c := range []struct{ table, column string }{
		{"wards", "county"}, {"wards", "sub_county"}, {"wards", "centroid_lat"}, {"counties", "region"},
		{"country_codes", "country_code"}, {"country_codes", "country_name"}, {"zip_codes", "city"}, {"postcodes", "latitude"},
		{"municipalities", "province"},
	} {
		require.Equal(t, None, categoryByName(c.table, c.column), "%s.%s", c.table, c.column)
	}
	for _, c := range []struct{ table, column string }{
		{"volunteers", "county"}, {"addresses", "country_code"}, {"households", "gps_lat"}, {"sitreps_by_person", "region"},
		{"discount_codes", "country"},
	} {
		require.Equal(t, QuasiIdentifier, categoryByName(c.table, c.column), "%s.%s", c.table, c.column)
	}
}

// A password hash under a JSON key gets the column's rule for one, its
// parameters and all: the json transformer takes a path's rule with
// parameters, and without them the constant did not fit.
func TestJSONPathRuleParams(t *testing.T) {
	r, cs := &sampler{}, &ColumnSample{}
	for i := range 40 {
		hash := "$2a$12$" + keyOf("salt", 22)(i) + keyOf("digest", 31)(i)
		r.observe(cs, kindJSON, []byte(`{"hashed_password": "`+hash+`", "birthday": "1984-03-0`+fmt.Sprint(1+i%9)+`"}`), nil)
	}
	people := &schema.Table{Name: schema.Name{Schema: "public", Name: "identity_credentials"}}
	got := Default().Column(people, &schema.Column{Name: "config", Type: tJSONB}, cs)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	require.NotNil(t, got.Suggestion)
	require.Equal(t, "constant", got.Suggestion.Paths["$.hashed_password"], "%+v", got.Suggestion)
	require.Equal(t, map[string]string{"value": "<hash of a known test password>"}, got.Suggestion.PathParams["$.hashed_password"], "%+v", got.Suggestion)
}

// The parts of an address split as ISO 19160 and UPU S42 split it, in a
// table of addresses; a token's strategy is a setting.
func TestAddressPartsAndSettings(t *testing.T) {
	require.Equal(t, QuasiIdentifier, categoryByName("party_address", "building_number"))
	require.Equal(t, QuasiIdentifier, categoryByName("party_address", "building_name"))
	require.Equal(t, QuasiIdentifier, categoryByName("party_address", "unit_number"))
	require.Equal(t, DirectIdentifier, categoryByName("customer_addresses", "pobox"))
	require.Equal(t, None, categoryByName("cache", "cachemailbox_folders_counters"), "not cache mail box")
	require.Equal(t, None, categoryByName("products", "unit_number"), "not an address")
	require.Equal(t, None, categoryByName("clients", "access_token_strategy"))
	require.Equal(t, Secret, categoryByName("clients", "access_token"))
}

// A column named for a keyed digest is a secret when its values look
// like one; a flag about HMACs is not.
func TestHMACColumns(t *testing.T) {
	d := Default()
	codes := &schema.Table{Name: schema.Name{Schema: "public", Name: "identity_verification_codes"}}
	digests := observed(repeat(60, func(i int) string { return fmt.Sprintf("%x", sha256.Sum256(fmt.Append(nil, "code", i))) })...)
	got := d.Column(codes, &schema.Column{Name: "code_hmac", Type: tText}, digests)
	require.Equal(t, Secret, got.Category, "%+v", got.Evidence)
	got = d.Column(codes, &schema.Column{Name: "code_hmac", Type: tText}, observed(repeat(60, func(i int) string { return []string{"sha256", "sha512"}[i%2] })...))
	require.Equal(t, None, got.Category, "an algorithm's name: %+v", got.Evidence)
	require.Equal(t, None, categoryByName("channel_api", "hmac_verified"))
}

// A patient's clinical records are health tables, wherever the word
// patient stands in the name; a patient identifier's type is a lookup and
// a patient's demographics are about people, not their health.
func TestPatientRecordsAndVitals(t *testing.T) {
	d := Default()
	for _, table := range []string{"gnuhealth_patient_evaluation", "patient_disease", "PatientLabTests", "patients_exam"} {
		require.True(t, d.healthTable(table), table)
	}
	for _, table := range []string{"patient_identifier_type", "patient_data", "patient_portal_menu", "patient"} {
		require.False(t, d.healthTable(table), table)
	}
	col := func(table, column string, typ *schema.Type) Category {
		return d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: table}}, &schema.Column{Name: column, Type: typ}, nil).Category
	}
	for _, c := range []string{"bpm", "osat", "temperature", "respiratory_rate", "oxygen_saturation"} {
		require.Equal(t, QuasiIdentifier, col("gnuhealth_patient_evaluation", c, tInt), c)
		require.Equal(t, None, col("spin_classes", c, tInt), "a class's beats a minute are no one's: %s", c)
	}
	require.Equal(t, QuasiIdentifier, col("gnuhealth_patient", "dod", tDate), "a date of death")
	require.Equal(t, None, col("contracts", "dod", tDate), "not about a person")
	require.Equal(t, QuasiIdentifier, categoryByName("gnuhealth_patient", "sexual_preferences"))
	require.Equal(t, QuasiIdentifier, categoryByName("profiles", "sexual_orientation"))
}

// A party is a person or an organization (Tryton's party_party, an ERP's
// parties): its name is a person's as often as a firm's. A third party's
// configuration is not a party.
func TestPartyNames(t *testing.T) {
	require.Equal(t, DirectIdentifier, categoryByName("party_party", "name"))
	require.Equal(t, DirectIdentifier, categoryByName("parties", "name"))
	require.Equal(t, None, categoryByName("third_party_auth_oauth2providerconfig", "name"))
}

// An analytics visitor's id is the cookie that follows one browser; a
// row's integer key named so is not.
func TestVisitorIDs(t *testing.T) {
	require.Equal(t, QuasiIdentifier, categoryByName("visits", "visitor_id"))
	d := Default()
	got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "customer_visitor"}}, &schema.Column{Name: "visitor_id", Type: tInt}, nil)
	require.Equal(t, None, got.Category)
}

// A table of people's names keeps FHIR's HumanName parts; a death
// certificate is about a person's health.
func TestPersonNamesAndCertificates(t *testing.T) {
	require.Equal(t, DirectIdentifier, categoryByName("gnuhealth_person_name", "given"))
	require.Equal(t, DirectIdentifier, categoryByName("person_names", "family"))
	require.Equal(t, None, categoryByName("product_name", "given"), "a product's names are no one's")
	require.Equal(t, None, categoryByName("font_families", "family"))
	d := Default()
	require.True(t, d.healthTable("gnuhealth_death_certificate"))
	require.False(t, d.healthTable("ssl_certificate"))
	dod := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "death_certificates"}}, &schema.Column{Name: "dod", Type: tDate}, nil)
	require.Equal(t, QuasiIdentifier, dod.Category)
	require.Equal(t, QuasiIdentifier, categoryByName("death_certificates", "place_of_death"))
	require.Equal(t, QuasiIdentifier, categoryByName("death_certificates", "type_of_death"))
	require.Equal(t, QuasiIdentifier, categoryByName("patients", "domestic_violence"))
	require.Equal(t, None, categoryByName("campaigns", "domestic_violence"), "a campaign's theme")
}

// A lab test's or a procedure's results are a patient's; a test suite's
// results are a build's.
func TestLabResults(t *testing.T) {
	d := Default()
	for _, table := range []string{"gnuhealth_lab_test_critearea", "procedure_result", "laboratory_results", "lab_tests"} {
		require.True(t, d.healthTable(table), table)
		require.Equal(t, QuasiIdentifier, categoryByName(table, "result_text"), table)
	}
	// (A table's own head noun as a column, procedure_result.result, reads
	// as a lookup's label without data; its values decide.)
	require.Equal(t, QuasiIdentifier, categoryByName("gnuhealth_lab_test_critearea", "result"))
	for _, table := range []string{"ci_test_results", "lab_environments", "search_results"} {
		require.False(t, d.healthTable(table), table)
		require.Equal(t, None, categoryByName(table, "result"), table)
	}
}

// A JSON list of attachments' file names, types and sizes is read by its
// values, as any document is; a bytea attachment is a document that may
// embed anything. A photo's initials and a linked page's own preview
// name no one.
func TestAttachmentListsInitialsAndPreviews(t *testing.T) {
	d := Default()
	tb := &schema.Table{Name: schema.Name{Schema: "public", Name: "comments"}}
	r := &sampler{opts: SampleOptions{}.withDefaults()}
	files, previews := &ColumnSample{}, &ColumnSample{}
	for i := range 60 {
		r.observe(files, kindJSON, []byte(fmt.Sprintf(`[{"filename":"minutes-2024-%02d.pdf","content_type":"application/pdf","byte_size":%d,"signed_id":"eyJfcmFpbHMi%04d"}]`, i%12+1, 20000+i*37, i)), nil)
		r.observe(previews, kindJSON, []byte(fmt.Sprintf(`[{"title":"Housing grants %d","description":"How the state's housing co-operative grant works, who may apply and when rounds open.","url":"https://www.example.gov/grants/%d","hostname":"www.example.gov"}]`, i, i)), nil)
	}
	got := d.Column(tb, &schema.Column{Name: "attachments", Type: tJSONB}, files)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	got = d.Column(tb, &schema.Column{Name: "attachments", Type: tBytea}, nil)
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	got = d.Column(tb, &schema.Column{Name: "link_previews", Type: tJSONB}, previews)
	require.Equal(t, None, got.Category, "%+v", got.Evidence)
	require.Equal(t, None, categoryByName("users", "avatar_initials"))
	require.Equal(t, DirectIdentifier, categoryByName("users", "avatar"))
}

// A message's preview is the message's own text; a link's preview is the
// linked page's.
func TestLinkPreviewWords(t *testing.T) {
	d := Default()
	for _, name := range []string{"link_previews", "linkPreview", "url_preview", "unfurls", "oembed"} {
		require.True(t, linkPreview(d.words(name)), name)
	}
	for _, name := range []string{"preview", "message_preview", "preview_text", "links"} {
		require.False(t, linkPreview(d.words(name)), name)
	}
}

// A password-reset question's answer resets the password; the question a
// person picked is not a secret.
func TestChallengeQuestionsAndAnswers(t *testing.T) {
	for _, c := range []string{"passwd_challenge_answer", "security_answer", "password_recovery_answer"} {
		require.Equal(t, Secret, categoryByName("user_account", c), c)
	}
	for _, c := range []string{"passwd_challenge_question", "security_question", "secret_question", "recovery_question"} {
		require.Equal(t, None, categoryByName("user_account", c), c)
	}
}

// An OpenID Connect provider's subject names the person there, in a
// column of its own or a list of them; a team's is a group's.
func TestOIDCSubjects(t *testing.T) {
	for _, c := range []string{"oidc_ids", "oidc_sub", "oidcSubject"} {
		require.Equal(t, DirectIdentifier, categoryByName("users", c), c)
	}
	require.Equal(t, None, categoryByName("teams", "oidc_id"))
}

// A library's borrowers and patrons are people: their initials identify,
// and what staff write on the rows about them is about a person.
func TestBorrowersAndPatrons(t *testing.T) {
	d := Default()
	for _, table := range []string{"borrowers", "patron", "library_patrons"} {
		require.Equal(t, "person", d.tableKind(table), table)
		require.Equal(t, QuasiIdentifier, categoryByName(table, "initials"), table)
	}
	// A photo's initials (Loomio's users.avatar_initials) name no one.
	require.Equal(t, None, categoryByName("users", "avatar_initials"))
	require.Equal(t, None, categoryByName("products", "initials"))
}

// A word for prose before name names a thing, not the prose: Alaveteli's
// public_body_name, OFBiz's NOTE_NAME.
func TestProseWordBeforeName(t *testing.T) {
	for _, c := range []string{"public_body_name", "public_body_names", "NOTE_NAME", "message_name"} {
		require.Equal(t, None, categoryByName("public_body_change_requests", c), c)
	}
	for _, c := range []string{"body", "public_body", "note", "body_text"} {
		require.Equal(t, FreeText, categoryByName("public_body_change_requests", c), c)
	}
}

// A table of people's photos (Koha's patronimage, PeerTube's actorImage)
// is about people: its image bytes are a photo, its height and width the
// image's.
func TestPortraitTables(t *testing.T) {
	d := Default()
	for _, table := range []string{"patronimage", "employee_photos", "user_avatars", "actorImage"} {
		require.Equal(t, "person", d.tableKind(table), table)
	}
	for _, table := range []string{"product_images", "roombooking_photos", "image"} {
		require.NotEqual(t, "person", d.tableKind(table), table)
	}
	photos := &schema.Table{Name: schema.Name{Schema: "public", Name: "patronimage"}}
	got := d.Column(photos, &schema.Column{Name: "imagefile", Type: tBytea}, &ColumnSample{NonNull: 28, Binary: 28})
	require.Equal(t, DirectIdentifier, got.Category, "%+v", got.Evidence)
	require.NotContains(t, got.Evidence[0].Message, "encrypted", "an image's entry for bytes, not the ciphertext reading of its entry for text")
	for _, c := range []string{"height", "width"} {
		got := d.Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "actorImage"}}, &schema.Column{Name: c, Type: tInt}, nil)
		require.Equal(t, None, got.Category, "%s: %+v", c, got.Evidence)
	}
	require.Equal(t, QuasiIdentifier, Default().Column(&schema.Table{Name: schema.Name{Schema: "public", Name: "patients"}},
		&schema.Column{Name: "height", Type: tInt}, nil).Category)
}

// A person's messenger handles and directory entry name them; a bot's
// or a site's do not. A VAT number's name run together is one.
func TestHandlesDirectoryNamesAndVATIDs(t *testing.T) {
	d := Default()
	for _, c := range []string{"telegram", "skype", "wechat", "ldapid", "ldap_id", "user_ldap_dn"} {
		require.Equal(t, DirectIdentifier, categoryByName("users", c), c)
	}
	require.Equal(t, None, categoryByName("glpi_entities", "ldap_dn"), "a site's organizational unit")
	require.Equal(t, None, categoryByName("notification_channels", "telegram"))
	require.Equal(t, DirectIdentifier, categoryByName("vtiger_organizationdetails", "vatid"))
	// A change log's values before and after, run together, are value
	// columns (read by their values, as old_value and new_value are).
	require.Equal(t, []string{"previous", "value"}, d.words("prevalue"))
	require.Equal(t, []string{"new", "value"}, d.words("postvalue"))
	require.Equal(t, []string{"new", "value"}, d.words("newvalue"))
	require.True(t, opaqueName(d.words("prevalue")))
}

// Names chosen from OXID's and osTicket's misses (holdout 66): a PHP
// session id, a mail account's password, a German VAT id, a member's
// registration number.
func TestSessionPasswordVATAndRegistrationNames(t *testing.T) {
	require.Equal(t, Secret, categoryByName("sessions", "sessid"))
	require.Equal(t, Secret, categoryByName("shops", "smtppwd"))
	require.Equal(t, Secret, categoryByName("settings", "smtp_password"))
	for _, c := range []string{"ustid", "ust_id", "billustid"} {
		require.Equal(t, DirectIdentifier, categoryByName("orders", c), c)
	}
	require.Equal(t, DirectIdentifier, categoryByName("students", "regno"))
	require.Equal(t, None, categoryByName("vehicles_import", "regno"), "a registration number outside a table about people")
}

// A table a double underscore divides is a part of what comes before it:
// osTicket's ost_user__cdata holds a user's custom fields.
func TestDoubleUnderscorePartTables(t *testing.T) {
	d := Default()
	require.Equal(t, "person", d.tableKind("ost_user__cdata"))
	require.Equal(t, "person", d.tableKind("customer__notes"))
	require.NotEqual(t, "person", d.tableKind("__diesel_schema_migrations"))
	require.Equal(t, "", d.tableKind("ost_ticket__cdata"))
	require.Equal(t, DirectIdentifier, categoryByName("ost_user__cdata", "regno"))
	require.Equal(t, QuasiIdentifier, categoryByName("ost_user__cdata", "school"))
	require.Equal(t, None, categoryByName("ost_ticket__cdata", "school"))
}

// Names chosen from Gibbon's and phpBB's misses (holdout 67): the
// languages a person speaks, their right of residence and profession, an
// account's activation key and a confirmation key.
func TestLanguagesResidencyAndActivationKeys(t *testing.T) {
	for _, c := range []string{"languageFirst", "languageSecond", "languageHomePrimary", "first_language", "mother_tongue", "residencyStatus", "profession"} {
		require.Equal(t, QuasiIdentifier, categoryByName("students", c), c)
	}
	for _, c := range []string{"language", "languageFirst", "profession"} {
		require.Equal(t, None, categoryByName("courses", c), "%s, not in a table about people", c)
	}
	require.Equal(t, None, categoryByName("users", "language"), "an interface's language")
	for _, c := range []string{"user_actkey", "activation_key", "user_last_confirm_key"} {
		require.Equal(t, Secret, categoryByName("users", c), c)
	}
}
