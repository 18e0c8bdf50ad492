package detect

import (
	"bufio"
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The name lists: given names and surnames from several cultures, and the
// names that are also ordinary words. names/README.md says where they come
// from and under which licences; names_gen.go writes them.
//
//go:embed names/given.txt names/surnames.txt names/common.txt
var nameFiles embed.FS

// Flags of a word in the name index.
const (
	nameGiven uint8 = 1 << iota
	nameSurname
	// nameCommon marks a name that is also an ordinary word (Rose, Hunter,
	// Summer, Green): a value made only of such words is not believed.
	nameCommon
)

// maxNameKey bounds the folded form of one word; longer words are not
// names.
const maxNameKey = 48

// nameIndex maps the folded form of each listed word (see nameKey) to its
// flags. It is built on first use, from the embedded lists.
var nameIndex = sync.OnceValue(func() map[string]uint8 {
	idx := make(map[string]uint8, 40000)
	for _, f := range []struct {
		path string
		flag uint8
	}{{"names/given.txt", nameGiven}, {"names/surnames.txt", nameSurname}, {"names/common.txt", nameCommon}} {
		file, err := nameFiles.Open(f.path)
		if err != nil {
			panic("detect: embedded name list missing: " + err.Error()) // a build defect, not bad input
		}
		sc := bufio.NewScanner(file)
		var buf [maxNameKey]byte
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			if k, ok := nameKey(buf[:0], line); ok {
				idx[string(k)] |= f.flag
			}
		}
		_ = file.Close()
	}
	return idx
})

// nameKey appends the folded form of a word to dst: lower case, Latin
// diacritics removed (Müller and Muller are one key), apostrophes dropped
// (O'Brien is obrien). It reports false for a word that is empty, too long,
// or holds anything but letters, combining marks and apostrophes.
func nameKey(dst []byte, w string) ([]byte, bool) {
	for _, r := range w {
		switch {
		case r == '\'' || r == '’' || r == 'ʼ':
			continue
		case r < utf8.RuneSelf:
			c := byte(r)
			if isUpper(c) {
				c += 'a' - 'A'
			} else if !isLower(c) {
				return dst, false
			}
			dst = append(dst, c)
		case r >= 0xC0 && r <= 0x17F:
			f := latinFold[r-0xC0]
			switch f {
			case 0:
				return dst, false // × and ÷
			case 's':
				if r == 'ß' {
					dst = append(dst, 's')
				}
			case 'a', 'o':
				if r == 'æ' || r == 'Æ' || r == 'œ' || r == 'Œ' {
					dst = append(dst, f)
					f = 'e'
				}
			}
			dst = append(dst, f)
		case unicode.IsLetter(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r) || r == 0x200C:
			dst = utf8.AppendRune(dst, r)
		default:
			return dst, false
		}
		if len(dst) > maxNameKey {
			return dst, false
		}
	}
	return dst, len(dst) > 0
}

// latinFold maps U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A) to the ASCII letter they are written on; 0 for × and ÷.
// Æ and Œ fold to ae and oe, ß to ss (nameKey adds the second letter).
var latinFold = [...]byte{
	// U+00C0 ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 't', 's',
	// U+00E0 àáâãäåæçèéêëìíîï ðñòóôõö÷øùúûüýþÿ
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 't', 'y',
	// U+0100 ĀāĂăĄąĆćĈĉĊċČčĎď ĐđĒēĔĕĖėĘęĚěĜĝĞğ
	'a', 'a', 'a', 'a', 'a', 'a', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'd', 'd',
	'd', 'd', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'g', 'g', 'g', 'g',
	// U+0120 ĠġĢģĤĥĦħĨĩĪīĬĭĮį İıĲĳĴĵĶķĸĹĺĻļĽľĿ
	'g', 'g', 'g', 'g', 'h', 'h', 'h', 'h', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i',
	'i', 'i', 'j', 'j', 'j', 'j', 'k', 'k', 'k', 'l', 'l', 'l', 'l', 'l', 'l', 'l',
	// U+0140 ŀŁłŃńŅņŇňŉŊŋŌōŎŏ ŐőŒœŔŕŖŗŘřŚśŜŝŞş
	'l', 'l', 'l', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'o', 'o', 'o', 'o',
	'o', 'o', 'o', 'o', 'r', 'r', 'r', 'r', 'r', 'r', 's', 's', 's', 's', 's', 's',
	// U+0160 ŠšŢţŤťŦŧŨũŪūŬŭŮů ŰűŲųŴŵŶŷŸŹźŻżŽžſ
	's', 's', 't', 't', 't', 't', 't', 't', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
	'u', 'u', 'u', 'u', 'w', 'w', 'y', 'y', 'y', 'z', 'z', 'z', 'z', 'z', 'z', 's',
}

