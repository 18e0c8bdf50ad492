// Command understudy refreshes a staging PostgreSQL database from production,
// masking PII on the way. See the README for the commands.
package main

import (
	"os"

	"github.com/understudy/understudy/internal/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
