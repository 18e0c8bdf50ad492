package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/understudy/understudy/internal/suggest"
	"github.com/understudy/understudy/schema"
)

// Load reads and parses a rules file. It reports every problem it finds in
// the file's own structure; Validate checks it against a live schema. The
// Config is nil only when the file cannot be read or is not YAML at all.
func Load(path string) (*Config, Diagnostics) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Diagnostics{{Pos: Pos{File: path}, Severity: SevError, Code: "read", Message: fmt.Sprintf("cannot read the rules file: %v", err)}}
	}
	return Parse(path, data)
}

// Parse parses a rules file's contents; path is used in positions.
func Parse(path string, data []byte) (*Config, Diagnostics) {
	d := &decoder{file: path, src: data, text: string(data)}
	sum := sha256.Sum256(data)
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		d.errAt(yamlErrorPos(path, err), "yaml", yamlErrorMessage(err), "")
		return nil, d.diags
	}
	cfg := &Config{Path: path, SHA256: hex.EncodeToString(sum[:]), Workers: 0, SchemaMode: "copy"}
	if len(doc.Content) == 0 {
		d.errAt(Pos{File: path, Line: 1, Col: 1}, "empty", "the rules file is empty", "start with `version: 1`")
		return cfg, d.diags
	}
	d.config(doc.Content[0], cfg)
	return cfg, d.diags
}

var yamlLine = regexp.MustCompile(`line (\d+)(?:, column (\d+))?`)

func yamlErrorPos(file string, err error) Pos {
	p := Pos{File: file, Line: 1, Col: 1}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		if m[2] != "" {
			p.Col, _ = strconv.Atoi(m[2])
		}
	}
	return p
}

func yamlErrorMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLine.ReplaceAllString(msg, "")
	msg = strings.TrimLeft(msg, ": ")
	return "not valid YAML: " + msg
}

// decoder walks the YAML node tree, collecting diagnostics.
type decoder struct {
	file  string
	src   []byte // the file's bytes, to position errors inside a scalar
	text  string // the same, as a string
	diags Diagnostics
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) errAt(p Pos, code, msg, suggestion string) {
	d.diags = append(d.diags, Diagnostic{Pos: p, Severity: SevError, Code: code, Message: msg, Suggestion: suggestion})
}

func (d *decoder) warnAt(p Pos, code, msg, suggestion string) {
	d.diags = append(d.diags, Diagnostic{Pos: p, Severity: SevWarning, Code: code, Message: msg, Suggestion: suggestion})
}

func (d *decoder) err(n *yaml.Node, code, msg, suggestion string) {
	d.errAt(d.pos(n), code, msg, suggestion)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return "a scalar"
	case yaml.AliasNode:
		return "an alias"
	}
	return "a document"
}

// entries returns a mapping's key/value pairs, reporting duplicate keys and
// keys not in known (with the closest known key as suggestion). A nil known
// accepts any key.
func (d *decoder) entries(n *yaml.Node, what string, known []string) [][2]*yaml.Node {
	n = resolveAlias(n)
	if n.Kind != yaml.MappingNode {
		d.err(n, "type", fmt.Sprintf("%s must be a mapping, found %s", what, kindName(n)), "")
		return nil
	}
	var out [][2]*yaml.Node
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolveAlias(n.Content[i+1])
		if prev, dup := seen[k.Value]; dup {
			d.err(k, "duplicate", fmt.Sprintf("%s: key %q appears twice (first at line %d)", what, k.Value, prev.Line), "merge the two entries")
			continue
		}
		seen[k.Value] = k
		if known != nil && !contains(known, k.Value) {
			sugg := ""
			if s := suggest.Closest(k.Value, known); s != "" {
				sugg = fmt.Sprintf("did you mean %q?", s)
			} else {
				sugg = "valid keys: " + strings.Join(known, ", ")
			}
			d.err(k, "unknown-key", fmt.Sprintf("%s: unknown key %q", what, k.Value), sugg)
			continue
		}
		out = append(out, [2]*yaml.Node{k, v})
	}
	return out
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func (d *decoder) str(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.err(n, "type", fmt.Sprintf("%s must be a string, found %s", what, kindName(n)), "")
		return "", false
	}
	return n.Value, true
}

