package pgtest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Fixture describes the contents of a template database: SQL files loaded in
// order with psql, under the given settings (custom GUCs such as
// acme.scale), then Fill, and files run on every clone because CREATE
// DATABASE ... TEMPLATE does not copy them (subscriptions live in a shared
// catalog).
type Fixture struct {
	Name       string
	Files      []string
	Settings   map[string]string
	AfterClone []string
	// Fill, when set, runs on the template after its files, with the
	// template's superuser URL: a generator that fills a schema-only
	// fixture (internal/datagen's OSM). FillKey names what Fill writes (the
	// generator's version, scale and seed) and goes into the template's
	// hash, so a changed generator is never served a stale template.
	Fill    func(ctx context.Context, dbURL string) error
	FillKey string
	// Canonical, once the template is loaded (and filled), rewrites each
	// table in the order of its primary key (else of its first unique
	// index) and analyzes the database. What reads rows without ORDER BY
	// (LIMIT, TABLESAMPLE) then meets the same rows on every build: a load
	// that updates and re-inserts rows leaves them where autovacuum's
	// timing put them, and the planner's choices during the load follow
	// the statistics autovacuum has or has not gathered by then. The
	// classifier's evaluation sets it, so that its scores do not move
	// with the machine's load, and the corpus, which loads the same
	// schemas (Labelled).
	Canonical bool
	// Extensions lists the extensions the fixture's files create, so a
	// test can skip, saying why, on a server without them
	// (Server.MissingExtensions).
	Extensions []string
}

// Empty is a fixture with nothing in it.
var Empty = Fixture{Name: "empty"}

// RepoRoot returns the repository root (the directory holding go.mod), so
// tests in any package can name fixtures under testdata/.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Acme is the project's production-like SaaS fixture at the given scale (1 is
// the default volume: 10,000 users, 100,000 orders).
func Acme(scale string) Fixture {
	dir := filepath.Join(RepoRoot(), "testdata", "acme")
	return Fixture{
		Name:       "acme",
		Files:      []string{filepath.Join(dir, "schema.sql"), filepath.Join(dir, "data.sql")},
		Settings:   map[string]string{"acme.scale": scale},
		AfterClone: []string{filepath.Join(dir, "after_clone.sql")},
	}
}

// Pagila is the third-party sample database in ../shared/datasets/pagila.
func Pagila() Fixture {
	dir := filepath.Join(RepoRoot(), "..", "shared", "datasets", "pagila")
	return Fixture{Name: "pagila", Files: []string{filepath.Join(dir, "pagila-schema.sql"), filepath.Join(dir, "pagila-data.sql")}}
}

// ManyTables is a schema of many relations: tables t1..tN (N = tables),
// each with a primary key, two foreign keys, three indexes and rows rows,
// plus public.events, range-partitioned into partitions daily partitions.
// It is built one statement per transaction, so a server with default
// settings can hold it.
func ManyTables(tables, partitions, rows int) Fixture {
	return Fixture{
		Name:  fmt.Sprintf("many%d_%d_%d", tables, partitions, rows),
		Files: []string{filepath.Join(RepoRoot(), "testdata", "manytables", "schema.sql")},
		Settings: map[string]string{"many.tables": fmt.Sprint(tables), "many.partitions": fmt.Sprint(partitions),
			"many.rows": fmt.Sprint(rows)},
	}
}

// Northwind is Microsoft's Northwind sample (Ms-PL), schema and data in one
// file, in ../shared/datasets/northwind: a third-party schema nobody here
// wrote.
func Northwind() Fixture {
	dir := filepath.Join(RepoRoot(), "..", "shared", "datasets", "northwind")
	return Fixture{Name: "northwind", Files: []string{filepath.Join(dir, "northwind.sql")}}
}

