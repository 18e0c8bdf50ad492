package pgsql

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCompareNumbers(t *testing.T) {
	t.Parallel()
	// Each group holds equal values; groups are in increasing order.
	groups := [][]string{
		{"-Infinity", "-inf", "-INFINITY"},
		{"-1e10", "-10000000000", "-10000000000.000"},
		{"-1.5", "-1.50", "-15e-1", "-.15E1"},
		{"-1"},
		{"-0.001", "-1e-3"},
		{"0", "-0", "+0", "0.000", "0e99", ".0", "0."},
		{"0.000000000000000000001", "1e-21"},
		{"0.1", ".1", "1e-1", "0.10"},
		{"1", "1.", "01", "+1", "1.0e0", "0.01e2"},
		{"9.99999999999999999999"},
		{"10", "1e1", "1E+1", "10.0000"},
		{"123456789012345678901234567890", "1.2345678901234567890123456789e29"},
		{"1e400"},
		{"Infinity", "inf", "+Infinity"},
		{"NaN", "nan"},
	}
	for gi, g := range groups {
		for _, a := range g {
			na, ok := parseNumber([]byte(a))
			require.True(t, ok, a)
			for gj, h := range groups {
				for _, b := range h {
					nb, ok := parseNumber([]byte(b))
					require.True(t, ok, b)
					require.Equal(t, cmp3(gi, gj), compareNumbers(&na, &nb), "%s vs %s", a, b)
				}
			}
		}
	}
	for _, bad := range []string{"", "-", "+", ".", "e1", "1e", "1e+", "1.2.3", "1 ", " 1", "0x10", "1_000", "--1", "-nan", "infinit", "1e1.5", "abc"} {
		_, ok := parseNumber([]byte(bad))
		require.False(t, ok, bad)
	}
}

func TestCompareNumbersAgainstBig(t *testing.T) {
	t.Parallel()
	values := []string{"0", "1", "-1", "0.5", "-0.5", "123.456", "123.4560001", "-123.456", "1e3", "999.9999", "1000.0001", "5e-324", "-7e-5", "70e-6"}
	for _, a := range values {
		for _, b := range values {
			ra, _ := new(big.Rat).SetString(a)
			rb, _ := new(big.Rat).SetString(b)
			na, _ := parseNumber([]byte(a))
			nb, _ := parseNumber([]byte(b))
			require.Equal(t, ra.Cmp(rb), compareNumbers(&na, &nb), "%s vs %s", a, b)
		}
	}
}

func TestParseBool(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]bool{
		"t": true, "true": true, "TRUE": true, "tr": true, "y": true, "yes": true, "on": true, "1": true, " t ": true,
		"f": false, "false": false, "fal": false, "n": false, "no": false, "off": false, "of": false, "0": false,
	} {
		got, ok := parseBool([]byte(in))
		require.True(t, ok, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "o", "truex", "yess", "2", "10", "enabled", "nope"} {
		_, ok := parseBool([]byte(bad))
		require.False(t, ok, bad)
	}
}

func TestCanonicalUUID(t *testing.T) {
	t.Parallel()
	const want = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
	for _, in := range []string{want, "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}",
		"a0eebc999c0b4ef8bb6d6bb9bd380a11", "a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11"} {
		got, ok := canonicalUUID(in)
		require.True(t, ok, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "a0eebc99", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-",
		"-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11", "g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"} {
		_, ok := canonicalUUID(bad)
		require.False(t, ok, bad)
	}
}

func TestDecimalText(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"1.5": "1.5", "1_000.5": "1000.5", "0x7FFFFFFFFFFFFFFFFF": "2361183241434822606847", "-0x10": "-16",
		"0o777777777777": strconv.Itoa(0o777777777777), "0b1_0000_0000_0000_0000_0000_0000_0000_0000": "4294967296",
	} {
		got, ok := decimalText(in)
		require.True(t, ok, in)
		require.Equal(t, want, got, in)
	}
}
