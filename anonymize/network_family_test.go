package anonymize

import (
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/detect"
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

// A kept path keeps its segments, but not a servlet session in a path
// parameter: that is a credential, as ?token= is, and verify would find it.
func TestURLKeepPathRedactsPathCredentials(t *testing.T) {
	tr := compile(t, "url", map[string]any{"keep_path": true, "keep_host": true}, textCol)
	got := mustTransform(t, tr, "https://erp.example.com/catalog/control/main;jsessionid=4E07408562BEDB8B60CE05C1DECFE3AD.jvm1;lang=en?productId=10", nil)
	require.True(t, strings.HasPrefix(got, "https://erp.example.com/catalog/control/main;jsessionid=REDACTED;lang=en?productId="), got)
	require.False(t, detect.HasURLCredentials(got), got)
	got = mustTransform(t, tr, "https://shop.example/a/b?gclid=Cj0KCQjwAbcdefGhijklMnop", nil)
	require.True(t, strings.HasPrefix(got, "https://shop.example/a/b?gclid="), got)
	require.NotContains(t, got, "Cj0KCQjw")
}
