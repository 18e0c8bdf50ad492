package copyfmt_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/copyfmt"
)

// pgBinary asks PostgreSQL for the binary form of text as typ, and its text
// form back; ok is false when PostgreSQL rejects the text.
func pgBinary(t *testing.T, conn *pgx.Conn, typ, text string) (bin, out []byte, ok bool) {
	t.Helper()
	ctx := context.Background()
	// A savepoint-free way to survive errors: each query is its own
	// implicit transaction.
	res := conn.PgConn().ExecParams(ctx, "SELECT $1::"+typ+", $1::"+typ, [][]byte{[]byte(text)}, nil, []int16{0}, []int16{1, 0}).Read()
	if res.Err != nil {
		var pgErr *pgconn.PgError
		require.ErrorAs(t, res.Err, &pgErr, "%s %q", typ, text)
		return nil, nil, false
	}
	require.Len(t, res.Rows, 1)
	return res.Rows[0][0], res.Rows[0][1], true
}

// differential checks one text input against PostgreSQL: when TextToBinary
// accepts it, PostgreSQL must accept it too and send the same bytes, and
// BinaryToText must print what PostgreSQL prints. Inputs PostgreSQL accepts
// and TextToBinary rejects are returned.
func differential(t *testing.T, conn *pgx.Conn, typ, text string) (stricter bool) {
	t.Helper()
	want, wantText, pgOK := pgBinary(t, conn, typ, text)
	got, err := copyfmt.TextToBinary(typ, nil, []byte(text))
	switch {
	case err == nil && !pgOK:
		t.Errorf("%s %q: TextToBinary accepts what PostgreSQL rejects: %x", typ, text, got)
	case err == nil && typ == "jsonb":
		// PostgreSQL normalizes jsonb text; the bytes differ unless the
		// text is already normal.
	case err == nil && !bytes.Equal(got, want):
		t.Errorf("%s %q: TextToBinary = %x, PostgreSQL sends %x", typ, text, got, want)
	case err != nil && pgOK:
		return true
	}
	if pgOK {
		gotText, err := copyfmt.BinaryToText(typ, nil, want)
		require.NoError(t, err, "%s %q", typ, text)
		if !bytes.Equal(gotText, wantText) {
			t.Errorf("%s %q: BinaryToText = %q, PostgreSQL prints %q", typ, text, gotText, wantText)
		}
	}
	return false
}

