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
	local, rest, ok := SplitChatHandle("@ann.smith:matrix.org:8448")
	require.True(t, ok)
	require.Equal(t, []string{"ann.smith", ":matrix.org:8448"}, []string{local, rest})
	require.Zero(t, testing.AllocsPerRun(50, func() { IsChatHandle("@ann.smith:matrix.org") }))
}

func TestChatHandleCorpus(t *testing.T) {
	requireFalsePositives(t, "IsChatHandle", IsChatHandle, corpus(t, "nonpii/*.txt"), 0.001)
}

func TestChatHandlesInText(t *testing.T) {
	for text, want := range map[string]string{
		"ping @ann.smith:chat.example.org, please":   "@ann.smith:chat.example.org",
		"cc @ann@mastodon.social.":                   "@ann@mastodon.social",
		"(@bob:matrix.org:8448) joined":              "@bob:matrix.org:8448",
		"@telegram_1234:chat.example.org: see above": "@telegram_1234:chat.example.org",
	} {
		spans := AppendEntities(nil, text)
		require.Len(t, spans, 1, "%q: %v", text, spans)
		require.Equal(t, KindChatHandle, spans[0].Kind)
		require.Equal(t, want, text[spans[0].Start:spans[0].End])
	}
	// An email stays an email; a bare @mention names no server.
	spans := AppendEntities(nil, "write to ann@example.org or @ann")
	require.Len(t, spans, 1)
	require.Equal(t, KindEmail, spans[0].Kind)
}

func TestHasChatHandle(t *testing.T) {
	require.True(t, HasChatHandle("ping @ann.smith:chat.example.org, please"))
	require.True(t, HasChatHandle("a@b @ann@mastodon.social"))
	require.False(t, HasChatHandle("write to ann@example.org or @ann"))
	require.False(t, HasChatHandle("no at sign"))
}
