// Package datagen fills a loaded schema with generated rows, read from its
// catalog, for tests and the corpus of real schemas (issue 11): a schema
// that ships without data (the OpenStreetMap website's structure.sql) gets
// rows that satisfy its constraints, so understudy can be run on it. It is
// test tooling: no product package imports it (integration's
// architecture test keeps it so).
//
// # What it reads
//
// [schema.Load] gives the tables, columns, types (enums, domains, arrays),
// keys, foreign keys, partitions and the load order with its broken cycle
// edges. The catalog gives the rest: CHECK constraints of tables and
// domains, every unique index (partial and over expressions too), and
// geometry typmods (format_type).
//
// # What it writes
//
// [Fill] inserts Config.Rows rows into every table (every leaf partition),
// parents before children, in one transaction:
//
//   - foreign keys get a parent row's key (a whole tuple for a composite
//     key; a column shared by two keys agrees with both); a nullable key is
//     NULL now and then;
//   - a cycle is broken where [schema.Model.LoadOrder] breaks it: the key is
//     NULL (or, NOT NULL and deferrable, a placeholder under SET
//     CONSTRAINTS ALL DEFERRED), and an UPDATE fills it once its parent
//     has rows;
//   - columns of a unique index take values made distinct by the row's
//     number; the tuples are tracked so a collision is redrawn;
//   - a CHECK of the form col IN (...) (deparsed as = ANY (ARRAY[...])), on
//     a table or a domain, is met by choosing from the list; other CHECKs
//     (ranges, lengths, comparisons between columns) are met by drawing
//     again: a row that PostgreSQL rejects is drawn again, up to a bound,
//     then skipped, and counted;
//   - a leaf of a range or list partitioned table gets key values inside
//     its bounds;
//   - enums, domains, arrays, jsonb, inet, uuid, bytea, ranges, timestamps
//     and PostGIS geometry/geography (EWKT matching the column's geometry
//     type and SRID) get values of their type;
//   - columns named like PII (email, names, phone, address, city, ip,
//     password...) get realistic-looking fake values (gofakeit), so the
//     classifier has something to find; nothing is real.
//
// Generated columns are left to PostgreSQL; identity columns are given
// values (OVERRIDING SYSTEM VALUE); sequences are set past what was
// inserted, and the database is analyzed.
//
// # Determinism
//
// Every value comes from a generator seeded by Config.Seed and the
// table's name, and every decision (a retry included) is taken in the same
// order, so two fills of the same schema with the same Config write the
// same rows.
package datagen
