package rules

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/suggest"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// Status is what happens to a column in a refresh, as the coverage report
// shows it.
type Status string

// The statuses.
const (
	// Masked: a rule rewrites the column (in every row, or where its
	// conditions hold).
	Masked Status = "masked"
	// Kept: a rule says keep: a person reviewed the column.
	Kept Status = "kept (reviewed)"
	// Scrubbed: a secret-looking column no rule names, scrubbed anyway.
	Scrubbed Status = "scrubbed by default"
	// Excluded: the table is copied empty.
	Excluded Status = "excluded"
	// Generated: the target computes the column.
	Generated Status = "generated"
	// Uncovered: PII-looking, and no rule covers it.
	Uncovered Status = "uncovered"
	// Unreviewed: not PII-looking, and the rules file does not mention it.
	Unreviewed Status = "unreviewed"
)

// Options are what Resolve needs besides the rules file and the schema.
type Options struct {
	// Registry holds the transformers (default: anonymize.NewRegistry()).
	Registry *anonymize.Registry
	// Classes is the classifier's verdict per column; nil classifies by
	// name and type only.
	Classes []classify.ColumnClass
	// Secret keys the transformers. Validation needs none: without one a
	// placeholder compiles the rules, and the plan must not mask data.
	Secret []byte
}

// Plan is a rules file resolved against a schema: for every column of every
// table, its classification and exactly what happens to it.
type Plan struct {
	Config *Config
	Model  *schema.Model
	Tables []*TablePlan
	// Secret reports whether the plan was compiled with the real secret
	// (and can mask data) or a validation placeholder.
	Secret bool
}

// TablePlan is one table's part of a Plan.
type TablePlan struct {
	Table    *schema.Table
	Excluded bool
	Full     bool
	Columns  []*ColumnPlan
}

// ColumnPlan is what happens to one column.
type ColumnPlan struct {
	Column *schema.Column
	Class  classify.ColumnClass
	Status Status
	// Origin says where the rule comes from, for the report: "rule",
	// "pattern \"*.email\"", "foreign key x", "default for secrets".
	Origin    string
	OriginPos Pos
	// Rules are the effective rules, in order: the first whose condition
	// holds applies.
	Rules []*AppliedRule
	// InheritedVia is the foreign key whose parent column's rule this
	// column took, so joins keep working in staging.
	InheritedVia *schema.ForeignKey
}

// AppliedRule is one rule as compiled for its column.
type AppliedRule struct {
	Rule *Rule
	// Transform and Params are the transformer and parameters in force,
	// after a named domain filled them in.
	Transform string
	Params    map[string]any
	Domain    string
	When      pgsql.Expr
	Compiled  *anonymize.Compiled
}

// Masks reports whether the column's values are rewritten.
func (c *ColumnPlan) Masks() bool { return c.Status == Masked || c.Status == Scrubbed }

// validationSecret compiles rules when no secret is at hand (lint, report):
// a plan built with it must never mask real data.
var validationSecret = []byte("understudy-validation-only-not-a-secret")

type resolver struct {
	cfg     *Config
	m       *schema.Model
	opts    Options
	diags   Diagnostics
	domains map[string]*Domain
	classes map[schema.Name]map[string]classify.ColumnClass
	plan    *Plan
	cols    map[schema.Name]map[string]*ColumnPlan
	warned  map[uniqueWarning]bool
}

// Resolve validates the rules file against the schema and, when there are
// no errors, returns the plan. It reports every problem it finds.
func Resolve(cfg *Config, m *schema.Model, opts Options) (*Plan, Diagnostics) {
	if opts.Registry == nil {
		opts.Registry = anonymize.NewRegistry()
	}
	r := &resolver{cfg: cfg, m: m, opts: opts, domains: map[string]*Domain{},
		classes: map[schema.Name]map[string]classify.ColumnClass{}, cols: map[schema.Name]map[string]*ColumnPlan{},
		warned: map[uniqueWarning]bool{}}
	r.plan = &Plan{Config: cfg, Model: m, Secret: len(opts.Secret) > 0}
	if len(opts.Secret) == 0 {
		r.opts.Secret = validationSecret
	}
	for _, c := range opts.Classes {
		if r.classes[c.Table] == nil {
			r.classes[c.Table] = map[string]classify.ColumnClass{}
		}
		r.classes[c.Table][c.Column] = c
	}
	for _, d := range cfg.Domains {
		r.domains[d.Name] = d
	}
	r.tables()
	r.subset()
	r.explicitRules()
	r.patternRules()
	r.inheritThroughForeignKeys()
	r.checkMaskedReferences()
	r.defaults()
	if r.diags.HasErrors() {
		return nil, r.diags.sorted()
	}
	return r.plan, r.diags.sorted()
}

