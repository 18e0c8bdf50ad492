package detect

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// slugify spells a value as a URL slug: lower case, runs of anything but
// letters, digits and apostrophes as one hyphen.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || r >= '0' && r <= '9' || r == '\'' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func TestIsNameSlug(t *testing.T) {
	for _, s := range []string{"amelia-smith", "amelia-smith's-workspace-3", "amelia-smiths-workspace", "team-kwame-mensah",
		"priya-sharma-42", "oliver-muller", " jonas-schmidt ", "sofía-garcía's-workspace-9", "joão-silva"} {
		require.True(t, IsNameSlug(s), "IsNameSlug(%q)", s)
	}
	for _, s := range []string{"", "amelia", "smith", "acorn-labs-4", "rose-gold", "lincoln-park", "san-diego", "premium-plan",
		"Amelia-Smith", "amelia_smith", "amelia.smith", "amelia smith", "smith-amelia-", "2024-01-31", "meridian-design-12",
		"summer-sale", "order-1234"} {
		require.False(t, IsNameSlug(s), "IsNameSlug(%q)", s)
	}
}

func TestNameSlugCorpus(t *testing.T) {
	var names, other []string
	for _, v := range corpus(t, "pii/person_names.txt") {
		if s := slugify(v); strings.Count(s, "-") >= 1 {
			names = append(names, s)
		}
	}
	for _, v := range corpus(t, "nonpii/*.txt") {
		other = append(other, slugify(v))
	}
	// A slug loses the case and punctuation IsPersonName weighs: it finds
	// fewer names, and must stay as sure of the ones it finds.
	requireRecall(t, "IsNameSlug", IsNameSlug, names, 0.60)
	requireFalsePositives(t, "IsNameSlug", IsNameSlug, other, 0.01)
}

func TestHasPersonNamePossessive(t *testing.T) {
	for _, s := range []string{"Amelia Smith's workspace", "Kwame Mensah’s team", "Notes from Ann Smith's visit"} {
		require.True(t, HasPersonName(s), s)
	}
	for _, s := range []string{"Lincoln Park's lake", "Rose Gold's shine", "Smith's workspace"} {
		require.False(t, HasPersonName(s), s)
	}
}
