package anonymize

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkTransform measures every registered transformer on its first
// conformance case's inputs, in values per second on one core.
func BenchmarkTransform(b *testing.B) {
	reg := NewRegistry()
	first := map[string]conformanceCase{}
	for _, c := range conformanceCases() {
		if _, ok := first[c.name]; !ok {
			first[c.name] = c
		}
	}
	for _, name := range reg.Names() {
		c, ok := first[name]
		if !ok {
			b.Fatalf("%s has no conformance case", name)
		}
		b.Run(name, func(b *testing.B) {
			comp, err := reg.Compile(c.name, c.params, Column{Name: "col", Type: c.typ}, Options{Secret: testSecret})
			if err != nil {
				b.Fatal(err)
			}
			tr := comp.New()
			inputs := make([]Value, len(c.inputs))
			rcs := make([]RowContext, len(c.inputs))
			for i, in := range c.inputs {
				inputs[i] = Text(in)
				if c.row != nil {
					rcs[i] = c.row(in)
				}
			}
			buf := make([]byte, 0, 1024)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := i % len(inputs)
				v, _ := tr.Transform(buf[:0], inputs[k], rcs[k])
				buf = v.Bytes
				i++
			}
			b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "values/s")
		})
	}
}

// BenchmarkScrubText measures scrub_text on a corpus of support tickets and
// notes (testdata/scrub/prose.txt, one value per paragraph: some with a few
// emails, phones, names, cards or secrets, most with none), in bytes of
// prose per second on one core.
func BenchmarkScrubText(b *testing.B) {
	raw, err := os.ReadFile("testdata/scrub/prose.txt")
	if err != nil {
		b.Fatal(err)
	}
	var values []Value
	size := 0
	for _, p := range strings.Split(strings.TrimSpace(string(raw)), "\n\n") {
		values = append(values, Text(p))
		size += len(p)
	}
	c, err := NewRegistry().Compile("scrub_text", nil, Column{Name: "notes", Type: TypeText}, Options{Secret: testSecret})
	if err != nil {
		b.Fatal(err)
	}
	tr := c.New()
	buf := make([]byte, 0, 4096)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range values {
			out, err := tr.Transform(buf[:0], v, nil)
			if err != nil {
				b.Fatal(err)
			}
			buf = out.Bytes
		}
	}
}
