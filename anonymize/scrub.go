package anonymize

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/understudy/understudy/detect"
)

// scrubKind is a value of scrub_text's kinds parameter and the entity
// kinds it covers.
type scrubKind struct {
	name  string
	kinds []detect.Kind
}

var scrubKinds = []scrubKind{
	{"email", []detect.Kind{detect.KindEmail}},
	{"phone", []detect.Kind{detect.KindPhone}},
	{"card", []detect.Kind{detect.KindCard}},
	{"iban", []detect.Kind{detect.KindIBAN}},
	{"national_id", []detect.Kind{detect.KindNationalID}},
	{"ip", []detect.Kind{detect.KindIPv4, detect.KindIPv6}},
	{"mac", []detect.Kind{detect.KindMAC}},
	{"url_credential", []detect.Kind{detect.KindURLCredential}},
	{"secret", []detect.Kind{detect.KindToken, detect.KindPasswordHash, detect.KindPrivateKey}},
	{"handle", []detect.Kind{detect.KindChatHandle, detect.KindLogin}},
	{"name", []detect.Kind{detect.KindPersonName, detect.KindTitledSurname, detect.KindInvertedName, detect.KindGreetedName, detect.KindOwnerName}},
	{"record_id", []detect.Kind{detect.KindRecordID}},
	{"street", []detect.Kind{detect.KindStreet}},
	{"birth_date", []detect.Kind{detect.KindBirthDate}},
}

// scrubWith names the transformer that replaces each kind of entity,
// compiled with default parameters and its default domain, so an entity in
// prose maps to the fake its column rule writes. A kind without one is
// redacted.
var scrubWith = [detect.NumKinds]string{
	detect.KindEmail: "email",
	detect.KindPhone: "phone",
	detect.KindCard:  "card",
	detect.KindIBAN:  "iban",
	detect.KindIPv4:  "ipv4",
	detect.KindIPv6:  "ipv6",
	detect.KindMAC:   "mac",
	// A US SSN maps as in an ssn column; other national identifiers, which
	// have no transformer, get keyed digits (see replaceID).
	detect.KindNationalID: "ssn",
	// A full name maps as in a full_name column, a surname after a title as
	// in a last_name column, and "Surname, Given" as "Given Surname" in a
	// full_name column, written back surname first.
	detect.KindPersonName:    "full_name",
	detect.KindTitledSurname: "last_name",
	detect.KindGreetedName:   "first_name",
	detect.KindOwnerName:     "first_name",
	// A chat handle maps as in a username column: the local part replaced,
	// the server kept.
	detect.KindChatHandle:   "username",
	detect.KindInvertedName: "full_name",
	// A login spelled from a name, a whole value, maps as in a username
	// column.
	detect.KindLogin: "username",
	// A street line in a record's address field maps as in a
	// street_address column. A record's identifier gets keyed digits and
	// a birth date a keyed shift (see replaceID and replaceDate).
	detect.KindStreet: "street_address",
}

// The markers written instead of a secret: fixed, so they reveal neither
// the secret nor its length and never look like one to the verify scan. A
// URL credential gets one a URL may hold.
const (
	secretMarker = "[REDACTED]"
	urlMarker    = "REDACTED"
)

type scrubParams struct {
	Kinds []string `param:"kinds,nodomain" enum:"email,phone,card,iban,national_id,ip,mac,url_credential,secret,handle,name,record_id,street,birth_date" doc:"the kinds of entity replaced (default: all)"`
}

// scrubTransformer copies a text and replaces the entities detect finds in
// it. An instance holds one instance of each entity transformer.
type scrubTransformer struct {
	s     *Seeder // scrub_text's own, for national identifiers
	on    [detect.NumKinds]bool
	subs  [detect.NumKinds]Transformer
	limit int
	spans []detect.Span
	inner []detect.Span // a serialized string's, inside a value's
	plain []byte        // a base64-encoded document, scrubbed before it is encoded again
	whole []int         // pairs of output offsets of entities a cut must not split
	name  []byte
}

