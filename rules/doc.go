// Package rules reads the rules file and resolves it against a database's
// schema: for every column of every table, what a refresh does to it, and
// why.
//
// # Entry points
//
//   - [Load] and [Parse] read a rules file into a [Config], with a
//     [Diagnostic] (position, severity, code, message, suggestion) for
//     every problem in the file's own structure: unknown keys, wrong
//     types, bad values. source:, target: and secret: are kept as written,
//     in a [Setting]; [Setting.Expand] expands their ${NAME} references.
//   - [Resolve] checks a Config against a [schema.Model] (tables, columns,
//     transformers and their parameters, when: conditions, the subset
//     section) and, when it finds no error, returns the [Plan]: per column a
//     [ColumnPlan] with its classification, its [Status] and the compiled
//     rules in force. It reports every problem, not the first. Without
//     [Options].Secret it compiles the rules with a placeholder, which
//     validates them but must never mask data; [Plan].Secret says which.
//   - [Plan.Coverage] is the audit view the report renders, and
//     [StrictFindings] what lint --strict fails on.
//   - [Scaffold] writes a complete, commented rules file from the
//     classifier's verdicts (init); [ImportSecurityLabels] and
//     [TranslateAnonLabel] carry PostgreSQL Anonymizer labels over.
//   - [JSONSchema] is the rules file's JSON Schema, for editors.
//   - [AfterStep] is one step of the after: section: its SQL (inline or
//     read from a file beside the rules file), its statements parsed by
//     Parse, which reports a syntax error at its line and column inside the
//     YAML scalar or the SQL file, and [AfterStep.PosAt], which maps an
//     offset in the SQL (a runtime error's) back to the file.
//
// # Which rule a column gets
//
// A column's rules come from the tables section, where the first rule
// whose when: holds applies; else from the most specific pattern of the
// columns section. A column that references another through a foreign key
// takes the rule of the column it references when that one is masked, so
// a masked key still joins in staging; a rule of its own that differs is
// an error. A column no rule covers is generated (the target computes
// it), excluded (its table is copied empty), scrubbed (a secret-looking
// column: by defaults.secrets, else redact, else hash), uncovered (other
// personal data, which stops a run unless allowed) or unreviewed.
//
// # The subset section
//
// [Subset] is the subset section as written. Resolve checks it against the
// schema (tables, columns, where: filters, a key for percent and limit, no
// excluded table that a copied one references); package subset carries it
// out, once the pipeline has translated it to a subset.Spec.
package rules
