-- classify-eval fixture (HOLDOUT 19: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Sentry 24.5 on PostgreSQL, in the naming its Django migrations
-- create (auth_user, sentry_* tables, nodestore_node, social_auth_*): bigint
-- keys, timestamptz, JSON and pickled values kept as text, zlib-compressed
-- base64 in the GzippedDictField and the node store, text[] scope lists. A
-- subset of its tables with their real columns and types.
--
-- Brightwater Mobility, an e-scooter and e-bike sharing company (riders'
-- apps for iOS, Android and the web; dispatch, billing and fleet telemetry
-- services; a partner portal for city councils), runs Sentry for its
-- engineers, its data platform team and a contracting consultancy. The
-- staff: names from several cultures, pbkdf2 and old sha1 hashes, SSO users
-- whose username is the random hex Sentry gives them, session nonces,
-- secondary emails with validation hashes, user options (timezones and
-- per-project alert addresses), Google and SAML identities with OAuth tokens
-- in their data JSON, TOTP, recovery and SMS authenticators, lost-password
-- hashes, the IPs and regions staff signed in from, avatars; user auth
-- tokens (sntryu_), organization auth tokens (sntrys_ by their hash), legacy
-- API keys, OAuth applications with auto-generated names, grants and
-- authorizations; organizations, members with invite tokens and the emails
-- of pending invites; teams, projects, DSN keys; ownership rules naming
-- owners by email; issues whose titles and culprits quote riders' emails,
-- phones and addresses; the node store's events with user context, request
-- headers, cookies and breadcrumbs; event users (the riders: id, email,
-- username, IP); user feedback with names, emails and comments; activity
-- notes; the audit log; Sentry apps and service hooks with webhook secrets;
-- Slack, GitHub, Jira, PagerDuty integrations with tokens in metadata and
-- config; identities and external actors (Slack and GitHub handles);
-- releases, commits and commit authors; repositories; environments; alert
-- rules filtering on a tester's email; saved and recent searches with
-- user.email queries; broadcasts, files and attachments named after riders;
-- global, organization and project options (SMTP password, Slack signing
-- secret, GitHub App private key, S3 symbol source keys, a legacy Slack
-- webhook) among plain settings; cron monitors; deploys.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

CREATE FUNCTION sgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; hex: hex digits; b64url: URL-safe base64.
CREATE FUNCTION sgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(256, len + len / 2 + 8)), '+/=', ''), 1, len) $$;
CREATE FUNCTION sgen.hex(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;
CREATE FUNCTION sgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between lo and hi, deterministic.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- zb64: base64 of a zlib stream (stored blocks) of a text, as Sentry's
-- compress() writes GzippedDictField values and node store payloads.
CREATE FUNCTION sgen.zb64(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d bytea := convert_to(t, 'UTF8');
  a bigint := 1; b bigint := 0; n int := length(d); out bytea := '\x7801'::bytea; k int; chunk bytea; len int; pos int := 0;
BEGIN
  FOR k IN 0 .. n - 1 LOOP
    a := (a + get_byte(d, k)) % 65521; b := (b + a) % 65521;
  END LOOP;
  LOOP
    len := least(65535, n - pos);
    chunk := substr(d, pos + 1, len);
    out := out || set_byte('\x00'::bytea, 0, CASE WHEN pos + len >= n THEN 1 ELSE 0 END)
               || set_byte(set_byte('\x0000'::bytea, 0, len % 256), 1, len / 256)
               || set_byte(set_byte('\x0000'::bytea, 0, (65535 - len) % 256), 1, (65535 - len) / 256) || chunk;
    pos := pos + len;
    EXIT WHEN pos >= n;
  END LOOP;
  out := out || set_byte(set_byte(set_byte(set_byte('\x00000000'::bytea, 0, (b >> 8)::int), 1, (b & 255)::int), 2, (a >> 8)::int), 3, (a & 255)::int);
  RETURN translate(encode(out, 'base64'), E'\n', '');
END $$;

-- Staff. 1-118 Brightwater Mobility (1-2 superusers; 3-70 signed up by
-- email before SSO, username = email; 71-118 created by Google SSO, username
-- = 32 hex), 119-130 the data platform's analysts (SAML), 131-138 the
-- contractors (Adeyemi Consulting and freelancers), 139-144 Sentry apps'
-- proxy users.
CREATE TABLE sgen.st (i int PRIMARY KEY, first text, last text, name text, email text, username text, kind text, joined timestamptz, active boolean, tz text, city text, cc text);
INSERT INTO sgen.st
SELECT i, f, l, f || ' ' || l,
       CASE WHEN i <= 130 THEN CASE WHEN i % 6 = 0 THEN substr(sgen.fold(f), 1, 1) || sgen.fold(l) ELSE sgen.fold(f) || '.' || sgen.fold(l) END || '@brightwater-mobility.example'
            WHEN i <= 134 THEN sgen.fold(f) || '@adeyemi-consulting.example'
            ELSE sgen.fold(f) || '.' || sgen.fold(l) || (i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com'], 'stfd', i) END,
       NULL,
       CASE WHEN i <= 2 THEN 'admin' WHEN i <= 70 THEN 'email' WHEN i <= 118 THEN 'google' WHEN i <= 130 THEN 'saml' ELSE 'contractor' END,
       timestamptz '2019-09-02 08:30:00+00' + (i - 1) * interval '11 days' + make_interval(secs => fixture_gen.n('stj', i, 30000)),
       NOT (i % 17 = 4),
       fixture_gen.pick(ARRAY['Europe/London', 'Europe/Berlin', 'Europe/Lisbon', 'Europe/Warsaw', 'Asia/Kolkata', 'Africa/Lagos', 'America/Toronto', 'Europe/Amsterdam'], 'sttz', i),
       fixture_gen.pick(ARRAY['London', 'Manchester', 'Berlin', 'Lisbon', 'Kraków', 'Pune', 'Lagos', 'Toronto', 'Amsterdam'], 'stct', i),
       fixture_gen.pick(ARRAY['GB', 'GB', 'DE', 'PT', 'PL', 'IN', 'NG', 'CA', 'NL'], 'stct', i)
FROM generate_series(1, 138) i,
LATERAL (SELECT fixture_gen.first_name('stf', i) AS f, CASE WHEN i = 131 THEN 'Adeyemi' ELSE fixture_gen.last_name('stl', i) END AS l) x;
UPDATE sgen.st SET first = 'Babajide', name = 'Babajide Adeyemi', email = 'babajide@adeyemi-consulting.example' WHERE i = 131;
UPDATE sgen.st s SET email = replace(s.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM sgen.st) d WHERE d.i = s.i AND d.rn > 1;
UPDATE sgen.st SET username = CASE WHEN kind IN ('google', 'saml') THEN sgen.hex('stu', i, 32) ELSE email END;
INSERT INTO sgen.st (i, first, last, name, email, username, kind, joined, active) VALUES
  (139, NULL, NULL, 'Rollout Gate', '', 'rollout-gate-' || sgen.hex('pxu', 139, 6), 'app', '2021-05-11 10:00:00+00', true),
  (140, NULL, NULL, 'Dispatch Deploy Bot', '', 'dispatch-deploy-bot-' || sgen.hex('pxu', 140, 6), 'app', '2021-08-03 12:30:00+00', true),
  (141, NULL, NULL, 'Linear', '', 'linear-' || sgen.hex('pxu', 141, 6), 'app', '2022-02-14 09:10:00+00', true),
  (142, NULL, NULL, 'Incident Scribe', '', 'incident-scribe-' || sgen.hex('pxu', 142, 6), 'app', '2022-10-20 16:00:00+00', true),
  (143, NULL, NULL, 'Zapier Rider Escalations', '', 'zapier-rider-escalations-' || sgen.hex('pxu', 143, 6), 'app', '2023-03-01 08:45:00+00', true),
  (144, NULL, NULL, 'Data Quality Hooks', '', 'data-quality-hooks-' || sgen.hex('pxu', 144, 6), 'app', '2023-11-07 13:20:00+00', true);

-- Riders: the users of Brightwater's apps, as the SDKs report them.
CREATE TABLE sgen.rd (i int PRIMARY KEY, first text, last text, email text, handle text, ident text, phone text, ip text, city text, cc text, region text, street text, postcode text);
INSERT INTO sgen.rd
SELECT i, f, l,
       CASE fixture_gen.n('rdm', i, 4) WHEN 0 THEN sgen.fold(f) || '.' || sgen.fold(l) WHEN 1 THEN sgen.fold(f) || sgen.fold(l) || (i % 97)::text
            WHEN 2 THEN substr(sgen.fold(f), 1, 1) || sgen.fold(l) ELSE sgen.fold(l) || '_' || sgen.fold(f) END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'proton.me', 'orange.fr', 'hotmail.com', 'wp.pl'], 'rdd', i),
       CASE WHEN i % 3 = 0 THEN sgen.fold(f) || '_' || lower(substr(l, 1, 1)) || (i % 100)::text WHEN i % 3 = 1 THEN sgen.fold(f) || sgen.fold(l) ELSE fixture_gen.pick(ARRAY['rides', 'scoot', 'zoom', 'pedal', 'urban'], 'rdh', i) || sgen.fold(f) || (i % 50)::text END,
       CASE WHEN i % 4 = 0 THEN fixture_gen.uuid('rdid', i) ELSE 'rdr_' || (100400 + i * 37)::text END,
       fixture_gen.phone('rdp', i),
       CASE WHEN i % 5 = 0 THEN fixture_gen.ipv6('rdip', i) ELSE fixture_gen.ipv4('rdip', i) END,
       c.city, c.cc, c.region, fixture_gen.street('rds', i), fixture_gen.postcode('rdz', i)
FROM generate_series(1, 420) i,
LATERAL (SELECT fixture_gen.first_name('rdf', i) AS f, fixture_gen.last_name('rdl', i) AS l) x,
LATERAL (SELECT (ARRAY['London', 'Manchester', 'Bristol', 'Berlin', 'Hamburg', 'Lisbon', 'Porto', 'Warsaw', 'Kraków', 'Amsterdam'])[k] AS city,
                (ARRAY['GB', 'GB', 'GB', 'DE', 'DE', 'PT', 'PT', 'PL', 'PL', 'NL'])[k] AS cc,
                (ARRAY['ENG', 'ENG', 'ENG', 'BE', 'HH', '11', '13', '14', '12', 'NH'])[k] AS region
         FROM (SELECT 1 + fixture_gen.n('rdc', i, 10) AS k) kk) c;

-- Riders' phones and streets in their country's format.
UPDATE sgen.rd SET
  phone = CASE cc
    WHEN 'GB' THEN CASE WHEN i % 2 = 0 THEN '+44 7' || fixture_gen.digits('rph', i, 3) || ' ' || fixture_gen.digits('rph2', i, 6) ELSE '07' || fixture_gen.digits('rph', i, 3) || ' ' || fixture_gen.digits('rph2', i, 6) END
    WHEN 'DE' THEN '+49 1' || (51 + fixture_gen.n('rph', i, 27))::text || ' ' || fixture_gen.digits('rph2', i, 8)
    WHEN 'PT' THEN '+351 9' || (1 + fixture_gen.n('rph', i, 6))::text || fixture_gen.digits('rph3', i, 1) || ' ' || fixture_gen.digits('rph2', i, 3) || ' ' || fixture_gen.digits('rph4', i, 3)
    WHEN 'PL' THEN '+48 ' || (5 + fixture_gen.n('rph', i, 3))::text || fixture_gen.digits('rph3', i, 2) || '-' || fixture_gen.digits('rph2', i, 3) || '-' || fixture_gen.digits('rph4', i, 3)
    ELSE '06-' || fixture_gen.digits('rph2', i, 8) END,
  street = CASE cc
    WHEN 'GB' THEN (1 + fixture_gen.n('rsn', i, 180))::text || ' ' || fixture_gen.pick(ARRAY['Stokes Croft', 'Oxford Road', 'Holloway Road', 'Gloucester Road', 'Deansgate', 'Mare Street', 'Wilmslow Road'], 'rst', i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Schanzenstraße', 'Sonnenallee', 'Eppendorfer Weg', 'Warschauer Straße', 'Ottenser Hauptstraße'], 'rst', i) || ' ' || (1 + fixture_gen.n('rsn', i, 120))::text
    WHEN 'PT' THEN fixture_gen.pick(ARRAY['Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Almada', 'Rua Morais Soares'], 'rst', i) || ' ' || (1 + fixture_gen.n('rsn', i, 300))::text || ', ' || (1 + fixture_gen.n('rsf', i, 6))::text || 'º Esq'
    WHEN 'PL' THEN 'ul. ' || fixture_gen.pick(ARRAY['Karmelicka', 'Grodzka', 'Mokotowska', 'Hoża', 'Starowiślna'], 'rst', i) || ' ' || (1 + fixture_gen.n('rsn', i, 90))::text || '/' || (1 + fixture_gen.n('rsf', i, 30))::text
    ELSE fixture_gen.pick(ARRAY['Overtoom', 'Ferdinand Bolstraat', 'Javastraat', 'Kinkerstraat'], 'rst', i) || ' ' || (1 + fixture_gen.n('rsn', i, 400))::text || '-' || fixture_gen.pick(ARRAY['I', 'II', 'III', 'H'], 'rsf', i) END,
  postcode = CASE cc
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['BS1', 'M14', 'N7', 'E8', 'BS7', 'M1'], 'rpc', i) || ' ' || fixture_gen.digits('rpc', i, 1) || fixture_gen.chars('rpc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'DE' THEN CASE city WHEN 'Berlin' THEN '10' ELSE '22' END || fixture_gen.digits('rpc', i, 3)
    WHEN 'PT' THEN CASE city WHEN 'Lisbon' THEN '1' ELSE '4' END || fixture_gen.digits('rpc', i, 3) || '-' || fixture_gen.digits('rpc2', i, 3)
    WHEN 'PL' THEN CASE city WHEN 'Warsaw' THEN '00' ELSE '31' END || '-' || fixture_gen.digits('rpc', i, 3)
    ELSE '10' || fixture_gen.digits('rpc', i, 2) || ' ' || fixture_gen.chars('rpc', i, 2, 'ABCDEFGHJKLMNPRSTVWXZ') END;

-- ---------------------------------------------------------------------------
-- Users and their credentials.

CREATE TABLE auth_user (
    id bigserial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, username varchar(128) NOT NULL UNIQUE, first_name varchar(200) NOT NULL,
    email varchar(75) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL, is_superuser boolean NOT NULL, date_joined timestamptz NOT NULL,
    is_managed boolean NOT NULL, is_password_expired boolean NOT NULL, last_password_change timestamptz, session_nonce varchar(12), last_active timestamptz,
    flags bigint NOT NULL, is_sentry_app boolean, avatar_type smallint NOT NULL, avatar_url varchar(120), is_unclaimed boolean NOT NULL
);
INSERT INTO auth_user
SELECT s.i,
       CASE WHEN s.kind IN ('google', 'saml', 'app') THEN '!' || sgen.rnd('upw', s.i, 40)
            WHEN s.i <= 24 AND s.i % 3 = 0 THEN 'sha1$' || sgen.rnd('us1', s.i, 5) || '$' || sgen.hex('uh1', s.i, 40)
            ELSE fixture_gen.pbkdf2('upw', s.i) END,
       CASE WHEN s.kind = 'app' THEN NULL ELSE least(timestamptz '2024-06-30 16:00:00+00', s.joined + make_interval(days => 2 + fixture_gen.n('ull', s.i, 1500), secs => fixture_gen.n('ulls', s.i, 86400))) END,
       s.username, s.name, s.email, s.i <= 2, s.active, s.i <= 2, s.joined,
       s.kind IN ('google', 'saml'), s.i IN (9, 33) , CASE WHEN s.kind IN ('admin', 'email', 'contractor') THEN s.joined + make_interval(days => fixture_gen.n('ulp', s.i, 700)) END,
       CASE WHEN s.kind = 'app' THEN NULL ELSE sgen.rnd('unonce', s.i, 12) END,
       CASE WHEN s.kind = 'app' THEN NULL ELSE least(timestamptz '2024-06-30 16:30:00+00', s.joined + make_interval(days => 5 + fixture_gen.n('ula', s.i, 1700))) END,
       CASE WHEN s.i % 11 = 0 THEN 1 ELSE 0 END, s.kind = 'app',
       CASE WHEN s.kind = 'app' THEN 0 WHEN s.i % 4 = 0 THEN 1 WHEN s.i % 4 = 1 THEN 2 ELSE 0 END,
       NULL, false
FROM sgen.st s ORDER BY s.i;

CREATE TABLE sentry_useravatar (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL UNIQUE, file_id bigint UNIQUE, ident varchar(32) NOT NULL UNIQUE, avatar_type smallint NOT NULL, control_file_id bigint UNIQUE
);
INSERT INTO sentry_useravatar
SELECT row_number() OVER (ORDER BY u.id), u.id, NULL, sgen.hex('uav', u.id, 32), u.avatar_type, CASE WHEN u.avatar_type = 1 THEN 9000 + u.id END
FROM auth_user u WHERE NOT u.is_sentry_app;
UPDATE auth_user u SET avatar_url = 'https://sentry.brightwater-mobility.example/avatar/' || a.ident || '/' FROM sentry_useravatar a WHERE a.user_id = u.id AND u.avatar_type = 1;

CREATE TABLE sentry_useremail (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, email varchar(75) NOT NULL, validation_hash varchar(32) NOT NULL, date_hash_added timestamptz NOT NULL, is_verified boolean NOT NULL,
    UNIQUE (user_id, email)
);
INSERT INTO sentry_useremail (user_id, email, validation_hash, date_hash_added, is_verified)
SELECT s.i, s.email, sgen.rnd('uevh', s.i, 32), s.joined, s.i % 9 <> 5 FROM sgen.st s WHERE s.kind <> 'app' ORDER BY s.i;
INSERT INTO sentry_useremail (user_id, email, validation_hash, date_hash_added, is_verified)
SELECT s.i, sgen.fold(s.first) || CASE WHEN s.i % 2 = 0 THEN '.' || sgen.fold(s.last) ELSE sgen.fold(s.last) || (s.i % 89)::text END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'icloud.com', 'posteo.de', 'hotmail.co.uk', 'sapo.pt', 'rediffmail.com'], 'uesd', s.i),
       sgen.rnd('uevh2', s.i, 32), s.joined + make_interval(days => 30 + fixture_gen.n('ue2', s.i, 900)), s.i % 3 = 0
FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 5 = 2 ORDER BY s.i;

