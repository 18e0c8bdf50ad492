package detect

import "strings"

// Words yields the words of a text: runs between whitespace and the
// punctuation that surrounds an address in prose, with trailing sentence
// punctuation removed. Words shorter than 3 bytes are skipped.
func Words(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i <= len(s); i++ {
			if i < len(s) && !isWordBreak(s[i]) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				w := strings.TrimRight(s[start:i], ".!?:")
				start = -1
				if len(w) >= 3 && !yield(w) {
					return
				}
			}
		}
	}
}

func isWordBreak(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v', ',', ';', '<', '>', '(', ')', '[', ']', '{', '}', '"', '\'', '`', '|':
		return true
	}
	return false
}

// Character classes, on bytes.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isAlpha(c byte) bool { return isUpper(c) || isLower(c) }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }
func isHex(c byte) bool   { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') }

// isB64URL reports a base64url alphabet byte.
func isB64URL(c byte) bool { return isAlnum(c) || c == '-' || c == '_' }

// isSpace reports ASCII whitespace.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// maxWord is the longest run of non-space bytes that IsProse counts as a
// word: longer than any word of a language written with spaces
// (Rindfleischetikettierung is 25), shorter than a line of base64.
const maxWord = 40

// IsProse reports whether s reads as a sentence: at least six
// space-separated words of mostly letters (two or more, and at most
// maxWord bytes), letters making up at least 60% of the non-space bytes.
// Emails, URLs, tokens and hashes, having no spaces, never do; nor do the
// 64-character lines of a PEM block.
func IsProse(s string) bool {
	if len(s) < 20 {
		return false
	}
	words, letters, other := 0, 0, 0
	wl, wn := 0, 0 // letters and bytes of the current word
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !isSpace(s[i]) {
			wn++
			if isAlpha(s[i]) || s[i] >= 0x80 {
				wl++
				letters++
			} else {
				other++
			}
			continue
		}
		if wl >= 2 && wl*2 >= wn && wn <= maxWord {
			words++
		}
		wl, wn = 0, 0
	}
	return words >= 6 && letters*10 >= (letters+other)*6
}
