package anonymize

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
)

type genderParams struct {
	personParams
	Values []string `param:"values" doc:"the values to pick from; empty: an enum's labels, or the standard spelling of the input (male/female, M/F, man/woman; 1/2 for a number, as ISO/IEC 5218)"`
}

// genderSpellings are the standard spellings of a gender column, each a
// set a value is picked from: the set that holds the input (ignoring
// case), written in the input's case. The salutations of a name prefix
// column say a gender too (Mr, Frau, Mme): each is picked from its own
// language's, no longer than the input where that can be (a Mrs is
// replaced by a Mrs or a Mr), and an academic or religious title by
// another. So do pronouns (she/her, he/they).
var genderSpellings = [][]string{
	{"male", "female"}, {"m", "f"}, {"man", "woman"}, {"masculine", "feminine"},
	{"mr", "ms", "mx"}, {"mr.", "ms.", "mx."}, {"mrs", "mr"}, {"mrs.", "mr."}, {"miss", "mr"},
	{"herr", "frau"}, {"m.", "mme"}, {"mlle", "mme"}, {"monsieur", "madame"}, {"mademoiselle", "madame"},
	{"sr.", "sra."}, {"srta.", "sra."}, {"sr", "sra"}, {"dhr.", "mevr."}, {"dhr", "mevr"}, {"mw.", "dhr."},
	{"sig.", "sig.ra"}, {"sir", "dame"}, {"lord", "lady"},
	{"dr", "prof", "rev"}, {"dr.", "prof.", "rev."},
	{"he/him", "she/her", "they/them"}, {"he/they", "she/they", "they/them"}, {"ze/zir", "they/them"}, {"xe/xem", "they/them"},
}

// pronounSet is the set a value that reads as pronouns (a slash between
// words: "she/her", "ey/em") is picked from when no set holds it.
var pronounSet = []string{"he/him", "she/her", "they/them"}

// isoGender are ISO/IEC 5218's codes for a person known to be male or
// female, the choices for a number column.
var isoGender = []string{"1", "2"}

// genderTransformer replaces a gender with one picked from a small set by
// the row's fake person (or the value itself), whatever the input was:
// the pick says nothing of the real value, and lands on it as often as
// chance does. A blank value stays blank.
type genderTransformer struct {
	s      *Seeder
	person string
	// choices is the fixed set (values, an enum's labels or ISO 5218), or
	// nil to choose by the input's spelling.
	choices []string
}

func (t *genderTransformer) Transform(dst []byte, in Value, rc RowContext) (Value, error) {
	if len(bytes.TrimSpace(in.Bytes)) == 0 {
		return Value{Bytes: append(dst, in.Bytes...)}, nil // nothing known, nothing to hide
	}
	seed, err := personSeed("gender", t.s, t.person, in, rc)
	if err != nil {
		return Value{Bytes: dst}, err
	}
	choices := t.choices
	if choices == nil {
		choices = spellingOf(in.Bytes)
	}
	// Bytes 24 to 32 of the seed: the name transformers draw from the
	// first 16 of the same person seed.
	pick := choices[binary.LittleEndian.Uint64(seed[24:32])%uint64(len(choices))]
	if t.choices != nil {
		return Value{Bytes: append(dst, pick...)}, nil
	}
	return Value{Bytes: appendInCase(dst, pick, in.Bytes)}, nil
}

// spellingOf returns the standard set that holds v (ignoring case and
// surrounding spaces), or the one of its length for a value in none (X,
// other, non-binary: a rare value is the most telling one, and is
// replaced too).
func spellingOf(v []byte) []string {
	if set := standardSet(v); set != nil {
		return set
	}
	if len(bytes.TrimSpace(v)) <= 1 {
		return genderSpellings[1]
	}
	if bytes.IndexByte(v, '/') > 0 {
		return pronounSet
	}
	return genderSpellings[0]
}

