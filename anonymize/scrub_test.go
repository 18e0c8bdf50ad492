package anonymize

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/detect"
)

const (
	scrubJWT    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
	scrubBcrypt = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
)

// TestScrubTextMatchesColumnRules: an entity in a note maps to what the
// column rule of its kind, with default parameters and the same secret,
// writes for it, and every other byte of the note is kept.
func TestScrubTextMatchesColumnRules(t *testing.T) {
	reg := NewRegistry()
	scrub, err := reg.Compile("scrub_text", nil, Column{Table: "public.tickets", Name: "notes", Type: TypeText}, Options{Secret: testSecret})
	require.NoError(t, err)
	require.True(t, scrub.Keyed())
	require.Equal(t, NotGuaranteed, scrub.Uniqueness())
	tr := scrub.New()

	entities := []struct{ transformer, table, column, value string }{
		{"email", "public.users", "email", "alice.martin@corp.com"},
		{"phone", "public.users", "phone", "+44 20 7946 0958"},
		{"card", "public.payments", "pan", "4111 1111 1111 1111"},
		{"iban", "public.accounts", "iban", "DE89 3704 0044 0532 0130 00"},
		{"ipv4", "public.sessions", "ip", "192.168.10.5"},
		{"ipv6", "public.sessions", "ip6", "2001:db8::42"},
		{"mac", "public.devices", "mac", "08:00:2b:01:02:03"},
		{"ssn", "public.employees", "ssn", "123-45-6789"},
	}
	var note strings.Builder
	var want strings.Builder
	for i, e := range entities {
		col, err := reg.Compile(e.transformer, nil, Column{Table: e.table, Name: e.column, Type: TypeText}, Options{Secret: testSecret})
		require.NoError(t, err)
		fake := mustTransform(t, col.New(), e.value, nil)
		require.NotEqual(t, e.value, fake)
		prose := []string{"Customer wrote from ", ", then called ", "; charged card ", " (refund to ", ") from ", " and ", " on device ", ", SSN "}[i]
		note.WriteString(prose + e.value)
		want.WriteString(prose + fake)
	}
	note.WriteString(". Ticket closed — merci!")
	want.WriteString(". Ticket closed — merci!")
	require.Equal(t, want.String(), mustTransform(t, tr, note.String(), nil))
}

// TestScrubTextEncodedEmail: an email percent-encoded in a link's query
// string maps to the fake its plain form maps to, encoded the same way, and
// the rest of the link is kept.
func TestScrubTextEncodedEmail(t *testing.T) {
	email := compile(t, "email", nil, Column{Table: "public.users", Name: "email", Type: TypeText})
	scrub := compile(t, "scrub_text", nil, Column{Table: "public.page_hits", Name: "url", Type: TypeText})
	fake := mustTransform(t, email, "dmitri.smith2@northgate.example", nil)
	got := mustTransform(t, scrub, "https://shop.example/pricing?email=dmitri.smith2%40northgate.example&utm_source=newsletter", nil)
	require.Equal(t, "https://shop.example/pricing?email="+url.QueryEscape(fake)+"&utm_source=newsletter", got)
	require.Contains(t, got, "%40")
}

// TestScrubTextPHPSerialized: in a PHP-serialized value each string is
// scrubbed on its own and its byte count written again, so PHP still
// unserializes it; a value whose counts are already wrong is scrubbed as
// text.
func TestScrubTextPHPSerialized(t *testing.T) {
	email := compile(t, "email", nil, Column{Table: "public.users", Name: "email", Type: TypeText})
	scrub := compile(t, "scrub_text", nil, Column{Table: "public.wp_usermeta", Name: "meta_value", Type: TypeText})
	fake := mustTransform(t, email, "ann.lee@example.org", nil)
	in := `a:3:{s:5:"email";s:19:"ann.lee@example.org";s:4:"note";s:24:"call +44 20 7946 0958 pm";s:5:"count";i:2;}`
	got := mustTransform(t, scrub, in, nil)
	require.NotContains(t, got, "ann.lee@example.org")
	require.NotContains(t, got, "7946 0958")
	require.Contains(t, got, fmt.Sprintf(`s:%d:"%s";`, len(fake), fake))
	out, ok := detect.RewritePHP(nil, []byte(got), func(dst, _, c []byte) []byte { return append(dst, c...) })
	require.True(t, ok, "scrubbed value no longer unserializes: %s", got)
	require.Equal(t, got, string(out))

	broken := `a:1:{s:5:"email";s:3:"ann.lee@example.org";}`
	require.Equal(t, strings.Replace(broken, "ann.lee@example.org", fake, 1), mustTransform(t, scrub, broken, nil))
}

