package detect

import (
	"slices"
	"strings"
)

// HasAPIToken reports whether s contains a credential that no vendor
// prefix names, by its structure and the randomness of its random part:
//
//   - an environment marker between a prefix and a random part:
//     <prefix>_live_<random>, _test_, _prod_, _sandbox_ ... with at least
//     20 random letters and digits (acme_live_..., shop_test_...);
//   - a prefix that says secret (sk_, rk_, key_, secret_, token_, api_,
//     pat_, private_, access_, refresh_, session_ ...) and at least 20;
//   - any other <word>_<random> with at least 32;
//   - a bare base64 or base64url key of at least 32 random bytes (43
//     characters or more, no spaces) that decodes to binary, not text.
//
// "Random" means letters of both cases and digits, at least 3.5 bits of
// Shannon entropy per character, and no run of one character: prose, slugs,
// file names, SKUs, UUIDs and version strings never are. Left out on
// purpose: object ids written <type>_<random> by payment APIs and id
// schemes (ch_, cus_, pi_, evt_, acct_, user_, org_ ...: identifiers, not
// credentials) unless the random part runs to 32 or more; publishable keys
// (pk_live_, pk_test_), which are meant to be public; bare hexadecimal
// strings, which are as likely digests (IsHexDigest confirms a secret-named
// column); images and archives in base64 (data: URIs, PNG, JPEG, GIF, PDF,
// zip and gzip headers); certificates and public keys (a PEM block that is
// not a private key's, an OpenSSH public key line); the hash inside a
// crypt(3) password hash and the segments of a JWT; and the tokens a vendor
// detector names (ghp_, sk_live_, whsec_ ...: HasGitHubToken, HasStripeKey).
func HasAPIToken(s string) bool {
	if HasSendGridKey(s) || hasAny(s, otherTokens) {
		return true // no vendor detector of its own names them
	}
	// A token is a run of base64url characters; base64 keys also hold + /
	// and end in =.
	for i := 0; i < len(s); {
		if !isTokenByte(s[i]) {
			i++
			continue
		}
		if s[i] == '-' && strings.HasPrefix(s[i:], "-----BEGIN ") && !pemPrivateKeyHeader(s[i:]) {
			i = pemEnd(s, i) // a certificate or a public key: published by design
			continue
		}
		j := i
		for j < len(s) && isTokenByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == ' ' && sshPublicKeyType(s[i:j]) {
			// ssh-ed25519 AAAA...: the key after the type is public.
			for j++; j < len(s) && isTokenByte(s[j]); j++ {
			}
			i = j
			continue
		}
		for j < len(s) && s[j] == '=' && j-i < 2048 {
			j++
		}
		if i == 0 && j == len(s) && contentPath(s) {
			return false // tasks/12/<sha1>: where an upload is stored
		}
		// A segment of a dotted token (a JWT's signature) is the dotted
		// token's business (HasJWT), not a bare key.
		// So is the hash after a crypt(3) $id$salt$ (IsPasswordHash).
		if publicKeyRun(s, i) {
			i = j // ed25519:<key>, SHA256:<fingerprint>: a public key or its digest
			continue
		}
		if randomParamValue(s, i) {
			i = j // ?gclid=<random>, ?$deltatoken=<random>: random by design, no credential
			continue
		}
		if ageRecipient(s[i:j]) {
			i = j // age1...: an age encryption recipient, a public key
			continue
		}
		if traceParent(s[i:j]) {
			i = j // 00-<trace id>-<span id>-01: a W3C trace context, random ids of a request
			continue
		}
		// A run right after a $ is a crypt(3) hash's or an id's ($ starts
		// Matrix's event ids): not a token with a prefix either.
		sigil := i > 0 && s[i-1] == '$'
		// Ids of one length joined (/yakMGkWM9t3/ISclLiMaQoY, a path of a
		// hierarchy's ids) are not one random run.
		if j-i >= 20 && j-i <= 1024 && (!sigil && prefixedToken(s[i:j]) || !dottedRun(s, i, j) && base64Key(s, i, j)) && !joinedIDs(s[i:j]) {
			return true
		}
		if namedCredential(s, i, j) {
			return true
		}
		if _, ok := assignedCredential(s, i); ok {
			return true
		}
		i = j
	}
	return false
}

