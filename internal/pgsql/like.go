package pgsql

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type likeTokKind uint8

const (
	likeLit likeTokKind = iota // a literal run of characters
	likeOne                    // _: exactly one character
	likeAny                    // %: any run of characters, possibly empty
)

type likeTok struct {
	kind likeTokKind
	lit  string // likeLit only; lower-cased for ILIKE
}

// likeMatcher is a compiled LIKE or ILIKE pattern. Matching walks the
// pattern's tokens with one backtracking point (the last %), so it needs
// no allocation, no regular expression and no recursion.
type likeMatcher struct {
	toks []likeTok
	fold bool
}

// compileLike compiles pattern with the given escape character ("" for
// none). fold makes it case-insensitive (ILIKE): pattern and text are
// compared character by character after unicode.ToLower, as PostgreSQL
// compares lower(pattern) with lower(text). It returns a message, not an
// error, so that the caller can position it.
func compileLike(pattern, escape string, fold bool) (*likeMatcher, string) {
	var esc rune = -1
	switch utf8.RuneCountInString(escape) {
	case 0:
	case 1:
		esc, _ = utf8.DecodeRuneInString(escape)
	default:
		return nil, "invalid escape string: it must be empty or one character"
	}
	m := &likeMatcher{fold: fold}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			m.toks = append(m.toks, likeTok{kind: likeLit, lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(pattern); {
		r, size := utf8.DecodeRuneInString(pattern[i:])
		i += size
		switch {
		case r == esc:
			if i == len(pattern) {
				return nil, "LIKE pattern must not end with escape character"
			}
			r, size = utf8.DecodeRuneInString(pattern[i:])
			i += size
			m.appendLit(&lit, r)
		case r == '%':
			flush()
			if n := len(m.toks); n == 0 || m.toks[n-1].kind != likeAny {
				m.toks = append(m.toks, likeTok{kind: likeAny})
			}
		case r == '_':
			flush()
			m.toks = append(m.toks, likeTok{kind: likeOne})
		default:
			m.appendLit(&lit, r)
		}
	}
	flush()
	return m, ""
}

func (m *likeMatcher) appendLit(b *strings.Builder, r rune) {
	if m.fold {
		r = unicode.ToLower(r)
	}
	b.WriteRune(r)
}

// match reports whether text matches the whole pattern.
func (m *likeMatcher) match(text []byte) bool {
	toks := m.toks
	ti, pi := 0, 0
	star, starTi := -1, 0 // the last % seen, and where in text it resumes
	for {
		if pi < len(toks) {
			switch t := &toks[pi]; t.kind {
			case likeAny:
				if pi == len(toks)-1 {
					return true // a trailing % takes the rest
				}
				star, starTi = pi, ti
				pi++
				continue
			case likeOne:
				if ti < len(text) {
					ti += runeLen(text[ti:])
					pi++
					continue
				}
			case likeLit:
				if n, ok := m.matchLit(text[ti:], t.lit); ok {
					ti += n
					pi++
					continue
				}
			}
		} else if ti == len(text) {
			return true
		}
		// Mismatch: let the last % swallow one more character, or fail.
		if star < 0 || starTi >= len(text) {
			return false
		}
		starTi += runeLen(text[starTi:])
		ti, pi = starTi, star+1
	}
}

// matchLit reports whether text starts with lit, and how many bytes of
// text that takes.
func (m *likeMatcher) matchLit(text []byte, lit string) (int, bool) {
	if !m.fold {
		if len(text) >= len(lit) && string(text[:len(lit)]) == lit {
			return len(lit), true
		}
		return 0, false
	}
	ti := 0
	for li := 0; li < len(lit); {
		if ti >= len(text) {
			return 0, false
		}
		if c, l := text[ti], lit[li]; c < utf8.RuneSelf && l < utf8.RuneSelf {
			if lowerASCII(c) != l {
				return 0, false
			}
			ti++
			li++
			continue
		}
		tr, tn := utf8.DecodeRune(text[ti:])
		lr, ln := utf8.DecodeRuneInString(lit[li:])
		if unicode.ToLower(tr) != lr {
			return 0, false
		}
		ti += tn
		li += ln
	}
	return ti, true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// runeLen is the byte length of the character text starts with; an
// invalid byte counts as one character.
func runeLen(text []byte) int {
	if text[0] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRune(text)
	return n
}
