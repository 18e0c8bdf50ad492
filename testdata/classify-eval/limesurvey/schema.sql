-- classify-eval fixture (HOLDOUT 50: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- LimeSurvey 6 instance on PostgreSQL, in the naming its Yii installer and
-- activation code create (lime_ prefixed tables, no foreign keys, serial
-- keys called qid, gid, sid, uid, tid, scid, legacy run-together names like
-- users_name, adminemail, surveyls_email_invite, stg_value; one token table
-- lime_tokens_<sid> and one response table lime_survey_<sid> per activated
-- survey, the response columns named <sid>X<gid>X<qid> with the
-- subquestion code appended, quoted because they start with a digit;
-- PHP-serialized and JSON values in text columns; the session store as
-- bytea), a subset of its tables with their real columns and types.
--
-- The instance is feedback.severnvale.nhs.example, run by the patient
-- experience team of the Severn Vale Hospitals Group (an infirmary, a
-- community hospital and a women's unit). The application's own tables
-- (public schema): staff users, LDAP-created or local, with bcrypt hashes,
-- one-time passwords and validation keys; user groups and permissions;
-- survey groups, eight surveys with their settings (admin names and
-- mailboxes, a bounce mailbox login and its encrypted password, a Google
-- Analytics measurement id), their language settings (public copy and
-- email templates in English, Polish, Romanian and Urdu), question groups,
-- questions, subquestions, attributes and answer options; the central
-- participant panel of patients and carers with its attribute values;
-- two token tables of invited participants with NHS and hospital numbers,
-- ward specialties, discharge dates and mobiles as attributes; the
-- response tables of the inpatient survey (with its timings table), the
-- anonymized maternity survey, the emergency department's Friends and
-- Family Test (IP addresses and referrers kept) and the complaints-process
-- survey (uploaded letters, patient details); saved-and-resume rows,
-- failed login attempts, global and per-user settings, plugins and their
-- settings (LDAP bind password, an OAuth SMTP client secret and refresh
-- token, a GOV.UK Notify key), the session store, failed notification
-- emails, the core AuditLog plugin's log and the notifications.
--
-- NOT LimeSurvey: the team's own tables, in the schema "px" beside it
-- (plain snake_case): the nightly discharge extract from the patient
-- administration system that feeds the inpatient invitations, the SMS
-- outbox of those invitations, the themes coded from free-text comments,
-- escalations of comments to safeguarding and the Datix team, the ward
-- directory and the export jobs that feed the data warehouse.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA lgen;
SET client_min_messages = warning;

-- rnd: random-looking alphanumerics (LimeSurvey's randomChars).
CREATE FUNCTION lgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

-- bcrypt: PHP password_hash() with the default cost.
CREATE FUNCTION lgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- at: a time between two bounds, to the second.
CREATE FUNCTION lgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- nhs: an NHS number with its modulus 11 check digit, as 3-3-4 or run together.
CREATE FUNCTION lgen.nhs(tag text, i bigint, spaced boolean) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text; s int; c int; k int := 0;
BEGIN
  LOOP
    d := (4 + fixture_gen.n(tag || 'f' || k, i, 6))::text || fixture_gen.digits(tag || 'd' || k, i, 8);
    s := 0;
    FOR j IN 1..9 LOOP s := s + substr(d, j, 1)::int * (11 - j); END LOOP;
    c := 11 - (s % 11);
    IF c = 11 THEN c := 0; END IF;
    IF c <> 10 THEN
      RETURN CASE WHEN spaced THEN substr(d, 1, 3) || ' ' || substr(d, 4, 3) || ' ' || substr(d, 7, 3) || c::text ELSE d || c::text END;
    END IF;
    k := k + 1;
  END LOOP;
END $$;

-- mob: a UK mobile as patients give it.
CREATE FUNCTION lgen.mob(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
    WHEN 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 1 THEN '+447' || fixture_gen.digits(tag, i, 9)
    WHEN 2 THEN '07' || fixture_gen.digits(tag, i, 9)
    ELSE '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 3) || ' ' || fixture_gen.digits(tag || 'c', i, 3) END
$$;

-- pc: a Gloucestershire and borders postcode; pco: its outward half.
CREATE FUNCTION lgen.pco(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['GL1', 'GL2', 'GL3', 'GL4', 'GL5', 'GL6', 'GL10', 'GL11', 'GL15', 'GL20', 'GL50', 'GL51', 'GL52', 'GL53', 'GL54', 'GL7', 'HR8', 'HR9', 'WR12', 'NP16'], tag, i)
$$;

CREATE FUNCTION lgen.pc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT lgen.pco(tag, i) || ' ' || fixture_gen.digits(tag || 'i', i, 1) || fixture_gen.chars(tag || 'i', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
$$;

CREATE FUNCTION lgen.town(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Gloucester', 'Gloucester', 'Cheltenham', 'Cheltenham', 'Stroud', 'Tewkesbury', 'Cirencester', 'Ledbury', 'Ross-on-Wye', 'Lydney', 'Coleford', 'Dursley'], tag, i)
$$;

CREATE FUNCTION lgen.street(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'f', i, 5) = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'u', i, 24))::text || ', ' ELSE '' END
      || (1 + fixture_gen.n(tag || 'n', i, 180))::text || ' '
      || fixture_gen.pick(ARRAY['Barnwood Road', 'Tewkesbury Road', 'London Road', 'Painswick Road', 'Stroud Road', 'Cheltenham Road', 'Bristol Road',
           'Westgate Street', 'Severn Way', 'Church Lane', 'Orchard Close', 'Station Road', 'Bath Road', 'Hatherley Road', 'Priory Way', 'Kingsholm Road'], tag, i)
$$;

-- first/last: names of the hospitals' catchment, English ones beside those of helpers.sql.
CREATE FUNCTION lgen.first(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'm', i, 5) < 3
    THEN fixture_gen.pick(ARRAY['Margaret', 'David', 'Susan', 'John', 'Patricia', 'Michael', 'Janet', 'Peter', 'Linda', 'Robert', 'Karen', 'Gary',
           'Emma', 'Daniel', 'Sophie', 'Jack', 'Brenda', 'Keith', 'Sharon', 'Colin', 'Gemma', 'Ryan', 'Dorothy', 'Trevor', 'Chloe', 'Nathan'], tag, i)
    ELSE fixture_gen.first_name(tag, i) END
$$;

CREATE FUNCTION lgen.last(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'm', i, 5) < 3
    THEN fixture_gen.pick(ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Price', 'Morgan',
           'Baker', 'Hill', 'Cooper', 'Ward', 'Turner', 'Phillips', 'Morris', 'Lewis', 'Jenkins', 'Powell', 'Griffiths', 'Bishop'], tag, i)
    ELSE fixture_gen.last_name(tag, i) END
$$;

-- pmail: a personal mailbox made of a name.
CREATE FUNCTION lgen.pmail(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
      WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
      WHEN 1 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (i % 97)::text
      WHEN 2 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) || (40 + i % 50)::text
      ELSE fixture_gen.ascii(f) || '_' || substr(fixture_gen.ascii(l), 1, 1) END
    || '@' || fixture_gen.pick(ARRAY['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'sky.com', 'talktalk.net', 'wp.pl', 'onet.pl'], tag || 'd', i)
$$;

-- ps: a PHP-serialized string.
CREATE FUNCTION lgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(convert_to(v, 'UTF8')) || ':"' || v || '";' END $$;

-- ip: a public IPv4 of a home broadband or mobile network; lan: a hospital address.
CREATE FUNCTION lgen.lan(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '10.' || fixture_gen.pick(ARRAY['41', '41', '42', '57'], tag, i) || '.' || (8 + fixture_gen.n(tag || 'c', i, 40))::text || '.' || (2 + fixture_gen.n(tag || 'd', i, 250))::text
$$;

-- sodium: a base64 ciphertext as LimeSurvey's LSSodium encryptSingle() stores it.
CREATE FUNCTION lgen.sodium(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag, i, 24 + 16 + len) $$;

-- Patients discharged from the inpatient wards (1-300): the people of the
-- PAS extract, of lime_tokens_482951 (tid = i) and of the SMS outbox.
CREATE TABLE lgen.pt (i int PRIMARY KEY, first text, last text, nhs text, mrn text, ward text, dob date, sex text, pc text, mob text, email text, discharged date);
INSERT INTO lgen.pt
SELECT i, lgen.first('ptf', i), lgen.last('ptl', i), lgen.nhs('ptn', i, false), 'SV' || fixture_gen.digits('ptm', i, 7),
       fixture_gen.pick(ARRAY['7A', '7B', '8', '9', 'CCU', '3A', '3B', '4', 'SAU', 'ORTHO2', 'AMU', 'STROKE', 'KF', 'WREN', 'ASH', 'OAK'], 'ptw', i),
       date '1931-01-01' + fixture_gen.n('ptd', i, 365 * 75), CASE WHEN fixture_gen.n('pts', i, 2) = 0 THEN 'F' ELSE 'M' END,
       lgen.pc('ptp', i), CASE WHEN i % 9 = 4 THEN NULL ELSE lgen.mob('ptmo', i) END, NULL,
       date '2024-01-08' + (i * 11 / 20)
FROM generate_series(1, 300) i;
UPDATE lgen.pt SET email = CASE WHEN i % 5 IN (1, 3) OR i % 9 = 4 THEN lgen.pmail(first, last, 'pte', i) WHEN i % 5 = 2 THEN '' END;
UPDATE lgen.pt SET sex = 'F', first = fixture_gen.pick(ARRAY['Emma', 'Sophie', 'Chloe', 'Gemma', 'Amara', 'Zofia', 'Priya', 'Aoife', 'Fatima', 'Hannah', 'Leila', 'Giulia', 'Ngozi', 'Mei'], 'ptff', i)
 WHERE ward IN ('KF', 'WREN');

-- Staff named in comments (nurses, midwives, doctors by surname).
CREATE FUNCTION lgen.nurse(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Kelly', 'Anna', 'Grace', 'Tomasz', 'Joy', 'Precious', 'Liam', 'Beth', 'Maria', 'Sunita', 'Femi', 'Rhiannon', 'Mandy', 'Jasmine'], tag, i)
$$;
CREATE FUNCTION lgen.doc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Okafor', 'Hughes', 'Sharma', 'Fitzgerald', 'Nowak', 'Chaudhry', 'Lindqvist', 'Adeyemi', 'Barrett', 'Rossi', 'Mahmood'], tag, i)
$$;

-- Ward directory, used by the generators below and kept as px.ward.
CREATE SCHEMA px;
CREATE TABLE px.ward (
  code varchar(8) PRIMARY KEY,
  name varchar(120) NOT NULL,
  site varchar(60) NOT NULL,
  specialty varchar(80) NOT NULL,
  matron varchar(80),
  matron_email varchar(160),
  ext varchar(12)
);
INSERT INTO px.ward (code, name, site, specialty, matron, matron_email, ext) VALUES
 ('7A', 'Ward 7A', 'Severn Vale Royal Infirmary', 'Haematology', 'Rachel Bishop', 'rachel.bishop@severnvale.nhs.example', '4471'),
 ('7B', 'Ward 7B', 'Severn Vale Royal Infirmary', 'Haematology & Oncology', 'Rachel Bishop', 'rachel.bishop@severnvale.nhs.example', '4472'),
 ('8', 'Ward 8', 'Severn Vale Royal Infirmary', 'Respiratory Medicine', 'Ritu Sharma', 'ritu.sharma@severnvale.nhs.example', '4480'),
 ('9', 'Ward 9', 'Severn Vale Royal Infirmary', 'Gastroenterology', 'Ritu Sharma', 'ritu.sharma@severnvale.nhs.example', '4490'),
 ('CCU', 'Coronary Care Unit', 'Severn Vale Royal Infirmary', 'Cardiology', 'Daniel Okoro', 'daniel.okoro@severnvale.nhs.example', '4405'),
 ('3A', 'Ward 3A', 'Severn Vale Royal Infirmary', 'General Surgery', 'Helen Marsh', 'helen.marsh@severnvale.nhs.example', '4431'),
 ('3B', 'Ward 3B', 'Severn Vale Royal Infirmary', 'Urology', 'Helen Marsh', 'helen.marsh@severnvale.nhs.example', '4432'),
 ('4', 'Ward 4', 'Severn Vale Royal Infirmary', 'Vascular Surgery', 'Helen Marsh', 'helen.marsh@severnvale.nhs.example', '4440'),
 ('SAU', 'Surgical Assessment Unit', 'Severn Vale Royal Infirmary', 'General Surgery', NULL, NULL, '4400'),
 ('ORTHO2', 'Orthopaedic Ward 2', 'Severn Vale Royal Infirmary', 'Trauma & Orthopaedics', 'Piotr Zielinski', 'piotr.zielinski@severnvale.nhs.example', '4452'),
 ('AMU', 'Acute Medical Unit', 'Severn Vale Royal Infirmary', 'Acute Medicine', 'Daniel Okoro', 'daniel.okoro@severnvale.nhs.example', '4410'),
 ('STROKE', 'Stroke Unit', 'Severn Vale Royal Infirmary', 'Stroke Medicine', 'Ritu Sharma', 'ritu.sharma@severnvale.nhs.example', '4460'),
 ('KF', 'Kingfisher Ward', 'Kingsmead Women''s Unit', 'Maternity (postnatal)', 'Sian Pritchard', 'sian.pritchard@severnvale.nhs.example', '6120'),
 ('WREN', 'Wren Ward', 'Kingsmead Women''s Unit', 'Gynaecology', 'Sian Pritchard', 'sian.pritchard@severnvale.nhs.example', '6130'),
 ('LDS', 'Labour and Delivery Suite', 'Kingsmead Women''s Unit', 'Maternity (intrapartum)', 'Sian Pritchard', 'sian.pritchard@severnvale.nhs.example', '6100'),
 ('NNU', 'Neonatal Unit', 'Kingsmead Women''s Unit', 'Neonatology', 'Abimbola Eze', 'abimbola.eze@severnvale.nhs.example', '6150'),
 ('ASH', 'Ash Ward', 'St Aldhelm''s Community Hospital', 'Rehabilitation', 'Gareth Lloyd', 'gareth.lloyd@severnvale.nhs.example', '7210'),
 ('OAK', 'Oak Ward', 'St Aldhelm''s Community Hospital', 'Rehabilitation', 'Gareth Lloyd', 'gareth.lloyd@severnvale.nhs.example', '7220'),
 ('ED', 'Emergency Department', 'Severn Vale Royal Infirmary', 'Emergency Medicine', 'Claire Donnelly', 'claire.donnelly@severnvale.nhs.example', '4000'),
 ('CED', 'Children''s Emergency Department', 'Severn Vale Royal Infirmary', 'Paediatric Emergency Medicine', 'Claire Donnelly', 'claire.donnelly@severnvale.nhs.example', '4020'),
 ('UTC', 'Urgent Treatment Centre', 'St Aldhelm''s Community Hospital', 'Urgent Care', 'Gareth Lloyd', 'gareth.lloyd@severnvale.nhs.example', '7000'),
 ('DSU', 'Day Surgery Unit', 'St Aldhelm''s Community Hospital', 'Day Surgery', NULL, NULL, '7300'),
 ('PAED', 'Puffin Ward', 'Severn Vale Royal Infirmary', 'Paediatrics', 'Abimbola Eze', 'abimbola.eze@severnvale.nhs.example', '4600'),
 ('DLU', 'Discharge Lounge', 'Severn Vale Royal Infirmary', 'Discharge', NULL, NULL, '');

-- ---------------------------------------------------------------------------
-- Users, groups, permissions.

-- Staff accounts. 1: the install's administrator; 2-5: the patient
-- experience team; 6-21: matrons, ward managers and analysts (most created
-- by the AuthLDAP plugin on first login, their password a random hash);
-- 22: the Power BI service account; 23-24: leavers.
CREATE TABLE lgen.st (uid int PRIMARY KEY, first text, last text, login text, email text, ldap boolean);
INSERT INTO lgen.st VALUES
 (1, 'Administrator', NULL, 'admin', 'px-systems@severnvale.nhs.example', false),
 (2, 'Joanne', 'Pratt', 'jpratt', 'joanne.pratt@severnvale.nhs.example', true),
 (3, 'Agnieszka', 'Kowalska', 'akowalska', 'agnieszka.kowalska@severnvale.nhs.example', true),
 (4, 'Kwabena', 'Mensah', 'kmensah', 'kwabena.mensah@severnvale.nhs.example', true),
 (5, 'Lucy', 'Harding', 'lharding', 'lucy.harding@severnvale.nhs.example', true),
 (22, 'Power BI export', '(service account)', 'svc_powerbi', 'px-bi@severnvale.nhs.example', false);
INSERT INTO lgen.st
SELECT u, f, l, lower(substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l)) || CASE WHEN u % 7 = 3 THEN '2' ELSE '' END,
       fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN u % 7 = 3 THEN '2' ELSE '' END || '@severnvale.nhs.example', u NOT IN (9, 17)
FROM (SELECT u, lgen.first('stf', u) AS f, lgen.last('stl', u) AS l FROM generate_series(6, 24) u WHERE u <> 22) x;
UPDATE lgen.st SET first = 'Ritu', last = 'Sharma', login = 'rsharma', email = 'ritu.sharma@severnvale.nhs.example' WHERE uid = 6;
UPDATE lgen.st SET first = 'Rachel', last = 'Bishop', login = 'rbishop', email = 'rachel.bishop@severnvale.nhs.example' WHERE uid = 7;
UPDATE lgen.st SET first = 'Sian', last = 'Pritchard', login = 'spritchard', email = 'sian.pritchard@severnvale.nhs.example' WHERE uid = 8;
UPDATE lgen.st SET first = 'Claire', last = 'Donnelly', login = 'cdonnelly', email = 'claire.donnelly@severnvale.nhs.example' WHERE uid = 10;

CREATE TABLE lime_users (
  uid serial PRIMARY KEY,
  users_name varchar(64) NOT NULL DEFAULT '',
  password text NOT NULL,
  full_name varchar(50) NOT NULL,
  parent_id integer NOT NULL,
  lang varchar(20),
  email varchar(192),
  htmleditormode varchar(7) DEFAULT 'default',
  templateeditormode varchar(7) NOT NULL DEFAULT 'default',
  questionselectormode varchar(7) NOT NULL DEFAULT 'default',
  one_time_pw text,
  dateformat integer NOT NULL DEFAULT 1,
  last_login timestamp,
  created timestamp,
  modified timestamp,
  validation_key varchar(38),
  validation_key_expiration timestamp,
  last_forgot_email_password timestamp,
  expires timestamp,
  user_status integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX lime_idx1_users ON lime_users (users_name);
CREATE INDEX lime_idx2_users ON lime_users (email);
INSERT INTO lime_users (uid, users_name, password, full_name, parent_id, lang, email, htmleditormode, templateeditormode, questionselectormode,
  one_time_pw, dateformat, last_login, created, modified, validation_key, validation_key_expiration, last_forgot_email_password, expires, user_status)
SELECT uid, login, lgen.bcrypt('upw', uid), trim(first || ' ' || coalesce(last, '')), CASE WHEN uid = 1 THEN 0 WHEN uid <= 5 THEN 1 ELSE 2 END,
       CASE WHEN uid = 3 THEN 'pl' WHEN uid = 1 THEN 'auto' ELSE 'en' END, email,
       CASE WHEN uid % 4 = 0 THEN 'inline' ELSE 'default' END, 'default', CASE WHEN uid IN (3, 4) THEN 'full' ELSE 'default' END,
       CASE WHEN uid = 22 THEN lgen.bcrypt('uotp', uid) WHEN uid = 5 THEN lgen.rnd('uotp', uid, 24) END,
       CASE WHEN uid IN (3, 12) THEN 5 ELSE 1 END,
       CASE WHEN uid IN (23, 24) THEN lgen.at('ull', uid, '2023-06-01', '2023-12-01') WHEN uid % 6 = 5 THEN NULL ELSE lgen.at('ull', uid, '2024-05-20', '2024-06-28') END,
       lgen.at('ucr', uid, '2021-02-01', '2023-09-01'), lgen.at('umo', uid, '2024-01-01', '2024-06-28'),
       CASE WHEN uid IN (19, 21) THEN lgen.rnd('uvk', uid, 38) END,
       CASE WHEN uid IN (19, 21) THEN lgen.at('uvx', uid, '2024-06-20', '2024-07-10') END,
       CASE WHEN uid IN (3, 11, 19) THEN lgen.at('ufp', uid, '2024-03-01', '2024-06-20') END,
       CASE WHEN uid IN (23, 24) THEN timestamp '2023-12-31 23:59:59' WHEN uid = 20 THEN timestamp '2024-09-30 00:00:00' END,
       CASE WHEN uid IN (23, 24) THEN 0 ELSE 1 END
FROM lgen.st ORDER BY uid;

CREATE TABLE lime_user_groups (
  ugid serial PRIMARY KEY,
  name varchar(20) NOT NULL,
  description text NOT NULL,
  owner_id integer NOT NULL
);
CREATE UNIQUE INDEX lime_idx1_user_groups ON lime_user_groups (name);
INSERT INTO lime_user_groups (ugid, name, description, owner_id) VALUES
 (1, 'PX team', 'Patient experience team: full access to all surveys and the participant panel.', 2),
 (2, 'Matrons', 'Divisional matrons: read responses and statistics of their wards'' surveys.', 2),
 (3, 'Ward managers', 'Ward managers: statistics only, no access to free-text comments with contact details.', 2),
 (4, 'Maternity', 'Maternity voices partnership leads and the maternity matron.', 3),
 (5, 'BI & analytics', 'Information team; includes the Power BI service account used by the RemoteControl API.', 1);

CREATE TABLE lime_user_in_groups (
  ugid integer NOT NULL,
  uid integer NOT NULL,
  PRIMARY KEY (ugid, uid)
);
INSERT INTO lime_user_in_groups (ugid, uid)
SELECT DISTINCT g, uid FROM lgen.st, LATERAL (VALUES
  (CASE WHEN uid BETWEEN 2 AND 5 THEN 1 WHEN uid IN (6, 7, 8, 10) THEN 2 WHEN uid = 22 OR uid % 5 = 0 THEN 5 ELSE 3 END),
  (CASE WHEN uid IN (3, 8, 13, 16) THEN 4 WHEN uid IN (3, 4, 11) THEN 5 ELSE NULL END)) v(g)
WHERE g IS NOT NULL AND uid <> 1;

CREATE TABLE lime_permissions (
  id serial PRIMARY KEY,
  entity varchar(50) NOT NULL,
  entity_id integer NOT NULL,
  uid integer NOT NULL,
  permission varchar(100) NOT NULL,
  create_p integer NOT NULL DEFAULT 0,
  read_p integer NOT NULL DEFAULT 0,
  update_p integer NOT NULL DEFAULT 0,
  delete_p integer NOT NULL DEFAULT 0,
  import_p integer NOT NULL DEFAULT 0,
  export_p integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX lime_idx1_permissions ON lime_permissions (entity_id, entity, permission, uid);
INSERT INTO lime_permissions (entity, entity_id, uid, permission, create_p, read_p, update_p, delete_p, import_p, export_p)
SELECT 'global', 0, uid, p, CASE WHEN uid <= 3 THEN 1 ELSE 0 END, 1, CASE WHEN uid <= 4 THEN 1 ELSE 0 END, CASE WHEN uid <= 2 THEN 1 ELSE 0 END,
       CASE WHEN uid <= 3 THEN 1 ELSE 0 END, CASE WHEN uid <= 4 OR uid = 22 THEN 1 ELSE 0 END
FROM lgen.st, unnest(CASE WHEN uid IN (1, 2) THEN ARRAY['superadmin', 'auth_db']
                          WHEN uid IN (3, 4, 5) THEN ARRAY['surveys', 'participantpanel', 'labelsets', 'templates', 'auth_ldap']
                          WHEN uid = 22 THEN ARRAY['auth_db']
                          ELSE ARRAY['auth_ldap'] END) p;
INSERT INTO lime_permissions (entity, entity_id, uid, permission, create_p, read_p, update_p, delete_p, import_p, export_p)
SELECT 'survey', s, u, p, 0, 1, CASE WHEN p IN ('responses', 'tokens') AND u IN (6, 8, 10) THEN 1 ELSE 0 END, 0, 0, CASE WHEN p = 'statistics' OR u = 22 THEN 1 ELSE 0 END
FROM (VALUES (482951, 6), (482951, 7), (482951, 22), (615374, 8), (615374, 13), (615374, 16), (739208, 10), (739208, 22), (254816, 6), (482951, 14), (482951, 18)) su(s, u),
     unnest(ARRAY['survey', 'statistics', 'responses', 'tokens']) p
WHERE NOT (p = 'tokens' AND s = 615374);

-- ---------------------------------------------------------------------------
-- Survey groups, surveys and their language settings.

CREATE TABLE lime_surveys_groups (
  gsid serial PRIMARY KEY,
  name varchar(45) NOT NULL,
  title varchar(100),
  template varchar(128) DEFAULT 'default',
  description text,
  sortorder integer NOT NULL,
  owner_id integer,
  parent_id integer,
  alwaysavailable boolean,
  created timestamp,
  modified timestamp,
  created_by integer NOT NULL
);
CREATE INDEX lime_idx1_surveys_groups ON lime_surveys_groups (name);
INSERT INTO lime_surveys_groups (gsid, name, title, template, description, sortorder, owner_id, parent_id, alwaysavailable, created, modified, created_by) VALUES
 (1, 'default', 'Default', NULL, 'Default survey group', 0, 1, NULL, false, '2021-02-01 10:02:11', '2021-02-01 10:02:11', 1),
 (2, 'inpatient_urgent', 'Inpatient and urgent care', 'svhg_nhs', 'Surveys of adult inpatients and of the emergency department and urgent treatment centre.', 1, 2, NULL, false, '2022-03-14 09:30:00', '2024-01-05 11:12:40', 2),
 (3, 'maternity', 'Maternity and neonatal', 'svhg_nhs', 'Kingsmead Women''s Unit surveys, run with the Maternity Voices Partnership.', 2, 3, NULL, false, '2022-05-03 14:20:31', '2024-02-19 10:01:07', 3),
 (4, 'pals_complaints', 'PALS and complaints', 'svhg_nhs', 'Follow-up surveys of people who raised a concern or complaint.', 3, 2, NULL, false, '2023-01-09 08:55:12', '2023-11-30 16:40:02', 2),
 (5, 'archive', 'Archive', 'svhg_nhs', 'Closed surveys kept for year-on-year comparison.', 4, 2, NULL, false, '2023-04-02 12:00:00', '2024-01-03 09:00:00', 2);

CREATE TABLE lime_surveys (
  sid integer NOT NULL PRIMARY KEY,
  owner_id integer NOT NULL,
  gsid integer DEFAULT 1,
  admin varchar(50),
  active varchar(1) NOT NULL DEFAULT 'N',
  expires timestamp,
  startdate timestamp,
  adminemail varchar(254),
  anonymized varchar(1) NOT NULL DEFAULT 'N',
  format varchar(1),
  savetimings varchar(1) NOT NULL DEFAULT 'N',
  template varchar(100) DEFAULT 'default',
  language varchar(50),
  additional_languages text,
  datestamp varchar(1) NOT NULL DEFAULT 'N',
  usecookie varchar(1) NOT NULL DEFAULT 'N',
  allowregister varchar(1) NOT NULL DEFAULT 'N',
  allowsave varchar(1) NOT NULL DEFAULT 'Y',
  autonumber_start integer NOT NULL DEFAULT 0,
  autoredirect varchar(1) NOT NULL DEFAULT 'N',
  allowprev varchar(1) NOT NULL DEFAULT 'N',
  printanswers varchar(1) NOT NULL DEFAULT 'N',
  ipaddr varchar(1) NOT NULL DEFAULT 'N',
  ipanonymize varchar(1) NOT NULL DEFAULT 'N',
  refurl varchar(1) NOT NULL DEFAULT 'N',
  datecreated timestamp,
  showsurveypolicynotice integer DEFAULT 0,
  publicstatistics varchar(1) NOT NULL DEFAULT 'N',
  publicgraphs varchar(1) NOT NULL DEFAULT 'N',
  listpublic varchar(1) NOT NULL DEFAULT 'N',
  htmlemail varchar(1) NOT NULL DEFAULT 'Y',
  sendconfirmation varchar(1) NOT NULL DEFAULT 'Y',
  tokenanswerspersistence varchar(1) NOT NULL DEFAULT 'N',
  assessments varchar(1) NOT NULL DEFAULT 'N',
  usecaptcha varchar(1) NOT NULL DEFAULT 'N',
  usetokens varchar(1) NOT NULL DEFAULT 'N',
  bounce_email varchar(254),
  attributedescriptions text,
  emailresponseto text,
  emailnotificationto text,
  tokenlength integer NOT NULL DEFAULT 15,
  showxquestions varchar(1) DEFAULT 'Y',
  showgroupinfo varchar(1) DEFAULT 'B',
  shownoanswer varchar(1) DEFAULT 'Y',
  showqnumcode varchar(1) DEFAULT 'X',
  bouncetime integer,
  bounceprocessing varchar(1) DEFAULT 'N',
  bounceaccounttype varchar(4),
  bounceaccounthost varchar(200),
  bounceaccountpass text,
  bounceaccountencryption varchar(3),
  bounceaccountuser varchar(200),
  showwelcome varchar(1) DEFAULT 'Y',
  showprogress varchar(1) DEFAULT 'Y',
  questionindex integer NOT NULL DEFAULT 0,
  navigationdelay integer NOT NULL DEFAULT 0,
  nokeyboard varchar(1) DEFAULT 'N',
  alloweditaftercompletion varchar(1) DEFAULT 'N',
  googleanalyticsstyle varchar(1),
  googleanalyticsapikey varchar(25),
  tokenencryptionoptions text,
  othersettings text
);
CREATE INDEX lime_idx1_surveys ON lime_surveys (owner_id);
CREATE INDEX lime_idx2_surveys ON lime_surveys (gsid);
INSERT INTO lime_surveys (sid, owner_id, gsid, admin, active, expires, startdate, adminemail, anonymized, format, template, language, additional_languages, datecreated, bounce_email, emailresponseto, emailnotificationto) VALUES
 (482951, 2, 2, 'Joanne Pratt', 'Y', '2024-12-31 23:59:00', '2024-01-15 00:00:00', 'patient.experience@severnvale.nhs.example', 'N', 'G', 'svhg_nhs', 'en', '', '2023-11-20 10:14:02', 'px-bounces@severnvale.nhs.example', '', 'joanne.pratt@severnvale.nhs.example;ritu.sharma@severnvale.nhs.example'),
 (615374, 3, 3, 'Agnieszka Kowalska', 'Y', NULL, '2023-09-01 00:00:00', 'agnieszka.kowalska@severnvale.nhs.example', 'Y', 'G', 'svhg_nhs', 'en', 'pl', '2023-08-10 15:41:19', 'px-bounces@severnvale.nhs.example', NULL, 'sian.pritchard@severnvale.nhs.example'),
 (739208, 3, 2, 'Patient Experience Team', 'Y', NULL, '2023-04-01 00:00:00', 'patient.experience@severnvale.nhs.example', 'N', 'S', 'svhg_kiosk', 'en', 'pl ro ur', '2023-03-20 09:02:45', 'px-bounces@severnvale.nhs.example', '{ADMINEMAIL}', ''),
 (254816, 2, 4, 'Kwabena Mensah', 'Y', '2024-12-31 23:59:00', '2024-02-01 00:00:00', 'pals@severnvale.nhs.example', 'N', 'G', 'svhg_nhs', 'en', '', '2024-01-17 11:25:53', 'pals@severnvale.nhs.example', 'kwabena.mensah@severnvale.nhs.example', 'kwabena.mensah@severnvale.nhs.example;pals@severnvale.nhs.example'),
 (318420, 4, 2, 'Kwabena Mensah', 'N', NULL, NULL, 'kwabena.mensah@severnvale.nhs.example', 'N', 'G', 'svhg_nhs', 'en', '', '2024-05-28 14:03:10', 'px-bounces@severnvale.nhs.example', NULL, NULL),
 (557193, 2, 5, 'Joanne Pratt', 'N', '2023-10-31 23:59:00', '2023-06-01 00:00:00', 'patient.experience@severnvale.nhs.example', 'Y', 'G', 'svhg_nhs', 'en', '', '2023-05-11 10:40:00', 'px-bounces@severnvale.nhs.example', NULL, NULL),
 (826045, 5, 2, 'Lucy Harding', 'N', NULL, NULL, 'lucy.harding@severnvale.nhs.example', 'N', 'G', 'fruity_twentythree', 'en', '', '2024-06-11 16:22:48', NULL, NULL, NULL),
 (190377, 2, 5, 'Joanne Pratt', 'N', '2023-12-31 23:59:00', '2023-01-16 00:00:00', 'patient.experience@severnvale.nhs.example', 'N', 'G', 'svhg_nhs', 'en', '', '2022-12-05 13:15:30', 'px-bounces@severnvale.nhs.example', '', 'joanne.pratt@severnvale.nhs.example');
UPDATE lime_surveys SET usetokens = 'Y', savetimings = 'Y', datestamp = 'Y', allowprev = 'Y', tokenanswerspersistence = 'Y', showxquestions = 'N', questionindex = 1,
  attributedescriptions = '{"attribute_1":{"description":"NHS number","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""},"attribute_2":{"description":"Hospital number","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""},"attribute_3":{"description":"Ward and specialty","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""},"attribute_4":{"description":"Discharge date","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""},"attribute_5":{"description":"Mobile","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":"4"}}',
  bounceprocessing = 'L', bounceaccounttype = 'IMAP', bounceaccounthost = 'outlook.office365.com:993', bounceaccountencryption = 'SSL', bounceaccountuser = 'px-bounces@severnvale.nhs.example',
  bounceaccountpass = lgen.sodium('sbp', 1, 18), bouncetime = 1718000000
 WHERE sid = 482951;
UPDATE lime_surveys SET usetokens = 'Y', datestamp = 'Y', allowsave = 'Y', printanswers = 'Y', tokenlength = 20,
  attributedescriptions = '{"attribute_1":{"description":"Complaint reference","mandatory":"Y","encrypted":"N","show_register":"N","cpdbmap":""},"attribute_2":{"description":"Case handler","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""}}',
  bounceprocessing = 'N', bounceaccountuser = 'pals@severnvale.nhs.example', bounceaccounthost = 'outlook.office365.com:993', bounceaccounttype = 'IMAP', bounceaccountencryption = 'SSL',
  bounceaccountpass = lgen.sodium('sbp', 2, 16)
 WHERE sid = 254816;
UPDATE lime_surveys SET datestamp = 'Y', ipaddr = 'Y', refurl = 'Y', allowsave = 'N', showwelcome = 'N', showprogress = 'N', usecookie = 'N', usecaptcha = 'N',
  publicstatistics = 'Y', listpublic = 'Y', googleanalyticsstyle = '1', googleanalyticsapikey = 'G-' || fixture_gen.chars('ga', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), navigationdelay = 0
 WHERE sid = 739208;
UPDATE lime_surveys SET allowsave = 'N', showsurveypolicynotice = 2, sendconfirmation = 'N' WHERE sid = 615374;
UPDATE lime_surveys SET usetokens = 'Y', datestamp = 'Y', savetimings = 'Y',
  attributedescriptions = '{"attribute_1":{"description":"NHS number","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""},"attribute_2":{"description":"Ward","mandatory":"N","encrypted":"N","show_register":"N","cpdbmap":""}}'
 WHERE sid = 190377;
UPDATE lime_surveys SET datestamp = 'Y', ipaddr = 'Y', ipanonymize = 'Y' WHERE sid = 318420;
UPDATE lime_surveys SET usetokens = 'Y', allowregister = 'Y', attributedescriptions = NULL WHERE sid = 826045;
UPDATE lime_surveys SET tokenencryptionoptions = '{"enabled":"Y","columns":{"firstname":"N","lastname":"N","email":"N"}}',
  othersettings = CASE sid WHEN 739208 THEN '{"question_code_prefix":"Q","subquestion_code_prefix":"SQ","answer_code_prefix":"AO","showsurveypolicynotice":0}'
                           ELSE '{"question_code_prefix":"Q","subquestion_code_prefix":"SQ","answer_code_prefix":"AO"}' END;

CREATE TABLE lime_surveys_languagesettings (
  surveyls_survey_id integer NOT NULL,
  surveyls_language varchar(45) NOT NULL DEFAULT 'en',
  surveyls_title varchar(200) NOT NULL,
  surveyls_description text,
  surveyls_welcometext text,
  surveyls_endtext text,
  surveyls_policy_notice text,
  surveyls_policy_error text,
  surveyls_policy_notice_label varchar(192),
  surveyls_url text,
  surveyls_urldescription varchar(255),
  surveyls_email_invite_subj varchar(255),
  surveyls_email_invite text,
  surveyls_email_remind_subj varchar(255),
  surveyls_email_remind text,
  surveyls_email_register_subj varchar(255),
  surveyls_email_register text,
  surveyls_email_confirm_subj varchar(255),
  surveyls_email_confirm text,
  surveyls_dateformat integer NOT NULL DEFAULT 1,
  surveyls_attributecaptions text,
  surveyls_alias varchar(100),
  email_admin_notification_subj varchar(255),
  email_admin_notification text,
  email_admin_responses_subj varchar(255),
  email_admin_responses text,
  surveyls_numberformat integer NOT NULL DEFAULT 0,
  attachments text,
  PRIMARY KEY (surveyls_survey_id, surveyls_language)
);
INSERT INTO lime_surveys_languagesettings (surveyls_survey_id, surveyls_language, surveyls_title, surveyls_description, surveyls_welcometext, surveyls_endtext, surveyls_url, surveyls_urldescription, surveyls_alias, surveyls_dateformat) VALUES
 (482951, 'en', 'Your stay in hospital 2024', '<p>A survey of adults who stayed at least one night on our wards.</p>', '<p>Thank you for taking part. Your answers help us improve care on our wards. The survey takes about 10 minutes.</p><p>Your answers are confidential and will not affect your care.</p>', '<p>Thank you. If you would like to talk to someone about your stay, call our Patient Advice and Liaison Service (PALS) free on 0800 019 3282.</p>', 'https://www.severnvale.nhs.example/about-us/patient-experience/', 'Back to our website', 'stay2024', 5),
 (615374, 'en', 'Your birth experience', '<p>For everyone who gave birth at the Kingsmead Women''s Unit.</p>', '<p>We would like to hear about your care during pregnancy, labour and after the birth. This survey is anonymous.</p>', '<p>Thank you for your time. You can also share your story with the Maternity Voices Partnership.</p>', 'https://www.severnvale.nhs.example/maternity/', 'Maternity services', 'birth', 5),
 (615374, 'pl', 'Twoje doświadczenie porodu', '<p>Dla wszystkich, które rodziły w Kingsmead Women''s Unit.</p>', '<p>Chcielibyśmy poznać Twoją opinię o opiece w czasie ciąży, porodu i po porodzie. Ankieta jest anonimowa.</p>', '<p>Dziękujemy za poświęcony czas.</p>', 'https://www.severnvale.nhs.example/maternity/', 'Opieka położnicza', 'porod', 5),
 (739208, 'en', 'Friends and Family Test - Emergency and urgent care', '', '', '<p>Thank you for your feedback.</p>', '', '', 'fft-ed', 5),
 (739208, 'pl', 'Test Przyjaciół i Rodziny - Oddział ratunkowy', '', '', '<p>Dziękujemy za opinię.</p>', '', '', NULL, 5),
 (739208, 'ro', 'Testul Prieteni și Familie - Urgențe', '', '', '<p>Vă mulțumim pentru feedback.</p>', '', '', NULL, 5),
 (739208, 'ur', 'دوست اور خاندان ٹیسٹ - ایمرجنسی', '', '', '<p>آپ کی رائے کا شکریہ۔</p>', '', '', NULL, 5),
 (254816, 'en', 'How we handled your complaint', '<p>Feedback on the complaints process.</p>', '<p>You recently raised a concern or complaint with us. We would like to know how well we handled it.</p>', '<p>Thank you. Your answers go to the Head of Patient Experience and are not shared with the staff named in your complaint.</p>', '', '', 'complaints-feedback', 5),
 (318420, 'en', 'Outpatient experience (draft)', '', '<p>DRAFT - do not circulate.</p>', '', '', '', NULL, 5),
 (557193, 'en', 'Carers'' survey 2023', '<p>For unpaid carers of patients.</p>', '<p>Tell us how we involve and support carers.</p>', '<p>Thank you.</p>', '', '', 'carers2023', 5),
 (826045, 'en', 'Patient panel: discharge letters', '<p>Panel review of the new discharge letter template.</p>', '<p>Please read the sample letter and tell us what you think.</p>', '', '', '', NULL, 5),
 (190377, 'en', 'Your stay in hospital 2023', '<p>A survey of adults who stayed at least one night on our wards.</p>', '<p>Thank you for taking part.</p>', '<p>Thank you.</p>', '', '', 'stay2023', 5);
UPDATE lime_surveys_languagesettings SET
  surveyls_policy_notice = CASE WHEN surveyls_survey_id = 615374 THEN '<p>We will not ask for your name. Please do not write names in the comment boxes.</p>' END,
  surveyls_policy_error = CASE WHEN surveyls_survey_id = 615374 THEN 'Please tick the box to confirm you have read how we use your answers.' END,
  surveyls_policy_notice_label = CASE WHEN surveyls_survey_id = 615374 THEN 'I have read how my answers will be used' END,
  surveyls_email_invite_subj = CASE WHEN surveyls_language = 'en' THEN 'Tell us about your {SURVEYNAME}' ELSE '{SURVEYNAME}' END,
  surveyls_email_invite = CASE WHEN surveyls_survey_id IN (482951, 190377) THEN '<p>Dear {FIRSTNAME},</p><p>You recently stayed on {ATTRIBUTE_3}. We would like to hear about your care.</p><p><a href="{SURVEYURL}">Start the survey</a></p><p>If you do not want to take part, click here: {OPTOUTURL}</p><p>Patient Experience Team<br />{ADMINEMAIL}</p>'
                               WHEN surveyls_survey_id = 254816 THEN '<p>Dear {FIRSTNAME} {LASTNAME},</p><p>Thank you for contacting us about your care (reference {ATTRIBUTE_1}). Your case was handled by {ATTRIBUTE_2}. Please tell us how we did:</p><p>{SURVEYURL}</p><p>PALS and Complaints<br />{ADMINEMAIL}</p>'
                               ELSE '<p>Dear {FIRSTNAME},</p><p>You have been invited to participate in a survey.</p><p>{SURVEYURL}</p>' END,
  surveyls_email_remind_subj = 'Reminder: {SURVEYNAME}',
  surveyls_email_remind = '<p>Dear {FIRSTNAME},</p><p>Recently we invited you to take part in a survey. We note that you have not yet completed it.</p><p>{SURVEYURL}</p>',
  surveyls_email_register_subj = 'Survey registration confirmation',
  surveyls_email_register = '<p>Dear {FIRSTNAME},</p><p>You, or someone using your email address, have registered to participate in an online survey titled {SURVEYNAME}.</p><p>{SURVEYURL}</p>',
  surveyls_email_confirm_subj = 'Confirmation of your participation in our survey',
  surveyls_email_confirm = '<p>Dear {FIRSTNAME},</p><p>This email is to confirm that you have completed the survey titled {SURVEYNAME} and your response has been saved. Thank you for participating.</p>',
  surveyls_attributecaptions = CASE surveyls_survey_id WHEN 482951 THEN '{"attribute_1":"NHS number","attribute_2":"Hospital number","attribute_3":"Ward","attribute_4":"Discharged","attribute_5":"Mobile"}'
                                                      WHEN 254816 THEN '{"attribute_1":"Reference","attribute_2":"Handled by"}' END,
  email_admin_notification_subj = 'Response submission for survey {SURVEYNAME}',
  email_admin_notification = '<p>Hello,</p><p>A new response was submitted for your survey ''{SURVEYNAME}''.</p><p>Click the following link to see the individual response:<br />{VIEWRESPONSEURL}</p><p>View statistics by clicking here:<br />{STATISTICSURL}</p>',
  email_admin_responses_subj = 'Response submission for survey {SURVEYNAME} with results',
  email_admin_responses = '<p>Hello,</p><p>A new response was submitted for your survey ''{SURVEYNAME}''.</p><p>The following answers were given by the user:<br />{ANSWERTABLE}</p>',
  surveyls_numberformat = 0,
  attachments = CASE WHEN surveyls_survey_id = 482951 THEN 'a:1:{s:6:"invite";a:1:{i:0;a:3:{s:3:"url";s:59:"upload/surveys/482951/files/Patient_information_leaflet.pdf";s:4:"size";s:6:"184.22";s:9:"relevance";s:1:"1";}}}'
                     WHEN surveyls_survey_id = 254816 THEN 'a:0:{}' END;

-- ---------------------------------------------------------------------------
-- Question groups, questions, subquestions, attributes, answer options.

CREATE TABLE lime_groups (
  gid serial PRIMARY KEY,
  sid integer NOT NULL DEFAULT 0,
  group_order integer NOT NULL DEFAULT 0,
  randomization_group varchar(20) NOT NULL DEFAULT '',
  grelevance text
);
CREATE INDEX lime_idx1_groups ON lime_groups (sid);
INSERT INTO lime_groups (gid, sid, group_order, randomization_group, grelevance) VALUES
 (101, 482951, 0, '', '1'), (102, 482951, 1, '', '1'), (103, 482951, 2, '', '1'), (104, 482951, 3, '', '1'),
 (201, 615374, 0, '', '1'), (202, 615374, 1, '', '1'), (203, 615374, 2, '', ''),
 (301, 739208, 0, '', '1'),
 (401, 254816, 0, '', '1'), (402, 254816, 1, '', '1'), (403, 254816, 2, '', '1'),
 (501, 318420, 0, '', '1'), (601, 557193, 0, '', '1'), (701, 826045, 0, '', '1'), (801, 190377, 0, '', '1'), (802, 190377, 1, '', '1');

CREATE TABLE lime_group_l10ns (
  id serial PRIMARY KEY,
  gid integer NOT NULL,
  group_name text NOT NULL,
  description text,
  language varchar(20) NOT NULL
);
CREATE UNIQUE INDEX lime_idx1_group_ls ON lime_group_l10ns (gid, language);
INSERT INTO lime_group_l10ns (gid, group_name, description, language) VALUES
 (101, 'About your stay', '<p>Questions about arriving in hospital and the ward you stayed on.</p>', 'en'),
 (102, 'Your care and treatment', '', 'en'),
 (103, 'Leaving hospital', '<p>About the day you left hospital.</p>', 'en'),
 (104, 'About you', '<p>These questions help us check that everyone gets the same quality of care. You can skip any of them.</p>', 'en'),
 (201, 'During your pregnancy', '', 'en'), (201, 'W czasie ciąży', '', 'pl'),
 (202, 'Labour and birth', '', 'en'), (202, 'Poród', '', 'pl'),
 (203, 'After the birth', '', 'en'), (203, 'Po porodzie', '', 'pl'),
 (301, 'Your visit', '', 'en'), (301, 'Twoja wizyta', '', 'pl'), (301, 'Vizita dumneavoastră', '', 'ro'), (301, 'آپ کا دورہ', '', 'ur'),
 (401, 'Raising your concern', '', 'en'), (402, 'Documents', '<p>Optional.</p>', 'en'), (403, 'About you', '', 'en'),
 (501, 'Your appointment', '', 'en'), (601, 'Caring for someone', '', 'en'), (701, 'The sample letter', '', 'en'),
 (801, 'About your stay', '', 'en'), (802, 'About you', '', 'en');

-- Questions: qid, parent, sid, gid, type, code, other, mandatory, order, relevance, preg, text.
CREATE TABLE lgen.q (qid int PRIMARY KEY, parent int, sid int, gid int, type text, title text, other text, mand text, ord int, rel text, preg text, en text);
INSERT INTO lgen.q VALUES
 (1001, 0, 482951, 101, 'L', 'ADMIT', 'N', 'Y', 1, '1', '', 'How was your admission to hospital arranged?'),
 (1002, 0, 482951, 101, 'L', 'WAIT', 'N', 'N', 2, '1', '', 'Once you arrived, how long did you wait to get a bed on a ward?'),
 (1003, 0, 482951, 101, 'F', 'ENV', 'N', 'N', 3, '1', '', 'Thinking about the ward you stayed on, how would you rate the following?'),
 (1041, 1003, 482951, 101, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Cleanliness of the ward'),
 (1042, 1003, 482951, 101, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Noise at night from staff'),
 (1043, 1003, 482951, 101, 'T', 'SQ003', 'N', NULL, 3, '1', '', 'The food'),
 (1004, 0, 482951, 101, 'O', 'NIGHT', 'N', 'N', 4, '1', '', 'Were you ever bothered by noise at night from other patients?'),
 (1010, 0, 482951, 102, 'F', 'CARE', 'N', 'N', 1, '1', '', 'Thinking about your care and treatment:'),
 (1044, 1010, 482951, 102, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Were you treated with dignity and respect?'),
 (1045, 1010, 482951, 102, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Were things explained in a way you could understand?'),
 (1046, 1010, 482951, 102, 'T', 'SQ003', 'N', NULL, 3, '1', '', 'Did staff do everything they could to help control your pain?'),
 (1011, 0, 482951, 102, 'Y', 'CONF', 'N', 'N', 2, '1', '', 'Did you have confidence and trust in the doctors treating you?'),
 (1012, 0, 482951, 102, 'T', 'GOOD', 'N', 'N', 3, '1', '', 'Was there anything particularly good about your care?'),
 (1013, 0, 482951, 102, 'T', 'IMPROVE', 'N', 'N', 4, '1', '', 'Was there anything that could be improved?'),
 (1020, 0, 482951, 103, 'L', 'DELAY', 'N', 'N', 1, '1', '', 'On the day you left hospital, was your discharge delayed?'),
 (1021, 0, 482951, 103, 'M', 'DELAYWHY', 'Y', 'N', 2, '((482951X103X1020.NAOK == "AO01"))', '', 'What were the main reasons for the delay?'),
 (1047, 1021, 482951, 103, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Waiting for medicines'),
 (1048, 1021, 482951, 103, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Waiting for transport'),
 (1022, 0, 482951, 103, 'N', 'HOURS', 'N', 'N', 3, '((482951X103X1020.NAOK == "AO01"))', '', 'About how many hours were you delayed?'),
 (1023, 0, 482951, 103, '5', 'OVERALL', 'N', 'Y', 4, '1', '', 'Overall, how was your experience? (1 = very poor, 5 = very good)'),
 (1030, 0, 482951, 104, 'G', 'SEX', 'N', 'N', 1, '1', '', 'Are you male or female?'),
 (1031, 0, 482951, 104, 'D', 'DOB', 'N', 'N', 2, '1', '', 'What is your date of birth?'),
 (1032, 0, 482951, 104, 'L', 'ETHNIC', 'N', 'N', 3, '1', '', 'What is your ethnic group?'),
 (1033, 0, 482951, 104, 'M', 'LTC', 'N', 'N', 4, '1', '', 'Do you have any of the following long-term conditions?'),
 (1049, 1033, 482951, 104, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Cancer in the last five years'),
 (1050, 1033, 482951, 104, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Diabetes'),
 (1051, 1033, 482951, 104, 'T', 'SQ003', 'N', NULL, 3, '1', '', 'A mental health condition'),
 (1034, 0, 482951, 104, 'S', 'PCODE', 'N', 'N', 5, '1', '/^[A-Za-z]{1,2}[0-9][0-9A-Za-z]?$/', 'What is the first part of your postcode? (for example GL1)'),
 (1035, 0, 482951, 104, 'Y', 'CONTACT', 'N', 'N', 6, '1', '', 'Would you like someone from the Patient Experience Team to contact you about your comments?'),
 (1036, 0, 482951, 104, 'Q', 'CONTACTDET', 'N', 'N', 7, '((482951X104X1035.NAOK == "Y"))', '', 'Your contact details'),
 (1052, 1036, 482951, 104, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Name'),
 (1053, 1036, 482951, 104, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Telephone'),
 (1038, 0, 482951, 104, '*', 'WARD', 'N', 'N', 8, '1', '', '{TOKEN:ATTRIBUTE_3}'),
 (2001, 0, 615374, 201, 'L', 'WHERE', 'N', 'N', 1, '1', '', 'Where did you have most of your antenatal check-ups?'),
 (2002, 0, 615374, 201, 'F', 'ANTE', 'N', 'N', 2, '1', '', 'During your antenatal check-ups:'),
 (2031, 2002, 615374, 201, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Did your midwives listen to you?'),
 (2032, 2002, 615374, 201, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Were you given enough choice about where to have your baby?'),
 (2033, 2002, 615374, 201, 'T', 'SQ003', 'N', NULL, 3, '1', '', 'Did you see the same midwife every time?'),
 (2010, 0, 615374, 202, 'L', 'BIRTHTYPE', 'N', 'N', 1, '1', '', 'How did you give birth?'),
 (2011, 0, 615374, 202, 'D', 'BABYDOB', 'N', 'N', 2, '1', '', 'What was your baby''s date of birth?'),
 (2012, 0, 615374, 202, 'T', 'LABOUR', 'N', 'N', 3, '1', '', 'Is there anything you would like to tell us about your labour and birth?'),
 (2020, 0, 615374, 203, 'Y', 'FEEDSUP', 'N', 'N', 1, '1', '', 'Did you get the help you needed with feeding your baby?'),
 (2021, 0, 615374, 203, 'T', 'ELSE', 'N', 'N', 2, '1', '', 'Is there anything else you would like to tell us?'),
 (2022, 0, 615374, 203, 'S', 'THANK', 'N', 'N', 3, '1', '', 'If there is a midwife or doctor you would like to thank, please tell us their name.'),
 (2023, 0, 615374, 203, 'N', 'AGE', 'N', 'N', 4, '1', '', 'How old are you?'),
 (2024, 0, 615374, 203, '5', 'OVERALL', 'N', 'Y', 5, '1', '', 'Overall, how would you rate your maternity care? (1 = very poor, 5 = very good)'),
 (3001, 0, 739208, 301, 'L', 'FFT', 'N', 'Y', 1, '1', '', 'Overall, how was your experience of our service?'),
 (3002, 0, 739208, 301, 'T', 'WHY', 'N', 'N', 2, '1', '', 'Please can you tell us why you gave your answer?'),
 (3003, 0, 739208, 301, 'L', 'DEPT', 'N', 'Y', 3, '1', '', 'Which department did you visit?'),
 (3004, 0, 739208, 301, 'L', 'WHO', 'N', 'N', 4, '1', '', 'Who is filling in this form?'),
 (3005, 0, 739208, 301, 'S', 'EMAIL', 'N', 'N', 5, '1', '/^[^@\s]+@[^@\s]+\.[^@\s]+$/', 'If you would like a reply, please leave your email address.'),
 (3006, 0, 739208, 301, 'Y', 'PUBLISH', 'N', 'N', 6, '1', '', 'May we publish your comment (without your name) on our website?'),
 (4001, 0, 254816, 401, 'L', 'HOW', 'N', 'N', 1, '1', '', 'How did you raise your concern or complaint?'),
 (4002, 0, 254816, 401, 'F', 'PROC', 'N', 'N', 2, '1', '', 'How far do you agree with the following?'),
 (4031, 4002, 254816, 401, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'We acknowledged your complaint within three working days'),
 (4032, 4002, 254816, 401, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'We kept you informed about progress'),
 (4033, 4002, 254816, 401, 'T', 'SQ003', 'N', NULL, 3, '1', '', 'Our response addressed all the points you raised'),
 (4034, 4002, 254816, 401, 'T', 'SQ004', 'N', NULL, 4, '1', '', 'Our response was easy to understand'),
 (4003, 0, 254816, 401, 'T', 'STORY', 'N', 'N', 3, '1', '', 'Please tell us in your own words what happened and how your complaint was handled.'),
 (4010, 0, 254816, 402, '|', 'UPLOAD', 'N', 'N', 1, '1', '', 'If you would like to, you can upload copies of letters you received from us.'),
 (4020, 0, 254816, 403, 'L', 'REL', 'N', 'N', 1, '1', '', 'Are you the patient, or filling this in on someone''s behalf?'),
 (4021, 0, 254816, 403, 'Q', 'PATDET', 'N', 'N', 2, '1', '', 'So that we can link your feedback to the complaint file:'),
 (4035, 4021, 254816, 403, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'Patient''s full name'),
 (4036, 4021, 254816, 403, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'Patient''s date of birth'),
 (4037, 4021, 254816, 403, 'T', 'SQ003', 'N', NULL, 3, '1', '', 'A telephone number we can reach you on'),
 (4022, 0, 254816, 403, 'S', 'ADDR', 'N', 'N', 3, '1', '', 'Your address, if you would like a paper copy of our reply'),
 (4023, 0, 254816, 403, '*', 'CASEREF', 'N', 'N', 4, '1', '', '{TOKEN:ATTRIBUTE_1}'),
 (4024, 0, 254816, 403, '5', 'OVERALL', 'N', 'Y', 5, '1', '', 'Overall, how satisfied are you with how your complaint was handled?'),
 (5001, 0, 318420, 501, 'L', 'FFT', 'N', 'Y', 1, '1', '', 'Overall, how was your experience of our outpatient service?'),
 (5002, 0, 318420, 501, 'T', 'WHY', 'N', 'N', 2, '1', '', 'Please tell us why.'),
 (6001, 0, 557193, 601, 'T', 'SUPPORT', 'N', 'N', 1, '1', '', 'How could we better support you as a carer?'),
 (6002, 0, 557193, 601, 'Y', 'ASKED', 'N', 'N', 2, '1', '', 'Were you asked about the care you give at home?'),
 (7001, 0, 826045, 701, 'F', 'LETTER', 'N', 'N', 1, '1', '', 'Thinking about the sample letter:'),
 (7011, 7001, 826045, 701, 'T', 'SQ001', 'N', NULL, 1, '1', '', 'It was clear what medicines I should take'),
 (7012, 7001, 826045, 701, 'T', 'SQ002', 'N', NULL, 2, '1', '', 'It was clear who to contact if I felt unwell'),
 (8001, 0, 190377, 801, 'L', 'OVERALL', 'N', 'Y', 1, '1', '', 'Overall, how was your experience?'),
 (8002, 0, 190377, 801, 'T', 'GOOD', 'N', 'N', 2, '1', '', 'Was there anything particularly good about your care?'),
 (8003, 0, 190377, 802, 'G', 'SEX', 'N', 'N', 1, '1', '', 'Are you male or female?');

CREATE TABLE lime_questions (
  qid serial PRIMARY KEY,
  parent_qid integer NOT NULL DEFAULT 0,
  sid integer NOT NULL DEFAULT 0,
  gid integer NOT NULL DEFAULT 0,
  type varchar(30) NOT NULL DEFAULT 'T',
  title varchar(20) NOT NULL DEFAULT '',
  preg text,
  other varchar(1) NOT NULL DEFAULT 'N',
  mandatory varchar(1),
  encrypted varchar(1) DEFAULT 'N',
  question_order integer NOT NULL,
  scale_id integer NOT NULL DEFAULT 0,
  same_default integer NOT NULL DEFAULT 0,
  relevance text,
  question_theme_name varchar(150),
  modulename varchar(255),
  same_script integer NOT NULL DEFAULT 0
);
CREATE INDEX lime_idx1_questions ON lime_questions (sid);
CREATE INDEX lime_idx2_questions ON lime_questions (gid);
CREATE INDEX lime_idx5_questions ON lime_questions (parent_qid);
INSERT INTO lime_questions (qid, parent_qid, sid, gid, type, title, preg, other, mandatory, encrypted, question_order, scale_id, same_default, relevance, question_theme_name, modulename, same_script)
SELECT qid, parent, sid, gid, type, title, preg, other, mand, 'N', ord, 0, 0, rel,
       CASE WHEN parent <> 0 THEN NULL ELSE CASE type WHEN 'L' THEN 'listradio' WHEN 'F' THEN 'arrays/array' WHEN 'O' THEN 'list_with_comment' WHEN 'Y' THEN 'yesno'
         WHEN 'T' THEN 'longfreetext' WHEN 'S' THEN 'shortfreetext' WHEN 'M' THEN 'multiplechoice' WHEN 'N' THEN 'numerical' WHEN '5' THEN '5pointchoice'
         WHEN 'G' THEN 'gender' WHEN 'D' THEN 'date' WHEN 'Q' THEN 'multipleshorttext' WHEN '*' THEN 'equation' WHEN '|' THEN 'file_upload' END END,
       '', 0
FROM lgen.q;

CREATE TABLE lime_question_l10ns (
  id serial PRIMARY KEY,
  qid integer NOT NULL,
  question text NOT NULL,
  help text,
  script text,
  language varchar(20) NOT NULL
);
CREATE UNIQUE INDEX lime_idx1_question_ls ON lime_question_l10ns (qid, language);
INSERT INTO lime_question_l10ns (qid, question, help, script, language)
SELECT qid, en, CASE title WHEN 'PCODE' THEN 'We only ask for the first half so that you cannot be identified.' WHEN 'DOB' THEN 'Please use the format dd/mm/yyyy.'
                           WHEN 'EMAIL' THEN 'We will only use this to reply to your comment.' WHEN 'UPLOAD' THEN 'PDF, Word or photos, up to 3 files.' ELSE '' END,
       CASE WHEN qid = 3001 THEN '$(document).on(''ready pjax:scriptcomplete'', function(){ $(''#question3001 .answer-item'').addClass(''fft-face''); });' END, 'en'
FROM lgen.q;
INSERT INTO lime_question_l10ns (qid, question, help, script, language) VALUES
 (2001, 'Gdzie odbywała się większość Twoich wizyt kontrolnych w ciąży?', '', NULL, 'pl'),
 (2002, 'Podczas wizyt kontrolnych w ciąży:', '', NULL, 'pl'),
 (2031, 'Czy położne Cię słuchały?', '', NULL, 'pl'),
 (2032, 'Czy miałaś wystarczający wybór miejsca porodu?', '', NULL, 'pl'),
 (2033, 'Czy za każdym razem widziałaś tę samą położną?', '', NULL, 'pl'),
 (2010, 'Jak przebiegł poród?', '', NULL, 'pl'),
 (2011, 'Jaka jest data urodzenia dziecka?', '', NULL, 'pl'),
 (2012, 'Czy chcesz nam coś powiedzieć o porodzie?', '', NULL, 'pl'),
 (2020, 'Czy otrzymałaś potrzebną pomoc przy karmieniu dziecka?', '', NULL, 'pl'),
 (2021, 'Czy chcesz nam powiedzieć coś jeszcze?', '', NULL, 'pl'),
 (2022, 'Jeśli chcesz podziękować położnej lub lekarzowi, podaj ich imię.', '', NULL, 'pl'),
 (2023, 'Ile masz lat?', '', NULL, 'pl'),
 (2024, 'Jak ogólnie oceniasz opiekę położniczą? (1 = bardzo źle, 5 = bardzo dobrze)', '', NULL, 'pl'),
 (3001, 'Jak ogólnie oceniasz swoje doświadczenie z naszą placówką?', '', NULL, 'pl'),
 (3002, 'Prosimy, powiedz nam, dlaczego tak oceniłeś/aś.', '', NULL, 'pl'),
 (3003, 'Który oddział odwiedziłeś/aś?', '', NULL, 'pl'),
 (3004, 'Kto wypełnia ten formularz?', '', NULL, 'pl'),
 (3005, 'Jeśli chcesz otrzymać odpowiedź, zostaw swój adres e-mail.', '', NULL, 'pl'),
 (3006, 'Czy możemy opublikować Twój komentarz (bez nazwiska) na naszej stronie?', '', NULL, 'pl'),
 (3001, 'În general, cum a fost experiența dumneavoastră cu serviciul nostru?', '', NULL, 'ro'),
 (3002, 'Vă rugăm să ne spuneți de ce ați ales acest răspuns.', '', NULL, 'ro'),
 (3003, 'Ce departament ați vizitat?', '', NULL, 'ro'),
 (3004, 'Cine completează acest formular?', '', NULL, 'ro'),
 (3005, 'Dacă doriți un răspuns, lăsați adresa dumneavoastră de e-mail.', '', NULL, 'ro'),
 (3006, 'Putem publica comentariul dumneavoastră (fără nume) pe site-ul nostru?', '', NULL, 'ro'),
 (3001, 'مجموعی طور پر، ہماری سروس کے ساتھ آپ کا تجربہ کیسا رہا؟', '', NULL, 'ur'),
 (3002, 'براہ کرم ہمیں بتائیں کہ آپ نے یہ جواب کیوں دیا۔', '', NULL, 'ur'),
 (3003, 'آپ کس شعبے میں گئے تھے؟', '', NULL, 'ur'),
 (3004, 'یہ فارم کون بھر رہا ہے؟', '', NULL, 'ur'),
 (3005, 'اگر آپ جواب چاہتے ہیں تو اپنا ای میل پتہ لکھیں۔', '', NULL, 'ur'),
 (3006, 'کیا ہم آپ کا تبصرہ (آپ کے نام کے بغیر) اپنی ویب سائٹ پر شائع کر سکتے ہیں؟', '', NULL, 'ur');

CREATE TABLE lime_question_attributes (
  qaid serial PRIMARY KEY,
  qid integer NOT NULL DEFAULT 0,
  attribute varchar(50),
  value text,
  language varchar(20)
);
CREATE INDEX lime_idx1_question_attributes ON lime_question_attributes (qid);
INSERT INTO lime_question_attributes (qid, attribute, value, language) VALUES
 (1003, 'answer_width', '40', NULL), (1003, 'random_order', '0', NULL), (1004, 'use_dropdown', '0', NULL), (1010, 'answer_width', '45', NULL),
 (1012, 'display_rows', '6', NULL), (1012, 'maximum_chars', '3000', NULL), (1013, 'display_rows', '6', NULL), (1013, 'maximum_chars', '3000', NULL),
 (1021, 'other_replace_text', 'Something else (please say what)', 'en'), (1021, 'min_answers', '1', NULL),
 (1022, 'min_num_value_n', '0', NULL), (1022, 'max_num_value_n', '72', NULL), (1022, 'num_value_int_only', '1', NULL),
 (1023, 'slider_rating', '0', NULL), (1031, 'date_format', 'dd/mm/yyyy', NULL), (1031, 'date_min', '1900-01-01', NULL), (1031, 'date_max', '{TODAY}', NULL),
 (1031, 'dropdown_dates', '1', NULL), (1032, 'display_columns', '2', NULL), (1034, 'maximum_chars', '4', NULL), (1034, 'text_input_width', '3', NULL),
 (1036, 'label_input_columns', '3', NULL), (1038, 'equation', '{TOKEN:ATTRIBUTE_3}', NULL), (1038, 'hidden', '1', NULL),
 (2002, 'answer_width', '50', NULL), (2011, 'date_format', 'dd/mm/yyyy', NULL), (2012, 'display_rows', '8', NULL), (2021, 'display_rows', '5', NULL),
 (2022, 'maximum_chars', '120', NULL), (2023, 'min_num_value_n', '14', NULL), (2023, 'max_num_value_n', '60', NULL),
 (3001, 'display_columns', '1', NULL), (3001, 'cssclass', 'fft-faces', NULL), (3002, 'display_rows', '4', NULL), (3002, 'statistics_showgraph', '0', NULL),
 (3003, 'use_dropdown', '0', NULL), (3005, 'em_validation_q', 'is_empty(this) or regexMatch(''/@/'', this)', NULL),
 (3005, 'em_validation_q_tip', 'Please enter a valid email address', 'en'),
 (4002, 'answer_width', '50', NULL), (4003, 'display_rows', '10', NULL),
 (4010, 'max_num_of_files', '3', NULL), (4010, 'min_num_of_files', '0', NULL), (4010, 'allowed_filetypes', 'pdf, doc, docx, jpg, jpeg, png', NULL),
 (4010, 'max_filesize', '10240', NULL), (4010, 'show_title', '1', NULL), (4010, 'show_comment', '0', NULL),
 (4021, 'label_input_columns', '4', NULL), (4023, 'equation', '{TOKEN:ATTRIBUTE_1}', NULL), (4023, 'hidden', '1', NULL),
 (5002, 'display_rows', '4', NULL), (6001, 'display_rows', '6', NULL), (8002, 'display_rows', '6', NULL);

CREATE TABLE lime_answers (
  aid serial PRIMARY KEY,
  qid integer NOT NULL,
  code varchar(5) NOT NULL,
  sortorder integer NOT NULL,
  assessment_value integer NOT NULL DEFAULT 0,
  scale_id integer NOT NULL DEFAULT 0
);
CREATE INDEX lime_answers_idx ON lime_answers (qid, code, scale_id);
CREATE TABLE lime_answer_l10ns (
  id serial PRIMARY KEY,
  aid integer NOT NULL,
  answer text NOT NULL,
  language varchar(20) NOT NULL
);
CREATE UNIQUE INDEX lime_answer_l10ns_idx ON lime_answer_l10ns (aid, language);

CREATE TABLE lgen.a (qid int, code text, ord int, en text, pl text, ro text, ur text);
INSERT INTO lgen.a VALUES
 (1001, 'AO01', 1, 'Emergency or urgent', NULL, NULL, NULL), (1001, 'AO02', 2, 'Waiting list or planned in advance', NULL, NULL, NULL), (1001, 'AO03', 3, 'Something else', NULL, NULL, NULL),
 (1002, 'AO01', 1, 'I did not have to wait', NULL, NULL, NULL), (1002, 'AO02', 2, 'Less than 1 hour', NULL, NULL, NULL), (1002, 'AO03', 3, '1 to 4 hours', NULL, NULL, NULL), (1002, 'AO04', 4, 'More than 4 hours', NULL, NULL, NULL),
 (1003, 'AO01', 1, 'Very good', NULL, NULL, NULL), (1003, 'AO02', 2, 'Good', NULL, NULL, NULL), (1003, 'AO03', 3, 'Fair', NULL, NULL, NULL), (1003, 'AO04', 4, 'Poor', NULL, NULL, NULL), (1003, 'AO05', 5, 'Very poor', NULL, NULL, NULL),
 (1004, 'AO01', 1, 'Yes, often', NULL, NULL, NULL), (1004, 'AO02', 2, 'Yes, sometimes', NULL, NULL, NULL), (1004, 'AO03', 3, 'No', NULL, NULL, NULL),
 (1010, 'AO01', 1, 'Yes, always', NULL, NULL, NULL), (1010, 'AO02', 2, 'Yes, sometimes', NULL, NULL, NULL), (1010, 'AO03', 3, 'No', NULL, NULL, NULL),
 (1020, 'AO01', 1, 'Yes', NULL, NULL, NULL), (1020, 'AO02', 2, 'No', NULL, NULL, NULL),
 (1032, 'A', 1, 'White: English, Welsh, Scottish, Northern Irish or British', NULL, NULL, NULL), (1032, 'B', 2, 'White: Irish', NULL, NULL, NULL),
 (1032, 'C', 3, 'White: any other White background', NULL, NULL, NULL), (1032, 'D', 4, 'Mixed: White and Black Caribbean', NULL, NULL, NULL),
 (1032, 'H', 5, 'Asian or Asian British: Indian', NULL, NULL, NULL), (1032, 'J', 6, 'Asian or Asian British: Pakistani', NULL, NULL, NULL),
 (1032, 'M', 7, 'Black or Black British: Caribbean', NULL, NULL, NULL), (1032, 'N', 8, 'Black or Black British: African', NULL, NULL, NULL),
 (1032, 'R', 9, 'Chinese', NULL, NULL, NULL), (1032, 'S', 10, 'Any other ethnic group', NULL, NULL, NULL), (1032, 'Z', 11, 'Prefer not to say', NULL, NULL, NULL),
 (2001, 'AO01', 1, 'Hospital antenatal clinic', 'Przychodnia przyszpitalna', NULL, NULL), (2001, 'AO02', 2, 'GP surgery or children''s centre', 'Przychodnia lekarza rodzinnego', NULL, NULL), (2001, 'AO03', 3, 'At home', 'W domu', NULL, NULL),
 (2002, 'AO01', 1, 'Yes, always', 'Tak, zawsze', NULL, NULL), (2002, 'AO02', 2, 'Yes, sometimes', 'Tak, czasami', NULL, NULL), (2002, 'AO03', 3, 'No', 'Nie', NULL, NULL),
 (2010, 'AO01', 1, 'Vaginal birth', 'Poród siłami natury', NULL, NULL), (2010, 'AO02', 2, 'Assisted birth (forceps or ventouse)', 'Poród zabiegowy (kleszcze lub próżnociąg)', NULL, NULL),
 (2010, 'AO03', 3, 'Planned caesarean', 'Planowane cesarskie cięcie', NULL, NULL), (2010, 'AO04', 4, 'Emergency caesarean', 'Cesarskie cięcie w trybie nagłym', NULL, NULL),
 (3001, 'AO01', 1, 'Very good', 'Bardzo dobrze', 'Foarte bună', 'بہت اچھا'), (3001, 'AO02', 2, 'Good', 'Dobrze', 'Bună', 'اچھا'),
 (3001, 'AO03', 3, 'Neither good nor poor', 'Ani dobrze, ani źle', 'Nici bună, nici slabă', 'نہ اچھا نہ برا'), (3001, 'AO04', 4, 'Poor', 'Źle', 'Slabă', 'برا'),
 (3001, 'AO05', 5, 'Very poor', 'Bardzo źle', 'Foarte slabă', 'بہت برا'), (3001, 'AO06', 6, 'Don''t know', 'Nie wiem', 'Nu știu', 'معلوم نہیں'),
 (3003, 'AO01', 1, 'Emergency Department, Royal Infirmary', 'Oddział ratunkowy, Royal Infirmary', 'Urgențe, Royal Infirmary', 'ایمرجنسی، رائل انفرمری'),
 (3003, 'AO02', 2, 'Urgent Treatment Centre, St Aldhelm''s', 'Centrum pilnej pomocy, St Aldhelm''s', 'Centrul de tratament urgent, St Aldhelm''s', 'ارجنٹ ٹریٹمنٹ سینٹر'),
 (3003, 'AO03', 3, 'Children''s Emergency Department', 'Dziecięcy oddział ratunkowy', 'Urgențe pediatrice', 'بچوں کی ایمرجنسی'),
 (3004, 'AO01', 1, 'The patient', 'Pacjent', 'Pacientul', 'مریض'), (3004, 'AO02', 2, 'A parent or guardian', 'Rodzic lub opiekun prawny', 'Un părinte sau tutore', 'والدین یا سرپرست'),
 (3004, 'AO03', 3, 'A carer or relative', 'Opiekun lub krewny', 'Un îngrijitor sau rudă', 'نگہداشت کرنے والا یا رشتہ دار'),
 (4001, 'AO01', 1, 'In writing or by email', NULL, NULL, NULL), (4001, 'AO02', 2, 'By phone to PALS', NULL, NULL, NULL), (4001, 'AO03', 3, 'In person', NULL, NULL, NULL), (4001, 'AO04', 4, 'Through an advocate or my MP', NULL, NULL, NULL),
 (4002, 'AO01', 1, 'Strongly agree', NULL, NULL, NULL), (4002, 'AO02', 2, 'Agree', NULL, NULL, NULL), (4002, 'AO03', 3, 'Neither', NULL, NULL, NULL), (4002, 'AO04', 4, 'Disagree', NULL, NULL, NULL), (4002, 'AO05', 5, 'Strongly disagree', NULL, NULL, NULL),
 (4020, 'AO01', 1, 'I am the patient', NULL, NULL, NULL), (4020, 'AO02', 2, 'A relative', NULL, NULL, NULL), (4020, 'AO03', 3, 'A carer', NULL, NULL, NULL), (4020, 'AO04', 4, 'An advocate', NULL, NULL, NULL),
 (5001, 'AO01', 1, 'Very good', NULL, NULL, NULL), (5001, 'AO02', 2, 'Good', NULL, NULL, NULL), (5001, 'AO03', 3, 'Poor', NULL, NULL, NULL),
 (7001, 'AO01', 1, 'Agree', NULL, NULL, NULL), (7001, 'AO02', 2, 'Disagree', NULL, NULL, NULL),
 (8001, 'AO01', 1, 'Very good', NULL, NULL, NULL), (8001, 'AO02', 2, 'Good', NULL, NULL, NULL), (8001, 'AO03', 3, 'Poor', NULL, NULL, NULL);
INSERT INTO lime_answers (qid, code, sortorder, assessment_value, scale_id)
SELECT qid, code, ord, CASE WHEN qid IN (3001, 1003) THEN 6 - ord ELSE 0 END, 0 FROM lgen.a ORDER BY qid, ord;
INSERT INTO lime_answer_l10ns (aid, answer, language)
SELECT x.aid, v.t, v.l FROM lime_answers x JOIN lgen.a a ON a.qid = x.qid AND a.code = x.code,
  LATERAL (VALUES (a.en, 'en'), (a.pl, 'pl'), (a.ro, 'ro'), (a.ur, 'ur')) v(t, l) WHERE v.t IS NOT NULL ORDER BY x.aid, v.l;

-- ---------------------------------------------------------------------------
-- The central participant database: the Patient and Carer Panel.

CREATE TABLE lime_participants (
  participant_id varchar(50) NOT NULL PRIMARY KEY,
  firstname text,
  lastname text,
  email text,
  language varchar(40),
  blacklisted varchar(1) NOT NULL,
  owner_uid integer NOT NULL,
  created_by integer NOT NULL,
  created timestamp,
  modified timestamp
);
CREATE INDEX lime_idx3_participants ON lime_participants (language);
CREATE TABLE lgen.cp (i int PRIMARY KEY, pid text, first text, last text, email text);
INSERT INTO lgen.cp SELECT i, fixture_gen.uuid('cpdb', i), lgen.first('cpf', i), lgen.last('cpl', i), NULL FROM generate_series(1, 150) i;
UPDATE lgen.cp SET email = CASE WHEN i % 11 = 5 THEN NULL WHEN i % 13 = 7 THEN '' ELSE lgen.pmail(first, last, 'cpe', i) END;
INSERT INTO lime_participants (participant_id, firstname, lastname, email, language, blacklisted, owner_uid, created_by, created, modified)
SELECT pid, first, CASE WHEN i % 17 = 3 THEN '' ELSE last END, email, CASE WHEN i % 10 = 3 THEN 'pl' WHEN i % 23 = 4 THEN 'ur' ELSE 'en' END,
       CASE WHEN i % 19 = 6 THEN 'Y' ELSE 'N' END, CASE WHEN i % 3 = 0 THEN 3 ELSE 2 END, CASE WHEN i % 3 = 0 THEN 3 ELSE 2 END,
       lgen.at('cpc', i, '2022-04-01', '2024-03-01'), lgen.at('cpm', i, '2024-03-01', '2024-06-25')
FROM lgen.cp;

CREATE TABLE lime_participant_attribute_names (
  attribute_id serial NOT NULL,
  attribute_type varchar(4) NOT NULL,
  defaultname varchar(255) NOT NULL,
  visible varchar(5) NOT NULL,
  encrypted varchar(5) NOT NULL,
  core_attribute varchar(5) NOT NULL,
  PRIMARY KEY (attribute_id, attribute_type)
);
INSERT INTO lime_participant_attribute_names (attribute_id, attribute_type, defaultname, visible, encrypted, core_attribute) VALUES
 (1, 'TB', 'firstname', 'TRUE', 'N', 'Y'), (2, 'TB', 'lastname', 'TRUE', 'N', 'Y'), (3, 'TB', 'email', 'TRUE', 'N', 'Y'),
 (4, 'TB', 'Mobile', 'TRUE', 'N', 'N'), (5, 'TB', 'Postcode', 'TRUE', 'N', 'N'), (6, 'DP', 'Date of birth', 'FALSE', 'N', 'N'),
 (7, 'DD', 'Panel role', 'TRUE', 'N', 'N'), (8, 'TB', 'Conditions or services used', 'FALSE', 'N', 'N'), (9, 'DD', 'Preferred contact', 'TRUE', 'N', 'N'),
 (10, 'TB', 'Access needs', 'FALSE', 'N', 'N');

CREATE TABLE lime_participant_attribute (
  participant_id varchar(50) NOT NULL,
  attribute_id integer NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (participant_id, attribute_id)
);
INSERT INTO lime_participant_attribute (participant_id, attribute_id, value)
SELECT pid, a, v FROM lgen.cp, LATERAL (VALUES
  (4, CASE WHEN i % 6 <> 2 THEN lgen.mob('cpmo', i) END),
  (5, CASE WHEN i % 4 <> 1 THEN lgen.pc('cppc', i) END),
  (6, CASE WHEN i % 3 = 0 THEN to_char(fixture_gen.birth_date('cpdob', i), 'YYYY-MM-DD') END),
  (7, fixture_gen.pick(ARRAY['Patient', 'Patient', 'Carer', 'Patient and carer', 'Parent'], 'cprole', i)),
  (8, CASE WHEN i % 5 IN (0, 2) THEN fixture_gen.pick(ARRAY['COPD, home oxygen', 'Type 1 diabetes', 'Breast cancer (2021), now in remission', 'Kidney dialysis three times a week',
        'Hip replacement 2023', 'Cares for husband with dementia', 'Son uses CAMHS', 'Renal and eye clinics', 'Stroke 2022', 'Maternity (second baby 2023)', 'Heart failure clinic',
        'Epilepsy', 'Bipolar disorder', 'Multiple sclerosis', ''], 'cpcond', i) END),
  (9, fixture_gen.pick(ARRAY['Email', 'Email', 'Text message', 'Phone', 'Post'], 'cppref', i)),
  (10, CASE WHEN i % 9 = 1 THEN fixture_gen.pick(ARRAY['Large print please', 'Wheelchair user, needs step-free room', 'Deaf - BSL interpreter needed', 'Partially sighted, prefers phone calls', 'Needs Polish interpreter', 'Hearing loop'], 'cpacc', i) END)
) x(a, v) WHERE v IS NOT NULL;

CREATE TABLE lime_participant_shares (
  participant_id varchar(50) NOT NULL,
  share_uid integer NOT NULL,
  date_added timestamp NOT NULL,
  can_edit varchar(5) NOT NULL,
  PRIMARY KEY (participant_id, share_uid)
);
INSERT INTO lime_participant_shares (participant_id, share_uid, date_added, can_edit)
SELECT pid, CASE WHEN i % 3 = 0 THEN 2 WHEN i % 2 = 0 THEN 4 ELSE 3 END, lgen.at('cps', i, '2023-01-01', '2024-06-01'), CASE WHEN i % 4 = 0 THEN 'true' ELSE 'false' END
FROM lgen.cp WHERE i % 4 IN (0, 1);

-- ---------------------------------------------------------------------------
-- Token tables: invited participants of the inpatient survey (from the PAS
-- extract; twenty are panel members added from the participant database)
-- and of the complaints-process survey.

UPDATE lgen.pt p SET first = c.first, last = c.last, email = coalesce(nullif(c.email, ''), p.email)
FROM lgen.cp c WHERE p.i % 15 = 0 AND c.i = p.i / 15 * 7;

CREATE TABLE lime_tokens_482951 (
  tid serial PRIMARY KEY,
  participant_id varchar(50),
  firstname text,
  lastname text,
  email text,
  emailstatus text,
  token varchar(36),
  language varchar(25),
  blacklisted varchar(17),
  sent varchar(17) DEFAULT 'N',
  remindersent varchar(17) DEFAULT 'N',
  remindercount integer DEFAULT 0,
  completed varchar(17) DEFAULT 'N',
  usesleft integer DEFAULT 1,
  validfrom timestamp,
  validuntil timestamp,
  mpid integer,
  attribute_1 text,
  attribute_2 text,
  attribute_3 text,
  attribute_4 text,
  attribute_5 text
);
CREATE INDEX idx_token_token_482951_a1b2 ON lime_tokens_482951 (token);
INSERT INTO lime_tokens_482951 (tid, participant_id, firstname, lastname, email, emailstatus, token, language, blacklisted, sent, remindersent, remindercount,
  completed, usesleft, validfrom, validuntil, mpid, attribute_1, attribute_2, attribute_3, attribute_4, attribute_5)
SELECT p.i, CASE WHEN p.i % 15 = 0 THEN fixture_gen.uuid('cpdb', p.i / 15 * 7) END,
       p.first, CASE WHEN p.i % 37 = 5 THEN '' ELSE p.last END, coalesce(p.email, ''),
       CASE WHEN p.email IS NULL OR p.email = '' THEN 'OK' WHEN p.i % 29 = 3 THEN 'bounced' WHEN p.i % 31 = 8 THEN 'OptOut' ELSE 'OK' END,
       lgen.rnd('tk482951', p.i, 15), 'en', CASE WHEN p.i % 31 = 8 THEN 'Y' ELSE 'N' END,
       to_char(p.discharged + 3 + time '09:05', 'YYYY-MM-DD HH24:MI'),
       CASE WHEN p.i % 4 = 0 OR p.i % 13 = 0 THEN to_char(p.discharged + 10 + time '09:10', 'YYYY-MM-DD HH24:MI') ELSE 'N' END,
       CASE WHEN p.i % 4 = 0 OR p.i % 13 = 0 THEN 1 + p.i % 2 ELSE 0 END,
       CASE WHEN p.i % 4 <> 0 AND p.i % 13 <> 0 THEN to_char(lgen.at('tkc', p.i, (p.discharged + 3)::timestamp + interval '10 hours', (p.discharged + 9)::timestamp), 'YYYY-MM-DD HH24:MI') ELSE 'N' END,
       CASE WHEN p.i % 4 <> 0 AND p.i % 13 <> 0 THEN 0 ELSE 1 END,
       (p.discharged + 3)::timestamp, (p.discharged + 45)::timestamp, NULL,
       CASE WHEN p.i % 3 = 0 THEN lgen.nhs('ptn', p.i, true) ELSE p.nhs END, p.mrn,
       w.name || ' - ' || w.specialty, to_char(p.discharged, 'YYYY-MM-DD'), coalesce(p.mob, '')
FROM lgen.pt p JOIN px.ward w ON w.code = p.ward ORDER BY p.i;

CREATE TABLE lime_tokens_254816 (
  tid serial PRIMARY KEY,
  participant_id varchar(50),
  firstname text,
  lastname text,
  email text,
  emailstatus text,
  token varchar(36),
  language varchar(25),
  blacklisted varchar(17),
  sent varchar(17) DEFAULT 'N',
  remindersent varchar(17) DEFAULT 'N',
  remindercount integer DEFAULT 0,
  completed varchar(17) DEFAULT 'N',
  usesleft integer DEFAULT 1,
  validfrom timestamp,
  validuntil timestamp,
  mpid integer,
  attribute_1 text,
  attribute_2 text
);
CREATE INDEX idx_token_token_254816_c3d4 ON lime_tokens_254816 (token);
CREATE TABLE lgen.cm (i int PRIMARY KEY, first text, last text, email text, sent date, handler text);
INSERT INTO lgen.cm SELECT i, lgen.first('cmf', i), lgen.last('cml', i), NULL, date '2024-02-05' + i * 2,
  fixture_gen.pick(ARRAY['Kwabena Mensah', 'Lucy Harding', 'Hollie Baker (PALS)', 'Farah Qureshi', 'Kwabena Mensah'], 'cmh', i) FROM generate_series(1, 60) i;
UPDATE lgen.cm SET email = lgen.pmail(first, last, 'cme', i);
INSERT INTO lime_tokens_254816 (tid, participant_id, firstname, lastname, email, emailstatus, token, language, blacklisted, sent, remindersent, remindercount,
  completed, usesleft, validfrom, validuntil, mpid, attribute_1, attribute_2)
SELECT i, NULL, first, last, email, CASE WHEN i % 17 = 9 THEN 'bounced' ELSE 'OK' END, lgen.rnd('tk254816', i, 20), 'en', 'N',
       to_char(sent + time '10:30', 'YYYY-MM-DD HH24:MI'), CASE WHEN i % 4 = 3 THEN to_char(sent + 14 + time '10:30', 'YYYY-MM-DD HH24:MI') ELSE 'N' END,
       CASE WHEN i % 4 = 3 THEN 1 ELSE 0 END,
       CASE WHEN i % 4 <> 3 THEN to_char(lgen.at('cmc', i, (sent + 1)::timestamp, (sent + 12)::timestamp), 'YYYY-MM-DD HH24:MI') ELSE 'N' END,
       CASE WHEN i % 4 <> 3 THEN 0 ELSE 1 END, NULL, NULL, NULL,
       'CMP-' || to_char(sent, 'YYYY') || '-' || lpad((140 + i * 3)::text, 5, '0'), handler
FROM lgen.cm ORDER BY i;

CREATE TABLE lime_survey_links (
  participant_id varchar(50) NOT NULL,
  token_id integer NOT NULL,
  survey_id integer NOT NULL,
  date_created timestamp,
  date_invited timestamp,
  date_completed timestamp,
  PRIMARY KEY (participant_id, token_id, survey_id)
);
INSERT INTO lime_survey_links (participant_id, token_id, survey_id, date_created, date_invited, date_completed)
SELECT participant_id, tid, 482951, validfrom - interval '2 hours', CASE WHEN sent <> 'N' THEN to_timestamp(sent, 'YYYY-MM-DD HH24:MI')::timestamp END,
       CASE WHEN completed <> 'N' THEN to_timestamp(completed, 'YYYY-MM-DD HH24:MI')::timestamp END
FROM lime_tokens_482951 WHERE participant_id IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Response tables.

-- Comments typed by patients: praise, complaints, some naming staff, the
-- patient, relatives or a phone number, some not.
CREATE FUNCTION lgen.good(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(replace(replace(fixture_gen.pick(ARRAY[
    'The nurses were kind and always came quickly when I pressed the buzzer.',
    'Everything was explained to me clearly before the operation and I felt safe.',
    'Staff nurse {N} on the night shift was wonderful with my mum, who has dementia and was very frightened.',
    'Dr {D} took the time to sit down and explain my scan results to me and my wife.',
    'The healthcare assistants kept me clean and comfortable even though they were rushed off their feet.',
    'Food was better than I expected and the hostess on the ward was lovely.',
    '{N} and {N2} made a frightening week bearable. Please thank them.',
    'The physio team had me walking again within two days of my new hip.',
    'I am {F} {L} (I was in bed 14) and I want to thank everyone on the ward, especially {N}.',
    'Chaplain came to see me every day which meant a lot as I have no family nearby.',
    'Very clean ward and the cleaners were always cheerful.',
    'Nothing in particular.',
    'All good.'], 'gd', i), '{N}', lgen.nurse('gdn', i)), '{N2}', lgen.nurse('gdm', i + 3)), '{D}', lgen.doc('gdd', i)),
    '{F} {L}', lgen.first('gdf', i) || ' ' || lgen.last('gdl', i))
$$;

CREATE FUNCTION lgen.improve(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(replace(fixture_gen.pick(ARRAY[
    'Nobody told me when I would be going home until the last minute.',
    'It was very noisy at night and the lights stayed on in the bay until 2am.',
    'My hearing aids went missing on the ward and were never found. I would like to be reimbursed.',
    'The wait for my discharge medicines was over six hours.',
    'Please phone my daughter {F} on {P} if anything changes next time, she was never kept informed.',
    'Communication between the doctors and the nurses needs to improve, I was told three different things.',
    'The toilets in the bay were often dirty.',
    'I waited on a trolley in the corridor for nine hours before a bed was found.',
    'The food was cold by the time it reached my bed.',
    'I am diabetic and my insulin was late twice. My name is {F2}, date of birth {B}, please look into it.',
    'Parking is too expensive for visitors.',
    'One of the doctors, Dr {D}, was dismissive when I said I was still in pain.',
    'No.'], 'im', i), '{F}', fixture_gen.pick(ARRAY['Karen', 'Sharon', 'Priya', 'Emma', 'Zofia', 'Aoife', 'Fatima', 'Gemma'], 'imf', i)), '{P}', lgen.mob('imp', i)), '{D}', lgen.doc('imd', i))
$$;

CREATE FUNCTION lgen.improve2(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(lgen.improve(i), '{F2}', lgen.first('imx', i) || ' ' || lgen.last('imy', i)), '{B}', to_char(fixture_gen.birth_date('imb', i), 'DD/MM/YYYY'))
$$;

CREATE TABLE lime_survey_482951 (
  id serial PRIMARY KEY,
  token varchar(36),
  submitdate timestamp,
  lastpage integer,
  startlanguage varchar(20) NOT NULL,
  seed varchar(31),
  startdate timestamp NOT NULL,
  datestamp timestamp NOT NULL,
  "482951X101X1001" varchar(5),
  "482951X101X1002" varchar(5),
  "482951X101X1003SQ001" varchar(5),
  "482951X101X1003SQ002" varchar(5),
  "482951X101X1003SQ003" varchar(5),
  "482951X101X1004" varchar(5),
  "482951X101X1004comment" text,
  "482951X102X1010SQ001" varchar(5),
  "482951X102X1010SQ002" varchar(5),
  "482951X102X1010SQ003" varchar(5),
  "482951X102X1011" varchar(1),
  "482951X102X1012" text,
  "482951X102X1013" text,
  "482951X103X1020" varchar(5),
  "482951X103X1021SQ001" varchar(5),
  "482951X103X1021SQ002" varchar(5),
  "482951X103X1021other" text,
  "482951X103X1022" numeric(30,10),
  "482951X103X1023" varchar(1),
  "482951X104X1030" varchar(1),
  "482951X104X1031" timestamp,
  "482951X104X1032" varchar(5),
  "482951X104X1033SQ001" varchar(5),
  "482951X104X1033SQ002" varchar(5),
  "482951X104X1033SQ003" varchar(5),
  "482951X104X1034" text,
  "482951X104X1035" varchar(1),
  "482951X104X1036SQ001" text,
  "482951X104X1036SQ002" text,
  "482951X104X1038" text
);
CREATE INDEX idx_survey_token_482951_e5f6 ON lime_survey_482951 (token);
CREATE TABLE lgen.r1 AS
SELECT row_number() OVER (ORDER BY t.tid)::int AS id, t.tid, t.token, p.*, t.attribute_3 AS wardtext,
       to_timestamp(t.sent, 'YYYY-MM-DD HH24:MI')::timestamp AS sentat, t.completed <> 'N' AS done
FROM lime_tokens_482951 t JOIN lgen.pt p ON p.i = t.tid WHERE t.tid % 4 <> 0;
INSERT INTO lime_survey_482951 (id, token, submitdate, lastpage, startlanguage, seed, startdate, datestamp,
  "482951X101X1001", "482951X101X1002", "482951X101X1003SQ001", "482951X101X1003SQ002", "482951X101X1003SQ003", "482951X101X1004", "482951X101X1004comment",
  "482951X102X1010SQ001", "482951X102X1010SQ002", "482951X102X1010SQ003", "482951X102X1011", "482951X102X1012", "482951X102X1013",
  "482951X103X1020", "482951X103X1021SQ001", "482951X103X1021SQ002", "482951X103X1021other", "482951X103X1022", "482951X103X1023",
  "482951X104X1030", "482951X104X1031", "482951X104X1032", "482951X104X1033SQ001", "482951X104X1033SQ002", "482951X104X1033SQ003", "482951X104X1034",
  "482951X104X1035", "482951X104X1036SQ001", "482951X104X1036SQ002", "482951X104X1038")
SELECT id, token, CASE WHEN done THEN c.subm END, CASE WHEN done THEN 4 ELSE 1 + i % 3 END, 'en', (1000000 + fixture_gen.n('r1seed', i, 2147000000))::text,
       c.st, coalesce(CASE WHEN done THEN c.subm END, c.st + interval '6 minutes'),
       CASE WHEN fixture_gen.n('r1a', i, 10) < 7 THEN 'AO01' WHEN fixture_gen.n('r1a', i, 10) < 9 THEN 'AO02' ELSE 'AO03' END,
       'AO0' || (1 + fixture_gen.n('r1b', i, 4))::text,
       'AO0' || (1 + fixture_gen.n('r1c', i, 3))::text, 'AO0' || (1 + fixture_gen.n('r1d', i, 5))::text, CASE WHEN i % 11 = 0 THEN '' ELSE 'AO0' || (1 + fixture_gen.n('r1e', i, 5))::text END,
       'AO0' || (1 + fixture_gen.n('r1f', i, 3))::text,
       CASE WHEN fixture_gen.n('r1g', i, 3) = 0 THEN fixture_gen.pick(ARRAY['A man in the next bed was shouting most nights.', 'Drip alarms going off all night.',
         'The lady opposite, ' || fixture_gen.pick(ARRAY['Maureen', 'Edna', 'Joan', 'Fatima', 'Irena', 'Pat', 'Olga', 'Dorothy'], 'r1nf', i) || ', was confused and calling out for her husband. Not her fault.', 'Snoring!', '',
         'Patients being admitted to the bay at 3am with the lights on.'], 'r1h', i) ELSE '' END,
       'AO0' || (1 + fixture_gen.n('r1i', i, 3))::text, 'AO0' || (1 + fixture_gen.n('r1j', i, 3))::text, CASE WHEN i % 9 = 0 THEN '' ELSE 'AO0' || (1 + fixture_gen.n('r1k', i, 3))::text END,
       CASE WHEN fixture_gen.n('r1l', i, 5) = 0 THEN 'N' ELSE 'Y' END,
       CASE WHEN fixture_gen.n('r1m', i, 4) = 0 THEN NULL ELSE lgen.good(i) END,
       CASE WHEN fixture_gen.n('r1n', i, 3) = 0 THEN NULL WHEN done OR i % 2 = 0 THEN lgen.improve2(i) END,
       c.delay,
       CASE WHEN c.delay = 'AO01' THEN CASE WHEN fixture_gen.n('r1o', i, 2) = 0 THEN 'Y' ELSE '' END ELSE '' END,
       CASE WHEN c.delay = 'AO01' THEN CASE WHEN fixture_gen.n('r1p', i, 3) = 0 THEN 'Y' ELSE '' END ELSE '' END,
       CASE WHEN c.delay = 'AO01' AND fixture_gen.n('r1q', i, 3) = 0 THEN fixture_gen.pick(ARRAY['Waiting for a doctor to sign the discharge letter', 'Pharmacy', 'My son could not collect me until the evening',
         'Waiting for a care package from social services', 'Waiting for the OT to check my stairs at home', 'Bloods had to be repeated'], 'r1r', i) END,
       CASE WHEN c.delay = 'AO01' THEN (1 + fixture_gen.n('r1s', i, 12))::numeric(30,10) END,
       CASE WHEN done THEN (1 + fixture_gen.n('r1t', i, 5))::text END,
       CASE WHEN fixture_gen.n('r1u', i, 12) = 0 THEN '' ELSE sex END,
       CASE WHEN fixture_gen.n('r1v', i, 5) = 0 THEN NULL ELSE dob::timestamp END,
       CASE WHEN fixture_gen.n('r1w', i, 8) = 0 THEN 'Z' ELSE fixture_gen.pick(ARRAY['A', 'A', 'A', 'A', 'A', 'A', 'B', 'C', 'C', 'D', 'H', 'J', 'M', 'N', 'R', 'S'], 'r1x', i) END,
       CASE WHEN ward IN ('7A', '7B') OR fixture_gen.n('r1y', i, 9) = 0 THEN 'Y' ELSE '' END,
       CASE WHEN fixture_gen.n('r1z', i, 7) = 0 THEN 'Y' ELSE '' END,
       CASE WHEN fixture_gen.n('r1za', i, 8) = 0 THEN 'Y' ELSE '' END,
       CASE WHEN fixture_gen.n('r1zb', i, 6) = 0 THEN '' WHEN i % 10 = 3 THEN lower(split_part(pc, ' ', 1)) ELSE split_part(pc, ' ', 1) END,
       CASE WHEN fixture_gen.n('r1zc', i, 5) = 0 THEN 'Y' ELSE 'N' END,
       CASE WHEN fixture_gen.n('r1zc', i, 5) = 0 THEN CASE WHEN i % 3 = 0 THEN first ELSE first || ' ' || last END END,
       CASE WHEN fixture_gen.n('r1zc', i, 5) = 0 THEN coalesce(mob, lgen.mob('r1alt', i)) END,
       wardtext
FROM lgen.r1,
  LATERAL (SELECT lgen.at('r1st', i, sentat + interval '20 minutes', sentat + interval '5 days') AS st) s,
  LATERAL (SELECT s.st, s.st + make_interval(secs => 240 + fixture_gen.n('r1dur', i, 1500)) AS subm,
                  CASE WHEN fixture_gen.n('r1dl', i, 3) = 0 THEN 'AO01' ELSE 'AO02' END AS delay) c
ORDER BY id;

-- Timings kept because the survey has savetimings on.
CREATE TABLE lime_survey_482951_timings (
  id integer NOT NULL PRIMARY KEY,
  interviewtime double precision,
  "482951X101time" double precision,
  "482951X102time" double precision,
  "482951X103time" double precision,
  "482951X104time" double precision,
  "482951X102X1012time" double precision,
  "482951X102X1013time" double precision
);
INSERT INTO lime_survey_482951_timings
SELECT id, round(extract(epoch FROM datestamp - startdate)::numeric, 2)::float8,
       (40 + fixture_gen.n('tm1', id, 200))::float8 + 0.37, (60 + fixture_gen.n('tm2', id, 500))::float8 + 0.12,
       CASE WHEN lastpage >= 3 THEN (20 + fixture_gen.n('tm3', id, 150))::float8 + 0.5 END, CASE WHEN lastpage >= 4 THEN (30 + fixture_gen.n('tm4', id, 200))::float8 + 0.81 END,
       CASE WHEN "482951X102X1012" IS NOT NULL THEN (15 + fixture_gen.n('tm5', id, 300))::float8 + 0.2 END,
       CASE WHEN "482951X102X1013" IS NOT NULL THEN (15 + fixture_gen.n('tm6', id, 300))::float8 + 0.6 END
FROM lime_survey_482951 ORDER BY id;

-- The maternity survey is anonymized: no token column, and LimeSurvey
-- stores 1980-01-01 as the submit date of every completed response.
CREATE TABLE lime_survey_615374 (
  id serial PRIMARY KEY,
  submitdate timestamp,
  lastpage integer,
  startlanguage varchar(20) NOT NULL,
  seed varchar(31),
  "615374X201X2001" varchar(5),
  "615374X201X2002SQ001" varchar(5),
  "615374X201X2002SQ002" varchar(5),
  "615374X201X2002SQ003" varchar(5),
  "615374X202X2010" varchar(5),
  "615374X202X2011" timestamp,
  "615374X202X2012" text,
  "615374X203X2020" varchar(1),
  "615374X203X2021" text,
  "615374X203X2022" text,
  "615374X203X2023" numeric(30,10),
  "615374X203X2024" varchar(1)
);
INSERT INTO lime_survey_615374 (id, submitdate, lastpage, startlanguage, seed, "615374X201X2001", "615374X201X2002SQ001", "615374X201X2002SQ002", "615374X201X2002SQ003",
  "615374X202X2010", "615374X202X2011", "615374X202X2012", "615374X203X2020", "615374X203X2021", "615374X203X2022", "615374X203X2023", "615374X203X2024")
SELECT i, CASE WHEN i % 9 <> 4 THEN timestamp '1980-01-01 00:00:00' END, CASE WHEN i % 9 <> 4 THEN 3 ELSE 1 + i % 2 END, l,
       (1000000 + fixture_gen.n('r2seed', i, 2147000000))::text,
       'AO0' || (1 + fixture_gen.n('r2a', i, 3))::text, 'AO0' || (1 + fixture_gen.n('r2b', i, 3))::text, 'AO0' || (1 + fixture_gen.n('r2c', i, 3))::text,
       CASE WHEN i % 7 = 0 THEN '' ELSE 'AO0' || (1 + fixture_gen.n('r2d', i, 3))::text END,
       CASE WHEN i % 9 = 4 AND i % 2 = 0 THEN '' ELSE fixture_gen.pick(ARRAY['AO01', 'AO01', 'AO01', 'AO02', 'AO03', 'AO04'], 'r2e', i) END,
       CASE WHEN i % 9 = 4 AND i % 2 = 0 OR fixture_gen.n('r2f', i, 6) = 0 THEN NULL ELSE (date '2023-08-20' + fixture_gen.n('r2f', i, 300))::timestamp END,
       CASE WHEN fixture_gen.n('r2g', i, 3) = 0 THEN NULL ELSE replace(replace(replace(fixture_gen.pick(CASE WHEN l = 'pl' THEN ARRAY[
           'Położna {M} była wspaniała, bardzo dziękuję.', 'Długo czekałam na znieczulenie, prawie cztery godziny.', 'Mój partner {P} musiał wyjść w nocy i zostałam sama.',
           'Nikt nie mówił po polsku, ale tłumacz przez telefon bardzo pomógł.']
         ELSE ARRAY[
           'My midwife {M} was calm and reassuring through a very long labour.', 'I felt rushed into an induction and nobody explained the risks to me.',
           'The birth pool was not available, which was disappointing after my birth plan said water birth.',
           'My partner {P} was sent home at 10pm and I was left alone and scared on the antenatal ward.',
           'Emergency section at 2am, the team were amazing and my baby is healthy.', 'Epidural took over 3 hours to arrive.',
           'I had a haemorrhage after the birth and the team acted fast. Thank you to {M} and Dr {D}.',
           'Triage told me twice to stay at home and by the time I came in I was 9cm.', 'Nothing to add, it was a good experience.',
           'Please do not send midwives who have never met me, I saw a different person every time.'] END, 'r2h', i),
           '{M}', lgen.nurse('r2m', i)), '{P}', lgen.first('r2p', i)), '{D}', lgen.doc('r2d', i)) END,
       CASE WHEN i % 9 = 4 THEN '' WHEN fixture_gen.n('r2i', i, 4) = 0 THEN 'N' ELSE 'Y' END,
       CASE WHEN i % 9 = 4 OR fixture_gen.n('r2j', i, 2) = 0 THEN NULL ELSE replace(fixture_gen.pick(ARRAY[
           'Car parking is far too expensive for new parents.', 'The postnatal ward was very hot and noisy at night.', 'More help with breastfeeding at night please.',
           'My daughter {B} spent five days in the neonatal unit and the nurses there were fantastic.', 'Partners should be allowed to stay overnight.',
           'I have a history of postnatal depression and nobody asked me about my mental health after the birth.', 'Food on Kingfisher was inedible.',
           'Thank you all.', 'Dziękuję za wszystko.', 'The discharge took all day, we were ready at 10 and left at 7pm.'], 'r2k', i),
           '{B}', fixture_gen.pick(ARRAY['Amara', 'Lily', 'Zofia', 'Ava', 'Maryam', 'Isla', 'Hana'], 'r2b2', i)) END,
       CASE WHEN i % 9 = 4 OR fixture_gen.n('r2l', i, 3) = 0 THEN NULL WHEN fixture_gen.n('r2l', i, 3) = 1 THEN '' ELSE fixture_gen.pick(ARRAY[
           'Midwife ' || lgen.nurse('r2t', i), lgen.nurse('r2t', i) || ' ' || lgen.last('r2tl', i), 'Dr ' || lgen.doc('r2td', i),
           'All the staff on Kingfisher ward', 'Student midwife ' || lgen.nurse('r2t', i + 5), lgen.nurse('r2t', i) || ' (night shift) and ' || lgen.nurse('r2u', i),
           'The lady who did my hearing test for the baby'], 'r2tt', i) END,
       CASE WHEN i % 9 = 4 OR fixture_gen.n('r2n', i, 10) = 0 THEN NULL ELSE (17 + fixture_gen.n('r2o', i, 27))::numeric(30,10) END,
       CASE WHEN i % 9 <> 4 THEN (1 + fixture_gen.n('r2q', i, 5))::text END
FROM generate_series(1, 150) i, LATERAL (SELECT CASE WHEN i % 7 = 2 THEN 'pl' ELSE 'en' END AS l) x;

-- The ED and urgent care Friends and Family Test: an open survey on ward
-- tablets (kiosk mode, hospital network addresses) and by QR code and SMS
-- link on patients' phones; IP address and referrer kept.
CREATE TABLE lime_survey_739208 (
  id serial PRIMARY KEY,
  submitdate timestamp,
  lastpage integer,
  startlanguage varchar(20) NOT NULL,
  seed varchar(31),
  startdate timestamp NOT NULL,
  datestamp timestamp NOT NULL,
  ipaddr text,
  refurl text,
  "739208X301X3001" varchar(5),
  "739208X301X3002" text,
  "739208X301X3003" varchar(5),
  "739208X301X3004" varchar(5),
  "739208X301X3005" text,
  "739208X301X3006" varchar(1)
);
INSERT INTO lime_survey_739208 (id, submitdate, lastpage, startlanguage, seed, startdate, datestamp, ipaddr, refurl,
  "739208X301X3001", "739208X301X3002", "739208X301X3003", "739208X301X3004", "739208X301X3005", "739208X301X3006")
SELECT i, CASE WHEN i % 17 <> 5 THEN st + make_interval(secs => 35 + fixture_gen.n('r3d', i, 400)) END, 1, l,
       (1000000 + fixture_gen.n('r3seed', i, 2147000000))::text, st, st + make_interval(secs => 35 + fixture_gen.n('r3d', i, 400)),
       CASE WHEN src = 'kiosk' THEN lgen.lan('r3ip', i) WHEN i % 5 = 0 THEN fixture_gen.ipv6('r3ip', i) ELSE fixture_gen.ipv4('r3ip', i) END,
       CASE src WHEN 'kiosk' THEN 'https://feedback.severnvale.nhs.example/index.php/739208?lang=' || l || '&kiosk=' || fixture_gen.pick(ARRAY['ED-WAIT-1', 'ED-WAIT-2', 'UTC-RECEP', 'CED-PLAY'], 'r3k', i)
                WHEN 'qr' THEN 'https://feedback.severnvale.nhs.example/index.php/739208?src=qr-' || fixture_gen.pick(ARRAY['ed-cubicles', 'ed-discharge-leaflet', 'utc-poster'], 'r3q', i)
                WHEN 'web' THEN 'https://www.severnvale.nhs.example/our-services/emergency-department/'
                WHEN 'fb' THEN 'https://feedback.severnvale.nhs.example/index.php/739208?fbclid=IwAR' || fixture_gen.chars('r3fb', i, 58, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
                WHEN 'sms' THEN 'https://feedback.severnvale.nhs.example/index.php/739208?src=sms&utm_campaign=fft-ed'
                ELSE NULL END,
       fft,
       CASE WHEN fixture_gen.n('r3w', i, 4) = 0 THEN '' ELSE replace(replace(fixture_gen.pick(CASE l WHEN 'pl' THEN ARRAY['Bardzo długie oczekiwanie, ponad 6 godzin.', 'Personel był bardzo miły.', 'Lekarz dobrze wszystko wytłumaczył.']
           WHEN 'ro' THEN ARRAY['Personalul a fost foarte amabil.', 'Am așteptat prea mult.'] WHEN 'ur' THEN ARRAY['عملہ بہت اچھا تھا۔', 'بہت لمبا انتظار کرنا پڑا۔']
           ELSE ARRAY['Seen quickly and the triage nurse was lovely.', 'Waited 7 hours to be seen with a broken wrist.', 'Staff clearly overstretched but still kind.',
             'My son {C} was seen within an hour, the staff were great with children.', 'Nobody told us what was happening or how long the wait would be.',
             'Very clean and well organised.', 'The receptionist was rude to my elderly father.', 'Dr {D} explained everything clearly.',
             'No water or food offered during a 10 hour wait. I am diabetic.', 'Came in by ambulance after a fall, X-ray and plaster done in 3 hours. Excellent.',
             'Nurse {N} stayed with my mum when she was scared. Thank you.', 'Good'] END, 'r3t', i),
           '{C}', fixture_gen.pick(ARRAY['Alfie', 'Ibrahim', 'Jakub', 'Noah', 'Oscar', 'Riya'], 'r3c', i)), '{D}', lgen.doc('r3doc', i)) END,
       fixture_gen.pick(ARRAY['AO01', 'AO01', 'AO01', 'AO02', 'AO02', 'AO03'], 'r3dp', i),
       CASE WHEN fixture_gen.n('r3wh', i, 5) = 0 THEN '' ELSE 'AO0' || (1 + fixture_gen.n('r3who', i, 3))::text END,
       CASE WHEN fixture_gen.n('r3e', i, 6) = 0 THEN lgen.pmail(lgen.first('r3ef', i), lgen.last('r3el', i), 'r3em', i) WHEN fixture_gen.n('r3e', i, 6) = 1 THEN '' END,
       CASE WHEN fixture_gen.n('r3pub', i, 3) = 0 THEN 'N' ELSE 'Y' END
FROM generate_series(1, 300) i,
  LATERAL (SELECT CASE WHEN i % 9 = 2 THEN 'pl' WHEN i % 23 = 6 THEN 'ro' WHEN i % 29 = 11 THEN 'ur' ELSE 'en' END AS l,
                  fixture_gen.pick(ARRAY['kiosk', 'kiosk', 'kiosk', 'qr', 'qr', 'sms', 'sms', 'web', 'fb', 'direct'], 'r3src', i) AS src,
                  lgen.at('r3st', i, '2024-01-01', '2024-06-28') AS st,
                  fixture_gen.pick(ARRAY['AO01', 'AO01', 'AO01', 'AO01', 'AO02', 'AO02', 'AO03', 'AO04', 'AO05', 'AO06'], 'r3f', i) AS fft) x
ORDER BY i;
UPDATE lime_survey_739208 SET "739208X301X3002" = replace("739208X301X3002", 'Nurse {N}', 'Nurse ' || lgen.nurse('r3n', id)) WHERE "739208X301X3002" LIKE '%{N}%';

-- Complaints-process survey: token-based, not anonymized; uploaded letters
-- are described by a JSON array (their names as the respondent's files
-- had them) and kept under upload/surveys/254816/files/ by their random name.
CREATE TABLE lime_survey_254816 (
  id serial PRIMARY KEY,
  token varchar(36),
  submitdate timestamp,
  lastpage integer,
  startlanguage varchar(20) NOT NULL,
  seed varchar(31),
  startdate timestamp NOT NULL,
  datestamp timestamp NOT NULL,
  "254816X401X4001" varchar(5),
  "254816X401X4002SQ001" varchar(5),
  "254816X401X4002SQ002" varchar(5),
  "254816X401X4002SQ003" varchar(5),
  "254816X401X4002SQ004" varchar(5),
  "254816X401X4003" text,
  "254816X402X4010" text,
  "254816X402X4010_filecount" integer,
  "254816X403X4020" varchar(5),
  "254816X403X4021SQ001" text,
  "254816X403X4021SQ002" text,
  "254816X403X4021SQ003" text,
  "254816X403X4022" text,
  "254816X403X4023" text,
  "254816X403X4024" varchar(1)
);
CREATE INDEX idx_survey_token_254816_a7b8 ON lime_survey_254816 (token);
INSERT INTO lime_survey_254816 (id, token, submitdate, lastpage, startlanguage, seed, startdate, datestamp,
  "254816X401X4001", "254816X401X4002SQ001", "254816X401X4002SQ002", "254816X401X4002SQ003", "254816X401X4002SQ004", "254816X401X4003",
  "254816X402X4010", "254816X402X4010_filecount", "254816X403X4020", "254816X403X4021SQ001", "254816X403X4021SQ002", "254816X403X4021SQ003",
  "254816X403X4022", "254816X403X4023", "254816X403X4024")
SELECT row_number() OVER (ORDER BY t.tid), t.token, CASE WHEN done THEN fin END, CASE WHEN done THEN 3 ELSE 1 END, 'en', (1000000 + fixture_gen.n('r4seed', t.tid, 2147000000))::text,
       fin - make_interval(secs => 300 + fixture_gen.n('r4d', t.tid, 1500)), fin,
       'AO0' || (1 + fixture_gen.n('r4a', t.tid, 4))::text,
       'AO0' || (1 + fixture_gen.n('r4b', t.tid, 5))::text, 'AO0' || (1 + fixture_gen.n('r4c', t.tid, 5))::text,
       'AO0' || (1 + fixture_gen.n('r4e', t.tid, 5))::text, 'AO0' || (1 + fixture_gen.n('r4f', t.tid, 5))::text,
       CASE WHEN fixture_gen.n('r4g', t.tid, 5) = 0 THEN NULL ELSE replace(replace(replace(replace(replace(fixture_gen.pick(ARRAY[
         'My father {PF} {PL} was discharged from {W} without his medication and was readmitted two days later. The PALS officer was helpful but the written response took eleven weeks.',
         'I complained about the attitude of a nurse on the night of the 14th. I got a generic letter that did not answer any of my questions.',
         'My mum was left in a wet bed for hours on {W}. The matron, {S}, phoned me within a day and was honest with us, which I appreciated.',
         'The response letter had my wife''s name wrong ({PF} instead of her real name) and the wrong date of birth. It felt like nobody had read my complaint.',
         'I raised a concern about my son''s care in the children''s ED. PALS sorted it out the same week. Thank you.',
         'Still waiting for a meeting with the consultant, Dr {D}, three months on. You can call me on {P}.',
         'The complaint was about my cancelled operation. I understand the pressures but nobody apologised.',
         'Handled well. Thank you.'], 'r4s', t.tid),
         '{PF}', lgen.first('r4pf', t.tid)), '{PL}', t.lastname), '{W}', fixture_gen.pick(ARRAY['Ward 8', 'the Acute Medical Unit', 'Ward 3A', 'Ash Ward', 'the Stroke Unit'], 'r4w', t.tid)),
         '{S}', fixture_gen.pick(ARRAY['Ritu Sharma', 'Rachel Bishop', 'Gareth Lloyd'], 'r4m', t.tid)), '{D}', lgen.doc('r4doc', t.tid)) END,
       CASE WHEN nf = 0 THEN NULL ELSE '[' || (SELECT string_agg('{"title":' || fixture_gen.js(fixture_gen.pick(ARRAY['Letter from PALS', 'Response letter', 'Discharge summary', 'Photo', ''], 'r4ft', t.tid * 10 + k))
            || ',"comment":"","size":"' || (40 + fixture_gen.n('r4fz', t.tid * 10 + k, 2400))::text || '.' || lpad(fixture_gen.n('r4fy', t.tid * 10 + k, 1000)::text, 3, '0')
            || '","name":' || fixture_gen.js(fixture_gen.pick(ARRAY['complaint_response_' || t.lastname || '.pdf', 'Letter to ' || t.firstname || ' ' || t.lastname || '.docx',
                 'Scan_' || to_char(fin, 'YYYYMMDD') || '.pdf', 'IMG_' || (4000 + fixture_gen.n('r4fi', t.tid * 10 + k, 5000))::text || '.jpg',
                 'discharge summary dad ' || lower(t.lastname) || '.pdf', t.attribute_1 || ' reply.pdf'], 'r4fn', t.tid * 10 + k))
            || ',"filename":"fu_' || lower(fixture_gen.chars('r4fr', t.tid * 10 + k, 15, 'abcdefghijklmnopqrstuvwxyz0123456789')) || '","ext":"'
            || fixture_gen.pick(ARRAY['pdf', 'docx', 'pdf', 'jpg', 'pdf', 'pdf'], 'r4fn', t.tid * 10 + k) || '"}', ',' ORDER BY k) FROM generate_series(1, nf) k) || ']' END,
       nf,
       rel,
       CASE WHEN fixture_gen.n('r4n', t.tid, 4) = 0 THEN '' WHEN rel = 'AO01' THEN t.firstname || ' ' || t.lastname ELSE lgen.first('r4pf', t.tid) || ' ' || t.lastname END,
       CASE WHEN fixture_gen.n('r4n', t.tid, 4) = 0 THEN '' ELSE to_char(fixture_gen.birth_date('r4dob', t.tid) - CASE WHEN rel = 'AO01' THEN 0 ELSE 9000 END,
         CASE WHEN t.tid % 3 = 0 THEN 'DD/MM/YYYY' WHEN t.tid % 3 = 1 THEN 'DD.MM.YY' ELSE 'FMDD FMMonth YYYY' END) END,
       CASE WHEN fixture_gen.n('r4ph', t.tid, 3) = 0 THEN '' ELSE lgen.mob('r4ph', t.tid) END,
       CASE WHEN fixture_gen.n('r4ad', t.tid, 3) = 0 THEN lgen.street('r4ad', t.tid) || ', ' || lgen.town('r4at', t.tid) || ' ' || lgen.pc('r4ap', t.tid) ELSE '' END,
       t.attribute_1,
       CASE WHEN done THEN (1 + fixture_gen.n('r4o', t.tid, 5))::text END
FROM lime_tokens_254816 t,
  LATERAL (SELECT t.completed <> 'N' AS done,
                  coalesce(CASE WHEN t.completed <> 'N' THEN to_timestamp(t.completed, 'YYYY-MM-DD HH24:MI')::timestamp END,
                           to_timestamp(t.sent, 'YYYY-MM-DD HH24:MI')::timestamp + interval '2 days 3 hours') AS fin,
                  CASE WHEN fixture_gen.n('r4u', t.tid, 5) < 3 THEN 0 ELSE 1 + fixture_gen.n('r4v', t.tid, 3) END AS nf,
                  'AO0' || (1 + fixture_gen.n('r4r', t.tid, 4))::text AS rel) x
WHERE t.completed <> 'N' OR t.tid % 8 = 3
ORDER BY t.tid;

-- ---------------------------------------------------------------------------
-- Save and resume later, failed logins.

CREATE TABLE lime_saved_control (
  scid serial PRIMARY KEY,
  sid integer NOT NULL DEFAULT 0,
  srid integer NOT NULL DEFAULT 0,
  identifier text NOT NULL,
  access_code text NOT NULL,
  email varchar(192),
  ip text NOT NULL,
  saved_thisstep text NOT NULL,
  status varchar(1) NOT NULL DEFAULT '',
  saved_date timestamp NOT NULL,
  refurl text
);
CREATE INDEX lime_idx1_saved_control ON lime_saved_control (sid);
CREATE INDEX lime_idx2_saved_control ON lime_saved_control (srid);
INSERT INTO lime_saved_control (sid, srid, identifier, access_code, email, ip, saved_thisstep, status, saved_date, refurl)
SELECT s, r.id,
       CASE fixture_gen.n('scid', r.id, 5) WHEN 0 THEN t.firstname WHEN 1 THEN lower(fixture_gen.ascii(t.firstname)) || lower(substr(fixture_gen.ascii(t.lastname), 1, 1)) || (r.id % 90)::text
            WHEN 2 THEN coalesce(nullif(t.email, ''), t.firstname || ' ' || t.lastname) WHEN 3 THEN t.firstname || ' ' || t.lastname ELSE fixture_gen.pick(ARRAY['mums survey', 'survey', 'dad', 'hospital'], 'scid2', r.id) END,
       lgen.bcrypt('scac', r.id * 7 + s % 7),
       CASE WHEN fixture_gen.n('scem', r.id, 3) = 0 THEN '' ELSE t.email END,
       CASE WHEN r.id % 6 = 0 THEN fixture_gen.ipv6('scip', r.id) ELSE fixture_gen.ipv4('scip', r.id) END,
       r.lastpage::text, 'S', r.datestamp,
       CASE WHEN r.id % 4 = 0 THEN 'https://www.severnvale.nhs.example/about-us/patient-experience/' WHEN r.id % 4 = 1 THEN '' END
FROM (SELECT 482951 AS s, id, token, lastpage, datestamp FROM lime_survey_482951 WHERE submitdate IS NULL
      UNION ALL SELECT 254816, id, token, lastpage, datestamp FROM lime_survey_254816 WHERE submitdate IS NULL) r
JOIN (SELECT token, firstname, lastname, email FROM lime_tokens_482951 UNION ALL SELECT token, firstname, lastname, email FROM lime_tokens_254816) t ON t.token = r.token
ORDER BY r.datestamp;

CREATE TABLE lime_failed_login_attempts (
  id serial PRIMARY KEY,
  ip varchar(40) NOT NULL,
  last_attempt varchar(20) NOT NULL,
  number_attempts integer NOT NULL,
  is_frontend boolean NOT NULL
);
INSERT INTO lime_failed_login_attempts (ip, last_attempt, number_attempts, is_frontend)
SELECT CASE WHEN i % 3 = 0 THEN lgen.lan('flip', i) WHEN i % 7 = 1 THEN fixture_gen.ipv6('flip', i) ELSE fixture_gen.ipv4('flip', i) END,
       to_char(lgen.at('flat', i, '2024-06-01', '2024-06-28'), 'YYYY-MM-DD HH24:MI:SS'), 1 + fixture_gen.n('flnum', i, 6), i % 3 <> 0
FROM generate_series(1, 26) i;

-- ---------------------------------------------------------------------------
-- Settings, plugins, sessions.

CREATE TABLE lime_settings_global (
  stg_name varchar(50) NOT NULL DEFAULT '' PRIMARY KEY,
  stg_value text NOT NULL
);
INSERT INTO lime_settings_global (stg_name, stg_value) VALUES
 ('DBVersion', '624'),
 ('SessionName', 'LS-' || fixture_gen.chars('sessname', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')),
 ('sitename', 'Severn Vale Hospitals - Patient Feedback'),
 ('siteadminname', 'Joanne Pratt'),
 ('siteadminemail', 'patient.experience@severnvale.nhs.example'),
 ('siteadminbounce', 'px-bounces@severnvale.nhs.example'),
 ('defaultlang', 'en'),
 ('restrictToLanguages', 'en pl ro ur'),
 ('defaulttheme', 'svhg_nhs'),
 ('admintheme', 'Sea_Green'),
 ('defaulthtmleditormode', 'inline'),
 ('defaultquestionselectormode', 'default'),
 ('defaulttemplateeditormode', 'default'),
 ('emailmethod', 'smtp'),
 ('emailsmtphost', 'smtp.office365.com:587'),
 ('emailsmtpuser', 'patient.experience@severnvale.nhs.example'),
 ('emailsmtppassword', lgen.sodium('smtppw', 1, 20)),
 ('emailsmtpssl', 'tls'),
 ('emailsmtpdebug', '0'),
 ('maxemails', '50'),
 ('bounceaccounttype', 'IMAP'),
 ('bounceaccounthost', 'outlook.office365.com:993'),
 ('bounceaccountuser', 'px-bounces@severnvale.nhs.example'),
 ('bounceaccountpass', lgen.sodium('bouncepw', 1, 18)),
 ('bounceencryption', 'SSL'),
 ('googleMapsAPIKey', 'AIza' || fixture_gen.chars('gmaps', 1, 35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
 ('googletranslateapikey', 'AIza' || fixture_gen.chars('gtrans', 1, 35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
 ('googleanalyticsapikey', ''),
 ('ipInfoDbAPIKey', ''),
 ('RPCInterface', 'json'),
 ('rpc_publish_api', '0'),
 ('add_access_control_header', '1'),
 ('force_ssl', 'on'),
 ('x_frame_options', 'sameorigin'),
 ('AssetsVersion', '30502'),
 ('usercontrolSameGroupPolicy', '1'),
 ('filterxsshtml', '1'),
 ('shownoanswer', '0'),
 ('showqnumcode', 'choose'),
 ('repeatheadings', '25'),
 ('iSessionExpirationTime', '7200'),
 ('timeadjust', '+0 hours'),
 ('loginIpWhitelist', '10.41.0.0/16, 10.42.0.0/16, 10.57.0.0/16'),
 ('tokenIpWhitelist', ''),
 ('maintenancemode', 'off'),
 ('updatecheckperiod', '7'),
 ('updatekey', 'LS-' || upper(fixture_gen.hexn('updkey', 1, 24))),
 ('updatekeyvaliduntil', '2025-03-31 00:00:00'),
 ('sendadmincreationemail', '1'),
 ('admincreationemailsubject', 'User registration at ''{SITENAME}'''),
 ('admincreationemailtemplate', '<p>Hello {FULLNAME},</p><p>this is an automated email to notify that a user has been created for you on the site <strong>''{SITENAME}''</strong>.</p><p>You can use now the following credentials to log into the site:<br />Username: {USERNAME}<br /><a href="{LOGINURL}">Click here to set your password</a></p><p>If you have any questions regarding this mail please do not hesitate to contact the site administrator at {SITEADMINEMAIL}.</p>'),
 ('passwordValidationRules', '{"minLength":"12","upper":"1","lower":"1","numeric":"1","symbol":"0"}'),
 ('pdfshowheader', 'N'),
 ('characterset', 'auto');

CREATE TABLE lime_settings_user (
  id serial PRIMARY KEY,
  uid integer NOT NULL,
  entity varchar(15),
  entity_id varchar(31),
  stg_name varchar(63) NOT NULL,
  stg_value text
);
CREATE INDEX lime_idx1_settings_user ON lime_settings_user (uid);
INSERT INTO lime_settings_user (uid, entity, entity_id, stg_name, stg_value)
SELECT uid, NULL, NULL, n, v FROM lgen.st, LATERAL (VALUES
  ('quickaction_state', CASE WHEN uid % 2 = 0 THEN '1' ELSE '0' END),
  ('preselectquestiontype', CASE WHEN uid IN (2, 3, 4) THEN 'L' END),
  ('showScriptEdit', CASE WHEN uid IN (1, 3) THEN '1' END),
  ('noViewMode', CASE WHEN uid % 3 = 0 THEN '0' END),
  ('answeroptionprefix', CASE WHEN uid IN (2, 3) THEN 'AO' END),
  ('subquestionprefix', CASE WHEN uid IN (2, 3) THEN 'SQ' END),
  ('last_survey', CASE WHEN uid <= 10 THEN fixture_gen.pick(ARRAY['482951', '739208', '615374', '254816'], 'sulast', uid) END)
) x(n, v) WHERE v IS NOT NULL AND uid <> 22;
INSERT INTO lime_settings_user (uid, entity, entity_id, stg_name, stg_value) VALUES
 (2, 'Survey', '482951', 'last_question', '1013'), (3, 'Survey', '615374', 'last_question', '2012'), (3, 'Survey', '739208', 'last_question', '3005'),
 (4, 'Survey', '254816', 'last_question', '4021'), (2, 'Survey', '482951', 'responses_columns', '["id","submitdate","482951X102X1012","482951X102X1013","482951X103X1023"]'),
 (4, 'Survey', '254816', 'responses_columns', '["id","token","254816X401X4003","254816X403X4021SQ001","254816X403X4024"]'),
 (3, 'Survey', '739208', 'statistics_filter', '{"739208X301X3003":["AO01"],"datestampG":"2024-05-01"}');

CREATE TABLE lime_plugins (
  id serial PRIMARY KEY,
  name varchar(50) NOT NULL,
  plugin_type varchar(6) DEFAULT 'user',
  active integer NOT NULL DEFAULT 0,
  priority integer NOT NULL DEFAULT 0,
  version varchar(32),
  load_error integer DEFAULT 0,
  load_error_message text
);
INSERT INTO lime_plugins (id, name, plugin_type, active, priority, version, load_error, load_error_message) VALUES
 (1, 'Authdb', 'core', 1, 0, '1.0.0', 0, NULL), (2, 'AuthLDAP', 'core', 1, 0, '1.0.0', 0, NULL), (3, 'Authwebserver', 'core', 0, 0, '1.0.0', 0, NULL),
 (4, 'AuditLog', 'core', 1, 0, '1.0.0', 0, NULL), (5, 'ExportR', 'core', 1, 0, '1.0.0', 0, NULL), (6, 'ExportSTATAxml', 'core', 1, 0, '1.0.0', 0, NULL),
 (7, 'ExportSPSSsav', 'core', 1, 0, '1.0.4', 0, NULL), (8, 'oldUrlCompat', 'core', 0, 0, '1.0.1', 0, NULL), (9, 'expressionQuestionHelp', 'core', 0, 0, '1.0.1', 0, NULL),
 (10, 'expressionQuestionForAll', 'core', 0, 0, '1.0.0', 0, NULL), (11, 'expressionFixedDbVar', 'core', 0, 0, '1.0.2', 0, NULL), (12, 'customToken', 'core', 1, 0, '1.0.1', 0, NULL),
 (13, 'mailSenderToFrom', 'core', 0, 0, '1.0.0', 0, NULL), (14, 'PasswordRequirement', 'core', 1, 0, '1.1.0', 0, NULL), (15, 'ComfortUpdateChecker', 'core', 0, 0, '1.0.0', 0, NULL),
 (16, 'UpdateCheck', 'core', 1, 0, '1.0.0', 0, NULL), (17, 'statFunctions', 'core', 0, 0, '1.0.0', 0, NULL), (18, 'GoogleOAuthSMTP', 'core', 0, 0, '1.0.0', 0, NULL),
 (19, 'AzureOAuthSMTP', 'core', 1, 0, '1.0.0', 0, NULL), (20, 'TwoFactorAdminLogin', 'user', 1, 0, '1.2.6', 0, NULL),
 (21, 'govukNotifySms', 'user', 1, 0, '0.4.1', 0, NULL), (22, 'responseListAndManage', 'upload', 0, 0, '2.12.3', 1, 'Plugin responseListAndManage needs a PHP 7 class, it was not loaded: Class "reloadAnyResponse\Utilities" not found'),
 (23, 'QRCodeLinks', 'upload', 1, 0, '1.0.3', 0, NULL);

CREATE TABLE lime_plugin_settings (
  id serial PRIMARY KEY,
  plugin_id integer NOT NULL,
  model varchar(50),
  model_id integer,
  key varchar(50) NOT NULL,
  value text
);
INSERT INTO lime_plugin_settings (plugin_id, model, model_id, key, value) VALUES
 (2, NULL, NULL, 'server', '"ldaps:\/\/dc01.svhg.local"'),
 (2, NULL, NULL, 'ldapport', '"636"'),
 (2, NULL, NULL, 'ldapversion', '"3"'),
 (2, NULL, NULL, 'ldapoptreferrals', '""'),
 (2, NULL, NULL, 'ldaptls', '""'),
 (2, NULL, NULL, 'ldapmode', '"searchandbind"'),
 (2, NULL, NULL, 'searchuserattribute', '"sAMAccountName"'),
 (2, NULL, NULL, 'usersearchbase', '"OU=Staff,DC=svhg,DC=local"'),
 (2, NULL, NULL, 'extrauserfilter', '"(memberOf=CN=GG-LimeSurvey-Users,OU=Groups,DC=svhg,DC=local)"'),
 (2, NULL, NULL, 'binddn', '"CN=svc-limesurvey,OU=Service Accounts,DC=svhg,DC=local"'),
 (2, NULL, NULL, 'bindpwd', fixture_gen.js(fixture_gen.chars('ldappw', 1, 10) || '!' || fixture_gen.digits('ldappw', 1, 3))),
 (2, NULL, NULL, 'mailattribute', '"mail"'),
 (2, NULL, NULL, 'fullnameattribute', '"displayName"'),
 (2, NULL, NULL, 'is_default', '"1"'),
 (2, NULL, NULL, 'autocreate', '"1"'),
 (2, NULL, NULL, 'automaticsurveycreation', '""'),
 (4, NULL, NULL, 'AuditLog_Log_UserSave', '"1"'),
 (4, NULL, NULL, 'AuditLog_Log_UserFailedLoginAttempt', '"1"'),
 (4, NULL, NULL, 'AuditLog_Log_DataEntryUpdate', '"1"'),
 (4, 'Survey', 482951, 'auditing', '"1"'),
 (4, 'Survey', 254816, 'auditing', '"1"'),
 (4, 'Survey', 615374, 'auditing', '"0"'),
 (14, NULL, NULL, 'needsNumber', '"1"'),
 (14, NULL, NULL, 'needsUppercase', '"1"'),
 (14, NULL, NULL, 'minimumSize', '"12"'),
 (19, NULL, NULL, 'tenantId', fixture_gen.js(fixture_gen.uuid('aztenant', 1))),
 (19, NULL, NULL, 'clientId', fixture_gen.js(fixture_gen.uuid('azclient', 1))),
 (19, NULL, NULL, 'clientSecret', fixture_gen.js(fixture_gen.chars('azsec', 1, 3) || '8Q~' || fixture_gen.chars('azsec2', 1, 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'))),
 (19, NULL, NULL, 'email', '"patient.experience@severnvale.nhs.example"'),
 (19, NULL, NULL, 'refreshToken', fixture_gen.js('0.AQ' || fixture_gen.chars('azrt', 1, 2) || 'A' || fixture_gen.chars('azrt2', 1, 240, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))),
 (20, NULL, NULL, 'force2FA', '"1"'),
 (20, NULL, NULL, 'issuer', '"SVHG Feedback"'),
 (21, NULL, NULL, 'apiKey', fixture_gen.js('svhg_px_live-' || fixture_gen.uuid('notifysvc', 1) || '-' || fixture_gen.uuid('notifykey', 1))),
 (21, NULL, NULL, 'senderId', '"SevernVale"'),
 (21, NULL, NULL, 'templateId', fixture_gen.js(fixture_gen.uuid('notifytpl', 1))),
 (21, 'Survey', 482951, 'enabled', '"1"'),
 (21, 'Survey', 482951, 'attributeForMobile', '"attribute_5"'),
 (21, 'Survey', 739208, 'enabled', '"0"'),
 (23, 'Survey', 739208, 'qrParams', '{"src":"qr","sizes":[256,512]}');

-- Yii's CDbHttpSession store: the PHP session id and the serialized
-- session, administrators' (user id, login, CSRF token) and respondents'
-- (the survey state with the token and the answers typed so far).
CREATE TABLE lime_sessions (
  id varchar(32) NOT NULL PRIMARY KEY,
  expire integer,
  data bytea
);
CREATE INDEX sess_expire ON lime_sessions (expire);
INSERT INTO lime_sessions (id, expire, data)
SELECT lower(fixture_gen.chars('sessid', i, 26, 'abcdefghijklmnopqrstuvwxyz0123456789')), 1719500000 + fixture_gen.n('sessexp', i, 200000),
       convert_to(CASE WHEN i % 3 = 0 THEN
         'YII_CSRF_TOKEN|s:88:"' || fixture_gen.b64('csrf', i, 64) || '";'
         || 'a8e6d4c2f0b1__id|s:' || length(s.uid::text) || ':"' || s.uid || '";a8e6d4c2f0b1__name|' || lgen.ps(s.login) || 'a8e6d4c2f0b1__states|a:0:{}'
         || 'loginID|i:' || s.uid || ';user|' || lgen.ps(s.login) || 'full_name|' || lgen.ps(trim(s.first || ' ' || coalesce(s.last, ''))) || 'adminlang|s:2:"en";'
         || 'session_hash|s:32:"' || fixture_gen.hexn('shash', i, 32) || '";FileManagerContext|s:0:"";'
       ELSE
         'YII_CSRF_TOKEN|s:88:"' || fixture_gen.b64('csrf', i, 64) || '";LEMsid|i:482951;'
         || 'survey_482951|a:6:{s:5:"token";' || lgen.ps(r.token) || 's:4:"srid";i:' || r.id || ';s:4:"step";i:' || r.lastpage || ';s:7:"s_lang";s:2:"en";'
         || 's:15:"482951X102X1012";' || lgen.ps(r."482951X102X1012") || 's:15:"482951X102X1013";' || lgen.ps(r."482951X102X1013") || '}'
       END, 'UTF8')
FROM generate_series(1, 42) i
JOIN lgen.st s ON s.uid = 1 + (i * 5) % 21
JOIN lime_survey_482951 r ON r.id = 1 + (i * 13) % 200
ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Failed notification emails, the AuditLog plugin's log, notifications.

CREATE TABLE lime_failed_emails (
  id serial PRIMARY KEY,
  surveyid integer NOT NULL,
  responseid integer NOT NULL,
  email_type varchar(200) NOT NULL,
  recipient varchar(320) NOT NULL,
  language varchar(20) NOT NULL DEFAULT 'en',
  error_message text,
  created timestamp NOT NULL,
  status varchar(20) DEFAULT 'SEND FAILED',
  updated timestamp,
  resend_vars text NOT NULL
);
INSERT INTO lime_failed_emails (surveyid, responseid, email_type, recipient, language, error_message, created, status, updated, resend_vars)
SELECT s, r.id, et,
       CASE et WHEN 'admin_notification' THEN split_part(sv.emailnotificationto, ';', 1 + r.id % 2) WHEN 'admin_responses' THEN 'kwabena.mensah@severnvale.nhs.example' ELSE t.email END,
       'en',
       fixture_gen.pick(ARRAY['SMTP Error: Could not authenticate.', 'SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
         'SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: 4.3.2 Service unavailable, try again later', 'Connection timed out (110)'], 'feerr', r.id),
       r.datestamp + interval '2 seconds', CASE WHEN r.id % 5 = 0 THEN 'RESEND SUCCESS' ELSE 'SEND FAILED' END, CASE WHEN r.id % 5 = 0 THEN r.datestamp + interval '1 day' END,
       json_build_object('survey_id', s, 'response_id', r.id, 'language', 'en', 'token', r.token,
         'FIRSTNAME', t.firstname, 'LASTNAME', t.lastname, 'EMAIL', t.email,
         'ANSWERTABLE', CASE WHEN et = 'admin_responses' THEN '<table><tr><td>Please tell us in your own words what happened</td><td>' || coalesce(r.txt, '') || '</td></tr><tr><td>Patient''s full name</td><td>' || coalesce(r.pname, '') || '</td></tr></table>' END)::text
FROM (SELECT 482951 AS s, id, token, datestamp, "482951X102X1013" AS txt, NULL::text AS pname FROM lime_survey_482951 WHERE submitdate IS NOT NULL AND id % 12 = 5
      UNION ALL SELECT 254816, id, token, datestamp, "254816X401X4003", "254816X403X4021SQ001" FROM lime_survey_254816 WHERE submitdate IS NOT NULL AND id % 3 = 1) r
JOIN lime_surveys sv ON sv.sid = r.s
JOIN (SELECT token, firstname, lastname, email FROM lime_tokens_482951 UNION ALL SELECT token, firstname, lastname, email FROM lime_tokens_254816) t ON t.token = r.token,
LATERAL (SELECT CASE WHEN r.s = 254816 THEN CASE WHEN r.id % 2 = 0 THEN 'admin_responses' ELSE 'confirm' END ELSE 'admin_notification' END AS et) e
ORDER BY r.datestamp;

-- lime_auditlog_log: the AuditLog core plugin's table. Token and
-- participant rows keep the whole record as JSON (the token included);
-- failed logins keep the username typed; user rows mask the password.
CREATE TABLE lime_auditlog_log (
  id serial PRIMARY KEY,
  created timestamp,
  uid varchar(255),
  entity varchar(255),
  entityid varchar(255),
  action varchar(255),
  fields text,
  oldvalues text,
  newvalues text
);
INSERT INTO lime_auditlog_log (created, uid, entity, entityid, action, fields, oldvalues, newvalues)
SELECT at, u, entity, eid, action, fields, oldv, newv FROM (
  -- logins and logouts
  SELECT lgen.at('allog', i, '2024-05-01', '2024-06-28') AS at, s.uid::text AS u, 'user' AS entity, s.uid::text AS eid,
         CASE WHEN i % 4 = 0 THEN 'beforeLogout' ELSE 'afterSuccessfulLogin' END AS action, NULL AS fields, NULL AS oldv, NULL AS newv
  FROM generate_series(1, 60) i JOIN lgen.st s ON s.uid = 1 + (i * 7) % 21
  UNION ALL
  -- failed logins: the username as typed
  SELECT lgen.at('alfail', i, '2024-05-01', '2024-06-28'), NULL, 'user', NULL, 'afterFailedLoginAttempt', NULL, NULL,
         json_build_object('username', fixture_gen.pick(ARRAY['jpratt', 'j.pratt', 'joanne.pratt@severnvale.nhs.example', 'akowalska', 'admin', 'Administrator',
           'rsharma', 'Ritu.Sharma', 'cdonnelly', 'test', 'svc_powerbi', 'lharding1'], 'alfu', i))::text
  FROM generate_series(1, 18) i
  UNION ALL
  -- participants added to the inpatient token table
  SELECT (to_timestamp(t.sent, 'YYYY-MM-DD HH24:MI') - interval '3 hours')::timestamp, '3', 'token_482951', t.tid::text, 'create',
         'tid,participant_id,firstname,lastname,email,emailstatus,token,language,blacklisted,sent,remindersent,remindercount,completed,usesleft,validfrom,validuntil,mpid,attribute_1,attribute_2,attribute_3,attribute_4,attribute_5',
         '[]',
         json_build_object('tid', t.tid, 'participant_id', t.participant_id, 'firstname', t.firstname, 'lastname', t.lastname, 'email', t.email, 'emailstatus', 'OK',
           'token', t.token, 'language', 'en', 'blacklisted', 'N', 'sent', 'N', 'remindersent', 'N', 'remindercount', 0, 'completed', 'N', 'usesleft', 1,
           'validfrom', t.validfrom, 'validuntil', t.validuntil, 'mpid', NULL, 'attribute_1', t.attribute_1, 'attribute_2', t.attribute_2, 'attribute_3', t.attribute_3,
           'attribute_4', t.attribute_4, 'attribute_5', t.attribute_5)::text
  FROM lime_tokens_482951 t WHERE t.tid % 6 = 1
  UNION ALL
  -- corrected email addresses and opt-outs
  SELECT lgen.at('alupd', t.tid, '2024-02-01', '2024-06-20'), '4', 'token_482951', t.tid::text, 'update', 'email',
         json_build_object('email', replace(t.email, '@', '@@'))::text, json_build_object('email', t.email)::text
  FROM lime_tokens_482951 t WHERE t.tid % 23 = 2 AND t.email <> ''
  UNION ALL
  -- responses edited by the team (contact details removed on request)
  SELECT r.datestamp + interval '3 days', '2', 'responses_482951', r.id::text, 'update', '482951X104X1036SQ001,482951X104X1036SQ002',
         json_build_object('482951X104X1036SQ001', p.first || ' ' || p.last, '482951X104X1036SQ002', coalesce(p.mob, ''))::text,
         json_build_object('482951X104X1036SQ001', '', '482951X104X1036SQ002', '')::text
  FROM lime_survey_482951 r JOIN lime_tokens_482951 t ON t.token = r.token JOIN lgen.pt p ON p.i = t.tid WHERE r.id % 19 = 7
  UNION ALL
  -- central participants created
  SELECT created, CASE WHEN owner_uid = 3 THEN '3' ELSE '2' END, 'participant', participant_id, 'create',
         'participant_id,firstname,lastname,email,language,blacklisted,owner_uid,created_by,created,modified', '[]',
         json_build_object('participant_id', participant_id, 'firstname', firstname, 'lastname', lastname, 'email', email, 'language', language,
           'blacklisted', blacklisted, 'owner_uid', owner_uid, 'created_by', created_by, 'created', created, 'modified', created)::text
  FROM lime_participants WHERE created > '2024-01-01'
  UNION ALL
  -- user changes
  SELECT lgen.at('aluser', uid, '2024-01-05', '2024-06-20'), CASE WHEN uid IN (23, 24) THEN '2' ELSE 'Automatic creation' END, 'user', uid::text, 'update',
         CASE WHEN uid IN (23, 24) THEN 'expires,user_status' ELSE 'password,modified' END,
         CASE WHEN uid IN (23, 24) THEN '{"expires":null,"user_status":1}' ELSE '{"password":"*MASKED*OLD*PASSWORD*","modified":"2024-01-02 09:00:00"}' END,
         CASE WHEN uid IN (23, 24) THEN '{"expires":"2023-12-31 23:59:59","user_status":0}' ELSE '{"password":"*MASKED*NEW*PASSWORD*","modified":"' || to_char(lgen.at('aluser', uid, '2024-01-05', '2024-06-20'), 'YYYY-MM-DD HH24:MI:SS') || '"}' END
  FROM lgen.st WHERE uid IN (3, 5, 9, 17, 19, 23, 24)
  UNION ALL
  -- permissions
  SELECT timestamp '2024-01-16 10:12:00' + make_interval(mins => u), '2', 'permission', '482951', 'update', 'responses,statistics',
         '{"responses":{"read":0,"export":0}}', '{"responses":{"read":1,"export":0},"statistics":{"read":1}}'
  FROM unnest(ARRAY[6, 7, 14, 18]) u
) x ORDER BY at;

CREATE TABLE lime_notifications (
  id serial PRIMARY KEY,
  entity varchar(15) NOT NULL,
  entity_id integer NOT NULL,
  title varchar(255) NOT NULL,
  message text NOT NULL,
  status varchar(15) NOT NULL DEFAULT 'new',
  importance integer NOT NULL DEFAULT 1,
  display_class varchar(31) DEFAULT 'default',
  hash varchar(64),
  created timestamp,
  first_read timestamp
);
CREATE INDEX lime_notifications_pk ON lime_notifications (entity, entity_id, status);
INSERT INTO lime_notifications (entity, entity_id, title, message, status, importance, display_class, hash, created, first_read)
SELECT entity, eid, title, msg, CASE WHEN i % 3 = 0 THEN 'new' ELSE 'read' END, imp, dc, encode(sha256(convert_to(title || msg, 'UTF8')), 'hex'), c, CASE WHEN i % 3 <> 0 THEN c + interval '5 hours' END
FROM (
  SELECT i, 'user' AS entity, CASE WHEN i % 2 = 0 THEN 2 ELSE 4 END AS eid, 'Invitation emails could not be sent' AS title,
         '<p>' || (1 + i % 4)::text || ' invitation(s) for survey 482951 could not be sent:</p><ul>'
         || (SELECT string_agg('<li>' || t.firstname || ' ' || t.lastname || ' &lt;' || t.email || '&gt;</li>', '' ORDER BY t.tid) FROM lime_tokens_482951 t
             WHERE t.email <> '' AND t.tid BETWEEN i * 9 AND i * 9 + 8 AND t.tid % 3 = 0) || '</ul>' AS msg,
         2 AS imp, 'warning' AS dc, lgen.at('nt1', i, '2024-01-15', '2024-06-25') AS c
  FROM generate_series(1, 14) i
  UNION ALL
  SELECT i + 100, 'user', 1 + i % 5, fixture_gen.pick(ARRAY['Survey activated', 'Update available', 'Weekly summary', 'Bounce processing finished', 'Password expiry'], 'nt2', i),
         fixture_gen.pick(ARRAY['<p>Survey 739208 is now active. Responses are stored in a new table.</p>', '<p>LimeSurvey 6.5.14 is available. Please contact your administrator.</p>',
           '<p>Last week: 46 inpatient responses, 212 Friends and Family Test responses.</p>', '<p>Bounce processing for survey 482951 finished: 3 addresses marked as bounced.</p>',
           '<p>Your password expires in 7 days.</p>'], 'nt2', i), 1, 'default', lgen.at('nt2', i, '2024-01-15', '2024-06-25')
  FROM generate_series(1, 16) i
) x WHERE msg IS NOT NULL;

-- ---------------------------------------------------------------------------
-- NOT LimeSurvey: the patient experience team's own tables (schema px).

-- The nightly extract of discharged inpatients from the patient
-- administration system, from which the invitations are built.
CREATE TABLE px.pas_discharge (
  id serial PRIMARY KEY,
  nhs_number varchar(10) NOT NULL,
  hospital_number varchar(12) NOT NULL,
  forename varchar(60) NOT NULL,
  surname varchar(60) NOT NULL,
  date_of_birth date NOT NULL,
  sex char(1) NOT NULL,
  postcode varchar(10),
  mobile varchar(20),
  email varchar(160),
  site_code varchar(6) NOT NULL,
  ward_code varchar(8) NOT NULL REFERENCES px.ward (code),
  specialty varchar(80) NOT NULL,
  discharge_date date NOT NULL,
  survey_token_id integer,
  imported_at timestamp(0) NOT NULL
);
INSERT INTO px.pas_discharge (id, nhs_number, hospital_number, forename, surname, date_of_birth, sex, postcode, mobile, email, site_code, ward_code, specialty, discharge_date, survey_token_id, imported_at)
SELECT p.i, p.nhs, p.mrn, upper(p.first), upper(p.last), p.dob, p.sex, p.pc, p.mob, nullif(p.email, ''),
       CASE w.site WHEN 'Severn Vale Royal Infirmary' THEN 'RSV01' WHEN 'Kingsmead Women''s Unit' THEN 'RSV03' ELSE 'RSV02' END,
       p.ward, w.specialty, p.discharged, CASE WHEN p.i % 31 = 8 THEN NULL ELSE p.i END, (p.discharged + 1)::timestamp + interval '2 hours 15 minutes'
FROM lgen.pt p JOIN px.ward w ON w.code = p.ward ORDER BY p.i;

-- Invitations by text message (GOV.UK Notify), for patients without email.
CREATE TABLE px.sms_outbox (
  id serial PRIMARY KEY,
  survey_id integer NOT NULL,
  token_id integer NOT NULL,
  to_number varchar(20) NOT NULL,
  body text NOT NULL,
  provider varchar(20) NOT NULL DEFAULT 'notify',
  provider_message_id varchar(40),
  status varchar(24) NOT NULL,
  sent_at timestamp(0),
  error text
);
INSERT INTO px.sms_outbox (survey_id, token_id, to_number, body, provider, provider_message_id, status, sent_at, error)
SELECT 482951, t.tid, t.attribute_5,
       'Severn Vale Hospitals: Hi ' || t.firstname || ', how was your stay on ' || split_part(t.attribute_3, ' - ', 1) || '? Tell us in 10 minutes: https://feedback.severnvale.nhs.example/index.php/482951?token='
         || t.token || '&lang=en Reply STOP to opt out.',
       'notify', CASE WHEN t.tid % 41 = 9 THEN NULL ELSE fixture_gen.uuid('notifymsg', t.tid) END,
       CASE WHEN t.tid % 41 = 9 THEN 'validation-failed' WHEN t.tid % 17 = 6 THEN 'permanent-failure' WHEN t.tid % 29 = 1 THEN 'temporary-failure' ELSE 'delivered' END,
       to_timestamp(t.sent, 'YYYY-MM-DD HH24:MI')::timestamp + interval '3 minutes',
       CASE WHEN t.tid % 41 = 9 THEN 'ValidationError: phone_number Not a UK mobile number' WHEN t.tid % 17 = 6 THEN 'The provider could not deliver the message.' END
FROM lime_tokens_482951 t WHERE t.attribute_5 <> '' AND (t.email = '' OR t.tid % 3 = 0) ORDER BY t.tid;

-- Themes the team codes from free-text comments, with the quoted excerpt.
CREATE TABLE px.comment_theme (
  id serial PRIMARY KEY,
  survey_id integer NOT NULL,
  response_id integer NOT NULL,
  field_name varchar(40) NOT NULL,
  theme varchar(60) NOT NULL,
  sentiment varchar(10) NOT NULL,
  excerpt text,
  staff_named varchar(120),
  coded_by integer NOT NULL
);
INSERT INTO px.comment_theme (survey_id, response_id, field_name, theme, sentiment, excerpt, staff_named, coded_by)
SELECT sid, rid, f, th, se, ex,
       CASE WHEN ex ~ '(Dr [A-Z][a-z]+|[Nn]urse [A-Z][a-z]+|[Mm]idwife [A-Z][a-z]+|thank them|especially [A-Z][a-z]+)' THEN
         coalesce(substring(ex from '(Dr [A-Z][a-z]+)'), substring(ex from '[Nn]urse ([A-Z][a-z]+)'), substring(ex from '[Mm]idwife ([A-Z][a-z]+)'), substring(ex from 'especially ([A-Z][a-z]+)'), '') END,
       CASE WHEN rid % 3 = 0 THEN 4 ELSE 3 END
FROM (
  SELECT 482951 AS sid, id AS rid, '482951X102X1012' AS f, "482951X102X1012" AS ex FROM lime_survey_482951 WHERE "482951X102X1012" IS NOT NULL AND id % 2 = 0
  UNION ALL SELECT 482951, id, '482951X102X1013', "482951X102X1013" FROM lime_survey_482951 WHERE "482951X102X1013" IS NOT NULL AND id % 2 = 1
  UNION ALL SELECT 739208, id, '739208X301X3002', "739208X301X3002" FROM lime_survey_739208 WHERE "739208X301X3002" <> '' AND id % 4 = 0
  UNION ALL SELECT 615374, id, '615374X202X2012', "615374X202X2012" FROM lime_survey_615374 WHERE "615374X202X2012" IS NOT NULL AND id % 2 = 0
) c,
LATERAL (SELECT CASE WHEN ex ~* '(noisy|noise|lights|snor)' THEN 'Environment - noise at night' WHEN ex ~* '(wait|waited|hours)' THEN 'Waiting times'
                     WHEN ex ~* '(food|cold)' THEN 'Food and drink' WHEN ex ~* '(told|explain|informed|communication)' THEN 'Communication'
                     WHEN ex ~* '(clean|toilet|dirty)' THEN 'Cleanliness' WHEN ex ~* '(discharge|medicines|pharmacy)' THEN 'Discharge'
                     WHEN ex ~* '(thank|kind|wonderful|amazing|lovely|great|excellent)' THEN 'Staff attitude - positive' ELSE 'Other' END AS th,
                CASE WHEN ex ~* '(thank|kind|wonderful|amazing|lovely|great|excellent|good|clean and)' AND ex !~* '(not|no |never|rude|dismissive)' THEN 'positive'
                     WHEN ex ~* '(nothing|all good|^no\.?$)' THEN 'neutral' ELSE 'negative' END AS se) t
ORDER BY sid, rid;

-- Comments escalated to safeguarding, the matrons or the Datix incident team.
CREATE TABLE px.escalation (
  id serial PRIMARY KEY,
  survey_id integer NOT NULL,
  response_id integer NOT NULL,
  reason varchar(40) NOT NULL,
  details text NOT NULL,
  patient_name varchar(120),
  datix_ref varchar(20),
  escalated_to varchar(160) NOT NULL,
  status varchar(20) NOT NULL,
  created_at timestamp(0) NOT NULL,
  closed_at timestamp(0)
);
INSERT INTO px.escalation (survey_id, response_id, reason, details, patient_name, datix_ref, escalated_to, status, created_at, closed_at)
SELECT r.s, r.id, rs,
       CASE rs WHEN 'clinical concern' THEN 'Comment reports late insulin doses on ' || wn || '. Patient is ' || p.first || ' ' || p.last || ' (' || p.mrn || '), discharged ' || to_char(p.discharged, 'DD/MM/YYYY') || '. Matron asked to review drug charts.'
               WHEN 'lost property' THEN 'Hearing aids lost on ' || wn || '. ' || p.first || ' asks for reimbursement; passed to the ward manager and PALS. Contact ' || coalesce(p.mob, 'by letter') || '.'
               WHEN 'staff conduct' THEN 'Comment about a doctor being dismissive about pain. Shared with the clinical lead without the patient''s details.'
               WHEN 'safeguarding' THEN 'Relative reports patient ' || p.first || ' ' || p.last || ' was left in a wet bed overnight on ' || wn || '. Adult safeguarding referral considered; daughter to be called back on ' || lgen.mob('esc', r.id) || '.'
               ELSE 'Waited nine hours on a trolley in the corridor. Added to the corridor care audit.' END,
       CASE WHEN rs = 'staff conduct' OR rs = 'corridor care' THEN NULL ELSE p.first || ' ' || p.last END,
       CASE WHEN rs IN ('clinical concern', 'safeguarding', 'corridor care') THEN 'W' || (180000 + fixture_gen.n('datix', r.id, 20000))::text END,
       CASE rs WHEN 'safeguarding' THEN 'safeguarding.adults@severnvale.nhs.example' WHEN 'staff conduct' THEN 'dr.h.fitzgerald@severnvale.nhs.example' ELSE coalesce(w.matron_email, 'px-team@severnvale.nhs.example') END,
       CASE WHEN r.id % 3 = 0 THEN 'open' ELSE 'closed' END, r.datestamp + interval '1 day', CASE WHEN r.id % 3 <> 0 THEN r.datestamp + interval '12 days' END
FROM (SELECT 482951 AS s, id, token, datestamp, "482951X102X1013" AS txt FROM lime_survey_482951 WHERE "482951X102X1013" ~ '(insulin|hearing aids|dismissive|trolley)'
      UNION ALL SELECT 254816, id, token, datestamp, "254816X401X4003" FROM lime_survey_254816 WHERE "254816X401X4003" ~ 'wet bed') r
LEFT JOIN lime_tokens_482951 t ON t.token = r.token LEFT JOIN lgen.pt p ON p.i = coalesce(t.tid, r.id * 5)
LEFT JOIN px.ward w ON w.code = p.ward,
LATERAL (SELECT CASE WHEN r.txt ~ 'insulin' THEN 'clinical concern' WHEN r.txt ~ 'hearing aids' THEN 'lost property' WHEN r.txt ~ 'dismissive' THEN 'staff conduct'
                     WHEN r.txt ~ 'wet bed' THEN 'safeguarding' ELSE 'corridor care' END AS rs, coalesce(w.name, 'the ward') AS wn) x
ORDER BY r.datestamp;

-- Exports to the data warehouse and to NHS England's FFT collection.
CREATE TABLE px.export_job (
  id serial PRIMARY KEY,
  name varchar(80) NOT NULL,
  survey_ids varchar(60) NOT NULL,
  target_url text NOT NULL,
  rc_password text,
  notify_email varchar(160),
  schedule_cron varchar(40) NOT NULL,
  last_run_at timestamp(0),
  last_status varchar(20),
  last_error text
);
INSERT INTO px.export_job (name, survey_ids, target_url, rc_password, notify_email, schedule_cron, last_run_at, last_status, last_error) VALUES
 ('Inpatient responses to warehouse', '482951', 'sftp://px_export:' || fixture_gen.chars('sftppw', 1, 14) || '@dwh-sftp.svhg.local:22/incoming/limesurvey/', NULL, 'agnieszka.kowalska@severnvale.nhs.example', '15 2 * * *', '2024-06-28 02:15:41', 'ok', NULL),
 ('FFT monthly return (ED/UTC)', '739208', 'https://www.england.nhs.example/fft/upload?org=RSV&sig=' || fixture_gen.hexn('fftsig', 1, 64), NULL, 'patient.experience@severnvale.nhs.example', '0 6 3 * *', '2024-06-03 06:00:12', 'ok', NULL),
 ('Power BI refresh via RemoteControl', '482951,739208,615374', 'https://feedback.severnvale.nhs.example/index.php/admin/remotecontrol', 'svc_powerbi:' || fixture_gen.chars('rcpw', 1, 18), 'px-bi@severnvale.nhs.example', '0 */4 * * *', '2024-06-28 08:00:05', 'ok', NULL),
 ('Maternity to MVP dashboard', '615374', 'https://mvp-dashboard.example/api/import?key=' || fixture_gen.chars('mvpkey', 1, 32), NULL, 'sian.pritchard@severnvale.nhs.example', '30 1 * * 1', '2024-06-24 01:30:40', 'failed', 'HTTP 401 Unauthorized'),
 ('Complaints survey to Datix', '254816', 'sftp://datix-feed.svhg.local/inbound/px/', NULL, 'kwabena.mensah@severnvale.nhs.example', '45 2 * * *', '2024-06-28 02:45:02', 'failed', 'Permission denied (publickey,password).'),
 ('Archive 2023 inpatient survey', '190377', 'file:///srv/exports/archive/190377/', NULL, NULL, '@once', '2024-01-03 09:12:00', 'ok', NULL);

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('px');

SET client_min_messages = warning;
DROP SCHEMA lgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
