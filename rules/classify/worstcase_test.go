package classify

import (
	"strings"
	"testing"

	"github.com/understudy/understudy/detect"
)

// worstCases are values built to make a careless scanner quadratic.
func worstCases() map[string]string {
	const n = 1 << 16
	return map[string]string{
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
	}
}

// worstJSON nests 200 objects under keys of 1,000 letters.
var worstJSON = []byte(strings.Repeat(`{"`+strings.Repeat("k", 1000)+`":`, 200) + `"ann@example.com"` + strings.Repeat("}", 200))

// TestDetectWorstCase runs the detectors over the worst cases: each must
// return (a quadratic scan of 64 KB takes minutes, and the test binary's
// timeout fails it). How long they take is BenchmarkDetectWorstCase's to
// say: a unit test asserts nothing on wall time, which a loaded machine
// stretches (one CI run took 516 ms for the schemes).
func TestDetectWorstCase(t *testing.T) {
	for _, v := range worstCases() {
		scanWorst(v)
	}
	DetectJSON(worstJSON)
}

// scanWorst runs on v every scanner the worst cases are built against.
func scanWorst(v string) {
	Detect(v)
	detect.IsHighEntropyToken(v)
	detect.IsProse(v)
}

// BenchmarkDetectWorstCase times each worst case: microseconds to a few
// milliseconds each on an idle core.
func BenchmarkDetectWorstCase(b *testing.B) {
	for name, v := range worstCases() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(v)))
			for b.Loop() {
				scanWorst(v)
			}
		})
	}
	b.Run("deep JSON", func(b *testing.B) {
		for b.Loop() {
			DetectJSON(worstJSON)
		}
	})
}
