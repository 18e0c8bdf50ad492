package classify

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"

	"github.com/understudy/understudy/detect"
)

// The detector names. A Detection, a sampled column's match counts and a
// piece of Evidence name their detector with one of these.
const (
	DetectorEmail        = "email"
	DetectorPhone        = "phone"
	DetectorCardNumber   = "card_number"
	DetectorIBAN         = "iban"
	DetectorSSN          = "us_ssn"
	DetectorIPv4         = "ipv4"
	DetectorIPv6         = "ipv6"
	DetectorJWT          = "jwt"
	DetectorAWSAccessKey = "aws_access_key"
	DetectorStripeKey    = "stripe_key"
	DetectorGitHubToken  = "github_token"
	DetectorSlackToken   = "slack_token"
	DetectorGoogleAPIKey = "google_api_key"
	// DetectorBitLocker is a BitLocker recovery key: it unlocks a disk.
	DetectorBitLocker      = "bitlocker_recovery_key"
	DetectorPasswordHash   = "password_hash"
	DetectorPrivateKey     = "private_key"
	DetectorURLCredentials = "url_credentials"
	// DetectorAPIToken is a credential no vendor prefix names, found by its
	// structure (<prefix>_live_<random>, sk_..., a bare base64 key) and the
	// randomness of its random part.
	DetectorAPIToken = "api_token"
	// DetectorPersonName is a person's full name ("Ann Smith", "Smith,
	// Ann", "Kim Min-jun"), from embedded name lists and shape checks.
	DetectorPersonName = "person_name"
	// DetectorNationalID is a national or tax identification number with
	// valid check digits (EU VAT, EIN, ITIN, NINO, NIR, Steuer-ID, CPF, ...).
	DetectorNationalID = "national_id"
	// DetectorStreetAddress is a street address line ("123 Main St",
	// "12 rue de la Paix", "Hauptstraße 5", "Apt 4B").
	DetectorStreetAddress = "street_address"
	// DetectorPostcode is a postcode of a distinctive shape (UK, CA, NL,
	// ZIP+4, CEP, country-prefixed); a bare five-digit ZIP is not one.
	DetectorPostcode = "postcode"
	// DetectorMAC is a MAC address written in a text column.
	DetectorMAC = "mac_address"
	// DetectorUserAgent is a whole HTTP User-Agent header
	// ("Mozilla/5.0 (iPhone; ...) ...", "okhttp/4.12.0 (Android 14)").
	DetectorUserAgent = "user_agent_header"
	// DetectorSocialProfile is the URL of a person's profile on a social
	// or developer network ("https://www.linkedin.com/in/ann-smith",
	// "https://mastodon.social/@ann").
	DetectorSocialProfile = "social_profile_url"
	// DetectorTrackingURL is a landing page's or a referrer's URL that
	// carries an ad click's id (?gclid=, &fbclid=): a tracking id, which
	// follows one browser.
	DetectorTrackingURL = "tracking_url"
	// DetectorChatHandle is a person's address on a federated chat or
	// social network: a Matrix user id ("@ann:matrix.org") or a fediverse
	// handle ("@ann@mastodon.social").
	DetectorChatHandle = "chat_handle"
	// DetectorNameLogin is a login spelled from a person's name as
	// directories spell them, in one word: an initial and a surname
	// ("jsmith", "yokafor2"), or a given name and a surname run together
	// (detect.IsNameLogin). It decides a column only from many distinct
	// values (loginDistinct): one word in two hundred is a letter and a
	// surname by chance ("state", "place").
	DetectorNameLogin = "name_login"
	// DetectorPaymentCustomer is a customer's id at a payment provider
	// (Stripe's cus_..., a connected account's acct_...): it links the
	// person to their billing details there.
	DetectorPaymentCustomer = "payment_customer_id"
	// DetectorClinicalCode is a coded diagnosis, medication, vaccine,
	// test result or sensitivity label (detect.IsClinicalCode): health
	// data about whoever the row is about.
	DetectorClinicalCode = "clinical_code"
	// DetectorClientHost is a subscriber line's reverse DNS name with its
	// IPv4 address written into it (c-73-22-1-5.hsd1.or.comcast.net;
	// detect.IsClientHostname): who connected, resolved.
	DetectorClientHost = "client_hostname"
	// DetectorHexIP is an IP address written in hex digits, as an
	// application keeps one to compare ranges (MediaWiki's C0A80001 and
	// v6-20010DB8…; detect.IsHexIP). Eight hex digits are many other
	// things too, so it decides only under a name that says an address
	// (hexIPName).
	DetectorHexIP = "hex_ip"
	// DetectorPTNIF is a Portuguese tax number written bare, nine digits
	// with a mod-11 check digit (detect.IsBarePortugueseNIF). One number
	// in eleven passes by chance, so it decides a column only when
	// nearly all of its values pass (ptNIFShare).
	DetectorPTNIF = "pt_nif"
	// DetectorNameSlug is a slug, a file name, a path or a handle spelled
	// from a person's full name ("ann-smiths-workspace",
	// "CV_Ann_Smith.pdf", "ann.smith"): a value of one token with a name
	// inside (detect.HasNameInToken). It is reported as Embedded, a name
	// inside the value.
	DetectorNameSlug = "name_slug"
	// DetectorStatus counts workflow statuses ("pending", "shipped",
	// "in_progress"); like the confirmers below, Detect does not run it.
	// A column named state or region whose values are statuses is a
	// workflow's, not part of an address.
	DetectorStatus = "status_word"
	// DetectorRowKey counts keys an application made for a row (UUIDs,
	// ObjectIds, ULIDs, numbers): like DetectorStatus, Detect does not run
	// it. A column named for who wrote the row (created_by) whose values
	// are such keys references that person's row: it holds no login.
	DetectorRowKey = "row_key"
	// DetectorReference counts references to rows of a named type
	// (Patient/<uuid>, gid://app/User/42; detect.IsReference): like
	// DetectorStatus, Detect does not run it. A column of them links rows
	// whatever its name says (subject, user, organization).
	DetectorReference = "reference"
	// DetectorServerAddress counts where servers listen (URLs with no
	// user, host:port; detect.IsServerAddress): like DetectorStatus,
	// Detect does not run it. A column named address that holds them is
	// a network address, not a street's.
	DetectorServerAddress = "server_address"
	// DetectorAnswer counts answers to a yes/no question (yes, no,
	// unknown, n/a; detect.IsAnswerWord): like DetectorStatus, Detect
	// does not run it. In a table about health, a column of nothing else
	// says whether its subject has a symptom or a condition.
	DetectorAnswer = "answer"
	// DetectorFlag counts booleans spelled in text (Y/N, true/false, 0/1):
	// like DetectorStatus, Detect does not run it. A column named for a
	// password or a login whose values are all flags says whether one is
	// required or used: it holds neither.
	DetectorFlag = "flag"
	// DetectorUUID counts UUIDs: like DetectorStatus, Detect does not run
	// it. The text id of a table of login sessions that holds them is the
	// session's cookie (see sessionKeys).
	DetectorUUID = "uuid"
	// DetectorInternalIP counts IP addresses of private networks, loopback
	// and documentation (detect.IsInternalIP): like DetectorStatus, Detect
	// does not run it. In a table of servers, addresses that are all
	// internal are the servers' own.
	DetectorInternalIP = "internal_ip"
	// DetectorImageData counts images written as data URLs
	// (detect.IsImageDataURL): like DetectorStatus, Detect does not run
	// it. A text column that holds them holds images, as a bytea column
	// does: a signature or a photo by its name.
	DetectorImageData = "image_data_url"
	// DetectorKeyFile counts names and paths of key files (id_ed25519,
	// /etc/ssl/private/app.pem; detect.IsKeyFileName): like
	// DetectorStatus, Detect does not run it. A column named for a
	// private key that holds only these points at the key.
	DetectorKeyFile = "key_file_name"
	// DetectorSystemActor counts accounts that act with no person behind
	// them (admin, ops-terraform, InvoiceDispatcher): like DetectorStatus,
	// Detect does not run it. A column named for who wrote the row whose
	// every value is one holds no person's login.
	DetectorSystemActor = "system_actor"
	// DetectorBirthDate counts ISO dates and timestamps that would give an
	// age of 0 to 110. Any recent date does, so, like the confirmers below,
	// Detect does not run it; Sample counts it, and it is evidence of a
	// birth date only beside a table about people or a name that says so.
	DetectorBirthDate = "birth_date"
	// DetectorSalutation counts forms of address (Mr, Frau, Mme, Dr.;
	// detect.IsSalutation): like DetectorStatus, Detect does not run it.
	// A text column that holds mostly these is a salutation or a name
	// prefix, whatever its name: a person's gender, a quasi-identifier.
	DetectorSalutation = "salutation"
	// DetectorSecretName is a JSON object key named like a secret
	// ("password", "api_key") holding a non-empty string.
	DetectorSecretName = "secret_name"
	// DetectorHighEntropy and DetectorHexDigest say nothing on their own (a
	// random-looking string may be an id or a checksum); Detect does not run
	// them. Sample counts them, and Classify uses them only to confirm a
	// column whose name already suggests a secret.
	DetectorHighEntropy = "high_entropy_token"
	DetectorHexDigest   = "hex_digest"
	// DetectorProse counts values that read as sentences (six or more words,
	// mostly letters); like the two above, Sample counts it and Detect does
	// not run it.
	DetectorProse = "prose"
	// DetectorInet and DetectorMacaddr name type evidence: a column of type
	// inet or cidr holds IP addresses, one of macaddr MAC addresses.
	DetectorInet    = "inet"
	DetectorMacaddr = "macaddr"
)

