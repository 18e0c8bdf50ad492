-- classify-eval fixture (HOLDOUT 55: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- control-plane database of a self-hosted Coder v2 (remote development
-- environments) in the naming its Go migrations and sqlc queries create:
-- plural snake_case tables, uuid ids, timestamptz created_at/updated_at,
-- PostgreSQL enums for states and kinds, bytea for hashed secrets and
-- Terraform state, jsonb for claims, ACLs, audit diffs and notification
-- payloads, text[] for roles and scopes. The tables and their columns are
-- those of coderd/database/dump.sql of a 2025 release, 43 of them; the AI
-- chat and AI Bridge tables, the tasks and prebuild-preset tables, the
-- legacy parameter_schemas/parameter_values, and the chat spend-limit
-- columns of users and groups are left out (this deployment does not use
-- those features). Foreign keys, check constraints and most indexes are
-- left out so that the fixture loads in any order. Only Coder's own tables:
-- no operator schema was needed to reach the column count.
--
-- The instance is coder.dev.aldermoor-bank.com, run by the platform-
-- engineering team of Aldermoor Bank (a UK retail and business bank) for
-- its developers and for the contractors of two consultancies. Staff sign in
-- with Entra ID (OIDC; guests' claims carry #EXT# UPNs), contractors of one
-- firm with GitHub, a few break-glass admins with passwords, CI with
-- service-account tokens. The data: users with pbkdf2 hashes, one-time
-- passcodes, GitHub ids and avatar URLs; their IdP links with encrypted
-- and (before dbcrypt was enabled) clear OAuth tokens and the ID token
-- claims; API keys with hashed secrets, the IP that last used them and
-- token names, some of them usernames; organizations for the teams and
-- the contractor firms, groups synced from Entra; templates for Java,
-- Go, Python, Android and VM workspaces with their READMEs, version
-- messages, rich parameters and Terraform variables (registry and Vault
-- credentials among them); the template archives (one old version with a
-- hard-coded Artifactory token); provisioner jobs whose input keeps the
-- Terraform variable values, their logs, and daemons; workspaces and
-- builds with the Terraform state as bytea (agent tokens, the owner's
-- session token, name and email), the build parameters people typed
-- (regions and sizes, dotfiles repositories of their GitHub handle, a
-- GitLab token pasted by mistake); agents with their auth tokens and the
-- environment they were given, home directories named after their Linux
-- user, agent metadata of which one template shows the git email, startup
-- logs that print a token under set -x; apps, resources and their
-- metadata; Git SSH keys; external auth links to GitHub, the bank's GitLab
-- and JFrog with their tokens; Coder as an OAuth2 provider for Backstage
-- and MCP clients; the audit log with IPs, user agents, diffs of users'
-- fields and targets that are usernames; connection logs; notifications
-- whose payloads hold names, emails and one-time passcodes, with SMTP
-- errors quoting addresses; site configs mixing signing keys with the
-- banner text; crypto keys, dbcrypt keys, licences, replicas, workspace
-- proxies, user secrets, Web Push subscriptions, user UI configs.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA cgen;
SET client_min_messages = warning;

-- at: an instant between lo and hi.
CREATE FUNCTION cgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION cgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION cgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- sha: SHA-256 of a text, as bytea (Coder's hashed secrets).
CREATE FUNCTION cgen.sha(v text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT sha256(convert_to(v, 'UTF8')) $$;

-- pbkdf2: Coder's userpassword format, stored as bytes.
CREATE FUNCTION cgen.pbkdf2(tag text, i bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT convert_to('$' || 'pbkdf2-sha256$65535$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '='), 'UTF8')
$$;

-- enc: dbcrypt ciphertext (base64 of nonce and AES-GCM output).
CREATE FUNCTION cgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag, i, 28 + len) $$;

-- The active dbcrypt key's digest (key ids of encrypted columns point at it).
CREATE FUNCTION cgen.kid() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn('dbcrypt-key', 2, 64) $$;

-- Tokens, assembled at load time: GitHub OAuth, GitLab, Vault, JFrog.
CREATE FUNCTION cgen.gho(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'gh' || 'o_' || cgen.rnd(tag, i, 36) $$;
CREATE FUNCTION cgen.ghr(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'gh' || 'r_' || cgen.rnd(tag, i, 76) $$;
CREATE FUNCTION cgen.glpat(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'gl' || 'pat-' || cgen.rnd(tag, i, 20) $$;
CREATE FUNCTION cgen.hvs(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'hv' || 's.' || cgen.rnd(tag, i, 24) $$;
CREATE FUNCTION cgen.jfrog(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'cmVmdGtuOjAxOj' || cgen.rnd(tag, i, 50) $$;
-- session: a Coder session token, <10-char id>-<22-char secret>.
CREATE FUNCTION cgen.session(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT cgen.rnd(tag || 'id', i, 10) || '-' || cgen.rnd(tag || 'sec', i, 22) $$;

-- ua: browsers, IDEs and the CLI.
CREATE FUNCTION cgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Coder v2.22.1+a8b6c2f (windows/amd64)',
    'Coder v2.22.1+a8b6c2f (darwin/arm64)',
    'Coder v2.21.3+9fe1d45 (linux/amd64)',
    'Coder VS Code Extension v1.3.2 (win32)',
    'JetBrains-Gateway/2024.1.2 coder-gateway-plugin/2.11.1',
    'Go-http-client/1.1'], tag, i)
$$;

-- ip: office NAT, VPN pool and home broadband addresses.
CREATE FUNCTION cgen.ip(tag text, i bigint) RETURNS inet
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN '10.64.' || fixture_gen.n(tag || 'c', i, 32) || '.' || (2 + fixture_gen.n(tag || 'd', i, 250))
    WHEN 1 THEN '10.200.' || fixture_gen.n(tag || 'c', i, 8) || '.' || (2 + fixture_gen.n(tag || 'd', i, 250))
    WHEN 2 THEN '81.2.' || (64 + fixture_gen.n(tag || 'c', i, 8)) || '.' || (2 + fixture_gen.n(tag || 'd', i, 250))
    ELSE fixture_gen.ipv4(tag, i) END)::inet
$$;

-- ---------------------------------------------------------------------------
-- Coder's enums (the values this deployment uses and their siblings).

CREATE TYPE agent_key_scope_enum AS ENUM ('all', 'no_user_data');
CREATE TYPE api_key_scope AS ENUM ('coder:all', 'coder:application_connect', 'api_key:read', 'api_key:*', 'template:read', 'template:use',
  'user:read', 'user:read_personal', 'workspace:read', 'workspace:ssh', 'workspace:start', 'workspace:stop', 'workspace:application_connect',
  'workspace:*', 'provisioner_jobs:read', 'audit_log:read', 'coder:workspaces.create', 'coder:workspaces.operate', 'coder:templates.build');
CREATE TYPE app_sharing_level AS ENUM ('owner', 'authenticated', 'organization', 'public');
CREATE TYPE audit_action AS ENUM ('create', 'write', 'delete', 'start', 'stop', 'login', 'logout', 'register', 'request_password_reset',
  'connect', 'disconnect', 'open', 'close');
CREATE TYPE automatic_updates AS ENUM ('always', 'never');
CREATE TYPE build_reason AS ENUM ('initiator', 'autostart', 'autostop', 'dormancy', 'failedstop', 'autodelete', 'dashboard', 'cli',
  'ssh_connection', 'vscode_connection', 'jetbrains_connection');
CREATE TYPE connection_type AS ENUM ('ssh', 'vscode', 'jetbrains', 'reconnecting_pty', 'workspace_app', 'port_forwarding');
CREATE TYPE cors_behavior AS ENUM ('simple', 'passthru');
CREATE TYPE crypto_key_feature AS ENUM ('workspace_apps_token', 'workspace_apps_api_key', 'oidc_convert', 'tailnet_resume');
CREATE TYPE display_app AS ENUM ('vscode', 'vscode_insiders', 'web_terminal', 'ssh_helper', 'port_forwarding_helper');
CREATE TYPE group_source AS ENUM ('user', 'oidc');
CREATE TYPE log_level AS ENUM ('trace', 'debug', 'info', 'warn', 'error');
CREATE TYPE log_source AS ENUM ('provisioner_daemon', 'provisioner');
CREATE TYPE login_type AS ENUM ('password', 'github', 'oidc', 'token', 'none', 'oauth2_provider_app');
CREATE TYPE notification_message_status AS ENUM ('pending', 'leased', 'sent', 'permanent_failure', 'temporary_failure', 'unknown', 'inhibited');
CREATE TYPE notification_method AS ENUM ('smtp', 'webhook', 'inbox');
CREATE TYPE notification_template_kind AS ENUM ('system', 'custom');
CREATE TYPE parameter_form_type AS ENUM ('', 'error', 'radio', 'dropdown', 'input', 'textarea', 'slider', 'checkbox', 'switch', 'tag-select', 'multi-select');
CREATE TYPE provisioner_job_status AS ENUM ('pending', 'running', 'succeeded', 'canceling', 'canceled', 'failed', 'unknown');
CREATE TYPE provisioner_job_type AS ENUM ('template_version_import', 'workspace_build', 'template_version_dry_run');
CREATE TYPE provisioner_storage_method AS ENUM ('file');
CREATE TYPE provisioner_type AS ENUM ('echo', 'terraform');
CREATE TYPE resource_type AS ENUM ('organization', 'template', 'template_version', 'user', 'workspace', 'git_ssh_key', 'api_key', 'group',
  'workspace_build', 'license', 'workspace_proxy', 'convert_login', 'health_settings', 'oauth2_provider_app', 'oauth2_provider_app_secret',
  'custom_role', 'organization_member', 'notifications_settings', 'notification_template', 'idp_sync_settings_organization',
  'idp_sync_settings_group', 'idp_sync_settings_role', 'workspace_agent', 'workspace_app');
CREATE TYPE shareable_workspace_owners AS ENUM ('none', 'everyone', 'service_accounts');
CREATE TYPE user_status AS ENUM ('active', 'suspended', 'dormant');
CREATE TYPE workspace_agent_lifecycle_state AS ENUM ('created', 'starting', 'start_timeout', 'start_error', 'ready', 'shutting_down',
  'shutdown_timeout', 'shutdown_error', 'off');
CREATE TYPE workspace_agent_subsystem AS ENUM ('envbuilder', 'envbox', 'none', 'exectrace');
CREATE TYPE workspace_app_health AS ENUM ('disabled', 'initializing', 'healthy', 'unhealthy');
CREATE TYPE workspace_app_open_in AS ENUM ('tab', 'window', 'slim-window');
CREATE TYPE workspace_transition AS ENUM ('start', 'stop', 'delete');

-- ---------------------------------------------------------------------------
-- The people: bank staff (Entra ID), contractors of Tekvia (Entra guests)
-- and of Northbridge (GitHub), CI service accounts, the prebuilds system
-- user and the break-glass admins.

CREATE TABLE cgen.p (i int PRIMARY KEY, id uuid, kind text, first text, last text, name text, username text, email text, login text,
  ghid bigint, org int, firm text, dept text, created timestamptz, sub text, oid uuid);
INSERT INTO cgen.p
SELECT i, CASE WHEN kind = 'system' THEN 'c42fdf75-3097-471c-8c33-fb52454d81c0'::uuid ELSE fixture_gen.uuid('cu', i)::uuid END, kind,
       f, l, NULL, NULL, NULL,
       CASE kind WHEN 'staff' THEN CASE WHEN i <= 6 THEN 'password' ELSE 'oidc' END WHEN 'tekvia' THEN 'oidc' WHEN 'northbridge' THEN 'github'
                 WHEN 'service' THEN 'none' WHEN 'system' THEN 'none' ELSE 'password' END,
       CASE WHEN kind = 'northbridge' THEN 1200000 + fixture_gen.n('cgh', i, 150000000) END,
       CASE kind WHEN 'tekvia' THEN 5 WHEN 'northbridge' THEN 6 WHEN 'staff' THEN 2 + i % 3 ELSE 1 END,
       CASE kind WHEN 'tekvia' THEN 'tekvia.io' WHEN 'northbridge' THEN 'northbridge-consulting.co.uk' END,
       CASE i % 3 WHEN 0 THEN 'Payments Engineering' WHEN 1 THEN 'Data Platform' ELSE 'Mobile Banking' END,
       cgen.at('cuc', i, '2023-09-04', '2025-04-30'),
       cgen.b64url('csub', i, 32), fixture_gen.uuid('coid', i)::uuid
FROM generate_series(1, 150) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 104 THEN 'staff' WHEN i <= 122 THEN 'tekvia' WHEN i <= 136 THEN 'northbridge' WHEN i <= 145 THEN 'service'
                                WHEN i = 146 THEN 'system' ELSE 'breakglass' END AS kind,
                           fixture_gen.first_name('cpf', i) AS f, fixture_gen.last_name('cpl', i) AS l) x;

UPDATE cgen.p SET name = first || ' ' || last,
  username = CASE WHEN kind = 'northbridge' THEN fixture_gen.pick(ARRAY[fixture_gen.ascii(first) || fixture_gen.ascii(last), fixture_gen.ascii(first) || '-dev', substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || (i % 90)::text, fixture_gen.ascii(last) || '-codes'], 'cun', i)
                  WHEN kind = 'tekvia' THEN 'ext-' || fixture_gen.ascii(first) || '-' || fixture_gen.ascii(last)
                  WHEN i <= 6 OR i % 5 = 0 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
                  ELSE fixture_gen.ascii(first) || '-' || fixture_gen.ascii(last) END,
  email = CASE kind WHEN 'northbridge' THEN CASE WHEN i % 2 = 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@northbridge-consulting.co.uk'
                                                ELSE fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 100)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com'], 'cue', i) END
                    WHEN 'tekvia' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@tekvia.io'
                    ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@aldermoor-bank.com' END
WHERE kind IN ('staff', 'tekvia', 'northbridge');

UPDATE cgen.p SET (first, last, name, username, email) = (NULL, NULL, v.n, v.u, '')
FROM (VALUES (137, 'Jenkins CI', 'svc-jenkins'), (138, 'Backstage catalogue sync', 'svc-backstage'), (139, 'Terraform CI (templates)', 'svc-terraform-ci'),
             (140, 'Workspace janitor', 'svc-janitor'), (141, 'Grafana exporter', 'svc-grafana'), (142, 'SonarQube scanner', 'svc-sonarqube'),
             (143, 'Renovate bot', 'svc-renovate'), (144, 'Argo CD', 'svc-argocd'), (145, 'Vault secret sync', 'svc-vault-sync')) v(i, n, u)
WHERE p.i = v.i;
UPDATE cgen.p SET (first, last, name, username, email) = (NULL, NULL, 'Prebuilds', 'prebuilds', 'prebuilds@system') WHERE i = 146;
UPDATE cgen.p SET (first, last, name, username, email) = (NULL, NULL, v.n, v.u, v.e)
FROM (VALUES (147, 'Coder admins (break-glass)', 'coder-admin', 'coder-admins@aldermoor-bank.com'),
             (148, '', 'breakglass-2', 'platform-oncall@aldermoor-bank.com'),
             (149, 'Internal Audit (read-only)', 'it-audit', 'it-audit@aldermoor-bank.com'),
             (150, 'Penetration test 2024-Q3', 'pentest-2024q3', 'pentest@aldermoor-bank.com')) v(i, n, u, e)
WHERE p.i = v.i;

-- keep usernames and emails unique, as Coder's indexes do
UPDATE cgen.p SET username = username || (i % 97)::text
WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM cgen.p) x WHERE rn > 1);
UPDATE cgen.p SET email = split_part(email, '@', 1) || (i % 97)::text || '@' || split_part(email, '@', 2)
WHERE email <> '' AND i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM cgen.p) x WHERE rn > 1);

-- ---------------------------------------------------------------------------
-- Organizations, users, memberships, groups.

CREATE TABLE organizations (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    description text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    display_name text NOT NULL,
    icon text DEFAULT ''::text NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    shareable_workspace_owners shareable_workspace_owners DEFAULT 'everyone'::shareable_workspace_owners NOT NULL
);
INSERT INTO organizations (id, name, description, created_at, updated_at, is_default, display_name, icon, deleted, shareable_workspace_owners)
SELECT fixture_gen.uuid('corg', o.k)::uuid, o.n, o.d, o.c, o.c + interval '41 days', o.k = 1, o.dn, o.ic, false, o.so::shareable_workspace_owners
FROM (VALUES
  (1, 'coder', 'Default organization: every Aldermoor Bank engineer and contractor is a member.', 'Aldermoor Bank', '/emojis/1f3e6.png', timestamptz '2023-09-04 09:12:00+00', 'everyone'),
  (2, 'payments', 'Card issuing, Faster Payments and SEPA gateways. Workspace quota approved by ' || fixture_gen.full_name('cpf', 8) || ' (Head of Payments Engineering).', 'Payments Engineering', '/emojis/1f4b3.png', '2024-02-12 10:30:00+00', 'none'),
  (3, 'data-platform', 'Analytics, fraud models and the GPU notebook templates.', 'Data Platform', '/emojis/1f4ca.png', '2024-02-12 10:41:00+00', 'everyone'),
  (4, 'mobile', 'iOS and Android app teams. Ask in #mobile-platform before adding templates.', 'Mobile Banking', '/emojis/1f4f1.png', '2024-03-01 14:05:00+00', 'everyone'),
  (5, 'tekvia', 'Contractors from Tekvia Consulting on the open banking API programme (SOW-2024-117). Tekvia delivery lead: ' || fixture_gen.full_name('cpf', 108) || ', ' || fixture_gen.ascii(fixture_gen.first_name('cpf', 108)) || '.' || fixture_gen.ascii(fixture_gen.last_name('cpl', 108)) || '@tekvia.io.', 'Tekvia Consulting (contractors)', '/emojis/1f477.png', '2024-04-15 08:00:00+00', 'none'),
  (6, 'northbridge', 'Northbridge Consulting contractors on the mainframe modernisation. Access reviewed monthly by Internal Audit.', 'Northbridge Consulting (contractors)', '/emojis/1f477.png', '2024-06-03 08:00:00+00', 'none'))
  o(k, n, d, dn, ic, c, so);

CREATE TABLE users (
    id uuid NOT NULL PRIMARY KEY,
    email text NOT NULL,
    username text DEFAULT ''::text NOT NULL,
    hashed_password bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    status user_status DEFAULT 'dormant'::user_status NOT NULL,
    rbac_roles text[] DEFAULT '{}'::text[] NOT NULL,
    login_type login_type DEFAULT 'password'::login_type NOT NULL,
    avatar_url text DEFAULT ''::text NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    last_seen_at timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    quiet_hours_schedule text DEFAULT ''::text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    github_com_user_id bigint,
    hashed_one_time_passcode bytea,
    one_time_passcode_expires_at timestamp with time zone,
    is_system boolean DEFAULT false NOT NULL,
    is_service_account boolean DEFAULT false NOT NULL
);
COMMENT ON COLUMN users.quiet_hours_schedule IS 'Daily (!) cron schedule (with optional CRON_TZ) signifying the start of the user''s quiet hours. If empty, the default quiet hours on the instance is used instead.';
COMMENT ON COLUMN users.name IS 'Name of the Coder user';
INSERT INTO users (id, email, username, hashed_password, created_at, updated_at, status, rbac_roles, login_type, avatar_url, deleted, last_seen_at,
  quiet_hours_schedule, name, github_com_user_id, hashed_one_time_passcode, one_time_passcode_expires_at, is_system, is_service_account)
SELECT p.id, p.email, p.username,
       CASE WHEN p.login = 'password' OR p.i <= 14 THEN cgen.pbkdf2('cpw', p.i) ELSE ''::bytea END,
       p.created, cgen.at('cuu', p.i, p.created, '2025-06-27'),
       (CASE WHEN p.kind IN ('system', 'service') THEN 'active' WHEN p.i % 17 = 0 THEN 'suspended' WHEN p.i % 11 = 0 OR p.i = 150 THEN 'dormant' ELSE 'active' END)::user_status,
       CASE WHEN p.i IN (1, 2, 147, 148) THEN '{owner}' WHEN p.i = 3 THEN '{template-admin}' WHEN p.i = 4 THEN '{user-admin}' WHEN p.i = 5 THEN '{template-admin,user-admin}'
            WHEN p.i IN (149, 150) THEN '{auditor}' ELSE '{}' END::text[],
       p.login::login_type,
       CASE WHEN p.kind = 'northbridge' THEN 'https://avatars.githubusercontent.com/u/' || p.ghid || '?v=4'
            WHEN p.kind = 'staff' AND p.i % 3 = 0 AND p.i > 6 THEN 'https://people.aldermoor-bank.com/photo/' || p.oid || '/96x96.jpg'
            ELSE '' END,
       p.kind = 'staff' AND p.i % 23 = 0,
       CASE WHEN p.kind = 'system' THEN '0001-01-01 00:00:00'::timestamp ELSE (cgen.at('cls', p.i, '2025-03-01', '2025-06-27') AT TIME ZONE 'UTC')::timestamp(6) END,
       CASE WHEN p.kind = 'tekvia' THEN 'CRON_TZ=Europe/Warsaw 0 18 * * *' WHEN p.i % 9 = 0 THEN 'CRON_TZ=Europe/London 0 19 * * *'
            WHEN p.i % 13 = 0 THEN 'CRON_TZ=Asia/Kolkata 30 21 * * *' ELSE '' END,
       coalesce(p.name, ''), p.ghid,
       CASE WHEN p.login = 'password' AND p.i IN (5, 148) THEN cgen.sha(fixture_gen.uuid('cotp', p.i)) END,
       CASE WHEN p.login = 'password' AND p.i IN (5, 148) THEN timestamptz '2025-06-27 10:15:00+00' + make_interval(mins => p.i) END,
       p.kind = 'system', p.kind = 'service'
FROM cgen.p p ORDER BY p.i;

CREATE TABLE organization_members (
    user_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    roles text[] DEFAULT '{}'::text[] NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
INSERT INTO organization_members (user_id, organization_id, created_at, updated_at, roles)
SELECT p.id, fixture_gen.uuid('corg', o)::uuid, p.created + interval '2 minutes', least(p.created + make_interval(days => fixture_gen.n('com', p.i * 10 + o, 200)), timestamptz '2025-06-27 12:00:00+00'),
       CASE WHEN o > 1 AND p.i IN (8, 9, 10) THEN '{organization-admin}' WHEN o > 1 AND p.i % 19 = 0 THEN '{organization-template-admin}'
            WHEN o = 5 AND p.i = 108 THEN '{organization-user-admin}' WHEN p.i = 149 THEN '{organization-auditor}' ELSE '{}' END::text[]
FROM cgen.p p CROSS JOIN LATERAL (SELECT DISTINCT unnest(ARRAY[1, p.org]) AS o) x
WHERE p.kind <> 'system';

CREATE TABLE groups (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    organization_id uuid NOT NULL,
    avatar_url text DEFAULT ''::text NOT NULL,
    quota_allowance integer DEFAULT 0 NOT NULL,
    display_name text DEFAULT ''::text NOT NULL,
    source group_source DEFAULT 'user'::group_source NOT NULL
);
CREATE TABLE cgen.g (k int PRIMARY KEY, id uuid, name text, org int, dn text, src text, quota int, icon text, members text);
INSERT INTO cgen.g VALUES
  (1, fixture_gen.uuid('corg', 1)::uuid, 'Everyone', 1, '', 'user', 2, '', 'org1'),
  (2, fixture_gen.uuid('corg', 2)::uuid, 'Everyone', 2, '', 'user', 3, '', 'org2'),
  (3, fixture_gen.uuid('corg', 3)::uuid, 'Everyone', 3, '', 'user', 3, '', 'org3'),
  (4, fixture_gen.uuid('corg', 4)::uuid, 'Everyone', 4, '', 'user', 3, '', 'org4'),
  (5, fixture_gen.uuid('corg', 5)::uuid, 'Everyone', 5, '', 'user', 1, '', 'org5'),
  (6, fixture_gen.uuid('corg', 6)::uuid, 'Everyone', 6, '', 'user', 1, '', 'org6'),
  (7, fixture_gen.uuid('cgrp', 7)::uuid, 'AAD-Coder-Payments-Developers', 2, 'Payments developers', 'oidc', 4, '/emojis/1f4b3.png', 'org2'),
  (8, fixture_gen.uuid('cgrp', 8)::uuid, 'AAD-Coder-Payments-Leads', 2, 'Payments leads', 'oidc', 6, '', 'lead2'),
  (9, fixture_gen.uuid('cgrp', 9)::uuid, 'AAD-Coder-DataPlatform-Engineers', 3, 'Data engineers', 'oidc', 4, '/emojis/1f4ca.png', 'org3'),
  (10, fixture_gen.uuid('cgrp', 10)::uuid, 'AAD-Coder-DataScience-GPU', 3, 'GPU notebook users', 'oidc', 2, '/icon/nvidia.svg', 'gpu'),
  (11, fixture_gen.uuid('cgrp', 11)::uuid, 'AAD-Coder-Mobile-Android', 4, 'Android', 'oidc', 3, '/icon/android-studio.svg', 'org4'),
  (12, fixture_gen.uuid('cgrp', 12)::uuid, 'AAD-Coder-Mobile-iOS', 4, 'iOS (Mac fleet)', 'oidc', 1, '/icon/apple-black.svg', 'lead4'),
  (13, fixture_gen.uuid('cgrp', 13)::uuid, 'AAD-Coder-Platform-Admins', 1, 'Platform engineering', 'oidc', 10, '/emojis/1f6e0.png', 'admins'),
  (14, fixture_gen.uuid('cgrp', 14)::uuid, 'template-admins', 1, 'Template maintainers', 'user', 0, '', 'admins'),
  (15, fixture_gen.uuid('cgrp', 15)::uuid, 'oncall-payments', 2, 'Payments on-call rota', 'user', 0, '', 'lead2'),
  (16, fixture_gen.uuid('cgrp', 16)::uuid, 'tekvia-obapi', 5, 'Open banking API squad', 'user', 2, '', 'org5'),
  (17, fixture_gen.uuid('cgrp', 17)::uuid, 'tekvia-qa', 5, 'Tekvia QA', 'user', 1, '', 'lead5'),
  (18, fixture_gen.uuid('cgrp', 18)::uuid, 'northbridge-cobol', 6, 'Mainframe tooling', 'user', 2, '/icon/terminal.svg', 'org6'),
  (19, fixture_gen.uuid('cgrp', 19)::uuid, 'AAD-Coder-Break-Glass', 1, '', 'oidc', 0, '', 'none'),
  (20, fixture_gen.uuid('cgrp', 20)::uuid, 'ci-service-accounts', 1, 'CI and automation', 'user', 5, '/icon/jenkins.svg', 'svc'),
  (21, fixture_gen.uuid('cgrp', 21)::uuid, 'AAD-Coder-Fraud-Models', 3, 'Fraud models', 'oidc', 3, '', 'lead3'),
  (22, fixture_gen.uuid('cgrp', 22)::uuid, 'pilot-windows-vms', 1, 'Windows VM pilot', 'user', 1, '/icon/windows.svg', 'pilot');
INSERT INTO groups (id, name, organization_id, avatar_url, quota_allowance, display_name, source)
SELECT id, name, fixture_gen.uuid('corg', org)::uuid, icon, quota, dn, src::group_source FROM cgen.g ORDER BY k;

CREATE TABLE group_members (
    user_id uuid NOT NULL,
    group_id uuid NOT NULL,
    UNIQUE (user_id, group_id)
);
INSERT INTO group_members (user_id, group_id)
SELECT p.id, g.id FROM cgen.g g JOIN cgen.p p ON
  (g.members = 'org2' AND p.org = 2 AND p.kind = 'staff') OR (g.members = 'org3' AND p.org = 3 AND p.kind = 'staff') OR (g.members = 'org4' AND p.org = 4 AND p.kind = 'staff')
  OR (g.members = 'org5' AND p.kind = 'tekvia') OR (g.members = 'org6' AND p.kind = 'northbridge')
  OR (g.members = 'lead2' AND p.org = 2 AND p.kind = 'staff' AND p.i % 4 = 0) OR (g.members = 'lead3' AND p.org = 3 AND p.kind = 'staff' AND p.i % 4 = 0)
  OR (g.members = 'lead4' AND p.org = 4 AND p.kind = 'staff' AND p.i % 3 = 0) OR (g.members = 'lead5' AND p.kind = 'tekvia' AND p.i % 3 = 0)
  OR (g.members = 'gpu' AND p.org = 3 AND p.kind = 'staff' AND p.i % 2 = 0) OR (g.members = 'admins' AND p.i <= 6)
  OR (g.members = 'svc' AND p.kind = 'service') OR (g.members = 'pilot' AND p.kind = 'staff' AND p.i % 10 = 3)
WHERE g.k > 6
ORDER BY g.k, p.i;

-- ---------------------------------------------------------------------------
-- dbcrypt: the database encryption keys (key 1 was rotated out in 2025).

CREATE TABLE dbcrypt_keys (
    number integer NOT NULL PRIMARY KEY,
    active_key_digest text,
    revoked_key_digest text,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    revoked_at timestamp with time zone,
    test text NOT NULL
);
COMMENT ON TABLE dbcrypt_keys IS 'A table used to store the keys used to encrypt the database.';
INSERT INTO dbcrypt_keys (number, active_key_digest, revoked_key_digest, created_at, revoked_at, test) VALUES
  (1, NULL, fixture_gen.hexn('dbcrypt-key', 1, 64), '2024-05-02 07:44:10+00', '2025-01-20 08:02:31+00', cgen.enc('dbtest', 1, 5)),
  (2, cgen.kid(), NULL, '2025-01-20 08:01:57+00', NULL, cgen.enc('dbtest', 2, 5));

-- ---------------------------------------------------------------------------
-- Identity-provider links: Entra ID (OIDC) and GitHub. Tokens are
-- encrypted since dbcrypt was enabled (May 2024); links not refreshed
-- since still hold them in clear.

CREATE TABLE user_links (
    user_id uuid NOT NULL,
    login_type login_type NOT NULL,
    linked_id text DEFAULT ''::text NOT NULL,
    oauth_access_token text DEFAULT ''::text NOT NULL,
    oauth_refresh_token text DEFAULT ''::text NOT NULL,
    oauth_expiry timestamp with time zone DEFAULT '0001-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    oauth_access_token_key_id text,
    oauth_refresh_token_key_id text,
    claims jsonb DEFAULT '{}'::jsonb NOT NULL,
    PRIMARY KEY (user_id, login_type)
);
COMMENT ON COLUMN user_links.claims IS 'Claims from the IDP for the linked user. Includes both id_token and userinfo claims. ';
INSERT INTO user_links (user_id, login_type, linked_id, oauth_access_token, oauth_refresh_token, oauth_expiry, oauth_access_token_key_id, oauth_refresh_token_key_id, claims)
SELECT p.id, p.login::login_type,
       CASE WHEN p.login = 'github' THEN p.ghid::text ELSE p.sub END,
       CASE WHEN clear THEN CASE WHEN p.login = 'github' THEN cgen.gho('ulat', p.i) ELSE fixture_gen.jwt('ulat', p.i) END
            ELSE cgen.enc('ulate', p.i, CASE WHEN p.login = 'github' THEN 40 ELSE 1400 END) END,
       CASE WHEN p.login = 'github' THEN ''
            WHEN clear THEN '0.AYIA' || cgen.b64url('ulrt', p.i, 240)
            ELSE cgen.enc('ulrte', p.i, 330) END,
       cgen.at('ulex', p.i, '2025-06-20', '2025-06-28'),
       CASE WHEN NOT clear THEN cgen.kid() END,
       CASE WHEN NOT clear AND p.login <> 'github' THEN cgen.kid() END,
       CASE WHEN p.login = 'github' THEN '{}'::jsonb ELSE
         jsonb_build_object('id_token_claims', idt, 'user_info_claims', jsonb_build_object('sub', p.sub, 'name', p.name, 'family_name', p.last, 'given_name', p.first,
             'email', p.email, 'picture', 'https://graph.microsoft.com/v1.0/me/photo/$value'),
           'merged_claims', idt || jsonb_build_object('given_name', p.first, 'family_name', p.last)) END
FROM cgen.p p
CROSS JOIN LATERAL (SELECT p.i % 7 = 0 AS clear,
  jsonb_build_object('aud', '6f1c2a4e-3b7d-4e0a-9c8f-2d5b1a7e9f30', 'iss', 'https://login.microsoftonline.com/0b7e4c2d-91a5-4f3e-8d6a-5c2b9e1f7a44/v2.0',
    'iat', 1750900000 + p.i * 37, 'nbf', 1750900000 + p.i * 37, 'exp', 1750903900 + p.i * 37, 'sub', p.sub, 'oid', p.oid,
    'tid', '0b7e4c2d-91a5-4f3e-8d6a-5c2b9e1f7a44', 'name', p.name, 'email', p.email,
    'preferred_username', CASE WHEN p.kind = 'tekvia' THEN replace(p.email, '@', '_') || '#EXT#@aldermoorbank.onmicrosoft.com' ELSE p.email END,
    'groups', CASE WHEN p.kind = 'tekvia' THEN jsonb_build_array('AAD-Coder-Guests-Tekvia') WHEN p.org = 2 THEN jsonb_build_array('AAD-Coder-Payments-Developers', 'AAD-All-Engineering')
                   WHEN p.org = 3 THEN jsonb_build_array('AAD-Coder-DataPlatform-Engineers', 'AAD-All-Engineering') ELSE jsonb_build_array('AAD-Coder-Mobile-Android', 'AAD-All-Engineering') END,
    'roles', CASE WHEN p.i <= 6 THEN jsonb_build_array('Coder.Owner') ELSE jsonb_build_array('Coder.Member') END,
    'ver', '2.0', 'uti', cgen.b64url('uti', p.i, 16), 'rh', '0.AYIA' || cgen.b64url('urh', p.i, 24)) AS idt) x
WHERE p.login IN ('oidc', 'github') AND NOT (p.kind = 'staff' AND p.i % 23 = 0)
ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- API keys: browser and CLI sessions (login type of the user, no name),
-- long-lived tokens (login type token, named by their owner).

CREATE TABLE api_keys (
    id text NOT NULL PRIMARY KEY,
    hashed_secret bytea NOT NULL,
    user_id uuid NOT NULL,
    last_used timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    login_type login_type NOT NULL,
    lifetime_seconds bigint DEFAULT 86400 NOT NULL,
    ip_address inet DEFAULT '0.0.0.0'::inet NOT NULL,
    token_name text DEFAULT ''::text NOT NULL,
    scopes api_key_scope[] NOT NULL,
    allow_list text[] NOT NULL
);
COMMENT ON COLUMN api_keys.hashed_secret IS 'hashed_secret contains a SHA256 hash of the key secret. This is considered a secret and MUST NOT be returned from the API as it is used for API key encryption in app proxying code.';
INSERT INTO api_keys (id, hashed_secret, user_id, last_used, expires_at, created_at, updated_at, login_type, lifetime_seconds, ip_address, token_name, scopes, allow_list)
SELECT cgen.rnd('akid', k, 10), cgen.sha(cgen.rnd('aksec', k, 22)), p.id,
       least(c + make_interval(secs => fixture_gen.n('aklu', k, CASE WHEN tok THEN 5000000 ELSE 80000 END)), timestamptz '2025-06-27 11:55:00+00'),
       c + make_interval(secs => life::int), c, c + make_interval(secs => fixture_gen.n('aklu', k, 80000)),
       CASE WHEN tok THEN 'token' ELSE p.login END::login_type, life,
       CASE WHEN p.kind = 'service' THEN ('10.96.' || fixture_gen.n('akip', k, 16) || '.' || (2 + fixture_gen.n('akip2', k, 250)))::inet ELSE cgen.ip('akip', k) END,
       CASE WHEN NOT tok THEN ''
            WHEN p.kind = 'service' THEN fixture_gen.pick(ARRAY['jenkins-prod', 'terraform-templates-ci', 'backstage-sync', 'janitor', 'metrics', 'sonar', 'renovate', 'argocd', 'vault-sync'], 'akn', p.i) || '-' || (k % 7)::text
            WHEN k % 3 = 0 THEN p.username || '-' || fixture_gen.pick(ARRAY['laptop', 'mbp', 'thinkpad', 'wsl', 'gateway'], 'akd', k)
            ELSE fixture_gen.pick(ARRAY['cli', 'vscode', 'gateway', 'mcp-claude', 'cursor', 'scripts', 'port-forward', 'devcontainer-cli'], 'akn', k) || '-' || (k % 13)::text END,
       CASE WHEN NOT tok THEN '{coder:all}' WHEN fixture_gen.n('aksc', k, 5) = 0 THEN '{workspace:read,workspace:ssh,workspace:application_connect}'
            WHEN fixture_gen.n('aksc', k, 5) = 1 THEN '{coder:application_connect}' ELSE '{coder:all}' END::api_key_scope[],
       '{*:*}'::text[]
FROM generate_series(1, 320) k
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 40 THEN 137 + k % 9 ELSE 1 + fixture_gen.n('aku', k, 136) END AS ui) u
JOIN cgen.p p ON p.i = u.ui
CROSS JOIN LATERAL (SELECT k <= 40 OR fixture_gen.n('akt', k, 3) = 0 AS tok) t
CROSS JOIN LATERAL (SELECT CASE WHEN tok THEN fixture_gen.pick(ARRAY['2592000', '7776000', '31536000'], 'akl', k)::bigint ELSE 86400 END AS life,
                           cgen.at('akc', k, '2024-06-01', '2025-06-27') AS c) l
WHERE NOT (p.kind = 'staff' AND p.i % 23 = 0)
ORDER BY k;

-- ---------------------------------------------------------------------------
-- Git SSH keys Coder generated for each user (ed25519, then RSA 4096 once
-- the bank's Bitbucket required it).

CREATE TABLE gitsshkeys (
    user_id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    private_key text NOT NULL,
    public_key text NOT NULL
);
INSERT INTO gitsshkeys (user_id, created_at, updated_at, private_key, public_key)
SELECT p.id, p.created, CASE WHEN rsa THEN greatest(p.created, timestamptz '2024-11-05 09:00:00+00') + make_interval(mins => p.i) ELSE p.created END,
       CASE WHEN rsa THEN '-----BEGIN ' || 'RSA PRIVATE KEY-----' || E'\n' || regexp_replace(fixture_gen.b64('gskr', p.i, 240) || fixture_gen.b64('gskr2', p.i, 240) || fixture_gen.b64('gskr3', p.i, 240), '(.{64})', E'\\1\n', 'g') || E'\n-----END ' || 'RSA PRIVATE KEY-----' || E'\n'
            ELSE '-----BEGIN ' || 'OPENSSH PRIVATE KEY-----' || E'\n' || regexp_replace('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA' || fixture_gen.b64('gske', p.i, 200), '(.{70})', E'\\1\n', 'g') || E'\n-----END ' || 'OPENSSH PRIVATE KEY-----' || E'\n' END,
       CASE WHEN rsa THEN 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQ' || fixture_gen.b64('gskpr', p.i, 240) || fixture_gen.b64('gskpr2', p.i, 150) || E'\n'
            ELSE 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || substr(fixture_gen.b64('gskp', p.i, 33), 1, 43) || E'\n' END
FROM cgen.p p CROSS JOIN LATERAL (SELECT p.i % 4 = 1 AS rsa) r
WHERE p.kind NOT IN ('system') AND NOT (p.kind = 'staff' AND p.i % 23 = 0)
ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Per-user UI settings.

CREATE TABLE user_configs (
    user_id uuid NOT NULL,
    key character varying(256) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (user_id, key)
);
INSERT INTO user_configs (user_id, key, value)
SELECT p.id, k.key, CASE k.key WHEN 'theme_preference' THEN fixture_gen.pick(ARRAY['dark', 'dark', 'light', 'auto'], 'uct', p.i)
                               ELSE fixture_gen.pick(ARRAY['fira-code', 'ibm-plex-mono', 'jetbrains-mono', ''], 'ucf', p.i) END
FROM cgen.p p CROSS JOIN (VALUES ('theme_preference'), ('terminal_font')) k(key)
WHERE p.kind IN ('staff', 'tekvia', 'northbridge', 'breakglass') AND (k.key = 'theme_preference' OR p.i % 3 <> 0)
ORDER BY p.i, k.key;

-- ---------------------------------------------------------------------------
-- External auth: GitHub (a GitHub App, user tokens with refresh), the
-- bank's GitLab (OAuth) and JFrog Artifactory (OIDC, keeps an id_token).

CREATE TABLE external_auth_links (
    provider_id text NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    oauth_access_token text NOT NULL,
    oauth_refresh_token text NOT NULL,
    oauth_expiry timestamp with time zone NOT NULL,
    oauth_access_token_key_id text,
    oauth_refresh_token_key_id text,
    oauth_extra jsonb,
    oauth_refresh_failure_reason text DEFAULT ''::text NOT NULL,
    PRIMARY KEY (provider_id, user_id)
);
INSERT INTO external_auth_links (provider_id, user_id, created_at, updated_at, oauth_access_token, oauth_refresh_token, oauth_expiry,
  oauth_access_token_key_id, oauth_refresh_token_key_id, oauth_extra, oauth_refresh_failure_reason)
SELECT pr, p.id, c, u,
       CASE WHEN NOT clear THEN cgen.enc('eaat' || pr, p.i, 60)
            WHEN pr = 'github' THEN 'gh' || 'u_' || cgen.rnd('eaat', p.i, 36) WHEN pr = 'gitlab' THEN fixture_gen.hexn('eagl', p.i, 64) ELSE fixture_gen.jwt('eajf', p.i) END,
       CASE WHEN pr = 'jfrog' THEN '' WHEN NOT clear THEN cgen.enc('eart' || pr, p.i, 80)
            WHEN pr = 'github' THEN cgen.ghr('eart', p.i) ELSE fixture_gen.hexn('eaglr', p.i, 64) END,
       u + CASE pr WHEN 'github' THEN interval '8 hours' WHEN 'gitlab' THEN interval '2 hours' ELSE interval '1 hour' END,
       CASE WHEN NOT clear THEN cgen.kid() END,
       CASE WHEN NOT clear AND pr <> 'jfrog' THEN cgen.kid() END,
       CASE pr WHEN 'github' THEN jsonb_build_object('token_type', 'bearer', 'scope', '', 'expires_in', 28800, 'refresh_token_expires_in', 15897600)
               WHEN 'gitlab' THEN jsonb_build_object('token_type', 'Bearer', 'scope', 'api read_user read_repository write_repository', 'created_at', extract(epoch FROM u)::bigint)
               ELSE jsonb_build_object('token_type', 'Bearer', 'scope', 'applied-permissions/user', 'expires_in', 3600, 'id_token', fixture_gen.jwt('eajid', p.i)) END,
       CASE WHEN fixture_gen.n('earf' || pr, p.i, 13) = 0 THEN CASE pr WHEN 'github' THEN 'The refresh token passed is incorrect or expired.'
              WHEN 'gitlab' THEN 'invalid_grant: The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.'
              ELSE 'oauth2: "invalid_grant" "refresh token not found"' END ELSE '' END
FROM cgen.p p CROSS JOIN (VALUES ('github'), ('gitlab'), ('jfrog')) v(pr)
CROSS JOIN LATERAL (SELECT cgen.at('eac' || v.pr, p.i, greatest(p.created, timestamptz '2024-03-01 00:00:00+00'), '2025-05-01') AS c) cc
CROSS JOIN LATERAL (SELECT cgen.at('eau' || v.pr, p.i, cc.c, '2025-06-27') AS u, (p.i + length(v.pr)) % 6 = 0 AS clear) uu
WHERE p.kind IN ('staff', 'tekvia', 'northbridge') AND NOT (p.kind = 'staff' AND p.i % 23 = 0)
  AND ((v.pr = 'github' AND (p.kind = 'northbridge' OR p.i % 3 = 0)) OR (v.pr = 'gitlab' AND p.kind <> 'northbridge' AND p.i % 5 <> 0) OR (v.pr = 'jfrog' AND p.kind = 'staff' AND p.i % 4 = 1))
ORDER BY p.i, v.pr;

-- ---------------------------------------------------------------------------
-- User secrets (injected into workspaces as environment variables or files).

CREATE TABLE user_secrets (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    value text NOT NULL,
    env_name text DEFAULT ''::text NOT NULL,
    file_path text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    value_key_id text
);
INSERT INTO user_secrets (id, user_id, name, description, value, env_name, file_path, created_at, updated_at, value_key_id)
SELECT fixture_gen.uuid('usec', k)::uuid, p.id, s.nm, s.ds,
       CASE WHEN k % 5 = 0 THEN CASE s.kind WHEN 'gh' THEN 'gh' || 'p_' || cgen.rnd('usv', k, 36) WHEN 'npm' THEN '//artifactory.aldermoor-bank.com/artifactory/api/npm/npm-virtual/:_authToken=' || cgen.jfrog('usv', k)
                                            WHEN 'aws' THEN '[sandbox]' || E'\n' || 'aws_access_key_id = AKIA' || upper(cgen.rnd('usak', k, 16)) || E'\n' || 'aws_secret_access_key = ' || cgen.rnd('ussk', k, 40)
                                            WHEN 'sonar' THEN 'sq' || 'u_' || fixture_gen.hexn('usq', k, 40) ELSE cgen.hvs('usv', k) END
            ELSE cgen.enc('usve', k, 48) END,
       s.env, s.fp, c, least(c + make_interval(days => fixture_gen.n('usu', k, 60)), timestamptz '2025-06-27 09:00:00+00'), CASE WHEN k % 5 <> 0 THEN cgen.kid() END
FROM generate_series(1, 84) k
JOIN cgen.p p ON p.i = 7 + fixture_gen.n('usp', k, 97)
CROSS JOIN LATERAL (SELECT * FROM (VALUES
   (0, 'gh', 'github-pat', 'PAT for cloning the public forks', 'GITHUB_TOKEN', ''),
   (1, 'npm', 'npmrc', 'npm token for the design-system registry', '', '~/.npmrc'),
   (2, 'aws', 'aws-sandbox', 'sandbox account creds, rotate monthly', '', '~/.aws/credentials'),
   (3, 'sonar', 'sonar-token', 'SonarQube token for local scans', 'SONAR_TOKEN', ''),
   (4, 'vault', 'vault-token', 'my Vault token (expires Fridays)', 'VAULT_TOKEN', '')) v(n, kind, nm, ds, env, fp)
   WHERE v.n = fixture_gen.n('usk', k, 5)) s
CROSS JOIN LATERAL (SELECT cgen.at('usc', k, '2025-02-01', '2025-06-20') AS c) cc
WHERE NOT (p.kind = 'staff' AND p.i % 23 = 0)
ORDER BY k;

-- ---------------------------------------------------------------------------
-- Web Push subscriptions of the dashboard (browsers' push endpoints).

CREATE TABLE webpush_subscriptions (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    endpoint text NOT NULL,
    endpoint_p256dh_key text NOT NULL,
    endpoint_auth_key text NOT NULL
);
INSERT INTO webpush_subscriptions (id, user_id, created_at, endpoint, endpoint_p256dh_key, endpoint_auth_key)
SELECT fixture_gen.uuid('wps', k)::uuid, p.id, cgen.at('wpc', k, '2025-03-10', '2025-06-27'),
       CASE fixture_gen.n('wpe', k, 3) WHEN 0 THEN 'https://fcm.googleapis.com/fcm/send/' || cgen.rnd('wpf', k, 11) || ':APA91b' || cgen.b64url('wpf2', k, 100)
            WHEN 1 THEN 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB' || cgen.b64url('wpm', k, 150)
            ELSE 'https://wns2-db5p.notify.windows.com/w/?token=' || replace(replace(fixture_gen.b64('wpw', k, 120), '+', '%2b'), '/', '%2f') END,
       'B' || substr(cgen.b64url('wpk', k, 65), 2), cgen.b64url('wpa', k, 16)
FROM generate_series(1, 44) k JOIN cgen.p p ON p.i = 1 + fixture_gen.n('wpu', k, 104)
WHERE NOT (p.kind = 'staff' AND p.i % 23 = 0)
ORDER BY k;

-- ---------------------------------------------------------------------------
-- Templates, their versions, archives, parameters and variables.

CREATE TABLE cgen.t (k int PRIMARY KEY, org int, name text, dn text, descr text, icon text, kind text, author int, ext text, deprecated text, created timestamptz);
INSERT INTO cgen.t VALUES
  (1, 2, 'payments-java21', 'Payments · Java 21', 'Spring Boot services with JDK 21, the Maven mirror and a sandbox Postgres.', '/icon/java.svg', 'k8s', 3, 'gitlab', '', '2024-02-20 10:00:00+00'),
  (2, 2, 'payments-java17-legacy', 'Payments · Java 17 (legacy)', 'JDK 17 for the card-issuing monolith.', '/icon/java.svg', 'k8s', 3,
      'gitlab', 'Deprecated on 1 May 2025: move to payments-java21. Questions to ' || fixture_gen.full_name('cpf', 8) || ' in #payments-platform.', '2023-10-02 09:00:00+00'),
  (3, 2, 'go-microservice', 'Go microservice', 'Go 1.22 with buf, golangci-lint and a local Kafka (Redpanda).', '/icon/go.svg', 'k8s', 19, 'gitlab', '', '2024-03-11 14:00:00+00'),
  (4, 3, 'data-jupyter', 'JupyterLab (CPU)', 'JupyterLab with the analytics conda environment and read-only warehouse credentials from Vault.', '/icon/jupyter.svg', 'k8s', 5, 'gitlab', '', '2024-02-22 09:30:00+00'),
  (5, 3, 'gpu-ml-notebook', 'GPU notebook (A10G)', 'One NVIDIA A10G, PyTorch 2.3 and the fraud-model feature store.', '/icon/nvidia.svg', 'k8s', 5, 'gitlab', '', '2024-05-06 11:00:00+00'),
  (6, 3, 'python-ds', 'Python data science', 'Python 3.12, Poetry, VS Code and the internal PyPI mirror.', '/icon/python.svg', 'k8s', 5, 'gitlab', '', '2024-02-22 10:00:00+00'),
  (7, 3, 'dbt-snowflake', 'dbt + Snowflake', 'dbt Core 1.8 with the Snowflake adapter; sandbox warehouse only.', '/icon/database.svg', 'k8s', 57, 'gitlab', '', '2024-07-15 09:00:00+00'),
  (8, 4, 'android-studio', 'Android Studio (Gateway)', 'Android SDK 34 and Gradle cache; open with JetBrains Gateway.', '/icon/android-studio.svg', 'k8s', 4, 'gitlab', '', '2024-03-04 13:00:00+00'),
  (9, 4, 'ios-macos-vm', 'macOS VM (Xcode 15)', 'A macOS VM on the Mac mini fleet with Xcode 15. Limited capacity: book in advance.', '/icon/apple-black.svg', 'vm', 4, 'gitlab', '', '2024-09-09 08:00:00+00'),
  (10, 4, 'frontend-node20', 'Node 20 frontend', 'Node 20, pnpm and Playwright browsers for the web banking UI.', '/icon/nodejs.svg', 'k8s', 4, 'gitlab', '', '2024-03-04 13:30:00+00'),
  (11, 1, 'k8s-devcontainer', 'Dev Container (envbuilder)', 'Builds the repository''s devcontainer.json with envbuilder.', '/icon/docker.svg', 'k8s', 2, 'gitlab', '', '2024-01-15 12:00:00+00'),
  (12, 1, 'docker-in-docker', 'Docker-in-Docker (sysbox)', 'Ubuntu 22.04 with a Docker daemon inside, for integration tests.', '/icon/docker.svg', 'k8s', 2, '', '', '2023-09-05 10:00:00+00'),
  (13, 1, 'aws-linux-vm', 'AWS EC2 Linux VM', 'An Amazon Linux 2023 VM in the dev account; your Linux user is your Coder username.', '/icon/aws.svg', 'vm', 1, '', '', '2023-09-12 15:00:00+00'),
  (14, 1, 'aws-windows-vm', 'AWS EC2 Windows VM (RDP)', 'Windows Server 2022 for the .NET teams, reachable by RDP through Coder.', '/icon/windows.svg', 'vm', 1, '', '', '2024-08-19 09:00:00+00'),
  (15, 1, 'rhel9-vm', 'RHEL 9 VM (vSphere)', 'A RHEL 9 VM in the on-premises vSphere cluster, for software that must not run in the cloud.', '/icon/redhat.svg', 'vm', 6, '', '', '2024-04-02 10:00:00+00'),
  (16, 5, 'tekvia-obapi', 'Open banking API sandbox', 'Java 21 with the open banking API mocks; no access to production networks.', '/icon/java.svg', 'k8s', 108, 'github', '', '2024-04-16 09:00:00+00'),
  (17, 5, 'contractor-sandbox', 'Contractor sandbox', 'Minimal Ubuntu image with egress restricted to GitHub and the mirrors.', '/icon/ubuntu.svg', 'k8s', 2, '', '', '2024-04-16 09:30:00+00'),
  (18, 6, 'mainframe-cobol-tools', 'Mainframe tooling', 'Zowe CLI, the COBOL language server and a 3270 emulator.', '/icon/terminal.svg', 'k8s', 2, 'github', '', '2024-06-04 08:30:00+00'),
  (19, 6, 'northbridge-java8', 'Java 8 batch (legacy)', 'JDK 8 for the overnight batch jobs being migrated.', '/icon/java.svg', 'k8s', 2, 'github', '', '2024-06-10 08:30:00+00'),
  (20, 1, 'platform-playground', 'Platform playground', 'Scratch template for the platform team. Do not use.', '/emojis/1f9ea.png', 'k8s', 1, '', 'Internal only, do not use.', '2023-09-04 16:00:00+00');

-- template versions: three per template
CREATE TABLE cgen.v (k int PRIMARY KEY, t int, n int, id uuid, job uuid, file uuid, created timestamptz, author int, vname text, msg text, readme text, tf text);
INSERT INTO cgen.v
SELECT (t.k - 1) * 3 + n, t.k, n, fixture_gen.uuid('tv', (t.k - 1) * 3 + n)::uuid, fixture_gen.uuid('tvj', (t.k - 1) * 3 + n)::uuid, fixture_gen.uuid('tvf', (t.k - 1) * 3 + n)::uuid,
       t.created + make_interval(days => (n - 1) * (40 + fixture_gen.n('tvd', t.k * 3 + n, 80)), mins => fixture_gen.n('tvm', t.k * 3 + n, 600)),
       CASE WHEN n = 3 AND t.k % 2 = 0 THEN 139 ELSE t.author END,
       CASE WHEN n = 3 AND t.k % 2 = 0 THEN 'v1.' || (t.k % 5) || '.' || (n + 2)
            ELSE fixture_gen.pick(ARRAY['vibrant', 'suspicious', 'eager', 'focused', 'peaceful', 'stoic', 'jolly', 'nifty', 'quirky', 'zealous'], 'tva', t.k * 3 + n) || '_'
              || fixture_gen.pick(ARRAY['hopper', 'lovelace', 'turing', 'mirzakhani', 'noether', 'ritchie', 'torvalds', 'goldwasser', 'kalam', 'shannon'], 'tvs', t.k * 3 + n)
              || CASE WHEN (t.k + n) % 3 = 0 THEN (n + 1)::text ELSE '' END END,
       NULL, NULL, NULL
FROM cgen.t t CROSS JOIN generate_series(1, 3) n;

UPDATE cgen.v SET msg = CASE WHEN n = 1 THEN 'Initial version'
  ELSE fixture_gen.pick(ARRAY['', '', 'Bump base image to 2025-04 patch level', 'Pin coder provider to ~> 2.4',
    'Add Kafka sidecar (requested by ' || fixture_gen.first_name('cpf', 10 + k) || ')',
    'Move registry credentials to Vault - thanks ' || fixture_gen.full_name('cpf', 20 + k) || ' for spotting the hard-coded token',
    'Revert: broke startup for contractors on the WAW proxy', 'Increase default memory to 8 GiB after OOMs reported by ' || fixture_gen.full_name('cpf', 30 + k),
    'Add dotfiles parameter', 'CI: template pushed from gitlab.aldermoor-bank.com/platform/coder-templates@' || fixture_gen.hexn('tvsha', k, 8)], 'tvmsg', k) END;

UPDATE cgen.v v SET readme = '---' || E'\n' || 'display_name: ' || t.dn || E'\n' || 'description: ' || t.descr || E'\n' || 'icon: ..' || t.icon || E'\n' || 'tags: [' || t.kind || ', aldermoor]' || E'\n' || '---' || E'\n\n'
  || '# ' || t.dn || E'\n\n' || t.descr || E'\n\n' || '## Getting started' || E'\n\n'
  || CASE t.kind WHEN 'vm' THEN '1. Pick a region and size.' || E'\n' || '2. Wait about five minutes for the VM to boot; the agent connects on its own.' || E'\n'
                 ELSE '1. Choose CPU and memory.' || E'\n' || '2. Paste the HTTPS clone URL of your repository (GitLab or GitHub).' || E'\n' || '3. Open VS Code Desktop or the web IDE.' || E'\n' END
  || E'\n' || '## Support' || E'\n\n'
  || CASE WHEN (t.k + v.n) % 3 = 0 THEN 'Maintained by ' || fixture_gen.full_name('cpf', t.author) || ' (' || fixture_gen.ascii(fixture_gen.first_name('cpf', t.author)) || '.' || fixture_gen.ascii(fixture_gen.last_name('cpl', t.author)) || '@aldermoor-bank.com). Out of hours: page the platform on-call.'
          WHEN (t.k + v.n) % 3 = 1 THEN 'Raise a ticket in the PLAT Jira project or ask in #coder-help.'
          ELSE 'Owned by the platform team. For access to restricted repositories, ask your line manager to approve the request in ServiceNow.' END || E'\n'
FROM cgen.t t WHERE t.k = v.t;

UPDATE cgen.v v SET tf = 'terraform {' || E'\n' || '  required_providers {' || E'\n' || '    coder = {' || E'\n' || '      source  = "coder/coder"' || E'\n' || '      version = "~> 2.4"' || E'\n' || '    }' || E'\n'
  || CASE t.kind WHEN 'vm' THEN '    aws = { source = "hashicorp/aws" }' ELSE '    kubernetes = { source = "hashicorp/kubernetes" }' END || E'\n' || '  }' || E'\n' || '}' || E'\n\n'
  || 'variable "namespace" {' || E'\n' || '  type    = string' || E'\n' || '  default = "coder-' || (SELECT name FROM organizations o WHERE o.id = fixture_gen.uuid('corg', t.org)::uuid) || '"' || E'\n' || '}' || E'\n\n'
  || 'variable "vault_token" {' || E'\n' || '  type      = string' || E'\n' || '  sensitive = true' || E'\n' || '}' || E'\n\n'
  || 'data "coder_workspace" "me" {}' || E'\n' || 'data "coder_workspace_owner" "me" {}' || E'\n\n'
  || 'resource "coder_agent" "main" {' || E'\n' || '  os   = "' || CASE WHEN t.k = 14 THEN 'windows' ELSE 'linux' END || '"' || E'\n' || '  arch = "amd64"' || E'\n'
  || '  env = {' || E'\n' || '    GIT_AUTHOR_NAME     = coalesce(data.coder_workspace_owner.me.full_name, data.coder_workspace_owner.me.name)' || E'\n'
  || '    GIT_AUTHOR_EMAIL    = data.coder_workspace_owner.me.email' || E'\n' || '    VAULT_ADDR          = "https://vault.aldermoor-bank.com"' || E'\n' || '  }' || E'\n'
  || '  startup_script = file("${path.module}/startup.sh")' || E'\n' || '}' || E'\n'
  || CASE WHEN t.k IN (2, 19) AND v.n = 1 THEN E'\n' || 'provider "docker" {' || E'\n' || '  registry_auth {' || E'\n' || '    address  = "artifactory.aldermoor-bank.com"' || E'\n'
          || '    username = "svc-coder-pull"' || E'\n' || '    password = "' || cgen.jfrog('tfhard', v.k) || '"' || E'\n' || '  }' || E'\n' || '}' || E'\n' ELSE '' END
FROM cgen.t t WHERE t.k = v.t;

CREATE TABLE templates (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    organization_id uuid NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    name character varying(64) NOT NULL,
    provisioner provisioner_type NOT NULL,
    active_version_id uuid NOT NULL,
    description character varying(128) DEFAULT ''::character varying NOT NULL,
    default_ttl bigint DEFAULT '604800000000000'::bigint NOT NULL,
    created_by uuid NOT NULL,
    icon character varying(256) DEFAULT ''::character varying NOT NULL,
    user_acl jsonb DEFAULT '{}'::jsonb NOT NULL,
    group_acl jsonb DEFAULT '{}'::jsonb NOT NULL,
    display_name character varying(64) DEFAULT ''::character varying NOT NULL,
    allow_user_cancel_workspace_jobs boolean DEFAULT true NOT NULL,
    allow_user_autostart boolean DEFAULT true NOT NULL,
    allow_user_autostop boolean DEFAULT true NOT NULL,
    failure_ttl bigint DEFAULT 0 NOT NULL,
    time_til_dormant bigint DEFAULT 0 NOT NULL,
    time_til_dormant_autodelete bigint DEFAULT 0 NOT NULL,
    autostop_requirement_days_of_week smallint DEFAULT 0 NOT NULL,
    autostop_requirement_weeks bigint DEFAULT 0 NOT NULL,
    autostart_block_days_of_week smallint DEFAULT 0 NOT NULL,
    require_active_version boolean DEFAULT false NOT NULL,
    deprecated text DEFAULT ''::text NOT NULL,
    activity_bump bigint DEFAULT '3600000000000'::bigint NOT NULL,
    max_port_sharing_level app_sharing_level DEFAULT 'owner'::app_sharing_level NOT NULL,
    use_classic_parameter_flow boolean DEFAULT false NOT NULL,
    cors_behavior cors_behavior DEFAULT 'simple'::cors_behavior NOT NULL,
    disable_module_cache boolean DEFAULT false NOT NULL
);
COMMENT ON COLUMN templates.deprecated IS 'If set to a non empty string, the template will no longer be able to be used. The message will be displayed to the user.';
INSERT INTO templates (id, created_at, updated_at, organization_id, deleted, name, provisioner, active_version_id, description, default_ttl, created_by, icon,
  user_acl, group_acl, display_name, allow_user_cancel_workspace_jobs, allow_user_autostart, allow_user_autostop, failure_ttl, time_til_dormant,
  time_til_dormant_autodelete, autostop_requirement_days_of_week, autostop_requirement_weeks, autostart_block_days_of_week, require_active_version,
  deprecated, activity_bump, max_port_sharing_level, use_classic_parameter_flow, cors_behavior, disable_module_cache)
SELECT fixture_gen.uuid('tpl', t.k)::uuid, t.created, (SELECT max(created) FROM cgen.v WHERE v.t = t.k) + interval '3 minutes',
       fixture_gen.uuid('corg', t.org)::uuid, t.k = 20, t.name, 'terraform', fixture_gen.uuid('tv', (t.k - 1) * 3 + 3)::uuid, t.descr,
       CASE WHEN t.kind = 'vm' THEN 28800000000000 ELSE 36000000000000 END, (SELECT id FROM cgen.p WHERE i = t.author), t.icon,
       CASE WHEN t.k IN (5, 9) THEN jsonb_build_object((SELECT id FROM cgen.p WHERE i = 9)::text, jsonb_build_array('use'), (SELECT id FROM cgen.p WHERE i = 12)::text, jsonb_build_array('use'))
            WHEN t.k = 3 THEN jsonb_build_object((SELECT id FROM cgen.p WHERE i = 19)::text, jsonb_build_array('admin')) ELSE '{}'::jsonb END,
       CASE WHEN t.k IN (5) THEN jsonb_build_object(fixture_gen.uuid('cgrp', 10), jsonb_build_array('use'))
            WHEN t.k IN (9, 14) THEN jsonb_build_object(fixture_gen.uuid('cgrp', 22), jsonb_build_array('use'))
            ELSE jsonb_build_object(fixture_gen.uuid('corg', t.org), jsonb_build_array('use')) END,
       t.dn, t.org <> 5, true, t.org NOT IN (5, 6), CASE WHEN t.kind = 'vm' THEN 86400000000000 ELSE 0 END,
       CASE WHEN t.org IN (5, 6) THEN 1209600000000000 ELSE 2592000000000000 END, CASE WHEN t.org IN (5, 6) THEN 604800000000000 ELSE 0 END,
       CASE WHEN t.kind = 'vm' THEN 96 ELSE 0 END, CASE WHEN t.kind = 'vm' THEN 1 ELSE 0 END, CASE WHEN t.kind = 'vm' THEN 96 ELSE 0 END,
       t.org IN (5, 6), t.deprecated, 3600000000000, (CASE WHEN t.org IN (5, 6) THEN 'owner' ELSE 'authenticated' END)::app_sharing_level,
       t.k IN (2, 19), 'simple', false
FROM cgen.t t ORDER BY t.k;

CREATE TABLE template_versions (
    id uuid NOT NULL PRIMARY KEY,
    template_id uuid,
    organization_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying(64) NOT NULL,
    readme character varying(1048576) NOT NULL,
    job_id uuid NOT NULL,
    created_by uuid NOT NULL,
    external_auth_providers jsonb DEFAULT '[]'::jsonb NOT NULL,
    message character varying(1048576) DEFAULT ''::character varying NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    source_example_id text,
    has_ai_task boolean,
    has_external_agent boolean
);
INSERT INTO template_versions (id, template_id, organization_id, created_at, updated_at, name, readme, job_id, created_by, external_auth_providers, message,
  archived, source_example_id, has_ai_task, has_external_agent)
SELECT v.id, fixture_gen.uuid('tpl', t.k)::uuid, fixture_gen.uuid('corg', t.org)::uuid, v.created, v.created + interval '40 seconds', v.vname, v.readme, v.job,
       (SELECT id FROM cgen.p WHERE i = v.author),
       CASE WHEN t.ext = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('id', t.ext, 'optional', t.org = 5))
                                                  || CASE WHEN t.k IN (1, 4, 5) THEN jsonb_build_array(jsonb_build_object('id', 'jfrog', 'optional', true)) ELSE '[]'::jsonb END END,
       v.msg, v.n = 1 AND t.k % 3 = 0,
       CASE WHEN v.n = 1 AND t.k IN (11, 12, 13, 14) THEN fixture_gen.pick(ARRAY['kubernetes-devcontainer', 'docker', 'aws-linux', 'aws-windows'], 'tvex', t.k) END,
       CASE WHEN v.created > '2025-06-01' THEN false END, CASE WHEN v.created > '2025-06-01' THEN false END
FROM cgen.v v JOIN cgen.t t ON t.k = v.t ORDER BY v.k;

-- the uploaded template archives (tar); oct: 11 octal digits
CREATE FUNCTION cgen.oct(n bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT string_agg(((n / (8::bigint ^ k)::bigint) % 8)::text, '' ORDER BY k DESC) FROM generate_series(0, 10) k $$;

CREATE FUNCTION cgen.tar_entry(name text, body text, mtime bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT rpad_h || pad_b FROM (SELECT
    convert_to(name, 'UTF8') || decode(repeat('00', 100 - octet_length(convert_to(name, 'UTF8'))), 'hex')
      || convert_to('0000644', 'UTF8') || '\x00'::bytea || convert_to('0001750', 'UTF8') || '\x00'::bytea || convert_to('0001750', 'UTF8') || '\x00'::bytea
      || convert_to(cgen.oct(octet_length(convert_to(body, 'UTF8'))), 'UTF8') || '\x00'::bytea || convert_to(cgen.oct(mtime), 'UTF8') || '\x00'::bytea
      || convert_to('        0', 'UTF8') || decode(repeat('00', 100), 'hex') || convert_to('ustar', 'UTF8') || '\x00'::bytea || convert_to('00', 'UTF8')
      || decode(repeat('00', 247), 'hex') AS rpad_h,
    convert_to(body, 'UTF8') || decode(repeat('00', (512 - octet_length(convert_to(body, 'UTF8')) % 512) % 512), 'hex') AS pad_b) x
$$;

CREATE TABLE files (
    hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by uuid NOT NULL,
    mimetype character varying(64) NOT NULL,
    data bytea NOT NULL,
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY
);
INSERT INTO files (hash, created_at, created_by, mimetype, data, id)
SELECT encode(sha256(d), 'hex'), v.created - interval '5 seconds', (SELECT id FROM cgen.p WHERE i = v.author), 'application/x-tar', d, v.file
FROM cgen.v v CROSS JOIN LATERAL (SELECT cgen.tar_entry('main.tf', v.tf, extract(epoch FROM v.created)::bigint)
  || cgen.tar_entry('README.md', v.readme, extract(epoch FROM v.created)::bigint) || decode(repeat('00', 1024), 'hex') AS d) x
ORDER BY v.k;

CREATE TABLE template_version_parameters (
    template_version_id uuid NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    type text NOT NULL,
    mutable boolean NOT NULL,
    default_value text NOT NULL,
    icon text NOT NULL,
    options jsonb DEFAULT '[]'::jsonb NOT NULL,
    validation_regex text NOT NULL,
    validation_min integer,
    validation_max integer,
    validation_error text DEFAULT ''::text NOT NULL,
    validation_monotonic text DEFAULT ''::text NOT NULL,
    required boolean DEFAULT true NOT NULL,
    display_name text DEFAULT ''::text NOT NULL,
    display_order integer DEFAULT 0 NOT NULL,
    ephemeral boolean DEFAULT false NOT NULL,
    form_type parameter_form_type DEFAULT ''::parameter_form_type NOT NULL,
    UNIQUE (template_version_id, name)
);
CREATE TABLE cgen.tp (kind text, ord int, name text, dn text, descr text, type text, mut boolean, def text, icon text, opts jsonb, rx text, vmin int, vmax int, verr text, mono text, req boolean, eph boolean, ft text);
INSERT INTO cgen.tp VALUES
  ('k8s', 1, 'cpu', 'CPU', 'Number of CPU cores.', 'number', true, '4', '/icon/memory.svg',
     '[{"name":"2 cores","value":"2","icon":"","description":""},{"name":"4 cores","value":"4","icon":"","description":""},{"name":"8 cores","value":"8","icon":"","description":""}]', '', NULL, NULL, '', '', false, false, 'radio'),
  ('k8s', 2, 'memory', 'Memory (GiB)', 'Memory in GiB.', 'number', true, '8', '/icon/memory.svg', '[]', '', 4, 32, 'Value must be between {min} and {max} GiB.', 'increasing', false, false, 'slider'),
  ('k8s', 3, 'repo_url', 'Repository', 'HTTPS clone URL of the repository to check out into ~/src.', 'string', true, '', '/icon/git.svg', '[]', '^https://', NULL, NULL, 'Use the HTTPS clone URL.', '', false, false, 'input'),
  ('k8s', 4, 'dotfiles_uri', 'Dotfiles', 'Optional: a dotfiles repository, e.g. https://github.com/<you>/dotfiles.', 'string', true, '', '/icon/dotfiles.svg', '[]', '', NULL, NULL, '', '', false, false, 'input'),
  ('k8s', 5, 'home_disk_size', 'Home disk (GiB)', 'Size of the persistent home volume. It can only grow.', 'number', true, '20', '/emojis/1f4be.png', '[]', '', 10, 200, '', 'increasing', false, false, 'input'),
  ('vm', 1, 'region', 'Region', 'Where the VM runs.', 'string', false, 'eu-west-2', '/emojis/1f30d.png',
     '[{"name":"London","value":"eu-west-2","icon":"/emojis/1f1ec-1f1e7.png","description":""},{"name":"Ireland","value":"eu-west-1","icon":"/emojis/1f1ee-1f1ea.png","description":""},{"name":"Frankfurt","value":"eu-central-1","icon":"/emojis/1f1e9-1f1ea.png","description":""}]', '', NULL, NULL, '', '', false, false, 'dropdown'),
  ('vm', 2, 'instance_type', 'Instance type', 'EC2 instance type.', 'string', true, 't3.large', '/icon/aws.svg',
     '[{"name":"2 vCPU, 8 GiB","value":"t3.large","icon":"","description":""},{"name":"4 vCPU, 16 GiB","value":"t3.xlarge","icon":"","description":""},{"name":"8 vCPU, 32 GiB","value":"m6i.2xlarge","icon":"","description":""}]', '', NULL, NULL, '', '', false, false, 'dropdown'),
  ('vm', 3, 'disk_size', 'Disk (GiB)', 'Root volume size.', 'number', true, '60', '/emojis/1f4be.png', '[]', '', 40, 500, '', 'increasing', false, false, 'input'),
  ('vm', 4, 'reset_password', 'Reset local password', 'Tick to generate a new local password on the next start.', 'bool', true, 'false', '', '[]', '', NULL, NULL, '', '', false, true, 'checkbox');
INSERT INTO template_version_parameters (template_version_id, name, description, type, mutable, default_value, icon, options, validation_regex, validation_min,
  validation_max, validation_error, validation_monotonic, required, display_name, display_order, ephemeral, form_type)
SELECT v.id, tp.name, tp.descr, tp.type, tp.mut,
       CASE WHEN tp.name = 'repo_url' AND t.k IN (1, 2) THEN 'https://gitlab.aldermoor-bank.com/payments/card-issuing.git'
            WHEN tp.name = 'repo_url' AND t.org IN (5, 6) THEN 'https://github.com/aldermoor-bank/' || t.name || '-sandbox.git' ELSE tp.def END,
       tp.icon, tp.opts, tp.rx, tp.vmin, tp.vmax, tp.verr, tp.mono, tp.req, tp.dn, tp.ord, tp.eph, tp.ft::parameter_form_type
FROM cgen.v v JOIN cgen.t t ON t.k = v.t JOIN cgen.tp tp ON tp.kind = t.kind AND (tp.ord <= 3 + v.n - 1 OR t.kind = 'vm')
ORDER BY v.k, tp.ord;

CREATE TABLE template_version_variables (
    template_version_id uuid NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    type text NOT NULL,
    value text NOT NULL,
    default_value text NOT NULL,
    required boolean NOT NULL,
    sensitive boolean NOT NULL,
    UNIQUE (template_version_id, name)
);
INSERT INTO template_version_variables (template_version_id, name, description, type, value, default_value, required, sensitive)
SELECT v.id, x.name, x.descr, x.type,
       CASE x.name WHEN 'namespace' THEN 'coder-' || (SELECT name FROM organizations o WHERE o.id = fixture_gen.uuid('corg', t.org)::uuid)
                   WHEN 'vault_token' THEN cgen.hvs('tvvv', v.k)
                   WHEN 'registry_password' THEN cgen.jfrog('tvvr', v.k)
                   WHEN 'aws_region' THEN 'eu-west-2'
                   WHEN 'vsphere_password' THEN 'Vs' || cgen.rnd('tvvs', v.k, 14) || '!'
                   ELSE 'false' END,
       x.def, x.req, x.sens
FROM cgen.v v JOIN cgen.t t ON t.k = v.t
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'namespace', 'Kubernetes namespace for the workspaces.', 'string', 'coder-workspaces', false, false),
    (2, 'vault_token', 'Vault token used to read build secrets.', 'string', '', true, true),
    (3, 'registry_password', 'Password of svc-coder-pull on Artifactory.', 'string', '', true, true),
    (4, 'aws_region', 'Default AWS region.', 'string', 'eu-west-2', false, false),
    (5, 'vsphere_password', 'Password of the vSphere service user.', 'string', '', true, true),
    (6, 'use_kubeconfig', 'Use the host kubeconfig instead of the in-cluster service account.', 'bool', 'false', false, false)) z(o, name, descr, type, def, req, sens)
  WHERE (t.kind = 'k8s' AND z.o IN (1, 2, 6)) OR (t.kind = 'k8s' AND z.o = 3 AND NOT (t.k IN (2, 19) AND v.n = 1))
     OR (t.kind = 'vm' AND z.o IN (2, 4)) OR (t.k = 15 AND z.o = 5)) x
ORDER BY v.k, x.o;

-- ---------------------------------------------------------------------------
-- Servers: replicas, their tailnet coordinators, workspace proxies,
-- provisioner daemons.

CREATE TABLE replicas (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone NOT NULL,
    stopped_at timestamp with time zone,
    updated_at timestamp with time zone NOT NULL,
    hostname text NOT NULL,
    region_id integer NOT NULL,
    relay_address text NOT NULL,
    database_latency integer NOT NULL,
    version text NOT NULL,
    error text DEFAULT ''::text NOT NULL,
    "primary" boolean DEFAULT true NOT NULL
);
INSERT INTO replicas (id, created_at, started_at, stopped_at, updated_at, hostname, region_id, relay_address, database_latency, version, error, "primary")
SELECT fixture_gen.uuid('rep', k)::uuid, s, s, CASE WHEN k <= 17 THEN s + make_interval(days => 6 + k % 9) END,
       CASE WHEN k <= 17 THEN s + make_interval(days => 6 + k % 9) ELSE timestamptz '2025-06-27 11:59:00+00' + make_interval(secs => k) END,
       'coder-' || fixture_gen.hexn('reph', k / 3, 10) || '-' || lower(cgen.rnd('repp', k, 5)), 999999999,
       'http://10.42.' || fixture_gen.n('repa', k, 40) || '.' || (2 + fixture_gen.n('repb', k, 250)) || ':8080',
       800 + fixture_gen.n('repl', k, 2500), fixture_gen.pick(ARRAY['v2.20.2+a3fb1c2', 'v2.21.3+9fe1d45', 'v2.22.1+a8b6c2f'], 'repv', k / 6),
       CASE WHEN k = 9 THEN 'ping http://10.42.7.31:8080: context deadline exceeded' ELSE '' END, true
FROM generate_series(1, 20) k CROSS JOIN LATERAL (SELECT timestamptz '2025-03-01 02:00:00+00' + make_interval(days => k * 6) AS s) x;

CREATE UNLOGGED TABLE tailnet_coordinators (
    id uuid NOT NULL PRIMARY KEY,
    heartbeat_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE tailnet_coordinators IS 'We keep this separate from replicas in case we need to break the coordinator out into its own service';
INSERT INTO tailnet_coordinators (id, heartbeat_at)
SELECT id, updated_at FROM replicas ORDER BY created_at;

CREATE TABLE workspace_proxies (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    display_name text NOT NULL,
    icon text NOT NULL,
    url text NOT NULL,
    wildcard_hostname text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted boolean NOT NULL,
    token_hashed_secret bytea NOT NULL,
    region_id integer NOT NULL,
    derp_enabled boolean DEFAULT true NOT NULL,
    derp_only boolean DEFAULT false NOT NULL,
    version text DEFAULT ''::text NOT NULL
);
COMMENT ON COLUMN workspace_proxies.token_hashed_secret IS 'Hashed secret is used to authenticate the workspace proxy using a session token.';
INSERT INTO workspace_proxies (id, name, display_name, icon, url, wildcard_hostname, created_at, updated_at, deleted, token_hashed_secret, region_id, derp_enabled, derp_only, version)
SELECT fixture_gen.uuid('wpx', k)::uuid, n, dn, ic, 'https://' || n || '.coder.aldermoor-bank.com', '*.' || n || '.coder.aldermoor-bank.com', c, c + interval '90 days', del,
       cgen.sha(cgen.rnd('wpxs', k, 32)), k, true, n = 'nyc', CASE WHEN del THEN 'v2.20.2+a3fb1c2' ELSE 'v2.22.1+a8b6c2f' END
FROM (VALUES (1, 'lon2', 'London DC2', '/emojis/1f1ec-1f1e7.png', timestamptz '2024-01-10 10:00:00+00', false),
             (2, 'fra', 'Frankfurt', '/emojis/1f1e9-1f1ea.png', '2024-03-18 10:00:00+00', false),
             (3, 'waw', 'Warsaw (contractors)', '/emojis/1f1f5-1f1f1.png', '2024-04-20 10:00:00+00', false),
             (4, 'blr', 'Bengaluru', '/emojis/1f1ee-1f1f3.png', '2024-05-02 10:00:00+00', true),
             (5, 'nyc', 'New York (relay only)', '/emojis/1f1fa-1f1f8.png', '2024-11-11 10:00:00+00', false)) v(k, n, dn, ic, c, del);

CREATE TABLE provisioner_daemons (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    name character varying(64) NOT NULL,
    provisioners provisioner_type[] NOT NULL,
    replica_id uuid,
    tags jsonb DEFAULT '{}'::jsonb NOT NULL,
    last_seen_at timestamp with time zone,
    version text DEFAULT ''::text NOT NULL,
    api_version text DEFAULT '1.0'::text NOT NULL,
    organization_id uuid NOT NULL,
    key_id uuid NOT NULL
);
COMMENT ON COLUMN provisioner_daemons.api_version IS 'The API version of the provisioner daemon';
INSERT INTO provisioner_daemons (id, created_at, name, provisioners, replica_id, tags, last_seen_at, version, api_version, organization_id, key_id)
SELECT fixture_gen.uuid('pd', k)::uuid, c,
       CASE k WHEN 7 THEN initcap(fixture_gen.ascii(fixture_gen.first_name('cpf', 1))) || 's-MacBook-Pro.local' WHEN 15 THEN 'LAPTOP-' || upper(fixture_gen.ascii(fixture_gen.last_name('cpl', 40))) || '-01'
              WHEN 22 THEN fixture_gen.ascii(fixture_gen.first_name('cpf', 22)) || '-thinkpad'
            ELSE CASE WHEN k <= 12 THEN 'coder-' || fixture_gen.hexn('reph', k / 3, 10) || '-' || lower(cgen.rnd('repp', k, 5))
            ELSE 'coder-provisioner-' || fixture_gen.hexn('pdh', k / 4, 10) || '-' || lower(cgen.rnd('pdp', k, 5)) END END,
       '{terraform}'::provisioner_type[],
       CASE WHEN k <= 12 AND k NOT IN (7) THEN fixture_gen.uuid('rep', 8 + k)::uuid END,
       CASE WHEN k IN (7, 15, 22) THEN jsonb_build_object('scope', 'user', 'owner', fixture_gen.uuid('cu', CASE k WHEN 7 THEN 1 WHEN 15 THEN 40 ELSE 22 END))
            WHEN k % 6 = 0 THEN jsonb_build_object('scope', 'organization', 'owner', '', 'gpu', 'a10g')
            WHEN k % 5 = 0 THEN jsonb_build_object('scope', 'organization', 'owner', '', 'network', 'vsphere-onprem')
            ELSE jsonb_build_object('scope', 'organization', 'owner', '') END,
       c + make_interval(hours => fixture_gen.n('pdl', k, 2000)),
       fixture_gen.pick(ARRAY['v2.21.3', 'v2.22.1'], 'pdv', k), '1.1',
       fixture_gen.uuid('corg', CASE WHEN k % 6 = 0 THEN 3 WHEN k IN (19, 20) THEN 5 ELSE 1 END)::uuid,
       CASE WHEN k <= 12 THEN '00000000-0000-0000-0000-000000000001'::uuid WHEN k IN (7, 15, 22) THEN '00000000-0000-0000-0000-000000000002'::uuid ELSE fixture_gen.uuid('pkey', k % 3)::uuid END
FROM generate_series(1, 24) k CROSS JOIN LATERAL (SELECT cgen.at('pdc', k, '2025-01-01', '2025-06-20') AS c) x;

-- ---------------------------------------------------------------------------
-- Provisioner jobs: template imports here, workspace builds below.

CREATE TABLE provisioner_jobs (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    canceled_at timestamp with time zone,
    completed_at timestamp with time zone,
    error text,
    organization_id uuid NOT NULL,
    initiator_id uuid NOT NULL,
    provisioner provisioner_type NOT NULL,
    storage_method provisioner_storage_method NOT NULL,
    type provisioner_job_type NOT NULL,
    input jsonb NOT NULL,
    worker_id uuid,
    file_id uuid NOT NULL,
    tags jsonb DEFAULT '{"scope": "organization"}'::jsonb NOT NULL,
    error_code text,
    trace_metadata jsonb,
    job_status provisioner_job_status GENERATED ALWAYS AS (
CASE
    WHEN (completed_at IS NOT NULL) THEN
    CASE
        WHEN (error <> ''::text) THEN 'failed'::provisioner_job_status
        WHEN (canceled_at IS NOT NULL) THEN 'canceled'::provisioner_job_status
        ELSE 'succeeded'::provisioner_job_status
    END
    ELSE
    CASE
        WHEN (error <> ''::text) THEN 'failed'::provisioner_job_status
        WHEN (canceled_at IS NOT NULL) THEN 'canceling'::provisioner_job_status
        WHEN (started_at IS NULL) THEN 'pending'::provisioner_job_status
        ELSE 'running'::provisioner_job_status
    END
END) STORED NOT NULL,
    logs_length integer DEFAULT 0 NOT NULL,
    logs_overflowed boolean DEFAULT false NOT NULL
);
COMMENT ON COLUMN provisioner_jobs.job_status IS 'Computed column to track the status of the job.';
INSERT INTO provisioner_jobs (id, created_at, updated_at, started_at, canceled_at, completed_at, error, organization_id, initiator_id, provisioner, storage_method,
  type, input, worker_id, file_id, tags, error_code, trace_metadata, logs_length, logs_overflowed)
SELECT v.job, v.created, v.created + interval '38 seconds', v.created + interval '2 seconds', NULL, v.created + interval '38 seconds',
       CASE WHEN v.k IN (16, 41) THEN 'required template variables need values: vault_token' END,
       fixture_gen.uuid('corg', t.org)::uuid, (SELECT id FROM cgen.p WHERE i = v.author), 'terraform', 'file', 'template_version_import',
       jsonb_build_object('template_version_id', v.id, 'user_variable_values',
         CASE WHEN v.k IN (16, 41) THEN '[]'::jsonb
              WHEN t.kind = 'vm' THEN jsonb_build_array(jsonb_build_object('name', 'vault_token', 'value', cgen.hvs('tvvv', v.k)), jsonb_build_object('name', 'aws_region', 'value', 'eu-west-2'))
              ELSE jsonb_build_array(jsonb_build_object('name', 'namespace', 'value', 'coder-' || (SELECT name FROM organizations o WHERE o.id = fixture_gen.uuid('corg', t.org)::uuid)),
                                     jsonb_build_object('name', 'vault_token', 'value', cgen.hvs('tvvv', v.k)),
                                     jsonb_build_object('name', 'registry_password', 'value', cgen.jfrog('tvvr', v.k))) END),
       fixture_gen.uuid('pd', 1 + fixture_gen.n('pjw', v.k, 12))::uuid, v.file,
       CASE WHEN t.k = 5 THEN '{"scope": "organization", "owner": "", "gpu": "a10g"}'::jsonb WHEN t.k = 15 THEN '{"scope": "organization", "owner": "", "network": "vsphere-onprem"}'::jsonb
            ELSE '{"scope": "organization", "owner": ""}'::jsonb END,
       CASE WHEN v.k IN (16, 41) THEN 'REQUIRED_TEMPLATE_VARIABLES' END,
       CASE WHEN v.created > '2024-10-01' THEN jsonb_build_object('traceparent', '00-' || fixture_gen.hexn('pjt', v.k, 32) || '-' || fixture_gen.hexn('pjs', v.k, 16) || '-01') END,
       2000 + fixture_gen.n('pjll', v.k, 9000), false
FROM cgen.v v JOIN cgen.t t ON t.k = v.t ORDER BY v.k;
UPDATE provisioner_jobs SET completed_at = created_at + interval '9 seconds' WHERE error IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Workspaces and their builds.

CREATE TABLE cgen.w (k int PRIMARY KEY, id uuid, owner int, t int, name text, created timestamptz, deleted boolean, dormant boolean, nb int);
INSERT INTO cgen.w
SELECT k, fixture_gen.uuid('ws', k)::uuid, o.i, tt,
       fixture_gen.pick(CASE tt WHEN 1 THEN ARRAY['card-issuing', 'payments-api', 'ledger-svc', 'sepa-gateway', 'dev']
                                WHEN 2 THEN ARRAY['card-monolith', 'legacy', 'hotfix-2024']
                                WHEN 3 THEN ARRAY['fps-router', 'kafka-spike', 'go-dev', 'limits-svc']
                                WHEN 4 THEN ARRAY['notebook', 'analytics', 'jupyter']
                                WHEN 5 THEN ARRAY['fraud-model', 'gpu', 'training', 'feature-store']
                                WHEN 6 THEN ARRAY['ds', 'churn-analysis', 'python-dev']
                                WHEN 7 THEN ARRAY['dbt', 'dbt-models', 'warehouse']
                                WHEN 8 THEN ARRAY['android', 'app-android', 'release-branch']
                                WHEN 9 THEN ARRAY['xcode', 'ios-app', 'mac']
                                WHEN 10 THEN ARRAY['web-ui', 'frontend', 'playwright']
                                WHEN 11 THEN ARRAY['devcontainer', 'dc-test', 'main']
                                WHEN 12 THEN ARRAY['dind', 'integration-tests', 'docker']
                                WHEN 13 THEN ARRAY['linux-vm', 'vm', 'perf-test']
                                WHEN 14 THEN ARRAY['windows', 'dotnet-vm', 'rdp']
                                WHEN 15 THEN ARRAY['rhel', 'onprem-vm', 'hsm-client']
                                WHEN 16 THEN ARRAY['obapi', 'obapi-dev', 'consents']
                                WHEN 17 THEN ARRAY['sandbox', 'scratch']
                                WHEN 18 THEN ARRAY['cobol', 'zowe', 'batch-port']
                                WHEN 19 THEN ARRAY['java8', 'batch']
                                ELSE ARRAY['playground'] END, 'wsn', k),
       NULL, false, false, 2 + fixture_gen.n('wsb', k, 2)
FROM generate_series(1, 210) k
CROSS JOIN LATERAL (SELECT CASE WHEN k > 200 THEN 146 ELSE 1 + fixture_gen.n('wso', k, 136) END AS i) o0
JOIN cgen.p o ON o.i = o0.i
CROSS JOIN LATERAL (SELECT CASE WHEN k > 200 THEN (ARRAY[1, 4])[1 + k % 2]
                                WHEN o.kind = 'tekvia' THEN (ARRAY[16, 16, 17])[1 + fixture_gen.n('wst', k, 3)]
                                WHEN o.kind = 'northbridge' THEN (ARRAY[18, 18, 19])[1 + fixture_gen.n('wst', k, 3)]
                                WHEN o.i <= 6 THEN (ARRAY[11, 12, 13, 15, 20])[1 + fixture_gen.n('wst', k, 5)]
                                WHEN o.org = 2 THEN (ARRAY[1, 1, 1, 2, 3, 3, 11, 12, 13])[1 + fixture_gen.n('wst', k, 9)]
                                WHEN o.org = 3 THEN (ARRAY[4, 4, 5, 5, 6, 7, 11])[1 + fixture_gen.n('wst', k, 7)]
                                ELSE (ARRAY[8, 8, 9, 10, 10, 11, 14])[1 + fixture_gen.n('wst', k, 7)] END AS tt) t
WHERE NOT (o.kind = 'staff' AND o.i % 23 = 0);
UPDATE cgen.w SET name = 'preb-' || lower(cgen.rnd('wspb', k, 6)) WHERE owner = 146;
UPDATE cgen.w SET name = name || '-' || (k % 9 + 2)::text
WHERE k IN (SELECT k FROM (SELECT k, row_number() OVER (PARTITION BY owner, name ORDER BY k) AS rn FROM cgen.w) x WHERE rn > 1);
UPDATE cgen.w w SET created = cgen.at('wsc', w.k, (SELECT created FROM cgen.v WHERE v.t = w.t AND v.n = 1) + interval '1 hour', '2025-06-10'),
  deleted = w.k % 13 = 0, dormant = w.k % 17 = 0;
UPDATE cgen.w SET created = greatest(created, (SELECT created FROM cgen.p WHERE i = owner) + interval '1 day');

CREATE TABLE workspaces (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    owner_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    template_id uuid NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    name character varying(64) NOT NULL,
    autostart_schedule text,
    ttl bigint,
    last_used_at timestamp with time zone DEFAULT '0001-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    dormant_at timestamp with time zone,
    deleting_at timestamp with time zone,
    automatic_updates automatic_updates DEFAULT 'never'::automatic_updates NOT NULL,
    favorite boolean DEFAULT false NOT NULL,
    next_start_at timestamp with time zone,
    group_acl jsonb DEFAULT '{}'::jsonb NOT NULL,
    user_acl jsonb DEFAULT '{}'::jsonb NOT NULL
);
COMMENT ON COLUMN workspaces.favorite IS 'Favorite is true if the workspace owner has favorited the workspace.';

CREATE TABLE workspace_builds (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    workspace_id uuid NOT NULL,
    template_version_id uuid NOT NULL,
    build_number integer NOT NULL,
    transition workspace_transition NOT NULL,
    initiator_id uuid NOT NULL,
    provisioner_state bytea,
    job_id uuid NOT NULL,
    deadline timestamp with time zone DEFAULT '0001-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    reason build_reason DEFAULT 'initiator'::build_reason NOT NULL,
    daily_cost integer DEFAULT 0 NOT NULL,
    max_deadline timestamp with time zone DEFAULT '0001-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    template_version_preset_id uuid,
    has_ai_task boolean,
    has_external_agent boolean
);

-- the builds: 1 start by the owner, then stop/start by autobuild or the
-- owner; deleted workspaces end with a delete
CREATE TABLE cgen.b (bk int PRIMARY KEY, w int, n int, id uuid, job uuid, tr text, reason text, at timestamptz, v int, failed boolean, last boolean, agent uuid, atok uuid, res uuid, vol uuid);
INSERT INTO cgen.b
SELECT w.k * 10 + n, w.k, n, fixture_gen.uuid('wb', w.k * 10 + n)::uuid, fixture_gen.uuid('wbj', w.k * 10 + n)::uuid,
       CASE WHEN n = w.nb AND w.deleted THEN 'delete' WHEN n = 1 THEN 'start' WHEN n % 2 = 0 THEN 'stop' ELSE 'start' END,
       CASE WHEN n = 1 THEN 'initiator' WHEN n = w.nb AND w.deleted THEN (CASE WHEN w.k % 2 = 0 THEN 'autodelete' ELSE 'initiator' END)
            WHEN n % 2 = 0 THEN fixture_gen.pick(ARRAY['autostop', 'autostop', 'initiator', 'dormancy'], 'wbr', w.k * 10 + n)
            ELSE fixture_gen.pick(ARRAY['autostart', 'initiator', 'vscode_connection', 'cli', 'dashboard', 'jetbrains_connection'], 'wbr', w.k * 10 + n) END,
       w.created + make_interval(hours => (n - 1) * (9 + fixture_gen.n('wbh', w.k * 10 + n, 200)), secs => fixture_gen.n('wbs', w.k * 10 + n, 3000)),
       NULL, fixture_gen.n('wbf', w.k * 10 + n, 14) = 0 AND n > 1, n = w.nb,
       fixture_gen.uuid('wag', w.k * 10 + n)::uuid, fixture_gen.uuid('wat', w.k * 10 + n)::uuid, fixture_gen.uuid('wrs', w.k * 10 + n)::uuid, fixture_gen.uuid('wrv', w.k * 10 + n)::uuid
FROM cgen.w w CROSS JOIN LATERAL generate_series(1, w.nb) n;
UPDATE cgen.b b SET v = coalesce((SELECT max(v.k) FROM cgen.v v JOIN cgen.w w ON w.t = v.t WHERE w.k = b.w AND v.created < b.at), (SELECT min(v.k) FROM cgen.v v JOIN cgen.w w ON w.t = v.t WHERE w.k = b.w));

INSERT INTO workspaces (id, created_at, updated_at, owner_id, organization_id, template_id, deleted, name, autostart_schedule, ttl, last_used_at, dormant_at,
  deleting_at, automatic_updates, favorite, next_start_at, group_acl, user_acl)
SELECT w.id, w.created, lb.at + interval '20 seconds', o.id, fixture_gen.uuid('corg', t.org)::uuid, fixture_gen.uuid('tpl', t.k)::uuid, w.deleted, w.name,
       CASE WHEN w.owner = 146 THEN NULL WHEN w.k % 3 = 0 THEN 'CRON_TZ=Europe/London 30 8 * * 1-5' WHEN w.k % 3 = 1 AND o.kind = 'tekvia' THEN 'CRON_TZ=Europe/Warsaw 0 8 * * 1-5' END,
       CASE WHEN w.owner = 146 THEN NULL WHEN t.kind = 'vm' THEN 28800000000000 ELSE 36000000000000 END,
       CASE WHEN w.owner = 146 THEN lb.at ELSE lb.at + make_interval(mins => fixture_gen.n('wslu', w.k, 600)) END,
       CASE WHEN w.dormant THEN lb.at + interval '30 days' END, CASE WHEN w.dormant THEN lb.at + interval '37 days' END,
       (CASE WHEN w.k % 5 = 0 THEN 'always' ELSE 'never' END)::automatic_updates, w.k % 7 = 0,
       CASE WHEN w.k % 3 = 0 AND NOT w.deleted AND NOT w.dormant THEN timestamptz '2025-06-30 07:30:00+00' END,
       '{}'::jsonb,
       CASE WHEN w.k % 11 = 0 AND o.kind = 'staff' THEN jsonb_build_object(fixture_gen.uuid('cu', 1 + (w.k * 7) % 104), jsonb_build_array('use')) ELSE '{}'::jsonb END
FROM cgen.w w JOIN cgen.p o ON o.i = w.owner JOIN cgen.t t ON t.k = w.t JOIN cgen.b lb ON lb.w = w.k AND lb.last
ORDER BY w.k;

-- Terraform state of a build: the owner data source (email, full name,
-- session token, OIDC access token, Coder's SSH key pair) and the agent
-- with its token and environment.
INSERT INTO workspace_builds (id, created_at, updated_at, workspace_id, template_version_id, build_number, transition, initiator_id, provisioner_state, job_id,
  deadline, reason, daily_cost, max_deadline, template_version_preset_id, has_ai_task, has_external_agent)
SELECT b.id, b.at, b.at + interval '52 seconds', w.id, v.id, b.n, b.tr::workspace_transition,
       CASE WHEN b.reason IN ('autostop', 'autostart', 'dormancy', 'autodelete') THEN o.id WHEN b.n > 1 AND w.k % 19 = 0 THEN (SELECT id FROM cgen.p WHERE i = 2) ELSE o.id END,
       CASE WHEN b.failed OR b.tr = 'delete' THEN NULL ELSE convert_to(jsonb_pretty(jsonb_build_object('version', 4, 'terraform_version', '1.9.8', 'serial', b.n * 3, 'lineage', fixture_gen.uuid('wbl', w.k),
         'outputs', '{}'::jsonb, 'resources', jsonb_build_array(
           jsonb_build_object('mode', 'data', 'type', 'coder_workspace_owner', 'name', 'me', 'provider', 'provider["registry.terraform.io/coder/coder"]',
             'instances', jsonb_build_array(jsonb_build_object('schema_version', 0, 'attributes', jsonb_build_object(
               'id', o.id, 'name', o.username, 'full_name', coalesce(o.name, ''), 'email', o.email,
               'groups', CASE WHEN o.kind = 'tekvia' THEN '["Everyone","tekvia-obapi"]'::jsonb ELSE '["Everyone"]'::jsonb END,
               'session_token', cgen.session('wbst', b.bk),
               'oidc_access_token', CASE WHEN o.login = 'oidc' THEN fixture_gen.jwt('wboa', b.bk) ELSE '' END,
               'ssh_public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || substr(fixture_gen.b64('gskp', o.i, 33), 1, 43),
               'ssh_private_key', '-----BEGIN ' || 'OPENSSH PRIVATE KEY-----' || E'\n' || 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA' || fixture_gen.b64('gske', o.i, 200) || E'\n-----END ' || 'OPENSSH PRIVATE KEY-----',
               'login_type', o.login, 'rbac_roles', '[]'::jsonb)))),
           jsonb_build_object('mode', 'managed', 'type', 'coder_agent', 'name', 'main', 'provider', 'provider["registry.terraform.io/coder/coder"]',
             'instances', jsonb_build_array(jsonb_build_object('schema_version', 1, 'attributes', jsonb_build_object(
               'id', b.agent, 'token', b.atok, 'os', CASE WHEN t.k = 14 THEN 'windows' ELSE 'linux' END, 'arch', 'amd64', 'auth', 'token',
               'env', jsonb_build_object('GIT_AUTHOR_NAME', coalesce(o.name, o.username), 'GIT_AUTHOR_EMAIL', o.email, 'VAULT_ADDR', 'https://vault.aldermoor-bank.com'),
               'init_script', ''),
               'sensitive_attributes', '[[{"type":"get_attr","value":"token"}]]'::jsonb)))))), 'UTF8') END,
       b.job,
       CASE WHEN b.tr = 'start' AND NOT b.failed THEN b.at + make_interval(hours => CASE WHEN t.kind = 'vm' THEN 8 ELSE 10 END) ELSE '0001-01-01 00:00:00+00' END,
       b.reason::build_reason,
       CASE WHEN t.kind = 'vm' AND b.tr = 'start' THEN 6 + fixture_gen.n('wbdc', b.bk, 30) WHEN t.k = 5 AND b.tr = 'start' THEN 40 ELSE 0 END,
       CASE WHEN b.tr = 'start' AND NOT b.failed AND t.kind = 'vm' THEN b.at + interval '24 hours' ELSE '0001-01-01 00:00:00+00' END,
       NULL, CASE WHEN b.at > '2025-06-01' THEN false END, CASE WHEN b.at > '2025-06-01' THEN false END
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.p o ON o.i = w.owner JOIN cgen.t t ON t.k = w.t JOIN cgen.v v ON v.k = b.v
ORDER BY b.bk;

-- build jobs
INSERT INTO provisioner_jobs (id, created_at, updated_at, started_at, canceled_at, completed_at, error, organization_id, initiator_id, provisioner, storage_method,
  type, input, worker_id, file_id, tags, error_code, trace_metadata, logs_length, logs_overflowed)
SELECT b.job, b.at, b.at + interval '52 seconds', b.at + interval '1 second', NULL, b.at + interval '52 seconds',
       CASE WHEN b.failed THEN fixture_gen.pick(ARRAY['terraform apply: exit status 1',
              'Error: Waiting for rollout to finish: 1 replicas wanted; 0 replicas Ready',
              'Error: creating EC2 Instance: InsufficientInstanceCapacity: We currently do not have sufficient t3.xlarge capacity in the Availability Zone you requested (eu-west-2a).',
              'Error: persistentvolumeclaims "coder-' || o.id || '-home" is forbidden: exceeded quota: coder-quota, requested: requests.storage=50Gi, used: requests.storage=480Gi, limited: requests.storage=500Gi',
              'context canceled'], 'pjer', b.bk) ELSE '' END,
       fixture_gen.uuid('corg', t.org)::uuid, ws.initiator_id, 'terraform', 'file', 'workspace_build',
       jsonb_build_object('workspace_build_id', b.id, 'dry_run', false, 'log_level', ''),
       fixture_gen.uuid('pd', 1 + fixture_gen.n('pjw', b.bk, 24))::uuid, v.file,
       CASE WHEN t.k = 5 THEN '{"scope": "organization", "owner": "", "gpu": "a10g"}'::jsonb WHEN t.k = 15 THEN '{"scope": "organization", "owner": "", "network": "vsphere-onprem"}'::jsonb
            ELSE '{"scope": "organization", "owner": ""}'::jsonb END,
       NULL,
       CASE WHEN b.at > '2024-10-01' THEN jsonb_build_object('traceparent', '00-' || fixture_gen.hexn('pjt', b.bk, 32) || '-' || fixture_gen.hexn('pjs', b.bk, 16) || '-01') END,
       1500 + fixture_gen.n('pjll', b.bk, 20000), false
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.p o ON o.i = w.owner JOIN cgen.t t ON t.k = w.t JOIN cgen.v v ON v.k = b.v JOIN workspace_builds ws ON ws.id = b.id
ORDER BY b.bk;
UPDATE provisioner_jobs SET error = NULL WHERE error = '';

-- dry runs of template versions with typed parameter values
INSERT INTO provisioner_jobs (id, created_at, updated_at, started_at, canceled_at, completed_at, error, organization_id, initiator_id, provisioner, storage_method,
  type, input, worker_id, file_id, tags, error_code, trace_metadata, logs_length, logs_overflowed)
SELECT fixture_gen.uuid('pjdr', v.k)::uuid, v.created + interval '5 minutes', v.created + interval '5 minutes 20 seconds', v.created + interval '5 minutes 1 second',
       CASE WHEN v.k % 4 = 0 THEN v.created + interval '5 minutes 10 seconds' END, v.created + interval '5 minutes 20 seconds', NULL,
       fixture_gen.uuid('corg', t.org)::uuid, (SELECT id FROM cgen.p WHERE i = 1 + fixture_gen.n('pjdu', v.k, 104)), 'terraform', 'file', 'template_version_dry_run',
       jsonb_build_object('template_version_id', v.id, 'workspace_name', 'dry-run-' || lower(cgen.rnd('pjdn', v.k, 5)),
         'rich_parameter_values', CASE WHEN t.kind = 'vm' THEN jsonb_build_array(jsonb_build_object('name', 'region', 'value', 'eu-west-2'), jsonb_build_object('name', 'instance_type', 'value', 't3.large'))
                                       ELSE jsonb_build_array(jsonb_build_object('name', 'cpu', 'value', '4'), jsonb_build_object('name', 'memory', 'value', '8')) END,
         'user_variable_values', '[]'::jsonb),
       fixture_gen.uuid('pd', 1 + fixture_gen.n('pjw', v.k + 7, 24))::uuid, v.file, '{"scope": "organization", "owner": ""}'::jsonb, NULL, NULL, 900, false
FROM cgen.v v JOIN cgen.t t ON t.k = v.t WHERE v.k % 2 = 0 ORDER BY v.k;

-- parameters typed at build time
CREATE TABLE workspace_build_parameters (
    workspace_build_id uuid NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    UNIQUE (workspace_build_id, name)
);
COMMENT ON COLUMN workspace_build_parameters.value IS 'Parameter value';
INSERT INTO workspace_build_parameters (workspace_build_id, name, value)
SELECT b.id, tvp.name,
       CASE tvp.name
         WHEN 'cpu' THEN fixture_gen.pick(ARRAY['2', '4', '4', '8'], 'bpc', b.w)
         WHEN 'memory' THEN fixture_gen.pick(ARRAY['4', '8', '8', '16', '32'], 'bpm', b.w)
         WHEN 'home_disk_size' THEN fixture_gen.pick(ARRAY['20', '20', '50', '100'], 'bph', b.w)
         WHEN 'repo_url' THEN CASE
             WHEN b.w % 29 = 0 THEN 'https://oauth2:' || cgen.glpat('bpgl', b.w) || '@gitlab.aldermoor-bank.com/payments/card-issuing.git'
             WHEN o.kind = 'northbridge' THEN 'https://github.com/' || o.username || '/' || fixture_gen.pick(ARRAY['cobol-check', 'zowe-explorer-fork', 'batch-migrator'], 'bpr', b.w) || '.git'
             WHEN o.kind = 'tekvia' THEN 'https://github.com/aldermoor-bank/obapi-' || fixture_gen.pick(ARRAY['consents', 'accounts', 'payments'], 'bpr', b.w) || '.git'
             WHEN b.w % 7 = 0 THEN ''
             ELSE 'https://gitlab.aldermoor-bank.com/' || fixture_gen.pick(ARRAY['payments/card-issuing', 'payments/ledger-service', 'data/fraud-features', 'mobile/android-app', 'mobile/web-banking', 'platform/coder-templates'], 'bpr', b.w) || '.git' END
         WHEN 'dotfiles_uri' THEN CASE WHEN b.w % 3 = 0 THEN 'https://github.com/' || CASE WHEN o.kind = 'northbridge' THEN o.username ELSE coalesce(fixture_gen.ascii(o.first), '') || fixture_gen.ascii(coalesce(o.last, o.username)) END || '/dotfiles'
                                      WHEN b.w % 3 = 1 THEN 'https://gitlab.aldermoor-bank.com/' || o.username || '/dotfiles.git' ELSE '' END
         WHEN 'region' THEN fixture_gen.pick(ARRAY['eu-west-2', 'eu-west-2', 'eu-west-1', 'eu-central-1'], 'bpg', b.w)
         WHEN 'instance_type' THEN fixture_gen.pick(ARRAY['t3.large', 't3.xlarge', 'm6i.2xlarge'], 'bpi', b.w)
         WHEN 'disk_size' THEN fixture_gen.pick(ARRAY['60', '80', '120'], 'bpd', b.w)
         ELSE CASE WHEN b.n = 1 THEN 'false' ELSE fixture_gen.pick(ARRAY['false', 'false', 'true'], 'bpx', b.bk) END END
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.p o ON o.i = w.owner JOIN cgen.v v ON v.k = b.v
JOIN template_version_parameters tvp ON tvp.template_version_id = v.id
ORDER BY b.bk, tvp.display_order;

-- ---------------------------------------------------------------------------
-- Resources, agents, apps.

CREATE TABLE workspace_resources (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    job_id uuid NOT NULL,
    transition workspace_transition NOT NULL,
    type character varying(192) NOT NULL,
    name character varying(64) NOT NULL,
    hide boolean DEFAULT false NOT NULL,
    icon character varying(256) DEFAULT ''::character varying NOT NULL,
    instance_type character varying(256),
    daily_cost integer DEFAULT 0 NOT NULL,
    module_path text
);
INSERT INTO workspace_resources (id, created_at, job_id, transition, type, name, hide, icon, instance_type, daily_cost, module_path)
SELECT r.id, b.at + interval '40 seconds', b.job, b.tr::workspace_transition, r.type, r.name, r.hide, r.icon, r.itype, r.cost, r.mp
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, b.res, CASE WHEN t.kind = 'vm' THEN CASE WHEN t.k = 15 THEN 'vsphere_virtual_machine' WHEN t.k = 9 THEN 'null_resource' ELSE 'aws_instance' END ELSE 'kubernetes_deployment' END,
        CASE WHEN t.kind = 'vm' THEN 'dev' ELSE 'main' END, false, CASE WHEN t.kind = 'vm' THEN '/icon/memory.svg' ELSE '/icon/k8s.png' END,
        CASE WHEN t.kind = 'vm' AND t.k IN (13, 14) THEN fixture_gen.pick(ARRAY['t3.large', 't3.xlarge', 'm6i.2xlarge'], 'bpi', b.w) END,
        CASE WHEN t.kind = 'vm' THEN 6 WHEN t.k = 5 THEN 40 ELSE 2 END, CASE WHEN t.k = 11 THEN 'module.envbuilder' END),
    (2, b.vol, CASE WHEN t.kind = 'vm' THEN CASE WHEN t.k = 15 THEN 'vsphere_virtual_disk' ELSE 'aws_ebs_volume' END ELSE 'kubernetes_persistent_volume_claim' END,
        'home', false, '/emojis/1f4be.png', NULL, 1, NULL)) z(o, id, type, name, hide, icon, itype, cost, mp)
  WHERE (z.o = 1 AND b.tr = 'start') OR (z.o = 2 AND b.tr IN ('start', 'stop'))) r
WHERE NOT b.failed
ORDER BY b.bk, r.o;

CREATE TABLE workspace_resource_metadata (
    workspace_resource_id uuid NOT NULL,
    key character varying(1024) NOT NULL,
    value character varying(65536),
    sensitive boolean NOT NULL,
    id bigint NOT NULL PRIMARY KEY
);
CREATE SEQUENCE workspace_resource_metadata_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE workspace_resource_metadata_id_seq OWNED BY workspace_resource_metadata.id;
ALTER TABLE ONLY workspace_resource_metadata ALTER COLUMN id SET DEFAULT nextval('workspace_resource_metadata_id_seq'::regclass);
INSERT INTO workspace_resource_metadata (workspace_resource_id, key, value, sensitive)
SELECT b.res, m.key, m.value, m.sens
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t JOIN cgen.p o ON o.i = w.owner
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'image', CASE WHEN t.kind = 'vm' THEN CASE t.k WHEN 14 THEN 'ami-0b7e1c2d3f4a5b6c7 (Windows_Server-2022-English-Full-Base)' WHEN 15 THEN 'rhel9-golden-2025.05' ELSE 'ami-04a81a99f5ec58529 (al2023)' END
                      ELSE 'artifactory.aldermoor-bank.com/docker-virtual/coder/' || t.name || ':2025.05.' || (t.k % 4) END, false),
    (2, 'namespace', CASE WHEN t.kind = 'k8s' THEN 'coder-' || (SELECT name FROM organizations x WHERE x.id = fixture_gen.uuid('corg', t.org)::uuid) END, false),
    (3, 'cpu', fixture_gen.pick(ARRAY['2', '4', '4', '8'], 'bpc', b.w), false),
    (4, 'private_ip', '10.' || (20 + fixture_gen.n('rmip', b.bk, 4)) || '.' || fixture_gen.n('rmip2', b.bk, 256) || '.' || (4 + fixture_gen.n('rmip3', b.bk, 250)), false),
    (5, 'jupyter_token', fixture_gen.hexn('rmjt', b.bk, 48), true),
    (6, 'Administrator password', 'Aw' || cgen.rnd('rmwp', b.bk, 18) || '#', true),
    (7, 'linux_user', o.username, false)) z(o, key, value, sens)
  WHERE (z.o IN (1, 3)) OR (z.o = 2 AND t.kind = 'k8s') OR (z.o = 4 AND t.kind = 'vm') OR (z.o = 5 AND t.k IN (4, 5)) OR (z.o = 6 AND t.k = 14) OR (z.o = 7 AND t.k IN (13, 15))) m
