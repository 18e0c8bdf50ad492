-- classify-eval fixture (HOLDOUT 53: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Ushahidi Platform v5 crowdsourced crisis-reporting deployment in the naming
-- its Phinx migrations and later Laravel migrations create (plural
-- snake_case tables, serial integer ids, created/updated as Unix timestamps
-- in integer columns, a few Phinx 'datetime'/'timestamp' columns, JSON kept
-- as text, post values split by type into post_varchar, post_text,
-- post_int, post_decimal, post_datetime, post_point, post_media, post_tags
-- and post_markdown, the key/value config and user_settings tables, Laravel
-- Passport's oauth_* tables, the queue's jobs and failed_jobs, the
-- polymorphic translations table, Phinx's own phinxlog). Ushahidi is a
-- MySQL application; this is the deployment's PostgreSQL copy, so point
-- columns are PostgreSQL's native point (lon, lat). The tables and columns
-- were written from the writer's knowledge of the platform's migrations,
-- checked against parts of its public source; a few later columns, and the
-- versions of the later migrations in phinxlog, are from memory.
--
-- The deployment is floodwatch.tanaresponse.org, run by the Tana Flood
-- Response Coalition (county disaster office, two local NGOs and a Red
-- Cross branch) during the April-May 2024 floods along the lower Tana
-- River and in Garissa, Kenya. Residents report by SMS (an SMSSync phone
-- and FrontlineSMS), WhatsApp (through Twilio), email and the web form;
-- volunteers call reporters back to verify, and a data team publishes
-- daily situation reports and HXL datasets to HDX. The application's own
-- tables (public schema): users (admins, the data team, volunteers and
-- registered residents) with bcrypt hashes; reset tokens; per-user
-- settings holding HDX API keys; contacts (phones as typed, WhatsApp
-- numbers, emails, Twitter handles); messages in and out with the
-- gateways' JSON; posts whose titles and texts sometimes name people;
-- typed post values holding reporters' names, phones, national ID
-- numbers, birth dates of heads of household, shelter and home
-- coordinates, needs and verification notes; forms, stages, attributes,
-- tags, sets and saved searches; media with photo file names;
-- notification subscriptions; targeted SMS surveys; CSV imports; exports
-- with presigned download URLs; HXL tagging and HDX dataset metadata;
-- webhooks with shared secrets; API keys and the config table holding
-- gateway credentials among site settings; map layers, two of them with a
-- token in their URL; post locks; terms-of-service acceptances;
-- translations of posts, forms and tags; Passport's clients, tokens and
-- codes; queued and failed jobs whose payloads carry reset links and
-- exceptions quoting SQL; country codes; Phinx's migration log.
--
-- NOT Ushahidi: the coalition's data team keeps its own tables beside it,
-- in the schema "floodwatch" (same naming: plural snake_case, integer ids,
-- Unix-time integers): volunteers with their ID numbers, M-Pesa numbers
-- and emergency contacts; verification calls; displaced households
-- registered at evacuation sites; SMS gateway accounts with their auth
-- tokens; referrals to partner agencies; the published daily situation
-- reports; a ward lookup; WhatsApp conversation state; an audit of staff
-- actions. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ugen;

-- t: a Unix time during the response (2024-04-01 to 2024-06-15, UTC).
CREATE FUNCTION ugen.t(tag text, i bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT 1711929600 + fixture_gen.n(tag, i, 6480000) $$;

-- tb: a Unix time between two.
CREATE FUNCTION ugen.tb(tag text, i bigint, lo int, hi int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo)) $$;

-- dt: a Unix time as a timestamp without time zone.
CREATE FUNCTION ugen.dt(e bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT (timestamp '1970-01-01 00:00:00' + make_interval(secs => e))::timestamp(0) $$;

-- slug: lower-case words joined by dashes.
CREATE FUNCTION ugen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' from regexp_replace(lower(translate(s, 'áéíóúàèìòùäëïöüñçÁÉÍÓÚÖÜ–', 'aeiouaeiouaeiouncAEIOUOU-')), '[^a-z0-9]+', '-', 'g'))
$$;

-- ps: a PHP-serialized string.
CREATE FUNCTION ugen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;

-- bcrypt as Laravel writes it.
CREATE FUNCTION ugen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- Kenyan first and last names, with the helpers' names for some of the
-- aid workers.
CREATE FUNCTION ugen.fn(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'w', i, 8) = 0 THEN fixture_gen.first_name(tag, i) ELSE fixture_gen.pick(ARRAY[
    'Amina', 'Hassan', 'Fatuma', 'Abdi', 'Halima', 'Mohamed', 'Habiba', 'Galgalo', 'Barako', 'Wanjiru', 'Achieng', 'Otieno',
    'Kamau', 'Njeri', 'Kiprono', 'Chebet', 'Wafula', 'Nafula', 'Omondi', 'Mwanajuma', 'Zainabu', 'Swaleh', 'Guyo', 'Jillo',
    'Dahabo', 'Hadija', 'Bakari', 'Rehema', 'Kadzo', 'Baya', 'Mwanaisha', 'Salim', 'Shukri', 'Ibrahim', 'Mercy', 'Grace',
    'Faith', 'Peter', 'Joseph', 'Esther', 'Daniel', 'Wambui', 'Akinyi', 'Mutua', 'Kazungu', 'Sidi', 'Komora', 'Hiribae'], tag, i) END
$$;

CREATE FUNCTION ugen.ln(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'w', i, 8) = 0 THEN fixture_gen.last_name(tag, i) ELSE fixture_gen.pick(ARRAY[
    'Otieno', 'Kamau', 'Mwangi', 'Odhiambo', 'Wanjiku', 'Abdullahi', 'Hussein', 'Jillo', 'Guyo', 'Kiptoo', 'Chebet', 'Wekesa',
    'Njoroge', 'Mutua', 'Ali', 'Omar', 'Dida', 'Boru', 'Galole', 'Buya', 'Komora', 'Hiribae', 'Dadacha', 'Wario', 'Bonaya',
    'Said', 'Mohamed', 'Ahmed', 'Kahindi', 'Charo', 'Mwakio', 'Ochieng', 'Kariuki', 'Maina', 'Hassan', 'Adan', 'Godana'], tag, i) END
$$;

-- Kenyan mobile numbers: E.164, and as people type them.
CREATE FUNCTION ugen.e164(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '+254' || fixture_gen.pick(ARRAY['70', '71', '72', '74', '79', '11', '73', '78'], tag || 'op', i) || fixture_gen.digits(tag, i, 7)
$$;

CREATE FUNCTION ugen.typed(e164 text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN e164
    WHEN 1 THEN '0' || substr(e164, 5)
    WHEN 2 THEN '0' || substr(e164, 5, 3) || ' ' || substr(e164, 8, 3) || ' ' || substr(e164, 11, 3)
    WHEN 3 THEN substr(e164, 2)
    ELSE '+254 ' || substr(e164, 5, 3) || ' ' || substr(e164, 8, 6) END
$$;

-- The places: wards, villages and evacuation sites of the lower Tana and
-- Garissa.
CREATE TABLE ugen.place (pk int PRIMARY KEY, county text, subcounty text, ward text, village text, lat numeric, lon numeric);
INSERT INTO ugen.place VALUES
 (0, 'Tana River', 'Garsen', 'Kipini East', 'Kipini', -2.5270, 40.5260),
 (1, 'Tana River', 'Garsen', 'Kipini West', 'Ozi', -2.4890, 40.4420),
 (2, 'Tana River', 'Garsen', 'Garsen South', 'Kipao', -2.4010, 40.2480),
 (3, 'Tana River', 'Garsen', 'Garsen Central', 'Garsen', -2.2700, 40.1170),
 (4, 'Tana River', 'Garsen', 'Garsen North', 'Ngao', -2.3420, 40.2190),
 (5, 'Tana River', 'Garsen', 'Garsen West', 'Tarasaa', -2.2010, 40.0780),
 (6, 'Tana River', 'Garsen', 'Garsen South', 'Golbanti', -2.3710, 40.2030),
 (7, 'Tana River', 'Galole', 'Chewani', 'Mnazini', -2.0800, 40.0900),
 (8, 'Tana River', 'Galole', 'Kinakomba', 'Wachu Oda', -1.8700, 40.0420),
 (9, 'Tana River', 'Galole', 'Mikinduni', 'Hola', -1.4990, 40.0300),
 (10, 'Tana River', 'Galole', 'Wayu', 'Laza', -1.6310, 39.9310),
 (11, 'Tana River', 'Bura', 'Bura', 'Bura', -1.1010, 39.9500),
 (12, 'Tana River', 'Bura', 'Madogo', 'Madogo', -0.4680, 39.6020),
 (13, 'Tana River', 'Bura', 'Chewele', 'Kone', -1.2200, 39.9880),
 (14, 'Tana River', 'Galole', 'Chewani', 'Idsowe', -2.1530, 40.1130),
 (15, 'Tana River', 'Garsen', 'Kipini West', 'Semikaro', -2.4420, 40.3670),
 (16, 'Garissa', 'Garissa Township', 'Iftin', 'Bulla Iftin', -0.4620, 39.6400),
 (17, 'Garissa', 'Garissa Township', 'Township', 'Garissa Town', -0.4530, 39.6460),
 (18, 'Garissa', 'Garissa Township', 'Waberi', 'Bulla Mpya', -0.4440, 39.6560),
 (19, 'Garissa', 'Garissa Township', 'Galbet', 'Korakora', -0.4980, 39.6290),
 (20, 'Garissa', 'Balambala', 'Saka', 'Saka', -0.0570, 39.4030),
 (21, 'Tana River', 'Galole', 'Mikinduni', 'Handaraku', -1.5590, 40.0700),
 (22, 'Tana River', 'Garsen', 'Garsen North', 'Hewani', -2.3050, 40.1640),
 (23, 'Tana River', 'Bura', 'Bangale', 'Bangale', -0.8860, 39.6510);

CREATE FUNCTION ugen.site(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Garsen Primary School', 'Tarasaa Catholic Church', 'Hola Stadium camp', 'Ngao Secondary School',
    'Madogo Mosque compound', 'Kipao evacuation site', 'Mororo Chief''s camp', 'Bura Irrigation Scheme hall', 'Garissa Showground camp', 'Idsowe AIC church'], tag, i)
$$;

-- The people: residents who report, the heads of displaced households,
-- staff and volunteers (300 + user id).
CREATE TABLE ugen.p (i int PRIMARY KEY, first text, last text, name text, e164 text, typed text, email text, pk int,
  lat numeric, lon numeric, idno text, dob date, gender text, twitter text);
INSERT INTO ugen.p
SELECT i, f, l, f || ' ' || l, ph, ugen.typed(ph, 'pty', i),
       lower(fixture_gen.ascii(f)) || CASE fixture_gen.n('pem', i, 3) WHEN 0 THEN '.' WHEN 1 THEN '' ELSE '_' END || lower(fixture_gen.ascii(l))
         || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'live.com', 'ymail.com'], 'pemd', i),
       x.k, round(pl.lat + (fixture_gen.n('plat', i, 2000) - 1000) / 100000.0, 5), round(pl.lon + (fixture_gen.n('plon', i, 2000) - 1000) / 100000.0, 5),
       (20000000 + fixture_gen.n('pid', i, 19999999))::text,
       date '1948-01-01' + fixture_gen.n('pdob', i, 365 * 58),
       CASE WHEN fixture_gen.n('pg', i, 2) = 0 THEN 'female' ELSE 'male' END,
       CASE fixture_gen.n('ptw', i, 3) WHEN 0 THEN lower(fixture_gen.ascii(f)) || '_' || lower(fixture_gen.ascii(l)) WHEN 1 THEN initcap(fixture_gen.ascii(f)) || lower(substr(fixture_gen.ascii(l), 1, 3)) || (i % 99)::text ELSE lower(fixture_gen.ascii(l)) || 'KE' END
FROM generate_series(1, 400) i
CROSS JOIN LATERAL (SELECT ugen.fn('pf', i) AS f, ugen.ln('pl', i) AS l, ugen.e164('pph', i) AS ph, fixture_gen.n('pk', i, 24) AS k) x
JOIN ugen.place pl ON pl.pk = x.k;

-- ---------------------------------------------------------------------------
-- Ushahidi: roles, permissions, users and their settings.

CREATE TABLE roles (
  id serial PRIMARY KEY,
  name varchar(50) NOT NULL UNIQUE,
  display_name varchar(50) NOT NULL,
  description varchar(255) DEFAULT NULL,
  protected boolean NOT NULL DEFAULT false
);
INSERT INTO roles (name, display_name, description, protected) VALUES
 ('admin', 'Admin', 'Administrator', true),
 ('user', 'User', 'Registered member', true),
 ('volunteer', 'Volunteer', 'Verifies reports by calling reporters back', false),
 ('datateam', 'Data team', 'Cleans, tags and exports reports; publishes to HDX', false),
 ('partner', 'Partner agency', 'Reads verified reports for response planning', false),
 ('county', 'County disaster office', 'Read-only access to all published reports', false);

CREATE TABLE permissions (
  id serial PRIMARY KEY,
  name varchar(50) NOT NULL UNIQUE,
  description varchar(255) DEFAULT NULL
);
INSERT INTO permissions (name, description) VALUES
 ('Manage Users', 'Add, edit and delete users'),
 ('Manage Posts', 'Edit, publish and delete any post'),
 ('Manage Settings', 'Change deployment settings and data sources'),
 ('Bulk Data Import and Export', 'Import CSV files and export posts'),
 ('Edit their own posts', 'Edit posts they created'),
 ('Delete Posts', 'Delete any post'),
 ('Delete Their Own Posts', 'Delete posts they created'),
 ('Manage Collections and Saved Searches', 'Create and edit collections and saved searches');

CREATE TABLE roles_permissions (
  role varchar(50) NOT NULL REFERENCES roles (name),
  permission varchar(50) NOT NULL REFERENCES permissions (name),
  PRIMARY KEY (role, permission)
);
INSERT INTO roles_permissions VALUES
 ('volunteer', 'Manage Posts'), ('volunteer', 'Edit their own posts'), ('volunteer', 'Manage Collections and Saved Searches'),
 ('datateam', 'Manage Posts'), ('datateam', 'Bulk Data Import and Export'), ('datateam', 'Delete Posts'), ('datateam', 'Manage Collections and Saved Searches'),
 ('datateam', 'Edit their own posts'), ('user', 'Edit their own posts'), ('user', 'Delete Their Own Posts'), ('partner', 'Manage Collections and Saved Searches'),
 ('county', 'Manage Collections and Saved Searches');

-- users 1-8: the admin account and the data team; 9-38: volunteers;
-- 39-48: partner and county staff and registered residents.
CREATE TABLE users (
  id serial PRIMARY KEY,
  email varchar(150) DEFAULT NULL UNIQUE,
  realname varchar(150) DEFAULT NULL,
  password varchar(255) DEFAULT NULL,
  role varchar(50) NOT NULL DEFAULT 'user' REFERENCES roles (name),
  logins integer NOT NULL DEFAULT 0,
  failed_attempts integer NOT NULL DEFAULT 0,
  last_login integer DEFAULT NULL,
  last_attempt integer DEFAULT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL,
  language varchar(255) DEFAULT NULL
);
INSERT INTO users (email, realname, password, role, logins, failed_attempts, last_login, last_attempt, created, updated, language)
SELECT CASE WHEN u = 1 THEN 'admin@tanaresponse.org'
            WHEN u <= 8 THEN lower(fixture_gen.ascii(p.first)) || '.' || lower(fixture_gen.ascii(p.last)) || '@tanaresponse.org'
            WHEN u IN (39, 40) THEN lower(substr(fixture_gen.ascii(p.first), 1, 1)) || lower(fixture_gen.ascii(p.last)) || '@kenyaredcross-tana.or.ke'
            WHEN u = 41 THEN 'disaster.office@tanariver.go.ke'
            ELSE p.email END,
       CASE WHEN u = 1 THEN 'Floodwatch Admin' WHEN u = 41 THEN 'County Disaster Office' WHEN u % 13 = 0 THEN NULL
            WHEN u % 9 = 0 THEN p.first ELSE p.name END,
       ugen.bcrypt('upw', u),
       CASE WHEN u = 1 THEN 'admin' WHEN u <= 3 THEN 'admin' WHEN u <= 8 THEN 'datateam' WHEN u <= 38 THEN 'volunteer'
            WHEN u <= 40 THEN 'partner' WHEN u = 41 THEN 'county' ELSE 'user' END,
       CASE WHEN u <= 38 THEN 5 + fixture_gen.n('ulg', u, 200) ELSE fixture_gen.n('ulg', u, 6) END,
       CASE WHEN u % 11 = 0 THEN 1 + fixture_gen.n('ufa', u, 4) ELSE 0 END,
       ugen.tb('ull', u, 1716000000, 1718400000),
       ugen.tb('ula', u, 1716000000, 1718400000),
       CASE WHEN u <= 8 THEN ugen.tb('uc', u, 1700000000, 1711900000) ELSE ugen.tb('uc', u, 1711929600, 1714500000) END,
       CASE WHEN u % 4 = 0 THEN NULL ELSE ugen.tb('uu', u, 1714500000, 1718400000) END,
       CASE WHEN u % 5 = 0 THEN 'sw' WHEN u % 17 = 0 THEN NULL ELSE 'en' END
FROM generate_series(1, 48) u JOIN ugen.p p ON p.i = 300 + u ORDER BY u;

CREATE TABLE user_reset_tokens (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reset_token varchar(255) NOT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO user_reset_tokens (user_id, reset_token, created)
SELECT 4 + (k * 5) % 44, encode(sha256(convert_to('urt' || k, 'UTF8')), 'hex') || fixture_gen.hexn('urt2', k, 16), ugen.t('urtc', k)
FROM generate_series(1, 14) k;

CREATE TABLE user_settings (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  config_key varchar(255) NOT NULL,
  config_value text NOT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO user_settings (user_id, config_key, config_value, created, updated)
SELECT u, kv.k, kv.v, ugen.t('usc', u * 10 + kv.o), CASE WHEN kv.o = 1 THEN ugen.t('usu', u) END
FROM generate_series(1, 12) u
CROSS JOIN LATERAL (VALUES
  (1, 'hdx_api_key', CASE WHEN u <= 8 THEN fixture_gen.uuid('hdxk', u) END),
  (2, 'hdx_maintainer_id', CASE WHEN u <= 8 THEN fixture_gen.uuid('hdxm', u) END),
  (3, 'language', CASE WHEN u % 3 = 0 THEN 'sw' ELSE 'en' END),
  (4, 'default_set', CASE WHEN u > 8 THEN (1 + u % 6)::text END)) kv(o, k, v)
WHERE kv.v IS NOT NULL
ORDER BY u, kv.o;

-- ---------------------------------------------------------------------------
-- Ushahidi: surveys (forms), their stages (tasks) and fields, categories.

CREATE TABLE forms (
  id serial PRIMARY KEY,
  parent_id integer DEFAULT NULL,
  name varchar(255) NOT NULL,
  description text,
  type varchar(30) NOT NULL DEFAULT 'report',
  color varchar(255) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL,
  disabled boolean NOT NULL DEFAULT false,
  require_approval boolean NOT NULL DEFAULT true,
  everyone_can_create boolean NOT NULL DEFAULT true,
  hide_author boolean NOT NULL DEFAULT false,
  hide_location boolean NOT NULL DEFAULT false,
  hide_time boolean NOT NULL DEFAULT false,
  targeted_survey boolean NOT NULL DEFAULT false,
  base_language varchar(255) NOT NULL DEFAULT 'en'
);
INSERT INTO forms (name, description, type, color, created, updated, disabled, require_approval, everyone_can_create, hide_author, hide_location, hide_time, targeted_survey, base_language) VALUES
 ('Flood report', 'Tell us where water is rising, roads are cut or people need rescue. Reports are checked by a volunteer before they are published.', 'report', '#2274A5', 1711960000, 1714100000, false, true, true, true, false, false, false, 'en'),
 ('Displacement registration', 'For volunteers at evacuation sites: register each displaced household once. Not published.', 'report', '#E07A5F', 1712300000, 1715000000, false, true, false, true, true, false, false, 'en'),
 ('Needs check by SMS', 'Three questions sent by SMS to reporters in affected wards.', 'report', '#3D405B', 1713000000, 1713200000, false, true, false, true, true, true, true, 'sw'),
 ('Road and bridge status', 'Status of roads, bridges and ferry crossings for logistics partners.', 'report', '#81B29A', 1712500000, NULL, false, false, false, false, false, false, false, 'en'),
 ('Health facility status (pilot)', 'Whether dispensaries and health centres are open, flooded or cut off.', 'report', '#F2CC8F', 1713500000, 1714000000, true, true, false, false, false, false, false, 'en');

CREATE TABLE form_stages (
  id serial PRIMARY KEY,
  form_id integer NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  label varchar(150) NOT NULL,
  priority integer NOT NULL DEFAULT 99,
  icon varchar(100) DEFAULT NULL,
  required boolean NOT NULL DEFAULT false,
  type varchar(255) DEFAULT 'post',
  show_when_published boolean NOT NULL DEFAULT false,
  description text,
  task_is_internal_only boolean NOT NULL DEFAULT true
);
INSERT INTO form_stages (form_id, label, priority, icon, required, type, show_when_published, description, task_is_internal_only) VALUES
 (1, 'Report', 0, NULL, false, 'post', false, NULL, false),
 (1, 'Verification', 1, 'check', true, 'task', false, 'Call the reporter back and confirm the location and the number of people affected.', true),
 (2, 'Household', 0, NULL, false, 'post', false, NULL, false),
 (3, 'Survey', 0, NULL, false, 'post', false, NULL, false),
 (4, 'Road status', 0, NULL, false, 'post', false, NULL, false),
 (5, 'Facility', 0, NULL, false, 'post', false, NULL, false),
 (2, 'Referral', 1, 'share', false, 'task', false, 'Refer the household to a partner for food, shelter or health support.', true);

CREATE TABLE form_attributes (
  id serial PRIMARY KEY,
  key varchar(150) NOT NULL UNIQUE,
  label varchar(150) NOT NULL,
  instructions text,
  input varchar(30) NOT NULL DEFAULT 'text',
  type varchar(30) NOT NULL DEFAULT 'varchar',
  required boolean NOT NULL DEFAULT false,
  "default" varchar(150) DEFAULT NULL,
  priority integer NOT NULL DEFAULT 99,
  options text,
  cardinality integer NOT NULL DEFAULT 1,
  config text,
  form_stage_id integer DEFAULT NULL REFERENCES form_stages (id) ON DELETE CASCADE,
  response_private boolean NOT NULL DEFAULT false,
  description text
);
INSERT INTO form_attributes (key, label, instructions, input, type, required, "default", priority, options, cardinality, config, form_stage_id, response_private, description)
SELECT fixture_gen.uuid('fak', a.id), a.label, a.instr, a.input, a.type, a.req, NULL, a.pri, a.opts, a.card, a.cfg, a.stage, a.priv, a.descr
FROM (VALUES
 (1, 'Title', NULL, 'text', 'title', true, 1, NULL, 1, '[]', 1, false, NULL),
 (2, 'Description', NULL, 'text', 'description', true, 2, NULL, 1, '[]', 1, false, NULL),
 (3, 'Location', 'Drop a pin where the flooding is, or where you are.', 'location', 'point', false, 3, NULL, 1, '[]', 1, false, NULL),
 (4, 'Your name', NULL, 'text', 'varchar', false, 4, NULL, 1, '[]', 1, true, 'Only volunteers see your name.'),
 (5, 'Phone number', 'So a volunteer can call you back.', 'text', 'varchar', false, 5, NULL, 1, '[]', 1, true, NULL),
 (6, 'Village or ward', NULL, 'text', 'varchar', false, 6, NULL, 1, '[]', 1, false, NULL),
 (7, 'Water depth (metres)', NULL, 'number', 'decimal', false, 7, NULL, 1, '[]', 1, false, NULL),
 (8, 'People affected', NULL, 'number', 'int', false, 8, NULL, 1, '[]', 1, false, NULL),
 (9, 'Date of incident', NULL, 'date', 'datetime', false, 9, NULL, 1, '[]', 1, false, NULL),
 (10, 'Photo', NULL, 'upload', 'media', false, 10, NULL, 1, '[]', 1, false, NULL),
 (11, 'Categories', NULL, 'tags', 'tags', false, 11, '[1,2,3,4,5,6,7,8]', 0, '[]', 1, false, NULL),
 (12, 'Verification notes', 'What the reporter said on the call.', 'markdown', 'markdown', false, 1, NULL, 1, '[]', 2, true, NULL),
 (13, 'Confirmed on call', NULL, 'radio', 'varchar', true, 2, '["Yes","No","Could not reach"]', 1, '[]', 2, true, NULL),
 (14, 'Title', NULL, 'text', 'title', true, 1, NULL, 1, '[]', 3, false, NULL),
 (15, 'Description', NULL, 'text', 'description', false, 2, NULL, 1, '[]', 3, false, NULL),
 (16, 'Head of household', NULL, 'text', 'varchar', true, 3, NULL, 1, '[]', 3, true, NULL),
 (17, 'National ID number', 'Leave empty if the person has no ID card.', 'text', 'varchar', false, 4, NULL, 1, '[]', 3, true, NULL),
 (18, 'Household size', NULL, 'number', 'int', true, 5, NULL, 1, '[]', 3, false, NULL),
 (19, 'Date of birth (head)', NULL, 'date', 'datetime', false, 6, NULL, 1, '[]', 3, true, NULL),
 (20, 'Current site', NULL, 'select', 'varchar', true, 7, '["Garsen Primary School","Tarasaa Catholic Church","Hola Stadium camp","Ngao Secondary School","Madogo Mosque compound","Kipao evacuation site","Mororo Chief''s camp","Bura Irrigation Scheme hall","Garissa Showground camp","Idsowe AIC church"]', 1, '[]', 3, false, NULL),
 (21, 'Needs', 'Food, shelter, medicines, documents lost, special needs.', 'textarea', 'text', false, 8, NULL, 1, '[]', 3, true, NULL),
 (22, 'Shelter location', NULL, 'location', 'point', false, 9, NULL, 1, '[]', 3, true, NULL),
 (23, 'Contact phone', NULL, 'text', 'varchar', false, 10, NULL, 1, '[]', 3, true, NULL),
 (24, 'Watu wangapi katika nyumba yako? (How many people in your household?)', NULL, 'number', 'int', true, 1, NULL, 1, '[]', 4, false, NULL),
 (25, 'Je, mna maji safi? (Do you have clean water?)', NULL, 'text', 'varchar', true, 2, NULL, 1, '[]', 4, false, NULL),
 (26, 'Mnahitaji nini zaidi? (What do you need most?)', NULL, 'textarea', 'text', true, 3, NULL, 1, '[]', 4, false, NULL),
 (27, 'Road or bridge name', NULL, 'text', 'varchar', true, 1, NULL, 1, '[]', 5, false, NULL),
 (28, 'Passable', NULL, 'radio', 'varchar', true, 2, '["Open","Light vehicles only","Closed"]', 1, '[]', 5, false, NULL),
 (29, 'Facility name', NULL, 'text', 'varchar', true, 1, NULL, 1, '[]', 6, false, NULL),
 (30, 'Referred to', NULL, 'select', 'varchar', false, 1, '["Kenya Red Cross","County health","WFP food distribution","UNHCR protection desk","Catholic Relief"]', 1, '{"hxl":true}', 7, true, NULL)
) a(id, label, instr, input, type, req, pri, opts, card, cfg, stage, priv, descr) ORDER BY a.id;

CREATE TABLE form_roles (
  id serial PRIMARY KEY,
  form_id integer NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  role_id integer NOT NULL REFERENCES roles (id) ON DELETE CASCADE
);
INSERT INTO form_roles (form_id, role_id) VALUES (2, 1), (2, 3), (2, 4), (3, 1), (3, 4), (5, 4), (5, 1);

CREATE TABLE tags (
  id serial PRIMARY KEY,
  parent_id integer DEFAULT NULL REFERENCES tags (id),
  tag varchar(255) NOT NULL,
  slug varchar(255) NOT NULL,
  type varchar(20) NOT NULL DEFAULT 'category',
  color varchar(6) DEFAULT NULL,
  icon varchar(20) NOT NULL DEFAULT 'tag',
  description text,
  role text,
  priority integer NOT NULL DEFAULT 99,
  created integer NOT NULL DEFAULT 0,
  base_language varchar(255) NOT NULL DEFAULT 'en'
);
INSERT INTO tags (parent_id, tag, slug, type, color, icon, description, role, priority, created, base_language) VALUES
 (NULL, 'Rescue needed', 'rescue-needed', 'category', 'D62828', 'life-ring', 'People trapped by water who need a boat or evacuation.', NULL, 1, 1711960100, 'en'),
 (NULL, 'Displacement', 'displacement', 'category', 'F77F00', 'home', 'Households that left their homes.', NULL, 2, 1711960100, 'en'),
 (NULL, 'Road or bridge cut', 'road-or-bridge-cut', 'category', '6C757D', 'road', NULL, NULL, 3, 1711960100, 'en'),
 (NULL, 'Health', 'health', 'category', '2A9D8F', 'medkit', 'Disease outbreaks, medicines, damaged facilities.', NULL, 4, 1711960100, 'en'),
 (NULL, 'Water and sanitation', 'water-and-sanitation', 'category', '219EBC', 'tint', NULL, NULL, 5, 1711960100, 'en'),
 (NULL, 'Food', 'food', 'category', 'E9C46A', 'cutlery', NULL, NULL, 6, 1711960100, 'en'),
 (NULL, 'Livestock and crops', 'livestock-and-crops', 'category', '8AB17D', 'leaf', NULL, NULL, 7, 1711960100, 'en'),
 (NULL, 'Protection', 'protection', 'category', '9B5DE5', 'shield', 'Concerns reported confidentially; visible to the data team only.', '["admin","datateam"]', 8, 1712000000, 'en'),
 (4, 'Cholera / diarrhoea', 'cholera-diarrhoea', 'category', '2A9D8F', 'tag', NULL, NULL, 1, 1713100000, 'en'),
 (4, 'Snake bites', 'snake-bites', 'category', '2A9D8F', 'tag', NULL, NULL, 2, 1713100000, 'en'),
 (2, 'At evacuation site', 'at-evacuation-site', 'category', 'F77F00', 'tag', NULL, NULL, 1, 1712300000, 'en'),
 (2, 'With host family', 'with-host-family', 'category', 'F77F00', 'tag', NULL, NULL, 2, 1712300000, 'en'),
 (NULL, 'Verified', 'verified', 'status', '2B9348', 'check', 'Confirmed by a volunteer call.', '["admin","datateam","volunteer"]', 20, 1711960100, 'en'),
 (NULL, 'Duplicate', 'duplicate', 'status', 'ADB5BD', 'copy', NULL, '["admin","datateam"]', 21, 1711960100, 'en');

CREATE TABLE forms_tags (
  form_id integer NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  tag_id integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (form_id, tag_id)
);
INSERT INTO forms_tags SELECT 1, t FROM generate_series(1, 10) t;
INSERT INTO forms_tags VALUES (2, 2), (2, 11), (2, 12), (4, 3);

-- ---------------------------------------------------------------------------
-- Ushahidi: contacts (how residents reach the deployment), posts.

CREATE TABLE contacts (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE SET NULL,
  data_source varchar(150) DEFAULT NULL,
  type varchar(20) DEFAULT NULL,
  contact varchar(255) NOT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL,
  can_notify boolean NOT NULL DEFAULT false
);
CREATE INDEX contacts_data_source ON contacts (data_source);
-- contact c belongs to resident c of the pool (c <= 260).
INSERT INTO contacts (user_id, data_source, type, contact, created, updated, can_notify)
SELECT CASE WHEN c % 37 = 0 THEN 41 + c / 37 END,
       src, typ,
       CASE typ WHEN 'phone' THEN CASE WHEN src = 'smssync' THEN p.typed ELSE p.e164 END
                WHEN 'whatsapp' THEN 'whatsapp:' || p.e164
                WHEN 'email' THEN p.email
                ELSE p.twitter END,
       ugen.t('cc', c), CASE WHEN c % 3 = 0 THEN ugen.t('cu', c) END,
       c % 4 <> 0
FROM generate_series(1, 260) c JOIN ugen.p p ON p.i = c
CROSS JOIN LATERAL (SELECT CASE WHEN c % 10 < 5 THEN 'smssync' WHEN c % 10 = 5 THEN 'frontlinesms' WHEN c % 10 IN (6, 7) THEN 'twilio' WHEN c % 10 = 8 THEN 'email' ELSE 'twitter' END AS src) s
CROSS JOIN LATERAL (SELECT CASE src WHEN 'twilio' THEN 'whatsapp' WHEN 'email' THEN 'email' WHEN 'twitter' THEN 'twitter' ELSE 'phone' END AS typ) t
ORDER BY c;

-- The posts: 1-150 flood reports, 151-230 household registrations,
-- 231-260 SMS survey answers, 261-320 unstructured posts made from
-- incoming messages, 321-340 road status.
CREATE TABLE ugen.post (id int PRIMARY KEY, form_id int, who int, user_id int, title text, content text, msg int);
INSERT INTO ugen.post
SELECT s.n, 1, r, CASE WHEN s.n % 3 = 0 THEN 9 + s.n % 30 WHEN s.n % 7 = 1 THEN 42 + s.n % 7 END,
       CASE fixture_gen.n('pt1', s.n, 7)
         WHEN 0 THEN 'Flooding in ' || pl.village
         WHEN 1 THEN 'Road cut between ' || pl.village || ' and ' || pl2.village
         WHEN 2 THEN 'Family stranded at ' || pl.village
         WHEN 3 THEN p.name || ' needs evacuation at ' || pl.village
         WHEN 4 THEN 'Water rising near ' || pl.village || ' dispensary'
         WHEN 5 THEN 'Livestock swept away, ' || pl.ward
         ELSE 'Houses collapsed in ' || pl.village || ' (' || pl.ward || ')' END,
       CASE fixture_gen.n('pc1', s.n, 9)
         WHEN 0 THEN 'Water entered the houses near the river last night. About ' || (5 + s.n % 40) || ' families have moved to higher ground with their goats. We need tents and mosquito nets.'
         WHEN 1 THEN 'The murram road to ' || pl2.village || ' is under water for about 2 km. Boda bodas cannot pass and the matatu stopped at the junction.'
         WHEN 2 THEN 'My name is ' || p.name || '. Our home in ' || pl.village || ' is flooded and my mother is sick, we need a boat. Call me on ' || p.typed || '.'
         WHEN 3 THEN 'Old man ' || ugen.fn('pcx', s.n) || ' ' || p.last || ' refused to leave his shamba and is now on the roof. Neighbours say he is 80 years.'
         WHEN 4 THEN 'Latrines at the school overflowed into the water. Children are drinking from the river. Risk of cholera.'
         WHEN 5 THEN 'Maji yamefika ndani ya nyumba zetu hapa ' || pl.village || '. Watu ' || (3 + s.n % 12) || ' tumekwama. Tunaomba msaada wa chakula.'
         WHEN 6 THEN 'The ferry at ' || pl.village || ' is not operating since Tuesday. Traders are stuck on the other side.'
         WHEN 7 THEN 'Please help ' || ugen.fn('pcy', s.n) || ', she is pregnant and due this week, the road to Garsen hospital is cut. Her husband ' || ugen.fn('pcz', s.n) || ' is on ' || ugen.typed(ugen.e164('pcp', s.n), 'pct', s.n) || '.'
         ELSE 'Crops destroyed in the irrigation scheme, maize and bananas all under water.' END,
       NULL
FROM generate_series(1, 150) s(n)
CROSS JOIN LATERAL (SELECT 1 + (s.n * 7) % 260 AS r) rr
JOIN ugen.p p ON p.i = rr.r
JOIN ugen.place pl ON pl.pk = p.pk
JOIN ugen.place pl2 ON pl2.pk = (p.pk + 1 + s.n % 5) % 24;

INSERT INTO ugen.post
SELECT s.n, 2, 200 + (s.n - 150), 9 + s.n % 30,
       CASE WHEN s.n % 2 = 0 THEN 'Household registration - ' || h.name ELSE 'Registration ' || ugen.site('hs', s.n) || ' #' || (s.n - 150) END,
       CASE fixture_gen.n('pc2', s.n, 6)
         WHEN 0 THEN 'Registered at the site. Lost ID card and school certificates in the flood.'
         WHEN 1 THEN 'Head of household is diabetic and has no insulin since the house flooded.'
         WHEN 2 THEN ''
         WHEN 3 THEN 'Arrived with ' || (2 + s.n % 6) || ' children, wife stayed behind with the cattle.'
         WHEN 4 THEN 'Elderly mother uses a wheelchair, needs a space near the latrines.'
         ELSE 'Family moved from ' || pl.village || ' by canoe. No injuries.' END,
       NULL
FROM generate_series(151, 230) s(n)
JOIN ugen.p h ON h.i = 200 + (s.n - 150)
JOIN ugen.place pl ON pl.pk = h.pk;

INSERT INTO ugen.post
SELECT i, 3, 1 + (i * 11) % 260, NULL, NULL, NULL, NULL FROM generate_series(231, 260) i;

INSERT INTO ugen.post
SELECT 260 + m / 6, NULL, NULL, NULL, NULL, NULL, m FROM generate_series(6, 360, 6) m;

INSERT INTO ugen.post
SELECT i, 4, NULL, 2 + i % 7,
       fixture_gen.pick(ARRAY['Garsen-Witu road', 'Hola-Garsen road (B8)', 'Bura-Hola road', 'Madogo bridge', 'Tarasaa causeway', 'Ngao ferry', 'Garissa-Madogo bridge', 'Kipini jetty road'], 'rs', i) || ': ' || fixture_gen.pick(ARRAY['closed', 'light vehicles only', 'open again', 'closed'], 'rst', i),
       fixture_gen.pick(ARRAY['Checked by the county roads engineer this morning.', 'KeRRA has placed barriers. Use the Lamu route.', 'Water 60 cm over the deck, lorries turned back.', 'Reopened after the water went down; potholes on both approaches.'], 'rsc', i),
       NULL
FROM generate_series(321, 340) i;

CREATE TABLE posts (
  id serial PRIMARY KEY,
  parent_id integer DEFAULT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_id integer DEFAULT NULL REFERENCES forms (id) ON DELETE SET NULL,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE SET NULL,
  type varchar(20) NOT NULL DEFAULT 'report',
  title varchar(255) DEFAULT NULL,
  slug varchar(150) DEFAULT NULL UNIQUE,
  content text,
  author_email varchar(150) DEFAULT NULL,
  author_realname varchar(150) DEFAULT NULL,
  status varchar(20) NOT NULL DEFAULT 'draft',
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL,
  locale varchar(5) NOT NULL DEFAULT 'en_us',
  post_date timestamp(0) DEFAULT NULL,
  base_language varchar(255) NOT NULL DEFAULT 'en'
);
CREATE INDEX posts_status ON posts (status);
CREATE INDEX posts_type ON posts (type);
-- titles and contents of the unstructured posts come from their message;
-- filled after messages are loaded.
INSERT INTO posts (id, parent_id, form_id, user_id, type, title, slug, content, author_email, author_realname, status, created, updated, locale, post_date, base_language)
SELECT x.id, CASE WHEN x.id IN (14, 88) THEN x.id - 1 END, x.form_id, x.user_id, 'report',
       x.title, CASE WHEN x.title IS NOT NULL THEN left(ugen.slug(x.title), 140) || '-' || x.id END, x.content,
       CASE WHEN x.form_id = 1 AND x.user_id IS NULL AND x.id % 5 IN (1, 2) THEN p.email END,
       CASE WHEN x.form_id = 1 AND x.user_id IS NULL AND x.id % 5 IN (1, 2, 3) THEN CASE WHEN x.id % 4 = 0 THEN p.first ELSE p.name END END,
       CASE WHEN x.form_id IN (2, 3) THEN 'draft' WHEN x.id % 9 = 0 THEN 'draft' WHEN x.id % 13 = 0 THEN 'archived' ELSE 'published' END,
       c.t, CASE WHEN x.id % 4 <> 0 THEN c.t + fixture_gen.n('pup', x.id, 200000) END,
       CASE WHEN x.id % 6 = 5 THEN 'sw_KE' ELSE 'en_US' END,
       ugen.dt(c.t - fixture_gen.n('ppd', x.id, 20000)),
       CASE WHEN x.id % 6 = 5 OR x.form_id = 3 THEN 'sw' ELSE 'en' END
FROM ugen.post x LEFT JOIN ugen.p p ON p.i = x.who
CROSS JOIN LATERAL (SELECT ugen.t('pcr', x.id) AS t) c
ORDER BY x.id;

-- ---------------------------------------------------------------------------
-- Ushahidi: media (photos sent with reports, layer files, the logo).

CREATE TABLE media (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE SET NULL,
  mime varchar(50) NOT NULL,
  caption varchar(255) NOT NULL DEFAULT '',
  o_filename varchar(255) NOT NULL,
  o_size integer NOT NULL,
  o_width integer DEFAULT NULL,
  o_height integer DEFAULT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
-- media 1-50 belong to flood reports 1, 4, ..., 148.
INSERT INTO media (user_id, mime, caption, o_filename, o_size, o_width, o_height, created, updated)
SELECT x.user_id, 'image/jpeg',
       CASE fixture_gen.n('mcap', m, 6) WHEN 0 THEN '' WHEN 1 THEN '' WHEN 2 THEN 'Water at ' || pl.village || ' this morning'
            WHEN 3 THEN p.name || ' and her children outside the house' WHEN 4 THEN 'Picha ya daraja ' || pl.village ELSE 'Mzee ' || p.last || ' on the roof' END,
       substr(h, 1, 1) || '/' || substr(h, 2, 1) || '/' || h || '-' ||
       CASE fixture_gen.n('mfn', m, 4) WHEN 0 THEN 'IMG-202404' || lpad((10 + m % 20)::text, 2, '0') || '-WA00' || lpad((m % 90)::text, 2, '0') || '.jpg'
            WHEN 1 THEN lower(fixture_gen.ascii(p.first)) || '_' || lower(fixture_gen.ascii(p.last)) || '_house.jpg'
            WHEN 2 THEN 'IMG_2024041' || (m % 10) || '_' || fixture_gen.digits('mfd', m, 6) || '.jpg'
            ELSE 'flood_' || lower(replace(pl.village, ' ', '_')) || '.jpeg' END,
       40000 + fixture_gen.n('msz', m, 3000000), 1600, 1200, c.t, CASE WHEN m % 5 = 0 THEN c.t + 600 END
FROM generate_series(1, 50) m
JOIN ugen.post x ON x.id = 3 * m - 2
JOIN ugen.p p ON p.i = x.who JOIN ugen.place pl ON pl.pk = p.pk
CROSS JOIN LATERAL (SELECT substr(md5('media' || m), 1, 13) AS h, ugen.t('pcr', 3 * m - 2) AS t) c
ORDER BY m;
INSERT INTO media (user_id, mime, caption, o_filename, o_size, o_width, o_height, created, updated) VALUES
 (2, 'application/vnd.google-earth.kml+xml', 'UNOSAT flood extent 28 April', 'a/1/a1c0e4f92b7d1-unosat_fl20240428ken_tana.kml', 2480133, NULL, NULL, 1714400000, NULL),
 (2, 'application/vnd.google-earth.kml+xml', '', 'b/7/b7d1a4e0c9f33-evacuation_sites_v3.kml', 88213, NULL, NULL, 1713000000, 1714900000),
 (3, 'image/png', 'Coalition logo', '0/4/04aa1c92de0ff-tfrc_logo.png', 40211, 512, 512, 1711960000, NULL),
 (5, 'application/geo+json', '', 'c/3/c3f0e8a1b2d4e-ward_boundaries_tana_garissa.geojson', 1903221, NULL, NULL, 1712100000, NULL),
 (4, 'image/jpeg', 'Volunteer training at Hola, 6 April', '9/9/99ab3c1f7e2d0-training_hola.jpg', 812003, 2048, 1536, 1712500000, NULL),
 (NULL, 'image/jpeg', '', 'e/2/e21f09c4b8a7d-IMG-20240503-WA0007.jpg', 310442, 1280, 960, 1714730000, NULL),
 (NULL, 'image/jpeg', '', 'f/5/f5a8b3d2c1e09-20240505_081233.jpg', 2203110, 4000, 3000, 1714890000, NULL),
 (7, 'application/vnd.google-earth.kml+xml', 'Road closures', '3/8/38e4c2b1a0f9d-road_closures_may.kml', 45021, NULL, NULL, 1715000000, 1715600000);

-- ---------------------------------------------------------------------------
-- Ushahidi: post values, one table per type.

CREATE TABLE post_varchar (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value varchar(255) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_varchar (post_id, form_attribute_id, value, created)
SELECT v.post_id, v.attr, v.value, ugen.t('pcr', v.post_id) + 60 FROM (
  SELECT x.id AS post_id, 4 AS attr, CASE WHEN x.id % 4 = 0 THEN p.first ELSE p.name END AS value, 1 AS o FROM ugen.post x JOIN ugen.p p ON p.i = x.who WHERE x.form_id = 1 AND x.id % 10 < 7
  UNION ALL SELECT x.id, 5, p.typed, 2 FROM ugen.post x JOIN ugen.p p ON p.i = x.who WHERE x.form_id = 1 AND x.id % 10 < 6
  UNION ALL SELECT x.id, 6, CASE WHEN x.id % 3 = 0 THEN pl.ward ELSE pl.village END, 3 FROM ugen.post x JOIN ugen.p p ON p.i = x.who JOIN ugen.place pl ON pl.pk = p.pk WHERE x.form_id = 1
  UNION ALL SELECT x.id, 13, fixture_gen.pick(ARRAY['Yes', 'Yes', 'Yes', 'No', 'Could not reach'], 'pvc', x.id), 4 FROM ugen.post x WHERE x.form_id = 1 AND x.id % 3 <> 2
  UNION ALL SELECT x.id, 16, h.name, 1 FROM ugen.post x JOIN ugen.p h ON h.i = x.who WHERE x.form_id = 2
  UNION ALL SELECT x.id, 17, h.idno, 2 FROM ugen.post x JOIN ugen.p h ON h.i = x.who WHERE x.form_id = 2 AND x.id % 5 <> 0
  UNION ALL SELECT x.id, 20, ugen.site('hs', x.id), 3 FROM ugen.post x WHERE x.form_id = 2
  UNION ALL SELECT x.id, 23, h.typed, 4 FROM ugen.post x JOIN ugen.p h ON h.i = x.who WHERE x.form_id = 2 AND x.id % 4 <> 0
  UNION ALL SELECT x.id, 30, fixture_gen.pick(ARRAY['Kenya Red Cross', 'County health', 'WFP food distribution', 'UNHCR protection desk', 'Catholic Relief'], 'pvr', x.id), 5 FROM ugen.post x WHERE x.form_id = 2 AND x.id % 3 = 0
  UNION ALL SELECT x.id, 25, fixture_gen.pick(ARRAY['Ndio', 'Hapana', 'ndio', 'No', 'Yes', 'Hapana, tunakunywa maji ya mto'], 'pva', x.id), 1 FROM ugen.post x WHERE x.form_id = 3
  UNION ALL SELECT x.id, 27, split_part(x.title, ':', 1), 1 FROM ugen.post x WHERE x.form_id = 4
  UNION ALL SELECT x.id, 28, fixture_gen.pick(ARRAY['Open', 'Light vehicles only', 'Closed', 'Closed'], 'rst', x.id), 2 FROM ugen.post x WHERE x.form_id = 4
) v ORDER BY v.post_id, v.o;

CREATE TABLE post_text (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value text,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_text (post_id, form_attribute_id, value, created)
SELECT x.id, CASE WHEN x.form_id = 2 THEN 21 ELSE 26 END,
       CASE WHEN x.form_id = 2 THEN CASE fixture_gen.n('ptn', x.id, 7)
              WHEN 0 THEN 'Food for ' || (3 + x.id % 8) || ' people, blankets, a tarpaulin.'
              WHEN 1 THEN 'Insulin for the head of household (diabetic). Lost all documents.'
              WHEN 2 THEN 'Daughter ' || ugen.fn('ptd', x.id) || ' (14) is missing since the night of the flood, last seen at ' || ugen.site('pts', x.id) || '.'
              WHEN 3 THEN 'Mosquito nets, jerrycans, soap.'
              WHEN 4 THEN 'HIV positive, needs ARV refill; asked us not to tell the neighbours.'
              WHEN 5 THEN NULL
              ELSE 'Replacement ID card and birth certificates for the children; school uniforms.' END
       ELSE fixture_gen.pick(ARRAY['Chakula', 'chakula na maji safi', 'Dawa za malaria', 'Tents, our house fell', 'Boat to go back and get our goats',
              'Nothing now, thank you', 'Unga na mafuta', 'My father ' || ugen.fn('ptf', x.id) || ' needs his blood pressure tablets'], 'ptq', x.id) END,
       ugen.t('pcr', x.id) + 120
FROM ugen.post x WHERE x.form_id IN (2, 3) AND NOT (x.form_id = 2 AND x.id % 6 = 0)
ORDER BY x.id;

CREATE TABLE post_int (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value integer DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_int (post_id, form_attribute_id, value, created)
SELECT x.id, CASE x.form_id WHEN 1 THEN 8 WHEN 2 THEN 18 ELSE 24 END,
       CASE x.form_id WHEN 1 THEN 1 + fixture_gen.n('pi1', x.id, 300) ELSE 1 + fixture_gen.n('pi2', x.id, 12) END,
       ugen.t('pcr', x.id) + 60
FROM ugen.post x WHERE x.form_id IN (1, 2, 3) AND x.id % 8 <> 3 ORDER BY x.id;

CREATE TABLE post_decimal (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value numeric(12,4) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_decimal (post_id, form_attribute_id, value, created)
SELECT x.id, 7, round((10 + fixture_gen.n('pd', x.id, 240)) / 100.0, 2), ugen.t('pcr', x.id) + 60
FROM ugen.post x WHERE x.form_id = 1 AND x.id % 2 = 0 ORDER BY x.id;

CREATE TABLE post_datetime (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value timestamp(0) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_datetime (post_id, form_attribute_id, value, created)
SELECT v.id, v.attr, v.value, ugen.t('pcr', v.id) + 60 FROM (
  SELECT x.id, 9 AS attr, date_trunc('day', ugen.dt(ugen.t('pcr', x.id) - fixture_gen.n('pdi', x.id, 200000))) AS value FROM ugen.post x WHERE x.form_id = 1 AND x.id % 4 <> 2
  UNION ALL SELECT x.id, 19, h.dob::timestamp FROM ugen.post x JOIN ugen.p h ON h.i = x.who WHERE x.form_id = 2 AND x.id % 3 <> 0
) v ORDER BY v.id;

CREATE TABLE post_point (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value point DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_point (post_id, form_attribute_id, value, created)
SELECT x.id, CASE WHEN x.form_id = 1 THEN 3 ELSE 22 END,
       point(p.lon + fixture_gen.n('ppx', x.id, 100) / 100000.0, p.lat + fixture_gen.n('ppy', x.id, 100) / 100000.0),
       ugen.t('pcr', x.id) + 60
FROM ugen.post x JOIN ugen.p p ON p.i = x.who WHERE x.form_id IN (1, 2) AND x.id % 7 <> 4 ORDER BY x.id;

CREATE TABLE post_media (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value integer DEFAULT NULL REFERENCES media (id) ON DELETE SET NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_media (post_id, form_attribute_id, value, created)
SELECT 3 * m - 2, 10, m, ugen.t('pcr', 3 * m - 2) + 30 FROM generate_series(1, 50) m;

CREATE TABLE post_tags (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer DEFAULT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  tag_id integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_tags (post_id, form_attribute_id, tag_id, created)
SELECT x.id, 11, t.tag, ugen.t('pcr', x.id) + 90
FROM ugen.post x
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('pt1', x.id, 8) AS tag UNION SELECT CASE WHEN x.id % 3 = 0 THEN 13 WHEN x.id % 5 = 0 THEN 9 ELSE 1 + fixture_gen.n('pt2', x.id, 7) END) t
WHERE x.form_id = 1 ORDER BY x.id, t.tag;

CREATE TABLE post_markdown (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  value text,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO post_markdown (post_id, form_attribute_id, value, created)
SELECT x.id, 12,
       CASE fixture_gen.n('pmk', x.id, 6)
         WHEN 0 THEN '**Confirmed.** Spoke to ' || p.first || ', about ' || (4 + x.id % 30) || ' households affected. Water still rising.'
         WHEN 1 THEN 'No answer twice; called the chief of ' || pl.ward || ' who confirmed the road is cut.'
         WHEN 2 THEN 'Reporter says the family was moved by the Red Cross boat. *Close.*'
         WHEN 3 THEN 'Called ' || p.typed || ', the reporter is the neighbour, not the family. Family head is ' || ugen.fn('pmf', x.id) || ' ' || p.last || '.'
         WHEN 4 THEN '- location checked on the call' || chr(10) || '- photo matches' || chr(10) || '- duplicate of an earlier SMS'
         ELSE 'Wrong number, the person knew nothing about it.' END,
       ugen.t('pcr', x.id) + 3600 + fixture_gen.n('pmt', x.id, 80000)
FROM ugen.post x JOIN ugen.p p ON p.i = x.who JOIN ugen.place pl ON pl.pk = p.pk
WHERE x.form_id = 1 AND x.id % 3 <> 2 ORDER BY x.id;

CREATE TABLE form_stages_posts (
  form_stage_id integer NOT NULL REFERENCES form_stages (id) ON DELETE CASCADE,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  completed boolean NOT NULL DEFAULT false,
  PRIMARY KEY (form_stage_id, post_id)
);
INSERT INTO form_stages_posts
SELECT CASE x.form_id WHEN 1 THEN 2 ELSE 7 END, x.id, CASE WHEN x.form_id = 1 THEN x.id % 3 <> 2 ELSE x.id % 3 = 0 END
FROM ugen.post x WHERE x.form_id IN (1, 2) ORDER BY x.id;

-- ---------------------------------------------------------------------------
-- Ushahidi: messages in (SMS, WhatsApp, email, Twitter) and out.

CREATE TABLE messages (
  id serial PRIMARY KEY,
  parent_id integer DEFAULT NULL REFERENCES messages (id) ON DELETE SET NULL,
  contact_id integer DEFAULT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  post_id integer DEFAULT NULL REFERENCES posts (id) ON DELETE SET NULL,
  data_source varchar(150) DEFAULT NULL,
  data_source_message_id varchar(511) DEFAULT NULL,
  title varchar(255) DEFAULT NULL,
  message text NOT NULL,
  datetime timestamp(0) DEFAULT NULL,
  type varchar(20) DEFAULT NULL,
  status varchar(20) NOT NULL DEFAULT 'pending',
  direction varchar(20) NOT NULL DEFAULT 'incoming',
  created integer NOT NULL DEFAULT 0,
  additional_data text,
  notification_post_id integer DEFAULT NULL REFERENCES posts (id) ON DELETE SET NULL,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX messages_data_source ON messages (data_source);
CREATE INDEX messages_status ON messages (status);

INSERT INTO messages (parent_id, contact_id, post_id, data_source, data_source_message_id, title, message, datetime, type, status, direction, created, additional_data, notification_post_id, user_id)
SELECT NULL, c.id, CASE WHEN m % 6 = 0 THEN 260 + m / 6 END, c.data_source,
       CASE c.data_source WHEN 'twilio' THEN 'SM' || fixture_gen.hexn('mid', m, 32)
            WHEN 'smssync' THEN fixture_gen.uuid('mid', m)
            WHEN 'frontlinesms' THEN (880000 + m)::text
            WHEN 'email' THEN '<CA' || fixture_gen.chars('mid', m, 40) || '@mail.gmail.com>'
            ELSE (1785000000000000000 + fixture_gen.n('mid', m, 999999999)::bigint * 1000)::text END,
       CASE WHEN c.type = 'email' THEN CASE fixture_gen.n('mti', m, 5) WHEN 0 THEN 'Flooding in ' || pl.village || ' - urgent'
            WHEN 1 THEN 'Report from ' || p.name WHEN 2 THEN 'Re: your report' WHEN 3 THEN 'Evacuation request' ELSE 'FW: Situation in ' || pl.ward END END,
       CASE WHEN c.type = 'twitter' THEN '@TanaFloodWatch ' ELSE '' END ||
       CASE fixture_gen.n('mtx', m, 14)
         WHEN 0 THEN 'Maji imefika nyumbani kwetu ' || pl.village || ', watu ' || (3 + m % 9) || ' tumekwama juu ya paa. Tafadhali msaada.'
         WHEN 1 THEN 'Water has reached the school in ' || pl.village || ', about ' || (5 + m % 40) || ' families moved to the church. Need tents and food.'
         WHEN 2 THEN 'This is ' || p.name || ', my mother ' || ugen.fn('mf2', m) || ' is sick and we cannot reach Garsen hospital because the road is cut. Call me on ' || p.typed || '.'
         WHEN 3 THEN 'Bridge at ' || pl.village || ' washed away this morning, no vehicles can pass.'
         WHEN 4 THEN 'Please help, my house collapsed. I am ' || p.name || ', ID ' || p.idno || ', we are ' || (4 + m % 8) || ' people sleeping at ' || ugen.site('msi', m) || '.'
         WHEN 5 THEN 'Boat needed at ' || pl.village || ', old man stuck, family of ' || p.last || '.'
         WHEN 6 THEN 'Cholera cases near ' || pl.village || ' dispensary, ' || (2 + m % 9) || ' children with diarrhoea since Monday.'
         WHEN 7 THEN fixture_gen.pick(ARRAY['Ndio', '5', '7', 'Hapana', 'chakula', 'STOP', 'Yes', '3'], 'msv', m)
         WHEN 8 THEN 'FLOOD ' || upper(pl.village) || ' ' || (1 + m % 30)
         WHEN 9 THEN 'Asante sana kwa msaada wa jana. Bado tunahitaji maji safi.'
         WHEN 10 THEN 'Is the Garsen-Witu road open? I need to take my wife ' || ugen.fn('mf2', m) || ' to the clinic.'
         WHEN 11 THEN 'Snake bit my son at ' || ugen.site('msi', m) || ', there is no antivenom at the dispensary. ' || p.name || ' ' || p.typed
         WHEN 12 THEN 'Tumepoteza mifugo yote ' || pl.village || '. Ng''ombe ' || (2 + m % 20) || ' na mbuzi ' || (5 + m % 40) || '.'
         ELSE 'Can you send the list of evacuation centres in ' || pl.ward || '?' END ||
       CASE WHEN c.type = 'email' THEN E'\n\n' || CASE WHEN m % 2 = 0 THEN 'Regards,' || E'\n' || p.name || E'\n' || p.typed ELSE 'Sent from my Android' END ELSE '' END,
       ugen.dt(ugen.t('mt', m)),
       CASE c.type WHEN 'phone' THEN 'sms' ELSE c.type END,
       'received', 'incoming', ugen.t('mt', m) + fixture_gen.n('mtc', m, 90),
       CASE c.data_source
         WHEN 'twilio' THEN json_build_object('ProfileName', CASE WHEN m % 4 = 0 THEN p.first || ' 🌊' ELSE p.name END, 'WaId', substr(p.e164, 2), 'NumMedia', (m % 3 = 0)::int::text,
                                             'To', 'whatsapp:+14155238886', 'SmsStatus', 'received')::text
         WHEN 'email' THEN json_build_object('from', p.name || ' <' || p.email || '>', 'to', 'reports@tanaresponse.org', 'date', to_char(ugen.dt(ugen.t('mt', m)), 'Dy, DD Mon YYYY HH24:MI:SS') || ' +0300')::text
         WHEN 'twitter' THEN json_build_object('location', CASE WHEN m % 2 = 0 THEN json_build_array(json_build_object('type', 'Point', 'coordinates', json_build_array(p.lon, p.lat))) END,
                                              'user', json_build_object('screen_name', p.twitter, 'name', p.name))::text
         WHEN 'smssync' THEN json_build_object('sent_to', '+254700123456', 'device_id', 'SMSSync-Garsen-01', 'message_id', fixture_gen.uuid('mid', m))::text
         ELSE NULL END,
       NULL, NULL
FROM generate_series(1, 360) m
JOIN contacts c ON c.id = 1 + (m * 13) % 260
JOIN ugen.p p ON p.i = c.id JOIN ugen.place pl ON pl.pk = p.pk
ORDER BY m;

-- outgoing: survey questions, notifications of new reports in a set, and
-- volunteers' replies.
INSERT INTO messages (parent_id, contact_id, post_id, data_source, data_source_message_id, title, message, datetime, type, status, direction, created, additional_data, notification_post_id, user_id)
SELECT CASE WHEN kind = 2 THEN 1 + (m * 29) % 360 END, c.id, NULL, c.data_source,
       CASE WHEN m % 9 = 0 THEN NULL WHEN c.data_source = 'twilio' THEN 'SM' || fixture_gen.hexn('mod', m, 32) ELSE fixture_gen.uuid('mod', m) END,
       NULL,
       CASE kind WHEN 0 THEN fixture_gen.pick(ARRAY['Watu wangapi katika nyumba yako? (How many people in your household?)', 'Je, mna maji safi? (Do you have clean water?)', 'Mnahitaji nini zaidi? (What do you need most?)'], 'moq', m)
              WHEN 1 THEN 'New report in your area: ' || coalesce(x.title, 'Flood report') || ' https://floodwatch.tanaresponse.org/feed/' || x.id || '/view'
              ELSE fixture_gen.pick(ARRAY['Hello ' || p.first || ', a boat from the Red Cross is on the way to ' || pl.village || '. Stay on the roof.',
                                          'Asante ' || p.first || '. Tumepokea ripoti yako.', 'We could not reach you on ' || p.typed || ', please call 0800 720 300 (free).',
                                          'Evacuation centres in ' || pl.ward || ': ' || ugen.site('mos', m) || '.'], 'mor', m) END,
       ugen.dt(ugen.t('mo', m)), CASE c.type WHEN 'phone' THEN 'sms' ELSE c.type END,
       CASE WHEN m % 9 = 0 THEN 'failed' WHEN m % 11 = 0 THEN 'pending' ELSE 'sent' END, 'outgoing', ugen.t('mo', m), NULL,
       CASE WHEN kind = 1 THEN x.id END, CASE WHEN kind = 2 THEN 9 + m % 30 END
FROM generate_series(361, 420) m
CROSS JOIN LATERAL (SELECT m % 3 AS kind) kk
JOIN contacts c ON c.id = 1 + (m * 17) % 260 AND c.type IN ('phone', 'whatsapp', 'email')
JOIN ugen.p p ON p.i = c.id JOIN ugen.place pl ON pl.pk = p.pk
JOIN ugen.post x ON x.id = 1 + (m * 7) % 150
ORDER BY m;

-- the unstructured posts take their title and text from their message.
UPDATE posts SET title = left(m.message, 40), content = m.message, slug = left(ugen.slug(left(m.message, 40)), 140) || '-' || posts.id,
  locale = CASE WHEN m.message ~ '(Maji|Tume|Asante|Ndio|Hapana)' THEN 'sw_KE' ELSE 'en_US' END
FROM messages m WHERE m.post_id = posts.id;

CREATE TABLE targeted_survey_state (
  id serial PRIMARY KEY,
  form_id integer NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  contact_id integer NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  message_id integer DEFAULT NULL REFERENCES messages (id) ON DELETE SET NULL,
  form_attribute_id integer DEFAULT NULL REFERENCES form_attributes (id) ON DELETE SET NULL,
  survey_status varchar(255) NOT NULL DEFAULT 'PENDING',
  created integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0
);
INSERT INTO targeted_survey_state (form_id, post_id, contact_id, message_id, form_attribute_id, survey_status, created, updated)
SELECT 3, x.id, x.who, CASE WHEN x.id % 4 <> 0 THEN 361 + (x.id * 3) % 40 END,
       CASE WHEN x.id % 5 = 0 THEN NULL ELSE 24 + x.id % 3 END,
       fixture_gen.pick(ARRAY['SURVEY FINISHED', 'SURVEY FINISHED', 'PENDING RESPONSE', 'RECEIVED RESPONSE', 'INVALID RESPONSE', 'SURVEY FINISHED'], 'tss', x.id),
       1713000000 + x.id * 60, 1713000000 + x.id * 60 + fixture_gen.n('tsu', x.id, 300000)
FROM ugen.post x WHERE x.form_id = 3 ORDER BY x.id;

-- ---------------------------------------------------------------------------
-- Ushahidi: collections and saved searches, notifications.

CREATE TABLE sets (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE SET NULL,
  name varchar(255) NOT NULL,
  description varchar(255) NOT NULL DEFAULT '',
  filter text,
  view varchar(255) NOT NULL DEFAULT 'list',
  view_options text,
  role text,
  featured boolean NOT NULL DEFAULT false,
  search boolean NOT NULL DEFAULT false,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO sets (user_id, name, description, filter, view, view_options, role, featured, search, created, updated)
SELECT 1 + (s * 5) % 41,
       CASE WHEN s <= 6 THEN (ARRAY['Rescue requests (unverified)', 'Published flood reports', 'Garsen wards', 'Health concerns', 'Roads and bridges', 'Protection (restricted)'])[s]
            WHEN s % 2 = 0 THEN 'Saved search ' || s ELSE fixture_gen.pick(ARRAY['Follow-up calls', 'For the Red Cross boats', 'Duplicates to merge', 'Daily sitrep', 'HDX export', 'Hola camp', 'Check photos'], 'sn', s) END,
       CASE WHEN s <= 6 THEN fixture_gen.pick(ARRAY['', 'Shared with partner agencies', 'For the 8 a.m. coordination call'], 'sd', s) ELSE '' END,
       CASE WHEN s % 2 = 0 OR s <= 6 THEN json_build_object('status', CASE WHEN s % 3 = 0 THEN json_build_array('draft') ELSE json_build_array('published', 'draft') END,
              'tags', json_build_array(1 + s % 8), 'form', json_build_array(1 + s % 3),
              'q', CASE s % 5 WHEN 0 THEN (SELECT p.typed FROM ugen.p p WHERE p.i = s * 3) WHEN 1 THEN (SELECT p.last FROM ugen.p p WHERE p.i = s * 3)
                          WHEN 2 THEN (SELECT pl.village FROM ugen.place pl WHERE pl.pk = s % 24) ELSE NULL END,
              'center_point', CASE WHEN s % 4 = 0 THEN '-2.27,40.12' END, 'within_km', CASE WHEN s % 4 = 0 THEN 10 END,
              'created_after', CASE WHEN s % 3 = 1 THEN '2024-04-20' END)::text END,
       CASE WHEN s % 3 = 0 THEN 'map' ELSE 'data' END,
       CASE WHEN s % 4 = 0 THEN '{"mode":"clustered","zoom":9}' ELSE '[]' END,
       CASE WHEN s = 6 THEN '["admin","datateam"]' WHEN s % 5 = 0 THEN '["admin","datateam","volunteer"]' END,
       s <= 3, s % 2 = 0, ugen.t('sc', s), CASE WHEN s % 3 <> 0 THEN ugen.t('su', s) END
FROM generate_series(1, 30) s ORDER BY s;

CREATE TABLE posts_sets (
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  set_id integer NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, set_id)
);
INSERT INTO posts_sets
SELECT DISTINCT 1 + (k * 37) % 340, CASE WHEN k % 2 = 0 THEN 1 + (k / 2) % 6 ELSE 7 + 2 * (k % 12) END FROM generate_series(1, 140) k ORDER BY 1, 2;

CREATE TABLE notifications (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  set_id integer NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO notifications (user_id, set_id, created, updated)
SELECT DISTINCT ON (1 + (k * 7) % 48, 1 + k % 6) 1 + (k * 7) % 48, 1 + k % 6, ugen.t('nc', k), CASE WHEN k % 4 = 0 THEN ugen.t('nu', k) END FROM generate_series(1, 44) k;

CREATE TABLE notification_queue (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  set_id integer NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO notification_queue (post_id, set_id, created)
SELECT 1 + (k * 11) % 150, 1 + k % 6, ugen.t('nq', k) FROM generate_series(1, 60) k;

-- ---------------------------------------------------------------------------
-- Ushahidi: settings, data-source credentials, API keys, webhooks, layers.

CREATE TABLE config (
  id serial PRIMARY KEY,
  group_name varchar(50) NOT NULL,
  config_key varchar(50) NOT NULL,
  config_value text NOT NULL,
  updated timestamp(0) NOT NULL DEFAULT '2024-04-01 00:00:00',
  UNIQUE (group_name, config_key)
);
INSERT INTO config (group_name, config_key, config_value, updated) VALUES
 ('site', 'name', '"Tana Flood Watch"', '2024-04-01 06:12:00'),
 ('site', 'description', '"Report flooding, displacement and needs along the Tana River and in Garissa. SMS 40404, WhatsApp +1 415 523 8886."', '2024-04-02 09:40:00'),
 ('site', 'email', '"info@tanaresponse.org"', '2024-04-01 06:12:00'),
 ('site', 'timezone', '"Africa/Nairobi"', '2024-04-01 06:12:00'),
 ('site', 'language', '"en-US"', '2024-04-01 06:12:00'),
 ('site', 'date_format', '"n/j/Y"', '2024-04-01 06:12:00'),
 ('site', 'client_url', '"https://floodwatch.tanaresponse.org"', '2024-04-01 06:12:00'),
 ('site', 'private', 'false', '2024-04-01 06:12:00'),
 ('site', 'first_login', 'false', '2024-04-01 07:00:00'),
 ('site', 'donation', '{"enabled":false,"title":"","description":"","wallet":""}', '2024-04-01 06:12:00'),
 ('features', 'data-providers', '{"smssync":true,"twilio":true,"email":true,"twitter":true,"frontlinesms":true,"nexmo":false,"outgoingemail":true}', '2024-04-01 06:20:00'),
 ('features', 'limits', '{"posts":true,"forms":true,"admin_users":true}', '2024-04-01 06:20:00'),
 ('features', 'hxl', '{"enabled":true}', '2024-04-20 11:00:00'),
 ('features', 'targeted-surveys', '{"enabled":true}', '2024-04-12 08:00:00'),
 ('map', 'default_view', '{"lat":-1.9,"lon":40.05,"zoom":8,"baselayer":"satellite","fit_map_boundaries":true,"icon":"map-marker","color":"#2274A5"}', '2024-04-03 10:00:00'),
 ('map', 'clustering', 'true', '2024-04-03 10:00:00'),
 ('map', 'cluster_radius', '50', '2024-04-03 10:00:00'),
 ('map', 'location_precision', '2', '2024-04-03 10:00:00'),
 ('data-provider', 'providers', '{"smssync":true,"twilio":true,"email":true,"twitter":true,"frontlinesms":true}', '2024-04-02 12:00:00'),
 ('twitter', 'since_id', '"1786001422210322432"', '2024-05-02 16:00:00'),
 ('gmail', 'authenticated', 'false', '2024-04-01 06:12:00'),
 ('deployment_id', 'deployment_id', '"tanafloodwatch"', '2024-04-01 06:12:00');
INSERT INTO config (group_name, config_key, config_value, updated) VALUES
 ('data-provider', 'smssync', json_build_object('secret', fixture_gen.chars('cfss', 1, 24), 'form_id', 1, 'intercept_incoming', true)::text, '2024-04-02 12:00:00'),
 ('data-provider', 'twilio', json_build_object('from', '+14155238886', 'account_sid', 'AC' || fixture_gen.hexn('cftw', 1, 32), 'auth_token', fixture_gen.hexn('cftt', 1, 32),
    'sms_auto_response', 'Asante! We received your report. A volunteer may call you back.', 'form_id', 1)::text, '2024-04-05 08:30:00'),
 ('data-provider', 'email', json_build_object('incoming_type', 'IMAP', 'incoming_server', 'imap.gmail.com', 'incoming_port', 993, 'incoming_security', 'SSL',
    'incoming_username', 'reports@tanaresponse.org', 'incoming_password', fixture_gen.chars('cfem', 1, 16, 'abcdefghijklmnopqrstuvwxyz'), 'form_id', 1)::text, '2024-04-02 12:00:00'),
 ('data-provider', 'twitter', json_build_object('consumer_key', fixture_gen.chars('cftk', 1, 25), 'consumer_secret', fixture_gen.chars('cfts', 1, 50),
    'oauth_access_token', '1766' || fixture_gen.digits('cfto', 1, 15) || '-' || fixture_gen.chars('cfto', 1, 30), 'oauth_access_token_secret', fixture_gen.chars('cftx', 1, 45),
    'twitter_search_terms', '#TanaFloods,@TanaFloodWatch,#GarsenFloods')::text, '2024-04-06 14:00:00'),
 ('data-provider', 'frontlinesms', json_build_object('key', fixture_gen.uuid('cffk', 1), 'secret', fixture_gen.chars('cffs', 1, 32), 'server_url', 'https://cloud.frontlinesms.com/api/1/webhook')::text, '2024-04-02 12:00:00'),
 ('data-provider', 'outgoingemail', json_build_object('from', 'no-reply@tanaresponse.org', 'from_name', 'Tana Flood Watch', 'smtp_host', 'smtp.mailgun.org', 'smtp_port', 587,
    'smtp_username', 'postmaster@mg.tanaresponse.org', 'smtp_password', fixture_gen.hexn('cfsp', 1, 32) || '-' || fixture_gen.hexn('cfsq', 1, 8))::text, '2024-04-02 12:10:00');

CREATE TABLE apikeys (
  id serial PRIMARY KEY,
  api_key text NOT NULL,
  client_id text,
  client_secret text,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO apikeys (api_key, client_id, client_secret, created, updated)
SELECT fixture_gen.hexn('ak', k, 40), (ARRAY['ushahidiui', 'kobo-sync', 'sitrep-dashboard'])[k], CASE WHEN k > 1 THEN fixture_gen.chars('aks', k, 40) END,
       1711960000 + k * 86400 * 9, CASE WHEN k = 2 THEN 1715000000 END
FROM generate_series(1, 3) k;

CREATE TABLE webhooks (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name varchar(255) NOT NULL,
  url varchar(255) NOT NULL,
  shared_secret varchar(255) NOT NULL,
  event_type varchar(255) NOT NULL,
  entity_type varchar(255) NOT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT 0,
  webhook_uuid varchar(255) DEFAULT NULL,
  form_id integer DEFAULT NULL REFERENCES forms (id) ON DELETE CASCADE,
  source_field_key varchar(255) DEFAULT NULL,
  destination_field_key varchar(255) DEFAULT NULL
);
INSERT INTO webhooks (user_id, name, url, shared_secret, event_type, entity_type, created, updated, webhook_uuid, form_id, source_field_key, destination_field_key)
SELECT w.u, w.name, w.url, fixture_gen.chars('whs', w.k, 32), w.ev, 'post', 1712000000 + w.k * 250000, CASE WHEN w.k % 2 = 0 THEN 1714000000 + w.k * 1000 ELSE 0 END,
       fixture_gen.uuid('whu', w.k), w.form, w.src, w.dst
FROM (VALUES
 (1, 2, 'Sitrep dashboard', 'https://sitrep.tanaresponse.org/api/ushahidi/posts', 'create', NULL, NULL, NULL),
 (2, 2, 'Sitrep dashboard (updates)', 'https://sitrep.tanaresponse.org/api/ushahidi/posts', 'update', NULL, NULL, NULL),
 (3, 4, 'Auto-translate to English', 'https://translate-hook.tanaresponse.org/ushahidi', 'create', 1, 'description', fixture_gen.uuid('fak', 2)),
 (4, 3, 'KRCS dispatch', 'https://dispatch.kenyaredcross-tana.or.ke/hooks/floodwatch', 'update', 1, NULL, NULL),
 (5, 5, 'Category suggestion (ML)', 'https://ml.tanaresponse.org/classify', 'create', 1, 'description', fixture_gen.uuid('fak', 11)),
 (6, 2, 'Registrations to shelter sheet', 'https://script.google.com/macros/s/AKfycbx' || fixture_gen.chars('whg', 6, 40) || '/exec', 'create', 2, NULL, NULL)
) w(k, u, name, url, ev, form, src, dst) ORDER BY w.k;

CREATE TABLE webhook_job (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  event_type varchar(255) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO webhook_job (post_id, event_type, created)
SELECT 1 + (k * 13) % 230, CASE WHEN k % 3 = 0 THEN 'update' ELSE 'create' END, ugen.t('wj', k) FROM generate_series(1, 40) k;

CREATE TABLE layers (
  id serial PRIMARY KEY,
  media_id integer DEFAULT NULL REFERENCES media (id) ON DELETE SET NULL,
  name varchar(50) NOT NULL,
  type varchar(20) NOT NULL DEFAULT 'geojson',
  data_url varchar(255) DEFAULT NULL,
  options text,
  active boolean NOT NULL DEFAULT true,
  visible_by_default boolean NOT NULL DEFAULT true,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO layers (media_id, name, type, data_url, options, active, visible_by_default, created, updated) VALUES
 (51, 'UNOSAT flood extent 28 Apr', 'kml', NULL, '{"opacity":0.6}', true, true, 1714400000, NULL),
 (52, 'Evacuation sites', 'kml', NULL, '{"opacity":1}', true, true, 1713000000, 1714900000),
 (54, 'Ward boundaries', 'geojson', NULL, '{"style":{"color":"#555","weight":1}}', true, false, 1712100000, NULL),
 (58, 'Road closures (May)', 'kml', NULL, '[]', true, true, 1715000000, 1715600000),
 (NULL, 'River gauges (WRA)', 'geojson', 'https://hydro.wra.go.ke/api/stations.geojson?basin=tana', '{"refresh":900}', true, false, 1712200000, NULL),
 (NULL, 'OSM health facilities', 'geojson', 'https://data.humdata.org/dataset/kenya-healthsites/resource/healthsites.geojson', '[]', true, false, 1712200000, NULL),
 (NULL, 'Sentinel-1 water mask', 'wms', 'https://services.sentinel-hub.com/ogc/wms/' || fixture_gen.uuid('lsh', 1), '{"layers":"WATER_MASK","format":"image/png"}', false, false, 1713300000, 1714000000),
 (NULL, 'Partner 3W (ArcGIS)', 'geojson', 'https://services7.arcgis.com/' || fixture_gen.chars('lag', 1, 16) || '/arcgis/rest/services/TFRC_3W/FeatureServer/0/query?where=1%3D1&f=geojson&token=' || fixture_gen.chars('lat', 1, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'), '[]', true, false, 1713600000, 1715200000),
 (NULL, 'Displacement sites (KoBo)', 'geojson', 'https://kf.kobotoolbox.org/api/v2/assets/a' || fixture_gen.chars('lkb', 1, 21) || '/data.geojson?token=' || fixture_gen.hexn('lkt', 1, 40), '[]', true, true, 1713700000, NULL),
 (NULL, 'Admin 1 boundaries (OCHA)', 'geojson', 'https://data.humdata.org/dataset/cod-ab-ken/resource/ken_adm1.geojson', '[]', true, false, 1711970000, NULL);

-- ---------------------------------------------------------------------------
-- Ushahidi: CSV imports, exports, HXL and HDX.

CREATE TABLE csv (
  id serial PRIMARY KEY,
  columns text NOT NULL,
  maps_to text,
  tags text,
  status varchar(20) DEFAULT NULL,
  published_to varchar(150) DEFAULT NULL,
  form_id integer NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  filename varchar(255) NOT NULL,
  size integer NOT NULL DEFAULT 0,
  mime varchar(50) NOT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL,
  completed boolean NOT NULL DEFAULT false
);
INSERT INTO csv (columns, maps_to, tags, status, published_to, form_id, filename, size, mime, created, updated, completed)
SELECT CASE WHEN k % 2 = 0 THEN '["start","end","today","ward","village","hh_head_name","hh_head_id","hh_size","phone","site","needs","_gps_latitude","_gps_longitude","_uuid"]'
            ELSE '["Date","Location","Description","Reported by","Phone","Category"]' END,
       CASE WHEN k % 2 = 0 THEN '[null,null,"' || fixture_gen.uuid('fak', 9) || '",null,null,"' || fixture_gen.uuid('fak', 16) || '","' || fixture_gen.uuid('fak', 17) || '","' || fixture_gen.uuid('fak', 18) || '","' || fixture_gen.uuid('fak', 23) || '","' || fixture_gen.uuid('fak', 20) || '","' || fixture_gen.uuid('fak', 21) || '","location.lat","location.lon",null]'
            ELSE '["' || fixture_gen.uuid('fak', 9) || '","' || fixture_gen.uuid('fak', 6) || '","description","' || fixture_gen.uuid('fak', 4) || '","' || fixture_gen.uuid('fak', 5) || '","' || fixture_gen.uuid('fak', 11) || '"]' END,
       CASE WHEN k % 2 = 1 THEN '[1]' END, CASE WHEN k % 2 = 1 THEN 'published' ELSE 'draft' END, CASE WHEN k % 2 = 1 THEN '["admin","datateam"]' END,
       CASE WHEN k % 2 = 0 THEN 2 ELSE 1 END,
       CASE WHEN k % 2 = 0 THEN 'kobo_hh_registration_' || to_char(ugen.dt(ugen.t('csv', k)), 'YYYY-MM-DD') || '.csv' ELSE 'county_incident_log_week' || (14 + k) || '.csv' END,
       10000 + fixture_gen.n('csz', k, 400000), 'text/csv', ugen.t('csv', k), ugen.t('csv', k) + 900, k <> 7
FROM generate_series(1, 8) k;

CREATE TABLE hxl_license (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL,
  link varchar(255) NOT NULL,
  code varchar(255) NOT NULL
);
INSERT INTO hxl_license (name, link, code) VALUES
 ('Creative Commons Attribution International', 'http://www.opendefinition.org/licenses/cc-by', 'cc-by'),
 ('Creative Commons Attribution-ShareAlike', 'http://www.opendefinition.org/licenses/cc-by-sa', 'cc-by-sa'),
 ('Open Database License (ODC-ODbL)', 'http://www.opendefinition.org/licenses/odc-odbl', 'odc-odbl'),
 ('Public Domain Dedication and License (PDDL)', 'http://www.opendefinition.org/licenses/odc-pddl', 'odc-pddl'),
 ('Creative Commons Zero', 'http://www.opendefinition.org/licenses/cc-zero', 'cc-zero'),
 ('Other', '', 'other-pd-nr');

CREATE TABLE hxl_tags (
  id serial PRIMARY KEY,
  tag_name varchar(255) NOT NULL,
  description text
);
INSERT INTO hxl_tags (tag_name, description) VALUES
 ('adm1', 'Top-level subnational administrative area'), ('adm2', 'Second-level administrative area'), ('adm3', 'Third-level administrative area'),
 ('loc', 'Location'), ('geo', 'Geographical coordinates'), ('date', 'Date'), ('status', 'Status'), ('sector', 'Humanitarian sector'),
 ('affected', 'Number of people affected'), ('inneed', 'Number of people in need'), ('population', 'Population'), ('meta', 'Metadata'),
 ('description', 'Long description'), ('event', 'Event or incident'), ('org', 'Organisation'), ('contact', 'Contact information'), ('item', 'Item or supply');

CREATE TABLE hxl_attributes (
  id serial PRIMARY KEY,
  attribute varchar(255) NOT NULL,
  description text
);
INSERT INTO hxl_attributes (attribute, description) VALUES
 ('name', 'Name'), ('code', 'Code'), ('lat', 'Latitude'), ('lon', 'Longitude'), ('coord', 'Coordinates'), ('num', 'Number'), ('text', 'Text'),
 ('start', 'Start date'), ('end', 'End date'), ('f', 'Female'), ('m', 'Male'), ('children', 'Children'), ('idps', 'Internally displaced people'),
 ('phone', 'Telephone number'), ('email', 'Email address');

CREATE TABLE hxl_tag_attributes (
  tag_id integer NOT NULL REFERENCES hxl_tags (id) ON DELETE CASCADE,
  attribute_id integer NOT NULL REFERENCES hxl_attributes (id) ON DELETE CASCADE,
  PRIMARY KEY (tag_id, attribute_id)
);
INSERT INTO hxl_tag_attributes VALUES (1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2), (4, 1), (4, 2), (5, 3), (5, 4), (5, 5), (6, 8), (6, 9),
 (9, 6), (9, 10), (9, 11), (9, 12), (9, 13), (10, 6), (10, 13), (15, 1), (15, 2), (16, 1), (16, 14), (16, 15), (17, 1), (17, 2);

CREATE TABLE hxl_meta_data (
  id serial PRIMARY KEY,
  private boolean NOT NULL DEFAULT true,
  dataset_title varchar(255) NOT NULL,
  license_id integer NOT NULL REFERENCES hxl_license (id),
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id varchar(255) NOT NULL,
  organisation_name varchar(255) DEFAULT NULL,
  source varchar(255) NOT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO hxl_meta_data (private, dataset_title, license_id, user_id, organisation_id, organisation_name, source, created, updated)
SELECT k % 3 = 0,
       fixture_gen.pick(ARRAY['Kenya - Tana River floods: verified community reports', 'Kenya - Tana River floods: displacement by ward', 'Kenya - Garissa floods: road access',
                              'Kenya - Tana River floods: needs by SMS survey'], 'hmt', k) || ' (' || to_char(ugen.dt(ugen.t('hm', k)), 'DD Mon') || ')',
       1 + k % 3, 2 + k % 7, fixture_gen.uuid('hmo', k % 3),
       (ARRAY['Tana Flood Response Coalition', 'Kenya Red Cross Society - Tana River Branch', 'Tana River County Disaster Management Unit'])[1 + k % 3],
       'Tana Flood Watch (Ushahidi); community SMS, WhatsApp and web reports verified by volunteers',
       ugen.t('hm', k), CASE WHEN k % 2 = 0 THEN ugen.t('hm', k) + 86400 END
FROM generate_series(1, 9) k;

CREATE TABLE export_jobs (
  id serial PRIMARY KEY,
  entity_type varchar(255) NOT NULL,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE SET NULL,
  fields text,
  filters text,
  status varchar(255) DEFAULT NULL,
  url varchar(2048) DEFAULT NULL,
  url_expiration integer DEFAULT NULL,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL,
  header_row text,
  send_to_hdx boolean NOT NULL DEFAULT false,
  include_hxl boolean NOT NULL DEFAULT false,
  hxl_meta_data_id integer DEFAULT NULL REFERENCES hxl_meta_data (id) ON DELETE SET NULL,
  total_rows integer DEFAULT NULL,
  total_batches integer DEFAULT NULL,
  send_to_browser boolean NOT NULL DEFAULT false
);
INSERT INTO export_jobs (entity_type, user_id, fields, filters, status, url, url_expiration, created, updated, header_row, send_to_hdx, include_hxl, hxl_meta_data_id, total_rows, total_batches, send_to_browser)
SELECT 'post', 2 + k % 7,
       CASE WHEN k % 3 = 0 THEN '["' || fixture_gen.uuid('fak', 3) || '","' || fixture_gen.uuid('fak', 6) || '","' || fixture_gen.uuid('fak', 8) || '","' || fixture_gen.uuid('fak', 9) || '"]' ELSE '[]' END,
       json_build_object('status', json_build_array('published', 'draft'), 'form', json_build_array(1 + k % 2), 'source', json_build_array('sms', 'web', 'whatsapp', 'email', 'twitter'),
                         'created_after', to_char(ugen.dt(ugen.t('ej', k) - 604800), 'YYYY-MM-DD'), 'tags', CASE WHEN k % 4 = 0 THEN json_build_array(1, 2) END)::text,
       CASE WHEN k % 7 = 0 THEN 'FAILED' WHEN k > 18 THEN 'PENDING' ELSE 'SUCCESS' END,
       CASE WHEN k % 7 <> 0 AND k <= 18 THEN 'https://tfrc-ushahidi-exports.s3.eu-west-1.amazonaws.com/floodwatch/export-' || fixture_gen.uuid('eju', k)
         || '.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' || 'AKIA' || fixture_gen.chars('ejk', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
         || '%2F' || to_char(ugen.dt(ugen.t('ej', k)), 'YYYYMMDD') || '%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(ugen.dt(ugen.t('ej', k)), 'YYYYMMDD"T"HH24MISS"Z"')
         || '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('ejs', k, 64) END,
       CASE WHEN k % 7 <> 0 AND k <= 18 THEN ugen.t('ej', k) + 604800 END,
       ugen.t('ej', k), ugen.t('ej', k) + 300,
       CASE WHEN k % 7 <> 0 AND k <= 18 THEN '{"' || fixture_gen.uuid('fak', 3) || '":{"label":"Location","type":"point"},"' || fixture_gen.uuid('fak', 6) || '":{"label":"Village or ward"},"' || fixture_gen.uuid('fak', 8) || '":{"label":"People affected"}}' END,
       k % 3 = 0, k % 3 = 0, CASE WHEN k % 3 = 0 THEN 1 + (k / 3) % 9 END,
       CASE WHEN k <= 18 THEN 40 + fixture_gen.n('ejr', k, 300) END, CASE WHEN k <= 18 THEN 1 + fixture_gen.n('ejb', k, 3) END, k % 3 <> 0
FROM generate_series(1, 22) k;

CREATE TABLE export_batches (
  id serial PRIMARY KEY,
  export_job_id integer NOT NULL REFERENCES export_jobs (id) ON DELETE CASCADE,
  batch_number integer NOT NULL,
  status varchar(255) NOT NULL DEFAULT 'pending',
  filename varchar(255) DEFAULT NULL,
  has_headers boolean NOT NULL DEFAULT false,
  rows integer NOT NULL DEFAULT 0,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO export_batches (export_job_id, batch_number, status, filename, has_headers, rows, created, updated)
SELECT j.id, b, CASE WHEN j.status = 'FAILED' AND b = j.total_batches THEN 'failed' ELSE 'completed' END,
       'floodwatch/export-batch-' || j.id || '-' || b || '-' || substr(md5('ebf' || j.id || b), 1, 8) || '.csv', b = 1, least(200, j.total_rows - (b - 1) * 200), j.created + b * 20, j.created + b * 20 + 15
FROM export_jobs j CROSS JOIN LATERAL generate_series(1, coalesce(j.total_batches, 1)) b WHERE j.total_rows IS NOT NULL OR j.status = 'FAILED'
ORDER BY j.id, b;
UPDATE export_batches SET rows = 0 WHERE rows IS NULL OR rows < 0;

CREATE TABLE hxl_form_attribute_hxl_attribute_tag (
  id serial PRIMARY KEY,
  form_attribute_id integer NOT NULL REFERENCES form_attributes (id) ON DELETE CASCADE,
  hxl_attribute_id integer DEFAULT NULL REFERENCES hxl_attributes (id) ON DELETE CASCADE,
  hxl_tag_id integer NOT NULL REFERENCES hxl_tags (id) ON DELETE CASCADE,
  export_job_id integer NOT NULL REFERENCES export_jobs (id) ON DELETE CASCADE
);
INSERT INTO hxl_form_attribute_hxl_attribute_tag (form_attribute_id, hxl_attribute_id, hxl_tag_id, export_job_id)
SELECT m.fa, m.ha, m.ht, j FROM generate_series(3, 21, 3) j
CROSS JOIN (VALUES (3, 5, 5), (6, 1, 4), (8, 6, 9), (9, NULL, 6), (2, NULL, 13)) m(fa, ha, ht) ORDER BY j, m.fa;

-- ---------------------------------------------------------------------------
-- Ushahidi: post locks, terms of service, translations.

CREATE TABLE post_locks (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES users (id) ON DELETE CASCADE,
  post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  expires integer NOT NULL DEFAULT 0
);
INSERT INTO post_locks (user_id, post_id, expires)
SELECT 9 + (k * 3) % 30, 1 + (k * 19) % 230, ugen.t('pl', k) + 1800 FROM generate_series(1, 25) k;

CREATE TABLE tos (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  agreement_date integer NOT NULL,
  tos_version_date integer NOT NULL
);
INSERT INTO tos (user_id, agreement_date, tos_version_date)
SELECT u, u2.created + 120, CASE WHEN u % 5 = 0 THEN 1714521600 ELSE 1704067200 END
FROM generate_series(1, 48) u JOIN users u2 ON u2.id = u WHERE u % 8 <> 7;

CREATE TABLE translations (
  id serial PRIMARY KEY,
  translatable_type varchar(255) NOT NULL,
  translatable_id integer NOT NULL,
  translated_key varchar(255) NOT NULL,
  translation text NOT NULL,
  language varchar(255) NOT NULL,
  created_at timestamp(0) DEFAULT NULL,
  updated_at timestamp(0) DEFAULT NULL
);
INSERT INTO translations (translatable_type, translatable_id, translated_key, translation, language, created_at, updated_at) VALUES
 ('form', 1, 'name', 'Ripoti ya mafuriko', 'sw', '2024-04-02 08:00:00', NULL),
 ('form', 1, 'description', 'Tuambie mahali maji yanapanda, barabara zimekatika au watu wanahitaji uokoaji. Ripoti zinakaguliwa na mjitolea kabla ya kuchapishwa.', 'sw', '2024-04-02 08:00:00', '2024-04-03 10:00:00'),
 ('form', 3, 'name', 'Needs check by SMS', 'en', '2024-04-13 08:00:00', NULL),
 ('form', 4, 'name', 'Hali ya barabara na madaraja', 'sw', '2024-04-10 09:00:00', NULL),
 ('form_attribute', 3, 'label', 'Mahali', 'sw', '2024-04-02 08:00:00', NULL),
 ('form_attribute', 4, 'label', 'Jina lako', 'sw', '2024-04-02 08:00:00', NULL),
 ('form_attribute', 5, 'label', 'Nambari ya simu', 'sw', '2024-04-02 08:00:00', NULL),
 ('form_attribute', 8, 'label', 'Watu walioathirika', 'sw', '2024-04-02 08:00:00', NULL),
 ('form_attribute', 24, 'label', 'How many people in your household?', 'en', '2024-04-13 08:00:00', NULL),
 ('form_attribute', 25, 'label', 'Do you have clean water?', 'en', '2024-04-13 08:00:00', NULL),
 ('form_attribute', 26, 'label', 'What do you need most?', 'en', '2024-04-13 08:00:00', NULL),
 ('tag', 1, 'tag', 'Uokoaji unahitajika', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 2, 'tag', 'Kuhama makazi', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 3, 'tag', 'Barabara au daraja limekatika', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 4, 'tag', 'Afya', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 5, 'tag', 'Maji na usafi', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 6, 'tag', 'Chakula', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 7, 'tag', 'Mifugo na mazao', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 8, 'tag', 'Ulinzi', 'sw', '2024-04-02 08:00:00', NULL),
 ('tag', 13, 'tag', 'Imethibitishwa', 'sw', '2024-04-02 08:00:00', NULL);
-- machine and volunteer translations of posts (the auto-translate webhook).
INSERT INTO translations (translatable_type, translatable_id, translated_key, translation, language, created_at, updated_at)
SELECT 'post', x.id, t.k,
       CASE WHEN t.k = 'title' THEN coalesce(p.title, '') ELSE
         CASE WHEN p.content ~ '^(Maji imefika|Maji yamefika)' THEN 'Water has reached our homes here. Please help, we are stuck.'
              WHEN p.content ~ '^Tumepoteza' THEN 'We have lost all our livestock.'
              WHEN p.content ~ '^Asante' THEN 'Thank you very much for yesterday''s help. We still need clean water.'
              WHEN p.content ~ '^My name is' THEN 'Jina langu ni ' || substr(split_part(p.content, '.', 1), 12) || '. Nyumba yetu imefurika na mama yangu ni mgonjwa.'
              ELSE 'Tafsiri: ' || coalesce(p.content, '') END END,
       CASE WHEN p.content ~ '^(Maji|Tume|Asante)' THEN 'en' ELSE 'sw' END,
       ugen.dt(p.created + 400), NULL
FROM posts p JOIN ugen.post x ON x.id = p.id
CROSS JOIN (VALUES ('title'), ('content')) t(k)
WHERE (x.form_id = 1 AND x.id % 4 = 0) OR (x.form_id IS NULL AND x.id % 3 = 0)
ORDER BY x.id, t.k;

-- ---------------------------------------------------------------------------
-- Laravel Passport.

CREATE TABLE oauth_clients (
  id serial PRIMARY KEY,
  user_id bigint DEFAULT NULL,
  name varchar(255) NOT NULL,
  secret varchar(100) DEFAULT NULL,
  redirect text NOT NULL,
  personal_access_client boolean NOT NULL,
  password_client boolean NOT NULL,
  revoked boolean NOT NULL,
  created_at timestamp(0) DEFAULT NULL,
  updated_at timestamp(0) DEFAULT NULL
);
INSERT INTO oauth_clients (user_id, name, secret, redirect, personal_access_client, password_client, revoked, created_at, updated_at)
SELECT c.u, c.name, fixture_gen.chars('ocs', c.k, 40), c.redirect, c.pac, c.pwc, c.rev, ugen.dt(1711960000 + c.k * 3600 * 30), ugen.dt(1711960000 + c.k * 3600 * 31)
FROM (VALUES
 (1, NULL, 'ushahidiui', 'https://floodwatch.tanaresponse.org', false, true, false),
 (2, NULL, 'Tana Flood Watch Personal Access Client', 'http://localhost', true, false, false),
 (3, 2, 'kobo-sync', 'https://kobo-sync.tanaresponse.org/callback', false, false, false),
 (4, 5, 'mzima-mobile', 'ushahidi://oauth', false, true, false),
 (5, 3, 'old sitrep script', 'http://localhost:8000/callback', false, false, true)
) c(k, u, name, redirect, pac, pwc, rev) ORDER BY c.k;

CREATE TABLE oauth_access_tokens (
  id varchar(100) PRIMARY KEY,
  user_id bigint DEFAULT NULL,
  client_id integer NOT NULL,
  name varchar(255) DEFAULT NULL,
  scopes text,
  revoked boolean NOT NULL,
  created_at timestamp(0) DEFAULT NULL,
  updated_at timestamp(0) DEFAULT NULL,
  expires_at timestamp(0) DEFAULT NULL
);
INSERT INTO oauth_access_tokens (id, user_id, client_id, name, scopes, revoked, created_at, updated_at, expires_at)
SELECT fixture_gen.hexn('oat', k, 80), CASE WHEN k % 10 = 0 THEN NULL ELSE 1 + (k * 7) % 48 END,
       CASE WHEN k % 25 = 0 THEN 2 WHEN k % 10 = 0 THEN 3 WHEN k % 6 = 0 THEN 4 ELSE 1 END,
       CASE WHEN k % 25 = 0 THEN fixture_gen.pick(ARRAY['HDX sync', 'sitrep notebook', 'QGIS plugin'], 'oan', k) END,
       CASE WHEN k % 10 = 0 THEN '["posts","forms","media"]' ELSE '["*"]' END,
       k % 9 = 0, ugen.dt(ugen.t('oat', k)), ugen.dt(ugen.t('oat', k)), ugen.dt(ugen.t('oat', k) + CASE WHEN k % 25 = 0 THEN 31536000 ELSE 604800 END)
FROM generate_series(1, 200) k;

CREATE TABLE oauth_refresh_tokens (
  id varchar(100) PRIMARY KEY,
  access_token_id varchar(100) NOT NULL,
  revoked boolean NOT NULL,
  expires_at timestamp(0) DEFAULT NULL
);
INSERT INTO oauth_refresh_tokens (id, access_token_id, revoked, expires_at)
SELECT fixture_gen.hexn('ort', k, 80), fixture_gen.hexn('oat', k, 80), k % 9 = 0, ugen.dt(ugen.t('oat', k) + 2592000)
FROM generate_series(1, 200) k WHERE k % 10 <> 0 AND k % 25 <> 0;

CREATE TABLE oauth_auth_codes (
  id varchar(100) PRIMARY KEY,
  user_id bigint NOT NULL,
  client_id integer NOT NULL,
  scopes text,
  revoked boolean NOT NULL,
  expires_at timestamp(0) DEFAULT NULL
);
INSERT INTO oauth_auth_codes (id, user_id, client_id, scopes, revoked, expires_at)
SELECT fixture_gen.hexn('oac', k, 80), 2 + k % 6, 3, '["posts","forms","media"]', true, ugen.dt(ugen.t('oac', k) + 600) FROM generate_series(1, 20) k;

-- ---------------------------------------------------------------------------
-- Laravel's queue.

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue varchar(255) NOT NULL,
  payload text NOT NULL,
  attempts smallint NOT NULL,
  reserved_at integer DEFAULT NULL,
  available_at integer NOT NULL,
  created_at integer NOT NULL
);
CREATE INDEX jobs_queue_index ON jobs (queue);
INSERT INTO jobs (queue, payload, attempts, reserved_at, available_at, created_at)
SELECT q.queue,
       json_build_object('uuid', fixture_gen.uuid('jbu', k), 'displayName', q.cls, 'job', 'Illuminate\Queue\CallQueuedHandler@call', 'maxTries', NULL, 'maxExceptions', NULL,
         'failOnTimeout', false, 'backoff', NULL, 'timeout', NULL, 'retryUntil', NULL,
         'data', json_build_object('commandName', q.cls, 'command', q.cmd))::text,
       CASE WHEN k % 5 = 0 THEN 1 ELSE 0 END, CASE WHEN k % 5 = 0 THEN ugen.t('jb', k) + 5 END, ugen.t('jb', k), ugen.t('jb', k)
FROM generate_series(1, 26) k
JOIN ugen.p p ON p.i = 300 + 1 + (k * 5) % 48
CROSS JOIN LATERAL (SELECT CASE k % 3
    WHEN 0 THEN 'Illuminate\Mail\SendQueuedMailable'
    WHEN 1 THEN 'Ushahidi\App\Jobs\ExportPostsJob'
    ELSE 'Ushahidi\App\Jobs\WebhookJob' END AS cls) c
CROSS JOIN LATERAL (SELECT CASE k % 3 WHEN 1 THEN 'exports' WHEN 2 THEN 'webhooks' ELSE 'default' END AS queue,
    c.cls,
    CASE k % 3
      WHEN 0 THEN 'O:34:"Illuminate\Mail\SendQueuedMailable":3:{s:8:"mailable";O:35:"Ushahidi\App\Mail\ResetPasswordEmail":3:{s:2:"to";a:1:{i:0;a:2:{s:4:"name";'
        || ugen.ps(p.name) || 's:7:"address";' || ugen.ps(p.email) || '}}s:4:"link";'
        || ugen.ps('https://floodwatch.tanaresponse.org/forgotpassword/confirm/' || fixture_gen.hexn('jbt', k, 64)) || 's:6:"locale";s:2:"en";}s:5:"tries";N;s:7:"timeout";N;}'
      WHEN 1 THEN 'O:32:"Ushahidi\App\Jobs\ExportPostsJob":2:{s:5:"jobId";i:' || (1 + k % 22) || ';s:5:"queue";s:7:"exports";}'
      ELSE 'O:27:"Ushahidi\App\Jobs\WebhookJob":3:{s:6:"postId";i:' || (1 + (k * 13) % 230) || ';s:9:"eventType";s:6:"create";s:5:"queue";s:8:"webhooks";}' END AS cmd) q;

CREATE TABLE failed_jobs (
  id bigserial PRIMARY KEY,
  uuid varchar(255) NOT NULL UNIQUE,
  connection text NOT NULL,
  queue text NOT NULL,
  payload text NOT NULL,
  exception text NOT NULL,
  failed_at timestamp(0) NOT NULL DEFAULT '2024-04-01 00:00:00'
);
INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT fixture_gen.uuid('fju', k), 'database', CASE WHEN k % 3 = 0 THEN 'webhooks' ELSE 'default' END,
       json_build_object('uuid', fixture_gen.uuid('fju', k), 'displayName', CASE WHEN k % 3 = 0 THEN 'Ushahidi\App\Jobs\WebhookJob' ELSE 'Ushahidi\App\Jobs\ReceiveMessageJob' END,
         'job', 'Illuminate\Queue\CallQueuedHandler@call', 'maxTries', 3,
         'data', json_build_object('commandName', CASE WHEN k % 3 = 0 THEN 'Ushahidi\App\Jobs\WebhookJob' ELSE 'Ushahidi\App\Jobs\ReceiveMessageJob' END,
           'command', CASE WHEN k % 3 = 0 THEN 'O:27:"Ushahidi\App\Jobs\WebhookJob":2:{s:6:"postId";i:' || (1 + (k * 13) % 230) || ';s:9:"eventType";s:6:"update";}'
             ELSE 'O:35:"Ushahidi\App\Jobs\ReceiveMessageJob":3:{s:4:"type";s:3:"sms";s:4:"from";' || ugen.ps(p.e164) || 's:7:"message";'
               || ugen.ps('Maji yamefika ' || pl.village || ', tunaomba msaada') || '}' END))::text,
       CASE WHEN k % 3 = 0 THEN 'GuzzleHttp\Exception\ConnectException: cURL error 28: Operation timed out after 30001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://dispatch.kenyaredcross-tana.or.ke/hooks/floodwatch in /var/www/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210'
            ELSE 'Illuminate\Database\QueryException: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "contacts_contact_unique"' || E'\n'
              || 'DETAIL:  Key (contact)=(' || p.e164 || ') already exists. (SQL: insert into "contacts" ("contact", "type", "data_source", "created") values (' || p.e164 || ', phone, smssync, ' || ugen.t('fj', k) || ')) in /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php:760' END,
       ugen.dt(ugen.t('fj', k))
FROM generate_series(1, 15) k
JOIN ugen.p p ON p.i = 1 + (k * 23) % 260 JOIN ugen.place pl ON pl.pk = p.pk;

-- ---------------------------------------------------------------------------
-- Ushahidi: country calling codes (for the targeted survey's number check).

CREATE TABLE country_codes (
  id serial PRIMARY KEY,
  country_name varchar(255) NOT NULL,
  dial_code varchar(255) NOT NULL,
  country_code varchar(255) NOT NULL
);
INSERT INTO country_codes (country_name, dial_code, country_code) VALUES
 ('Kenya', '+254', 'KE'), ('Uganda', '+256', 'UG'), ('Tanzania', '+255', 'TZ'), ('Somalia', '+252', 'SO'), ('Ethiopia', '+251', 'ET'),
 ('South Sudan', '+211', 'SS'), ('Rwanda', '+250', 'RW'), ('Burundi', '+257', 'BI'), ('Democratic Republic of the Congo', '+243', 'CD'), ('Sudan', '+249', 'SD'),
 ('Djibouti', '+253', 'DJ'), ('Eritrea', '+291', 'ER'), ('Mozambique', '+258', 'MZ'), ('Malawi', '+265', 'MW'), ('Zambia', '+260', 'ZM'),
 ('Zimbabwe', '+263', 'ZW'), ('South Africa', '+27', 'ZA'), ('Nigeria', '+234', 'NG'), ('Ghana', '+233', 'GH'), ('Egypt', '+20', 'EG'),
 ('United Kingdom', '+44', 'GB'), ('United States', '+1', 'US'), ('Canada', '+1', 'CA'), ('India', '+91', 'IN'), ('Pakistan', '+92', 'PK'),
 ('United Arab Emirates', '+971', 'AE'), ('Saudi Arabia', '+966', 'SA'), ('Qatar', '+974', 'QA'), ('Germany', '+49', 'DE'), ('Netherlands', '+31', 'NL'),
 ('France', '+33', 'FR'), ('Sweden', '+46', 'SE'), ('Norway', '+47', 'NO'), ('Switzerland', '+41', 'CH');

-- ---------------------------------------------------------------------------
-- Phinx's log of the migrations that built the schema.

CREATE TABLE phinxlog (
  version bigint PRIMARY KEY,
  migration_name varchar(100) DEFAULT NULL,
  start_time timestamp DEFAULT NULL,
  end_time timestamp DEFAULT NULL,
  breakpoint boolean NOT NULL DEFAULT false
);
INSERT INTO phinxlog (version, migration_name, start_time, end_time, breakpoint)
SELECT v.version, v.name, timestamp '2024-03-28 09:14:02' + (v.o * interval '1 second'), timestamp '2024-03-28 09:14:02' + (v.o * interval '1 second') + interval '400 milliseconds', false
FROM (VALUES
 (1, 20140716082651, 'Initial'), (2, 20140716103608, 'InitialRelations'), (3, 20140716154343, 'InitialOauth'), (4, 20140821024335, 'AddLayers'),
 (5, 20140904004829, 'AddPostUserFields'), (6, 20141017022550, 'FormsSoftDelete'), (7, 20150307031255, 'AddAdditionalInfoToMessages'),
 (8, 20150323031520, 'RenameGroupsToStages'), (9, 20150326152730, 'AddSetFields'), (10, 20150612014430, 'AddDefaultRoles'),
 (11, 20150807043140, 'CreateUserResetTokens'), (12, 20150830115829, 'CreateNotifications'), (13, 20150924101337, 'CreateNotificationQueue'),
 (14, 20151127093600, 'CreateCsv'), (15, 20151208024527, 'AddUserToMessages'), (16, 20160202115439, 'AddPermissions'), (17, 20160421185245, 'AddPostMedia'),
 (18, 20160623182730, 'AddProtectedRoles'), (19, 20160720230341, 'AddRequireApprovalToForms'), (20, 20160722231016, 'CreateFormRolesTable'),
 (21, 20160803210356, 'AddTypeToStage'), (22, 20161005203722, 'PostCustomDate'), (23, 20170311003829, 'CreateWebhookTable'), (24, 20170311004159, 'CreateWebhookJob'),
 (25, 20170315231639, 'AddPostMarkdownTable'), (26, 20170317174120, 'AddPrivateResponseToFormAttribute'), (27, 20170325110408, 'AddLanguageToUser'),
 (28, 20170328080656, 'AddFormsTagsTable'), (29, 20170330135806, 'AddApiKeyTable'), (30, 20170406132016, 'AddWebhookUuidToWebhookTable'),
 (31, 20171004130500, 'CreateTargetedSurveyStateTable'), (32, 20171109112043, 'ContactPostStateToTargetedSurvey'), (33, 20180214222437, 'CreateExportJobTable'),
 (34, 20180307010433, 'AddHxlMetadataTable'), (35, 20180312193820, 'AddOrgNameToHxlMetadata'), (36, 20180320212512, 'CreateUserSettingsTable'),
 (37, 20180411143522, 'CreatePostLocks'), (38, 20180613164207, 'CreateTosTable'), (39, 20180709125600, 'AddExportBatches'), (40, 20190225131101, 'AddTranslationsTable'),
 (41, 20190612104223, 'AddBaseLanguageToPosts'), (42, 20200309182612, 'CreateCountryCodesTable')
) v(o, version, name) ORDER BY v.o;

-- ---------------------------------------------------------------------------
-- NOT Ushahidi: the coalition data team's own tables.

CREATE SCHEMA floodwatch;

CREATE TABLE floodwatch.wards (
  id serial PRIMARY KEY,
  county varchar(64) NOT NULL,
  sub_county varchar(64) NOT NULL,
  ward varchar(64) NOT NULL,
  pcode varchar(16) NOT NULL,
  population integer DEFAULT NULL,
  centroid_lat numeric(8,5) NOT NULL,
  centroid_lon numeric(8,5) NOT NULL
);
INSERT INTO floodwatch.wards (county, sub_county, ward, pcode, population, centroid_lat, centroid_lon)
SELECT DISTINCT ON (pl.ward) pl.county, pl.subcounty, pl.ward, CASE WHEN pl.county = 'Garissa' THEN 'KE007' ELSE 'KE004' END || lpad((100 + pl.pk)::text, 4, '0'),
       8000 + fixture_gen.n('wpop', pl.pk, 40000), pl.lat, pl.lon
FROM ugen.place pl ORDER BY pl.ward, pl.pk;

CREATE TABLE floodwatch.volunteers (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES public.users (id) ON DELETE SET NULL,
  full_name varchar(150) NOT NULL,
  phone varchar(32) NOT NULL,
  whatsapp_number varchar(32) DEFAULT NULL,
  email varchar(150) DEFAULT NULL,
  home_ward varchar(64) DEFAULT NULL,
  sub_county varchar(64) DEFAULT NULL,
  skills varchar(255) DEFAULT NULL,
  date_of_birth date DEFAULT NULL,
  gender varchar(16) DEFAULT NULL,
  id_number varchar(16) DEFAULT NULL,
  emergency_contact varchar(150) DEFAULT NULL,
  emergency_phone varchar(32) DEFAULT NULL,
  mpesa_number varchar(32) DEFAULT NULL,
  onboarded_on date DEFAULT NULL,
  status varchar(16) NOT NULL DEFAULT 'active',
  notes text,
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO floodwatch.volunteers (user_id, full_name, phone, whatsapp_number, email, home_ward, sub_county, skills, date_of_birth, gender, id_number, emergency_contact, emergency_phone,
  mpesa_number, onboarded_on, status, notes, created, updated)
SELECT CASE WHEN v <= 30 THEN 8 + v END, p.name, p.typed, CASE WHEN v % 3 <> 0 THEN p.e164 END, CASE WHEN v % 4 <> 0 THEN p.email END,
       pl.ward, pl.subcounty,
       fixture_gen.pick(ARRAY['Swahili, Orma', 'first aid', 'boat handling, swimming', 'Somali, data entry', 'Pokomo, Swahili', 'driver (PSV licence)', 'nurse', 'KoBo, GPS'], 'vsk', v),
       CASE WHEN v % 7 <> 0 THEN date '1978-01-01' + fixture_gen.n('vdb', v, 365 * 28) END, CASE WHEN fixture_gen.n('vg', v, 2) = 0 THEN 'F' ELSE 'M' END,
       CASE WHEN v % 5 <> 0 THEN p.idno END,
       ugen.fn('vec', v) || ' ' || CASE WHEN v % 2 = 0 THEN p.last ELSE ugen.ln('vel', v) END || ' (' || fixture_gen.pick(ARRAY['mother', 'brother', 'husband', 'wife', 'uncle', 'sister'], 'ver', v) || ')',
       ugen.typed(ugen.e164('vep', v), 'vet', v),
       CASE WHEN v % 6 = 0 THEN ugen.typed(ugen.e164('vmp', v), 'vmt', v) ELSE p.e164 END,
       date '2024-04-03' + fixture_gen.n('vob', v, 40),
       CASE WHEN v % 11 = 0 THEN 'inactive' WHEN v > 30 THEN 'applicant' ELSE 'active' END,
       CASE fixture_gen.n('vno', v, 6) WHEN 0 THEN NULL WHEN 1 THEN 'Very reliable on calls, speaks Orma.' WHEN 2 THEN 'Lost her own house in Ozi, staying with her sister; do not assign night shifts.'
            WHEN 3 THEN 'Paid stipend via M-Pesa every Friday.' WHEN 4 THEN 'Asthmatic - not for boat duty.' ELSE 'Referred by ' || ugen.fn('vrf', v) || ' ' || ugen.ln('vrl', v) || ' (KRCS).' END,
       ugen.tb('vcr', v, 1712100000, 1715000000), CASE WHEN v % 3 = 0 THEN ugen.tb('vup', v, 1715000000, 1718400000) END
FROM generate_series(1, 36) v JOIN ugen.p p ON p.i = CASE WHEN v <= 30 THEN 308 + v ELSE 350 + v END JOIN ugen.place pl ON pl.pk = p.pk
ORDER BY v;

CREATE TABLE floodwatch.verification_calls (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES public.posts (id) ON DELETE CASCADE,
  volunteer_id integer NOT NULL REFERENCES floodwatch.volunteers (id),
  called_number varchar(32) NOT NULL,
  call_started integer NOT NULL,
  duration_s integer DEFAULT NULL,
  outcome varchar(32) NOT NULL,
  language_used varchar(16) DEFAULT NULL,
  notes text,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO floodwatch.verification_calls (post_id, volunteer_id, called_number, call_started, duration_s, outcome, language_used, notes, created)
SELECT x.id, 1 + (k * 7) % 30, p.typed, ugen.t('pcr', x.id) + 1800 + k * 60,
       CASE WHEN o = 'confirmed' OR o = 'not confirmed' THEN 40 + fixture_gen.n('vcd', k, 600) END, o,
       fixture_gen.pick(ARRAY['sw', 'sw', 'en', 'orm', 'so', 'pkb'], 'vcl', k),
       CASE fixture_gen.n('vcn', k, 7) WHEN 0 THEN NULL WHEN 1 THEN 'No answer.' WHEN 2 THEN 'Confirmed, ' || (2 + k % 9) || ' people on the roof, boat sent.'
            WHEN 3 THEN 'Spoke to ' || p.first || '''s son ' || ugen.fn('vcs', k) || ', the family moved to ' || ugen.site('vcx', k) || '.'
            WHEN 4 THEN 'Reporter was drunk and abusive, ended the call.' WHEN 5 THEN 'Number switched off; try again tomorrow.'
            ELSE 'She says her husband ' || ugen.fn('vch', k) || ' beats her since they moved to the camp; referred to the protection desk.' END,
       ugen.t('pcr', x.id) + 1800 + k * 60 + 30
FROM generate_series(1, 130) k
JOIN ugen.post x ON x.id = 1 + (k * 23) % 150
JOIN ugen.p p ON p.i = x.who
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['confirmed', 'confirmed', 'confirmed', 'no answer', 'not confirmed', 'wrong number', 'switched off'], 'vco', k) AS o) oo
ORDER BY k;

CREATE TABLE floodwatch.households (
  id serial PRIMARY KEY,
  post_id integer DEFAULT NULL REFERENCES public.posts (id) ON DELETE SET NULL,
  head_name varchar(150) NOT NULL,
  head_id_number varchar(16) DEFAULT NULL,
  phone varchar(32) DEFAULT NULL,
  household_size integer NOT NULL,
  children_under5 integer NOT NULL DEFAULT 0,
  elderly integer NOT NULL DEFAULT 0,
  pregnant_women integer NOT NULL DEFAULT 0,
  disabled_members integer NOT NULL DEFAULT 0,
  origin_village varchar(64) DEFAULT NULL,
  current_site varchar(64) DEFAULT NULL,
  gps_lat numeric(8,5) DEFAULT NULL,
  gps_lon numeric(8,5) DEFAULT NULL,
  needs text,
  registered_by varchar(150) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO floodwatch.households (post_id, head_name, head_id_number, phone, household_size, children_under5, elderly, pregnant_women, disabled_members, origin_village, current_site,
  gps_lat, gps_lon, needs, registered_by, created)
SELECT x.id, h.name, CASE WHEN x.id % 5 <> 0 THEN h.idno END, CASE WHEN x.id % 4 <> 0 THEN h.e164 END,
       2 + fixture_gen.n('hhs', x.id, 10), fixture_gen.n('hh5', x.id, 4), fixture_gen.n('hhe', x.id, 3), CASE WHEN x.id % 7 = 0 THEN 1 ELSE 0 END,
       CASE WHEN x.id % 9 = 0 THEN 1 ELSE 0 END, pl.village, ugen.site('hs', x.id),
       CASE WHEN x.id % 6 <> 0 THEN h.lat END, CASE WHEN x.id % 6 <> 0 THEN h.lon END,
       t.value, vu.realname, ugen.t('pcr', x.id)
FROM ugen.post x JOIN ugen.p h ON h.i = x.who JOIN ugen.place pl ON pl.pk = h.pk
LEFT JOIN post_text t ON t.post_id = x.id AND t.form_attribute_id = 21
LEFT JOIN users vu ON vu.id = x.user_id
WHERE x.form_id = 2 ORDER BY x.id;
INSERT INTO floodwatch.households (post_id, head_name, head_id_number, phone, household_size, children_under5, elderly, pregnant_women, disabled_members, origin_village, current_site,
  gps_lat, gps_lon, needs, registered_by, created)
SELECT NULL, h.name, h.idno, h.typed, 3 + k % 6, k % 3, 0, 0, 0, pl.village, 'Hola Stadium camp', NULL, NULL, 'Registered on paper at the camp gate; entered later.', 'Data team', 1714600000 + k * 3600
FROM generate_series(1, 15) k JOIN ugen.p h ON h.i = 280 + k JOIN ugen.place pl ON pl.pk = h.pk;

CREATE TABLE floodwatch.gateway_accounts (
  id serial PRIMARY KEY,
  provider varchar(32) NOT NULL,
  account_ref varchar(64) NOT NULL,
  auth_token varchar(128) NOT NULL,
  sender_id varchar(32) DEFAULT NULL,
  callback_url varchar(255) DEFAULT NULL,
  notes text,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO floodwatch.gateway_accounts (provider, account_ref, auth_token, sender_id, callback_url, notes, created) VALUES
 ('twilio', 'AC' || fixture_gen.hexn('cftw', 1, 32), fixture_gen.hexn('cftt', 1, 32), 'whatsapp:+14155238886', 'https://floodwatch.tanaresponse.org/sms/twilio/reply', 'WhatsApp sandbox; production sender pending Meta approval.', 1712300000),
 ('africastalking', 'tanafloodwatch', 'atsk_' || fixture_gen.hexn('gat', 1, 64), '40404', 'https://sms-bridge.tanaresponse.org/at/inbound?key=' || fixture_gen.chars('gak', 1, 24), 'Short code 40404, zero-rated by Safaricom until 30 June.', 1712000000),
 ('smssync', 'SMSSync-Garsen-01', fixture_gen.chars('cfss', 1, 24), '+254700123456', 'https://floodwatch.tanaresponse.org/sms/smssync', 'Android phone at the Garsen office (Tecno, charger in the drawer).', 1711990000),
 ('frontlinesms', 'tfrc-cloud', fixture_gen.chars('cffs', 1, 32), '+254711987654', 'https://floodwatch.tanaresponse.org/sms/frontlinesms', NULL, 1712050000),
 ('mailgun', 'mg.tanaresponse.org', 'key-' || fixture_gen.hexn('gmg', 1, 32), NULL, NULL, 'Outgoing email; the SMTP password is in Ushahidi config.', 1711980000),
 ('africastalking', 'tfrc-sandbox', 'atsk_' || fixture_gen.hexn('gat', 2, 64), 'AFTKNG', NULL, 'Sandbox, used for training volunteers.', 1712010000);

CREATE TABLE floodwatch.partner_referrals (
  id serial PRIMARY KEY,
  post_id integer DEFAULT NULL REFERENCES public.posts (id) ON DELETE SET NULL,
  household_id integer DEFAULT NULL REFERENCES floodwatch.households (id) ON DELETE SET NULL,
  partner_org varchar(128) NOT NULL,
  partner_focal_point varchar(150) DEFAULT NULL,
  focal_point_email varchar(150) DEFAULT NULL,
  referral_note text,
  status varchar(16) NOT NULL DEFAULT 'open',
  created integer NOT NULL DEFAULT 0,
  updated integer DEFAULT NULL
);
INSERT INTO floodwatch.partner_referrals (post_id, household_id, partner_org, partner_focal_point, focal_point_email, referral_note, status, created, updated)
SELECT hh.post_id, hh.id, o.org, fp.name,
       CASE WHEN k % 5 = 0 THEN o.box ELSE lower(fixture_gen.ascii(fp.first)) || '.' || lower(fixture_gen.ascii(fp.last)) || '@' || o.dom END,
       CASE fixture_gen.n('prn', k, 5) WHEN 0 THEN 'Family of ' || hh.household_size || ', needs food and NFIs.'
            WHEN 1 THEN hh.head_name || ' needs insulin; please see at the mobile clinic on Thursday.'
            WHEN 2 THEN 'Lost all documents; refer for ID replacement (Huduma).'
            WHEN 3 THEN 'Child separated from family, see case notes. Contact ' || coalesce(hh.phone, 'via the site chairperson') || '.'
            ELSE NULL END,
       fixture_gen.pick(ARRAY['open', 'accepted', 'closed', 'closed', 'declined'], 'prs', k), hh.created + 7200, CASE WHEN k % 3 <> 0 THEN hh.created + 86400 * (1 + k % 5) END
FROM generate_series(1, 55) k
JOIN floodwatch.households hh ON hh.id = 1 + (k * 3) % 95
CROSS JOIN LATERAL (SELECT (ARRAY['Kenya Red Cross Society', 'Tana River County Health', 'WFP', 'UNHCR protection desk', 'Catholic Relief Services'])[1 + k % 5] AS org,
                           (ARRAY['kenyaredcross-tana.or.ke', 'tanariver.go.ke', 'wfp-ke.org', 'unhcr-ke.org', 'crs-ke.org'])[1 + k % 5] AS dom,
                           (ARRAY['tana@kenyaredcross-tana.or.ke', 'health@tanariver.go.ke', 'kenya.garissa@wfp-ke.org', 'kenprotection@unhcr-ke.org', 'ke.emergency@crs-ke.org'])[1 + k % 5] AS box) o
JOIN ugen.p fp ON fp.i = 360 + k % 5
ORDER BY k;

CREATE TABLE floodwatch.sitreps (
  id serial PRIMARY KEY,
  report_date date NOT NULL,
  county varchar(64) NOT NULL,
  reports_received integer NOT NULL,
  reports_verified integer NOT NULL,
  displaced_estimate integer DEFAULT NULL,
  summary text NOT NULL,
  published_url varchar(255) DEFAULT NULL,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO floodwatch.sitreps (report_date, county, reports_received, reports_verified, displaced_estimate, summary, published_url, created)
SELECT d::date, c.county, 10 + fixture_gen.n('srr', k, 80), 5 + fixture_gen.n('srv', k, 40), CASE WHEN k % 4 <> 0 THEN 1000 + fixture_gen.n('srd', k, 20000) END,
       fixture_gen.pick(ARRAY['Water levels at Garsen continued to rise overnight. New displacement reported in Kipini West and Garsen South; the Garsen-Witu road remains closed.',
                              'Reports fell for the second day as the river receded. Cholera alerts in two wards are being followed up by county health teams.',
                              'Three evacuation sites are above capacity. Partners are distributing food and non-food items at Hola Stadium and Tarasaa.',
                              'Madogo bridge reopened to light vehicles. Needs surveys by SMS show food and clean water as the main needs.'], 'srs', k),
       'https://data.humdata.org/dataset/tana-river-floods-2024-sitrep-' || to_char(d, 'YYYYMMDD'), extract(epoch FROM d)::int + 64800
FROM generate_series(1, 28) k
CROSS JOIN LATERAL (SELECT timestamp '2024-04-14' + ((k - 1) / 2) * interval '1 day' AS d, CASE WHEN k % 2 = 0 THEN 'Garissa' ELSE 'Tana River' END AS county) c;

CREATE TABLE floodwatch.wa_sessions (
  id serial PRIMARY KEY,
  wa_id varchar(32) NOT NULL,
  profile_name varchar(150) DEFAULT NULL,
  contact_id integer DEFAULT NULL REFERENCES public.contacts (id) ON DELETE SET NULL,
  last_inbound integer DEFAULT NULL,
  session_state text,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO floodwatch.wa_sessions (wa_id, profile_name, contact_id, last_inbound, session_state, created)
SELECT substr(p.e164, 2), CASE WHEN c.id % 4 = 0 THEN p.first || ' 🌊' WHEN c.id % 7 = 0 THEN NULL ELSE p.name END, c.id, ugen.t('was', c.id),
       json_build_object('step', fixture_gen.pick(ARRAY['ask_location', 'ask_name', 'ask_people', 'done'], 'wst', c.id), 'lang', CASE WHEN c.id % 3 = 0 THEN 'en' ELSE 'sw' END,
         'answers', json_build_object('name', CASE WHEN c.id % 2 = 0 THEN p.name END, 'village', pl.village, 'people', 2 + c.id % 10))::text,
       ugen.t('wac', c.id)
FROM contacts c JOIN ugen.p p ON p.i = c.id JOIN ugen.place pl ON pl.pk = p.pk WHERE c.type = 'whatsapp' ORDER BY c.id;

CREATE TABLE floodwatch.staff_audit (
  id serial PRIMARY KEY,
  user_id integer DEFAULT NULL REFERENCES public.users (id) ON DELETE SET NULL,
  actor_email varchar(150) DEFAULT NULL,
  action varchar(64) NOT NULL,
  target varchar(64) DEFAULT NULL,
  ip_address varchar(45) DEFAULT NULL,
  user_agent varchar(255) DEFAULT NULL,
  details text,
  created integer NOT NULL DEFAULT 0
);
INSERT INTO floodwatch.staff_audit (user_id, actor_email, action, target, ip_address, user_agent, details, created)
SELECT u.id, u.email, a.action, a.target,
       CASE WHEN k % 4 = 0 THEN '197.' || (136 + k % 120) || '.' || fixture_gen.n('sai', k, 256) || '.' || (1 + fixture_gen.n('saj', k, 254)) WHEN k % 9 = 0 THEN fixture_gen.ipv6('sa6', k) ELSE '41.' || (80 + k % 60) || '.' || fixture_gen.n('sai', k, 256) || '.' || (1 + fixture_gen.n('saj', k, 254)) END,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
                              'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
                              'Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36',
                              'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
                              'python-requests/2.31.0'], 'sau', k),
       CASE a.action
         WHEN 'user.role_changed' THEN json_build_object('user', uu.email, 'from', 'user', 'to', 'volunteer')::text
         WHEN 'post.exported' THEN json_build_object('export_job_id', 1 + k % 22, 'rows', 40 + k % 200)::text
         WHEN 'contact.unmasked' THEN json_build_object('contact_id', 1 + k % 260, 'value', cp.typed, 'reason', 'verification call')::text
         WHEN 'user.invited' THEN json_build_object('email', uu.email, 'role', 'volunteer')::text
         ELSE json_build_object('post_id', 1 + k % 340)::text END,
       ugen.t('sat', k)
FROM generate_series(1, 120) k
JOIN users u ON u.id = 1 + (k * 5) % 8
JOIN users uu ON uu.id = 9 + k % 40
JOIN ugen.p cp ON cp.i = 1 + k % 260
CROSS JOIN LATERAL (SELECT (ARRAY['post.published', 'post.exported', 'contact.unmasked', 'user.role_changed', 'post.deleted', 'user.invited', 'post.published', 'contact.unmasked'])[1 + k % 8] AS action) a0
CROSS JOIN LATERAL (SELECT a0.action, split_part(a0.action, '.', 1) AS target) a
ORDER BY k;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('floodwatch');

SET client_min_messages = warning;
DROP SCHEMA ugen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
