package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsChatHandle(t *testing.T) {
	for _, s := range []string{"@ann.smith:matrix.org", "@telegram_1234:chat.example.org", "@ann:example.org:8448", " @bob:localhost ",
		"@ann@mastodon.social", "@ngozi.okafor@fosstodon.org", "@_bridge_bot:chat.example.org", "@9876:chat.example.org",
		"@Ann:example.org"} {
		require.True(t, IsChatHandle(s), "IsChatHandle(%q)", s)
	}
	for _, s := range []string{"", "@ann", "@ann:", "@ann:localhost:", "@ann:example.org:port", "@ann:example.org:123456",
		"#ops:example.org", "!abcDEF:example.org", "$abcdefghijklmnop", "ann@example.org", "@:example.org", "@...:example.org",
		"@ann:example", "@ann@example", "@a=b@mastodon.social", "@ann smith:example.org", "user@host:22", "@ann:example.org/path"} {
		require.False(t, IsChatHandle(s), "IsChatHandle(%q)", s)
	}
	sigil, local, rest, ok := SplitChatHandle("@ann.smith:matrix.org:8448")
	require.True(t, ok)
	require.Equal(t, []string{"@", "ann.smith", ":matrix.org:8448"}, []string{sigil, local, rest})
	require.Zero(t, testing.AllocsPerRun(50, func() { IsChatHandle("@ann.smith:matrix.org") }))
}

func TestChatHandleCorpus(t *testing.T) {
	requireFalsePositives(t, "IsChatHandle", IsChatHandle, corpus(t, "nonpii/*.txt"), 0.001)
}
