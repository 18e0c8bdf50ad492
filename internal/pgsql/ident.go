package pgsql

import (
	"strings"
	"sync"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// QuoteIdent returns name as an SQL identifier: as is when PostgreSQL would
// read it back unchanged, double-quoted otherwise. It is PostgreSQL's
// quote_ident: a name goes unquoted when it is lower case ASCII letters,
// digits and _, does not start with a digit, and is not a keyword other than
// an unreserved one. The keywords are the server's own, as pg_query's
// scanner classifies them, not a list kept by hand.
func QuoteIdent(name string) string {
	if plainIdent(name) && !reservedKeyword(name) {
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

// keywordCacheSize bounds the cache of reservedKeyword: names come from
// catalogs and rules files, so a few thousand cover any schema, and a
// caller that quotes unbounded input still uses bounded memory.
const keywordCacheSize = 1 << 14

var keywordCache = struct {
	sync.RWMutex
	m map[string]bool
}{m: make(map[string]bool)}

// reservedKeyword reports whether a plain identifier (see plainIdent) is a
// keyword PostgreSQL does not accept as a bare name everywhere: a column
// name, type or function name, or reserved keyword. The answer comes from
// pg_query's scanner, which shares the server's keyword list, and is cached
// because QuoteIdent runs for every name in reports and generated SQL.
func reservedKeyword(name string) bool {
	keywordCache.RLock()
	kw, ok := keywordCache.m[name]
	keywordCache.RUnlock()
	if ok {
		return kw
	}
	kw = scanKeyword(name)
	keywordCache.Lock()
	if len(keywordCache.m) < keywordCacheSize {
		keywordCache.m[name] = kw
	}
	keywordCache.Unlock()
	return kw
}

func scanKeyword(name string) bool {
	res, err := pg_query.Scan(name)
	if err != nil || len(res.Tokens) != 1 {
		// A plain identifier is one token; anything else is quoted, which
		// is always correct.
		return true
	}
	switch res.Tokens[0].KeywordKind {
	case pg_query.KeywordKind_NO_KEYWORD, pg_query.KeywordKind_UNRESERVED_KEYWORD:
		return false
	}
	return true
}

// QuoteLiteral returns s as an SQL string constant, for a server with
// standard_conforming_strings on (the default since PostgreSQL 9.1, and how
// pg_query parses): quotes doubled, backslashes as they are.
func QuoteLiteral(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
