package classifyeval

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// Label is a person's category for one column.
type Label struct {
	Table    schema.Name
	Column   string
	Category classify.Category
	// Note says why, where the column's name does not.
	Note string
	// Line is the line of the labels file.
	Line int
}

// Key names the column, as the package-level Key does.
func (l Label) Key() string { return Key(l.Table, l.Column) }

// ReadLabels reads a labels file (see the package documentation).
func ReadLabels(path string) ([]Label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Label
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l, err := parseLabel(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		l.Line = n
		if first, dup := seen[l.Key()]; dup {
			return nil, fmt.Errorf("%s:%d: %s is labelled twice (first on line %d)", path, n, l.Key(), first)
		}
		seen[l.Key()] = n
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no labels", path)
	}
	return out, nil
}

func parseLabel(line string) (Label, error) {
	f := strings.Split(line, "\t")
	if len(f) < 3 || len(f) > 4 {
		return Label{}, fmt.Errorf("want table<TAB>column<TAB>category[<TAB>note], got %d tab-separated fields", len(f))
	}
	var l Label
	table, column, category := f[0], f[1], strings.TrimSpace(f[2])
	if table == "" || column == "" {
		return Label{}, fmt.Errorf("the table and the column must not be empty")
	}
	if s, t, ok := strings.Cut(table, "."); ok {
		l.Table = schema.Name{Schema: s, Name: t}
	} else {
		l.Table = schema.Name{Schema: "public", Name: table}
	}
	l.Column = column
	l.Category = classify.Category(category)
	if !l.Category.Valid() {
		return Label{}, fmt.Errorf("unknown category %q: want one of %s", category, categoryList())
	}
	if len(f) == 4 {
		l.Note = strings.TrimSpace(f[3])
	}
	return l, nil
}

func categoryList() string {
	var names []string
	for _, c := range classify.Categories() {
		names = append(names, string(c))
	}
	return strings.Join(names, ", ")
}

// Key names a column: "schema"."table".column, each part quoted as SQL
// quotes it.
func Key(t schema.Name, column string) string {
	return t.String() + "." + pgsql.QuoteIdent(column)
}
