package anonymize

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/stretchr/testify/require"
)

var textCol = Column{Table: "public.users", Name: "c", Type: TypeText}

func compile(t testing.TB, name string, params map[string]any, col Column) Transformer {
	t.Helper()
	c, err := NewRegistry().Compile(name, params, col, Options{Secret: testSecret})
	require.NoError(t, err)
	return c.New()
}

func mustTransform(t *testing.T, tr Transformer, in string, rc RowContext) string {
	t.Helper()
	v, err := tr.Transform(nil, Text(in), rc)
	require.NoError(t, err)
	require.False(t, v.Null)
	return string(v.Bytes)
}

func TestUnknownTransformer(t *testing.T) {
	_, err := NewRegistry().Compile("emial", nil, textCol, Options{Secret: testSecret})
	var ue *UnknownTransformerError
	require.ErrorAs(t, err, &ue)
	require.Equal(t, "emial", ue.Name)
	require.Equal(t, "email", ue.Suggestion)
	require.Contains(t, ue.Known, "full_name")
	require.EqualError(t, err, `unknown transformer "emial" (did you mean "email"?)`)

	_, err = NewRegistry().Compile("zzzzzzzzzzzz", nil, textCol, Options{})
	require.ErrorAs(t, err, &ue)
	require.Empty(t, ue.Suggestion)
}

func TestParamErrors(t *testing.T) {
	reg := NewRegistry()
	tests := []struct {
		name   string
		params map[string]any
		param  string
		reason string
		valid  []string
	}{
		{"card", map[string]any{"keep_lst": 4}, "keep_lst", `unknown parameter (did you mean "keep_last"?)`, []string{"keep_first", "keep_last"}},
		{"card", map[string]any{"keep_last": "4"}, "keep_last", "want an integer, got a string", nil},
		{"card", map[string]any{"keep_last": 4.5}, "keep_last", "want an integer, got a number", nil},
		{"card", map[string]any{"keep_last": 9}, "keep_last", "want 0 to 4", nil},
		{"hash", map[string]any{"encoding": "base32"}, "encoding", "invalid value", []string{"hex", "base64"}},
		{"constant", nil, "value", "required parameter is missing", nil},
		{"email", map[string]any{"keep_domain": "yes"}, "keep_domain", "want true or false, got a string", nil},
		{"mask", map[string]any{"char": "**"}, "char", "want exactly one character", nil},
		{"regexp_replace", map[string]any{"pattern": "("}, "pattern", "error parsing regexp: missing closing ): `(`", nil},
		{"null", map[string]any{"x": 1}, "x", "unknown parameter: this transformer takes none", nil},
		{"json", map[string]any{"paths": map[string]any{"$.a": map[string]any{"transform": "phone", "keep_prefx": 3}}}, "paths.$.a.keep_prefx",
			`phone: unknown parameter (did you mean "keep_prefix"?)`, []string{"keep_country", "keep_prefix"}},
		{"json", map[string]any{"paths": map[string]any{"$.a": "emial"}}, "paths.$.a.transform", `unknown transformer "emial" (did you mean "email"?)`, nil},
		{"json", map[string]any{"paths": map[string]any{"a.b": "email"}}, "paths.a.b", "bad JSONPath: must start with $", nil},
		{"template", map[string]any{"template": "{a"}, "template", "unclosed { at offset 0", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.param, func(t *testing.T) {
			_, err := reg.Compile(tt.name, tt.params, textCol, Options{Secret: testSecret})
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			require.Equal(t, tt.param, pe.Param)
			require.Equal(t, tt.reason, pe.Reason)
			if tt.valid != nil {
				require.Equal(t, tt.valid, pe.Valid)
			}
		})
	}
}

func TestParamDecodingAcceptsYAMLShapes(t *testing.T) {
	reg := NewRegistry()
	// YAML gives ints as int, floats as float64, and numbers where strings
	// are expected.
	for _, p := range []map[string]any{
		{"keep_last": 4}, {"keep_last": int64(4)}, {"keep_last": 4.0}, {"keep_last": uint64(4)},
	} {
		c, err := reg.Compile("card", p, textCol, Options{Secret: testSecret})
		require.NoError(t, err)
		require.Equal(t, "card(keep_first=0,keep_last=4)", c.Domain())
	}
	c, err := reg.Compile("constant", map[string]any{"value": 42}, textCol, Options{})
	require.NoError(t, err)
	require.Equal(t, "42", mustTransform(t, c.New(), "x", nil))
	c, err = reg.Compile("noise", map[string]any{"percent": 5}, Column{Type: typeInt8}, Options{Secret: testSecret})
	require.NoError(t, err)
	require.Equal(t, "noise(percent=5)", c.Domain())
}

