// Package verify checks a staging database after a refresh: that its data
// holds together, that no masked column kept a production value, and that no
// credential survived in its data or its catalog. Check reads the source
// read-only (one REPEATABLE READ READ ONLY transaction) and the target in
// REPEATABLE READ READ ONLY transactions, one per check, run at once; or,
// given Config.TargetTx, one after another in that open transaction of the
// target, in a read-only savepoint it rolls back, so that a load is checked
// before it commits. It returns a typed Report and writes nothing anywhere.
// NewRecord keeps a report with its verdict and counts for an audit: the
// CLI renders it (text, JSON, Markdown or HTML) and exits 4 when it failed,
// a run stores it with its manifest in the target's understudy.runs, and
// ParseRecord reads it back.
//
// # Integrity
//
// Every foreign-key constraint of the target is reported with its
// pg_constraint.convalidated flag and, independently, an anti-join count of
// the referencing rows (MATCH SIMPLE: a row with a NULL in the reference is
// not checked) whose reference matches no row. Every virtual foreign key of
// the rules file (subset.virtual_foreign_keys, with its where: applied to
// the referencing row) is checked the same way. The counts run in
// PostgreSQL; memory in understudy is constant.
//
// # Leaks
//
// For every column the plan masks, Check counts the target rows whose value
// equals the source value of the same row. Rows are matched by the table's
// row key (Table.RowKey): both sides are streamed ordered by the key's text
// form (COLLATE "C", so the order is the same bytewise order Go compares
// in) and merge-joined, one row of each side in memory at a time, in one
// pass per table for all its masked columns. The sort runs in PostgreSQL
// (spilling to disk as work_mem says). Values are
// compared as text, NULL-safe, but a row whose source value is NULL, empty or
// blank, or an empty array or JSON document ({}, []), is never a hit:
// transformers keep those as they are. Nor is a value
// the column's rules write back by design: zero under noise, a text without
// entities under scrub_text, a document whose strings at a json rule's
// paths are all such texts (anonymize.Compiled.Unchanged).
//
// A json rule masks some paths of a document: only rows whose source
// document holds one of them (jsonb_path_exists) are compared. A json rule
// on a text column is treated as conditional (below).
//
// A transformer that is not uniqueness-preserving (it picks a last name or a
// city from a list, or writes a constant) maps some values onto themselves
// by chance: such a column fails only when more than CoincidenceShare of its
// rows equal the source; a rule removed by hand makes them all equal. A
// uniqueness-preserving transformer (an email, a token) fails on one hit.
//
// A table without a row key is compared as sets: Check builds the set of
// 16-byte HMAC-SHA256 digests of the source column's distinct non-NULL
// values, keyed with a random per-run key, and counts target rows whose
// digest is in it. That costs about 60 bytes per distinct source value of
// the column (digest plus Go map overhead), held for one column at a time.
//
// A column whose rules carry a when: condition keeps the source value on
// purpose where the condition is false: its hits are reported as expected
// and do not fail the check.
//
// # Credentials
//
// Every text, varchar, bpchar, citext, json and jsonb column (domains over
// them included) of every target table outside the understudy schema is
// streamed through the classifier's secret detectors
// (classify.DetectSecrets, classify.DetectJSON for json types). A finding
// names the table, column, detector, JSON path and the row keys of the first
// MaxRowKeys rows with the count of all of them; never the value. Memory is
// one row plus the findings, bounded by columns × detectors × MaxRowKeys.
//
// The target's catalog is scanned too: subscriptions of the database, user
// mappings and foreign servers whose options hold a password or a URL with
// credentials, and user functions whose bodies hold one. Role passwords
// (pg_authid.rolpassword) belong to the whole cluster, not to the staging
// database, and are usually set on purpose: they are reported under
// CategoryCluster and do not fail the check. Reading pg_authid needs a
// superuser; without one the role check is skipped and the report says so.
//
// # On the copy stream
//
// A run does not read both databases again: every row crosses understudy
// once, from production to staging, and a Stream checks it there
// (Config.Stream). Leaks: each masked value is compared with the source
// value of its own row as the transform writes it (method "stream": a
// table without a key is compared row by row, not as sets), with the
// same exemptions as above. Credentials: every text and json value of
// every copied table, masked or passed straight through, goes through the
// secret detectors behind classify.MayHoldSecret, a one-pass prefilter
// fuzzed never to rule out what a detector finds; a table passed through
// is read from a copy of its COPY stream beside the copy. The residual
// sample is drawn on the stream, and a split table's parts are merged.
// Row keys are written as ROW(...)::text writes them; a table without a
// key names a row by its number in the copy ("row=12") instead of a ctid.
//
// The foreign keys staging holds validated were validated by PostgreSQL
// against every copied row when the run added them after the copy
// (Config.Validated): they are reported with ProofValidated and not
// counted again. Keys NOT VALID in staging and virtual keys are counted by
// anti-join as above, and the catalog checks run as they always do. A
// schema: existing load, with its constraints' triggers off, proves
// nothing: every key is counted.
//
// Rows written after the copy (by after: steps, through any statement,
// function or trigger) never crossed the stream: the tables they wrote
// (pg_stat_xact_user_tables, Config.Rescan) are scanned and compared by
// reading them, as a full check does. Report.OnStream names the checks
// made on the stream; the verify command and run --verify=full make the
// full check, and an integration test shows both reach the same findings.
package verify