// lookupName returns the flags of one word, spaces trimmed. A hyphenated
// word (Jean-Pierre, Smith-Jones, al-Rashid) is a given name or a surname
// when each part is (an Arabic article al-, el- before a part is allowed);
// it is common only when every part is. O'Brien and McDonald are looked up
// whole, then without O', D', Mc or Mac.
func lookupName(w string) uint8 {
	if w == "" || len(w) > 2*maxNameKey {
		return 0
	}
	if strings.IndexByte(w, '-') < 0 {
		return lookupPart(w)
	}
	flags := nameGiven | nameSurname | nameCommon
	parts, article := 0, false
	for part := range strings.SplitSeq(w, "-") {
		if part == "" {
			return 0
		}
		if parts == 0 && !article && isArticle(part) {
			article = true
			continue
		}
		flags &= lookupPart(part)
		parts++
	}
	if parts == 0 || flags&(nameGiven|nameSurname) == 0 {
		return 0
	}
	if article {
		// al-Rashid, el-Amin: an article and a name make a family name.
		return nameSurname | flags&nameCommon
	}
	return flags
}

func lookupPart(w string) uint8 {
	var buf [maxNameKey + 4]byte
	k, ok := nameKey(buf[:0], w)
	if !ok {
		return 0
	}
	idx := nameIndex()
	if f := idx[string(k)]; f != 0 {
		return f
	}
	// Surname prefixes: O'Brien, D'Angelo, McAllister, MacArthur.
	for _, p := range []string{"mc", "mac", "o", "d"} {
		if len(k) > len(p)+2 && string(k[:len(p)]) == p {
			if (p == "o" || p == "d") && !strings.ContainsAny(w[:min(len(w), 4)], "'’") {
				continue
			}
			// Mc and Mac also make surnames of given names (McDonald).
			if f := idx[string(k[len(p):])]; f&nameSurname != 0 || len(p) >= 2 && f&nameGiven != 0 {
				return nameSurname
			}
		}
	}
	return 0
}

// IsGivenName reports whether word (spaces trimmed) is a listed given name,
// in any letter case, with or without diacritics: "anna", "ANNA", "José",
// "Jean-Pierre" (each part a given name), "Kwame", "Priya", "Hiroshi". A
// word that is also an ordinary word ("Rose", "Hunter") is reported too:
// the caller decides how much a single word is worth. Names in scripts
// written without spaces (Han, kana, Hangul, Thai) are not listed; their
// romanized forms are.
func IsGivenName(word string) bool {
	return lookupName(strings.TrimSpace(word))&nameGiven != 0
}

// IsSurname reports whether word (spaces trimmed) is a listed surname, in
// any letter case, with or without diacritics: "smith", "Müller",
// "O'Brien", "Smith-Jones", "al-Rashid", "Nguyen", "Okafor". See
// IsGivenName.
func IsSurname(word string) bool {
	return lookupName(strings.TrimSpace(word))&nameSurname != 0
}

// Kinds of tokens in a full name.
const (
	tokOther = iota
	tokName
	tokInitial
	tokParticle
)

// maxNameTokens bounds the words of a full name, titles excluded.
const maxNameTokens = 6

