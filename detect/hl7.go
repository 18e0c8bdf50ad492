package detect

import "strings"

// HL7 version 2 messages (MSH|^~\&|...) are how laboratories, hospitals
// and their systems exchange orders and results: OpenMRS keeps the ones
// it receives, OpenELIS the orders it is sent, an interface engine its
// whole traffic. A message's PID segment is the patient (identifiers,
// name, birth date, address, phones), NK1 the next of kin, GT1 and IN1 the
// guarantor and the insured, and PV1, ORC, OBR and OBX name the clinicians.
// hl7 reads those fields by position, as the standard defines them, rather
// than guessing from the words: "BOATENG^Esi" is a family name and a given
// name only because it is PID-5.

// hl7Type is the data type of a field hl7 reads: which of its components
// are what.
type hl7Type uint8

const (
	hl7CX  hl7Type = iota + 1 // an identifier: its first component (PID-3's 0133/19/04557^^^DMI^PI)
	hl7XPN                    // a person's name: family^given^middle
	hl7XCN                    // a clinician: id^family^given^middle
	hl7XAD                    // an address: street^other designation^city^...
	hl7XTN                    // a phone: its first component, or its local number (component 7)
	hl7DTM                    // a birth date: YYYYMMDD, maybe with a time
)

// hl7Field is a field of a segment, numbered as the standard numbers it
// (PID-5 is the fifth field after the segment's name).
type hl7Field struct {
	n int
	t hl7Type
}

// hl7Fields are the fields that name or reach a person, by segment.
var hl7Fields = map[string][]hl7Field{
	"PID": {{2, hl7CX}, {3, hl7CX}, {4, hl7CX}, {5, hl7XPN}, {6, hl7XPN}, {7, hl7DTM}, {9, hl7XPN}, {11, hl7XAD},
		{13, hl7XTN}, {14, hl7XTN}, {18, hl7CX}, {19, hl7CX}, {20, hl7CX}, {21, hl7CX}},
	"NK1": {{2, hl7XPN}, {4, hl7XAD}, {5, hl7XTN}, {6, hl7XTN}, {16, hl7DTM}, {30, hl7XPN}, {31, hl7XTN}, {32, hl7XAD}, {33, hl7CX}, {37, hl7CX}},
	"GT1": {{2, hl7CX}, {3, hl7XPN}, {5, hl7XAD}, {6, hl7XTN}, {7, hl7XTN}, {8, hl7DTM}, {12, hl7CX}},
	"IN1": {{16, hl7XPN}, {18, hl7DTM}, {19, hl7XAD}, {36, hl7CX}, {49, hl7CX}},
	"PV1": {{7, hl7XCN}, {8, hl7XCN}, {9, hl7XCN}, {17, hl7XCN}},
	"ORC": {{10, hl7XCN}, {11, hl7XCN}, {12, hl7XCN}},
	"OBR": {{10, hl7XCN}, {16, hl7XCN}, {28, hl7XCN}},
	"OBX": {{16, hl7XCN}},
}

// hl7Seps are a message's separators, as its MSH segment declares them.
type hl7Seps struct {
	field, comp, rep, sub byte
}

// hl7Message returns the offset of the MSH segment that starts s (after
// spaces) and its separators; ok is false for anything else.
func hl7Message(s string) (at int, seps hl7Seps, ok bool) {
	at = len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	h := s[at:]
	if len(h) < 9 || !strings.HasPrefix(h, "MSH") {
		return 0, seps, false
	}
	seps = hl7Seps{field: h[3], comp: h[4], rep: h[5], sub: h[7]}
	// The field separator, then the four encoding characters (component,
	// repetition, escape, subcomponent), from version 2.7 maybe a fifth
	// (truncation, #), and the field separator again: all punctuation,
	// all different.
	n := 8
	if h[8] != seps.field && len(h) > 9 && h[9] == seps.field {
		n = 9
	}
	enc := h[3:n]
	for i := range len(enc) {
		c := enc[i]
		if c <= ' ' || c >= 0x7f || isAlnum(c) || strings.IndexByte(enc[:i], c) >= 0 {
			return 0, seps, false
		}
	}
	return at, seps, h[n] == seps.field
}

// IsHL7Message reports a text that is an HL7 v2 message: it starts with an
// MSH segment.
func IsHL7Message(s string) bool {
	_, _, ok := hl7Message(s)
	return ok
}

// hl7 adds the people's details of an HL7 v2 message: names as a surname
// (KindTitledSurname) and given names (KindGreetedName), identifiers
// (KindRecordID), street lines (KindStreet), phones and birth dates
// (KindBirthDate), each one component, so a replacement keeps the
// message's structure. It returns the message's separators, and whether
// the text is a message.
func (sc *scanner) hl7() (hl7Seps, bool) {
	at, seps, ok := hl7Message(sc.s)
	if !ok {
		return seps, false
	}
	s := sc.s
	for at < len(s) {
		end := strings.IndexAny(s[at:], "\r\n")
		if end < 0 {
			end = len(s)
		} else {
			end += at
		}
		if end-at > 3 && s[at+3] == seps.field {
			if fields := hl7Fields[s[at:at+3]]; fields != nil {
				sc.hl7Segment(at, end, seps, fields)
			}
		}
		at = end + 1
	}
	return seps, true
}

