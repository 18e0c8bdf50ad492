-- Bad input at the data level (issue 7): values and names that stress the
-- copy engine. Schema and data in one file, loaded by psql.
SET client_min_messages = warning;

CREATE SCHEMA badinput;
SET search_path = badinput, public;

-- 1. Values of several MB, masked and passed through.
CREATE TABLE big (
    id      int PRIMARY KEY,
    notes   text,   -- init masks it
    email   text,   -- init masks it
    raw     text,   -- passed through
    blob    bytea   -- passed through
);
INSERT INTO big VALUES
    (1, repeat('x', 5*1024*1024), 'big@example.com', repeat('y', 6*1024*1024), decode(repeat('ab', 3*1024*1024), 'hex')),
    (2, 'short note', repeat('e', 4*1024*1024) || '@example.com', 'small', '\x00ff'::bytea),
    (3, NULL, NULL, NULL, NULL);

-- A wide bytea with a masking-looking name.
CREATE TABLE big_secret (
    id          int PRIMARY KEY,
    password    bytea,  -- init masks it
    chunk       bytea   -- passed through
);
INSERT INTO big_secret VALUES
    (1, decode(repeat('cd', 3*1024*1024), 'hex'), decode(repeat('ef', 4*1024*1024), 'hex')),
    (2, NULL, NULL);

-- 2. NULLs everywhere.
CREATE TABLE nulls (
    id          int,
    email       text,
    phone       text,
    first_name  text,
    last_name   text,
    birth_date  date,
    ip          inet,
    salary      numeric,
    comment     text
);
INSERT INTO nulls VALUES
    (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (1, 'ann@example.com', '+1 555 0100', 'Ann', 'Smith', '1980-01-02', '10.0.0.1', 1000.50, 'a'),
    (2, NULL, '+1 555 0101', NULL, 'Jones', NULL, '192.168.1.1', NULL, NULL),
    (NULL, 'bob@example.com', NULL, 'Bob', NULL, '1990-12-31', NULL, 52000.75, ''),
    (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- 3. An empty table with a PII column.
CREATE TABLE empty_people (
    id     int PRIMARY KEY,
    email  text NOT NULL,
    phone  text
);

-- 4. 1,600 columns (the PostgreSQL maximum): one PII column, the rest int.
DO $$
DECLARE
    cols text := 'email text';
BEGIN
    FOR i IN 2..1600 LOOP
        cols := cols || format(', %I int', 'c' || lpad(i::text, 4, '0'));
    END LOOP;
    EXECUTE format('CREATE TABLE badinput.wide (%s)', cols);
    FOR r IN 1..3 LOOP
        EXECUTE format('INSERT INTO badinput.wide SELECT %L, %s',
            'wide' || r || '@example.com',
            (SELECT string_agg(CASE WHEN i % 7 = r THEN 'NULL' ELSE (i * r)::text END, ', ') FROM generate_series(2, 1600) i));
    END LOOP;
END
$$;

-- 6. Enum arrays, a domain over an array, composites, ranges.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'with "quote"', 'comma,brace{');
CREATE DOMAIN tags AS text[] CHECK (VALUE IS NULL OR cardinality(VALUE) <= 5);
CREATE TYPE addr AS (street text, city text);
CREATE TYPE floatrange AS RANGE (subtype = float8);

CREATE TABLE types_plain (
    id      int PRIMARY KEY,
    feel    mood,
    moods   mood[],
    labels  tags,
    home    addr,
    homes   addr[],
    span    int4range,
    during  tstzrange,
    fr      floatrange,
    nums    int[][]
);
INSERT INTO types_plain VALUES
    (1, 'happy', ARRAY['sad', 'with "quote"', 'comma,brace{']::mood[], ARRAY['a', 'b c', 'd"e', NULL]::tags,
        ROW('1 Main St, "Apt 2"', 'Zürich')::addr, ARRAY[ROW('x', NULL)::addr, ROW(NULL, '表')::addr, NULL]::addr[],
        '[1,10)', '[2024-01-01 00:00+00,2024-02-01 00:00+00)', '(0.5,1e300]', '{{1,2},{3,NULL}}'),
    (2, NULL, '{}'::mood[], '{}'::tags, ROW(NULL, NULL)::addr, '{}'::addr[], 'empty', '(,)', NULL, '{}'),
    (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- The same types in a table that also has a masked column (transform path).
CREATE TABLE types_masked (
    id      int PRIMARY KEY,
    email   text,
    moods   mood[],
    labels  tags,
    home    addr,
    homes   addr[],
    span    int4range,
    fr      floatrange
);
INSERT INTO types_masked SELECT id, 'user' || id || '@example.com', moods, labels, home, homes, span, fr FROM types_plain;

-- 7. Invalid and odd JSON in a text column.
CREATE TABLE json_text (
    id       int PRIMARY KEY,
    payload  text
);
INSERT INTO json_text VALUES
    (1, '{"email": "ann@example.com", "n": 1}'),
    (2, NULL),
    (3, '{"email": null}'),
    (4, '[1, 2, 3]'),
    (5, '{not json'),
    (6, ''),
    (7, '"just a string"');

-- 8. Numbers at the bounds of their types, for a noise rule.
CREATE TABLE bounds (
    id     int PRIMARY KEY,
    small  int2,
    price  numeric(5,2)
);
INSERT INTO bounds VALUES
    (1, 32767, 999.99),
    (2, -32768, -999.99),
    (3, 32766, 999.98),
    (4, -32767, -999.98),
    (5, NULL, NULL);

-- 5. Names that need quoting, in a schema that needs quoting.
CREATE SCHEMA "Bad Schema";
CREATE TABLE "Bad Schema"."Kundenübersicht" (
    "ID"          int PRIMARY KEY,
    "we""ird"     text,
    "select"      text,
    "MixedCase"   int,
    "with space"  text,
    "E-Mail"      text
);
INSERT INTO "Bad Schema"."Kundenübersicht" VALUES
    (1, 'a"b', 'sel', 1, 'sp ace', 'kunde1@example.com'),
    (2, NULL, NULL, NULL, NULL, NULL);
CREATE TABLE "Bad Schema"."表" (
    "order"  int PRIMARY KEY,
    "user"   int REFERENCES "Bad Schema"."Kundenübersicht" ("ID"),
    "列 名"  text
);
INSERT INTO "Bad Schema"."表" VALUES (10, 1, '値'), (11, 2, NULL), (12, NULL, 'x');
CREATE TABLE "Bad Schema"."user" (
    "order"    int,
    "Select"   text,
    "we""ird"  text
);
INSERT INTO "Bad Schema"."user" VALUES (1, 'S', 'w"q'), (NULL, NULL, NULL);
