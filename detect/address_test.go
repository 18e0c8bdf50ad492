package detect

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestStreetAddressCorpus(t *testing.T) {
	requireRecall(t, "IsStreetAddress", IsStreetAddress, corpus(t, "pii/street_addresses.txt"), 0.90)
	requireFalsePositives(t, "IsStreetAddress", IsStreetAddress, corpus(t, "nonpii/*.txt"), 0.005)
}

func TestIsStreetAddressShapes(t *testing.T) {
	for _, s := range []string{"123 Main St", "12 rue de la Paix", "Hauptstraße 5", "Calle Mayor 5", "Via Roma 10", "Apt 4B",
		"  221B Baker Street  ", "Rua Augusta, 123"} {
		require.True(t, IsStreetAddress(s), s)
	}
	for _, s := range []string{"", "Main Street", "123", "123 Main", "Main St 123 456", "0 Main St", "123456 Main St",
		"Room 204", "Apt", "Apt 4B 5C", "ann@example.com", "https://example.com/12 Main St", "Hauptstraße", "Ring 5",
		"123 Main St " + "x y z a b c d e f g h"} {
		require.False(t, IsStreetAddress(s), s)
	}
}

func TestIsPostcode(t *testing.T) {
	for _, s := range []string{"SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "ec1a1bb", "W1A 0AX",
		"D02 X285", "A65 F4E2", "K1A 0B1", "k1a0b1", "1234 AB", "1012AB", "12345-6789", "01310-100", "〒100-0001",
		"D-10115", "DE-10115", "F-75001", "FR-75001", "I-00100", "E-28013", "A-1010", "CH-8001", "B-1000", "SE-114 55", "FIN-00100", "SE-98499",
		"NL-1012 AB", "PL-00-950", "PT-1000-001", "DK-1050"} {
		require.True(t, IsPostcode(s), s)
	}
	for _, s := range []string{"", "12345", "10115", "75001", "560001", "1234", "123-4567", "00-950", "1000-001",
		"SW1A 1AC", "QA1 1AA", "D1A 0B1", "1234 SA", "0123 AB", "12345-678-9", "00000-0000", "X-10115", "DE-1011",
		"ORD-12345", "SKU-10023", "v1.2.3", "2024-01-15", "AB1 2CD3", "SE-00455", "DE-00042", "FR-00123", "S-01234",
		"1973ff", "e8e8e8", "4285f4"} { // colours without their #
		require.False(t, IsPostcode(s), s)
	}
	requireFalsePositives(t, "IsPostcode", IsPostcode, corpus(t, "nonpii/*.txt"), 0.002)
}

func TestPlausibleBirthDate(t *testing.T) {
	now := time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)
	for _, s := range []string{"1990-04-12", "2026-06-15", "1916-06-15", "1985-12-31T00:00:00Z", "1985-12-31 00:00:00",
		"1970-01-01T08:30:00.123+02:00", "2000-02-29", " 1999-09-09 ", "1980-05-05T10:20:30-0500"} {
		require.True(t, plausibleBirthDate(s, now), s)
	}
	for _, s := range []string{"", "2026-06-16", "2030-01-01", "1916-06-14", "1800-01-01", "1990-13-01", "1990-02-30",
		"2001-02-29", "1990-4-12", "12/04/1990", "1990/04/12", "1990-04-12T25:00:00", "1990-04-12T10:61", "1990-04-12X",
		"19900412", "1990-04-12T10:00:00+5", "abcd-ef-gh"} {
		require.False(t, plausibleBirthDate(s, now), s)
	}
	require.True(t, IsPlausibleBirthDate("1990-04-12"))
	require.False(t, IsPlausibleBirthDate(time.Now().AddDate(0, 0, 2).Format("2006-01-02")))
}

func TestAddressDetectorsDoNotAllocate(t *testing.T) {
	for _, s := range []string{"123 Main St, Apt 4B", "Hauptstraße 5", "SW1A 1AA", "1990-04-12T08:30:00Z", "Premium Plan"} {
		require.Zero(t, testing.AllocsPerRun(50, func() { IsStreetAddress(s); IsPostcode(s); IsPlausibleBirthDate(s) }), s)
	}
}
