package anonymize

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// identity re-encodes an array without changing its elements.
func identity(dst []byte, v Value) ([]byte, bool, error) { return append(dst, v.Bytes...), v.Null, nil }

func TestArrayFormat(t *testing.T) {
	tests := []struct{ in, out string }{
		{`{}`, `{}`},
		{`{a,b}`, `{a,b}`},
		{` { a , "b c" ,NULL, "NULL", null } `, `{a,"b c",NULL,"NULL",NULL}`},
		{`{{a,b},{c,d}}`, `{{a,b},{c,d}}`},
		{`[0:1]={x,y}`, `[0:1]={x,y}`},
		{`{"a\"b","c\\d",e\,f,"",\ lead}`, `{"a\"b","c\\d","e,f",""," lead"}`},
		{`{N\ULL}`, `{"NULL"}`},
		{`{"{}"}`, `{"{}"}`},
		{`{{{1}}}`, `{{{1}}}`},
	}
	for _, tt := range tests {
		var scratch [2][]byte
		got, err := rewriteArray(nil, []byte(tt.in), ',', &scratch, identity)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.out, string(got), tt.in)
	}
	for _, bad := range []string{``, `{`, `{a`, `{a,}`, `{,a}`, `{"a}`, `{a}x`, `{a"b}`, `[1:2]{a}`, `{{{{{{{a}}}}}}}`, `{a\`} {
		var scratch [2][]byte
		_, err := rewriteArray(nil, []byte(bad), ',', &scratch, identity)
		require.ErrorIs(t, err, errArray, bad)
	}
}

func TestArrayColumns(t *testing.T) {
	col := Column{Type: ArrayOf(Varchar(4))}
	tr := compile(t, "mask", map[string]any{"keep_first": 1}, col)
	require.Equal(t, `{{a***,b***},{NULL,"\"***"}}`, mustTransform(t, tr, `{{abcdef,"b cd"},{NULL,"\"q\\\\"}}`, nil))
	// Each element maps as a scalar would, so text[] and text columns agree.
	e := compile(t, "email", nil, Column{Type: ArrayOf(TypeText)})
	s := compile(t, "email", nil, textCol)
	out := mustTransform(t, e, `{a@x.com,b@y.org}`, nil)
	require.Equal(t, "{"+mustTransform(t, s, "a@x.com", nil)+","+mustTransform(t, s, "b@y.org", nil)+"}", out)
	_, err := e.Transform(nil, Text(`{a@x.com`), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	// Transformers that take any type (constant, null) replace the array whole.
	c, err := NewRegistry().Compile("constant", map[string]any{"value": "{}"}, Column{Type: ArrayOf(TypeText)}, Options{})
	require.NoError(t, err)
	require.False(t, c.Elementwise())
}

func TestJSONPaths(t *testing.T) {
	for _, bad := range []string{"", "a", "$.", "$[", "$[x]", "$['a'", "$..[0]", "$[*", "$ a"} {
		_, err := parseJSONPath(bad)
		require.ErrorIs(t, err, errPath, bad)
	}
	p, err := parseJSONPath(`$.a["b.c"][2][*]..d.*`)
	require.NoError(t, err)
	require.Equal(t, []pathStep{{kind: stepKey, key: "a"}, {kind: stepKey, key: "b.c"}, {kind: stepIndex, index: 2}, {kind: stepWild, bracket: true}, {kind: stepDescKey, key: "d"}, {kind: stepWild}}, p.steps)
}

func TestJSONRewrite(t *testing.T) {
	tr := compile(t, "json", map[string]any{"paths": map[string]any{
		"$..secret":  "redact",
		"$.list[1]":  map[string]any{"transform": "constant", "value": "X"},
		"$.n":        "noise",
		"$.obj":      "redact",
		"$.esc\"key": "redact",
	}}, Column{Type: TypeJSONB})
	in := `{"secret": "s", "a": {"b": [{"secret": 1}, {"secret": {"x": true}}]}, "list": ["a", "b", "c"], "n": 1000, "obj": {"k": "v"}, "keep": "\u00e9", "esc\"key": "v"}`
	out := mustTransform(t, tr, in, nil)
	require.Equal(t, `{"secret": "[REDACTED]", "a": {"b": [{"secret": "[REDACTED]"}, {"secret": "[REDACTED]"}]}, "list": ["a", "X", "c"], "n": `+out[strings.Index(out, `"n": `)+5:strings.Index(out, `, "obj"`)]+`, "obj": "[REDACTED]", "keep": "\u00e9", "esc\"key": "[REDACTED]"}`, out)
	require.True(t, json.Valid([]byte(out)))
	require.NotContains(t, out, `"n": 1000`)

	_, err := tr.Transform(nil, Text(`{"secret": `), nil)
	require.ErrorIs(t, err, ErrInvalidInput)

	// Whitespace, key order and duplicate keys survive (json, unlike jsonb).
	out = mustTransform(t, tr, "{ \"z\" :1,\n \"secret\":\"a\", \"secret\" : \"b\" }", nil)
	require.Equal(t, "{ \"z\" :1,\n \"secret\":\"[REDACTED]\", \"secret\" : \"[REDACTED]\" }", out)
	// A null stays null.
	require.Equal(t, `{"secret": null}`, mustTransform(t, tr, `{"secret": null}`, nil))
}

func TestJSONKindsOfValues(t *testing.T) {
	tr := compile(t, "json", map[string]any{"paths": map[string]any{"$[*]": "hash"}}, Column{Type: TypeJSONB})
	out := mustTransform(t, tr, `[1, "1", true, null, {"a": 1}]`, nil)
	var got []any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 5)
	require.Equal(t, got[0], got[1], "hash takes text: 1 and \"1\" hash alike")
	require.Nil(t, got[3])
	for _, i := range []int{0, 2, 4} {
		require.IsType(t, "", got[i])
	}

	// A transformer that keeps what it finds nothing in (scrub_text)
	// keeps a number, a boolean, an object or an array as one: the
	// answers of a form, some of them choices, scrubbed at $.
	col := Column{Table: "event_registration.registration_data", Name: "data", Type: TypeJSONB}
	scrub := compile(t, "json", map[string]any{"paths": map[string]any{"$[*]": "scrub_text"}}, col)
	out = mustTransform(t, scrub, `[1, "Call ann.lee@example.org", true, null, {"email": "ann.lee@example.org", "n": 2}, {"choice": "b"}, ["x", 3]]`, nil)
	got = nil
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	require.Equal(t, 1.0, got[0])
	require.Equal(t, true, got[2])
	require.Nil(t, got[3])
	require.Equal(t, map[string]any{"choice": "b"}, got[5])
	require.Equal(t, []any{"x", 3.0}, got[6])
	require.IsType(t, "", got[1])
	require.NotContains(t, got[1], "ann.lee@example.org")
	scrubbed, ok := got[4].(map[string]any)
	require.True(t, ok, "an object scrubbed stays an object: %s", out)
	require.Equal(t, 2.0, scrubbed["n"])
	require.NotEqual(t, "ann.lee@example.org", scrubbed["email"])
	// scrub_text at the root: a document that is one string, or one
	// answer of another kind.
	root := compile(t, "json", map[string]any{"paths": map[string]any{"$": "scrub_text"}}, col)
	require.Equal(t, `3`, mustTransform(t, root, `3`, nil))
	require.Equal(t, `{"arrival": "2024-02-05", "nights": 1}`, mustTransform(t, root, `{"arrival": "2024-02-05", "nights": 1}`, nil))
	require.NotContains(t, mustTransform(t, root, `"ann.lee@example.org"`, nil), "ann.lee")
	// What it writes back as it was is so by design: a leak check does
	// not count it.
	c, err := NewRegistry().Compile("json", map[string]any{"paths": map[string]any{"$": "scrub_text"}}, col, Options{Secret: testSecret})
	require.NoError(t, err)
	for doc, want := range map[string]bool{
		`3`:                      true,
		`true`:                   true,
		`{"choice": "b"}`:        true,
		`"Kirk Road"`:            true,
		`{"email": "ann@x.org"}`: false,
		`"ann.lee@example.org"`:  false,
	} {
		require.Equal(t, want, c.Unchanged([]byte(doc)), doc)
	}
	// A transformer that replaces whatever it is given still turns a
	// number into its text (hash, above), as it always did.
}

func TestDateShift(t *testing.T) {
	for _, tc := range []struct{ in, out string }{
		{"2024-02-29", "2024-03-02"},
		{"2024-12-31 23:59:59.5", "2025-01-02 23:59:59.5"},
		{"0001-01-01 BC", "0001-01-03 BC"},
		{"0001-12-31 BC", "0001-01-02"},
		{"12345-01-01", "12345-01-03"},
	} {
		got, err := shiftDate(nil, []byte(tc.in), 2)
		require.NoError(t, err)
		require.Equal(t, tc.out, string(got))
	}
	got, err := shiftDate(nil, []byte("0001-01-02"), -2)
	require.NoError(t, err)
	require.Equal(t, "0001-12-31 BC", string(got))
	for _, bad := range []string{"2024-02-30", "24-01-01", "2024/01/01", "2024-01-01x"} {
		_, err := shiftDate(nil, []byte(bad), 1)
		require.ErrorIs(t, err, ErrInvalidInput, bad)
	}
	// seed_column: every date of a row moves by the same amount.
	tr := compile(t, "date_shift", map[string]any{"seed_column": "id"}, Column{Type: typeDate})
	rc := Rows{Src: MapRow{"id": Text("9")}}
	a := mustTransform(t, tr, "2020-01-10", rc)
	b := mustTransform(t, tr, "2020-01-20", rc)
	require.Equal(t, a[:8], b[:8])
	require.Equal(t, int(b[8]-a[8])*10+int(b[9])-int(a[9]), 10)
}

func TestNoiseFitsTheType(t *testing.T) {
	tr := compile(t, "noise", map[string]any{"percent": 100}, Column{Type: numericType(4, 2)})
	for _, in := range []string{"99.99", "-99.99", "0.01", "12.5"} {
		out := mustTransform(t, tr, in, nil)
		require.Regexp(t, `^-?\d{1,2}\.\d\d$`, out, in)
	}
	tr = compile(t, "noise", map[string]any{"percent": 100}, Column{Type: Type{Name: "numeric", Typmod: int32(3<<16|0xfffe) + 4}}) // numeric(3,-2)
	out := mustTransform(t, tr, "12300", nil)
	require.Regexp(t, `^-?\d{1,3}00$|^0$`, out)
	for _, typ := range []Type{typeInt2, {Name: "int4", Typmod: -1}, typeInt8} {
		tr := compile(t, "noise", map[string]any{"percent": 100}, Column{Type: typ})
		for _, in := range []string{"32767", "-32768", "1"} {
			mustTransform(t, tr, in, nil)
		}
	}
	_, err := compile(t, "noise", nil, Column{Type: typeInt2}).Transform(nil, Text("40000"), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.Equal(t, "0", mustTransform(t, compile(t, "noise", nil, Column{Type: typeInt8}), "0", nil))
}

// Relative noise on a small integer rounds to nothing: a count of
// children of 1 to 4 under 10% would be copied as it is. Every integer
// but zero moves, by one where the product rounds back to it.
func TestNoiseMovesSmallIntegers(t *testing.T) {
	tr := compile(t, "noise", nil, Column{Type: Type{Name: "int4", Typmod: -1}})
	for v := -50; v <= 50; v++ {
		if v == 0 {
			continue
		}
		out := mustTransform(t, tr, strconv.Itoa(v), nil)
		n, err := strconv.Atoi(out)
		require.NoError(t, err)
		require.NotEqual(t, v, n, "%d copied as it is", v)
		if v > -5 && v < 5 {
			require.Equal(t, 1, max(n-v, v-n), "%d, under 10%%, moves by one: %d", v, n)
		}
		require.LessOrEqual(t, max(n-v, v-n), max(1, (max(v, -v)+9)/10), "%d moved past 10%%: %d", v, n)
	}
}

// The same at a numeric's scale: a BMI of numeric(12,1) under 10% rounds
// back to itself now and then (1 value in 40 on OpenEMR's vitals), and
// verify found those rows copied. Every value but zero moves, by one unit
// of the scale where the product rounds back to it.
func TestNoiseMovesNumericsAtTheirScale(t *testing.T) {
	tr := compile(t, "noise", nil, Column{Type: numericType(12, 1)})
	for v := -400; v <= 400; v++ {
		if v == 0 {
			continue
		}
		in := strconv.FormatFloat(float64(v)/10, 'f', 1, 64)
		out := mustTransform(t, tr, in, nil)
		require.NotEqual(t, in, out, "%s copied as it is", in)
		f, err := strconv.ParseFloat(out, 64)
		require.NoError(t, err)
		require.LessOrEqual(t, math.Abs(f-float64(v)/10), math.Max(0.1, math.Abs(float64(v)/10)*0.1+0.05)+1e-9, "%s moved past 10%%: %s", in, out)
	}
	require.Equal(t, "0.0", mustTransform(t, tr, "0.0", nil))
}

// A json rule's path in PostgreSQL's jsonpath syntax, for SQL: strict,
// keys quoted, escaped and read where they exist, indexes where the array
// is long enough, wildcards as an object's or an array's children, .. as
// .** over every level. verify's TestJSONPathsAsRulesReadThem runs them.
func TestPostgresJSONPath(t *testing.T) {
	for in, want := range map[string]string{
		"$.user.email":                `strict $ ? (exists(@."user"))."user" ? (exists(@."email"))."email"`,
		"$['support.verified_phone']": `strict $ ? (exists(@."support.verified_phone"))."support.verified_phone"`,
		`$["say \"hi\""]`:             `strict $ ? (exists(@."say \"hi\""))."say \"hi\""`,
		"$..email":                    `strict $.** ? (exists(@."email"))."email"`,
		"$..*":                        `strict $.**{1 to last}`,
		"$.contacts[*].phone":         `strict $ ? (exists(@."contacts"))."contacts".**{1} ? (exists(@."phone"))."phone"`,
		"$.contacts[0].*":             `strict $ ? (exists(@."contacts"))."contacts" ? (@.type() == "array" && @.size() > 0)[0].**{1}`,
	} {
		got, err := PostgresJSONPath(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	_, err := PostgresJSONPath("email")
	require.Error(t, err)
}

func TestCardKeepsAndFixes(t *testing.T) {
	tr := compile(t, "card", map[string]any{"keep_first": 6, "keep_last": 4}, textCol)
	out := mustTransform(t, tr, "4111-1111-1111-1111", nil)
	require.True(t, strings.HasPrefix(out, "4111-11"))
	require.True(t, strings.HasSuffix(out, "1111"))
	require.True(t, luhnValid([]byte(out)))
	_, err := compile(t, "card", map[string]any{"keep_first": 8, "keep_last": 4}, textCol).Transform(nil, Text("411111111111"), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestFPEIsAPermutation(t *testing.T) {
	block, err := permutationCipher(testSecret, "test")
	require.NoError(t, err)
	f := &fpe{block: block}
	for _, tc := range []struct{ radix, length int }{{10, 1}, {10, 2}, {10, 5}, {2, 12}, {16, 3}, {26, 3}} {
		n := int(pow(uint64(tc.radix), tc.length))
		seen := make(map[string]bool, n)
		d := make([]byte, tc.length)
		for i := range n {
			digitsOf(d, uint64(i), uint64(tc.radix))
			f.permute(d, tc.radix, 7)
			seen[string(d)] = true
		}
		require.Len(t, seen, n, "radix %d length %d", tc.radix, tc.length)
	}
}

func TestJSONStrings(t *testing.T) {
	holds, err := JSONStrings([]string{"$.email", "$..phone", "$.tags[*]"})
	require.NoError(t, err)
	for doc, want := range map[string]bool{
		`{"email":"ann@example.com"}`:          true,
		`{"email":""}`:                         false,
		`{"email":null,"x":{"y":{"phone":5}}}`: false,
		`{"x":{"y":{"phone":"+1 415"}}}`:       true,
		`{"tags":[1,2,"a"]}`:                   true,
		`{"tags":[]}`:                          false,
		`{"other":"ann@example.com"}`:          false,
		`not json`:                             false,
	} {
		require.Equal(t, want, holds([]byte(doc)), doc)
	}
	_, err = JSONStrings([]string{"email"})
	require.ErrorContains(t, err, "must start with $")
}

// A json rule writes a document back as it is by design when every string
// its paths find is one the path's rule keeps (scrub_text: a message with
// no entity): a leak check does not count it. A rule of paths that all
// change what they find has no such documents.
func TestJSONUnchanged(t *testing.T) {
	col := Column{Table: "public.account_customerevent", Name: "parameters", Type: TypeJSONB}
	c, err := NewRegistry().Compile("json", map[string]any{"paths": map[string]any{"$.message": "scrub_text", "$.email": "email"}}, col, Options{Secret: testSecret})
	require.NoError(t, err)
	require.True(t, c.HasUnchanged())
	for doc, want := range map[string]bool{
		`{"message":"Called about the delivery slot, all fine"}`: true,
		`{"message":"", "count": 3}`:                             true,
		`{"message":null}`:                                       true,
		`{"message":"Call ann.lee@example.org back"}`:            false,
		`{"message":"all fine","email":"ann.lee@example.org"}`:   false,
		`{"message":{"text":"all fine"}}`:                        true, // an object scrub_text finds nothing in stays as it was
		`{"message":{"to":"ann.lee@example.org"}}`:               false,
		`not json`: false,
	} {
		require.Equal(t, want, c.Unchanged([]byte(doc)), doc)
	}
	emails, err := NewRegistry().Compile("json", map[string]any{"paths": map[string]any{"$.email": "email"}}, col, Options{Secret: testSecret})
	require.NoError(t, err)
	require.False(t, emails.HasUnchanged())
}