// TestScrubTextBase64: the base64 of a serialized document (SuiteCRM's
// saved searches, base64_encode(serialize(...))) is decoded, scrubbed as a
// PHP-serialized value is, and encoded again the same way; a document
// without entities is left as it was, as Unchanged says.
func TestScrubTextBase64(t *testing.T) {
	email := compile(t, "email", nil, Column{Table: "public.users", Name: "email", Type: TypeText})
	c, err := NewRegistry().Compile("scrub_text", nil, Column{Table: "public.saved_search", Name: "contents", Type: TypeText}, Options{Secret: testSecret})
	require.NoError(t, err)
	scrub := c.New()
	fake := mustTransform(t, email, "ann.lee@example.org", nil)
	doc := `a:2:{s:12:"email1_basic";s:19:"ann.lee@example.org";s:7:"orderBy";s:4:"NAME";}`
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		in := enc.EncodeToString([]byte(doc))
		got := mustTransform(t, scrub, in, nil)
		plain, err := enc.DecodeString(got)
		require.NoError(t, err, "not the same encoding: %s", got)
		require.NotContains(t, string(plain), "ann.lee@example.org")
		require.Contains(t, string(plain), fmt.Sprintf(`s:%d:"%s";`, len(fake), fake))
		_, ok := detect.RewritePHP(nil, plain, func(dst, _, c []byte) []byte { return append(dst, c...) })
		require.True(t, ok, "scrubbed document no longer unserializes: %s", plain)
		require.False(t, c.Unchanged([]byte(in)))
	}
	// A line break after it, as base64 tools write it, is kept around
	// the scrubbed copy; init reads such a value decoded too.
	in := base64.StdEncoding.EncodeToString([]byte(doc)) + "\n"
	got := mustTransform(t, scrub, in, nil)
	require.True(t, strings.HasSuffix(got, "\n"), got)
	plain, err := base64.StdEncoding.DecodeString(strings.TrimSpace(got))
	require.NoError(t, err)
	require.NotContains(t, string(plain), "ann.lee@example.org")
	require.False(t, c.Unchanged([]byte(in)))

	clean := base64.StdEncoding.EncodeToString([]byte(`a:1:{s:7:"orderBy";s:4:"NAME";}`))
	require.Equal(t, clean, mustTransform(t, scrub, clean, nil))
	require.True(t, c.Unchanged([]byte(clean)))

	// A JSON document is scrubbed as text, and a copy that outgrows a
	// varchar is redacted rather than cut.
	short := compile(t, "scrub_text", nil, Column{Table: "public.eapm", Name: "api_data", Type: Type{Name: "varchar", Typmod: 4 + 44, Category: 'S'}})
	in = base64.StdEncoding.EncodeToString([]byte(`{"owner":"ann.lee@example.org"}`))
	require.Len(t, in, 44)
	got = mustTransform(t, short, in, nil)
	if plain, err := base64.StdEncoding.DecodeString(got); err == nil {
		require.NotContains(t, string(plain), "ann.lee@example.org")
	} else {
		require.Equal(t, "[REDACTED]", got)
	}
}

// What scrub_text writes in a URL credential's place is no credential to
// the detector verify's scan runs: a scrubbed reset link passes verify.
func TestScrubTextURLCredentialsPassVerify(t *testing.T) {
	scrub := compile(t, "scrub_text", nil, Column{Table: "public.communication_event", Name: "content", Type: TypeText})
	jwt := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbm4iLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"
	for _, in := range []string{
		"Reset your password: https://shop.example.com/control/resetPassword?token=" + jwt + " (valid 1h)",
		"Reset: https://shop.example.com/control/passwordChange?USERNAME=ann&token=" + jwt + "\r\nThanks",
		"Link: <https://shop.example.com/reset?key=a8Kd93jfLq0ZpWm2Rt7Yv5Nb1Xc4Ae6U>.",
		"see https://ann:S3cret!@ftp.example.com/files and https://api.example/v1?access_token=Zr7Lw4Tx8KdPq2mQ9sB1",
	} {
		require.True(t, detect.HasURLCredentials(in), in)
		out := mustTransform(t, scrub, in, nil)
		require.False(t, detect.HasURLCredentials(out), "verify would flag what scrub_text wrote: %s", out)
		require.NotContains(t, out, jwt)
	}
}

