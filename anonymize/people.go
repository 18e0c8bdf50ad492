package anonymize

import (
	"bytes"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/understudy/understudy/detect"
)

// personParams is embedded by the person transformers.
type personParams struct {
	Person string `param:"person,nodomain" doc:"column whose source value seeds the whole fake person of the row (e.g. id); empty: seed from this value"`
}

// names are gofakeit's name lists.
type names struct {
	first, last []string
}

func loadNames() names {
	return names{first: data.Person["first"], last: data.Person["last"]}
}

func (n names) draw(f *gofakeit.Faker) (first, last string) {
	return n.first[f.IntN(len(n.first))], n.last[f.IntN(len(n.last))]
}

// personSeed returns the seed of a row's fake person: the person seed of the
// person column's source value, or the value's own seed when no person column
// is configured or its value is NULL.
func personSeed(op string, s *Seeder, person string, in Value, rc RowContext) (*[32]byte, error) {
	if person == "" {
		return s.Sum(in.Bytes), nil
	}
	if rc == nil {
		return nil, invalidInput(op, "person column %q: no row context", person)
	}
	v, ok := rc.Source(person)
	if !ok {
		return nil, invalidInput(op, "person column %q is not in the row", person)
	}
	if v.Null {
		return s.Sum(in.Bytes), nil
	}
	return s.PersonSum(v.Bytes), nil
}

func (p personParams) record(b *Build) {
	if p.Person != "" {
		b.SourceColumns = append(b.SourceColumns, p.Person)
	}
}

type nameParams struct {
	personParams
}

type nameTransformer struct {
	s      *Seeder
	n      names
	person string
	part   int // 0 first, 1 last, 2 full
}

func (t *nameTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	seed, err := personSeed(nameOps[t.part], t.s, t.person, in, rc)
	if err != nil {
		return Value{Bytes: dst}, err
	}
	f := t.s.Faker(seed)
	first, last := t.n.draw(f)
	// A fake equal to the value it replaces would copy the source: a
	// person seeded by another column (person: id) draws from the lists
	// whatever they are called, and one named Naomi may draw Naomi.
	// Draw again, from the same stream: still deterministic, and the
	// same for every column of the person whose value is not the draw.
	for range 4 {
		if !t.same(first, last, in.Bytes) {
			break
		}
		first, last = t.n.draw(f)
	}
	switch t.part {
	case 0:
		dst = append(dst, first...)
	case 1:
		dst = append(dst, last...)
	default:
		dst = append(dst, first...)
		dst = append(dst, ' ')
		dst = append(dst, last...)
	}
	return Value{Bytes: dst}, nil
}

// same reports whether the part of a drawn name the transformer writes
// equals in, letter case and surrounding spaces aside.
func (t *nameTransformer) same(first, last string, in []byte) bool {
	v := bytes.TrimSpace(in)
	switch t.part {
	case 0:
		return bytes.EqualFold(v, []byte(first))
	case 1:
		return bytes.EqualFold(v, []byte(last))
	}
	return len(v) == len(first)+1+len(last) && bytes.EqualFold(v[:len(first)], []byte(first)) && v[len(first)] == ' ' &&
		bytes.EqualFold(v[len(first)+1:], []byte(last))
}

var nameOps = [3]string{"first_name", "last_name", "full_name"}

func nameDef(part int, doc string) Def {
	return Def{
		Name:       nameOps[part],
		Doc:        doc,
		Params:     &nameParams{},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*nameParams)
			p.record(b)
			n := loadNames()
			return func(s *Seeder) Transformer {
				return &nameTransformer{s: s, n: n, person: p.Person, part: part}
			}, nil
		},
	}
}

// The keyed tag that makes emails and usernames unique: base32 of the
// value's own seed, 8 characters (40 bits) beside a full name (about 20 more
// bits), 12 (60 bits) when the column is too narrow for the name.
const (
	tagShort = 8
	tagLong  = 12
	tagChars = "abcdefghijklmnopqrstuvwxyz234567"
)

func appendTag(dst []byte, seed *[32]byte, n int) []byte {
	var v uint64
	for _, c := range seed[16:24] {
		v = v<<8 | uint64(c)
	}
	for range n {
		dst = append(dst, tagChars[v>>59])
		v <<= 5
	}
	return dst
}

// appendLower appends the ASCII letters and digits of s, lowercased.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			dst = append(dst, c)
		}
	}
	return dst
}

// handleBuilder builds the local part of an email or a username: a name part
// and a keyed tag, fitted to avail characters (-1: no limit).
type handleBuilder struct {
	s      *Seeder
	n      names
	person string
	sep    byte
	tag    [32]byte
	buf    []byte
}

func (h *handleBuilder) appendHandle(op string, dst []byte, in Value, rc RowContext, avail int, initial bool) ([]byte, error) {
	h.tag = *h.s.Sum(in.Bytes)
	seed := &h.tag
	if h.person != "" {
		var err error
		if seed, err = personSeed(op, h.s, h.person, in, rc); err != nil {
			return dst, err
		}
	}
	first, last := h.n.draw(h.s.Faker(seed))
	name := appendLower(h.buf[:0], first)
	if len(name) == 0 {
		name = append(name, 'x') // gofakeit's names are ASCII; stay valid if not
	}
	if initial {
		name = name[:1]
	} else {
		name = append(name, '.')
	}
	n := len(name)
	if name = appendLower(name, last); len(name) == n {
		name = append(name, 'x')
	}
	h.buf = name
	switch {
	case avail < 0 || len(name)+1+tagShort <= avail:
		dst = append(dst, name...)
		dst = append(dst, h.sep)
		return appendTag(dst, &h.tag, tagShort), nil
	case avail >= tagLong+2:
		cut := name[:avail-tagLong-1]
		for len(cut) > 0 && cut[len(cut)-1] == '.' {
			cut = cut[:len(cut)-1]
		}
		dst = append(dst, cut...)
		dst = append(dst, h.sep)
		return appendTag(dst, &h.tag, tagLong), nil
	case avail >= 1:
		return appendTag(dst, &h.tag, min(avail, tagLong)), nil
	}
	return dst, invalidInput(op, "the column is too narrow for an address")
}

