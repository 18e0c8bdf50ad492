package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsStatusWord(t *testing.T) {
	for _, s := range []string{"pending", "Shipped", "CANCELLED", "in_progress", "on-hold", "partially_refunded", "awaiting payment",
		"payment_pending", " active ", "done", "withdrawn", "evaluating", "stalled"} {
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

func TestIsFlagWord(t *testing.T) {
	for _, s := range []string{"Y", "N", " y ", "yes", "No", "TRUE", "false", "t", "F", "on", "OFF", "0", "1"} {
		if !IsFlagWord(s) {
			t.Errorf("IsFlagWord(%q) = false", s)
		}
	}
	for _, s := range []string{"", "M", "X", "2", "yes please", "nope", "truex", "Yolanda", "10", "-1"} {
		if IsFlagWord(s) {
			t.Errorf("IsFlagWord(%q) = true", s)
		}
	}
	if n := testing.AllocsPerRun(100, func() { IsFlagWord(" Yes ") }); n != 0 {
		t.Errorf("IsFlagWord allocates %v times", n)
	}
}
