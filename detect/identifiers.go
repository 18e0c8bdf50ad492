package detect

import (
	"net/netip"
	"slices"
	"strings"
)

// IsEmail reports whether s (spaces trimmed) is one email address, bare, as
// mailto: or as "Name <addr>". It checks the shape (local part, a domain of
// at least two labels, an alphabetic TLD), not that the mailbox exists. A
// local part with a slash (discourse/post/42@forum.example) or one no
// person chose (generatedLocal) is a Message-ID or another id kept
// without brackets, not an address.
func IsEmail(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 320 {
		return false
	}
	if s[len(s)-1] == '>' {
		// "Name <addr>"; a bare <addr> is as likely a Message-ID.
		i := strings.LastIndexByte(s, '<')
		if i < 1 || strings.TrimSpace(s[:i]) == "" {
			return false
		}
		s = s[i+1 : len(s)-1]
	}
	if len(s) > 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	at := strings.IndexByte(s, '@')
	if at < 1 || at > 64 || len(s) > 254 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, "..") {
		return false
	}
	for i := 0; i < len(local); i++ {
		c := local[i]
		if isAlnum(c) || c >= 0x80 || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", c) >= 0 {
			continue
		}
		return false
	}
	return !generatedLocal(local) && strings.IndexByte(local, '/') < 0 && isDomain(domain) && !calendarDomain(domain)
}

// calendarDomains are the domains of Google Calendar's ids written as
// addresses: a meeting room's or a resource's
// (c_1889…@resource.calendar.google.com), a shared or imported
// calendar's, and a public holiday calendar's
// (en.uk#holiday@group.v.calendar.google.com). No one reads mail there:
// an application that books rooms keeps them as the room's id.
var calendarDomains = []string{"resource.calendar.google.com", "group.calendar.google.com", "group.v.calendar.google.com", "import.calendar.google.com"}

func calendarDomain(domain string) bool {
	for _, d := range calendarDomains {
		if strings.EqualFold(domain, d) {
			return true
		}
	}
	return false
}

// generatedLocal reports a local part no person or mail provider chose: a
// key an application made for a row (a UUID, an ObjectId, a ULID, a cuid)
// or twenty random letters and digits or more, the kind of character
// changing every third one at least (7cQx2mWnR4kTzB9yHf3LpD, where a
// name run together changes kind at its words: ChristopherJohnson1985).
// An address of that shape is an id written as an address: an iCalendar
// UID (<uid>@cal.example), a Message-ID kept without its brackets. A
// number (4155550123@txt.example, a phone's SMS gateway) and a relay
// address's ten random characters are still addresses. So is a local part
// with letters and a time in milliseconds since 1970 (thirteen digits in a
// row): a Message-ID that Jira writes as JIRA.<id>.<epoch ms>.<n>.<epoch
// ms>@Atlassian.JIRA.
func generatedLocal(local string) bool {
	if len(local) < 20 || AllDigits(local) {
		return false
	}
	if IsRowKey(local) || epochMillisIn(local) {
		return true
	}
	changes, prev := 0, byte(0)
	for i := 0; i < len(local); i++ {
		var kind byte
		switch c := local[i]; {
		case isLower(c):
			kind = 'a'
		case isUpper(c):
			kind = 'A'
		case isDigit(c):
			kind = '0'
		default:
			return false
		}
		if i > 0 && kind != prev {
			changes++
		}
		prev = kind
	}
	return changes*3 >= len(local) && IsHighEntropyToken(local)
}

// epochMillisIn reports a local part with a letter and a run of thirteen
// digits or more: no person's address, and not a phone's SMS gateway
// (digits only).
func epochMillisIn(local string) bool {
	letter, run, longest := false, 0, 0
	for i := 0; i < len(local); i++ {
		c := local[i]
		if isDigit(c) {
			run++
			longest = max(longest, run)
			continue
		}
		run = 0
		letter = letter || isLower(c) || isUpper(c)
	}
	return letter && longest >= 13
}

