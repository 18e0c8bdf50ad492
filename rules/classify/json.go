package classify

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/understudy/understudy/detect"
)

// maxJSONDepth bounds how deep DetectJSON and Sample descend into a
// document; deeper strings are not looked at.
const maxJSONDepth = 64

// maxKeyBytes bounds an object key as written into a path.
const maxKeyBytes = 128

// DetectJSON walks a json or jsonb document and runs Detect on every string
// leaf, and reports object keys named like secrets ("password", "api_key",
// "client_secret") that hold a non-empty string. Each Detection carries the
// JSONPath of the leaf with array indexes collapsed to [*] and object keys
// that are numbers or UUIDs collapsed to * ($.billing.email,
// $.contacts[*].phone, $.users.*.email). A detector is reported once per
// path, in document order. A bare random token (api_token) under a member
// named for a record's id or a public key is not reported, as PublicName
// says of a column. The walk is best effort: a document cut short or
// malformed yields what was found before the fault, not an error.
func DetectJSON(doc []byte) []Detection {
	type key struct{ detector, path string }
	var out []Detection
	seen := map[key]bool{}
	add := func(d Detection) {
		k := key{d.Detector, d.Path}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	dict := Default()
	jwk := jwkDocument(doc)
	walkJSON(doc, func(path, member, value string) {
		for _, d := range Detect(value) {
			if d.Detector == DetectorAPIToken && publicMember(path, member, jwk) {
				continue
			}
			d.Path = path
			add(d)
		}
		if dict.secretMember(member, value) {
			add(Detection{Detector: DetectorSecretName, Category: Secret, Path: path})
		}
	})
	return out
}

// publicMember reports a member whose bare random token is published by
// design: one named for a record's id or a public key (an email's
// message_id, a device's public_key), as PublicName says of a column, or
// a public parameter of a JSON Web Key in a key set ($.keys[*].n: an RSA
// key's modulus, its exponent, an EC key's point, the key's id and
// certificate chain, RFC 7517 and 7518), or of a document that is a JSON
// Web Key itself (jwk: an LTI tool's public_jwk). A private key's
// parameters (d, p, q, dp, dq, qi, k) are not.
func publicMember(path, member string, jwk bool) bool {
	if member == "" {
		return false
	}
	if jwkPublic[member] && (jwk || strings.Contains(path, "keys[*]")) {
		return true
	}
	return PublicName(member)
}

// jwkDocument reports a document with a JSON Web Key's type member
// ("kty"), whose public parameters are read as a key set's are.
func jwkDocument(doc []byte) bool { return bytes.Contains(doc, []byte(`"kty"`)) }

var jwkPublic = map[string]bool{
	"kty": true, "kid": true, "use": true, "alg": true, "key_ops": true, "n": true, "e": true, "crv": true, "x": true, "y": true,
	"x5c": true, "x5t": true, "x5t#S256": true, "x5u": true,
}

// secretValue reports a value under a key named like a secret that may be
// one: not empty, not a placeholder an application writes in its place
// ("**********", "xxxx", "[FILTERED]", "[REDACTED]"), and not a flag
// (detect.IsFlagWord: {"encrypted": "N"}, {"token": "true"}: whether
// there is one, or whether it is encrypted).
func secretValue(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || detect.IsFlagWord(v) {
		return false
	}
	switch strings.ToLower(strings.Trim(v, "[]<>()")) {
	case "filtered", "redacted", "hidden", "masked", "removed", "secret", "null", "none":
		return false
	}
	first, _ := utf8.DecodeRuneInString(v)
	return utf8.RuneCountInString(v) < 3 || strings.Trim(v, string(first)) != ""
}

// walkJSON calls leaf for every string value of a document with its
// collapsed path and, when the string is an object member, the member's
// key. It is a small scanner rather than encoding/json's tokenizer: it
// allocates only for strings with escapes and for paths, and stops quietly
// at the first fault.
func walkJSON(doc []byte, leaf func(path, member, value string)) {
	type frame struct {
		array bool
		path  string // the container's own path
		key   string // the current member's key
		child string // the path of the current member or element
	}
	var stack []frame
	w := jsonScanner{b: doc}
	const (
		stValue   = iota // a value is expected
		stKey            // a member key or the end of an object is expected
		stKeyOnly        // a member key is expected (after a comma)
		stElem           // an element or the end of an array is expected
		stAfter          // a comma or the end of the container is expected
	)
	state := stValue
	for {
		w.space()
		if w.i >= len(w.b) {
			return
		}
		c := w.b[w.i]
		switch state {
		case stValue, stElem:
			if state == stElem && c == ']' {
				w.i++
				stack = stack[:len(stack)-1]
				state = stAfter
				break
			}
			path, member := "$", ""
			if n := len(stack); n > 0 {
				path = stack[n-1].child
				if !stack[n-1].array {
					member = stack[n-1].key
				}
			}
			switch {
			case c == '{' || c == '[':
				if len(stack) >= maxJSONDepth {
					return
				}
				w.i++
				f := frame{array: c == '[', path: path}
				if f.array {
					f.child = path + "[*]"
					state = stElem
				} else {
					state = stKey
				}
				stack = append(stack, f)
				continue
			case c == '"':
				v, ok := w.str()
				if !ok {
					return
				}
				leaf(path, member, v)
			default:
				if !w.literal() {
					return
				}
			}
			state = stAfter
		case stKey, stKeyOnly:
			if state == stKey && c == '}' {
				w.i++
				stack = stack[:len(stack)-1]
				state = stAfter
				break
			}
			if c != '"' {
				return
			}
			k, ok := w.str()
			if !ok {
				return
			}
			w.space()
			if w.i >= len(w.b) || w.b[w.i] != ':' {
				return
			}
			w.i++
			f := &stack[len(stack)-1]
			if f.key != k || f.child == "" {
				f.key, f.child = k, f.path+memberPath(k)
			}
			state = stValue
		case stAfter:
			if len(stack) == 0 {
				return // one document; trailing bytes are not looked at
			}
			top := &stack[len(stack)-1]
			switch {
			case c == ',':
				w.i++
				if top.array {
					state = stValue
				} else {
					state = stKeyOnly
				}
			case c == ']' && top.array, c == '}' && !top.array:
				w.i++
				stack = stack[:len(stack)-1]
			default:
				return
			}
		}
	}
}

// labelKeys are the members that say what an object's "value" member is,
// in a document that keeps a list of labelled values rather than a member
// per field: DHIS2's tracked entity attributes ({"displayName": "First
// name", "value": "Amina"}), a form builder's answers, a HAR's headers
// and cookies ({"name": "Authorization", "value": "Bearer …"}).
var labelKeys = [...]string{"displayName", "display_name", "label", "name", "key", "field", "fieldName", "field_name",
	"attributeName", "attribute_name", "title"}

// maxLabelBytes bounds a label read as a name: a longer string is text.
const maxLabelBytes = 64

// labelledValues calls f for every object of a document whose "value"
// member is a string beside a label (a labelKeys member holding a short
// string): the value's path, collapsed as walkJSON collapses it, the
// label and the value. A document that does not parse (cut short) yields
// nothing.
func labelledValues(doc []byte, f func(path, label, value string)) {
	var root any
	if json.Unmarshal(doc, &root) != nil {
		return
	}
	var walk func(v any, path string, depth int)
	walk = func(v any, path string, depth int) {
		if depth >= maxJSONDepth {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			if value, ok := t["value"].(string); ok {
				for _, k := range labelKeys {
					if l, ok := t[k].(string); ok && strings.TrimSpace(l) != "" && len(l) <= maxLabelBytes {
						f(path+".value", l, value)
					}
				}
			}
			for k, c := range t {
				walk(c, path+memberPath(k), depth+1)
			}
		case []any:
			for _, c := range t {
				walk(c, path+"[*]", depth+1)
			}
		}
	}
	walk(root, "$", 0)
}

// jsonScanner reads JSON lexemes from b at i.
type jsonScanner struct {
	b []byte
	i int
}

func (w *jsonScanner) space() {
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case ' ', '\t', '\n', '\r':
			w.i++
		default:
			return
		}
	}
}

