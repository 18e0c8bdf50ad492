package detect

import (
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// FuzzDetectors runs the detectors added for names, tokens, MACs, national
// ids, addresses, postcodes and birth dates on arbitrary strings: no panic,
// the same answer twice, and the few invariants their documentation
// promises.
func FuzzDetectors(f *testing.F) {
	for _, s := range []string{"John Smith", "Smith, John A.", "Omar al-Rashid", "Kim Min-jun", "Dr. Ann Smith Jr.",
		"acme_live_" + "Xk29fLq8Zr3Tw7Vb1Nc5Mh0Pd", "00:1A:2B:3C:4D:5E", "001a.2b3c.4d5e", "Mc", "O'", "-", ",", "a_b_c_d_e",
		"=====", "base64,AAAA", "Ⅻ Ⅻ", "İ ı", "ß ẞ", "DE136695976", "111.444.777-35", "2A 1 85 05", "FR 40 303 265 045",
		"IE1234567WH", "ESX1234567L", "NL123456789B01", "1 85 05 2A 006 084 36", "123 Main St, Apt 4B", "C/ Mayor, 5",
		"Hauptstraße 5", "SW1A 1AA", "〒100-0001", "PL-00-950", "1990-04-12T08:30:00.123+02:00", "1990-02-30",
		"CV_Amelia_Smith.pdf", "hr/2024/SMITH_Amelia/cv.pdf", "America/Los_Angeles", "amelia-smith's-notes", "o'_'s", "a//b__c..d", "Prof. Dr.", "Sig.ra", "Señora", "M."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []struct {
			name string
			fn   func(string) bool
		}{{"IsPersonName", IsPersonName}, {"HasPersonName", HasPersonName}, {"IsGivenName", IsGivenName}, {"IsSurname", IsSurname},
			{"HasAPIToken", HasAPIToken}, {"IsMAC", IsMAC}, {"IsNationalID", IsNationalID},
			{"IsStreetAddress", IsStreetAddress}, {"IsPostcode", IsPostcode}, {"IsPlausibleBirthDate", IsPlausibleBirthDate},
			{"HasNameInToken", HasNameInToken}, {"IsChatHandle", IsChatHandle}, {"IsSalutation", IsSalutation}} {
			a, b := d.fn(s), d.fn(s)
			if a != b {
				t.Fatalf("%s(%q) not deterministic", d.name, s)
			}
		}
		if IsPersonName(s) && strings.IndexFunc(s, unicode.IsDigit) >= 0 {
			t.Fatalf("IsPersonName(%q) with a digit", s)
		}
		if k := NationalIDKind(s); k != "" && !strings.ContainsAny(s, "0123456789") {
			t.Fatalf("NationalIDKind(%q) = %s without a digit", s, k)
		}
		if IsSalutation(s) && (len(strings.TrimSpace(s)) > maxSalutation || strings.IndexFunc(s, unicode.IsDigit) >= 0) {
			t.Fatalf("IsSalutation(%q): too long, or with a digit", s)
		}
		if IsMAC(s) && strings.Count(strings.TrimSpace(s), ":")+strings.Count(s, "-")+strings.Count(s, ".") < 2 {
			t.Fatalf("IsMAC(%q) without separators", s)
		}
		if HasNameInToken(s) && strings.ContainsAny(strings.TrimSpace(s), " \t\n@:") {
			t.Fatalf("HasNameInToken(%q) in a value of more than one token", s)
		}
	})
}

// TestDetectorsWorstCase feeds values built to make a careless scanner
// quadratic; each detector must finish each in well under a second.
func TestDetectorsWorstCase(t *testing.T) {
	// Each value is a unit repeated to 64 KiB, after an optional head.
	values := []struct{ name, head, unit string }{
		{"underscores", "", "a_"}, {"live markers", "", "x_live_"}, {"base64 run", "", "Ab3+"}, {"padding", "Ab3", "="},
		{"names", "", "John "}, {"name runs", "", "Ann Smith Jones Brown Lee Kim. "}, {"commas", "", "Smith, "},
		{"hyphens", "", "al-"}, {"mac separators", "", "0:"}, {"digits", "", "1"}, {"street words", "", "12 Main St, "},
	}
	detectors := map[string]func(string) bool{
		"IsPersonName": IsPersonName, "HasPersonName": HasPersonName, "IsGivenName": IsGivenName, "IsSurname": IsSurname,
		"HasAPIToken": HasAPIToken, "IsMAC": IsMAC, "IsNationalID": IsNationalID, "IsStreetAddress": IsStreetAddress,
		"IsPostcode": IsPostcode, "IsPlausibleBirthDate": IsPlausibleBirthDate, "HasNameInToken": HasNameInToken,
	}
	var slow []string
	for _, x := range values {
		v := x.head + strings.Repeat(x.unit, (1<<16)/len(x.unit))
		for dname, fn := range detectors {
			start := time.Now()
			fn(v)
			if d := time.Since(start); d > 500*time.Millisecond {
				slow = append(slow, fmt.Sprintf("%s on %s: %s for %d bytes", dname, x.name, d, len(v)))
			}
		}
	}
	if len(slow) > 0 {
		t.Errorf("too slow: %q", slow)
	}
}

// FuzzHexTextInflate feeds HexText arbitrary bytes behind a zlib or gzip
// header: no panic, the same answer twice, and text that is valid UTF-8
// and no longer than its bound.
func FuzzHexTextInflate(f *testing.F) {
	for _, s := range [][]byte{{0x78, 0x9c, 0x03, 0x00}, {0x78, 0x01, 0x01, 0x05, 0x00, 0xfa, 0xff, 'h', 'e', 'l', 'l', 'o'},
		{0x1f, 0x8b, 0x08, 0x00}, []byte("x = 5"), []byte("HK$ 120"), {0x78, 0xda}} {
		f.Add(s, 0)
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		n %= 1 << 12
		h := []byte(`\x` + hex.EncodeToString(b))
		got, ok := HexText(h, n)
		again, ok2 := HexText(h, n)
		if ok != ok2 || string(got) != string(again) {
			t.Fatalf("two answers for %x", b)
		}
		if !ok {
			return
		}
		if !utf8.Valid(got) {
			t.Fatalf("not UTF-8: %q", got)
		}
		if n > 0 && len(got) > n || len(got) > max(maxInflate, len(b)) {
			t.Fatalf("%d bytes, max %d", len(got), n)
		}
	})
}