WHERE b.tr = 'start' AND NOT b.failed AND b.n >= w.nb - 1
ORDER BY b.bk, m.o;

CREATE TABLE workspace_agents (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying(64) NOT NULL,
    first_connected_at timestamp with time zone,
    last_connected_at timestamp with time zone,
    disconnected_at timestamp with time zone,
    resource_id uuid NOT NULL,
    auth_token uuid NOT NULL,
    auth_instance_id character varying,
    architecture character varying(64) NOT NULL,
    environment_variables jsonb,
    operating_system character varying(64) NOT NULL,
    instance_metadata jsonb,
    resource_metadata jsonb,
    directory character varying(4096) DEFAULT ''::character varying NOT NULL,
    version text DEFAULT ''::text NOT NULL,
    last_connected_replica_id uuid,
    connection_timeout_seconds integer DEFAULT 0 NOT NULL,
    troubleshooting_url text DEFAULT ''::text NOT NULL,
    motd_file text DEFAULT ''::text NOT NULL,
    lifecycle_state workspace_agent_lifecycle_state DEFAULT 'created'::workspace_agent_lifecycle_state NOT NULL,
    expanded_directory character varying(4096) DEFAULT ''::character varying NOT NULL,
    logs_length integer DEFAULT 0 NOT NULL,
    logs_overflowed boolean DEFAULT false NOT NULL,
    started_at timestamp with time zone,
    ready_at timestamp with time zone,
    subsystems workspace_agent_subsystem[] DEFAULT '{}'::workspace_agent_subsystem[],
    display_apps display_app[] DEFAULT '{vscode,vscode_insiders,web_terminal,ssh_helper,port_forwarding_helper}'::display_app[],
    api_version text DEFAULT ''::text NOT NULL,
    display_order integer DEFAULT 0 NOT NULL,
    parent_id uuid,
    api_key_scope agent_key_scope_enum DEFAULT 'all'::agent_key_scope_enum NOT NULL,
    deleted boolean DEFAULT false NOT NULL
);
COMMENT ON COLUMN workspace_agents.expanded_directory IS 'The resolved path of a user-specified directory. e.g. ~/coder -> /home/coder/coder';
INSERT INTO workspace_agents (id, created_at, updated_at, name, first_connected_at, last_connected_at, disconnected_at, resource_id, auth_token, auth_instance_id,
  architecture, environment_variables, operating_system, instance_metadata, resource_metadata, directory, version, last_connected_replica_id, connection_timeout_seconds,
  troubleshooting_url, motd_file, lifecycle_state, expanded_directory, logs_length, logs_overflowed, started_at, ready_at, subsystems, display_apps, api_version,
  display_order, parent_id, api_key_scope, deleted)
