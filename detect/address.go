package detect

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxAddressWords bounds the words of one street line.
const maxAddressWords = 10

// IsStreetAddress reports whether s (spaces trimmed) is a street address
// line, possibly followed by a unit, a town and a postcode after commas:
//
//   - a house number then a street ending in a street type, with an
//     optional direction: 123 Main St, 1600 Pennsylvania Avenue NW, 10
//     Downing Street, 42 N Elm Ave Apt 4B, 221B Baker Street (US, UK, CA,
//     AU, IE);
//   - a house number then a street type and a name: 12 rue de la Paix, 5 bis
//     avenue Victor Hugo (FR, BE);
//   - a street type, a name, then a house number: Calle Mayor 5, C/ Mayor,
//     5, Via Roma 10, Rua Augusta, 123, Piazza San Marco 1, Avenida
//     Paulista 1000 (ES, IT, PT, BR);
//   - a street word ending in a street type, then a house number:
//     Hauptstraße 5, Berliner Str. 12a, Damstraat 12, Keizersgracht 123,
//     Drottninggatan 7 (DE, AT, CH, NL, BE, Nordic);
//   - a unit alone, as an address's second line: Apt 4B, Suite 200, Unit 12,
//     Flat 3, PO Box 123.
//
// A street name without a house number ("Main Street", "Rue de la Paix")
// is not an address: it names a place, not a home. Words such as Floor,
// Room and Building are not units (a meeting room is no address).
func IsStreetAddress(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 200 || strings.IndexByte(s, '@') >= 0 || strings.Contains(s, "://") {
		return false
	}
	var words [maxAddressWords]string
	// The street line is the first comma-separated part, or the first two
	// when the second is the house number ("Rua Augusta, 123") or the
	// first is one ("12, rue de la Paix").
	first, rest, _ := strings.Cut(s, ",")
	n := splitWords(first, &words, 0)
	if n == 0 {
		return false
	}
	if rest != "" {
		next, _, _ := strings.Cut(rest, ",")
		word, _, _ := strings.Cut(strings.TrimSpace(next), " ")
		if word != "" && (n == 1 || isHouseNumber(word)) {
			n = splitWords(next, &words, n)
		}
	}
	if n == 0 {
		return false
	}
	w := words[:n]
	return unitLine(w) || numberFirst(w) || numberLast(w)
}

// splitWords appends the space-separated words of s to words from n,
// reporting the new count, or 0 when there are too many.
func splitWords(s string, words *[maxAddressWords]string, n int) int {
	for w := range strings.FieldsSeq(s) {
		if n == len(words) {
			return 0
		}
		words[n] = w
		n++
	}
	return n
}

// isHouseNumber reports 1 to 5 digits, optionally a letter or a range:
// 12, 221B, 12a, 12-14, 1/2, No. 5 is not.
func isHouseNumber(w string) bool {
	w = strings.TrimSuffix(w, ",")
	i := 0
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	if i == 0 || i > 5 || w[0] == '0' {
		return false
	}
	switch rest := w[i:]; {
	case rest == "":
		return true
	case len(rest) == 1 && isAlpha(rest[0]):
		return true
	case (rest[0] == '-' || rest[0] == '/') && len(rest) >= 2 && len(rest) <= 6:
		return allBytes(rest[1:], isAlnum)
	}
	return false
}

// unitLine: Apt 4B, Suite 200, Unit 12, Flat 3, # 12, PO Box 123.
func unitLine(w []string) bool {
	if len(w) == 2 && unitWords.has(strings.TrimSuffix(w[0], ".")) {
		return isUnitID(w[1])
	}
	if len(w) == 3 && (strings.EqualFold(w[0], "PO") || strings.EqualFold(w[0], "P.O.")) && strings.EqualFold(w[1], "Box") {
		return allBytes(w[2], isDigit) && len(w[2]) <= 8
	}
	return len(w) == 4 && strings.EqualFold(w[0], "P.") && strings.EqualFold(w[1], "O.") && strings.EqualFold(w[2], "Box") &&
		allBytes(w[3], isDigit)
}

