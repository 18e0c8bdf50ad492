package classify

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/understudy/understudy/schema"
)

// Thresholds: the share of a column's sampled non-null values (or, for a
// JSON path, of the documents with a string at that path) a detector must
// match before its finding decides the category.
const (
	// IdentifierShare is the share that makes a column (or JSON path) an
	// identifier by data: email, phone, card, IBAN, SSN, IP address.
	IdentifierShare = 0.30
	// EmbeddedShare is the share of values with an identifier inside their
	// text that makes a column free text by data.
	EmbeddedShare = 0.10
	// PreciseShare is EmbeddedShare for the identifiers whose detectors
	// are seldom wrong (see embeddedShare).
	PreciseShare = 0.05
	// ProseShare is the share of values that read as sentences that makes a
	// column free text by data.
	ProseShare = 0.30
	// ConfirmShare is the share of random-looking tokens or digests that
	// confirms a column named like a secret.
	ConfirmShare = 0.30
	// NoteShare is the least share of an identifier that is still reported
	// as evidence (without deciding anything).
	NoteShare = 0.05
)

// A secret detector decides at any share: one private key, JWT, API key,
// password hash or URL with credentials in the sample is enough.

// Source says where a piece of evidence comes from.
type Source string

// The evidence sources.
const (
	SourceName Source = "name" // the column's (or JSON key's) name
	SourceType Source = "type" // the column's data type
	SourceData Source = "data" // sampled values
)

// Evidence is one reason for (or against) a column's category.
type Evidence struct {
	Source Source `json:"source"`
	// Detector is the detector (data), the dictionary pattern with spaces
	// as _ (name) or the type rule (type) that produced the evidence.
	Detector string   `json:"detector"`
	Category Category `json:"category"`
	// Path is the JSONPath within a json/jsonb column.
	Path string `json:"path,omitempty"`
	// Key is the key, in a key/value table, whose values the evidence is
	// about (see Suggestion.Keyed).
	Key string `json:"key,omitempty"`
	// Matched of Sampled non-null values matched, Share = Matched/Sampled
	// (data evidence only).
	Matched int     `json:"matched,omitempty"`
	Sampled int     `json:"sampled,omitempty"`
	Share   float64 `json:"share,omitempty"`
	// Decisive reports that the evidence counts toward the category; other
	// evidence is context (a type that rules a name out, a share below the
	// threshold).
	Decisive bool   `json:"decisive,omitempty"`
	Message  string `json:"message"`
}

// Suggestion is a suggested transformer for a column.
type Suggestion struct {
	// Transform is a transformer name from Transformers; empty when the
	// dictionary suggests none (the Note says what to consider).
	Transform string `json:"transform,omitempty"`
	// Params are the transformer's parameters, as the rules file spells
	// them.
	Params map[string]string `json:"params,omitempty"`
	// Paths, for the json transformer, map JSONPaths to transformers, and
	// PathParams to their parameters where they take some (a password
	// hash's constant value).
	Paths      map[string]string            `json:"paths,omitempty"`
	PathParams map[string]map[string]string `json:"path_params,omitempty"`
	Note       string                       `json:"note,omitempty"`
	// KeyColumn and Keyed, for the value column of a key/value table, are
	// a rule per group of keys (a when: on KeyColumn); Transform is then
	// the rule for every other key.
	KeyColumn string      `json:"key_column,omitempty"`
	Keyed     []KeyedRule `json:"keyed,omitempty"`
}

func (s *Suggestion) clone() *Suggestion {
	if s == nil {
		return nil
	}
	c := *s
	c.Params = maps.Clone(s.Params)
	c.Paths = maps.Clone(s.Paths)
	if s.PathParams != nil {
		c.PathParams = make(map[string]map[string]string, len(s.PathParams))
		for p, params := range s.PathParams {
			c.PathParams[p] = maps.Clone(params)
		}
	}
	c.Keyed = slices.Clone(s.Keyed)
	for i := range c.Keyed {
		c.Keyed[i].Keys = slices.Clone(c.Keyed[i].Keys)
		c.Keyed[i].Params = maps.Clone(c.Keyed[i].Params)
	}
	return &c
}

