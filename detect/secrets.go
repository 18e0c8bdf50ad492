package detect

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"math"
	"slices"
	"strings"
)

// HasPrivateKey reports whether s contains a PEM private key header
// (-----BEGIN RSA PRIVATE KEY-----, OPENSSH, EC, ENCRYPTED, PGP PRIVATE KEY
// BLOCK, ...) or a PuTTY private key file.
func HasPrivateKey(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], "-----BEGIN ")
		if i < 0 {
			break
		}
		if pemPrivateKeyHeader(s[off+i:]) {
			return true
		}
		off += i + len("-----BEGIN ")
	}
	return strings.Contains(s, "PuTTY-User-Key-File-")
}

// pemPrivateKeyHeader reports whether s, which starts with "-----BEGIN ",
// starts with the header of a private key.
func pemPrivateKeyHeader(s string) bool {
	h := s[len("-----BEGIN "):]
	end := strings.Index(h, "-----")
	return end >= 0 && end <= 40 && strings.Contains(h[:end], "PRIVATE KEY")
}

// HasJWT reports whether s contains a JSON Web Token: three base64url
// segments joined by dots (the signature may be empty, as with alg none),
// whose first segment decodes to a JSON object with an "alg" member.
func HasJWT(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], "eyJ")
		if i < 0 {
			return false
		}
		start := off + i
		if start > 0 && (isB64URL(s[start-1]) || s[start-1] == '.') {
			off = start + 3
			continue
		}
		end, ok := jwtAt(s, start)
		if ok {
			return true
		}
		off = end
	}
}

// jwtAt reads the run of base64url bytes and dots that starts at start and
// reports whether it is a JWT, ending at end. A sentence's full stop after
// a token is not part of it.
func jwtAt(s string, start int) (end int, ok bool) {
	end = start
	for end < len(s) && end-start < maxJWT && (isB64URL(s[end]) || s[end] == '.') {
		end++
	}
	if jwtShape(s[start:end]) {
		return end, true
	}
	if s[end-1] == '.' && jwtShape(s[start:end-1]) {
		return end - 1, true
	}
	return end, false
}

// maxJWT bounds the bytes read as one token.
const maxJWT = 16 << 10

func jwtShape(tok string) bool {
	if strings.Count(tok, ".") != 2 {
		return false
	}
	dot1 := strings.IndexByte(tok, '.')
	dot2 := dot1 + 1 + strings.IndexByte(tok[dot1+1:], '.')
	header, payload := tok[:dot1], tok[dot1+1:dot2]
	if len(header) < 10 || len(header) > 2048 || len(payload) < 2 || len(payload)%4 == 1 {
		return false
	}
	raw, err := base64.RawURLEncoding.DecodeString(header)
	if err != nil {
		return false
	}
	var h map[string]json.RawMessage
	if json.Unmarshal(raw, &h) != nil {
		return false
	}
	_, ok := h["alg"]
	return ok
}

// tokenShape is a vendor's credential: a prefix at a word start, then
// minLen to maxLen bytes of a class, then a word end.
type tokenShape struct {
	prefix         string
	class          func(byte) bool
	minLen, maxLen int
}

func upperDigit(c byte) bool { return isUpper(c) || isDigit(c) }
func alnumUnder(c byte) bool { return isAlnum(c) || c == '_' }
func alnumDash(c byte) bool  { return isAlnum(c) || c == '-' }
func hexDash(c byte) bool    { return isLowerHex(c) || c == '-' }
func b64URLDot(c byte) bool  { return isB64URL(c) || c == '.' }
func alnumUnderDot(c byte) bool {
	return alnumUnder(c) || c == '.'
}
func hasAny(s string, shapes []tokenShape) bool {
	for _, t := range shapes {
		if start, _ := t.find(s, 0); start >= 0 {
			return true
		}
	}
	return false
}

