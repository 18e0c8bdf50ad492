-- classify-eval fixture (HOLDOUT 24: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of an authentik 2024.x identity provider in the naming
-- its Django migrations create (authentik_<app>_<model> tables, uuid keys
-- named pbm_uuid, flow_uuid, stage_uuid, multi-table inheritance through
-- *_ptr_id columns, jsonb attributes, inet columns), a subset of its tables.
-- The instance is Harbor & Pine Logistics' single sign-on (staff from an
-- Active Directory, partners and carriers enrolled through an invitation
-- flow, GitHub and Google logins): users with pbkdf2_sha256 hashes and
-- attributes JSON holding phones, employee numbers, the AD distinguished name
-- and avatars; groups whose attributes name an owner; API, app-password and
-- recovery tokens; sessions with IPs and user agents; the Django session
-- store; flows, stages and prompts whose initial values and expressions name
-- people; an SMTP stage's password; Twilio SMS stage credentials and the
-- phones of SMS devices; TOTP keys, static backup codes, WebAuthn
-- credentials, Duo device ids; invitations whose fixed data holds the
-- invitee; OAuth2 providers with client secrets, access tokens (JWTs),
-- refresh tokens, authorization and device codes and ID token claims; SAML,
-- proxy (cookie secrets), LDAP and RADIUS (shared secrets) providers; the
-- SCIM provider's synced user and group payloads; PEM certificates and
-- private keys; an LDAP source's bind DN and password; OAuth sources'
-- consumer secrets and users' access tokens; the event log's context JSON;
-- notifications; webhook transports with tokens in URLs; outposts' configs
-- and a Kubernetes kubeconfig; expression policies in Python naming people;
-- reputation scores keyed by username and IP; system tasks whose messages
-- name synced users; blueprints; consents; the enterprise licence key.
-- Lookup and configuration tables (flows, bindings, scope mappings, roles,
-- tenants) hold nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA agen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION agen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

