package anonymize

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"
)

type hashParams struct {
	Encoding string `param:"encoding" enum:"hex,base64" doc:"hex, or base64 (URL alphabet, unpadded)"`
	Length   int    `param:"length" doc:"characters kept; 0 keeps all (64 hex, 43 base64)"`
}

type hashTransformer struct {
	s      *Seeder
	b64    bool
	bytea  bool
	length int
}

func (t *hashTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	sum := t.s.Sum(in.Bytes)
	if t.bytea {
		dst = append(dst, '\\', 'x')
	}
	start := len(dst)
	if t.b64 {
		dst = base64.RawURLEncoding.AppendEncode(dst, sum[:])
	} else {
		dst = hex.AppendEncode(dst, sum[:])
	}
	if t.length > 0 && len(dst)-start > t.length {
		dst = dst[:start+t.length]
	}
	return Value{Bytes: dst}, nil
}

func hashDef() Def {
	return Def{
		Name:       "hash",
		Doc:        "the keyed HMAC-SHA256 of the value, hex or base64, optionally shortened (never a plain hash)",
		Params:     &hashParams{Encoding: "hex"},
		Accepts:    textOr("bytea"),
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*hashParams)
			full, bits := 64, 4
			if p.Encoding == "base64" {
				full, bits = 43, 6
			}
			bytea := b.Column.Type.Name == "bytea"
			if bytea && p.Encoding != "hex" {
				return nil, &ParamError{Transformer: "hash", Param: "encoding", Reason: "a bytea column takes hex", Valid: []string{"hex"}}
			}
			if p.Length < 0 || p.Length > full || (bytea && p.Length%2 == 1) {
				return nil, &ParamError{Transformer: "hash", Param: "length", Reason: fmt.Sprintf("want 0 to %d (even for bytea)", full)}
			}
			n := full
			if p.Length > 0 {
				n = p.Length
			}
			if l := b.Column.Type.CharLimit(); l >= 0 && l < n {
				n = l
			}
			if n*bits < 64 {
				b.Uniqueness = NotGuaranteed
			}
			return func(s *Seeder) Transformer {
				return &hashTransformer{s: s, b64: p.Encoding == "base64", bytea: bytea, length: p.Length}
			}, nil
		},
	}
}

type maskParams struct {
	KeepFirst int    `param:"keep_first" doc:"characters left visible at the start"`
	KeepLast  int    `param:"keep_last" doc:"characters left visible at the end"`
	Char      string `param:"char" doc:"the masking character"`
	Keep      string `param:"keep" doc:"characters never masked, e.g. \"-@. \" keeps the shape"`
}

type maskTransformer struct {
	first, last int
	char        []byte
	keepASCII   [128]bool
	keepOther   map[rune]bool
}

func (t *maskTransformer) kept(r rune) bool {
	if r < utf8.RuneSelf {
		return t.keepASCII[r]
	}
	return t.keepOther[r]
}

func (t *maskTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	b := in.Bytes
	n := utf8.RuneCount(b)
	for i, pos := 0, 0; i < len(b); pos++ {
		c := b[i]
		visible := pos < t.first || pos >= n-t.last
		if c < utf8.RuneSelf {
			if visible || t.keepASCII[c] {
				dst = append(dst, c)
			} else {
				dst = append(dst, t.char...)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case (visible || t.kept(r)) && !(r == utf8.RuneError && size == 1):
			dst = append(dst, b[i:i+size]...)
		case visible:
			dst = utf8.AppendRune(dst, utf8.RuneError)
		default:
			dst = append(dst, t.char...)
		}
		i += size
	}
	return Value{Bytes: dst}, nil
}

func maskDef() Def {
	return Def{
		Name:       "mask",
		Doc:        "replaces characters with a mask character, keeping the first and last few",
		Params:     &maskParams{Char: "*"},
		Accepts:    isTextual,
		Uniqueness: Lossy,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*maskParams)
			if p.KeepFirst < 0 || p.KeepLast < 0 {
				return nil, &ParamError{Transformer: "mask", Param: pick(p.KeepFirst < 0, "keep_first", "keep_last"), Reason: "must not be negative"}
			}
			if utf8.RuneCountInString(p.Char) != 1 || !utf8.ValidString(p.Char) {
				return nil, &ParamError{Transformer: "mask", Param: "char", Reason: "want exactly one character"}
			}
			if !utf8.ValidString(p.Keep) {
				return nil, &ParamError{Transformer: "mask", Param: "keep", Reason: "not valid UTF-8"}
			}
			return func(*Seeder) Transformer {
				t := &maskTransformer{first: p.KeepFirst, last: p.KeepLast, char: []byte(p.Char)}
				for _, r := range p.Keep {
					if r < utf8.RuneSelf {
						t.keepASCII[r] = true
					} else {
						if t.keepOther == nil {
							t.keepOther = make(map[rune]bool)
						}
						t.keepOther[r] = true
					}
				}
				return t
			}, nil
		},
	}
}

