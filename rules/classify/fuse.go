package classify

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/understudy/understudy/schema"
)

// TemplateShare: free text whose sample has fewer than one distinct value
// in TemplateShare is the text of templates (notification subjects),
// not what people type.
const TemplateShare = 5

// StatusShare is the least share of workflow statuses (pending, shipped,
// active) among a column's sampled values that overrules its name: a
// state beside an address that holds "shipped" is an order's state.
const StatusShare = 0.8

// maxSystemActors bounds the distinct accounts of a column named for who
// wrote the row that is read as written by the system alone: a few
// service accounts and the superuser.
const maxSystemActors = 8

// RowKeyShare is the least share of keys of rows (UUIDs, ObjectIds,
// numbers) among the sampled values of a column named for who wrote the
// row (created_by) that overrules its name: the column references the
// author's row and spells no login. One value in twenty may be something
// else (a system account's "admin" or "system"); more than that, and the
// name stands.
const RowKeyShare = 0.95

// MinValues is the least number of sampled non-empty values for which the
// values may overrule a column's name: below it a sample says too little.
const MinValues = 20

// valueCheck is what sampled values must show for a name to stand: the
// detectors that recognise what the name suggests, and whether finding
// none of it is enough to overrule the name (absence) or only finding
// something else is (a column named address holding IP addresses).
type valueCheck struct {
	detectors []string
	absence   bool
}