func (r *resolver) errAt(p Pos, code, msg, suggestion string) {
	r.diags = append(r.diags, Diagnostic{Pos: p, Severity: SevError, Code: code, Message: msg, Suggestion: suggestion})
}

func (r *resolver) warnAt(p Pos, code, msg, suggestion string) {
	r.diags = append(r.diags, Diagnostic{Pos: p, Severity: SevWarning, Code: code, Message: msg, Suggestion: suggestion})
}

func (r *resolver) infoAt(p Pos, code, msg string) {
	r.diags = append(r.diags, Diagnostic{Pos: p, Severity: SevInfo, Code: code, Message: msg})
}

// tables lays out a plan entry for every column of every table that holds
// data (a partitioned parent's rows live in its partitions, which carry the
// parent's rules).
func (r *resolver) tables() {
	excluded := map[schema.Name]bool{}
	full := map[schema.Name]bool{}
	if s := r.cfg.Subset; s != nil {
		for _, t := range s.Exclude {
			excluded[t.Name] = true
		}
		for _, t := range s.Full {
			full[t.Name] = true
		}
	}
	for _, t := range r.m.Tables {
		tp := &TablePlan{Table: t, Excluded: excluded[t.Name] || (t.Parent != nil && excluded[*t.Parent]),
			Full: full[t.Name] || (t.Parent != nil && full[*t.Parent])}
		r.cols[t.Name] = map[string]*ColumnPlan{}
		for _, c := range t.Columns {
			cp := &ColumnPlan{Column: c, Class: r.classOf(t, c)}
			tp.Columns = append(tp.Columns, cp)
			r.cols[t.Name][c.Name] = cp
		}
		r.plan.Tables = append(r.plan.Tables, tp)
	}
}

func (r *resolver) classOf(t *schema.Table, c *schema.Column) classify.ColumnClass {
	if cls, ok := r.classes[t.Name][c.Name]; ok {
		return cls
	}
	// A partition is classified as its parent.
	if t.Parent != nil {
		if cls, ok := r.classes[*t.Parent][c.Name]; ok {
			cls.Table = t.Name
			return cls
		}
	}
	return classify.ColumnClass{Table: t.Name, Column: c.Name, Category: classify.None}
}

// lookupTable finds a table named in the rules file, reporting it when the
// schema has no such table.
func (r *resolver) lookupTable(name schema.Name, raw string, p Pos) *schema.Table {
	if t := r.m.Table(name); t != nil {
		return t
	}
	sugg := ""
	if s := suggest.Closest(name.String(), tableNames(r.m)); s != "" {
		sugg = fmt.Sprintf("did you mean %s?", s)
	}
	r.errAt(p, "unknown-table", fmt.Sprintf("table %s does not exist in the source database", raw), sugg)
	return nil
}

func tableNames(m *schema.Model) []string {
	var out []string
	for _, t := range m.Tables {
		out = append(out, t.Name.String())
	}
	return out
}

func (r *resolver) lookupColumn(t *schema.Table, col string, p Pos) *schema.Column {
	if c := t.Column(col); c != nil {
		return c
	}
	names := columnNames(t)
	sugg := ""
	if s := suggest.Closest(col, names); s != "" {
		sugg = fmt.Sprintf("did you mean %s.%s?", t.Name, pgsql.QuoteIdent(s))
	} else {
		sugg = "its columns are " + strings.Join(names, ", ")
	}
	r.errAt(p, "unknown-column", fmt.Sprintf("column %q does not exist in %s", col, t.Name), sugg)
	return nil
}

// explicitRules applies the tables section.
func (r *resolver) explicitRules() {
	seen := map[schema.Name]Pos{}
	for _, tr := range r.cfg.Tables {
		if prev, dup := seen[tr.Name]; dup {
			r.errAt(tr.Pos, "duplicate-table", fmt.Sprintf("table %s already has rules at line %d", tr.Name, prev.Line), "merge the two entries")
			continue
		}
		seen[tr.Name] = tr.Pos
		t := r.lookupTable(tr.Name, tr.Raw, tr.Pos)
		if t == nil {
			continue
		}
		for _, cr := range tr.Columns {
			c := r.lookupColumn(t, cr.Column, cr.Pos)
			if c == nil {
				continue
			}
			r.apply(t, c, cr.Rules, "rule", cr.Pos)
		}
	}
	// A parent's rules cover its partitions and inheritance children, whose
	// rows hold the same columns, unless a child has a rule of its own.
	for _, tr := range r.cfg.Tables {
		t := r.m.Table(tr.Name)
		if t == nil {
			continue
		}
		r.propagate(t, tr)
	}
}

