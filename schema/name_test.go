package schema

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseName(t *testing.T) {
	ok := map[string]Name{
		"public.users":              {"public", "users"},
		"users":                     {"public", "users"},
		"Public.Users":              {"public", "users"},
		`"Analytics"."Daily Stats"`: {"Analytics", "Daily Stats"},
		`billing."we""ird.name"`:    {"billing", `we"ird.name`},
		`"bıgınt"`:                  {"public", "bıgınt"},
	}
	for in, want := range ok {
		got, err := ParseName(in, "public")
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
		again, err := ParseName(got.String(), "")
		require.NoError(t, err, got.String())
		require.Equal(t, got, again, "String() parses back")
	}
	for _, in := range []string{"", "a.b.c", `"open`, "a..b", "a.", `""`, "Daily Stats", `"a"x`} {
		_, err := ParseName(in, "public")
		require.Error(t, err, in)
	}
	_, err := ParseName("users", "")
	require.ErrorContains(t, err, "want schema.table")
}
