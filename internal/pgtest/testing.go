package pgtest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// shared is the one server of a test binary, set by Main. Tests reach it
// through Database, which fails the test if TestMain did not call Main.
var shared *Server

// Main is the body of a package's TestMain: it starts one server for the
// whole test binary, runs the tests, and stops the server, also when the
// binary is interrupted. It does not skip: without PostgreSQL it fails with a
// message that says what to install.
//
// A fuzzing process that runs no test gets no server: a fuzz worker (go
// test -fuzz starts one per CPU, and each runs only the fuzz target), and
// the fuzzing process itself under -run '^$'. Fuzz targets need none, and
// a cluster per worker would cost seconds each.
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
func Main(m *testing.M) int {
	if fuzzOnly() {
		return m.Run()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	srv, err := Start(ctx)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	shared = srv
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		if _, ok := <-sig; ok {
			srv.Stop()
			os.Exit(130)
		}
	}()
	code := m.Run()
	signal.Stop(sig)
	close(sig)
	srv.Stop()
	return code
}

// fuzzOnly reports a process of go test -fuzz that runs nothing but a
// fuzz target.
func fuzzOnly() bool {
	flag.Parse() // TestMain runs before the testing package parses its flags
	value := func(name string) string {
		if f := flag.Lookup(name); f != nil {
			return f.Value.String()
		}
		return ""
	}
	return value("test.fuzzworker") == "true" || (value("test.fuzz") != "" && value("test.run") == "^$")
}

// Shared returns the test binary's server.
func Shared(tb testing.TB) *Server {
	tb.Helper()
	if shared == nil {
		tb.Fatal("pgtest: no server; call os.Exit(pgtest.Main(m)) from TestMain")
	}
	return shared
}

// Database returns the URL of a fresh database cloned from the fixture's
// template, dropped when the test ends.
func Database(tb testing.TB, f Fixture) string {
	tb.Helper()
	srv := Shared(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dbURL, name, err := srv.CreateDatabase(ctx, f)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := srv.DropDatabase(ctx, name); err != nil {
			tb.Logf("pgtest: %v", err)
		}
	})
	return dbURL
}
