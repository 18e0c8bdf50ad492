package copyfmt_test

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/copyfmt"
)

func TestCodecNames(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"int4", "integer", "character varying", "bpchar", "timestamp with time zone", "citext", "decimal"} {
		require.True(t, copyfmt.SupportsBinary(name), name)
		c, ok := copyfmt.LookupCodec(name)
		require.True(t, ok)
		require.Equal(t, name, c.Name())
	}
	for _, name := range []string{"_int4", "int4[]", "interval", "hstore", "my_enum", "INT4", "char", "xml", "money"} {
		require.False(t, copyfmt.SupportsBinary(name), name)
		_, err := copyfmt.BinaryToText(name, nil, []byte{1})
		require.ErrorIs(t, err, copyfmt.ErrUnsupportedType)
		_, err = copyfmt.TextToBinary(name, nil, []byte("1"))
		require.ErrorIs(t, err, copyfmt.ErrUnsupportedType)
	}
}

// TestCodecErrors: invalid values give a ValueError that does not quote
// the value, and dst comes back unchanged.
func TestCodecErrors(t *testing.T) {
	t.Parallel()
	secret := "s3cr3t-4242"
	dst := []byte("keep")
	for _, typ := range []string{"int2", "int4", "int8", "oid", "float4", "float8", "numeric", "bool", "date", "time",
		"timestamp", "timestamptz", "uuid", "bytea", "inet", "cidr", "macaddr", "macaddr8"} {
		got, err := copyfmt.TextToBinary(typ, dst, []byte(secret+`\`))
		var ve *copyfmt.ValueError
		require.ErrorAs(t, err, &ve, typ)
		require.False(t, ve.ToText)
		require.NotContains(t, err.Error(), "s3cr3t", typ)
		require.Equal(t, "keep", string(got))

		if typ == "bytea" {
			continue // every byte string is a bytea
		}
		got, err = copyfmt.BinaryToText(typ, dst, []byte(secret))
		require.ErrorAs(t, err, &ve, typ)
		require.True(t, ve.ToText)
		require.NotContains(t, err.Error(), "s3cr3t", typ)
		require.Equal(t, "keep", string(got))
	}
	_, err := copyfmt.BinaryToText("jsonb", nil, []byte("\x02{}"))
	require.ErrorContains(t, err, "jsonb version")
}

// TestCodecValues checks values worked out by hand from PostgreSQL's
// sources; the Postgres tests check the rest against a server.
func TestCodecValues(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ typ, bin, text string }{
		{"int2", "ffff", "-1"},
		{"int8", "8000000000000000", "-9223372036854775808"},
		{"oid", "ffffffff", "4294967295"},
		{"float8", "0000000000000000", "0"},
		{"float8", "8000000000000000", "-0"},
		{"float8", "7ff0000000000000", "Infinity"},
		{"float8", "fff0000000000000", "-Infinity"},
		{"float8", "7ff8000000000000", "NaN"},
		{"float8", "3ff8000000000000", "1.5"},
		{"float8", "3ee4f8b588e368f1", "1e-05"},
		{"float8", "430c6bf526340000", "1e+15"},
		{"float8", "42d6bcc41e900000", "100000000000000"},
		{"float4", "4996b438", "1.234567e+06"},
		{"float4", "47f12000", "123456"},
		{"numeric", "0000000000000000", "0"},
		{"numeric", "0000000000000003", "0.000"},
		{"numeric", "00010000400000010001", "-1.0"},
		{"numeric", "0001ffff400000040001", "-0.0001"},
		{"numeric", "00010019000000000001", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
		{"numeric", "00000000c0000000", "NaN"},
		{"numeric", "00000000d0000020", "Infinity"},
		{"numeric", "00000000f0000020", "-Infinity"},
		{"numeric", "0002000000000004007b11c6", "123.4550"},
		{"bool", "01", "t"},
		{"bool", "00", "f"},
		{"date", "00000000", "2000-01-01"},
		{"date", "7fffffff", "infinity"},
		{"date", "80000000", "-infinity"},
		{"date", "ffda97a7", "4714-11-24 BC"},
		{"time", "000000141dd76000", "24:00:00"},
		{"timestamp", "0000000000000000", "2000-01-01 00:00:00"},
		{"timestamp", "fffffffffffffffe", "1999-12-31 23:59:59.999998"},
		{"timestamptz", "0000000000000001", "2000-01-01 00:00:00.000001+00"},
		{"timestamptz", "7fffffffffffffff", "infinity"},
		{"uuid", "a0eebc999c0b4ef8bb6d6bb9bd380a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
		{"jsonb", "017b7d", "{}"},
		{"bytea", "", `\x`},
		{"bytea", "00ff5c", `\x00ff5c`},
		{"inet", "02180004c0a80001", "192.168.0.1/24"},
		{"inet", "022000040a000001", "10.0.0.1"},
		{"cidr", "022001040a000001", "10.0.0.1/32"},
		{"inet", "03800010" + "00000000000000000000000000000001", "::1"},
		{"inet", "03800010" + "00000000000000000000ffff01020304", "::ffff:1.2.3.4"},
		{"inet", "03800010" + "00000000000000000000000001020304", "::1.2.3.4"},
		{"inet", "03400010" + "20010db8000000000000000000000000", "2001:db8::/64"},
		{"inet", "03800010" + "00010000000000010000000000010001", "1::1:0:0:1:1"},
		{"inet", "03800010" + "00000000000000000000000000000000", "::"},
		{"macaddr", "08002b010203", "08:00:2b:01:02:03"},
	} {
		bin, err := hex.DecodeString(tc.bin)
		require.NoError(t, err)
		got, err := copyfmt.BinaryToText(tc.typ, nil, bin)
		require.NoError(t, err, "%s %s", tc.typ, tc.bin)
		require.Equal(t, tc.text, string(got), "%s %s", tc.typ, tc.bin)
		back, err := copyfmt.TextToBinary(tc.typ, nil, got)
		require.NoError(t, err, "%s %s", tc.typ, tc.text)
		again, err := copyfmt.BinaryToText(tc.typ, nil, back)
		require.NoError(t, err)
		require.Equal(t, tc.text, string(again))
	}
}
