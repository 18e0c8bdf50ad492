-- classify-eval fixture (HOLDOUT 45: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted NocoDB 0.258 (the open-source Airtable alternative: Node.js,
-- Knex on PostgreSQL) of Tallwater Talent, a recruitment and staffing agency
-- with offices in Manchester, Lisbon and Pune. NocoDB keeps its metadata in
-- the same database (NC_DB), in the tables its Knex migrations create: nc_
-- prefixes, most suffixed _v2, varchar(20) string ids of a short type prefix
-- and random letters (us_, p_, ds_, md_, cl_, vw_ ...), created_at and
-- updated_at as timestamptz, JSON kept as text. A subset of its tables with
-- their real columns: users with bcrypt hashes and salts, invite, reset and
-- verification tokens and the avatar in meta; bases with shared-base ids and
-- passwords; sources whose config is the connection JSON of an external
-- database (plain or AES-encrypted); base members; models, columns, select
-- options, views, form, grid, kanban and gallery view settings; filters
-- whose values are what users searched for; sorts; webhooks whose
-- notification JSON holds Zapier, Slack and Discord URLs, mail recipients
-- and headers; hook logs with the rows that fired them and the remote's
-- response; API tokens; the audit log with old and new cell values; row
-- comments; the nc_store key/value table and plugin inputs holding SMTP, S3
-- and Slack credentials; shared bases; an Airtable sync with its API key;
-- refresh tokens; the data reflection login; file references; Knex's
-- migration table.
-- Beside them, NOT NocoDB's own tables: three of the data tables NocoDB
-- created in the same database for the agency's bases (named
-- nc_<4 chars>___<title>, with NocoDB's system columns id, created_at,
-- updated_at, created_by, updated_by, nc_order and the user's own columns
-- under the names the users gave them): candidates, client contacts and
-- office assets.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ncgen;

