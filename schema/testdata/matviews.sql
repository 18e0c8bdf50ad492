-- Materialized views and what they read (schema.View.Reads, Opaque):
-- through plain views, over inheritance and partitioning, in a chain, and
-- over what leaves the reads unknown. Outside public, with mixed case.
CREATE SCHEMA "Rep";
CREATE TYPE "Rep".tier AS ENUM ('free', 'paid');
CREATE TABLE "Rep"."Customers" (id int PRIMARY KEY, name text, tier "Rep".tier);
CREATE TABLE "Rep".orders (id int PRIMARY KEY, customer_id int REFERENCES "Rep"."Customers", total numeric);
CREATE TABLE "Rep".notes (id int, body text);
CREATE TABLE "Rep".notes_old () INHERITS ("Rep".notes);
CREATE TABLE "Rep".events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE "Rep".events_2024 PARTITION OF "Rep".events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (id);
CREATE TABLE "Rep".events_2024_0 PARTITION OF "Rep".events_2024 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE "Rep".events_2025 PARTITION OF "Rep".events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE SEQUENCE "Rep".ticket;
CREATE FUNCTION "Rep".order_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM "Rep".orders';

-- A plain view over two tables, and a view over it.
CREATE VIEW "Rep".customer_orders AS
  SELECT c.id, c.name, o.total FROM "Rep"."Customers" c JOIN "Rep".orders o ON o.customer_id = c.id;
CREATE VIEW "Rep".big_orders AS SELECT * FROM "Rep".customer_orders WHERE total > 100;

CREATE MATERIALIZED VIEW "Rep"."Spend" AS
  SELECT name, sum(total) AS total FROM "Rep".big_orders GROUP BY name;
-- A chain: a materialized view over a materialized view.
CREATE MATERIALIZED VIEW "Rep".spend_total AS SELECT sum(total) AS total FROM "Rep"."Spend";
-- Built-in functions and operators, an enum, a collation: nothing opaque.
CREATE MATERIALIZED VIEW "Rep".paid AS
  SELECT upper(name COLLATE "C") AS name FROM "Rep"."Customers" WHERE tier = 'paid' AND name ILIKE 'a%';
CREATE MATERIALIZED VIEW "Rep".all_notes AS SELECT count(*) FROM "Rep".notes;
CREATE MATERIALIZED VIEW "Rep".all_events AS SELECT count(*) FROM "Rep".events;
CREATE MATERIALIZED VIEW "Rep".unpopulated AS SELECT * FROM "Rep".orders WITH NO DATA;

-- Opaque: a function whose body reads a table, a sequence, a system
-- relation, a large object, and a GROUP BY on a primary key (pg_dump
-- creates this one, and the plain view below, in post-data).
CREATE MATERIALIZED VIEW "Rep".by_function AS SELECT "Rep".order_count() AS n;
CREATE MATERIALIZED VIEW "Rep".by_sequence AS SELECT last_value FROM "Rep".ticket;
CREATE MATERIALIZED VIEW "Rep".by_catalog AS SELECT count(*) FROM pg_catalog.pg_class;
CREATE MATERIALIZED VIEW "Rep".by_large_object AS SELECT lo_get(id::oid) FROM "Rep".orders;
CREATE MATERIALIZED VIEW "Rep".by_key AS
  SELECT c.id, c.name, count(o.id) AS orders FROM "Rep"."Customers" c LEFT JOIN "Rep".orders o ON o.customer_id = c.id GROUP BY c.id;
CREATE VIEW "Rep".names_by_key AS SELECT c.id, c.name FROM "Rep"."Customers" c GROUP BY c.id;
CREATE MATERIALIZED VIEW "Rep".over_names_by_key AS SELECT * FROM "Rep".names_by_key;
