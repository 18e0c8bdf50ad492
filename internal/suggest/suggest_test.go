package suggest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDistance(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"emial", "email", 2},
		{"flaw", "lawn", 2}, {"é", "e", 1}, {"日本語", "日本", 1}, {"same", "same", 0},
	} {
		require.Equal(t, c.want, Distance(c.a, c.b), "%q %q", c.a, c.b)
		require.Equal(t, c.want, Distance(c.b, c.a), "%q %q", c.b, c.a)
	}
}

func TestClosest(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name       string
		candidates []string
		want       string
	}{
		{"emial", []string{"full_name", "email", "phone"}, "email"},
		{"EMIAL", []string{"full_name", "email"}, "email"},
		{"Users", []string{"orders", "users"}, "users"},
		{"plan", []string{"plans", "plan_id"}, "plan_id"}, // a prefix up to a word boundary wins
		{"pla", []string{"plan_id"}, ""},                  // too short for a prefix, too far otherwise
		{"keep_lst", []string{"keep_first", "keep_last"}, "keep_last"},
		{"zzzzzzzzzzzz", []string{"email", "phone"}, ""},
		{"ab", []string{"xy", "xz"}, "xy"}, // distance 2 is always close enough; the first of equals
		{"anything", nil, ""},
	} {
		require.Equal(t, c.want, Closest(c.name, c.candidates), "%q in %q", c.name, c.candidates)
	}
}
