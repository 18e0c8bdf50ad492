-- classify-eval fixture (HOLDOUT 17: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of a self-hosted Grafana 11 at Kestrel Freight, a
-- Hamburg road-freight and parcel company that monitors its shipment-tracking
-- API, route planner, driver app backend, warehouse scanners, billing and
-- their PostgreSQL, Kafka and Kubernetes clusters. Tables and columns as
-- Grafana's xorm migrations create them (a subset: about sixty tables),
-- lower-case names, "user" quoted, timestamps without time zone beside epoch
-- seconds and milliseconds in integers, JSON kept as text.
-- Five orgs: the company, its data platform, a partner carrier, a one-person
-- consultancy (its address is the consultant's home office) and a sandbox.
-- Users: the built-in admin, staff signing in through Okta (login = email),
-- LDAP (sAMAccountName logins), a few local accounts with Grafana's PBKDF2
-- hashes, salts and rands, outside consultants through GitHub, and service
-- accounts (sa-<name>); their OAuth tokens in user_auth, encrypted with the
-- instance key the way Grafana envelopes them; hashed session tokens with the
-- client IP and user agent; legacy sessions; anonymous devices; invitations
-- with their codes; login attempts with the usernames typed (emails, typos).
-- Data sources whose URLs sometimes carry credentials, whose user and
-- basic-auth user are service logins and two engineers' own, whose
-- json_data holds plain settings and whose secure_json_data holds encrypted
-- passwords and tokens; the secrets and data_keys tables; legacy
-- notification channels whose settings hold Slack webhook URLs, PagerDuty
-- keys and on-call emails; the unified alerting configuration, its history,
-- rules whose annotations name owners and phones, rule versions, instances
-- and the external Alertmanagers' URLs; dashboards (JSON models without
-- personal data) and their versions with typed commit messages; library
-- panels, one a text panel of escalation contacts; old unencrypted
-- snapshots with a table of customers' failed logins; public dashboards and
-- their access tokens; annotations typed by people and deploy annotations
-- tagged with the CI user; query history whose queries filter on customers'
-- emails, phones and drivers' names; short URLs of Explore links with the
-- same; the key/value store with Alertmanager silences (created by, comment);
-- the remote cache with render keys; plugin settings; SSO settings with the
-- OAuth client secret; the JWT signing key; RBAC roles, permissions and seed
-- assignments, locks and the migration log that hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;

-- rnd: random-looking alphanumerics; low: lower-case alphanumerics (short uids).
CREATE FUNCTION xgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION xgen.low(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag || 'a', i, 1, 'abcdefghijklmnopqrstuvwxyz') || fixture_gen.chars(tag, i, len - 1, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- bytes: pseudo-random bytes (len <= 256).
CREATE FUNCTION xgen.bytes(tag text, i bigint, len int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || '+' || i, 'UTF8'))
      || sha512(convert_to(tag || '-' || i, 'UTF8')) || sha512(convert_to(tag || '*' || i, 'UTF8')), 1, len)
$$;

-- enc: a value as Grafana's envelope encryption stores it, base64 of
-- '#<data key id>#' and the salted AES-CFB ciphertext.
CREATE FUNCTION xgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(convert_to('#' || CASE WHEN i % 3 = 0 THEN 'dEt1Rk9xUkE' ELSE 'TmJ4V2lYcXc' END || '#', 'UTF8') || xgen.bytes(tag, i, len), 'base64'), E'\n', '')
$$;

-- encb: the same ciphertext as bytes (secure_json_data values are base64 of it).
CREATE FUNCTION xgen.encb(tag text, i bigint, len int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT convert_to('#' || CASE WHEN i % 3 = 0 THEN 'dEt1Rk9xUkE' ELSE 'TmJ4V2lYcXc' END || '#', 'UTF8') || xgen.bytes(tag, i, len)
$$;

-- pbkdf2: Grafana's util.EncodePassword, 50 bytes of PBKDF2-SHA256 in hex.
CREATE FUNCTION xgen.pbkdf2(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, 100) $$;

-- gob: a legacy session as the old session store kept it (gob-encoded map
-- of uid, login and the OAuth state).
CREATE FUNCTION xgen.gob(uid int, login text, state text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT decode('0eff81040102ff820001100110000027ff820003', 'hex') || convert_to('string', 'UTF8') || decode('0c0500', 'hex') || convert_to('uid', 'UTF8')
      || decode('05', 'hex') || convert_to('int64', 'UTF8') || decode('040300fe', 'hex') || int4send(uid) || decode('06', 'hex') || convert_to('string', 'UTF8') || decode('0c0700', 'hex')
      || convert_to('login', 'UTF8') || decode('06', 'hex') || convert_to('string', 'UTF8') || decode('0c', 'hex') || set_byte(decode('00', 'hex'), 0, length(convert_to(login, 'UTF8')))
      || convert_to(login, 'UTF8') || decode('06', 'hex') || convert_to('string', 'UTF8') || decode('0c0d00', 'hex') || convert_to('oauth_state', 'UTF8') || decode('06', 'hex')
      || convert_to('string', 'UTF8') || decode('0c2b', 'hex') || convert_to(state, 'UTF8')
$$;

-- pmail: a private address built from a person's name.
CREATE FUNCTION xgen.pmail(first text, last text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 3) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 90 + 10)::text
      ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END || '@'
      || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'icloud.com', 'gmx.net', 'yahoo.com', 'inbox.lv'], tag || 'd', i)
$$;

-- at: a time between two timestamps; ep: as epoch seconds; ms: milliseconds.
CREATE FUNCTION xgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

CREATE FUNCTION xgen.ep(t timestamp) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM t)::bigint $$;

-- People: 1 the built-in admin; 2-150 staff through Okta (login = email);
-- 151-180 staff through LDAP; 181-190 local accounts; 191-205 consultants
-- and the partner carrier's staff (GitHub or local); 206-230 service accounts.
CREATE TABLE xgen.p (i int PRIMARY KEY, kind text, first text, last text, full_name text, login text, email text, auth text,
  org int, joined timestamp, phone text, title text);
INSERT INTO xgen.p (i, kind, first, last, auth, org, joined, phone, title)
SELECT i,
       CASE WHEN i <= 190 THEN 'staff' ELSE 'ext' END,
       fixture_gen.first_name('pf', i), fixture_gen.last_name('pl', i),
       CASE WHEN i <= 150 THEN 'oauth_okta' WHEN i <= 180 THEN 'ldap' WHEN i <= 190 THEN 'local' WHEN i % 3 = 0 THEN 'local' ELSE 'oauth_github' END,
       CASE WHEN i <= 190 THEN CASE WHEN i % 7 = 0 THEN 2 ELSE 1 END WHEN i <= 199 THEN 3 WHEN i <= 201 THEN 4 ELSE 1 END,
       timestamp '2019-04-08 09:00:00' + (i - 2) * interval '7 days' + make_interval(secs => fixture_gen.n('pj', i, 30000)),
       fixture_gen.phone('pph', i),
       fixture_gen.pick(ARRAY['Site Reliability Engineer', 'Backend Engineer', 'Platform Engineer', 'Data Engineer', 'Engineering Manager', 'Support Engineer',
         'Database Administrator', 'Network Engineer', 'Dispatcher Team Lead', 'Product Analyst', 'Security Engineer', 'Warehouse IT Technician'], 'pt', i)
FROM generate_series(2, 205) i;
UPDATE xgen.p SET full_name = first || ' ' || last;
UPDATE xgen.p SET email = CASE WHEN kind = 'staff' THEN CASE WHEN i % 6 = 0 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) END || '@kestrel-freight.example'
    WHEN org = 3 THEN substr(fixture_gen.ascii(first), 1, 1) || '.' || fixture_gen.ascii(last) || '@balticcargolink.example'
    ELSE xgen.pmail(first, last, 'pe', i) END;
UPDATE xgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM xgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE xgen.p SET login = CASE auth WHEN 'oauth_okta' THEN email
    WHEN 'ldap' THEN CASE WHEN i % 2 = 0 THEN fixture_gen.ascii(last) || '.' || substr(fixture_gen.ascii(first), 1, 1) ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END
    WHEN 'local' THEN CASE WHEN i % 2 = 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) ELSE email END
    ELSE fixture_gen.ascii(first) || '-' || substr(fixture_gen.ascii(last), 1, 4) || CASE WHEN i % 4 = 0 THEN (80 + i % 19)::text ELSE '' END END;
UPDATE xgen.p p SET login = p.login || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) AS rn FROM xgen.p) d WHERE d.i = p.i AND d.rn > 1 AND p.auth <> 'oauth_okta';
UPDATE xgen.p SET first = 'Ingrid', last = 'Lindqvist', full_name = 'Ingrid Lindqvist', email = 'ingrid.lindqvist@proton.me', login = 'ingrid-lindqvist' WHERE i = 200;
INSERT INTO xgen.p (i, kind, first, last, full_name, login, email, auth, org, joined) VALUES (1, 'admin', NULL, NULL, '', 'admin', 'admin@localhost', 'local', 1, '2019-04-01 08:12:31');
INSERT INTO xgen.p (i, kind, full_name, login, email, auth, org, joined)
SELECT 205 + k, 'sa', n, 'sa-' || n, 'sa-' || n, 'sa', o, timestamp '2022-02-01 10:00:00' + k * interval '23 days'
FROM (VALUES (1, 'terraform', 1), (2, 'ci-deploy-annotations', 1), (3, 'grafana-agent-k8s', 1), (4, 'oncall-sync', 1), (5, 'backup-exporter', 1), (6, 'status-page', 1),
  (7, 'incident-bot', 1), (8, 'renovate', 1), (9, 'dbt-metrics', 2), (10, 'airflow', 2), (11, 'image-renderer-test', 1), (12, 'slo-generator', 1), (13, 'k6-cloud', 1),
  (14, 'sla-report', 1), (15, 'baltic-readonly', 3), (16, 'kiosk-warehouse-1', 1), (17, 'kiosk-warehouse-2', 1), (18, 'kiosk-dispatch', 1), (19, 'argo-rollouts', 1),
  (20, 'alert-exporter', 1), (21, 'terraform-dataplatform', 2), (22, 'synthetic-monitoring', 1), (23, 'jira-sync', 1), (24, 'sandbox-playground', 5), (25, 'pagerduty-bridge', 1)) v(k, n, o);

-- Customers and drivers who appear in queries, logs and snapshots (not Grafana users).
CREATE TABLE xgen.c (i int PRIMARY KEY, name text, email text, phone text, tracking text, city text);
INSERT INTO xgen.c SELECT i, fixture_gen.first_name('cnf', i) || ' ' || fixture_gen.last_name('cnl', i), xgen.pmail(fixture_gen.first_name('cnf', i), fixture_gen.last_name('cnl', i), 'ce', i), fixture_gen.phone('cp', i),
  'KF' || fixture_gen.digits('ctr', i, 10) || 'DE', fixture_gen.city('cc', i)
FROM generate_series(1, 400) i;

-- ---------------------------------------------------------------------------
-- Migration log.