// assignedCredential reports a value at s[i:] assigned to a name that says
// credential, as environment files, connection strings and config lines
// write them (RESTIC_PASSWORD=..., AWS_SECRET_ACCESS_KEY=..., password=
// in libpq's "host=db user=app password=...", Password= in ADO.NET's),
// and where the value ends: at a space, a quote, or ; & , < > ) ] }. The
// value is 6 bytes or more and no placeholder, whatever it looks like; a
// URL's parameters are HasURLCredentials'.
// The name's last word is pwd or ends in password, passwd, passphrase,
// secret, apikey or token (not a page's or a cursor's token), or is key after
// secret, private, api, encryption, signing or master; in lower case,
// upper case or capitalised (the credential scan's prefilter looks for
// those spellings before =).
func assignedCredential(s string, i int) (int, bool) {
	if i < 2 || s[i-1] != '=' {
		return 0, false
	}
	k := i - 1
	for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '_' || s[k-1] == '-' || s[k-1] == '.') {
		k--
	}
	if !credentialAssignee(s[k : i-1]) {
		return 0, false
	}
	w := k
	for w > 0 && !isSpace(s[w-1]) && s[w-1] != '"' && s[w-1] != '\'' {
		w--
	}
	if strings.Contains(s[w:k], "://") {
		return 0, false // a URL's parameter: HasURLCredentials reads it
	}
	end := i
	for end < len(s) && end-i <= 1024 && !isSpace(s[end]) && strings.IndexByte("\"'`;&,<>)]}", s[end]) < 0 {
		end++
	}
	if end > i && s[end-1] == '.' && (end == len(s) || isSpace(s[end])) {
		end-- // the sentence's full stop
	}
	if end-i < 6 || end-i > 1024 || placeholder(s[i:end]) {
		return 0, false
	}
	return end, true
}

// pageTokenWords name a token that pages through results (page_token,
// nextToken, cursor_token): a position, not a credential.
var pageTokenWords = newFoldSet("page", "next", "continuation", "sync", "cursor", "pagination")

// keyQualifiers, before a key, make it a credential: API_KEY, SIGNING_KEY.
var keyQualifiers = newFoldSet("secret", "private", "api", "encryption", "signing", "master")

// credentialAssignee reports a name that says its value is a credential
// (see assignedCredential).
func credentialAssignee(name string) bool {
	var words []string
	start := 0
	for n := 1; n <= len(name); n++ {
		if n == len(name) || name[n] == '_' || name[n] == '-' || name[n] == '.' || isUpper(name[n]) && isLower(name[n-1]) {
			if n > start {
				words = append(words, strings.Trim(name[start:n], "_-."))
			}
			start = n
		}
	}
	if len(words) == 0 || words[len(words)-1] == "" {
		return false
	}
	last := words[len(words)-1]
	lw := strings.ToLower(last)
	if last != lw && last != strings.ToUpper(last) && last != strings.ToUpper(last[:1])+lw[1:] {
		return false
	}
	before := func(set *foldSet) bool { return slices.ContainsFunc(words[:len(words)-1], set.has) }
	switch {
	case lw == "pwd" || strings.HasSuffix(lw, "password") || strings.HasSuffix(lw, "passwd") || strings.HasSuffix(lw, "passphrase") ||
		strings.HasSuffix(lw, "secret") || strings.HasSuffix(lw, "apikey"):
		return true // PGPASSWORD, clientsecret
	case strings.HasSuffix(lw, "token"):
		for _, p := range pageTokenWords.words {
			if strings.HasPrefix(lw, p) {
				return false // nextToken
			}
		}
		return !before(pageTokenWords)
	case lw == "key":
		return before(keyQualifiers)
	}
	return false
}