// Detection is one detector's finding in a value. It holds no part of the
// value: only what was found and where.
type Detection struct {
	Detector string   `json:"detector"`
	Category Category `json:"category"`
	// Path is the JSONPath of the string (or key) in a JSON document, with
	// array indexes collapsed to [*]; empty for a plain value.
	Path string `json:"path,omitempty"`
	// Embedded reports that an identifier was found in one word of a longer
	// text rather than as the whole value ("write to ann@example.com"), or
	// a person's name inside a slug.
	// Secret detectors always search inside values and never set it.
	Embedded bool `json:"embedded,omitempty"`
}

// Detector is one pure function on a string and the category of what it
// finds.
type Detector struct {
	Name     string
	Category Category
	// Secret detectors (Category Secret) search anywhere in the value;
	// identifier detectors match the whole value, spaces trimmed.
	Match func(string) bool
	// InText, when set, finds the identifier inside a longer text instead
	// of Match on each word: a person's name is two words or more.
	InText func(string) bool
}

// secretDetectors search anywhere in a value, cheapest first.
var secretDetectors = []Detector{
	{Name: DetectorPrivateKey, Category: Secret, Match: detect.HasPrivateKey},
	{Name: DetectorPasswordHash, Category: Secret, Match: detect.HasPasswordHash},
	{Name: DetectorJWT, Category: Secret, Match: detect.HasJWT},
	{Name: DetectorAWSAccessKey, Category: Secret, Match: detect.HasAWSAccessKey},
	{Name: DetectorStripeKey, Category: Secret, Match: detect.HasStripeKey},
	{Name: DetectorGitHubToken, Category: Secret, Match: detect.HasGitHubToken},
	{Name: DetectorSlackToken, Category: Secret, Match: detect.HasSlackToken},
	{Name: DetectorGoogleAPIKey, Category: Secret, Match: detect.HasGoogleAPIKey},
	{Name: DetectorBitLocker, Category: Secret, Match: detect.HasBitLockerRecoveryKey},
	{Name: DetectorURLCredentials, Category: Secret, Match: detect.HasURLCredentials},
	{Name: DetectorAPIToken, Category: Secret, Match: detect.HasAPIToken},
}