// fuse weighs a column's name against its sampled values, where both speak
// of the same column (JSON paths aside), and lets the values win when they
// contradict the name:
//
//   - the name suggests a kind the detectors recognise (an email, a
//     person's name, an IP address), fewer than NoteShare of the values
//     are that kind, and another identifier is decisive in the values:
//     the name is overruled, and the values decide (IP addresses in a
//     column named address get an IP transformer);
//   - StatusShare of the values are workflow statuses (pending, shipped,
//     active): the name is overruled and the column kept, whatever the
//     name suggested (an order's state beside its shipping address);
//   - the name says who wrote the row (created_by) and RowKeyShare of
//     the values are keys of rows (Ghost's 24-digit ObjectIds, UUIDs,
//     NocoDB's us_x8k2m9q0p1z: ids of one type and one length drawn
//     after it): the column references the author's row, and is kept;
//     so is a column named for a person's name whose values are such
//     keys or document numbers (Frappe's name, HR-EMP-00012), even in a
//     table about people;
//   - the name says a login and RowKeyShare of the values are UUIDs or
//     hex digests: the application drew it for the account (Plane's
//     username; people sign in with their email), and it is kept;
//   - the same, with nothing else decisive in the values, and the kind is
//     one whose absence is telling (an email column without one email, a
//     display_name without one person's name in MinValues values, outside
//     a table about people, whose display names are their handles): the
//     name is overruled, and the column is kept with the evidence;
//   - the name says who wrote the row and every value is an account with
//     no person behind it (admin, ops-terraform, InvoiceDispatcher), a
//     few of them at most: the column is kept too;
//
// The values of a table of fewer than MinValues rows weigh as much as
// MinValues would when the sample holds all of them (whole) and the table
// is not about people: a bot's or a team's display name, read in every
// row of its table, is a label, not a person's name.
//
// Secrets are overruled only by flags and by key files' names: a password
// column may hold anything but a column of Y and N alone, which says
// whether something applies (require_password_change), as a login column
// of flags (use_primary_email_username) does; a private key column of
// file names alone (id_ed25519) says where the key is kept. Free text is
// weighed once the category is known, by freeText.
func (d *Dictionary) fuse(cands []candidate, nameIdx int, cs *ColumnSample, cls, tkind string, whole bool) []candidate {
	if nameIdx < 0 || cs == nil || cs.NonNull == 0 || cs.NonNull < MinValues && (!whole || tkind == "person") || cls != classText {
		return cands
	}
	name := &cands[nameIdx]
	if !name.Decisive {
		return cands
	}
	if k := cs.Matches[DetectorFlag]; k == cs.NonNull && (name.Category == Secret || name.Category == DirectIdentifier) {
		// Only Y and N: whether a password change is required, whether
		// the primary email is the user name. A quasi-identifier may be
		// a flag (smoker, married), and stands.
		return valuesKeep(cands, name, DetectorFlag, k, cs.NonNull, detectorPhrase[DetectorFlag], "whether it applies, not what the name says")
	}
	if k := cs.Matches[DetectorKeyFile]; k == cs.NonNull && name.Category == Secret {
		// id_ed25519, /etc/ssl/private/app.pem: where the key is kept.
		// What looked random in them is a file's name.
		for i := range cands {
			if x := &cands[i]; x.Source == SourceData && x.Decisive && (x.Detector == DetectorHighEntropy || x.Detector == DetectorHexDigest) {
				x.Decisive = false
				x.Message += ", but every value is a key file's name"
			}
		}
		return valuesKeep(cands, name, DetectorKeyFile, k, cs.NonNull, detectorPhrase[DetectorKeyFile], "where the key is kept, not the key")
	}
	if name.Category == Secret {
		return cands
	}
	if k := cs.Matches[DetectorReference]; float64(k) >= RowKeyShare*float64(cs.NonNull) {
		// Patient/<uuid> under subject, User/<uuid> under user: a FHIR
		// server's references, a GlobalID. The row they point to may be a
		// person's; the column holds only the link.
		return valuesKeep(cands, name, DetectorReference, k, cs.NonNull, detectorPhrase[DetectorReference], "links to other rows, not what the name says")
	}
	if name.suggest == nil {
		return cands
	}
	if k := cs.Matches[DetectorStatus]; float64(k) >= StatusShare*float64(cs.NonNull) {
		return valuesKeep(cands, name, DetectorStatus, k, cs.NonNull, detectorPhrase[DetectorStatus], "a workflow's state, not what the name says")
	}
	if k := cs.Matches[DetectorServerAddress]; name.suggest.Transform == "street_address" && float64(k) >= RowKeyShare*float64(cs.NonNull) {
		// A replica's relay_address, a node's address: http://10.42.6.170:8080.
		return valuesKeep(cands, name, DetectorServerAddress, k, cs.NonNull, detectorPhrase[DetectorServerAddress], "where a server listens, not a street")
	}
	check, ok := d.values[name.suggest.Transform]
	personName := ok && slices.Contains(check.detectors, DetectorPersonName)
	if k := cs.Matches[DetectorRowKey] + cs.DrawnKeys; (name.actor || personName) && float64(k) >= RowKeyShare*float64(cs.NonNull) {
		why := "a reference to the author's row, not a login"
		if !name.actor {
			why = "the record's key (a document number), not a person's name" // Frappe's name: HR-EMP-00012
		}
		return valuesKeep(cands, name, DetectorRowKey, k, cs.NonNull, detectorPhrase[DetectorRowKey], why)
	}
	if k := cs.Matches[DetectorUUID] + cs.Matches[DetectorHexDigest]; name.suggest.Transform == "username" && float64(k) >= RowKeyShare*float64(cs.NonNull) {
		// A login of 32 random hex digits, or a UUID: one the
		// application drew for the account (people sign in with their
		// email), as a row's key is.
		return valuesKeep(cands, name, DetectorRowKey, k, cs.NonNull, "UUIDs or hex digests", "a key the application drew for the account, not a login a person chose")
	}
	if k := cs.Matches[DetectorSystemActor]; name.actor && k == cs.NonNull && cs.Distinct <= maxSystemActors {
		// Only the superuser, a provisioning tool and the application's
		// own classes ever wrote these rows.
		return valuesKeep(cands, name, DetectorSystemActor, k, cs.NonNull, detectorPhrase[DetectorSystemActor], "the application's own accounts, not a person's login")
	}
	if !ok {
		return cands
	}
	expected := 0
	for _, det := range check.detectors {
		expected = max(expected, cs.Matches[det])
	}
	share := float64(expected) / float64(cs.NonNull)
	if share >= NoteShare {
		return cands
	}
	what := "what the name says"
	if len(check.detectors) > 0 {
		what = detectorPhrase[check.detectors[0]]
	} else if check.absence {
		return cands // nothing can be found absent
	}
	var other *candidate
	for i := range cands {
		x := &cands[i]
		if x.Source == SourceData && x.Decisive && x.Path == "" && x.Category != Secret && x.Category != FreeText {
			if other == nil || x.Share > other.Share {
				other = x
			}
		}
	}
	switch {
	case other != nil:
		name.Decisive = false
		name.Message += fmt.Sprintf(", overruled by the values: %s of %d sampled values are %s, %s are %s",
			percent(share), cs.NonNull, what, percent(other.Share), cmp.Or(detectorPhrase[other.Detector], "identifiers"))
	case check.absence && !(tkind == "person" && personName):
		// In a table about people, a name column without a real name
		// holds their handles (a display_name of "mapper42"): personal
		// all the same.
		return valuesKeep(cands, name, "values_over_name", expected, cs.NonNull, what, "not what the name says")
	}
	return cands
}

