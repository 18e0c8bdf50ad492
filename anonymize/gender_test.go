package anonymize

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// With the row's person, each row gets its own pick, whatever its value:
// over many rows the picks are balanced and the real value is kept only
// as often as chance says, which Unchanged tells verify.
func TestGenderPicksByPerson(t *testing.T) {
	c, err := NewRegistry().Compile("gender", map[string]any{"person": "id"}, Column{Type: TypeText}, Options{Secret: testSecret})
	require.NoError(t, err)
	tr := c.New()
	counts := map[string]int{}
	same := 0
	const rows = 2000
	for i := range rows {
		in := []string{"female", "male"}[i%2]
		v, err := tr.Transform(nil, Text(in), Rows{Src: MapRow{"id": Text(strconv.Itoa(i))}})
		require.NoError(t, err)
		counts[string(v.Bytes)]++
		if string(v.Bytes) == in {
			same++
			require.True(t, c.Unchanged(v.Bytes), "a chance match is by design")
		}
	}
	require.Len(t, counts, 2)
	for out, n := range counts {
		require.InDelta(t, rows/2, n, rows/10, out)
	}
	require.InDelta(t, rows/2, same, rows/10, "the pick does not depend on the real value")
	require.False(t, c.Unchanged([]byte("Amelia")), "a value outside the choices is no chance match")
}

// The input's spelling and case are kept; rare values get a standard one.
func TestGenderSpelling(t *testing.T) {
	c := compile(t, "gender", nil, Column{Type: TypeText})
	for in, want := range map[string][]string{
		"male": {"male", "female"}, "Female": {"Male", "Female"}, "F": {"M", "F"}, "m": {"m", "f"},
		"WOMAN": {"MAN", "WOMAN"}, "X": {"M", "F"}, "x": {"m", "f"}, "Non-binary": {"Male", "Female"}, " ": {" "},
	} {
		require.Contains(t, want, mustTransform(t, c, in, nil), in)
	}
	// Without person, one value maps to one output in every row.
	require.Equal(t, mustTransform(t, c, "female", nil), mustTransform(t, c, "female", nil))
}

// A salutation is replaced by one of its language's, in its case and
// with its period, and no longer than it where that can be; pronouns by
// pronouns.
func TestGenderSalutation(t *testing.T) {
	c, err := NewRegistry().Compile("gender", map[string]any{"person": "id"}, Column{Type: TypeText}, Options{Secret: testSecret})
	require.NoError(t, err)
	for in, want := range map[string][]string{
		"Mr": {"Mr", "Ms", "Mx"}, "MS.": {"MR.", "MS.", "MX."}, "Mrs": {"Mrs", "Mr"}, "Frau": {"Herr", "Frau"},
		"M.": {"M.", "Mme"}, "Sra.": {"Sr.", "Sra."}, "Dhr.": {"Dhr.", "Mevr."}, "Dr.": {"Dr.", "Prof.", "Rev."},
		"she/her": {"he/him", "she/her", "they/them"}, "he/they": {"he/they", "she/they", "they/them"}, "ey/em": {"he/him", "she/her", "they/them"},
	} {
		seen := map[string]bool{}
		for i := range 60 {
			v, err := c.New().Transform(nil, Text(in), Rows{Src: MapRow{"id": Text(strconv.Itoa(i))}})
			require.NoError(t, err)
			require.Contains(t, want, string(v.Bytes), in)
			seen[string(v.Bytes)] = true
		}
		require.Greater(t, len(seen), 1, "%s: the pick is the fake person's, not the input's", in)
	}
	require.True(t, c.Unchanged([]byte("Frau")), "a salutation left as it was is a chance match")
}

func TestGenderChoices(t *testing.T) {
	enum := Type{Name: "gender_t", Typmod: -1, Category: 'E', EnumLabels: []string{"female", "male", "unspecified"}}
	c := compile(t, "gender", map[string]any{"person": "id"}, Column{Type: enum})
	seen := map[string]bool{}
	for i := range 200 {
		seen[mustTransform(t, c, "male", Rows{Src: MapRow{"id": Text(strconv.Itoa(i))}})] = true
	}
	require.Equal(t, map[string]bool{"female": true, "male": true, "unspecified": true}, seen, "an enum's own labels")

	c = compile(t, "gender", map[string]any{"values": []any{"W", "M", "D"}}, Column{Type: TypeText})
	require.Contains(t, []string{"W", "M", "D"}, mustTransform(t, c, "x", nil))

	reg := NewRegistry()
	for _, tc := range []struct {
		params map[string]any
		typ    Type
		want   string
	}{
		{map[string]any{"values": []any{"female", "other"}}, enum, `"other" is not a label of the enum`},
		{map[string]any{"values": []any{"F"}}, typeInt2, `"F" is not a number`},
		{nil, Type{Name: "gender_t", Typmod: -1, Category: 'E'}, "the labels of the enum gender_t are not known"},
	} {
		_, err := reg.Compile("gender", tc.params, Column{Type: tc.typ}, Options{Secret: testSecret})
		var pe *ParamError
		require.ErrorAs(t, err, &pe)
		require.Contains(t, err.Error(), tc.want)
	}
	_, err := reg.Compile("gender", nil, Column{Type: TypeBool}, Options{Secret: testSecret})
	var te *TypeError
	require.ErrorAs(t, err, &te, "a boolean says nothing a pick could keep")
}
