package datagen

import (
	"encoding/hex"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/understudy/understudy/schema"
)

// epoch and span bound generated timestamps: 2019 to 2025, so a range
// partition of any month in between, and a default partition beside them,
// both get rows.
var epoch = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)

const span = 7 * 365 * 24 * time.Hour

// value draws a value for a column in PostgreSQL's text form; nil is NULL.
func (g *generator) value(p *tablePlan, cp *colPlan) *string {
	if cp == nil {
		return nil
	}
	if len(cp.choices) > 0 {
		v := cp.choices[p.fake.IntN(len(cp.choices))]
		return &v
	}
	if v, ok := bounded(p.fake, cp); ok {
		return &v
	}
	v, ok := typed(p.fake, cp.c.Type, cp.c.Name, cp.distinct, p.n)
	if !ok {
		return nil
	}
	return &v
}

// bounded draws a number within the bounds CHECKs set on the column.
func bounded(f *gofakeit.Faker, cp *colPlan) (string, bool) {
	if cp.lo == nil && cp.hi == nil {
		return "", false
	}
	switch cp.c.Type.Underlying().Name {
	case "int2", "int4", "int8", "numeric", "float4", "float8":
	default:
		return "", false
	}
	lo, hi := 0.0, 10000.0
	if cp.lo != nil {
		lo = *cp.lo
		hi = max(hi, lo+10000)
	}
	if cp.hi != nil {
		hi = *cp.hi
		if cp.lo == nil {
			lo = min(lo, hi-10000)
		}
	}
	if hi < lo {
		return "", false
	}
	switch cp.c.Type.Underlying().Name {
	case "int2", "int4", "int8":
		return strconv.Itoa(f.IntRange(int(math.Ceil(lo)), int(math.Floor(hi)))), true
	}
	return strconv.FormatFloat(f.Float64Range(lo, hi), 'f', 2, 64), true
}

// typed draws a value of type t for a column named name; distinct values
// include n, the draw's number. ok is false for a type it cannot make.
func typed(f *gofakeit.Faker, t *schema.Type, name string, distinct bool, n int) (string, bool) {
	if t.IsArray() {
		k := 1 + f.IntN(3)
		elems := make([]string, k)
		for i := range elems {
			e, ok := typed(f, t.Elem, name, distinct && i == 0, n)
			if !ok {
				return "", false
			}
			elems[i] = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(e) + `"`
		}
		return "{" + strings.Join(elems, ",") + "}", true
	}
	switch t.Kind {
	case schema.TypeEnum:
		if len(t.EnumLabels) == 0 {
			return "", false
		}
		return t.EnumLabels[f.IntN(len(t.EnumLabels))], true
	case schema.TypeDomain:
		if t.Base == nil {
			return "", false
		}
		// The domain's typmod lives on its base type.
		return typed(f, t.Base, name, distinct, n)
	case schema.TypeRange:
		return rangeValue(f, t.Name)
	case schema.TypeComposite, schema.TypePseudo, schema.TypeMultirange:
		return "", false
	}
	lname := strings.ToLower(name)
	switch t.Name {
	case "bool":
		return strconv.FormatBool(f.Bool()), true
	case "int2":
		if distinct {
			return strconv.Itoa(n % math.MaxInt16), true
		}
		return strconv.Itoa(f.IntRange(1, 100)), true
	case "int4", "int8", "oid":
		if distinct {
			return strconv.Itoa(n), true
		}
		return strconv.Itoa(f.IntRange(1, 10000)), true
	case "numeric":
		return numeric(f, t.Typmod, distinct, n), true
	case "float4", "float8":
		switch {
		case strings.Contains(lname, "lat"):
			return strconv.FormatFloat(f.Float64Range(-90, 90), 'f', 6, 64), true
		case strings.Contains(lname, "lon") || strings.Contains(lname, "lng"):
			return strconv.FormatFloat(f.Float64Range(-180, 180), 'f', 6, 64), true
		}
		if distinct {
			return strconv.Itoa(n) + ".5", true
		}
		return strconv.FormatFloat(f.Float64Range(0, 1000), 'f', 3, 64), true
	case "money":
		return fmt.Sprintf("%d.%02d", f.IntRange(0, 10000), f.IntN(100)), true
	case "text", "varchar", "bpchar", "citext", "name":
		return textValue(f, lname, length(t), distinct, n), true
	case "date":
		return epoch.Add(time.Duration(int64n(f, int64(span)))).Format("2006-01-02"), true
	case "timestamp":
		return stamp(f, distinct, n).Format("2006-01-02 15:04:05.999999"), true
	case "timestamptz":
		return stamp(f, distinct, n).Format("2006-01-02 15:04:05.999999Z07:00"), true
	case "time", "timetz":
		return fmt.Sprintf("%02d:%02d:%02d", f.IntN(24), f.IntN(60), f.IntN(60)), true
	case "interval":
		return fmt.Sprintf("%d minutes", f.IntRange(1, 10000)), true
	case "uuid":
		return f.UUID(), true
	case "inet":
		if distinct {
			return fmt.Sprintf("10.%d.%d.%d", (n>>16)&255, (n>>8)&255, n&255), true
		}
		return f.IPv4Address(), true
	case "cidr":
		return fmt.Sprintf("10.%d.%d.0/24", (n>>8)&255, n&255), true
	case "macaddr":
		return f.MacAddress(), true
	case "json", "jsonb":
		return fmt.Sprintf(`{"n": %d, "note": %q, "tags": [%q]}`, n, f.Word(), f.Word()), true
	case "bytea":
		b := make([]byte, 8)
		for i := range b {
			b[i] = byte(f.IntN(256))
		}
		return `\x` + hex.EncodeToString(b), true
	case "tsvector":
		return f.Word() + " " + f.Word(), true
	case "xml":
		return "<note>" + f.Word() + "</note>", true
	case "bit", "varbit":
		w := max(int(t.Typmod), 1)
		var b strings.Builder
		for range w {
			b.WriteByte(byte('0' + f.IntN(2)))
		}
		return b.String(), true
	case "point":
		return fmt.Sprintf("(%.4f,%.4f)", f.Float64Range(-180, 180), f.Float64Range(-90, 90)), true
	case "geometry", "geography":
		return geometry(f, t), true
	}
	return "", false
}

