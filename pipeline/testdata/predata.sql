-- A pre-data section with what makes loading it on several sessions at
-- once hard: types and functions the tables need, a table whose columns
-- are another table's row type, inheritance, partitions two levels deep
-- with default partitions, serial and identity columns, a free-standing
-- sequence a default names, views and a function over a table's row type,
-- comments, a non-public schema with quoted mixed-case names, and forty
-- tables more, so the load takes many batches.
CREATE SCHEMA "Shop";
CREATE TYPE "Shop".mood AS ENUM ('calm', 'cross');
CREATE DOMAIN "Shop".positive AS integer CHECK (VALUE > 0);
CREATE TYPE "Shop".pair AS (a integer, b text);
CREATE FUNCTION "Shop".double(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$;
CREATE SEQUENCE "Shop"."Ticket" START 100;
CREATE TABLE "Shop"."Customer" (
    id bigserial PRIMARY KEY,
    "Name" text NOT NULL,
    mood "Shop".mood DEFAULT 'calm',
    score "Shop".positive,
    ticket bigint DEFAULT nextval('"Shop"."Ticket"'),
    twice integer GENERATED ALWAYS AS ("Shop".double(score)) STORED,
    CHECK ("Shop".double(score) < 1000)
);
CREATE TABLE "Shop".visit (
    id integer GENERATED ALWAYS AS IDENTITY,
    who "Shop"."Customer",
    history "Shop"."Customer"[],
    pair "Shop".pair
);
CREATE TABLE "Shop".base (id int, note text);
CREATE TABLE "Shop".child (extra int) INHERITS ("Shop".base);
CREATE TABLE "Shop".events (id int, day date, kind text) PARTITION BY RANGE (day);
CREATE TABLE "Shop".events_2024 PARTITION OF "Shop".events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (kind);
CREATE TABLE "Shop".events_2024_a PARTITION OF "Shop".events_2024 FOR VALUES IN ('a');
CREATE TABLE "Shop".events_2024_rest PARTITION OF "Shop".events_2024 DEFAULT;
CREATE TABLE "Shop".events_2025 PARTITION OF "Shop".events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE "Shop".events_other PARTITION OF "Shop".events DEFAULT;
CREATE UNLOGGED TABLE "Shop".scratch (x int);
CREATE VIEW "Shop".visits_per AS SELECT (who).id, count(*) AS visits FROM "Shop".visit GROUP BY 1;
CREATE MATERIALIZED VIEW "Shop".moods AS SELECT mood, count(*) AS n FROM "Shop"."Customer" GROUP BY mood;
CREATE FUNCTION "Shop".visit_id("Shop".visit) RETURNS integer LANGUAGE sql AS $$ SELECT $1.id $$;
CREATE TABLE "Shop".later (v "Shop".visit, n integer DEFAULT 1);
COMMENT ON TABLE "Shop"."Customer" IS 'who buys';
COMMENT ON COLUMN "Shop"."Customer"."Name" IS 'as written';
ALTER TABLE "Shop".visit ALTER COLUMN pair SET STATISTICS 500;
CREATE TABLE public.plain (one int);
DO $$
BEGIN
    FOR i IN 1..40 LOOP
        EXECUTE format('CREATE TABLE "Shop".t%s (id bigserial, ref_id bigint, c "Shop".pair, at timestamptz DEFAULT %L)', i, '2024-01-01');
        EXECUTE format('COMMENT ON TABLE "Shop".t%s IS %L', i, 'table ' || i);
    END LOOP;
END
$$;