// valuesKeep overrules the name's evidence (name, one of cands) and keeps
// the column by its values: k of the n sampled values are what (found by
// the detector det), which is why the name does not stand.
func valuesKeep(cands []candidate, name *candidate, det string, k, n int, what, why string) []candidate {
	share := float64(k) / float64(n)
	name.Decisive = false
	name.Message += fmt.Sprintf(", overruled by the values: %s of %d sampled values are %s", percent(share), n, what)
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: det, Category: None,
		Matched: k, Sampled: n, Share: round(share), Decisive: true,
		Message: fmt.Sprintf("%s of %d sampled values are %s: %s, kept", percent(share), n, what, why)}})
}

// notesAbout reads a text column named for a quasi-identifier (allergies,
// diagnosis, occupation) whose values read as sentences (ProseShare of
// MinValues or more) as notes about it that people typed: free text,
// weighed then by what the text holds, rather than one value a
// quasi-identifier transformer would replace.
//
// notes says what the notes are about ("" when the column is not read so).
// In a table about people, such notes are about a person even when they
// repeat ("No known drug allergies"): freeText replaces them whole.
func notesAbout(cands []candidate, nameIdx int, cls string) ([]candidate, string) {
	if nameIdx < 0 || cls != classText || !cands[nameIdx].Decisive || cands[nameIdx].Category != QuasiIdentifier ||
		decidedByOther(cands, QuasiIdentifier) {
		return cands, "" // the values are the attribute (user agents)
	}
	for _, x := range cands {
		if x.Source == SourceData && x.Detector == DetectorProse && x.Decisive {
			name := &cands[nameIdx]
			name.Decisive = false
			name.Message += fmt.Sprintf(", overruled by the values: %s of %d sampled values read as sentences, notes about it", percent(x.Share), x.Sampled)
			return cands, fmt.Sprintf("they are notes about %s", strings.ReplaceAll(name.Detector, "_", " "))
		}
	}
	return cands, ""
}

// freeText decides a text column found to be free text (by its name or
// by prose in its values) by what its sampled values hold: entities
// inside the text (emails, phones, names) make it scrub_text, which
// replaces them and keeps the rest. Text without any in MinValues values
// is kept as it is, with the evidence, unless people wrote it or it is
// about them (aboutPeople names the table that says so) and its values
// do not repeat like a template's (or they are notes about a
// quasi-identifier of theirs, repeated or not: notesAbout): then what no
// detector sees (a complaint, a diagnosis) may be personal, and the text
// is replaced whole.
// Text of a lookup table (lookup says why the table is one) too small a
// sample to tell is kept: reference data, not what people type.
func (d *Dictionary) freeText(cands []candidate, cs *ColumnSample, aboutPeople, lookup string, notes bool) []candidate {
	var found []string
	with := 0
	for _, det := range detectorOrder {
		k := cs.Embedded[det] + cs.Matches[det]
		if k == 0 || det == DetectorProse || det == DetectorHighEntropy || det == DetectorHexDigest {
			continue
		}
		found = append(found, detectorPhrase[det])
		with = max(with, k)
	}
	if len(found) > 0 {
		cands = append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: "entities_in_text", Category: FreeText,
			Matched: with, Sampled: cs.NonNull, Share: round(float64(with) / float64(cs.NonNull)), Decisive: true,
			Message: fmt.Sprintf("sampled values hold %s inside the text: scrub them, keep the rest", strings.Join(found, ", "))},
			suggest: &Suggestion{Transform: "scrub_text"}, order: -1})
		return d.identifiersNotProse(cands, cs)
	}
	if cs.NonNull < MinValues {
		if lookup == "" {
			return cands
		}
		overrule(cands, FreeText, fmt.Sprintf(", overruled by the table: %s", lookup))
		return append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "lookup_table", Category: None, Sampled: cs.NonNull, Decisive: true,
			Message: fmt.Sprintf("none of %d sampled values holds an identifier, and %s: reference data, kept", cs.NonNull, lookup)}})
	}
	if aboutPeople != "" && (notes || cs.Distinct*TemplateShare > cs.NonNull) {
		return append(cands, candidate{Evidence: Evidence{Source: SourceName, Detector: "about_people", Category: FreeText,
			Sampled: cs.NonNull, Decisive: true,
			Message: fmt.Sprintf("none of %d sampled values holds an identifier a detector knows, but %s: what people write may be personal all the same", cs.NonNull, aboutPeople)},
			suggest: &Suggestion{Transform: "lorem", Note: "no entity was found to scrub: the text is replaced whole; keep it after review if it holds nothing personal"}})
	}
	overrule(cands, FreeText, fmt.Sprintf(", overruled by the values: none of %d sampled values holds an identifier or a secret", cs.NonNull))
	msg := fmt.Sprintf("none of %d sampled values holds an email, phone number, card, IBAN, IP address, person's name or secret: kept", cs.NonNull)
	if aboutPeople != "" {
		msg = fmt.Sprintf("none of %d sampled values holds an identifier, and they repeat (%d distinct, numbers aside): the text of templates, kept", cs.NonNull, cs.Distinct)
	}
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: "no_entities", Category: None,
		Sampled: cs.NonNull, Decisive: true, Message: msg}})
}

