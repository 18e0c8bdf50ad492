package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsStatusWord(t *testing.T) {
	for _, s := range []string{"pending", "Shipped", "CANCELLED", "in_progress", "on-hold", "partially_refunded", "awaiting payment",
		"payment_pending", " active ", "done"} {
		require.True(t, IsStatusWord(s), "IsStatusWord(%q)", s)
	}
	for _, s := range []string{"", "CA", "California", "Texas", "New South Wales", "Bavaria", "NY", "in", "on_the_way_home",
		"pending pending pending pending pending", "Île-de-France", "male", "married", "Amelia Smith"} {
		require.False(t, IsStatusWord(s), "IsStatusWord(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsStatusWord("partially_refunded") }))
}

func TestStatusWordCorpus(t *testing.T) {
	// Places and people are never statuses.
	requireFalsePositives(t, "IsStatusWord", IsStatusWord, append(corpus(t, "nonpii/states.txt"), append(corpus(t, "nonpii/cities.txt"),
		append(corpus(t, "nonpii/countries.txt"), corpus(t, "pii/person_names.txt")...)...)...), 0)
}