type regexpParams struct {
	Pattern     string `param:"pattern,required" doc:"Go regular expression (RE2 syntax)"`
	Replacement string `param:"replacement" doc:"replacement text; $1 or ${name} insert submatches"`
}

type regexpTransformer struct {
	re   *regexp.Regexp
	repl []byte
	buf  []byte
}

func (t *regexpTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	src := in.Bytes
	if !utf8.Valid(src) {
		t.buf = appendValidUTF8(t.buf[:0], src)
		src = t.buf
	}
	last := 0
	for _, m := range t.re.FindAllSubmatchIndex(src, -1) {
		dst = append(dst, src[last:m[0]]...)
		dst = t.re.Expand(dst, t.repl, src, m)
		last = m[1]
	}
	return Value{Bytes: append(dst, src[last:]...)}, nil
}

func regexpDef() Def {
	return Def{
		Name:       "regexp_replace",
		Doc:        "replaces every match of a regular expression",
		Params:     &regexpParams{},
		Accepts:    isTextual,
		Uniqueness: NotGuaranteed,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*regexpParams)
			re, err := regexp.Compile(p.Pattern)
			if err != nil {
				return nil, &ParamError{Transformer: "regexp_replace", Param: "pattern", Reason: err.Error()}
			}
			if !utf8.ValidString(p.Replacement) {
				return nil, &ParamError{Transformer: "regexp_replace", Param: "replacement", Reason: "not valid UTF-8"}
			}
			return func(*Seeder) Transformer {
				return &regexpTransformer{re: re, repl: []byte(p.Replacement)}
			}, nil
		},
	}
}

type templateParams struct {
	Template string `param:"template,required" doc:"text with {column} placeholders replaced by the row's masked values; {{ and }} for literal braces"`
	KeepNull bool   `param:"keep_null" doc:"a NULL stays NULL"`
}

type templatePart struct {
	lit    string
	column string
}

func parseTemplate(s string) ([]templatePart, error) {
	var parts []templatePart
	var lit strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '{' && i+1 < len(s) && s[i+1] == '{', c == '}' && i+1 < len(s) && s[i+1] == '}':
			lit.WriteByte(c)
			i++
		case c == '{':
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("unclosed { at offset %d", i)
			}
			col := strings.TrimSpace(s[i+1 : i+end])
			if col == "" || strings.ContainsAny(col, "{") {
				return nil, fmt.Errorf("bad placeholder at offset %d", i)
			}
			if lit.Len() > 0 {
				parts = append(parts, templatePart{lit: lit.String()})
				lit.Reset()
			}
			parts = append(parts, templatePart{column: col})
			i += end
		case c == '}':
			return nil, fmt.Errorf("unmatched } at offset %d (write }} for a literal brace)", i)
		default:
			lit.WriteByte(c)
		}
	}
	if lit.Len() > 0 {
		parts = append(parts, templatePart{lit: lit.String()})
	}
	return parts, nil
}

type templateTransformer struct {
	parts    []templatePart
	keepNull bool
}

func (t *templateTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	if in.Null && t.keepNull {
		return Value{Bytes: dst, Null: true}, nil
	}
	start := len(dst)
	for _, p := range t.parts {
		if p.column == "" {
			dst = append(dst, p.lit...)
			continue
		}
		if rc == nil {
			return Value{Bytes: dst[:start]}, invalidInput("template", "column %q: no row context", p.column)
		}
		v, ok := rc.Masked(p.column)
		if !ok {
			return Value{Bytes: dst[:start]}, invalidInput("template", "column %q is not in the row", p.column)
		}
		if !v.Null {
			dst = append(dst, v.Bytes...)
		}
	}
	return Value{Bytes: dst}, nil
}

func templateDef() Def {
	return Def{
		Name:       "template",
		Doc:        "builds the value from other columns of the row, after they are masked: \"{first_name}.{last_name}\"",
		Params:     &templateParams{KeepNull: true},
		Accepts:    isTextual,
		NullAware:  true,
		Uniqueness: NotGuaranteed,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*templateParams)
			parts, err := parseTemplate(p.Template)
			if err != nil {
				return nil, &ParamError{Transformer: "template", Param: "template", Reason: err.Error()}
			}
			for _, part := range parts {
				if part.column == b.Column.Name && b.Column.Name != "" {
					return nil, &ParamError{Transformer: "template", Param: "template", Reason: fmt.Sprintf("refers to its own column %q", part.column)}
				}
				if part.column != "" {
					b.MaskedColumns = append(b.MaskedColumns, part.column)
				}
			}
			return func(*Seeder) Transformer { return &templateTransformer{parts: parts, keepNull: p.KeepNull} }, nil
		},
	}
}