func (t *scrubTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	text := in.Bytes
	t.whole = t.whole[:0]
	if t.limit < 0 || len(text) <= t.limit {
		if doc, enc, ok := detect.Base64Text(text, false); ok {
			return Value{Bytes: t.scrubEncoded(dst, text, doc, enc)}, nil
		}
	}
	t.spans = detect.AppendEntities(t.spans[:0], string(text))
	if t.limit < 0 {
		if len(t.spans) == 0 {
			return Value{Bytes: append(dst, text...)}, nil
		}
		return Value{Bytes: t.scrubDocument(dst, text)}, nil
	}
	start := len(dst)
	dst = t.scrubSpans(dst, text, t.spans, start)
	return Value{Bytes: dst[:start+fitChars(dst[start:], t.limit, t.whole)]}, nil
}

// scrubDocument appends text with the entities at t.spans replaced: a
// PHP-serialized value string by string, each string's byte count written
// again so PHP still reads it; anything else (a value whose counts are
// already wrong too) span by span.
func (t *scrubTransformer) scrubDocument(dst, text []byte) []byte {
	if detect.LooksPHPSerialized(text) {
		if out, ok := detect.RewritePHP(dst, text, t.scrubString); ok {
			return out
		}
	}
	return t.scrubSpans(dst, text, t.spans, len(dst))
}

// scrubEncoded appends text, the base64 encoding (enc) of a serialized
// document (doc) and maybe spaces around it, with the entities of the
// document replaced and encoded again the same way, so the application
// still decodes it, and the spaces kept; as it was when the document holds
// none. A copy that no longer fits the column's length is redacted.
func (t *scrubTransformer) scrubEncoded(dst, text, doc []byte, enc *base64.Encoding) []byte {
	t.spans = detect.AppendEntities(t.spans[:0], string(doc))
	if len(t.spans) == 0 {
		return append(dst, text...)
	}
	t.plain = t.scrubDocument(t.plain[:0], doc)
	i := len(text) - len(bytes.TrimLeftFunc(text, unicode.IsSpace))
	j := len(bytes.TrimRightFunc(text, unicode.IsSpace))
	spaces := len(text) - (j - i)
	if bytes.Equal(t.plain, doc) {
		return append(dst, text...)
	}
	dst = append(dst, text[:i]...)
	if t.limit >= 0 && enc.EncodedLen(len(t.plain))+spaces > t.limit {
		dst = append(dst, secretMarker[:max(0, min(len(secretMarker), t.limit-spaces))]...)
	} else {
		dst = enc.AppendEncode(dst, t.plain)
	}
	return append(dst, text[j:]...)
}

// scrubSpans appends text with the entities at spans replaced, and records
// in t.whole where each replacement stands (offsets from start).
func (t *scrubTransformer) scrubSpans(dst, text []byte, spans []detect.Span, start int) []byte {
	last := 0
	for _, sp := range spans {
		dst = append(dst, text[last:sp.Start]...)
		last = sp.End
		from := len(dst)
		if t.on[sp.Kind] {
			dst = t.replace(dst, sp.Kind, text[sp.Start:sp.End])
		} else {
			dst = append(dst, text[sp.Start:sp.End]...)
		}
		t.whole = append(t.whole, from-start, len(dst)-start)
	}
	return append(dst, text[last:]...)
}

// scrubString appends one string of a PHP-serialized value, scrubbed.
func (t *scrubTransformer) scrubString(dst, _, content []byte) []byte {
	t.inner = detect.AppendEntities(t.inner[:0], string(content))
	return t.scrubSpans(dst, content, t.inner, len(dst))
}