func TestDefsAreDocumented(t *testing.T) {
	reg := NewRegistry()
	for _, name := range reg.Names() {
		d, _ := reg.Lookup(name)
		require.NotEmpty(t, d.Doc, name)
		for _, p := range d.ParamDocs() {
			require.NotEmpty(t, p.Doc, "%s.%s", name, p.Name)
			require.Contains(t, []string{"string", "integer", "number", "boolean", "list of strings", "map"}, p.Type)
		}
	}
	d, _ := reg.Lookup("hash")
	require.Equal(t, []ParamDoc{
		{Name: "encoding", Type: "string", Default: `"hex"`, Doc: "hex, or base64 (URL alphabet, unpadded)", Enum: []string{"hex", "base64"}},
		{Name: "length", Type: "integer", Default: "0", Doc: "characters kept; 0 keeps all (64 hex, 43 base64)"},
	}, d.ParamDocs())
	d, _ = reg.Lookup("constant")
	require.True(t, d.ParamDocs()[1].Required)
}

func TestRegister(t *testing.T) {
	reg := &Registry{}
	type upperParams struct {
		Suffix string `param:"suffix" doc:"appended"`
	}
	def := Def{
		Name:    "upper",
		Doc:     "upper-cases",
		Params:  &upperParams{Suffix: "!"},
		Accepts: isTextual,
		Build: func(params any, _ *Build) (Factory, error) {
			p := params.(*upperParams)
			return func(*Seeder) Transformer {
				return TransformerFunc(func(dst []byte, in Value, _ RowContext) (Value, error) {
					dst = append(dst, strings.ToUpper(string(in.Bytes))...)
					return Value{Bytes: append(dst, p.Suffix...)}, nil
				})
			}, nil
		},
	}
	require.NoError(t, reg.Register(def))
	require.ErrorContains(t, reg.Register(def), "already registered")
	bad := def
	bad.Name = "Upper Case"
	require.Error(t, reg.Register(bad))
	bad = def
	bad.Name = "other"
	bad.Params = upperParams{}
	require.ErrorContains(t, reg.Register(bad), "pointer to a struct")
	require.Equal(t, []string{"upper"}, reg.Names())

	c, err := reg.Compile("upper", map[string]any{"suffix": "?"}, textCol, Options{})
	require.NoError(t, err)
	require.Equal(t, "ABC?", mustTransform(t, c.New(), "abc", nil))
	// Arrays of an accepted element type work element by element.
	c, err = reg.Compile("upper", nil, Column{Type: ArrayOf(TypeText)}, Options{})
	require.NoError(t, err)
	require.Equal(t, `{A!,"B C!",NULL}`, mustTransform(t, c.New(), `{a,"b c",NULL}`, nil))
}

func TestTypeChecks(t *testing.T) {
	reg := NewRegistry()
	_, err := reg.Compile("email", nil, Column{Name: "n", Type: typeInt8}, Options{Secret: testSecret})
	var te *TypeError
	require.ErrorAs(t, err, &te)
	require.EqualError(t, err, "email: column n of type int8 is not supported")
	_, err = reg.Compile("uuid", nil, Column{Name: "u", Type: Varchar(20)}, Options{Secret: testSecret})
	require.ErrorAs(t, err, &te)
	_, err = reg.Compile("email", nil, Column{Name: "e", Type: Varchar(10)}, Options{Secret: testSecret})
	var pe *ParamError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "domain", pe.Param)
	_, err = reg.Compile("email", nil, textCol, Options{Secret: testSecret, Domain: "a\x00b"})
	require.ErrorAs(t, err, &pe)
}

