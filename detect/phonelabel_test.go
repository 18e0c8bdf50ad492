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
