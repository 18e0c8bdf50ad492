package copyfmt

import (
	"math"
	"strconv"
)

// PostgreSQL's date and time limits (datatype/timestamp.h).
const (
	usPerSec     = 1000000
	usPerDay     = 86400 * usPerSec
	epochJD      = 2451545    // POSTGRES_EPOCH_JDATE: 2000-01-01
	dateEndJD    = 2147483494 // DATE_END_JULIAN: 5874898-01-01
	minTimestamp = -211813488000000000
	endTimestamp = 9223371331200000000
	unixEpochDay = -10957 // 1970-01-01 in days since 2000-01-01
)

// date2j is PostgreSQL's date2j: the Julian day of a proleptic Gregorian
// date, with astronomical years (0 is 1 BC).
func date2j(y, m, d int) int {
	if m > 2 {
		m++
		y += 4800
	} else {
		m += 13
		y += 4799
	}
	century := y / 100
	julian := y*365 - 32167
	julian += y/4 - century + century/4
	julian += 7834*m/256 + d
	return julian
}

// j2date is PostgreSQL's j2date, for jd >= 0.
func j2date(jd int) (year, month, day int) {
	julian := uint32(jd)
	julian += 32044
	quad := julian / 146097
	extra := (julian-quad*146097)*4 + 3
	julian += 60 + quad*3 + extra/146097
	quad = julian / 1461
	julian -= quad * 1461
	y := julian * 4 / 1461
	if y != 0 {
		julian = (julian+305)%365 + 123
	} else {
		julian = (julian+306)%366 + 123
	}
	y += quad * 4
	year = int(y) - 4800
	quad = julian * 2141 / 65536
	day = int(julian - 7834*quad/256)
	month = int((quad+10)%12 + 1)
	return year, month, day
}

// validJulian is IS_VALID_JULIAN: 4714-11-24 BC up to 5874898-06-01.
func validJulian(y, m int) bool {
	return (y > -4713 || (y == -4713 && m >= 11)) && (y < 5874898 || (y == 5874898 && m < 6))
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// appendYMD appends an ISO date; years <= 0 print as their BC year, and
// the caller appends " BC".
func appendYMD(dst []byte, y, m, d int) []byte {
	if y <= 0 {
		y = 1 - y
	}
	for p := 1000; p > 1 && y < p; p /= 10 {
		dst = append(dst, '0')
	}
	dst = strconv.AppendInt(dst, int64(y), 10)
	return append(dst, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// appendDate appends a date (days since 2000-01-01) as date_out prints it
// with DateStyle ISO. It reports false for a date out of range.
func appendDate(dst []byte, days int32) ([]byte, bool) {
	switch days {
	case math.MinInt32:
		return append(dst, "-infinity"...), true
	case math.MaxInt32:
		return append(dst, "infinity"...), true
	}
	jd := int(days) + epochJD
	if jd < 0 || jd >= dateEndJD {
		return dst, false
	}
	y, m, d := j2date(jd)
	dst = appendYMD(dst, y, m, d)
	if y <= 0 {
		dst = append(dst, " BC"...)
	}
	return dst, true
}

// appendClock appends HH:MM:SS and, when not zero, the fraction of a second
// without trailing zeros.
func appendClock(dst []byte, us int64) []byte {
	sec := us / usPerSec
	frac := us % usPerSec
	h, m, s := sec/3600, sec/60%60, sec%60
	dst = strconv.AppendInt(dst, h/10, 10)
	dst = append(dst, byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+s/10), byte('0'+s%10))
	if frac == 0 {
		return dst
	}
	dst = append(dst, '.')
	for p := int64(100000); p > 0 && frac > 0; p /= 10 {
		dst = append(dst, byte('0'+frac/p))
		frac %= p
	}
	return dst
}

// appendTimestamp appends a timestamp (microseconds since 2000-01-01) as
// timestamp_out prints it with DateStyle ISO, or timestamptz_out with
// TimeZone UTC. It reports false for a timestamp out of range.
func appendTimestamp(dst []byte, us int64, tz bool) ([]byte, bool) {
	switch us {
	case math.MinInt64:
		return append(dst, "-infinity"...), true
	case math.MaxInt64:
		return append(dst, "infinity"...), true
	}
	if us < minTimestamp || us >= endTimestamp {
		return dst, false
	}
	days := us / usPerDay
	t := us % usPerDay
	if t < 0 {
		t += usPerDay
		days--
	}
	y, m, d := j2date(int(days) + epochJD)
	dst = appendYMD(dst, y, m, d)
	dst = append(dst, ' ')
	dst = appendClock(dst, t)
	if tz {
		dst = append(dst, "+00"...)
	}
	if y <= 0 {
		dst = append(dst, " BC"...)
	}
	return dst, true
}

// dateTime is a parsed ISO date/time.
type dateTime struct {
	y, m, d  int   // astronomical year
	clock    int64 // microseconds since midnight
	hasClock bool
	offset   int // seconds east of UTC
	special  int // -1 -infinity, +1 infinity, 0 a date
}

// dtScanner reads an ISO date/time text.
type dtScanner struct {
	s []byte
	i int
}

func (p *dtScanner) more() bool { return p.i < len(p.s) }

func (p *dtScanner) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *dtScanner) skipSpaces() {
	for p.i < len(p.s) && isSpace(p.s[p.i]) {
		p.i++
	}
}

// number reads up to max decimal digits; n is how many.
func (p *dtScanner) number(max int) (v, n int) {
	for p.i < len(p.s) && n < max && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		v = v*10 + int(p.s[p.i]-'0')
		p.i++
		n++
	}
	return v, n
}

