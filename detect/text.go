package detect

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
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
//
// A YAML document (a Ruby or Python object dumped as YAML) is prose only
// where one of its values or lines is: its keys and short values are not.
func IsProse(s string) bool {
	if len(s) < 20 {
		return false
	}
	if looksYAML(s) {
		prose := false
		yamlLines(s, func(_, value string) {
			prose = prose || isProse(value)
		}, func(line string) {
			prose = prose || isProse(line)
		})
		return prose
	}
	return isProse(s)
}

func isProse(s string) bool {
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
//
// Bytes compressed with zlib or gzip (a heatmap's DOM snapshot, an
// event store's JSON, a serialized job) are read as what they inflate
// to, up to max bytes of it (max <= 0: maxInflate), when that is text:
// compression hides what a value holds from every detector, not from
// whoever restores the copy.
func HexText(h []byte, max int) ([]byte, bool) {
	if len(h) >= 2 && h[0] == '\\' && h[1] == 'x' {
		h = h[2:]
	}
	if len(h) >= 4 {
		var head [2]byte
		if _, err := hex.Decode(head[:], h[:4]); err == nil && compressedHead(head[0], head[1]) {
			// Text may start so too ("x ", "HK"): what does not
			// inflate is read as it is. No more is decoded than the
			// output could need (deflate's stored blocks add five bytes
			// in 64 KiB).
			n := hex.DecodedLen(len(h))
			if limit := inflateLimit(max); n > limit+limit/8+64 {
				n = limit + limit/8 + 64
			}
			b := make([]byte, n)
			if _, err := hex.Decode(b, h[:2*n]); err == nil {
				if text, ok := inflatedText(b, max); ok {
					return text, true
				}
			}
		}
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
	return decodedText(b)
}

// maxInflate bounds what HexText inflates when no max is given: a
// stream that inflates a thousandfold is read no further.
const maxInflate = 64 << 10

// inflateLimit is how many inflated bytes HexText reads for a max.
func inflateLimit(max int) int {
	if max <= 0 || max > maxInflate {
		return maxInflate
	}
	return max
}

// compressedHead reports the first two bytes of a zlib stream (deflate,
// a window of 32 KiB or less, and the header's check: RFC 1950) or of a
// gzip member (RFC 1952).
func compressedHead(b0, b1 byte) bool {
	return b0 == 0x1f && b1 == 0x8b || b0&0x0f == 8 && b0>>4 <= 7 && (uint16(b0)<<8|uint16(b1))%31 == 0
}

// inflatedText inflates a zlib stream or a gzip member and reports
// whether the first max bytes it holds (max <= 0: maxInflate) are text,
// as decodedText says. A stream cut short (a sample's prefix) yields what
// it held before the cut; one whose checksum fails, what it held.
func inflatedText(b []byte, max int) ([]byte, bool) {
	max = inflateLimit(max)
	var r io.Reader
	var err error
	if b[0] == 0x1f {
		r, err = gzip.NewReader(bytes.NewReader(b))
	} else {
		r, err = zlib.NewReader(bytes.NewReader(b))
	}
	if err != nil {
		return nil, false
	}
	out, err := io.ReadAll(io.LimitReader(r, int64(max)))
	if len(out) == 0 || err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, zlib.ErrChecksum) && !errors.Is(err, gzip.ErrChecksum) {
		// A checksum that does not match still leaves what the
		// stream held, which is what the detectors read.
		return nil, false
	}
	return decodedText(out)
}

// decodedText reports whether decoded bytes are text: valid UTF-8, a
// character cut at the end aside (it is dropped), with at most one control
// character in twenty, tabs and line breaks aside.
func decodedText(b []byte) ([]byte, bool) {
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

// minBase64 is the shortest value Base64Text decodes: 12 bytes of text.
const minBase64 = 16

// Base64Text decodes a value that is the base64 of text: a serialized
// document (a JSON object or array, a PHP-serialized array or object, a
// YAML document), as PHP applications keep preferences and saved searches
// (base64_encode(serialize(...))) and others API data, or any other text
// of twelve bytes or more with no control character but tabs and line
// breaks: a PHP session (Roundcube's "language|s:5:..."), a text file kept
// as an attachment's content (a CSV, a calendar, a note). It returns the
// text and the encoding that writes a changed copy back the same way
// (standard or URL alphabet, padded when the value's length is a multiple
// of four). With truncated, the value may be the start of a longer one (a
// sample's prefix): a cut tail is dropped rather than refused. A random
// key, a digest or a word is not text once decoded (twelve random bytes
// are all printable once in a hundred thousand), and most are refused
// without decoding more than their first characters. Spaces around the
// value (a line break after it, as base64 tools write it) are not part of
// it.
func Base64Text(s []byte, truncated bool) ([]byte, *base64.Encoding, bool) {
	s = bytes.TrimSpace(s)
	if len(s) < minBase64 {
		return nil, nil, false
	}
	url, std := false, false
	n := len(s)
	for n > 0 && s[n-1] == '=' {
		n--
	}
	if len(s)-n > 2 {
		return nil, nil, false
	}
	for _, c := range s[:n] {
		switch {
		case isAlpha(c) || isDigit(c):
		case c == '+' || c == '/':
			std = true
		case c == '-' || c == '_':
			url = true
		default:
			return nil, nil, false
		}
	}
	if url && std {
		return nil, nil, false
	}
	raw := base64.RawStdEncoding
	if url {
		raw = base64.RawURLEncoding
	}
	var head [3]byte
	if _, err := raw.Decode(head[:], s[:4]); err != nil {
		return nil, nil, false
	}
	doc := documentStart(head[:])
	if !doc && !noControl(head[:]) {
		return nil, nil, false
	}
	if truncated {
		n -= n % 4
	} else if n%4 == 1 || len(s) != n && len(s)%4 != 0 {
		return nil, nil, false
	}
	b := make([]byte, raw.DecodedLen(n))
	if _, err := raw.Decode(b, s[:n]); err != nil {
		return nil, nil, false
	}
	text, ok := decodedText(b)
	if ok && !doc {
		ok = len(text) >= minBase64*3/4 && noControl(text)
	}
	if !ok || !truncated && len(text) != len(b) {
		// Whole, it must be text to its last byte: a copy written back
		// from it would lose what was cut.
		return nil, nil, false
	}
	b = text
	enc := raw
	if len(s)%4 == 0 {
		enc = base64.StdEncoding
		if url {
			enc = base64.URLEncoding
		}
	}
	return b, enc, true
}

// noControl reports bytes with no control character but tabs and line
// breaks: printable ASCII, and bytes of UTF-8 characters. Three of them
// may start text; a decoded value made only of them is text.
func noControl(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return true
}

// documentStart reports the first three bytes of a serialized document:
// a JSON object or array, a PHP-serialized array or object, a YAML
// document marker.
func documentStart(b []byte) bool {
	switch b[0] {
	case '{':
		return b[1] == '"' || b[1] == '}' || b[1] == '\n' || b[1] == ' ' || b[1] == '\r'
	case '[':
		return b[1] == '{' || b[1] == '"' || b[1] == '[' || b[1] == ']' || b[1] == '\n' || b[1] == ' '
	case 'a', 'O':
		return b[1] == ':' && isDigit(b[2])
	case '-':
		return b[1] == '-' && b[2] == '-'
	}
	return false
}

// YAMLMembers calls fn with the key and the value (unquoted) of each
// "key: value" line of a YAML document, as Rails and Python applications
// dump objects into text columns ("--- !ruby/hash:...\nhost: dc01\n
// bind_pw: '...'"), and reports whether s is one: it starts with a
// document marker (---), or holds three lines or more of which four in
// five are "key: value", "key:" or "- item" lines.
func YAMLMembers(s string, fn func(key, value string)) bool {
	if !looksYAML(s) {
		return false
	}
	yamlLines(s, fn, func(string) {})
	return true
}

func looksYAML(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n")
	if strings.HasPrefix(t, "---") && (len(t) == 3 || t[3] == ' ' || t[3] == '\n' || t[3] == '\r') {
		return true
	}
	if strings.Count(t, "\n") < 2 {
		return false
	}
	structured, lines := 0, 0
	yamlLines(t, func(string, string) { structured++; lines++ }, func(l string) {
		lines++
		if strings.HasPrefix(l, "- ") || l == "-" {
			structured++
		}
	})
	return structured >= 3 && structured*5 >= lines*4
}

// yamlLines calls member for each "key: value" or "key:" line (leading
// "- " and indentation dropped, the value unquoted) and other for every
// other line but blank ones, comments and document markers.
func yamlLines(s string, member func(key, value string), other func(line string)) {
	for line := range strings.Lines(s) {
		l := strings.TrimSpace(line)
		if l == "" || l[0] == '#' || strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...") {
			continue
		}
		item := strings.TrimPrefix(l, "- ")
		k, v, ok := yamlMember(item)
		if !ok {
			other(l)
			continue
		}
		member(k, v)
	}
}

// yamlMember splits a "key: value" or "key:" line; the key is a word of
// letters, digits, _ . - (quoted or not), the value unquoted.
func yamlMember(l string) (key, value string, ok bool) {
	i := strings.Index(l, ": ")
	if i < 0 {
		if !strings.HasSuffix(l, ":") {
			return "", "", false
		}
		i = len(l) - 1
	}
	key = strings.Trim(l[:i], `'"`)
	if key == "" {
		return "", "", false
	}
	for j := 0; j < len(key); j++ {
		if c := key[j]; !isAlnum(c) && c != '_' && c != '.' && c != '-' {
			return "", "", false
		}
	}
	if i+1 < len(l) {
		value = strings.TrimSpace(l[i+1:])
	}
	if len(value) >= 2 && (value[0] == '\'' || value[0] == '"') && value[len(value)-1] == value[0] {
		value = value[1 : len(value)-1]
	}
	return key, value, true
}

// IsImageDataURL reports whether s (spaces trimmed) is an image written
// as a data URL ("data:image/png;base64,iVBORw0KGgo..."): a drawn
// signature, a photo or an avatar kept in a text column, which is the
// image itself as a bytea column holds it.
func IsImageDataURL(s string) bool {
	s = strings.TrimSpace(s)
	const prefix = "data:image/"
	if len(s) <= len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return false
	}
	// The media type and its parameters are short: image/svg+xml;charset=utf-8.
	head := s[len(prefix):min(len(s), len(prefix)+64)]
	i := strings.IndexByte(head, ',')
	return i > 0 && !strings.ContainsAny(head[:i], " \t\r\n")
}