func (r *resolver) propagate(parent *schema.Table, tr *TableRules) {
	for _, childName := range parent.Children {
		child := r.m.Table(childName)
		if child == nil {
			continue
		}
		for _, cr := range tr.Columns {
			c := child.Column(cr.Column)
			pc := r.cols[parent.Name][cr.Column]
			if c == nil || pc == nil || pc.Status == "" || r.cols[child.Name][c.Name].Status != "" {
				continue // the parent's rule failed (reported once), or the child has its own
			}
			r.apply(child, c, cr.Rules, "rule on "+parent.Name.String(), cr.Pos)
		}
		r.propagate(child, tr)
	}
}

// apply compiles rules for a column and records them in the plan.
func (r *resolver) apply(t *schema.Table, c *schema.Column, rules []*Rule, origin string, p Pos) bool {
	cp := r.cols[t.Name][c.Name]
	if len(rules) == 0 {
		return false
	}
	if c.Generated != "" {
		if !(len(rules) == 1 && rules[0].Keep) {
			r.errAt(rules[0].Pos, "generated", fmt.Sprintf("%s.%s is a generated column: the target computes it from other columns", t.Name, c.Name),
				"remove the rule or write keep, and mask the columns it is computed from")
			return false
		}
	}
	var applied []*AppliedRule
	ok := true
	for _, rule := range rules {
		ar := r.compile(t, c, rule)
		if ar == nil {
			ok = false
			continue
		}
		applied = append(applied, ar)
	}
	if !ok {
		return false
	}
	cp.Rules, cp.Origin, cp.OriginPos = applied, origin, p
	cp.Status = Masked
	if len(applied) == 1 && applied[0].Rule.Keep {
		cp.Status, cp.Rules = Kept, nil
	}
	return true
}

func (r *resolver) compile(t *schema.Table, c *schema.Column, rule *Rule) *AppliedRule {
	ar := &AppliedRule{Rule: rule}
	if rule.When != "" {
		expr, err := pgsql.ParseCondition(rule.When)
		if err != nil {
			r.conditionError(rule, err)
			return nil
		}
		for _, ref := range expr.Columns() {
			if ref.Table != "" && ref.Table != t.Name.Name {
				r.errAt(r.whenPos(rule, ref.At), "when-column", fmt.Sprintf("when: %s refers to table %s; a condition sees only its own row", ref.Name, ref.Table), "")
				return nil
			}
			if t.Column(ref.Name) == nil {
				sugg := ""
				if s := suggest.Closest(ref.Name, columnNames(t)); s != "" {
					sugg = fmt.Sprintf("did you mean %s?", pgsql.QuoteIdent(s))
				}
				r.errAt(r.whenPos(rule, ref.At), "when-column", fmt.Sprintf("when: column %q does not exist in %s", ref.Name, t.Name), sugg)
				return nil
			}
		}
		ar.When = expr
	}
	if rule.Keep {
		return ar
	}
	ar.Transform, ar.Params, ar.Domain = rule.Transform, rule.Params, rule.Domain
	if rule.Domain != "" {
		if d, ok := r.domains[rule.Domain]; ok {
			if ar.Transform == "" {
				ar.Transform = d.Rule.Transform
			}
			if ar.Transform != d.Rule.Transform {
				r.errAt(rule.TransformPos, "domain", fmt.Sprintf("domain %q uses %s, this rule %s: one domain, one transformer", rule.Domain, d.Rule.Transform, ar.Transform), "drop transform: to use the domain's")
				return nil
			}
			if len(ar.Params) == 0 {
				ar.Params = d.Rule.Params
			}
		} else if ar.Transform == "" {
			names := make([]string, 0, len(r.domains))
			for n := range r.domains {
				names = append(names, n)
			}
			sort.Strings(names)
			sugg := "define it under domains:, e.g. domains: { " + rule.Domain + ": { transform: email } }"
			if s := suggest.Closest(rule.Domain, names); s != "" {
				sugg = fmt.Sprintf("did you mean %q?", s)
			}
			r.errAt(rule.DomainPos, "domain", fmt.Sprintf("domain %q is not defined and the rule names no transformer", rule.Domain), sugg)
			return nil
		}
	}
	col := anonymizeColumn(t, c)
	compiled, err := r.opts.Registry.Compile(ar.Transform, ar.Params, col, anonymize.Options{Secret: r.opts.Secret, Domain: ar.Domain})
	if err != nil {
		r.compileError(t, c, rule, err)
		return nil
	}
	ar.Compiled = compiled
	if ar.Transform == "null" && c.NotNull {
		r.errAt(rule.TransformPos, "not-null", fmt.Sprintf("%s.%s is NOT NULL, and null writes NULL: the load would fail", t.Name, c.Name),
			"use a transformer that writes a value, e.g. redact, constant or hash")
		return nil
	}
	if !rule.AcceptDuplicates && !r.checkUnique(t, c, rule, ar.Transform, col, compiled) {
		return nil
	}
	return ar
}

