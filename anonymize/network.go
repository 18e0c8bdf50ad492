package anonymize

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/understudy/understudy/detect"
)

// ipTransformer maps addresses through a keyed permutation within their
// family, so distinct addresses stay distinct. An inet or cidr column holds
// both families, and each address maps within its own; a text column must
// hold the transformer's family. An inet's /n is kept; for cidr only the
// network bits are permuted and the host bits stay zero.
type ipTransformer struct {
	s      *Seeder
	v6     bool
	cidr   bool
	inet   bool // an inet or cidr column: it may hold both families
	digits [128]byte
}

func (t *ipTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	op := pick(t.v6, "ipv6", "ipv4")
	text := in.Bytes
	suffix := []byte(nil)
	bits := -1
	if i := bytes.IndexByte(text, '/'); i >= 0 {
		text, suffix = text[:i], text[i:]
		n, err := strconv.Atoi(string(suffix[1:]))
		if err != nil || n < 0 {
			return Value{Bytes: dst}, invalidInput(op, "bad netmask")
		}
		bits = n
	}
	addr, err := netip.ParseAddr(string(text))
	if err != nil || addr.Zone() != "" {
		return Value{Bytes: dst}, invalidInput(op, "not an IP address")
	}
	if addr.Is4() == t.v6 && !t.inet {
		return Value{Bytes: dst}, invalidInput(op, "address of the other family")
	}
	raw := addr.AsSlice()
	if bits > len(raw)*8 {
		return Value{Bytes: dst}, invalidInput(op, "netmask too long")
	}
	if t.cidr && bits >= 0 {
		// Permute the network bits as a binary string; host bits stay zero.
		d := t.digits[:bits]
		for i := range d {
			d[i] = raw[i/8] >> (7 - i%8) & 1
		}
		t.s.fpe.permute(d, 2, uint64(bits))
		for i := range raw {
			raw[i] = 0
		}
		for i, bit := range d {
			raw[i/8] |= bit << (7 - i%8)
		}
	} else {
		t.s.fpe.permute(raw, 256, uint64(len(raw)))
	}
	out, _ := netip.AddrFromSlice(raw)
	dst = out.AppendTo(dst)
	return Value{Bytes: append(dst, suffix...)}, nil
}

func ipDef(v6 bool) Def {
	name := pick(v6, "ipv6", "ipv4")
	return Def{
		Name:       name,
		Doc:        "maps " + pick(v6, "IPv6", "IPv4") + " addresses one to one through a keyed permutation, keeping an inet's netmask and a cidr's prefix length",
		Accepts:    textOr("inet", "cidr"),
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(_ any, b *Build) (Factory, error) {
			if l, need := b.Column.Type.CharLimit(), pick(v6, 39, 15); l >= 0 && l < need {
				return nil, &TypeError{Transformer: name, Column: b.Column, Reason: fmt.Sprintf("narrower than the %d characters an address may need", need)}
			}
			cidr := b.Column.Type.Name == "cidr"
			inet := cidr || b.Column.Type.Name == "inet"
			return func(s *Seeder) Transformer { return &ipTransformer{s: s, v6: v6, cidr: cidr, inet: inet} }, nil
		},
	}
}

type macParams struct {
	KeepOUI bool `param:"keep_oui" doc:"keep the first three octets (the manufacturer)"`
}

type macTransformer struct {
	s       *Seeder
	keepOUI bool
	digits  []byte
}

func (t *macTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	d := t.digits[:0]
	for _, c := range in.Bytes {
		if v, ok := hexValue(c); ok {
			d = append(d, v)
		}
	}
	t.digits = d
	if len(d) != 12 && len(d) != 16 {
		return Value{Bytes: dst}, invalidInput("mac", "want 12 or 16 hex digits, got %d", len(d))
	}
	skip := 0
	if t.keepOUI {
		skip = 6
	}
	t.s.fpe.permute(d[skip:], 16, uint64(len(d)))
	i := 0
	for _, c := range in.Bytes {
		if _, ok := hexValue(c); ok {
			x := "0123456789abcdef"[d[i]]
			if c >= 'A' && c <= 'F' && x >= 'a' {
				x -= 'a' - 'A'
			}
			c = x
			i++
		}
		dst = append(dst, c)
	}
	return Value{Bytes: dst}, nil
}

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func macDef() Def {
	return Def{
		Name:       "mac",
		Doc:        "maps MAC addresses (6 or 8 octets) one to one, keeping separators and case",
		Params:     &macParams{},
		Accepts:    textOr("macaddr", "macaddr8"),
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, _ *Build) (Factory, error) {
			p := params.(*macParams)
			return func(s *Seeder) Transformer { return &macTransformer{s: s, keepOUI: p.KeepOUI} }, nil
		},
	}
}