// IsPersonName reports whether s (spaces trimmed) is the full name of a
// person: at least two words, such as
//
//	Ann Smith, ANN SMITH, Ann B. Smith, A. Smith, Smith, Ann, Smith, A. B.,
//	Dr. Ann Smith Jr., Ludwig van Beethoven, Gabriel García Márquez,
//	Jean-Pierre Dubois, Seán O'Brien, Mohammed bin Salman, Omar al-Rashid,
//	Kim Min-jun, Wang Wei, Nguyen Van An, Chukwuemeka Okafor
//
// A single word is not a full name: a lone "Jordan", "Victoria" or "Hunter"
// is as likely a place, a product or a word, so IsGivenName and IsSurname
// answer for single words and the caller weighs them with the column's
// name. What is checked:
//
//   - every word is a listed name, an initial (A. or A), a particle (van,
//     von, de, da, del, der, bin, ibn, al, ...) or a title or suffix at
//     either end (Mr, Dr, Prof, Jr, III, PhD);
//   - the order: given names then surname (the first word a given name or an
//     initial, the last a surname), surname then given names (Kim Min-jun,
//     SMITH John), or "Surname, Given" around one comma;
//   - the letter case: each name word starts with a capital or is all
//     capitals; all lower case ("rose gold", "grant access") is not a name;
//   - not a value made only of names that are ordinary words ("Rose Gold",
//     "Summer Sale", "Grace Church") unless an initial or title vouches for
//     it, and not a place: a last word such as Park, Hill, Hall or Lane
//     ("Lincoln Park", "Albert Hall") or a first word such as San, Santa,
//     Saint, Fort, Port or Mount ("San Diego", "Fort Worth");
//   - no digits, and no punctuation but hyphens, apostrophes, the periods of
//     initials and titles, and one comma.
//
// So it favours precision: "John Hall" is missed, "Lincoln Park" is not
// taken for a person. Names in scripts written without spaces (Han, kana,
// Hangul, Thai) are not recognised; their romanized forms are.
func IsPersonName(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 120 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && !isAlpha(c) && c != ' ' && c != '-' && c != '\'' && c != '.' && c != ',' {
			return false
		}
	}
	if c := strings.IndexByte(s, ','); c >= 0 {
		last, first := strings.TrimSpace(s[:c]), strings.TrimSpace(s[c+1:])
		if strings.IndexByte(first, ',') >= 0 {
			return false
		}
		if isSuffixWords(first) {
			return isPersonNameWords(last, true) // John Smith, Jr.
		}
		return isInvertedName(last, first)
	}
	return isPersonNameWords(s, false)
}

// nameToken is one classified word of a full name.
type nameToken struct {
	kind  int
	flags uint8
}

// tokenizeName classifies the words of s, titles at the front and
// suffixes at the back removed. It reports the number of tokens (0 when a
// word is not part of a name, or there are too many) and whether a title
// or suffix was present.
func tokenizeName(s string, toks *[maxNameTokens]nameToken, suffixDone bool) (n int, titled bool) {
	words := 0
	var ws [maxNameTokens + 4]string
	for w := range strings.FieldsSeq(s) {
		if words == len(ws) {
			return 0, false
		}
		ws[words] = w
		words++
	}
	lo, hi := 0, words
	upper := allCapitals(s)
	for lo < hi && isTitle(ws[lo]) && (upper || !capitalTitle(ws[lo])) {
		lo++
		titled = true
	}
	for !suffixDone && hi > lo && isSuffix(ws[hi-1]) {
		hi--
		titled = true
	}
	if hi-lo > maxNameTokens {
		return 0, false
	}
	for i := lo; i < hi; i++ {
		w := ws[i]
		t := nameToken{}
		switch {
		case isInitial(w):
			t.kind = tokInitial
		case isParticle(w):
			t.kind = tokParticle
		default:
			if strings.IndexByte(w, '.') >= 0 || strings.IndexByte(w, ',') >= 0 || !nameCase(w) {
				return 0, false
			}
			t.flags = lookupName(w)
			if t.flags&(nameGiven|nameSurname) == 0 {
				return 0, false
			}
			t.kind = tokName
		}
		toks[n] = t
		n++
	}
	return n, titled
}

// isPersonNameWords checks a full name without a comma.
func isPersonNameWords(s string, suffixDone bool) bool {
	var toks [maxNameTokens]nameToken
	n, titled := tokenizeName(s, &toks, suffixDone)
	if n == 0 || n == 1 && !titled {
		return false
	}
	t := toks[:n]
	if placeFirst(s) || placeLast(s) {
		return false
	}
	if n == 1 {
		// "Dr. Smith", "Mrs Patel": a title and a surname.
		return t[0].kind == tokName && t[0].flags&nameSurname != 0 && t[0].flags&nameCommon == 0
	}
	if !plausibleMix(t, titled) {
		return false
	}
	// Given names first: a given name or an initial, then names,
	// initials and particles, and a surname last.
	if (t[0].kind == tokInitial || t[0].kind == tokName && t[0].flags&nameGiven != 0) &&
		t[n-1].kind == tokName && t[n-1].flags&nameSurname != 0 && middleOK(t[1:n-1]) {
		return true
	}
	// A given name and the initial of the surname, as reviews and
	// testimonials print a customer (Hannah D.): the given name must not
	// be an ordinary word (Grade A, Vitamin C are no one).
	if n == 2 && t[0].kind == tokName && t[0].flags&nameGiven != 0 && t[0].flags&nameCommon == 0 && t[1].kind == tokInitial && !titled {
		return true
	}
	// Given names only, none an ordinary word: Fatima Zahra, Abdul
	// Rahman (patronymic naming).
	if n <= 3 {
		given := true
		for _, x := range t {
			given = given && x.kind == tokName && x.flags&nameGiven != 0 && x.flags&nameCommon == 0
		}
		if given {
			return true
		}
	}
	// Surname first: Kim Min-jun, Nguyen Van An, SMITH John.
	if t[0].kind == tokName && t[0].flags&nameSurname != 0 && n <= 4 {
		for _, x := range t[1:] {
			if x.kind != tokName || x.flags&nameGiven == 0 {
				return false
			}
		}
		return true
	}
	return false
}