// dottedRun reports a run s[i:j] of token bytes that is a segment of a
// dotted token (a JWT's, HasJWT's business), or follows a $ (a crypt(3)
// hash's, IsPasswordHash's, or a Matrix id's): no token by itself.
func dottedRun(s string, i, j int) bool {
	return i > 0 && (s[i-1] == '.' || s[i-1] == '$') || j+1 < len(s) && s[j] == '.' && isTokenByte(s[j+1])
}

// namedCredential reports a run s[i:j] that is a credential by what names
// it rather than by a prefix: the token after a Bearer scheme, or a
// Mailchimp key. HasAPIToken and the entity scanner both ask it, so that
// what verify's scan finds, scrub_text replaces.
func namedCredential(s string, i, j int) bool {
	return !dottedRun(s, i, j) && (bearerToken(s, i, j) || mailchimpKey(s[i:j]))
}

// bearerToken reports a run s[i:j] that an HTTP Authorization header's
// Bearer scheme names ("Bearer 7IMPyvwIYD5Lp7Lc..."): 20 characters or
// more that look random, whatever their prefix. A JWT there is HasJWT's.
// The scheme is read as headers and logs spell it, Bearer or bearer (the
// credential scan's prefilter looks for those two).
func bearerToken(s string, i, j int) bool {
	const n = len("Bearer ")
	if j-i < 20 || j-i > 1024 || i < n || s[i-n:i] != "Bearer " && s[i-n:i] != "bearer " || i > n && isAlnum(s[i-n-1]) {
		return false
	}
	return randomPart(strings.TrimRight(s[i:j], "="), "-_.~+/", true)
}

// mailchimpKey reports a Mailchimp API key: 32 hex digits, a dash and the
// account's data centre (us21). No prefix names it, but its shape does.
func mailchimpKey(w string) bool {
	hexPart, dc, ok := strings.Cut(w, "-")
	if !ok || len(hexPart) != 32 || !allBytes(hexPart, isLowerHex) || len(dc) < 3 || len(dc) > 4 || dc[:2] != "us" {
		return false
	}
	return allBytes(dc[2:], isDigit)
}

func isTokenByte(c byte) bool { return isB64URL(c) || c == '+' || c == '/' }

// pemEnd returns the end of the PEM block that starts at s[i:] (after its
// END line's closing dashes), or len(s) when it has none.
func pemEnd(s string, i int) int {
	e := strings.Index(s[i:], "-----END ")
	if e < 0 {
		return len(s)
	}
	at := i + e + len("-----END ")
	if k := strings.Index(s[at:], "-----"); k >= 0 {
		return at + k + len("-----")
	}
	return len(s)
}

// publicKeyRun reports a run at s[i:] that follows a Matrix key id's
// algorithm (ed25519:, curve25519:, signed_curve25519:), which Matrix
// names the public keys of devices and servers with and publishes, or
// OpenSSH's SHA256: before a key's fingerprint, the digest of a public key
// that ssh prints to be compared.
func publicKeyRun(s string, i int) bool {
	if i == 0 || s[i-1] != ':' {
		return false
	}
	for _, alg := range [...]string{"ed25519", "curve25519", "signed_curve25519", "SHA256"} {
		if k := i - 1 - len(alg); k >= 0 && s[k:i-1] == alg && (k == 0 || !isTokenByte(s[k-1])) {
			return true
		}
	}
	return false
}

// trackingParams are the URL query parameters in which ad networks and
// analytics tag a visit or a click (Google's gclid, gbraid and wbraid,
// Microsoft's msclkid, Meta's fbclid ...): a random id, written into every
// landing page's URL, that tracks a browser but signs nobody in.
var trackingParams = newFoldSet(
	"gclid", "gbraid", "wbraid", "dclid", "gclsrc", "_gl", "_ga", "msclkid", "fbclid", "igshid", "ttclid", "twclid",
	"li_fat_id", "yclid", "mc_eid", "mc_cid", "_hsenc", "mkt_tok",
)

// pagingParams are the URL query parameters that carry where a listing
// or a sync resumes (Microsoft Graph's $deltatoken and $skiptoken, Google's
// pageToken and syncToken, a cursor): random by design, and read only
// with the caller's own credential. A position, not a credential.
var pagingParams = newFoldSet(
	"$deltatoken", "$skiptoken", "deltatoken", "skiptoken", "pagetoken", "page_token", "nextpagetoken", "next_page_token",
	"continuationtoken", "continuation_token", "synctoken", "sync_token", "cursor", "next_cursor",
)

