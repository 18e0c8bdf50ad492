package copyfmt

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
)

// The numeric binary format (numeric_send): int16 ndigits, int16 weight,
// uint16 sign, uint16 dscale, then ndigits base-10000 digits, most
// significant first; the first digit is worth 10000^weight.
const (
	numericPos    = 0x0000
	numericNeg    = 0x4000
	numericNaN    = 0xC000
	numericPInf   = 0xD000
	numericNInf   = 0xF000
	numericScale  = 0x3FFF // largest dscale
	numericBase   = 10000
	numericDigits = 4 // decimal digits per base digit
)

// numericSpecialScale is the dscale numeric_send writes for ±Infinity (its
// short-header bits); numeric_recv ignores it.
const numericSpecialScale = 32

// appendNumericText appends what numeric_out prints for the value that
// numeric_recv makes of src: digits beyond dscale are truncated, zeros are
// stripped, and a zero is never negative. It returns a message on invalid
// input, as numeric_recv rejects it.
func appendNumericText(dst, src []byte) ([]byte, string) {
	be := binary.BigEndian
	if len(src) < 8 {
		return dst, fmt.Sprintf("%d bytes, want at least 8", len(src))
	}
	ndigits := int(be.Uint16(src))
	weight := int(int16(be.Uint16(src[2:])))
	sign := be.Uint16(src[4:])
	dscale := int(be.Uint16(src[6:]))
	if len(src) != 8+2*ndigits {
		return dst, fmt.Sprintf("%d bytes for %d digits, want %d", len(src), ndigits, 8+2*ndigits)
	}
	if sign != numericPos && sign != numericNeg && sign != numericNaN && sign != numericPInf && sign != numericNInf {
		return dst, fmt.Sprintf("invalid sign %#04x", sign)
	}
	if dscale&numericScale != dscale {
		return dst, fmt.Sprintf("invalid scale %d", dscale)
	}
	raw := src[8:]
	for k := range ndigits {
		if be.Uint16(raw[2*k:]) >= numericBase {
			return dst, fmt.Sprintf("invalid digit %d", k+1)
		}
	}
	switch sign {
	case numericNaN:
		return append(dst, "NaN"...), ""
	case numericPInf:
		return append(dst, "Infinity"...), ""
	case numericNInf:
		return append(dst, "-Infinity"...), ""
	}

	// trunc_var: keep the base digits that hold the first dscale decimals,
	// and zero the decimals beyond dscale in the last one kept.
	n := ndigits
	last := -1 // the truncated value of digit n-1, or -1 if untouched
	if di := (weight+1)*numericDigits + dscale; di <= 0 {
		n = 0
	} else if keep := (di + numericDigits - 1) / numericDigits; keep <= n {
		n = keep
		if r := di % numericDigits; r > 0 {
			pow := [numericDigits]int{0, 1000, 100, 10}[r]
			d := int(be.Uint16(raw[2*(n-1):]))
			last = d - d%pow
		}
	}
	digit := func(k int) int {
		if k == n-1 && last >= 0 {
			return last
		}
		return int(be.Uint16(raw[2*k:]))
	}
	// strip_var: drop leading and trailing zero digits.
	a, b := 0, n
	for a < b && digit(a) == 0 {
		a++
	}
	for b > a && digit(b-1) == 0 {
		b--
	}
	if a == b {
		weight, sign = 0, numericPos
	} else {
		weight -= a
		if weight < math.MinInt16 {
			return dst, "value overflows numeric format"
		}
	}
	nd := b - a
	d := func(k int) int { return digit(a + k) }

	// get_str_from_var.
	if sign == numericNeg {
		dst = append(dst, '-')
	}
	k := 0
	if weight < 0 {
		dst = append(dst, '0')
		k = weight + 1
	} else {
		for ; k <= weight; k++ {
			v := 0
			if k < nd {
				v = d(k)
			}
			if k == 0 {
				dst = strconv.AppendInt(dst, int64(v), 10)
			} else {
				dst = append4(dst, v)
			}
		}
	}
	if dscale > 0 {
		dst = append(dst, '.')
		end := len(dst) + dscale
		for i := 0; i < dscale; i += numericDigits {
			v := 0
			if k >= 0 && k < nd {
				v = d(k)
			}
			dst = append4(dst, v)
			k++
		}
		dst = dst[:end]
	}
	return dst, ""
}

