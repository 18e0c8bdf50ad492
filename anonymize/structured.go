package anonymize

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type jsonParams struct {
	Paths map[string]any `param:"paths,required" doc:"JSONPath -> transformer name, or -> {transform: name, domain: d, ...its parameters}"`
}

// jsonRule is one path's nested rule, compiled once per JSON value kind it
// accepts.
type jsonRule struct {
	path                         jsonPath
	text, number, boolean, value *Compiled
}

// slot says which of the rule's transformers takes a value of kind: 1,
// 2 or 3 for a number, a boolean, or an object or array where the rule
// has one for it, else 0, the text transformer (nil when the rule has
// none).
func (r *jsonRule) slot(kind jsonKind) (int, *Compiled) {
	c := [4]*Compiled{r.text, r.number, r.boolean, r.value}
	slot := 0
	switch kind {
	case kindNumber:
		slot = 1
	case kindBool:
		slot = 2
	case kindObject, kindArray:
		slot = 3
	}
	if c[slot] == nil {
		slot = 0
	}
	return slot, c[slot]
}

// jsonTransformer rewrites the values its paths match in a json or jsonb
// document and copies every other byte.
type jsonTransformer struct {
	rules []jsonRule
	w     jsonRewriter
	inst  [][4]Transformer
	rc    RowContext
	buf   []byte
	str   []byte
	fn    matchFunc
}

func (t *jsonTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	t.rc = rc
	out, err := t.w.rewrite(dst, in.Bytes, t.fn)
	t.rc = nil
	if err != nil {
		if errors.Is(err, errJSON) {
			return Value{Bytes: dst}, invalidInput("json", "not valid JSON")
		}
		return Value{Bytes: dst}, err
	}
	return Value{Bytes: out}, nil
}

func (t *jsonTransformer) match(dst []byte, path int, kind jsonKind, raw []byte) ([]byte, error) {
	r := &t.rules[path]
	inst := &t.inst[path]
	in := Value{Bytes: raw}
	switch kind {
	case kindString:
		t.str = t.str[:0]
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return dst, invalidInput("json", "bad string")
		}
		t.str = append(t.str, s...)
		in = Value{Bytes: t.str}
	case kindNull:
		in = Value{Null: true}
	}
	slot, c := r.slot(kind)
	if c == nil {
		return dst, invalidInput("json", "path %s: a %s value, which %s does not take", r.path.text, kindName(kind), firstNonNil([]*Compiled{r.text, r.number, r.boolean, r.value}).Name())
	}
	if inst[slot] == nil {
		inst[slot] = c.New()
	}
	out, err := inst[slot].Transform(t.buf[:0], in, t.rc)
	if err != nil {
		return dst, fmt.Errorf("json: path %s: %w", r.path.text, err)
	}
	t.buf = out.Bytes
	switch {
	case out.Null:
		return append(dst, "null"...), nil
	case slot != 0 && json.Valid(out.Bytes):
		return append(dst, out.Bytes...), nil
	case slot == 0 && kind != kindString && keptKind(kind, raw, out.Bytes):
		// A text transformer given a number, a boolean, an object or
		// an array (scrub_text at $.answer, where some answers are
		// choices) that wrote it back as it was, or wrote an object or
		// an array back as one (the strings in it scrubbed): the value
		// keeps its kind. Anything else it wrote is text.
		return append(dst, out.Bytes...), nil
	}
	return appendJSONString(dst, out.Bytes), nil
}

// keptKind reports a text transformer's output for a JSON value of kind
// (its text raw) that is the value still: the same bytes, or an object
// or an array that is valid JSON.
func keptKind(kind jsonKind, raw, out []byte) bool {
	if bytes.Equal(raw, out) {
		return true
	}
	switch kind {
	case kindObject:
		return len(out) > 0 && out[0] == '{' && json.Valid(out)
	case kindArray:
		return len(out) > 0 && out[0] == '[' && json.Valid(out)
	}
	return false
}

func kindName(k jsonKind) string {
	return [...]string{"string", "number", "boolean", "null", "object", "array"}[k]
}

func firstNonNil(cs []*Compiled) *Compiled {
	for _, c := range cs {
		if c != nil {
			return c
		}
	}
	return nil
}

func jsonDef() Def {
	return Def{
		Name:       "json",
		Doc:        "masks the values of a json or jsonb document that JSONPaths select ($.a.b, $.list[*].c, $..key), each with its own transformer",
		Params:     &jsonParams{},
		Accepts:    func(t Type) bool { return isJSONType(t) || isTextual(t) },
		Uniqueness: NotGuaranteed,
		Build:      buildJSON,
	}
}

