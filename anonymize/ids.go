package anonymize

import (
	"encoding/hex"
)

func uuidDef() Def {
	return Def{
		Name:       "uuid",
		Doc:        "a version-4-shaped UUID drawn from the value's seed (122 keyed bits)",
		Accepts:    textOr("uuid"),
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(_ any, b *Build) (Factory, error) {
			if l := b.Column.Type.CharLimit(); l >= 0 && l < 36 {
				return nil, &TypeError{Transformer: "uuid", Column: b.Column, Reason: "narrower than a UUID's 36 characters"}
			}
			return func(s *Seeder) Transformer {
				return TransformerFunc(func(dst []byte, in Value, _ RowContext) (Value, error) {
					sum := s.Sum(in.Bytes)
					var u [16]byte
					copy(u[:], sum[:16])
					u[6] = u[6]&0x0f | 0x40
					u[8] = u[8]&0x3f | 0x80
					return Value{Bytes: appendUUID(dst, &u)}, nil
				})
			}, nil
		},
	}
}

func appendUUID(dst []byte, u *[16]byte) []byte {
	dst = hex.AppendEncode(dst, u[0:4])
	dst = append(dst, '-')
	dst = hex.AppendEncode(dst, u[4:6])
	dst = append(dst, '-')
	dst = hex.AppendEncode(dst, u[6:8])
	dst = append(dst, '-')
	dst = hex.AppendEncode(dst, u[8:10])
	dst = append(dst, '-')
	return hex.AppendEncode(dst, u[10:16])
}

type cardParams struct {
	KeepFirst int `param:"keep_first" doc:"digits kept at the start (6 keeps the issuer's BIN)"`
	KeepLast  int `param:"keep_last" doc:"digits kept at the end (4, as receipts print)"`
}

// cardTransformer permutes the digits of a card number between the kept ones
// and sets one digit so the result passes the Luhn check. Distinct
// Luhn-valid numbers of one shape stay distinct: two such numbers cannot
// differ in the adjusted digit alone.
type cardTransformer struct {
	s           *Seeder
	first, last int
	digits      []byte
}

func (t *cardTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	d := t.digits[:0]
	for _, c := range in.Bytes {
		switch {
		case c >= '0' && c <= '9':
			d = append(d, c-'0')
		case c == ' ' || c == '-':
		default:
			return Value{Bytes: dst}, invalidInput("card", "unexpected character in a card number")
		}
	}
	t.digits = d
	k := len(d)
	if k < 12 || k > 19 {
		return Value{Bytes: dst}, invalidInput("card", "want 12 to 19 digits, got %d", k)
	}
	adjust := k - 1 - t.last // the digit set for the Luhn check
	if adjust-t.first < 1 {
		return Value{Bytes: dst}, invalidInput("card", "keep_first and keep_last leave no digit to replace in a %d-digit number", k)
	}
	tweak := tweakOf(d[:t.first], d[k-t.last:], []byte{byte(k)})
	t.s.fpe.permute(d[t.first:adjust], 10, tweak)
	d[adjust] = 0
	d[adjust] = luhnFix(d, adjust)
	return Value{Bytes: putDigits(dst, in.Bytes, d)}, nil
}

// putDigits appends text to dst with its ASCII digits replaced, in order,
// by the digit values d; every other byte is kept.
func putDigits(dst, text, d []byte) []byte {
	i := 0
	for _, c := range text {
		if c >= '0' && c <= '9' {
			c = '0' + d[i]
			i++
		}
		dst = append(dst, c)
	}
	return dst
}

// luhnFix returns the digit at position pos (currently 0) that makes d pass
// the Luhn check.
func luhnFix(d []byte, pos int) byte {
	sum := luhnSum(d)
	double := (len(d)-1-pos)%2 == 1
	for x := byte(0); x < 10; x++ {
		v := int(x)
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		if (sum+v)%10 == 0 {
			return x
		}
	}
	return 0
}

