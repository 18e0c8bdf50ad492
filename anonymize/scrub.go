package anonymize

import (
	"fmt"
	"slices"
	"strings"

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
	{"ip", []detect.Kind{detect.KindIPv4, detect.KindIPv6}},
	{"url_credential", []detect.Kind{detect.KindURLCredential}},
	{"secret", []detect.Kind{detect.KindToken, detect.KindPasswordHash, detect.KindPrivateKey}},
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
}

// The markers written instead of a secret: fixed, so they reveal neither
// the secret nor its length and never look like one to the verify scan. A
// URL credential gets one a URL may hold.
const (
	secretMarker = "[REDACTED]"
	urlMarker    = "REDACTED"
)

type scrubParams struct {
	Kinds []string `param:"kinds,nodomain" doc:"the kinds of entity replaced: email, phone, card, iban, ip, url_credential, secret (empty: all)"`
}

// scrubTransformer copies a text and replaces the entities detect finds in
// it. An instance holds one instance of each entity transformer.
type scrubTransformer struct {
	on    [detect.NumKinds]bool
	subs  [detect.NumKinds]Transformer
	limit int
	spans []detect.Span
	whole []int // pairs of output offsets of entities a cut must not split
}

func (t *scrubTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	text := in.Bytes
	t.spans = detect.AppendEntities(t.spans[:0], string(text))
	if len(t.spans) == 0 && t.limit < 0 {
		return Value{Bytes: append(dst, text...)}, nil
	}
	start := len(dst)
	t.whole = t.whole[:0]
	last := 0
	for _, sp := range t.spans {
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
	dst = append(dst, text[last:]...)
	if t.limit >= 0 {
		dst = dst[:start+fitChars(dst[start:], t.limit, t.whole)]
	}
	return Value{Bytes: dst}, nil
}

// replace appends the replacement of one entity.
func (t *scrubTransformer) replace(dst []byte, k detect.Kind, entity []byte) []byte {
	switch k {
	case detect.KindURLCredential:
		return append(dst, urlMarker...)
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
		Doc:        "replaces the emails, phone numbers, card numbers, IBANs, IP addresses, URL credentials and secrets found in free text, each as its column transformer would, and keeps the rest",
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
	var on [detect.NumKinds]bool
	names := make([]string, len(scrubKinds))
	for i, k := range scrubKinds {
		names[i] = k.name
	}
	if p.Kinds == nil {
		for _, k := range scrubKinds {
			for _, kind := range k.kinds {
				on[kind] = true
			}
		}
	} else if len(p.Kinds) == 0 {
		return nil, &ParamError{Transformer: "scrub_text", Param: "kinds", Reason: "want at least one kind (leave kinds out for all of them)", Valid: names}
	}
	for _, name := range p.Kinds {
		i := slices.IndexFunc(scrubKinds, func(k scrubKind) bool { return k.name == name })
		if i < 0 {
			return nil, &ParamError{Transformer: "scrub_text", Param: "kinds", Reason: fmt.Sprintf("unknown kind %q", name), Valid: names}
		}
		for _, kind := range scrubKinds[i].kinds {
			on[kind] = true
		}
	}
	var compiled [detect.NumKinds]*Compiled
	col := Column{Table: b.Column.Table, Name: b.Column.Name, Type: TypeText}
	for kind, name := range scrubWith {
		if name == "" || !on[kind] {
			continue
		}
		c, err := b.Registry.Compile(name, nil, col, Options{Secret: b.Options.Secret})
		if err != nil {
			return nil, fmt.Errorf("the %s transformer of %s entities: %w", name, strings.ReplaceAll(detect.Kind(kind).String(), "_", " "), err)
		}
		compiled[kind] = c
	}
	limit := b.Column.Type.CharLimit()
	return func(*Seeder) Transformer {
		t := &scrubTransformer{on: on, limit: limit}
		for k, c := range compiled {
			if c != nil {
				t.subs[k] = c.New()
			}
		}
		return t
	}, nil
}
