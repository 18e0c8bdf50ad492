package detect

import "strings"

// IsUserAgent reports whether s is a whole HTTP User-Agent header, as
// browsers, apps and HTTP clients send it and servers log it: a product
// with its version (Mozilla/5.0, okhttp/4.12.0, Dalvik/2.1.0) followed by
// a comment in parentheses or by more products with versions. A lone
// product/version (nginx/1.25.3) is a version string, not a user agent.
// A user agent is a quasi-identifier: with an IP address it singles out a
// device.
func IsUserAgent(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 12 || len(s) > 2048 {
		return false
	}
	first, rest, _ := strings.Cut(s, " ")
	if !isProductToken(first) {
		return false
	}
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "(") && strings.Contains(rest, ")") {
		return true
	}
	for _, tok := range strings.Fields(rest) {
		if isProductToken(tok) {
			return true
		}
	}
	return false
}

// isProductToken reports a User-Agent product: a name of letters, digits
// and ._+- that starts with a letter, a slash, and a version that starts
// with a digit.
func isProductToken(tok string) bool {
	name, version, ok := strings.Cut(tok, "/")
	if !ok || name == "" || version == "" || len(name) > 64 || len(version) > 64 {
		return false
	}
	if !isASCIILetter(name[0]) || version[0] < '0' || version[0] > '9' {
		return false
	}
	return productChars(name) && productChars(version)
}

// productChars reports a product name or version of letters, digits and
// ._+- only.
func productChars(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isASCIILetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '+' && c != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
