package anonymize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

type phoneParams struct {
	KeepPrefix  int  `param:"keep_prefix" doc:"characters kept as they are at the start (3 keeps \"+44\")"`
	KeepCountry bool `param:"keep_country" doc:"keep the international calling code of a number written +CC..."`
}

// phoneTransformer replaces the digits of a phone number through a keyed
// permutation of digit strings and keeps everything else (spaces, dashes,
// parentheses, the kept prefix): numbers of one shape map one to one.
type phoneTransformer struct {
	s           *Seeder
	keepPrefix  int
	keepCountry bool
	digits      []byte
}

func (t *phoneTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	b := in.Bytes
	kept := 0
	for n := 0; n < t.keepPrefix && kept < len(b); n++ {
		_, size := utf8.DecodeRune(b[kept:])
		kept += size
	}
	if t.keepCountry {
		kept = max(kept, countryCodeEnd(b))
	}
	d := t.digits[:0]
	for _, c := range b[kept:] {
		if c >= '0' && c <= '9' {
			d = append(d, c-'0')
		}
	}
	t.digits = d
	if len(d) == 0 && hasLetter(b[kept:]) {
		// An SMS sender's name (HarborPine), "unknown": no digit to
		// replace, and kept as it is it would reach staging unmasked.
		return Value{Bytes: dst}, invalidInput("phone", "letters and no digit: not a phone number")
	}
	if len(d) > 0 {
		t.s.fpe.permute(d, 10, tweakOf(b[:kept], []byte{byte(len(d))}))
	}
	dst = append(dst, b[:kept]...)
	return Value{Bytes: putDigits(dst, b[kept:], d)}, nil
}

// hasLetter reports whether b holds a letter of any script.
func hasLetter(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if unicode.IsLetter(r) {
			return true
		}
		b = b[size:]
	}
	return false
}

// countryCodeEnd returns the offset after the calling code of a number
// written "+CC...", or 0. Calling codes are prefix-free (ITU-T E.164): 1 and 7
// have one digit, the codes below two, all others three.
func countryCodeEnd(b []byte) int {
	i := 0
	for i < len(b) && b[i] == ' ' {
		i++
	}
	if i >= len(b) || b[i] != '+' {
		return 0
	}
	i++
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' && i-start < 3 {
		i++
	}
	code := b[start:i]
	switch {
	case len(code) == 0:
		return 0
	case code[0] == '1' || code[0] == '7':
		return start + 1
	case len(code) >= 2 && twoDigitCode(int(code[0]-'0')*10+int(code[1]-'0')):
		return start + 2
	}
	return i
}

func twoDigitCode(n int) bool {
	switch n {
	case 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49,
		51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66,
		81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98:
		return true
	}
	return false
}

func phoneDef() Def {
	return Def{
		Name:       "phone",
		Doc:        "replaces the digits of a phone number, keeping its formatting and an optional prefix; one to one for numbers of one shape",
		Params:     &phoneParams{},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, _ *Build) (Factory, error) {
			p := params.(*phoneParams)
			if p.KeepPrefix < 0 {
				return nil, &ParamError{Transformer: "phone", Param: "keep_prefix", Reason: "must not be negative"}
			}
			return func(s *Seeder) Transformer {
				return &phoneTransformer{s: s, keepPrefix: p.KeepPrefix, keepCountry: p.KeepCountry}
			}, nil
		},
	}
}

// fakerTransformer writes what a gofakeit generator draws from the value's
// seed.
type fakerTransformer struct {
	s   *Seeder
	gen func(f *gofakeit.Faker, in []byte) string
}

// maxRedraws bounds the draws a list transformer makes to land on a value
// other than its input.
const maxRedraws = 8