// append4 appends v (0..9999) as four decimal digits.
func append4(dst []byte, v int) []byte {
	return append(dst, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}

// appendNumericBinary appends what numeric_send writes for the value
// numeric_in makes of text: [+-]digits[.digits][e[+-]digits], or NaN,
// Infinity, inf (either signed) in any case, with surrounding spaces. It
// returns the offset of the first invalid byte and a message on error.
func appendNumericBinary(dst, text []byte) ([]byte, int, string) {
	be := binary.BigEndian
	i := 0
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	end := len(text)
	for end > i && isSpace(text[end-1]) {
		end--
	}
	switch s := text[i:end]; {
	case equalFold(s, "nan"):
		return be.AppendUint64(dst, numericNaN<<16), 0, ""
	case equalFold(s, "infinity"), equalFold(s, "+infinity"), equalFold(s, "inf"), equalFold(s, "+inf"):
		return be.AppendUint64(dst, numericPInf<<16|numericSpecialScale), 0, ""
	case equalFold(s, "-infinity"), equalFold(s, "-inf"):
		return be.AppendUint64(dst, numericNInf<<16|numericSpecialScale), 0, ""
	}
	sign := uint16(numericPos)
	if i < end && (text[i] == '+' || text[i] == '-') {
		if text[i] == '-' {
			sign = numericNeg
		}
		i++
	}
	// The decimal digits are text[first:last] without the point; dweight
	// is the decimal exponent of the first one.
	first := i
	dweight, dscale, ndec := -1, 0, 0
	point := -1
	for ; i < end; i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			ndec++
			if point < 0 {
				dweight++
			} else {
				dscale++
			}
		} else if c == '.' && point < 0 {
			point = i
		} else {
			break
		}
	}
	if ndec == 0 {
		return dst, i, "invalid input syntax for numeric"
	}
	if i < end && (text[i] == 'e' || text[i] == 'E') {
		i++
		neg := false
		if i < end && (text[i] == '+' || text[i] == '-') {
			neg = text[i] == '-'
			i++
		}
		start := i
		exp := 0
		for ; i < end && text[i] >= '0' && text[i] <= '9'; i++ {
			if exp < math.MaxInt32/20 {
				exp = exp*10 + int(text[i]-'0')
			}
		}
		if i == start {
			return dst, i, "invalid exponent"
		}
		if exp >= math.MaxInt32/20 {
			return dst, start, "value overflows numeric format"
		}
		if neg {
			exp = -exp
		}
		dweight += exp
		dscale = max(dscale-exp, 0)
	}
	if i != end {
		return dst, i, "invalid input syntax for numeric"
	}
	if dscale > numericScale {
		return dst, first, "value overflows numeric format"
	}
	// Decimal digit j (0-based over the digits) as a number.
	dec := func(j int) int {
		p := first + j
		if point >= 0 && p >= point {
			p++
		}
		return int(text[p] - '0')
	}
	lo, hi := 0, ndec
	for lo < hi && dec(lo) == 0 {
		lo++
		dweight--
	}
	for hi > lo && dec(hi-1) == 0 {
		hi--
	}
	if lo == hi {
		return be.AppendUint64(dst, uint64(dscale)), 0, ""
	}
	weight := floorDiv(dweight, numericDigits)
	if weight > math.MaxInt16 || weight < math.MinInt16 {
		return dst, first, "value overflows numeric format"
	}
	offset := (weight+1)*numericDigits - (dweight + 1) // zeros before the first digit
	ndigits := (hi - lo + offset + numericDigits - 1) / numericDigits
	if ndigits > math.MaxUint16 {
		return dst, first, "value overflows numeric format"
	}
	dst = be.AppendUint16(dst, uint16(ndigits))
	dst = be.AppendUint16(dst, uint16(int16(weight)))
	dst = be.AppendUint16(dst, sign)
	dst = be.AppendUint16(dst, uint16(dscale))
	for g := range ndigits {
		v := 0
		for k := range numericDigits {
			j := g*numericDigits + k - offset + lo
			v *= 10
			if j >= lo && j < hi {
				v += dec(j)
			}
		}
		dst = be.AppendUint16(dst, uint16(v))
	}
	return dst, 0, ""
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// isSpace is C's isspace in the C locale.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// equalFold compares ASCII case-insensitively with a lowercase word.
func equalFold(s []byte, word string) bool {
	if len(s) != len(word) {
		return false
	}
	for i, c := range s {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[i] {
			return false
		}
	}
	return true
}
