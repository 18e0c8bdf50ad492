// Package pgsql is understudy's only door to PostgreSQL's own SQL parser
// (pg_query_go, which keeps cgo in this one package). It parses the SQL
// that a rules file holds and the schema scripts the copy engine applies,
// and answers in understudy's types: no pg_query type leaves the package.
//
// # Conditions
//
// ParseCondition parses a column rule's when: condition into an Expr that
// understudy evaluates itself, on the row stream, with Eval. It may contain:
//
//   - column references: key, settings.key, public.settings.key,
//     "Quoted Name" (unquoted names fold to lower case, as in PostgreSQL);
//   - literals: 'strings' (also $$dollar$$ and E'escaped'), numbers (1,
//     -2.5, 1e3, 0x1F, 1_000), TRUE, FALSE, NULL, and casts of a literal to
//     text, varchar, name, int2/int4/int8, numeric, float4/float8, bool,
//     date (YYYY-MM-DD) or uuid, without type modifiers;
//   - comparisons = <> != < <= > >=, IS [NOT] DISTINCT FROM,
//     [NOT] BETWEEN (as two comparisons), [NOT] IN (list);
//   - [NOT] LIKE and [NOT] ILIKE with a literal pattern and an optional
//     ESCAPE (backslash by default);
//   - IS [NOT] NULL, IS [NOT] TRUE/FALSE/UNKNOWN, a boolean column alone;
//   - AND, OR, NOT and parentheses.
//
// Anything else, function calls, subqueries, arithmetic, regular
// expressions, CASE, is valid SQL but an *UnsupportedError naming it.
//
// Evaluation follows SQL's three-valued logic: a comparison with NULL is
// Unknown, NOT Unknown is Unknown, FALSE AND Unknown is FALSE, TRUE OR
// Unknown is TRUE; a condition holds only when it is True (see Holds).
// Values come from a Row in PostgreSQL's text representation and compare
// as follows:
//
//   - with a number literal (or between two columns), numerically when
//     both texts are numbers, exactly, in any precision: 10 > 9, 1.50 = 1.5,
//     1e2 = 100, NaN above Infinity above every other number;
//   - with a boolean literal, as booleans (t, true, yes, on, 1...);
//   - otherwise, and whenever a text is not a number (or boolean), byte by
//     byte: the C collation. A string literal always compares as text, so
//     n > '9' is true for n = '90' but false for n = '10'; write n > 9.
//
// LIKE patterns are compiled once, when the condition is parsed: % and _
// match characters (UTF-8), not bytes, and ILIKE lowers both sides with
// unicode.ToLower, as PostgreSQL compares lower(text) with lower(pattern)
// under a Unicode-aware collation. Eval allocates nothing, and a parsed
// Expr is never modified, so table workers can share one.
//
// # Filters
//
// ParseFilter checks a subset root's where: expression, which the source
// server evaluates under the run's read-only snapshot, so it may use any SQL
// a WHERE clause accepts. It returns the canonical (deparsed) text and the
// unqualified columns it uses; QualifyColumns prefixes those columns with
// a table alias for use in joins.
//
// # Injection
//
// A condition or a filter is parsed inside a wrapper (SELECT 1 WHERE ...)
// and must be exactly one expression: a ';', a comment, a NUL byte, or a
// clause after the expression (UNION, ORDER BY, FOR UPDATE...) is a
// *SyntaxError. A filter's SQL is the deparsed tree, never the user's text,
// and it is re-parsed and compared with the tree before it is returned.
//
// # Positions
//
// Every *SyntaxError and *UnsupportedError carries Pos, a 0-based byte
// offset into the caller's text (the wrapper subtracted), so that the rules
// loader can report file:line:column.
//
// # Scripts
//
// ParseStatements splits a SQL script (an after: step of the rules file)
// into its statements as written, each with its byte offset, and names
// those that cannot run inside a transaction block (COMMIT, VACUUM, ...
// CONCURRENTLY) or need a client data stream (COPY FROM STDIN); a syntax
// error is a *SyntaxError at its byte offset. SplitScript does the same
// for a pg_dump section, psql meta-commands dropped, and sorts its
// statements into the phases a loader runs them in.
//
// # Schema scripts
//
// ScrubDDL removes credentials from a pg_dump --schema-only script:
// subscriptions, secret options of servers, user mappings and foreign
// tables, and role passwords. It re-emits only the statements it changes
// and copies every other byte as it was. OmitProductionOnly drops, the
// same way, what serves production's operations and breaks a staging copy:
// event triggers and publications.
//
// SchemaStatements does what ScrubDDL, MapRoles, OmitProductionOnly and
// SplitScript do, parsing the script once, and says of each statement
// what it must wait for when several sessions load the script at once
// (Ordering): a statement about tables and sequences (CREATE TABLE,
// CREATE SEQUENCE, ALTER TABLE ... SET DEFAULT or ATTACH PARTITION,
// COMMENT ON a table) waits for the earlier ones that name one of the same
// relations or types (Names); any other statement waits for everything
// before it; a session setting is run by every session.
package pgsql
