package detect

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// hl7Order is an order as a clinic's EMR sends it to a laboratory:
// segments ended by carriage returns, a patient with two identifiers, a
// next of kin, an attending doctor, and a note typed by a nurse.
const hl7Order = "MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113015800||ORM^O01|MSG0001|P|2.5\r" +
	"PID|1||0133/19/04557^^^EMR^PI~CI079900234^^^ONECI^NI||BOATENG^Esi^Ama||19810303|F|||12 Rue des Jardins^Apt 4^Abidjan^^^CI||0765585787~^PRN^PH^^225^07^65585799\r" +
	"NK1|1|BOATENG^Kwame|FTH|||+225 07 11 22 33 44\r" +
	"PV1|1|O|OPD||||6^ROUX^Élodie|||||||||||V123\r" +
	"OBR|1|ORD1||25836-8^HIV-1 viral load^LN|||20230113015800\r" +
	"NTE|1||Sample drawn by Grace Mensah, call ann@example.org"

func spansOf(text string) map[string][]string {
	got := map[string][]string{}
	for _, sp := range AppendEntities(nil, text) {
		got[sp.Kind.String()] = append(got[sp.Kind.String()], text[sp.Start:sp.End])
	}
	return got
}

// TestHL7Fields: a message's people are found field by field, component by
// component, as the standard places them; what other scanners find is
// kept only inside one component.
func TestHL7Fields(t *testing.T) {
	require.True(t, IsHL7Message(hl7Order))
	require.Equal(t, map[string][]string{
		"record_id":      {"0133/19/04557", "CI079900234"},
		"titled_surname": {"BOATENG", "BOATENG", "ROUX"},
		"greeted_name":   {"Esi", "Ama", "Kwame", "Élodie"},
		"birth_date":     {"19810303"},
		"street":         {"12 Rue des Jardins", "Apt 4"},
		"phone":          {"0765585787", "65585799", "+225 07 11 22 33 44"},
		"person_name":    {"Grace Mensah"},
		"email":          {"ann@example.org"},
	}, spansOf(hl7Order))

	// Line breaks instead of carriage returns, other separators, a
	// leading space: the message declares its own.
	alt := " " + strings.NewReplacer("\r", "\r\n", "|", "#", "^", "!").Replace(hl7Order)
	require.Equal(t, spansOf(hl7Order)["titled_surname"], spansOf(alt)["titled_surname"])
	require.Equal(t, spansOf(hl7Order)["birth_date"], spansOf(alt)["birth_date"])
	// Version 2.7's fifth encoding character, truncation.
	v27 := strings.Replace(hl7Order, `MSH|^~\&|`, `MSH|^~\&#|`, 1)
	require.Equal(t, spansOf(hl7Order), spansOf(v27))

	// Nothing that is not a name, an id, a date or a phone where the
	// standard puts one: an id in a name's place, a month 13, a short id.
	odd := "MSH|^~\\&|A|B|C|D|20230101||ADT^A01|1|P|2.5\rPID|1||12^^^X||0042^Ann||19811303|F|||^^Accra||12ab"
	require.Equal(t, map[string][]string{"greeted_name": {"Ann"}}, spansOf(odd))
}

// TestHL7NotMessages: text that mentions a message, or starts like one
// without its separators, is read as text.
func TestHL7NotMessages(t *testing.T) {
	for _, s := range []string{
		"MSH segment missing, message rejected",
		"MSH|^~\\&",
		"MSHX^~\\&|A|B",
		"MSH|^^\\&|A|B",
		"MSH|a~\\&|A|B|C",
		"MSH|^~\\&##|A|B|C",
		"see MSH|^~\\&|EMR|... in the log",
	} {
		require.False(t, IsHL7Message(s), s)
	}
	// A name across separators outside the fields read is not a name,
	// whether or not the message names anyone where the fields are read.
	got := spansOf("MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113||ORM^O01|1|P|2.5\rZXT|1|Grace^Mensah|Grace Mensah")
	require.Equal(t, map[string][]string{"person_name": {"Grace Mensah"}}, got)
	got = spansOf("MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113||ORM^O01|1|P|2.5\rPID|1||12^^^X||Boateng^Esi\rZXT|1|Grace^Mensah")
	require.Equal(t, []string{"Boateng"}, got["titled_surname"])
	require.Nil(t, got["person_name"])
}
