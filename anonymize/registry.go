package anonymize

import (
	"bytes"
	"crypto/cipher"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/understudy/understudy/internal/suggest"
)

// Uniqueness says whether a transformer keeps distinct inputs distinct.
type Uniqueness int

const (
	// NotGuaranteed: distinct inputs may share an output.
	NotGuaranteed Uniqueness = iota
	// Preserving: distinct inputs give distinct outputs, by construction
	// (a keyed permutation) or with a documented, negligible collision
	// probability (at least 60 bits of keyed entropy per output). Safe for a
	// column with a unique constraint.
	Preserving
	// Lossy: outputs deliberately collapse many inputs (a constant, a mask).
	Lossy
)

func (u Uniqueness) String() string {
	switch u {
	case Preserving:
		return "preserving"
	case Lossy:
		return "lossy"
	default:
		return "not_guaranteed"
	}
}

// Options are the per-rule settings of Compile.
type Options struct {
	// Secret keys every HMAC. A keyed transformer refuses an empty secret.
	Secret []byte
	// Domain overrides the default domain, the transformer's name and its
	// canonical parameters: rules that share a domain map a value to the same
	// fake.
	Domain string
}

// Transformer masks values. An instance belongs to one worker: it reuses
// buffers, its HMAC and its faker between calls and is not safe for
// concurrent use.
//
// Transform appends the masked value to dst and returns it as
// Value{Bytes: dst extended}, as strconv.AppendInt does: with dst[:0] the
// Bytes are the value alone. A NULL result keeps Bytes == dst. A value the
// transformer cannot mask yields an error wrapping ErrInvalidInput; it never
// panics.
type Transformer interface {
	Transform(dst []byte, in Value, rc RowContext) (Value, error)
}

// TransformerFunc adapts a function to Transformer.
type TransformerFunc func(dst []byte, in Value, rc RowContext) (Value, error)

// Transform implements Transformer.
func (f TransformerFunc) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	return f(dst, in, rc)
}

// Factory builds one worker's Transformer. s is the worker's keyed state; it
// is nil for a transformer that is not keyed.
type Factory func(s *Seeder) Transformer

// Build is what a Def's Build function receives. Build may lower Uniqueness
// (for parameters that lose it) and records the row columns it reads.
type Build struct {
	// Column is the column masked; for an array column masked element by
	// element, a column of the element type.
	Column   Column
	Options  Options // Domain resolved
	Registry *Registry
	// Uniqueness starts as the Def's class.
	Uniqueness Uniqueness
	// Keyed starts as the Def's Keyed; a composite (json) sets it when a
	// nested rule is keyed.
	Keyed bool
	// SourceColumns and MaskedColumns name the columns the transformer reads
	// through RowContext.Source and RowContext.Masked.
	SourceColumns, MaskedColumns []string
	// Unchanged, when set, reports an input the transformer writes back as
	// it is by design (scrub_text: a text without an entity to replace).
	// It must be safe for concurrent use.
	Unchanged func(v []byte) bool
}

// Def declares a transformer.
type Def struct {
	Name string
	// Doc is one line for generated documentation.
	Doc string
	// Params is a pointer to the parameters struct holding the defaults (see
	// ParamDoc for the tags), or nil for none. Build receives a fresh pointer
	// of the same type with the rule's parameters decoded into it.
	Params any
	// Accepts reports the column types the transformer masks whole. An
	// array column whose element type it accepts is masked element by
	// element. Nil accepts every type.
	Accepts func(Type) bool
	// Keyed transformers derive output from the HMAC of the input and need
	// Options.Secret. All transformers are deterministic; the others (mask,
	// constant, ...) need no secret.
	Keyed bool
	// NullAware transformers see NULL inputs; for the others NULL stays NULL.
	NullAware bool
	// Uniqueness is the class with default parameters on a column wide
	// enough; Compiled.Uniqueness is the class of one rule.
	Uniqueness Uniqueness
	Build      func(params any, b *Build) (Factory, error)

	fields []paramField
}

// ParamDocs documents the parameters, sorted by name.
func (d Def) ParamDocs() []ParamDoc {
	out := make([]ParamDoc, len(d.fields))
	for i, f := range d.fields {
		out[i] = f.doc
		out[i].Enum = slices.Clone(f.doc.Enum)
	}
	return out
}

// AcceptsType reports whether the transformer applies to a column of type t,
// whole or element by element.
func (d Def) AcceptsType(t Type) bool {
	if d.Accepts == nil || d.Accepts(t) {
		return true
	}
	return t.IsArray() && d.Accepts(elemType(t))
}