var (
	awsTokens    = []tokenShape{{"AKIA", upperDigit, 16, 16}, {"ASIA", upperDigit, 16, 16}}
	stripeTokens = []tokenShape{
		{"sk_live_", isAlnum, 16, 256}, {"sk_test_", isAlnum, 16, 256}, {"rk_live_", isAlnum, 16, 256}, {"rk_test_", isAlnum, 16, 256},
		{"whsec_", isAlnum, 24, 256},
	}
	githubTokens = []tokenShape{
		{"ghp_", isAlnum, 30, 255}, {"gho_", isAlnum, 30, 255}, {"ghs_", isAlnum, 30, 255}, {"ghu_", isAlnum, 30, 255}, {"ghr_", isAlnum, 30, 255},
		{"github_pat_", alnumUnder, 22, 255},
	}
	slackTokens = []tokenShape{
		{"xoxb-", alnumDash, 10, 255}, {"xoxp-", alnumDash, 10, 255}, {"xoxa-", alnumDash, 10, 255}, {"xoxr-", alnumDash, 10, 255}, {"xoxs-", alnumDash, 10, 255},
	}
	googleTokens = []tokenShape{{"AIza", isB64URL, 35, 35}}
	// SendGrid API keys: SG., 22 base64url characters, a dot, 43 more.
	sendgridTokens = []tokenShape{{"SG.", func(c byte) bool { return isB64URL(c) || c == '.' }, 66, 66}}
	// otherTokens are credentials whose prefix their vendor documents
	// and no detector of their own names: HasAPIToken finds them, as it
	// finds SendGrid's. Their random parts are often bare hex or cut by
	// dashes, which the generic reading leaves alone.
	otherTokens = []tokenShape{
		// GitLab: personal, project and group access tokens, pipeline
		// trigger, deploy, runner, CI job, feed, incoming mail, agent
		// and OAuth application secrets; routable ones end .<len><crc>.
		{"glpat-", b64URLDot, 20, 320}, {"glptt-", b64URLDot, 20, 320}, {"gldt-", b64URLDot, 20, 320},
		{"glrt-", b64URLDot, 20, 320}, {"glcbt-", b64URLDot, 20, 320}, {"glft-", b64URLDot, 20, 320},
		{"glimt-", b64URLDot, 20, 320}, {"glagent-", b64URLDot, 50, 320}, {"gloas-", b64URLDot, 40, 320},
		// OpenAI project, service-account and admin keys; Anthropic keys.
		{"sk-proj-", isB64URL, 40, 256}, {"sk-svcacct-", isB64URL, 40, 256}, {"sk-admin-", isB64URL, 40, 256},
		{"sk-ant-", isB64URL, 40, 256},
		// Brevo (Sendinblue) API and SMTP keys: 64 hex, a dash, 16 more.
		{"xkeysib-", alnumDash, 81, 81}, {"xsmtpsib-", alnumDash, 81, 81},
		// Mapbox secret and temporary tokens: sk. or tk., a base64url
		// JSON head, a dot, a signature. Public ones (pk.) are served
		// to every browser, as Stripe's pk_live_ are.
		{"sk.eyJ", b64URLDot, 60, 512}, {"tk.eyJ", b64URLDot, 60, 512},
		// Shopify admin, custom app, partner and shared-secret tokens.
		{"shpat_", isHex, 32, 32}, {"shpca_", isHex, 32, 32}, {"shppa_", isHex, 32, 32}, {"shpss_", isHex, 32, 32},
		// DigitalOcean personal, OAuth and refresh tokens.
		{"dop_v1_", isHex, 64, 64}, {"doo_v1_", isHex, 64, 64}, {"dor_v1_", isHex, 64, 64},
		// HubSpot private app tokens: pat-<region>- and a UUID.
		{"pat-na1-", hexDash, 36, 36}, {"pat-na2-", hexDash, 36, 36}, {"pat-eu1-", hexDash, 36, 36},
		// Square access tokens and application secrets.
		{"sq0atp-", isB64URL, 22, 22}, {"sq0csp-", isB64URL, 43, 43},
		// Databricks personal access tokens, Google OAuth client
		// secrets and access tokens, Grafana service-account and cloud
		// tokens, HashiCorp Vault service and batch tokens, Doppler
		// tokens, Postman API keys, New Relic user keys, Sentry auth
		// tokens, Docker Hub and PyPI tokens.
		{"dapi", isLowerHex, 32, 32}, {"GOCSPX-", isB64URL, 28, 28}, {"ya29.", b64URLDot, 50, 2048},
		{"glsa_", alnumUnder, 41, 41}, {"glc_", isTokenByte, 32, 400},
		{"hvs.", isB64URL, 24, 512}, {"hvb.", isB64URL, 24, 512},
		{"dp.st.", alnumUnderDot, 40, 128}, {"dp.pt.", isB64URL, 40, 128}, {"dp.sa.", isB64URL, 40, 128}, {"dp.ct.", isB64URL, 40, 128},
		{"PMAK-", alnumDash, 59, 59}, {"NRAK-", upperDigit, 27, 27},
		{"sntrys_", isTokenByte, 40, 512}, {"sntryu_", isHex, 64, 64},
		{"dckr_pat_", isB64URL, 27, 64}, {"pypi-AgE", isB64URL, 50, 512},
	}
	// vendorTokens are all of the above, for the entity finder.
	vendorTokens = slices.Concat(awsTokens, stripeTokens, githubTokens, slackTokens, googleTokens, sendgridTokens, otherTokens)
)

// HasAWSAccessKey reports whether s contains an AWS access key id: AKIA (or
// ASIA, temporary credentials) and 16 upper-case letters or digits.
func HasAWSAccessKey(s string) bool { return hasAny(s, awsTokens) }

// HasStripeKey reports whether s contains a Stripe secret or restricted key
// (sk_live_, sk_test_, rk_live_, rk_test_) or a webhook signing secret
// (whsec_).
func HasStripeKey(s string) bool { return hasAny(s, stripeTokens) }

// HasGitHubToken reports whether s contains a GitHub token: ghp_, gho_,
// ghs_, ghu_ or ghr_ and at least 30 letters or digits, or a fine-grained
// github_pat_ token.
func HasGitHubToken(s string) bool { return hasAny(s, githubTokens) }

// HasSlackToken reports whether s contains a Slack token: xoxb-, xoxp-,
// xoxa-, xoxr- or xoxs- and at least 10 letters, digits or dashes.
func HasSlackToken(s string) bool { return hasAny(s, slackTokens) }

// HasGoogleAPIKey reports whether s contains a Google API key: AIza and 35
// base64url characters.
func HasGoogleAPIKey(s string) bool { return hasAny(s, googleTokens) }

// HasSendGridKey reports whether s contains a SendGrid API key: SG., 22
// base64url characters, a dot and 43 more.
func HasSendGridKey(s string) bool { return hasAny(s, sendgridTokens) }