func (d *decoder) integer(n *yaml.Node, what string, min int64) (int64, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
		v, err := strconv.ParseInt(n.Value, 0, 64)
		if err == nil && v >= min {
			return v, true
		}
	}
	d.err(n, "type", fmt.Sprintf("%s must be a whole number of at least %d, found %q", what, min, n.Value), "")
	return 0, false
}

func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		var b bool
		if err := n.Decode(&b); err == nil {
			return b, true
		}
	}
	d.err(n, "type", fmt.Sprintf("%s must be true or false, found %q", what, n.Value), "")
	return false, false
}

// topKeys are the rules file's top-level keys.
var topKeys = []string{"version", "source", "target", "secret", "secret_file", "workers", "schema", "keep_previous", "on_invalid", "verify", "roles",
	"defaults", "domains", "subset", "columns", "tables", "after"}

func (d *decoder) config(root *yaml.Node, cfg *Config) {
	entries := d.entries(root, "the rules file", topKeys)
	if root.Kind != yaml.MappingNode {
		return
	}
	hasVersion := false
	for _, e := range entries {
		k, v := e[0], e[1]
		switch k.Value {
		case "version":
			hasVersion = true
			if n, ok := d.integer(v, "version", 1); ok {
				if n != 1 {
					d.err(v, "version", fmt.Sprintf("version %d is not supported", n), "this understudy reads version: 1")
				}
				cfg.Version = int(n)
			}
		case "source", "target", "secret", "secret_file":
			s, ok := d.str(v, k.Value)
			if !ok {
				continue
			}
			set := Setting{Raw: s, Pos: d.pos(v), Set: true}
			if err := checkEnvSyntax(s); err != nil {
				d.err(v, "env", fmt.Sprintf("%s: %v", k.Value, err), "write ${NAME} or ${NAME:-default}")
			}
			switch k.Value {
			case "source":
				cfg.Source = set
			case "target":
				cfg.Target = set
			case "secret":
				cfg.Secret = set
				if !strings.Contains(s, "${") {
					d.warnAt(d.pos(v), "secret-inline", "the secret is written in the rules file itself", "use secret: ${UNDERSTUDY_SECRET} or secret_file, and keep the rules file free of secrets")
				}
			case "secret_file":
				cfg.SecretFile = set
			}
		case "workers":
			if n, ok := d.integer(v, "workers", 1); ok {
				cfg.Workers, cfg.WorkersPos = int(n), d.pos(v)
			}
		case "schema":
			if s, ok := d.str(v, "schema"); ok {
				if s != "copy" && s != "existing" {
					d.err(v, "schema-mode", fmt.Sprintf("schema: %q is not a mode", s), "want copy (the default) or existing")
				}
				cfg.SchemaMode, cfg.SchemaModePos = s, d.pos(v)
			}
		case "keep_previous":
			cfg.KeepPrevious, _ = d.boolean(v, "keep_previous")
		case "on_invalid":
			if s, ok := d.str(v, "on_invalid"); ok {
				if s != "error" && s != "keep" && s != "fail" {
					d.err(v, "on-invalid", fmt.Sprintf("on_invalid: %q is not a policy", s),
						"want error (the value becomes NULL and is counted; the default), keep (copied as is and counted) or fail (the run stops)")
				}
				cfg.OnInvalid = s
			}
		case "verify":
			vs := &VerifySettings{Pos: d.pos(v)}
			for _, e := range d.entries(v, "verify", []string{"residual"}) {
				if s, ok := d.str(e[1], "verify.residual"); ok {
					if s != "warn" && s != "fail" {
						d.err(e[1], "verify-residual", fmt.Sprintf("verify.residual: %q is not a policy", s),
							"want warn (personal data found in a kept column is reported; the default) or fail (it fails the check)")
					}
					vs.Residual, vs.ResidualPos = s, d.pos(e[1])
				}
			}
			cfg.Verify = vs
		case "roles":
			roles := &Roles{Pos: d.pos(v), Map: map[string]string{}}
			for _, e := range d.entries(v, "roles", []string{"keep_grants", "map"}) {
				switch e[0].Value {
				case "keep_grants":
					roles.KeepGrants, _ = d.boolean(e[1], "roles.keep_grants")
				case "map":
					for _, m := range d.entries(e[1], "roles.map", nil) {
						if to, ok := d.str(m[1], "roles.map."+m[0].Value); ok {
							roles.Map[m[0].Value] = to
						}
					}
				}
			}
			if len(roles.Map) > 0 && !roles.KeepGrants {
				d.warnAt(roles.Pos, "roles", "roles.map has no effect without keep_grants: true (ownership and grants are dropped)", "add keep_grants: true")
			}
			cfg.Roles = roles
		case "defaults":
			for _, e := range d.entries(v, "defaults", []string{"secrets"}) {
				if rs := d.rules(e[1], "defaults.secrets"); len(rs) == 1 {
					cfg.SecretsDefault = rs[0]
				} else if len(rs) > 1 {
					d.err(e[1], "type", "defaults.secrets takes one rule, not a list", "")
				}
			}
		case "domains":
			for _, e := range d.entries(v, "domains", nil) {
				rs := d.rules(e[1], "domain "+e[0].Value)
				if len(rs) != 1 || rs[0].Transform == "" {
					d.err(e[1], "domain", fmt.Sprintf("domain %q must name one transformer", e[0].Value), "for example: "+e[0].Value+": { transform: email }")
					continue
				}
				cfg.Domains = append(cfg.Domains, &Domain{Name: e[0].Value, Pos: d.pos(e[0]), Rule: rs[0]})
			}
		case "subset":
			cfg.Subset = d.subset(v)
		case "columns":
			for _, e := range d.entries(v, "columns", nil) {
				p := &PatternRule{Pattern: e[0].Value, Pos: d.pos(e[0])}
				p.Parts = strings.Split(p.Pattern, ".")
				if len(p.Parts) < 2 || len(p.Parts) > 3 || contains(p.Parts, "") {
					d.err(e[0], "pattern", fmt.Sprintf("column pattern %q must be table.column or schema.table.column", p.Pattern), `for example "*.email" or "billing.*.iban"`)
					continue
				}
				p.Rules = d.rules(e[1], "column pattern "+p.Pattern)
				cfg.Patterns = append(cfg.Patterns, p)
			}
		case "after":
			cfg.After = d.after(v)
		case "tables":
			for _, e := range d.entries(v, "tables", nil) {
				t := &TableRules{Raw: e[0].Value, Pos: d.pos(e[0])}
				name, err := schema.ParseName(e[0].Value, "")
				if err != nil {
					d.err(e[0], "table-name", fmt.Sprintf("table %v", err), `write schema.table, with double quotes around a part that has capitals or spaces: '"Analytics"."Daily Stats"'`)
					continue
				}
				t.Name = name
				for _, c := range d.entries(e[1], "table "+e[0].Value, nil) {
					t.Columns = append(t.Columns, &ColumnRules{Column: c[0].Value, Pos: d.pos(c[0]), Rules: d.rules(c[1], e[0].Value+"."+c[0].Value)})
				}
				cfg.Tables = append(cfg.Tables, t)
			}
		}
	}
	if !hasVersion {
		d.errAt(Pos{File: d.file, Line: 1, Col: 1}, "version", "the rules file has no version", "add `version: 1` as its first line")
	}
}