var unitWords = newFoldSet("apt", "apartment", "suite", "ste", "unit", "flat", "#", "appt", "appartement", "wohnung", "whg",
	"piso", "interno", "int")

// isUnitID: 4B, 200, 12-A, B: short, with a digit or a single letter.
func isUnitID(w string) bool {
	if len(w) == 0 || len(w) > 6 || !allBytes(w, func(c byte) bool { return isAlnum(c) || c == '-' }) {
		return false
	}
	return strings.IndexFunc(w, unicode.IsDigit) >= 0 || len(w) == 1 && isUpper(w[0])
}

// numberFirst: 123 Main St [Apt 4B]; 12 rue de la Paix.
func numberFirst(w []string) bool {
	if len(w) < 3 || !isHouseNumber(w[0]) {
		return false
	}
	i := 1
	if numberSuffixes.has(w[i]) {
		i++
	}
	// French order: a type, then the name.
	if i < len(w) && streetTypesBefore.has(strings.TrimSuffix(w[i], ".")) && i+1 < len(w) && nameWords(w[i+1:]) {
		return true
	}
	// English order: name words, a type, a direction, a unit.
	end := len(w)
	if end-2 > i && unitWords.has(strings.TrimSuffix(w[end-2], ".")) && isUnitID(w[end-1]) {
		end -= 2
	} else if end-1 > i && strings.HasPrefix(w[end-1], "#") && isUnitID(w[end-1][1:]) {
		end--
	}
	if end-1 > i && isDirection(w[end-1]) {
		end--
	}
	if end-i < 2 || !streetTypesAfter.has(strings.TrimSuffix(w[end-1], ".")) {
		return false
	}
	start := i
	if isDirection(w[start]) && end-start > 2 {
		start++
	}
	return nameWords(w[start : end-1])
}

// numberLast: Calle Mayor 5, Via Roma 10, Hauptstraße 5, Berliner Str.
// 12a, Damstraat 12.
func numberLast(w []string) bool {
	if len(w) < 2 || !isHouseNumber(w[len(w)-1]) {
		return false
	}
	street := w[:len(w)-1]
	if streetTypesBefore.has(strings.TrimSuffix(street[0], ".")) || street[0] == "C/" || strings.EqualFold(street[0], "c/") {
		return len(street) >= 2 && nameWords(street[1:])
	}
	last := strings.TrimSuffix(street[len(street)-1], ".")
	if !compoundStreet(last) {
		return false
	}
	return len(street) == 1 || nameWords(street[:len(street)-1])
}

// nameWords reports one to six words that can make a street name: each
// holds a letter (any script; "5th" and "42nd" count), and nothing but
// letters, digits, hyphens, apostrophes and periods.
func nameWords(w []string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	for _, x := range w {
		letter := false
		for _, c := range x {
			switch {
			case unicode.IsLetter(c):
				letter = true
			case unicode.IsDigit(c) || c == '-' || c == '\'' || c == '’' || c == '.':
			default:
				return false
			}
		}
		if !letter {
			return false
		}
	}
	return true
}

func isDirection(w string) bool {
	return directions.has(strings.TrimSuffix(w, "."))
}

var directions = newFoldSet("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west")

// numberSuffixes follow a French house number: 5 bis, 7 ter.
var numberSuffixes = newFoldSet("bis", "ter", "quater")

// streetTypesAfter end an English street name, spelled out or abbreviated
// (USPS and Royal Mail forms).
var streetTypesAfter = newFoldSet("st", "street", "ave", "av", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive",
	"ln", "lane", "ct", "court", "pl", "place", "way", "ter", "terrace", "pkwy", "parkway", "hwy", "highway", "cir",
	"circle", "sq", "square", "close", "cres", "crescent", "grove", "gardens", "gdns", "row", "mews", "walk", "trail", "trl",
	"loop", "pike", "alley", "aly", "plaza", "plz", "path", "crossing", "xing", "esplanade", "parade", "pde", "quay",
	"broadway", "expy", "expressway", "fwy", "freeway", "tpke", "turnpike", "cv", "cove", "landing", "ridge", "heights", "hts", "manor")

