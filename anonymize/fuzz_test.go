package anonymize

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/understudy/understudy/detect"
)

func FuzzMask(f *testing.F) {
	f.Add([]byte("1234-5678-9012-3456"), uint8(0), uint8(4), "-")
	f.Add([]byte("Zoë \xff\xfe Ünal"), uint8(2), uint8(2), "")
	f.Add([]byte(""), uint8(9), uint8(9), "é")
	f.Fuzz(func(t *testing.T, in []byte, first, last uint8, keep string) {
		c, err := NewRegistry().Compile("mask", map[string]any{"keep_first": int(first), "keep_last": int(last), "keep": keep}, textCol, Options{})
		if err != nil {
			if utf8.ValidString(keep) {
				t.Fatalf("compile: %v", err)
			}
			return
		}
		v, err := c.New().Transform(nil, Value{Bytes: in}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(v.Bytes) {
			t.Fatalf("invalid UTF-8 %q", v.Bytes)
		}
		if utf8.RuneCount(v.Bytes) != utf8.RuneCount(in) {
			t.Fatalf("%d characters in, %d out", utf8.RuneCount(in), utf8.RuneCount(v.Bytes))
		}
	})
}

func FuzzHash(f *testing.F) {
	f.Add([]byte("x"), "hex", 0)
	f.Add([]byte("\xff"), "base64", 12)
	f.Fuzz(func(t *testing.T, in []byte, enc string, length int) {
		c, err := NewRegistry().Compile("hash", map[string]any{"encoding": enc, "length": length}, textCol, Options{Secret: testSecret})
		if err != nil {
			return // bad parameters are refused, not fuzzed
		}
		tr := c.New()
		a, err := tr.Transform(nil, Value{Bytes: in}, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := tr.Transform(nil, Value{Bytes: in}, nil)
		if !bytes.Equal(a.Bytes, b.Bytes) || !utf8.Valid(a.Bytes) || len(a.Bytes) == 0 {
			t.Fatalf("bad hash %q / %q", a.Bytes, b.Bytes)
		}
	})
}

func FuzzRegexpReplace(f *testing.F) {
	f.Add(`[0-9]`, "#", []byte("call 555-1234"))
	f.Add(`(\w+)@(\w+)`, "$2", []byte("a@b \xff c@d"))
	f.Add(``, "x", []byte("é"))
	f.Fuzz(func(t *testing.T, pattern, repl string, in []byte) {
		c, err := NewRegistry().Compile("regexp_replace", map[string]any{"pattern": pattern, "replacement": repl}, textCol, Options{})
		if err != nil {
			return
		}
		v, err := c.New().Transform(nil, Value{Bytes: in}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(v.Bytes) {
			t.Fatalf("invalid UTF-8 %q", v.Bytes)
		}
	})
}

func FuzzLorem(f *testing.F) {
	f.Add([]byte("Patient reports pain."))
	f.Add([]byte("\xff\xfe"))
	f.Add([]byte("李小龙"))
	f.Fuzz(func(t *testing.T, in []byte) {
		tr := compile(t, "lorem", nil, Column{Type: Varchar(30)})
		v, err := tr.Transform(nil, Value{Bytes: in}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(v.Bytes) {
			t.Fatalf("invalid UTF-8 %q", v.Bytes)
		}
		if want := min(utf8.RuneCount(in), 30); utf8.RuneCount(v.Bytes) != want {
			t.Fatalf("want %d characters, got %q", want, v.Bytes)
		}
	})
}

func FuzzArray(f *testing.F) {
	for _, s := range []string{`{}`, `{a,"b c",NULL}`, `{{a,b},{c,d}}`, `[0:1]={x,y}`, `{"a\"b",c\,d}`, `{N\ULL, " x "}`} {
		f.Add([]byte(s))
	}
	mask := compile(f, "mask", map[string]any{"keep_first": 1}, Column{Type: ArrayOf(Varchar(3))})
	f.Fuzz(func(t *testing.T, in []byte) {
		var scratch [2][]byte
		out, err := rewriteArray(nil, in, ',', &scratch, identity)
		if err != nil {
			return
		}
		// array_out's encoding is a fixed point of parse and encode.
		again, err := rewriteArray(nil, out, ',', &scratch, identity)
		if err != nil {
			t.Fatalf("re-parse %q: %v", out, err)
		}
		if !bytes.Equal(out, again) {
			t.Fatalf("not a fixed point: %q -> %q -> %q", in, out, again)
		}
		v, err := mask.Transform(nil, Value{Bytes: in}, nil)
		if err != nil {
			t.Fatalf("mask: %v", err)
		}
		if !utf8.Valid(v.Bytes) {
			t.Fatalf("invalid UTF-8 %q", v.Bytes)
		}
		if _, err := rewriteArray(nil, v.Bytes, ',', &scratch, identity); err != nil {
			t.Fatalf("masked array %q does not parse: %v", v.Bytes, err)
		}
	})
}

func FuzzJSONPaths(f *testing.F) {
	f.Add([]byte(`{"a": {"b": [1, "x", {"c": null}]}, "email": "a@b.c"}`), "$..c")
	f.Add([]byte(`[{"k": "\u00e9\ud800"}, "\xff"]`), "$[*].k")
	f.Add([]byte(`{"a\"b": {"": 1}}`), `$["a\"b"]['']`)
	f.Add([]byte(`"top"`), "$")
	f.Fuzz(func(t *testing.T, doc []byte, path string) {
		if _, err := parseJSONPath(path); err != nil {
			return
		}
		// redact replaces whatever a path finds; scrub_text keeps an
		// object or a number it finds nothing in, and an object it
		// scrubs, as one.
		for _, rule := range []string{"redact", "scrub_text"} {
			c, err := NewRegistry().Compile("json", map[string]any{"paths": map[string]any{path: rule, "$..email": "email"}}, Column{Type: TypeJSONB}, Options{Secret: testSecret})
			if err != nil {
				t.Fatalf("compile %q: %v", path, err)
			}
			v, err := c.New().Transform(nil, Value{Bytes: doc}, nil)
			if !json.Valid(doc) {
				if err == nil {
					t.Fatalf("invalid JSON accepted: %q", doc)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: valid JSON refused: %v", rule, err)
			}
			if !json.Valid(v.Bytes) || !utf8.Valid(v.Bytes) {
				t.Fatalf("%s: bad output %q from %q", rule, v.Bytes, doc)
			}
		}
	})
}

func FuzzScrubText(f *testing.F) {
	f.Add([]byte("Sarah Mitchell (sarah@corp.com, +44 20 7946 0958) paid with 4111 1111 1111 1111 from 10.0.0.1."), uint8(0))
	f.Add([]byte("IBAN DE89 3704 0044 0532 0130 00; postgres://app:pw@db/x?token=abc; Dr. Patel\nOwner: Kowalski, Anna"), uint8(30))
	f.Add([]byte("\xff Zoë <zoë@exämple.de> 2001:db8::1 $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"), uint8(12))
	f.Add([]byte(base64.StdEncoding.EncodeToString([]byte(`a:1:{s:5:"email";s:15:"ann@example.org";}`))), uint8(0))
	f.Add([]byte(base64.RawURLEncoding.EncodeToString([]byte(`{"note":"call Sarah Mitchell on +44 20 7946 0958"}`))), uint8(70))
	f.Add([]byte("MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113||ORM^O01|1|P|2.5\rPID|1||0133/19/04557^^^EMR^PI||BOATENG^Esi||19810303|F|||12 Rue des Jardins^^Abidjan||0765585787"), uint8(0))
	f.Add([]byte(`language|s:5:"fr_FR";username|s:15:"ann@example.org";password|s:6:"Zx9!pq";`), uint8(0))
	f.Fuzz(func(t *testing.T, in []byte, limit uint8) {
		typ := TypeText
		if limit > 0 {
			typ = Varchar(int(limit))
		}
		tr := compile(t, "scrub_text", nil, Column{Type: typ})
		a, err := tr.Transform(nil, Value{Bytes: in}, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := tr.Transform(nil, Value{Bytes: in}, nil)
		if !bytes.Equal(a.Bytes, b.Bytes) || !utf8.Valid(a.Bytes) {
			t.Fatalf("not deterministic or invalid UTF-8: %q / %q", a.Bytes, b.Bytes)
		}
		if limit > 0 {
			if utf8.RuneCount(a.Bytes) > int(limit) {
				t.Fatalf("%d characters in varchar(%d): %q", utf8.RuneCount(a.Bytes), limit, a.Bytes)
			}
			return
		}
		if !utf8.Valid(in) {
			return
		}
		if _, enc, ok := detect.Base64Text(in, false); ok {
			// A base64 document is scrubbed decoded and encoded again the
			// same way, the spaces around it kept as they were.
			if _, err := enc.DecodeString(string(bytes.TrimSpace(a.Bytes))); err != nil {
				t.Fatalf("%q, from the base64 document %q, is not encoded the same way: %v", a.Bytes, in, err)
			}
			return
		}
		if _, ok := detect.RewritePHP(nil, in, func(dst, _, c []byte) []byte { return append(dst, c...) }); ok {
			// A PHP-serialized value or session is scrubbed string by
			// string, its byte counts written again: PHP still reads it.
			if _, ok := detect.RewritePHP(nil, a.Bytes, func(dst, _, c []byte) []byte { return append(dst, c...) }); !ok {
				t.Fatalf("%q, from the PHP-serialized %q, no longer reads as one", a.Bytes, in)
			}
			return
		}
		// The text around the entities is kept.
		spans := detect.AppendEntities(nil, string(in))
		head, tail := in, in
		if len(spans) > 0 {
			head, tail = in[:spans[0].Start], in[spans[len(spans)-1].End:]
		}
		if !bytes.HasPrefix(a.Bytes, head) || !bytes.HasSuffix(a.Bytes, tail) {
			t.Fatalf("%q does not keep %q ... %q", a.Bytes, head, tail)
		}
	})
}
