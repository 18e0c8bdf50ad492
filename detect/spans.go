package detect

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of an entity found in text.
type Kind uint8

// The kinds of entity AppendEntities finds.
const (
	KindEmail Kind = iota + 1
	// KindPhone is an international number written +CC... (E.164), or a
	// national one right after a phone label ("Tel. 030 1234567", "cel.
	// 72214408"); other national forms are left alone in prose, where they
	// are as likely amounts or ids.
	KindPhone
	KindCard
	// KindIBAN is compact or in groups of four.
	KindIBAN
	// KindNationalID is a national or tax identifier NationalIDKind
	// recognises: a VAT number, a US SSN, ITIN or EIN, a UK NINO, a French
	// SIRET or NIR, a German Steuer-ID, an Indian PAN or Aadhaar, a Brazilian
	// CPF or CNPJ.
	KindNationalID
	// KindIPv4 and KindIPv6 may carry a /prefix length.
	KindIPv4
	KindIPv6
	// KindMAC is a MAC address or EUI-64 in one of the forms IsMAC takes.
	KindMAC
	// KindURLCredential is the credential inside a URL, not the URL: the
	// user info when it holds a password, the value of a credential
	// parameter (?token=, ?api_key=, ...), the secret path of a Slack or
	// Discord webhook.
	KindURLCredential
	// KindToken is a JWT, a vendor's API key (AWS, Stripe, GitHub, Slack,
	// Google) or a credential no prefix names (see HasAPIToken).
	KindToken
	KindPasswordHash
	// KindPrivateKey is a whole PEM private key block, BEGIN line to END
	// line (to the end of the text when the END line is missing), or a
	// PuTTY key file.
	KindPrivateKey
	// KindPersonName is a person's full name in prose: capitalised words
	// that IsPersonName takes, given names first ("Ann Smith", "Ann B.
	// Smith", "R. Alvarez", "Ludwig van Beethoven") or surname first ("Kim
	// Min-jun"). A title before it is not part of the span.
	KindPersonName
	// KindTitledSurname is a surname after a courtesy or academic title
	// ("Dr. Patel", "Mrs Okafor"): the span is the surname alone.
	KindTitledSurname
	// KindInvertedName is "Surname, Given" where nothing else could be
	// meant: a surname that is not also a given name, one given name, in a
	// list or record (after the start of the text or a : ; ( | or line
	// break, before its end or a ; ) | . or line break).
	KindInvertedName
	// KindGreetedName is a given name alone after a greeting ("Hi Ann,",
	// "Dear Olusegun!"): the span is the name.
	KindGreetedName
	// KindOwnerName is a given name alone in a device's default name
	// ("Ann's iPhone", "iPhone von Jonas"): the span is the name.
	KindOwnerName
	// KindChatHandle is a Matrix user id or a fediverse handle in a text
	// ("ping @ann:matrix.org", "cc @ann@mastodon.social"): see IsChatHandle.
	KindChatHandle
	// KindLogin is a login spelled from a person's name ("jsmith"), found
	// only as a whole value (a column of user keys that mixes logins and
	// emails), never as a word of a text, where a letter and a surname
	// spell ordinary words: see IsNameLogin.
	KindLogin
	// KindRecordID is an identifier in a structured record's identifier
	// field (an HL7 message's PID-3: a patient's chart number, national id
	// or ART code), whatever its shape.
	KindRecordID
	// KindStreet is a street line in a structured record's address field
	// (an HL7 message's PID-11).
	KindStreet
	// KindBirthDate is a birth date in a structured record's birth date
	// field (an HL7 message's PID-7), written YYYYMMDD.
	KindBirthDate

	numKinds
)

// NumKinds is one more than the largest Kind, for tables indexed by Kind.
const NumKinds = int(numKinds)

var kindNames = [numKinds]string{
	KindEmail: "email", KindPhone: "phone", KindCard: "card", KindIBAN: "iban", KindNationalID: "national_id",
	KindIPv4: "ipv4", KindIPv6: "ipv6", KindMAC: "mac",
	KindURLCredential: "url_credential", KindToken: "token", KindPasswordHash: "password_hash", KindPrivateKey: "private_key",
	KindPersonName: "person_name", KindTitledSurname: "titled_surname", KindInvertedName: "inverted_name",
	KindGreetedName: "greeted_name", KindOwnerName: "owner_name",
	KindChatHandle: "chat_handle", KindLogin: "login",
	KindRecordID: "record_id", KindStreet: "street", KindBirthDate: "birth_date",
}

