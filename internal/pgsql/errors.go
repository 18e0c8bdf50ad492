package pgsql

import (
	"errors"
	"fmt"

	"github.com/pganalyze/pg_query_go/v6/parser"
)

// SyntaxError is an expression or script that is not valid SQL, or that is
// not a single expression where one is expected.
type SyntaxError struct {
	Pos int    // 0-based byte offset into the input
	Msg string // what is wrong, as PostgreSQL or understudy words it
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s (at offset %d)", e.Msg, e.Pos)
}

// ConditionSyntax lists what a condition (ParseCondition) may contain. It is
// part of every UnsupportedError message, so the user sees the alternatives.
const ConditionSyntax = "column references (col, tbl.col, \"Quoted Col\"), " +
	"string, number, boolean and NULL literals (and 'literal'::type casts to text, varchar, name, " +
	"integer types, numeric, real, double precision, boolean, date, uuid), " +
	"comparisons = <> != < <= > >=, IS [NOT] DISTINCT FROM, [NOT] BETWEEN, [NOT] IN (...), " +
	"[NOT] LIKE / ILIKE [ESCAPE], IS [NOT] NULL, IS [NOT] TRUE / FALSE / UNKNOWN, AND, OR, NOT and parentheses"

// UnsupportedError is valid SQL that a condition cannot contain: function
// calls, subqueries, arithmetic, regular expressions and so on. A condition
// is evaluated by understudy on the row stream, not by the server.
type UnsupportedError struct {
	Pos  int    // 0-based byte offset into the input
	What string // the construct, e.g. "function call lower()"
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("%s is not supported in a condition (at offset %d); a condition may use %s", e.What, e.Pos, ConditionSyntax)
}

// MissingColumnError is returned by Eval when the row has no column of a
// name the condition refers to. Validate conditions against the schema
// with Columns before evaluating them, and this never happens.
type MissingColumnError struct {
	Column string
}

func (e *MissingColumnError) Error() string {
	return fmt.Sprintf("condition refers to column %q, which the row does not have", e.Column)
}

// ValueError is returned by Eval when a column used as a condition by
// itself (WHERE active) holds something that is not a boolean. The value
// itself is never part of the message: it may be personal data.
type ValueError struct {
	Column string
	Pos    int // 0-based byte offset of the column reference in the condition
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("column %q used as a condition at offset %d does not hold a boolean", e.Column, e.Pos)
}

// parseError turns a pg_query error on wrapped input into a SyntaxError
// positioned in the caller's input, which starts at byte offset prefix of
// wrapped.
func parseError(err error, wrapped string, prefix int) error {
	var pe *parser.Error
	if !errors.As(err, &pe) {
		return &SyntaxError{Msg: err.Error()}
	}
	pos := 0
	if pe.Cursorpos > 0 {
		pos = charToByte(wrapped, pe.Cursorpos-1) - prefix
	}
	pos = max(0, min(pos, len(wrapped)-prefix))
	return &SyntaxError{Pos: pos, Msg: pe.Message}
}

// ByteOffset converts a 0-based character index into s, as PostgreSQL
// counts positions in a query (an error's position, less one), into a
// byte offset.
func ByteOffset(s string, chars int) int { return charToByte(s, max(chars, 0)) }

// charToByte converts PostgreSQL's character index into s (it counts
// multibyte characters as one, by their lead byte, as pg_mblen does in
// UTF-8) into a byte offset.
func charToByte(s string, chars int) int {
	i := 0
	for ; chars > 0 && i < len(s); chars-- {
		i += utf8LeadLen(s[i])
	}
	return min(i, len(s))
}

// utf8LeadLen is PostgreSQL's pg_utf_mblen: the length of a UTF-8 sequence
// from its first byte alone.
func utf8LeadLen(b byte) int {
	switch {
	case b < 0x80:
		return 1
	case b&0xe0 == 0xc0:
		return 2
	case b&0xf0 == 0xe0:
		return 3
	case b&0xf8 == 0xf0:
		return 4
	default:
		return 1
	}
}