// isDomain reports a DNS name of at least two labels whose last label (the
// TLD) is alphabetic or punycode.
func isDomain(d string) bool {
	if len(d) < 4 || len(d) > 253 {
		return false
	}
	labels := 0
	start := 0
	for i := 0; i <= len(d); i++ {
		if i < len(d) && d[i] != '.' {
			c := d[i]
			if !isAlnum(c) && c != '-' && c < 0x80 {
				return false
			}
			continue
		}
		label := d[start:i]
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		labels++
		if i == len(d) {
			if strings.HasPrefix(label, "xn--") {
				return labels >= 2
			}
			if len(label) < 2 {
				return false
			}
			for j := 0; j < len(label); j++ {
				if !isAlpha(label[j]) && label[j] < 0x80 {
					return false
				}
			}
		}
		start = i + 1
	}
	return labels >= 2
}

// IsPhone reports whether s (spaces trimmed) is one telephone number:
// E.164 with a leading + (8 to 15 digits, separators allowed), or a national
// number written with separators: North American (10 digits, or 11 with a
// leading 1; the area code does not start with 0 or 1) or a trunk
// prefix 0 followed by 9 or 10 more digits. A trailing extension (x12, ext.
// 12) is allowed. A bare run of digits without + is not a phone number (it
// is as likely an id or an amount), and neither is a date, a time, a
// version or an IPv4 address.
func IsPhone(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 7 || len(s) > 40 {
		return false
	}
	s = trimExtension(s)
	plus := s[0] == '+'
	if plus {
		s = strings.TrimLeft(s[1:], " ")
	}
	if s == "" || !(isDigit(s[0]) || s[0] == '(') || !isDigit(s[len(s)-1]) {
		return false
	}
	var digits [15]byte
	var lens [15]int // the digits in each group
	n, groups, dots, parens := 0, 0, 0, 0
	for i := 0; i < len(s); {
		if isDigit(s[i]) {
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			inParens := i > 0 && s[i-1] == '(' && j < len(s) && s[j] == ')'
			if inParens && j-i > 5 {
				return false
			}
			// A group after the first has at least two digits, except a
			// parenthesised trunk prefix as in +44 (0)20 and the digit after
			// a country code as in +33 6 12 34 56 78.
			if groups > 0 && j-i < 2 && !inParens && !(plus && groups == 1) {
				return false
			}
			if n+j-i > len(digits) {
				return false
			}
			for k := i; k < j; k++ {
				digits[n] = s[k]
				n++
			}
			lens[groups] = j - i
			groups++
			i = j
			continue
		}
		// A separator: one of space, dash, dot, or a parenthesis with at
		// most one space or dash beside it.
		j := i
		for j < len(s) && !isDigit(s[j]) {
			j++
		}
		sep := s[i:j]
		switch sep {
		case " ", "-":
		case ".":
			dots++
		case "(", " (", ")", ") ", ")-":
			if strings.IndexByte(sep, '(') >= 0 {
				parens++
			}
		default:
			return false
		}
		i = j
	}
	if parens > 1 || strings.Count(s, "(") != strings.Count(s, ")") {
		return false
	}
	if plus {
		return n >= 8 && n <= 15 && digits[0] != '0'
	}
	if groups < 2 {
		return false // a plain integer
	}
	if dots == 3 && groups == 4 {
		return false // dotted like an IPv4 address
	}
	d := digits[:n]
	switch {
	case (n == 10 || n == 11) && d[0] == '0':
		return d[1] != '0'
	case n == 10:
		return d[0] >= '2' && northAmerican(lens[:groups])
	case n == 11 && d[0] == '1':
		return d[1] >= '2' && lens[0] == 1 && northAmerican(lens[1:groups])
	}
	return false
}

// northAmerican reports digit groups written as a North American number
// is, area code, exchange and line (555-123-4567, (555) 123-4567), or
// area code and the rest (555 1234567): not a year and a serial number
// (2024-123456), which has as many digits.
func northAmerican(lens []int) bool {
	return slices.Equal(lens, []int{3, 3, 4}) || slices.Equal(lens, []int{3, 7})
}