func (k Kind) String() string {
	if k > 0 && k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// Span is an entity of text: text[Start:End] is one Kind.
type Span struct {
	Kind       Kind
	Start, End int
}

// AppendEntities appends to dst the entities of text, in order and not
// overlapping, and returns the extended slice. Where two candidates
// overlap, the one that starts first wins, and of two that start together
// the longer: a PEM block swallows the base64 inside it, a URL credential
// the email-like user@host after it.
//
// It reads text once per trigger (@, ://, :, -----BEGIN) and once for word
// starts, and looks closer only at words that begin with a digit, +, $, an
// upper-case letter or a vendor token prefix: prose without entities costs
// little more than a scan.
func AppendEntities(dst []Span, text string) []Span {
	n0 := len(dst)
	sc := scanner{s: text, spans: dst}
	seps, hl7 := sc.hl7()
	fields := len(sc.spans)
	sc.privateKeys()
	sc.urlCredentials()
	sc.emails()
	sc.ipv6()
	sc.apiTokens()
	sc.words()
	sc.login()
	if hl7 {
		// An HL7 message's fields were read by position. What the other
		// scanners find inside them, or across its separators (ROUX^Élodie
		// as one name), would not keep its structure: they keep only what
		// lies within one component outside those fields (a name in a
		// note's text, an email in a phone's component).
		sepChars := string([]byte{seps.field, seps.comp, seps.rep, seps.sub})
		read := sc.spans[n0:fields]
		others := slices.DeleteFunc(sc.spans[fields:], func(sp Span) bool {
			if strings.ContainsAny(text[sp.Start:sp.End], sepChars) {
				return true
			}
			for _, r := range read {
				if sp.Start < r.End && r.Start < sp.End {
					return true
				}
			}
			return false
		})
		sc.spans = sc.spans[:fields+len(others)]
	}
	spans := sc.spans[n0:]
	if len(spans) < 2 {
		return sc.spans
	}
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	k := 1
	for _, sp := range spans[1:] {
		if sp.Start >= spans[k-1].End {
			spans[k] = sp
			k++
		}
	}
	return sc.spans[:n0+k]
}

type scanner struct {
	s     string
	spans []Span
}

// login adds the whole text, spaces trimmed, when it is a login spelled
// from a name.
func (sc *scanner) login() {
	if t := strings.TrimSpace(sc.s); IsNameLogin(t) {
		start := len(sc.s) - len(strings.TrimLeftFunc(sc.s, unicode.IsSpace))
		sc.add(KindLogin, start, start+len(t))
	}
}

func (sc *scanner) add(k Kind, start, end int) {
	sc.spans = append(sc.spans, Span{Kind: k, Start: start, End: end})
}

// isWordByte reports a byte that continues a word: a letter, a digit, _ or
// any byte of a multi-byte character.
func isWordByte(c byte) bool { return isAlnum(c) || c == '_' || c >= 0x80 }

// boundaryBefore reports whether a word may start at i.
func boundaryBefore(s string, i int) bool { return i == 0 || !isWordByte(s[i-1]) }

// boundaryAfter reports whether a word may end at i.
func boundaryAfter(s string, i int) bool { return i == len(s) || !isWordByte(s[i]) }

// trimProse returns the end of s[start:end] without the sentence
// punctuation that follows a token in prose.
func trimProse(s string, start, end int) int {
	for end > start && strings.IndexByte(".,;:!?)]'\"", s[end-1]) >= 0 {
		end--
	}
	return end
}

// eachIndex calls fn with the offset of each occurrence of sub in s, in
// order; fn returns where the search goes on (past the match at least).
func eachIndex(s, sub string, fn func(at int) (next int)) {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return
		}
		off = max(fn(off+i), off+i+1)
	}
}

// privateKeys finds PEM private key blocks, to their END line or the end of
// the text, and PuTTY key files, to their Private-MAC line.
func (sc *scanner) privateKeys() {
	s := sc.s
	eachIndex(s, "-----BEGIN ", func(start int) int {
		if !pemPrivateKeyHeader(s[start:]) {
			return start + 1
		}
		stop := len(s)
		if e := strings.Index(s[start:], "-----END "); e >= 0 {
			k := start + e + len("-----END ")
			if c := strings.Index(s[k:], "-----"); c >= 0 && c <= 40 {
				stop = k + c + len("-----")
			}
		}
		sc.add(KindPrivateKey, start, stop)
		return stop
	})
	eachIndex(s, "PuTTY-User-Key-File-", func(start int) int {
		stop := len(s)
		if m := strings.Index(s[start:], "Private-MAC:"); m >= 0 {
			stop = start + m
			for stop < len(s) && s[stop] != '\n' && s[stop] != '\r' {
				stop++
			}
		}
		sc.add(KindPrivateKey, start, stop)
		return stop
	})
}

