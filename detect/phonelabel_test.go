package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestHasLabelledPhone(t *testing.T) {
	for _, s := range []string{
		"Consultorio privado en Okinawa Uno, cel. 72214408.",
		"Tel. 030 1234567 (Praxis)",
		"Mob: 07700 900123",
		"Rückruf unter Tel.: 0221-987654",
		"WhatsApp 0991 234 567, not after 8pm",
		"portable : 06 12 34 56 78",
		"Teléfono: 2 2441100",
		"fax 0221.98.76.54",
	} {
		if !HasLabelledPhone(s) {
			t.Errorf("HasLabelledPhone(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Order 72214408 shipped",                     // no label
		"cell 12 of the spreadsheet",                 // too few digits
		"Tel. 2023",                                  // too few digits
		"hotel 1234567 booking",                      // a word ending in tel is no label
		"pH 7.4 at 25 C",                             // a pH, few digits
		"phone 1234567890123456 is too long to dial", // over 15 digits
		"telefonica 12345678",                        // a company, not a label
		"Tel. 030 1234567abc",                        // no boundary after the number
		"cel.72214408x",
		"Tel. 192.168.100.200 is the PBX", // an address, not a number
	} {
		if HasLabelledPhone(s) {
			t.Errorf("HasLabelledPhone(%q) = true, want false", s)
		}
	}
	requireFalsePositives(t, "HasLabelledPhone", HasLabelledPhone, corpus(t, "nonpii/*.txt"), 0.001)
	require.Zero(t, testing.AllocsPerRun(50, func() { HasLabelledPhone("Consultorio privado, cel. 72214408, martes y jueves.") }))
}

func TestAppendEntitiesLabelledPhone(t *testing.T) {
	s := "Directora: cel. 72214408; oficina Tel. 3 3461200. Caso 4471-2023."
	var got []string
	for _, sp := range AppendEntities(nil, s) {
		if sp.Kind == KindPhone {
			got = append(got, s[sp.Start:sp.End])
		}
	}
	if len(got) != 2 || got[0] != "72214408" || got[1] != "3 3461200" {
		t.Errorf("phones in %q = %q, want [72214408 3 3461200]", s, got)
	}
}

// TestHasInternationalPhone: a number written +CC with its digits grouped
// is found inside a text exactly when AppendEntities finds it there; a
// sum, a version or digits run into a word are not phones.
func TestHasInternationalPhone(t *testing.T) {
	for _, s := range []string{"call +44 20 7946 0958 now", "<cellPhone>+225 05 01 50 53 66</cellPhone>", "Tel: +225 0501505366",
		"(+49 30 901820)", "mobile:+1 (415) 555-2671."} {
		require.True(t, HasInternationalPhone(s), s)
	}
	for _, s := range []string{"", "+", "2+3 = 5", "version 2+3 1234 5678", "a+1 234 567 8901", "C++ 11 and 14", "+1 day", "+12 345"} {
		require.False(t, HasInternationalPhone(s), s)
	}
	for _, s := range []string{"call +44 20 7946 0958 now", "+225 05 01 50 53 66", "2+3 = 5", "a+1 234 567 8901", "ring +33 1 42 68 53 00 or +49 30 901820"} {
		spans := false
		for _, sp := range AppendEntities(nil, s) {
			spans = spans || sp.Kind == KindPhone && s[sp.Start] == '+'
		}
		require.Equal(t, spans, HasInternationalPhone(s), s)
	}
}
