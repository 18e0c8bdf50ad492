package cli

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/pipeline"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestBarsRenderARun feeds a run's events from several goroutines, as the
// pipeline does, and checks the bars and lines that come out.
func TestBarsRenderARun(t *testing.T) {
	var out syncBuffer
	b := newBars(&out)
	b.onEvent(pipeline.StepEvent{Step: "schema", Done: true, Elapsed: 300 * time.Millisecond})
	b.onEvent(pipeline.CopyPlanEvent{Tables: []pipeline.TableEstimate{{Table: "public.users", Rows: 1000, Bytes: 1 << 20}, {Table: "public.orders", Rows: 10, Bytes: 4096}}})
	var wg sync.WaitGroup
	for _, tb := range []string{"public.users", "public.orders"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int64(1); i <= 4; i++ {
				b.onEvent(pipeline.TableProgressEvent{Table: tb, Rows: i * 100, Bytes: i * 300_000})
			}
			b.onEvent(pipeline.TableDoneEvent{Table: tb, Rows: 400, Bytes: 1_200_000, Elapsed: time.Second, Masked: []string{"email"}})
		}()
	}
	wg.Wait()
	b.onEvent(pipeline.StepEvent{Step: "copy", Done: true, Elapsed: time.Second})
	b.wait()
	s := out.String()
	require.Contains(t, s, "schema     done in 300ms")
	require.Contains(t, s, "public.users: 400 rows, 1.1 MiB in 1s, masked [email]")
	require.Contains(t, s, "public.orders: 400 rows")
	require.Contains(t, s, "copy       done in 1s", "a step after the copy prints once the bars are gone")
	require.True(t, strings.Contains(s, "MiB"), s)
}