// find returns the first token of the shape in s at or after from, or
// start -1.
func (t tokenShape) find(s string, from int) (start, end int) {
	for off := from; ; {
		i := strings.Index(s[off:], t.prefix)
		if i < 0 {
			return -1, -1
		}
		start := off + i
		off = start + len(t.prefix)
		if start > 0 && isAlnum(s[start-1]) {
			continue
		}
		end, ok := t.at(s, start)
		if ok {
			return start, end
		}
		// Another occurrence inside this run ends where it ends: skip the
		// run, so a value made of repeated prefixes stays linear.
		off = max(off, end)
	}
}

// at reports whether the token starts at start (where s holds the prefix),
// and where its run of class bytes ends.
func (t tokenShape) at(s string, start int) (end int, ok bool) {
	body := start + len(t.prefix)
	end = body
	for end < len(s) && end-body <= t.maxLen && t.class(s[end]) {
		end++
	}
	n := end - body
	return end, n >= t.minLen && n <= t.maxLen && (end == len(s) || !isAlnum(s[end]))
}

// bcryptHead reports s beginning as bcrypt writes its salt and hash: $2a$,
// $2b$, $2x$ or $2y$ and the two digits of the cost, then $.
func bcryptHead(s string) bool {
	return len(s) >= 7 && s[0] == '$' && s[1] == '2' && strings.IndexByte("abxy", s[2]) >= 0 && s[3] == '$' &&
		isDigit(s[4]) && isDigit(s[5]) && s[6] == '$'
}

// IsPasswordHash reports whether s (spaces trimmed) is a password hash in a
// known format: bcrypt ($2a$, $2b$, $2y$, $2x$), argon2 ($argon2id$,
// $argon2i$, $argon2d$), scrypt ($scrypt$, $7$, scrypt:), yescrypt ($y$),
// PBKDF2 (pbkdf2_sha256$, $pbkdf2-sha256$, pbkdf2:sha256:), Django's
// legacy salted digests (sha1$salt$hex, and sha256$hex), crypt(3)
// SHA-512/SHA-256/MD5 ($6$, $5$, $1$, $apr1$), phpass's portable hashes
// (WordPress and phpBB, $P$ and $H$) and Drupal's ($S$), Django's argon2$
// and bcrypt$ wrappers, PostgreSQL's md5 and SCRAM-SHA-256 role
// passwords, and LDAP's userPassword schemes ({SSHA}, {SSHA512},
// {CRYPT}$6$..., as directories and the systems that import from them
// keep them).
func IsPasswordHash(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 20 || len(s) > 512 {
		return false
	}
	switch {
	case s[0] == '{':
		return ldapHash(s)
	case strings.HasPrefix(s, "md5") && !strings.HasPrefix(s, "md5$"):
		return len(s) == 35 && allBytes(s[3:], isHex)
	case strings.HasPrefix(s, "SCRAM-SHA-256$"):
		return strings.Count(s, "$") == 2 && strings.Count(s, ":") == 2 && noSpace(s)
	case bcryptHead(s):
		return len(s) == 60 && allBytes(s[7:], isCryptB64)
	case strings.HasPrefix(s, "$6$"):
		return cryptHash(s[3:], 86)
	case strings.HasPrefix(s, "$5$"):
		return cryptHash(s[3:], 43)
	case strings.HasPrefix(s, "$1$"):
		return cryptHash(s[3:], 22)
	case strings.HasPrefix(s, "$apr1$"):
		return cryptHash(s[6:], 22)
	case strings.HasPrefix(s, "$P$"), strings.HasPrefix(s, "$H$"):
		// The iteration count's character, 8 of salt, 22 of hash.
		return len(s) == 34 && allBytes(s[3:], isCryptB64)
	case strings.HasPrefix(s, "$S$"):
		return len(s) == 55 && allBytes(s[3:], isCryptB64)
	}
	for _, p := range []string{
		"$argon2id$", "$argon2i$", "$argon2d$", "$scrypt$", "$7$", "$y$", "$gy$",
		"$pbkdf2$", "$pbkdf2-sha1$", "$pbkdf2-sha256$", "$pbkdf2-sha512$",
	} {
		if strings.HasPrefix(s, p) {
			return strings.Count(s[len(p):], "$") >= 2 && noSpace(s)
		}
	}
	if saltedDigest(s) {
		return true
	}
	for _, p := range []string{
		"pbkdf2_sha256$", "pbkdf2_sha1$", "argon2$argon2", "bcrypt_sha256$", "bcrypt$$2", "scrypt$",
		"pbkdf2:sha256:", "pbkdf2:sha512:", "pbkdf2:sha1:", "scrypt:",
	} {
		if strings.HasPrefix(s, p) {
			return strings.Count(s[len(p):], "$") >= 1 && noSpace(s)
		}
	}
	return false
}

// digestHexLen is the length in hex of each digest a salted-digest hash
// names.
var digestHexLen = map[string]int{"md5": 32, "sha1": 40, "sha224": 56, "sha256": 64, "sha384": 96, "sha512": 128}

