package classify

import (
	"fmt"
	"slices"
	"strings"

	"github.com/understudy/understudy/schema"
)

// runTogetherPrefix finds the letters that three names in four or more
// begin with, run into the rest of each name without a break: a vendor's
// mark that is no word (OXID writes oxuser, oxaddress and, in them,
// oxfname, oxbillstreet). Such a mark hides every name's words from the
// dictionary, which reads oxfname as one unknown word. It returns the
// mark only when the dictionary knows at least a quarter of the names it
// begins, and three of them at least, without it and not with it, so a
// shared beginning that is part of the names' words (product, profile,
// cust for customer) is never cut. "" when there is none.
func (d *Dictionary) runTogetherPrefix(names []string) string {
	if len(names) < 4 {
		return ""
	}
	kn := newKnown(d)
	p, _ := d.bestPrefix(names, 2, 4, kn.reads, func(members, gain, _ int) bool {
		return members*4 >= len(names)*3 && gain*4 >= members && gain >= 3
	}, kn)
	return p
}

// known memoizes a search's reading of names: their words, and whether
// the dictionary knows all of them.
type known struct {
	d     *Dictionary
	split map[string][]string
}

func newKnown(d *Dictionary) known { return known{d: d, split: map[string][]string{}} }

func (k known) words(n string) []string {
	w, ok := k.split[n]
	if !ok {
		w = k.d.words(n)
		k.split[n] = w
	}
	return w
}

// name reports a name all of whose words are the dictionary's.
func (k known) name(n string) bool {
	w := k.words(n)
	for _, x := range w {
		if !k.d.vocab[x] && !k.d.vocab[singular(x)] {
			return false
		}
	}
	return len(w) > 0
}

// reads reports that the dictionary knows all of rest's words, rest being
// a name with a beginning cut, and not all of the name's.
func (k known) reads(name, rest string) bool { return k.name(rest) && !k.name(name) }

// better reports that rest, a name with a beginning cut, reads better
// than the name: the dictionary knows all of rest's words and not all of
// the name's, and the name's own split did not already end in rest's
// head (parentsurname is parent and surname; cutting pa would only turn
// parent into rent).
func (k known) better(name, rest string) bool {
	if !k.reads(name, rest) {
		return false
	}
	w, r := k.words(name), k.words(rest)
	return len(w) < 2 || w[len(w)-1] != r[len(r)-1]
}

// splitAfter reports a name the dictionary splits right after p already
// (delstreet as del and street).
func (k known) splitAfter(name, p string) bool {
	w := k.words(name)
	return len(w) > 1 && w[0] == p
}

// cutRunTogether returns what follows p in name when p is run into it: a
// lower-case letter and one more at least.
func cutRunTogether(name, p string) (string, bool) {
	rest, ok := strings.CutPrefix(name, p)
	return rest, ok && len(rest) >= 2 && lowerLetters(rest[:1])
}

// bestPrefix returns the beginning of from lo to hi lower-case letters,
// no word of the vocabulary, that the most names written as one word are
// read better without (improves), among those ok accepts given how many
// names it begins, how many it improves, and how many it improves or the
// dictionary splits after it already (support); and that number.
// Beginnings are counted first, so only those of enough names are
// weighed.
func (d *Dictionary) bestPrefix(names []string, lo, hi int, improves func(name, rest string) bool, ok func(members, gain, support int) bool, kn known) (string, int) {
	count := map[string]int{}
	for _, n := range names {
		if !oneWord(n) {
			continue
		}
		for k := lo; k <= hi && k+2 <= len(n); k++ {
			if p := n[:k]; lowerLetters(p) {
				if _, ok := cutRunTogether(n, p); ok {
					count[p]++
				}
			}
		}
	}
	best, bestGain := "", 0
	for p, members := range count {
		// The vocabulary holds the abbreviations too (cust).
		if members < 3 || !ok(members, members, members) || d.vocab[p] {
			continue
		}
		gain, support := 0, 0
		for _, n := range names {
			rest, cut := cutRunTogether(n, p)
			if !cut || !oneWord(n) {
				continue
			}
			if improves(n, rest) {
				gain++
				support++
			} else if kn.splitAfter(n, p) {
				support++
			}
		}
		// Ties go to the shorter beginning, whatever the map's order.
		if ok(members, gain, support) && (gain > bestGain || gain == bestGain && gain > 0 && (len(p) < len(best) || len(p) == len(best) && p < best)) {
			best, bestGain = p, gain
		}
	}
	return best, bestGain
}

// qualifierGroups finds the words a table runs into several of its names,
// three at least, that the dictionary knows only without them or splits
// after them already, one at least of the first: a billing and a
// delivery address's parts written billzip, billcity, delzip, delcity.
// Each is set apart as a word of its own (bill_zip, del_city) in rename,
// which maps a column's name to its reading and may already hold one. It
// returns the word set apart, by column name.
func (d *Dictionary) qualifierGroups(cols []*schema.Column, rename map[string]string) map[string]string {
	group := map[string]string{}
	read := func(c *schema.Column) string {
		if s, ok := rename[c.Name]; ok {
			return s
		}
		return c.Name
	}
	kn := newKnown(d)
	for range 4 {
		names := make([]string, len(cols))
		for i, c := range cols {
			if n := read(c); lowerLetters(n) {
				names[i] = n // one word: bill_zip is read already
			}
		}
		p, _ := d.bestPrefix(names, 2, 6, kn.better, func(_, gain, support int) bool { return gain >= 1 && support >= 3 }, kn)
		if p == "" {
			break
		}
		for i, c := range cols {
			if rest, cut := cutRunTogether(names[i], p); cut && (kn.better(names[i], rest) || kn.splitAfter(names[i], p)) && !slices.ContainsFunc(cols, func(o *schema.Column) bool { return read(o) == p+"_"+rest }) {
				rename[c.Name] = p + "_" + rest
				group[c.Name] = p
			}
		}
	}
	return group
}