// parseDateTime reads [YYYY-MM-DD][( |T)HH:MM[:SS[.f]]][ ][Z|±HH[[:]MM[[:]SS]]][ BC|AD]
// with surrounding spaces (the date is required unless clockOnly), or
// infinity, -infinity, epoch. It returns the offset of the first invalid
// byte and a message on error.
func parseDateTime(text []byte, clockOnly bool) (dateTime, int, string) {
	var dt dateTime
	p := &dtScanner{s: text}
	p.skipSpaces()
	end := len(text)
	for end > p.i && isSpace(text[end-1]) {
		end--
	}
	p.s = text[:end]
	if !clockOnly {
		switch w := p.s[p.i:]; {
		case equalFold(w, "infinity"), equalFold(w, "+infinity"):
			dt.special = 1
			return dt, 0, ""
		case equalFold(w, "-infinity"):
			dt.special = -1
			return dt, 0, ""
		case equalFold(w, "epoch"):
			dt.y, dt.m, dt.d = 1970, 1, 1
			dt.hasClock = true
			return dt, 0, ""
		}
		start := p.i
		y, n := p.number(9)
		if n == 0 {
			return dt, p.i, "invalid date: year expected"
		}
		if n <= 2 { // PostgreSQL rejects YY-MM-DD with DateStyle ISO
			return dt, start, "invalid date: year needs at least 3 digits"
		}
		if p.peek() != '-' {
			return dt, p.i, "invalid date: '-' expected"
		}
		p.i++
		m, n := p.number(2)
		if n == 0 || p.peek() != '-' {
			return dt, p.i, "invalid date: month expected"
		}
		p.i++
		d, n := p.number(2)
		if n == 0 {
			return dt, p.i, "invalid date: day expected"
		}
		dt.y, dt.m, dt.d = y, m, d
		if m < 1 || m > 12 || d < 1 || d > 31 || y == 0 {
			return dt, start, "date field value out of range"
		}
		if c := p.peek(); c == 'T' || c == 't' || c == ' ' {
			save := p.i
			p.i++
			p.skipSpaces()
			if c := p.peek(); c < '0' || c > '9' {
				p.i = save
			}
		}
	}
	if c := p.peek(); c >= '0' && c <= '9' {
		start := p.i
		h, n := p.number(2)
		if n == 0 || p.peek() != ':' {
			return dt, p.i, "invalid time: ':' expected"
		}
		p.i++
		mi, n := p.number(2)
		if n != 2 {
			return dt, p.i, "invalid time: minutes expected"
		}
		s, fsec := 0, int64(0)
		if p.peek() == ':' {
			p.i++
			if s, n = p.number(2); n != 2 {
				return dt, p.i, "invalid time: seconds expected"
			}
			if p.peek() == '.' {
				p.i++
				fstart := p.i
				for p.more() && p.peek() >= '0' && p.peek() <= '9' {
					p.i++
				}
				if p.i > fstart {
					// PostgreSQL: rint(strtod(".fff") * 1000000).
					f, _ := strconv.ParseFloat("0."+string(p.s[fstart:p.i]), 64)
					fsec = int64(math.RoundToEven(f * usPerSec))
				}
			}
		}
		if h > 24 || mi > 59 || s > 60 || (h == 24 && (mi > 0 || s > 0 || fsec > 0)) {
			return dt, start, "time field value out of range"
		}
		dt.clock = (int64(h)*3600+int64(mi)*60+int64(s))*usPerSec + fsec
		dt.hasClock = true
		p.skipSpaces()
	}
	switch c := p.peek(); {
	case c == 'Z' || c == 'z':
		p.i++
	case (c == '+' || c == '-') && dt.hasClock:
		p.i++
		start := p.i
		v, n := p.number(6)
		var h, m, s int
		switch n {
		case 1, 2:
			h = v
		case 4:
			h, m = v/100, v%100
		case 6:
			h, m, s = v/10000, v/100%100, v%100
		default:
			return dt, start, "invalid time zone offset"
		}
		if n <= 2 && p.peek() == ':' {
			p.i++
			if m, n = p.number(2); n != 2 {
				return dt, p.i, "invalid time zone offset"
			}
			if p.peek() == ':' {
				p.i++
				if s, n = p.number(2); n != 2 {
					return dt, p.i, "invalid time zone offset"
				}
			}
		}
		if h > 15 || m > 59 || s > 59 {
			return dt, start, "time zone displacement out of range"
		}
		dt.offset = h*3600 + m*60 + s
		if c == '-' {
			dt.offset = -dt.offset
		}
	}
	p.skipSpaces()
	if !clockOnly && p.i+2 <= len(p.s) {
		era := p.s[p.i : p.i+2]
		if equalFold(era, "bc") {
			dt.y = 1 - dt.y
			p.i += 2
		} else if equalFold(era, "ad") {
			p.i += 2
		}
	}
	if p.more() {
		return dt, p.i, "invalid input syntax for a date/time"
	}
	if !clockOnly && (dt.d > daysIn(dt.y, dt.m) || !validJulian(dt.y, dt.m)) {
		return dt, 0, "date out of range"
	}
	return dt, 0, ""
}