type urlParams struct {
	KeepScheme bool `param:"keep_scheme" doc:"keep the scheme (otherwise https)"`
	KeepHost   bool `param:"keep_host" doc:"keep host and port (otherwise a fake host under .example)"`
	KeepPath   bool `param:"keep_path" doc:"keep the path (otherwise each segment becomes a fake word)"`
}

// urlTransformer rebuilds a URL: user info and fragment are dropped, query
// values become keyed tokens (a credential's, REDACTED), host and path
// segments fake words.
type urlTransformer struct {
	s     *Seeder
	p     urlParams
	words []string
}

func (t *urlTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	raw := string(in.Bytes)
	noScheme := !strings.Contains(raw, "://")
	if noScheme {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return Value{Bytes: dst}, invalidInput("url", "not an absolute URL")
	}
	seed := t.s.Sum(in.Bytes)
	var token [32]byte
	copy(token[:], seed[:])
	f := t.s.Faker(seed)
	if !noScheme || !t.p.KeepScheme {
		if t.p.KeepScheme {
			dst = append(dst, strings.ToLower(u.Scheme)...)
		} else {
			dst = append(dst, "https"...)
		}
		dst = append(dst, "://"...)
	}
	if t.p.KeepHost {
		dst = append(dst, u.Host...)
	} else {
		dst = append(dst, t.words[f.IntN(len(t.words))]...)
		dst = append(dst, '-')
		dst = append(dst, t.words[f.IntN(len(t.words))]...)
		dst = append(dst, ".example"...)
	}
	if t.p.KeepPath {
		dst = appendKeptPath(dst, u.EscapedPath())
	} else {
		for _, seg := range strings.Split(u.EscapedPath(), "/")[1:] {
			dst = append(dst, '/')
			if seg != "" {
				dst = append(dst, t.words[f.IntN(len(t.words))]...)
			}
		}
	}
	if u.RawQuery != "" {
		dst = append(dst, '?')
		for i, kv := range strings.Split(u.RawQuery, "&") {
			if i > 0 {
				dst = append(dst, '&')
			}
			k, v, _ := strings.Cut(kv, "=")
			dst = append(dst, url.QueryEscape(k)...)
			dst = append(dst, '=')
			if detect.IsCredentialParam(k, v) {
				// A credential's place gets the marker scrub_text writes,
				// which verify's scan knows for none: a keyed token
				// under ?token= would read as a live one.
				dst = append(dst, "REDACTED"...)
				continue
			}
			n := i % 4 * 8
			dst = hex.AppendEncode(dst, token[n:n+4])
		}
	}
	return Value{Bytes: dst}, nil
}

// appendKeptPath appends a path kept as it is, but for the values of its
// credential path parameters (/main;jsessionid=..., as servlet containers
// rewrite URLs), which become REDACTED as a credential query value does.
func appendKeptPath(dst []byte, path string) []byte {
	for i, seg := range strings.Split(path, "/") {
		if i > 0 {
			dst = append(dst, '/')
		}
		name, params, ok := strings.Cut(seg, ";")
		dst = append(dst, name...)
		if !ok {
			continue
		}
		for _, kv := range strings.Split(params, ";") {
			dst = append(dst, ';')
			if k, v, ok := strings.Cut(kv, "="); ok && detect.IsCredentialParam(k, v) {
				dst = append(dst, k...)
				dst = append(dst, "=REDACTED"...)
				continue
			}
			dst = append(dst, kv...)
		}
	}
	return dst
}

func urlDef() Def {
	return Def{
		Name:       "url",
		Doc:        "a fake URL of the same shape: fake host and path words, query values replaced (a credential parameter's with REDACTED), credentials and fragment dropped",
		Params:     &urlParams{KeepScheme: true},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(params any, _ *Build) (Factory, error) {
			p := *params.(*urlParams)
			words := data.Lorem["word"]
			return func(s *Seeder) Transformer { return &urlTransformer{s: s, p: p, words: words} }, nil
		},
	}
}
