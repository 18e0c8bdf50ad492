package detect

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestUserAgentCorpus: IsUserAgent finds the generated user agents and
// matches nothing in the rest of the non-PII corpus (versions, URLs, file
// paths, MIME types, prose).
func TestUserAgentCorpus(t *testing.T) {
	requireRecall(t, "IsUserAgent", IsUserAgent, corpus(t, "nonpii/user_agents.txt"), 0.98)
	files, err := filepath.Glob(filepath.Join("testdata", "nonpii", "*.txt"))
	require.NoError(t, err)
	var others []string
	for _, f := range files {
		if filepath.Base(f) != "user_agents.txt" {
			others = append(others, corpus(t, filepath.Join("nonpii", filepath.Base(f)))...)
		}
	}
	others = append(others, corpus(t, "pii/*.txt")...)
	requireFalsePositives(t, "IsUserAgent", IsUserAgent, others, 0.001)
}

func TestIsUserAgent(t *testing.T) {
	for _, ua := range []string{
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
		"okhttp/4.12.0 (Android 14; Pixel 8)",
		"Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
		"MoodleMobile/4.3.0 (Android 14) Mozilla/5.0",
		"python-requests/2.31.0 CPython/3.12.1",
	} {
		require.True(t, IsUserAgent(ua), ua)
	}
	for _, s := range []string{
		"nginx/1.25.3", "curl/8.4.0", "application/json", "text/html; charset=utf-8", "2024/03/01 12:00",
		"See docs/setup.md (section 2)", "v1.2.3 (beta)", "https://example.com/a/1 (mirror)", "",
		"TCP/IP (the protocol suite)", "N/A (not applicable)",
	} {
		require.False(t, IsUserAgent(s), s)
	}
}
