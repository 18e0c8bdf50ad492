package classify

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/schema"
)

// KeyedRule is one rule of a key/value table's value column: the keys
// whose values it masks, and with what.
type KeyedRule struct {
	Keys      []string          `json:"keys"`
	Category  Category          `json:"category"`
	Transform string            `json:"transform"`
	Params    map[string]string `json:"params,omitempty"`
}

// keyedFallback masks the values of every key no KeyedRule names: keys the
// sample showed holding nothing, and keys it never saw. scrub_text keeps
// what holds no identifier (a price, a flag, a setting's name) and
// replaces what does.
const keyedFallback = "scrub_text"

// DetectorKeyValue names the evidence of a key/value table's keys.
const DetectorKeyValue = "key_value"

// maxKeyedEvidence bounds the keys a column's evidence names one by one.
const maxKeyedEvidence = 12

// keyedValues reconsiders the value column of a key/value table (meta_key
// and meta_value, name and value) that its column-wide evidence let go:
// in such a column an email is one key's value among prices and flags, so
// no detector reaches its share over the whole column. Each key is read
// as a column of its own, by its name (the key says what the value is,
// in the table's context) and by its sampled values. When some keys hold
// identifiers or secrets, the column gets the highest of their categories
// and a rule per group of keys, with every other key scrubbed in place.
//
// A localisation catalogue (MediaWiki's l10n_cache, an app's i18n table,
// Laravel Translation Manager's ltm_translations) is not read so: its
// keys name the interface's messages (messages:emailuser, the text of a
// form's phone field), not fields of a record.
func (d *Dictionary) keyedValues(t *schema.Table, classes []ColumnClass, sample func(*schema.Column) *ColumnSample) {
	if d.localisationTable(t.Name.Name) {
		return
	}
	for i := range classes {
		cc := &classes[i]
		if cc.Generated || cc.Category != None && !dataDecided(cc.Evidence) {
			continue
		}
		c := t.Column(cc.Column)
		if c == nil {
			continue
		}
		cs := sample(c)
		if cs == nil || cs.KeyColumn == "" || len(cs.Keys) == 0 || !identifierKeys(cs) {
			continue
		}
		d.keyed(t, cc, cs)
	}
}

// localisationTable reports a table of an interface's messages in each
// language: named l10n or i18n (which split into letters and digits as
// words), or for a locale, a localisation or translations.
func (d *Dictionary) localisationTable(name string) bool {
	lower := strings.ToLower(name)
	if strings.Contains(lower, "l10n") || strings.Contains(lower, "i18n") {
		return true
	}
	return slices.ContainsFunc(d.words(name), func(w string) bool {
		switch w {
		case "localization", "localizations", "localisation", "localisations", "locale", "locales", "translation", "translations":
			return true
		}
		return false
	})
}

// dataDecided reports a category that only sampled values decided: no
// name or type evidence is decisive. A column named like a secret or an
// identifier stays masked whole.
func dataDecided(evs []Evidence) bool {
	for _, e := range evs {
		if e.Decisive && e.Category.Sensitive() && e.Source != SourceData {
			return false
		}
	}
	return true
}

// identifierKeys reports whether the sampled keys read as names of
// settings or fields (billing_email, admin.color, _user_login): at least
// nine values in ten are under a key of one word, not under a title or a
// sentence, which would make the pair a plain table with a name column;
// and nine values in ten are under a key that is a word, not a random id
// (a cache's or a session store's keys, which no rule could name again;
// a few such keys among named ones, as Nextcloud's remember-me tokens in
// its preferences, are left to the rule for every other key).
//
// A key of a few words (a form's field label: "Date of Birth", "Passport
// No.") names a field too when the keys repeat, three values or more to
// a key: the same few labels over many rows, as a custom-field table
// keeps them, not one title per row, as a table with a name column has.
func identifierKeys(cs *ColumnSample) bool {
	ident, all, named := 0, 0, 0
	for _, ks := range cs.Keys {
		all += ks.Seen
	}
	labels := all >= 3*len(cs.Keys)
	for k, ks := range cs.Keys {
		if len(k) <= 100 && k != "" && (!strings.ContainsFunc(k, unicode.IsSpace) || labels && fieldLabel(k)) {
			ident += ks.Seen
		}
		if strings.ContainsFunc(k, unicode.IsLetter) && !detect.IsUUID(k) && !detect.IsHighEntropyToken(k) && !detect.IsHexDigest(k) {
			named += ks.Seen
		}
	}
	return all > 0 && ident*10 >= all*9 && named*10 >= all*9
}

// fieldLabel reports a key written as a form labels a field: five words
// or fewer, forty bytes or fewer, not ending as a sentence does.
func fieldLabel(k string) bool {
	k = strings.TrimSpace(k)
	return k != "" && len(k) <= 40 && len(strings.Fields(k)) <= 5 && !strings.ContainsAny(k[len(k)-1:], "!?")
}

