package schema_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

// TestLoadExtensionConfig: the extensions' configuration tables are in the
// Model, marked with their extension and the condition pg_dump filters
// their rows by; so are their sequences; the extensions are listed with
// their versions.
func TestLoadExtensionConfig(t *testing.T) {
	t.Parallel()
	fx := pgtest.Fixture{Name: "extconfig-postgis", Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "extconfig", "postgis.sql")},
		Extensions: []string{"postgis", "postgis_topology"}}
	missing, err := pgtest.Shared(t).MissingExtensions(context.Background(), fx)
	require.NoError(t, err)
	if len(missing) > 0 {
		t.Skipf("the server lacks the extensions %v (Debian: postgresql-15-postgis-3)", missing)
	}
	m, conn := load(t, fx)

	srs := m.Table(schema.Name{Schema: "public", Name: "spatial_ref_sys"})
	require.NotNil(t, srs, "a configuration table is in the model")
	require.Equal(t, "postgis", srs.Extension)
	require.True(t, strings.HasPrefix(srs.ExtensionCondition, "WHERE NOT ("), srs.ExtensionCondition)
	require.Contains(t, srs.ExtensionCondition, "srid BETWEEN")
	require.Equal(t, []string{"srid"}, srs.PrimaryKey.Columns)

	// The condition is pg_dump's: it selects the user's rows only.
	var n int
	require.NoError(t, conn.QueryRow(context.Background(), "SELECT count(*) FROM public.spatial_ref_sys "+srs.ExtensionCondition).Scan(&n))
	require.Equal(t, 1, n)

	topo := m.Table(schema.Name{Schema: "topology", Name: "topology"})
	layer := m.Table(schema.Name{Schema: "topology", Name: "layer"})
	require.NotNil(t, topo)
	require.NotNil(t, layer)
	require.Equal(t, "postgis_topology", topo.Extension)
	require.Empty(t, topo.ExtensionCondition, "every row is the user's")
	require.NotNil(t, layer.ForeignKey("layer_topology_id_fkey"), "keys between configuration tables are in the model")

	require.Nil(t, m.Table(schema.Name{Schema: "public", Name: "geometry_columns"}), "an extension's view is not a table")
	user := m.Table(schema.Name{Schema: "Geo", Name: "Sites"})
	require.NotNil(t, user)
	require.Empty(t, user.Extension)
	require.Len(t, user.ForeignKeys, 1, "a user key into a configuration table is kept")

	var seq *schema.Sequence
	for _, s := range m.Sequences {
		if s.Name == (schema.Name{Schema: "topology", Name: "topology_id_seq"}) {
			seq = s
		}
	}
	require.NotNil(t, seq, "the sequence owned by a configuration table's column")
	require.Equal(t, "postgis_topology", seq.Extension)

	byName := map[string]*schema.Extension{}
	for _, e := range m.Extensions {
		byName[e.Name] = e
	}
	require.Contains(t, byName, "plpgsql")
	require.NotEmpty(t, byName["postgis"].Version)
	require.Equal(t, "public", byName["postgis"].Schema)
	require.Equal(t, []schema.Name{{Schema: "public", Name: "spatial_ref_sys"}}, byName["postgis"].Config)
	require.Equal(t, []schema.Name{{Schema: "topology", Name: "topology"}, {Schema: "topology", Name: "layer"}}, byName["postgis_topology"].Config)
}
