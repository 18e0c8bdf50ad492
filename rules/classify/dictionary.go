package classify

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

//go:embed dictionary.tsv
var defaultDictionary []byte

// Transformers is the vocabulary of transformer names a suggestion may use.
// The anonymize registry is the authority; the dictionary is checked against
// this list so a typo fails a test rather than a user's run.
var Transformers = []string{
	"first_name", "last_name", "full_name", "username", "email", "phone", "street_address", "city",
	"postcode", "state", "country", "company", "job_title", "department", "ipv4", "ipv6", "mac", "url", "user_agent",
	"uuid", "card", "iban", "ssn", "date_shift", "timestamp_shift", "noise", "hash", "mask",
	"regexp_replace", "template", "lorem", "scrub_text", "constant", "null", "redact", "json", "gender",
}

// Type classes: what a column's type can hold, for the dictionary's types
// column.
const (
	classText  = "text"
	classJSON  = "json"
	classNum   = "num"
	classBool  = "bool"
	classDate  = "date"
	classTime  = "time"
	classIP    = "ip"
	classMac   = "mac"
	classBytea = "bytea"
	classUUID  = "uuid"
	classEnum  = "enum"
	// classTSVector is a full-text search vector: the words of the columns
	// it is built from.
	classTSVector = "tsvector"
	classOther    = "other"
)

var typeClasses = []string{classText, classJSON, classNum, classBool, classDate, classTime, classIP, classMac, classBytea, classUUID, classEnum, classTSVector, classOther}

// Dictionary is the classifier's knowledge: column-name patterns with their
// category and suggested transformer, the qualifier words that void a name
// match, the head nouns of tables about people and places, and the
// suggestion for each detector. Default is the embedded dictionary.tsv;
// ParseDictionary reads another in the same format.
type Dictionary struct {
	entries    []*entry
	byFirst    map[string][]*entry // entries by their first pattern word
	prefixed   []*entry            // entries whose first word ends in *
	qualifiers map[string]bool
	// bounds are words that, right before a match or after it, make the
	// name a bound of a range (min_lat, salary_max): @bound.
	bounds map[string]bool
	// mappings are words that, right before a match or after it, make the
	// name a setting that says where the value is found (attr_firstname,
	// ldap_attr_mail, email_attribute): the name of an LDAP attribute or
	// a form's field, not a person's value: @mapping.
	mappings map[string]bool
	// flags are words that, first in a name, make it a yes/no about what
	// follows (is_mobile, has_email, isSaml), which is no identifier or
	// secret; a yes/no about a quasi-identifier (is_male, is_smoker) is
	// the attribute itself: @flag.
	flags         map[string]bool
	personTables  map[string]bool
	placeTables   map[string]bool
	companyTables map[string]bool
	// trackingTables are head nouns of tables about anonymous visitors'
	// browsing (@tracking_table); publicTables of tables of places
	// whose contact details are public (@public_table); institutions
	// are the institutions whose details are (@institution), in a table
	// of them or first in a column's name.
	trackingTables map[string]bool
	publicTables   map[string]bool
	institutions   map[string]bool
	// healthTables are head nouns of tables about a person's health
	// (@health_table): vitals, encounters, prescriptions.
	healthTables map[string]bool
	// machineTables are head nouns of tables of machines (@machine_table):
	// servers, cluster nodes, relays.
	machineTables map[string]bool
	// fileTables are head nouns of tables of stored files (@file_table):
	// blobs, uploads, attachments.
	fileTables map[string]bool
	// headings are the head nouns of a column's name for a heading
	// (@heading): title, headline, caption.
	headings  map[string]bool
	detectors map[string]*Suggestion
	// values are the detectors that confirm a name suggesting a
	// transformer, by transformer (@values).
	values map[string]valueCheck
	// abbrevs expand the abbreviations of legacy names (nm -> name) before
	// names are matched (@abbrev); tableSuffixes are the last words of a
	// table name that say nothing of what it holds (CUST_MSTR).
	abbrevs       map[string][]string
	tableSuffixes map[string]bool
	// vocab are the words a run-together name is split into
	// (clientsecret, firstnamephonetic): every word of a pattern, a
	// qualifier, a bound, a table word and an abbreviation.
	vocab map[string]bool

	// secretNames memoizes secretName: JSON documents repeat their keys.
	secretNames     sync.Map // string -> bool
	secretNamesSize atomic.Int64
}

