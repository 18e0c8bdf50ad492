-- classify-eval fixture (HOLDOUT 31: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- internal Wiki.js 2.5 of Kestrel Ridge Logistics (a freight forwarder with
-- offices in Rotterdam, Leeds, Pune, Lagos, Osaka and Curitiba), on
-- PostgreSQL in the naming its Knex migrations create: lowercase plural and
-- camelCase quoted table names, camelCase quoted columns, integer ids,
-- "createdAt"/"updatedAt" as ISO-8601 strings in varchar, json settings.
-- Users signed in locally (bcrypt), through Active Directory over LDAP,
-- Entra ID, Google Workspace and an OIDC provider, with the provider's id of
-- each, TOTP secrets, job titles, offices and avatar URLs; groups with
-- permissions and page rules; verification and reset keys; API keys that are
-- signed JWTs; the authentication strategies' config JSON (an LDAP bind
-- password, an OIDC client secret, a Google client secret, a SAML private
-- key); settings whose values hold the site title, the company, the mail
-- settings with the SMTP password, the session secret, the JWT keypair with
-- its private key, the telemetry client id, upload limits and theming;
-- storage targets (a git remote with a token in its URL, S3, Backblaze B2,
-- Dropbox, SFTP with a private key) and their sync state; search engines
-- (Elasticsearch with a password in its URL, Algolia's admin key, the
-- PostgreSQL engine); renderers, editors, loggers, analytics ids, comment
-- providers; comments with the commenter's name, email and IP; pages whose
-- markdown holds on-call phone numbers, emergency contacts, emails, home
-- addresses of people and a few pasted credentials in runbooks, their
-- rendered HTML and history (earlier versions keep removed credentials and
-- phones); page paths and the page tree naming people (/people/jane-doe,
-- /hr/leavers/...); tags; asset file names of scanned passports, contracts
-- and photos of people, their bytes and folders; navigation; locales;
-- express-brute's table of login attempts keyed by a hash of IP and login;
-- Knex's migrations. Beside it, in the schema itops, the IT team's own
-- tables: the on-call roster, access requests, the staff directory export
-- the people pages are built from, vendor escalation contacts, incidents,
-- laptops assigned to people, service accounts, page feedback, offboarding
-- and a Confluence import log.
-- Wiki.js 2.5's own tables hold about 200 columns; the IT team's schema
-- brings the fixture to about 430.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA wgen;

-- b64u: URL-safe unpadded base64 of a text; rb64u: of len random bytes.
CREATE FUNCTION wgen.b64u(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(t, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;

CREATE FUNCTION wgen.rb64u(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;

-- rnd: alphanumerics from base64 (len up to 300).
CREATE FUNCTION wgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, 256), '+/=', ''), 1, len) $$;

-- pem: a PEM block of nbytes random bytes, lines of 64.
CREATE FUNCTION wgen.pem(label text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || label || E'-----\n'
      || regexp_replace(translate(encode(substr(sha512(convert_to(tag || 'a' || i, 'UTF8')) || sha512(convert_to(tag || 'b' || i, 'UTF8')) || sha512(convert_to(tag || 'c' || i, 'UTF8'))
         || sha512(convert_to(tag || 'd' || i, 'UTF8')) || sha512(convert_to(tag || 'e' || i, 'UTF8')) || sha512(convert_to(tag || 'f' || i, 'UTF8'))
         || sha512(convert_to(tag || 'g' || i, 'UTF8')) || sha512(convert_to(tag || 'h' || i, 'UTF8')) || sha512(convert_to(tag || 'j' || i, 'UTF8'))
         || sha512(convert_to(tag || 'k' || i, 'UTF8')) || sha512(convert_to(tag || 'l' || i, 'UTF8')) || sha512(convert_to(tag || 'm' || i, 'UTF8')), 1, nbytes), 'base64'), E'\n', ''),
         '(.{64})', E'\\1\n', 'g')
      || E'\n-----END ' || label || '-----'
  FROM (SELECT 1) x WHERE nbytes > 0
$$;

-- iso: a time as the ISO string Wiki.js keeps in varchar.
CREATE FUNCTION wgen.iso(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- at: a deterministic time between two dates.
CREATE FUNCTION wgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- fold: a name folded to ASCII; slug: with hyphens, as page paths have it.
CREATE FUNCTION wgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåāćčçéèêëēğíìîïıłńñóòôöõøřśšşúùûüýźżž', 'aaaaaaaccceeeeegiiiiilnnoooooorsssuuuuyzzz')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION wgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(BOTH '-' FROM regexp_replace(lower(translate(s, 'áàâäãåāćčçéèêëēğíìîïıłńñóòôöõøřśšşúùûüýźżž', 'aaaaaaaccceeeeegiiiiilnnoooooorsssuuuuyzzz')), '[^a-z0-9]+', '-', 'g'))
$$;

-- Names by the office's culture.
CREATE TABLE wgen.nm (c text, k int, first text, last text);
INSERT INTO wgen.nm
SELECT c, k, f[k], l[k] FROM (VALUES
  ('nl', ARRAY['Daan', 'Sanne', 'Joost', 'Femke', 'Thijs', 'Lotte', 'Bram', 'Marieke'], ARRAY['de Jong', 'Jansen', 'Visser', 'van Dijk', 'Bakker', 'Smit', 'Meijer', 'Mulder']),
  ('gb', ARRAY['Oliver', 'Harriet', 'George', 'Imogen', 'Callum', 'Siobhan', 'Rhys', 'Eleanor'], ARRAY['Whitaker', 'Ashworth', 'Hughes', 'O''Connell', 'Patel', 'Okoro', 'Barraclough', 'Hussain']),
  ('in', ARRAY['Aditya', 'Meera', 'Karthik', 'Shreya', 'Nikhil', 'Divya', 'Harish', 'Lakshmi'], ARRAY['Kulkarni', 'Deshpande', 'Joshi', 'Iyer', 'Patil', 'Nair', 'Rao', 'Gokhale']),
  ('ng', ARRAY['Obinna', 'Yetunde', 'Ifeanyi', 'Chioma', 'Babatunde', 'Amaka', 'Segun', 'Nneka'], ARRAY['Nwankwo', 'Adebayo', 'Okonkwo', 'Olawale', 'Chukwu', 'Adeleke', 'Onyeka', 'Bello']),
  ('jp', ARRAY['Takumi', 'Misaki', 'Daiki', 'Haruka', 'Shota', 'Nanami', 'Yusuke', 'Ayaka'], ARRAY['Kobayashi', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi']),
  ('br', ARRAY['Lucas', 'Mariana', 'Pedro', 'Juliana', 'Felipe', 'Gabriela', 'Vinícius', 'Letícia'], ARRAY['Ferreira', 'Rodrigues', 'Gomes', 'Martins', 'Araújo', 'Barbosa', 'Lima', 'Cardoso']),
  ('pl', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Monika', 'Michał', 'Ewa', 'Łukasz', 'Magdalena'], ARRAY['Wiśniewski', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Jankowski']),
  ('tr', ARRAY['Burak', 'Zeynep', 'Mehmet', 'Ayşe', 'Can', 'Elif', 'Kerem', 'Selin'], ARRAY['Kaya', 'Şahin', 'Çelik', 'Arslan', 'Doğan', 'Aydın', 'Özdemir', 'Koç'])
) v(c, f, l), generate_series(1, 8) k;

CREATE TABLE wgen.office (c text PRIMARY KEY, city text, tz text, cc text);
INSERT INTO wgen.office VALUES ('nl', 'Rotterdam', 'Europe/Amsterdam', 'NL'), ('gb', 'Leeds', 'Europe/London', 'GB'), ('in', 'Pune', 'Asia/Kolkata', 'IN'),
  ('ng', 'Lagos', 'Africa/Lagos', 'NG'), ('jp', 'Osaka', 'Asia/Tokyo', 'JP'), ('br', 'Curitiba', 'America/Sao_Paulo', 'BR'), ('pl', 'Rotterdam', 'Europe/Warsaw', 'NL'), ('tr', 'Rotterdam', 'Europe/Istanbul', 'NL');

CREATE FUNCTION wgen.mobile(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'nl' THEN '+31 6 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'gb' THEN CASE WHEN i % 2 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) ELSE '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) END
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'br' THEN '+55 41 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'pl' THEN '+48 ' || (5 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    ELSE '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2) END
$$;

-- People: 1 the IT lead who set the wiki up, 2 the Guest system user,
-- 3-240 staff, 241-262 contractors and agency staff (personal or agency
-- mailboxes). provider: how each signs in.
CREATE TABLE wgen.p (i int PRIMARY KEY, c text, first text, last text, name text, slug text, email text, mobile text, job text, dept text,
  city text, tz text, prov text, joined timestamptz, active boolean, manager int, birth date, street text, postcode text);
INSERT INTO wgen.p (i, c, first, last, name, slug, joined, active)
SELECT i, x.c, a.first, b.last, a.first || ' ' || b.last, wgen.slug(a.first || ' ' || b.last),
       timestamptz '2020-09-14 08:00:00+00' + (i - 1) * interval '101 hours' + make_interval(mins => fixture_gen.n('pjm', i, 900)),
       NOT (i % 17 = 6)
FROM generate_series(1, 262) i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['nl', 'nl', 'nl', 'gb', 'gb', 'gb', 'in', 'in', 'ng', 'ng', 'jp', 'br', 'br', 'pl', 'tr'], 'pc', i) AS c) x
JOIN wgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 8)
JOIN wgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 8)
WHERE i <> 2;

UPDATE wgen.p p SET
  email = CASE WHEN p.i > 240 THEN wgen.fold(p.first) || '.' || wgen.fold(p.last) || '@' || fixture_gen.pick(ARRAY['northbeam-consulting.example', 'gmail.com', 'outlook.com', 'tempoforce-staffing.example', 'proton.me'], 'pxd', p.i)
               WHEN p.i % 6 = 0 THEN substr(wgen.fold(p.first), 1, 1) || wgen.fold(p.last) || '@kestrelridge.example'
               ELSE wgen.fold(p.first) || '.' || wgen.fold(p.last) || '@kestrelridge.example' END,
  mobile = wgen.mobile(p.c, 'pmob', p.i),
  city = o.city, tz = CASE WHEN p.i % 23 = 4 THEN 'America/New_York' ELSE o.tz END,
  dept = fixture_gen.pick(ARRAY['IT Operations', 'Platform Engineering', 'Customs & Compliance', 'Warehouse Systems', 'Finance', 'People & Culture', 'Sales', 'Ocean Freight', 'Air Freight', 'Data & Analytics'], 'pdep', p.i),
  prov = CASE WHEN p.i = 1 THEN 'local' WHEN p.i > 240 THEN CASE WHEN p.i % 3 = 0 THEN 'google' ELSE 'local' END
              ELSE fixture_gen.pick(ARRAY['ldap', 'ldap', 'ldap', 'azure', 'azure', 'oidc', 'local'], 'pprov', p.i) END,
  manager = CASE WHEN p.i > 12 THEN 1 + fixture_gen.n('pmgr', p.i, 11) + CASE WHEN fixture_gen.n('pmgr', p.i, 11) >= 1 THEN 1 ELSE 0 END END,
  birth = fixture_gen.birth_date('pbd', p.i),
  street = fixture_gen.street('pst', p.i), postcode = fixture_gen.postcode('ppc', p.i)
FROM wgen.office o WHERE o.c = p.c;
UPDATE wgen.p SET manager = 3 WHERE manager = 2;
UPDATE wgen.p p SET email = regexp_replace(p.email, '@', d.r::text || '@'), slug = p.slug || '-' || d.r::text
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS r FROM wgen.p) d WHERE d.i = p.i AND d.r > 1;
UPDATE wgen.p p SET job = CASE WHEN p.i = 1 THEN 'Head of IT Operations' ELSE fixture_gen.pick(CASE p.dept
    WHEN 'IT Operations' THEN ARRAY['Systems Administrator', 'Service Desk Analyst', 'Network Engineer', 'IT Operations Lead']
    WHEN 'Platform Engineering' THEN ARRAY['Site Reliability Engineer', 'Backend Developer', 'Staff Engineer', 'Engineering Manager']
    WHEN 'Customs & Compliance' THEN ARRAY['Customs Broker', 'Compliance Officer', 'Trade Compliance Analyst']
    WHEN 'Warehouse Systems' THEN ARRAY['WMS Specialist', 'Warehouse Systems Analyst', 'Shift Supervisor']
    WHEN 'Finance' THEN ARRAY['Accounts Payable Clerk', 'Financial Controller', 'Payroll Specialist']
    WHEN 'People & Culture' THEN ARRAY['HR Business Partner', 'Recruiter', 'People Operations Coordinator']
    WHEN 'Sales' THEN ARRAY['Account Executive', 'Key Account Manager', 'Sales Operations Analyst']
    WHEN 'Ocean Freight' THEN ARRAY['Ocean Freight Coordinator', 'Booking Agent', 'Trade Lane Manager']
    WHEN 'Air Freight' THEN ARRAY['Air Freight Agent', 'Airline Procurement Manager']
    ELSE ARRAY['Data Engineer', 'BI Analyst', 'Analytics Manager'] END, 'pjob', p.i) END;
UPDATE wgen.p SET dept = 'IT Operations', job = 'IT Operations Lead' WHERE i IN (3, 4);
UPDATE wgen.p SET dept = 'IT Operations' WHERE i = 1;
UPDATE wgen.p SET job = CASE WHEN i % 2 = 0 THEN 'Contractor - ' || job ELSE job END WHERE i > 240;

-- jwt: a token signed RS256 (256-byte signature) of a header and claims.
CREATE FUNCTION wgen.jwt(claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT wgen.b64u('{"alg":"RS256","typ":"JWT"}') || '.' || wgen.b64u(claims) || '.' || wgen.rb64u(tag, i, 256)
$$;

-- nanoid: the 21-character URL-safe ids Wiki.js uses for keys.
CREATE FUNCTION wgen.nanoid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 21, '_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') $$;

-- Strategy instance keys (Wiki.js 2.5 keys every strategy but local by a uuid).
CREATE TABLE wgen.strat (s text PRIMARY KEY, k text);
INSERT INTO wgen.strat VALUES ('local', 'local'), ('ldap', fixture_gen.uuid('strat', 1)), ('azure', fixture_gen.uuid('strat', 2)), ('google', fixture_gen.uuid('strat', 3)),
  ('oidc', fixture_gen.uuid('strat', 4)), ('saml', fixture_gen.uuid('strat', 5));

-- ---------------------------------------------------------------- Wiki.js

CREATE TABLE migrations (
  id serial PRIMARY KEY,
  name varchar(255),
  batch integer,
  migration_time timestamptz
);

CREATE TABLE migrations_lock (
  index serial PRIMARY KEY,
  is_locked integer
);

CREATE TABLE locales (
  code varchar(5) NOT NULL PRIMARY KEY,
  strings json,
  "isRTL" boolean NOT NULL DEFAULT false,
  name varchar(255) NOT NULL,
  "nativeName" varchar(255) NOT NULL,
  availability integer NOT NULL DEFAULT 0,
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL
);

