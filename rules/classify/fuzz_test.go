package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/understudy/understudy/detect"
)

// FuzzDetectJSON feeds arbitrary bytes to the JSON walker: it must not
// panic, must report only paths it built, and must agree with itself.
func FuzzDetectJSON(f *testing.F) {
	for _, s := range []string{
		`{"billing":{"email":"ann@example.com"}}`, `[{"phone":"+14155552671"}]`, `"x"`, `{"a":[1,2,{"b":"c"}]}`,
		`{"it's":"a\"b\\c\u00e9"}`, `{"a":`, `[[[[[[`, `{"1":{"2":"ann@example.com"}}`, `{"":""}`, `nul`, `{"a" "b"}`,
		`{"x":[{"displayName":"First name","value":"Amina"},{"name":"Authorization","value":"Bearer x"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		ds := DetectJSON(doc)
		for _, d := range ds {
			if !strings.HasPrefix(d.Path, "$") || d.Category == "" {
				t.Fatalf("bad detection %+v", d)
			}
		}
		again := DetectJSON(doc)
		if len(again) != len(ds) {
			t.Fatalf("not deterministic: %d then %d", len(ds), len(again))
		}
		walkJSON(doc, func(path, member, value string) {
			if member != "" && lastKey(path) != member && !strings.HasSuffix(path, ".*") && utf8.ValidString(member) {
				t.Fatalf("path %q does not end in member %q", path, member)
			}
		})
		labelledValues(doc, func(path, label, value string) {
			if !strings.HasPrefix(path, "$") || !strings.HasSuffix(path, ".value") || strings.TrimSpace(label) == "" || len(label) > maxLabelBytes {
				t.Fatalf("bad labelled value %q %q", path, label)
			}
		})
	})
}

// FuzzDetect runs every detector on arbitrary strings: no panic, and the
// categories are the detectors'.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"ann@example.com", "+1 (415) 555-2671 x12", "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32",
		"123-45-6789", "::1", "eyJhbGciOiJIUzI1NiJ9.e30.", "$2b$12$", "-----BEGIN ", "https://u:p@h/?token=x", "Name <a@b.co>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range Detect(s) {
			if d.Category != detectorCategory(d.Detector) {
				t.Fatalf("%+v", d)
			}
		}
		detect.IsHighEntropyToken(s)
		detect.IsHexDigest(s)
		detect.IsProse(s)
		Tokens(s)
		nameWords(s)
	})
}
