-- classify-eval fixture (HOLDOUT 36: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- BookStack 23.12 wiki on PostgreSQL, in the naming its Laravel migrations
-- create (plural snake_case tables, serial and bigserial keys, varchar(255)
-- strings, timestamp(0) created_at/updated_at, created_by/updated_by/owned_by
-- user ids, polymorphic entity_type/entity_id pairs with the morph names
-- page, chapter, book and bookshelf), a subset of its tables with their real
-- columns and types. The owner is Solvang Energy, an installer of rooftop
-- solar, batteries and heat pumps with offices in Bristol, Leeds and Hamburg
-- and a small software team in Pune; its field engineers, office staff and
-- a few subcontractors log in through Entra ID (SAML) or locally.
--
-- BookStack's side: users with bcrypt hashes, remember tokens, slugs made
-- from their names and the SAML NameID as external_auth_id; invitations,
-- email confirmations and password resets with their tokens; TOTP secrets
-- and backup codes encrypted by Laravel's Crypt; Google and Microsoft social
-- logins with avatars; API tokens (a public token id and a hashed secret);
-- shelves, books and chapters with procedure and policy names; pages in
-- WYSIWYG HTML or Markdown with their plain text: installation procedures
-- and policies with no personal data beside onboarding and leaver pages
-- (start dates, mobiles, personal emails, home addresses for the laptop
-- delivery), customer site pages named after the homeowner (phone, key-safe
-- code), on-call rotas with mobiles and IT runbooks with pasted passwords;
-- revisions of all of them with change summaries; comments; images and
-- attachments named after people (headshots, contracts, P45s); tags whose
-- names are generic and whose values are sometimes an owner's name; the
-- activity log whose detail holds the user or page name and the client IP;
-- views, favourites and watches; webhooks whose endpoint URLs carry tokens;
-- the search index's terms; settings with the app name, custom head HTML,
-- registration domains and per-user UI preferences; roles, permissions;
-- the database session store with serialized payloads; queued and failed
-- jobs whose serialized notifications carry invitation and reset tokens and
-- whose exceptions quote recipients and webhook URLs; the cache table whose
-- login-throttle keys are the typed email and IP; references and deletions.
--
-- Beside it, the company's own schema solvang (not BookStack's): staff
-- directory, on-call rota, equipment loan register, van fleet with trackers
-- and fuel cards, customer installation sites, incidents, a page review
-- schedule, the door access log, training records, service accounts with
-- encrypted passwords, offices, a visitor log, vendor contacts and a
-- key/value integration settings table holding credentials among plain
-- options.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA bsgen;

-- fold: a name folded to ASCII; slug: BookStack's Str::slug of a name.
CREATE FUNCTION bsgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐÅØÆåæß',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZDAOAaas')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION bsgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐÅØÆåæß',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZDAOAaas')), '[^a-z0-9]+', '-', 'g'))
$$;

-- rnd: random-looking alphanumerics (len up to 190).
CREATE FUNCTION bsgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

-- at: a time between two dates, to the second.
CREATE FUNCTION bsgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- crypt: a payload of Laravel's Crypt (base64 of {"iv","value","mac","tag"}).
CREATE FUNCTION bsgen.crypt(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(convert_to('{"iv":"' || fixture_gen.b64(tag || 'iv', i, 16) || '","value":"' || fixture_gen.b64(tag || 'v', i, len)
      || '","mac":"' || fixture_gen.hexn(tag || 'm', i, 64) || '","tag":""}', 'UTF8'), 'base64'), E'\n', '')
$$;

-- b32: a base32 TOTP secret.
CREATE FUNCTION bsgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- Names by culture: the staff are in Bristol and Leeds (gb and the mix of
-- the UK), Hamburg (de, tr, pl) and Pune (in).
CREATE TABLE bsgen.nm (c text, k int, first text, last text);
INSERT INTO bsgen.nm
SELECT c, k, f[k], l[k] FROM (VALUES
  ('gb', ARRAY['Oliver', 'Harriet', 'Callum', 'Niamh', 'Rhys', 'Bethan', 'Jack', 'Imogen'], ARRAY['Hughes', 'Pritchard', 'Walsh', 'Ellison', 'Bateman', 'Morgan', 'Fairclough', 'Doyle']),
  ('pk', ARRAY['Imran', 'Ayesha', 'Bilal', 'Sana', 'Zain', 'Mehwish', 'Usman', 'Hira'], ARRAY['Qureshi', 'Chaudhry', 'Malik', 'Iqbal', 'Siddiqui', 'Butt', 'Akhtar', 'Rana']),
  ('ng', ARRAY['Chidi', 'Ngozi', 'Tobi', 'Funmi', 'Emeka', 'Adaeze', 'Segun', 'Kemi'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Okonjo', 'Afolabi', 'Obi']),
  ('de', ARRAY['Jannik', 'Svenja', 'Matthias', 'Katrin', 'Henrik', 'Lena', 'Torsten', 'Anke'], ARRAY['Petersen', 'Hansen', 'Jensen', 'Wagner', 'Becker', 'Schulz', 'Lorenzen', 'Krüger']),
  ('tr', ARRAY['Emre', 'Zeynep', 'Murat', 'Ebru', 'Onur', 'Derya', 'Serkan', 'Gizem'], ARRAY['Yıldız', 'Aksoy', 'Kılıç', 'Erdoğan', 'Polat', 'Güneş', 'Acar', 'Tekin']),
  ('pl', ARRAY['Bartosz', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Marcin', 'Natalia', 'Jakub', 'Aleksandra'], ARRAY['Nowicki', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Grabowski', 'Pawlak', 'Michalski']),
  ('in', ARRAY['Aniket', 'Pooja', 'Sandeep', 'Neha', 'Vikram', 'Kavya', 'Rohan', 'Sneha'], ARRAY['Kulkarni', 'Deshpande', 'Joshi', 'Patil', 'Gokhale', 'Bhosale', 'Iyer', 'Nair']),
  ('cn', ARRAY['Wei', 'Jing', 'Hao', 'Xiaoling', 'Jun', 'Yan', 'Lei', 'Mingyu'], ARRAY['Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu']),
  ('pt', ARRAY['João', 'Beatriz', 'Tiago', 'Inês', 'Rui', 'Mariana', 'Diogo', 'Sofia'], ARRAY['Silva', 'Santos', 'Ferreira', 'Costa', 'Rodrigues', 'Almeida', 'Sousa', 'Carvalho'])
) v(c, f, l), generate_series(1, 8) k;

-- phone: a mobile in the national style of a culture.
CREATE FUNCTION bsgen.mobile(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'de' THEN CASE WHEN i % 2 = 0 THEN '+49 151 ' || fixture_gen.digits(tag, i, 8) ELSE '0172 ' || fixture_gen.digits(tag, i, 7) END
    WHEN 'in' THEN '+91 ' || (7 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    ELSE CASE i % 3 WHEN 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
                    WHEN 1 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
                    ELSE '07' || fixture_gen.digits(tag, i, 9) END END
$$;

-- Offices.
CREATE TABLE bsgen.off (id int PRIMARY KEY, name text, cult text[], city text);
INSERT INTO bsgen.off VALUES
  (1, 'Bristol HQ', ARRAY['gb', 'gb', 'gb', 'pk', 'ng', 'pl', 'cn', 'pt'], 'Bristol'),
  (2, 'Leeds depot', ARRAY['gb', 'gb', 'pk', 'pk', 'ng', 'pl'], 'Leeds'),
  (3, 'Hamburg', ARRAY['de', 'de', 'de', 'tr', 'pl'], 'Hamburg'),
  (4, 'Pune', ARRAY['in'], 'Pune');

-- Staff 1-150 (1 is the IT lead who installed the wiki; 141-150 are
-- subcontractors with their own firms' addresses).
CREATE TABLE bsgen.p (i int PRIMARY KEY, off int, c text, first text, last text, full_name text, username text, email text, pemail text, mobile text,
  job text, dept text, start_d date, end_d date, home text, city text, postcode text, dob date, mgr int, guid text, sso boolean);
INSERT INTO bsgen.p (i, off, c, first, last, job, dept, start_d, dob, sso)
SELECT i, o.id, x.c, a.first, b.last, j.job, j.dept, date '2014-04-01' + fixture_gen.n('pst', i, 3550), fixture_gen.birth_date('pdob', i) + 5000, i % 9 <> 0
FROM generate_series(1, 150) i
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4])[1 + fixture_gen.n('poff', i, 10)] AS off) y
JOIN bsgen.off o ON o.id = CASE WHEN i = 1 THEN 1 ELSE y.off END
CROSS JOIN LATERAL (SELECT fixture_gen.pick(o.cult, 'pc', i) AS c) x
JOIN bsgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 8)
JOIN bsgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 8)
CROSS JOIN LATERAL (SELECT v[1] AS job, v[2] AS dept FROM (SELECT CASE WHEN o.id = 4 THEN fixture_gen.pick(ARRAY['Software Engineer|Software', 'QA Engineer|Software', 'Data Analyst|Software', 'Team Lead|Software'], 'pj', i)
    ELSE fixture_gen.pick(ARRAY['PV Installer|Field Operations', 'Electrician|Field Operations', 'Heat Pump Engineer|Field Operations', 'Roofer|Field Operations', 'Surveyor|Field Operations',
      'Scheduler|Operations', 'Customer Service Advisor|Customer Service', 'Sales Consultant|Sales', 'Accounts Assistant|Finance', 'HR Advisor|People', 'IT Support|IT', 'Project Manager|Operations'], 'pj', i) END AS s) q,
    LATERAL string_to_array(q.s, '|') v) j;
UPDATE bsgen.p SET c = 'gb', first = 'Rhys', last = 'Pritchard', job = 'IT Manager', dept = 'IT' WHERE i = 1;
UPDATE bsgen.p SET job = 'HR Advisor', dept = 'People' WHERE i IN (2, 17, 33);
UPDATE bsgen.p SET job = 'Subcontractor - Scaffolding', dept = 'Field Operations', sso = false WHERE i > 140;
UPDATE bsgen.p SET full_name = first || ' ' || last,
  username = bsgen.fold(first) || '.' || bsgen.fold(last),
  mobile = bsgen.mobile(c, 'pmob', i),
  pemail = bsgen.fold(first) || CASE WHEN i % 3 = 0 THEN '_' ELSE '.' END || bsgen.fold(last) || (i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'gmx.de', 'web.de', 'icloud.com', 'hotmail.co.uk', 'rediffmail.com'], 'ped', i),
  end_d = CASE WHEN i % 13 = 0 OR i % 7 = 3 THEN least(date '2024-03-15', start_d + 300 + fixture_gen.n('pend', i, 2500)) END,
  mgr = CASE WHEN i > 8 THEN 1 + fixture_gen.n('pmgr', i, 8) END,
  guid = fixture_gen.uuid('pguid', i);
UPDATE bsgen.p p SET username = p.username || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM bsgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE bsgen.p p SET email = CASE WHEN p.i > 140 THEN bsgen.fold(p.first) || '@' || fixture_gen.pick(ARRAY['westscaff.example', 'apex-access.example', 'roofsafe-sw.example'], 'psub', p.i)
    ELSE p.username || '@' || CASE WHEN p.off = 3 THEN 'solvang-energy.example.de' ELSE 'solvang-energy.example' END END,
  city = CASE p.off WHEN 1 THEN fixture_gen.pick(ARRAY['Bristol', 'Bath', 'Weston-super-Mare', 'Clevedon', 'Portishead'], 'pcity', p.i)
                    WHEN 2 THEN fixture_gen.pick(ARRAY['Leeds', 'Wakefield', 'Bradford', 'Harrogate'], 'pcity', p.i)
                    WHEN 3 THEN fixture_gen.pick(ARRAY['Hamburg', 'Norderstedt', 'Pinneberg'], 'pcity', p.i) ELSE 'Pune' END,
  home = CASE p.off WHEN 3 THEN fixture_gen.pick(ARRAY['Eppendorfer Weg', 'Osterstraße', 'Lehmweg', 'Mühlenkamp', 'Bahrenfelder Chaussee'], 'phome', p.i) || ' ' || (1 + fixture_gen.n('phn', p.i, 140))
                    WHEN 4 THEN 'Flat ' || (101 + fixture_gen.n('phn', p.i, 800)) || ', ' || fixture_gen.pick(ARRAY['Blue Ridge, Hinjewadi Phase 1', 'Kumar Pebble Park, Hadapsar', 'Magarpatta City, Cosmos Tower'], 'phome', p.i)
                    ELSE (1 + fixture_gen.n('phn', p.i, 180)) || ' ' || fixture_gen.pick(ARRAY['Gloucester Road', 'Coronation Road', 'Ashley Down Road', 'Harehills Lane', 'Otley Road', 'Kirkstall Lane', 'Church Lane', 'Victoria Street'], 'phome', p.i) END,
  postcode = CASE p.off WHEN 1 THEN 'BS' || (1 + fixture_gen.n('ppc', p.i, 40)) || ' ' || fixture_gen.digits('ppc', p.i, 1) || fixture_gen.chars('ppc', p.i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
                        WHEN 2 THEN 'LS' || (1 + fixture_gen.n('ppc', p.i, 28)) || ' ' || fixture_gen.digits('ppc', p.i, 1) || fixture_gen.chars('ppc', p.i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
                        WHEN 3 THEN '22' || fixture_gen.digits('ppc', p.i, 3) ELSE '4110' || lpad(fixture_gen.n('ppc', p.i, 70)::text, 2, '0') END
FROM bsgen.p q WHERE q.i = p.i;

-- Homeowners 1-140 whose installations are documented (customer sites).
CREATE TABLE bsgen.cu (i int PRIMARY KEY, first text, last text, full_name text, phone text, email text, street text, city text, postcode text, lat numeric, lon numeric, ref text, keysafe text);
INSERT INTO bsgen.cu
SELECT i, a.first, b.last, a.first || ' ' || b.last, bsgen.mobile(x.c, 'cph', i),
       bsgen.fold(a.first) || '.' || bsgen.fold(b.last) || (i % 70)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'sky.com', 'outlook.com', 'virginmedia.com', 'yahoo.co.uk'], 'ced', i),
       (1 + fixture_gen.n('cst', i, 160)) || ' ' || fixture_gen.pick(ARRAY['Wells Road', 'Station Road', 'Meadow Close', 'Orchard Way', 'Park Avenue', 'Mill Lane', 'The Crescent', 'Beech Grove', 'Moorland Road', 'Abbey Road'], 'cst', i),
       fixture_gen.pick(ARRAY['Bristol', 'Bath', 'Keynsham', 'Yate', 'Leeds', 'Otley', 'Ilkley', 'Wetherby', 'Frome', 'Chippenham'], 'cci', i),
       'XX' || (1 + fixture_gen.n('cpc', i, 30)) || ' ' || fixture_gen.digits('cpc', i, 1) || fixture_gen.chars('cpc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       round(51.30 + fixture_gen.n('clat', i, 250000) / 100000.0, 6), round(-2.75 + fixture_gen.n('clon', i, 120000) / 100000.0, 6),
       'SV-' || (10200 + i * 7), lpad(fixture_gen.n('cks', i, 10000)::text, 4, '0')
FROM generate_series(1, 140) i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['gb', 'gb', 'gb', 'gb', 'pk', 'ng', 'pl', 'cn', 'pt'], 'ccu', i) AS c) x
JOIN bsgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('cf', i, 8)
JOIN bsgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('cl', i, 8);
UPDATE bsgen.cu SET lat = lat + 2.4, lon = lon + 1.1 WHERE city IN ('Leeds', 'Otley', 'Ilkley', 'Wetherby');
UPDATE bsgen.cu SET postcode = CASE WHEN city IN ('Bristol', 'Keynsham', 'Yate') THEN 'BS' WHEN city IN ('Bath', 'Frome') THEN 'BA' WHEN city = 'Chippenham' THEN 'SN' ELSE 'LS' END || substr(postcode, 3);

-- Wiki accounts: user 1 is the IT manager (staff 1), user 2 the built-in
-- Guest, users 3-151 staff 2-150, user 152 the Zapier integration's account.
CREATE TABLE bsgen.u (uid int PRIMARY KEY, i int, name text, email text, slug text, sso boolean, created timestamp, lastact timestamp);
INSERT INTO bsgen.u
SELECT CASE WHEN p.i = 1 THEN 1 ELSE p.i + 1 END, p.i, p.full_name, p.email, bsgen.slug(p.full_name), p.sso,
       greatest(timestamp '2021-03-02 09:00:00', p.start_d::timestamp + interval '9 hours') + make_interval(mins => fixture_gen.n('uc', p.i, 600)),
       CASE WHEN p.end_d IS NOT NULL THEN p.end_d::timestamp - interval '2 days' + make_interval(mins => fixture_gen.n('ula', p.i, 900))
            WHEN p.i % 17 = 5 THEN NULL ELSE bsgen.at('ula', p.i, timestamp '2024-02-01 07:00:00', timestamp '2024-03-28 18:00:00') END
FROM bsgen.p p;
UPDATE bsgen.u SET created = timestamp '2021-03-02 09:12:44' WHERE uid = 1;
UPDATE bsgen.u u SET slug = u.slug || '-' || d.rn::text FROM (SELECT uid, row_number() OVER (PARTITION BY slug ORDER BY uid) AS rn FROM bsgen.u) d WHERE d.uid = u.uid AND d.rn > 1;
INSERT INTO bsgen.u VALUES (2, NULL, 'Guest', 'guest@example.com', 'guest', false, timestamp '2021-03-02 09:10:03', NULL),
  (152, NULL, 'Zapier Sync', 'it-automation@solvang-energy.example', 'zapier-sync', false, timestamp '2022-06-14 11:40:00', timestamp '2024-03-28 16:05:12');

-- ---------------------------------------------------------------------------
-- Users and authentication.

CREATE TABLE users (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, email varchar(255) NOT NULL UNIQUE, password varchar(255) NOT NULL, remember_token varchar(100),
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, email_confirmed boolean NOT NULL DEFAULT true,
    image_id integer NOT NULL DEFAULT 0, external_auth_id varchar(255) NOT NULL DEFAULT '', system_name varchar(255), slug varchar(180) NOT NULL UNIQUE,
    last_activity_at timestamp(0) without time zone);