CREATE TABLE authentication (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  config json NOT NULL,
  "selfRegistration" boolean NOT NULL DEFAULT false,
  "domainWhitelist" json NOT NULL,
  "autoEnrollGroups" json NOT NULL,
  "order" integer NOT NULL DEFAULT 0,
  "strategyKey" varchar(255) NOT NULL DEFAULT '',
  "displayName" varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE groups (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL,
  permissions json NOT NULL,
  "pageRules" json NOT NULL,
  "isSystem" boolean NOT NULL DEFAULT false,
  "redirectOnLogin" varchar(255) NOT NULL DEFAULT '/',
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL
);

CREATE TABLE users (
  id serial PRIMARY KEY,
  email varchar(255) NOT NULL,
  name varchar(255) NOT NULL,
  "providerId" varchar(255),
  password varchar(255),
  "tfaIsActive" boolean NOT NULL DEFAULT false,
  "tfaSecret" varchar(255),
  "jobTitle" varchar(255) DEFAULT '',
  location varchar(255) DEFAULT '',
  "pictureUrl" text,
  timezone varchar(255) NOT NULL DEFAULT 'America/New_York',
  "isSystem" boolean NOT NULL DEFAULT false,
  "isActive" boolean NOT NULL DEFAULT false,
  "isVerified" boolean NOT NULL DEFAULT false,
  "mustChangePwd" boolean NOT NULL DEFAULT false,
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL,
  "providerKey" varchar(255) NOT NULL DEFAULT 'local' REFERENCES authentication (key),
  "localeCode" varchar(5) NOT NULL DEFAULT 'en' REFERENCES locales (code),
  "defaultEditor" varchar(255) NOT NULL DEFAULT 'markdown',
  "lastLoginAt" varchar(255),
  "dateFormat" varchar(255) NOT NULL DEFAULT '',
  appearance varchar(255) NOT NULL DEFAULT '',
  CONSTRAINT users_providerkey_email_unique UNIQUE ("providerKey", email)
);

CREATE TABLE "userAvatars" (
  id integer NOT NULL PRIMARY KEY,
  data bytea NOT NULL
);

CREATE TABLE "userGroups" (
  id serial PRIMARY KEY,
  "userId" integer REFERENCES users (id) ON DELETE CASCADE,
  "groupId" integer REFERENCES groups (id) ON DELETE CASCADE
);

CREATE TABLE "userKeys" (
  id serial PRIMARY KEY,
  kind varchar(255) NOT NULL,
  token varchar(255) NOT NULL,
  "createdAt" varchar(255) NOT NULL,
  "validUntil" varchar(255) NOT NULL,
  "userId" integer REFERENCES users (id)
);

CREATE TABLE "apiKeys" (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL,
  key text NOT NULL,
  expiration varchar(255) NOT NULL,
  "isRevoked" boolean NOT NULL DEFAULT false,
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL
);

INSERT INTO migrations (name, batch, migration_time)
SELECT m, CASE WHEN k <= 1 THEN 1 WHEN k <= 6 THEN 2 ELSE k - 4 END, timestamptz '2020-09-14 07:41:02+00' + (k - 1) * interval '97 days' + make_interval(secs => fixture_gen.n('mig', k, 3600))
FROM unnest(ARRAY['2.0.0.js', '2.0.0-beta.1.js', '2.0.0-beta.11.js', '2.0.0-beta.38.js', '2.0.0-beta.99.js', '2.0.0-beta.127.js', '2.0.0-beta.205.js', '2.0.0-beta.293.js',
  '2.0.0-rc.2.js', '2.0.0-rc.29.js', '2.1.85.js', '2.3.10.js', '2.3.23.js', '2.4.13.js', '2.4.14.js', '2.4.36.js', '2.4.61.js', '2.5.1.js', '2.5.12.js', '2.5.108.js',
  '2.5.118.js', '2.5.122.js', '2.5.128.js']) WITH ORDINALITY AS t(m, k);
INSERT INTO migrations_lock (is_locked) VALUES (0);

INSERT INTO locales VALUES
  ('en', '{"common":{"actions":{"save":"Save","cancel":"Cancel"}}}', false, 'English', 'English', 100, '2020-09-14T07:41:05.112Z', '2024-03-02T10:11:45.221Z'),
  ('nl', '{"common":{"actions":{"save":"Opslaan","cancel":"Annuleren"}}}', false, 'Dutch', 'Nederlands', 96, '2021-01-11T09:20:01.004Z', '2024-03-02T10:11:46.882Z'),
  ('pt-br', '{"common":{"actions":{"save":"Salvar","cancel":"Cancelar"}}}', false, 'Portuguese (Brazil)', 'Português (Brasil)', 91, '2021-06-30T13:02:44.310Z', '2024-03-02T10:11:47.013Z'),
  ('ja', '{"common":{"actions":{"save":"保存","cancel":"キャンセル"}}}', false, 'Japanese', '日本語', 88, '2022-02-08T02:15:33.901Z', '2024-03-02T10:11:47.560Z'),
  ('pl', '{"common":{"actions":{"save":"Zapisz","cancel":"Anuluj"}}}', false, 'Polish', 'Polski', 84, '2022-05-19T08:44:12.617Z', '2024-03-02T10:11:48.101Z'),
  ('tr', '{"common":{"actions":{"save":"Kaydet","cancel":"İptal"}}}', false, 'Turkish', 'Türkçe', 79, '2022-05-19T08:44:19.240Z', '2024-03-02T10:11:48.662Z'),
  ('ar', '{"common":{"actions":{"save":"حفظ","cancel":"إلغاء"}}}', true, 'Arabic', 'عربي', 62, '2023-01-23T11:00:07.775Z', '2024-03-02T10:11:49.230Z');

-- The strategies: local; Active Directory over LDAPS with the bind account's
-- password; Entra ID with its cookie encryption key; Google Workspace with
-- the client secret; Keycloak over OIDC; a SAML test left disabled with its
-- private key.
INSERT INTO authentication VALUES
  ('local', true, '{}', false, '{"v":[]}', '{"v":[]}', 0, 'local', 'Local'),
  ((SELECT k FROM wgen.strat WHERE s = 'ldap'), true,
   ('{"label":"Kestrel Ridge AD","url":"ldaps://dc01.corp.kestrelridge.example:636","bindDn":"CN=svc-wikijs,OU=Service Accounts,DC=corp,DC=kestrelridge,DC=example","bindCredentials":'
    || fixture_gen.js('Kr' || wgen.rnd('ldapbind', 1, 14) || '!9') || ',"searchBase":"OU=Staff,DC=corp,DC=kestrelridge,DC=example","searchFilter":"(&(objectClass=user)(sAMAccountName={{username}}))","tlsEnabled":true,"verifyTLSCertificate":true,"tlsCertPath":"/etc/wiki/certs/corp-root-ca.pem","mappingUID":"sAMAccountName","mappingEmail":"mail","mappingDisplayName":"displayName","mappingPicture":"thumbnailPhoto","mapGroups":false,"groupSearchBase":"OU=Groups,DC=corp,DC=kestrelridge,DC=example","groupSearchFilter":"(member={{dn}})","groupSearchScope":"sub","groupSearchAttribute":"member","groupNameAttribute":"cn"}')::json,
   false, '{"v":["kestrelridge.example"]}', '{"v":[8]}', 1, 'ldap', 'Kestrel Ridge AD'),
  ((SELECT k FROM wgen.strat WHERE s = 'azure'), true,
   ('{"entryPoint":"https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/v2.0/.well-known/openid-configuration","clientId":"' || fixture_gen.uuid('azcli', 1)
    || '","cookieEncryptionKeyString":"' || wgen.rnd('azcook', 1, 32) || '","enableCSRFProtection":true,"scope":["profile","email","openid"]}')::json,
   true, '{"v":["kestrelridge.example"]}', '{"v":[8]}', 2, 'azure', 'Microsoft 365'),
  ((SELECT k FROM wgen.strat WHERE s = 'google'), true,
   ('{"clientId":"' || fixture_gen.digits('gcid', 1, 12) || '-' || lower(wgen.rnd('gcid', 1, 32)) || '.apps.googleusercontent.com","clientSecret":"GOCSPX-' || wgen.rnd('gsec', 1, 28)
    || '","hostedDomain":""}')::json,
   true, '{"v":["northbeam-consulting.example","tempoforce-staffing.example"]}', '{"v":[9]}', 3, 'google', 'Contractors (Google)'),
  ((SELECT k FROM wgen.strat WHERE s = 'oidc'), true,
   ('{"clientId":"wikijs","clientSecret":"' || wgen.rnd('oidcsec', 1, 32) || '","authorizationURL":"https://sso.kestrelridge.example/realms/staff/protocol/openid-connect/auth","tokenURL":"https://sso.kestrelridge.example/realms/staff/protocol/openid-connect/token","userInfoURL":"https://sso.kestrelridge.example/realms/staff/protocol/openid-connect/userinfo","skipUserProfile":false,"issuer":"https://sso.kestrelridge.example/realms/staff","emailClaim":"email","displayNameClaim":"name","mapGroups":true,"groupsClaim":"groups","logoutURL":"https://sso.kestrelridge.example/realms/staff/protocol/openid-connect/logout","acrValues":""}')::json,
   false, '{"v":[]}', '{"v":[8]}', 4, 'oidc', 'Keycloak SSO'),
  ((SELECT k FROM wgen.strat WHERE s = 'saml'), false,
   json_build_object('entryPoint', 'https://adfs.kestrelridge.example/adfs/ls/', 'issuer', 'urn:wiki.kestrelridge.example', 'audience', 'urn:wiki.kestrelridge.example',
     'cert', wgen.pem('CERTIFICATE', 'samlcert', 1, 700), 'privateKey', wgen.pem('PRIVATE KEY', 'samlpk', 1, 1190), 'decryptionPvk', '', 'signatureAlgorithm', 'sha256',
     'digestAlgorithm', 'sha256', 'identifierFormat', 'urn:oasis:names:tc:SAML:2.0:nameid-format:emailAddress', 'acceptedClockSkewMs', -1, 'disableRequestedAuthnContext', false,
     'authnContext', 'http://schemas.microsoft.com/ws/2008/06/identity/authenticationmethod/password', 'forceAuthn', false, 'providerName', 'wiki.js', 'skipRequestCompression', false,
     'authnRequestBinding', 'HTTP-Redirect', 'rfc5', false, 'mappingUID', 'nameID', 'mappingEmail', 'mail', 'mappingDisplayName', 'displayName', 'mappingPicture', 'picture'),
   false, '{"v":[]}', '{"v":[]}', 5, 'saml', 'ADFS (test)');

INSERT INTO groups (id, name, permissions, "pageRules", "isSystem", "redirectOnLogin", "createdAt", "updatedAt")
SELECT g, n, p::json, r::json, g <= 2, rd, wgen.iso(timestamptz '2020-09-14 07:41:05+00' + (g - 1) * interval '23 days'), wgen.iso(timestamptz '2023-11-02 09:00:00+00' + g * interval '3 days')
FROM (VALUES
  (1, 'Administrators', '["manage:system"]', '[{"id":"' || wgen.nanoid('pr', 1) || '","deny":false,"match":"START","roles":["manage:system"],"path":"","locales":[]}]', '/'),
  (2, 'Guests', '["read:pages","read:assets","read:comments"]', '[{"id":"guest","deny":false,"match":"START","roles":["read:pages","read:assets","read:comments"],"path":"public","locales":[]}]', '/'),
  (3, 'IT Operations', '["read:pages","read:assets","read:comments","write:comments","write:pages","manage:pages","delete:pages","write:styles","write:scripts","read:source","read:history","write:assets","manage:assets"]', '[{"id":"' || wgen.nanoid('pr', 3) || '","deny":false,"match":"START","roles":["read:pages","write:pages","manage:pages","read:history","read:source","write:assets"],"path":"it","locales":[]},{"id":"' || wgen.nanoid('pr', 33) || '","deny":false,"match":"START","roles":["read:pages","read:history"],"path":"runbooks","locales":[]}]', '/it/home'),
  (4, 'Engineering', '["read:pages","read:assets","read:comments","write:comments","write:pages","read:source","read:history","write:assets"]', '[{"id":"' || wgen.nanoid('pr', 4) || '","deny":false,"match":"START","roles":["read:pages","write:pages","read:history"],"path":"engineering","locales":[]}]', '/engineering'),
  (5, 'Customs & Compliance', '["read:pages","read:assets","read:comments","write:comments","write:pages"]', '[{"id":"' || wgen.nanoid('pr', 5) || '","deny":false,"match":"START","roles":["read:pages","write:pages"],"path":"customs","locales":[]}]', '/customs'),
  (6, 'People & Culture', '["read:pages","read:assets","read:comments","write:comments","write:pages","read:history","write:assets"]', '[{"id":"' || wgen.nanoid('pr', 6) || '","deny":false,"match":"START","roles":["read:pages","write:pages","read:history","write:assets"],"path":"hr","locales":[]},{"id":"' || wgen.nanoid('pr', 66) || '","deny":false,"match":"START","roles":["read:pages","write:pages"],"path":"people","locales":[]}]', '/hr'),
  (7, 'Finance', '["read:pages","read:assets","read:comments","write:comments","write:pages"]', '[{"id":"' || wgen.nanoid('pr', 7) || '","deny":false,"match":"START","roles":["read:pages","write:pages"],"path":"finance","locales":[]}]', '/'),
  (8, 'All Staff', '["read:pages","read:assets","read:comments","write:comments"]', '[{"id":"' || wgen.nanoid('pr', 8) || '","deny":false,"match":"START","roles":["read:pages","read:assets","read:comments","write:comments"],"path":"","locales":[]},{"id":"' || wgen.nanoid('pr', 88) || '","deny":true,"match":"START","roles":["read:pages"],"path":"hr/cases","locales":[]}]', '/'),
  (9, 'Contractors', '["read:pages","read:assets"]', '[{"id":"' || wgen.nanoid('pr', 9) || '","deny":false,"match":"START","roles":["read:pages","read:assets"],"path":"engineering/onboarding","locales":[]},{"id":"' || wgen.nanoid('pr', 99) || '","deny":false,"match":"EXACT","roles":["read:pages"],"path":"it/wifi-and-vpn","locales":[]}]', '/engineering/onboarding'),
  (10, 'Leadership', '["read:pages","read:assets","read:comments","write:comments","write:pages","read:history"]', '[{"id":"' || wgen.nanoid('pr', 10) || '","deny":false,"match":"START","roles":["read:pages","write:pages","read:history"],"path":"leadership","locales":[]}]', '/leadership'),
  (11, 'Warehouse Systems', '["read:pages","read:assets","read:comments","write:comments","write:pages"]', '[{"id":"' || wgen.nanoid('pr', 11) || '","deny":false,"match":"START","roles":["read:pages","write:pages"],"path":"warehouse","locales":[]}]', '/warehouse'),
  (12, 'Auditors (read-only)', '["read:pages","read:history"]', '[{"id":"' || wgen.nanoid('pr', 12) || '","deny":false,"match":"REGEX","roles":["read:pages","read:history"],"path":"^(customs|finance)/policies","locales":[]}]', '/customs/policies')
) v(g, n, p, r, rd);

INSERT INTO users (id, email, name, "providerId", password, "tfaIsActive", "tfaSecret", "jobTitle", location, "pictureUrl", timezone, "isSystem", "isActive", "isVerified", "mustChangePwd",
  "createdAt", "updatedAt", "providerKey", "localeCode", "defaultEditor", "lastLoginAt", "dateFormat", appearance)
SELECT p.i, p.email, p.name,
       CASE p.prov WHEN 'ldap' THEN substr(wgen.fold(p.first), 1, 1) || wgen.fold(p.last) || CASE WHEN p.i % 9 = 0 THEN (p.i % 7)::text ELSE '' END
                   WHEN 'azure' THEN fixture_gen.uuid('azoid', p.i)
                   WHEN 'google' THEN '1' || fixture_gen.digits('gsub', p.i, 20)
                   WHEN 'oidc' THEN fixture_gen.uuid('kcsub', p.i) END,
       CASE WHEN p.prov = 'local' THEN fixture_gen.bcrypt('upw', p.i) END,
       p.prov = 'local' AND p.i % 3 <> 2, CASE WHEN p.prov = 'local' AND p.i % 3 <> 2 THEN fixture_gen.chars('utfa', p.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') ELSE '' END,
       CASE WHEN p.i % 11 = 7 THEN '' ELSE p.job END, CASE WHEN p.i % 13 = 8 THEN '' WHEN p.i % 19 = 3 THEN p.city || ', ' || (SELECT cc FROM wgen.office o WHERE o.c = p.c) ELSE p.city END,
       CASE WHEN p.prov = 'ldap' AND p.i % 4 <> 0 THEN 'internal'
            WHEN p.prov = 'azure' AND p.i % 3 = 0 THEN 'internal'
            WHEN p.prov = 'google' THEN 'https://lh3.googleusercontent.com/a/' || wgen.rb64u('gpic', p.i, 48) || '=s96-c'
            WHEN p.prov = 'local' AND p.i % 4 = 1 THEN 'https://www.gravatar.com/avatar/' || md5(lower(p.email)) || '?s=200&d=identicon' END,
       p.tz, false, p.active, p.active OR p.i % 2 = 0, p.prov = 'local' AND p.i % 10 = 5,
       wgen.iso(p.joined), wgen.iso(p.joined + make_interval(hours => 1 + fixture_gen.n('uupd', p.i, 9000))),
       (SELECT k FROM wgen.strat WHERE s = p.prov),
       CASE p.c WHEN 'nl' THEN CASE WHEN p.i % 3 = 0 THEN 'nl' ELSE 'en' END WHEN 'br' THEN 'pt-br' WHEN 'jp' THEN 'ja' WHEN 'pl' THEN CASE WHEN p.i % 2 = 0 THEN 'pl' ELSE 'en' END ELSE 'en' END,
       CASE WHEN p.i % 7 = 3 THEN 'ckeditor' ELSE 'markdown' END,
       CASE WHEN p.i % 29 <> 11 THEN wgen.iso(wgen.at('ulog', p.i, timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-06-28 17:00:00+00')) END,
       CASE WHEN p.c = 'gb' THEN 'DD/MM/YYYY' WHEN p.c = 'jp' THEN 'YYYY-MM-DD' WHEN p.i % 5 = 0 THEN 'MM/DD/YYYY' ELSE '' END,
       CASE WHEN p.i % 4 = 1 THEN 'dark' WHEN p.i % 4 = 2 THEN 'light' ELSE '' END
FROM wgen.p p;
INSERT INTO users (id, email, name, "providerId", password, "tfaIsActive", "tfaSecret", "jobTitle", location, "pictureUrl", timezone, "isSystem", "isActive", "isVerified", "mustChangePwd",
  "createdAt", "updatedAt", "providerKey", "localeCode", "defaultEditor", "lastLoginAt", "dateFormat", appearance)
VALUES (2, 'guest@example.com', 'Guest', NULL, '', false, '', '', '', NULL, 'America/New_York', true, true, true, false, '2020-09-14T07:41:05.402Z', '2020-09-14T07:41:05.402Z', 'local', 'en', 'markdown', NULL, '', '');

-- Avatars: JPEG thumbnails pulled from AD's thumbnailPhoto and Entra ID.
INSERT INTO "userAvatars" (id, data)
SELECT u.id, decode('ffd8ffe000104a46494600010101004800480000ffdb0043', 'hex') || sha512(convert_to('av' || u.id, 'UTF8')) || sha512(convert_to('av2' || u.id, 'UTF8'))
       || sha512(convert_to('av3' || u.id, 'UTF8')) || sha512(convert_to('av4' || u.id, 'UTF8')) || decode('ffd9', 'hex')
FROM users u WHERE u."pictureUrl" = 'internal';

INSERT INTO "userGroups" ("userId", "groupId")
SELECT p.i, g FROM wgen.p p CROSS JOIN LATERAL (VALUES
  (CASE WHEN p.i = 1 THEN 1 END), (CASE WHEN p.i <= 240 THEN 8 ELSE 9 END),
  (CASE p.dept WHEN 'IT Operations' THEN 3 WHEN 'Platform Engineering' THEN 4 WHEN 'Data & Analytics' THEN 4 WHEN 'Customs & Compliance' THEN 5 WHEN 'People & Culture' THEN 6 WHEN 'Finance' THEN 7 WHEN 'Warehouse Systems' THEN 11 END),
  (CASE WHEN p.i IN (3, 4, 5, 6, 7, 8, 9, 10, 11, 12) THEN 10 END), (CASE WHEN p.i IN (3, 4) THEN 1 END), (CASE WHEN p.i % 41 = 17 THEN 12 END)) v(g)
WHERE g IS NOT NULL ORDER BY p.i, g;

INSERT INTO "userKeys" (kind, token, "createdAt", "validUntil", "userId")
SELECT CASE WHEN k % 3 = 0 THEN 'verify' ELSE 'resetPwd' END, wgen.nanoid('ukey', k), wgen.iso(t), wgen.iso(t + CASE WHEN k % 3 = 0 THEN interval '1 day' ELSE interval '1 hour' END), u
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT (SELECT i FROM wgen.p WHERE prov = 'local' ORDER BY md5('uk' || k || i) LIMIT 1) AS u,
                           wgen.at('ukt', k, timestamptz '2023-09-01 00:00:00+00', timestamptz '2024-06-28 16:00:00+00') AS t) x;

INSERT INTO "apiKeys" (name, key, expiration, "isRevoked", "createdAt", "updatedAt")
SELECT n, wgen.jwt('{"api":' || k || ',"grp":' || g || ',"iat":' || extract(epoch FROM c)::bigint || ',"exp":' || extract(epoch FROM c + d)::bigint || ',"aud":"urn:wiki.js","iss":"urn:wiki.js"}', 'apik', k),
       wgen.iso(c + d), rv, wgen.iso(c), wgen.iso(c + CASE WHEN rv THEN interval '40 days' ELSE interval '0' END)
FROM (VALUES (1, 'CI deploy of runbooks (GitLab)', 3, timestamptz '2021-03-02 10:14:11+00', interval '3 years', true),
             (2, 'Backstage catalog sync', 4, timestamptz '2022-06-20 08:02:51+00', interval '2 years', false),
             (3, 'Grafana annotations', 3, timestamptz '2022-11-04 14:40:09+00', interval '1 year', true),
             (4, 'Status page importer', 3, timestamptz '2023-02-13 09:11:37+00', interval '2 years', false),
             (5, 'Confluence migration script', 1, timestamptz '2023-04-03 07:55:00+00', interval '30 days', true),
             (6, 'HR onboarding bot', 6, timestamptz '2023-08-28 12:30:44+00', interval '1 year', false),
             (7, 'Service desk (Freshservice) KB links', 8, timestamptz '2024-01-15 10:01:05+00', interval '1 year', false),
             (8, 'Power Automate - people pages', 6, timestamptz '2024-03-11 15:22:19+00', interval '90 days', false),
             (9, 'n8n workflows', 3, timestamptz '2024-05-06 08:48:30+00', interval '180 days', false)) v(k, n, g, c, d, rv);

CREATE TABLE settings (
  key varchar(255) NOT NULL PRIMARY KEY,
  value json NOT NULL,
  "updatedAt" varchar(255) NOT NULL
);

CREATE TABLE storage (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  mode varchar(255) NOT NULL DEFAULT 'push',
  config json,
  "syncInterval" varchar(255),
  state json
);

CREATE TABLE "searchEngines" (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  config json
);

CREATE TABLE renderers (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  config json
);

CREATE TABLE editors (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  config json NOT NULL
);

CREATE TABLE loggers (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  level varchar(255) NOT NULL DEFAULT 'warn',
  config json
);

CREATE TABLE analytics (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  config json NOT NULL
);

CREATE TABLE "commentProviders" (
  key varchar(255) NOT NULL PRIMARY KEY,
  "isEnabled" boolean NOT NULL DEFAULT false,
  config json NOT NULL
);

CREATE TABLE navigation (
  key varchar(255) NOT NULL PRIMARY KEY,
  config json
);

INSERT INTO settings (key, value, "updatedAt") VALUES
  ('auth', '{"audience":"urn:wiki.js","tokenExpiration":"30m","tokenRenewal":"14d"}', '2020-09-14T07:41:05.118Z'),
  ('certs', json_build_object('jwk', json_build_object('kty', 'RSA', 'n', wgen.rb64u('jwkn', 1, 256), 'e', 'AQAB'),
     'public', wgen.pem('RSA PUBLIC KEY', 'certpub', 1, 270), 'private', wgen.pem('RSA PRIVATE KEY', 'certpriv', 1, 1190)), '2020-09-14T07:41:05.120Z'),
  ('company', '{"v":"Kestrel Ridge Logistics B.V."}', '2020-09-14T08:02:10.551Z'),
  ('contentLicense', '{"v":""}', '2020-09-14T08:02:10.551Z'),
  ('features', '{"featurePageRatings":true,"featurePageComments":true,"featurePersonalWikis":true}', '2022-03-08T10:20:31.004Z'),
  ('footerOverride', '{"v":"Kestrel Ridge Logistics · IT Service Desk ext. 4400 · servicedesk@kestrelridge.example"}', '2023-05-17T09:13:40.771Z'),
  ('graphEndpoint', '{"v":"https://graph.requarks.io"}', '2020-09-14T07:41:05.118Z'),
  ('host', '{"v":"https://wiki.kestrelridge.example"}', '2020-09-14T08:02:10.551Z'),
  ('lang', '{"code":"en","autoUpdate":true,"namespacing":true,"namespaces":["en","nl","pt-br","ja"]}', '2022-02-08T02:16:01.332Z'),
  ('logoUrl', '{"v":"https://wiki.kestrelridge.example/_assets/img/kestrel-ridge-logo.svg"}', '2021-02-01T13:44:20.905Z'),
  ('mail', json_build_object('senderName', 'Kestrel Ridge Wiki', 'senderEmail', 'wiki-noreply@kestrelridge.example', 'host', 'smtp.office365.com', 'port', 587, 'name', 'wiki.kestrelridge.example',
     'secure', false, 'verifySSL', true, 'user', 'wiki-noreply@kestrelridge.example', 'pass', 'Wk' || wgen.rnd('smtppass', 1, 14) || '#2', 'useDKIM', true,
     'dkimDomainName', 'kestrelridge.example', 'dkimKeySelector', 'wiki', 'dkimPrivateKey', wgen.pem('RSA PRIVATE KEY', 'dkim', 1, 600)), '2023-10-09T14:05:58.210Z'),
  ('nav', '{"mode":"MIXED"}', '2021-02-01T13:44:20.905Z'),
  ('seo', '{"description":"Internal knowledge base of Kestrel Ridge Logistics","robots":["noindex","nofollow"],"analyticsService":"","analyticsId":""}', '2020-09-14T08:02:10.551Z'),
  ('security', '{"securityOpenRedirect":true,"securityIframe":true,"securityReferrerPolicy":true,"securityTrustProxy":true,"securitySRI":true,"securityHSTS":true,"securityHSTSDuration":300,"securityCSP":false,"securityCSPDirectives":""}', '2022-03-08T10:20:31.004Z'),
  ('server', '{"sslRedir":false}', '2020-09-14T07:41:05.118Z'),
  ('sessionSecret', json_build_object('v', fixture_gen.hexn('sesssec', 1, 64)), '2020-09-14T07:41:05.118Z'),
  ('telemetry', json_build_object('isEnabled', false, 'clientId', fixture_gen.uuid('telemetry', 1)), '2020-09-14T07:41:05.118Z'),
  ('theming', '{"theme":"default","darkMode":false,"iconset":"mdi","injectCSS":".v-application .page-header { background-color: #0b3d5c; }","injectHead":"<meta name=\"referrer\" content=\"same-origin\">","injectBody":"","tocPosition":"left","showPrintBtn":true,"showTocBtn":true}', '2023-01-10T16:32:11.890Z'),
  ('title', '{"v":"Kestrel Ridge Wiki"}', '2020-09-14T08:02:10.551Z'),
  ('uploads', '{"maxFileSize":52428800,"maxFiles":20,"scanSVG":true,"forceDownload":true}', '2021-11-22T11:09:02.443Z'),
  ('editShortcuts', '{"editFab":true,"editMenuBar":false,"editMenuBtn":true,"editMenuExternalBtn":true,"editMenuExternalName":"GitLab","editMenuExternalIcon":"mdi-gitlab","editMenuExternalUrl":"https://gitlab.kestrelridge.example/it/wiki-content/-/blob/main/{filename}"}', '2023-02-20T09:00:12.001Z');

-- Storage targets: the git backup with a project token in its remote URL,
-- S3, Backblaze B2 through the generic S3 module, Dropbox, SFTP with a
-- private key, a local disk backup.
INSERT INTO storage (key, "isEnabled", mode, config, "syncInterval", state) VALUES
  ('git', true, 'sync', json_build_object('authType', 'basic', 'repoUrl', 'https://wiki-bot:glpat-' || wgen.rnd('glpat', 1, 20) || '@gitlab.kestrelridge.example/it/wiki-content.git',
     'branch', 'main', 'sshPrivateKeyMode', 'path', 'sshPrivateKeyPath', '', 'sshPrivateKeyContent', '', 'verifySSL', true, 'basicUsername', 'wiki-bot', 'basicPassword', 'glpat-' || wgen.rnd('glpat', 1, 20),
     'defaultEmail', 'wiki-bot@kestrelridge.example', 'defaultName', 'Kestrel Ridge Wiki', 'localRepoPath', './data/repo', 'alwaysNamespace', true, 'gitBinaryPath', ''), 'PT5M',
   '{"status":"operational","message":"","lastAttempt":"2024-06-28T16:55:02.118Z"}'),
  ('s3', true, 'push', json_build_object('region', 'eu-west-1', 'bucket', 'krl-wiki-backup', 'accessKeyId', 'AKIA' || fixture_gen.chars('s3ak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
     'secretAccessKey', wgen.rnd('s3sk', 1, 40), 'sslEnabled', true), 'P0D',
   '{"status":"operational","message":"","lastAttempt":"2024-06-28T16:41:19.630Z"}'),
  ('s3generic', true, 'push', json_build_object('endpoint', 'https://s3.eu-central-003.backblazeb2.com', 'bucket', 'krl-wiki-offsite', 'region', 'eu-central-003',
     'accessKeyId', '003' || fixture_gen.hexn('b2kid', 1, 22), 'secretAccessKey', 'K003' || wgen.rnd('b2key', 1, 27), 's3ForcePathStyle', false, 's3BucketEndpoint', false, 'sslEnabled', true), 'P0D',
   '{"status":"error","message":"InvalidAccessKeyId: Malformed Access Key Id","lastAttempt":"2024-02-04T03:10:00.441Z"}'),
  ('dropbox', false, 'push', json_build_object('appKey', lower(wgen.rnd('dbxk', 1, 15)), 'appSecret', lower(wgen.rnd('dbxs', 1, 15)),
     'accessToken', 'sl.' || wgen.rnd('dbxt', 1, 130) || '-' || wgen.rnd('dbxt2', 1, 20)), 'P0D',
   '{"status":"pending","message":"","lastAttempt":null}'),
  ('sftp', true, 'push', json_build_object('host', 'backup01.dc-rtm.kestrelridge.example', 'port', 22, 'authMode', 'privateKey', 'username', 'wikisync',
     'privateKey', wgen.pem('OPENSSH PRIVATE KEY', 'sftpk', 1, 400), 'passphrase', '', 'password', '', 'basePath', '/srv/backup/wiki'), 'P0D',
   '{"status":"operational","message":"","lastAttempt":"2024-06-28T16:41:21.002Z"}'),
  ('disk', true, 'push', '{"path":"/var/wiki/backup","createDailyBackups":true}', 'P0D', '{"status":"operational","message":"","lastAttempt":"2024-06-28T00:00:04.271Z"}'),
  ('azure', false, 'push', '{"accountName":"","accountKey":"","containerName":"wiki","storageTier":"Cool"}', 'P0D', '{"status":"pending","message":"","lastAttempt":null}'),
  ('box', false, 'push', '{"clientId":"","clientSecret":"","rootFolder":""}', 'P0D', '{"status":"pending","message":"","lastAttempt":null}'),
  ('gdrive', false, 'push', '{"clientId":"","clientSecret":""}', 'P0D', '{"status":"pending","message":"","lastAttempt":null}'),
  ('onedrive', false, 'push', '{"clientId":"","clientSecret":""}', 'P0D', '{"status":"pending","message":"","lastAttempt":null}'),
  ('digitalocean', false, 'push', '{"endpoint":"ams3.digitaloceanspaces.com","bucket":"","accessKeyId":"","secretAccessKey":""}', 'P0D', '{"status":"pending","message":"","lastAttempt":null}');

INSERT INTO "searchEngines" (key, "isEnabled", config) VALUES
  ('db', false, '{}'),
  ('postgres', false, '{"dictLanguage":"english"}'),
  ('elasticsearch', true, json_build_object('apiVersion', '7.x', 'hosts', 'https://elastic:' || wgen.rnd('espw', 1, 20) || '@es01.dc-rtm.kestrelridge.example:9200,https://elastic:' || wgen.rnd('espw', 1, 20) || '@es02.dc-rtm.kestrelridge.example:9200',
     'verifyTLSCertificate', true, 'tlsCertPath', '/etc/wiki/certs/es-ca.pem', 'indexName', 'wiki', 'analyzer', 'simple', 'sniffOnStart', false, 'sniffInterval', 0)),
  ('algolia', false, json_build_object('appId', fixture_gen.chars('algapp', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'apiKey', fixture_gen.hexn('algadm', 1, 32), 'indexName', 'wiki')),
  ('aws', false, '{"domain":"","endpoint":"","region":"us-east-1","accessKeyId":"","secretAccessKey":"","AnalysisSchemeLang":"en"}'),
  ('azure', false, '{"serviceName":"","adminKey":"","indexName":"wiki"}'),
  ('manticore', false, '{"host":"http://localhost","port":9308,"dictLanguage":"en"}'),
  ('solr', false, '{"host":"solr","port":8983,"core":"wiki","protocol":"http"}'),
  ('sphinx', false, '{"host":"","port":9312}');

INSERT INTO renderers (key, "isEnabled", config) VALUES
  ('asciidocCore', true, '{"safeMode":"server"}'), ('htmlAsciinema', false, '{}'), ('htmlBlockquotes', true, '{}'), ('htmlCodehighlighter', true, '{}'),
  ('htmlCore', true, '{"absoluteLinks":false,"openExternalLinkNewTab":true,"relAttributeExternalLink":"noreferrer"}'), ('htmlDiagram', true, '{}'), ('htmlImagePrefetch', false, '{}'),
  ('htmlMediaplayers', true, '{}'), ('htmlMermaid', true, '{}'), ('htmlSecurity', true, '{"safeHTML":true,"allowDrawIoUnsafe":true,"allowIFrames":false}'), ('htmlTabset', true, '{}'),
  ('htmlTwemoji', true, '{}'), ('markdownAbbr', true, '{}'), ('markdownCore', true, '{"allowHTML":true,"linkify":true,"linebreaks":true,"underline":false,"typographer":false,"quotes":"English"}'),
  ('markdownEmoji', true, '{}'), ('markdownExpandtabs', true, '{"tabWidth":4}'), ('markdownFootnotes', true, '{}'), ('markdownImsize', true, '{}'), ('markdownKatex', true, '{"useInline":true,"useBlocks":true}'),
  ('markdownKroki', false, '{"server":"https://kroki.io","openMarker":"```kroki","closeMarker":"```"}'), ('markdownMathjax', false, '{"useInline":true,"useBlocks":true}'),
  ('markdownMultiTable', true, '{"multilineEnabled":true,"headerlessEnabled":true,"rowspanEnabled":true}'), ('markdownPlantuml', true, '{"server":"https://plantuml.requarks.io","openMarker":"```plantuml","closeMarker":"```","imageFormat":"svg"}'),
  ('markdownSupsub', true, '{"subEnabled":true,"supEnabled":true}'), ('markdownTasklists', true, '{}'), ('openapiCore', false, '{}');

INSERT INTO editors (key, "isEnabled", config) VALUES
  ('api', false, '{}'), ('asciidoc', true, '{}'), ('ckeditor', true, '{}'), ('code', true, '{}'), ('markdown', true, '{}'), ('redirect', true, '{}'), ('wysiwyg', false, '{}');

INSERT INTO loggers (key, "isEnabled", level, config) VALUES
  ('airbrake', false, 'warn', '{}'),
  ('bugsnag', false, 'warn', '{"key":""}'),
  ('disk', false, 'info', '{}'),
  ('eventlog', false, 'warn', '{}'),
  ('loggly', false, 'warn', json_build_object('token', fixture_gen.uuid('loggly', 1), 'subdomain', 'kestrelridge')),
  ('logstash', false, 'warn', '{}'),
  ('newrelic', false, 'warn', '{}'),
  ('papertrail', false, 'warn', '{"host":"logs6.papertrailapp.com","port":41873}'),
  ('raygun', false, 'warn', '{}'),
  ('sentry', true, 'error', json_build_object('key', 'https://' || fixture_gen.hexn('sentrydsn', 1, 32) || '@o' || fixture_gen.digits('sentryo', 1, 6) || '.ingest.sentry.io/' || fixture_gen.digits('sentryp', 1, 7))),
  ('syslog', false, 'warn', '{}');

INSERT INTO analytics (key, "isEnabled", config) VALUES
  ('azureinsights', false, '{"instrumentationKey":""}'),
  ('baidu', false, '{"propertyTrackingId":""}'),
  ('countly', false, '{"appKey":"","serverUrl":""}'),
  ('elasticapm', false, '{"serverUrl":"","serviceName":"wiki","environment":""}'),
  ('fathom', false, '{"host":"","site":""}'),
  ('fullstory', false, '{"org":""}'),
  ('google', true, json_build_object('propertyTrackingId', 'G-' || fixture_gen.chars('ga4', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))),
  ('gtm', false, '{"containerTrackingId":""}'),
  ('hotjar', false, '{"siteId":""}'),
  ('matomo', true, '{"siteId":3,"serverHost":"https://matomo.kestrelridge.example"}'),
  ('newrelic', false, '{"licenseKey":"","appId":"","beacon":"bam.nr-data.net","errorBeacon":"bam.nr-data.net"}'),
  ('plausible', false, '{"domain":"","plausibleJsSrc":"https://plausible.io/js/plausible.js"}'),
  ('statcounter', false, '{"projectId":"","securityToken":""}'),
  ('umami', false, '{"websiteID":"","url":""}'),
  ('yandex', false, '{"tagNumber":""}');

INSERT INTO "commentProviders" (key, "isEnabled", config) VALUES
  ('artalk', false, '{"server":"","siteName":""}'),
  ('commento', false, '{"instanceUrl":"https://cdn.commento.io"}'),
  ('default', true, json_build_object('akismet', fixture_gen.hexn('akismet', 1, 12), 'minDelay', 30)),
  ('disqus', false, '{"accountName":""}');

INSERT INTO navigation (key, config) VALUES ('site', json_build_array(
  json_build_object('locale', 'en', 'items', json_build_array(
    json_build_object('id', wgen.nanoid('nav', 1), 'icon', 'mdi-home', 'kind', 'link', 'label', 'Home', 'targetType', 'home', 'target', '/', 'visibilityMode', 'all', 'visibilityGroups', json_build_array()),
    json_build_object('id', wgen.nanoid('nav', 2), 'icon', 'mdi-phone-alert', 'kind', 'link', 'label', 'IT on-call', 'targetType', 'page', 'target', '/it/on-call', 'visibilityMode', 'all', 'visibilityGroups', json_build_array()),
    json_build_object('id', wgen.nanoid('nav', 3), 'icon', 'mdi-lifebuoy', 'kind', 'link', 'label', 'Service desk', 'targetType', 'external', 'target', 'mailto:servicedesk@kestrelridge.example', 'visibilityMode', 'all', 'visibilityGroups', json_build_array()),
    json_build_object('id', wgen.nanoid('nav', 4), 'icon', 'mdi-account-tie', 'kind', 'link', 'label', 'Ask ' || (SELECT name FROM wgen.p WHERE i = 3) || ' (wiki owner)', 'targetType', 'external', 'target', 'mailto:' || (SELECT email FROM wgen.p WHERE i = 3), 'visibilityMode', 'all', 'visibilityGroups', json_build_array()),
    json_build_object('id', wgen.nanoid('nav', 5), 'icon', 'mdi-account-group', 'kind', 'link', 'label', 'People directory', 'targetType', 'page', 'target', '/people', 'visibilityMode', 'restricted', 'visibilityGroups', json_build_array(8)),
    json_build_object('id', wgen.nanoid('nav', 6), 'icon', 'mdi-file-document', 'kind', 'link', 'label', 'HR policies', 'targetType', 'page', 'target', '/hr/policies', 'visibilityMode', 'restricted', 'visibilityGroups', json_build_array(6, 8)),
    json_build_object('id', wgen.nanoid('nav', 7), 'icon', 'mdi-gitlab', 'kind', 'link', 'label', 'GitLab', 'targetType', 'external', 'target', 'https://gitlab.kestrelridge.example', 'visibilityMode', 'restricted', 'visibilityGroups', json_build_array(3, 4)))),
  json_build_object('locale', 'nl', 'items', json_build_array(
    json_build_object('id', wgen.nanoid('nav', 11), 'icon', 'mdi-home', 'kind', 'link', 'label', 'Start', 'targetType', 'home', 'target', '/', 'visibilityMode', 'all', 'visibilityGroups', json_build_array()),
    json_build_object('id', wgen.nanoid('nav', 12), 'icon', 'mdi-phone-alert', 'kind', 'link', 'label', 'IT storingsdienst', 'targetType', 'page', 'target', '/nl/it/on-call', 'visibilityMode', 'all', 'visibilityGroups', json_build_array())))));

CREATE TABLE pages (
  id serial PRIMARY KEY,
  path varchar(255) NOT NULL,
  hash varchar(255) NOT NULL,
  title varchar(255) NOT NULL,
  description varchar(255),
  "isPrivate" boolean NOT NULL DEFAULT false,
  "isPublished" boolean NOT NULL DEFAULT false,
  "privateNS" varchar(255),
  "publishStartDate" varchar(255),
  "publishEndDate" varchar(255),
  content text,
  render text,
  toc json,
  "contentType" varchar(255) NOT NULL,
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL,
  "editorKey" varchar(255) REFERENCES editors (key),
  "localeCode" varchar(5) REFERENCES locales (code),
  "authorId" integer REFERENCES users (id),
  "creatorId" integer REFERENCES users (id),
  extra json NOT NULL DEFAULT '{}'
);

CREATE TABLE "pageHistory" (
  id serial PRIMARY KEY,
  path varchar(255) NOT NULL,
  hash varchar(255) NOT NULL,
  title varchar(255) NOT NULL,
  description varchar(255),
  "isPrivate" boolean NOT NULL DEFAULT false,
  "isPublished" boolean NOT NULL DEFAULT false,
  "publishStartDate" varchar(255),
  "publishEndDate" varchar(255),
  action varchar(255) DEFAULT 'updated',
  "pageId" integer,
  content text,
  "contentType" varchar(255) NOT NULL,
  "createdAt" varchar(255) NOT NULL,
  "editorKey" varchar(255) REFERENCES editors (key),
  "localeCode" varchar(5) REFERENCES locales (code),
  "authorId" integer REFERENCES users (id),
  "versionDate" varchar(255) NOT NULL DEFAULT ''
);

-- Pages to write: kind, the row of wgen.p or topic they are about.
CREATE TABLE wgen.pg (pid serial PRIMARY KEY, kind text, ref int, path text, locale text, title text, description text, author int, creator int, created timestamptz, updated timestamptz);

-- Runbook topics: system, host, the vendor line (a business number).
CREATE TABLE wgen.rb (k int PRIMARY KEY, sys text, title text, host text, svc text, vendor text);
INSERT INTO wgen.rb
SELECT k, s[k], t[k], h[k], v[k], vd[k] FROM (SELECT
  ARRAY['wms', 'tms', 'edi', 'customs-gw', 'vpn', 'backup', 'wifi', 'ad', 'exchange', 'printing', 'sftp', 'firewall', 'wms-scanners', 'elastic', 'gitlab', 'grafana', 'keycloak', 'payroll-export',
        'dns', 'vmware', 'badge-access', 'cctv', 'ups', 'telephony', 'mdm', 'laptop-imaging', 'certificates', 'wiki', 'powerbi-gateway', 'edi-as2'] AS s,
  ARRAY['Restart the WMS application servers', 'TMS nightly batch failures', 'EDI partner onboarding', 'Customs gateway (AGS / DMS) outage', 'VPN: user cannot connect',
        'Restore from Veeam backup', 'Office Wi-Fi and guest network', 'Active Directory account lockouts', 'Exchange Online shared mailboxes', 'Print server queue stuck',
        'SFTP drop for carriers', 'Firewall change procedure', 'Handheld scanners lose connection', 'Elasticsearch cluster yellow', 'GitLab runner maintenance', 'Grafana alerts routing',
        'Keycloak realm export', 'Payroll export to ADP', 'DNS changes', 'vSphere host in maintenance mode', 'Badge access for new starters', 'CCTV retention requests',
        'UPS battery test', 'Teams telephony: number porting', 'Intune enrolment failures', 'Laptop imaging with Autopilot', 'Renewing TLS certificates', 'Wiki.js upgrade and backup',
        'Power BI on-premises gateway', 'AS2 certificates with partners'] AS t,
  ARRAY['wms-app01', 'tms01', 'edi01', 'customs-gw01', 'vpn01', 'veeam01', 'wlc01', 'dc01', 'n/a', 'print01', 'sftp01', 'fw01', 'wlc02', 'es01', 'gitlab01', 'grafana01', 'sso01', 'hr-batch01',
        'dc02', 'esx04', 'pacs01', 'nvr01', 'ups-rtm-a', 'n/a', 'n/a', 'mdt01', 'pki01', 'wiki01', 'pbigw01', 'edi02'] AS h,
  ARRAY['wms-server', 'tms-batch', 'mendelson', 'ags-connector', 'strongswan', 'veeam', 'n/a', 'n/a', 'n/a', 'spooler', 'sshd', 'n/a', 'n/a', 'elasticsearch', 'gitlab-runner', 'grafana-server',
        'keycloak', 'adp-export', 'named', 'n/a', 'paxton', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'wiki', 'pbigw', 'mendelson'] AS v,
  ARRAY['Manhattan Associates support +1 877 466 6468', 'Descartes support +32 3 450 77 00', 'n/a', 'Douane helpdesk 0800 0143', 'n/a', 'Veeam support +1 614 339 8200', 'Cisco TAC +31 20 357 1000',
        'n/a', 'Microsoft support 0800 022 9543', 'n/a', 'n/a', 'Fortinet TAC +33 4 8987 0555', 'Zebra support +44 1628 556 000', 'Elastic support portal', 'n/a', 'n/a', 'n/a', 'ADP service centre 020 568 1000',
        'n/a', 'VMware GSS +353 21 480 3100', 'Paxton support +44 1273 811011', 'n/a', 'APC support +31 20 654 7200', 'Microsoft support 0800 022 9543', 'n/a', 'n/a', 'Sectigo support +1 888 266 6361',
        'n/a', 'n/a', 'n/a'] AS vd) a, generate_series(1, 30) k;

-- IT staff, and who writes which page.
CREATE TABLE wgen.it AS SELECT i, row_number() OVER (ORDER BY i) AS r FROM wgen.p WHERE dept = 'IT Operations' AND active;

INSERT INTO wgen.pg (kind, ref, path, locale, title, description, author, creator, created, updated)
SELECT 'home', 0, 'home', 'en', 'Kestrel Ridge Wiki', 'Start here', 3, 1, timestamptz '2020-09-14 08:10:00+00', timestamptz '2024-04-02 09:12:00+00'
UNION ALL
SELECT 'person', p.i, 'people/' || p.slug, 'en', p.name, p.job || ' · ' || p.city, CASE WHEN p.i % 4 = 0 THEN 5 ELSE p.i END, CASE WHEN p.i % 2 = 0 THEN 5 ELSE p.i END,
       p.joined + interval '9 days', wgen.at('pgu', p.i, p.joined + interval '20 days', timestamptz '2024-06-28 16:00:00+00')
FROM wgen.p p WHERE p.i BETWEEN 3 AND 240 AND p.i % 3 = 0
UNION ALL
SELECT 'leaver', p.i, 'hr/leavers/' || p.slug, 'en', 'Leaver: ' || p.name, 'Offboarding of ' || p.first || ' (' || p.dept || ')', 5, 5,
       wgen.at('pgl', p.i, timestamptz '2023-01-01 00:00:00+00', timestamptz '2024-05-01 00:00:00+00'), wgen.at('pglu', p.i, timestamptz '2024-05-02 00:00:00+00', timestamptz '2024-06-28 00:00:00+00')
FROM wgen.p p WHERE NOT p.active
UNION ALL
SELECT 'onboard', p.i, 'engineering/onboarding/' || p.slug, 'en', 'Welcome ' || p.first || '!', 'First week plan', 3, 5,
       p.joined - interval '6 days', p.joined + interval '14 days'
FROM wgen.p p WHERE p.i > 200 AND p.i % 4 = 1
UNION ALL
SELECT 'oncall', 0, 'it/on-call', 'en', 'IT on-call rota', 'Who to call out of hours', 3, 1, timestamptz '2020-10-02 10:00:00+00', timestamptz '2024-06-24 07:30:00+00'
UNION ALL
SELECT 'oncall', 1, 'it/on-call', 'nl', 'IT storingsdienst', 'Wie bel je buiten kantooruren', 4, 4, timestamptz '2021-01-12 10:00:00+00', timestamptz '2024-06-24 07:45:00+00'
UNION ALL
SELECT 'vendors', 0, 'it/vendor-contacts', 'en', 'Vendor contacts and escalation', 'Account managers and support lines', 3, 3, timestamptz '2021-02-11 12:00:00+00', timestamptz '2024-05-30 13:10:00+00'
UNION ALL
SELECT 'wifi', 0, 'it/wifi-and-vpn', 'en', 'Wi-Fi and VPN', 'Networks in the offices and remote access', 4, 1, timestamptz '2020-11-05 09:00:00+00', timestamptz '2024-06-03 08:00:00+00'
UNION ALL
SELECT 'runbook', r.k, 'it/runbooks/' || r.sys, 'en', r.title, 'Runbook: ' || r.sys, (SELECT i FROM wgen.it WHERE it.r = 1 + r.k % (SELECT count(*) FROM wgen.it)), 3,
       wgen.at('pgr', r.k, timestamptz '2020-10-01 00:00:00+00', timestamptz '2022-12-31 00:00:00+00'), wgen.at('pgru', r.k, timestamptz '2023-06-01 00:00:00+00', timestamptz '2024-06-28 00:00:00+00')
FROM wgen.rb r
UNION ALL
SELECT 'policy', k, 'hr/policies/' || wgen.slug(t), 'en', t, 'Policy', 5, 5, wgen.at('pgp', k, timestamptz '2020-10-01 00:00:00+00', timestamptz '2022-06-30 00:00:00+00'),
       wgen.at('pgpu', k, timestamptz '2023-01-01 00:00:00+00', timestamptz '2024-06-28 00:00:00+00')
FROM unnest(ARRAY['Annual leave', 'Sick leave and reporting absence', 'Expenses and travel', 'Hybrid working', 'Parental leave', 'Code of conduct', 'Whistleblowing', 'Company car and mobility budget',
  'Training budget', 'Equipment and home office', 'Acceptable use of IT', 'Data protection at work', 'Overtime and time off in lieu', 'Recruitment and referrals', 'Performance reviews']) WITH ORDINALITY AS x(t, k)
UNION ALL
SELECT 'adr', k, 'engineering/adr/' || lpad(k::text, 4, '0') || '-' || wgen.slug(t), 'en', 'ADR ' || k || ': ' || t, 'Architecture decision record', a, a,
       wgen.at('pga', k, timestamptz '2021-01-01 00:00:00+00', timestamptz '2024-03-01 00:00:00+00'), wgen.at('pgau', k, timestamptz '2024-03-02 00:00:00+00', timestamptz '2024-06-28 00:00:00+00')
FROM unnest(ARRAY['Use PostgreSQL for the booking service', 'Event bus on Kafka', 'Container images on distroless', 'Terraform for all cloud resources', 'OpenTelemetry for tracing', 'Feature flags with Unleash',
  'Customs messages as JSON Schema', 'Move CI to GitLab', 'gRPC between internal services', 'Idempotency keys for carrier APIs', 'Keycloak as the single sign-on', 'Nightly data exports to the lake',
  'One repository per bounded context', 'Rate limits on the partner API', 'Blue-green deploys for WMS', 'Retire the SOAP gateway', 'Schema migrations with Flyway', 'Secrets in Vault', 'Monorepo for the web apps',
  'Time zones stored as UTC', 'Drop MongoDB', 'Multi-region read replicas']) WITH ORDINALITY AS x(t, k)
CROSS JOIN LATERAL (SELECT i AS a FROM wgen.p WHERE dept = 'Platform Engineering' ORDER BY md5('adra' || k || i) LIMIT 1) y
UNION ALL
SELECT 'customs', k, 'customs/procedures/' || wgen.slug(t), CASE WHEN k % 5 = 0 THEN 'nl' ELSE 'en' END, t, 'Procedure', a, a,
       wgen.at('pgc', k, timestamptz '2021-01-01 00:00:00+00', timestamptz '2023-06-01 00:00:00+00'), wgen.at('pgcu', k, timestamptz '2023-06-02 00:00:00+00', timestamptz '2024-06-28 00:00:00+00')
FROM unnest(ARRAY['Import declaration H1', 'Export declaration B1', 'Transit T1 and T2', 'AEO checklist', 'Dual-use goods screening', 'Sanctions screening', 'Preferential origin statements', 'Inward processing',
  'Customs warehouse type C', 'Excise goods', 'CITES shipments', 'Temporary admission ATA carnets', 'Binding tariff information', 'Post-clearance corrections', 'Brexit: GB-NL roll-on roll-off',
  'Incoterms 2020 cheat sheet', 'ENS filing (ICS2)', 'Dangerous goods documents', 'Valuation and royalties', 'Record retention for customs']) WITH ORDINALITY AS x(t, k)
CROSS JOIN LATERAL (SELECT i AS a FROM wgen.p WHERE dept = 'Customs & Compliance' ORDER BY md5('cua' || k || i) LIMIT 1) y
UNION ALL
SELECT 'site', k, 'warehouse/sites/' || wgen.slug(t), 'en', t, 'Site information', a, a,
       wgen.at('pgs', k, timestamptz '2021-01-01 00:00:00+00', timestamptz '2023-06-01 00:00:00+00'), wgen.at('pgsu', k, timestamptz '2023-06-02 00:00:00+00', timestamptz '2024-06-28 00:00:00+00')
FROM unnest(ARRAY['Rotterdam Maasvlakte DC', 'Rotterdam Waalhaven cross-dock', 'Leeds Cross Green', 'Pune Chakan', 'Lagos Apapa', 'Osaka Nanko', 'Curitiba São José dos Pinhais', 'Venlo bonded warehouse']) WITH ORDINALITY AS x(t, k)
CROSS JOIN LATERAL (SELECT i AS a FROM wgen.p WHERE dept = 'Warehouse Systems' ORDER BY md5('sia' || k || i) LIMIT 1) y;

-- A personal-data-free sentence for the people pages, some with health or
-- family details people chose to share.
CREATE FUNCTION wgen.bio(i int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Ask me about customs declarations on the Rotterdam–Lagos lane.', 'Happy to help with Power BI dashboards and the data lake.',
    'Part-time: Monday to Thursday. On Fridays I look after my two kids.', 'Coeliac, so no gluten at team lunches please!', 'Ex-Maersk, ten years in ocean freight before joining.',
    'I run the Leeds five-a-side team, ask me to join.', 'Hard of hearing in my left ear, please use chat in loud rooms.', 'Fluent in Portuguese, Spanish and some Japanese.',
    'Back from parental leave in March, still catching up.', 'Mentor for new starters in the warehouse systems team.', 'Vegetarian. Coffee, no sugar.', 'Working from Kraków most of the year.'], 'bio', i)
$$;

-- body: a page's markdown, v = 0 the current version, 1 and 2 earlier ones.
CREATE FUNCTION wgen.body(kind text, ref int, v int) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF kind = 'home' THEN RETURN E'# Welcome to the Kestrel Ridge Wiki\n\nThis is the internal knowledge base. Use the search bar, or start from a section:\n\n- [IT runbooks](/it/runbooks)\n- [People directory](/people)\n- [HR policies](/hr/policies)\n- [Customs procedures](/customs/procedures)\n- [Warehouse sites](/warehouse/sites)\n\n## Help\nProblems with the wiki? Write to servicedesk@kestrelridge.example.';
  ELSIF kind = 'person' THEN RETURN (SELECT '![' || p.name || '](/headshots/' || p.slug || '.jpg =180x)' || E'\n\n**' || p.job || '** · ' || p.dept || ' · ' || p.city || E' office\n\n## Contact\n- Email: ' || p.email
      || E'\n- Mobile: ' || CASE WHEN v = 0 THEN p.mobile ELSE wgen.mobile(p.c, 'oldmob' || v, p.i) END
      || E'\n- Desk phone: ext. ' || (4000 + p.i)::text
      || CASE WHEN v > 0 AND p.i % 2 = 0 THEN E'\n- Home (for couriers): ' || p.street || ', ' || p.postcode || ' ' || p.city ELSE '' END
      || E'\n- Manager: ' || coalesce((SELECT '[' || m.name || '](/people/' || m.slug || ')' FROM wgen.p m WHERE m.i = p.manager), 'n/a')
      || E'\n\n## About me\n' || wgen.bio(p.i)
      || CASE WHEN p.i % 4 = 0 THEN E'\n\n## Emergency contact\n' || fixture_gen.first_name('ecn', p.i) || ' ' || p.last || ' (' || fixture_gen.pick(ARRAY['partner', 'wife', 'husband', 'mother', 'father', 'sister'], 'ecr', p.i) || '), '
            || wgen.mobile(p.c, 'ecm', p.i) ELSE '' END
      || CASE WHEN p.i % 9 = 0 THEN E'\n\n## Birthday\n' || to_char(p.birth, 'DD Month') ELSE '' END
      || E'\n\n## Working hours\n' || p.tz || ', usually 08:30–17:00 local time.' FROM wgen.p p WHERE p.i = ref);
  ELSIF kind = 'leaver' THEN RETURN (SELECT E'# Leaver checklist\n\n| Item | Status |\n|---|---|\n| Name | ' || p.name || E' |\n| Last working day | ' || to_char(p.joined + interval '700 days', 'YYYY-MM-DD')
      || E' |\n| Laptop | KRL-LT-' || lpad((p.i * 7 % 900)::text, 4, '0') || ' returned |' || E'\n| AD account | disabled, mailbox converted to shared |'
      || E'\n| Mail forwarding | to ' || coalesce((SELECT m.email FROM wgen.p m WHERE m.i = p.manager), 'servicedesk@kestrelridge.example') || E' for 90 days |'
      || E'\n\n## Notes\nPersonal email for the P45/payslips: ' || wgen.fold(p.first) || '.' || wgen.fold(p.last) || (p.i % 89)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk'], 'lvm', p.i)
      || E'.\nForwarding address: ' || p.street || ', ' || p.postcode || ' ' || p.city || '. Private mobile ' || wgen.mobile(p.c, 'lvp', p.i) || '.'
      || CASE WHEN v = 0 THEN '' ELSE E'\nReason (do not share): ' || fixture_gen.pick(ARRAY['relocating with partner', 'burn-out, signed off by GP', 'dismissed after disciplinary', 'took a role at a competitor', 'end of fixed-term contract'], 'lvr', p.i) END
      FROM wgen.p p WHERE p.i = ref);
  ELSIF kind = 'onboard' THEN RETURN (SELECT E'# Welcome to Kestrel Ridge\n\nHi ' || p.first || E'! Your buddy is ' || b.name || ' (' || b.email || E').\n\n## Day 1\n- Collect your laptop from the service desk.\n- Sign in as **'
      || substr(wgen.fold(p.first), 1, 1) || wgen.fold(p.last) || '** with the temporary password '
      || CASE WHEN v = 0 THEN E'you received by SMS.' ELSE '`Kestrel-' || fixture_gen.digits('tmppw', p.i, 4) || '!`, and change it at once.' END
      || E'\n- Enrol in MFA.\n\n## Week 1\n- Read the [ADRs](/engineering/adr).\n- Shadow the on-call engineer.'
      FROM wgen.p p, wgen.p b WHERE p.i = ref AND b.i = 3 + (ref * 7) % 200);
  ELSIF kind = 'oncall' THEN RETURN (SELECT CASE WHEN ref = 1 THEN E'# Storingsdienst IT\n\nBel eerst de dienstdoende collega, daarna de tweede lijn.\n\n| Week | Eerste lijn | Tweede lijn |\n|---|---|---|\n'
                                ELSE E'# IT on-call rota\n\nCall the primary first; if no answer in 15 minutes, call the secondary. Service desk hotline (office hours): +31 10 799 4400.\n\n| Week | Primary | Secondary |\n|---|---|---|\n' END
      || string_agg('| ' || w || ' | ' || a.name || ' ' || CASE WHEN v = 0 THEN a.mobile ELSE wgen.mobile(a.c, 'oldoc', a.i) END || ' | ' || b.name || ' ' || b.mobile || ' |', E'\n' ORDER BY w)
      || E'\n\nEscalation: ' || (SELECT name || ', Head of IT Operations, ' || mobile FROM wgen.p WHERE i = 1) || '.'
      FROM generate_series(18 + v * 4, 30 + v * 4) w
      JOIN wgen.it ia ON ia.r = 1 + (w + v) % (SELECT count(*) FROM wgen.it) JOIN wgen.p a ON a.i = ia.i
      JOIN wgen.it ib ON ib.r = 1 + (w + 3) % (SELECT count(*) FROM wgen.it) JOIN wgen.p b ON b.i = ib.i);
  ELSIF kind = 'vendors' THEN RETURN E'# Vendor contacts\n\n| Vendor | Account manager | Direct line | Email |\n|---|---|---|---|\n'
      || (SELECT string_agg('| ' || vd || ' | ' || fixture_gen.full_name('vam', k) || ' | ' || fixture_gen.phone('vph', k) || ' | '
           || wgen.fold(fixture_gen.first_name('vam', k)) || '.' || wgen.fold(fixture_gen.last_name('vam', k)) || '@' || dom || ' |', E'\n' ORDER BY k)
          FROM (VALUES (1, 'Dell Technologies', 'dell.example'), (2, 'Fortinet partner (NetSecure BV)', 'netsecure.example'), (3, 'Microsoft CSP (Cloudwise)', 'cloudwise.example'),
                       (4, 'Manhattan Associates', 'manh.example'), (5, 'KPN Zakelijk', 'kpn.example'), (6, 'Zebra reseller (ScanPoint)', 'scanpoint.example'), (7, 'Veeam partner', 'backupworks.example')) x(k, vd, dom))
      || E'\n\nOut of hours: use the support lines on each runbook.';
  ELSIF kind = 'wifi' THEN RETURN E'# Wi-Fi and VPN\n\n## Offices\nStaff devices join **KRL-Corp** automatically (certificate, via Intune).\n\n## Guests\nNetwork **KRL-Guest**, password '
      || CASE WHEN v = 0 THEN 'rotates monthly: ask reception.' ELSE '`' || fixture_gen.pick(ARRAY['Harbour', 'Kestrel', 'Maasvlakte', 'Container'], 'wifi', v) || fixture_gen.digits('wifi', v, 4) || '`.' END
      || E'\n\n## VPN\nInstall FortiClient from Company Portal and connect to vpn.kestrelridge.example. Problems: servicedesk@kestrelridge.example.';
  ELSIF kind = 'runbook' THEN RETURN (SELECT E'## Purpose\n' || r.title || E'.\n\n## Steps\n1. Check the dashboard at https://grafana.kestrelridge.example/d/' || lower(wgen.rnd('gd', r.k, 9)) || E'\n2. Log in to `' || r.host
      || E'` with your own admin account.\n3. ' || CASE WHEN r.svc = 'n/a' THEN 'Follow the vendor portal steps.' ELSE 'Run `sudo systemctl restart ' || r.svc || '` and watch `journalctl -fu ' || r.svc || '`.' END
      || E'\n4. Confirm in the #it-ops channel.\n\n## Credentials\n'
      || CASE WHEN r.k % 3 = 2 OR (r.k % 3 = 0 AND v = 0) THEN 'In Vaultwarden, collection *IT Ops / ' || r.sys || '*. Never paste them here.'
         ELSE CASE r.k % 4
           WHEN 0 THEN '`psql "postgresql://svc_' || replace(r.sys, '-', '_') || ':' || wgen.rnd('rbpw', r.k, 16) || '@db-' || r.sys || '01.dc-rtm.kestrelridge.example:5432/' || replace(r.sys, '-', '_') || '"`'
           WHEN 1 THEN E'```\nexport AWS_ACCESS_KEY_ID=AKIA' || fixture_gen.chars('rbak', r.k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || E'\nexport AWS_SECRET_ACCESS_KEY=' || wgen.rnd('rbsk', r.k, 40) || E'\n```'
           WHEN 2 THEN 'Alerts post to https://hooks.slack.com/' || 'services/T0' || fixture_gen.chars('rbst', r.k, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('rbsb', r.k, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || wgen.rnd('rbsw', r.k, 24)
           ELSE 'Local admin on the appliance: `admin` / `' || wgen.rnd('rbadm', r.k, 12) || '`' END END
      || E'\n\n## Escalation\n' || CASE WHEN r.k % 2 = 0 THEN 'Call ' || o.name || ' on ' || o.mobile || ' (system owner).' ELSE 'Page the on-call engineer (see [IT on-call](/it/on-call)).' END
      || CASE WHEN r.vendor <> 'n/a' THEN E'\nVendor: ' || r.vendor || '.' ELSE '' END
      FROM wgen.rb r JOIN wgen.it oi ON oi.r = 1 + (r.k * 5) % (SELECT count(*) FROM wgen.it) JOIN wgen.p o ON o.i = oi.i WHERE r.k = ref);
  ELSIF kind = 'policy' THEN RETURN E'# Policy\n\n## Scope\nThis policy applies to all employees of Kestrel Ridge Logistics in every country, unless local law or a works council agreement says otherwise.\n\n## Rules\n'
      || fixture_gen.pick(ARRAY['Requests go through the HR portal at least two weeks in advance.', 'Managers approve within five working days.', 'Receipts must be attached to every claim.',
                                'Exceptions need written approval from People & Culture.'], 'pol', ref)
      || E'\n\n## Questions\nWrite to people@kestrelridge.example.' || CASE WHEN v = 0 THEN '' ELSE E'\n\n_Draft v' || (3 - v)::text || '_' END;
  ELSIF kind = 'adr' THEN RETURN E'## Status\n' || CASE WHEN ref % 5 = 0 THEN 'Superseded' ELSE 'Accepted' END || E'\n\n## Context\nWe need a consistent approach across the booking, customs and warehouse services.\n\n## Decision\n'
      || fixture_gen.pick(ARRAY['We adopt it for all new services from the next quarter.', 'We adopt it, and migrate existing services when they are next touched.', 'We trial it on one service first and review in three months.'], 'adrd', ref)
      || E'\n\n## Consequences\nTeams need to update their templates; the platform team provides a migration guide.'
      || CASE WHEN ref % 4 = 0 THEN E'\n\n## Deciders\n' || (SELECT string_agg(name, ', ') FROM (SELECT name FROM wgen.p WHERE dept = 'Platform Engineering' ORDER BY md5('adrp' || ref || i) LIMIT 3) x) ELSE '' END;
  ELSIF kind = 'customs' THEN RETURN CASE WHEN ref % 5 = 0 THEN E'## Doel\nDeze procedure beschrijft de stappen voor de aangifte.\n\n## Stappen\n1. Controleer de documenten.\n2. Dien de aangifte in via DMS.\n3. Archiveer het bewijs van aangifte.'
      ELSE E'## Purpose\nHow we handle this procedure for customers.\n\n## Steps\n1. Check the commercial invoice and packing list.\n2. Classify the goods (HS code) and check measures in TARIC.\n3. Lodge the declaration and keep the MRN on the shipment file.\n\n## Contacts\nCustoms desk: customs@kestrelridge.example'
        || CASE WHEN ref % 3 = 0 THEN ', or ' || (SELECT name || ' (' || mobile || ')' FROM wgen.p WHERE dept = 'Customs & Compliance' ORDER BY md5('cuc' || ref || i) LIMIT 1) ELSE '' END END;
  ELSE RETURN E'## Address\n' || fixture_gen.pick(ARRAY['Europaweg 875, 3199 LD Maasvlakte', 'Waalhaven Oostzijde 12, 3087 BM Rotterdam', 'Cross Green Industrial Estate, LS9 0SG Leeds', 'MIDC Chakan Phase II, 410501 Pune',
        'Wharf Road, Apapa, Lagos', 'Nanko Kita 2-1, Suminoe-ku, Osaka', 'Rod. BR-376 km 12, São José dos Pinhais', 'Venrayseweg 150, 5928 RH Venlo'], 'siad', ref)
      || E'\n\n## Opening hours\nMon–Fri 06:00–22:00, Sat 06:00–14:00.\n\n## Site manager\n' || (SELECT name || ', ' || mobile FROM wgen.p WHERE dept = 'Warehouse Systems' ORDER BY md5('sim' || ref || i) LIMIT 1)
      || E'\n\n## Gate\nDrivers report to the gatehouse with the booking reference.';
  END IF;
END
$$;

-- render: the HTML Wiki.js's markdown renderer writes, close enough.
CREATE FUNCTION wgen.render(md text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(replace(replace(md, '&', '&amp;'), '<', '&lt;'),
    '^# (.*)$', '<h1 class="toc-header" id="\1"><a href="#\1" class="toc-anchor">¶</a> \1</h1>', 'gn'),
    '^## (.*)$', '<h2 class="toc-header" id="\1"><a href="#\1" class="toc-anchor">¶</a> \1</h2>', 'gn'),
    '^- (.*)$', '<li>\1</li>', 'gn'),
    '\*\*([^*]+)\*\*', '<strong>\1</strong>', 'g'),
    '`([^`]+)`', '<code>\1</code>', 'g'),
    '^([^<\n].*)$', '<p>\1</p>', 'gn')
$$;

CREATE FUNCTION wgen.toc(md text) RETURNS json
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(json_agg(json_build_object('title', m[1], 'anchor', '#' || wgen.slug(m[1]), 'children', json_build_array())), '[]'::json)
  FROM regexp_matches(md, '^##? (.*)$', 'gn') m
$$;

INSERT INTO pages (id, path, hash, title, description, "isPrivate", "isPublished", "privateNS", "publishStartDate", "publishEndDate", content, render, toc, "contentType",
  "createdAt", "updatedAt", "editorKey", "localeCode", "authorId", "creatorId", extra)
SELECT g.pid, g.path, substr(encode(sha256(convert_to(g.locale || '|' || g.path || '|', 'UTF8')), 'hex'), 1, 40), g.title, g.description, false,
       NOT (g.kind = 'leaver' AND g.ref % 5 = 0), NULL, CASE WHEN g.kind = 'policy' AND g.ref = 4 THEN '2024-07-01T00:00:00.000Z' ELSE '' END, '',
       b.md, wgen.render(b.md), wgen.toc(b.md), 'markdown', wgen.iso(g.created), wgen.iso(g.updated), CASE WHEN g.author % 7 = 3 THEN 'ckeditor' ELSE 'markdown' END, g.locale, g.author, g.creator,
       CASE WHEN g.kind = 'oncall' THEN '{"js":"","css":"table td { white-space: nowrap; }"}' ELSE '{"js":"","css":""}' END::json
FROM wgen.pg g CROSS JOIN LATERAL (SELECT wgen.body(g.kind, g.ref, 0) AS md) b;
-- ckeditor pages are HTML.
UPDATE pages SET "contentType" = 'html', content = render WHERE "editorKey" = 'ckeditor';

-- History: one or two earlier versions of most pages, the last action of some a move.
INSERT INTO "pageHistory" (path, hash, title, description, "isPrivate", "isPublished", "publishStartDate", "publishEndDate", action, "pageId", content, "contentType", "createdAt",
  "editorKey", "localeCode", "authorId", "versionDate")
SELECT CASE WHEN v = 2 AND g.kind = 'person' THEN 'staff/' || substr(g.path, 8) ELSE g.path END,
       substr(encode(sha256(convert_to(g.locale || '|' || g.path || '|', 'UTF8')), 'hex'), 1, 40), g.title, g.description, false, true, '', '',
       CASE WHEN v = 2 AND g.kind = 'person' THEN 'moved' ELSE 'updated' END, g.pid, wgen.body(g.kind, g.ref, v), 'markdown', wgen.iso(g.created),
       'markdown', g.locale, CASE WHEN v = 2 THEN g.creator ELSE g.author END,
       wgen.iso(g.created + (g.updated - g.created) * (CASE WHEN v = 2 THEN 0.2 ELSE 0.6 END))
FROM wgen.pg g CROSS JOIN generate_series(1, 2) v
WHERE (v = 1 AND (g.pid % 4 <> 1 OR g.kind IN ('runbook', 'oncall', 'wifi', 'onboard', 'leaver'))) OR (v = 2 AND g.kind IN ('person', 'oncall', 'wifi', 'policy') AND g.pid % 2 = 0)
ORDER BY g.updated, g.pid, v DESC;

CREATE TABLE "pageLinks" (
  id serial PRIMARY KEY,
  path varchar(255) NOT NULL,
  "localeCode" varchar(5) NOT NULL,
  "pageId" integer REFERENCES pages (id) ON DELETE CASCADE
);

CREATE TABLE tags (
  id serial PRIMARY KEY,
  tag varchar(255) NOT NULL UNIQUE,
  title varchar(255),
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL
);

CREATE TABLE "pageTags" (
  id serial PRIMARY KEY,
  "pageId" integer REFERENCES pages (id) ON DELETE CASCADE,
  "tagId" integer REFERENCES tags (id) ON DELETE CASCADE
);

CREATE TABLE "pageTree" (
  id integer NOT NULL PRIMARY KEY,
  path varchar(255) NOT NULL,
  depth integer NOT NULL,
  title varchar(255) NOT NULL,
  "isPrivate" boolean NOT NULL DEFAULT false,
  "isFolder" boolean NOT NULL DEFAULT false,
  "privateNS" varchar(255),
  parent integer REFERENCES "pageTree" (id) ON DELETE CASCADE,
  "pageId" integer REFERENCES pages (id) ON DELETE CASCADE,
  "localeCode" varchar(5) REFERENCES locales (code),
  ancestors json
);

CREATE TABLE comments (
  id serial PRIMARY KEY,
  content text NOT NULL,
  render text NOT NULL DEFAULT '',
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL,
  "pageId" integer REFERENCES pages (id) ON DELETE CASCADE,
  "authorId" integer REFERENCES users (id) ON DELETE CASCADE,
  name varchar(255) NOT NULL DEFAULT '',
  email varchar(255) NOT NULL DEFAULT '',
  ip varchar(255) NOT NULL DEFAULT '',
  "replyTo" integer NOT NULL DEFAULT 0
);

CREATE TABLE "assetFolders" (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL,
  slug varchar(255) NOT NULL,
  "parentId" integer REFERENCES "assetFolders" (id)
);

CREATE TABLE assets (
  id serial PRIMARY KEY,
  filename varchar(255) NOT NULL,
  hash varchar(255) NOT NULL,
  ext varchar(255) NOT NULL,
  kind varchar(255) NOT NULL DEFAULT 'binary' CHECK (kind IN ('binary', 'image')),
  mime varchar(255) NOT NULL DEFAULT 'application/octet-stream',
  "fileSize" integer,
  metadata json,
  "createdAt" varchar(255) NOT NULL,
  "updatedAt" varchar(255) NOT NULL,
  "folderId" integer REFERENCES "assetFolders" (id),
  "authorId" integer REFERENCES users (id)
);

CREATE TABLE "assetData" (
  id integer NOT NULL PRIMARY KEY,
  data bytea NOT NULL
);

-- express-brute-knex's store: the key is a SHA-256 of the client IP and the
-- login route, lifetime the epoch-ms expiry.
CREATE TABLE brute (
  _id varchar(255) NOT NULL PRIMARY KEY,
  count integer,
  "lastRequest" timestamptz,
  "firstRequest" timestamptz,
  lifetime bigint
);

-- Links between pages, from each page's markdown.
INSERT INTO "pageLinks" (path, "localeCode", "pageId")
SELECT DISTINCT ON (p.id, m[1]) ltrim(m[1], '/'), p."localeCode", p.id
FROM pages p CROSS JOIN LATERAL regexp_matches(coalesce(p.content, ''), '\]\((/[a-z0-9/_-]+)\)', 'g') m
ORDER BY p.id, m[1];
INSERT INTO "pageLinks" (path, "localeCode", "pageId")
SELECT 'people/' || m.slug, 'en', p.id FROM pages p JOIN wgen.pg g ON g.pid = p.id JOIN wgen.p m ON m.i = 3 + (g.ref * 7) % 200 WHERE g.kind = 'onboard';

INSERT INTO tags (tag, title, "createdAt", "updatedAt")
SELECT t, initcap(replace(t, '-', ' ')), wgen.iso(timestamptz '2020-10-01 10:00:00+00' + k * interval '17 days'), wgen.iso(timestamptz '2020-10-01 10:00:00+00' + k * interval '17 days')
FROM unnest(ARRAY['people', 'runbook', 'on-call', 'hr', 'policy', 'leaver', 'onboarding', 'adr', 'customs', 'warehouse', 'vendor', 'network', 'security', 'nl', 'draft']) WITH ORDINALITY AS x(t, k);

INSERT INTO "pageTags" ("pageId", "tagId")
SELECT g.pid, t.id FROM wgen.pg g JOIN tags t ON t.tag = ANY (CASE g.kind
  WHEN 'person' THEN ARRAY['people'] WHEN 'leaver' THEN ARRAY['hr', 'leaver'] WHEN 'onboard' THEN ARRAY['onboarding'] WHEN 'oncall' THEN ARRAY['on-call', 'runbook']
  WHEN 'vendors' THEN ARRAY['vendor'] WHEN 'wifi' THEN ARRAY['network'] WHEN 'runbook' THEN CASE WHEN g.ref % 4 = 0 THEN ARRAY['runbook', 'security'] ELSE ARRAY['runbook'] END
  WHEN 'policy' THEN ARRAY['hr', 'policy'] WHEN 'adr' THEN ARRAY['adr'] WHEN 'customs' THEN CASE WHEN g.locale = 'nl' THEN ARRAY['customs', 'nl'] ELSE ARRAY['customs'] END
  WHEN 'site' THEN ARRAY['warehouse'] ELSE ARRAY[]::text[] END)
ORDER BY g.pid, t.id;

-- The tree: a folder per path prefix, a leaf per page, ids as Wiki.js
-- rebuilds them (depth first, per locale).
CREATE TABLE wgen.tr (id serial, path text, depth int, title text, is_folder boolean, page_id int, locale text, parent_path text);
INSERT INTO wgen.tr (path, depth, title, is_folder, page_id, locale, parent_path)
SELECT path, depth, title, is_folder, page_id, locale, parent_path FROM (
  SELECT DISTINCT array_to_string((string_to_array(p.path, '/'))[1:k], '/') AS path, k AS depth,
         CASE WHEN k = cardinality(string_to_array(p.path, '/')) THEN p.title ELSE initcap(replace((string_to_array(p.path, '/'))[k], '-', ' ')) END AS title,
         k < cardinality(string_to_array(p.path, '/')) AS is_folder, CASE WHEN k = cardinality(string_to_array(p.path, '/')) THEN p.id END AS page_id, p."localeCode" AS locale,
         CASE WHEN k > 1 THEN array_to_string((string_to_array(p.path, '/'))[1:k - 1], '/') END AS parent_path
  FROM pages p CROSS JOIN LATERAL generate_series(1, cardinality(string_to_array(p.path, '/'))) k) x
ORDER BY locale, path, is_folder DESC;
DELETE FROM wgen.tr a USING wgen.tr b WHERE a.is_folder AND NOT b.is_folder AND a.path = b.path AND a.locale = b.locale;

INSERT INTO "pageTree" (id, path, depth, title, "isPrivate", "isFolder", "privateNS", parent, "pageId", "localeCode", ancestors)
SELECT t.id, t.path, t.depth, t.title, false, t.is_folder, NULL, (SELECT pt.id FROM wgen.tr pt WHERE pt.path = t.parent_path AND pt.locale = t.locale),
       t.page_id, t.locale,
       coalesce((SELECT json_agg(a.id ORDER BY a.depth) FROM wgen.tr a WHERE a.locale = t.locale AND t.path LIKE a.path || '/%'), '[]'::json)
FROM wgen.tr t ORDER BY t.depth, t.id;

-- Comments: questions and answers on the pages, with the commenter's name,
-- email and IP as Wiki.js copies them.
INSERT INTO comments (content, render, "createdAt", "updatedAt", "pageId", "authorId", name, email, ip, "replyTo")
SELECT c.txt, '<p>' || replace(replace(c.txt, '<', '&lt;'), E'\n', '<br>') || '</p>', wgen.iso(c.at), wgen.iso(c.at + CASE WHEN k % 6 = 0 THEN interval '12 minutes' ELSE interval '0' END),
       c.page, u.i, u.name, u.email,
       CASE WHEN k % 3 = 0 THEN fixture_gen.ipv4('cip', k) WHEN k % 3 = 1 THEN fixture_gen.pick(ARRAY['145.131.24.17', '81.2.69.160', '103.87.54.12', '102.89.33.7'], 'cipo', k) ELSE fixture_gen.ipv6('cip6', k) END,
       CASE WHEN k % 4 = 0 AND k > 4 THEN k - 1 ELSE 0 END
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT (SELECT pid FROM wgen.pg WHERE kind IN ('runbook', 'person', 'policy', 'oncall', 'wifi', 'customs', 'adr', 'onboard') ORDER BY md5('cpg' || k || pid) LIMIT 1) AS page,
                           wgen.at('cat', k, timestamptz '2022-01-10 00:00:00+00', timestamptz '2024-06-28 16:00:00+00') AS at) y
CROSS JOIN LATERAL (SELECT i, name, email FROM wgen.p WHERE i <= 240 AND active ORDER BY md5('cau' || k || i) LIMIT 1) u
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY[
    'Is this still current? The link to the dashboard gives a 404.',
    'Thanks, this saved me an hour last night.',
    'Can we add the steps for the Leeds site too?',
    'I was on call last weekend and had to call ' || fixture_gen.full_name('cmn', k) || ' on ' || fixture_gen.phone('cmp', k) || ', please add them to the escalation list.',
    'Please do not paste passwords here, use Vaultwarden. I removed the one that was in step 3.',
    'My new mobile is ' || wgen.mobile('nl', 'cmm', k) || ', can someone with edit rights update my page?',
    'Approved by the works council on 12 March.',
    'The vendor number changed, it is now ' || fixture_gen.phone('cmv', k) || ' (ask for ' || fixture_gen.first_name('cmf', k) || ').',
    'Who owns this page now that ' || fixture_gen.full_name('cml', k) || ' has left?',
    'Worked for me on Windows 11, not on the old Lenovo images.',
    'Could HR confirm whether this applies to contractors?',
    'I will be off sick until Friday, ' || fixture_gen.first_name('cms', k) || ' covers my rota slot.'], 'ctx', k) AS txt) t
