package pipeline

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/understudy/understudy/internal/copyfmt"
)

// BenchmarkTransform: the copy's transform of 20,000 rows of People under
// peopleRules (names seeded per person, conditions, json, a template), as
// the server sends them in each format.
func BenchmarkTransform(b *testing.B) {
	src := openSource(b, peopleRules)
	tp, cols := src.table(b, `"Copy"."People"`)
	for _, f := range []copyfmt.Format{copyfmt.Text, copyfmt.Binary} {
		stream := src.copyOut(b, tp, cols, f == copyfmt.Binary, 5000)
		b.Run(f.String(), func(b *testing.B) {
			b.SetBytes(int64(len(stream)))
			for b.Loop() {
				mask := newTableMask("People", cols, maskedColumns(tp, cols), f, "", slog.New(slog.DiscardHandler))
				stats, err := mask.transform(context.Background(), bytes.NewReader(stream), io.Discard, func(int64) {})
				if err != nil {
					b.Fatal(err)
				}
				if stats.Rows != 20000 {
					b.Fatalf("%d rows", stats.Rows)
				}
			}
		})
	}
}
