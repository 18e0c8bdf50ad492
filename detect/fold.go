package detect

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// foldSet is a list of words looked up ignoring case, as strings.EqualFold
// compares two words of the same length in bytes. The detectors consult
// these lists for every word of every sampled value, so a lookup is one
// map access rather than a scan of the list.
type foldSet struct {
	words []string            // as listed
	lower map[string]struct{} // the ASCII words, lower-cased
	wide  []string            // the words with a non-ASCII letter
}

// maxFoldWord bounds the length of an ASCII word in a foldSet: has folds
// the word it looks up into a buffer of this size.
const maxFoldWord = 64

func newFoldSet(words ...string) *foldSet {
	s := &foldSet{words: words, lower: make(map[string]struct{}, len(words))}
	for _, w := range words {
		switch {
		case !isASCII(w):
			s.wide = append(s.wide, w)
		case len(w) > maxFoldWord:
			panic(fmt.Sprintf("detect: %q is longer than a foldSet word (%d bytes)", w, maxFoldWord))
		default:
			s.lower[strings.ToLower(w)] = struct{}{}
		}
	}
	return s
}

// has reports whether w is one of the set's words, ignoring case. A word
// of ASCII letters only ever folds to another of the same length (a
// non-ASCII letter takes two bytes or more, and strings.EqualFold folds
// one letter to one letter), so an ASCII w is looked up among the ASCII
// words alone, and any other among the rest.
func (s *foldSet) has(w string) bool {
	if len(w) > maxFoldWord {
		return s.hasWide(w)
	}
	var buf [maxFoldWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.hasWide(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := s.lower[string(buf[:len(w)])]
	return ok
}

func (s *foldSet) hasWide(w string) bool {
	return slices.ContainsFunc(s.wide, func(x string) bool { return len(x) == len(w) && strings.EqualFold(x, w) })
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