// Evidence weights: how far one piece of evidence alone supports its
// category, for Score.
const (
	weightName = 0.7  // a dictionary name match
	weightType = 0.95 // inet, macaddr
)

// score is the confidence in a column's category, from 0 to 1: the
// chance that not every piece of decisive evidence for it is wrong, each
// weighed alone (a name match 0.7, a type 0.95, a data share s as
// 0.5 + 0.49 s, a secret in the data 0.99), as if they were independent.
// A category of None decided by the values (they overruled a name) scores
// 0.9; otherwise 1 minus the weight of the strongest evidence that fell
// short, or 0 when there was no evidence either way (nothing is known).
func score(cands []candidate, cat Category) float64 {
	weight := func(x candidate) float64 {
		switch {
		case x.Source == SourceName:
			return weightName
		case x.Source == SourceType:
			return weightType
		case x.Category == Secret:
			return 0.99
		case x.Sampled >= MinValues && x.Category == None:
			return 0.9 // the values overruled a name
		}
		return 0.5 + 0.49*x.Share
	}
	if cat == None {
		against, overruled := 0.0, 0.0
		for _, x := range cands {
			switch {
			case x.Decisive && x.Category == None:
				overruled = max(overruled, weight(x))
			case !x.Decisive && x.Category.Sensitive():
				against = max(against, weight(x))
			}
		}
		switch {
		case overruled > 0:
			return round(overruled)
		case against > 0:
			return round(1 - against)
		}
		return 0
	}
	miss := 1.0
	for _, x := range cands {
		if x.Decisive && x.Category == cat {
			miss *= 1 - weight(x)
		}
	}
	return round(1 - miss)
}

// aboutPeople says why a table's text is by or about people: the table
// is about people, or references one that is; "" when neither.
func (d *Dictionary) aboutPeople(t *schema.Table, tkind string) string {
	if tkind == "person" {
		return fmt.Sprintf("%s is about people", t.Name.Name)
	}
	if d.healthTable(t.Name.Name) {
		return fmt.Sprintf("%s is about a person's health", t.Name.Name)
	}
	for _, fk := range t.ForeignKeys {
		if d.tableKind(fk.To.Name) == "person" && !d.recordKeeping(fk.FromColumns) {
			return fmt.Sprintf("%s references %s, about people", t.Name.Name, fk.To.Name)
		}
	}
	return ""
}

// headingName reports a column named for a heading (title, event_title,
// headline): its head noun is one of the dictionary's @heading words,
// which are in its vocabulary, so that a run-together name keeps them
// whole (headline is not head and line).
func (d *Dictionary) headingName(words []string) bool {
	return len(words) > 0 && d.headings[words[len(words)-1]]
}

// recordKeeping reports the columns of a foreign key that say who created
// or last changed a row (created_by_fk, changed_by_fk, create_uid,
// write_uid, last_modified_by): an application that keeps them keeps
// them on every table, and they make a table no more about people than
// its timestamps make it about time.
func (d *Dictionary) recordKeeping(cols []string) bool {
	for _, c := range cols {
		w := d.words(c)
		if len(w) < 2 || !slices.Contains(recordVerbs, w[0]) && !(w[0] == "last" && len(w) > 2 && slices.Contains(recordVerbs, w[1])) {
			return false
		}
		for _, x := range w[1:] {
			if !slices.Contains(recordVerbs, x) && !slices.Contains([]string{"by", "user", "uid", "id", "fk"}, x) {
				return false
			}
		}
	}
	return len(cols) > 0
}

// recordVerbs are the words of a row's record keeping, before by or uid.
var recordVerbs = []string{"created", "create", "updated", "update", "updater", "modified", "modifier", "changed", "edited", "write", "inserted"}

