-- The copy step's fixture: a table with every kind of rule (person-seeded
-- names, when: conditions, json on bad input, a template, a generated
-- column, a secret no rule names), and one column of each kind of type for
-- the binary/text choice. Outside public, with quoted mixed-case names.
CREATE SCHEMA "Copy";

CREATE TYPE "Copy".mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE "Copy".pair AS (a int, b text);
CREATE TYPE "Copy".mood_pair AS (m "Copy".mood, n int);
CREATE DOMAIN "Copy".label AS text CHECK (VALUE <> '');
CREATE DOMAIN "Copy".span AS int4range;

CREATE TABLE "Copy"."People" (
    id int PRIMARY KEY,
    "First Name" text NOT NULL,
    last_name text,
    email text,
    kind text NOT NULL,
    mood "Copy".mood,
    note text,
    payload text,
    doc jsonb NOT NULL,
    strict_doc text NOT NULL,
    handle text,
    tags text[],
    api_token text,
    password_hash text,
    shout text GENERATED ALWAYS AS (upper(last_name)) STORED,
    born date
);

INSERT INTO "Copy"."People" (id, "First Name", last_name, email, kind, mood, note, payload, doc, strict_doc, handle, tags, api_token, password_hash, born) VALUES
    (1, 'Ann', 'Lee', 'ann@example.com', 'vip', 'happy', 'pays late', '{"email": "ann@example.com", "n": 1}', '{"email": "ann@example.com"}', '{"email": "ann@example.com"}', 'ann', '{a,"b c"}', 'tok-1', 'pw-1', '1980-02-29'),
    (2, 'Bob', NULL, NULL, 'staff', 'ok', E'tab\there', '{not json', '{"email": "bob@example.com"}', 'not json', NULL, NULL, NULL, NULL, NULL),
    (3, 'Ann', 'Lee', 'ann@example.com', 'user', NULL, NULL, '', '{}', '', 'x', '{}', 'tok-3', 'pw-3', '2001-01-01'),
    (4, E'Zoë \\ back', 'O''Brien', 'zoe@example.org', 'user', 'sad', E'line\nbreak', NULL, '{"n": [1, 2]}', '{}', E'h\\i', '{NULL,z}', '', NULL, '1999-12-31');

-- One column of each kind of type, for the binary/text choice.
CREATE TABLE "Copy"."Types" (
    "int" int4,
    "text" text,
    "numeric" numeric(10, 2),
    "timestamptz" timestamptz,
    "interval" interval,
    "jsonb" jsonb,
    "int[]" int4[],
    "text[]" text[],
    "mood" "Copy".mood,
    "mood[]" "Copy".mood[],
    "pair" "Copy".pair,
    "pair[]" "Copy".pair[],
    "mood_pair" "Copy".mood_pair,
    "int4range" int4range,
    "int4multirange" int4multirange,
    "label" "Copy".label,
    "label[]" "Copy".label[],
    "span" "Copy".span
);

INSERT INTO "Copy"."Types" VALUES
    (1, 'a', 1.50, '2024-01-02 03:04:05+00', '1 day', '{"a": 1}', '{1,2}', '{x,NULL}', 'ok', '{sad,happy}', '(1,x)', '{"(2,y)"}', '(ok,1)', '[1,5)', '{[1,2),[4,6)}', 'l', '{l,m}', '[0,9)'),
    (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