SELECT b.agent, b.at + interval '40 seconds', coalesce(nb.at, b.at + interval '2 minutes'), CASE WHEN t.kind = 'vm' THEN 'dev' ELSE 'main' END,
       CASE WHEN conn THEN b.at + interval '75 seconds' END, CASE WHEN conn THEN coalesce(nb.at, timestamptz '2025-06-27 11:58:00+00') - interval '40 seconds' END,
       CASE WHEN conn AND nb.at IS NOT NULL THEN nb.at - interval '20 seconds' END,
       b.res, b.atok, CASE WHEN t.k IN (13, 14) THEN 'i-0' || fixture_gen.hexn('waii', b.bk, 16) END,
       'amd64',
       jsonb_build_object('GIT_AUTHOR_NAME', coalesce(o.name, o.username), 'GIT_AUTHOR_EMAIL', o.email, 'GIT_COMMITTER_NAME', coalesce(o.name, o.username), 'GIT_COMMITTER_EMAIL', o.email,
                          'VAULT_ADDR', 'https://vault.aldermoor-bank.com')
         || CASE WHEN t.k IN (1, 2, 3, 19) THEN jsonb_build_object('ARTIFACTORY_USER', 'svc-coder-pull', 'ARTIFACTORY_TOKEN', cgen.jfrog('waar', b.v)) ELSE '{}'::jsonb END
         || CASE WHEN t.k IN (4, 5, 6, 7) THEN jsonb_build_object('VAULT_TOKEN', cgen.hvs('wavt', b.bk), 'SNOWFLAKE_ACCOUNT', 'aldermoor-dev.eu-west-2.aws') ELSE '{}'::jsonb END,
       CASE WHEN t.k = 14 THEN 'windows' WHEN t.k = 9 THEN 'darwin' ELSE 'linux' END,
       NULL, NULL,
       CASE WHEN t.kind = 'vm' THEN '~' WHEN t.k IN (4, 5) THEN '/home/coder/notebooks' ELSE '~/src' END,
       CASE WHEN conn THEN fixture_gen.pick(ARRAY['v2.21.3', 'v2.22.1'], 'wav', b.bk) ELSE '' END,
       CASE WHEN conn THEN fixture_gen.uuid('rep', 15 + fixture_gen.n('wrep', b.bk, 6))::uuid END,
       120, 'https://wiki.aldermoor-bank.com/display/PLAT/Coder+agent+troubleshooting', CASE WHEN t.kind = 'vm' THEN '/etc/motd' ELSE '' END,
       (CASE WHEN NOT conn THEN 'created' WHEN b.bk % 31 = 0 THEN 'start_error' WHEN nb.at IS NOT NULL THEN 'off' ELSE 'ready' END)::workspace_agent_lifecycle_state,
       CASE WHEN NOT conn THEN '' WHEN t.k = 14 THEN 'C:\Users\' || o.username WHEN t.k = 9 THEN '/Users/' || o.username WHEN t.kind = 'vm' THEN '/home/' || o.username
            WHEN t.k IN (4, 5) THEN '/home/coder/notebooks' ELSE '/home/coder/src' END,
       CASE WHEN conn THEN 4000 + fixture_gen.n('wall', b.bk, 60000) ELSE 0 END, false,
       CASE WHEN conn THEN b.at + interval '76 seconds' END, CASE WHEN conn THEN b.at + make_interval(secs => 100 + fixture_gen.n('wary', b.bk, 400)) END,
       CASE WHEN t.k = 11 THEN '{envbuilder}' WHEN t.k = 12 THEN '{envbox}' ELSE '{}' END::workspace_agent_subsystem[],
       CASE WHEN t.k = 14 THEN '{web_terminal,port_forwarding_helper}' ELSE '{vscode,vscode_insiders,web_terminal,ssh_helper,port_forwarding_helper}' END::display_app[],
       CASE WHEN conn THEN '2.3' ELSE '' END, 0, NULL, 'all', false
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t JOIN cgen.p o ON o.i = w.owner
LEFT JOIN cgen.b nb ON nb.w = b.w AND nb.n = b.n + 1
CROSS JOIN LATERAL (SELECT b.bk % 23 <> 5 AS conn) c
WHERE b.tr = 'start' AND NOT b.failed
ORDER BY b.bk;