// checkUnique reports what a rule does to the unique indexes over its
// column: an error where the load could fail on a duplicate key, a warning
// where an index is over an expression of a column a uniqueness-preserving
// transformer masks (distinct fakes can still agree on lower(...)). It
// returns false on an error.
func (r *resolver) checkUnique(t *schema.Table, c *schema.Column, rule *Rule, transform string, col anonymize.Column, compiled *anonymize.Compiled) bool {
	errs, warns := uniqueRisks(r.m, t, c, compiled)
	if len(errs) > 0 && overlapKey(errs[0], c.Name) != nil {
		r.errAt(rule.TransformPos, "unique", fmt.Sprintf("%s.%s is in %s, and %s can make two rows' values overlap: the constraint would fail to build in staging",
			t.Name, c.Name, describeIndex(errs[0], t), transform),
			"keep the column (its operator compares values that differ, which no masking preserves), use null if the column allows NULL, or add accept_duplicates: true if its rows cannot conflict")
		return false
	}
	if len(errs) > 0 {
		class := "does not guarantee unique output"
		if compiled.Uniqueness() == anonymize.Lossy {
			class = "maps many values to one"
		}
		where := "has a unique index"
		if ix := errs[0]; !singleColumn(ix) {
			where = "is in " + describeIndex(ix, t)
			switch n := len(errs) - 1; {
			case n == 1:
				where += " (and 1 other unique index)"
			case n > 1:
				where += fmt.Sprintf(" (and %d other unique indexes)", n)
			}
		}
		r.errAt(rule.TransformPos, "unique", fmt.Sprintf("%s.%s %s, and %s %s: the load would fail on a duplicate key",
			t.Name, c.Name, where, transform, class), "use a uniqueness-preserving transformer ("+strings.Join(r.preserving(col), ", ")+"), or add accept_duplicates: true if the index allows it")
		return false
	}
	for _, ix := range warns {
		key := uniqueWarning{rule, ix}
		if r.warned[key] {
			continue // a partition takes its parent's rule and indexes
		}
		r.warned[key] = true
		r.warnAt(rule.TransformPos, "unique-expression", fmt.Sprintf("%s.%s is masked with %s, which keeps distinct values distinct, but %s is over an expression of it: two distinct fakes could still agree on it, and the index would fail to build in staging",
			t.Name, c.Name, transform, describeIndex(ix, t)),
			"check that the expression cannot map two fakes to one value (lower() of a transformer that writes lower case cannot), then add accept_duplicates: true to say so")
	}
	return true
}

type uniqueWarning struct {
	rule *Rule
	ix   *schema.UniqueIndex
}

