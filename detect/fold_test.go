package detect

import (
	"strings"
	"testing"
)

// TestFoldSet checks has against what it replaces: a scan of the list
// with strings.EqualFold on words of the same length.
func TestFoldSet(t *testing.T) {
	set := newFoldSet("van", "St.", "señor", "sig.ra", "2b", "$deltatoken", "allée")
	scan := func(w string) bool {
		for _, x := range set.words {
			if len(x) == len(w) && strings.EqualFold(x, w) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{
		"van", "VAN", "Van", "vAn", "va", "vann", "", "st.", "ST.", "st", "Señor", "SEÑOR", "senor", "señora",
		"SIG.RA", "2B", "2b", "$DeltaToken", "deltatoken", "ALLÉE", "Allée", "allee", "\u212Aey", "ſt.",
		strings.Repeat("a", maxFoldWord+1), "v\x00n", "v\xffn",
	} {
		if got, want := set.has(w), scan(w); got != want {
			t.Errorf("has(%q) = %v, the scan says %v", w, got, want)
		}
	}
	if !set.has("VAN") || !set.has("SEÑOR") || set.has("senor") {
		t.Error("has must fold case and keep accents")
	}
}