// identifierDetectors match a whole value, or one word of a text (or, with
// InText, a run of words).
var identifierDetectors = []Detector{
	{Name: DetectorEmail, Category: DirectIdentifier, Match: detect.IsEmail},
	{Name: DetectorCardNumber, Category: DirectIdentifier, Match: detect.IsCardNumber},
	{Name: DetectorIBAN, Category: DirectIdentifier, Match: detect.IsIBAN},
	{Name: DetectorSSN, Category: DirectIdentifier, Match: detect.IsSSN},
	{Name: DetectorNationalID, Category: DirectIdentifier, Match: detect.IsNationalID},
	{Name: DetectorPTNIF, Category: DirectIdentifier, Match: detect.IsBarePortugueseNIF, InText: noneInText},
	{Name: DetectorPhone, Category: DirectIdentifier, Match: detect.IsPhone},
	{Name: DetectorIPv4, Category: QuasiIdentifier, Match: detect.IsIPv4},
	{Name: DetectorIPv6, Category: QuasiIdentifier, Match: detect.IsIPv6},
	{Name: DetectorMAC, Category: QuasiIdentifier, Match: detect.IsMAC},
	{Name: DetectorUserAgent, Category: QuasiIdentifier, Match: detect.IsUserAgent, InText: noneInText},
	{Name: DetectorPersonName, Category: DirectIdentifier, Match: detect.IsPersonName, InText: detect.HasPersonName},
	{Name: DetectorStreetAddress, Category: DirectIdentifier, Match: detect.IsStreetAddress, InText: noneInText},
	{Name: DetectorPostcode, Category: QuasiIdentifier, Match: detect.IsPostcode},
	{Name: DetectorSocialProfile, Category: DirectIdentifier, Match: detect.IsSocialProfileURL, InText: noneInText},
	{Name: DetectorTrackingURL, Category: QuasiIdentifier, Match: detect.IsTrackingURL, InText: noneInText},
	{Name: DetectorChatHandle, Category: DirectIdentifier, Match: detect.IsChatHandle, InText: detect.HasChatHandle},
	{Name: DetectorNameLogin, Category: DirectIdentifier, Match: detect.IsNameLogin, InText: noneInText},
	{Name: DetectorPaymentCustomer, Category: QuasiIdentifier, Match: detect.IsPaymentCustomerID, InText: noneInText},
	{Name: DetectorClinicalCode, Category: QuasiIdentifier, Match: detect.IsClinicalCode, InText: noneInText},
	{Name: DetectorClientHost, Category: QuasiIdentifier, Match: detect.IsClientHostname, InText: noneInText},
	{Name: DetectorHexIP, Category: QuasiIdentifier, Match: detect.IsHexIP, InText: noneInText},
}

