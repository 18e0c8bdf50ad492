package detect

import "strings"

// bitLockerLen is the length of a BitLocker recovery key as Windows shows
// it: eight groups of six digits joined by hyphens.
const bitLockerLen = 8*6 + 7

// IsBitLockerRecoveryKey reports whether s (spaces trimmed) is a BitLocker
// recovery key: 48 digits in eight groups of six joined by hyphens, each
// group a multiple of 11, as BitLocker writes the key's eight 16-bit
// words. Whoever holds it unlocks the disk: asset registers and
// directories keep them beside the laptop's record. A run of 48 random
// digits in that shape passes once in 200 million; the words' 16-bit bound
// is not checked, so a key generated without it (by a test's fixture, a
// vendor's sample) is found too.
func IsBitLockerRecoveryKey(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) == bitLockerLen && bitLockerAt(s, 0)
}

// HasBitLockerRecoveryKey reports whether s contains a BitLocker recovery
// key that no digit or hyphen extends.
func HasBitLockerRecoveryKey(s string) bool {
	for i := 0; i+bitLockerLen <= len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1]) && s[i-1] != '-') && bitLockerAt(s, i) {
			return true
		}
	}
	return false
}

// bitLockerAt reports a recovery key at s[i:i+bitLockerLen] that no digit
// or hyphen follows.
func bitLockerAt(s string, i int) bool {
	if i+bitLockerLen > len(s) {
		return false
	}
	if e := i + bitLockerLen; e < len(s) && (isDigit(s[e]) || s[e] == '-') {
		return false
	}
	for g := 0; g < 8; g++ {
		at := i + g*7
		if g > 0 && s[at-1] != '-' {
			return false
		}
		n := 0
		for k := at; k < at+6; k++ {
			if !isDigit(s[k]) {
				return false
			}
			n = n*10 + int(s[k]-'0')
		}
		if n%11 != 0 {
			return false
		}
	}
	return true
}
