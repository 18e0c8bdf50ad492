-- classify-eval fixture (HOLDOUT 51: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of a self-hosted ZITADEL v2 identity server (Go,
-- event-sourced), in ZITADEL's own naming: the event store in the schema
-- "eventstore" (events2 with its jsonb payloads, the unique constraints, the
-- fields table), the read models in the schema "projections" under their
-- versioned names (users14 with its humans, machines and notifications
-- tables, login_names3_*, orgs1, org_domains2, instance_domains, projects4,
-- project_roles4, apps7 with its API and OIDC configs, authn_keys2,
-- keys4_private, sessions8, auth_requests, idp_user_links3, idp_templates6
-- with its OIDC and LDAP tables, smtp_configs5, sms_configs3, quotas,
-- secret_generators2, personal_access_tokens3, user_metadata5,
-- user_auth_methods5), the v1 login's tables in "auth" (auth_requests,
-- user_sessions, refresh_tokens) and "system" (encryption_keys, assets).
-- Text ids of 18 digits, sequence bigints, smallint enums, timestamptz,
-- jsonb crypto values ({"CryptoType","Algorithm","KeyID","Crypted"}) for
-- encrypted secrets, bytea metadata values, text[] arrays. The version
-- suffixes are those of the v2.6x releases as the writer remembers them;
-- a few tables carry fewer columns than the newest release.
--
-- The instance is login.severnsidetransport.co.uk, run by the Severnside
-- Regional Transport Authority (SRTA), the public-transport authority of a
-- region around Bristol and Bath, for its riders' and its staff's logins.
-- Its organisations: the instance's own (SRTA Identity), the authority's
-- staff, Severnside Riders (self-registered riders of the ticket app and the
-- web shop, who log in with their email address, some through Google or
-- Apple), two contractors (Avonline Buses, whose drivers log in through their
-- own Entra ID, and Channel Coast Rail) and a community-transport charity
-- with an LDAP directory. The data: riders' and staff's names, nicknames,
-- emails, phones, genders and avatars; events whose payloads hold all of it
-- with password hashes, encrypted verification codes and home addresses;
-- service accounts with hashed secrets and descriptions naming their owners;
-- OIDC and API apps with hashed client secrets; sessions with IPs, user
-- agents, headers and the ticket app's metadata; login hints; external ids
-- at Google, Apple and Entra; an LDAP bind password; SMTP, Twilio and SMS
-- gateway credentials; quota webhooks; encrypted signing keys and the
-- instance's encryption keys; user metadata with birth dates, concession
-- types and postal addresses; passkey names; refresh tokens and the v1
-- login's serialized auth requests; uploaded avatars.
--
-- NOT ZITADEL: the authority's own tables, in the schema "srta" (singular
-- snake_case, serial ids, timestamptz): rider accounts, smartcards,
-- concession applications, support cases, the staff register, a SIEM
-- export of suspicious logins, the public stop list and fare refunds.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA zgen;

-- zid: a ZITADEL id (18 digits, as its sonyflake generator makes them).
CREATE FUNCTION zgen.zid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '2' || (6 + fixture_gen.n(tag || 'z', i, 3))::text || fixture_gen.digits(tag, i, 16) $$;

-- at: an instant between two.
CREATE FUNCTION zgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)) + make_interval(secs => fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- rnd: random-looking alphanumerics; b64t: base64 of a text.
CREATE FUNCTION zgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

CREATE FUNCTION zgen.b64t(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(s, 'UTF8'), 'base64'), E'\n', '') $$;

-- crypto: ZITADEL's crypto.CryptoValue as JSON (AES-encrypted with a key
-- of system.encryption_keys).
CREATE FUNCTION zgen.crypto(tag text, i bigint, keyid text, len int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('CryptoType', 0, 'Algorithm', 'aes', 'KeyID', keyid, 'Crypted', fixture_gen.b64(tag, i, len))
$$;

-- pwhash: what passwap stores: bcrypt and argon2id, and the salted
-- PBKDF2 hashes imported from the old ticket shop.
CREATE FUNCTION zgen.pwhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'k', i, 5)
    WHEN 0 THEN '$' || 'argon2id$v=19$m=65536,t=1,p=4$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=')
    WHEN 1 THEN '$' || 'pbkdf2-sha256$29000$' || translate(rtrim(fixture_gen.b64(tag || 's', i, 16), '='), '+', '.') || '$' || translate(rtrim(fixture_gen.b64(tag || 'h', i, 32), '='), '+', '.')
    ELSE '$2a' || '$14$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END
$$;

CREATE FUNCTION zgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

CREATE FUNCTION zgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
    'SevernsideGo/5.12.0 (iPhone15,3; iOS 17.5.1) Alamofire/5.9.1',
    'SevernsideGo/5.12.1 (Android 13; Pixel 6a) okhttp/4.12.0',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36',
    'DriverHub/2.3 (Android 12; Zebra TC52)'], tag, i)
$$;

-- Organisations of the instance.
CREATE TABLE zgen.org (k int PRIMARY KEY, id text, name text, domain text, verified boolean);
INSERT INTO zgen.org VALUES
 (1, '263915840187529317', 'SRTA Identity', 'srta-identity.login.severnsidetransport.co.uk', true),
 (2, '263915843291845221', 'Severnside Regional Transport Authority', 'severnsidetransport.co.uk', true),
 (3, '263915847703326821', 'Severnside Riders', 'severnside-riders.login.severnsidetransport.co.uk', true),
 (4, '271044186223452261', 'Avonline Buses Ltd', 'avonlinebuses.co.uk', true),
 (5, '271044902514108517', 'Channel Coast Rail Ltd', 'channelcoastrail.co.uk', true),
 (6, '280317762205352037', 'Mendip Community Transport CIC', 'mendipct.org.uk', false);

-- The people: riders (1-190), the authority's staff (191-228), Avonline's
-- drivers (229-242), Channel Coast Rail's staff (243-246) and the charity's
-- volunteers (247-250).
CREATE TABLE zgen.p (i int PRIMARY KEY, kind text, org int, uid text, first text, last text, nick text, email text, username text, phone text,
  gender int, lang text, birth date, street text, city text, postcode text, created timestamptz, idp text, ext_id text);
INSERT INTO zgen.p
SELECT i, kind, org, zgen.zid('uid', i), f, l,
       CASE WHEN i % 7 = 0 THEN fixture_gen.pick(ARRAY['Mo', 'Bea', 'Jo', 'Sunny', 'Kit', 'Dee', 'Raf', 'Ziggy', 'Nell'], 'nk', i) END,
       CASE kind
         WHEN 'rider' THEN fixture_gen.ascii(f) || CASE i % 3 WHEN 0 THEN '.' WHEN 1 THEN '' ELSE '_' END || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 97)::text ELSE '' END || '@'
              || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com', 'btinternet.com', 'sky.com', 'proton.me', 'live.co.uk'], 'ed', i)
         WHEN 'staff' THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@severnsidetransport.co.uk'
         WHEN 'driver' THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || '@avonlinebuses.co.uk'
         WHEN 'rail' THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@channelcoastrail.co.uk'
         ELSE fixture_gen.ascii(f) || fixture_gen.ascii(l) || '@btinternet.com' END,
       NULL,
       CASE WHEN kind = 'rider' AND i % 5 IN (1, 3) THEN NULL
            WHEN i % 6 = 0 THEN '07' || fixture_gen.digits('ph', i, 3) || ' ' || fixture_gen.digits('ph2', i, 6)
            ELSE '+447' || fixture_gen.digits('ph', i, 9) END,
       fixture_gen.n('gd', i, 4),
       fixture_gen.pick(ARRAY['en', 'en', 'en', 'en', 'en', 'cy', 'pl', 'ro', 'de', 'pt', 'es'], 'lg', i),
       fixture_gen.birth_date('bd', i),
       CASE fixture_gen.n('st', i, 3) WHEN 0 THEN 'Flat ' || (1 + i % 24)::text || ', ' ELSE '' END || (1 + fixture_gen.n('sn', i, 280))::text || ' '
         || fixture_gen.pick(ARRAY['Gloucester Road', 'Stapleton Road', 'Wells Road', 'Coronation Road', 'Hotwell Road', 'Church Road', 'Station Road', 'Fishponds Road',
                                   'Walcot Street', 'Milsom Street', 'High Street', 'Kenn Road', 'Bath Road', 'Whiteladies Road', 'Cotham Hill'], 'sr', i),
       c, CASE c WHEN 'Bristol' THEN 'BS' || (1 + fixture_gen.n('pc', i, 16))::text WHEN 'Bath' THEN 'BA' || (1 + fixture_gen.n('pc', i, 2))::text
                 WHEN 'Weston-super-Mare' THEN 'BS2' || (2 + fixture_gen.n('pc', i, 3))::text WHEN 'Clevedon' THEN 'BS21' WHEN 'Portishead' THEN 'BS20'
                 WHEN 'Keynsham' THEN 'BS31' WHEN 'Yate' THEN 'BS37' WHEN 'Nailsea' THEN 'BS48' ELSE 'SN15' END
         || ' ' || (1 + fixture_gen.n('pd', i, 9))::text || fixture_gen.chars('pl', i, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       zgen.at('cr', i, '2022-03-01', '2024-09-30'),
       CASE WHEN kind = 'rider' AND i % 8 = 1 THEN 'google' WHEN kind = 'rider' AND i % 8 = 5 THEN 'apple' WHEN kind = 'staff' AND i % 3 <> 0 THEN 'entra'
            WHEN kind = 'driver' THEN 'avl' WHEN kind = 'ct' THEN 'ldap' END,
       NULL
FROM generate_series(1, 250) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('zf', i) AS f, fixture_gen.last_name('zl', i) AS l,
  CASE WHEN i <= 190 THEN 'rider' WHEN i <= 228 THEN 'staff' WHEN i <= 242 THEN 'driver' WHEN i <= 246 THEN 'rail' ELSE 'ct' END AS kind,
  CASE WHEN i <= 190 THEN 3 WHEN i <= 228 THEN 2 WHEN i <= 242 THEN 4 WHEN i <= 246 THEN 5 ELSE 6 END AS org,
  fixture_gen.pick(ARRAY['Bristol', 'Bristol', 'Bristol', 'Bristol', 'Bath', 'Bath', 'Weston-super-Mare', 'Clevedon', 'Portishead', 'Keynsham', 'Yate', 'Nailsea', 'Chippenham'], 'ct', i) AS c) x;

-- Emails and usernames are unique, as ZITADEL requires of login names.
UPDATE zgen.p p SET email = replace(p.email, '@', p.i::text || '@') WHERE EXISTS (SELECT 1 FROM zgen.p q WHERE q.email = p.email AND q.i < p.i);
UPDATE zgen.p SET username = CASE kind
    WHEN 'rider' THEN CASE WHEN i % 11 = 0 THEN fixture_gen.ascii(first) || (1960 + i % 50)::text WHEN i % 13 = 0 THEN lower(first) || '.' || lower(substr(last, 1, 1)) || '_travels' ELSE email END
    WHEN 'staff' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
    WHEN 'driver' THEN 'AVL' || lpad((4000 + i)::text, 5, '0')
    WHEN 'rail' THEN email
    ELSE lower(substr(first, 1, 1) || fixture_gen.ascii(last)) END;
UPDATE zgen.p p SET username = CASE WHEN p.username LIKE '%@%' THEN replace(p.username, '@', p.i::text || '@') ELSE p.username || p.i::text END WHERE EXISTS (SELECT 1 FROM zgen.p q WHERE lower(q.username) = lower(p.username) AND q.i < p.i);
-- Riders' duplicate-looking emails (a family sharing one mailbox).
UPDATE zgen.p SET email = 'the' || fixture_gen.ascii(last) || 'family@gmail.com' WHERE kind = 'rider' AND i % 29 = 0;
UPDATE zgen.p SET ext_id = CASE idp
    WHEN 'google' THEN '1' || fixture_gen.digits('gsub', i, 20)
    WHEN 'apple' THEN '00' || fixture_gen.digits('asub', i, 4) || '.' || fixture_gen.hexn('asub', i, 32) || '.' || fixture_gen.digits('asub2', i, 4)
    WHEN 'entra' THEN fixture_gen.uuid('oid', i)
    WHEN 'avl' THEN fixture_gen.uuid('avloid', i)
    WHEN 'ldap' THEN lower(substr(first, 1, 1) || fixture_gen.ascii(last)) END
  WHERE idp IS NOT NULL;

