package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/understudy/understudy/internal/copyfmt"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/verify"
)

// streamTee hands a copy of the bytes written to it to a reader in
// another goroutine, up to teeChunks writes ahead: the copy to staging
// does not wait for the check of what it copies unless the check falls
// that far behind.
type streamTee struct {
	ctx  context.Context
	ch   chan *[]byte
	mu   sync.Mutex
	err  error // why the writer stopped
	cur  *[]byte
	rest []byte
}

// teeChunks is how many writes (the copy's 256 KiB batches) the reader
// may fall behind.
const teeChunks = 4

var teePool = sync.Pool{New: func() any { b := make([]byte, 0, 256<<10); return &b }}

func newStreamTee(ctx context.Context) *streamTee {
	return &streamTee{ctx: ctx, ch: make(chan *[]byte, teeChunks)}
}

// Write queues a copy of p.
func (t *streamTee) Write(p []byte) (int, error) {
	b := teePool.Get().(*[]byte)
	*b = append((*b)[:0], p...)
	select {
	case t.ch <- b:
		return len(p), nil
	case <-t.ctx.Done():
		teePool.Put(b)
		return 0, t.ctx.Err()
	}
}

// CloseWithError ends the stream: the reader gets err, or io.EOF when it
// is nil. The writer calls it once.
func (t *streamTee) CloseWithError(err error) {
	t.mu.Lock()
	t.err = err
	t.mu.Unlock()
	close(t.ch)
}

// failed is the writer's error, once it has stopped with one.
func (t *streamTee) failed() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

// Read reads what was written, in order.
func (t *streamTee) Read(p []byte) (int, error) {
	for len(t.rest) == 0 {
		if t.cur != nil {
			teePool.Put(t.cur)
			t.cur = nil
		}
		select {
		case b, ok := <-t.ch:
			if !ok {
				if err := t.failed(); err != nil {
					return 0, err
				}
				return 0, io.EOF
			}
			t.cur, t.rest = b, *b
		case <-t.ctx.Done():
			return 0, t.ctx.Err()
		}
	}
	n := copy(p, t.rest)
	t.rest = t.rest[n:]
	return n, nil
}

// scanStream reads a table's COPY stream from the tee, rows of cols in
// format, and passes each row to the stream check. A stream the source
// cut short is the source's error to report, not the check's.
func scanStream(tee *streamTee, check *verify.TableCheck, cols []*schema.Column, format copyfmt.Format) error {
	drain := func(err error) error {
		// Whatever stops the check, the tee's writer must not block.
		go func() {
			buf := make([]byte, 32<<10)
			for {
				if _, err := tee.Read(buf); err != nil {
					return
				}
			}
		}()
		return err
	}
	reader, err := copyfmt.NewReader(tee, format, nil)
	if err != nil {
		return drain(stopped(tee, err))
	}
	view := newRowView(cols, format)
	row := &stagingRow{view: view}
	for {
		r, err := reader.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return drain(stopped(tee, err))
		}
		view.reset(r)
		check.Row(row)
	}
}

// stopped is the error of a check whose stream ended early: none when the
// source failed (its goroutine reports that), else a parse error.
func stopped(tee *streamTee, err error) error {
	if tee.failed() != nil || tee.ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("verify on the stream: read the COPY stream: %w", err)
}