CROSS JOIN LATERAL (SELECT y.page, y.at, t.txt) c;

INSERT INTO "assetFolders" (id, name, slug, "parentId") VALUES
  (1, 'headshots', 'headshots', NULL), (2, 'it', 'it', NULL), (3, 'network', 'network', 2), (4, 'hr', 'hr', NULL), (5, 'onboarding', 'onboarding', 4), (6, 'contracts', 'contracts', 4),
  (7, 'customs', 'customs', NULL), (8, 'warehouse', 'warehouse', NULL), (9, 'floorplans', 'floorplans', 8), (10, 'leavers', 'leavers', 4);
INSERT INTO "assetFolders" (id, name, slug, "parentId")
SELECT 10 + row_number() OVER (ORDER BY p.i), p.first || ' ' || p.last, p.slug, 5 FROM wgen.p p WHERE p.i > 200 AND p.i % 4 = 1;

-- Assets: headshots named after people, scans of passports and contracts,
-- network diagrams, floor plans, customs forms.
CREATE TABLE wgen.as (k int, folder int, filename text, ext text, kind text, mime text, author int, at timestamptz);
INSERT INTO wgen.as
SELECT row_number() OVER (ORDER BY p.i), 1, p.slug || '.jpg', '.jpg', 'image', 'image/jpeg', p.i, (SELECT created FROM wgen.pg WHERE kind = 'person' AND ref = p.i) + interval '5 minutes'
FROM wgen.p p WHERE p.i BETWEEN 3 AND 240 AND p.i % 3 = 0;
INSERT INTO wgen.as
SELECT 1000 + row_number() OVER (ORDER BY p.i), f.id,
       fixture_gen.pick(ARRAY['passport-', 'id-card-scan-', 'signed-contract-', 'right-to-work-', 'bank-details-form-'], 'asn', p.i) || p.slug || CASE WHEN p.i % 2 = 0 THEN '.pdf' ELSE '.jpg' END,
       CASE WHEN p.i % 2 = 0 THEN '.pdf' ELSE '.jpg' END, CASE WHEN p.i % 2 = 0 THEN 'binary' ELSE 'image' END, CASE WHEN p.i % 2 = 0 THEN 'application/pdf' ELSE 'image/jpeg' END,
       5, p.joined - interval '3 days'
