package detect

import (
	"net/netip"
	"strconv"
	"strings"
)

// IsClientHostname reports whether s (spaces trimmed) is the reverse DNS
// name an access provider gives a subscriber's line, with the line's
// IPv4 address written into it (c-73-22-1-5.hsd1.or.comcast.net,
// host86-150-1-2.range86-150.btcentralplus.com,
// 5.1.22.73.in-addr.arpa): a log of who connected, resolved, still holds
// their addresses. A name with an address on a private network
// (ip-10-0-0-1.ec2.internal) or at a cloud provider
// (ec2-54-12-3-4.compute-1.amazonaws.com) is a machine's.
func IsClientHostname(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) < 10 || len(s) > 253 {
		return false
	}
	// Most values are ruled out here, without allocating: a host name's
	// bytes only, two dots or more, four digits or more.
	dots, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.':
			dots++
		case isDigit(c):
			digits++
		case isLower(c) || isUpper(c) || c == '-':
		default:
			return false
		}
	}
	if dots < 2 || digits < 4 {
		return false
	}
	s = strings.ToLower(s)
	labels := strings.Split(s, ".")
	if len(labels) < 3 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' ||
			!allBytes(l, func(c byte) bool { return isLower(c) || isDigit(c) || c == '-' }) {
			return false
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || !allBytes(tld, isLower) {
		return false
	}
	for _, cloud := range cloudDomains {
		if s == cloud || strings.HasSuffix(s, "."+cloud) {
			return false
		}
	}
	// The numbers of the host's part (all but the registered domain),
	// split at dashes and dots: four in a row that are octets spell the
	// address. A label's letters before its first number (host86) are
	// its prefix.
	var nums []string
	addr := func() bool {
		for i := 0; i+4 <= len(nums); i++ {
			if a, ok := octets(nums[i : i+4]); ok {
				if strings.HasSuffix(s, ".in-addr.arpa") {
					a = netip.AddrFrom4([4]byte{a.As4()[3], a.As4()[2], a.As4()[1], a.As4()[0]})
				}
				return a.IsGlobalUnicast() && !a.IsPrivate()
			}
		}
		return false
	}
	for _, l := range labels[:len(labels)-2] {
		for _, part := range strings.Split(l, "-") {
			digits := strings.TrimLeft(part, "abcdefghijklmnopqrstuvwxyz")
			if digits == "" || !allBytes(digits, isDigit) {
				if addr() {
					return true
				}
				nums = nums[:0]
				continue
			}
			if len(digits) != len(part) && len(nums) > 0 {
				// Letters before a number end the run before it.
				if addr() {
					return true
				}
				nums = nums[:0]
			}
			nums = append(nums, digits)
		}
	}
	return addr()
}

// octets reads four decimal octets (no leading zeros) as an address.
func octets(parts []string) (netip.Addr, bool) {
	var b [4]byte
	for i, p := range parts {
		if len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return netip.Addr{}, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n > 255 {
			return netip.Addr{}, false
		}
		b[i] = byte(n)
	}
	return netip.AddrFrom4(b), true
}

// cloudDomains are where cloud providers name their machines after their
// addresses.
var cloudDomains = []string{"amazonaws.com", "googleusercontent.com", "bc.googleusercontent.com", "cloudapp.azure.com",
	"linodeusercontent.com", "vultrusercontent.com", "your-server.de", "ip.linodeusercontent.com", "compute.internal", "ec2.internal"}
