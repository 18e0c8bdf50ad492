package pgsql

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestGuardedCastParses(t *testing.T) {
	for _, base := range []string{"int2", "int4", "int8", "uuid", "text"} {
		sql := GuardedCast(`payload->>'id'`, `"pg_catalog"."`+base+`"`, base)
		_, err := ParseFilter(sql + " IS NOT NULL")
		require.NoError(t, err, sql)
	}
	require.Equal(t, `(x)::"pg_catalog"."text"`, GuardedCast("x", `"pg_catalog"."text"`, "text"))
}