// saltedDigest reports a digest in the algorithm$salt$hex form of
// Django's legacy hashers (sha1$, md5$, unsalted_sha1$$), which old
// accounts keep until their owner next signs in, and its unsalted
// algorithm$hex (PostHog's personal API keys, sha256$): the algorithm,
// at most one salt without spaces, and a hex digest of the algorithm's
// length.
func saltedDigest(s string) bool {
	parts := strings.Split(strings.TrimPrefix(s, "unsalted_"), "$")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	n, ok := digestHexLen[parts[0]]
	hex := parts[len(parts)-1]
	if !ok || len(hex) != n || !allBytes(hex, isHex) {
		return false
	}
	return len(parts) == 2 || len(parts[1]) <= 64 && noSpace(parts[1]) && !strings.ContainsRune(parts[1], '$')
}

// cryptHash checks the rest of a crypt(3) hash after $id$:
// [rounds=N$]salt$hash, the hash of the given length.
func cryptHash(rest string, hashLen int) bool {
	if strings.HasPrefix(rest, "rounds=") {
		i := strings.IndexByte(rest, '$')
		if i < 0 || !allBytes(rest[len("rounds="):i], isDigit) {
			return false
		}
		rest = rest[i+1:]
	}
	i := strings.IndexByte(rest, '$')
	if i < 1 || i > 16 || !allBytes(rest[:i], isCryptB64) {
		return false
	}
	h := rest[i+1:]
	return len(h) == hashLen && allBytes(h, isCryptB64)
}

// ldapSchemes are RFC 2307's userPassword schemes and their common
// extensions whose value is base64 of a digest (and salt).
var ldapSchemes = []string{"SSHA", "SHA", "SSHA256", "SHA256", "SSHA384", "SHA384", "SSHA512", "SHA512", "SMD5", "MD5"}

// ldapHash reports an LDAP userPassword hash: {SCHEME} (in capitals, as
// directories write it) and base64 of at least a 16-byte digest, {CRYPT}
// and a crypt(3) hash, or {PBKDF2-...} and its iterations, salt and
// digest.
func ldapHash(s string) bool {
	j := strings.IndexByte(s, '}')
	if j < 3 || j > 20 {
		return false
	}
	scheme, rest := s[1:j], s[j+1:]
	switch {
	case scheme == "CRYPT":
		return IsPasswordHash(rest) || len(rest) == 13 && allBytes(rest, isCryptB64)
	case strings.HasPrefix(scheme, "PBKDF2") || strings.HasPrefix(scheme, "ARGON2"):
		return strings.Count(rest, "$") >= 2 && noSpace(rest)
	case slices.Contains(ldapSchemes, scheme):
		// Base64, not hex: OFBiz writes {SHA} before a hex digest of
		// its own key names.
		body := strings.TrimRight(rest, "=")
		return len(rest) >= 24 && len(rest)%4 == 0 && len(rest)-len(body) <= 2 && allBytes(body, isStdB64) && !allBytes(body, isHex)
	}
	return false
}

func isStdB64(c byte) bool { return isAlnum(c) || c == '+' || c == '/' }

func isCryptB64(c byte) bool { return isAlnum(c) || c == '.' || c == '/' }

func allBytes(s string, class func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !class(s[i]) {
			return false
		}
	}
	return true
}

// noSpace reports that s is written in printable ASCII without spaces or
// quotes, as every password hash format is (base64, hex and separators).
func noSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '"' || c == '\'' {
			return false
		}
	}
	return true
}

// credentialParams are URL query (and fragment) parameters that carry a
// credential.
var credentialParams = map[string]bool{
	"token": true, "access_token": true, "refresh_token": true, "id_token": true, "auth_token": true,
	"api_key": true, "apikey": true, "api-key": true, "key_secret": true, "private_token": true,
	"password": true, "passwd": true, "pwd": true, "pass": true, "secret": true, "client_secret": true,
	"sig": true, "signature": true, "x-amz-signature": true, "x-amz-security-token": true,
	"x-goog-signature": true, "sas": true, "sv_sig": true, "api_token": true, "apitoken": true, "access_key": true,
	"secret_key": true, "app_secret": true, "private_key": true, "session_token": true, "auth_key": true, "authkey": true,
	"jwt": true, "bearer": true,
}

// HasPasswordHash reports whether s is a password hash (IsPasswordHash) or
// holds one among other text: a reset key of a time and a hash
// ("1700000000:$P$B..."), a hash inside a serialized or JSON document.
func HasPasswordHash(s string) bool {
	if IsPasswordHash(s) {
		return true
	}
	for i := 1; i < len(s); i++ {
		if c := s[i-1]; isAlnum(c) || c == '$' {
			continue // not the start of a word
		}
		if s[i] != '$' && !hasHashPrefix(s[i:]) {
			continue
		}
		if end, ok := passwordHashAt(s, i); ok {
			return true
		} else if end > i {
			i = end - 1
		}
	}
	return false
}

// passwordHashAt reports a password hash beginning at s[i] and where it
// ends: the word up to a space, a quote or a bracket, less up to three
// trailing marks of punctuation. When there is none, end is where the
// word ends, past which no hash begins inside it.
func passwordHashAt(s string, i int) (end int, ok bool) {
	end = i
	for end < len(s) && end-i < 512 && !isSpace(s[end]) && strings.IndexByte("\"'`<>()[]{},;|", s[end]) < 0 {
		end++
	}
	word := end
	for k := 0; k < 3 && end-i >= 20; k++ {
		if IsPasswordHash(s[i:end]) {
			return end, true
		}
		if strings.IndexByte(".:!?", s[end-1]) < 0 {
			break
		}
		end--
	}
	return word, false
}

