-- classify-eval fixture (HOLDOUT 25: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- OpenProject 14 instance on PostgreSQL in the naming its ActiveRecord
-- migrations create (snake_case plural tables, bigint ids, created_at and
-- updated_at as timestamp(6), jsonb settings), a subset of its tables with
-- their real columns. The instance belongs to Nordwind Infra GmbH, an
-- engineering firm that builds substations and grid connections for wind and
-- solar farms (offices in Hamburg, Porto and Pune), and is shared with client
-- staff of municipal utilities and with subcontractors. Users, groups,
-- placeholder users and the built-in system, anonymous and deleted users in
-- one table (logins that are handles or emails, identity URLs of the Keycloak
-- provider), bcrypt and salted SHA-1 password rows, UI preferences as jsonb,
-- tokens kept as SHA-256 digests (API tokens with names in data), the
-- database session store with base64 Marshal payloads, Doorkeeper's OAuth
-- applications, grants and tokens, the Nextcloud storages' OAuth clients and
-- client tokens, remote identities, an LDAP connection with its bind
-- password, TOTP, SMS and WebAuthn devices, projects with status
-- explanations, members and roles, work packages whose subjects and
-- descriptions name landowners, client engineers and phone numbers, their
-- journals with notes and cause JSON, custom fields and values (the
-- landowner's phone, the client's cost centre, the site contact's email),
-- attachments whose file names name people, comments, news, forums and
-- messages, wiki pages with an on-call rota, meetings with participants and
-- agenda item notes, time and cost entries, hourly rates of people, budgets,
-- versions, queries with YAML filters, settings with the SMTP password among
-- UI flags, the enterprise token, notifications, storages and file links,
-- webhooks with their secrets and logs of what they sent, announcements, and
-- GoodJob's jobs with serialized arguments naming recipients. Lookup tables
-- (colors, statuses, types, enumerations, roles) hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA opgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION opgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

CREATE FUNCTION opgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a timestamp between 2019-09-01 and the snapshot (2024-06-28).
CREATE FUNCTION opgen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamp '2019-09-01 07:00:00' + make_interval(secs => fixture_gen.n(tag, i, 152000000))
$$;

-- People. 1-3: the built-in SystemUser, AnonymousUser and DeletedUser.
-- 4-150: Nordwind staff (Hamburg, Porto, Pune). 151-185: client staff of the
-- utilities and subcontractors (logins are their emails). 186-199: groups.
-- 200-212: placeholder users.
CREATE TABLE opgen.p (i int PRIMARY KEY, kind text, first text, last text, login text, mail text, phone text, org text, lang text, created timestamp);
INSERT INTO opgen.p
SELECT i, CASE WHEN i <= 150 THEN 'staff' ELSE 'client' END,
       fixture_gen.first_name('opf', i), fixture_gen.last_name('opl', i), NULL, NULL, fixture_gen.phone('oph', i),
       CASE WHEN i <= 150 THEN 'Nordwind Infra GmbH' WHEN i <= 160 THEN 'Stadtwerke Kiel' WHEN i <= 168 THEN 'Stadtwerke Flensburg' WHEN i <= 175 THEN 'EDP Renováveis'
            WHEN i <= 181 THEN 'Tata Power Renewables' WHEN i <= 183 THEN 'Kabelbau Jansen GmbH' ELSE 'Elektro Öztürk & Söhne' END,
       CASE WHEN i <= 150 THEN fixture_gen.pick(ARRAY['de', 'de', 'en', 'en', 'pt-BR', 'en'], 'lng', i) ELSE fixture_gen.pick(ARRAY['de', 'en', 'pt-BR', 'en'], 'lng', i) END,
       opgen.at('pcr', i)
FROM generate_series(4, 185) i;
UPDATE opgen.p SET login = CASE WHEN kind = 'staff' THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) ELSE NULL END;
UPDATE opgen.p p SET login = p.login || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) rn FROM opgen.p) d WHERE d.i = p.i AND d.rn > 1 AND p.login IS NOT NULL;
UPDATE opgen.p SET mail = CASE WHEN kind = 'staff' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || CASE WHEN i % 37 = 0 THEN i::text ELSE '' END || '@nordwind-infra.example'
  ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || CASE org WHEN 'Stadtwerke Kiel' THEN 'swkiel.example' WHEN 'Stadtwerke Flensburg' THEN 'stadtwerke-flensburg.example'
       WHEN 'EDP Renováveis' THEN 'edpr.example' WHEN 'Tata Power Renewables' THEN 'tatapower-re.example' WHEN 'Kabelbau Jansen GmbH' THEN 'kabelbau-jansen.example' ELSE 'gmail.com' END END;
UPDATE opgen.p SET login = mail WHERE kind = 'client';
UPDATE opgen.p SET phone = CASE WHEN org LIKE 'Stadtwerke%' OR org LIKE '%GmbH' OR org LIKE '%Söhne' THEN '+49 ' || fixture_gen.pick(ARRAY['431 ', '461 ', '151 ', '170 '], 'cph', i) || fixture_gen.digits('cph', i, 7)
  WHEN org LIKE 'EDP%' THEN '+351 9' || fixture_gen.digits('cph', i, 2) || ' ' || fixture_gen.digits('cpx', i, 3) || ' ' || fixture_gen.digits('cpy', i, 3)
  ELSE '+91 9' || fixture_gen.digits('cph', i, 4) || ' ' || fixture_gen.digits('cpx', i, 5) END WHERE kind = 'client';
UPDATE opgen.p SET lang = 'pt-BR' WHERE org LIKE 'EDP%';