// str reads a string at w.i (on its opening quote).
func (w *jsonScanner) str() (string, bool) {
	start := w.i
	escaped := false
	for j := start + 1; j < len(w.b); j++ {
		switch c := w.b[j]; {
		case c == '\\':
			escaped = true
			j++
		case c == '"':
			w.i = j + 1
			if !escaped {
				return string(w.b[start+1 : j]), true
			}
			var s string
			if json.Unmarshal(w.b[start:j+1], &s) != nil {
				return "", false
			}
			return s, true
		case c < 0x20:
			return "", false
		}
	}
	return "", false
}

// literal skips a number, true, false or null.
func (w *jsonScanner) literal() bool {
	start := w.i
	for w.i < len(w.b) {
		c := w.b[w.i]
		if isAlnum(c) || c == '-' || c == '+' || c == '.' {
			w.i++
			continue
		}
		break
	}
	return w.i > start
}

// memberPath renders an object member step: .key for a plain identifier,
// ['key'] otherwise, and .* for keys that are numbers or UUIDs (map-like
// objects keyed by id).
func memberPath(k string) string {
	if detect.AllDigits(k) || detect.IsUUID(k) {
		return ".*"
	}
	if len(k) > maxKeyBytes {
		// A key this long is data, not a name: keep paths small.
		k = strings.ToValidUTF8(k[:maxKeyBytes], "") + "…"
	}
	plain := k != "" && !isDigit(k[0])
	for i := 0; plain && i < len(k); i++ {
		plain = isAlnum(k[i]) || k[i] == '_'
	}
	if plain {
		return "." + k
	}
	var b strings.Builder
	b.WriteString("['")
	for _, r := range k {
		if r == '\'' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteString("']")
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