// trimExtension removes a trailing " x123", " ext 123" or " ext. 123".
func trimExtension(s string) string {
	i := len(s)
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	if i == len(s) || len(s)-i > 6 {
		return s
	}
	j := strings.TrimRight(s[:i], " ")
	lower := strings.ToLower(j)
	for _, suffix := range []string{"ext.", "ext", "x", "#"} {
		if strings.HasSuffix(lower, suffix) {
			k := len(j) - len(suffix)
			if k > 0 && (s[k-1] == ' ' || (suffix == "x" && isDigit(s[k-1]))) {
				return strings.TrimRight(s[:k], " ")
			}
		}
	}
	return s
}

// IsCardNumber reports whether s (spaces trimmed) is a payment card number:
// 13 to 19 digits, optionally grouped by single spaces or single dashes (one
// kind throughout), Luhn-valid, with the IIN prefix and length of a known
// scheme (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro,
// Mir). Repeated-digit test values such as 0000 0000 0000 0000 are not.
func IsCardNumber(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 13 || len(s) > 23 {
		return false
	}
	var d [19]byte
	n := 0
	var sep byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			if n == len(d) {
				return false
			}
			d[n] = c - '0'
			n++
			continue
		}
		if c != ' ' && c != '-' {
			return false
		}
		if sep != 0 && c != sep || i == 0 || i == len(s)-1 || !isDigit(s[i-1]) {
			return false
		}
		sep = c
	}
	if n < 13 {
		return false
	}
	same := true
	for i := 1; i < n; i++ {
		if d[i] != d[0] {
			same = false
			break
		}
	}
	if same || !luhn(d[:n]) {
		return false
	}
	// An ungrouped 13 or 14 digits with a GS1 check digit is an article
	// number (an EAN-13 or a GTIN-14): a tenth of them also pass Luhn, and
	// Germany's EANs (400 to 440) then read as 13-digit Visa numbers, a
	// length no issuer has used in years.
	if sep == 0 && (n == 13 || n == 14) && gtin(d[:n]) {
		return false
	}
	return knownIIN(d[:n])
}

// gtin reports digits whose last is a GS1 check digit (EAN-13, GTIN-14):
// from the right, the others weigh 3 and 1 in turn.
func gtin(d []byte) bool {
	sum := 0
	for i := len(d) - 2; i >= 0; i-- {
		w := 1
		if (len(d)-2-i)%2 == 0 {
			w = 3
		}
		sum += w * int(d[i])
	}
	return (sum+int(d[len(d)-1]))%10 == 0
}

func luhn(d []byte) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i])
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

func knownIIN(d []byte) bool {
	n := len(d)
	prefix := func(k int) int {
		v := 0
		for i := 0; i < k; i++ {
			v = v*10 + int(d[i])
		}
		return v
	}
	p1, p2, p3, p4, p6 := prefix(1), prefix(2), prefix(3), prefix(4), prefix(6)
	switch {
	case p1 == 4: // Visa
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p2 == 34 || p2 == 37: // American Express
		return n == 15
	case p4 >= 2200 && p4 <= 2204: // Mir
		return n >= 16
	case p4 == 6011, p3 >= 644 && p3 <= 649, p2 == 65, p6 >= 622126 && p6 <= 622925: // Discover
		return n >= 16
	case p4 >= 3528 && p4 <= 3589: // JCB
		return n >= 16
	case p3 >= 300 && p3 <= 305, p4 == 3095, p2 == 36, p2 == 38, p2 == 39: // Diners Club
		return n >= 14
	case p2 == 62: // UnionPay
		return n >= 16
	case p2 == 50, p2 >= 56 && p2 <= 58, p4 == 6304, p4 == 6759, p6 == 676770, p6 == 676774: // Maestro
		return n >= 13
	}
	return false
}

// ibanLength is the length of an IBAN per country (SWIFT IBAN registry).
var ibanLength = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
	"BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
	"EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
	"GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
	"JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
	"MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
	"NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
	"SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

