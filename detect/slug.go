package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxToken bounds the length of a value read as one token (a slug, a file
// name, a path).
const maxToken = 255

// maxTokenWords bounds the words of a token HasNameInToken reads.
const maxTokenWords = 16

// HasNameInToken reports whether s (spaces trimmed), a value of one token
// with no space in it, spells a person's full name inside: a URL slug
// ("amelia-smiths-workspace-12", "team-kwame-mensah"), a file name
// ("CV_Amelia_Smith.pdf", "passport-scan-priya-sharma.jpg",
// "DUBOIS_Marie_contrat.pdf"), a path ("hr/2024/amelia-smith/cv.pdf")
// or a handle ("amelia.smith", "amelia_smith"). The token is split into
// words at hyphens, underscores, dots and slashes and between letters
// and digits; two words in a row must be a listed given name and a listed
// surname, in that order, that IsPersonName accepts once capitalised
// ("Amelia Smith"), or a surname in capitals and a given name that is not
// ("SMITH_Amelia"), as HR files are often named. A document's file name
// (a scan, a photo, a letter: documentExtensions) may also put a listed
// surname that is no given name before a given name in the same case
// ("Rechnung_Virtanen_Youssef.pdf", "ID_silva_ingrid.jpg"), as offices
// file a person's documents. A possessive 's or s after the
// surname is allowed ("amelia-smith's-notes").
//
// A token's letter case is mechanical (snake_case, CONSTANT_CASE), so the
// words alone must say it is a name, and it favours precision more than
// IsPersonName. Left out on purpose: words of fewer than three letters
// (Li, Wu, To, Go), a surname before the given name in the same case
// outside a file's name ("smith-amelia", "Read_Trace"), words in mixed case, names run together
// in camelCase ("AmeliaSmith", as code runs traceBlock and maxVal), a
// pair across the slash of a path ("America/Santiago") and a pair before
// a place ("America/Los_Angeles"). Two ordinary words that are also names
// ("rose-gold", "Summer_Sale.pdf") and places ("lincoln-park",
// "san_diego") are not names, as for IsPersonName. Values with other
// punctuation (a URL's scheme, a query, an email's @) are left to their
// own detectors, and only the first sixteen words are read. It allocates
// only for a listed name followed by a word.
func HasNameInToken(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > maxToken {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && !isAlnum(c) && !tokenSeparator(c) && c != '\'' {
			return false
		}
	}
	var words [maxTokenWords]tokenWord
	n := tokenWords(s, &words)
	file := documentFile(s)
	for i := 0; i+1 < n; i++ {
		if words[i].segment != words[i+1].segment {
			continue // America/Santiago: a name is inside one segment of a path
		}
		first, second := words[i].text, words[i+1].text
		if !nameWord(first) || !nameWord(second) || len(first)+len(second)+3 > 2*maxNameKey+2 {
			continue
		}
		if i+2 < n && words[i+2].segment == words[i].segment && placeStarts.has(second) {
			continue // America/Los_Angeles: a place follows
		}
		f := lookupName(first)
		if f&nameGiven != 0 {
			for _, sur := range [...]string{strings.TrimSuffix(second, "'s"), strings.TrimSuffix(second, "s")} {
				if nameWord(sur) && lookupName(sur)&nameSurname != 0 && tokenName(first, sur) {
					return true
				}
			}
		}
		if capitals(first) && !capitals(second) && f&nameSurname != 0 && lookupName(second)&nameGiven != 0 &&
			tokenName(first, second) {
			return true
		}
		if file && f&nameSurname != 0 && f&nameGiven == 0 && capitals(first) == capitals(second) &&
			lookupName(second)&nameGiven != 0 && tokenName(second, first) {
			return true // Rechnung_Virtanen_Youssef.pdf: filed surname first
		}
	}
	return false
}

// documentExtensions end the names of files a person's documents are
// filed in: scans, photos, letters, sheets and mails, not source code
// (read_trace.py).
var documentExtensions = newFoldSet("pdf", "doc", "docx", "odt", "rtf", "jpg", "jpeg", "png", "heic", "heif", "tif", "tiff",
	"webp", "gif", "bmp", "xls", "xlsx", "ods", "eml", "msg")

// documentFile reports a file's name (lineExtension, as IsFileName) that
// ends in a document's extension (documentExtensions) in any letter case.
func documentFile(s string) bool {
	ext, ok := lineExtension(s)
	return ok && documentExtensions.has(ext)
}

// tokenName reports whether the words a and b of a token, capitalised and
// joined by a space, are a name IsPersonName accepts.
func tokenName(a, b string) bool {
	var buf [2*maxNameKey + 2]byte
	name := append(titled(buf[:0], a), ' ')
	return IsPersonName(string(titled(name, b)))
}

// capitals reports a word written in capitals only.
func capitals(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// tokenSeparator reports a byte that joins the words of a slug, a file
// name or a path.
func tokenSeparator(c byte) bool { return c == '-' || c == '_' || c == '.' || c == '/' }

// tokenWord is a word of a token and the number of the path segment it
// is in (the slashes before it).
type tokenWord struct {
	text    string
	segment int
}

// tokenWords splits a token into its words, at most len(words): runs of
// letters (an apostrophe inside one: o'brien, smith's) or of digits,
// broken at separators and between letters and digits. camelCase is not
// split: code identifiers run listed names together (traceBlock, maxVal)
// far more often than file names run a person's together.
func tokenWords(s string, words *[maxTokenWords]tokenWord) int {
	n, start, segment := 0, -1, 0
	digits := false // the current word is a run of digits
	for i := 0; i <= len(s); {
		if start < 0 && (i == 0 || s[i-1] == '/') {
			// A path segment that is a row's key (a user's UUID folder)
			// is one word of no name, not a dozen of letters and digits.
			end := strings.IndexByte(s[i:], '/')
			if end > 0 && IsRowKey(s[i:i+end]) {
				i += end
				continue
			}
		}
		r, size := utf8.RuneError, 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		sep := i == len(s) || r < utf8.RuneSelf && tokenSeparator(byte(r))
		if start >= 0 && (sep || unicode.IsDigit(r) != digits) {
			words[n] = tokenWord{s[start:i], segment}
			n++
			start = -1
			if n == len(words) {
				return n
			}
		}
		if r == '/' {
			segment++
		}
		if start < 0 && !sep {
			start, digits = i, unicode.IsDigit(r)
		}
		i += size
	}
	return n
}

// nameWord reports a word of a token that may be a name: three letters or
// more (any script), an apostrophe only inside ("o'brien", "smith's"),
// in one letter case or capitalised ("amelia", "Amelia", "AMELIA").
func nameWord(w string) bool {
	if len(w) < 3 || w[0] == '\'' || w[len(w)-1] == '\'' {
		return false
	}
	upper, lower := 0, 0
	var prev rune
	for i, r := range w {
		switch {
		case r == '\'':
		case !unicode.IsLetter(r):
			return false
		case unicode.IsUpper(r):
			if i > 0 && prev != '\'' {
				upper++ // O'Brien is capitalised
			}
		case unicode.IsLower(r):
			lower++
		}
		prev = r
	}
	return upper == 0 || lower == 0
}

// titled appends w with its first letter in upper case.
func titled(dst []byte, w string) []byte {
	r, n := utf8.DecodeRuneInString(w)
	return append(utf8.AppendRune(dst, unicode.ToUpper(r)), w[n:]...)
}