// uniqueRisks returns the unique indexes over a column (a partition's
// include its partitioned tables') that a rule masking it could break, and
// those it could break only through an expression.
//
//   - A uniqueness-preserving transformer keeps every index whose key holds
//     the column itself intact: distinct tuples stay distinct. Where the
//     column appears only inside a key expression, it is a warning: the
//     fakes are distinct, their lower() need not be.
//   - null writes NULL, which an index with NULLS DISTINCT (the default)
//     never compares: safe where the column itself is a key column.
//   - Any other transformer can give two rows one tuple: an error, whatever
//     the index's shape. A partial index counts too: the rows its WHERE
//     selects are real rows (columns only in the predicate are not checked).
//   - An exclusion constraint is a unique index for its keys under =. A
//     key under another operator (during WITH &&) conflicts on values that
//     differ: any masking of its columns is an error, but null of a key
//     that is the column itself (the operator never compares NULL).
//
// The plainest index comes first: a single-column one when there is one,
// then those that hold the column itself rather than an expression of it.
func uniqueRisks(m *schema.Model, t *schema.Table, c *schema.Column, compiled *anonymize.Compiled) (errs, warns []*schema.UniqueIndex) {
	for _, ix := range m.UniqueIndexesFor(t) {
		plain, inExpr := ix.Covers(c.Name)
		switch overlap := overlapKey(ix, c.Name); {
		case !plain && !inExpr:
		case overlap != nil:
			// Values that differ conflict (overlapping ranges): no
			// masked value is safe, but a NULL, which the operator never
			// compares, in a key that is the column itself.
			if compiled.Name() != "null" || overlap.Column != c.Name {
				errs = append(errs, ix)
			}
		case compiled.Uniqueness() == anonymize.Preserving:
			if !plain {
				warns = append(warns, ix)
			}
		case compiled.Name() == "null" && plain && !ix.NullsNotDistinct:
		default:
			errs = append(errs, ix)
		}
	}
	rank := func(ix *schema.UniqueIndex) int {
		plain, _ := ix.Covers(c.Name)
		switch {
		case singleColumn(ix):
			return 0
		case plain:
			return 1
		}
		return 2
	}
	sort.SliceStable(errs, func(i, j int) bool { return rank(errs[i]) < rank(errs[j]) })
	return errs, warns
}

// overlapKey returns the key of an exclusion constraint over the column
// (itself or inside an expression) whose operator is not equality, or nil.
func overlapKey(ix *schema.UniqueIndex, column string) *schema.IndexKey {
	for i, k := range ix.Keys {
		if k.Overlaps() && (k.Column == column || slices.Contains(k.Columns, column)) {
			return &ix.Keys[i]
		}
	}
	return nil
}

// singleColumn reports a unique index on one plain column, with no
// predicate and NULLS DISTINCT: a unique key of the column alone.
func singleColumn(ix *schema.UniqueIndex) bool {
	return len(ix.Keys) == 1 && ix.Keys[0].Column != "" && ix.Predicate == "" && !ix.NullsNotDistinct
}

// describeIndex names an index and its shape, as a DBA would read it:
// composite unique index webhooks_url_org_key on (webhook_url,
// organization_id); partial unique index ... WHERE deleted_at IS NULL. An
// index of the partitioned table above t names that table.
func describeIndex(ix *schema.UniqueIndex, t *schema.Table) string {
	kind := "unique index"
	switch {
	case ix.Exclusion:
		kind = "exclusion constraint"
	case ix.Primary:
		kind = "primary key"
	case ix.Constraint:
		kind = "unique constraint"
	}
	if ix.Predicate != "" {
		kind = "partial " + kind
	}
	if len(ix.Keys) > 1 {
		kind = "composite " + kind
	}
	on := ""
	if ix.Table != t.Name {
		on = ix.Table.String() + " "
	}
	s := fmt.Sprintf("%s %s on %s(%s)", kind, pgsql.QuoteIdent(ix.Name), on, ix.KeyList())
	if ix.NullsNotDistinct {
		s += " NULLS NOT DISTINCT"
	}
	if ix.Predicate != "" {
		s += " WHERE " + ix.Predicate
	}
	return s
}

// preserving lists the transformers that preserve uniqueness on the column.
func (r *resolver) preserving(col anonymize.Column) []string {
	var out []string
	for _, name := range r.opts.Registry.Names() {
		c, err := r.opts.Registry.Compile(name, nil, col, anonymize.Options{Secret: validationSecret})
		if err == nil && c.Uniqueness() == anonymize.Preserving {
			out = append(out, name)
		}
	}
	return out
}

// accepting lists the transformers that accept the column's type.
func (r *resolver) accepting(col anonymize.Column) []string {
	var out []string
	for _, name := range r.opts.Registry.Names() {
		if _, err := r.opts.Registry.Compile(name, nil, col, anonymize.Options{Secret: validationSecret}); err == nil {
			out = append(out, name)
		}
	}
	return out
}