CREATE TABLE sentry_email (id bigserial PRIMARY KEY, email varchar(75) NOT NULL UNIQUE, date_added timestamptz NOT NULL);
INSERT INTO sentry_email (email, date_added) SELECT DISTINCT ON (lower(email)) email, date_hash_added FROM sentry_useremail ORDER BY lower(email), date_hash_added;

CREATE TABLE sentry_lostpasswordhash (id bigserial PRIMARY KEY, user_id bigint NOT NULL UNIQUE, hash varchar(32) NOT NULL, date_added timestamptz NOT NULL);
INSERT INTO sentry_lostpasswordhash (user_id, hash, date_added)
SELECT s.i, sgen.rnd('lph', s.i, 32), sgen.at('lpd', s.i, timestamptz '2024-03-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00')
FROM sgen.st s WHERE s.kind IN ('admin', 'email', 'contractor') AND s.i % 4 = 1;

CREATE TABLE sentry_userip (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, ip_address inet NOT NULL, first_seen timestamptz NOT NULL, last_seen timestamptz NOT NULL,
    country_code varchar(16), region_code varchar(16), UNIQUE (user_id, ip_address)
);
INSERT INTO sentry_userip (user_id, ip_address, first_seen, last_seen, country_code, region_code)
SELECT s.i, (CASE WHEN k = 3 THEN fixture_gen.ipv6('uip', s.i * 10 + k) ELSE fixture_gen.ipv4('uip', s.i * 10 + k) END)::inet,
       s.joined + make_interval(days => k * 40 + fixture_gen.n('uipf', s.i * 10 + k, 30)),
       least(timestamptz '2024-06-30 16:00:00+00', s.joined + make_interval(days => k * 40 + 60 + fixture_gen.n('uipl', s.i * 10 + k, 600))),
       CASE WHEN k = 2 AND s.i % 7 = 0 THEN fixture_gen.pick(ARRAY['ES', 'FR', 'US', 'TH'], 'uipc', s.i) ELSE s.cc END,
       CASE WHEN k = 2 AND s.i % 7 = 0 THEN NULL ELSE CASE s.cc WHEN 'GB' THEN 'ENG' WHEN 'DE' THEN 'BE' WHEN 'PT' THEN '11' WHEN 'PL' THEN '12' WHEN 'IN' THEN 'MH' WHEN 'NG' THEN 'LA' WHEN 'CA' THEN 'ON' ELSE 'NH' END END
FROM sgen.st s, generate_series(1, 3) k WHERE s.kind <> 'app' AND (k = 1 OR s.i % k = 0) ORDER BY s.i, k;

CREATE TABLE sentry_useroption (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, project_id bigint, organization_id bigint, key varchar(64) NOT NULL, value text
);
-- Projects (used by options, keys and issues): id, org, slug, name, platform, team.
CREATE TABLE sgen.pj (id int PRIMARY KEY, org int, slug text, name text, platform text, team int, born timestamptz);
INSERT INTO sgen.pj VALUES
  (1, 1, 'rider-ios', 'Rider iOS', 'apple-ios', 1, '2019-09-03 10:00:00+00'), (2, 1, 'rider-android', 'Rider Android', 'android', 1, '2019-09-03 10:05:00+00'),
  (3, 1, 'rider-web', 'Rider Web', 'javascript-react', 2, '2019-09-04 09:00:00+00'), (4, 1, 'dispatch-api', 'Dispatch API', 'python-django', 3, '2019-09-02 09:00:00+00'),
  (5, 1, 'billing-service', 'Billing', 'python', 4, '2019-11-12 14:00:00+00'), (6, 1, 'fleet-telemetry', 'Fleet Telemetry', 'go', 5, '2020-03-02 08:00:00+00'),
  (7, 1, 'ops-dashboard', 'Ops Dashboard', 'javascript-vue', 2, '2020-06-15 11:00:00+00'), (8, 1, 'payments-worker', 'Payments Worker', 'python-celery', 4, '2020-09-01 10:00:00+00'),
  (9, 1, 'partner-portal', 'Partner Portal', 'php-laravel', 3, '2021-02-08 09:30:00+00'), (10, 1, 'support-tools', 'Support Tools', 'ruby-rails', 7, '2021-05-17 13:00:00+00'),
  (11, 1, 'dock-firmware', 'Dock Firmware', 'native', 5, '2022-01-10 10:00:00+00'), (12, 2, 'ingestion-pipeline', 'Ingestion Pipeline', 'python', 8, '2022-04-04 09:00:00+00'),
  (13, 2, 'dbt-jobs', 'dbt Jobs', 'python', 8, '2022-04-04 09:10:00+00'), (14, 3, 'client-sites', 'Client Sites', 'javascript-nextjs', 9, '2023-08-02 10:00:00+00');

INSERT INTO sentry_useroption (user_id, project_id, organization_id, key, value)
SELECT s.i, NULL::bigint, NULL::bigint, 'timezone', '"' || s.tz || '"' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 3 <> 1
UNION ALL SELECT s.i, NULL, NULL, 'language', '"' || fixture_gen.pick(ARRAY['en', 'en', 'en', 'de', 'pt-BR', 'pl'], 'uol', s.i) || '"' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 4 = 0
UNION ALL SELECT s.i, NULL, NULL, 'theme', '"' || fixture_gen.pick(ARRAY['dark', 'light', 'system'], 'uot', s.i) || '"' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 2 = 0
UNION ALL SELECT s.i, NULL, NULL, 'stacktrace_order', '"' || fixture_gen.pick(ARRAY['1', '2', '-1'], 'uos', s.i) || '"' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 5 = 0
UNION ALL SELECT s.i, NULL, NULL, 'clock_24_hours', 'true' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 3 = 0
UNION ALL SELECT s.i, NULL, NULL, 'self_notifications', '"0"' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 7 = 0
UNION ALL SELECT s.i, NULL, NULL, 'reports:disabled-organizations', '[2]' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 13 = 0
UNION ALL SELECT s.i, NULL, NULL, 'issue:defaults', '{"query": "is:unresolved assigned_or_suggested:me", "sort": "freq"}' FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 11 = 3
UNION ALL SELECT s.i, 1 + fixture_gen.n('uomp', s.i, 11), NULL, 'mail:email',
       '"' || CASE WHEN s.i % 3 = 0 THEN (SELECT e.email FROM sentry_useremail e WHERE e.user_id = s.i ORDER BY e.id DESC LIMIT 1)
                   ELSE fixture_gen.pick(ARRAY['oncall-mobile', 'payments-alerts', 'fleet-ops', 'sre-pager'], 'uomr', s.i) || '@brightwater-mobility.example' END || '"'
FROM sgen.st s WHERE s.kind IN ('admin', 'email', 'google') AND s.i % 4 = 2
ORDER BY 1, 4;

-- ---------------------------------------------------------------------------
-- Organizations, SSO, members, teams, projects.

CREATE TABLE sentry_organization (
    id bigserial PRIMARY KEY, name varchar(64) NOT NULL, slug varchar(50) NOT NULL UNIQUE, status integer NOT NULL, date_added timestamptz NOT NULL,
    default_role varchar(32) NOT NULL, flags bigint NOT NULL
);
INSERT INTO sentry_organization VALUES
  (1, 'Brightwater Mobility', 'brightwater', 0, '2019-09-02 08:31:12+00', 'member', 1),
  (2, 'Brightwater Data Platform', 'brightwater-data', 0, '2022-04-04 08:55:40+00', 'member', 1),
  (3, 'Adeyemi Consulting', 'adeyemi-consulting', 0, '2023-08-02 09:07:30+00', 'owner', 3);

CREATE TABLE sentry_authprovider (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL UNIQUE, provider varchar(128) NOT NULL, config text NOT NULL, date_added timestamptz NOT NULL,
    sync_time integer, last_sync timestamptz, default_role integer NOT NULL, default_global_access boolean NOT NULL, flags bigint NOT NULL
);
INSERT INTO sentry_authprovider VALUES
  (1, 1, 'google', '{"domain": "brightwater-mobility.example", "domains": ["brightwater-mobility.example"], "version": "1"}', '2021-11-22 10:14:00+00', NULL, NULL, 50, true, 0),
  (2, 2, 'saml2', '{"idp": {"entity_id": "https://sts.windows.net/' || fixture_gen.uuid('tenant', 1) || '/", "url": "https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1)
     || '/saml2", "slo_url": null, "x509cert": "MIIC8DCCAdigAwIBAgIQ' || sgen.rnd('x509', 1, 220) || '"}, "attribute_mapping": {"identifier": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier", '
     || '"user_email": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "first_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", '
     || '"last_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"}}', '2022-04-05 13:02:00+00', NULL, NULL, 50, true, 1);

CREATE TABLE sentry_authidentity (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, auth_provider_id bigint NOT NULL, ident varchar(128) NOT NULL, data text NOT NULL, date_added timestamptz NOT NULL,
    last_verified timestamptz NOT NULL, last_synced timestamptz NOT NULL, UNIQUE (auth_provider_id, ident), UNIQUE (auth_provider_id, user_id)
);
INSERT INTO sentry_authidentity (user_id, auth_provider_id, ident, data, date_added, last_verified, last_synced)
SELECT s.i, 1, '1' || fixture_gen.digits('gsub', s.i, 20),
       '{"access_token": "ya29.' || sgen.b64url('gat', s.i, 120) || '", "refresh_token": "1//0' || sgen.b64url('grt', s.i, 75) || '", "expires": ' || (1719700000 + s.i * 131)
         || ', "id_token": "' || fixture_gen.jwt('gid', s.i) || '", "token_type": "Bearer", "email": "' || s.email || '", "hd": "brightwater-mobility.example"}',
       greatest(s.joined, timestamptz '2021-11-22 10:20:00+00'), sgen.at('aiv', s.i, timestamptz '2024-06-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00'),
       sgen.at('aiv', s.i, timestamptz '2024-06-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00')
FROM sgen.st s WHERE s.kind IN ('admin', 'email', 'google') AND s.active AND (s.kind = 'google' OR s.i % 3 <> 2)
UNION ALL
SELECT s.i, 2, s.email,
       '{"id": "' || s.email || '", "email": "' || s.email || '", "name": "' || s.name || '", "data": {"first_name": "' || s.first || '", "last_name": "' || s.last
         || '", "object_guid": "' || fixture_gen.uuid('aad', s.i) || '"}, "session_index": "_' || fixture_gen.uuid('saml', s.i) || '"}',
       s.joined, sgen.at('aiv', s.i, timestamptz '2024-06-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00'), sgen.at('aiv', s.i, timestamptz '2024-06-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00')
FROM sgen.st s WHERE s.kind = 'saml' OR s.i IN (1, 4, 15);