// randomCredentialParams carry a credential when their value looks random:
// ?key=AIza..., ?session=..., a signed link's ?hash= (Paddle's update and
// cancel URLs), but not ?key=color, ?sid=42 or ?hash=v2.
var randomCredentialParams = map[string]bool{
	"key": true, "auth": true, "session": true, "sessionid": true, "sid": true, "ticket": true,
	"hmac": true, "jsessionid": true, "phpsessid": true, "hash": true,
}

// loginKeySuffixes end the names of parameters that sign their bearer in
// whatever their value looks like: a magic link's login_token, an
// autologin key, a login key handed from one application to the next
// (externalLoginKey).
var loginKeySuffixes = [...]string{"loginkey", "login_key", "logintoken", "login_token"}

// HasURLCredentials reports whether s contains a URL that carries a
// credential: a password in the user info (scheme://user:pass@host), a
// credential query or fragment parameter (?token=, ?api_key=, ?password=,
// #access_token=, ?sig=, X-Amz-Signature=, ...) with a value, a parameter
// such as ?key=, ?auth= or ?session= whose value looks random (see
// IsHighEntropyToken), the URL of an incoming webhook (Slack, Discord,
// Zapier, Make, IFTTT, Microsoft Teams, a Telegram bot, a self-hosted
// receiver's /webhook/<uuid>: the URL is the secret), of a hosted
// invoice or receipt (Stripe's), a share link's key or a calendar's
// private address (Nextcloud's /s/<token>, Google Calendar's
// /private-<hex>/), or a password reset link's random key in any
// parameter or path segment (resetLink).
func HasURLCredentials(s string) bool {
	if strings.Contains(s, "hooks.slack.com/services/T") || strings.Contains(s, "discord.com/api/webhooks/") {
		return true
	}
	found := false
	eachURL(s, func(start, end int) bool {
		urlCredentials(s[start:end], func(int, int) bool {
			found = true
			return false
		})
		return !found
	})
	return found
}

// eachURL yields, for each URL of s, the offsets of what follows its
// scheme:// up to the end of its word. At most maxURLs occurrences of ://
// are examined, which keeps a value made of many of them near linear.
func eachURL(s string, yield func(start, end int) bool) {
	const maxURLs = 64
	n := 0
	stop := len(s)
	eachIndex(s, "://", func(sep int) int {
		if n++; n > maxURLs {
			return stop
		}
		// The scheme: a letter, then letters, digits, + - .
		j := sep
		for j > 0 && (isAlnum(s[j-1]) || s[j-1] == '+' || s[j-1] == '-' || s[j-1] == '.') {
			j--
		}
		if j == sep || !isAlpha(s[j]) {
			return sep + 3
		}
		end := sep + 3
		for end < len(s) && !isSpace(s[end]) && s[end] != '"' && s[end] != '\'' && s[end] != '<' && s[end] != '>' {
			end++
		}
		if !yield(sep+3, end) {
			return stop
		}
		return sep + 3
	})
}

// urlCredentials yields the offsets in u (what follows scheme://) of each
// credential it carries: the user info when it holds a password, the value
// of each credential parameter (and of ?key=, ?session= ... when it looks
// random), the secret path of an incoming webhook (secretHooks).
func urlCredentials(u string, yield func(start, end int) bool) {
	authEnd := strings.IndexAny(u, "/?#")
	if authEnd < 0 {
		authEnd = len(u)
	}
	if start, ok := hookSecret(u, authEnd); ok {
		yield(start, len(u))
		return
	}
	if at := strings.LastIndexByte(u[:authEnd], '@'); at > 0 {
		if c := strings.IndexByte(u[:at], ':'); c >= 0 && c < at-1 {
			if !yield(0, at) {
				return
			}
		}
	}
	// The query, the fragment, or path parameters (;jsessionid=, as
	// servlet containers rewrite URLs for browsers without cookies).
	q := strings.IndexAny(u[authEnd:], "?#;")
	reset := resetLink(u[authEnd:])
	if reset && !randomSegments(u, authEnd, q, yield) {
		return
	}
	if q < 0 {
		return
	}
	eachParam(u, authEnd+q+1, func(k string, start, end int) bool {
		v := u[start:end]
		return !(IsCredentialParam(k, v) || reset && !placeholder(v) && (IsUUID(v) || IsHighEntropyToken(v))) || yield(start, end)
	})
}

// randomSegments yields each segment of u's path (from authEnd to the
// query at authEnd+q, or to the end when q < 0) that is a UUID or looks
// random: a reset link's key in its path. It reports whether to go on.
func randomSegments(u string, authEnd, q int, yield func(start, end int) bool) bool {
	end := len(u)
	if q >= 0 {
		end = authEnd + q
	}
	return eachSegment(u, authEnd, end, func(i, j int) bool {
		seg := u[i:j]
		return !(IsUUID(seg) || IsHighEntropyToken(seg)) || yield(i, j)
	})
}

// eachSegment yields where each segment of a path, u[start:end], starts
// and ends: the runs between its slashes, empty ones left out. It reports
// false when yield stopped it.
func eachSegment(u string, start, end int, yield func(i, j int) bool) bool {
	for i := start; i < end; {
		if u[i] == '/' {
			i++
			continue
		}
		j := i
		for j < end && u[j] != '/' {
			j++
		}
		if !yield(i, j) {
			return false
		}
		i = j
	}
	return true
}

