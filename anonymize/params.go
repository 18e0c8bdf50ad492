package anonymize

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/understudy/understudy/internal/suggest"
)

// ParamDoc documents one parameter of a transformer. The rules package builds
// its JSON Schema and README tables from these.
type ParamDoc struct {
	Name string
	// Type is one of "string", "integer", "number", "boolean",
	// "list of strings" and "map".
	Type string
	// Default is the default rendered as YAML would write it ("" for none).
	Default  string
	Doc      string
	Enum     []string
	Required bool
}

// A params struct declares its parameters with field tags:
//
//	KeepLast int    `param:"keep_last" doc:"digits kept at the end"`
//	Encoding string `param:"encoding" enum:"hex,base64" doc:"output encoding"`
//	Person   string `param:"person,nodomain" doc:"..."`
//	Value    string `param:"value,required" doc:"..."`
//
// nodomain leaves a parameter out of the default domain (it does not change
// which fake a value maps to); required rejects a rule that omits it. The
// value a struct holds when registered is the default.
type paramField struct {
	doc      ParamDoc
	index    []int
	nodomain bool
}

func paramFields(proto any) ([]paramField, error) {
	if proto == nil {
		return nil, nil
	}
	v := reflect.ValueOf(proto)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("params must be a pointer to a struct, not %T", proto)
	}
	v = v.Elem()
	out, err := structParams(v, nil)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b paramField) int { return strings.Compare(a.doc.Name, b.doc.Name) })
	for i := 1; i < len(out); i++ {
		if out[i].doc.Name == out[i-1].doc.Name {
			return nil, fmt.Errorf("parameter %q declared twice", out[i].doc.Name)
		}
	}
	return out, nil
}

// structParams collects the tagged fields of v, descending into embedded
// structs.
func structParams(v reflect.Value, prefix []int) ([]paramField, error) {
	t := v.Type()
	var out []paramField
	for i := range t.NumField() {
		f := t.Field(i)
		index := append(slices.Clone(prefix), i)
		tag, ok := f.Tag.Lookup("param")
		if !ok {
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				sub, err := structParams(v.Field(i), index)
				if err != nil {
					return nil, err
				}
				out = append(out, sub...)
			}
			continue
		}
		parts := strings.Split(tag, ",")
		pf := paramField{index: index, doc: ParamDoc{Name: parts[0], Doc: f.Tag.Get("doc")}}
		for _, o := range parts[1:] {
			switch o {
			case "nodomain":
				pf.nodomain = true
			case "required":
				pf.doc.Required = true
			default:
				return nil, fmt.Errorf("field %s: unknown param tag option %q", f.Name, o)
			}
		}
		if e := f.Tag.Get("enum"); e != "" {
			pf.doc.Enum = strings.Split(e, ",")
		}
		switch f.Type.Kind() {
		case reflect.String:
			pf.doc.Type = "string"
		case reflect.Bool:
			pf.doc.Type = "boolean"
		case reflect.Int, reflect.Int64, reflect.Int32:
			pf.doc.Type = "integer"
		case reflect.Float64:
			pf.doc.Type = "number"
		case reflect.Slice:
			if f.Type.Elem().Kind() != reflect.String {
				return nil, fmt.Errorf("field %s: unsupported parameter type %s", f.Name, f.Type)
			}
			pf.doc.Type = "list of strings"
		case reflect.Map:
			if f.Type.Key().Kind() != reflect.String || f.Type.Elem().Kind() != reflect.Interface {
				return nil, fmt.Errorf("field %s: unsupported parameter type %s", f.Name, f.Type)
			}
			pf.doc.Type = "map"
		default:
			return nil, fmt.Errorf("field %s: unsupported parameter type %s", f.Name, f.Type)
		}
		if !pf.doc.Required {
			pf.doc.Default = renderDefault(v.Field(i))
		}
		out = append(out, pf)
	}
	return out, nil
}

func renderDefault(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Slice, reflect.Map:
		if v.Len() == 0 {
			return ""
		}
		b, _ := json.Marshal(v.Interface())
		return string(b)
	default:
		return fmt.Sprint(v.Interface())
	}
}