// overrule makes the decisive evidence of a category context, saying why.
func overrule(cands []candidate, cat Category, why string) {
	for i := range cands {
		if x := &cands[i]; x.Decisive && x.Category == cat {
			x.Decisive = false
			x.Message += why
		}
	}
}

// identifiersNotProse reads the identifiers found inside a column's values
// as what the column is when nothing says it holds prose: no free-text
// name (notes, comment, body) and under ProseShare of the values read as
// sentences. A vendor name that is "<person> DBA <trade name>", an
// emergency contact of a name, a relation and a phone, a workspace named
// "<person>'s workspace", its slug or a file named after a person are
// short values that name people: the column is an identifier of the
// category of what they hold, not free text. The suggestion stays
// scrub_text (the rest of each value is kept), except for slugs and file
// names, whose names scrub_text cannot find: they get the slug detector's
// suggestion. Values that read as sentences are weighed by
// peopleDocuments.
func (d *Dictionary) identifiersNotProse(cands []candidate, cs *ColumnSample) []candidate {
	for _, x := range cands {
		if x.Decisive && x.Category == FreeText && x.Source == SourceName && x.Path == "" {
			return cands // the name says prose
		}
	}
	prose := float64(cs.Matches[DetectorProse]) / float64(cs.NonNull)
	if prose >= ProseShare {
		return peopleDocuments(cands, cs, prose)
	}
	cat := None
	var dets []string
	for _, x := range cands {
		switch {
		case x.Decisive && x.Category == FreeText && x.Source == SourceData && x.Path == "" && x.Detector != DetectorProse && x.Detector != "entities_in_text":
			dets = append(dets, x.Detector)
			if c := detectorCategory(x.Detector); c.Rank() > cat.Rank() {
				cat = c
			}
		}
	}
	if cat == None {
		return cands
	}
	suggest := &Suggestion{Transform: "scrub_text"}
	if len(dets) == 1 && dets[0] == DetectorNameSlug {
		suggest = d.detectors[DetectorNameSlug].clone()
	}
	phrases := make([]string, len(dets))
	for i, det := range dets {
		phrases[i] = detectorPhrase[det]
	}
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: "identifiers_not_prose", Category: cat,
		Sampled: cs.NonNull, Decisive: true,
		Message: fmt.Sprintf("%s of %d sampled values read as sentences and the name does not say prose: the %s inside short values make it %s",
			percent(prose), cs.NonNull, strings.Join(phrases, ", "), phrase(cat))},
		suggest: suggest, order: -1})
}

// DocumentShare is the least share of a column's values that hold one
// kind of direct identifier for text that nothing names as prose to be
// documents about people (see peopleDocuments): most of them.
const DocumentShare = 0.5

// peopleDocuments reads text that reads as sentences, under a name that
// does not say prose, as documents about people when most of its values
// name them: one kind of direct identifier inside DocumentShare of the
// values, and another kind inside EmbeddedShare (the text extracted from
// CVs and invoices, with a name, an email and a phone in each). Prose
// people type mentions someone now and then; a document about a person
// names them and how to reach them, and everything else in it (the
// street line no detector finds in running text, the employers, the
// dates) is about them too. So the column is a direct identifier, and
// the text is replaced whole (lorem), not scrubbed: scrub_text would keep
// what it cannot find.
func peopleDocuments(cands []candidate, cs *ColumnSample, prose float64) []candidate {
	type kind struct {
		det   string
		count int
	}
	var kinds []kind
	for _, det := range detectorOrder {
		k := cs.Embedded[det] + cs.Matches[det]
		if detectorCategory(det) == DirectIdentifier && float64(k) >= EmbeddedShare*float64(cs.NonNull) {
			kinds = append(kinds, kind{det, k})
		}
	}
	slices.SortStableFunc(kinds, func(a, b kind) int { return b.count - a.count })
	if len(kinds) < 2 || float64(kinds[0].count) < DocumentShare*float64(cs.NonNull) {
		return cands
	}
	phrases := make([]string, len(kinds))
	for i, x := range kinds {
		phrases[i] = fmt.Sprintf("%s %s", percent(float64(x.count)/float64(cs.NonNull)), detectorPhrase[x.det])
	}
	share := float64(kinds[0].count) / float64(cs.NonNull)
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: "people_documents", Category: DirectIdentifier,
		Matched: kinds[0].count, Sampled: cs.NonNull, Share: round(share), Decisive: true,
		Message: fmt.Sprintf("%s of %d sampled values read as sentences, but the name does not say prose and most values name people (%s): documents about people, %s",
			percent(prose), cs.NonNull, strings.Join(phrases, ", "), phrase(DirectIdentifier))},
		suggest: &Suggestion{Transform: "lorem", Note: "documents about people (a CV, an invoice): what no detector finds in them (street lines, employers, dates) is about them too, so the text is replaced whole; scrub_text would keep it"},
		order:   -1})
}

