// Package schema reads what the catalog says about a database's user
// tables into a [Model], and answers the questions a refresh asks of it:
// which key identifies a row, which tables reference which, and in what
// order they can be loaded.
//
// # Reading a schema
//
// [Load] reads the catalog into a Model inside whatever transaction its
// [Querier] belongs to (the tool reads the source in a read-only snapshot),
// and runs only SELECTs. It reads tables and partitioned tables outside
// the system schemas, not those that belong to an extension, with their
// columns and types, primary and unique keys, every unique index whatever
// its shape ([UniqueIndex]: composite, partial, over expressions, NULLS NOT
// DISTINCT; [Model.UniqueIndexesFor] adds a partition's parent's), foreign
// keys, sequences and the columns that use them, and views, with what each
// materialized view reads ([View] Reads and Opaque). [IsPermissionDenied] tells a
// missing privilege from other errors.
//
// # The model
//
// A [Table] is named by a [Name]: schema and name, unquoted. [ParseName]
// reads one as SQL writes it; [Name.String] writes it as a DBA reads it,
// and [Name.Sanitize] quoted for SQL. A table's [TableKind] tells an
// ordinary table from a partitioned one, a partition and an inheritance
// child; Parent and Children link them. [Table.RowKey] and
// [Table.NotNullKey] choose the key that identifies a row, and
// [Table.HasData] reports whether the table itself stores rows.
// [Model.Table] finds a table by name, and [Model.Fingerprint] hashes the
// structure, without sizes or estimates: two databases with the same
// schema have the same fingerprint.
//
// # The foreign-key graph
//
// An edge runs from the referencing table to the referenced one.
// [Model.Components] lists its strongly connected components in load
// order, [Model.Cycles] those that hold a cycle through more than one
// table, and [Model.LoadOrder] puts parents before children, breaking
// each cycle at the fewest foreign keys, deferrable ones first, then
// nullable ones. A cycle of NOT NULL, non-deferrable keys has no load
// order: [UnbreakableCycleError].
package schema