// streetTypesBefore begin a street name in Romance languages.
var streetTypesBefore = newFoldSet("rue", "avenue", "av", "ave", "boulevard", "bd", "bld", "place", "pl", "allée", "allee",
	"chemin", "ch", "impasse", "imp", "quai", "route", "rte", "cours", "square", "passage", "voie", "sentier",
	"calle", "avenida", "avda", "plaza", "pza", "paseo", "pº", "camino", "carrer", "carretera", "ronda", "travesía",
	"via", "viale", "piazza", "p.za", "corso", "largo", "vicolo", "strada", "piazzale", "rua", "travessa", "praça",
	"praca", "alameda", "estrada", "rodovia", "ulica", "ul", "aleja", "bulevardul", "calea")

// streetSuffixes end a compound street word (Hauptstraße, Damstraat,
// Drottninggatan) in German, Dutch and Nordic languages.
var streetSuffixes = [...]string{"straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
	"chaussee", "steig", "pfad", "markt", "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg",
	"gatan", "gata", "vägen", "vagen", "gade", "vej", "gate", "veien", "vei", "tie", "katu", "gränd"}

// compoundStreet reports a word that ends in a street suffix after at
// least three letters (Hauptstraße, not Ring alone), or is "Str." after an
// adjective (Berliner Str.).
func compoundStreet(w string) bool {
	lw := len(w)
	for _, suf := range streetSuffixes {
		if lw >= len(suf)+3 && strings.EqualFold(w[lw-len(suf):], suf) {
			r, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(r)
		}
		if strings.EqualFold(w, suf) && (suf == "str" || suf == "straße" || suf == "strasse" || suf == "weg" || suf == "allee" || suf == "platz") {
			return true
		}
	}
	return false
}

// IsPostcode reports whether s (spaces trimmed) is a postcode of a shape
// distinctive enough to be told from other numbers and codes on its own:
//
//   - UK (SW1A 1AA, M1 1AE, EC1A1BB), Ireland's Eircode (D02 X285), Canada
//     (K1A 0B1), the Netherlands (1234 AB);
//   - US ZIP+4 (12345-6789), Brazil's CEP (12345-678), Japan with its mark
//     (〒100-0001);
//   - a continental postcode with its country prefix: D-10115, DE-10115,
//     F-75001, FR-75001, I-00100, E-28013, A-1010, CH-8001, B-1000, L-1111,
//     DK-1050, S-11455, SE-114 55, NL-1234 AB, PL-00-950, PT-1000-001.
//
// A bare run of 4, 5 or 6 digits (a US ZIP, a French, German, Spanish or
// Italian code, an Indian PIN) is not recognised: it is as likely a
// quantity, an id or a year. The classifier accepts such values only in a
// column whose name says postcode; IsPostcode is the evidence for the
// others.
func IsPostcode(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 14 {
		return false
	}
	if strings.HasPrefix(s, "〒") {
		r := strings.TrimSpace(s[len("〒"):])
		return grouped(r, 3, 4)
	}
	if hexColour(s) {
		return false // 1973ff is a colour, not 1973 FF; e8e8e8 not E8E 8E8
	}
	var u [14]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isLower(c) {
			c -= 'a' - 'A'
		}
		u[i] = c
	}
	p := string(u[:len(s)]) // upper case; does not escape
	switch {
	case ukPostcode(p), eircode(p), caPostcode(p), nlPostcode(p):
		return true
	case len(p) == 10 && p[5] == '-' && grouped(p, 5, 4) && p != "00000-0000":
		return true // ZIP+4
	case len(p) == 9 && p[5] == '-' && grouped(p, 5, 3) && p[:5] != "00000":
		return true // CEP
	}
	return prefixedPostcode(p)
}

