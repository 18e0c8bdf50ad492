package pgsql

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestLike(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, escape string
		fold            bool
		text            string
		want            bool
	}{
		{"abc", `\`, false, "abc", true},
		{"abc", `\`, false, "abcd", false},
		{"abc", `\`, false, "ab", false},
		{"", `\`, false, "", true},
		{"", `\`, false, "a", false},
		{"%", `\`, false, "", true},
		{"%%%", `\`, false, "anything", true},
		{"_", `\`, false, "", false},
		{"_", `\`, false, "é", true},
		{"_", `\`, false, "\xff", true},
		{"__", `\`, false, "é", false},
		{"a%b%c", `\`, false, "aXbYc", true},
		{"a%b%c", `\`, false, "abc", true},
		{"a%b%c", `\`, false, "acb", false},
		{"%aab", `\`, false, "aaab", true},
		{"%ab%ab", `\`, false, "xabyabab", true},
		{"%a_b", `\`, false, "aaxbab", false},
		{"%a_b", `\`, false, "aaxbaxb", true},
		{`100\%`, `\`, false, "100%", true},
		{`100\%`, `\`, false, "1000", false},
		{`a\\b`, `\`, false, `a\b`, true},
		{`a\_`, `\`, false, "a_", true},
		{`a\_`, `\`, false, "ab", false},
		{`a\b`, `\`, false, "ab", true},
		{`a!%`, `!`, false, "a%", true},
		{`a\%`, ``, false, `a\xyz`, true},
		{`a%%`, `%`, false, "a%", true},
		{`a%%`, `%`, false, "ab", false},
		{`é_`, `é`, false, "_", true},
		{`É%`, `é`, true, "éa", true}, // the escape is matched before lower-casing
		{`éé_`, `é`, false, "éx", true},
		{"ABC", `\`, true, "abc", true},
		{"abc", `\`, true, "AbC", true},
		{"ÉCOLE", `\`, true, "école", true},
		{"straße", `\`, true, "STRASSE", false}, // lower-casing, not case folding
		{"k", `\`, true, "\u212a", true},        // Kelvin sign lowers to k
		{"%b_", `\`, true, "ABC", true},
	}
	for _, tt := range tests {
		m, msg := compileLike(tt.pattern, tt.escape, tt.fold)
		require.Empty(t, msg, tt.pattern)
		require.Equal(t, tt.want, m.match([]byte(tt.text)), "%q LIKE %q ESCAPE %q (fold %v)", tt.text, tt.pattern, tt.escape, tt.fold)
	}
	_, msg := compileLike(`a\`, `\`, false)
	require.Contains(t, msg, "must not end with escape character")
	_, msg = compileLike(`a`, `ab`, false)
	require.Contains(t, msg, "invalid escape string")
}

// likeRegexp translates a LIKE pattern into an equivalent regular
// expression, the slow obvious way, as a reference for the matcher.
func likeRegexp(pattern, escape string, fold bool) (*regexp.Regexp, bool) {
	lit := func(r rune) string {
		if fold {
			return regexp.QuoteMeta(strings.ToLower(string(r)))
		}
		return regexp.QuoteMeta(string(r))
	}
	esc, _ := utf8.DecodeRuneInString(escape)
	if escape == "" {
		esc = -1
	}
	var b strings.Builder
	b.WriteString(`^(?s:`)
	runes := []rune(pattern)
	for i := 0; i < len(runes); i++ {
		switch r := runes[i]; {
		case r == esc:
			if i+1 == len(runes) {
				return nil, false
			}
			i++
			b.WriteString(lit(runes[i]))
		case r == '%':
			b.WriteString(`.*`)
		case r == '_':
			b.WriteString(`.`)
		default:
			b.WriteString(lit(r))
		}
	}
	b.WriteString(`)$`)
	return regexp.MustCompile(b.String()), true
}

func FuzzLike(f *testing.F) {
	f.Add("a%b_c", `\`, false, "aXXbYc")
	f.Add(`100\%`, `\`, false, "100%")
	f.Add("%ab%ab", `\`, false, "xabyabab")
	f.Add("ÉCOLE%", `\`, true, "école primaire")
	f.Add("a!%!_", "!", false, "a%_")
	f.Add("%%_%", "", true, "é")
	f.Add("%a_b", `\`, false, "aaxbaxb")
	f.Fuzz(func(t *testing.T, pattern, escape string, fold bool, text string) {
		if !utf8.ValidString(pattern) || !utf8.ValidString(escape) || !utf8.ValidString(text) {
			t.Skip("ParseCondition rejects invalid UTF-8")
		}
		m, msg := compileLike(pattern, escape, fold)
		if utf8.RuneCountInString(escape) > 1 {
			require.NotEmpty(t, msg)
			return
		}
		re, ok := likeRegexp(pattern, escape, fold)
		if !ok {
			require.NotEmpty(t, msg, "pattern ends with the escape character")
			return
		}
		require.Empty(t, msg)
		want := re.MatchString(text)
		if fold {
			want = re.MatchString(strings.ToLower(text))
		}
		require.Equal(t, want, m.match([]byte(text)), "%q LIKE %q ESCAPE %q (fold %v), regexp %s", text, pattern, escape, fold, re)
	})
}
