package detect

import "testing"

func TestIsBarePortugueseNIF(t *testing.T) {
	for _, s := range []string{"501964843", "123456789", " 261718274 ", "597 096 058", "451234561", "987654322", "234567813"} {
		if !IsBarePortugueseNIF(s) {
			t.Errorf("IsBarePortugueseNIF(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"", "501964844", "123456788", "401964843", "001964843", "441234567", "111111111", "50196484", "5019648430",
		"PT501964843", "501-964-843x", "5019 64843", "50196484a",
	} {
		if IsBarePortugueseNIF(s) {
			t.Errorf("IsBarePortugueseNIF(%q) = true, want false", s)
		}
	}
	// One bare number in eleven passes by chance: the classifier weighs
	// a column's share, not a value.
	requireFalsePositives(t, "IsBarePortugueseNIF", IsBarePortugueseNIF, corpus(t, "nonpii/*.txt"), 0.002)
}