CREATE TABLE workspace_apps (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    agent_id uuid NOT NULL,
    display_name character varying(64) NOT NULL,
    icon character varying(256) NOT NULL,
    command character varying(65534),
    url character varying(65534),
    healthcheck_url text DEFAULT ''::text NOT NULL,
    healthcheck_interval integer DEFAULT 0 NOT NULL,
    healthcheck_threshold integer DEFAULT 0 NOT NULL,
    health workspace_app_health DEFAULT 'disabled'::workspace_app_health NOT NULL,
    subdomain boolean DEFAULT false NOT NULL,
    sharing_level app_sharing_level DEFAULT 'owner'::app_sharing_level NOT NULL,
    slug text NOT NULL,
    external boolean DEFAULT false NOT NULL,
    display_order integer DEFAULT 0 NOT NULL,
    hidden boolean DEFAULT false NOT NULL,
    open_in workspace_app_open_in DEFAULT 'slim-window'::workspace_app_open_in NOT NULL,
    display_group text,
    tooltip character varying(2048) DEFAULT ''::character varying NOT NULL
);
COMMENT ON COLUMN workspace_apps.tooltip IS 'Markdown text that is displayed when hovering over workspace apps.';
INSERT INTO workspace_apps (id, created_at, agent_id, display_name, icon, command, url, healthcheck_url, healthcheck_interval, healthcheck_threshold, health, subdomain,
  sharing_level, slug, external, display_order, hidden, open_in, display_group, tooltip)
