package anonymize

import (
	"encoding/json"
	"fmt"
	"hash/maphash"
	"math"
	"net"
	"net/mail"
	"net/netip"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/internal/golden"
)

var (
	testSecret  = []byte("conformance-secret")
	otherSecret = []byte("another-secret")
)

// conformanceCase is one row of the suite every registered transformer
// passes (TestConformance). Each built-in transformer needs at least one.
type conformanceCase struct {
	name   string // transformer
	label  string // subtest name; defaults to name
	params map[string]any
	typ    Type
	inputs []string
	// row builds the row context of an input, for transformers that read
	// other columns.
	row func(in string) RowContext
	// valid checks that an output is valid for its kind.
	valid func(t *testing.T, in, out string)
	// distinct generates the i-th of many distinct inputs, for the
	// uniqueness check of preserving transformers.
	distinct func(i int) string
	// narrow is a varchar(n) limit to test (0: 8) for textual transformers;
	// with narrowValid the outputs must also stay valid (not just fit).
	narrow      int
	narrowValid bool
	// limitType, with limitCheck, tests a typmod of a non-textual type.
	limitType  *Type
	limitCheck func(t *testing.T, out string)
}

func (c conformanceCase) title() string {
	if c.label != "" {
		return c.label
	}
	return c.name
}

var (
	typeInet   = Type{Name: "inet", Typmod: -1, Category: 'I'}
	typeCidr   = Type{Name: "cidr", Typmod: -1, Category: 'I'}
	typeMac    = Type{Name: "macaddr", Typmod: -1, Category: 'U'}
	typeUUID   = Type{Name: "uuid", Typmod: -1, Category: 'U'}
	typeDate   = Type{Name: "date", Typmod: -1, Category: 'D'}
	typeTstz   = Type{Name: "timestamptz", Typmod: -1, Category: 'D'}
	typeInt2   = Type{Name: "int2", Typmod: -1, Category: 'N'}
	typeInt8   = Type{Name: "int8", Typmod: -1, Category: 'N'}
	typeFloat8 = Type{Name: "float8", Typmod: -1, Category: 'N'}
)

func numericType(p, s int) Type {
	return Type{Name: "numeric", Typmod: int32(p<<16|s) + 4, Category: 'N'}
}

func nonEmpty(t *testing.T, _, out string) {
	require.NotEmpty(t, strings.TrimSpace(out))
}

func personRow(in string) RowContext {
	return Rows{Src: MapRow{"id": Text("person-" + in)}}
}

var uuidRe = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// luhnCard builds a Luhn-valid 16-digit number from i.
func luhnCard(i int) string {
	s := fmt.Sprintf("4%014d", i)
	d := make([]byte, 16)
	for j := range 15 {
		d[j] = s[j] - '0'
	}
	d[15] = luhnFix(d, 15)
	b := make([]byte, 16)
	for j := range d {
		b[j] = '0' + d[j]
	}
	return string(b)
}

func germanIBAN(i int) string {
	b := fmt.Appendf(nil, "DE00%018d", i)
	setIBANCheck(b)
	return string(b)
}

func samePositionsOfNonDigits(t *testing.T, in, out string) {
	require.Equal(t, len(in), len(out))
	for i := range in {
		require.Equal(t, isDigit(in[i]), isDigit(out[i]), "position %d of %q vs %q", i, in, out)
		if !isDigit(in[i]) {
			require.Equal(t, in[i], out[i])
		}
	}
}