// randomParamValue reports whether the run at s[i:] is the value of a
// URL parameter that is random by design and no credential: an ad
// click's id (trackingParams) or a listing's position (pagingParams).
func randomParamValue(s string, i int) bool { return paramValue(s, i, randomParams) }

// randomParams are trackingParams and pagingParams together.
var randomParams = newFoldSet(slices.Concat(trackingParams.words, pagingParams.words)...)

// paramValue reports whether the run at s[i:] is the value of one of the
// named parameters of a URL (?name=... or &name=...).
func paramValue(s string, i int, names *foldSet) bool {
	if i == 0 || s[i-1] != '=' {
		return false
	}
	k := i - 1
	for k > 0 && s[k-1] != '?' && s[k-1] != '&' && s[k-1] != ';' && s[k-1] != '#' && i-1-k < 20 {
		k--
	}
	return k > 0 && (s[k-1] == '?' || s[k-1] == '&' || s[k-1] == ';' || s[k-1] == '#') && names.has(s[k:i-1])
}

// IsTrackingURL reports whether s (spaces trimmed) is an absolute URL
// whose query or fragment carries an ad click's id
// (trackingParams: ?gclid=, &fbclid=, &msclkid= ...) of eight characters
// or more: a landing page or a referrer that tags one browser, a tracking
// id. It does not allocate.
func IsTrackingURL(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 4096 || strings.ContainsAny(s, " \t\n") {
		return false
	}
	if !strings.Contains(s, "://") {
		return false // a path alone is not what the url transformer reads
	}
	q := strings.IndexAny(s, "?#")
	if q < 0 {
		return false
	}
	found := false
	eachParam(s, q+1, func(k string, start, end int) bool {
		found = end-start >= 8 && trackingParams.has(k)
		return !found
	})
	return found
}

// ageRecipient reports an age encryption recipient (age1 and 58 bech32
// characters, an X25519 public key that backups are encrypted to):
// published by design. The identity that decrypts them
// (AGE-SECRET-KEY-1...) is the secret.
func ageRecipient(w string) bool {
	const bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	if len(w) != 62 || !strings.HasPrefix(w, "age1") {
		return false
	}
	for i := 4; i < len(w); i++ {
		if strings.IndexByte(bech32, w[i]) < 0 {
			return false
		}
	}
	return true
}

// sshPublicKeyType reports the key type that begins an OpenSSH public key
// line (ssh-rsa AAAA..., ecdsa-sha2-nistp256 AAAA...).
func sshPublicKeyType(w string) bool {
	switch w {
	case "ssh-rsa", "ssh-dss", "ssh-ed25519", "ssh-ed448", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521":
		return true
	}
	return false
}

// prefixedToken checks <prefix>_<random>: the prefix is one to four
// segments of letters (and digits after the first letter) joined by _, the
// random part the rest after the last _.
func prefixedToken(w string) bool {
	us := strings.LastIndexByte(w, '_')
	if us < 2 || strings.ContainsAny(w, "+/=") {
		return false
	}
	prefix, random := w[:us], w[us+1:]
	if objectSecret(prefix, random) {
		return true
	}
	if len(random) < 20 {
		return false
	}
	segments, marker, secretWord := 0, false, false
	first, second := "", ""
	for seg := range strings.SplitSeq(prefix, "_") {
		if len(seg) == 0 || len(seg) > 24 || !isAlpha(seg[0]) || !allBytes(seg, isAlnum) || !wordCase(seg) {
			return false
		}
		switch segments {
		case 0:
			first = seg
		case 1:
			second = seg
		}
		segments++
		marker = marker || envMarkers.has(seg)
		secretWord = secretWord || secretPrefixes.has(seg)
	}
	if segments > 4 || publicPrefixes.has(first) || vendorPrefixed(first, second) {
		return false
	}
	if segments == 2 && modeIDPrefixes.has(first) && envMarkers.has(second) {
		return false // cs_live_...: a Checkout Session's id, in every success URL
	}
	minLen := 32
	if marker || secretWord {
		minLen = 20
	} else if idPrefixes.has(first) && segments == 1 {
		minLen = 40
	}
	if len(random) < minLen || !randomPart(random, "-", marker || secretWord) {
		return false
	}
	// Hex after a generic word is a digest or an id; after _live_ or sk_ it
	// is a key.
	return marker || secretWord || !allBytes(random, isHex)
}