// isInvertedName checks "Surname, Given names": the part before the comma
// is particles and surnames, the part after given names and initials
// beginning with an initial or a given name that is not also an ordinary
// word ("Paris, France" is a place).
func isInvertedName(last, first string) bool {
	var lt, ft [maxNameTokens]nameToken
	ln, _ := tokenizeName(last, &lt, true)
	fn, _ := tokenizeName(first, &ft, false)
	if ln == 0 || fn == 0 || ln+fn > maxNameTokens {
		return false
	}
	surnames := 0
	for _, x := range lt[:ln] {
		switch {
		case x.kind == tokParticle:
		case x.kind == tokName && x.flags&nameSurname != 0:
			surnames++
		default:
			return false
		}
	}
	if surnames == 0 || lt[ln-1].kind != tokName {
		return false
	}
	if f := ft[0]; !(f.kind == tokInitial || f.kind == tokName && f.flags&nameGiven != 0 && f.flags&nameCommon == 0) {
		return false
	}
	for _, x := range ft[1:fn] {
		if x.kind == tokParticle || x.kind == tokName && x.flags&nameGiven == 0 {
			return false
		}
	}
	return true
}

// middleOK reports that the words between the first and the last of a
// given-names-first name are names, initials or particles, particles only
// before a name.
func middleOK(mid []nameToken) bool {
	for _, x := range mid {
		if x.kind == tokOther {
			return false
		}
	}
	return true
}

// plausibleMix rejects a run of words that are all ordinary words as well
// as names ("Rose Gold", "Hunter Green"), unless an initial or a title
// vouches for the name. It also wants at least one word that is a name
// rather than an initial or a particle.
func plausibleMix(t []nameToken, titled bool) bool {
	names, rare, initials := 0, 0, 0
	for _, x := range t {
		switch x.kind {
		case tokName:
			names++
			if x.flags&nameCommon == 0 {
				rare++
			}
		case tokInitial:
			initials++
		}
	}
	if names == 0 {
		return false
	}
	return rare > 0 || initials > 0 || titled
}

// placeFirst reports a first word that begins place names (San Diego,
// Santa Clara, Saint Louis, Fort Worth, Port Louis, Mount Vernon, Lake
// Tahoe, New Jersey, Los Angeles).
func placeFirst(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimSuffix(w, ".")
	return placeStarts.has(w)
}

var placeStarts = newFoldSet("san", "santa", "santo", "sao", "são", "saint", "st", "ste", "sainte", "fort", "ft", "port",
	"mount", "mt", "lake", "new", "north", "south", "east", "west", "upper", "lower", "great", "little", "old",
	"los", "las", "el", "la", "le", "les", "bad", "sankt", "cape", "isle", "glen")

// placeLast reports a last word that ends place, building and street
// names (Lincoln Park, Albert Hall, Penny Lane, Forest Hill).
func placeLast(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return placeEnds.has(w)
}

var placeEnds = newFoldSet("park", "hill", "hills", "hall", "lane", "street", "road", "church", "chapel", "castle",
	"gate", "gardens", "garden", "wood", "woods", "field", "fields", "heath", "lake", "bay", "beach", "springs",
	"cross", "court", "square", "bridge", "bridges", "mill", "mills", "ridge", "grove", "brook", "brooks", "heights",
	"valley", "island", "islands", "point", "harbor", "harbour", "station", "tower", "house", "college", "city",
	"town", "ville", "falls", "forest", "creek", "river", "mount", "green", "common", "place", "row", "way")

// nameCase reports a word written as a name: capitalised (Smith, McDonald,
// O'Brien, DeLuca), all capitals (SMITH) or in a script without case.
func nameCase(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r) {
		// al-Rashid, d'Angelo, bin: a lower-case article, then a capital.
		if i := strings.IndexAny(w, "-'’"); i > 0 && i < 4 && i+1 < len(w) {
			r2, _ := utf8.DecodeRuneInString(w[i+1:])
			return unicode.IsUpper(r2)
		}
		return false
	}
	return true
}