func (r *resolver) compileError(t *schema.Table, c *schema.Column, rule *Rule, err error) {
	var unknown *anonymize.UnknownTransformerError
	var perr *anonymize.ParamError
	var terr *anonymize.TypeError
	switch {
	case errors.As(err, &unknown):
		sugg := "valid transformers: " + strings.Join(unknown.Known, ", ")
		if unknown.Suggestion != "" {
			sugg = fmt.Sprintf("did you mean %q?", unknown.Suggestion)
		}
		r.errAt(rule.TransformPos, "unknown-transformer", fmt.Sprintf("unknown transformer %q", unknown.Name), sugg)
	case errors.As(err, &perr):
		p := rule.TransformPos
		root, _, _ := strings.Cut(perr.Param, ".")
		if pp, ok := rule.ParamPos[root]; ok {
			p = pp
		}
		sugg := ""
		if len(perr.Valid) > 0 {
			if s := suggest.Closest(perr.Param, perr.Valid); s != "" && s != perr.Param && !strings.Contains(perr.Reason, "did you mean") {
				sugg = fmt.Sprintf("did you mean %q? ", s)
			}
			sugg += "valid: " + strings.Join(perr.Valid, ", ")
		}
		r.errAt(p, "param", fmt.Sprintf("%s: parameter %q: %s", perr.Transformer, perr.Param, perr.Reason), sugg)
	case errors.As(err, &terr):
		col := anonymizeColumn(t, c)
		r.errAt(rule.TransformPos, "type", fmt.Sprintf("%s cannot mask %s.%s of type %s", terr.Transformer, t.Name, c.Name, c.Type.Display),
			"transformers for "+c.Type.Display+": "+strings.Join(r.accepting(col), ", "))
	default:
		r.errAt(rule.TransformPos, "transform", fmt.Sprintf("%s.%s: %v", t.Name, c.Name, err), "")
	}
}

// whenPos maps a byte offset inside a when: expression to a position in
// the file. It is exact for expressions written on one line.
func (r *resolver) whenPos(rule *Rule, offset int) Pos {
	p := rule.WhenPos
	if offset < 0 || offset > len(rule.When) || strings.Contains(rule.When, "\n") || !(rule.whenPlain || rule.whenQuoted) {
		return p
	}
	col := utf8.RuneCountInString(rule.When[:offset])
	if rule.whenQuoted {
		col++ // the opening quote
	}
	p.Col += col
	return p
}

func (r *resolver) conditionError(rule *Rule, err error) {
	var syn *pgsql.SyntaxError
	var uns *pgsql.UnsupportedError
	switch {
	case errors.As(err, &uns):
		r.errAt(r.whenPos(rule, uns.Pos), "when-unsupported", fmt.Sprintf("when: %s is not supported: understudy evaluates conditions itself, on the row stream", uns.What),
			"use "+pgsql.ConditionSyntax)
	case errors.As(err, &syn):
		r.errAt(r.whenPos(rule, syn.Pos), "when-syntax", "when: "+syn.Msg, "write one SQL condition over this row's columns, e.g. key IN ('smtp_password')")
	default:
		r.errAt(rule.WhenPos, "when-syntax", "when: "+err.Error(), "")
	}
}

// anonymizeColumn describes a column for the transformer registry.
func anonymizeColumn(t *schema.Table, c *schema.Column) anonymize.Column {
	unique := false
	for _, k := range t.Keys() {
		if len(k.Columns) == 1 && k.Columns[0] == c.Name {
			unique = true
		}
	}
	return anonymize.Column{Table: t.Name.String(), Name: c.Name, Type: AnonymizeType(c.Type), Unique: unique}
}

// AnonymizeType converts a catalog type to the transformers' description:
// domains resolved to their base type, arrays with their element type.
func AnonymizeType(t *schema.Type) anonymize.Type {
	typmod := t.Typmod
	u := t.Underlying()
	if u != t && typmod < 0 {
		typmod = u.Typmod
	}
	at := anonymize.Type{Name: u.Name, Typmod: typmod, EnumLabels: u.EnumLabels}
	if len(u.Category) > 0 {
		at.Category = u.Category[0]
	}
	if u.Elem != nil {
		e := AnonymizeType(u.Elem)
		at.Elem = &e
	}
	return at
}

// patternRules applies the columns section to every column no explicit rule
// covers: the most specific pattern wins; two equally specific patterns with
// different rules are an error.
func (r *resolver) patternRules() {
	matched := map[*PatternRule]int{}
	for _, tp := range r.plan.Tables {
		t := tp.Table
		for _, cp := range tp.Columns {
			if cp.Status != "" {
				continue
			}
			var best []*PatternRule
			bestScore := -1
			for _, p := range r.cfg.Patterns {
				if !p.matches(t, cp.Column.Name) {
					continue
				}
				matched[p]++
				switch s := p.specificity(); {
				case s > bestScore:
					best, bestScore = []*PatternRule{p}, s
				case s == bestScore:
					best = append(best, p)
				}
			}
			if len(best) == 0 {
				continue
			}
			if len(best) > 1 && !sameRules(best) {
				var where []string
				for _, p := range best {
					where = append(where, fmt.Sprintf("%q (line %d)", p.Pattern, p.Pos.Line))
				}
				r.errAt(best[1].Pos, "ambiguous", fmt.Sprintf("%s.%s matches %s, equally specific with different rules",
					t.Name, pgsql.QuoteIdent(cp.Column.Name), strings.Join(where, " and ")),
					"name the column under tables:, or make one pattern more specific")
				continue
			}
			p := best[0]
			r.apply(t, cp.Column, p.Rules, fmt.Sprintf("pattern %q", p.Pattern), p.Pos)
		}
	}
	for _, p := range r.cfg.Patterns {
		if matched[p] == 0 {
			r.warnAt(p.Pos, "pattern-unused", fmt.Sprintf("column pattern %q matches no column", p.Pattern), "")
		}
	}
}