// resetWords, before or after "password" in a URL, name the page that
// sets a new one.
var resetWords = newFoldSet("reset", "change", "set", "forgot", "forgotten", "recover", "recovery", "lost", "new")

// resetLink reports a link to the page that sets a new password
// (?entryPoint=changePassword, /password/reset/, /reset-password?):
// the key to an account, whatever the parameter that carries it is
// called (EspoCRM's id=, Laravel's path segment), so a random value in
// it is the credential.
func resetLink(path string) bool {
	const word = "password"
	for i := 0; i+len(word) <= len(path); i++ {
		if path[i]|0x20 != 'p' || !strings.EqualFold(path[i:i+len(word)], word) {
			continue
		}
		if resetWords.has(wordBefore(path, i)) || resetWords.has(wordAfter(path, i+len(word))) {
			return true
		}
	}
	return false
}

// wordBefore returns the letters that end at s[i], or at s[i-1] when a
// separator (- _ / .) stands there.
func wordBefore(s string, i int) string {
	if i > 0 && strings.IndexByte("-_/.", s[i-1]) >= 0 {
		i--
	}
	j := i
	for j > 0 && isAlpha(s[j-1]) {
		j--
	}
	return s[j:i]
}

// wordAfter returns the letters that begin at s[i], or at s[i+1] after a
// separator (- _ / .).
func wordAfter(s string, i int) string {
	if i < len(s) && strings.IndexByte("-_/.", s[i]) >= 0 {
		i++
	}
	j := i
	for j < len(s) && isAlpha(s[j]) {
		j++
	}
	return s[i:j]
}

// eachParam yields each name=value parameter of u from offset i on (a
// query, a fragment, path parameters: separated by & ; ? or #) whose value
// is not empty: its name, and where its value starts and ends. It stops
// when yield returns false.
func eachParam(u string, i int, yield func(k string, start, end int) bool) {
	for i < len(u) {
		j := i
		for j < len(u) && u[j] != '&' && u[j] != ';' && u[j] != '?' && u[j] != '#' {
			j++
		}
		if eq := strings.IndexByte(u[i:j], '='); eq >= 0 && i+eq+1 < j && !yield(u[i:i+eq], i+eq+1, j) {
			return
		}
		i = j + 1
	}
}

// secretHooks are the incoming webhooks whose URL is the credential:
// whoever holds it posts as the integration; and the hosted pages whose
// URL is the key to a person's invoice or receipt (Stripe's): whoever
// holds it reads it, and pays. host matches the URL's host or, with a
// leading dot, any host under it.
var secretHooks = [...]struct{ host, path string }{
	{"invoice.stripe.com", "/i/"}, {"pay.stripe.com", "/receipts/"},
	{"hooks.slack.com", "/services/"}, {"hooks.slack.com", "/workflows/"}, {"hooks.slack.com", "/triggers/"},
	{"discord.com", "/api/webhooks/"}, {"discordapp.com", "/api/webhooks/"},
	{"hooks.zapier.com", "/hooks/catch/"},
	{"hook.integromat.com", "/"}, {"hook.eu1.make.com", "/"}, {"hook.eu2.make.com", "/"},
	{"hook.us1.make.com", "/"}, {"hook.us2.make.com", "/"},
	{"maker.ifttt.com", "/trigger/"},
	{".webhook.office.com", "/webhookb2/"}, {"outlook.office.com", "/webhook/"},
	{"api.telegram.org", "/bot"},
	// A Google Apps Script web app deployed for anyone: the deployment id
	// in the path is all a sender needs (a Sheets-backed form or
	// webhook receiver).
	{"script.google.com", "/macros/s/"},
}

// hookSecret reports whether u (what follows scheme://, its host ending
// at authEnd) is a secretHooks URL with at least 8 characters of secret
// path, and where the secret begins.
func hookSecret(u string, authEnd int) (int, bool) {
	host, path := strings.ToLower(u[:authEnd]), u[authEnd:]
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:]
	}
	if c := strings.LastIndexByte(host, ':'); c >= 0 {
		host = host[:c] // a port
	}
	for _, h := range secretHooks {
		match := host == h.host
		if h.host[0] == '.' {
			match = strings.HasSuffix(host, h.host) && len(host) > len(h.host)
		}
		if match && strings.HasPrefix(path, h.path) && len(path) >= len(h.path)+8 {
			return authEnd + len(h.path), true
		}
	}
	return randomHookPath(u, authEnd)
}

// hookSegments are the path segments before a hook's secret.
var hookSegments = newFoldSet("hooks", "webhook", "webhooks")

// randomHookPath finds, on any host, a path segment hooks, webhook or
// webhooks followed by a UUID or a random token (IsHighEntropyToken):
// the secret path of a self-hosted receiver's incoming webhook (n8n's
// /webhook/<uuid>, Mattermost's /hooks/<id>, Rocket.Chat's
// /hooks/<id>/<token>). A hook's number (/repos/o/r/hooks/42) or name
// (/hooks/taiga/6) is not one.
func randomHookPath(u string, authEnd int) (int, bool) {
	end := strings.IndexAny(u[authEnd:], "?#")
	if end < 0 {
		end = len(u)
	} else {
		end += authEnd
	}
	prev, at := "", -1
	eachSegment(u, authEnd, end, func(i, j int) bool {
		seg := u[i:j]
		if hookSegments.has(prev) && (IsUUID(seg) || IsHighEntropyToken(seg)) ||
			shareSegments.has(prev) && shareKey(seg) || privateFeed(seg) {
			at = i
			return false
		}
		prev = seg
		return true
	})
	return max(at, 0), at >= 0
}