// TestScrubTextNames: a full name maps as in a full_name column, a
// surname after a title as in a last_name column, and "Surname, Given" as
// "Given Surname" in a full_name column, written surname first.
func TestScrubTextNames(t *testing.T) {
	full := compile(t, "full_name", nil, Column{Table: "public.crew", Name: "name", Type: TypeText})
	last := compile(t, "last_name", nil, Column{Table: "public.crew", Name: "surname", Type: TypeText})
	sarah := mustTransform(t, full, "Sarah Mitchell", nil)
	patel := mustTransform(t, last, "Patel", nil)
	anna := strings.SplitN(mustTransform(t, full, "Anna Kowalski", nil), " ", 2)
	require.Len(t, anna, 2)

	in := "Sarah Mitchell's refund was approved by Dr. Patel.\nOwner: Kowalski, Anna"
	want := sarah + "'s refund was approved by Dr. " + patel + ".\nOwner: " + anna[1] + ", " + anna[0]
	require.Equal(t, want, mustTransform(t, compile(t, "scrub_text", nil, textCol), in, nil))
	require.Equal(t, in, mustTransform(t, compile(t, "scrub_text", map[string]any{"kinds": []any{"email"}}, textCol), in, nil))
}

// TestScrubTextNationalIDs: an identifier without a transformer of its own
// keeps its letters and separators and gets keyed digits that pass no
// check.
func TestScrubTextNationalIDs(t *testing.T) {
	tr := compile(t, "scrub_text", nil, textCol)
	for _, id := range []string{"DE136695976", "111.444.777-35", "AB 12 34 56 C", "2345 6789 0124"} {
		require.True(t, detect.IsNationalID(id), id)
		in := "id " + id + " on file"
		out := mustTransform(t, tr, in, nil)
		require.Equal(t, out, mustTransform(t, tr, in, nil))
		fake := strings.TrimSuffix(strings.TrimPrefix(out, "id "), " on file")
		require.NotEqual(t, id, fake)
		require.Len(t, fake, len(id))
		for i := range id {
			require.Equal(t, isDigit(id[i]), isDigit(fake[i]), "%q -> %q", id, fake)
			if !isDigit(id[i]) {
				require.Equal(t, id[i], fake[i])
			}
		}
		if id != "AB 12 34 56 C" { // a NINO has no check digit
			require.False(t, detect.IsNationalID(fake), "%q -> %q is a valid identifier", id, fake)
		}
	}
}

func TestScrubTextReplacements(t *testing.T) {
	tr := compile(t, "scrub_text", nil, textCol)
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Nothing personal here, just 3 apples at 10:30 on 2024-01-15.", "Nothing personal here, just 3 apples at 10:30 on 2024-01-15."},
		{"db postgres://app:s3cret@db.internal:5432/prod?sslmode=require", "db postgres://REDACTED@db.internal:5432/prod?sslmode=require"},
		{"GET https://api.example.com/v1/export?format=csv&api_key=abc123 failed", "GET https://api.example.com/v1/export?format=csv&api_key=REDACTED failed"},
		{"Bearer " + scrubJWT + ".", "Bearer [REDACTED]."},
		{"old hash " + scrubBcrypt + " and key sk_live_4eC39HqLyjWDarjtT1zdp7dc", "old hash [REDACTED] and key [REDACTED]"},
		{"set API_KEY=acme_live_Xk29fLq8Zr0TmB4wYp7cNv1s in .env", "set API_KEY=[REDACTED] in .env"},
		{"https://maps.example.com/tile?key=Xk29fLq8Zr0TmB4wYp7cNv1sQ2&z=3", "https://maps.example.com/tile?key=REDACTED&z=3"},
		{"GET https://erp.example.com/catalog/control/main;jsessionid=4E07408562BEDB8B60CE05C1DECFE3AD.jvm1?x=1 took 3s",
			"GET https://erp.example.com/catalog/control/main;jsessionid=REDACTED?x=1 took 3s"},
		{"see https://erp.example.com/partymgr/control/main?externalLoginKey=EL4823019487211", "see https://erp.example.com/partymgr/control/main?externalLoginKey=REDACTED"},
		{"landing https://shop.example/?gclid=Ef_4iGaY8Wdd6nos6G2SSurPTNWGIUSIs5G8Cd", "landing https://shop.example/?gclid=Ef_4iGaY8Wdd6nos6G2SSurPTNWGIUSIs5G8Cd"},
		{"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\nbye", "[REDACTED]\nbye"},
	} {
		require.Equal(t, c.want, mustTransform(t, tr, c.in, nil), "%q", c.in)
	}
}