func (sc *scanner) urlCredentials() {
	s := sc.s
	eachURL(s, func(start, end int) bool {
		base := start
		urlCredentials(s[start:trimProse(s, start, end)], func(a, b int) bool {
			sc.add(KindURLCredential, base+a, base+b)
			return true
		})
		return true
	})
}

// emails finds each @ and reads the address around it: a local part of
// letters, digits and . _ % + - to the left, a domain to the right.
func (sc *scanner) emails() {
	s := sc.s
	eachIndex(s, "@", func(at int) int {
		if end := chatHandleAt(s, at); end > 0 {
			sc.add(KindChatHandle, at, end) // @ann:matrix.org, @ann@mastodon.social
			return end
		}
		start := at
		for start > 0 {
			c := s[start-1]
			if c < utf8.RuneSelf {
				if !isAlnum(c) && strings.IndexByte("._%+-", c) < 0 {
					break
				}
				start--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[:start])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			start -= n
		}
		for start < at && s[start] == '.' {
			start++
		}
		end := at + 1
		for end < len(s) {
			c := s[end]
			if c < utf8.RuneSelf {
				if !isAlnum(c) && c != '-' && c != '.' {
					break
				}
				end++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			end += n
		}
		for end > at+1 && (s[end-1] == '.' || s[end-1] == '-') {
			end--
		}
		if start < at && IsEmail(s[start:end]) {
			sc.add(KindEmail, start, end)
			return end
		}
		return at + 1
	})
	eachIndex(s, "%40", func(at int) int {
		if start, end, ok := encodedEmail(s, at); ok {
			sc.add(KindEmail, start, end)
			return end
		}
		return at + 1
	})
}

// localPartEscapes are the hex digits of the escapes a local part holds:
// + . _ -.
var localPartEscapes = newFoldSet("2b", "2e", "5f", "2d")

// encodedEmail reads a percent-encoded email address around the %40 at
// at, as a URL's query string or a form body carries it
// (?email=ann.lee%2Bnews%40example.org&utm_source=...): a local part of
// letters, digits, . _ - and the escapes of + . _ - to the left, a domain
// to the right. Any other escape ends the local part: a query encoded
// inside a link's parameter quotes an address (%27ann%40example.org%27,
// %3Dann%40...) and the quote is no part of it. It reports the span of
// the encoded address.
func encodedEmail(s string, at int) (start, end int, ok bool) {
	start = at
	for start > 0 {
		if start >= 3 && s[start-3] == '%' && isHex(s[start-2]) && isHex(s[start-1]) {
			if !localPartEscapes.has(s[start-2 : start]) {
				break
			}
			start -= 3
			continue
		}
		if c := s[start-1]; isAlnum(c) || c == '.' || c == '_' || c == '-' {
			start--
			continue
		}
		break
	}
	end = at + 3
	for end < len(s) && (isAlnum(s[end]) || s[end] == '-' || s[end] == '.') {
		end++
	}
	for end > at+3 && (s[end-1] == '.' || s[end-1] == '-') {
		end--
	}
	if start == at || end == at+3 {
		return 0, 0, false
	}
	addr, err := url.QueryUnescape(s[start:end])
	if err != nil || !IsEmail(addr) {
		return 0, 0, false
	}
	return start, end, true
}

// ipv6 finds each run of hex digits, colons and dots holding two colons
// or more and a digit, with an optional /prefix length, and checks it.
func (sc *scanner) ipv6() {
	s := sc.s
	isV6 := func(c byte) bool { return isHex(c) || c == ':' || c == '.' }
	eachIndex(s, ":", func(colon int) int {
		start, end := colon, colon+1
		for start > 0 && isV6(s[start-1]) {
			start--
		}
		for end < len(s) && isV6(s[end]) {
			end++
		}
		next := end
		if end < len(s) && s[end] == '/' {
			k := end + 1
			for k < len(s) && k-end <= 3 && isDigit(s[k]) {
				k++
			}
			if k > end+1 {
				end = k
			}
		}
		tok := s[start:end]
		if !boundaryBefore(s, start) || !boundaryAfter(s, end) || strings.Count(tok, ":") < 2 || strings.IndexAny(tok, "0123456789") < 0 {
			return next
		}
		// A colon or full stop after the address belongs to the sentence.
		for end > start+2 && !IsIPv6(s[start:end]) && (s[end-1] == '.' || s[end-1] == ':') {
			end--
		}
		if IsIPv6(s[start:end]) {
			sc.add(KindIPv6, start, end)
		}
		return next
	})
}

// apiTokens finds the credentials no vendor prefix names, as HasAPIToken
// does: each run of base64 characters (with its = padding) of 20 bytes or
// more that is a <prefix>_<random> token or a bare base64 key, and not an
// ad click's id in a URL (?gclid=).
func (sc *scanner) apiTokens() {
	s := sc.s
	for i := 0; i < len(s); {
		if !tokenBytes[s[i]] {
			i++
			continue
		}
		j := i
		underscore := false
		for j < len(s) && tokenBytes[s[j]] {
			underscore = underscore || s[j] == '_'
			j++
		}
		for j < len(s) && s[j] == '=' && j-i < 2048 {
			j++
		}
		if end, ok := assignedCredential(s, i); ok {
			sc.add(KindToken, i, end) // password=..., to the value's end
			i = max(j, end)
			continue
		}
		if n := j - i; n >= 20 && n <= 1024 && (underscore || n >= 43) && !randomParamValue(s, i) && !ageRecipient(s[i:j]) && !publicKeyRun(s, i) && (prefixedToken(s[i:j]) || base64Key(s, i, j)) ||
			namedCredential(s, i, j) {
			sc.add(KindToken, i, j)
		}
		i = j
	}
}

// words examines each word start whose first byte may begin an entity.
func (sc *scanner) words() {
	s := sc.s
	for i := 0; i < len(s); {
		c := s[i]
		if !startsEntity[c] || prefixOnly[c] && (i+1 == len(s) || !prefixPair[uint16(c)<<8|uint16(s[i+1])]) || !boundaryBefore(s, i) {
			i++
			continue
		}
		i = sc.word(i)
	}
}

// startsEntity marks the bytes an entity found at a word start may begin
// with. prefixOnly marks those that begin nothing but a vendor's token or
// a password hash's prefix (g, h, p, s, t, ...), and prefixPair the first
// two bytes of those prefixes: a word of prose that starts with such a
// letter ("the", "people") is passed by on its second byte.
var startsEntity, prefixOnly, prefixPair = func() (t, only [256]bool, pair [1 << 16]bool) {
	for _, c := range "0123456789abcdefABCDEF" {
		t[c] = true // digits, and hex digits for MAC addresses
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := 0xC3; c <= 0xC5; c++ {
		t[c] = true // the lead bytes of Latin-1 and Latin Extended-A letters: Émile, Łukasz
	}
	for _, c := range "+$e" {
		t[c] = true
	}
	prefixes := slices.Concat(hashPrefixes[:])
	for _, tok := range vendorTokens {
		prefixes = append(prefixes, tok.prefix)
	}
	for _, p := range prefixes {
		if !t[p[0]] {
			only[p[0]] = true
		}
	}
	for _, p := range prefixes {
		t[p[0]] = true
		pair[uint16(p[0])<<8|uint16(p[1])] = true
	}
	return t, only, pair
}()

// word examines the word at i and returns where to go on: after the
// entity it found, or i+1.
func (sc *scanner) word(i int) int {
	s := sc.s
	c := s[i]
	if isHex(c) {
		if end := sc.mac(i); end > i {
			return end
		}
	}
	switch {
	case isDigit(c) || c == '+' && i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == '('):
		if end := sc.numeric(i); end > i {
			return end
		}
	case isUpper(c) || c >= utf8.RuneSelf:
		if end := sc.iban(i); end > i {
			return end
		}
		if end := sc.lettersID(i); end > i {
			return end
		}
		if end := sc.name(i); end > i {
			return end
		}
	}
	if end := sc.secret(i); end > i {
		return end
	}
	return i + 1
}

// secret finds a token or a password hash starting at i.
func (sc *scanner) secret(i int) int {
	s := sc.s
	rest := s[i:]
	if s[i] == 'e' && strings.HasPrefix(rest, "eyJ") && (i == 0 || s[i-1] != '.') {
		if end, ok := jwtAt(s, i); ok {
			sc.add(KindToken, i, end)
			return end
		}
	}
	for _, t := range vendorByFirst[s[i]] {
		if strings.HasPrefix(rest, t.prefix) {
			if end, ok := t.at(s, i); ok {
				sc.add(KindToken, i, end)
				return end
			}
		}
	}
	if s[i] == '$' || hasHashPrefix(rest) {
		if end, ok := passwordHashAt(s, i); ok {
			sc.add(KindPasswordHash, i, end)
			return end
		}
	}
	return i
}

// hashPrefixes begin the password hash formats that do not begin with $.
var hashPrefixes = [...]string{"md5", "pbkdf2", "argon2$", "bcrypt", "scrypt", "SCRAM-SHA-256$", "sha1$", "sha224$", "sha256$", "sha384$", "sha512$", "unsalted_"}

// hasHashPrefix reports the start of a password hash format that does not
// begin with $.
func hasHashPrefix(s string) bool {
	for _, p := range hashByFirst[s[0]] {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// vendorByFirst and hashByFirst index the token shapes and hash prefixes
// by their first byte, so a word start costs a table look-up; tokenBytes
// is isTokenByte as a table.
var (
	vendorByFirst = func() (t [256][]tokenShape) {
		for _, v := range vendorTokens {
			t[v.prefix[0]] = append(t[v.prefix[0]], v)
		}
		return t
	}()
	hashByFirst = func() (t [256][]string) {
		for _, p := range hashPrefixes {
			t[p[0]] = append(t[p[0]], p)
		}
		return t
	}()
	tokenBytes = func() (t [256]bool) {
		for c := range 256 {
			t[c] = isTokenByte(byte(c))
		}
		return t
	}()
)

// numericGroup is a run of digits in a numeric run, with the separator
// before it.
type numericGroup struct {
	start, end int
	sep        string
	digits     int // digits from the run's first group through this one
}

// maxGroups bounds the groups read from one numeric run; a longer run is
// read again from where the window stopped.
const maxGroups = 24

// numeric examines the run of digit groups that starts at i (a digit, or
// + for a phone number): digits joined by single separators (space, dash,
// dot, slash, or a parenthesis with at most one space or dash beside it).
// A candidate starts at the run's start or at a group after a space, and
// ends at a group's end; the longest that is an entity wins.
func (sc *scanner) numeric(i int) int {
	s := sc.s
	if end := i + 11; end <= len(s) && boundaryAfter(s, end) && fiHETU(s[i:end]) {
		// A Finnish identity code: its sign and check character are no
		// separators of digit groups.
		sc.add(KindNationalID, i, end)
		return end
	}
	var groups [maxGroups]numericGroup
	n := 0
	j := i
	if s[j] == '+' {
		j++
	}
	sep := ""
	for n < maxGroups {
		if j < len(s) && s[j] == '(' && sep == "" && n == 0 {
			sep, j = "(", j+1 // +1 (202) ...
		}
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == j {
			break
		}
		d := k - j
		if n > 0 {
			d += groups[n-1].digits
		}
		groups[n] = numericGroup{start: j, end: k, sep: sep, digits: d}
		n++
		// The separator to the next group.
		m := k
		for m < len(s) && m-k < 2 && strings.IndexByte(" -./()", s[m]) >= 0 {
			m++
		}
		sep = s[k:m]
		if m == k || m == len(s) || !isDigit(s[m]) || !validSeparator(sep) {
			break
		}
		j = m
	}
	if n == 0 {
		return i
	}
	if s[i] != '+' {
		if end := labelledPhoneEnd(s, i); end > i {
			sc.add(KindPhone, i, end)
			return end
		}
	}
	if n >= 8 && bitLockerAt(s, i) {
		// A BitLocker recovery key: a credential, whatever its digits.
		sc.add(KindToken, i, i+bitLockerLen)
		return i + bitLockerLen
	}
	stop := groups[n-1].end
	for a := 0; a < n; a++ {
		start := groups[a].start
		switch {
		case a == 0:
			start = i
		case groups[a].sep != " ":
			continue
		}
		if end, k := sc.numericAt(start, groups[a:n], a > 0); end > 0 {
			sc.add(k, start, end)
			if end == stop {
				return end
			}
			// Go on after the entity, at the first group past it.
			for a+1 < n && groups[a+1].start < end {
				a++
			}
		}
	}
	return stop
}

func validSeparator(sep string) bool {
	switch sep {
	case " ", "-", ".", "/", "(", ")", " (", ") ", ")-":
		return true
	}
	return false
}

// numericAt tries the candidates that start at start and span groups
// g[0..b], longest first.
func (sc *scanner) numericAt(start int, g []numericGroup, inner bool) (int, Kind) {
	s := sc.s
	before := 0
	if inner {
		before = g[0].digits - (g[0].end - g[0].start)
	}
	plus := s[start] == '+'
	// A dotted quad, with an optional /prefix length; after "oid:" it is
	// an object identifier (SAML's urn:oid:2.5.4.42, a given name's
	// attribute), not an address.
	if !plus && len(g) >= 4 && g[1].sep == "." && g[2].sep == "." && g[3].sep == "." && (len(g) == 4 || g[4].sep != ".") &&
		!AfterOID(s, start) {
		end := g[3].end
		if len(g) >= 5 && g[4].sep == "/" {
			end = g[4].end
		}
		for _, e := range [2]int{end, g[3].end} {
			if boundaryAfter(s, e) && IsIPv4(s[start:e]) {
				return e, KindIPv4
			}
		}
	}
	for b := len(g) - 1; b >= 0; b-- {
		end := g[b].end
		if end-start > 40 || !boundaryAfter(s, end) {
			continue
		}
		digits := g[b].digits - before
		text := s[start:end]
		switch {
		case plus:
			if digits >= 8 && digits <= 15 && IsPhone(text) {
				return end, KindPhone
			}
		case digits >= 13 && digits <= 19 && IsCardNumber(text):
			return end, KindCard
		case digits >= 9 && digits <= 15 && NationalIDKind(text) != "":
			return end, KindNationalID
		}
	}
	return 0, 0
}

// AfterOID reports whether what starts at i in s follows "oid:" (any
// case): an object identifier's arcs (SAML's urn:oid:2.5.4.42), not an
// IPv4 address, however much they look like one.
func AfterOID(s string, i int) bool {
	return i >= 4 && i <= len(s) && strings.EqualFold(s[i-4:i], "oid:")
}

// mac finds a MAC address at i: pairs of hex digits joined by colons or
// dashes, or groups of four joined by dots.
func (sc *scanner) mac(i int) int {
	s := sc.s
	if !(i+14 <= len(s) && (s[i+2] == ':' || s[i+2] == '-' || s[i+4] == '.')) {
		return i
	}
	for _, n := range [...]int{23, 19, 17, 14} {
		if i+n <= len(s) && boundaryAfter(s, i+n) && IsMAC(s[i:i+n]) {
			sc.add(KindMAC, i, i+n)
			return i + n
		}
	}
	return i
}

// lettersID finds a national identifier that starts with two capitals at
// i: a VAT number (DE123456789, FR 40 303265045), a UK NINO (AB 12 34 56 C)
// or an Indian PAN. Groups of letters and digits are joined by single
// spaces, dots, dashes or slashes; the longest candidate wins.
func (sc *scanner) lettersID(i int) int {
	s := sc.s
	if i+9 > len(s) || !isUpper(s[i+1]) {
		return i
	}
	var ends [8]int
	n, chars, digits := alnumGroups(s, i, " .-/", 24, ends[:])
	if digits < 4 || chars < 9 {
		return i
	}
	return sc.longestAt(KindNationalID, i, ends[:n], IsNationalID)
}

// iban finds an IBAN at i: two upper-case letters, two digits, then the
// rest compact or in groups separated by single spaces.
func (sc *scanner) iban(i int) int {
	s := sc.s
	if i+4 > len(s) || !isUpper(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return i
	}
	var ends [12]int
	n, _, _ := alnumGroups(s, i, " ", 34, ends[:])
	return sc.longestAt(KindIBAN, i, ends[:n], IsIBAN)
}

// alnumGroups reads from i groups of capitals and digits joined by single
// separators from seps, maxChars of them at most in all, and fills ends
// with the end of each group. It returns the groups, the characters and
// the digits read.
func alnumGroups(s string, i int, seps string, maxChars int, ends []int) (n, chars, digits int) {
	for j := i; j < len(s) && n < len(ends); {
		k := j
		for k < len(s) && (isUpper(s[k]) || isDigit(s[k])) {
			if isDigit(s[k]) {
				digits++
			}
			k++
		}
		if k == j || chars+k-j > maxChars {
			break
		}
		chars += k - j
		ends[n] = k
		n++
		if k+1 >= len(s) || strings.IndexByte(seps, s[k]) < 0 || !(isUpper(s[k+1]) || isDigit(s[k+1])) {
			break
		}
		j = k + 1
	}
	return n, chars, digits
}

// longestAt adds a span of kind k for the longest s[i:end], end one of
// ends, that ends a word and that is accepts, and returns its end; i when
// there is none.
func (sc *scanner) longestAt(k Kind, i int, ends []int, is func(string) bool) int {
	s := sc.s
	for b := len(ends) - 1; b >= 0; b-- {
		if boundaryAfter(s, ends[b]) && is(s[i:ends[b]]) {
			sc.add(k, i, ends[b])
			return ends[b]
		}
	}
	return i
}

// maxNameWords bounds the words read as one name: a title, six name words
// (as IsPersonName) and a suffix.
const maxNameWords = 8

// name finds a person's name at i, a capitalised word: a full name, a
// title and a surname, or an inverted "Surname, Given".
func (sc *scanner) name(i int) int {
	s := sc.s
	var ends [maxNameWords]int // the end of each word read
	var starts [maxNameWords]int
	end, ok := nameWordEnd(s, i, true)
	if !ok {
		return i
	}
	if p := possessive(s, i, end); possessiveOwner(s, i, p, end) {
		sc.add(KindOwnerName, i, p) // Ann's iPhone
		return end
	}
	if linkedOwner(s, i, end) {
		sc.add(KindOwnerName, i, end) // iPhone von Jonas
		return end
	}
	// Most capitalised words start a sentence: one look-up rules them out.
	title := isTitle(s[i:end])
	if !title && !nameStart(s[i:end]) {
		return end
	}
	starts[0], ends[0] = i, end
	n := 1
	for j := end + 1; n < maxNameWords && j < len(s) && s[j-1] == ' '; {
		end, ok := nameWordEnd(s, j, false)
		if !ok {
			break
		}
		starts[n], ends[n] = j, end
		n++
		j = end + 1
	}
	if title {
		if n >= 3 && nameStart(s[starts[1]:ends[1]]) {
			if end := sc.personName(starts[1], ends[2:n]); end > 0 {
				return end
			}
		}
		if n >= 2 && IsPersonName(s[i:ends[1]]) {
			// Dr Patel's: the surname without the possessive; Dr AA's, the
			// surname Aas read through its apostrophe: the whole word.
			if e := possessive(s, starts[1], ends[1]); IsSurname(s[starts[1]:e]) {
				sc.add(KindTitledSurname, starts[1], e)
			} else if IsSurname(s[starts[1]:ends[1]]) {
				sc.add(KindTitledSurname, starts[1], ends[1])
			}
			return ends[1]
		}
		return ends[0]
	}
	if n >= 2 {
		if end := sc.personName(i, ends[1:n]); end > 0 {
			return end
		}
	}
	if n == 1 {
		if end := sc.invertedName(i, ends[0]); end > 0 {
			return end
		}
	}
	if greetedName(s, i, ends[0]) {
		sc.add(KindGreetedName, i, ends[0])
	}
	return ends[0]
}

// greetings are the words a letter or a message greets, welcomes or
// thanks someone with.
var greetings = []string{"Hi", "Hello", "Dear", "Hey", "Bonjour", "Hallo", "Hola", "Ciao", "Olá", "Hej",
	"Welcome", "Thanks", "Congratulations", "Congrats"}

// greetedName reports a listed given name alone at s[start:end], right
// after a greeting and a space, and before a comma, an exclamation mark,
// a line break or the end: "Hi Ann," names Ann. So does a given name that
// opens the text (after white space and HTML tags), addressed before a
// comma and a word in lower case: "Ann, this is a big improvement"; a
// name that is also an ordinary word (Will, Rose) does not there.
func greetedName(s string, start, end int) bool {
	if vocative(s, start, end) {
		f := lookupName(s[start:end])
		return f&nameGiven != 0 && f&nameCommon == 0
	}
	if end < len(s) && s[end] != ',' && s[end] != '!' && s[end] != '\n' {
		return false
	}
	if start < 2 || s[start-1] != ' ' || lookupName(s[start:end])&nameGiven == 0 {
		return false
	}
	before := s[:start-1]
	for _, g := range greetings {
		if strings.HasSuffix(before, g) && (len(before) == len(g) || !isWordByte(before[len(before)-len(g)-1])) {
			return true
		}
	}
	return false
}

// vocative reports a capitalised word at s[start:end] that opens the
// text, after white space and HTML tags, and is followed by a comma, a
// space and a lower-case letter. A word in lower case there opens a list
// ("siena, dressoir, bouclé": a product's keywords), not an address.
func vocative(s string, start, end int) bool {
	if end+2 >= len(s) || s[end] != ',' || s[end+1] != ' ' || !isLower(s[end+2]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[start:end]); !unicode.IsUpper(r) {
		return false
	}
	return textStart(s) == start
}

// textStart is the offset of the first byte of s that is neither white
// space nor inside an HTML tag.
func textStart(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case isSpace(s[i]):
			i++
		case s[i] == '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return i
			}
			i += j + 1
		default:
			return i
		}
	}
	return i
}

