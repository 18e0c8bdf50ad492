package detect

import (
	"strings"
	"testing"
	"time"
	"unicode"
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
		"Hauptstraße 5", "SW1A 1AA", "〒100-0001", "PL-00-950", "1990-04-12T08:30:00.123+02:00", "1990-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []struct {
			name string
			fn   func(string) bool
		}{{"IsPersonName", IsPersonName}, {"IsGivenName", IsGivenName}, {"IsSurname", IsSurname},
			{"HasAPIToken", HasAPIToken}, {"IsMAC", IsMAC}, {"IsNationalID", IsNationalID},
			{"IsStreetAddress", IsStreetAddress}, {"IsPostcode", IsPostcode}, {"IsPlausibleBirthDate", IsPlausibleBirthDate}} {
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
		if IsMAC(s) && strings.Count(strings.TrimSpace(s), ":")+strings.Count(s, "-")+strings.Count(s, ".") < 2 {
			t.Fatalf("IsMAC(%q) without separators", s)
		}
	})
}

// TestDetectorsWorstCase feeds values built to make a careless scanner
// quadratic; each detector must finish in well under a second.
func TestDetectorsWorstCase(t *testing.T) {
	const n = 1 << 16
	values := map[string]string{
		"underscores":    strings.Repeat("a_", n/2),
		"live markers":   strings.Repeat("x_live_", n/7),
		"base64 run":     strings.Repeat("Ab3+", n/4),
		"padding":        "Ab3" + strings.Repeat("=", n),
		"names":          strings.Repeat("John ", n/5),
		"commas":         strings.Repeat("Smith, ", n/7),
		"hyphens":        strings.Repeat("al-", n/3),
		"mac separators": strings.Repeat("0:", n/2),
		"digits":         strings.Repeat("1", n),
		"street words":   strings.Repeat("12 Main St, ", n/12),
	}
	for name, v := range values {
		start := time.Now()
		IsPersonName(v)
		IsGivenName(v)
		IsSurname(v)
		HasAPIToken(v)
		IsMAC(v)
		NationalIDKind(v)
		IsStreetAddress(v)
		IsPostcode(v)
		IsPlausibleBirthDate(v)
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("%s: %s for %d bytes", name, d, len(v))
		}
	}
}
