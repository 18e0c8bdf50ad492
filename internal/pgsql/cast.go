package pgsql

// GuardedCast casts the SQL expression x to the type typ (quoted for a
// cast), whose base type is named base (int4, uuid, ...), yielding NULL
// instead of an error for a value of the wrong shape: a stray "n/a" where
// a virtual foreign key expects an id is no reference, not a failed run.
// Integers and uuids are shape-checked; other types are cast as they are.
// The checks nest in CASEs, so the shape is checked before the value is
// read as a number, which AND would not promise.
func GuardedCast(x, typ, base string) string {
	cast := "(" + x + ")::" + typ
	bounds := map[string]string{"int2": "-32768 AND 32767", "int4": "-2147483648 AND 2147483647", "int8": "-9223372036854775808 AND 9223372036854775807"}
	if b, ok := bounds[base]; ok {
		return "CASE WHEN (" + x + ")::text ~ '^[[:space:]]*[-+]?[0-9]+[[:space:]]*$' THEN CASE WHEN (" + x + ")::text::numeric BETWEEN " + b +
			" THEN " + cast + " END END"
	}
	if base == "uuid" {
		return "CASE WHEN (" + x + ")::text ~ '^[[:space:]]*[{]?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}[}]?[[:space:]]*$' THEN " + cast + " END"
	}
	return cast
}