func TestDomains(t *testing.T) {
	reg := NewRegistry()
	users, err := reg.Compile("email", nil, Column{Table: "users", Name: "email", Type: TypeText, Unique: true}, Options{Secret: testSecret})
	require.NoError(t, err)
	invites, err := reg.Compile("email", map[string]any{"domain": "example.com"}, Column{Table: "invitations", Name: "to", Type: Varchar(200)}, Options{Secret: testSecret})
	require.NoError(t, err)
	require.Equal(t, users.Domain(), invites.Domain(), "an explicit default is the default")
	audit, err := reg.Compile("json", map[string]any{"paths": map[string]any{"$.actor.email": "email"}}, Column{Table: "audit_log", Name: "data", Type: TypeJSONB}, Options{Secret: testSecret})
	require.NoError(t, err)

	in := "jane.doe@corp.com"
	a := mustTransform(t, users.New(), in, nil)
	require.Equal(t, a, mustTransform(t, invites.New(), in, nil))
	require.Equal(t, `{"actor": {"email": "`+a+`"}}`, mustTransform(t, audit.New(), `{"actor": {"email": "`+in+`"}}`, nil))

	named, err := reg.Compile("email", nil, textCol, Options{Secret: testSecret, Domain: "email"})
	require.NoError(t, err)
	require.Equal(t, "email", named.Domain())
	require.NotEqual(t, a, mustTransform(t, named.New(), in, nil))

	// The person parameter does not change the domain.
	p, err := reg.Compile("email", map[string]any{"person": "id"}, textCol, Options{Secret: testSecret})
	require.NoError(t, err)
	require.Equal(t, users.Domain(), p.Domain())
	require.Equal(t, []string{"id"}, p.SourceColumns())
}