-- Service accounts (machine users).
CREATE TABLE zgen.m (k int PRIMARY KEY, uid text, org int, username text, name text, description text, has_secret boolean);
INSERT INTO zgen.m VALUES
 (1, zgen.zid('mid', 1), 1, 'login-client', 'Login UI', 'Service user of the hosted login v2 (typescript) container', false),
 (2, zgen.zid('mid', 2), 2, 'ticketing-backend', 'Ticketing backend', 'Introspects ticket app tokens. Owner: Priya Sharma, digital ticketing team', true),
 (3, zgen.zid('mid', 3), 2, 'journey-planner-sync', 'Journey planner sync', 'Reads rider favourites for the journey planner', true),
 (4, zgen.zid('mid', 4), 2, 'terraform-ci', 'Terraform CI', 'GitLab CI pipeline applying the ZITADEL Terraform config', false),
 (5, zgen.zid('mid', 5), 2, 'siem-export', 'SIEM export', 'Pulls events for Sentinel. Contact the SOC on-call, not Dmitri (left March 2024)', true),
 (6, zgen.zid('mid', 6), 2, 'concessions-council-api', 'Council concessions API', 'Used by Westmark County Council to push approved concession passes', false),
 (7, zgen.zid('mid', 7), 2, 'crm-sync', 'CRM sync', 'Nightly sync of rider profiles into Dynamics; ask Amara Okafor before rotating the key', true),
 (8, zgen.zid('mid', 8), 4, 'avl-duty-board', 'Duty board', 'Avonline duty board kiosk at Lawrence Hill depot', true),
 (9, zgen.zid('mid', 9), 5, 'ccr-revenue', 'Revenue reconciliation', 'Channel Coast Rail revenue share job', false),
 (10, zgen.zid('mid', 10), 2, 'open-data-portal', 'Open data portal', 'Public GTFS and open data API gateway', true),
 (11, zgen.zid('mid', 11), 1, 'backup-verifier', 'Backup verifier', '', false),
 (12, zgen.zid('mid', 12), 2, 'helpdesk-bot', 'Helpdesk bot', 'Resets riders'' MFA from the support desk; requested by Hannah Müller', true);

-- Projects and apps.
CREATE TABLE zgen.proj (k int PRIMARY KEY, id text, org int, name text);
INSERT INTO zgen.proj VALUES
 (0, '263915840187660389', 1, 'ZITADEL'), (1, '263916102917726309', 2, 'Ticketing'), (2, '263916160077365349', 2, 'Journey Planner'),
 (3, '263916211113656421', 2, 'Staff Portal'), (4, '263916254331502693', 2, 'Depot Systems'), (5, '266480175327404133', 2, 'Concessions'),
 (6, '266480239085076581', 2, 'Open Data API'), (7, '271044300497264741', 4, 'Driver App');

CREATE TABLE zgen.app (k int PRIMARY KEY, id text, proj int, name text, kind text, client_id text, app_type int, auth int, redirects text[]);
INSERT INTO zgen.app
SELECT k, zgen.zid('app', k), proj, name, kind, zgen.zid('cid', k) || '@' || lower(replace(pn, ' ', '_')), app_type, auth, redirects
FROM (VALUES
 (1, 0, 'Management Console', 'oidc', 1, 3, ARRAY['https://login.severnsidetransport.co.uk/ui/console/auth/callback']),
 (2, 1, 'SevernsideGo iOS', 'oidc', 2, 3, ARRAY['uk.co.severnsidetransport.go://oauth/callback']),
 (3, 1, 'SevernsideGo Android', 'oidc', 2, 3, ARRAY['uk.co.severnsidetransport.go://oauth/callback']),
 (4, 1, 'Web shop', 'oidc', 0, 0, ARRAY['https://shop.severnsidetransport.co.uk/auth/callback', 'https://shop.severnsidetransport.co.uk/silent-renew']),
 (5, 1, 'Ticketing API', 'api', 0, 1, NULL),
 (6, 2, 'Journey planner web', 'oidc', 1, 3, ARRAY['https://plan.severnsidetransport.co.uk/callback']),
 (7, 2, 'Favourites API', 'api', 0, 0, NULL),
 (8, 3, 'Intranet (SharePoint)', 'oidc', 0, 0, ARRAY['https://srta.sharepoint.com/_trust/']),
 (9, 3, 'Rota planner', 'oidc', 0, 2, ARRAY['https://rota.internal.severnsidetransport.co.uk/oidc/callback']),
 (10, 4, 'Depot CCTV portal', 'oidc', 0, 0, ARRAY['https://cctv.depots.severnsidetransport.co.uk/login/oauth2/code/zitadel']),
 (11, 4, 'Fleet telematics API', 'api', 0, 1, NULL),
 (12, 5, 'Concessions caseworker app', 'oidc', 0, 0, ARRAY['https://concessions.severnsidetransport.co.uk/signin-oidc']),
 (13, 5, 'Concessions API', 'api', 0, 0, NULL),
 (14, 6, 'Open data developer portal', 'oidc', 1, 3, ARRAY['https://developer.severnsidetransport.co.uk/auth/callback']),
 (15, 7, 'DriverHub', 'oidc', 2, 3, ARRAY['com.avonlinebuses.driverhub:/callback']),
 (16, 7, 'Duty board API', 'api', 0, 1, NULL)) v(k, proj, name, kind, app_type, auth, redirects)
JOIN (SELECT k AS pk, name AS pn FROM zgen.proj) p ON p.pk = v.proj;

-- Stops (public): codes used in metadata and the authority's tables.
CREATE TABLE zgen.stop (k int PRIMARY KEY, code text, name text, lat numeric, lon numeric, zone text);
INSERT INTO zgen.stop
SELECT k, '01000' || lpad((53000 + k * 37)::text, 5, '0'), n || ' (' || ind || ')', round((51.33 + fixture_gen.n('sla', k, 180000) / 1000000.0)::numeric, 6),
       round((-2.70 + fixture_gen.n('slo', k, 420000) / 1000000.0)::numeric, 6), fixture_gen.pick(ARRAY['Bristol Zone', 'Bath Zone', 'Outer Zone', 'North Somerset Zone'], 'sz', k)
FROM generate_series(1, 40) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Temple Meads Station', 'Broadmead Bus Station', 'Centre', 'Cabot Circus', 'Clifton Down', 'Gloucester Road Arches', 'Bath Spa Bus Station',
  'Royal United Hospital', 'Southmead Hospital', 'Cribbs Causeway', 'Keynsham Church', 'Weston Boulevard', 'Portishead High Street', 'Long Ashton Park & Ride', 'UWE Frenchay',
  'Brislington Park & Ride', 'Lansdown Park & Ride', 'Clevedon Triangle', 'Nailsea Crown Glass Place', 'Yate Shopping Centre'], 'sn', k) AS n,
  fixture_gen.pick(ARRAY['Stop A', 'Stop B', 'Stop C', 'Bay 4', 'Bay 12', 'SE-bound', 'NW-bound', 'opp'], 'si', k) AS ind) x;

-- ---------------------------------------------------------------------------
-- ZITADEL: the event store.

CREATE SCHEMA eventstore;

CREATE TABLE eventstore.events2 (
  instance_id TEXT NOT NULL,
  aggregate_type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  "sequence" BIGINT NOT NULL,
  revision SMALLINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  payload JSONB,
  creator TEXT NOT NULL,
  "owner" TEXT NOT NULL,
  "position" DECIMAL NOT NULL,
  in_tx_order INTEGER NOT NULL,
  PRIMARY KEY (instance_id, aggregate_type, aggregate_id, "sequence")
);
CREATE INDEX es_active_instances ON eventstore.events2 (created_at DESC, instance_id);
CREATE INDEX es_wm ON eventstore.events2 (aggregate_id, instance_id, aggregate_type, event_type);
CREATE INDEX es_projection ON eventstore.events2 (instance_id, aggregate_type, event_type, "position");

INSERT INTO eventstore.events2
SELECT '263915840187463781', aggregate_type, aggregate_id, event_type, seq, revision, created_at, payload, creator, owner,
       round(extract(epoch FROM created_at)::numeric, 6), in_tx_order
FROM (
  -- organisations
  SELECT 'org' AS aggregate_type, o.id AS aggregate_id, 'org.added' AS event_type, 1::bigint AS seq, 1::smallint AS revision,
         timestamptz '2022-02-14 10:02:11+00' + make_interval(days => o.k * 9) AS created_at, jsonb_build_object('name', o.name) AS payload,
         CASE WHEN o.k = 1 THEN 'SYSTEM' ELSE (SELECT uid FROM zgen.p WHERE i = 191) END AS creator, o.id AS owner, 0 AS in_tx_order
  FROM zgen.org o
  UNION ALL
  -- humans: riders register themselves, staff are added by an admin
  SELECT 'user', p.uid, CASE WHEN p.kind = 'rider' THEN 'user.human.selfregistered' ELSE 'user.human.added' END, 1, 1, p.created,
         jsonb_strip_nulls(jsonb_build_object('userName', p.username, 'firstName', p.first, 'lastName', p.last, 'nickName', p.nick,
           'displayName', p.first || ' ' || p.last, 'preferredLanguage', p.lang, 'gender', p.gender, 'email', p.email, 'phone', p.phone,
           'country', CASE WHEN p.i % 4 = 0 THEN 'GB' END, 'locality', CASE WHEN p.i % 4 = 0 THEN p.city END,
           'postalCode', CASE WHEN p.i % 4 = 0 THEN p.postcode END, 'streetAddress', CASE WHEN p.i % 4 = 0 THEN p.street END,
           'encodedHash', CASE WHEN p.idp IS NULL OR p.i % 2 = 0 THEN zgen.pwhash('ph0', p.i) END, 'changeRequired', p.kind <> 'rider',
           'userAgentID', CASE WHEN p.kind = 'rider' THEN zgen.zid('uaid', p.i) END)),
         CASE WHEN p.kind = 'rider' THEN (SELECT uid FROM zgen.m WHERE k = 1) ELSE (SELECT q.uid FROM zgen.p q WHERE q.i = 191 + p.i % 3) END, (SELECT id FROM zgen.org WHERE k = p.org), 0
  FROM zgen.p p
  UNION ALL
  SELECT 'user', p.uid, 'user.human.password.changed', 2, 1, p.created + interval '41 days' + make_interval(mins => p.i),
         jsonb_build_object('encodedHash', zgen.pwhash('ph1', p.i), 'changeRequired', false, 'userAgentID', zgen.zid('uaid', p.i), 'triggerOrigin', 'https://login.severnsidetransport.co.uk'),
         p.uid, (SELECT id FROM zgen.org WHERE k = p.org), 0
  FROM zgen.p p WHERE p.i % 3 = 0
  UNION ALL
  SELECT 'user', p.uid, 'user.human.phone.code.added', 3, 1, p.created + interval '2 minutes',
         jsonb_build_object('code', zgen.crypto('phc', p.i, 'userKey', 16), 'expiry', 600000000000, 'codeReturned', false, 'triggerOrigin', 'https://login.severnsidetransport.co.uk'),
         p.uid, (SELECT id FROM zgen.org WHERE k = p.org), 0
  FROM zgen.p p WHERE p.i % 4 = 2 AND p.phone IS NOT NULL
  UNION ALL
  SELECT 'user', p.uid, 'user.human.email.changed', 4, 1, p.created + interval '300 days' + make_interval(hours => p.i),
         jsonb_build_object('email', p.email), p.uid, (SELECT id FROM zgen.org WHERE k = p.org), 0
  FROM zgen.p p WHERE p.i % 10 = 3
  UNION ALL
  SELECT 'user', p.uid, 'user.human.address.changed', 5, 1, p.created + interval '12 days' + make_interval(hours => p.i),
         jsonb_build_object('country', 'GB', 'locality', p.city, 'postalCode', p.postcode, 'streetAddress', p.street, 'region', 'England'),
         p.uid, (SELECT id FROM zgen.org WHERE k = p.org), 0
  FROM zgen.p p WHERE p.kind = 'rider' AND p.i % 6 = 1
  UNION ALL
  -- the ticket app's sessions (session API)
  SELECT 'session', zgen.zid('sess', s), 'session.added', 1, 1, zgen.at('sat', s, '2024-07-01', '2024-10-20'),
         jsonb_build_object('userAgent', jsonb_build_object('fingerprintID', zgen.zid('uaid', p.i), 'ip', fixture_gen.ipv4('sip', s),
           'description', zgen.ua('sua', s), 'header', jsonb_build_object('user-agent', jsonb_build_array(zgen.ua('sua', s))))),
         (SELECT uid FROM zgen.m WHERE k = 1), (SELECT id FROM zgen.org WHERE k = 3), 0
  FROM generate_series(1, 60) s JOIN zgen.p p ON p.i = 1 + fixture_gen.n('sp', s, 190)
  UNION ALL
  SELECT 'session', zgen.zid('sess', s), 'session.user.checked', 2, 1, zgen.at('sat', s, '2024-07-01', '2024-10-20') + interval '3 seconds',
         jsonb_build_object('userID', p.uid, 'userResourceOwner', (SELECT id FROM zgen.org WHERE k = 3), 'checkedAt', zgen.at('sat', s, '2024-07-01', '2024-10-20') + interval '3 seconds', 'preferredLanguage', p.lang),
         (SELECT uid FROM zgen.m WHERE k = 1), (SELECT id FROM zgen.org WHERE k = 3), 1
  FROM generate_series(1, 60) s JOIN zgen.p p ON p.i = 1 + fixture_gen.n('sp', s, 190)
  UNION ALL
  -- service accounts
  SELECT 'user', m.uid, 'user.machine.added', 1, 1, timestamptz '2022-03-10 09:00:00+00' + make_interval(days => m.k * 23),
         jsonb_build_object('userName', m.username, 'name', m.name, 'description', m.description, 'accessTokenType', CASE WHEN m.k IN (2, 7) THEN 1 ELSE 0 END),
         (SELECT uid FROM zgen.p WHERE i = 191), (SELECT id FROM zgen.org WHERE k = m.org), 0
  FROM zgen.m m
  UNION ALL
  SELECT 'user', m.uid, 'user.machine.secret.updated', 2, 1, timestamptz '2024-01-15 09:00:00+00' + make_interval(days => m.k * 5),
         jsonb_build_object('hashedSecret', zgen.bcrypt('msec', m.k)), (SELECT uid FROM zgen.p WHERE i = 192), (SELECT id FROM zgen.org WHERE k = m.org), 0
  FROM zgen.m m WHERE m.has_secret
  UNION ALL
  -- SMTP configuration of the instance
  SELECT 'instance', '263915840187463781', 'instance.smtp.config.added', 100 + k, 1, timestamptz '2022-02-14 10:30:00+00' + make_interval(days => k * 200),
         jsonb_build_object('id', zgen.zid('smtp', k), 'description', d, 'tls', true, 'senderAddress', sa, 'senderName', 'Severnside Transport', 'replyToAddress', 'customer.services@severnsidetransport.co.uk',
           'host', h, 'user', u, 'password', zgen.crypto('smtppw', k, 'smtpKey', 48)),
         (SELECT uid FROM zgen.p WHERE i = 191), '263915840187463781', 0
  FROM (VALUES (1, 'Office 365 relay (old)', 'noreply@severnsidetransport.co.uk', 'smtp.office365.com:587', 'kwame.mensah@severnsidetransport.co.uk'),
               (2, 'SendGrid', 'noreply@mail.severnsidetransport.co.uk', 'smtp.sendgrid.net:587', 'apikey')) v(k, d, sa, h, u)
) e;

