package anonymize

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/require"
)

// An inet column holds both families: either ip transformer maps each
// address within its own family, one to one.
func TestIPOnInetMapsBothFamilies(t *testing.T) {
	reg := NewRegistry()
	for _, name := range []string{"ipv4", "ipv6"} {
		c, err := reg.Compile(name, nil, Column{Name: "ip", Type: Type{Name: "inet", Typmod: -1, Category: 'I'}}, Options{Secret: []byte("k")})
		require.NoError(t, err)
		tr := c.New()
		for _, in := range []string{"192.168.1.5", "2001:db8::1", "10.0.0.1/8", "fe80::1/64"} {
			out, err := tr.Transform(nil, Text(in), nil)
			require.NoError(t, err, "%s %s", name, in)
			pin, _ := netip.ParsePrefix(in + map[bool]string{true: "", false: "/0"}[len(in) > 0 && containsSlash(in)])
			pout, err := netip.ParsePrefix(string(out.Bytes) + map[bool]string{true: "", false: "/0"}[containsSlash(string(out.Bytes))])
			require.NoError(t, err, string(out.Bytes))
			require.Equal(t, pin.Addr().Is4(), pout.Addr().Is4(), "%s keeps the family of %s", name, in)
			require.NotEqual(t, in, string(out.Bytes))
		}
	}
	// A text column holds the transformer's own family only.
	c, err := reg.Compile("ipv4", nil, Column{Name: "ip", Type: TypeText}, Options{Secret: []byte("k")})
	require.NoError(t, err)
	_, err = c.New().Transform(nil, Text("2001:db8::1"), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func containsSlash(s string) bool {
	for _, c := range s {
		if c == '/' {
			return true
		}
	}
	return false
}