// noneInText marks a detector that is not looked for inside a text: a
// street address spans words and commas that prose also has.
func noneInText(string) bool { return false }

// Detectors returns the detectors Detect runs, secrets first. The verify
// credential scan runs the ones whose Category is Secret.
func Detectors() []Detector {
	out := make([]Detector, 0, len(secretDetectors)+len(identifierDetectors))
	out = append(out, secretDetectors...)
	return append(out, identifierDetectors...)
}

// detectorCategory returns the category of a named detector.
func detectorCategory(name string) Category {
	switch name {
	case DetectorSecretName, DetectorHighEntropy, DetectorHexDigest:
		return Secret
	case DetectorProse:
		return FreeText
	case DetectorInet, DetectorMacaddr, DetectorBirthDate, DetectorSalutation:
		return QuasiIdentifier
	case DetectorStatus, DetectorRowKey, DetectorReference, DetectorServerAddress, DetectorAnswer, DetectorFlag, DetectorSystemActor, DetectorUUID, DetectorInternalIP, DetectorImageData, DetectorKeyFile:
		return None
	case DetectorNameSlug:
		return DirectIdentifier
	}
	for _, d := range secretDetectors {
		if d.Name == name {
			return Secret
		}
	}
	for _, d := range identifierDetectors {
		if d.Name == name {
			return d.Category
		}
	}
	return None
}

// Detect runs every detector on a value and returns what they found, at most
// one Detection per detector, in the order of Detectors. It returns nil when
// nothing was found.
func Detect(value string) []Detection {
	out := DetectSecrets(value)
	return detectIdentifiers(value, out)
}

// DetectSecrets runs only the secret detectors: the credential scan. A
// value that MayHoldSecret rules out is not looked at further.
func DetectSecrets(value string) []Detection {
	if !MayHoldSecret(value) {
		return nil
	}
	return detectSecrets(value)
}

// DetectSecretsText is DetectSecrets for a text column's value: a JSON
// document kept as text is read as a json column's is (DetectJSON), so a
// random run that is a public member's (a key set's modulus under
// $.keys[*].n, a record's id) is no API token because the whole text
// holds it. Sample reads such a document the same way.
func DetectSecretsText(value string) []Detection {
	ds := DetectSecrets(value)
	isToken := func(d Detection) bool { return d.Detector == DetectorAPIToken }
	if !slices.ContainsFunc(ds, isToken) {
		return ds
	}
	t := bytes.TrimSpace([]byte(value))
	if len(t) == 0 || t[0] != '{' && t[0] != '[' || !json.Valid(t) || slices.ContainsFunc(DetectJSON(t), isToken) {
		return ds
	}
	return slices.DeleteFunc(ds, isToken)
}

// detectSecrets runs the secret detectors without the prefilter.
func detectSecrets(value string) []Detection {
	var out []Detection
	if len(value) < 8 {
		return nil
	}
	for _, d := range secretDetectors {
		if d.Match(value) {
			out = append(out, Detection{Detector: d.Name, Category: d.Category})
		}
	}
	return out
}

