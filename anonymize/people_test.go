package anonymize

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A person seeded by another column draws a name whatever the value is:
// where the draw is the value itself (a Naomi drawing Naomi), the name
// is drawn again, so a fake never copies its source. Elsewhere the
// person's draw is kept, the same in every column.
func TestNameNeverCopiesItsSource(t *testing.T) {
	for _, op := range []string{"first_name", "last_name", "full_name"} {
		c, err := NewRegistry().Compile(op, map[string]any{"person": "id"}, Column{Type: TypeText}, Options{Secret: testSecret})
		require.NoError(t, err)
		tr := c.New()
		for i := range 300 {
			row := Rows{Src: MapRow{"id": Text(strconv.Itoa(i))}}
			v, err := tr.Transform(nil, Text("Zzyzx Qwerty"), row)
			require.NoError(t, err)
			drawn := string(v.Bytes)
			require.NotEmpty(t, drawn)
			// Another value of the same person gets the same draw.
			v, err = tr.Transform(nil, Text("Someone Else"), row)
			require.NoError(t, err)
			require.Equal(t, drawn, string(v.Bytes), "%s: the person's draw", op)
			// The draw itself, in any case and spacing, gets another.
			for _, in := range []string{drawn, strings.ToUpper(drawn), " " + drawn + " "} {
				v, err = tr.Transform(nil, Text(in), row)
				require.NoError(t, err)
				require.False(t, strings.EqualFold(strings.TrimSpace(in), string(v.Bytes)), "%s: %q copied", op, in)
				again, err := tr.Transform(nil, Text(in), row)
				require.NoError(t, err)
				require.Equal(t, string(v.Bytes), string(again.Bytes), "%s: deterministic", op)
			}
		}
	}
}
