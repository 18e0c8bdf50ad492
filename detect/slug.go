package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSlug bounds the length of a value read as a slug.
const maxSlug = 120

// IsNameSlug reports whether s (spaces trimmed) is a slug spelled from a
// person's full name: lower-case words and numbers joined by hyphens, two
// words in a row of which IsPersonName accepts the capitalised pair
// ("amelia-smith", "amelia-smiths-workspace-12", "team-ann-okafor",
// "sofía-garcía"). A
// possessive 's or s after the surname is allowed ("amelia-smith's-notes").
//
// It inherits IsPersonName's precision: two ordinary words that are also
// names ("rose-gold", "summer-sale") and places ("lincoln-park",
// "san-diego") are not names, and words joined by underscores or dots are
// left to the username and email detectors. Only the first eight words are
// read; it allocates only for a listed given name followed by a word.
func IsNameSlug(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > maxSlug || strings.IndexByte(s, '-') < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isLower(c) && !isDigit(c) && c != '-' && c != '\'' && c < utf8.RuneSelf {
			return false
		}
	}
	var words [8]string
	n := 0
	for w := range strings.SplitSeq(s, "-") {
		if n == len(words) {
			break
		}
		words[n] = w
		n++
	}
	var buf [2*maxNameKey + 2]byte
	for i := 0; i+1 < n; i++ {
		given, last := words[i], words[i+1]
		if !slugWord(given) || !slugWord(last) || len(given)+len(last)+3 > len(buf) || lookupName(given)&nameGiven == 0 {
			continue
		}
		for _, sur := range [...]string{strings.TrimSuffix(last, "'s"), strings.TrimSuffix(last, "s")} {
			if len(sur) < 2 || !slugWord(sur) {
				continue
			}
			b := append(titled(buf[:0], given), ' ')
			b = titled(b, sur)
			if IsPersonName(string(b)) {
				return true
			}
		}
	}
	return false
}

// slugWord reports a word of a slug that may be a name: two letters or
// more (any script), an apostrophe only inside ("o'brien", "smith's").
func slugWord(w string) bool {
	if len(w) < 2 || w[0] == '\'' || w[len(w)-1] == '\'' {
		return false
	}
	for _, r := range w {
		if r != '\'' && !unicode.IsLetter(r) || r < utf8.RuneSelf && isUpper(byte(r)) {
			return false
		}
	}
	return true
}

// titled appends w with its first letter in upper case.
func titled(dst []byte, w string) []byte {
	r, n := utf8.DecodeRuneInString(w)
	return append(utf8.AppendRune(dst, unicode.ToUpper(r)), w[n:]...)
}