func TestScrubTextKinds(t *testing.T) {
	in := "alice@corp.com called from +44 20 7946 0958 about AKIAIOSFODNN7EXAMPLE"
	tr := compile(t, "scrub_text", map[string]any{"kinds": []any{"phone", "secret"}}, textCol)
	out := mustTransform(t, tr, in, nil)
	require.True(t, strings.HasPrefix(out, "alice@corp.com called from +"), out)
	require.NotContains(t, out, "7946 0958")
	require.True(t, strings.HasSuffix(out, " about [REDACTED]"), out)

	reg := NewRegistry()
	_, err := reg.Compile("scrub_text", map[string]any{"kinds": []any{"email", "names"}}, textCol, Options{Secret: testSecret})
	var pe *ParamError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "kinds", pe.Param)
	require.Equal(t, `invalid value "names"`, pe.Reason)
	def, _ := reg.Lookup("scrub_text")
	var names []string
	for _, k := range scrubKinds {
		names = append(names, k.name)
	}
	require.Equal(t, names, pe.Valid, "the enum of the kinds tag names scrubKinds")
	require.Equal(t, names, def.ParamDocs()[0].Enum)

	_, err = reg.Compile("scrub_text", map[string]any{"kinds": []any{}}, textCol, Options{Secret: testSecret})
	require.ErrorAs(t, err, &pe)
	require.Contains(t, pe.Reason, "at least one kind")

	_, err = reg.Compile("scrub_text", nil, textCol, Options{Secret: testSecret, Domain: "notes"})
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "domain", pe.Param)

	_, err = reg.Compile("scrub_text", nil, textCol, Options{})
	require.ErrorIs(t, err, ErrNoSecret)
}

// TestScrubTextTypmod: in varchar(n), a text that replacements make longer
// is cut at n characters, or before the replacement the cut would split.
func TestScrubTextTypmod(t *testing.T) {
	in := "Écrit par bob@corp.com hier."
	full := mustTransform(t, compile(t, "scrub_text", nil, textCol), in, nil)
	at := strings.Index(full, "@example.com")
	require.Positive(t, at)
	emailStart := len("Écrit par ")
	require.Greater(t, utf8.RuneCountInString(full), 40)
	for n := 0; n <= utf8.RuneCountInString(full)+1; n++ {
		out := mustTransform(t, compile(t, "scrub_text", nil, Column{Type: Varchar(n)}), in, nil)
		require.LessOrEqual(t, utf8.RuneCountInString(out), n)
		require.True(t, strings.HasPrefix(full, out), "varchar(%d): %q is not a prefix of %q", n, out, full)
		require.NotContains(t, out, "bob")
		fakeEnd := at + len("@example.com")
		if len(out) > emailStart {
			require.GreaterOrEqual(t, len(out), fakeEnd, "varchar(%d) cut the fake address: %q", n, out)
		}
	}
}

// TestScrubTextRedactsRefused: an entity its transformer refuses is
// redacted, never kept.
func TestScrubTextRedactsRefused(t *testing.T) {
	reg := &Registry{}
	for _, d := range builtins() {
		if d.Name == "email" {
			d.Build = func(any, *Build) (Factory, error) {
				return func(*Seeder) Transformer {
					return TransformerFunc(func(dst []byte, _ Value, _ RowContext) (Value, error) {
						return Value{Bytes: dst}, invalidInput("email", "refused")
					})
				}, nil
			}
		}
		require.NoError(t, reg.Register(d))
	}
	c, err := reg.Compile("scrub_text", nil, textCol, Options{Secret: testSecret})
	require.NoError(t, err)
	require.Equal(t, "write to [REDACTED] today", mustTransform(t, c.New(), "write to ann@corp.com today", nil))
}