func luhnSum(d []byte) int {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i])
		if (len(d)-1-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum
}

// luhnValid reports whether a digit string (ASCII) passes the Luhn check.
func luhnValid(s []byte) bool {
	d := make([]byte, 0, len(s))
	for _, c := range s {
		if c >= '0' && c <= '9' {
			d = append(d, c-'0')
		}
	}
	return len(d) > 1 && luhnSum(d)%10 == 0
}

func cardDef() Def {
	return Def{
		Name:       "card",
		Doc:        "a Luhn-valid card number of the same length and layout, keeping the first/last digits asked for; one to one for valid numbers",
		Params:     &cardParams{},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, _ *Build) (Factory, error) {
			p := params.(*cardParams)
			if p.KeepFirst < 0 || p.KeepFirst > 8 {
				return nil, &ParamError{Transformer: "card", Param: "keep_first", Reason: "want 0 to 8"}
			}
			if p.KeepLast < 0 || p.KeepLast > 4 {
				return nil, &ParamError{Transformer: "card", Param: "keep_last", Reason: "want 0 to 4"}
			}
			return func(s *Seeder) Transformer { return &cardTransformer{s: s, first: p.KeepFirst, last: p.KeepLast} }, nil
		},
	}
}

// ssnTransformer permutes the nine digits of a US social security number,
// walking the permutation's cycle until it reaches a number the SSA could
// issue (area not 000, 666 or 9xx; group not 00; serial not 0000): valid
// inputs map one to one onto valid outputs.
type ssnTransformer struct {
	s      *Seeder
	digits [9]byte
}

func ssnValid(d []byte) bool {
	area := int(d[0])*100 + int(d[1])*10 + int(d[2])
	return area != 0 && area != 666 && area < 900 && (d[3] != 0 || d[4] != 0) &&
		(d[5] != 0 || d[6] != 0 || d[7] != 0 || d[8] != 0)
}

func (t *ssnTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	n := 0
	for _, c := range in.Bytes {
		switch {
		case c >= '0' && c <= '9':
			if n == 9 {
				return Value{Bytes: dst}, invalidInput("ssn", "more than 9 digits")
			}
			t.digits[n] = c - '0'
			n++
		case c == '-' || c == ' ':
		default:
			return Value{Bytes: dst}, invalidInput("ssn", "unexpected character")
		}
	}
	if n != 9 {
		return Value{Bytes: dst}, invalidInput("ssn", "want 9 digits, got %d", n)
	}
	d := t.digits[:]
	for i := 0; ; i++ {
		if i == 1000 {
			return Value{Bytes: dst}, invalidInput("ssn", "no valid number on this input's cycle")
		}
		t.s.fpe.permute(d, 10, 9)
		if ssnValid(d) {
			break
		}
	}
	return Value{Bytes: putDigits(dst, in.Bytes, d)}, nil
}

func ssnDef() Def {
	return Def{
		Name:       "ssn",
		Doc:        "a valid-looking US social security number in the input's layout; one to one for valid numbers",
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(_ any, _ *Build) (Factory, error) {
			return func(s *Seeder) Transformer { return &ssnTransformer{s: s} }, nil
		},
	}
}

type ibanParams struct {
	KeepCountry bool `param:"keep_country" doc:"keep the country and the BBAN layout; false writes German-layout IBANs (DE + 18 digits)"`
}

// ibanTransformer permutes the digits and the letters of the BBAN
// separately, keeps the country and the layout, and recomputes the mod-97
// check digits: distinct IBANs of one country and layout stay distinct.
type ibanTransformer struct {
	s           *Seeder
	keepCountry bool
	limit       int
	compact     []byte
	digits      []byte
	letters     []byte
}