// shareSegments are the path segments before the key of a share link,
// whose URL is the access: a Nextcloud or ownCloud public share
// (/s/<token>, /index.php/s/<token>), a published calendar
// (/public-calendars/<token>).
var shareSegments = newFoldSet("s", "public-calendars")

// shareKey reports a share link's key as Nextcloud and ownCloud make
// them: 15 or 16 letters and digits, capitals, small letters and digits
// among them (wCs9X0QnqFqgnJK), not a word and a number (Summer2024).
func shareKey(seg string) bool {
	if len(seg) < 15 || len(seg) > 16 || !allBytes(seg, isAlnum) {
		return false
	}
	upper, lower, digit := 0, 0, 0
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case isUpper(c):
			upper++
		case isLower(c):
			lower++
		default:
			digit++
		}
	}
	return upper >= 2 && lower >= 2 && digit >= 1
}

// privateFeed reports the path segment of a calendar's secret address
// (Google Calendar's /calendar/ical/<id>/private-<hex>/basic.ics): whoever
// holds the URL reads every event of the calendar.
func privateFeed(seg string) bool {
	key, ok := strings.CutPrefix(seg, "private-")
	return ok && len(key) >= 16 && allBytes(key, isHex)
}

// IsCredentialParam reports a URL query parameter that carries a
// credential: in any letter case, a credential's name (token, password,
// access_token, ...), a name ending in _client_secret (an object's, as
// Stripe names them), or a name such as key, sig or session whose value
// looks random; a placeholder (REDACTED, [FILTERED], ****) is none.
func IsCredentialParam(k, v string) bool {
	var b [40]byte
	if len(k) == 0 || len(k) > len(b) {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	lower := b[:len(k)]
	if placeholder(v) {
		return false
	}
	if credentialParams[string(lower)] || randomCredentialParams[string(lower)] && IsHighEntropyToken(v) {
		return true
	}
	for _, suf := range loginKeySuffixes {
		if bytes.HasSuffix(lower, []byte(suf)) {
			return true
		}
	}
	// An object's client secret, named for the object (Stripe's
	// redirect after 3-D Secure: payment_intent_client_secret=,
	// setup_intent_client_secret=).
	return bytes.HasSuffix(lower, []byte("_client_secret"))
}

// placeholder reports a parameter value written in a credential's place:
// scrub_text's REDACTED, an application's [FILTERED] (percent-encoded or
// not), ******** or xxxx.
func placeholder(v string) bool {
	if v == "" {
		return true
	}
	t := v
	for _, p := range [...][2]string{{"[", "]"}, {"<", ">"}, {"%5B", "%5D"}, {"%5b", "%5d"}, {"%3C", "%3E"}, {"%3c", "%3e"}} {
		if inner, ok := strings.CutPrefix(t, p[0]); ok {
			if inner, ok = strings.CutSuffix(inner, p[1]); ok {
				t = inner
				break
			}
		}
	}
	for _, w := range [...]string{"redacted", "filtered", "removed", "hidden"} {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	t = strings.ReplaceAll(strings.ReplaceAll(t, "%2A", "*"), "%2a", "*")
	return strings.Trim(t, "*") == "" || len(t) >= 3 && strings.Trim(t, "xX") == ""
}

// IsHighEntropyToken reports whether s (spaces trimmed) looks like a random
// credential: 16 to 1024 bytes of letters, digits and + / = _ - . ~, with
// letters and digits mixed and at least 3.3 bits of Shannon entropy per
// byte, not a UUID, nor an object's id after a prefix naming its type
// (pm_1NXWxy2eZvKYlo2C..., payses_01H8VKHS1NM981416KMP1W3JKP). On its own
// this is also what ids and checksums look like, so Classify believes it
// only in a column named like a secret. A bcrypt salt ($2a$08$ and 22
// characters, no hash after it) is one too: drawn at random, and used as a
// key (Koha mails its password-recovery links with one).
func IsHighEntropyToken(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) == 29 && bcryptHead(s) && allBytes(s[7:], isCryptB64) {
		s = s[7:]
	}
	if len(s) < 16 || len(s) > 1024 || IsUUID(s) || typedObjectID(s) || storagePath(s) || contentPath(s) {
		return false
	}
	var counts [256]int
	letters, digits := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlpha(c):
			letters++
		case isDigit(c):
			digits++
		case strings.IndexByte("+/=_-.~", c) >= 0:
		default:
			return false
		}
		counts[c]++
	}
	if letters == 0 || digits == 0 || wordsAndNumbers(s) {
		return false
	}
	return entropy(&counts, len(s)) >= 3.3 && !joinedIDs(s)
}

// maxObjectID bounds the random part of a payment API's object id.
const maxObjectID = 32

// typedObjectID reports an object's id written <type>_<key>: a row's key
// after a type prefix (IsRowKey), or a payment API's object id
// (idPrefixes: pm_, cus_, pi_ ...) of fewer than 32 letters and digits:
// Stripe's run to 24 or so, where a token after a prefix (inv_ and 32) is
// as long as a key.
func typedObjectID(s string) bool {
	prefix, rest, ok := typePrefix(s)
	return ok && (typedKey(rest) || idPrefixes.has(prefix) && len(rest) < maxObjectID && allBytes(rest, isAlnum))
}

