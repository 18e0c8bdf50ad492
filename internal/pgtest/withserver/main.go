// Command withserver runs a command with one throwaway PostgreSQL server
// for all of it: it starts the cluster as the tests' harness does
// (internal/pgtest), points UNDERSTUDY_TEST_DATABASE_URL at it, runs the
// command, stops the cluster, and exits with the command's status.
//
// make test runs go test ./... under it, so that the test binaries share
// one server and the fixture templates they have in common (the labelled
// schemas the classifier's evaluation and the integration corpus both
// load, pgtest.Labelled) are built once rather than once per binary. With
// UNDERSTUDY_TEST_DATABASE_URL already set, it runs the command on that
// server and starts nothing.
//
//	go run ./internal/pgtest/withserver go test ./...
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"

	"github.com/understudy/understudy/internal/pgtest"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: withserver command [argument ...]")
		return 2
	}
	// The command gets the signals (the terminal sends them to the whole
	// process group) and ends; this process waits for it, then stops the
	// cluster. Caught rather than ignored: an ignored signal would stay
	// ignored in the command.
	signal.Notify(make(chan os.Signal, 1), os.Interrupt, syscall.SIGTERM)
	if os.Getenv(pgtest.EnvURL) == "" {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		srv, err := pgtest.Start(ctx)
		cancel()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer srv.Stop()
		if err := os.Setenv(pgtest.EnvURL, srv.AdminURL()); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode()
	default:
		fmt.Fprintln(os.Stderr, "withserver:", err)
		return 1
	}
}
