package pgtest_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestAcmeSubset(t *testing.T) {
	t.Parallel()
	asIs, err := pgtest.AcmeSubset(0)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(asIs, "\nsubset:\n"), asIs)
	require.Contains(t, asIs, "      percent: 20\n")

	five, err := pgtest.AcmeSubset(5)
	require.NoError(t, err)
	require.Equal(t, strings.Replace(asIs, "      percent: 20\n", "      percent: 5\n", 1), five,
		"only the percent changes; comments and layout stay")
}