-- uname: a person's display name.
CREATE FUNCTION opgen.uname(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT first || ' ' || last FROM opgen.p WHERE i = k $$;

-- staff: a staff user id for a tag and a row.
CREATE FUNCTION opgen.staff(tag text, i bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 4 + fixture_gen.n(tag, i, 147) $$;

-- ---------------------------------------------------------------------------
-- Users and their credentials.

CREATE TABLE ldap_auth_sources (
    id bigserial PRIMARY KEY, name varchar(60) NOT NULL DEFAULT '', host varchar(60), port integer, account varchar, account_password varchar DEFAULT '',
    base_dn varchar, attr_login varchar(30), attr_firstname varchar(30), attr_lastname varchar(30), attr_mail varchar(30), onthefly_register boolean NOT NULL DEFAULT false,
    attr_admin varchar, created_at timestamp(6), updated_at timestamp(6), tls_mode integer NOT NULL DEFAULT 0, filter_string text, verify_peer boolean NOT NULL DEFAULT true,
    tls_certificate_string text
);
INSERT INTO ldap_auth_sources VALUES
  (1, 'Nordwind AD', 'dc01.corp.nordwind-infra.example', 636, 'CN=svc-openproject,OU=Service Accounts,DC=corp,DC=nordwind-infra,DC=example',
   'Nw' || opgen.rnd('ldpw', 1, 14) || '!', 'OU=Staff,DC=corp,DC=nordwind-infra,DC=example', 'sAMAccountName', 'givenName', 'sn', 'mail', true, 'openprojectAdmin',
   '2019-09-02 10:14:00', '2023-11-20 08:31:12', 1, '(&(objectClass=user)(memberOf=CN=OpenProject Users,OU=Groups,DC=corp,DC=nordwind-infra,DC=example))', true, NULL),
  (2, 'Pune office LDAP (old)', '10.40.2.15', 389, 'uid=' || (SELECT login FROM opgen.p WHERE i = 23) || ',ou=people,dc=pune,dc=nordwind-infra,dc=example',
   opgen.rnd('ldpw', 2, 10), 'ou=people,dc=pune,dc=nordwind-infra,dc=example', 'uid', 'givenName', 'sn', 'mail', false, NULL,
   '2020-03-11 06:02:00', '2021-07-01 12:00:00', 0, NULL, false, NULL);

CREATE TABLE users (
    id bigserial PRIMARY KEY, login varchar(256) NOT NULL DEFAULT '', firstname varchar(256) NOT NULL DEFAULT '', lastname varchar(256) NOT NULL DEFAULT '',
    mail varchar(256) NOT NULL DEFAULT '', admin boolean NOT NULL DEFAULT false, status integer NOT NULL DEFAULT 1, last_login_on timestamp, language varchar(5) DEFAULT '',
    ldap_auth_source_id bigint, created_at timestamp(6), updated_at timestamp(6), type varchar, identity_url varchar, first_login boolean NOT NULL DEFAULT true,
    force_password_change boolean DEFAULT false, failed_login_count integer DEFAULT 0, last_failed_login_on timestamp, consented_at timestamp, webauthn_id varchar
);
INSERT INTO users VALUES
  (1, '', '', 'System', '', true, 1, NULL, '', NULL, '2019-09-01 07:00:00', '2019-09-01 07:00:00', 'SystemUser', NULL, true, false, 0, NULL, NULL, NULL),
  (2, '', '', 'Anonymous', '', false, 1, NULL, '', NULL, '2019-09-01 07:00:00', '2019-09-01 07:00:00', 'AnonymousUser', NULL, true, false, 0, NULL, NULL, NULL),
  (3, '', '', 'Deleted user', '', false, 1, NULL, '', NULL, '2019-09-01 07:00:00', '2019-09-01 07:00:00', 'DeletedUser', NULL, true, false, 0, NULL, NULL, NULL);
INSERT INTO users
SELECT i, login, first, last, mail, i IN (4, 5, 9, 17), CASE WHEN i % 19 = 7 THEN 3 WHEN i % 41 = 5 THEN 4 ELSE 1 END,
       CASE WHEN i % 19 = 7 THEN NULL ELSE least(created + make_interval(days => 2 + fixture_gen.n('ll', i, 900), secs => fixture_gen.n('lls', i, 86400)), timestamp '2024-06-28 09:00:00' - make_interval(secs => fixture_gen.n('llx', i, 3000000))) END,
       lang, CASE WHEN kind = 'staff' AND i % 5 <> 0 THEN 1 WHEN kind = 'staff' AND i BETWEEN 20 AND 30 THEN 2 END, created,
       least(created + make_interval(days => 30 + fixture_gen.n('upd', i, 600)), timestamp '2024-06-27 18:00:00'), 'User',
       CASE WHEN kind = 'staff' AND i % 5 = 0 THEN 'keycloak:' || fixture_gen.uuid('kcsub', i) WHEN kind = 'client' AND i % 3 = 0 THEN 'azure:' || fixture_gen.uuid('azsub', i) END,
       i % 19 = 7, i % 23 = 0, CASE WHEN i % 11 = 0 THEN 1 + fixture_gen.n('flc', i, 3) ELSE 0 END,
       CASE WHEN i % 11 = 0 THEN timestamp '2024-05-01 00:00:00' + make_interval(secs => fixture_gen.n('lfl', i, 4000000)) END,
       created + interval '3 minutes', CASE WHEN i % 7 = 0 THEN opgen.b64url('wau', i, 32) END
FROM opgen.p ORDER BY i;
INSERT INTO users (id, login, firstname, lastname, mail, admin, status, language, created_at, updated_at, type, first_login)
SELECT 185 + k, '', '', g, '', false, 1, '', timestamp '2019-09-10 09:00:00' + k * interval '17 days', timestamp '2024-01-10 09:00:00' + k * interval '2 days', 'Group', true
FROM unnest(ARRAY['Electrical Design', 'Civil & Structural', 'Site Managers Hamburg', 'Site Managers Porto', 'Protection & Control', 'Procurement', 'HSE',
  'Project Controls', 'Stadtwerke Kiel – Netzplanung', 'EDPR Onshore PT', 'Tata Power Solar Ops', 'Subcontractors', 'Management', 'IT']) WITH ORDINALITY AS t(g, k);
INSERT INTO users (id, login, firstname, lastname, mail, admin, status, language, created_at, updated_at, type, first_login)
SELECT 199 + k, '', '', g, '', false, 1, '', timestamp '2022-02-01 09:00:00' + k * interval '23 days', timestamp '2023-02-01 09:00:00' + k * interval '9 days', 'PlaceholderUser', true
FROM unnest(ARRAY['Site electrician (TBD)', 'Crane operator', 'Surveyor – subcontract', 'Commissioning engineer 2', 'HV jointer', 'Environmental consultant', 'Translator PT/DE',
  'Geotechnical lab', 'Scaffolding crew', 'External auditor', 'Welder (certified)', 'Fibre splicer', 'Traffic management']) WITH ORDINALITY AS t(g, k);

CREATE TABLE user_passwords (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, hashed_password varchar(128) NOT NULL, salt varchar(64), created_at timestamp(6), updated_at timestamp(6), type varchar NOT NULL
);
INSERT INTO user_passwords (user_id, hashed_password, salt, created_at, updated_at, type)
SELECT u.id, CASE WHEN u.id % 4 = 1 THEN substr(encode(sha256(convert_to('pw' || u.id || 's', 'UTF8')), 'hex'), 1, 40) ELSE fixture_gen.bcrypt('upw', u.id * 10 + k) END,
       CASE WHEN u.id % 4 = 1 THEN fixture_gen.hexn('usalt', u.id, 32) END,
       u.created_at + k * interval '200 days', u.created_at + k * interval '200 days',
       CASE WHEN u.id % 4 = 1 THEN 'UserPassword::SHA1' ELSE 'UserPassword::Bcrypt' END
FROM users u CROSS JOIN generate_series(0, 2) k
WHERE u.type = 'User' AND ((u.ldap_auth_source_id IS NULL AND u.identity_url IS NULL) OR u.id IN (4, 9)) AND (k = 0 OR u.id % 4 = k);

CREATE TABLE user_preferences (id bigserial PRIMARY KEY, user_id bigint NOT NULL, settings jsonb DEFAULT '{}', created_at timestamp(6), updated_at timestamp(6));
INSERT INTO user_preferences (user_id, settings, created_at, updated_at)
SELECT u.id, jsonb_build_object('time_zone', fixture_gen.pick(ARRAY['Europe/Berlin', 'Europe/Lisbon', 'Asia/Kolkata', 'Europe/Berlin', 'Etc/UTC'], 'tz', u.id),
       'comments_sorting', fixture_gen.pick(ARRAY['asc', 'desc'], 'cs', u.id), 'hide_mail', u.id % 3 <> 0, 'warn_on_leaving_unsaved', true,
       'auto_hide_popups', u.id % 2 = 0, 'theme', fixture_gen.pick(ARRAY['light', 'light', 'dark', 'light_high_contrast'], 'th', u.id),
       'disable_keyboard_shortcuts', u.id % 13 = 0, 'daily_reminders', jsonb_build_object('enabled', u.id % 4 <> 0, 'times', jsonb_build_array('08:00:00+00:00')),
       'workdays', jsonb_build_array(1, 2, 3, 4, 5), 'immediate_reminders', jsonb_build_object('mentioned', true),
       'pause_reminders', jsonb_build_object('enabled', u.id % 17 = 0)),
       u.created_at, u.updated_at
FROM users u WHERE u.type = 'User' ORDER BY u.id;

CREATE TABLE tokens (
    id bigserial PRIMARY KEY, user_id bigint, type varchar, value varchar(128) NOT NULL DEFAULT '', created_at timestamp(6) NOT NULL, expires_on timestamp, data json,
    updated_at timestamp(6)
);
INSERT INTO tokens (user_id, type, value, created_at, expires_on, data, updated_at)
SELECT u, t, encode(sha256(convert_to('tok' || k, 'UTF8')), 'hex'), c,
       CASE t WHEN 'Token::Recovery' THEN c + interval '1 day' WHEN 'Token::Invitation' THEN c + interval '7 days' WHEN 'Token::AutoLogin' THEN c + interval '7 days' WHEN 'Token::Backup' THEN c + interval '1 day' END,
       CASE WHEN t = 'Token::API' THEN json_build_object('name', fixture_gen.pick(ARRAY['Power BI export', 'n8n sync', 'CI pipeline', 'Timesheet macro', 'Mobile app', 'Grafana panel'], 'tn', k)) END,
       c
FROM (SELECT k, CASE WHEN k % 9 = 0 THEN 151 + fixture_gen.n('tkc', k, 35) ELSE opgen.staff('tku', k) END AS u,
             fixture_gen.pick(ARRAY['Token::API', 'Token::RSS', 'Token::AutoLogin', 'Token::AutoLogin', 'Token::Recovery', 'Token::Invitation', 'Token::ICal', 'Token::ICal', 'Token::Backup'], 'tkt', k) AS t,
             opgen.at('tkc', k) AS c FROM generate_series(1, 220) k) x;

CREATE TABLE sessions (id bigserial PRIMARY KEY, session_id varchar NOT NULL, data text, created_at timestamp(6), updated_at timestamp(6), user_id bigint);
INSERT INTO sessions (session_id, data, created_at, updated_at, user_id)
SELECT '2::' || encode(sha256(convert_to('sid' || k, 'UTF8')), 'hex'),
       translate(encode(convert_to(E'\x04\x08{\x0bI"\x0csession_id\x06:\x06ETI"%' || fixture_gen.hexn('sidp', k, 32) || E'\x06;\x06TI"\x0cuser_id\x06;\x06Ti\x02' || coalesce(u::text, 'nil')
         || E'I"\x10_csrf_token\x06;\x06FI"1' || opgen.rnd('csrf', k, 43) || E'\x06;\x06FI"\x10updated_at\x06;\x06Ti\x04' || extract(epoch FROM c)::bigint
         || CASE WHEN k % 6 = 0 THEN E'I"\x12omniauth.state\x06;\x06TI"\x15' || fixture_gen.hexn('oas', k, 48) ELSE '' END
         || CASE WHEN k % 5 = 0 THEN E'I"\x14back_url\x06;\x06TI"' || '/projects/' || fixture_gen.pick(ARRAY['sw-kiel-umspannwerk', 'edpr-tondela', 'pune-solar-park'], 'sbu', k) || '/work_packages' ELSE '' END, 'UTF8'), 'base64'), E'\n', ''),
       c, c + make_interval(mins => fixture_gen.n('sup', k, 600)), u
FROM (SELECT k, CASE WHEN k % 8 = 0 THEN NULL ELSE opgen.staff('ssu', k) END AS u, timestamp '2024-06-14 00:00:00' + make_interval(secs => fixture_gen.n('ssc', k, 1200000)) AS c
      FROM generate_series(1, 160) k) x;

-- ---------------------------------------------------------------------------
-- OAuth: OpenProject as provider (Doorkeeper, secrets and tokens hashed) and
-- as client of the Nextcloud and OneDrive storages.

CREATE TABLE oauth_applications (
    id bigserial PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL, secret varchar NOT NULL, owner_type varchar, owner_id bigint, client_credentials_user_id bigint,
    redirect_uri text NOT NULL, scopes varchar NOT NULL DEFAULT '', confidential boolean NOT NULL DEFAULT true, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    integration_type varchar, integration_id bigint, builtin boolean DEFAULT false, enabled boolean DEFAULT true
);
INSERT INTO oauth_applications (name, uid, secret, owner_type, owner_id, client_credentials_user_id, redirect_uri, scopes, confidential, created_at, updated_at, integration_type, integration_id, builtin, enabled)
SELECT n, opgen.b64url('oauid', k, 32), encode(sha256(convert_to('oasec' || k, 'UTF8')), 'hex'), 'User', 4, CASE WHEN k = 4 THEN 61 END, r, sc, k <> 5,
       timestamp '2020-05-04 10:00:00' + k * interval '97 days', timestamp '2020-05-04 10:00:00' + k * interval '121 days',
       CASE WHEN k IN (2, 3) THEN 'Storages::Storage' END, CASE k WHEN 2 THEN 1 WHEN 3 THEN 2 END, k = 1, k <> 6
FROM (VALUES (1, 'OpenProject Mobile App', 'openprojectapp://oauth-callback', 'api_v3'),
  (2, 'Nextcloud (cloud.nordwind-infra.example)', 'https://cloud.nordwind-infra.example/index.php/apps/integration_openproject/oauth-redirect', 'api_v3'),
  (3, 'Nextcloud Porto (nc.pt.nordwind-infra.example)', 'https://nc.pt.nordwind-infra.example/index.php/apps/integration_openproject/oauth-redirect', 'api_v3'),
  (4, 'Power BI connector', 'urn:ietf:wg:oauth:2.0:oob', 'api_v3'),
  (5, 'Timesheet Excel add-in', 'https://localhost:3000/taskpane.html', 'api_v3'),
  (6, 'Old Jira importer', 'https://jira-migrate.nordwind-infra.example/callback', 'api_v3 bcf_v2_1')) v(k, n, r, sc);

CREATE TABLE oauth_access_grants (
    id bigserial PRIMARY KEY, resource_owner_id bigint NOT NULL, application_id bigint NOT NULL, token varchar NOT NULL, expires_in integer NOT NULL, redirect_uri text NOT NULL,
    created_at timestamp(6) NOT NULL, revoked_at timestamp(6), scopes varchar, code_challenge varchar, code_challenge_method varchar
);
INSERT INTO oauth_access_grants (resource_owner_id, application_id, token, expires_in, redirect_uri, created_at, revoked_at, scopes, code_challenge, code_challenge_method)
SELECT u, a, encode(sha256(convert_to('oag' || k, 'UTF8')), 'hex'), 600, (SELECT redirect_uri FROM oauth_applications WHERE id = a), c, c + interval '14 seconds', 'api_v3',
       CASE WHEN a = 1 THEN opgen.b64url('pkce', k, 32) END, CASE WHEN a = 1 THEN 'S256' END
FROM (SELECT k, opgen.staff('agu', k) AS u, 1 + fixture_gen.n('aga', k, 3) AS a, opgen.at('agc', k) AS c FROM generate_series(1, 70) k) x;

CREATE TABLE oauth_access_tokens (
    id bigserial PRIMARY KEY, resource_owner_id bigint, application_id bigint, token varchar NOT NULL, refresh_token varchar, expires_in integer, revoked_at timestamp(6),
    created_at timestamp(6) NOT NULL, scopes varchar, previous_refresh_token varchar NOT NULL DEFAULT ''
);
INSERT INTO oauth_access_tokens (resource_owner_id, application_id, token, refresh_token, expires_in, revoked_at, created_at, scopes, previous_refresh_token)
SELECT CASE WHEN a = 4 THEN 61 ELSE u END, a, encode(sha256(convert_to('oat' || k, 'UTF8')), 'hex'), CASE WHEN a <> 4 THEN encode(sha256(convert_to('ort' || k, 'UTF8')), 'hex') END,
       7200, CASE WHEN k % 4 = 0 THEN c + interval '2 hours' END, c, 'api_v3', CASE WHEN k % 3 = 0 THEN encode(sha256(convert_to('oprt' || k, 'UTF8')), 'hex') ELSE '' END
FROM (SELECT k, opgen.staff('atu', k) AS u, 1 + fixture_gen.n('ata', k, 4) AS a, opgen.at('atc', k) AS c FROM generate_series(1, 120) k) x;

CREATE TABLE storages (
    id bigserial PRIMARY KEY, provider_type varchar NOT NULL, name varchar NOT NULL, host varchar, creator_id bigint NOT NULL, created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL, provider_fields jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO storages VALUES
  (1, 'Storages::NextcloudStorage', 'Nextcloud Hamburg', 'https://cloud.nordwind-infra.example', 4, '2022-10-11 08:00:00', '2024-03-02 09:12:00',
   jsonb_build_object('automatically_managed', true, 'username', 'OpenProject', 'password', opgen.rnd('ncap', 1, 5) || '-' || opgen.rnd('ncap', 2, 5) || '-' || opgen.rnd('ncap', 3, 5) || '-' || opgen.rnd('ncap', 4, 5) || '-' || opgen.rnd('ncap', 5, 5),
     'health_status', 'healthy', 'health_changed_at', '2024-06-27T22:00:03Z')),
  (2, 'Storages::NextcloudStorage', 'Nextcloud Porto', 'https://nc.pt.nordwind-infra.example', 9, '2023-02-14 08:00:00', '2024-05-11 09:12:00',
   jsonb_build_object('automatically_managed', false, 'health_status', 'unhealthy', 'health_reason', 'files_request_failed_with_unknown_error')),
  (3, 'Storages::OneDriveStorage', 'SharePoint Projektablage', NULL, 4, '2024-04-02 08:00:00', '2024-04-02 09:12:00',
   jsonb_build_object('drive_id', 'b!' || opgen.b64url('drv', 1, 48), 'tenant_id', fixture_gen.uuid('tenant', 1), 'health_status', 'healthy'));

CREATE TABLE oauth_clients (
    id bigserial PRIMARY KEY, client_id varchar NOT NULL, client_secret varchar, integration_type varchar NOT NULL, integration_id bigint NOT NULL, created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
INSERT INTO oauth_clients VALUES
  (1, opgen.rnd('ncid', 1, 64), opgen.rnd('ncsec', 1, 64), 'Storages::Storage', 1, '2022-10-11 08:04:00', '2022-10-11 08:04:00'),
  (2, opgen.rnd('ncid', 2, 64), opgen.rnd('ncsec', 2, 64), 'Storages::Storage', 2, '2023-02-14 08:04:00', '2023-02-14 08:04:00'),
  (3, fixture_gen.uuid('azapp', 3), opgen.rnd('azs', 3, 3) || '8Q~' || opgen.rnd('azsec', 3, 34), 'Storages::Storage', 3, '2024-04-02 08:04:00', '2024-04-02 08:04:00');

CREATE TABLE oauth_client_tokens (
    id bigserial PRIMARY KEY, oauth_client_id bigint NOT NULL, user_id bigint NOT NULL, access_token varchar, refresh_token varchar, token_type varchar, expires_in integer,
    scope varchar, origin_user_id varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO oauth_client_tokens (oauth_client_id, user_id, access_token, refresh_token, token_type, expires_in, scope, origin_user_id, created_at, updated_at)
SELECT c, u, CASE WHEN c = 3 THEN 'eyJ0eXAiOiJKV1QiLCJub25jZSI6' || opgen.b64url('msat', u, 600) ELSE opgen.rnd('ncat', u * 3 + c, 64) END,
       CASE WHEN c = 3 THEN '0.AQ' || opgen.b64url('msrt', u, 300) ELSE opgen.rnd('ncrt', u * 3 + c, 64) END, 'Bearer', 3600,
       CASE WHEN c = 3 THEN 'https://graph.microsoft.com/Files.ReadWrite.All offline_access' END,
       CASE WHEN c = 3 THEN (SELECT mail FROM opgen.p WHERE i = u) ELSE (SELECT login FROM opgen.p WHERE i = u) END,
       opgen.at('octc', u), timestamp '2024-06-20 00:00:00' + make_interval(secs => fixture_gen.n('octu', u, 700000))
FROM (SELECT DISTINCT opgen.staff('octu', k) AS u, 1 + fixture_gen.n('octc', k, 3) AS c FROM generate_series(1, 90) k) x;

CREATE TABLE remote_identities (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, oauth_client_id bigint NOT NULL, origin_user_id varchar NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO remote_identities (user_id, oauth_client_id, origin_user_id, created_at, updated_at)
SELECT user_id, oauth_client_id, origin_user_id, created_at, updated_at FROM oauth_client_tokens ORDER BY id;

CREATE TABLE two_factor_authentication_devices (
    id bigserial PRIMARY KEY, type varchar, "default" boolean NOT NULL DEFAULT false, active boolean NOT NULL DEFAULT false, channel varchar NOT NULL, phone_number varchar,
    identifier varchar NOT NULL, created_at timestamp(6), updated_at timestamp(6), last_used_at integer, otp_secret text, user_id bigint, webauthn_external_id varchar,
    webauthn_public_key varchar, webauthn_sign_count bigint NOT NULL DEFAULT 0
);
INSERT INTO two_factor_authentication_devices (type, "default", active, channel, phone_number, identifier, created_at, updated_at, last_used_at, otp_secret, user_id, webauthn_external_id, webauthn_public_key, webauthn_sign_count)
SELECT t, k % 3 <> 2, k % 11 <> 0, CASE t WHEN 'TwoFactorAuthentication::Device::Sms' THEN 'sms' WHEN 'TwoFactorAuthentication::Device::Totp' THEN 'totp' ELSE 'webauthn' END,
       CASE WHEN t = 'TwoFactorAuthentication::Device::Sms' THEN (SELECT phone FROM opgen.p WHERE i = u) END,
       CASE t WHEN 'TwoFactorAuthentication::Device::Sms' THEN 'Mobile phone (' || (SELECT phone FROM opgen.p WHERE i = u) || ')'
              WHEN 'TwoFactorAuthentication::Device::Totp' THEN fixture_gen.pick(ARRAY['Authenticator', 'Google Authenticator', 'Phone', 'Authy'], 'tid', k) || CASE WHEN k % 4 = 0 THEN ' – ' || (SELECT first FROM opgen.p WHERE i = u) || '''s Pixel' ELSE '' END
              ELSE fixture_gen.pick(ARRAY['YubiKey 5C', 'Windows Hello', 'MacBook Touch ID'], 'wid', k) || CASE WHEN k % 3 = 0 THEN ' (' || (SELECT first FROM opgen.p WHERE i = u) || ')' ELSE '' END END,
       c, c, CASE WHEN t = 'TwoFactorAuthentication::Device::Totp' THEN 56000000 + fixture_gen.n('lu', k, 900000) END,
       CASE WHEN t = 'TwoFactorAuthentication::Device::Totp' THEN fixture_gen.chars('otp', k, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END, u,
       CASE WHEN t = 'TwoFactorAuthentication::Device::Webauthn' THEN opgen.b64url('wcid', k, 48) END,
       CASE WHEN t = 'TwoFactorAuthentication::Device::Webauthn' THEN 'pQECAyYgASFYI' || opgen.b64url('wpk', k, 64) END,
       CASE WHEN t = 'TwoFactorAuthentication::Device::Webauthn' THEN fixture_gen.n('wsc', k, 400) ELSE 0 END
FROM (SELECT k, 150 + fixture_gen.n('tfu', k, 36) AS u, fixture_gen.pick(ARRAY['TwoFactorAuthentication::Device::Totp', 'TwoFactorAuthentication::Device::Totp', 'TwoFactorAuthentication::Device::Sms', 'TwoFactorAuthentication::Device::Webauthn'], 'tft', k) AS t,
             opgen.at('tfc', k) AS c FROM generate_series(1, 40) k) x WHERE u <= 185;
INSERT INTO two_factor_authentication_devices (type, "default", active, channel, phone_number, identifier, created_at, updated_at, last_used_at, otp_secret, user_id)
SELECT 'TwoFactorAuthentication::Device::Totp', true, true, 'totp', NULL, 'Authenticator', timestamp '2021-03-01 10:00:00' + u * interval '3 days', timestamp '2024-06-01 10:00:00', 56800000 + u,
       fixture_gen.chars('otpa', u, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), u FROM unnest(ARRAY[4, 9]) u;

-- ---------------------------------------------------------------------------
-- Lookup tables.

CREATE TABLE colors (id bigserial PRIMARY KEY, name varchar NOT NULL, hexcode varchar NOT NULL, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO colors (name, hexcode, created_at, updated_at)
SELECT n, h, '2019-09-01 07:00:00', '2019-09-01 07:00:00' FROM (VALUES ('gray-0', '#F8F9FA'), ('gray-3', '#DEE2E6'), ('gray-6', '#868E96'), ('gray-9', '#212529'), ('red-3', '#FFA8A8'),
  ('red-6', '#FA5252'), ('red-9', '#C92A2A'), ('pink-6', '#E64980'), ('grape-6', '#BE4BDB'), ('violet-6', '#7950F2'), ('indigo-6', '#4C6EF5'), ('blue-3', '#74C0FC'),
  ('blue-6', '#228BE6'), ('blue-9', '#1864AB'), ('cyan-6', '#15AABF'), ('teal-6', '#12B886'), ('green-3', '#8CE99A'), ('green-6', '#40C057'), ('green-9', '#2B8A3E'),
  ('lime-6', '#82C91E'), ('yellow-3', '#FFE066'), ('yellow-6', '#FAB005'), ('orange-3', '#FFC078'), ('orange-6', '#FD7E14'), ('orange-9', '#D9480F')) v(n, h);

CREATE TABLE statuses (
    id bigserial PRIMARY KEY, name varchar(256) NOT NULL DEFAULT '', is_closed boolean NOT NULL DEFAULT false, is_default boolean NOT NULL DEFAULT false, position integer DEFAULT 1,
    default_done_ratio integer, created_at timestamp(6), updated_at timestamp(6), color_id bigint, is_readonly boolean DEFAULT false
);
INSERT INTO statuses (name, is_closed, is_default, position, default_done_ratio, created_at, updated_at, color_id, is_readonly)
SELECT n, c, k = 1, k, r, '2019-09-01 07:00:00', '2022-01-01 07:00:00', k + 2, k = 14 FROM (VALUES (1, 'New', false, 0), (2, 'In specification', false, 10), (3, 'Specified', false, 20),
  (4, 'Confirmed', false, 20), (5, 'To be scheduled', false, 20), (6, 'Scheduled', false, 30), (7, 'In progress', false, 50), (8, 'Developed', false, 70), (9, 'In testing', false, 80),
  (10, 'Tested', false, 90), (11, 'Test failed', false, 60), (12, 'Closed', true, 100), (13, 'On hold', false, NULL), (14, 'Rejected', true, 100), (15, 'Awaiting client', false, NULL)) v(k, n, c, r);

CREATE TABLE types (
    id bigserial PRIMARY KEY, name varchar NOT NULL DEFAULT '', position integer DEFAULT 1, is_in_roadmap boolean NOT NULL DEFAULT true, is_milestone boolean NOT NULL DEFAULT false,
    is_default boolean NOT NULL DEFAULT false, color_id bigint, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, is_standard boolean NOT NULL DEFAULT false,
    attribute_groups text, description text
);
INSERT INTO types (name, position, is_in_roadmap, is_milestone, is_default, color_id, created_at, updated_at, is_standard, attribute_groups, description)
SELECT n, k, k <> 3, k = 3, k IN (1, 2), k + 5, '2019-09-01 07:00:00', '2023-05-01 07:00:00', k = 2,
       CASE WHEN k IN (1, 7, 8) THEN E'---\n- - :people\n  - - :assignee\n    - :responsible\n- - :estimates_and_time\n  - - :estimated_time\n    - :spent_time\n- - Site details\n  - - custom_field_3\n    - custom_field_4\n' END, d
FROM (VALUES (1, 'Task', 'Standard task.'), (2, 'Milestone', NULL), (3, 'Phase', NULL), (4, 'Feature', NULL), (5, 'Epic', NULL), (6, 'User story', NULL), (7, 'Bug', 'A defect found in design or on site.'),
  (8, 'Site inspection', 'Inspection visit on site. Fill in the site contact and access details.'), (9, 'RFI', 'Request for information to the client.'), (10, 'Change request', 'Change to the scope, to be priced.'),
  (11, 'Permit', 'Permit application to an authority.'), (12, 'Procurement', 'Long-lead equipment order.')) v(k, n, d);

CREATE TABLE enumerations (
    id bigserial PRIMARY KEY, name varchar(256) NOT NULL DEFAULT '', position integer DEFAULT 1, is_default boolean NOT NULL DEFAULT false, type varchar, active boolean NOT NULL DEFAULT true,
    project_id bigint, parent_id bigint, created_at timestamp(6), updated_at timestamp(6), color_id bigint
);
INSERT INTO enumerations (name, position, is_default, type, active, project_id, parent_id, created_at, updated_at, color_id)
SELECT n, k, d, t, true, NULL, NULL, '2019-09-01 07:00:00', '2019-09-01 07:00:00', CASE WHEN t = 'IssuePriority' THEN k + 10 END FROM (VALUES
  ('Low', 1, false, 'IssuePriority'), ('Normal', 2, true, 'IssuePriority'), ('High', 3, false, 'IssuePriority'), ('Immediate', 4, false, 'IssuePriority'),
  ('Management', 1, false, 'TimeEntryActivity'), ('Specification', 2, false, 'TimeEntryActivity'), ('Design', 3, true, 'TimeEntryActivity'), ('Site work', 4, false, 'TimeEntryActivity'),
  ('Testing', 5, false, 'TimeEntryActivity'), ('Travel', 6, false, 'TimeEntryActivity'), ('Meeting', 7, false, 'TimeEntryActivity'),
  ('Drawings', 1, false, 'DocumentCategory'), ('Reports', 2, true, 'DocumentCategory'), ('Contracts', 3, false, 'DocumentCategory')) v(n, k, d, t);

CREATE TABLE roles (id bigserial PRIMARY KEY, name varchar(256) NOT NULL DEFAULT '', position integer DEFAULT 1, builtin integer NOT NULL DEFAULT 0, type varchar(30) DEFAULT 'Role',
    created_at timestamp(6), updated_at timestamp(6));
INSERT INTO roles (name, position, builtin, type, created_at, updated_at) VALUES
  ('Non member', 1, 1, 'ProjectRole', '2019-09-01 07:00:00', '2019-09-01 07:00:00'), ('Anonymous', 2, 2, 'ProjectRole', '2019-09-01 07:00:00', '2019-09-01 07:00:00'),
  ('Project admin', 3, 0, 'ProjectRole', '2019-09-01 07:00:00', '2019-09-01 07:00:00'), ('Member', 4, 0, 'ProjectRole', '2019-09-01 07:00:00', '2019-09-01 07:00:00'),
  ('Reader', 5, 0, 'ProjectRole', '2019-09-01 07:00:00', '2019-09-01 07:00:00'), ('Client', 6, 0, 'ProjectRole', '2019-09-01 07:00:00', '2021-04-01 07:00:00'),
  ('Subcontractor', 7, 0, 'ProjectRole', '2020-02-01 07:00:00', '2021-04-01 07:00:00'), ('Staff and projects manager', 8, 0, 'GlobalRole', '2019-09-01 07:00:00', '2019-09-01 07:00:00'),
  ('Work package editor', 9, 0, 'WorkPackageRole', '2023-10-01 07:00:00', '2023-10-01 07:00:00'), ('Work package viewer', 10, 0, 'WorkPackageRole', '2023-10-01 07:00:00', '2023-10-01 07:00:00');

-- ---------------------------------------------------------------------------
-- Projects, members, versions, categories.

-- Projects: k, name, identifier, parent, client staff id (151-185), site.
CREATE TABLE opgen.pr (k int PRIMARY KEY, name text, ident text, parent int, client int, site text, descr text);
INSERT INTO opgen.pr VALUES
  (1, 'Nordwind Portfolio', 'nordwind', NULL, NULL, NULL, 'Umbrella of all delivery projects. Use the portfolio board for the weekly status.'),
  (2, 'Germany', 'germany', 1, NULL, NULL, 'German projects.'),
  (3, 'Portugal', 'portugal', 1, NULL, NULL, 'Portuguese projects, run from Porto.'),
  (4, 'India', 'india', 1, NULL, NULL, 'Solar parks in Maharashtra and Karnataka, run from Pune.'),
  (5, 'UW Kiel-Süd 110/20 kV', 'sw-kiel-umspannwerk', 2, 152, 'Kiel-Wellsee', NULL),
  (6, 'Netzanschluss Windpark Jardelund', 'wp-jardelund', 2, 161, 'Jardelund', NULL),
  (7, 'Kabeltrasse Husby–Handewitt', 'kabel-husby', 2, 164, 'Husby', NULL),
  (8, 'Subestação Tondela 60 kV', 'edpr-tondela', 3, 170, 'Tondela', NULL),
  (9, 'Parque Eólico Serra da Gardunha – ligação', 'edpr-gardunha', 3, 171, 'Fundão', NULL),
  (10, 'Pune Solar Park 50 MW', 'pune-solar-park', 4, 178, 'Baramati', NULL),
  (11, 'Karnataka Solar 30 MW (Pavagada)', 'pavagada-30', 4, 180, 'Pavagada', NULL),
  (12, 'Batteriespeicher Flensburg', 'bess-flensburg', 2, 166, 'Flensburg-Weiche', NULL),
  (13, 'Internal: IT & Tools', 'it-tools', 1, NULL, NULL, 'Laptops, licences, OpenProject administration. Helpdesk: it-helpdesk@nordwind-infra.example.'),
  (14, 'Internal: HSE', 'hse', 1, NULL, NULL, 'Health, safety and environment: incident reports, site inductions, PPE.'),
  (15, 'Internal: Recruiting 2024', 'recruiting-2024', 1, NULL, NULL, 'Hiring pipeline for site managers and electrical engineers. Private.'),
  (16, 'Template: Substation project', 'template-substation', 1, NULL, NULL, 'Template with the standard phases, milestones and work package types.'),
  (17, 'Bid: Offshore hub Büsum', 'bid-buesum', 2, NULL, 'Büsum', 'Tender for the onshore converter hub. Confidential until award.'),
  (18, 'UW Schuby Erweiterung', 'uw-schuby', 2, 156, 'Schuby', NULL);
UPDATE opgen.pr SET descr = 'Client: ' || (SELECT org FROM opgen.p WHERE i = client) || '. Client project manager: ' || opgen.uname(client) || ' (' || (SELECT mail FROM opgen.p WHERE i = client)
  || ', ' || (SELECT phone FROM opgen.p WHERE i = client) || '). Site: ' || site || '. Scope: primary and secondary design, civil works, installation and commissioning.' WHERE descr IS NULL;

-- Landowners and neighbours of the sites and cable routes.
CREATE TABLE opgen.lo (k int PRIMARY KEY, name text, phone text, street text, parcel text);
INSERT INTO opgen.lo SELECT k, CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Hans-Peter', 'Ingeborg', 'Jens', 'Maren', 'Uwe', 'Silke'], 'lof', k) || ' ' || fixture_gen.pick(ARRAY['Petersen', 'Jensen', 'Hansen', 'Carstensen', 'Thomsen', 'Lorenzen'], 'lol', k)
    WHEN k % 3 = 1 THEN fixture_gen.pick(ARRAY['Manuel', 'Rosa', 'Joaquim', 'Fernanda'], 'lof', k) || ' ' || fixture_gen.pick(ARRAY['Pereira', 'Almeida', 'Costa', 'Rodrigues'], 'lol', k)
    ELSE fixture_gen.pick(ARRAY['Sunil', 'Kavita', 'Ramesh', 'Anjali'], 'lof', k) || ' ' || fixture_gen.pick(ARRAY['Patil', 'Deshmukh', 'Jadhav', 'Kulkarni'], 'lol', k) END,
  CASE WHEN k % 3 = 0 THEN '04' || (600 + fixture_gen.n('lop', k, 99))::text || ' ' || fixture_gen.digits('lop', k, 5) WHEN k % 3 = 1 THEN '+351 9' || fixture_gen.digits('lop', k, 2) || ' ' || fixture_gen.digits('lopx', k, 3) || ' ' || fixture_gen.digits('lopy', k, 3)
    ELSE '+91 98' || fixture_gen.digits('lop', k, 3) || ' ' || fixture_gen.digits('lopx', k, 5) END,
  fixture_gen.street('los', k), CASE WHEN k % 3 = 0 THEN 'Flur ' || (1 + fixture_gen.n('lpf', k, 12)) || ', Flurstück ' || (10 + fixture_gen.n('lpn', k, 400)) ELSE 'Artigo ' || (100 + fixture_gen.n('lpn', k, 3000)) END
FROM generate_series(1, 60) k;

CREATE TABLE projects (
    id bigserial PRIMARY KEY, name varchar NOT NULL DEFAULT '', description text, public boolean NOT NULL DEFAULT true, parent_id bigint, created_at timestamp(6), updated_at timestamp(6),
    identifier varchar NOT NULL, lft integer, rgt integer, active boolean NOT NULL DEFAULT true, templated boolean NOT NULL DEFAULT false, status_code integer,
    status_explanation text, settings jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO projects (id, name, description, public, parent_id, created_at, updated_at, identifier, lft, rgt, active, templated, status_code, status_explanation, settings)
SELECT k, name, descr, k IN (1, 16), parent, timestamp '2019-09-05 08:00:00' + k * interval '61 days', timestamp '2024-05-01 08:00:00' + k * interval '2 days', ident, 2 * k - 1, 2 * k, k <> 17 OR true, k = 16,
       CASE WHEN k IN (1, 2, 3, 4, 13, 16) THEN NULL ELSE fixture_gen.n('pst', k, 5) END,
       CASE k WHEN 5 THEN 'Off track: the transformer delivery slipped to KW 38. Access road blocked since landowner ' || (SELECT name FROM opgen.lo WHERE k = 3) || ' revoked the permission; call him at ' || (SELECT phone FROM opgen.lo WHERE k = 3) || ' only via the client.'
              WHEN 6 THEN 'On track. Cable pulling finished, jointing starts 12 June.'
              WHEN 8 THEN 'At risk: licença de construção pending at the Câmara Municipal. ' || opgen.uname(170) || ' chases it weekly.'
              WHEN 10 THEN 'On track; monsoon stop planned from July. Site security contact: ' || (SELECT name FROM opgen.lo WHERE k = 5) || ', ' || (SELECT phone FROM opgen.lo WHERE k = 5) || '.'
              WHEN 12 THEN 'Off track: grid connection agreement not signed.' WHEN 15 THEN 'Two offers out, one candidate withdrew.' WHEN 18 THEN 'Design freeze reached.' END,
       CASE WHEN k IN (13, 15) THEN '{"deactivate_work_package_attachments": false}'::jsonb ELSE '{}'::jsonb END
FROM opgen.pr ORDER BY k;

CREATE TABLE members (id bigserial PRIMARY KEY, user_id bigint NOT NULL DEFAULT 0, project_id bigint, created_at timestamp(6), updated_at timestamp(6), entity_type varchar, entity_id bigint);
INSERT INTO members (user_id, project_id, created_at, updated_at, entity_type, entity_id)
SELECT DISTINCT ON (u, pr) u, pr, timestamp '2020-01-01 08:00:00' + make_interval(days => fixture_gen.n('mc', u * 31 + pr, 1500)), timestamp '2024-01-01 08:00:00' + make_interval(days => fixture_gen.n('mu', u * 31 + pr, 150)), NULL::varchar, NULL::bigint
FROM (SELECT opgen.staff('mbu', k) AS u, 5 + fixture_gen.n('mbp', k, 14) AS pr FROM generate_series(1, 360) k
      UNION ALL SELECT c.client, c.k FROM opgen.pr c WHERE c.client IS NOT NULL
      UNION ALL SELECT 150 + fixture_gen.n('mcu', k, 36), 5 + fixture_gen.n('mcp', k, 8) FROM generate_series(1, 40) k
      UNION ALL SELECT 185 + fixture_gen.n('mgu', k, 14), 5 + fixture_gen.n('mgp', k, 14) FROM generate_series(1, 30) k
      UNION ALL SELECT 199 + fixture_gen.n('mpu', k, 13), 5 + fixture_gen.n('mpp', k, 8) FROM generate_series(1, 15) k) x
WHERE u BETWEEN 4 AND 212;

CREATE TABLE member_roles (id bigserial PRIMARY KEY, member_id bigint NOT NULL, role_id bigint NOT NULL, inherited_from bigint);
INSERT INTO member_roles (member_id, role_id, inherited_from)
SELECT m.id, CASE WHEN m.user_id BETWEEN 151 AND 185 THEN CASE WHEN (SELECT org FROM opgen.p WHERE i = m.user_id) LIKE '%GmbH%' OR (SELECT org FROM opgen.p WHERE i = m.user_id) LIKE '%Söhne' THEN 7 ELSE 6 END
       ELSE fixture_gen.pick(ARRAY['3', '4', '4', '4', '5'], 'mrr', m.id)::bigint END, NULL FROM members m ORDER BY m.id;

CREATE TABLE versions (
    id bigserial PRIMARY KEY, project_id bigint, name varchar NOT NULL DEFAULT '', description varchar DEFAULT '', effective_date date, created_at timestamp(6), updated_at timestamp(6),
    wiki_page_title varchar, status varchar DEFAULT 'open', sharing varchar NOT NULL DEFAULT 'none', start_date date
);
INSERT INTO versions (project_id, name, description, effective_date, created_at, updated_at, wiki_page_title, status, sharing, start_date)
SELECT pr, v, CASE v WHEN 'Design freeze' THEN 'All drawings approved by the client' WHEN 'Energisation' THEN 'First energisation of the transformer' ELSE '' END,
       date '2021-01-15' + (pr * 53 + k * 71)::int, timestamp '2020-06-01 08:00:00' + make_interval(days => (pr * 29 + k)::int), timestamp '2023-06-01 08:00:00' + make_interval(days => (pr * 13 + k)::int),
       CASE WHEN k = 1 THEN 'Design_freeze' END, CASE WHEN k <= 2 AND pr < 9 THEN 'closed' ELSE 'open' END, CASE WHEN pr = 16 THEN 'descendants' ELSE 'none' END,
       date '2020-11-15' + (pr * 53 + k * 71)::int
FROM generate_series(5, 18) pr, unnest(ARRAY['Design freeze', 'Civil works complete', 'Energisation', 'Handover']) WITH ORDINALITY AS t(v, k) WHERE pr NOT IN (13, 14, 15);

CREATE TABLE categories (id bigserial PRIMARY KEY, project_id bigint NOT NULL DEFAULT 0, name varchar(256) NOT NULL DEFAULT '', assigned_to_id bigint, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO categories (project_id, name, assigned_to_id, created_at, updated_at)
SELECT pr, c, opgen.staff('cat', pr * 10 + k), timestamp '2020-06-01 08:00:00' + pr * interval '20 days', timestamp '2022-06-01 08:00:00' + pr * interval '20 days'
FROM generate_series(5, 18) pr, unnest(ARRAY['Primary design', 'Secondary design', 'Civil', 'Permits', 'Procurement', 'Landowners']) WITH ORDINALITY AS t(c, k) WHERE pr NOT IN (13, 14, 15, 16);

-- ---------------------------------------------------------------------------
-- Work packages, custom fields, journals, attachments.

-- mention: OpenProject's HTML mention of a user in formatted text.
CREATE FUNCTION opgen.mention(u int) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '<mention class="mention" data-id="' || u || '" data-type="user" data-text="@' || opgen.uname(u) || '">@' || opgen.uname(u) || '</mention>'
$$;

CREATE TABLE opgen.wp (k int PRIMARY KEY, pr int, kind int, lo int, client int, author int, assignee int, responsible int, created timestamp, subject text, descr text, type_id int);
INSERT INTO opgen.wp (k, pr, kind, lo, client, author, assignee, responsible, created)
SELECT k, pr, CASE pr WHEN 13 THEN 11 WHEN 14 THEN 12 WHEN 15 THEN 10 ELSE fixture_gen.n('wk', k, 10) END, 1 + fixture_gen.n('wlo', k, 60),
       (SELECT client FROM opgen.pr WHERE opgen.pr.k = pr), opgen.staff('wau', k), CASE WHEN k % 9 = 0 THEN 199 + fixture_gen.n('wph', k, 13) WHEN k % 7 = 0 THEN NULL ELSE opgen.staff('was', k) END,
       CASE WHEN k % 3 = 0 THEN opgen.staff('wre', k) END, opgen.at('wcr', k)
FROM (SELECT k, (ARRAY[5, 5, 5, 6, 6, 7, 7, 8, 8, 9, 10, 10, 11, 12, 13, 14, 15, 17, 18, 18, 16])[1 + fixture_gen.n('wpr', k, 21)] AS pr FROM generate_series(1, 420) k) x;
UPDATE opgen.wp w SET client = coalesce(w.client, 152);
UPDATE opgen.wp w SET
  type_id = CASE w.kind WHEN 0 THEN 8 WHEN 3 THEN 9 WHEN 8 THEN 11 WHEN 9 THEN 12 WHEN 4 THEN 2 WHEN 12 THEN 7 ELSE 1 END,
  subject = CASE w.kind
    WHEN 0 THEN 'Site inspection ' || coalesce(pr.site, 'Kiel') || ' with ' || opgen.uname(w.client)
    WHEN 1 THEN 'Access agreement with landowner ' || lo.name || ' (' || lo.parcel || ')'
    WHEN 2 THEN 'Cable route survey section ' || (1 + w.k % 9) || ' (chainage ' || (w.k % 7) || '+' || lpad(((w.k * 37) % 1000)::text, 3, '0') || ')'
    WHEN 3 THEN 'RFI-' || lpad(w.k::text, 3, '0') || ': ' || fixture_gen.pick(ARRAY['earthing grid design', 'fire wall height', 'cable trench cross-section', 'SCADA signal list', 'auxiliary supply'], 'rfi', w.k)
    WHEN 4 THEN fixture_gen.pick(ARRAY['Transformer delivery slot', 'Energisation', 'Design freeze', 'Client acceptance test'], 'ms', w.k)
    WHEN 5 THEN 'Protection relay settings bay E0' || (1 + w.k % 8)
    WHEN 6 THEN 'Call back ' || lo.name || ' re: crop damage compensation'
    WHEN 7 THEN 'Update single-line diagram to rev ' || chr(65 + w.k % 6)
    WHEN 8 THEN fixture_gen.pick(ARRAY['Building permit for the control building', 'Road closure permit for the heavy transport', 'Water authority permit for the HDD crossing', 'Noise assessment submission'], 'pm', w.k)
    WHEN 9 THEN fixture_gen.pick(ARRAY['Procurement: 110 kV circuit breakers', 'Procurement: 40 MVA transformer', 'Procurement: 20 kV switchgear', 'Procurement: protection panels'], 'pc', w.k)
    WHEN 10 THEN 'Interview ' || fixture_gen.full_name('cand', w.k) || ' – ' || fixture_gen.pick(ARRAY['Site Manager', 'Electrical Engineer (HV)', 'Project Controller', 'Commissioning Engineer'], 'jt', w.k)
    WHEN 11 THEN fixture_gen.pick(ARRAY['New laptop for ', 'VPN access for ', 'Offboarding: ', 'Reset 2FA for '], 'it', w.k) || opgen.uname(opgen.staff('itu', w.k))
    ELSE fixture_gen.pick(ARRAY['Near miss: cable drum ramp', 'First aid case at ', 'Site induction for ', 'PPE audit '], 'hs', w.k) || CASE WHEN w.k % 2 = 0 THEN fixture_gen.full_name('hsw', w.k) ELSE coalesce(pr.site, 'Jardelund') END END,
  descr = CASE w.kind
    WHEN 0 THEN 'Meet ' || opgen.mention(w.client) || ' at the site gate at 08:00. Bring PPE and the latest layout. Contact on the day: ' || lo.name || ', ' || lo.phone || '.'
    WHEN 1 THEN E'**Landowner:** ' || lo.name || E'\n**Address:** ' || lo.street || E'\n**Phone:** ' || lo.phone || E'\n\nAgreed to the cable crossing if the field drainage is restored after the works. Draft agreement attached; compensation '
                || (800 + fixture_gen.n('cmp', w.k, 9000)) || E' EUR.\n'
    WHEN 2 THEN 'Survey the cable route between the joint bays. Check the crossings with the B199 and the gas line, and mark the drainage pipes.'
    WHEN 3 THEN 'Client asks for clarification, see the attached letter. Answer within 10 working days.'
    WHEN 6 THEN lo.name || ' called on ' || to_char(w.created, 'DD.MM.YYYY') || ': the heavy transport damaged the maize field next to the access road. Wants compensation. Mobile ' || lo.phone || ', best after 18:00.'
    WHEN 10 THEN 'Candidate: ' || fixture_gen.full_name('cand', w.k) || E'\nEmail: ' || fixture_gen.email('cand', w.k) || E'\nPhone: ' || fixture_gen.phone('cand', w.k) || E'\nCurrent salary: ' || (52 + fixture_gen.n('sal', w.k, 40)) || E'k EUR, notice period ' || (1 + fixture_gen.n('np', w.k, 3)) || E' months.\nInterviewers: ' || opgen.mention(opgen.staff('iv', w.k))
    WHEN 11 THEN 'Ship to ' || fixture_gen.street('itaddr', w.k) || ', ' || fixture_gen.city('itaddr', w.k) || '. Private mobile for the courier: ' || fixture_gen.phone('itph', w.k)
    WHEN 12 THEN 'Worker ' || fixture_gen.full_name('hsw', w.k) || ' (subcontractor Elektro Öztürk & Söhne) slipped on the ramp of the cable drum trailer. ' || CASE WHEN w.k % 2 = 0 THEN 'Bruised knee, treated by the first aider ' || opgen.uname(opgen.staff('fa', w.k)) || '.' ELSE 'No injury.' END
    WHEN 4 THEN NULL
    ELSE CASE WHEN w.k % 3 = 0 THEN '' ELSE 'See the attached drawings. Coordinate with ' || opgen.mention(opgen.staff('co', w.k)) || ' before submitting.' END END
FROM opgen.pr pr, opgen.lo lo WHERE pr.k = w.pr AND lo.k = w.lo;

CREATE TABLE work_packages (
    id bigserial PRIMARY KEY, type_id bigint NOT NULL DEFAULT 0, project_id bigint NOT NULL DEFAULT 0, subject varchar NOT NULL DEFAULT '', description text, due_date date,
    category_id bigint, status_id bigint NOT NULL DEFAULT 0, assigned_to_id bigint, priority_id bigint DEFAULT 0, version_id bigint, author_id bigint NOT NULL DEFAULT 0,
    lock_version integer NOT NULL DEFAULT 0, done_ratio integer, estimated_hours double precision, created_at timestamp(6), updated_at timestamp(6), start_date date,
    responsible_id bigint, budget_id bigint, position integer, story_points integer, remaining_hours double precision, derived_estimated_hours double precision,
    schedule_manually boolean DEFAULT false, duration integer, ignore_non_working_days boolean NOT NULL DEFAULT false, derived_remaining_hours double precision, derived_done_ratio integer
);
INSERT INTO work_packages
SELECT w.k, w.type_id, w.pr, w.subject, w.descr, w.created::date + 10 + fixture_gen.n('wdd', w.k, 60),
       (SELECT min(id) + fixture_gen.n('wcat', w.k, 6) FROM categories c WHERE c.project_id = w.pr), 1 + fixture_gen.n('wst', w.k, 15), w.assignee, 1 + fixture_gen.n('wpri', w.k, 4),
       (SELECT min(id) + fixture_gen.n('wver', w.k, 4) FROM versions v WHERE v.project_id = w.pr), w.author, fixture_gen.n('wlv', w.k, 6), (ARRAY[0, 10, 20, 50, 80, 100])[1 + fixture_gen.n('wdr', w.k, 6)],
       CASE WHEN w.k % 4 = 0 THEN NULL ELSE (1 + fixture_gen.n('weh', w.k, 40)) * 0.5 END, w.created, least(w.created + make_interval(days => fixture_gen.n('wup', w.k, 200)), timestamp '2024-06-28 12:00:00'),
       w.created::date + fixture_gen.n('wsd', w.k, 10), w.responsible, NULL, NULL, CASE WHEN w.kind = 2 THEN 1 + fixture_gen.n('sp', w.k, 8) END,
       CASE WHEN w.k % 4 = 0 THEN NULL ELSE fixture_gen.n('wrh', w.k, 20) * 0.5 END, NULL, w.k % 10 = 0, 5 + fixture_gen.n('wdu', w.k, 40), w.k % 17 = 0, NULL, NULL
FROM opgen.wp w ORDER BY w.k;

CREATE TABLE custom_fields (
    id bigserial PRIMARY KEY, type varchar(30) NOT NULL DEFAULT '', field_format varchar(30) NOT NULL DEFAULT '', regexp varchar DEFAULT '', min_length integer NOT NULL DEFAULT 0,
    max_length integer NOT NULL DEFAULT 0, is_required boolean NOT NULL DEFAULT false, is_for_all boolean NOT NULL DEFAULT false, is_filter boolean NOT NULL DEFAULT false,
    position integer DEFAULT 1, searchable boolean DEFAULT false, default_value text, editable boolean DEFAULT true, created_at timestamp(6), updated_at timestamp(6),
    multi_value boolean DEFAULT false, name varchar, content_right_to_left boolean DEFAULT false, allow_non_open_versions boolean DEFAULT false, admin_only boolean NOT NULL DEFAULT false
);
INSERT INTO custom_fields (id, type, field_format, regexp, max_length, is_required, is_for_all, is_filter, position, searchable, default_value, editable, created_at, updated_at, multi_value, name, admin_only)
VALUES (1, 'WorkPackageCustomField', 'string', '', 40, false, false, true, 1, true, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Landowner phone', false),
  (2, 'WorkPackageCustomField', 'string', '', 60, false, false, true, 2, true, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Parcel / Artigo', false),
  (3, 'WorkPackageCustomField', 'user', '', 0, false, false, true, 3, false, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Site contact', false),
  (4, 'WorkPackageCustomField', 'string', '^[^@\s]+@[^@\s]+$', 120, false, false, true, 4, true, NULL, true, '2020-02-03 09:00:00', '2021-02-03 09:00:00', false, 'Site contact email', false),
  (5, 'WorkPackageCustomField', 'string', '', 20, false, true, true, 5, false, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Client cost centre', false),
  (6, 'WorkPackageCustomField', 'list', '', 0, false, true, true, 6, false, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Voltage level', false),
  (7, 'ProjectCustomField', 'string', '', 0, false, false, true, 1, true, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Client project manager', false),
  (8, 'ProjectCustomField', 'float', '', 0, false, false, false, 2, false, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Contract value (EUR)', true),
  (9, 'UserCustomField', 'string', 'NW-[0-9]{5}', 8, false, false, false, 1, false, NULL, false, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Employee number', true),
  (10, 'UserCustomField', 'string', '', 30, false, false, false, 2, false, NULL, true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Mobile', false),
  (11, 'UserCustomField', 'date', '', 0, false, false, false, 3, false, NULL, false, '2021-06-03 09:00:00', '2021-06-03 09:00:00', false, 'Date of birth (site badge)', true),
  (12, 'TimeEntryCustomField', 'bool', '', 0, false, false, true, 1, false, '1', true, '2020-02-03 09:00:00', '2020-02-03 09:00:00', false, 'Billable', false);

CREATE TABLE custom_options (id bigserial PRIMARY KEY, custom_field_id bigint, position integer, default_value boolean, value text, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO custom_options (custom_field_id, position, default_value, value, created_at, updated_at)
SELECT 6, k, k = 2, v, '2020-02-03 09:00:00', '2020-02-03 09:00:00' FROM unnest(ARRAY['LV (0.4 kV)', 'MV (20 kV)', 'MV (30 kV)', 'HV (60 kV)', 'HV (110 kV)', 'EHV (220 kV)']) WITH ORDINALITY AS t(v, k);

CREATE TABLE custom_values (id bigserial PRIMARY KEY, customized_type varchar(30) NOT NULL DEFAULT '', customized_id bigint NOT NULL DEFAULT 0, custom_field_id bigint NOT NULL DEFAULT 0, value text);
INSERT INTO custom_values (customized_type, customized_id, custom_field_id, value)
SELECT 'WorkPackage', w.k, cf, CASE cf WHEN 1 THEN lo.phone WHEN 2 THEN lo.parcel WHEN 3 THEN w.client::text WHEN 4 THEN (SELECT mail FROM opgen.p WHERE i = w.client)
       WHEN 5 THEN CASE WHEN w.pr IN (8, 9) THEN 'CC-PT-' || fixture_gen.digits('cc', w.pr, 4) WHEN w.pr IN (10, 11) THEN 'TPREL/' || fixture_gen.digits('cc', w.pr, 6) ELSE 'KST ' || fixture_gen.digits('cc', w.pr, 4) END
       ELSE (1 + fixture_gen.n('vl', w.pr, 6))::text END
FROM opgen.wp w JOIN opgen.lo lo ON lo.k = w.lo CROSS JOIN generate_series(1, 6) cf
WHERE (cf IN (1, 2) AND w.kind IN (1, 6)) OR (cf IN (3, 4) AND w.kind = 0) OR (cf IN (5, 6) AND w.pr NOT IN (13, 14, 15, 16))
ORDER BY w.k, cf;
INSERT INTO custom_values (customized_type, customized_id, custom_field_id, value)
SELECT 'Project', k, 7, opgen.uname(client) FROM opgen.pr WHERE client IS NOT NULL
UNION ALL SELECT 'Project', k, 8, (250000 + fixture_gen.n('cv', k, 9000000))::text FROM opgen.pr WHERE client IS NOT NULL;
INSERT INTO custom_values (customized_type, customized_id, custom_field_id, value)
SELECT 'Principal', i, cf, CASE cf WHEN 9 THEN 'NW-' || lpad((10000 + i * 7)::text, 5, '0') WHEN 10 THEN phone ELSE fixture_gen.birth_date('dob', i)::text END
FROM opgen.p CROSS JOIN generate_series(9, 11) cf WHERE kind = 'staff' AND (cf = 9 OR (cf = 10 AND i % 3 <> 0) OR (cf = 11 AND i % 4 = 0)) ORDER BY i, cf;

CREATE TABLE journals (
    id bigserial PRIMARY KEY, journable_type varchar, journable_id bigint, user_id bigint NOT NULL DEFAULT 0, notes text, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    version integer NOT NULL DEFAULT 0, data_type varchar NOT NULL, data_id bigint NOT NULL, cause jsonb DEFAULT '{}', validity_period tstzrange
);
CREATE TABLE opgen.jn (id serial PRIMARY KEY, wp int, v int, u int, at timestamp, notes text);
INSERT INTO opgen.jn (wp, v, u, at, notes)
SELECT w.k, v, CASE WHEN v = 1 THEN w.author WHEN v % 3 = 0 AND w.pr NOT IN (13, 14, 15) THEN w.client ELSE opgen.staff('jnu', w.k * 10 + v) END,
       w.created + make_interval(days => (v - 1) * (1 + fixture_gen.n('jnd', w.k, 20)), mins => v * 7),
       CASE WHEN v = 1 THEN '' ELSE CASE fixture_gen.n('jnn', w.k * 10 + v, 9)
         WHEN 0 THEN 'Spoke to ' || lo.name || ' today (' || lo.phone || '), he wants to meet on site on Friday.'
         WHEN 1 THEN 'Client confirmed by email, see the mail from ' || (SELECT mail FROM opgen.p WHERE i = w.client) || ' of ' || to_char(w.created + interval '3 days', 'DD.MM.YYYY') || '.'
         WHEN 2 THEN 'Updated after the design review.'
         WHEN 3 THEN 'Please check, ' || opgen.mention(opgen.staff('jnm', w.k * 10 + v)) || '.'
         WHEN 4 THEN 'Drawings uploaded.'
         WHEN 5 THEN 'Postponed: ' || opgen.uname(opgen.staff('jns', w.k * 10 + v)) || ' is on sick leave until next week.'
         ELSE '' END END
FROM opgen.wp w JOIN opgen.lo lo ON lo.k = w.lo CROSS JOIN generate_series(1, 4) v WHERE v <= 1 + w.k % 4 ORDER BY w.k, v;

CREATE TABLE work_package_journals (
    id bigserial PRIMARY KEY, type_id bigint NOT NULL DEFAULT 0, project_id bigint NOT NULL DEFAULT 0, subject varchar NOT NULL DEFAULT '', description text, due_date date,
    category_id bigint, status_id bigint NOT NULL DEFAULT 0, assigned_to_id bigint, priority_id bigint NOT NULL DEFAULT 0, version_id bigint, author_id bigint NOT NULL DEFAULT 0,
    done_ratio integer, estimated_hours double precision, start_date date, responsible_id bigint, budget_id bigint, schedule_manually boolean, duration integer,
    ignore_non_working_days boolean NOT NULL, derived_estimated_hours double precision, remaining_hours double precision, derived_remaining_hours double precision
);
INSERT INTO work_package_journals
SELECT j.id, wp.type_id, wp.project_id, wp.subject, CASE WHEN j.v = 1 AND wp.id % 5 = 0 THEN '' ELSE wp.description END, wp.due_date, wp.category_id,
       CASE WHEN j.v = 1 THEN 1 ELSE wp.status_id END, wp.assigned_to_id, wp.priority_id, wp.version_id, wp.author_id, CASE WHEN j.v = 1 THEN 0 ELSE wp.done_ratio END,
       wp.estimated_hours, wp.start_date, wp.responsible_id, wp.budget_id, wp.schedule_manually, wp.duration, wp.ignore_non_working_days, wp.derived_estimated_hours, wp.remaining_hours, wp.derived_remaining_hours
FROM opgen.jn j JOIN work_packages wp ON wp.id = j.wp ORDER BY j.id;

INSERT INTO journals
SELECT j.id, 'WorkPackage', j.wp, j.u, j.notes, j.at, j.at, j.v, 'Journal::WorkPackageJournal', j.id,
       CASE WHEN j.v > 1 AND j.id % 11 = 0 THEN jsonb_build_object('type', 'work_package_predecessor_changed_times', 'work_package_id', 1 + (j.wp * 7) % 420)
            WHEN j.v > 1 AND j.id % 17 = 0 THEN jsonb_build_object('type', 'working_days_changed', 'changed_days', jsonb_build_object('working_days', jsonb_build_object('6', false), 'non_working_days', '{}'::jsonb))
            WHEN j.v > 1 AND j.id % 23 = 0 THEN '{"type": "system_update", "feature": "progress_calculation_changed"}'::jsonb ELSE '{}'::jsonb END,
       tstzrange((j.at AT TIME ZONE 'UTC'), (SELECT n.at AT TIME ZONE 'UTC' FROM opgen.jn n WHERE n.wp = j.wp AND n.v = j.v + 1))
FROM opgen.jn j ORDER BY j.id;

CREATE TABLE customizable_journals (id bigserial PRIMARY KEY, journal_id bigint NOT NULL, custom_field_id bigint NOT NULL, value varchar);
INSERT INTO customizable_journals (journal_id, custom_field_id, value)
SELECT j.id, cv.custom_field_id, cv.value FROM opgen.jn j JOIN custom_values cv ON cv.customized_type = 'WorkPackage' AND cv.customized_id = j.wp ORDER BY j.id, cv.custom_field_id;

CREATE TABLE attachments (
    id bigserial PRIMARY KEY, container_id bigint, container_type varchar(30), filename varchar NOT NULL DEFAULT '', filesize bigint NOT NULL DEFAULT 0, content_type varchar DEFAULT '',
    digest varchar(40) NOT NULL DEFAULT '', downloads integer NOT NULL DEFAULT 0, author_id bigint NOT NULL DEFAULT 0, created_at timestamp(6), description varchar, file varchar,
    fulltext text, fulltext_tsv tsvector, file_tsv tsvector, updated_at timestamp(6), status integer NOT NULL DEFAULT 0
);
CREATE TABLE opgen.at (id serial PRIMARY KEY, wp int, fname text, ctype text, body text, descr text);
INSERT INTO opgen.at (wp, fname, ctype, body, descr)
SELECT w.k,
  CASE w.kind WHEN 1 THEN 'Gestattungsvertrag_' || replace(lo.name, ' ', '_') || '_' || regexp_replace(lo.parcel, '[^0-9]+', '', 'g') || '.pdf'
    WHEN 10 THEN 'CV_' || replace(fixture_gen.full_name('cand', w.k), ' ', '_') || '.pdf'
    WHEN 11 THEN CASE WHEN w.k % 2 = 0 THEN 'Passport_' || replace(opgen.uname(opgen.staff('itu', w.k)), ' ', '_') || '.jpg' ELSE 'Laptop_handover_' || w.k || '.pdf' END
    WHEN 12 THEN 'IMG_2023' || lpad((1 + w.k % 12)::text, 2, '0') || lpad((1 + w.k % 28)::text, 2, '0') || '_' || fixture_gen.digits('img', w.k, 6) || '.jpg'
    WHEN 6 THEN 'Schadensfoto_Maisfeld_' || split_part(lo.name, ' ', 2) || '.jpg'
    WHEN 3 THEN 'Letter_RFI-' || lpad(w.k::text, 3, '0') || '.pdf'
    ELSE fixture_gen.pick(ARRAY['SLD_rev', 'Earthing_calc_IEEE80_v', 'Layout_GA_rev', 'Cable_schedule_v', 'Site_photo_'], 'afn', w.k) || (1 + w.k % 7) || fixture_gen.pick(ARRAY['.pdf', '.xlsx', '.dwg', '.jpg'], 'aext', w.k) END,
  NULL,
  CASE w.kind WHEN 1 THEN 'GESTATTUNGSVERTRAG zwischen ' || lo.name || ', ' || lo.street || ' (Eigentümer) und der Nordwind Infra GmbH über die Verlegung von Erdkabeln auf dem Grundstück ' || lo.parcel || '. Entschädigung nach Anlage 2.'
    WHEN 10 THEN 'Curriculum Vitae ' || fixture_gen.full_name('cand', w.k) || ' ' || fixture_gen.email('cand', w.k) || ' ' || fixture_gen.phone('cand', w.k) || ' Born ' || fixture_gen.birth_date('cand', w.k) || '. Experience: site manager, 110 kV substations.'
    WHEN 3 THEN 'Request for information. Please clarify the design basis for the item referenced. Regards, ' || opgen.uname(w.client)
    ELSE NULL END,
  CASE WHEN w.k % 5 = 0 THEN CASE w.kind WHEN 1 THEN 'signed by ' || lo.name WHEN 12 THEN 'photo of the ramp' ELSE 'current revision' END END
FROM opgen.wp w JOIN opgen.lo lo ON lo.k = w.lo WHERE w.k % 2 = 0 OR w.kind IN (1, 10, 11) ORDER BY w.k;
UPDATE opgen.at SET ctype = CASE WHEN fname LIKE '%.pdf' THEN 'application/pdf' WHEN fname LIKE '%.jpg' THEN 'image/jpeg' WHEN fname LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' ELSE 'application/acad' END;
INSERT INTO attachments
SELECT a.id, a.wp, 'WorkPackage', a.fname, 20000 + fixture_gen.n('asz', a.id, 8000000), a.ctype, md5('att' || a.id), fixture_gen.n('adl', a.id, 30), wp.author_id,
       wp.created_at + interval '1 hour', a.descr, regexp_replace(a.fname, '[^A-Za-z0-9._-]', '_', 'g'), a.body, CASE WHEN a.body IS NOT NULL THEN to_tsvector('simple', a.body) END,
       to_tsvector('simple', a.fname), wp.created_at + interval '1 hour', 1
FROM opgen.at a JOIN work_packages wp ON wp.id = a.wp ORDER BY a.id;

CREATE TABLE attachable_journals (id bigserial PRIMARY KEY, journal_id bigint NOT NULL, attachment_id bigint NOT NULL, filename varchar NOT NULL DEFAULT '');
INSERT INTO attachable_journals (journal_id, attachment_id, filename)
SELECT j.id, a.id, a.filename FROM attachments a JOIN opgen.jn j ON j.wp = a.container_id ORDER BY j.id, a.id;

CREATE TABLE relations (id bigserial PRIMARY KEY, from_id bigint NOT NULL, to_id bigint NOT NULL, lag integer DEFAULT 0, description text, relation_type varchar);
INSERT INTO relations (from_id, to_id, lag, description, relation_type)
SELECT k, 1 + (k * 13) % 420, CASE WHEN k % 3 = 0 THEN fixture_gen.n('lag', k, 5) ELSE 0 END,
       CASE WHEN k % 7 = 0 THEN 'Needs the drawings first' WHEN k % 11 = 0 THEN 'Waiting for the permit' END,
       fixture_gen.pick(ARRAY['relates', 'follows', 'blocks', 'duplicates', 'includes', 'parent'], 'rt', k) FROM generate_series(1, 420, 3) k WHERE k <> 1 + (k * 13) % 420;

CREATE TABLE watchers (id bigserial PRIMARY KEY, watchable_type varchar NOT NULL DEFAULT '', watchable_id bigint NOT NULL DEFAULT 0, user_id bigint);
INSERT INTO watchers (watchable_type, watchable_id, user_id)
SELECT DISTINCT 'WorkPackage', 1 + fixture_gen.n('wwp', k, 420), opgen.staff('wwu', k) FROM generate_series(1, 500) k;

-- ---------------------------------------------------------------------------
-- News, comments, forums, wiki, meetings.

CREATE TABLE news (
    id bigserial PRIMARY KEY, project_id bigint, title varchar(256) NOT NULL DEFAULT '', summary varchar DEFAULT '', description text, author_id bigint NOT NULL DEFAULT 0,
    created_at timestamp(6), comments_count integer NOT NULL DEFAULT 0, updated_at timestamp(6)
);
INSERT INTO news (project_id, title, summary, description, author_id, created_at, comments_count, updated_at)
SELECT CASE WHEN k % 3 = 0 THEN 1 ELSE 5 + fixture_gen.n('nwp', k, 14) END,
       CASE k % 5 WHEN 0 THEN 'Welcome ' || fixture_gen.full_name('nwn', k) || '!' WHEN 1 THEN 'Milestone reached: ' || fixture_gen.pick(ARRAY['design freeze', 'first energisation', 'civil works complete'], 'nwm', k)
         WHEN 2 THEN 'OpenProject upgrade on ' || to_char(date '2022-01-08' + k * 30, 'DD Mon') WHEN 3 THEN 'New site safety rules' ELSE 'Team update ' || to_char(date '2021-01-01' + k * 41, 'YYYY-MM') END,
       CASE k % 5 WHEN 0 THEN fixture_gen.full_name('nwn', k) || ' joins the ' || fixture_gen.pick(ARRAY['Electrical Design', 'Site Management', 'Project Controls'], 'nwt', k) || ' team' WHEN 2 THEN 'Short downtime on Saturday morning' ELSE '' END,
       CASE k % 5 WHEN 0 THEN 'Please welcome ' || fixture_gen.full_name('nwn', k) || ', who joins us from ' || fixture_gen.pick(ARRAY['Siemens Energy', 'Hitachi Energy', 'EnBW', 'Iberdrola', 'Tata Projects'], 'nwf', k)
                  || ' as ' || fixture_gen.pick(ARRAY['Senior Electrical Engineer', 'Site Manager', 'Project Controller'], 'nwj', k) || '. Reach them at ' || fixture_gen.ascii(fixture_gen.first_name('nwn', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('nwn', k)) || '@nordwind-infra.example.'
         WHEN 1 THEN 'Thanks to everyone on site. Energisation went without findings.' WHEN 2 THEN 'OpenProject will be upgraded and unavailable between 07:00 and 09:00.'
         WHEN 3 THEN 'From next month, every visitor on site needs a badge with a photo. HSE will issue them at the induction.' ELSE 'Weekly progress is on track for most sites. See the portfolio board.' END,
       opgen.staff('nwa', k), timestamp '2020-01-15 09:00:00' + k * interval '23 days', fixture_gen.n('nwc', k, 4), timestamp '2020-01-15 09:00:00' + k * interval '23 days' + interval '2 hours'
FROM generate_series(1, 70) k;

CREATE TABLE comments (
    id bigserial PRIMARY KEY, commented_type varchar(30) NOT NULL DEFAULT '', commented_id bigint NOT NULL DEFAULT 0, author_id bigint NOT NULL DEFAULT 0, comments text,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO comments (commented_type, commented_id, author_id, comments, created_at, updated_at)
SELECT 'News', n.id, opgen.staff('cma', n.id * 10 + k),
       CASE WHEN n.id % 5 = 0 THEN fixture_gen.pick(ARRAY['Welcome aboard!', 'Great to have you, ', 'Welcome! We met at the Husum Wind fair, '], 'cmt', n.id * 10 + k) || split_part(fixture_gen.full_name('nwn', n.id), ' ', 1) || '.'
            ELSE fixture_gen.pick(ARRAY['Thanks for the heads-up.', 'Will the mobile app work during the upgrade?', 'Well done, team!', 'Does this apply to delivery drivers too?'], 'cmt', n.id * 10 + k) END,
       n.created_at + make_interval(hours => k * 3), n.created_at + make_interval(hours => k * 3)
FROM news n CROSS JOIN generate_series(1, 3) k WHERE k <= n.comments_count;

CREATE TABLE forums (id bigserial PRIMARY KEY, project_id bigint NOT NULL, name varchar NOT NULL DEFAULT '', description varchar, position integer DEFAULT 1, messages_count integer NOT NULL DEFAULT 0, last_message_id bigint);
INSERT INTO forums (project_id, name, description, position, messages_count, last_message_id) VALUES
  (1, 'General', 'Anything that does not fit elsewhere.', 1, 0, NULL), (1, 'Tools & tips', 'OpenProject tips, Excel macros, CAD.', 2, 0, NULL),
  (14, 'Safety observations', 'Share what you saw on site, good and bad.', 1, 0, NULL), (13, 'IT questions', NULL, 1, 0, NULL);

CREATE TABLE messages (
    id bigserial PRIMARY KEY, forum_id bigint NOT NULL, parent_id bigint, subject varchar NOT NULL DEFAULT '', content text, author_id bigint, replies_count integer NOT NULL DEFAULT 0,
    last_reply_id bigint, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, locked boolean DEFAULT false, sticky integer DEFAULT 0, sticked_on timestamp(6)
);
INSERT INTO messages (forum_id, parent_id, subject, content, author_id, replies_count, last_reply_id, created_at, updated_at, locked, sticky, sticked_on)
SELECT 1 + k % 4, CASE WHEN k > 10 THEN 1 + (k % 10) END,
       CASE WHEN k > 10 THEN 'RE: ' ELSE '' END || fixture_gen.pick(ARRAY['Car sharing to Jardelund', 'Excel export of the timesheet', 'Forklift reversing without a banksman', 'VPN drops in the Porto office', 'Flat in Kiel for the summer'], 'msj', 1 + k % 10),
       CASE fixture_gen.n('msc', k, 6) WHEN 0 THEN 'I drive up from Hamburg every Monday at 06:00, two seats free. Call me on ' || (SELECT phone FROM opgen.p WHERE i = opgen.staff('msa', k)) || '.'
         WHEN 1 THEN 'Use the XLS export of the time and costs module, then the macro on the share.' WHEN 2 THEN 'Saw this at the Husby site on Tuesday. Talked to the foreman, ' || fixture_gen.full_name('msf', k) || ', he will brief the crew.'
         WHEN 3 THEN 'Same here, it happens after the laptop sleeps.' WHEN 4 THEN 'My landlord, ' || fixture_gen.full_name('msl', k) || ', rents a flat in Kiel-Gaarden from June, 650 EUR. Ask me for the number.' ELSE '+1' END,
       opgen.staff('msa', k), CASE WHEN k <= 10 THEN fixture_gen.n('msr', k, 4) ELSE 0 END, NULL, timestamp '2021-03-01 09:00:00' + k * interval '9 days', timestamp '2021-03-01 09:00:00' + k * interval '9 days', false,
       CASE WHEN k = 2 THEN 1 ELSE 0 END, CASE WHEN k = 2 THEN timestamp '2021-03-20 09:00:00' END
FROM generate_series(1, 40) k;

CREATE TABLE wikis (id bigserial PRIMARY KEY, project_id bigint NOT NULL, start_page varchar(255) NOT NULL, status integer NOT NULL DEFAULT 1, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO wikis (project_id, start_page, created_at, updated_at) SELECT k, 'Wiki', timestamp '2019-10-01 08:00:00' + k * interval '30 days', timestamp '2023-10-01 08:00:00' FROM generate_series(1, 18) k;

CREATE TABLE wiki_pages (
    id bigserial PRIMARY KEY, wiki_id bigint NOT NULL, title varchar NOT NULL, created_at timestamp(6) NOT NULL, protected boolean NOT NULL DEFAULT false, parent_id bigint,
    slug varchar NOT NULL, updated_at timestamp(6) NOT NULL, author_id bigint NOT NULL, text text, lock_version integer NOT NULL
);
INSERT INTO wiki_pages (wiki_id, title, created_at, protected, parent_id, slug, updated_at, author_id, text, lock_version)
SELECT w, t, timestamp '2020-01-10 08:00:00' + make_interval(days => (w * 20 + k)::int), k = 1, NULL::bigint, lower(replace(t, ' ', '-')),
       timestamp '2023-01-10 08:00:00' + make_interval(days => (w * 17 + k * 5)::int), opgen.staff('wpa', w * 10 + k),
       CASE t WHEN 'Wiki' THEN E'# ' || (SELECT name FROM opgen.pr WHERE opgen.pr.k = w) || E'\n\nSee the sub pages for contacts and the on-call rota.'
         WHEN 'On-call rota' THEN E'| Week | Engineer | Mobile |\n|---|---|---|\n' || (SELECT string_agg('| KW ' || x || ' | ' || opgen.uname(opgen.staff('oc', w * 100 + x)) || ' | ' || (SELECT phone FROM opgen.p WHERE i = opgen.staff('oc', w * 100 + x)) || ' |', E'\n' ORDER BY x) FROM generate_series(20, 27) x)
         WHEN 'Site contacts' THEN E'Site access: key box at the gate, code ' || fixture_gen.digits('kb', w, 4) || E'.\nLandowner: ' || (SELECT name || ', ' || phone FROM opgen.lo WHERE opgen.lo.k = w * 3) || E'\nClient PM: ' || coalesce(opgen.uname((SELECT client FROM opgen.pr WHERE opgen.pr.k = w)), 'n/a')
         ELSE E'Lessons learned: order the transformer 60 weeks ahead; book the heavy transport permit early; check the drainage plans before the cable survey.' END,
       fixture_gen.n('wlk', w * 10 + k, 20)
FROM generate_series(1, 18) w, unnest(ARRAY['Wiki', 'On-call rota', 'Site contacts', 'Lessons learned']) WITH ORDINALITY AS t(t, k) WHERE w >= 5 OR k = 1;

CREATE TABLE meetings (
    id bigserial PRIMARY KEY, title varchar, author_id bigint, project_id bigint, location varchar, start_time timestamp(6), duration double precision, created_at timestamp(6),
    updated_at timestamp(6), state integer NOT NULL DEFAULT 0, type varchar NOT NULL DEFAULT 'Meeting', lock_version integer NOT NULL DEFAULT 0
);
INSERT INTO meetings (title, author_id, project_id, location, start_time, duration, created_at, updated_at, state, type, lock_version)
SELECT fixture_gen.pick(ARRAY['Weekly site meeting', 'Design review', 'Client jour fixe', 'Kick-off', 'Landowner meeting', 'HSE walk'], 'mtt', k),
       opgen.staff('mta', k), 5 + fixture_gen.n('mtp', k, 14),
       fixture_gen.pick(ARRAY['Site container', 'https://meet.nordwind-infra.example/weekly-site', 'Teams', 'Hamburg office, room Elbe', 'Client office Kiel, Uhlenkrog 32', 'Porto office'], 'mtl', k),
       timestamp '2022-01-10 08:00:00' + make_interval(days => (k * 7)::int, hours => fixture_gen.n('mth', k, 8)), (ARRAY[0.5, 1, 1, 1.5, 2])[1 + fixture_gen.n('mtd', k, 5)],
       timestamp '2022-01-05 08:00:00' + make_interval(days => (k * 7)::int), timestamp '2022-01-12 08:00:00' + make_interval(days => (k * 7)::int), CASE WHEN k < 110 THEN 5 ELSE 0 END,
       CASE WHEN k > 60 THEN 'StructuredMeeting' ELSE 'Meeting' END, fixture_gen.n('mtv', k, 5)
FROM generate_series(1, 120) k;

CREATE TABLE meeting_participants (
    id bigserial PRIMARY KEY, user_id bigint, meeting_id bigint, email varchar, name varchar, invited boolean, attended boolean, created_at timestamp(6), updated_at timestamp(6)
);
INSERT INTO meeting_participants (user_id, meeting_id, email, name, invited, attended, created_at, updated_at)
SELECT DISTINCT ON (m.id, u) u, m.id, (SELECT mail FROM opgen.p WHERE i = u), opgen.uname(u), true, m.state = 5 AND (m.id + u) % 5 <> 0, m.created_at, m.updated_at
FROM meetings m CROSS JOIN generate_series(1, 5) k
CROSS JOIN LATERAL (SELECT CASE WHEN k = 5 THEN (SELECT client FROM opgen.pr WHERE opgen.pr.k = m.project_id) ELSE opgen.staff('mpu', m.id * 10 + k) END AS u) x
WHERE u IS NOT NULL ORDER BY m.id, u;

CREATE TABLE meeting_agenda_items (
    id bigserial PRIMARY KEY, meeting_id bigint, author_id bigint, title varchar, notes text, position integer, duration_in_minutes integer, start_time timestamp(6), end_time timestamp(6),
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, work_package_id bigint, item_type smallint DEFAULT 0, lock_version integer NOT NULL DEFAULT 0, presenter_id bigint
);
INSERT INTO meeting_agenda_items (meeting_id, author_id, title, notes, position, duration_in_minutes, start_time, end_time, created_at, updated_at, work_package_id, item_type, lock_version, presenter_id)
SELECT m.id, m.author_id, CASE WHEN k = 3 THEN NULL ELSE fixture_gen.pick(ARRAY['Safety moment', 'Progress vs. plan', 'Open RFIs', 'Landowner issues', 'AOB', 'Look-ahead 2 weeks'], 'mit', m.id * 10 + k) END,
       CASE fixture_gen.n('min', m.id * 10 + k, 6)
         WHEN 0 THEN 'Landowner ' || (SELECT name FROM opgen.lo WHERE opgen.lo.k = 1 + fixture_gen.n('milo', m.id, 60)) || ' complained about dust again; ' || opgen.uname(opgen.staff('mip', m.id)) || ' will visit him and bring the water truck schedule.'
         WHEN 1 THEN 'Behind plan by 2 weeks on the cable trench. Extra crew from Elektro Öztürk from Monday.'
         WHEN 2 THEN 'Action: ' || opgen.mention(opgen.staff('mia', m.id * 10 + k)) || ' to send the updated SLD to the client by Friday.'
         WHEN 3 THEN opgen.uname(opgen.staff('mis', m.id)) || ' on parental leave from August, ' || opgen.uname(opgen.staff('mir', m.id)) || ' takes over the site.'
         WHEN 4 THEN '' ELSE NULL END,
       k, (ARRAY[5, 10, 15, 20])[1 + fixture_gen.n('mid', m.id * 10 + k, 4)], m.start_time + make_interval(mins => k * 10), m.start_time + make_interval(mins => k * 10 + 10),
       m.created_at, m.updated_at, CASE WHEN k = 3 THEN (SELECT min(id) FROM work_packages WHERE project_id = m.project_id) END, CASE WHEN k = 3 THEN 1 ELSE 0 END, 0,
       CASE WHEN k <> 3 THEN opgen.staff('mipr', m.id * 10 + k) END
FROM meetings m CROSS JOIN generate_series(1, 4) k WHERE m.type = 'StructuredMeeting';

-- ---------------------------------------------------------------------------
-- Time and costs.

CREATE TABLE time_entries (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, user_id bigint NOT NULL, work_package_id bigint, hours double precision, comments varchar, activity_id bigint,
    spent_on date NOT NULL, tyear integer NOT NULL, tmonth integer NOT NULL, tweek integer NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL,
    overridden_costs numeric(15, 4), costs numeric(15, 4), rate_id bigint, logged_by_id bigint NOT NULL, ongoing boolean NOT NULL DEFAULT false, start_time integer, time_zone varchar
);
CREATE TABLE rates (
    id bigserial PRIMARY KEY, valid_from date NOT NULL, rate numeric(15, 4) NOT NULL, type varchar NOT NULL, project_id bigint, user_id bigint, cost_type_id bigint,
    created_at timestamp(6), updated_at timestamp(6)
);
INSERT INTO rates (valid_from, rate, type, project_id, user_id, cost_type_id, created_at, updated_at)
SELECT date '2020-01-01' + (y * 365), (45 + fixture_gen.n('rt', u, 70) + y * 3)::numeric, 'DefaultHourlyRate', NULL, u, NULL, timestamp '2020-01-01 08:00:00' + y * interval '365 days', timestamp '2020-01-01 08:00:00' + y * interval '365 days'
FROM generate_series(4, 150) u, generate_series(0, 3) y WHERE u % 2 = 0 OR y < 2;
INSERT INTO rates (valid_from, rate, type, project_id, user_id, cost_type_id, created_at, updated_at)
SELECT date '2022-01-01', (60 + fixture_gen.n('rtp', k, 90))::numeric, 'HourlyRate', 5 + fixture_gen.n('rpp', k, 14), opgen.staff('rpu', k), NULL, timestamp '2022-01-01 08:00:00', timestamp '2022-01-01 08:00:00' FROM generate_series(1, 40) k;

CREATE TABLE cost_types (id bigserial PRIMARY KEY, name varchar NOT NULL, unit varchar NOT NULL, unit_plural varchar NOT NULL, "default" boolean NOT NULL DEFAULT false,
    deleted_at timestamp(6), created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
INSERT INTO cost_types (name, unit, unit_plural, "default", deleted_at, created_at, updated_at) VALUES
  ('Car mileage', 'km', 'km', false, NULL, '2020-01-01 08:00:00', '2020-01-01 08:00:00'), ('Crane hire', 'day', 'days', false, NULL, '2020-01-01 08:00:00', '2020-01-01 08:00:00'),
  ('Hotel night', 'night', 'nights', false, NULL, '2020-01-01 08:00:00', '2020-01-01 08:00:00'), ('Cable (NA2XS(F)2Y 1x240)', 'm', 'm', true, NULL, '2020-01-01 08:00:00', '2020-01-01 08:00:00'),
  ('Helicopter survey', 'hour', 'hours', false, '2022-01-01 08:00:00', '2020-01-01 08:00:00', '2022-01-01 08:00:00');
INSERT INTO rates (valid_from, rate, type, project_id, user_id, cost_type_id, created_at, updated_at)
SELECT date '2020-01-01', r, 'CostRate', NULL, NULL, ct, timestamp '2020-01-01 08:00:00', timestamp '2020-01-01 08:00:00' FROM (VALUES (1, 0.30), (2, 1450.00), (3, 119.00), (4, 18.40), (5, 950.00)) v(ct, r);

INSERT INTO time_entries (project_id, user_id, work_package_id, hours, comments, activity_id, spent_on, tyear, tmonth, tweek, created_at, updated_at, overridden_costs, costs, rate_id, logged_by_id, ongoing, start_time, time_zone)
SELECT wp.project_id, u, wp.id, h, c, 5 + fixture_gen.n('tea', k, 7), d, extract(year FROM d)::int, extract(month FROM d)::int, extract(week FROM d)::int, d + time '18:00', d + time '18:00',
       NULL, round((h * (SELECT rate FROM rates r WHERE r.user_id = u AND r.type = 'DefaultHourlyRate' ORDER BY valid_from DESC LIMIT 1))::numeric, 4),
       (SELECT id FROM rates r WHERE r.user_id = u AND r.type = 'DefaultHourlyRate' ORDER BY valid_from DESC LIMIT 1), CASE WHEN k % 13 = 0 THEN 4 ELSE u END, false,
       CASE WHEN k % 4 = 0 THEN 420 + fixture_gen.n('tst', k, 600) END, CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['Europe/Berlin', 'Europe/Lisbon', 'Asia/Kolkata'], 'tz', k) END
FROM (SELECT k, 1 + fixture_gen.n('tew', k, 420) AS w, opgen.staff('teu', k) AS u, (1 + fixture_gen.n('teh', k, 16)) * 0.5 AS h,
             date '2021-01-04' + fixture_gen.n('ted', k, 1270) AS d,
             CASE fixture_gen.n('tec', k, 8) WHEN 0 THEN 'Site visit with ' || fixture_gen.full_name('tec', k) || ' (landowner)' WHEN 1 THEN 'Phone call with the client PM' WHEN 2 THEN 'Drawings'
               WHEN 3 THEN 'Travel Hamburg–Kiel' WHEN 4 THEN 'Covered for ' || opgen.uname(opgen.staff('tcv', k)) || ' (sick)' WHEN 5 THEN '' ELSE NULL END AS c
      FROM generate_series(1, 600) k) x JOIN work_packages wp ON wp.id = x.w;

CREATE TABLE budgets (
    id bigserial PRIMARY KEY, project_id bigint NOT NULL, author_id bigint NOT NULL, subject varchar NOT NULL, description text NOT NULL, fixed_date date NOT NULL,
    created_at timestamp(6), updated_at timestamp(6)
);
INSERT INTO budgets (project_id, author_id, subject, description, fixed_date, created_at, updated_at)
SELECT pr, opgen.staff('bga', pr * 10 + k), s, CASE WHEN k = 1 THEN 'Approved by the client on ' || to_char(date '2021-03-01' + pr * 20, 'DD.MM.YYYY') || '.' ELSE 'Internal estimate.' END,
       date '2021-03-01' + pr * 20, timestamp '2021-03-01 08:00:00' + pr * interval '20 days', timestamp '2022-03-01 08:00:00' + pr * interval '20 days'
FROM generate_series(5, 18) pr, unnest(ARRAY['Design', 'Civil works', 'Installation', 'Commissioning']) WITH ORDINALITY AS t(s, k) WHERE pr NOT IN (13, 14, 15, 16);

CREATE TABLE cost_entries (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, project_id bigint NOT NULL, work_package_id bigint, cost_type_id bigint NOT NULL, units double precision NOT NULL, spent_on date NOT NULL,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, comments varchar NOT NULL, blocked boolean NOT NULL DEFAULT false, overridden_costs numeric(15, 4),
    costs numeric(15, 4), rate_id bigint, tyear integer NOT NULL, tmonth integer NOT NULL, tweek integer NOT NULL, logged_by_id bigint NOT NULL
);
INSERT INTO cost_entries (user_id, project_id, work_package_id, cost_type_id, units, spent_on, created_at, updated_at, comments, blocked, overridden_costs, costs, rate_id, tyear, tmonth, tweek, logged_by_id)
SELECT u, wp.project_id, wp.id, ct, un, d, d + time '19:00', d + time '19:00',
       CASE ct WHEN 1 THEN 'Hamburg – site – Hamburg, private car ' || upper(fixture_gen.chars('kz', k, 2, 'ABCDEFGHKLMNPRSTVWXZ')) || '-' || upper(fixture_gen.chars('kz2', k, 2, 'ABCDEFGHKLMNPRSTVWXZ')) || ' ' || (100 + fixture_gen.n('kzn', k, 9000))
         WHEN 3 THEN 'Hotel ' || fixture_gen.pick(ARRAY['Ibis Kiel', 'Alte Post Flensburg', 'Pousada de Viseu'], 'htl', k) || ', ' || opgen.uname(u) WHEN 2 THEN 'Liebherr LTM 1090, incl. operator' ELSE '' END,
       false, NULL, round((un * (SELECT rate FROM rates r WHERE r.cost_type_id = ct))::numeric, 4), (SELECT id FROM rates r WHERE r.cost_type_id = ct),
       extract(year FROM d)::int, extract(month FROM d)::int, extract(week FROM d)::int, u
FROM (SELECT k, 1 + fixture_gen.n('cew', k, 420) AS w, opgen.staff('ceu', k) AS u, 1 + fixture_gen.n('cet', k, 4) AS ct, 1 + fixture_gen.n('ceun', k, 300) AS un, date '2021-01-04' + fixture_gen.n('ced', k, 1270) AS d
      FROM generate_series(1, 150) k) x JOIN work_packages wp ON wp.id = x.w;

-- ---------------------------------------------------------------------------
-- Queries, notifications, calendars, file links.

CREATE TABLE queries (
    id bigserial PRIMARY KEY, project_id bigint, name varchar NOT NULL DEFAULT '', filters text, user_id bigint NOT NULL DEFAULT 0, public boolean NOT NULL DEFAULT false,
    column_names text, sort_criteria text, group_by varchar, display_sums boolean NOT NULL DEFAULT false, timeline_visible boolean DEFAULT false, show_hierarchies boolean DEFAULT false,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, include_subprojects boolean NOT NULL
);
INSERT INTO queries (project_id, name, filters, user_id, public, column_names, sort_criteria, group_by, display_sums, timeline_visible, show_hierarchies, created_at, updated_at, include_subprojects)
SELECT CASE WHEN k % 6 = 0 THEN NULL ELSE 5 + fixture_gen.n('qp', k, 14) END,
       CASE fixture_gen.n('qn', k, 7) WHEN 0 THEN 'My open tasks' WHEN 1 THEN 'Gantt chart' WHEN 2 THEN 'Landowner issues' WHEN 3 THEN 'Overdue RFIs'
         WHEN 4 THEN 'Everything about ' || (SELECT name FROM opgen.lo WHERE opgen.lo.k = 1 + fixture_gen.n('qlo', g.k, 60)) WHEN 5 THEN 'Tasks of ' || split_part(opgen.uname(opgen.staff('qsu', k)), ' ', 1) ELSE 'Milestones' END,
       CASE fixture_gen.n('qn', k, 7) WHEN 0 THEN E'---\n- :status_id:\n    :operator: o\n    :values: []\n- :assigned_to_id:\n    :operator: "="\n    :values:\n    - me\n'
         WHEN 3 THEN E'---\n- :type_id:\n    :operator: "="\n    :values:\n    - \'9\'\n- :due_date:\n    :operator: "<t-"\n    :values:\n    - \'0\'\n'
         WHEN 4 THEN E'---\n- :search:\n    :operator: "**"\n    :values:\n    - ' || (SELECT split_part(name, ' ', 2) FROM opgen.lo WHERE opgen.lo.k = 1 + fixture_gen.n('qlo', g.k, 60)) || E'\n'
         WHEN 5 THEN E'---\n- :assigned_to_id:\n    :operator: "="\n    :values:\n    - \'' || opgen.staff('qsu', k) || E'\'\n'
         WHEN 2 THEN E'---\n- :category_id:\n    :operator: "="\n    :values:\n    - \'6\'\n- :cf_1:\n    :operator: "*"\n    :values: []\n'
         ELSE E'---\n- :status_id:\n    :operator: o\n    :values: []\n' END,
       opgen.staff('qu', k), k % 4 = 0, E'---\n- :id\n- :subject\n- :type\n- :status\n- :assigned_to\n- :due_date\n', E'---\n- - id\n  - asc\n',
       CASE WHEN k % 5 = 0 THEN 'assigned_to' END, k % 9 = 0, fixture_gen.n('qn', k, 7) = 1, k % 3 = 0,
       opgen.at('qc', k), opgen.at('qc', k) + interval '1 day', true
FROM generate_series(1, 90) g(k);

CREATE TABLE notifications (
    id bigserial PRIMARY KEY, subject text, read_ian boolean DEFAULT false, reason smallint, recipient_id bigint NOT NULL, actor_id bigint, resource_type varchar NOT NULL,
    resource_id bigint NOT NULL, journal_id bigint, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, mail_reminder_sent boolean DEFAULT false, mail_alert_sent boolean
);
INSERT INTO notifications (subject, read_ian, reason, recipient_id, actor_id, resource_type, resource_id, journal_id, created_at, updated_at, mail_reminder_sent, mail_alert_sent)
SELECT CASE WHEN r IN (1, 2) THEN NULL ELSE wp.subject END, j.id % 3 <> 0, r, rc, j.user_id, 'WorkPackage', j.journable_id, j.id, j.created_at, j.created_at + interval '1 hour', j.id % 2 = 0, CASE WHEN r = 1 THEN true END
FROM journals j JOIN work_packages wp ON wp.id = j.journable_id
CROSS JOIN LATERAL (SELECT fixture_gen.n('nr', j.id, 7)::smallint AS r, coalesce(wp.assigned_to_id, wp.author_id) AS rc) x
WHERE j.id % 2 = 0 AND rc <> j.user_id AND rc < 186;

CREATE TABLE ical_token_query_assignments (
    id bigserial PRIMARY KEY, ical_token_id bigint NOT NULL, query_id bigint NOT NULL, name varchar NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO ical_token_query_assignments (ical_token_id, query_id, name, created_at, updated_at)
SELECT t.id, 1 + fixture_gen.n('icq', t.id, 90),
       fixture_gen.pick(ARRAY['iPhone', 'Outlook', 'Google Calendar', 'Thunderbird', 'Outlook', 'Handy'], 'icn', t.id)
         || CASE WHEN t.id % 3 = 0 THEN ' ' || (SELECT first FROM opgen.p WHERE i = t.user_id) ELSE '' END, t.created_at, t.created_at
FROM tokens t WHERE t.type = 'Token::ICal' ORDER BY t.id;

CREATE TABLE file_links (
    id bigserial PRIMARY KEY, storage_id bigint, creator_id bigint NOT NULL, container_id bigint, container_type varchar, origin_id varchar, origin_name varchar,
    origin_created_by_name varchar, origin_last_modified_by_name varchar, origin_mime_type varchar, origin_created_at timestamp(6), origin_updated_at timestamp(6),
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO file_links (storage_id, creator_id, container_id, container_type, origin_id, origin_name, origin_created_by_name, origin_last_modified_by_name, origin_mime_type, origin_created_at, origin_updated_at, created_at, updated_at)
SELECT s, wp.author_id, wp.id, 'WorkPackage', CASE WHEN s = 3 THEN '01' || upper(fixture_gen.chars('odid', k, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')) ELSE (10000 + k * 37)::text END,
       CASE fixture_gen.n('fln', k, 5) WHEN 0 THEN 'Lageplan_' || (SELECT identifier FROM projects WHERE id = wp.project_id) || '.pdf'
         WHEN 1 THEN 'Entschädigung_' || (SELECT replace(name, ' ', '_') FROM opgen.lo WHERE opgen.lo.k = 1 + fixture_gen.n('flo', x.k, 60)) || '.xlsx'
         WHEN 2 THEN 'Protokoll_Baubesprechung_KW' || (10 + k % 40) || '.docx' WHEN 3 THEN 'Fotos Baustelle' ELSE 'Arbeitsvertrag_' || replace(fixture_gen.full_name('cand', k), ' ', '_') || '.pdf' END,
       CASE WHEN s = 3 THEN opgen.uname(wp.author_id::int) ELSE (SELECT login FROM opgen.p WHERE i = wp.author_id) END,
       CASE WHEN s = 3 THEN opgen.uname(opgen.staff('flm', k)) ELSE (SELECT login FROM opgen.p WHERE i = opgen.staff('flm', k)) END,
       CASE fixture_gen.n('fln', k, 5) WHEN 0 THEN 'application/pdf' WHEN 1 THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN 2 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN 3 THEN 'application/x-op-directory' ELSE 'application/pdf' END,
       wp.created_at, wp.updated_at, wp.updated_at, wp.updated_at
FROM (SELECT k, 1 + fixture_gen.n('flw', k, 420) AS w, 1 + fixture_gen.n('fls', k, 3) AS s FROM generate_series(1, 110) k) x JOIN work_packages wp ON wp.id = x.w;

-- ---------------------------------------------------------------------------
-- Settings, the enterprise token, webhooks, background jobs.

CREATE TABLE settings (id bigserial PRIMARY KEY, name varchar(255) NOT NULL DEFAULT '', value text, updated_at timestamp(6));
INSERT INTO settings (name, value, updated_at) SELECT n, v, timestamp '2019-09-02 10:00:00' + k * interval '29 days' FROM (VALUES
  (1, 'app_title', 'Nordwind OpenProject'), (2, 'host_name', 'op.nordwind-infra.example'), (3, 'protocol', 'https'), (4, 'default_language', 'en'),
  (5, 'available_languages', E'---\n- de\n- en\n- pt-BR\n'), (6, 'email_delivery_method', 'smtp'), (7, 'smtp_address', 'smtp.office365.com'), (8, 'smtp_port', '587'),
  (9, 'smtp_domain', 'nordwind-infra.example'), (10, 'smtp_authentication', 'login'), (11, 'smtp_user_name', 'openproject@nordwind-infra.example'),
  (12, 'smtp_password', 'Nw' || opgen.rnd('smtp', 1, 18)), (13, 'smtp_enable_starttls_auto', '1'), (14, 'mail_from', 'openproject@nordwind-infra.example'),
  (15, 'emails_header', E'---\nen: ''''\nde: ''''\n'), (16, 'emails_footer', E'---\nen: Nordwind Infra GmbH · Am Sandtorkai 41 · 20457 Hamburg · HRB 154321\nde: Nordwind Infra GmbH · Am Sandtorkai 41 · 20457 Hamburg · HRB 154321\n'),
  (17, 'welcome_text', 'Welcome to the project platform of Nordwind Infra. Client users: ask your Nordwind project manager for access.'), (18, 'welcome_on_homescreen', '1'),
  (19, 'consent_required', '1'), (20, 'consent_info', E'---\nen: Personal data is processed according to our privacy notice. Questions: our data protection officer Dr. Ingrid Andersen, dpo@nordwind-infra.example, +49 40 3008 1290.\n'),
  (21, 'installation_uuid', fixture_gen.uuid('inst', 1)), (22, 'session_ttl_enabled', '1'), (23, 'session_ttl', '480'), (24, 'brute_force_block_after_failed_logins', '10'),
  (25, 'brute_force_block_minutes', '30'), (26, 'attachment_max_size', '256000'), (27, 'apiv3_cors_enabled', '1'), (28, 'apiv3_cors_origins', E'---\n- https://cloud.nordwind-infra.example\n- https://nc.pt.nordwind-infra.example\n'),
  (29, 'sys_api_enabled', '1'), (30, 'sys_api_key', opgen.rnd('sysapi', 1, 40)), (31, 'plugin_openproject_openid_connect', E'---\nproviders:\n  keycloak:\n    display_name: Nordwind SSO\n    host: sso.nordwind-infra.example\n    identifier: openproject\n    secret: ' || opgen.rnd('kcsec', 1, 32) || E'\n    issuer: https://sso.nordwind-infra.example/realms/nordwind\n  azure:\n    display_name: Client login (Entra ID)\n    identifier: ' || fixture_gen.uuid('azcl', 1) || E'\n    secret: ' || opgen.rnd('azs', 9, 3) || '8Q~' || opgen.rnd('azcs', 1, 34) || E'\n    tenant: ' || fixture_gen.uuid('tenant', 1) || E'\n'),
  (32, 'security_badge_displayed', '0'), (33, 'start_of_week', '1'), (34, 'first_week_of_year', '4'), (35, 'work_package_done_ratio', 'field'),
  (36, 'ldap_users_sync_status', '1'), (37, 'notification_retention_period_days', '30'), (38, 'password_min_length', '12'), (39, 'lost_password', '1'),
  (40, 'self_registration', '0'), (41, 'mail_suffix_separators', '+'), (42, 'per_page_options', '20, 100'), (43, 'smtp_openssl_verify_mode', 'peer'),
  (44, 'feeds_enabled', '1'), (45, 'file_max_size_displayed', '512')) v(k, n, v);

CREATE TABLE enterprise_tokens (id bigserial PRIMARY KEY, encoded_token text, created_at timestamp(6), updated_at timestamp(6));
INSERT INTO enterprise_tokens (encoded_token, created_at, updated_at) VALUES
  ('-----BEGIN OPENPROJECT-EE TOKEN-----' || E'\n' || fixture_gen.b64('ee', 1, 256) || fixture_gen.b64('ee', 2, 256) || fixture_gen.b64('ee', 3, 120) || E'\n' || '-----END OPENPROJECT-EE TOKEN-----', '2022-03-01 09:00:00', '2022-03-01 09:00:00'),
  ('-----BEGIN OPENPROJECT-EE TOKEN-----' || E'\n' || fixture_gen.b64('ee', 4, 256) || fixture_gen.b64('ee', 5, 256) || fixture_gen.b64('ee', 6, 120) || E'\n' || '-----END OPENPROJECT-EE TOKEN-----', '2024-03-01 09:00:00', '2024-03-01 09:00:00');

CREATE TABLE webhooks_webhooks (
    id bigserial PRIMARY KEY, name varchar, url text, description text NOT NULL, secret varchar, enabled boolean NOT NULL, all_projects boolean NOT NULL,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO webhooks_webhooks (name, url, description, secret, enabled, all_projects, created_at, updated_at) VALUES
  ('n8n: landowner sync', 'https://n8n.nordwind-infra.example/webhook/' || fixture_gen.uuid('n8nwh', 1), 'Pushes landowner work packages to the GIS team''s sheet.', opgen.rnd('whs', 1, 32), true, false, '2022-05-02 09:00:00', '2023-05-02 09:00:00'),
  ('Teams channel Kiel', 'https://nordwindinfra.webhook.office.com/webhookb2/' || fixture_gen.uuid('tm1', 1) || '@' || fixture_gen.uuid('tenant', 1) || '/IncomingWebhook/' || fixture_gen.hexn('tmh', 1, 32) || '/' || fixture_gen.uuid('tm2', 1), 'Posts new work packages of the Kiel project.', NULL, true, false, '2022-09-12 09:00:00', '2022-09-12 09:00:00'),
  ('Zapier → Power BI', 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zp', 1, 7) || '/' || lower(opgen.rnd('zpk', 1, 6)) || '/', 'Time entries to the controlling dashboard.', opgen.rnd('whs', 3, 32), false, true, '2021-02-02 09:00:00', '2023-02-02 09:00:00'),
  ('ERP import', 'https://erp.nordwind-infra.example/api/openproject/events', 'Budgets and cost entries to the ERP.', opgen.rnd('whs', 4, 40), true, true, '2023-08-01 09:00:00', '2024-02-01 09:00:00');

CREATE TABLE webhooks_logs (
    id bigserial PRIMARY KEY, webhooks_webhook_id bigint, event_name varchar, url text, request_headers text, request_body text, response_code integer, response_headers text,
    response_body text, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO webhooks_logs (webhooks_webhook_id, event_name, url, request_headers, request_body, response_code, response_headers, response_body, created_at, updated_at)
SELECT h.id, e, h.url,
       '{"Content-Type":"application/json"' || CASE WHEN h.secret IS NOT NULL THEN ',"X-OP-Signature":"sha1=' || fixture_gen.hexn('sig', k, 40) || '"' ELSE '' END || '}',
       json_build_object('action', e, 'work_package', json_build_object('_type', 'WorkPackage', 'id', wp.id, 'subject', wp.subject, 'description', json_build_object('format', 'markdown', 'raw', wp.description),
         'createdAt', wp.created_at, '_embedded', json_build_object('author', json_build_object('_type', 'User', 'id', wp.author_id, 'name', opgen.uname(wp.author_id::int), 'login', (SELECT login FROM opgen.p WHERE i = wp.author_id),
           'email', (SELECT mail FROM opgen.p WHERE i = wp.author_id)), 'project', json_build_object('id', wp.project_id, 'identifier', (SELECT identifier FROM projects WHERE id = wp.project_id)))))::text,
       rc, CASE WHEN rc = 200 THEN '{"content-type":"application/json; charset=utf-8","date":"' || to_char(c, 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT"}' ELSE '{"content-type":"text/html"}' END,
       CASE WHEN rc = 200 THEN CASE h.id WHEN 1 THEN '{"message":"Workflow was started"}' WHEN 3 THEN '{"attempt":"' || fixture_gen.uuid('zpa', k) || '","id":"' || fixture_gen.uuid('zpi', k) || '","status":"success"}' ELSE '1' END
            ELSE '<html><body><h1>502 Bad Gateway</h1></body></html>' END, c, c
FROM (SELECT k, 1 + fixture_gen.n('whh', k, 4) AS hid, 1 + fixture_gen.n('whw', k, 420) AS w, CASE WHEN k % 9 = 0 THEN 502 ELSE 200 END AS rc,
             fixture_gen.pick(ARRAY['work_package:created', 'work_package:updated', 'work_package:updated'], 'whe', k) AS e, timestamp '2024-04-01 00:00:00' + make_interval(secs => fixture_gen.n('whc', k, 7000000)) AS c
      FROM generate_series(1, 80) k) x JOIN webhooks_webhooks h ON h.id = x.hid JOIN work_packages wp ON wp.id = x.w;

CREATE TABLE good_jobs (
    id uuid PRIMARY KEY, queue_name text, priority integer, serialized_params jsonb, scheduled_at timestamp(6), performed_at timestamp(6), finished_at timestamp(6), error text,
    created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, active_job_id uuid, concurrency_key text, cron_key text, executions_count integer, job_class text
);
INSERT INTO good_jobs
SELECT fixture_gen.uuid('gj', k)::uuid, q, 0, jsonb_build_object('job_class', jc, 'job_id', fixture_gen.uuid('aj', k), 'provider_job_id', NULL, 'queue_name', q, 'priority', NULL, 'arguments', args,
         'executions', 0, 'exception_executions', '{}'::jsonb, 'locale', 'en', 'timezone', 'UTC', 'enqueued_at', to_char(c, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
       c, c + interval '2 seconds', c + interval '3 seconds',
       CASE WHEN jc = 'ActionMailer::MailDeliveryJob' AND k % 10 = 0 THEN 'Net::SMTPFatalError: 550 5.1.1 <' || (SELECT mail FROM opgen.p WHERE i = u) || '>: Recipient address rejected: User unknown in relay recipient table'
            WHEN jc = 'Storages::ManageNextcloudIntegrationCronJob' AND k % 7 = 0 THEN 'Storages::Errors::IntegrationJobError: Failed to create group folder: 401 Unauthorized' END,
       c, c + interval '3 seconds', fixture_gen.uuid('aj', k)::uuid, CASE WHEN jc LIKE 'Storages%' THEN 'Storages::ManageNextcloudIntegrationCronJob' END,
       CASE WHEN jc LIKE '%Cron%' OR jc = 'Ldap::SynchronizationJob' THEN jc END, 1, jc
FROM (SELECT k, c, u, jc, CASE WHEN jc = 'ActionMailer::MailDeliveryJob' THEN 'mailers' ELSE 'default' END AS q,
             CASE jc WHEN 'ActionMailer::MailDeliveryJob' THEN CASE WHEN k % 5 = 0
                    THEN jsonb_build_array('UserMailer', 'test_mail', 'deliver_now', jsonb_build_object('args', jsonb_build_array(jsonb_build_object('_aj_globalid', 'gid://open-project/User/' || u)), '_aj_ruby2_keywords', jsonb_build_array('args')))
                    ELSE jsonb_build_array('WorkPackageMailer', 'mentioned', 'deliver_now', jsonb_build_object('args', jsonb_build_array(jsonb_build_object('_aj_globalid', 'gid://open-project/User/' || u), jsonb_build_object('_aj_globalid', 'gid://open-project/Journal/' || (1 + k * 3))), '_aj_ruby2_keywords', jsonb_build_array('args'))) END
               WHEN 'Mails::InvitationJob' THEN jsonb_build_array(jsonb_build_object('_aj_globalid', 'gid://open-project/Token::Invitation/' || k), jsonb_build_object('email', (SELECT mail FROM opgen.p WHERE i = u), 'firstname', (SELECT first FROM opgen.p WHERE i = u), 'lastname', (SELECT last FROM opgen.p WHERE i = u), '_aj_symbol_keys', jsonb_build_array('email', 'firstname', 'lastname')))
               WHEN 'Notifications::WorkflowJob' THEN jsonb_build_array('create_notifications', jsonb_build_object('_aj_globalid', 'gid://open-project/Journal/' || (1 + k * 5)), true)
               ELSE '[]'::jsonb END AS args
      FROM (SELECT k, opgen.at('gjc', k) AS c, 150 + fixture_gen.n('gju', k, 36) AS u,
                   fixture_gen.pick(ARRAY['ActionMailer::MailDeliveryJob', 'ActionMailer::MailDeliveryJob', 'Mails::InvitationJob', 'Notifications::WorkflowJob', 'Notifications::WorkflowJob', 'Storages::ManageNextcloudIntegrationCronJob', 'Ldap::SynchronizationJob', 'Cron::ClearOldSessionsJob'], 'gjj', k) AS jc
            FROM generate_series(1, 200) k) y) x;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA opgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
