-- Fixture for rules/classify: planted secrets and identifiers under names
-- that say nothing, decoys that look like PII and are not, and the shapes
-- that break naive sampling (a quoted non-public schema, a partitioned
-- table, a large analyzed table, a generated column, arrays and domains).
-- Secrets are assembled with || so no line of this file is a live-looking
-- credential.

CREATE SCHEMA "Vault";

DO $$ BEGIN
  CREATE ROLE classify_reader NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

CREATE DOMAIN public.contact_text AS text;

-- Planted: each column holds one kind of finding, under a name the
-- dictionary does not know (the NATO alphabet).
CREATE TABLE "Vault"."Service Config" (
    id          integer PRIMARY KEY,
    alpha       text,
    bravo       text,
    charlie     text,
    delta       text,
    echo        text,
    foxtrot     text,
    golf        text,
    hotel       text,    -- one AWS key among 200 benign values
    india       text,    -- prose, one in five with an email inside
    juliett     public.contact_text,
    kilo        text[],
    "Mixed Case" jsonb
);

INSERT INTO "Vault"."Service Config"
SELECT i,
       'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' || '.'
         || rtrim(translate(encode(convert_to('{"sub":"' || i || '"}', 'UTF8'), 'base64'), '+/', '-_'), '=')
         || '.' || md5(i::text),
       'AKIA' || upper(substr(md5('aws' || i), 1, 16)),
       '$2b$12$' || substr(md5('a' || i) || md5('b' || i), 1, 53),
       E'-----BEGIN OPENSSH ' || 'PRIVATE KEY-----\n' || md5(i::text) || E'\n-----END OPENSSH PRIVATE KEY-----',
       CASE WHEN i % 2 = 0 THEN 'postgres://app:' || md5(i::text) || '@db' || i || '.internal:5432/prod'
            ELSE 'https://api.example.com/v1/items?page=' || i || '&api_key=' || md5(i::text) END,
       (ARRAY['GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'])[1 + i % 4],
       'person' || i || '@example.com',
       CASE WHEN i = 77 THEN 'AKIA' || 'IOSFODNN7EXAMPLE' ELSE 'ref-' || i END,
       CASE WHEN i % 5 = 0 THEN 'Customer called about the late delivery, write back to buyer' || i || '@example.org please.'
            ELSE 'Customer called about the late delivery and asked for a refund on the order.' END,
       'dom' || i || '@example.net',
       ARRAY['tag', 'owner' || i || '@example.com'],
       jsonb_build_object(
         'billing', jsonb_build_object('email', 'bill' || i || '@example.com', 'card', '4111 1111 1111 1111', 'zip', '9410' || (i % 10)),
         'contacts', jsonb_build_array(jsonb_build_object('phone', '+1 415 555 ' || lpad((1000 + i)::text, 4, '0'), 'name', 'Ann')),
         'bank', jsonb_build_object('iban', 'DE89370400440532013000'),
         'api_key', md5(i::text),
         'plan', 'pro',
         'seats', i)
FROM generate_series(1, 200) AS i;

-- The Luhn check digit of a digit string.
CREATE FUNCTION pg_temp.luhn_check(body text) RETURNS int LANGUAGE sql AS $$
  SELECT ((10 - sum(CASE WHEN (length(body) - pos) % 2 = 0
                         THEN CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END
                         ELSE d END) % 10) % 10)::int
  FROM (SELECT pos, substr(body, pos, 1)::int AS d FROM generate_series(1, length(body)) AS pos) AS x
$$;

-- Decoys: names and values that look like PII and are not.
CREATE TABLE public.accounts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text,
    email_verified  boolean NOT NULL DEFAULT false,
    emailed_at      timestamptz,
    version         text,        -- 1.2.3
    order_no        text,        -- 16 digits that fail Luhn
    sku             text,
    status          text,
    password_hash   text,        -- bcrypt
    display         text GENERATED ALWAYS AS (lower(email)) STORED,
    login_ip        inet,
    profile         jsonb
);

INSERT INTO public.accounts (email, email_verified, emailed_at, version, order_no, sku, status, password_hash, login_ip, profile)
SELECT 'user' || i || '@example.com', i % 2 = 0, now(),
       (i % 3) || '.' || (i % 7) || '.' || (i % 11),
       -- a Visa-like prefix and 16 digits, the last one never the Luhn check digit
       b.body || ((pg_temp.luhn_check(b.body) + 1 + i % 9) % 10)::text,
       'SKU-' || lpad(i::text, 6, '0'),
       (ARRAY['active', 'suspended', 'closed'])[1 + i % 3],
       '$2y$10$' || substr(md5('p' || i) || md5('q' || i), 1, 53),
       ('10.0.' || (i % 250) || '.' || (i % 200 + 1))::inet,
       jsonb_build_object('theme', 'dark', 'locale', 'en-US', 'version', '1.2.3')
FROM generate_series(1, 150) AS i, LATERAL (SELECT (400000000000000 + i * 7919)::text AS body) AS b;

-- Partitioned: read once through the root for all partitions.
CREATE TABLE public.events (
    id      bigint NOT NULL,
    at      date NOT NULL,
    actor   text,
    payload jsonb
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO public.events
SELECT i, DATE '2024-06-01' + (i % 400), 'actor' || i || '@example.com',
       jsonb_build_object('ip', '203.0.113.' || (i % 250), 'ua', 'Mozilla/5.0')
FROM generate_series(1, 3000) AS i;
ANALYZE public.events;

-- Large and analyzed: sampled with TABLESAMPLE.
CREATE TABLE public.big (
    id    integer PRIMARY KEY,
    email text,
    pad   text
);
INSERT INTO public.big SELECT i, 'big' || i || '@example.com', repeat('x', 200) FROM generate_series(1, 50000) AS i;
ANALYZE public.big;

-- bytea: text documents are read as text, binary files are not.
CREATE TABLE public.address_cards (
    id       integer PRIMARY KEY,
    carddata bytea,
    photo    bytea,
    blob     bytea
);
INSERT INTO public.address_cards
SELECT i,
       convert_to(concat_ws(E'\r\n', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Ana Souza', 'EMAIL;TYPE=HOME:card' || i || '@example.com', 'END:VCARD'), 'UTF8'),
       decode('89504e470d0a1a0a0000000d49484452', 'hex') || sha256(int4send(i)),
       convert_to('AKIA' || 'IOSFODNN7EXAMPLE', 'UTF8')
FROM generate_series(1, 30) AS i;

-- No text columns at all: not queried.
CREATE TABLE public.numbers (id integer PRIMARY KEY, n numeric);
INSERT INTO public.numbers SELECT i, i FROM generate_series(1, 10) AS i;

-- Empty.
CREATE TABLE "Vault".empty (id integer, secret text);

-- Permissions: classify_reader may read everything but "Vault".hidden.
CREATE TABLE "Vault".hidden (id integer, bravo text);
INSERT INTO "Vault".hidden VALUES (1, 'AKIA' || 'IOSFODNN7EXAMPLE');
GRANT USAGE ON SCHEMA "Vault" TO classify_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO classify_reader;
GRANT SELECT ON "Vault"."Service Config", "Vault".empty TO classify_reader;