// replace appends the replacement of one entity.
func (t *scrubTransformer) replace(dst []byte, k detect.Kind, entity []byte) []byte {
	switch k {
	case detect.KindURLCredential:
		return append(dst, urlMarker...)
	case detect.KindInvertedName:
		return t.replaceInverted(dst, entity)
	case detect.KindEmail:
		if bytes.Contains(entity, []byte("%40")) {
			return t.replaceEncoded(dst, k, entity)
		}
	case detect.KindNationalID:
		if detect.NationalIDKind(string(entity)) != detect.KindUSSSN {
			return t.replaceID(dst, entity)
		}
	case detect.KindRecordID:
		return t.replaceID(dst, entity)
	case detect.KindBirthDate:
		return t.replaceDate(dst, entity)
	}
	sub := t.subs[k]
	if sub == nil {
		return append(dst, secretMarker...)
	}
	v, err := sub.Transform(dst, Value{Bytes: entity}, nil)
	if err != nil || v.Null {
		// The entity's transformer refused it: redact rather than keep.
		return append(dst, secretMarker...)
	}
	return v.Bytes
}

// replaceEncoded replaces a percent-encoded entity (an email in a URL's
// query string) with its fake, encoded the same way: the fake is the one
// the entity maps to written plainly, so a link's address and the
// contact's email column stay one address.
func (t *scrubTransformer) replaceEncoded(dst []byte, k detect.Kind, entity []byte) []byte {
	plain, err := url.QueryUnescape(string(entity))
	sub := t.subs[k]
	if err != nil || sub == nil {
		return append(dst, urlMarker...)
	}
	v, err := sub.Transform(t.name[:0], Value{Bytes: []byte(plain)}, nil)
	if err != nil || v.Null {
		return append(dst, urlMarker...)
	}
	t.name = v.Bytes
	return append(dst, url.QueryEscape(string(v.Bytes))...)
}

// replaceInverted replaces "Surname, Given" with the fake full name of
// "Given Surname", written surname first around the same separator.
func (t *scrubTransformer) replaceInverted(dst []byte, entity []byte) []byte {
	comma := bytes.IndexByte(entity, ',')
	last := entity[:comma]
	sep := comma + 1
	for sep < len(entity) && entity[sep] == ' ' {
		sep++
	}
	t.name = append(append(append(t.name[:0], entity[sep:]...), ' '), last...)
	v, err := t.subs[detect.KindInvertedName].Transform(dst, Value{Bytes: t.name}, nil)
	if err != nil || v.Null {
		return append(dst, secretMarker...)
	}
	fake := v.Bytes[len(dst):]
	sp := bytes.IndexByte(fake, ' ')
	if sp < 0 {
		return v.Bytes // one word: nothing to reorder
	}
	// Surname, separator, given name: rotate the fake in place.
	t.name = append(append(append(t.name[:0], fake[sp+1:]...), entity[comma:sep]...), fake[:sp]...)
	return append(dst, t.name...)
}

// maxIDDraws bounds the draws of replaceID.
const maxIDDraws = 8

// replaceID replaces each digit of a national identifier with a keyed one
// (HMAC under scrub_text's domain, so the same identifier gets the same
// digits in every scrub_text column) and keeps its letters and
// separators. While the result is still a valid identifier it draws
// again, up to maxIDDraws times, so a replacement passes a check digit
// (one in ten draws for a single digit) about once in 10^8; identifiers
// without one (EIN, ITIN, NINO, PAN) keep a valid shape.
func (t *scrubTransformer) replaceID(dst []byte, entity []byte) []byte {
	r := t.s.Seeded(t.s.Sum(entity))
	start := len(dst)
	for range maxIDDraws {
		dst = dst[:start]
		for _, c := range entity {
			if isDigit(c) {
				c = '0' + byte(r.Uint64()%10)
			}
			dst = append(dst, c)
		}
		if detect.NationalIDKind(string(dst[start:])) == "" {
			break
		}
	}
	return dst
}

// maxDateShift bounds the days replaceDate moves a date by.
const maxDateShift = 30