func TestPersonIsCoherent(t *testing.T) {
	params := map[string]any{"person": "id"}
	full := compile(t, "full_name", params, textCol)
	first := compile(t, "first_name", params, textCol)
	last := compile(t, "last_name", params, textCol)
	email := compile(t, "email", params, textCol)
	user := compile(t, "username", params, textCol)
	for _, id := range []string{"1", "2", "3", "42"} {
		rc := Rows{Src: MapRow{"id": Text(id)}}
		name := mustTransform(t, full, "Real Name "+id, rc)
		f := mustTransform(t, first, "Real", rc)
		l := mustTransform(t, last, "Name", rc)
		require.Equal(t, f+" "+l, name)
		e := mustTransform(t, email, "real"+id+"@corp.com", rc)
		require.True(t, strings.HasPrefix(e, string(appendLower(nil, f))+"."+string(appendLower(nil, l))+"."), "%s vs %s", e, name)
		u := mustTransform(t, user, "real"+id, rc)
		require.True(t, strings.HasPrefix(u, string(appendLower(nil, f))[:1]+string(appendLower(nil, l))+"_"), "%s vs %s", u, name)
	}
	// Two email values of one person share the name, not the tag.
	rc := Rows{Src: MapRow{"id": Text("7")}}
	a, b := mustTransform(t, email, "a@x.com", rc), mustTransform(t, email, "b@x.com", rc)
	require.NotEqual(t, a, b)
	require.Equal(t, a[:strings.IndexByte(a, '@')-8], b[:strings.IndexByte(b, '@')-8])

	_, err := email.Transform(nil, Text("a@x.com"), Rows{Src: MapRow{}})
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = email.Transform(nil, Text("a@x.com"), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestEmailNarrowColumn(t *testing.T) {
	for n := 13; n <= 40; n++ {
		c, err := NewRegistry().Compile("email", nil, Column{Type: Varchar(n)}, Options{Secret: testSecret})
		require.NoError(t, err)
		require.Equal(t, n-12 >= tagLong, c.Uniqueness() == Preserving, "varchar(%d)", n)
		out := mustTransform(t, c.New(), "someone.with.a.long.name@corp.com", nil)
		require.LessOrEqual(t, len(out), n)
		validEmail("example.com")(t, "", out)
		require.Equal(t, out, mustTransform(t, c.New(), "someone.with.a.long.name@corp.com", nil))
	}
}

func TestTemplateReadsMaskedColumns(t *testing.T) {
	c, err := NewRegistry().Compile("template", map[string]any{"template": "{{{first_name}}} {last_name}@x"}, textCol, Options{})
	require.NoError(t, err)
	require.Equal(t, []string{"first_name", "last_name"}, c.MaskedColumns())
	require.False(t, c.Keyed())
	tr := c.New()
	rc := Rows{Src: MapRow{"first_name": Text("Real")}, Dst: MapRow{"first_name": Text("Fake"), "last_name": Null}}
	require.Equal(t, "{Fake} @x", mustTransform(t, tr, "in", rc))
	v, err := tr.Transform(nil, Null, rc)
	require.NoError(t, err)
	require.True(t, v.Null)
	_, err = tr.Transform(nil, Text("in"), Rows{Dst: MapRow{}})
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = NewRegistry().Compile("template", map[string]any{"template": "{c}"}, textCol, Options{})
	require.Error(t, err, "a template of its own column")
}

func TestConstantKeepNull(t *testing.T) {
	tr := compile(t, "constant", map[string]any{"value": "x", "keep_null": false}, textCol)
	v, err := tr.Transform(nil, Null, nil)
	require.NoError(t, err)
	require.Equal(t, Value{Bytes: []byte("x")}, v)
	_, err = NewRegistry().Compile("constant", map[string]any{"value": "toolong"}, Column{Type: Varchar(3)}, Options{})
	require.Error(t, err)
}

// A constant replaces an array whole, so its value must be an array
// literal: lint says so, where PostgreSQL would refuse it at COPY.
func TestConstantArrayLiteral(t *testing.T) {
	codes := Column{Table: "public.users", Name: "otp_backup_codes", Type: Type{Name: "_varchar", Typmod: -1, Category: 'A', Elem: &Type{Name: "varchar", Typmod: -1, Category: 'S'}}}
	_, err := NewRegistry().Compile("constant", map[string]any{"value": "<hash of a known test password>"}, codes, Options{})
	var pe *ParamError
	require.ErrorAs(t, err, &pe)
	require.Contains(t, pe.Reason, "must be an array literal")
	for _, v := range []string{"{}", `{"x","y"}`, "{NULL}"} {
		tr := compile(t, "constant", map[string]any{"value": v}, codes)
		got, err := tr.Transform(nil, Text(`{a,b}`), nil)
		require.NoError(t, err)
		require.Equal(t, v, string(got.Bytes))
	}
}

func TestTransformAppends(t *testing.T) {
	tr := compile(t, "hash", map[string]any{"length": 8}, Column{Type: Varchar(4)})
	v, err := tr.Transform([]byte("prefix:"), Text("x"), nil)
	require.NoError(t, err)
	require.Len(t, v.Bytes, len("prefix:")+4)
	require.Equal(t, "prefix:", string(v.Bytes[:7]))
	v, err = tr.Transform([]byte("prefix:"), Null, nil)
	require.NoError(t, err)
	require.True(t, v.Null)
	require.Equal(t, "prefix:", string(v.Bytes))
}

func TestInvalidInputErrorsDoNotLeakValues(t *testing.T) {
	secretValue := "4111-SECRET-1111"
	for _, name := range []string{"card", "ssn", "iban", "ipv4", "mac"} {
		tr := compile(t, name, nil, textCol)
		_, err := tr.Transform(nil, Text(secretValue), nil)
		require.ErrorIs(t, err, ErrInvalidInput, name)
		require.NotContains(t, err.Error(), "SECRET", name)
	}
	_, err := compile(t, "url", nil, textCol).Transform(nil, Text("http://[SECRET"), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.NotContains(t, err.Error(), "SECRET")
	tr := compile(t, "json", map[string]any{"paths": map[string]any{"$.a": "email"}}, textCol)
	_, err = tr.Transform(nil, Text(`{"a": "`+secretValue), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.NotContains(t, err.Error(), "SECRET")
}

func TestConcurrentWorkers(t *testing.T) {
	c, err := NewRegistry().Compile("email", nil, textCol, Options{Secret: testSecret})
	require.NoError(t, err)
	want := mustTransform(t, c.New(), "x@y.z", nil)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			tr := c.New()
			for range 200 {
				v, err := tr.Transform(nil, Text("x@y.z"), nil)
				if err != nil || string(v.Bytes) != want {
					errs <- errors.New("worker output differs")
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	require.NoError(t, <-errs)
}

func TestHotPathAllocations(t *testing.T) {
	for _, tc := range []struct {
		name   string
		params map[string]any
	}{{"hash", nil}, {"mask", map[string]any{"keep_last": 4}}, {"constant", map[string]any{"value": "x"}}, {"email", nil}, {"full_name", nil}, {"uuid", nil}, {"phone", nil}, {"card", nil}} {
		tr := compile(t, tc.name, tc.params, textCol)
		in := Text("4111 1111 1111 1111")
		buf := make([]byte, 0, 256)
		allocs := testing.AllocsPerRun(200, func() {
			if _, err := tr.Transform(buf[:0], in, nil); err != nil {
				t.Fatal(err)
			}
		})
		require.Zero(t, allocs, tc.name)
	}
}

func TestBpcharTrailingSpaces(t *testing.T) {
	bp := Column{Type: Type{Name: "bpchar", Typmod: 44, Category: 'S'}}
	a := mustTransform(t, compile(t, "email", nil, bp), "jane@corp.com   ", nil)
	require.Equal(t, mustTransform(t, compile(t, "email", nil, textCol), "jane@corp.com", nil), a)
	arr := mustTransform(t, compile(t, "email", nil, Column{Type: ArrayOf(bp.Type)}), `{"jane@corp.com  "}`, nil)
	require.Equal(t, "{"+a+"}", arr)
}

// A transformer that picks from a list never hands back its input: every
// US state and its abbreviation maps to another one, under many secrets.
func TestListTransformersNeverKeepTheInput(t *testing.T) {
	reg := NewRegistry()
	var inputs []string
	for i := range 40 {
		f := gofakeit.New(uint64(i))
		inputs = append(inputs, f.State(), f.StateAbr(), f.Country(), f.CountryAbr(), f.City())
	}
	for s := range 20 {
		secret := []byte(strings.Repeat("k", s+1))
		for _, name := range []string{"state", "country", "city"} {
			c, err := reg.Compile(name, nil, textCol, Options{Secret: secret})
			require.NoError(t, err)
			tr := c.New()
			for _, in := range inputs {
				out, err := tr.Transform(nil, Value{Bytes: []byte(in)}, nil)
				require.NoError(t, err)
				require.False(t, strings.EqualFold(in, string(out.Bytes)), "%s(%q) with secret %d kept its input", name, in, s)
			}
		}
	}
}

func TestUsernameKeepsAHandlesServer(t *testing.T) {
	user := compile(t, "username", nil, textCol)
	bare := mustTransform(t, user, "ann.smith", nil)
	// The local part maps as the bare login does: Synapse's profiles hold
	// the localpart alone, its other tables the whole user id.
	require.Equal(t, "@"+bare+":chat.example.org", mustTransform(t, user, "@ann.smith:chat.example.org", nil))
	require.Equal(t, "@"+bare+"@mastodon.social", mustTransform(t, user, "@ann.smith@mastodon.social", nil))
	// Not a handle: replaced whole, as before.
	require.Regexp(t, `^[a-z0-9]+_[a-z2-7]{8}$`, mustTransform(t, user, "@ann", nil))
	// Too narrow to keep the server: replaced whole.
	narrow := compile(t, "username", nil, Column{Type: Varchar(24)})
	require.NotContains(t, mustTransform(t, narrow, "@ann.smith:chat.example.org", nil), "chat.example.org")
}

// A phone column's value of letters and no digit (an SMS sender's name)
// has nothing phone would replace: it is invalid input, for on_invalid
// to judge, never copied as it is. Punctuation alone, or an empty value,
// carries nothing and stays.
func TestPhoneWithoutDigits(t *testing.T) {
	c, err := NewRegistry().Compile("phone", nil, textCol, Options{Secret: testSecret})
	require.NoError(t, err)
	tr := c.New()
	for _, in := range []string{"HarborPine", "unknown", "Ёлка"} {
		_, err := tr.Transform(nil, Text(in), nil)
		require.ErrorIs(t, err, ErrInvalidInput, in)
		require.NotContains(t, err.Error(), in, "the message never quotes the value")
	}
	for _, in := range []string{"", "-", "+"} {
		require.Equal(t, in, mustTransform(t, tr, in, nil))
	}
	out := mustTransform(t, tr, "+49 40 2286 5190", nil)
	require.NotEqual(t, "+49 40 2286 5190", out)
	require.Len(t, out, len("+49 40 2286 5190"))
}