// IsIBAN reports whether s (spaces trimmed) is an International Bank
// Account Number: a known country code, the country's length, and the ISO
// 7064 mod-97 check. Groups may be separated by single spaces; letters may
// be lower case.
func IsIBAN(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 15 || len(s) > 42 {
		return false
	}
	var b [34]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || s[i-1] == ' ' {
				return false
			}
			continue
		}
		if isLower(c) {
			c -= 'a' - 'A'
		}
		if !isUpper(c) && !isDigit(c) {
			return false
		}
		if n == len(b) {
			return false
		}
		b[n] = c
		n++
	}
	if n < 15 || !isUpper(b[0]) || !isUpper(b[1]) || !isDigit(b[2]) || !isDigit(b[3]) {
		return false
	}
	if ibanLength[string(b[:2])] != n {
		return false
	}
	// Move the first four characters to the end, letters to 10..35, mod 97.
	rem := 0
	for i := 0; i < n; i++ {
		c := b[(i+4)%n]
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A'+10)) % 97
		}
	}
	return rem == 1
}

// IsSSN reports whether s (spaces trimmed) is a United States Social
// Security Number written AAA-GG-SSSS, excluding numbers never issued: area
// 000, 666 or 900-999, group 00, serial 0000, and the known advertising
// numbers 078-05-1120 and 219-09-9999.
func IsSSN(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) != 11 || s[3] != '-' || s[6] != '-' {
		return false
	}
	for i := 0; i < 11; i++ {
		if i != 3 && i != 6 && !isDigit(s[i]) {
			return false
		}
	}
	area, group, serial := s[0:3], s[4:6], s[7:11]
	if area == "000" || area == "666" || area[0] == '9' || group == "00" || serial == "0000" {
		return false
	}
	return s != "078-05-1120" && s != "219-09-9999"
}

// IsIPv4 reports whether s (spaces trimmed) is an IPv4 address in dotted
// decimal, optionally with a /prefix length. "1.2.3" and leading zeros are
// not, nor is a dotted quad that starts with 0 but 0.0.0.0 (every
// interface): 0.0.0.0/8 addresses no host, and 0.7.18.2 is a version.
func IsIPv4(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 7 || len(s) > 18 || !isDigit(s[0]) {
		return false
	}
	if s[0] == '0' && !strings.HasPrefix(s, "0.0.0.0") {
		return false
	}
	a, ok := parseAddr(s)
	return ok && a.Is4()
}

// IsHexIP reports whether s (spaces trimmed) is an IP address written in
// upper-case hex digits, as an application stores one to compare ranges
// (MediaWiki's IPUtils::toHex: ipb_range_start, cuc_ip_hex): eight digits
// for IPv4 ("C0A80001", 192.168.0.1) and "v6-" and thirty-two for IPv6.
// Eight digits must hold a letter and must not start 00 (0.0.0.0/8
// addresses no host), so that a date (20240105) or a number is not one;
// they are still any eight hex digits (a CRC, a short code), which is
// why the classifier believes them only under a name that says an
// address.
func IsHexIP(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case len(s) == 35 && strings.HasPrefix(s, "v6-"):
		return upperHex(s[3:])
	case len(s) == 8:
		return upperHex(s) && strings.ContainsAny(s, "ABCDEF") && s[:2] != "00"
	}
	return false
}

// upperHex reports a non-empty run of digits and upper-case A to F.
func upperHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && (c < 'A' || c > 'F') {
			return false
		}
	}
	return s != ""
}

// IsIPv6 reports whether s (spaces trimmed) is an IPv6 address (an IPv4
// address mapped into IPv6 included), optionally with a zone or a /prefix
// length.
func IsIPv6(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || len(s) > 64 || strings.Count(s, ":") < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			break // the zone may be any interface name
		}
		if !isHex(c) && c != ':' && c != '.' && c != '/' {
			return false
		}
	}
	a, ok := parseAddr(s)
	return ok && a.Is6()
}

// IsPaymentCustomerID reports whether s (spaces trimmed) is a customer's
// id at Stripe, cus_ and 14 to 24 letters and digits, or a connected
// account's, acct_ and 16 (both letters and digits among them). The one
// names the person's billing record there (cards, addresses, invoices),
// the other the seller's account (its owner's identity, their bank
// account): a pseudonym, and a link.
func IsPaymentCustomerID(s string) bool {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "cus_")
	if ok && (len(rest) < 14 || len(rest) > 24) {
		return false
	}
	if !ok {
		if rest, ok = strings.CutPrefix(s, "acct_"); !ok || len(rest) != 16 {
			return false
		}
	}
	letter, digit := false, false
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		default:
			return false
		}
	}
	return letter && digit
}

