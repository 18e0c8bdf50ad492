// Command profiled is understudy with a CPU profile: the harness builds it
// instead of cmd/understudy when given -cpuprofile, and names the profile
// file in UNDERSTUDY_BENCH_CPUPROFILE for each run. Beside it
// (name.heap.pprof) it writes the heap profile taken when the live heap
// was largest, for finding what holds the peak RSS. The profilers cost a
// few percent, so profiled runs are for finding where time and memory go,
// not for the numbers of the report.
package main

import (
	"fmt"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"time"

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
		stop := watchPeakHeap(strings.TrimSuffix(path, ".pprof") + ".heap.pprof")
		defer stop()
	}
	return cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// watchPeakHeap samples the live heap every 50 ms and writes the heap
// profile to path each time the heap has grown a tenth past the largest
// seen, so the file holds the profile nearest the peak.
func watchPeakHeap(path string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak+peak/10 {
				peak = v
				if err := writeHeap(path); err != nil {
					fmt.Fprintf(os.Stderr, "profiled: %v\n", err)
					return
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

func writeHeap(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