// objectSecret reports the client secret of a payment API's object,
// <type>_<id>_secret_<random> (prefix and random of prefixedToken's
// split): Stripe's PaymentIntent and SetupIntent client secrets
// (pi_..._secret_..., seti_..._secret_...), Hyperswitch's. The browser
// confirms the payment with it, and whoever holds it reads the
// payment's details and its payment method: a credential, where the
// object's id alone (pi_...) is a reference. The type is one to ten
// lower-case letters, the id 8 to 64 letters and digits, the random
// part 16 or more that look random.
func objectSecret(prefix, random string) bool {
	head, ok := strings.CutSuffix(prefix, "_secret")
	if !ok {
		return false
	}
	typ, id, ok := strings.Cut(head, "_")
	if !ok || len(typ) == 0 || len(typ) > 10 || !allBytes(typ, isLower) || len(id) < 8 || len(id) > 64 || !allBytes(id, isAlnum) {
		return false
	}
	return len(random) >= 16 && randomPart(random, "", true)
}

// wordCase reports a prefix segment written as a word is: lower case, upper
// case or capitalised, digits after the letters (acme, AKIA, Acme, v2).
// Case that changes inside it (yqwmZPCBo, dIpM1) is a random run that
// happens to hold an underscore, as base64url ids do one time in twenty.
func wordCase(seg string) bool {
	upper, lower, digit := false, false, false
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		switch {
		case isDigit(c):
			digit = true
		case digit:
			return false // a letter after a digit: s3cr, dIpM1x
		case isUpper(c):
			if lower {
				return false
			}
			upper = upper || i > 0
		case isLower(c):
			if upper {
				return false
			}
			lower = true
		}
	}
	return true
}

// envMarkers separate a token's issuer prefix from its random part.
var envMarkers = newFoldSet("live", "test", "prod", "production", "sandbox", "dev", "development", "staging", "stg", "uat")

// secretPrefixes say that what follows is a credential.
var secretPrefixes = newFoldSet("sk", "rk", "key", "keys", "secret", "secrets", "token", "tok", "api", "apikey", "pat",
	"private", "priv", "access", "refresh", "session", "sess", "auth", "bearer", "cred", "credential", "password", "pwd",
	"signing", "webhook", "whsec", "client")

// vendorPrefixed reports the prefixes of tokens that a vendor detector
// already names (HasGitHubToken, HasStripeKey), so one token is not counted
// twice.
func vendorPrefixed(first, second string) bool {
	switch first {
	case "ghp", "gho", "ghs", "ghu", "ghr", "github", "whsec":
		return true
	case "sk", "rk":
		return second == "live" || second == "test"
	}
	return false
}

// publicPrefixes are keys meant to be published: Stripe's publishable keys.
var publicPrefixes = newFoldSet("pk")

// modeIDPrefixes are the object-id prefixes Stripe writes with the mode
// after them, as a key's are (cs_live_, cs_test_: a Checkout Session's
// id, passed in the success URL's query): ids, whatever their length.
var modeIDPrefixes = newFoldSet("cs")

// idPrefixes are object-id prefixes of payment APIs and id schemes: an id
// such as ch_3MmlLrLkdIwHu7ix0snN0B15 is not a credential.
var idPrefixes = newFoldSet("acct", "ba", "bt", "card", "ch", "cn", "cs", "cus", "dp", "du", "evt", "fee", "file", "ii",
	"il", "in", "inv", "ipi", "iv", "link", "org", "pi", "pm", "po", "price", "prod", "promo", "py", "pyr", "re", "seti",
	"si", "sli", "src", "sub", "team", "tr", "trr", "txn", "user", "usr", "ws", "wh", "we", "id", "obj", "ord", "order")

