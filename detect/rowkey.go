package detect

import "strings"

// IsRowKey reports whether s (spaces trimmed) is a key an application made
// for a row, not a name anyone chose: a UUID (with or without dashes), a
// 24-digit hexadecimal ObjectId (MongoDB, Ghost, Knex apps), a ULID, a
// cuid, a number of up to 19 digits, or a document number of a naming
// series (HR-EMP-00012, CRM-LEAD-2024-00042, INV/2024/0042), or any of the
// first four after a prefix naming the row's type, as Medusa and
// Stripe-like APIs write them (user_01HK4Z6K5656QN2QN53N9JYGJA,
// cus_<uuid>), or a reference to a typed row (IsReference). A column
// named for who wrote the row (created_by) whose values are such keys
// references the author's row; it does not spell their login. It does not
// allocate.
func IsRowKey(s string) bool {
	s = strings.TrimSpace(s)
	if _, key, ok := typePrefix(s); ok && typedKey(key) {
		return true
	}
	switch {
	case len(s) == 0:
		return false
	case len(s) <= 19 && allBytes(s, isDigit):
		return true
	}
	return typedKey(s) || seriesNumber(s) || IsReference(s)
}

// IsRandomKey reports whether s is a key an application drew at random
// for a row: a UUID (with or without dashes), a 24- or 32-digit
// hexadecimal ObjectId, a ULID or a cuid, alone or after a prefix naming
// the row's type. Unlike IsRowKey, no number: digits may be a phone's.
// It does not allocate.
func IsRandomKey(s string) bool {
	if _, key, ok := typePrefix(s); ok && typedKey(key) {
		return true
	}
	return typedKey(s)
}

// Drawn-key bounds: the random part of a key written <type>_<random>.
const (
	minDrawnKey = 8
	maxDrawnKey = 32
)

// DrawnKey reports a key written <type>_<random> whose random part is
// minDrawnKey to maxDrawnKey letters and digits that mix letters with
// digits, or both cases (NocoDB's us_x8k2m9q0p1z, Stripe's
// cus_NffrFeUfNV2Hib), and returns the type and the random part's
// length. One such value may be a login a person chose (ops_admin2024):
// what makes them keys is a column of them that share one type and one
// length, which logins do not, and the caller asks that. It does not
// allocate.
func DrawnKey(s string) (prefix string, n int, ok bool) {
	prefix, rest, ok := typePrefix(s)
	if !ok || len(rest) < minDrawnKey || len(rest) > maxDrawnKey {
		return "", 0, false
	}
	var letters, digits, upper, lower bool
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case isDigit(c):
			digits = true
		case isUpper(c):
			letters, upper = true, true
		case isLower(c):
			letters, lower = true, true
		default:
			return "", 0, false
		}
	}
	if !(letters && digits) && !(upper && lower) {
		return "", 0, false
	}
	return prefix, len(rest), true
}

// maxKeyPrefix bounds the type prefix of a key (cus, ordch, payses,
// invite).
const maxKeyPrefix = 12

// typePrefix splits a key written <type>_<rest> (cus_..., payses_...): a
// prefix of two to maxKeyPrefix lower-case letters before the first
// underscore.
func typePrefix(s string) (prefix, rest string, ok bool) {
	i := strings.IndexByte(s, '_')
	if i < 2 || i > maxKeyPrefix || !allBytes(s[:i], isLower) {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// typedKey reports a UUID (with or without dashes), a 24- or 32-digit
// lower-case hexadecimal ObjectId, a ULID or a cuid: keys random enough
// that no word or name is one.
func typedKey(s string) bool {
	switch {
	case IsUUID(s):
		return true
	case (len(s) == 24 || len(s) == 32) && allBytes(s, isLowerHex):
		return true
	case len(s) == 26 && s[0] >= '0' && s[0] <= '7' && allBytes(s, isCrockford):
		return true
	}
	return len(s) == 25 && s[0] == 'c' && allBytes(s, func(c byte) bool { return isLower(c) || isDigit(c) }) &&
		strings.IndexFunc(s[1:], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
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

// IsReference reports whether s (spaces trimmed) is a reference to a row
// of a named type: the type's name, a slash and the row's key (a UUID, a
// random key or a number), as FHIR servers store references
// (Patient/3f306274-8186-f900-8ef1-84665a93a9bb, Practitioner/42), or a
// Rails GlobalID (gid://shop/User/42, gid://shop/Admin::User/42). A column
// of them links rows, whatever its name says (subject, user): it holds no
// name, no login and no text. A type in capitals alone (MU/2668) is an
// organisation's code before a staff or student number, not a type. It
// does not allocate.
func IsReference(s string) bool {
	s = strings.TrimSpace(s)
	gid := false
	if rest, ok := strings.CutPrefix(s, "gid://"); ok {
		app, rest, ok := strings.Cut(rest, "/")
		if !ok || app == "" {
			return false
		}
		s, gid = rest, true
	}
	typ, key, ok := strings.Cut(s, "/")
	if !ok || len(typ) < 2 || len(typ) > 64 || !isUpper(typ[0]) || key == "" {
		return false
	}
	lower := false
	for i := 0; i < len(typ); i++ {
		c := typ[i]
		if !isUpper(c) && !isLower(c) && !isDigit(c) && c != ':' {
			return false
		}
		lower = lower || isLower(c)
	}
	// A type is named in CamelCase (Patient, DocumentReference); capitals
	// alone before a number are an organisation's code (MU/2668, a staff
	// number), unless a GlobalID says it is a class.
	if !lower && !gid {
		return false
	}
	return typedKey(key) || len(key) <= 19 && allBytes(key, isDigit)
}
