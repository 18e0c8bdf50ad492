package schema

import (
	"fmt"
	"strings"
)

// ParseName parses a table name as SQL writes it: schema.table, each part
// bare (folded to lower case, as PostgreSQL does) or double-quoted (kept
// exactly, "" for a quote). A name without a schema gets defaultSchema; an
// empty defaultSchema makes the schema required.
func ParseName(s, defaultSchema string) (Name, error) {
	parts, err := splitIdent(s)
	if err != nil {
		return Name{}, err
	}
	switch len(parts) {
	case 1:
		if defaultSchema == "" {
			return Name{}, fmt.Errorf("%q: want schema.table", s)
		}
		return Name{Schema: defaultSchema, Name: parts[0]}, nil
	case 2:
		return Name{Schema: parts[0], Name: parts[1]}, nil
	}
	return Name{}, fmt.Errorf("%q: want schema.table, got %d parts", s, len(parts))
}

// splitIdent splits a dotted SQL name into its identifiers.
func splitIdent(s string) ([]string, error) {
	var parts []string
	i := 0
	for {
		if i >= len(s) {
			return nil, fmt.Errorf("%q: empty name part", s)
		}
		var part string
		if s[i] == '"' {
			var b strings.Builder
			j := i + 1
			for {
				if j >= len(s) {
					return nil, fmt.Errorf("%q: unterminated quoted identifier", s)
				}
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						b.WriteByte('"')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(s[j])
				j++
			}
			part = b.String()
			if part == "" {
				return nil, fmt.Errorf("%q: empty quoted identifier", s)
			}
			i = j + 1
		} else {
			j := strings.IndexByte(s[i:], '.')
			if j < 0 {
				j = len(s) - i
			}
			part = s[i : i+j]
			if part == "" || strings.ContainsAny(part, "\" \t") {
				return nil, fmt.Errorf("%q: %q is not a bare identifier; quote it with double quotes", s, part)
			}
			part = strings.ToLower(part)
			i += j
		}
		parts = append(parts, part)
		if i == len(s) {
			return parts, nil
		}
		if s[i] != '.' {
			return nil, fmt.Errorf("%q: unexpected %q after an identifier", s, s[i:])
		}
		i++
	}
}