// dropSpace copies p without its one optional space into buf, reporting
// the length, or -1 for more than one space or more than 8 bytes.
func dropSpace(p string, buf *[8]byte) int {
	n, spaces := 0, 0
	for i := 0; i < len(p); i++ {
		if p[i] == ' ' {
			if spaces++; spaces > 1 {
				return -1
			}
			continue
		}
		if n == len(buf) {
			return -1
		}
		buf[n] = p[i]
		n++
	}
	return n
}

// ukPostcode: outward code A9, A99, AA9, AA99, A9A or AA9A, an optional
// space, inward code 9AA (the inward letters never C, I, K, M, O, V).
func ukPostcode(p string) bool {
	if len(p) == 6 && allBytes(p, isHex) {
		return false // ff00ff is a colour
	}
	var b [8]byte
	n := dropSpace(p, &b)
	if n < 5 || n > 7 {
		return false
	}
	in, out := b[n-3:n], b[:n-3]
	if !isDigit(in[0]) || !isUpper(in[1]) || !isUpper(in[2]) || strings.IndexByte("CIKMOV", in[1]) >= 0 ||
		strings.IndexByte("CIKMOV", in[2]) >= 0 {
		return false
	}
	if !isUpper(out[0]) || strings.IndexByte("QVX", out[0]) >= 0 {
		return false
	}
	switch len(out) {
	case 2: // A9
		return isDigit(out[1])
	case 3: // A99, AA9, A9A
		return isDigit(out[1]) && (isDigit(out[2]) || isUpper(out[2])) || isUpper(out[1]) && isDigit(out[2])
	case 4: // AA99, AA9A
		return isUpper(out[1]) && isDigit(out[2]) && (isDigit(out[3]) || isUpper(out[3]))
	}
	return false
}

// eircode: a routing key (a letter and two digits, or D6W) and a unique
// identifier of four letters and digits, with a space.
func eircode(p string) bool {
	if len(p) != 8 || p[3] != ' ' {
		return false
	}
	key := p[:3]
	if !(isUpper(key[0]) && isDigit(key[1]) && isDigit(key[2]) || key == "D6W") {
		return false
	}
	id := p[4:]
	digits := 0
	for i := 0; i < 4; i++ {
		if isDigit(id[i]) {
			digits++
		} else if !isUpper(id[i]) {
			return false
		}
	}
	return isUpper(id[0]) && digits >= 1 && digits <= 3
}

// caPostcode: A9A 9A9, the letters D, F, I, O, Q and U never used, W and Z
// never first.
func caPostcode(p string) bool {
	var b [8]byte
	if dropSpace(p, &b) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		c := b[i]
		if i%2 == 0 {
			if !isUpper(c) || strings.IndexByte("DFIOQU", c) >= 0 || i == 0 && (c == 'W' || c == 'Z') {
				return false
			}
		} else if !isDigit(c) {
			return false
		}
	}
	return true
}

// hexColour reports six lower-case hexadecimal digits with a letter among
// them: how CSS and most applications write a colour without its #. A
// Dutch or Canadian postcode in that shape would need letters of a to f
// only, typed in lower case.
func hexColour(s string) bool {
	if len(s) != 6 {
		return false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'f':
			letter = true
		case !isDigit(c):
			return false
		}
	}
	return letter
}

// nlPostcode: four digits (not starting with 0), an optional space, two
// letters (not SA, SD or SS).
func nlPostcode(p string) bool {
	var b [8]byte
	if dropSpace(p, &b) != 6 || b[0] == '0' {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(b[i]) {
			return false
		}
	}
	if !isUpper(b[4]) || !isUpper(b[5]) {
		return false
	}
	return !(b[4] == 'S' && (b[5] == 'A' || b[5] == 'D' || b[5] == 'S'))
}

