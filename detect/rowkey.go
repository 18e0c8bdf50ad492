package detect

import "strings"

// IsRowKey reports whether s (spaces trimmed) is a key an application made
// for a row, not a name anyone chose: a UUID (with or without dashes), a
// 24-digit hexadecimal ObjectId (MongoDB, Ghost, Knex apps), a ULID, a
// cuid, or a number of up to 19 digits. A column named for who wrote the
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
	return false
}

func isLowerHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' }

// isCrockford is a byte of Crockford's base32 in upper case (no I, L, O, U).
func isCrockford(c byte) bool {
	return isDigit(c) || isUpper(c) && c != 'I' && c != 'L' && c != 'O' && c != 'U'
}