CREATE TABLE eventstore.unique_constraints (
  instance_id TEXT,
  unique_type TEXT,
  unique_field TEXT,
  PRIMARY KEY (instance_id, unique_type, unique_field)
);
INSERT INTO eventstore.unique_constraints
SELECT '263915840187463781', 'usernames', lower(p.username) || CASE WHEN p.kind = 'staff' THEN (SELECT id FROM zgen.org WHERE k = 2) ELSE '' END FROM zgen.p p
UNION ALL SELECT '263915840187463781', 'usernames', m.username || (SELECT id FROM zgen.org WHERE k = m.org) FROM zgen.m m
UNION ALL SELECT '263915840187463781', 'org_name', lower(o.name) FROM zgen.org o
UNION ALL SELECT '263915840187463781', 'org_domain', o.domain FROM zgen.org o
UNION ALL SELECT '263915840187463781', 'project_names', pr.name || (SELECT id FROM zgen.org WHERE k = pr.org) FROM zgen.proj pr
UNION ALL SELECT '263915840187463781', 'external_idps', CASE p.idp WHEN 'google' THEN '263920188845081957' WHEN 'apple' THEN '263920251033829733' WHEN 'entra' THEN '263920317706485093'
    WHEN 'avl' THEN '271045530013213029' ELSE '280318003617230181' END || p.ext_id FROM zgen.p p WHERE p.idp IS NOT NULL
UNION ALL SELECT '263915840187463781', 'instance_domain', d FROM unnest(ARRAY['login.severnsidetransport.co.uk', 'id.severnsidetransport.co.uk', 'zitadel.internal.srta.local']) d;

CREATE TABLE eventstore.fields (
  instance_id TEXT NOT NULL,
  resource_owner TEXT NOT NULL,
  aggregate_type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  object_revision INT2 NOT NULL,
  field_name TEXT NOT NULL,
  value JSONB NOT NULL,
  value_must_be_unique BOOLEAN,
  should_index BOOLEAN,
  PRIMARY KEY (instance_id, aggregate_type, aggregate_id, object_type, object_id, field_name)
);
INSERT INTO eventstore.fields
SELECT '263915840187463781', o.id, 'org', o.id, 'org', o.id, 1, f, v, f = 'name', true
FROM zgen.org o CROSS JOIN LATERAL (VALUES ('name', to_jsonb(o.name)), ('state', '1'::jsonb), ('domain.primary', to_jsonb(o.domain))) x(f, v)
UNION ALL
SELECT '263915840187463781', (SELECT id FROM zgen.org WHERE k = pr.org), 'project', pr.id, 'project', pr.id, 1, f, v, false, true
FROM zgen.proj pr CROSS JOIN LATERAL (VALUES ('name', to_jsonb(pr.name)), ('state', '1'::jsonb)) x(f, v)
UNION ALL
SELECT '263915840187463781', (SELECT id FROM zgen.org WHERE k = pr.org), 'project', pr.id, 'project_role', r, 1, 'key', to_jsonb(r), false, true
FROM zgen.proj pr CROSS JOIN LATERAL unnest(CASE pr.k WHEN 1 THEN ARRAY['rider', 'ticket_inspector', 'refund_agent'] WHEN 3 THEN ARRAY['employee', 'manager', 'hr'] WHEN 4 THEN ARRAY['depot_supervisor', 'engineer'] ELSE ARRAY['user'] END) r
UNION ALL
SELECT '263915840187463781', '263915840187463781', 'instance', '263915840187463781', 'instance_member', p.uid, 1, 'roles', '["IAM_OWNER"]'::jsonb, false, false
FROM zgen.p p WHERE p.i IN (191, 192, 193, 194);

-- ---------------------------------------------------------------------------
-- ZITADEL: projections (read models).

CREATE SCHEMA projections;