func buildJSON(params any, b *Build) (Factory, error) {
	p := params.(*jsonParams)
	if len(p.Paths) == 0 {
		return nil, &ParamError{Transformer: "json", Param: "paths", Reason: "want at least one path"}
	}
	keys := make([]string, 0, len(p.Paths))
	for k := range p.Paths {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rules := make([]jsonRule, 0, len(keys))
	var paths []jsonPath
	for _, k := range keys {
		param := "paths." + k
		path, err := parseJSONPath(k)
		if err != nil {
			return nil, &ParamError{Transformer: "json", Param: param, Reason: err.Error()}
		}
		name, sub, domain, err := nestedRule(p.Paths[k], param)
		if err != nil {
			return nil, err
		}
		def, ok := b.Registry.Lookup(name)
		if !ok {
			ue := b.Registry.unknown(name).(*UnknownTransformerError)
			return nil, &ParamError{Transformer: "json", Param: param + ".transform", Reason: ue.Error(), Valid: ue.Known}
		}
		if name == "json" {
			return nil, &ParamError{Transformer: "json", Param: param + ".transform", Reason: "json cannot nest json; write the full path instead"}
		}
		rule := jsonRule{path: path}
		opts := Options{Secret: b.Options.Secret, Domain: domain}
		kinds := []struct {
			t   Type
			dst **Compiled
		}{{TypeText, &rule.text}, {TypeNumeric, &rule.number}, {TypeBool, &rule.boolean}, {TypeJSONB, &rule.value}}
		for _, kind := range kinds {
			if def.Accepts != nil && !def.Accepts(kind.t) {
				continue
			}
			col := Column{Table: b.Column.Table, Name: b.Column.Name + k, Type: kind.t}
			c, err := b.Registry.Compile(name, sub, col, opts)
			if err != nil {
				return nil, nestedError(param, err)
			}
			*kind.dst = c
			b.Keyed = b.Keyed || c.Keyed()
			b.SourceColumns = append(b.SourceColumns, c.source...)
			b.MaskedColumns = append(b.MaskedColumns, c.masked...)
		}
		if rule.text == nil && rule.number == nil && rule.boolean == nil && rule.value == nil {
			return nil, &ParamError{Transformer: "json", Param: param + ".transform", Reason: name + " applies to no JSON value"}
		}
		rules = append(rules, rule)
		paths = append(paths, path)
	}
	if slices.ContainsFunc(rules, func(r jsonRule) bool { return r.text != nil && r.text.HasUnchanged() }) {
		b.Unchanged = jsonUnchanged(rules, paths)
	}
	return func(*Seeder) Transformer {
		t := &jsonTransformer{rules: rules, inst: make([][4]Transformer, len(rules))}
		t.w.paths = paths
		t.fn = t.match
		return t
	}, nil
}

// jsonUnchanged reports a document that a json rule writes back as it is
// by design: every non-empty string its paths find is one the path's rule
// keeps (scrub_text: a message with no entity in it), and they find
// nothing else. A leak check then does not count it. Safe for concurrent
// use: each call walks the document with its own rewriter.
func jsonUnchanged(rules []jsonRule, paths []jsonPath) func([]byte) bool {
	return func(doc []byte) bool {
		w := jsonRewriter{paths: paths}
		kept := true
		_, err := w.rewrite(nil, doc, func(dst []byte, path int, kind jsonKind, raw []byte) ([]byte, error) {
			if kind == kindNull || !kept {
				return dst, nil
			}
			r := rules[path].text
			if kind != kindString {
				// A number, a boolean, an object or an array its text
				// rule writes back as it was (match, keptKind).
				slot, _ := rules[path].slot(kind)
				kept = slot == 0 && r != nil && r.Unchanged(raw)
				return dst, nil
			}
			var s string
			if json.Unmarshal(raw, &s) != nil {
				kept = false
				return dst, nil
			}
			kept = s == "" || r != nil && r.Unchanged([]byte(s))
			return dst, nil
		})
		return err == nil && kept
	}
}

// nestedRule reads a path's rule: a transformer name, or a map with
// transform, an optional domain and the transformer's parameters.
func nestedRule(v any, param string) (name string, params map[string]any, domain string, err error) {
	switch x := v.(type) {
	case string:
		return x, nil, "", nil
	case map[string]any:
		params = make(map[string]any, len(x))
		for k, val := range x {
			switch k {
			case "transform":
				s, ok := val.(string)
				if !ok {
					return "", nil, "", &ParamError{Transformer: "json", Param: param + ".transform", Reason: "want a transformer name"}
				}
				name = s
			case "domain":
				s, ok := val.(string)
				if !ok {
					return "", nil, "", &ParamError{Transformer: "json", Param: param + ".domain", Reason: "want a string"}
				}
				domain = s
			default:
				params[k] = val
			}
		}
		if name == "" {
			return "", nil, "", &ParamError{Transformer: "json", Param: param + ".transform", Reason: "required parameter is missing"}
		}
		return name, params, domain, nil
	}
	return "", nil, "", &ParamError{Transformer: "json", Param: param, Reason: "want a transformer name or a map with transform: name"}
}

func nestedError(param string, err error) error {
	var pe *ParamError
	if errors.As(err, &pe) {
		return &ParamError{Transformer: "json", Param: param + "." + pe.Param, Reason: pe.Transformer + ": " + pe.Reason, Valid: pe.Valid}
	}
	if errors.Is(err, ErrNoSecret) {
		return err
	}
	return &ParamError{Transformer: "json", Param: param, Reason: strings.TrimPrefix(err.Error(), "json: ")}
}

// JSONStrings returns a function that reports whether a json document
// holds a non-empty string at one of paths (the json transformer's
// syntax): what a json rule with those paths would rewrite. An invalid
// document holds none. A leak check asks it of a document the rule wrote
// back unchanged.
func JSONStrings(paths []string) (func(doc []byte) bool, error) {
	w := jsonRewriter{}
	for _, p := range paths {
		path, err := parseJSONPath(p)
		if err != nil {
			return nil, fmt.Errorf("json path %s: %w", p, err)
		}
		w.paths = append(w.paths, path)
	}
	var buf []byte
	return func(doc []byte) bool {
		found := false
		out, err := w.rewrite(buf[:0], doc, func(dst []byte, _ int, kind jsonKind, raw []byte) ([]byte, error) {
			found = found || (kind == kindString && string(raw) != `""`)
			return append(dst, raw...), nil
		})
		buf = out
		return err == nil && found
	}, nil
}