// DetectorMixed names the evidence of values that mix identifiers of
// several kinds (see mixedIdentifiers).
const DetectorMixed = "mixed_identifiers"

// mixedIdentifiers reads a column whose values are identifiers of several
// kinds, together in IdentifierShare of the values (a chatter's tracked
// old and new values: names, emails and phones among stage names; a
// key/value table's values; a contact column of emails and phones), as an
// identifier column of the highest category among them. At least two
// kinds must each be in NoteShare of MinValues values or more. The
// suggestion is scrub_text, which replaces each identifier by its kind
// and keeps the rest, and it wins even where one kind would decide alone:
// a transformer of one kind does not mask the others (phone, given an
// email, changes only its digits).
func mixedIdentifiers(cands []candidate, cs *ColumnSample) []candidate {
	if cs.NonNull < MinValues || float64(cs.Identifiers) < IdentifierShare*float64(cs.NonNull) {
		return cands
	}
	alone := false
	for _, x := range cands {
		if x.Source == SourceData && x.Decisive && x.Path == "" && (x.Category == DirectIdentifier || x.Category == QuasiIdentifier) {
			alone = true // one kind decides on its own
		}
	}
	cat := None
	var phrases []string
	for _, det := range detectorOrder {
		k := cs.Matches[det]
		if !mixable(det) || float64(k) < NoteShare*float64(cs.NonNull) {
			continue
		}
		phrases = append(phrases, detectorPhrase[det])
		if c := detectorCategory(det); c.Rank() > cat.Rank() {
			cat = c
		}
	}
	if len(phrases) < 2 {
		return cands
	}
	share := float64(cs.Identifiers) / float64(cs.NonNull)
	msg := fmt.Sprintf("%s of %d sampled values are identifiers of several kinds (%s), none alone in %s: values that mix identifiers",
		percent(share), cs.NonNull, strings.Join(phrases, ", "), percent(IdentifierShare))
	order := 0
	if alone {
		msg = fmt.Sprintf("%s of %d sampled values are identifiers of several kinds (%s): a transformer of one kind would not mask the others",
			percent(share), cs.NonNull, strings.Join(phrases, ", "))
		order = -1
	}
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: DetectorMixed, Category: cat,
		Matched: cs.Identifiers, Sampled: cs.NonNull, Share: round(share), Decisive: true, Message: msg},
		suggest: &Suggestion{Transform: "scrub_text"}, order: order})
}

// lookupTable says why a table is a lookup table, whose text is reference
// data (a region's or a category's description): another table
// references it and it holds fewer than MinValues rows (or was never
// analyzed, as small tables seldom are: the caller weighs the sample's
// size); "" when it is not one.
//
// A table analyzed at fewer than MinValues rows that nothing references
// is one too, for its text: the application's own objects (its roles,
// bots, teams, OAuth clients, custom fields), described once by whoever
// set them up. Many applications declare no foreign keys (Mattermost,
// WordPress), so that no reference says so. Production's people, and
// what they type, are in tables of more rows than that.
func lookupTable(t *schema.Table) string {
	if t.RowEstimate >= MinValues {
		return ""
	}
	for _, fk := range t.Referenced {
		if fk.From != t.Name {
			return fmt.Sprintf("%s references %s, a table of few rows: a lookup table", fk.From.Name, t.Name.Name)
		}
	}
	if fewRows(t) {
		return fmt.Sprintf("%s holds %d rows: the application's own objects, described by whoever set them up", t.Name.Name, t.RowEstimate)
	}
	return ""
}

// fewRows reports a table analyzed at fewer than MinValues rows: a sample
// of SampleRows reads it whole.
func fewRows(t *schema.Table) bool { return t.RowEstimate > 0 && t.RowEstimate < MinValues }

// DetectorOpaqueValues names the evidence of identifiers that are a
// minority of the values of a column whose name says nothing of them
// (see opaqueIdentifiers).
const DetectorOpaqueValues = "opaque_values"

