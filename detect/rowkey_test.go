package detect

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDrawnKey(t *testing.T) {
	for s, want := range map[string]struct {
		prefix string
		n      int
	}{
		"us_x8k2m9q0p1z":         {"us", 11},
		"cus_NffrFeUfNV2Hib":     {"cus", 14},
		"vw_0a1b2c3d":            {"vw", 8},
		"user_AbCdEfGhIjKl":      {"user", 12},
		"md_abcdefghijklmno1234": {"md", 19},
	} {
		prefix, n, ok := DrawnKey(s)
		require.True(t, ok, "DrawnKey(%q)", s)
		require.Equal(t, want.prefix, prefix, s)
		require.Equal(t, want.n, n, s)
	}
	for _, s := range []string{"", "us_", "us_abc1234", "ann_smith", "ann_smithsonian", "us_ABCDEFGHIJ", "us_1234567890",
		"us_x8k2-m9q0p1z", "Us_x8k2m9q0p1z", "u_x8k2m9q0p1z", "us_" + strings.Repeat("a1", 17), "ann.smith2024x"} {
		_, _, ok := DrawnKey(s)
		require.False(t, ok, "DrawnKey(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { DrawnKey("us_x8k2m9q0p1z") }))
}

func TestIsRowKey(t *testing.T) {
	for _, s := range []string{"5f8d0d55b54764421b7156c1", "1", "9223372036854775807", "0f8fad5b-d9cb-469f-a165-70867728950e",
		"0f8fad5bd9cb469fa16570867728950e", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "cjld2cjxh0000qzrmn831i7rn", " 42 ",
		"HR-EMP-00012", "CRM-LEAD-2024-00042", "SO/2024/0042", "CUST-00042",
		"user_01HK4Z6K5656QN2QN53N9JYGJA", "payses_01H8VKHS1NM981416KMP1W3JKP", "cus_0f8fad5b-d9cb-469f-a165-70867728950e"} {
		require.True(t, IsRowKey(s), "IsRowKey(%q)", s)
	}
	for _, s := range []string{"", "ann.smith", "asmith", "admin", "Ann Smith", "ann@example.org", "5F8D0D55B54764421B7156C1",
		"92233720368547758070", "-1", "1.5", "cjldcjxhqzrmnabcdefghijkl", "01ARZ3NDEKTSV4RRFFQ69G5FAVX", "deadbeef",
		"HR-EMP", "A-12", "Ann-Marie-123", "EMP-", "-EMP-123", "EMP--123", "RFC-7231x",
		"ann_smith", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "u_01HK4Z6K5656QN2QN53N9JYGJA", "user_42", "User_01HK4Z6K5656QN2QN53N9JYGJA", "user_CUST-00042"} {
		require.False(t, IsRowKey(s), "IsRowKey(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsRowKey("cjld2cjxh0000qzrmn831i7rn") }))
	require.Zero(t, testing.AllocsPerRun(50, func() { IsRowKey("user_01HK4Z6K5656QN2QN53N9JYGJA") }))
}
