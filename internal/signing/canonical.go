package signing

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// maxExponent bounds a number's decimal exponent: a record holds counts,
// seconds and sizes, and a canonical form must not grow without bound.
const maxExponent = 400

// Canonical returns the JSON document in canonical form: object keys
// sorted (bytewise), no whitespace, strings re-escaped as encoding/json
// writes them, and every number as its exact decimal value without an
// exponent, leading or trailing zeros ("1.50e1" and "15" are both "15").
// Two documents with the same content have the same canonical form,
// however they are laid out; PostgreSQL's jsonb keeps every value exactly,
// so a document read back from a jsonb column has the canonical form it
// was stored with. A document that is not valid UTF-8, holds a duplicate
// key, or has anything after its one value is refused.
func Canonical(doc []byte) ([]byte, error) {
	if !utf8.Valid(doc) {
		return nil, errors.New("not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var b bytes.Buffer
	if err := canonicalValue(dec, &b, ""); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("not one JSON document: something follows its end")
	}
	return b.Bytes(), nil
}

// Digest is the hex SHA-256 of the document's canonical form.
func Digest(doc []byte) (string, error) {
	c, err := Canonical(doc)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(c)
	return hex.EncodeToString(sum[:]), nil
}

// canonicalValue writes the next value of dec to b; path names it in errors.
func canonicalValue(dec *json.Decoder, b *bytes.Buffer, path string) error {
	tok, err := dec.Token()
	if err != nil {
		return jsonError(path, err)
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			return canonicalArray(dec, b, path)
		}
		return canonicalObject(dec, b, path)
	case json.Number:
		n, err := canonicalNumber(string(t))
		if err != nil {
			return fmt.Errorf("%s: %w", where(path), err)
		}
		b.WriteString(n)
	default: // string, bool, nil
		enc, err := json.Marshal(t)
		if err != nil {
			return fmt.Errorf("%s: %w", where(path), err)
		}
		b.Write(enc)
	}
	return nil
}

func canonicalObject(dec *json.Decoder, b *bytes.Buffer, path string) error {
	members := map[string][]byte{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return jsonError(path, err)
		}
		key := tok.(string) // Token returns only strings as object keys
		if _, dup := members[key]; dup {
			return fmt.Errorf("%s: duplicate key %q", where(path), key)
		}
		var v bytes.Buffer
		if err := canonicalValue(dec, &v, path+"."+key); err != nil {
			return err
		}
		members[key] = v.Bytes()
	}
	if _, err := dec.Token(); err != nil { // '}'
		return jsonError(path, err)
	}
	keys := make([]string, 0, len(members))
	for k := range members {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		enc, _ := json.Marshal(k)
		b.Write(enc)
		b.WriteByte(':')
		b.Write(members[k])
	}
	b.WriteByte('}')
	return nil
}

func canonicalArray(dec *json.Decoder, b *bytes.Buffer, path string) error {
	b.WriteByte('[')
	for i := 0; dec.More(); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := canonicalValue(dec, b, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // ']'
		return jsonError(path, err)
	}
	b.WriteByte(']')
	return nil
}

// canonicalNumber writes a JSON number literal as its exact decimal value:
// no exponent, no leading zeros in the integer part, no trailing zeros in
// the fraction, no fraction when it is zero, and no sign on zero.
func canonicalNumber(lit string) (string, error) {
	neg := strings.HasPrefix(lit, "-")
	lit = strings.TrimPrefix(lit, "-")
	mant, exp := lit, 0
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		mant = lit[:i]
		e := lit[i+1:]
		sign := 1
		switch {
		case strings.HasPrefix(e, "-"):
			sign, e = -1, e[1:]
		case strings.HasPrefix(e, "+"):
			e = e[1:]
		}
		e = strings.TrimLeft(e, "0")
		if len(e) > 3 {
			return "", fmt.Errorf("number %s: exponent out of range (at most %d)", lit, maxExponent)
		}
		for _, c := range e {
			exp = exp*10 + int(c-'0')
		}
		exp *= sign
	}
	if exp > maxExponent || exp < -maxExponent {
		return "", fmt.Errorf("number %s: exponent out of range (at most %d)", lit, maxExponent)
	}
	// digits with the decimal point at position point.
	intPart, frac, _ := strings.Cut(mant, ".")
	digits := intPart + frac
	point := len(intPart) + exp
	for point < 0 {
		digits, point = "0"+digits, point+1
	}
	for point > len(digits) {
		digits += "0"
	}
	whole := strings.TrimLeft(digits[:point], "0")
	fraction := strings.TrimRight(digits[point:], "0")
	if whole == "" {
		whole = "0"
	}
	out := whole
	if fraction != "" {
		out += "." + fraction
	}
	if neg && out != "0" {
		out = "-" + out
	}
	return out, nil
}

func where(path string) string {
	if path == "" {
		return "the document"
	}
	return strings.TrimPrefix(path, ".")
}

func jsonError(path string, err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: %w", where(path), err)
}
