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

func TestIsReference(t *testing.T) {
	for _, s := range []string{"Patient/3f306274-8186-f900-8ef1-84665a93a9bb", "Practitioner/42", " User/a6533d9c-ac8b-221e-7017-0be94b6ce8f6 ",
		"gid://shop/User/42", "gid://shop/Admin::User/42", "Organization/5f8d0d55b54764421b7156c1", "gid://shop/SSO/42"} {
		require.True(t, IsReference(s), "IsReference(%q)", s)
		require.True(t, IsRowKey(s), "IsRowKey(%q)", s)
	}
	for _, s := range []string{"", "Patient/", "/42", "patient/42", "Patient/ann", "Ann Smith/42", "P/42", "gid:///User/42",
		"Patient/42/_history/1", "http://example.org/Patient/42", "Smith/Jones", "Patient/4a", "N/A", "MU/2668", "KRA/2231"} {
		require.False(t, IsReference(s), "IsReference(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsReference("gid://shop/User/42") }))
}

func TestIsServerAddress(t *testing.T) {
	for _, s := range []string{"http://10.42.6.170:8080", "grpc://relay.internal:7443/api", "https://coder-2.coder.svc.cluster.local",
		"db-1.internal:5432", "[fd00::1]:443", "10.0.0.1:80", " redis://cache:6379/0 "} {
		require.True(t, IsServerAddress(s), "IsServerAddress(%q)", s)
	}
	for _, s := range []string{"", "12 Main Street", "Flat 2, 4 High St", "https://ann:secret@db.example.org", "db-1.internal",
		"http://", "Main St:5", "ann@example.org", "10.0.0.1", "[fd00::1]", "HTTP://x", "a:b"} {
		require.False(t, IsServerAddress(s), "IsServerAddress(%q)", s)
	}
}