func (t *ibanTransformer) Transform(dst []byte, in Value, _ RowContext) (Value, error) {
	c := t.compact[:0]
	for _, ch := range in.Bytes {
		switch {
		case ch == ' ':
		case ch >= 'a' && ch <= 'z':
			c = append(c, ch-('a'-'A'))
		case ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9':
			c = append(c, ch)
		default:
			return Value{Bytes: dst}, invalidInput("iban", "unexpected character")
		}
	}
	t.compact = c
	if len(c) < 15 || len(c) > 34 || !isUpper(c[0]) || !isUpper(c[1]) || !isDigit(c[2]) || !isDigit(c[3]) {
		return Value{Bytes: dst}, invalidInput("iban", "not an IBAN")
	}
	if !t.keepCountry {
		sum := t.s.Sum(in.Bytes)
		r := t.s.Seeded(sum)
		out := append(c[:0], "DE00"...)
		for range 18 {
			out = append(out, '0'+byte(r.Uint64()%10))
		}
		setIBANCheck(out)
		t.compact = out
		if t.limit >= 0 && t.limit < 27 {
			return Value{Bytes: append(dst, out...)}, nil // no room for spaces
		}
		return Value{Bytes: appendGrouped(dst, out, in.Bytes)}, nil
	}
	bban := c[4:]
	t.digits, t.letters = t.digits[:0], t.letters[:0]
	for _, ch := range bban {
		if isDigit(ch) {
			t.digits = append(t.digits, ch-'0')
		} else {
			t.letters = append(t.letters, ch-'A')
		}
	}
	shape := make([]byte, 0, 40)
	shape = append(shape, c[:2]...)
	for _, ch := range bban {
		shape = append(shape, pick(isDigit(ch), byte('9'), byte('A')))
	}
	tw := tweakOf(shape)
	t.s.fpe.permute(t.digits, 10, tw)
	t.s.fpe.permute(t.letters, 26, tw)
	di, li := 0, 0
	for i, ch := range bban {
		if isDigit(ch) {
			bban[i] = '0' + t.digits[di]
			di++
		} else {
			bban[i] = 'A' + t.letters[li]
			li++
		}
	}
	setIBANCheck(c)
	return Value{Bytes: appendGrouped(dst, c, in.Bytes)}, nil
}

// appendGrouped writes an IBAN compact or in groups of four, as the input was.
func appendGrouped(dst, iban, input []byte) []byte {
	spaced := false
	for _, ch := range input {
		if ch == ' ' {
			spaced = true
			break
		}
	}
	for i, ch := range iban {
		if spaced && i > 0 && i%4 == 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, ch)
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// ibanMod97 computes the ISO 7064 mod 97-10 remainder of an IBAN.
func ibanMod97(iban []byte) int {
	rem := 0
	add := func(ch byte) {
		if isDigit(ch) {
			rem = (rem*10 + int(ch-'0')) % 97
		} else {
			rem = (rem*100 + int(ch-'A') + 10) % 97
		}
	}
	for _, ch := range iban[4:] {
		add(ch)
	}
	for _, ch := range iban[:4] {
		add(ch)
	}
	return rem
}

func setIBANCheck(iban []byte) {
	iban[2], iban[3] = '0', '0'
	check := 98 - ibanMod97(iban)
	iban[2], iban[3] = '0'+byte(check/10), '0'+byte(check%10)
}

func ibanDef() Def {
	return Def{
		Name:       "iban",
		Doc:        "an IBAN with valid mod-97 check digits, same country and layout by default; one to one then",
		Params:     &ibanParams{KeepCountry: true},
		Accepts:    isTextual,
		Keyed:      true,
		Uniqueness: Preserving,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*ibanParams)
			limit := b.Column.Type.CharLimit()
			if !p.KeepCountry {
				b.Uniqueness = NotGuaranteed // 18 random digits: about 60 bits, not a permutation
				if limit >= 0 && limit < 22 {
					return nil, &TypeError{Transformer: "iban", Column: b.Column, Reason: "narrower than a German IBAN's 22 characters"}
				}
			}
			return func(s *Seeder) Transformer { return &ibanTransformer{s: s, keepCountry: p.KeepCountry, limit: limit} }, nil
		},
	}
}
