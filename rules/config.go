package rules

import (
	"github.com/understudy/understudy/schema"
)

// Config is a parsed rules file. Positions point into the file for every
// value a diagnostic may name.
type Config struct {
	Path string
	// SHA256 is the hex digest of the file's bytes, recorded in manifests
	// and reports.
	SHA256 string

	Version int
	// Source, Target and Secret hold the text as written, ${ENV} references
	// unexpanded; Settings expands them.
	Source, Target, Secret Setting
	// SecretFile names a file holding the secret, as an alternative to Secret.
	SecretFile Setting
	Workers    int
	WorkersPos Pos
	// SchemaMode is "copy" (default: the source's schema is copied into a
	// fresh database) or "existing" (the target's own migrations made it).
	SchemaMode    string
	SchemaModePos Pos
	// KeepPrevious keeps <target>__prev after the swap, for rollback.
	KeepPrevious bool
	// OnInvalid is what a value a rule cannot read (invalid JSON under a
	// json rule) becomes: "error" (NULL, or empty in a NOT NULL column,
	// and counted; the default), "keep" (copied as is, and counted) or
	// "fail" (the run stops, naming the row).
	OnInvalid string
	// Verify holds the verify settings; nil means the defaults.
	Verify *VerifySettings
	// Roles says what happens to ownership and grants in schema: copy mode.
	// Nil (the default) drops them all: objects belong to the loading role.
	Roles *Roles

	// SecretsDefault is how a secret-looking column without a rule is
	// scrubbed (default: redact).
	SecretsDefault *Rule
	Domains        []*Domain
	Subset         *Subset
	Patterns       []*PatternRule
	Tables         []*TableRules
	// After is staging-specific SQL run in the new copy after post-data
	// and before verify, every step in one transaction.
	After []*AfterStep
}

// VerifySettings are the rules file's verify: section.
type VerifySettings struct {
	Pos Pos
	// Residual is what personal data found in a sample of a kept column
	// does to the check: "warn" (reported; the default) or "fail" (the
	// check fails). Secrets fail the check in any column, kept or masked,
	// whatever this says.
	Residual    string
	ResidualPos Pos
}

// ResidualFails reports whether residual personal data in kept columns
// fails the check (verify: { residual: fail }).
func (c *Config) ResidualFails() bool {
	return c != nil && c.Verify != nil && c.Verify.Residual == "fail"
}

// Setting is a string value that may reference environment variables as
// ${NAME} or ${NAME:-default}.
type Setting struct {
	Raw string
	Pos Pos
	Set bool
}

// Domain is a named masking domain: columns that name it share one mapping
// from source value to fake (an email in three tables maps to one fake).
type Domain struct {
	Name string
	Pos  Pos
	Rule *Rule
}

// Rule is how one column is treated.
type Rule struct {
	Pos Pos
	// Keep: the column was reviewed and is copied as is.
	Keep bool
	// Transform names the transformer; Params are its parameters, with the
	// position of each key.
	Transform    string
	TransformPos Pos
	Params       map[string]any
	ParamPos     map[string]Pos
	// Domain names the determinism domain: a named domain from the domains
	// section, or a free label shared with other rules.
	Domain    string
	DomainPos Pos
	// When restricts the rule to rows where this SQL condition holds.
	When    string
	WhenPos Pos
	// whenStyle tells how the when scalar was written, to map offsets in
	// the expression to columns.
	whenQuoted bool
	whenPlain  bool
	// AcceptDuplicates allows a transformer that does not preserve
	// uniqueness on a column with a unique index.
	AcceptDuplicates bool
}

// ColumnRules is the rule list of one column: the first rule whose when
// holds applies; a row no rule matches keeps its value.
type ColumnRules struct {
	Column string
	Pos    Pos
	Rules  []*Rule
}

// TableRules is the rules of one table.
type TableRules struct {
	Raw     string
	Name    schema.Name
	Pos     Pos
	Columns []*ColumnRules
}

// PatternRule applies a rule to every column whose name matches a glob:
// "table.column" (any schema) or "schema.table.column"; * matches any run
// of characters within one part.
type PatternRule struct {
	Pattern string
	Pos     Pos
	Parts   []string // [table, column] or [schema, table, column]
	Rules   []*Rule
}

// Subset is the subset section: stored and validated here, carried out by
// the subset package.
type Subset struct {
	Pos      Pos
	Roots    []*Root
	Full     []TableRef
	Exclude  []TableRef
	Children *ChildPolicy
	// Tables set the policy for the children of one table's rows.
	Tables     []*TableChildren
	Edges      []*EdgeRule
	VirtualFKs []*VirtualFK
}

// TableChildren is the children policy of one table's rows: of every
// reference to the table, unless an edge rule names the reference.
type TableChildren struct {
	Table    TableRef
	Children *ChildPolicy
}

// TableRef is a table named in the rules file.
type TableRef struct {
	Raw  string
	Name schema.Name
	Pos  Pos
}

// Root selects the rows a subset starts from.
type Root struct {
	Pos      Pos
	Table    TableRef
	Where    string
	WherePos Pos
	// Percent is a stable sample: rows chosen by a keyed hash of the key.
	Percent    float64
	PercentPos Pos
	Limit      int64
	LimitPos   Pos
	Order      []string
	OrderPos   Pos
}

// ChildPolicy says which children of selected rows come along.
type ChildPolicy struct {
	Pos Pos
	// Mode is "all", "none" or "limit".
	Mode  string
	Limit int64
}

// EdgeRule overrides the policy for one foreign key.
type EdgeRule struct {
	Pos Pos
	// From is table(col, ...) of the referencing side; FK names it by
	// constraint name instead: schema.table.constraint.
	From     ColumnsRef
	Children *ChildPolicy
	// Dangling "null" sets a nullable reference to NULL instead of pulling
	// its parent in.
	Dangling    string
	DanglingPos Pos
}

// ColumnsRef is table(col, ...).
type ColumnsRef struct {
	Raw     string
	Pos     Pos
	Table   schema.Name
	Columns []string
}

// VirtualFK is a reference the schema does not declare, followed like a
// real foreign key.
type VirtualFK struct {
	Pos      Pos
	From     ColumnsRef
	To       ColumnsRef
	Where    string
	WherePos Pos
}

// Roles maps the source's roles to the target's. With KeepGrants, ownership
// and grants are copied for every role the target has (after Map renames
// it) and dropped for the others.
type Roles struct {
	Pos        Pos
	KeepGrants bool
	Map        map[string]string
}
