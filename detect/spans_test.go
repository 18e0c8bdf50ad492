package detect

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// entities renders the entities of text as "kind:text".
func entities(text string) []string {
	var out []string
	for _, sp := range AppendEntities(nil, text) {
		out = append(out, sp.Kind.String()+":"+text[sp.Start:sp.End])
	}
	return out
}

const (
	testJWT    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
	testBcrypt = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
	testPEM    = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----"
)

func TestAppendEntities(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The customer reported that the export failed twice on Monday.", nil},
		{"Order 12345 shipped on 2024-01-15 at 10:30, total $1,234.56 (version 1.2.3).", nil},
		{"Note: call back at 10:30:45, see std::vector and 1.2.3.4.5.", nil},
		{"Contact alice@corp.com.", []string{"email:alice@corp.com"}},
		{"From: Bob <bob.jones@mail.example.org>, cc mailto:ann@corp.co.uk;", []string{"email:bob.jones@mail.example.org", "email:ann@corp.co.uk"}},
		{"écrire à zoë@exämple.de — merci", []string{"email:zoë@exämple.de"}},
		{"not an address: user@localhost or @corp.com", nil},
		{"Call +44 20 7946 0958, or +1 (202) 555-0143.", []string{"phone:+44 20 7946 0958", "phone:+1 (202) 555-0143"}},
		{"national forms stay: (555) 123-4567 and 020 7946 0958", nil},
		{"card 4111 1111 1111 1111 exp 12/25", []string{"card:4111 1111 1111 1111"}},
		{"ref 12 4111111111111111, then 5500-0000-0000-0004.", []string{"card:4111111111111111", "card:5500-0000-0000-0004"}},
		{"not Luhn 4111 1111 1111 1112", nil},
		{"IBAN DE89 3704 0044 0532 0130 00 2024 and GB29NWBK60161331926819.", []string{"iban:DE89 3704 0044 0532 0130 00", "iban:GB29NWBK60161331926819"}},
		{"from 10.0.0.1. and 192.168.0.0/24, not v10.0.0.1", []string{"ipv4:10.0.0.1", "ipv4:192.168.0.0/24"}},
		{"givenName is urn:oid:2.5.4.42, sn URN:OID:2.5.4.4; host 2.5.4.42", []string{"ipv4:2.5.4.42"}},
		{"v6 2001:db8::1, [::1]:8080 and fe80::1/64.", []string{"ipv6:2001:db8::1", "ipv6:::1", "ipv6:fe80::1/64"}},
		{"mapped ::ffff:10.0.0.1 here", []string{"ipv6:::ffff:10.0.0.1"}},
		{"dsn postgres://app:s3cret@db.internal:5432/prod ok", []string{"url_credential:app:s3cret"}},
		{"see https://api.example.com/v1?user=x&API_KEY=abc123.", []string{"url_credential:abc123"}},
		{"hook https://hooks.slack.com/services/T000/B000/XXXX", []string{"url_credential:T000/B000/XXXX"}},
		{"no credential in https://user@example.com/x?page=2", []string{"email:user@example.com"}},
		{"Authorization: Bearer " + testJWT + ".", []string{"token:" + testJWT}},
		{"keys sk_live_4eC39HqLyjWDarjtT1zdp7dc and AKIAIOSFODNN7EXAMPLE, id=ghp_abcdefghijklmnopqrstuvwxyz0123456789", []string{
			"token:sk_live_4eC39HqLyjWDarjtT1zdp7dc", "token:AKIAIOSFODNN7EXAMPLE", "token:ghp_abcdefghijklmnopqrstuvwxyz0123456789"}},
		{"hash " + testBcrypt + ".", []string{"password_hash:" + testBcrypt}},
		{"pg md53175bce1d3201d16594cebf9d7eb3f9d there", []string{"password_hash:md53175bce1d3201d16594cebf9d7eb3f9d"}},
		{"old hash sha1$a1976$a94fa94fa94fa94fa94fa94fa94fa94fa94fa94f, key sha256$" + strings.Repeat("af44", 16) + ".", []string{
			"password_hash:sha1$a1976$a94fa94fa94fa94fa94fa94fa94fa94fa94fa94f", "password_hash:sha256$" + strings.Repeat("af44", 16)}},
		{"key:\n" + testPEM + "\nthanks 4111 1111 1111 1111", []string{"private_key:" + testPEM, "card:4111 1111 1111 1111"}},
		{"Hi team, Sarah Mitchell from accounts payable called; James O'Connor's team too.", []string{"person_name:Sarah Mitchell", "person_name:James O'Connor"}},
		{"Dear Dr. Patel, thanks. Escalation from Mrs Okafor regarding Dr. Ann Smith's report", []string{"titled_surname:Patel", "titled_surname:Okafor", "person_name:Ann Smith"}},
		{"Signed by R. Alvarez. Pieter de Vries wrote; Kim Min-jun replied; Émile Zola too", []string{"person_name:R. Alvarez", "person_name:Pieter de Vries", "person_name:Kim Min-jun", "person_name:Émile Zola"}},
		{"Attendees: Nakamura, Hiroshi; Schmidt, Petra.\nOwner: Kowalski, Anna", []string{"inverted_name:Nakamura, Hiroshi", "inverted_name:Schmidt, Petra", "inverted_name:Kowalski, Anna"}},
		{"We met in San Diego near Lincoln Park. The Rose Gold edition. Please Note: Grant Access to the Summer Sale in Paris, France.", nil},
		{"I told Smith, John would call. Martin, Sarah", nil},
		{"SSN 123-45-6789, VAT DE136695976; CPF 111.444.777-35 and NINO AB 12 34 56 C. Aadhaar 2345 6789 0124.", []string{
			"national_id:123-45-6789", "national_id:DE136695976", "national_id:111.444.777-35", "national_id:AB 12 34 56 C", "national_id:2345 6789 0124"}},
		{"Henkilötunnus 131052-308T, syntynyt 2000-luvulla: 010594Y9021. Fødselsnummer 010107 50160. ID no. 8001015009087.", []string{
			"national_id:131052-308T", "national_id:010594Y9021", "national_id:010107 50160", "national_id:8001015009087"}},
		{"order ORD-2024-000123 and 123-45-678 are not ids", nil},
		{"device 00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5f and 001a.2b3c.4d5e; not 00:00:00:00:00:00", []string{"mac:00:1A:2B:3C:4D:5E", "mac:00-1a-2b-3c-4d-5f", "mac:001a.2b3c.4d5e"}},
		{"set API_KEY=acme_live_Xk29fLq8Zr0TmB4wYp7cNv1s in the env; build_2024_release_candidate stays", []string{"token:acme_live_Xk29fLq8Zr0TmB4wYp7cNv1s"}},
		{"truncated " + testPEM[:60], []string{"private_key:" + testPEM[:60]}},
		// Percent-encoded in a link's query string, as prefill and unsubscribe links carry them.
		{"https://shop.example/pricing?email=dmitri.smith2%40northgate.example&firstname=Dmitri&utm=x", []string{"email:dmitri.smith2%40northgate.example"}},
		{"/unsubscribe?e=ann.lee%2Bnews%40corp.co.uk.", []string{"email:ann.lee%2Bnews%40corp.co.uk"}},
		{"not addresses: 100%40 and a%40b and %40corp.com", nil},
		// A query encoded in a link's parameter quotes the address.
		{"explore?panes=%7B%22expr%22%3A%22SELECT%20id%20FROM%20invoices%20WHERE%20customer_email%20%3D%20%27ismith%40gmail.com%27%22%7D", []string{"email:ismith%40gmail.com"}},
		{"/search?q=from%3Aann.lee%2Bnews%40corp.example", []string{"email:ann.lee%2Bnews%40corp.example"}},
		// An Authorization header's bearer token, whatever its shape, and a Mailchimp key.
		{"headers: Authorization: Bearer 7IMPyvwIYD5Lp7Lc7DhaaJ2f15lqCYt6eNj52sHx; apikey bd848213e7c04aee2a51770a25a31b97-us21.", []string{
			"token:7IMPyvwIYD5Lp7Lc7DhaaJ2f15lqCYt6eNj52sHx", "token:bd848213e7c04aee2a51770a25a31b97-us21"}},
		{"the bearer of this letter, Bearer tokens_are_described_here_in_words, and 0123456789abcdef0123456789abcdef-eu1", nil},
		// As HasAPIToken reads them: a segment of a dotted token, or a run after a $, is none.
		{"ref x.bd848213e7c04aee2a51770a25a31b97-us21 and $bd848213e7c04aee2a51770a25a31b97-us21", nil},
		// A BitLocker recovery key in an asset's note; the same shape with a group no multiple of 11 stays.
		{"LT-0042 recovery key 117249-686477-655798-103587-753599-327448-460867-224950, escrowed.", []string{"token:117249-686477-655798-103587-753599-327448-460867-224950"}},
		{"part 117249-686477-655798-103587-753599-327448-460867-224951 stays", nil},
	} {
		require.Equal(t, c.want, entities(c.text), "%q", c.text)
	}
}