// storagePath reports a file's path or an object store's key
// (attachments/2023/01/<uuid>, /backups/inst-0001/2024-06-15.sql.zst):
// three segments or more, the first a word of three lower-case letters
// or more; or a file's name under a folder (<workspace uuid>/export-plt-
// 1685581276.csv). A slash falls in base64 where the bytes put it, after
// a random run, and base64 has no dot to end in a file's extension.
func storagePath(s string) bool {
	first, rest, ok := strings.Cut(strings.TrimPrefix(s, "/"), "/")
	if !ok {
		return false
	}
	if strings.Contains(rest, "/") && len(first) >= 3 && allBytes(first, isLower) {
		return true
	}
	return IsFileName(rest[strings.LastIndexByte(rest, '/')+1:])
}

// contentPath reports a file's path whose last segment is a content
// hash or a UUID, under folders named by lower-case words and numbers
// (tasks/12/<sha1>, avatars/3/<sha1>, customizer/<sha1>): where an
// application stores an upload. A key's random base64 never ends in 32
// hex digits after a slash.
func contentPath(s string) bool {
	k := strings.LastIndexByte(s, '/')
	if k <= 0 || !IsHexDigest(s[k+1:]) && !IsUUID(s[k+1:]) {
		return false
	}
	for seg := range strings.SplitSeq(strings.TrimPrefix(s[:k], "/"), "/") {
		if seg == "" || !allBytes(seg, func(c byte) bool { return isLower(c) || isDigit(c) || c == '_' || c == '-' }) {
			return false
		}
	}
	return true
}

// wordsAndNumbers reports a value of two parts or more joined by _ - . or
// ~, each all lower-case letters, all capitals, all digits, or a quantity
// (250G, 1kg, 500ml: digits and at most three letters): a key a program
// or a person spelled (new_user_narrative_state_1234,
// order-confirmation-2024, a product's ETHIOPIA_KOCHERE_250G_BEANS), not
// random bytes, whose parts mix letters and digits.
func wordsAndNumbers(s string) bool {
	parts := 0
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune("_-.~", r) }) {
		if !allBytes(part, isLower) && !allBytes(part, isUpper) && !allBytes(part, isDigit) && !quantity(part) {
			return false
		}
		parts++
	}
	return parts >= 2
}

// quantity reports digits followed by a unit of one to three letters in
// one case (250G, 1kg, 500ml).
func quantity(s string) bool {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	unit := s[i:]
	return i > 0 && len(unit) >= 1 && len(unit) <= 3 && (allBytes(unit, isLower) || allBytes(unit, isUpper))
}

func entropy(counts *[256]int, n int) float64 {
	h := 0.0
	for _, k := range counts {
		if k > 0 {
			p := float64(k) / float64(n)
			h -= p * math.Log2(p)
		}
	}
	return h
}

// IsHexDigest reports whether s (spaces trimmed) is a bare hexadecimal
// digest of a common length (MD5 32, SHA-1 40, SHA-224 56, SHA-256 64,
// SHA-384 96, SHA-512 128), in one letter case. Like IsHighEntropyToken it
// only confirms a secret-like column name (an unsalted password hash),
// since checksums look the same.
func IsHexDigest(s string) bool {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 32, 40, 56, 64, 96, 128:
	default:
		return false
	}
	lower, upper := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
		case c >= 'a' && c <= 'f':
			lower = true
		case c >= 'A' && c <= 'F':
			upper = true
		default:
			return false
		}
	}
	return !(lower && upper) && strings.Count(s, s[:1]) != len(s)
}

// IsUUID reports the 8-4-4-4-12 hex form.
func IsUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHex(s[i]) {
				return false
			}
		}
	}
	return true
}

// AllDigits reports whether s is one or more ASCII digits.
func AllDigits(s string) bool { return s != "" && allBytes(s, isDigit) }

// keyFileExts are the extensions of files that hold keys and
// certificates.
var keyFileExts = []string{".pub", ".pem", ".key", ".ppk", ".crt", ".cer", ".der", ".p12", ".pfx", ".jks", ".keystore", ".kdbx"}

// IsKeyFileName reports whether s (spaces trimmed) names the file a key is
// kept in rather than holding the key: an SSH key's file name (id_rsa,
// deploy_ed25519.pub), a file with a key's or a certificate's extension
// (server.key, client.p12), or a path to one (/etc/ssl/private/app.pem,
// ~/.ssh/id_ed25519). A column named for a private key that holds only
// these points at the key; the key is elsewhere.
func IsKeyFileName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 255 || strings.ContainsAny(s, " \t\r\n") || strings.HasPrefix(s, "-----") {
		return false
	}
	base := s[strings.LastIndexAny(s, `/\`)+1:]
	if base == "" {
		return false
	}
	lower := strings.ToLower(base)
	for _, ext := range keyFileExts {
		if strings.HasSuffix(lower, ext) && len(lower) > len(ext) {
			return true
		}
	}
	stem := strings.TrimSuffix(lower, "_sk")
	for _, alg := range []string{"rsa", "dsa", "ecdsa", "ed25519"} {
		if stem == "id_"+alg || strings.HasSuffix(stem, "_"+alg) && len(stem) <= 40 {
			return true
		}
	}
	return false
}