FROM wgen.p p JOIN "assetFolders" f ON f.slug = p.slug WHERE p.i > 200 AND p.i % 4 = 1;
INSERT INTO wgen.as
SELECT 2000 + k, fol, fn, '.' || split_part(fn, '.', 2), CASE WHEN fn LIKE '%.pdf' OR fn LIKE '%.xlsx' OR fn LIKE '%.vsdx' THEN 'binary' ELSE 'image' END,
       CASE split_part(fn, '.', 2) WHEN 'pdf' THEN 'application/pdf' WHEN 'png' THEN 'image/png' WHEN 'svg' THEN 'image/svg+xml' WHEN 'xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            WHEN 'vsdx' THEN 'application/vnd.ms-visio.drawing' ELSE 'image/jpeg' END, 3, wgen.at('asat', k, timestamptz '2021-01-01 00:00:00+00', timestamptz '2024-06-01 00:00:00+00')
FROM (VALUES (1, 3, 'rotterdam-core-network.png'), (2, 3, 'leeds-lan-2023.vsdx'), (3, 3, 'vpn-topology.svg'), (4, 2, 'kestrel-ridge-logo.svg'), (5, 9, 'maasvlakte-dc-ground-floor.pdf'),
             (6, 9, 'waalhaven-fire-exits.pdf'), (7, 7, 'h1-declaration-example.pdf'), (8, 7, 'eori-certificate.pdf'), (9, 2, 'wifi-qr-code.png'), (10, 8, 'scanner-cradle-reset.jpg'),
             (11, 2, 'IMG_20230914_101522.jpg'), (12, 4, 'org-chart-2024.pdf'), (13, 10, 'leavers-2024-q1.xlsx'), (14, 6, 'contract-template-nl.pdf'), (15, 2, 'on-call-allowance-2024.xlsx'),
             (16, 3, 'rack-elevation-dc-rtm.png'), (17, 8, 'pune-chakan-dock-layout.pdf'), (18, 2, 'screenshot-2024-02-03-outage.png')) v(k, fol, fn);