// ruleKeys are the keys of a rule mapping that are not transformer
// parameters.
var ruleKeys = []string{"transform", "domain", "when", "accept_duplicates"}

// rules decodes a column's rule: a scalar (keep, or a transformer name), a
// mapping, or a list of those.
func (d *decoder) rules(n *yaml.Node, what string) []*Rule {
	n = resolveAlias(n)
	if n.Kind == yaml.SequenceNode {
		if len(n.Content) == 0 {
			d.err(n, "rule", what+": an empty rule list", "write keep, a transformer name, or a mapping with transform:")
		}
		var out []*Rule
		for i, item := range n.Content {
			if r := d.rule(resolveAlias(item), what); r != nil {
				if r.When == "" && i < len(n.Content)-1 {
					d.err(item, "rule-order", what+": a rule without when: must come last in the list, or the rules after it never apply", "")
				}
				out = append(out, r)
			}
		}
		return out
	}
	if r := d.rule(n, what); r != nil {
		return []*Rule{r}
	}
	return nil
}

func (d *decoder) rule(n *yaml.Node, what string) *Rule {
	r := &Rule{Pos: d.pos(n)}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" || n.Value == "" {
			sugg := "write keep, a transformer name, or a mapping with transform:"
			if n.Value == "null" || n.Value == "~" {
				sugg = "YAML reads a bare null as no value; for the null transformer write 'null' in quotes"
			}
			d.err(n, "rule", what+": no rule given", sugg)
			return nil
		}
		if n.Value == "keep" {
			r.Keep = true
		} else {
			r.Transform, r.TransformPos = n.Value, d.pos(n)
		}
		return r
	case yaml.MappingNode:
	default:
		d.err(n, "rule", fmt.Sprintf("%s: a rule must be keep, a transformer name or a mapping, found %s", what, kindName(n)), "")
		return nil
	}
	r.Params, r.ParamPos = map[string]any{}, map[string]Pos{}
	for _, e := range d.entries(n, what, nil) {
		k, v := e[0], e[1]
		switch k.Value {
		case "transform":
			if s, ok := d.str(v, what+": transform"); ok {
				r.Transform, r.TransformPos = s, d.pos(v)
				if s == "keep" {
					r.Keep, r.Transform = true, ""
				}
			}
		case "domain":
			if s, ok := d.str(v, what+": domain"); ok {
				r.Domain, r.DomainPos = s, d.pos(v)
			}
		case "when":
			if s, ok := d.str(v, what+": when"); ok {
				r.When, r.WhenPos = s, d.pos(v)
				r.whenQuoted = v.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0
				r.whenPlain = v.Style == 0
			}
		case "accept_duplicates":
			r.AcceptDuplicates, _ = d.boolean(v, what+": accept_duplicates")
		default:
			var val any
			if err := v.Decode(&val); err != nil {
				d.err(v, "param", fmt.Sprintf("%s: parameter %s: %v", what, k.Value, err), "")
				continue
			}
			r.Params[k.Value] = val
			r.ParamPos[k.Value] = d.pos(k)
		}
	}
	if r.Transform == "" && !r.Keep && r.Domain == "" {
		d.err(n, "rule", what+": the rule names no transformer", "add transform: <name>, or write keep")
		return nil
	}
	if r.Keep && len(r.Params) > 0 {
		keys := make([]string, 0, len(r.Params))
		for k := range r.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		d.errAt(r.ParamPos[keys[0]], "param", what+": keep takes no parameters", "remove "+strings.Join(keys, ", "))
	}
	return r
}