// replaceDate replaces a date written YYYYMMDD (a birth date in a record)
// with one moved by a keyed number of days, 1 to maxDateShift either way:
// the same date moves the same way in every scrub_text column, an age
// stays about right, and the record still reads as a date.
func (t *scrubTransformer) replaceDate(dst []byte, entity []byte) []byte {
	d, err := time.Parse("20060102", string(entity))
	if err != nil {
		return append(dst, secretMarker...)
	}
	r := t.s.Seeded(t.s.Sum(entity))
	days := int(r.Uint64()%maxDateShift) + 1
	if r.Uint64()%2 == 0 {
		days = -days
	}
	return d.AddDate(0, 0, days).AppendFormat(dst, "20060102")
}

// fitChars returns the length in bytes of the longest prefix of b that
// holds at most limit characters and does not end inside one of the
// [whole[2i], whole[2i+1]) ranges.
func fitChars(b []byte, limit int, whole []int) int {
	n := 0
	cut := len(b)
	for i := range string(b) {
		if n == limit {
			cut = i
			break
		}
		n++
	}
	for i := 0; i < len(whole); i += 2 {
		if whole[i] < cut && cut < whole[i+1] {
			return whole[i]
		}
	}
	return cut
}

func scrubTextDef() Def {
	return Def{
		Name:       "scrub_text",
		Doc:        "replaces the emails, phone numbers, card numbers, IBANs, national identifiers, IP and MAC addresses, URL credentials, secrets, chat handles, logins spelled from names (a whole value) and person names found in free text, each as its column transformer would, and keeps the rest; an HL7 v2 message's patient, next-of-kin and clinician fields (names, identifiers, street lines, phones, birth dates) are replaced component by component; a PHP-serialized value or session keeps its byte counts right, and base64 text (a serialized document, a session, a text file) is decoded, scrubbed and encoded again the same way",
		Params:     &scrubParams{},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build:      buildScrubText,
	}
}

func buildScrubText(params any, b *Build) (Factory, error) {
	p := params.(*scrubParams)
	if b.Options.Domain != "scrub_text" {
		return nil, &ParamError{Transformer: "scrub_text", Param: "domain", Reason: "scrub_text takes no domain: each entity maps under the default domain of its own transformer (email, phone, ...), as a column rule with default parameters does"}
	}
	if p.Kinds != nil && len(p.Kinds) == 0 {
		return nil, &ParamError{Transformer: "scrub_text", Param: "kinds", Reason: "want at least one kind (leave kinds out for all of them)"}
	}
	// The decoder checked the kinds against the enum of the field tag.
	var on [detect.NumKinds]bool
	for _, k := range scrubKinds {
		if p.Kinds == nil || slices.Contains(p.Kinds, k.name) {
			for _, kind := range k.kinds {
				on[kind] = true
			}
		}
	}
	var compiled [detect.NumKinds]*Compiled
	byName := map[string]*Compiled{}
	col := Column{Table: b.Column.Table, Name: b.Column.Name, Type: TypeText}
	for kind, name := range scrubWith {
		if name == "" || !on[kind] {
			continue
		}
		c := byName[name]
		if c == nil {
			var err error
			c, err = b.Registry.Compile(name, nil, col, Options{Secret: b.Options.Secret})
			if err != nil {
				return nil, fmt.Errorf("the %s transformer of %s entities: %w", name, strings.ReplaceAll(detect.Kind(kind).String(), "_", " "), err)
			}
			byName[name] = c
		}
		compiled[kind] = c
	}
	b.Unchanged = func(v []byte) bool {
		if doc, _, ok := detect.Base64Text(v, false); ok {
			v = doc
		}
		var buf [8]detect.Span
		for _, sp := range detect.AppendEntities(buf[:0], string(v)) {
			if on[sp.Kind] {
				return false
			}
		}
		return true
	}
	limit := b.Column.Type.CharLimit()
	return func(s *Seeder) Transformer {
		t := &scrubTransformer{s: s, on: on, limit: limit}
		inst := map[*Compiled]Transformer{}
		for k, c := range compiled {
			if c == nil {
				continue
			}
			if inst[c] == nil {
				inst[c] = c.New()
			}
			t.subs[k] = inst[c]
		}
		return t
	}, nil
}