CREATE INDEX users_external_auth_id_index ON users (external_auth_id);
CREATE INDEX users_system_name_index ON users (system_name);
CREATE INDEX users_last_activity_at_index ON users (last_activity_at);
INSERT INTO users (id, name, email, password, remember_token, created_at, updated_at, email_confirmed, image_id, external_auth_id, system_name, slug, last_activity_at)
SELECT u.uid, u.name, u.email, CASE WHEN u.uid = 2 THEN '' ELSE fixture_gen.bcrypt('upw', u.uid) END,
       CASE WHEN u.uid <> 2 AND u.uid % 3 <> 0 THEN bsgen.rnd('urem', u.uid, 60) END,
       u.created, greatest(u.created, coalesce(u.lastact, u.created) - interval '3 days'),
       NOT (u.uid BETWEEN 147 AND 151 AND u.uid % 2 = 0),
       CASE WHEN u.i IS NOT NULL AND u.i % 3 = 1 THEN 0 ELSE 0 END,
       CASE WHEN u.sso THEN p.guid ELSE '' END,
       CASE WHEN u.uid = 2 THEN 'public' END, u.slug, u.lastact
FROM bsgen.u u LEFT JOIN bsgen.p p ON p.i = u.i;

CREATE TABLE user_invites (
    id serial PRIMARY KEY, user_id integer NOT NULL, token varchar(255) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX user_invites_user_id_index ON user_invites (user_id);
CREATE INDEX user_invites_token_index ON user_invites (token);
INSERT INTO user_invites (user_id, token, created_at, updated_at)
SELECT u.id, bsgen.rnd('uinv', u.id, 60), u.created_at + interval '2 minutes', u.created_at + interval '2 minutes'
FROM users u WHERE u.last_activity_at IS NULL AND u.id <> 2 ORDER BY u.id;
INSERT INTO user_invites (user_id, token, created_at, updated_at)
SELECT u.id, bsgen.rnd('uinv2', u.id, 60), timestamp '2024-03-20 10:00:00' + u.id * interval '37 minutes', timestamp '2024-03-20 10:00:00' + u.id * interval '37 minutes'
FROM users u WHERE u.id > 2 AND u.id % 11 = 4 ORDER BY u.id;

CREATE TABLE email_confirmations (
    id serial PRIMARY KEY, user_id integer NOT NULL, token varchar(255) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX email_confirmations_user_id_index ON email_confirmations (user_id);
CREATE INDEX email_confirmations_token_index ON email_confirmations (token);
INSERT INTO email_confirmations (user_id, token, created_at, updated_at)
SELECT u.id, bsgen.rnd('uconf', g, 60), u.created_at + make_interval(mins => g), u.created_at + make_interval(mins => g)
FROM users u CROSS JOIN generate_series(1, 3) g WHERE NOT u.email_confirmed OR (u.external_auth_id = '' AND u.id > 2 AND g = 1) ORDER BY u.id, g;

CREATE TABLE password_resets (
    email varchar(255) NOT NULL, token varchar(255) NOT NULL, created_at timestamp(0) without time zone);
CREATE INDEX password_resets_email_index ON password_resets (email);
INSERT INTO password_resets (email, token, created_at)
SELECT CASE WHEN g % 9 = 0 THEN p.pemail ELSE u.email END, fixture_gen.bcrypt('prt', g), bsgen.at('prc', g, timestamp '2023-09-01 06:00:00', timestamp '2024-03-28 22:00:00')
FROM generate_series(1, 34) g JOIN users u ON u.id = 3 + fixture_gen.n('pru', g, 149) LEFT JOIN bsgen.u x ON x.uid = u.id LEFT JOIN bsgen.p p ON p.i = x.i
WHERE u.id <= 151;

CREATE TABLE mfa_values (
    id serial PRIMARY KEY, user_id integer NOT NULL, method varchar(20) NOT NULL, value text NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX mfa_values_user_id_index ON mfa_values (user_id);
CREATE INDEX mfa_values_method_index ON mfa_values (method);
INSERT INTO mfa_values (user_id, method, value, created_at, updated_at)
SELECT u.id, m, CASE m WHEN 'totp' THEN bsgen.crypt('mfat', u.id, 24) ELSE bsgen.crypt('mfab', u.id, 160) END,
       bsgen.at('mfc', u.id, timestamp '2022-01-10 08:00:00', timestamp '2024-03-01 17:00:00'), bsgen.at('mfc', u.id, timestamp '2022-01-10 08:00:00', timestamp '2024-03-01 17:00:00') + make_interval(days => fixture_gen.n('mfu', u.id, 60))
FROM users u CROSS JOIN unnest(ARRAY['totp', 'backup_codes']) m
WHERE u.external_auth_id = '' AND u.id NOT IN (2, 152) AND (m = 'totp' OR u.id % 2 = 1) OR (u.id = 1)
ORDER BY u.id, m;

CREATE TABLE social_accounts (
    id serial PRIMARY KEY, user_id integer NOT NULL, driver varchar(255) NOT NULL, driver_id varchar(255) NOT NULL, avatar varchar(255) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX social_accounts_user_id_index ON social_accounts (user_id);
CREATE INDEX social_accounts_driver_index ON social_accounts (driver);
CREATE INDEX social_accounts_driver_id_index ON social_accounts (driver_id);
INSERT INTO social_accounts (user_id, driver, driver_id, avatar, created_at, updated_at)
SELECT u.id, d, CASE d WHEN 'google' THEN '1' || fixture_gen.digits('sag', u.id, 20) WHEN 'github' THEN (1000000 + fixture_gen.n('sagh', u.id, 90000000))::text ELSE fixture_gen.uuid('sams', u.id) END,
       CASE d WHEN 'google' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || bsgen.rnd('saav', u.id, 40) || '=s96-c'
              WHEN 'github' THEN 'https://avatars.githubusercontent.com/u/' || (1000000 + fixture_gen.n('sagh', u.id, 90000000))::text || '?v=4' ELSE '' END,
       u.created_at + interval '1 hour', u.created_at + interval '1 hour'
FROM users u CROSS JOIN LATERAL (SELECT CASE WHEN u.id % 4 = 0 THEN 'google' WHEN u.id % 4 = 1 THEN 'microsoft' WHEN u.id % 7 = 2 THEN 'github' END AS d) x
WHERE x.d IS NOT NULL AND u.id NOT IN (2, 152) AND (u.external_auth_id = '' OR u.id % 5 = 0)
ORDER BY u.id;

CREATE TABLE api_tokens (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, token_id varchar(255) NOT NULL UNIQUE, secret varchar(255) NOT NULL, user_id integer NOT NULL,
    expires_at date NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX api_tokens_user_id_index ON api_tokens (user_id);
INSERT INTO api_tokens (name, token_id, secret, user_id, expires_at, created_at, updated_at)
SELECT t.name, bsgen.rnd('atid', g, 32), fixture_gen.bcrypt('atsec', g), t.uid, t.exp, t.c, t.c
FROM (VALUES (1, 'Zapier - new starter pages', 152, date '2100-01-01', timestamp '2022-06-14 11:52:10'),
             (2, 'Nightly export to SharePoint', 1, date '2100-01-01', timestamp '2021-11-02 16:20:00'),
             (3, 'Monitoring check', 1, date '2025-01-01', timestamp '2023-01-09 10:03:00'),
             (4, 'Site pages sync from CRM', 152, date '2100-01-01', timestamp '2023-04-18 14:44:00'),
             (5, 'Pune team docs import', 58, date '2024-06-30', timestamp '2023-10-05 07:31:00'),
             (6, 'Backup script (old)', 1, date '2023-01-01', timestamp '2021-05-20 12:00:00'),
             (7, 'Power Automate flow', 152, date '2100-01-01', timestamp '2024-02-07 09:15:00'),
             (8, 'Markdown sync (VS Code)', 93, date '2024-12-31', timestamp '2023-08-22 15:10:00')) t(g, name, uid, exp, c);

-- ---------------------------------------------------------------------------
-- Content plan: shelves, books, chapters and what each page is about.

CREATE TABLE bsgen.bk (id int PRIMARY KEY, shelf int, name text, descr text, owner int);
INSERT INTO bsgen.bk VALUES
  (1, 1, 'Installation Procedures', 'Step-by-step procedures for rooftop PV, from survey to handover.', 1),
  (2, 1, 'Heat Pump Commissioning', 'Commissioning and handover of air source heat pumps and cylinders.', 1),
  (3, 1, 'Health & Safety', 'RAMS, permits, working at height and electrical safety rules.', 1),
  (4, 2, 'People & HR', 'Policies, benefits and leaver checklists. HR only edits this book.', 3),
  (5, 2, 'Onboarding', 'One page per new starter, created from the starter template.', 3),
  (6, 3, 'IT Runbooks', 'How the office network, Microsoft 365, backups and field tablets are run.', 1),
  (7, 1, 'Field Scheduling & On-call', 'Rotas, escalation paths and what to do out of hours.', 1),
  (8, 4, 'Customer Sites', 'One page per installation: system details, access notes and history.', 1),
  (9, 2, 'Finance Processes', 'Expenses, purchase orders and month-end checklists.', 1),
  (10, 1, 'Product Manuals', 'Vendor manuals and our own notes on inverters, batteries and heat pumps.', 1),
  (11, 3, 'Templates', 'Page templates used by the other books.', 1),
  (12, 3, 'Pune Software Team', 'Architecture notes and release process of the customer portal.', 58);

CREATE TABLE bsgen.ch (id int PRIMARY KEY, book int, name text, descr text);
INSERT INTO bsgen.ch VALUES
  (1, 1, 'Roof surveys', 'What to check and photograph on the survey visit.'), (2, 1, 'Mounting systems', 'Rails, hooks and in-roof kits.'),
  (3, 1, 'Inverters & isolators', 'Wiring, isolation and commissioning of string inverters.'), (4, 1, 'Batteries', 'Battery storage installation and first start.'),
  (5, 2, 'Air source heat pumps', 'Siting, noise assessment and commissioning.'), (6, 2, 'Cylinders & controls', 'Unvented cylinders, G3 and controls.'),
  (7, 2, 'Refrigerant handling', 'F-gas rules and pressure tests.'), (8, 3, 'Working at height', 'Scaffold, ladders and edge protection.'),
  (9, 3, 'Electrical safety', 'Safe isolation and testing.'), (10, 3, 'Vehicles & lone working', 'Van checks, driving hours and lone working.'),
  (11, 4, 'Policies', 'Company policies.'), (12, 4, 'Leavers', 'Leaver checklists, one page per leaver.'), (13, 4, 'Benefits', 'Pension, cycle to work and health cash plan.'),
  (14, 5, 'Starters 2023', 'New starters of 2023.'), (15, 5, 'Starters 2024', 'New starters of 2024.'), (16, 5, 'Checklists', 'Generic onboarding checklists.'),
  (17, 6, 'Network', 'Firewalls, switches and Wi-Fi.'), (18, 6, 'Microsoft 365', 'Tenant settings, licences and break-glass.'),
  (19, 6, 'Backups', 'NAS and cloud backups.'), (20, 6, 'Field tablets', 'Intune enrolment of the field tablets.'),
  (21, 7, 'Rotas', 'Quarterly on-call rotas.'), (22, 7, 'Escalation', 'Who to call and when.'),
  (23, 8, 'Bristol & Bath', 'Sites in the South West.'), (24, 8, 'Leeds & Yorkshire', 'Sites in Yorkshire.'), (25, 8, 'Wiltshire & Somerset', 'Sites further out.'),
  (26, 9, 'Expenses', 'Claims and mileage.'), (27, 9, 'Purchasing', 'Purchase orders and suppliers.'),
  (28, 10, 'SolarEdge', 'SolarEdge inverters and optimisers.'), (29, 10, 'GivEnergy', 'GivEnergy batteries and hybrid inverters.'), (30, 10, 'Mitsubishi Ecodan', 'Ecodan heat pumps.'),
  (31, 12, 'Architecture', 'How the customer portal is built.'), (32, 12, 'Releases', 'Release and rollback steps.');

-- Pages 1-300: kind by i mod 20 (procedures, policies, onboarding or
-- leaver pages, runbooks, rotas, customer sites, templates).
CREATE TABLE bsgen.pg (i int PRIMARY KEY, kind text, book int, chapter int, staff int, cust int, name text, slug text, editor text, author int, created timestamp, updated timestamp, revs int);
INSERT INTO bsgen.pg (i, kind, staff, cust)
SELECT i, CASE WHEN i % 20 < 6 THEN 'proc' WHEN i % 20 < 8 THEN 'policy' WHEN i % 20 < 12 THEN 'onb' WHEN i % 20 < 14 THEN 'run' WHEN i % 20 = 14 THEN 'rota' WHEN i % 20 < 19 THEN 'site' ELSE 'tpl' END,
       1 + (i * 7) % 150, 1 + (i * 3) % 140
FROM generate_series(1, 300) i;
UPDATE bsgen.pg SET kind = 'leaver' WHERE kind = 'onb' AND i % 4 = 1;
-- Onboarding pages are about people who started after the wiki went live,
-- leaver pages about people who left after it.
UPDATE bsgen.pg g SET staff = s.i FROM (SELECT g2.i AS pi, row_number() OVER (ORDER BY g2.i) AS rn FROM bsgen.pg g2 WHERE g2.kind = 'onb') o,
  (SELECT p.i, row_number() OVER (ORDER BY p.start_d, p.i) AS rn, count(*) OVER () AS cnt FROM bsgen.p p WHERE p.start_d >= date '2021-02-15') s
WHERE o.pi = g.i AND s.rn = 1 + (o.rn - 1) % s.cnt;
UPDATE bsgen.pg g SET staff = s.i FROM (SELECT g2.i AS pi, row_number() OVER (ORDER BY g2.i) AS rn FROM bsgen.pg g2 WHERE g2.kind = 'leaver') o,
  (SELECT p.i, row_number() OVER (ORDER BY p.end_d, p.i) AS rn, count(*) OVER () AS cnt FROM bsgen.p p WHERE p.end_d >= date '2021-04-01') s
WHERE o.pi = g.i AND s.rn = 1 + (o.rn - 1) % s.cnt;
UPDATE bsgen.pg SET book = CASE kind WHEN 'proc' THEN (ARRAY[1, 1, 2, 10])[1 + fixture_gen.n('pgb', i, 4)] WHEN 'policy' THEN (ARRAY[3, 4, 9])[1 + fixture_gen.n('pgb', i, 3)]
    WHEN 'onb' THEN 5 WHEN 'leaver' THEN 4 WHEN 'run' THEN CASE WHEN i % 3 = 0 THEN 12 ELSE 6 END WHEN 'rota' THEN 7 WHEN 'site' THEN 8 ELSE 11 END;
UPDATE bsgen.pg g SET chapter = CASE WHEN g.kind = 'leaver' THEN 12 WHEN g.kind = 'onb' THEN (SELECT CASE extract(year FROM p.start_d) WHEN 2024 THEN 15 WHEN 2023 THEN 14 END FROM bsgen.p p WHERE p.i = g.staff)
    WHEN g.kind = 'rota' THEN 21 WHEN g.kind = 'tpl' THEN NULL
    ELSE (SELECT c.id FROM bsgen.ch c WHERE c.book = g.book AND c.id NOT IN (12, 14, 15) ORDER BY c.id OFFSET fixture_gen.n('pgc', g.i, (SELECT count(*)::int FROM bsgen.ch c2 WHERE c2.book = g.book AND c2.id NOT IN (12, 14, 15))) LIMIT 1) END;
UPDATE bsgen.pg g SET chapter = NULL WHERE g.i % 11 = 3 AND g.kind NOT IN ('leaver', 'rota');
UPDATE bsgen.pg g SET name = CASE g.kind
    WHEN 'proc' THEN fixture_gen.pick(ARRAY['Tiled roof survey checklist', 'Slate roof hooks and flashing', 'In-roof kit on new builds', 'DC isolator wiring', 'Inverter commissioning checklist', 'Optimiser layout and pairing',
        'Battery first start and firmware', 'Export limitation (G99) settings', 'Heat pump siting and noise check', 'Buffer tank and pump sizing', 'Refrigerant pressure test', 'Cylinder G3 commissioning',
        'Earthing and bonding checks', 'MCS handover pack', 'Bird mesh installation', 'Scaffold handover inspection'], 'pgn', g.i) || ' (' || fixture_gen.pick(ARRAY['rev A', 'rev B', 'rev C', '2023', '2024', 'draft for review'], 'pgv', g.i) || ')'
    WHEN 'policy' THEN fixture_gen.pick(ARRAY['Expenses policy', 'Lone working policy', 'Working at height rules', 'Vehicle use and telematics', 'Annual leave policy', 'Customer photos and data protection',
        'Sickness absence procedure', 'Purchase order approvals', 'Mileage claims', 'Company phone policy', 'Whistleblowing', 'Month-end checklist'], 'pgn', g.i)
    WHEN 'onb' THEN fixture_gen.pick(ARRAY['Onboarding: ', 'Welcome pack - ', 'New starter: '], 'pgo', g.i) || p.full_name
    WHEN 'leaver' THEN 'Leaver - ' || p.full_name
    WHEN 'run' THEN fixture_gen.pick(ARRAY['FortiGate firewall admin', 'Synology NAS restore', 'Microsoft 365 break-glass account', 'UniFi Wi-Fi controller', 'Always-on VPN for field tablets', 'SolarEdge monitoring API',
        'Van tracker portal', 'Printer and scanner setup', 'Portal database failover', 'Deploying the customer portal', 'Rotating the SMTP relay password', 'Intune enrolment of a tablet'], 'pgn', g.i)
    WHEN 'rota' THEN 'On-call rota Q' || (1 + g.i / 20 % 4) || ' ' || (2021 + g.i / 80)
    WHEN 'site' THEN c.ref || ' ' || c.last || ', ' || c.city
    ELSE fixture_gen.pick(ARRAY['Template: new starter', 'Template: site page', 'Template: incident review', 'Template: leaver checklist', 'Template: procedure'], 'pgn', g.i) END,
  editor = CASE WHEN g.i % 5 IN (1, 3) THEN 'markdown' ELSE 'wysiwyg' END,
  author = CASE WHEN g.kind IN ('onb', 'leaver') THEN (ARRAY[3, 18, 34])[1 + fixture_gen.n('pga', g.i, 3)] WHEN g.kind = 'run' THEN (ARRAY[1, 1, 58, 93])[1 + fixture_gen.n('pga', g.i, 4)]
    ELSE 3 + fixture_gen.n('pga', g.i, 149) END,
  created = CASE WHEN g.kind = 'onb' THEN greatest(timestamp '2021-03-03 09:00:00', p.start_d::timestamp - interval '14 days' + make_interval(mins => fixture_gen.n('pgt', g.i, 600)))
                 WHEN g.kind = 'leaver' THEN p.end_d::timestamp - interval '10 days' + make_interval(mins => fixture_gen.n('pgt', g.i, 600))
                 ELSE bsgen.at('pgt', g.i, timestamp '2021-03-03 09:00:00', timestamp '2024-02-20 17:00:00') END,
  revs = 1 + fixture_gen.n('pgr', g.i, 5)
FROM bsgen.p p, bsgen.cu c WHERE p.i = g.staff AND c.i = g.cust;
UPDATE bsgen.pg SET updated = created + make_interval(days => (revs - 1) * (3 + fixture_gen.n('pgu', i, 40)), mins => fixture_gen.n('pgm', i, 500)), slug = bsgen.slug(name);
UPDATE bsgen.pg SET updated = timestamp '2024-03-28 12:00:00' - make_interval(mins => fixture_gen.n('pgm', i, 5000)) WHERE updated > timestamp '2024-03-28 12:00:00';

-- html: BookStack's editor output for a Markdown-like body (headings, list
-- items and table rows become their elements, each block with a bkmrk id);
-- plain: the page text BookStack derives from the HTML.
CREATE FUNCTION bsgen.html(md text, tag text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE
      WHEN l ~ '^#+ ' THEN '<h' || (length(substring(l FROM '^#+')) + 1) || ' id="bkmrk-' || left(bsgen.slug(l), 24) || '">' || regexp_replace(l, '^#+ ', '') || '</h' || (length(substring(l FROM '^#+')) + 1) || '>'
      WHEN l ~ '^\|' THEN '<p id="bkmrk-' || substr(md5(tag || k), 1, 6) || '">' || trim(both ' ' FROM replace(trim(both '|' FROM l), '|', ' - ')) || '</p>'
      WHEN l ~ '^(- |[0-9]+\. )' THEN '<ul id="bkmrk-' || substr(md5(tag || k), 1, 6) || '"><li>' || regexp_replace(l, '^(- (\[.\] )?|[0-9]+\. )', '') || '</li></ul>'
      ELSE '<p id="bkmrk-' || substr(md5(tag || k), 1, 6) || '">' || replace(l, '`', '') || '</p>' END, '' ORDER BY k)
  FROM regexp_split_to_table(md, E'\n') WITH ORDINALITY t(l, k) WHERE l <> '' AND l !~ '^\|[-|]+\|$'
$$;

CREATE FUNCTION bsgen.plain(html text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both E'\n' FROM regexp_replace(regexp_replace(html, '<[^>]+>', E'\n', 'g'), E'\n+', E'\n', 'g'))
$$;

-- md: a page's Markdown body at revision ver (earlier revisions of people
-- pages keep the earlier mobile, earlier runbooks the earlier password).
CREATE FUNCTION bsgen.md(pid int, ver int) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  g bsgen.pg;
  p bsgen.p;
  m bsgen.p;
  c bsgen.cu;
  b1 bsgen.p;
  b2 bsgen.p;
  r text;
  latest boolean;
BEGIN
  SELECT * INTO g FROM bsgen.pg x WHERE x.i = pid;
  SELECT * INTO p FROM bsgen.p x WHERE x.i = g.staff;
  SELECT * INTO m FROM bsgen.p x WHERE x.i = coalesce(p.mgr, 1);
  SELECT * INTO c FROM bsgen.cu x WHERE x.i = g.cust;
  SELECT * INTO b1 FROM bsgen.p x WHERE x.i = 1 + (g.staff * 5 + 11) % 140;
  SELECT * INTO b2 FROM bsgen.p x WHERE x.i = 1 + (g.staff * 11 + 3) % 140;
  latest := ver >= g.revs;
  IF g.kind = 'proc' THEN
    r := '## ' || g.name || E'\n\n' || 'Applies to: ' || fixture_gen.pick(ARRAY['all PV installs', 'SolarEdge systems', 'GivEnergy hybrid systems', 'Ecodan R32 units', 'new builds only'], 'mda', pid) || E'\n\n'
      || E'1. Read the RAMS for the job and check the scaffold tag before going on the roof.\n'
      || '2. ' || fixture_gen.pick(ARRAY['Isolate the AC supply at the consumer unit and lock off.', 'Check the rafter size and spacing against the structural calc.', 'Set the export limit in the installer menu to the DNO approval.',
          'Pressure test at 1.5 times the working pressure for 30 minutes.', 'Fit the optimisers to the rail before lifting the panels.', 'Photograph the earth bonding before closing the cover.'], 'mdb', pid) || E'\n'
      || '3. Torque the clamps to ' || (12 + fixture_gen.n('mdt', pid, 8)) || E' Nm and record the values on the job sheet.\n'
      || E'4. Photograph the finished work from each corner for the MCS pack.\n\n'
      || CASE WHEN ver > 1 THEN '> Changed in revision ' || ver || ': ' || fixture_gen.pick(ARRAY['torque values updated after the vendor bulletin.', 'added the photo step.', 'reworded step 2.'], 'mdc', pid * 10 + ver) ELSE '' END;
  ELSIF g.kind = 'policy' THEN
    r := '# ' || g.name || E'\n\n' || 'This policy applies to all employees and subcontractors of Solvang Energy.' || E'\n\n'
      || fixture_gen.pick(ARRAY['Claims must be submitted within 30 days with a receipt.', 'Field staff working alone must check in with the scheduler every two hours.', 'Ladders are for access only, never as a working platform.',
          'Photos of customers, their children or the inside of their homes must not be taken.', 'Holiday requests go through the HR system at least two weeks ahead.', 'Purchase orders above 2,000 GBP need a director''s approval.'], 'mdp', pid) || E'\n\n'
      || '- Owner: the ' || fixture_gen.pick(ARRAY['People team', 'Finance team', 'H&S committee', 'Operations director'], 'mdo', pid) || E'\n- Review: annually\n';
  ELSIF g.kind = 'onb' THEN
    r := '# ' || g.name || E'\n\n| Item | Detail |\n|---|---|\n'
      || '| Start date | ' || to_char(p.start_d, 'DD/MM/YYYY') || E' |\n'
      || '| Role | ' || p.job || ', ' || p.dept || E' |\n'
      || '| Line manager | ' || m.full_name || E' |\n'
      || '| Mobile | ' || CASE WHEN latest THEN p.mobile ELSE bsgen.mobile(p.c, 'pmobold' || ver, p.i) END || E' |\n'
      || '| Personal email | ' || p.pemail || E' |\n'
      || '| Laptop delivery | ' || p.home || ', ' || p.city || ' ' || p.postcode || E' |\n'
      || CASE WHEN p.dept = 'Field Operations' THEN '| Date of birth (van insurance) | ' || to_char(p.dob, 'DD/MM/YYYY') || E' |\n' ELSE '' END
      || '| Buddy | ' || b1.full_name || E' |\n\n'
      || E'## Checklist\n\n'
      || '- [x] Entra ID account ' || p.email || E' created\n'
      || '- [' || CASE WHEN ver > 1 THEN 'x' ELSE ' ' END || E'] Laptop and phone ordered\n'
      || '- [ ] ' || CASE WHEN p.dept = 'Field Operations' THEN 'Van, fuel card and PPE (boots size ' || (6 + fixture_gen.n('mdbs', p.i, 7)) || ')' ELSE 'Desk and building pass' END || E'\n\n'
      || CASE WHEN p.i % 4 = 0 THEN 'Note: ' || p.first || ' ' || fixture_gen.pick(ARRAY['has a hospital appointment on the second Friday, move the induction to Monday.', 'is on a visa sponsorship; right to work check done by ' || m.first || '.',
          'needs a ground-floor desk after knee surgery.', 'asked for the emergency contact to be their partner, ' || b2.first || ' ' || p.last || ', ' || bsgen.mobile(p.c, 'pemc', p.i) || '.'], 'mdn', p.i) ELSE '' END;
  ELSIF g.kind = 'leaver' THEN
    r := '# ' || g.name || E'\n\n'
      || 'Last working day: ' || to_char(p.end_d, 'DD/MM/YYYY') || E'\n\n'
      || 'Reason: ' || fixture_gen.pick(ARRAY['resigned, moving to Manchester', 'end of fixed-term contract', 'dismissed after a disciplinary (see HR file)', 'retirement', 'relocating abroad', 'long-term sickness, ill-health retirement agreed'], 'mdr', p.i) || E'\n\n'
      || E'## Checklist\n\n'
      || '- [x] Disable ' || p.email || E' in Entra ID\n'
      || '- [' || CASE WHEN latest THEN 'x' ELSE ' ' END || '] Van keys and fuel card returned to ' || m.full_name || E'\n'
      || '- [ ] P45 posted to ' || p.home || ', ' || p.city || ' ' || p.postcode || E'\n'
      || '- [ ] Forward final payslip to ' || p.pemail || E'\n';
  ELSIF g.kind = 'run' THEN
    r := '## ' || g.name || E'\n\n'
      || 'Admin URL: https://10.20.' || (1 + pid % 9) || '.1:' || fixture_gen.pick(ARRAY['8443', '443', '5001', '8080'], 'mdu', pid) || E'\n\n'
      || CASE WHEN pid % 2 = 0 THEN 'Username: `' || fixture_gen.pick(ARRAY['admin', 'svc-backup', 'breakglass@solvangenergy.onmicrosoft.com', 'root'], 'mdun', pid) || '` Password: `' || bsgen.rnd('mdpw' || CASE WHEN latest THEN '' ELSE ver::text END, pid, 16) || E'`\n\n'
           ELSE E'Credentials are in the IT vault (Bitwarden, collection Infrastructure).\n\n' END
      || E'1. Log in from the office network or the VPN.\n2. ' || fixture_gen.pick(ARRAY['Check the HA status on the dashboard.', 'Pick the snapshot to restore and restore to a new share.', 'Rotate the secret and update the connector.', 'Export the config before any change.'], 'mdr', pid) || E'\n\n'
      || 'Escalation: ' || CASE WHEN pid % 3 = 0 THEN 'the Pune on-call developer, see the rota' ELSE 'IT manager ' || (SELECT full_name || ' (' || mobile || ')' FROM bsgen.p x WHERE x.i = 1) END || E'\n';
  ELSIF g.kind = 'rota' THEN
    r := '# ' || g.name || E'\n\n| Week | Engineer | Mobile | Backup | Mobile |\n|---|---|---|---|---|\n';
    FOR w IN 1..6 LOOP
      SELECT * INTO b1 FROM bsgen.p x WHERE x.i = 1 + (pid * 13 + w * 29) % 140;
      SELECT * INTO b2 FROM bsgen.p x WHERE x.i = 1 + (pid * 17 + w * 31) % 140;
      r := r || '| ' || w || ' | ' || b1.full_name || ' | ' || CASE WHEN latest THEN b1.mobile ELSE bsgen.mobile(b1.c, 'rold' || ver, b1.i) END || ' | ' || b2.full_name || ' | ' || b2.mobile || E' |\n';
    END LOOP;
    r := r || E'\nEscalation after 30 minutes: operations manager ' || m.full_name || ', ' || m.mobile || E'.\n';
  ELSIF g.kind = 'site' THEN
    r := '# ' || g.name || E'\n\n'
      || '| Customer | ' || c.full_name || E' |\n|---|---|\n'
      || '| Phone | ' || c.phone || E' |\n'
      || '| Email | ' || c.email || E' |\n'
      || '| Address | ' || c.street || ', ' || c.city || ' ' || c.postcode || E' |\n'
      || '| System | ' || (3 + fixture_gen.n('mdkw', pid, 9)) || '.' || fixture_gen.n('mdkd', pid, 10) || ' kWp, ' || fixture_gen.pick(ARRAY['SolarEdge SE5K', 'GivEnergy Gen3 hybrid 5kW', 'Fronius Primo 4.0', 'SolarEdge SE3680H'], 'mdi', pid) || E' |\n\n'
      || 'Access: ' || fixture_gen.pick(ARRAY['key safe by the side gate, code ', 'garage key safe, code ', 'neighbour at no. 12 holds a key; key safe code '], 'mdac', pid) || c.keysafe || '. '
      || fixture_gen.pick(ARRAY['Dog in the garden, ring first.', 'Customer works nights, no visits before 11am.', 'Park on the street, the drive is shared.', 'Elderly customer, her son ' || b2.first || ' ' || c.last || ' deals with us on ' || bsgen.mobile('gb', 'cson', c.i) || '.'], 'mdx', pid) || E'\n\n'
      || 'Installed ' || to_char(g.created, 'DD/MM/YYYY') || ' by ' || b1.full_name || ' and ' || b2.full_name || E'.\n'
      || CASE WHEN ver > 1 THEN 'Revisit ' || ver || ': ' || fixture_gen.pick(ARRAY['replaced a failed optimiser.', 'customer reported low yield, cleaned panels.', 'added a battery.', 'bird mesh fitted.'], 'mdv', pid * 10 + ver) || E'\n' ELSE '' END;
  ELSE
    r := '# ' || replace(g.name, 'Template: ', '') || E'\n\n| Item | Detail |\n|---|---|\n| Name | |\n| Start date / install date | |\n| Phone | |\n| Address | |\n\n## Checklist\n\n- [ ] First step\n- [ ] Second step\n';
  END IF;
  RETURN r;
END $$;

-- ---------------------------------------------------------------------------
-- Shelves, books, chapters, pages and revisions.

CREATE TABLE bookshelves (
    id serial PRIMARY KEY, name varchar(180) NOT NULL, slug varchar(180) NOT NULL, description text NOT NULL, created_by integer, updated_by integer,
    image_id integer, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone,
    owned_by integer NOT NULL, description_html text NOT NULL DEFAULT '');
CREATE INDEX bookshelves_slug_index ON bookshelves (slug);
INSERT INTO bookshelves (id, name, slug, description, created_by, updated_by, image_id, created_at, updated_at, deleted_at, owned_by, description_html)
SELECT id, name, bsgen.slug(name), d, 1, 1, NULL, timestamp '2021-03-04 10:00:00' + id * interval '1 hour', timestamp '2023-12-20 09:00:00' + id * interval '1 hour', NULL, 1,
       '<p>' || d || '</p>'
FROM (VALUES (1, 'Field Operations', 'Everything an installer needs on site.'), (2, 'People & Office', 'HR, onboarding and finance.'),
             (3, 'IT & Systems', 'Runbooks, templates and the software team.'), (4, 'Customers', 'Customer installations by region.'),
             (5, 'Archive', 'Old procedures kept for reference.')) v(id, name, d);
UPDATE bookshelves SET deleted_at = timestamp '2023-09-12 15:02:00' WHERE id = 5;

CREATE TABLE books (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, slug varchar(255) NOT NULL, description text NOT NULL, created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone, created_by integer, updated_by integer, image_id integer, deleted_at timestamp(0) without time zone,
    owned_by integer NOT NULL, default_template_id integer, description_html text NOT NULL DEFAULT '');
CREATE INDEX books_slug_index ON books (slug);
INSERT INTO books (id, name, slug, description, created_at, updated_at, created_by, updated_by, image_id, deleted_at, owned_by, default_template_id, description_html)
SELECT b.id, b.name, bsgen.slug(b.name), b.descr, timestamp '2021-03-04 11:00:00' + b.id * interval '2 hours', timestamp '2024-01-10 09:00:00' + b.id * interval '5 hours',
       1, b.owner, NULL, NULL, b.owner, NULL, '<p>' || replace(b.descr, '&', '&amp;') || '</p>'
FROM bsgen.bk b;

CREATE TABLE bookshelves_books (
    bookshelf_id integer NOT NULL, book_id integer NOT NULL, "order" integer NOT NULL, PRIMARY KEY (bookshelf_id, book_id));
INSERT INTO bookshelves_books SELECT b.shelf, b.id, row_number() OVER (PARTITION BY b.shelf ORDER BY b.id) - 1 FROM bsgen.bk b;

CREATE TABLE chapters (
    id serial PRIMARY KEY, book_id integer NOT NULL, slug varchar(255) NOT NULL, name text NOT NULL, description text NOT NULL, priority integer NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer, updated_by integer,
    deleted_at timestamp(0) without time zone, owned_by integer NOT NULL, description_html text NOT NULL DEFAULT '');
CREATE INDEX chapters_slug_index ON chapters (slug);
CREATE INDEX chapters_book_id_index ON chapters (book_id);
INSERT INTO chapters (id, book_id, slug, name, description, priority, created_at, updated_at, created_by, updated_by, deleted_at, owned_by, description_html)
SELECT c.id, c.book, bsgen.slug(c.name), c.name, c.descr, 2 * (row_number() OVER (PARTITION BY c.book ORDER BY c.id))::int,
       timestamp '2021-03-05 09:00:00' + c.id * interval '7 hours', timestamp '2023-11-01 09:00:00' + c.id * interval '9 hours', b.owner, b.owner, NULL, b.owner,
       '<p>' || replace(c.descr, '&', '&amp;') || '</p>'
FROM bsgen.ch c JOIN bsgen.bk b ON b.id = c.book;

CREATE TABLE pages (
    id serial PRIMARY KEY, book_id integer NOT NULL, chapter_id integer NOT NULL DEFAULT 0, name varchar(255) NOT NULL, slug varchar(255) NOT NULL,
    html text NOT NULL, text text NOT NULL, priority integer NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    created_by integer, updated_by integer, draft boolean NOT NULL DEFAULT false, markdown text NOT NULL DEFAULT '', revision_count integer NOT NULL,
    template boolean NOT NULL DEFAULT false, deleted_at timestamp(0) without time zone, owned_by integer NOT NULL, editor varchar(50) NOT NULL DEFAULT '');
CREATE INDEX pages_slug_index ON pages (slug);
CREATE INDEX pages_book_id_index ON pages (book_id);
CREATE INDEX pages_chapter_id_index ON pages (chapter_id);
CREATE INDEX pages_draft_index ON pages (draft);
CREATE INDEX pages_template_index ON pages (template);
INSERT INTO pages (id, book_id, chapter_id, name, slug, html, text, priority, created_at, updated_at, created_by, updated_by, draft, markdown, revision_count, template, deleted_at, owned_by, editor)
SELECT g.i, g.book, coalesce(g.chapter, 0), g.name, g.slug, h.html, bsgen.plain(h.html),
       row_number() OVER (PARTITION BY g.book, g.chapter ORDER BY g.i)::int, g.created, g.updated, g.author,
       CASE WHEN g.revs > 1 THEN 3 + fixture_gen.n('pgub', g.i, 149) ELSE g.author END, false,
       CASE WHEN g.editor = 'markdown' THEN h.md ELSE '' END, g.revs, g.kind = 'tpl',
       CASE WHEN g.i % 37 = 5 THEN g.updated + interval '20 days' END, g.author, g.editor
FROM bsgen.pg g CROSS JOIN LATERAL (SELECT bsgen.md(g.i, g.revs) AS md, bsgen.html(bsgen.md(g.i, g.revs), 'pg' || g.i) AS html) h;
UPDATE pages SET deleted_at = NULL WHERE deleted_at > timestamp '2024-03-28 00:00:00';
UPDATE books b SET default_template_id = (SELECT min(p.id) FROM pages p WHERE p.template AND p.name = CASE b.id WHEN 5 THEN 'Template: new starter' WHEN 8 THEN 'Template: site page' WHEN 4 THEN 'Template: leaver checklist' END)
WHERE b.id IN (4, 5, 8);
-- Drafts: new starters of April 2024 typed but not yet saved.
INSERT INTO pages (id, book_id, chapter_id, name, slug, html, text, priority, created_at, updated_at, created_by, updated_by, draft, markdown, revision_count, template, deleted_at, owned_by, editor)
SELECT 300 + k, 5, 15, 'New Page', '', h.html, bsgen.plain(h.html), 99, timestamp '2024-03-25 09:00:00' + k * interval '5 hours', timestamp '2024-03-25 09:30:00' + k * interval '5 hours',
       (ARRAY[3, 18, 34])[1 + k % 3], (ARRAY[3, 18, 34])[1 + k % 3], true, '', 0, false, NULL, (ARRAY[3, 18, 34])[1 + k % 3], 'wysiwyg'
FROM generate_series(1, 5) k CROSS JOIN LATERAL (SELECT bsgen.html(bsgen.md((SELECT g.i FROM bsgen.pg g WHERE g.kind = 'onb' ORDER BY g.i DESC OFFSET k LIMIT 1), 1), 'dr' || k) AS html) h;

CREATE TABLE page_revisions (
    id serial PRIMARY KEY, page_id integer NOT NULL, name varchar(255) NOT NULL, html text NOT NULL, text text NOT NULL, created_by integer,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, slug varchar(255) NOT NULL, book_slug varchar(255) NOT NULL,
    type varchar(255) NOT NULL DEFAULT 'version', markdown text NOT NULL DEFAULT '', summary varchar(255), revision_number integer NOT NULL);
CREATE INDEX page_revisions_page_id_index ON page_revisions (page_id);
CREATE INDEX page_revisions_slug_index ON page_revisions (slug);
CREATE INDEX page_revisions_book_slug_index ON page_revisions (book_slug);
CREATE INDEX page_revisions_type_index ON page_revisions (type);
CREATE INDEX page_revisions_revision_number_index ON page_revisions (revision_number);
INSERT INTO page_revisions (page_id, name, html, text, created_by, created_at, updated_at, slug, book_slug, type, markdown, summary, revision_number)
SELECT g.i, g.name, h.html, bsgen.plain(h.html), CASE WHEN r = 1 THEN g.author ELSE 3 + fixture_gen.n('pgub', g.i * 10 + r, 149) END, t.t, t.t, g.slug, bsgen.slug(b.name), 'version',
       CASE WHEN g.editor = 'markdown' THEN h.md ELSE '' END,
       CASE WHEN r = 1 THEN CASE WHEN g.i % 3 = 0 THEN 'Initial publish' END
            WHEN g.kind IN ('onb', 'leaver') THEN fixture_gen.pick(ARRAY['Updated mobile for ' || p.first, 'Added ' || p.first || '''s personal email for payslips', 'Start date moved, agreed with ' || m.full_name, 'Buddy changed', 'Checklist ticked', 'Laptop delivered to ' || p.home], 'rvs', g.i * 10 + r)
            WHEN g.kind = 'site' THEN fixture_gen.pick(ARRAY['Revisit by ' || s.full_name, 'Customer changed phone number', 'Key safe code changed, per ' || c.first, 'Added battery details', NULL], 'rvs', g.i * 10 + r)
            WHEN g.kind = 'rota' THEN fixture_gen.pick(ARRAY['Swapped week 3 with ' || s.full_name, s.first || ' off sick, cover added', 'New mobile numbers', NULL], 'rvs', g.i * 10 + r)
            WHEN g.kind = 'run' THEN fixture_gen.pick(ARRAY['Rotated password', 'New admin URL after the firmware update', 'Clarified step 2', NULL], 'rvs', g.i * 10 + r)
            ELSE fixture_gen.pick(ARRAY['Updated torque values', 'Added photo step', 'Fixed typos', 'Reworded after the H&S review', NULL], 'rvs', g.i * 10 + r) END,
       r
FROM bsgen.pg g JOIN bsgen.bk b ON b.id = g.book JOIN bsgen.p p ON p.i = g.staff JOIN bsgen.p m ON m.i = coalesce(p.mgr, 1) JOIN bsgen.cu c ON c.i = g.cust
JOIN bsgen.p s ON s.i = 1 + (g.i * 19) % 140
CROSS JOIN generate_series(1, g.revs) r
CROSS JOIN LATERAL (SELECT CASE WHEN r = g.revs THEN g.updated ELSE g.created + (g.updated - g.created) * (r - 1) / g.revs END AS t) t
CROSS JOIN LATERAL (SELECT bsgen.md(g.i, r) AS md, bsgen.html(bsgen.md(g.i, r), 'pg' || g.i) AS html) h
ORDER BY t.t, g.i, r;
-- Unsaved drafts of existing pages (one per user and page).
INSERT INTO page_revisions (page_id, name, html, text, created_by, created_at, updated_at, slug, book_slug, type, markdown, summary, revision_number)
SELECT g.i, g.name, h.html, bsgen.plain(h.html), 3 + fixture_gen.n('udr', g.i, 149), g.updated + interval '3 days', g.updated + interval '3 days 20 minutes', g.slug, bsgen.slug(b.name), 'update_draft',
       CASE WHEN g.editor = 'markdown' THEN h.md ELSE '' END, NULL, 0
FROM bsgen.pg g JOIN bsgen.bk b ON b.id = g.book CROSS JOIN LATERAL (SELECT bsgen.md(g.i, g.revs + 1) AS md, bsgen.html(bsgen.md(g.i, g.revs + 1), 'pg' || g.i) AS html) h
WHERE g.i % 9 = 2 AND g.updated < timestamp '2024-03-20 00:00:00';

-- ---------------------------------------------------------------------------
-- Images, attachments, tags and comments.

CREATE TABLE images (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, url varchar(255) NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    created_by integer, updated_by integer, path varchar(400) NOT NULL, type varchar(255) NOT NULL, uploaded_to integer NOT NULL DEFAULT 0);
CREATE INDEX images_type_index ON images (type);
CREATE INDEX images_uploaded_to_index ON images (uploaded_to);
-- Gallery images of pages: headshots on onboarding pages, roof and meter
-- photos on site pages, screenshots on runbooks and procedures.
INSERT INTO images (name, url, created_at, updated_at, created_by, updated_by, path, type, uploaded_to)
SELECT x.name, 'https://wiki.solvang-energy.example/uploads/images/gallery/' || to_char(pg.created_at, 'YYYY-MM') || '/' || x.file,
       pg.created_at + interval '4 minutes', pg.created_at + interval '4 minutes', pg.created_by, pg.created_by,
       '/uploads/images/gallery/' || to_char(pg.created_at, 'YYYY-MM') || '/' || x.file, 'gallery', pg.id
FROM pages pg JOIN bsgen.pg g ON g.i = pg.id JOIN bsgen.p p ON p.i = g.staff JOIN bsgen.cu c ON c.i = g.cust
CROSS JOIN generate_series(1, 2) k
CROSS JOIN LATERAL (SELECT CASE g.kind
    WHEN 'onb' THEN CASE k WHEN 1 THEN bsgen.slug(p.full_name) || '-headshot.jpg' ELSE 'signed-offer-letter-' || bsgen.fold(p.last) || '.png' END
    WHEN 'leaver' THEN 'returned-kit-' || bsgen.fold(p.first) || '-' || bsgen.fold(p.last) || '.jpg'
    WHEN 'site' THEN CASE k WHEN 1 THEN 'roof-' || lower(c.ref) || '-' || bsgen.fold(c.last) || '.jpg' ELSE 'IMG_2023' || fixture_gen.digits('imgd', pg.id, 4) || '_' || fixture_gen.digits('imgt', pg.id, 6) || '.jpg' END
    WHEN 'run' THEN 'screenshot-' || to_char(pg.created_at, 'YYYY-MM-DD') || '-at-' || fixture_gen.digits('imgs', pg.id * 3 + k, 2) || '.' || fixture_gen.digits('imgs2', pg.id * 3 + k, 2) || '.png'
    ELSE fixture_gen.pick(ARRAY['image.png', 'torque-table.png', 'wiring-diagram.png', 'isolator-label.jpg', 'scaffold-tag.jpg', 'rail-spacing.png'], 'imgn', pg.id * 3 + k) END AS name) y
CROSS JOIN LATERAL (SELECT y.name, bsgen.rnd('imgf', pg.id * 3 + k, 3) || '-' || y.name AS file) x
WHERE NOT pg.draft AND (g.kind IN ('onb', 'site') OR (k = 1 AND pg.id % 3 <> 0)) AND NOT (g.kind = 'onb' AND k = 2 AND pg.id % 2 = 0)
ORDER BY pg.created_at, pg.id, k;
-- Profile pictures of users (the name is the file they uploaded).
INSERT INTO images (name, url, created_at, updated_at, created_by, updated_by, path, type, uploaded_to)
SELECT x.name, 'https://wiki.solvang-energy.example/uploads/images/user/' || to_char(u.created_at + interval '2 days', 'YYYY-MM') || '/' || x.name,
       u.created_at + interval '2 days', u.created_at + interval '2 days', u.id, u.id, '/uploads/images/user/' || to_char(u.created_at + interval '2 days', 'YYYY-MM') || '/' || x.name, 'user', u.id
FROM users u JOIN bsgen.u bu ON bu.uid = u.id JOIN bsgen.p p ON p.i = bu.i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY[bsgen.fold(p.first) || '.jpg', bsgen.fold(p.first) || '-' || bsgen.fold(p.last) || '.jpg', 'IMG_' || fixture_gen.digits('uimg', u.id, 4) || '.jpeg',
    'profile-' || bsgen.fold(p.last) || '.png', 'me.jpg', 'linkedin-photo.jpg'], 'uimgn', u.id) AS name) x
WHERE u.id % 3 <> 1
ORDER BY u.created_at, u.id;
UPDATE users u SET image_id = i.id FROM images i WHERE i.type = 'user' AND i.uploaded_to = u.id;
-- Book covers, diagrams and the logo.
INSERT INTO images (name, url, created_at, updated_at, created_by, updated_by, path, type, uploaded_to)
SELECT n, 'https://wiki.solvang-energy.example/uploads/images/' || t || '/2021-03/' || n, timestamp '2021-03-04 12:00:00' + k * interval '1 hour', timestamp '2021-03-04 12:00:00' + k * interval '1 hour',
       1, 1, '/uploads/images/' || t || '/2021-03/' || n, t, u
FROM (VALUES (1, 'cover_book', 'solar-roof.jpg', 1), (2, 'cover_book', 'heat-pump-unit.jpg', 2), (3, 'cover_book', 'hard-hat.jpg', 3), (4, 'cover_book', 'server-rack.jpg', 6),
             (5, 'cover_bookshelf', 'field-van.jpg', 1), (6, 'system', 'solvang-logo.png', 0), (7, 'system', 'favicon-180.png', 0),
             (8, 'drawio', 'drawing-1-1679405231.png', 12), (9, 'drawio', 'drawing-1-1684321102.png', 33), (10, 'drawio', 'drawing-3-1701113409.png', 12)) v(k, t, n, u);
UPDATE books b SET image_id = i.id FROM images i WHERE i.type = 'cover_book' AND i.uploaded_to = b.id;
UPDATE bookshelves s SET image_id = i.id FROM images i WHERE i.type = 'cover_bookshelf' AND i.uploaded_to = s.id;

CREATE TABLE attachments (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, path varchar(255) NOT NULL, extension varchar(20) NOT NULL, uploaded_to integer NOT NULL,
    external boolean NOT NULL, "order" integer NOT NULL, created_by integer NOT NULL, updated_by integer NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX attachments_uploaded_to_index ON attachments (uploaded_to);
INSERT INTO attachments (name, path, extension, uploaded_to, external, "order", created_by, updated_by, created_at, updated_at)
SELECT x.name, CASE WHEN x.ext = '' THEN x.link ELSE 'uploads/files/' || to_char(pg.created_at, 'YYYY-MM-Mon') || '/' || bsgen.rnd('atf', pg.id * 4 + k, 16) || '-' || bsgen.slug(x.name) || '.' || x.ext END,
       x.ext, pg.id, x.ext = '', k - 1, pg.created_by, pg.created_by, pg.created_at + make_interval(mins => 10 * k), pg.created_at + make_interval(mins => 10 * k)
FROM pages pg JOIN bsgen.pg g ON g.i = pg.id JOIN bsgen.p p ON p.i = g.staff JOIN bsgen.cu c ON c.i = g.cust
CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (SELECT a[k][1] AS name, a[k][2] AS ext, a[k][3] AS link FROM (SELECT CASE g.kind
    WHEN 'onb' THEN (ARRAY[ARRAY['Employment contract - ' || p.full_name, 'pdf', NULL], ARRAY['Right to work check - ' || p.full_name, 'pdf', NULL],
                           ARRAY['Personnel file (SharePoint)', '', 'https://solvangenergy.sharepoint.com/:f:/s/HR/Personnel/' || bsgen.rnd('atsp', pg.id, 22) || '?e=' || bsgen.rnd('ate', pg.id, 6)]])
    WHEN 'leaver' THEN (ARRAY[ARRAY['P45 - ' || p.full_name, 'pdf', NULL], ARRAY['Exit interview - ' || p.first || ' ' || p.last, 'docx', NULL], ARRAY['Final pay calculation', 'xlsx', NULL]])
    WHEN 'site' THEN (ARRAY[ARRAY['MCS certificate ' || c.ref, 'pdf', NULL], ARRAY['G99 application - ' || c.full_name, 'pdf', NULL],
                            ARRAY['Site photos', '', 'https://drive.google.com/drive/folders/1' || bsgen.rnd('atgd', pg.id, 32)]])
    WHEN 'run' THEN (ARRAY[ARRAY['config-backup', 'conf', NULL], ARRAY['Vendor support contract', 'pdf', NULL], ARRAY['Network diagram', 'vsdx', NULL]])
    ELSE (ARRAY[ARRAY[fixture_gen.pick(ARRAY['SolarEdge SE5K datasheet', 'Ecodan installation manual', 'RAMS template', 'Torque settings', 'GivEnergy quick start'], 'atn', pg.id), 'pdf', NULL],
                ARRAY['Manufacturer''s page', '', 'https://www.' || fixture_gen.pick(ARRAY['solaredge.com/uk/products', 'givenergy.co.uk/downloads', 'mitsubishi-les.com/ecodan'], 'atl', pg.id)],
                ARRAY['Checklist', 'docx', NULL]]) END AS a) q) x
WHERE NOT pg.draft AND (g.kind IN ('onb', 'leaver', 'site') OR (k = 1 AND pg.id % 4 = 0) OR (k = 2 AND pg.id % 5 = 0))
ORDER BY pg.created_at, pg.id, k;

CREATE TABLE tags (
    id serial PRIMARY KEY, entity_id integer NOT NULL, entity_type varchar(100) NOT NULL, name varchar(255) NOT NULL, value varchar(255) NOT NULL,
    "order" integer NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX tags_entity_id_entity_type_index ON tags (entity_id, entity_type);
CREATE INDEX tags_name_index ON tags (name);
CREATE INDEX tags_value_index ON tags (value);
CREATE INDEX tags_order_index ON tags ("order");
INSERT INTO tags (entity_id, entity_type, name, value, "order", created_at, updated_at)
SELECT pg.id, 'page', t.name, t.value, t.o, pg.created_at, pg.updated_at
FROM pages pg JOIN bsgen.pg g ON g.i = pg.id JOIN bsgen.p p ON p.i = g.staff JOIN bsgen.p o ON o.i = 1 + (g.i * 23) % 140
CROSS JOIN LATERAL (VALUES
    (0, 'Status', fixture_gen.pick(ARRAY['Approved', 'Draft', 'Needs review', 'Approved'], 'tgs', g.i)),
    (1, CASE WHEN g.kind IN ('onb', 'leaver') THEN 'Contact' ELSE 'Owner' END, CASE WHEN g.kind IN ('onb', 'leaver') THEN p.full_name WHEN g.i % 2 = 0 THEN o.full_name ELSE '' END),
    (2, CASE g.kind WHEN 'site' THEN 'Region' WHEN 'proc' THEN 'Product' WHEN 'onb' THEN 'Team' WHEN 'leaver' THEN 'Team' ELSE 'Review date' END,
        CASE g.kind WHEN 'site' THEN fixture_gen.pick(ARRAY['South West', 'Yorkshire', 'Wiltshire'], 'tgr', g.i) WHEN 'proc' THEN fixture_gen.pick(ARRAY['SolarEdge', 'GivEnergy', 'Ecodan', 'Fronius'], 'tgp', g.i)
             WHEN 'onb' THEN p.dept WHEN 'leaver' THEN p.dept ELSE to_char(pg.updated_at + interval '1 year', 'YYYY-MM') END),
    (3, 'Confidential', CASE WHEN g.kind IN ('onb', 'leaver', 'run') THEN 'yes' END)) t(o, name, value)
WHERE t.value IS NOT NULL AND NOT pg.draft AND g.kind <> 'tpl'
ORDER BY pg.id, t.o;
INSERT INTO tags (entity_id, entity_type, name, value, "order", created_at, updated_at)
SELECT b.id, 'book', 'Audience', CASE WHEN b.id IN (4, 5) THEN 'HR and managers' WHEN b.id IN (6, 12) THEN 'IT' ELSE 'Everyone' END, 0, b.created_at, b.created_at FROM books b
UNION ALL SELECT b.id, 'book', 'Book owner', p.full_name, 1, b.created_at, b.created_at FROM books b JOIN bsgen.u u ON u.uid = b.owned_by JOIN bsgen.p p ON p.i = u.i;

CREATE TABLE comments (
    id serial PRIMARY KEY, entity_id integer NOT NULL, entity_type varchar(255) NOT NULL, text text, html text, parent_id integer, local_id integer,
    created_by integer NOT NULL, updated_by integer, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX comments_entity_id_entity_type_index ON comments (entity_id, entity_type);
CREATE INDEX comments_local_id_index ON comments (local_id);
INSERT INTO comments (entity_id, entity_type, text, html, parent_id, local_id, created_by, updated_by, created_at, updated_at)
SELECT pg.id, 'page', x.t, '<p>' || replace(replace(x.t, '&', '&amp;'), E'\n', '</p><p>') || '</p>', CASE WHEN k > 1 AND k % 2 = 0 THEN k - 1 END, k,
       cb, cb, ts, ts + CASE WHEN k = 1 AND pg.id % 7 = 0 THEN interval '11 minutes' ELSE interval '0' END
FROM pages pg JOIN bsgen.pg g ON g.i = pg.id JOIN bsgen.p p ON p.i = g.staff JOIN bsgen.cu c ON c.i = g.cust JOIN bsgen.p s ON s.i = 1 + (g.i * 29) % 140
CROSS JOIN generate_series(1, 1 + fixture_gen.n('cmk', pg.id, 3)) k
CROSS JOIN LATERAL (SELECT 3 + fixture_gen.n('cmu', pg.id * 5 + k, 149) AS cb, pg.created_at + make_interval(hours => 5 + k * 31 + fixture_gen.n('cmt', pg.id * 5 + k, 200)) AS ts) y
CROSS JOIN LATERAL (SELECT CASE g.kind
    WHEN 'site' THEN fixture_gen.pick(ARRAY['Customer rang on ' || c.phone || ' to move the revisit to the week after.', c.first || ' says the key safe code changed, new one is ' || lpad(((c.keysafe::int + 1111) % 10000)::text, 4, '0') || '.',
        'Inverter showing error 3x9A again, ' || s.first || ' is going out on Thursday.', 'Monitoring shows zero yield since Monday.', 'Customer complained about the scaffold blocking the drive, ' || c.full_name || ' wants a call back from a manager.',
        'Done, optimiser replaced.'], 'cmx', pg.id * 5 + k)
    WHEN 'onb' THEN fixture_gen.pick(ARRAY['@' || s.first || ' ' || s.last || ' can you be ' || p.first || '''s buddy for the first two weeks?', p.first || '''s laptop is at reception.',
        'Van insurance needs the licence check code, ' || p.first || ' will send it.', p.first || ' is off sick on day 2, induction moved.', 'Welcome aboard!', 'Added the Teams groups.'], 'cmx', pg.id * 5 + k)
    WHEN 'leaver' THEN fixture_gen.pick(ARRAY['Fuel card still not returned, ' || s.first || ' chased ' || p.first || ' on ' || p.mobile || '.', 'P45 came back undelivered, new address is ' || fixture_gen.street('cmad', pg.id) || '.',
        'Exit interview done.', 'Laptop wiped and back in stock.'], 'cmx', pg.id * 5 + k)
    WHEN 'rota' THEN fixture_gen.pick(ARRAY['I can''t do week 4, my wife is due that week. Can ' || s.first || ' swap?', 'Swapped with ' || s.full_name || '.', 'Who covers the bank holiday?',
        'My new mobile is ' || bsgen.mobile(s.c, 'cmmob', pg.id * 5 + k) || ', please update.'], 'cmx', pg.id * 5 + k)
    WHEN 'run' THEN fixture_gen.pick(ARRAY['Password rotated, the new one is in the vault.', 'The admin URL changed after the firmware update.', 'Worked for me, restore took 40 minutes.', 'Can we move the creds off this page?'], 'cmx', pg.id * 5 + k)
    ELSE fixture_gen.pick(ARRAY['The torque value in step 3 is for the old clamps.', 'Thanks, this helped a lot.', 'Link to the vendor page is broken.', 'Should this mention the new bird mesh kit?',
        s.first || ' showed me a quicker way to do step 2, will add it.', 'Approved by the H&S committee.'], 'cmx', pg.id * 5 + k) END AS t) x
WHERE NOT pg.draft AND (pg.id % 3 <> 1 OR g.kind IN ('site', 'onb', 'leaver', 'rota'))
ORDER BY y.ts, pg.id, k;

-- ---------------------------------------------------------------------------
-- Activity, views, favourites, watches, references, deletions.

-- ip: the client address BookStack saw (office NAT addresses, home
-- broadband, mobile carriers, the Pune office).
CREATE FUNCTION bsgen.cip(uid int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN '81.149.' || (60 + uid % 4) || '.' || (10 + fixture_gen.n(tag || 'o', i, 3))
    WHEN 1 THEN '86.' || (128 + uid % 60) || '.' || (uid * 7 % 255) || '.' || (1 + uid * 13 % 250)
    WHEN 2 THEN '2a00:23c' || (4 + uid % 5) || ':' || substr(md5('h' || uid), 1, 4) || ':' || substr(md5('h' || uid), 5, 4) || ':' || substr(md5(tag || i), 1, 4) || ':' || substr(md5(tag || i), 5, 4) || '::' || substr(md5(tag || i), 9, 3)
    WHEN 3 THEN fixture_gen.ipv4(tag, i)
    ELSE '103.' || (56 + uid % 3) || '.' || (uid * 3 % 255) || '.' || (1 + fixture_gen.n(tag || 'p', i, 250)) END
$$;

CREATE TABLE activities (
    id serial PRIMARY KEY, type varchar(255) NOT NULL, detail text NOT NULL, user_id integer NOT NULL, ip varchar(45) NOT NULL,
    loggable_id integer, loggable_type varchar(255), created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX activities_user_id_index ON activities (user_id);
CREATE INDEX activities_loggable_id_index ON activities (loggable_id);
CREATE INDEX activities_type_index ON activities (type);
CREATE INDEX activities_created_at_index ON activities (created_at);
INSERT INTO activities (type, detail, user_id, ip, loggable_id, loggable_type, created_at, updated_at)
SELECT a.type, a.detail, a.uid, bsgen.cip(a.uid, 'acip', a.k), a.lid, a.ltype, a.t, a.t
FROM (
  SELECT 'page_create' AS type, pg.name AS detail, pg.created_by AS uid, pg.id AS lid, 'page' AS ltype, pg.created_at AS t, pg.id AS k FROM pages pg WHERE NOT pg.draft
  UNION ALL SELECT 'page_update', r.name, r.created_by, r.page_id, 'page', r.created_at, 1000 + r.id FROM page_revisions r WHERE r.revision_number > 1
  UNION ALL SELECT 'page_delete', pg.name, pg.owned_by, pg.id, 'page', pg.deleted_at, 3000 + pg.id FROM pages pg WHERE pg.deleted_at IS NOT NULL
  UNION ALL SELECT 'chapter_create', c.name, c.created_by, c.id, 'chapter', c.created_at, 3400 + c.id FROM chapters c
  UNION ALL SELECT 'book_update', b.name, b.updated_by, b.id, 'book', b.updated_at, 3500 + b.id FROM books b
  UNION ALL SELECT 'bookshelf_delete', s.name, 1, s.id, 'bookshelf', s.deleted_at, 3600 FROM bookshelves s WHERE s.deleted_at IS NOT NULL
  UNION ALL SELECT 'auth_login', CASE WHEN u.external_auth_id <> '' THEN 'saml2; ' ELSE 'standard; ' END || '(' || u.id || ') ' || u.name, u.id, NULL, NULL,
         bsgen.at('alog', u.id * 10 + k, u.created_at, coalesce(u.last_activity_at, u.created_at + interval '1 day')), 4000 + u.id * 10 + k
    FROM users u CROSS JOIN generate_series(1, 3) k WHERE u.id NOT IN (2, 152) AND u.last_activity_at IS NOT NULL
  UNION ALL SELECT 'user_create', '(' || u.id || ') ' || u.name, CASE WHEN u.external_auth_id <> '' THEN u.id ELSE 1 END, NULL, NULL, u.created_at, 6000 + u.id FROM users u WHERE u.id > 2
  UNION ALL SELECT 'user_update', '(' || u.id || ') ' || u.name, 1, NULL, NULL, u.updated_at, 6200 + u.id FROM users u WHERE u.id > 2 AND u.id % 4 = 0
  UNION ALL SELECT 'auth_password_reset_update', '(' || u.id || ') ' || u.name, u.id, NULL, NULL, pr.created_at + interval '6 minutes', 6400 + u.id
    FROM password_resets pr JOIN users u ON u.email = pr.email
  UNION ALL SELECT 'mfa_setup_method', m.method, m.user_id, NULL, NULL, m.created_at, 6600 + m.id FROM mfa_values m
  UNION ALL SELECT 'api_token_create', '(' || t.id || ') ' || t.name || '; User: (' || u.id || ') ' || u.name, 1, NULL, NULL, t.created_at, 6800 + t.id FROM api_tokens t JOIN users u ON u.id = t.user_id
  UNION ALL SELECT 'settings_update', s, 1, NULL, NULL, timestamp '2021-03-02 09:30:00' + k * interval '41 days', 6900 + k
    FROM unnest(ARRAY['customization', 'registration', 'features', 'customization', 'registration', 'customization']) WITH ORDINALITY x(s, k)
) a ORDER BY a.t, a.k;

CREATE TABLE views (
    id serial PRIMARY KEY, user_id integer NOT NULL, viewable_id integer NOT NULL, viewable_type varchar(255) NOT NULL, views integer NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX views_user_id_index ON views (user_id);
CREATE INDEX views_viewable_id_index ON views (viewable_id);
INSERT INTO views (user_id, viewable_id, viewable_type, views, created_at, updated_at)
SELECT u.id, v.id, v.t, 1 + fixture_gen.n('vwn', u.id * 1000 + v.id, 40), bsgen.at('vwc', u.id * 1000 + v.id, u.created_at, timestamp '2024-03-27 00:00:00'), bsgen.at('vwu', u.id * 1000 + v.id, timestamp '2024-01-01 00:00:00', timestamp '2024-03-28 17:00:00')
FROM users u CROSS JOIN (SELECT id, 'page' AS t FROM pages WHERE NOT draft UNION ALL SELECT id, 'book' FROM books UNION ALL SELECT id, 'chapter' FROM chapters) v
WHERE u.id NOT IN (2, 152) AND fixture_gen.n('vw', u.id * 1000 + v.id + length(v.t), 40) = 0
ORDER BY 6, 1, 2;

CREATE TABLE favourites (
    id serial PRIMARY KEY, user_id integer NOT NULL, favouritable_id integer NOT NULL, favouritable_type varchar(100) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX favourites_user_id_index ON favourites (user_id);
INSERT INTO favourites (user_id, favouritable_id, favouritable_type, created_at, updated_at)
SELECT v.user_id, v.viewable_id, v.viewable_type, v.updated_at, v.updated_at FROM views v WHERE v.views > 30 ORDER BY v.updated_at, v.id;

CREATE TABLE watches (
    id serial PRIMARY KEY, user_id integer NOT NULL, watchable_id integer NOT NULL, watchable_type varchar(100) NOT NULL, level integer NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX watches_watchable_index ON watches (watchable_id, watchable_type);
INSERT INTO watches (user_id, watchable_id, watchable_type, level, created_at, updated_at)
SELECT v.user_id, v.viewable_id, v.viewable_type, (ARRAY[-1, 1, 2, 3])[1 + fixture_gen.n('wtl', v.id, 4)], timestamp '2023-12-12 09:00:00' + v.id * interval '7 minutes', timestamp '2023-12-12 09:00:00' + v.id * interval '7 minutes'
FROM views v WHERE v.views BETWEEN 20 AND 26 ORDER BY v.id;

CREATE TABLE "references" (
    id serial PRIMARY KEY, from_id integer NOT NULL, from_type varchar(25) NOT NULL, to_id integer NOT NULL, to_type varchar(25) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX references_from_id_from_type_index ON "references" (from_id, from_type);
CREATE INDEX references_to_id_to_type_index ON "references" (to_id, to_type);
INSERT INTO "references" (from_id, from_type, to_id, to_type, created_at, updated_at)
SELECT pg.id, 'page', 1 + fixture_gen.n('rft', pg.id * 3 + k, 300), CASE WHEN k = 3 THEN 'book' ELSE 'page' END, pg.updated_at, pg.updated_at
FROM pages pg CROSS JOIN generate_series(1, 3) k WHERE NOT pg.draft AND fixture_gen.n('rf', pg.id * 3 + k, 3) = 0;
UPDATE "references" SET to_id = 1 + to_id % 12 WHERE to_type = 'book';

CREATE TABLE deletions (
    id serial PRIMARY KEY, deleted_by integer NOT NULL, deletable_type varchar(100) NOT NULL, deletable_id integer NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX deletions_deleted_by_index ON deletions (deleted_by);
CREATE INDEX deletions_deletable_type_index ON deletions (deletable_type);
CREATE INDEX deletions_deletable_id_index ON deletions (deletable_id);
INSERT INTO deletions (deleted_by, deletable_type, deletable_id, created_at, updated_at)
SELECT d.by, d.t, d.id, d.at, d.at FROM (
  SELECT owned_by AS by, 'page' AS t, id, deleted_at AS at FROM pages WHERE deleted_at IS NOT NULL
  UNION ALL SELECT 1, 'bookshelf', id, deleted_at FROM bookshelves WHERE deleted_at IS NOT NULL) d ORDER BY d.at;

-- ---------------------------------------------------------------------------
-- Webhooks, search index, settings.

CREATE TABLE webhooks (
    id serial PRIMARY KEY, name varchar(150) NOT NULL, active boolean NOT NULL, endpoint text NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, timeout integer NOT NULL DEFAULT 3,
    last_error text NOT NULL DEFAULT '', last_called_at timestamp(0) without time zone, last_errored_at timestamp(0) without time zone);
CREATE INDEX webhooks_name_index ON webhooks (name);
CREATE INDEX webhooks_active_index ON webhooks (active);
INSERT INTO webhooks (id, name, active, endpoint, created_at, updated_at, timeout, last_error, last_called_at, last_errored_at)
SELECT id, name, active, ep, c, c + interval '3 days', t, '', lc, NULL
FROM (VALUES
  (1, 'Slack #wiki-changes', true, 'https://hooks.slack.com/services/T0' || fixture_gen.chars('whs1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('whs2', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || bsgen.rnd('whs3', 1, 24), 3, timestamp '2021-06-01 10:00:00', timestamp '2024-03-28 11:58:00'),
  (2, 'Teams - HR channel (new starters)', true, 'https://solvangenergy.webhook.office.com/webhookb2/' || fixture_gen.uuid('wht1', 2) || '@' || fixture_gen.uuid('wht2', 2) || '/IncomingWebhook/' || fixture_gen.hexn('wht3', 2, 32) || '/' || fixture_gen.uuid('wht4', 2), 5, timestamp '2022-02-14 09:00:00', timestamp '2024-03-20 10:12:00'),
  (3, 'Zapier - create HR tasks', true, 'https://hooks.zapier.com/hooks/catch/' || (10000000 + fixture_gen.n('whz', 3, 9000000)) || '/' || lower(bsgen.rnd('whz2', 3, 7)) || '/', 3, timestamp '2022-06-14 11:30:00', timestamp '2024-03-27 16:40:00'),
  (4, 'n8n audit feed', false, 'https://automation.solvang-energy.example/webhook/' || fixture_gen.uuid('whn', 4) || '?token=' || bsgen.rnd('whn2', 4, 32), 10, timestamp '2023-05-02 15:20:00', timestamp '2023-11-30 08:00:00'),
  (5, 'Portal cache purge', true, 'https://portal-api.solvang-energy.example/internal/wiki-hook', 3, timestamp '2023-10-09 12:00:00', timestamp '2024-03-28 09:15:00')) v(id, name, active, ep, t, c, lc);
UPDATE webhooks SET last_error = 'cURL error 28: Operation timed out after 3001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for ' || endpoint, last_errored_at = timestamp '2024-02-21 07:44:10' WHERE id = 3;
UPDATE webhooks SET last_error = 'cURL error 6: Could not resolve host: automation.solvang-energy.example (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for ' || endpoint, last_errored_at = timestamp '2023-11-30 08:00:01' WHERE id = 4;
UPDATE webhooks SET last_error = 'Response status from endpoint was 401', last_errored_at = timestamp '2024-01-15 13:02:44' WHERE id = 5;

CREATE TABLE webhook_tracked_events (
    id serial PRIMARY KEY, webhook_id integer NOT NULL, event varchar(50) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX webhook_tracked_events_event_index ON webhook_tracked_events (event);
CREATE INDEX webhook_tracked_events_webhook_id_index ON webhook_tracked_events (webhook_id);
INSERT INTO webhook_tracked_events (webhook_id, event, created_at, updated_at)
SELECT w.id, e, w.created_at, w.created_at FROM webhooks w CROSS JOIN LATERAL unnest(CASE w.id WHEN 1 THEN ARRAY['page_create', 'page_update', 'page_delete', 'chapter_create', 'book_create']
    WHEN 2 THEN ARRAY['page_create'] WHEN 3 THEN ARRAY['page_create', 'user_create'] WHEN 4 THEN ARRAY['all'] ELSE ARRAY['page_update', 'page_delete', 'page_move', 'page_restore'] END) e ORDER BY w.id;

-- The search index: BookStack splits names and plain text into terms and
-- scores each term per entity.
CREATE TABLE search_terms (
    id serial PRIMARY KEY, term varchar(180) NOT NULL, entity_type varchar(100) NOT NULL, entity_id integer NOT NULL, score integer NOT NULL);
CREATE INDEX search_terms_term_index ON search_terms (term);
CREATE INDEX search_terms_entity_type_index ON search_terms (entity_type);
CREATE INDEX search_terms_entity_type_entity_id_index ON search_terms (entity_type, entity_id);
CREATE INDEX search_terms_score_index ON search_terms (score);
INSERT INTO search_terms (term, entity_type, entity_id, score)
SELECT term, 'page', id, sum(sc)::int FROM (
  SELECT pg.id, w AS term, CASE WHEN src = 'n' THEN 40 ELSE 1 END AS sc
  FROM pages pg CROSS JOIN LATERAL (SELECT 'n' AS src, w FROM regexp_split_to_table(pg.name, '[ \n\t.,!?:;()\[\]{}<>`''"|/-]+') w
                                   UNION ALL SELECT 't', w FROM regexp_split_to_table(pg.text, '[ \n\t.,!?:;()\[\]{}<>`''"|/-]+') w) x
  WHERE NOT pg.draft AND pg.id % 2 = 0 AND length(w) > 1) y
GROUP BY id, term ORDER BY id, term;
INSERT INTO search_terms (term, entity_type, entity_id, score)
SELECT w, t, id, CASE WHEN src = 'n' THEN 40 ELSE 1 END FROM (
  SELECT 'book' AS t, id, 'n' AS src, name AS s FROM books UNION ALL SELECT 'book', id, 'd', description FROM books
  UNION ALL SELECT 'chapter', id, 'n', name FROM chapters UNION ALL SELECT 'bookshelf', id, 'n', name FROM bookshelves) e
CROSS JOIN LATERAL regexp_split_to_table(e.s, '[ \n\t.,!?:;()\[\]{}<>`''"|/-]+') w WHERE length(w) > 1;

CREATE TABLE settings (
    setting_key varchar(255) PRIMARY KEY, value text NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    type varchar(50) NOT NULL DEFAULT 'string');
INSERT INTO settings (setting_key, value, created_at, updated_at, type)
SELECT k, v, timestamp '2021-03-02 09:30:00', timestamp '2021-03-02 09:30:00' + fixture_gen.n('stu', length(k), 900) * interval '1 day', t FROM (VALUES
  ('app-name', 'Solvang Wiki', 'string'), ('app-name-header', 'true', 'string'), ('app-logo', 'uploads/images/system/2021-03/solvang-logo.png', 'string'),
  ('app-icon', 'uploads/images/system/2021-03/favicon-180.png', 'string'), ('app-color', '#1f6f4a', 'string'), ('app-color-light', 'rgba(31,111,74,0.15)', 'string'),
  ('link-color', '#17603e', 'string'), ('bookshelf-color', '#a94747', 'string'), ('book-color', '#077b70', 'string'), ('chapter-color', '#af4d0d', 'string'),
  ('page-color', '#206ea7', 'string'), ('page-draft-color', '#7e50b1', 'string'), ('app-editor', 'wysiwyg', 'string'), ('app-public', 'false', 'string'),
  ('app-secure-images', 'false', 'string'), ('app-disable-comments', 'false', 'string'), ('app-homepage-type', 'bookshelves', 'string'),
  ('app-custom-head', '<script defer data-domain="wiki.solvang-energy.example" src="https://plausible.io/js/script.js"></script>' || E'\n' || '<style>.tri-layout-left-contents .tag-item { font-size: 0.8em; } .entity-list-item .text-page { color: #206ea7; }</style>', 'string'),
  ('app-footer-links', '[{"label":"IT helpdesk","url":"mailto:it-help@solvang-energy.example"},{"label":"Data protection officer: Harriet Walsh","url":"mailto:harriet.walsh@solvang-energy.example"},{"label":"Privacy notice","url":"https://www.solvang-energy.example/privacy"}]', 'array'),
  ('registration-enabled', 'false', 'string'), ('registration-role', '4', 'string'), ('registration-restrict', 'solvang-energy.example,solvang-energy.example.de', 'string'),
  ('registration-confirmation', 'true', 'string'), ('instance-id', fixture_gen.uuid('inst', 1), 'string'), ('app-default-dark-mode', 'false', 'string'),
  ('app-privacy-link', 'https://www.solvang-energy.example/privacy', 'string'), ('app-terms-link', '', 'string')) s(k, v, t);
INSERT INTO settings (setting_key, value, created_at, updated_at, type)
SELECT 'user:' || u.id || ':' || k, v, bsgen.at('usc', u.id * 10 + o, u.created_at, timestamp '2024-03-20 00:00:00'), bsgen.at('usc', u.id * 10 + o, u.created_at, timestamp '2024-03-20 00:00:00'), 'string'
FROM users u CROSS JOIN LATERAL (VALUES
  (1, 'language', CASE WHEN u.email LIKE '%.de' THEN 'de_informal' ELSE 'en' END), (2, 'dark-mode-enabled', CASE WHEN u.id % 3 = 0 THEN 'true' ELSE 'false' END),
  (3, 'bookshelves_view_type', fixture_gen.pick(ARRAY['grid', 'list'], 'usv', u.id)), (4, 'books_view_type', fixture_gen.pick(ARRAY['grid', 'list'], 'usb', u.id)),
  (5, 'notifications#comment-mentions', 'true'), (6, 'notifications#own-page-changes', CASE WHEN u.id % 2 = 0 THEN 'true' ELSE 'false' END),
  (7, 'ui-shortcuts', '{"shelves_view":"1","books_view":"2","settings":"9"}'), (8, 'code-language-favourites', 'bash,yaml,json,sql')) x(o, k, v)
WHERE u.id NOT IN (2, 152) AND (x.o <= 3 OR fixture_gen.n('uso', u.id * 10 + x.o, 3) = 0);

-- ---------------------------------------------------------------------------
-- Roles and permissions.

CREATE TABLE roles (
    id serial PRIMARY KEY, display_name varchar(255), description varchar(255), created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    system_name varchar(255) NOT NULL DEFAULT '', external_auth_id varchar(180) NOT NULL DEFAULT '', mfa_enforced boolean NOT NULL DEFAULT false);
CREATE INDEX roles_system_name_index ON roles (system_name);
INSERT INTO roles (id, display_name, description, created_at, updated_at, system_name, external_auth_id, mfa_enforced) VALUES
  (1, 'Admin', 'Administrator of the whole application', timestamp '2021-03-02 09:10:03', timestamp '2021-03-02 09:10:03', 'admin', 'wiki-admins', true),
  (2, 'Editor', 'User can edit Books, Chapters & Pages', timestamp '2021-03-02 09:10:03', timestamp '2022-05-04 10:00:00', '', 'wiki-editors', false),
  (3, 'Viewer', 'User can view books & their content behind authentication', timestamp '2021-03-02 09:10:03', timestamp '2021-03-02 09:10:03', '', '', false),
  (4, 'Public', 'The role given to public visitors if allowed', timestamp '2021-03-02 09:10:03', timestamp '2021-03-02 09:10:03', 'public', '', false),
  (5, 'HR', 'People team: edits People & HR and Onboarding', timestamp '2021-03-10 14:00:00', timestamp '2023-02-01 09:30:00', '', 'sg-hr-team', true),
  (6, 'Field Engineers', 'Installers and surveyors, read-only outside Customer Sites', timestamp '2021-03-10 14:05:00', timestamp '2023-06-12 11:00:00', '', 'sg-field-ops', false),
  (7, 'IT', 'IT team and the Pune developers', timestamp '2021-03-10 14:10:00', timestamp '2023-10-05 08:00:00', '', 'sg-it;sg-dev-pune', true),
  (8, 'Subcontractors', 'Scaffolding and roofing partners', timestamp '2022-04-01 10:00:00', timestamp '2022-04-01 10:00:00', '', '', false);
UPDATE settings SET value = '6' WHERE setting_key = 'registration-role';

CREATE TABLE role_user (user_id integer NOT NULL, role_id integer NOT NULL, PRIMARY KEY (user_id, role_id));
INSERT INTO role_user
SELECT u.id, CASE WHEN u.id = 1 THEN 1 WHEN u.id = 2 THEN 4 WHEN u.id = 152 THEN 2 WHEN p.i > 140 THEN 8 WHEN p.dept = 'People' THEN 5 WHEN p.dept IN ('IT', 'Software') THEN 7
    WHEN p.dept = 'Field Operations' THEN 6 WHEN p.i % 5 = 0 THEN 2 ELSE 3 END
FROM users u LEFT JOIN bsgen.u bu ON bu.uid = u.id LEFT JOIN bsgen.p p ON p.i = bu.i
UNION SELECT u.id, 2 FROM users u WHERE u.id IN (3, 18, 34, 58, 93)
ORDER BY 1, 2;

CREATE TABLE role_permissions (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
CREATE INDEX role_permissions_name_index ON role_permissions (name);
INSERT INTO role_permissions (name, created_at, updated_at)
SELECT n, timestamp '2021-03-02 09:10:03', timestamp '2021-03-02 09:10:03' FROM unnest(ARRAY['settings-manage', 'users-manage', 'user-roles-manage', 'restrictions-manage-all', 'restrictions-manage-own',
  'book-create-all', 'book-create-own', 'book-update-all', 'book-update-own', 'book-delete-all', 'book-delete-own', 'page-create-all', 'page-create-own', 'page-update-all', 'page-update-own',
  'page-delete-all', 'page-delete-own', 'chapter-create-all', 'chapter-create-own', 'chapter-update-all', 'chapter-update-own', 'chapter-delete-all', 'chapter-delete-own',
  'image-create-all', 'image-create-own', 'image-update-all', 'image-update-own', 'image-delete-all', 'image-delete-own', 'book-view-all', 'book-view-own', 'page-view-all', 'page-view-own',
  'chapter-view-all', 'chapter-view-own', 'attachment-create-all', 'attachment-create-own', 'attachment-update-all', 'attachment-update-own', 'attachment-delete-all', 'attachment-delete-own',
  'comment-create-all', 'comment-create-own', 'comment-update-all', 'comment-update-own', 'comment-delete-all', 'comment-delete-own', 'bookshelf-view-all', 'bookshelf-view-own',
  'bookshelf-create-all', 'bookshelf-create-own', 'bookshelf-update-all', 'bookshelf-update-own', 'bookshelf-delete-all', 'bookshelf-delete-own', 'templates-manage', 'access-api',
  'content-export', 'editor-change', 'receive-notifications']) WITH ORDINALITY x(n, k) ORDER BY k;

CREATE TABLE permission_role (permission_id integer NOT NULL, role_id integer NOT NULL, PRIMARY KEY (permission_id, role_id));
INSERT INTO permission_role
SELECT p.id, r.id FROM role_permissions p CROSS JOIN roles r
WHERE r.id = 1 OR (r.id IN (2, 5, 7) AND p.name !~ '^(settings|users|user-roles)-manage' AND (r.id = 7 OR p.name <> 'access-api'))
   OR (r.id IN (3, 6, 8) AND (p.name ~ '-view-' OR p.name IN ('comment-create-all', 'comment-update-own', 'receive-notifications')))
   OR (r.id = 6 AND p.name ~ '^(page|image|attachment)-(create|update)-')
ORDER BY 1, 2;

CREATE TABLE joint_permissions (
    role_id integer NOT NULL, entity_type varchar(255) NOT NULL, entity_id integer NOT NULL, status smallint NOT NULL, owner_id integer,
    PRIMARY KEY (role_id, entity_type, entity_id));
CREATE INDEX joint_permissions_entity_id_entity_type_index ON joint_permissions (entity_id, entity_type);
CREATE INDEX joint_permissions_role_id_index ON joint_permissions (role_id);
CREATE INDEX joint_permissions_status_index ON joint_permissions (status);
CREATE INDEX joint_permissions_owner_id_index ON joint_permissions (owner_id);
INSERT INTO joint_permissions (role_id, entity_type, entity_id, status, owner_id)
SELECT r.id, e.t, e.id, CASE WHEN r.id = 1 THEN 3 WHEN e.book IN (4, 5) AND r.id <> 5 THEN 0 WHEN e.book IN (6, 12) AND r.id NOT IN (7, 2) THEN 0 WHEN r.id = 4 THEN 0 ELSE 3 END, e.owner
FROM roles r CROSS JOIN (SELECT 'page' AS t, id, book_id AS book, owned_by AS owner FROM pages WHERE deleted_at IS NULL AND NOT draft
                         UNION ALL SELECT 'chapter', id, book_id, owned_by FROM chapters UNION ALL SELECT 'book', id, id, owned_by FROM books) e
ORDER BY 1, 2, 3;

CREATE TABLE entity_permissions (
    id serial PRIMARY KEY, entity_id integer NOT NULL, entity_type varchar(255) NOT NULL, role_id integer NOT NULL,
    view boolean NOT NULL DEFAULT false, "create" boolean NOT NULL DEFAULT false, update boolean NOT NULL DEFAULT false, delete boolean NOT NULL DEFAULT false);
CREATE INDEX entity_permissions_entity_id_entity_type_index ON entity_permissions (entity_id, entity_type);
CREATE INDEX entity_permissions_role_id_index ON entity_permissions (role_id);
INSERT INTO entity_permissions (entity_id, entity_type, role_id, view, "create", update, delete) VALUES
  (4, 'book', 0, false, false, false, false), (4, 'book', 5, true, true, true, true), (4, 'book', 2, true, false, false, false),
  (5, 'book', 0, false, false, false, false), (5, 'book', 5, true, true, true, true), (5, 'book', 2, true, false, false, false),
  (6, 'book', 0, false, false, false, false), (6, 'book', 7, true, true, true, true),
  (12, 'book', 0, false, false, false, false), (12, 'book', 7, true, true, true, true),
  (8, 'book', 6, true, true, true, false), (8, 'book', 8, false, false, false, false),
  (12, 'chapter', 8, false, false, false, false), (21, 'chapter', 6, true, false, true, false);

-- ---------------------------------------------------------------------------
-- Laravel's session store, queue, failed jobs, cache and migrations.

-- ps: a PHP-serialized string.
CREATE FUNCTION bsgen.ps(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(s) || ':"' || s || '";' $$;

CREATE TABLE sessions (
    id varchar(255) PRIMARY KEY, user_id integer, ip_address varchar(45), user_agent text, payload text NOT NULL, last_activity integer NOT NULL);
CREATE INDEX sessions_user_id_index ON sessions (user_id);
CREATE INDEX sessions_last_activity_index ON sessions (last_activity);
INSERT INTO sessions (id, user_id, ip_address, user_agent, payload, last_activity)
SELECT bsgen.rnd('sid', k, 40), u.id, bsgen.cip(coalesce(u.id, 0), 'sip', k),
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0',
         'Mozilla/5.0 (iPad; CPU OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Linux; Android 14; SM-T636B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Safari/537.36',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15',
         'Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'], 'sua', k),
       translate(encode(convert_to(
         'a:' || CASE WHEN u.id IS NULL THEN 3 WHEN u.external_auth_id <> '' THEN 6 ELSE 4 END || ':{' || bsgen.ps('_token') || bsgen.ps(bsgen.rnd('scsrf', k, 40))
         || bsgen.ps('_previous') || 'a:1:{' || bsgen.ps('url') || bsgen.ps('https://wiki.solvang-energy.example/books/' || b.slug || '/page/' || pg.slug) || '}'
         || bsgen.ps('_flash') || 'a:2:{' || bsgen.ps('old') || 'a:0:{}' || bsgen.ps('new') || 'a:0:{}}'
         || CASE WHEN u.id IS NOT NULL THEN bsgen.ps('login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d') || 'i:' || u.id || ';' ELSE '' END
         || CASE WHEN u.external_auth_id <> '' THEN bsgen.ps('saml2_logout_id') || bsgen.ps('_' || fixture_gen.hexn('ssl', k, 40)) || bsgen.ps('saml2_nameid') || bsgen.ps(u.email) ELSE '' END
         || '}', 'UTF8'), 'base64'), E'\n', ''),
       extract(epoch FROM bsgen.at('sla', k, timestamp '2024-03-26 06:00:00', timestamp '2024-03-28 17:00:00'))::int
FROM generate_series(1, 90) k
LEFT JOIN users u ON u.id = CASE WHEN k % 10 = 0 THEN NULL ELSE 1 + fixture_gen.n('su', k, 151) END AND u.id NOT IN (2, 152)
JOIN pages pg ON pg.id = 1 + fixture_gen.n('spg', k, 300) JOIN books b ON b.id = pg.book_id;

CREATE TABLE jobs (
    id bigserial PRIMARY KEY, queue varchar(255) NOT NULL, payload text NOT NULL, attempts smallint NOT NULL, reserved_at integer, available_at integer NOT NULL, created_at integer NOT NULL);
CREATE INDEX jobs_queue_index ON jobs (queue);

-- job: the JSON Laravel queues for a queued notification (carrying its
-- token) or a webhook dispatch (carrying the webhook's data).
CREATE FUNCTION bsgen.job(k int, kind text, uid int, uname text, uslug text, tok text, page text, hook int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"uuid":"' || fixture_gen.uuid('jobu', k) || '","displayName":"' || CASE kind WHEN 'hook' THEN 'BookStack\\Activity\\DispatchWebhookJob' ELSE 'BookStack\\Access\\Notifications\\' || kind END
    || '","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"retryUntil":null,"data":{"commandName":"'
    || CASE kind WHEN 'hook' THEN 'BookStack\\Activity\\DispatchWebhookJob' ELSE 'Illuminate\\Notifications\\SendQueuedNotifications' END || '","command":'
    || replace(to_json(CASE kind WHEN 'hook' THEN
         'O:38:"BookStack\Activity\DispatchWebhookJob":5:{s:10:"' || '#NUL#*#NUL#' || 'webhook";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:32:"BookStack\Activity\Models\Webhook";s:2:"id";i:' || hook || ';s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}'
         || 's:8:"' || '#NUL#*#NUL#' || 'event";s:11:"page_update";s:14:"' || '#NUL#*#NUL#' || 'webhookData";a:6:{s:5:"event";s:11:"page_update";s:4:"text";' || bsgen.ps(uname || ' updated page "' || page || '"')
         || 's:12:"triggered_by";a:3:{s:2:"id";i:' || uid || ';s:4:"name";' || bsgen.ps(uname) || 's:4:"slug";' || bsgen.ps(uslug) || '}'
         || 's:24:"triggered_by_profile_url";' || bsgen.ps('https://wiki.solvang-energy.example/user/' || uslug) || 's:10:"webhook_id";i:' || hook || ';s:12:"related_item";a:1:{s:4:"name";' || bsgen.ps(page) || '}}}'
       ELSE
         'O:48:"Illuminate\Notifications\SendQueuedNotifications":3:{s:11:"notifiables";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:26:"BookStack\Users\Models\User";s:2:"id";a:1:{i:0;i:' || uid || ';}s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}'
         || 's:12:"notification";O:' || length('BookStack\Access\Notifications\' || kind) || ':"BookStack\Access\Notifications\' || kind || '":2:{s:5:"token";' || bsgen.ps(tok) || 's:2:"id";' || bsgen.ps(fixture_gen.uuid('jobn', k)) || '}'
         || 's:8:"channels";a:1:{i:0;s:4:"mail";}}' END)::text, '#NUL#', '\u0000')
    || '}}'
$$;

INSERT INTO jobs (queue, payload, attempts, reserved_at, available_at, created_at)
SELECT 'default', bsgen.job(k, j.kind, u.id, u.name, u.slug, j.tok, pg.name, 1 + k % 3), CASE WHEN k = 1 THEN 1 ELSE 0 END, CASE WHEN k = 1 THEN 1711645200 END, 1711645100 + k * 7, 1711645100 + k * 7
FROM generate_series(1, 14) k JOIN users u ON u.id = 3 + fixture_gen.n('jbu', k, 149) JOIN pages pg ON pg.id = 1 + fixture_gen.n('jbp', k, 300)
CROSS JOIN LATERAL (SELECT CASE k % 4 WHEN 0 THEN 'UserInviteNotification' WHEN 1 THEN 'hook' WHEN 2 THEN 'ResetPasswordNotification' ELSE 'hook' END AS kind, bsgen.rnd('jbt', k, 60) AS tok) j
ORDER BY k;

CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY, uuid varchar(255) NOT NULL UNIQUE, connection text NOT NULL, queue text NOT NULL, payload text NOT NULL, exception text NOT NULL,
    failed_at timestamp(0) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT fixture_gen.uuid('jobu', 100 + k), 'database', 'default', bsgen.job(100 + k, j.kind, u.id, u.name, u.slug, j.tok, pg.name, 3),
       CASE WHEN j.kind = 'hook' THEN 'GuzzleHttp\Exception\ConnectException: cURL error 28: Operation timed out after 3001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for '
            || (SELECT endpoint FROM webhooks WHERE id = 3) || ' in /var/www/bookstack/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210' || E'\n'
            || 'Stack trace:' || E'\n' || '#0 /var/www/bookstack/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\Handler\CurlFactory::createRejection()' || E'\n'
            || '#1 /var/www/bookstack/app/Activity/DispatchWebhookJob.php(62): GuzzleHttp\Client->send()' || E'\n' || '#2 {main}'
            ELSE 'Symfony\Component\Mailer\Exception\UnexpectedResponseException: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <' || coalesce(p.pemail, u.email) || '>: Recipient address rejected: User unknown in virtual mailbox table". in /var/www/bookstack/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:331' || E'\n'
            || 'Stack trace:' || E'\n' || '#0 /var/www/bookstack/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(187): Symfony\Component\Mailer\Transport\Smtp\SmtpTransport->assertResponseCode()' || E'\n'
            || '#1 /var/www/bookstack/vendor/laravel/framework/src/Illuminate/Notifications/Channels/MailChannel.php(66): Illuminate\Mail\Mailer->send()' || E'\n' || '#2 {main}' END,
       timestamp '2023-02-01 08:00:00' + k * interval '13 days 3 hours'
FROM generate_series(1, 30) k JOIN users u ON u.id = 3 + fixture_gen.n('fju', k, 149) JOIN pages pg ON pg.id = 1 + fixture_gen.n('fjp', k, 300)
LEFT JOIN bsgen.u bu ON bu.uid = u.id LEFT JOIN bsgen.p p ON p.i = bu.i AND k % 2 = 0
CROSS JOIN LATERAL (SELECT CASE k % 3 WHEN 0 THEN 'hook' WHEN 1 THEN 'UserInviteNotification' ELSE 'ConfirmEmailNotification' END AS kind, bsgen.rnd('fjt', k, 60) AS tok) j
ORDER BY k;

CREATE TABLE cache (key varchar(255) PRIMARY KEY, value text NOT NULL, expiration integer NOT NULL);
INSERT INTO cache (key, value, expiration)
SELECT 'bookstack_cache_setting-' || s.setting_key, bsgen.ps(s.value), 1711650000 + length(s.setting_key) * 60
FROM settings s WHERE s.setting_key NOT LIKE 'user:%' OR s.setting_key LIKE 'user:%:language';
INSERT INTO cache (key, value, expiration)
SELECT 'bookstack_cache_' || lower(x.typed) || '|' || bsgen.cip(u.id, 'thip', k) || t.sfx, CASE WHEN t.sfx = ':timer' THEN 'i:' || (1711640000 + k * 97) || ';' ELSE 'i:' || (1 + k % 5) || ';' END, 1711640000 + k * 97 + 60
FROM generate_series(1, 24) k JOIN users u ON u.id = 3 + fixture_gen.n('thu', k, 149) LEFT JOIN bsgen.u bu ON bu.uid = u.id LEFT JOIN bsgen.p p ON p.i = bu.i
CROSS JOIN LATERAL (SELECT CASE WHEN k % 4 = 0 THEN p.pemail WHEN k % 7 = 3 THEN split_part(u.email, '@', 1) ELSE u.email END AS typed) x
CROSS JOIN (VALUES (''), (':timer')) t(sfx);

CREATE TABLE migrations (id serial PRIMARY KEY, migration varchar(255) NOT NULL, batch integer NOT NULL);
INSERT INTO migrations (migration, batch)
SELECT m, CASE WHEN k <= 12 THEN 1 ELSE 1 + (k - 12) / 3 END FROM unnest(ARRAY[
  '2014_10_12_000000_create_users_table', '2014_10_12_100000_create_password_resets_table', '2015_07_12_114933_create_books_table', '2015_07_12_190027_create_pages_table',
  '2015_07_13_172121_create_images_table', '2015_07_27_172342_create_chapters_table', '2015_08_08_200447_add_users_to_entities', '2015_08_09_093534_create_page_revisions_table',
  '2015_08_16_142133_create_activities_table', '2015_08_29_105422_add_roles_and_permissions', '2015_08_30_125859_create_settings_table', '2015_08_31_175240_add_search_indexes',
  '2015_09_04_165821_create_social_accounts_table', '2015_09_05_164707_add_email_confirmation_table', '2015_11_21_145609_create_views_table', '2015_11_26_221857_add_entity_indexes',
  '2016_01_11_210908_add_external_auth_id_to_users', '2016_02_25_184030_add_slug_to_revisions', '2016_04_09_100730_add_view_permissions_to_roles', '2016_05_06_185215_create_joint_permissions_table',
  '2016_09_29_101449_update_db_encoding_to_ut8mb4', '2016_10_09_142037_create_attachments_table', '2017_01_21_163556_create_cache_table', '2017_01_21_163602_create_sessions_table',
  '2017_03_19_091553_create_search_index_table', '2017_04_20_185112_add_revision_counts', '2017_07_02_152834_update_db_encoding_back_to_utf8', '2017_08_01_130541_create_comments_table',
  '2017_08_29_102650_add_summary_to_page_revisions', '2018_07_15_173514_add_role_external_auth_id', '2018_08_04_115700_create_bookshelves_table', '2019_07_07_112515_add_template_support',
  '2019_08_17_140214_add_user_invites_table', '2019_12_29_120917_add_api_auth', '2020_08_04_111754_drop_joint_permissions_id', '2020_09_19_094251_add_activity_indexes',
  '2020_11_07_232321_simplify_activities_table', '2021_01_30_225441_add_settings_type_column', '2021_03_08_215138_add_user_slug', '2021_05_15_173110_create_favourites_table',
  '2021_06_30_173111_create_mfa_values_table', '2021_07_03_085038_add_mfa_enforced_to_roles_table', '2021_08_28_161743_add_export_role_permission', '2021_09_26_044614_add_activities_ip_column',
  '2021_11_26_070438_add_index_for_user_ip', '2021_12_07_111343_create_webhooks_table', '2021_12_13_152024_create_jobs_table', '2021_12_13_152120_create_failed_jobs_table',
  '2022_01_03_154041_add_webhooks_timeout_error_columns', '2022_04_17_101741_add_editor_change_field_and_permission', '2022_04_25_140741_update_polymorphic_types',
  '2022_07_16_170051_drop_joint_permission_type', '2022_08_17_092941_create_references_table', '2022_09_02_082910_fix_shelf_cover_image_types', '2022_10_07_091406_flatten_entity_permissions_table',
  '2022_10_08_104202_drop_entity_restricted_field', '2023_01_24_104625_refactor_joint_permissions_storage', '2023_01_28_141230_copy_color_settings_for_dark_mode',
  '2023_02_20_093655_increase_attachments_path_length', '2023_02_23_200227_add_updated_at_index_to_pages', '2023_06_10_071823_remove_guest_user_secondary_roles',
  '2023_06_25_181952_remove_bookshelf_create_entity_permissions', '2023_07_25_124945_add_receive_notifications_role_permissions', '2023_07_31_104430_create_watches_table',
  '2023_08_21_174248_increase_cache_size', '2023_12_02_104541_add_default_template_to_books', '2023_12_17_140913_add_description_html_to_entities']) WITH ORDINALITY x(m, k) ORDER BY k;

-- ---------------------------------------------------------------------------
-- The company's own schema (not BookStack's): what the wiki documents.

CREATE SCHEMA solvang;

CREATE TABLE solvang.offices (
    id serial PRIMARY KEY, name text NOT NULL, address text NOT NULL, city text NOT NULL, postcode text NOT NULL, phone text, reception_email text,
    wifi_ssid text, opening_hours text);
INSERT INTO solvang.offices (name, address, city, postcode, phone, reception_email, wifi_ssid, opening_hours) VALUES
  ('Bristol HQ', 'Unit 7, Avonmouth Way Trade Park', 'Bristol', 'BS11 9YA', '0117 496 0100', 'reception@solvang-energy.example', 'SOLVANG-STAFF', 'Mon-Fri 08:00-17:30'),
  ('Leeds depot', '14 Cross Green Approach', 'Leeds', 'LS9 0SG', '0113 496 0200', 'leeds@solvang-energy.example', 'SOLVANG-STAFF', 'Mon-Sat 07:00-17:00'),
  ('Hamburg', 'Am Sandtorkai 50', 'Hamburg', '20457', '+49 40 3197 4400', 'empfang@solvang-energy.example.de', 'SOLVANG-HH', 'Mo-Fr 08:30-17:00'),
  ('Pune', 'Plot 21, Rajiv Gandhi Infotech Park, Phase 2', 'Pune', '411057', '+91 20 6712 3300', 'pune@solvang-energy.example', 'SOLVANG-PUNE', 'Mon-Fri 09:30-18:30');

CREATE TABLE solvang.staff (
    id integer PRIMARY KEY, employee_no text NOT NULL, first_name text NOT NULL, last_name text NOT NULL, preferred_name text, work_email text NOT NULL,
    personal_email text, mobile text, home_address text, city text, postcode text, date_of_birth date, start_date date NOT NULL, end_date date,
    job_title text, department text, office_id integer REFERENCES solvang.offices (id), manager_id integer, emergency_contact_name text, emergency_contact_phone text,
    wiki_user_id integer, entra_object_id uuid, notes text);
INSERT INTO solvang.staff
SELECT p.i, CASE WHEN p.off = 3 THEN 'HH-' ELSE 'SE' END || lpad((1000 + p.i * 3)::text, 5, '0'), p.first, p.last,
       CASE WHEN p.i % 11 = 4 THEN left(p.first, 3) END, p.email, p.pemail, p.mobile, p.home, p.city, p.postcode, p.dob, p.start_d, p.end_d, p.job, p.dept, p.off, p.mgr,
       CASE WHEN p.i % 6 <> 0 THEN fixture_gen.pick(ARRAY['Sarah', 'Daniel', 'Fatima', 'Michael', 'Anna', 'Raj', 'Grace', 'Tomasz'], 'pec', p.i) || ' ' || p.last || ' (' || fixture_gen.pick(ARRAY['partner', 'mother', 'father', 'spouse', 'sister', 'brother'], 'pecr', p.i) || ')' END,
       CASE WHEN p.i % 6 <> 0 THEN bsgen.mobile(p.c, 'pecp', p.i) END,
       u.uid, CASE WHEN p.sso THEN p.guid::uuid END,
       CASE WHEN p.i % 9 = 2 THEN fixture_gen.pick(ARRAY['Works compressed hours, off Fridays.', 'Phased return after surgery until end of month; no roof work.', 'Second job declared (weekend roofing). Approved by ' || (SELECT full_name FROM bsgen.p WHERE i = 1) || '.',
            'Visa expires ' || to_char(p.start_d + 1095, 'DD/MM/YYYY') || ', renewal started.', 'Prefers to be called by middle name.'], 'pnt', p.i) END
FROM bsgen.p p LEFT JOIN bsgen.u u ON u.i = p.i WHERE p.i <= 140;

CREATE TABLE solvang.oncall_rota (
    id serial PRIMARY KEY, week_start date NOT NULL, team text NOT NULL, engineer_id integer REFERENCES solvang.staff (id), engineer_name text NOT NULL, engineer_mobile text,
    backup_name text, backup_mobile text, escalation_manager text, pagerduty_integration_key text, notes text, created_at timestamp(0) without time zone);
INSERT INTO solvang.oncall_rota (week_start, team, engineer_id, engineer_name, engineer_mobile, backup_name, backup_mobile, escalation_manager, pagerduty_integration_key, notes, created_at)
SELECT date '2023-01-02' + (w - 1) * 7, t.team, a.i, a.full_name, a.mobile, b.full_name, b.mobile, m.full_name,
       CASE t.team WHEN 'Field' THEN fixture_gen.hexn('pdk1', 1, 32) WHEN 'IT' THEN fixture_gen.hexn('pdk2', 1, 32) ELSE fixture_gen.hexn('pdk3', 1, 32) END,
       CASE WHEN (w + t.k) % 7 = 0 THEN a.first || ' swapped with ' || b.first || ' (' || fixture_gen.pick(ARRAY['wedding', 'hospital appointment', 'childcare', 'holiday'], 'ocn', w * 3 + t.k) || ')' END,
       timestamp '2022-12-15 10:00:00' + (w / 13) * interval '91 days'
FROM generate_series(1, 64) w CROSS JOIN (VALUES (1, 'Field'), (2, 'IT'), (3, 'Portal')) t(k, team)
JOIN bsgen.p a ON a.i = 1 + (w * 7 + t.k * 41) % 140 JOIN bsgen.p b ON b.i = 1 + (w * 11 + t.k * 53) % 140 JOIN bsgen.p m ON m.i = 1 + (t.k + w / 13) % 8
ORDER BY 1, t.k;

CREATE TABLE solvang.equipment_loans (
    id serial PRIMARY KEY, asset_tag text NOT NULL, item_description text NOT NULL, serial_number text, borrower_id integer REFERENCES solvang.staff (id), borrower_name text NOT NULL,
    borrower_email text, loaned_at date NOT NULL, due_back date, returned_at date, condition_notes text, deposit_amount numeric(8,2), signature_file text, issued_by text);
INSERT INTO solvang.equipment_loans (asset_tag, item_description, serial_number, borrower_id, borrower_name, borrower_email, loaned_at, due_back, returned_at, condition_notes, deposit_amount, signature_file, issued_by)
SELECT 'SE-' || lpad((400 + k)::text, 5, '0'), x.item, x.pre || fixture_gen.chars('elsn', k, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), CASE WHEN p.i <= 140 THEN p.i END, p.full_name,
       p.email, d.lo, d.lo + 14 + fixture_gen.n('eldu', k, 60), CASE WHEN k % 5 <> 0 THEN d.lo + 5 + fixture_gen.n('elrt', k, 70) END,
       fixture_gen.pick(ARRAY['Good', 'Scratched casing', 'Returned with a cracked screen, ' || p.first || ' to pay the excess.', 'Battery swollen, disposed.', NULL, NULL], 'elcn', k),
       CASE WHEN p.i > 140 THEN 150.00 END,
       'signatures/' || to_char(d.lo, 'YYYY') || '/' || bsgen.fold(p.first) || '-' || bsgen.fold(p.last) || '-' || k || '.png', i.full_name
FROM generate_series(1, 160) k JOIN bsgen.p p ON p.i = 1 + fixture_gen.n('elp', k, 150) JOIN bsgen.p i ON i.i = (ARRAY[1, 42, 77])[1 + k % 3]
CROSS JOIN LATERAL (SELECT v[1] AS item, v[2] AS pre FROM (SELECT string_to_array(fixture_gen.pick(ARRAY['Thermal imaging camera FLIR E8|FL', 'Insulation tester Megger MFT1741|MG', 'Roof ladder 3.6 m|RL', 'Harness and lanyard kit|HK',
    'Laptop Dell Latitude 5440|DL', 'Drone DJI Mavic 3 Enterprise|DJ', 'Refrigerant recovery unit|RR', 'Heat pump flow meter|FM'], 'eli', k), '|') AS v) q) x
CROSS JOIN LATERAL (SELECT date '2021-04-01' + fixture_gen.n('ello', k, 1080) AS lo) d
ORDER BY d.lo, k;

CREATE TABLE solvang.vehicles (
    id serial PRIMARY KEY, registration text NOT NULL, make_model text NOT NULL, assigned_driver_id integer REFERENCES solvang.staff (id), fuel_card_number text, tracker_imei text,
    last_latitude numeric(9,6), last_longitude numeric(9,6), last_seen_at timestamp(0) without time zone, mileage integer, service_due date, notes text);
INSERT INTO solvang.vehicles (registration, make_model, assigned_driver_id, fuel_card_number, tracker_imei, last_latitude, last_longitude, last_seen_at, mileage, service_due, notes)
SELECT fixture_gen.pick(ARRAY['WU', 'WR', 'YD', 'YK', 'WM'], 'vrg', k) || (20 + fixture_gen.n('vry', k, 4)) || ' ' || fixture_gen.chars('vrl', k, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ'),
       fixture_gen.pick(ARRAY['Ford Transit Custom', 'Vauxhall Vivaro', 'Renault Trafic', 'VW Transporter T6.1', 'Ford E-Transit'], 'vmm', k), s.i,
       '7077' || fixture_gen.digits('vfc', k, 15), '35' || fixture_gen.digits('vim', k, 13),
       CASE WHEN s.off = 2 THEN round(53.70 + fixture_gen.n('vla', k, 300000) / 1000000.0, 6) ELSE round(51.35 + fixture_gen.n('vla', k, 300000) / 1000000.0, 6) END,
       CASE WHEN s.off = 2 THEN round(-1.70 + fixture_gen.n('vlo', k, 400000) / 1000000.0, 6) ELSE round(-2.75 + fixture_gen.n('vlo', k, 400000) / 1000000.0, 6) END,
       bsgen.at('vls', k, timestamp '2024-03-27 17:00:00', timestamp '2024-03-28 17:00:00'), 8000 + fixture_gen.n('vmi', k, 90000), date '2024-04-01' + fixture_gen.n('vsd', k, 200),
       CASE WHEN k % 6 = 0 THEN 'Taken home overnight by ' || s.first || ', parked at ' || s.home || '.' WHEN k % 6 = 3 THEN 'Ladder rack damaged, claim open.' END
FROM generate_series(1, 48) k JOIN bsgen.p s ON s.i = (SELECT x.i FROM bsgen.p x WHERE x.dept = 'Field Operations' AND x.off IN (1, 2) AND x.end_d IS NULL AND x.i <= 140 ORDER BY x.i OFFSET (k - 1) % 40 LIMIT 1);

CREATE TABLE solvang.customer_sites (
    id serial PRIMARY KEY, site_ref text NOT NULL UNIQUE, customer_name text NOT NULL, customer_phone text, customer_email text, address_line1 text NOT NULL, city text, postcode text,
    latitude numeric(9,6), longitude numeric(9,6), system_kwp numeric(5,2), inverter_model text, inverter_serial text, monitoring_site_id text, install_date date,
    wiki_page_id integer, access_notes text);
INSERT INTO solvang.customer_sites (site_ref, customer_name, customer_phone, customer_email, address_line1, city, postcode, latitude, longitude, system_kwp, inverter_model, inverter_serial, monitoring_site_id, install_date, wiki_page_id, access_notes)
SELECT c.ref, c.full_name, c.phone, c.email, c.street, c.city, c.postcode, c.lat, c.lon, 3 + fixture_gen.n('ckw', c.i, 900) / 100.0,
       fixture_gen.pick(ARRAY['SolarEdge SE5K', 'GivEnergy Gen3 hybrid 5kW', 'Fronius Primo 4.0', 'SolarEdge SE3680H'], 'cim', c.i), '7E' || fixture_gen.chars('cis', c.i, 7, '0123456789ABCDEF') || '-' || fixture_gen.digits('cis2', c.i, 2),
       (1800000 + c.i * 131)::text, date '2021-04-01' + fixture_gen.n('cid', c.i, 1050), (SELECT min(g.i) FROM bsgen.pg g WHERE g.kind = 'site' AND g.cust = c.i),
       CASE WHEN c.i % 3 = 0 THEN 'Key safe code ' || c.keysafe || '.' WHEN c.i % 3 = 1 THEN fixture_gen.pick(ARRAY['Dog in the garden.', 'Call 30 minutes before arrival.', 'Customer is deaf, text rather than call.', 'Park on the road.'], 'can', c.i) END
FROM bsgen.cu c ORDER BY c.i;

CREATE TABLE solvang.incidents (
    id serial PRIMARY KEY, reference text NOT NULL, title text NOT NULL, severity text NOT NULL, reported_by text, description text, root_cause text, site_id integer REFERENCES solvang.customer_sites (id),
    wiki_page_id integer, opened_at timestamp(0) without time zone NOT NULL, resolved_at timestamp(0) without time zone);
INSERT INTO solvang.incidents (reference, title, severity, reported_by, description, root_cause, site_id, wiki_page_id, opened_at, resolved_at)
SELECT 'INC-' || (2300 + k), x.title, fixture_gen.pick(ARRAY['low', 'medium', 'high', 'medium'], 'ins', k), r.email, x.descr,
       fixture_gen.pick(ARRAY['Missing toe board on the scaffold.', 'Firmware bug, fixed in 4.18.', 'Isolator undersized at design stage.', 'Human error.', NULL], 'inr', k),
       CASE WHEN x.site THEN 1 + k % 140 END, CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('inw', k, 300) END, o.t, CASE WHEN k % 6 <> 0 THEN o.t + make_interval(hours => 2 + fixture_gen.n('inh', k, 200)) END
FROM generate_series(1, 70) k JOIN bsgen.p r ON r.i = 1 + fixture_gen.n('inp', k, 140) JOIN bsgen.p s ON s.i = 1 + fixture_gen.n('inp2', k, 140) JOIN bsgen.cu c ON c.i = 1 + k % 140
CROSS JOIN LATERAL (SELECT bsgen.at('ino', k, timestamp '2021-05-01 07:00:00', timestamp '2024-03-25 17:00:00') AS t) o
CROSS JOIN LATERAL (SELECT v.title, v.descr, v.site FROM (VALUES
   (0, 'Slip on wet roof', s.full_name || ' slipped on the roof at ' || c.street || ' and twisted an ankle; first aid given, off work 3 days.', true),
   (1, 'Inverter fire alarm', 'Customer ' || c.full_name || ' (' || c.phone || ') reported a burning smell from the inverter.', true),
   (2, 'Lost laptop', s.full_name || ' left the work laptop on a train; BitLocker on, remote wipe sent.', false),
   (3, 'Van collision', 'Van reversed into a gate post on site; nobody hurt.', true),
   (4, 'Phishing email', 'Several staff got a fake invoice email; ' || s.first || ' entered their password, reset done.', false),
   (5, 'Dropped tool', 'A spanner fell from the scaffold into the garden; exclusion zone was in place.', true)) v(n, title, descr, site) WHERE v.n = k % 6) x
ORDER BY o.t;

CREATE TABLE solvang.page_reviews (
    id serial PRIMARY KEY, wiki_page_id integer NOT NULL, owner_email text NOT NULL, review_due date NOT NULL, last_reviewed_at timestamp(0) without time zone, status text NOT NULL);
INSERT INTO solvang.page_reviews (wiki_page_id, owner_email, review_due, last_reviewed_at, status)
SELECT pg.id, u.email, (pg.updated_at + interval '1 year')::date, CASE WHEN pg.id % 4 <> 0 THEN pg.updated_at END,
       CASE WHEN pg.updated_at + interval '1 year' < timestamp '2024-03-28' THEN 'overdue' WHEN pg.id % 4 = 0 THEN 'never reviewed' ELSE 'ok' END
FROM pages pg JOIN users u ON u.id = pg.owned_by WHERE NOT pg.draft AND pg.book_id IN (1, 2, 3, 4, 9) ORDER BY pg.id;

CREATE TABLE solvang.door_access_log (
    id bigserial PRIMARY KEY, badge_id text NOT NULL, holder_name text, door text NOT NULL, event_at timestamp(0) without time zone NOT NULL, granted boolean NOT NULL);
INSERT INTO solvang.door_access_log (badge_id, holder_name, door, event_at, granted)
SELECT lpad(to_hex(3000000 + p.i * 7919), 8, '0'), CASE WHEN k % 17 = 0 THEN NULL ELSE p.full_name END, fixture_gen.pick(ARRAY['Bristol main entrance', 'Bristol warehouse', 'Bristol server room', 'Leeds yard gate', 'Leeds stores'], 'dad', k),
       bsgen.at('dat', k, timestamp '2024-03-01 06:00:00', timestamp '2024-03-28 19:00:00'), k % 23 <> 0
FROM generate_series(1, 300) k JOIN bsgen.p p ON p.i = 1 + fixture_gen.n('dap', k, 100) ORDER BY 4, k;

CREATE TABLE solvang.training_records (
    id serial PRIMARY KEY, staff_id integer NOT NULL REFERENCES solvang.staff (id), course text NOT NULL, certificate_no text, provider text, completed_on date NOT NULL, expires_on date, score integer);
INSERT INTO solvang.training_records (staff_id, course, certificate_no, provider, completed_on, expires_on, score)
SELECT s.id, c.course, c.pre || fixture_gen.digits('trc', s.id * 10 + c.k, 7), c.prov, d.d, d.d + c.valid, CASE WHEN c.k = 3 THEN 60 + fixture_gen.n('trs', s.id, 40) END
FROM solvang.staff s CROSS JOIN (VALUES (1, 'IPAF 3a/3b', 'IPAF-', 'IPAF', 1825), (2, 'PASMA Towers for Users', 'PAS', 'PASMA', 1825), (3, 'F-Gas Category 1', 'FG', 'City & Guilds', 1825),
                                        (4, 'CSCS Blue Card', '', 'CITB', 1825), (5, 'First Aid at Work', 'FAW', 'St John Ambulance', 1095)) c(k, course, pre, prov, valid)
CROSS JOIN LATERAL (SELECT greatest(s.start_date, date '2020-01-01') + fixture_gen.n('trd', s.id * 10 + c.k, 900) AS d) d
WHERE s.department = 'Field Operations' AND (c.k <> 3 OR s.job_title = 'Heat Pump Engineer') OR (c.k = 5 AND s.id % 10 = 0)
ORDER BY s.id, c.k;

CREATE TABLE solvang.service_accounts (
    id serial PRIMARY KEY, name text NOT NULL, system text NOT NULL, username text NOT NULL, password_enc text NOT NULL, owner_email text, rotated_at timestamp(0) without time zone, notes text);
INSERT INTO solvang.service_accounts (name, system, username, password_enc, owner_email, rotated_at, notes)
SELECT v.name, v.sys, v.usr, bsgen.crypt('sapw', v.k, 32), (SELECT email FROM bsgen.p WHERE i = v.o), timestamp '2023-06-01 09:00:00' + v.k * interval '19 days', v.notes
FROM (VALUES (1, 'Wiki backup', 'BookStack DB', 'bookstack_backup', 1, 'Read-only role, used by the nightly pg_dump.'),
             (2, 'SMTP relay', 'Microsoft 365', 'wiki-mailer@solvang-energy.example', 1, 'Used by BookStack for notifications.'),
             (3, 'NAS replication', 'Synology', 'svc-hyperbackup', 1, NULL),
             (4, 'Portal deploy', 'GitHub Actions', 'solvang-deploy-bot', 58, 'Owned by the Pune team.'),
             (5, 'Monitoring pull', 'SolarEdge', 'monitoring@solvang-energy.example', 93, 'Pulls site yields into the portal.'),
             (6, 'LDAP bind', 'Entra DS', 'svc-ldap-bind', 1, 'Legacy, used by the door access system.'),
             (7, 'Xero sync', 'Xero', 'finance-sync@solvang-energy.example', 12, NULL),
             (8, 'Tracker API', 'Quartix', 'solvang_api', 42, NULL)) v(k, name, sys, usr, o, notes);

CREATE TABLE solvang.visitor_log (
    id serial PRIMARY KEY, visitor_name text NOT NULL, company text, host_email text, car_registration text, signed_in_at timestamp(0) without time zone NOT NULL,
    signed_out_at timestamp(0) without time zone, nda_signed boolean NOT NULL DEFAULT false);
INSERT INTO solvang.visitor_log (visitor_name, company, host_email, car_registration, signed_in_at, signed_out_at, nda_signed)
SELECT fixture_gen.full_name('vis', k), fixture_gen.pick(ARRAY['SolarEdge UK', 'Wesco Scaffolding', 'Bristol City Council', 'self-employed', 'Octopus Energy', 'candidate (interview)', 'Mitsubishi Electric', 'BRE'], 'vco', k),
       h.email, CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['WU', 'WR', 'YD', 'BD', 'LS'], 'vcr', k) || (15 + fixture_gen.n('vcy', k, 9)) || ' ' || fixture_gen.chars('vcl', k, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ') END,
       t.t, t.t + make_interval(mins => 30 + fixture_gen.n('vso', k, 300)), k % 4 = 0
FROM generate_series(1, 120) k JOIN bsgen.p h ON h.i = 1 + fixture_gen.n('vh', k, 60)
CROSS JOIN LATERAL (SELECT bsgen.at('vsi', k, timestamp '2023-01-09 08:00:00', timestamp '2024-03-28 15:00:00') AS t) t ORDER BY t.t;

CREATE TABLE solvang.vendor_contacts (
    id serial PRIMARY KEY, vendor text NOT NULL, account_manager text, email text, phone text, support_phone text, account_number text, portal_url text, notes text);
INSERT INTO solvang.vendor_contacts (vendor, account_manager, email, phone, support_phone, account_number, portal_url, notes) VALUES
  ('SolarEdge UK', 'Gareth Pryce', 'gareth.pryce@solaredge.example', '07700 900412', '0800 028 1183', 'INST-44918', 'https://monitoring.solaredge.com', 'Ask Gareth for RMA priority.'),
  ('GivEnergy', 'Lauren Tate', 'l.tate@givenergy.example', '07700 900877', '01782 479 707', 'GE-INS-2231', 'https://givenergy.cloud', NULL),
  ('Mitsubishi Electric', 'Sunil Mehta', 'sunil.mehta@meuk.example', '07700 900115', '01707 282 880', 'ME-77120', 'https://les.mitsubishielectric.co.uk', 'Ecodan training booked through Sunil.'),
  ('Midsummer Wholesale', NULL, 'orders@midsummer.example', NULL, '01223 858 414', 'SOLV01', 'https://midsummerwholesale.co.uk', 'Trade account, 30 days.'),
  ('Wesco Scaffolding', 'Darren Cole', 'darren@westscaff.example', '07700 900233', NULL, NULL, NULL, 'Sole trader; invoices under his own name.'),
  ('Quartix', NULL, 'support@quartix.example', NULL, '01686 806 663', 'QX-90211', 'https://app.quartix.com', 'Van trackers.'),
  ('Allstar', NULL, 'fleet@allstar.example', NULL, '0345 266 9000', 'AS-5561098', 'https://online.allstar.co.uk', 'Fuel cards.'),
  ('Hiscox', 'Emma Rowe', 'emma.rowe@hiscox.example', '020 7448 6000', NULL, 'POL-8812-3341', NULL, 'Van and tools insurance.'),
  ('Xero', NULL, NULL, NULL, NULL, 'ORG-5541', 'https://go.xero.com', NULL);

-- Integration settings: credentials among plain options.
CREATE TABLE solvang.integration_settings (
    id serial PRIMARY KEY, integration text NOT NULL, key text NOT NULL, value text, is_secret boolean NOT NULL DEFAULT false, updated_by text, updated_at timestamp(0) without time zone);
INSERT INTO solvang.integration_settings (integration, key, value, is_secret, updated_by, updated_at)
SELECT v.integ, v.key, v.val, v.sec, (SELECT email FROM bsgen.p WHERE i = v.o), timestamp '2022-09-01 10:00:00' + v.k * interval '17 days'
FROM (VALUES
  (1, 'bookstack', 'base_url', 'https://wiki.solvang-energy.example', false, 1),
  (2, 'bookstack', 'api_token_id', bsgen.rnd('isbt', 1, 32), false, 1),
  (3, 'bookstack', 'api_token_secret', bsgen.rnd('isbs', 1, 32), true, 1),
  (4, 'smtp', 'host', 'smtp.office365.com', false, 1),
  (5, 'smtp', 'port', '587', false, 1),
  (6, 'smtp', 'username', 'wiki-mailer@solvang-energy.example', false, 1),
  (7, 'smtp', 'password', bsgen.rnd('issp', 1, 16), true, 1),
  (8, 'pagerduty', 'routing_key', fixture_gen.hexn('pdk1', 1, 32), true, 42),
  (9, 'solaredge', 'api_key', upper(bsgen.rnd('isse', 1, 32)), true, 93),
  (10, 'solaredge', 'poll_interval_minutes', '15', false, 93),
  (11, 'xero', 'client_id', upper(fixture_gen.hexn('isxi', 1, 32)), false, 12),
  (12, 'xero', 'client_secret', bsgen.rnd('isxs', 1, 48), true, 12),
  (13, 'xero', 'tenant_name', 'Solvang Energy Ltd', false, 12),
  (14, 'slack', 'webhook_url', 'https://hooks.slack.com/services/T0' || fixture_gen.chars('whs1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('iss2', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || bsgen.rnd('iss3', 1, 24), true, 1),
  (15, 'google_maps', 'api_key', 'AIza' || bsgen.rnd('isgm', 1, 35), true, 58),
  (16, 'quartix', 'customer_id', '88120', false, 42),
  (17, 'quartix', 'password', bsgen.rnd('isqp', 1, 14), true, 42),
  (18, 'ui', 'default_region', 'South West', false, 1),
  (19, 'ui', 'support_contact', 'it-help@solvang-energy.example', false, 1),
  (20, 'entra', 'tenant_id', fixture_gen.uuid('isei', 1), false, 1),
  (21, 'entra', 'client_secret', bsgen.rnd('ises', 1, 8) || '~' || bsgen.rnd('ises2', 1, 31), true, 1),
  (22, 'github', 'deploy_token', 'ghp_' || bsgen.rnd('isgh', 1, 36), true, 58)) v(k, integ, key, val, sec, o);

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('solvang');

SET client_min_messages = warning;
DROP SCHEMA bsgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
