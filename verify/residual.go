package verify

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/rules/classify"
)

// ResidualSample is how many values of each kept text or json column the
// residual check keeps, drawn uniformly from all the column's non-null
// values as the rows pass (a reservoir), and runs through the detectors.
const ResidualSample = 1000

// residualValueBytes bounds each sampled value, so that a reservoir holds
// at most ResidualSample × 8 KiB whatever the column holds.
const residualValueBytes = 8 << 10

// Residual is personal data the detectors found in the sample of a column
// the rules keep: what no rule masks and reached staging as it is in
// production. It holds no value, only counts and row keys.
type Residual struct {
	Table    string `json:"table"`
	Column   string `json:"column"`
	Detector string `json:"detector"`
	// Category is the detector's: direct_identifier or quasi_identifier.
	Category classify.Category `json:"category"`
	// Path is the JSONPath of the findings in a json column.
	Path string `json:"path,omitempty"`
	// Embedded reports that some of the matches were inside a longer text
	// rather than the whole value.
	Embedded bool `json:"embedded,omitempty"`
	// Matched of Sampled non-null values held it.
	Matched int `json:"matched"`
	Sampled int `json:"sampled"`
	// RowKeys are the first MaxRowKeys matched rows' keys.
	RowKeys []string `json:"row_keys"`
	// Fails reports that the rules file makes residual personal data fail
	// the check (verify: { residual: fail }); otherwise it is a warning.
	Fails bool `json:"fails,omitempty"`
}

// String says what was found where, for failure and warning lines.
func (r Residual) String() string {
	where := r.Table + "." + r.Column
	if r.Path != "" {
		where += " " + r.Path
	}
	in := ""
	if r.Embedded {
		in = " (inside text)"
	}
	return fmt.Sprintf("%s is kept, and %d of %d sampled values hold %s%s (rows %s)",
		where, r.Matched, r.Sampled, r.Detector, in, strings.Join(r.RowKeys, ", "))
}

// reservoir keeps a uniform sample of a column's values, with their row
// keys, as the rows pass (Vitter's algorithm R). Its draws are seeded from
// the table and column names, so the same rows give the same sample.
type reservoir struct {
	vals, keys []string
	seen       int
	rng        *rand.Rand
}

func newReservoir(table, column string) *reservoir {
	h := fnv.New64a()
	h.Write([]byte(table))
	h.Write([]byte{0})
	h.Write([]byte(column))
	return &reservoir{rng: rand.New(rand.NewPCG(h.Sum64(), 0x5eed))}
}

// add offers one value: it is kept with probability ResidualSample/seen.
func (r *reservoir) add(val, key string) {
	r.offer([]byte(val), func() string { return key })
}

// offer is add for a value in a buffer the caller reuses: it is copied,
// and its row key made, only when the value is kept.
func (r *reservoir) offer(val []byte, key func() string) {
	r.seen++
	i := len(r.vals)
	if i >= ResidualSample {
		if i = r.rng.IntN(r.seen); i >= ResidualSample {
			return
		}
	}
	v := string(val[:min(len(val), residualValueBytes)])
	if len(val) > residualValueBytes {
		v = strings.ToValidUTF8(v, "")
	}
	if i == len(r.vals) {
		r.vals, r.keys = append(r.vals, v), append(r.keys, key())
		return
	}
	r.vals[i], r.keys[i] = v, key()
}

// merge is the sample of the rows r and o saw together (the parts of a
// split table). How many of the merged sample's values come from each
// side is drawn as ResidualSample draws without replacement from all the
// rows would fall (hypergeometric), and that many are taken at random from
// the side's own sample, itself uniform over its rows.
func (r *reservoir) merge(o *reservoir) *reservoir {
	out := &reservoir{seen: r.seen + o.seen, rng: r.rng}
	na, nb := r.seen, o.seen
	fromA := 0
	for range min(ResidualSample, na+nb) {
		if r.rng.IntN(na+nb) < na {
			fromA++
			na--
		} else {
			nb--
		}
	}
	take := func(side *reservoir, n int) {
		idx := r.rng.Perm(len(side.vals))[:n]
		for _, i := range idx {
			out.vals, out.keys = append(out.vals, side.vals[i]), append(out.keys, side.keys[i])
		}
	}
	take(r, fromA)
	take(o, min(ResidualSample, r.seen+o.seen)-fromA)
	return out
}

// residuals runs the identifier detectors over the sample and reports
// what they found, one Residual per detector (and JSONPath); the base64
// of a serialized document is read decoded. Secrets are
// not looked for here: the credential scan reads every value of every
// column for them.
func (r *reservoir) residuals(table, column string, json, fails bool) []Residual {
	type at struct{ detector, path string }
	found := map[at]*Residual{}
	var order []at
	for i, v := range r.vals {
		var ds []classify.Detection
		if json {
			ds = classify.DetectJSON([]byte(v))
		} else if doc, _, ok := detect.Base64Text([]byte(v), false); ok {
			// The base64 of a serialized document, read decoded as init
			// reads it.
			ds = classify.Detect(string(doc))
		} else {
			ds = classify.Detect(v)
		}
		counted := map[at]bool{}
		for _, d := range ds {
			if d.Category != classify.DirectIdentifier && d.Category != classify.QuasiIdentifier {
				continue
			}
			k := at{d.Detector, d.Path}
			res := found[k]
			if res == nil {
				res = &Residual{Table: table, Column: column, Detector: d.Detector, Category: d.Category, Path: d.Path,
					Sampled: len(r.vals), RowKeys: []string{}, Fails: fails}
				found[k] = res
				order = append(order, k)
			}
			res.Embedded = res.Embedded || d.Embedded
			if counted[k] {
				continue
			}
			counted[k] = true
			res.Matched++
			if len(res.RowKeys) < MaxRowKeys {
				res.RowKeys = append(res.RowKeys, r.keys[i])
			}
		}
	}
	out := make([]Residual, 0, len(order))
	for _, k := range order {
		if res := found[k]; classify.ColumnWideMatches(res.Detector, column, res.Matched, res.Sampled) {
			out = append(out, *res)
		}
	}
	return out
}
