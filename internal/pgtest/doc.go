// Package pgtest gives tests a real PostgreSQL: a throwaway cluster per
// test binary, and a fresh database per test, cloned from a template that
// holds the test's fixture. Nothing is mocked.
//
// # Use
//
// A package whose tests need a database calls [Main] from TestMain, then
// asks [Database] for a fresh database in each test:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
//
//	func TestSomething(t *testing.T) {
//		db := pgtest.Database(t, pgtest.Fixture{Name: "shop", Files: []string{
//			filepath.Join(pgtest.RepoRoot(), "subset", "testdata", "shop.sql")}})
//		conn, err := pgx.Connect(context.Background(), db)
//		...
//	}
//
// Database returns a superuser URL and drops the database when the test
// ends, so tests may write to it freely and run in parallel. [Shared]
// returns the binary's [Server], for what a test needs beyond one database
// ([Server.CreateDatabase], [Server.Exec], [Server.AdminURL]).
//
// # One cluster per test binary
//
// [Main] starts one server for the whole test binary and stops it when
// the tests end, also on an interrupt. It runs initdb and postgres from
// the PostgreSQL binaries on PATH or the newest /usr/lib/postgresql/*/bin
// (as the postgres OS user when run as root), in a temporary directory on
// a free loopback port, tuned for speed over durability (fsync off). If
// the test process dies, the kernel stops postgres, and the next run
// sweeps the directories that killed runs left behind. Without
// PostgreSQL, Main fails with a message that says what to install; it
// never skips. A fuzzing process that runs no test (a go test -fuzz
// worker) gets no server.
//
// # Template databases per fixture
//
// A [Fixture] is SQL files loaded in order with psql (so pg_dump's COPY
// ... FROM stdin works), under optional settings, plus files run on every
// clone (AfterClone, for what CREATE DATABASE ... TEMPLATE does not copy,
// such as subscriptions). The first test that asks for a fixture builds
// its template database, once per server even when tests ask at the same
// time; every test then gets a clone of it, which copies the template
// rather than loading the fixture again. The template is named by a hash of the fixture's files and
// settings, so a changed fixture is never served stale. A fixture's Fill
// runs after its files, on the template: internal/datagen's OSM fixture
// loads a schema-only file and fills it (its FillKey, in the hash, names
// the generator's version and scale; datagen, which imports schema, lives
// outside this package so that schema's own tests can use it). [Empty],
// [Acme], [Pagila] and [Northwind] are the project's shared fixtures;
// Pagila, Northwind and OSM are read from ../shared/datasets, never
// copied here (their licences differ). OSM needs PostGIS: a test asks
// [Server.MissingExtensions] and skips, saying what to install.
//
// # An existing server
//
// With UNDERSTUDY_TEST_DATABASE_URL ([EnvURL]) set to a superuser URL,
// Main uses that server instead of starting a cluster. Templates left on
// it by an earlier run with the same fixture hash are reused, test
// binaries that run at once (go test ./...) share the templates they
// both need (one builds, under an advisory lock, and the others wait for
// it), and per-test databases (ustest_*) that a killed run left behind,
// older than an hour, are dropped. psql is still needed to load fixtures.
// make test starts one throwaway cluster this way for the whole suite
// (the withserver command).
//
// # Other servers
//
// [Server.StartStandby] starts a hot standby of the throwaway cluster
// (not of an external server), to test reading from a standby.
// [StartOnSmallDisk] starts a cluster of its own whose databases live
// on a tmpfs that [Server.ResizeDisk] sizes (the WAL does not), so a test
// can fill the disk; it needs root. The caller stops both.
package pgtest