var subsetKeys = []string{"roots", "full", "exclude", "children", "tables", "edges", "virtual_foreign_keys"}

func (d *decoder) subset(n *yaml.Node) *Subset {
	s := &Subset{Pos: d.pos(n)}
	for _, e := range d.entries(n, "subset", subsetKeys) {
		k, v := e[0], e[1]
		switch k.Value {
		case "roots":
			s.Roots = append(s.Roots, decodeList(d, v, "subset.roots", d.root)...)
		case "full", "exclude":
			for _, item := range d.list(v, "subset."+k.Value) {
				if ref, ok := d.tableRef(item, "subset."+k.Value); ok {
					if k.Value == "full" {
						s.Full = append(s.Full, ref)
					} else {
						s.Exclude = append(s.Exclude, ref)
					}
				}
			}
		case "children":
			s.Children = d.childPolicy(v, "subset.children")
		case "tables":
			for _, e := range d.entries(v, "subset.tables", nil) {
				ref, ok := d.tableRef(e[0], "subset.tables")
				if !ok {
					continue
				}
				tc := &TableChildren{Table: ref}
				given := false
				for _, f := range d.entries(e[1], "subset.tables entry", []string{"children"}) {
					tc.Children, given = d.childPolicy(f[1], "subset.tables children"), true
				}
				if tc.Children == nil {
					if given {
						continue // the policy's own error says why
					}
					d.err(e[1], "children", "subset.tables entry needs children: (the policy for the rows that reference this table's selected rows)", "for example children: none")
					continue
				}
				s.Tables = append(s.Tables, tc)
			}
		case "edges":
			s.Edges = append(s.Edges, decodeList(d, v, "subset.edges", d.edgeRule)...)
		case "virtual_foreign_keys":
			s.VirtualFKs = append(s.VirtualFKs, decodeList(d, v, "subset.virtual_foreign_keys", d.virtualFK)...)
		}
	}
	return s
}