// maxWordScan bounds how much of a long text is split into words for
// embedded identifiers.
const maxWordScan = 64 << 10

func detectIdentifiers(value string, out []Detection) []Detection {
	v := strings.TrimSpace(value)
	if len(v) < 3 {
		return out
	}
	if messageIDs(v) {
		// <3191@mail.example> <3192@mail.example>: an email's
		// References or Message-ID, the ids of messages, not addresses.
		return out
	}
	if detect.IsHL7Message(v) {
		return hl7Identifiers(v, out)
	}
	for _, d := range identifierDetectors {
		if d.Match(v) {
			// One whole value is one thing: the first match wins (an IPv4
			// address is not also a phone number).
			return append(out, Detection{Detector: d.Name, Category: d.Category})
		}
	}
	if !strings.ContainsAny(v, " \t\n\r,;") && v[0] != '[' && v[0] != '{' {
		if tail := fieldValue(v); tail != "" {
			// mailto:ann@example.org, email=ann@example.org
			if i := wordIdentifier(tail, 0); i >= 0 {
				d := identifierDetectors[i]
				return append(out, Detection{Detector: d.Name, Category: d.Category, Embedded: true})
			}
		}
		if i := queryIdentifier(v); i >= 0 {
			// https://…/pricing?email=ann%40example.org&utm_source=…
			d := identifierDetectors[i]
			return append(out, Detection{Detector: d.Name, Category: d.Category, Embedded: true})
		}
		if i := pipedIdentifier(v); i >= 0 {
			d := identifierDetectors[i]
			return append(out, Detection{Detector: d.Name, Category: d.Category, Embedded: true})
		}
		if detect.HasNameInToken(v) || urlNamesPerson(v) {
			out = append(out, Detection{Detector: DetectorNameSlug, Category: DirectIdentifier, Embedded: true})
		}
		return out
	}
	if detect.IsFileName(v) && detect.HasPersonName(v) {
		// "Passport Zofia Kowalski.jpg": a file named after a person, as
		// CV_Zofia_Kowalski.pdf is.
		return append(out, Detection{Detector: DetectorNameSlug, Category: DirectIdentifier, Embedded: true})
	}
	if len(v) > maxWordScan {
		v = v[:maxWordScan]
	}
	var found uint32
	// A JSON document's members are read by path (ColumnSample.Paths):
	// a handle under $.linkedin is masked there, and the document kept
	// whole.
	slug, document := false, v[0] == '{' || v[0] == '['
	for i, d := range identifierDetectors {
		if d.InText != nil && d.InText(v) {
			found |= 1 << i
		}
	}
	if detect.HasLabelledPhone(v) || strings.IndexByte(v, '+') >= 0 && detect.HasInternationalPhone(v) {
		// "Tel. 030 1234567", "cel. 72214408"; "call +44 20 7946 0958",
		// its digits grouped as one word would not hold them.
		found |= 1 << phoneIndex
	}
	match := func(w string) bool {
		i := wordIdentifier(w, found)
		if i >= 0 {
			found |= 1 << i
		}
		return i >= 0
	}
	for w := range detect.Words(v) {
		if match(w) {
			continue
		}
		if tail := fieldValue(w); tail != "" && match(tail) {
			continue // EMAIL;TYPE=HOME:ann@example.org in a vCard
		}
		if i := queryIdentifier(w); i >= 0 {
			found |= 1 << i
			continue
		}
		switch {
		case found&(1<<emailIndex) == 0 && strings.IndexByte(w, '@') > 0 && hasEmail(w):
			found |= 1 << emailIndex // /emailAddress=ann@example.org/CN=Ann Lee
		case !slug && !document && strings.ContainsAny(w, "-_./") && detect.HasNameInToken(w):
			slug = true // nathalie-traore-8dd3e4, see CV_Anna_Schmidt.pdf
		}
	}
	for i, d := range identifierDetectors {
		if found&(1<<i) != 0 {
			out = append(out, Detection{Detector: d.Name, Category: d.Category, Embedded: true})
		}
	}
	if slug && found&(1<<personNameIndex) == 0 {
		out = append(out, Detection{Detector: DetectorNameSlug, Category: DirectIdentifier, Embedded: true})
	}
	return out
}