CREATE TABLE sentry_authenticator (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, created_at timestamptz NOT NULL, last_used_at timestamptz, type integer NOT NULL, config text NOT NULL, UNIQUE (user_id, type)
);
INSERT INTO sentry_authenticator (user_id, created_at, last_used_at, type, config)
SELECT s.i, s.joined + interval '3 days', sgen.at('aul', s.i * 10 + t, timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00'), t,
       CASE t WHEN 1 THEN '{"salt": "' || sgen.hex('rsalt', s.i, 40) || '", "used": ' || fixture_gen.n('rused', s.i, 4) || '}'
              WHEN 2 THEN '{"secret": "' || fixture_gen.chars('totp', s.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '"}'
              WHEN 4 THEN '{"secret": "' || fixture_gen.chars('smst', s.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '", "phone_number": "'
                          || CASE s.cc WHEN 'GB' THEN '+447' || fixture_gen.digits('sph', s.i, 9) WHEN 'DE' THEN '+4915' || fixture_gen.digits('sph', s.i, 9) WHEN 'IN' THEN '+919' || fixture_gen.digits('sph', s.i, 9)
                             WHEN 'NG' THEN '+23480' || fixture_gen.digits('sph', s.i, 8) WHEN 'CA' THEN '+1416' || fixture_gen.digits('sph', s.i, 7) ELSE '+3516' || fixture_gen.digits('sph', s.i, 8) END || '"}'
              ELSE '{"devices": [{"name": "' || CASE WHEN s.i % 2 = 0 THEN s.first || '''s YubiKey' ELSE fixture_gen.pick(ARRAY['YubiKey 5C NFC', 'MacBook Touch ID', 'Titan key'], 'u2fn', s.i) END
                   || '", "created_at": ' || (1650000000 + s.i * 7777) || ', "binding": {"publicKey": "' || sgen.b64url('u2fpk', s.i, 65) || '", "keyHandle": "' || sgen.b64url('u2fkh', s.i, 64)
                   || '", "appId": "https://sentry.brightwater-mobility.example/auth/2fa/u2fappid.json"}}]}' END
FROM sgen.st s, (VALUES (1), (2), (3), (4)) v(t)
WHERE s.kind IN ('admin', 'email', 'contractor') AND ((t IN (1, 2) AND s.i % 3 <> 0) OR (t = 3 AND s.i % 5 = 0) OR (t = 4 AND s.i % 7 = 1))
ORDER BY s.i, t;

CREATE TABLE social_auth_usersocialauth (
    id serial PRIMARY KEY, user_id bigint NOT NULL, provider varchar(32) NOT NULL, uid varchar(255) NOT NULL, extra_data text NOT NULL, UNIQUE (provider, uid)
);
INSERT INTO social_auth_usersocialauth (user_id, provider, uid, extra_data)
SELECT s.i, 'github', (1200000 + s.i * 7919)::text,
       '{"access_token": "gho_' || sgen.rnd('gho', s.i, 36) || '", "token_type": "bearer", "scope": "repo,user:email", "login": "'
         || CASE WHEN s.i % 2 = 0 THEN sgen.fold(s.first) || '-' || sgen.fold(s.last) ELSE substr(sgen.fold(s.first), 1, 1) || sgen.fold(s.last) || (s.i % 40)::text END || '", "id": ' || (1200000 + s.i * 7919) || '}'
FROM sgen.st s WHERE s.kind IN ('admin', 'email') AND s.i % 4 = 3;

CREATE TABLE sentry_organizationmember (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, user_id bigint, type integer NOT NULL, date_added timestamptz NOT NULL, email varchar(75),
    has_global_access boolean NOT NULL, flags bigint NOT NULL, role varchar(32) NOT NULL, token varchar(64) UNIQUE, token_expires_at timestamptz,
    inviter_id bigint, invite_status integer, user_is_active boolean NOT NULL, user_email varchar(75)
);
INSERT INTO sentry_organizationmember (organization_id, user_id, type, date_added, email, has_global_access, flags, role, token, token_expires_at, inviter_id, invite_status, user_is_active, user_email)
SELECT o, s.i, 50, greatest(s.joined, CASE o WHEN 2 THEN timestamptz '2022-04-04 09:00:00+00' ELSE s.joined END), NULL, true,
       CASE WHEN s.kind IN ('google', 'saml') THEN 1 ELSE 0 END,
       CASE WHEN s.i <= 2 OR (o = 3 AND s.i = 131) OR (o = 2 AND s.i = 119) THEN 'owner' WHEN s.i % 19 = 0 THEN 'manager' WHEN s.i % 10 = 0 THEN 'admin' WHEN s.kind = 'contractor' AND o = 1 THEN 'billing' ELSE 'member' END,
       NULL, NULL, CASE WHEN s.i > 2 THEN 1 + fixture_gen.n('omi', s.i, 2) END, 0, s.active, s.email
FROM sgen.st s, (VALUES (1), (2), (3)) v(o)
WHERE s.kind <> 'app' AND ((o = 1 AND s.i <= 118) OR (o = 1 AND s.i BETWEEN 131 AND 136) OR (o = 2 AND (s.i BETWEEN 119 AND 130 OR s.i IN (1, 4, 15))) OR (o = 3 AND s.i BETWEEN 131 AND 138))
ORDER BY o, s.i;
-- Pending invitations and join requests: the invitee's email and the invite token.
INSERT INTO sentry_organizationmember (organization_id, user_id, type, date_added, email, has_global_access, flags, role, token, token_expires_at, inviter_id, invite_status, user_is_active, user_email)
SELECT CASE WHEN k % 5 = 0 THEN 3 ELSE 1 END, NULL, 50, d, e, true, 0, fixture_gen.pick(ARRAY['member', 'member', 'member', 'admin'], 'inr', k),
       sgen.hex('invtok', k, 64), d + interval '30 days', CASE WHEN k % 7 = 3 THEN NULL ELSE (ARRAY[1, 2, 10, 20, 40])[1 + fixture_gen.n('inv', k, 5)] END,
       CASE WHEN k % 7 = 3 THEN 1 ELSE 0 END, true, NULL
FROM generate_series(1, 26) k,
LATERAL (SELECT sgen.at('ind', k, timestamptz '2024-04-01 00:00:00+00', timestamptz '2024-06-29 18:00:00+00') AS d,
                CASE WHEN k % 3 = 0 THEN sgen.fold(fixture_gen.first_name('inf', k)) || '.' || sgen.fold(fixture_gen.last_name('inl', k)) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'hey.com'], 'ind', k)
                     ELSE sgen.fold(fixture_gen.first_name('inf', k)) || '.' || sgen.fold(fixture_gen.last_name('inl', k)) || '@brightwater-mobility.example' END AS e) x;

CREATE TABLE sentry_team (
    id bigserial PRIMARY KEY, slug varchar(50) NOT NULL, name varchar(64) NOT NULL, organization_id bigint NOT NULL, status integer NOT NULL, date_added timestamptz, UNIQUE (organization_id, slug)
);
INSERT INTO sentry_team VALUES
  (1, 'mobile', 'Mobile', 1, 0, '2019-09-03 09:55:00+00'), (2, 'web', 'Web', 1, 0, '2019-09-04 08:50:00+00'), (3, 'backend', 'Backend', 1, 0, '2019-09-02 08:40:00+00'),
  (4, 'payments', 'Payments', 1, 0, '2019-11-12 13:50:00+00'), (5, 'fleet', 'Fleet & Hardware', 1, 0, '2020-03-02 07:55:00+00'), (6, 'sre', 'SRE', 1, 0, '2020-05-20 10:00:00+00'),
  (7, 'support-eng', 'Support Engineering', 1, 0, '2021-05-17 12:40:00+00'), (8, 'data-platform', 'Data Platform', 2, 0, '2022-04-04 08:58:00+00'),
  (9, 'client-work', 'Client work', 3, 0, '2023-08-02 09:07:31+00'), (10, 'growth-experiments', 'Growth experiments', 1, 1, '2021-09-01 10:00:00+00');

CREATE TABLE sentry_project (
    id bigserial PRIMARY KEY, name varchar(200) NOT NULL, public boolean NOT NULL, date_added timestamptz NOT NULL, status integer NOT NULL, slug varchar(50),
    organization_id bigint NOT NULL, first_event timestamptz, forced_color varchar(6), flags bigint NOT NULL, platform text, template_id bigint, UNIQUE (organization_id, slug)
);
INSERT INTO sentry_project SELECT id, name, false, born, 0, slug, org, born + interval '47 minutes', CASE WHEN id IN (4, 11) THEN fixture_gen.pick(ARRAY['e8843c', '4674ca', '3fa2cd'], 'pcol', id) END,
  CASE WHEN id <= 11 THEN 10 ELSE 2 END, platform, NULL FROM sgen.pj ORDER BY id;

CREATE TABLE sentry_projectkey (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, public_key varchar(32) UNIQUE, secret_key varchar(32) UNIQUE, roles bigint NOT NULL, label varchar(64),
    status integer NOT NULL, date_added timestamptz, rate_limit_count integer, rate_limit_window integer, data text NOT NULL, use_case varchar(32) NOT NULL
);
INSERT INTO sentry_projectkey (project_id, public_key, secret_key, roles, label, status, date_added, rate_limit_count, rate_limit_window, data, use_case)
SELECT p.id, sgen.hex('dsnpub', p.id * 10 + k, 32), sgen.hex('dsnsec', p.id * 10 + k, 32), 1,
       CASE k WHEN 1 THEN 'Default' WHEN 2 THEN fixture_gen.pick(ARRAY['Staging', 'CI', 'Load test', 'Legacy app 3.x'], 'pkl', p.id) ELSE 'Relay proxy' END,
       CASE WHEN k = 2 AND p.id % 3 = 0 THEN 1 ELSE 0 END, p.born + (k - 1) * interval '200 days',
       CASE WHEN k = 2 THEN 1000 END, CASE WHEN k = 2 THEN 3600 END,
       CASE WHEN p.platform LIKE 'javascript%' THEN '{"dynamicSdkLoaderOptions": {"hasReplay": true, "hasPerformance": true, "hasDebug": false}, "browserSdk": {"version": "7.x"}}' ELSE '{}' END,
       'user'
FROM sgen.pj p, generate_series(1, 3) k WHERE k = 1 OR (k = 2 AND p.id <= 11) OR (k = 3 AND p.id IN (1, 2, 3))
ORDER BY p.id, k;

CREATE TABLE sentry_organizationmember_teams (
    id bigserial PRIMARY KEY, organizationmember_id bigint NOT NULL, team_id bigint NOT NULL, is_active boolean NOT NULL, role varchar(32), UNIQUE (team_id, organizationmember_id)
);
INSERT INTO sentry_organizationmember_teams (organizationmember_id, team_id, is_active, role)
SELECT m.id, t, true, CASE WHEN m.user_id % 9 = 0 THEN 'admin' END
FROM sentry_organizationmember m,
LATERAL (SELECT CASE m.organization_id WHEN 2 THEN 8 WHEN 3 THEN 9 ELSE 1 + fixture_gen.n('omt', m.user_id, 7) END AS t
         UNION SELECT CASE WHEN m.organization_id = 1 AND m.user_id % 4 = 0 THEN 1 + fixture_gen.n('omt2', m.user_id, 7) ELSE NULL END) tt
WHERE m.user_id IS NOT NULL AND t IS NOT NULL ORDER BY m.id, t;

CREATE TABLE sentry_projectteam (id bigserial PRIMARY KEY, project_id bigint NOT NULL, team_id bigint NOT NULL, UNIQUE (project_id, team_id));
INSERT INTO sentry_projectteam (project_id, team_id) SELECT id, team FROM sgen.pj UNION ALL SELECT id, 6 FROM sgen.pj WHERE id IN (4, 5, 6, 8) ORDER BY 1, 2;

-- Ownership rules: paths, URLs and tags to owners named by email or #team.
CREATE TABLE sentry_projectownership (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL UNIQUE, raw text, schema text, fallthrough boolean NOT NULL, date_created timestamptz NOT NULL,
    last_updated timestamptz NOT NULL, is_active boolean NOT NULL, auto_assignment boolean NOT NULL, codeowners_auto_sync boolean
);
INSERT INTO sentry_projectownership (project_id, raw, schema, fallthrough, date_created, last_updated, is_active, auto_assignment, codeowners_auto_sync)
SELECT p.id,
       'path:' || r.p1 || ' ' || e1.email || E'\n' || 'path:' || r.p2 || ' #' || t.slug || E'\n' || 'url:' || r.u || ' ' || e2.email || ' ' || e3.email || E'\n' || 'tags.rider_tier:fleet-partner ' || e1.email,
       '{"$version": 1, "rules": [{"matcher": {"type": "path", "pattern": "' || r.p1 || '"}, "owners": [{"type": "user", "identifier": "' || e1.email || '"}]}, '
         || '{"matcher": {"type": "path", "pattern": "' || r.p2 || '"}, "owners": [{"type": "team", "identifier": "' || t.slug || '"}]}, '
         || '{"matcher": {"type": "url", "pattern": "' || r.u || '"}, "owners": [{"type": "user", "identifier": "' || e2.email || '"}, {"type": "user", "identifier": "' || e3.email || '"}]}, '
         || '{"matcher": {"type": "tags.rider_tier", "pattern": "fleet-partner"}, "owners": [{"type": "user", "identifier": "' || e1.email || '"}]}]}',
       p.id % 3 <> 0, p.born + interval '90 days', p.born + interval '400 days' + make_interval(days => fixture_gen.n('pow', p.id, 300)), true, p.id % 2 = 0, p.id IN (3, 4, 5)
FROM sgen.pj p JOIN sentry_team t ON t.id = p.team
JOIN sgen.st e1 ON e1.i = 3 + fixture_gen.n('po1', p.id, 110) JOIN sgen.st e2 ON e2.i = 3 + fixture_gen.n('po2', p.id, 110) JOIN sgen.st e3 ON e3.i = 3 + fixture_gen.n('po3', p.id, 110)
CROSS JOIN LATERAL (SELECT CASE WHEN p.platform LIKE 'javascript%' THEN 'src/checkout/**' WHEN p.platform LIKE 'apple%' THEN 'RiderApp/Payments/*' WHEN p.platform = 'android' THEN 'app/src/main/java/com/brightwater/rider/pay/*' ELSE p.slug || '/billing/*' END AS p1,
                           CASE WHEN p.platform LIKE 'javascript%' THEN 'src/map/**' WHEN p.platform LIKE 'apple%' THEN 'RiderApp/Map/*' WHEN p.platform = 'android' THEN 'app/src/main/java/com/brightwater/rider/map/*' ELSE p.slug || '/api/*' END AS p2,
                           '*/rides/*/unlock*' AS u) r
WHERE p.id <= 12;

CREATE TABLE sentry_projectoption (id bigserial PRIMARY KEY, project_id bigint NOT NULL, key varchar(64) NOT NULL, value text, UNIQUE (project_id, key));
INSERT INTO sentry_projectoption (project_id, key, value)
SELECT p.id, 'sentry:resolve_age', (CASE WHEN p.id % 2 = 0 THEN 168 ELSE 720 END)::text FROM sgen.pj p
UNION ALL SELECT p.id, 'sentry:grouping_config', '"newstyle:2023-01-11"' FROM sgen.pj p
UNION ALL SELECT p.id, 'sentry:scrub_ip_address', 'false' FROM sgen.pj p WHERE p.id IN (1, 2, 3)
UNION ALL SELECT p.id, 'sentry:sensitive_fields', '["card_number", "cvc", "iban", "licence_number"]' FROM sgen.pj p WHERE p.id IN (5, 8)
UNION ALL SELECT p.id, 'sentry:origins', '["https://ride.brightwater-mobility.example", "https://*.brightwater-mobility.example"]' FROM sgen.pj p WHERE p.platform LIKE 'javascript%'
UNION ALL SELECT p.id, 'mail:subject_prefix', '"[' || p.name || '] "' FROM sgen.pj p WHERE p.id % 3 = 1
UNION ALL SELECT p.id, 'sentry:token', '"' || sgen.hex('ptok', p.id, 32) || '"' FROM sgen.pj p WHERE p.id <= 11
UNION ALL SELECT p.id, 'sentry:token_header', '"X-Brightwater-Release-Token"' FROM sgen.pj p WHERE p.id IN (4, 6)
UNION ALL SELECT p.id, 'sentry:symbol_sources', '[{"id": "' || fixture_gen.uuid('sym', p.id) || '", "type": "s3", "name": "Brightwater dSYMs", "bucket": "bw-debug-symbols", "region": "eu-west-1", '
         || '"access_key": "AKIA' || fixture_gen.chars('aki', p.id, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '", "secret_key": "' || sgen.rnd('asec', p.id, 40) || '", "layout": {"type": "native", "casing": "default"}}]'
  FROM sgen.pj p WHERE p.id IN (1, 11)
UNION ALL SELECT p.id, 'slack:webhook', '"https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', p.id, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || sgen.rnd('slw', p.id, 24) || '"'
  FROM sgen.pj p WHERE p.id IN (9, 10)
UNION ALL SELECT p.id, 'slack:enabled', 'true' FROM sgen.pj p WHERE p.id IN (9, 10)
UNION ALL SELECT p.id, 'sentry:relay_pii_config', '{"rules": {"rider-phone": {"type": "pattern", "pattern": "\\+?[0-9][0-9 ()-]{7,}", "redaction": {"method": "replace", "text": "[phone]"}}}, "applications": {"$string": ["rider-phone"]}}'
  FROM sgen.pj p WHERE p.id IN (4, 10)
ORDER BY 1, 2;

CREATE TABLE sentry_organizationoption (id bigserial PRIMARY KEY, organization_id bigint NOT NULL, key varchar(64) NOT NULL, value text, UNIQUE (organization_id, key));
INSERT INTO sentry_organizationoption (organization_id, key, value) VALUES
  (1, 'sentry:require_scrub_data', 'true'), (1, 'sentry:require_scrub_defaults', 'true'), (1, 'sentry:sensitive_fields', '["password", "card_number", "iban", "licence_number", "authorization"]'),
  (1, 'sentry:safe_fields', '["ride_id", "dock_id", "vehicle_serial"]'), (1, 'sentry:scrape_javascript', 'true'), (1, 'sentry:join_requests', 'false'),
  (1, 'sentry:account-rate-limit', '0'), (1, 'sentry:alerts_member_write', 'true'), (1, 'sentry:events_member_admin', 'false'), (1, 'sentry:github_pr_bot', 'true'),
  (1, 'sentry:trusted-relays', '[{"name": "edge-relay-eu-1", "description": "Relay in front of the ingest load balancer", "publicKey": "' || sgen.b64url('relpk', 1, 32) || '", "created": "2022-06-01T10:00:00Z"}]'),
  (1, 'sentry:debug_files_role', '"admin"'), (1, 'sentry:attachments_role', '"member"'),
  (2, 'sentry:require_scrub_data', 'true'), (2, 'sentry:scrub_ip_address', 'true'), (2, 'sentry:join_requests', 'false'),
  (3, 'sentry:require_scrub_data', 'false'), (3, 'sentry:scrape_javascript', 'true');

-- Global options set in the admin UI.
CREATE TABLE sentry_option (id bigserial PRIMARY KEY, key varchar(128) NOT NULL UNIQUE, value text, last_updated timestamptz NOT NULL, last_updated_by varchar(16) NOT NULL);
INSERT INTO sentry_option (key, value, last_updated, last_updated_by) VALUES
  ('sentry:version-configured', '"24.5.0"', '2024-05-21 07:40:00+00', 'unknown'),
  ('system.url-prefix', '"https://sentry.brightwater-mobility.example"', '2019-09-02 08:29:00+00', 'unknown'),
  ('system.admin-email', '"joao.wang@brightwater-mobility.example"', '2019-09-02 08:29:00+00', 'unknown'),
  ('system.support-email', '"sre@brightwater-mobility.example"', '2020-05-20 10:05:00+00', 'unknown'),
  ('system.security-email', '"security@brightwater-mobility.example"', '2020-05-20 10:05:00+00', 'unknown'),
  ('system.event-retention-days', '90', '2019-09-02 08:29:00+00', 'unknown'),
  ('auth.allow-registration', 'false', '2019-09-02 08:29:00+00', 'unknown'),
  ('beacon.anonymous', 'true', '2019-09-02 08:29:00+00', 'unknown'),
  ('mail.backend', '"smtp"', '2019-09-02 08:29:00+00', 'unknown'),
  ('mail.host', '"smtp.eu.mailgun.org"', '2021-03-11 15:00:00+00', 'unknown'),
  ('mail.port', '587', '2021-03-11 15:00:00+00', 'unknown'),
  ('mail.username', '"postmaster@mg.brightwater-mobility.example"', '2021-03-11 15:00:00+00', 'unknown'),
  ('mail.password', '"' || sgen.hex('mgpw', 1, 32) || '-' || sgen.hex('mgpw2', 1, 8) || '-' || sgen.hex('mgpw3', 1, 8) || '"', '2021-03-11 15:00:00+00', 'unknown'),
  ('mail.use-tls', 'true', '2021-03-11 15:00:00+00', 'unknown'),
  ('mail.from', '"sentry@brightwater-mobility.example"', '2019-09-02 08:29:00+00', 'unknown'),
  ('slack.client-id', '"' || fixture_gen.digits('slci', 1, 12) || '.' || fixture_gen.digits('slci2', 1, 13) || '"', '2020-11-02 09:30:00+00', 'unknown'),
  ('slack.client-secret', '"' || sgen.hex('slcs', 1, 32) || '"', '2020-11-02 09:30:00+00', 'unknown'),
  ('slack.signing-secret', '"' || sgen.hex('slss', 1, 32) || '"', '2020-11-02 09:30:00+00', 'unknown'),
  ('github-app.id', '187' || fixture_gen.digits('ghai', 1, 3), '2021-02-08 11:00:00+00', 'unknown'),
  ('github-app.name', '"brightwater-sentry"', '2021-02-08 11:00:00+00', 'unknown'),
  ('github-app.client-id', '"Iv1.' || sgen.hex('ghci', 1, 16) || '"', '2021-02-08 11:00:00+00', 'unknown'),
  ('github-app.client-secret', '"' || sgen.hex('ghcs', 1, 40) || '"', '2021-02-08 11:00:00+00', 'unknown'),
  ('github-app.webhook-secret', '"' || sgen.rnd('ghws', 1, 32) || '"', '2021-02-08 11:00:00+00', 'unknown'),
  ('github-app.private-key', '"-----BEGIN RSA ' || 'PRIVATE KEY-----\nMIIEpAIBAAKCAQEA' || sgen.rnd('ghpk1', 1, 48) || '\n' || sgen.rnd('ghpk2', 1, 64) || '\n' || sgen.rnd('ghpk3', 1, 64) || '\n' || sgen.rnd('ghpk4', 1, 64)
     || '\n' || sgen.rnd('ghpk5', 1, 40) || '==\n-----END RSA ' || 'PRIVATE KEY-----\n"', '2021-02-08 11:00:00+00', 'unknown'),
  ('github-login.base-domain', '"github.com"', '2021-02-08 11:00:00+00', 'unknown'),
  ('jira.app-key', '"sentry.io.brightwater"', '2021-06-14 10:00:00+00', 'unknown'),
  ('filestore.backend', '"s3"', '2022-09-01 12:00:00+00', 'unknown'),
  ('filestore.options', '{"bucket_name": "bw-sentry-files", "region_name": "eu-west-1", "access_key": "AKIA' || fixture_gen.chars('fsak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '", "secret_key": "' || sgen.rnd('fssk', 1, 40) || '"}', '2022-09-01 12:00:00+00', 'unknown'),
  ('symbolserver.enabled', 'true', '2022-01-10 09:00:00+00', 'unknown'),
  ('sentry:latest_version', '"24.6.0"', '2024-06-28 03:00:00+00', 'automator');

-- ---------------------------------------------------------------------------
-- Tokens, API keys, OAuth applications.

CREATE TABLE sentry_apiapplication (
    id bigserial PRIMARY KEY, client_id varchar(64) NOT NULL UNIQUE, client_secret text, owner_id bigint, name varchar(64) NOT NULL, status integer NOT NULL,
    allowed_origins text, redirect_uris text NOT NULL, homepage_url varchar(200), privacy_url varchar(200), terms_url varchar(200), date_added timestamptz NOT NULL,
    requires_org_level_access boolean NOT NULL
);
INSERT INTO sentry_apiapplication (id, client_id, client_secret, owner_id, name, status, allowed_origins, redirect_uris, homepage_url, privacy_url, terms_url, date_added, requires_org_level_access)
SELECT k, sgen.hex('apcid', k, 64), sgen.hex('apcsec', k, 64), CASE WHEN k <= 6 THEN 138 + k ELSE (ARRAY[1, 12, 40, 77, 121])[k - 6] END,
       (ARRAY['Gentle Heron', 'Usable Sunbeam', 'Polite Lynx', 'Clever Marmot', 'Brisk Otter', 'Joint Kid', 'Grafana Sentry datasource', 'Backstage plugin', 'Stable Falcon', 'dbt alerts bridge', 'Warm Quokka'])[k],
       CASE WHEN k = 9 THEN 1 ELSE 0 END, '',
       (ARRAY['https://rollout.brightwater-mobility.example/sentry/callback', 'https://deploy.brightwater-mobility.example/oauth/sentry', 'https://linear.app/integrations/sentry/oauth',
              'https://scribe.brightwater-mobility.example/auth/callback', 'https://hooks.zapier.com/oauth/return/SentryCLIAPI/', 'https://dq.brightwater-data.example/sentry/callback',
              'https://grafana.brightwater-mobility.example/login/generic_oauth', 'https://backstage.brightwater-mobility.example/api/auth/sentry/handler/frame',
              'http://localhost:8000/callback', 'https://airflow.brightwater-data.example/sentry/cb', 'https://adeyemi-consulting.example/oauth/sentry'])[k],
       CASE WHEN k IN (3, 5) THEN (ARRAY[NULL, NULL, 'https://linear.app', NULL, 'https://zapier.com'])[k] END, NULL, NULL,
       timestamptz '2021-05-11 10:00:00+00' + k * interval '83 days', k <= 6
FROM generate_series(1, 11) k;

CREATE TABLE sentry_apigrant (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, application_id bigint NOT NULL, code varchar(64) NOT NULL, expires_at timestamptz NOT NULL, redirect_uri varchar(255) NOT NULL,
    scopes bigint NOT NULL, scope_list text[], organization_id bigint
);
INSERT INTO sentry_apigrant (user_id, application_id, code, expires_at, redirect_uri, scopes, scope_list, organization_id)
SELECT u, a.id, sgen.hex('grcode', k, 64), t + interval '10 minutes', a.redirect_uris, 0, ARRAY['org:read', 'project:read', 'event:read'], CASE WHEN a.requires_org_level_access THEN 1 END
FROM generate_series(1, 18) k,
LATERAL (SELECT 3 + fixture_gen.n('gru', k, 120) AS u, 7 + fixture_gen.n('gra', k, 5) AS aid, sgen.at('grt', k, timestamptz '2024-06-20 00:00:00+00', timestamptz '2024-06-30 16:00:00+00') AS t) x
JOIN sentry_apiapplication a ON a.id = x.aid;

CREATE TABLE sentry_apiauthorization (
    id bigserial PRIMARY KEY, application_id bigint, user_id bigint NOT NULL, scopes bigint NOT NULL, scope_list text[], date_added timestamptz NOT NULL, organization_id bigint
);
INSERT INTO sentry_apiauthorization (application_id, user_id, scopes, scope_list, date_added, organization_id)
SELECT DISTINCT ON (7 + fixture_gen.n('aza', k, 5), 3 + fixture_gen.n('azu', k, 120)) 7 + fixture_gen.n('aza', k, 5), 3 + fixture_gen.n('azu', k, 120), 0,
       ARRAY['org:read', 'project:read', 'event:read', 'member:read'], sgen.at('azt', k, timestamptz '2022-01-01 00:00:00+00', timestamptz '2024-06-30 16:00:00+00'), NULL
FROM generate_series(1, 60) k;

CREATE TABLE sentry_apitoken (
    id bigserial PRIMARY KEY, application_id bigint, user_id bigint NOT NULL, token varchar(71) NOT NULL UNIQUE, refresh_token varchar(71) UNIQUE, expires_at timestamptz,
    scopes bigint NOT NULL, scope_list text[], date_added timestamptz NOT NULL, name varchar(255), token_last_characters varchar(4), hashed_token varchar(128) UNIQUE,
    hashed_refresh_token varchar(128) UNIQUE, scoping_organization_id bigint, token_type varchar(7)
);
-- Personal tokens (sntryu_ since 24.x, 64 hex before), OAuth tokens, Sentry app installation tokens.
INSERT INTO sentry_apitoken (application_id, user_id, token, refresh_token, expires_at, scopes, scope_list, date_added, name, token_last_characters, hashed_token, hashed_refresh_token, scoping_organization_id, token_type)
SELECT NULL, u, tok, NULL, NULL, 0, sl, d, nm, right(tok, 4), encode(sha256(convert_to(tok, 'UTF8')), 'hex'), NULL, NULL::bigint, CASE WHEN tok LIKE 'sntryu%' THEN 'sntryu_' END
FROM generate_series(1, 70) k,
LATERAL (SELECT 1 + fixture_gen.n('atu', k, 130) AS u, sgen.at('atd', k, timestamptz '2020-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00') AS d) x,
LATERAL (SELECT CASE WHEN x.d > timestamptz '2024-04-01 00:00:00+00' THEN 'sntryu_' || sgen.hex('atok', k, 64) ELSE sgen.hex('atok', k, 64) END AS tok,
                fixture_gen.pick(ARRAY['sentry-cli', 'CI releases', 'laptop', 'Grafana', 'source maps upload', 'fastlane dSYM upload', 'jupyter', NULL], 'atn', k) AS nm,
                CASE WHEN k % 3 = 0 THEN ARRAY['project:releases', 'org:read'] ELSE ARRAY['project:read', 'event:read', 'org:read', 'member:read', 'team:read'] END AS sl) y
UNION ALL
SELECT a.application_id, a.user_id, sgen.hex('otok', a.id, 64), sgen.hex('oref', a.id, 64), sgen.at('ote', a.id, timestamptz '2024-06-25 00:00:00+00', timestamptz '2024-07-30 00:00:00+00'), 0, a.scope_list,
       a.date_added, NULL, right(sgen.hex('otok', a.id, 64), 4), encode(sha256(convert_to(sgen.hex('otok', a.id, 64), 'UTF8')), 'hex'), encode(sha256(convert_to(sgen.hex('oref', a.id, 64), 'UTF8')), 'hex'), NULL, NULL
FROM sentry_apiauthorization a
UNION ALL
SELECT k, 138 + k, sgen.hex('satok', k, 64), sgen.hex('saref', k, 64), timestamptz '2024-06-30 23:00:00+00' + make_interval(mins => fixture_gen.n('sae', k, 480)), 0,
       ARRAY['project:read', 'event:read', 'event:write', 'org:read'], timestamptz '2024-06-30 15:00:00+00', NULL, right(sgen.hex('satok', k, 64), 4),
       encode(sha256(convert_to(sgen.hex('satok', k, 64), 'UTF8')), 'hex'), encode(sha256(convert_to(sgen.hex('saref', k, 64), 'UTF8')), 'hex'), CASE WHEN k = 6 THEN 2 ELSE 1 END, NULL
FROM generate_series(1, 6) k;

CREATE TABLE sentry_apikey (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, label varchar(64), key varchar(32) NOT NULL UNIQUE, scopes bigint NOT NULL, scope_list text[], status integer NOT NULL,
    date_added timestamptz NOT NULL, allowed_origins text
);
INSERT INTO sentry_apikey (organization_id, label, key, scopes, scope_list, status, date_added, allowed_origins)
SELECT CASE WHEN k = 7 THEN 2 ELSE 1 END, (ARRAY['Default', 'Jenkins releases', 'status page', 'Old Grafana plugin', 'PagerDuty sync', 'Support dashboard', 'Airflow'])[k], sgen.hex('apik', k, 32), 0,
       ARRAY['project:read', 'event:read', 'org:read'], CASE WHEN k IN (2, 4) THEN 1 ELSE 0 END, timestamptz '2019-10-01 09:00:00+00' + k * interval '140 days',
       CASE WHEN k = 3 THEN 'https://status.brightwater-mobility.example' ELSE '' END
FROM generate_series(1, 7) k;

CREATE TABLE sentry_orgauthtoken (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, token_hashed text NOT NULL UNIQUE, token_last_characters varchar(4), name varchar(255) NOT NULL,
    scope_list text[], created_by_id bigint, date_added timestamptz NOT NULL, date_last_used timestamptz, project_last_used_id bigint, date_deactivated timestamptz
);
INSERT INTO sentry_orgauthtoken (organization_id, token_hashed, token_last_characters, name, scope_list, created_by_id, date_added, date_last_used, project_last_used_id, date_deactivated)
SELECT o, encode(sha256(convert_to(tok, 'UTF8')), 'hex'), right(tok, 4), nm, ARRAY['org:ci'], cb, d, CASE WHEN k % 4 <> 0 THEN d + make_interval(days => 1 + fixture_gen.n('oatl', k, 60)) END,
       CASE WHEN k % 4 <> 0 THEN (ARRAY[1, 2, 3, 4, 12, 14])[1 + fixture_gen.n('oatp', k, 6)] END, CASE WHEN k = 5 THEN d + interval '20 days' END
FROM generate_series(1, 12) k,
LATERAL (SELECT CASE WHEN k IN (10, 11) THEN 2 WHEN k = 12 THEN 3 ELSE 1 END AS o, sgen.at('oatd', k, timestamptz '2023-07-01 00:00:00+00', timestamptz '2024-06-28 00:00:00+00') AS d,
                (ARRAY['GitHub Actions: rider-web', 'Xcode Cloud', 'Gradle upload', 'Vercel', 'test', 'Bitrise', 'dispatch-api deploy', 'fastlane', 'Fleet CI', 'Airflow releases', 'dbt Cloud', 'Client sites CI'])[k] AS nm,
                (ARRAY[1, 12, 40, 77, 121, 131])[1 + fixture_gen.n('oatc', k, 6)] AS cb) x,
LATERAL (SELECT 'sntrys_' || rtrim(translate(encode(convert_to('{"iat":' || extract(epoch FROM x.d)::bigint || ',"url":"https://sentry.brightwater-mobility.example","region_url":"https://sentry.brightwater-mobility.example","org":"'
                  || (ARRAY['brightwater', 'brightwater-data', 'adeyemi-consulting'])[x.o] || '"}', 'UTF8'), 'base64'), E'\n', ''), '=') || '_' || sgen.rnd('oats', k, 43) AS tok) y;

-- ---------------------------------------------------------------------------
-- Environments, issues, events, event users, feedback, activity.

CREATE TABLE sentry_environment (id bigserial PRIMARY KEY, organization_id bigint NOT NULL, name varchar(64) NOT NULL, date_added timestamptz NOT NULL, UNIQUE (organization_id, name));
INSERT INTO sentry_environment VALUES (1, 1, 'production', '2019-09-03 10:47:00+00'), (2, 1, 'staging', '2019-09-05 15:02:00+00'), (3, 1, 'development', '2019-09-10 09:12:00+00'),
  (4, 1, 'canary', '2021-03-15 10:00:00+00'), (5, 1, 'testflight', '2020-01-20 17:30:00+00'), (6, 2, 'production', '2022-04-04 09:47:00+00'), (7, 2, 'dev', '2022-04-11 13:00:00+00'),
  (8, 3, 'production', '2023-08-02 10:47:00+00'), (9, 3, 'preview', '2023-08-05 11:20:00+00');

-- Issue templates by platform family; t picks one. Riders' data is quoted in many.
CREATE TABLE sgen.iss (i int PRIMARY KEY, pid int, t int, r int, type text, value text, culprit text, filename text, func text, logger text, level int, platform text,
  first_seen timestamptz, last_seen timestamptz, times_seen int, status int, substatus int);
INSERT INTO sgen.iss (i, pid, t, r, first_seen, times_seen, status)
SELECT i, p, t, 1 + fixture_gen.n('isr', i, 420), sgen.at('isf', i, greatest(timestamptz '2023-01-01 00:00:00+00', pj.born), timestamptz '2024-06-25 00:00:00+00'),
       1 + fixture_gen.n('ist', i, 40) * (1 + fixture_gen.n('ism', i, 30)), (ARRAY[0, 0, 0, 1, 1, 2, 0, 1])[1 + fixture_gen.n('iss', i, 8)]
FROM generate_series(1, 260) i,
LATERAL (SELECT (ARRAY[1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8, 8, 9, 10, 10, 11, 12, 13, 14])[1 + fixture_gen.n('isp', i, 22)] AS p) x
JOIN sgen.pj pj ON pj.id = x.p,
LATERAL (SELECT CASE WHEN pj.platform LIKE 'python%' OR pj.platform IN ('php-laravel', 'ruby-rails') THEN (ARRAY[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 1, 5])[1 + fixture_gen.n('itt', i, 12)]
                     WHEN pj.platform LIKE 'javascript%' THEN (ARRAY[12, 13, 14, 15, 14, 12])[1 + fixture_gen.n('itt', i, 6)]
                     WHEN pj.platform IN ('apple-ios', 'android') THEN (ARRAY[16, 17, 18, 19, 19, 16])[1 + fixture_gen.n('itt', i, 6)]
                     ELSE (ARRAY[8, 20, 21])[1 + fixture_gen.n('itt', i, 3)] END AS t) y;
UPDATE sgen.iss s SET
  type = CASE s.t WHEN 1 THEN 'ValidationError' WHEN 2 THEN 'IntegrityError' WHEN 3 THEN 'KeyError' WHEN 4 THEN 'CardError' WHEN 5 THEN 'TwilioRestException' WHEN 6 THEN 'GeocoderError'
    WHEN 7 THEN 'OperationalError' WHEN 8 THEN 'DockTimeout' WHEN 9 THEN 'DoesNotExist' WHEN 10 THEN 'SoftTimeLimitExceeded' WHEN 11 THEN 'ReceiptRenderError' WHEN 12 THEN 'TypeError'
    WHEN 13 THEN 'ChunkLoadError' WHEN 14 THEN 'HTTPError' WHEN 15 THEN 'UnhandledRejection' WHEN 16 THEN 'EXC_BAD_ACCESS' WHEN 17 THEN 'NSInvalidArgumentException'
    WHEN 18 THEN 'java.lang.IllegalStateException' WHEN 19 THEN 'LoginException' WHEN 20 THEN '*errors.errorString' ELSE 'runtime.Error' END,
  value = CASE s.t
    WHEN 1 THEN '{''email'': [''Enter a valid email address.'']} (submitted: ''' || replace(r.email, '.com', '.con') || ''')'
    WHEN 2 THEN 'duplicate key value violates unique constraint "riders_rider_email_key"' || E'\n' || 'DETAIL:  Key (email)=(' || r.email || ') already exists.'
    WHEN 3 THEN '''promo_code'''
    WHEN 4 THEN 'Request req_' || sgen.rnd('isreq', s.i, 14) || ': Your card was declined. (rider ' || r.ident || ', ' || r.first || ' ' || r.last || ', card ending ' || fixture_gen.digits('l4', s.i, 4) || ')'
    WHEN 5 THEN 'HTTP 400 error: Unable to create record: The ''To'' number ' || r.phone || ' is not a valid phone number.'
    WHEN 6 THEN 'No results for saved place "Home": ''' || r.street || ', ' || r.postcode || ' ' || r.city || ''''
    WHEN 7 THEN 'could not connect to server: Connection refused' || E'\n\t' || 'Is the server running on host "pgbouncer.internal" (10.20.4.17) and accepting TCP/IP connections on port 6432?'
    WHEN 8 THEN 'dock ' || (1000 + fixture_gen.n('dock', s.i, 4000)) || ' did not acknowledge unlock within 8s'
    WHEN 9 THEN 'Rider matching query does not exist.'
    WHEN 10 THEN 'SoftTimeLimitExceeded()'
    WHEN 11 THEN 'could not render receipt for ' || r.first || ' ' || r.last || ' <' || r.email || '>: missing VAT rate for ' || r.cc
    WHEN 12 THEN 'Cannot read properties of undefined (reading ''coords'')'
    WHEN 13 THEN 'Loading chunk ' || (100 + fixture_gen.n('chunk', s.i, 800)) || ' failed.'
    WHEN 14 THEN '404 Client Error: Not Found for url: https://api.brightwater-mobility.example/v2/riders/lookup?email=' || replace(r.email, '@', '%40')
    WHEN 15 THEN 'Non-Error promise rejection captured with value: Phone number ' || r.phone || ' is already verified on another account'
    WHEN 16 THEN 'KERN_INVALID_ADDRESS at 0x0000000000000010'
    WHEN 17 THEN '-[__NSCFNumber length]: unrecognized selector sent to instance 0x8000000000000000'
    WHEN 18 THEN 'Fragment RidePaymentFragment{' || sgen.hex('frag', s.i, 7) || '} not attached to a context.'
    WHEN 19 THEN 'login failed for ' || CASE WHEN s.i % 2 = 0 THEN r.email ELSE r.phone END || ' (HTTP 401)'
    WHEN 20 THEN 'dock ' || (1000 + fixture_gen.n('dock', s.i, 4000)) || ': battery telemetry out of range'
    ELSE 'index out of range [3] with length 3' END,
  culprit = CASE s.t
    WHEN 1 THEN 'riders.serializers in validate_email' WHEN 2 THEN 'riders.views in signup' WHEN 3 THEN 'billing.pricing in apply_discount' WHEN 4 THEN 'billing.charges in capture_ride_payment'
    WHEN 5 THEN 'notifications.sms in send_unlock_code' WHEN 6 THEN 'geo.places in resolve_saved_place' WHEN 7 THEN 'django.db.backends.postgresql.base in get_new_connection'
    WHEN 8 THEN 'dockd/unlock.(*Client).Unlock' WHEN 9 THEN 'riders.views in rider_detail' WHEN 10 THEN 'billing.tasks in reconcile_payouts' WHEN 11 THEN 'billing.receipts in render_pdf'
    WHEN 12 THEN 'useRiderLocation(src/map/hooks.ts)' WHEN 13 THEN '?(webpack/bootstrap)'
    WHEN 14 THEN '/v2/riders/lookup?email=' || replace(r.email, '@', '%40')
    WHEN 15 THEN CASE WHEN s.i % 2 = 0 THEN 'https://ride.brightwater-mobility.example/account/phone?number=' || replace(replace(r.phone, ' ', ''), '+', '%2B') ELSE 'verifyPhone(src/account/phone.ts)' END
    WHEN 16 THEN 'RideMapViewController.updateAnnotations()' WHEN 17 THEN 'PromoBanner.configure(with:)' WHEN 18 THEN 'com.brightwater.rider.pay.RidePaymentFragment in onViewCreated'
    WHEN 19 THEN 'com.brightwater.rider.auth.LoginRepository in login' WHEN 20 THEN 'telemetry/battery.Validate' ELSE 'dockfw/ring.(*Buffer).Push' END
FROM sgen.rd r WHERE r.i = s.r;
UPDATE sgen.iss s SET
  filename = split_part(culprit, ' in ', 1), func = nullif(split_part(culprit, ' in ', 2), ''),
  logger = CASE WHEN t IN (1, 2, 7, 9) THEN 'django.request' WHEN t IN (4, 10, 11) THEN 'celery.app.trace' WHEN t IN (12, 13, 14, 15) THEN 'javascript' ELSE '' END,
  level = CASE WHEN t IN (5, 6, 8) THEN 30 WHEN t IN (16, 21) THEN 50 ELSE 40 END,
  platform = (SELECT split_part(p.platform, '-', 1) FROM sgen.pj p WHERE p.id = s.pid),
  last_seen = least(timestamptz '2024-06-30 16:00:00+00', first_seen + make_interval(hours => 1 + fixture_gen.n('isl', i, 6000))),
  substatus = CASE status WHEN 0 THEN (ARRAY[1, 3, 7])[1 + fixture_gen.n('isu', i, 3)] WHEN 2 THEN 2 END;

CREATE TABLE sentry_groupedmessage (
    id bigserial PRIMARY KEY, logger varchar(64) NOT NULL, level integer NOT NULL, message text NOT NULL, view varchar(200), status integer NOT NULL, times_seen integer NOT NULL,
    last_seen timestamptz NOT NULL, first_seen timestamptz NOT NULL, data text, score integer NOT NULL, project_id bigint, time_spent_total integer NOT NULL, time_spent_count integer NOT NULL,
    resolved_at timestamptz, active_at timestamptz, is_public boolean, platform varchar(64), num_comments integer, first_release_id bigint, short_id bigint, type integer NOT NULL,
    substatus integer, priority integer, priority_locked_at timestamptz
);
INSERT INTO sentry_groupedmessage
SELECT s.i, s.logger, s.level, s.type || ': ' || s.value || ' ' || s.culprit, left(s.culprit, 200), s.status, s.times_seen, s.last_seen, s.first_seen,
       sgen.zb64(jsonb_build_object('last_received', extract(epoch FROM s.last_seen), 'type', 'error', 'culprit', s.culprit,
         'metadata', jsonb_build_object('type', s.type, 'value', s.value, 'filename', s.filename, 'function', s.func, 'display_title_with_tree_label', false, 'in_app_frame_mix', 'mixed'),
         'title', s.type || ': ' || split_part(s.value, E'\n', 1), 'location', NULL)::text),
       extract(epoch FROM s.last_seen)::int / 3600 + 1000 * s.times_seen / 100, s.pid, 0, 0,
       CASE WHEN s.status = 1 THEN s.last_seen + interval '2 hours' END, s.first_seen, false, s.platform, fixture_gen.n('isc', s.i, 4),
       NULL, row_number() OVER (PARTITION BY s.pid ORDER BY s.first_seen), 1, s.substatus, CASE s.level WHEN 50 THEN 75 WHEN 40 THEN 50 ELSE 25 END, NULL
FROM sgen.iss s ORDER BY s.i;

CREATE TABLE sentry_groupassignee (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, group_id bigint NOT NULL UNIQUE, user_id bigint, team_id bigint, date_added timestamptz NOT NULL
);
INSERT INTO sentry_groupassignee (project_id, group_id, user_id, team_id, date_added)
SELECT s.pid, s.i, CASE WHEN s.i % 4 = 0 THEN NULL ELSE 3 + fixture_gen.n('gau', s.i, 115) END, CASE WHEN s.i % 4 = 0 THEN p.team END, s.first_seen + interval '5 hours'
FROM sgen.iss s JOIN sgen.pj p ON p.id = s.pid WHERE s.i % 3 <> 1 ORDER BY s.i;

-- Event users: the riders as the SDKs send them (and staff on internal tools).
CREATE TABLE sentry_eventuser (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, ident varchar(128), email varchar(75), username varchar(128), ip_address inet, date_added timestamptz NOT NULL,
    hash varchar(32) NOT NULL, name varchar(128), UNIQUE (project_id, hash)
);
INSERT INTO sentry_eventuser (project_id, ident, email, username, ip_address, date_added, hash, name)
SELECT p, CASE WHEN p IN (7, 10) THEN st.i::text ELSE r.ident END,
       CASE WHEN p IN (7, 10) THEN st.email WHEN p = 3 OR r.i % 3 <> 0 THEN r.email END,
       CASE WHEN p IN (7, 10) THEN st.username WHEN p IN (1, 2) AND r.i % 2 = 0 THEN r.handle END,
       (CASE WHEN p IN (7, 10) THEN fixture_gen.ipv4('euips', st.i) ELSE r.ip END)::inet,
       sgen.at('eud', r.i * 20 + p, timestamptz '2023-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00'),
       md5('id:' || CASE WHEN p IN (7, 10) THEN st.i::text ELSE r.ident END),
       CASE WHEN p IN (7, 10) THEN st.name WHEN p IN (1, 2, 3) AND r.i % 4 = 1 THEN r.first || ' ' || r.last END
FROM sgen.rd r, (VALUES (1), (2), (3), (4), (7), (10)) v(p), sgen.st st
WHERE st.i = 3 + r.i % 115 AND ((p IN (1, 2, 3) AND r.i % 3 = p % 3) OR (p = 4 AND r.i % 5 = 0) OR (p IN (7, 10) AND r.i <= 30))
ORDER BY p, r.i;

-- Events kept whole in the node store: user context, request with headers and
-- cookies, device names, breadcrumbs, tags.
CREATE TABLE sgen.ev (e int PRIMARY KEY, g int, pid int, r int, event_id text, at timestamptz, env int, plat text);
INSERT INTO sgen.ev
SELECT e, s.i, s.pid, CASE WHEN e <= 260 THEN s.r ELSE 1 + fixture_gen.n('evr', e, 420) END, sgen.hex('evid', e, 32),
       sgen.at('evt', e, s.first_seen, s.last_seen),
       CASE WHEN p.org = 2 THEN 6 WHEN p.org = 3 THEN 8 WHEN e % 9 = 0 THEN 2 WHEN e % 13 = 0 AND p.id IN (1, 2) THEN 5 ELSE 1 END, p.platform
FROM generate_series(1, 340) e JOIN sgen.iss s ON s.i = 1 + (e - 1) % 260 JOIN sgen.pj p ON p.id = s.pid;

CREATE TABLE nodestore_node (id varchar(40) PRIMARY KEY, data text NOT NULL, "timestamp" timestamptz NOT NULL);
INSERT INTO nodestore_node
SELECT md5(v.pid || ':' || v.event_id),
       sgen.zb64(jsonb_build_object(
         'event_id', v.event_id, 'project', v.pid, 'platform', split_part(v.plat, '-', 1), 'timestamp', extract(epoch FROM v.at), 'level', CASE s.level WHEN 30 THEN 'warning' WHEN 50 THEN 'fatal' ELSE 'error' END,
         'environment', env.name, 'release', CASE WHEN v.pid <= 3 THEN p.slug || '@5.' || (8 + fixture_gen.n('evrel', v.e, 6)) || '.' || fixture_gen.n('evrp', v.e, 4) ELSE p.slug || '@' || sgen.hex('evsha', v.e, 12) END,
         'user', jsonb_strip_nulls(jsonb_build_object('id', u.ident, 'email', u.email, 'username', u.username, 'ip_address', host(u.ip_address), 'name', u.name,
                   'geo', jsonb_build_object('city', r.city, 'country_code', r.cc, 'region', r.region))),
         'request', CASE WHEN v.plat IN ('apple-ios', 'android', 'go', 'native') THEN NULL ELSE jsonb_build_object(
             'url', CASE WHEN v.plat LIKE 'javascript%' THEN 'https://ride.brightwater-mobility.example/account?ref=' || sgen.rnd('evref', v.e, 10) ELSE 'https://api.brightwater-mobility.example/v2/' || CASE WHEN s.t IN (1, 2) THEN 'riders/signup' WHEN s.t = 5 THEN 'rides/unlock' ELSE 'riders/' || r.ident END END,
             'method', CASE WHEN s.t IN (1, 2, 5) THEN 'POST' ELSE 'GET' END,
             'headers', jsonb_build_array(jsonb_build_array('Host', CASE WHEN v.plat LIKE 'javascript%' THEN 'ride.brightwater-mobility.example' ELSE 'api.brightwater-mobility.example' END),
                 jsonb_build_array('User-Agent', fixture_gen.pick(ARRAY['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
                     'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36', 'BrightwaterRider/5.11.2 (iPhone; iOS 17.4.1; Scale/3.00)',
                     'okhttp/4.12.0 BrightwaterRider-Android/5.11.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'], 'evua', v.e)),
                 jsonb_build_array('Authorization', 'Bearer ' || fixture_gen.jwt('evjwt', v.e)),
                 jsonb_build_array('Cookie', 'bw_session=' || sgen.rnd('evck', v.e, 32) || '; csrftoken=' || sgen.rnd('evcs', v.e, 32) || '; _ga=GA1.2.' || fixture_gen.digits('evga', v.e, 10) || '.' || (1680000000 + v.e)),
                 jsonb_build_array('X-Forwarded-For', host(u.ip_address))),
             'data', CASE WHEN s.t IN (1, 2) THEN jsonb_build_object('email', r.email, 'first_name', r.first, 'last_name', r.last, 'phone', r.phone, 'password', '[Filtered]', 'marketing_opt_in', v.e % 2 = 0)
                          WHEN s.t = 5 THEN jsonb_build_object('vehicle', 'BW-' || fixture_gen.digits('evveh', v.e, 5), 'phone', r.phone) END) END,
         'contexts', CASE WHEN v.plat IN ('apple-ios', 'android') THEN jsonb_build_object('device', jsonb_build_object('name', CASE WHEN v.plat = 'apple-ios' THEN r.first || '''s iPhone' ELSE 'Galaxy S23 de ' || r.first END,
                 'model', CASE WHEN v.plat = 'apple-ios' THEN 'iPhone15,2' ELSE 'SM-S911B' END, 'battery_level', 20 + fixture_gen.n('evbat', v.e, 80)),
                 'os', jsonb_build_object('name', CASE WHEN v.plat = 'apple-ios' THEN 'iOS' ELSE 'Android' END, 'version', CASE WHEN v.plat = 'apple-ios' THEN '17.5.1' ELSE '14' END))
              WHEN v.plat LIKE 'javascript%' THEN jsonb_build_object('browser', jsonb_build_object('name', 'Chrome Mobile', 'version', '125.0.6422'))
              ELSE jsonb_build_object('runtime', jsonb_build_object('name', CASE WHEN v.plat LIKE 'python%' THEN 'CPython' WHEN v.plat = 'go' THEN 'go' WHEN v.plat LIKE 'php%' THEN 'php' WHEN v.plat LIKE 'ruby%' THEN 'ruby' ELSE 'native' END)) END,
         'breadcrumbs', jsonb_build_object('values', jsonb_build_array(
             jsonb_build_object('type', 'navigation', 'category', 'navigation', 'data', jsonb_build_object('from', '/rides', 'to', '/account/payment')),
             jsonb_build_object('type', 'http', 'category', 'http', 'data', jsonb_build_object('method', 'GET', 'url', 'https://api.brightwater-mobility.example/v2/riders/' || r.ident || '/saved-places', 'status_code', 200)),
             jsonb_build_object('type', 'default', 'category', 'console', 'message', 'saved place Home -> ' || r.street || ', ' || r.city))),
         'tags', jsonb_build_array(jsonb_build_array('rider_tier', fixture_gen.pick(ARRAY['standard', 'pass-monthly', 'student', 'fleet-partner'], 'evtier', v.e)), jsonb_build_array('city', r.city),
             jsonb_build_array('user', 'id:' || u.ident)),
         'exception', jsonb_build_object('values', jsonb_build_array(jsonb_build_object('type', s.type, 'value', s.value, 'mechanism', jsonb_build_object('type', 'generic', 'handled', s.level < 50))))
       )::text),
       v.at
