package datagen

import (
	"context"
	"path/filepath"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/pgtest"
)

// OSM is the OpenStreetMap website's schema (GPL-2.0, schema only) in
// ../shared/datasets/osm, filled by Fill with rows rows per table: a test
// fixture. It needs the PostGIS and btree_gist extensions on the server
// (Debian: postgresql-15-postgis-3); a test checks with
// pgtest.Server.MissingExtensions and skips, saying so.
func OSM(rows int) pgtest.Fixture {
	dir := filepath.Join(pgtest.RepoRoot(), "..", "shared", "datasets", "osm")
	cfg := Config{Rows: rows}
	return pgtest.Fixture{
		Name:       "osm",
		Files:      []string{filepath.Join(dir, "structure.sql")},
		Fill:       func(ctx context.Context, dbURL string) error { return fillURL(ctx, dbURL, cfg) },
		FillKey:    cfg.Key(),
		Extensions: []string{"postgis", "btree_gist"},
	}
}

func fillURL(ctx context.Context, dbURL string, cfg Config) error {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = Fill(ctx, conn, cfg)
	return err
}
