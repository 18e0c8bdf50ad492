package anonymize

import (
	"bytes"
	"errors"
	"fmt"
)

// errArray is wrapped by array syntax errors.
var errArray = errors.New("malformed array literal")

// elemFunc masks one array element: it appends the masked element to dst
// and reports whether it is NULL.
type elemFunc func(dst []byte, elem Value) ([]byte, bool, error)

// rewriteArray parses src, PostgreSQL's array text format (an optional
// dimension decoration "[1:2]=", braces nested to any depth, quoted and
// unquoted elements, backslash escapes, unquoted NULL), and appends to dst the
// same array with each element replaced by fn's result, re-encoded as
// array_out would. scratch is reused for decoded elements and fn's output.
func rewriteArray(dst, src []byte, delim byte, scratch *[2][]byte, fn elemFunc) ([]byte, error) {
	p := arrayParser{src: src, delim: delim}
	p.skipSpace()
	if p.i < len(src) && src[p.i] == '[' {
		eq := bytes.IndexByte(src[p.i:], '=')
		if eq < 0 {
			return dst, fmt.Errorf("%w: dimension decoration without '='", errArray)
		}
		for _, c := range src[p.i : p.i+eq] {
			if !(c >= '0' && c <= '9' || c == '[' || c == ']' || c == ':' || c == '-' || c == '+' || isArraySpace(c)) {
				return dst, fmt.Errorf("%w: bad dimension decoration", errArray)
			}
		}
		dst = append(dst, src[p.i:p.i+eq+1]...)
		p.i += eq + 1
		p.skipSpace()
	}
	if p.i >= len(src) || src[p.i] != '{' {
		return dst, fmt.Errorf("%w: want '{'", errArray)
	}
	var err error
	if dst, err = p.array(dst, scratch, fn, 0); err != nil {
		return dst, err
	}
	p.skipSpace()
	if p.i != len(src) {
		return dst, fmt.Errorf("%w: junk after closing '}'", errArray)
	}
	return dst, nil
}

type arrayParser struct {
	src   []byte
	i     int
	delim byte
}

const maxArrayDepth = 6 // PostgreSQL's MAXDIM

func isArraySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func (p *arrayParser) skipSpace() {
	for p.i < len(p.src) && isArraySpace(p.src[p.i]) {
		p.i++
	}
}

// array parses from '{' to its '}'.
func (p *arrayParser) array(dst []byte, scratch *[2][]byte, fn elemFunc, depth int) ([]byte, error) {
	if depth >= maxArrayDepth {
		return dst, fmt.Errorf("%w: more than %d dimensions", errArray, maxArrayDepth)
	}
	p.i++ // '{'
	dst = append(dst, '{')
	p.skipSpace()
	if p.i < len(p.src) && p.src[p.i] == '}' {
		p.i++
		return append(dst, '}'), nil
	}
	for {
		p.skipSpace()
		if p.i >= len(p.src) {
			return dst, fmt.Errorf("%w: unexpected end", errArray)
		}
		var err error
		switch p.src[p.i] {
		case '{':
			dst, err = p.array(dst, scratch, fn, depth+1)
		case '}':
			return dst, fmt.Errorf("%w: empty element", errArray)
		default:
			dst, err = p.element(dst, scratch, fn)
		}
		if err != nil {
			return dst, err
		}
		p.skipSpace()
		if p.i >= len(p.src) {
			return dst, fmt.Errorf("%w: unexpected end", errArray)
		}
		switch c := p.src[p.i]; {
		case c == '}':
			p.i++
			return append(dst, '}'), nil
		case c == p.delim:
			p.i++
			dst = append(dst, p.delim)
		default:
			return dst, fmt.Errorf("%w: want %q or '}'", errArray, p.delim)
		}
	}
}

