-- classify-eval fixture (HOLDOUT 19: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted n8n 1.12x (workflow automation) on PostgreSQL in the naming its
-- TypeORM migrations create: lower and snake_case tables ("user",
-- workflow_entity, execution_data, shared_credentials), quoted camelCase
-- columns ("firstName", "pinData", "staticData", "webhookPath"), 16-character
-- nanoid keys, uuid user ids, timestamp(3) with time zone, json and jsonb.
-- Brightloop, an online shop for home fitness gear in Lisbon and Berlin, runs
-- its automation on it: staff with bcrypt hashes, personalization survey
-- answers (role, company size), encrypted TOTP secrets and recovery codes,
-- LDAP and SAML identities (uids and emails); personal projects named
-- "<First> <Last> <email>" as n8n names them and team projects; credentials
-- encrypted by n8n's Cipher (crypto-js "Salted__" base64) under plain labels;
-- workflows whose node parameters keep what people typed: an OpenWeather key
-- in a URL, OpenAI and DHL keys in headers, a Slack incoming-webhook URL, a
-- key in a Code node, a SQL query excluding two customers by email, an
-- accounts signature with a phone, a new hire's personal email, mobile and
-- home address in a Set node, the on-call mobile an SMS goes to; pinned
-- sample data of leads, applicants, invoices and orders; static data with
-- Stripe webhook signing secrets; saved versions whose authors are editors'
-- names; production webhooks whose random paths are all that guards them;
-- executions whose serialized run data (flatted) carries the leads, tickets,
-- Stripe events with hosted-invoice links, orders, applications and chat
-- messages that went through, and the website's API key in a header;
-- custom execution data (emails, names, order numbers); annotations naming
-- customers; settings with the LDAP bind password, OIDC secret, deploy key
-- and licence among flags; variables mixing config with an on-call mobile,
-- an approver's email and tokens; log-streaming destinations with API keys
-- and Sentry DSNs; revoked session JWTs; public API and MCP keys (JWTs); the
-- MCP server's OAuth clients, codes and tokens; Remove Duplicates state as
-- md5 of emails; evaluations whose inputs and outputs quote tickets; insights
-- copying project names; binary data of CVs, shipping labels and supplier
-- invoices; community packages with their npm authors; the chat hub's
-- sessions, messages and agents' prompts; the Postgres Chat Memory table of
-- the website chat; and data tables (data_table_user_<id>) of leads, ticket
-- triage, candidates, invoice reminders, shipments, newsletter subscribers,
-- an employee directory with birthdays and emergency contacts, webinar
-- registrations with personal Zoom links, refunds with IBANs and GDPR
-- requests, beside tables that only look personal: product copy, KPIs,
-- warehouse bins with an "address" and a "contact", AI usage, a channel map.
-- Roles, scopes, tags, folders, statistics and migrations hold nothing
-- personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ngen;
SET client_min_messages = warning;
SET jit = off;

-- ts: a TypeORM timestamp(3) with time zone between 2023-03-01 and the
-- snapshot (2025-11-05).
CREATE FUNCTION ngen.ts(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamptz '2023-03-01 00:00:00+00' + make_interval(secs => fixture_gen.n(tag, i, 85000000) + fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

-- nid: the 16-character ids n8n gives workflows, credentials, projects,
-- tags, folders and variables (nanoid of [0-9A-Za-z]).
CREATE FUNCTION ngen.nid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars('nid' || tag, i, 16) $$;

-- b64url: URL-safe unpadded base64 of len bytes.
CREATE FUNCTION ngen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION ngen.b64u(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(translate(encode(convert_to(s, 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_') $$;

-- rnd: random-looking alphanumerics.
CREATE FUNCTION ngen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- cjs: what n8n's Cipher writes (crypto-js AES with the instance's
-- encryption key): base64 of "Salted__", an 8-byte salt and the
-- ciphertext, blocks enough for a plaintext of len bytes.
CREATE FUNCTION ngen.cjs(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(convert_to('Salted' || '__', 'UTF8') || decode(fixture_gen.hexn('cjs' || tag, i, 16 + 32 * (len / 16 + 1)), 'hex'), 'base64'), E'\n', '')
$$;

-- bcrypt as bcryptjs writes it (cost 10).
CREATE FUNCTION ngen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- jwt: an HS256 JSON Web Token with the given claims.
CREATE FUNCTION ngen.jwt(claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT ngen.b64u('{"alg":"HS256","typ":"JWT"}') || '.' || ngen.b64u(claims) || '.' || ngen.b64url(tag, i, 32)
$$;

CREATE FUNCTION ngen.host() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'n8n.brightloop.example' $$;

-- Staff of Brightloop, a Lisbon- and Berlin-based online shop for home
-- fitness gear that runs its automation on a self-hosted n8n. 1 is the
-- instance owner, 2-4 admins, 5-32 members (some LDAP, some SAML), 33-36
-- invited and still pending (email only), 37-38 outside contractors.
CREATE TABLE ngen.u AS
SELECT i, f, l, f || ' ' || l AS full_name,
       CASE WHEN i IN (37, 38) THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com'], 'ucm', i)
            WHEN i % 6 = 2 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || CASE WHEN dup > 1 THEN dup::text ELSE '' END || '@brightloop.example'
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN dup > 1 THEN dup::text ELSE '' END || '@brightloop.example' END AS email,
       CASE WHEN i = 1 THEN 'global:owner' WHEN i <= 4 THEN 'global:admin' ELSE 'global:member' END AS role,
       CASE WHEN i BETWEEN 5 AND 32 AND i % 4 = 1 THEN 'ldap' WHEN i BETWEEN 5 AND 32 AND i % 7 = 3 THEN 'saml' WHEN i BETWEEN 33 AND 36 THEN 'pending' ELSE 'email' END AS auth,
       fixture_gen.pick(ARRAY['Marketing', 'Finance', 'Customer Support', 'Data Platform', 'People Ops', 'Engineering', 'Operations'], 'udep', i) AS dept,
       timestamptz '2023-03-02 09:00:00+00' + (i - 1) * interval '17 days' + make_interval(secs => fixture_gen.n('ucr', i, 30000)) AS cr
FROM (SELECT i, f, l, row_number() OVER (PARTITION BY f, l ORDER BY i) AS dup
      FROM (SELECT i, fixture_gen.first_name('uf', i) AS f, fixture_gen.last_name('ul', i) AS l FROM generate_series(1, 38) i) y) x;

-- Customers of the shop, whose records flow through the workflows.
CREATE TABLE ngen.c AS
SELECT i, fixture_gen.first_name('cf', i) AS f, fixture_gen.last_name('cl', i) AS l,
       fixture_gen.first_name('cf', i) || ' ' || fixture_gen.last_name('cl', i) AS full_name,
       fixture_gen.ascii(fixture_gen.first_name('cf', i)) || CASE WHEN i % 3 = 0 THEN '_' ELSE '.' END || fixture_gen.ascii(fixture_gen.last_name('cl', i)) || CASE WHEN i % 4 = 0 THEN (i % 100)::text ELSE '' END
         || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'sapo.pt', 'web.de', 'gmx.de', 'orange.fr', 'proton.me', 'icloud.com', 'libero.it', 'yahoo.es', 'wp.pl'], 'cmd', i) AS email, fixture_gen.phone('cp', i) AS phone, fixture_gen.street('cs', i) AS street,
       fixture_gen.city('cc', i) AS city, fixture_gen.postcode('cz', i) AS postcode,
       fixture_gen.pick(ARRAY['PT', 'DE', 'DE', 'FR', 'ES', 'GB', 'NL', 'IT', 'PL', 'US'], 'cco', i) AS country,
       (10200 + i * 7)::text AS order_no,
       fixture_gen.pick(ARRAY['Adjustable Dumbbell Set 24kg', 'Foldable Treadmill T3', 'Yoga Mat Pro 6mm', 'Resistance Bands (5 pack)', 'Rowing Machine R1',
         'Kettlebell 16kg', 'Pull-up Bar Doorway', 'Spin Bike S200', 'Foam Roller', 'Weight Bench Incline'], 'cprod', i) AS product,
       round((19 + fixture_gen.n('camt', i, 120000) / 100.0)::numeric, 2) AS amount
FROM generate_series(1, 400) i;

-- Roles and scopes (the RBAC tables of 1.11x). The custom role is the
-- support team's read-only one.
CREATE TABLE role (
  slug varchar(128) PRIMARY KEY,
  "displayName" text,
  description text,
  "roleType" text,
  "systemRole" boolean NOT NULL DEFAULT false,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO role VALUES
  ('global:owner', 'Owner', 'Owner of the instance', 'global', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('global:admin', 'Admin', 'Administrator of the instance', 'global', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('global:member', 'Member', 'Member of the instance', 'global', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('project:personalOwner', 'Project Owner', 'Owner of a personal project', 'project', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('project:admin', 'Project Admin', 'Full control of settings, members, workflows, credentials and executions', 'project', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('project:editor', 'Project Editor', 'Create, edit, and delete workflows, credentials, and executions', 'project', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('project:viewer', 'Project Viewer', 'Read-only access to workflows, credentials, and executions', 'project', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('credential:owner', 'Credential Owner', 'Owner of a credential', 'credential', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('credential:user', 'Credential User', 'User of a shared credential', 'credential', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('workflow:owner', 'Workflow Owner', 'Owner of a workflow', 'workflow', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('workflow:editor', 'Workflow Editor', 'Editor of a shared workflow', 'workflow', true, '2025-09-15 08:12:44.301+00', '2025-09-15 08:12:44.301+00'),
  ('project:support-readonly', 'Support (read executions)', 'Support agents can open executions to answer customer questions, nothing else', 'project', false, '2025-10-02 13:40:09.118+00', '2025-10-06 07:55:31.602+00');

CREATE TABLE scope (
  slug varchar(128) PRIMARY KEY,
  "displayName" text,
  description text
);
INSERT INTO scope
SELECT r || ':' || a, initcap(replace(r, 'Tag', ' tag')) || ' ' || a, CASE WHEN a = 'read' THEN 'Allows reading ' || r || 's' WHEN a = 'list' THEN 'Allows listing ' || r || 's' ELSE 'Allows ' || a || ' on ' || r || 's' END
FROM unnest(ARRAY['workflow', 'credential', 'execution', 'project', 'folder', 'tag', 'variable', 'user', 'dataTable', 'annotationTag', 'sourceControl', 'ldap', 'saml', 'eventBusDestination', 'insights']) r,
     unnest(ARRAY['create', 'read', 'update', 'delete', 'list']) a
WHERE NOT (r IN ('sourceControl', 'ldap', 'saml', 'insights') AND a IN ('create', 'delete'));

CREATE TABLE role_scope (
  "roleSlug" varchar(128) NOT NULL REFERENCES role (slug) ON DELETE CASCADE,
  "scopeSlug" varchar(128) NOT NULL REFERENCES scope (slug) ON DELETE CASCADE,
  PRIMARY KEY ("roleSlug", "scopeSlug")
);
INSERT INTO role_scope
SELECT r.slug, s.slug FROM role r JOIN scope s ON
  r.slug IN ('global:owner', 'global:admin')
  OR (r.slug = 'global:member' AND s.slug ~ '^(tag|annotationTag|dataTable):(read|list)$|^(workflow|credential):create$')
  OR (r.slug IN ('project:personalOwner', 'project:admin') AND s.slug ~ '^(workflow|credential|execution|folder|dataTable):')
  OR (r.slug = 'project:editor' AND s.slug ~ '^(workflow|credential|execution|folder|dataTable):(create|read|update|list)$')
  OR (r.slug IN ('project:viewer', 'project:support-readonly') AND s.slug ~ '^(workflow|execution):(read|list)$')
  OR (r.slug = 'credential:owner' AND s.slug ~ '^credential:')
  OR (r.slug = 'credential:user' AND s.slug = 'credential:read')
  OR (r.slug = 'workflow:owner' AND s.slug ~ '^workflow:')
  OR (r.slug = 'workflow:editor' AND s.slug ~ '^workflow:(read|update|list)$');

CREATE TABLE "user" (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email varchar(255) UNIQUE,
  "firstName" varchar(32),
  "lastName" varchar(32),
  password varchar(255),
  "personalizationAnswers" json,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  settings json,
  disabled boolean NOT NULL DEFAULT false,
  "mfaEnabled" boolean NOT NULL DEFAULT false,
  "mfaSecret" text,
  "mfaRecoveryCodes" text,
  "lastActiveAt" date,
  "roleSlug" varchar(128) NOT NULL DEFAULT 'global:member' REFERENCES role (slug)
);
INSERT INTO "user"
SELECT fixture_gen.uuid('user', u.i)::uuid, u.email,
       CASE WHEN u.auth <> 'pending' THEN u.f END, CASE WHEN u.auth <> 'pending' THEN u.l END,
       CASE WHEN u.auth <> 'pending' THEN ngen.bcrypt('upw', u.i) END,
       CASE WHEN u.auth <> 'pending' AND (u.i % 3 <> 2 OR u.i = 1) THEN json_build_object(
         'version', 'v4', 'personalization_survey_submitted_at', to_char(u.cr + interval '4 minutes', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'personalization_survey_n8n_version', fixture_gen.pick(ARRAY['1.22.6', '1.30.1', '1.45.1', '1.62.5', '1.81.4'], 'upsv', u.i),
         'companyIndustryExtended', json_build_array('e-commerce'),
         'companySize', CASE WHEN u.cr < '2024-01-01' THEN '20-99' ELSE '100-499' END,
         'companyType', 'ecommerce',
         'role', CASE u.dept WHEN 'Marketing' THEN 'marketing-growth' WHEN 'Finance' THEN 'finance' WHEN 'Customer Support' THEN 'customer-support' WHEN 'Data Platform' THEN 'engineering'
                 WHEN 'People Ops' THEN 'other' WHEN 'Engineering' THEN 'engineering' ELSE 'it' END,
         'roleOther', CASE WHEN u.dept = 'People Ops' THEN fixture_gen.pick(ARRAY['HR business partner', 'Head of People', 'Recruiting coordinator'], 'uro', u.i) END,
         'automationBeneficiary', fixture_gen.pick(ARRAY['myself', 'my-team', 'my-company'], 'uab', u.i),
         'reportedSource', fixture_gen.pick(ARRAY['google', 'youtube', 'friend', 'linkedin', 'reddit', 'podcast'], 'urs', u.i),
         'reportedSourceOther', NULL, 'usageModes', json_build_array('own', 'connect'),
         'codingSkill', (1 + fixture_gen.n('ucs', u.i, 5))::text) END,
       u.cr, u.cr + make_interval(days => fixture_gen.n('uup', u.i, 400)),
       CASE WHEN u.auth = 'pending' THEN NULL ELSE json_build_object('userActivated', u.i % 5 <> 4, 'userActivatedAt', CASE WHEN u.i % 5 <> 4 THEN (extract(epoch FROM u.cr) * 1000)::bigint + 86400000 * (1 + u.i % 9) END,
         'firstSuccessfulWorkflowId', CASE WHEN u.i % 5 <> 4 THEN ngen.nid('wf', u.i) END, 'allowSSOManualLogin', u.i <= 4,
         'easyAIWorkflowOnboarded', u.i % 2 = 0, 'npsSurvey', json_build_object('responded', u.i % 3 = 0, 'lastShownAt', 1738000000000 + u.i::bigint * 86400000)) END,
       u.i IN (12, 27),
       u.auth = 'email' AND u.i % 3 = 0,
       CASE WHEN u.auth = 'email' AND u.i % 3 = 0 THEN ngen.cjs('mfa', u.i, 32) END,
       CASE WHEN u.auth = 'email' AND u.i % 3 = 0 THEN (SELECT string_agg(ngen.cjs('mfarc' || k, u.i, 36), ',' ORDER BY k) FROM generate_series(1, 10) k) ELSE '' END,
       CASE WHEN u.auth <> 'pending' THEN date '2025-11-05' - fixture_gen.n('ula', u.i, 40) END,
       u.role
FROM ngen.u u;

CREATE TABLE auth_identity (
  "userId" uuid REFERENCES "user" (id) ON DELETE CASCADE,
  "providerId" varchar(64) NOT NULL,
  "providerType" varchar(32) NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY ("providerId", "providerType")
);
INSERT INTO auth_identity
SELECT fixture_gen.uuid('user', u.i)::uuid,
       CASE u.auth WHEN 'ldap' THEN lower(substr(fixture_gen.ascii(u.f), 1, 1) || fixture_gen.ascii(u.l)) ELSE u.email END,
       u.auth, u.cr, u.cr + make_interval(days => fixture_gen.n('aiup', u.i, 300))
FROM ngen.u u WHERE u.auth IN ('ldap', 'saml') OR u.i IN (2, 3);
UPDATE auth_identity SET "providerType" = 'ldap', "providerId" = (SELECT lower(substr(fixture_gen.ascii(u.f), 1, 1) || fixture_gen.ascii(u.l)) FROM ngen.u u WHERE fixture_gen.uuid('user', u.i)::uuid = "userId")
WHERE "providerType" = 'email';

CREATE TABLE auth_provider_sync_history (
  id serial PRIMARY KEY,
  "providerType" varchar(32) NOT NULL,
  "runMode" text NOT NULL,
  status text NOT NULL,
  "startedAt" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "endedAt" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  scanned integer NOT NULL,
  created integer NOT NULL,
  updated integer NOT NULL,
  disabled integer NOT NULL,
  error text
);
INSERT INTO auth_provider_sync_history ("providerType", "runMode", status, "startedAt", "endedAt", scanned, created, updated, disabled, error)
SELECT 'ldap', CASE WHEN k <= 3 OR k % 29 = 0 THEN 'dry' ELSE 'live' END,
       CASE WHEN k % 17 = 5 OR k % 23 = 11 THEN 'error' ELSE 'success' END,
       timestamp '2024-02-12 06:00:00' + (k - 1) * interval '1 hour' * 61,
       timestamp '2024-02-12 06:00:00' + (k - 1) * interval '1 hour' * 61 + make_interval(secs => 2 + fixture_gen.n('ash', k, 40)),
       CASE WHEN k % 17 = 5 THEN 0 ELSE 9 + k / 20 END,
       CASE WHEN k % 17 = 5 OR k % 23 = 11 THEN 0 WHEN k % 11 = 0 THEN 1 ELSE 0 END,
       CASE WHEN k % 17 = 5 OR k % 23 = 11 THEN 0 WHEN k % 7 = 0 THEN 1 + k % 3 ELSE 0 END,
       CASE WHEN k % 31 = 9 THEN 1 ELSE 0 END,
       CASE WHEN k % 17 = 5 THEN fixture_gen.pick(ARRAY['Error: connect ECONNREFUSED 10.20.4.11:389', 'InvalidCredentialsError: 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 52e, v4563',
                  'Error: LDAP search timed out after 60000ms'], 'aer', k)
            WHEN k % 23 = 11 THEN 'QueryFailedError: duplicate key value violates unique constraint "UQ_e12875dfb3b1d92d7d7c5377e22" Key (email)=('
                 || (SELECT u.email FROM ngen.u u WHERE u.i = 5 + k % 28) || ') already exists.' END
FROM generate_series(1, 150) k;

-- Projects: every user's personal project (named "<First> <Last> <email>"
-- as n8n names it, "<email>" for pending invites) and six team projects.
CREATE TABLE ngen.tp (k int PRIMARY KEY, name text, icon text, descr text, depts text[]);
INSERT INTO ngen.tp VALUES
  (1, 'Marketing Ops', '{"type":"icon","value":"bullhorn"}', 'Lead capture, newsletter and webinar workflows. Ask in #mkt-automation before activating anything that sends email.', ARRAY['Marketing']),
  (2, 'Finance Automation', '{"type":"emoji","value":"💸"}', 'Invoice reminders, Stripe reconciliation and the monthly VAT export. Owner: ' || (SELECT full_name FROM ngen.u WHERE i = 3) || '; if the reconciliation fails at month end call her on ' || fixture_gen.phone('tpph', 2) || '.', ARRAY['Finance']),
  (3, 'Customer Support', '{"type":"icon","value":"headset"}', 'Zendesk triage with the AI agent, refund approvals, shipping status answers.', ARRAY['Customer Support']),
  (4, 'Data Platform', '{"type":"icon","value":"database"}', 'Syncs between Postgres, BigQuery and HubSpot. Nightly jobs run 01:00-04:00 Europe/Lisbon.', ARRAY['Data Platform', 'Engineering']),
  (5, 'People & Hiring', '{"type":"emoji","value":"🧑‍💼"}', 'Candidate pipeline, onboarding and offboarding. Contains candidate data: do not share with other teams.', ARRAY['People Ops']),
  (6, 'Shop Operations', '{"type":"icon","value":"truck"}', 'Warehouse, DHL and Shopify order flows.', ARRAY['Operations', 'Engineering']);

CREATE TABLE project (
  id varchar(36) PRIMARY KEY,
  name varchar(255) NOT NULL,
  type varchar(36) NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  icon json,
  description varchar(512)
);
INSERT INTO project
SELECT ngen.nid('pp', u.i), CASE WHEN u.auth = 'pending' THEN '<' || u.email || '>' ELSE u.f || ' ' || u.l || ' <' || u.email || '>' END, 'personal',
       greatest(u.cr, timestamptz '2024-05-14 11:02:37.512+00'), greatest(u.cr, timestamptz '2024-05-14 11:02:37.512+00') + make_interval(days => fixture_gen.n('ppup', u.i, 90)), NULL, NULL
FROM ngen.u u
UNION ALL
SELECT ngen.nid('pt', t.k), t.name, 'team', timestamptz '2024-06-03 09:00:00+00' + t.k * interval '2 days 3 hours', timestamptz '2025-03-01 09:00:00+00' + t.k * interval '11 days', t.icon::json, t.descr
FROM ngen.tp t;

CREATE TABLE project_relation (
  "projectId" varchar(36) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  "userId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  role varchar NOT NULL REFERENCES role (slug),
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY ("projectId", "userId")
);
INSERT INTO project_relation
SELECT ngen.nid('pp', u.i), fixture_gen.uuid('user', u.i)::uuid, 'project:personalOwner', p."createdAt", p."createdAt"
FROM ngen.u u JOIN project p ON p.id = ngen.nid('pp', u.i)
UNION ALL
SELECT ngen.nid('pt', t.k), fixture_gen.uuid('user', u.i)::uuid,
       CASE WHEN u.i <= 4 OR u.i % 9 = 0 THEN 'project:admin' WHEN t.k = 3 AND u.i % 2 = 1 THEN 'project:support-readonly' WHEN u.i % 5 = 3 THEN 'project:viewer' ELSE 'project:editor' END,
       timestamptz '2024-06-10 09:00:00+00' + make_interval(days => fixture_gen.n('prc', u.i * 10 + t.k, 300)), timestamptz '2024-06-10 09:00:00+00' + make_interval(days => 300 + fixture_gen.n('pru', u.i * 10 + t.k, 100))
FROM ngen.u u JOIN ngen.tp t ON u.dept = ANY (t.depts) OR (u.i <= 4 AND t.k IN (2, 4)) OR (u.i IN (37, 38) AND t.k = 1)
WHERE u.auth <> 'pending';

-- Sessions are JWTs in the n8n-auth cookie; logging out adds them here
-- until they expire.
CREATE TABLE invalid_auth_token (
  token varchar(512) PRIMARY KEY,
  "expiresAt" timestamp(3) with time zone NOT NULL
);
INSERT INTO invalid_auth_token
SELECT ngen.jwt('{"id":"' || fixture_gen.uuid('user', 1 + fixture_gen.n('iatu', k, 32)) || '","hash":"' || ngen.rnd('iath', k, 10) || '","browserId":"' || fixture_gen.b64('iatb', k, 32)
       || '","usedMfa":' || (k % 4 = 0)::text || ',"iat":' || (1759000000 + k * 21313) || ',"exp":' || (1759000000 + k * 21313 + 604800) || '}', 'iats', k),
       to_timestamp(1759000000 + k * 21313 + 604800)
FROM generate_series(1, 90) k;

CREATE TABLE user_api_keys (
  id varchar(36) PRIMARY KEY,
  "userId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  label varchar(100) NOT NULL,
  "apiKey" varchar NOT NULL UNIQUE,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  scopes json,
  audience varchar NOT NULL DEFAULT 'public-api',
  UNIQUE ("userId", label)
);
INSERT INTO user_api_keys
SELECT ngen.nid('ak', k), fixture_gen.uuid('user', u)::uuid, lab,
       ngen.jwt('{"sub":"' || fixture_gen.uuid('user', u) || '","iss":"n8n","aud":"' || aud || '","jti":"' || fixture_gen.uuid('akj', k) || '","iat":' || (1727000000 + k * 1500000) || '}', 'aks', k),
       to_timestamp(1727000000 + k * 1500000), to_timestamp(1727000000 + k * 1500000),
       CASE WHEN aud = 'public-api' THEN (CASE WHEN k % 3 = 0 THEN '["workflow:read","workflow:list","execution:read","execution:list"]'
            ELSE '["workflow:create","workflow:read","workflow:update","workflow:delete","workflow:list","workflow:activate","workflow:deactivate","execution:read","execution:list","credential:create","tag:read","tag:list","variable:list"]' END)::json END,
       aud
FROM (SELECT k, (ARRAY[1, 2, 3, 4, 7, 9, 11, 14, 15, 18, 20, 22, 24, 26, 2, 4, 28, 30, 31, 6])[k] AS u,
             (ARRAY['Terraform', 'GitHub Actions deploy', 'Backup script', 'Retool dashboard', 'Zapier migration', 'Claude Desktop', 'Cursor', 'Grafana exporter',
                    'Make.com bridge', 'Looker Studio', 'test', 'My laptop', 'Postman', 'CLI', 'MCP Server API', 'MCP Server API', 'MCP Server API', 'HubSpot sync',
                    'n8n-nodes dev', 'Airflow'])[k] AS lab,
             CASE WHEN k IN (15, 16, 17) THEN 'mcp-server-api' ELSE 'public-api' END AS aud
      FROM generate_series(1, 20) k) x;

-- Instance settings: flags beside the LDAP, SAML and OIDC configuration
-- (bind password and client secret encrypted by n8n's Cipher), the source
-- control deploy key, the external secrets providers' settings (encrypted
-- whole) and the licence certificate.
CREATE TABLE settings (
  key varchar(255) PRIMARY KEY,
  value text NOT NULL,
  "loadOnStartup" boolean NOT NULL DEFAULT false
);
INSERT INTO settings VALUES
  ('userManagement.isInstanceOwnerSetUp', 'true', true),
  ('userManagement.authenticationMethod', 'ldap', true),
  ('ui.banners.dismissed', '["V1","TRIAL_OVER","NON_PRODUCTION_LICENSE"]', true),
  ('features.ldap', json_build_object('loginEnabled', true, 'loginLabel', 'Brightloop account', 'connectionUrl', 'ldap.internal.brightloop.example', 'allowUnauthorizedCerts', false,
     'connectionSecurity', 'startTls', 'connectionPort', 389, 'baseDn', 'ou=people,dc=brightloop,dc=example', 'bindingAdminDn', 'cn=svc-n8n-bind,ou=services,dc=brightloop,dc=example',
     'bindingAdminPassword', ngen.cjs('ldapbind', 1, 24), 'firstNameAttribute', 'givenName', 'lastNameAttribute', 'sn', 'emailAttribute', 'mail', 'loginIdAttribute', 'uid',
     'ldapIdAttribute', 'uid', 'userFilter', '(memberOf=cn=n8n-users,ou=groups,dc=brightloop,dc=example)', 'synchronizationEnabled', true, 'synchronizationInterval', 60,
     'searchPageSize', 0, 'searchTimeout', 60)::text, true),
  ('features.saml', json_build_object('mapping', json_build_object('email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'firstName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
     'lastName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', 'userPrincipalName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn'),
     'metadata', '<?xml version="1.0" encoding="utf-8"?><EntityDescriptor ID="_' || fixture_gen.uuid('samlmd', 1) || '" entityID="https://sts.windows.net/' || fixture_gen.uuid('tenant', 1)
       || '/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>MIIC8DCCAdigAwIBAgIQ'
       || fixture_gen.b64('samlcert', 1, 180) || '</X509Certificate></X509Data></KeyInfo></KeyDescriptor><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/'
       || fixture_gen.uuid('tenant', 1) || '/saml2"/></IDPSSODescriptor></EntityDescriptor>',
     'metadataUrl', 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/federationmetadata/2007-06/federationmetadata.xml?appid=' || fixture_gen.uuid('samlapp', 1),
     'ignoreSSL', false, 'loginBinding', 'redirect', 'acsBinding', 'post', 'authnRequestsSigned', false, 'loginEnabled', false, 'loginLabel', 'Microsoft Entra ID',
     'wantAssertionsSigned', true, 'wantMessageSigned', true, 'signatureConfig', json_build_object('prefix', 'ds', 'location', json_build_object('reference', '/samlp:Response/saml:Issuer', 'action', 'after')))::text, true),
  ('features.oidc', json_build_object('clientId', fixture_gen.uuid('oidcclient', 1), 'clientSecret', ngen.cjs('oidcsecret', 1, 40),
     'discoveryEndpoint', 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/v2.0/.well-known/openid-configuration', 'loginEnabled', true, 'prompt', 'select_account')::text, true),
  ('features.sourceControl', '{"branchName":"main","connected":true,"repositoryUrl":"git@github.com:brightloop/n8n-workflows.git","branchReadOnly":false,"branchColor":"#5296D6","connectionType":"ssh","keyGeneratorType":"ed25519"}', true),
  ('features.sourceControl.sshKeys', json_build_object('encryptedPrivateKey', ngen.cjs('sshpriv', 1, 400), 'publicKey', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || ngen.rnd('sshpub', 1, 43) || ' n8n deploy key')::text, true),
  ('features.externalSecrets', ngen.cjs('extsec', 1, 300), true),
  ('license.cert', fixture_gen.b64('lic1', 1, 256) || fixture_gen.b64('lic2', 1, 256) || fixture_gen.b64('lic3', 1, 256) || fixture_gen.b64('lic4', 1, 200), true),
  ('mfa.enforced', 'false', true),
  ('mcp.access.enabled', 'true', true),
  ('userManagement.emailsEnabled', 'true', true),
  ('features.personalSpacePolicy', '{"personalSpacePublishing":false,"personalSpaceSharing":true}', true),
  ('insights.lastPruneAt', '"2025-11-04T02:00:00.114Z"', false),
  ('ui.n8nAiAssistant.dismissedCallouts', '["ai-assistant-welcome","evaluation-promo"]', false),
  ('telemetry.instanceDeployment', '{"type":"docker","queueMode":true,"workers":3}', false),
  ('features.securityAudit.lastReport', '{"generatedAt":"2025-10-28T07:30:11.912Z","risks":["credentials","nodes","instance"],"issues":7}', false);

-- Variables ($vars in expressions): plain config beside an on-call mobile,
-- an approver's email, tokens and a URL with a password.
CREATE TABLE variables (
  id varchar(36) PRIMARY KEY,
  key varchar(50) NOT NULL,
  type varchar(50) NOT NULL DEFAULT 'string',
  value varchar(255),
  "projectId" varchar(36) REFERENCES project (id) ON DELETE CASCADE
);
INSERT INTO variables
SELECT ngen.nid('var', k), key, 'string', value, CASE WHEN tp > 0 THEN ngen.nid('pt', tp) END
FROM (VALUES
  (1, 'ENVIRONMENT', 'production', 0), (2, 'SLACK_ALERT_CHANNEL', '#ops-alerts', 0), (3, 'SUPPORT_MAILBOX', 'support@brightloop.example', 0),
  (4, 'ONCALL_PHONE', fixture_gen.phone('oncall', 4), 6), (5, 'FINANCE_APPROVER_EMAIL', (SELECT email FROM ngen.u WHERE i = 3), 2),
  (6, 'SHOPIFY_STORE', 'brightloop-fit', 6), (7, 'SHOPIFY_ADMIN_TOKEN', 'shpat' || '_' || fixture_gen.hexn('shpat', 1, 32), 6),
  (8, 'OPENAI_MODEL', 'gpt-4o-mini', 3), (9, 'DHL_API_KEY', ngen.rnd('dhlkey', 1, 32), 6), (10, 'SENDGRID_TEMPLATE_WELCOME', 'd-' || fixture_gen.hexn('sgtpl', 1, 32), 1),
  (11, 'ERP_BASE_URL', 'https://erp.internal.brightloop.example/api/v2', 4), (12, 'WAREHOUSE_FTP_URL', 'ftps://brightloop:' || ngen.rnd('ftppw', 1, 14) || '@ftp.lx-logistics.example:990/outbound', 6),
  (13, 'GOOGLE_SHEET_BUDGET_ID', ngen.rnd('gsheet', 1, 44), 2), (14, 'HUBSPOT_PORTAL_ID', '2' || fixture_gen.digits('hsp', 1, 7), 1), (15, 'MAX_RETRIES', '3', 0),
  (16, 'DATA_RETENTION_DAYS', '90', 0), (17, 'STRIPE_WEBHOOK_SECRET', 'whsec' || '_' || ngen.rnd('whsecv', 1, 32), 2), (18, 'CEO_ASSISTANT_EMAIL', fixture_gen.email('ceoasst', 18), 0),
  (19, 'HIRING_MANAGER_BACKEND', (SELECT email FROM ngen.u WHERE i = 9), 5), (20, 'DEFAULT_CURRENCY', 'EUR', 0), (21, 'ZENDESK_SUBDOMAIN', 'brightloop', 3),
  (22, 'REFUND_AUTO_APPROVE_LIMIT', '75', 3), (23, 'BIGQUERY_DATASET', 'analytics_prod', 4), (24, 'TELEGRAM_BOT_TOKEN', (7000000000 + fixture_gen.n('tgb', 1, 99999999))::text || ':AA' || ngen.rnd('tgbt', 1, 33), 6),
  (25, 'PAYROLL_CONTACT_PHONE', fixture_gen.phone('payroll', 25), 5), (26, 'NEWSLETTER_LIST_ID', 'a1b2c3' || fixture_gen.hexn('nl', 1, 4), 1)
) v(k, key, value, tp);

CREATE TABLE tag_entity (
  id varchar(36) PRIMARY KEY,
  name varchar(24) NOT NULL UNIQUE,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO tag_entity
SELECT ngen.nid('tag', k), name, ngen.ts('tagc', k), ngen.ts('tagc', k) + interval '3 days'
FROM unnest(ARRAY['production', 'draft', 'finance', 'ai', 'gdpr', 'legacy', 'customer-facing', 'nightly', 'pii', 'hubspot', 'shopify', 'slack', 'hr', 'webhook',
                  'error-handler', 'do-not-touch', 'experiment', 'reporting', 'support', 'evaluation']) WITH ORDINALITY t(name, k);

CREATE TABLE folder (
  id varchar(36) PRIMARY KEY,
  name varchar(128) NOT NULL,
  "parentFolderId" varchar(36) REFERENCES folder (id) ON DELETE CASCADE,
  "projectId" varchar(36) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO folder
SELECT ngen.nid('fo', k), name, CASE WHEN parent > 0 THEN ngen.nid('fo', parent) END, CASE WHEN tp > 0 THEN ngen.nid('pt', tp) ELSE ngen.nid('pp', -tp) END,
       timestamptz '2025-04-10 08:00:00+00' + k * interval '3 days 5 hours', timestamptz '2025-04-10 08:00:00+00' + k * interval '5 days 1 hour'
FROM (VALUES (1, 'Lead capture', 0, 1), (2, 'Newsletter', 0, 1), (3, 'Webinars', 0, 1), (4, 'Archive', 0, 1), (5, 'Reminders', 0, 2), (6, 'Reconciliation', 0, 2),
             (7, 'Month end', 6, 2), (8, 'Triage', 0, 3), (9, 'Refunds', 0, 3), (10, 'AI agent', 0, 3), (11, 'Evaluations', 10, 3), (12, 'Syncs', 0, 4), (13, 'Nightly', 12, 4),
             (14, 'Backfills', 0, 4), (15, 'Candidates', 0, 5), (16, 'Onboarding', 0, 5), (17, 'Offboarding', 0, 5), (18, 'Orders', 0, 6), (19, 'Shipping', 0, 6),
             (20, 'Returns', 18, 6), (21, 'Sandbox', 0, -2), (22, 'Experiments', 0, -7), (23, 'Old', 0, -7), (24, 'Templates', 0, -1), (25, 'Scratch', 0, -14),
             (26, 'AI tests', 0, -18), (27, 'Utilities', 0, 4), (28, 'Error handling', 0, 4)) v(k, name, parent, tp);

CREATE TABLE folder_tag (
  "folderId" varchar(36) NOT NULL REFERENCES folder (id) ON DELETE CASCADE,
  "tagId" varchar(36) NOT NULL REFERENCES tag_entity (id) ON DELETE CASCADE,
  PRIMARY KEY ("folderId", "tagId")
);
INSERT INTO folder_tag SELECT ngen.nid('fo', f), ngen.nid('tag', t)
FROM (VALUES (1, 1), (1, 10), (2, 1), (5, 3), (6, 3), (8, 19), (10, 4), (11, 20), (12, 8), (13, 8), (15, 13), (15, 9), (16, 13), (18, 11), (19, 11), (21, 17), (26, 4), (28, 15)) v(f, t);

-- Credentials: names are labels, data the encrypted JSON of keys and
-- tokens.
CREATE TABLE credentials_entity (
  id varchar(36) PRIMARY KEY,
  name varchar(128) NOT NULL,
  data text NOT NULL,
  type varchar(128) NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "isManaged" boolean NOT NULL DEFAULT false
);
CREATE TABLE ngen.cr AS
SELECT k, t.type, t.name || CASE WHEN k > 24 THEN ' ' || (1 + k / 24)::text ELSE '' END AS name, t.len, t.tp
FROM generate_series(1, 64) k
JOIN (VALUES (0, 'slackApi', 'Slack bot (#ops-alerts)', 80, 4), (1, 'gmailOAuth2', 'Gmail account', 900, 1), (2, 'postgres', 'Postgres prod (read-only)', 160, 4),
             (3, 'openAiApi', 'OpenAI', 120, 3), (4, 'hubspotOAuth2Api', 'HubSpot account', 1100, 1), (5, 'stripeApi', 'Stripe live', 140, 2), (6, 'httpHeaderAuth', 'Warehouse API header', 90, 6),
             (7, 'zendeskApi', 'Zendesk support', 110, 3), (8, 'googleSheetsOAuth2Api', 'Google Sheets account', 900, 2), (9, 'twilioApi', 'Twilio SMS', 120, 6),
             (10, 'aws', 'AWS backups (s3)', 150, 4), (11, 'shopifyAccessTokenApi', 'Shopify Admin API', 120, 6), (12, 'sendGridApi', 'SendGrid', 100, 1),
             (13, 'airtableTokenApi', 'Airtable PAT', 110, 5), (14, 'telegramApi', 'Telegram ops bot', 80, 6), (15, 'smtp', 'SMTP (Postmark)', 140, 0),
             (16, 'anthropicApi', 'Anthropic', 130, 3), (17, 'googleBigQueryOAuth2Api', 'BigQuery service', 1400, 4), (18, 'httpBasicAuth', 'ERP basic auth', 90, 4),
             (19, 'notionApi', 'Notion workspace', 80, 5), (20, 'jiraSoftwareCloudApi', 'Jira Cloud', 140, 4), (21, 'microsoftTeamsOAuth2Api', 'Teams (HR)', 1000, 5),
             (22, 'personioApi', 'Personio', 110, 5), (23, 'sftp', 'LX Logistics SFTP', 120, 6)) t(m, type, name, len, tp)
  ON t.m = (k - 1) % 24;
INSERT INTO credentials_entity
SELECT ngen.nid('cred', k), c.name, ngen.cjs('crd', k, c.len), c.type, ngen.ts('crc', k), ngen.ts('crc', k) + make_interval(days => fixture_gen.n('cru', k, 200)), false
FROM ngen.cr c
UNION ALL
SELECT ngen.nid('cred', 100), 'n8n free OpenAI API credits', ngen.cjs('crd', 100, 120), 'openAiApi', '2024-11-20 10:00:00+00', '2024-11-20 10:00:00+00', true;

CREATE TABLE shared_credentials (
  "credentialsId" varchar(36) NOT NULL REFERENCES credentials_entity (id) ON DELETE CASCADE,
  "projectId" varchar(36) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  role text NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY ("credentialsId", "projectId")
);
INSERT INTO shared_credentials
SELECT ngen.nid('cred', c.k), CASE WHEN c.tp > 0 AND c.k % 5 <> 0 THEN ngen.nid('pt', c.tp) ELSE ngen.nid('pp', 1 + c.k % 30) END, 'credential:owner', ngen.ts('crc', c.k), ngen.ts('crc', c.k)
FROM ngen.cr c
UNION ALL
SELECT ngen.nid('cred', c.k), ngen.nid('pt', 1 + (c.tp + 2) % 6), 'credential:user', ngen.ts('crc', c.k) + interval '20 days', ngen.ts('crc', c.k) + interval '20 days'
FROM ngen.cr c WHERE c.k % 3 = 0
UNION ALL
SELECT ngen.nid('cred', 100), ngen.nid('pp', 1), 'credential:owner', '2024-11-20 10:00:00+00', '2024-11-20 10:00:00+00';

-- Workflows. Twelve kinds (k - 1) % 12, each in the team that runs it (or a
-- member's personal project); node parameters keep what people typed in:
-- API keys in URLs and headers, an email excluded in a SQL query, a
-- signature with a phone, a new hire's details in a Set node, the on-call
-- mobile an SMS goes to.
CREATE FUNCTION ngen.node(nm text, typ text, ver numeric, x int, y int, params json, creds json, wid text, tag text, k int) RETURNS json
LANGUAGE sql IMMUTABLE AS $$
  SELECT json_strip_nulls(json_build_object('parameters', params, 'id', fixture_gen.uuid('node' || tag || nm, k), 'name', nm, 'type', typ, 'typeVersion', ver,
         'position', json_build_array(x, y), 'webhookId', wid, 'credentials', creds))
$$;

CREATE FUNCTION ngen.cred(typ text, ck int) RETURNS json
LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_object(typ, json_build_object('id', ngen.nid('cred', c.k), 'name', c.name)) FROM ngen.cr c WHERE c.k = ck
$$;

-- chain: the connections JSON of nodes wired one after the other.
CREATE FUNCTION ngen.chain(names text[]) RETURNS json
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(json_object_agg(names[n], json_build_object('main', json_build_array(json_build_array(json_build_object('node', names[n + 1], 'type', 'main', 'index', 0))))), '{}'::json)
  FROM generate_series(1, cardinality(names) - 1) n
$$;

CREATE TABLE ngen.wf (k int PRIMARY KEY, m int, name text, tp text, folder text, nodes json, names text[], static json, pin json, active boolean, archived boolean, cr timestamptz);
INSERT INTO ngen.wf (k, m, name, tp, folder, active, archived, cr)
SELECT k, (k - 1) % 12,
       (ARRAY['Lead capture: website form → HubSpot', 'Daily ops report to Slack', 'Sync customers Postgres → HubSpot', 'Invoice payment reminders', 'Zendesk triage with AI agent',
              'Stripe failed payment alert', 'New hire onboarding', 'Error handler', 'Shopify orders → DHL labels', 'Careers form → candidate pipeline', 'Gmail invoices → Telegram',
              'Support chat agent'])[1 + (k - 1) % 12]
       || CASE WHEN k > 60 THEN ' (copy)' WHEN k > 48 THEN ' – EU' WHEN k > 36 THEN ' v3' WHEN k > 24 THEN ' v2' WHEN k > 12 THEN ' (' || fixture_gen.pick(ARRAY['PT', 'DE', 'FR', 'ES', 'UK', 'test'], 'wfs', k) || ')' ELSE '' END,
       CASE WHEN k % 7 = 0 THEN ngen.nid('pp', 1 + k % 30) ELSE ngen.nid('pt', (ARRAY[1, 4, 4, 2, 3, 2, 5, 4, 6, 5, 2, 3])[1 + (k - 1) % 12]) END,
       CASE WHEN k % 7 = 0 THEN NULL ELSE ngen.nid('fo', (ARRAY[1, 12, 13, 5, 8, 6, 16, 28, 18, 15, 7, 10])[1 + (k - 1) % 12]) END,
       k <= 40 AND k % 7 <> 0 AND k % 13 <> 6, k > 64,
       ngen.ts('wfc', k)
FROM generate_series(1, 72) k;

UPDATE ngen.wf w SET
  names = CASE w.m WHEN 0 THEN ARRAY['Webhook', 'Create or update contact', 'Notify #sales'] WHEN 1 THEN ARRAY['Every morning', 'Get weather', 'Orders yesterday', 'Post to Slack']
    WHEN 2 THEN ARRAY['Nightly', 'Changed customers', 'Upsert in HubSpot'] WHEN 3 THEN ARRAY['Every weekday 9:00', 'Open invoices', 'Overdue?', 'Send reminder']
    WHEN 4 THEN ARRAY['Zendesk Trigger', 'AI Agent', 'Summarise (OpenAI)', 'Update ticket'] WHEN 5 THEN ARRAY['Stripe Trigger', 'SMS on-call', 'Slack #finance']
    WHEN 6 THEN ARRAY['On form submission', 'New hire details', 'Create Jira ticket', 'Welcome email'] WHEN 7 THEN ARRAY['Error Trigger', 'Slack webhook', 'Email owner']
    WHEN 8 THEN ARRAY['Shopify Trigger', 'Create DHL shipment', 'Save tracking'] WHEN 9 THEN ARRAY['Careers form', 'Insert candidate', 'Tell recruiter']
    WHEN 10 THEN ARRAY['Gmail Trigger', 'Parse invoice', 'Telegram'] ELSE ARRAY['When chat message received', 'AI Agent', 'OpenAI Chat Model', 'Postgres Chat Memory'] END;

UPDATE ngen.wf w SET nodes = CASE w.m
  WHEN 0 THEN json_build_array(
    ngen.node('Webhook', 'n8n-nodes-base.webhook', 2, 0, 0, json_build_object('httpMethod', 'POST', 'path', fixture_gen.uuid('whp', w.k) || CASE WHEN w.k > 24 THEN '/lead/:source' ELSE '' END, 'responseMode', 'onReceived', 'options', '{}'::json), NULL, fixture_gen.uuid('whp', w.k), 'w', w.k),
    ngen.node('Create or update contact', 'n8n-nodes-base.hubspot', 2.1, 220, 0, json_build_object('authentication', 'oAuth2', 'email', '={{ $json.body.email }}',
      'additionalFields', json_build_object('firstName', '={{ $json.body.firstName }}', 'lastName', '={{ $json.body.lastName }}', 'phoneNumber', '={{ $json.body.phone }}', 'companyName', '={{ $json.body.company }}')), ngen.cred('hubspotOAuth2Api', 5), NULL, 'w', w.k),
    ngen.node('Notify #sales', 'n8n-nodes-base.slack', 2.3, 440, 0, json_build_object('select', 'channel', 'channelId', json_build_object('__rl', true, 'value', 'C05' || ngen.rnd('slc', w.k, 8), 'mode', 'list', 'cachedResultName', 'sales-leads'),
      'text', '=New lead: {{ $json.properties.firstname.value }} {{ $json.properties.lastname.value }} ({{ $json.properties.email.value }})', 'otherOptions', '{}'::json), ngen.cred('slackApi', 1), NULL, 'w', w.k))
  WHEN 1 THEN json_build_array(
    ngen.node('Every morning', 'n8n-nodes-base.scheduleTrigger', 1.2, 0, 0, '{"rule":{"interval":[{"triggerAtHour":7}]}}'::json, NULL, NULL, 'w', w.k),
    ngen.node('Get weather', 'n8n-nodes-base.httpRequest', 4.2, 220, 0, json_build_object('url', 'https://api.openweathermap.org/data/2.5/forecast?q=Lisbon,PT&units=metric&appid=' || fixture_gen.hexn('owm', w.k % 3, 32), 'options', '{}'::json), NULL, NULL, 'w', w.k),
    ngen.node('Orders yesterday', 'n8n-nodes-base.postgres', 2.5, 440, 0, json_build_object('operation', 'executeQuery', 'query', 'SELECT count(*) AS orders, sum(total) AS revenue FROM shop.orders WHERE created_at::date = current_date - 1', 'options', '{}'::json), ngen.cred('postgres', 3), NULL, 'w', w.k),
    ngen.node('Post to Slack', 'n8n-nodes-base.slack', 2.3, 660, 0, json_build_object('select', 'channel', 'channelId', json_build_object('__rl', true, 'value', 'C04' || ngen.rnd('slc2', w.k, 8), 'mode', 'list', 'cachedResultName', 'ops-daily'),
      'text', '=Good morning! Yesterday: {{ $json.orders }} orders, {{ $json.revenue }} EUR. Lisbon: {{ $(''Get weather'').item.json.list[0].main.temp }}°C'), ngen.cred('slackApi', 1), NULL, 'w', w.k))
  WHEN 2 THEN json_build_array(
    ngen.node('Nightly', 'n8n-nodes-base.scheduleTrigger', 1.2, 0, 0, '{"rule":{"interval":[{"triggerAtHour":2}]}}'::json, NULL, NULL, 'w', w.k),
    ngen.node('Changed customers', 'n8n-nodes-base.postgres', 2.5, 220, 0, json_build_object('operation', 'executeQuery',
      'query', 'SELECT id, email, first_name, last_name, phone, country FROM shop.customers WHERE updated_at > now() - interval ''1 day'' AND email NOT IN (''' || fixture_gen.email('wfx', w.k) || ''', '''
               || fixture_gen.email('wfy', w.k) || ''') -- excluded on request, GDPR ticket #' || (4000 + w.k * 13), 'options', '{}'::json), ngen.cred('postgres', 3), NULL, 'w', w.k),
    ngen.node('Upsert in HubSpot', 'n8n-nodes-base.hubspot', 2.1, 440, 0, json_build_object('authentication', 'oAuth2', 'email', '={{ $json.email }}'), ngen.cred('hubspotOAuth2Api', 5), NULL, 'w', w.k))
  WHEN 3 THEN json_build_array(
    ngen.node('Every weekday 9:00', 'n8n-nodes-base.scheduleTrigger', 1.2, 0, 0, '{"rule":{"interval":[{"field":"cronExpression","expression":"0 9 * * 1-5"}]}}'::json, NULL, NULL, 'w', w.k),
    ngen.node('Open invoices', 'n8n-nodes-base.googleSheets', 4.5, 220, 0, json_build_object('documentId', json_build_object('__rl', true, 'value', ngen.rnd('gsd', w.k, 44), 'mode', 'list', 'cachedResultName', 'AR ledger 2025'),
      'sheetName', json_build_object('__rl', true, 'value', 'gid=0', 'mode', 'list', 'cachedResultName', 'Open')), ngen.cred('googleSheetsOAuth2Api', 9), NULL, 'w', w.k),
    ngen.node('Overdue?', 'n8n-nodes-base.if', 2.2, 440, 0, '{"conditions":{"conditions":[{"leftValue":"={{ $json.due_date }}","rightValue":"={{ $today }}","operator":{"type":"dateTime","operation":"before"}}]}}'::json, NULL, NULL, 'w', w.k),
    ngen.node('Send reminder', 'n8n-nodes-base.gmail', 2.1, 660, 0, json_build_object('sendTo', '={{ $json.billing_email }}', 'subject', '=Reminder: invoice {{ $json.invoice_number }} is overdue',
      'message', '=Dear {{ $json.customer_name }},<br><br>our records show invoice {{ $json.invoice_number }} ({{ $json.amount }} EUR) is still open. <br><br>Kind regards,<br>'
                 || (SELECT full_name FROM ngen.u WHERE i = 3) || '<br>Accounts Receivable, Brightloop Lda.<br>' || fixture_gen.phone('arph', 3),
      'options', json_build_object('bccList', (SELECT email FROM ngen.u WHERE i = 3), 'appendAttribution', false)), ngen.cred('gmailOAuth2', 2), NULL, 'w', w.k))
  WHEN 4 THEN json_build_array(
    ngen.node('Zendesk Trigger', 'n8n-nodes-base.zendeskTrigger', 1, 0, 0, '{"conditions":{"all":[{"field":"status","value":"new"}]},"options":{"fields":["ticket.id","ticket.description","ticket.requester.email","ticket.requester.name"]}}'::json, ngen.cred('zendeskApi', 8), fixture_gen.uuid('zdw', w.k), 'w', w.k),
    ngen.node('AI Agent', '@n8n/n8n-nodes-langchain.agent', 2, 220, 0, json_build_object('promptType', 'define', 'text', '={{ $json.ticket.description }}',
      'options', json_build_object('systemMessage', 'You are Brightloop''s support triage assistant. Classify the ticket (shipping, refund, product, account), set the priority and draft a short reply. Never promise refunds above 75 EUR.')), NULL, NULL, 'w', w.k),
    ngen.node('Summarise (OpenAI)', 'n8n-nodes-base.httpRequest', 4.2, 440, 0, json_build_object('method', 'POST', 'url', 'https://api.openai.com/v1/chat/completions', 'sendHeaders', true,
      'headerParameters', json_build_object('parameters', json_build_array(json_build_object('name', 'Authorization', 'value', 'Bearer ' || 'sk-' || 'proj-' || ngen.rnd('oai', w.k % 4, 48) || 'T3BlbkFJ' || ngen.rnd('oai2', w.k % 4, 24)))),
      'sendBody', true, 'specifyBody', 'json', 'jsonBody', '={"model":"gpt-4o-mini","messages":[{"role":"user","content":{{ JSON.stringify($json.output) }}}]}'), NULL, NULL, 'w', w.k),
    ngen.node('Update ticket', 'n8n-nodes-base.zendesk', 1, 660, 0, '{"operation":"update","id":"={{ $(''Zendesk Trigger'').item.json.ticket.id }}","updateFields":{"internalNote":"={{ $json.choices[0].message.content }}"}}'::json, ngen.cred('zendeskApi', 8), NULL, 'w', w.k))
  WHEN 5 THEN json_build_array(
    ngen.node('Stripe Trigger', 'n8n-nodes-base.stripeTrigger', 1, 0, 0, '{"events":["invoice.payment_failed","charge.dispute.created"]}'::json, ngen.cred('stripeApi', 6), fixture_gen.uuid('stw', w.k), 'w', w.k),
    ngen.node('SMS on-call', 'n8n-nodes-base.twilio', 1, 220, 0, json_build_object('from', '+351300' || fixture_gen.digits('twf', 1, 6), 'to', fixture_gen.phone('oncall', 4 + w.k % 3),
      'message', '=Stripe: {{ $json.type }} for {{ $json.data.object.customer_email }} ({{ $json.data.object.amount_due / 100 }} EUR)'), ngen.cred('twilioApi', 10), NULL, 'w', w.k),
    ngen.node('Slack #finance', 'n8n-nodes-base.slack', 2.3, 440, 0, json_build_object('select', 'channel', 'channelId', json_build_object('__rl', true, 'value', 'C03' || ngen.rnd('slc3', w.k, 8), 'mode', 'list', 'cachedResultName', 'finance'),
      'text', '=:rotating_light: Payment failed: {{ $(''Stripe Trigger'').item.json.data.object.customer_name }}'), ngen.cred('slackApi', 1), NULL, 'w', w.k))
  WHEN 6 THEN json_build_array(
    ngen.node('On form submission', 'n8n-nodes-base.formTrigger', 2.2, 0, 0, '{"formTitle":"New hire","formFields":{"values":[{"fieldLabel":"Start date","fieldType":"date"}]},"options":{}}'::json, NULL, fixture_gen.uuid('fow', w.k), 'w', w.k),
    ngen.node('New hire details', 'n8n-nodes-base.set', 3.4, 220, 0, json_build_object('assignments', json_build_object('assignments', json_build_array(
      json_build_object('id', fixture_gen.uuid('a1', w.k), 'name', 'fullName', 'value', fixture_gen.full_name('hire', w.k), 'type', 'string'),
      json_build_object('id', fixture_gen.uuid('a2', w.k), 'name', 'personalEmail', 'value', fixture_gen.email('hire', w.k), 'type', 'string'),
      json_build_object('id', fixture_gen.uuid('a3', w.k), 'name', 'mobile', 'value', fixture_gen.phone('hire', w.k), 'type', 'string'),
      json_build_object('id', fixture_gen.uuid('a4', w.k), 'name', 'homeAddress', 'value', fixture_gen.street('hire', w.k) || ', ' || fixture_gen.city('hire', w.k), 'type', 'string'),
      json_build_object('id', fixture_gen.uuid('a5', w.k), 'name', 'manager', 'value', (SELECT email FROM ngen.u WHERE i = 5 + w.k % 20), 'type', 'string'),
      json_build_object('id', fixture_gen.uuid('a6', w.k), 'name', 'laptop', 'value', fixture_gen.pick(ARRAY['MacBook Air M3 16GB', 'ThinkPad T14 Gen 5', 'MacBook Pro 14'], 'lap', w.k), 'type', 'string'))),
      'options', '{}'::json), NULL, NULL, 'w', w.k),
    ngen.node('Create Jira ticket', 'n8n-nodes-base.jira', 1, 440, 0, '{"project":{"__rl":true,"value":"10004","mode":"list","cachedResultName":"IT Helpdesk"},"issueType":{"__rl":true,"value":"10012","mode":"list","cachedResultName":"Onboarding"},"summary":"=Onboard {{ $json.fullName }} starting {{ $(''On form submission'').item.json[''Start date''] }}"}'::json, ngen.cred('jiraSoftwareCloudApi', 21), NULL, 'w', w.k),
    ngen.node('Welcome email', 'n8n-nodes-base.gmail', 2.1, 660, 0, '{"sendTo":"={{ $(''New hire details'').item.json.personalEmail }}","subject":"Welcome to Brightloop!","message":"=Hi {{ $(''New hire details'').item.json.fullName.split('' '')[0] }}, we are so happy you are joining us."}'::json, ngen.cred('gmailOAuth2', 2), NULL, 'w', w.k))
  WHEN 7 THEN json_build_array(
    ngen.node('Error Trigger', 'n8n-nodes-base.errorTrigger', 1, 0, 0, '{}'::json, NULL, NULL, 'w', w.k),
    ngen.node('Slack webhook', 'n8n-nodes-base.httpRequest', 4.2, 220, 0, json_build_object('method', 'POST', 'url', 'https://hooks.slack.com/services/T0' || ngen.rnd('slt', 1, 8) || '/B0' || ngen.rnd('slb', w.k, 8) || '/' || ngen.rnd('sls', w.k, 24),
      'sendBody', true, 'specifyBody', 'json', 'jsonBody', '={"text":"Workflow {{ $json.workflow.name }} failed: {{ $json.execution.error.message }} {{ $json.execution.url }}"}'), NULL, NULL, 'w', w.k),
    ngen.node('Email owner', 'n8n-nodes-base.gmail', 2.1, 440, 0, json_build_object('sendTo', (SELECT email FROM ngen.u WHERE i = 1 + w.k % 4), 'subject', '=n8n: {{ $json.workflow.name }} failed', 'message', '={{ $json.execution.error.stack }}'), ngen.cred('gmailOAuth2', 2), NULL, 'w', w.k))
  WHEN 8 THEN json_build_array(
    ngen.node('Shopify Trigger', 'n8n-nodes-base.shopifyTrigger', 1, 0, 0, '{"authentication":"accessToken","topic":"orders/paid"}'::json, ngen.cred('shopifyAccessTokenApi', 12), fixture_gen.uuid('shw', w.k), 'w', w.k),
    ngen.node('Create DHL shipment', 'n8n-nodes-base.httpRequest', 4.2, 220, 0, json_build_object('method', 'POST', 'url', 'https://api-eu.dhl.com/parcel/de/shipping/v2/orders', 'sendHeaders', true,
      'headerParameters', json_build_object('parameters', json_build_array(json_build_object('name', 'dhl-api-key', 'value', ngen.rnd('dhlkey', 1, 32)), json_build_object('name', 'Authorization', 'value', 'Basic ' || translate(encode(convert_to('brightloop_api:' || ngen.rnd('dhlpw', 1, 16), 'UTF8'), 'base64'), E'\n', '')))),
      'sendBody', true, 'specifyBody', 'json', 'jsonBody', '={"shipments":[{"product":"V01PAK","consignee":{"name1":"{{ $json.shipping_address.name }}","addressStreet":"{{ $json.shipping_address.address1 }}","postalCode":"{{ $json.shipping_address.zip }}","city":"{{ $json.shipping_address.city }}","country":"{{ $json.shipping_address.country_code }}","email":"{{ $json.email }}"}}]}'), NULL, NULL, 'w', w.k),
    ngen.node('Save tracking', 'n8n-nodes-base.dataTable', 1, 440, 0, json_build_object('operation', 'upsert', 'dataTableId', json_build_object('__rl', true, 'value', ngen.nid('dt', 5), 'mode', 'list', 'cachedResultName', 'shipment_status')), NULL, NULL, 'w', w.k))
  WHEN 9 THEN json_build_array(
    ngen.node('Careers form', 'n8n-nodes-base.formTrigger', 2.2, 0, 0, '{"formTitle":"Apply to Brightloop","formFields":{"values":[{"fieldLabel":"Full name","requiredField":true},{"fieldLabel":"Email","fieldType":"email","requiredField":true},{"fieldLabel":"Phone"},{"fieldLabel":"LinkedIn"},{"fieldLabel":"CV","fieldType":"file","acceptFileTypes":".pdf"},{"fieldLabel":"Position","fieldType":"dropdown","fieldOptions":{"values":[{"option":"Backend Engineer"},{"option":"Customer Support Specialist"},{"option":"Performance Marketing Manager"}]}}]},"options":{"path":"careers"}}'::json, NULL, fixture_gen.uuid('cfw', w.k), 'w', w.k),
    ngen.node('Insert candidate', 'n8n-nodes-base.dataTable', 1, 220, 0, json_build_object('operation', 'insert', 'dataTableId', json_build_object('__rl', true, 'value', ngen.nid('dt', 3), 'mode', 'list', 'cachedResultName', 'candidates')), NULL, NULL, 'w', w.k),
    ngen.node('Tell recruiter', 'n8n-nodes-base.gmail', 2.1, 440, 0, json_build_object('sendTo', (SELECT email FROM ngen.u WHERE i = 9), 'subject', '=New application: {{ $json.fullName }} for {{ $json.position }}', 'message', '=Phone: {{ $json.phone }}'), ngen.cred('gmailOAuth2', 2), NULL, 'w', w.k))
  WHEN 10 THEN json_build_array(
    ngen.node('Gmail Trigger', 'n8n-nodes-base.gmailTrigger', 1.2, 0, 0, '{"pollTimes":{"item":[{"mode":"everyMinute"}]},"simple":false,"filters":{"q":"has:attachment subject:invoice"},"options":{"downloadAttachments":true}}'::json, ngen.cred('gmailOAuth2', 2), NULL, 'w', w.k),
    ngen.node('Parse invoice', 'n8n-nodes-base.code', 2, 220, 0, json_build_object('jsCode', E'// call the OCR service directly, the credential kept timing out\nconst OCR_KEY = ''' || ngen.rnd('ocr', w.k % 2, 40) || E''';\nconst res = await this.helpers.httpRequest({ url: ''https://api.mindee.net/v1/products/mindee/invoices/v4/predict'', method: ''POST'', headers: { Authorization: `Token ${OCR_KEY}` }, body: $input.first().binary });\nreturn [{ json: res.document.inference.prediction }];'), NULL, NULL, 'w', w.k),
    ngen.node('Telegram', 'n8n-nodes-base.telegram', 1.2, 440, 0, json_build_object('chatId', '-100' || fixture_gen.digits('tgc', w.k, 10), 'text', '=Invoice from {{ $json.supplier_name.value }}: {{ $json.total_amount.value }} EUR due {{ $json.due_date.value }}'), ngen.cred('telegramApi', 15), NULL, 'w', w.k))
  ELSE json_build_array(
    ngen.node('When chat message received', '@n8n/n8n-nodes-langchain.chatTrigger', 1.1, 0, 0, '{"public":true,"mode":"hostedChat","initialMessages":"Hi there! 👋\nI am Bri, Brightloop''s assistant. How can I help with your order?","options":{"loadPreviousSession":"memory"}}'::json, NULL, fixture_gen.uuid('chw', w.k), 'w', w.k),
    ngen.node('AI Agent', '@n8n/n8n-nodes-langchain.agent', 2, 220, 0, '{"options":{"systemMessage":"You are Bri, the support assistant of Brightloop, a shop for home fitness gear. Look up orders with the tool, never reveal other customers'' data, hand over to a human for refunds."}}'::json, NULL, NULL, 'w', w.k),
    ngen.node('OpenAI Chat Model', '@n8n/n8n-nodes-langchain.lmChatOpenAi', 1.2, 220, 200, '{"model":{"__rl":true,"value":"gpt-4o-mini","mode":"list"},"options":{"temperature":0.2}}'::json, ngen.cred('openAiApi', 4), NULL, 'w', w.k),
    ngen.node('Postgres Chat Memory', '@n8n/n8n-nodes-langchain.memoryPostgresChat', 1.3, 360, 200, '{"tableName":"n8n_chat_histories","contextWindowLength":10}'::json, ngen.cred('postgres', 3), NULL, 'w', w.k))
  END;

UPDATE ngen.wf w SET
  static = CASE WHEN NOT w.active AND w.m <> 10 THEN NULL
    WHEN w.m = 5 THEN json_build_object('node:Stripe Trigger', json_build_object('webhookId', 'we_' || ngen.rnd('stwe', w.k, 24), 'webhookEvents', json_build_array('invoice.payment_failed', 'charge.dispute.created'), 'webhookSecret', 'whsec' || '_' || ngen.rnd('stws', w.k, 32)))
    WHEN w.m = 4 THEN json_build_object('node:Zendesk Trigger', json_build_object('webhookId', (36000000000 + w.k * 7919)::text, 'targetId', (36000000000 + w.k * 7919)::text))
    WHEN w.m = 8 THEN json_build_object('node:Shopify Trigger', json_build_object('webhookId', (1100000000000 + w.k * 1733)::text))
    WHEN w.m = 10 THEN json_build_object('node:Gmail Trigger', json_build_object('lastTimeChecked', 1762300000 + w.k * 37, 'possibleDuplicates', json_build_array(lower(fixture_gen.hexn('gmid', w.k, 16)), lower(fixture_gen.hexn('gmid2', w.k, 16)))))
    WHEN w.m = 2 THEN json_build_object('global', json_build_object('lastRunAt', '2025-11-0' || (1 + w.k % 4) || 'T02:00:00.000Z', 'lastMaxId', 180000 + w.k * 311)) END,
  pin = CASE
    WHEN w.m = 0 AND w.k % 2 = 1 THEN json_build_object('Webhook', (SELECT json_agg(json_build_object('json', json_build_object('headers', json_build_object('host', ngen.host(), 'user-agent', 'Webflow', 'content-type', 'application/json'),
         'params', '{}'::json, 'query', '{}'::json, 'body', json_build_object('firstName', c.f, 'lastName', c.l, 'email', c.email, 'phone', c.phone, 'company', fixture_gen.pick(ARRAY['', 'Fit Studio Porto', 'Kraft & Co GmbH', 'Yoga Loft'], 'pco', c.i),
         'message', 'Interested in equipment for our studio, please call me', 'consent', true), 'webhookUrl', 'https://' || ngen.host() || '/webhook-test/' || fixture_gen.uuid('whp', w.k), 'executionMode', 'test')) ORDER BY c.i)
         FROM ngen.c c WHERE c.i BETWEEN w.k * 5 AND w.k * 5 + 1))
    WHEN w.m = 9 AND w.k < 40 THEN json_build_object('Careers form', (SELECT json_agg(json_build_object('json', json_build_object('Full name', c.full_name, 'Email', c.email, 'Phone', c.phone, 'LinkedIn', 'https://www.linkedin.com/in/' || fixture_gen.ascii(c.f) || '-' || fixture_gen.ascii(c.l) || '-' || lower(fixture_gen.hexn('li', c.i, 6)),
         'CV', json_build_array(json_build_object('filename', 'CV_' || c.f || '_' || c.l || '.pdf', 'mimetype', 'application/pdf', 'size', 180000 + c.i * 37)), 'Position', 'Backend Engineer', 'submittedAt', '2025-09-1' || (c.i % 9) || 'T10:22:31.118+01:00', 'formMode', 'test')) ORDER BY c.i)
         FROM ngen.c c WHERE c.i BETWEEN 300 + w.k AND 301 + w.k))
    WHEN w.m = 3 AND w.k < 30 THEN json_build_object('Open invoices', (SELECT json_agg(json_build_object('json', json_build_object('row_number', c.i % 90 + 2, 'invoice_number', 'FT 2025/' || (1000 + c.i), 'customer_name', c.full_name, 'billing_email', c.email, 'amount', c.amount, 'due_date', '2025-10-' || (10 + c.i % 18))) ORDER BY c.i)
         FROM ngen.c c WHERE c.i BETWEEN 100 + w.k * 3 AND 102 + w.k * 3))
    WHEN w.m = 8 AND w.k < 30 THEN json_build_object('Shopify Trigger', (SELECT json_agg(json_build_object('json', json_build_object('id', 5800000000000 + c.i, 'name', '#' || c.order_no, 'email', c.email, 'total_price', c.amount::text,
         'shipping_address', json_build_object('name', c.full_name, 'address1', c.street, 'city', c.city, 'zip', c.postcode, 'country_code', c.country, 'phone', c.phone))))
         FROM ngen.c c WHERE c.i = 200 + w.k)) END;

CREATE TABLE workflow_entity (
  id varchar(36) PRIMARY KEY,
  name varchar(128) NOT NULL,
  active boolean NOT NULL,
  nodes json NOT NULL,
  connections json NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  settings json,
  "staticData" json,
  "pinData" json,
  "versionId" char(36),
  "triggerCount" integer NOT NULL DEFAULT 0,
  meta json,
  "parentFolderId" varchar(36) DEFAULT NULL REFERENCES folder (id) ON DELETE CASCADE,
  "isArchived" boolean NOT NULL DEFAULT false
);
INSERT INTO workflow_entity
SELECT ngen.nid('wf', w.k), w.name, w.active, w.nodes,
       CASE WHEN w.m = 11 THEN json_build_object('When chat message received', json_build_object('main', json_build_array(json_build_array(json_build_object('node', 'AI Agent', 'type', 'main', 'index', 0)))),
                 'OpenAI Chat Model', json_build_object('ai_languageModel', json_build_array(json_build_array(json_build_object('node', 'AI Agent', 'type', 'ai_languageModel', 'index', 0)))),
                 'Postgres Chat Memory', json_build_object('ai_memory', json_build_array(json_build_array(json_build_object('node', 'AI Agent', 'type', 'ai_memory', 'index', 0)))))
            ELSE ngen.chain(w.names) END,
       w.cr, w.cr + make_interval(days => fixture_gen.n('wfu', w.k, 200), secs => fixture_gen.n('wfus', w.k, 86400)),
       json_strip_nulls(json_build_object('executionOrder', 'v1', 'saveManualExecutions', true, 'callerPolicy', 'workflowsFromSameOwner',
         'errorWorkflow', CASE WHEN w.m <> 7 AND w.active THEN ngen.nid('wf', 8) END, 'timezone', CASE WHEN w.k % 5 = 0 THEN 'Europe/Berlin' ELSE 'Europe/Lisbon' END,
         'saveDataSuccessExecution', CASE WHEN w.m IN (1, 2) THEN 'none' END, 'executionTimeout', CASE WHEN w.m = 2 THEN 3600 END, 'availableInMCP', CASE WHEN w.m IN (1, 8) THEN true END)),
       w.static, w.pin, fixture_gen.uuid('wfv', w.k),
       CASE WHEN w.active THEN 1 ELSE 0 END,
       CASE WHEN w.k % 6 = 0 THEN json_build_object('templateCredsSetupCompleted', true, 'templateId', (2000 + w.k * 17)::text, 'instanceId', fixture_gen.hexn('inst', 1, 64))
            ELSE json_build_object('templateCredsSetupCompleted', true, 'instanceId', fixture_gen.hexn('inst', 1, 64)) END,
       w.folder, w.archived
FROM ngen.wf w;

CREATE TABLE shared_workflow (
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  "projectId" varchar(36) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  role text NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY ("workflowId", "projectId")
);
INSERT INTO shared_workflow
SELECT ngen.nid('wf', w.k), w.tp, 'workflow:owner', w.cr, w.cr FROM ngen.wf w
UNION ALL
SELECT ngen.nid('wf', w.k), ngen.nid('pt', 1 + w.k % 6), 'workflow:editor', w.cr + interval '9 days', w.cr + interval '9 days' FROM ngen.wf w WHERE w.k % 4 = 1 AND w.tp <> ngen.nid('pt', 1 + w.k % 6)
UNION ALL
SELECT ngen.nid('wf', w.k), ngen.nid('pp', 5 + w.k % 25), 'workflow:editor', w.cr + interval '30 days', w.cr + interval '30 days' FROM ngen.wf w WHERE w.k % 5 = 2 AND w.tp <> ngen.nid('pp', 5 + w.k % 25);

CREATE TABLE workflows_tags (
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  "tagId" varchar(36) NOT NULL REFERENCES tag_entity (id) ON DELETE CASCADE,
  PRIMARY KEY ("workflowId", "tagId")
);
INSERT INTO workflows_tags
SELECT DISTINCT ngen.nid('wf', w.k), ngen.nid('tag', t)
FROM ngen.wf w, LATERAL unnest(CASE w.m WHEN 0 THEN ARRAY[10, 14, 9] WHEN 1 THEN ARRAY[18, 12] WHEN 2 THEN ARRAY[8, 10, 9] WHEN 3 THEN ARRAY[3, 7] WHEN 4 THEN ARRAY[4, 19]
  WHEN 5 THEN ARRAY[3, 14] WHEN 6 THEN ARRAY[13, 9] WHEN 7 THEN ARRAY[15, 16] WHEN 8 THEN ARRAY[11, 14] WHEN 9 THEN ARRAY[13, 9, 5] WHEN 10 THEN ARRAY[3, 17] ELSE ARRAY[4, 7, 19] END
  || CASE WHEN w.active THEN ARRAY[1] WHEN w.k > 60 THEN ARRAY[6] ELSE ARRAY[2] END) t;

-- Saved versions: authors are the editors' names as n8n joins them.
CREATE TABLE workflow_history (
  "versionId" varchar(36) PRIMARY KEY,
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  authors varchar(255) NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  nodes json NOT NULL,
  connections json NOT NULL
);
INSERT INTO workflow_history
SELECT CASE WHEN v = 3 THEN fixture_gen.uuid('wfv', w.k) ELSE fixture_gen.uuid('wfh' || v, w.k) END, ngen.nid('wf', w.k),
       (SELECT string_agg(u.f || ' ' || u.l, ', ' ORDER BY u.i) FROM ngen.u u WHERE u.i IN (1 + (w.k + v) % 32, CASE WHEN v = 2 THEN 1 + (w.k * 3) % 32 END)),
       e."createdAt" - make_interval(days => (3 - v) * (5 + w.k % 20)), e."createdAt" - make_interval(days => (3 - v) * (5 + w.k % 20)),
       e.nodes, e.connections
FROM ngen.wf w JOIN workflow_entity e ON e.id = ngen.nid('wf', w.k), generate_series(1, 3) v
WHERE w.k <= 48 OR v = 3;

-- Production webhooks of active workflows.
CREATE TABLE webhook_entity (
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  "webhookPath" varchar NOT NULL,
  method varchar NOT NULL,
  node varchar NOT NULL,
  "webhookId" varchar,
  "pathLength" integer,
  PRIMARY KEY ("webhookPath", method)
);
INSERT INTO webhook_entity
SELECT ngen.nid('wf', w.k),
       CASE w.m WHEN 0 THEN fixture_gen.uuid('whp', w.k) || CASE WHEN w.k > 24 THEN '/lead/:source' ELSE '' END WHEN 9 THEN CASE WHEN w.k = 10 THEN 'careers' ELSE 'careers-' || lower(substr(w.name, length(w.name) - 2, 2)) END
         WHEN 6 THEN fixture_gen.uuid('fow', w.k) WHEN 11 THEN fixture_gen.uuid('chw', w.k) || '/chat'
         ELSE fixture_gen.uuid(CASE w.m WHEN 4 THEN 'zdw' WHEN 5 THEN 'stw' ELSE 'shw' END, w.k) || '/webhook' END,
       meth, w.names[1],
       CASE WHEN w.m = 0 AND w.k > 24 THEN fixture_gen.uuid('whp', w.k) END,
       CASE WHEN w.m = 0 AND w.k > 24 THEN 3 END
FROM ngen.wf w, LATERAL unnest(CASE WHEN w.m IN (6, 9, 11) THEN ARRAY['GET', 'POST'] ELSE ARRAY['POST'] END) meth
WHERE w.active AND w.m IN (0, 4, 5, 6, 8, 9, 11);

CREATE TABLE workflow_statistics (
  count integer DEFAULT 0,
  "latestEvent" timestamp(3) with time zone,
  name varchar(128) NOT NULL,
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  "rootCount" integer DEFAULT 0,
  PRIMARY KEY ("workflowId", name)
);
INSERT INTO workflow_statistics
SELECT CASE WHEN s LIKE 'production%' AND w.active THEN 50 + fixture_gen.n('wsc' || s, w.k, 9000) WHEN s = 'data_loaded' THEN 1 ELSE fixture_gen.n('wsc' || s, w.k, 40) END,
       ngen.ts('wsl' || s, w.k), s, ngen.nid('wf', w.k),
       CASE WHEN s LIKE 'production%' AND w.active THEN 50 + fixture_gen.n('wsc' || s, w.k, 9000) ELSE 0 END
FROM ngen.wf w, unnest(ARRAY['manual_success', 'manual_error', 'production_success', 'production_error', 'data_loaded']) s
WHERE NOT (s LIKE 'production%' AND NOT w.active AND w.k > 48);

-- Executions. execution_data.data is the run as n8n serialises it (the
-- flatted format: one array, objects refer to other elements by index),
-- with the item that went through: leads with the website's API key in the
-- headers, tickets, Stripe events, orders, applications, chat messages.
CREATE FUNCTION ngen.flat(n1 text, n2 text, keys text[], vals text[], t bigint, e int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '[{"version":1,"startData":"1","resultData":"2","executionData":"3"},{},{"runData":"4","lastNodeExecuted":"5"},{"contextData":"6","nodeExecutionStack":"7","metadata":"8","waitingExecution":"9","waitingExecutionSource":"10"},'
      || json_build_object(n1, '11', n2, '12')::text || ',' || to_json(n2)::text || ',{},[],{},{},{},["13"],["14"],'
      || '{"startTime":' || t || ',"executionIndex":0,"source":"15","hints":"15","executionTime":' || e || ',"executionStatus":"16","data":"17"},'
      || '{"startTime":' || (t + e) || ',"executionIndex":1,"source":"18","hints":"15","executionTime":' || (e * 3) || ',"executionStatus":"16","data":"19"},'
      || '[],"success",{"main":"20"},["21"],{"main":"20"},["22"],{"previousNode":"24"},["23"],{"json":"25","pairedItem":"26"},' || to_json(n1)::text || ','
      || (SELECT '{' || string_agg(to_json(keys[j])::text || ':"' || (26 + j) || '"', ',' ORDER BY j) || '}' FROM generate_series(1, cardinality(keys)) j)
      || ',{"item":0},' || (SELECT string_agg(to_json(coalesce(vals[j], ''))::text, ',' ORDER BY j) FROM generate_series(1, cardinality(vals)) j) || ']'
$$;

CREATE TABLE ngen.ex AS
SELECT e, w.k, w.m, w.names, 1 + (e * 37) % 400 AS c,
       CASE WHEN NOT w.active THEN 'manual' WHEN e % 41 = 7 THEN 'retry' WHEN w.m IN (1, 2, 3) THEN 'trigger' WHEN w.m = 7 THEN 'error' WHEN w.m = 10 THEN 'trigger' ELSE 'webhook' END AS mode,
       CASE WHEN e % 23 = 4 THEN 'error' WHEN e % 67 = 12 THEN 'crashed' WHEN e % 89 = 30 THEN 'canceled' WHEN e > 395 AND e % 3 = 0 THEN 'running' WHEN e % 97 = 50 THEN 'waiting' ELSE 'success' END AS status,
       timestamptz '2025-08-07 00:00:00+00' + (e - 1) * interval '4 hours 7 minutes' + make_interval(secs => fixture_gen.n('exs', e, 3600)) AS started
FROM generate_series(1, 400) e
JOIN ngen.wf w ON w.k = CASE WHEN e % 10 = 9 THEN 41 + e % 30 ELSE 1 + (e * 7) % 40 END;

CREATE TABLE execution_entity (
  id serial PRIMARY KEY,
  finished boolean NOT NULL,
  mode varchar NOT NULL,
  "retryOf" varchar,
  "retrySuccessId" varchar,
  "startedAt" timestamp(3) with time zone,
  "stoppedAt" timestamp(3) with time zone,
  "waitTill" timestamp(3) with time zone,
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  status varchar NOT NULL,
  "deletedAt" timestamp(3) with time zone,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO execution_entity
SELECT x.e, x.status = 'success', x.mode,
       CASE WHEN x.mode = 'retry' THEN (x.e - 1 - x.e % 5)::text END,
       CASE WHEN x.status = 'error' AND x.e % 2 = 0 AND x.e < 390 THEN (x.e + 7)::text END,
       CASE WHEN x.status <> 'waiting' OR true THEN x.started END,
       CASE WHEN x.status IN ('running', 'waiting') THEN NULL ELSE x.started + make_interval(secs => 0.2 + fixture_gen.n('exd', x.e, 9000) / 1000.0) END,
       CASE WHEN x.status = 'waiting' THEN x.started + interval '1 day' END,
       ngen.nid('wf', x.k), x.status,
       CASE WHEN x.e % 53 = 5 THEN x.started + interval '14 days' END,
       x.started - make_interval(secs => fixture_gen.n('exq', x.e, 3000) / 1000.0)
FROM ngen.ex x;

CREATE TABLE execution_data (
  "executionId" integer PRIMARY KEY REFERENCES execution_entity (id) ON DELETE CASCADE,
  "workflowData" json NOT NULL,
  data text NOT NULL
);
INSERT INTO execution_data
SELECT x.e,
       json_build_object('id', w.id, 'name', w.name, 'active', w.active, 'isArchived', w."isArchived", 'createdAt', w."createdAt", 'updatedAt', w."updatedAt", 'nodes', w.nodes, 'connections', w.connections,
                         'settings', w.settings, 'staticData', w."staticData", 'pinData', CASE WHEN x.mode = 'manual' THEN w."pinData" END),
       ngen.flat(x.names[1], x.names[2],
         CASE x.m WHEN 0 THEN ARRAY['host', 'x-api-key', 'x-forwarded-for', 'user-agent', 'firstName', 'lastName', 'email', 'phone', 'company', 'message', 'webhookUrl', 'executionMode']
           WHEN 1 THEN ARRAY['cod', 'city', 'temp', 'orders', 'revenue']
           WHEN 2 THEN ARRAY['id', 'email', 'first_name', 'last_name', 'phone', 'country']
           WHEN 3 THEN ARRAY['row_number', 'invoice_number', 'customer_name', 'billing_email', 'amount', 'due_date', 'threadId', 'labelIds']
           WHEN 4 THEN ARRAY['ticket.id', 'ticket.subject', 'ticket.description', 'ticket.requester.name', 'ticket.requester.email', 'output']
           WHEN 5 THEN ARRAY['id', 'type', 'customer', 'customer_email', 'customer_name', 'amount_due', 'hosted_invoice_url', 'sid', 'to', 'status']
           WHEN 6 THEN ARRAY['Start date', 'fullName', 'personalEmail', 'mobile', 'homeAddress', 'manager', 'laptop']
           WHEN 7 THEN ARRAY['execution.id', 'execution.url', 'execution.error.message', 'execution.error.stack', 'workflow.id', 'workflow.name']
           WHEN 8 THEN ARRAY['id', 'name', 'email', 'total_price', 'shipping_address.name', 'shipping_address.address1', 'shipping_address.city', 'shipping_address.zip', 'shipping_address.country_code', 'shipping_address.phone', 'shipmentNo']
           WHEN 9 THEN ARRAY['Full name', 'Email', 'Phone', 'LinkedIn', 'CV.filename', 'Position', 'submittedAt', 'formMode']
           WHEN 10 THEN ARRAY['id', 'threadId', 'from', 'subject', 'date', 'attachment_0.fileName', 'supplier_name', 'total_amount', 'due_date', 'iban']
           ELSE ARRAY['sessionId', 'action', 'chatInput', 'output'] END,
         CASE x.m WHEN 0 THEN ARRAY[ngen.host(), CASE WHEN x.k > 12 THEN 'bl_site_' || ngen.rnd('siteapikey', 1, 32) END, fixture_gen.ipv4('exip', x.e), fixture_gen.pick(ARRAY['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
                 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15'], 'exua', x.e),
                 c.f, c.l, c.email, c.phone, fixture_gen.pick(ARRAY['', 'Fit Studio Porto', 'Kraft & Co GmbH', 'Yoga Loft', 'CrossBox Leeds'], 'pco', c.i),
                 fixture_gen.pick(ARRAY['Interested in equipment for our studio, please call me', 'Do you ship to the Azores?', 'I would like a quote for 12 spin bikes', 'Please call me after 6pm on ' || c.phone], 'exmsg', x.e),
                 'https://' || ngen.host() || '/webhook/' || fixture_gen.uuid('whp', x.k), 'production']
           WHEN 1 THEN ARRAY['200', 'Lisbon', (14 + x.e % 15)::text, (80 + x.e % 140)::text, (9000 + x.e * 37 % 20000)::text]
           WHEN 2 THEN ARRAY[(180000 + c.i)::text, c.email, c.f, c.l, c.phone, c.country]
           WHEN 3 THEN ARRAY[(c.i % 90 + 2)::text, 'FT 2025/' || (1000 + c.i), c.full_name, c.email, c.amount::text, '2025-10-' || (10 + c.i % 18), lower(fixture_gen.hexn('gth', x.e, 16)), 'SENT']
           WHEN 4 THEN ARRAY[(48000 + x.e)::text, fixture_gen.pick(ARRAY['Where is my order?', 'Refund request', 'Broken part', 'Change delivery address'], 'exts', x.e),
                 fixture_gen.pick(ARRAY['Hello, my order #' || c.order_no || ' has not arrived yet. I am ' || c.full_name || ', you can reach me on ' || c.phone || '. Thanks',
                   'Hi, the ' || c.product || ' arrived with a cracked frame. Please send a replacement to ' || c.street || ', ' || c.postcode || ' ' || c.city || '. Regards, ' || c.f,
                   'I moved! Please deliver order ' || c.order_no || ' to my new address: ' || c.street || ', ' || c.city || '. ' || c.full_name,
                   'I want to return the ' || c.product || ', it is too loud for my flat. Order ' || c.order_no || '.'], 'extd', x.e),
                 c.full_name, c.email, '{"category":"shipping","priority":"normal","reply":"Hi ' || c.f || ', thanks for reaching out..."}']
           WHEN 5 THEN ARRAY['evt_' || ngen.rnd('evt', x.e, 24), 'invoice.payment_failed', 'cus_' || ngen.rnd('cus', c.i, 14), c.email, c.full_name, (c.amount * 100)::int::text,
                 'https://invoice.stripe.com/i/acct_1N' || ngen.rnd('acct', 1, 14) || '/live_' || ngen.rnd('inv', x.e, 60) || '?s=ap', 'SM' || fixture_gen.hexn('twsid', x.e, 32), fixture_gen.phone('oncall', 4 + x.k % 3), 'queued']
           WHEN 6 THEN ARRAY['2025-' || lpad((1 + x.e % 12)::text, 2, '0') || '-01', fixture_gen.full_name('hire', x.k), fixture_gen.email('hire', x.k), fixture_gen.phone('hire', x.k), fixture_gen.street('hire', x.k) || ', ' || fixture_gen.city('hire', x.k),
                 (SELECT email FROM ngen.u WHERE i = 5 + x.k % 20), 'MacBook Air M3 16GB']
           WHEN 7 THEN ARRAY[greatest(x.e - 3, 1)::text, 'https://' || ngen.host() || '/workflow/' || ngen.nid('wf', 1 + x.e % 40) || '/executions/' || greatest(x.e - 3, 1),
                 fixture_gen.pick(ARRAY['The resource you are requesting could not be found', 'Authorization failed - please check your credentials', 'duplicate key value violates unique constraint "customers_email_key"',
                   'Bad request - please check your parameters: Contact already exists. Existing ID: ' || (90000 + x.e)], 'exerr', x.e),
                 'NodeApiError: ' || fixture_gen.pick(ARRAY['The resource you are requesting could not be found', 'Authorization failed'], 'exerr', x.e) || E'\n    at ExecuteContext.execute (/usr/local/lib/node_modules/n8n/node_modules/n8n-nodes-base/dist/nodes/HttpRequest/V3/HttpRequestV3.node.js:525:33)',
                 ngen.nid('wf', 1 + x.e % 40), 'Sync customers Postgres → HubSpot']
           WHEN 8 THEN ARRAY[(5800000000000 + c.i)::text, '#' || c.order_no, c.email, c.amount::text, c.full_name, c.street, c.city, c.postcode, c.country, c.phone, '00340434' || fixture_gen.digits('dhl', c.i, 12)]
           WHEN 9 THEN ARRAY[c.full_name, c.email, c.phone, 'https://www.linkedin.com/in/' || fixture_gen.ascii(c.f) || '-' || fixture_gen.ascii(c.l), 'CV_' || c.f || '_' || c.l || '.pdf',
                 fixture_gen.pick(ARRAY['Backend Engineer', 'Customer Support Specialist', 'Performance Marketing Manager'], 'expos', x.e), to_char(x.started, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"'), 'production']
           WHEN 10 THEN ARRAY[lower(fixture_gen.hexn('gmid', x.e, 16)), lower(fixture_gen.hexn('gmth', x.e, 16)), fixture_gen.pick(ARRAY['facturas@lx-logistics.example', 'billing@gymparts-wholesale.example', 'accounts@printhaus.example'], 'exfr', x.e),
                 'Invoice ' || (2025000 + x.e), to_char(x.started, 'Dy, DD Mon YYYY HH24:MI:SS +0000'), 'invoice_' || (2025000 + x.e) || '.pdf',
                 fixture_gen.pick(ARRAY['LX Logistics Lda', 'GymParts Wholesale BV', 'Printhaus GmbH'], 'exfr', x.e), (100 + x.e * 13 % 4000)::text, '2025-12-' || (1 + x.e % 28), fixture_gen.iban_for('supp', x.e % 3)]
           ELSE ARRAY[fixture_gen.uuid('chs', c.i), 'sendMessage',
                 fixture_gen.pick(ARRAY['Hi, I am ' || c.full_name || ', order ' || c.order_no || ' still says processing. My email is ' || c.email,
                   'Can I change the delivery address to ' || c.street || ', ' || c.city || '?', 'Does the ' || c.product || ' fit in a small flat?',
                   'Please call me on ' || c.phone || ' about my refund'], 'exchat', x.e),
                 'Thanks! I have found your order and a colleague will get back to you.'] END,
         (extract(epoch FROM x.started) * 1000)::bigint, 20 + fixture_gen.n('exms', x.e, 900))
FROM ngen.ex x JOIN workflow_entity w ON w.id = ngen.nid('wf', x.k) JOIN ngen.c c ON c.i = x.c;

-- Custom execution data ($execution.customData) saved to search
-- executions by.
CREATE TABLE execution_metadata (
  id serial PRIMARY KEY,
  "executionId" integer NOT NULL REFERENCES execution_entity (id) ON DELETE CASCADE,
  key varchar(255) NOT NULL,
  value text NOT NULL,
  UNIQUE ("executionId", key)
);
INSERT INTO execution_metadata ("executionId", key, value)
SELECT x.e, kv.key, kv.value
FROM ngen.ex x JOIN ngen.c c ON c.i = x.c,
LATERAL (VALUES
  (CASE x.m WHEN 0 THEN 'leadEmail' WHEN 4 THEN 'ticketId' WHEN 5 THEN 'stripeCustomer' WHEN 8 THEN 'orderName' WHEN 9 THEN 'candidateName' WHEN 11 THEN 'chatSessionId' WHEN 2 THEN 'syncedRows' WHEN 3 THEN 'remindersSent' END,
   CASE x.m WHEN 0 THEN c.email WHEN 4 THEN (48000 + x.e)::text WHEN 5 THEN 'cus_' || ngen.rnd('cus', c.i, 14) WHEN 8 THEN '#' || c.order_no WHEN 9 THEN c.full_name WHEN 11 THEN fixture_gen.uuid('chs', c.i)
     WHEN 2 THEN (20 + x.e % 300)::text WHEN 3 THEN (1 + x.e % 9)::text END),
  (CASE x.m WHEN 4 THEN 'requesterEmail' WHEN 5 THEN 'customerEmail' WHEN 8 THEN 'shipTo' WHEN 9 THEN 'candidateEmail' WHEN 0 THEN 'source' END,
   CASE x.m WHEN 4 THEN c.email WHEN 5 THEN c.email WHEN 8 THEN c.full_name || ', ' || c.city WHEN 9 THEN c.email WHEN 0 THEN fixture_gen.pick(ARRAY['website', 'webinar', 'instagram-ad'], 'exsrc', x.e) END)
) kv(key, value)
WHERE kv.key IS NOT NULL AND x.mode <> 'manual';

CREATE TABLE annotation_tag_entity (
  id varchar(16) PRIMARY KEY,
  name varchar(24) NOT NULL UNIQUE,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO annotation_tag_entity
SELECT ngen.nid('at', k), name, ngen.ts('atc', k), ngen.ts('atc', k)
FROM unnest(ARRAY['needs-review', 'false-positive', 'golden', 'hallucination', 'wrong-category', 'duplicate', 'customer-complaint', 'fixed']) WITH ORDINALITY t(name, k);

-- Ratings and notes people leave on executions.
CREATE TABLE execution_annotations (
  id serial PRIMARY KEY,
  "executionId" integer NOT NULL UNIQUE REFERENCES execution_entity (id) ON DELETE CASCADE,
  vote varchar(6),
  note text,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO execution_annotations ("executionId", vote, note, "createdAt", "updatedAt")
SELECT x.e, CASE WHEN x.e % 3 = 0 THEN 'down' WHEN x.e % 3 = 1 THEN 'up' END,
       CASE WHEN x.e % 4 = 3 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Looks good.',
         'Agent classified this as shipping but it is a refund. ' || c.f || ' already called twice.',
         'Customer ' || c.full_name || ' (' || c.email || ') got the reminder twice, check the dedupe step.',
         'Wrong address sent to DHL, correct one is ' || c.street || ', ' || c.postcode || ' ' || c.city,
         'Reply promised a refund above the limit, escalated to ' || (SELECT u.f FROM ngen.u u WHERE u.i = 3) || '.',
         'Golden example for the eval set.',
         'Candidate asked us to delete her data – done in HubSpot, still in this execution.',
         'Timeout from HubSpot, retried manually.',
         'Called ' || c.f || ' back on ' || c.phone || ', resolved.'], 'ann', x.e) END,
       x.started + interval '2 hours', x.started + interval '2 hours' + make_interval(mins => fixture_gen.n('annu', x.e, 600))
FROM ngen.ex x JOIN ngen.c c ON c.i = x.c
WHERE x.m IN (3, 4, 8, 9, 11) AND x.e % 3 <> 2;

CREATE TABLE execution_annotation_tags (
  "annotationId" integer NOT NULL REFERENCES execution_annotations (id) ON DELETE CASCADE,
  "tagId" varchar(24) NOT NULL REFERENCES annotation_tag_entity (id) ON DELETE CASCADE,
  PRIMARY KEY ("annotationId", "tagId")
);
INSERT INTO execution_annotation_tags
SELECT a.id, ngen.nid('at', 1 + a.id % 8) FROM execution_annotations a WHERE a.id % 5 <> 0
UNION
SELECT a.id, ngen.nid('at', 1) FROM execution_annotations a WHERE a.vote = 'down';

-- Community nodes: the package's npm author (a person or a company).
CREATE TABLE installed_packages (
  "packageName" varchar(214) PRIMARY KEY,
  "installedVersion" varchar(50) NOT NULL,
  "authorName" varchar(70),
  "authorEmail" varchar(70),
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO installed_packages
SELECT pkg, ver, CASE WHEN a = 0 THEN NULL WHEN a = 1 THEN 'Brightloop Engineering' ELSE fixture_gen.full_name('npma', k) END,
       CASE WHEN a = 0 THEN NULL WHEN a = 1 THEN 'engineering@brightloop.example' ELSE fixture_gen.email('npma', k) END,
       ngen.ts('ipc', k), ngen.ts('ipc', k) + interval '40 days'
FROM (VALUES (1, 'n8n-nodes-browserless', '2.1.3', 2), (2, '@brightloop/n8n-nodes-erp', '0.9.12', 1), (3, 'n8n-nodes-puppeteer', '1.4.1', 2), (4, 'n8n-nodes-document-generator', '1.0.10', 2),
             (5, 'n8n-nodes-text-manipulation', '1.3.2', 2), (6, 'n8n-nodes-globals', '1.1.0', 2), (7, 'n8n-nodes-tesseractjs', '2.0.4', 0), (8, 'n8n-nodes-personio-extended', '0.3.1', 2),
             (9, 'n8n-nodes-dhl-parcel-de', '0.5.0', 2), (10, '@brightloop/n8n-nodes-warehouse', '0.2.7', 1), (11, 'n8n-nodes-pdf-merge', '1.2.0', 2), (12, 'n8n-nodes-qrcode', '0.1.6', 2)) v(k, pkg, ver, a);

CREATE TABLE installed_nodes (
  name varchar(200) NOT NULL,
  type varchar(200) PRIMARY KEY,
  "latestVersion" integer NOT NULL DEFAULT 1,
  package varchar(241) NOT NULL REFERENCES installed_packages ("packageName") ON DELETE CASCADE
);
INSERT INTO installed_nodes VALUES
  ('Browserless', 'n8n-nodes-browserless.browserless', 2, 'n8n-nodes-browserless'), ('Brightloop ERP', '@brightloop/n8n-nodes-erp.brightloopErp', 3, '@brightloop/n8n-nodes-erp'),
  ('Brightloop ERP Trigger', '@brightloop/n8n-nodes-erp.brightloopErpTrigger', 1, '@brightloop/n8n-nodes-erp'), ('Puppeteer', 'n8n-nodes-puppeteer.puppeteer', 1, 'n8n-nodes-puppeteer'),
  ('Document Generator', 'n8n-nodes-document-generator.documentGenerator', 1, 'n8n-nodes-document-generator'), ('Text Manipulation', 'n8n-nodes-text-manipulation.textManipulation', 1, 'n8n-nodes-text-manipulation'),
  ('Global Constants', 'n8n-nodes-globals.globalConstants', 1, 'n8n-nodes-globals'), ('Tesseract OCR', 'n8n-nodes-tesseractjs.tesseractNode', 1, 'n8n-nodes-tesseractjs'),
  ('Personio Extended', 'n8n-nodes-personio-extended.personioExtended', 1, 'n8n-nodes-personio-extended'), ('DHL Parcel DE', 'n8n-nodes-dhl-parcel-de.dhlParcelDe', 1, 'n8n-nodes-dhl-parcel-de'),
  ('Warehouse', '@brightloop/n8n-nodes-warehouse.warehouse', 1, '@brightloop/n8n-nodes-warehouse'), ('PDF Merge', 'n8n-nodes-pdf-merge.pdfMerge', 1, 'n8n-nodes-pdf-merge'),
  ('QR Code', 'n8n-nodes-qrcode.qrCode', 1, 'n8n-nodes-qrcode');

-- Log streaming destinations: a webhook with a bearer header, Sentry DSNs
-- (with their key), syslog.
CREATE TABLE event_destinations (
  id uuid PRIMARY KEY,
  destination jsonb NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO event_destinations
SELECT fixture_gen.uuid('evd', k)::uuid, jsonb_strip_nulls(CASE typ
  WHEN 'webhook' THEN jsonb_build_object('__type', '$$MessageEventBusDestinationWebhook', 'id', fixture_gen.uuid('evd', k), 'label', lab, 'enabled', k % 4 <> 3,
    'subscribedEvents', jsonb_build_array('n8n.workflow', 'n8n.audit', 'n8n.node'), 'anonymizeAuditMessages', k = 1, 'url', url, 'method', 'POST', 'authentication', 'none',
    'sendQuery', false, 'sendHeaders', true, 'headerParameters', jsonb_build_object('parameters', jsonb_build_array(jsonb_build_object('name', hname, 'value', hval))),
    'options', jsonb_build_object('allowUnauthorizedCerts', false, 'queryParameterArrays', 'brackets', 'redirect', jsonb_build_object('redirect', jsonb_build_object('followRedirects', true, 'maxRedirects', 21)), 'response', jsonb_build_object('response', jsonb_build_object('fullResponse', false, 'neverError', false))))
  WHEN 'sentry' THEN jsonb_build_object('__type', '$$MessageEventBusDestinationSentry', 'id', fixture_gen.uuid('evd', k), 'label', lab, 'enabled', true, 'subscribedEvents', jsonb_build_array('n8n.workflow.failed', 'n8n.node.failed'),
    'anonymizeAuditMessages', false, 'dsn', url, 'sendPayload', true)
  ELSE jsonb_build_object('__type', '$$MessageEventBusDestinationSyslog', 'id', fixture_gen.uuid('evd', k), 'label', lab, 'enabled', true, 'subscribedEvents', jsonb_build_array('n8n.audit'),
    'anonymizeAuditMessages', false, 'expectedStatusCode', 200, 'host', url, 'port', 514, 'protocol', 'tcp', 'facility', 16, 'app_name', 'n8n', 'eol', E'\n') END),
  ngen.ts('evc', k), ngen.ts('evc', k) + interval '12 days'
FROM (VALUES
  (1, 'webhook', 'Datadog logs', 'https://http-intake.logs.datadoghq.eu/api/v2/logs?ddsource=n8n&service=n8n-prod', 'DD-API-KEY', fixture_gen.hexn('ddkey', 1, 32)),
  (2, 'webhook', 'Security SIEM (audit)', 'https://siem.internal.brightloop.example/ingest/n8n', 'Authorization', 'Bearer ' || ngen.rnd('siemtok', 2, 40)),
  (3, 'sentry', 'Sentry workflow failures', 'https://' || fixture_gen.hexn('sentrykey', 3, 32) || '@o' || fixture_gen.digits('sentryorg', 3, 6) || '.ingest.de.sentry.io/' || fixture_gen.digits('sentryprj', 3, 16), NULL, NULL),
  (4, 'syslog', 'Graylog', '10.20.8.15', NULL, NULL),
  (5, 'webhook', 'Old Make scenario', 'https://hook.eu1.make.com/' || lower(ngen.rnd('makehook', 5, 32)), 'x-source', 'n8n-prod'),
  (6, 'sentry', 'Sentry (staging)', 'https://' || fixture_gen.hexn('sentrykey', 6, 32) || '@o' || fixture_gen.digits('sentryorg', 3, 6) || '.ingest.de.sentry.io/' || fixture_gen.digits('sentryprj', 6, 16), NULL, NULL)
) v(k, typ, lab, url, hname, hval);

-- Remove Duplicates node state: md5 (base64) of the values it has seen
-- (customers' emails, order ids), or the latest key or date.
CREATE TABLE processed_data (
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  context varchar(255) NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  value text NOT NULL,
  PRIMARY KEY ("workflowId", context)
);
INSERT INTO processed_data
SELECT ngen.nid('wf', w.k), CASE WHEN w.k % 2 = 0 THEN 'workflow' ELSE 'node:' || fixture_gen.uuid('nodewDedupe', w.k) END,
       w.cr + interval '2 days', timestamptz '2025-11-04 06:00:00+00' - make_interval(mins => w.k * 37),
       CASE WHEN w.m IN (0, 3, 9) THEN json_build_object('mode', 'entries', 'data', (SELECT json_agg(encode(decode(md5(lower(c.email)), 'hex'), 'base64')) FROM ngen.c c WHERE c.i BETWEEN w.k * 5 AND w.k * 5 + 6))::text
            WHEN w.m = 8 THEN json_build_object('mode', 'latestIncrementalKey', 'data', 10200 + w.k * 211)::text
            ELSE json_build_object('mode', 'latestDate', 'data', to_char(timestamptz '2025-11-04 05:00:00+00' - make_interval(mins => w.k * 41), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text END
FROM ngen.wf w WHERE w.m IN (0, 2, 3, 8, 9, 10) AND w.k <= 60;

-- Evaluations of the support agent.
CREATE TABLE test_run (
  id varchar(36) PRIMARY KEY,
  "workflowId" varchar(36) NOT NULL REFERENCES workflow_entity (id) ON DELETE CASCADE,
  status varchar NOT NULL,
  "errorCode" varchar,
  "errorDetails" json,
  "runAt" timestamp(3) with time zone,
  "completedAt" timestamp(3) with time zone,
  metrics json,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO test_run
SELECT ngen.nid('tr', r), ngen.nid('wf', CASE WHEN r % 2 = 0 THEN 5 ELSE 12 END),
       CASE WHEN r % 9 = 4 THEN 'error' WHEN r % 13 = 7 THEN 'cancelled' WHEN r = 30 THEN 'running' ELSE 'completed' END,
       CASE WHEN r % 9 = 4 THEN fixture_gen.pick(ARRAY['EVALUATION_TRIGGER_NOT_FOUND', 'CANT_FETCH_TEST_CASES', 'SET_METRICS_NODE_NOT_CONFIGURED'], 'trerr', r) END,
       CASE WHEN r % 9 = 4 THEN '{"message":"Could not read the dataset: Google Sheets returned 403"}'::json END,
       timestamptz '2025-09-20 10:00:00+00' + r * interval '1 day 3 hours', CASE WHEN r <> 30 THEN timestamptz '2025-09-20 10:00:00+00' + r * interval '1 day 3 hours' + make_interval(secs => 60 + fixture_gen.n('trd', r, 900)) END,
       CASE WHEN r % 9 <> 4 THEN json_build_object('correctness', round((3 + fixture_gen.n('trm1', r, 200) / 100.0)::numeric, 2), 'helpfulness', round((3 + fixture_gen.n('trm2', r, 200) / 100.0)::numeric, 2),
         'categoryMatch', round((0.7 + fixture_gen.n('trm3', r, 30) / 100.0)::numeric, 2), 'totalTokens', 20000 + fixture_gen.n('trm4', r, 40000)) END,
       timestamptz '2025-09-20 10:00:00+00' + r * interval '1 day 3 hours', timestamptz '2025-09-20 10:00:00+00' + r * interval '1 day 3 hours' + interval '5 minutes'
FROM generate_series(1, 30) r;

CREATE TABLE test_case_execution (
  id varchar(36) PRIMARY KEY,
  "testRunId" varchar(36) NOT NULL REFERENCES test_run (id) ON DELETE CASCADE,
  "executionId" integer REFERENCES execution_entity (id) ON DELETE SET NULL,
  status varchar NOT NULL,
  "runAt" timestamp(3) with time zone,
  "completedAt" timestamp(3) with time zone,
  "errorCode" varchar,
  "errorDetails" json,
  metrics json,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  inputs json,
  outputs json
);
INSERT INTO test_case_execution
SELECT ngen.nid('tce', r * 10 + t), ngen.nid('tr', r), CASE WHEN t <= 2 THEN (SELECT min(e) FROM ngen.ex WHERE m IN (4, 11) AND e > r * 12 + t) END,
       CASE WHEN t = 6 AND r % 3 = 0 THEN 'error' ELSE 'success' END,
       tr."runAt" + make_interval(secs => t * 9), tr."runAt" + make_interval(secs => t * 9 + 7),
       CASE WHEN t = 6 AND r % 3 = 0 THEN 'FAILED_TO_EXECUTE_WORKFLOW' END, CASE WHEN t = 6 AND r % 3 = 0 THEN '{"message":"OpenAI: Rate limit reached for gpt-4o-mini"}'::json END,
       json_build_object('correctness', 1 + fixture_gen.n('tcm', r * 10 + t, 5), 'categoryMatch', fixture_gen.n('tcm2', r * 10 + t, 2)),
       tr."runAt", tr."runAt",
       json_build_object('ticket', CASE WHEN t % 2 = 0 THEN 'Hello, my order #' || c.order_no || ' has not arrived yet. I am ' || c.full_name || ', you can reach me on ' || c.phone || '. Thanks'
                                       ELSE 'Hi, the ' || c.product || ' arrived broken. Send a new one to ' || c.street || ', ' || c.postcode || ' ' || c.city || '. ' || c.full_name END,
                         'requester_email', c.email, 'expected_category', CASE WHEN t % 2 = 0 THEN 'shipping' ELSE 'product' END),
       json_build_object('category', CASE WHEN (t + r) % 5 = 0 THEN 'refund' WHEN t % 2 = 0 THEN 'shipping' ELSE 'product' END,
                         'reply', 'Hi ' || c.f || ', ' || CASE WHEN t % 2 = 0 THEN 'I checked order #' || c.order_no || ': it left our warehouse and DHL will call you on ' || c.phone || ' before delivery.'
                                                            ELSE 'sorry about that! A replacement is on its way to ' || c.street || ', ' || c.city || '.' END)
FROM test_run tr JOIN generate_series(1, 30) r ON tr.id = ngen.nid('tr', r), generate_series(1, 6) t
JOIN ngen.c c ON c.i = 1 + (t * 53) % 400
WHERE tr.status <> 'error';

-- Insights: per-workflow counters with the project's name copied in.
CREATE TABLE insights_metadata (
  "metaId" serial PRIMARY KEY,
  "workflowId" varchar(16) UNIQUE REFERENCES workflow_entity (id) ON DELETE SET NULL,
  "projectId" varchar(36) REFERENCES project (id) ON DELETE SET NULL,
  "workflowName" varchar(128) NOT NULL,
  "projectName" varchar(255) NOT NULL
);
INSERT INTO insights_metadata ("workflowId", "projectId", "workflowName", "projectName")
SELECT ngen.nid('wf', w.k), w.tp, w.name, p.name FROM ngen.wf w JOIN project p ON p.id = w.tp WHERE w.k <= 48 ORDER BY w.k;

CREATE TABLE insights_raw (
  id serial PRIMARY KEY,
  "metaId" integer NOT NULL REFERENCES insights_metadata ("metaId") ON DELETE CASCADE,
  type integer NOT NULL,
  value bigint NOT NULL,
  "timestamp" timestamp(0) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO insights_raw ("metaId", type, value, "timestamp")
SELECT 1 + (x.k - 1) % 48, t, CASE t WHEN 0 THEN 1 + fixture_gen.n('irv', x.e, 30) WHEN 1 THEN 1 WHEN 2 THEN 1 ELSE 200 + fixture_gen.n('irt', x.e, 9000) END,
       date_trunc('second', x.started)
FROM ngen.ex x, unnest(ARRAY[0, CASE WHEN x.status = 'success' THEN 1 ELSE 2 END, 3]) t
WHERE x.e > 250 AND x.k <= 48;

CREATE TABLE insights_by_period (
  id serial PRIMARY KEY,
  "metaId" integer NOT NULL REFERENCES insights_metadata ("metaId") ON DELETE CASCADE,
  type integer NOT NULL,
  value bigint NOT NULL,
  "periodUnit" integer NOT NULL,
  "periodStart" timestamp(0) with time zone DEFAULT CURRENT_TIMESTAMP,
  UNIQUE ("periodStart", type, "periodUnit", "metaId")
);
INSERT INTO insights_by_period ("metaId", type, value, "periodUnit", "periodStart")
SELECT m, t, fixture_gen.n('ibp' || t, m * 100 + d, CASE t WHEN 3 THEN 90000 ELSE 400 END), 1, timestamptz '2025-08-01 00:00:00+00' + d * interval '1 day'
FROM generate_series(1, 24) m, generate_series(0, 3) t, generate_series(0, 60, 4) d;

-- Binary data kept in the database (N8N_DEFAULT_BINARY_DATA_MODE=database):
-- applicants' CVs, shipping labels, suppliers' invoices, photos customers
-- sent the chat.
CREATE TABLE binary_data (
  "fileId" uuid PRIMARY KEY,
  "sourceType" varchar(50) NOT NULL,
  "sourceId" varchar(255) NOT NULL,
  data bytea NOT NULL,
  "mimeType" varchar(255),
  "fileName" varchar(255),
  "fileSize" integer NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO binary_data
SELECT fixture_gen.uuid('bin', x.e)::uuid, CASE WHEN x.m = 11 THEN 'chat_message_attachment' ELSE 'execution' END, x.e::text, b.data,
       b.mime, b.fname, length(b.data), x.started, x.started
FROM ngen.ex x JOIN ngen.c c ON c.i = x.c,
LATERAL (SELECT CASE x.m
    WHEN 9 THEN convert_to(E'%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\nBT /F1 18 Tf (Curriculum Vitae) Tj ET\nBT /F1 11 Tf (' || c.full_name || ') Tj (' || c.email || ') Tj (' || c.phone || ') Tj (' || c.street || ', ' || c.city || E') Tj ET\nBT (Experience: 6 years backend development, Node.js, PostgreSQL) Tj ET\n%%EOF', 'UTF8')
    WHEN 8 THEN convert_to(E'%PDF-1.4\nBT /F1 9 Tf (DHL Paket) Tj (Shipment 00340434' || fixture_gen.digits('dhl', c.i, 12) || ') Tj (Empfaenger: ' || c.full_name || ') Tj (' || c.street || ') Tj (' || c.postcode || ' ' || c.city || ') Tj (' || c.country || E') Tj ET\n%%EOF', 'UTF8')
    WHEN 10 THEN convert_to(E'%PDF-1.5\nBT (INVOICE ' || (2025000 + x.e) || ') Tj (' || fixture_gen.pick(ARRAY['LX Logistics Lda', 'GymParts Wholesale BV', 'Printhaus GmbH'], 'exfr', x.e) || ') Tj (Bill to: Brightloop Lda, Rua Augusta 112, 1100-053 Lisboa) Tj (Total EUR ' || (100 + x.e * 13 % 4000) || E') Tj ET\n%%EOF', 'UTF8')
    ELSE decode('ffd8ffe000104a46494600010100000100010000ffe1' || fixture_gen.hexn('jpg', x.e, 200), 'hex') END AS data,
  CASE x.m WHEN 9 THEN 'application/pdf' WHEN 8 THEN 'application/pdf' WHEN 10 THEN 'application/pdf' ELSE 'image/jpeg' END AS mime,
  CASE x.m WHEN 9 THEN fixture_gen.pick(ARRAY['CV_' || c.f || '_' || c.l || '.pdf', c.f || ' ' || c.l || ' - Resume 2025.pdf', 'cv-' || lower(fixture_gen.ascii(c.l)) || '.pdf'], 'bfn', x.e)
    WHEN 8 THEN 'label_' || c.order_no || '.pdf' WHEN 10 THEN 'invoice_' || (2025000 + x.e) || '.pdf' ELSE fixture_gen.pick(ARRAY['IMG_' || (2000 + x.e), 'PXL_20250' || (8 + x.e % 2) || '1' || (x.e % 9) || '_' || fixture_gen.digits('pxl', x.e, 9), 'image'], 'bfi', x.e) || '.jpg' END AS fname) b
WHERE x.m IN (8, 9, 10, 11) AND x.status = 'success';

-- Chat hub: staff chatting with models and agents.
CREATE TABLE chat_hub_agents (
  id uuid PRIMARY KEY,
  name varchar(256) NOT NULL,
  description varchar(512),
  "systemPrompt" text NOT NULL,
  "ownerId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  "credentialId" varchar(36) REFERENCES credentials_entity (id) ON DELETE SET NULL,
  provider varchar(16) NOT NULL,
  model varchar(64) NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO chat_hub_agents
SELECT fixture_gen.uuid('cha', k)::uuid, name, descr, prompt, fixture_gen.uuid('user', owner)::uuid, ngen.nid('cred', CASE WHEN prov = 'openai' THEN 4 ELSE 17 END), prov, model,
       timestamptz '2025-10-20 09:00:00+00' + k * interval '19 hours', timestamptz '2025-10-20 09:00:00+00' + k * interval '29 hours'
FROM (VALUES
  (1, 'HR helper', 'Answers questions about leave, payroll dates and benefits', 'You are Brightloop''s HR helper. Use the handbook. For payroll problems tell people to contact ' || (SELECT full_name FROM ngen.u WHERE i = 9) || ' on ' || fixture_gen.phone('payroll', 25) || '. Never discuss individual salaries.', 9, 'openai', 'gpt-4.1-mini'),
  (2, 'Copywriter', 'Product descriptions in our tone of voice', 'Write short, upbeat product copy for home fitness gear. No health claims. British English.', 4, 'anthropic', 'claude-sonnet-4-5'),
  (3, 'SQL buddy', 'Writes Postgres queries against the shop schema', 'You write PostgreSQL for the shop schema (orders, customers, order_items, products). Never select customers.email or phone unless asked by Data Platform.', 2, 'openai', 'gpt-4.1'),
  (4, 'Support macro writer', NULL, 'Draft Zendesk macros. Sign as "The Brightloop team".', 14, 'anthropic', 'claude-haiku-4-5'),
  (5, 'Finance Q&A', 'Month-end checklist and VAT questions', 'Answer using the finance wiki. Escalations: ' || (SELECT email FROM ngen.u WHERE i = 3) || '.', 3, 'openai', 'gpt-4.1-mini'),
  (6, 'Interview prep', 'Prepares interview questions from a CV', 'Given a candidate CV, propose 8 interview questions for the role. Do not comment on age, nationality or family.', 9, 'anthropic', 'claude-sonnet-4-5')
) v(k, name, descr, prompt, owner, prov, model);

CREATE TABLE chat_hub_sessions (
  id uuid PRIMARY KEY,
  title varchar(256) NOT NULL,
  "ownerId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  "lastMessageAt" timestamp(3) with time zone,
  "credentialId" varchar(36) REFERENCES credentials_entity (id) ON DELETE SET NULL,
  provider varchar(16),
  model varchar(64),
  "workflowId" varchar(36) REFERENCES workflow_entity (id) ON DELETE SET NULL,
  "agentId" uuid REFERENCES chat_hub_agents (id) ON DELETE SET NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
CREATE TABLE ngen.cs AS
SELECT s, 1 + (s * 7) % 32 AS owner, c.i AS c, c.f, c.full_name, c.email, c.phone, c.order_no, c.street, c.city,
       CASE WHEN s % 5 = 0 THEN 1 + s % 6 END AS agent, s % 6 AS kind,
       timestamptz '2025-10-21 08:00:00+00' + s * interval '7 hours 13 minutes' AS cr
FROM generate_series(1, 60) s JOIN ngen.c c ON c.i = 1 + (s * 131) % 400;
INSERT INTO chat_hub_sessions
SELECT fixture_gen.uuid('chs2', s.s)::uuid,
       CASE s.kind WHEN 0 THEN 'Reply to ' || s.full_name || ' about late delivery' WHEN 1 THEN 'Product copy: ' || fixture_gen.pick(ARRAY['Spin Bike S200', 'Rowing Machine R1', 'Kettlebell 16kg'], 'chst', s.s)
         WHEN 2 THEN 'SQL: repeat customers by country' WHEN 3 THEN 'Interview questions for ' || s.full_name WHEN 4 THEN 'Summarise Q3 refunds' ELSE 'New chat' END,
       fixture_gen.uuid('user', s.owner)::uuid, s.cr + interval '25 minutes',
       CASE WHEN s.agent IS NULL THEN ngen.nid('cred', CASE WHEN s.s % 2 = 0 THEN 4 ELSE 17 END) END,
       CASE WHEN s.agent IS NOT NULL THEN 'custom-agent' WHEN s.s % 2 = 0 THEN 'openai' ELSE 'anthropic' END,
       CASE WHEN s.agent IS NULL THEN CASE WHEN s.s % 2 = 0 THEN 'gpt-4.1-mini' ELSE 'claude-sonnet-4-5' END END,
       CASE WHEN s.s % 11 = 3 THEN ngen.nid('wf', 12) END,
       CASE WHEN s.agent IS NOT NULL THEN fixture_gen.uuid('cha', s.agent)::uuid END,
       s.cr, s.cr + interval '25 minutes'
FROM ngen.cs s;

CREATE TABLE chat_hub_messages (
  id uuid PRIMARY KEY,
  "sessionId" uuid NOT NULL REFERENCES chat_hub_sessions (id) ON DELETE CASCADE,
  "previousMessageId" uuid REFERENCES chat_hub_messages (id) ON DELETE CASCADE,
  "revisionOfMessageId" uuid REFERENCES chat_hub_messages (id) ON DELETE CASCADE,
  "retryOfMessageId" uuid REFERENCES chat_hub_messages (id) ON DELETE CASCADE,
  type varchar(16) NOT NULL,
  name varchar(128) NOT NULL,
  content text NOT NULL,
  provider varchar(16),
  model varchar(64),
  "workflowId" varchar(36) REFERENCES workflow_entity (id) ON DELETE SET NULL,
  "executionId" integer REFERENCES execution_entity (id) ON DELETE SET NULL,
  "agentId" uuid REFERENCES chat_hub_agents (id) ON DELETE SET NULL,
  status varchar(16) NOT NULL DEFAULT 'success',
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO chat_hub_messages
SELECT fixture_gen.uuid('chm' || t, s.s)::uuid, fixture_gen.uuid('chs2', s.s)::uuid,
       CASE WHEN t > 1 THEN fixture_gen.uuid('chm' || (t - 1), s.s)::uuid END, NULL::uuid, CASE WHEN t = 4 AND s.s % 9 = 4 THEN fixture_gen.uuid('chm2', s.s)::uuid END,
       CASE WHEN t % 2 = 1 THEN 'human' ELSE 'ai' END,
       CASE WHEN t % 2 = 1 THEN (SELECT u.f || ' ' || u.l FROM ngen.u u WHERE u.i = s.owner) ELSE 'AI' END,
       CASE s.kind
         WHEN 0 THEN CASE t WHEN 1 THEN 'Write a friendly reply to ' || s.full_name || ' (' || s.email || '). Her order #' || s.order_no || ' is 9 days late, DHL lost it, we will resend today. She asked to be called on ' || s.phone || '.'
                            WHEN 2 THEN 'Hi ' || s.f || E',\n\nI am so sorry: DHL has lost order #' || s.order_no || '. We are sending a replacement today to ' || s.street || ', ' || s.city || E' and one of us will call you on ' || s.phone || E'.\n\nThe Brightloop team'
                            WHEN 3 THEN 'Shorter please, and do not mention DHL.' ELSE 'Hi ' || s.f || ', sorry for the wait: a replacement for order #' || s.order_no || ' leaves today. The Brightloop team' END
         WHEN 1 THEN CASE t WHEN 1 THEN 'Product description, 80 words, for our new spin bike: magnetic resistance, 32 levels, app support.' WHEN 2 THEN 'Meet the S200: whisper-quiet magnetic resistance with 32 levels, a saddle that fits every rider and live stats in the Brightloop app.'
                            WHEN 3 THEN 'Less salesy.' ELSE 'The S200 spin bike: quiet magnetic resistance, 32 levels, adjustable saddle and stats in the app.' END
         WHEN 2 THEN CASE t WHEN 1 THEN 'How many customers ordered more than twice, by country, this year?' WHEN 2 THEN E'SELECT c.country, count(*) FROM shop.customers c JOIN (SELECT customer_id FROM shop.orders WHERE created_at >= date_trunc(''year'', now()) GROUP BY 1 HAVING count(*) > 2) o ON o.customer_id = c.id GROUP BY 1 ORDER BY 2 DESC;'
                            WHEN 3 THEN 'Thanks' ELSE 'You are welcome!' END
         WHEN 3 THEN CASE t WHEN 1 THEN 'Here is the CV of ' || s.full_name || ', ' || s.email || ', ' || s.phone || ', living in ' || s.city || '. 6 years Node.js, left her last job after maternity leave. Interview questions for Backend Engineer?' WHEN 2 THEN E'1. Walk me through a Node.js service you designed end to end.\n2. How do you debug a slow PostgreSQL query?\n3. ...'
                            WHEN 3 THEN 'Add two on testing.' ELSE E'9. How do you decide what to unit test?\n10. Tell me about a flaky test you fixed.' END
         WHEN 4 THEN CASE t WHEN 1 THEN 'Summarise: Q3 refunds 312, top reasons damaged (41%), late (33%), changed mind.' WHEN 2 THEN 'Q3 saw 312 refunds, driven mostly by damage in transit and late deliveries.' WHEN 3 THEN 'Make it a bullet list' ELSE E'- 312 refunds\n- 41% damaged\n- 33% late' END
         ELSE CASE t WHEN 1 THEN 'hello' WHEN 2 THEN 'Hi! How can I help?' WHEN 3 THEN 'what can you do' ELSE 'I can draft text, write SQL and answer questions.' END END,
       CASE WHEN s.agent IS NOT NULL THEN 'custom-agent' WHEN s.s % 2 = 0 THEN 'openai' ELSE 'anthropic' END,
       CASE WHEN s.agent IS NULL THEN CASE WHEN s.s % 2 = 0 THEN 'gpt-4.1-mini' ELSE 'claude-sonnet-4-5' END END,
       NULL, NULL, CASE WHEN s.agent IS NOT NULL THEN fixture_gen.uuid('cha', s.agent)::uuid END,
       CASE WHEN t = 4 AND s.s % 17 = 3 THEN 'error' ELSE 'success' END,
       s.cr + t * interval '3 minutes', s.cr + t * interval '3 minutes'
FROM ngen.cs s, generate_series(1, 4) t
ORDER BY s.s, t;

-- The MCP server's OAuth: clients registered by AI tools, codes, tokens.
CREATE TABLE oauth_clients (
  id varchar PRIMARY KEY,
  name varchar(255) NOT NULL,
  "redirectUris" json NOT NULL,
  "grantTypes" json NOT NULL,
  "clientSecret" varchar(255),
  "clientSecretExpiresAt" bigint,
  "tokenEndpointAuthMethod" varchar(255) NOT NULL DEFAULT 'none',
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO oauth_clients
SELECT fixture_gen.uuid('oac', k), name, uris::json, '["authorization_code","refresh_token"]'::json,
       CASE WHEN meth <> 'none' THEN fixture_gen.hexn('oacs', k, 64) END, CASE WHEN meth <> 'none' THEN 0 END, meth,
       timestamptz '2025-10-14 12:00:00+00' + k * interval '2 days 5 hours', timestamptz '2025-10-14 12:00:00+00' + k * interval '2 days 5 hours'
FROM (VALUES (1, 'Claude', '["https://claude.ai/api/mcp/auth_callback"]', 'client_secret_post'), (2, 'Cursor', '["cursor://anysphere.cursor-retrieval/oauth/user-n8n/callback"]', 'none'),
             (3, 'MCP Inspector', '["http://localhost:6274/oauth/callback","http://localhost:6274/oauth/callback/debug"]', 'none'), (4, 'ChatGPT', '["https://chatgpt.com/connector_platform_oauth_redirect"]', 'client_secret_post'),
             (5, 'Visual Studio Code', '["http://127.0.0.1:33418/","https://vscode.dev/redirect"]', 'none'), (6, 'Claude Code', '["http://localhost:54212/callback"]', 'none'),
             (7, 'Windsurf', '["windsurf://codeium.windsurf/oauth/callback"]', 'none'), (8, 'Claude', '["https://claude.ai/api/mcp/auth_callback"]', 'client_secret_post')) v(k, name, uris, meth);

CREATE TABLE oauth_authorization_codes (
  code varchar(255) PRIMARY KEY,
  "clientId" varchar NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
  "userId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  "redirectUri" varchar NOT NULL,
  "codeChallenge" varchar NOT NULL,
  "codeChallengeMethod" varchar(255) NOT NULL,
  "expiresAt" bigint NOT NULL,
  state varchar,
  used boolean NOT NULL DEFAULT false,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO oauth_authorization_codes
SELECT fixture_gen.hexn('oacode', k, 64), fixture_gen.uuid('oac', 1 + k % 8), fixture_gen.uuid('user', (ARRAY[1, 2, 4, 6, 11, 14, 18, 22])[1 + k % 8])::uuid,
       (o."redirectUris"->>0), ngen.b64url('pkce', k, 32), 'S256', (1760500000 + k * 40000 + 600)::bigint * 1000,
       CASE WHEN k % 3 <> 0 THEN ngen.b64url('oastate', k, 24) END, k < 38,
       to_timestamp(1760500000 + k * 40000), to_timestamp(1760500000 + k * 40000 + 20)
FROM generate_series(1, 40) k JOIN oauth_clients o ON o.id = fixture_gen.uuid('oac', 1 + k % 8);

CREATE TABLE oauth_access_tokens (
  token varchar PRIMARY KEY,
  "clientId" varchar NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
  "userId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE
);
INSERT INTO oauth_access_tokens
SELECT ngen.jwt('{"sub":"' || fixture_gen.uuid('user', (ARRAY[1, 2, 4, 6, 11, 14, 18, 22])[1 + k % 8]) || '","aud":"mcp-server-api","client_id":"' || fixture_gen.uuid('oac', 1 + k % 8) || '","iat":' || (1760500000 + k * 40000) || ',"exp":' || (1760500000 + k * 40000 + 3600) || '}', 'oaat', k),
       fixture_gen.uuid('oac', 1 + k % 8), fixture_gen.uuid('user', (ARRAY[1, 2, 4, 6, 11, 14, 18, 22])[1 + k % 8])::uuid
FROM generate_series(1, 37) k;

CREATE TABLE oauth_refresh_tokens (
  token varchar(255) PRIMARY KEY,
  "clientId" varchar NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
  "userId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  "expiresAt" bigint NOT NULL,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
INSERT INTO oauth_refresh_tokens
SELECT fixture_gen.hexn('oart', k, 64), fixture_gen.uuid('oac', 1 + k % 8), fixture_gen.uuid('user', (ARRAY[1, 2, 4, 6, 11, 14, 18, 22])[1 + k % 8])::uuid,
       (1760500000 + k * 40000 + 2592000)::bigint * 1000, to_timestamp(1760500000 + k * 40000), to_timestamp(1760500000 + k * 40000)
FROM generate_series(1, 37) k;

CREATE TABLE oauth_user_consents (
  id serial PRIMARY KEY,
  "userId" uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
  "clientId" varchar NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
  "grantedAt" bigint NOT NULL,
  UNIQUE ("userId", "clientId")
);
INSERT INTO oauth_user_consents ("userId", "clientId", "grantedAt")
SELECT DISTINCT ON (u, c) fixture_gen.uuid('user', u)::uuid, fixture_gen.uuid('oac', c), (1760500000 + k * 40000)::bigint * 1000
FROM (SELECT k, (ARRAY[1, 2, 4, 6, 11, 14, 18, 22])[1 + k % 8] AS u, 1 + k % 8 AS c FROM generate_series(1, 40) k) x ORDER BY u, c, k;

-- The Postgres Chat Memory node's table, created by the support chat
-- agent in n8n's own database: the website visitors' conversations.
CREATE TABLE n8n_chat_histories (
  id serial PRIMARY KEY,
  session_id varchar(255) NOT NULL,
  message jsonb NOT NULL
);
INSERT INTO n8n_chat_histories (session_id, message)
SELECT fixture_gen.uuid('chs', c.i), jsonb_build_object('type', CASE WHEN t % 2 = 1 THEN 'human' ELSE 'ai' END,
         'content', CASE t WHEN 1 THEN fixture_gen.pick(ARRAY['Hi, I am ' || c.full_name || ', order ' || c.order_no || ' still says processing. My email is ' || c.email,
                   'Can I change the delivery address to ' || c.street || ', ' || c.city || '?', 'Does the ' || c.product || ' fit in a small flat?',
                   'Please call me on ' || c.phone || ' about my refund'], 'exchat', x.e)
                   WHEN 2 THEN 'Thanks! I have found your order and a colleague will get back to you.'
                   WHEN 3 THEN fixture_gen.pick(ARRAY['ok thanks', 'When exactly? I am not home on Friday, my neighbour ' || fixture_gen.full_name('nbr', x.e) || ' at number 12 can take it.', 'Can you send it to my office instead? ' || fixture_gen.street('off', x.e)], 'exchat2', x.e)
                   ELSE 'Noted, I have added that to your order.' END,
         'additional_kwargs', '{}'::jsonb, 'response_metadata', '{}'::jsonb)
         || CASE WHEN t % 2 = 0 THEN '{"tool_calls":[],"invalid_tool_calls":[]}'::jsonb ELSE '{}'::jsonb END
FROM ngen.ex x JOIN ngen.c c ON c.i = x.c, generate_series(1, 4) t
WHERE x.m = 11
ORDER BY x.e, t;

CREATE TABLE migrations (
  id serial PRIMARY KEY,
  "timestamp" bigint NOT NULL,
  name varchar NOT NULL
);
INSERT INTO migrations ("timestamp", name)
SELECT ts, name || ts FROM (VALUES
  (1587669153312, 'InitialMigration'), (1589476000887, 'WebhookModel'), (1594828256133, 'CreateIndexStoppedAt'), (1607431743768, 'MakeStoppedAtNullable'),
  (1611144599516, 'AddWebhookId'), (1617270242566, 'CreateTagEntity'), (1620824779533, 'UniqueWorkflowNames'), (1626176912946, 'AddwaitTill'),
  (1630419189837, 'UpdateWorkflowCredentials'), (1644422880309, 'AddExecutionEntityIndexes'), (1646834195327, 'IncreaseTypeVarcharLimit'), (1646992772331, 'CreateUserManagement'),
  (1648740597343, 'LowerCaseUserEmail'), (1652254514002, 'CommunityNodes'), (1652367743993, 'AddUserSettings'), (1652905585850, 'AddAPIKeyColumn'),
  (1654090467022, 'IntroducePinData'), (1658932090381, 'AddNodeIds'), (1659902242948, 'AddJsonKeyPinData'), (1660062385367, 'CreateCredentialsUserRole'),
  (1663755770893, 'CreateWorkflowsEditorRole'), (1664196174001, 'WorkflowStatistics'), (1665484192212, 'CreateCredentialUsageTable'), (1665754637025, 'RemoveCredentialUsageTable'),
  (1669739707126, 'AddWorkflowVersionIdColumn'), (1669823906995, 'AddTriggerCountColumn'), (1671535397530, 'MessageEventBusDestinations'), (1671726148421, 'RemoveWorkflowDataLoadedFlag'),
  (1673268682475, 'DeleteExecutionsWithWorkflows'), (1674138566000, 'AddStatusToExecutions'), (1674509946020, 'CreateLdapEntities'), (1675940580449, 'PurgeInvalidWorkflowConnections'),
  (1676996103000, 'MigrateExecutionStatus'), (1677236854063, 'UpdateRunningExecutionStatus'), (1677501636754, 'CreateVariables'), (1679416281778, 'CreateExecutionMetadataTable'),
  (1681134145996, 'AddUserActivatedProperty'), (1681134145997, 'RemoveSkipOwnerSetup'), (1690000000000, 'MigrateIntegerKeysToString'), (1690000000020, 'SeparateExecutionData'),
  (1690000000030, 'RemoveResetPasswordColumns'), (1690000000030, 'AddMfaColumns'), (1690787606731, 'AddMissingPrimaryKeyOnExecutionData'), (1691088862123, 'CreateWorkflowNameIndex'),
  (1692967111175, 'CreateWorkflowHistoryTable'), (1693491613982, 'ExecutionSoftDelete'), (1693554410387, 'DisallowOrphanExecutions'), (1694091729095, 'MigrateToTimestampTz'),
  (1695128658538, 'AddWorkflowMetadata'), (1695829275184, 'ModifyWorkflowHistoryNodesAndConnections'), (1700571993961, 'AddGlobalAdminRole'), (1705429061930, 'DropRoleMapping'),
  (1711018413374, 'RemoveFailedExecutionStatus'), (1711390882123, 'MoveSshKeysToDatabase'), (1712044305787, 'RemoveNodesAccess'), (1714133768519, 'CreateProject'),
  (1714133768521, 'MakeExecutionStatusNonNullable'), (1717498465931, 'AddActivatedAtUserSetting'), (1720101653148, 'AddConstraintToExecutionMetadata'), (1721377157740, 'FixExecutionMetadataSequence'),
  (1723627610222, 'CreateInvalidAuthTokenTable'), (1723796243146, 'RefactorExecutionIndices'), (1724753530828, 'CreateAnnotationTables'), (1724951148974, 'AddApiKeysTable'),
  (1726606152711, 'CreateProcessedDataTable'), (1727427440136, 'SeparateExecutionCreationFromStart'), (1728659839644, 'AddMissingPrimaryKeyOnAnnotationTagMapping'),
  (1729607673464, 'UpdateProcessedDataValueColumnToText'), (1730386903556, 'CreateTestDefinitionTable'), (1731404028106, 'AddDescriptionToTestDefinition'),
  (1732271325258, 'CreateTestMetricTable'), (1732549866705, 'CreateTestRun'), (1733133775640, 'AddMockedNodesColumnToTestDefinition'), (1734479635324, 'AddManagedColumnToCredentialsTable'),
  (1736172058779, 'AddStatsColumnsToTestRun'), (1736947513045, 'CreateTestCaseExecutionTable'), (1737715421462, 'AddErrorColumnsToTestRuns'), (1738709609940, 'CreateFolderTable'),
  (1739549398681, 'CreateAnalyticsTables'), (1740445074052, 'UpdateParentFolderIdColumn'), (1741167584277, 'RenameAnalyticsToInsights'), (1742918400000, 'AddScopesColumnToApiKeys'),
  (1745322634000, 'ClearEvaluation'), (1745587087521, 'AddWorkflowStatisticsRootCount'), (1745934666076, 'AddWorkflowArchivedColumn'), (1745934666077, 'DropRoleTable'),
  (1747824239000, 'AddProjectDescriptionColumn'), (1750252139166, 'AddLastActiveAtColumnToUser'), (1752669793000, 'AddInputsOutputsToTestCaseExecution'),
  (1754475614601, 'CreateDataStoreTables'), (1755700000000, 'CreateBinaryDataTable'), (1756906557570, 'AddTimestampsToRoleAndRoleIndexes'), (1758731786132, 'AddAudienceColumnToApiKeys'),
  (1759399811000, 'ChangeValueTypesForInsights'), (1760019379982, 'CreateOAuthEntities'), (1760116750277, 'CreateChatHubTables'), (1761047826451, 'CreateChatHubAgentTable')
) v(ts, name);

-- Data tables: each is a real table data_table_user_<id> (created here as
-- dt_<k> and renamed at the end) with the columns people gave it; their
-- names and types are also in data_table_column.
CREATE TABLE data_table (
  id varchar(36) PRIMARY KEY,
  name varchar(128) NOT NULL,
  "projectId" varchar(36) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE ("projectId", name)
);
INSERT INTO data_table
SELECT ngen.nid('dt', k), name, ngen.nid('pt', tp), timestamptz '2025-09-16 10:00:00+00' + k * interval '2 days 7 hours', timestamptz '2025-10-30 10:00:00+00' + k * interval '9 hours'
FROM (VALUES (1, 'leads', 1), (2, 'support_triage', 3), (3, 'candidates', 5), (4, 'invoice_reminders', 2), (5, 'shipment_status', 6), (6, 'slack_channel_map', 4), (7, 'product_copy_cache', 1),
             (8, 'newsletter_subscribers', 1), (9, 'employee_directory', 5), (10, 'webinar_registrations', 1), (11, 'refund_approvals', 3), (12, 'kpi_daily', 4), (13, 'warehouse_bins', 6),
             (14, 'gdpr_requests', 4), (15, 'ai_usage_log', 4)) v(k, name, tp);

CREATE TABLE dt_1 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  email text, "firstName" text, "lastName" text, company text, "jobTitle" text, phone text, city text, country text, source text, "utmCampaign" text, score double precision, consent boolean, "lastContactedAt" timestamp, notes text);
INSERT INTO dt_1 ("createdAt", "updatedAt", email, "firstName", "lastName", company, "jobTitle", phone, city, country, source, "utmCampaign", score, consent, "lastContactedAt", notes)
SELECT timestamptz '2025-09-17 08:00:00+00' + c.i * interval '5 hours 7 minutes', timestamptz '2025-09-17 08:00:00+00' + c.i * interval '5 hours 7 minutes' + interval '3 days', c.email, c.f, c.l,
       fixture_gen.pick(ARRAY['', 'Fit Studio Porto', 'Kraft & Co GmbH', 'Yoga Loft Lyon', 'CrossBox Leeds', 'Hotel Miramar Sevilla', 'PhysioPlus Köln', 'Ginásio Central'], 'lco', c.i),
       fixture_gen.pick(ARRAY['', 'Owner', 'Studio Manager', 'Head Coach', 'Facilities Manager', 'Physiotherapist', 'Procurement Lead'], 'ljt', c.i),
       c.phone, c.city, c.country, fixture_gen.pick(ARRAY['website', 'webinar', 'instagram-ad', 'trade-show', 'referral'], 'lsrc', c.i),
       fixture_gen.pick(ARRAY['', 'b2b-q3-studios', 'spring-sale-2025', 'hotel-gyms'], 'lutm', c.i), fixture_gen.n('lsc', c.i, 100), c.i % 7 <> 3,
       CASE WHEN c.i % 3 = 0 THEN (timestamptz '2025-09-19 10:00:00+00' + c.i * interval '5 hours 7 minutes')::timestamp(0) END,
       CASE WHEN c.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Wants 10 spin bikes for the new studio, call back after 18:00.', 'Spoke to ' || c.f || ', budget approved in January.',
         'Asked for a quote in PT, her colleague ' || fixture_gen.full_name('lcol', c.i) || ' decides.', 'Not interested, remove from sequence.', 'Met at FIBO, has two studios in ' || c.city || '.'], 'lnote', c.i) END
FROM ngen.c c WHERE c.i <= 150;

CREATE TABLE dt_2 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "ticketId" double precision, "requesterEmail" text, subject text, category text, priority text, sentiment double precision, "aiSummary" text, assignee text, resolved boolean, "resolvedAt" timestamp);
INSERT INTO dt_2 ("createdAt", "updatedAt", "ticketId", "requesterEmail", subject, category, priority, sentiment, "aiSummary", assignee, resolved, "resolvedAt")
SELECT timestamptz '2025-09-20 08:00:00+00' + k * interval '7 hours', timestamptz '2025-09-20 08:00:00+00' + k * interval '7 hours' + interval '5 minutes', 48000 + k, c.email,
       fixture_gen.pick(ARRAY['Where is my order?', 'Refund request', 'Broken part', 'Change delivery address', 'Order ' || c.order_no || ' – wrong item', 'Question from ' || c.full_name, 'Invoice needed for my company'], 'tsub', k),
       fixture_gen.pick(ARRAY['shipping', 'refund', 'product', 'account', 'billing'], 'tcat', k), fixture_gen.pick(ARRAY['low', 'normal', 'normal', 'high', 'urgent'], 'tpri', k),
       round((fixture_gen.n('tsent', k, 200) / 100.0 - 1)::numeric, 2),
       fixture_gen.pick(ARRAY[c.full_name || ' reports order ' || c.order_no || ' has not arrived; asks for a call on ' || c.phone || '.',
         'Customer received a damaged ' || c.product || ' and wants a replacement sent to ' || c.street || ', ' || c.city || '.',
         'Requests an invoice with company VAT number; no personal details given.', 'Asks whether the ' || c.product || ' fits a small flat.'], 'tsum', k),
       (SELECT u.email FROM ngen.u u WHERE u.i = 5 + (k % 6) * 4), k % 5 <> 0, CASE WHEN k % 5 <> 0 THEN (timestamptz '2025-09-20 08:00:00+00' + k * interval '7 hours' + interval '1 day')::timestamp(0) END
FROM generate_series(1, 120) k JOIN ngen.c c ON c.i = 1 + (k * 17) % 400;

CREATE TABLE dt_3 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "fullName" text, email text, phone text, "linkedinUrl" text, position text, "cvFileName" text, source text, "expectedSalary" double precision, stage text, "interviewAt" timestamp, city text, rating double precision, "recruiterNotes" text);
INSERT INTO dt_3 ("createdAt", "updatedAt", "fullName", email, phone, "linkedinUrl", position, "cvFileName", source, "expectedSalary", stage, "interviewAt", city, rating, "recruiterNotes")
SELECT timestamptz '2025-09-18 09:00:00+00' + k * interval '11 hours', timestamptz '2025-09-18 09:00:00+00' + k * interval '11 hours' + interval '2 days', c.full_name, c.email, c.phone,
       'https://www.linkedin.com/in/' || fixture_gen.ascii(c.f) || '-' || fixture_gen.ascii(c.l) || CASE WHEN k % 2 = 0 THEN '-' || lower(fixture_gen.hexn('li', c.i, 6)) ELSE '' END,
       fixture_gen.pick(ARRAY['Backend Engineer', 'Customer Support Specialist', 'Performance Marketing Manager'], 'cpos', k),
       fixture_gen.pick(ARRAY['CV_' || c.f || '_' || c.l || '.pdf', c.f || ' ' || c.l || ' - Resume 2025.pdf', 'cv-' || lower(fixture_gen.ascii(c.l)) || '.pdf'], 'bfn', k),
       fixture_gen.pick(ARRAY['careers form', 'LinkedIn', 'referral', 'agency'], 'csrc', k),
       (ARRAY[32000, 38000, 45000, 52000, 60000, 68000])[1 + fixture_gen.n('csal', k, 6)], fixture_gen.pick(ARRAY['applied', 'screening', 'interview', 'offer', 'rejected', 'hired'], 'cst', k),
       CASE WHEN k % 3 = 0 THEN (timestamptz '2025-09-25 09:00:00+00' + k * interval '13 hours')::timestamp(0) END, c.city, 1 + fixture_gen.n('crat', k, 5),
       CASE WHEN k % 3 <> 1 THEN fixture_gen.pick(ARRAY['Strong on Postgres, weak on testing. Second round with ' || (SELECT u.f FROM ngen.u u WHERE u.i = 9) || '.',
         'Relocating from ' || c.city || ' with her partner, needs visa sponsorship.', 'Referred by ' || fixture_gen.full_name('cref', k) || ' (former colleague).',
         'Asked for part-time because of childcare, salary expectation flexible.', 'No-show for the call, sent reminder to ' || c.phone || '.', 'Great culture fit.'], 'cnote', k) END
FROM generate_series(1, 80) k JOIN ngen.c c ON c.i = 1 + (k * 29 + 7) % 400;

CREATE TABLE dt_4 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "invoiceNumber" text, "customerName" text, "billingEmail" text, "vatId" text, amount double precision, currency text, "dueDate" timestamp, "remindersSent" double precision, "lastReminderAt" timestamp, paid boolean);
INSERT INTO dt_4 ("createdAt", "updatedAt", "invoiceNumber", "customerName", "billingEmail", "vatId", amount, currency, "dueDate", "remindersSent", "lastReminderAt", paid)
SELECT timestamptz '2025-09-17 09:00:00+00' + k * interval '9 hours', timestamptz '2025-09-17 09:00:00+00' + k * interval '9 hours' + interval '3 days', 'FT 2025/' || (1000 + c.i),
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Fit Studio Porto Lda', 'Kraft & Co GmbH', 'Yoga Loft SARL', 'CrossBox Leeds Ltd', 'Hotel Miramar S.L.'], 'ico', k) ELSE c.full_name END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['accounts', 'billing', 'facturacion', 'buchhaltung'], 'ibm', k) || '@' || fixture_gen.pick(ARRAY['fitstudioporto.example', 'kraft-co.example', 'yogaloft.example', 'crossboxleeds.example'], 'ibd', k) ELSE c.email END,
       CASE WHEN k % 3 = 0 OR k % 7 = 1 THEN fixture_gen.vat('ivat', k) END, c.amount, 'EUR', ('2025-09-20'::date + (k % 40))::timestamp, k % 4,
       CASE WHEN k % 4 > 0 THEN ('2025-09-20'::date + (k % 40) + 4 * (k % 4))::timestamp + interval '9 hours' END, k % 5 <> 2
FROM generate_series(1, 100) k JOIN ngen.c c ON c.i = 1 + (k * 41) % 400;

CREATE TABLE dt_5 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "orderName" text, "trackingNumber" text, carrier text, status text, "recipientName" text, "shipPostcode" text, "shipCity" text, "shipCountry" text, eta timestamp, "lastCheckedAt" timestamp);
INSERT INTO dt_5 ("createdAt", "updatedAt", "orderName", "trackingNumber", carrier, status, "recipientName", "shipPostcode", "shipCity", "shipCountry", eta, "lastCheckedAt")
SELECT timestamptz '2025-09-16 12:00:00+00' + k * interval '7 hours', timestamptz '2025-09-16 12:00:00+00' + k * interval '7 hours' + interval '2 days', '#' || c.order_no,
       CASE WHEN k % 4 = 0 THEN '1Z' || upper(fixture_gen.hexn('ups', k, 16)) ELSE '00340434' || fixture_gen.digits('dhl', c.i, 12) END, CASE WHEN k % 4 = 0 THEN 'UPS' ELSE 'DHL' END,
       fixture_gen.pick(ARRAY['pre-transit', 'in_transit', 'out_for_delivery', 'delivered', 'delivered', 'exception'], 'sst', k), c.full_name, c.postcode, c.city, c.country,
       ('2025-09-20'::date + k / 3)::timestamp, (timestamptz '2025-11-04 06:00:00+00' - make_interval(mins => k * 13))::timestamp(0)
FROM generate_series(1, 150) k JOIN ngen.c c ON c.i = 1 + (k * 13 + 5) % 400;

CREATE TABLE dt_6 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  team text, "channelId" text, "channelName" text, "webhookUrl" text, "escalationEmail" text, active boolean);
INSERT INTO dt_6 ("createdAt", "updatedAt", team, "channelId", "channelName", "webhookUrl", "escalationEmail", active)
SELECT timestamptz '2025-09-26 10:00:00+00' + k * interval '1 hour', timestamptz '2025-10-02 10:00:00+00' + k * interval '1 hour', team, 'C0' || upper(ngen.rnd('slch', k, 9)), chan,
       'https://hooks.slack.com/services/T0' || ngen.rnd('slt', 1, 8) || '/B0' || ngen.rnd('slb6', k, 8) || '/' || ngen.rnd('sls6', k, 24),
       CASE WHEN k % 2 = 0 THEN (SELECT u.email FROM ngen.u u WHERE u.i = 2 + k) ELSE lower(replace(team, ' ', '-')) || '@brightloop.example' END, k <> 11
FROM (VALUES (1, 'Marketing', '#mkt-automation'), (2, 'Finance', '#finance'), (3, 'Customer Support', '#support-escalations'), (4, 'Data Platform', '#data-alerts'), (5, 'People Ops', '#people-ops'),
             (6, 'Engineering', '#eng-oncall'), (7, 'Operations', '#warehouse'), (8, 'Operations', '#dhl-exceptions'), (9, 'Finance', '#stripe-disputes'), (10, 'Marketing', '#leads'),
             (11, 'Legacy', '#zapier-old'), (12, 'Customer Support', '#csat')) v(k, team, chan);

CREATE TABLE dt_7 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  sku text, "productName" text, model text, prompt text, description text, tokens double precision, approved boolean);
INSERT INTO dt_7 ("createdAt", "updatedAt", sku, "productName", model, prompt, description, tokens, approved)
SELECT timestamptz '2025-10-01 10:00:00+00' + k * interval '5 hours', timestamptz '2025-10-01 10:00:00+00' + k * interval '5 hours' + interval '1 day',
       'BL-' || lpad((100 + k * 7)::text, 5, '0'), p, fixture_gen.pick(ARRAY['gpt-4o-mini', 'claude-sonnet-4-5'], 'pcm', k),
       'Write an 80-word product description for "' || p || '" in ' || lang || '. Tone: upbeat, no health claims.',
       CASE lang WHEN 'English' THEN 'The ' || p || ' brings the gym home: sturdy, quiet and easy to store. Set up in minutes and train at your own pace.'
                 WHEN 'German' THEN 'Mit ' || p || ' holst du dir das Studio nach Hause: stabil, leise und platzsparend.'
                 ELSE 'O ' || p || ' traz o ginásio para casa: robusto, silencioso e fácil de arrumar.' END,
       180 + fixture_gen.n('pct', k, 200), k % 6 <> 0
FROM generate_series(1, 40) k,
LATERAL (SELECT fixture_gen.pick(ARRAY['Adjustable Dumbbell Set 24kg', 'Foldable Treadmill T3', 'Yoga Mat Pro 6mm', 'Resistance Bands (5 pack)', 'Rowing Machine R1', 'Kettlebell 16kg', 'Pull-up Bar Doorway', 'Spin Bike S200'], 'pcp', k) AS p,
                fixture_gen.pick(ARRAY['English', 'German', 'Portuguese'], 'pcl', k) AS lang) x;

CREATE TABLE dt_8 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  email text, "firstName" text, locale text, "subscribedAt" timestamp, "doubleOptInAt" timestamp, "signupIp" text, "unsubscribeToken" text, segment text, "lastOpenedAt" timestamp);
INSERT INTO dt_8 ("createdAt", "updatedAt", email, "firstName", locale, "subscribedAt", "doubleOptInAt", "signupIp", "unsubscribeToken", segment, "lastOpenedAt")
SELECT timestamptz '2025-09-16 00:00:00+00' + c.i * interval '4 hours', timestamptz '2025-09-16 00:00:00+00' + c.i * interval '4 hours' + interval '1 day', c.email, CASE WHEN c.i % 9 <> 0 THEN c.f END,
       CASE c.country WHEN 'PT' THEN 'pt-PT' WHEN 'DE' THEN 'de-DE' WHEN 'FR' THEN 'fr-FR' WHEN 'ES' THEN 'es-ES' WHEN 'IT' THEN 'it-IT' WHEN 'PL' THEN 'pl-PL' ELSE 'en' END,
       (timestamptz '2025-09-16 00:00:00+00' + c.i * interval '4 hours')::timestamp(0), CASE WHEN c.i % 5 <> 0 THEN (timestamptz '2025-09-16 00:20:00+00' + c.i * interval '4 hours')::timestamp(0) END,
       CASE WHEN c.i % 4 = 0 THEN fixture_gen.ipv6('nlip', c.i) ELSE fixture_gen.ipv4('nlip', c.i) END, ngen.b64url('unsub', c.i, 24),
       fixture_gen.pick(ARRAY['customers', 'leads', 'studios', 'lapsed'], 'nlseg', c.i), CASE WHEN c.i % 3 <> 0 THEN ('2025-10-15'::date + c.i % 20)::timestamp + interval '19 hours' END
FROM ngen.c c WHERE c.i BETWEEN 150 AND 349;

CREATE TABLE dt_9 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "employeeId" text, "workEmail" text, "personalEmail" text, mobile text, manager text, department text, "jobTitle" text, "startDate" timestamp, birthday timestamp, "homeCity" text, "slackUserId" text, "emergencyContact" text);
INSERT INTO dt_9 ("createdAt", "updatedAt", "employeeId", "workEmail", "personalEmail", mobile, manager, department, "jobTitle", "startDate", birthday, "homeCity", "slackUserId", "emergencyContact")
SELECT timestamptz '2025-09-30 07:00:00+00' + u.i * interval '1 minute', timestamptz '2025-11-03 07:00:00+00' + u.i * interval '1 minute', 'BL-' || lpad((u.i * 3 + 10)::text, 4, '0'), u.email,
       fixture_gen.ascii(u.f) || '.' || fixture_gen.ascii(u.l) || (u.i + 70)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'sapo.pt', 'gmx.de', 'outlook.com'], 'edpm', u.i),
       fixture_gen.phone('edmob', u.i), CASE WHEN u.i > 4 THEN (SELECT m.f || ' ' || m.l FROM ngen.u m WHERE m.i = 2 + u.i % 3) END, u.dept,
       CASE u.dept WHEN 'Marketing' THEN 'Growth Marketer' WHEN 'Finance' THEN 'Accountant' WHEN 'Customer Support' THEN 'Support Specialist' WHEN 'Data Platform' THEN 'Data Engineer'
         WHEN 'People Ops' THEN 'HR Business Partner' WHEN 'Engineering' THEN 'Software Engineer' ELSE 'Warehouse Coordinator' END || CASE WHEN u.i <= 4 THEN ' Lead' ELSE '' END,
       u.cr::date::timestamp, fixture_gen.birth_date('edbd', u.i)::timestamp, fixture_gen.pick(ARRAY['Lisboa', 'Almada', 'Berlin', 'Potsdam', 'Porto', 'Sintra'], 'edhc', u.i),
       'U0' || upper(ngen.rnd('slu', u.i, 9)),
       CASE WHEN u.i % 4 <> 0 THEN fixture_gen.full_name('edec', u.i) || ' (' || fixture_gen.pick(ARRAY['partner', 'parent', 'sibling', 'spouse', 'friend'], 'edecr', u.i) || ') ' || fixture_gen.phone('edec', u.i) END
FROM ngen.u u WHERE u.auth <> 'pending' AND u.i < 37;

CREATE TABLE dt_10 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "registrantName" text, email text, company text, "jobTitle" text, question text, "joinUrl" text, attended boolean, "minutesWatched" double precision, country text);
INSERT INTO dt_10 ("createdAt", "updatedAt", "registrantName", email, company, "jobTitle", question, "joinUrl", attended, "minutesWatched", country)
SELECT timestamptz '2025-10-05 10:00:00+00' + k * interval '3 hours', timestamptz '2025-10-05 10:00:00+00' + k * interval '3 hours', c.full_name, c.email,
       fixture_gen.pick(ARRAY['Fit Studio Porto', 'Kraft & Co GmbH', 'Yoga Loft Lyon', 'CrossBox Leeds', 'Hotel Miramar Sevilla', 'PhysioPlus Köln', 'self-employed'], 'wco', k),
       fixture_gen.pick(ARRAY['Owner', 'Studio Manager', 'Personal Trainer', 'Physiotherapist', 'Facilities Manager'], 'wjt', k),
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Do you offer leasing for studios?', 'Can the treadmill be used by a 120 kg person? Asking for my husband after his knee surgery.',
         'Is there a discount for physiotherapy practices?', 'Will the recording be shared?'], 'wq', k) END,
       'https://us06web.zoom.us/w/8' || fixture_gen.digits('zmid', 1, 10) || '?tk=' || ngen.b64url('zmtk', k, 48) || '&uuid=WN_' || ngen.rnd('zmu', 1, 22),
       k % 3 <> 1, CASE WHEN k % 3 <> 1 THEN 5 + fixture_gen.n('wmw', k, 55) ELSE 0 END, c.country
FROM generate_series(1, 90) k JOIN ngen.c c ON c.i = 1 + (k * 23 + 11) % 400;

CREATE TABLE dt_11 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "orderName" text, "customerEmail" text, amount double precision, reason text, "approvedBy" text, "approvedAt" timestamp, iban text, status text);
INSERT INTO dt_11 ("createdAt", "updatedAt", "orderName", "customerEmail", amount, reason, "approvedBy", "approvedAt", iban, status)
SELECT timestamptz '2025-09-22 10:00:00+00' + k * interval '15 hours', timestamptz '2025-09-22 10:00:00+00' + k * interval '15 hours' + interval '4 hours', '#' || c.order_no, c.email, c.amount,
       fixture_gen.pick(ARRAY['Arrived damaged', 'Never delivered', 'Changed mind within 14 days', 'Customer (' || c.full_name || ') says the bike is too loud for her neighbours, agreed to take it back',
         'Duplicate charge', 'Wrong size, customer will send back via DHL'], 'rr', k),
       CASE WHEN k % 4 <> 0 THEN (SELECT u.f || ' ' || u.l FROM ngen.u u WHERE u.i = CASE WHEN k % 2 = 0 THEN 3 ELSE 5 + (k % 6) * 4 END) END,
       CASE WHEN k % 4 <> 0 THEN (timestamptz '2025-09-22 14:00:00+00' + k * interval '15 hours')::timestamp(0) END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.iban_for('riban', k) END,
       CASE WHEN k % 4 = 0 THEN 'pending' WHEN k % 9 = 5 THEN 'rejected' ELSE 'approved' END
FROM generate_series(1, 60) k JOIN ngen.c c ON c.i = 1 + (k * 59) % 400;

CREATE TABLE dt_12 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  day timestamp, orders double precision, revenue double precision, aov double precision, refunds double precision, tickets double precision, nps double precision);
INSERT INTO dt_12 ("createdAt", "updatedAt", day, orders, revenue, aov, refunds, tickets, nps)
SELECT ('2025-08-05'::date + k)::timestamp + interval '1 day 2 hours', ('2025-08-05'::date + k)::timestamp + interval '1 day 2 hours', ('2025-08-05'::date + k)::timestamp,
       o, round((o * (95 + fixture_gen.n('kaov', k, 60)))::numeric, 2), 95 + fixture_gen.n('kaov', k, 60), fixture_gen.n('kref', k, 9), 20 + fixture_gen.n('ktk', k, 60), 30 + fixture_gen.n('knps', k, 40)
FROM generate_series(1, 90) k, LATERAL (SELECT 80 + fixture_gen.n('kord', k, 150) AS o) x;

CREATE TABLE dt_13 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  bin text, zone text, sku text, qty double precision, address text, contact text, "lastCountAt" timestamp);
INSERT INTO dt_13 ("createdAt", "updatedAt", bin, zone, sku, qty, address, contact, "lastCountAt")
SELECT timestamptz '2025-10-10 06:00:00+00', timestamptz '2025-11-03 06:00:00+00' - make_interval(mins => k), 'B' || lpad(k::text, 3, '0'), z,
       'BL-' || lpad((100 + (k % 40) * 7)::text, 5, '0'), fixture_gen.n('bq', k, 120),
       z || '-' || lpad((1 + k % 24)::text, 2, '0') || '-' || lpad((1 + k % 5)::text, 2, '0'),
       fixture_gen.pick(ARRAY['Dock 1', 'Dock 2', 'Mezzanine desk', 'Returns bay'], 'bc', k), ('2025-10-20'::date + k % 14)::timestamp + interval '7 hours'
FROM generate_series(1, 60) k, LATERAL (SELECT fixture_gen.pick(ARRAY['A', 'B', 'C', 'R'], 'bz', k) AS z) x;

CREATE TABLE dt_14 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "requesterEmail" text, "requestType" text, "receivedAt" timestamp, "dueAt" timestamp, status text, "handledBy" text, "verificationCode" text, notes text);
INSERT INTO dt_14 ("createdAt", "updatedAt", "requesterEmail", "requestType", "receivedAt", "dueAt", status, "handledBy", "verificationCode", notes)
SELECT timestamptz '2025-09-19 09:00:00+00' + k * interval '1 day 12 hours', timestamptz '2025-09-19 09:00:00+00' + k * interval '1 day 16 hours', c.email,
       fixture_gen.pick(ARRAY['access', 'erasure', 'erasure', 'rectification', 'objection'], 'grt', k),
       (timestamptz '2025-09-19 09:00:00+00' + k * interval '1 day 12 hours')::timestamp(0), (timestamptz '2025-09-19 09:00:00+00' + k * interval '1 day 12 hours' + interval '30 days')::timestamp(0),
       CASE WHEN k > 24 THEN 'open' ELSE 'closed' END, (SELECT u.email FROM ngen.u u WHERE u.i = CASE WHEN k % 2 = 0 THEN 2 ELSE 14 END), fixture_gen.digits('gvc', k, 6),
       CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Also has a Zendesk account under her maiden name ' || c.f || ' ' || fixture_gen.last_name('gmn', k) || '.', 'Excluded from the nightly HubSpot sync (workflow Sync customers).',
         'Sent export by email, confirmed on ' || c.phone || '.', 'Identity checked against order ' || c.order_no || '.'], 'gnote', k) END
FROM generate_series(1, 30) k JOIN ngen.c c ON c.i = 1 + (k * 67) % 400;

CREATE TABLE dt_15 (
  id serial PRIMARY KEY, "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  day timestamp, "workflowName" text, model text, "promptTokens" double precision, "completionTokens" double precision, "costUsd" double precision, "executionId" double precision);
INSERT INTO dt_15 ("createdAt", "updatedAt", day, "workflowName", model, "promptTokens", "completionTokens", "costUsd", "executionId")
SELECT x.started, x.started, date_trunc('day', x.started)::timestamp, w.name, CASE WHEN x.m = 4 THEN 'gpt-4o-mini' ELSE 'gpt-4.1-mini' END, p, q, round((p * 0.00000015 + q * 0.0000006)::numeric, 6), x.e
FROM ngen.ex x JOIN ngen.wf w ON w.k = x.k, LATERAL (SELECT 800 + fixture_gen.n('aup', x.e, 4000) AS p, 100 + fixture_gen.n('auq', x.e, 900) AS q) y
WHERE x.m IN (4, 11);

DO $$
BEGIN
  FOR k IN 1..15 LOOP
    EXECUTE format('ALTER TABLE %I RENAME TO %I', 'dt_' || k, 'data_table_user_' || ngen.nid('dt', k));
    EXECUTE format('ALTER SEQUENCE %I RENAME TO %I', 'dt_' || k || '_id_seq', 'data_table_user_' || ngen.nid('dt', k) || '_id_seq');
  END LOOP;
END $$;

CREATE TABLE data_table_column (
  id varchar(36) PRIMARY KEY,
  name varchar(128) NOT NULL,
  type varchar(32) NOT NULL,
  index integer NOT NULL,
  "dataTableId" varchar(36) NOT NULL REFERENCES data_table (id) ON DELETE CASCADE,
  "createdAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  "updatedAt" timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE ("dataTableId", name)
);
INSERT INTO data_table_column
SELECT ngen.nid('dtc', d.k * 100 + a.attnum), a.attname,
       CASE format_type(a.atttypid, a.atttypmod) WHEN 'text' THEN 'string' WHEN 'double precision' THEN 'number' WHEN 'boolean' THEN 'boolean' ELSE 'date' END,
       a.attnum - 4, t.id, t."createdAt", t."createdAt"
FROM data_table t JOIN generate_series(1, 15) d(k) ON t.id = ngen.nid('dt', d.k)
JOIN pg_class c ON c.relname = 'data_table_user_' || t.id AND c.relnamespace = 'public'::regnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 3 AND NOT a.attisdropped;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA ngen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