CREATE TABLE projections.users14 (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  state SMALLINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  username TEXT NOT NULL,
  type SMALLINT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
CREATE INDEX users14_username_idx ON projections.users14 (username);
CREATE INDEX users14_resource_owner_idx ON projections.users14 (resource_owner);
INSERT INTO projections.users14
SELECT p.uid, p.created, p.created + make_interval(days => fixture_gen.n('uch', p.i, 500)), 1 + fixture_gen.n('useq', p.i, 14),
       CASE WHEN p.i % 37 = 0 THEN 3 WHEN p.i % 53 = 0 THEN 4 WHEN p.i % 41 = 0 THEN 5 ELSE 1 END,
       (SELECT id FROM zgen.org WHERE k = p.org), '263915840187463781', p.username, 1
FROM zgen.p p
UNION ALL
SELECT m.uid, timestamptz '2022-03-10 09:00:00+00' + make_interval(days => m.k * 23), timestamptz '2024-01-15 09:00:00+00' + make_interval(days => m.k * 5),
       CASE WHEN m.has_secret THEN 2 ELSE 1 END, CASE WHEN m.k = 11 THEN 2 ELSE 1 END, (SELECT id FROM zgen.org WHERE k = m.org), '263915840187463781', m.username, 2
FROM zgen.m m;

CREATE TABLE projections.users14_humans (
  user_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  nick_name TEXT,
  display_name TEXT,
  preferred_language TEXT,
  gender SMALLINT,
  avatar_key TEXT,
  email TEXT NOT NULL,
  is_email_verified BOOLEAN NOT NULL DEFAULT false,
  phone TEXT,
  is_phone_verified BOOLEAN,
  password_change_required BOOLEAN NOT NULL,
  password_changed TIMESTAMPTZ,
  mfa_init_skipped TIMESTAMPTZ,
  PRIMARY KEY (instance_id, user_id)
);
INSERT INTO projections.users14_humans
SELECT p.uid, '263915840187463781', p.first, p.last, p.nick,
       CASE WHEN p.i % 9 = 0 THEN p.first WHEN p.nick IS NOT NULL THEN p.nick || ' ' || p.last ELSE p.first || ' ' || p.last END,
       p.lang, NULLIF(p.gender, 0),
       CASE WHEN p.i % 6 = 0 THEN '263915840187463781/' || (SELECT id FROM zgen.org WHERE k = p.org) || '/avatar/' || p.uid END,
       p.email, p.i % 17 <> 0, CASE WHEN p.i % 23 = 0 THEN '' ELSE p.phone END, CASE WHEN p.phone IS NOT NULL THEN p.i % 4 <> 3 END,
       p.kind <> 'rider' AND p.i % 5 = 0,
       CASE WHEN p.i % 3 = 0 THEN p.created + interval '41 days' + make_interval(mins => p.i) END,
       CASE WHEN p.kind = 'rider' AND p.i % 2 = 0 THEN p.created + interval '1 minute' END
FROM zgen.p p;

CREATE TABLE projections.users14_machines (
  user_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  secret TEXT,
  access_token_type SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (instance_id, user_id)
);
INSERT INTO projections.users14_machines
SELECT m.uid, '263915840187463781', m.name, NULLIF(m.description, ''), CASE WHEN m.has_secret THEN zgen.bcrypt('msec', m.k) END, CASE WHEN m.k IN (2, 7) THEN 1 ELSE 0 END
FROM zgen.m m;

CREATE TABLE projections.users14_notifications (
  user_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  last_email TEXT,
  verified_email TEXT,
  verified_email_lower TEXT,
  last_phone TEXT,
  verified_phone TEXT,
  password_set BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (instance_id, user_id)
);
CREATE INDEX users14_notifications_email_search ON projections.users14_notifications (instance_id, verified_email_lower);
INSERT INTO projections.users14_notifications
SELECT p.uid, '263915840187463781', p.email, CASE WHEN p.i % 17 <> 0 THEN p.email END, CASE WHEN p.i % 17 <> 0 THEN lower(p.email) END,
       p.phone, CASE WHEN p.phone IS NOT NULL AND p.i % 4 <> 3 THEN p.phone END, p.idp IS NULL OR p.i % 2 = 0
FROM zgen.p p;

CREATE TABLE projections.login_names3_users (
  id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.login_names3_users
SELECT p.uid, p.username, (SELECT id FROM zgen.org WHERE k = p.org), '263915840187463781' FROM zgen.p p
UNION ALL SELECT m.uid, m.username, (SELECT id FROM zgen.org WHERE k = m.org), '263915840187463781' FROM zgen.m m;

CREATE TABLE projections.login_names3_domains (
  name TEXT NOT NULL,
  is_primary BOOLEAN NOT NULL DEFAULT false,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  PRIMARY KEY (instance_id, resource_owner, name)
);
INSERT INTO projections.login_names3_domains
SELECT o.domain, true, o.id, '263915840187463781' FROM zgen.org o WHERE o.verified
UNION ALL
SELECT lower(replace(replace(o.name, ' ', '-'), '.', '')) || '.login.severnsidetransport.co.uk', false, o.id, '263915840187463781' FROM zgen.org o WHERE o.k IN (2, 4, 5, 6)
UNION ALL
SELECT 'srta.co.uk', false, '263915843291845221', '263915840187463781';

CREATE TABLE projections.orgs1 (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  org_state SMALLINT NOT NULL,
  "sequence" BIGINT NOT NULL,
  name TEXT NOT NULL,
  primary_domain TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.orgs1
SELECT o.id, timestamptz '2022-02-14 10:02:11+00' + make_interval(days => o.k * 9), timestamptz '2024-05-02 08:00:00+00' + make_interval(days => o.k),
       o.id, '263915840187463781', 1, 3 + o.k, o.name, CASE WHEN o.verified THEN o.domain ELSE lower(replace(replace(o.name, ' ', '-'), '.', '')) || '.login.severnsidetransport.co.uk' END
FROM zgen.org o;

CREATE TABLE projections.org_domains2 (
  org_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  domain TEXT NOT NULL,
  is_verified BOOLEAN NOT NULL,
  is_primary BOOLEAN NOT NULL,
  validation_type SMALLINT NOT NULL,
  PRIMARY KEY (org_id, domain, instance_id)
);
INSERT INTO projections.org_domains2
SELECT o.id, '263915840187463781', timestamptz '2022-02-14 10:02:11+00' + make_interval(days => o.k * 9), timestamptz '2022-03-01 10:00:00+00' + make_interval(days => o.k * 9),
       2, lower(replace(replace(o.name, ' ', '-'), '.', '')) || '.login.severnsidetransport.co.uk', true, NOT o.verified OR o.k IN (1, 3), 0
FROM zgen.org o WHERE o.k <> 1
UNION ALL
SELECT o.id, '263915840187463781', timestamptz '2022-04-01 10:00:00+00' + make_interval(days => o.k * 11), timestamptz '2022-04-02 10:00:00+00' + make_interval(days => o.k * 11),
       4, o.domain, o.verified, o.verified, CASE WHEN o.k = 6 THEN 2 ELSE 1 END
FROM zgen.org o WHERE o.k IN (1, 2, 4, 5, 6)
UNION ALL
SELECT '263915843291845221', '263915840187463781', '2023-06-12 14:00:00+00', '2023-06-12 14:20:00+00', 9, d, d <> 'severnside.travel', false, 1
FROM unnest(ARRAY['srta.co.uk', 'severnside.travel', 'travelwest-severnside.org.uk']) d;

CREATE TABLE projections.instance_domains (
  instance_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  domain TEXT NOT NULL,
  is_generated BOOLEAN NOT NULL,
  is_primary BOOLEAN NOT NULL,
  PRIMARY KEY (instance_id, domain)
);
INSERT INTO projections.instance_domains VALUES
 ('263915840187463781', '2022-02-14 10:00:02+00', '2022-02-14 10:00:02+00', 3, 'zitadel.internal.srta.local', true, false),
 ('263915840187463781', '2022-02-14 10:00:02+00', '2022-05-20 07:00:00+00', 4, 'id.severnsidetransport.co.uk', false, false),
 ('263915840187463781', '2022-05-20 07:00:00+00', '2022-05-20 07:00:00+00', 5, 'login.severnsidetransport.co.uk', false, true);

CREATE TABLE projections.projects4 (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  state SMALLINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  name TEXT NOT NULL,
  project_role_assertion BOOLEAN NOT NULL,
  project_role_check BOOLEAN NOT NULL,
  has_project_check BOOLEAN NOT NULL,
  private_labeling_setting SMALLINT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.projects4
SELECT pr.id, timestamptz '2022-02-20 09:00:00+00' + make_interval(days => pr.k * 17), timestamptz '2024-03-01 09:00:00+00' + make_interval(days => pr.k * 3), 4 + pr.k,
       CASE WHEN pr.k = 6 THEN 2 ELSE 1 END, (SELECT id FROM zgen.org WHERE k = pr.org), '263915840187463781', pr.name, pr.k IN (1, 3, 4, 5), pr.k IN (3, 4, 5), pr.k IN (3, 4),
       CASE WHEN pr.k IN (1, 2) THEN 1 ELSE 0 END
FROM zgen.proj pr;

CREATE TABLE projections.project_roles4 (
  project_id TEXT NOT NULL,
  role_key TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  group_name TEXT,
  PRIMARY KEY (instance_id, project_id, role_key)
);
INSERT INTO projections.project_roles4
SELECT pr.id, r.key, timestamptz '2022-03-01 09:00:00+00' + make_interval(days => pr.k * 17 + r.o), timestamptz '2022-03-01 09:00:00+00' + make_interval(days => pr.k * 17 + r.o),
       r.o, (SELECT id FROM zgen.org WHERE k = pr.org), '263915840187463781', r.dn, r.grp
FROM zgen.proj pr JOIN (VALUES
  (1, 'rider', 'Rider', 'Customers', 1), (1, 'ticket_inspector', 'Revenue protection officer', 'Staff', 2), (1, 'refund_agent', 'Refund agent', 'Staff', 3),
  (1, 'fare_admin', 'Fares administrator', 'Staff', 4), (1, 'reporting', 'Sales reporting (read only)', 'Staff', 5),
  (2, 'planner_editor', 'Timetable editor', 'Staff', 1), (2, 'favourites', 'Favourites sync', NULL, 2),
  (3, 'employee', 'Employee', 'All staff', 1), (3, 'manager', 'Line manager', 'All staff', 2), (3, 'hr', 'HR adviser', 'HR', 3), (3, 'payroll', 'Payroll', 'HR', 4),
  (3, 'it_admin', 'IT administrator', 'IT', 5),
  (4, 'depot_supervisor', 'Depot supervisor', 'Operations', 1), (4, 'engineer', 'Fleet engineer', 'Operations', 2), (4, 'cctv_viewer', 'CCTV viewer (police requests)', 'Operations', 3),
  (4, 'dpo', 'Data protection officer', 'Compliance', 4),
  (5, 'caseworker', 'Concessions caseworker', 'Concessions', 1), (5, 'council_officer', 'Council officer', 'Partners', 2), (5, 'auditor', 'Auditor', NULL, 3),
  (6, 'developer', 'Registered developer', 'Public', 1), (6, 'partner', 'Data partner', 'Public', 2),
  (7, 'driver', 'Driver', 'Avonline', 1), (7, 'duty_manager', 'Duty manager', 'Avonline', 2), (7, 'controller', 'Network controller', 'Avonline', 3),
  (0, 'ORG_OWNER', 'Organisation owner', NULL, 1)) r(pk, key, dn, grp, o) ON r.pk = pr.k;

CREATE TABLE projections.apps7 (
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  project_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  state SMALLINT NOT NULL,
  "sequence" BIGINT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
CREATE INDEX apps7_project_id_idx ON projections.apps7 (project_id);
INSERT INTO projections.apps7
SELECT a.id, a.name, pr.id, timestamptz '2022-03-05 09:00:00+00' + make_interval(days => a.k * 29), timestamptz '2024-02-01 09:00:00+00' + make_interval(days => a.k * 7),
       (SELECT id FROM zgen.org WHERE k = pr.org), '263915840187463781', CASE WHEN a.k = 10 THEN 2 ELSE 1 END, 20 + a.k
FROM zgen.app a JOIN zgen.proj pr ON pr.k = a.proj;

CREATE TABLE projections.apps7_api_configs (
  app_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_secret TEXT,
  auth_method SMALLINT NOT NULL,
  PRIMARY KEY (instance_id, app_id)
);
INSERT INTO projections.apps7_api_configs
SELECT a.id, '263915840187463781', a.client_id, CASE WHEN a.auth = 0 THEN zgen.bcrypt('apisec', a.k) END, a.auth
FROM zgen.app a WHERE a.kind = 'api';

CREATE TABLE projections.apps7_oidc_configs (
  app_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  version SMALLINT NOT NULL,
  client_id TEXT NOT NULL,
  client_secret TEXT,
  redirect_uris TEXT[],
  response_types SMALLINT[],
  grant_types SMALLINT[],
  application_type SMALLINT NOT NULL,
  auth_method_type SMALLINT NOT NULL,
  post_logout_redirect_uris TEXT[],
  is_dev_mode BOOLEAN NOT NULL,
  access_token_type SMALLINT NOT NULL,
  access_token_role_assertion BOOLEAN NOT NULL DEFAULT false,
  id_token_role_assertion BOOLEAN NOT NULL DEFAULT false,
  id_token_userinfo_assertion BOOLEAN NOT NULL DEFAULT false,
  clock_skew BIGINT NOT NULL DEFAULT 0,
  additional_origins TEXT[],
  skip_native_app_success_page BOOLEAN NOT NULL DEFAULT false,
  back_channel_logout_uri TEXT,
  PRIMARY KEY (instance_id, app_id)
);
INSERT INTO projections.apps7_oidc_configs
SELECT a.id, '263915840187463781', 0, a.client_id, CASE WHEN a.auth IN (0, 2) THEN zgen.bcrypt('oidcsec', a.k) END, a.redirects,
       ARRAY[0]::smallint[], CASE WHEN a.app_type = 2 THEN ARRAY[0, 2]::smallint[] ELSE ARRAY[0, 2]::smallint[] END, a.app_type, a.auth,
       CASE WHEN a.app_type = 2 THEN ARRAY[split_part(a.redirects[1], '://', 1) || '://logout'] ELSE ARRAY[split_part(a.redirects[1], '/', 1) || '//' || split_part(a.redirects[1], '/', 3) || '/'] END,
       a.k = 14, CASE WHEN a.k IN (2, 3, 4) THEN 1 ELSE 0 END, a.k IN (8, 9, 10, 12), a.k IN (9, 12), a.k IN (8, 15), CASE WHEN a.k = 15 THEN 5000000000 ELSE 0 END,
       CASE WHEN a.k = 4 THEN ARRAY['https://www.severnsidetransport.co.uk'] END, a.k IN (2, 3), CASE WHEN a.k = 9 THEN 'https://rota.internal.severnsidetransport.co.uk/oidc/backchannel-logout' END
FROM zgen.app a WHERE a.kind = 'oidc';

CREATE TABLE projections.authn_keys2 (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  "sequence" BIGINT NOT NULL,
  object_id TEXT NOT NULL,
  expiration TIMESTAMPTZ NOT NULL,
  identifier TEXT NOT NULL,
  public_key BYTEA NOT NULL,
  enabled BOOLEAN NOT NULL DEFAULT true,
  type SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.authn_keys2
SELECT zgen.zid('akey', k), zgen.at('akc', k, '2023-01-01', '2024-10-01'), zgen.at('akc', k, '2023-01-01', '2024-10-01'), owner_org, '263915840187463781', agg, 3 + k % 4, obj,
       zgen.at('ake', k, '2025-01-01', '2026-12-31'), ident,
       convert_to('-----BEGIN PUBLIC KEY-----' || E'\n' || fixture_gen.b64('akpub', k, 200) || E'\n' || fixture_gen.b64('akpub2', k, 94) || E'\n' || '-----END PUBLIC KEY-----' || E'\n', 'UTF8'),
       k % 9 <> 0, 1
FROM (
  SELECT g.n AS k, (SELECT o.id FROM zgen.org o WHERE o.k = m.org) AS owner_org, m.uid AS agg, m.uid AS obj, m.uid AS ident
  FROM generate_series(1, 14) g(n) JOIN zgen.m m ON m.k = 1 + (g.n % 12) WHERE NOT m.has_secret OR g.n > 12
  UNION ALL
  SELECT 20 + g.n, (SELECT o.id FROM zgen.org o WHERE o.k = pr.org), pr.id, a.id, a.client_id
  FROM generate_series(1, 8) g(n) JOIN zgen.app a ON a.k = CASE g.n % 4 WHEN 0 THEN 5 WHEN 1 THEN 11 WHEN 2 THEN 16 ELSE 9 END JOIN zgen.proj pr ON pr.k = a.proj
) x;

CREATE TABLE projections.keys4_private (
  id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  expiry TIMESTAMPTZ NOT NULL,
  key JSONB NOT NULL,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.keys4_private
SELECT zgen.zid('sigkey', k), '263915840187463781', timestamptz '2024-08-01 00:00:00+00' + make_interval(hours => k * 6), zgen.crypto('sigpriv', k, 'oidcKey', 256)
FROM generate_series(1, 48) k;

CREATE TABLE projections.sessions8 (
  id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  state SMALLINT NOT NULL,
  resource_owner TEXT NOT NULL,
  domain TEXT,
  creator TEXT NOT NULL,
  user_id TEXT,
  user_resource_owner TEXT,
  user_checked_at TIMESTAMPTZ,
  password_checked_at TIMESTAMPTZ,
  intent_checked_at TIMESTAMPTZ,
  webauthn_checked_at TIMESTAMPTZ,
  webauthn_user_verified BOOLEAN,
  totp_checked_at TIMESTAMPTZ,
  otp_sms_checked_at TIMESTAMPTZ,
  otp_email_checked_at TIMESTAMPTZ,
  metadata JSONB,
  token_id TEXT,
  user_agent_fingerprint_id TEXT,
  user_agent_ip TEXT,
  user_agent_description TEXT,
  user_agent_header JSONB,
  expiration TIMESTAMPTZ,
  PRIMARY KEY (instance_id, id)
);
CREATE INDEX sessions8_user_agent_idx ON projections.sessions8 (user_agent_fingerprint_id);
INSERT INTO projections.sessions8
SELECT zgen.zid('sess', s), '263915840187463781', t, t + make_interval(secs => 3 + fixture_gen.n('sch', s, 40)), 2 + fixture_gen.n('sseq', s, 4), 1,
       '263915840187463781', 'login.severnsidetransport.co.uk', (SELECT uid FROM zgen.m WHERE k = 1),
       CASE WHEN s % 25 = 0 THEN NULL ELSE p.uid END, CASE WHEN s % 25 = 0 THEN NULL ELSE (SELECT id FROM zgen.org WHERE k = p.org) END,
       CASE WHEN s % 25 = 0 THEN NULL ELSE t + interval '3 seconds' END,
       CASE WHEN s % 25 <> 0 AND (p.idp IS NULL OR s % 2 = 0) AND s % 7 <> 3 THEN t + interval '9 seconds' END,
       CASE WHEN s % 25 <> 0 AND p.idp IS NOT NULL AND s % 2 = 1 THEN t + interval '14 seconds' END,
       CASE WHEN s % 7 = 3 THEN t + interval '6 seconds' END, CASE WHEN s % 7 = 3 THEN true END,
       CASE WHEN p.kind <> 'rider' AND s % 3 = 0 THEN t + interval '20 seconds' END,
       CASE WHEN p.kind = 'rider' AND s % 11 = 4 THEN t + interval '40 seconds' END,
       CASE WHEN s % 13 = 6 THEN t + interval '55 seconds' END,
       CASE WHEN ua LIKE 'SevernsideGo%' THEN jsonb_build_object('app_version', zgen.b64t(split_part(split_part(ua, ' ', 1), '/', 2)),
              'device_name', zgen.b64t(CASE s % 4 WHEN 0 THEN p.first || '''s iPhone' WHEN 1 THEN 'Pixel 6a' WHEN 2 THEN p.first || ' ' || p.last || '''s phone' ELSE 'Galaxy S23 von ' || p.first END))
            WHEN s % 5 = 0 THEN '{}'::jsonb END,
       CASE WHEN s % 25 = 0 THEN NULL ELSE zgen.zid('stok', s) END,
       zgen.zid('uaid', p.i), CASE WHEN s % 6 = 0 THEN fixture_gen.ipv6('sip6', s) ELSE fixture_gen.ipv4('sip', s) END, ua,
       jsonb_build_object('user-agent', jsonb_build_array(ua), 'accept-language', jsonb_build_array(CASE p.lang WHEN 'cy' THEN 'cy-GB,cy;q=0.9,en-GB;q=0.8' WHEN 'pl' THEN 'pl-PL,pl;q=0.9,en;q=0.8' ELSE 'en-GB,en;q=0.9' END),
         'x-forwarded-for', jsonb_build_array(CASE WHEN s % 6 = 0 THEN fixture_gen.ipv6('sip6', s) ELSE fixture_gen.ipv4('sip', s) END || ', 10.20.4.11')),
       CASE WHEN s % 4 = 0 THEN NULL ELSE t + interval '30 days' END
FROM generate_series(1, 300) s
JOIN zgen.p p ON p.i = CASE WHEN s <= 60 THEN 1 + fixture_gen.n('sp', s, 190) ELSE 1 + fixture_gen.n('sp2', s, 250) END
CROSS JOIN LATERAL (SELECT zgen.at('sat', s, '2024-07-01', '2024-10-20') AS t,
  CASE WHEN p.kind = 'driver' THEN 'DriverHub/2.3 (Android 12; Zebra TC52)' ELSE zgen.ua('sua', s) END AS ua) x;

CREATE TABLE projections.auth_requests (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  login_client TEXT NOT NULL,
  client_id TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  scope TEXT[] NOT NULL,
  prompt SMALLINT[],
  ui_locales TEXT[],
  max_age INTERVAL,
  login_hint TEXT,
  hint_user_id TEXT,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.auth_requests
SELECT 'V2_' || zgen.zid('areq', r), t, t, 1, '263915840187463781', '263915840187463781', (SELECT uid FROM zgen.m WHERE k = 1), a.client_id, a.redirects[1],
       CASE WHEN a.k IN (2, 3) THEN ARRAY['openid', 'profile', 'email', 'offline_access', 'urn:zitadel:iam:org:project:id:263916102917726309:aud']
            ELSE ARRAY['openid', 'profile', 'email'] END,
       CASE WHEN r % 9 = 0 THEN ARRAY[2]::smallint[] WHEN r % 4 = 0 THEN ARRAY[3]::smallint[] ELSE ARRAY[]::smallint[] END,
       CASE WHEN p.lang <> 'en' THEN ARRAY[p.lang, 'en'] ELSE ARRAY['en-GB'] END,
       CASE WHEN a.k IN (9, 12) THEN interval '12 hours' END,
       CASE WHEN r % 3 = 0 THEN p.email WHEN r % 3 = 1 AND a.k = 15 THEN p.username WHEN r % 10 = 5 THEN fixture_gen.ascii(p.first) END,
       CASE WHEN r % 7 = 0 THEN p.uid END
FROM generate_series(1, 150) r
JOIN zgen.app a ON a.k = fixture_gen.pick(ARRAY['2', '2', '3', '3', '4', '4', '6', '8', '9', '12', '14', '15'], 'arapp', r)::int
JOIN zgen.p p ON p.i = CASE WHEN a.k = 15 THEN 229 + fixture_gen.n('arp', r, 14) WHEN a.k IN (8, 9, 12) THEN 191 + fixture_gen.n('arp', r, 38) ELSE 1 + fixture_gen.n('arp', r, 190) END
CROSS JOIN LATERAL (SELECT zgen.at('art', r, '2024-10-20 06:00', '2024-10-20 21:00') AS t) x;

CREATE TABLE projections.idp_templates6 (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  state SMALLINT NOT NULL,
  name TEXT,
  owner_type SMALLINT NOT NULL,
  type SMALLINT NOT NULL,
  is_creation_allowed BOOLEAN NOT NULL DEFAULT false,
  is_linking_allowed BOOLEAN NOT NULL DEFAULT false,
  is_auto_creation BOOLEAN NOT NULL DEFAULT false,
  is_auto_update BOOLEAN NOT NULL DEFAULT false,
  auto_linking SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.idp_templates6 VALUES
 ('263920188845081957', '2022-03-02 11:00:00+00', '2024-02-11 10:00:00+00', 6, '263915847703326821', '263915840187463781', 1, 'Continue with Google', 2, 10, true, true, true, false, 2),
 ('263920251033829733', '2022-03-02 11:05:00+00', '2024-02-11 10:05:00+00', 5, '263915847703326821', '263915840187463781', 1, 'Sign in with Apple', 2, 14, true, true, true, false, 2),
 ('263920317706485093', '2022-03-02 11:20:00+00', '2023-11-08 09:40:00+00', 9, '263915843291845221', '263915840187463781', 1, 'SRTA staff (Microsoft)', 2, 9, false, true, false, true, 1),
 ('271045530013213029', '2023-01-16 08:30:00+00', '2023-01-16 08:45:00+00', 3, '271044186223452261', '263915840187463781', 1, 'Avonline Entra ID', 2, 1, true, true, true, true, 1),
 ('280318003617230181', '2023-09-04 13:10:00+00', '2024-06-19 15:00:00+00', 7, '280317762205352037', '263915840187463781', 1, 'Mendip CT directory', 2, 2, true, true, true, true, 0),
 ('266480391744069733', '2022-11-21 10:00:00+00', '2023-02-01 10:00:00+00', 4, '263915843291845221', '263915840187463781', 2, 'SRTA on-prem AD (retired)', 2, 2, false, false, false, false, 0);

CREATE TABLE projections.idp_templates6_oidc (
  idp_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  issuer TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_secret JSONB NOT NULL,
  scopes TEXT[],
  id_token_mapping BOOLEAN NOT NULL DEFAULT false,
  use_pkce BOOLEAN,
  PRIMARY KEY (instance_id, idp_id)
);
INSERT INTO projections.idp_templates6_oidc VALUES
 ('263920188845081957', '263915840187463781', 'https://accounts.google.com', '904117352086-' || fixture_gen.chars('gcid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com',
   zgen.crypto('idpsec', 1, 'idpConfigKey', 48), ARRAY['openid', 'profile', 'email'], true, false),
 ('263920317706485093', '263915840187463781', 'https://login.microsoftonline.com/' || fixture_gen.uuid('srtatenant', 1) || '/v2.0', fixture_gen.uuid('srtaapp', 1),
   zgen.crypto('idpsec', 3, 'idpConfigKey', 64), ARRAY['openid', 'profile', 'email', 'User.Read'], false, true),
 ('271045530013213029', '263915840187463781', 'https://login.microsoftonline.com/' || fixture_gen.uuid('avltenant', 1) || '/v2.0', fixture_gen.uuid('avlapp', 1),
   zgen.crypto('idpsec', 4, 'idpConfigKey', 64), ARRAY['openid', 'profile', 'email', 'offline_access'], true, true);

CREATE TABLE projections.idp_templates6_ldap2 (
  idp_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  servers TEXT[] NOT NULL,
  start_tls BOOLEAN NOT NULL,
  base_dn TEXT NOT NULL,
  bind_dn TEXT NOT NULL,
  bind_password JSONB NOT NULL,
  user_base TEXT NOT NULL,
  user_object_classes TEXT[] NOT NULL,
  user_filters TEXT[] NOT NULL,
  timeout BIGINT NOT NULL,
  id_attribute TEXT,
  first_name_attribute TEXT,
  last_name_attribute TEXT,
  display_name_attribute TEXT,
  email_attribute TEXT,
  phone_attribute TEXT,
  preferred_username_attribute TEXT,
  root_ca BYTEA,
  PRIMARY KEY (instance_id, idp_id)
);
INSERT INTO projections.idp_templates6_ldap2 VALUES
 ('280318003617230181', '263915840187463781', ARRAY['ldaps://dc1.mendipct.local:636'], false, 'DC=mendipct,DC=local', 'CN=Gareth Pryce,OU=Trustees,DC=mendipct,DC=local',
   zgen.crypto('ldappw', 1, 'idpConfigKey', 32), 'OU=Volunteers,DC=mendipct,DC=local', ARRAY['user', 'person'], ARRAY['sAMAccountName', 'mail'], 10000000000,
   'objectGUID', 'givenName', 'sn', 'displayName', 'mail', 'mobile', 'sAMAccountName',
   convert_to('-----BEGIN CERTIFICATE-----' || E'\n' || fixture_gen.b64('mctca', 1, 180) || E'\n' || '-----END CERTIFICATE-----' || E'\n', 'UTF8')),
 ('266480391744069733', '263915840187463781', ARRAY['ldap://srta-dc01.corp.srta.local:389', 'ldap://srta-dc02.corp.srta.local:389'], true, 'DC=corp,DC=srta,DC=local',
   'CN=svc-zitadel-bind,OU=Service Accounts,DC=corp,DC=srta,DC=local', zgen.crypto('ldappw', 2, 'idpConfigKey', 32), 'OU=Staff,DC=corp,DC=srta,DC=local',
   ARRAY['user'], ARRAY['sAMAccountName', 'userPrincipalName'], 30000000000, 'objectGUID', 'givenName', 'sn', 'displayName', 'userPrincipalName', 'telephoneNumber', 'sAMAccountName', NULL);

CREATE TABLE projections.idp_user_links3 (
  idp_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  external_user_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  PRIMARY KEY (instance_id, idp_id, external_user_id)
);
INSERT INTO projections.idp_user_links3
SELECT CASE p.idp WHEN 'google' THEN '263920188845081957' WHEN 'apple' THEN '263920251033829733' WHEN 'entra' THEN '263920317706485093'
    WHEN 'avl' THEN '271045530013213029' ELSE '280318003617230181' END,
       p.uid, p.ext_id, p.created + interval '20 seconds', p.created + interval '20 seconds', 2, (SELECT id FROM zgen.org WHERE k = p.org), '263915840187463781',
       CASE p.idp WHEN 'apple' THEN CASE WHEN p.i % 3 = 0 THEN fixture_gen.chars('apr', p.i, 10, 'abcdefghijklmnopqrstuvwxyz0123456789') || '@privaterelay.appleid.com' ELSE p.email END
                  WHEN 'google' THEN p.email WHEN 'ldap' THEN p.ext_id ELSE p.first || ' ' || p.last END
FROM zgen.p p WHERE p.idp IS NOT NULL;

CREATE TABLE projections.smtp_configs5 (
  id TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  description TEXT NOT NULL,
  state SMALLINT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.smtp_configs5 VALUES
 (zgen.zid('smtp', 1), '263915840187463781', '2022-09-01 10:30:00+00', '2023-03-20 10:30:00+00', 101, '263915840187463781', '263915840187463781', 'Office 365 relay (old)', 2),
 (zgen.zid('smtp', 2), '263915840187463781', '2023-03-20 10:30:00+00', '2024-04-02 08:15:00+00', 102, '263915840187463781', '263915840187463781', 'SendGrid', 1),
 (zgen.zid('smtp', 3), '263915840187463781', '2024-06-11 13:00:00+00', '2024-06-11 13:00:00+00', 140, '263915840187463781', '263915840187463781', 'Mailpit (load test, do not activate)', 2);

CREATE TABLE projections.smtp_configs5_smtp (
  id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  tls BOOLEAN NOT NULL,
  sender_address TEXT NOT NULL,
  sender_name TEXT NOT NULL,
  reply_to_address TEXT NOT NULL,
  host TEXT NOT NULL,
  username TEXT NOT NULL,
  password JSONB,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.smtp_configs5_smtp VALUES
 (zgen.zid('smtp', 1), '263915840187463781', true, 'noreply@severnsidetransport.co.uk', 'Severnside Transport', 'customer.services@severnsidetransport.co.uk', 'smtp.office365.com:587',
   'kwame.mensah@severnsidetransport.co.uk', zgen.crypto('smtppw', 1, 'smtpKey', 48)),
 (zgen.zid('smtp', 2), '263915840187463781', true, 'noreply@mail.severnsidetransport.co.uk', 'Severnside Transport', 'customer.services@severnsidetransport.co.uk', 'smtp.sendgrid.net:587',
   'apikey', zgen.crypto('smtppw', 2, 'smtpKey', 96)),
 (zgen.zid('smtp', 3), '263915840187463781', false, 'loadtest@severnsidetransport.co.uk', 'SRTA load test', '', 'mailpit.internal.srta.local:1025', '', NULL);

CREATE TABLE projections.sms_configs3 (
  id TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  state SMALLINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.sms_configs3 VALUES
 (zgen.zid('sms', 1), '263915840187463781', '2022-09-14 09:00:00+00', '2024-01-08 09:00:00+00', 110, 1, '263915840187463781', '263915840187463781', 'Twilio (riders, UK)'),
 (zgen.zid('sms', 2), '263915840187463781', '2023-05-02 09:00:00+00', '2023-05-02 09:00:00+00', 118, 2, '263915840187463781', '263915840187463781', 'Twilio test account'),
 (zgen.zid('sms', 3), '263915840187463781', '2024-01-08 09:00:00+00', '2024-01-08 09:10:00+00', 131, 2, '263915840187463781', '263915840187463781', 'Esendex via HTTP bridge (fallback)');

CREATE TABLE projections.sms_configs3_twilio (
  sms_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  sid TEXT NOT NULL,
  sender_number TEXT NOT NULL,
  token JSONB NOT NULL,
  verify_service_sid TEXT,
  PRIMARY KEY (instance_id, sms_id)
);
INSERT INTO projections.sms_configs3_twilio VALUES
 (zgen.zid('sms', 1), '263915840187463781', 'AC' || fixture_gen.hexn('twsid', 1, 32), 'SRTA', zgen.crypto('twtok', 1, 'smsKey', 32), 'VA' || fixture_gen.hexn('twva', 1, 32)),
 (zgen.zid('sms', 2), '263915840187463781', 'AC' || fixture_gen.hexn('twsid', 2, 32), '+15005550006', zgen.crypto('twtok', 2, 'smsKey', 32), NULL);

CREATE TABLE projections.sms_configs3_http (
  sms_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  PRIMARY KEY (instance_id, sms_id)
);
INSERT INTO projections.sms_configs3_http VALUES
 (zgen.zid('sms', 3), '263915840187463781', 'https://srta-zitadel:' || zgen.rnd('esx', 1, 24) || '@sms-bridge.internal.srta.local/v1/zitadel');

CREATE TABLE projections.quotas (
  id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  unit SMALLINT NOT NULL,
  amount BIGINT,
  from_anchor TIMESTAMPTZ,
  "interval" INTERVAL,
  limit_usage BOOLEAN,
  PRIMARY KEY (instance_id, unit)
);
INSERT INTO projections.quotas VALUES
 (zgen.zid('quota', 1), '263915840187463781', 1, 5000000, '2024-01-01 00:00:00+00', interval '30 days', false),
 (zgen.zid('quota', 2), '263915840187463781', 2, 200000, '2024-01-01 00:00:00+00', interval '30 days', true);

CREATE TABLE projections.quotas_notifications (
  instance_id TEXT NOT NULL,
  unit SMALLINT NOT NULL,
  id TEXT NOT NULL,
  call_url TEXT NOT NULL,
  percent BIGINT NOT NULL,
  repeat BOOLEAN,
  latest_due_period_start TIMESTAMPTZ,
  next_due_threshold SMALLINT,
  PRIMARY KEY (instance_id, unit, id)
);
INSERT INTO projections.quotas_notifications VALUES
 ('263915840187463781', 1, zgen.zid('qn', 1), 'https://hooks.slack.com/services/T0' || fixture_gen.chars('slk', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('slk', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || zgen.rnd('slk', 3, 24), 80, true, '2024-10-01 00:00:00+00', 80),
 ('263915840187463781', 1, zgen.zid('qn', 2), 'https://ops.internal.severnsidetransport.co.uk/alerts/zitadel-quota', 100, false, NULL, 100),
 ('263915840187463781', 2, zgen.zid('qn', 3), 'https://ops.internal.severnsidetransport.co.uk/alerts/zitadel-quota?token=' || zgen.rnd('qtok', 1, 32), 90, true, '2024-10-01 00:00:00+00', 90),
 ('263915840187463781', 2, zgen.zid('qn', 4), 'https://prod-27.uksouth.logic.azure.com:443/workflows/' || fixture_gen.hexn('la', 1, 32) || '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=' || zgen.rnd('lasig', 1, 43), 100, false, NULL, 100);

CREATE TABLE projections.secret_generators2 (
  generator_type SMALLINT NOT NULL,
  aggregate_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  length BIGINT NOT NULL,
  expiry INTERVAL NOT NULL,
  include_lower_letters BOOLEAN NOT NULL,
  include_upper_letters BOOLEAN NOT NULL,
  include_digits BOOLEAN NOT NULL,
  include_symbols BOOLEAN NOT NULL,
  PRIMARY KEY (instance_id, generator_type, aggregate_id)
);
INSERT INTO projections.secret_generators2
SELECT g, '263915840187463781', '2022-02-14 10:00:03+00', CASE WHEN g IN (3, 8) THEN timestamptz '2023-05-02 09:00:00+00' ELSE timestamptz '2022-02-14 10:00:03+00' END, 10 + g,
       '263915840187463781', '263915840187463781',
       CASE g WHEN 1 THEN 6 WHEN 2 THEN 6 WHEN 3 THEN 6 WHEN 4 THEN 32 WHEN 5 THEN 6 WHEN 6 THEN 12 WHEN 7 THEN 64 WHEN 8 THEN 6 ELSE 8 END,
       CASE g WHEN 1 THEN interval '72 hours' WHEN 4 THEN interval '0' WHEN 7 THEN interval '0' WHEN 6 THEN interval '1 hour' WHEN 8 THEN interval '5 minutes' WHEN 9 THEN interval '5 minutes' ELSE interval '1 hour' END,
       g IN (4, 6, 7), g IN (1, 2, 4, 5, 6, 7), true, false
FROM generate_series(1, 9) g;

CREATE TABLE projections.personal_access_tokens3 (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  expiration TIMESTAMPTZ NOT NULL,
  scopes TEXT[],
  PRIMARY KEY (instance_id, id)
);
INSERT INTO projections.personal_access_tokens3
SELECT zgen.zid('pat', g.n), t, t, 3 + g.n % 5, (SELECT o.id FROM zgen.org o WHERE o.k = m.org), '263915840187463781', m.uid,
       CASE WHEN g.n % 4 = 0 THEN timestamptz '9999-01-01 00:00:00+00' ELSE t + interval '365 days' END,
       ARRAY['openid', 'urn:zitadel:iam:org:project:id:zitadel:aud']
FROM generate_series(1, 26) g(n) JOIN zgen.m m ON m.k = 1 + fixture_gen.n('patm', g.n, 12)
CROSS JOIN LATERAL (SELECT zgen.at('patc', g.n, '2023-01-01', '2024-10-15') AS t) x;

CREATE TABLE projections.user_metadata5 (
  user_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  key TEXT NOT NULL,
  value BYTEA,
  PRIMARY KEY (instance_id, user_id, key)
);
INSERT INTO projections.user_metadata5
SELECT p.uid, p.created + interval '1 hour', p.created + interval '1 hour' + make_interval(days => fixture_gen.n('mdc', p.i, 200)), 5 + o, (SELECT id FROM zgen.org WHERE k = p.org),
       '263915840187463781', k, convert_to(v, 'UTF8')
FROM zgen.p p
CROSS JOIN LATERAL (VALUES
  (1, 'customer_no', CASE WHEN p.kind = 'rider' THEN 'SRT' || lpad((180000 + p.i * 7)::text, 8, '0') END),
  (2, 'date_of_birth', CASE WHEN p.kind = 'rider' AND p.i % 2 = 0 THEN to_char(p.birth, 'YYYY-MM-DD') END),
  (3, 'concession', CASE WHEN p.kind = 'rider' AND p.i % 5 = 0 THEN fixture_gen.pick(ARRAY['older_persons', 'disabled_persons', 'disabled_persons_companion', 'young_persons', 'jobseeker'], 'conc', p.i) END),
  (4, 'home_stop', CASE WHEN p.kind = 'rider' AND p.i % 3 = 1 THEN (SELECT code FROM zgen.stop WHERE k = 1 + p.i % 40) END),
  (5, 'postal_address', CASE WHEN p.kind = 'rider' AND p.i % 4 = 0 THEN p.street || E'\n' || p.city || E'\n' || p.postcode END),
  (6, 'employee_no', CASE WHEN p.kind IN ('staff', 'driver') THEN CASE p.kind WHEN 'staff' THEN 'E' ELSE 'AVL-' END || lpad((1000 + p.i * 3)::text, 5, '0') END),
  (7, 'depot', CASE WHEN p.kind = 'driver' OR (p.kind = 'staff' AND p.i % 4 = 0) THEN fixture_gen.pick(ARRAY['Lawrence Hill', 'Hengrove', 'Bath Weston Island', 'Wells Road'], 'dep', p.i) END),
  (8, 'marketing_opt_in', CASE WHEN p.kind = 'rider' AND p.i % 3 = 0 THEN CASE WHEN p.i % 2 = 0 THEN 'true' ELSE 'false' END END),
  (9, 'ui_theme', CASE WHEN p.i % 10 = 7 THEN 'dark' END)) x(o, k, v)
WHERE v IS NOT NULL;

CREATE TABLE projections.user_auth_methods5 (
  user_id TEXT NOT NULL,
  method_type SMALLINT NOT NULL,
  token_id TEXT NOT NULL,
  creation_date TIMESTAMPTZ NOT NULL,
  change_date TIMESTAMPTZ NOT NULL,
  "sequence" BIGINT NOT NULL,
  state SMALLINT NOT NULL,
  resource_owner TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  name TEXT NOT NULL,
  domain TEXT,
  PRIMARY KEY (instance_id, user_id, method_type, token_id)
);
INSERT INTO projections.user_auth_methods5
SELECT p.uid, mt, CASE WHEN mt IN (2, 3) THEN zgen.zid('wan', p.i * 10 + mt) ELSE '' END, t, t, 6 + mt, 2, (SELECT id FROM zgen.org WHERE k = p.org), '263915840187463781',
       CASE WHEN mt IN (2, 3) THEN CASE (p.i + mt) % 6
              WHEN 0 THEN p.first || '''s iPhone' WHEN 1 THEN 'YubiKey 5C NFC' WHEN 2 THEN 'Work laptop (Windows Hello)'
              WHEN 3 THEN p.first || ' ' || substr(p.last, 1, 1) || ' - Pixel' WHEN 4 THEN 'MacBook ' || p.first ELSE 'passkey' END
            ELSE '' END,
       CASE WHEN mt IN (2, 3) THEN 'login.severnsidetransport.co.uk' END
FROM zgen.p p
CROSS JOIN LATERAL unnest(CASE WHEN p.kind IN ('staff', 'rail') THEN ARRAY[1, 2]
                               WHEN p.kind = 'driver' THEN ARRAY[6]
                               WHEN p.i % 5 = 0 THEN ARRAY[3] WHEN p.i % 7 = 0 THEN ARRAY[1] WHEN p.i % 11 = 0 THEN ARRAY[7] ELSE ARRAY[]::int[] END) mt
CROSS JOIN LATERAL (SELECT p.created + make_interval(days => 1 + fixture_gen.n('amc', p.i * 10 + mt, 300)) AS t) x;

-- ---------------------------------------------------------------------------
-- ZITADEL: the v1 login's tables (schema auth) and the system tables.

CREATE SCHEMA auth;

CREATE TABLE auth.auth_requests (
  id TEXT NOT NULL,
  request JSONB,
  code TEXT,
  request_type SMALLINT,
  creation_date TIMESTAMPTZ,
  change_date TIMESTAMPTZ,
  instance_id TEXT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
CREATE INDEX auth_code_idx ON auth.auth_requests (code);
INSERT INTO auth.auth_requests
SELECT rid, jsonb_strip_nulls(jsonb_build_object(
         'ID', rid, 'AgentID', zgen.zid('uaid', p.i), 'CreationDate', t, 'ChangeDate', t + interval '25 seconds',
         'BrowserInfo', jsonb_build_object('UserAgent', zgen.ua('v1ua', r), 'AcceptLanguage', 'en-GB,en;q=0.9', 'RemoteIP', fixture_gen.ipv4('v1ip', r)),
         'ApplicationID', a.client_id, 'CallbackURI', a.redirects[1], 'TransferState', zgen.rnd('v1st', r, 22), 'Prompt', '[]'::jsonb, 'UiLocales', '["en-GB"]'::jsonb,
         'LoginHint', CASE WHEN r % 3 = 0 THEN p.email END, 'InstanceID', '263915840187463781',
         'Request', jsonb_build_object('Scopes', '["openid","profile","email"]'::jsonb, 'ResponseType', 'code', 'Nonce', zgen.rnd('v1n', r, 22),
           'CodeChallenge', CASE WHEN a.auth = 3 THEN jsonb_build_object('Challenge', translate(rtrim(fixture_gen.b64('pkce', r, 32), '='), '+/', '-_'), 'Method', 'S256') END),
         'UserID', CASE WHEN r % 5 <> 0 THEN p.uid END, 'UserName', CASE WHEN r % 5 <> 0 THEN p.username END,
         'LoginName', CASE WHEN r % 5 <> 0 THEN CASE WHEN p.kind = 'staff' THEN p.username || '@severnsidetransport.co.uk' ELSE p.username END END,
         'DisplayName', CASE WHEN r % 5 <> 0 THEN p.first || ' ' || p.last END, 'UserOrgID', (SELECT id FROM zgen.org WHERE k = p.org),
         'PasswordVerified', r % 5 <> 0, 'MFAsVerified', CASE WHEN p.kind = 'staff' THEN '[1]'::jsonb ELSE '[]'::jsonb END,
         'SelectedIDPConfigID', CASE WHEN p.idp = 'entra' THEN '263920317706485093' END)),
       CASE WHEN r % 5 <> 0 THEN zgen.rnd('v1code', r, 32) END, 0, t, t + interval '25 seconds', '263915840187463781'
FROM generate_series(1, 60) r
JOIN zgen.app a ON a.k = fixture_gen.pick(ARRAY['1', '8', '9', '10', '12'], 'v1app', r)::int
JOIN zgen.p p ON p.i = 191 + fixture_gen.n('v1p', r, 56)
CROSS JOIN LATERAL (SELECT zgen.zid('v1req', r) AS rid, zgen.at('v1t', r, '2024-10-20 07:00', '2024-10-20 18:00') AS t) x;

CREATE TABLE auth.user_sessions (
  creation_date TIMESTAMPTZ,
  change_date TIMESTAMPTZ,
  resource_owner TEXT,
  state SMALLINT,
  user_agent_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT,
  password_verification TIMESTAMPTZ,
  second_factor_verification TIMESTAMPTZ,
  second_factor_verification_type SMALLINT,
  multi_factor_verification TIMESTAMPTZ,
  multi_factor_verification_type SMALLINT,
  "sequence" BIGINT,
  instance_id TEXT NOT NULL,
  external_login_verification TIMESTAMPTZ,
  selected_idp_config_id TEXT,
  passwordless_verification TIMESTAMPTZ,
  login_name TEXT,
  display_name TEXT,
  avatar_key TEXT,
  user_resource_owner TEXT,
  id TEXT,
  PRIMARY KEY (instance_id, user_agent_id, user_id)
);
INSERT INTO auth.user_sessions
SELECT t, t + interval '30 seconds', (SELECT id FROM zgen.org WHERE k = p.org), CASE WHEN s % 8 = 0 THEN 1 ELSE 0 END, zgen.zid('uaid', p.i) || CASE WHEN s > 250 THEN 'b' ELSE '' END, p.uid,
       p.username, CASE WHEN p.idp IS NULL OR p.i % 2 = 0 THEN t + interval '10 seconds' END,
       CASE WHEN p.kind IN ('staff', 'rail') THEN t + interval '20 seconds' END, CASE WHEN p.kind IN ('staff', 'rail') THEN 1 END,
       CASE WHEN p.i % 5 = 0 AND p.kind = 'rider' THEN t + interval '8 seconds' END, CASE WHEN p.i % 5 = 0 AND p.kind = 'rider' THEN 1 END,
       300 + s, '263915840187463781',
       CASE WHEN p.idp IS NOT NULL AND p.i % 2 = 1 THEN t + interval '15 seconds' END,
       CASE p.idp WHEN 'google' THEN '263920188845081957' WHEN 'apple' THEN '263920251033829733' WHEN 'entra' THEN '263920317706485093' WHEN 'avl' THEN '271045530013213029' WHEN 'ldap' THEN '280318003617230181' END,
       CASE WHEN p.i % 5 = 0 AND p.kind = 'rider' THEN t + interval '8 seconds' END,
       CASE WHEN p.kind = 'staff' THEN p.username || '@severnsidetransport.co.uk' WHEN p.kind = 'driver' THEN p.username || '@avonlinebuses.co.uk' ELSE p.username END,
       CASE WHEN p.i % 9 = 0 THEN p.first ELSE p.first || ' ' || p.last END,
       CASE WHEN p.i % 6 = 0 THEN '263915840187463781/' || (SELECT id FROM zgen.org WHERE k = p.org) || '/avatar/' || p.uid END,
       (SELECT id FROM zgen.org WHERE k = p.org), zgen.zid('v1sess', s)
FROM generate_series(1, 280) s
JOIN zgen.p p ON p.i = CASE WHEN s <= 250 THEN s ELSE 191 + (s - 251) END
CROSS JOIN LATERAL (SELECT zgen.at('ust', s, '2024-06-01', '2024-10-20') AS t) x;

CREATE TABLE auth.refresh_tokens (
  id TEXT NOT NULL,
  creation_date TIMESTAMPTZ,
  change_date TIMESTAMPTZ,
  resource_owner TEXT,
  token TEXT,
  client_id TEXT NOT NULL,
  user_agent_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  auth_time TIMESTAMPTZ,
  idle_expiration TIMESTAMPTZ,
  expiration TIMESTAMPTZ,
  "sequence" BIGINT,
  scopes TEXT[],
  audience TEXT[],
  amr TEXT[],
  instance_id TEXT NOT NULL,
  PRIMARY KEY (instance_id, id)
);
CREATE INDEX refresh_tokens_user_idx ON auth.refresh_tokens (user_id);
INSERT INTO auth.refresh_tokens
SELECT zgen.zid('rt', r), t, t + make_interval(hours => fixture_gen.n('rtc', r, 500)), (SELECT id FROM zgen.org WHERE k = p.org), zgen.zid('rttok', r) || ':' || zgen.rnd('rttok', r, 32),
       a.client_id, zgen.zid('uaid', p.i), p.uid, t - interval '5 seconds', t + interval '30 days', t + interval '90 days', 2 + r % 6,
       ARRAY['openid', 'profile', 'email', 'offline_access'], ARRAY[a.client_id, '263916102917726309'],
       CASE WHEN p.kind = 'driver' THEN ARRAY['fed'] WHEN r % 5 = 0 THEN ARRAY['user', 'mfa', 'otp'] WHEN p.idp IS NOT NULL THEN ARRAY['fed'] ELSE ARRAY['pwd'] END,
       '263915840187463781'
FROM generate_series(1, 160) r
JOIN zgen.app a ON a.k = fixture_gen.pick(ARRAY['2', '2', '3', '3', '15'], 'rtapp', r)::int
JOIN zgen.p p ON p.i = CASE WHEN a.k = 15 THEN 229 + fixture_gen.n('rtp', r, 14) ELSE 1 + fixture_gen.n('rtp', r, 190) END
CROSS JOIN LATERAL (SELECT zgen.at('rtt', r, '2024-07-01', '2024-10-20') AS t) x;

CREATE SCHEMA system;

CREATE TABLE system.encryption_keys (
  id TEXT NOT NULL PRIMARY KEY,
  key TEXT NOT NULL
);
INSERT INTO system.encryption_keys
SELECT k, fixture_gen.b64('enckey:' || k, 1, 60)
FROM unnest(ARRAY['idpConfigKey', 'oidcKey', 'samlKey', 'otpKey', 'smsKey', 'smtpKey', 'userAgentCookieKey', 'csrfCookieKey', 'userKey', 'domainVerificationKey', 'targetKey']) k;

CREATE TABLE system.assets (
  instance_id TEXT,
  asset_type TEXT,
  resource_owner TEXT,
  name TEXT,
  content_type TEXT,
  hash TEXT GENERATED ALWAYS AS (md5(data)) STORED,
  data BYTEA,
  updated_at TIMESTAMPTZ,
  PRIMARY KEY (instance_id, resource_owner, name)
);
INSERT INTO system.assets (instance_id, asset_type, resource_owner, name, content_type, data, updated_at)
SELECT '263915840187463781', 'avatar', (SELECT id FROM zgen.org WHERE k = p.org), 'avatar/' || p.uid, 'image/jpeg',
       decode('ffd8ffe000104a46494600010101004800480000', 'hex') || sha512(convert_to('avatar' || p.i, 'UTF8')) || sha512(convert_to(p.first || p.last, 'UTF8')) || decode('ffd9', 'hex'),
       p.created + interval '3 days'
FROM zgen.p p WHERE p.i % 6 = 0
UNION ALL
SELECT '263915840187463781', 'label_policy', o.id, 'policy/label/' || f, CASE WHEN f LIKE 'font%' THEN 'font/woff2' ELSE 'image/png' END,
       decode('89504e470d0a1a0a0000000d49484452', 'hex') || sha512(convert_to(o.id || f, 'UTF8')), timestamptz '2023-02-01 10:00:00+00' + make_interval(days => o.k)
FROM zgen.org o CROSS JOIN unnest(ARRAY['logo-light', 'logo-dark', 'icon-light']) f WHERE o.k IN (2, 3, 4);

-- ---------------------------------------------------------------------------
-- NOT ZITADEL: the authority's own tables, beside it.

CREATE SCHEMA srta;

CREATE TABLE srta.rider_account (
  id serial PRIMARY KEY,
  zitadel_user_id text NOT NULL UNIQUE,
  customer_no varchar(12) NOT NULL UNIQUE,
  date_of_birth date,
  concession_type varchar(40),
  home_postcode varchar(10),
  home_stop_code varchar(12),
  marketing_opt_in boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  closed_at timestamptz
);
INSERT INTO srta.rider_account (zitadel_user_id, customer_no, date_of_birth, concession_type, home_postcode, home_stop_code, marketing_opt_in, created_at, closed_at)
SELECT p.uid, 'SRT' || lpad((180000 + p.i * 7)::text, 8, '0'), CASE WHEN p.i % 2 = 0 OR p.i % 5 = 0 THEN p.birth END,
       CASE WHEN p.i % 5 = 0 THEN fixture_gen.pick(ARRAY['older_persons', 'disabled_persons', 'disabled_persons_companion', 'young_persons', 'jobseeker'], 'conc', p.i) END,
       CASE WHEN p.i % 8 = 3 THEN NULL ELSE p.postcode END, CASE WHEN p.i % 3 = 1 THEN (SELECT code FROM zgen.stop WHERE k = 1 + p.i % 40) END,
       p.i % 3 = 0 AND p.i % 2 = 0, p.created + interval '2 seconds', CASE WHEN p.i % 37 = 0 THEN p.created + interval '400 days' END
FROM zgen.p p WHERE p.kind = 'rider' ORDER BY p.i;

CREATE TABLE srta.smartcard (
  id serial PRIMARY KEY,
  rider_account_id integer REFERENCES srta.rider_account (id),
  card_uid varchar(20) NOT NULL UNIQUE,
  printed_name varchar(80),
  photo_path varchar(200),
  product varchar(60) NOT NULL,
  status varchar(12) NOT NULL,
  issued_at timestamptz NOT NULL
);
INSERT INTO srta.smartcard (rider_account_id, card_uid, printed_name, photo_path, product, status, issued_at)
SELECT ra.id, '04' || upper(fixture_gen.hexn('cuid', c, 12)),
       CASE WHEN personal THEN CASE WHEN p.i % 4 = 0 THEN upper(substr(p.first, 1, 1)) || ' ' || upper(p.last) ELSE p.first || ' ' || p.last END END,
       CASE WHEN personal THEN 's3://srta-cardphotos/' || to_char(p.created, 'YYYY/MM') || '/' || ra.customer_no || '.jpg' END,
       CASE WHEN personal THEN CASE WHEN ra.concession_type IS NOT NULL THEN 'Concession pass (' || ra.concession_type || ')' ELSE 'Photo season ticket' END
            ELSE fixture_gen.pick(ARRAY['Severnside Card (anonymous)', 'Severnside Card (registered)', 'Student card'], 'prod', c) END,
       fixture_gen.pick(ARRAY['active', 'active', 'active', 'active', 'hotlisted', 'expired', 'replaced'], 'cst', c), p.created + make_interval(days => fixture_gen.n('cis', c, 200))
FROM generate_series(1, 170) c
JOIN srta.rider_account ra ON ra.id = 1 + fixture_gen.n('cra', c, 190)
JOIN zgen.p p ON p.uid = ra.zitadel_user_id
CROSS JOIN LATERAL (SELECT ra.concession_type IS NOT NULL OR c % 3 = 0 AS personal) x
ORDER BY c;

CREATE TABLE srta.concession_application (
  id serial PRIMARY KEY,
  rider_account_id integer NOT NULL REFERENCES srta.rider_account (id),
  scheme varchar(40) NOT NULL,
  evidence_type varchar(40) NOT NULL,
  evidence_ref varchar(40),
  condition_summary varchar(120),
  caseworker_note text,
  decision varchar(12),
  decided_by varchar(120),
  submitted_at timestamptz NOT NULL,
  decided_at timestamptz
);
INSERT INTO srta.concession_application (rider_account_id, scheme, evidence_type, evidence_ref, condition_summary, caseworker_note, decision, decided_by, submitted_at, decided_at)
SELECT ra.id, sch,
       CASE sch WHEN 'older_persons' THEN 'passport' WHEN 'young_persons' THEN 'student_id' WHEN 'jobseeker' THEN 'dwp_letter' ELSE fixture_gen.pick(ARRAY['blue_badge', 'pip_award_letter', 'cvi_certificate', 'dvla_refusal'], 'evt', a) END,
       CASE sch WHEN 'older_persons' THEN fixture_gen.digits('pp', a, 9) WHEN 'young_persons' THEN 'UWE-' || fixture_gen.digits('stu', a, 8) WHEN 'jobseeker' THEN fixture_gen.nino('ni', a)
            ELSE CASE WHEN a % 2 = 0 THEN fixture_gen.nino('ni', a) ELSE 'BB' || fixture_gen.digits('bb', a, 10) END END,
       CASE WHEN sch LIKE 'disabled%' THEN fixture_gen.pick(ARRAY['Severe sight impairment (CVI)', 'Epilepsy - refused driving licence', 'Profound hearing loss', 'Learning disability',
              'Lower limb amputation; wheelchair user', 'Multiple sclerosis', 'Parkinson''s disease', 'Autism; needs a companion'], 'cond', a) END,
       CASE a % 6
         WHEN 0 THEN 'Evidence checked against the DWP letter. Approved for 3 years.'
         WHEN 1 THEN 'Called ' || p.first || ' on ' || coalesce(p.phone, 'the number on the form') || ' to ask for a clearer photo; daughter ' || fixture_gen.first_name('dau', a) || ' will email it.'
         WHEN 2 THEN 'Passport photo page unreadable, asked for resubmission.'
         WHEN 3 THEN 'Applicant lives at ' || p.street || ', outside the county: referred to North Somerset Council.'
         WHEN 4 THEN ''
         ELSE NULL END,
       CASE WHEN a % 6 = 4 THEN NULL WHEN a % 6 IN (2, 3) THEN 'refused' ELSE 'approved' END,
       CASE WHEN a % 6 = 4 THEN NULL ELSE (SELECT email FROM zgen.p WHERE i = 200 + a % 5) END,
       zgen.at('cas', a, '2023-01-01', '2024-10-01'), CASE WHEN a % 6 <> 4 THEN zgen.at('cas', a, '2023-01-01', '2024-10-01') + make_interval(days => 2 + a % 20) END
FROM generate_series(1, 72) a
JOIN srta.rider_account ra ON ra.id = 1 + fixture_gen.n('car', a, 190)
JOIN zgen.p p ON p.uid = ra.zitadel_user_id
CROSS JOIN LATERAL (SELECT coalesce(ra.concession_type, fixture_gen.pick(ARRAY['older_persons', 'disabled_persons', 'young_persons', 'jobseeker'], 'sch', a)) AS sch) x
ORDER BY a;

CREATE TABLE srta.support_case (
  id serial PRIMARY KEY,
  zitadel_user_id text,
  channel varchar(12) NOT NULL,
  contact_email varchar(200),
  contact_phone varchar(30),
  subject varchar(200) NOT NULL,
  body text NOT NULL,
  agent_note text,
  status varchar(12) NOT NULL,
  opened_at timestamptz NOT NULL
);
INSERT INTO srta.support_case (zitadel_user_id, channel, contact_email, contact_phone, subject, body, agent_note, status, opened_at)
SELECT CASE WHEN c % 9 = 0 THEN NULL ELSE p.uid END, fixture_gen.pick(ARRAY['web', 'web', 'email', 'phone', 'app'], 'sch', c),
       CASE WHEN c % 4 = 3 THEN NULL ELSE p.email END, CASE WHEN c % 3 = 0 THEN coalesce(p.phone, '0117 ' || fixture_gen.digits('sph', c, 3) || ' ' || fixture_gen.digits('sph2', c, 4)) END,
       CASE c % 8
         WHEN 0 THEN 'Cannot log in to the app' WHEN 1 THEN 'Verification code never arrives' WHEN 2 THEN 'Refund for a cancelled train'
         WHEN 3 THEN 'Account for my mother ' || fixture_gen.full_name('mum', c) WHEN 4 THEN 'Change of email address' WHEN 5 THEN 'Delete my account'
         WHEN 6 THEN 'Lost smartcard' ELSE 'Two-factor reset' END,
       CASE c % 8
         WHEN 0 THEN 'The app says my password is wrong but it works on the website. Phone is an iPhone 12.'
         WHEN 1 THEN 'I have asked for the SMS code five times today and nothing arrives on ' || coalesce(p.phone, 'my phone') || '.'
         WHEN 2 THEN 'The 07:42 from Weston was cancelled and I had to take a taxi. Please refund my day ticket.'
         WHEN 3 THEN 'My mother is 81 and has no email. Can I manage her concession pass from my account? She lives at ' || p.street || ', ' || p.city || '.'
         WHEN 4 THEN 'Please change my login from ' || p.email || ' to ' || fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@outlook.com, I no longer use the old one.'
         WHEN 5 THEN 'Please close my account and delete my data. ' || p.first || ' ' || p.last
         WHEN 6 THEN 'Lost my card on the 76 yesterday evening. Card number on the back started 04A1.'
         ELSE 'New phone, my authenticator app is gone. Can you reset the second factor?' END,
       CASE WHEN c % 5 = 0 THEN 'Identity confirmed by date of birth ' || to_char(p.birth, 'DD/MM/YYYY') || ' and postcode ' || p.postcode || '. MFA reset by helpdesk-bot.'
            WHEN c % 5 = 1 THEN 'Known Twilio delivery issue on Lebara, sent code by email instead.'
            WHEN c % 5 = 2 THEN NULL ELSE '' END,
       fixture_gen.pick(ARRAY['open', 'pending', 'closed', 'closed', 'closed'], 'sst', c), zgen.at('sop', c, '2024-01-01', '2024-10-20')
FROM generate_series(1, 120) c
JOIN zgen.p p ON p.i = 1 + fixture_gen.n('scp', c, 190)
ORDER BY c;

CREATE TABLE srta.staff_member (
  id serial PRIMARY KEY,
  zitadel_user_id text NOT NULL UNIQUE,
  employee_no varchar(12) NOT NULL,
  job_title varchar(80),
  depot varchar(40),
  hire_date date,
  badge_uid varchar(20),
  line_manager varchar(120),
  work_mobile varchar(30)
);
INSERT INTO srta.staff_member (zitadel_user_id, employee_no, job_title, depot, hire_date, badge_uid, line_manager, work_mobile)
SELECT p.uid, CASE p.kind WHEN 'staff' THEN 'E' WHEN 'driver' THEN 'AVL-' ELSE 'CCR-' END || lpad((1000 + p.i * 3)::text, 5, '0'),
       CASE p.kind WHEN 'driver' THEN fixture_gen.pick(ARRAY['Bus driver', 'Bus driver', 'Driver trainer', 'Duty manager'], 'jt', p.i)
                   WHEN 'rail' THEN fixture_gen.pick(ARRAY['Revenue protection inspector', 'Station manager'], 'jt', p.i)
                   ELSE fixture_gen.pick(ARRAY['Customer services adviser', 'Concessions caseworker', 'Network planner', 'Identity engineer', 'Data protection officer',
                     'Fares analyst', 'HR adviser', 'Service desk analyst', 'Head of digital'], 'jt', p.i) END,
       CASE WHEN p.kind = 'driver' OR p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Lawrence Hill', 'Hengrove', 'Bath Weston Island', 'Wells Road'], 'dep', p.i) WHEN p.kind = 'rail' THEN 'Temple Meads' ELSE 'Head office, Temple Quay' END,
       least(greatest((p.birth + interval '19 years')::date, date '1996-03-01' + fixture_gen.n('hire', p.i, 10000)), date '2024-09-02'), upper(fixture_gen.hexn('badge', p.i, 8)),
       CASE WHEN p.i % 7 = 0 THEN NULL ELSE (SELECT q.first || ' ' || q.last FROM zgen.p q WHERE q.i = 191 + p.i % 8) END,
       CASE WHEN p.i % 3 = 0 THEN '+447' || fixture_gen.digits('wm', p.i, 9) END
FROM zgen.p p WHERE p.kind IN ('staff', 'driver', 'rail') ORDER BY p.i;

CREATE TABLE srta.login_anomaly (
  id serial PRIMARY KEY,
  zitadel_user_id text,
  login_name varchar(200) NOT NULL,
  source_ip inet NOT NULL,
  geo_city varchar(80),
  geo_country char(2),
  user_agent text,
  rule varchar(60) NOT NULL,
  detected_at timestamptz NOT NULL
);
INSERT INTO srta.login_anomaly (zitadel_user_id, login_name, source_ip, geo_city, geo_country, user_agent, rule, detected_at)
SELECT CASE WHEN a % 6 = 5 THEN NULL ELSE p.uid END,
       CASE WHEN a % 6 = 5 THEN fixture_gen.email('spray', a) ELSE p.username END,
       fixture_gen.ipv4('laip', a)::inet,
       CASE WHEN a % 4 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['Bristol', 'London', 'Amsterdam', 'Lagos', 'Bucharest', 'Frankfurt', 'Ashburn', 'Bath'], 'lac', a) END,
       fixture_gen.pick(ARRAY['GB', 'GB', 'GB', 'NL', 'NG', 'RO', 'DE', 'US'], 'lac', a),
       CASE WHEN a % 5 = 0 THEN 'python-requests/2.31.0' ELSE zgen.ua('laua', a) END,
       fixture_gen.pick(ARRAY['impossible_travel', 'password_spray', 'new_country', 'lockout_threshold', 'tor_exit_node'], 'lar', a),
       zgen.at('lat', a, '2024-05-01', '2024-10-20')
FROM generate_series(1, 80) a
JOIN zgen.p p ON p.i = 1 + fixture_gen.n('lap', a, 250)
ORDER BY a;

CREATE TABLE srta.stop (
  stop_code varchar(12) PRIMARY KEY,
  common_name varchar(120) NOT NULL,
  latitude numeric(9, 6) NOT NULL,
  longitude numeric(9, 6) NOT NULL,
  fare_zone varchar(40) NOT NULL,
  step_free boolean NOT NULL
);
INSERT INTO srta.stop SELECT code, name, lat, lon, zone, k % 3 <> 0 FROM zgen.stop;

CREATE TABLE srta.fare_refund (
  id serial PRIMARY KEY,
  rider_account_id integer NOT NULL REFERENCES srta.rider_account (id),
  amount_pence integer NOT NULL,
  payee_iban varchar(34),
  payee_name varchar(120),
  reason text,
  status varchar(12) NOT NULL,
  paid_at timestamptz
);
INSERT INTO srta.fare_refund (rider_account_id, amount_pence, payee_iban, payee_name, reason, status, paid_at)
SELECT ra.id, 250 + fixture_gen.n('fra', f, 9000),
       CASE WHEN f % 3 = 0 THEN NULL ELSE fixture_gen.iban('GB', fixture_gen.pick(ARRAY['NWBK', 'BARC', 'LOYD', 'HBUK', 'MONZ'], 'fbk', f) || fixture_gen.digits('fsc', f, 14)) END,
       CASE WHEN f % 3 = 0 THEN NULL WHEN f % 7 = 0 THEN 'MR ' || upper(p.last) ELSE p.first || ' ' || p.last END,
       CASE f % 5 WHEN 0 THEN 'Delay repay: train cancelled' WHEN 1 THEN 'Charged twice on the contactless reader at ' || (SELECT name FROM zgen.stop WHERE k = 1 + f % 40)
              WHEN 2 THEN 'Season ticket surrendered; customer moved to ' || p.city WHEN 3 THEN 'Bereavement: refund of the season ticket of the late ' || fixture_gen.full_name('late', f) ELSE NULL END,
       CASE WHEN f % 3 = 0 THEN 'to_card' WHEN f % 8 = 0 THEN 'pending' ELSE 'paid' END,
       CASE WHEN f % 8 <> 0 THEN zgen.at('frp', f, '2024-01-01', '2024-10-20') END
FROM generate_series(1, 60) f
JOIN srta.rider_account ra ON ra.id = 1 + fixture_gen.n('frr', f, 190)
JOIN zgen.p p ON p.uid = ra.zitadel_user_id
ORDER BY f;

SELECT fixture_gen.reset_sequences('srta');

SET client_min_messages = warning;
DROP SCHEMA zgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