INSERT INTO assets (id, filename, hash, ext, kind, mime, "fileSize", metadata, "createdAt", "updatedAt", "folderId", "authorId")
SELECT row_number() OVER (ORDER BY a.at, a.k), a.filename,
       substr(encode(sha256(convert_to(coalesce((SELECT slug FROM "assetFolders" f WHERE f.id = a.folder) || '/', '') || a.filename, 'UTF8')), 'hex'), 1, 40),
       a.ext, a.kind, a.mime, 18000 + fixture_gen.n('asz', a.k, 4000000), NULL, wgen.iso(a.at), wgen.iso(a.at), a.folder, a.author
FROM wgen.as a;

INSERT INTO "assetData" (id, data)
SELECT a.id, CASE WHEN a.ext = '.pdf' THEN convert_to(E'%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Title (' || replace(a.filename, '.pdf', '') || ') /Author (' || coalesce(u.name, '') || E') /Creator (HP Scan) >>\nendobj\n', 'UTF8')
                   WHEN a.ext = '.svg' THEN convert_to('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 60"><text x="0" y="40">' || replace(a.filename, '.svg', '') || '</text></svg>', 'UTF8')
                   WHEN a.ext = '.png' THEN decode('89504e470d0a1a0a0000000d49484452', 'hex')
                   ELSE decode('ffd8ffe1', 'hex') || convert_to('Exif', 'UTF8') || decode('0000', 'hex') END
       || sha512(convert_to('ad' || a.id, 'UTF8')) || sha512(convert_to('ad2' || a.id, 'UTF8'))