type loremTransformer struct {
	s     *Seeder
	words []string
	limit int
}

// maxLorem bounds the text lorem writes for one value.
const maxLorem = 1 << 20

func (t *loremTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	n := min(utf8.RuneCount(in.Bytes), maxLorem)
	if t.limit >= 0 {
		n = min(n, t.limit)
	}
	if n == 0 {
		return Value{Bytes: dst}, nil
	}
	f := t.s.Faker(t.s.Sum(in.Bytes))
	start := len(dst)
	sentence := true
	for len(dst)-start < n {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		w := t.words[f.IntN(len(t.words))]
		if sentence && w != "" && w[0] >= 'a' && w[0] <= 'z' {
			dst = append(dst, w[0]-('a'-'A'))
			dst = append(dst, w[1:]...)
		} else {
			dst = append(dst, w...)
		}
		sentence = f.IntN(8) == 0
		if sentence {
			dst = append(dst, '.')
		}
	}
	dst = dst[:start+n] // lorem words are ASCII
	if dst[len(dst)-1] == ' ' {
		dst[len(dst)-1] = '.'
	}
	return Value{Bytes: dst}, nil
}

func loremDef() Def {
	return Def{
		Name:       "lorem",
		Doc:        "lorem ipsum text of the same length as the value, for free text",
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(_ any, b *Build) (Factory, error) {
			words := data.Lorem["word"]
			limit := b.Column.Type.CharLimit()
			return func(s *Seeder) Transformer { return &loremTransformer{s: s, words: words, limit: limit} }, nil
		},
	}
}

type constantParams struct {
	Value    string `param:"value,required" doc:"the value written, in PostgreSQL text form"`
	KeepNull bool   `param:"keep_null" doc:"a NULL stays NULL"`
}

type constantTransformer struct {
	value    []byte
	keepNull bool
}

func (t *constantTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	if in.Null && t.keepNull {
		return Value{Bytes: dst, Null: true}, nil
	}
	return Value{Bytes: append(dst, t.value...)}, nil
}

func constantDef() Def {
	return Def{
		Name:       "constant",
		Doc:        "replaces every value with one constant",
		Params:     &constantParams{KeepNull: true},
		NullAware:  true,
		Uniqueness: Lossy,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*constantParams)
			if !utf8.ValidString(p.Value) || strings.IndexByte(p.Value, 0) >= 0 {
				return nil, &ParamError{Transformer: "constant", Param: "value", Reason: "not valid UTF-8 text"}
			}
			if l := b.Column.Type.CharLimit(); l >= 0 && utf8.RuneCountInString(p.Value) > l {
				return nil, &ParamError{Transformer: "constant", Param: "value", Reason: fmt.Sprintf("longer than the column's %d characters", l)}
			}
			if b.Column.Type.IsArray() && !arrayLiteral(p.Value) {
				// The value replaces the whole array: PostgreSQL would
				// refuse it at COPY, after staging is touched.
				return nil, &ParamError{Transformer: "constant", Param: "value", Reason: `the column is an array: the value replaces the whole array and must be an array literal, such as '{}' or '{"x"}'`}
			}
			return func(*Seeder) Transformer { return &constantTransformer{value: []byte(p.Value), keepNull: p.KeepNull} }, nil
		},
	}
}

func nullDef() Def {
	return Def{
		Name:       "null",
		Doc:        "replaces every value with NULL",
		NullAware:  true,
		Uniqueness: Lossy,
		Build: func(_ any, _ *Build) (Factory, error) {
			return func(*Seeder) Transformer {
				return TransformerFunc(func(dst []byte, _ Value, _ RowContext) (Value, error) {
					return Value{Bytes: dst, Null: true}, nil
				})
			}, nil
		},
	}
}

type redactParams struct {
	Marker string `param:"marker" doc:"the text written instead of the value"`
}

func redactDef() Def {
	return Def{
		Name:       "redact",
		Doc:        "replaces text with a fixed marker",
		Params:     &redactParams{Marker: "[REDACTED]"},
		Accepts:    isTextual,
		Uniqueness: Lossy,
		Build: func(params any, _ *Build) (Factory, error) {
			p := params.(*redactParams)
			if !utf8.ValidString(p.Marker) || strings.IndexByte(p.Marker, 0) >= 0 {
				return nil, &ParamError{Transformer: "redact", Param: "marker", Reason: "not valid UTF-8 text"}
			}
			return func(*Seeder) Transformer { return &constantTransformer{value: []byte(p.Marker), keepNull: true} }, nil
		},
	}
}
