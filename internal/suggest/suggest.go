// Package suggest finds the name a user most likely meant: the "did you
// mean" of unknown table, column, key, transformer and parameter names.
//
// It imports only the standard library, so that every package may use it,
// anonymize included.
package suggest

import "strings"

// Closest returns the candidate closest to name, when it is close enough to
// be what was meant, or "". Case does not count. A candidate that name is a
// prefix of, up to a word boundary ("plan" for "plan_id"), wins outright:
// that is what a DBA half remembers. Otherwise the candidate at the smallest
// edit distance (the first of equals) wins if the distance is at most
// max(2, len(name)/3).
func Closest(name string, candidates []string) string {
	best, bestD := "", -1
	ln := strings.ToLower(name)
	for _, c := range candidates {
		lc := strings.ToLower(c)
		if len(ln) >= 3 && strings.HasPrefix(lc, ln) && strings.IndexAny(lc[len(ln):], "_ ") == 0 {
			return c
		}
		if d := Distance(ln, lc); bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD >= 0 && bestD <= max(2, len(name)/3) {
		return best
	}
	return ""
}

// Distance is the Levenshtein distance between a and b, in characters
// (runes): the fewest insertions, deletions and substitutions that turn
// one into the other.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