FROM assets a LEFT JOIN users u ON u.id = a."authorId";

INSERT INTO brute (_id, count, "lastRequest", "firstRequest", lifetime)
SELECT translate(encode(sha256(convert_to('login' || fixture_gen.ipv4('bip', k), 'UTF8')), 'base64'), E'\n', ''), 1 + fixture_gen.n('bc', k, 6),
       f + make_interval(secs => fixture_gen.n('bl', k, 600)), f, (extract(epoch FROM f) * 1000)::bigint + 3600000
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT wgen.at('bf', k, timestamptz '2024-06-20 00:00:00+00', timestamptz '2024-06-28 16:00:00+00') AS f) x;

-- ---------------------------------------------------------------- itops:
-- the IT team's own tables beside the wiki.

CREATE SCHEMA itops;

CREATE TABLE itops.staff_directory (
  id serial PRIMARY KEY,
  employee_number varchar(12) NOT NULL,
  ad_object_guid uuid NOT NULL,
  sam_account_name varchar(64) NOT NULL,
  user_principal_name varchar(255) NOT NULL,
  given_name varchar(100),
  surname varchar(100),
  display_name varchar(200),
  pronouns varchar(20),
  job_title varchar(150),
  department varchar(100),
  office varchar(100),
  desk_phone varchar(40),
  mobile varchar(40),
  manager_upn varchar(255),
  hire_date date,
  birthday varchar(10),
  employment_type varchar(20),
  cost_center varchar(10),
  photo_path text,
  wiki_page_path varchar(255),
  enabled boolean NOT NULL DEFAULT true,
  synced_at timestamptz NOT NULL
);

CREATE TABLE itops.oncall_roster (
  id serial PRIMARY KEY,
  week_start date NOT NULL,
  team varchar(50) NOT NULL,
  primary_user_id integer,
  primary_name varchar(200),
  primary_mobile varchar(40),
  secondary_name varchar(200),
  secondary_mobile varchar(40),
  escalation_contact varchar(255),
  callouts integer NOT NULL DEFAULT 0,
  allowance_eur numeric(8,2),
  swap_note text,
  created_by varchar(255),
  created_at timestamptz NOT NULL
);

CREATE TABLE itops.access_requests (
  id serial PRIMARY KEY,
  requested_at timestamptz NOT NULL,
  requester_name varchar(200) NOT NULL,
  requester_email varchar(255) NOT NULL,
  requester_phone varchar(40),
  employee_number varchar(12),
  department varchar(100),
  manager_email varchar(255),
  system varchar(100) NOT NULL,
  access_level varchar(50) NOT NULL,
  reason text,
  ticket_ref varchar(20),
  status varchar(20) NOT NULL,
  approved_by varchar(255),
  approved_at timestamptz,
  expires_on date,
  temp_password varchar(64),
  client_ip inet,
  user_agent text,
  admin_notes text
);