// oneWord reports a name written as one lower-case word, a number after
// an underscore aside (oxlongdesc_1). Only such names are weighed for a
// run-together beginning: one whose case, digits or separators divide it
// is split there already, and a beginning cut from its first word (pa
// from parent1title) would read a word that is not there.
func oneWord(n string) bool {
	if i := strings.LastIndexByte(n, '_'); i > 0 && i < len(n)-1 && strings.Trim(n[i+1:], "0123456789") == "" {
		n = n[:i]
	}
	return lowerLetters(n)
}

func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// readable is the model as the dictionary reads it: each table whose
// names carry a run-together prefix (runTogetherPrefix), over the model's
// tables or over a table's columns, is a copy with the prefix cut from
// them, its keys and its foreign keys' targets too. Tables without one
// are the model's own.
type readable struct {
	tables []*schema.Table
	// orig maps each renamed copy's columns to the model's.
	orig map[*schema.Column]*schema.Column
	// why is, per renamed copy's column, the evidence that says what
	// was cut.
	why map[*schema.Column]string
}

func (d *Dictionary) readableModel(m *schema.Model) readable {
	r := readable{tables: m.Tables}
	names := make([]string, len(m.Tables))
	for i, t := range m.Tables {
		names[i] = t.Name.Name
	}
	tp := d.runTogetherPrefix(names)
	tableName := func(n string) string {
		if rest, ok := cutRunTogether(n, tp); ok && tp != "" {
			return rest
		}
		return n
	}
	var cols []string
	seen := map[string]bool{}
	for _, t := range m.Tables {
		for _, c := range t.Columns {
			if !seen[c.Name] {
				seen[c.Name] = true
				cols = append(cols, c.Name)
			}
		}
	}
	cp := d.runTogetherPrefix(cols)
	r.tables = make([]*schema.Table, len(m.Tables))
	for i, t := range m.Tables {
		r.tables[i] = t
		tn := tableName(t.Name.Name)
		rename, marked := map[string]string{}, map[string]bool{}
		if cp != "" {
			taken := make(map[string]bool, len(t.Columns))
			for _, c := range t.Columns {
				taken[c.Name] = true
			}
			n := 0
			for _, c := range t.Columns {
				rest, ok := cutRunTogether(c.Name, cp)
				if !ok {
					continue
				}
				n++
				if !taken[rest] {
					rename[c.Name] = rest
					marked[c.Name] = true
				}
			}
			// A table of the model's own naming: most of its columns
			// carry the mark. Elsewhere a name that begins so is a word.
			if n*4 < len(t.Columns)*3 {
				clear(rename)
				clear(marked)
			}
		}
		group := d.qualifierGroups(t.Columns, rename)
		if len(rename) == 0 && tn == t.Name.Name && !referencesRenamed(t, tableName) {
			continue
		}
		if r.orig == nil {
			r.orig = map[*schema.Column]*schema.Column{}
			r.why = map[*schema.Column]string{}
		}
		nt := *t
		nt.Name.Name = tn
		col := func(n string) string {
			if s, ok := rename[n]; ok {
				return s
			}
			return n
		}
		nt.Columns = make([]*schema.Column, len(t.Columns))
		for j, c := range t.Columns {
			nc := *c
			nc.Name = col(c.Name)
			nt.Columns[j] = &nc
			r.orig[&nc] = c
			var because []string
			if marked[c.Name] {
				because = append(because, fmt.Sprintf("the model's names begin with %q, which is no word", cp))
			}
			if g := group[c.Name]; g != "" {
				because = append(because, fmt.Sprintf("%s runs %q into several names the dictionary knows without it", t.Name.Name, g))
			}
			if len(because) > 0 {
				r.why[&nc] = fmt.Sprintf("%s: read as %s", strings.Join(because, ", and "), nc.Name)
			}
		}
		if t.PrimaryKey != nil {
			k := *t.PrimaryKey
			k.Columns = mapNames(k.Columns, col)
			nt.PrimaryKey = &k
		}
		nt.ForeignKeys = make([]*schema.ForeignKey, len(t.ForeignKeys))
		for j, fk := range t.ForeignKeys {
			f := *fk
			f.From.Name = tn
			f.FromColumns = mapNames(f.FromColumns, col)
			f.To.Name = tableName(f.To.Name)
			nt.ForeignKeys[j] = &f
		}
		r.tables[i] = &nt
	}
	return r
}

// referencesRenamed reports a foreign key whose target tableName renames.
func referencesRenamed(t *schema.Table, tableName func(string) string) bool {
	for _, fk := range t.ForeignKeys {
		if tableName(fk.To.Name) != fk.To.Name {
			return true
		}
	}
	return false
}

func mapNames(names []string, f func(string) string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = f(n)
	}
	return out
}

// column returns the model's column of a column of a renamed copy.
func (r readable) column(c *schema.Column) *schema.Column {
	if o, ok := r.orig[c]; ok {
		return o
	}
	return c
}