FROM sgen.ev v JOIN sgen.iss s ON s.i = v.g JOIN sgen.pj p ON p.id = v.pid JOIN sgen.rd r ON r.i = v.r JOIN sentry_environment env ON env.id = v.env
CROSS JOIN LATERAL (SELECT r.ident, CASE WHEN r.i % 3 <> 0 OR v.plat LIKE 'javascript%' THEN r.email END AS email, CASE WHEN v.plat IN ('apple-ios', 'android') AND r.i % 2 = 0 THEN r.handle END AS username,
                           r.ip::inet AS ip_address, CASE WHEN r.i % 4 = 1 THEN r.first || ' ' || r.last END AS name) u
ORDER BY v.e;

-- User feedback sent from the apps' crash dialogs and the web widget.
CREATE TABLE sentry_userreport (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, group_id bigint, event_id varchar(32) NOT NULL, name varchar(128) NOT NULL, email varchar(75) NOT NULL,
    comments text NOT NULL, date_added timestamptz NOT NULL, environment_id bigint, UNIQUE (project_id, event_id)
);
INSERT INTO sentry_userreport (project_id, group_id, event_id, name, email, comments, date_added, environment_id)
SELECT v.pid, v.g, v.event_id, CASE WHEN v.e % 5 = 0 THEN r.first ELSE r.first || ' ' || r.last END, r.email,
       CASE fixture_gen.n('urc', v.e, 10)
         WHEN 0 THEN 'The app crashed right after I ended my ride at the dock on ' || split_part(r.street, ',', 1) || '. I was charged for 40 minutes. Please call me back on ' || r.phone || '.'
         WHEN 1 THEN 'Crashed when I tried to add my new card (ending ' || fixture_gen.digits('url4', v.e, 4) || '). Second time this week.'
         WHEN 2 THEN 'It keeps saying my phone number is already in use. It is my number, ' || r.phone || ', I have had it for years!'
         WHEN 3 THEN 'App froze on the unlock screen, scooter BW-' || fixture_gen.digits('urv', v.e, 5) || ' never unlocked.'
         WHEN 4 THEN 'I moved to ' || r.street || ', ' || r.postcode || ' ' || r.city || ' and the app still sends receipts to my old address. My new email is ' || sgen.fold(r.first) || '.' || sgen.fold(r.last) || '@posteo.net'
         WHEN 5 THEN 'Map went blank while riding, had to stop in traffic. Not safe.'
         WHEN 6 THEN 'My daughter ' || fixture_gen.first_name('urd', v.e) || ' uses my account on her phone, can we split it? She is 16.'
         WHEN 7 THEN 'Crash after the latest update, on the payment page.'
         WHEN 8 THEN 'I had a fall near ' || r.city || ' station when the brakes locked, I have bruises on my arm. Who do I send the photos to?'
         ELSE 'just crashes. fix it' END,
       v.at + make_interval(secs => 30 + fixture_gen.n('urs', v.e, 600)), v.env