func conformanceCases() []conformanceCase {
	names := []string{"Alice Smith", "Bob Jones", "Zoë Ünal", "李小龙", ""}
	emails := []string{"alice@corp.com", "bob.jones@mail.example.org", "ALICE@corp.com", "zoë@exämple.de", "no-at-sign"}
	return []conformanceCase{
		{name: "first_name", inputs: names, typ: TypeText, valid: nonEmpty},
		{name: "first_name", label: "first_name/person", params: map[string]any{"person": "id"}, typ: TypeText, inputs: names, row: personRow, valid: nonEmpty},
		{name: "last_name", inputs: names, typ: TypeText, valid: nonEmpty},
		{name: "full_name", inputs: names, typ: TypeText, valid: func(t *testing.T, _, out string) {
			require.Contains(t, out, " ")
		}},
		{name: "full_name", label: "full_name/person", params: map[string]any{"person": "id"}, typ: TypeText, inputs: names, row: personRow, valid: func(t *testing.T, _, out string) {
			require.Contains(t, out, " ")
		}},
		{name: "username", typ: TypeText, inputs: []string{"alice", "bob", "root", "ünïcode", ""}, narrow: 12,
			valid: func(t *testing.T, _, out string) {
				require.Regexp(t, `^[a-z0-9]+_[a-z2-7]{8}$`, out)
			},
			distinct: func(i int) string { return "user" + strconv.Itoa(i) }},
		{name: "username", label: "username/handle", typ: TypeText, narrow: 40,
			inputs: []string{"@ann.smith:matrix.org", "@telegram_1234:chat.example.org", "@bob@mastodon.social", "@ann:example.org:8448"},
			valid: func(t *testing.T, in, out string) {
				_, rest, ok := detect.SplitChatHandle(in)
				require.True(t, ok, in)
				require.Regexp(t, `^@[a-z0-9]+_[a-z2-7]{8}`+regexp.QuoteMeta(rest)+`$`, out, "the server of %s is kept", in)
			},
			distinct: func(i int) string { return "@user" + strconv.Itoa(i) + ":chat.example.org" }},
		{name: "email", typ: TypeText, inputs: emails, narrow: 20, valid: validEmail("example.com"),
			distinct: func(i int) string { return "user" + strconv.Itoa(i) + "@corp.com" }, narrowValid: true},
		{name: "email", label: "email/keep_domain", params: map[string]any{"keep_domain": true}, typ: TypeText, inputs: []string{"alice@corp.com", "bob@mail.example.org"}, narrow: 24,
			valid: func(t *testing.T, in, out string) {
				_, err := mail.ParseAddress(out)
				require.NoError(t, err, out)
				require.True(t, strings.HasSuffix(out, in[strings.IndexByte(in, '@'):]) || strings.HasSuffix(out, "@example.com"), out)
			},
			distinct: func(i int) string { return "user" + strconv.Itoa(i) + "@corp.com" }, narrowValid: true},
		{name: "email", label: "email/person", params: map[string]any{"person": "id"}, typ: TypeText, inputs: emails, row: personRow, valid: validEmail("example.com"), narrow: 20,
			distinct: func(i int) string { return "user" + strconv.Itoa(i) + "@corp.com" }, narrowValid: true},
		{name: "phone", typ: TypeText, inputs: []string{"+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "0612345678", "+1-202-555-0143"},
			valid:    samePositionsOfNonDigits,
			distinct: func(i int) string { return fmt.Sprintf("+1 555 %03d %04d", i/10000, i%10000) }, narrow: 15, narrowValid: true},
		{name: "phone", label: "phone/keep_country", params: map[string]any{"keep_country": true, "keep_prefix": 0}, typ: TypeText, inputs: []string{"+44 20 7946 0958", "+1-202-555-0143", "+353 1 234 5678"},
			valid: func(t *testing.T, in, out string) {
				samePositionsOfNonDigits(t, in, out)
				cc := countryCodeEnd([]byte(in))
				require.Equal(t, in[:cc], out[:cc])
			},
			distinct: func(i int) string { return fmt.Sprintf("+44 20 %04d %04d", i/10000, i%10000) }, narrow: 16, narrowValid: true},
		{name: "street_address", typ: TypeText, inputs: []string{"1 Main St", "221B Baker Street"}, valid: nonEmpty, narrow: 10},
		{name: "city", typ: TypeText, inputs: []string{"Paris", "London"}, valid: nonEmpty},
		{name: "postcode", typ: TypeText, inputs: []string{"SW1A 1AA", "75001", "10115-123"}, valid: func(t *testing.T, in, out string) {
			require.Equal(t, len(in), len(out))
			for i := range in {
				require.Equal(t, isDigit(in[i]), isDigit(out[i]))
				require.Equal(t, isUpper(in[i]), isUpper(out[i]))
			}
		}, narrowValid: true},
		{name: "state", typ: TypeText, inputs: []string{"CA", "California"}, valid: func(t *testing.T, in, out string) {
			require.Equal(t, len(in) <= 3, len(out) == 2)
		}},
		{name: "country", typ: TypeText, inputs: []string{"FR", "France"}, valid: func(t *testing.T, in, out string) {
			require.Equal(t, len(in) <= 3, len(out) == 2)
		}},
		{name: "company", typ: TypeText, inputs: []string{"ACME Corp", "Initech"}, valid: nonEmpty},
		{name: "job_title", typ: TypeText, inputs: []string{"CEO", "Engineer"}, valid: nonEmpty},
		{name: "department", typ: TypeText, inputs: []string{"Sales", "Lager"}, valid: func(t *testing.T, _, out string) {
			require.Contains(t, departments, out)
		}},
		{name: "ipv4", typ: typeInet, inputs: []string{"192.168.1.5", "10.0.0.1/8", "0.0.0.0"},
			valid: func(t *testing.T, in, out string) {
				addr, _, _ := strings.Cut(out, "/")
				a, err := netip.ParseAddr(addr)
				require.NoError(t, err)
				require.True(t, a.Is4())
				_, inMask, _ := strings.Cut(in, "/")
				_, outMask, _ := strings.Cut(out, "/")
				require.Equal(t, inMask, outMask)
			},
			distinct: func(i int) string { return fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255) }, narrow: 18, narrowValid: true},
		{name: "ipv4", label: "ipv4/cidr", typ: typeCidr, inputs: []string{"192.168.0.0/24", "10.0.0.0/8"},
			valid: func(t *testing.T, in, out string) {
				p, err := netip.ParsePrefix(out)
				require.NoError(t, err)
				require.Equal(t, p.Masked(), p, "host bits must stay zero")
				require.True(t, strings.HasSuffix(out, in[strings.IndexByte(in, '/'):]))
			},
			distinct: func(i int) string { return fmt.Sprintf("%d.%d.%d.0/24", 1+i>>16, i>>8&255, i&255) }, narrow: 18},
		{name: "ipv6", typ: typeInet, inputs: []string{"2001:db8::1", "fe80::1/64", "::ffff:10.0.0.1"},
			valid: func(t *testing.T, _, out string) {
				addr, _, _ := strings.Cut(out, "/")
				a, err := netip.ParseAddr(addr)
				require.NoError(t, err)
				require.True(t, a.Is6())
			},
			distinct: func(i int) string { return fmt.Sprintf("2001:db8::%x:%x", i>>16, i&0xffff) }, narrow: 39, narrowValid: true},
		{name: "mac", typ: typeMac, inputs: []string{"08:00:2b:01:02:03", "AA-BB-CC-DD-EE-FF"},
			valid: func(t *testing.T, in, out string) {
				_, err := net.ParseMAC(out)
				require.NoError(t, err)
				require.Equal(t, len(in), len(out))
			},
			distinct: func(i int) string {
				return fmt.Sprintf("02:00:00:%02x:%02x:%02x", i>>16&255, i>>8&255, i&255)
			}, narrow: 17, narrowValid: true},
		{name: "url", typ: TypeText, inputs: []string{"https://bob:pw@shop.acme.com:8080/users/42?email=a@b.c#x", "http://example.org", "www.acme.com/a/b",
			"https://shop.acme.com/reset?user=ann&token=Zr7Lw4Tx8KdPq2mQ9sB1"},
			valid: func(t *testing.T, _, out string) {
				u, err := url.Parse(out)
				require.NoError(t, err)
				require.Nil(t, u.User)
				require.NotContains(t, out, "a@b.c")
				require.Contains(t, out, ".example")
				// What verify's credential scan would flag is not written.
				require.False(t, detect.HasURLCredentials(out), out)
			}, narrow: 20},
		{name: "user_agent", typ: TypeText, inputs: []string{"Mozilla/5.0 (X11; Linux x86_64)", "curl/8.0"}, valid: nonEmpty, narrow: 30},
		{name: "uuid", typ: typeUUID, narrow: 36, inputs: []string{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000"},
			valid:    func(t *testing.T, _, out string) { require.Regexp(t, uuidRe, out) },
			distinct: func(i int) string { return fmt.Sprintf("00000000-0000-4000-8000-%012x", i) }, narrowValid: true},
		{name: "card", typ: TypeText, params: map[string]any{"keep_last": 4}, inputs: []string{"4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"},
			valid: func(t *testing.T, in, out string) {
				samePositionsOfNonDigits(t, in, out)
				require.True(t, luhnValid([]byte(out)), out)
				require.Equal(t, in[len(in)-4:], out[len(out)-4:])
			},
			distinct: luhnCard, narrow: 16, narrowValid: true},
		{name: "card", label: "card/keep_first", typ: TypeText, params: map[string]any{"keep_first": 6}, inputs: []string{"4111111111111111", "5500000000000004"},
			valid: func(t *testing.T, in, out string) {
				require.True(t, luhnValid([]byte(out)), out)
				require.Equal(t, in[:6], out[:6])
			},
			distinct: luhnCard, narrow: 16, narrowValid: true},
		{name: "iban", typ: TypeText, inputs: []string{"DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "FR1420041010050500013M02606"},
			valid: func(t *testing.T, in, out string) {
				c := strings.ReplaceAll(out, " ", "")
				require.Equal(t, 1, ibanMod97([]byte(c)), out)
				require.Equal(t, in[:2], out[:2])
				require.Equal(t, len(in), len(out))
			},
			distinct: germanIBAN, narrow: 22, narrowValid: true},
		{name: "iban", label: "iban/other_country", params: map[string]any{"keep_country": false}, typ: TypeText, inputs: []string{"GB29NWBK60161331926819"},
			valid: func(t *testing.T, _, out string) {
				require.Equal(t, 1, ibanMod97([]byte(out)), out)
				require.Len(t, out, 22)
			}, narrow: 22, narrowValid: true},
		{name: "ssn", typ: TypeText, inputs: []string{"123-45-6789", "078051120"},
			valid: func(t *testing.T, in, out string) {
				samePositionsOfNonDigits(t, in, out)
				d := []byte(strings.ReplaceAll(out, "-", ""))
				for i := range d {
					d[i] -= '0'
				}
				require.True(t, ssnValid(d), out)
			},
			distinct: func(i int) string {
				return fmt.Sprintf("%03d-%02d-%04d", 100+i%500, 1+i/500%99, 1+i/(500*99))
			}, narrow: 11, narrowValid: true},
		{name: "date_shift", typ: typeDate, inputs: []string{"2024-02-29", "1999-12-31", "0044-03-15 BC", "infinity"},
			valid:      validShift(30),
			limitType:  &typeTstz,
			limitCheck: func(t *testing.T, out string) { require.Regexp(t, `^\d{4}-\d\d-\d\d 10:11:12\.5\+05:30$`, out) }},
		{name: "date_shift", label: "date_shift/seed_column", params: map[string]any{"days": 5, "seed_column": "id"}, typ: typeTstz,
			inputs: []string{"2024-01-01 10:00:00+00", "2023-06-30 23:59:59.999999-07"},
			row:    func(string) RowContext { return Rows{Src: MapRow{"id": Text("42")}} },
			valid:  validShift(5), narrow: 40, narrowValid: true},
		{name: "noise", typ: typeInt8, inputs: []string{"1000", "-9223372036854775808", "9223372036854775807", "0"},
			valid: func(t *testing.T, in, out string) {
				a, err := strconv.ParseInt(in, 10, 64)
				require.NoError(t, err)
				b, err := strconv.ParseInt(out, 10, 64)
				require.NoError(t, err)
				require.LessOrEqual(t, math.Abs(float64(b)-float64(a)), math.Abs(float64(a))*0.1+1)
			},
			limitType: ptr(numericType(5, 2)),
			limitCheck: func(t *testing.T, out string) {
				require.Regexp(t, `^-?\d{1,3}\.\d\d$`, out)
			}},
		{name: "noise", label: "noise/int2", typ: typeInt2, inputs: []string{"32767", "-32768", "120"},
			valid: func(t *testing.T, _, out string) {
				n, err := strconv.ParseInt(out, 10, 16)
				require.NoError(t, err, out)
				_ = n
			}},
		{name: "noise", label: "noise/numeric", params: map[string]any{"percent": 50}, typ: TypeNumeric, inputs: []string{"123.4500", "-0.001", "NaN", "1000"},
			valid: func(t *testing.T, in, out string) {
				if in == "NaN" {
					require.Equal(t, in, out)
					return
				}
				_, err := strconv.ParseFloat(out, 64)
				require.NoError(t, err)
			}},
		{name: "noise", label: "noise/float8", typ: typeFloat8, inputs: []string{"1.5", "-1.7976931348623157e+308", "Infinity"},
			valid: func(t *testing.T, _, out string) {
				if out != "Infinity" {
					_, err := strconv.ParseFloat(out, 64)
					require.NoError(t, err)
				}
			}},
		{name: "hash", typ: TypeText, inputs: []string{"", "x", "hello world"},
			valid:    func(t *testing.T, _, out string) { require.Regexp(t, `^[0-9a-f]{64}$`, out) },
			distinct: strconv.Itoa, narrow: 16},
		{name: "hash", label: "hash/base64", params: map[string]any{"encoding": "base64", "length": 16}, typ: TypeText, inputs: []string{"x", "y"},
			valid:    func(t *testing.T, _, out string) { require.Regexp(t, `^[A-Za-z0-9_-]{16}$`, out) },
			distinct: strconv.Itoa},
		{name: "mask", params: map[string]any{"keep_last": 4, "keep": "-"}, typ: TypeText, inputs: []string{"1234-5678-9012", "ab", "Zoë Ünal"},
			valid: func(t *testing.T, in, out string) {
				require.Equal(t, utf8.RuneCountInString(in), utf8.RuneCountInString(out))
				r := []rune(in)
				require.True(t, strings.HasSuffix(out, string(r[max(0, len(r)-4):])))
			}},
		{name: "regexp_replace", params: map[string]any{"pattern": `[0-9]`, "replacement": "#"}, typ: TypeText, inputs: []string{"call 555-1234", "none"},
			valid: func(t *testing.T, _, out string) { require.NotRegexp(t, `[0-9]`, out) }},
		{name: "template", params: map[string]any{"template": "{first_name}.{last_name}"}, typ: TypeText, inputs: []string{"x", "y"},
			row: func(string) RowContext {
				return Rows{Dst: MapRow{"first_name": Text("Ann"), "last_name": Text("Lee")}, Src: MapRow{"first_name": Text("Real")}}
			},
			valid: func(t *testing.T, _, out string) { require.Equal(t, "Ann.Lee", out) }},
		{name: "lorem", typ: TypeText, inputs: []string{"Patient reports chest pain since Monday.", "x", ""},
			valid: func(t *testing.T, in, out string) {
				require.Equal(t, utf8.RuneCountInString(in), utf8.RuneCountInString(out))
			}},
		{name: "constant", params: map[string]any{"value": "sandbox"}, typ: TypeText, inputs: []string{"secret", ""},
			valid: func(t *testing.T, _, out string) { require.Equal(t, "sandbox", out) }},
		{name: "null", typ: TypeText, inputs: []string{"a"}, valid: func(t *testing.T, _, out string) {
			t.Fatalf("null produced %q", out)
		}},
		{name: "redact", typ: TypeText, inputs: []string{"secret"}, valid: func(t *testing.T, _, out string) {
			require.Equal(t, "[REDACTED]", out)
		}},
		{name: "gender", params: map[string]any{"person": "id"}, typ: TypeText, row: personRow,
			inputs: []string{"male", "Female", "F", "m", "WOMAN", "non-binary", "X", ""},
			valid: func(t *testing.T, in, out string) {
				switch in {
				case "":
					require.Empty(t, out)
				case "X", "F", "m":
					require.Contains(t, []string{"M", "F", "m", "f"}, out)
				default:
					require.Contains(t, []string{"male", "female", "Male", "Female", "MAN", "WOMAN"}, out)
				}
			}},
		{name: "gender", label: "gender/number", typ: typeInt2, inputs: []string{"1", "2", "9"},
			valid: func(t *testing.T, _, out string) { require.Contains(t, []string{"1", "2"}, out) }},
		{name: "scrub_text", typ: TypeText, inputs: []string{
			"Ticket from alice@corp.com: call +44 20 7946 0958 about card 4111 1111 1111 1111.",
			"Refund to DE89 3704 0044 0532 0130 00, seen from 10.0.0.1 and 2001:db8::1",
			"Dr. Patel (VAT DE136695976) on 08:00:2b:01:02:03 with acme_live_Xk29fLq8Zr0TmB4wYp7cNv1s",
			"postgres://app:s3cret@db/prod, token " + scrubJWT,
			"Nothing to hide in this note.",
			"mail bob@corp.com",
			"",
		}, valid: scrubValid, narrow: 40, narrowValid: true},
		{name: "json", params: map[string]any{"paths": map[string]any{
			"$.billing.email":     "email",
			"$.contacts[*].phone": map[string]any{"transform": "phone", "keep_prefix": 3},
			"$..ssn":              "ssn",
			"$.age":               "noise",
		}}, typ: TypeJSONB,
			inputs: []string{
				`{"billing": {"email": "a@b.com", "zip": "x"}, "contacts": [{"phone": "+1 555 123 4567"}, {"phone": null}], "deep": [{"ssn": "123-45-6789"}], "age": 42}`,
				`{"other": "\u00e9\ud83d\ude00", "billing": {"email": "caf\u00e9@b.com"}}`,
				`[]`,
			},
			valid: func(t *testing.T, in, out string) {
				require.True(t, json.Valid([]byte(out)), out)
				var doc map[string]any
				if json.Unmarshal([]byte(out), &doc) == nil {
					if b, ok := doc["billing"].(map[string]any); ok {
						_, err := mail.ParseAddress(b["email"].(string))
						require.NoError(t, err)
						require.NotContains(t, out, "a@b.com")
					}
				}
			}},
	}
}

func ptr[T any](v T) *T { return &v }

func validEmail(domain string) func(t *testing.T, in, out string) {
	return func(t *testing.T, _, out string) {
		a, err := mail.ParseAddress(out)
		require.NoError(t, err, out)
		require.Equal(t, out, a.Address)
		require.True(t, strings.HasSuffix(out, "@"+domain), out)
	}
}

func validShift(days int) func(t *testing.T, in, out string) {
	return func(t *testing.T, in, out string) {
		if in == "infinity" {
			require.Equal(t, in, out)
			return
		}
		require.Equal(t, len(in), len(out))
		require.Equal(t, in[10:], out[10:], "only the date part moves")
		if strings.HasSuffix(in, " BC") {
			return
		}
		a, err := time.Parse(time.DateOnly, in[:10])
		require.NoError(t, err)
		b, err := time.Parse(time.DateOnly, out[:10])
		require.NoError(t, err)
		d := int(b.Sub(a).Hours() / 24)
		require.NotZero(t, d)
		require.LessOrEqual(t, abs(d), days)
	}
}

// run masks inputs with one compiled instance; NULL outputs render as
// "<NULL>" and errors as "<error>".
func run(t testing.TB, c conformanceCase, typ Type, secret []byte, inputs []string) []string {
	t.Helper()
	comp, err := NewRegistry().Compile(c.name, c.params, Column{Table: "t", Name: "col", Type: typ}, Options{Secret: secret})
	require.NoError(t, err)
	tr := comp.New()
	out := make([]string, len(inputs))
	var buf []byte
	for i, in := range inputs {
		var rc RowContext
		if c.row != nil {
			rc = c.row(in)
		}
		v, err := tr.Transform(buf[:0], Text(in), rc)
		switch {
		case err != nil:
			out[i] = "<error>"
		case v.Null:
			out[i] = "<NULL>"
		default:
			out[i] = string(v.Bytes)
		}
		buf = v.Bytes
	}
	return out
}

func TestConformanceCoversCatalogue(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range conformanceCases() {
		covered[c.name] = true
	}
	for _, name := range NewRegistry().Names() {
		require.True(t, covered[name], "transformer %q has no conformance case in conformanceCases()", name)
	}
}

func TestConformance(t *testing.T) {
	reg := NewRegistry()
	for _, c := range conformanceCases() {
		t.Run(c.title(), func(t *testing.T) {
			def, ok := reg.Lookup(c.name)
			require.True(t, ok)
			comp, err := reg.Compile(c.name, c.params, Column{Name: "col", Type: c.typ}, Options{Secret: testSecret})
			require.NoError(t, err)
			out := run(t, c, c.typ, testSecret, c.inputs)

			t.Run("deterministic", func(t *testing.T) {
				require.Equal(t, out, run(t, c, c.typ, testSecret, c.inputs), "a second compile and instance")
			})
			t.Run("valid", func(t *testing.T) {
				for i, in := range c.inputs {
					if c.name == "null" {
						require.Equal(t, "<NULL>", out[i])
						continue
					}
					if out[i] == "<error>" {
						require.Contains(t, []string{"no-at-sign"}, in, "only designated inputs may fail")
						continue
					}
					require.True(t, utf8.ValidString(out[i]))
					c.valid(t, in, out[i])
				}
			})
			t.Run("secret", func(t *testing.T) {
				if !comp.Keyed() {
					_, err := reg.Compile(c.name, c.params, Column{Name: "col", Type: c.typ}, Options{})
					require.NoError(t, err, "an unkeyed transformer needs no secret")
					return
				}
				_, err := reg.Compile(c.name, c.params, Column{Name: "col", Type: c.typ}, Options{})
				require.ErrorIs(t, err, ErrNoSecret)
				other := run(t, c, c.typ, otherSecret, c.inputs)
				changed := 0
				for i := range out {
					if out[i] != other[i] {
						changed++
					}
				}
				require.NotZero(t, changed, "another secret must give other outputs")
			})
			t.Run("null", func(t *testing.T) {
				tr := comp.New()
				var rc RowContext
				if c.row != nil {
					rc = c.row("")
				}
				v, err := tr.Transform(nil, Null, rc)
				require.NoError(t, err)
				if c.name != "constant" || c.params["keep_null"] != false {
					require.True(t, v.Null, "NULL stays NULL")
				}
			})
			t.Run("utf8", func(t *testing.T) {
				if !def.AcceptsType(TypeText) {
					return
				}
				comp, err := reg.Compile(c.name, c.params, Column{Name: "col", Type: TypeText}, Options{Secret: testSecret})
				require.NoError(t, err)
				tr := comp.New()
				for _, in := range []string{"\xff\xfe", "ab\xc3", "\xed\xa0\x80 x", "é\x00"} {
					var rc RowContext
					if c.row != nil {
						rc = c.row(in)
					}
					v, err := tr.Transform(nil, Text(in), rc)
					if err != nil {
						require.ErrorIs(t, err, ErrInvalidInput)
						continue
					}
					require.True(t, v.Null || utf8.Valid(v.Bytes), "invalid UTF-8 output %q", v.Bytes)
				}
			})
			t.Run("typmod", func(t *testing.T) {
				if c.limitType != nil {
					for _, v := range run(t, c, *c.limitType, testSecret, []string{"123.456", "99999.999", "2024-01-01 10:11:12.5+05:30"}) {
						if v != "<error>" {
							c.limitCheck(t, v)
						}
					}
				}
				n := c.narrow
				if n == 0 {
					n = 8
				}
				typ := Varchar(n)
				if !def.AcceptsType(typ) || c.name == "constant" {
					return
				}
				// A varchar(n) column holds inputs of at most n characters.
				var fit []string
				for _, in := range c.inputs {
					if utf8.RuneCountInString(in) <= n {
						fit = append(fit, in)
					}
				}
				require.NotEmpty(t, fit, "no input fits varchar(%d)", n)
				for i, v := range run(t, c, typ, testSecret, fit) {
					if v == "<error>" || v == "<NULL>" {
						continue
					}
					require.LessOrEqual(t, utf8.RuneCountInString(v), n, "varchar(%d) output %q", n, v)
					if c.narrowValid {
						c.valid(t, fit[i], v)
					}
				}
			})
			t.Run("array", func(t *testing.T) {
				arr := ArrayOf(c.typ)
				if def.Accepts == nil || def.Accepts(arr) || !def.Accepts(c.typ) || c.row != nil {
					return
				}
				var b []byte
				b = append(b, '{')
				for _, in := range c.inputs {
					b = appendArrayElem(b, []byte(in), ',')
					b = append(b, ',')
				}
				b = append(b, "NULL}"...)
				ac, err := reg.Compile(c.name, c.params, Column{Name: "col", Type: arr}, Options{Secret: testSecret})
				require.NoError(t, err)
				require.True(t, ac.Elementwise())
				v, err := ac.New().Transform(nil, Value{Bytes: b}, nil)
				if slices.Contains(out, "<error>") {
					require.Error(t, err)
					return
				}
				require.NoError(t, err)
				elems := arrayElems(t, v.Bytes)
				want := append(slices.Clone(out), "<NULL>")
				if c.name == "null" {
					for i := range want {
						want[i] = "<NULL>"
					}
				}
				require.Equal(t, want, elems, "element-wise output equals the scalar outputs")
			})
			t.Run("unique", func(t *testing.T) {
				if comp.Uniqueness() != Preserving {
					require.Nil(t, c.distinct, "a distinct generator for a non-preserving case")
					return
				}
				require.NotNil(t, c.distinct, "a preserving transformer needs a distinct generator")
				checkUnique(t, c, uniqueN)
			})
		})
	}
}

// uniqueN is the number of distinct inputs of the uniqueness check.
var uniqueN = pick(raceEnabled, 100_000, 1_000_000)

func checkUnique(t *testing.T, c conformanceCase, n int) {
	comp, err := NewRegistry().Compile(c.name, c.params, Column{Name: "col", Type: c.typ, Unique: true}, Options{Secret: testSecret})
	require.NoError(t, err)
	tr := comp.New()
	s1, s2 := maphash.MakeSeed(), maphash.MakeSeed()
	seen := make([][2]uint64, 0, n)
	var buf []byte
	var rc RowContext
	for i := range n {
		in := c.distinct(i)
		if c.row != nil {
			rc = c.row(in)
		}
		v, err := tr.Transform(buf[:0], Text(in), rc)
		require.NoError(t, err, "input %d", i)
		buf = v.Bytes
		seen = append(seen, [2]uint64{maphash.Bytes(s1, v.Bytes), maphash.Bytes(s2, v.Bytes)})
	}
	slices.SortFunc(seen, func(a, b [2]uint64) int {
		if a[0] != b[0] {
			return cmpU(a[0], b[0])
		}
		return cmpU(a[1], b[1])
	})
	for i := 1; i < len(seen); i++ {
		require.NotEqual(t, seen[i-1], seen[i], "duplicate output among %d distinct inputs", n)
	}
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// arrayElems decodes an array literal's elements ("<NULL>" for NULL).
func arrayElems(t testing.TB, b []byte) []string {
	var out []string
	var scratch [2][]byte
	_, err := rewriteArray(nil, b, ',', &scratch, func(dst []byte, v Value) ([]byte, bool, error) {
		if v.Null {
			out = append(out, "<NULL>")
		} else {
			out = append(out, string(v.Bytes))
		}
		return append(dst, v.Bytes...), v.Null, nil
	})
	require.NoError(t, err)
	return out
}

// allOutputs masks every case's inputs with the test secret.
func allOutputs(t testing.TB) map[string][]string {
	m := map[string][]string{}
	for _, c := range conformanceCases() {
		m[c.title()] = run(t, c, c.typ, testSecret, c.inputs)
	}
	return m
}

const goldenPath = "testdata/conformance.golden.json"

func TestConformanceGolden(t *testing.T) {
	b, err := json.MarshalIndent(allOutputs(t), "", "  ")
	require.NoError(t, err)
	golden.Check(t, goldenPath, append(b, '\n'))
}

const childEnv = "UNDERSTUDY_ANONYMIZE_CONFORMANCE_OUT"

// TestDeterminismAcrossProcesses runs the test binary again and compares the
// outputs the other process computes with this one's.
func TestDeterminismAcrossProcesses(t *testing.T) {
	if path := os.Getenv(childEnv); path != "" {
		b, err := json.Marshal(allOutputs(t))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, b, 0o644))
		return
	}
	path := filepath.Join(t.TempDir(), "outputs.json")
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeterminismAcrossProcesses$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	outb, err := cmd.CombinedOutput()
	require.NoError(t, err, "child: %s", outb)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var child map[string][]string
	require.NoError(t, json.Unmarshal(b, &child))
	if d := cmp.Diff(allOutputs(t), child); d != "" {
		t.Fatalf("another process computed other outputs (-here +there):\n%s", d)
	}
}
