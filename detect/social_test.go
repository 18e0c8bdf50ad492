package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsSocialProfileURL(t *testing.T) {
	for _, s := range []string{"https://twitter.com/ann_smith", "https://x.com/ann_smith/", "https://www.linkedin.com/in/ann-smith-1a2b3c",
		"github.com/asmith", "https://mastodon.social/@ann", "https://fosstodon.org/@ann.smith", "https://www.youtube.com/@ann",
		"https://www.facebook.com/profile.php?id=100012", "http://instagram.com/ann.smith?hl=en", "https://bsky.app/profile/ann.bsky.social",
		"https://www.reddit.com/user/ann_smith", "https://de.linkedin.com/in/anna-schmidt",
		"https://social.example/users/ann_smith", "https://social.example/users/ann_smith/statuses/109912", "https://tube.example.org/accounts/ann",
		"https://social.example/@ann/109912", "https://forum.example.com/u/ann.smith/summary", "https://pixelfed.example/users/ann/follow/42",
		"https://www.strava.com/athletes/73752300", "https://www.komoot.com/user/1234567890", "https://connect.garmin.com/modern/profile/ann_smith",
		"https://vimeo.com/user12345678", "https://www.last.fm/user/annsmith", "https://orcid.org/0000-0002-1825-0097"} {
		require.True(t, IsSocialProfileURL(s), "IsSocialProfileURL(%q)", s)
	}
	for _, s := range []string{"", "https://twitter.com", "https://twitter.com/search?q=x", "https://github.com/about",
		"https://github.com/golang/go", "https://www.linkedin.com/company/acme", "https://example.com/@", "https://example.com/ann",
		"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "mailto:ann@example.com", "@ann", "ann smith", "https://www.facebook.com/sharer.php?u=x",
		"example.com/@ann", "https://shop.example/users/sign_in", "https://app.example.com/users/42", "https://app.example.com/users/42/orders",
		"https://shop.example/accounts/edit", "https://social.example/@", "https://api.example.com/v1/users/ann", "http://localhost/users/ann",
		"https://www.strava.com/segments/1234", "https://www.strava.com/athletes", "https://vimeo.com/76979871", "https://orcid.org/signin",
		"https://www.komoot.com/tour/1234"} {
		require.False(t, IsSocialProfileURL(s), "IsSocialProfileURL(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsSocialProfileURL("https://www.linkedin.com/in/ann-smith-1a2b3c") }))
}

func TestSocialProfileURLCorpus(t *testing.T) {
	requireFalsePositives(t, "IsSocialProfileURL", IsSocialProfileURL, corpus(t, "nonpii/*.txt"), 0.001)
}