FROM sgen.ev v JOIN sgen.rd r ON r.i = v.r WHERE v.pid IN (1, 2, 3) AND v.e % 2 = 0 ORDER BY v.e;

-- Activity: notes, assignments, resolutions, linked tickets, priorities.
CREATE TABLE sentry_activity (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, group_id bigint, type integer NOT NULL, ident varchar(64), user_id bigint, datetime timestamptz NOT NULL, data text
);
INSERT INTO sentry_activity (project_id, group_id, type, ident, user_id, datetime, data)
SELECT s.pid, s.i, 9, NULL, NULL, s.first_seen, '{"priority": "' || CASE s.level WHEN 50 THEN 'high' WHEN 40 THEN 'medium' ELSE 'low' END || '"}' FROM sgen.iss s
UNION ALL
SELECT a.project_id, a.group_id, 11, NULL, 3 + fixture_gen.n('aca', a.group_id, 115), a.date_added,
       CASE WHEN a.user_id IS NOT NULL THEN '{"assignee": "' || a.user_id || '", "assigneeEmail": "' || st.email || '", "assigneeType": "user"}'
            ELSE '{"assignee": "' || a.team_id || '", "assigneeEmail": null, "assigneeType": "team"}' END
FROM sentry_groupassignee a LEFT JOIN sgen.st st ON st.i = a.user_id
UNION ALL
SELECT s.pid, s.i, 13, 'rider-' || CASE s.pid WHEN 1 THEN 'ios' ELSE 'android' END || '@5.' || (9 + s.i % 5) || '.0', 3 + fixture_gen.n('acr', s.i, 115), s.last_seen + interval '2 hours',
       '{"version": "rider-' || CASE s.pid WHEN 1 THEN 'ios' ELSE 'android' END || '@5.' || (9 + s.i % 5) || '.0"}'
FROM sgen.iss s WHERE s.status = 1 AND s.pid IN (1, 2)
UNION ALL
SELECT s.pid, s.i, 1, NULL, CASE WHEN s.i % 5 = 0 THEN NULL ELSE 3 + fixture_gen.n('acr', s.i, 115) END, s.last_seen + interval '2 hours', '{}'
FROM sgen.iss s WHERE s.status = 1 AND s.pid NOT IN (1, 2)
UNION ALL
SELECT s.pid, s.i, 3, NULL, 3 + fixture_gen.n('aci', s.i, 115), s.first_seen + interval '1 day', '{"ignoreDuration": null, "ignoreCount": 100, "ignoreWindow": 60, "ignoreUserCount": null, "ignoreUserWindow": null}'
FROM sgen.iss s WHERE s.status = 2
UNION ALL
SELECT s.pid, s.i, 7, 'RIDE-' || (1200 + s.i), 3 + fixture_gen.n('acj', s.i, 115), s.first_seen + interval '6 hours',
       '{"title": "' || s.type || ' in ' || s.culprit || '", "provider": "Jira", "location": "https://brightwater.atlassian.net/browse/RIDE-' || (1200 + s.i) || '", "label": "RIDE-' || (1200 + s.i) || '", "new": true}'
FROM sgen.iss s WHERE s.i % 7 = 2
UNION ALL
SELECT s.pid, s.i, 8, NULL, au.i, s.first_seen + make_interval(hours => 3 + k * 5),
       jsonb_build_object('text', CASE fixture_gen.n('acn', s.i * 3 + k, 8)
         WHEN 0 THEN 'Support spoke to ' || r.first || ' ' || r.last || ' (' || r.phone || '), refunded the ride. Root cause is the retry in capture, see RIDE-' || (1200 + s.i) || '.'
         WHEN 1 THEN 'Only happens for riders with a saved place in ' || r.city || '; geocoder returns nothing for "' || r.street || '".'
         WHEN 2 THEN '@' || split_part(b.email, '@', 1) || ' can you take a look? Looks like the same bug as last sprint.'
         WHEN 3 THEN 'Reproduced on staging with a test rider. Fix in review.'
         WHEN 4 THEN 'Rider emailed support from ' || r.email || ' about this; they are a fleet partner so please prioritise.'
         WHEN 5 THEN 'Muting for now, the dock firmware rollout should fix it.'
         WHEN 6 THEN 'Handing over to ' || b.name || ' while I am on leave until the 15th.'
         ELSE 'Spike correlates with the 17:00 commute peak in ' || r.city || '.' END,
         'mentions', CASE WHEN fixture_gen.n('acn', s.i * 3 + k, 8) IN (2, 6) THEN jsonb_build_array(b.i::text) ELSE '[]'::jsonb END)::text
FROM sgen.iss s JOIN sgen.rd r ON r.i = s.r, generate_series(0, 1) k, sgen.st au, sgen.st b
WHERE (s.i % 4 = 1 OR (k = 1 AND s.i % 8 = 1)) AND au.i = 3 + fixture_gen.n('acu', s.i * 3 + k, 115) AND b.i = 3 + fixture_gen.n('acb', s.i * 3 + k, 115) AND (k = 0 OR s.i % 8 = 1)
ORDER BY 6;
UPDATE sentry_groupedmessage g SET num_comments = (SELECT count(*) FROM sentry_activity a WHERE a.group_id = g.id AND a.type = 8);

-- ---------------------------------------------------------------------------
-- Files: avatars, event attachments, release artifacts, debug files.