// prefixedPostcode: a country prefix, a dash, and that country's code.
func prefixedPostcode(p string) bool {
	cc, code, ok := strings.Cut(p, "-")
	if !ok {
		return false
	}
	switch cc {
	case "D", "DE", "F", "FR", "E", "ES":
		// No German, French or Spanish code begins 00: SE-00455 and
		// DE-00042 are asset tags and ticket numbers.
		return grouped(code, 5) && code[:2] != "00"
	case "I", "IT", "FI", "FIN":
		return grouped(code, 5) && code != "00000" // Rome's are 00100, Helsinki's 00100
	case "A", "AT", "CH", "B", "BE", "L", "LU", "DK", "N", "NO":
		return grouped(code, 4) && code[0] != '0'
	case "S", "SE":
		// Swedish codes run from 100 00 to 984 99.
		return (grouped(code, 5) || grouped(code, 3, 2)) && code[0] != '0'
	case "NL":
		return nlPostcode(code)
	case "PL":
		return grouped(code, 2, 3)
	case "PT", "P":
		return grouped(code, 4, 3) || grouped(code, 4)
	}
	return false
}

// maxAge is the oldest age IsPlausibleBirthDate accepts, in years.
const maxAge = 110

// IsPlausibleBirthDate reports whether s (spaces trimmed) is an ISO 8601
// date (2006-01-02) or timestamp (2006-01-02T15:04:05Z, 2006-01-02
// 15:04:05.999+02:00) that would give a person an age between 0 and 110
// today: not in the future, not more than 110 years ago. Any recent date
// passes (an order date too), so it is evidence of a birth date only in a
// table about people or a column named like one; the classifier weighs it
// so.
func IsPlausibleBirthDate(s string) bool {
	return plausibleBirthDate(s, time.Now())
}

func plausibleBirthDate(s string, now time.Time) bool {
	s = strings.TrimSpace(s)
	if len(s) < 10 || len(s) > 35 || !isoDate(s[:10]) {
		return false
	}
	if len(s) > 10 && !isoTime(s[10:]) {
		return false
	}
	y, m, d := atoi(s[:4]), time.Month(atoi(s[5:7])), atoi(s[8:10])
	if d > daysIn(m, y) {
		return false
	}
	ny, nm, nd := now.Date()
	after := y > ny || y == ny && (m > nm || m == nm && d > nd)
	if after {
		return false
	}
	oldest := ny - maxAge
	return y > oldest || y == oldest && (m > nm || m == nm && d >= nd)
}

// isoDate: YYYY-MM-DD with month 01-12 and day 01-31.
func isoDate(s string) bool {
	if !grouped(s, 4, 2, 2) || s[4] != '-' {
		return false
	}
	m, d := atoi(s[5:7]), atoi(s[8:10])
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// isoTime: the rest of a timestamp after the date: T or a space, hh:mm,
// optional :ss and fraction, optional Z or ±hh[:mm].
func isoTime(t string) bool {
	if t[0] != 'T' && t[0] != ' ' || len(t) < 6 {
		return false
	}
	t = t[1:]
	if !isDigit(t[0]) || !isDigit(t[1]) || t[2] != ':' || !isDigit(t[3]) || !isDigit(t[4]) ||
		atoi(t[:2]) > 23 || atoi(t[3:5]) > 59 {
		return false
	}
	t = t[5:]
	if len(t) >= 3 && t[0] == ':' {
		if !isDigit(t[1]) || !isDigit(t[2]) || atoi(t[1:3]) > 60 {
			return false
		}
		t = t[3:]
		if len(t) > 1 && (t[0] == '.' || t[0] == ',') {
			i := 1
			for i < len(t) && isDigit(t[i]) {
				i++
			}
			if i == 1 || i > 10 {
				return false
			}
			t = t[i:]
		}
	}
	switch {
	case t == "" || t == "Z" || t == "z":
		return true
	case t[0] == '+' || t[0] == '-':
		z := t[1:]
		return grouped(z, 2) || len(z) == 5 && z[2] == ':' && grouped(z[:2], 2) && grouped(z[3:], 2) || grouped(z, 4)
	}
	return false
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
