package detect

import (
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

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

// maxWord is the longest run of base64 characters that IsProse counts as
// a word: longer than any word of a language written with spaces
// (Rindfleischetikettierung is 25), shorter than a line of base64.
const maxWord = 40

// IsProse reports whether s reads as a sentence: at least six
// space-separated words of mostly letters (two or more; a run of base64
// characters only up to maxWord bytes), letters making up at least 60% of
// the non-space bytes.
// Emails, URLs, tokens and hashes, having no spaces, never do; nor do the
// 64-character lines of a PEM block.
func IsProse(s string) bool {
	if len(s) < 20 {
		return false
	}
	words, letters, other := 0, 0, 0
	wl, wn, wb := 0, 0, 0 // letters, bytes and base64 bytes of the current word
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !isSpace(s[i]) {
			wn++
			if isAlnum(s[i]) || s[i] == '+' || s[i] == '/' || s[i] == '=' {
				wb++
			}
			if isAlpha(s[i]) || s[i] >= 0x80 {
				wl++
				letters++
			} else {
				other++
			}
			continue
		}
		if wl >= 2 && wl*2 >= wn && (wn <= maxWord || wb < wn) {
			words++
		}
		wl, wn, wb = 0, 0, 0
	}
	return words >= 6 && letters*10 >= (letters+other)*6
}

// textProbe is how many leading bytes HexText checks before it decodes a
// long value whole.
const textProbe = 256

// HexText decodes the hex text of a bytea value (with or without its \x)
// and reports whether the bytes are text: valid UTF-8, a character cut at
// the end aside, with at most one control character in twenty, tabs and
// line breaks aside. Only the first max bytes are decoded (max <= 0: all);
// a vCard, an iCalendar event or a serialized value is text, an image, a
// PDF or an encrypted blob is not.
func HexText(h []byte, max int) ([]byte, bool) {
	if len(h) >= 2 && h[0] == '\\' && h[1] == 'x' {
		h = h[2:]
	}
	if max > 0 && len(h) > 2*max {
		h = h[:2*max]
	}
	if len(h) > 2*textProbe {
		// Most binary files fail in their first bytes: tell them cheaply.
		if _, ok := HexText(h[:2*textProbe], 0); !ok {
			return nil, false
		}
	}
	b := make([]byte, hex.DecodedLen(len(h)))
	if _, err := hex.Decode(b, h); err != nil {
		return nil, false
	}
	for k := 1; k < utf8.UTFMax && len(b) > 0 && !utf8.Valid(b); k++ {
		b = b[:len(b)-1]
	}
	if len(b) == 0 || !utf8.Valid(b) {
		return nil, false
	}
	control := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			control++
		}
	}
	return b, control*20 <= len(b)
}