SELECT fixture_gen.uuid('wapp', b.bk * 10 + a.o)::uuid, b.at + interval '40 seconds', b.agent, a.dn, a.icon, a.cmd, a.url, a.hc, CASE WHEN a.hc <> '' THEN 5 ELSE 0 END,
       CASE WHEN a.hc <> '' THEN 6 ELSE 0 END, (CASE WHEN a.hc = '' THEN 'disabled' WHEN b.bk % 17 = 0 THEN 'unhealthy' ELSE 'healthy' END)::workspace_app_health,
       a.sub, (CASE WHEN a.o = 3 AND b.w % 5 = 0 AND t.org NOT IN (5, 6) THEN 'authenticated' ELSE 'owner' END)::app_sharing_level, a.slug, a.ext, a.o, false,
       a.oi::workspace_app_open_in, a.grp, a.tip
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'VS Code Web', '/icon/code.svg', NULL::text, 'http://localhost:13337/?folder=' || CASE WHEN t.k IN (4, 5) THEN '/home/coder/notebooks' ELSE '/home/coder/src' END,
        'http://localhost:13337/healthz', true, 'code-server', false, 'slim-window', NULL::text, ''),
    (2, 'JupyterLab', '/icon/jupyter.svg', NULL::text, 'http://localhost:8888/lab?token=' || fixture_gen.hexn('rmjt', b.bk, 48), 'http://localhost:8888/api', true, 'jupyter', false, 'tab', 'Notebooks', 'Opens JupyterLab with the analytics environment.'),
    (3, 'File Browser', '/icon/filebrowser.svg', NULL::text, 'http://localhost:13339', 'http://localhost:13339/health', true, 'filebrowser', false, 'slim-window', 'Tools', ''),
    (4, 'Remote Desktop', '/icon/windows.svg', NULL::text, 'http://localhost:7171', '', false, 'rdp-web', false, 'tab', NULL::text, 'Uses Devolutions Gateway. **Sign in as your Coder username.**'),
    (5, 'tmux', '/icon/terminal.svg', 'tmux new-session -A -s main', NULL::text, '', false, 'tmux', false, 'slim-window', 'Tools', ''),
    (6, '3270 terminal', '/icon/terminal.svg', NULL::text, 'http://localhost:8081/?host=zos-dev.aldermoor-bank.internal&port=992', '', true, 'tn3270', false, 'tab', 'Mainframe', 'Test LPAR only.'),
    (7, 'Runbook', '/emojis/1f4d6.png', NULL::text, 'https://wiki.aldermoor-bank.com/display/PLAT/' || t.name, '', false, 'runbook', true, 'tab', NULL::text, 'Template documentation on the wiki.')) z(o, dn, icon, cmd, url, hc, sub, slug, ext, oi, grp, tip)
  WHERE (z.o = 1 AND t.k NOT IN (9, 14)) OR (z.o = 2 AND t.k IN (4, 5)) OR (z.o = 3 AND t.kind = 'k8s' AND t.k NOT IN (4, 5)) OR (z.o = 4 AND t.k = 14)
     OR (z.o = 5 AND t.kind = 'vm' AND t.k <> 14) OR (z.o = 6 AND t.k = 18) OR (z.o = 7 AND t.k IN (1, 8, 15))) a
