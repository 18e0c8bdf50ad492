package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// ScaffoldOptions shape the rules file init writes.
type ScaffoldOptions struct {
	// Registry checks each suggestion fits its column (default: the
	// built-in transformers).
	Registry *anonymize.Registry
	// Imported are rules translated from another tool (security labels),
	// which take precedence over the classifier's suggestions.
	Imported []ImportedRule
}

// ImportedRule is a column rule translated from another tool. A label that
// has no translation has an empty Transform and a Note saying why.
type ImportedRule struct {
	Table  schema.Name
	Column string
	// Transform and Params: the closest transformer.
	Transform string
	Params    map[string]any
	// Origin is the label as written, for the comment.
	Origin string
	Note   string
}

// scaffoldColumn is init's decision for one column.
type scaffoldColumn struct {
	col       *schema.Column
	class     classify.ColumnClass
	transform string
	params    map[string]any
	comments  []string
	inherited string // "public.customers.external_ref (fk name)"
	raised    bool   // a referencing column's rule was tried on this column
	// keyed are the rules per group of keys of a key/value table's value
	// column, written before transform, which covers every other key.
	keyed []keyedRule
}

// keyedRule is one rule of a keyed list: when the key column holds one of
// keys.
type keyedRule struct {
	when      string
	transform string
	params    map[string]any
}

