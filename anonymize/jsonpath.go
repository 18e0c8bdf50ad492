package anonymize

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// A JSONPath is the subset of JSONPath the json transformer understands:
// $ followed by .key, ['key'] or ["key"], [n], [*], .* and the recursive
// descent ..key and ..*.
type jsonPath struct {
	text  string
	steps []pathStep
}

type stepKind uint8

const (
	stepKey stepKind = iota
	stepIndex
	stepWild
	stepDescKey
	stepDescWild
)

type pathStep struct {
	kind  stepKind
	key   string
	index int
	// bracket: a wildcard written [*] rather than .* (PostgresJSONPath
	// keeps the difference; the transformer does not).
	bracket bool
}

var errPath = errors.New("bad JSONPath")

func parseJSONPath(s string) (jsonPath, error) {
	p := jsonPath{text: s}
	if len(s) == 0 || s[0] != '$' {
		return p, fmt.Errorf("%w: must start with $", errPath)
	}
	i := 1
	for i < len(s) {
		switch s[i] {
		case '.':
			desc := false
			i++
			if i < len(s) && s[i] == '.' {
				desc = true
				i++
			}
			if i < len(s) && s[i] == '*' {
				i++
				p.steps = append(p.steps, pathStep{kind: pick(desc, stepDescWild, stepWild)})
				continue
			}
			if desc && i < len(s) && s[i] == '[' {
				return p, fmt.Errorf("%w: ..[ is not supported; use ..key or ..*", errPath)
			}
			j := i
			for j < len(s) && s[j] != '.' && s[j] != '[' {
				j++
			}
			if j == i {
				return p, fmt.Errorf("%w: empty key at offset %d", errPath, i)
			}
			p.steps = append(p.steps, pathStep{kind: pick(desc, stepDescKey, stepKey), key: s[i:j]})
			i = j
		case '[':
			i++
			if i >= len(s) {
				return p, fmt.Errorf("%w: unterminated [", errPath)
			}
			switch c := s[i]; {
			case c == '*':
				if i+1 >= len(s) || s[i+1] != ']' {
					return p, fmt.Errorf("%w: want ] after [*", errPath)
				}
				p.steps = append(p.steps, pathStep{kind: stepWild, bracket: true})
				i += 2
			case c == '\'' || c == '"':
				j := i + 1
				var key []byte
				for j < len(s) && s[j] != c {
					if s[j] == '\\' && j+1 < len(s) {
						j++
					}
					key = append(key, s[j])
					j++
				}
				if j+1 >= len(s) || s[j+1] != ']' {
					return p, fmt.Errorf("%w: unterminated quoted key", errPath)
				}
				p.steps = append(p.steps, pathStep{kind: stepKey, key: string(key)})
				i = j + 2
			case c >= '0' && c <= '9':
				j := i
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if j >= len(s) || s[j] != ']' {
					return p, fmt.Errorf("%w: want ] after index", errPath)
				}
				n, err := strconv.Atoi(s[i:j])
				if err != nil {
					return p, fmt.Errorf("%w: index %q", errPath, s[i:j])
				}
				p.steps = append(p.steps, pathStep{kind: stepIndex, index: n})
				i = j + 1
			default:
				return p, fmt.Errorf("%w: unexpected %q after [", errPath, c)
			}
		default:
			return p, fmt.Errorf("%w: unexpected %q at offset %d", errPath, s[i], i)
		}
	}
	return p, nil
}

// PostgresJSONPath writes a json rule's path in PostgreSQL's jsonpath
// syntax, for SQL that asks what the rule reaches, as the rule reads it:
// in strict mode, each step guarded so that it reaches what the rule
// does and never raises an error. Lax mode, PostgreSQL's default, would
// reach more: $.tags[*] would match a tags that is a string, and
// $.user.email the emails of a users array, which the rule leaves as they
// are. Every key is a quoted string, escaped as in JSON
// ($."support.verified_phone" for $['support.verified_phone'], $."a-b");
// a key is read only where the object has it (? (exists(@."k"))."k"), an
// index only in an array long enough, a wildcard as the children of an
// object or an array (.**{1}), recursive descent as .** over every level
// ($..email is $.** ? (exists(@."email"))."email", $..* is
// $.**{1 to last}).
func PostgresJSONPath(s string) (string, error) {
	p, err := parseJSONPath(s)
	if err != nil {
		return "", err
	}
	b := []byte("strict $")
	key := func(k string) {
		b = append(b, " ? (exists(@."...)
		b = appendJSONString(b, []byte(k))
		b = append(b, "))."...)
		b = appendJSONString(b, []byte(k))
	}
	for _, st := range p.steps {
		switch st.kind {
		case stepKey:
			key(st.key)
		case stepIndex:
			b = fmt.Appendf(b, ` ? (@.type() == "array" && @.size() > %d)[%d]`, st.index, st.index)
		case stepWild:
			b = append(b, ".**{1}"...)
		case stepDescKey:
			b = append(b, ".**"...)
			key(st.key)
		case stepDescWild:
			b = append(b, ".**{1 to last}"...)
		}
	}
	return string(b), nil
}

