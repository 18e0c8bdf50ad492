package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/schema"
)

// MissingExtension is an extension the source uses that the staging server
// cannot create: pg_dump's CREATE EXTENSION would fail, and the rows of its
// configuration tables would have nowhere to go.
type MissingExtension struct {
	Name string
	// Version is the source's (pg_extension.extversion).
	Version string
	// Package is the Debian package that provides it, for the extensions
	// whose package is known; empty otherwise.
	Package string
}

// MissingExtensionsError: the staging server lacks extensions the source
// uses. Found before the target was touched.
type MissingExtensionsError struct {
	Missing []MissingExtension
}

func (e *MissingExtensionsError) Error() string {
	parts := make([]string, len(e.Missing))
	for i, m := range e.Missing {
		parts[i] = fmt.Sprintf("the staging server has no extension %s (production uses %s): ", m.Name, m.Version)
		if m.Package != "" {
			parts[i] += "install it there (Debian: " + m.Package + ")"
		} else {
			parts[i] += "install the extension on the staging server"
		}
	}
	return strings.Join(parts, "; ")
}

// extensionPackages names the Debian package (for PostgreSQL major %d) of
// the extensions whose package is known. Others get no name: a guessed
// package name would send a DBA looking for something that does not exist.
var extensionPackages = map[string]string{
	"postgis":                      "postgresql-%d-postgis-3",
	"postgis_raster":               "postgresql-%d-postgis-3",
	"postgis_sfcgal":               "postgresql-%d-postgis-3",
	"postgis_topology":             "postgresql-%d-postgis-3",
	"postgis_tiger_geocoder":       "postgresql-%d-postgis-3",
	"address_standardizer":         "postgresql-%d-postgis-3",
	"address_standardizer_data_us": "postgresql-%d-postgis-3",
	"pg_partman":                   "postgresql-%d-partman",
	"pg_cron":                      "postgresql-%d-cron",
}

// missingExtensions compares the source's extensions with what the staging
// server can create (pg_available_extensions: name to default version) on
// a server of major version major.
func missingExtensions(source []*schema.Extension, available map[string]string, major int) []MissingExtension {
	var out []MissingExtension
	for _, e := range source {
		if _, ok := available[e.Name]; ok {
			continue
		}
		m := MissingExtension{Name: e.Name, Version: e.Version}
		if p, ok := extensionPackages[e.Name]; ok {
			m.Package = fmt.Sprintf(p, major)
		}
		out = append(out, m)
	}
	return out
}

// checkExtensions stops the run, before the target is touched, when the
// staging server cannot create an extension the source uses; an extension
// it would create at another version than production's is logged.
func (r *run) checkExtensions(ctx context.Context) error {
	var major int
	if err := r.admin.QueryRow(ctx, "SELECT current_setting('server_version_num')::int / 10000").Scan(&major); err != nil {
		return fmt.Errorf("target: read the server version: %w", err)
	}
	rows, err := r.admin.Query(ctx, "SELECT name, COALESCE(default_version, '') FROM pg_available_extensions")
	if err != nil {
		return fmt.Errorf("target: read the available extensions: %w", err)
	}
	available := map[string]string{}
	var name, version string
	if _, err := pgx.ForEachRow(rows, []any{&name, &version}, func() error {
		available[name] = version
		return nil
	}); err != nil {
		return fmt.Errorf("target: read the available extensions: %w", err)
	}
	if missing := missingExtensions(r.model.Extensions, available, major); len(missing) > 0 {
		return &MissingExtensionsError{Missing: missing}
	}
	for _, e := range r.model.Extensions {
		if v := available[e.Name]; v != e.Version {
			r.cfg.Logger.Warn("the staging server creates an extension at another version than production's",
				"extension", e.Name, "production", e.Version, "staging", v)
		}
	}
	return nil
}