// decodeList decodes each item of the list n with decode, and keeps those
// it returns (decode reports why it returns nil).
func decodeList[T any](d *decoder, n *yaml.Node, what string, decode func(*yaml.Node) *T) []*T {
	var out []*T
	for _, item := range d.list(n, what) {
		if v := decode(item); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// edgeRule decodes an entry of subset.edges.
func (d *decoder) edgeRule(item *yaml.Node) *EdgeRule {
	er := &EdgeRule{Pos: d.pos(item)}
	for _, e := range d.entries(item, "subset.edges entry", []string{"from", "children", "dangling"}) {
		switch e[0].Value {
		case "from":
			er.From, _ = d.columnsRef(e[1], "subset.edges from")
		case "children":
			er.Children = d.childPolicy(e[1], "subset.edges children")
		case "dangling":
			if n := e[1]; n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "null" {
				er.Dangling, er.DanglingPos = "null", d.pos(n) // YAML reads a bare null as no value
			} else if s, ok := d.str(e[1], "dangling"); ok {
				if s != "null" && s != "pull" {
					d.err(e[1], "dangling", fmt.Sprintf("dangling: %q", s), "want null (set the reference to NULL) or pull (bring the parent, the default)")
				}
				er.Dangling, er.DanglingPos = s, d.pos(e[1])
			}
		}
	}
	if er.From.Raw == "" {
		d.err(item, "edge", "subset.edges entry needs from: table(column, ...)", "")
		return nil
	}
	return er
}

// virtualFK decodes an entry of subset.virtual_foreign_keys.
func (d *decoder) virtualFK(item *yaml.Node) *VirtualFK {
	vfk := &VirtualFK{Pos: d.pos(item)}
	for _, e := range d.entries(item, "virtual foreign key", []string{"from", "to", "where"}) {
		switch e[0].Value {
		case "from":
			vfk.From, _ = d.columnsRef(e[1], "virtual foreign key from")
		case "to":
			vfk.To, _ = d.columnsRef(e[1], "virtual foreign key to")
		case "where":
			if s, ok := d.str(e[1], "where"); ok {
				vfk.Where, vfk.WherePos = s, d.pos(e[1])
			}
		}
	}
	if vfk.From.Raw == "" || vfk.To.Raw == "" {
		d.err(item, "vfk", "a virtual foreign key needs from: and to:", "for example from: public.comments(commentable_id), to: public.posts(id)")
		return nil
	}
	return vfk
}

func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	n = resolveAlias(n)
	if n.Kind != yaml.SequenceNode {
		d.err(n, "type", fmt.Sprintf("%s must be a list, found %s", what, kindName(n)), "")
		return nil
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		out[i] = resolveAlias(c)
	}
	return out
}

func (d *decoder) tableRef(n *yaml.Node, what string) (TableRef, bool) {
	s, ok := d.str(n, what)
	if !ok {
		return TableRef{}, false
	}
	name, err := schema.ParseName(s, "")
	if err != nil {
		d.err(n, "table-name", fmt.Sprintf("%s: table %v", what, err), "write schema.table")
		return TableRef{}, false
	}
	return TableRef{Raw: s, Name: name, Pos: d.pos(n)}, true
}

var columnsRefRE = regexp.MustCompile(`^\s*(.+?)\s*\(\s*([^()]+?)\s*\)\s*$`)

// columnsRef parses table(col, ...).
func (d *decoder) columnsRef(n *yaml.Node, what string) (ColumnsRef, bool) {
	s, ok := d.str(n, what)
	if !ok {
		return ColumnsRef{}, false
	}
	m := columnsRefRE.FindStringSubmatch(s)
	if m == nil {
		d.err(n, "columns-ref", fmt.Sprintf("%s: %q is not table(column, ...)", what, s), "for example public.comments(commentable_id)")
		return ColumnsRef{}, false
	}
	name, err := schema.ParseName(m[1], "")
	if err != nil {
		d.err(n, "table-name", fmt.Sprintf("%s: table %v", what, err), "write schema.table(column, ...)")
		return ColumnsRef{}, false
	}
	ref := ColumnsRef{Raw: s, Pos: d.pos(n), Table: name}
	for _, c := range strings.Split(m[2], ",") {
		c = strings.TrimSpace(c)
		if len(c) >= 2 && c[0] == '"' && c[len(c)-1] == '"' {
			c = strings.ReplaceAll(c[1:len(c)-1], `""`, `"`)
		}
		if c == "" {
			d.err(n, "columns-ref", fmt.Sprintf("%s: empty column name in %q", what, s), "")
			return ColumnsRef{}, false
		}
		ref.Columns = append(ref.Columns, c)
	}
	return ref, true
}

func (d *decoder) childPolicy(n *yaml.Node, what string) *ChildPolicy {
	p := &ChildPolicy{Pos: d.pos(n)}
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "all", "none":
			p.Mode = n.Value
			return p
		}
	} else if n.Kind == yaml.MappingNode {
		for _, e := range d.entries(n, what, []string{"limit"}) {
			if v, ok := d.integer(e[1], what+": limit", 1); ok {
				p.Mode, p.Limit = "limit", v
				return p
			}
			return nil
		}
	}
	d.err(n, "children", fmt.Sprintf("%s: %q is not a child policy", what, n.Value), "want all, none, or { limit: N } (N children per parent)")
	return nil
}

