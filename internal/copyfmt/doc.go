// Package copyfmt reads and writes PostgreSQL COPY streams row by row, so
// the copy engine can rewrite a few masked fields between COPY ... TO STDOUT
// on the source and COPY ... FROM STDIN on the target and pass every other
// field through as bytes, never decoding it.
//
// It imports only the standard library.
//
// # Rows
//
// A Reader (TextReader, BinaryReader) yields one *Row at a time. The row's
// fields are sub-slices of the reader's buffer in wire form: escaped text in
// a text stream, value bytes in a binary stream. They are valid until the
// next call to Next. Row.Set and Row.SetNull replace fields; a Writer
// (TextWriter, BinaryWriter) of the same format writes the row with
// WriteRow, copying the untouched stretches of the row as they were read
// (a row with no replacement is a single copy) and encoding the
// replacements. WriteFields writes a row built from Raw, Value and Null
// fields.
//
// Writers batch into a buffer of Config.BufferSize (64 KiB by default) and
// hand it to the underlying io.Writer only when it is full, or on Flush and
// Close: one write per row makes COPY FROM several times slower. A value
// longer than the batch is escaped through it in chunks or written
// straight through, so memory stays bounded by the batch and by the longest
// row read. Reading and passing a row through does not allocate.
//
// # Text format
//
// PostgreSQL's default text format: fields separated by Config.Delimiter
// (tab), rows ended by a newline, NULL written as Config.Null (\N), and
// backslash escapes: \b \f \n \r \t \v, \NNN octal, \xHH hex, and \c for any
// other byte c, so \\ is a backslash and \<delimiter> a delimiter. Unescape
// decodes a field; AppendEscaped encodes a value as COPY TO does.
//
// Rows end at a newline that no backslash escapes. COPY TO never writes a
// raw carriage return (it writes \r), so a raw carriage return is rejected
// as malformed, which is what COPY FROM does once it has seen a row end
// with a bare newline: CRLF files are not accepted. A line holding only \.
// ends the data, as in psql scripts; COPY TO STDOUT does not write it and
// neither does TextWriter. A last row without its newline is accepted.
//
// The NULL string is matched against a field's wire form, as COPY FROM
// does, and an empty NULL string cannot be configured. A text row has at
// least one field (an empty line is one empty field), so tables without
// columns need the binary format.
//
// # Binary format
//
// The 11-byte signature PGCOPY\n\377\r\n\0, a 32-bit flags word (the OIDs
// flag or an unknown critical flag is an error), a header extension that is
// skipped, then per row a 16-bit field count (the same for every row) and
// per field a 32-bit length (-1 for NULL) and the value's bytes, and a
// 16-bit -1 trailer. No data may follow the trailer. Field lengths are
// bounded by Config.MaxRow (1 GiB) and the buffer grows only as bytes
// arrive, so a hostile length cannot make a reader allocate more than the
// stream actually sent.
//
// # Binary and text values
//
// Transformers work on text. BinaryToText and TextToBinary (or a Codec from
// LookupCodec, resolved once per column) convert the values of a masked
// column in a binary stream for these types, named as in pg_type or in SQL:
//
//	text varchar bpchar name citext json   identical bytes
//	int2 int4 int8 oid                     decimal
//	float4 float8                          shortest exact, Infinity, -Infinity, NaN
//	numeric                                all values, NaN and ±Infinity
//	bool                                   t, f
//	date time timestamp timestamptz        ISO, BC years, ±infinity
//	uuid jsonb bytea (hex) inet cidr macaddr macaddr8
//
// The text side is what PostgreSQL prints with DateStyle=ISO,
// TimeZone=UTC, extra_float_digits >= 1 (the default since PostgreSQL 12)
// and bytea_output=hex: the engine sets TimeZone=UTC and DateStyle=ISO on
// its sessions, so a timestamptz prints with a +00 offset. A transformer's
// timestamptz with another offset is converted to UTC; a timestamp's offset
// is ignored, as PostgreSQL does. Values are checked as the receive
// functions check them (lengths, ranges, digits) and errors never quote a
// value.
//
// Arrays, composites, ranges, enums, domains over other types and other
// user-defined types have no codec here: the engine copies a table in text
// format when one of its masked columns has such a type (or resolves a
// domain to its base type first). Unmasked columns of any type pass through
// either format untouched.
//
// # Errors
//
// A malformed stream is a *SyntaxError with the row number and byte offset;
// a value that cannot be converted is a *ValueError. Neither carries stream
// data, which may be PII: only offsets, lengths and counts. Readers never
// panic on any input.
package copyfmt