// Registry holds transformer definitions. Build it with NewRegistry; the zero
// value is an empty registry. Register before compiling: Compile and the
// accessors are safe for concurrent use, Register is not.
type Registry struct {
	defs map[string]*Def
}

// NewRegistry returns a registry holding the built-in catalogue.
func NewRegistry() *Registry {
	r := &Registry{}
	for _, d := range builtins() {
		if err := r.Register(d); err != nil {
			// The built-in catalogue is fixed and every test builds it: a
			// broken entry is a programming error caught there, not bad input.
			panic("anonymize: built-in transformer: " + err.Error())
		}
	}
	return r
}

// Register adds a transformer.
func (r *Registry) Register(d Def) error {
	if d.Name == "" || strings.Trim(d.Name, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
		return fmt.Errorf("register %q: name must be lowercase letters, digits and _", d.Name)
	}
	if _, dup := r.defs[d.Name]; dup {
		return fmt.Errorf("register %q: already registered", d.Name)
	}
	if d.Build == nil {
		return fmt.Errorf("register %q: Build is nil", d.Name)
	}
	fields, err := paramFields(d.Params)
	if err != nil {
		return fmt.Errorf("register %q: %w", d.Name, err)
	}
	d.fields = fields
	if r.defs == nil {
		r.defs = make(map[string]*Def)
	}
	r.defs[d.Name] = &d
	return nil
}