func (d *decoder) root(n *yaml.Node) *Root {
	r := &Root{Pos: d.pos(n)}
	hasTable := false
	for _, e := range d.entries(n, "subset root", []string{"table", "where", "percent", "limit", "order"}) {
		k, v := e[0], e[1]
		switch k.Value {
		case "table":
			r.Table, hasTable = d.tableRef(v, "subset root table")
		case "where":
			if s, ok := d.str(v, "where"); ok {
				r.Where, r.WherePos = s, d.pos(v)
			}
		case "percent":
			f, err := strconv.ParseFloat(v.Value, 64)
			if v.Kind != yaml.ScalarNode || err != nil || f <= 0 || f > 100 {
				d.err(v, "percent", fmt.Sprintf("percent: %q must be a number above 0 and at most 100", v.Value), "")
				continue
			}
			r.Percent, r.PercentPos = f, d.pos(v)
		case "limit":
			if l, ok := d.integer(v, "limit", 1); ok {
				r.Limit, r.LimitPos = l, d.pos(v)
			}
		case "order":
			if s, ok := d.str(v, "order"); ok {
				for _, c := range strings.Split(s, ",") {
					r.Order = append(r.Order, strings.TrimSpace(c))
				}
				r.OrderPos = d.pos(v)
			}
		}
	}
	if !hasTable {
		d.err(n, "root", "a subset root needs table:", "")
		return nil
	}
	if r.Where == "" && r.Percent == 0 && r.Limit == 0 {
		d.warnAt(r.Pos, "root", "this root selects every row of "+r.Table.Raw, "add where:, percent: or limit:, or list the table under full:")
	}
	return r
}

var envRef = regexp.MustCompile(`\$\{([^}]*)\}`)
var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func checkEnvSyntax(s string) error {
	for _, m := range envRef.FindAllStringSubmatch(s, -1) {
		name, _, _ := strings.Cut(m[1], ":-")
		if !envName.MatchString(name) {
			return fmt.Errorf("${%s} is not an environment variable reference", m[1])
		}
	}
	if strings.Count(s, "${") != len(envRef.FindAllString(s, -1)) {
		return fmt.Errorf("unterminated ${ in %q", s)
	}
	return nil
}

// Expand returns the setting with ${NAME} and ${NAME:-default} replaced from
// getenv. A reference to an unset variable without a default is an error
// naming the variable (never its value).
func (s Setting) Expand(getenv func(string) string) (string, error) {
	var missing []string
	out := envRef.ReplaceAllStringFunc(s.Raw, func(ref string) string {
		inner := ref[2 : len(ref)-1]
		name, def, hasDef := strings.Cut(inner, ":-")
		if v := getenv(name); v != "" {
			return v
		}
		if hasDef {
			return def
		}
		missing = append(missing, name)
		return ""
	})
	if len(missing) > 0 {
		return "", fmt.Errorf("%s: environment variable %s is not set", s.Pos, strings.Join(missing, ", "))
	}
	return out, nil
}
