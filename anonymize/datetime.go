package anonymize

import (
	"bytes"
	"strconv"
	"time"
)

type dateShiftParams struct {
	Days       int    `param:"days" doc:"largest shift in days, either way (never 0)"`
	SeedColumn string `param:"seed_column,nodomain" doc:"column whose source value seeds the shift, so every date of a row moves by the same amount; empty: per value"`
}

// dateShiftTransformer moves a date, timestamp or timestamptz by a keyed
// number of days in [-days, -1] or [1, days]. Only the date part changes:
// the time of day, the fraction, the UTC offset and the text layout are kept.
type dateShiftTransformer struct {
	s          *Seeder
	days       int
	seedColumn string
}

func (t *dateShiftTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	b := in.Bytes
	if bytes.Equal(b, []byte("infinity")) || bytes.Equal(b, []byte("-infinity")) {
		return Value{Bytes: append(dst, b...)}, nil
	}
	seedValue := b
	if t.seedColumn != "" {
		if rc == nil {
			return Value{Bytes: dst}, invalidInput("date_shift", "seed_column %q: no row context", t.seedColumn)
		}
		v, ok := rc.Source(t.seedColumn)
		if !ok {
			return Value{Bytes: dst}, invalidInput("date_shift", "seed_column %q is not in the row", t.seedColumn)
		}
		if !v.Null {
			seedValue = v.Bytes
		}
	}
	r := t.s.Seeded(t.s.Sum(seedValue))
	shift := int(r.Uint64()%uint64(t.days)) + 1
	if r.Uint64()&1 == 0 {
		shift = -shift
	}
	out, err := shiftDate(dst, b, shift)
	if err != nil {
		return Value{Bytes: dst}, err
	}
	return Value{Bytes: out}, nil
}

// shiftDate appends b, an ISO date or timestamp as PostgreSQL prints it
// (DateStyle ISO), with its date moved by days.
func shiftDate(dst, b []byte, days int) ([]byte, error) {
	i := 0
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	if i < 4 || i > 7 || len(b) < i+6 || b[i] != '-' || b[i+3] != '-' ||
		!isDigit(b[i+1]) || !isDigit(b[i+2]) || !isDigit(b[i+4]) || !isDigit(b[i+5]) {
		return dst, invalidInput("date_shift", "not an ISO date")
	}
	year, _ := strconv.Atoi(string(b[:i]))
	month := int(b[i+1]-'0')*10 + int(b[i+2]-'0')
	day := int(b[i+4]-'0')*10 + int(b[i+5]-'0')
	rest := b[i+6:]
	if len(rest) > 0 && rest[0] != ' ' && rest[0] != 'T' {
		return dst, invalidInput("date_shift", "not an ISO date")
	}
	bc := bytes.HasSuffix(rest, []byte(" BC"))
	if bc {
		rest = rest[:len(rest)-3]
		year = 1 - year
	}
	d := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	if d.Day() != day || int(d.Month()) != month {
		return dst, invalidInput("date_shift", "no such day")
	}
	d = d.AddDate(0, 0, days)
	y := d.Year()
	bc = y <= 0
	if bc {
		y = 1 - y
	}
	if y < 1000 {
		dst = append(dst, "000"[:4-len(strconv.Itoa(y))]...)
	}
	dst = strconv.AppendInt(dst, int64(y), 10)
	dst = append(dst, '-', byte('0'+int(d.Month())/10), byte('0'+int(d.Month())%10), '-', byte('0'+d.Day()/10), byte('0'+d.Day()%10))
	dst = append(dst, rest...)
	if bc {
		dst = append(dst, " BC"...)
	}
	return dst, nil
}

func dateShiftDef() Def {
	return Def{
		Name:       "date_shift",
		Doc:        "moves a date or timestamp by a keyed number of days (per value, or per row with seed_column)",
		Params:     &dateShiftParams{Days: 30},
		Accepts:    textOr("date", "timestamp", "timestamptz"),
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*dateShiftParams)
			if p.Days < 1 || p.Days > 36500 {
				return nil, &ParamError{Transformer: "date_shift", Param: "days", Reason: "want 1 to 36500"}
			}
			if p.SeedColumn != "" {
				b.SourceColumns = append(b.SourceColumns, p.SeedColumn)
			}
			return func(s *Seeder) Transformer {
				return &dateShiftTransformer{s: s, days: p.Days, seedColumn: p.SeedColumn}
			}, nil
		},
	}
}