// keyGroup is what the evidence says about one key's values.
type keyGroup struct {
	key   string
	cands []candidate
	// whole reports an identifier detector deciding on whole values.
	whole    bool
	category Category
	suggest  *Suggestion
}

func (d *Dictionary) keyed(t *schema.Table, cc *ColumnClass, cs *ColumnSample) {
	tkind := d.tableKind(t.Name.Name)
	people := tkind == "person" || d.aboutPeople(t, tkind) != ""
	keys := slices.Sorted(maps.Keys(cs.Keys))
	groups := make([]keyGroup, len(keys))
	names := make([][]nameMatch, len(keys))
	for i, k := range keys {
		words := d.words(k)
		names[i] = d.matches(words)
		groups[i].key = k
		groups[i].cands, groups[i].whole = d.keyData(words, names[i], cs.Keys[k])
		if decide(groups[i].cands) == DirectIdentifier {
			people = true // emails or phones among the keys: a person's record
		}
	}
	cat := None
	for i := range groups {
		g := &groups[i]
		if ks := cs.Keys[g.key]; ks.Seen == 0 || ks.Matches[DetectorFlag] < ks.Seen {
			// Only flags under a key (share_twitter = 1) say whether
			// something shows, not an account: as a JSON path's flags,
			// they overrule its name.
			g.cands = append(g.cands, keyName(names[i], g.cands, g.whole, people, tkind)...)
		}
		g.category = decide(g.cands)
		if !g.category.Sensitive() {
			continue
		}
		if g.category.Rank() > cat.Rank() {
			cat = g.category
		}
		g.suggest = suggest(g.cands, g.category, false)
		switch {
		case g.category == Secret && !slices.ContainsFunc(g.cands, func(x candidate) bool { return x.Detector == DetectorPasswordHash }):
			// A setting's password or token: redacted. Only a login's
			// hash gets the hash of a known test password.
			g.suggest = &Suggestion{Transform: "redact"}
		case g.suggest == nil || g.suggest.Transform == "":
			g.suggest = &Suggestion{Transform: keyedFallback}
		case (g.suggest.Transform == "date_shift" || g.suggest.Transform == "timestamp_shift") && !isoDates(cs.Keys[g.key]):
			// A form's date as its users typed it (28-12-97): the
			// shift reads ISO dates only, and would blank these.
			g.suggest = &Suggestion{Transform: "mask"}
		}
	}
	if cat == None || cat.Rank() < cc.Category.Rank() {
		return
	}

	// One rule per transformer, highest category first; keys whose own
	// rule would be the fallback are left to it.
	type ruleKey struct{ transform, params string }
	byRule := map[ruleKey]*KeyedRule{}
	var rules []*KeyedRule
	var decisive []candidate
	var named []Evidence // the first reason of each key, for the comment
	sensitive := 0
	for _, g := range groups {
		if !g.category.Sensitive() {
			continue
		}
		sensitive++
		first := len(decisive)
		for _, x := range g.cands {
			if x.Decisive && x.Category == g.category {
				decisive = append(decisive, x)
			}
		}
		ev := decisive[first].Evidence
		ev.Key = g.key
		ev.Message = fmt.Sprintf("key %q: %s", g.key, ev.Message)
		named = append(named, ev)
		if g.suggest.Transform == keyedFallback && len(g.suggest.Params) == 0 {
			continue
		}
		rk := ruleKey{g.suggest.Transform, fmt.Sprint(g.suggest.Params)}
		r := byRule[rk]
		if r == nil {
			r = &KeyedRule{Transform: g.suggest.Transform, Params: maps.Clone(g.suggest.Params)}
			byRule[rk] = r
			rules = append(rules, r)
		}
		if g.category.Rank() > r.Category.Rank() {
			r.Category = g.category
		}
		r.Keys = append(r.Keys, g.key)
	}
	slices.SortStableFunc(rules, func(a, b *KeyedRule) int {
		if a.Category != b.Category {
			return b.Category.Rank() - a.Category.Rank()
		}
		return strings.Compare(a.Transform, b.Transform)
	})

	dropped := ""
	if cs.KeysDropped > 0 {
		dropped = fmt.Sprintf(" (and %d values under keys past the first %d, not told apart)", cs.KeysDropped, MaxPaths)
	}
	cc.Evidence = append(cc.Evidence, Evidence{Source: SourceData, Detector: DetectorKeyValue, Category: cat, Decisive: true, Sampled: cs.NonNull,
		Message: fmt.Sprintf("a key/value table: %s names what each value is, and %d of the %d keys sampled%s hold %s; the values of every other key are scrubbed in place (scrub_text)",
			cs.KeyColumn, sensitive, len(keys), dropped, keyedPhrase(groups))})
	if len(named) > maxKeyedEvidence {
		rest := len(named) - maxKeyedEvidence
		named = append(named[:maxKeyedEvidence], Evidence{Source: SourceData, Detector: DetectorKeyValue, Category: cat,
			Message: fmt.Sprintf("and %d more keys", rest)})
	}
	cc.Evidence = append(cc.Evidence, named...)
	cc.Category = cat
	cc.Suggestion = &Suggestion{Transform: keyedFallback, KeyColumn: cs.KeyColumn}
	for _, r := range rules {
		cc.Suggestion.Keyed = append(cc.Suggestion.Keyed, *r)
	}
	cc.Score = score(decisive, cat)
}