func sameRules(ps []*PatternRule) bool {
	key := func(p *PatternRule) string { return fmt.Sprint(describeRules(p.Rules)) }
	for _, p := range ps[1:] {
		if key(p) != key(ps[0]) {
			return false
		}
	}
	return true
}

func describeRules(rs []*Rule) []string {
	var out []string
	for _, r := range rs {
		keys := make([]string, 0, len(r.Params))
		for k := range r.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		s := fmt.Sprintf("%v|%s|%s|%s", r.Keep, r.Transform, r.Domain, r.When)
		for _, k := range keys {
			s += fmt.Sprintf("|%s=%v", k, r.Params[k])
		}
		out = append(out, s)
	}
	return out
}

func (p *PatternRule) matches(t *schema.Table, column string) bool {
	parts := p.Parts
	names := []string{t.Name.Name, column}
	if len(parts) == 3 {
		names = []string{t.Name.Schema, t.Name.Name, column}
	}
	for i, pat := range parts {
		if ok, _ := path.Match(pat, names[i]); !ok {
			// A partition also matches the patterns naming its parent.
			if t.Parent != nil && ((len(parts) == 2 && i == 0) || (len(parts) == 3 && i == 1)) {
				if ok, _ := path.Match(pat, t.Parent.Name); ok {
					continue
				}
			}
			return false
		}
	}
	return true
}

// specificity ranks patterns: a schema part counts, each literal character
// counts, each wildcard counts against.
func (p *PatternRule) specificity() int {
	s := 0
	if len(p.Parts) == 3 {
		s += 1000
	}
	for _, part := range p.Parts {
		if part == "*" {
			continue
		}
		s += 10 * len(strings.ReplaceAll(part, "*", ""))
		s -= strings.Count(part, "*")
	}
	return s
}

