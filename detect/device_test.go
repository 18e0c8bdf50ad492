package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A device named after its owner by the operating system names them.
func TestDeviceOwner(t *testing.T) {
	for s, name := range map[string]string{"Ngozi's iPhone": "Ngozi", "Omar’s MacBook Pro": "Omar", "iPhone von Jonas": "Jonas",
		"Galaxy de Ana": "Ana", "Element on Priya's laptop": "Priya"} {
		require.True(t, HasPersonName(s), "HasPersonName(%q)", s)
		spans := AppendEntities(nil, s)
		require.Len(t, spans, 1, "%q: %v", s, spans)
		require.Equal(t, KindOwnerName, spans[0].Kind)
		require.Equal(t, name, s[spans[0].Start:spans[0].End])
	}
	for _, s := range []string{"Element Desktop: Windows", "Chrome on macOS", "Rose's iPhone", "Ngozi's recipe", "the iPhone de test",
		"Wendy's burgers", "iPhone", "Laptop", "Hotel de Paris"} {
		require.False(t, HasPersonName(s), "HasPersonName(%q)", s)
		require.Empty(t, AppendEntities(nil, s), "%q", s)
	}
}