CREATE TABLE sentry_fileblob (id bigserial PRIMARY KEY, path text, size integer, checksum varchar(40) NOT NULL UNIQUE, "timestamp" timestamptz NOT NULL);
CREATE TABLE sentry_file (id bigserial PRIMARY KEY, name text NOT NULL, type varchar(64) NOT NULL, "timestamp" timestamptz NOT NULL, headers text NOT NULL, size integer, checksum varchar(40));
CREATE TABLE sgen.f (id int PRIMARY KEY, name text, type text, at timestamptz, ctype text, size int);
-- Uploaded avatars (the ids control_file_id points to).
INSERT INTO sgen.f SELECT a.control_file_id, CASE WHEN a.user_id % 3 = 0 THEN 'avatar.jpg' WHEN a.user_id % 3 = 1 THEN 'IMG_' || fixture_gen.digits('avf', a.user_id, 4) || '.jpg' ELSE sgen.fold(s.first) || '-' || sgen.fold(s.last) || '-headshot.png' END,
  'avatar.file', s.joined + interval '1 day', CASE WHEN a.user_id % 3 = 2 THEN 'image/png' ELSE 'image/jpeg' END, 20000 + fixture_gen.n('avs', a.user_id, 180000)
FROM sentry_useravatar a JOIN sgen.st s ON s.i = a.user_id WHERE a.control_file_id IS NOT NULL;
-- Event attachments (screenshots, view hierarchies, minidumps, files riders attached to feedback).
INSERT INTO sgen.f SELECT 20000 + v.e,
  CASE WHEN v.plat IN ('apple-ios', 'android') AND v.e % 3 = 0 THEN 'screenshot.png' WHEN v.plat IN ('apple-ios', 'android') AND v.e % 3 = 1 THEN 'view-hierarchy.json'
       WHEN v.plat IN ('native', 'go') THEN CASE WHEN v.e % 2 = 0 THEN 'upload_file_minidump' ELSE 'dock-' || (1000 + fixture_gen.n('dock', v.g, 4000)) || '-syslog.txt' END
       WHEN v.e % 4 = 0 THEN 'receipt_' || sgen.fold(r.first) || '_' || sgen.fold(r.last) || '_' || to_char(v.at, 'YYYY-MM-DD') || '.pdf'
       WHEN v.e % 4 = 1 THEN 'scooter damage ' || r.first || ' ' || r.last || '.jpg'
       ELSE 'request-body.json' END,
  'event.attachment', v.at, NULL, 800 + fixture_gen.n('eas', v.e, 900000)
FROM sgen.ev v JOIN sgen.rd r ON r.i = v.r WHERE v.e % 3 <> 2;
UPDATE sgen.f SET ctype = CASE WHEN name LIKE '%.png' THEN 'image/png' WHEN name LIKE '%.jpg' THEN 'image/jpeg' WHEN name LIKE '%.pdf' THEN 'application/pdf' WHEN name LIKE '%.json' THEN 'application/json'
  WHEN name LIKE '%.txt' THEN 'text/plain' ELSE 'application/octet-stream' END WHERE ctype IS NULL;
-- Release artifacts and debug information files.
INSERT INTO sgen.f SELECT 30000 + k, CASE WHEN k % 4 = 0 THEN 'RiderApp.app.dSYM.zip' WHEN k % 4 = 1 THEN '~/static/js/main.' || sgen.hex('jsh', k, 8) || '.js'
    WHEN k % 4 = 2 THEN '~/static/js/main.' || sgen.hex('jsh', k, 8) || '.js.map' ELSE 'mapping.txt' END,
  CASE WHEN k % 4 = 0 THEN 'project.dif' WHEN k % 4 = 3 THEN 'project.dif' ELSE 'release.file' END, timestamptz '2023-01-05 10:00:00+00' + k * interval '4 days 3 hours',
  CASE WHEN k % 4 = 1 THEN 'application/javascript' WHEN k % 4 = 2 THEN 'application/json' WHEN k % 4 = 3 THEN 'text/plain' ELSE 'application/zip' END, 40000 + fixture_gen.n('ras', k, 8000000)
FROM generate_series(1, 80) k;
INSERT INTO sentry_file SELECT id, name, type, at, '{"Content-Type": "' || ctype || '"' || CASE WHEN type = 'release.file' AND name LIKE '%.js' THEN ', "Sourcemap": "' || replace(substr(name, 3), '~/', '') || '.map"' ELSE '' END || '}',
  size, sgen.hex('fck', id, 40) FROM sgen.f ORDER BY id;
INSERT INTO sentry_fileblob (path, size, checksum, "timestamp")
SELECT fixture_gen.uuid('fbp', id), size, sgen.hex('fck', id, 40), at FROM sgen.f ORDER BY id;

CREATE TABLE sentry_fileblobindex (id bigserial PRIMARY KEY, file_id bigint NOT NULL, blob_id bigint NOT NULL, "offset" integer NOT NULL, UNIQUE (file_id, blob_id, "offset"));
INSERT INTO sentry_fileblobindex (file_id, blob_id, "offset") SELECT f.id, b.id, 0 FROM sentry_file f JOIN sentry_fileblob b ON b.checksum = f.checksum ORDER BY f.id;

CREATE TABLE sentry_eventattachment (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, group_id bigint, event_id varchar(32) NOT NULL, type varchar(64) NOT NULL, name text NOT NULL, file_id bigint,
    date_added timestamptz NOT NULL, content_type text, size integer
);
INSERT INTO sentry_eventattachment (project_id, group_id, event_id, type, name, file_id, date_added, content_type, size)
SELECT v.pid, v.g, v.event_id, CASE WHEN f.name = 'upload_file_minidump' THEN 'event.minidump' WHEN f.name = 'view-hierarchy.json' THEN 'event.view_hierarchy' ELSE 'event.attachment' END,
       f.name, f.id, v.at, f.ctype, f.size
FROM sgen.ev v JOIN sgen.f f ON f.id = 20000 + v.e ORDER BY v.e;

-- ---------------------------------------------------------------------------
-- Repositories, commits, releases, deploys.

CREATE TABLE sentry_repository (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, name varchar(200) NOT NULL, url varchar(200), provider varchar(64), external_id varchar(64), config text NOT NULL,
    status integer NOT NULL, date_added timestamptz NOT NULL, integration_id bigint, languages text[]
);
INSERT INTO sentry_repository (id, organization_id, name, url, provider, external_id, config, status, date_added, integration_id, languages) VALUES
  (1, 1, 'brightwater-mobility/rider-ios', 'https://github.com/brightwater-mobility/rider-ios', 'integrations:github', '212004417', '{"name": "brightwater-mobility/rider-ios"}', 0, '2021-02-08 11:20:00+00', 2, '{swift,objective-c}'),
  (2, 1, 'brightwater-mobility/rider-android', 'https://github.com/brightwater-mobility/rider-android', 'integrations:github', '212004502', '{"name": "brightwater-mobility/rider-android"}', 0, '2021-02-08 11:20:00+00', 2, '{kotlin,java}'),
  (3, 1, 'brightwater-mobility/rider-web', 'https://github.com/brightwater-mobility/rider-web', 'integrations:github', '212004611', '{"name": "brightwater-mobility/rider-web"}', 0, '2021-02-08 11:21:00+00', 2, '{typescript,javascript}'),
  (4, 1, 'brightwater-mobility/dispatch', 'https://github.com/brightwater-mobility/dispatch', 'integrations:github', '212004790', '{"name": "brightwater-mobility/dispatch"}', 0, '2021-02-08 11:21:00+00', 2, '{python}'),
  (5, 1, 'brightwater-mobility/fleet', 'https://github.com/brightwater-mobility/fleet', 'integrations:github', '212004822', '{"name": "brightwater-mobility/fleet"}', 0, '2021-02-08 11:22:00+00', 2, '{go,c}'),
  (6, 1, 'brightwater-mobility/billing', 'https://github.com/brightwater-mobility/billing', 'github', NULL,
     '{"name": "brightwater-mobility/billing", "webhook_id": ' || (90000000 + fixture_gen.n('whid', 6, 9000000)) || ', "webhook_secret": "' || sgen.hex('whsec', 6, 40) || '"}', 1, '2019-11-20 15:00:00+00', NULL, '{python}'),
  (7, 2, 'data/ingestion', 'https://gitlab.brightwater-data.example/data/ingestion', 'integrations:gitlab', 'gitlab.brightwater-data.example:42', '{"instance": "gitlab.brightwater-data.example", "path": "data/ingestion", "project_id": 42, "webhook_id": 17}', 0, '2022-04-06 10:00:00+00', 7, '{python,sql}'),
  (8, 3, 'adeyemi-consulting/client-sites', 'https://github.com/adeyemi-consulting/client-sites', 'integrations:github', '681229047', '{"name": "adeyemi-consulting/client-sites"}', 0, '2023-08-03 09:00:00+00', 3, '{typescript}');

CREATE TABLE sentry_commitauthor (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, name varchar(128), email varchar(75) NOT NULL, external_id varchar(164), UNIQUE (organization_id, email)
);
INSERT INTO sentry_commitauthor (organization_id, name, email, external_id)
SELECT CASE WHEN s.kind = 'saml' THEN 2 WHEN s.kind = 'contractor' THEN 3 ELSE 1 END, s.name,
       CASE WHEN s.i % 5 = 0 THEN (1200000 + s.i * 7919)::text || '+' || sgen.fold(s.first) || '-' || sgen.fold(s.last) || '@users.noreply.github.com' ELSE s.email END,
       CASE WHEN s.kind = 'saml' THEN NULL ELSE 'github:' || CASE WHEN s.i % 2 = 0 THEN sgen.fold(s.first) || '-' || sgen.fold(s.last) ELSE substr(sgen.fold(s.first), 1, 1) || sgen.fold(s.last) || (s.i % 40)::text END END
FROM sgen.st s WHERE s.kind <> 'app' AND s.i % 2 = 1 ORDER BY s.i;
INSERT INTO sentry_commitauthor (organization_id, name, email, external_id) VALUES
  (1, 'dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', 'github:dependabot[bot]'),
  (1, 'renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com', 'github:renovate[bot]'),
  (1, 'github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com', 'github:github-actions[bot]');

CREATE TABLE sentry_commit (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, repository_id bigint NOT NULL, key varchar(64) NOT NULL, date_added timestamptz NOT NULL, author_id bigint, message text,
    UNIQUE (repository_id, key)
);
INSERT INTO sentry_commit (organization_id, repository_id, key, date_added, author_id, message)
SELECT rp.organization_id, rp.id, sgen.hex('csha', k, 40), sgen.at('cdt', k, timestamptz '2023-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00'), a.id,
       CASE fixture_gen.n('cmsg', k, 14)
         WHEN 0 THEN 'Fix receipt rendering when the rider has no VAT country'
         WHEN 1 THEN 'Retry Twilio send once on 5xx before failing the unlock' || E'\n\n' || 'Co-authored-by: ' || b.name || ' <' || b.email || '>'
         WHEN 2 THEN 'Bump sentry-sdk from 1.45.0 to 2.5.1'
         WHEN 3 THEN 'Normalise phone numbers to E.164 before lookup (RIDE-' || (1200 + k % 260) || ')'
         WHEN 4 THEN 'Hotfix: unblock account of ' || r.first || ' ' || r.last || ' (' || r.email || '), wrongly flagged as fraud'
         WHEN 5 THEN 'Guard against missing coords in useRiderLocation'
         WHEN 6 THEN 'Add saved places migration' || E'\n\n' || 'Reviewed-by: ' || b.name
         WHEN 7 THEN 'Merge pull request #' || (300 + k) || ' from brightwater-mobility/' || sgen.fold(b.first) || '/dock-timeouts' || E'\n\n' || 'Raise dock unlock timeout to 8s'
         WHEN 8 THEN 'Scrub rider emails from log lines'
         WHEN 9 THEN 'WIP'
         WHEN 10 THEN 'Update fastlane match certificates'
         WHEN 11 THEN 'Remove test rider data (' || r.phone || ') accidentally committed in fixtures'
         WHEN 12 THEN 'chore(deps): update dependency @sentry/react to v8.11.0'
         ELSE 'Release ' || '5.' || (8 + k % 6) || '.' || (k % 4) END
FROM generate_series(1, 220) k
JOIN sentry_repository rp ON rp.id = 1 + fixture_gen.n('crp', k, 8)
JOIN sgen.rd r ON r.i = 1 + fixture_gen.n('crr', k, 420)
JOIN sgen.st b ON b.i = 3 + fixture_gen.n('ccb', k, 115)
LEFT JOIN LATERAL (SELECT ca.id FROM sentry_commitauthor ca WHERE ca.organization_id = rp.organization_id ORDER BY md5(ca.id::text || k) LIMIT 1) a ON true
ORDER BY 4;

CREATE TABLE sentry_release (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, project_id bigint, version varchar(250) NOT NULL, ref varchar(250), url varchar(200), date_added timestamptz NOT NULL,
    date_started timestamptz, date_released timestamptz, data text NOT NULL, new_groups integer NOT NULL, owner_id bigint, commit_count bigint, last_commit_id bigint, authors text[],
    total_deploys bigint, last_deploy_id bigint, package text, major bigint, minor bigint, patch bigint, revision bigint, prerelease text, build_code text, build_number bigint,
    status integer, user_agent text, UNIQUE (organization_id, version)
);
INSERT INTO sentry_release (organization_id, project_id, version, ref, url, date_added, date_started, date_released, data, new_groups, owner_id, commit_count, last_commit_id, authors,
    total_deploys, last_deploy_id, package, major, minor, patch, revision, prerelease, build_code, build_number, status, user_agent)
SELECT p.org, NULL, v.version, sgen.hex('relref', k, 40), CASE WHEN p.id IN (4, 5, 6, 8) THEN 'https://github.com/brightwater-mobility/' || split_part(p.slug, '-', 1) || '/releases/tag/' || v.sv END,
       d, d, d + interval '40 minutes', '{}', fixture_gen.n('reng', k, 9), CASE WHEN k % 3 = 0 THEN 3 + fixture_gen.n('relo', k, 115) END,
       1 + fixture_gen.n('relcc', k, 30), NULL, ARRAY[(1 + fixture_gen.n('rela1', k, 60))::text, (1 + fixture_gen.n('rela2', k, 60))::text],
       CASE WHEN p.id <= 3 THEN 0 ELSE 1 + fixture_gen.n('reltd', k, 3) END, NULL,
       CASE WHEN p.id = 1 THEN 'com.brightwater.rider' WHEN p.id = 2 THEN 'com.brightwater.rider' END,
       CASE WHEN p.id <= 3 THEN 5 END, CASE WHEN p.id <= 3 THEN 8 + k % 6 END, CASE WHEN p.id <= 3 THEN k / 6 END, CASE WHEN p.id <= 3 THEN 0 END, CASE WHEN p.id <= 3 THEN '' END,
       CASE WHEN p.id <= 2 THEN (1100 + k)::text END, CASE WHEN p.id <= 2 THEN 1100 + k END, 0,
       fixture_gen.pick(ARRAY['sentry-cli/2.31.0', 'sentry-cli/2.32.1', 'sentry-cli/2.28.6', 'sentry-fastlane-plugin/1.20.0', 'getsentry/action-release@v1'], 'relua', k)
FROM generate_series(1, 120) k JOIN sgen.pj p ON p.id = 1 + fixture_gen.n('relp', k, 14),
LATERAL (SELECT sgen.at('reld', k, greatest(p.born, timestamptz '2023-01-01 00:00:00+00'), timestamptz '2024-06-30 10:00:00+00') AS d) dd,
LATERAL (SELECT CASE WHEN p.id <= 2 THEN 'com.brightwater.rider@5.' || (8 + k % 6) || '.' || (k / 6) || '+' || (1100 + k) WHEN p.id = 3 THEN 'rider-web@5.' || (8 + k % 6) || '.' || (k / 6)
                     ELSE p.slug || '@' || sgen.hex('relref', k, 12) END AS version, 'v' || to_char(dd.d, 'YYYY.MM.DD') || '.' || k AS sv) v
ORDER BY dd.d;
UPDATE sentry_release r SET last_commit_id = (SELECT c.id FROM sentry_commit c WHERE c.organization_id = r.organization_id ORDER BY md5(c.id::text || r.id) LIMIT 1);

CREATE TABLE sentry_releasecommit (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, project_id bigint, release_id bigint NOT NULL, commit_id bigint NOT NULL, "order" integer NOT NULL, UNIQUE (release_id, commit_id)
);
INSERT INTO sentry_releasecommit (organization_id, project_id, release_id, commit_id, "order")
SELECT r.organization_id, NULL, r.id, c.id, row_number() OVER (PARTITION BY r.id ORDER BY c.id) - 1
FROM sentry_release r CROSS JOIN LATERAL (SELECT c.id FROM sentry_commit c WHERE c.organization_id = r.organization_id ORDER BY md5(c.id::text || ':' || r.id) LIMIT 3) c;

CREATE TABLE sentry_deploy (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, release_id bigint NOT NULL, environment_id bigint NOT NULL, date_finished timestamptz NOT NULL, date_started timestamptz,
    name varchar(64), url varchar(200), notified boolean
);
INSERT INTO sentry_deploy (organization_id, release_id, environment_id, date_finished, date_started, name, url, notified)
SELECT r.organization_id, r.id, CASE r.organization_id WHEN 2 THEN 6 WHEN 3 THEN 8 ELSE CASE WHEN k = 1 THEN 2 ELSE 1 END END, r.date_released + make_interval(mins => 20 + k * 90), r.date_released + make_interval(mins => k * 90),
       CASE WHEN r.id % 5 = 0 THEN 'canary ' || k END, 'https://github.com/' || CASE WHEN r.organization_id = 3 THEN 'adeyemi-consulting/client-sites' ELSE 'brightwater-mobility/dispatch' END || '/actions/runs/' || (9000000000 + r.id * 1000 + k), true
FROM sentry_release r, generate_series(1, 2) k WHERE r.total_deploys >= k ORDER BY 5;
UPDATE sentry_release r SET last_deploy_id = (SELECT max(d.id) FROM sentry_deploy d WHERE d.release_id = r.id);

-- ---------------------------------------------------------------------------
-- Integrations, identities, external actors.

