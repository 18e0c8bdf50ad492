package pgsql

import "bytes"

// number is a decimal number parsed in place from its text, compared
// exactly (no float rounding) and without allocating: the digits stay in s.
type number struct {
	s     []byte
	class int8 // negInf, finite, posInf or nan, in PostgreSQL's sort order
	neg   bool // finite numbers only
	first int  // index in s of the first non-zero digit; -1 for zero
	dot   int  // index of '.' in s, or -1
	end   int  // end of the mantissa in s
	exp   int  // the value is 0.d1d2d3... × 10^exp
}

const (
	negInf int8 = iota
	finite
	posInf
	nan
)

// maxExp bounds exponents so that arithmetic on them cannot overflow;
// numbers beyond 10^±maxExp compare as if they were 10^±maxExp.
const maxExp = 1 << 30

// parseNumber parses s as PostgreSQL prints an integer, numeric, real or
// double precision value: [+-]digits[.digits][e[+-]digits], Infinity,
// -Infinity or NaN (case-insensitive, as the input functions accept them).
func parseNumber(s []byte) (number, bool) {
	n := number{s: s, class: finite, first: -1, dot: -1}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		n.neg = s[i] == '-'
		i++
	}
	switch rest := s[i:]; {
	case bytes.EqualFold(rest, []byte("infinity")), bytes.EqualFold(rest, []byte("inf")):
		n.class = posInf
		if n.neg {
			n.class = negInf
		}
		return n, true
	case bytes.EqualFold(rest, []byte("nan")) && i == 0:
		n.class = nan
		return n, true
	}
	digits := 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if c != '0' && n.first < 0 {
				n.first = i
			}
			continue
		case c == '.' && n.dot < 0:
			n.dot = i
			continue
		}
		break
	}
	if digits == 0 {
		return n, false
	}
	n.end = i
	e := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i == len(s) {
			return n, false
		}
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return n, false
			}
			if e < maxExp {
				e = e*10 + int(c-'0')
			}
		}
		if eneg {
			e = -e
		}
	}
	if i != len(s) {
		return n, false
	}
	if n.first < 0 {
		return n, true // zero
	}
	point := n.dot
	if point < 0 {
		point = n.end
	}
	if n.first < point {
		n.exp = point - n.first
	} else {
		n.exp = -(n.first - point - 1)
	}
	n.exp = max(-maxExp, min(maxExp, n.exp+e))
	return n, true
}

func (n *number) sign() int {
	switch {
	case n.class != finite:
		return 0
	case n.first < 0:
		return 0
	case n.neg:
		return -1
	}
	return 1
}

// digit returns the significant digit at cursor i and the next cursor.
func (n *number) digit(i int) (byte, int) {
	if i == n.dot {
		i++
	}
	if i >= n.end {
		return '0', i
	}
	return n.s[i], i + 1
}

// compareNumbers orders two numbers as PostgreSQL's numeric type does:
// -Infinity < finite < Infinity < NaN, and NaN = NaN.
func compareNumbers(a, b *number) int {
	if a.class != b.class {
		return cmp3(int(a.class), int(b.class))
	}
	if a.class != finite {
		return 0
	}
	sa, sb := a.sign(), b.sign()
	if sa != sb || sa == 0 {
		return cmp3(sa, sb)
	}
	c := cmp3(a.exp, b.exp)
	for ia, ib := a.first, b.first; c == 0 && (ia < a.end || ib < b.end); {
		var da, db byte
		da, ia = a.digit(ia)
		db, ib = b.digit(ib)
		c = cmp3(int(da), int(db))
	}
	return c * sa
}

func cmp3(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// parseBool parses s as PostgreSQL's boolean input function does: any
// unambiguous prefix of true, false, yes, no, on, off, or 1 or 0,
// case-insensitive, surrounding white space ignored.
func parseBool(s []byte) (value, ok bool) {
	s = bytes.TrimSpace(s)
	if len(s) == 0 {
		return false, false
	}
	prefixOf := func(word string, minLen int) bool {
		return len(s) >= minLen && len(s) <= len(word) && bytes.EqualFold(s, []byte(word[:len(s)]))
	}
	switch s[0] | 0x20 {
	case 't':
		return true, prefixOf("true", 1)
	case 'y':
		return true, prefixOf("yes", 1)
	case 'f':
		return false, prefixOf("false", 1)
	case 'n':
		return false, prefixOf("no", 1)
	case 'o':
		if prefixOf("on", 2) {
			return true, true
		}
		return false, prefixOf("off", 2)
	case '0', '1':
		if len(s) == 1 && (s[0] == '1' || s[0] == '0') {
			return s[0] == '1', true
		}
	}
	return false, false
}