// scrubValid checks a scrub_text output against its input: no entity of
// the input is left, and the text before the first entity is kept.
func scrubValid(t *testing.T, in, out string) {
	spans := detect.AppendEntities(nil, in)
	for _, sp := range spans {
		require.NotContains(t, out, in[sp.Start:sp.End])
	}
	head := in
	if len(spans) > 0 {
		head = in[:spans[0].Start]
	}
	if len(out) < len(head) {
		require.True(t, strings.HasPrefix(head, out), "%q does not start %q", out, head)
	} else {
		require.True(t, strings.HasPrefix(out, head), "%q does not start with %q", out, head)
	}
}

// TestScrubTextHandlesAndDevices: a chat handle in a text maps as in a
// username column (the server kept), a device's owner as a first name.
func TestScrubTextHandlesAndDevices(t *testing.T) {
	user := compile(t, "username", nil, Column{Table: "public.users", Name: "name", Type: TypeText})
	first := compile(t, "first_name", nil, Column{Table: "public.users", Name: "first_name", Type: TypeText})
	ann := mustTransform(t, user, "@ann.smith:chat.example.org", nil)
	bob := mustTransform(t, user, "@bob@mastodon.social", nil)
	ngozi := mustTransform(t, first, "Ngozi", nil)
	require.True(t, strings.HasSuffix(ann, ":chat.example.org"), ann)

	in := "ping @ann.smith:chat.example.org, and cc @bob@mastodon.social. Sent from Ngozi's iPhone"
	want := "ping " + ann + ", and cc " + bob + ". Sent from " + ngozi + "'s iPhone"
	require.Equal(t, want, mustTransform(t, compile(t, "scrub_text", nil, textCol), in, nil))
	require.Equal(t, "ping "+ann+", and cc "+bob+". Sent from Ngozi's iPhone",
		mustTransform(t, compile(t, "scrub_text", map[string]any{"kinds": []any{"handle"}}, textCol), in, nil))
}

// TestScrubTextWholeLogin: a value that is a login spelled from a name
// (a user key column mixing logins and emails) maps as in a username
// column; the same word inside a text is kept, where a letter and a
// surname spell ordinary words too.
func TestScrubTextWholeLogin(t *testing.T) {
	user := compile(t, "username", nil, Column{Table: "public.users", Name: "name", Type: TypeText})
	scrub := compile(t, "scrub_text", nil, textCol)
	fake := mustTransform(t, user, "yokafor2", nil)
	require.NotEqual(t, "yokafor2", fake)
	require.Equal(t, fake, mustTransform(t, scrub, "yokafor2", nil))
	require.Equal(t, "reassigned to yokafor2 on Monday", mustTransform(t, scrub, "reassigned to yokafor2 on Monday", nil))
	require.Equal(t, "state", mustTransform(t, scrub, "state", nil))
	require.Equal(t, "yokafor2", mustTransform(t, compile(t, "scrub_text", map[string]any{"kinds": []any{"email"}}, textCol), "yokafor2", nil))
}

// The offsets scrub_text keeps for one value's cut do not pile up across
// values: a column of base64 or PHP documents reuses the same memory.
func TestScrubTextStateIsPerValue(t *testing.T) {
	scrub := compile(t, "scrub_text", nil, Column{Table: "public.saved_search", Name: "contents", Type: TypeText}).(*finisher).t.(*scrubTransformer)
	doc := `a:1:{s:12:"email1_basic";s:19:"ann.lee@example.org";}`
	for _, in := range []string{doc, base64.StdEncoding.EncodeToString([]byte(doc))} {
		for range 1000 {
			mustTransform(t, scrub, in, nil)
		}
		require.LessOrEqual(t, len(scrub.whole), 2, "offsets of earlier values are kept: %d", len(scrub.whole))
	}
}

