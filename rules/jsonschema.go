package rules

import (
	"encoding/json"

	"github.com/understudy/understudy/anonymize"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of the rules file, for
// editors: with yaml-language-server, a first line
//
//	# yaml-language-server: $schema=./understudy-rules.schema.json
//
// completes and checks keys, transformer names and their parameters as a
// DBA types. It is built from the same key lists the loader uses and from the
// registry's parameter docs, so it cannot drift from them; a test keeps the
// checked-in copy current.
func JSONSchema(reg *anonymize.Registry) []byte {
	if reg == nil {
		reg = anonymize.NewRegistry()
	}
	type obj = map[string]any
	str := func(desc string) obj { return obj{"type": "string", "description": desc} }

	// One rule: keep, a transformer name, or a mapping; one branch per
	// transformer so its parameters complete.
	names := reg.Names()
	var branches []any
	for _, name := range names {
		def, _ := reg.Lookup(name)
		props := obj{
			"transform":         obj{"const": name, "description": def.Doc},
			"domain":            str("determinism domain: a named domain, or a label shared with other rules (default: the transformer and its parameters)"),
			"when":              str("SQL condition over this row's columns; the rule applies only where it holds (comparisons, IN, LIKE/ILIKE, IS NULL, AND/OR/NOT)"),
			"accept_duplicates": obj{"type": "boolean", "description": "allow a transformer that does not preserve uniqueness on a column with a unique index"},
		}
		var required []string
		for _, p := range def.ParamDocs() {
			ps := obj{"description": p.Doc}
			switch p.Type {
			case "string":
				ps["type"] = "string"
			case "integer":
				ps["type"] = "integer"
			case "number":
				ps["type"] = "number"
			case "boolean":
				ps["type"] = "boolean"
			case "list of strings":
				ps["type"] = "array"
				ps["items"] = obj{"type": "string"}
				if len(p.Enum) > 0 {
					ps["items"] = obj{"type": "string", "enum": p.Enum}
				}
			case "map":
				ps["type"] = "object"
			}
			if len(p.Enum) > 0 && p.Type != "list of strings" {
				ps["enum"] = p.Enum
			}
			if p.Default != "" {
				ps["description"] = p.Doc + " (default " + p.Default + ")"
			}
			if p.Required {
				required = append(required, p.Name)
			}
			props[p.Name] = ps
		}
		b := obj{"type": "object", "properties": props, "required": append([]string{"transform"}, required...), "additionalProperties": false}
		branches = append(branches, b)
	}
	branches = append(branches,
		obj{"type": "object", "description": "a named domain's transformer", "properties": obj{
			"domain": str("a domain defined under domains:"), "when": str("SQL condition over this row's columns"),
			"accept_duplicates": obj{"type": "boolean"}}, "required": []string{"domain"}, "additionalProperties": false},
		obj{"type": "object", "description": "keep, conditionally", "properties": obj{
			"transform": obj{"const": "keep"}, "when": str("SQL condition over this row's columns")}, "required": []string{"transform"}, "additionalProperties": false},
	)
	nameEnum := append([]string{"keep"}, names...)
	rule := obj{"oneOf": []any{
		obj{"type": "string", "enum": nameEnum, "description": "keep (reviewed, copied as is) or a transformer with its default parameters"},
		obj{"oneOf": branches},
	}}
	ruleList := obj{"oneOf": []any{
		obj{"$ref": "#/$defs/rule"},
		obj{"type": "array", "items": obj{"$ref": "#/$defs/rule"}, "minItems": 1, "description": "the first rule whose when: holds applies; rows no rule matches keep their value"},
	}}
	children := obj{"oneOf": []any{
		obj{"enum": []string{"all", "none"}},
		obj{"type": "object", "properties": obj{"limit": obj{"type": "integer", "minimum": 1}}, "required": []string{"limit"}, "additionalProperties": false},
	}}
	tableName := obj{"type": "string", "description": "schema.table; double-quote a part with capitals or spaces"}
	columnsRef := obj{"type": "string", "pattern": `^.+\(.+\)$`, "description": "schema.table(column, ...)"}

	props := obj{
		"version":       obj{"const": 1},
		"source":        str("source (production) connection string; ${ENV} references are expanded; read-only"),
		"target":        str("target (staging) connection string; ${ENV} references are expanded"),
		"secret":        str("the masking secret, normally ${UNDERSTUDY_SECRET}; never write it in the file"),
		"secret_file":   str("a file holding the secret (mode 0600)"),
		"workers":       obj{"type": "integer", "minimum": 1, "description": "tables copied at once (default: the number of CPUs)"},
		"schema":        obj{"enum": []string{"copy", "existing"}, "description": "copy (default): the source's schema is copied; existing: the target's migrations made it"},
		"keep_previous": obj{"type": "boolean", "description": "keep <target>__prev after the swap, for rollback"},
		"on_invalid": obj{"enum": []string{"error", "keep", "fail"},
			"description": "a value a rule cannot read (invalid JSON under a json rule): error = NULL (empty if NOT NULL) and counted (default), keep = copied as is and counted, fail = the run stops"},
		"verify": obj{"type": "object", "additionalProperties": false, "description": "verify settings", "properties": obj{
			"residual": obj{"enum": []string{"warn", "fail"},
				"description": "personal data found in a sample of a kept text or json column: warn = reported (default), fail = the check fails; secrets fail in any column whatever this says"}}},
		"roles": obj{"type": "object", "additionalProperties": false, "description": "ownership and grants (default: dropped; objects belong to the loading role)",
			"properties": obj{
				"keep_grants": obj{"type": "boolean", "description": "copy ownership and grants for the roles the target has; drop the others"},
				"map":         obj{"type": "object", "additionalProperties": obj{"type": "string"}, "description": "source role -> target role"},
			}},
		"defaults": obj{"type": "object", "additionalProperties": false, "properties": obj{
			"secrets": obj{"$ref": "#/$defs/rule", "description": "how a secret-looking column without a rule is scrubbed (default redact)"}}},
		"domains": obj{"type": "object", "description": "named domains: columns naming one share one mapping from value to fake",
			"additionalProperties": obj{"$ref": "#/$defs/rule"}},
		"subset": obj{"type": "object", "additionalProperties": false, "properties": obj{
			"roots": obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false, "required": []string{"table"}, "properties": obj{
				"table":   tableName,
				"where":   str("one SQL boolean expression over the table's columns"),
				"percent": obj{"type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "stable sample by keyed hash of the key"},
				"limit":   obj{"type": "integer", "minimum": 1},
				"order":   str("columns that order the rows limit takes"),
			}}},
			"full":     obj{"type": "array", "items": tableName, "description": "tables copied whole"},
			"exclude":  obj{"type": "array", "items": tableName, "description": "tables copied empty"},
			"children": children,
			"tables": obj{"type": "object", "description": "per table (schema.table): the children policy of its rows",
				"additionalProperties": obj{"type": "object", "additionalProperties": false, "required": []string{"children"}, "properties": obj{"children": children}}},
			"edges": obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false, "required": []string{"from"}, "properties": obj{
				"from": columnsRef, "children": children, "dangling": obj{"enum": []string{"null", "pull"}}}}},
			"virtual_foreign_keys": obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false, "required": []string{"from", "to"}, "properties": obj{
				"from": columnsRef, "to": columnsRef, "where": str("SQL condition on the referencing table, e.g. commentable_type = 'Post'")}}},
		}},
		"columns": obj{"type": "object", "description": `rules by pattern: "table.column" or "schema.table.column", * matches within a part; the most specific wins`,
			"additionalProperties": obj{"$ref": "#/$defs/rules"}},
		"tables": obj{"type": "object", "description": "rules per table (schema.table), then per column",
			"additionalProperties": obj{"type": "object", "additionalProperties": obj{"$ref": "#/$defs/rules"}}},
		"after": obj{"type": "array", "description": "staging-specific SQL run in order in the new copy after post-data and before verify, all steps in one transaction: a failure stops the run before the swap",
			"items": obj{"type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": obj{
				"sql":  str("SQL statements, separated by ;"),
				"file": str("a SQL file, relative to the rules file"),
			}}},
	}
	s := obj{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "understudy-rules.schema.json",
		"title":                "understudy rules file",
		"type":                 "object",
		"required":             []string{"version"},
		"additionalProperties": false,
		"properties":           props,
		"$defs":                obj{"rule": rule, "rules": ruleList},
	}
	out, _ := json.MarshalIndent(s, "", "  ")
	return append(out, '\n')
}
