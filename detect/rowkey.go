package detect

import "strings"

// IsRowKey reports whether s (spaces trimmed) is a key an application made
// for a row, not a name anyone chose: a UUID (with or without dashes), a
// 24-digit hexadecimal ObjectId (MongoDB, Ghost, Knex apps), a ULID, a
// cuid, a number of up to 19 digits, or a document number of a naming
// series (HR-EMP-00012, CRM-LEAD-2024-00042, INV/2024/0042). A column named for who wrote the
// row (created_by) whose values are such keys references the author's row;
// it does not spell their login. It does not allocate.
func IsRowKey(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case len(s) == 0:
		return false
	case IsUUID(s):
		return true
	case len(s) <= 19 && allBytes(s, isDigit):
		return true
	case (len(s) == 24 || len(s) == 32) && allBytes(s, isLowerHex):
		return true
	case len(s) == 26 && s[0] >= '0' && s[0] <= '7' && allBytes(s, isCrockford):
		return true // a ULID
	case len(s) == 25 && s[0] == 'c' && allBytes(s, func(c byte) bool { return isLower(c) || isDigit(c) }):
		return strings.IndexFunc(s[1:], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 // a cuid
	}
	return seriesNumber(s)
}

// seriesNumber reports a document number of a naming series: segments of
// capitals and digits joined by - or /, the first starting with a capital,
// the last three digits or more (HR-EMP-00012, SO/2024/0042).
func seriesNumber(s string) bool {
	if len(s) < 5 || len(s) > 40 || !isUpper(s[0]) {
		return false
	}
	last, segs := 0, 1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' || c == '/':
			if i == last || i == len(s)-1 {
				return false
			}
			last, segs = i+1, segs+1
		case !isUpper(c) && !isDigit(c):
			return false
		}
	}
	return segs >= 2 && len(s)-last >= 3 && allBytes(s[last:], isDigit)
}

func isLowerHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' }

// isCrockford is a byte of Crockford's base32 in upper case (no I, L, O, U).
func isCrockford(c byte) bool {
	return isDigit(c) || isUpper(c) && c != 'I' && c != 'L' && c != 'O' && c != 'U'
}