-- id: a NocoDB-style id: a type prefix, an underscore and random letters.
CREATE FUNCTION ncgen.id(pfx text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT pfx || '_' || fixture_gen.chars('id' || pfx, i, 11, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- t: a time between 2023-03-01 and the snapshot (2024-09-30).
CREATE FUNCTION ncgen.t(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2023-03-01 08:00:00+00' + make_interval(secs => fixture_gen.n(tag, i, 49000000)) $$;

-- rnd: random-looking alphanumerics; hex: lowercase hex.
CREATE FUNCTION ncgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

-- uuid4: a deterministic version-4 UUID.
CREATE FUNCTION ncgen.uuid4(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(fixture_gen.uuid(tag, i) placing '4' from 15 for 1) placing substr('89ab', 1 + fixture_gen.n(tag || 'v', i, 4), 1) from 20 for 1)
$$;

-- bcrypt as bcryptjs writes it (cost 10), and its salt.
CREATE FUNCTION ncgen.bsalt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || fixture_gen.chars(tag, i, 22, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION ncgen.bhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT ncgen.bsalt(tag, i) || fixture_gen.chars(tag || 'h', i, 31, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- aes: what CryptoJS.AES.encrypt(...).toString() gives: "Salted__" and ciphertext, base64.
CREATE FUNCTION ncgen.aes(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'U2FsdGVkX1' || substr(translate(fixture_gen.b64(tag, i, len), E'\n', ''), 11) $$;

-- People who use NocoDB. 1-28: Tallwater staff; 29-36: clients' hiring
-- managers invited to shared bases.
CREATE FUNCTION ncgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåçéèêëíìîïıñóòôöõøúùûüýğşšžłńćęąÁÉÍÓÚÖÜÇŞŁŚŻ', 'aaaaaaceeeeiiiiinoooooouuuuygsszlnceaAEIOUOUCSLSZ')), '[^a-z0-9]+', '', 'g')
$$;

CREATE TABLE ncgen.u (i int PRIMARY KEY, id text, first text, last text, email text, staff boolean);
INSERT INTO ncgen.u
SELECT k, ncgen.id('us', k), f, l,
       CASE WHEN k <= 28 THEN ncgen.fold(f) || '.' || ncgen.fold(l) || '@tallwater.example'
            ELSE ncgen.fold(f) || CASE WHEN k % 2 = 0 THEN '.' || ncgen.fold(l) ELSE substr(ncgen.fold(l), 1, 1) END || '@'
                 || (ARRAY['brightforge.example', 'northquay-logistics.example', 'helix-pharma.example', 'gmail.com', 'northquay-logistics.example', 'outlook.com', 'helix-pharma.example', 'brightforge.example'])[k - 28] END,
       k <= 28
FROM unnest(ARRAY['Sanna', 'Chidi', 'Priya', 'Tomás', 'Aoife', 'Mehmet', 'Hannah', 'Joon-ho', 'Beatriz', 'Rahul', 'Ngozi', 'Lars', 'Fatima', 'Oliver',
                  'Mei Lin', 'Inês', 'Dmitri', 'Amara', 'Giulia', 'Kwame', 'Zofia', 'Hiroshi', 'Leila', 'Callum', 'Ananya', 'João', 'Elif', 'Sipho',
                  'Marcus', 'Yuki', 'Heike', 'Omar', 'Claire', 'Arjun', 'Natalia', 'Thandiwe'],
                ARRAY['Virtanen', 'Okafor', 'Raman', 'Ferreira', 'Brennan', 'Yıldız', 'Whitaker', 'Park', 'Carvalho', 'Deshpande', 'Adeyemi', 'Johansson', 'Benali', 'Hughes',
                  'Tan', 'Rodrigues', 'Volkov', 'Mensah', 'Ricci', 'Asante', 'Nowak', 'Tanaka', 'Haddad', 'McKenzie', 'Iyer', 'Pereira', 'Kaya', 'Dlamini',
                  'Bell', 'Sato', 'Brandt', 'Farouk', 'Dubois', 'Malhotra', 'Kowalczyk', 'Nkosi']) WITH ORDINALITY AS x(f, l, k);

-- Candidates and contacts the agency keeps in its bases (1-240).
CREATE TABLE ncgen.c (i int PRIMARY KEY, first text, last text, email text, phone text, city text);
INSERT INTO ncgen.c
SELECT i, f, l,
       ncgen.fold(f) || CASE fixture_gen.n('cem', i, 3) WHEN 0 THEN '.' WHEN 1 THEN '_' ELSE '' END || ncgen.fold(l) || CASE WHEN i % 4 = 0 THEN (i % 90 + 10)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'sapo.pt', 'rediffmail.com', 'hotmail.com'], 'cd', i),
       fixture_gen.phone('cph', i), fixture_gen.city('cci', i)
FROM generate_series(1, 240) i,
LATERAL (SELECT fixture_gen.first_name('cf', i) AS f, fixture_gen.last_name('cl', i) AS l) x;

-- Bases: 1-4 and 8 live in NocoDB's own database; 5 and 6 are external
-- databases; 7 is synced from Airtable.
CREATE TABLE ncgen.b (i int PRIMARY KEY, id text, title text, prefix text);
INSERT INTO ncgen.b VALUES
  (1, ncgen.id('p', 1), 'Recruiting Pipeline', 'nc_4kqz__'), (2, ncgen.id('p', 2), 'Client Contacts', 'nc_8hwe__'),
  (3, ncgen.id('p', 3), 'Office Assets', 'nc_2tmb__'), (4, ncgen.id('p', 4), 'Events 2024', 'nc_5rda__'),
  (5, ncgen.id('p', 5), 'Warehouse Reports', ''), (6, ncgen.id('p', 6), 'Webshop Orders', ''),
  (7, ncgen.id('p', 7), 'Timesheets (Airtable import)', 'nc_7vxp__'), (8, ncgen.id('p', 8), 'Marketing Content Calendar', 'nc_9cfj__');

-- Models: (i, base, title, table_name, people?)
CREATE TABLE ncgen.m (i int PRIMARY KEY, id text, b int, title text, tn text, ppl boolean);
INSERT INTO ncgen.m
SELECT k, ncgen.id('md', k), b, t, CASE WHEN b IN (5, 6) THEN lower(replace(t, ' ', '_')) ELSE (SELECT prefix FROM ncgen.b WHERE i = b) || '_' || replace(t, ' ', '_') END, p
FROM (VALUES (1, 1, 'Candidates', true), (2, 1, 'Interviews', false), (3, 1, 'Placements', true), (4, 1, 'Job Openings', false),
             (5, 2, 'Contacts', true), (6, 2, 'Companies', false), (7, 2, 'Deals', false),
             (8, 3, 'Assets', false), (9, 3, 'Licences', false), (10, 3, 'Loans', true),
             (11, 4, 'Events', false), (12, 4, 'Attendees', true), (13, 4, 'Speakers', true), (14, 4, 'Venues', false),
             (15, 5, 'payouts', true), (16, 5, 'customers', true), (17, 5, 'daily revenue', false), (18, 5, 'contractors', true),
             (19, 6, 'orders', true), (20, 6, 'order items', false), (21, 6, 'products', false),
             (22, 7, 'Timesheets', true), (23, 7, 'Projects', false),
             (24, 8, 'Posts', false), (25, 8, 'Channels', false), (26, 8, 'Campaigns', false)) v(k, b, t, p);

-- nc_users_v2: the accounts. firstname, lastname, username and
-- refresh_token are left from the 0.9x schema (set for the accounts created
-- then); display_name and user_name are today's.
CREATE TABLE nc_users_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  email varchar(255),
  password varchar(255),
  salt varchar(255),
  firstname varchar(255),
  lastname varchar(255),
  username varchar(255),
  refresh_token varchar(255),
  invite_token varchar(255),
  invite_token_expires varchar(255),
  reset_password_expires timestamptz,
  reset_password_token varchar(255),
  email_verification_token varchar(255),
  email_verified boolean,
  roles varchar(255) DEFAULT 'editor',
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  token_version varchar(255),
  display_name varchar(255),
  user_name varchar(255),
  blocked boolean DEFAULT false,
  blocked_reason varchar(255),
  deleted_at timestamptz,
  is_deleted boolean DEFAULT false,
  meta text
);
CREATE INDEX nc_users_v2_email_index ON nc_users_v2 (email);
INSERT INTO nc_users_v2
SELECT u.id, u.email,
       CASE WHEN u.i IN (33, 35) THEN NULL ELSE ncgen.bhash('upw', u.i) END,
       CASE WHEN u.i IN (33, 35) THEN NULL ELSE ncgen.bsalt('upw', u.i) END,
       CASE WHEN u.i <= 9 THEN u.first END, CASE WHEN u.i <= 9 THEN u.last END,
       CASE WHEN u.i <= 9 THEN ncgen.fold(u.first) || substr(ncgen.fold(u.last), 1, 1) END,
       CASE WHEN u.i <= 9 THEN encode(sha256(convert_to('rt' || u.i, 'UTF8')), 'hex') END,
       CASE WHEN u.i IN (33, 35) THEN ncgen.uuid4('uinv', u.i) END,
       CASE WHEN u.i IN (33, 35) THEN to_char(timestamptz '2024-09-20 10:00:00+00' + (u.i || ' hours')::interval, 'Dy Mon DD YYYY HH24:MI:SS') || ' GMT+0000 (Coordinated Universal Time)' END,
       CASE WHEN u.i % 6 = 1 THEN ncgen.t('urx', u.i) END,
       CASE WHEN u.i % 6 = 1 THEN ncgen.uuid4('urs', u.i) END,
       CASE WHEN u.i % 5 = 2 OR u.i IN (33, 35) THEN ncgen.uuid4('uev', u.i) END,
       u.i % 5 <> 2 AND u.i NOT IN (33, 35),
       CASE WHEN u.i = 1 THEN 'org-level-creator,super' WHEN u.staff AND u.i % 4 = 0 THEN 'org-level-viewer' WHEN u.staff THEN 'org-level-creator' ELSE 'org-level-viewer' END,
       timestamptz '2022-11-14 09:00:00+00' + (u.i * 11 || ' days')::interval + make_interval(mins => fixture_gen.n('uca', u.i, 600)),
       ncgen.t('uua', u.i),
       encode(sha512(convert_to('tv' || u.i, 'UTF8')), 'hex'),
       CASE WHEN u.i % 7 = 3 OR u.i IN (33, 35) THEN NULL ELSE u.first || ' ' || u.last END,
       CASE WHEN u.i IN (33, 35) THEN NULL WHEN u.i % 3 = 0 THEN ncgen.fold(u.first) || '_' || ncgen.fold(u.last) WHEN u.i % 3 = 1 THEN ncgen.fold(u.first) || substr(ncgen.fold(u.last), 1, 1) END,
       u.i IN (12, 19, 31),
       CASE u.i WHEN 12 THEN 'Left Tallwater on 31 May 2024, handover to ' || (SELECT first FROM ncgen.u WHERE i = 2) || ' Okafor'
                WHEN 19 THEN 'On maternity leave until Feb 2025 - Giulia asked to pause access, personal mobile +39 347 ' || fixture_gen.digits('ubl', 19, 7) || ' for emergencies'
                WHEN 31 THEN 'Client contract with Helix Pharma ended' END,
       CASE WHEN u.i = 12 THEN timestamptz '2024-06-01 08:00:00+00' END,
       u.i = 12,
       CASE fixture_gen.n('umeta', u.i, 4)
         WHEN 0 THEN '{"icon":{"url":"https://nocodb.tallwater.example/download/noco/avatars/' || u.id || '/' || ncgen.fold(u.first) || '-' || ncgen.fold(u.last) || '-headshot.jpg","mimetype":"image/jpeg","title":"' || u.first || ' ' || u.last || ' headshot.jpg"},"iconType":"IMAGE","theme":"light"}'
         WHEN 1 THEN '{"icon":"' || (ARRAY['🦊', '🌻', '🚀', '☕'])[1 + u.i % 4] || '","iconType":"EMOJI","onboarding":{"completed":true}}'
         WHEN 2 THEN '{"iconColor":"#' || substr(md5('uc' || u.i), 1, 6) || '","theme":"dark","expandedFormMode":"field"}'
         ELSE '{"icon":{"url":"https://lh3.googleusercontent.com/a/ACg8oc' || ncgen.rnd('ugoo', u.i, 40) || '=s96-c"},"iconType":"IMAGE","sso":"google"}' END
FROM ncgen.u u;

-- nc_bases_v2 (nc_projects_v2 before 0.204): uuid is the shared base's
-- public id, password the shared base's password (stored as typed).
CREATE TABLE nc_bases_v2 (
  id varchar(128) NOT NULL PRIMARY KEY,
  title varchar(255),
  prefix varchar(255),
  status varchar(255),
  description text,
  meta text,
  color varchar(255),
  uuid varchar(255),
  password varchar(255),
  roles varchar(255),
  deleted boolean DEFAULT false,
  is_meta boolean,
  "order" real,
  type varchar(200),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_bases_v2
SELECT b.id, b.title, b.prefix, NULL,
       (ARRAY['Candidate pipeline for all three offices: sourcing, interviews, offers and placements.', 'Hiring managers and HR contacts at client companies, with deals.',
              'Laptops, phones and licences issued to staff.', 'Career fairs, webinars and meetups we run or attend in 2024.',
              'Read-only reporting views on the finance warehouse (Postgres).', 'Legacy merch webshop (MySQL), kept for refunds only.',
              'Timesheets of contractors, imported nightly from the old Airtable base.', 'LinkedIn and blog content plan.'])[b.i],
       '{"iconColor":"#' || substr(md5('bc' || b.i), 1, 6) || '","icon":"' || (ARRAY['🧲', '📇', '💻', '🎪', '📊', '🛒', '⏱️', '📣'])[b.i] || '"}',
       '#' || substr(md5('bcol' || b.i), 7, 6),
       CASE WHEN b.i IN (1, 4, 7) THEN ncgen.uuid4('bsh', b.i) END,
       CASE WHEN b.i = 1 THEN 'Tw-' || ncgen.rnd('bpw', b.i, 10) WHEN b.i = 7 THEN 'timesheets' || fixture_gen.digits('bpw', 7, 4) END,
       CASE WHEN b.i IN (1, 4, 7) THEN (ARRAY['viewer', 'editor', 'commenter'])[1 + b.i % 3] END,
       false, b.i NOT IN (5, 6), b.i, 'database',
       timestamptz '2023-01-09 10:00:00+00' + (b.i * 23 || ' days')::interval, ncgen.t('bua', b.i)
FROM ncgen.b b;

-- nc_sources_v2 (nc_bases_v2 before 0.204): connections. The bases in
-- NocoDB's own database have no config; external ones keep the Knex
-- connection JSON, AES-encrypted by NocoDB or, for two, plain as an old
-- release and a migration left them.
CREATE TABLE nc_sources_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  base_id varchar(128),
  alias varchar(255),
  config text,
  meta text,
  is_meta boolean,
  type varchar(255),
  inflection_column varchar(255),
  inflection_table varchar(255),
  enabled boolean DEFAULT true,
  "order" real,
  erd_uuid varchar(255),
  is_schema_readonly boolean DEFAULT false,
  is_data_readonly boolean DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE ncgen.s (i int PRIMARY KEY, id text, b int);
INSERT INTO ncgen.s SELECT k, ncgen.id('ds', k), b FROM (VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 5), (10, 6), (11, 2)) v(k, b);
INSERT INTO nc_sources_v2
SELECT s.id, b.id,
       CASE s.i WHEN 5 THEN 'finance_warehouse' WHEN 9 THEN 'analytics_replica' WHEN 6 THEN 'merch_shop' WHEN 10 THEN 'merch_shop_archive' WHEN 11 THEN 'crm_legacy' END,
       CASE s.i
         WHEN 5 THEN ncgen.aes('scfg', 5, 240)
         WHEN 9 THEN '{"client":"pg","connection":{"host":"10.40.2.17","port":"5432","user":"nocodb_ro","password":"' || ncgen.rnd('spw', 9, 20) || '","database":"analytics","ssl":{"rejectUnauthorized":false}},"searchPath":["reporting"]}'
         WHEN 6 THEN ncgen.aes('scfg', 6, 200)
         WHEN 10 THEN '{"client":"mysql2","connection":{"host":"merch-db.tallwater.example","port":3306,"user":"shop_admin","password":"Merch' || fixture_gen.digits('spw', 10, 4) || '!shop","database":"woo_archive"}}'
         WHEN 11 THEN '{"client":"sqlite3","connection":{"filename":"/usr/app/data/crm_legacy.sqlite"},"useNullAsDefault":true}' END,
       CASE WHEN s.i IN (5, 9, 6, 10, 11) THEN '{"hasNonDefaultViews":true,"showNullAndEmptyInFilter":false}' END,
       s.i <= 4 OR s.i IN (7, 8), CASE WHEN s.i IN (5, 9) THEN 'pg' WHEN s.i IN (6, 10) THEN 'mysql2' WHEN s.i = 11 THEN 'sqlite3' ELSE 'pg' END,
       'camelize', 'camelize', s.i <> 10, CASE WHEN s.i IN (9, 10, 11) THEN 2 ELSE 1 END,
       CASE WHEN s.i IN (1, 5) THEN ncgen.uuid4('serd', s.i) END,
       s.i IN (9, 10), s.i = 10,
       timestamptz '2023-01-09 10:00:00+00' + (s.i * 23 || ' days')::interval, ncgen.t('sua', s.i)
FROM ncgen.s s JOIN ncgen.b b ON b.i = s.b;

-- nc_base_users_v2: who is a member of which base, with what role.
CREATE TABLE nc_base_users_v2 (
  base_id varchar(128) NOT NULL,
  fk_user_id varchar(20) NOT NULL,
  roles text,
  starred boolean,
  pinned boolean,
  "group" varchar(255),
  color varchar(255),
  "order" real,
  hidden real,
  opened_date timestamptz,
  invited_by varchar(20),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (base_id, fk_user_id)
);
INSERT INTO nc_base_users_v2
SELECT b.id, u.id,
       CASE WHEN u.i = 1 THEN 'owner' WHEN NOT u.staff THEN (ARRAY['viewer', 'commenter'])[1 + u.i % 2]
            ELSE (ARRAY['creator', 'editor', 'editor', 'commenter', 'viewer', 'no-access'])[1 + fixture_gen.n('bur', b.i * 100 + u.i, 6)] END,
       fixture_gen.n('bus', b.i * 100 + u.i, 4) = 0, fixture_gen.n('bup', b.i * 100 + u.i, 5) = 0, NULL,
       CASE WHEN fixture_gen.n('buc', b.i * 100 + u.i, 3) = 0 THEN '#' || substr(md5('buc' || b.i || u.i), 1, 6) END,
       fixture_gen.n('buo', b.i * 100 + u.i, 20), CASE WHEN fixture_gen.n('buh', b.i * 100 + u.i, 9) = 0 THEN 1 END,
       ncgen.t('bud', b.i * 100 + u.i), CASE WHEN u.i <> 1 THEN (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('bui', b.i * 100 + u.i, 6)) END,
       ncgen.t('buca', b.i * 100 + u.i), ncgen.t('buua', b.i * 100 + u.i)
FROM ncgen.b b CROSS JOIN ncgen.u u
WHERE u.i = 1 OR (u.staff AND fixture_gen.n('bum', b.i * 100 + u.i, 3) <> 0) OR (NOT u.staff AND b.i IN (1, 4) AND u.i % 3 <> 0);

-- nc_models_v2: tables and SQL views of each base.
CREATE TABLE nc_models_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  table_name varchar(255),
  title varchar(255),
  type varchar(255) DEFAULT 'table',
  meta text,
  schema text,
  enabled boolean DEFAULT true,
  mm boolean DEFAULT false,
  tags varchar(255),
  pinned boolean,
  deleted boolean,
  "order" real,
  description text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_models_v2
SELECT m.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, m.tn, m.title,
       CASE WHEN m.i = 17 THEN 'view' ELSE 'table' END,
       '{"icon":"' || (ARRAY['📄', '👤', '🏢', '💼', '📦', '🗓️'])[1 + m.i % 6] || '","hasNonDefaultViews":' || (m.i % 2 = 0)::text || '}',
       NULL, true, false, NULL, false, false, m.i - 100 * 0,
       (ARRAY[NULL, 'One row per candidate; merge duplicates before adding a new one.', NULL, 'Open roles at clients, synced to the careers page.', NULL, NULL,
              'Pipeline value by client and stage.', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Monthly contractor payouts (finance).', NULL,
              'SQL view over the ledger.', NULL, NULL, NULL, NULL, 'Imported nightly; do not edit here.', NULL, NULL, NULL, NULL])[m.i],
       timestamptz '2023-01-10 10:00:00+00' + (m.i * 9 || ' days')::interval, ncgen.t('mua', m.i)
FROM ncgen.m m JOIN ncgen.b b ON b.i = m.b;

-- Column layout of the models: people tables (candidates, contacts,
-- attendees, payouts ...) and the others; then NocoDB's system columns.
CREATE TABLE ncgen.cs (ppl boolean, k int, title text, uidt text, dt text, cdf text, dtxp text, cc text, virt boolean, sys boolean);
INSERT INTO ncgen.cs VALUES
  (true, 1, 'Id', 'ID', 'int4', NULL, '', NULL, false, false),
  (true, 2, 'Name', 'SingleLineText', 'character varying', NULL, '', 'Full name as on the passport', false, false),
  (true, 3, 'Email', 'Email', 'character varying', NULL, '', 'Personal email preferred', false, false),
  (true, 4, 'Phone', 'PhoneNumber', 'character varying', NULL, '', 'Include the country code', false, false),
  (true, 5, 'Status', 'SingleSelect', 'text', '''New''', '''New'',''Screening'',''Interview'',''Offer'',''Placed'',''Rejected''', NULL, false, false),
  (true, 6, 'Notes', 'LongText', 'text', NULL, '', NULL, false, false),
  (true, 7, 'Attachments', 'Attachment', 'text', NULL, '', 'CV, photo or ID scan', false, false),
  (true, 8, 'Owner', 'User', 'text', NULL, '', NULL, false, false),
  (true, 9, 'Rating', 'Rating', 'bigint', '0', '', NULL, false, false),
  (true, 10, 'Company', 'LinkToAnotherRecord', NULL, NULL, '', NULL, true, false),
  (false, 1, 'Id', 'ID', 'int4', NULL, '', NULL, false, false),
  (false, 2, 'Title', 'SingleLineText', 'character varying', NULL, '', NULL, false, false),
  (false, 3, 'Status', 'SingleSelect', 'text', '''Planned''', '''Planned'',''In progress'',''Done'',''Blocked''', NULL, false, false),
  (false, 4, 'Due Date', 'Date', 'date', NULL, '', NULL, false, false),
  (false, 5, 'Amount', 'Currency', 'decimal', '0', '', 'GBP unless noted', false, false),
  (false, 6, 'Description', 'LongText', 'text', NULL, '', NULL, false, false),
  (false, 7, 'Tags', 'MultiSelect', 'text', NULL, '''Manchester'',''Lisbon'',''Pune'',''Remote''', NULL, false, false),
  (false, 8, 'Owner', 'User', 'text', NULL, '', NULL, false, false),
  (false, 9, 'Progress', 'Percent', 'decimal', '0', '', NULL, false, false),
  (false, 10, 'Related', 'LinkToAnotherRecord', NULL, NULL, '', NULL, true, false);
INSERT INTO ncgen.cs SELECT p, k, t, u, d, NULL, '', NULL, false, true FROM (VALUES (11, 'CreatedAt', 'CreatedTime', 'timestamp'), (12, 'UpdatedAt', 'LastModifiedTime', 'timestamp'),
  (13, 'nc_created_by', 'CreatedBy', 'character varying'), (14, 'nc_order', 'Order', 'numeric')) v(k, t, u, d) CROSS JOIN (VALUES (true), (false)) w(p);

CREATE TABLE ncgen.col (i int PRIMARY KEY, id text, m int, k int, title text, uidt text);
INSERT INTO ncgen.col SELECT (m.i - 1) * 14 + cs.k, ncgen.id('cl', (m.i - 1) * 14 + cs.k), m.i, cs.k, cs.title, cs.uidt FROM ncgen.m m JOIN ncgen.cs cs ON cs.ppl = m.ppl;

CREATE TABLE nc_columns_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_model_id varchar(20),
  column_name varchar(255),
  title varchar(255),
  uidt varchar(255),
  dt varchar(255),
  np varchar(255),
  ns varchar(255),
  clen varchar(255),
  cop varchar(255),
  pk boolean,
  pv boolean,
  rqd boolean,
  un boolean,
  ct text,
  ai boolean,
  "unique" boolean,
  cdf text,
  cc text,
  csn varchar(255),
  dtx varchar(255),
  dtxp text,
  dtxs varchar(255),
  au boolean,
  validate text,
  virtual boolean,
  deleted boolean,
  system boolean DEFAULT false,
  "order" real,
  meta text,
  description text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_columns_v2
SELECT c.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, m.id,
       CASE WHEN cs.virt THEN NULL WHEN m.b IN (5, 6) THEN CASE cs.title WHEN 'Name' THEN 'full_name' WHEN 'CreatedAt' THEN 'created_at' WHEN 'UpdatedAt' THEN 'updated_at' ELSE lower(replace(cs.title, ' ', '_')) END
            WHEN cs.k = 1 THEN 'id' WHEN cs.k = 11 THEN 'created_at' WHEN cs.k = 12 THEN 'updated_at' WHEN cs.k = 13 THEN 'created_by' WHEN cs.k = 14 THEN 'nc_order' ELSE cs.title END,
       CASE WHEN m.title IN ('Interviews', 'Placements') AND cs.k = 2 THEN CASE WHEN m.ppl THEN 'Candidate' ELSE 'Round' END ELSE cs.title END,
       cs.uidt, cs.dt,
       CASE WHEN cs.dt IN ('int4', 'bigint') THEN '32' WHEN cs.dt = 'decimal' THEN '10' END,
       CASE WHEN cs.dt = 'decimal' THEN '2' WHEN cs.dt IN ('int4', 'bigint') THEN '0' END,
       CASE WHEN cs.dt = 'character varying' THEN '255' END,
       cs.k::text, cs.k = 1, cs.k = 2, cs.k IN (1, 2), false,
       CASE WHEN cs.virt THEN NULL WHEN cs.dt = 'character varying' THEN 'character varying(255)' WHEN cs.dt = 'int4' THEN 'integer' ELSE cs.dt END,
       cs.k = 1, false, cs.cdf, CASE WHEN m.ppl THEN cs.cc ELSE CASE WHEN cs.k = 5 THEN cs.cc END END,
       CASE WHEN cs.dt IN ('text', 'character varying') THEN 'utf8' END, 'specificType', cs.dtxp, '',
       cs.k = 12, CASE WHEN cs.uidt = 'Email' THEN '{"func":["isEmail"],"args":[""],"msg":["Validation failed : isEmail"]}' END,
       cs.virt, false, cs.sys, cs.k,
       CASE cs.uidt WHEN 'Currency' THEN '{"currency_locale":"en-GB","currency_code":"GBP"}' WHEN 'Rating' THEN '{"iconIdx":0,"icon":{"full":"mdi-star","empty":"mdi-star-outline"},"color":"#fcb401","max":5}'
            WHEN 'PhoneNumber' THEN '{"validate":true}' WHEN 'Email' THEN '{"validate":true}' WHEN 'Percent' THEN '{"is_progress":true}' WHEN 'User' THEN '{"is_multi":false,"notify":true}'
            WHEN 'Attachment' THEN '{"allowedMimeTypes":["application/pdf","image/*"],"maxNumberOfAttachments":5}' END,
       CASE WHEN cs.k = 6 AND m.ppl THEN 'Recruiter''s notes from screening calls' WHEN cs.k = 9 AND m.ppl THEN '1-5 after the first interview' END,
       timestamptz '2023-01-10 10:00:00+00' + (m.i * 9 || ' days')::interval + (cs.k || ' minutes')::interval, ncgen.t('cua', c.i)
FROM ncgen.col c JOIN ncgen.m m ON m.i = c.m JOIN ncgen.b b ON b.i = m.b JOIN ncgen.cs cs ON cs.ppl = m.ppl AND cs.k = c.k;

-- nc_col_select_options_v2: the choices of single and multi selects.
CREATE TABLE nc_col_select_options_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_column_id varchar(20),
  title varchar(255),
  color varchar(255),
  "order" real,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_col_select_options_v2
SELECT ncgen.id('sl', c.i * 10 + o.n), (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, c.id, trim(both '''' from o.t),
       (ARRAY['#cfdffe', '#d0f1fd', '#c2f5e8', '#ffdaf6', '#ffdce5', '#fee2d5', '#ffeab6', '#d1f7c4'])[1 + (o.n + c.i) % 8], o.n,
       timestamptz '2023-01-10 10:00:00+00' + (m.i * 9 || ' days')::interval, ncgen.t('soua', c.i * 10 + o.n)
FROM ncgen.col c JOIN ncgen.m m ON m.i = c.m JOIN ncgen.b b ON b.i = m.b JOIN ncgen.cs cs ON cs.ppl = m.ppl AND cs.k = c.k
CROSS JOIN LATERAL unnest(string_to_array(cs.dtxp, ',')) WITH ORDINALITY o(t, n)
WHERE cs.uidt IN ('SingleSelect', 'MultiSelect');

-- Views: a default grid per model; forms and kanbans on people tables,
-- galleries and personal grids here and there. type: 1 form, 2 gallery,
-- 3 grid, 4 kanban.
CREATE TABLE ncgen.v (i serial PRIMARY KEY, id text, m int, type int, title text, is_default boolean, ord int);
INSERT INTO ncgen.v (m, type, title, is_default, ord)
SELECT m, type, title, d, o FROM (
  SELECT i AS m, 3 AS type, title, true AS d, 1 AS o FROM ncgen.m
  UNION ALL SELECT i, 1, CASE title WHEN 'Candidates' THEN 'Apply to Tallwater' WHEN 'Attendees' THEN 'Career fair registration' WHEN 'Speakers' THEN 'Call for speakers'
                              WHEN 'Contacts' THEN 'Hiring request' WHEN 'Loans' THEN 'Equipment request' ELSE title || ' form' END, false, 2 FROM ncgen.m WHERE ppl AND b <> 5
  UNION ALL SELECT i, 4, 'By status', false, 3 FROM ncgen.m WHERE ppl AND b IN (1, 2, 4)
  UNION ALL SELECT i, 2, 'Cards', false, 4 FROM ncgen.m WHERE i % 3 = 0
  UNION ALL SELECT i, 3, (ARRAY['My open items', 'Manchester only', 'Needs follow-up', 'This month'])[1 + i % 4], false, 5 FROM ncgen.m WHERE i % 4 = 1) x
ORDER BY m, o;
UPDATE ncgen.v SET id = ncgen.id('vw', i);

CREATE TABLE nc_views_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_model_id varchar(20),
  title varchar(255),
  type integer,
  is_default boolean,
  show_system_fields boolean,
  lock_type varchar(255) DEFAULT 'collaborative',
  uuid varchar(255),
  password varchar(255),
  show boolean,
  "order" real,
  meta text,
  description text,
  created_by varchar(20),
  owned_by varchar(20),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_views_v2
SELECT v.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, m.id, v.title, v.type, v.is_default, v.i % 9 = 0,
       CASE WHEN v.i % 7 = 0 THEN 'locked' WHEN v.i % 5 = 0 THEN 'personal' ELSE 'collaborative' END,
       CASE WHEN v.type = 1 OR v.i % 4 = 2 THEN ncgen.uuid4('vsh', v.i) END,
       CASE WHEN v.type <> 1 AND v.i % 4 = 2 AND v.i % 3 <> 0 THEN (ARRAY['Helix', 'Northquay', 'Fair', 'Brightforge'])[1 + (v.i / 4) % 4] || fixture_gen.digits('vpw', v.i, 4) || (ARRAY['!', '#', '', '?'])[1 + (v.i / 4) % 4] END,
       true, v.ord,
       CASE v.type WHEN 3 THEN '{"rowHeight":' || (v.i % 3)::text || '}' WHEN 1 THEN '{"theme":{"primaryColor":"#36BFFF","accentColor":"#FCB401"}}' ELSE '{}' END,
       CASE WHEN v.title = 'Needs follow-up' THEN 'Rows nobody touched for two weeks' END,
       (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('vcb', v.i, 28)), (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('vcb', v.i, 28)),
       timestamptz '2023-01-10 10:00:00+00' + (m.i * 9 || ' days')::interval + (v.ord || ' hours')::interval, ncgen.t('vua', v.i)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b;

-- nc_form_view_v2: form settings. email is the address NocoDB notifies of
-- each response (the form owner's, or a shared mailbox).
CREATE TABLE nc_form_view_v2 (
  source_id varchar(20),
  base_id varchar(128),
  fk_view_id varchar(20) NOT NULL PRIMARY KEY,
  heading varchar(255),
  subheading text,
  success_msg text,
  redirect_url text,
  redirect_after_secs varchar(255),
  email varchar(255),
  submit_another_form boolean,
  show_blank_form boolean,
  uuid varchar(255),
  banner_image_url text,
  logo_url text,
  meta text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_form_view_v2
SELECT (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, v.id, v.title,
       CASE m.title WHEN 'Candidates' THEN 'Tell us about yourself and upload your CV. We reply to every application within five working days.'
                    WHEN 'Attendees' THEN 'Free entry. Bring a printed CV if you want on-the-spot feedback.' WHEN 'Speakers' THEN 'Pitch a 20-minute talk for our autumn meetup.'
                    WHEN 'Contacts' THEN 'Hiring? Give us the role and we will call you back.' ELSE 'Request a laptop, phone or monitor.' END,
       CASE WHEN m.ppl THEN 'Thank you! A recruiter will be in touch soon.' ELSE 'Thanks, IT will confirm by email.' END,
       CASE WHEN v.i % 2 = 0 THEN 'https://tallwater.example/' || lower(replace(m.title, ' ', '-')) || '/thank-you' END,
       CASE WHEN v.i % 2 = 0 THEN '5' END,
       CASE m.title WHEN 'Candidates' THEN 'careers@tallwater.example' WHEN 'Attendees' THEN (SELECT email FROM ncgen.u WHERE i = 11)
                    WHEN 'Speakers' THEN (SELECT email FROM ncgen.u WHERE i = 23) WHEN 'Contacts' THEN (SELECT email FROM ncgen.u WHERE i = 2)
                    WHEN 'Placements' THEN (SELECT email FROM ncgen.u WHERE i = 5) WHEN 'Loans' THEN 'it-helpdesk@tallwater.example' END,
       v.i % 3 <> 0, v.i % 2 = 1, NULL,
       CASE WHEN v.i % 3 <> 1 THEN '{"url":"https://nocodb.tallwater.example/download/noco/' || b.id || '/' || m.id || '/banner/tallwater-banner-2024.png","title":"tallwater-banner-2024.png","mimetype":"image/png","size":184233}' END,
       '{"url":"https://nocodb.tallwater.example/download/noco/' || b.id || '/' || m.id || '/logo/tallwater-logo.svg","title":"tallwater-logo.svg","mimetype":"image/svg+xml","size":4121}',
       '{"hide_branding":true,"background_color":"#F7F7F8","hide_banner":false}',
       timestamptz '2023-02-01 10:00:00+00' + (v.i || ' days')::interval, ncgen.t('fvua', v.i)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b WHERE v.type = 1;

-- nc_form_view_columns_v2: each form field's label and help text.
CREATE TABLE nc_form_view_columns_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_view_id varchar(20),
  fk_column_id varchar(20),
  uuid varchar(255),
  label text,
  help text,
  description text,
  required boolean,
  show boolean,
  "order" real,
  meta text,
  enable_scanner boolean,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_form_view_columns_v2
SELECT ncgen.id('fvc', v.i * 20 + c.k), (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, v.id, c.id, NULL,
       CASE c.title WHEN 'Name' THEN 'Your full name' WHEN 'Email' THEN 'Email address' WHEN 'Phone' THEN 'Mobile number' WHEN 'Attachments' THEN 'Upload your CV (PDF)' WHEN 'Notes' THEN 'Anything else we should know?' END,
       CASE c.title WHEN 'Email' THEN 'We only use it to reply to you.' WHEN 'Phone' THEN 'With country code, e.g. +44' WHEN 'Attachments' THEN 'Max 10 MB' END,
       CASE WHEN c.title = 'Notes' THEN 'Notice period, salary expectations, visa status' END,
       c.title IN ('Name', 'Email'), c.k BETWEEN 2 AND 7, c.k,
       CASE WHEN c.title = 'Email' THEN '{"validators":[{"type":"isEmail"}]}' ELSE '{}' END, false,
       timestamptz '2023-02-01 10:00:00+00' + (v.i || ' days')::interval, ncgen.t('fvcu', v.i * 20 + c.k)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b JOIN ncgen.col c ON c.m = m.i AND c.k <= 10
WHERE v.type = 1;

-- nc_grid_view_columns_v2: widths, visibility and grouping per grid.
CREATE TABLE nc_grid_view_columns_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  fk_view_id varchar(20),
  fk_column_id varchar(20),
  source_id varchar(20),
  base_id varchar(128),
  uuid varchar(255),
  label text,
  help text,
  width varchar(255) DEFAULT '200px',
  show boolean,
  "order" real,
  group_by boolean,
  group_by_order real,
  group_by_sort varchar(255),
  aggregation varchar(30) DEFAULT NULL,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_grid_view_columns_v2
SELECT ncgen.id('gvc', v.i * 20 + c.k), v.id, c.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, NULL, NULL, NULL,
       (ARRAY['120px', '180px', '200px', '240px', '320px'])[1 + fixture_gen.n('gw', v.i * 20 + c.k, 5)], c.k <= 10 AND fixture_gen.n('gs', v.i * 20 + c.k, 8) <> 0, c.k,
       v.is_default = false AND c.title = 'Status', CASE WHEN v.is_default = false AND c.title = 'Status' THEN 1 END, CASE WHEN v.is_default = false AND c.title = 'Status' THEN 'asc' END,
       CASE WHEN c.uidt IN ('Currency', 'Percent') THEN 'sum' WHEN c.uidt = 'Rating' THEN 'avg' WHEN c.k = 2 THEN 'count' ELSE 'none' END,
       timestamptz '2023-01-10 10:00:00+00' + (v.i * 7 || ' days')::interval, ncgen.t('gvu', v.i * 20 + c.k)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b JOIN ncgen.col c ON c.m = m.i
WHERE v.type = 3;

-- nc_kanban_view_v2 and nc_gallery_view_v2: their settings.
CREATE TABLE nc_kanban_view_v2 (
  fk_view_id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  show boolean,
  "order" real,
  uuid varchar(255),
  title varchar(255),
  public boolean,
  password varchar(255),
  show_all_fields boolean,
  fk_grp_col_id varchar(20),
  fk_cover_image_col_id varchar(20),
  meta text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_kanban_view_v2
SELECT v.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, true, v.ord, NULL, v.title, false, NULL, false,
       (SELECT id FROM ncgen.col WHERE m = m.i AND title = 'Status'), (SELECT id FROM ncgen.col WHERE m = m.i AND title = 'Attachments'),
       '{"' || (SELECT id FROM ncgen.col WHERE m = m.i AND title = 'Status') || '":[{"id":"uncategorized","title":null,"order":0,"color":"#c2f5e8","collapsed":false},{"title":"New","order":1,"color":"#cfdffe","collapsed":false},{"title":"Interview","order":2,"color":"#ffdaf6","collapsed":true}]}',
       timestamptz '2023-03-01 10:00:00+00' + (v.i || ' days')::interval, ncgen.t('kvu', v.i)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b WHERE v.type = 4;

CREATE TABLE nc_gallery_view_v2 (
  fk_view_id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  next_enabled boolean,
  prev_enabled boolean,
  cover_image_idx integer,
  fk_cover_image_col_id varchar(20),
  cover_image varchar(255),
  restrict_types varchar(255),
  restrict_size varchar(255),
  restrict_number varchar(255),
  public boolean,
  dimensions varchar(255),
  responsive_columns varchar(255),
  meta text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_gallery_view_v2
SELECT v.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, true, true, 0,
       (SELECT id FROM ncgen.col WHERE m = m.i AND title = 'Attachments'), NULL, 'image/*', '5MB', '1', false, NULL, NULL, '{"fk_cover_image_object_fit":"cover"}',
       timestamptz '2023-03-01 10:00:00+00' + (v.i || ' days')::interval, ncgen.t('gavu', v.i)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b WHERE v.type = 2;

-- nc_disabled_models_for_role_v2: views hidden from a role.
CREATE TABLE nc_disabled_models_for_role_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_view_id varchar(20),
  role varchar(45),
  disabled boolean DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_disabled_models_for_role_v2
SELECT ncgen.id('dm', v.i * 3 + r.n), (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, v.id, r.role, true,
       ncgen.t('dmca', v.i * 3 + r.n), ncgen.t('dmua', v.i * 3 + r.n)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b
CROSS JOIN (VALUES (1, 'viewer'), (2, 'commenter'), (3, 'editor')) r(n, role)
WHERE v.type = 3 AND (m.i IN (15, 16, 18) OR (v.i + r.n) % 4 = 0);

-- nc_filter_exp_v2: view and webhook filters. value is what the user typed
-- or picked: a status, a date, a number, or the name, email or phone of the
-- person they were looking for.
CREATE TABLE nc_filter_exp_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_view_id varchar(20),
  fk_hook_id varchar(20),
  fk_column_id varchar(20),
  fk_parent_id varchar(20),
  logical_op varchar(255),
  comparison_op varchar(255),
  comparison_sub_op varchar(255),
  value text,
  is_group boolean,
  "order" real,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_filter_exp_v2
SELECT ncgen.id('fi', f), (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id,
       CASE WHEN f > 96 THEN NULL ELSE v.id END, CASE WHEN f > 96 THEN ncgen.id('hk', f - 96) END,
       CASE WHEN kind = 8 THEN NULL ELSE (SELECT id FROM ncgen.col WHERE m = m.i AND k = CASE kind WHEN 0 THEN CASE WHEN m.ppl THEN 5 ELSE 3 END WHEN 1 THEN 3 WHEN 2 THEN 2 WHEN 3 THEN 11 WHEN 4 THEN 9 WHEN 5 THEN 6 WHEN 6 THEN 4 ELSE 8 END) END,
       NULL, CASE WHEN f % 5 = 0 THEN 'or' ELSE 'and' END,
       CASE kind WHEN 0 THEN 'eq' WHEN 1 THEN 'eq' WHEN 2 THEN 'like' WHEN 3 THEN 'gte' WHEN 4 THEN 'gt' WHEN 5 THEN (ARRAY['blank', 'notblank'])[1 + f % 2] WHEN 6 THEN 'like' WHEN 7 THEN 'anyof' ELSE NULL END,
       CASE WHEN kind = 3 THEN (ARRAY['exactDate', 'pastNumberOfDays', 'oneWeekAgo'])[1 + f % 3] END,
       CASE kind
         WHEN 0 THEN CASE WHEN m.ppl THEN (ARRAY['Interview', 'Offer', 'Screening', 'Placed'])[1 + f % 4] ELSE (ARRAY['In progress', 'Blocked', 'Done'])[1 + f % 3] END
         WHEN 1 THEN CASE WHEN m.ppl THEN c.email ELSE NULL END
         WHEN 2 THEN CASE WHEN f % 3 = 0 THEN c.first || ' ' || c.last WHEN f % 3 = 1 THEN c.last ELSE (ARRAY['laptop', 'Q3', 'Helix', 'webinar'])[1 + f % 4] END
         WHEN 3 THEN CASE f % 3 WHEN 0 THEN '2024-0' || (1 + f % 9)::text || '-01' WHEN 1 THEN (7 * (1 + f % 4))::text ELSE NULL END
         WHEN 4 THEN (1 + f % 4)::text
         WHEN 5 THEN NULL
         WHEN 6 THEN CASE WHEN m.ppl THEN c.phone ELSE '%' END
         WHEN 7 THEN (SELECT email FROM ncgen.u WHERE i = 1 + f % 28)
         ELSE NULL END,
       kind = 8, f % 4, ncgen.t('fica', f), ncgen.t('fiua', f)
FROM generate_series(1, 110) f
CROSS JOIN LATERAL (SELECT CASE WHEN f > 96 THEN (ARRAY[0, 0, 4, 7])[1 + f % 4] ELSE (ARRAY[0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8])[1 + fixture_gen.n('fk', f, 12)] END AS kind) kd
JOIN ncgen.v v ON v.i = 1 + fixture_gen.n('fv', f, 54)
JOIN ncgen.m m ON m.i = CASE WHEN f > 96 THEN (ARRAY[1, 1, 12, 3, 5, 10, 12, 13, 1, 3, 5, 16, 19, 22])[f - 96] ELSE v.m END
JOIN ncgen.b b ON b.i = m.b
JOIN ncgen.c c ON c.i = 1 + fixture_gen.n('fc', f, 240);
UPDATE nc_filter_exp_v2 f SET fk_parent_id = g.id FROM nc_filter_exp_v2 g WHERE g.is_group AND f.fk_view_id = g.fk_view_id AND NOT f.is_group;

-- nc_sort_v2
CREATE TABLE nc_sort_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_view_id varchar(20),
  fk_column_id varchar(20),
  direction varchar(255) DEFAULT 'false',
  "order" real,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_sort_v2
SELECT ncgen.id('so', v.i * 3 + s), (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, v.id,
       (SELECT id FROM ncgen.col WHERE m = m.i AND k = (ARRAY[11, 2, 9, 5])[1 + (v.i + s) % 4]), (ARRAY['asc', 'desc'])[1 + (v.i * s) % 2], s,
       ncgen.t('soca', v.i * 3 + s), ncgen.t('soua', v.i * 3 + s)
FROM ncgen.v v JOIN ncgen.m m ON m.i = v.m JOIN ncgen.b b ON b.i = m.b CROSS JOIN generate_series(1, 2) s
WHERE v.type IN (2, 3, 4) AND (s = 1 OR v.i % 3 = 0);

-- Webhooks. notification is the JSON of what to call: a URL with its
-- headers, Slack, Discord and Teams incoming-webhook URLs, mail recipients,
-- an SMS number. url and headers are left from the 0.9x webhooks.
CREATE TABLE ncgen.h (i int PRIMARY KEY, id text, m int, title text, kind text, op text, notif text, url text, headers text);
INSERT INTO ncgen.h (i, id, m, title, kind, op)
SELECT k, ncgen.id('hk', k), m, t, kd, op FROM (VALUES
  (1, 1, 'New application to Zapier', 'URL', 'insert'), (2, 1, 'Notify recruiters', 'Email', 'insert'), (3, 12, 'Career fair sign-up to Slack', 'Slack', 'insert'),
  (4, 3, 'Placement celebration', 'Slack', 'update'), (5, 5, 'Sync contact to CRM (n8n)', 'URL', 'update'), (6, 10, 'Loan return reminder', 'Email', 'update'),
  (7, 12, 'Registration to Discord', 'Discord', 'insert'), (8, 13, 'Speaker accepted', 'Microsoft Teams', 'update'), (9, 1, 'Interview SMS', 'Twilio', 'update'),
  (10, 3, 'Invoice trigger (Make)', 'URL', 'insert'), (11, 5, 'Deleted contact audit', 'URL', 'delete'), (12, 16, 'New customer webhook', 'URL', 'insert'),
  (13, 19, 'Refund alert', 'Slack', 'update'), (14, 22, 'Timesheet submitted', 'Email', 'insert')) v(k, m, t, kd, op);
UPDATE ncgen.h SET notif = CASE kind
  WHEN 'URL' THEN '{"type":"URL","payload":{"method":"POST","body":"{{ json data }}","headers":[{"enabled":true,"name":"' || CASE WHEN i = 5 THEN 'X-N8N-Key' ELSE 'Authorization' END || '","value":"'
                 || CASE WHEN i = 5 THEN ncgen.rnd('hkh', i, 32) ELSE 'Bearer ' || ncgen.rnd('hkh', i, 40) END || '"}],"parameters":[],"auth":"","path":"'
                 || CASE i WHEN 1 THEN 'https://hooks.zapier' || '.com/hooks/catch/' || fixture_gen.digits('zp', i, 7) || '/' || lower(ncgen.rnd('zq', i, 7)) || '/'
                           WHEN 5 THEN 'https://n8n.tallwater.example/webhook/' || ncgen.uuid4('n8n', i)
                           WHEN 10 THEN 'https://hook.eu1.make' || '.com/' || lower(ncgen.rnd('mk', i, 32))
                           WHEN 11 THEN 'https://audit.tallwater.example/api/nocodb?token=' || ncgen.rnd('au', i, 28)
                           ELSE 'https://finance.tallwater.example/hooks/customers' END || '"}}'
  WHEN 'Slack' THEN '{"type":"Slack","payload":{"channels":[{"webhook_url":"https://hooks.slack' || '.com/services/T' || fixture_gen.chars('sl1', i, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B'
                 || fixture_gen.chars('sl2', i, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || ncgen.rnd('sl3', i, 24) || '","channel":"' || (ARRAY['#career-fair', '#wins', '#merch'])[1 + i % 3]
                 || '"}],"body":"' || CASE i WHEN 3 THEN 'New sign-up: {{ data.Name }} ({{ data.Email }})' WHEN 4 THEN ':tada: {{ data.Candidate }} placed by {{ user.display_name }}' ELSE 'Refund on order {{ data.id }}' END || '"}}'
  WHEN 'Discord' THEN '{"type":"Discord","payload":{"channels":[{"webhook_url":"https://discord' || '.com/api/webhooks/' || fixture_gen.digits('dc', i, 19) || '/' || translate(ncgen.rnd('dc2', i, 68), '', '') || '","channel":"events"}],"body":"{{ data.Name }} registered"}}'
  WHEN 'Microsoft Teams' THEN '{"type":"Microsoft Teams","payload":{"channels":[{"webhook_url":"https://tallwater.webhook.office' || '.com/webhookb2/' || ncgen.uuid4('tm1', i) || '@' || ncgen.uuid4('tm2', i) || '/IncomingWebhook/' || fixture_gen.hexn('tm3', i, 32) || '/' || ncgen.uuid4('tm4', i) || '","channel":"Events team"}],"body":"Speaker {{ data.Name }} accepted"}}'
  WHEN 'Twilio' THEN '{"type":"Twilio","payload":{"to":"{{ data.Phone }}","body":"Hi {{ data.Name }}, your interview with Tallwater is confirmed. Reply STOP to opt out."}}'
  ELSE '{"type":"Email","payload":{"to":"' || CASE i WHEN 2 THEN 'careers@tallwater.example,' || (SELECT email FROM ncgen.u WHERE i = 3) WHEN 6 THEN 'it-helpdesk@tallwater.example' ELSE (SELECT email FROM ncgen.u WHERE i = 9) || ',' || (SELECT email FROM ncgen.u WHERE i = 17) END
       || '","subject":"' || CASE i WHEN 2 THEN 'New application: {{ data.Name }}' WHEN 6 THEN 'Please return {{ data.Title }}' ELSE 'Timesheet from {{ data.Name }}' END || '","body":"{{ json data }}"}}' END;
UPDATE ncgen.h SET url = (notif::json -> 'payload' ->> 'path'), headers = '{"Authorization":"' || (notif::json -> 'payload' -> 'headers' -> 0 ->> 'value') || '","Content-Type":"application/json"}' WHERE kind = 'URL' AND i IN (1, 10, 11);

CREATE TABLE nc_hooks_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_model_id varchar(20),
  title varchar(255),
  description varchar(255),
  env varchar(255) DEFAULT 'all',
  type varchar(255),
  event varchar(255),
  operation varchar(255),
  async boolean DEFAULT false,
  payload boolean DEFAULT true,
  url text,
  headers text,
  condition boolean DEFAULT false,
  notification text,
  retries integer DEFAULT 0,
  retry_interval integer DEFAULT 60000,
  timeout integer DEFAULT 60000,
  active boolean DEFAULT true,
  version varchar(255),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_hooks_v2
SELECT h.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, m.id, h.title,
       CASE h.i WHEN 1 THEN 'Feeds the ATS Zap that emails the candidate' WHEN 5 THEN 'Upserts the contact in HubSpot through n8n' WHEN 9 THEN 'Sends the interview SMS from the Twilio number' END,
       'all', h.kind, 'after', h.op, h.i % 3 = 0, h.i <> 9, h.url, h.headers, h.i IN (4, 9, 13, 1),
       h.notif, CASE WHEN h.kind = 'URL' THEN 3 ELSE 0 END, 60000, CASE WHEN h.kind = 'URL' THEN 30000 ELSE 60000 END, h.i NOT IN (11, 14),
       CASE WHEN h.i <= 4 THEN 'v1' ELSE 'v2' END,
       timestamptz '2023-04-02 10:00:00+00' + (h.i * 13 || ' days')::interval, ncgen.t('hua', h.i)
FROM ncgen.h h JOIN ncgen.m m ON m.i = h.m JOIN ncgen.b b ON b.i = m.b;

-- The data tables NocoDB created in this database for the agency's bases
-- (not NocoDB's own tables): system columns, then the users' columns under
-- the names they typed.
CREATE TABLE "nc_4kqz___Candidates" (
  id serial PRIMARY KEY,
  created_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  created_by varchar,
  updated_by varchar,
  nc_order numeric,
  "Name" text,
  "Email" character varying(255),
  "Phone" character varying(255),
  "Status" text,
  "Notes" text,
  "Attachments" text,
  "Owner" text,
  "Rating" bigint DEFAULT 0,
  "Current Employer" text,
  "Date of Birth" date,
  "LinkedIn" text,
  "Salary Expectation" decimal
);
INSERT INTO "nc_4kqz___Candidates" (id, created_at, updated_at, created_by, updated_by, nc_order, "Name", "Email", "Phone", "Status", "Notes", "Attachments", "Owner", "Rating",
  "Current Employer", "Date of Birth", "LinkedIn", "Salary Expectation")
SELECT c.i, ncgen.t('cand', c.i), ncgen.t('canu', c.i), (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('cacb', c.i, 28)),
       CASE WHEN c.i % 3 <> 0 THEN (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('caub', c.i, 28)) END, c.i,
       c.first || ' ' || c.last, c.email, c.phone,
       (ARRAY['New', 'Screening', 'Interview', 'Offer', 'Placed', 'Rejected', 'Screening', 'New'])[1 + fixture_gen.n('cast', c.i, 8)],
       CASE fixture_gen.n('cano', c.i, 9)
         WHEN 0 THEN 'Prefers calls after 6pm on ' || fixture_gen.phone('cano2', c.i) || '; currently serving notice until ' || to_char(date '2024-10-01' + fixture_gen.n('cano3', c.i, 90), 'DD Mon') || '.'
         WHEN 1 THEN 'Relocating from ' || c.city || ' with her partner, needs visa sponsorship. Referred by ' || fixture_gen.full_name('caref', c.i) || '.'
         WHEN 2 THEN 'Do NOT contact current employer. Home address for contract: ' || fixture_gen.street('cast2', c.i) || ', ' || c.city || '.'
         WHEN 3 THEN 'Strong SQL, weak on stakeholder management. Second interview with Helix on Thursday.'
         WHEN 4 THEN 'Asked for reasonable adjustments at interview (dyslexia): extra time on the written test.'
         WHEN 5 THEN 'Salary expectation is firm, will not move below. Wife is also looking, see ' || (SELECT c2.first || ' ' || c2.last FROM ncgen.c c2 WHERE c2.i = 1 + (c.i * 7) % 240) || '.'
         WHEN 6 THEN NULL
         WHEN 7 THEN 'Sourced from the Lisbon career fair.'
         ELSE 'Back from sick leave in June; happy to start part-time.' END,
       CASE WHEN c.i % 4 <> 3 THEN '[{"url":"https://nocodb.tallwater.example/download/noco/' || (SELECT id FROM ncgen.b WHERE i = 1) || '/' || (SELECT id FROM ncgen.m WHERE i = 1) || '/'
         || (SELECT id FROM ncgen.col WHERE m = 1 AND k = 7) || '/' || ncgen.rnd('caat', c.i, 8) || '.pdf","title":"' || replace(c.first || '_' || c.last, ' ', '_') || '_CV_2024.pdf","mimetype":"application/pdf","size":'
         || (80000 + fixture_gen.n('casz', c.i, 400000))::text || '}' || CASE WHEN c.i % 5 = 0 THEN ',{"url":"https://nocodb.tallwater.example/download/noco/' || (SELECT id FROM ncgen.b WHERE i = 1) || '/' || (SELECT id FROM ncgen.m WHERE i = 1) || '/'
         || (SELECT id FROM ncgen.col WHERE m = 1 AND k = 7) || '/' || ncgen.rnd('caat2', c.i, 8) || '.jpg","title":"passport_' || lower(ncgen.fold(c.last)) || '.jpg","mimetype":"image/jpeg","size":' || (300000 + fixture_gen.n('casz2', c.i, 900000))::text || '}' ELSE '' END || ']' END,
       (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('caow', c.i, 28)), fixture_gen.n('cara', c.i, 6),
       CASE WHEN c.i % 6 <> 5 THEN fixture_gen.pick(ARRAY['Northquay Logistics', 'Helix Pharma', 'Brightforge Ltd', 'Sonae', 'Infosys', 'Auto Trader', 'BBC', 'Farfetch', 'Self-employed', 'Manchester City Council', 'Wipro', 'Boohoo'], 'caem', c.i) END,
       CASE WHEN c.i % 3 <> 2 THEN fixture_gen.birth_date('cadob', c.i) END,
       CASE WHEN c.i % 2 = 0 THEN 'https://www.linkedin.com/in/' || ncgen.fold(c.first) || '-' || ncgen.fold(c.last) || '-' || substr(md5('li' || c.i), 1, 6) END,
       CASE WHEN c.i % 5 <> 4 THEN (28000 + fixture_gen.n('casal', c.i, 70) * 1000)::numeric END
FROM ncgen.c c WHERE c.i <= 160;

CREATE TABLE "nc_8hwe___Contacts" (
  id serial PRIMARY KEY,
  created_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  created_by varchar,
  updated_by varchar,
  nc_order numeric,
  "Name" text,
  "Email" character varying(255),
  "Phone" character varying(255),
  "Company" text,
  "Job Title" text,
  "Office Address" text,
  "City" text,
  "Country" text,
  "Notes" text,
  "Last Contacted" date,
  "Tags" text
);
INSERT INTO "nc_8hwe___Contacts" (id, created_at, updated_at, created_by, updated_by, nc_order, "Name", "Email", "Phone", "Company", "Job Title", "Office Address", "City", "Country", "Notes", "Last Contacted", "Tags")
SELECT c.i - 160, ncgen.t('cond', c.i), ncgen.t('conu', c.i), (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('cocb', c.i, 28)),
       (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('coub', c.i, 28)), c.i - 160,
       c.first || ' ' || c.last,
       ncgen.fold(c.first) || '.' || ncgen.fold(c.last) || '@' || co.dom, c.phone, co.name,
       fixture_gen.pick(ARRAY['Head of Talent', 'HR Business Partner', 'Engineering Manager', 'Talent Acquisition Lead', 'CFO', 'Operations Director', 'Recruiter'], 'cojt', c.i),
       fixture_gen.street('coad', c.i), c.city, fixture_gen.pick(ARRAY['United Kingdom', 'Portugal', 'India', 'Germany', 'Ireland'], 'coco', c.i),
       CASE fixture_gen.n('cono', c.i, 5) WHEN 0 THEN 'Met at the Lisbon fair. Mobile ' || fixture_gen.phone('cono2', c.i) || ', prefers WhatsApp.'
            WHEN 1 THEN 'Budget approved for 3 data engineers in Q4.' WHEN 2 THEN 'Going on parental leave in November; cover is ' || fixture_gen.full_name('cocov', c.i) || '.'
            WHEN 3 THEN NULL ELSE 'Send invoices to accounts payable, not to her.' END,
       date '2024-01-01' + fixture_gen.n('colc', c.i, 270),
       fixture_gen.pick(ARRAY['client', 'prospect', 'client,vip', 'former client'], 'cotg', c.i)
FROM ncgen.c c
CROSS JOIN LATERAL (SELECT (ARRAY['Northquay Logistics', 'Helix Pharma', 'Brightforge Ltd', 'Lumen Bank', 'Castleford Foods', 'Atlântico Seguros'])[1 + fixture_gen.n('coc', c.i, 6)] AS name,
                           (ARRAY['northquay-logistics.example', 'helix-pharma.example', 'brightforge.example', 'lumenbank.example', 'castlefordfoods.example', 'atlantico-seguros.example'])[1 + fixture_gen.n('coc', c.i, 6)] AS dom) co
WHERE c.i > 160;

CREATE TABLE "nc_2tmb___Assets" (
  id serial PRIMARY KEY,
  created_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz DEFAULT CURRENT_TIMESTAMP,
  created_by varchar,
  updated_by varchar,
  nc_order numeric,
  "Title" text,
  "Serial Number" text,
  "Category" text,
  "Purchase Date" date,
  "Price" decimal,
  "Location" text,
  "Assigned To" text,
  "MAC Address" text,
  "Notes" text
);
INSERT INTO "nc_2tmb___Assets" (id, created_at, updated_at, created_by, updated_by, nc_order, "Title", "Serial Number", "Category", "Purchase Date", "Price", "Location", "Assigned To", "MAC Address", "Notes")
SELECT a, ncgen.t('asd', a), ncgen.t('asu', a), (SELECT id FROM ncgen.u WHERE i = 17), (SELECT id FROM ncgen.u WHERE i = 1 + fixture_gen.n('asub', a, 28)), a,
       t, upper(fixture_gen.chars('assn', a, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), cat, date '2021-03-01' + fixture_gen.n('aspd', a, 1200), (ARRAY[1899, 1249, 329, 899, 219, 149])[1 + fixture_gen.n('as', a, 6)]::numeric,
       fixture_gen.pick(ARRAY['Manchester office', 'Lisbon office', 'Pune office', 'Storage room', 'Remote'], 'aslo', a),
       CASE WHEN a % 6 = 0 THEN NULL ELSE (SELECT first || ' ' || last FROM ncgen.u WHERE i = 1 + fixture_gen.n('asat', a, 28)) END,
       CASE WHEN cat IN ('Laptop', 'Phone') THEN upper(regexp_replace(substr(md5('mac' || a), 1, 12), '(..)(?!$)', '\1:', 'g')) END,
       CASE fixture_gen.n('asno', a, 6) WHEN 0 THEN 'Screen cracked, ' || (SELECT first FROM ncgen.u WHERE i = 1 + fixture_gen.n('asat', a, 28)) || ' is paying the repair.'
            WHEN 1 THEN 'Shipped to home address: ' || fixture_gen.street('asst', a) || ', ' || fixture_gen.city('asci', a) WHEN 2 THEN 'BitLocker recovery key in the IT vault.'
            WHEN 3 THEN 'Battery replaced 2024.' ELSE NULL END
FROM generate_series(1, 90) a
CROSS JOIN LATERAL (SELECT (ARRAY['MacBook Pro 14 M3', 'Dell Latitude 7440', 'iPhone 15', 'Samsung Galaxy S23', 'Dell U2723QE monitor', 'Jabra Evolve2 65 headset'])[1 + fixture_gen.n('as', a, 6)] AS t,
                           (ARRAY['Laptop', 'Laptop', 'Phone', 'Phone', 'Monitor', 'Headset'])[1 + fixture_gen.n('as', a, 6)] AS cat) x;

-- nc_hook_logs_v2: one row per call. payload is what was sent (for URL
-- hooks the request with its URL and headers and the rows that fired it;
-- for mail and chat the rendered message); response is what came back.
CREATE TABLE nc_hook_logs_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  source_id varchar(20),
  base_id varchar(128),
  fk_hook_id varchar(20),
  type varchar(255),
  event varchar(255),
  operation varchar(255),
  test_call boolean DEFAULT true,
  payload text,
  conditions text,
  notification text,
  error_code varchar(255),
  error_message varchar(255),
  error text,
  execution_time integer,
  response text,
  triggered_by varchar(255),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_hook_logs_v2
SELECT ncgen.id('hkl', l), (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, h.id, h.kind, 'after', h.op, l % 17 = 0,
       CASE WHEN h.kind = 'URL' THEN '{"method":"POST","url":' || fixture_gen.js(h.notif::json -> 'payload' ->> 'path') || ',"headers":{' || fixture_gen.js(h.notif::json -> 'payload' -> 'headers' -> 0 ->> 'name') || ':'
              || fixture_gen.js(h.notif::json -> 'payload' -> 'headers' -> 0 ->> 'value') || '},"data":' || rowj || '}'
            WHEN h.kind = 'Email' THEN '{"to":' || fixture_gen.js(h.notif::json -> 'payload' ->> 'to') || ',"subject":' || fixture_gen.js(CASE h.i WHEN 6 THEN 'Please return Dell Latitude 7440' ELSE 'New application: ' || c.first || ' ' || c.last END) || ',"html":' || fixture_gen.js('<pre>' || rowj || '</pre>') || '}'
            WHEN h.kind = 'Twilio' THEN '{"to":' || fixture_gen.js(c.phone) || ',"body":' || fixture_gen.js('Hi ' || c.first || ', your interview with Tallwater is confirmed. Reply STOP to opt out.') || '}'
            WHEN h.i = 13 THEN '{"text":"Refund on order ' || (1000 + l) || '"}'
            ELSE '{"text":' || fixture_gen.js(CASE h.i WHEN 4 THEN ':tada: ' || c.first || ' ' || c.last || ' placed by ' || (SELECT first FROM ncgen.u WHERE i = 1 + l % 28) ELSE c.first || ' ' || c.last || ' (' || c.email || ') registered' END) || '}' END,
       CASE WHEN h.i IN (1, 4, 9, 13) THEN '[{"comparison_op":"eq","value":"' || CASE h.i WHEN 4 THEN 'Placed' WHEN 9 THEN 'Interview' WHEN 13 THEN 'refunded' ELSE 'New' END || '","logical_op":"and"}]' END,
       h.notif,
       CASE WHEN fail THEN CASE WHEN h.kind = 'URL' THEN 'ERR_BAD_REQUEST' ELSE 'ECONNRESET' END END,
       CASE WHEN fail THEN CASE WHEN h.kind = 'URL' THEN 'Request failed with status code 410' ELSE 'socket hang up' END END,
       CASE WHEN fail AND h.kind IN ('URL', 'Slack', 'Discord', 'Microsoft Teams') THEN '{"message":"' || CASE WHEN h.kind = 'URL' THEN 'Request failed with status code 410' ELSE 'socket hang up' END || '","name":"AxiosError","code":"'
              || CASE WHEN h.kind = 'URL' THEN 'ERR_BAD_REQUEST' ELSE 'ECONNRESET' END || '","config":{"method":"post","url":' || fixture_gen.js(coalesce(h.notif::json -> 'payload' ->> 'path', h.notif::json -> 'payload' -> 'channels' -> 0 ->> 'webhook_url')) || ',"timeout":30000}}'
            WHEN fail THEN '{"message":"Invalid login: 535 5.7.3 Authentication unsuccessful","code":"EAUTH","command":"AUTH LOGIN"}' END,
       50 + fixture_gen.n('hlet', l, 2400),
       CASE WHEN fail THEN NULL
            WHEN h.i = 5 THEN '{"status":200,"statusText":"OK","data":{"message":"Contact upserted","contact":{"id":' || fixture_gen.digits('hs', l, 11) || ',"email":' || fixture_gen.js(c.email) || ',"firstname":' || fixture_gen.js(c.first) || '}}}'
            WHEN h.i = 1 THEN '{"status":200,"statusText":"OK","data":{"attempt":"' || ncgen.uuid4('zat', l) || '","id":"' || ncgen.uuid4('zid', l) || '","request_id":"' || ncgen.uuid4('zri', l) || '","status":"success"}}'
            WHEN h.kind = 'URL' THEN '{"status":200,"statusText":"OK","data":{"accepted":true}}'
            WHEN h.kind IN ('Slack', 'Discord', 'Microsoft Teams') THEN '{"status":' || CASE WHEN h.kind = 'Discord' THEN '204' ELSE '200' END || ',"data":"' || CASE WHEN h.kind = 'Slack' THEN 'ok' WHEN h.kind = 'Microsoft Teams' THEN '1' ELSE '' END || '"}'
            WHEN h.kind = 'Twilio' THEN '{"sid":"SM' || fixture_gen.hexn('tws', l, 32) || '","status":"queued","num_segments":"1"}'
            ELSE '{"accepted":["' || split_part(h.notif::json -> 'payload' ->> 'to', ',', 1) || '"],"rejected":[],"response":"250 2.0.0 OK  1719' || fixture_gen.digits('smr', l, 6) || ' - gsmtp","messageId":"<' || ncgen.uuid4('smid', l) || '@tallwater.example>"}' END,
       CASE WHEN h.m IN (12, 13) AND l % 2 = 0 THEN NULL ELSE (SELECT email FROM ncgen.u WHERE i = 1 + fixture_gen.n('hltb', l, 28)) END,
       ncgen.t('hlca', l), ncgen.t('hlca', l)
FROM generate_series(1, 170) l
JOIN ncgen.h h ON h.i = 1 + fixture_gen.n('hlh', l, 14)
JOIN ncgen.m m ON m.i = h.m JOIN ncgen.b b ON b.i = m.b
JOIN ncgen.c c ON c.i = 1 + fixture_gen.n('hlc', l, 240)
CROSS JOIN LATERAL (SELECT fixture_gen.n('hlf', l, 9) = 0 AS fail,
  '{"type":"records.after.' || h.op || '","id":"' || ncgen.uuid4('hlev', l) || '","version":"v2","data":{"table_id":"' || m.id || '","table_name":"' || m.title || '","rows":[{"Id":' || (l % 160 + 1)
  || ',"Name":' || fixture_gen.js(c.first || ' ' || c.last) || ',"Email":' || fixture_gen.js(c.email) || ',"Phone":' || fixture_gen.js(c.phone) || ',"Status":"' || (ARRAY['New', 'Interview', 'Placed'])[1 + l % 3] || '"}]}}' AS rowj) x;

-- nc_api_tokens: API tokens (the xc-token header), stored as issued.
CREATE TABLE nc_api_tokens (
  id serial PRIMARY KEY,
  base_id varchar(128),
  db_alias varchar(255),
  description varchar(255),
  permissions text,
  token text,
  expiry varchar(255),
  enabled boolean DEFAULT true,
  fk_user_id varchar(20),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_api_tokens (id, base_id, db_alias, description, permissions, token, expiry, enabled, fk_user_id, created_at, updated_at)
SELECT k, NULL, NULL,
       CASE WHEN d LIKE '%$%' THEN replace(d, '$', u.first) ELSE d END, NULL, ncgen.rnd('tok', k, 40),
       CASE WHEN k % 4 = 0 THEN to_char(date '2024-12-31' + k * 10, 'YYYY-MM-DD') END, k NOT IN (3, 11), u.id,
       timestamptz '2023-03-20 09:00:00+00' + (k * 17 || ' days')::interval, ncgen.t('toua', k)
FROM (VALUES (1, 'n8n candidate sync'), (2, 'Zapier'), (3, '$''s laptop script'), (4, 'Looker Studio connector'), (5, 'careers site job feed'), (6, 'Make.com scenario'),
             (7, 'backup cron on nas01'), (8, '$ - Python notebook'), (9, 'Power BI'), (10, 'Postman testing'), (11, 'old Retool app'), (12, 'timesheet importer'),
             (13, '$ phone shortcut'), (14, 'HubSpot sync'), (15, 'Slack bot'), (16, 'CI smoke tests'), (17, 'test'), (18, 'events check-in app')) v(k, d)
JOIN ncgen.u u ON u.i = 1 + (k * 5) % 28;

-- nc_audit_v2: the audit log. user is the actor's email; description and
-- details say what changed, with the old and new cell values.
CREATE TABLE nc_audit_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  "user" varchar(255),
  ip varchar(255),
  source_id varchar(20),
  base_id varchar(128),
  fk_model_id varchar(20),
  row_id varchar(255),
  op_type varchar(255),
  op_sub_type varchar(255),
  status varchar(255),
  description text,
  details text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_audit_v2
SELECT ncgen.id('adt', a),
       CASE WHEN kind = 'forgot' THEN c.email ELSE u.email END,
       CASE WHEN a % 7 = 0 THEN fixture_gen.ipv6('aip', a) WHEN a % 3 = 0 THEN '::ffff:' || fixture_gen.ipv4('aip', a) ELSE fixture_gen.ipv4('aip', a) END,
       CASE WHEN kind IN ('upd', 'ins', 'del', 'col') THEN (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1) END,
       CASE WHEN kind IN ('upd', 'ins', 'del', 'col', 'invite') THEN b.id END,
       CASE WHEN kind IN ('upd', 'ins', 'del', 'col') THEN m.id END,
       CASE WHEN kind IN ('upd', 'ins', 'del') THEN (1 + a % 160)::text END,
       CASE kind WHEN 'upd' THEN 'DATA' WHEN 'ins' THEN 'DATA' WHEN 'del' THEN 'DATA' WHEN 'col' THEN 'TABLE_COLUMN' WHEN 'invite' THEN 'PROJECT' ELSE 'AUTHENTICATION' END,
       CASE kind WHEN 'upd' THEN 'UPDATE' WHEN 'ins' THEN 'INSERT' WHEN 'del' THEN 'DELETE' WHEN 'col' THEN 'UPDATE' WHEN 'invite' THEN 'INVITE' WHEN 'signin' THEN 'SIGNIN' WHEN 'forgot' THEN 'PASSWORD_FORGOT' ELSE 'PASSWORD_CHANGE' END,
       NULL,
       CASE kind
         WHEN 'upd' THEN 'Table ' || m.title || ' : field ' || f.col || ' got changed from  ' || f.old || ' to  ' || f.new
         WHEN 'ins' THEN 'Record with ID ' || (1 + a % 160) || ' has been inserted into Table ' || m.title
         WHEN 'del' THEN 'Record with ID ' || (1 + a % 160) || ' has been deleted in Table ' || m.title
         WHEN 'col' THEN 'Column ' || (ARRAY['Notes', 'Phone', 'Salary Expectation', 'Right to Work'])[1 + a % 4] || ' of table ' || m.title || ' has been updated'
         WHEN 'invite' THEN (SELECT email FROM ncgen.u WHERE i = 29 + a % 8) || ' has been invited to ' || b.title || ' base'
         WHEN 'signin' THEN u.email || ' has signed in successfully'
         WHEN 'forgot' THEN 'Password Reset has been requested'
         ELSE 'Password has been changed' END,
       CASE WHEN kind = 'upd' THEN '<span class="">' || f.col || '</span>
  : <span class="text-decoration-line-through red px-2 lighten-4 black--text">' || f.old || '</span>
  <span class="black--text green lighten-4 px-2">' || f.new || '</span>' END,
       ncgen.t('adca', a), ncgen.t('adca', a)
FROM generate_series(1, 260) a
CROSS JOIN LATERAL (SELECT (ARRAY['upd', 'upd', 'upd', 'upd', 'ins', 'ins', 'del', 'col', 'invite', 'signin', 'signin', 'signin', 'forgot', 'pw'])[1 + fixture_gen.n('adk', a, 14)] AS kind) k
JOIN ncgen.u u ON u.i = 1 + fixture_gen.n('adu', a, 36)
JOIN ncgen.m m ON m.i = (ARRAY[1, 1, 1, 5, 5, 12, 3, 10, 13, 8])[1 + fixture_gen.n('adm', a, 10)]
JOIN ncgen.b b ON b.i = m.b
JOIN ncgen.c c ON c.i = 1 + fixture_gen.n('adc', a, 240)
CROSS JOIN LATERAL (SELECT col, old, new FROM (VALUES
   (0, 'Email', c.email, replace(c.email, split_part(c.email, '@', 2), 'gmail.com')),
   (1, 'Phone', fixture_gen.phone('adp', a), c.phone),
   (2, 'Status', 'Interview', 'Offer'),
   (3, 'Name', c.first || ' ' || upper(c.last), c.first || ' ' || c.last),
   (4, 'Notes', '', 'Called ' || c.first || ', moving to ' || c.city || ' in May. New number ' || c.phone),
   (5, 'Rating', '3', '4')) v(n, col, old, new) WHERE n = fixture_gen.n('adf', a, 6)) f;

-- nc_comments: what users wrote about a row, with @mentions.
CREATE TABLE nc_comments (
  id varchar(20) NOT NULL PRIMARY KEY,
  row_id varchar(255),
  comment text,
  created_by varchar(20),
  created_by_email varchar(255),
  resolved_by varchar(20),
  resolved_by_email varchar(255),
  parent_comment_id varchar(20),
  source_id varchar(20),
  base_id varchar(128),
  fk_model_id varchar(20),
  is_deleted boolean,
  is_edited boolean,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_comments
SELECT ncgen.id('com', k), r::text,
       CASE fixture_gen.n('cmt', k, 10)
         WHEN 0 THEN '@' || u2.first || ' can you call ' || c.first || ' back? She missed you twice, best number is ' || c.phone
         WHEN 1 THEN 'Spoke to ' || c.first || ' today: accepted the Helix offer at £' || (45 + k % 30) || 'k, starts ' || to_char(date '2024-10-01' + k % 60, 'DD Mon') || '.'
         WHEN 2 THEN 'References checked, both fine.'
         WHEN 3 THEN 'Duplicate of row ' || (r + 3) || ', merged.'
         WHEN 4 THEN c.first || ' asked us to use ' || replace(c.email, split_part(c.email, '@', 2), 'proton.me') || ' from now on.'
         WHEN 5 THEN 'Right to work: BRP seen, expires ' || to_char(date '2025-01-01' + k * 11 % 900, 'YYYY-MM-DD') || '. Copy in Attachments.'
         WHEN 6 THEN 'Not a fit for the Lisbon role, keep for the Pune pipeline.'
         WHEN 7 THEN '@' || u2.first || ' ' || u2.last || ' please review before Friday'
         WHEN 8 THEN 'Candidate mentioned she is pregnant and wants a start date after ' || to_char(date '2025-03-01' + k % 90, 'Mon YYYY') || '. Keep confidential.'
         ELSE 'Thanks!' END,
       u.id, u.email,
       CASE WHEN k % 5 = 0 THEN u2.id END, CASE WHEN k % 5 = 0 THEN u2.email END,
       CASE WHEN k % 6 = 0 AND k > 6 THEN ncgen.id('com', k - 1) END,
       (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, m.id, k % 23 = 0, k % 8 = 0,
       ncgen.t('cmca', k), ncgen.t('cmca', k) + (k % 8 = 0)::int * interval '7 minutes'
FROM generate_series(1, 150) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('cmr', k, 80) AS r) rr
JOIN ncgen.m m ON m.i = (ARRAY[1, 1, 1, 5, 3])[1 + k % 5]
JOIN ncgen.b b ON b.i = m.b
JOIN ncgen.c c ON c.i = CASE WHEN m.i = 5 THEN 160 + r ELSE r END
JOIN ncgen.u u ON u.i = 1 + fixture_gen.n('cmu', k, 28)
JOIN ncgen.u u2 ON u2.i = 1 + fixture_gen.n('cmu2', k, 28);

-- nc_store: NocoDB's own key/value settings.
CREATE TABLE nc_store (
  id serial PRIMARY KEY,
  base_id varchar(255),
  db_alias varchar(255) DEFAULT 'db',
  key varchar(255),
  value text,
  type varchar(255),
  env varchar(255),
  tag varchar(255),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_store (id, base_id, db_alias, key, value, type, env, tag, created_at, updated_at)
SELECT k, NULL, 'db', key, val, NULL, NULL, NULL, timestamptz '2022-11-14 09:00:00+00' + (k || ' hours')::interval, ncgen.t('stua', k)
FROM (VALUES
  (1, 'NC_CONFIG_MAIN', '{"version":"0258002"}'),
  (2, 'nc_auth_jwt_secret', ncgen.uuid4('jwt', 1)),
  (3, 'nc_server_id', encode(sha256(convert_to('server-id', 'UTF8')), 'hex')),
  (4, 'NC_APP_SETTINGS', '{"invite_only_signup":true,"allowed_email_domains":"tallwater.example"}'),
  (5, 'nc_default_email_plugin', '{"title":"SMTP","input":{"from":"NocoDB <noreply@tallwater.example>","host":"smtp.office365.com","port":"587","secure":"false","ignoreTLS":false,"rejectUnauthorized":true,"username":"noreply@tallwater.example","password":"' || ncgen.rnd('smtp', 1, 16) || '"}}'),
  (6, 'nc_default_storage_plugin', '{"title":"S3","input":{"bucket":"tallwater-nocodb","region":"eu-west-2","access_key":"AKIA' || fixture_gen.chars('s3a', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","access_secret":"' || ncgen.rnd('s3s', 1, 40) || '"}}'),
  (7, 'nc_license_key', 'NC-' || upper(fixture_gen.hexn('lic', 1, 8)) || '-' || upper(fixture_gen.hexn('lic', 2, 8)) || '-' || upper(fixture_gen.hexn('lic', 3, 8))),
  (8, 'nc_telemetry_disabled', 'false'),
  (9, 'NC_LAST_UPGRADE_CHECK', '2024-09-29T06:00:03.118Z'),
  (10, 'nc_data_reflection_enabled', 'true'),
  (11, 'NC_MIGRATION_JOBS', '{"version":"6","stall_check":1727598003118,"locked":false}'),
  (12, 'nc_google_oauth_client', '{"client_id":"' || fixture_gen.digits('goc', 1, 12) || '-' || lower(ncgen.rnd('goc2', 1, 32)) || '.apps.googleusercontent.com","client_secret":"GOCSPX-' || ncgen.rnd('gocs', 1, 28) || '","redirect_url":"https://nocodb.tallwater.example/auth/google/callback"}'),
  (13, 'nc_invite_only_signup', 'true'),
  (14, 'NC_ADMIN_EMAIL', (SELECT email FROM ncgen.u WHERE i = 1))) v(k, key, val);

-- nc_plugins_v2: the App Store. input holds the credentials entered for the
-- installed integrations; input_schema only describes the form.
CREATE TABLE nc_plugins_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  title varchar(45),
  description text,
  active boolean DEFAULT false,
  rating real,
  version varchar(255),
  docs varchar(255),
  status varchar(255) DEFAULT 'install',
  status_details varchar(255),
  logo varchar(255),
  icon varchar(255),
  tags varchar(255),
  category varchar(255),
  input_schema text,
  input text,
  creator varchar(255),
  creator_website varchar(255),
  price varchar(255),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_plugins_v2
SELECT ncgen.id('nc', k), t, d, inp IS NOT NULL, NULL, '0.0.1', NULL, CASE WHEN inp IS NOT NULL THEN 'installed' ELSE 'install' END, NULL,
       'plugins/' || lower(replace(t, ' ', '')) || '.png', NULL, cat, cat,
       '{"title":"Configure ' || t || '","items":[' || sch || '],"actions":[{"label":"Test","placeholder":"Test","key":"test","actionType":"TEST","type":"Button"},{"label":"Save","placeholder":"Save","key":"save","actionType":"SUBMIT","type":"Button"}],"msgOnInstall":"Successfully installed and ' || t || ' is enabled.","msgOnUninstall":""}',
       inp, 'NocoDB', 'https://nocodb.com', 'Free',
       timestamptz '2022-11-14 09:00:00+00' + (k || ' minutes')::interval, CASE WHEN inp IS NOT NULL THEN ncgen.t('plua', k) ELSE timestamptz '2022-11-14 09:00:00+00' + (k || ' minutes')::interval END
FROM (VALUES
  (1, 'Slack', 'Slack brings team communication and collaboration into one place so you can get more work done.', 'Chat',
      '{"key":"channel","label":"Channel Name","type":"SingleLineText","required":true},{"key":"webhook_url","label":"Webhook URL","type":"Password","required":true}',
      '[{"channel":"#recruiting","webhook_url":"https://hooks.slack' || '.com/services/T' || fixture_gen.chars('pl1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('pl2', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || ncgen.rnd('pl3', 1, 24) || '"}]'),
  (2, 'Microsoft Teams', 'Microsoft Teams is for everyone - chat, meet and collaborate.', 'Chat',
      '{"key":"channel","label":"Channel Name","type":"SingleLineText","required":true},{"key":"webhook_url","label":"Webhook URL","type":"Password","required":true}', NULL),
  (3, 'Discord', 'Your place to talk. Create a home for your communities and friends.', 'Chat',
      '{"key":"channel","label":"Channel Name","type":"SingleLineText","required":true},{"key":"webhook_url","label":"Webhook URL","type":"Password","required":true}', NULL),
  (4, 'Mattermost', 'Mattermost brings all your team communication into one place.', 'Chat',
      '{"key":"channel","label":"Channel Name","type":"SingleLineText","required":true},{"key":"webhook_url","label":"Webhook URL","type":"Password","required":true}', NULL),
  (5, 'Twilio', 'With Twilio, unite communications and strengthen customer relationships.', 'Chat',
      '{"key":"sid","label":"Account SID","type":"SingleLineText","required":true},{"key":"token","label":"Auth Token","type":"Password","required":true},{"key":"from","label":"From Phone Number","type":"SingleLineText","required":true}',
      '{"sid":"AC' || fixture_gen.hexn('twsid', 1, 32) || '","token":"' || fixture_gen.hexn('twtok', 1, 32) || '","from":"+447700900' || fixture_gen.digits('twf', 1, 3) || '"}'),
  (6, 'Whatsapp Twilio', 'With Twilio, unite communications and strengthen customer relationships.', 'Chat',
      '{"key":"sid","label":"Account SID","type":"SingleLineText","required":true},{"key":"token","label":"Auth Token","type":"Password","required":true},{"key":"from","label":"From Phone Number","type":"SingleLineText","required":true}', NULL),
  (7, 'S3', 'Amazon Simple Storage Service (Amazon S3) is an object storage service.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"region","label":"Region","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}',
      '{"bucket":"tallwater-nocodb","region":"eu-west-2","access_key":"AKIA' || fixture_gen.chars('s3a', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","access_secret":"' || ncgen.rnd('s3s', 1, 40) || '"}'),
  (8, 'Minio', 'MinIO is a High Performance Object Storage released under Apache License v2.0.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"endPoint","label":"Endpoint","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL),
  (9, 'GCS', 'Google Cloud Storage is a RESTful online file storage web service.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"client_email","label":"Client Email","type":"SingleLineText","required":true},{"key":"private_key","label":"Private Key","type":"Password","required":true}', NULL),
  (10, 'Backblaze B2', 'Backblaze B2 is enterprise-grade, S3 compatible storage.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"region","label":"Region","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}',
      '{"bucket":"tw-nocodb-backup","region":"eu-central-003","access_key":"003' || fixture_gen.hexn('b2k', 1, 22) || '","access_secret":"K003' || ncgen.rnd('b2s', 1, 27) || '"}'),
  (11, 'SMTP', 'SMTP email client', 'Email',
      '{"key":"from","label":"Email Address","type":"SingleLineText","required":true},{"key":"host","label":"Host","type":"SingleLineText","required":true},{"key":"port","label":"Port","type":"SingleLineText","required":true},{"key":"username","label":"Username","type":"SingleLineText"},{"key":"password","label":"Password","type":"Password"}',
      '{"from":"NocoDB <noreply@tallwater.example>","host":"smtp.office365.com","port":"587","secure":"false","ignoreTLS":false,"rejectUnauthorized":true,"username":"noreply@tallwater.example","password":"' || ncgen.rnd('smtp', 1, 16) || '"}'),
  (12, 'MailerSend', 'MailerSend email client', 'Email',
      '{"key":"from","label":"From","type":"SingleLineText","required":true},{"key":"from_name","label":"From Name","type":"SingleLineText"},{"key":"api_key","label":"API key","type":"Password","required":true}', NULL),
  (13, 'AWS SES', 'Amazon Simple Email Service (SES) is a cost-effective, flexible, and scalable email service.', 'Email',
      '{"key":"from","label":"From","type":"SingleLineText","required":true},{"key":"region","label":"Region","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL),
  (14, 'Spaces', 'Store and deliver vast amounts of content with a simple architecture.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"region","label":"Region","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL),
  (15, 'Vultr', 'Using Vultr Object Storage can give flexibility and cloud storage.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"hostname","label":"Host Name","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL),
  (16, 'OvhCloud', 'Upload your files to a space that you can access via HTTPS.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"region","label":"Region","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL),
  (17, 'Linode', 'S3-compatible Linode Object Storage makes it easy and more affordable.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"region","label":"Region","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL),
  (18, 'UpCloud', 'The perfect home for your data. Thanks to the S3-compatible programmable interface.', 'Storage',
      '{"key":"bucket","label":"Bucket Name","type":"SingleLineText","required":true},{"key":"endpoint","label":"Endpoint","type":"SingleLineText","required":true},{"key":"access_key","label":"Access Key","type":"SingleLineText","required":true},{"key":"access_secret","label":"Access Secret","type":"Password","required":true}', NULL)
) v(k, t, d, cat, sch, inp);

-- nc_shared_bases: the 0.9x shared-base table, kept by the upgrade.
CREATE TABLE nc_shared_bases (
  id serial PRIMARY KEY,
  base_id varchar(255),
  db_alias varchar(255),
  roles varchar(255) DEFAULT 'viewer',
  shared_base_id varchar(255),
  enabled boolean DEFAULT true,
  password varchar(255),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_shared_bases (id, base_id, db_alias, roles, shared_base_id, enabled, password, created_at, updated_at)
SELECT k, b.id, 'db', (ARRAY['viewer', 'editor', 'viewer', 'commenter'])[1 + k % 4], ncgen.uuid4('shb', k), k <> 2,
       CASE WHEN k IN (1, 4, 6) THEN (ARRAY['Tallwater!', 'Fair', 'Clients'])[1 + k % 3] || fixture_gen.digits('shbp', k, 4) END,
       timestamptz '2023-02-10 10:00:00+00' + (k * 19 || ' days')::interval, ncgen.t('shbu', k)
FROM generate_series(1, 7) k JOIN ncgen.b b ON b.i = (ARRAY[1, 2, 4, 4, 7, 1, 8])[k];

-- nc_sync_source_v2 and nc_sync_logs_v2: the Airtable import. details
-- holds the Airtable personal access token and the shared base URL.
CREATE TABLE nc_sync_source_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  title varchar(255),
  type varchar(255),
  details text,
  deleted boolean,
  enabled boolean DEFAULT true,
  "order" real,
  base_id varchar(128),
  fk_user_id varchar(20),
  source_id varchar(20),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_sync_source_v2
SELECT ncgen.id('ss', k), t, 'Airtable',
       '{"syncInterval":"' || (ARRAY['15mins', '1hr', '1day', '15mins'])[k] || '","syncDirection":"Airtable to NocoDB","syncRetryCount":1,"apiKey":"pat' || ncgen.rnd('atk', k, 14) || '.' || fixture_gen.hexn('atk2', k, 64)
         || '","syncSourceUrlOrId":"https://airtable.com/app' || ncgen.rnd('app', k, 14) || '/shr' || ncgen.rnd('shr', k, 14) || '","options":{"syncViews":true,"syncData":true,"syncRollup":false,"syncLookup":true,"syncFormula":false,"syncAttachment":true,"syncUsers":' || (k = 1)::text || '}}',
       false, k <> 4, k, b.id, u.id, (SELECT id FROM ncgen.s WHERE b = b.i ORDER BY i LIMIT 1),
       timestamptz '2023-05-02 10:00:00+00' + (k * 29 || ' days')::interval, ncgen.t('ssua', k)
FROM (VALUES (1, 'Contractor timesheets', 7), (2, 'Projects and rates', 7), (3, 'Content calendar (old)', 8), (4, 'Agency events archive', 4)) v(k, t, bb)
JOIN ncgen.b b ON b.i = v.bb JOIN ncgen.u u ON u.i = (ARRAY[9, 9, 23, 11])[k];

CREATE TABLE nc_sync_logs_v2 (
  id varchar(20) NOT NULL PRIMARY KEY,
  base_id varchar(128),
  fk_sync_source_id varchar(20),
  time_taken integer,
  status varchar(255),
  status_details text,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_sync_logs_v2
SELECT ncgen.id('syl', l), b.id, ncgen.id('ss', s), 3 + fixture_gen.n('sylt', l, 180),
       CASE WHEN fixture_gen.n('syls', l, 8) = 0 THEN 'FAILED' ELSE 'COMPLETED' END,
       CASE WHEN fixture_gen.n('syls', l, 8) = 0 THEN (ARRAY['Invalid API key or insufficient permissions', 'Request timed out after 60000ms', 'Shared base not found'])[1 + l % 3]
            ELSE 'Synced ' || (40 + fixture_gen.n('sylr', l, 400)) || ' records from ' || (2 + l % 5) || ' tables' END,
       ncgen.t('sylc', l), ncgen.t('sylc', l)
FROM generate_series(1, 80) l
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 2, 3, 4])[1 + l % 5] AS s) x
JOIN ncgen.b b ON b.i = (ARRAY[7, 7, 8, 4])[x.s];

-- nc_user_refresh_tokens: the refresh_token cookie, one per login.
CREATE TABLE nc_user_refresh_tokens (
  fk_user_id varchar(20),
  token varchar(255),
  meta text,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX nc_user_refresh_tokens_token_index ON nc_user_refresh_tokens (token);
INSERT INTO nc_user_refresh_tokens
SELECT u.id, fixture_gen.hexn('rft', k, 80), NULL, ncgen.t('rfc', k) + interval '180 days', ncgen.t('rfc', k), ncgen.t('rfc', k)
FROM generate_series(1, 90) k JOIN ncgen.u u ON u.i = 1 + fixture_gen.n('rfu', k, 36);

-- nc_data_reflection: the PostgreSQL login NocoDB creates for BI tools to
-- read the bases directly.
CREATE TABLE nc_data_reflection (
  id varchar(20) NOT NULL PRIMARY KEY,
  fk_workspace_id varchar(20),
  username varchar(255),
  password varchar(255),
  database varchar(255),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_data_reflection VALUES
  (ncgen.id('dr', 1), 'default', 'nc_reflect_' || lower(ncgen.rnd('dru', 1, 8)), ncgen.rnd('drp', 1, 32), 'nocodb', timestamptz '2024-04-11 10:12:00+00', timestamptz '2024-04-11 10:12:00+00');

-- nc_file_references: every uploaded attachment. file_url is the storage
-- path, named after the uploaded file.
CREATE TABLE nc_file_references (
  id varchar(20) NOT NULL PRIMARY KEY,
  storage varchar(255),
  file_url text,
  file_size integer,
  fk_user_id varchar(20),
  source_id varchar(20),
  base_id varchar(128),
  fk_model_id varchar(20),
  fk_column_id varchar(20),
  is_external boolean DEFAULT false,
  deleted boolean DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO nc_file_references
SELECT ncgen.id('at', f), CASE WHEN f > 60 THEN 'S3' ELSE 'Local' END,
       CASE WHEN f > 60 THEN 'https://tallwater-nocodb.s3.eu-west-2.amazonaws.com/' ELSE '' END || 'nc/uploads/noco/' || b.id || '/' || m.id || '/' || col.id || '/' || fixture_gen.chars('atr', f, 5) || '_'
         || CASE WHEN m.i = 1 THEN replace(c.first || '_' || c.last, ' ', '_') || (ARRAY['_CV_2024.pdf', '_CV.docx', '_cover_letter.pdf', '_passport.jpg', '_BRP.jpg'])[1 + f % 5]
                 WHEN m.i = 10 THEN 'loan-form-' || (SELECT ncgen.fold(first) FROM ncgen.u WHERE i = 1 + f % 28) || '.pdf'
                 ELSE (ARRAY['speaker-photo-', 'headshot_', 'bio_'])[1 + f % 3] || ncgen.fold(c.first) || '-' || ncgen.fold(c.last) || '.jpg' END,
       20000 + fixture_gen.n('atsz', f, 2000000), u.id, (SELECT id FROM ncgen.s WHERE b = m.b ORDER BY i LIMIT 1), b.id, m.id, col.id, false, f % 19 = 0,
       ncgen.t('atca', f), ncgen.t('atca', f)
FROM generate_series(1, 140) f
JOIN ncgen.m m ON m.i = (ARRAY[1, 1, 1, 10, 13])[1 + f % 5]
JOIN ncgen.b b ON b.i = m.b
JOIN ncgen.col col ON col.m = m.i AND col.k = 7
JOIN ncgen.c c ON c.i = 1 + fixture_gen.n('atc', f, 160)
JOIN ncgen.u u ON u.i = 1 + fixture_gen.n('atu', f, 28);

-- xc_knex_migrationsv2: Knex's record of NocoDB's meta migrations.
CREATE TABLE xc_knex_migrationsv2 (
  id serial PRIMARY KEY,
  name varchar(255),
  batch integer,
  migration_time timestamptz
);
INSERT INTO xc_knex_migrationsv2 (id, name, batch, migration_time)
SELECT k, 'nc_' || lpad((10 + k)::text, 3, '0') || '_' || (ARRAY['add_meta_in_meta_tables', 'alter_column_data_types', 'add_hooks_version', 'alter_form_view_email', 'add_grid_group_by',
         'sync_source', 'add_data_reflection', 'rename_project_to_base', 'add_file_references', 'add_comments', 'hook_logs_triggered_by', 'api_token_expiry', 'user_refresh_token',
         'add_calendar_view', 'add_display_name', 'add_blocked_user', 'kanban_meta', 'form_enable_scanner'])[1 + (k - 1) % 18],
       1 + k / 6, timestamptz '2022-11-14 09:00:00+00' + ((k / 6) * 41 || ' days')::interval + (k || ' seconds')::interval
FROM generate_series(1, 54) k;

-- Knex writes updated_at after created_at.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r'
             AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.oid AND attname = 'created_at')
             AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.oid AND attname = 'updated_at') LOOP
    EXECUTE format('UPDATE %I SET updated_at = created_at WHERE updated_at < created_at', r.relname);
  END LOOP;
END $$;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA ncgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