func TestAppendEntitiesAppends(t *testing.T) {
	dst := []Span{{Kind: KindCard, Start: 100, End: 120}}
	out := AppendEntities(dst, "b@corp.com and a@corp.com")
	require.Equal(t, []Span{{KindCard, 100, 120}, {KindEmail, 0, 10}, {KindEmail, 15, 25}}, out)
}

// TestAppendEntitiesLinear: adversarial inputs stay fast (each would be
// quadratic without the bounds in the scanners).
func TestAppendEntitiesLinear(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("1 ", 200_000),
		strings.Repeat("a@", 200_000),
		strings.Repeat("a:", 200_000),
		strings.Repeat("sk_live_", 100_000),
		strings.Repeat("$2b$", 100_000),
		strings.Repeat("md5-", 100_000),
		strings.Repeat("DE89 ", 100_000),
		strings.Repeat("http://a:b@", 50_000),
		strings.Repeat("eyJ.", 100_000),
	} {
		AppendEntities(nil, s)
	}
}

// spanChecks are the detectors every span of a kind passes; each kind
// has one.
var spanChecks = map[Kind]func(string) bool{
	KindEmail:      IsEmail,
	KindPhone:      func(e string) bool { return IsPhone(e) && e[0] == '+' },
	KindCard:       IsCardNumber,
	KindIBAN:       IsIBAN,
	KindNationalID: IsNationalID,
	KindIPv4:       IsIPv4,
	KindIPv6:       IsIPv6,
	KindMAC:        IsMAC,
	KindToken: func(e string) bool {
		return HasJWT(e) || HasAWSAccessKey(e) || HasStripeKey(e) || HasGitHubToken(e) || HasSlackToken(e) || HasGoogleAPIKey(e) || HasAPIToken(e) || IsBitLockerRecoveryKey(e)
	},
	KindPasswordHash:  IsPasswordHash,
	KindPrivateKey:    HasPrivateKey,
	KindPersonName:    IsPersonName,
	KindInvertedName:  IsPersonName,
	KindTitledSurname: IsSurname,
	KindGreetedName:   IsGivenName,
	KindOwnerName:     IsGivenName,
	KindChatHandle:    IsChatHandle,
	KindLogin:         IsNameLogin,
	KindURLCredential: func(e string) bool { return !strings.ContainsAny(e, " \t\n") },
	// Found only in an HL7 message's fields (see hl7Checks).
	KindRecordID:  func(e string) bool { return strings.ContainsAny(e, "0123456789") },
	KindStreet:    func(e string) bool { return e != "" },
	KindBirthDate: func(e string) bool { return len(e) == 8 && hl7Date(e) },
}