// IsInternalIP reports an IP address (spaces trimmed, a /prefix length
// allowed) that no person on the internet connects from: a private
// network's (RFC 1918, IPv6 unique local), loopback, link-local,
// unspecified, or reserved for documentation (RFC 5737, RFC 3849). A
// server's address on its own network is one.
func IsInternalIP(s string) bool {
	s = strings.TrimSpace(s)
	if !IsIPv4(s) && !IsIPv6(s) {
		return false
	}
	a, _ := parseAddr(s)
	a = a.Unmap()
	if a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsUnspecified() {
		return true
	}
	for _, p := range documentationNets {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// documentationNets are the address blocks reserved for examples.
var documentationNets = []netip.Prefix{
	netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"), netip.MustParsePrefix("2001:db8::/32"),
}

func parseAddr(s string) (netip.Addr, bool) {
	if strings.IndexByte(s, '/') >= 0 {
		p, err := netip.ParsePrefix(s)
		return p.Addr(), err == nil
	}
	a, err := netip.ParseAddr(s)
	return a, err == nil
}

// IsMAC reports whether s (spaces trimmed) is a MAC address (EUI-48) or an
// EUI-64, written in one of the usual forms: six or eight pairs of hex
// digits separated by colons or by dashes (00:1A:2B:3C:4D:5E,
// 00-1a-2b-3c-4d-5e), or three or four groups of four separated by dots
// (Cisco: 001a.2b3c.4d5e). Twelve bare hex digits are not (as likely an id
// or a digest), nor the all-zero and broadcast addresses, which identify no
// device.
func IsMAC(s string) bool {
	s = strings.TrimSpace(s)
	var group int
	var sep byte
	switch len(s) {
	case 17, 23: // 6 or 8 pairs
		group, sep = 2, s[2]
		if sep != ':' && sep != '-' {
			return false
		}
	case 14, 19: // 3 or 4 dotted quads
		group, sep = 4, '.'
	default:
		return false
	}
	same := true
	for i := 0; i < len(s); i++ {
		if (i+1)%(group+1) == 0 {
			if s[i] != sep {
				return false
			}
			continue
		}
		if !isHex(s[i]) {
			return false
		}
		same = same && (s[i] == s[0])
	}
	return !same || s[0] != '0' && s[0] != 'f' && s[0] != 'F'
}

// IsServerAddress reports whether s (spaces trimmed) is where a server
// listens: a URL of a scheme and a host with no user in it
// (http://10.42.6.170:8080, grpc://relay.internal:7443/api), or a host
// and a port (db-1.internal:5432, [fd00::1]:443). A column named address
// that holds them is a network address, not a street's.
func IsServerAddress(s string) bool {
	s = strings.TrimSpace(s)
	if scheme, rest, ok := strings.Cut(s, "://"); ok {
		if scheme == "" || len(scheme) > 16 || !isLower(scheme[0]) || !allBytes(scheme, func(c byte) bool { return isLower(c) || isDigit(c) || c == '+' || c == '-' || c == '.' }) {
			return false
		}
		host := rest
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			host = rest[:i]
		}
		return host != "" && strings.IndexByte(host, '@') < 0 && serverHost(host, false)
	}
	return serverHost(s, true)
}

// serverHost reports a host name or an IP address, with a port (required
// when port is set).
func serverHost(s string, port bool) bool {
	h, p := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return false
		}
		h, p = s[1:end], strings.TrimPrefix(s[end+1:], ":")
		if !IsIPv6(h) || p == "" && (port || end+1 < len(s)) {
			return false
		}
	} else if i := strings.LastIndexByte(s, ':'); i >= 0 {
		h, p = s[:i], s[i+1:]
		if p == "" {
			return false
		}
	}
	if port && p == "" || p != "" && (len(p) > 5 || !allBytes(p, isDigit)) {
		return false
	}
	if IsIPv4(h) || IsIPv6(h) {
		return true
	}
	if len(h) == 0 || len(h) > 253 || h[0] == '.' || h[0] == '-' {
		return false
	}
	return allBytes(h, func(c byte) bool { return isLower(c) || isUpper(c) || isDigit(c) || c == '-' || c == '.' || c == '_' })
}
