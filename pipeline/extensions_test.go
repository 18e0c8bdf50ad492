package pipeline

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/schema"
)

// TestMissingExtensions: an extension the staging server lacks is named
// with production's version, and with its Debian package only where the
// package is known. (Against real catalogs: integration's
// TestMissingExtensionStopsBeforeTarget.)
func TestMissingExtensions(t *testing.T) {
	source := []*schema.Extension{
		{Name: "plpgsql", Version: "1.0"},
		{Name: "postgis", Version: "3.3.2"},
		{Name: "pg_partman", Version: "4.7.2"},
		{Name: "acme_magic", Version: "0.1"},
		{Name: "citext", Version: "1.6"},
	}
	available := map[string]string{"plpgsql": "1.0", "citext": "1.5"}
	missing := missingExtensions(source, available, 15)
	require.Equal(t, []MissingExtension{
		{Name: "postgis", Version: "3.3.2", Package: "postgresql-15-postgis-3"},
		{Name: "pg_partman", Version: "4.7.2", Package: "postgresql-15-partman"},
		{Name: "acme_magic", Version: "0.1"},
	}, missing, "citext at another version is not missing")
	require.Equal(t, "the staging server has no extension postgis (production uses 3.3.2): install it there (Debian: postgresql-15-postgis-3); "+
		"the staging server has no extension pg_partman (production uses 4.7.2): install it there (Debian: postgresql-15-partman); "+
		"the staging server has no extension acme_magic (production uses 0.1): install the extension on the staging server",
		(&MissingExtensionsError{Missing: missing}).Error())
	require.Empty(t, missingExtensions(source[:1], available, 15))
}