// Scaffold writes a complete, commented rules file for the schema: every
// table (partitions are covered by their parent), every classified column
// with its suggested rule and the evidence as a comment, and every other
// column as keep. The result passes lint as it is.
func Scaffold(m *schema.Model, classes []classify.ColumnClass, opts ScaffoldOptions) []byte {
	reg := opts.Registry
	if reg == nil {
		reg = anonymize.NewRegistry()
	}
	byCol := map[schema.Name]map[string]classify.ColumnClass{}
	for _, c := range classes {
		if byCol[c.Table] == nil {
			byCol[c.Table] = map[string]classify.ColumnClass{}
		}
		byCol[c.Table][c.Column] = c
	}
	imported := map[schema.Name]map[string]ImportedRule{}
	for _, ir := range opts.Imported {
		if imported[ir.Table] == nil {
			imported[ir.Table] = map[string]ImportedRule{}
		}
		imported[ir.Table][ir.Column] = ir
	}

	cols := map[schema.Name]map[string]*scaffoldColumn{}
	var tables []*schema.Table
	for _, t := range m.Tables {
		if t.Kind == schema.KindPartition {
			continue
		}
		tables = append(tables, t)
		cols[t.Name] = map[string]*scaffoldColumn{}
		for _, c := range t.Columns {
			sc := &scaffoldColumn{col: c, class: byCol[t.Name][c.Name]}
			cols[t.Name][c.Name] = sc
			if c.Generated != "" {
				sc.comments = append(sc.comments, "generated: the target computes it")
				continue
			}
			if contested(sc.class) {
				sc.comments = append(sc.comments, fmt.Sprintf("kept%s: %s", scoreText(sc.class), strings.Join(classEvidence(sc.class), "; ")))
			}
			if cat := sc.class.Category; cat.Sensitive() {
				ev := classEvidence(sc.class)
				sc.comments = append(sc.comments, fmt.Sprintf("%s%s: %s", cat, scoreText(sc.class), strings.Join(ev, "; ")))
				if s := sc.class.Suggestion; s != nil && s.Transform != "" {
					sc.transform, sc.params = s.Transform, suggestionParams(s)
					sc.keyed = keyedRules(reg, m, t, sc, s)
				}
				if s := sc.class.Suggestion; s != nil && s.Note != "" {
					sc.comments = append(sc.comments, "note: "+s.Note)
				}
			}
			if ir, ok := imported[t.Name][c.Name]; ok {
				if ir.Transform != "" {
					sc.transform, sc.params = ir.Transform, ir.Params
					sc.comments = append(sc.comments, "from security label: "+ir.Origin)
				} else {
					sc.comments = append(sc.comments, "security label not translated: "+ir.Origin+" ("+ir.Note+"); review this column")
				}
			}
			if sc.transform != "" {
				personSeed(t, sc)
				fitSuggestion(reg, m, t, sc)
			}
		}
	}
	// A referencing column follows the column it references: a masked
	// reference moves its rule up to an unmasked parent, and then inherits.
	for round := 0; round < 3; round++ {
		for _, t := range tables {
			for _, fk := range t.ForeignKeys {
				for i, from := range fk.FromColumns {
					child := cols[fk.From][from]
					parent := cols[fk.To][fk.ToColumns[i]]
					if child == nil || parent == nil || child == parent || child.transform == "null" && parent.transform == "" {
						// A reference nulled (a coded answer that points
						// into a lookup) points at no row: its key holds.
						continue
					}
					if child.transform != "" && parent.transform == "" && child.class.Category.Rank() < classify.DirectIdentifier.Rank() {
						// A quasi-identifier that references an unmasked
						// lookup (a country code): keep it, so the key holds.
						child.comments = append(child.comments, fmt.Sprintf("references %s.%s through %s, which is kept: kept too, so the foreign key holds",
							fk.To, fk.ToColumns[i], fk.Name))
						child.transform, child.params = "", nil
						continue
					}
					if child.transform != "" && parent.transform == "" && parent.col.Generated == "" && !parent.raised {
						parent.raised = true
						parent.transform, parent.params = child.transform, child.params
						fitSuggestion(reg, m, m.Table(fk.To), parent)
						if parent.transform != "" {
							parent.comments = append(parent.comments, fmt.Sprintf("masked because %s.%s references it and looks like %s", fk.From, from, child.class.Category))
						}
					}
					if parent.transform != "" && child.inherited == "" {
						child.transform, child.params = "", nil
						child.inherited = fmt.Sprintf("%s.%s through %s", fk.To, fk.ToColumns[i], fk.Name)
					}
				}
			}
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "# understudy rules for database %s, written by `understudy init`.\n", m.Database)
	fmt.Fprintf(&b, "# Schema fingerprint: %s\n", m.Fingerprint())
	b.WriteString(`#
# Review every column. A column classified as PII or a secret has a suggested
# rule and, above it, the evidence; every other column is "keep". A column
# that references a masked column is left out: it inherits that column's rule,
# so joins still work. Run "understudy lint --strict" when you are done.
# Reference: README.md, "The rules file".
version: 1
source: ${UNDERSTUDY_SOURCE_URL}
target: ${UNDERSTUDY_TARGET_URL}
secret: ${UNDERSTUDY_SECRET}

tables:
`)
	for _, t := range tables {
		fmt.Fprintf(&b, "  %s:\n", yamlKey(t.Name.String()))
		if t.Kind == schema.KindPartitioned {
			fmt.Fprintf(&b, "    # partitioned: these rules cover its %d partitions\n", len(t.Children))
		}
		for _, c := range t.Columns {
			sc := cols[t.Name][c.Name]
			for _, cm := range sc.comments {
				fmt.Fprintf(&b, "    # %s\n", oneLine(cm))
			}
			key := yamlKey(c.Name)
			switch {
			case sc.inherited != "":
				fmt.Fprintf(&b, "    # %s: inherits the rule of %s\n", key, sc.inherited)
			case sc.transform == "":
				fmt.Fprintf(&b, "    %s: keep\n", key)
			case len(sc.keyed) > 0 && !sc.raised:
				fmt.Fprintf(&b, "    %s:\n", key)
				for _, r := range sc.keyed {
					fmt.Fprintf(&b, "      - %s\n", whenRule(r.when, r.transform, r.params))
				}
				fmt.Fprintf(&b, "      - %s\n", flowRule(sc.transform, sc.params))
			default:
				fmt.Fprintf(&b, "    %s: %s\n", key, flowRule(sc.transform, sc.params))
			}
		}
	}
	return []byte(b.String())
}

// fallbacks are the rules fitSuggestion tries, in order, for a column
// whose suggested rule does not fit. A json or jsonb column whose paths'
// rules do not fit has every member redacted, its keys kept: no text
// transformer takes a document.
var fallbacks = []struct {
	transform string
	params    map[string]any
}{
	{"hash", nil},
	{"redact", nil},
	{"uuid", nil},
	{"json", map[string]any{"paths": map[string]any{classify.EveryMember: "redact"}}},
	{"null", nil},
}

// fitSuggestion checks the suggested transformer against the column (type,
// parameters, and every unique index over it, whatever its shape, on the
// table and on the partitions and inheritance children its rule reaches)
// and falls back to one that fits.
func fitSuggestion(reg *anonymize.Registry, m *schema.Model, t *schema.Table, sc *scaffoldColumn) {
	col := anonymizeColumn(t, sc.col)
	try := func(name string, params map[string]any) error {
		if name == "null" && sc.col.NotNull {
			return fmt.Errorf("the column is NOT NULL")
		}
		c, err := reg.Compile(name, params, col, anonymize.Options{Secret: validationSecret})
		if err != nil {
			return err
		}
		for _, tt := range withDescendants(m, t) {
			if tc := tt.Column(sc.col.Name); tc != nil {
				if errs, _ := uniqueRisks(m, tt, tc, c); len(errs) > 0 {
					if singleColumn(errs[0]) {
						return fmt.Errorf("%s does not keep the column's unique values unique", name)
					}
					return fmt.Errorf("%s does not keep the values of %s unique", name, describeIndex(errs[0], tt))
				}
			}
		}
		return nil
	}
	err := try(sc.transform, sc.params)
	if err == nil {
		return
	}
	reason := err.Error()
	for _, alt := range fallbacks {
		if try(alt.transform, alt.params) == nil {
			sc.comments = append(sc.comments, fmt.Sprintf("suggested %s does not fit (%s): using %s", sc.transform, reason, alt.transform))
			sc.transform, sc.params = alt.transform, alt.params
			return
		}
	}
	sc.comments = append(sc.comments, fmt.Sprintf("suggested %s does not fit (%s), and no fallback does: kept; review this column", sc.transform, reason))
	sc.transform, sc.params = "", nil
}

// keyedRules turns the classifier's rules per group of keys into when:
// rules on the key column, each checked as fitSuggestion checks a
// column's rule. A key that holds white space other than single spaces
// between words (a form's label: 'Passport No.'), or a control
// character, is left to the rule for every other key: it cannot be
// spelled plainly on one line.
func keyedRules(reg *anonymize.Registry, m *schema.Model, t *schema.Table, sc *scaffoldColumn, s *classify.Suggestion) []keyedRule {
	if s.KeyColumn == "" {
		return nil
	}
	var out []keyedRule
	for _, r := range s.Keyed {
		when, ok := keyedWhen(s.KeyColumn, r.Keys)
		if !ok {
			continue
		}
		one := &scaffoldColumn{col: sc.col, class: sc.class, transform: r.Transform, params: suggestionParams(&classify.Suggestion{Params: r.Params})}
		fitSuggestion(reg, m, t, one)
		sc.comments = append(sc.comments, one.comments...)
		if one.transform == "" {
			one.transform = "redact"
		}
		out = append(out, keyedRule{when: when, transform: one.transform, params: one.params})
	}
	return out
}

// keyedWhen is the when: condition that a key column holds one of keys,
// or false when none of them can be spelled on one line.
func keyedWhen(keyColumn string, keys []string) (string, bool) {
	var lits []string
	for _, k := range keys {
		if k == strings.TrimSpace(k) && !strings.Contains(k, "  ") &&
			!strings.ContainsFunc(k, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) || unicode.IsControl(r) }) {
			lits = append(lits, pgsql.QuoteLiteral(k))
		}
	}
	switch len(lits) {
	case 0:
		return "", false
	case 1:
		return pgsql.QuoteIdent(keyColumn) + " = " + lits[0], true
	}
	return pgsql.QuoteIdent(keyColumn) + " IN (" + strings.Join(lits, ", ") + ")", true
}

