// Command demo shows understudy working on a fresh machine: it starts a
// throwaway PostgreSQL, loads the acme fixture as the "production" database,
// runs the understudy binary on it, and removes everything at the end.
// `make demo` runs it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"

	"github.com/understudy/understudy/internal/pgtest"
)

func main() { os.Exit(run()) }

func run() int {
	bin := flag.String("bin", "bin/understudy", "understudy binary to run")
	scale := flag.String("scale", "1", "acme fixture scale (1: 10,000 users, 100,000 orders)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	step("starting a throwaway PostgreSQL server")
	srv, err := pgtest.Start(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer srv.Stop()

	step("loading the acme fixture (scale " + *scale + ") as the production database")
	start := time.Now()
	prodURL, prod, err := srv.CreateDatabase(ctx, pgtest.Acme(*scale))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer srv.DropDatabase(context.Background(), prod)
	fmt.Printf("    loaded in %s: %s\n", time.Since(start).Round(time.Millisecond), prodURL)

	step("understudy inspect --source $UNDERSTUDY_SOURCE_URL")
	cmd := exec.CommandContext(ctx, *bin, "inspect")
	cmd.Env = append(os.Environ(), "UNDERSTUDY_SOURCE_URL="+prodURL)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "demo: understudy inspect: %v\n", err)
		return 1
	}
	step("done; the throwaway server and its data are being removed")
	return 0
}

func step(msg string) { fmt.Printf("\n==> %s\n", msg) }