// infinity returns the value that stands for infinity or -infinity in a
// date's or a timestamp's binary form (hi or lo: the largest or the
// smallest of its type), with ok false when dt is finite.
func infinity(dt dateTime, lo, hi int64) (v int64, ok bool) {
	switch dt.special {
	case 1:
		return hi, true
	case -1:
		return lo, true
	}
	return 0, false
}

// parseDate reads a date as date_in does with DateStyle ISO (a time part is
// accepted and ignored).
func parseDate(text []byte) (int32, int, string) {
	dt, at, msg := parseDateTime(text, false)
	if msg != "" {
		return 0, at, msg
	}
	if v, ok := infinity(dt, math.MinInt32, math.MaxInt32); ok {
		return int32(v), 0, ""
	}
	jd := date2j(dt.y, dt.m, dt.d)
	if jd < 0 || jd >= dateEndJD {
		return 0, 0, "date out of range"
	}
	return int32(jd - epochJD), 0, ""
}

// parseTime reads a time of day, HH:MM[:SS[.f]], up to 24:00:00.
func parseTime(text []byte) (int64, int, string) {
	dt, at, msg := parseDateTime(text, true)
	if msg != "" {
		return 0, at, msg
	}
	if !dt.hasClock {
		return 0, 0, "invalid input syntax for time"
	}
	if dt.clock > usPerDay {
		return 0, 0, "time out of range"
	}
	return dt.clock, 0, ""
}

// parseTimestamp reads a timestamp; for timestamptz the offset (UTC when
// absent, as the engine's sessions run with TimeZone=UTC) is applied, for
// timestamp it is ignored, as PostgreSQL does.
func parseTimestamp(text []byte, tz bool) (int64, int, string) {
	dt, at, msg := parseDateTime(text, false)
	if msg != "" {
		return 0, at, msg
	}
	if v, ok := infinity(dt, math.MinInt64, math.MaxInt64); ok {
		return v, 0, ""
	}
	days := int64(date2j(dt.y, dt.m, dt.d) - epochJD)
	if days > math.MaxInt64/usPerDay-1 {
		return 0, 0, "timestamp out of range"
	}
	us := days*usPerDay + dt.clock
	if tz {
		us -= int64(dt.offset) * usPerSec
	}
	if us < minTimestamp || us >= endTimestamp {
		return 0, 0, "timestamp out of range"
	}
	return us, 0, ""
}
