package detect

import "testing"

func TestIsHexIP(t *testing.T) {
	for _, s := range []string{
		"C0A80001", "5F118668", "7F000001", " D451BCE8 ", "FFFFFFFF",
		"v6-20010DB8000000000000000000000001", "v6-2A029130E9E1531F9A431FC1E05BFA3A",
	} {
		if !IsHexIP(s) {
			t.Errorf("IsHexIP(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"", "20240105", "55542292", "00A80001", "c0a80001", "C0A8000", "C0A800011", "C0A8G001",
		"v6-20010db8000000000000000000000001", "v6-20010DB800000000000000000000001", "v4-C0A80001",
		"192.168.0.1", "DEADBEEFCAFE", "#FFAA00",
	} {
		if IsHexIP(s) {
			t.Errorf("IsHexIP(%q) = true, want false", s)
		}
	}
	requireFalsePositives(t, "IsHexIP", IsHexIP, corpus(t, "nonpii/*.txt"), 0)
}