// entry is one name row of the dictionary.
type entry struct {
	line     int
	pattern  []string // tokens; a trailing * marks a prefix
	id       string   // the pattern as written, spaces as _
	category Category
	suggest  *Suggestion
	types    map[string]bool // nil: any
	whole    bool
	head     bool // the match must end the name: its head noun
	person   bool
	place    bool
	company  bool
	weak     bool
	// token: weak, and confirmed only by random-looking tokens that are
	// no bare hex digests (a key named hash, as Django's are; a file's
	// or a query's hash is a digest).
	token    bool
	session  bool // only in a table of sessions
	social   bool // only in a table of social links or profiles
	identity bool // only in a table of a person's accounts at identity providers
	// public: the name says the values are published by design (a
	// public key): bare random-looking tokens in them are not secrets.
	public bool
	health bool // only in a table about health or about people
	actor  bool // the name says who wrote the row: keys of rows in the values overrule it
	// catalogue: not in a table whose name the pattern matches too
	// (tblICDCodes, icd10_codes): a catalogue of the codes, which are
	// no one's.
	catalogue bool
}

// Default returns the embedded dictionary, parsed once.
var Default = sync.OnceValue(func() *Dictionary {
	d, err := ParseDictionary(bytes.NewReader(defaultDictionary))
	if err != nil {
		// The embedded file is part of the build; its own test parses it.
		panic(err)
	}
	return d
})

// DictionaryError is a fault in a dictionary file, at a line.
type DictionaryError struct {
	Line int
	Msg  string
}

func (e *DictionaryError) Error() string {
	return fmt.Sprintf("classify: dictionary line %d: %s", e.Line, e.Msg)
}