CREATE FUNCTION agen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION agen.b64json(j text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(translate(encode(convert_to(j, 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_') $$;

-- jwt: an RS256 JWT of the given claims.
CREATE FUNCTION agen.jwt(claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT agen.b64json('{"alg":"RS256","kid":"' || substr(md5('kid'), 1, 32) || '","typ":"JWT"}') || '.' || agen.b64json(claims) || '.' || agen.b64url(tag, i, 256)
$$;

-- pem: a PEM block of a label and base64 body.
CREATE FUNCTION agen.pem(label text, tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || label || E'-----\n' || regexp_replace(fixture_gen.b64(tag, i, 192) || fixture_gen.b64(tag || 'b', i, 192) || fixture_gen.b64(tag || 'c', i, len - 384), '(.{64})', E'\\1\n', 'g')
      || E'\n-----END ' || label || '-----'
$$;

-- at: a time between two dates.
CREATE FUNCTION agen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::bigint)::int))
$$;

CREATE FUNCTION agen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67'], tag, i)
$$;

-- People and accounts. 1 akadmin, 2 the guardian AnonymousUser, 3-6 the
-- outposts' internal service accounts, 7-190 staff (from AD), 191-236
-- partners and carriers (external, enrolled by invitation, email as
-- username), 237-248 service accounts.
CREATE TABLE agen.u (i int PRIMARY KEY, kind text, first text, last text, name text, username text, email text, phone text, dept text, title text,
  city text, joined timestamptz, active boolean, uuid uuid);
INSERT INTO agen.u
SELECT i, k, f, l, f || ' ' || l,
       CASE WHEN k = 'internal' THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || CASE WHEN i % 37 = 0 THEN (i % 10)::text ELSE '' END
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || fixture_gen.pick(ARRAY['nordcargo.example', 'baltic-freight.example', 'gmail.com', 'outlook.com', 'tranvia-log.example', 'web.de'], 'ued', i) END,
       CASE WHEN k = 'internal' THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@harborpine.example'
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || fixture_gen.pick(ARRAY['nordcargo.example', 'baltic-freight.example', 'gmail.com', 'outlook.com', 'tranvia-log.example', 'web.de'], 'ued', i) END,
       fixture_gen.phone('uph', i),
       fixture_gen.pick(ARRAY['Operations', 'Finance', 'IT', 'Warehouse Hamburg', 'Warehouse Rotterdam', 'Customer Service', 'HR', 'Sales', 'Fleet'], 'udp', i),
       fixture_gen.pick(ARRAY['Dispatcher', 'Accountant', 'Systems Engineer', 'Shift Lead', 'Forklift Operator', 'Account Manager', 'HR Business Partner', 'Driver', 'Customs Specialist', 'Team Lead'], 'uti', i),
       fixture_gen.city('uci', i),
       agen.at('ujo', i, '2021-03-01', '2024-05-01'), i % 23 <> 5, fixture_gen.uuid('uuu', i)::uuid
FROM (SELECT i, CASE WHEN i <= 190 THEN 'internal' ELSE 'external' END AS k, fixture_gen.first_name('u', i) AS f, fixture_gen.last_name('u', i) AS l FROM generate_series(7, 236) i) x;
UPDATE agen.u u SET username = u.username || d.rn, email = replace(u.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM agen.u) d WHERE d.i = u.i AND d.rn > 1;
INSERT INTO agen.u (i, kind, name, username, email, joined, active, uuid) VALUES
  (1, 'internal', 'authentik Default Admin', 'akadmin', 'it-admins@harborpine.example', '2021-02-15 09:12:00+00', true, fixture_gen.uuid('uuu', 1)::uuid),
  (2, 'internal', '', 'AnonymousUser', '', '2021-02-15 09:11:40+00', true, fixture_gen.uuid('uuu', 2)::uuid);
INSERT INTO agen.u (i, kind, name, username, email, joined, active, uuid)
SELECT i, 'internal_service_account', 'Outpost ' || o || ' Service-Account', 'ak-outpost-' || fixture_gen.uuid('outp', i - 2), '', agen.at('ujo', i, '2021-02-16', '2023-01-01'), true, fixture_gen.uuid('uuu', i)::uuid
FROM (VALUES (3, 'authentik Embedded Outpost'), (4, 'ldap-hamburg'), (5, 'radius-wifi'), (6, 'proxy-k8s')) v(i, o);
INSERT INTO agen.u (i, kind, name, username, email, joined, active, uuid)
SELECT 236 + k, 'service_account', s, s, '', agen.at('ujo', 236 + k, '2021-06-01', '2024-04-01'), true, fixture_gen.uuid('uuu', 236 + k)::uuid
FROM unnest(ARRAY['svc-jenkins', 'svc-grafana', 'svc-terraform', 'svc-backup', 'svc-scim-sync', 'svc-monitoring', 'svc-nextcloud', 'svc-gitlab-ci', 'svc-printers', 'svc-wms-import', 'svc-ansible', 'svc-zammad']) WITH ORDINALITY t(s, k);

-- ---------------------------------------------------------------------------
-- Tenants and brands.

CREATE TABLE authentik_tenants_tenant (
    tenant_uuid uuid PRIMARY KEY, schema_name varchar(63) NOT NULL UNIQUE, name text NOT NULL, ready boolean NOT NULL, avatars text NOT NULL,
    default_user_change_name boolean NOT NULL, default_user_change_email boolean NOT NULL, default_user_change_username boolean NOT NULL,
    event_retention text NOT NULL, footer_links jsonb NOT NULL, gdpr_compliance boolean NOT NULL, impersonation boolean NOT NULL,
    reputation_expiry integer NOT NULL, default_token_duration text NOT NULL, default_token_length integer NOT NULL
);
INSERT INTO authentik_tenants_tenant VALUES
  (fixture_gen.uuid('tenant', 1)::uuid, 'public', 'Default', true, 'attributes.avatar,gravatar,initials', true, false, false, 'days=365',
   '[{"name": "Privacy policy", "href": "https://www.harborpine.example/privacy"}, {"name": "IT Helpdesk", "href": "https://helpdesk.harborpine.example"}]', true, true, 86400, 'minutes=30', 60),
  (fixture_gen.uuid('tenant', 2)::uuid, 't_partners', 'Partner portal (trial)', false, 'gravatar,initials', false, false, false, 'days=90', '[]', true, false, 86400, 'minutes=30', 60);

CREATE TABLE authentik_tenants_domain (id serial PRIMARY KEY, domain varchar(253) NOT NULL UNIQUE, is_primary boolean NOT NULL, tenant_id uuid NOT NULL);
INSERT INTO authentik_tenants_domain VALUES (1, 'auth.harborpine.example', true, fixture_gen.uuid('tenant', 1)::uuid), (2, 'authentik.internal.harborpine.example', false, fixture_gen.uuid('tenant', 1)::uuid),
  (3, 'partners-trial.harborpine.example', true, fixture_gen.uuid('tenant', 2)::uuid);

-- ---------------------------------------------------------------------------
-- Users, groups, roles.

CREATE TABLE authentik_core_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, username varchar(150) NOT NULL UNIQUE, first_name varchar(150) NOT NULL,
    last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_active boolean NOT NULL, date_joined timestamptz NOT NULL, uuid uuid NOT NULL UNIQUE,
    name text NOT NULL, password_change_date timestamptz NOT NULL, attributes jsonb NOT NULL, path text NOT NULL, type text NOT NULL, last_updated timestamptz NOT NULL
);
INSERT INTO authentik_core_user
SELECT u.i,
       CASE WHEN u.i = 2 OR u.kind IN ('internal_service_account') THEN '!' || agen.rnd('unus', u.i, 40)
            WHEN u.i BETWEEN 7 AND 190 AND u.i % 3 = 0 THEN '!' || agen.rnd('unus', u.i, 40)
            ELSE fixture_gen.pbkdf2('upw', u.i) END,
       CASE WHEN u.i = 2 THEN NULL ELSE agen.at('ull', u.i, '2024-04-01', '2024-06-28') END,
       u.username, '', '', u.email, u.active, u.joined, u.uuid, u.name,
       u.joined + make_interval(days => fixture_gen.n('upc', u.i, 700)),
       CASE
         WHEN u.kind = 'internal' AND u.i >= 7 THEN jsonb_strip_nulls(jsonb_build_object(
           'distinguishedName', CASE WHEN u.i % 3 <> 1 THEN 'CN=' || u.name || ',OU=' || split_part(u.dept, ' ', 1) || ',OU=Staff,DC=corp,DC=harborpine,DC=example' END,
           'ldap_uniq', CASE WHEN u.i % 3 <> 1 THEN fixture_gen.uuid('objguid', u.i) END,
           'phone', u.phone, 'employeeNumber', 'HP-' || lpad((1000 + u.i)::text, 5, '0'), 'department', u.dept, 'title', u.title,
           'settings', jsonb_build_object('locale', fixture_gen.pick(ARRAY['en', 'de', 'nl', 'pl', 'en'], 'uloc', u.i)),
           'avatar', CASE WHEN u.i % 4 = 0 THEN 'https://intranet.harborpine.example/photos/' || u.username || '.jpg' END,
           'goauthentik.io/user/sources', CASE WHEN u.i % 3 = 1 THEN jsonb_build_array('Google Workspace') END))
         WHEN u.kind = 'external' THEN jsonb_strip_nulls(jsonb_build_object('phone', u.phone, 'company', split_part(split_part(u.email, '@', 2), '.', 1),
           'mobile_verified', u.i % 2 = 0, 'city', u.city, 'settings', jsonb_build_object('locale', 'en', 'theme', jsonb_build_object('base', 'automatic')),
           'invited_by', 'akadmin', 'carrier_id', CASE WHEN u.i % 3 = 0 THEN 'CAR-' || fixture_gen.digits('ucar', u.i, 6) END))
         WHEN u.kind = 'internal_service_account' THEN '{"goauthentik.io/user/override-ips": true, "goauthentik.io/user/service-account": true}'::jsonb
         WHEN u.kind = 'service_account' THEN '{"goauthentik.io/user/token-expires": false, "goauthentik.io/user/service-account": true}'::jsonb
         ELSE '{}'::jsonb END,
       CASE WHEN u.kind = 'internal_service_account' THEN 'goauthentik.io/outposts' WHEN u.kind = 'service_account' THEN 'goauthentik.io/service-accounts'
            WHEN u.kind = 'external' THEN 'partners/enrolled' WHEN u.i >= 7 AND u.i % 3 <> 1 THEN 'goauthentik.io/sources/corp-ad' ELSE 'users' END,
       u.kind, agen.at('ulu', u.i, '2024-05-01', '2024-06-28')
FROM agen.u u ORDER BY u.i;

CREATE TABLE authentik_core_group (
    group_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, is_superuser boolean NOT NULL, attributes jsonb NOT NULL, parent_id uuid
);
CREATE TABLE agen.g (k int, name text, parent int, attrs jsonb);
INSERT INTO agen.g VALUES
  (1, 'authentik Admins', NULL, '{}'), (2, 'Staff', NULL, '{"distinguishedName": "CN=Staff,OU=Groups,DC=corp,DC=harborpine,DC=example"}'),
  (3, 'Finance', 2, '{"distinguishedName": "CN=Finance,OU=Groups,DC=corp,DC=harborpine,DC=example", "cost_center": "4100"}'),
  (4, 'IT', 2, '{"distinguishedName": "CN=IT,OU=Groups,DC=corp,DC=harborpine,DC=example"}'),
  (5, 'Helpdesk', 4, NULL), (6, 'Warehouse Hamburg', 2, NULL), (7, 'Warehouse Rotterdam', 2, NULL), (8, 'Dispatch', 2, NULL),
  (9, 'HR', 2, NULL), (10, 'Sales', 2, NULL), (11, 'Partners', NULL, '{"notes": "External carriers and customs brokers. Access reviewed quarterly."}'),
  (12, 'Carriers - Baltic', 11, NULL), (13, 'Carriers - Iberia', 11, NULL), (14, 'grafana-editors', NULL, '{"grafana_role": "Editor"}'),
  (15, 'grafana-admins', NULL, '{"grafana_role": "Admin"}'), (16, 'nextcloud-users', NULL, '{"nextcloud_quota": "25 GB"}'),
  (17, 'vpn-users', NULL, '{"radius_vlan": 120}'), (18, 'gitlab-developers', NULL, '{}'), (19, 'On-call', 4, NULL), (20, 'Fleet', 2, NULL),
  (21, 'Payroll approvers', 9, NULL), (22, 'Wi-Fi guests', NULL, '{"radius_vlan": 300, "session_timeout": 28800}');
UPDATE agen.g g SET attrs = jsonb_build_object('owner', u.email, 'owner_name', u.name, 'escalation_phone', u.phone)
  FROM agen.u u WHERE g.attrs IS NULL AND u.i = 7 + g.k * 5;
INSERT INTO authentik_core_group SELECT fixture_gen.uuid('grp', k)::uuid, name, k = 1, attrs, CASE WHEN parent IS NOT NULL THEN fixture_gen.uuid('grp', parent)::uuid END FROM agen.g ORDER BY k;

CREATE TABLE authentik_core_user_ak_groups (id serial PRIMARY KEY, user_id integer NOT NULL, group_id uuid NOT NULL, UNIQUE (user_id, group_id));
INSERT INTO authentik_core_user_ak_groups (user_id, group_id)
SELECT DISTINCT u.i, fixture_gen.uuid('grp', g)::uuid FROM agen.u u
CROSS JOIN LATERAL (VALUES
  (CASE WHEN u.i = 1 OR u.i IN (12, 27, 44) THEN 1 END),
  (CASE WHEN u.kind = 'internal' AND u.i >= 7 THEN 2 END),
  (CASE WHEN u.kind = 'internal' AND u.i >= 7 THEN CASE u.dept WHEN 'Finance' THEN 3 WHEN 'IT' THEN 4 WHEN 'Warehouse Hamburg' THEN 6 WHEN 'Warehouse Rotterdam' THEN 7 WHEN 'Operations' THEN 8 WHEN 'HR' THEN 9 WHEN 'Sales' THEN 10 WHEN 'Fleet' THEN 20 ELSE 5 END END),
  (CASE WHEN u.kind = 'external' THEN 11 END), (CASE WHEN u.kind = 'external' THEN 12 + u.i % 2 END),
  (CASE WHEN u.kind = 'internal' AND u.i >= 7 AND u.i % 4 = 0 THEN 14 + u.i % 5 END),
  (CASE WHEN u.kind = 'internal' AND u.i >= 7 AND u.i % 9 = 0 THEN 19 END)) v(g)
WHERE g IS NOT NULL;

CREATE TABLE authentik_rbac_role (uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, group_id uuid NOT NULL UNIQUE);
INSERT INTO authentik_rbac_role VALUES (fixture_gen.uuid('role', 1)::uuid, 'Helpdesk operators', fixture_gen.uuid('grp', 5)::uuid),
  (fixture_gen.uuid('role', 2)::uuid, 'authentik Admins', fixture_gen.uuid('grp', 1)::uuid), (fixture_gen.uuid('role', 3)::uuid, 'Partner managers', fixture_gen.uuid('grp', 10)::uuid),
  (fixture_gen.uuid('role', 4)::uuid, 'HR user administrators', fixture_gen.uuid('grp', 9)::uuid), (fixture_gen.uuid('role', 5)::uuid, 'Read-only auditors', fixture_gen.uuid('grp', 21)::uuid);

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (app_label, model) VALUES ('authentik_core', 'user'), ('authentik_core', 'group'), ('authentik_core', 'application'), ('authentik_core', 'token'),
  ('authentik_flows', 'flow'), ('authentik_providers_oauth2', 'oauth2provider'), ('authentik_events', 'event'), ('authentik_crypto', 'certificatekeypair'),
  ('authentik_outposts', 'outpost'), ('authentik_stages_invitation', 'invitation'), ('authentik_rbac', 'role'), ('authentik_policies', 'policy');

CREATE TABLE guardian_userobjectpermission (id serial PRIMARY KEY, object_pk varchar(255) NOT NULL, content_type_id integer NOT NULL, permission_id integer NOT NULL, user_id integer NOT NULL);
INSERT INTO guardian_userobjectpermission (object_pk, content_type_id, permission_id, user_id)
SELECT CASE WHEN k % 3 = 0 THEN (7 + fixture_gen.n('gop', k, 230))::text ELSE fixture_gen.uuid('grp', 1 + k % 22) END, CASE WHEN k % 3 = 0 THEN 1 ELSE 2 END, 20 + fixture_gen.n('gpp', k, 40),
       (ARRAY[3, 4, 5, 6, 12, 27, 44])[1 + k % 7] FROM generate_series(1, 80) k;

-- ---------------------------------------------------------------------------
-- Tokens and sessions.

CREATE TABLE authentik_core_token (
    token_uuid uuid PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, identifier varchar(255) NOT NULL UNIQUE, intent text NOT NULL,
    user_id integer NOT NULL, description text NOT NULL, key text NOT NULL, managed text UNIQUE
);
INSERT INTO authentik_core_token
SELECT fixture_gen.uuid('tok', k)::uuid,
       CASE WHEN intent = 'api' AND uid BETWEEN 3 AND 6 THEN NULL ELSE agen.at('tex', k, '2024-06-20', '2025-06-28') END,
       NOT (intent = 'api' AND uid BETWEEN 3 AND 6), ident, intent, uid, descr,
       agen.rnd('tkey', k, 60), managed
FROM (
  SELECT k, uid, intent,
         CASE intent WHEN 'api' THEN CASE WHEN uid BETWEEN 3 AND 6 THEN 'ak-outpost-' || fixture_gen.uuid('outp', uid - 2) || '-api' ELSE 'service-account-' || u.username || '-password' END
              WHEN 'app_password' THEN u.username || '-' || fixture_gen.pick(ARRAY['thunderbird', 'iphone-mail', 'davx5', 'nextcloud-desktop', 'outlook'], 'tap', k) || '-' || k
              WHEN 'recovery' THEN 'ak-recovery-' || u.username || '-' || (1700000000 + k * 7919)
              ELSE 'ak-verify-' || u.uuid || '-' || k END AS ident,
         CASE intent WHEN 'api' THEN CASE WHEN uid BETWEEN 3 AND 6 THEN 'Autogenerated by authentik for Outpost ' || u.name ELSE 'App password for service account ' || u.username END
              WHEN 'app_password' THEN fixture_gen.pick(ARRAY['Mail on my phone', 'Thunderbird at home', 'CalDAV sync', 'Laptop Nextcloud client', 'App password for ' || u.name || '''s iPad', 'Outlook at the Rotterdam depot'], 'tad', k)
              WHEN 'recovery' THEN 'Recovery Token for ' || u.name || ' (requested by ' || fixture_gen.pick(ARRAY['akadmin', 'helpdesk'], 'trq', k) || ' after a call from +' || fixture_gen.digits('trp', k, 11) || ')'
              ELSE 'Email verification token' END AS descr,
         CASE WHEN intent = 'api' AND uid BETWEEN 3 AND 6 THEN 'goauthentik.io/outpost/' || fixture_gen.uuid('outp', uid - 2) || '-api' END AS managed
  FROM (SELECT k, CASE WHEN k <= 4 THEN 'api' WHEN k <= 16 THEN 'api' WHEN k <= 70 THEN 'app_password' WHEN k <= 95 THEN 'recovery' ELSE 'verification' END AS intent,
               CASE WHEN k <= 4 THEN k + 2 WHEN k <= 16 THEN 232 + k ELSE 7 + fixture_gen.n('tus', k, 229) END AS uid FROM generate_series(1, 120) k) x
  JOIN agen.u u ON u.i = x.uid) y;

CREATE TABLE authentik_core_authenticatedsession (
    uuid uuid PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, session_key varchar(40) NOT NULL UNIQUE, last_ip inet NOT NULL,
    last_user_agent text NOT NULL, last_used timestamptz NOT NULL, user_id integer NOT NULL
);
INSERT INTO authentik_core_authenticatedsession
SELECT fixture_gen.uuid('ases', k)::uuid, agen.at('asex', k, '2024-06-28', '2024-07-12'), true, agen.rnd('skey', k, 32) || lower(agen.rnd('skey2', k, 8)),
       (CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('asip', k) ELSE fixture_gen.ipv4('asip', k) END)::inet,
       CASE WHEN k % 17 = 0 THEN 'goauthentik.io/outpost/ldap (provider=ldap-hamburg)' ELSE agen.ua('asua', k) END,
       agen.at('asus', k, '2024-06-14', '2024-06-28'), 7 + fixture_gen.n('asu', k, 230)
FROM generate_series(1, 260) k;

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT s.session_key,
       agen.b64url('sdat', k, 180) || ':' || lower(fixture_gen.chars('sdts', k, 6)) || ':' || agen.b64url('ssig', k, 32), s.expires
FROM authentik_core_authenticatedsession s JOIN generate_series(1, 260) k ON s.uuid = fixture_gen.uuid('ases', k)::uuid;

-- ---------------------------------------------------------------------------
-- Policy binding models, flows, stages, prompts.

CREATE TABLE authentik_policies_policybindingmodel (pbm_uuid uuid PRIMARY KEY, policy_engine_mode text NOT NULL);

CREATE TABLE authentik_flows_flow (
    pbm_uuid uuid NOT NULL, flow_uuid uuid PRIMARY KEY, name text NOT NULL, slug varchar(50) NOT NULL UNIQUE, designation varchar(100) NOT NULL,
    title text NOT NULL, background varchar(500), compatibility_mode boolean NOT NULL, layout text NOT NULL, denied_action text NOT NULL, authentication text NOT NULL
);
INSERT INTO authentik_flows_flow
SELECT fixture_gen.uuid('fpbm', k)::uuid, fixture_gen.uuid('flow', k)::uuid, name, slug, des, title, CASE WHEN k % 3 = 0 THEN 'flow-backgrounds/harbor-cranes.jpg' END, k = 9,
       CASE WHEN k IN (1, 4) THEN 'sidebar_left' ELSE 'stacked' END, CASE WHEN k = 1 THEN 'message_continue' ELSE 'message' END,
       CASE WHEN des IN ('enrollment', 'recovery') THEN 'require_unauthenticated' WHEN des IN ('stage_configuration', 'authorization') THEN 'require_authenticated' ELSE 'none' END
FROM (VALUES (1, 'Harbor & Pine sign-in', 'hp-authentication', 'authentication', 'Welcome to Harbor & Pine'),
  (2, 'Default authorization flow (explicit consent)', 'default-provider-authorization-explicit-consent', 'authorization', 'Redirecting to %(app)s'),
  (3, 'Default authorization flow (implicit consent)', 'default-provider-authorization-implicit-consent', 'authorization', 'Redirecting to %(app)s'),
  (4, 'Partner enrollment by invitation', 'partner-enrollment', 'enrollment', 'Create your Harbor & Pine partner account'),
  (5, 'Password recovery', 'default-recovery-flow', 'recovery', 'Reset your password'),
  (6, 'Default invalidation flow', 'default-invalidation-flow', 'invalidation', 'Signed out'),
  (7, 'User settings', 'default-user-settings-flow', 'stage_configuration', 'Update your info'),
  (8, 'Configure TOTP', 'default-authenticator-totp-setup', 'stage_configuration', 'Set up two-factor authentication'),
  (9, 'LDAP bind flow', 'ldap-authentication-flow', 'authentication', 'LDAP'),
  (10, 'Source enrollment (GitHub)', 'github-enrollment', 'enrollment', 'Link your GitHub account'),
  (11, 'Source authentication', 'default-source-authentication', 'authentication', 'Welcome back'),
  (12, 'Device code', 'default-device-code-flow', 'stage_configuration', 'Enter the code shown on your device'),
  (13, 'Configure SMS', 'default-authenticator-sms-setup', 'stage_configuration', 'Set up SMS codes'),
  (14, 'Configure WebAuthn', 'default-authenticator-webauthn-setup', 'stage_configuration', 'Register a security key'),
  (15, 'Default unenrollment flow', 'default-unenrollment-flow', 'unenrollment', 'Delete account')) v(k, name, slug, des, title);

CREATE TABLE authentik_flows_stage (stage_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE agen.st (k int, name text);
INSERT INTO agen.st VALUES (1, 'hp-identification'), (2, 'hp-password'), (3, 'hp-mfa-validate'), (4, 'hp-user-login'), (5, 'default-provider-authorization-consent'),
  (6, 'partner-invitation'), (7, 'partner-enrollment-prompt'), (8, 'partner-enrollment-write'), (9, 'recovery-email'), (10, 'recovery-password-change'),
  (11, 'default-invalidation-logout'), (12, 'user-settings-prompt'), (13, 'user-settings-write'), (14, 'authenticator-totp-setup'), (15, 'authenticator-static-setup'),
  (16, 'authenticator-sms-twilio'), (17, 'authenticator-webauthn-setup'), (18, 'authenticator-duo-hp'), (19, 'partner-email-verification'), (20, 'ldap-password'),
  (21, 'github-enrollment-prompt'), (22, 'source-login'), (23, 'device-code-prompt'), (24, 'unenrollment-delete'), (25, 'partner-terms-consent');
INSERT INTO authentik_flows_stage SELECT fixture_gen.uuid('stage', k)::uuid, name FROM agen.st;

CREATE TABLE authentik_flows_flowstagebinding (
    policybindingmodel_ptr_id uuid NOT NULL UNIQUE, fsb_uuid uuid PRIMARY KEY, target_id uuid NOT NULL, stage_id uuid NOT NULL, evaluate_on_plan boolean NOT NULL,
    re_evaluate_policies boolean NOT NULL, "order" integer NOT NULL, invalid_response_action text NOT NULL
);
INSERT INTO authentik_flows_flowstagebinding
SELECT fixture_gen.uuid('fsbp', r)::uuid, fixture_gen.uuid('fsb', r)::uuid, fixture_gen.uuid('flow', f)::uuid, fixture_gen.uuid('stage', s)::uuid, false, true, o,
       CASE WHEN s IN (7, 12) THEN 'restart_with_context' ELSE 'retry' END
FROM (VALUES (1, 1, 1, 10), (2, 1, 2, 20), (3, 1, 3, 30), (4, 1, 4, 100), (5, 2, 5, 10), (6, 4, 6, 10), (7, 4, 7, 20), (8, 4, 25, 25), (9, 4, 19, 30), (10, 4, 8, 40), (11, 4, 4, 100),
  (12, 5, 1, 10), (13, 5, 9, 20), (14, 5, 10, 30), (15, 5, 4, 100), (16, 6, 11, 10), (17, 7, 12, 10), (18, 7, 13, 20), (19, 8, 14, 10), (20, 8, 15, 20),
  (21, 9, 1, 10), (22, 9, 20, 20), (23, 9, 4, 30), (24, 10, 21, 10), (25, 10, 8, 20), (26, 10, 4, 30), (27, 11, 22, 10), (28, 12, 23, 10), (29, 13, 16, 10), (30, 14, 17, 10), (31, 15, 24, 10),
  (32, 1, 18, 35)) v(r, f, s, o);
INSERT INTO authentik_policies_policybindingmodel SELECT fixture_gen.uuid('fpbm', k)::uuid, CASE WHEN k = 4 THEN 'all' ELSE 'any' END FROM generate_series(1, 15) k;
INSERT INTO authentik_policies_policybindingmodel SELECT policybindingmodel_ptr_id, 'any' FROM authentik_flows_flowstagebinding;

CREATE TABLE authentik_stages_prompt_prompt (
    prompt_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, field_key text NOT NULL, label text NOT NULL, type varchar(100) NOT NULL, required boolean NOT NULL,
    placeholder text NOT NULL, "order" integer NOT NULL, sub_text text NOT NULL, placeholder_expression boolean NOT NULL, initial_value text NOT NULL,
    initial_value_expression boolean NOT NULL
);
INSERT INTO authentik_stages_prompt_prompt
SELECT fixture_gen.uuid('prompt', k)::uuid, name, fk, label, ty, req, ph, k * 10, sub, phe, iv, ive
FROM (VALUES
  (1, 'default-user-settings-field-username', 'username', 'Username', 'text', true, 'Username', '', false, 'try:' || E'\n    return user.username\nexcept:\n    return ''''', true),
  (2, 'default-user-settings-field-name', 'name', 'Name', 'text', true, 'Name', '', false, 'try:' || E'\n    return user.name\nexcept:\n    return ''''', true),
  (3, 'default-user-settings-field-email', 'email', 'Email', 'email', true, 'Email', '', false, 'try:' || E'\n    return user.email\nexcept:\n    return ''''', true),
  (4, 'default-user-settings-field-locale', 'attributes.settings.locale', 'Locale', 'ak-locale', false, 'Locale', '', false, 'try:' || E'\n    return user.attributes.get("settings", {}).get("locale", "")\nexcept:\n    return ''''', true),
  (5, 'partner-enrollment-field-name', 'name', 'Full name', 'text', true, 'Jane Doe', 'As it appears on your driving licence.', false, '', false),
  (6, 'partner-enrollment-field-email', 'email', 'Email address', 'email', true, 'name@company.example', '', false, 'return prompt_context.get("email", "")', true),
  (7, 'partner-enrollment-field-phone', 'attributes.phone', 'Mobile phone', 'text', true, '+49 170 1234567', 'Dispatch calls this number about pickups.', false, '', false),
  (8, 'partner-enrollment-field-company', 'attributes.company', 'Company', 'text', true, 'Carrier or broker name', '', false, '', false),
  (9, 'partner-enrollment-field-password', 'password', 'Password', 'password', true, 'Password', 'At least 12 characters.', false, '', false),
  (10, 'partner-enrollment-field-password-repeat', 'password_repeat', 'Password (repeat)', 'password', true, 'Password (repeat)', '', false, '', false),
  (11, 'partner-enrollment-field-terms', 'attributes.accepted_terms', 'I accept the partner terms', 'checkbox', true, '', 'See https://www.harborpine.example/partner-terms', false, '', false),
  (12, 'partner-enrollment-field-vat', 'attributes.vat_id', 'VAT number (sole traders)', 'text', false, 'DE123456789', 'Only if you invoice us as a sole trader.', false, '', false),
  (13, 'partner-enrollment-field-contact-hint', 'attributes.dispatch_contact', 'Your dispatch contact', 'text', false, 'Who at Harbor & Pine invited you?', '',
     false, '', false),
  (14, 'github-enrollment-field-username', 'username', 'Username', 'text', true, 'return request.context["prompt_data"].get("username")', '', true, '', false),
  (15, 'device-code-field', 'code', 'Code', 'text', true, 'XXXX-XXXX', 'Shown on the screen of the device you are signing in to.', false, '', false),
  (16, 'user-settings-field-phone', 'attributes.phone', 'Phone', 'text', false, 'Phone', 'Used by the helpdesk to verify your identity.', false, 'return user.attributes.get("phone", "")', true),
  (17, 'partner-enrollment-static-info', 'info', 'Before you start', 'static', false, '', '', false,
     'Questions about your account? Call Tomasz at the Hamburg dispatch desk on +49 40 3861 7720 or write to partners@harborpine.example.', false),
  (18, 'partner-enrollment-hidden-inviter', 'attributes.invited_by', 'Invited by', 'hidden', false, '', '', false, 'return request.context.get("invitation_inviter", "akadmin")', true),
  (19, 'test-prompt-initial-email', 'email', 'Email (test)', 'email', false, '', '', false, 'ngozi.okafor@baltic-freight.example', false),
  (20, 'test-prompt-initial-name', 'name', 'Name (test)', 'text', false, '', '', false, 'Ngozi Okafor', false)
) v(k, name, fk, label, ty, req, ph, sub, phe, iv, ive);

CREATE TABLE authentik_stages_prompt_promptstage_fields (id serial PRIMARY KEY, promptstage_id uuid NOT NULL, prompt_id uuid NOT NULL);
INSERT INTO authentik_stages_prompt_promptstage_fields (promptstage_id, prompt_id)
SELECT fixture_gen.uuid('stage', s)::uuid, fixture_gen.uuid('prompt', p)::uuid FROM (VALUES (12, 1), (12, 2), (12, 3), (12, 4), (12, 16), (7, 17), (7, 5), (7, 6), (7, 7), (7, 8), (7, 9), (7, 10), (7, 11),
  (7, 12), (7, 13), (7, 18), (21, 14), (23, 15)) v(s, p);

CREATE TABLE authentik_stages_email_emailstage (
    stage_ptr_id uuid PRIMARY KEY, host text NOT NULL, port integer NOT NULL, username text NOT NULL, password text NOT NULL, use_tls boolean NOT NULL,
    use_ssl boolean NOT NULL, timeout integer NOT NULL, from_address varchar(254) NOT NULL, token_expiry integer NOT NULL, subject text NOT NULL, template text NOT NULL,
    use_global_settings boolean NOT NULL, activate_user_on_success boolean NOT NULL
);
INSERT INTO authentik_stages_email_emailstage VALUES
  (fixture_gen.uuid('stage', 9)::uuid, 'smtp.office365.example', 587, 'authentik-mailer@harborpine.example', agen.rnd('smtppw', 1, 14) || '!' || agen.rnd('smtppw', 2, 4), true, false, 10,
   'Harbor & Pine IT <no-reply@harborpine.example>', 30, 'Reset your Harbor & Pine password', 'email/password_reset.html', false, false),
  (fixture_gen.uuid('stage', 19)::uuid, 'localhost', 25, '', '', false, false, 10, 'system@authentik.local', 60, 'Confirm your partner account', 'email/account_confirmation.html', true, true);

CREATE TABLE authentik_stages_authenticator_sms_authenticatorsmsstage (
    stage_ptr_id uuid PRIMARY KEY, configure_flow_id uuid, provider text NOT NULL, from_number text NOT NULL, account_sid text NOT NULL, auth text NOT NULL,
    auth_password text NOT NULL, auth_type text NOT NULL, verify_only boolean NOT NULL, mapping_id uuid, friendly_name text
);
INSERT INTO authentik_stages_authenticator_sms_authenticatorsmsstage VALUES
  (fixture_gen.uuid('stage', 16)::uuid, fixture_gen.uuid('flow', 13)::uuid, 'twilio', '+49 40 2286 5190', 'AC' || fixture_gen.hexn('twsid', 1, 32), fixture_gen.hexn('twauth', 1, 32), '', 'basic', false, NULL, 'SMS codes (Twilio)'),
  (fixture_gen.uuid('stage', 18)::uuid, NULL, 'generic', 'HarborPine', 'hp-sms-gateway', 'https://sms-gw.internal.harborpine.example/send', agen.rnd('gwpw', 1, 24), 'bearer', true, NULL, 'Internal SMS gateway');

CREATE TABLE authentik_stages_invitation_invitation (
    invite_uuid uuid PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, name varchar(50) NOT NULL UNIQUE, fixed_data jsonb NOT NULL, single_use boolean NOT NULL,
    created_by_id integer NOT NULL, flow_id uuid
);
INSERT INTO authentik_stages_invitation_invitation
SELECT fixture_gen.uuid('inv', k)::uuid, agen.at('invx', k, '2024-01-01', '2024-08-30'), true,
       CASE WHEN k % 6 = 0 THEN 'carriers-' || k ELSE fixture_gen.ascii(fixture_gen.first_name('inv', k)) || '-' || fixture_gen.ascii(fixture_gen.last_name('inv', k)) || '-' || k END,
       CASE WHEN k % 6 = 0 THEN jsonb_build_object('attributes.company', fixture_gen.pick(ARRAY['Nordcargo', 'Baltic Freight', 'Tranvia Logistica'], 'invc', k))
            ELSE jsonb_strip_nulls(jsonb_build_object('email', fixture_gen.email('inv', k), 'name', fixture_gen.full_name('inv', k),
              'attributes.phone', CASE WHEN k % 2 = 0 THEN fixture_gen.phone('invp', k) END, 'attributes.company', fixture_gen.pick(ARRAY['Nordcargo', 'Baltic Freight', 'Tranvia Logistica', 'Sole trader'], 'invc', k))) END,
       k % 6 <> 0, (ARRAY[1, 12, 27, 44, 61])[1 + k % 5], fixture_gen.uuid('flow', 4)::uuid
FROM generate_series(1, 70) k;

CREATE TABLE authentik_flows_flowtoken (token_ptr_id uuid PRIMARY KEY, _plan text NOT NULL, flow_id uuid NOT NULL, revoke_on_execution boolean NOT NULL);
INSERT INTO authentik_flows_flowtoken
SELECT t.token_uuid,
       'gASV' || fixture_gen.b64('fplan', k, 120) || translate(encode(convert_to('authentik.flows.planner.FlowPlan flow_pk ' || fixture_gen.uuid('flow', 5) || ' pending_user ' || u.username || ' ' || u.email, 'UTF8'), 'base64'), E'\n', '')
         || fixture_gen.b64('fplan2', k, 90),
       fixture_gen.uuid('flow', 5)::uuid, true
FROM authentik_core_token t JOIN generate_series(96, 120) k ON t.token_uuid = fixture_gen.uuid('tok', k)::uuid JOIN agen.u u ON u.i = t.user_id;

CREATE TABLE authentik_stages_consent_userconsent (
    id serial PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, user_id integer NOT NULL, application_id uuid NOT NULL, permissions text NOT NULL
);
INSERT INTO authentik_stages_consent_userconsent (expires, expiring, user_id, application_id, permissions)
SELECT agen.at('ucx', k, '2024-06-28', '2025-06-28'), k % 4 <> 0, 7 + fixture_gen.n('ucu', k, 230), fixture_gen.uuid('apbm', 1 + k % 10)::uuid,
       fixture_gen.pick(ARRAY['openid email profile', 'openid email profile groups', 'openid profile offline_access', 'email'], 'ucp', k)
FROM generate_series(1, 90) k;

-- ---------------------------------------------------------------------------
-- Certificates, property mappings, providers, applications.

CREATE TABLE authentik_crypto_certificatekeypair (
    kp_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, certificate_data text NOT NULL, key_data text NOT NULL, created timestamptz NOT NULL,
    last_updated timestamptz NOT NULL, managed text UNIQUE
);
INSERT INTO authentik_crypto_certificatekeypair
SELECT fixture_gen.uuid('kp', k)::uuid, name, agen.pem('CERTIFICATE', 'kpc', k, 1100),
       CASE WHEN k IN (6, 7) THEN '' ELSE agen.pem(CASE WHEN k % 2 = 0 THEN 'PRIVATE KEY' ELSE 'RSA PRIVATE KEY' END, 'kpk', k, 1600) END,
       agen.at('kpcr', k, '2021-02-15', '2024-05-01'), agen.at('kplu', k, '2024-05-01', '2024-06-28'), managed
FROM (VALUES (1, 'authentik Self-signed Certificate', NULL), (2, 'authentik Internal JWT Certificate', 'goauthentik.io/crypto/jwt-managed'),
  (3, 'auth.harborpine.example (Let''s Encrypt)', NULL), (4, 'SAML signing 2024', NULL), (5, 'proxy-k8s TLS', NULL),
  (6, 'corp-ad LDAPS CA (public only)', NULL), (7, 'Google SAML IdP certificate', NULL), (8, 'ldap.harborpine.example', NULL)) v(k, name, managed);

CREATE TABLE authentik_core_propertymapping (pm_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, expression text NOT NULL, managed text UNIQUE);
INSERT INTO authentik_core_propertymapping VALUES
  (fixture_gen.uuid('pm', 1)::uuid, 'authentik default OAuth Mapping: OpenID ''openid''', 'return {}', 'goauthentik.io/providers/oauth2/scope-openid'),
  (fixture_gen.uuid('pm', 2)::uuid, 'authentik default OAuth Mapping: OpenID ''email''', E'return {\n    "email": request.user.email,\n    "email_verified": True\n}', 'goauthentik.io/providers/oauth2/scope-email'),
  (fixture_gen.uuid('pm', 3)::uuid, 'authentik default OAuth Mapping: OpenID ''profile''', E'return {\n    "name": request.user.name,\n    "given_name": request.user.name,\n    "preferred_username": request.user.username,\n    "nickname": request.user.username,\n    "groups": [group.name for group in request.user.ak_groups.all()],\n}', 'goauthentik.io/providers/oauth2/scope-profile'),
  (fixture_gen.uuid('pm', 4)::uuid, 'Grafana role', E'if ak_is_group_member(request.user, name="grafana-admins"):\n    return {"grafana_role": "Admin"}\nreturn {"grafana_role": "Viewer"}', NULL),
  (fixture_gen.uuid('pm', 5)::uuid, 'authentik default SAML Mapping: Email', 'return request.user.email', 'goauthentik.io/providers/saml/email'),
  (fixture_gen.uuid('pm', 6)::uuid, 'authentik default SAML Mapping: UPN', 'return user.attributes.get("upn", user.email)', 'goauthentik.io/providers/saml/upn'),
  (fixture_gen.uuid('pm', 7)::uuid, 'LDAP mapping: phone from AD', 'return {"attributes": {"phone": ldap.get("telephoneNumber"), "department": ldap.get("department"), "title": ldap.get("title")}}', NULL),
  (fixture_gen.uuid('pm', 8)::uuid, 'SCIM Mapping: User', E'return {\n    "userName": request.user.username,\n    "name": {"formatted": request.user.name},\n    "emails": [{"value": request.user.email, "primary": True}],\n    "phoneNumbers": [{"value": request.user.attributes.get("phone")}],\n}', 'goauthentik.io/providers/scim/user'),
  (fixture_gen.uuid('pm', 9)::uuid, 'Temporary override for Marco', E'# TODO remove after the audit (ticket IT-4471)\nif request.user.username == "mdlamini":\n    return {"grafana_role": "Admin"}\nreturn {}', NULL),
  (fixture_gen.uuid('pm', 10)::uuid, 'RADIUS VLAN', 'return {"Tunnel-Private-Group-ID": request.user.group_attributes().get("radius_vlan", 300)}', NULL);

CREATE TABLE authentik_providers_oauth2_scopemapping (propertymapping_ptr_id uuid PRIMARY KEY, scope_name text NOT NULL, description text NOT NULL);
INSERT INTO authentik_providers_oauth2_scopemapping VALUES (fixture_gen.uuid('pm', 1)::uuid, 'openid', ''), (fixture_gen.uuid('pm', 2)::uuid, 'email', 'Email address'),
  (fixture_gen.uuid('pm', 3)::uuid, 'profile', 'General Profile Information'), (fixture_gen.uuid('pm', 4)::uuid, 'grafana', 'Your Grafana role'), (fixture_gen.uuid('pm', 9)::uuid, 'grafana', '');

CREATE TABLE authentik_core_provider (
    id serial PRIMARY KEY, name text NOT NULL UNIQUE, authorization_flow_id uuid, backchannel_application_id uuid, authentication_flow_id uuid, invalidation_flow_id uuid
);
CREATE TABLE agen.pr (k int, name text, kind text, app text, slug text, url text, grp text, publisher text, descr text);
INSERT INTO agen.pr VALUES
  (1, 'Provider for Grafana', 'oauth2', 'Grafana', 'grafana', 'https://grafana.harborpine.example', 'Monitoring', 'Grafana Labs', 'Dashboards for the fleet and the warehouses.'),
  (2, 'Provider for Nextcloud', 'oauth2', 'Nextcloud', 'nextcloud', 'https://cloud.harborpine.example', 'Collaboration', 'Nextcloud GmbH', 'Files, calendars and contacts.'),
  (3, 'Provider for GitLab', 'oauth2', 'GitLab', 'gitlab', 'https://git.harborpine.example', 'Engineering', 'GitLab', ''),
  (4, 'Provider for Zammad', 'saml', 'Zammad Helpdesk', 'zammad', 'https://helpdesk.harborpine.example', 'Support', 'Zammad', 'Raise a ticket with IT.'),
  (5, 'Provider for WMS', 'oauth2', 'Warehouse Management', 'wms', 'https://wms.harborpine.example', 'Operations', 'Harbor & Pine', 'Stock, slots and dock scheduling.'),
  (6, 'Provider for Partner Portal', 'oauth2', 'Partner Portal', 'partner-portal', 'https://partners.harborpine.example', 'Partners', 'Harbor & Pine', 'Bookings, proofs of delivery and invoices for carriers.'),
  (7, 'Provider for Payroll', 'saml', 'Payroll (DATEV)', 'payroll', 'https://payroll.harborpine.example', 'HR', 'DATEV', ''),
  (8, 'Proxy for Kibana', 'proxy', 'Kibana', 'kibana', 'https://logs.harborpine.example', 'Monitoring', 'Elastic', ''),
  (9, 'Proxy for Longhorn', 'proxy', 'Longhorn UI', 'longhorn', 'https://longhorn.k8s.harborpine.example', 'Infrastructure', '', ''),
  (10, 'LDAP for legacy apps', 'ldap', 'Legacy LDAP', 'legacy-ldap', '', 'Infrastructure', '', 'Bind for the printers and the old ERP.'),
  (11, 'RADIUS Wi-Fi', 'radius', 'Wi-Fi (802.1X)', 'wifi', '', 'Infrastructure', '', ''),
  (12, 'SCIM to Slack', 'scim', 'Slack', 'slack', 'https://harborpine.slack.example', 'Collaboration', 'Slack', ''),
  (13, 'Provider for Vaultwarden', 'oauth2', 'Vaultwarden', 'vaultwarden', 'https://vault.harborpine.example', 'Security', '', 'Team password manager.'),
  (14, 'Provider for Jenkins', 'oauth2', 'Jenkins', 'jenkins', 'https://ci.harborpine.example', 'Engineering', '', '');
INSERT INTO authentik_core_provider
SELECT k, name, CASE WHEN kind IN ('ldap', 'radius', 'scim') THEN NULL WHEN k = 6 THEN fixture_gen.uuid('flow', 2)::uuid ELSE fixture_gen.uuid('flow', 3)::uuid END,
       CASE WHEN kind = 'scim' THEN fixture_gen.uuid('apbm', 2)::uuid END, CASE WHEN kind IN ('ldap', 'radius') THEN fixture_gen.uuid('flow', 9)::uuid END,
       CASE WHEN kind IN ('ldap', 'radius', 'scim') THEN NULL ELSE fixture_gen.uuid('flow', 6)::uuid END
FROM agen.pr;

CREATE TABLE authentik_core_application (
    policybindingmodel_ptr_id uuid PRIMARY KEY, name text NOT NULL, slug varchar(50) NOT NULL UNIQUE, provider_id integer UNIQUE, meta_launch_url text NOT NULL,
    meta_icon varchar(500), meta_description text NOT NULL, meta_publisher text NOT NULL, "group" text NOT NULL, open_in_new_tab boolean NOT NULL
);
INSERT INTO authentik_core_application
SELECT fixture_gen.uuid('apbm', k)::uuid, app, slug, CASE WHEN kind = 'scim' THEN NULL ELSE k END, url, CASE WHEN k % 3 <> 0 THEN 'application-icons/' || slug || '.svg' END, descr, publisher, grp, k % 4 = 0
FROM agen.pr;
INSERT INTO authentik_policies_policybindingmodel SELECT policybindingmodel_ptr_id, 'any' FROM authentik_core_application;

CREATE TABLE authentik_providers_oauth2_oauth2provider (
    provider_ptr_id integer PRIMARY KEY, client_type varchar(30) NOT NULL, client_id varchar(255) NOT NULL UNIQUE, client_secret varchar(255) NOT NULL,
    redirect_uris jsonb NOT NULL, include_claims_in_id_token boolean NOT NULL, access_code_validity text NOT NULL, access_token_validity text NOT NULL,
    refresh_token_validity text NOT NULL, sub_mode text NOT NULL, issuer_mode text NOT NULL, signing_key_id uuid, encryption_key_id uuid
);
INSERT INTO authentik_providers_oauth2_oauth2provider
SELECT k, CASE WHEN k IN (6) THEN 'public' ELSE 'confidential' END, agen.rnd('ocid', k, 40), CASE WHEN k = 6 THEN '' ELSE agen.rnd('osec', k, 128) END,
       jsonb_build_array(jsonb_build_object('matching_mode', 'strict', 'url', CASE WHEN kind = 'proxy' THEN url || '/outpost.goauthentik.io/callback?X-authentik-auth-callback=true'
           WHEN slug = 'grafana' THEN url || '/login/generic_oauth' WHEN slug = 'nextcloud' THEN url || '/apps/user_oidc/code' ELSE url || '/oauth/callback' END)),
       true, 'minutes=1', CASE WHEN kind = 'proxy' THEN 'hours=24' ELSE 'minutes=5' END, 'days=30',
       CASE WHEN k = 5 THEN 'user_email' WHEN k = 6 THEN 'user_username' ELSE 'hashed_user_id' END, 'per_provider', fixture_gen.uuid('kp', 2)::uuid, NULL
FROM agen.pr WHERE kind IN ('oauth2', 'proxy');

-- OAuth2 grants: issued to people for the OAuth2 and proxy applications.
CREATE TABLE agen.gr (k int PRIMARY KEY, uid int, prov int, at timestamptz, scope text);
INSERT INTO agen.gr SELECT k, 7 + fixture_gen.n('gru', k, 230), (ARRAY[1, 1, 2, 2, 3, 5, 5, 6, 6, 8, 9, 13, 14])[1 + fixture_gen.n('grp', k, 13)],
  agen.at('grat', k, '2024-06-01', '2024-06-28'), fixture_gen.pick(ARRAY['openid email profile', 'openid email profile offline_access', 'openid profile grafana', 'openid email profile groups'], 'grs', k)
FROM generate_series(1, 240) k;

CREATE FUNCTION agen.idtoken(g int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT json_build_object('iss', 'https://auth.harborpine.example/application/o/' || p.slug || '/', 'sub', encode(sha256(convert_to(u.i::text || p.slug, 'UTF8')), 'hex'),
    'aud', agen.rnd('ocid', p.k, 40), 'exp', extract(epoch FROM r.at)::bigint + 300, 'iat', extract(epoch FROM r.at)::bigint, 'auth_time', extract(epoch FROM r.at)::bigint - 20,
    'acr', 'goauthentik.io/providers/oauth2/default', 'amr', json_build_array('pwd', 'mfa'), 'sid', encode(sha256(convert_to('sid' || g, 'UTF8')), 'hex'),
    'email', u.email, 'email_verified', true, 'name', u.name, 'given_name', u.name, 'preferred_username', u.username, 'nickname', u.username,
    'groups', json_build_array('Staff', u.dept))::jsonb::text
  FROM agen.gr r JOIN agen.u u ON u.i = r.uid JOIN agen.pr p ON p.k = r.prov WHERE r.k = g
$$;

CREATE TABLE authentik_providers_oauth2_accesstoken (
    id serial PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, revoked boolean NOT NULL, _scope text NOT NULL, _id_token text NOT NULL,
    token text NOT NULL, auth_time timestamptz NOT NULL, provider_id integer NOT NULL, user_id integer NOT NULL
);
INSERT INTO authentik_providers_oauth2_accesstoken
SELECT r.k, r.at + interval '5 minutes', true, r.k % 19 = 0, r.scope, agen.idtoken(r.k),
       agen.jwt(json_build_object('iss', 'https://auth.harborpine.example/application/o/' || p.slug || '/', 'sub', encode(sha256(convert_to(u.i::text || p.slug, 'UTF8')), 'hex'),
         'aud', agen.rnd('ocid', p.k, 40), 'exp', extract(epoch FROM r.at)::bigint + 300, 'iat', extract(epoch FROM r.at)::bigint, 'email', u.email, 'preferred_username', u.username, 'azp', agen.rnd('ocid', p.k, 40))::text, 'atsig', r.k),
       r.at - interval '20 seconds', r.prov, r.uid
FROM agen.gr r JOIN agen.u u ON u.i = r.uid JOIN agen.pr p ON p.k = r.prov;

CREATE TABLE authentik_providers_oauth2_refreshtoken (
    id serial PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, revoked boolean NOT NULL, _scope text NOT NULL, _id_token text NOT NULL,
    token text NOT NULL, auth_time timestamptz NOT NULL, provider_id integer NOT NULL, user_id integer NOT NULL
);
INSERT INTO authentik_providers_oauth2_refreshtoken
SELECT r.k, r.at + interval '30 days', true, r.k % 23 = 0, r.scope, agen.idtoken(r.k), agen.rnd('rtok', r.k, 128), r.at - interval '20 seconds', r.prov, r.uid
FROM agen.gr r WHERE r.scope LIKE '%offline_access%' OR r.k % 2 = 0;

CREATE TABLE authentik_providers_oauth2_authorizationcode (
    id serial PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, code varchar(255) NOT NULL UNIQUE, nonce text, code_challenge varchar(255),
    code_challenge_method varchar(255), _scope text NOT NULL, provider_id integer NOT NULL, user_id integer NOT NULL, auth_time timestamptz NOT NULL, revoked boolean NOT NULL
);
INSERT INTO authentik_providers_oauth2_authorizationcode
SELECT r.k, r.at + interval '1 minute', true, agen.rnd('acode', r.k, 128), CASE WHEN r.k % 3 <> 0 THEN agen.rnd('anon', r.k, 32) END,
       CASE WHEN r.prov = 6 THEN agen.b64url('pkce', r.k, 32) END, CASE WHEN r.prov = 6 THEN 'S256' END, r.scope, r.prov, r.uid, r.at - interval '30 seconds', false
FROM agen.gr r WHERE r.k % 3 = 1;

CREATE TABLE authentik_providers_oauth2_devicetoken (
    id serial PRIMARY KEY, expires timestamptz, expiring boolean NOT NULL, device_code text NOT NULL, user_code text NOT NULL, _scope text NOT NULL,
    provider_id integer NOT NULL, user_id integer
);
INSERT INTO authentik_providers_oauth2_devicetoken (expires, expiring, device_code, user_code, _scope, provider_id, user_id)
SELECT agen.at('dtx', k, '2024-06-27', '2024-06-29'), true, agen.rnd('dcode', k, 128), fixture_gen.digits('ucode', k, 8), 'openid email profile', 14, CASE WHEN k % 3 <> 0 THEN 237 + k % 12 END
FROM generate_series(1, 30) k;

CREATE TABLE authentik_providers_saml_samlprovider (
    provider_ptr_id integer PRIMARY KEY, acs_url varchar(200) NOT NULL, audience text NOT NULL, issuer text NOT NULL, assertion_valid_not_before text NOT NULL,
    assertion_valid_not_on_or_after text NOT NULL, session_valid_not_on_or_after text NOT NULL, digest_algorithm text NOT NULL, signature_algorithm text NOT NULL,
    signing_kp_id uuid, sp_binding text NOT NULL, verification_kp_id uuid, name_id_mapping_id uuid, default_relay_state text NOT NULL, encryption_kp_id uuid,
    sign_assertion boolean NOT NULL, sign_response boolean NOT NULL
);
INSERT INTO authentik_providers_saml_samlprovider VALUES
  (4, 'https://helpdesk.harborpine.example/auth/saml/callback', 'https://helpdesk.harborpine.example/auth/saml/metadata', 'https://auth.harborpine.example', 'minutes=-5', 'minutes=5', 'hours=8',
   'http://www.w3.org/2001/04/xmlenc#sha256', 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', fixture_gen.uuid('kp', 4)::uuid, 'post', NULL, fixture_gen.uuid('pm', 5)::uuid, '', NULL, true, false),
  (7, 'https://payroll.harborpine.example/saml/acs', 'urn:datev:payroll:harborpine', 'https://auth.harborpine.example/payroll', 'minutes=-5', 'minutes=5', 'minutes=86400',
   'http://www.w3.org/2001/04/xmlenc#sha256', 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', fixture_gen.uuid('kp', 4)::uuid, 'redirect', fixture_gen.uuid('kp', 7)::uuid, fixture_gen.uuid('pm', 6)::uuid, '/dashboard', NULL, true, true);

CREATE TABLE authentik_providers_proxy_proxyprovider (
    oauth2provider_ptr_id integer PRIMARY KEY, internal_host text NOT NULL, external_host text NOT NULL, internal_host_ssl_validation boolean NOT NULL, certificate_id uuid,
    skip_path_regex text NOT NULL, basic_auth_enabled boolean NOT NULL, basic_auth_password_attribute text NOT NULL, basic_auth_user_attribute text NOT NULL, mode text NOT NULL,
    cookie_secret text NOT NULL, cookie_domain text NOT NULL, intercept_header_auth boolean NOT NULL, access_token_validity text NOT NULL
);
INSERT INTO authentik_providers_proxy_proxyprovider VALUES
  (8, 'http://kibana.logging.svc.cluster.local:5601', 'https://logs.harborpine.example', true, fixture_gen.uuid('kp', 5)::uuid, E'^/api/status\n^/ui/favicons/', true, 'kibana_password', 'kibana_user', 'proxy',
   agen.rnd('cookie', 8, 32), '', true, 'hours=24'),
  (9, 'http://longhorn-frontend.longhorn-system.svc', 'https://longhorn.k8s.harborpine.example', false, NULL, '', false, '', '', 'forward_domain', agen.rnd('cookie', 9, 32), 'harborpine.example', true, 'hours=8');

CREATE TABLE authentik_providers_ldap_ldapprovider (
    provider_ptr_id integer PRIMARY KEY, base_dn text NOT NULL, search_group_id uuid, certificate_id uuid, tls_server_name text NOT NULL, uid_start_number integer NOT NULL,
    gid_start_number integer NOT NULL, search_mode text NOT NULL, bind_mode text NOT NULL, mfa_support boolean NOT NULL
);
INSERT INTO authentik_providers_ldap_ldapprovider VALUES (10, 'DC=ldap,DC=harborpine,DC=example', fixture_gen.uuid('grp', 4)::uuid, fixture_gen.uuid('kp', 8)::uuid, 'ldap.harborpine.example', 2000, 4000, 'cached', 'cached', false);

CREATE TABLE authentik_providers_radius_radiusprovider (provider_ptr_id integer PRIMARY KEY, shared_secret text NOT NULL, client_networks text NOT NULL, mfa_support boolean NOT NULL);
INSERT INTO authentik_providers_radius_radiusprovider VALUES (11, agen.rnd('radius', 1, 40), '10.20.0.0/16,10.30.0.0/16', false);

CREATE TABLE authentik_providers_scim_scimprovider (
    provider_ptr_id integer PRIMARY KEY, url text NOT NULL, token text NOT NULL, exclude_users_service_account boolean NOT NULL, filter_group_id uuid, compatibility_mode varchar(30) NOT NULL
);
INSERT INTO authentik_providers_scim_scimprovider VALUES (12, 'https://api.slack.example/scim/v2/', 'xox' || 'p-' || fixture_gen.digits('slk', 1, 12) || '-' || fixture_gen.digits('slk', 2, 12) || '-' || fixture_gen.digits('slk', 3, 13) || '-' || fixture_gen.hexn('slk', 4, 32), true, fixture_gen.uuid('grp', 2)::uuid, 'slack');

CREATE TABLE authentik_providers_scim_scimprovideruser (id uuid PRIMARY KEY, scim_id text NOT NULL, user_id integer NOT NULL, provider_id integer NOT NULL, attributes jsonb NOT NULL);
INSERT INTO authentik_providers_scim_scimprovideruser
SELECT fixture_gen.uuid('scu', u.i)::uuid, 'U0' || upper(fixture_gen.chars('slid', u.i, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), u.i, 12,
       jsonb_build_object('id', 'U0' || upper(fixture_gen.chars('slid', u.i, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), 'active', u.active, 'userName', u.username,
         'displayName', u.name, 'name', jsonb_build_object('givenName', u.first, 'familyName', u.last), 'emails', jsonb_build_array(jsonb_build_object('value', u.email, 'primary', true, 'type', 'work')),
         'phoneNumbers', jsonb_build_array(jsonb_build_object('value', u.phone, 'type', 'mobile')), 'title', u.title,
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', jsonb_build_object('department', u.dept, 'employeeNumber', 'HP-' || lpad((1000 + u.i)::text, 5, '0')),
         'schemas', jsonb_build_array('urn:ietf:params:scim:schemas:core:2.0:User'))
FROM agen.u u WHERE u.kind = 'internal' AND u.i >= 7;

CREATE TABLE authentik_providers_scim_scimprovidergroup (id uuid PRIMARY KEY, scim_id text NOT NULL, group_id uuid NOT NULL, provider_id integer NOT NULL, attributes jsonb NOT NULL);
INSERT INTO authentik_providers_scim_scimprovidergroup
SELECT fixture_gen.uuid('scg', g.k)::uuid, 'S0' || upper(fixture_gen.chars('sgid', g.k, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), fixture_gen.uuid('grp', g.k)::uuid, 12,
       jsonb_build_object('id', 'S0' || upper(fixture_gen.chars('sgid', g.k, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), 'displayName', g.name,
         'members', (SELECT coalesce(jsonb_agg(jsonb_build_object('value', 'U0' || upper(fixture_gen.chars('slid', m.user_id, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), 'display', u.name)), '[]'::jsonb)
                     FROM authentik_core_user_ak_groups m JOIN agen.u u ON u.i = m.user_id WHERE m.group_id = fixture_gen.uuid('grp', g.k)::uuid AND u.kind = 'internal' AND m.user_id < 60),
         'schemas', jsonb_build_array('urn:ietf:params:scim:schemas:core:2.0:Group'))
FROM agen.g g WHERE g.k BETWEEN 2 AND 10 OR g.k IN (19, 20);

-- ---------------------------------------------------------------------------
-- Brands.

CREATE TABLE authentik_brands_brand (
    brand_uuid uuid PRIMARY KEY, domain text NOT NULL, "default" boolean NOT NULL, branding_title text NOT NULL, branding_logo text NOT NULL, branding_favicon text NOT NULL,
    flow_authentication_id uuid, flow_invalidation_id uuid, flow_recovery_id uuid, flow_unenrollment_id uuid, flow_user_settings_id uuid, flow_device_code_id uuid,
    web_certificate_id uuid, attributes jsonb NOT NULL, default_application_id uuid
);
INSERT INTO authentik_brands_brand VALUES
  (fixture_gen.uuid('brand', 1)::uuid, 'authentik-default', true, 'authentik', '/static/dist/assets/icons/icon_left_brand.svg', '/static/dist/assets/icons/icon.png',
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', NULL),
  (fixture_gen.uuid('brand', 2)::uuid, 'auth.harborpine.example', false, 'Harbor & Pine', '/media/public/brand/hp-logo.svg', '/media/public/brand/hp-favicon.png',
   fixture_gen.uuid('flow', 1)::uuid, fixture_gen.uuid('flow', 6)::uuid, fixture_gen.uuid('flow', 5)::uuid, NULL, fixture_gen.uuid('flow', 7)::uuid, fixture_gen.uuid('flow', 12)::uuid,
   fixture_gen.uuid('kp', 3)::uuid, '{"settings": {"theme": {"base": "light"}, "locale": "en"}, "support": {"email": "it-helpdesk@harborpine.example", "phone": "+49 40 3861 7700", "on_call": "Tomasz Nowak +49 171 5523 904"}}', NULL),
  (fixture_gen.uuid('brand', 3)::uuid, 'partners.harborpine.example', false, 'Harbor & Pine Partner Portal', '/media/public/brand/hp-partners.svg', '/media/public/brand/hp-favicon.png',
   fixture_gen.uuid('flow', 1)::uuid, fixture_gen.uuid('flow', 6)::uuid, fixture_gen.uuid('flow', 5)::uuid, fixture_gen.uuid('flow', 15)::uuid, fixture_gen.uuid('flow', 7)::uuid, NULL,
   fixture_gen.uuid('kp', 3)::uuid, '{"settings": {"theme": {"base": "dark"}, "enabledFeatures": {"apiDrawer": false, "notificationDrawer": true}}, "support": {"email": "partners@harborpine.example"}}',
   fixture_gen.uuid('apbm', 6)::uuid);

-- ---------------------------------------------------------------------------
-- Sources and user connections.

CREATE TABLE authentik_core_source (
    policybindingmodel_ptr_id uuid PRIMARY KEY, name text NOT NULL UNIQUE, slug varchar(50) NOT NULL UNIQUE, enabled boolean NOT NULL, authentication_flow_id uuid,
    enrollment_flow_id uuid, user_matching_mode text NOT NULL, managed text UNIQUE, user_path_template text NOT NULL, icon varchar(100), group_matching_mode text NOT NULL
);
INSERT INTO authentik_core_source VALUES
  (fixture_gen.uuid('src', 1)::uuid, 'authentik Built-in', 'authentik-built-in', true, NULL, NULL, 'identifier', 'goauthentik.io/sources/inbuilt', 'goauthentik.io/sources/%(slug)s', NULL, 'identifier'),
  (fixture_gen.uuid('src', 2)::uuid, 'Corporate AD', 'corp-ad', true, NULL, NULL, 'identifier', NULL, 'goauthentik.io/sources/%(slug)s', NULL, 'name_link'),
  (fixture_gen.uuid('src', 3)::uuid, 'Google Workspace', 'google', true, fixture_gen.uuid('flow', 11)::uuid, NULL, 'email_link', NULL, 'goauthentik.io/sources/%(slug)s', 'source-icons/google.svg', 'identifier'),
  (fixture_gen.uuid('src', 4)::uuid, 'GitHub', 'github', true, fixture_gen.uuid('flow', 11)::uuid, fixture_gen.uuid('flow', 10)::uuid, 'username_deny', NULL, 'goauthentik.io/sources/%(slug)s', 'source-icons/github.svg', 'identifier'),
  (fixture_gen.uuid('src', 5)::uuid, 'Old Keycloak (migration)', 'keycloak-legacy', false, fixture_gen.uuid('flow', 11)::uuid, NULL, 'email_deny', NULL, 'legacy/%(slug)s', NULL, 'identifier');
INSERT INTO authentik_policies_policybindingmodel SELECT policybindingmodel_ptr_id, 'any' FROM authentik_core_source;

CREATE TABLE authentik_sources_ldap_ldapsource (
    source_ptr_id uuid PRIMARY KEY, server_uri text NOT NULL, bind_cn text NOT NULL, bind_password text NOT NULL, start_tls boolean NOT NULL, base_dn text NOT NULL,
    additional_user_dn text NOT NULL, additional_group_dn text NOT NULL, user_object_filter text NOT NULL, group_object_filter text NOT NULL, object_uniqueness_field text NOT NULL,
    sync_users boolean NOT NULL, sync_users_password boolean NOT NULL, sync_groups boolean NOT NULL, sync_parent_group_id uuid, peer_certificate_id uuid, client_certificate_id uuid,
    sni boolean NOT NULL, group_membership_field text NOT NULL, password_login_update_internal_password boolean NOT NULL
);
INSERT INTO authentik_sources_ldap_ldapsource VALUES
  (fixture_gen.uuid('src', 2)::uuid, 'ldaps://dc01.corp.harborpine.example,ldaps://dc02.corp.harborpine.example', 'CN=Katarzyna Wójcik (admin),OU=IT Admins,DC=corp,DC=harborpine,DC=example',
   agen.rnd('ldapbind', 1, 20) || '#' || agen.rnd('ldapbind', 2, 6), false, 'DC=corp,DC=harborpine,DC=example', 'OU=Staff', 'OU=Groups',
   '(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))', '(objectClass=group)', 'objectGUID', true, true, true, fixture_gen.uuid('grp', 2)::uuid,
   fixture_gen.uuid('kp', 6)::uuid, NULL, true, 'member', false);

CREATE TABLE authentik_sources_oauth_oauthsource (
    source_ptr_id uuid PRIMARY KEY, provider_type varchar(255) NOT NULL, request_token_url varchar(255), authorization_url varchar(255), access_token_url varchar(255),
    profile_url varchar(255), consumer_key text NOT NULL, consumer_secret text NOT NULL, additional_scopes text NOT NULL, oidc_well_known_url text NOT NULL,
    oidc_jwks_url text NOT NULL, oidc_jwks jsonb NOT NULL, authorization_code_auth_method text NOT NULL
);
INSERT INTO authentik_sources_oauth_oauthsource VALUES
  (fixture_gen.uuid('src', 3)::uuid, 'google', NULL, NULL, NULL, NULL, fixture_gen.digits('gcid', 1, 12) || '-' || lower(agen.rnd('gcid', 2, 32)) || '.apps.googleusercontent.com',
   'GOC' || 'SPX-' || agen.rnd('gsec', 1, 28), 'https://www.googleapis.com/auth/admin.directory.group.readonly', '', '', '{}', 'basic_auth'),
  (fixture_gen.uuid('src', 4)::uuid, 'github', NULL, NULL, NULL, NULL, 'Iv1.' || fixture_gen.hexn('ghcid', 1, 16), fixture_gen.hexn('ghsec', 1, 40), 'read:org', '', '', '{}', 'basic_auth'),
  (fixture_gen.uuid('src', 5)::uuid, 'openidconnect', NULL, 'https://sso-old.harborpine.example/realms/hp/protocol/openid-connect/auth', 'https://sso-old.harborpine.example/realms/hp/protocol/openid-connect/token',
   'https://sso-old.harborpine.example/realms/hp/protocol/openid-connect/userinfo', 'authentik-migration', agen.rnd('kcsec', 1, 32), '',
   'https://sso-old.harborpine.example/realms/hp/.well-known/openid-configuration', 'https://sso-old.harborpine.example/realms/hp/protocol/openid-connect/certs',
   jsonb_build_object('keys', jsonb_build_array(jsonb_build_object('kid', agen.rnd('kckid', 1, 43), 'kty', 'RSA', 'alg', 'RS256', 'use', 'sig', 'n', agen.b64url('kcn', 1, 256), 'e', 'AQAB'))), 'post_body');

CREATE TABLE authentik_core_usersourceconnection (id serial PRIMARY KEY, user_id integer NOT NULL, source_id uuid NOT NULL, created timestamptz NOT NULL, last_updated timestamptz NOT NULL);
INSERT INTO authentik_core_usersourceconnection
SELECT u.i, u.i, fixture_gen.uuid('src', CASE WHEN u.i % 3 = 1 THEN 3 WHEN u.kind = 'external' THEN 4 ELSE 2 END)::uuid, u.joined, agen.at('uscl', u.i, '2024-05-01', '2024-06-28')
FROM agen.u u WHERE u.i >= 7 AND u.i <= 236 AND (u.kind = 'internal' OR u.i % 4 = 0);

CREATE TABLE authentik_sources_oauth_useroauthsourceconnection (usersourceconnection_ptr_id integer PRIMARY KEY, identifier varchar(255) NOT NULL, access_token text, expires timestamptz NOT NULL);
INSERT INTO authentik_sources_oauth_useroauthsourceconnection
SELECT c.id, CASE WHEN c.source_id = fixture_gen.uuid('src', 3)::uuid THEN '1' || fixture_gen.digits('gsub', c.id, 20) ELSE (1000000 + fixture_gen.n('ghid', c.id, 150000000))::text END,
       CASE WHEN c.source_id = fixture_gen.uuid('src', 3)::uuid THEN 'ya29.a0' || agen.rnd('gat', c.id, 150) ELSE 'gh' || 'o_' || agen.rnd('ghat', c.id, 36) END,
       agen.at('uox', c.id, '2024-06-28', '2024-07-28')
FROM authentik_core_usersourceconnection c WHERE c.source_id IN (fixture_gen.uuid('src', 3)::uuid, fixture_gen.uuid('src', 4)::uuid);

-- ---------------------------------------------------------------------------
-- Authenticator devices.

CREATE TABLE authentik_stages_authenticator_totp_totpdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, key varchar(80) NOT NULL, step smallint NOT NULL, t0 bigint NOT NULL, digits smallint NOT NULL,
    tolerance smallint NOT NULL, drift smallint NOT NULL, last_t bigint NOT NULL, user_id integer NOT NULL, created timestamptz NOT NULL, last_updated timestamptz NOT NULL, last_used timestamptz
);
INSERT INTO authentik_stages_authenticator_totp_totpdevice (name, confirmed, key, step, t0, digits, tolerance, drift, last_t, user_id, created, last_updated, last_used)
SELECT CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['Authy', 'Google Authenticator', 'Phone', 'Bitwarden'], 'ttn', k) WHEN k % 4 = 1 THEN 'TOTP Device' ELSE fixture_gen.first_name('u', 6 + k) || '''s ' || fixture_gen.pick(ARRAY['iPhone', 'Pixel', 'phone'], 'ttp', k) END,
       k % 11 <> 0, fixture_gen.hexn('totp', k, 40), 30, 0, 6, 1, 0, 57000000 + fixture_gen.n('tlt', k, 300000), 6 + k, agen.at('ttc', k, '2022-01-01', '2024-05-01'), agen.at('ttu', k, '2024-05-01', '2024-06-28'),
       agen.at('ttl', k, '2024-06-01', '2024-06-28')
FROM generate_series(1, 150) k;

CREATE TABLE authentik_stages_authenticator_static_staticdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, user_id integer NOT NULL, throttling_failure_timestamp timestamptz,
    throttling_failure_count integer NOT NULL, created timestamptz NOT NULL, last_updated timestamptz NOT NULL, last_used timestamptz
);
INSERT INTO authentik_stages_authenticator_static_staticdevice (name, confirmed, user_id, throttling_failure_timestamp, throttling_failure_count, created, last_updated, last_used)
SELECT 'Static Token', true, 7 + k * 2, CASE WHEN k % 13 = 0 THEN agen.at('sdtf', k, '2024-06-01', '2024-06-28') END, CASE WHEN k % 13 = 0 THEN 2 ELSE 0 END,
       agen.at('sdc', k, '2022-01-01', '2024-05-01'), agen.at('sdu', k, '2024-05-01', '2024-06-28'), CASE WHEN k % 5 = 0 THEN agen.at('sdl', k, '2024-05-01', '2024-06-28') END
FROM generate_series(1, 60) k;

CREATE TABLE authentik_stages_authenticator_static_statictoken (id serial PRIMARY KEY, token varchar(16) NOT NULL, device_id integer NOT NULL);
INSERT INTO authentik_stages_authenticator_static_statictoken (token, device_id) SELECT lower(agen.rnd('stt', d * 10 + t, 12)), d FROM generate_series(1, 60) d, generate_series(1, 6) t;

CREATE TABLE authentik_stages_authenticator_webauthn_webauthndevicetype (aaguid uuid PRIMARY KEY, description text NOT NULL);
INSERT INTO authentik_stages_authenticator_webauthn_webauthndevicetype VALUES ('cb69481e-8ff7-4039-93ec-0a2729a154a8', 'YubiKey 5 Series'), ('ee882879-721c-4913-9775-3dfcce97072a', 'YubiKey 5 Series with NFC'),
  ('fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'iCloud Keychain'), ('ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'Google Password Manager'), ('08987058-cadc-4b81-b6e1-30de50dcbe96', 'Windows Hello');

CREATE TABLE authentik_stages_authenticator_webauthn_webauthndevice (
    id serial PRIMARY KEY, name varchar(200) NOT NULL, credential_id text NOT NULL UNIQUE, public_key text NOT NULL, sign_count integer NOT NULL, rp_id varchar(253) NOT NULL,
    created_on timestamptz NOT NULL, last_t timestamptz NOT NULL, user_id integer NOT NULL, confirmed boolean NOT NULL, device_type_id uuid, aaguid text NOT NULL, last_used timestamptz
);
INSERT INTO authentik_stages_authenticator_webauthn_webauthndevice (name, credential_id, public_key, sign_count, rp_id, created_on, last_t, user_id, confirmed, device_type_id, aaguid, last_used)
SELECT CASE WHEN k % 3 = 0 THEN fixture_gen.first_name('u', 10 + k * 3) || '''s YubiKey' ELSE fixture_gen.pick(ARRAY['YubiKey 5 NFC', 'MacBook Touch ID', 'iPhone passkey', 'Windows Hello', 'Backup key'], 'wan', k) END,
       agen.b64url('wcid', k, 48), 'pQECAyYgASFYI' || agen.b64url('wpk', k, 64), fixture_gen.n('wsc', k, 900), 'auth.harborpine.example',
       agen.at('wco', k, '2022-06-01', '2024-05-01'), agen.at('wlt', k, '2024-05-01', '2024-06-28'), 10 + k * 3, true, a.aaguid, a.aaguid::text, agen.at('wlu', k, '2024-05-01', '2024-06-28')
FROM generate_series(1, 55) k JOIN (SELECT aaguid, row_number() OVER (ORDER BY description) - 1 AS r FROM authentik_stages_authenticator_webauthn_webauthndevicetype) a ON a.r = k % 5;

CREATE TABLE authentik_stages_authenticator_duo_duodevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, duo_user_id text NOT NULL, stage_id uuid NOT NULL, user_id integer NOT NULL, last_t timestamptz NOT NULL,
    created timestamptz NOT NULL, last_updated timestamptz NOT NULL, last_used timestamptz
);
INSERT INTO authentik_stages_authenticator_duo_duodevice (name, confirmed, duo_user_id, stage_id, user_id, last_t, created, last_updated, last_used)
SELECT 'Duo Device', true, 'DU' || upper(agen.rnd('duo', k, 18)), fixture_gen.uuid('stage', 18)::uuid, 100 + k * 2, agen.at('dlt', k, '2024-05-01', '2024-06-28'),
       agen.at('dcr', k, '2023-01-01', '2024-05-01'), agen.at('dlu', k, '2024-05-01', '2024-06-28'), agen.at('dlu', k, '2024-05-01', '2024-06-28')
FROM generate_series(1, 30) k;

CREATE TABLE authentik_stages_authenticator_sms_smsdevice (
    id serial PRIMARY KEY, name varchar(64) NOT NULL, confirmed boolean NOT NULL, phone_number text NOT NULL, stage_id uuid NOT NULL, user_id integer NOT NULL,
    last_t timestamptz NOT NULL, token varchar(16), valid_until timestamptz NOT NULL, created timestamptz NOT NULL, last_updated timestamptz NOT NULL, last_used timestamptz
);
INSERT INTO authentik_stages_authenticator_sms_smsdevice (name, confirmed, phone_number, stage_id, user_id, last_t, token, valid_until, created, last_updated, last_used)
SELECT 'SMS Device', k % 7 <> 0, CASE WHEN k % 9 = 0 THEN 'hash:' || encode(sha256(convert_to(u.phone, 'UTF8')), 'hex') ELSE replace(replace(replace(replace(u.phone, ' ', ''), '(', ''), ')', ''), '-', '') END,
       fixture_gen.uuid('stage', 16)::uuid, u.i, agen.at('slt', k, '2024-05-01', '2024-06-28'), CASE WHEN k % 7 = 0 THEN fixture_gen.digits('smst', k, 6) END,
       agen.at('svu', k, '2024-05-01', '2024-06-28'), agen.at('scr', k, '2023-01-01', '2024-05-01'), agen.at('sup', k, '2024-05-01', '2024-06-28'), agen.at('sla', k, '2024-05-01', '2024-06-28')
FROM generate_series(1, 45) k JOIN agen.u u ON u.i = 191 + k;

-- ---------------------------------------------------------------------------
-- Policies and reputation.

CREATE TABLE authentik_policies_policy (policy_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, execution_logging boolean NOT NULL, created timestamptz NOT NULL, last_updated timestamptz NOT NULL);
CREATE TABLE authentik_policies_expression_expressionpolicy (policy_ptr_id uuid PRIMARY KEY, expression text NOT NULL);
CREATE TABLE agen.po (k int, name text, expr text);
INSERT INTO agen.po VALUES
  (1, 'default-source-enrollment-if-username', 'return ''username'' not in context.get(''prompt_data'', {})'),
  (2, 'partner-email-domain-allowlist', E'allowed = ["nordcargo.example", "baltic-freight.example", "tranvia-log.example"]\nemail = request.context["prompt_data"]["email"]\nreturn email.split("@")[-1] in allowed or ak_is_group_member(request.user, name="Partners")'),
  (3, 'payroll-access-exceptions', E'# Interim payroll access agreed with HR (Fatima Haddad, 2024-03-12)\nif request.user.username in ["fhaddad", "omenshah", "ykim"]:\n    return True\nif request.user.email == "beatriz.santos@harborpine.example":\n    ak_message("Access until the end of June, ask HR to extend.")\n    return True\nreturn ak_is_group_member(request.user, name="Payroll approvers")'),
  (4, 'block-former-contractor', E'# Contract ended early, see HR case 2024-117 (Piotr Kowalski, +48 601 223 874)\nreturn request.user.email != "piotr.kowalski@tranvia-log.example"'),
  (5, 'require-mfa-for-admins', 'return ak_is_group_member(request.user, name="authentik Admins") and len(ak_user_has_authenticator(request.user)) > 0'),
  (6, 'geo-block-outside-eu', E'country = request.context["geoip"]["country"]\nreturn country in ["DE", "NL", "PL", "ES", "PT", "LT", "LV", "EE", "DK"]'),
  (7, 'set-locale-from-accept-language', 'request.context["prompt_data"]["attributes.settings.locale"] = request.http_request.headers.get("Accept-Language", "en")[:2]' || E'\nreturn True'),
  (8, 'wifi-vlan-by-group', 'return ak_is_group_member(request.user, name="vpn-users")');
INSERT INTO authentik_policies_policy SELECT fixture_gen.uuid('pol', k)::uuid, name, k IN (3, 4), agen.at('poc', k, '2021-06-01', '2024-03-01'), agen.at('pou', k, '2024-03-01', '2024-06-28') FROM agen.po;
INSERT INTO authentik_policies_policy VALUES (fixture_gen.uuid('pol', 20)::uuid, 'default-password-change-password-policy', false, '2021-02-15 09:11:00+00', '2023-09-01 10:00:00+00'),
  (fixture_gen.uuid('pol', 21)::uuid, 'default-reputation-policy', false, '2021-02-15 09:11:00+00', '2023-09-01 10:00:00+00');
INSERT INTO authentik_policies_expression_expressionpolicy SELECT fixture_gen.uuid('pol', k)::uuid, expr FROM agen.po;

CREATE TABLE authentik_policies_policybinding (
    policy_binding_uuid uuid PRIMARY KEY, enabled boolean NOT NULL, "order" integer NOT NULL, timeout integer NOT NULL, negate boolean NOT NULL, group_id uuid,
    policy_id uuid, target_id uuid NOT NULL, user_id integer, failure_result boolean NOT NULL
);
INSERT INTO authentik_policies_policybinding
SELECT fixture_gen.uuid('pb', k)::uuid, k <> 9, k * 10 % 100, 30, k = 4, g, p, t, us, false
FROM (VALUES (1, NULL::uuid, fixture_gen.uuid('pol', 2)::uuid, fixture_gen.uuid('fpbm', 4)::uuid, NULL::int), (2, NULL, fixture_gen.uuid('pol', 3)::uuid, fixture_gen.uuid('apbm', 7)::uuid, NULL),
  (3, NULL, fixture_gen.uuid('pol', 4)::uuid, fixture_gen.uuid('apbm', 6)::uuid, NULL), (4, NULL, fixture_gen.uuid('pol', 6)::uuid, fixture_gen.uuid('fpbm', 1)::uuid, NULL),
  (5, fixture_gen.uuid('grp', 15)::uuid, NULL, fixture_gen.uuid('apbm', 1)::uuid, NULL), (6, fixture_gen.uuid('grp', 2)::uuid, NULL, fixture_gen.uuid('apbm', 2)::uuid, NULL),
  (7, fixture_gen.uuid('grp', 11)::uuid, NULL, fixture_gen.uuid('apbm', 6)::uuid, NULL), (8, NULL, NULL, fixture_gen.uuid('apbm', 13)::uuid, 27),
  (9, NULL, NULL, fixture_gen.uuid('apbm', 9)::uuid, 44), (10, NULL, fixture_gen.uuid('pol', 8)::uuid, fixture_gen.uuid('apbm', 11)::uuid, NULL),
  (11, NULL, fixture_gen.uuid('pol', 21)::uuid, fixture_gen.uuid('fpbm', 1)::uuid, NULL), (12, fixture_gen.uuid('grp', 4)::uuid, NULL, fixture_gen.uuid('apbm', 9)::uuid, NULL)) v(k, g, p, t, us);

CREATE TABLE authentik_policies_reputation_reputation (
    reputation_uuid uuid PRIMARY KEY, identifier text NOT NULL, ip inet NOT NULL, score bigint NOT NULL, updated timestamptz NOT NULL, ip_geo_data jsonb NOT NULL,
    ip_asn_data jsonb NOT NULL, expires timestamptz, expiring boolean NOT NULL, UNIQUE (identifier, ip)
);
INSERT INTO authentik_policies_reputation_reputation
SELECT fixture_gen.uuid('rep', k)::uuid,
       CASE WHEN k % 5 = 0 THEN fixture_gen.pick(ARRAY['admin', 'administrator', 'test', 'root', 'info@harborpine.example'], 'rpi', k) ELSE u.username END,
       fixture_gen.ipv4('rip', k)::inet, CASE WHEN k % 5 = 0 THEN -5 - fixture_gen.n('rsc', k, 40) ELSE fixture_gen.n('rsc', k, 12) - 4 END, agen.at('rup', k, '2024-06-01', '2024-06-28'),
       jsonb_build_object('city', fixture_gen.city('rci', k), 'country', fixture_gen.pick(ARRAY['DE', 'NL', 'PL', 'GB', 'IN', 'US', 'LT'], 'rco', k), 'continent', 'EU',
         'lat', round((45 + fixture_gen.n('rla', k, 1500) / 100.0)::numeric, 4), 'long', round((fixture_gen.n('rlo', k, 2500) / 100.0)::numeric, 4)),
       jsonb_build_object('asn', 3320 + fixture_gen.n('rasn', k, 5000), 'as_org', fixture_gen.pick(ARRAY['Deutsche Telekom AG', 'Vodafone GmbH', 'KPN B.V.', 'Orange Polska', 'Hetzner Online GmbH'], 'rao', k),
         'network', regexp_replace(fixture_gen.ipv4('rip', k), '\.\d+$', '.0') || '/24'),
       agen.at('rex', k, '2024-06-28', '2024-06-30'), true
FROM generate_series(1, 160) k JOIN agen.u u ON u.i = 7 + fixture_gen.n('ru', k, 230);

-- ---------------------------------------------------------------------------
-- Outposts.

CREATE TABLE authentik_outposts_outpostserviceconnection (uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, local boolean NOT NULL);
INSERT INTO authentik_outposts_outpostserviceconnection VALUES (fixture_gen.uuid('osc', 1)::uuid, 'Local Kubernetes Cluster', true), (fixture_gen.uuid('osc', 2)::uuid, 'k8s-hamburg-prod', false);

CREATE TABLE authentik_outposts_kubernetesserviceconnection (outpostserviceconnection_ptr_id uuid PRIMARY KEY, kubeconfig jsonb NOT NULL, verify_ssl boolean NOT NULL);
INSERT INTO authentik_outposts_kubernetesserviceconnection VALUES (fixture_gen.uuid('osc', 1)::uuid, '{}', true),
  (fixture_gen.uuid('osc', 2)::uuid, jsonb_build_object('apiVersion', 'v1', 'kind', 'Config', 'current-context', 'hh-prod',
    'clusters', jsonb_build_array(jsonb_build_object('name', 'hh-prod', 'cluster', jsonb_build_object('server', 'https://10.20.4.10:6443', 'certificate-authority-data', fixture_gen.b64('kca', 1, 240)))),
    'users', jsonb_build_array(jsonb_build_object('name', 'authentik-outpost', 'user', jsonb_build_object('token', agen.jwt('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"authentik","sub":"system:serviceaccount:authentik:authentik-outpost"}', 'ksa', 1)))),
    'contexts', jsonb_build_array(jsonb_build_object('name', 'hh-prod', 'context', jsonb_build_object('cluster', 'hh-prod', 'user', 'authentik-outpost')))), true);

CREATE TABLE authentik_outposts_outpost (uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, type text NOT NULL, _config jsonb NOT NULL, service_connection_id uuid, managed text UNIQUE);
INSERT INTO authentik_outposts_outpost
SELECT fixture_gen.uuid('outp', k)::uuid, name, ty,
       jsonb_build_object('authentik_host', 'https://auth.harborpine.example', 'authentik_host_insecure', false, 'authentik_host_browser', '', 'log_level', 'info',
         'object_naming_template', 'ak-outpost-%(name)s', 'docker_network', NULL, 'docker_labels', NULL, 'docker_map_ports', true, 'container_image', NULL,
         'kubernetes_replicas', 1, 'kubernetes_namespace', 'authentik', 'kubernetes_ingress_annotations', jsonb_build_object('cert-manager.io/cluster-issuer', 'letsencrypt'),
         'kubernetes_ingress_secret_name', 'authentik-outpost-tls', 'kubernetes_service_type', CASE WHEN ty = 'ldap' THEN 'LoadBalancer' ELSE 'ClusterIP' END,
         'kubernetes_disabled_components', '[]'::jsonb, 'kubernetes_image_pull_secrets', '[]'::jsonb, 'refresh_interval', 'minutes=5'),
       CASE WHEN k = 1 THEN NULL ELSE fixture_gen.uuid('osc', 2)::uuid END, CASE WHEN k = 1 THEN 'goauthentik.io/outposts/embedded' END
FROM (VALUES (1, 'authentik Embedded Outpost', 'proxy'), (2, 'ldap-hamburg', 'ldap'), (3, 'radius-wifi', 'radius'), (4, 'proxy-k8s', 'proxy')) v(k, name, ty);

-- ---------------------------------------------------------------------------
-- Events, notifications.

CREATE TABLE authentik_events_event (
    event_uuid uuid PRIMARY KEY, "user" jsonb NOT NULL, action text NOT NULL, app text NOT NULL, context jsonb NOT NULL, client_ip inet, created timestamptz NOT NULL,
    expires timestamptz, expiring boolean NOT NULL, brand jsonb NOT NULL
);
CREATE TABLE agen.ev (k int PRIMARY KEY, uid int, action text, ip text, at timestamptz, ua text);
INSERT INTO agen.ev SELECT k, 7 + fixture_gen.n('evu', k, 230),
  fixture_gen.pick(ARRAY['login', 'login', 'login', 'login_failed', 'logout', 'authorize_application', 'authorize_application', 'password_set', 'model_updated', 'model_created',
    'suspicious_request', 'secret_view', 'invitation_used', 'impersonation_started', 'configuration_error', 'system_exception', 'email_sent', 'policy_execution', 'source_linked', 'user_write'], 'eva', k),
  CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6('evip', k) ELSE fixture_gen.ipv4('evip', k) END, agen.at('evt', k, '2024-05-01', '2024-06-28'), agen.ua('evua', k)
FROM generate_series(1, 400) k;
INSERT INTO authentik_events_event
SELECT fixture_gen.uuid('ev', e.k)::uuid,
       CASE WHEN e.action IN ('system_exception', 'configuration_error', 'email_sent') THEN jsonb_build_object('pk', 0, 'email', '', 'username', 'AnonymousUser')
            WHEN e.action = 'login_failed' AND e.k % 2 = 0 THEN jsonb_build_object('pk', 2, 'email', '', 'username', 'AnonymousUser')
            WHEN e.action = 'impersonation_started' THEN jsonb_build_object('pk', 1, 'email', 'it-admins@harborpine.example', 'username', 'akadmin', 'is_anonymous', false,
              'on_behalf_of', jsonb_build_object('pk', u.i, 'email', u.email, 'username', u.username))
            ELSE jsonb_build_object('pk', u.i, 'email', u.email, 'username', u.username) END,
       e.action,
       CASE WHEN e.action IN ('login', 'login_failed', 'logout', 'password_set', 'user_write', 'invitation_used') THEN 'authentik.events.signals'
            WHEN e.action = 'authorize_application' THEN 'authentik.providers.oauth2.views.authorize' WHEN e.action LIKE 'model_%' THEN 'authentik.events.middleware'
            WHEN e.action = 'email_sent' THEN 'authentik.stages.email.tasks' WHEN e.action = 'policy_execution' THEN 'authentik.policies.process'
            WHEN e.action = 'source_linked' THEN 'authentik.sources.oauth.views.callback' ELSE 'authentik.' || split_part(e.action, '_', 1) END,
       jsonb_strip_nulls(jsonb_build_object(
         'http_request', jsonb_build_object('args', CASE WHEN e.action = 'authorize_application' THEN jsonb_build_object('client_id', agen.rnd('ocid', 1 + e.k % 3, 40), 'redirect_uri', 'https://grafana.harborpine.example/login/generic_oauth', 'response_type', 'code', 'state', agen.rnd('evst', e.k, 22)) ELSE '{}'::jsonb END,
           'path', CASE WHEN e.action LIKE 'login%' THEN '/api/v3/flows/executor/hp-authentication/' WHEN e.action = 'authorize_application' THEN '/application/o/authorize/' ELSE '/api/v3/core/users/' || u.i || '/' END,
           'method', CASE WHEN e.action LIKE 'model_%' THEN 'PATCH' ELSE 'POST' END, 'request_id', md5('rq' || e.k), 'user_agent', e.ua),
         'geo', jsonb_build_object('city', fixture_gen.city('evc', e.k), 'country', fixture_gen.pick(ARRAY['DE', 'NL', 'PL', 'GB', 'IN', 'LT'], 'evco', e.k), 'continent', 'EU',
           'lat', round((45 + fixture_gen.n('evla', e.k, 1500) / 100.0)::numeric, 4), 'long', round((fixture_gen.n('evlo', e.k, 2500) / 100.0)::numeric, 4)),
         'asn', jsonb_build_object('asn', 3320 + fixture_gen.n('evasn', e.k, 900), 'as_org', fixture_gen.pick(ARRAY['Deutsche Telekom AG', 'Vodafone GmbH', 'KPN B.V.', 'Orange Polska'], 'evao', e.k), 'network', NULL),
         'auth_method', CASE WHEN e.action = 'login' THEN fixture_gen.pick(ARRAY['password', 'auth_mfa', 'app_password', 'token'], 'evam', e.k) END,
         'auth_method_args', CASE WHEN e.action = 'login' AND e.k % 3 = 0 THEN jsonb_build_object('mfa_devices', jsonb_build_array(jsonb_build_object('app', 'authentik_stages_authenticator_totp', 'name', 'TOTP Device', 'model_name', 'totpdevice', 'pk', e.k % 150))) END,
         'username', CASE WHEN e.action = 'login_failed' THEN CASE WHEN e.k % 4 = 0 THEN u.email ELSE u.username END END,
         'stage', CASE WHEN e.action = 'login_failed' THEN jsonb_build_object('pk', fixture_gen.uuid('stage', 2), 'app', 'authentik_stages_password', 'name', 'hp-password', 'model_name', 'passwordstage') END,
         'password', CASE WHEN e.action = 'login_failed' THEN '********************' END,
         'authorized_application', CASE WHEN e.action = 'authorize_application' THEN jsonb_build_object('pk', fixture_gen.uuid('apbm', 1 + e.k % 3), 'app', 'authentik_core', 'name', (ARRAY['Grafana', 'Nextcloud', 'GitLab'])[1 + e.k % 3], 'model_name', 'application') END,
         'scopes', CASE WHEN e.action = 'authorize_application' THEN 'openid email profile' END,
         'flow', CASE WHEN e.action = 'authorize_application' THEN fixture_gen.uuid('flow', 3) END,
         'model', CASE WHEN e.action LIKE 'model_%' OR e.action = 'user_write' THEN jsonb_build_object('pk', u.i, 'app', 'authentik_core', 'name', u.username, 'model_name', 'user') END,
         'diff', CASE WHEN e.action = 'model_updated' THEN jsonb_build_object('attributes', jsonb_build_object('previous_value', jsonb_build_object('phone', fixture_gen.phone('evop', e.k)), 'new_value', jsonb_build_object('phone', u.phone)),
              'email', jsonb_build_object('previous_value', fixture_gen.email('evoe', e.k), 'new_value', u.email)) END,
         'data', CASE WHEN e.action = 'user_write' THEN jsonb_build_object('name', u.name, 'email', u.email, 'attributes.phone', u.phone, 'username', u.username)
                      WHEN e.action = 'invitation_used' THEN jsonb_build_object('email', u.email, 'name', u.name, 'attributes.company', 'Nordcargo') END,
         'secret', CASE WHEN e.action = 'secret_view' THEN jsonb_build_object('pk', fixture_gen.uuid('tok', 1 + e.k % 16), 'app', 'authentik_core', 'name', 'service-account-svc-grafana-password', 'model_name', 'token') END,
         'message', CASE WHEN e.action = 'configuration_error' THEN 'Failed to send email: SMTPAuthenticationError(535, b''5.7.139 Authentication unsuccessful, the user credentials were incorrect.'')'
                         WHEN e.action = 'system_exception' THEN 'Traceback (most recent call last):' || E'\n  File "/authentik/sources/ldap/sync/users.py", line 71, in sync\n' || 'ldap3.core.exceptions.LDAPAttributeError: invalid attribute value for ' || u.name
                         WHEN e.action = 'suspicious_request' THEN 'Invalid token for application' END,
         'email', CASE WHEN e.action = 'email_sent' THEN jsonb_build_object('to_email', jsonb_build_array(u.email), 'subject', 'Reset your Harbor & Pine password', 'from_email', 'no-reply@harborpine.example',
              'body', 'Hi ' || split_part(u.name, ' ', 1) || ', someone requested a password reset for your account ' || u.username || '.') END,
         'result', CASE WHEN e.action = 'policy_execution' THEN jsonb_build_object('passing', e.k % 3 <> 0, 'messages', jsonb_build_array(CASE WHEN e.k % 3 = 0 THEN 'Access until the end of June, ask HR to extend.' ELSE '' END)) END)),
       e.ip::inet, e.at, e.at + interval '365 days', true,
       jsonb_build_object('pk', replace(fixture_gen.uuid('brand', 2), '-', ''), 'app', 'authentik_brands', 'name', 'Default brand', 'model_name', 'brand')
FROM agen.ev e JOIN agen.u u ON u.i = e.uid;

CREATE TABLE authentik_events_notificationtransport (
    uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, mode text NOT NULL, webhook_url text NOT NULL, webhook_mapping_id uuid, send_once boolean NOT NULL
);
INSERT INTO authentik_events_notificationtransport VALUES
  (fixture_gen.uuid('nt', 1)::uuid, 'default-email-transport', 'email', '', NULL, false),
  (fixture_gen.uuid('nt', 2)::uuid, 'default-local-transport', 'local', '', NULL, false),
  (fixture_gen.uuid('nt', 3)::uuid, 'Slack #it-security', 'webhook_slack', 'https://hooks.slack.example/services/T0' || upper(agen.rnd('slkw', 1, 8)) || '/B0' || upper(agen.rnd('slkw', 2, 8)) || '/' || agen.rnd('slkw', 3, 24), NULL, false),
  (fixture_gen.uuid('nt', 4)::uuid, 'Zammad ticket on failure', 'webhook', 'https://helpdesk.harborpine.example/api/v1/webhooks/' || agen.rnd('zmw', 1, 32) || '?token=' || agen.rnd('zmw', 2, 40), fixture_gen.uuid('pm', 10)::uuid, true),
  (fixture_gen.uuid('nt', 5)::uuid, 'Matrix ops room', 'webhook', 'https://matrix-hook.internal.harborpine.example/hook?room=!ops:harborpine.example', NULL, false);

CREATE TABLE authentik_events_notificationrule (policybindingmodel_ptr_id uuid PRIMARY KEY, name text NOT NULL UNIQUE, severity text NOT NULL, group_id uuid);
INSERT INTO authentik_events_notificationrule VALUES (fixture_gen.uuid('nr', 1)::uuid, 'default-notify-configuration-error', 'alert', fixture_gen.uuid('grp', 1)::uuid),
  (fixture_gen.uuid('nr', 2)::uuid, 'default-notify-exception', 'alert', fixture_gen.uuid('grp', 1)::uuid), (fixture_gen.uuid('nr', 3)::uuid, 'notify-impersonation', 'warning', fixture_gen.uuid('grp', 19)::uuid),
  (fixture_gen.uuid('nr', 4)::uuid, 'notify-secret-view', 'notice', fixture_gen.uuid('grp', 4)::uuid);
INSERT INTO authentik_policies_policybindingmodel SELECT policybindingmodel_ptr_id, 'any' FROM authentik_events_notificationrule;

CREATE TABLE authentik_events_notification (uuid uuid PRIMARY KEY, severity text NOT NULL, body text NOT NULL, created timestamptz NOT NULL, event_id uuid, seen boolean NOT NULL, user_id integer NOT NULL);
INSERT INTO authentik_events_notification
SELECT fixture_gen.uuid('nf', k)::uuid, CASE WHEN e.action IN ('configuration_error', 'system_exception') THEN 'alert' ELSE 'warning' END,
       CASE e.action WHEN 'impersonation_started' THEN 'User akadmin started impersonating ' || eu.name || ' (' || eu.username || ').'
         WHEN 'secret_view' THEN 'Token service-account-svc-grafana-password was viewed by ' || eu.username || ' from ' || e.ip || '.'
         WHEN 'configuration_error' THEN 'Failed to send email: SMTPAuthenticationError(535, 5.7.139 Authentication unsuccessful).'
         ELSE 'System task exception: LDAP sync of ' || eu.name || ' failed: invalid attribute value.' END,
       e.at + interval '3 seconds', fixture_gen.uuid('ev', e.ek)::uuid, k % 3 <> 0, (ARRAY[1, 12, 27, 44])[1 + k % 4]
FROM generate_series(1, 120) k JOIN (SELECT x.k AS ek, x.uid, x.action, x.ip, x.at, row_number() OVER (ORDER BY md5(x.k::text)) - 1 AS rn FROM agen.ev x WHERE x.action IN ('impersonation_started', 'secret_view', 'configuration_error', 'system_exception')) e ON e.rn = (k - 1) % 40
JOIN agen.u eu ON eu.i = e.uid;

CREATE TABLE authentik_events_systemtask (
    uuid uuid PRIMARY KEY, name text NOT NULL, uid text NOT NULL, start_timestamp timestamptz NOT NULL, finish_timestamp timestamptz NOT NULL, duration double precision NOT NULL,
    status text NOT NULL, description text, messages jsonb NOT NULL, expires timestamptz, expiring boolean NOT NULL, task_call_module text NOT NULL, task_call_func text NOT NULL,
    task_call_args jsonb NOT NULL, task_call_kwargs jsonb NOT NULL, UNIQUE (name, uid)
);
INSERT INTO authentik_events_systemtask
SELECT fixture_gen.uuid('stk', k)::uuid, name, uid, at, at + make_interval(secs => 2 + k), 2 + k + 0.137, CASE WHEN k IN (3, 6) THEN 'error' WHEN k = 5 THEN 'warning' ELSE 'successful' END, descr, msgs,
       at + interval '1 day', true, mod, func, args::jsonb, '{}'
FROM (VALUES
  (1, 'ldap_sync', 'corp-ad:user:0', 'Synchronize users from LDAP', '["Synced 184 objects."]'::jsonb, 'authentik.sources.ldap.tasks', 'ldap_sync', '["' || fixture_gen.uuid('src', 2) || '"]'),
  (2, 'ldap_sync', 'corp-ad:group:0', 'Synchronize groups from LDAP', '["Synced 10 objects."]', 'authentik.sources.ldap.tasks', 'ldap_sync', '["' || fixture_gen.uuid('src', 2) || '"]'),
  (3, 'ldap_sync', 'corp-ad:membership:0', 'Synchronize membership from LDAP', jsonb_build_array('Synced 204 objects.', 'Failed to create user: {''username'': [''This field must be unique.'']} (CN=Aoife O''Brien,OU=Staff,DC=corp,DC=harborpine,DC=example, aobrien, aoife.obrien@harborpine.example)'),
     'authentik.sources.ldap.tasks', 'ldap_sync', '["' || fixture_gen.uuid('src', 2) || '"]'),
  (4, 'clean_expired_models', '', 'Remove expired objects', '["Expired 412 AccessToken", "Expired 96 RefreshToken", "Expired 37 Invitation"]', 'authentik.core.tasks', 'clean_expired_models', '[]'),
  (5, 'scim_sync', 'slack', 'SCIM sync to Slack', jsonb_build_array('Syncing page 1 of users', 'Dropping mutating request due to compatibility mode: PATCH /Users/U0XDOK216SR (chidi.okafor@harborpine.example)'), 'authentik.providers.scim.tasks', 'scim_sync', '[12]'),
  (6, 'send_mail', 'a3f8c1', 'Send email', jsonb_build_array('Failed to send email to ngozi.okafor@baltic-freight.example: timed out'), 'authentik.stages.email.tasks', 'send_mail', '[{"to": ["ngozi.okafor@baltic-freight.example"], "subject": "Confirm your partner account"}]'),
  (7, 'outpost_controller', 'ldap-hamburg', 'Update outpost ldap-hamburg', '["Updated deployment authentik/ak-outpost-ldap-hamburg"]', 'authentik.outposts.tasks', 'outpost_controller', '["' || fixture_gen.uuid('outp', 2) || '"]'),
  (8, 'blueprints_discovery', '', 'Discover blueprints', '["Found 38 blueprints."]', 'authentik.blueprints.v1.tasks', 'blueprints_discovery', '[]'),
  (9, 'update_latest_version', '', 'Check for new versions', '["Latest version 2024.6.0 is installed."]', 'authentik.admin.tasks', 'update_latest_version', '[]'),
  (10, 'certificate_discovery', '', 'Discover certificates', '["Imported 1 certificate."]', 'authentik.crypto.tasks', 'certificate_discovery', '[]')
) v(k, name, uid, descr, msgs, mod, func, args)
CROSS JOIN LATERAL (SELECT agen.at('stka', k, '2024-06-28 12:00', '2024-06-28 17:00') AS at) t;

-- ---------------------------------------------------------------------------
-- Blueprints, licence.

CREATE TABLE authentik_blueprints_blueprintinstance (
    instance_uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, metadata jsonb NOT NULL, path text NOT NULL, context jsonb NOT NULL, last_applied timestamptz NOT NULL,
    last_applied_hash text NOT NULL, status text NOT NULL, enabled boolean NOT NULL, managed_models text[] NOT NULL, content text NOT NULL
);
INSERT INTO authentik_blueprints_blueprintinstance
SELECT fixture_gen.uuid('bp', k)::uuid, name, jsonb_build_object('name', name, 'labels', jsonb_build_object('blueprints.goauthentik.io/instantiate', 'true')), path, ctx,
       agen.at('bpa', k, '2024-06-01', '2024-06-28'), fixture_gen.hexn('bph', k, 128), 'successful', true, '{}', content
FROM (VALUES
  (1, 'Default - Authentication flow', 'default/flow-default-authentication-flow.yaml', '{}'::jsonb, ''),
  (2, 'Default - Password change flow', 'default/flow-password-change.yaml', '{}', ''),
  (3, 'System - OAuth2 Provider - Scopes', 'system/providers-oauth2.yaml', '{}', ''),
  (4, 'Harbor & Pine - partner groups', '', '{"owner": "partners@harborpine.example"}',
   E'version: 1\nmetadata:\n  name: Harbor & Pine - partner groups\nentries:\n  - model: authentik_core.group\n    identifiers:\n      name: Carriers - Baltic\n    attrs:\n      attributes:\n        owner: Lina Petrauskaitė <lina.petrauskaite@harborpine.example>\n'),
  (5, 'Harbor & Pine - break-glass admin', '', '{}',
   E'version: 1\nentries:\n  - model: authentik_core.user\n    identifiers:\n      username: breakglass\n    attrs:\n      name: Break Glass\n      password: !Env BREAKGLASS_PASSWORD\n      type: internal\n'),
  (6, 'System - Bootstrap', 'system/bootstrap.yaml', '{}', '')) v(k, name, path, ctx, content);

CREATE TABLE authentik_enterprise_license (license_uuid uuid PRIMARY KEY, key text NOT NULL UNIQUE, name text NOT NULL, expiry timestamptz NOT NULL, internal_users bigint NOT NULL, external_users bigint NOT NULL);
INSERT INTO authentik_enterprise_license VALUES (fixture_gen.uuid('lic', 1)::uuid,
  agen.jwt('{"aud":"goauthentik.io/license/' || fixture_gen.uuid('inst', 1) || '","exp":1751328000,"name":"Harbor & Pine Logistics GmbH","internal_users":250,"external_users":100,"license_flags":[]}', 'lic', 1),
  'Harbor & Pine Logistics GmbH', '2025-07-01 00:00:00+00', 250, 100);

SET client_min_messages = warning;
DROP SCHEMA agen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