// TestScrubTextHL7: an HL7 message keeps its segments, fields and
// components; its patient's and clinicians' names, identifiers, street,
// phones and birth date are replaced, the same way in every column, and
// the birth date stays a date near the real one.
func TestScrubTextHL7(t *testing.T) {
	msg := "MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113015800||ORM^O01|MSG0001|P|2.5\r" +
		"PID|1||0133/19/04557^^^EMR^PI||BOATENG^Esi||19810303|F|||12 Rue des Jardins^^Abidjan^^^CI||0765585787\r" +
		"PV1|1|O|OPD||||6^ROUX^Élodie\r" +
		"OBR|1|ORD1||25836-8^HIV-1 viral load^LN|||20230113015800"
	scrub := compile(t, "scrub_text", nil, Column{Table: "public.electronic_order", Name: "data", Type: TypeText})
	got := mustTransform(t, scrub, msg, nil)
	for _, v := range []string{"BOATENG", "Esi", "0133/19/04557", "19810303", "12 Rue des Jardins", "0765585787", "ROUX", "Élodie"} {
		require.NotContains(t, got, v)
	}
	// The structure: the same segments, each with as many fields and
	// components; what is no one's kept as it was.
	in, out := strings.Split(msg, "\r"), strings.Split(got, "\r")
	require.Len(t, out, len(in))
	for i := range in {
		require.Equal(t, strings.Count(in[i], "|"), strings.Count(out[i], "|"), out[i])
		require.Equal(t, strings.Count(in[i], "^"), strings.Count(out[i], "^"), out[i])
	}
	require.Equal(t, in[0], out[0])
	require.Equal(t, in[3], out[3])
	require.Contains(t, got, "^^^EMR^PI||")
	require.Contains(t, got, "^^Abidjan^^^CI||")
	// The birth date: YYYYMMDD, 1 to 30 days away.
	dob := strings.Split(out[1], "|")[7]
	d, err := time.Parse("20060102", dob)
	require.NoError(t, err, dob)
	shift := d.Sub(time.Date(1981, 3, 3, 0, 0, 0, 0, time.UTC)).Hours() / 24
	require.True(t, shift != 0 && shift >= -30 && shift <= 30, "%v days", shift)
	// The identifier keeps its shape; the names map as a column's would.
	require.Regexp(t, `^PID\|1\|\|\d{4}/\d\d/\d{5}\^`, out[1])
	last := compile(t, "last_name", nil, Column{Table: "public.person", Name: "last_name", Type: TypeText})
	require.Contains(t, out[1], "||"+mustTransform(t, last, "BOATENG", nil)+"^")
	require.Equal(t, got, mustTransform(t, compile(t, "scrub_text", nil, Column{Table: "public.hl7_in_queue", Name: "hl7_data", Type: TypeText}), msg, nil))
}

// TestScrubTextSessionAndEncodedText: a PHP session is scrubbed string by
// string with its byte counts written again, and the base64 of a session
// or of a text file is decoded, scrubbed and encoded again.
func TestScrubTextSessionAndEncodedText(t *testing.T) {
	email := compile(t, "email", nil, Column{Table: "public.users", Name: "email", Type: TypeText})
	fake := mustTransform(t, email, "ann.lee@example.org", nil)
	scrub := compile(t, "scrub_text", nil, Column{Table: "public.session", Name: "vars", Type: TypeText})
	session := `language|s:5:"fr_FR";user_id|i:66;username|s:19:"ann.lee@example.org";page|i:2;`
	got := mustTransform(t, scrub, session, nil)
	want := fmt.Sprintf(`language|s:5:"fr_FR";user_id|i:66;username|s:%d:"%s";page|i:2;`, len(fake), fake)
	require.Equal(t, want, got)

	enc := base64.StdEncoding.EncodeToString([]byte(session))
	got = mustTransform(t, scrub, enc, nil)
	plain, err := base64.StdEncoding.DecodeString(got)
	require.NoError(t, err)
	require.Equal(t, want, string(plain))

	file := "Minutes, 3 May\nPresent: the board\nActions: write to ann.lee@example.org by Friday\n"
	got = mustTransform(t, scrub, base64.StdEncoding.EncodeToString([]byte(file)), nil)
	plain, err = base64.StdEncoding.DecodeString(got)
	require.NoError(t, err)
	require.Equal(t, strings.Replace(file, "ann.lee@example.org", fake, 1), string(plain))
}
