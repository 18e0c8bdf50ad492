package anonymize

import (
	"math"
	"math/big"
	"strconv"
)

type noiseParams struct {
	Percent float64 `param:"percent" doc:"largest relative change, in percent (0 < percent <= 100)"`
}

// noiseTransformer multiplies a number by a keyed factor in
// [1 - percent/100, 1 + percent/100]. An integer other than zero moves by
// at least one, and a numeric by one unit of its scale, where the product
// would round back to it. Integers stay in their type's range,
// numeric(p,s) keeps its scale and fits its precision, an unconstrained
// numeric keeps the input's number of decimals. Zero, NaN and infinities are
// kept.
type noiseTransformer struct {
	s        *Seeder
	percent  float64
	kind     byte // 'i' integer, 'f' float, 'n' numeric
	min, max int64
	bits     int
	prec     int
	scale    int
	hasScale bool
}

func (t *noiseTransformer) factor(in []byte) float64 {
	r := t.s.Seeded(t.s.Sum(in))
	u := float64(r.Uint64()>>11)/(1<<53)*2 - 1 // [-1, 1)
	return u * t.percent / 100
}

func (t *noiseTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	switch t.kind {
	case 'i':
		v, err := strconv.ParseInt(string(in.Bytes), 10, 64)
		if err != nil || v < t.min || v > t.max {
			return Value{Bytes: dst}, invalidInput("noise", "not an integer of the column's type")
		}
		f := t.factor(in.Bytes)
		d := int64(math.Round(float64(v) * f))
		if d == 0 && v != 0 {
			// Relative noise rounds to nothing on a small integer (a
			// count of children, 3, under 10%): it moves by one, in the
			// factor's direction, or it would not be masked at all.
			d = 1
			if f < 0 {
				d = -1
			}
		}
		// Noise that would leave the type's range goes the other way:
		// clamped to the bound, a value at the bound would keep its
		// source value.
		if (d > 0 && v > t.max-d) || (d < 0 && v < t.min-d) {
			d = -d
		}
		switch {
		case d > 0 && v > t.max-d:
			v = t.max
		case d < 0 && v < t.min-d:
			v = t.min
		default:
			v += d
		}
		return Value{Bytes: strconv.AppendInt(dst, v, 10)}, nil
	case 'f':
		v, err := strconv.ParseFloat(string(in.Bytes), t.bits)
		if err != nil && !isRangeErr(err) {
			return Value{Bytes: dst}, invalidInput("noise", "not a floating-point number")
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Value{Bytes: append(dst, in.Bytes...)}, nil
		}
		v *= 1 + t.factor(in.Bytes)
		limit := math.MaxFloat64
		if t.bits == 32 {
			limit = math.MaxFloat32
		}
		v = math.Max(-limit, math.Min(limit, v))
		return Value{Bytes: strconv.AppendFloat(dst, v, 'g', -1, t.bits)}, nil
	}
	return t.numeric(dst, in.Bytes)
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func (t *noiseTransformer) numeric(dst, b []byte) (Value, error) {
	switch string(b) {
	case "NaN", "Infinity", "-Infinity":
		return Value{Bytes: append(dst, b...)}, nil
	}
	for _, c := range b {
		if !(isDigit(c) || c == '.' || c == '-' || c == '+') {
			return Value{Bytes: dst}, invalidInput("noise", "not a numeric")
		}
	}
	x, ok := new(big.Rat).SetString(string(b))
	if !ok || len(b) > 2000 {
		return Value{Bytes: dst}, invalidInput("noise", "not a numeric")
	}
	scale := t.scale
	if !t.hasScale {
		scale = 0
		for i, c := range b {
			if c == '.' {
				scale = len(b) - i - 1
				break
			}
		}
	}
	k := int64(math.Round(t.factor(b) * 1e9))
	n := noisyScaled(x, k, scale)
	if x.Sign() != 0 && n.Cmp(noisyScaled(x, 0, scale)) == 0 {
		// Relative noise rounds to nothing at the column's scale (a BMI
		// of 24.3 under 0.1%): it moves by one unit of the scale, in the
		// factor's direction, or it would not be masked at all.
		if k < 0 {
			n.Sub(n, big.NewInt(1))
		} else {
			n.Add(n, big.NewInt(1))
		}
	}
	if t.prec > 0 {
		limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(t.prec)), nil)
		limit.Sub(limit, big.NewInt(1))
		if n.CmpAbs(limit) > 0 {
			// Past the precision, the noise goes the other way: clamped,
			// a value at the limit would keep its source value.
			n = noisyScaled(x, -k, scale)
		}
		if n.CmpAbs(limit) > 0 {
			n.Set(limit.Mul(limit, big.NewInt(int64(n.Sign()))))
		}
	}
	return Value{Bytes: appendScaled(dst, n, scale)}, nil
}

// noisyScaled returns x * (1 + k/1e9) * 10^scale, rounded half away from
// zero. x is not changed.
func noisyScaled(x *big.Rat, k int64, scale int) *big.Int {
	y := new(big.Rat).Mul(x, big.NewRat(1_000_000_000+k, 1_000_000_000))
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(scale))), nil)
	if scale >= 0 {
		y.Mul(y, new(big.Rat).SetInt(pow))
	} else {
		y.Quo(y, new(big.Rat).SetInt(pow))
	}
	return roundRat(y)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func roundRat(x *big.Rat) *big.Int {
	num := new(big.Int).Abs(x.Num())
	q, r := new(big.Int).QuoRem(num, x.Denom(), new(big.Int))
	if r.Lsh(r, 1).Cmp(x.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if x.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// appendScaled writes n / 10^scale in numeric's text form.
func appendScaled(dst []byte, n *big.Int, scale int) []byte {
	if n.Sign() < 0 {
		dst = append(dst, '-')
	}
	digits := new(big.Int).Abs(n).String()
	if scale <= 0 {
		dst = append(dst, digits...)
		if digits != "0" {
			for range -scale {
				dst = append(dst, '0')
			}
		}
		return dst
	}
	for len(digits) <= scale {
		digits = "0" + digits
	}
	dst = append(dst, digits[:len(digits)-scale]...)
	dst = append(dst, '.')
	return append(dst, digits[len(digits)-scale:]...)
}

func noiseDef() Def {
	return Def{
		Name:       "noise",
		Doc:        "adds keyed relative noise to a number, within the type's range, scale and precision",
		Params:     &noiseParams{Percent: 10},
		Accepts:    isType("int2", "int4", "int8", "numeric", "float4", "float8"),
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*noiseParams)
			if !(p.Percent > 0 && p.Percent <= 100) {
				return nil, &ParamError{Transformer: "noise", Param: "percent", Reason: "want more than 0 and at most 100"}
			}
			proto := noiseTransformer{percent: p.Percent}
			switch b.Column.Type.Name {
			case "int2":
				proto.kind, proto.min, proto.max = 'i', math.MinInt16, math.MaxInt16
			case "int4":
				proto.kind, proto.min, proto.max = 'i', math.MinInt32, math.MaxInt32
			case "int8":
				proto.kind, proto.min, proto.max = 'i', math.MinInt64, math.MaxInt64
			case "float4":
				proto.kind, proto.bits = 'f', 32
			case "float8":
				proto.kind, proto.bits = 'f', 64
			default:
				proto.kind = 'n'
				if prec, scale, ok := b.Column.Type.NumericPrecision(); ok {
					proto.prec, proto.scale, proto.hasScale = prec, scale, true
				}
			}
			return func(s *Seeder) Transformer {
				t := proto
				t.s = s
				return &t
			}, nil
		},
	}
}