CREATE TABLE migration_log (
    id serial PRIMARY KEY, migration_id varchar(255) NOT NULL, sql text NOT NULL, success boolean NOT NULL, error text NOT NULL, "timestamp" timestamp NOT NULL
);
INSERT INTO migration_log (migration_id, sql, success, error, "timestamp")
SELECT m, s, true, '', timestamp '2019-04-01 08:12:20' + k * interval '11 milliseconds' + CASE WHEN k > 60 THEN interval '1500 days' ELSE interval '0' END
FROM (VALUES
  (1, 'create migration_log table', 'CREATE TABLE IF NOT EXISTS "migration_log" ("id" SERIAL PRIMARY KEY NOT NULL, "migration_id" VARCHAR(255) NOT NULL, "sql" TEXT NOT NULL, "success" BOOL NOT NULL, "error" TEXT NOT NULL, "timestamp" TIMESTAMP NOT NULL);'),
  (2, 'create user table', 'CREATE TABLE IF NOT EXISTS "user" ("id" SERIAL PRIMARY KEY NOT NULL, "version" INTEGER NOT NULL, "login" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NULL, "password" VARCHAR(255) NULL, "salt" VARCHAR(50) NULL, "rands" VARCHAR(50) NULL, "company" VARCHAR(255) NULL, "account_id" BIGINT NOT NULL, "is_admin" BOOL NOT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (3, 'add unique index user.login', 'CREATE UNIQUE INDEX "UQE_user_login" ON "user" ("login");'),
  (4, 'add unique index user.email', 'CREATE UNIQUE INDEX "UQE_user_email" ON "user" ("email");'),
  (5, 'drop index UQE_user_login - v1', 'DROP INDEX "UQE_user_login" CASCADE'),
  (6, 'drop index UQE_user_email - v1', 'DROP INDEX "UQE_user_email" CASCADE'),
  (7, 'Rename table user to user_v1 - v1', 'ALTER TABLE "user" RENAME TO "user_v1"'),
  (8, 'create user table v2', 'CREATE TABLE IF NOT EXISTS "user" ("id" SERIAL PRIMARY KEY NOT NULL, "version" INTEGER NOT NULL, "login" VARCHAR(190) NOT NULL, "email" VARCHAR(190) NOT NULL, "name" VARCHAR(255) NULL, "password" VARCHAR(255) NULL, "salt" VARCHAR(50) NULL, "rands" VARCHAR(50) NULL, "company" VARCHAR(255) NULL, "org_id" BIGINT NOT NULL, "is_admin" BOOL NOT NULL, "email_verified" BOOL NULL, "theme" VARCHAR(255) NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (9, 'copy data_source v1 to v2', 'INSERT INTO "user" ("id", "version", "login", "email", "company", "password", "name", "salt", "rands", "is_admin", "org_id", "created", "updated") SELECT "id", "version", "login", "email", "company", "password", "name", "salt", "rands", "is_admin", "account_id", "created", "updated" FROM "user_v1"'),
  (10, 'Drop old table user_v1', 'DROP TABLE IF EXISTS "user_v1"'),
  (11, 'Add column help_flags1 to user table', 'alter table "user" ADD COLUMN "help_flags1" BIGINT NOT NULL DEFAULT 0 '),
  (12, 'Add last_seen_at column to user', 'alter table "user" ADD COLUMN "last_seen_at" TIMESTAMP NULL '),
  (13, 'Add is_disabled column to user', 'alter table "user" ADD COLUMN "is_disabled" BOOL NOT NULL DEFAULT FALSE '),
  (14, 'Add is_service_account column to user', 'alter table "user" ADD COLUMN "is_service_account" BOOL NOT NULL DEFAULT FALSE '),
  (15, 'Add uid column to user', 'alter table "user" ADD COLUMN "uid" VARCHAR(40) NULL '),
  (16, 'Update uid column values for users', 'code migration'),
  (17, 'create temp user table v1-7', 'CREATE TABLE IF NOT EXISTS "temp_user" ("id" SERIAL PRIMARY KEY NOT NULL, "org_id" BIGINT NOT NULL, "version" INTEGER NOT NULL, "email" VARCHAR(190) NOT NULL, "name" VARCHAR(255) NULL, "role" VARCHAR(20) NULL, "code" VARCHAR(190) NOT NULL, "status" VARCHAR(20) NOT NULL, "invited_by_user_id" BIGINT NULL, "email_sent" BOOL NOT NULL, "email_sent_on" TIMESTAMP NULL, "remote_addr" VARCHAR(255) NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (18, 'create star table', 'CREATE TABLE IF NOT EXISTS "star" ("id" SERIAL PRIMARY KEY NOT NULL, "user_id" BIGINT NOT NULL, "dashboard_id" BIGINT NOT NULL);'),
  (19, 'create org table v1', 'CREATE TABLE IF NOT EXISTS "org" ("id" SERIAL PRIMARY KEY NOT NULL, "version" INTEGER NOT NULL, "name" VARCHAR(190) NOT NULL, "address1" VARCHAR(255) NULL, "address2" VARCHAR(255) NULL, "city" VARCHAR(255) NULL, "state" VARCHAR(255) NULL, "zip_code" VARCHAR(50) NULL, "country" VARCHAR(255) NULL, "billing_email" VARCHAR(255) NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (20, 'create dashboard table', 'CREATE TABLE IF NOT EXISTS "dashboard" ("id" SERIAL PRIMARY KEY NOT NULL, "version" INTEGER NOT NULL, "slug" VARCHAR(190) NOT NULL, "title" VARCHAR(255) NOT NULL, "data" TEXT NOT NULL, "account_id" BIGINT NOT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (21, 'create data_source table', 'CREATE TABLE IF NOT EXISTS "data_source" ("id" SERIAL PRIMARY KEY NOT NULL, "account_id" BIGINT NOT NULL, "version" INTEGER NOT NULL, "type" VARCHAR(255) NOT NULL, "name" VARCHAR(190) NOT NULL, "access" VARCHAR(255) NOT NULL, "url" VARCHAR(255) NOT NULL, "password" VARCHAR(255) NULL, "user" VARCHAR(255) NULL, "database" VARCHAR(255) NULL, "basic_auth" BOOL NOT NULL, "basic_auth_user" VARCHAR(255) NULL, "basic_auth_password" VARCHAR(255) NULL, "is_default" BOOL NOT NULL, "json_data" TEXT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (22, 'Add secure json data column', 'alter table "data_source" ADD COLUMN "secure_json_data" TEXT NULL '),
  (23, 'create api_key table', 'CREATE TABLE IF NOT EXISTS "api_key" ("id" SERIAL PRIMARY KEY NOT NULL, "account_id" BIGINT NOT NULL, "name" VARCHAR(190) NOT NULL, "key" VARCHAR(64) NOT NULL, "role" VARCHAR(255) NOT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (24, 'create session table', 'CREATE TABLE IF NOT EXISTS "session" ("key" CHAR(16) PRIMARY KEY NOT NULL, "data" BYTEA NOT NULL, "expiry" INTEGER NOT NULL);'),
  (25, 'create user auth table', 'CREATE TABLE IF NOT EXISTS "user_auth" ("id" SERIAL PRIMARY KEY NOT NULL, "user_id" BIGINT NOT NULL, "auth_module" VARCHAR(190) NOT NULL, "auth_id" VARCHAR(100) NOT NULL, "created" TIMESTAMP NOT NULL);'),
  (26, 'Add OAuth access token to user_auth', 'alter table "user_auth" ADD COLUMN "o_auth_access_token" TEXT NULL '),
  (27, 'Add OAuth refresh token to user_auth', 'alter table "user_auth" ADD COLUMN "o_auth_refresh_token" TEXT NULL '),
  (28, 'Add OAuth token type to user_auth', 'alter table "user_auth" ADD COLUMN "o_auth_token_type" TEXT NULL '),
  (29, 'Add OAuth expiry to user_auth', 'alter table "user_auth" ADD COLUMN "o_auth_expiry" TIMESTAMP NULL '),
  (30, 'Add OAuth ID token to user_auth', 'alter table "user_auth" ADD COLUMN "o_auth_id_token" TEXT NULL '),
  (31, 'create user auth token table', 'CREATE TABLE IF NOT EXISTS "user_auth_token" ("id" SERIAL PRIMARY KEY NOT NULL, "user_id" BIGINT NOT NULL, "auth_token" VARCHAR(100) NOT NULL, "prev_auth_token" VARCHAR(100) NOT NULL, "user_agent" VARCHAR(255) NOT NULL, "client_ip" VARCHAR(255) NOT NULL, "auth_token_seen" BOOL NOT NULL, "seen_at" INTEGER NULL, "rotated_at" INTEGER NOT NULL, "created_at" INTEGER NOT NULL, "updated_at" INTEGER NOT NULL);'),
  (32, 'add unique index user_auth_token.auth_token', 'CREATE UNIQUE INDEX "UQE_user_auth_token_auth_token" ON "user_auth_token" ("auth_token");'),
  (33, 'create login attempt table', 'CREATE TABLE IF NOT EXISTS "login_attempt" ("id" SERIAL PRIMARY KEY NOT NULL, "username" VARCHAR(190) NOT NULL, "ip_address" VARCHAR(30) NOT NULL, "created" INTEGER NOT NULL DEFAULT 0);'),
  (34, 'create kv_store table v1', 'CREATE TABLE IF NOT EXISTS "kv_store" ("id" SERIAL PRIMARY KEY NOT NULL, "org_id" BIGINT NOT NULL, "namespace" VARCHAR(190) NOT NULL, "key" VARCHAR(190) NOT NULL, "value" TEXT NOT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (35, 'create secrets table', 'CREATE TABLE IF NOT EXISTS "secrets" ("id" SERIAL PRIMARY KEY NOT NULL, "org_id" BIGINT NOT NULL, "namespace" VARCHAR(255) NOT NULL, "type" VARCHAR(255) NOT NULL, "value" TEXT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (36, 'create data_keys table', 'CREATE TABLE IF NOT EXISTS "data_keys" ("name" VARCHAR(100) PRIMARY KEY NOT NULL, "active" BOOL NOT NULL, "scope" VARCHAR(30) NOT NULL, "provider" VARCHAR(50) NOT NULL, "encrypted_data" BYTEA NOT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL);'),
  (37, 'create alert_rule table', 'CREATE TABLE IF NOT EXISTS "alert_rule" ("id" SERIAL PRIMARY KEY NOT NULL, "org_id" BIGINT NOT NULL, "title" VARCHAR(190) NOT NULL, "condition" VARCHAR(190) NOT NULL, "data" TEXT NOT NULL, "updated" TIMESTAMP NOT NULL, "interval_seconds" BIGINT NOT NULL DEFAULT 60, "version" INTEGER NOT NULL DEFAULT 0, "uid" VARCHAR(40) NOT NULL DEFAULT 0, "namespace_uid" VARCHAR(40) NOT NULL, "rule_group" VARCHAR(190) NOT NULL, "no_data_state" VARCHAR(15) NOT NULL DEFAULT ''NoData'', "exec_err_state" VARCHAR(15) NOT NULL DEFAULT ''Alerting'');'),
  (38, 'create alert_configuration table', 'CREATE TABLE IF NOT EXISTS "alert_configuration" ("id" SERIAL PRIMARY KEY NOT NULL, "alertmanager_configuration" TEXT NOT NULL, "configuration_version" VARCHAR(3) NOT NULL, "created_at" INTEGER NOT NULL);'),
  (39, 'create signing_key table', 'CREATE TABLE IF NOT EXISTS "signing_key" ("id" SERIAL PRIMARY KEY NOT NULL, "key_id" VARCHAR(190) NOT NULL, "private_key" TEXT NOT NULL, "added_at" TIMESTAMP NOT NULL, "expires_at" TIMESTAMP NULL, "alg" VARCHAR(190) NOT NULL);'),
  (40, 'create sso_setting table', 'CREATE TABLE IF NOT EXISTS "sso_setting" ("id" VARCHAR(40) PRIMARY KEY NOT NULL, "provider" VARCHAR(255) NOT NULL, "settings" TEXT NOT NULL, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "is_deleted" BOOL NOT NULL DEFAULT FALSE);')
) v(k, m, s)
UNION ALL
SELECT 'managed folder permissions alerting actions migration ' || k, 'code migration', true, '', timestamp '2024-03-12 06:02:11' + k * interval '7 milliseconds' FROM generate_series(1, 30) k;
UPDATE migration_log SET success = false, error = 'pq: could not create unique index "UQE_dashboard_org_id_folder_id_title": Key (org_id, folder_id, title)=(1, 0, Shipments) is duplicated.' WHERE id = 55;

-- ---------------------------------------------------------------------------
-- Orgs and users.

CREATE TABLE org (
    id serial PRIMARY KEY, version integer NOT NULL, name varchar(190) NOT NULL, address1 varchar(255), address2 varchar(255), city varchar(255), state varchar(255),
    zip_code varchar(50), country varchar(255), billing_email varchar(255), created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO org VALUES
  (1, 3, 'Kestrel Freight', 'Kaistraße 14', 'Haus B, 3. OG', 'Hamburg', 'HH', '20457', 'Germany', 'it-billing@kestrel-freight.example', '2019-04-01 08:12:31', '2021-11-03 14:22:09'),
  (2, 1, 'Kestrel Freight - Data Platform', '', '', '', '', '', '', '', '2020-02-17 10:41:55', '2020-02-17 10:41:55'),
  (3, 2, 'Baltic Cargo Link', 'Krasta iela 52', '', 'Rīga', '', 'LV-1019', 'Latvia', 'accounts@balticcargolink.example', '2021-05-20 12:03:40', '2022-01-11 09:15:02'),
  (4, 1, 'Lindqvist Observability Consulting', 'Storgatan 7, lgh 1102', '', 'Göteborg', 'Västra Götaland', '411 38', 'Sweden', 'ingrid.lindqvist@proton.me', '2022-09-05 16:20:11', '2022-09-05 16:20:11'),
  (5, 1, 'Sandbox', '', '', '', '', '', '', '', '2023-03-01 08:00:00', '2023-03-01 08:00:00');

CREATE TABLE "user" (
    id serial PRIMARY KEY, version integer NOT NULL, login varchar(190) NOT NULL UNIQUE, email varchar(190) NOT NULL UNIQUE, name varchar(255), password varchar(255),
    salt varchar(50), rands varchar(50), company varchar(255), org_id bigint NOT NULL, is_admin boolean NOT NULL, email_verified boolean, theme varchar(255),
    created timestamp NOT NULL, updated timestamp NOT NULL, help_flags1 bigint NOT NULL DEFAULT 0, last_seen_at timestamp, is_disabled boolean NOT NULL DEFAULT false,
    is_service_account boolean NOT NULL DEFAULT false, uid varchar(40)
);
INSERT INTO "user"
SELECT p.i, CASE WHEN p.kind = 'sa' THEN 0 ELSE fixture_gen.n('uv', p.i, 4) END, p.login, p.email, p.full_name,
       CASE WHEN p.auth = 'local' THEN xgen.pbkdf2('upw', p.i) ELSE '' END,
       xgen.rnd('usalt', p.i, 10), xgen.rnd('urands', p.i, 10),
       CASE WHEN p.kind = 'sa' OR p.i = 1 THEN '' WHEN p.org = 3 THEN 'Baltic Cargo Link SIA' WHEN p.org = 4 THEN 'Lindqvist Observability Consulting'
            WHEN p.kind = 'ext' THEN fixture_gen.pick(ARRAY['', 'Freelance', 'Nordpol Data GmbH', 'Hexafold Consulting'], 'ucomp', p.i)
            WHEN p.i % 5 = 0 THEN 'Kestrel Freight GmbH' WHEN p.i % 11 = 0 THEN 'Kestrel' ELSE '' END,
       p.org, p.i IN (1, 2, 3, 17, 151), CASE WHEN p.kind = 'sa' THEN false ELSE p.i % 9 <> 4 END,
       CASE WHEN p.i % 5 = 0 THEN 'light' WHEN p.i % 7 = 0 THEN 'dark' ELSE '' END,
       p.joined, p.joined + make_interval(days => fixture_gen.n('uupd', p.i, 700)),
       CASE WHEN p.kind = 'sa' THEN 0 ELSE (ARRAY[0, 1, 1, 3, 1])[1 + fixture_gen.n('uhf', p.i, 5)] END,
       xgen.at('uls', p.i, timestamp '2024-01-01 00:00:00', timestamp '2024-06-28 17:00:00'),
       p.i % 23 = 7, p.kind = 'sa', xgen.low('uuid', p.i, 14)
FROM xgen.p p ORDER BY p.i;
UPDATE "user" SET last_seen_at = CASE WHEN id % 6 = 0 THEN NULL ELSE timestamp '2024-06-28 16:00:00' - make_interval(mins => fixture_gen.n('usl', id, 20000)) END WHERE is_service_account;

CREATE TABLE org_user (
    id serial PRIMARY KEY, org_id bigint NOT NULL, user_id bigint NOT NULL, role varchar(20) NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL,
    UNIQUE (org_id, user_id)
);
INSERT INTO org_user (org_id, user_id, role, created, updated)
SELECT o, p.i, CASE WHEN p.i IN (1, 2, 3, 17) THEN 'Admin' WHEN p.kind = 'sa' THEN fixture_gen.pick(ARRAY['Viewer', 'Editor', 'Admin'], 'our', p.i)
                    WHEN fixture_gen.n('our', p.i * 10 + o, 10) < 3 THEN 'Editor' ELSE 'Viewer' END,
       p.joined + make_interval(mins => o), p.joined + make_interval(days => fixture_gen.n('ouu', p.i, 300))
FROM xgen.p p CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(ARRAY[p.org, CASE WHEN p.kind = 'staff' AND p.i % 4 = 0 THEN 2 END, CASE WHEN p.kind = 'staff' AND p.i % 10 = 3 THEN 5 END,
  CASE WHEN p.i IN (1, 2, 3) THEN 3 END, CASE WHEN p.i IN (1, 2) THEN 4 END, CASE WHEN p.org = 4 THEN 1 END]) x WHERE x IS NOT NULL) v(o)
ORDER BY p.i, o;

CREATE TABLE team (
    id serial PRIMARY KEY, name varchar(190) NOT NULL, org_id bigint NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, email varchar(190), uid varchar(40)
);
INSERT INTO team (name, org_id, created, updated, email, uid)
SELECT n, o, timestamp '2019-06-03 09:00:00' + k * interval '41 days', timestamp '2019-06-03 09:00:00' + k * interval '41 days' + interval '3 days', e, xgen.low('tuid', k, 14)
FROM (VALUES (1, 'SRE', 1, 'sre@kestrel-freight.example'), (2, 'Payments & Billing', 1, 'billing-dev@kestrel-freight.example'), (3, 'Tracking API', 1, ''),
  (4, 'Route Planning', 1, 'routing-team@kestrel-freight.example'), (5, 'Driver App', 1, ''), (6, 'Warehouse IT', 1, 'warehouse-it@kestrel-freight.example'),
  (7, 'Database Reliability', 1, ''), (8, 'Security', 1, 'security@kestrel-freight.example'), (9, 'Customer Support L2', 1, ''), (10, 'grp-okta-platform-eng', 1, ''),
  (11, 'Data Engineering', 2, 'data-eng@kestrel-freight.example'), (12, 'Analytics', 2, ''), (13, 'Baltic NOC', 3, 'noc@balticcargolink.example'),
  (14, 'Network', 1, ''), (15, 'Incident Commanders', 1, '')) v(k, n, o, e);
UPDATE team t SET email = p.email FROM xgen.p p WHERE t.id IN (5, 7, 14) AND p.i = t.id * 3 + 1;

CREATE TABLE team_member (
    id serial PRIMARY KEY, org_id bigint NOT NULL, team_id bigint NOT NULL, user_id bigint NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL,
    external boolean, permission smallint
);
INSERT INTO team_member (org_id, team_id, user_id, created, updated, external, permission)
SELECT t.org_id, t.id, p.i, greatest(p.joined, t.created) + interval '2 hours', greatest(p.joined, t.created) + interval '2 hours', t.id = 10, CASE WHEN p.i % 9 = 0 THEN 4 ELSE 0 END
FROM xgen.p p JOIN team t ON (t.org_id = p.org OR (t.org_id = 1 AND p.org = 2)) AND (fixture_gen.n('tm', p.i, 15) + 1 = t.id OR fixture_gen.n('tm2', p.i, 15) + 1 = t.id OR (t.id = 10 AND p.auth = 'oauth_okta' AND p.i % 3 = 0))
WHERE p.kind IN ('staff', 'ext') ORDER BY p.i, t.id;

CREATE TABLE temp_user (
    id serial PRIMARY KEY, org_id bigint NOT NULL, version integer NOT NULL, email varchar(190) NOT NULL, name varchar(255), role varchar(20), code varchar(190) NOT NULL,
    status varchar(20) NOT NULL, invited_by_user_id bigint, email_sent boolean NOT NULL, email_sent_on timestamp, remote_addr varchar(255), created integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0
);
INSERT INTO temp_user (org_id, version, email, name, role, code, status, invited_by_user_id, email_sent, email_sent_on, remote_addr, created, updated)
SELECT CASE WHEN k % 6 = 0 THEN 3 WHEN k % 9 = 0 THEN 2 ELSE 1 END, 0,
       CASE WHEN k % 6 = 0 THEN substr(fixture_gen.ascii(fixture_gen.first_name('tuf', k)), 1, 1) || '.' || fixture_gen.ascii(fixture_gen.last_name('tul', k)) || '@balticcargolink.example'
            WHEN k % 4 = 1 THEN xgen.pmail(fixture_gen.first_name('tuf', k), fixture_gen.last_name('tul', k), 'tue', k)
            ELSE fixture_gen.ascii(fixture_gen.first_name('tuf', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('tul', k)) || '@kestrel-freight.example' END,
       CASE WHEN k % 5 = 2 THEN '' ELSE fixture_gen.first_name('tuf', k) || ' ' || fixture_gen.last_name('tul', k) END,
       CASE WHEN k % 4 = 0 THEN 'Editor' ELSE 'Viewer' END,
       xgen.rnd('tucode', k, 20), fixture_gen.pick(ARRAY['SignUpStarted', 'InvitePending', 'InvitePending', 'Completed', 'Revoked'], 'tust', k),
       CASE WHEN k % 6 = 0 THEN 193 ELSE (ARRAY[2, 3, 17, 151, 24, 31])[1 + fixture_gen.n('tuby', k, 6)] END, k % 8 <> 5,
       CASE WHEN k % 8 <> 5 THEN timestamp '2020-01-10 10:00:00' + k * interval '37 days' + interval '4 seconds' END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('tuip', k) ELSE fixture_gen.ipv4('tuip', k) END,
       xgen.ep(timestamp '2020-01-10 10:00:00' + k * interval '37 days'), xgen.ep(timestamp '2020-01-10 10:00:00' + k * interval '37 days' + make_interval(hours => fixture_gen.n('tuu', k, 200)))
FROM generate_series(1, 44) k;

CREATE TABLE login_attempt (id serial PRIMARY KEY, username varchar(190) NOT NULL, ip_address varchar(30) NOT NULL, created integer NOT NULL DEFAULT 0);
INSERT INTO login_attempt (username, ip_address, created)
SELECT CASE WHEN k % 17 = 0 THEN 'admin' WHEN k % 13 = 0 THEN fixture_gen.pick(ARRAY['root', 'administrator', 'grafana', 'test', 'Admin'], 'lau', k)
            WHEN k % 5 = 0 THEN upper(substr(p.login, 1, 1)) || substr(p.login, 2)
            WHEN k % 7 = 0 THEN regexp_replace(p.login, '\.', '')
            ELSE p.login END,
       CASE WHEN k % 13 = 0 OR k % 17 = 0 THEN fixture_gen.ipv4('laipx', k) WHEN k % 2 = 0 THEN '10.' || (20 + k % 4) || '.' || fixture_gen.n('lai', k, 250) || '.' || (2 + fixture_gen.n('laj', k, 250)) ELSE fixture_gen.ipv4('laip', p.i) END,
       xgen.ep(timestamp '2024-06-28 11:00:00' - make_interval(secs => fixture_gen.n('lat', k, 21000))) 
FROM generate_series(1, 160) k JOIN xgen.p p ON p.i = 2 + fixture_gen.n('lap', k, 200);

CREATE TABLE user_auth (
    id serial PRIMARY KEY, user_id bigint NOT NULL, auth_module varchar(190) NOT NULL, auth_id varchar(190) NOT NULL, created timestamp NOT NULL,
    o_auth_access_token text, o_auth_refresh_token text, o_auth_token_type text, o_auth_expiry timestamp, o_auth_id_token text
);
INSERT INTO user_auth (user_id, auth_module, auth_id, created, o_auth_access_token, o_auth_refresh_token, o_auth_token_type, o_auth_expiry, o_auth_id_token)
SELECT p.i, p.auth,
       CASE p.auth WHEN 'oauth_okta' THEN '00u' || fixture_gen.chars('okid', p.i, 17, 'abcdefghijklmnopqrstuvwxyz0123456789')
                   WHEN 'ldap' THEN 'CN=' || p.full_name || ',OU=' || fixture_gen.pick(ARRAY['Engineering', 'Operations', 'IT', 'Dispatch'], 'ldou', p.i) || ',OU=Users,DC=corp,DC=kestrel-freight,DC=example'
                   ELSE (1000000 + fixture_gen.n('ghid', p.i, 90000000))::text END,
       p.joined,
       CASE WHEN p.auth LIKE 'oauth%' THEN xgen.enc('uat', p.i, CASE WHEN p.auth = 'oauth_okta' THEN 700 ELSE 56 END) ELSE '' END,
       CASE WHEN p.auth = 'oauth_okta' THEN xgen.enc('urt', p.i, 56) ELSE '' END,
       CASE WHEN p.auth LIKE 'oauth%' THEN xgen.enc('utt', p.i, 14) ELSE '' END,
       CASE WHEN p.auth = 'oauth_okta' THEN xgen.at('uexp', p.i, timestamp '2024-06-20 00:00:00', timestamp '2024-06-28 18:00:00') WHEN p.auth = 'oauth_github' THEN timestamp '0001-01-01 00:00:00' END,
       CASE WHEN p.auth = 'oauth_okta' THEN xgen.enc('uid', p.i, 900) ELSE '' END
FROM xgen.p p WHERE p.auth IN ('oauth_okta', 'ldap', 'oauth_github') ORDER BY p.i;
-- Where encryption was not yet on (rows written before 2021), tokens stayed in clear until the next login.
UPDATE user_auth u SET o_auth_access_token = fixture_gen.jwt('okat', u.user_id), o_auth_refresh_token = xgen.rnd('okrt', u.user_id, 43), o_auth_token_type = 'Bearer'
WHERE u.auth_module = 'oauth_okta' AND u.user_id % 19 = 2;
UPDATE user_auth u SET o_auth_access_token = 'gho' || '_' || xgen.rnd('ghat', u.user_id, 36), o_auth_token_type = 'bearer'
WHERE u.auth_module = 'oauth_github' AND u.user_id % 2 = 0;

CREATE TABLE user_auth_token (
    id serial PRIMARY KEY, user_id bigint NOT NULL, auth_token varchar(100) NOT NULL UNIQUE, prev_auth_token varchar(100) NOT NULL, user_agent varchar(255) NOT NULL,
    client_ip varchar(255) NOT NULL, auth_token_seen boolean NOT NULL, seen_at integer, rotated_at integer NOT NULL, created_at integer NOT NULL, updated_at integer NOT NULL,
    revoked_at integer
);
INSERT INTO user_auth_token (user_id, auth_token, prev_auth_token, user_agent, client_ip, auth_token_seen, seen_at, rotated_at, created_at, updated_at, revoked_at)
SELECT p.i, encode(sha256(convert_to('tok' || k, 'UTF8')), 'hex'), encode(sha256(convert_to('ptok' || k, 'UTF8')), 'hex'),
       fixture_gen.pick(ARRAY[
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
         'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36',
         'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0'], 'uata', p.i * 3 + k % 2),
       CASE WHEN k % 3 = 0 THEN fixture_gen.ipv4('uaip', p.i) WHEN k % 3 = 1 THEN '10.' || (20 + p.i % 4) || '.' || fixture_gen.n('uai', p.i, 250) || '.' || (2 + fixture_gen.n('uaj', p.i, 250)) ELSE fixture_gen.ipv6('uaip6', p.i) END,
       k % 11 <> 0, xgen.ep(timestamp '2024-06-28 16:00:00' - make_interval(secs => fixture_gen.n('uas', k, 2500000))),
       xgen.ep(timestamp '2024-06-28 16:00:00' - make_interval(secs => fixture_gen.n('uas', k, 2500000) + 600)),
       xgen.ep(timestamp '2024-06-28 16:00:00' - make_interval(secs => fixture_gen.n('uas', k, 2500000) + 86400 * (1 + k % 20))),
       xgen.ep(timestamp '2024-06-28 16:00:00' - make_interval(secs => fixture_gen.n('uas', k, 2500000) + 600)),
       CASE WHEN k % 29 = 0 THEN xgen.ep(timestamp '2024-06-27 10:00:00' + make_interval(secs => k)) ELSE 0 END
FROM generate_series(1, 260) k JOIN xgen.p p ON p.i = 1 + fixture_gen.n('uap', k, 205);

CREATE TABLE session (key char(16) PRIMARY KEY, data bytea NOT NULL, expiry integer NOT NULL);
INSERT INTO session
SELECT xgen.rnd('sesk', k, 16),
       xgen.gob(p.i, p.login, xgen.rnd('sest', k, 43)),
       xgen.ep(timestamp '2019-06-01 00:00:00' + k * interval '2 days 3 hours')::int
FROM generate_series(1, 36) k JOIN xgen.p p ON p.i = 1 + fixture_gen.n('sesp', k, 60);

CREATE TABLE anon_device (
    id serial PRIMARY KEY, client_ip varchar(255) NOT NULL, created_at timestamp NOT NULL, device_id varchar(127) NOT NULL UNIQUE, updated_at timestamp NOT NULL,
    user_agent varchar(255) NOT NULL
);
INSERT INTO anon_device (client_ip, created_at, device_id, updated_at, user_agent)
SELECT CASE WHEN k % 4 = 0 THEN '10.31.' || fixture_gen.n('adi', k, 8) || '.' || (10 + fixture_gen.n('adj', k, 40)) ELSE fixture_gen.ipv4('adip', k) END,
       xgen.at('adc', k, timestamp '2024-05-01 00:00:00', timestamp '2024-06-20 00:00:00'), fixture_gen.hexn('adid', k, 32),
       xgen.at('adc', k, timestamp '2024-05-01 00:00:00', timestamp '2024-06-20 00:00:00') + make_interval(hours => fixture_gen.n('adu', k, 190)),
       CASE WHEN k % 4 = 0 THEN 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'
            ELSE fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
              'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
              'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
              'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15'], 'adua', k) END
FROM generate_series(1, 90) k;

CREATE TABLE preferences (
    id serial PRIMARY KEY, org_id bigint NOT NULL, user_id bigint NOT NULL, version integer NOT NULL, home_dashboard_id bigint NOT NULL, timezone varchar(50) NOT NULL,
    theme varchar(20) NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, team_id bigint, week_start varchar(10), json_data text
);
INSERT INTO preferences (org_id, user_id, version, home_dashboard_id, timezone, theme, created, updated, team_id, week_start, json_data)
SELECT CASE WHEN k <= 5 THEN k ELSE p.org END, CASE WHEN k <= 5 THEN 0 ELSE p.i END, fixture_gen.n('prv', k, 5), CASE WHEN k IN (1, 2, 3) THEN 10 + k WHEN k % 4 = 0 THEN 1 + fixture_gen.n('prh', k, 60) ELSE 0 END,
       fixture_gen.pick(ARRAY['', '', 'browser', 'utc', 'Europe/Berlin', 'Europe/Riga', 'Asia/Kolkata', 'Europe/Warsaw', 'Europe/Lisbon'], 'prtz', k),
       fixture_gen.pick(ARRAY['', 'dark', 'light', 'system'], 'prth', k), p.joined + interval '1 day', p.joined + make_interval(days => 1 + fixture_gen.n('pru', k, 400)), 0,
       fixture_gen.pick(ARRAY['', '', 'monday', 'sunday'], 'prws', k),
       fixture_gen.pick(ARRAY['{}', '{"language":"en-US"}', '{"language":"de-DE","queryHistory":{"homeTab":"query"}}', '{"navbar":{"savedItems":[{"id":"explore","text":"Explore","url":"/explore"}]}}',
         '{"queryHistory":{"homeTab":"starred"},"cookiePreferences":{"analytics":{}}}', '{"language":"pt-BR"}', '{"navbar":{"savedItems":null},"language":"en-US"}'], 'prjs', k)
FROM generate_series(1, 140) k JOIN xgen.p p ON p.i = CASE WHEN k <= 5 THEN 1 ELSE k - 4 END;

CREATE TABLE quota (
    id serial PRIMARY KEY, org_id bigint, user_id bigint, target varchar(190) NOT NULL, "limit" bigint NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO quota (org_id, user_id, target, "limit", created, updated)
SELECT CASE WHEN k <= 24 THEN 1 + (k - 1) / 6 ELSE NULL END, CASE WHEN k > 24 THEN 200 + k ELSE NULL END,
       CASE WHEN k <= 24 THEN (ARRAY['dashboard', 'data_source', 'api_key', 'org_user', 'alert_rule', 'file'])[1 + (k - 1) % 6] ELSE 'org_user' END,
       CASE WHEN k <= 24 THEN (ARRAY[-1, 50, 20, -1, 500, 1000])[1 + (k - 1) % 6] ELSE 10 END,
       timestamp '2021-05-20 12:03:40' + k * interval '1 hour', timestamp '2021-05-20 12:03:40' + k * interval '1 hour'
FROM generate_series(1, 30) k;

-- ---------------------------------------------------------------------------
-- Data sources, their secrets and the data encryption keys.

CREATE FUNCTION xgen.dsuid(k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT xgen.low('dsuid', k, 14) $$;

CREATE TABLE xgen.ds (k int PRIMARY KEY, org int, type text, name text, url text, usr text, db text, ba boolean, bau text, jd text, sec text[]);
INSERT INTO xgen.ds VALUES
  (1, 1, 'prometheus', 'Prometheus (prod-eu)', 'http://prometheus-operated.monitoring.svc:9090', '', '', false, '', '{"httpMethod":"POST","timeInterval":"30s","prometheusType":"Prometheus","prometheusVersion":"2.50.1","cacheLevel":"Medium","exemplarTraceIdDestinations":[{"datasourceUid":"' || xgen.dsuid(4) || '","name":"trace_id"}]}', NULL),
  (2, 1, 'prometheus', 'Mimir', 'https://mimir.internal.kestrel-freight.example/prometheus', '', '', true, 'kestrel-prod', '{"httpMethod":"POST","timeInterval":"15s","prometheusType":"Mimir","httpHeaderName1":"X-Scope-OrgID","manageAlerts":true}', ARRAY['basicAuthPassword', 'httpHeaderValue1']),
  (3, 1, 'loki', 'Loki', 'http://loki-gateway.logging.svc', '', '', false, '', '{"maxLines":1000,"derivedFields":[{"datasourceUid":"' || xgen.dsuid(4) || '","matcherRegex":"trace_id=(\\w+)","name":"TraceID","url":"${__value.raw}"},{"matcherRegex":"shipment=(KF\\d{10}DE)","name":"Shipment","url":"https://track.kestrel-freight.example/admin/shipments/${__value.raw}"}]}', NULL),
  (4, 1, 'tempo', 'Tempo', 'http://tempo-query-frontend.tracing.svc:3100', '', '', false, '', '{"tracesToLogsV2":{"datasourceUid":"' || xgen.dsuid(3) || '","spanStartTimeShift":"-5m","spanEndTimeShift":"5m","filterByTraceID":true},"serviceMap":{"datasourceUid":"' || xgen.dsuid(1) || '"},"nodeGraph":{"enabled":true},"search":{"hide":false}}', NULL),
  (5, 1, 'grafana-postgresql-datasource', 'PostgreSQL - billing replica', 'pg-billing-ro.db.kestrel-freight.example:5432', 'grafana_ro', 'billing', false, '', '{"sslmode":"require","postgresVersion":1500,"timescaledb":false,"maxOpenConns":10,"maxIdleConns":2,"connMaxLifetime":14400,"database":"billing"}', ARRAY['password']),
  (6, 1, 'mysql', 'MySQL - legacy WMS', 'wms-db01.hh.kestrel-freight.example:3306', 'a.nowak', 'wms', false, '', '{"maxOpenConns":5,"timezone":"Europe/Berlin","tlsAuth":false,"tlsSkipVerify":true}', ARRAY['password']),
  (7, 1, 'elasticsearch', 'Elasticsearch - shipment events', 'https://elastic:' || xgen.rnd('espw', 7, 20) || '@es-prod.internal.kestrel-freight.example:9200', '', '[shipment-events-]YYYY.MM.DD', false, '', '{"timeField":"@timestamp","esVersion":"8.0.0","interval":"Daily","maxConcurrentShardRequests":5,"logMessageField":"message","logLevelField":"level","includeFrozen":false}', NULL),
  (8, 1, 'cloudwatch', 'CloudWatch eu-central-1', '', '', '', false, '', '{"authType":"keys","defaultRegion":"eu-central-1","customMetricsNamespaces":"KestrelFreight/Labels","logsTimeout":"30m"}', ARRAY['accessKey', 'secretKey']),
  (9, 1, 'influxdb', 'InfluxDB - warehouse sensors', 'http://influx-wh.hh.kestrel-freight.example:8086', 'telegraf_reader', 'warehouse', false, '', '{"httpMode":"GET","timeInterval":"10s"}', ARRAY['password']),
  (10, 1, 'influxdb', 'InfluxDB 2 - fleet telematics', 'https://eu-central-1-1.aws.cloud2.influxdata.com', '', '', false, '', '{"version":"Flux","organization":"kestrel-fleet","defaultBucket":"telematics","tlsSkipVerify":false}', ARRAY['token']),
  (11, 1, 'grafana-azure-monitor-datasource', 'Azure Monitor', '', '', '', false, '', '{"azureAuthType":"clientsecret","cloudName":"azuremonitor","tenantId":"' || fixture_gen.uuid('aztn', 1) || '","clientId":"' || fixture_gen.uuid('azcl', 1) || '","subscriptionId":"' || fixture_gen.uuid('azsb', 1) || '"}', ARRAY['clientSecret']),
  (12, 1, 'jaeger', 'Jaeger (old)', 'http://jaeger-query.tracing.svc:16686', '', '', false, '', '{}', NULL),
  (13, 1, 'alertmanager', 'Alertmanager', 'http://alertmanager.monitoring.svc:9093', '', '', false, '', '{"implementation":"prometheus","handleGrafanaManagedAlerts":false}', NULL),
  (14, 1, 'graphite', 'Graphite (legacy)', 'http://graphite.hh.kestrel-freight.example', '', '', true, 'grafana', '{"graphiteVersion":"1.1","graphiteType":"default"}', NULL),
  (15, 3, 'prometheus', 'Prometheus - Baltic', 'https://prom.balticcargolink.example', '', '', true, 'bcl-grafana', '{"httpMethod":"POST","timeInterval":"1m"}', ARRAY['basicAuthPassword']),
  (16, 2, 'grafana-postgresql-datasource', 'Data warehouse (Postgres)', 'dwh-primary.db.kestrel-freight.example:5432', 'k.okafor', 'analytics', false, '', '{"sslmode":"verify-full","postgresVersion":1600,"timescaledb":false,"database":"analytics","tlsConfigurationMethod":"file-path","sslRootCertFile":"/etc/grafana/certs/dwh-ca.pem"}', ARRAY['password']),
  (17, 2, 'grafana-clickhouse-datasource', 'ClickHouse - tracking events', '', '', '', false, '', '{"host":"clickhouse.data.kestrel-freight.example","port":9440,"protocol":"native","secure":true,"username":"grafana","defaultDatabase":"tracking"}', ARRAY['password']),
  (18, 5, 'loki', 'Loki (sandbox)', 'http://localhost:3100', '', '', false, '', '{}', NULL),
  (19, 5, 'grafana-testdata-datasource', 'TestData', '', '', '', false, '', '{}', NULL),
  (20, 1, 'prometheus', 'Prometheus (staging)', 'http://prometheus.staging.svc:9090', '', '', false, '', '{"httpMethod":"POST","timeInterval":"30s"}', NULL),
  (21, 1, 'grafana-pyroscope-datasource', 'Pyroscope', 'http://pyroscope.profiling.svc:4040', '', '', false, '', '{"minStep":"15s"}', NULL),
  (22, 1, 'elasticsearch', 'Elasticsearch - audit', 'https://es-audit.internal.kestrel-freight.example:9200', '', 'audit-*', true, 'd.petrov', '{"timeField":"@timestamp","esVersion":"8.0.0","maxConcurrentShardRequests":3}', ARRAY['basicAuthPassword']),
  (23, 1, 'prometheus', 'Grafana Cloud Prometheus', 'https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom', '', '', true, '1284417', '{"httpMethod":"POST","prometheusType":"Prometheus"}', ARRAY['basicAuthPassword']),
  (24, 1, 'yesoreyeram-infinity-datasource', 'Status API', 'https://status.kestrel-freight.example/api/v2/summary.json?api_key=' || xgen.rnd('stapi', 24, 32), '', '', false, '', '{"global_queries":[],"auth_method":"none","allowedHosts":["https://status.kestrel-freight.example"]}', NULL),
  (25, 1, 'grafana-postgresql-datasource', 'Grafana DB (self)', 'localhost:5432', 'grafana', 'grafana', false, '', '{"sslmode":"disable","postgresVersion":1500}', ARRAY['password']);

CREATE TABLE data_source (
    id serial PRIMARY KEY, org_id bigint NOT NULL, version integer NOT NULL, type varchar(255) NOT NULL, name varchar(190) NOT NULL, access varchar(255) NOT NULL,
    url varchar(255) NOT NULL, password varchar(255), "user" varchar(255), database varchar(255), basic_auth boolean NOT NULL, basic_auth_user varchar(255),
    basic_auth_password varchar(255), is_default boolean NOT NULL, json_data text, created timestamp NOT NULL, updated timestamp NOT NULL, with_credentials boolean NOT NULL DEFAULT false,
    secure_json_data text, read_only boolean, uid varchar(40) NOT NULL DEFAULT 0, is_prunable boolean DEFAULT false, api_version varchar(20)
);
INSERT INTO data_source
SELECT d.k, d.org, 1 + fixture_gen.n('dsv', d.k, 9), d.type, d.name, CASE WHEN d.k = 24 THEN 'direct' ELSE 'proxy' END, d.url,
       CASE WHEN d.k = 6 THEN 'Lager' || fixture_gen.digits('dspw', 6, 4) || '!' ELSE '' END, d.usr, d.db, d.ba, d.bau,
       CASE WHEN d.k = 14 THEN 'graphite-' || xgen.rnd('dsbap', 14, 12) ELSE '' END,
       d.k IN (1, 15, 16, 18), d.jd, timestamp '2019-04-01 09:00:00' + d.k * interval '61 days', timestamp '2019-04-01 09:00:00' + d.k * interval '61 days' + make_interval(days => fixture_gen.n('dsu', d.k, 900)),
       false,
       CASE WHEN d.sec IS NULL THEN '{}' ELSE (SELECT '{' || string_agg('"' || f || '":"' || xgen.enc('dssj' || f, d.k, 24 + length(f)) || '"', ',' ORDER BY f) || '}' FROM unnest(d.sec) f) END,
       d.k IN (1, 3, 4, 13, 21), xgen.dsuid(d.k), false, NULL
FROM xgen.ds d ORDER BY d.k;

CREATE TABLE secrets (
    id serial PRIMARY KEY, org_id bigint NOT NULL, namespace varchar(255) NOT NULL, type varchar(255) NOT NULL, value text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO secrets (org_id, namespace, type, value, created, updated)
SELECT d.org, d.name, 'datasource', xgen.enc('secv', d.k, 60 + 40 * cardinality(d.sec)), timestamp '2022-11-08 07:30:00' + d.k * interval '1 second', timestamp '2022-11-08 07:30:00' + make_interval(days => fixture_gen.n('secu', d.k, 500))
FROM xgen.ds d WHERE d.sec IS NOT NULL ORDER BY d.k;

CREATE TABLE data_keys (
    name varchar(100) PRIMARY KEY, active boolean NOT NULL, scope varchar(30) NOT NULL, provider varchar(50) NOT NULL, encrypted_data bytea NOT NULL,
    created timestamp NOT NULL, updated timestamp NOT NULL, label varchar(100) NOT NULL DEFAULT ''
);
INSERT INTO data_keys
SELECT xgen.rnd('dkn', k, 9), k = 8 OR k = 7, 'root', 'secretKey.v1', xgen.bytes('dked', k, 48),
       timestamp '2022-11-08 07:29:58' + (k - 1) * interval '30 days', timestamp '2022-11-08 07:29:58' + (k - 1) * interval '30 days',
       to_char(timestamp '2022-11-08 07:29:58' + (k - 1) * interval '30 days', 'YYYY-MM-DD') || '/root@secretKey.v1'
FROM generate_series(1, 8) k;

-- ---------------------------------------------------------------------------
-- Folders, dashboards and their versions, tags, provisioning, ACLs, stars.

CREATE FUNCTION xgen.duid(k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN k % 3 = 0 THEN xgen.rnd('duid', k, 9) ELSE xgen.low('duid', k, 14) END
$$;

CREATE TABLE xgen.d (k int PRIMARY KEY, org int, folder int, title text, is_folder boolean, gnet int, prov text, tags text[], ds int);
INSERT INTO xgen.d (k, org, folder, title, is_folder, tags) VALUES
  (1, 1, 0, 'SRE', true, NULL), (2, 1, 0, 'Tracking API', true, NULL), (3, 1, 0, 'Route Planning', true, NULL), (4, 1, 0, 'Driver App', true, NULL),
  (5, 1, 0, 'Warehouse', true, NULL), (6, 1, 0, 'Billing', true, NULL), (7, 1, 0, 'Databases', true, NULL), (8, 1, 0, 'Kafka', true, NULL),
  (9, 1, 0, 'Kubernetes', true, NULL), (10, 1, 0, 'Business KPIs', true, NULL), (11, 2, 0, 'Data Platform', true, NULL), (12, 3, 0, 'Baltic Ops', true, NULL),
  (13, 1, 0, 'Grafana Alerting', true, NULL);
INSERT INTO xgen.d (k, org, folder, title, is_folder, tags, ds)
SELECT 13 + row_number() OVER (ORDER BY s.o, kd.o), 1, s.f, s.t || ' - ' || kd.t, false, ARRAY[s.tag, kd.tag], kd.ds
FROM (VALUES (1, 2, 'Shipment tracking API', 'tracking'), (2, 3, 'Route planner', 'routing'), (3, 4, 'Driver app backend', 'driver-app'), (4, 5, 'Warehouse scanner gateway', 'warehouse'),
  (5, 6, 'Billing service', 'billing'), (6, 2, 'Customer portal', 'portal'), (7, 5, 'Label printer service', 'labels'), (8, 3, 'ETA predictor', 'eta'),
  (9, 1, 'Notification service', 'notifications'), (10, 1, 'Partner EDI gateway', 'edi')) s(o, f, t, tag)
CROSS JOIN (VALUES (1, 'Overview', 'overview', 1), (2, 'Latency & errors', 'red', 1), (3, 'SLOs', 'slo', 2), (4, 'Logs', 'logs', 3), (5, 'Pods', 'k8s', 1), (6, 'Traces', 'traces', 4)) kd(o, t, tag, ds)
WHERE NOT (s.o IN (7, 8, 10) AND kd.o IN (3, 6));
INSERT INTO xgen.d (k, org, folder, title, is_folder, gnet, prov, tags, ds)
SELECT 100 + k, o, f, t, false, g, pr, tg, ds FROM (VALUES
  (1, 1, 9, 'Node Exporter Full', 1860, 'default', ARRAY['linux'], 1), (2, 1, 9, 'Kubernetes / Compute Resources / Cluster', NULL, 'kubernetes-mixin', ARRAY['kubernetes-mixin'], 1),
  (3, 1, 9, 'Kubernetes / Compute Resources / Namespace (Pods)', NULL, 'kubernetes-mixin', ARRAY['kubernetes-mixin'], 1), (4, 1, 9, 'Kubernetes / Networking / Cluster', NULL, 'kubernetes-mixin', ARRAY['kubernetes-mixin'], 1),
  (5, 1, 7, 'PostgreSQL Database', 9628, 'default', ARRAY['postgres', 'db'], 1), (6, 1, 7, 'PgBouncer', NULL, NULL, ARRAY['postgres'], 1), (7, 1, 8, 'Kafka Exporter Overview', 7589, 'default', ARRAY['kafka'], 1),
  (8, 1, 8, 'Kafka consumer lag by group', NULL, NULL, ARRAY['kafka'], 1), (9, 1, 0, 'Home', NULL, NULL, ARRAY[]::text[], 1), (10, 1, 1, 'Status page', NULL, NULL, ARRAY['public'], 1),
  (11, 1, 10, 'Executive overview', NULL, NULL, ARRAY['kpi'], 5), (12, 1, 5, 'Warehouse floor (TV)', NULL, NULL, ARRAY['tv', 'warehouse'], 9), (13, 1, 3, 'Dispatch wallboard', NULL, NULL, ARRAY['tv'], 1),
  (14, 1, 1, 'Customer support: shipment lookup', NULL, NULL, ARRAY['support'], 7), (15, 1, 10, 'Parcels per depot', NULL, NULL, ARRAY['kpi'], 5), (16, 1, 6, 'Invoices and payment failures', NULL, NULL, ARRAY['billing'], 5),
  (17, 1, 5, 'Cold-chain sensors', NULL, NULL, ARRAY['warehouse', 'iot'], 9), (18, 1, 4, 'Fleet telematics', NULL, NULL, ARRAY['fleet'], 10), (19, 1, 1, 'SLO overview', NULL, NULL, ARRAY['slo'], 2),
  (20, 1, 1, 'Incident review template', NULL, NULL, ARRAY['incident'], 3), (21, 1, 13, 'Alert rules health', NULL, NULL, ARRAY['alerting'], 1), (22, 1, 9, 'Ingress NGINX', 9614, 'default', ARRAY['nginx'], 1),
  (23, 1, 1, 'Blackbox exporter probes', 7587, 'default', ARRAY['blackbox'], 1), (24, 1, 7, 'Redis', 763, NULL, ARRAY['redis'], 1), (25, 1, 0, 'New dashboard Copy', NULL, NULL, ARRAY[]::text[], 20),
  (26, 1, 1, 'Azure costs', NULL, NULL, ARRAY['cost'], 11), (27, 1, 1, 'AWS costs and quotas', NULL, NULL, ARRAY['cost'], 8), (28, 1, 1, 'Synthetic checks', NULL, NULL, ARRAY['synthetics'], 23),
  (29, 2, 11, 'Airflow DAG runs', NULL, NULL, ARRAY['airflow'], 16), (30, 2, 11, 'dbt model freshness', NULL, NULL, ARRAY['dbt'], 16), (31, 2, 11, 'ClickHouse ingestion', NULL, NULL, ARRAY['clickhouse'], 17),
  (32, 2, 11, 'Tracking events funnel', NULL, NULL, ARRAY['product'], 17), (33, 3, 12, 'Baltic hub throughput', NULL, NULL, ARRAY['baltic'], 15), (34, 3, 12, 'EDI messages to Kestrel', NULL, NULL, ARRAY['edi'], 15),
  (35, 5, 0, 'Sandbox: testdata', NULL, NULL, ARRAY['test'], 19), (36, 5, 0, 'Loki playground', NULL, NULL, ARRAY['test'], 18), (37, 1, 2, 'Tracking API - Canary analysis', NULL, NULL, ARRAY['tracking', 'argo'], 1),
  (38, 1, 6, 'Stripe webhooks', NULL, NULL, ARRAY['billing'], 3), (39, 1, 4, 'Driver app releases', NULL, NULL, ARRAY['driver-app', 'mobile'], 1), (40, 1, 13, 'On-call overview', NULL, NULL, ARRAY['oncall'], 1)
) v(k, o, f, t, g, pr, tg, ds);

CREATE FUNCTION xgen.dash(k int, title text, tags text[], ds int, ver int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'annotations', jsonb_build_object('list', jsonb_build_array(jsonb_build_object('builtIn', 1, 'datasource', jsonb_build_object('type', 'grafana', 'uid', '-- Grafana --'), 'enable', true, 'hide', true,
        'iconColor', 'rgba(0, 211, 255, 1)', 'name', 'Annotations & Alerts', 'type', 'dashboard'),
      jsonb_build_object('datasource', jsonb_build_object('type', 'grafana', 'uid', '-- Grafana --'), 'enable', true, 'iconColor', 'purple', 'name', 'Deploys', 'target', jsonb_build_object('type', 'tags', 'tags', jsonb_build_array('deploy'))))),
    'editable', true, 'fiscalYearStartMonth', 0, 'graphTooltip', 1, 'id', k, 'links', '[]'::jsonb, 'liveNow', false,
    'panels', (SELECT jsonb_agg(jsonb_build_object('id', pn, 'type', (ARRAY['timeseries', 'stat', 'timeseries', 'table', 'bargauge', 'heatmap'])[1 + (k + pn) % 6],
        'title', (ARRAY['Request rate', 'Error ratio', 'p95 latency', 'Top endpoints', 'Saturation', 'Latency distribution', 'Consumer lag', 'Restarts'])[1 + (k * 3 + pn) % 8],
        'gridPos', jsonb_build_object('h', 8, 'w', 12, 'x', 12 * ((pn + 1) % 2), 'y', 8 * ((pn - 1) / 2)),
        'datasource', jsonb_build_object('uid', xgen.dsuid(ds)),
        'targets', jsonb_build_array(jsonb_build_object('refId', 'A', 'expr', (ARRAY['sum(rate(http_requests_total{job="$job",cluster="$cluster"}[$__rate_interval])) by (route)',
            'sum(rate(http_requests_total{job="$job",status=~"5.."}[$__rate_interval])) / sum(rate(http_requests_total{job="$job"}[$__rate_interval]))',
            'histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{job="$job"}[$__rate_interval])) by (le))',
            'topk(10, sum by (route) (rate(http_requests_total{job="$job"}[1h])))',
            'sum(container_memory_working_set_bytes{namespace="$namespace",container!=""}) by (pod)',
            'sum(kafka_consumergroup_lag{consumergroup=~"$group"}) by (topic)'])[1 + (k + pn) % 6])),
        'fieldConfig', jsonb_build_object('defaults', jsonb_build_object('unit', (ARRAY['reqps', 'percentunit', 's', 'short', 'bytes', 'short'])[1 + (k + pn) % 6],
            'thresholds', jsonb_build_object('mode', 'absolute', 'steps', jsonb_build_array(jsonb_build_object('color', 'green', 'value', NULL), jsonb_build_object('color', 'red', 'value', 80)))), 'overrides', '[]'::jsonb),
        'options', jsonb_build_object('legend', jsonb_build_object('displayMode', 'list', 'placement', 'bottom', 'showLegend', true), 'tooltip', jsonb_build_object('mode', 'multi', 'sort', 'desc')))
      ORDER BY pn) FROM generate_series(1, 2 + k % 7) pn),
    'refresh', (ARRAY['', '30s', '1m', '5m'])[1 + k % 4], 'schemaVersion', 39, 'tags', to_jsonb(coalesce(tags, ARRAY[]::text[])),
    'templating', jsonb_build_object('list', jsonb_build_array(
      jsonb_build_object('name', 'cluster', 'type', 'query', 'query', 'label_values(up, cluster)', 'current', jsonb_build_object('text', 'prod-eu-1', 'value', 'prod-eu-1'), 'datasource', jsonb_build_object('uid', xgen.dsuid(ds))),
      jsonb_build_object('name', 'job', 'type', 'query', 'query', 'label_values(up{cluster="$cluster"}, job)', 'includeAll', true, 'multi', true),
      jsonb_build_object('name', 'namespace', 'type', 'custom', 'query', 'tracking,routing,driver-app,warehouse,billing,notifications', 'current', jsonb_build_object('text', 'tracking', 'value', 'tracking')))
      || CASE WHEN k = 114 THEN jsonb_build_array(jsonb_build_object('name', 'tracking_number', 'type', 'textbox', 'label', 'Tracking number', 'query', '', 'current', jsonb_build_object('text', '', 'value', ''))) ELSE '[]'::jsonb END),
    'time', jsonb_build_object('from', (ARRAY['now-6h', 'now-24h', 'now-1h', 'now-7d'])[1 + k % 4], 'to', 'now'),
    'timepicker', '{}'::jsonb, 'timezone', (ARRAY['browser', 'utc', 'Europe/Berlin'])[1 + k % 3], 'title', title, 'uid', xgen.duid(k), 'version', ver, 'weekStart', '')::text
$$;

CREATE TABLE dashboard (
    id serial PRIMARY KEY, version integer NOT NULL, slug varchar(189) NOT NULL, title varchar(189) NOT NULL, data text NOT NULL, org_id bigint NOT NULL,
    created timestamp NOT NULL, updated timestamp NOT NULL, updated_by integer, created_by integer, gnet_id bigint, plugin_id varchar(189), folder_id bigint NOT NULL DEFAULT 0,
    is_folder boolean NOT NULL DEFAULT false, has_acl boolean NOT NULL DEFAULT false, uid varchar(40), is_public boolean NOT NULL DEFAULT false, deleted timestamp,
    folder_uid varchar(40)
);
INSERT INTO dashboard
SELECT d.k, CASE WHEN d.is_folder THEN 1 ELSE 1 + d.k % 4 END, trim(both '-' FROM regexp_replace(lower(d.title), '[^a-z0-9]+', '-', 'g')), d.title,
       CASE WHEN d.is_folder THEN jsonb_build_object('schemaVersion', 17, 'title', d.title, 'uid', xgen.duid(d.k), 'version', 1)::text ELSE xgen.dash(d.k, d.title, d.tags, d.ds, 1 + d.k % 4) END,
       d.org, timestamp '2019-05-02 10:00:00' + d.k * interval '13 days' + make_interval(secs => fixture_gen.n('dc', d.k, 40000)),
       timestamp '2019-05-02 10:00:00' + d.k * interval '13 days' + make_interval(days => fixture_gen.n('du', d.k, 900)),
       CASE WHEN d.prov IS NOT NULL THEN -1 WHEN d.org = 3 THEN 191 + fixture_gen.n('dub', d.k, 8) ELSE 2 + fixture_gen.n('dub', d.k, 188) END,
       CASE WHEN d.prov IS NOT NULL THEN -1 WHEN d.org = 3 THEN 191 + fixture_gen.n('dcb', d.k, 8) ELSE 2 + fixture_gen.n('dcb', d.k, 188) END,
       d.gnet, '', d.folder, d.is_folder, d.k IN (6, 101, 116), xgen.duid(d.k), false,
       CASE WHEN d.k = 125 THEN timestamp '2024-06-20 14:11:02' END, CASE WHEN d.folder > 0 THEN xgen.duid(d.folder) END
FROM xgen.d d ORDER BY d.k;

CREATE TABLE folder (
    id serial PRIMARY KEY, uid varchar(40) NOT NULL, org_id bigint NOT NULL, title varchar(189) NOT NULL, description varchar(255), parent_uid varchar(40),
    created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO folder (uid, org_id, title, description, parent_uid, created, updated)
SELECT uid, org_id, title, CASE id WHEN 1 THEN 'Cross-team SRE dashboards. Owned by #sre.' WHEN 13 THEN 'Folder for Grafana-managed alert rules.' WHEN 12 THEN 'Shared with Baltic Cargo Link NOC' ELSE '' END,
       NULL, created, updated FROM dashboard WHERE is_folder ORDER BY id;

CREATE TABLE dashboard_version (
    id serial PRIMARY KEY, dashboard_id bigint NOT NULL, parent_version integer NOT NULL, restored_from integer NOT NULL, version integer NOT NULL, created timestamp NOT NULL,
    created_by bigint NOT NULL, message text NOT NULL, data text NOT NULL
);
INSERT INTO dashboard_version (dashboard_id, parent_version, restored_from, version, created, created_by, message, data)
SELECT d.id, v - 1, CASE WHEN v = 3 AND d.id % 5 = 0 THEN 1 ELSE 0 END, v, d.created + (v - 1) * interval '9 days' + make_interval(secs => fixture_gen.n('dvc', d.id * 10 + v, 30000)),
       CASE WHEN d.created_by = -1 THEN -1 WHEN v = 1 THEN d.created_by WHEN d.org_id = 3 THEN 191 + fixture_gen.n('dvb', d.id * 10 + v, 8) ELSE 2 + fixture_gen.n('dvb', d.id * 10 + v, 188) END,
       CASE WHEN v = 1 OR fixture_gen.n('dvm', d.id * 10 + v, 3) = 0 THEN ''
            WHEN v = 3 AND d.id % 5 = 0 THEN 'Restored from version 1'
            ELSE replace(replace(fixture_gen.pick(ARRAY[
              'Added p95 latency panel', 'Fixed thresholds after the Q3 SLO review', 'Split errors by route', 'Moved Kafka panels to their own row',
              'Added panel {n} asked for in the incident review', 'Reverted {n}''s change to the alert thresholds, too noisy', 'Switched queries to Mimir',
              'Added depot filter for {n} (Dispatch Hamburg-Nord)', 'Per call with {n}: show failed label prints per printer', 'cleanup',
              'Added customer-support row; ask {n} before changing it', 'Temporary: debug panel for ticket SUP-4821 ({m})', 'Renamed variables', 'wip'], 'dvm', d.id * 10 + v),
              '{n}', fixture_gen.full_name('dvn', d.id * 10 + v)), '{m}', xgen.pmail(fixture_gen.first_name('dvn2', d.id), fixture_gen.last_name('dvn3', d.id), 'dvm', d.id)) END,
       CASE WHEN d.is_folder THEN d.data ELSE xgen.dash(d.id, d.title, (SELECT x.tags FROM xgen.d x WHERE x.k = d.id), (SELECT x.ds FROM xgen.d x WHERE x.k = d.id), v) END
FROM dashboard d CROSS JOIN generate_series(1, d.version) v WHERE NOT d.is_folder ORDER BY d.id, v;

CREATE TABLE dashboard_tag (id serial PRIMARY KEY, dashboard_id bigint NOT NULL, term varchar(50) NOT NULL, dashboard_uid varchar(40), org_id bigint DEFAULT 1);
INSERT INTO dashboard_tag (dashboard_id, term, dashboard_uid, org_id)
SELECT d.k, t, xgen.duid(d.k), d.org FROM xgen.d d, unnest(d.tags) t WHERE NOT d.is_folder ORDER BY d.k, t;

CREATE TABLE dashboard_provisioning (
    id serial PRIMARY KEY, dashboard_id bigint, name varchar(150) NOT NULL, external_id text NOT NULL, updated integer NOT NULL DEFAULT 0, check_sum varchar(32)
);
INSERT INTO dashboard_provisioning (dashboard_id, name, external_id, updated, check_sum)
SELECT d.k, d.prov, '/var/lib/grafana/dashboards/' || d.prov || '/' || trim(both '-' FROM regexp_replace(lower(d.title), '[^a-z0-9]+', '-', 'g')) || '.json',
       xgen.ep(timestamp '2024-06-28 06:00:00' - make_interval(mins => d.k)), md5('prov' || d.k)
FROM xgen.d d WHERE d.prov IS NOT NULL ORDER BY d.k;

CREATE TABLE dashboard_acl (
    id serial PRIMARY KEY, org_id bigint NOT NULL, dashboard_id bigint NOT NULL, user_id bigint, team_id bigint, permission smallint NOT NULL DEFAULT 4, role varchar(20),
    created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO dashboard_acl (org_id, dashboard_id, user_id, team_id, permission, role, created, updated) VALUES
  (-1, -1, NULL, NULL, 1, 'Viewer', '2017-06-20 00:00:00', '2017-06-20 00:00:00'), (-1, -1, NULL, NULL, 2, 'Editor', '2017-06-20 00:00:00', '2017-06-20 00:00:00'),
  (1, 6, NULL, 2, 2, NULL, '2020-03-02 10:11:12', '2020-03-02 10:11:12'), (1, 6, NULL, NULL, 1, 'Viewer', '2020-03-02 10:11:12', '2020-03-02 10:11:12'),
  (1, 101, NULL, 1, 4, NULL, '2021-01-12 08:00:00', '2021-01-12 08:00:00'), (1, 116, 17, NULL, 4, NULL, '2021-07-08 15:30:00', '2021-07-08 15:30:00'),
  (1, 116, NULL, 2, 2, NULL, '2021-07-08 15:30:00', '2021-07-08 15:30:00'), (1, 116, 23, NULL, 1, NULL, '2021-07-08 15:31:00', '2021-07-08 15:31:00');

CREATE TABLE star (id serial PRIMARY KEY, user_id bigint NOT NULL, dashboard_id bigint NOT NULL, dashboard_uid varchar(40), org_id bigint DEFAULT 1, updated timestamp);
INSERT INTO star (user_id, dashboard_id, dashboard_uid, org_id, updated)
SELECT DISTINCT ON (u, dk) u, dk, xgen.duid(dk), 1, timestamp '2021-01-01 00:00:00' + make_interval(hours => fixture_gen.n('stt', u * 1000 + dk, 30000))
FROM (SELECT 2 + fixture_gen.n('stu', s, 188) AS u, 14 + fixture_gen.n('std', s, 80) AS dk FROM generate_series(1, 230) s) x
WHERE dk IN (SELECT k FROM xgen.d WHERE org = 1 AND NOT is_folder) ORDER BY u, dk;

CREATE TABLE playlist (id serial PRIMARY KEY, name varchar(255) NOT NULL, "interval" varchar(255) NOT NULL, org_id bigint NOT NULL, uid varchar(80) NOT NULL DEFAULT 0, created_at bigint NOT NULL DEFAULT 0, updated_at bigint NOT NULL DEFAULT 0);
INSERT INTO playlist (name, "interval", org_id, uid, created_at, updated_at) VALUES
  ('Warehouse floor TVs', '30s', 1, xgen.low('pl', 1, 14), 1583830000000, 1699960000000), ('Dispatch wallboard', '1m', 1, xgen.low('pl', 2, 14), 1590010000000, 1690010000000),
  ('SRE war room', '2m', 1, xgen.low('pl', 3, 14), 1610010000000, 1710010000000), ('Exec screen, 4th floor', '5m', 1, xgen.low('pl', 4, 14), 1620010000000, 1620010000000),
  ('Baltic NOC', '1m', 3, xgen.low('pl', 5, 14), 1640010000000, 1700010000000), ('Data platform', '1m', 2, xgen.low('pl', 6, 14), 1650010000000, 1650010000000);

CREATE TABLE playlist_item (id serial PRIMARY KEY, playlist_id bigint NOT NULL, type varchar(255) NOT NULL, value text NOT NULL, title text NOT NULL, "order" integer NOT NULL);
INSERT INTO playlist_item (playlist_id, type, value, title, "order")
SELECT pl, CASE WHEN o = 3 AND pl IN (3, 4) THEN 'dashboard_by_tag' ELSE 'dashboard_by_uid' END,
       CASE WHEN o = 3 AND pl IN (3, 4) THEN (ARRAY['slo', 'kpi'])[pl - 2] ELSE xgen.duid(dk) END,
       CASE WHEN o = 3 AND pl IN (3, 4) THEN (ARRAY['slo', 'kpi'])[pl - 2] ELSE (SELECT title FROM xgen.d WHERE k = dk) END, o
FROM (VALUES (1, 1, 112), (1, 2, 117), (1, 3, 115), (2, 1, 113), (2, 2, 118), (2, 3, 26), (3, 1, 119), (3, 2, 14), (3, 3, 0), (3, 4, 140), (4, 1, 111), (4, 2, 115), (4, 3, 0),
  (5, 1, 133), (5, 2, 134), (6, 1, 129), (6, 2, 130), (6, 3, 131)) v(pl, o, dk) ORDER BY pl, o;

-- ---------------------------------------------------------------------------
-- Library panels (one a text panel of escalation contacts), snapshots,
-- public dashboards, short URLs, query history, correlations.

CREATE TABLE library_element (
    id serial PRIMARY KEY, org_id bigint NOT NULL, folder_id bigint NOT NULL, uid varchar(40) NOT NULL, name varchar(150) NOT NULL, kind bigint NOT NULL, type varchar(40) NOT NULL,
    description varchar(2048) NOT NULL, model text NOT NULL, created timestamp NOT NULL, created_by bigint NOT NULL, updated timestamp NOT NULL, updated_by bigint NOT NULL,
    folder_uid varchar(40)
);
CREATE FUNCTION xgen.contact(tag text, r int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '| ' || p.full_name || ' | ' || p.title || ' | ' || p.phone || ' | ' || p.email || ' |' FROM xgen.p p WHERE p.i = 2 + fixture_gen.n(tag, r, 188)
$$;
INSERT INTO library_element (org_id, folder_id, uid, name, kind, type, description, model, created, created_by, updated, updated_by, folder_uid)
SELECT o, f, xgen.low('le', k, 14), n, 1, t, descr,
       CASE WHEN t = 'text' THEN jsonb_build_object('type', 'text', 'title', n, 'gridPos', jsonb_build_object('h', 9, 'w', 8), 'options', jsonb_build_object('mode', 'markdown',
              'content', CASE k
                WHEN 1 THEN E'### Escalation (outside business hours)\n\n| Name | Role | Mobile | Email |\n|---|---|---|---|\n' || xgen.contact('lec1', k) || E'\n' || xgen.contact('lec2', k) || E'\n' || xgen.contact('lec3', k)
                            || E'\n' || xgen.contact('lec4', k) || E'\n\nIf nobody answers within 15 minutes call the duty manager line +49 40 80812 300.'
                WHEN 2 THEN E'**Warehouse shift leads**\n\n- Early (06-14): ' || fixture_gen.full_name('lew1', k) || ', ' || fixture_gen.phone('lewp1', k) || E'\n- Late (14-22): ' || fixture_gen.full_name('lew2', k) || ', '
                            || fixture_gen.phone('lewp2', k) || E'\n- Night: ' || fixture_gen.full_name('lew3', k) || ', ' || fixture_gen.phone('lewp3', k) || E'\n\nScanner spares are in cage 4B.'
                WHEN 3 THEN E'Runbooks live in Confluence (SRE space). Postmortems: use the template dashboard and link the incident channel.'
                WHEN 4 THEN E'Partner contact at Baltic Cargo Link NOC: ' || fixture_gen.full_name('lebc', k) || ' <' || 'noc-lead@balticcargolink.example' || E'>, +371 2' || fixture_gen.digits('lebp', k, 7) || E'.\nEDI issues: open a ticket in the shared Jira project BCL.'
                ELSE E'This panel is maintained by the SRE team. Do not edit the copy on your dashboard.' END), 'libraryPanel', jsonb_build_object('uid', xgen.low('le', k, 14), 'name', n))::text
            ELSE jsonb_build_object('type', t, 'title', n, 'datasource', jsonb_build_object('type', 'prometheus', 'uid', xgen.dsuid(1)),
              'targets', jsonb_build_array(jsonb_build_object('refId', 'A', 'expr', q)), 'fieldConfig', jsonb_build_object('defaults', jsonb_build_object('unit', 'short')),
              'libraryPanel', jsonb_build_object('uid', xgen.low('le', k, 14), 'name', n))::text END,
       timestamp '2021-03-01 09:00:00' + k * interval '17 days', 2 + fixture_gen.n('lecb', k, 188), timestamp '2021-03-01 09:00:00' + k * interval '17 days' + make_interval(days => fixture_gen.n('leu', k, 400)),
       2 + fixture_gen.n('leub', k, 188), CASE WHEN f > 0 THEN xgen.duid(f) END
FROM (VALUES
  (1, 1, 1, 'On-call escalation contacts', 'text', 'Who to call when PagerDuty does not reach the primary. Kept current by Amara Mensah; please do not edit the copies.', NULL),
  (2, 1, 5, 'Warehouse shift leads', 'text', 'Shift leads of the Hamburg hub, updated every rota change.', NULL),
  (3, 1, 1, 'Runbook links', 'text', 'Standard links block.', NULL),
  (4, 3, 12, 'Partner contacts', 'text', 'Contacts at Baltic Cargo Link for the EDI feed.', NULL),
  (5, 1, 1, 'SRE footer', 'text', '', NULL),
  (6, 1, 1, 'HTTP request rate', 'timeseries', 'Standard RED panel: requests per second by route.', 'sum(rate(http_requests_total{job="$job"}[$__rate_interval])) by (route)'),
  (7, 1, 1, 'HTTP error ratio', 'stat', 'Standard RED panel: 5xx ratio.', 'sum(rate(http_requests_total{job="$job",status=~"5.."}[$__rate_interval])) / sum(rate(http_requests_total{job="$job"}[$__rate_interval]))'),
  (8, 1, 1, 'p95 latency heatmap', 'heatmap', 'Latency heatmap from the histogram buckets.', 'sum(increase(http_request_duration_seconds_bucket{job="$job"}[$__rate_interval])) by (le)'),
  (9, 1, 8, 'Kafka consumer lag', 'timeseries', 'Lag per consumer group; alert at 10k.', 'sum(kafka_consumergroup_lag{consumergroup=~"$group"}) by (consumergroup)'),
  (10, 1, 9, 'Pod restarts', 'bargauge', 'Restarts in the last hour by pod.', 'increase(kube_pod_container_status_restarts_total{namespace="$namespace"}[1h])'),
  (11, 1, 7, 'PostgreSQL connections', 'timeseries', 'Connections by state; max_connections as a threshold.', 'sum(pg_stat_activity_count{instance=~"$instance"}) by (state)'),
  (12, 1, 7, 'Replication lag', 'stat', 'Replica lag in seconds.', 'max(pg_replication_lag_seconds{instance=~"$instance"})'),
  (13, 1, 10, 'Parcels scanned today', 'stat', 'Business KPI from the scanner gateway.', 'sum(increase(scanner_parcels_scanned_total[1d]))'),
  (14, 1, 10, 'Failed deliveries by reason', 'piechart', 'Failed first-attempt deliveries, by reason code from the driver app.', 'sum by (reason) (increase(driver_delivery_failed_total[1d]))'),
  (15, 1, 6, 'Payment failures', 'timeseries', 'Stripe payment failures by decline code. Added for Omar Haddad''s finance report.', 'sum by (decline_code) (rate(billing_payment_failed_total[5m]))'),
  (16, 1, 5, 'Cold-chain temperature', 'timeseries', 'Reefer container temperatures; threshold 8 °C.', 'max by (container) (coldchain_temperature_celsius)'),
  (17, 1, 4, 'Driver app crash-free sessions', 'stat', 'From the mobile crash reporter export.', 'avg(driverapp_crash_free_sessions_ratio)'),
  (18, 1, 2, 'Tracking lookups by channel', 'timeseries', 'Web, app, API and partner lookups.', 'sum by (channel) (rate(tracking_lookups_total[5m]))')
) v(k, o, f, n, t, descr, q);

CREATE TABLE library_element_connection (
    id serial PRIMARY KEY, element_id bigint NOT NULL, kind bigint NOT NULL, connection_id bigint NOT NULL, created timestamp NOT NULL, created_by bigint NOT NULL, connection_uid varchar(40)
);
INSERT INTO library_element_connection (element_id, kind, connection_id, created, created_by, connection_uid)
SELECT DISTINCT ON (e, dk) e, 1, dk, timestamp '2021-06-01 09:00:00' + make_interval(hours => fixture_gen.n('lcc', s, 20000)), 2 + fixture_gen.n('lcb', s, 188), xgen.duid(dk)
FROM (SELECT s, 1 + fixture_gen.n('lce', s, 18) AS e, 14 + fixture_gen.n('lcd', s, 127) AS dk FROM generate_series(1, 90) s) x
WHERE dk IN (SELECT k FROM xgen.d WHERE NOT is_folder) ORDER BY e, dk;

CREATE TABLE dashboard_snapshot (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, key varchar(190) NOT NULL UNIQUE, delete_key varchar(190) NOT NULL UNIQUE, org_id bigint NOT NULL, user_id bigint NOT NULL,
    external boolean NOT NULL, external_url varchar(255) NOT NULL, dashboard text NOT NULL, expires timestamp NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL,
    external_delete_url varchar(255), dashboard_encrypted bytea
);
INSERT INTO dashboard_snapshot (name, key, delete_key, org_id, user_id, external, external_url, dashboard, expires, created, updated, external_delete_url, dashboard_encrypted)
SELECT d.title, xgen.rnd('snk', s, 32), xgen.rnd('snd', s, 32), 1, 2 + fixture_gen.n('snu', s, 188), s % 5 = 2,
       CASE WHEN s % 5 = 2 THEN 'https://snapshots.raintank.io/dashboard/snapshot/' || xgen.rnd('snk', s, 32) ELSE '' END,
       CASE WHEN s <= 9 THEN jsonb_build_object('title', d.title, 'uid', xgen.duid(d.k), 'snapshot', jsonb_build_object('timestamp', to_char(timestamp '2019-09-02 10:00:00' + s * interval '23 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'originalUrl', 'https://grafana.kestrel-freight.example/d/' || xgen.duid(d.k)),
              'panels', jsonb_build_array(jsonb_build_object('id', 1, 'type', 'table', 'title', 'Failed portal logins by account (last 24h)',
                'snapshotData', jsonb_build_array(jsonb_build_object('fields', jsonb_build_array(jsonb_build_object('name', 'account_email', 'values', (SELECT jsonb_agg(c.email ORDER BY c.i) FROM xgen.c c WHERE c.i BETWEEN s * 7 AND s * 7 + 5)),
                  jsonb_build_object('name', 'client_ip', 'values', (SELECT jsonb_agg(fixture_gen.ipv4('snip', c.i) ORDER BY c.i) FROM xgen.c c WHERE c.i BETWEEN s * 7 AND s * 7 + 5)),
                  jsonb_build_object('name', 'failures', 'values', (SELECT jsonb_agg(3 + fixture_gen.n('snf', c.i, 40) ORDER BY c.i) FROM xgen.c c WHERE c.i BETWEEN s * 7 AND s * 7 + 5))))))))::text
            ELSE '' END,
       CASE WHEN s % 4 = 0 THEN timestamp '2069-09-02 10:00:00' ELSE timestamp '2019-09-02 10:00:00' + s * interval '23 days' + interval '7 days' END,
       timestamp '2019-09-02 10:00:00' + s * interval '23 days', timestamp '2019-09-02 10:00:00' + s * interval '23 days',
       CASE WHEN s % 5 = 2 THEN 'https://snapshots.raintank.io/api/snapshots-delete/' || xgen.rnd('snd', s, 32) ELSE '' END,
       CASE WHEN s > 9 THEN xgen.encb('snenc', s, 200) END
FROM generate_series(1, 34) s JOIN xgen.d d ON d.k = CASE WHEN s <= 9 THEN 114 ELSE (ARRAY[14, 15, 119, 120, 26, 27, 111, 116])[1 + s % 8] END ORDER BY s;

CREATE TABLE dashboard_public (
    uid varchar(40) PRIMARY KEY, dashboard_uid varchar(40) NOT NULL, org_id bigint NOT NULL, time_settings text, template_variables text, access_token varchar(32) NOT NULL,
    created_by integer NOT NULL, updated_by integer, created_at timestamp NOT NULL, updated_at timestamp, is_enabled boolean NOT NULL DEFAULT false,
    annotations_enabled boolean NOT NULL DEFAULT false, time_selection_enabled boolean NOT NULL DEFAULT false, share varchar(64) NOT NULL DEFAULT 'public'
);
INSERT INTO dashboard_public
SELECT xgen.low('pd', k, 14), xgen.duid(dk), o, '{"from":"now-24h","to":"now"}', '{}', fixture_gen.hexn('pdat', k, 32), cb, cb,
       timestamp '2023-05-10 10:00:00' + k * interval '29 days', timestamp '2023-05-10 10:00:00' + k * interval '29 days' + interval '2 days', k <> 4, k IN (1, 2), k = 1, 'public'
FROM (VALUES (1, 110, 1, 17), (2, 123, 1, 3), (3, 111, 1, 24), (4, 33, 1, 40), (5, 133, 3, 193), (6, 115, 1, 17)) v(k, dk, o, cb);

CREATE TABLE short_url (
    id serial PRIMARY KEY, org_id bigint NOT NULL, uid varchar(40) NOT NULL, path text NOT NULL, created_by bigint NOT NULL, created_at integer NOT NULL, last_seen_at integer
);
CREATE FUNCTION xgen.urlenc(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE WHEN ch ~ '[A-Za-z0-9_.~-]' THEN ch ELSE regexp_replace(upper(encode(convert_to(ch, 'UTF8'), 'hex')), '(..)', '%\1', 'g') END, '' ORDER BY k)
  FROM (SELECT k, substr(s, k, 1) AS ch FROM generate_series(1, length(s)) k) x
$$;
-- q: a query an engineer ran; some look up a customer, a phone, a driver.
CREATE FUNCTION xgen.q(k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k % 12
    WHEN 0 THEN '{app="tracking-api"} |= "' || c.email || '" | json | level="error"'
    WHEN 1 THEN 'sum(rate(http_requests_total{job="tracking-api",status=~"5.."}[5m])) by (route)'
    WHEN 2 THEN '{app="driver-app-backend"} |= "driver=' || fixture_gen.full_name('qdrv', k) || '"'
    WHEN 3 THEN 'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{job="route-planner"}[5m])) by (le))'
    WHEN 4 THEN '{app="notification-service"} |= "' || replace(c.phone, ' ', '') || '" |= "sms"'
    WHEN 5 THEN 'sum by (consumergroup) (kafka_consumergroup_lag{topic="shipment-events"})'
    WHEN 6 THEN '{app="tracking-api"} |= "shipment=' || c.tracking || '"'
    WHEN 7 THEN 'increase(kube_pod_container_status_restarts_total{namespace="billing"}[1h]) > 0'
    WHEN 8 THEN 'SELECT id, status, amount_cents, created_at FROM invoices WHERE customer_email = ''' || c.email || ''' ORDER BY created_at DESC LIMIT 20'
    WHEN 9 THEN 'rate(container_cpu_usage_seconds_total{namespace="routing",container="planner"}[5m])'
    WHEN 10 THEN '{app="customer-portal"} |= "login failed" |= "' || c.email || '" | pattern "<_> ip=<ip> <_>"'
    ELSE 'topk(10, sum by (depot) (increase(scanner_parcels_scanned_total[1h])))' END
  FROM xgen.c c WHERE c.i = 1 + fixture_gen.n('qc', k, 400)
$$;
CREATE FUNCTION xgen.qds(k int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k % 12 WHEN 0 THEN 3 WHEN 2 THEN 3 WHEN 4 THEN 3 WHEN 6 THEN 3 WHEN 10 THEN 3 WHEN 8 THEN 5 ELSE 1 END
$$;
INSERT INTO short_url (org_id, uid, path, created_by, created_at, last_seen_at)
SELECT 1, xgen.low('su', k, 14),
       CASE WHEN k % 3 = 0 THEN 'd/' || xgen.duid(14 + fixture_gen.n('sud', k, 60)) || '/' || fixture_gen.pick(ARRAY['shipment-tracking-api-overview', 'route-planner-latency-and-errors', 'billing-service-slos', 'driver-app-backend-logs'], 'sus', k)
              || '?orgId=1&from=' || (1718000000000 + k * 3600000) || '&to=' || (1718000000000 + k * 3600000 + 21600000) || '&var-cluster=prod-eu-1' || CASE WHEN k % 9 = 0 THEN '&viewPanel=' || (1 + k % 5) ELSE '' END
            ELSE 'explore?schemaVersion=1&panes=' || xgen.urlenc('{"' || xgen.rnd('pane', k, 3) || '":{"datasource":"' || xgen.dsuid(xgen.qds(k)) || '","queries":[{"refId":"A","expr":' || fixture_gen.js(xgen.q(k))
              || ',"datasource":{"type":"' || CASE xgen.qds(k) WHEN 3 THEN 'loki' WHEN 5 THEN 'grafana-postgresql-datasource' ELSE 'prometheus' END || '","uid":"' || xgen.dsuid(xgen.qds(k)) || '"}}],"range":{"from":"now-1h","to":"now"}}}') || '&orgId=1' END,
       2 + fixture_gen.n('sub', k, 188), xgen.ep(timestamp '2023-01-01 00:00:00' + k * interval '4 days'),
       CASE WHEN k % 4 = 0 THEN 0 ELSE xgen.ep(timestamp '2023-01-01 00:00:00' + k * interval '4 days' + make_interval(hours => fixture_gen.n('sul', k, 900))) END
FROM generate_series(1, 130) k;

CREATE TABLE query_history (
    id serial PRIMARY KEY, uid varchar(40) NOT NULL, org_id bigint NOT NULL, datasource_uid varchar(40) NOT NULL, created_by integer NOT NULL, created_at integer NOT NULL,
    comment text NOT NULL, queries text NOT NULL
);
INSERT INTO query_history (uid, org_id, datasource_uid, created_by, created_at, comment, queries)
SELECT xgen.low('qh', k, 14), 1, xgen.dsuid(xgen.qds(k)), 2 + fixture_gen.n('qhb', k, 188), xgen.ep(timestamp '2024-04-01 00:00:00' + k * interval '4 hours' + make_interval(secs => fixture_gen.n('qht', k, 9000))),
       CASE WHEN k % 7 = 0 THEN replace(fixture_gen.pick(ARRAY['Useful for SUP tickets about missing SMS', 'Customer {n} says she never got the code, check this', 'lag check after deploy',
              'from the incident review with {n}', 'Bookmark: failed invoice lookups', 'DPA request from {n}, export stopped here', 'p99 baseline'], 'qhc', k), '{n}', fixture_gen.full_name('qhcn', k)) ELSE '' END,
       jsonb_build_array(jsonb_build_object('refId', 'A', 'datasource', jsonb_build_object('type', CASE xgen.qds(k) WHEN 3 THEN 'loki' WHEN 5 THEN 'grafana-postgresql-datasource' ELSE 'prometheus' END, 'uid', xgen.dsuid(xgen.qds(k))),
         CASE WHEN xgen.qds(k) = 5 THEN 'rawSql' ELSE 'expr' END, xgen.q(k), 'editorMode', 'code', 'queryType', 'range'))::text
FROM generate_series(1, 260) k;

CREATE TABLE query_history_star (id serial PRIMARY KEY, query_uid varchar(40) NOT NULL, user_id integer NOT NULL, org_id bigint NOT NULL DEFAULT 1);
INSERT INTO query_history_star (query_uid, user_id, org_id) SELECT uid, created_by, 1 FROM query_history WHERE comment <> '' OR id % 11 = 0 ORDER BY id;

CREATE TABLE correlation (
    uid varchar(40) NOT NULL, org_id bigint NOT NULL DEFAULT 0, source_uid varchar(40) NOT NULL, target_uid varchar(40), label text NOT NULL, description text NOT NULL,
    config text, provisioned boolean NOT NULL DEFAULT false, type varchar(40) NOT NULL DEFAULT 'query', PRIMARY KEY (uid, source_uid)
);
INSERT INTO correlation VALUES
  (xgen.low('cor', 1, 14), 1, xgen.dsuid(3), xgen.dsuid(4), 'Trace for this log line', 'Opens the trace in Tempo', '{"field":"trace_id","target":{"query":"${trace_id}"},"transformations":[]}', true, 'query'),
  (xgen.low('cor', 2, 14), 1, xgen.dsuid(3), xgen.dsuid(7), 'Shipment events', 'All events of the shipment in Elasticsearch', '{"field":"shipment","target":{"query":"shipment_id:${shipment}"},"transformations":[{"type":"regex","field":"line","expression":"shipment=(\\\\w+)","mapValue":"shipment"}]}', false, 'query'),
  (xgen.low('cor', 3, 14), 1, xgen.dsuid(1), xgen.dsuid(3), 'Logs of this pod', '', '{"field":"pod","target":{"expr":"{pod=\"${pod}\"}"}}', false, 'query'),
  (xgen.low('cor', 4, 14), 1, xgen.dsuid(7), xgen.dsuid(5), 'Invoice of the shipment', 'Looks the shipment up in the billing replica', '{"field":"invoice_id","target":{"rawSql":"SELECT * FROM invoices WHERE id = ${invoice_id}"}}', false, 'query'),
  (xgen.low('cor', 5, 14), 1, xgen.dsuid(4), xgen.dsuid(21), 'Profile', 'Flame graph for the span', '{"field":"service.name","target":{"query":"process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name=\"${service.name}\"}"}}', false, 'query'),
  (xgen.low('cor', 6, 14), 1, xgen.dsuid(3), NULL, 'Open in admin', 'Opens the shipment in the tracking admin', '{"field":"shipment","target":{"url":"https://track.kestrel-freight.example/admin/shipments/${shipment}"}}', false, 'external');

-- ---------------------------------------------------------------------------
-- Annotations (typed by people, deploys from CI tagged with who triggered
-- them, alert state changes), their tags.

CREATE TABLE xgen.an (k int PRIMARY KEY, kind text, u int, dk int, panel int, txt text, tags text[], ep bigint, ep_end bigint, rule int);
INSERT INTO xgen.an
SELECT k, kind, u, dk, panel, txt, tags, ep, ep_end, rule FROM (
  SELECT k, 'deploy' AS kind, 207 AS u, 0 AS dk, 0 AS panel,
         'Deployed ' || svc || ' ' || ver || ' to prod-eu-1 (commit ' || substr(md5('ancm' || k), 1, 7) || ') by ' || who.login AS txt,
         ARRAY['deploy', svc, 'triggered_by:' || who.login] AS tags,
         (extract(epoch FROM timestamp '2023-01-02 08:00:00' + k * interval '31 hours')::bigint) * 1000 AS ep, NULL::bigint AS ep_end, NULL::int AS rule
  FROM generate_series(1, 180) k
  CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['tracking-api', 'route-planner', 'driver-app-backend', 'scanner-gateway', 'billing-service', 'customer-portal', 'notification-service', 'eta-predictor'], 'ansv', k) AS svc,
                             'v' || (1 + k % 4) || '.' || (k % 60) || '.' || (k % 7) AS ver) s
  JOIN xgen.p who ON who.i = 151 + fixture_gen.n('anwho', k, 30)
  UNION ALL
  SELECT 180 + k, 'manual', p.i, dk, 1 + k % 4,
         replace(replace(replace(replace(replace(fixture_gen.pick(ARRAY[
           'Kafka broker 3 disk replaced, lag recovering.',
           'Planned failover of pg-billing to the replica (CHG-{d}).',
           'Spike from Nordhafen Logistik''s bulk import. Talked to their IT lead {n} ({ph}), they will throttle to 50 req/s.',
           'Load test with k6, ignore the error rate.',
           'Customer {c} called support: tracking page showed "delivered" but no parcel. Ticket SUP-{d}.',
           'Route planner stuck on the Hamburg-Nord depot, restarted by {n}.',
           'Certificate renewed on the ingress.',
           'Driver {n} reports the app logging out on every scan (Samsung A14, Android 13).',
           'DDoS mitigation enabled at the CDN.',
           'Printer PR-{d} offline in hall 2, replaced by {n}.',
           'Stripe outage (their status page), payments queued.',
           'Complaint forwarded by {c} <{e}>: SMS notifications arrive twice.',
           'Rollback of the release, see incident channel.',
           'Maintenance window, warehouse scanners on firmware 4.2.'], 'antx', k),
           '{n}', fixture_gen.full_name('ann', k)), '{d}', fixture_gen.digits('andg', k, 4)), '{ph}', fixture_gen.phone('anph', k)), '{c}', c.name), '{e}', c.email),
         CASE WHEN k % 3 = 0 THEN ARRAY['incident'] WHEN k % 3 = 1 THEN ARRAY['ops'] ELSE ARRAY[]::text[] END,
         (extract(epoch FROM timestamp '2022-06-01 08:00:00' + k * interval '43 hours' + make_interval(mins => fixture_gen.n('anm', k, 600)))::bigint) * 1000,
         CASE WHEN k % 4 = 0 THEN (extract(epoch FROM timestamp '2022-06-01 08:00:00' + k * interval '43 hours' + make_interval(mins => fixture_gen.n('anm', k, 600) + 20 + k % 90))::bigint) * 1000 END,
         NULL
  FROM generate_series(1, 160) k
  JOIN xgen.p p ON p.i = 2 + fixture_gen.n('anu', k, 188)
  CROSS JOIN LATERAL (SELECT 14 + fixture_gen.n('andk', k, 60) AS dk) d
  JOIN xgen.c c ON c.i = 1 + fixture_gen.n('anc', k, 400)
  UNION ALL
  SELECT 340 + k, 'alert', 0, 0, 0, '', ARRAY[]::text[],
         (extract(epoch FROM timestamp '2024-05-01 00:00:00' + k * interval '7 hours' + make_interval(secs => fixture_gen.n('ans', k, 9000)))::bigint) * 1000, NULL, 1 + k % 45
  FROM generate_series(1, 120) k) x;
UPDATE xgen.an SET dk = 0 WHERE kind = 'manual' AND k % 5 = 0;

CREATE TABLE annotation (
    id bigserial PRIMARY KEY, org_id bigint NOT NULL, alert_id bigint, user_id bigint, dashboard_id bigint, panel_id bigint, category_id bigint, type varchar(25) NOT NULL,
    title text NOT NULL, text text NOT NULL, metric varchar(255), prev_state varchar(25) NOT NULL, new_state varchar(25) NOT NULL, data text NOT NULL, epoch bigint NOT NULL,
    region_id bigint DEFAULT 0, tags varchar(4096), created bigint DEFAULT 0, updated bigint DEFAULT 0, epoch_end bigint NOT NULL DEFAULT 0, dashboard_uid varchar(40)
);
INSERT INTO annotation
SELECT a.k, 1, coalesce(a.rule, 0), a.u, a.dk, CASE WHEN a.dk = 0 THEN 0 ELSE a.panel END, 0, CASE WHEN a.kind = 'alert' THEN 'alert' ELSE '' END,
       CASE WHEN a.kind = 'deploy' AND a.k <= 40 THEN 'Deploy ' || split_part(a.txt, ' ', 2) || ' ' || split_part(a.txt, ' ', 3) ELSE '' END,
       a.txt, CASE WHEN a.kind = 'alert' THEN '' END,
       CASE WHEN a.kind = 'alert' THEN CASE WHEN a.k % 2 = 0 THEN 'Normal' ELSE 'Alerting' END ELSE '' END,
       CASE WHEN a.kind = 'alert' THEN CASE WHEN a.k % 2 = 0 THEN CASE WHEN a.k % 10 = 0 THEN 'Pending' ELSE 'Alerting' END ELSE 'Normal (Updated)' END ELSE '' END,
       CASE WHEN a.kind = 'alert' THEN '{"values":{"A":' || round((fixture_gen.n('anv', a.k, 10000) / 100.0)::numeric, 2) || ',"B":' || round((fixture_gen.n('anv', a.k, 10000) / 100.0)::numeric, 2) || ',"C":' || (a.k % 2) || '}}' ELSE '{}' END,
       a.ep, 0, CASE WHEN cardinality(a.tags) = 0 THEN '[]' ELSE to_jsonb(a.tags)::text END,
       a.ep + CASE WHEN a.kind = 'manual' THEN 3000 + fixture_gen.n('ancr', a.k, 3600000) ELSE 180 END,
       a.ep + CASE WHEN a.kind = 'manual' THEN 3000 + fixture_gen.n('ancr', a.k, 3600000) + CASE WHEN a.k % 7 = 0 THEN 86400000 ELSE 0 END ELSE 180 END,
       coalesce(a.ep_end, a.ep), CASE WHEN a.dk > 0 THEN xgen.duid(a.dk) END
FROM xgen.an a ORDER BY a.k;

CREATE TABLE tag (id serial PRIMARY KEY, key varchar(100) NOT NULL, value varchar(100) NOT NULL, UNIQUE (key, value));
INSERT INTO tag (key, value)
SELECT DISTINCT CASE WHEN t LIKE '%:%' THEN split_part(t, ':', 1) ELSE t END, CASE WHEN t LIKE '%:%' THEN substr(t, strpos(t, ':') + 1) ELSE '' END
FROM xgen.an, unnest(tags) t ORDER BY 1, 2;

CREATE TABLE annotation_tag (id serial PRIMARY KEY, annotation_id bigint NOT NULL, tag_id bigint NOT NULL);
INSERT INTO annotation_tag (annotation_id, tag_id)
SELECT a.k, g.id FROM xgen.an a, unnest(a.tags) t JOIN tag g ON g.key = CASE WHEN t LIKE '%:%' THEN split_part(t, ':', 1) ELSE t END AND g.value = CASE WHEN t LIKE '%:%' THEN substr(t, strpos(t, ':') + 1) ELSE '' END
ORDER BY a.k, g.id;

-- ---------------------------------------------------------------------------
-- Alerting: legacy dashboard alerts and notification channels (kept after
-- the migration), unified alerting rules, versions, configuration, history,
-- instances, images, external Alertmanagers, provenance.

CREATE TABLE alert (
    id serial PRIMARY KEY, version bigint NOT NULL, dashboard_id bigint NOT NULL, panel_id bigint NOT NULL, org_id bigint NOT NULL, name varchar(255) NOT NULL, message text NOT NULL,
    state varchar(190) NOT NULL, settings text NOT NULL, frequency bigint NOT NULL, handler bigint NOT NULL, severity text NOT NULL, silenced boolean NOT NULL,
    execution_error text NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, new_state_date timestamp NOT NULL, state_changes integer NOT NULL, eval_data text,
    eval_date timestamp, "for" bigint NOT NULL DEFAULT 0
);
INSERT INTO alert (version, dashboard_id, panel_id, org_id, name, message, state, settings, frequency, handler, severity, silenced, execution_error, created, updated, new_state_date, state_changes, eval_data, eval_date, "for")
SELECT 0, d.dk, 1 + k % 3, 1, d.title || ' - ' || (ARRAY['error rate', 'latency', 'consumer lag', 'pod restarts'])[1 + k % 4] || ' alert',
       CASE WHEN k % 3 = 0 THEN '' ELSE replace(replace(fixture_gen.pick(ARRAY[
         'Error rate above 2% for 5 minutes. Check the runbook first.',
         'Latency SLO burning. Outside business hours call {n} on {ph}.',
         'Consumer lag high, shipments will show stale status.',
         'Pods restarting. If it is the scanner gateway, warn the warehouse shift lead ({n}).',
         'Owner: {n}. Escalate to the duty manager line if no ack in 15 min.'], 'alm', k), '{n}', fixture_gen.full_name('aln', k)), '{ph}', fixture_gen.phone('alph', k)) END,
       fixture_gen.pick(ARRAY['ok', 'ok', 'ok', 'paused', 'no_data', 'alerting'], 'als', k),
       jsonb_build_object('conditions', jsonb_build_array(jsonb_build_object('evaluator', jsonb_build_object('params', jsonb_build_array(2 + k % 5), 'type', 'gt'),
         'operator', jsonb_build_object('type', 'and'), 'query', jsonb_build_object('params', jsonb_build_array('A', '5m', 'now')), 'reducer', jsonb_build_object('params', '[]'::jsonb, 'type', 'avg'), 'type', 'query')),
         'executionErrorState', 'alerting', 'frequency', '1m', 'handler', 1, 'name', d.title, 'noDataState', 'no_data',
         'notifications', jsonb_build_array(jsonb_build_object('uid', xgen.low('anuid', 1 + k % 12, 14))))::text,
       60, 1, '', k % 9 = 0, CASE WHEN k % 17 = 0 THEN 'tsdb.HandleRequest() error Post "http://graphite.hh.kestrel-freight.example/render": dial tcp 10.20.4.18:80: connect: connection refused' ELSE '' END,
       timestamp '2019-07-01 10:00:00' + k * interval '19 days', timestamp '2019-07-01 10:00:00' + k * interval '19 days' + interval '40 days', timestamp '2023-11-20 04:00:00' + make_interval(mins => k * 13),
       fixture_gen.n('alsc', k, 300), '{"evalMatches":[]}', timestamp '2023-11-20 04:00:00' + make_interval(mins => k * 13), CASE WHEN k % 4 = 0 THEN 300000000000 ELSE 0 END
FROM generate_series(1, 40) k JOIN (SELECT x.k AS dk, x.title FROM xgen.d x) d ON d.dk = 14 + fixture_gen.n('ald', k, 60) ORDER BY k;

CREATE TABLE alert_notification (
    id serial PRIMARY KEY, org_id bigint NOT NULL, name varchar(190) NOT NULL, type varchar(255) NOT NULL, settings text NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL,
    is_default boolean NOT NULL DEFAULT false, frequency bigint, send_reminder boolean DEFAULT false, disable_resolve_message boolean NOT NULL DEFAULT false, uid varchar(40),
    secure_settings text
);
CREATE FUNCTION xgen.slackhook(k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || xgen.rnd('slk', k, 24)
$$;
INSERT INTO alert_notification (org_id, name, type, settings, created, updated, is_default, frequency, send_reminder, disable_resolve_message, uid, secure_settings)
SELECT o, n, t, st, timestamp '2019-06-10 10:00:00' + k * interval '47 days', timestamp '2019-06-10 10:00:00' + k * interval '47 days' + interval '5 days', k = 1,
       CASE WHEN k % 3 = 0 THEN 3600000000000 ELSE 0 END, k % 3 = 0, k = 7, xgen.low('anuid', k, 14), ss
FROM (VALUES
  (1, 1, 'sre-slack', 'slack', '{"url":"' || xgen.slackhook(1) || '","recipient":"#sre-alerts","username":"Grafana","mentionChannel":"here","uploadImage":true}', NULL),
  (2, 1, 'payments-pagerduty', 'pagerduty', '{"integrationKey":"' || fixture_gen.hexn('pdkey', 2, 32) || '","severity":"critical","autoResolve":true}', NULL),
  (3, 1, 'db-team-email', 'email', '{"addresses":"' || (SELECT string_agg(email, ';' ORDER BY i) FROM xgen.p WHERE i IN (23, 41, 152)) || '","singleEmail":true}', NULL),
  (4, 1, 'warehouse-sms-gateway', 'webhook', '{"url":"https://sms-gw.kestrel-freight.example/send?to=' || xgen.urlenc(fixture_gen.phone('whsms', 4)) || '","httpMethod":"POST","username":"grafana"}',
      '{"password":"' || xgen.enc('anpw', 4, 20) || '"}'),
  (5, 1, 'routing-slack', 'slack', '{"recipient":"#routing-alerts","mentionUsers":"U02' || fixture_gen.chars('slu', 5, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '","username":"Grafana"}',
      '{"url":"' || xgen.enc('anurl', 5, 80) || '"}'),
  (6, 1, 'oncall-telegram', 'telegram', '{"chatid":"-100' || fixture_gen.digits('tgc', 6, 10) || '","uploadImage":false}', '{"bottoken":"' || xgen.enc('antg', 6, 46) || '"}'),
  (7, 1, 'ceo-email', 'email', '{"addresses":"' || (SELECT email FROM xgen.p WHERE i = 3) || '","singleEmail":false}', NULL),
  (8, 1, 'teams-support', 'teams', '{"url":"https://kestrelfreight.webhook.office.com/webhookb2/' || fixture_gen.uuid('tms', 8) || '@' || fixture_gen.uuid('tmt', 8) || '/IncomingWebhook/' || fixture_gen.hexn('tmh', 8, 32) || '/' || fixture_gen.uuid('tmu', 8) || '"}', NULL),
  (9, 1, 'oncall-pagerduty', 'pagerduty', '{"severity":"critical","autoResolve":true}', '{"integrationKey":"' || xgen.enc('anpd', 9, 32) || '"}'),
  (10, 3, 'baltic-noc-email', 'email', '{"addresses":"noc@balticcargolink.example;' || (SELECT email FROM xgen.p WHERE i = 193) || '"}', NULL),
  (11, 2, 'data-slack', 'slack', '{"url":"' || xgen.slackhook(11) || '","recipient":"@' || (SELECT split_part(email, '@', 1) FROM xgen.p WHERE i = 14) || '"}', NULL),
  (12, 1, 'opsgenie', 'opsgenie', '{"apiUrl":"https://api.eu.opsgenie.com/v2/alerts","autoClose":true}', '{"apiKey":"' || xgen.enc('anog', 12, 36) || '"}')
) v(k, o, n, t, st, ss);

CREATE TABLE alert_notification_state (
    id serial PRIMARY KEY, org_id bigint NOT NULL, alert_id bigint NOT NULL, notifier_id bigint NOT NULL, state varchar(50) NOT NULL, version bigint NOT NULL,
    updated_at bigint NOT NULL, alert_rule_state_updated_version bigint NOT NULL
);
INSERT INTO alert_notification_state (org_id, alert_id, notifier_id, state, version, updated_at, alert_rule_state_updated_version)
SELECT 1, a, 1 + (a + n) % 12, CASE WHEN (a + n) % 5 = 0 THEN 'pending' ELSE 'completed' END, 1 + fixture_gen.n('ansv', a * 10 + n, 200),
       xgen.ep(timestamp '2023-11-20 04:00:00' - make_interval(hours => fixture_gen.n('ansu', a * 10 + n, 9000))) * 1000, fixture_gen.n('ansr', a * 10 + n, 300)
FROM generate_series(1, 40) a, generate_series(1, 2) n;

-- Unified alerting rules.
CREATE TABLE xgen.r (k int PRIMARY KEY, title text, grp text, folder int, svc text, expr text, sev text, team text, dk int);
INSERT INTO xgen.r
SELECT k, t.title || CASE WHEN k > 15 THEN ' (' || s.svc || ')' ELSE '' END, s.grp, s.folder, s.svc, t.expr, t.sev, s.team, 14 + ((k * 7) % 60)
FROM generate_series(1, 45) k
CROSS JOIN LATERAL (SELECT (ARRAY['tracking', 'routing', 'driver-app', 'warehouse', 'billing', 'portal', 'notifications', 'kafka', 'databases', 'kubernetes'])[1 + k % 10] AS grp,
                           (ARRAY[2, 3, 4, 5, 6, 2, 1, 8, 7, 9])[1 + k % 10] AS folder,
                           (ARRAY['tracking-api', 'route-planner', 'driver-app-backend', 'scanner-gateway', 'billing-service', 'customer-portal', 'notification-service', 'kafka', 'pg-billing', 'prod-eu-1'])[1 + k % 10] AS svc,
                           (ARRAY['tracking', 'routing', 'driver-app', 'warehouse-it', 'payments', 'tracking', 'sre', 'sre', 'dbre', 'sre'])[1 + k % 10] AS team) s
CROSS JOIN LATERAL (SELECT (ARRAY['High error rate', 'Latency SLO fast burn', 'Latency SLO slow burn', 'Pods crash looping', 'Kafka consumer lag', 'Disk almost full', 'Certificate expiring', 'No data from scanners', 'Replication lag', 'Payment failures spike'])[1 + (k / 10 + k) % 10] AS title,
                           (ARRAY['sum(rate(http_requests_total{job="' || s.svc || '",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="' || s.svc || '"}[5m]))',
                                  'slo:sli_error:ratio_rate5m{slo="' || s.svc || '-latency"} > (14.4 * 0.001)', 'slo:sli_error:ratio_rate6h{slo="' || s.svc || '-latency"} > (6 * 0.001)',
                                  'increase(kube_pod_container_status_restarts_total{namespace="' || s.grp || '"}[15m])', 'sum(kafka_consumergroup_lag{consumergroup="' || s.svc || '"})',
                                  '(node_filesystem_avail_bytes / node_filesystem_size_bytes) * 100', 'probe_ssl_earliest_cert_expiry - time()', 'sum(rate(scanner_parcels_scanned_total[10m]))',
                                  'max(pg_replication_lag_seconds)', 'sum(rate(billing_payment_failed_total[5m]))'])[1 + (k / 10 + k) % 10] AS expr,
                           (ARRAY['critical', 'warning'])[1 + k % 2] AS sev) t;

CREATE FUNCTION xgen.rdata(k int, expr text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    jsonb_build_object('refId', 'A', 'queryType', '', 'relativeTimeRange', jsonb_build_object('from', 600, 'to', 0), 'datasourceUid', xgen.dsuid(CASE WHEN k % 4 = 0 THEN 2 ELSE 1 END),
      'model', jsonb_build_object('expr', expr, 'instant', true, 'intervalMs', 1000, 'maxDataPoints', 43200, 'refId', 'A')),
    jsonb_build_object('refId', 'B', 'queryType', '', 'relativeTimeRange', jsonb_build_object('from', 0, 'to', 0), 'datasourceUid', '__expr__',
      'model', jsonb_build_object('expression', 'A', 'reducer', 'last', 'refId', 'B', 'type', 'reduce')),
    jsonb_build_object('refId', 'C', 'queryType', '', 'relativeTimeRange', jsonb_build_object('from', 0, 'to', 0), 'datasourceUid', '__expr__',
      'model', jsonb_build_object('conditions', jsonb_build_array(jsonb_build_object('evaluator', jsonb_build_object('params', jsonb_build_array(CASE WHEN k % 3 = 0 THEN 0.02 ELSE 10000 END), 'type', 'gt'))),
        'expression', 'B', 'refId', 'C', 'type', 'threshold')))::text
$$;
CREATE FUNCTION xgen.rann(k int, title text, svc text, dk int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('summary', title || ' on {{ $labels.job }}',
    'description', CASE k % 4
      WHEN 0 THEN 'Owner: ' || fixture_gen.full_name('rown', k) || ' (' || fixture_gen.phone('rph', k) || '). Outside business hours page the secondary, ' || fixture_gen.full_name('rsec', k) || '.'
      WHEN 1 THEN 'Value {{ $values.B }} is above the threshold for 5 minutes.'
      WHEN 2 THEN 'Check the ' || svc || ' runbook. If customers are affected, tell support (' || fixture_gen.full_name('rsup', k) || ' leads the L2 rota this quarter).'
      ELSE 'Fires when ' || svc || ' breaches its SLO.' END,
    'runbook_url', 'https://confluence.kestrel-freight.example/display/SRE/Runbook+' || replace(initcap(svc), '-', '+'),
    '__dashboardUid__', CASE WHEN k % 2 = 0 THEN xgen.duid(dk) END, '__panelId__', CASE WHEN k % 2 = 0 THEN '2' END))::text
$$;

CREATE TABLE alert_rule (
    id serial PRIMARY KEY, org_id bigint NOT NULL, title varchar(190) NOT NULL, condition varchar(190) NOT NULL, data text NOT NULL, updated timestamp NOT NULL,
    interval_seconds bigint NOT NULL DEFAULT 60, version integer NOT NULL DEFAULT 0, uid varchar(40) NOT NULL DEFAULT 0, namespace_uid varchar(40) NOT NULL,
    rule_group varchar(190) NOT NULL, no_data_state varchar(15) NOT NULL DEFAULT 'NoData', exec_err_state varchar(15) NOT NULL DEFAULT 'Alerting', "for" bigint NOT NULL DEFAULT 0,
    annotations text, labels text, dashboard_uid varchar(40), panel_id bigint, rule_group_idx integer NOT NULL DEFAULT 1, is_paused boolean NOT NULL DEFAULT false,
    notification_settings text, record text, metadata text
);
INSERT INTO alert_rule
SELECT r.k, 1, r.title, 'C', xgen.rdata(r.k, r.expr), timestamp '2024-01-15 10:00:00' + r.k * interval '3 days', 60, 1 + r.k % 6, xgen.low('aruid', r.k, 14), xgen.duid(r.folder), r.grp,
       (ARRAY['NoData', 'OK', 'Alerting'])[1 + r.k % 3], (ARRAY['Error', 'Alerting', 'OK'])[1 + r.k % 3], CASE WHEN r.k % 3 = 0 THEN 300000000000 ELSE 60000000000 END,
       xgen.rann(r.k, r.title, r.svc, r.dk), jsonb_build_object('severity', r.sev, 'team', r.team, 'service', r.svc)::text,
       CASE WHEN r.k % 2 = 0 THEN xgen.duid(r.dk) END, CASE WHEN r.k % 2 = 0 THEN 2 END, 1 + r.k / 10, r.k = 33,
       CASE WHEN r.k % 5 = 0 THEN jsonb_build_object('receiver', (ARRAY['payments-oncall', 'sre-slack', 'db-team-email', 'warehouse-sms'])[1 + r.k % 4], 'group_by', jsonb_build_array('alertname', 'grafana_folder'))::text END,
       NULL, '{"editor_settings":{"simplified_query_and_expressions_section":false}}'
FROM xgen.r r ORDER BY r.k;

CREATE TABLE alert_rule_version (
    id serial PRIMARY KEY, rule_org_id bigint NOT NULL, rule_uid varchar(40) NOT NULL DEFAULT 0, rule_namespace_uid varchar(40) NOT NULL, rule_group varchar(190) NOT NULL,
    parent_version integer NOT NULL, restored_from integer NOT NULL, version integer NOT NULL, created timestamp NOT NULL, title varchar(190) NOT NULL, condition varchar(190) NOT NULL,
    data text NOT NULL, interval_seconds bigint NOT NULL, no_data_state varchar(15) NOT NULL DEFAULT 'NoData', exec_err_state varchar(15) NOT NULL DEFAULT 'Alerting',
    "for" bigint NOT NULL DEFAULT 0, annotations text, labels text, rule_group_idx integer NOT NULL DEFAULT 1, is_paused boolean NOT NULL DEFAULT false,
    notification_settings text, record text, metadata text
);
INSERT INTO alert_rule_version (rule_org_id, rule_uid, rule_namespace_uid, rule_group, parent_version, restored_from, version, created, title, condition, data, interval_seconds,
  no_data_state, exec_err_state, "for", annotations, labels, rule_group_idx, is_paused, notification_settings, record, metadata)
SELECT 1, a.uid, a.namespace_uid, a.rule_group, v - 1, 0, v, a.updated - (a.version - v) * interval '11 days', a.title, a.condition, a.data, a.interval_seconds, a.no_data_state, a.exec_err_state,
       a."for", CASE WHEN v < a.version AND a.id % 4 = 1 THEN replace(a.annotations, 'for 5 minutes.', 'for 5 minutes. Ping ' || fixture_gen.full_name('rvn', a.id) || ' before silencing.') ELSE a.annotations END,
       a.labels, a.rule_group_idx, false, a.notification_settings, NULL, a.metadata
FROM alert_rule a CROSS JOIN generate_series(1, a.version) v ORDER BY a.id, v;

UPDATE annotation n SET alert_id = r.k, dashboard_id = CASE WHEN r.k % 2 = 0 THEN r.dk ELSE 0 END, panel_id = CASE WHEN r.k % 2 = 0 THEN 2 ELSE 0 END,
  dashboard_uid = CASE WHEN r.k % 2 = 0 THEN xgen.duid(r.dk) END,
  text = r.title || ' {grafana_folder=' || (SELECT title FROM xgen.d WHERE k = r.folder) || ', service=' || r.svc || ', severity=' || r.sev || ', team=' || r.team || '} - B=' || substr(n.data, strpos(n.data, '"B":') + 4, strpos(n.data, ',"C"') - strpos(n.data, '"B":') - 4) || ', C=' || substr(n.data, strpos(n.data, '"C":') + 4, 1)
FROM xgen.r r WHERE n.type = 'alert' AND r.k = n.alert_id;

-- Alertmanager configuration per org: receivers with emails, the OnCall
-- webhook URL carrying its token, a basic-auth webhook password in clear
-- (set through the API before secure settings), secure settings encrypted.
CREATE FUNCTION xgen.amcfg(o int, rev int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'template_files', jsonb_build_object('kestrel.tmpl', '{{ define "kestrel.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.service }}){{ end }}'),
    'alertmanager_config', jsonb_build_object(
      'route', jsonb_build_object('receiver', CASE WHEN o = 1 THEN 'sre-slack' ELSE 'default-email' END, 'group_by', jsonb_build_array('grafana_folder', 'alertname'),
        'routes', CASE WHEN o = 1 THEN jsonb_build_array(
          jsonb_build_object('receiver', 'payments-oncall', 'object_matchers', jsonb_build_array(jsonb_build_array('team', '=', 'payments'))),
          jsonb_build_object('receiver', 'db-team-email', 'object_matchers', jsonb_build_array(jsonb_build_array('team', '=', 'dbre'))),
          jsonb_build_object('receiver', 'warehouse-sms', 'object_matchers', jsonb_build_array(jsonb_build_array('team', '=', 'warehouse-it')), 'mute_time_intervals', jsonb_build_array('weekend-nights')),
          jsonb_build_object('receiver', 'grafana-oncall', 'object_matchers', jsonb_build_array(jsonb_build_array('severity', '=', 'critical')), 'continue', true)) ELSE '[]'::jsonb END,
        'group_wait', '30s', 'group_interval', '5m', 'repeat_interval', '4h'),
      'mute_time_intervals', jsonb_build_array(jsonb_build_object('name', 'weekend-nights', 'time_intervals', jsonb_build_array(jsonb_build_object('weekdays', jsonb_build_array('saturday', 'sunday'), 'times', jsonb_build_array(jsonb_build_object('start_time', '22:00', 'end_time', '06:00')))))),
      'templates', jsonb_build_array('kestrel.tmpl'),
      'receivers', CASE WHEN o = 1 THEN jsonb_build_array(
        jsonb_build_object('name', 'sre-slack', 'grafana_managed_receiver_configs', jsonb_build_array(jsonb_build_object('uid', xgen.low('cp', 1, 14), 'name', 'sre-slack', 'type', 'slack', 'disableResolveMessage', false,
          'settings', jsonb_build_object('recipient', '#sre-alerts', 'title', '{{ template "kestrel.title" . }}', 'mentionUsers', 'U02' || fixture_gen.chars('slu', rev, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
          'secureSettings', jsonb_build_object('url', xgen.enc('cpslk', o, 80))))),
        jsonb_build_object('name', 'payments-oncall', 'grafana_managed_receiver_configs', jsonb_build_array(jsonb_build_object('uid', xgen.low('cp', 2, 14), 'name', 'payments-oncall', 'type', 'pagerduty', 'disableResolveMessage', false,
          'settings', jsonb_build_object('severity', 'critical', 'class', 'billing', 'client', 'Grafana'), 'secureSettings', jsonb_build_object('integrationKey', xgen.enc('cppd', o, 32))))),
        jsonb_build_object('name', 'db-team-email', 'grafana_managed_receiver_configs', jsonb_build_array(jsonb_build_object('uid', xgen.low('cp', 3, 14), 'name', 'db-team-email', 'type', 'email', 'disableResolveMessage', false,
          'settings', jsonb_build_object('addresses', (SELECT string_agg(email, ';' ORDER BY i) FROM xgen.p WHERE i IN (23, 41, 152 + rev % 3)), 'singleEmail', true, 'message', 'DB alert. Primary DBA this week: ' || (SELECT full_name FROM xgen.p WHERE i = 41 + rev % 5))))),
        jsonb_build_object('name', 'warehouse-sms', 'grafana_managed_receiver_configs', jsonb_build_array(jsonb_build_object('uid', xgen.low('cp', 4, 14), 'name', 'warehouse-sms', 'type', 'webhook', 'disableResolveMessage', true,
          'settings', jsonb_build_object('url', 'https://sms-gw.kestrel-freight.example/send?to=' || replace(fixture_gen.phone('whsms', 4 + rev % 2), ' ', ''), 'httpMethod', 'POST', 'username', 'grafana', 'password', 'Sms-' || xgen.rnd('smspw', rev, 14))))),
        jsonb_build_object('name', 'grafana-oncall', 'grafana_managed_receiver_configs', jsonb_build_array(jsonb_build_object('uid', xgen.low('cp', 5, 14), 'name', 'grafana-oncall', 'type', 'oncall', 'disableResolveMessage', false,
          'settings', jsonb_build_object('url', 'https://oncall.kestrel-freight.example/integrations/v1/grafana_alerting/' || xgen.rnd('oncint', 1, 25) || '/'))))
        ) ELSE jsonb_build_array(jsonb_build_object('name', 'default-email', 'grafana_managed_receiver_configs', jsonb_build_array(jsonb_build_object('uid', xgen.low('cpd', o, 14), 'name', 'default-email', 'type', 'email',
          'disableResolveMessage', false, 'settings', jsonb_build_object('addresses', CASE o WHEN 3 THEN 'noc@balticcargolink.example' WHEN 4 THEN 'ingrid.lindqvist@proton.me' ELSE '<example@email.com>' END))))) END)
  )::text
$$;

CREATE TABLE alert_configuration (
    id serial PRIMARY KEY, alertmanager_configuration text NOT NULL, configuration_version varchar(3) NOT NULL, created_at integer NOT NULL, "default" boolean NOT NULL DEFAULT false,
    org_id bigint NOT NULL DEFAULT 0, configuration_hash varchar(32) NOT NULL DEFAULT 'not-yet-calculated'
);
INSERT INTO alert_configuration (alertmanager_configuration, configuration_version, created_at, "default", org_id, configuration_hash)
SELECT xgen.amcfg(o, CASE WHEN o = 1 THEN 24 ELSE 1 END), 'v1', xgen.ep(timestamp '2024-06-10 09:00:00' + o * interval '1 hour'), o = 5, o, md5(xgen.amcfg(o, CASE WHEN o = 1 THEN 24 ELSE 1 END))
FROM generate_series(1, 5) o;

CREATE TABLE alert_configuration_history (
    id serial PRIMARY KEY, org_id bigint NOT NULL DEFAULT 0, alertmanager_configuration text NOT NULL, configuration_hash varchar(32) NOT NULL DEFAULT 'not-yet-calculated',
    configuration_version varchar(3) NOT NULL, created_at integer NOT NULL, "default" boolean NOT NULL DEFAULT false, last_applied integer NOT NULL DEFAULT 0
);
INSERT INTO alert_configuration_history (org_id, alertmanager_configuration, configuration_hash, configuration_version, created_at, "default", last_applied)
SELECT o, xgen.amcfg(o, rev), md5(xgen.amcfg(o, rev)), 'v1', xgen.ep(timestamp '2023-11-20 04:00:00' + rev * interval '8 days' + o * interval '1 hour'), o = 5,
       xgen.ep(timestamp '2023-11-20 04:00:00' + rev * interval '8 days' + o * interval '1 hour' + interval '20 seconds')
FROM generate_series(1, 5) o, generate_series(1, 24) rev WHERE o = 1 OR rev <= 2 ORDER BY rev, o;

CREATE TABLE alert_instance (
    rule_org_id bigint NOT NULL, rule_uid varchar(40) NOT NULL DEFAULT 0, labels text NOT NULL, labels_hash varchar(190) NOT NULL, current_state varchar(190) NOT NULL,
    current_state_since bigint NOT NULL, last_eval_time bigint NOT NULL, current_state_end bigint NOT NULL DEFAULT 0, current_reason varchar(190), result_fingerprint varchar(16),
    resolved_at bigint, last_sent_at bigint, PRIMARY KEY (rule_org_id, rule_uid, labels_hash)
);
INSERT INTO alert_instance
SELECT 1, xgen.low('aruid', r.k, 14),
       jsonb_build_array(jsonb_build_array('__alert_rule_namespace_uid__', xgen.duid(r.folder)), jsonb_build_array('__alert_rule_uid__', xgen.low('aruid', r.k, 14)), jsonb_build_array('alertname', r.title),
         jsonb_build_array('grafana_folder', (SELECT title FROM xgen.d WHERE k = r.folder)), jsonb_build_array('instance', '10.20.' || (r.k % 8) || '.' || (10 + j) || ':9100'),
         jsonb_build_array('service', r.svc), jsonb_build_array('severity', r.sev), jsonb_build_array('team', r.team))::text,
       fixture_gen.hexn('aih', r.k * 10 + j, 40), CASE WHEN (r.k + j) % 6 = 0 THEN 'Alerting' WHEN (r.k + j) % 11 = 0 THEN 'NoData' WHEN (r.k + j) % 13 = 0 THEN 'Pending' ELSE 'Normal' END,
       xgen.ep(timestamp '2024-06-28 16:00:00' - make_interval(mins => fixture_gen.n('aics', r.k * 10 + j, 20000))), xgen.ep(timestamp '2024-06-28 16:59:00'),
       xgen.ep(timestamp '2024-06-28 17:03:00'), CASE WHEN (r.k + j) % 11 = 0 THEN 'MissingSeries' ELSE '' END, fixture_gen.hexn('aifp', r.k * 10 + j, 16),
       CASE WHEN (r.k + j) % 4 = 0 THEN xgen.ep(timestamp '2024-06-27 12:00:00' + make_interval(mins => r.k * 10 + j)) END,
       CASE WHEN (r.k + j) % 6 = 0 THEN xgen.ep(timestamp '2024-06-28 16:59:00') END
FROM xgen.r r, generate_series(1, 4) j;

CREATE TABLE alert_image (
    id serial PRIMARY KEY, token varchar(190) NOT NULL UNIQUE, path varchar(190) NOT NULL, url varchar(2048) NOT NULL, created_at timestamp NOT NULL, expires_at timestamp NOT NULL
);
INSERT INTO alert_image (token, path, url, created_at, expires_at)
SELECT fixture_gen.uuid('aimg', k), '/var/lib/grafana/png/' || xgen.rnd('aimp', k, 20) || '.png',
       'https://storage.googleapis.com/kestrel-grafana-alert-images/' || xgen.rnd('aimp', k, 20) || '.png',
       timestamp '2024-06-14 00:00:00' + k * interval '5 hours', timestamp '2024-06-14 00:00:00' + k * interval '5 hours' + interval '14 days'
FROM generate_series(1, 60) k;

CREATE TABLE ngalert_configuration (
    id serial PRIMARY KEY, org_id bigint NOT NULL UNIQUE, alertmanagers text, created_at integer NOT NULL, updated_at integer NOT NULL, send_alerts_to smallint NOT NULL DEFAULT 0
);
INSERT INTO ngalert_configuration (org_id, alertmanagers, created_at, updated_at, send_alerts_to) VALUES
  (1, '["http://alertmanager.monitoring.svc:9093","https://grafana:' || xgen.rnd('ngam', 1, 18) || '@alertmanager.legacy.kestrel-freight.example"]', 1639994400, 1701000000, 2),
  (2, '[]', 1650000000, 1650000000, 0),
  (3, '["https://am.balticcargolink.example/api/v2/?token=' || xgen.rnd('ngbt', 3, 32) || '"]', 1660000000, 1690000000, 1);

CREATE TABLE provenance_type (
    id serial PRIMARY KEY, org_id bigint NOT NULL, record_key varchar(190) NOT NULL, record_type varchar(190) NOT NULL, provenance varchar(190) NOT NULL
);
INSERT INTO provenance_type (org_id, record_key, record_type, provenance)
SELECT 1, xgen.low('aruid', k, 14), 'alertRule', CASE WHEN k % 3 = 0 THEN 'api' ELSE 'file' END FROM generate_series(1, 45) k WHERE k % 2 = 1
UNION ALL SELECT 1, xgen.low('cp', k, 14), 'contactPoint', 'file' FROM generate_series(1, 5) k
UNION ALL SELECT 1, 'policies', 'notificationPolicy', 'file'
UNION ALL SELECT 1, 'weekend-nights', 'muteTimeInterval', 'api'
UNION ALL SELECT 1, 'kestrel.tmpl', 'template', 'file';

-- ---------------------------------------------------------------------------
-- API keys and service account tokens, key/value store, plugin settings,
-- remote cache, signing key, server locks, SSO settings.

CREATE TABLE api_key (
    id serial PRIMARY KEY, org_id bigint NOT NULL, name varchar(190) NOT NULL, key varchar(190) NOT NULL UNIQUE, role varchar(255) NOT NULL, created timestamp NOT NULL,
    updated timestamp NOT NULL, expires bigint, service_account_id bigint, last_used_at timestamp, is_revoked boolean DEFAULT false
);
INSERT INTO api_key (org_id, name, key, role, created, updated, expires, service_account_id, last_used_at, is_revoked)
SELECT u.org_id, CASE WHEN k <= 6 THEN (ARRAY['jenkins-annotations', 'terraform-old', 'grafana-backup', 'statuspage', 'Postman - ' || split_part(p.full_name, ' ', 1), 'dashboards-export-2020'])[k]
                      ELSE 'sa-' || u.id || '-' || (ARRAY['token', 'ci', 'prod', 'rotated-2024', 'k8s'])[1 + k % 5] END,
       CASE WHEN k <= 6 THEN xgen.pbkdf2('akey', k) ELSE fixture_gen.hexn('glsa', k, 64) END,
       CASE WHEN k <= 6 THEN (ARRAY['Editor', 'Admin', 'Admin', 'Viewer', 'Admin', 'Viewer'])[k] ELSE 'Viewer' END,
       timestamp '2020-01-15 10:00:00' + k * interval '17 days', timestamp '2020-01-15 10:00:00' + k * interval '17 days',
       CASE WHEN k % 4 = 0 THEN xgen.ep(timestamp '2020-01-15 10:00:00' + k * interval '17 days' + interval '365 days') END,
       CASE WHEN k <= 6 THEN NULL ELSE u.id END,
       CASE WHEN k % 3 <> 0 THEN timestamp '2024-06-28 16:00:00' - make_interval(mins => fixture_gen.n('aklu', k, 90000)) END, k % 13 = 0
FROM generate_series(1, 48) k
JOIN "user" u ON u.id = CASE WHEN k <= 6 THEN 1 ELSE 206 + (k % 25) END
JOIN xgen.p p ON p.i = 2 + k;

CREATE TABLE kv_store (
    id serial PRIMARY KEY, org_id bigint NOT NULL, namespace varchar(190) NOT NULL, key varchar(190) NOT NULL, value text NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL,
    UNIQUE (org_id, namespace, key)
);
-- silence: a silence as the Alertmanager's protobuf snapshot holds it (id, matchers, times, created_by, comment).
CREATE FUNCTION xgen.silence(o int, s int) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT decode('0a', 'hex') || set_byte(decode('00', 'hex'), 0, 36) || convert_to(fixture_gen.uuid('sil', o * 100 + s), 'UTF8')
      || decode('12', 'hex') || set_byte(decode('00', 'hex'), 0, 9) || convert_to('alertname', 'UTF8') || decode('1a', 'hex') || set_byte(decode('00', 'hex'), 0, length(t)) || convert_to(t, 'UTF8')
      || decode('3a', 'hex') || set_byte(decode('00', 'hex'), 0, length(convert_to(who, 'UTF8'))) || convert_to(who, 'UTF8')
      || decode('42', 'hex') || set_byte(decode('00', 'hex'), 0, length(convert_to(c, 'UTF8'))) || convert_to(c, 'UTF8') || xgen.bytes('silts', o * 100 + s, 12)
  FROM (SELECT (SELECT title FROM xgen.r WHERE k = 1 + (s * 7) % 45) AS t,
               (SELECT login FROM xgen.p WHERE i = 2 + fixture_gen.n('silw', o * 100 + s, 188)) AS who,
               fixture_gen.pick(ARRAY['Planned maintenance', 'Known issue, fix deploying', 'Silenced during the migration, ask ' || fixture_gen.full_name('silc', s) || ' before removing',
                 'Noise from the load test', 'Customer import tonight, expected lag', 'Vendor outage'], 'silc', s) AS c) x
$$;
INSERT INTO kv_store (org_id, namespace, key, value, created, updated)
SELECT o, 'alertmanager', 'silences', translate(encode((SELECT string_agg(xgen.silence(o, s), '' ORDER BY s) FROM generate_series(1, CASE WHEN o = 1 THEN 14 ELSE 2 END) s), 'base64'), E'\n', ''),
       timestamp '2023-11-20 04:00:00', timestamp '2024-06-28 16:45:00'
FROM generate_series(1, 3) o
UNION ALL
SELECT o, 'alertmanager', 'notifications', translate(encode(convert_to('{}/{__grafana_receiver__="' || CASE WHEN o = 1 THEN 'sre-slack' ELSE 'default-email' END || '"}:{alertname="High error rate"}', 'UTF8') || xgen.bytes('nflog', o, 120), 'base64'), E'\n', ''),
       timestamp '2023-11-20 04:00:00', timestamp '2024-06-28 16:59:00'
FROM generate_series(1, 3) o
UNION ALL
SELECT 0, ns, key, val, timestamp '2022-11-08 07:30:00' + k * interval '3 days', timestamp '2024-06-01 00:00:00' + k * interval '1 hour'
FROM (VALUES (1, 'infra.usagestats', 'last_sent', '2024-06-28T00:00:12Z'), (2, 'ngalert.migration', 'migrated', 'true'), (3, 'ngalert.migration', 'stateKey', '{"migratedOrgs":[1,2,3,4,5]}'),
  (4, 'secretsmigrations', 'compatibility', 'done'), (5, 'updatechecker', 'latest', '{"stable":"11.1.0","testing":"11.1.0"}'),
  (6, 'plugin.publickeys', 'key-7e4d0c6a708866e7', '-----BEGIN PGP PUBLIC KEY BLOCK-----' || E'\n\n' || fixture_gen.b64('pgpk', 1, 180) || E'\n-----END PGP PUBLIC KEY BLOCK-----'),
  (7, 'plugin.publickeys', 'last_updated', '2024-06-27T03:00:00Z'), (8, 'serviceaccounts', 'migrationStatus', 'completed'),
  (9, 'anonymous', 'device_count_limit', '0'), (10, 'plugin.grafana-oncall-app', 'last_sync', '2024-06-28T16:50:00Z'),
  (11, 'datasource', 'lastMigration', 'v11.0.0'), (12, 'sso-settings', 'migrated', 'true')) v(k, ns, key, val);

CREATE TABLE plugin_setting (
    id serial PRIMARY KEY, org_id bigint, plugin_id varchar(190) NOT NULL, enabled boolean NOT NULL, pinned boolean NOT NULL, json_data text, secure_json_data text,
    created timestamp NOT NULL, updated timestamp NOT NULL, plugin_version varchar(50)
);
INSERT INTO plugin_setting (org_id, plugin_id, enabled, pinned, json_data, secure_json_data, created, updated, plugin_version)
SELECT o, pid, true, pin, jd, ss, timestamp '2021-02-01 10:00:00' + k * interval '53 days', timestamp '2021-02-01 10:00:00' + k * interval '53 days' + interval '30 days', ver
FROM (VALUES
  (1, 1, 'grafana-oncall-app', true, '{"stackId":5,"orgId":100,"onCallApiUrl":"https://oncall.kestrel-freight.example","license":"OpenSource","grafanaUrl":"https://grafana.kestrel-freight.example"}',
      '{"onCallApiToken":"' || xgen.enc('psoc', 1, 48) || '","grafanaToken":"' || xgen.enc('psgt', 1, 46) || '"}', '1.8.5'),
  (2, 1, 'grafana-synthetic-monitoring-app', false, '{"apiHost":"https://synthetic-monitoring-api-eu-west-2.grafana.net","stackId":812344,"metrics":{"grafanaName":"grafanacloud-kestrel-prom","hostedId":1284417},"logs":{"grafanaName":"grafanacloud-kestrel-logs","hostedId":691022},"initialized":true}',
      '{"accessToken":"' || xgen.enc('pssm', 2, 64) || '"}', '1.14.2'),
  (3, 1, 'grafana-piechart-panel', false, '{}', '{}', '1.6.4'),
  (4, 1, 'yesoreyeram-infinity-datasource', false, '{}', '{}', '2.8.0'),
  (5, 1, 'grafana-kubernetes-app', false, '{"prometheusDatasourceUid":"' || xgen.dsuid(1) || '"}', '{}', '1.0.0'),
  (6, 1, 'grafana-incident-app', true, '{"incidentChannel":"#incidents","defaultCommander":"' || (SELECT email FROM xgen.p WHERE i = 17) || '","slackWorkspace":"kestrelfreight"}',
      '{"slackBotToken":"' || xgen.enc('psinc', 6, 56) || '"}', '1.4.1'),
  (7, 2, 'grafana-clickhouse-datasource', false, '{}', '{}', '4.0.8'),
  (8, 1, 'marcusolsson-json-datasource', false, '{}', '{}', '1.3.13'),
  (9, 1, 'grafana-lokiexplore-app', true, '{}', '{}', '1.0.0'),
  (10, 3, 'grafana-oncall-app', false, '{"onCallApiUrl":"https://oncall.kestrel-freight.example"}', '{}', '1.8.5')
) v(k, o, pid, pin, jd, ss, ver);

CREATE TABLE cache_data (cache_key varchar(168) PRIMARY KEY, data bytea NOT NULL, expires integer NOT NULL, created_at integer NOT NULL);
INSERT INTO cache_data
SELECT 'render-' || xgen.rnd('rk', k, 32), convert_to('{"OrgID":1,"UserID":' || (2 + fixture_gen.n('rku', k, 188)) || ',"OrgRole":"Viewer"}', 'UTF8'), 300,
       xgen.ep(timestamp '2024-06-28 16:55:00' + make_interval(secs => k * 7))::int
FROM generate_series(1, 30) k
UNION ALL
SELECT 'auth-proxy-sync-ttl:' || encode(sha256(convert_to('apx' || k, 'UTF8')), 'hex'), convert_to((2 + fixture_gen.n('apxu', k, 188))::text, 'UTF8'), 900,
       xgen.ep(timestamp '2024-06-28 16:40:00' + make_interval(secs => k * 13))::int
FROM generate_series(1, 20) k
UNION ALL
SELECT 'plugins-catalog:' || x, convert_to('{"items":[],"page":1}', 'UTF8'), 3600, 1719590000 FROM unnest(ARRAY['all', 'installed', 'datasource', 'panel', 'app']) x;

CREATE TABLE signing_key (
    id serial PRIMARY KEY, key_id varchar(255) NOT NULL UNIQUE, private_key text NOT NULL, added_at timestamp NOT NULL, expires_at timestamp, alg varchar(255) NOT NULL
);
INSERT INTO signing_key (key_id, private_key, added_at, expires_at, alg)
SELECT CASE WHEN k = 1 THEN 'id-2024-06-es256' ELSE 'id-' || to_char(timestamp '2024-06-01 00:00:00' - (k - 1) * interval '1 month', 'YYYY-MM') || '-es256' END,
       xgen.enc('sgk', k, 160), timestamp '2024-06-01 00:00:00' - (k - 1) * interval '1 month', timestamp '2024-06-01 00:00:00' - (k - 1) * interval '1 month' + interval '30 days', 'ES256'
FROM generate_series(1, 6) k;

CREATE TABLE server_lock (id serial PRIMARY KEY, operation_uid varchar(100) NOT NULL UNIQUE, version bigint NOT NULL, last_execution bigint NOT NULL);
INSERT INTO server_lock (operation_uid, version, last_execution)
SELECT op, 1000 + k * 37, 1719590000 - k * 60 FROM unnest(ARRAY['cleanup expired auth tokens', 'delete old login attempts', 'dashboard snapshot cleanup', 'annotation cleanup', 'short url cleanup',
  'query history cleanup', 'expired images cleanup', 'anon device cleanup', 'data keys rotation', 'secret migration', 'ngalert-state-cleanup', 'serviceaccounts-token-revocation']) WITH ORDINALITY v(op, k);

CREATE TABLE sso_setting (
    id varchar(40) PRIMARY KEY, provider varchar(255) NOT NULL, settings text NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, is_deleted boolean NOT NULL DEFAULT false
);
INSERT INTO sso_setting VALUES
  (xgen.low('sso', 1, 14), 'okta', jsonb_build_object('enabled', true, 'name', 'Okta', 'client_id', '0oa' || fixture_gen.chars('oktac', 1, 17, 'abcdefghijklmnopqrstuvwxyz0123456789'),
     'client_secret', xgen.enc('ssocs', 1, 40), 'auth_url', 'https://kestrel-freight.okta.example/oauth2/v1/authorize', 'token_url', 'https://kestrel-freight.okta.example/oauth2/v1/token',
     'api_url', 'https://kestrel-freight.okta.example/oauth2/v1/userinfo', 'scopes', 'openid profile email groups', 'allow_sign_up', true, 'use_pkce', true,
     'role_attribute_path', 'contains(groups[*], ''grafana-admins'') && ''Admin'' || contains(groups[*], ''sre'') && ''Editor'' || ''Viewer''',
     'allowed_groups', 'grafana-users sre grafana-admins')::text, '2024-04-02 10:00:00', '2024-05-14 09:12:44', false),
  (xgen.low('sso', 2, 14), 'github', jsonb_build_object('enabled', true, 'name', 'GitHub', 'client_id', 'Iv1.' || fixture_gen.hexn('ghci', 2, 16), 'client_secret', xgen.enc('ssocs', 2, 40),
     'allowed_organizations', 'lindqvist-observability kestrel-freight-partners', 'scopes', 'user:email,read:org', 'allow_sign_up', true,
     'role_attribute_path', 'login == ''' || (SELECT login FROM xgen.p WHERE i = 200) || ''' && ''Admin'' || ''Viewer''')::text, '2024-04-02 10:05:00', '2024-04-02 10:05:00', false),
  (xgen.low('sso', 3, 14), 'ldap', jsonb_build_object('enabled', true, 'config', jsonb_build_object('servers', jsonb_build_array(jsonb_build_object('host', 'dc01.corp.kestrel-freight.example', 'port', 636, 'use_ssl', true,
     'bind_dn', 'CN=svc-grafana,OU=Service Accounts,DC=corp,DC=kestrel-freight,DC=example', 'bind_password', xgen.enc('ldapbp', 3, 24),
     'search_filter', '(sAMAccountName=%s)', 'search_base_dns', jsonb_build_array('OU=Users,DC=corp,DC=kestrel-freight,DC=example'),
     'attributes', jsonb_build_object('username', 'sAMAccountName', 'email', 'mail', 'name', 'givenName', 'surname', 'sn', 'member_of', 'memberOf')))))::text, '2024-05-20 08:00:00', '2024-05-20 08:00:00', false),
  (xgen.low('sso', 4, 14), 'google', '{"enabled":false,"client_id":"","client_secret":""}', '2024-04-02 10:06:00', '2024-04-03 11:00:00', true);

-- ---------------------------------------------------------------------------
-- Access control: roles, permissions, assignments, seeds.

CREATE TABLE role (
    id serial PRIMARY KEY, name varchar(190) NOT NULL, description text, version bigint NOT NULL, org_id bigint NOT NULL, uid varchar(40) NOT NULL, created timestamp NOT NULL,
    updated timestamp NOT NULL, display_name varchar(190), group_name varchar(190), hidden boolean NOT NULL DEFAULT false
);
INSERT INTO role (name, description, version, org_id, uid, created, updated, display_name, group_name, hidden)
SELECT 'basic:' || b, '', 1, 0, 'basic_' || b, timestamp '2022-03-01 10:00:00', timestamp '2022-03-01 10:00:00', initcap(b), 'Basic', false FROM unnest(ARRAY['none', 'viewer', 'editor', 'admin', 'grafana_admin']) b
UNION ALL
SELECT 'managed:builtins:' || b || ':permissions', '', 0, o, xgen.low('rmb', o * 10 + k, 14), '2022-03-01 10:00:00', '2022-03-01 10:00:00', NULL, NULL, false
FROM generate_series(1, 5) o, unnest(ARRAY['viewer', 'editor', 'admin']) WITH ORDINALITY v(b, k)
UNION ALL
SELECT 'managed:users:' || u || ':permissions', '', 0, 1, xgen.low('rmu', u, 14), '2022-06-01 10:00:00', '2022-06-01 10:00:00', NULL, NULL, false
FROM generate_series(2, 190, 5) u
UNION ALL
SELECT 'managed:teams:' || t || ':permissions', '', 0, 1, xgen.low('rmt', t, 14), '2022-06-01 10:00:00', '2022-06-01 10:00:00', NULL, NULL, false FROM generate_series(1, 15) t
UNION ALL
SELECT n, d, 1, 1, xgen.low('rc', k, 14), '2023-02-01 10:00:00', '2023-05-01 10:00:00', dn, 'Custom', false
FROM (VALUES (1, 'custom:support-l2', 'Support L2: read the support dashboards and Explore on Loki', 'Support L2'), (2, 'custom:billing-analyst', 'Read billing dashboards and the billing replica', 'Billing analyst'),
  (3, 'custom:alert-silencer', 'Can create and expire silences', 'Alert silencer')) v(k, n, d, dn);

CREATE TABLE permission (
    id serial PRIMARY KEY, role_id bigint NOT NULL, action varchar(190) NOT NULL, scope varchar(190) NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL,
    kind varchar(40) NOT NULL DEFAULT '', attribute varchar(40) NOT NULL DEFAULT '', identifier varchar(40) NOT NULL DEFAULT ''
);
INSERT INTO permission (role_id, action, scope, created, updated, kind, attribute, identifier)
SELECT r.id, a.action, CASE WHEN r.name LIKE 'managed:users:%' THEN 'dashboards:uid:' || xgen.duid(14 + r.id % 60) WHEN r.name LIKE 'managed:teams:%' THEN 'folders:uid:' || xgen.duid(1 + r.id % 10)
                             WHEN r.name LIKE 'basic:%' THEN a.bscope ELSE 'datasources:uid:' || xgen.dsuid(1 + r.id % 5) END,
       r.created, r.updated, '', '', ''
FROM role r CROSS JOIN (VALUES ('dashboards:read', 'dashboards:*'), ('dashboards:write', 'dashboards:*'), ('folders:read', 'folders:*'), ('datasources:query', 'datasources:*')) a(action, bscope)
WHERE r.name NOT LIKE 'managed:builtins:%' OR a.action <> 'datasources:query'
ORDER BY r.id;
UPDATE permission SET kind = split_part(scope, ':', 1), attribute = split_part(scope, ':', 2), identifier = split_part(scope, ':', 3);
INSERT INTO permission (role_id, action, scope, created, updated, kind, attribute, identifier)
SELECT id, 'teams:read', 'teams:id:' || (id % 15 + 1), created, updated, 'teams', 'id', (id % 15 + 1)::text FROM role WHERE name LIKE 'managed:teams:%';

CREATE TABLE user_role (id serial PRIMARY KEY, org_id bigint NOT NULL, user_id bigint NOT NULL, role_id bigint NOT NULL, created timestamp NOT NULL, group_mapping_uid varchar(40) DEFAULT '');
INSERT INTO user_role (org_id, user_id, role_id, created)
SELECT 1, split_part(r.name, ':', 3)::bigint, r.id, r.created FROM role r WHERE r.name LIKE 'managed:users:%'
UNION ALL
SELECT 1, 2 + fixture_gen.n('urc', k, 188), (SELECT id FROM role WHERE name = 'custom:support-l2'), timestamp '2023-02-02 10:00:00' + k * interval '5 days' FROM generate_series(1, 25) k
UNION ALL
SELECT 0, u, (SELECT id FROM role WHERE name = 'basic:grafana_admin'), '2022-03-01 10:00:00' FROM unnest(ARRAY[1, 2, 3, 17, 151]) u;

CREATE TABLE team_role (id serial PRIMARY KEY, org_id bigint NOT NULL, team_id bigint NOT NULL, role_id bigint NOT NULL, created timestamp NOT NULL);
INSERT INTO team_role (org_id, team_id, role_id, created)
SELECT 1, split_part(r.name, ':', 3)::bigint, r.id, r.created FROM role r WHERE r.name LIKE 'managed:teams:%'
UNION ALL SELECT 1, 9, (SELECT id FROM role WHERE name = 'custom:support-l2'), '2023-02-01 10:00:00'
UNION ALL SELECT 1, 2, (SELECT id FROM role WHERE name = 'custom:billing-analyst'), '2023-02-01 10:00:00';

CREATE TABLE builtin_role (id serial PRIMARY KEY, role varchar(190) NOT NULL, role_id bigint NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, org_id bigint NOT NULL DEFAULT 0);
INSERT INTO builtin_role (role, role_id, created, updated, org_id)
SELECT initcap(split_part(r.name, ':', 3)), r.id, r.created, r.updated, r.org_id FROM role r WHERE r.name LIKE 'managed:builtins:%'
UNION ALL SELECT 'Editor', (SELECT id FROM role WHERE name = 'custom:alert-silencer'), '2023-02-01 10:00:00', '2023-02-01 10:00:00', 1;

CREATE TABLE seed_assignment (
    builtin_role varchar(190) NOT NULL, role_name varchar(190), action varchar(190), scope varchar(190), id serial PRIMARY KEY, origin varchar(190)
);
INSERT INTO seed_assignment (builtin_role, role_name, action, scope, origin)
SELECT b, NULL, a, s, o FROM unnest(ARRAY['Viewer', 'Editor', 'Admin']) b
CROSS JOIN (VALUES ('plugins.app:access', 'plugins:id:grafana-oncall-app', 'grafana-oncall-app'), ('grafana-oncall-app.alert-groups:read', '', 'grafana-oncall-app'),
  ('grafana-oncall-app.schedules:read', '', 'grafana-oncall-app'), ('grafana-incident-app.incidents:read', '', 'grafana-incident-app'),
  ('plugins.app:access', 'plugins:id:grafana-lokiexplore-app', 'grafana-lokiexplore-app'), ('grafana-synthetic-monitoring-app.checks:read', '', 'grafana-synthetic-monitoring-app')) v(a, s, o)
UNION ALL
SELECT b, 'fixed:' || r || ':reader', NULL, NULL, NULL FROM unnest(ARRAY['Viewer', 'Editor']) b, unnest(ARRAY['dashboards', 'folders', 'annotations', 'alerting', 'library.panels']) r;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
