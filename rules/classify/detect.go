package classify

import (
	"strings"

	"github.com/understudy/understudy/detect"
)

// The detector names. A Detection, a sampled column's match counts and a
// piece of Evidence name their detector with one of these.
const (
	DetectorEmail          = "email"
	DetectorPhone          = "phone"
	DetectorCardNumber     = "card_number"
	DetectorIBAN           = "iban"
	DetectorSSN            = "us_ssn"
	DetectorIPv4           = "ipv4"
	DetectorIPv6           = "ipv6"
	DetectorJWT            = "jwt"
	DetectorAWSAccessKey   = "aws_access_key"
	DetectorStripeKey      = "stripe_key"
	DetectorGitHubToken    = "github_token"
	DetectorSlackToken     = "slack_token"
	DetectorGoogleAPIKey   = "google_api_key"
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
	// DetectorSocialProfile is the URL of a person's profile on a social
	// or developer network ("https://www.linkedin.com/in/ann-smith",
	// "https://mastodon.social/@ann").
	DetectorSocialProfile = "social_profile_url"
	// DetectorNameSlug is a slug spelled from a person's full name
	// ("ann-smiths-workspace"): a workspace's or a page's URL name. It is
	// reported as Embedded, a name inside the value.
	DetectorNameSlug = "name_slug"
	// DetectorStatus counts workflow statuses ("pending", "shipped",
	// "in_progress"); like the confirmers below, Detect does not run it.
	// A column named state or region whose values are statuses is a
	// workflow's, not part of an address.
	DetectorStatus = "status_word"
	// DetectorBirthDate counts ISO dates and timestamps that would give an
	// age of 0 to 110. Any recent date does, so, like the confirmers below,
	// Detect does not run it; Sample counts it, and it is evidence of a
	// birth date only beside a table about people or a name that says so.
	DetectorBirthDate = "birth_date"
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
	{Name: DetectorPasswordHash, Category: Secret, Match: detect.IsPasswordHash},
	{Name: DetectorJWT, Category: Secret, Match: detect.HasJWT},
	{Name: DetectorAWSAccessKey, Category: Secret, Match: detect.HasAWSAccessKey},
	{Name: DetectorStripeKey, Category: Secret, Match: detect.HasStripeKey},
	{Name: DetectorGitHubToken, Category: Secret, Match: detect.HasGitHubToken},
	{Name: DetectorSlackToken, Category: Secret, Match: detect.HasSlackToken},
	{Name: DetectorGoogleAPIKey, Category: Secret, Match: detect.HasGoogleAPIKey},
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
	{Name: DetectorPhone, Category: DirectIdentifier, Match: detect.IsPhone},
	{Name: DetectorIPv4, Category: QuasiIdentifier, Match: detect.IsIPv4},
	{Name: DetectorIPv6, Category: QuasiIdentifier, Match: detect.IsIPv6},
	{Name: DetectorMAC, Category: QuasiIdentifier, Match: detect.IsMAC},
	{Name: DetectorPersonName, Category: DirectIdentifier, Match: detect.IsPersonName, InText: detect.HasPersonName},
	{Name: DetectorStreetAddress, Category: DirectIdentifier, Match: detect.IsStreetAddress, InText: noneInText},
	{Name: DetectorPostcode, Category: QuasiIdentifier, Match: detect.IsPostcode},
	{Name: DetectorSocialProfile, Category: DirectIdentifier, Match: detect.IsSocialProfileURL, InText: noneInText},
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
	case DetectorInet, DetectorMacaddr, DetectorBirthDate:
		return QuasiIdentifier
	case DetectorStatus:
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

// DetectSecrets runs only the secret detectors: the credential scan.
func DetectSecrets(value string) []Detection {
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
	for _, d := range identifierDetectors {
		if d.Match(v) {
			// One whole value is one thing: the first match wins (an IPv4
			// address is not also a phone number).
			return append(out, Detection{Detector: d.Name, Category: d.Category})
		}
	}
	if !strings.ContainsAny(v, " \t\n\r,;") {
		if detect.IsNameSlug(v) {
			out = append(out, Detection{Detector: DetectorNameSlug, Category: DirectIdentifier, Embedded: true})
		}
		return out
	}
	if len(v) > maxWordScan {
		v = v[:maxWordScan]
	}
	var found uint32
	for i, d := range identifierDetectors {
		if d.InText != nil && d.InText(v) {
			found |= 1 << i
		}
	}
	for w := range detect.Words(v) {
		for i, d := range identifierDetectors {
			if found&(1<<i) != 0 || d.InText != nil {
				continue
			}
			// A phone number inside a text is only believed in E.164 form:
			// digit groups in prose are years, amounts and ids.
			if d.Name == DetectorPhone && w[0] != '+' {
				continue
			}
			if d.Match(w) {
				found |= 1 << i
				break
			}
		}
	}
	for i, d := range identifierDetectors {
		if found&(1<<i) != 0 {
			out = append(out, Detection{Detector: d.Name, Category: d.Category, Embedded: true})
		}
	}
	return out
}
