package pgsql

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed keywords.txt
var keywordsText string

// keywords are the PostgreSQL keywords an identifier cannot be spelled as
// without double quotes (every keyword but the unreserved ones).
var keywords = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for line := range strings.Lines(keywordsText) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
})

// QuoteIdent returns name as an SQL identifier: as is when PostgreSQL would
// read it back unchanged (lower case ASCII letters, digits and _, not a
// keyword), double-quoted otherwise. It is PostgreSQL's quote_ident.
func QuoteIdent(name string) string {
	if plainIdent(name) && !keywords()[name] {
		return name
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

func plainIdent(name string) bool {
	if name == "" {
		return false
	}
	for i := range len(name) {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c == '_':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// QuoteLiteral returns s as an SQL string constant, for a server with
// standard_conforming_strings on (the default since PostgreSQL 9.1, and how
// pg_query parses): quotes doubled, backslashes as they are.
func QuoteLiteral(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