CREATE TABLE sentry_integration (
    id bigserial PRIMARY KEY, provider varchar(64) NOT NULL, external_id varchar(64) NOT NULL, name varchar(200) NOT NULL, metadata text NOT NULL, date_added timestamptz,
    status integer, date_updated timestamptz, UNIQUE (provider, external_id)
);
INSERT INTO sentry_integration VALUES
  (1, 'slack', 'T0' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'Brightwater Mobility',
     '{"access_token": "xoxb-' || fixture_gen.digits('xb1', 1, 12) || '-' || fixture_gen.digits('xb2', 1, 13) || '-' || sgen.rnd('xb3', 1, 24) || '", "scopes": ["channels:read", "chat:write", "links:read", "links:write", "team:read", "users:read"], '
     || '"icon": "https://avatars.slack-edge.com/2020-11-02/' || fixture_gen.digits('slic', 1, 13) || '_' || sgen.hex('slic', 1, 20) || '_132.png", "domain_name": "brightwater-mobility.slack.com", "installation_type": "born_as_bot"}',
     '2020-11-02 09:40:00+00', 0, '2024-03-14 10:00:00+00'),
  (2, 'github', '31' || fixture_gen.digits('ghin', 2, 6), 'brightwater-mobility',
     '{"access_token": "ghs_' || sgen.rnd('ghs', 2, 36) || '", "expires_at": "2024-06-30T17:12:44", "icon": "https://avatars.githubusercontent.com/u/5' || fixture_gen.digits('ghav', 2, 7) || '?v=4", '
     || '"domain_name": "github.com/brightwater-mobility", "account_type": "Organization", "permissions": {"contents": "read", "issues": "write", "metadata": "read", "pull_requests": "write"}, '
     || '"sender": {"id": ' || (1200000 + 14 * 7919) || ', "login": "' || (SELECT sgen.fold(first) || '-' || sgen.fold(last) FROM sgen.st WHERE i = 14) || '"}}',
     '2021-02-08 11:15:00+00', 0, '2024-06-30 16:12:44+00'),
  (3, 'github', '44' || fixture_gen.digits('ghin', 3, 6), 'adeyemi-consulting',
     '{"access_token": "ghs_' || sgen.rnd('ghs', 3, 36) || '", "expires_at": "2024-06-30T15:40:02", "icon": "https://avatars.githubusercontent.com/u/8' || fixture_gen.digits('ghav', 3, 7) || '?v=4", '
     || '"domain_name": "github.com/adeyemi-consulting", "account_type": "Organization", "sender": {"id": ' || (8000000 + fixture_gen.n('ghbs', 3, 999999)) || ', "login": "babajide-adeyemi"}}',
     '2023-08-03 08:55:00+00', 0, '2024-06-30 14:40:02+00'),
  (4, 'jira', 'brightwater.atlassian.net', 'brightwater',
     '{"oauth_client_id": "' || fixture_gen.uuid('jcid', 4) || '", "public_key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || sgen.rnd('jpk', 4, 80) || '", "shared_secret": "' || sgen.b64url('jss', 4, 48)
     || '", "base_url": "https://brightwater.atlassian.net", "domain_name": "brightwater.atlassian.net", "icon": "https://brightwater.atlassian.net/images/atlassian-jira-logo-large.png"}',
     '2021-06-14 10:05:00+00', 0, '2021-06-14 10:05:00+00'),
  (5, 'pagerduty', 'PBW' || fixture_gen.chars('pdx', 5, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 'brightwater-mobility',
     '{"services": [{"type": "service", "integration_key": "' || sgen.hex('pdk', 1, 32) || '", "service_id": "P' || fixture_gen.chars('pds', 1, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') || '", "service_name": "Dispatch API"}], "domain_name": "brightwater-mobility"}',
     '2022-02-01 09:00:00+00', 0, '2022-02-01 09:00:00+00'),
  (6, 'vercel', 'team_' || sgen.rnd('vct', 6, 24), 'Adeyemi Consulting',
     '{"access_token": "' || sgen.rnd('vca', 6, 24) || '", "installation_id": "icfg_' || sgen.rnd('vci', 6, 24) || '", "installation_type": "team", "webhook_id": "hook_' || sgen.rnd('vcw', 6, 20) || '"}',
     '2023-08-04 11:00:00+00', 0, '2023-08-04 11:00:00+00'),
  (7, 'gitlab', 'gitlab.brightwater-data.example:data', 'data',
     '{"base_url": "https://gitlab.brightwater-data.example", "domain_name": "gitlab.brightwater-data.example/data", "verify_ssl": true, "scopes": ["api"], "group_id": 7, "include_subgroups": true, '
     || '"webhook_secret": "' || sgen.hex('glws', 7, 40) || '", "icon": null}',
     '2022-04-06 09:40:00+00', 0, '2022-04-06 09:40:00+00');

CREATE TABLE sentry_organizationintegration (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, integration_id bigint NOT NULL, config text NOT NULL, default_auth_id bigint, date_added timestamptz, status integer NOT NULL,
    grace_period_end timestamptz, UNIQUE (organization_id, integration_id)
);
INSERT INTO sentry_organizationintegration (organization_id, integration_id, config, default_auth_id, date_added, status, grace_period_end) VALUES
  (1, 1, '{}', NULL, '2020-11-02 09:40:00+00', 0, NULL),
  (1, 2, '{"pr_comments": true, "missing_member_notification": true}', NULL, '2021-02-08 11:15:00+00', 0, NULL),
  (3, 3, '{"pr_comments": false}', NULL, '2023-08-03 08:55:00+00', 0, NULL),
  (1, 4, '{"sync_comments": true, "sync_forward_assignment": true, "sync_reverse_assignment": true, "sync_status_forward": {"10001": {"on_resolve": "10302", "on_unresolve": "10300"}}, "sync_status_reverse": true, "issues_ignored_fields": ["customfield_10021"]}', NULL, '2021-06-14 10:05:00+00', 0, NULL),
  (1, 5, '{"pagerduty_services": [{"id": 1, "integration_id": 5, "service": "Dispatch API", "integration_key": "' || sgen.hex('pdk', 1, 32) || '"}, '
     || '{"id": 2, "integration_id": 5, "service": "Payments", "integration_key": "' || sgen.hex('pdk', 2, 32) || '"}, {"id": 3, "integration_id": 5, "service": "Fleet docks", "integration_key": "' || sgen.hex('pdk', 3, 32) || '"}]}',
     NULL, '2022-02-01 09:00:00+00', 0, NULL),
  (3, 6, '{"project_mappings": [[14, "prj_' || sgen.rnd('vcp', 6, 24) || '"]]}', NULL, '2023-08-04 11:00:00+00', 0, NULL),
  (2, 7, '{}', 1, '2022-04-06 09:40:00+00', 0, NULL),
  (2, 1, '{}', NULL, '2022-04-06 09:45:00+00', 1, '2024-07-15 00:00:00+00');

CREATE TABLE sentry_identityprovider (id bigserial PRIMARY KEY, type varchar(64) NOT NULL, external_id varchar(64), config text NOT NULL, date_added timestamptz, UNIQUE (type, external_id));
INSERT INTO sentry_identityprovider VALUES
  (1, 'gitlab', 'gitlab.brightwater-data.example:data', '{"base_url": "https://gitlab.brightwater-data.example", "client_id": "' || sgen.hex('glci', 1, 64) || '", "verify_ssl": true}', '2022-04-06 09:40:00+00'),
  (2, 'slack', (SELECT external_id FROM sentry_integration WHERE id = 1), '{}', '2020-11-02 09:40:00+00'),
  (3, 'github', NULL, '{}', '2021-02-08 11:15:00+00');

CREATE TABLE sentry_identity (
    id bigserial PRIMARY KEY, idp_id bigint NOT NULL, user_id bigint NOT NULL, external_id text NOT NULL, data text NOT NULL, status integer NOT NULL, scopes text[],
    date_verified timestamptz NOT NULL, date_added timestamptz, UNIQUE (idp_id, external_id), UNIQUE (idp_id, user_id)
);
INSERT INTO sentry_identity (idp_id, user_id, external_id, data, status, scopes, date_verified, date_added)
SELECT 2, s.i, 'U0' || fixture_gen.chars('slu', s.i, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '{}', 1, '{}', d, d
FROM sgen.st s, LATERAL (SELECT greatest(s.joined, timestamptz '2020-11-03 00:00:00+00') + make_interval(days => fixture_gen.n('idd', s.i, 200)) AS d) x
WHERE s.kind IN ('admin', 'email', 'google') AND s.i % 3 <> 0
UNION ALL
SELECT 1, s.i, (100 + s.i)::text, '{"access_token": "' || sgen.hex('glat', s.i, 64) || '", "refresh_token": "' || sgen.hex('glrt', s.i, 64) || '", "expires": ' || (1719760000 + s.i * 97) || ', "scope": "api", "token_type": "Bearer"}',
       1, ARRAY['api'], s.joined + interval '2 days', s.joined + interval '2 days'
FROM sgen.st s WHERE s.kind = 'saml'
UNION ALL
SELECT 3, s.i, (1200000 + s.i * 7919)::text, '{"access_token": "ghu_' || sgen.rnd('ghu', s.i, 36) || '", "refresh_token": "ghr_' || sgen.rnd('ghr', s.i, 76) || '", "expires_in": 28800}',
       1, ARRAY['read:user', 'user:email'], s.joined + interval '30 days', s.joined + interval '30 days'
FROM sgen.st s WHERE s.kind IN ('admin', 'email', 'google') AND s.i % 4 = 1;

CREATE TABLE sentry_externalactor (
    id bigserial PRIMARY KEY, team_id bigint, user_id bigint, organization_id bigint NOT NULL, integration_id bigint NOT NULL, provider smallint NOT NULL, external_name text NOT NULL,
    external_id text, date_added timestamptz, date_updated timestamptz
);
INSERT INTO sentry_externalactor (team_id, user_id, organization_id, integration_id, provider, external_name, external_id, date_added, date_updated)
SELECT NULL::bigint, s.i::bigint, 1, 2, 200, '@' || CASE WHEN s.i % 2 = 0 THEN sgen.fold(s.first) || '-' || sgen.fold(s.last) ELSE substr(sgen.fold(s.first), 1, 1) || sgen.fold(s.last) || (s.i % 40)::text END, NULL::text,
       s.joined + interval '60 days', s.joined + interval '60 days'
FROM sgen.st s WHERE s.kind IN ('admin', 'email', 'google') AND s.i % 3 = 1
UNION ALL
SELECT NULL, s.i, 1, 1, 110, '@' || sgen.fold(s.first) || '.' || sgen.fold(s.last), i.external_id, i.date_added, i.date_added
FROM sgen.st s JOIN sentry_identity i ON i.user_id = s.i AND i.idp_id = 2 WHERE s.i % 5 = 1
UNION ALL
SELECT t.id, NULL, t.organization_id, CASE WHEN k = 1 THEN 2 ELSE 1 END, CASE WHEN k = 1 THEN 200 ELSE 110 END,
       CASE WHEN k = 1 THEN '@brightwater-mobility/' || t.slug ELSE '#alerts-' || t.slug END, CASE WHEN k = 2 THEN 'C0' || fixture_gen.chars('slc', t.id, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') END,
       t.date_added + interval '400 days', t.date_added + interval '400 days'
FROM sentry_team t, generate_series(1, 2) k WHERE t.organization_id = 1 AND t.status = 0
ORDER BY 8;

-- ---------------------------------------------------------------------------
-- Sentry apps (internal and public integrations), installations, service hooks.

CREATE TABLE sentry_sentryapp (
    id bigserial PRIMARY KEY, date_deleted timestamptz, application_id bigint UNIQUE, proxy_user_id bigint UNIQUE, owner_id bigint NOT NULL, name text NOT NULL, slug varchar(64) NOT NULL UNIQUE,
    author text, status smallint NOT NULL, uuid varchar(64) NOT NULL, redirect_url varchar(200), webhook_url varchar(200), is_alertable boolean NOT NULL, events text[] NOT NULL,
    overview text, schema text NOT NULL, date_added timestamptz NOT NULL, date_updated timestamptz NOT NULL, date_published timestamptz, creator_user_id bigint, creator_label text,
    popularity smallint, metadata text NOT NULL, scope_list text[], scopes bigint NOT NULL, verify_install boolean NOT NULL
);
INSERT INTO sentry_sentryapp (date_deleted, application_id, proxy_user_id, owner_id, name, slug, author, status, uuid, redirect_url, webhook_url, is_alertable, events, overview, schema,
    date_added, date_updated, date_published, creator_user_id, creator_label, popularity, metadata, scope_list, scopes, verify_install)
SELECT CASE WHEN k = 4 THEN timestamptz '2024-02-01 10:00:00+00' END, k, 138 + k, CASE k WHEN 6 THEN 2 WHEN 3 THEN 1 ELSE 1 END, st.name, a.slug, a.author,
       CASE WHEN k = 3 THEN 1 ELSE 2 END, fixture_gen.uuid('sauuid', k), a.redirect, a.hook, k IN (2, 4, 5), a.ev, a.overview, a.sch,
       st.joined, st.joined + interval '90 days', CASE WHEN k = 3 THEN timestamptz '2022-03-01 00:00:00+00' END, cu.i, cu.email, CASE WHEN k = 3 THEN 8 ELSE 1 END, '{}',
       ARRAY['project:read', 'event:read', 'org:read'] || CASE WHEN k IN (2, 5) THEN ARRAY['event:write'] ELSE ARRAY[]::text[] END, 0, k = 3
FROM generate_series(1, 6) k JOIN sgen.st st ON st.i = 138 + k JOIN sgen.st cu ON cu.i = (ARRAY[12, 40, 12, 77, 21, 121])[k],
LATERAL (SELECT (ARRAY['rollout-gate-' || sgen.hex('sasl', 1, 6), 'dispatch-deploy-bot-' || sgen.hex('sasl', 2, 6), 'linear', 'incident-scribe-' || sgen.hex('sasl', 4, 6),
                        'zapier-rider-escalations-' || sgen.hex('sasl', 5, 6), 'data-quality-hooks-' || sgen.hex('sasl', 6, 6)])[k] AS slug,
                (ARRAY['Brightwater Mobility', 'Brightwater Mobility', 'Linear', cu.name, cu.name, 'Brightwater Data Platform'])[k] AS author,
                (ARRAY['https://rollout.brightwater-mobility.example/sentry/setup', NULL, 'https://linear.app/settings/integrations/sentry', NULL, NULL, NULL])[k] AS redirect,
                (ARRAY['https://rollout.brightwater-mobility.example/hooks/sentry', 'https://deploy.brightwater-mobility.example/api/sentry-webhook',
                       'https://client-api.linear.app/connect/sentry/webhook', 'https://scribe.brightwater-mobility.example/webhooks/sentry?key=' || sgen.rnd('scrk', 4, 32),
                       'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zapc', 5, 8) || '/' || lower(sgen.rnd('zapk', 5, 7)) || '/', 'https://dq.brightwater-data.example/hooks/sentry'])[k] AS hook,
                CASE k WHEN 1 THEN ARRAY['issue', 'error'] WHEN 3 THEN ARRAY['issue', 'comment'] WHEN 4 THEN ARRAY['issue', 'error', 'comment'] WHEN 6 THEN ARRAY['error'] ELSE ARRAY['issue'] END AS ev,
                (ARRAY['Pauses the staged rollout of a rider app build when its crash rate rises.', 'Posts deploy status from CI.', 'Create and link Linear issues from Sentry.',
                       'Opens an incident document for fatal issues (retired).', 'Sends high-priority rider-app issues to the support escalation Zap.', 'Forwards pipeline errors to the data-quality service.'])[k] AS overview,
                (ARRAY['{}', '{}', '{"elements": [{"type": "issue-link", "create": {"uri": "/sentry/issues/create", "required_fields": [{"type": "text", "name": "title", "label": "Title"}]}, "link": {"uri": "/sentry/issues/link", "required_fields": [{"type": "select", "name": "issue", "label": "Issue", "uri": "/sentry/issues/search"}]}}]}',
                       '{"elements": [{"type": "alert-rule-action", "title": "Open incident doc", "settings": {"type": "alert-rule-settings", "uri": "/sentry/alert", "required_fields": [{"type": "select", "name": "severity", "label": "Severity", "options": [["sev1", "SEV1"], ["sev2", "SEV2"]]}]}}]}',
                       '{}', '{}'])[k] AS sch) a;

CREATE TABLE sentry_sentryappinstallation (
    id bigserial PRIMARY KEY, date_deleted timestamptz, sentry_app_id bigint NOT NULL, organization_id bigint NOT NULL, api_grant_id bigint UNIQUE, api_token_id bigint UNIQUE,
    uuid varchar(64) NOT NULL, status integer NOT NULL, date_added timestamptz NOT NULL, date_updated timestamptz NOT NULL
);
INSERT INTO sentry_sentryappinstallation (date_deleted, sentry_app_id, organization_id, api_grant_id, api_token_id, uuid, status, date_added, date_updated)
SELECT a.date_deleted, a.id, a.owner_id, NULL, t.id, fixture_gen.uuid('sainst', a.id), CASE WHEN a.id = 4 THEN 0 ELSE 1 END, a.date_added + interval '10 minutes', a.date_updated
FROM sentry_sentryapp a LEFT JOIN sentry_apitoken t ON t.user_id = a.proxy_user_id ORDER BY a.id;

CREATE TABLE sentry_servicehook (
    id bigserial PRIMARY KEY, guid varchar(32) UNIQUE, application_id bigint, actor_id bigint NOT NULL, project_id bigint, organization_id bigint, url varchar(512) NOT NULL,
    secret text NOT NULL, events text[], status integer NOT NULL, version integer NOT NULL, date_added timestamptz NOT NULL
);
INSERT INTO sentry_servicehook (guid, application_id, actor_id, project_id, organization_id, url, secret, events, status, version, date_added)
SELECT sgen.hex('shg', i.id, 32), a.application_id, i.id, NULL, a.owner_id, a.webhook_url, sgen.hex('shs', i.id, 64), a.events, 0, 0, i.date_added FROM sentry_sentryappinstallation i JOIN sentry_sentryapp a ON a.id = i.sentry_app_id
UNION ALL
SELECT sgen.hex('shg', 100 + k, 32), NULL, 3 + k * 17, p, 1, (ARRAY['https://hooks.brightwater-mobility.example/sentry/ios', 'https://hooks.brightwater-mobility.example/sentry/android', 'https://status.brightwater-mobility.example/api/sentry'])[k],
       sgen.hex('shs', 100 + k, 64), ARRAY['event.alert', 'event.created'], 0, 0, timestamptz '2020-02-01 10:00:00+00' + k * interval '100 days'
FROM generate_series(1, 3) k, LATERAL (SELECT (ARRAY[1, 2, 4])[k] AS p) x;

-- ---------------------------------------------------------------------------
-- Alert rules, saved and recent searches, broadcasts, cron monitors.

CREATE TABLE sentry_rule (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, environment_id bigint, label varchar(256) NOT NULL, data text NOT NULL, status integer NOT NULL, source integer,
    owner_user_id bigint, owner_team_id bigint, date_added timestamptz NOT NULL
);
INSERT INTO sentry_rule (project_id, environment_id, label, data, status, source, owner_user_id, owner_team_id, date_added)
SELECT p.id, CASE WHEN k = 2 THEN CASE p.org WHEN 1 THEN 1 WHEN 2 THEN 6 ELSE 8 END END,
       CASE k WHEN 1 THEN 'Send a notification for high priority issues' WHEN 2 THEN 'Page on-call for new fatal issues' WHEN 3 THEN 'Crashes of the QA test riders' ELSE 'Regressions to #alerts-' || t.slug END,
       CASE k
         WHEN 1 THEN '{"action_match": "any", "filter_match": "all", "frequency": 30, "conditions": [{"id": "sentry.rules.conditions.high_priority_issue.NewHighPriorityIssueCondition"}, {"id": "sentry.rules.conditions.high_priority_issue.ExistingHighPriorityIssueCondition"}], '
                     || '"actions": [{"id": "sentry.mail.actions.NotifyEmailAction", "targetType": "IssueOwners", "targetIdentifier": "", "fallthroughType": "ActiveMembers", "uuid": "' || fixture_gen.uuid('rla', p.id * 10 + k) || '"}]}'
         WHEN 2 THEN '{"action_match": "all", "filter_match": "all", "frequency": 5, "conditions": [{"id": "sentry.rules.conditions.first_seen_event.FirstSeenEventCondition"}], "filters": [{"id": "sentry.rules.filters.level.LevelFilter", "match": "gte", "level": "50"}], '
                     || '"actions": [{"id": "sentry.integrations.pagerduty.notify_action.PagerDutyNotifyServiceAction", "account": 5, "service": ' || (1 + p.id % 3) || ', "severity": "critical", "uuid": "' || fixture_gen.uuid('rla', p.id * 10 + k) || '"}, '
                     || '{"id": "sentry.mail.actions.NotifyEmailAction", "targetType": "Member", "targetIdentifier": ' || (3 + fixture_gen.n('rlm', p.id, 115)) || ', "uuid": "' || fixture_gen.uuid('rlb', p.id * 10 + k) || '"}]}'
         WHEN 3 THEN '{"action_match": "any", "filter_match": "any", "frequency": 60, "conditions": [{"id": "sentry.rules.conditions.every_event.EveryEventCondition"}], "filters": ['
                     || '{"id": "sentry.rules.filters.tagged_event.TaggedEventFilter", "key": "user.email", "match": "eq", "value": "' || r1.email || '"}, '
                     || '{"id": "sentry.rules.filters.tagged_event.TaggedEventFilter", "key": "user.email", "match": "eq", "value": "' || r2.email || '"}, '
                     || '{"id": "sentry.rules.filters.tagged_event.TaggedEventFilter", "key": "user.id", "match": "eq", "value": "' || r1.ident || '"}], '
                     || '"actions": [{"id": "sentry.integrations.slack.notify_action.SlackNotifyServiceAction", "workspace": "1", "channel": "#qa-riders", "channel_id": "C0' || fixture_gen.chars('slq', p.id, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '", "tags": "user.email,device", "uuid": "' || fixture_gen.uuid('rla', p.id * 10 + k) || '"}]}'
         ELSE '{"action_match": "any", "filter_match": "all", "frequency": 1440, "conditions": [{"id": "sentry.rules.conditions.regression_event.RegressionEventCondition"}], '
              || '"actions": [{"id": "sentry.integrations.slack.notify_action.SlackNotifyServiceAction", "workspace": "1", "channel": "#alerts-' || t.slug || '", "channel_id": "", "tags": "environment,release", "uuid": "' || fixture_gen.uuid('rla', p.id * 10 + k) || '"}]}' END,
       CASE WHEN k = 3 AND p.id = 2 THEN 1 ELSE 0 END, 0, CASE WHEN k = 3 THEN 3 + fixture_gen.n('rlo', p.id, 115) END, CASE WHEN k IN (2, 4) THEN p.team END, p.born + make_interval(days => k * 37)
FROM sgen.pj p JOIN sentry_team t ON t.id = p.team JOIN sgen.rd r1 ON r1.i = 1 + fixture_gen.n('rqa1', p.id, 420) JOIN sgen.rd r2 ON r2.i = 1 + fixture_gen.n('rqa2', p.id, 420), generate_series(1, 4) k
WHERE k IN (1, 2) OR (k = 3 AND p.id IN (1, 2, 3)) OR (k = 4 AND p.org = 1)
ORDER BY 9;

CREATE TABLE sentry_savedsearch (
    id bigserial PRIMARY KEY, organization_id bigint, project_id bigint, type smallint, name varchar(128) NOT NULL, query text NOT NULL, sort varchar(16), date_added timestamptz NOT NULL,
    is_global boolean, owner_id bigint, visibility varchar(16) NOT NULL
);
INSERT INTO sentry_savedsearch (organization_id, project_id, type, name, query, sort, date_added, is_global, owner_id, visibility) VALUES
  (NULL, NULL, 0, 'Unresolved Issues', 'is:unresolved', 'date', '2019-09-01 00:00:00+00', true, NULL, 'owner_pinned'),
  (NULL, NULL, 0, 'Needs Triage', 'is:unresolved is:unassigned', 'date', '2019-09-01 00:00:00+00', true, NULL, 'owner_pinned'),
  (NULL, NULL, 0, 'Assigned To Me', 'is:unresolved assigned:me', 'date', '2019-09-01 00:00:00+00', true, NULL, 'owner_pinned'),
  (NULL, NULL, 0, 'My Bookmarks', 'is:unresolved bookmarks:me', 'date', '2019-09-01 00:00:00+00', true, NULL, 'owner_pinned'),
  (NULL, NULL, 0, 'New Today', 'is:unresolved age:-24h', 'date', '2019-09-01 00:00:00+00', true, NULL, 'owner_pinned');
INSERT INTO sentry_savedsearch (organization_id, project_id, type, name, query, sort, date_added, is_global, owner_id, visibility)
SELECT CASE WHEN k % 9 = 0 THEN 2 ELSE 1 END, NULL, 0,
       CASE fixture_gen.n('ssn', k, 6) WHEN 0 THEN 'Payments failing' WHEN 1 THEN 'VIP riders' WHEN 2 THEN 'Escalated ticket' WHEN 3 THEN 'Dock timeouts' WHEN 4 THEN 'Fleet partner account' ELSE 'Repro rider' END,
       CASE fixture_gen.n('ssq', k, 6)
         WHEN 0 THEN 'is:unresolved user.email:' || r.email
         WHEN 1 THEN 'user.id:' || r.ident || ' environment:production'
         WHEN 2 THEN 'is:unresolved error.type:CardError rider_tier:fleet-partner'
         WHEN 3 THEN 'user.ip:' || r.ip || ' OR user.email:' || r.email
         WHEN 4 THEN 'message:"dock * did not acknowledge" level:warning'
         ELSE 'user.username:' || r.handle || ' release:com.brightwater.rider@5.12.0+1163' END,
       fixture_gen.pick(ARRAY['date', 'freq', 'new', 'user'], 'sss', k), sgen.at('ssd', k, timestamptz '2022-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00'), false,
       3 + fixture_gen.n('sso', k, 115), CASE WHEN k % 4 = 0 THEN 'organization' ELSE 'owner' END
FROM generate_series(1, 36) k JOIN sgen.rd r ON r.i = 1 + fixture_gen.n('ssr', k, 420);

CREATE TABLE sentry_recentsearch (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, user_id bigint NOT NULL, type smallint NOT NULL, query text NOT NULL, query_hash varchar(32) NOT NULL, last_seen timestamptz NOT NULL,
    date_added timestamptz NOT NULL, UNIQUE (organization_id, user_id, type, query_hash)
);
INSERT INTO sentry_recentsearch (organization_id, user_id, type, query, query_hash, last_seen, date_added)
SELECT DISTINCT ON (u, q) 1, u, 0, q, md5(q), least(timestamptz '2024-06-30 16:00:00+00', d + make_interval(hours => fixture_gen.n('rsl', k, 300))), d
FROM generate_series(1, 180) k JOIN sgen.rd r ON r.i = 1 + fixture_gen.n('rsr', k, 420),
LATERAL (SELECT 3 + fixture_gen.n('rsu', k, 60) AS u, sgen.at('rsd', k, timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00') AS d,
                CASE fixture_gen.n('rsq', k, 9)
                  WHEN 0 THEN 'user.email:' || r.email WHEN 1 THEN 'user.email:*' || split_part(r.email, '@', 1) || '*' WHEN 2 THEN 'is:unresolved'
                  WHEN 3 THEN 'user.id:' || r.ident WHEN 4 THEN 'is:unresolved assigned:me' WHEN 5 THEN '"' || r.first || ' ' || r.last || '"'
                  WHEN 6 THEN 'CardError' WHEN 7 THEN r.phone ELSE 'release:latest is:unresolved' END AS q) x
ORDER BY u, q, d;

CREATE TABLE sentry_broadcast (
    id bigserial PRIMARY KEY, upstream_id varchar(32) UNIQUE, title varchar(64) NOT NULL, message varchar(256) NOT NULL, link varchar(200), is_active boolean NOT NULL,
    date_expires timestamptz, date_added timestamptz NOT NULL, cta varchar(256), media_url varchar(256), category varchar(32), created_by_id bigint
);
INSERT INTO sentry_broadcast (upstream_id, title, message, link, is_active, date_expires, date_added, cta, media_url, category, created_by_id) VALUES
  (NULL, 'Sentry upgrade on Saturday', 'Sentry will be read-only on Saturday 08:00-10:00 UTC while we upgrade to 24.5.0.', 'https://wiki.brightwater-mobility.example/sre/sentry-upgrade', false, '2024-05-19 10:00:00+00', '2024-05-14 09:00:00+00', 'Read the plan', NULL, 'announcement', 1),
  (NULL, 'SSO is now required', 'Sign in with your Google account; passwords stop working on 1 December.', 'https://wiki.brightwater-mobility.example/sre/sentry-sso', false, '2021-12-01 00:00:00+00', '2021-11-22 10:30:00+00', NULL, NULL, 'announcement', 1),
  ('1204', 'Session Replay for mobile', 'Replays are now available for iOS and Android SDKs.', 'https://docs.sentry.io/product/explore/session-replay/mobile/', true, '2024-08-01 00:00:00+00', '2024-06-04 16:00:00+00', 'Learn more', 'https://sentry-brand.storage.googleapis.com/mobile-replay.png', 'feature', NULL),
  ('1187', 'Crons: new check-in thresholds', 'Choose how many failed check-ins open an issue.', 'https://docs.sentry.io/product/crons/', false, '2024-04-01 00:00:00+00', '2024-02-27 16:00:00+00', 'Learn more', NULL, 'feature', NULL),
  (NULL, 'Please scrub rider data', 'Do not paste rider emails or phone numbers into issue comments; link the support ticket instead.', 'https://wiki.brightwater-mobility.example/privacy/sentry', true, NULL, '2023-10-02 08:00:00+00', NULL, NULL, 'announcement', 2),
  ('1152', 'Metrics beta', 'Custom metrics are in beta.', 'https://docs.sentry.io/product/metrics/', false, '2024-01-15 00:00:00+00', '2023-11-14 16:00:00+00', 'Try it', NULL, 'feature', NULL);

CREATE TABLE sentry_monitor (
    id bigserial PRIMARY KEY, guid uuid NOT NULL UNIQUE, slug varchar(50) NOT NULL, organization_id bigint NOT NULL, project_id bigint NOT NULL, name varchar(128) NOT NULL, status integer NOT NULL,
    type integer NOT NULL, config text NOT NULL, date_added timestamptz NOT NULL, owner_user_id bigint, owner_team_id bigint, is_muted boolean NOT NULL, UNIQUE (organization_id, slug)
);
INSERT INTO sentry_monitor (guid, slug, organization_id, project_id, name, status, type, config, date_added, owner_user_id, owner_team_id, is_muted)
SELECT fixture_gen.uuid('mon', k)::uuid, m.slug, CASE WHEN m.p >= 12 THEN 2 ELSE 1 END, m.p, m.name, 0, 3,
       '{"schedule": "' || m.cron || '", "schedule_type": "crontab", "checkin_margin": 5, "max_runtime": ' || (10 + k * 5) || ', "timezone": "' || CASE WHEN m.p >= 12 THEN 'UTC' ELSE 'Europe/London' END || '", "failure_issue_threshold": 1, "recovery_threshold": 1}',
       timestamptz '2023-03-01 10:00:00+00' + k * interval '23 days', CASE WHEN k % 3 = 0 THEN 3 + fixture_gen.n('mou', k, 115) END, CASE WHEN k % 3 <> 0 THEN (SELECT team FROM sgen.pj WHERE id = m.p) END, k = 7
FROM (VALUES (1, 'nightly-payouts', 5, 'Nightly payouts', '30 2 * * *'), (2, 'reconcile-stripe', 8, 'Reconcile Stripe balance', '0 * * * *'), (3, 'dock-health-sweep', 6, 'Dock health sweep', '*/10 * * * *'),
  (4, 'expire-ride-passes', 4, 'Expire ride passes', '5 0 * * *'), (5, 'rider-data-retention', 4, 'Delete closed rider accounts after 24 months', '0 4 * * 0'), (6, 'partner-report', 9, 'Monthly council usage report', '0 6 1 * *'),
  (7, 'legacy-sms-digest', 4, 'Legacy SMS digest', '0 8 * * 1'), (8, 'ingest-rides', 12, 'Ingest rides to the warehouse', '15 * * * *'), (9, 'dbt-nightly', 13, 'dbt nightly build', '0 3 * * *'),
  (10, 'support-sla-check', 10, 'Support SLA check', '*/30 * * * *')) m(k, slug, p, name, cron);

-- ---------------------------------------------------------------------------
-- The audit log.

CREATE TABLE sentry_auditlogentry (
    id bigserial PRIMARY KEY, organization_id bigint NOT NULL, actor_label varchar(64), actor_id bigint, actor_key_id bigint, target_object bigint, target_user_id bigint, event integer NOT NULL,
    ip_address inet, data text NOT NULL, datetime timestamptz NOT NULL
);
INSERT INTO sentry_auditlogentry (organization_id, actor_label, actor_id, actor_key_id, target_object, target_user_id, event, ip_address, data, datetime)
SELECT o.organization_id, a.email, a.i::bigint, NULL::bigint, o.id, NULL::bigint, 1, ip.ip_address, '{"email": "' || o.email || '", "role": "' || o.role || '", "invite_status": ' || o.invite_status || '}', o.date_added
FROM sentry_organizationmember o JOIN sgen.st a ON a.i = coalesce(o.inviter_id, 1) LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
WHERE o.user_id IS NULL
UNION ALL
SELECT o.organization_id, a.email, a.i, NULL, o.id, o.user_id, 2, ip.ip_address, '{"email": "' || s.email || '", "role": "' || o.role || '", "user": ' || s.i || ', "teams": [], "has_global_access": true}', o.date_added
FROM sentry_organizationmember o JOIN sgen.st s ON s.i = o.user_id JOIN sgen.st a ON a.i = coalesce(o.inviter_id, 1)
LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
WHERE o.date_added > timestamptz '2022-06-01 00:00:00+00'
UNION ALL
SELECT 1, a.email, a.i, NULL, o.id, s.i, 5, ip.ip_address, '{"email": "' || s.email || '", "user": ' || s.i || ', "role": "' || o.role || '", "name": "' || s.name || '"}',
       sgen.at('alrm', s.i, timestamptz '2023-01-01 00:00:00+00', timestamptz '2024-06-30 12:00:00+00')
FROM sgen.st s JOIN sentry_organizationmember o ON o.user_id = s.i AND o.organization_id = 1 JOIN sgen.st a ON a.i = 1 + s.i % 2
LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
WHERE NOT s.active
UNION ALL
SELECT 1, a.email, a.i, NULL, p.id, NULL, 31, ip.ip_address, '{"id": ' || p.id || ', "slug": "' || p.slug || '", "name": "' || p.name || '", "status": 0, "public": false, "old_slug": null}',
       p.born + interval '30 days'
FROM sgen.pj p JOIN sgen.st a ON a.i = 3 + fixture_gen.n('alpe', p.id, 115) LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
UNION ALL
SELECT k.organization_id, a.email, a.i, NULL, k.id, NULL, 70, ip.ip_address, '{"label": "' || k.label || '", "scopes": ' || to_json(k.scope_list)::text || ', "status": 0}', k.date_added
FROM sentry_apikey k JOIN sgen.st a ON a.i = 1 + k.id % 2 LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
UNION ALL
SELECT 1, 'api key: ' || k.label, NULL, k.id, r.id, NULL, 80, fixture_gen.ipv4('ciip', r.id)::inet, '{"label": "' || r.label || '", "status": 0}', r.date_added + interval '1 day'
FROM sentry_rule r JOIN sentry_apikey k ON k.id = 4 WHERE r.id % 5 = 0
UNION ALL
SELECT i.organization_id, a.email, a.i, NULL, i.id, a.i, 64, ip.ip_address, '{"email": "' || a.email || '", "provider": "' || CASE i.auth_provider_id WHEN 1 THEN 'google' ELSE 'saml2' END || '", "ident": "' || i.ident || '"}', i.date_added
FROM (SELECT ai.*, ap.organization_id FROM sentry_authidentity ai JOIN sentry_authprovider ap ON ap.id = ai.auth_provider_id) i JOIN sgen.st a ON a.i = i.user_id
LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
WHERE i.id % 3 = 0
UNION ALL
SELECT oi.organization_id, a.email, a.i, NULL, oi.integration_id, NULL, 110, ip.ip_address, '{"provider": "' || ig.provider || '", "name": "' || ig.name || '"}', oi.date_added
FROM sentry_organizationintegration oi JOIN sentry_integration ig ON ig.id = oi.integration_id JOIN sgen.st a ON a.i = CASE oi.organization_id WHEN 3 THEN 131 WHEN 2 THEN 119 ELSE 14 END
LEFT JOIN LATERAL (SELECT u.ip_address FROM sentry_userip u WHERE u.user_id = a.i ORDER BY u.last_seen DESC LIMIT 1) ip ON true
ORDER BY 10;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