// standardSet returns the standard set that holds v, or nil.
func standardSet(v []byte) []string {
	w := bytes.TrimSpace(v)
	for _, set := range genderSpellings {
		for _, x := range set {
			if foldEqual(w, x) {
				return set
			}
		}
	}
	return nil
}

// foldEqual reports whether w is x (lower-case ASCII) in any case.
func foldEqual(w []byte, x string) bool {
	if len(w) != len(x) {
		return false
	}
	for i := range w {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != x[i] {
			return false
		}
	}
	return true
}

// inStandardSpelling reports whether v is a value of a standard set.
func inStandardSpelling(v []byte) bool { return standardSet(v) != nil }

// appendInCase appends s (lower case) in the case of like: all capitals,
// a capital first, or lower case.
func appendInCase(dst []byte, s string, like []byte) []byte {
	like = bytes.TrimSpace(like)
	// All capitals takes two letters: M. is as much a capital M.
	letters, first := 0, len(like) > 0 && isUpper(like[0])
	upper := true
	for _, c := range like {
		if isLower(c) {
			upper = false
		}
		if isLower(c) || isUpper(c) {
			letters++
		}
	}
	upper = upper && letters >= 2
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (upper || first && i == 0) && isLower(c) {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

func genderDef() Def {
	return Def{
		Name: "gender",
		Doc: "picks a gender from the column's own values (an enum's labels, or values), or the input's standard spelling (male/female, M/F, a salutation: Mr/Ms, Herr/Frau, M./Mme, pronouns: she/her, " +
			"1/2 for a number), by the row's fake person: set person (init does) so rows differ; without it, one value maps to one output",
		Params:     &genderParams{},
		Accepts:    func(t Type) bool { return isTextual(t) || t.Category == 'E' || isType("int2", "int4", "int8")(t) },
		Keyed:      true,
		Uniqueness: NotGuaranteed,
		Build: func(params any, b *Build) (Factory, error) {
			p := params.(*genderParams)
			p.record(b)
			choices, err := genderChoices(p.Values, b.Column.Type)
			if err != nil {
				return nil, err
			}
			// A pick from two or three values lands on the real one by
			// chance, in a third to a half of the rows: by design, not a
			// leak.
			if choices != nil {
				b.Unchanged = func(v []byte) bool { return slices.Contains(choices, string(v)) }
			} else {
				b.Unchanged = inStandardSpelling
			}
			return func(s *Seeder) Transformer {
				return &genderTransformer{s: s, person: p.Person, choices: choices}
			}, nil
		},
	}
}

// genderChoices returns the fixed set of a column: the values parameter
// (each an enum label, for an enum), an enum's labels, or ISO 5218's codes
// for a number; nil for text without values (the input's spelling
// decides).
func genderChoices(values []string, t Type) ([]string, error) {
	number := isType("int2", "int4", "int8")(t)
	switch {
	case len(values) > 0:
		for _, v := range values {
			switch {
			case t.Category == 'E' && len(t.EnumLabels) > 0 && !slices.Contains(t.EnumLabels, v):
				return nil, &ParamError{Transformer: "gender", Param: "values", Reason: fmt.Sprintf("%q is not a label of the enum", v), Valid: t.EnumLabels}
			case number && !allDigits(v):
				return nil, &ParamError{Transformer: "gender", Param: "values", Reason: fmt.Sprintf("%q is not a number, and the column is %s", v, t.Name)}
			case strings.TrimSpace(v) == "":
				return nil, &ParamError{Transformer: "gender", Param: "values", Reason: "an empty value"}
			}
		}
		return slices.Clone(values), nil
	case t.Category == 'E':
		if len(t.EnumLabels) == 0 {
			return nil, &ParamError{Transformer: "gender", Param: "values", Reason: fmt.Sprintf("the labels of the enum %s are not known: list the values to pick from", t.Name)}
		}
		return slices.Clone(t.EnumLabels), nil
	case number:
		return isoGender, nil
	}
	return nil, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