// hl7Segment adds the entities of the fields of the segment s[start:end].
func (sc *scanner) hl7Segment(start, end int, seps hl7Seps, fields []hl7Field) {
	s := sc.s
	n, from := 0, start+4
	for from <= end && n < fields[len(fields)-1].n {
		n++
		to := strings.IndexByte(s[from:end], seps.field)
		if to < 0 {
			to = end
		} else {
			to += from
		}
		for _, f := range fields {
			if f.n == n {
				sc.hl7Value(from, to, seps, f.t)
			}
		}
		from = to + 1
	}
}

// hl7Value adds the entities of one field, s[start:end], each of its
// repetitions read as its type says.
func (sc *scanner) hl7Value(start, end int, seps hl7Seps, t hl7Type) {
	s := sc.s
	for start < end {
		rep := strings.IndexByte(s[start:end], seps.rep)
		stop := end
		if rep >= 0 {
			stop = start + rep
		}
		comps := sc.hl7Components(start, stop, seps.comp)
		switch t {
		case hl7CX:
			sc.hl7Span(KindRecordID, comps, 0, seps.sub)
		case hl7XPN:
			sc.hl7Span(KindTitledSurname, comps, 0, seps.sub)
			sc.hl7Span(KindGreetedName, comps, 1, seps.sub)
			sc.hl7Span(KindGreetedName, comps, 2, seps.sub)
		case hl7XCN:
			sc.hl7Span(KindTitledSurname, comps, 1, seps.sub)
			sc.hl7Span(KindGreetedName, comps, 2, seps.sub)
			sc.hl7Span(KindGreetedName, comps, 3, seps.sub)
		case hl7XAD:
			sc.hl7Span(KindStreet, comps, 0, 0)
			sc.hl7Span(KindStreet, comps, 1, 0)
		case hl7XTN:
			sc.hl7Span(KindPhone, comps, 0, 0)
			sc.hl7Span(KindPhone, comps, 6, 0)
		case hl7DTM:
			sc.hl7Span(KindBirthDate, comps, 0, 0)
		}
		start = stop + 1
	}
}

// maxHL7Components is the most components hl7 reads of a field.
const maxHL7Components = 7

// hl7Components returns the bounds of the first components of s[start:end]
// (pairs of offsets, unused ones -1).
func (sc *scanner) hl7Components(start, end int, sep byte) (c [maxHL7Components][2]int) {
	for i := range c {
		c[i] = [2]int{-1, -1}
	}
	for i := range c {
		stop := strings.IndexByte(sc.s[start:end], sep)
		if stop < 0 {
			c[i] = [2]int{start, end}
			break
		}
		c[i] = [2]int{start, start + stop}
		start += stop + 1
	}
	return c
}

// hl7Span adds component i as an entity of kind k when it holds what k
// is: letters for a name or a street, digits for an identifier, a phone
// or a date. With sub, only the component's first subcomponent (a
// surname's own, before its prefix) is taken.
func (sc *scanner) hl7Span(k Kind, comps [maxHL7Components][2]int, i int, sub byte) {
	start, end := comps[i][0], comps[i][1]
	if start < 0 {
		return
	}
	if sub != 0 {
		if j := strings.IndexByte(sc.s[start:end], sub); j >= 0 {
			end = start + j
		}
	}
	for start < end && sc.s[start] == ' ' {
		start++
	}
	for end > start && sc.s[end-1] == ' ' {
		end--
	}
	v := sc.s[start:end]
	letters, digits := 0, 0
	for i := range len(v) {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z':
			letters++
		}
	}
	switch k {
	case KindTitledSurname, KindGreetedName:
		// A name: letters, and no digit (an id in a name's place).
		if letters < 2 || digits > 0 {
			return
		}
	case KindStreet:
		if letters < 2 {
			return
		}
	case KindRecordID:
		if digits < 3 {
			return
		}
	case KindPhone:
		if digits < 6 || letters > 0 {
			return
		}
	case KindBirthDate:
		if len(v) < 8 || !hl7Date(v[:8]) {
			return
		}
		end = start + 8 // the date; a time after it is kept
	}
	sc.add(k, start, end)
}

// hl7Date reports eight digits that are a date, YYYYMMDD, from 1850 on.
func hl7Date(v string) bool {
	for i := range len(v) {
		if !isDigit(v[i]) {
			return false
		}
	}
	y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	m := int(v[4]-'0')*10 + int(v[5]-'0')
	d := int(v[6]-'0')*10 + int(v[7]-'0')
	return y >= 1850 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