// nameStart reports a word that may begin a name: a listed given name or
// surname, or an initial.
func nameStart(w string) bool {
	return isInitial(w) || lookupName(w)&(nameGiven|nameSurname) != 0
}

// personName tries the names that start at start and end at one of ends,
// longest first.
func (sc *scanner) personName(start int, ends []int) int {
	s := sc.s
	for k := len(ends) - 1; k >= 0; k-- {
		end := possessive(s, start, ends[k])
		if IsPersonName(s[start:end]) {
			sc.add(KindPersonName, start, end)
			return ends[k]
		}
	}
	return 0
}

// invertedName finds "Surname, Given" at start, the surname ending at end.
func (sc *scanner) invertedName(start, end int) int {
	s := sc.s
	if !listStart(s, start) || end+2 >= len(s) || s[end] != ',' || s[end+1] != ' ' || !isUpper(s[end+2]) && s[end+2] < utf8.RuneSelf {
		return 0
	}
	gEnd, ok := nameWordEnd(s, end+2, true)
	if !ok || !listEnd(s, gEnd) {
		return 0
	}
	last := s[start:end]
	if f := lookupName(last); f&nameSurname == 0 || f&(nameGiven|nameCommon) != 0 {
		return 0
	}
	if !IsPersonName(s[start:gEnd]) {
		return 0
	}
	sc.add(KindInvertedName, start, gEnd)
	return gEnd
}