// randomPart reports a string of letters, digits and the extra bytes that
// looks drawn at random: upper and lower case letters and digits all
// present (or, for 32 characters or more, letters of one case and three
// digits), changing class often (not words run together), few of the extra
// bytes, at least 3.5 bits of entropy per character (3 for hex), no
// character repeated four times in a row. A vouched string (after _live_ or
// a word that says secret) may lack digits, or be of one case and digits.
func randomPart(r, extra string, vouched bool) bool {
	var counts [256]int
	upper, lower, digit, other := 0, 0, 0, 0
	run, switches := 1, 0
	prev := byte(0)
	for i := 0; i < len(r); i++ {
		c := r[i]
		var class byte
		switch {
		case isUpper(c):
			upper++
			class = 'A'
		case isLower(c):
			lower++
			class = 'a'
		case isDigit(c):
			digit++
			class = '0'
		case strings.IndexByte(extra, c) >= 0:
			other++
			class = '+'
		default:
			return false
		}
		if i > 0 && c == r[i-1] {
			run++
			if run >= 4 {
				return false
			}
		} else {
			run = 1
		}
		if i > 0 && class != prev {
			switches++
		}
		prev = class
		counts[c]++
	}
	// Separators come about once in 32 random base64 characters; a slug or
	// a path has one every few.
	if other > 2+len(r)/16 {
		return false
	}
	// Words (CamelCase identifiers, slugs) change class at word boundaries
	// only; random characters change class at about 60% of positions
	// (mixed case) or 40% (one case and digits).
	threeClass := upper > 0 && lower > 0 && digit > 0
	oneCase := len(r) >= 32 && (upper > 0) != (lower > 0) && digit >= 3
	if vouched && !threeClass && !oneCase {
		// After _live_ or sk_, 20 random letters without a digit (3% of
		// base62 draws) or one case and digits are believed too.
		threeClass = upper > 0 && lower > 0
		oneCase = (upper > 0) != (lower > 0) && digit >= 2
	}
	minSwitch := 40
	if vouched {
		minSwitch = 30
	}
	switch {
	case threeClass:
		if switches*100 < len(r)*minSwitch {
			return false
		}
	case oneCase:
		// Lower case and a few digits change class seldom; after a word
		// that says secret that is no evidence against.
		if !vouched && switches*100 < len(r)*25 {
			return false
		}
	default:
		return false
	}
	// Hex draws from 16 characters, so fewer bits are possible.
	minBits := 3.5
	if upper+lower == 0 || allBytes(r, isHex) {
		minBits = 3.0
	}
	return entropy(&counts, len(r)) >= minBits
}

// base64Key checks s[i:j] as a bare base64 key: 43 to 1024 characters of
// one base64 alphabet, mixed classes and not hex, whose decoded bytes are
// mostly not printable text and do not begin like a known file format.
// A value after "base64," (a data: URI) is a file, not a key.
func base64Key(s string, i, j int) bool {
	w := s[i:j]
	if len(w) < 43 || strings.IndexByte(w, '_') >= 0 && strings.IndexAny(w, "+/") >= 0 ||
		strings.IndexByte(w, '-') >= 0 && strings.IndexAny(w, "+/") >= 0 {
		return false
	}
	if i >= 7 && strings.EqualFold(s[i-7:i], "base64,") {
		return false
	}
	// build_e83c51..., release-2024...: a word and a separator begin a
	// name, not a key (prefixedToken judges those).
	if k := strings.IndexAny(w, "_-"); k >= 2 && allBytes(w[:k], isLower) {
		return false
	}
	data := strings.TrimRight(w, "=")
	// Hex, or a path of hex segments (a content-addressed file store's
	// ab/ab12...: a digest, named by it), is not a base64 key.
	if len(w)-len(data) > 2 || allBytes(data, isHexOrSlash) || !randomPart(data, "+/-_", false) {
		return false
	}
	// Decode 4 characters into 3 bytes at a time, counting printable
	// bytes; a key is random bytes, of which about 37% print.
	var head [8]byte
	nb, printable := 0, 0
	var acc uint32
	bits := 0
	for k := 0; k < len(data); k++ {
		v := b64Value(data[k])
		if v < 0 {
			return false
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			b := byte(acc >> bits)
			if nb < len(head) {
				head[nb] = b
			}
			nb++
			if b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t' {
				printable++
			}
		}
	}
	if nb < 32 || printable*100 >= nb*75 {
		return false
	}
	return !fileMagic(head[:min(nb, len(head))])
}