// ColumnClass is the classification of one column.
type ColumnClass struct {
	Table    schema.Name `json:"table"`
	Column   string      `json:"column"`
	Type     string      `json:"type"`
	Category Category    `json:"category"`
	// Suggestion is nil for a column of category None and for a generated
	// column (its value is computed on the target: mask the columns it is
	// computed from).
	Suggestion *Suggestion `json:"suggestion,omitempty"`
	// Generated reports a GENERATED ALWAYS AS (...) STORED column.
	Generated bool `json:"generated,omitempty"`
	// Sampled is the number of non-null values sampled, when the column was.
	Sampled int `json:"sampled,omitempty"`
	// Score is the confidence in Category, from 0 to 1, weighed from the
	// evidence (see the package documentation); 0 when nothing is known.
	Score    float64    `json:"score,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Classify classifies every column of every table of the model, in the
// model's order (tables by schema and name, columns by position), with the
// default dictionary. samples may be nil: then only names and types count.
//
// # Precedence
//
// Each piece of evidence has a category; the column gets the highest
// category of its decisive evidence: secret > direct_identifier >
// quasi_identifier > free_text > none. Evidence is decisive when:
//   - name: the dictionary matches the column name, the type is one the
//     pattern applies to and the table context fits; a "weak" pattern
//     (key) only once data confirms it;
//   - type: inet/cidr (IP address) and macaddr columns;
//   - data: a secret detector matched any sampled value; an identifier
//     detector matched IdentifierShare of them; identifiers inside text in
//     EmbeddedShare, or prose in ProseShare, make free text; random-looking
//     tokens or digests in ConfirmShare confirm a secret-like name.
//
// A type rules a name out (a boolean email_verified is none) and a name
// followed by a qualifier word is no match (emailed_at, email_verified).
// A quasi-identifier that only its name supports, in a table named like the
// column (city.city, country.country), is a lookup table's value: none.
//
// The suggestion comes from the winning category's evidence: sampled data
// over name over type (a column named login holding emails gets email);
// a json/jsonb column whose category comes from JSON paths gets the json
// transformer with a transformer per path.
func Classify(m *schema.Model, samples *Samples) []ColumnClass {
	return Default().Classify(m, samples)
}

// Classify classifies every column of the model with this dictionary; see
// the package-level Classify.
func (d *Dictionary) Classify(m *schema.Model, samples *Samples) []ColumnClass {
	var out []ColumnClass
	r := d.readableModel(m)
	for i, t := range r.tables {
		first := len(out)
		sample := func(c *schema.Column) *ColumnSample {
			if samples == nil {
				return nil
			}
			return samples.Column(m.Tables[i].Name, r.column(c).Name)
		}
		for _, c := range t.Columns {
			out = append(out, d.Column(t, c, sample(c)))
		}
		empty := emptyColumns(t, sample)
		d.peopleByColumns(t, out[first:], sample, empty)
		d.addressParts(t, out[first:], sample)
		d.organisationsAddress(t, out[first:], sample, empty)
		d.sessionKeys(t, out[first:], sample)
		d.resetKeys(t, out[first:], sample)
		d.deviceCodes(t, out[first:])
		d.openPGPKeyIDs(t, out[first:])
		d.textBesidePeople(t, out[first:], sample)
		searchVectors(t, out[first:])
		d.keyedValues(t, out[first:], sample)
		foldedCopies(t, out[first:])
		if t != m.Tables[i] {
			for j, c := range t.Columns {
				cc := &out[first+j]
				cc.Table, cc.Column = m.Tables[i].Name, m.Tables[i].Columns[j].Name
				if why := r.why[c]; why != "" {
					// Context, after every decision: it names no category.
					cc.Evidence = append([]Evidence{{Source: SourceName, Detector: "run_together_prefix", Category: None, Message: why}}, cc.Evidence...)
				}
			}
		}
	}
	return out
}

// foldWords are the words that make a column a copy of another kept for
// case-insensitive lookups: lower_user_name beside user_name,
// username_lower beside username, normalized_email beside email.
var foldWords = map[string]bool{"lower": true, "lowercase": true, "lc": true, "normalized": true, "normalised": true, "canonical": true, "folded": true}

// foldedCopies gives a column that is a lower-cased or normalized copy of
// another column of its table (Jira and Crowd keep lower_<column> beside
// every name they look up, Discourse username_lower) the other column's
// class, when that one needs a rule and the copy was kept: it holds the
// same values, and a rule for one leaves them in the other.
func foldedCopies(t *schema.Table, classes []ColumnClass) {
	words := make([][]string, len(t.Columns))
	byWords := make(map[string]int, len(t.Columns))
	for i, c := range t.Columns {
		words[i] = nameWords(c.Name)
		byWords[strings.Join(words[i], " ")] = i
	}
	for i := range t.Columns {
		w := words[i]
		if len(w) < 2 || classes[i].Category != None {
			continue
		}
		var rest []string
		switch {
		case foldWords[w[0]]:
			rest = w[1:]
		case foldWords[w[len(w)-1]]:
			rest = w[:len(w)-1]
		default:
			continue
		}
		j, ok := byWords[strings.Join(rest, " ")]
		if !ok || j == i || classes[j].Category == None {
			continue
		}
		src := classes[j]
		cc := &classes[i]
		cc.Category, cc.Score = src.Category, src.Score
		if !cc.Generated && src.Suggestion != nil {
			cc.Suggestion = src.Suggestion.clone()
		}
		cc.Evidence = append(cc.Evidence, Evidence{Source: SourceName, Detector: "folded_copy", Category: src.Category, Decisive: true,
			Message: fmt.Sprintf("a lower-cased or normalized copy of %s, which is %s: it holds the same values", t.Columns[j].Name, src.Category)})
	}
}

// textBesidePeople reconsiders the free text a table kept for holding no
// entity when another of its columns names a person (a gift message beside
// the recipient's name): that text is about them. A table of templates
// is left alone: its reply-to and sender are the organisation's
// mailboxes, and its text the copy every recipient gets.
func (d *Dictionary) textBesidePeople(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample) {
	if tw := d.words(t.Name.Name); len(tw) > 0 && singular(tw[len(tw)-1]) == "template" {
		return
	}
	var people []string
	for _, cc := range classes {
		if cc.Category == DirectIdentifier && !cc.Generated {
			people = append(people, cc.Column)
		}
	}
	if len(people) == 0 {
		return
	}
	why := fmt.Sprintf("%s also holds %s, about a person", t.Name.Name, strings.Join(people, ", "))
	for i, c := range t.Columns {
		if classes[i].Category == None && hasDetector(classes[i].Evidence, "no_entities") && !namedNone(classes[i].Evidence) {
			classes[i] = d.column(t, c, sample(c), d.tableKind(t.Name.Name), why)
		}
	}
}

// peopleByColumns reads a table whose name says nothing of people (a
// directory feed, an import batch, a staging copy) as a table about
// people when it holds a person's given name and family name: what its
// columns named for a person in such a table mean (department, role
// title, start date) they mean here too.
//
// empty says which columns the sample found empty (emptyColumns).
func (d *Dictionary) peopleByColumns(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample, empty []bool) {
	tkind := d.tableKind(t.Name.Name)
	if tkind == "person" {
		return
	}
	var given, family string
	for i, cc := range classes {
		// A name column empty in every sampled row names no one: a
		// store's or a venue's address (Drupal's address field) keeps its
		// recipient's name unset.
		if cc.Category != DirectIdentifier || cc.Generated || cc.Suggestion == nil || empty[i] {
			continue
		}
		switch cc.Suggestion.Transform {
		case "first_name":
			given = cmp.Or(given, cc.Column)
		case "last_name":
			family = cmp.Or(family, cc.Column)
		}
	}
	if family == "" {
		return
	}
	// A family name says whose the given name beside it is: fname, which
	// names a file elsewhere, is a first name beside lname (an address
	// book's recipient, an order's billing party).
	for i, c := range t.Columns {
		if classes[i].Category != None {
			continue
		}
		if cc := d.column(t, c, sample(c), "person", fmt.Sprintf("%s also holds %s, a family name", t.Name.Name, family)); cc.Suggestion != nil && cc.Suggestion.Transform == "first_name" {
			cc.Evidence = append(cc.Evidence, Evidence{Source: SourceName, Detector: "people_columns", Category: cc.Category,
				Message: fmt.Sprintf("beside %s, a family name, the name is a given name", family)})
			classes[i] = cc
		}
	}
	// A given name found only so does not make the table about people: a
	// shop's row holds its owner's name beside the shop's own details.
	if given == "" || tkind != "" {
		return
	}
	why := fmt.Sprintf("%s holds %s and %s: it is about people", t.Name.Name, given, family)
	for i, c := range t.Columns {
		if classes[i].Category != None {
			continue
		}
		if cc := d.column(t, c, sample(c), "person", why); cc.Category.Sensitive() {
			cc.Evidence = append(cc.Evidence, Evidence{Source: SourceName, Detector: "people_columns", Category: cc.Category, Message: why})
			classes[i] = cc
		}
	}
}

// emptyColumns reports, by column, the columns of a sampled table that
// hold nothing (NULL or blank) in every sampled row while another of its
// columns holds values: what their names say of the table, the rows do
// not bear out. A table not sampled, or sampled empty, has none.
func emptyColumns(t *schema.Table, sample func(*schema.Column) *ColumnSample) []bool {
	empty := make([]bool, len(t.Columns))
	values := false
	for i, c := range t.Columns {
		cs := sample(c)
		if cs == nil {
			continue
		}
		if cs.NonNull > 0 || cs.Binary > 0 {
			values = true
		} else {
			empty[i] = true
		}
	}
	if !values {
		clear(empty)
	}
	return empty
}

// namedNone reports evidence of a dictionary entry that says the name is
// not personal data (meta_title, meta_description): prose there is copy,
// whoever else the table names.
func namedNone(evs []Evidence) bool {
	return slices.ContainsFunc(evs, func(e Evidence) bool {
		return e.Source == SourceName && e.Category == None && e.Path == "" && e.Key == ""
	})
}

func hasDetector(evs []Evidence, det string) bool {
	for _, e := range evs {
		if e.Detector == det {
			return true
		}
	}
	return false
}

// addressVariants are the words that say which of a person's addresses
// a part belongs to (home_state, state_mail).
var addressVariants = []string{"primary", "secondary", "mail", "mailing", "postal", "home", "work", "residence",
	"residential", "physical", "permanent", "current", "alt", "alternate", "other"}

// addressState reports a column name of "state" and words that say whose
// or which address it is: the table's own words (staff_state_primary in
// staff_address) and addressVariants. An order's state_changed or a
// workflow's state_machine is not one.
func addressState(words, table []string) bool {
	if len(words) < 2 || !slices.Contains(words, "state") {
		return false
	}
	for _, w := range words {
		if w != "state" && !slices.Contains(addressVariants, w) && !slices.ContainsFunc(table, func(t string) bool { return t == w || singular(t) == w }) {
			return false
		}
	}
	return true
}

// addressTransforms are the suggestions that make a column part of a
// postal address.
var addressTransforms = map[string]bool{"street_address": true, "postcode": true, "city": true}

// addressParts reads a table that holds a postal address, whatever its
// name (a shipments or a tenants table), as a table about a place: its
// state, region or county beside a street and a postcode is part of the
// address too.
func (d *Dictionary) addressParts(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample) {
	if kind := d.tableKind(t.Name.Name); kind == "person" || kind == "place" {
		return
	}
	var parts []string
	for _, cc := range classes {
		if cc.Category.Sensitive() && cc.Suggestion != nil && addressTransforms[cc.Suggestion.Transform] {
			parts = append(parts, cc.Column)
		}
	}
	if len(parts) == 0 {
		return
	}
	for i, c := range t.Columns {
		if classes[i].Category.Sensitive() {
			continue
		}
		cc := d.column(t, c, sample(c), "place", "")
		if !cc.Category.Sensitive() {
			if hasDetector(cc.Evidence, DetectorStatus) {
				classes[i] = cc // a state of statuses beside an address: say why it is kept
			}
			continue
		}
		cc.Evidence = append(cc.Evidence, Evidence{Source: SourceName, Detector: "address_part", Category: cc.Category,
			Message: fmt.Sprintf("beside the address in %s, part of it", strings.Join(parts, ", "))})
		classes[i] = cc
	}
}

// organisationWords name the organisation an address is for
// (address_organization, company).
var organisationWords = map[string]bool{"organization": true, "organisation": true, "org": true, "company": true, "business": true}

// organisationsAddress keeps the address of an organisation's premises (a
// store's, a venue's: Drupal's address field on a store or on a page of
// distribution points) in a table whose name says nothing of people: its
// recipient's name columns are empty in every sampled row, and its
// organisation column holds a name in most of the rows that hold an
// address. Its parts are public, as a place's are; the empty name columns
// keep their rules. empty says which columns the sample found empty
// (emptyColumns).
func (d *Dictionary) organisationsAddress(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample, empty []bool) {
	if d.tableKind(t.Name.Name) == "person" {
		return
	}
	var names []string
	org, orgValues, lines := "", 0, 0
	for i, cc := range classes {
		if cc.Suggestion == nil || !cc.Category.Sensitive() {
			continue
		}
		cs := sample(t.Columns[i])
		switch cc.Suggestion.Transform {
		case "first_name", "last_name", "full_name":
			if !empty[i] {
				return // a person's name in some row: whose the address is
			}
			names = append(names, cc.Column)
			continue
		case "street_address":
			if cs != nil {
				lines = max(lines, cs.NonNull)
			}
		}
		if cs != nil && cs.NonNull > orgValues && slices.ContainsFunc(d.words(cc.Column), func(w string) bool { return organisationWords[w] }) {
			org, orgValues = cc.Column, cs.NonNull
		}
	}
	if len(names) == 0 || org == "" || lines == 0 || 2*orgValues < lines {
		return
	}
	but := fmt.Sprintf(", but the address in %s is an organisation's", t.Name.Name)
	kept := fmt.Sprintf("the address in %s is for an organisation (%s) and no person (%s empty in every sampled row): premises, public, kept",
		t.Name.Name, org, strings.Join(names, ", "))
	for i := range classes {
		cc := &classes[i]
		if !cc.Category.Sensitive() || cc.Suggestion == nil || !placeTransforms[cc.Suggestion.Transform] || hasDetector(cc.Evidence, DetectorPersonName) {
			continue
		}
		for j := range cc.Evidence {
			if e := &cc.Evidence[j]; e.Decisive && e.Category == cc.Category {
				e.Decisive = false
				e.Message += but
			}
		}
		cc.Evidence = append(cc.Evidence, Evidence{Source: SourceName, Detector: "organisation_address", Category: None, Decisive: true, Message: kept})
		cc.Category, cc.Suggestion, cc.Score = None, nil, weightName
	}
}

// lookupColumn reports a column named for its table's head noun
// (city.city), or, in a lookup table (small: lookupTable, and about no
// people, places or companies), for it and what a lookup's row is called
// (openSIS's ethnicity.ethnicity_name, a gender table's gender_label):
// the values of a lookup table. A table of companies names each in
// company_name, however few they are: not a lookup.
func lookupColumn(head string, words []string, small func() bool) bool {
	if head == "" || len(words) == 0 {
		return false
	}
	if head == strings.Join(words, "_") {
		return true
	}
	n := len(words)
	return n > 1 && strings.Join(words[:n-1], "_") == head && slices.Contains(lookupLabels, words[n-1]) && small()
}

// lookupLabels are what a lookup table's row is called, after the
// table's head noun.
var lookupLabels = []string{"name", "title", "label", "value", "desc", "description", "text"}

// sessionTableWords are the words a table of login sessions may carry
// besides session: the application's or framework's prefix, or whose
// sessions they are. A table named for anything else (payment_session,
// video_sessions, upload_session) holds the sessions of that.
var sessionTableWords = []string{"core", "user", "auth", "http", "web", "login", "app", "shiro", "spring", "django", "php", "sys", "active", "account"}

// sessionBearers are the names of the column that holds a session's
// cookie or bearer token when the id does not.
var sessionBearers = []string{"token", "session token", "session id", "session key", "sid", "key", "cookie", "access token", "auth token", "bearer"}

// sessionStoreColumns are the columns of a session store beside its id:
// the serialized session and when it expires (Yii's and PHP's id, expire,
// data; Laravel's payload and last_activity): a table of sessions with
// one is a session store, whatever prefix its application gives it.
var sessionStoreColumns = []string{"data", "payload", "session data", "expire", "expires", "expiry", "last activity"}

// hasColumn reports a table with a column whose name, in words, is one
// of names (a session store's data, a session's token).
func (d *Dictionary) hasColumn(t *schema.Table, names []string) bool {
	return slices.ContainsFunc(t.Columns, func(c *schema.Column) bool {
		return slices.Contains(names, strings.Join(d.words(c.Name), " "))
	})
}

// DetectorSessionKey names the evidence that a table of login sessions
// keys its rows by the session's cookie (see sessionKeys).
const DetectorSessionKey = "session_key"

// sessionKeys reads the text id of a table of login sessions that has no
// other credential (Shiro's sessions, Metabase's core_session) as the
// session's id, the value of the cookie that signs its user in: a secret,
// hashed so that the rows keep their keys and the columns that reference
// them follow. An id of numbers, of UUIDs under the uuid type, or of keys
// after a prefix naming another type (payses_...) is a row's key.
func (d *Dictionary) sessionKeys(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample) {
	words := d.words(t.Name.Name)
	if len(words) == 0 || singular(words[len(words)-1]) != "session" {
		return
	}
	// A table of login sessions by its name (auth_sessions), or, under
	// any prefix (lime_sessions, kimai2_sessions), by a session store's
	// columns: not a training's or a chat's sessions.
	prefixed := slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return !slices.Contains(sessionTableWords, singular(w)) })
	if prefixed && !d.hasColumn(t, sessionStoreColumns) {
		return
	}
	if d.hasColumn(t, sessionBearers) {
		return // the cookie is another column's
	}
	for i, c := range t.Columns {
		if !strings.EqualFold(c.Name, "id") {
			continue
		}
		cs := sample(c)
		if random, ok := randomKept(t, c, classes[i], cs, RowKeyShare); ok {
			classes[i] = hashedKey(classes[i], DetectorSessionKey, random, cs.NonNull,
				fmt.Sprintf("%s keeps login sessions and no other column holds the cookie: the id, random in %s of %d sampled values, is the session's id, which signs its user in",
					t.Name.Name, percent(float64(random)/float64(cs.NonNull)), cs.NonNull))
		}
	}
}

// randomKept reports how many of a column's sampled values are random
// (tokens or UUIDs), and whether that is at least share of them, for a
// text column kept so far whose sample is large enough to tell.
func randomKept(t *schema.Table, c *schema.Column, cc ColumnClass, cs *ColumnSample, share float64) (int, bool) {
	if columnClass(c.Type) != classText || cc.Category != None || cs == nil || cs.NonNull == 0 || cs.NonNull < MinValues && !fewRows(t) {
		return 0, false
	}
	random := cs.Matches[DetectorHighEntropy] + cs.Matches[DetectorUUID]
	return random, float64(random) >= share*float64(cs.NonNull)
}

// hashedKey returns cc as a secret the table's name decided (det), hashed
// so that the rows keep their keys and the columns that reference them
// follow.
func hashedKey(cc ColumnClass, det string, random, sampled int, message string) ColumnClass {
	return tableDecides(cc, Evidence{Detector: det, Category: Secret,
		Matched: random, Sampled: sampled, Share: round(float64(random) / float64(sampled)), Message: message}, "hash", 0.9)
}

// openPGPWords in a table's name make it a table of OpenPGP keys.
var openPGPWords = []string{"gpg", "pgp", "openpgp"}

// DetectorOpenPGPKeyID names the evidence that a column of a table of
// OpenPGP keys holds their ids or fingerprints (see openPGPKeyIDs).
const DetectorOpenPGPKeyID = "openpgp_key_id"

// openPGPKeyIDs reads the key ids and fingerprints of a table of OpenPGP
// keys (gpg_keys.fingerprint, gpg_key_subkeys.keyid, primary_key_id) as
// quasi-identifiers: a keyserver returns the owner's name and email for
// them. A column of the table's own row keys is not one.
func (d *Dictionary) openPGPKeyIDs(t *schema.Table, classes []ColumnClass) {
	pgp := false
	for _, w := range d.words(t.Name.Name) {
		pgp = pgp || slices.Contains(openPGPWords, w)
	}
	if !pgp {
		return
	}
	for i, c := range t.Columns {
		w := d.words(c.Name)
		n := len(w)
		id := n > 0 && (w[n-1] == "keyid" || w[n-1] == "fingerprint") || n > 1 && w[n-2] == "key" && w[n-1] == "id"
		if cls := columnClass(c.Type); !id || classes[i].Category != None || keyColumn(t, c.Name) || cls != classText && cls != classBytea {
			continue
		}
		classes[i] = tableDecides(classes[i], Evidence{Detector: DetectorOpenPGPKeyID, Category: QuasiIdentifier,
			Message: fmt.Sprintf("%s keeps OpenPGP keys: a key's id or fingerprint, for which a keyserver returns its owner's name and email", t.Name.Name)}, "hash", 0.8)
	}
}

// entryCandidate is the decisive name evidence of the dictionary entry e
// that a table's name brought to a column: the entry's category and
// transformer, for the reason message.
func entryCandidate(e *entry, message string) candidate {
	return candidate{Evidence: Evidence{Source: SourceName, Detector: e.id, Category: e.category, Decisive: true, Message: message},
		suggest: e.suggest, order: 1}
}

// tableDecides returns cc decided by what its table holds: ev's category
// (ev says why, from the names), replaced by transform.
func tableDecides(cc ColumnClass, ev Evidence, transform string, score float64) ColumnClass {
	ev.Source, ev.Decisive = SourceName, true
	cc.Category = ev.Category
	cc.Suggestion = &Suggestion{Transform: transform}
	cc.Score = score
	cc.Evidence = append(cc.Evidence, ev)
	return cc
}

// DetectorDeviceCode names the evidence that a user_code sits beside a
// device_code: OAuth's device authorization grant (RFC 8628).
const DetectorDeviceCode = "device_flow_code"

// deviceCodes reads a user_code kept beside a device_code as the code a
// person types to approve a device's login (OAuth's device authorization
// grant: authentik's devicetoken, Mobilizon's device activations): a
// secret while it is valid, whatever it looks like (XXXX-XXXX). Alone, a
// user_code is a person's code in a directory.
func (d *Dictionary) deviceCodes(t *schema.Table, classes []ColumnClass) {
	user, device := -1, false
	for i, c := range t.Columns {
		switch strings.Join(d.words(c.Name), " ") {
		case "user code":
			user = i
		case "device code":
			device = true
		}
	}
	if user < 0 || !device || classes[user].Category != None || columnClass(t.Columns[user].Type) != classText {
		return
	}
	classes[user] = tableDecides(classes[user], Evidence{Detector: DetectorDeviceCode, Category: Secret,
		Message: fmt.Sprintf("beside %s's device_code, the code a person types to approve a device's login", t.Name.Name)}, "hash", 0.9)
}

// resetTableWords, beside password in a table's name, make it a table of
// password resets (password_resets, ResetPasswordRequest,
// password_change_request).
var resetTableWords = []string{"reset", "change", "forgot", "forgotten", "recover", "recovery", "lost"}

// DetectorResetKey names the evidence that a table of password resets
// keeps the emailed link's key in a column not named for it (see
// resetKeys).
const DetectorResetKey = "reset_key"

// resetKeyShare is the least share of random-looking values that makes a
// column of a table of password resets its token: a short random key
// may lack a digit, and then looks like a word.
const resetKeyShare = 0.9

// resetKeys reads the random values of a table of password resets that
// names no column for its token (a column named token or key already is
// one) as the key the emailed link carries: whoever holds it sets the
// account's password. A column not of the table's keys is read first
// (EspoCRM's request_id beside its own row id); when there is none, the
// primary key is the token (Cal.com's ResetPasswordRequest.id, a cuid).
func (d *Dictionary) resetKeys(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample) {
	words := d.words(t.Name.Name)
	password, reset := false, false
	for _, w := range words {
		password = password || w == "password"
		reset = reset || slices.Contains(resetTableWords, singular(w))
	}
	if !password || !reset {
		return
	}
	for _, cc := range classes {
		for _, ev := range cc.Evidence {
			if ev.Source == SourceName && ev.Category == Secret {
				return // the token is that column
			}
		}
	}
	type key struct{ i, random int }
	var keys, others []key
	for i, c := range t.Columns {
		random, ok := randomKept(t, c, classes[i], sample(c), resetKeyShare)
		switch {
		case !ok:
		case !keyColumn(t, c.Name):
			others = append(others, key{i, random})
		case t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, c.Name):
			keys = append(keys, key{i, random})
		}
	}
	if len(others) == 0 {
		others = keys
	}
	for _, k := range others {
		c := t.Columns[k.i]
		n := sample(c).NonNull
		classes[k.i] = hashedKey(classes[k.i], DetectorResetKey, k.random, n,
			fmt.Sprintf("%s keeps password resets and no column is named for the token: %s, random in %s of %d sampled values, is the key the emailed link carries",
				t.Name.Name, c.Name, percent(float64(k.random)/float64(n)), n))
	}
}

// holdsAddress reports a table with a column named as part of a postal
// address (a street line, a city, a postcode): a customer master with
// ADDR1, CITY and ZIP.
func (d *Dictionary) holdsAddress(t *schema.Table) bool {
	for _, c := range t.Columns {
		for _, m := range d.matches(d.words(c.Name)) {
			if m.e.suggest != nil && addressTransforms[m.e.suggest.Transform] {
				return true
			}
			break
		}
	}
	return false
}

// searchVectors classifies the tsvector columns of a table that holds
// personal data or free text: a search vector keeps the words (names,
// emails, cities) of the columns it is built from, masked or not. A
// vector named for one column of its table (Baserow's tsv_field_310 of
// field_310, a title_tsv) holds that column's words alone, and is what
// that column is. A vector in a table of its own (a search index:
// search_entries) is read by its sampled words, as text is (emails,
// phones, names), whatever table it indexes. Either way it gets a rule a
// vector can take.
func searchVectors(t *schema.Table, classes []ColumnClass) {
	var sources []string
	cat := FreeText // the words of prose, or of identifiers when it indexes some
	for i, cc := range classes {
		if columnClass(t.Columns[i].Type) == classTSVector {
			continue
		}
		if cc.Category == DirectIdentifier || cc.Category == FreeText {
			sources = append(sources, cc.Column)
		}
		if cc.Category == DirectIdentifier {
			cat = DirectIdentifier
		}
	}
	for i, c := range t.Columns {
		cc := &classes[i]
		if columnClass(c.Type) != classTSVector {
			continue
		}
		if j := vectorSource(t, c.Name); j >= 0 {
			src := classes[j]
			if src.Category.Rank() > cc.Category.Rank() {
				cc.Category = src.Category
				cc.Evidence = append(cc.Evidence, Evidence{Source: SourceType, Detector: classTSVector, Category: src.Category, Decisive: true,
					Message: fmt.Sprintf("the search vector of %s holds its words: %s", src.Column, phrase(src.Category))})
			} else if !cc.Category.Sensitive() {
				cc.Evidence = append(cc.Evidence, Evidence{Source: SourceType, Detector: classTSVector, Category: None,
					Message: fmt.Sprintf("the search vector of %s holds its words, which are kept", src.Column)})
			}
		} else if len(sources) > 0 && cc.Category.Rank() < cat.Rank() {
			cc.Category = cat
			cc.Evidence = append(cc.Evidence, Evidence{Source: SourceType, Detector: classTSVector, Category: cat, Decisive: true,
				Message: fmt.Sprintf("a search vector in a table with personal data or free text (%s) holds their words", strings.Join(sources, ", "))})
		}
		if cc.Category.Sensitive() && !cc.Generated {
			cc.Suggestion = vectorRule(c)
		}
	}
}

// vectorWords are the prefixes and suffixes that make a column's name the
// name of its search vector (tsv_body, title_tsv, search_name).
var vectorWords = []string{"tsv", "tsvector", "ts", "fts", "vector", "search", "searchable", "document"}

// vectorSource returns the index of the one column of t (no vector
// itself) that a vector's name is built on, a vector word before or after
// it (tsv_field_310, title_tsvector, search_name), or -1.
func vectorSource(t *schema.Table, name string) int {
	lower := strings.ToLower(name)
	for _, w := range vectorWords {
		for _, base := range []string{strings.TrimPrefix(lower, w+"_"), strings.TrimSuffix(lower, "_"+w)} {
			if base == lower || base == "" {
				continue
			}
			for j, c := range t.Columns {
				if strings.ToLower(c.Name) == base && columnClass(c.Type) != classTSVector {
					return j
				}
			}
		}
	}
	return -1
}

// vectorRule masks a search vector: null, or the empty vector where it
// may not be NULL. Either way the target can rebuild it from the masked
// columns (to_tsvector).
func vectorRule(c *schema.Column) *Suggestion {
	note := "rebuild it on the target from the masked columns (to_tsvector)"
	if c.NotNull {
		return &Suggestion{Transform: "constant", Params: map[string]string{"value": ""}, Note: "the empty vector; " + note}
	}
	return &Suggestion{Transform: "null", Note: note + ", or null it"}
}

// candidate is a piece of evidence with the suggestion it carries.
type candidate struct {
	Evidence
	suggest *Suggestion
	order   int // among same-category decisive evidence: lower wins
	// actor: the name says who wrote the row (a dictionary entry flagged
	// actor), which keys of rows in the values overrule.
	actor bool
}

// Column classifies one column of a table; cs is its sample, or nil.
func (d *Dictionary) Column(t *schema.Table, c *schema.Column, cs *ColumnSample) ColumnClass {
	return d.column(t, c, cs, d.tableKind(t.Name.Name), "")
}

// column classifies a column of a table of the given kind ("person",
// "place", "company" or ""); people, when set, says why the table's text
// is by or about people (see freeText), beyond what its name and keys say.
func (d *Dictionary) column(t *schema.Table, c *schema.Column, cs *ColumnSample, tkind, people string) ColumnClass {
	cc := ColumnClass{Table: t.Name, Column: c.Name, Type: c.Type.Display, Generated: c.Generated != ""}
	cls := columnClass(c.Type)
	if cls == classText && imageData(cs) {
		// Images written as data URLs are images, as a bytea column's
		// are: a drawn signature, a photo.
		cls = classBytea
	}
	words := d.words(c.Name)
	if head := d.headNoun(t.Name.Name); len(words) == 1 && (words[0] == "height" || words[0] == "width") && portraitWords[head] {
		// In a table of people's photos (PeerTube's actorImage), the
		// height is the image's, not the person's.
		words = []string{head, words[0]}
	}
	if len(words) > 0 && words[len(words)-1] == "st" && (tkind == "place" || tkind == "person" && d.holdsAddress(t)) {
		// Beside an address, ST (HOME_ST, SHIP_ST) is its state: the
		// street is spelled street, addr or line.
		words = append(words[:len(words)-1:len(words)-1], "state")
	}
	if (tkind == "place" || tkind == "person") && addressState(words, nameWords(t.Name.Name)) && (tkind == "place" || d.holdsAddress(t)) {
		// Beside an address, a state qualified by which address it is
		// (openSIS's staff_state_primary, staff_state_mail) is its
		// state, as state alone is.
		words = []string{"state"}
	}
	var cands []candidate

	// Name evidence: the best applicable dictionary match.
	nameIdx := -1
	publicName, tokenName := false, false
	machineName := false // the name says a server's address (server_ip, relay_ip)
	ms := d.matches(words)
	// Health data belongs in a table about health or about people.
	aboutHealth := d.healthTable(t.Name.Name)
	sessions, social, health := d.sessionTable(t.Name.Name), d.socialTable(t.Name.Name), aboutHealth || tkind == "person"
	identity := d.identityTable(t.Name.Name) || d.providerUID(t, words)
	ekind := tkind
	if ekind != "person" && d.namesPerson(words) {
		ekind = "person" // subscriber_fname: a person's, in any table
	}
	var tableWords []string // read only for an entry flagged catalogue
	fits := func(e *entry) bool {
		if !e.fits(ekind, sessions, social, identity, health) {
			return false
		}
		if e.catalogue && tableWords == nil {
			tableWords = d.words(t.Name.Name)
		}
		return !e.catalogue || !e.inName(tableWords)
	}
	applies := map[string]bool{} // pattern ids with an entry for this type
	for _, m := range ms {
		if fits(m.e) && (m.e.types == nil || m.e.types[cls]) {
			applies[m.e.id] = true
		}
	}
	for _, m := range ms {
		e := m.e
		if !fits(e) {
			continue
		}
		if e.types != nil && !e.types[cls] && cls == classBytea && e.category != None && e.category != FreeText && !e.token && !e.weak &&
			!applies[e.id] && !binaryKey(t, c, words) && ciphertext(cs) {
			// A name that says personal data on bytes that are no text:
			// the field encrypted by the application (Hyperswitch's
			// AES-GCM customers.email, pgcrypto's pgp_sym_encrypt).
			// Whoever holds the key reads it, and staging is where
			// keys get copied to.
			cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: e.id, Category: e.category, Decisive: true,
				Message: fmt.Sprintf("the name matches %q (%s), and %d sampled values are bytes that are not text: the field encrypted, which whoever holds the key reads",
					patternText(e), phrase(e.category), cs.Binary)},
				suggest: &Suggestion{Transform: "hash", Note: "ciphertext of personal data: replaced whole by a digest (the application cannot decrypt it in staging); null it if the application can do without it"},
				order:   1})
			nameIdx = len(cands) - 1
			break
		}
		if e.types != nil && !e.types[cls] {
			// Say why a name match does not count, unless the name is
			// better read another way: JSON can hold anything, and the
			// same pattern may have an entry for this type.
			if nameIdx < 0 && !hasSource(cands, SourceType) && cls != classJSON && !applies[e.id] {
				cands = append(cands, candidate{Evidence: Evidence{
					Source: SourceType, Detector: e.id, Category: None,
					Message: fmt.Sprintf("the name matches %q (%s), but %s column cannot hold that", patternText(e), phrase(e.category), withArticle(c.Type.Display)),
				}})
			}
			continue
		}
		ev := Evidence{Source: SourceName, Detector: e.id, Category: e.category, Decisive: !e.weak}
		if e.token {
			ev.Message = fmt.Sprintf("the name matches %q: %s only if the values are random tokens, not digests", patternText(e), phrase(e.category))
		} else if e.weak {
			ev.Message = fmt.Sprintf("the name matches %q: %s only if the values look random", patternText(e), phrase(e.category))
		} else {
			ev.Message = fmt.Sprintf("the name matches %q: %s", patternText(e), phrase(e.category))
		}
		cands = append(cands, candidate{Evidence: ev, suggest: e.suggest, order: 1, actor: e.actor})
		nameIdx = len(cands) - 1
		publicName = e.public
		tokenName = e.token
		machineName = e.category == None && e.types != nil && e.types[classIP]
		break
	}
	if nameIdx < 0 && aboutHealth {
		if why := d.healthAnswer(c, cs, cls, words); why != "" {
			// SORMAS's symptoms.fever, healthconditions.diabetes: a
			// symptom or a condition, present or not.
			cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "health_answer", Category: QuasiIdentifier, Decisive: true,
				Message: fmt.Sprintf("%s is about a person's health, and %s: whether its subject has a symptom, a condition or a treatment", t.Name.Name, why)},
				suggest: &Suggestion{Transform: "null", Note: "health data about a person; keep it after review if staging needs realistic answers"},
				order:   1})
			nameIdx = len(cands) - 1
		}
	}
	msgID := messageIDName(words)
	publicName = publicName || d.recordName(words, ms) || msgID || d.storageKey(t.Name.Name, words)
	tw := d.words(t.Name.Name)
	if len(tw) > 0 {
		tw[len(tw)-1] = singular(tw[len(tw)-1]) // its head noun
	}
	// The table's head noun as the column's whole name (AccessCode.code,
	// reset_tokens.token): the table says which one.
	headNoun := len(words) == 1 && len(tw) > 1 && singular(words[0]) == tw[len(tw)-1]
	// A weak match of the name (code) gives way to the table's: an
	// AccessCode's code is one whatever its values look like.
	weakName := nameIdx >= 0 && !cands[nameIdx].Decisive
	tableValue := -1 // a value column that takes a secret's name from its table
	if (nameIdx < 0 || weakName) && len(words) == 1 && (valueWords[words[0]] || normalWords[words[0]] || words[0] == "amount" || headNoun) {
		// A column named value or data holds what its table is named
		// for: user_private_key.value is a private key, tokens.value a
		// token, salary.amount a salary, phone_number.numeric a phone
		// number's digits. A column named for the
		// table's head noun takes the table's name when that names a
		// secret: an AccessCode's code is an access code, not a
		// country's or a plan's.
		for _, m := range d.matches(tw) {
			e := m.e
			if !fits(e) || e.weak || e.whole || e.types != nil && !e.types[cls] {
				continue
			}
			if e.category == None || e.category == FreeText || m.end != len(tw) ||
				headNoun && !valueWords[words[0]] && e.category != Secret {
				break
			}
			table := entryCandidate(e, fmt.Sprintf("the table's name matches %q: its %s column holds %s", patternText(e), c.Name, phrase(e.category)))
			if weakName {
				cands[nameIdx] = table
			} else {
				cands = append(cands, table)
				nameIdx = len(cands) - 1
			}
			if valueWords[words[0]] && e.category == Secret {
				tableValue = nameIdx
			}
			break
		}
	}
	if nameIdx >= 0 && !cands[nameIdx].Decisive && len(words) == 1 && len(tw) > 0 {
		// A weak name (code, key) that its table's head noun makes a
		// secret's: an invite's code is an invite code, whatever its
		// values look like (Mastodon's invites.code, Pixelfed's
		// user_invites.key).
		qualified := []string{tw[len(tw)-1], words[0]}
		for _, m := range d.matches(qualified) {
			if e := m.e; fits(e) && !e.weak && e.category == Secret && m.end == len(qualified) {
				cands[nameIdx] = entryCandidate(e, fmt.Sprintf("the table's name and the column's read %q: %s", patternText(e), phrase(e.category)))
				break
			}
		}
	}
	nameSecret := -1
	if nameIdx >= 0 && cands[nameIdx].Category == Secret {
		nameSecret = nameIdx
	}
	secretTable := tokenName && d.namesSecret(tw, fits)
	// A hash on a person's row is no file's or query's digest: it is a
	// token of theirs (a double opt-in's, a checksum that logs them in)
	// or a digest of one of their identifiers (a Gravatar hash).
	personHash := tokenName && tkind == "person" && slices.Contains(words, "hash")
	if nameIdx < 0 && (cls == classText || cls == classBytea) && digestOfHead(words, tw) && d.namesSecret(tw, fits) {
		// A recovery code's digest (totp_recovery_codes.code_digest,
		// recovery_codes.code_hash): whoever holds the secret the table
		// is named for matches it, and a digest of a short code is
		// undone by trying them all.
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "secret_digest", Category: Secret, Decisive: true,
			Message: fmt.Sprintf("the table's name says a secret: its %s column holds that secret's digest", c.Name)},
			suggest: &Suggestion{Transform: "redact"}, order: 1})
		nameIdx = len(cands) - 1
		nameSecret = nameIdx
	}
	if head := linkTable(tw); head != "" && nameSecret < 0 && cls == classText && linkKey(words, tw) && !keyColumn(t, c.Name) {
		// An invitation's id, a share link's slug: whoever holds the
		// link is let in, so its random key is a secret, confirmed as a
		// weak name is by random-looking values.
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "link_key", Category: Secret,
			Message: fmt.Sprintf("the table's rows are links that let whoever holds one in (%s): its %s is the link's key only if the values look random", head, c.Name)},
			suggest: &Suggestion{Transform: "redact"}, order: 1})
		nameSecret = len(cands) - 1
		publicName = false
	}

	// Type evidence.
	switch cls {
	case classIP:
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceType, Detector: DetectorInet, Category: QuasiIdentifier, Decisive: true,
			Message: fmt.Sprintf("%s column holds IP addresses: %s", withArticle(c.Type.Display), phrase(QuasiIdentifier))}, suggest: d.detectors[DetectorInet], order: 2})
	case classMac:
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceType, Detector: DetectorMacaddr, Category: QuasiIdentifier, Decisive: true,
			Message: fmt.Sprintf("%s column holds MAC addresses: %s", withArticle(c.Type.Display), phrase(QuasiIdentifier))}, suggest: d.detectors[DetectorMacaddr], order: 2})
	}

	if cls == classBytea && cs != nil && cs.Binary > 0 {
		cands = binaryStrings(cands, cs)
	}

	// Data evidence.
	jsonText := false
	if cs != nil && cs.NonNull > 0 {
		cc.Sampled = cs.NonNull
		before := len(cands)
		kind, _ := sampleKind(c.Type)
		if kind != kindJSON {
			for _, det := range detectorOrder {
				k := cs.Matches[det]
				if k == 0 || publicName && (det == DetectorHighEntropy || det == DetectorHexDigest) {
					continue
				}
				ev, ok := d.dataEvidence(det, "", k, cs.NonNull, nameSecret >= 0)
				if !ok {
					continue
				}
				if publicName && det == DetectorAPIToken {
					// A public key's random bytes, a meeting's or a
					// job's id: random, and no vendor's prefix says
					// credential.
					ev.Decisive = false
					ev.Message += ", but the name says a public key or a record's identifier, which look as random: not a credential by its shape alone"
				}
				if det == DetectorSalutation && ev.Decisive && tkind != "person" {
					if why := lookupTable(t); why != "" {
						// ps_gender_lang: the forms of address people
						// pick from, not anyone's.
						ev.Decisive = false
						ev.Message += ", but " + why + ": the forms of address a person picks from"
					}
				}
				if msgID && det == DetectorEmail && ev.Decisive {
					// CAH3x+9@mail.gmail.com: a Message-ID is spelled as
					// an address, and names no one.
					ev.Decisive = false
					ev.Message += ", but the name says an email's Message-ID, which is spelled as an address"
				}
				if det == DetectorHexIP && ev.Decisive && !columnWide(det, words, k, cs.NonNull) {
					ev.Decisive = false
					ev.Message += ", but eight hex digits are as likely a checksum or a code, and the name says no address"
				}
				if det == DetectorNameLogin && ev.Decisive && cs.Distinct < loginDistinct && !actorName(words) {
					ev.Decisive = false
					ev.Message += fmt.Sprintf(" (fewer than %d distinct values: a letter and a surname spell words too)", loginDistinct)
				}
				if ev.Decisive && tokenName && !secretTable && !personHash && (det == DetectorHexDigest ||
					det == DetectorHighEntropy && float64(k-cs.Matches[DetectorHexDigest]) < ConfirmShare*float64(cs.NonNull)) {
					// A hash of hex digits is a digest (a file's, a
					// query's); only random tokens make the name a key's,
					// unless the table is named for a secret (an
					// apiKeys table's hash is its keys' digest).
					ev.Decisive = false
					if det == DetectorHexDigest {
						ev.Message += ", but a hash of hex digits is as likely a file's or a query's digest: not a key"
					} else {
						ev.Message += ", but they are hex digits: a digest, not a key"
					}
				}
				if ev.Decisive && nameSecret >= 0 && (det == DetectorHighEntropy || det == DetectorHexDigest) {
					cands[nameSecret].Decisive = true // the values confirm a weak name
				}
				suggest := d.detectors[det]
				if ev.Decisive && ev.Category != Secret && ev.Share < IdentifierShare {
					// A minority of people's names or handles among codes
					// and company names: scrub_text replaces each one and
					// keeps the rest, where a name transformer would
					// replace every value.
					suggest = &Suggestion{Transform: "scrub_text"}
				}
				cands = append(cands, candidate{Evidence: ev, suggest: suggest})
			}
		}
		if kind != kindJSON {
			cands = mixedIdentifiers(cands, cs)
			if nameIdx < 0 && cls == classText && opaqueName(words) {
				cands = opaqueIdentifiers(cands, cs)
			} else if nameIdx < 0 && cls == classText && searchName(Tokens(c.Name)) {
				// The name's own words: a search log's term is not a
				// legacy TERM_DT's termination.
				cands = typedSearch(cands, cs)
			} else {
				emailMinority(cands, cs)
			}
		}
		for _, det := range detectorOrder {
			k := cs.Embedded[det]
			share := float64(k) / float64(cs.NonNull)
			if k == 0 || share < NoteShare {
				continue
			}
			cands = append(cands, candidate{Evidence: Evidence{
				Source: SourceData, Detector: det, Category: FreeText,
				Matched: k, Sampled: cs.NonNull, Share: round(share), Decisive: share >= embeddedShare(det, k),
				Message: fmt.Sprintf("%s of %d sampled values contain %s in their text", percent(share), cs.NonNull, detectorPhrase[det]),
			}, suggest: d.detectors[DetectorProse]})
		}
		if kind == kindJSON {
			cands = append(cands, d.pathEvidence(c.Name, cs)...)
		} else if kind == kindText && documents(cs) {
			// JSON kept as text that nothing in it as a whole decides,
			// but its words (a document's keys and short values are no
			// prose), a name that says text, or entities that its paths
			// hold: its members are read as a json column's are ({"user":
			// "sanna.adeyemi"}, {"given_name": "Anna", "family_name":
			// "Weber"}), and masked by a json rule of their paths.
			paths := d.pathEvidence(c.Name, cs)
			if decide(wholeEntities(cands[before:], paths)) == None {
				if decide(paths).Rank() > FreeText.Rank() {
					for i := before; i < len(cands); i++ {
						if x := &cands[i]; x.Decisive && x.Category == FreeText && x.Path == "" {
							x.Decisive = false
							x.Message += ", but the values are JSON documents: their members are read instead"
						}
					}
				}
				cands = append(cands, paths...)
				jsonText = true
			}
		}
		if len(cands) == before && nameIdx >= 0 {
			msg := fmt.Sprintf("no detector matched any of %d sampled values; the name decides", cs.NonNull)
			if !cands[nameIdx].Decisive {
				// A weak name (code, key) that no random value confirms.
				msg = fmt.Sprintf("none of %d sampled values looks random", cs.NonNull)
			}
			cands = append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: "none", Category: None,
				Sampled: cs.NonNull, Message: msg}})
		}
	}

	if tableValue >= 0 && cands[tableValue].Decisive && cs != nil && cs.NonNull >= MinValues && !secretInSample(cs) {
		// tokens.data beside tokens.value: a JSON of the token's name
		// and scopes, not the token. A value column holds the secret
		// its table is named for, unless MinValues values or more hold
		// nothing a secret looks like.
		cands[tableValue].Decisive = false
		cands[tableValue].Message += fmt.Sprintf(", overruled by the values: none of %d sampled values looks random or holds a secret", cs.NonNull)
	}

	// Weigh the name against the values, then decide; free text is then
	// weighed by what its values hold.
	cands = d.fuse(cands, nameIdx, cs, cls, tkind, fewRows(t))
	cands, notes := notesAbout(cands, nameIdx, cls)
	cc.Category = decide(cands)
	if cc.Category == FreeText && cls == classText && cs != nil {
		if people == "" {
			people = d.aboutPeople(t, tkind)
		}
		if people != "" && tkind != "person" && !aboutHealth && d.headingName(words) {
			// An event's, a talk's or a post's title in a table that
			// references people or holds their contact details: a
			// heading, written to be shown, kept where no detector
			// finds a person in it.
			people = ""
		}
		switch {
		case notes != "" && people != "":
			people = notes + ", and " + people // repeated or not, it is about them
		case notes != "":
			// Notes about a person's attribute (an allergy, a
			// diagnosis) are about a person, whatever the table says.
			people = notes
		}
		lookup := ""
		if people == "" {
			lookup = lookupTable(t)
		}
		cands = d.freeText(cands, cs, people, lookup, notes != "")
		cc.Category = decide(cands)
	}
	if cc.Category == None && aboutHealth && cls == classText && len(words) > 0 && healthFindings[words[len(words)-1]] {
		// openSIS's student_medical_alerts.title, a medical visit's
		// reason: in a table about health, the line that names the
		// condition or why the person came is health data, however
		// short.
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "health_finding", Category: QuasiIdentifier, Decisive: true,
			Message: fmt.Sprintf("%s is about a person's health, and %s names their condition or why they came", t.Name.Name, c.Name)},
			suggest: &Suggestion{Transform: "mask", Note: "health data about a person"}, order: 1})
		cc.Category = decide(cands)
	}
	if cc.Category == Secret && nameSecret >= 0 && d.trackingTable(t.Name.Name) && !decidedByOther(cands, Secret, DetectorHighEntropy, DetectorHexDigest) {
		cands = trackingToken(cands, nameSecret, t.Name.Name)
		cc.Category = decide(cands)
	}
	// A column named for its table's head noun (city.city) holds the
	// values of a lookup table: said below, not as a public place's.
	// lookupTable formats its reason: asked only when the name fits.
	lookupValues := lookupColumn(tableHead(t.Name.Name), words, func() bool { return tkind == "" && lookupTable(t) != "" })
	// A contact person's phone (SORMAS's facility.contactpersonphone) is
	// theirs, in a public place's row too.
	contactPerson := slices.Contains(words, "person") && !slices.Contains(words, "legal")
	if (cc.Category == DirectIdentifier || cc.Category == QuasiIdentifier) && d.publicTable(t.Name.Name) && !lookupValues && !contactPerson {
		cands = publicContact(cands, cc.Category, t.Name.Name, d.institutionTable(t.Name.Name), coordinates(words))
		cc.Category = decide(cands)
	}
	if (cc.Category == DirectIdentifier || cc.Category == QuasiIdentifier) && len(words) > 1 && d.institutions[words[0]] &&
		!d.namesPerson(words[1:]) && !slices.Contains(words, "account") && !slices.Contains(words, "holder") {
		cands = keepPublic(cands, cc.Category, publicTransforms, institutionsOwn,
			fmt.Sprintf(", but %s names an institution's", c.Name),
			fmt.Sprintf("%s is an institution's (a bank's branch, a carrier's service number), not a person's: public, kept", c.Name))
		cc.Category = decide(cands)
	}
	if cc.Category == DirectIdentifier && (tkind == "company" || groupTables[tableHead(t.Name.Name)]) && !d.namesPerson(d.words(t.Name.Name)) &&
		slices.ContainsFunc(words, func(w string) bool { return imageWords[w] }) && !d.namesPerson(slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "profile" })) &&
		!decidedByOther(cands, DirectIdentifier) {
		// An organization's, a team's or a project's avatar is its logo
		// (Outline's teams.avatarUrl, GitLab's namespaces.avatar), not a
		// person's photo: kept, unless the values name someone. A
		// member's row in it (Twenty's userWorkspace) is a person's, and
		// so is an image named for one (owner_avatar); an organization's
		// profile_image is its own.
		overrule(cands, DirectIdentifier, fmt.Sprintf(", but %s is about a group, not a person", t.Name.Name))
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "logo", Category: None, Decisive: true,
			Message: fmt.Sprintf("%s is %s's image: a logo or an icon, not a person's photo, kept", c.Name, t.Name.Name)}})
		cc.Category = decide(cands)
	}
	if cc.Category == DirectIdentifier && supportLine(words) {
		cands = supportNumber(cands, c.Name)
		cc.Category = decide(cands)
	}
	if cc.Category == QuasiIdentifier {
		if why := d.machineAddress(t, cands, machineName, cs); why != "" {
			overrule(cands, QuasiIdentifier, ", but "+why)
			cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "machine_address", Category: None, Decisive: true,
				Message: why + ": a machine's, not a person's, kept"}})
			cc.Category = decide(cands)
		}
	}
	if cc.Category == QuasiIdentifier && nameIdx >= 0 && cands[nameIdx].Decisive && cands[nameIdx].Category == QuasiIdentifier &&
		!decidedByOther(cands, QuasiIdentifier) && lookupValues {
		cc.Category = None
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "lookup_table", Category: None,
			Message: fmt.Sprintf("%s.%s names the values of a lookup table, not a person's", t.Name.Name, c.Name)}})
	}
	if cc.Category != None && ownKey(t.Name.Name, c.Name) && !sessions {
		// iDempiere's c_bp_bankaccount_uu: the row's own key, whatever the
		// table is named for. (A login session's UUID is its cookie.)
		for _, cat := range []Category{Secret, DirectIdentifier, QuasiIdentifier, FreeText} {
			overrule(cands, cat, ", but the column is named for its table: the row's own key")
		}
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "own_key", Category: None, Decisive: true,
			Message: fmt.Sprintf("%s is %s's name and a key's suffix: the row's own key, kept", c.Name, t.Name.Name)}})
		cc.Category = decide(cands)
	}
	if cc.Category != None && !cc.Generated {
		cc.Suggestion = suggest(cands, cc.Category, cls == classJSON || jsonText)
		if cls == classText {
			cands = listedIdentifiers(cands, &cc, cs)
		}
		if cls == classBytea && cs != nil && cs.NonNull > 0 && cc.Suggestion != nil && cc.Suggestion.Transform != "" && cc.Suggestion.Transform != "hash" && cc.Suggestion.Transform != "null" {
			// Text stored as bytes (a vCard, a serialized value): the text
			// transformers read text columns, so it is replaced whole.
			cc.Suggestion = &Suggestion{Transform: "hash", Note: fmt.Sprintf("%d of the sampled values are text stored as bytes: %s reads text columns, so they are replaced whole by a digest", cs.NonNull, cc.Suggestion.Transform)}
			if cc.Category == FreeText && embeddedDirect(cs) {
				// Its people's emails or names cannot be scrubbed out
				// of it: the value as a whole carries them, as a
				// serialized blob's strings do.
				cc.Category = DirectIdentifier
			}
		}
	}
	cc.Score = score(cands, cc.Category)
	for _, x := range cands {
		cc.Evidence = append(cc.Evidence, x.Evidence)
	}
	return cc
}

// strictTransforms are the transformers that read a whole identifier and
// nothing else, with the detectors whose values they take: a value that
// lists two addresses, or writes one inside a sentence, is one they cannot
// read (on_invalid: NULL, or a failed run).
var strictTransforms = map[string][]string{
	"email": {DetectorEmail},
	"ipv4":  {DetectorIPv4, DetectorIPv6},
	"ipv6":  {DetectorIPv6, DetectorIPv4},
	"mac":   {DetectorMAC},
	"card":  {DetectorCardNumber},
	"iban":  {DetectorIBAN},
}

// listedIdentifiers turns a strict suggestion into scrub_text when at
// least one sampled value in a hundred holds the identifier inside a
// longer text ("52.18.0.0/16,10.40.0.0/16", "ann@x.org; bob@y.org"):
// scrub_text replaces each one, as the strict transformer would a whole
// value, and keeps the rest.
func listedIdentifiers(cands []candidate, cc *ColumnClass, cs *ColumnSample) []candidate {
	if cc.Suggestion == nil || cs == nil || cs.NonNull == 0 {
		return cands
	}
	for _, det := range strictTransforms[cc.Suggestion.Transform] {
		k := cs.Embedded[det]
		if k < 2 || k*100 < cs.NonNull {
			continue
		}
		msg := fmt.Sprintf("%s of %d sampled values hold %s inside a longer text, which %s cannot read: scrub_text replaces each one",
			percent(float64(k)/float64(cs.NonNull)), cs.NonNull, detectorPhrase[det], cc.Suggestion.Transform)
		cc.Suggestion = &Suggestion{Transform: "scrub_text"}
		return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: "identifiers_in_text", Category: cc.Category,
			Matched: k, Sampled: cs.NonNull, Message: msg}})
	}
	return cands
}

// fits reports whether an entry's flags allow it in a table of the given
// kind ("person", "place", "company" or ""), of login sessions, of social
// links, of accounts at identity providers or about health.
func (e *entry) fits(kind string, sessions, social, identity, health bool) bool {
	return !(e.person && kind != "person") && !(e.place && kind != "person" && kind != "place") && !(e.company && kind != "company") &&
		!(e.session && !sessions) && !(e.social && !social) && !(e.identity && !identity) && !(e.health && !health)
}

// decide is the highest category among the decisive evidence, or None.
func decide(cands []candidate) Category {
	cat := None
	for _, x := range cands {
		if x.Decisive && x.Category.Rank() > cat.Rank() {
			cat = x.Category
		}
	}
	return cat
}

// dataEvidence turns a column-level (path "") or JSON-path match count into
// evidence; ok is false when the count is not worth reporting.
func (d *Dictionary) dataEvidence(det, path string, k, n int, secretName bool) (Evidence, bool) {
	share := float64(k) / float64(n)
	ev := Evidence{Source: SourceData, Detector: det, Category: detectorCategory(det), Path: path,
		Matched: k, Sampled: n, Share: round(share)}
	of := fmt.Sprintf("%d sampled values", n)
	if path != "" {
		of = fmt.Sprintf("%d sampled documents with a string at %s", n, path)
	}
	switch det {
	case DetectorHighEntropy, DetectorHexDigest:
		if !secretName {
			return ev, false
		}
		// Two random-looking values among a few (a role's generated
		// code beside strapi-editor) are chance: a minority confirms
		// from preciseMatches.
		ev.Decisive = share >= ConfirmShare && (k >= preciseMatches || 2*k >= n)
	case DetectorProse:
		if share < NoteShare {
			return ev, false
		}
		// A few sentences in a tiny table (an error log of five rows, a
		// list of web sites) say too little: prose decides from MinValues.
		ev.Decisive = share >= ProseShare && n >= MinValues
		if share >= ProseShare && !ev.Decisive {
			ev.Message = fmt.Sprintf("%s of %s: %s (fewer than %d values: too few to tell)", percent(share), of, detectorPhrase[det], MinValues)
			return ev, true
		}
	case DetectorPTNIF:
		// One bare number in eleven passes the check: only a column
		// whose values nearly all do is one of tax numbers.
		if share < NoteShare {
			return ev, false
		}
		ev.Decisive = columnWide(det, nil, k, n)
		ev.Message = fmt.Sprintf("%s of %s: %s", percent(share), of, detectorPhrase[det])
		if !ev.Decisive {
			ev.Message += fmt.Sprintf(" (under the %s threshold: one number in eleven passes the check by chance)", percent(ptNIFShare))
		}
		return ev, true
	case DetectorBirthDate:
		// Any recent date passes: a note for the table context to weigh,
		// never a decision by itself.
		if share < NoteShare {
			return ev, false
		}
		ev.Message = fmt.Sprintf("%s of %s: %s", percent(share), of, detectorPhrase[det])
		return ev, true
	default:
		if ev.Category == Secret {
			ev.Decisive = true
			ev.Message = fmt.Sprintf("%d of %s: %s", k, of, detectorPhrase[det])
			return ev, true
		}
		if share < NoteShare {
			return ev, false
		}
		// A chat handle's shape (@ann:matrix.org) is nothing else: a few
		// in a column of state keys or senders are people's, as a few
		// emails in a text are. The identifiers minorityDetectors lists,
		// and people's full names, one value in ten of minorityMatches
		// at least, are the people among a column's other values: a
		// party column's companies and codes (an ERP's customer,
		// link_name), a booking's video links and office addresses
		// beside the client's phone, a login provider's subject ids
		// beside the SAML NameIDs that are emails.
		ev.Decisive = share >= IdentifierShare || det == DetectorChatHandle && share >= PreciseShare && k >= preciseMatches ||
			minorityDecides(det) && share >= EmbeddedShare && k >= minorityMatches ||
			checksummed(det) && share >= PreciseShare && k >= minorityMatches
	}
	ev.Message = fmt.Sprintf("%s of %s: %s", percent(share), of, detectorPhrase[det])
	if !ev.Decisive {
		ev.Message += " (" + underThreshold(det, share, k) + ")"
	}
	return ev, true
}

// hexIPName reports a name under which hex digits are IP addresses: one
// that says an address (ip, xff, addr, address, host) or how it is kept,
// in hex or as a range's bound (cuc_ip_hex, cul_target_hex,
// ipb_range_start).
func hexIPName(words []string) bool {
	for _, w := range words {
		switch w {
		case "ip", "ips", "xff", "addr", "address", "host", "hex", "range":
			return true
		}
	}
	return false
}

// ptNIFShare is the least share of a column's values, MinValues at least,
// that must pass a bare Portuguese tax number's check for the column to
// be one of them: a column of order numbers or phones passes one time in
// eleven.
const ptNIFShare = 0.8

// columnWide reports whether k of n sampled values of a column whose name
// is words, found by the detector det, say what the column holds: always,
// but for the detectors whose one match says nothing. A bare Portuguese
// tax number decides from ptNIFShare of MinValues values or more; eight
// hex digits are IP addresses from IdentifierShare under a name that says
// an address (hexIPName). The classifier and verify's residual check
// (ColumnWideMatches) ask the same.
func columnWide(det string, words []string, k, n int) bool {
	switch det {
	case DetectorPTNIF:
		return k >= MinValues && float64(k) >= ptNIFShare*float64(n)
	case DetectorHexIP:
		return hexIPName(words) && float64(k) >= IdentifierShare*float64(n)
	}
	return true
}

// embeddedDirect reports a sample whose values hold direct identifiers
// inside their text, in EmbeddedShare of them or more.
func embeddedDirect(cs *ColumnSample) bool {
	for det, k := range cs.Embedded {
		if detectorCategory(det) == DirectIdentifier && float64(k) >= EmbeddedShare*float64(cs.NonNull) {
			return true
		}
	}
	return false
}

// loginDistinct is the least number of distinct sampled values for
// logins spelled from names to decide a column: a column of a few
// repeated words ("billing", "shipping") may spell a letter and a
// surname; a column of people's logins holds many.
const loginDistinct = 10

// actorName reports a column name that ends in "by" (disabled_by,
// last_changed_by): it says who did something to the row, so logins
// spelled from names there are people's however few of them there are
// (the two administrators who disable accounts).
func actorName(words []string) bool {
	return len(words) >= 2 && words[len(words)-1] == "by"
}

// minorityMatches is the least number of whole values that are people's
// identifiers for a minority of them (EmbeddedShare) to decide a column.
const minorityMatches = 10

// minorityDecides reports the detectors whose whole-value matches decide
// a column from EmbeddedShare and minorityMatches: the minorityDetectors
// and people's full names.
func minorityDecides(det string) bool { return slices.Contains(minorityDeciders, det) }

// checksummed reports the detectors whose matches pass a checksum (an
// IBAN's mod 97, a card's Luhn digit and issuer): minorityMatches of them
// decide a column from PreciseShare, as a payee rule's IBANs among shop
// names do.
func checksummed(det string) bool { return det == DetectorIBAN || det == DetectorCardNumber }

// underThreshold says why a share of matches decided nothing.
func underThreshold(det string, share float64, k int) string {
	switch {
	case det == DetectorChatHandle && share >= PreciseShare:
		return fmt.Sprintf("fewer than %d values", preciseMatches)
	case det == DetectorChatHandle:
		return fmt.Sprintf("under the %s threshold", percent(PreciseShare))
	case checksummed(det) && share >= PreciseShare && share < EmbeddedShare:
		return fmt.Sprintf("under the %s threshold, and fewer than the %d values a checksummed minority needs", percent(EmbeddedShare), minorityMatches)
	case minorityDecides(det) && share >= EmbeddedShare:
		return fmt.Sprintf("under the %s threshold, and fewer than the %d values a minority needs", percent(IdentifierShare), minorityMatches)
	case minorityDecides(det):
		return fmt.Sprintf("under the %s threshold", percent(EmbeddedShare))
	case det == DetectorHighEntropy || det == DetectorHexDigest:
		return fmt.Sprintf("under the %s threshold", percent(ConfirmShare))
	case det == DetectorProse:
		return fmt.Sprintf("under the %s threshold", percent(ProseShare))
	}
	return fmt.Sprintf("under the %s threshold", percent(IdentifierShare))
}

// jsonTextShare of a text column's values that are JSON documents make
// it a column of documents (see documents).
const jsonTextShare = 0.9

// documents reports a text column whose sampled values are JSON objects
// or arrays ([] where a PHP application encoded an empty one), nine in ten
// at least: the json transformer, which reads text too, can mask their
// members.
func documents(cs *ColumnSample) bool {
	return cs.NonNull > 0 && len(cs.Paths) > 0 && float64(cs.Documents) >= jsonTextShare*float64(cs.NonNull)
}

// wholeEntities returns, of the evidence its values give a text column
// as a whole (the name's is not passed: a name that says text decides
// nothing of a document's members), what reads them for what they hold,
// leaving out what says only that they are text (words enough for prose:
// a document's keys make six words of {"given_name": "Anna",
// "family_name": "Weber"}) and the entities found inside the text that
// paths hold as their values
// ($.full_name, $.email), in as many documents as the text does.
// Entities inside longer strings still decide: scrub_text then replaces
// each one, wherever in the document it stands.
func wholeEntities(cands, paths []candidate) []candidate {
	var out []candidate
	for _, x := range cands {
		if x.Category == FreeText && x.Path == "" && x.Detector == DetectorProse {
			continue
		}
		if x.Category == FreeText && x.Path == "" && x.Source == SourceData && x.Matched > 0 && atPaths(paths, x.Detector) >= x.Matched {
			continue
		}
		out = append(out, x)
	}
	return out
}

// atPaths counts the documents that hold a detector's values at a path
// whose evidence is decisive, summed over the paths.
func atPaths(paths []candidate, det string) int {
	n := 0
	for _, p := range paths {
		if p.Decisive && p.Source == SourceData && p.Detector == det {
			n += p.Matched
		}
	}
	return n
}

// pathEvidence reports, per JSON path, the data detections and, where they
// decide nothing, the dictionary's reading of the path's last key in the
// context of its parent key, or else names spelled as handles or file
// names there (PreciseShare of the documents).
func (d *Dictionary) pathEvidence(column string, cs *ColumnSample) []candidate {
	var out []candidate
	for _, p := range slices.Sorted(maps.Keys(cs.Paths)) {
		ps := cs.Paths[p]
		if d.exampleCopy(p) {
			continue // $[*].placeholder.default: a form's example, not a value
		}
		data := false
		for _, det := range detectorOrder {
			k := ps.Matches[det]
			if k == 0 {
				continue
			}
			ev, ok := d.dataEvidence(det, p, k, ps.Seen, false)
			if !ok {
				continue
			}
			data = data || ev.Decisive
			out = append(out, candidate{Evidence: ev, suggest: d.detectors[det]})
		}
		if data {
			continue
		}
		before := len(out)
		out = d.pathName(out, column, p, ps)
		if k := ps.Embedded[DetectorNameSlug]; k > 0 && len(out) == before {
			// {"editor": "sanna.adeyemi"}: names spelled as handles,
			// under a key the dictionary does not know.
			share := float64(k) / float64(ps.Seen)
			if share >= embeddedShare(DetectorNameSlug, k) {
				out = append(out, candidate{Evidence: Evidence{Source: SourceData, Detector: DetectorNameSlug, Category: DirectIdentifier, Path: p,
					Matched: k, Sampled: ps.Seen, Share: round(share), Decisive: true,
					Message: fmt.Sprintf("%s of %d sampled documents with a string at %s: %s", percent(share), ps.Seen, p, detectorPhrase[DetectorNameSlug])},
					suggest: d.detectors[DetectorNameSlug]})
			}
		}
	}
	return out
}

// exampleWords are keys under which a form or a UI keeps the copy it shows
// before anyone types: an example value, a hint.
var exampleWords = []string{"placeholder", "placeholders", "example", "examples", "hint", "hints", "tooltip"}

// exampleCopy reports a JSON path under a key for example copy
// ($[*].placeholder.default, $.fields.email.example): a survey builder's
// "jane@example.com" is the form's text, not a respondent's address.
func (d *Dictionary) exampleCopy(p string) bool {
	for _, k := range pathKeys(p) {
		for _, w := range d.words(k) {
			if slices.Contains(exampleWords, w) {
				return true
			}
		}
	}
	return false
}

// linkPreview reports a name for a linked page's preview (link_previews,
// unfurls, an oEmbed): the page's own title and description, copied
// from it to show beside a message.
func linkPreview(words []string) bool {
	for i, w := range words {
		switch w {
		case "unfurl", "unfurls", "unfurled", "oembed":
			return true
		case "preview", "previews":
			// A message's preview is its own text: a link's is the page's.
			if i > 0 && (words[i-1] == "link" || words[i-1] == "url") {
				return true
			}
		}
	}
	return false
}

// pathName appends the dictionary's reading of a path's last key, in the
// context of its parent key (or of the column, for a top-level key).
func (d *Dictionary) pathName(out []candidate, column, p string, ps *PathSample) []candidate {
	keys := pathKeys(p)
	if len(keys) == 0 || keys[len(keys)-1] == "" {
		return out
	}
	key, parent := keys[len(keys)-1], column
	if len(keys) > 1 && keys[len(keys)-2] != "" {
		parent = keys[len(keys)-2]
	}
	parentWords := d.words(parent)
	if mappingKey(parentWords) {
		// {"attribute_mapping": {"first_name": "givenName"}}: the
		// members of a mapping name where a value is found (an
		// identity provider's attribute, a form's field), not a
		// person's value.
		return out
	}
	kind := d.tableKind(parent)
	if len(ps.Labels) > 0 && key == "value" {
		return d.labelledPath(out, p, ps, kind)
	}
	for _, m := range d.matches(d.words(key)) {
		e := m.e
		if !d.keyEntryHolds(e, parent, kind) {
			continue
		}
		if e.category == FreeText && linkPreview(parentWords) {
			// {"link_previews": [{"title": …, "description": …}]}: what
			// a linked page says of itself, not what someone wrote.
			continue
		}
		if e.category != None {
			ev := Evidence{Source: SourceName, Detector: e.id, Category: e.category, Path: p, Decisive: true,
				Message: fmt.Sprintf("the key %q matches %q: %s", key, patternText(e), phrase(e.category))}
			if k := ps.Matches[DetectorFlag]; k == ps.Seen && k >= minFlagDocuments && (e.suggest == nil || e.suggest.Transform != "gender") {
				// {"configState": {"general_country": "1"}}: whether a
				// section is open, not a country. A gender may be
				// spelled 0 and 1.
				ev.Decisive = false
				ev.Message += fmt.Sprintf(", overruled by the values: all %d sampled documents have a flag there (Y/N, true/false, 0/1)", ps.Seen)
			} else if k := ps.Matches[DetectorRowKey]; k == ps.Seen && k >= minFlagDocuments && !e.public {
				// {"assignees": ["6df90e50-…"]} in a saved view's
				// filters: references to rows, which hold the person. A
				// tracking cookie's id ({"hubspotutk": "ebc4…"}) is random
				// by design, as a row's key is: it follows a browser.
				ev.Decisive = false
				ev.Message += fmt.Sprintf(", overruled by the values: all %d sampled documents have rows' random keys there (UUIDs, ObjectIds), references to the rows", ps.Seen)
			} else if e.category == FreeText && ps.Seen >= MinValues && ps.Words == 0 {
				// Single words under a key named note or comment are
				// codes or labels, not what people write.
				ev.Decisive = false
				ev.Message += fmt.Sprintf(", overruled by the values: none of %d sampled documents has two words there", ps.Seen)
			} else if what, ok := d.absent(e, ps, kind); ok {
				// {"display_name": "Created At"} in a card's column
				// metadata: as for a column, a kind whose absence is
				// telling, found in none of MinValues documents.
				ev.Decisive = false
				ev.Message += fmt.Sprintf(", overruled by the values: none of %d sampled documents has %s there", ps.Seen, what)
			}
			out = append(out, candidate{Evidence: ev, suggest: e.suggest})
		}
		break
	}
	return out
}

// keyEntryHolds reports whether an entry matched by a JSON key's name
// holds there: in a container named parent, of the kind tableKind gives
// it. A person's, a place's or a company's entry holds under a key about
// one; a session's, a social profile's, an identity's or a health entry
// in a container named so ($.social.link). A weak entry (the values
// must confirm it), a secret's (secretMember reads those with their
// values) and one for other types than text do not hold.
func (d *Dictionary) keyEntryHolds(e *entry, parent, kind string) bool {
	return !((e.person || e.place) && kind != "person" && kind != "place" || e.company && kind != "company" ||
		e.session && !d.sessionTable(parent) || e.social && !d.socialTable(parent) || e.identity && !d.identityTable(parent) ||
		e.health && !d.healthTable(parent) && kind != "person" ||
		e.weak || e.category == Secret || (e.types != nil && !e.types[classText]))
}

// labelledPath reads a "value" member that its objects label
// ([{"displayName": "First name", "value": "Amina"}, {"displayName":
// "Phone number", "value": "0803…"}]): each label is read as a column's
// name would be, and the labels that name personal data make the path
// that category, the highest of them. One path holds every label's
// values, a name beside a phone and a date, so a single transformer
// fits them only when every label suggests the same one; otherwise the
// values are masked, each keeping its length.
func (d *Dictionary) labelledPath(out []candidate, p string, ps *PathSample, kind string) []candidate {
	var (
		best     *entry
		matched  []string
		suggests = map[string]bool{}
	)
	for _, l := range slices.Sorted(maps.Keys(ps.Labels)) {
		for _, m := range d.matches(d.words(l)) {
			e := m.e
			// A label is read in no container: a session's, a social
			// profile's, an identity's entry does not hold for it.
			if !d.keyEntryHolds(e, "", kind) {
				continue
			}
			if e.category != None {
				matched = append(matched, fmt.Sprintf("%q", l))
				if best == nil || e.category.Rank() > best.category.Rank() {
					best = e
				}
				t := ""
				if e.suggest != nil {
					t = e.suggest.Transform
				}
				suggests[t] = true
			}
			break
		}
	}
	if best == nil {
		return out
	}
	sg := best.suggest
	if len(suggests) > 1 || sg == nil {
		sg = &Suggestion{Transform: "mask", Note: "values of several kinds under one path, each named by its label: masked, each keeping its length"}
	}
	n := len(matched)
	if n > 4 {
		matched = append(matched[:4], fmt.Sprintf("%d more", n-4))
	}
	ev := Evidence{Source: SourceName, Detector: best.id, Category: best.category, Path: p, Decisive: true,
		Message: fmt.Sprintf("the values are labelled %s (%d of the %d labels sampled name personal data): %s",
			strings.Join(matched, ", "), n, len(ps.Labels), phrase(best.category))}
	return append(out, candidate{Evidence: ev, suggest: sg})
}

// minFlagDocuments is the least number of documents whose string at a
// path, all of them flags, overrules the path's name.
const minFlagDocuments = 3

// keyColumn reports a column of the table's primary key or of one of its
// foreign keys: other rows reference it, or it references them, so its
// values are the rows' identity, not what a link carries.
func keyColumn(t *schema.Table, col string) bool {
	if t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, col) {
		return true
	}
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.FromColumns, col) {
			return true
		}
	}
	return false
}

// secretInSample reports a sample with anything a secret looks like in
// it: a secret detector's match, inside the text or under a JSON key, or
// a random-looking token or digest.
func secretInSample(cs *ColumnSample) bool {
	for det, k := range cs.Matches {
		if k > 0 && (detectorCategory(det) == Secret || det == DetectorHighEntropy || det == DetectorHexDigest) {
			return true
		}
	}
	for det, k := range cs.Embedded {
		if k > 0 && detectorCategory(det) == Secret {
			return true
		}
	}
	return false
}

// withArticle puts a or an before a type's name: an integer column, a
// uuid column (spoken you-you-id), an inet column.
func withArticle(typ string) string {
	if typ != "" && strings.IndexByte("aeioAEIO", typ[0]) >= 0 {
		return "an " + typ
	}
	return "a " + typ
}

// namesSecret reports a table name (its words, the head noun singular)
// whose head is a secret's name: api_keys, oauth_tokens, access_tokens.
func (d *Dictionary) namesSecret(tw []string, fits func(*entry) bool) bool {
	for _, m := range d.matches(tw) {
		if m.e.category == Secret && !m.e.weak && m.end == len(tw) && fits(m.e) {
			return true
		}
	}
	return false
}

// mappingKey reports a container named a mapping (attribute_mapping,
// field_mappings, claimMapper): its members map names to names. A
// container named attributes alone holds the attributes' values (a
// user's attributes at an identity provider), and is none.
func mappingKey(words []string) bool {
	for _, w := range words {
		if w = singular(w); w == "mapping" || w == "mapper" {
			return true
		}
	}
	return false
}

// absent reports a path whose key names a kind whose absence is telling
// (an email, a person's name, an IP address: the dictionary's @values
// rows flagged absence) and whose MinValues sampled documents or more hold
// under NoteShare of it, outside a container about people (whose display
// names are handles); what is the kind, as evidence spells it.
func (d *Dictionary) absent(e *entry, ps *PathSample, kind string) (string, bool) {
	if e.suggest == nil || ps.Seen < MinValues || kind == "person" {
		return "", false
	}
	check, ok := d.values[e.suggest.Transform]
	if !ok || !check.absence || len(check.detectors) == 0 {
		return "", false
	}
	for _, det := range check.detectors {
		if float64(ps.Matches[det]) >= NoteShare*float64(ps.Seen) {
			return "", false
		}
	}
	return detectorPhrase[check.detectors[0]], true
}

// lastKey returns the member name of a path's last step ($.a.b -> b,
// $.a['x y'][*] -> x y), or "" when the last step is a wildcard.
func lastKey(p string) string {
	keys := pathKeys(p)
	if len(keys) == 0 {
		return ""
	}
	return keys[len(keys)-1]
}

// pathKeys returns the member names along a path made by walkJSON, with
// array steps skipped and "" for a * member step.
func pathKeys(p string) []string {
	var keys []string
	for i := 1; i < len(p); {
		switch {
		case strings.HasPrefix(p[i:], "[*]"):
			i += 3
		case strings.HasPrefix(p[i:], "['"):
			var b strings.Builder
			j := i + 2
			for ; j < len(p) && p[j] != '\''; j++ {
				if p[j] == '\\' && j+1 < len(p) {
					j++
				}
				b.WriteByte(p[j])
			}
			keys = append(keys, b.String())
			i = j + 2
		case p[i] == '.':
			j := i + 1
			for j < len(p) && p[j] != '.' && p[j] != '[' {
				j++
			}
			if k := p[i+1 : j]; k != "*" {
				keys = append(keys, k)
			} else {
				keys = append(keys, "")
			}
			i = j
		default:
			return keys
		}
	}
	return keys
}

// suggest picks the suggestion of the winning category: column-level data
// evidence (highest share) over name over type; or, when JSON paths carry
// it, the json transformer with every decisive path (a secret-named JSON
// column is redacted whole).
func suggest(cands []candidate, cat Category, json bool) *Suggestion {
	if json && cat != Secret {
		for _, x := range cands {
			if x.Decisive && x.Category == cat && x.Path != "" {
				return jsonSuggestion(cands)
			}
		}
	}
	var best *candidate
	score := func(x *candidate) (int, float64) {
		switch {
		case x.order < 0:
			return x.order, 0 // decided after the fact: entities in free text
		case x.Detector == DetectorHighEntropy || x.Detector == DetectorHexDigest:
			return 3, 0 // they confirm a name; the name's suggestion stands
		case x.Source == SourceData:
			return 0, -x.Share
		}
		return x.order, 0
	}
	for i := range cands {
		x := &cands[i]
		if !x.Decisive || x.Category != cat || x.Path != "" {
			continue
		}
		if best == nil {
			best = x
			continue
		}
		o1, s1 := score(x)
		o2, s2 := score(best)
		if o1 < o2 || (o1 == o2 && s1 < s2) {
			best = x
		}
	}
	if best != nil {
		s := best.suggest.clone()
		if s == nil || (s.Transform == "" && s.Note == "") {
			return nil
		}
		if json && cat == Secret && s.Transform == "redact" {
			// A json column named for credentials: redact reads text, so
			// every member of the document is redacted instead (its
			// keys kept), whatever keys the sample happened to show.
			return &Suggestion{Transform: "json", Paths: map[string]string{EveryMember: "redact"}}
		}
		return s
	}
	return jsonSuggestion(cands)
}

// EveryMember is the JSONPath of every member and element of a document,
// at any depth, as the json transformer reads it.
const EveryMember = "$..*"

// jsonSuggestion is the json transformer with, for every path with
// decisive evidence, the transformer of its best evidence.
func jsonSuggestion(cands []candidate) *Suggestion {
	type pick struct {
		rank      int
		data      bool
		transform string
		params    map[string]string
	}
	paths := map[string]pick{}
	mixed := map[string]bool{}
	for _, x := range cands {
		if !x.Decisive || x.Path == "" || x.suggest == nil || x.suggest.Transform == "" {
			continue
		}
		p := pick{x.Category.Rank(), x.Source == SourceData, x.suggest.Transform, x.suggest.Params}
		cur, ok := paths[x.Path]
		if ok && p.data && cur.data && p.transform != cur.transform && x.Category != Secret && cur.rank < Secret.Rank() {
			// {"changed": [["mobile_no", "+44…", "+44…"], ["email_id",
			// "ann@…", "bo@…"]]}: emails at a path, and phones too, where
			// neither's transformer reads the other; scrub_text replaces
			// each one.
			mixed[x.Path] = true
		}
		if !ok || p.rank > cur.rank || (p.rank == cur.rank && p.data && !cur.data) {
			paths[x.Path] = p
		}
	}
	for p := range mixed {
		if paths[p].rank < Secret.Rank() {
			paths[p] = pick{paths[p].rank, true, "scrub_text", nil}
		}
	}
	if len(paths) == 0 {
		return nil
	}
	s := &Suggestion{Transform: "json", Paths: map[string]string{}}
	for p, x := range paths {
		s.Paths[p] = x.transform
		if len(x.params) > 0 {
			if s.PathParams == nil {
				s.PathParams = map[string]map[string]string{}
			}
			s.PathParams[p] = maps.Clone(x.params)
		}
	}
	return s
}

func hasSource(cands []candidate, s Source) bool {
	for _, x := range cands {
		if x.Source == s {
			return true
		}
	}
	return false
}

// decidedByOther reports decisive evidence of the category other than the
// column name and the detectors named in except.
func decidedByOther(cands []candidate, cat Category, except ...string) bool {
	for _, x := range cands {
		if x.Decisive && x.Category == cat && !(x.Source == SourceName && x.Path == "") && !slices.Contains(except, x.Detector) {
			return true
		}
	}
	return false
}

// trackingToken reads a token or cookie named like a secret, in a table
// about anonymous visitors' browsing, whose values are random but no
// credential a detector knows, as what it is: an id that tracks one
// browser across visits (a quasi-identifier, hashed so that it stays
// unique), not a credential that signs anybody in.
func trackingToken(cands []candidate, name int, table string) []candidate {
	cands[name].Decisive = false
	cands[name].Message += fmt.Sprintf(", but in %s, a table about visitors' browsing, a random token identifies a browser, it signs nobody in", table)
	overrule(cands, Secret, " (random, but no credential a detector knows)")
	return append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "tracking_id", Category: QuasiIdentifier, Decisive: true,
		Message: fmt.Sprintf("a visitor's id in %s: it tracks one browser across visits, %s", table, phrase(QuasiIdentifier))},
		suggest: &Suggestion{Transform: "hash"}, order: 1})
}

// publicTransforms are the suggestions of an institution's contact
// details: where it is and how to reach it.
var publicTransforms = map[string]bool{"street_address": true, "postcode": true, "city": true, "state": true, "country": true,
	"phone": true, "email": true, "company": true}

// institutionsOwn are the dictionary rows (by id) of an institution's own
// ids, kept where its contact details are: the payer id claims are sent
// to (an insurer's), not a person's.
var institutionsOwn = map[string]bool{"payer_id": true}

// placeTransforms are the contact details a place publishes: where it is
// and its numbers.
var placeTransforms = map[string]bool{"street_address": true, "postcode": true, "city": true, "state": true, "country": true,
	"phone": true, "company": true}

// A place's coordinates are as public as its address (a store on its
// locator's map, a room on a campus plan): a coordinate's name row
// suggests noise, kept there as the address is.
var (
	placeCoordinates  = withTransform(placeTransforms, "noise")
	publicCoordinates = withTransform(publicTransforms, "noise")
)

func withTransform(set map[string]bool, transform string) map[string]bool {
	out := maps.Clone(set)
	out[transform] = true
	return out
}

// coordinateWords are the dictionary's names of a position on a map: its
// rows that suggest noise for one (lat, latitude, geo ...). A word with no
// such row would never bring noise to keep.
var coordinateWords = []string{"lat", "lng", "lon", "latitude", "longitude", "geo", "coordinates"}

// coordinates reports a column named for a position on a map.
func coordinates(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(coordinateWords, w) })
}

// providerUID reports a uid beside its provider: OmniAuth's pair
// (provider, uid), which Devise keeps in users and others in a table of
// their own (Akkoma's registrations), is the person's account at that
// provider, whatever the table is named.
func (d *Dictionary) providerUID(t *schema.Table, words []string) bool {
	if len(words) != 1 || words[0] != "uid" {
		return false
	}
	for _, c := range t.Columns {
		switch w := d.words(c.Name); {
		case len(w) == 1 && w[0] == "provider",
			len(w) == 2 && w[1] == "provider" && slices.Contains([]string{"auth", "oauth", "sso", "identity", "login", "social"}, w[0]):
			return true
		}
	}
	return false
}

// machineAddress says why a column whose only personal data is IP or MAC
// addresses holds machines' addresses: its name says a server's
// (server_ip, relay_ip), or its table is one of machines (server_hosts,
// clusternode, interface) and every sampled IP address is internal (a
// private network, loopback, documentation), or it holds MAC addresses,
// which in a table of machines are their network cards'. "" when none
// holds, or when other evidence makes it a quasi-identifier.
func (d *Dictionary) machineAddress(t *schema.Table, cands []candidate, machineName bool, cs *ColumnSample) string {
	mac := false
	for _, x := range cands {
		ip := x.Detector == DetectorInet || x.Detector == DetectorIPv4 || x.Detector == DetectorIPv6 ||
			x.Source == SourceName && x.suggest != nil && (x.suggest.Transform == "ipv4" || x.suggest.Transform == "ipv6")
		isMAC := x.Detector == DetectorMAC || x.Detector == DetectorMacaddr || x.Source == SourceName && x.suggest != nil && x.suggest.Transform == "mac"
		if x.Decisive && x.Category == QuasiIdentifier && !ip && !isMAC {
			return ""
		}
		mac = mac || x.Decisive && isMAC
	}
	switch {
	case machineName && !mac:
		return "the name says a server's address"
	case mac:
		if d.machineTable(t.Name.Name) {
			return fmt.Sprintf("%s is a table of machines: its MAC addresses are its machines' network cards", t.Name.Name)
		}
		return ""
	case d.machineTable(t.Name.Name) && cs != nil && cs.NonNull > 0 && cs.Matches[DetectorInternalIP] == cs.NonNull:
		return fmt.Sprintf("%s is a table of machines, and all %d sampled addresses are on private networks", t.Name.Name, cs.NonNull)
	}
	return ""
}

// supportLine reports a name for a line that answers whoever calls: a
// hotline, a helpline, a support or service line or number
// (support_line, serviceHotline, helpdesk_phone).
func supportLine(words []string) bool {
	for i, w := range words {
		switch w {
		case "hotline", "helpline":
			return true
		case "support", "service", "helpdesk", "servicedesk":
			if i+1 < len(words) && slices.Contains([]string{"line", "phone", "number", "tel", "telephone"}, words[i+1]) {
				return true
			}
		}
	}
	return false
}

// supportNumber keeps a support line's numbers, which are published for
// whoever calls (a vendor's hotline, a service desk): when every decisive
// piece of evidence is phone numbers.
func supportNumber(cands []candidate, column string) []candidate {
	return keepPublic(cands, DirectIdentifier, phoneTransform, nil,
		fmt.Sprintf(", but %s names a support line", column),
		fmt.Sprintf("%s names a line that answers whoever calls (a hotline, a service desk): its numbers are published, not a person's, kept", column))
}

// phoneTransform is the one contact detail a support line publishes.
var phoneTransform = map[string]bool{"phone": true}

// publicContact keeps the contact details of a place or an institution
// whose details are public (a bank's head office, a carrier's service
// number, a store's address): when every decisive piece of evidence of
// the category suggests a contact detail, and no person's name is in the
// values. An institution's email address (a bank's service mailbox) is
// kept too; a place's stays masked: a store's or a warehouse's is a
// member of staff's mailbox as often as a role's.
func publicContact(cands []candidate, cat Category, table string, institution, coords bool) []candidate {
	transforms, own := placeTransforms, map[string]bool(nil)
	if institution {
		own = institutionsOwn
	}
	switch {
	case coords && institution:
		transforms = publicCoordinates
	case coords:
		transforms = placeCoordinates
	case institution:
		transforms = publicTransforms
	}
	what := "their addresses and numbers are public"
	if coords {
		what = "where they are is public, as their addresses are"
	}
	return keepPublic(cands, cat, transforms, own,
		fmt.Sprintf(", but %s is a table of places or institutions whose contact details are public", table),
		fmt.Sprintf("%s holds places or institutions (offices, stores, banks, carriers, administrative areas), not people: %s, kept", table, what))
}

// keepPublic keeps a column whose decisive evidence of the category is all
// contact details that are published (transforms names them by their
// suggested transformer) or the institution's own ids (own names them by
// the dictionary row that matched), with no person's name among the
// values and none found inside a JSON document: it overrules that
// evidence, saying but, and adds the reason it is kept.
func keepPublic(cands []candidate, cat Category, transforms, own map[string]bool, but, kept string) []candidate {
	for _, x := range cands {
		if !x.Decisive || x.Category != cat {
			continue
		}
		if x.suggest == nil || !transforms[x.suggest.Transform] && !own[x.Detector] || x.Detector == DetectorPersonName || x.Path != "" {
			return cands
		}
	}
	overrule(cands, cat, but)
	return append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "public_contact", Category: None, Decisive: true, Message: kept}})
}

// detectorOrder is the order data evidence is reported in.
var detectorOrder = []string{
	DetectorPrivateKey, DetectorPasswordHash, DetectorJWT, DetectorAWSAccessKey, DetectorStripeKey,
	DetectorGitHubToken, DetectorSlackToken, DetectorGoogleAPIKey, DetectorBitLocker, DetectorURLCredentials, DetectorAPIToken, DetectorSecretName,
	DetectorHighEntropy, DetectorHexDigest,
	DetectorEmail, DetectorCardNumber, DetectorIBAN, DetectorSSN, DetectorNationalID, DetectorPTNIF, DetectorPhone, DetectorIPv4, DetectorIPv6,
	DetectorMAC, DetectorUserAgent, DetectorPersonName, DetectorStreetAddress, DetectorPostcode, DetectorSocialProfile, DetectorTrackingURL, DetectorChatHandle, DetectorNameSlug,
	DetectorNameLogin, DetectorPaymentCustomer, DetectorClinicalCode, DetectorClientHost, DetectorHexIP, DetectorBirthDate, DetectorSalutation,
	DetectorProse,
}

// detectorPhrase says what a detector found, for evidence messages.
var detectorPhrase = map[string]string{
	DetectorEmail:           "email addresses",
	DetectorPhone:           "phone numbers",
	DetectorCardNumber:      "payment card numbers (Luhn-valid, known issuer)",
	DetectorIBAN:            "IBANs (mod-97 valid)",
	DetectorSSN:             "US Social Security numbers",
	DetectorIPv4:            "IPv4 addresses",
	DetectorIPv6:            "IPv6 addresses",
	DetectorJWT:             "JSON Web Tokens",
	DetectorAWSAccessKey:    "AWS access key ids",
	DetectorStripeKey:       "Stripe secret keys",
	DetectorGitHubToken:     "GitHub tokens",
	DetectorSlackToken:      "Slack tokens",
	DetectorGoogleAPIKey:    "Google API keys",
	DetectorBitLocker:       "BitLocker recovery keys",
	DetectorPasswordHash:    "password hashes",
	DetectorPrivateKey:      "private keys",
	DetectorURLCredentials:  "URLs carrying credentials",
	DetectorSecretName:      "non-empty values under a key named like a secret",
	DetectorHighEntropy:     "random-looking tokens",
	DetectorHexDigest:       "bare hex digests, as an unsalted password hash is stored",
	DetectorProse:           "prose of six words or more",
	DetectorAPIToken:        "API tokens (a prefix and a random part, or a base64 key)",
	DetectorPersonName:      "people's full names",
	DetectorNationalID:      "national or tax identification numbers (check digits valid)",
	DetectorStreetAddress:   "street address lines",
	DetectorPostcode:        "postcodes",
	DetectorMAC:             "MAC addresses",
	DetectorUserAgent:       "browsers' and apps' user agents",
	DetectorBirthDate:       "dates that would give a person an age of 0 to 110",
	DetectorSocialProfile:   "URLs of people's profiles on social networks",
	DetectorTrackingURL:     "URLs carrying an ad click's tracking id (gclid, fbclid)",
	DetectorChatHandle:      "people's chat or fediverse handles (@ann:matrix.org, @ann@mastodon.social)",
	DetectorNameLogin:       "logins spelled from people's names, like jsmith",
	DetectorPaymentCustomer: "customers' and sellers' ids at a payment provider (Stripe's cus_, acct_)",
	DetectorClinicalCode:    "coded diagnoses, medications, test results or sensitivity labels (ICD-10, RxNorm, LOINC with a value, HL7's ETH)",
	DetectorReference:       "references to rows of a named type (Patient/<id>, gid://app/User/42)",
	DetectorServerAddress:   "servers' addresses (URLs, host:port)",
	DetectorClientHost:      "subscriber lines' host names with their IP addresses in them (c-73-22-1-5.hsd1.example.net)",
	DetectorHexIP:           "IP addresses in hex digits (C0A80001, v6-20010DB8…)",
	DetectorPTNIF:           "Portuguese tax numbers (NIF, nine digits with their mod-11 check digit)",
	DetectorAnswer:          "answers to a yes/no question (YES, NO, UNKNOWN)",
	DetectorNameSlug:        "people's full names spelled as slugs, file names or handles",
	DetectorStatus:          "workflow statuses (pending, shipped, active)",
	DetectorRowKey:          "keys of rows (UUIDs, ObjectIds, drawn ids, numbers, document numbers)",
	DetectorFlag:            "flags (Y/N, true/false, 0/1)",
	DetectorSystemActor:     "accounts with no person behind them (admin, ops-terraform, InvoiceDispatcher)",
	DetectorKeyFile:         "names of key files (id_ed25519, server.pem)",
	DetectorUUID:            "UUIDs",
	DetectorSessionKey:      "ids of login sessions: the cookie's value",
	DetectorResetKey:        "random keys of password resets: the emailed link's",
	DetectorDeviceCode:      "codes typed to approve a device's login",
	DetectorOpenPGPKeyID:    "OpenPGP key ids and fingerprints",
	DetectorSalutation:      "forms of address (Mr, Frau, Mme, Dr.)",
	DetectorMixed:           "identifiers of several kinds",
	DetectorOpaqueValues:    "identifiers under a name that says only that it holds a value",
}

// phrase spells a category for messages.
func phrase(c Category) string {
	switch c {
	case Secret:
		return "a secret"
	case DirectIdentifier:
		return "a direct identifier"
	case QuasiIdentifier:
		return "a quasi-identifier"
	case FreeText:
		return "free text"
	}
	return "not personal data"
}

func patternText(e *entry) string { return strings.Join(e.pattern, " ") }

func round(f float64) float64 { return math.Round(f*10000) / 10000 }

func percent(f float64) string {
	p := f * 100
	if p >= 1 || p == 0 {
		return fmt.Sprintf("%.0f%%", math.Floor(p))
	}
	return fmt.Sprintf("%.1f%%", p)
}

// columnClass returns the type class of a column: its type, domains
// resolved, arrays as their element.
func columnClass(t *schema.Type) string {
	u := t.Underlying()
	if u.Elem != nil {
		u = u.Elem.Underlying()
	}
	return typeClass(u)
}

// typeClass maps a (resolved, non-array) type to a class.
func typeClass(u *schema.Type) string {
	switch u.Name {
	case "text", "varchar", "bpchar", "name", "char", "citext":
		return classText
	case "json", "jsonb":
		return classJSON
	case "int2", "int4", "int8", "numeric", "float4", "float8", "money":
		return classNum
	case "bool":
		return classBool
	case "date":
		return classDate
	case "timestamp", "timestamptz", "time", "timetz", "interval":
		return classTime
	case "inet", "cidr":
		return classIP
	case "macaddr", "macaddr8":
		return classMac
	case "bytea":
		return classBytea
	case "uuid":
		return classUUID
	case "tsvector":
		return classTSVector
	}
	switch u.Category {
	case "S":
		return classText
	case "N":
		return classNum
	case "B":
		return classBool
	case "D":
		return classTime
	case "I":
		return classIP
	case "E":
		return classEnum
	}
	if u.Kind == schema.TypeEnum {
		return classEnum
	}
	return classOther
}

// messageIDName reports a name for an email's Message-ID or the one it
// replies to (message_id, msgid, in_reply_to).
func messageIDName(words []string) bool {
	n := len(words)
	switch {
	case n >= 2 && words[n-2] == "message" && words[n-1] == "id", n >= 1 && (words[n-1] == "messageid" || words[n-1] == "msgid"):
		return true
	case n >= 3 && words[n-3] == "in" && words[n-2] == "reply" && words[n-1] == "to":
		return true
	}
	return false
}

// binaryKey reports a bytea column that is a row's key or a reference to
// one (Shopware's binary(16) ids: product.tax_id), by its name or by its
// keys (keyColumn): its bytes are an id, not an encrypted field, whatever
// its name says.
func binaryKey(t *schema.Table, c *schema.Column, words []string) bool {
	return len(words) > 0 && slices.Contains([]string{"id", "ids", "uuid", "guid"}, words[len(words)-1]) || keyColumn(t, c.Name)
}

// ciphertext reports a sampled bytea column whose values are bytes that
// are not text, as a field the application encrypts is. Binary counts
// every value that is no text; NonNull counts the text values and, of the
// others, only the short random ones (randomKeyBytes), so a column of
// long ciphertexts has Binary > 0 and NonNull 0.
func ciphertext(cs *ColumnSample) bool {
	return cs != nil && cs.Binary > 0 && cs.Binary >= cs.NonNull
}

// DetectorInBinary names the evidence of identifiers in the strings of a
// bytea column's binary values (see binaryStrings).
const DetectorInBinary = "in_binary"

// binaryStrings reads the strings of a bytea column's binary values: a
// Python pickle, a Java-serialized object or a msgpack document keeps its
// text as it was written, so a pickled list of addresses (a mailing
// list's nonmembers, a task queue's arguments) shows them. Emails, IBANs
// and cards in PreciseShare of the binary values, preciseMatches at
// least, make the column a direct identifier, replaced whole by a digest:
// no transformer rewrites a serialization it does not know.
func binaryStrings(cands []candidate, cs *ColumnSample) []candidate {
	k := 0
	var phrases []string
	for _, det := range binaryDetectors {
		if m := cs.InBinary[det]; m > 0 {
			k = max(k, m)
			phrases = append(phrases, detectorPhrase[det])
		}
	}
	share := float64(k) / float64(cs.Binary)
	if k < preciseMatches || share < PreciseShare {
		return cands
	}
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: DetectorInBinary, Category: DirectIdentifier,
		Matched: k, Sampled: cs.Binary, Share: round(share), Decisive: true,
		Message: fmt.Sprintf("%s of %d sampled binary values (serialized data) hold %s in their strings", percent(share), cs.Binary, strings.Join(phrases, ", "))},
		suggest: &Suggestion{Transform: "hash", Note: "serialized data whose strings hold identifiers: replaced whole by a digest, or null it if the application can do without it"}})
}

// imageData reports a sampled text column whose values are mostly images
// written as data URLs.
func imageData(cs *ColumnSample) bool {
	return cs != nil && cs.NonNull > 0 && 2*cs.Matches[DetectorImageData] >= cs.NonNull
}

// bookkeepingFlags are last words of a yes/no column that say how the
// application keeps the row (deleted, voided, synced), not something
// about the person the row is about.
var bookkeepingFlags = map[string]bool{
	"deleted": true, "voided": true, "retired": true, "archived": true, "active": true, "inactive": true, "enabled": true,
	"disabled": true, "hidden": true, "visible": true, "locked": true, "published": true, "draft": true, "synced": true,
	"processed": true, "read": true, "sent": true, "dirty": true, "valid": true, "current": true, "latest": true,
	"default": true, "primary": true, "system": true, "test": true, "imported": true, "exported": true, "anonymized": true,
	"pseudonymized": true, "verified": true, "approved": true, "reviewed": true, "signed": true,
}

// healthAnswer says why a column of a table about health answers a
// yes/no question about its subject (a boolean, or text whose sampled
// values are all yes, no or unknown), or returns "". A column named for
// how the row is kept (deleted, synced) is not one.
func (d *Dictionary) healthAnswer(c *schema.Column, cs *ColumnSample, cls string, words []string) string {
	if len(words) == 0 || bookkeepingFlags[words[len(words)-1]] || words[len(words)-1] == "id" {
		return ""
	}
	switch cls {
	case classBool:
		return fmt.Sprintf("%s is a yes/no", c.Name)
	case classText, classEnum:
		if cs == nil || cs.NonNull < MinValues {
			return ""
		}
		if k := cs.Matches[DetectorAnswer]; float64(k) >= RowKeyShare*float64(cs.NonNull) {
			return fmt.Sprintf("%s of %d sampled values are %s", percent(float64(k)/float64(cs.NonNull)), cs.NonNull, detectorPhrase[DetectorAnswer])
		}
	}
	return ""
}

// groupTables are the head nouns of tables of groups of people or of
// their work (besides @company_table's organizations), whose images are
// logos and icons.
var groupTables = map[string]bool{"team": true, "group": true, "usergroup": true, "namespace": true, "project": true, "repository": true,
	"repo": true, "workspace": true, "channel": true, "space": true, "guild": true, "clan": true, "community": true, "room": true}

// imageWords say a column holds an image or where one is.
var imageWords = map[string]bool{"photo": true, "image": true, "picture": true, "avatar": true, "logo": true, "icon": true, "pic": true}

// healthFindings are the last words of a column's name that, in a table
// about health, name a person's condition or why they came (an alert's
// title, a visit's reason, a complaint).
var healthFindings = map[string]bool{"title": true, "reason": true, "condition": true, "complaint": true, "problem": true, "finding": true}

// ownKey reports a column named for its table and a random key's suffix
// (c_bp_bankaccount_uu, ad_note_uu, account_guid in account): the row's
// own key (iDempiere gives every table a <table>_uu UUID beside its
// <table>_id), not what the table's name says. A <table>_id may be a
// natural key that is personal (OFBiz's user_login.user_login_id, a
// login), so it is not one.
func ownKey(table, col string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(col), strings.ToLower(table)+"_")
	return ok && slices.Contains([]string{"uu", "uuid", "guid"}, rest)
}