WHERE b.tr = 'start' AND NOT b.failed
ORDER BY b.bk, a.o;

-- ---------------------------------------------------------------------------
-- Logs: the provisioner's Terraform output, agent metadata and startup logs.

CREATE TABLE provisioner_job_logs (
    job_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    source log_source NOT NULL,
    level log_level NOT NULL,
    stage character varying(128) NOT NULL,
    output character varying(1024) NOT NULL,
    id bigint NOT NULL PRIMARY KEY
);
CREATE SEQUENCE provisioner_job_logs_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE provisioner_job_logs_id_seq OWNED BY provisioner_job_logs.id;
ALTER TABLE ONLY provisioner_job_logs ALTER COLUMN id SET DEFAULT nextval('provisioner_job_logs_id_seq'::regclass);
-- template imports
INSERT INTO provisioner_job_logs (job_id, created_at, source, level, stage, output)
SELECT v.job, v.created + make_interval(secs => 2 + l.o * 3), l.src::log_source, l.lvl::log_level, l.stage, l.out
FROM cgen.v v JOIN cgen.t t ON t.k = v.t
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'provisioner_daemon', 'info', 'Setting up', ''),
    (2, 'provisioner_daemon', 'info', 'Parsing template parameters', ''),
    (3, 'provisioner', 'info', 'Detecting persistent resources', 'Terraform 1.9.8'),
    (4, 'provisioner', 'info', 'Detecting persistent resources', 'Initializing provider plugins...'),
    (5, 'provisioner', 'info', 'Detecting persistent resources', '- Installing coder/coder v2.4.2...'),
    (6, 'provisioner', 'info', 'Detecting persistent resources', 'Terraform has been successfully initialized!'),
    (7, 'provisioner', 'info', 'Detecting ephemeral resources', 'Plan: 4 to add, 0 to change, 0 to destroy.'),
    (8, 'provisioner', 'error', 'Detecting persistent resources', 'Error: No value for required variable: vault_token')) z(o, src, lvl, stage, out)
  WHERE z.o <= 7 OR v.k IN (16, 41)) l
WHERE v.k % 2 = 1 OR v.k IN (16, 41)
ORDER BY v.k, l.o;
-- workspace builds: resource ids carry the owner's username, and failed
-- applies print the agent's env block
INSERT INTO provisioner_job_logs (job_id, created_at, source, level, stage, output)
SELECT b.job, b.at + make_interval(secs => 2 + l.o * 4), l.src::log_source, l.lvl::log_level, l.stage, l.out
FROM cgen.b b JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t JOIN cgen.p o ON o.i = w.owner
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'provisioner_daemon', 'info', 'Setting up', ''),
    (2, 'provisioner', 'info', 'Planning infrastructure', 'data.coder_workspace_owner.me: Reading...'),
    (3, 'provisioner', 'info', 'Planning infrastructure', 'data.coder_workspace_owner.me: Read complete after 0s [id=' || o.id || ']'),
    (4, 'provisioner', 'info', 'Starting workspace', CASE WHEN t.kind = 'k8s' THEN 'kubernetes_deployment.main[0]: Creating...' ELSE 'aws_instance.dev[0]: Modifying... [id=i-0' || fixture_gen.hexn('waii', b.bk, 16) || ']' END),
    (5, 'provisioner', 'info', 'Starting workspace', CASE WHEN t.kind = 'k8s' THEN 'kubernetes_deployment.main[0]: Creation complete after 14s [id=coder-' || (SELECT name FROM organizations x WHERE x.id = fixture_gen.uuid('corg', t.org)::uuid) || '/coder-' || o.username || '-' || w.name || ']'
                                                          ELSE 'aws_instance.dev[0]: Modifications complete after 32s [id=i-0' || fixture_gen.hexn('waii', b.bk, 16) || ']' END),
    (6, 'provisioner', 'error', 'Starting workspace', 'Error: Failed to update deployment: Deployment.apps "coder-' || o.username || '-' || w.name || '" is invalid: spec.template.spec.containers[0].env[1].value: GIT_AUTHOR_EMAIL=' || o.email || ', GIT_AUTHOR_NAME=' || coalesce(o.name, '') || ': must be no more than 63 characters'),
    (7, 'provisioner', 'info', 'Cleaning Up', 'Apply complete! Resources: 1 added, 1 changed, 0 destroyed.')) z(o, src, lvl, stage, out)
  WHERE (z.o <> 6 AND NOT b.failed) OR (b.failed AND z.o IN (1, 2, 3, 4, 6))) l
WHERE b.bk % 4 = 1 OR b.failed
ORDER BY b.bk, l.o;

CREATE UNLOGGED TABLE workspace_agent_metadata (
    workspace_agent_id uuid NOT NULL,
    display_name character varying(127) NOT NULL,
    key character varying(127) NOT NULL,
    script character varying(65535) NOT NULL,
    value character varying(65535) DEFAULT ''::character varying NOT NULL,
    error character varying(65535) DEFAULT ''::character varying NOT NULL,
    timeout bigint NOT NULL,
    "interval" bigint NOT NULL,
    collected_at timestamp with time zone DEFAULT '0001-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    display_order integer DEFAULT 0 NOT NULL,
    PRIMARY KEY (workspace_agent_id, key)
);
INSERT INTO workspace_agent_metadata (workspace_agent_id, display_name, key, script, value, error, timeout, "interval", collected_at, display_order)
SELECT a.id, m.dn, m.key, m.script, CASE WHEN a.lifecycle_state = 'ready' THEN m.val ELSE '' END,
       CASE WHEN a.lifecycle_state = 'ready' AND m.key = 'git_user' AND b.w % 9 = 0 THEN 'exit status 1' ELSE '' END,
       m.tmo, m.iv, CASE WHEN a.lifecycle_state = 'ready' THEN a.last_connected_at ELSE '0001-01-01 00:00:00+00' END, m.o
FROM workspace_agents a JOIN cgen.b b ON b.agent = a.id JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t JOIN cgen.p o ON o.i = w.owner
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (0, 'CPU Usage', 'cpu', 'coder stat cpu', (5 + fixture_gen.n('amc', b.bk, 90)) || '%', 1000000000, 10000000000),
    (1, 'Memory Usage', 'mem', 'coder stat mem', (1 + fixture_gen.n('amm', b.bk, 7)) || '.' || fixture_gen.n('amm2', b.bk, 10) || '/8 GiB', 1000000000, 10000000000),
    (2, 'Home Disk', 'disk', 'coder stat disk --path $HOME', (2 + fixture_gen.n('amd', b.bk, 17)) || '/20 GiB', 1000000000, 60000000000),
    (3, 'Git identity', 'git_user', 'git config --global user.email', CASE WHEN b.w % 9 = 0 THEN '' ELSE o.email END, 1000000000, 600000000000),
    (4, 'GPU', 'gpu', 'nvidia-smi --query-gpu=utilization.gpu --format=csv,noheader', (fixture_gen.n('amg', b.bk, 100)) || ' %', 5000000000, 10000000000)) z(o, dn, key, script, val, tmo, iv)
  WHERE z.o <= 2 OR (z.o = 3 AND t.k IN (1, 2, 3)) OR (z.o = 4 AND t.k = 5)) m
WHERE b.last OR b.n = w.nb - 1
ORDER BY b.bk, m.o;