// decodeParams copies proto (a pointer to a params struct holding the
// defaults) and sets the fields named in raw, the map a YAML loader produces.
// It returns the new pointer, or a *ParamError.
func decodeParams(transformer string, proto any, fields []paramField, raw map[string]any) (any, error) {
	if proto == nil {
		for k := range raw {
			return nil, &ParamError{Transformer: transformer, Param: k, Reason: "unknown parameter: this transformer takes none"}
		}
		return nil, nil
	}
	pv := reflect.New(reflect.TypeOf(proto).Elem())
	pv.Elem().Set(reflect.ValueOf(proto).Elem())
	seen := make(map[string]bool, len(raw))
	for k, val := range raw {
		i := slices.IndexFunc(fields, func(f paramField) bool { return f.doc.Name == k })
		if i < 0 {
			names := paramNames(fields)
			reason := "unknown parameter"
			if s := suggest.Closest(k, names); s != "" {
				reason += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, &ParamError{Transformer: transformer, Param: k, Reason: reason, Valid: names}
		}
		f := fields[i]
		seen[k] = true
		if err := setParam(pv.Elem().FieldByIndex(f.index), val); err != nil {
			return nil, &ParamError{Transformer: transformer, Param: k, Reason: err.Error()}
		}
		if reason := notInEnum(pv.Elem().FieldByIndex(f.index), f.doc.Enum); reason != "" {
			return nil, &ParamError{Transformer: transformer, Param: k, Reason: reason, Valid: f.doc.Enum}
		}
	}
	for _, f := range fields {
		if f.doc.Required && !seen[f.doc.Name] {
			return nil, &ParamError{Transformer: transformer, Param: f.doc.Name, Reason: "required parameter is missing"}
		}
	}
	return pv.Interface(), nil
}

// notInEnum checks a decoded string, or each item of a list of strings,
// against the parameter's valid values (none: any value). It returns why
// the value is refused, or "".
func notInEnum(v reflect.Value, enum []string) string {
	if len(enum) == 0 {
		return ""
	}
	if v.Kind() == reflect.Slice {
		for i := range v.Len() {
			if item := v.Index(i).String(); !slices.Contains(enum, item) {
				return fmt.Sprintf("invalid value %q", item)
			}
		}
		return ""
	}
	if !slices.Contains(enum, v.String()) {
		return "invalid value"
	}
	return ""
}

func paramNames(fields []paramField) []string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.doc.Name
	}
	return names
}

func setParam(dst reflect.Value, val any) error {
	switch dst.Kind() {
	case reflect.String:
		switch x := val.(type) {
		case string:
			dst.SetString(x)
		case bool:
			dst.SetString(strconv.FormatBool(x))
		case int, int64, int32, uint64, float64:
			dst.SetString(fmt.Sprint(x))
		default:
			return fmt.Errorf("want a string, got %s", describe(val))
		}
	case reflect.Bool:
		x, ok := val.(bool)
		if !ok {
			return fmt.Errorf("want true or false, got %s", describe(val))
		}
		dst.SetBool(x)
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := asInt(val)
		if !ok {
			return fmt.Errorf("want an integer, got %s", describe(val))
		}
		if dst.OverflowInt(n) {
			return fmt.Errorf("integer %d out of range", n)
		}
		dst.SetInt(n)
	case reflect.Float64:
		switch x := val.(type) {
		case float64:
			dst.SetFloat(x)
		case int, int64, int32, uint64:
			n, _ := asInt(x)
			dst.SetFloat(float64(n))
		default:
			return fmt.Errorf("want a number, got %s", describe(val))
		}
	case reflect.Slice:
		switch x := val.(type) {
		case []string:
			dst.Set(reflect.ValueOf(slices.Clone(x)))
		case []any:
			out := make([]string, len(x))
			for i, e := range x {
				s, ok := e.(string)
				if !ok {
					return fmt.Errorf("item %d: want a string, got %s", i, describe(e))
				}
				out[i] = s
			}
			dst.Set(reflect.ValueOf(out))
		default:
			return fmt.Errorf("want a list of strings, got %s", describe(val))
		}
	case reflect.Map:
		x, ok := val.(map[string]any)
		if !ok {
			return fmt.Errorf("want a map, got %s", describe(val))
		}
		dst.Set(reflect.ValueOf(x))
	default:
		return fmt.Errorf("unsupported parameter kind %s", dst.Kind())
	}
	return nil
}

func asInt(val any) (int64, bool) {
	switch x := val.(type) {
	case int:
		return int64(x), true
	case int64:
		return x, true
	case int32:
		return int64(x), true
	case uint64:
		if x > math.MaxInt64 {
			return 0, false
		}
		return int64(x), true
	case float64:
		if x != math.Trunc(x) || math.Abs(x) > 1<<53 {
			return 0, false
		}
		return int64(x), true
	}
	return 0, false
}

func describe(val any) string {
	switch val.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case int, int64, int32, uint64:
		return "an integer"
	case float64:
		return "a number"
	case []any, []string:
		return "a list"
	case map[string]any:
		return "a map"
	}
	return fmt.Sprintf("%T", val)
}

// canonicalParams renders the decoded parameters that take part in the
// default domain, sorted by name: "keep_domain=false,length=0".
func canonicalParams(p any, fields []paramField) string {
	if p == nil {
		return ""
	}
	v := reflect.ValueOf(p).Elem()
	var b strings.Builder
	for _, f := range fields {
		if f.nodomain {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.doc.Name)
		b.WriteByte('=')
		enc, err := json.Marshal(v.FieldByIndex(f.index).Interface())
		if err != nil {
			enc = fmt.Append(nil, v.FieldByIndex(f.index).Interface())
		}
		b.Write(enc)
	}
	return b.String()
}