// element decodes one scalar element, masks it and encodes the result.
func (p *arrayParser) element(dst []byte, scratch *[2][]byte, fn elemFunc) ([]byte, error) {
	raw := scratch[0][:0]
	quoted, escaped := false, false
	if p.src[p.i] == '"' {
		quoted = true
		p.i++
		for {
			if p.i >= len(p.src) {
				return dst, fmt.Errorf("%w: unterminated quoted element", errArray)
			}
			c := p.src[p.i]
			if c == '"' {
				p.i++
				break
			}
			if c == '\\' {
				p.i++
				if p.i >= len(p.src) {
					return dst, fmt.Errorf("%w: unterminated quoted element", errArray)
				}
				c = p.src[p.i]
			}
			raw = append(raw, c)
			p.i++
		}
	} else {
		keep := 0 // length of raw up to its last escaped or non-space byte
		for p.i < len(p.src) {
			c := p.src[p.i]
			if c == p.delim || c == '}' {
				break
			}
			if c == '{' || c == '"' {
				return dst, fmt.Errorf("%w: unexpected %q in element", errArray, c)
			}
			if c == '\\' {
				p.i++
				if p.i >= len(p.src) {
					return dst, fmt.Errorf("%w: trailing backslash", errArray)
				}
				raw = append(raw, p.src[p.i])
				keep = len(raw)
				escaped = true
				p.i++
				continue
			}
			raw = append(raw, c)
			if !isArraySpace(c) {
				keep = len(raw)
			}
			p.i++
		}
		raw = raw[:keep]
		if len(raw) == 0 && !escaped {
			return dst, fmt.Errorf("%w: empty unquoted element", errArray)
		}
	}
	scratch[0] = raw
	in := Value{Bytes: raw}
	if !quoted && !escaped && len(raw) == 4 && bytes.EqualFold(raw, []byte("NULL")) {
		in = Value{Null: true}
	}
	out, null, err := fn(scratch[1][:0], in)
	if err != nil {
		return dst, err
	}
	scratch[1] = out
	if null {
		return append(dst, "NULL"...), nil
	}
	return appendArrayElem(dst, out, p.delim), nil
}

// appendArrayElem encodes one non-NULL element as array_out does.
func appendArrayElem(dst, elem []byte, delim byte) []byte {
	need := len(elem) == 0 || (len(elem) == 4 && bytes.EqualFold(elem, []byte("NULL")))
	if !need {
		for _, c := range elem {
			if c == '"' || c == '\\' || c == '{' || c == '}' || c == delim || isArraySpace(c) {
				need = true
				break
			}
		}
	}
	if !need {
		return append(dst, elem...)
	}
	dst = append(dst, '"')
	for _, c := range elem {
		if c == '"' || c == '\\' {
			dst = append(dst, '\\')
		}
		dst = append(dst, c)
	}
	return append(dst, '"')
}

// arrayLiteral reports whether s is an array in PostgreSQL's text format.
func arrayLiteral(s string) bool {
	var scratch [2][]byte
	_, err := rewriteArray(nil, []byte(s), ',', &scratch, func(dst []byte, v Value) ([]byte, bool, error) {
		return append(dst, v.Bytes...), v.Null, nil
	})
	return err == nil
}

// arrayTransformer masks an array column element by element.
type arrayTransformer struct {
	elem    Transformer
	scratch [2][]byte
	rc      RowContext
	fn      elemFunc
}

func (a *arrayTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	if in.Null {
		return Value{Bytes: dst, Null: true}, nil
	}
	if a.fn == nil {
		a.fn = func(d []byte, v Value) ([]byte, bool, error) {
			out, err := a.elem.Transform(d, v, a.rc)
			return out.Bytes, out.Null, err
		}
	}
	a.rc = rc
	start := len(dst)
	out, err := rewriteArray(dst, in.Bytes, ',', &a.scratch, a.fn)
	a.rc = nil
	if err != nil {
		return Value{Bytes: dst[:start]}, fmt.Errorf("array: %w: %w", ErrInvalidInput, err)
	}
	return Value{Bytes: out}, nil
}