// hl7Kinds are the kinds an HL7 message's fields are read as, by position
// rather than by shape: a span of one passes when it is one component
// (no separator of the message in it) and holds what its kind needs.
var hl7Kinds = map[Kind]func(string) bool{
	KindTitledSurname: func(e string) bool { return !strings.ContainsAny(e, "0123456789") },
	KindGreetedName:   func(e string) bool { return !strings.ContainsAny(e, "0123456789") },
	KindPhone:         func(e string) bool { return strings.Trim(e, "0123456789 +-().") == "" },
	KindRecordID:      spanChecks[KindRecordID],
	KindStreet:        spanChecks[KindStreet],
	KindBirthDate:     spanChecks[KindBirthDate],
}

func FuzzAppendEntities(f *testing.F) {
	f.Add("Contact alice@corp.com or +44 20 7946 0958 about 4111 1111 1111 1111.")
	f.Add("IBAN DE89 3704 0044 0532 0130 00, ip 10.0.0.1 and 2001:db8::1")
	f.Add("postgres://app:pw@db/x?token=abc " + testJWT + " " + testBcrypt)
	f.Add("Ngozi's iPhone, iPhone von Jonas; ping @ann:matrix.org and @bob@mastodon.social.")
	f.Add("Authorization: Bearer 7IMPyvwIYD5Lp7Lc7DhaaJ2f15lqCYt6eNj52sHx, bd848213e7c04aee2a51770a25a31b97-us21")
	f.Add("RESTIC_PASSWORD=Yaeou!hHzo9 host=db user=app password=s3cr.et; Server=x;Password=Radweg!D2Q;")
	f.Add(testPEM[:70] + "\xff\xfe")
	f.Add("Dear Dr. Patel, Sarah Mitchell's note. Attendees: Kowalski, Anna; Omar al-Rashid")
	f.Add(hl7Order)
	f.Fuzz(func(t *testing.T, text string) {
		spans := AppendEntities(nil, text)
		_, seps, hl7 := hl7Message(text)
		last := 0
		for _, sp := range spans {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", sp, last, text)
			}
			last = sp.End
			e := text[sp.Start:sp.End]
			is, known := spanChecks[sp.Kind]
			if !known {
				t.Fatalf("unknown kind %d", sp.Kind)
			}
			// A bearer token is one by the header's scheme before it, an
			// assigned one by the name before its =.
			if check := hl7Kinds[sp.Kind]; hl7 && check != nil && check(e) &&
				!strings.ContainsAny(e, string([]byte{seps.field, seps.comp, seps.rep, seps.sub})) {
				continue
			}
			end, assigned := assignedCredential(text, sp.Start)
			if !is(e) && !(sp.Kind == KindToken && (bearerToken(text, sp.Start, sp.End) || assigned && end == sp.End)) {
				t.Fatalf("%s span %q does not pass its detector", sp.Kind, e)
			}
		}
	})
}