func isHexOrSlash(c byte) bool { return isHex(c) || c == '/' }

// b64Value is the value of a base64 or base64url character, or -1.
func b64Value(c byte) int {
	switch {
	case isUpper(c):
		return int(c - 'A')
	case isLower(c):
		return int(c-'a') + 26
	case isDigit(c):
		return int(c-'0') + 52
	case c == '+' || c == '-':
		return 62
	case c == '/' || c == '_':
		return 63
	}
	return -1
}

// fileMagic reports decoded bytes that begin like a file or a public key
// rather than a secret: PNG, JPEG, GIF, PDF, zip, gzip, RIFF, BMP, an SSH
// public key (a length and "ssh-" or "ecdsa"), or DER that is not a private
// key (a certificate or a public key; a private key's DER opens with a
// version INTEGER 0 or 1 and is a secret).
func fileMagic(b []byte) bool {
	for _, m := range [...]string{"\x89PNG", "\xff\xd8\xff", "GIF8", "%PDF", "PK\x03\x04", "\x1f\x8b", "RIFF", "BM"} {
		if len(b) >= len(m) && string(b[:len(m)]) == m {
			return true
		}
	}
	if len(b) >= 8 && b[0] == 0 && b[1] == 0 && b[2] == 0 && (string(b[4:8]) == "ssh-" || string(b[4:8]) == "ecds") {
		return true
	}
	if len(b) >= 7 && b[0] == 0x30 && b[1]&0x80 != 0 {
		// Long-form length: the SEQUENCE's content starts after 1 + (b[1] & 0x7f) bytes.
		at := 2 + int(b[1]&0x7f)
		private := at+3 <= len(b) && b[at] == 0x02 && b[at+1] == 0x01 && b[at+2] <= 1
		return !private
	}
	return false
}

// traceParent reports a W3C Trace Context traceparent header's value:
// version, trace id, parent span id and flags in lower-case hex,
// 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01. OpenTelemetry
// stores it with jobs and messages to link their traces; its ids are
// random and open nothing.
func traceParent(s string) bool {
	if len(s) != 55 || s[2] != '-' || s[35] != '-' || s[52] != '-' {
		return false
	}
	for _, part := range []string{s[:2], s[3:35], s[36:52], s[53:]} {
		if !allBytes(part, isLowerHex) {
			return false
		}
	}
	return true
}

// joinedIDs reports ids of one length joined into a path or a composite
// key: a hierarchy's path (DHIS2's /yakMGkWM9t3/ISclLiMaQoY, from its
// root), or a relationship's key made of its ends' ids
// (HnpTyRltMC1_zHf6gIA4EJN_z36oCVC61v0). Each id is 8 to 16 letters and
// digits, every one as long as the others, joined by / _ | : or .; a path
// starts with / or holds three ids at least. A credential is one random
// run, or a prefix and a random run of another length: random bytes in
// base64 put no separator at the same place in every run.
func joinedIDs(s string) bool {
	path := strings.HasPrefix(s, "/")
	s = strings.TrimPrefix(s, "/")
	n, size := 0, 0
	for seg := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune("/_|:.", r) }) {
		if len(seg) < 8 || len(seg) > 16 || !allBytes(seg, isAlnum) || size != 0 && len(seg) != size {
			return false
		}
		size = len(seg)
		n++
	}
	// Each separator single: FieldsFunc would join a//b into two ids.
	return n*(size+1)-1 == len(s) && (n >= 3 || path && n >= 2)
}