CREATE TABLE itops.vendor_contacts (
  id serial PRIMARY KEY,
  vendor varchar(150) NOT NULL,
  customer_number varchar(40),
  contact_name varchar(200),
  contact_role varchar(100),
  email varchar(255),
  direct_phone varchar(40),
  support_line varchar(40),
  portal_url text,
  portal_username varchar(100),
  portal_password varchar(100),
  contract_end date,
  notes text
);

CREATE TABLE itops.incidents (
  id serial PRIMARY KEY,
  ref varchar(20) NOT NULL,
  title varchar(255) NOT NULL,
  severity varchar(4) NOT NULL,
  started_at timestamptz NOT NULL,
  resolved_at timestamptz,
  reported_by varchar(255),
  incident_commander varchar(200),
  summary text,
  root_cause text,
  affected_customers text,
  postmortem_path varchar(255),
  slack_channel varchar(80),
  created_at timestamptz NOT NULL
);

CREATE TABLE itops.laptops (
  id serial PRIMARY KEY,
  asset_tag varchar(20) NOT NULL,
  serial_number varchar(40) NOT NULL,
  model varchar(100) NOT NULL,
  hostname varchar(63) NOT NULL,
  assigned_to varchar(200),
  assigned_email varchar(255),
  mac_wifi macaddr,
  mac_ethernet macaddr,
  bitlocker_recovery_key varchar(60),
  intune_device_id uuid,
  purchased_on date,
  warranty_until date,
  status varchar(20) NOT NULL,
  last_seen_ip inet,
  notes text
);

CREATE TABLE itops.service_accounts (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  system varchar(100) NOT NULL,
  owner_email varchar(255),
  description text,
  username varchar(100) NOT NULL,
  secret text,
  vault_path varchar(255),
  rotated_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE itops.page_feedback (
  id serial PRIMARY KEY,
  page_path varchar(255) NOT NULL,
  helpful boolean NOT NULL,
  comment text,
  submitted_by varchar(255),
  submitted_at timestamptz NOT NULL,
  client_ip inet,
  user_agent text,
  resolved boolean NOT NULL DEFAULT false
);

CREATE TABLE itops.offboarding (
  id serial PRIMARY KEY,
  employee_number varchar(12) NOT NULL,
  full_name varchar(200) NOT NULL,
  personal_email varchar(255),
  last_day date NOT NULL,
  leaving_reason varchar(100),
  laptop_returned boolean NOT NULL DEFAULT false,
  mailbox_action varchar(50),
  forward_to varchar(255),
  retain_until date,
  hr_notes text,
  closed_by varchar(255),
  closed_at timestamptz
);

CREATE TABLE itops.confluence_import_log (
  id serial PRIMARY KEY,
  space_key varchar(20) NOT NULL,
  confluence_page_id bigint NOT NULL,
  confluence_title varchar(255),
  confluence_author varchar(255),
  wiki_path varchar(255),
  status varchar(20) NOT NULL,
  error text,
  attachments integer NOT NULL DEFAULT 0,
  imported_at timestamptz NOT NULL
);

CREATE TABLE itops.phone_extensions (
  id serial PRIMARY KEY,
  extension varchar(6) NOT NULL,
  did_number varchar(40),
  assigned_to varchar(200),
  location varchar(100),
  device_mac macaddr,
  voicemail_pin varchar(8),
  teams_upn varchar(255)
);

CREATE TABLE itops.change_requests (
  id serial PRIMARY KEY,
  ref varchar(20) NOT NULL,
  title varchar(255) NOT NULL,
  requested_by varchar(255) NOT NULL,
  approver varchar(255),
  planned_start timestamptz,
  planned_end timestamptz,
  risk varchar(10),
  description text,
  rollback_plan text,
  cab_notes text,
  status varchar(20) NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE itops.badges (
  id serial PRIMARY KEY,
  badge_number varchar(20) NOT NULL,
  holder_name varchar(200) NOT NULL,
  holder_company varchar(150),
  site varchar(100),
  access_zones text[],
  photo_url text,
  issued_at date,
  expires_at date,
  lost_reported_at timestamptz,
  host_email varchar(255)
);

CREATE TABLE itops.wiki_backup_runs (
  id serial PRIMARY KEY,
  target varchar(50) NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  status varchar(20) NOT NULL,
  bytes bigint,
  error text,
  triggered_by varchar(100)
);

INSERT INTO itops.staff_directory (employee_number, ad_object_guid, sam_account_name, user_principal_name, given_name, surname, display_name, pronouns, job_title, department, office,
  desk_phone, mobile, manager_upn, hire_date, birthday, employment_type, cost_center, photo_path, wiki_page_path, enabled, synced_at)
SELECT 'KRL' || lpad((10000 + p.i * 3)::text, 6, '0'), fixture_gen.uuid('adguid', p.i)::uuid, substr(wgen.fold(p.first), 1, 1) || wgen.fold(p.last) || CASE WHEN p.i % 9 = 0 THEN (p.i % 7)::text ELSE '' END,
       CASE WHEN p.i > 240 THEN wgen.fold(p.first) || '.' || wgen.fold(p.last) || '.ext@kestrelridge.example' ELSE p.email END,
       p.first, p.last, p.name || CASE WHEN p.i > 240 THEN ' (ext)' ELSE '' END, CASE WHEN p.i % 7 = 0 THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them'], 'prn', p.i) END,
       p.job, p.dept, p.city, CASE WHEN p.i <= 240 THEN '+31 10 799 ' || (4000 + p.i)::text END, p.mobile, (SELECT m.email FROM wgen.p m WHERE m.i = p.manager),
       (p.joined AT TIME ZONE 'UTC')::date, CASE WHEN p.i % 3 <> 1 THEN to_char(p.birth, 'MM-DD') END, CASE WHEN p.i > 240 THEN 'contractor' WHEN p.i % 10 = 4 THEN 'part-time' ELSE 'full-time' END,
       'CC' || (100 + fixture_gen.n('cc', p.i, 40))::text, '\\fs01\photos$\' || substr(wgen.fold(p.first), 1, 1) || wgen.fold(p.last) || '.jpg',
       CASE WHEN p.i BETWEEN 3 AND 240 AND p.i % 3 = 0 THEN 'people/' || p.slug END, p.active, timestamptz '2024-06-28 02:00:00+00' + make_interval(secs => p.i * 2)
FROM wgen.p p ORDER BY p.i;

INSERT INTO itops.oncall_roster (week_start, team, primary_user_id, primary_name, primary_mobile, secondary_name, secondary_mobile, escalation_contact, callouts, allowance_eur, swap_note, created_by, created_at)
SELECT date '2023-07-03' + (w * 7), t, a.i, a.name, a.mobile, b.name, b.mobile, (SELECT name || ' ' || mobile FROM wgen.p WHERE i = 1), fixture_gen.n('oco', w * 3 + tk, 7),
       CASE WHEN t = 'Infrastructure' THEN 350.00 ELSE 275.00 END,
       CASE WHEN (w + tk) % 6 = 0 THEN 'Swapped with ' || b.first || ': ' || fixture_gen.pick(ARRAY['my daughter''s wedding', 'hospital appointment', 'flying to Lagos for a funeral', 'moving house', 'on a course'], 'osw', w) END,
       (SELECT email FROM wgen.p WHERE i = 3), timestamptz '2023-06-20 09:00:00+00' + (w * 7) * interval '1 day'
FROM generate_series(0, 51) w CROSS JOIN (VALUES (1, 'Infrastructure'), (2, 'Applications')) tt(tk, t)
JOIN wgen.it ia ON ia.r = 1 + (w * 2 + tk) % (SELECT count(*) FROM wgen.it) JOIN wgen.p a ON a.i = ia.i
JOIN wgen.it ib ON ib.r = 1 + (w * 2 + tk + 5) % (SELECT count(*) FROM wgen.it) JOIN wgen.p b ON b.i = ib.i;

INSERT INTO itops.access_requests (requested_at, requester_name, requester_email, requester_phone, employee_number, department, manager_email, system, access_level, reason, ticket_ref,
  status, approved_by, approved_at, expires_on, temp_password, client_ip, user_agent, admin_notes)
SELECT t, p.name, p.email, CASE WHEN k % 3 = 0 THEN p.mobile END, 'KRL' || lpad((10000 + p.i * 3)::text, 6, '0'), p.dept, m.email, s, lvl,
       fixture_gen.pick(ARRAY['Covering for ' || fixture_gen.full_name('arc', k) || ' while on maternity leave.', 'Need to fix customs declarations for the Apapa shipments.',
         'New starter, same access as my team.', 'Project Atlas: read access to the people pages to build the org chart.', 'Audit of leavers for Q2, ask ' || m.name || ' on ' || m.mobile || ' if unclear.',
         'Temporary admin for the Wiki.js upgrade.', 'Reviewing incident INC-' || (2000 + k)::text || ' with the vendor.'], 'arr', k),
       'SD-' || (40000 + k * 13)::text, st, CASE WHEN st IN ('approved', 'expired', 'revoked') THEN (SELECT email FROM wgen.p WHERE i = 1 + k % 2 * 2) END,
       CASE WHEN st IN ('approved', 'expired', 'revoked') THEN t + interval '5 hours' END, CASE WHEN lvl LIKE '%admin%' THEN (t + interval '30 days')::date END,
       CASE WHEN s = 'Wiki.js (local account)' AND st = 'approved' THEN 'Krl-' || wgen.rnd('artmp', k, 10) END,
       fixture_gen.ipv4('arip', k)::inet,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'], 'arua', k),
       CASE WHEN k % 5 = 0 THEN fixture_gen.pick(ARRAY['Called ' || p.first || ' to verify, ok.', 'Manager on holiday, approved by deputy.', 'Rejected: use the shared mailbox instead.'], 'arn', k) END
FROM generate_series(1, 140) k
CROSS JOIN LATERAL (SELECT wgen.at('art', k, timestamptz '2023-01-01 00:00:00+00', timestamptz '2024-06-28 12:00:00+00') AS t,
  fixture_gen.pick(ARRAY['Wiki.js editor: /hr', 'Wiki.js editor: /it', 'Wiki.js (local account)', 'GitLab maintainer', 'WMS supervisor', 'Customs DMS', 'VPN', 'Power BI workspace', 'Vaultwarden collection'], 'ars', k) AS s,
  fixture_gen.pick(ARRAY['read', 'write', 'admin', 'temporary admin'], 'arl', k) AS lvl,
  fixture_gen.pick(ARRAY['approved', 'approved', 'approved', 'pending', 'rejected', 'expired', 'revoked'], 'arst', k) AS st) x
CROSS JOIN LATERAL (SELECT * FROM wgen.p WHERE active ORDER BY md5('arp' || k || i) LIMIT 1) p
JOIN wgen.p m ON m.i = coalesce(p.manager, 1);

INSERT INTO itops.vendor_contacts (vendor, customer_number, contact_name, contact_role, email, direct_phone, support_line, portal_url, portal_username, portal_password, contract_end, notes)
SELECT vd, 'C' || fixture_gen.digits('vcn', k, 8), fixture_gen.full_name('vam', k), fixture_gen.pick(ARRAY['Account manager', 'Technical account manager', 'Customer success', 'Renewals'], 'vcr', k),
       wgen.fold(fixture_gen.first_name('vam', k)) || '.' || wgen.fold(fixture_gen.last_name('vam', k)) || '@' || dom, fixture_gen.phone('vph', k), sl, 'https://' || portal,
       'it-vendors@kestrelridge.example', CASE WHEN k % 3 <> 0 THEN wgen.rnd('vcpw', k, 14) || '!' END, date '2024-09-30' + k * 41,
       CASE WHEN k % 2 = 0 THEN 'Ask for ' || fixture_gen.first_name('vam', k) || ' directly; the support line is slow.' END
FROM (VALUES (1, 'Dell Technologies', 'dell.example', '+31 20 674 4500', 'www.dell.com/support'), (2, 'NetSecure BV (Fortinet partner)', 'netsecure.example', '+31 88 100 2000', 'portal.netsecure.example'),
             (3, 'Cloudwise (Microsoft CSP)', 'cloudwise.example', '+31 85 208 1500', 'partner.cloudwise.example'), (4, 'Manhattan Associates', 'manh.example', '+1 877 466 6468', 'customer.manh.com'),
             (5, 'KPN Zakelijk', 'kpn.example', '0800 0403', 'mijn.kpn.com'), (6, 'ScanPoint (Zebra reseller)', 'scanpoint.example', '+44 1628 556 000', 'rma.scanpoint.example'),
             (7, 'BackupWorks (Veeam partner)', 'backupworks.example', '+31 30 760 1200', 'help.backupworks.example'), (8, 'Descartes', 'descartes.example', '+32 3 450 77 00', 'support.descartes.com'),
             (9, 'Sectigo', 'sectigo.example', '+1 888 266 6361', 'secure.sectigo.com'), (10, 'Paxton', 'paxton.example', '+44 1273 811011', 'paxton-access.com/support'),
             (11, 'Airtel Business Nigeria', 'airtel.example', '+234 802 150 0111', 'business.airtel.com.ng'), (12, 'NTT West', 'ntt-west.example', '0120-116-116', 'flets-w.com')) v(k, vd, dom, sl, portal);

INSERT INTO itops.incidents (ref, title, severity, started_at, resolved_at, reported_by, incident_commander, summary, root_cause, affected_customers, postmortem_path, slack_channel, created_at)
SELECT 'INC-' || (2000 + k)::text, fixture_gen.pick(ARRAY['WMS scanners offline at Maasvlakte', 'Customs gateway rejecting H1 declarations', 'VPN certificate expired', 'Email delivery delays to carriers',
         'Wiki.js down after upgrade', 'Elasticsearch cluster red', 'Phishing mail with payroll link', 'Lost laptop reported', 'EDI feed from partner stalled', 'Power cut at Apapa'], 'inct', k),
       fixture_gen.pick(ARRAY['SEV1', 'SEV2', 'SEV2', 'SEV3', 'SEV3', 'SEV3'], 'incs', k), t, t + make_interval(mins => 20 + fixture_gen.n('incr', k, 900)), r.email, c.name,
       fixture_gen.pick(ARRAY['Scanners lost Wi-Fi after the controller upgrade; rolled back.', 'Declarations rejected with code 999; certificate of the AS2 connection renewed.',
         'Laptop left on a train by ' || r.name || ' (' || r.mobile || '); wiped remotely via Intune, BitLocker on.', 'Phishing mail reached 43 mailboxes; two people entered their password and were reset: ' || r.name || ' and ' || c.name || '.',
         'Upgrade of Wiki.js to 2.5.303 broke the LDAP login until the bind password was re-entered.'], 'incsum', k),
       CASE WHEN k % 3 <> 2 THEN fixture_gen.pick(ARRAY['Expired certificate not monitored.', 'Change made outside the CAB window.', 'Vendor firmware bug.', 'Human error.'], 'incrc', k) END,
       CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['Maersk, CMA CGM', 'Acme Retail NL (contact: ' || fixture_gen.full_name('incac', k) || ', ' || fixture_gen.phone('incap', k) || ')', 'none'], 'inca', k) END,
       CASE WHEN k % 2 = 0 THEN 'it/postmortems/inc-' || (2000 + k)::text END, '#inc-' || (2000 + k)::text, t + interval '3 minutes'
FROM generate_series(1, 60) k
CROSS JOIN LATERAL (SELECT wgen.at('inc', k, timestamptz '2022-03-01 00:00:00+00', timestamptz '2024-06-27 00:00:00+00') AS t) x
JOIN wgen.p r ON r.i = 3 + (k * 11) % 230
JOIN wgen.it ci ON ci.r = 1 + k % (SELECT count(*) FROM wgen.it) JOIN wgen.p c ON c.i = ci.i
WHERE r.i <> 2;

INSERT INTO itops.laptops (asset_tag, serial_number, model, hostname, assigned_to, assigned_email, mac_wifi, mac_ethernet, bitlocker_recovery_key, intune_device_id, purchased_on, warranty_until,
  status, last_seen_ip, notes)
SELECT 'KRL-LT-' || lpad((p.i * 7 % 900)::text, 4, '0'), upper(fixture_gen.chars('lsn', p.i, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
       fixture_gen.pick(ARRAY['Dell Latitude 7440', 'Dell Latitude 5540', 'Lenovo ThinkPad T14 Gen 4', 'Apple MacBook Pro 14 M3'], 'lmod', p.i),
       'KRL-' || upper(substr(wgen.fold(p.first), 1, 1) || substr(wgen.fold(p.last), 1, 8)) || '-' || (p.i % 10)::text,
       CASE WHEN p.active THEN p.name END, CASE WHEN p.active THEN p.email END,
       ('a4:' || substr(md5('mw' || p.i), 1, 2) || ':' || substr(md5('mw' || p.i), 3, 2) || ':' || substr(md5('mw' || p.i), 5, 2) || ':' || substr(md5('mw' || p.i), 7, 2) || ':' || substr(md5('mw' || p.i), 9, 2))::macaddr,
       CASE WHEN p.i % 3 = 0 THEN ('8c:' || substr(md5('me' || p.i), 1, 2) || ':' || substr(md5('me' || p.i), 3, 2) || ':' || substr(md5('me' || p.i), 5, 2) || ':' || substr(md5('me' || p.i), 7, 2) || ':' || substr(md5('me' || p.i), 9, 2))::macaddr END,
       CASE WHEN p.i % 4 <> 3 THEN (SELECT string_agg(fixture_gen.digits('blk' || g, p.i, 6), '-' ORDER BY g) FROM generate_series(1, 8) g) END,
       fixture_gen.uuid('intune', p.i)::uuid, (p.joined AT TIME ZONE 'UTC')::date - 10, (p.joined AT TIME ZONE 'UTC')::date + 1085,
       CASE WHEN NOT p.active THEN 'returned' WHEN p.i % 37 = 5 THEN 'lost' ELSE 'in use' END, fixture_gen.ipv4('lip', p.i)::inet,
       CASE WHEN p.i % 37 = 5 THEN 'Reported lost by ' || p.first || ', police ref ' || fixture_gen.digits('lpol', p.i, 10) WHEN p.i % 11 = 2 THEN 'Keyboard replaced under warranty.' END
FROM wgen.p p WHERE p.i <= 240 ORDER BY p.i;

INSERT INTO itops.service_accounts (name, system, owner_email, description, username, secret, vault_path, rotated_at, expires_at, created_at)
SELECT n, s, (SELECT email FROM wgen.p WHERE i = 3 + k % 2), d, u,
       CASE WHEN k % 3 = 0 THEN NULL WHEN k % 3 = 1 THEN wgen.rnd('sapw', k, 20) ELSE 'glpat-' || wgen.rnd('sagl', k, 20) END, 'it-ops/service-accounts/' || u,
       timestamptz '2024-01-15 10:00:00+00' + k * interval '9 days', timestamptz '2025-01-15 10:00:00+00' + k * interval '9 days', timestamptz '2021-03-01 10:00:00+00' + k * interval '31 days'
FROM (VALUES (1, 'Wiki LDAP bind', 'Active Directory', 'Bind account for Wiki.js LDAP login', 'svc-wikijs'), (2, 'Wiki git sync', 'GitLab', 'Pushes wiki pages to it/wiki-content', 'wiki-bot'),
             (3, 'Veeam', 'vSphere', 'Backup proxy account', 'svc-veeam'), (4, 'WMS DB read-only', 'PostgreSQL', 'Reporting queries from Power BI', 'svc_wms_ro'),
             (5, 'ADP export', 'SFTP', 'Payroll export to ADP', 'krl_adp_sftp'), (6, 'Scanner MDM', 'SOTI MobiControl', 'Handheld enrolment', 'svc-soti'),
             (7, 'SMTP relay', 'Exchange Online', 'Application mail relay', 'svc-smtprelay'), (8, 'Grafana alerts', 'Grafana', 'Alert notifications', 'svc-grafana'),
             (9, 'Elastic writer', 'Elasticsearch', 'Wiki.js search index', 'wikijs_writer'), (10, 'Backup offsite', 'Backblaze B2', 'Offsite copies', 'krl-wiki-offsite'),
             (11, 'CI runner', 'GitLab', 'Runner registration', 'gitlab-runner'), (12, 'Badge sync', 'Paxton Net2', 'Badge holders from HR', 'svc-net2')) v(k, n, s, d, u);

INSERT INTO itops.page_feedback (page_path, helpful, comment, submitted_by, submitted_at, client_ip, user_agent, resolved)
SELECT g.path, k % 3 <> 0,
       CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Outdated, the vendor number changed.', 'Very clear, thanks!', 'The phone number for ' || fixture_gen.full_name('pfn', k) || ' is wrong, it is ' || fixture_gen.phone('pfp', k) || '.',
         'Missing the steps for Mac users.', 'Please add who to call at night.', 'Link to the form is broken.'], 'pfc', k) END,
       CASE WHEN k % 4 <> 1 THEN (SELECT email FROM wgen.p WHERE i = 3 + (k * 17) % 230 AND i <> 2) END, wgen.at('pft', k, timestamptz '2023-03-01 00:00:00+00', timestamptz '2024-06-28 16:00:00+00'),
       fixture_gen.ipv4('pfip', k)::inet,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
         'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0', 'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36'], 'pfua', k),
       k % 5 = 0