// TestEntitiesCorpus measures AppendEntities on the corpora: the share of
// non-PII values (products, places, sentences, user agents, ...) in which
// it finds anything, and the share of the labelled person names it finds
// inside a sentence.
func TestEntitiesCorpus(t *testing.T) {
	nonPII := corpus(t, "nonpii/*.txt")
	hits := 0
	for _, v := range nonPII {
		if len(AppendEntities(nil, v)) > 0 {
			hits++
		}
	}
	fp := float64(hits) / float64(len(nonPII))
	t.Logf("entities in %d of %d non-PII values (%.2f%%)", hits, len(nonPII), 100*fp)
	require.Less(t, fp, 0.01)

	names := corpus(t, "pii/person_names.txt")
	found, inList := 0, 0
	for _, n := range names {
		text := "Yesterday " + n + " called about the invoice."
		if strings.Contains(n, ",") {
			text = "Attendees: " + n + "; Jane Smith"
		}
		for _, sp := range AppendEntities(nil, text) {
			if sp.Kind == KindPersonName || sp.Kind == KindInvertedName {
				found++
				if sp.Kind == KindInvertedName {
					inList++
				}
				break
			}
		}
	}
	recall := float64(found) / float64(len(names))
	t.Logf("person names found in prose: %d of %d (%.1f%%), %d of them inverted", found, len(names), 100*recall, inList)
	require.Greater(t, recall, 0.85)
}

func TestKindNames(t *testing.T) {
	seen := map[string]bool{}
	for k := Kind(1); int(k) < NumKinds; k++ {
		require.NotEqual(t, "unknown", k.String(), "kind %d has no name", k)
		require.False(t, seen[k.String()], "two kinds named %s", k)
		seen[k.String()] = true
		require.Contains(t, spanChecks, k, "%s has no check in spanChecks", k)
	}
	require.Equal(t, "unknown", Kind(0).String())
}

// A given name alone counts after a greeting, and addressed at the start
// of a text, and only there.
func TestGreetedName(t *testing.T) {
	for _, text := range []string{"Hi Ann, your workspace is ready.", "Dear Sofia!", "Hello Maria\nThanks",
		"Welcome Maria!", "Thanks Sofia, merged.", "<p>Aisha, this is a big improvement on your first draft.</p>", "  Sofia, please resubmit."} {
		spans := AppendEntities(nil, text)
		require.Len(t, spans, 1, text)
		require.Equal(t, KindGreetedName, spans[0].Kind, text)
		require.True(t, HasPersonName(text), text)
	}
	for _, text := range []string{"Ann said hi, and left.", "Hi Premium, welcome", "This ticket is ready, Hi there", "High Ann, no",
		// Addressed only at the very start, before a lower-case word; not
		// a name that is also a word.
		"Paris, France", "Report: Aisha, this is late", "Will, this is late", "<p>Excellent.</p>", "Welcome pack, please",
		// A list in lower case: a product's keywords, a tag list.
		"siena, dressoir, bouclé", "aisha, sofia, maria"} {
		for _, sp := range AppendEntities(nil, text) {
			require.NotEqual(t, KindGreetedName, sp.Kind, text)
		}
		require.False(t, HasPersonName(text), text)
	}
}