// ParseDictionary reads a dictionary in the format of dictionary.tsv (see
// the comment at its top).
func ParseDictionary(r io.Reader) (*Dictionary, error) {
	d := &Dictionary{
		qualifiers:     map[string]bool{},
		bounds:         map[string]bool{},
		mappings:       map[string]bool{},
		flags:          map[string]bool{},
		personTables:   map[string]bool{},
		placeTables:    map[string]bool{},
		companyTables:  map[string]bool{},
		trackingTables: map[string]bool{},
		healthTables:   map[string]bool{},
		publicTables:   map[string]bool{},
		institutions:   map[string]bool{},
		machineTables:  map[string]bool{},
		fileTables:     map[string]bool{},
		headings:       map[string]bool{},
		detectors:      map[string]*Suggestion{},
		values:         map[string]valueCheck{},
		abbrevs:        map[string][]string{},
		tableSuffixes:  map[string]bool{},
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		fail := func(format string, args ...any) error {
			return &DictionaryError{Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		if strings.HasPrefix(fields[0], "@") {
			if len(fields) < 2 {
				return nil, fail("%s needs a value", fields[0])
			}
			switch fields[0] {
			case "@abbrev":
				if len(fields) != 3 || fields[1] == "" || strings.TrimSpace(fields[2]) == "" {
					return nil, fail("@abbrev has %d fields, want 3: @abbrev, abbreviation, words", len(fields))
				}
				d.abbrevs[strings.ToLower(fields[1])] = strings.Fields(strings.ToLower(fields[2]))
			case "@qualifier", "@bound", "@mapping", "@flag", "@person_table", "@place_table", "@company_table", "@table_suffix", "@tracking_table", "@public_table", "@institution", "@health_table", "@machine_table", "@file_table", "@heading":
				set := map[string]map[string]bool{"@qualifier": d.qualifiers, "@bound": d.bounds, "@mapping": d.mappings, "@flag": d.flags, "@person_table": d.personTables,
					"@place_table": d.placeTables, "@company_table": d.companyTables, "@table_suffix": d.tableSuffixes,
					"@tracking_table": d.trackingTables, "@public_table": d.publicTables, "@institution": d.institutions, "@health_table": d.healthTables, "@machine_table": d.machineTables, "@file_table": d.fileTables, "@heading": d.headings}[fields[0]]
				for _, w := range strings.Fields(strings.Join(fields[1:], " ")) {
					set[strings.ToLower(w)] = true
				}
			case "@detector":
				if len(fields) != 5 {
					return nil, fail("@detector has %d fields, want 5: @detector, name, transform, params, note", len(fields))
				}
				if detectorCategory(fields[1]) == None {
					return nil, fail("unknown detector %q", fields[1])
				}
				s, err := parseSuggestion(fields[2], fields[3], fields[4])
				if err != nil {
					return nil, fail("%v", err)
				}
				d.detectors[fields[1]] = s
			case "@values":
				if len(fields) != 4 {
					return nil, fail("@values has %d fields, want 4: @values, transform, detectors, flags", len(fields))
				}
				if !slices.Contains(Transformers, fields[1]) {
					return nil, fail("unknown transformer %q", fields[1])
				}
				check := valueCheck{absence: fields[3] == "absence"}
				if fields[3] != "-" && !check.absence {
					return nil, fail("unknown flag %q (want absence or -)", fields[3])
				}
				for _, det := range strings.Split(fields[2], ",") {
					if det == "-" && fields[2] == "-" {
						break // no detector recognises it: only other values overrule
					}
					if detectorCategory(det) == None {
						return nil, fail("unknown detector %q", det)
					}
					check.detectors = append(check.detectors, det)
				}
				d.values[fields[1]] = check
			default:
				return nil, fail("unknown directive %s (want @qualifier, @bound, @mapping, @flag, @person_table, @place_table, @company_table, @tracking_table, @public_table, @institution, @machine_table, @file_table, @heading, @table_suffix, @abbrev, @detector or @values)", fields[0])
			}
			continue
		}
		if len(fields) != 7 {
			return nil, fail("%d fields, want 7: pattern, category, transform, params, types, flags, note", len(fields))
		}
		e := &entry{line: line, pattern: strings.Fields(strings.ToLower(fields[0])), category: Category(fields[1])}
		if len(e.pattern) == 0 {
			return nil, fail("empty pattern")
		}
		e.id = strings.Join(e.pattern, "_")
		if !e.category.Valid() {
			return nil, fail("unknown category %q (want one of %v)", fields[1], Categories())
		}
		s, err := parseSuggestion(fields[2], fields[3], fields[6])
		if err != nil {
			return nil, fail("%v", err)
		}
		e.suggest = s
		if fields[4] != "*" {
			e.types = map[string]bool{}
			for _, c := range strings.Split(fields[4], ",") {
				if !slices.Contains(typeClasses, c) {
					return nil, fail("unknown type class %q (want * or some of %v)", c, typeClasses)
				}
				e.types[c] = true
			}
		}
		if fields[5] != "-" {
			for _, f := range strings.Split(fields[5], ",") {
				switch f {
				case "whole":
					e.whole = true
				case "head":
					e.head = true
				case "person":
					e.person = true
				case "place":
					e.place = true
				case "company":
					e.company = true
				case "weak":
					e.weak = true
				case "token":
					e.weak, e.token = true, true
				case "session":
					e.session = true
				case "social":
					e.social = true
				case "identity":
					e.identity = true
				case "public":
					e.public = true
				case "health":
					e.health = true
				case "actor":
					e.actor = true
				case "catalogue":
					e.catalogue = true
				default:
					return nil, fail("unknown flag %q (want whole, head, person, place, company, session, social, identity, weak, token, public, health, actor or catalogue)", f)
				}
			}
		}
		d.entries = append(d.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("classify: read dictionary: %w", err)
	}
	d.vocab = map[string]bool{}
	for _, e := range d.entries {
		for _, w := range e.pattern {
			d.vocab[strings.TrimSuffix(w, "*")] = true
		}
	}
	for _, set := range []map[string]bool{d.qualifiers, d.bounds, d.mappings, d.flags, d.personTables, d.placeTables, d.companyTables, d.trackingTables, d.publicTables, d.institutions, d.healthTables, d.machineTables, d.fileTables, d.headings, d.tableSuffixes} {
		maps.Copy(d.vocab, set)
	}
	for a, exp := range d.abbrevs {
		d.vocab[a] = true
		for _, w := range exp {
			d.vocab[w] = true
		}
	}
	d.byFirst = map[string][]*entry{}
	for _, e := range d.entries {
		if strings.HasSuffix(e.pattern[0], "*") {
			d.prefixed = append(d.prefixed, e)
		} else {
			d.byFirst[e.pattern[0]] = append(d.byFirst[e.pattern[0]], e)
		}
	}
	return d, nil
}

// parseSuggestion reads the transform, params and note columns; a
// transform of - is no suggestion.
func parseSuggestion(transform, params, note string) (*Suggestion, error) {
	if transform == "-" {
		if params != "-" {
			return nil, fmt.Errorf("params %q without a transform", params)
		}
		s := &Suggestion{}
		if note != "-" {
			s.Note = note
		}
		return s, nil
	}
	if !slices.Contains(Transformers, transform) {
		return nil, fmt.Errorf("unknown transformer %q", transform)
	}
	s := &Suggestion{Transform: transform}
	if params != "-" {
		s.Params = map[string]string{}
		for _, kv := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return nil, fmt.Errorf("param %q is not key=value", kv)
			}
			s.Params[k] = v
		}
	}
	if note != "-" {
		s.Note = note
	}
	return s, nil
}

// Tokens splits a column or table name into lower-case words: at
// underscores, spaces and other punctuation, at lower-to-upper case changes
// (userEmail), before the last capital of a run of capitals (IPAddress ->
// ip, address) and between letters and digits (addr1 -> addr, 1).
func Tokens(name string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			switch {
			case unicode.IsDigit(r) != unicode.IsDigit(prev):
				flush()
			case unicode.IsUpper(r) && unicode.IsLower(prev):
				flush()
			case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(runes) && unicode.IsLower(runes[i+1]):
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// words returns a name's tokens without the pure-digit ones (addr_line_2
// and address2 match address patterns).
func nameWords(name string) []string {
	toks := Tokens(name)
	out := toks[:0]
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsDigit(r) {
			out = append(out, t)
		}
	}
	return out
}

// words returns a name's words (nameWords) with the dictionary's
// abbreviations expanded: CUST_NM reads customer name, EMP_FST_NM
// employee first name.
func (d *Dictionary) words(name string) []string {
	w := nameWords(name)
	if len(d.abbrevs) == 0 && len(d.vocab) == 0 {
		return w
	}
	out := make([]string, 0, len(w))
	for _, t := range w {
		if parts := d.splitCompound(t); parts != nil {
			for _, p := range parts {
				if exp, ok := d.abbrevs[p]; ok {
					out = append(out, exp...)
				} else {
					out = append(out, p)
				}
			}
			continue
		}
		if exp, ok := d.abbrevs[t]; ok {
			out = append(out, exp...)
			continue
		}
		out = append(out, t)
	}
	return out
}

// minCompound is the shortest run-together name splitCompound splits.
const minCompound = 7

// splitCompound splits a name written as one word (clientsecret,
// firstnamephonetic, sessdata) into words of the dictionary's vocabulary,
// in the fewest parts: every part a vocabulary word, except that the first
// or the last may be another word of four letters or more (alternate in
// alternatename, phonetic in firstnamephonetic) beside four letters or
// more of vocabulary, or the first one of three letters before one word
// of five letters or more (del in delstreet). It returns nil for a word
// of the vocabulary, a word shorter than minCompound, one that is not all
// ASCII letters, or one no such split covers.
func (d *Dictionary) splitCompound(tok string) []string {
	if len(tok) < minCompound || d.vocab[tok] || d.vocab[singular(tok)] || d.abbrevs[tok] != nil {
		return nil
	}
	if !lowerLetters(tok) {
		return nil
	}
	if parts := d.prefixWords(tok); len(parts) >= 2 {
		return parts
	}
	// One other word at the start or at the end, beside at least four
	// letters of vocabulary (wingspan is not wings and a PAN).
	n := len(tok)
	var out []string
	for k := 3; k <= n-4; k++ {
		// A word of three letters at the start only before one word of
		// the vocabulary of five letters or more (delstreet, dellname: a
		// delivery address's parts). Before more than one, three letters
		// split too much (updatekey is not upd, at and ekey), and before
		// four they split English words (hotline, outline).
		if parts := d.prefixWords(tok[k:]); parts != nil && (k > 3 || len(parts) == 1 && n-k >= 5) && (out == nil || len(parts)+1 < len(out)) {
			out = append([]string{tok[:k]}, parts...)
		}
	}
	for k := n - 4; k >= 4; k-- {
		if parts := d.prefixWords(tok[:k]); parts != nil && (out == nil || len(parts)+1 < len(out)) {
			out = append(parts, tok[k:])
		}
	}
	if out != nil {
		out = d.trimOther(out)
	}
	return out
}

// trimOther splits off the vocabulary word of four letters or more that
// the other word at the start of a split ends with, when four letters or
// more remain: freeformcontactinfo is freeform, contact and info, not
// freeformcontact and info, though the fewest parts spell it so. (An
// other word at the end is left whole: the head of a name is its last
// word, and a split there reads sessions as sess and ions.)
func (d *Dictionary) trimOther(parts []string) []string {
	first := parts[0]
	if d.vocab[first] {
		return parts
	}
	for k := 4; k <= len(first)-4; k++ {
		if d.vocab[first[k:]] {
			return append([]string{first[:k], first[k:]}, parts[1:]...)
		}
	}
	return parts
}

// prefixWords spells s in the fewest vocabulary words of two letters or
// more, or returns nil.
func (d *Dictionary) prefixWords(s string) []string {
	n := len(s)
	best := make([]int, n+1)
	prev := make([]int, n+1)
	for j := 1; j <= n; j++ {
		best[j] = -1
		for i := max(0, j-32); i <= j-2; i++ {
			if (i == 0 || best[i] > 0) && d.vocab[s[i:j]] && (best[j] < 0 || best[i]+1 < best[j]) {
				best[j], prev[j] = best[i]+1, i
			}
		}
	}
	if best[n] < 0 {
		return nil
	}
	var out []string
	for j := n; j > 0; j = prev[j] {
		out = append([]string{s[prev[j]:j]}, out...)
	}
	return out
}

// nameMatch is one dictionary entry matching a name.
type nameMatch struct {
	e          *entry
	start, end int // token span, end exclusive
}

// matchName returns the best entry matching the words, ignoring type and
// table context, and every candidate match (for type rule-outs).
func (d *Dictionary) matches(words []string) []nameMatch {
	var out []nameMatch
	found := map[*entry]bool{}
	// Scan from the right: the first occurrence of an entry found is its
	// rightmost one not voided by a qualifier after it.
	for start := len(words) - 1; start >= 0; start-- {
		try := func(e *entry) {
			end := start + len(e.pattern)
			if found[e] || end > len(words) || !e.matchAt(words, start) {
				return
			}
			if e.whole && (start != 0 || end != len(words)) || e.head && end != len(words) {
				return
			}
			if d.qualified(words[end:]) || start > 0 && (d.bounds[words[start-1]] || d.mappings[words[start-1]]) {
				return
			}
			if e.category == FreeText && end < len(words) && (words[end] == "name" || words[end] == "names") {
				// public_body_name, note_name: the name of a thing a
				// word for prose describes, not the prose.
				return
			}
			if start > 0 && (words[start-1] == "hide" || words[start-1] == "show") && (start < 2 || words[start-2] != "no") {
				// hide_age, show_email: a setting of whether the value
				// shows, not the value. A no-show's reason is one.
				return
			}
			if start > 0 && d.flags[words[0]] && e.category != QuasiIdentifier {
				// is_mobile says whether, not which number; but is_male or
				// is_smoker is the attribute itself.
				return
			}
			found[e] = true
			out = append(out, nameMatch{e: e, start: start, end: end})
		}
		for _, e := range d.byFirst[words[start]] {
			try(e)
		}
		for _, e := range d.prefixed {
			try(e)
		}
	}
	// Best first: rightmost end, then longest, then highest category, then
	// the dictionary's order.
	slices.SortStableFunc(out, func(a, b nameMatch) int {
		if a.end != b.end {
			return b.end - a.end
		}
		if la, lb := len(a.e.pattern), len(b.e.pattern); la != lb {
			return lb - la
		}
		if ra, rb := a.e.category.Rank(), b.e.category.Rank(); ra != rb {
			return rb - ra
		}
		return a.e.line - b.e.line
	})
	return out
}

// inName reports whether the entry's pattern matches a run of words
// anywhere in them (a table name's).
func (e *entry) inName(words []string) bool {
	for start := 0; start+len(e.pattern) <= len(words); start++ {
		if e.matchAt(words, start) {
			return true
		}
	}
	return false
}

func (e *entry) matchAt(words []string, start int) bool {
	for i, p := range e.pattern {
		w := words[start+i]
		if prefix, ok := strings.CutSuffix(p, "*"); ok {
			if !strings.HasPrefix(w, prefix) {
				return false
			}
		} else if w != p {
			return false
		}
	}
	return true
}

func (d *Dictionary) qualified(after []string) bool {
	for _, w := range after {
		if d.qualifiers[w] || d.bounds[w] || d.mappings[w] {
			return true
		}
	}
	return false
}

// PublicName reports a column named for a value published by design (a
// public key: public_key, pubkey), for the identifier of a record
// (recordName) or for an email's Message-ID (messageIDName), under which
// a random-looking token with no vendor's prefix is no credential. A
// JSON document's members are read with it; a table's columns with
// PublicColumn.
func PublicName(column string) bool {
	d := Default()
	return d.publicName(d.words(column))
}

// PublicColumn is PublicName for a column of a table: it also knows the
// key of a table of stored files (active_storage_blobs.key), random by
// design and no credential. Verify's credential scan asks, as the
// classifier does.
func PublicColumn(table, column string) bool {
	d := Default()
	words := d.words(column)
	return d.publicName(words) || d.storageKey(table, words)
}

// ColumnWideMatches reports whether matched of sampled values of a column
// found by the detector det are worth reporting as personal data: always,
// but for the detectors whose one match says nothing, which the
// classifier believes only for a column (a bare Portuguese tax number,
// which one number in eleven passes; eight hex digits as an IP address,
// only under a name that says an address). Verify's residual check asks,
// as the classifier does, so that a kept column of order numbers or
// checksums is no finding.
func ColumnWideMatches(det, column string, matched, sampled int) bool {
	return columnWide(det, Default().words(column), matched, sampled)
}

// publicName is PublicName for a name already split into words.
func (d *Dictionary) publicName(words []string) bool {
	ms := d.matches(words)
	return len(ms) > 0 && ms[0].e.public || d.recordName(words, ms) || messageIDName(words)
}

// idNouns are the head nouns of a name for what identifies a record: an
// id, a reference, a number, a name, a digest of its content; and values
// that look as random but are public by design.
var idNouns = map[string]bool{
	"id": true, "ids": true, "uid": true, "uuid": true, "guid": true, "ref": true, "reference": true,
	"number": true, "no": true, "name": true, "slug": true,
	"hash": true, "checksum": true, "digest": true, "etag": true,
	// Sent in the clear by design: a PKCE code challenge (a digest of
	// the verifier), a WebAuthn challenge, an OpenID nonce.
	"challenge": true, "nonce": true,
	// A signature travels with what it signs: a keyed digest anyone may
	// read (an HMAC of a payload, a device key's Ed25519 signature).
	"signature": true,
}

// recordName reports a name whose head noun says it identifies a record
// (a meeting's id, an event's uid, a job's name, a query's hash), none
// of whose dictionary matches is a secret's (password_hash, key_id,
// session_id): ids are as random as tokens are, and an id's shape alone
// does not make it a credential. ms are the name's matches.
func (d *Dictionary) recordName(words []string, ms []nameMatch) bool {
	if len(words) == 0 || !idNouns[words[len(words)-1]] {
		return false
	}
	for _, m := range ms {
		if m.e.category == Secret {
			return false
		}
	}
	return true
}

// secretMember reports a JSON object member named like a secret whose
// value may be one (not empty, not a placeholder: secretValue).
func (d *Dictionary) secretMember(member, value string) bool {
	// A value that spells its own key is a label: a select list's
	// {"PIN": "Pin"} (pine, in French) or a translation's.
	return member != "" && secretValue(value) && !strings.EqualFold(strings.TrimSpace(value), member) && d.secretName(member)
}

// secretLabel reports a label of a value ({"name": "Authorization",
// "value": …}) that names a secret, beside a value that may be one: as
// secretMember, but the label's head must be the secret's. A "Token
// name" is a token's name, though secretName reads it as the token.
func (d *Dictionary) secretLabel(label, value string) bool {
	if !d.secretMember(label, value) { // its name cached: most labels are no secret's
		return false
	}
	w := d.words(label)
	ms := d.matches(w)
	return len(ms) > 0 && ms[0].end == len(w) && ms[0].e.category == Secret && !ms[0].e.weak
}

// secretName reports whether a JSON object key is named like a secret: its
// best match is a secret entry that needs no data confirmation and applies
// to text.
func (d *Dictionary) secretName(key string) bool {
	if v, ok := d.secretNames.Load(key); ok {
		return v.(bool)
	}
	secret := false
	for _, m := range d.matches(d.words(key)) {
		// A JSON key has no table: an entry that holds only in one (a
		// session store's data, a social profile's id) does not hold for it.
		if m.e.person || m.e.place || m.e.company || m.e.session || m.e.social || m.e.identity || (m.e.types != nil && !m.e.types[classText]) {
			continue
		}
		secret = m.e.category == Secret && !m.e.weak
		break
	}
	if d.secretNamesSize.Add(1) <= 4096 {
		d.secretNames.Store(key, secret)
	}
	return secret
}

// tableKind says what a table is about, from the head noun (last word,
// singular) of its name: "person", "place", "company" or "". A table of
// people's names (person_name) is about people.
func (d *Dictionary) tableKind(name string) string {
	head := d.headNoun(name)
	switch {
	case d.personTables[head]:
		return "person"
	case (head == "name" || portraitWords[head]) && d.personsOwn(name):
		return "person"
	case d.placeTables[head]:
		return "place"
	case d.companyTables[head]:
		return "company"
	}
	return ""
}

// portraitWords are the head nouns of a table of people's photos
// (patronimage, employee_photos, user_avatars) after a word for people.
var portraitWords = map[string]bool{"photo": true, "image": true, "picture": true, "avatar": true, "portrait": true}

// personsOwn reports a table of people's names or photos (person_name,
// patient_names, patronimage): its head noun comes after a word for
// people.
func (d *Dictionary) personsOwn(name string) bool {
	w := d.headWords(name)
	return len(w) > 1 && d.personTables[singular(w[len(w)-2])]
}

// headNoun returns the head noun of a table name: its last word, singular,
// once the suffixes that say nothing (CUST_MSTR, staff_directory) are
// skipped. A suffix is skipped only where the name sets it apart (a
// separator, a capital): run into the word before it, it is part of
// that word (Zabbix's userdirectory is a directory of users, not users).
func (d *Dictionary) headNoun(name string) string {
	w := d.headWords(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// headWords returns the words of a table name up to its head noun
// (headNoun), the head noun singular. A name that a double underscore
// divides names a part of what comes before it (osTicket's
// ost_user__cdata, a user's custom fields): its head is that one's.
func (d *Dictionary) headWords(name string) []string {
	if before, after, ok := strings.Cut(name, "__"); ok && strings.Trim(before, "_") != "" && strings.Trim(after, "_") != "" {
		name = before
	}
	raw := nameWords(name)
	stripped := false
	for len(raw) > 1 && d.tableSuffixes[raw[len(raw)-1]] {
		raw, stripped = raw[:len(raw)-1], true
	}
	// A thing's field data (Drupal's commerce_store_field_data,
	// node_field_revision; phpBB's profile_fields_data) holds that
	// thing's fields: its head is the thing's.
	if stripped && len(raw) > 1 && (raw[len(raw)-1] == "field" || raw[len(raw)-1] == "fields") {
		raw = raw[:len(raw)-1]
	}
	w := d.words(strings.Join(raw, "_"))
	if len(w) > 0 {
		w[len(w)-1] = singular(w[len(w)-1])
	}
	return w
}

// trackingTable reports a table about anonymous visitors' browsing
// (website_visitor, page_visits): a token there tracks a browser.
func (d *Dictionary) trackingTable(name string) bool { return d.trackingTables[d.headNoun(name)] }

// healthTable reports a table about a person's health (form_vitals,
// prescriptions, immunizations), one named for a patient's records
// (patient_evaluation, patient_disease), a birth or death certificate,
// a lab test's or a procedure's results, or one whose name says health,
// medical or clinical before a record's noun (healthconditions,
// medical_history, clinical_notes): a health check's table is a
// server's.
func (d *Dictionary) healthTable(name string) bool {
	if d.healthTables[d.headNoun(name)] {
		return true
	}
	w := d.words(name)
	if len(w) < 2 {
		return false
	}
	head, before := singular(w[len(w)-1]), w[len(w)-2]
	if head == "certificate" && (before == "death" || before == "birth") {
		return true // a death certificate's cause and place, a birth's
	}
	for i := range len(w) - 1 {
		if w[i] == "lab" || w[i] == "laboratory" || w[i] == "procedure" {
			if next := singular(w[i+1]); next == "test" || next == "result" {
				return true // a patient's lab tests and results (lab_test_critearea, procedure_result)
			}
		}
	}
	if patientRecordNouns[head] && slices.ContainsFunc(w[:len(w)-1], func(x string) bool { return singular(x) == "patient" }) {
		return true // a patient's evaluations, diseases, lab tests
	}
	switch before {
	case "health", "medical", "clinical":
		return healthRecordNouns[head]
	}
	return false
}

// healthRecordNouns are what a table of a person's health records is
// named after health, medical or clinical.
var healthRecordNouns = map[string]bool{
	"condition": true, "record": true, "history": true, "problem": true, "issue": true, "note": true, "declaration": true,
	"questionnaire": true, "assessment": true, "screening": true, "profile": true, "info": true, "information": true, "data": true,
	"alert": true, "visit": true,
}

// patientRecordNouns are what a table of a patient's clinical records is
// named after patient (gnuhealth_patient_evaluation, patient_disease):
// not their identifiers' types or their demographics (patient_data).
var patientRecordNouns = map[string]bool{
	"condition": true, "problem": true, "history": true, "note": true, "assessment": true, "screening": true,
	"evaluation": true, "disease": true, "exam": true, "examination": true, "test": true, "result": true, "lab": true,
	"procedure": true, "admission": true, "visit": true, "alert": true, "finding": true, "complaint": true, "consultation": true,
	"referral": true,
}

// namesPerson reports a column name whose words before its last name a
// person (subscriber_fname, guardian_phone): what it holds is theirs,
// whatever the table is about.
func (d *Dictionary) namesPerson(words []string) bool {
	for _, w := range words[:max(len(words)-1, 0)] {
		if d.personTables[singular(w)] {
			return true
		}
	}
	return false
}

// publicTable reports a table of institutions whose contact details are
// public (banks, carriers), of a shop's own details (ownDetails), or of
// administrative areas (a gazetteer: wards, counties, country_codes).
func (d *Dictionary) publicTable(name string) bool {
	w := d.headWords(name)
	if len(w) == 0 {
		return false
	}
	head := w[len(w)-1]
	if len(w) > 1 && slices.Contains(listWords, head) {
		head = w[len(w)-2] // country_codes: a list of countries
	}
	return d.publicTables[head] || d.institutions[head] || len(w) > 1 && slices.Contains(shopWords, w[len(w)-2]) && slices.Contains(ownDetails, head)
}

// listWords, as a table's head noun, make it a list of what the word
// before names: country_codes, postcode_list.
var listWords = []string{"code", "list", "lookup"}

// institutionTable reports a table of institutions (banks, carriers),
// whose contact details, email addresses included, are published.
func (d *Dictionary) institutionTable(name string) bool {
	return d.institutions[d.headNoun(name)]
}

// shopWords, right before a table's head noun in ownDetails, make the
// table the shop's own details: Sylius's shop_billing_data (the legal
// entity printed on invoices), a store's address, Spree's
// stock_locations (its warehouses and showrooms). A customer's are in a
// table named for the customer.
var shopWords = []string{"shop", "store", "stock"}

// ownDetails are the head nouns of a table of a shop's own details.
var ownDetails = []string{"billing", "address", "contact", "location"}

// machineTable reports a table of machines (server_hosts, clusternode,
// relays).
func (d *Dictionary) machineTable(name string) bool { return d.machineTables[d.headNoun(name)] }

// storageKey reports the key of a table of stored files
// (active_storage_blobs.key, uploads.storage_key): where the file lies in
// its bucket, random by design, and no credential: reading the file
// takes the bucket's own keys.
func (d *Dictionary) storageKey(table string, words []string) bool {
	if len(words) == 0 || words[len(words)-1] != "key" || len(words) > 2 || !d.fileTables[d.headNoun(table)] {
		return false
	}
	return len(words) == 1 || slices.Contains([]string{"storage", "object", "blob", "file", "s3"}, words[0])
}

// tableHead returns the singular last word of a table name.
func tableHead(name string) string {
	w := nameWords(name)
	if len(w) == 0 {
		return ""
	}
	return singular(w[len(w)-1])
}

// singular undoes the common English plural endings.
func singular(w string) string {
	switch {
	case w == "people" || w == "staff":
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// sessionTable reports a table of login sessions: a word of its name is
// session (sessions, django_session, spring_session_attributes).
func (d *Dictionary) sessionTable(name string) bool { return d.tableWord(name, "session") }

// socialTable reports a table of a person's links to, or accounts on,
// social networks: a word of its name is social (social_links,
// user_social_auth, social_profiles).
func (d *Dictionary) socialTable(name string) bool { return d.tableWord(name, "social") }

// identityWords are the words of a table name that say its rows link
// accounts to identity providers, whose ids there name the person.
var identityWords = []string{"identity", "idp", "sso", "saml", "federated", "social", "external", "associated", "authentication", "oauth"}

// identityConfig are the head nouns of tables about the providers
// themselves, their settings and their clients, not about a person's
// account: identity_provider, identity_provider_mapper, sso_config,
// sso_integrations, and a provider's protocol settings (ZITADEL's
// idp_templates6_ldap2).
var identityConfig = []string{"provider", "mapper", "config", "configuration", "setting", "application", "app", "client", "token", "template", "domain", "integration", "ldap"}

// configHead reports a head noun of identityConfig, alone or run into a
// word before it (django-allauth's socialapp, an oauthclient).
func configHead(w string) bool {
	for _, c := range identityConfig {
		if w == c || len(w) > len(c)+2 && strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// identityTable reports a table of a person's accounts at identity
// providers (omniauth's identities, Keycloak's federated_identity,
// Synapse's user_external_ids, Gitea's external_login_user, ZITADEL's
// idp_user_links, Discourse's
// user_associated_accounts and single_sign_on_records, Django's
// social_auth_usersocialauth, Outline's user_authentications): a word of
// its name says so, and its head noun is not a provider's or a client's.
// The name's words are read as written too: a word the dictionary does
// not hold (authentications) is not split into one it does and the rest.
func (d *Dictionary) identityTable(name string) bool {
	found := false
	for _, words := range [][]string{nameWords(name), d.words(name)} {
		if len(words) == 0 || configHead(singular(words[len(words)-1])) {
			return false
		}
		for i, w := range words {
			if slices.Contains(identityWords, singular(w)) || w == "sign" && i+1 < len(words) && words[i+1] == "on" {
				found = true
			}
		}
	}
	return found
}

// tableWord reports whether a word of a table's name, made singular, is w.
func (d *Dictionary) tableWord(name, w string) bool {
	for _, x := range d.words(name) {
		if singular(x) == w {
			return true
		}
	}
	return false
}

// digestOfHead reports a column named a digest of what its table is
// named for: hash or digest, alone or after the table's head noun
// (code_digest or code_hash in recovery_codes); tw are the
// table name's words, the head noun singular.
func digestOfHead(words, tw []string) bool {
	if len(words) == 0 || len(words) > 2 || len(tw) == 0 {
		return false
	}
	if last := words[len(words)-1]; last != "hash" && last != "digest" {
		return false
	}
	return len(words) == 1 || singular(words[0]) == tw[len(tw)-1]
}

// linkTables are the last words of a table name (its head noun made
// singular) whose rows are links that let whoever holds one in: an
// invitation, a share link, a magic link. A shares table alone may hold
// a company's shares, and a links table a page's URLs: they are not.
var linkTables = [][]string{
	{"invitation"}, {"invite"}, {"sharelink"}, {"share", "link"}, {"shared", "link"}, {"public", "link"},
	{"magic", "link"}, {"login", "link"},
}

// linkTable returns the words that make a table (its name's words, the
// head noun singular) one of links that let whoever holds one in, or "".
func linkTable(tw []string) string {
	for _, l := range linkTables {
		if len(tw) >= len(l) && slices.Equal(tw[len(tw)-len(l):], l) {
			return strings.Join(l, " ")
		}
	}
	return ""
}

// linkKeyWords are the whole names of the column that holds a link's key
// in a table of links, alone or after the table's head noun
// (invitation_id, share_slug).
var linkKeyWords = map[string]bool{"slug": true, "key": true, "token": true, "code": true, "hash": true, "uid": true, "id": true, "secret": true}

// linkKey reports a column name that may hold the key of a table of
// links (tw: its name's words, the head noun singular): slug, key, code,
// or one of them after the head noun (invitation_id).
func linkKey(words, tw []string) bool {
	switch len(words) {
	case 1:
		return linkKeyWords[words[0]]
	case 2:
		return singular(words[0]) == tw[len(tw)-1] && linkKeyWords[words[1]]
	}
	return false
}