func pick[T any](cond bool, a, b T) T {
	if cond {
		return a
	}
	return b
}

// jsonKind is the kind of a matched JSON value.
type jsonKind uint8

const (
	kindString jsonKind = iota
	kindNumber
	kindBool
	kindNull
	kindObject
	kindArray
)

// pathState is one path's progress: steps[:step] are matched.
type pathState struct{ path, step int }

// matchFunc appends the replacement of a matched value to dst. raw is the
// value's JSON text.
type matchFunc func(dst []byte, path int, kind jsonKind, raw []byte) ([]byte, error)

// jsonRewriter copies a JSON document and replaces the values its paths
// match, leaving every other byte (formatting, key order, duplicates) as it
// was.
type jsonRewriter struct {
	paths []jsonPath
	src   []byte
	fn    matchFunc
	key   []byte
}

var errJSON = errors.New("invalid JSON")

func (w *jsonRewriter) rewrite(dst, src []byte, fn matchFunc) ([]byte, error) {
	if !json.Valid(src) {
		return dst, errJSON
	}
	w.src, w.fn = src, fn
	defer func() { w.src, w.fn = nil, nil }()
	start := skipJSONSpace(src, 0)
	dst = append(dst, src[:start]...)
	states := make([]pathState, len(w.paths))
	for i := range w.paths {
		states[i] = pathState{path: i}
	}
	dst, end, err := w.value(dst, start, states)
	if err != nil {
		return dst, err
	}
	return append(dst, src[end:]...), nil
}

// value handles the value at src[i] reached in states; it returns dst and the
// offset after the value.
func (w *jsonRewriter) value(dst []byte, i int, states []pathState) ([]byte, int, error) {
	end := jsonValueEnd(w.src, i)
	for _, st := range states {
		if st.step == len(w.paths[st.path].steps) {
			out, err := w.fn(dst, st.path, kindOf(w.src[i]), w.src[i:end])
			return out, end, err
		}
	}
	if len(states) == 0 || (w.src[i] != '{' && w.src[i] != '[') {
		return append(dst, w.src[i:end]...), end, nil
	}
	isObj := w.src[i] == '{'
	dst = append(dst, w.src[i])
	i++
	index := 0
	for {
		j := skipJSONSpace(w.src, i)
		if w.src[j] == '}' || w.src[j] == ']' {
			dst = append(dst, w.src[i:j+1]...)
			return dst, j + 1, nil
		}
		var key []byte
		if isObj {
			kend := jsonValueEnd(w.src, j)
			key = w.decodeKey(w.src[j:kend])
			colon := skipJSONSpace(w.src, kend) // at ':'
			j = skipJSONSpace(w.src, colon+1)
		}
		dst = append(dst, w.src[i:j]...)
		child := w.advance(states, isObj, key, index)
		var err error
		if dst, i, err = w.value(dst, j, child); err != nil {
			return dst, i, err
		}
		k := skipJSONSpace(w.src, i)
		dst = append(dst, w.src[i:k]...)
		if w.src[k] == ',' {
			dst = append(dst, ',')
			i = k + 1
		} else {
			i = k
		}
		index++
	}
}

func (w *jsonRewriter) decodeKey(raw []byte) []byte {
	inner := raw[1 : len(raw)-1]
	plain := true
	for _, c := range inner {
		if c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		return inner
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return inner
	}
	w.key = append(w.key[:0], s...)
	return w.key
}

func (w *jsonRewriter) advance(states []pathState, isObj bool, key []byte, index int) []pathState {
	var out []pathState
	add := func(s pathState) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	for _, st := range states {
		steps := w.paths[st.path].steps
		if st.step >= len(steps) {
			continue
		}
		s := steps[st.step]
		next := pathState{st.path, st.step + 1}
		switch s.kind {
		case stepKey:
			if isObj && string(key) == s.key {
				add(next)
			}
		case stepIndex:
			if !isObj && index == s.index {
				add(next)
			}
		case stepWild:
			add(next)
		case stepDescKey:
			if isObj && string(key) == s.key {
				add(next)
			}
			add(st)
		case stepDescWild:
			add(next)
			add(st)
		}
	}
	return out
}

func kindOf(c byte) jsonKind {
	switch c {
	case '"':
		return kindString
	case '{':
		return kindObject
	case '[':
		return kindArray
	case 't', 'f':
		return kindBool
	case 'n':
		return kindNull
	}
	return kindNumber
}

func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonValueEnd returns the offset after the value starting at b[i] of a
// document already checked by json.Valid.
func jsonValueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		i++
		for i < len(b) {
			switch b[i] {
			case '\\':
				i += 2
				continue
			case '"':
				return i + 1
			}
			i++
		}
		return len(b)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = jsonValueEnd(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return len(b)
	default:
		for i < len(b) {
			switch b[i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return i
			}
			i++
		}
		return len(b)
	}
}

// appendJSONString encodes s as a JSON string. Invalid UTF-8 and NUL (which
// jsonb rejects) become U+FFFD.
func appendJSONString(dst, s []byte) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == 0:
				dst = append(dst, "\ufffd"...)
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, "\ufffd"...)
		} else {
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return append(dst, '"')
}