// opaqueWords are the words of a name that says only that a column holds
// a value, not what value: value, data, old_value, custom_value. What
// such a column holds is whatever the application put there.
var opaqueWords = map[string]bool{
	"value": true, "values": true, "val": true, "v": true, "data": true, "datum": true,
	"old": true, "new": true, "prev": true, "previous": true, "orig": true, "original": true, "current": true,
	"custom": true, "extra": true, "raw": true, "long": true, "short": true, "string": true, "str": true,
	"answer": true, "response": true, "result": true, "added": true, "removed": true,
}

// opaqueName reports a name of opaque words only.
func opaqueName(words []string) bool {
	for _, w := range words {
		if !opaqueWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// minorityDetectors are the identifier detectors whose whole-value
// matches are seldom anything else (a checksum, an @ and a domain, a
// phone's shape, an ad click's id in a URL): a minority of their matches
// in a column is still a minority of people's identifiers (a referrer's
// visits from a Facebook ad among search engines). Names, streets, IP
// addresses and postcodes are left out: a value column of settings holds
// words, server addresses and five-digit numbers.
var minorityDetectors = []string{DetectorEmail, DetectorPhone, DetectorCardNumber, DetectorIBAN, DetectorSSN, DetectorNationalID, DetectorSocialProfile, DetectorChatHandle,
	DetectorTrackingURL}

// minorityDeciders are the minorityDetectors and people's full names:
// the detectors whose whole-value matches decide a column as a minority
// (minorityDecides), and count in a column named only value
// (opaqueIdentifiers).
var minorityDeciders = append(slices.Clip(minorityDetectors), DetectorPersonName)

// embeddedShare is the share of a column's values holding one kind of
// identifier inside their text that decides the column: EmbeddedShare,
// or PreciseShare for the kinds minorityDetectors lists and for names
// spelled in file names and slugs. Those are seldom anything else, and a
// column holds them a few at a time: the uploads named after their owner
// (CV_Anna_Schmidt.pdf) among screenshots and exports, the prefill links
// among a site's page views. It takes preciseMatches values at least: one
// in a small sample is chance. A name in prose is weighed at
// EmbeddedShare: capitalised words are more often something else.
func embeddedShare(det string, matched int) float64 {
	if matched >= preciseMatches && (det == DetectorNameSlug || slices.Contains(minorityDetectors, det)) {
		return PreciseShare
	}
	return EmbeddedShare
}

// preciseMatches is the least number of values for PreciseShare.
const preciseMatches = 3

// DetectorTypedSearch names the evidence of identifiers among what people
// typed into a search box (see typedSearch).
const DetectorTypedSearch = "typed_search"

// searchWords are the words of a name for what people typed into a
// search box (search_logs.term, search_query.query_text,
// saved_searches.search); searchHeads, one of which it must have, say
// search.
var (
	searchWords = map[string]bool{"search": true, "searches": true, "searched": true, "query": true, "queries": true, "q": true,
		"term": true, "terms": true, "keyword": true, "keywords": true, "text": true, "string": true, "phrase": true, "saved": true}
	searchHeads = map[string]bool{"search": true, "searches": true, "searched": true, "query": true, "queries": true, "q": true,
		"term": true, "terms": true, "keyword": true, "keywords": true}
)

// searchName reports a name of what people typed into a search box.
func searchName(words []string) bool {
	head := false
	for _, w := range words {
		if !searchWords[w] {
			return false
		}
		head = head || searchHeads[w]
	}
	return head
}

// searchMatches is the least number of values holding an identifier that
// make a column of typed searches personal: one is chance.
const searchMatches = 3

// typedSearch reads a text column of what people typed into a search
// box: product words and error messages mostly, and, a few at a time,
// the email, phone number or name of the person someone looked for (a
// shop's search terms, a forum's search log, an admin's saved filters),
// each kind under the share that would decide it alone. Values holding
// any of them, as a whole or inside the text, in EmbeddedShare of the
// values (searchMatches at least) make it free text to scrub: scrub_text
// replaces each one and keeps the searches for products. A column its
// values already decide is left as it is.
func typedSearch(cands []candidate, cs *ColumnSample) []candidate {
	if valuesDecided(cands) {
		return cands
	}
	k := cs.Identifiers
	var phrases []string
	for _, det := range []string{DetectorEmail, DetectorPhone, DetectorPersonName} {
		k += cs.Embedded[det]
		if cs.Matches[det]+cs.Embedded[det] > 0 {
			phrases = append(phrases, detectorPhrase[det])
		}
	}
	k = min(k, cs.NonNull)
	share := float64(k) / float64(cs.NonNull)
	if k < searchMatches || share < EmbeddedShare {
		return cands
	}
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: DetectorTypedSearch, Category: FreeText,
		Matched: k, Sampled: cs.NonNull, Share: round(share), Decisive: true,
		Message: fmt.Sprintf("the name says what people typed into a search, and %s of %d sampled values hold identifiers (%s): searches for people, to scrub",
			percent(share), cs.NonNull, strings.Join(phrases, ", "))},
		suggest: &Suggestion{Transform: "scrub_text"}, order: -1})
}