// whenRule writes a rule with a when: condition on one line; the
// condition is double-quoted, so its SQL quotes read as written.
func whenRule(when, transform string, params map[string]any) string {
	cond := `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(when) + `"`
	rule := flowRule(transform, params)
	if strings.HasPrefix(rule, "{ ") {
		return "{ when: " + cond + ", " + strings.TrimPrefix(rule, "{ ")
	}
	return "{ when: " + cond + ", transform: " + rule + " }"
}

// withDescendants returns t and the partitions and inheritance children
// below it, which its rules cover.
func withDescendants(m *schema.Model, t *schema.Table) []*schema.Table {
	out := []*schema.Table{t}
	for _, n := range t.Children {
		if c := m.Table(n); c != nil {
			out = append(out, withDescendants(m, c)...)
		}
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// yamlKey writes a key, quoted when YAML needs it.
func yamlKey(s string) string {
	out, err := yaml.Marshal(s)
	if err != nil {
		return fmt.Sprintf("%q", s)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// flowRule writes a rule on one line: a bare name, or a flow mapping.
func flowRule(transform string, params map[string]any) string {
	if len(params) == 0 {
		return flowString(transform)
	}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := []string{"transform: " + transform}
	for _, k := range keys {
		parts = append(parts, yamlKey(k)+": "+flowValue(params[k]))
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

func flowValue(v any) string {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if i := slices.Index(keys, "transform"); i > 0 {
			// A path's rule reads as the column's: its transformer first.
			keys = append(append([]string{"transform"}, keys[:i]...), keys[i+1:]...)
		}
		var parts []string
		for _, k := range keys {
			parts = append(parts, flowString(k)+": "+flowValue(x[k]))
		}
		return "{ " + strings.Join(parts, ", ") + " }"
	case string:
		return flowString(x)
	}
	return fmt.Sprint(v)
}

// flowString quotes a string for a flow context when it needs quotes.
func flowString(s string) string {
	if s == "" || strings.ContainsAny(s, ",:{}[]#&*!|>'\"%@`$ ") || s != strings.TrimSpace(s) {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	out := yamlKey(s)
	if out != s {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return s
}

// personFields are the transformers that draw from a row's fake person.
// email is left out on purpose: seeded by its own value, one address maps to
// one fake in every table (users, invitations, a jsonb field), so lookups
// by email still work in staging. gender picks by the row's person too:
// seeded by its own value, every "F" would map to one output.
var personFields = map[string]bool{"first_name": true, "last_name": true, "full_name": true, "username": true, "gender": true}

// personSeed seeds a row's person fields from its single-column primary
// key, so the fake first name, last name and username of one row belong to
// one fake person.
func personSeed(t *schema.Table, sc *scaffoldColumn) {
	if !personFields[sc.transform] || t.PrimaryKey == nil || len(t.PrimaryKey.Columns) != 1 {
		return
	}
	if _, set := sc.params["person"]; set {
		return
	}
	params := map[string]any{"person": t.PrimaryKey.Columns[0]}
	for k, v := range sc.params {
		params[k] = v
	}
	sc.params = params
}

// scoreText renders a classification's score for a comment: " (score
// 0.93)", or nothing when nothing is known.
func scoreText(c classify.ColumnClass) string {
	if c.Score == 0 {
		return ""
	}
	return fmt.Sprintf(" (score %.2f)", c.Score)
}
