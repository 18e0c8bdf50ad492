package classify

import (
	"strings"
	"testing"
	"time"

	"github.com/understudy/understudy/detect"
)

// TestDetectWorstCase feeds values built to make a careless scanner
// quadratic; each must finish in well under a second.
func TestDetectWorstCase(t *testing.T) {
	const n = 1 << 16
	for name, v := range map[string]string{
		"slack prefixes":   strings.Repeat("xoxb-", n/5),
		"stripe prefixes":  strings.Repeat("sk_live_", n/8),
		"aws prefixes":     strings.Repeat("AKIA", n/4),
		"jwt headers":      strings.Repeat("eyJ", n/3),
		"jwt dots":         "eyJ" + strings.Repeat("a.", n/2),
		"schemes":          strings.Repeat("a://", n/4),
		"pem headers":      strings.Repeat("-----BEGIN ", n/11),
		"at signs":         strings.Repeat("a@", n/2),
		"words":            strings.Repeat("a@b.co ", n/7),
		"digits":           strings.Repeat("1", n),
		"phone separators": strings.Repeat("1-", n/2),
		"name runs":        strings.Repeat("Ann Smith Jones ", n/16),
		"token runs":       strings.Repeat("acme_live_", n/10),
	} {
		start := time.Now()
		Detect(v)
		detect.IsHighEntropyToken(v)
		detect.IsProse(v)
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("%s: %s for %d bytes", name, d, len(v))
		}
	}
	deep := []byte(strings.Repeat(`{"`+strings.Repeat("k", 1000)+`":`, 200) + `"ann@example.com"` + strings.Repeat("}", 200))
	start := time.Now()
	DetectJSON(deep)
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("deep JSON: %s", d)
	}
}