// isInitial reports "A." or "A" (one capital letter), or "A.B." run
// together.
func isInitial(w string) bool {
	if len(w) == 1 {
		return isUpper(w[0])
	}
	for i := 0; i < len(w); i += 2 {
		if !isUpper(w[i]) || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return len(w) <= 6
}

// isParticle reports a lower-case or capitalised nobiliary or patronymic
// particle or article: van, von, de, da, di, del, della, der, den, du, dos,
// das, le, la, ter, ten, bin, binti, ibn, bint, al, el, abu, ben, and the
// conjunctions that join two surnames: Spanish y, Portuguese e, Catalan i
// ("Oriol Puig i Casals").
func isParticle(w string) bool {
	return particles.has(w)
}

var particles = newFoldSet("van", "von", "de", "da", "di", "del", "della", "dei", "der", "den", "du", "des", "dos", "das", "do", "le", "la", "lo", "ter", "ten", "te", "bin", "binti", "ibn", "bint", "al", "el", "abu", "ben", "bat", "y", "e", "i", "zu", "af", "av", "mac", "ap", "st.", "ste.")

func isArticle(w string) bool {
	return articles.has(w)
}

var articles = newFoldSet("al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abd", "abdul")

// isTitle reports a courtesy or academic title before a name.
func isTitle(w string) bool {
	return titles.has(strings.TrimSuffix(w, "."))
}

var titles = newFoldSet("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "lord", "lady", "herr", "frau", "mme", "mlle", "sr", "sra", "srta", "dott", "sig", "sig.ra")

// salutationWords are the forms of address a salutation column holds
// beyond titles: Dutch (Dhr., Mevr.), and the long French, Spanish and
// Italian words.
var salutationWords = newFoldSet("dhr", "mevr", "mw", "monsieur", "madame", "mademoiselle", "señor", "señora", "señorita", "signor", "signora", "signorina")

// maxSalutation bounds the length of a value read as a salutation.
const maxSalutation = 24

// IsSalutation reports whether s (spaces trimmed) is a form of address
// and nothing else, as a salutation or a name prefix column holds one:
// "Mr", "Mrs.", "Frau", "Mme", "Sra.", "Dhr.", "Dr.", "Prof. Dr.", up to
// three words, each with a capital first (MRS, Mrs: "miss" is a cache's
// word, "sir" and "lady" English ones). Most say a person's gender; the
// academic and religious ones (Dr., Prof., Rev.) a profession. A form
// that is also a common code is taken only with its period: "M." (not M,
// a size or a gender code), "Fr." (not fr, French), and a two-letter one
// in capitals ("DR.", not DR or MS, a state's or a country's code). It
// does not allocate.
func IsSalutation(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > maxSalutation {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 3 || !salutationWord(w) {
			return false
		}
	}
	return true
}

// salutationWord reports one word of a salutation (see IsSalutation).
func salutationWord(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	bare := strings.TrimSuffix(w, ".")
	dot := len(bare) < len(w)
	switch {
	case strings.EqualFold(bare, "m") || strings.EqualFold(bare, "fr"):
		return dot
	case len(bare) == 2 && allCapitals(bare) && !dot:
		return false
	}
	return titles.has(bare) || salutationWords.has(bare)
}

// capitalTitle reports a title spelled in capitals without a period (FR,
// DR, MS): in a value that is not all capitals it is an abbreviation, a
// country's or a department's ("FR Care", "MS Teams"), not a title; a
// legacy upper-case name ("DR JOHN SMITH") still has one.
func capitalTitle(w string) bool {
	return len(w) > 1 && w[len(w)-1] != '.' && allCapitals(w)
}

// allCapitals reports text with letters, none of them lower case.
func allCapitals(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// isSuffix reports a generational or academic suffix after a name.
func isSuffix(w string) bool {
	return suffixes.has(strings.TrimSuffix(w, "."))
}

var suffixes = newFoldSet("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "dds", "dvm", "mba", "cpa")

// isSuffixWords reports that s is one or more suffixes ("Jr.", "PhD").
func isSuffixWords(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !isSuffix(w) {
			return false
		}
		n++
	}
	return n > 0
}

// maxNameRun bounds the run of capitalised words HasPersonName examines
// at one place in a text.
const maxNameRun = 6

// hasGreetedName reports a given name alone after a greeting ("Hi Ann,").
func hasGreetedName(text string) bool {
	if start := textStart(text); start < len(text) {
		end := start
		for end < len(text) && !isNameBreak(text[end]) {
			end++
		}
		if end > start && vocative(text, start, end) && greetedName(text, start, end) {
			return true
		}
	}
	for _, g := range greetings {
		for off := 0; ; {
			i := strings.Index(text[off:], g+" ")
			if i < 0 {
				break
			}
			start := off + i + len(g) + 1
			end := start
			for end < len(text) && !isNameBreak(text[end]) {
				end++
			}
			if end > start && greetedName(text, start, end) {
				return true
			}
			off = start
		}
	}
	return false
}

// HasPersonName reports whether a text contains a person's name: a given
// name alone after a greeting ("Hi Ann,") or in a device's default name
// ("Ann's iPhone", "iPhone von Jonas"), or a full name: a run of two to four capitalised words (or initials, particles, a title)
// that IsPersonName accepts, as in "Please call Ann Smith tomorrow",
// "signed: Dr. J. Okafor" or, with a possessive 's, "Ann Smith's
// workspace". Words are separated by single spaces; commas,
// periods at the end of a sentence and other punctuation end a run, so
// "Smith, John" inside prose is not looked for. Its precision is that of
// IsPersonName; sentence-initial words are ordinary words, not listed
// names, and do not start a match unless they are names.
func HasPersonName(text string) bool {
	if hasGreetedName(text) || hasDeviceOwner(text) {
		return true
	}
	var starts [maxNameRun + 1]int
	var ends [maxNameRun + 1]int
	n := 0
	flush := func() bool {
		for i := 0; i < n; i++ {
			for j := i + 1; j < n && j-i < 4; j++ {
				if IsPersonName(text[starts[i]:possessive(text, starts[i], ends[j])]) {
					return true
				}
			}
		}
		n = 0
		return false
	}
	for i := 0; i < len(text); {
		// A word: bytes up to a space or a run-breaking punctuation mark.
		j := i
		for j < len(text) && !isNameBreak(text[j]) {
			j++
		}
		if j > i {
			w := text[i:j]
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) || isParticle(w) {
				if n == maxNameRun {
					if flush() {
						return true
					}
				}
				// "Smith." ends a sentence, and the run; "J." and "Dr." do not.
				// Nor does "Smith.pdf" go on: a file's extension ends it.
				end, last := j, false
				if len(w) > 2 && w[len(w)-1] == '.' && !isTitle(w) && !isInitial(w) {
					end, last = j-1, true
				} else if k := strings.LastIndexByte(w, '.'); k > 0 && fileExtension(w[k+1:]) {
					end, last = i+k, true
				}
				starts[n], ends[n] = i, end
				n++
				if last && flush() {
					return true
				}
			} else if n > 0 && flush() {
				return true
			}
		}
		if j < len(text) && text[j] != ' ' {
			if n > 0 && flush() {
				return true
			}
		}
		i = j + 1
	}
	return n > 0 && flush()
}

// IsFileName reports whether s, one line of at most 255 bytes, ends in a
// file's extension after a dot ("Passport Zofia Kowalski.jpg",
// "CV_Ann_Lee.pdf"): the name of an uploaded file, spaces and all.
func IsFileName(s string) bool {
	ext, ok := lineExtension(s)
	return ok && fileExtension(ext)
}

// lineExtension returns what follows the last dot of s, one line of at
// most 255 bytes with a dot after its first byte: a file name's
// extension, whichever its letters.
func lineExtension(s string) (string, bool) {
	k := strings.LastIndexByte(s, '.')
	if k <= 0 || len(s) > maxToken || strings.ContainsAny(s, "\n\r\t") {
		return "", false
	}
	return s[k+1:], true
}

// fileExtension reports the extension of a file name after its last dot:
// one to five lower-case letters and digits, a letter among them (pdf,
// jpg, docx, mp4).
func fileExtension(e string) bool {
	letter := false
	for i := 0; i < len(e); i++ {
		switch c := e[i]; {
		case isLower(c):
			letter = true
		case isDigit(c):
		default:
			return false
		}
	}
	return letter && len(e) <= 5
}

// isNameBreak reports a byte that ends a word inside a text: whitespace and
// punctuation other than the hyphen, apostrophe and period of names.
func isNameBreak(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '{', '}', '<', '>', '/', '|', '*', '=':
		return true
	}
	return false
}