// emailMinority lets email addresses in PreciseShare of a column's
// values, minorityMatches of them at least, decide it when nothing else
// in the values did: nothing but an email is spelled as one, so ten are
// people's addresses among the column's other values, not chance (an
// audit log's user keys, staff logins beside early customers' emails; a
// job's trigger, cron or the admin who ran it). scrub_text replaces each
// and keeps the rest. A search log's (typedSearch: one value in ten) and
// an opaque value's (opaqueIdentifiers) readings take their place.
func emailMinority(cands []candidate, cs *ColumnSample) {
	if cs == nil || cs.NonNull == 0 || valuesDecided(cands) {
		return
	}
	k := cs.Matches[DetectorEmail]
	share := float64(k) / float64(cs.NonNull)
	if k < minorityMatches || share < PreciseShare {
		return
	}
	for i := range cands {
		x := &cands[i]
		if x.Source == SourceData && x.Detector == DetectorEmail && x.Path == "" && !x.Decisive && x.Share < IdentifierShare {
			// Under IdentifierShare only: a Message-ID's column, all
			// spelled as addresses, stays overruled by its name.
			x.Decisive = true
			x.Message = fmt.Sprintf("%s of %d sampled values: email addresses, %d of them: people's addresses among the column's other values", percent(share), cs.NonNull, k)
			x.suggest = &Suggestion{Transform: "scrub_text"}
			return
		}
	}
}

// valuesDecided reports a column that its values already decide: a
// detector's decisive finding on whole values, of some category.
func valuesDecided(cands []candidate) bool {
	for _, x := range cands {
		if x.Source == SourceData && x.Decisive && x.Path == "" && x.Category != None {
			return true
		}
	}
	return false
}

// opaqueIdentifiers reads a text column whose name says nothing of what
// it holds (custom_values.value, journal_details.old_value,
// user_info_data.data): a custom field's or a changelog's values, where
// emails and phones are one field's values among flags and numbers, so
// that no kind reaches IdentifierShare. There the values are the only
// evidence, and identifiers in EmbeddedShare of MinValues values or more
// (one row in ten) make the column an identifier, or in PreciseShare when
// minorityMatches values hold one (a bug's change log, added and
// removed, where the CC list's and the assignee's logins are one field's
// changes among statuses and flags); the suggestion is scrub_text, which
// replaces each one and keeps the rest. People's full names count as the
// identifiers minorityDetectors lists do, as they do in minorityDecides:
// a tracked person's attribute values (DHIS2's), their names among dates,
// villages and codes. A column that its values already decide is left as
// it is.
func opaqueIdentifiers(cands []candidate, cs *ColumnSample) []candidate {
	if cs.NonNull < MinValues {
		return cands
	}
	if valuesDecided(cands) {
		return cands
	}
	k := 0
	var phrases []string
	for _, det := range minorityDeciders {
		m := cs.Matches[det]
		if m == 0 {
			continue
		}
		k += m
		phrases = append(phrases, fmt.Sprintf("%s %s", percent(float64(m)/float64(cs.NonNull)), detectorPhrase[det]))
	}
	share := float64(min(k, cs.NonNull)) / float64(cs.NonNull)
	if share < EmbeddedShare && (share < PreciseShare || k < minorityMatches) {
		return cands
	}
	return append(cands, candidate{Evidence: Evidence{Source: SourceData, Detector: DetectorOpaqueValues, Category: DirectIdentifier,
		Matched: min(k, cs.NonNull), Sampled: cs.NonNull, Share: round(share), Decisive: true,
		Message: fmt.Sprintf("the name says only that the column holds a value, and %s of %d sampled values are identifiers (%s): under the %s threshold, but one row in %d holds one",
			percent(share), cs.NonNull, strings.Join(phrases, ", "), percent(IdentifierShare), int(1/share))},
		suggest: &Suggestion{Transform: "scrub_text"}, order: -1})
}
