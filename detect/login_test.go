package detect

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

func TestIsNameLogin(t *testing.T) {
	for _, s := range []string{"ctran", "yokafor", "jokafor2", "mmensah07", "bnowak", "avirtanen", "hsuzuki", " phaddad ", "priyasharma"} {
		require.True(t, IsNameLogin(s), s)
	}
	for _, s := range []string{
		"", "dli", "jlee", // surnames too short to tell
		"shall", "along", "plane", "chill", "spark", "stone", // a letter and a name that is also a word
		"scott", "admin", "support", "system", "helpdesk", "pending", "state", "ghana", "arabic", // a name or a word by itself
		"CTran", "c.tran", "c_tran", "ctran@example.org", "jirauser10023", "ctran12345", // case, separators, too many digits
		"noreferrer", "noopener", "nofollow", // HTML's words: a link's rel, not Nore Ferrer
	} {
		require.False(t, IsNameLogin(s), s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsNameLogin("yokafor2") }))
}

// TestNameLoginCorpus spells the corpus's people as directories spell
// logins, and reads every word of the non-PII corpus, lower-cased, as one.
func TestNameLoginCorpus(t *testing.T) {
	var logins []string
	for _, v := range corpus(t, "pii/person_names.txt") {
		words := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return !unicode.IsLetter(r) })
		if len(words) == 2 {
			logins = append(logins, words[0][:1]+words[1])
		}
	}
	// Surnames that are ordinary words (Smith, Brown) or shorter than four
	// letters are not believed: about half the logins.
	requireRecall(t, "IsNameLogin", IsNameLogin, logins, 0.40)
	var words []string
	for _, v := range corpus(t, "nonpii/*.txt") {
		words = append(words, strings.Fields(strings.ToLower(v))...)
	}
	// The corpus is mostly gofakeit's, whose vocabulary IsNameLogin
	// refuses, so this rate is flattering; hand-written words outside it
	// below measure what is left.
	requireFalsePositives(t, "IsNameLogin", IsNameLogin, words, 0.002)
	// English words of a letter and a surname-like rest, not all in
	// gofakeit's vocabulary: some are taken for logins, which is why the
	// classifier asks many distinct values of a column.
	english := []string{"state", "place", "worth", "render", "leading", "natural", "drink", "blind", "spoon", "brother",
		"truth", "reading", "billing", "shunt", "strand", "swells", "stable", "browse", "scamp", "crush", "trust", "smart",
		"travel", "credit", "refund", "shipping", "invoice", "draft", "closed", "review", "archived", "deleted", "blocked",
		"trial", "premium", "monthly", "weekly", "granted", "revoked", "expired", "primary", "secondary", "private", "public"}
	requireFalsePositives(t, "IsNameLogin on English words", IsNameLogin, english, 0.10)
}

func TestLoginSpanIsWholeValue(t *testing.T) {
	require.Equal(t, []Span{{Kind: KindLogin, Start: 1, End: 8}}, AppendEntities(nil, " yokafor "))
	require.Empty(t, AppendEntities(nil, "assigned to yokafor today"))
	require.Empty(t, AppendEntities(nil, "state"))
}