// numeric draws a number within numeric(p, s).
func numeric(f *gofakeit.Faker, typmod int32, distinct bool, n int) string {
	scale, limit := 2, 10000.0
	if typmod >= 4 {
		prec := int((typmod - 4) >> 16 & 0xffff)
		scale = int((typmod - 4) & 0xffff)
		limit = math.Min(limit, math.Pow10(prec-scale)-1)
	}
	if distinct && float64(n) < limit {
		return strconv.Itoa(n)
	}
	return strconv.FormatFloat(f.Float64Range(0, math.Max(limit, 0)), 'f', scale, 64)
}

func stamp(f *gofakeit.Faker, distinct bool, n int) time.Time {
	if distinct {
		return epoch.Add(time.Duration(n) * time.Minute)
	}
	return epoch.Add(time.Duration(int64n(f, int64(span)))).Truncate(time.Microsecond)
}

// length is the character limit of varchar(n) and char(n), or 0.
func length(t *schema.Type) int {
	if (t.Name == "varchar" || t.Name == "bpchar") && t.Typmod > 4 {
		return int(t.Typmod - 4)
	}
	return 0
}

// textValue draws text that looks like what the column's name says it
// holds: fake people, contacts and credentials where the name says PII,
// words elsewhere.
func textValue(f *gofakeit.Faker, name string, limit int, distinct bool, n int) string {
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(name, w) {
				return true
			}
		}
		return false
	}
	var s string
	suffix := ""
	if distinct {
		suffix = "-" + strconv.Itoa(n)
	}
	switch {
	case has("email", "mail"):
		local := strings.ToLower(f.FirstName() + "." + f.LastName())
		if distinct {
			local += strconv.Itoa(n)
		}
		s, suffix = local+"@"+f.DomainName(), ""
	case has("first_name", "firstname", "given_name"):
		s = f.FirstName()
	case has("last_name", "lastname", "surname", "family_name"):
		s = f.LastName()
	case has("display_name", "full_name", "contact_name", "author_name", "user_name", "person"):
		s = f.FirstName() + " " + f.LastName()
	case has("username", "login", "nick", "handle"):
		s = f.Username()
	case has("phone", "fax", "mobile"):
		s = f.PhoneFormatted()
	case hasToken(name, "ip"):
		s = f.IPv4Address()
	case has("address", "street"):
		s = f.Street()
	case has("city", "town"):
		s = f.City()
	case has("postal", "zip", "postcode"):
		s = f.Zip()
	case has("country"):
		s = f.Country()
	case has("region", "state", "province"):
		s = f.State()
	case has("company"):
		s = f.Company()
	case has("password", "pass_", "crypt", "hash", "salt", "token", "secret", "digest", "checksum", "uid", "key"):
		b := make([]byte, 16)
		for i := range b {
			b[i] = byte(f.IntN(256))
		}
		s = hex.EncodeToString(b)
	case has("url", "website", "homepage", "uri"):
		s = f.URL()
	case has("description", "body", "note", "comment", "message", "text", "reason", "handler", "error"):
		s = f.Sentence()
	default:
		s = f.Word()
	}
	if limit > 0 && len(s)+len(suffix) > limit {
		if len(suffix) >= limit {
			return strconv.FormatInt(int64(n), 36)[:min(limit, len(strconv.FormatInt(int64(n), 36)))]
		}
		s = s[:limit-len(suffix)]
	}
	return s + suffix
}

