package cli

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/pipeline"
)

// bars renders a run on a terminal: one bar for the whole copy (bytes, rate,
// ETA) and one per table being copied (rows, bytes, rate), removed when the
// table is done; steps print as lines above the bars.
type bars struct {
	mu      sync.Mutex
	p       *mpb.Progress
	out     io.Writer
	overall *mpb.Bar
	tables  map[string]*mpb.Bar
	est     map[string]pipeline.TableEstimate
	done    map[string]int64 // bytes already counted in overall
	start   time.Time
	refresh chan any      // asks mpb to render, which also flushes printed lines
	stop    chan struct{} // stops the refresh ticker
}

func newBars(out io.Writer) *bars {
	return &bars{out: out, tables: map[string]*mpb.Bar{}, est: map[string]pipeline.TableEstimate{}, done: map[string]int64{}}
}

// wait stops rendering; call it when the run ends, before printing more.
func (b *bars) wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.finish()
}

// finish renders once more, so every printed line reaches the output, then
// stops the bars; lines printed afterwards go straight to the output. mpb
// flushes lines written through it only when it renders, and does not
// render at shutdown unless a bar changed: without the last render, a
// table's line printed just before the end could be lost.
func (b *bars) finish() {
	if b.p == nil {
		return
	}
	b.render()
	close(b.stop)
	if b.overall != nil && !b.overall.Completed() {
		b.overall.Abort(false)
	}
	for _, bar := range b.tables {
		bar.Abort(true)
	}
	b.p.Wait()
	b.p = nil
}

// render asks for a render and returns once mpb has taken the request.
func (b *bars) render() {
	select {
	case b.refresh <- time.Now():
	case <-time.After(time.Second): // mpb stopped on its own
	}
}

func (b *bars) printf(format string, args ...any) {
	if b.p != nil {
		fmt.Fprintf(b.p, format, args...)
		b.render()
		return
	}
	fmt.Fprintf(b.out, format, args...)
}

func (b *bars) onEvent(e pipeline.Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := e.(type) {
	case pipeline.StepEvent:
		if e.Done && e.Step == "copy" {
			b.finish()
		}
		if e.Done {
			b.printf("  %-10s done in %s\n", e.Step, e.Elapsed.Round(time.Millisecond))
		}
	case pipeline.CopyPlanEvent:
		var total int64
		for _, t := range e.Tables {
			total += max(t.Bytes, 1)
			b.est[t.Table] = t
		}
		b.refresh, b.stop = make(chan any), make(chan struct{})
		b.p = mpb.New(mpb.WithOutput(b.out), mpb.WithWidth(40), mpb.WithManualRefresh(b.refresh))
		go tick(b.refresh, b.stop)
		b.start = time.Now()
		b.overall = b.p.AddBar(total,
			mpb.PrependDecorators(decor.Name("copy", decor.WC{C: decor.DindentRight | decor.DextraSpace}),
				decor.CountersKibiByte("% .1f / % .1f")),
			mpb.AppendDecorators(decor.AverageSpeed(decor.SizeB1024(0), "% .1f"), decor.Name("  ETA "), decor.AverageETA(decor.ET_STYLE_GO)),
			mpb.BarPriority(0))
	case pipeline.TableProgressEvent:
		bar := b.table(e.Table)
		if bar == nil {
			return
		}
		if e.Bytes > bar.Current() {
			b.overall.IncrInt64(min(e.Bytes, max(b.est[e.Table].Bytes, 1)) - b.done[e.Table])
			b.done[e.Table] = min(e.Bytes, max(b.est[e.Table].Bytes, 1))
			if e.Bytes > b.est[e.Table].Bytes {
				bar.SetTotal(e.Bytes*2, false)
			}
			bar.SetCurrent(e.Bytes)
		}
	case pipeline.TableDoneEvent:
		if b.overall == nil {
			return
		}
		b.overall.IncrInt64(max(b.est[e.Table].Bytes, 1) - b.done[e.Table])
		b.done[e.Table] = max(b.est[e.Table].Bytes, 1)
		if bar := b.tables[e.Table]; bar != nil {
			bar.SetTotal(-1, true)
		}
		masked := ""
		if len(e.Masked) > 0 {
			masked = fmt.Sprintf(", masked %v", e.Masked)
		}
		b.printf("  %s: %d rows, %s in %s%s\n", e.Table, e.Rows, report.Bytes(e.Bytes), e.Elapsed.Round(time.Millisecond), masked)
	}
}

// tick asks for a render every 150 ms until stop is closed.
func tick(refresh chan<- any, stop <-chan struct{}) {
	t := time.NewTicker(150 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case now := <-t.C:
			select {
			case refresh <- now:
			case <-stop:
				return
			}
		case <-stop:
			return
		}
	}
}

func (b *bars) table(name string) *mpb.Bar {
	if b.p == nil {
		return nil
	}
	if bar, ok := b.tables[name]; ok {
		return bar
	}
	bar := b.p.AddBar(max(b.est[name].Bytes, 1),
		mpb.PrependDecorators(decor.Name(name, decor.WC{W: 30, C: decor.DindentRight | decor.DextraSpace}),
			decor.CountersKibiByte("% .1f / % .1f")),
		mpb.AppendDecorators(decor.AverageSpeed(decor.SizeB1024(0), "% .1f")),
		mpb.BarRemoveOnComplete(), mpb.BarPriority(1))
	b.tables[name] = bar
	return bar
}

// logEvents renders events as log lines (JSON for cron): one per step and
// one per table finished, with rows, bytes, seconds and masked columns.
func logEvents(log *slog.Logger) func(pipeline.Event) {
	return func(e pipeline.Event) {
		switch e := e.(type) {
		case pipeline.StepEvent:
			if e.Done {
				log.Info("step done", "step", e.Step, "seconds", e.Elapsed.Seconds())
			}
		case pipeline.TableDoneEvent:
			log.Info("table done", "table", e.Table, "rows", e.Rows, "bytes", e.Bytes, "seconds", e.Elapsed.Seconds(),
				"format", e.Format, "masked", e.Masked)
		case pipeline.TableStageEvent:
			log.Debug("table stage done", "table", e.Table, "stage", e.Stage, "seconds_after_copy", e.Elapsed.Seconds())
		}
	}
}