// inheritThroughForeignKeys gives each referencing column the rule of the
// parent column it references, so a masked key still joins in staging. A
// referencing column with a different rule is an error.
func (r *resolver) inheritThroughForeignKeys() {
	order, _ := r.m.LoadOrder()
	for round := 0; round < 3; round++ { // chains through cycles settle in a few rounds
		changed := false
		for _, name := range order.Tables {
			t := r.m.Table(name)
			for _, fk := range t.ForeignKeys {
				for i, from := range fk.FromColumns {
					parent := r.cols[fk.To][fk.ToColumns[i]]
					child := r.cols[fk.From][from]
					if parent == nil || child == nil || parent.Status != Masked || child.InheritedVia == fk {
						continue
					}
					switch {
					case child.Status == Masked && child.InheritedVia == nil && sameMapping(parent, child):
					case child.Status == Masked && child.InheritedVia == nil && nullsOnly(child, true):
						// A NULL reference joins nothing and breaks no key.
					case child.Status == Masked || child.Status == Kept:
						if child.InheritedVia != nil {
							continue
						}
						r.errAt(child.OriginPos, "fk-domain", fmt.Sprintf("%s.%s references %s.%s through %s, which is masked with %s; this column's rule differs, so joins would break in staging",
							fk.From, from, fk.To, fk.ToColumns[i], fk.Name, describeApplied(parent)),
							"remove this column's rule: it inherits the parent's automatically")
					default:
						child.Rules, child.Status, child.InheritedVia = parent.Rules, Masked, fk
						child.Origin, child.OriginPos = "foreign key "+fk.Name, parent.OriginPos
						r.infoAt(parent.OriginPos, "fk-inherit", fmt.Sprintf("%s.%s inherits this rule through foreign key %s, so it still joins with %s.%s",
							fk.From, from, fk.Name, fk.To, fk.ToColumns[i]))
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
}

// checkMaskedReferences reports a referencing column masked on its own
// while the column it references is not: its fakes would match no parent
// row, and the foreign key would fail in staging.
func (r *resolver) checkMaskedReferences() {
	for _, t := range r.m.Tables {
		for _, fk := range t.ForeignKeys {
			for i, from := range fk.FromColumns {
				parent := r.cols[fk.To][fk.ToColumns[i]]
				child := r.cols[fk.From][from]
				if parent == nil || child == nil || child.Status != Masked || child.InheritedVia != nil || parent.Status == Masked || nullsOnly(child, false) {
					continue
				}
				r.errAt(child.OriginPos, "fk-masked-alone", fmt.Sprintf("%s.%s is masked, but %s.%s, which it references through %s, is not: the masked values would match no row there",
					fk.From, from, fk.To, fk.ToColumns[i], pgsql.QuoteIdent(fk.Name)),
					fmt.Sprintf("put the rule on %s.%s instead; %s.%s then inherits it. Or write null: a NULL reference points at no row", fk.To, fk.ToColumns[i], fk.From, from))
			}
		}
	}
}

// nullsOnly reports a column whose every rule writes NULL: a reference
// nulled so (a coded diagnosis that points into a lookup of concepts)
// points at no row. Beside a kept parent the foreign key holds, whatever
// the rules' conditions (a row no rule matches keeps a reference that
// still resolves). Beside a masked parent it holds only when every row
// is nulled (always): a row kept would point at a key the parent no
// longer has.
func nullsOnly(c *ColumnPlan, always bool) bool {
	for _, ar := range c.Rules {
		if ar.Transform != "null" || always && ar.When != nil {
			return false
		}
	}
	return len(c.Rules) > 0
}

func sameMapping(a, b *ColumnPlan) bool {
	if len(a.Rules) != len(b.Rules) {
		return false
	}
	for i := range a.Rules {
		x, y := a.Rules[i], b.Rules[i]
		if x.Compiled == nil || y.Compiled == nil || x.Compiled.Name() != y.Compiled.Name() || x.Compiled.Domain() != y.Compiled.Domain() {
			return false
		}
		if (x.When == nil) != (y.When == nil) {
			return false
		}
	}
	return true
}

func describeApplied(c *ColumnPlan) string {
	var parts []string
	for _, ar := range c.Rules {
		s := ar.Transform
		if ar.Compiled != nil {
			s += " (domain " + ar.Compiled.Domain() + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// defaults settles every column no rule covers: generated, excluded,
// scrubbed (secrets), uncovered (other PII) or unreviewed.
func (r *resolver) defaults() {
	for _, tp := range r.plan.Tables {
		for _, cp := range tp.Columns {
			switch {
			case cp.Column.Generated != "":
				cp.Status, cp.Rules = Generated, nil
			case tp.Excluded:
				cp.Status, cp.Rules = Excluded, nil
			case cp.Status != "":
			case cp.Class.Category == classify.Secret:
				r.scrub(tp.Table, cp)
			case cp.Class.Category.Sensitive():
				cp.Status = Uncovered
			default:
				cp.Status = Unreviewed
			}
		}
	}
}

// scrub applies the default for secrets: the configured rule, else redact,
// else (on a unique column, where redact would collide) hash.
func (r *resolver) scrub(t *schema.Table, cp *ColumnPlan) {
	col := anonymizeColumn(t, cp.Column)
	var candidates []*Rule
	if r.cfg.SecretsDefault != nil {
		candidates = append(candidates, r.cfg.SecretsDefault)
	}
	candidates = append(candidates, &Rule{Transform: "redact"}, &Rule{Transform: "hash"}, &Rule{Transform: "null"})
	for _, rule := range candidates {
		compiled, err := r.opts.Registry.Compile(rule.Transform, rule.Params, col, anonymize.Options{Secret: r.opts.Secret})
		if err != nil {
			if rule == r.cfg.SecretsDefault {
				r.compileError(t, cp.Column, rule, err)
			}
			continue
		}
		if errs, _ := uniqueRisks(r.m, t, cp.Column, compiled); len(errs) > 0 {
			continue
		}
		if cp.Column.NotNull && rule.Transform == "null" {
			continue
		}
		cp.Status, cp.Origin = Scrubbed, "default for secrets"
		cp.Rules = []*AppliedRule{{Rule: rule, Transform: rule.Transform, Params: rule.Params, Compiled: compiled}}
		return
	}
	cp.Status = Uncovered
}

func columnNames(t *schema.Table) []string {
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	return names
}