// Names returns the registered names, sorted.
func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.defs))
	for n := range r.defs {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Lookup returns the definition of a transformer.
func (r *Registry) Lookup(name string) (Def, bool) {
	d, ok := r.defs[name]
	if !ok {
		return Def{}, false
	}
	return *d, true
}

func (r *Registry) unknown(name string) error {
	names := r.Names()
	return &UnknownTransformerError{Name: name, Known: names, Suggestion: suggest.Closest(name, names)}
}

// Compiled is one rule ready to run: immutable and shared by the workers,
// each of which calls New for its own Transformer.
type Compiled struct {
	name        string
	domain      string
	column      Column
	keyed       bool
	uniqueness  Uniqueness
	source      []string
	masked      []string
	elementwise bool
	nullAware   bool
	limit       int
	elemLimit   int
	unchanged   func(v []byte) bool
	factory     Factory
	secret      []byte
	block       cipher.Block
}

// Name is the transformer's name.
func (c *Compiled) Name() string { return c.name }

// Domain is the HMAC domain of the rule.
func (c *Compiled) Domain() string { return c.domain }

// Column is the column the rule was compiled for.
func (c *Compiled) Column() Column { return c.column }

// Keyed reports whether the output is derived from the keyed HMAC of the
// input (and so needed the secret).
func (c *Compiled) Keyed() bool { return c.keyed }

// Deterministic reports whether the same input always gives the same output.
// Every built-in transformer is deterministic; the keyed ones through the
// secret, the others (constant, mask, ...) by construction.
func (c *Compiled) Deterministic() bool { return true }

// Uniqueness is the rule's class, given its parameters and column.
func (c *Compiled) Uniqueness() Uniqueness { return c.uniqueness }

// Elementwise reports whether an array column is masked element by element.
func (c *Compiled) Elementwise() bool { return c.elementwise }

// SourceColumns names the columns of the row the rule reads as they are in
// the source (person and seed_column parameters).
func (c *Compiled) SourceColumns() []string { return slices.Clone(c.source) }

// MaskedColumns names the columns the rule reads after masking (templates);
// the engine evaluates such rules after every other column of the row.
func (c *Compiled) MaskedColumns() []string { return slices.Clone(c.masked) }

// Unchanged reports whether the rule writes v back as it is by design, so
// that an output equal to its input is no leak: scrub_text keeps a text
// that holds no entity of its kinds. HasUnchanged reports whether the rule
// has such values at all.
func (c *Compiled) Unchanged(v []byte) bool { return c.unchanged != nil && c.unchanged(v) }

// HasUnchanged: see Unchanged.
func (c *Compiled) HasUnchanged() bool { return c.unchanged != nil }

// New returns a worker-local Transformer.
func (c *Compiled) New() Transformer {
	var s *Seeder
	if c.keyed && len(c.secret) > 0 {
		s = newSeeder(c.secret, c.domain, c.block)
	}
	t := c.factory(s)
	if c.elementwise {
		elem := c.column.Type.Elem.Name == "bpchar"
		t = &arrayTransformer{elem: &finisher{t: t, limit: c.elemLimit, nullAware: c.nullAware, bpchar: elem}}
		return &finisher{t: t, limit: c.limit}
	}
	return &finisher{t: t, limit: c.limit, nullAware: c.nullAware, bpchar: c.column.Type.Name == "bpchar"}
}

// Compile checks a rule and prepares it: name is the transformer, params the
// rule's parameters as a YAML decoder produces them.
func (r *Registry) Compile(name string, params map[string]any, col Column, opts Options) (*Compiled, error) {
	d, ok := r.defs[name]
	if !ok {
		return nil, r.unknown(name)
	}
	p, err := decodeParams(name, d.Params, d.fields, params)
	if err != nil {
		return nil, err
	}
	c := &Compiled{name: name, column: col, limit: col.Type.CharLimit(), elemLimit: -1, nullAware: d.NullAware}
	bcol := col
	switch {
	case d.Accepts == nil || d.Accepts(col.Type):
	case col.Type.IsArray() && d.Accepts(elemType(col.Type)):
		c.elementwise = true
		bcol.Type = elemType(col.Type)
		c.elemLimit = bcol.Type.CharLimit()
		c.limit = -1
	default:
		return nil, &TypeError{Transformer: name, Column: col}
	}
	domain := opts.Domain
	if domain == "" {
		domain = name
		if cp := canonicalParams(p, d.fields); cp != "" {
			domain += "(" + cp + ")"
		}
	}
	if strings.ContainsAny(domain, "\x00\x01") {
		return nil, &ParamError{Transformer: name, Param: "domain", Reason: "must not contain NUL or 0x01 bytes"}
	}
	opts.Domain = domain
	b := &Build{Column: bcol, Options: opts, Registry: r, Uniqueness: d.Uniqueness, Keyed: d.Keyed}
	if d.Keyed && len(opts.Secret) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoSecret)
	}
	f, err := d.Build(p, b)
	if err != nil {
		var pe *ParamError
		var te *TypeError
		if errors.As(err, &pe) || errors.As(err, &te) || errors.Is(err, ErrNoSecret) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c.domain = domain
	c.keyed = b.Keyed
	c.uniqueness = b.Uniqueness
	c.source = b.SourceColumns
	c.masked = b.MaskedColumns
	c.unchanged = b.Unchanged
	c.factory = f
	if c.keyed {
		if len(opts.Secret) == 0 {
			return nil, fmt.Errorf("%s: %w", name, ErrNoSecret)
		}
		c.secret = bytes.Clone(opts.Secret)
		if c.block, err = permutationCipher(c.secret, domain); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return c, nil
}

func elemType(t Type) Type {
	e := *t.Elem
	if e.Typmod < 0 && t.Typmod >= 0 {
		e.Typmod = t.Typmod // atttypmod of varchar(20)[] applies to the elements
	}
	return e
}

// finisher applies what every transformer's output must satisfy: NULL stays
// NULL unless the transformer handles it, the text is valid UTF-8, and it
// fits varchar(n)/bpchar(n). A bpchar's trailing spaces are insignificant, as
// in PostgreSQL, and trimmed before masking: "abc  " in a char(5) maps as
// "abc" in a text column does.
type finisher struct {
	t         Transformer
	limit     int
	nullAware bool
	bpchar    bool
}

func (f *finisher) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	if in.Null && !f.nullAware {
		return Value{Bytes: dst, Null: true}, nil
	}
	if f.bpchar {
		in.Bytes = bytes.TrimRight(in.Bytes, " ")
	}
	start := len(dst)
	out, err := f.t.Transform(dst, in, rc)
	if err != nil {
		return Value{Bytes: dst}, err
	}
	if out.Null {
		return Value{Bytes: dst, Null: true}, nil
	}
	b := out.Bytes
	if len(b) < start {
		return Value{Bytes: dst}, errors.New("transform: transformer dropped the bytes of dst")
	}
	if !utf8.Valid(b[start:]) {
		b = appendValidUTF8(b[:start], bytes.Clone(b[start:]))
	}
	if f.limit >= 0 {
		b = truncateChars(b, start, f.limit)
	}
	return Value{Bytes: b}, nil
}

// appendValidUTF8 appends src with each invalid byte sequence replaced by
// U+FFFD.
func appendValidUTF8(dst, src []byte) []byte {
	for len(src) > 0 {
		r, n := utf8.DecodeRune(src)
		if r == utf8.RuneError && n == 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = append(dst, src[:n]...)
		}
		src = src[n:]
	}
	return dst
}

// truncateChars cuts b[start:] to at most limit characters.
func truncateChars(b []byte, start, limit int) []byte {
	s := b[start:]
	if len(s) <= limit {
		return b
	}
	n := 0
	for i := range string(s) {
		if n == limit {
			return b[:start+i]
		}
		n++
	}
	return b
}
