-- Materialized views over what a copy fills: through a plain view over two
-- tables, in a chain, over a partitioned table, over what the catalog
-- cannot see into (a function's body), and one left unpopulated.
-- dataflow_test.go plans their refreshes and runs them.
CREATE SCHEMA "Flow";
CREATE TABLE "Flow".a (id int NOT NULL, name text);
CREATE TABLE "Flow".b (id int NOT NULL, a_id int, total int);
CREATE TABLE "Flow".c (id int);
CREATE TABLE "Flow".p (id int, k int) PARTITION BY LIST (k);
CREATE TABLE "Flow".p1 PARTITION OF "Flow".p FOR VALUES IN (1);
CREATE TABLE "Flow".p2 PARTITION OF "Flow".p FOR VALUES IN (2);
CREATE VIEW "Flow".ab AS SELECT a.id, a.name, b.total FROM "Flow".a JOIN "Flow".b ON b.a_id = a.id;
CREATE MATERIALIZED VIEW "Flow"."Totals" AS SELECT id, name, sum(total) AS total FROM "Flow".ab GROUP BY id, name;
CREATE MATERIALIZED VIEW "Flow".grand AS SELECT sum(total) AS total FROM "Flow"."Totals";
CREATE MATERIALIZED VIEW "Flow".cs AS SELECT count(*) AS n FROM "Flow".c;
CREATE MATERIALIZED VIEW "Flow".ps AS SELECT count(*) AS n FROM "Flow".p;
CREATE MATERIALIZED VIEW "Flow".unpopulated AS SELECT * FROM "Flow".c WITH NO DATA;
CREATE FUNCTION "Flow".n() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM "Flow".c';
CREATE MATERIALIZED VIEW "Flow".zz_opaque AS SELECT "Flow".n() AS n;
CREATE MATERIALIZED VIEW "Flow".over_opaque AS SELECT n + 1 AS n FROM "Flow".zz_opaque;
INSERT INTO "Flow".a SELECT i, 'a' || i FROM generate_series(1, 10) i;
INSERT INTO "Flow".b SELECT i, 1 + i % 10, i FROM generate_series(1, 100) i;
INSERT INTO "Flow".c SELECT i FROM generate_series(1, 7) i;
INSERT INTO "Flow".p SELECT i, 1 + i % 2 FROM generate_series(1, 9) i;