// Transform draws from the value's seeded faker, again while the draw is
// the input itself (ignoring case): a state picked from some fifty lands on
// the real one once in fifty rows, which verify cannot tell from a leak in
// a small table. The redraws continue the same seeded stream, so the
// mapping stays deterministic.
func (t *fakerTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	f := t.s.Faker(t.s.Sum(in.Bytes))
	out := t.gen(f, in.Bytes)
	for i := 0; i < maxRedraws && strings.EqualFold(out, string(in.Bytes)); i++ {
		out = t.gen(f, in.Bytes)
	}
	return Value{Bytes: append(dst, out...)}, nil
}

func fakerDef(name, doc string, gen func(f *gofakeit.Faker, in []byte) string) Def {
	return Def{
		Name:       name,
		Doc:        doc,
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(_ any, _ *Build) (Factory, error) {
			return func(s *Seeder) Transformer { return &fakerTransformer{s: s, gen: gen} }, nil
		},
	}
}

// short reports whether a value looks like a code (2 or 3 characters) rather
// than a name.
func short(in []byte) bool { return len(in) >= 2 && len(in) <= 3 }

func contactDefs() []Def {
	return []Def{
		phoneDef(),
		fakerDef("street_address", "a fake street address (number, street)", func(f *gofakeit.Faker, _ []byte) string { return f.Street() }),
		fakerDef("city", "a fake city name", func(f *gofakeit.Faker, _ []byte) string { return f.City() }),
		fakerDef("state", "a fake US state; a 2-3 character value gets an abbreviation", func(f *gofakeit.Faker, in []byte) string {
			if short(in) {
				return f.StateAbr()
			}
			return f.State()
		}),
		fakerDef("country", "a fake country; a 2-3 character value gets an ISO 3166 alpha-2 code", func(f *gofakeit.Faker, in []byte) string {
			if short(in) {
				return f.CountryAbr()
			}
			return f.Country()
		}),
		{
			Name:       "postcode",
			Doc:        "replaces each digit and letter of a postal code with a random one of the same kind and case, keeping spaces and dashes",
			Accepts:    isTextual,
			Keyed:      true,
			Uniqueness: NotGuaranteed,
			Build: func(_ any, _ *Build) (Factory, error) {
				return func(s *Seeder) Transformer {
					return TransformerFunc(func(dst []byte, in Value, _ RowContext) (Value, error) {
						r := s.Seeded(s.Sum(in.Bytes))
						if len(in.Bytes) == 0 {
							return Value{Bytes: dst}, nil
						}
						for _, c := range in.Bytes {
							x := r.Uint64()
							switch {
							case c >= '0' && c <= '9':
								c = '0' + byte(x%10)
							case c >= 'A' && c <= 'Z':
								c = 'A' + byte(x%26)
							case c >= 'a' && c <= 'z':
								c = 'a' + byte(x%26)
							}
							dst = append(dst, c)
						}
						return Value{Bytes: dst}, nil
					})
				}, nil
			},
		},
		fakerDef("company", "a fake company name", func(f *gofakeit.Faker, _ []byte) string { return f.Company() }),
		fakerDef("job_title", "a fake job title", func(f *gofakeit.Faker, _ []byte) string { return f.JobTitle() }),
		fakerDef("department", "a fake department of a company (Sales, Finance, Customer Service, ...)", func(f *gofakeit.Faker, _ []byte) string { return f.RandomString(departments) }),
		fakerDef("user_agent", "a fake browser user agent string", func(f *gofakeit.Faker, _ []byte) string { return f.UserAgent() }),
	}
}

// departments are what the department transformer draws from: gofakeit
// has job titles, not the departments people work in.
var departments = []string{
	"Accounting", "Administration", "Business Development", "Compliance", "Customer Service",
	"Engineering", "Facilities", "Finance", "Human Resources", "IT", "Legal", "Logistics",
	"Maintenance", "Marketing", "Operations", "Procurement", "Product", "Public Relations",
	"Purchasing", "Quality Assurance", "Research and Development", "Sales", "Security",
	"Support", "Training", "Warehouse",
}
