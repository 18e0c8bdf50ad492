// Command profiled is understudy with a CPU profile: the harness builds it
// instead of cmd/understudy when given -cpuprofile, and names the profile
// file in UNDERSTUDY_BENCH_CPUPROFILE for each run. The profiler costs a few
// percent, so profiled runs are for finding where time goes, not for the
// numbers of the report.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/understudy/understudy/internal/cli"
)

// EnvProfile names the CPU profile file to write.
const EnvProfile = "UNDERSTUDY_BENCH_CPUPROFILE"

func main() { os.Exit(run()) }

func run() int {
	if path := os.Getenv(EnvProfile); path != "" {
		f, err := os.Create(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "profiled: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "profiled: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	return cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}