// hl7Identifiers appends what an HL7 v2 message holds in the fields
// that name or reach a person, as scrub_text finds them there (see
// detect.AppendEntities): its people's names, phones and emails, and the
// names, emails, phones and identifiers found in the rest of its text.
func hl7Identifiers(v string, out []Detection) []Detection {
	var found uint32
	for _, sp := range detect.AppendEntities(nil, v) {
		switch sp.Kind {
		case detect.KindPersonName, detect.KindTitledSurname, detect.KindGreetedName, detect.KindInvertedName:
			found |= 1 << personNameIndex
		case detect.KindPhone:
			found |= 1 << phoneIndex
		case detect.KindEmail:
			found |= 1 << emailIndex
		case detect.KindNationalID:
			found |= 1 << nationalIDIndex
		}
	}
	for i, d := range identifierDetectors {
		if found&(1<<i) != 0 {
			out = append(out, Detection{Detector: d.Name, Category: d.Category, Embedded: true})
		}
	}
	return out
}

// emailIndex is the index of the email detector in identifierDetectors.
var emailIndex = slices.IndexFunc(identifierDetectors, func(d Detector) bool { return d.Name == DetectorEmail })

// nationalIDIndex is the index of the national identifier detector in
// identifierDetectors.
var nationalIDIndex = slices.IndexFunc(identifierDetectors, func(d Detector) bool { return d.Name == DetectorNationalID })

// phoneIndex is the index of the phone detector in identifierDetectors.
var phoneIndex = slices.IndexFunc(identifierDetectors, func(d Detector) bool { return d.Name == DetectorPhone })

// hasEmail reports an address inside a word that is not one as a whole:
// a certificate's subject (/emailAddress=ann@example.org/CN=...), an LDAP
// attribute (mail=ann@example.org,ou=...), found as scrub_text finds it.
func hasEmail(w string) bool {
	for _, sp := range detect.AppendEntities(nil, w) {
		if sp.Kind == detect.KindEmail {
			return true
		}
	}
	return false
}

// personNameIndex is the index of the person-name detector in
// identifierDetectors: a name found in the words of a text is not counted
// again as a name spelled in one of them.
var personNameIndex = slices.IndexFunc(identifierDetectors, func(d Detector) bool { return d.Name == DetectorPersonName })

// wordIdentifier returns the index in identifierDetectors of the first
// detector, not among those found already (a bit per index) and not one
// that reads runs of words (InText), that matches one word of a text; -1
// when none does. A phone number alone in a text is only believed in E.164
// form: digit groups in prose are years, amounts and ids (a national form
// after a phone label is found before, by detect.HasLabelledPhone).
func wordIdentifier(w string, found uint32) int {
	for i, d := range identifierDetectors {
		if found&(1<<i) != 0 || d.InText != nil {
			continue
		}
		if d.Name == DetectorPhone && w[0] != '+' {
			continue
		}
		if d.Match(w) {
			return i
		}
	}
	return -1
}

// pipedIdentifier returns the index in identifierDetectors of an
// identifier that is one of the |-separated parts of a word, or of a
// part's head before a colon: a rate limiter's key, as Laravel writes
// them into its cache table (ann@example.org|203.0.113.9,
// app_cache_login|203.0.113.9:timer); -1 when there is none.
func pipedIdentifier(w string) int {
	if strings.IndexByte(w, '|') < 0 {
		return -1
	}
	for part := range strings.SplitSeq(w, "|") {
		if len(part) < 3 {
			continue
		}
		if i := wordIdentifier(part, 0); i >= 0 {
			return i
		}
		if head, _, ok := strings.Cut(part, ":"); ok && len(head) >= 3 {
			if i := wordIdentifier(head, 0); i >= 0 {
				return i
			}
		}
	}
	return -1
}

// fieldValue returns what follows the last : or = of a word written
// name:value or name=value (mailto:ann@example.org, TEL;TYPE=CELL:+4930…,
// email=ann@example.org), when at least 3 bytes do; "" otherwise. A URL's
// scheme (https://) is not a field name, and what follows oid: is an
// object identifier (SAML's urn:oid:2.5.4.42, a given name's attribute),
// not an address.
func fieldValue(w string) string {
	i := strings.LastIndexAny(w, ":=")
	if i < 0 || len(w)-i-1 < 3 || strings.Contains(w, "://") || detect.AfterOID(w, i+1) {
		return ""
	}
	return w[i+1:]
}