// isoDates reports a key whose sampled values are mostly ISO dates (as
// DetectorBirthDate reads them), which date_shift can move.
func isoDates(ks *PathSample) bool {
	return ks != nil && ks.Seen > 0 && 2*ks.Matches[DetectorBirthDate] >= ks.Seen
}

// keyedPhrase lists the categories the sensitive keys hold.
func keyedPhrase(groups []keyGroup) string {
	has := map[Category]bool{}
	for _, g := range groups {
		has[g.category] = true
	}
	var parts []string
	for _, c := range []Category{Secret, DirectIdentifier, QuasiIdentifier, FreeText} {
		if has[c] {
			parts = append(parts, phrase(c))
		}
	}
	return strings.Join(parts, ", ")
}

// keyData is the evidence of one key's sampled values (words: the key's,
// names: the dictionary's matches of them, which say whether
// random-looking values confirm a secret): identifiers and secrets as the
// whole value, and
// identifiers inside text (which make the key's values free text to
// scrub). Prose alone decides nothing: a key whose text holds no
// identifier is left to the fallback.
func (d *Dictionary) keyData(words []string, names []nameMatch, ks *PathSample) (out []candidate, whole bool) {
	secretish := len(names) > 0 && names[0].e.category == Secret && (names[0].e.types == nil || names[0].e.types[classText])
	for _, det := range detectorOrder {
		k := ks.Matches[det]
		if k == 0 || det == DetectorProse || det == DetectorBirthDate {
			continue
		}
		if det == DetectorHexIP && !columnWide(det, words, k, ks.Seen) {
			// Eight hex digits are an IP address only under a key that
			// says an address, as under a column's name: a passport's
			// number (A0006270) spells some.
			continue
		}
		ev, ok := d.dataEvidence(det, "", k, ks.Seen, secretish)
		if !ok {
			continue
		}
		whole = whole || ev.Decisive && ev.Category != Secret
		out = append(out, candidate{Evidence: ev, suggest: d.detectors[det]})
	}
	for _, det := range detectorOrder {
		k := ks.Embedded[det]
		share := float64(k) / float64(ks.Seen)
		if k == 0 || share < EmbeddedShare {
			continue
		}
		cat, sugg := FreeText, &Suggestion{Transform: keyedFallback}
		if det == DetectorNameSlug {
			// scrub_text cannot find a name spelled as a handle or a
			// file name: the value is the identifier.
			cat, sugg = DirectIdentifier, d.detectors[det]
		}
		out = append(out, candidate{Evidence: Evidence{
			Source: SourceData, Detector: det, Category: cat, Decisive: true,
			Matched: k, Sampled: ks.Seen, Share: round(share),
			Message: fmt.Sprintf("%s of %d sampled values contain %s in their text", percent(share), ks.Seen, detectorPhrase[det]),
		}, suggest: sugg})
	}
	return out, whole
}

// keyName is the dictionary's reading of a key's name (names, its
// matches), as of a column of a table of the given kind (people: the
// record is about a person); whole values an identifier detector decided
// on overrule it. A name that says free text decides nothing (keyData
// weighs the values); a secret name that needs random-looking values is
// decisive only when they are.
func keyName(names []nameMatch, data []candidate, whole, people bool, tkind string) []candidate {
	kind := tkind
	if people {
		kind = "person"
	}
	for _, m := range names {
		e := m.e
		if !e.fits(kind, false, false, false, kind == "person") {
			continue
		}
		if e.types != nil && !e.types[classText] {
			continue
		}
		if e.category == None || e.category == FreeText {
			return nil
		}
		if e.category != Secret && whole {
			// The values say what the key holds (IP addresses under
			// remote_addr): they win over its name, as for a column.
			return nil
		}
		ev := Evidence{Source: SourceName, Detector: e.id, Category: e.category, Decisive: true,
			Message: fmt.Sprintf("the key matches %q: %s", patternText(e), phrase(e.category))}
		if e.weak {
			ev.Decisive = false
			for _, x := range data {
				if x.Decisive && (x.Detector == DetectorHighEntropy || x.Detector == DetectorHexDigest) {
					ev.Decisive = true
				}
			}
			if !ev.Decisive {
				ev.Message += ", but its values do not look random"
			}
		}
		return []candidate{{Evidence: ev, suggest: e.suggest, order: 1}}
	}
	return nil
}