// TestPostgresDifferential compares TextToBinary with PostgreSQL's input
// functions on non-canonical and invalid text, the forms a transformer might
// produce.
func TestPostgresDifferential(t *testing.T) {
	t.Parallel()
	conn := connect(t)
	cases := map[string][]string{
		"int2":   {"12", " 12 ", "+5", "-0", "32768", "-32769", "abc", "", "1_000", "0x10", "1.5", "1e3"},
		"int4":   {"2147483647", "2147483648", "-2147483648", " -7\n", "00012"},
		"int8":   {"9223372036854775807", "9223372036854775808", "-9223372036854775808"},
		"oid":    {"0", "4294967295", "4294967296", "-1"},
		"float8": {"1e-400", "4.9e-324", "2.5e-324", "inf", "-INF", "+Infinity", "nan", "NaN ", "1e309", " 1.5 ", "0x1p3", "1_0", ".5", "5.", "-0", "1e", "e5", "1.7976931348623159e308", "infinity", "-inFinity", "0.1", "1e22", "123456789012345678"},
		"float4": {"3.4028236e38", "3.4028235e38", "1e-46", "1.4e-45", "1e39", "0.1", "16777217", "-0", "NaN"},
		"numeric": {
			"0", "-0", "0.000", "-0.000", "1.", ".5", "+.5", "-.5e-3", "1e3", "1.5e-3", "1E+3", "12.3400", "-000123.45000",
			"1e1000", "1e-1000", "1e-16383", "1e-16384", "0e-16384", "1e131071", "9.9e131071", "1e131072",
			"NaN", "nan", "Infinity", "-Infinity", "+Infinity", "inf", "-inf", "+inf", " 42 ", "4 2", "1e", "e1", ".", "", "-", "1..2", "1.2.3",
			"1e+", "1e-", "12345678901234567890.12345678901234567890", "0.0001", "0.00001", "10000", "9999.9999", "100000000",
		},
		"bool": {"t", "f", "yes", "NO", "of", "o", "tr", "1", "0", " t ", "truee", "", "on", "OFF", "y", "n", "2"},
		"date": {"2020-1-5", "20-01-01", "99-01-01", "0000-01-01", "0001-01-01 BC", "2020-02-30", "2020-02-29", "2019-02-29", "4714-11-23 BC", "4714-11-24 BC", "5874897-12-31", "5874898-01-01", "epoch", "Infinity", "-INFINITY", "2020-01-01 12:00", "2020-01-01T12:00:00Z", "  2020-01-01  ", "2020-01-01 ad", "2020-13-01", "2020-00-10", "999-01-01", "9-01-01", "020-01-01"},
		"timestamp": {"2020-01-01 24:00:00", "2020-01-01 24:00:01", "2020-01-01 23:59:60", "2020-01-01 12:00:00.1234565", "2020-01-01 12:00:00.1234575", "2020-01-01 12:00:00.9999996",
			"2020-01-01T12:00", "2020-01-01 12:00+05", "294276-12-31 23:59:59.999999", "294277-01-01 00:00:00", "4714-11-24 00:00:00 BC", "4714-11-23 23:59:59 BC", "2020-01-01", "epoch", "infinity", "2020-01-01 1:02:03", "2020-01-01 12:00:00.", "2020-01-01 12:60:00"},
		"timestamptz": {"2020-01-01 12:00:00+05:30", "2020-01-01 12:00:00-0800", "2020-01-01 12:00:00Z", "2020-01-01 12:00:00+15:59", "2020-01-01 12:00:00+16", "2020-01-01 12:00:00 +05",
			"2020-01-01 12:00:00+05:30:15", "2020-01-01", "0044-03-15 12:00:00+01 BC", "294276-12-31 23:59:59.999999-01", "4714-11-24 00:00:00+01 BC", "2020-06-01T12:00:00.5+02"},
		"time":     {"24:00:00", "24:00:01", "23:59:59.9999995", "1:02", "12:00:00+05", "12:00", "00:00:00.000001", "25:00"},
		"uuid":     {"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", "a0eebc999c0b4ef8bb6d6bb9bd380a11", "a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1", "-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
		"bytea":    {`\x`, `\x0A0b`, `\x0 a`, `\x 0a 0b `, "abc", `a\\b`, `\001`, `\\`, `\x0`, `\xzz`, `\400`, `\`, `a\b`, `\377\000`},
		"inet":     {"10.0.0.1", "10.0.0.1/33", "10/8", "10.0.0.256", "::1/129", "::ffff:1.2.3.4", "1.2.3.4/24", " 1.2.3.4 ", "::", "1:2:3:4:5:6:7:8/64", "::1.2.3.4", "2001:DB8::1", "1.2.3.4/", "1.2.3", "10.1/16", "1.2.3.4 ", "1.2.3.4/ 8"},
		"cidr":     {"10/8", "10.1/16", "192.168.1", "192.168.1.0", "10.1.2.3/8", "224", "224.0", "2001:db8::/32", "128.1", "10.0.0.0/8", "::/0", "2001:db8::1/32", "240.0.0.0", "10"},
		"macaddr":  {"08-00-2b-01-02-03", "08002b:010203", "08002b-010203", "0800.2b01.0203", "0800-2b01-0203", "08002b010203", "08:00:2B:01:02:03", "08:00:2b:01:02", "08:0:2b:01:02:03", " 08:00:2b:01:02:03 "},
		"macaddr8": {"08:00:2b:01:02:03", "08:00:2b:01:02:03:04:05", "0800.2b01.0203.0405", "08002b0102030405"},
		"jsonb":    {`{"a":1,  "b":[1,2]}`, `[]`, `"x"`},
	}
	for typ, inputs := range cases {
		for _, in := range inputs {
			if differential(t, conn, typ, in) {
				t.Logf("%s %q: PostgreSQL accepts, TextToBinary rejects", typ, in)
			}
		}
	}
}

// TestPostgresDifferentialRandom compares random numerics, floats, dates
// and timestamps with PostgreSQL.
func TestPostgresDifferentialRandom(t *testing.T) {
	t.Parallel()
	conn := connect(t)
	rnd := rand.New(rand.NewPCG(1, 2))
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('0' + rnd.IntN(10))
			if rnd.IntN(3) == 0 {
				b[i] = '0'
			}
		}
		return string(b)
	}
	for range 300 {
		s := digits(rnd.IntN(25) + 1)
		if rnd.IntN(2) == 0 {
			s += "." + digits(rnd.IntN(25))
		}
		if rnd.IntN(4) == 0 {
			s += "e" + strconv.Itoa(rnd.IntN(80)-40)
		}
		if rnd.IntN(2) == 0 {
			s = "-" + s
		}
		require.False(t, differential(t, conn, "numeric", s), "numeric %q", s)
	}
	for range 300 {
		f := math.Float64frombits(rnd.Uint64())
		if math.IsNaN(f) {
			continue
		}
		for _, s := range []string{strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 20, 64)} {
			require.False(t, differential(t, conn, "float8", s), "float8 %q", s)
		}
		f32 := math.Float32frombits(rnd.Uint32())
		if !math.IsNaN(float64(f32)) {
			require.False(t, differential(t, conn, "float4", strconv.FormatFloat(float64(f32), 'g', -1, 32)))
		}
		g := float64(rnd.IntN(2000000)-1000000) / math.Pow(10, float64(rnd.IntN(12)))
		require.False(t, differential(t, conn, "float8", strconv.FormatFloat(g, 'f', -1, 64)))
		require.False(t, differential(t, conn, "float4", strconv.FormatFloat(g, 'f', -1, 64)))
	}
	for range 300 {
		y := rnd.IntN(6000) + 1
		era := ""
		if rnd.IntN(3) == 0 {
			era = " BC"
			y = rnd.IntN(4713) + 1
		}
		d := fmt.Sprintf("%04d-%02d-%02d", y, rnd.IntN(12)+1, rnd.IntN(28)+1)
		ts := fmt.Sprintf("%s %02d:%02d:%02d.%06d", d, rnd.IntN(24), rnd.IntN(60), rnd.IntN(60), rnd.IntN(1000000))
		require.False(t, differential(t, conn, "date", d+era))
		require.False(t, differential(t, conn, "timestamp", ts+era))
		require.False(t, differential(t, conn, "timestamptz", fmt.Sprintf("%s%+03d:%02d%s", ts, rnd.IntN(29)-14, rnd.IntN(4)*15, era)))
	}
	for range 100 {
		var a [16]byte
		for i := range a {
			if rnd.IntN(2) == 0 {
				a[i] = byte(rnd.Uint32())
			}
		}
		bits := rnd.IntN(129)
		in := fmt.Sprintf("%x:%x:%x:%x:%x:%x:%x:%x/%d", int(a[0])<<8|int(a[1]), int(a[2])<<8|int(a[3]), int(a[4])<<8|int(a[5]),
			int(a[6])<<8|int(a[7]), int(a[8])<<8|int(a[9]), int(a[10])<<8|int(a[11]), int(a[12])<<8|int(a[13]), int(a[14])<<8|int(a[15]), bits)
		require.False(t, differential(t, conn, "inet", in))
	}
}