// urlNamesPerson reports a URL whose host or path spells a person's name
// as a slug does: a profile (https://www.linkedin.example/in/dmitri-kim-224),
// a personal site (https://anna-schmidt.example/cv). A trade name that
// carries a surname (plomberie-benali.example) is not one: one word is
// not a name.
func urlNamesPerson(v string) bool {
	if !strings.Contains(v, "://") {
		return false
	}
	u, err := url.Parse(v)
	return err == nil && (detect.HasNameInToken(u.Hostname()) || detect.HasNameInToken(u.Path))
}

// messageIDs reports a value made only of <local@domain> ids separated by
// white space: an email's Message-ID, In-Reply-To or References header.
// An address written so stands after a name ("Ann Lee <ann@x.org>").
func messageIDs(v string) bool {
	if v[0] != '<' || v[len(v)-1] != '>' {
		return false
	}
	for f := range strings.FieldsSeq(v) {
		if len(f) < 5 || f[0] != '<' || f[len(f)-1] != '>' || strings.Count(f, "@") != 1 || strings.ContainsAny(f[1:len(f)-1], "<>") {
			return false
		}
	}
	return true
}

// queryIdentifier returns the index in identifierDetectors of the first
// detector that matches a value of the query string of the URL w, or of
// the form body w, percent-decoded (?email=ann%40example.org&phone=%2B4930…,
// as prefill, unsubscribe and login-hint links carry them); -1 when none
// does or w has no query.
func queryIdentifier(w string) int {
	q := w
	if i := strings.IndexByte(w, '?'); i >= 0 {
		q = w[i+1:]
	} else if strings.Contains(w, "://") || !strings.Contains(w, "&") {
		return -1
	}
	if i := strings.IndexByte(q, '#'); i >= 0 {
		q = q[:i]
	}
	for p := range strings.SplitSeq(q, "&") {
		_, v, ok := strings.Cut(p, "=")
		if !ok || len(v) < 3 {
			continue
		}
		if dv, err := url.QueryUnescape(v); err == nil && len(dv) >= 3 {
			if i := wordIdentifier(dv, 0); i >= 0 {
				return i
			}
			if strings.IndexByte(dv, ' ') >= 0 {
				// A search: ?Query=Requestor.EmailAddress = 'ann@example.org',
				// ?q=from:ann@example.org is:open.
				if i := queryWordIdentifier(dv); i >= 0 {
					return i
				}
			}
		}
	}
	return -1
}

// queryWordIdentifier returns the index in identifierDetectors of an
// identifier that is one word of a decoded search query, stripped of its
// quotes and brackets, or what follows a word's field name (from:ann@...);
// -1 when there is none.
func queryWordIdentifier(q string) int {
	for w := range strings.FieldsSeq(q) {
		w = strings.Trim(w, `'"()[],;`)
		if len(w) < 3 {
			continue
		}
		if i := wordIdentifier(w, 0); i >= 0 {
			return i
		}
		if tail := fieldValue(w); len(tail) >= 3 {
			if i := wordIdentifier(tail, 0); i >= 0 {
				return i
			}
		}
	}
	return -1
}

// secretRun is the shortest run of token bytes (see tokenByte) with an
// underscore or a dollar sign that a detector can match without one of
// the markers: a password hash ($2a$...) or a <prefix>_<random> token is
// at least 20; 15 leaves room.
const secretRun = 15

// keyRun is the shortest bare key a detector takes without a marker or a
// separator: a base64 key of 32 bytes (detect.HasAPIToken), a SendGrid key.
const keyRun = 43

// MayHoldSecret is the credential scan's prefilter: it reports false only
// for a value that no secret detector can match, and costs one pass over
// the bytes. Every detector needs one of secretMarkers (a URL, a PEM or
// PuTTY header, a JWT's "eyJ", a vendor prefix without a separator, an md5
// role password, a webhook host), or a run of printable ASCII bytes other
// than spaces and quotes that is either at least secretRun long with an _
// or a $ in it (a prefixed token, a password hash) or at least keyRun long
// with a byte that is not a hex digit (a bare key: the detectors take
// bare hex for a digest), or an LDAP password hash's scheme ({SSHA},
// {CRYPT}). Prose, names, emails, numbers, UUIDs and hex
// digests have none. FuzzMayHoldSecret checks that it never rules out
// what a detector finds.
func MayHoldSecret[T string | []byte](v T) bool {
	if len(v) < 8 {
		return false
	}
	run, sep, nonHex := 0, false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		k := byteClass[c]
		if k&classToken == 0 {
			run, sep, nonHex = 0, false, false
			continue
		}
		run++
		sep = sep || k&classSep != 0
		nonHex = nonHex || k&classHex == 0
		if sep && run >= secretRun || nonHex && run >= keyRun {
			return true
		}
		if k&classMarker != 0 && i+1 < len(v) {
			if p := uint16(c)<<8 | uint16(v[i+1]); markerPairs[p>>6]&(1<<(p&63)) != 0 && hasMarkerAt(v, i) {
				return true
			}
		}
	}
	return false
}