FROM generate_series(1, 120) k JOIN wgen.pg g ON g.pid = 1 + (k * 7) % (SELECT count(*) FROM wgen.pg);

INSERT INTO itops.offboarding (employee_number, full_name, personal_email, last_day, leaving_reason, laptop_returned, mailbox_action, forward_to, retain_until, hr_notes, closed_by, closed_at)
SELECT 'KRL' || lpad((10000 + p.i * 3)::text, 6, '0'), p.name,
       wgen.fold(p.first) || '.' || wgen.fold(p.last) || (p.i % 89)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk'], 'lvm', p.i),
       (p.joined + interval '700 days')::date, fixture_gen.pick(ARRAY['relocating with partner', 'burn-out, signed off by GP', 'dismissed after disciplinary', 'took a role at a competitor', 'end of fixed-term contract'], 'lvr', p.i),
       p.i % 5 <> 0, fixture_gen.pick(ARRAY['convert to shared', 'forward 90 days', 'delete after 30 days'], 'lvma', p.i), (SELECT m.email FROM wgen.p m WHERE m.i = p.manager),
       (p.joined + interval '700 days' + interval '7 years')::date,
       CASE WHEN p.i % 2 = 0 THEN 'Settlement agreement signed; do not give a reference without HR.' ELSE 'Exit interview done by ' || (SELECT name FROM wgen.p WHERE i = 5) || '.' END,
       (SELECT email FROM wgen.p WHERE i = 5), p.joined + interval '730 days'
FROM wgen.p p WHERE NOT p.active ORDER BY p.i;

INSERT INTO itops.confluence_import_log (space_key, confluence_page_id, confluence_title, confluence_author, wiki_path, status, error, attachments, imported_at)
SELECT sp, 1048576 + k * 37, CASE WHEN g.pid IS NOT NULL THEN g.title ELSE 'Meeting notes ' || to_char(date '2019-01-07' + k * 7, 'YYYY-MM-DD') END,
       (SELECT email FROM wgen.p WHERE i = 3 + (k * 13) % 200 AND i <> 2), g.path, CASE WHEN g.pid IS NULL THEN CASE WHEN k % 2 = 0 THEN 'skipped' ELSE 'failed' END ELSE 'imported' END,
       CASE WHEN g.pid IS NULL AND k % 2 = 1 THEN 'Macro "jira-issues" not supported' END, fixture_gen.n('cia', k, 6),
       timestamptz '2023-04-03 08:00:00+00' + k * interval '41 seconds'
FROM generate_series(1, 150) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['IT', 'HR', 'ENG', 'CUS', 'WH'], 'cisp', k) AS sp) s
LEFT JOIN wgen.pg g ON g.pid = k AND k % 5 <> 0 AND g.kind NOT IN ('onboard');

INSERT INTO itops.phone_extensions (extension, did_number, assigned_to, location, device_mac, voicemail_pin, teams_upn)
SELECT (4000 + p.i)::text, '+31 10 799 ' || (4000 + p.i)::text, p.name, p.city,
       CASE WHEN p.i % 4 = 1 THEN ('80:5e:' || substr(md5('ph' || p.i), 1, 2) || ':' || substr(md5('ph' || p.i), 3, 2) || ':' || substr(md5('ph' || p.i), 5, 2) || ':' || substr(md5('ph' || p.i), 7, 2))::macaddr END,
       CASE WHEN p.i % 3 = 0 THEN fixture_gen.digits('vmp', p.i, 4) END, p.email
FROM wgen.p p WHERE p.i <= 240 AND p.active AND p.i % 2 = 1
UNION ALL
SELECT e, did, label, 'Rotterdam', NULL, NULL, upn FROM (VALUES ('4400', '+31 10 799 4400', 'Service desk hunt group', 'servicedesk@kestrelridge.example'), ('4000', '+31 10 799 4000', 'Reception Rotterdam', 'reception@kestrelridge.example'),
  ('4500', '+31 10 799 4500', 'Customs desk', 'customs@kestrelridge.example')) v(e, did, label, upn);

INSERT INTO itops.change_requests (ref, title, requested_by, approver, planned_start, planned_end, risk, description, rollback_plan, cab_notes, status, created_at)
SELECT 'CHG-' || (5000 + k)::text, fixture_gen.pick(ARRAY['Upgrade Wiki.js to 2.5.303', 'Rotate LDAP bind password', 'Replace core switch in Rotterdam', 'Renew wildcard certificate', 'Patch vSphere hosts',
         'Move Elasticsearch to new nodes', 'Enable MFA for contractors', 'Decommission old print server'], 'crt', k),
       r.email, (SELECT email FROM wgen.p WHERE i = 1), t, t + interval '2 hours', fixture_gen.pick(ARRAY['low', 'medium', 'high'], 'crr', k),
       fixture_gen.pick(ARRAY['Standard change, vendor procedure attached.', 'Requires downtime of the wiki for 30 minutes; announced in #general.', 'Coordinate with ' || fixture_gen.full_name('crv', k) || ' from the vendor, mobile ' || fixture_gen.phone('crvp', k) || '.'], 'crd', k),
       'Restore the VM snapshot taken before the change.',
       CASE WHEN k % 3 = 0 THEN 'Approved. ' || r.first || ' to confirm the window with the Osaka team.' END,
       fixture_gen.pick(ARRAY['completed', 'completed', 'approved', 'rejected', 'rolled back'], 'crs', k), t - interval '6 days'
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT wgen.at('crt', k, timestamptz '2022-06-01 00:00:00+00', timestamptz '2024-07-15 00:00:00+00') AS t) x
JOIN wgen.it ri ON ri.r = 1 + (k * 3) % (SELECT count(*) FROM wgen.it) JOIN wgen.p r ON r.i = ri.i;

INSERT INTO itops.badges (badge_number, holder_name, holder_company, site, access_zones, photo_url, issued_at, expires_at, lost_reported_at, host_email)
SELECT 'B' || fixture_gen.digits('bdn', k, 7), CASE WHEN k <= 150 THEN p.name ELSE fixture_gen.full_name('bdv', k) END,
       CASE WHEN k <= 150 THEN CASE WHEN p.i > 240 THEN split_part(split_part(p.email, '@', 2), '.', 1) ELSE 'Kestrel Ridge Logistics' END
            ELSE fixture_gen.pick(ARRAY['Dell Technologies', 'NetSecure BV', 'G4S', 'Schoonmaakbedrijf Hollander', 'Maersk', 'Self-employed electrician'], 'bdc', k) END,
       fixture_gen.pick(ARRAY['Rotterdam HQ', 'Maasvlakte DC', 'Waalhaven', 'Leeds'], 'bds', k),
       CASE WHEN k % 5 = 0 THEN ARRAY['main', 'server-room'] WHEN k > 150 THEN ARRAY['main'] ELSE ARRAY['main', 'warehouse'] END,
       CASE WHEN k <= 150 THEN 'https://wiki.kestrelridge.example/headshots/' || p.slug || '.jpg' END,
       date '2021-01-04' + k * 4, date '2021-01-04' + k * 4 + CASE WHEN k > 150 THEN 1 ELSE 1095 END,
       CASE WHEN k % 23 = 7 THEN timestamptz '2023-02-01 08:00:00+00' + k * interval '3 days' END,
       CASE WHEN k > 150 THEN (SELECT email FROM wgen.p WHERE i = 3 + (k * 5) % 200 AND i <> 2) END
FROM generate_series(1, 190) k LEFT JOIN wgen.p p ON p.i = 2 + k;

INSERT INTO itops.wiki_backup_runs (target, started_at, finished_at, status, bytes, error, triggered_by)
SELECT t, s, s + make_interval(secs => 30 + fixture_gen.n('wbd', k, 600)), CASE WHEN t = 's3generic' AND k % 10 = 3 THEN 'failed' ELSE 'ok' END, 400000000 + fixture_gen.n('wbb', k, 90000000)::bigint,
       CASE WHEN t = 's3generic' AND k % 10 = 3 THEN 'InvalidAccessKeyId: Malformed Access Key Id' END, CASE WHEN k % 17 = 0 THEN (SELECT email FROM wgen.p WHERE i = 4) ELSE 'cron' END
FROM generate_series(1, 60) k CROSS JOIN unnest(ARRAY['disk', 's3', 's3generic', 'sftp']) t
CROSS JOIN LATERAL (SELECT timestamptz '2024-04-30 00:00:00+00' + k * interval '1 day' AS s) x;

CREATE TABLE itops.shared_mailboxes (
  id serial PRIMARY KEY,
  address varchar(255) NOT NULL,
  display_name varchar(200) NOT NULL,
  owners text,
  members integer NOT NULL DEFAULT 0,
  purpose text,
  created_at timestamptz NOT NULL
);

CREATE TABLE itops.guest_wifi_vouchers (
  id serial PRIMARY KEY,
  voucher_code varchar(12) NOT NULL,
  guest_name varchar(200),
  guest_company varchar(150),
  guest_phone varchar(40),
  host_email varchar(255),
  site varchar(100),
  device_mac macaddr,
  valid_from timestamptz NOT NULL,
  valid_to timestamptz NOT NULL
);

-- Changes to the people pages asked through the Power Automate form.
CREATE TABLE itops.people_page_changes (
  id serial PRIMARY KEY,
  page_path varchar(255) NOT NULL,
  requested_by varchar(255) NOT NULL,
  field varchar(50) NOT NULL,
  old_value text,
  new_value text,
  status varchar(20) NOT NULL,
  created_at timestamptz NOT NULL
);

INSERT INTO itops.shared_mailboxes (address, display_name, owners, members, purpose, created_at) VALUES
  ('servicedesk@kestrelridge.example', 'IT Service Desk', (SELECT string_agg(email, '; ' ORDER BY i) FROM wgen.p WHERE i IN (1, 3, 4)), 14, 'Tickets from staff, auto-forwarded to Freshservice.', '2020-09-01 08:00:00+00'),
  ('people@kestrelridge.example', 'People & Culture', (SELECT email FROM wgen.p WHERE i = 5), 9, 'HR questions, sick notes and payslip queries.', '2020-09-01 08:00:00+00'),
  ('customs@kestrelridge.example', 'Customs desk', (SELECT string_agg(email, '; ') FROM (SELECT email FROM wgen.p WHERE dept = 'Customs & Compliance' ORDER BY i LIMIT 2) x), 22, 'Declarations and broker correspondence.', '2020-10-12 08:00:00+00'),
  ('wiki-noreply@kestrelridge.example', 'Kestrel Ridge Wiki', (SELECT email FROM wgen.p WHERE i = 3), 0, 'Sender of the wiki''s mails.', '2020-09-14 08:00:00+00'),
  ('payroll@kestrelridge.example', 'Payroll', (SELECT string_agg(email, '; ') FROM (SELECT email FROM wgen.p WHERE dept = 'Finance' ORDER BY i LIMIT 2) x), 4, 'Payroll questions, bank detail changes (verify by phone!).', '2021-01-04 08:00:00+00'),
  ('security@kestrelridge.example', 'Security reports', (SELECT email FROM wgen.p WHERE i = 1), 5, 'Phishing reports and vulnerability disclosures.', '2021-05-20 08:00:00+00'),
  ('reception@kestrelridge.example', 'Reception Rotterdam', (SELECT email FROM wgen.p WHERE i = 7), 3, 'Visitors, deliveries, guest Wi-Fi vouchers.', '2020-09-01 08:00:00+00'),
  ('it-vendors@kestrelridge.example', 'IT vendor portals', (SELECT email FROM wgen.p WHERE i = 4), 6, 'Login for vendor portals and renewals.', '2022-02-14 08:00:00+00');

INSERT INTO itops.guest_wifi_vouchers (voucher_code, guest_name, guest_company, guest_phone, host_email, site, device_mac, valid_from, valid_to)
SELECT upper(fixture_gen.chars('gwv', k, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) || '-' || upper(fixture_gen.chars('gwv2', k, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
       CASE WHEN k % 6 <> 0 THEN fixture_gen.full_name('gwn', k) END,
       fixture_gen.pick(ARRAY['Maersk', 'Dell Technologies', 'Deloitte', 'Self-employed', 'Port of Rotterdam', 'Hollander Schoonmaak', 'Candidate (interview)'], 'gwc', k),
       CASE WHEN k % 3 = 0 THEN fixture_gen.phone('gwp', k) END, (SELECT email FROM wgen.p WHERE i = 3 + (k * 19) % 230 AND i <> 2),
       fixture_gen.pick(ARRAY['Rotterdam HQ', 'Maasvlakte DC', 'Leeds'], 'gws', k),
       CASE WHEN k % 2 = 0 THEN ('f2:' || substr(md5('gm' || k), 1, 2) || ':' || substr(md5('gm' || k), 3, 2) || ':' || substr(md5('gm' || k), 5, 2) || ':' || substr(md5('gm' || k), 7, 2) || ':' || substr(md5('gm' || k), 9, 2))::macaddr END,
       t, t + interval '1 day'
FROM generate_series(1, 110) k CROSS JOIN LATERAL (SELECT wgen.at('gwt', k, timestamptz '2023-09-01 07:00:00+00', timestamptz '2024-06-28 10:00:00+00') AS t) x;

INSERT INTO itops.people_page_changes (page_path, requested_by, field, old_value, new_value, status, created_at)
SELECT g.path, p.email, f,
       CASE f WHEN 'mobile' THEN wgen.mobile(p.c, 'oldmob1', p.i) WHEN 'job title' THEN 'Junior ' || p.job WHEN 'photo' THEN '/headshots/' || p.slug || '-old.jpg' ELSE NULL END,
       CASE f WHEN 'mobile' THEN p.mobile WHEN 'job title' THEN p.job WHEN 'photo' THEN '/headshots/' || p.slug || '.jpg' ELSE 'Please add: ' || wgen.bio(p.i + k) END,
       fixture_gen.pick(ARRAY['done', 'done', 'pending', 'rejected'], 'ppcs', k), wgen.at('ppct', k, timestamptz '2024-03-11 16:00:00+00', timestamptz '2024-06-28 16:00:00+00')
FROM generate_series(1, 90) k
JOIN wgen.pg g ON g.kind = 'person' AND g.ref = 3 * (1 + (k * 7) % 80)
JOIN wgen.p p ON p.i = g.ref
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['mobile', 'mobile', 'job title', 'photo', 'about me'], 'ppcf', k) AS f) y;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('itops');

SET client_min_messages = warning;
DROP SCHEMA wgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