CREATE UNLOGGED TABLE workspace_agent_logs (
    agent_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    output character varying(1024) NOT NULL,
    id bigint NOT NULL PRIMARY KEY,
    level log_level DEFAULT 'info'::log_level NOT NULL,
    log_source_id uuid DEFAULT '00000000-0000-0000-0000-000000000000'::uuid NOT NULL
);
CREATE SEQUENCE workspace_agent_startup_logs_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE workspace_agent_startup_logs_id_seq OWNED BY workspace_agent_logs.id;
ALTER TABLE ONLY workspace_agent_logs ALTER COLUMN id SET DEFAULT nextval('workspace_agent_startup_logs_id_seq'::regclass);
INSERT INTO workspace_agent_logs (agent_id, created_at, output, level, log_source_id)
SELECT a.id, a.started_at + make_interval(secs => l.o * 2), l.out, l.lvl::log_level, fixture_gen.uuid('wals', t.k)::uuid
FROM workspace_agents a JOIN cgen.b b ON b.agent = a.id JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t JOIN cgen.p o ON o.i = w.owner
LEFT JOIN workspace_build_parameters rp ON rp.workspace_build_id = b.id AND rp.name = 'repo_url'
LEFT JOIN workspace_build_parameters dp ON dp.workspace_build_id = b.id AND dp.name = 'dotfiles_uri'
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (1, 'info', '==> Installing code-server 4.89.1'),
    (2, 'info', CASE WHEN coalesce(rp.value, '') = '' THEN 'No repository parameter set, skipping clone' ELSE 'Cloning into ''/home/coder/src/' || regexp_replace(rp.value, '^.*/([^/]+?)(\.git)?$', '\1') || '''...' END),
    (3, 'info', CASE WHEN coalesce(dp.value, '') = '' THEN 'No dotfiles repository configured' ELSE 'Installing dotfiles from ' || dp.value END),
    (4, 'info', 'Configured git for ' || coalesce(o.name, o.username) || ' <' || o.email || '>'),
    (5, 'debug', '+ export ARTIFACTORY_TOKEN=' || cgen.jfrog('waar', b.v)),
    (6, 'debug', '+ vault login -no-print -method=token ' || cgen.hvs('wavt', b.bk)),
    (7, 'info', 'code-server listening on http://127.0.0.1:13337/'),
    (8, 'warn', 'warning: Maven settings.xml not found in ~/.m2, using the Artifactory mirror defaults'),
    (9, 'info', 'Startup script exited with code 0')) z(o, lvl, out)
  WHERE z.o IN (1, 2, 3, 4, 7, 9) OR (z.o = 5 AND t.k IN (1, 2) AND b.w % 3 = 0) OR (z.o = 6 AND t.k IN (4, 5) AND b.w % 4 = 0) OR (z.o = 8 AND t.k IN (1, 2, 19))) l
WHERE a.lifecycle_state IN ('ready', 'off', 'start_error') AND b.bk % 3 = 0
ORDER BY b.bk, l.o;

-- ---------------------------------------------------------------------------
-- Connection and audit logs.

CREATE TABLE connection_logs (
    id uuid NOT NULL PRIMARY KEY,
    connect_time timestamp with time zone NOT NULL,
    organization_id uuid NOT NULL,
    workspace_owner_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    workspace_name text NOT NULL,
    agent_name text NOT NULL,
    type connection_type NOT NULL,
    ip inet,
    code integer,
    user_agent text,
    user_id uuid,
    slug_or_port text,
    connection_id uuid,
    disconnect_time timestamp with time zone,
    disconnect_reason text
);
COMMENT ON COLUMN connection_logs.user_agent IS 'Null for SSH events. For web connections, this is the User-Agent header from the request.';
INSERT INTO connection_logs (id, connect_time, organization_id, workspace_owner_id, workspace_id, workspace_name, agent_name, type, ip, code, user_agent, user_id,
  slug_or_port, connection_id, disconnect_time, disconnect_reason)
SELECT fixture_gen.uuid('cl', ck)::uuid, c, fixture_gen.uuid('corg', t.org)::uuid, o.id, w.id, w.name, a.name, ty::connection_type, cgen.ip('clip', ck),
       CASE WHEN web THEN (ARRAY[200, 200, 200, 302, 404, 502])[1 + fixture_gen.n('clc', ck, 6)] WHEN ck % 5 = 0 THEN NULL ELSE (ARRAY[0, 0, 0, 130, 255])[1 + fixture_gen.n('clc', ck, 5)] END,
       CASE WHEN web THEN cgen.ua('clua', ck) END,
       CASE WHEN web THEN CASE WHEN ck % 9 = 0 THEN fixture_gen.uuid('cu', 1 + fixture_gen.n('clou', ck, 104))::uuid ELSE o.id END END,
       CASE WHEN ty = 'workspace_app' THEN fixture_gen.pick(ARRAY['code-server', 'filebrowser', 'jupyter'], 'cls', ck) WHEN ty = 'port_forwarding' THEN fixture_gen.pick(ARRAY['8080', '3000', '5005', '9229'], 'clp', ck) END,
       CASE WHEN NOT web THEN fixture_gen.uuid('clcid', ck)::uuid END,
       CASE WHEN NOT web AND ck % 5 <> 0 THEN c + make_interval(secs => 30 + fixture_gen.n('cld', ck, 20000)) END,
       CASE WHEN NOT web AND ck % 5 <> 0 THEN fixture_gen.pick(ARRAY['client disconnected', 'process exited with exit code 0', 'process exited with exit code 130', 'agent shutting down', 'connection reset by peer'], 'clr', ck) END
FROM generate_series(1, 320) ck
JOIN cgen.b b ON b.bk = (SELECT bk FROM cgen.b WHERE tr = 'start' AND NOT failed ORDER BY bk OFFSET fixture_gen.n('clb', ck, 280) LIMIT 1)
JOIN workspace_agents a ON a.id = b.agent
JOIN cgen.w w ON w.k = b.w JOIN cgen.t t ON t.k = w.t JOIN cgen.p o ON o.i = w.owner
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['ssh', 'ssh', 'vscode', 'vscode', 'jetbrains', 'reconnecting_pty', 'workspace_app', 'workspace_app', 'port_forwarding'], 'clt', ck) AS ty,
                           b.at + make_interval(secs => 120 + fixture_gen.n('clt2', ck, 20000)) AS c) x
CROSS JOIN LATERAL (SELECT x.ty IN ('workspace_app', 'port_forwarding') AS web) y
ORDER BY ck;

CREATE TABLE audit_logs (
    id uuid NOT NULL PRIMARY KEY,
    "time" timestamp with time zone NOT NULL,
    user_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    ip inet,
    user_agent character varying(256),
    resource_type resource_type NOT NULL,
    resource_id uuid NOT NULL,
    resource_target text NOT NULL,
    action audit_action NOT NULL,
    diff jsonb NOT NULL,
    status_code integer NOT NULL,
    additional_fields jsonb NOT NULL,
    request_id uuid NOT NULL,
    resource_icon text NOT NULL
);
CREATE TABLE cgen.al (k int PRIMARY KEY, kind text, actor int, subj int, t timestamptz);
INSERT INTO cgen.al
SELECT k, fixture_gen.pick(ARRAY['login', 'login', 'login', 'login', 'logout', 'build', 'build', 'build', 'workspace', 'user_create', 'user_write', 'api_key', 'ssh_key', 'template_version', 'group', 'license', 'login_fail'], 'alk', k),
       1 + fixture_gen.n('ala', k, 136), 1 + fixture_gen.n('als', k, 136), cgen.at('alt', k, '2025-01-01', '2025-06-27')
FROM generate_series(1, 420) k;
UPDATE cgen.al SET actor = (ARRAY[1, 2, 4, 5, 147])[1 + k % 5] WHERE kind IN ('user_create', 'user_write', 'license', 'group');
UPDATE cgen.al SET actor = subj WHERE kind IN ('login', 'logout', 'api_key', 'ssh_key', 'login_fail');
UPDATE cgen.al SET actor = (ARRAY[3, 5, 139, 19])[1 + k % 4] WHERE kind = 'template_version';
INSERT INTO audit_logs (id, "time", user_id, organization_id, ip, user_agent, resource_type, resource_id, resource_target, action, diff, status_code, additional_fields, request_id, resource_icon)
SELECT fixture_gen.uuid('al', al.k)::uuid, al.t, act.id,
       CASE WHEN al.kind IN ('build', 'workspace', 'template_version', 'group') THEN fixture_gen.uuid('corg', coalesce(tp.org, 1))::uuid ELSE '00000000-0000-0000-0000-000000000000'::uuid END,
       CASE WHEN act.kind = 'service' THEN ('10.96.' || fixture_gen.n('alip', al.k, 16) || '.' || (2 + fixture_gen.n('alip2', al.k, 250)))::inet ELSE cgen.ip('alip', al.k) END,
       CASE WHEN act.kind = 'service' THEN 'Go-http-client/1.1' ELSE cgen.ua('alua', al.k) END,
       (CASE al.kind WHEN 'login' THEN 'api_key' WHEN 'login_fail' THEN 'api_key' WHEN 'logout' THEN 'api_key' WHEN 'build' THEN 'workspace_build' WHEN 'workspace' THEN 'workspace'
                     WHEN 'user_create' THEN 'user' WHEN 'user_write' THEN 'user' WHEN 'api_key' THEN 'api_key' WHEN 'ssh_key' THEN 'git_ssh_key' WHEN 'template_version' THEN 'template_version'
                     WHEN 'group' THEN 'group' ELSE 'license' END)::resource_type,
       CASE WHEN al.kind IN ('build') THEN bb.id WHEN al.kind = 'workspace' THEN ww.id WHEN al.kind IN ('user_create', 'user_write', 'ssh_key') THEN sub.id
            WHEN al.kind = 'template_version' THEN fixture_gen.uuid('tv', 1 + al.k % 60)::uuid WHEN al.kind = 'group' THEN fixture_gen.uuid('cgrp', 7 + al.k % 16)::uuid
            WHEN al.kind = 'license' THEN fixture_gen.uuid('lic', 1 + al.k % 4)::uuid ELSE sub.id END,
       CASE al.kind WHEN 'login' THEN sub.username WHEN 'login_fail' THEN sub.username WHEN 'logout' THEN sub.username WHEN 'build' THEN ww.name WHEN 'workspace' THEN ww.name
                    WHEN 'user_create' THEN sub.username WHEN 'user_write' THEN sub.username WHEN 'api_key' THEN sub.username || '-' || fixture_gen.pick(ARRAY['laptop', 'cli', 'gateway'], 'alak', al.k)
                    WHEN 'ssh_key' THEN sub.username WHEN 'template_version' THEN (SELECT name FROM cgen.t WHERE k = 1 + ((al.k % 60) / 3))
                    WHEN 'group' THEN (SELECT name FROM cgen.g WHERE k = 7 + al.k % 16) ELSE fixture_gen.uuid('lic', 1 + al.k % 4) END,
       (CASE al.kind WHEN 'login' THEN 'login' WHEN 'login_fail' THEN 'login' WHEN 'logout' THEN 'logout' WHEN 'build' THEN CASE WHEN bb.tr = 'stop' THEN 'stop' WHEN bb.tr = 'delete' THEN 'delete' ELSE 'start' END
                     WHEN 'workspace' THEN 'create' WHEN 'user_create' THEN 'create' WHEN 'license' THEN 'create' WHEN 'api_key' THEN 'create' ELSE 'write' END)::audit_action,
       CASE al.kind
         WHEN 'user_create' THEN jsonb_build_object('id', jsonb_build_object('old', '00000000-0000-0000-0000-000000000000', 'new', sub.id, 'secret', false),
             'email', jsonb_build_object('old', '', 'new', sub.email, 'secret', false), 'username', jsonb_build_object('old', '', 'new', sub.username, 'secret', false),
             'name', jsonb_build_object('old', '', 'new', coalesce(sub.name, ''), 'secret', false), 'hashed_password', jsonb_build_object('old', '', 'new', '', 'secret', true),
             'login_type', jsonb_build_object('old', '', 'new', sub.login, 'secret', false), 'status', jsonb_build_object('old', '', 'new', 'dormant', 'secret', false))
         WHEN 'user_write' THEN CASE al.k % 3
             WHEN 0 THEN jsonb_build_object('status', jsonb_build_object('old', 'active', 'new', 'suspended', 'secret', false))
             WHEN 1 THEN jsonb_build_object('name', jsonb_build_object('old', coalesce(sub.first, '') || ' ' || upper(coalesce(sub.last, '')), 'new', coalesce(sub.name, ''), 'secret', false),
                                            'email', jsonb_build_object('old', lower(coalesce(sub.first, 'x')) || '.' || lower(coalesce(sub.last, 'y')) || '@aldermoorbank.co.uk', 'new', sub.email, 'secret', false))
             ELSE jsonb_build_object('rbac_roles', jsonb_build_object('old', '[]'::jsonb, 'new', '["template-admin"]'::jsonb, 'secret', false)) END
         WHEN 'workspace' THEN jsonb_build_object('name', jsonb_build_object('old', '', 'new', ww.name, 'secret', false), 'owner_id', jsonb_build_object('old', '00000000-0000-0000-0000-000000000000', 'new', ws_owner.id, 'secret', false),
             'template_id', jsonb_build_object('old', '00000000-0000-0000-0000-000000000000', 'new', fixture_gen.uuid('tpl', ww.t), 'secret', false),
             'autostart_schedule', jsonb_build_object('old', NULL, 'new', 'CRON_TZ=Europe/London 30 8 * * 1-5', 'secret', false))
         WHEN 'api_key' THEN jsonb_build_object('token_name', jsonb_build_object('old', '', 'new', sub.username || '-' || fixture_gen.pick(ARRAY['laptop', 'cli', 'gateway'], 'alak', al.k), 'secret', false),
             'hashed_secret', jsonb_build_object('old', '', 'new', '', 'secret', true), 'lifetime_seconds', jsonb_build_object('old', 0, 'new', 2592000, 'secret', false),
             'ip_address', jsonb_build_object('old', '', 'new', host(cgen.ip('alip', al.k)), 'secret', false))
         WHEN 'ssh_key' THEN jsonb_build_object('public_key', jsonb_build_object('old', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || substr(fixture_gen.b64('gskpo', sub.i, 33), 1, 43), 'new', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || substr(fixture_gen.b64('gskp', sub.i, 33), 1, 43), 'secret', false),
             'private_key', jsonb_build_object('old', '', 'new', '', 'secret', true))
         WHEN 'template_version' THEN jsonb_build_object('message', jsonb_build_object('old', '', 'new', 'Bump base image to 2025-04 patch level', 'secret', false))
         WHEN 'group' THEN jsonb_build_object('members', jsonb_build_object('old', jsonb_build_array(fixture_gen.uuid('cu', 1 + al.k % 104)), 'new', jsonb_build_array(fixture_gen.uuid('cu', 1 + al.k % 104), sub.id), 'secret', false))
         WHEN 'license' THEN jsonb_build_object('jwt', jsonb_build_object('old', '', 'new', '', 'secret', true), 'exp', jsonb_build_object('old', '0001-01-01T00:00:00Z', 'new', '2026-03-31T00:00:00Z', 'secret', false))
         ELSE '{}'::jsonb END,
       CASE WHEN al.kind = 'login_fail' THEN 401 WHEN al.kind = 'build' AND al.k % 11 = 0 THEN 403 WHEN al.kind IN ('login', 'user_create', 'api_key', 'workspace', 'license') THEN 201 ELSE 200 END,
       CASE WHEN al.kind = 'build' THEN jsonb_build_object('workspace_name', ww.name, 'build_number', bb.n::text, 'build_reason', bb.reason, 'workspace_id', ww.id, 'workspace_owner', ws_owner.username)
            WHEN al.kind = 'login_fail' THEN jsonb_build_object('reason', 'Incorrect email or password.')
            WHEN al.kind = 'logout' THEN '{}'::jsonb
            WHEN al.kind = 'workspace' THEN jsonb_build_object('workspace_owner', ws_owner.username)
            ELSE '{}'::jsonb END,
       fixture_gen.uuid('alr', al.k)::uuid,
       CASE WHEN al.kind IN ('user_create', 'user_write', 'ssh_key', 'login', 'logout', 'login_fail', 'api_key') THEN (SELECT avatar_url FROM users u WHERE u.id = sub.id)
            WHEN al.kind IN ('build', 'workspace') THEN tp.icon WHEN al.kind = 'group' THEN (SELECT icon FROM cgen.g WHERE k = 7 + al.k % 16) ELSE '' END
FROM cgen.al al JOIN cgen.p act ON act.i = al.actor JOIN cgen.p sub ON sub.i = al.subj
LEFT JOIN cgen.b bb ON al.kind = 'build' AND bb.bk = (SELECT bk FROM cgen.b ORDER BY bk OFFSET fixture_gen.n('alb', al.k, 500) LIMIT 1)
LEFT JOIN cgen.w ww ON ww.k = coalesce(bb.w, 1 + fixture_gen.n('alw', al.k, 200))
LEFT JOIN cgen.p ws_owner ON ws_owner.i = ww.owner
LEFT JOIN cgen.t tp ON tp.k = ww.t
ORDER BY al.k;
UPDATE audit_logs SET user_id = (SELECT id FROM cgen.p WHERE i = 139), ip = '10.96.4.21', user_agent = 'Go-http-client/1.1'
WHERE resource_type = 'workspace_build' AND additional_fields->>'build_reason' IN ('autostop', 'autostart', 'dormancy', 'autodelete');

-- ---------------------------------------------------------------------------
-- Notifications.

CREATE TABLE notification_templates (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    title_template text NOT NULL,
    body_template text NOT NULL,
    actions jsonb,
    "group" text,
    method notification_method,
    kind notification_template_kind DEFAULT 'system'::notification_template_kind NOT NULL,
    enabled_by_default boolean DEFAULT true NOT NULL
);
COMMENT ON TABLE notification_templates IS 'Templates from which to create notification messages.';
INSERT INTO notification_templates (id, name, title_template, body_template, actions, "group", method, kind, enabled_by_default)
SELECT fixture_gen.uuid('nt', k)::uuid, n, tt, bt, ac::jsonb, g, m::notification_method, 'system', ebd
FROM (VALUES
  (1, 'Workspace Deleted', 'Workspace "{{.Labels.name}}" deleted', E'Hi {{.UserName}},\n\nYour workspace **{{.Labels.name}}** was deleted.\n\nThe specified reason was "**{{.Labels.reason}}{{ if .Labels.initiator }} ({{ .Labels.initiator }}){{end}}**".', '[{"url": "{{base_url}}/workspaces", "label": "View workspaces"}, {"url": "{{base_url}}/templates", "label": "View templates"}]', 'Workspace Events', NULL, true),
  (2, 'Workspace Autobuild Failed', 'Workspace "{{.Labels.name}}" autobuild failed', E'Hi {{.UserName}},\n\nAutomatic build of your workspace **{{.Labels.name}}** failed.\n\nThe specified reason was "**{{.Labels.reason}}**".', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.name}}", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (3, 'Workspace Marked as Dormant', 'Workspace "{{.Labels.name}}" marked as dormant', E'Hi {{.UserName}},\n\nYour workspace **{{.Labels.name}}** has been marked as dormant because of {{.Labels.reason}}.\nDormant workspaces are automatically deleted after {{.Labels.timeTilDormant}} of inactivity.', '[{"url": "{{base_url}}/workspaces?filter=dormant%3Atrue", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (4, 'Workspace Marked for Deletion', 'Workspace "{{.Labels.name}}" marked for deletion', E'Hi {{.UserName}},\n\nYour workspace **{{.Labels.name}}** has been marked for **deletion** after {{.Labels.timeTilDormant}} of dormancy because of {{.Labels.reason}}.', '[{"url": "{{base_url}}/workspaces?filter=dormant%3Atrue", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (5, 'User account created', 'User account "{{.Labels.created_account_name}}" created', E'Hi {{.UserName}},\n\nNew user account **{{.Labels.created_account_name}}** has been created.', '[{"url": "{{base_url}}/deployment/users?filter=status%3Aactive", "label": "View accounts"}]', 'User Events', NULL, true),
  (6, 'User account deleted', 'User account "{{.Labels.deleted_account_name}}" deleted', E'Hi {{.UserName}},\n\nUser account **{{.Labels.deleted_account_name}}** has been deleted.', '[{"url": "{{base_url}}/deployment/users?filter=status%3Aactive", "label": "View accounts"}]', 'User Events', NULL, true),
  (7, 'User account suspended', 'User account "{{.Labels.suspended_account_name}}" suspended', E'Hi {{.UserName}},\n\nUser account **{{.Labels.suspended_account_name}}** has been suspended.', '[{"url": "{{base_url}}/deployment/users?filter=status%3Asuspended", "label": "View suspended accounts"}]', 'User Events', NULL, true),
  (8, 'Your account has been suspended', 'Your account "{{.Labels.suspended_account_name}}" has been suspended', E'Hi {{.UserName}},\n\nYour account **{{.Labels.suspended_account_name}}** has been suspended.', '[]', 'User Events', NULL, true),
  (9, 'Template deleted', 'Template "{{.Labels.name}}" deleted', E'Hi {{.UserName}},\n\nThe template **{{.Labels.name}}** was deleted by **{{ .Labels.initiator }}**.', '[{"url": "{{base_url}}/templates", "label": "View templates"}]', 'Template Events', NULL, true),
  (10, 'Workspace Manually Updated', 'Workspace "{{.Labels.workspace}}" manually updated', E'Hello {{.UserName}},\n\nA new workspace build has been manually created for your workspace **{{.Labels.workspace}}** by **{{.Labels.initiator}}** to update it to version **{{.Labels.version}}** of template **{{.Labels.template}}**.', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.workspace}}", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (11, 'Workspace Updated Automatically', 'Workspace "{{.Labels.name}}" updated automatically', E'Hi {{.UserName}},\n\nYour workspace **{{.Labels.name}}** has been updated automatically to the latest template version ({{.Labels.template_version_name}}).\n\nReason for update: **{{.Labels.template_version_message}}**.', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.name}}", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (12, 'Report: Workspace Builds Failed For Template', 'Workspace builds failed for template "{{.Labels.template_display_name}}"', E'Hi {{.UserName}},\n\nTemplate **{{.Labels.template_display_name}}** has failed to build {{.Data.failed_builds}}/{{.Data.total_builds}} times over the last {{.Data.report_frequency}}.', '[{"url": "{{base_url}}/workspaces?filter=template%3A{{.Labels.template_name}}", "label": "View workspaces"}]', 'Template Events', NULL, true),
  (13, 'One-Time Passcode', 'Your One-Time Passcode', E'Hi {{.UserName}},\n\nA request to reset the password for your Coder account has been made. Your one-time passcode is:\n\n**{{.Labels.one_time_passcode}}**\n\nIf you did not request to reset your password, you can ignore this message.', '[]', 'User Events', 'smtp', true),
  (14, 'Workspace Reached Resource Threshold', 'Your workspace "{{.Labels.workspace}}" reached the memory usage threshold', E'Hi {{.UserName}},\n\nYour workspace **{{.Labels.workspace}}** has reached the memory usage threshold set at **{{.Labels.threshold}}**.', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.workspace}}", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (15, 'Workspace Out Of Disk', 'Your workspace "{{.Labels.workspace}}" is low on volume space', E'Hi {{.UserName}},\n\nVolume **{{.Labels.volume}}** of your workspace **{{.Labels.workspace}}** has reached the usage threshold set at **{{.Labels.threshold}}**.', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.workspace}}", "label": "View workspace"}]', 'Workspace Events', NULL, true),
  (16, 'Test Notification', 'A test notification', E'Hi {{.UserName}},\n\nThis is a test notification.', '[{"url": "{{base_url}}/deployment/notifications", "label": "View notification settings"}]', 'Notification Events', NULL, true),
  (17, 'Template Deprecated', 'Template "{{.Labels.template}}" has been deprecated', E'Hello {{.UserName}},\n\nThe template **{{.Labels.template}}** has been deprecated with the following message:\n\n**{{.Labels.message}}**', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.workspace}}", "label": "See affected workspace"}]', 'Template Events', NULL, true),
  (18, 'Workspace Created', 'Workspace "{{.Labels.workspace}}" created', E'Hi {{.UserName}},\n\nThe workspace **{{.Labels.workspace}}** has been created from the template **{{.Labels.template}}** using version **{{.Labels.version}}**.', '[{"url": "{{base_url}}/@{{.UserUsername}}/{{.Labels.workspace}}", "label": "View workspace"}]', 'Workspace Events', NULL, false),
  (19, 'Contractor access expiring', 'Your Coder access expires on {{.Labels.expires}}', E'Hi {{.UserName}},\n\nYour access as a contractor of **{{.Labels.firm}}** expires on {{.Labels.expires}}. Ask your Aldermoor sponsor to extend it in ServiceNow.', '[]', 'User Events', 'smtp', true),
  (20, 'Your account has been activated', 'Your account "{{.Labels.activated_account_name}}" has been activated', E'Hi {{.UserName}},\n\nYour account **{{.Labels.activated_account_name}}** has been activated.', '[{"url": "{{base_url}}/workspaces", "label": "Open Coder"}]', 'User Events', NULL, true))
  v(k, n, tt, bt, ac, g, m, ebd);
UPDATE notification_templates SET kind = 'custom' WHERE name = 'Contractor access expiring';

CREATE TABLE notification_messages (
    id uuid NOT NULL PRIMARY KEY,
    notification_template_id uuid NOT NULL,
    user_id uuid NOT NULL,
    method notification_method NOT NULL,
    status notification_message_status DEFAULT 'pending'::notification_message_status NOT NULL,
    status_reason text,
    created_by text NOT NULL,
    payload jsonb NOT NULL,
    attempt_count integer DEFAULT 0,
    targets uuid[],
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone,
    leased_until timestamp with time zone,
    next_retry_after timestamp with time zone,
    queued_seconds double precision,
    dedupe_hash text
);
INSERT INTO notification_messages (id, notification_template_id, user_id, method, status, status_reason, created_by, payload, attempt_count, targets, created_at,
  updated_at, leased_until, next_retry_after, queued_seconds, dedupe_hash)
SELECT fixture_gen.uuid('nm', nk)::uuid, fixture_gen.uuid('nt', tk)::uuid, o.id, m::notification_method, st::notification_message_status,
       CASE st WHEN 'permanent_failure' THEN CASE WHEN m = 'smtp' THEN 'smtp: 550 5.1.1 <' || o.email || '>: Recipient address rejected: User unknown in relay recipient table'
                                               ELSE 'webhook: POST https://hooks.aldermoor-bank.com/coder/notify: unexpected status 410 Gone' END
               WHEN 'temporary_failure' THEN CASE WHEN m = 'smtp' THEN 'smtp: dial tcp 10.12.0.25:587: i/o timeout' ELSE 'webhook: POST https://hooks.aldermoor-bank.com/coder/notify: 502 Bad Gateway' END
               WHEN 'inhibited' THEN 'disabled by user' ELSE NULL END,
       CASE tk WHEN 1 THEN 'autobuild' WHEN 2 THEN 'autobuild' WHEN 3 THEN 'dormancy' WHEN 4 THEN 'dormancy' WHEN 12 THEN 'notification-report-generator' WHEN 13 THEN 'coderd' ELSE 'coderd' END,
       jsonb_build_object('_version', '1.2', 'notification_name', (SELECT name FROM notification_templates WHERE id = fixture_gen.uuid('nt', tk)::uuid),
         'notification_template_id', fixture_gen.uuid('nt', tk), 'user_id', o.id, 'user_email', o.email, 'user_name', coalesce(o.name, ''), 'user_username', o.username,
         'actions', CASE WHEN tk IN (1, 2, 3, 4, 10, 11, 14, 15) THEN jsonb_build_array(jsonb_build_object('label', 'View workspace', 'url', 'https://coder.dev.aldermoor-bank.com/@' || o.username || '/' || w.name)) ELSE '[]'::jsonb END,
         'labels', CASE tk
            WHEN 1 THEN jsonb_build_object('name', w.name, 'reason', 'autodeleted due to dormancy', 'initiator', 'autobuild')
            WHEN 2 THEN jsonb_build_object('name', w.name, 'reason', 'autostart')
            WHEN 3 THEN jsonb_build_object('name', w.name, 'reason', 'inactivity exceeded the dormancy threshold', 'timeTilDormant', '30 days')
            WHEN 4 THEN jsonb_build_object('name', w.name, 'reason', 'template updated to new dormancy policy', 'timeTilDormant', '7 days')
            WHEN 5 THEN jsonb_build_object('created_account_name', s.username, 'created_account_user_name', coalesce(s.name, ''), 'initiator', 'coder-admin')
            WHEN 7 THEN jsonb_build_object('suspended_account_name', s.username, 'suspended_account_user_name', coalesce(s.name, ''), 'initiator', (SELECT username FROM cgen.p WHERE i = 4))
            WHEN 10 THEN jsonb_build_object('workspace', w.name, 'template', (SELECT name FROM cgen.t WHERE cgen.t.k = w.t), 'version', 'v1.2.5', 'initiator', (SELECT username FROM cgen.p WHERE i = 2))
            WHEN 11 THEN jsonb_build_object('name', w.name, 'template_version_name', 'v1.3.5', 'template_version_message', 'Bump base image to 2025-04 patch level')
            WHEN 12 THEN jsonb_build_object('template_name', 'payments-java21', 'template_display_name', 'Payments · Java 21')
            WHEN 13 THEN jsonb_build_object('one_time_passcode', fixture_gen.uuid('nmotp', nk))
            WHEN 14 THEN jsonb_build_object('workspace', w.name, 'threshold', '90%')
            WHEN 15 THEN jsonb_build_object('workspace', w.name, 'volume', '/home/coder', 'threshold', '95%')
            WHEN 17 THEN jsonb_build_object('template', 'payments-java17-legacy', 'workspace', w.name, 'message', (SELECT deprecated FROM cgen.t WHERE k = 2))
            WHEN 19 THEN jsonb_build_object('firm', CASE WHEN o.kind = 'northbridge' THEN 'Northbridge Consulting' ELSE 'Tekvia Consulting' END, 'expires', '31 July 2025')
            ELSE '{}'::jsonb END,
         'data', CASE WHEN tk = 12 THEN jsonb_build_object('failed_builds', 4, 'total_builds', 37, 'report_frequency', 'week', 'template_versions',
                    jsonb_build_array(jsonb_build_object('template_version_name', 'v1.1.5', 'failed_count', 4, 'failed_builds',
                      jsonb_build_array(jsonb_build_object('build_number', 3, 'workspace_name', w.name, 'workspace_owner_username', (SELECT username FROM cgen.p WHERE i = w.owner))))))
                  ELSE NULL END,
         'targets', NULL),
       CASE st WHEN 'sent' THEN 1 WHEN 'permanent_failure' THEN 5 WHEN 'temporary_failure' THEN 2 ELSE 0 END,
       CASE WHEN tk IN (1, 2, 3, 4, 10, 11, 14, 15, 17) THEN ARRAY[w.id, fixture_gen.uuid('tpl', w.t)::uuid] WHEN tk IN (5, 7) THEN ARRAY[s.id] END,
       c, c + make_interval(secs => 2 + fixture_gen.n('nmu', nk, 60)), NULL,
       CASE WHEN st = 'temporary_failure' THEN c + interval '5 minutes' END,
       round((0.05 + fixture_gen.n('nmq', nk, 3000) / 1000.0)::numeric, 3)::double precision,
       md5(tk || ':' || o.id || ':' || m || ':' || nk)
FROM generate_series(1, 260) nk
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 2, 3, 3, 4, 5, 7, 10, 11, 11, 12, 13, 14, 14, 15, 17, 19, 16])[1 + fixture_gen.n('nmt', nk, 19)] AS tk) x
JOIN cgen.w w ON w.k = 1 + fixture_gen.n('nmw', nk, 200)
JOIN cgen.p o ON o.i = CASE WHEN x.tk IN (5, 7, 12) THEN (ARRAY[1, 2, 4, 5])[1 + nk % 4] WHEN x.tk = 13 THEN (ARRAY[1, 2, 3, 5, 147, 148])[1 + nk % 6]
                            WHEN x.tk = 19 THEN 105 + fixture_gen.n('nmc', nk, 31) WHEN x.tk = 16 THEN 1 ELSE w.owner END
JOIN cgen.p s ON s.i = 1 + fixture_gen.n('nms', nk, 136)
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('nmm', nk, 6) = 0 THEN 'webhook' WHEN fixture_gen.n('nmm', nk, 6) = 1 OR x.tk IN (14, 15) THEN 'inbox' ELSE 'smtp' END AS m0) mm
CROSS JOIN LATERAL (SELECT CASE WHEN x.tk IN (13, 19) THEN 'smtp' ELSE mm.m0 END AS m,
                           fixture_gen.pick(ARRAY['sent', 'sent', 'sent', 'sent', 'sent', 'sent', 'permanent_failure', 'temporary_failure', 'inhibited', 'pending'], 'nmst', nk) AS st,
                           cgen.at('nmc', nk, '2025-03-01', '2025-06-27') AS c) y
WHERE o.kind <> 'system'
ORDER BY nk;

-- ---------------------------------------------------------------------------
-- Coder as an OAuth2 provider: Backstage, Grafana, the Jira integration
-- and MCP clients that registered themselves.

CREATE TABLE oauth2_provider_apps (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying(64) NOT NULL,
    icon character varying(256) NOT NULL,
    callback_url text NOT NULL,
    redirect_uris text[],
    client_type text DEFAULT 'confidential'::text,
    dynamically_registered boolean DEFAULT false,
    client_id_issued_at timestamp with time zone DEFAULT now(),
    client_secret_expires_at timestamp with time zone,
    grant_types text[] DEFAULT '{authorization_code,refresh_token}'::text[],
    response_types text[] DEFAULT '{code}'::text[],
    token_endpoint_auth_method text DEFAULT 'client_secret_basic'::text,
    scope text DEFAULT ''::text,
    contacts text[],
    client_uri text,
    logo_uri text,
    tos_uri text,
    policy_uri text,
    jwks_uri text,
    jwks jsonb,
    software_id text,
    software_version text,
    registration_access_token bytea,
    registration_client_uri text
);
COMMENT ON COLUMN oauth2_provider_apps.contacts IS 'RFC 7591: Array of email addresses for responsible parties';
INSERT INTO oauth2_provider_apps (id, created_at, updated_at, name, icon, callback_url, redirect_uris, client_type, dynamically_registered, client_id_issued_at,
  client_secret_expires_at, grant_types, response_types, token_endpoint_auth_method, scope, contacts, client_uri, logo_uri, tos_uri, policy_uri, jwks_uri, jwks,
  software_id, software_version, registration_access_token, registration_client_uri)
SELECT fixture_gen.uuid('oa', k)::uuid, c, c + make_interval(days => fixture_gen.n('oau', k, 30)), nm, ic, cb, ARRAY[cb], CASE WHEN dyn THEN 'public' ELSE 'confidential' END, dyn, c, NULL,
       '{authorization_code,refresh_token}', '{code}', CASE WHEN dyn THEN 'none' ELSE 'client_secret_basic' END, CASE WHEN dyn THEN 'coder:workspaces.operate coder:templates.build' ELSE '' END,
       CASE WHEN NOT dyn THEN ARRAY['platform-eng@aldermoor-bank.com', (SELECT email FROM cgen.p WHERE i = (ARRAY[1, 2, 3, 5, 19, 57])[1 + k % 6])] END,
       CASE WHEN NOT dyn THEN regexp_replace(cb, '^(https://[^/]+).*$', '\1') ELSE sw_uri END, NULL, NULL, NULL, NULL, NULL, sw_id, sw_ver,
       CASE WHEN dyn THEN cgen.sha(cgen.rnd('oarat', k, 40)) END,
       CASE WHEN dyn THEN 'https://coder.dev.aldermoor-bank.com/oauth2/clients/' || fixture_gen.uuid('oa', k) END
FROM generate_series(1, 22) k
CROSS JOIN LATERAL (SELECT k > 7 AS dyn, cgen.at('oac', k, '2024-09-01', '2025-06-20') AS c) d
CROSS JOIN LATERAL (SELECT CASE k WHEN 1 THEN 'Backstage' WHEN 2 THEN 'Grafana' WHEN 3 THEN 'Jira Coder integration' WHEN 4 THEN 'Developer portal (staging)' WHEN 5 THEN 'ServiceNow access requests'
                                  WHEN 6 THEN 'Sourcegraph' WHEN 7 THEN 'Internal CLI wrapper'
                                  ELSE fixture_gen.pick(ARRAY['Claude Code', 'Cursor', 'Visual Studio Code', 'Windsurf', 'MCP Inspector', 'Zed'], 'oan', k) END AS nm,
                           CASE k WHEN 1 THEN '/icon/backstage.svg' WHEN 2 THEN '/icon/grafana.svg' WHEN 3 THEN '/icon/jira.svg' ELSE '' END AS ic,
                           CASE k WHEN 1 THEN 'https://backstage.aldermoor-bank.com/api/auth/coder/handler/frame' WHEN 2 THEN 'https://grafana.aldermoor-bank.com/login/generic_oauth'
                                  WHEN 3 THEN 'https://jira.aldermoor-bank.com/plugins/servlet/coder/oauth/callback' WHEN 4 THEN 'https://backstage.staging.aldermoor-bank.com/api/auth/coder/handler/frame'
                                  WHEN 5 THEN 'https://aldermoor.service-now.com/oauth_redirect.do' WHEN 6 THEN 'https://sourcegraph.aldermoor-bank.com/.auth/callback'
                                  WHEN 7 THEN 'http://127.0.0.1:53682/callback'
                                  ELSE 'http://127.0.0.1:' || (33000 + fixture_gen.n('oap', k, 30000)) || '/oauth/callback' END AS cb,
                           CASE WHEN k > 7 THEN fixture_gen.uuid('oasw', k % 6) END AS sw_id, CASE WHEN k > 7 THEN '1.' || (k % 5) || '.' || (k % 3) END AS sw_ver,
                           CASE WHEN k > 7 THEN 'https://github.com/modelcontextprotocol' END AS sw_uri) n
ORDER BY k;

CREATE TABLE oauth2_provider_app_secrets (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone,
    hashed_secret bytea NOT NULL,
    display_secret text NOT NULL,
    app_id uuid NOT NULL,
    secret_prefix bytea NOT NULL
);
COMMENT ON COLUMN oauth2_provider_app_secrets.display_secret IS 'The tail end of the original secret so secrets can be differentiated.';
INSERT INTO oauth2_provider_app_secrets (id, created_at, last_used_at, hashed_secret, display_secret, app_id, secret_prefix)
SELECT fixture_gen.uuid('oas', k)::uuid, a.created_at + make_interval(days => k % 5), CASE WHEN k % 4 <> 0 THEN a.created_at + make_interval(days => 20 + k % 40) END,
       cgen.sha(cgen.rnd('oass', k, 40)), right(cgen.rnd('oass', k, 40), 6), a.id, convert_to(lower(cgen.rnd('oasp', k, 10)), 'UTF8')
FROM generate_series(1, 30) k JOIN oauth2_provider_apps a ON a.id = fixture_gen.uuid('oa', 1 + k % 22)::uuid
ORDER BY k;

CREATE TABLE oauth2_provider_app_tokens (
    id uuid NOT NULL PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    hash_prefix bytea NOT NULL,
    refresh_hash bytea NOT NULL,
    app_secret_id uuid NOT NULL,
    api_key_id text NOT NULL,
    audience text,
    user_id uuid NOT NULL
);
COMMENT ON COLUMN oauth2_provider_app_tokens.refresh_hash IS 'Refresh tokens provide a way to refresh an access token (API key). An expired API key can be refreshed if this token is not yet expired, meaning this expiry can outlive an API key.';
INSERT INTO oauth2_provider_app_tokens (id, created_at, expires_at, hash_prefix, refresh_hash, app_secret_id, api_key_id, audience, user_id)
SELECT fixture_gen.uuid('oat', k)::uuid, c, c + interval '30 days', convert_to(lower(cgen.rnd('oathp', k, 10)), 'UTF8'), cgen.sha(cgen.rnd('oatrh', k, 40)),
       fixture_gen.uuid('oas', 1 + k % 30)::uuid, cgen.rnd('oaak', k, 10), 'https://coder.dev.aldermoor-bank.com', fixture_gen.uuid('cu', 1 + fixture_gen.n('oatu', k, 104))::uuid
FROM generate_series(1, 84) k CROSS JOIN LATERAL (SELECT cgen.at('oatc', k, '2025-01-15', '2025-06-27') AS c) x
ORDER BY k;

-- ---------------------------------------------------------------------------
-- Keys, licences and site configuration.

CREATE TABLE crypto_keys (
    feature crypto_key_feature NOT NULL,
    sequence integer NOT NULL,
    secret text,
    secret_key_id text,
    starts_at timestamp with time zone NOT NULL,
    deletes_at timestamp with time zone,
    PRIMARY KEY (feature, sequence)
);
INSERT INTO crypto_keys (feature, sequence, secret, secret_key_id, starts_at, deletes_at)
SELECT f::crypto_key_feature, s, CASE WHEN s = 1 THEN fixture_gen.hexn('ck' || f, s, CASE WHEN f = 'workspace_apps_api_key' THEN 64 ELSE 128 END) ELSE cgen.enc('cke' || f, s, 64) END,
       CASE WHEN s > 1 THEN cgen.kid() END, timestamptz '2024-11-04 00:00:00+00' + make_interval(days => (s - 1) * 30),
       CASE WHEN s <= 3 THEN timestamptz '2024-11-04 00:00:00+00' + make_interval(days => s * 30 + 7) END
FROM unnest(ARRAY['workspace_apps_token', 'workspace_apps_api_key', 'oidc_convert', 'tailnet_resume']) f CROSS JOIN generate_series(1, 6) s
ORDER BY f, s;

CREATE TABLE licenses (
    id integer NOT NULL PRIMARY KEY,
    uploaded_at timestamp with time zone NOT NULL,
    jwt text NOT NULL,
    exp timestamp with time zone NOT NULL,
    uuid uuid NOT NULL
);
CREATE SEQUENCE licenses_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE licenses_id_seq OWNED BY licenses.id;
ALTER TABLE ONLY licenses ALTER COLUMN id SET DEFAULT nextval('licenses_id_seq'::regclass);
INSERT INTO licenses (id, uploaded_at, jwt, exp, uuid)
SELECT k, u, rtrim(translate(encode(convert_to('{"alg":"EdDSA","kid":"v1","typ":"JWT"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
          || rtrim(translate(encode(convert_to(jsonb_build_object('license_expires', extract(epoch FROM e)::bigint, 'account_type', 'salesforce', 'account_id', '0013h00000' || upper(cgen.rnd('lacc', 1, 8)),
               'trial', k = 1, 'all_features', k > 1, 'feature_set', CASE WHEN k > 1 THEN 'premium' ELSE '' END, 'version', 3,
               'features', jsonb_build_object('user_limit', CASE k WHEN 1 THEN 50 WHEN 2 THEN 150 ELSE 250 END),
               'iat', extract(epoch FROM u)::bigint, 'nbf', extract(epoch FROM u)::bigint, 'exp', extract(epoch FROM e)::bigint + 604800, 'license_id', fixture_gen.uuid('lic', k))::text, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
          || cgen.b64url('lsig', k, 64),
       e, fixture_gen.uuid('lic', k)::uuid
FROM (VALUES (1, timestamptz '2023-09-05 11:00:00+00', timestamptz '2023-10-05 00:00:00+00'), (2, '2023-10-04 15:20:00+00', '2024-10-03 00:00:00+00'),
             (3, '2024-09-30 09:45:00+00', '2025-09-30 00:00:00+00'), (4, '2025-03-18 10:10:00+00', '2026-03-31 00:00:00+00')) v(k, u, e);

CREATE TABLE site_configs (
    key character varying(256) NOT NULL PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO site_configs (key, value) VALUES
  ('deployment_id', fixture_gen.uuid('deploy', 1)),
  ('last_update_check', '{"checked":"2025-06-27T06:00:04.118Z","version":"v2.23.1","url":"https://github.com/coder/coder/releases/tag/v2.23.1"}'),
  ('app_signing_key', fixture_gen.hexn('appsign', 1, 128)),
  ('derp_mesh_key', cgen.rnd('derpmesh', 1, 32)),
  ('oauth_signing_key', fixture_gen.hexn('oauthsign', 1, 64)),
  ('coordinator_resume_token_signing_key', fixture_gen.hexn('resume', 1, 128)),
  ('webpush_vapid_public_key', 'B' || substr(cgen.b64url('vapidpub', 1, 65), 2)),
  ('webpush_vapid_private_key', cgen.b64url('vapidpriv', 1, 32)),
  ('logo_url', 'https://cdn.aldermoor-bank.com/brand/aldermoor-mark-white.svg'),
  ('application_name', 'Aldermoor Dev Environments'),
  ('service_banner', '{"enabled":true,"message":"Non-production only. No customer data in workspaces: see the Data Handling Standard DHS-04.","background_color":"#004B8D"}'),
  ('announcement_banners', '[{"enabled":true,"message":"Coder will be upgraded to v2.23 on Saturday 28 June, 07:00-09:00 BST. Questions to ' || fixture_gen.full_name('cpf', 1) || ' (Platform).","background_color":"#004B8D"},{"enabled":false,"message":"Contractor access review due 30 June: sponsors, please confirm in ServiceNow.","background_color":"#B54708"}]'),
  ('health_settings', '{"dismissed_healthchecks":["WorkspaceProxy"]}'),
  ('notifications_settings', '{"notifier_paused":false}'),
  ('group_sync_settings', '{"field":"groups","mapping":{"AAD-Coder-Payments-Developers":["' || fixture_gen.uuid('cgrp', 7) || '"],"AAD-Coder-DataPlatform-Engineers":["' || fixture_gen.uuid('cgrp', 9) || '"],"AAD-Coder-Platform-Admins":["' || fixture_gen.uuid('cgrp', 13) || '"]},"regex_filter":"^AAD-Coder-.*","auto_create_missing_groups":false}'),
  ('role_sync_settings', '{"field":"roles","mapping":{"Coder.Owner":["owner"],"Coder.TemplateAdmin":["template-admin"],"Coder.Auditor":["auditor"]}}'),
  ('organization_sync_settings', '{"field":"groups","mapping":{"AAD-Coder-Payments-Developers":["' || fixture_gen.uuid('corg', 2) || '"],"AAD-Coder-DataPlatform-Engineers":["' || fixture_gen.uuid('corg', 3) || '"],"AAD-Guests-Tekvia":["' || fixture_gen.uuid('corg', 5) || '"]},"organization_assign_default":true}'),
  ('oauth2_github_default_eligible', 'false');

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA cgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