// The classes of a byte, for MayHoldSecret.
const (
	classToken  = 1 << iota // printable ASCII but a space or a quote
	classSep                // _ or $
	classHex                // a hex digit, or = (base64 padding)
	classMarker             // the first byte of one of secretMarkers
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if b > ' ' && b < 0x7f && b != '"' && b != '\'' {
			t[c] |= classToken
		}
		if b == '_' || b == '$' {
			t[c] |= classSep
		}
		if '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F' || b == '=' {
			t[c] |= classHex
		}
	}
	for _, m := range secretMarkers {
		t[m[0]] |= classMarker
	}
	return t
}()

// secretMarkers are what MayHoldSecret looks for besides a long run: a URL
// (its credentials may be short: scheme://u:p@h), a PEM or PuTTY key
// header, a JWT, the vendor prefixes that carry no _ and may begin a
// token shorter than keyRun (AWS, Google, Slack, GitLab, Square,
// Databricks, Google OAuth, Vault, New Relic),
// PostgreSQL's md5 role passwords, the webhook hosts whose URL is the
// secret, an Authorization header's Bearer scheme (its token may be short
// and bare), a Mailchimp key's data centre (32 hex digits, -us21), and a
// credential's name before = (PGPASSWORD=..., an env file's or a
// connection string's).
var secretMarkers = [...]string{"://", "-----BEGIN", "PuTTY-User-Key-File-", "eyJ", "AKIA", "ASIA", "AIza", "xox", "md5",
	"glpat-", "glptt-", "gldt-", "glrt-", "glcbt-", "glft-", "glimt-", "sq0atp-", "dapi", "GOCSPX-", "hvs.", "hvb.", "NRAK-",
	"hooks.slack.com/", "discord.com/", "discordapp.com/", "Bearer ", "bearer ", "-us",
	"password=", "PASSWORD=", "Password=", "passwd=", "PASSWD=", "Passwd=", "pwd=", "PWD=", "Pwd=",
	"passphrase=", "PASSPHRASE=", "Passphrase=", "secret=", "SECRET=", "Secret=", "apikey=", "APIKEY=", "Apikey=",
	"token=", "TOKEN=", "Token=", "key=", "KEY=", "Key=",
	"{SSHA", "{SHA", "{SMD5}", "{MD5}", "{CRYPT}", "{PBKDF2", "{ARGON2"}

// markerPairs is the set of the first two bytes of secretMarkers, a bit
// per pair: MayHoldSecret looks further only where one starts.
var markerPairs = func() (t [1 << 16 / 64]uint64) {
	for _, m := range secretMarkers {
		p := uint16(m[0])<<8 | uint16(m[1])
		t[p>>6] |= 1 << (p & 63)
	}
	return t
}()

// markersFrom lists secretMarkers by their first byte.
var markersFrom = func() (t [256][]string) {
	for _, m := range secretMarkers {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// hasMarkerAt reports whether one of secretMarkers starts at v[i]. Most
// bytes that may start one start none: the second byte usually settles it.
func hasMarkerAt[T string | []byte](v T, i int) bool {
	for _, m := range markersFrom[v[i]] {
		if len(v)-i < len(m) || v[i+1] != m[1] {
			continue
		}
		k := 2
		for k < len(m) && v[i+k] == m[k] {
			k++
		}
		if k == len(m) {
			return true
		}
	}
	return false
}

// MayHoldSecretJSON is MayHoldSecret for a json document, whose strings
// DetectJSON decodes: a document with an escape (\/, \u002d) may spell
// a marker the raw bytes do not show, and is not ruled out.
func MayHoldSecretJSON(doc []byte) bool {
	return MayHoldSecret(doc) || bytes.IndexByte(doc, '\\') >= 0
}
