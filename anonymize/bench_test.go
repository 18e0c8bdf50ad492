package anonymize

import (
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
