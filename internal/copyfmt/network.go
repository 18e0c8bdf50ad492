package copyfmt

import (
	"bytes"
	"fmt"
	"net/netip"
	"strconv"
)

// The inet/cidr binary format (inet_send): family (2 for IPv4, 3 for IPv6:
// PGSQL_AF_INET and PGSQL_AF_INET6), mask bits, is_cidr, address length
// (4 or 16), address bytes.
const (
	afInet  = 2
	afInet6 = 3
)

// appendInetText appends what inet_out or cidr_out prints for the value
// inet_recv or cidr_recv makes of src.
func appendInetText(dst, src []byte, cidr bool) ([]byte, string) {
	if len(src) < 4 {
		return dst, fmt.Sprintf("%d bytes, want at least 4", len(src))
	}
	family, bits, nb := src[0], int(src[1]), int(src[3])
	maxBits := 32
	switch family {
	case afInet:
	case afInet6:
		maxBits = 128
	default:
		return dst, fmt.Sprintf("invalid address family %d", family)
	}
	if bits > maxBits {
		return dst, fmt.Sprintf("invalid mask length %d", bits)
	}
	if nb != maxBits/8 || len(src) != 4+nb {
		return dst, fmt.Sprintf("%d address bytes, want %d", len(src)-4, maxBits/8)
	}
	addr := src[4:]
	if cidr && !hostBitsZero(addr, bits) {
		return dst, "cidr value has bits set to the right of the mask"
	}
	if family == afInet {
		for i, b := range addr {
			if i > 0 {
				dst = append(dst, '.')
			}
			dst = strconv.AppendUint(dst, uint64(b), 10)
		}
	} else {
		dst = appendIPv6(dst, addr)
	}
	if bits != maxBits || cidr {
		dst = append(dst, '/')
		dst = strconv.AppendInt(dst, int64(bits), 10)
	}
	return dst, ""
}

// appendIPv6 formats an IPv6 address as PostgreSQL's inet_net_ntop_ipv6
// does: lowercase hex words, the longest run of two or more zero words (the
// first of equal runs) as ::, and an embedded IPv4 address in dotted form
// for ::a.b.c.d and ::ffff:a.b.c.d.
func appendIPv6(dst, a []byte) []byte {
	var words [8]int
	for i := range words {
		words[i] = int(a[2*i])<<8 | int(a[2*i+1])
	}
	bestBase, bestLen, curBase, curLen := -1, 0, -1, 0
	for i, w := range words {
		if w == 0 {
			if curBase < 0 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
			continue
		}
		if curBase >= 0 {
			if bestBase < 0 || curLen > bestLen {
				bestBase, bestLen = curBase, curLen
			}
			curBase = -1
		}
	}
	if curBase >= 0 && (bestBase < 0 || curLen > bestLen) {
		bestBase, bestLen = curBase, curLen
	}
	if bestBase >= 0 && bestLen < 2 {
		bestBase = -1
	}
	for i := 0; i < len(words); i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				dst = append(dst, ':')
			}
			continue
		}
		if i != 0 {
			dst = append(dst, ':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff)) {
			for k, b := range a[12:] {
				if k > 0 {
					dst = append(dst, '.')
				}
				dst = strconv.AppendUint(dst, uint64(b), 10)
			}
			return dst
		}
		dst = strconv.AppendUint(dst, uint64(words[i]), 16)
	}
	if bestBase >= 0 && bestBase+bestLen == len(words) {
		dst = append(dst, ':')
	}
	return dst
}

// hostBitsZero reports whether the bits of addr after the first bits are
// all zero.
func hostBitsZero(addr []byte, bits int) bool {
	for i, b := range addr {
		switch {
		case bits >= 8*(i+1):
		case bits <= 8*i:
			if b != 0 {
				return false
			}
		default:
			if b&(0xff>>(bits-8*i)) != 0 {
				return false
			}
		}
	}
	return true
}

// appendInetBinary parses inet or cidr text: an IPv4 or IPv6 address with
// an optional /bits. An IPv4 address may have fewer than four octets when
// it has a mask (or is a cidr); a cidr's missing mask is inferred from the
// address class as PostgreSQL does, and bits set to the right of a cidr's
// mask are an error.
func appendInetBinary(dst, text []byte, cidr bool) ([]byte, int, string) {
	addrText, bitsText, hasBits := bytes.Cut(text, []byte{'/'})
	bits := -1
	if hasBits {
		v, err := strconv.ParseUint(string(bitsText), 10, 8)
		if err != nil || len(bitsText) == 0 || bitsText[0] == '+' {
			return dst, len(addrText) + 1, "invalid mask length"
		}
		bits = int(v)
	}
	var family byte
	var addr [16]byte
	var nb int
	if bytes.IndexByte(addrText, ':') >= 0 {
		a, err := netip.ParseAddr(string(addrText))
		if err != nil || a.Zone() != "" || !a.Is6() {
			return dst, 0, "invalid IPv6 address"
		}
		family, nb = afInet6, 16
		addr = a.As16()
		if bits < 0 {
			bits = 128
		}
		if bits > 128 {
			return dst, len(addrText) + 1, "invalid mask length"
		}
	} else {
		family, nb = afInet, 4
		octets := 0
		for part := range bytes.SplitSeq(addrText, []byte{'.'}) {
			v, err := strconv.ParseUint(string(part), 10, 8)
			if err != nil || len(part) == 0 || part[0] == '+' || octets == 4 {
				return dst, 0, "invalid IPv4 address"
			}
			addr[octets] = byte(v)
			octets++
		}
		if octets < 4 && !hasBits && !cidr {
			return dst, 0, "invalid IPv4 address"
		}
		if bits < 0 {
			bits = 32
			if cidr {
				bits = classfulBits(addr[0], octets)
			}
		}
		if bits > 32 {
			return dst, len(addrText) + 1, "invalid mask length"
		}
	}
	if cidr && !hostBitsZero(addr[:nb], bits) {
		return dst, 0, "cidr value has bits set to the right of the mask"
	}
	isCidr := byte(0)
	if cidr {
		isCidr = 1
	}
	dst = append(dst, family, byte(bits), isCidr, byte(nb))
	return append(dst, addr[:nb]...), 0, ""
}

// classfulBits is the mask PostgreSQL infers for a cidr IPv4 address
// written without one (inet_cidr_pton_ipv4).
func classfulBits(first byte, octets int) int {
	var bits int
	switch {
	case first >= 240:
		bits = 32
	case first >= 224:
		bits = 8
	case first >= 192:
		bits = 24
	case first >= 128:
		bits = 16
	default:
		bits = 8
	}
	if bits < octets*8 {
		bits = octets * 8
	}
	if bits == 8 && first == 224 {
		bits = 4
	}
	return bits
}