// listStart reports that a name at i begins a list item or a record: the
// start of the text, or a : ; ( | or line break before it (spaces between).
func listStart(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || strings.IndexByte(":;(|\n\r", s[i-1]) >= 0
}

// listEnd reports that a name ending at i ends a list item or a record:
// the end of the text, a ; ) | or line break, or a full stop that ends the
// text or a sentence.
func listEnd(s string, i int) bool {
	if i == len(s) || strings.IndexByte(";)|\n\r", s[i]) >= 0 {
		return true
	}
	return s[i] == '.' && (i+1 == len(s) || isSpace(s[i+1]))
}

// nameWordEnd reads a word of a name at i: letters, hyphens and
// apostrophes, or a title or an initial with its full stop. A word after
// the first may be a lower-case particle (van, de, bin). It reports where
// the word ends, and false when no such word starts at i.
func nameWordEnd(s string, i int, first bool) (int, bool) {
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if !isAlpha(c) && !(j > i && (c == '-' || c == '\'')) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !(j > i && (r == '’' || unicode.Is(unicode.Mn, r))) {
			break
		}
		j += n
	}
	if j == i || j < len(s) && (isDigit(s[j]) || s[j] == '_' || s[j] == '@') {
		return i, false
	}
	w := s[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) && !(!first && (isParticle(w) || nameCase(w))) {
		return i, false
	}
	// The full stop of an initial or a title: "B.", "Dr.", but not the
	// one that ends a sentence after a name.
	if j < len(s) && s[j] == '.' && (isInitial(w) || isTitle(w) || isSuffix(w)) {
		j++
	}
	return j, true
}

// possessive returns end without an 's after a name: "Ann Smith's".
func possessive(s string, start, end int) int {
	for _, suffix := range [...]string{"'s", "’s"} {
		if end-start > len(suffix)+1 && strings.HasSuffix(s[:end], suffix) {
			return end - len(suffix)
		}
	}
	return end
}