type emailParams struct {
	personParams
	Domain     string `param:"domain" doc:"domain of the fake addresses; keep a reserved one (example.com, *.test)"`
	KeepDomain bool   `param:"keep_domain" doc:"keep the domain of the input address (falls back to domain when the input has none)"`
}

type emailTransformer struct {
	h      handleBuilder
	domain string
	keep   bool
	limit  int
}

func (t *emailTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	domain := t.domain
	if t.keep {
		if d, ok := inputDomain(in.Bytes); ok && (t.limit < 0 || len(d)+2 <= t.limit) {
			domain = d
		}
	}
	avail := -1
	if t.limit >= 0 {
		avail = t.limit - 1 - len(domain)
	}
	out, err := t.h.appendHandle("email", dst, in, rc, avail, false)
	if err != nil {
		return Value{Bytes: dst}, err
	}
	out = append(out, '@')
	out = append(out, domain...)
	return Value{Bytes: out}, nil
}

// inputDomain returns the domain of an address when it is a plain
// dot-separated ASCII host name.
func inputDomain(addr []byte) (string, bool) {
	at := -1
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == '@' {
			at = i
			break
		}
	}
	if at < 0 {
		return "", false
	}
	d := addr[at+1:]
	if !validHostname(d) {
		return "", false
	}
	return string(d), true
}

func validHostname(d []byte) bool {
	if len(d) == 0 || len(d) > 253 {
		return false
	}
	label := 0
	for i, c := range d {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			label++
		case c == '-':
			if label == 0 || i+1 == len(d) || d[i+1] == '.' {
				return false
			}
			label++
		case c == '.':
			if label == 0 {
				return false
			}
			label = 0
		default:
			return false
		}
		if label > 63 {
			return false
		}
	}
	return label > 0
}

func emailDef() Def {
	return Def{
		Name:       "email",
		Doc:        "a valid fake address, first.last.tag@domain; the keyed tag keeps distinct inputs distinct",
		Params:     &emailParams{Domain: "example.com"},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*emailParams)
			if !validHostname([]byte(p.Domain)) {
				return nil, &ParamError{Transformer: "email", Param: "domain", Reason: "not a valid host name"}
			}
			limit := b.Column.Type.CharLimit()
			if limit >= 0 && limit < len(p.Domain)+2 {
				return nil, &ParamError{Transformer: "email", Param: "domain", Reason: "the column is too narrow for an address on this domain"}
			}
			if limit >= 0 && (p.KeepDomain || limit-1-len(p.Domain) < tagLong) {
				b.Uniqueness = NotGuaranteed
			}
			p.record(b)
			n := loadNames()
			return func(s *Seeder) Transformer {
				return &emailTransformer{h: handleBuilder{s: s, n: n, person: p.Person, sep: '.'}, domain: p.Domain, keep: p.KeepDomain, limit: limit}
			}, nil
		},
	}
}

type usernameParams struct {
	personParams
}

type usernameTransformer struct {
	h     handleBuilder
	limit int
}

func (t *usernameTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	if len(in.Bytes) > 0 && in.Bytes[0] == '@' {
		// A chat handle (@ann:matrix.org, @ann@mastodon.social): the local
		// part is the person's login, replaced as a bare login is (so the
		// localpart alone in another column maps to the same fake), and
		// the sigil and the server are kept: the application still parses
		// the id, and a server names no one.
		if local, rest, ok := detect.SplitChatHandle(string(in.Bytes)); ok && (t.limit < 0 || t.limit-1-len(rest) >= tagLong+2) {
			avail := -1
			if t.limit >= 0 {
				avail = t.limit - 1 - len(rest)
			}
			out, err := t.h.appendHandle("username", append(dst, '@'), Value{Bytes: in.Bytes[1 : 1+len(local)]}, rc, avail, true)
			if err != nil {
				return Value{Bytes: dst}, err
			}
			return Value{Bytes: append(out, rest...)}, nil
		}
	}
	out, err := t.h.appendHandle("username", dst, in, rc, t.limit, true)
	if err != nil {
		return Value{Bytes: dst}, err
	}
	return Value{Bytes: out}, nil
}

func usernameDef() Def {
	return Def{
		Name:       "username",
		Doc:        "a login built from a fake name and a keyed tag (jsmith_tag); keeps distinct inputs distinct; of a chat handle (@ann:matrix.org, @ann@mastodon.social) only the local part is replaced",
		Params:     &usernameParams{},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*usernameParams)
			limit := b.Column.Type.CharLimit()
			if limit == 0 {
				return nil, &TypeError{Transformer: "username", Column: b.Column}
			}
			if limit >= 0 && limit < tagLong {
				b.Uniqueness = NotGuaranteed
			}
			p.record(b)
			n := loadNames()
			return func(s *Seeder) Transformer {
				return &usernameTransformer{h: handleBuilder{s: s, n: n, person: p.Person, sep: '_'}, limit: limit}
			}, nil
		},
	}
}