// hasToken reports whether a snake_case name has the word.
func hasToken(name, word string) bool {
	for _, t := range strings.Split(name, "_") {
		if t == word {
			return true
		}
	}
	return false
}

// rangeValue draws a value of a built-in range type.
func rangeValue(f *gofakeit.Faker, name string) (string, bool) {
	a := f.IntRange(1, 1000)
	switch name {
	case "int4range", "int8range", "numrange":
		return fmt.Sprintf("[%d,%d)", a, a+f.IntRange(1, 100)), true
	case "daterange":
		d := epoch.AddDate(0, 0, a)
		return fmt.Sprintf("[%s,%s)", d.Format("2006-01-02"), d.AddDate(0, 0, 1+f.IntN(30)).Format("2006-01-02")), true
	case "tsrange", "tstzrange":
		d := epoch.Add(time.Duration(a) * time.Hour)
		return fmt.Sprintf("[%q,%q)", d.Format("2006-01-02 15:04:05"), d.Add(time.Hour).Format("2006-01-02 15:04:05")), true
	}
	return "", false
}

// geomTypmod is geometry(Type[Z|M|ZM], SRID) as format_type prints it.
var geomTypmod = regexp.MustCompile(`^[^(]*\((\w+?)(ZM|Z|M)?(?:,\s*(-?\d+))?\)$`)

// geometry draws a small shape near a random point, in EWKT, of the
// column's geometry type and SRID (geometry(Polygon,4326) gets a square
// polygon in SRID 4326).
func geometry(f *gofakeit.Faker, t *schema.Type) string {
	kind, dims, srid := "point", "", ""
	if t.Name == "geography" {
		srid = "4326"
	}
	if m := geomTypmod.FindStringSubmatch(t.Display); m != nil {
		kind, dims = strings.ToLower(m[1]), m[2]
		if m[3] != "" && m[3] != "0" {
			srid = m[3]
		}
	}
	x, y := f.Float64Range(-170, 170), f.Float64Range(-80, 80)
	pt := func(dx, dy float64) string {
		s := strconv.FormatFloat(x+dx, 'f', 6, 64) + " " + strconv.FormatFloat(y+dy, 'f', 6, 64)
		for range dims {
			s += " 0"
		}
		return s
	}
	line := pt(0, 0) + ", " + pt(0.01, 0.01)
	ring := "(" + pt(0, 0) + ", " + pt(0.01, 0) + ", " + pt(0.01, 0.01) + ", " + pt(0, 0.01) + ", " + pt(0, 0) + ")"
	var wkt string
	switch kind {
	case "linestring":
		wkt = "LINESTRING" + dims + "(" + line + ")"
	case "polygon":
		wkt = "POLYGON" + dims + "(" + ring + ")"
	case "multipoint":
		wkt = "MULTIPOINT" + dims + "((" + pt(0, 0) + "))"
	case "multilinestring":
		wkt = "MULTILINESTRING" + dims + "((" + line + "))"
	case "multipolygon":
		wkt = "MULTIPOLYGON" + dims + "((" + ring + "))"
	case "geometrycollection":
		wkt = "GEOMETRYCOLLECTION" + dims + "(POINT" + dims + "(" + pt(0, 0) + "))"
	default:
		wkt = "POINT" + dims + "(" + pt(0, 0) + ")"
	}
	if srid != "" {
		return "SRID=" + srid + ";" + wkt
	}
	return wkt
}

// draw picks a value inside a leaf partition's bound.
func (b *partBound) draw(f *gofakeit.Faker, cp *colPlan) *string {
	if len(b.list) > 0 {
		v := b.list[f.IntN(len(b.list))]
		return &v
	}
	if from, err := strconv.ParseInt(b.from, 10, 64); err == nil {
		if to, err := strconv.ParseInt(b.to, 10, 64); err == nil && to > from {
			v := strconv.FormatInt(from+int64n(f, to-from), 10)
			return &v
		}
	}
	for _, layout := range []string{"2006-01-02 15:04:05-07", "2006-01-02 15:04:05", "2006-01-02"} {
		from, err1 := time.Parse(layout, b.from)
		to, err2 := time.Parse(layout, b.to)
		if err1 != nil || err2 != nil || !to.After(from) {
			continue
		}
		d := from.Add(time.Duration(int64n(f, int64(to.Sub(from)))))
		var v string
		switch {
		case layout == "2006-01-02":
			v = d.Format(layout)
		case strings.HasSuffix(cp.c.Type.Underlying().Name, "tz"):
			v = d.UTC().Format("2006-01-02 15:04:05Z07:00")
		default:
			v = d.Format("2006-01-02 15:04:05")
		}
		return &v
	}
	v := b.from
	return &v
}

// int64n draws from [0, n).
func int64n(f *gofakeit.Faker, n int64) int64 {
	if n <= 0 {
		return 0
	}
	return int64(f.Uint64() % uint64(n))
}