// Labelled is one of the classifier evaluation's labelled schemas,
// testdata/classify-eval/<name>, loaded after the value generators every
// one of them uses, and Canonical, so that init samples the same rows on
// every build. The evaluation and the integration corpus both take these
// schemas: from one definition they share one template on make test's
// server.
func Labelled(name string) Fixture {
	dir := filepath.Join(RepoRoot(), "testdata", "classify-eval")
	return Fixture{Name: "classify-eval-" + name, Files: []string{filepath.Join(dir, "helpers.sql"), filepath.Join(dir, name, "schema.sql")},
		Canonical: true}
}

// MissingExtensions returns the fixture's extensions that the server
// cannot create (not in pg_available_extensions), so a test can skip
// saying what to install.
func (s *Server) MissingExtensions(ctx context.Context, f Fixture) ([]string, error) {
	if len(f.Extensions) == 0 {
		return nil, nil
	}
	conn, err := s.connect(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT e FROM unnest($1::text[]) e WHERE e NOT IN (SELECT name FROM pg_available_extensions) ORDER BY e`, f.Extensions)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	missing, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	return missing, nil
}

// Key names a fixture by a hash of everything that shapes its contents:
// two databases of one key hold the same rows.
func (f Fixture) Key() (string, error) { return f.key() }

// key names a fixture by a hash of everything that shapes its contents, so a
// changed fixture file never reuses a stale template.
func (f Fixture) key() (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", f.Name)
	for _, p := range f.Files {
		b, err := os.ReadFile(p)
		if err != nil {
			return "", fmt.Errorf("pgtest: fixture %s: %w", f.Name, err)
		}
		h.Write(b)
		h.Write([]byte{0})
	}
	keys := make([]string, 0, len(f.Settings))
	for k := range f.Settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(h, "%s=%s\x00", k, f.Settings[k])
	}
	fmt.Fprintf(h, "fill=%s\x00canonical=%t\x00", f.FillKey, f.Canonical)
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// URL returns the superuser URL of the named database on this server.
func (s *Server) URL(database string) string {
	u := *s.admin
	if database != "" {
		u.Path = "/" + database
	}
	return u.String()
}

// AdminURL returns the superuser URL of the maintenance database.
func (s *Server) AdminURL() string { return s.admin.String() }

func (s *Server) connect(ctx context.Context, database string) (*pgx.Conn, error) {
	return pgx.Connect(ctx, s.URL(database))
}

// CreateDatabase makes a fresh database from the fixture's template (built
// once per server, under singleflight) and returns its URL and name. The
// caller drops it with DropDatabase; tests use Database, which registers the
// drop as cleanup.
func (s *Server) CreateDatabase(ctx context.Context, f Fixture) (dbURL, name string, err error) {
	tpl, err := s.template(ctx, f)
	if err != nil {
		return "", "", err
	}
	name = dbPrefix + randomSuffix()
	conn, err := s.connect(ctx, "")
	if err != nil {
		return "", "", fmt.Errorf("pgtest: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" TEMPLATE "+pgx.Identifier{tpl}.Sanitize()); err != nil {
		return "", "", fmt.Errorf("pgtest: clone %s: %w", tpl, err)
	}
	for _, file := range f.AfterClone {
		if err := s.psqlFile(ctx, name, file, nil); err != nil {
			_ = dropDatabase(ctx, conn, name)
			return "", "", err
		}
	}
	return s.URL(name), name, nil
}

// DropDatabase drops a database made by CreateDatabase, first dropping its
// subscriptions (PostgreSQL refuses to drop a database that has any).
func (s *Server) DropDatabase(ctx context.Context, name string) error {
	conn, err := s.connect(ctx, "")
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	defer conn.Close(ctx)
	return dropDatabase(ctx, conn, name)
}

func dropDatabase(ctx context.Context, admin *pgx.Conn, name string) error {
	var subs []string
	rows, err := admin.Query(ctx, `SELECT s.subname FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid WHERE d.datname = $1`, name)
	if err == nil {
		subs, _ = pgx.CollectRows(rows, pgx.RowTo[string])
	}
	if len(subs) > 0 {
		cfg := admin.Config().Copy()
		cfg.Database = name
		if c, err := pgx.ConnectConfig(ctx, cfg); err == nil {
			for _, sub := range subs {
				id := pgx.Identifier{sub}.Sanitize()
				_, _ = c.Exec(ctx, "ALTER SUBSCRIPTION "+id+" DISABLE")
				_, _ = c.Exec(ctx, "ALTER SUBSCRIPTION "+id+" SET (slot_name = NONE)")
				_, _ = c.Exec(ctx, "DROP SUBSCRIPTION "+id)
			}
			c.Close(ctx)
		}
	}
	_, err = admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	if err != nil {
		return fmt.Errorf("pgtest: drop %s: %w", name, err)
	}
	return nil
}

// template returns the name of the fixture's template database, building it
// when this server does not have it yet. On an external server a template
// left by an earlier run with the same fixture hash is reused.
func (s *Server) template(ctx context.Context, f Fixture) (string, error) {
	key, err := f.key()
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	name, ok := s.built[key]
	s.mu.Unlock()
	if ok {
		return name, nil
	}
	v, err, _ := s.templates.Do(key, func() (any, error) {
		name := "ustpl_" + sanitizeName(f.Name) + "_" + key
		conn, err := s.connect(ctx, "")
		if err != nil {
			return nil, fmt.Errorf("pgtest: %w", err)
		}
		defer conn.Close(ctx)
		// One builder per template on a server: a test binary that needs
		// a fixture another one is building (go test ./... against one
		// server, as make test runs it) waits for that build and finds
		// its template below, rather than loading the same files at the
		// same time. The lock ends with the connection.
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(hashtext($1))`, name); err != nil {
			return nil, fmt.Errorf("pgtest: wait for the template's builder: %w", err)
		}
		var exists bool
		if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate)`, name).Scan(&exists); err != nil {
			return nil, fmt.Errorf("pgtest: %w", err)
		}
		if !exists {
			building := name + "_" + randomSuffix()
			if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{building}.Sanitize()+" TEMPLATE template0"); err != nil {
				return nil, fmt.Errorf("pgtest: create template: %w", err)
			}
			for _, file := range f.Files {
				if err := s.psqlFile(ctx, building, file, f.Settings); err != nil {
					_ = dropDatabase(ctx, conn, building)
					return nil, fmt.Errorf("pgtest: fixture %s: %w", f.Name, err)
				}
			}
			if f.Fill != nil {
				if err := f.Fill(ctx, s.URL(building)); err != nil {
					_ = dropDatabase(ctx, conn, building)
					return nil, fmt.Errorf("pgtest: fixture %s: fill: %w", f.Name, err)
				}
			}
			if f.Canonical {
				if err := s.canonicalize(ctx, building); err != nil {
					_ = dropDatabase(ctx, conn, building)
					return nil, fmt.Errorf("pgtest: fixture %s: %w", f.Name, err)
				}
			}
			// Publish the finished template under its final name in one step,
			// so a half-loaded template is never cloned. A builder that
			// does not take the lock above (a harness from before it, on
			// the same server) may have published the same fixture first:
			// its template, loaded from the same files, is this one's. The
			// name is found taken (duplicate_database), or, when both
			// renames run at once, the catalog's unique index says so
			// (unique_violation).
			var pgErr *pgconn.PgError
			if _, err := conn.Exec(ctx, "ALTER DATABASE "+pgx.Identifier{building}.Sanitize()+" RENAME TO "+pgx.Identifier{name}.Sanitize()); err != nil {
				_ = dropDatabase(ctx, conn, building)
				if !errors.As(err, &pgErr) || pgErr.Code != "42P04" && pgErr.Code != "23505" {
					return nil, fmt.Errorf("pgtest: publish template: %w", err)
				}
			} else if _, err := conn.Exec(ctx, "ALTER DATABASE "+pgx.Identifier{name}.Sanitize()+" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false"); err != nil {
				return nil, fmt.Errorf("pgtest: mark template: %w", err)
			}
		}
		s.mu.Lock()
		s.built[key] = name
		s.mu.Unlock()
		return name, nil
	})
	if err != nil {
		return "", err
	}
	return v.(string), nil
}

// psqlFile runs one SQL file through psql with ON_ERROR_STOP, so fixtures may
// use COPY ... FROM stdin as pg_dump writes it.
func (s *Server) psqlFile(ctx context.Context, database, file string, settings map[string]string) error {
	psql, err := s.tool("psql")
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", s.URL(database), "-f", file)
	env := append(os.Environ(), "PGAPPNAME=pgtest")
	if len(settings) > 0 {
		var opts []string
		for k, v := range settings {
			opts = append(opts, "-c "+k+"="+v)
		}
		sort.Strings(opts)
		env = append(env, "PGOPTIONS="+strings.Join(opts, " "))
	}
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("psql -f %s: %w\n%s", filepath.Base(file), err, tail(out, 4000))
	}
	return nil
}

// Exec runs SQL (one or more statements, simple protocol) in the database.
func (s *Server) Exec(ctx context.Context, database, sql string) error {
	conn, err := s.connect(ctx, database)
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	return nil
}

// DatabaseName returns the database a URL made by this package points at.
func DatabaseName(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Path, "/")
}

func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func sanitizeName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// UniqueKeys is a SaaS schema whose unique keys come in every shape
// (composite, partial, over expressions, NULLS NOT DISTINCT, on a
// partitioned table and local to one partition), several over columns that
// look like PII: testdata/uniquekeys.
func UniqueKeys() Fixture {
	return Fixture{Name: "uniquekeys", Files: []string{filepath.Join(RepoRoot(), "testdata", "uniquekeys", "schema.sql")}}
}

// KeyValue is a database of key/value tables in the shapes applications
// give them (Discourse's custom fields written a key at a time, Magento's
// configuration, product attributes, translations): testdata/keyvalue.
func KeyValue() Fixture {
	return Fixture{Name: "keyvalue", Files: []string{
		filepath.Join(RepoRoot(), "testdata", "classify-eval", "helpers.sql"),
		filepath.Join(RepoRoot(), "testdata", "keyvalue", "schema.sql"),
	}}
}

// canonicalize rewrites each ordinary table of a database (partitions
// included) in the order of its primary key, else of its first valid,
// non-partial unique index, and then analyzes the database. Below 30,000
// pages ANALYZE counts every row, so the estimates are exact too. A table
// with neither index keeps its order.
func (s *Server) canonicalize(ctx context.Context, database string) error {
	conn, err := s.connect(ctx, database)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `
		SELECT DISTINCT ON (c.oid) n.nspname, c.relname, i.relname
		FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		JOIN pg_index x ON x.indrelid = c.oid AND x.indisunique AND x.indisvalid AND x.indpred IS NULL AND x.indexprs IS NULL
		JOIN pg_class i ON i.oid = x.indexrelid AND i.relam = (SELECT oid FROM pg_am WHERE amname = 'btree')
		WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
		ORDER BY c.oid, x.indisprimary DESC, i.oid`)
	if err != nil {
		return fmt.Errorf("canonical: %w", err)
	}
	var stmts []string
	for rows.Next() {
		var nsp, table, index string
		if err := rows.Scan(&nsp, &table, &index); err != nil {
			return fmt.Errorf("canonical: %w", err)
		}
		stmts = append(stmts, "CLUSTER "+pgx.Identifier{nsp, table}.Sanitize()+" USING "+pgx.Identifier{index}.Sanitize())
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("canonical: %w", err)
	}
	for _, stmt := range append(stmts, "ANALYZE") {
		if _, err := conn.Exec(ctx, stmt); err != nil {
			return fmt.Errorf("canonical: %s: %w", stmt, err)
		}
	}
	return nil
}
