-- classify-eval fixture (HOLDOUT 28: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): a self-hosted Twenty CRM (0.3x, NestJS with TypeORM) on PostgreSQL
-- in the layout its migrations and workspace sync create: the "core"
-- schema of the platform (users, workspaces, app tokens, key/value pairs,
-- billing, feature flags, SSO identity providers, approved domains,
-- two-factor methods) and one schema per workspace, here
-- workspace_1wgvd1injqtife6y4rvfbu3h5, with quoted camelCase columns, uuid
-- keys, "createdAt"/"updatedAt"/"deletedAt", float "position", and the
-- composite fields flattened into several columns ("nameFirstName",
-- "emailsPrimaryEmail" with "emailsAdditionalEmails" as jsonb,
-- "phonesPrimaryPhoneNumber"/"...CountryCode"/"...CallingCode" with
-- "phonesAdditionalPhones", "addressAddressStreet1".."addressAddressLng",
-- links, amounts in micros, "createdBySource"/"createdByName"), enum types
-- for selects and stored tsvector "searchVector" columns.
-- The workspace is Brightpath Talent, a tech recruiting and relocation
-- agency in Lisbon and Berlin that places engineers at client companies:
-- people (hiring managers, candidates, founders) with work and personal
-- emails, phones in national form beside their country and calling codes,
-- LinkedIn and X profile URLs, photos, an intro line and WhatsApp numbers;
-- client companies with addresses (a few sole traders at home), revenue
-- and visa sponsorship; deals whose names sometimes name the candidate;
-- workspace members; Gmail, Microsoft 365 and IMAP accounts with their
-- OAuth tokens and an IMAP password; synced email (bodies with
-- signatures, salary talk and home addresses) and its participants;
-- calendar events (interviews, relocation viewings at home addresses,
-- Zoom links with passcodes) and attendees; notes and tasks as BlockNote
-- JSON and markdown; attachments named after candidates (CVs, passports,
-- offer letters); the timeline's before/after diffs; the audit log with
-- IPs and user agents; favourites, views, view fields and filters whose
-- values are names typed; webhooks to Zapier and n8n with their signing
-- secrets; API keys; a blocklist of addresses; two custom objects the
-- agency added (candidates with birth dates, nationality, salary
-- expectations, work permits and interview notes; survey results with
-- respondents' comments). Core holds six workspaces' users with bcrypt
-- hashes, invitation, reset and verification tokens with the invited
-- email in context, config variables with SMTP, Google and OpenAI secrets
-- in "keyValuePair", Stripe billing ids, OIDC and SAML providers.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA tgen;
SET client_min_messages = warning;
SET jit = off;

-- u4: a version 4 UUID.
CREATE FUNCTION tgen.u4(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5('u4' || tag || ':' || i)::uuid::text placing '4' from 15 for 1)
                 placing translate(substr(md5('u4' || tag || ':' || i), 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 20 for 1)::uuid
$$;

-- at: a time with milliseconds between two bounds.
CREATE FUNCTION tgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
                                   + fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

CREATE FUNCTION tgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞİ', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCSI')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION tgen.rs(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

CREATE FUNCTION tgen.url64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') $$;

-- Phone plans: ISO country, calling code, a national number.
CREATE FUNCTION tgen.cc(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['PT', 'PT', 'DE', 'DE', 'FR', 'GB', 'US', 'IN', 'NG', 'BR', 'JP', 'TR', 'PL', 'ES'], tag, i)
$$;
CREATE FUNCTION tgen.calling(cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'PT' THEN '+351' WHEN 'DE' THEN '+49' WHEN 'FR' THEN '+33' WHEN 'GB' THEN '+44' WHEN 'US' THEN '+1' WHEN 'IN' THEN '+91'
                 WHEN 'NG' THEN '+234' WHEN 'BR' THEN '+55' WHEN 'JP' THEN '+81' WHEN 'TR' THEN '+90' WHEN 'PL' THEN '+48' ELSE '+34' END
$$;
CREATE FUNCTION tgen.natnum(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'PT' THEN '9' || fixture_gen.pick(ARRAY['1', '2', '3', '6'], tag, i) || fixture_gen.digits(tag, i, 7)
                 WHEN 'DE' THEN '15' || fixture_gen.pick(ARRAY['1', '2', '7', '9'], tag, i) || fixture_gen.digits(tag, i, 8)
                 WHEN 'FR' THEN fixture_gen.pick(ARRAY['6', '7'], tag, i) || fixture_gen.digits(tag, i, 8)
                 WHEN 'GB' THEN '7' || fixture_gen.digits(tag, i, 9)
                 WHEN 'US' THEN (200 + fixture_gen.n(tag || 'a', i, 700))::text || (200 + fixture_gen.n(tag || 'b', i, 700))::text || fixture_gen.digits(tag, i, 4)
                 WHEN 'IN' THEN '9' || fixture_gen.digits(tag, i, 9)
                 WHEN 'NG' THEN '80' || fixture_gen.digits(tag, i, 8)
                 WHEN 'BR' THEN '119' || fixture_gen.digits(tag, i, 8)
                 WHEN 'JP' THEN '90' || fixture_gen.digits(tag, i, 8)
                 WHEN 'TR' THEN '5' || fixture_gen.digits(tag, i, 9)
                 WHEN 'PL' THEN fixture_gen.pick(ARRAY['5', '6', '7'], tag, i) || fixture_gen.digits(tag, i, 8)
                 ELSE '6' || fixture_gen.digits(tag, i, 8) END
$$;

-- bcrypt as bcrypt (node) writes it.
CREATE FUNCTION tgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2b' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

CREATE FUNCTION tgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- The six workspaces of the instance; 1 is Brightpath Talent, whose schema follows.
CREATE TABLE tgen.ws (i int PRIMARY KEY, name text, sub text, dom text, sch text);
INSERT INTO tgen.ws VALUES
 (1, 'Brightpath Talent', 'brightpath', 'brightpath-talent.com', 'workspace_1wgvd1injqtife6y4rvfbu3h5'),
 (2, 'Kasa Verde Imóveis', 'kasaverde', 'kasaverde.pt', 'workspace_3k9xq2m7bfo1w8ezr5t0yua6l'),
 (3, 'Orbital Freight GmbH', 'orbital-freight', 'orbital-freight.de', 'workspace_8c2nvp4d0hs7jy1mlq6k3gt5x'),
 (4, 'Adeyemi & Mensah Legal', 'am-legal', 'am-legal.com.ng', 'workspace_5r7wz0b3efu9a2ncx6oh1kp4d'),
 (5, 'Sakura Dental Lab', 'sakuradental', 'sakura-dental.jp', 'workspace_0t6ym9e2hgl5v3dqa8uw1rs7c'),
 (6, 'Kowalski Solar', 'kowalskisolar', 'kowalski-solar.pl', 'workspace_2f4bs8k1jcy6p0mex3vi9nq5o');

-- Core users: 1-14 are Brightpath's members (the first is the founder), the rest other workspaces'.
CREATE TABLE tgen.cu AS
SELECT i, fixture_gen.first_name('cuf', i) AS f, fixture_gen.last_name('cul', i) AS l,
       CASE WHEN i <= 14 THEN 1 ELSE 2 + (i % 5) END AS w
FROM generate_series(1, 60) i;
ALTER TABLE tgen.cu ADD COLUMN email text;
UPDATE tgen.cu c SET email = CASE WHEN c.i % 11 = 7 THEN fixture_gen.email('cue', c.i)
                                  ELSE tgen.fold(c.f) || '.' || tgen.fold(c.l) || '@' || w.dom END
FROM tgen.ws w WHERE w.i = c.w;

-- ====================================================================
-- core
-- ====================================================================
CREATE SCHEMA core;

CREATE TABLE core.workspace (
    id uuid NOT NULL PRIMARY KEY,
    "displayName" character varying,
    logo character varying,
    "inviteHash" character varying,
    "deletedAt" timestamp with time zone,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "allowImpersonation" boolean NOT NULL DEFAULT true,
    "isPublicInviteLinkEnabled" boolean NOT NULL DEFAULT true,
    "activationStatus" character varying NOT NULL DEFAULT 'INACTIVE',
    "metadataVersion" integer NOT NULL DEFAULT 1,
    "databaseUrl" character varying NOT NULL DEFAULT '',
    "databaseSchema" character varying NOT NULL DEFAULT '',
    subdomain character varying NOT NULL,
    "customDomain" character varying,
    "isGoogleAuthEnabled" boolean NOT NULL DEFAULT true,
    "isMicrosoftAuthEnabled" boolean NOT NULL DEFAULT true,
    "isPasswordAuthEnabled" boolean NOT NULL DEFAULT true,
    "isCustomDomainEnabled" boolean NOT NULL DEFAULT false,
    version character varying
);
INSERT INTO core.workspace
SELECT tgen.u4('ws', w.i), w.name,
       CASE WHEN w.i IN (1, 3, 5) THEN 'workspace-logo/original/' || tgen.u4('wslogo', w.i) || '.png'
            WHEN w.i = 2 THEN 'https://twenty-icons.com/' || w.dom END,
       tgen.u4('wsinv', w.i)::text, NULL,
       tgen.at('wscr', w.i, '2024-03-01', '2024-11-01'), tgen.at('wsup', w.i, '2025-01-05', '2025-03-01'),
       w.i <> 4, w.i IN (1, 2, 6), CASE WHEN w.i = 6 THEN 'SUSPENDED' ELSE 'ACTIVE' END, 3 + w.i * 7 % 40,
       '', w.sch, w.sub, CASE WHEN w.i = 1 THEN 'crm.brightpath-talent.com' WHEN w.i = 3 THEN 'crm.orbital-freight.de' END,
       w.i <> 3, w.i IN (1, 3), true, w.i IN (1, 3), '0.33.4'
FROM tgen.ws w;

CREATE TABLE core."user" (
    id uuid NOT NULL PRIMARY KEY,
    "firstName" character varying NOT NULL DEFAULT '',
    "lastName" character varying NOT NULL DEFAULT '',
    email character varying NOT NULL UNIQUE,
    "defaultAvatarUrl" character varying,
    "isEmailVerified" boolean NOT NULL DEFAULT false,
    disabled boolean NOT NULL DEFAULT false,
    "passwordHash" character varying,
    "canImpersonate" boolean NOT NULL DEFAULT false,
    "canAccessFullAdminPanel" boolean NOT NULL DEFAULT false,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone,
    "defaultWorkspaceId" uuid REFERENCES core.workspace (id),
    locale character varying NOT NULL DEFAULT 'en'
);
INSERT INTO core."user"
SELECT tgen.u4('cu', c.i), c.f, c.l, c.email,
       CASE WHEN c.i % 3 = 0 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || tgen.url64('cuav', c.i, 38) || '=s96-c'
            WHEN c.i % 3 = 1 THEN 'default-avatar/' || tgen.u4('cuavf', c.i) || '.png' END,
       c.i % 13 <> 5, c.i = 44,
       CASE WHEN c.i % 3 <> 0 THEN tgen.bcrypt('cupw', c.i) END,
       c.i = 1, c.i = 1,
       tgen.at('cucr', c.i, '2024-03-01', '2025-01-01'), tgen.at('cuup', c.i, '2025-01-02', '2025-03-01'), NULL,
       tgen.u4('ws', c.w), CASE c.w WHEN 2 THEN 'pt-PT' WHEN 3 THEN 'de-DE' WHEN 5 THEN 'ja-JP' WHEN 6 THEN 'pl-PL' ELSE 'en' END
FROM tgen.cu c;

CREATE TABLE core."userWorkspace" (
    id uuid NOT NULL PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES core."user" (id) ON DELETE CASCADE,
    "workspaceId" uuid NOT NULL REFERENCES core.workspace (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone,
    "defaultAvatarUrl" character varying,
    locale character varying NOT NULL DEFAULT 'en'
);
INSERT INTO core."userWorkspace"
SELECT tgen.u4('cuw', c.i), tgen.u4('cu', c.i), tgen.u4('ws', c.w),
       tgen.at('cucr', c.i, '2024-03-01', '2025-01-01'), tgen.at('cuwup', c.i, '2025-01-02', '2025-03-01'), NULL,
       CASE WHEN c.i % 3 = 0 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || tgen.url64('cuav', c.i, 38) || '=s96-c'
            WHEN c.i % 3 = 1 THEN 'workspace-member-avatar/original/' || tgen.u4('cuwav', c.i) || '.jpeg' END,
       CASE c.w WHEN 2 THEN 'pt-PT' WHEN 3 THEN 'de-DE' WHEN 5 THEN 'ja-JP' WHEN 6 THEN 'pl-PL' ELSE 'en' END
FROM tgen.cu c;

CREATE TABLE core."appToken" (
    id uuid NOT NULL PRIMARY KEY,
    "userId" uuid REFERENCES core."user" (id) ON DELETE CASCADE,
    "workspaceId" uuid REFERENCES core.workspace (id) ON DELETE CASCADE,
    type text NOT NULL DEFAULT 'REFRESH_TOKEN',
    value text,
    "expiresAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "revokedAt" timestamp with time zone,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    context jsonb
);
INSERT INTO core."appToken"
SELECT tgen.u4('at', k), CASE WHEN t.type = 'INVITATION_TOKEN' THEN NULL ELSE tgen.u4('cu', t.u) END, tgen.u4('ws', t.w), t.type,
       CASE t.type WHEN 'INVITATION_TOKEN' THEN fixture_gen.hexn('atinv', k, 64)
                   WHEN 'PASSWORD_RESET_TOKEN' THEN encode(sha256(convert_to('atrst' || k, 'UTF8')), 'hex')
                   WHEN 'EMAIL_VERIFICATION_TOKEN' THEN encode(sha256(convert_to('atver' || k, 'UTF8')), 'hex')
                   WHEN 'AUTHORIZATION_CODE' THEN fixture_gen.hexn('atcode', k, 64) END,
       t.cr + CASE t.type WHEN 'REFRESH_TOKEN' THEN interval '60 days' WHEN 'INVITATION_TOKEN' THEN interval '30 days'
                          WHEN 'AUTHORIZATION_CODE' THEN interval '5 minutes' ELSE interval '5 minutes' END,
       CASE WHEN k % 17 = 3 THEN t.cr + interval '3 days' END,
       CASE WHEN t.type = 'REFRESH_TOKEN' AND k % 4 = 0 THEN t.cr + make_interval(hours => 2 + k % 300) END,
       t.cr, t.cr,
       CASE t.type WHEN 'INVITATION_TOKEN' THEN jsonb_build_object('email', CASE WHEN k % 3 = 0 THEN fixture_gen.email('atie', k)
                                                                              ELSE tgen.fold(fixture_gen.first_name('atif', k)) || '.' || tgen.fold(fixture_gen.last_name('atil', k)) || '@' || (SELECT dom FROM tgen.ws WHERE i = t.w) END)
                   WHEN 'EMAIL_VERIFICATION_TOKEN' THEN jsonb_build_object('email', (SELECT email FROM tgen.cu WHERE i = t.u)) END
FROM generate_series(1, 240) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('atu', k, 60) AS u,
                           fixture_gen.pick(ARRAY['REFRESH_TOKEN', 'REFRESH_TOKEN', 'REFRESH_TOKEN', 'REFRESH_TOKEN', 'REFRESH_TOKEN', 'INVITATION_TOKEN',
                                                  'INVITATION_TOKEN', 'PASSWORD_RESET_TOKEN', 'EMAIL_VERIFICATION_TOKEN', 'AUTHORIZATION_CODE'], 'attype', k) AS type,
                           tgen.at('atcr', k, '2024-06-01', '2025-03-01') AS cr) x
CROSS JOIN LATERAL (SELECT x.u, x.type, x.cr, (SELECT w FROM tgen.cu WHERE i = x.u) AS w) t;

CREATE TABLE core."keyValuePair" (
    id uuid NOT NULL PRIMARY KEY,
    "userId" uuid REFERENCES core."user" (id) ON DELETE CASCADE,
    "workspaceId" uuid REFERENCES core.workspace (id) ON DELETE CASCADE,
    key text NOT NULL,
    value jsonb,
    type text NOT NULL DEFAULT 'USER_VAR',
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
-- Config variables kept in the database (IS_CONFIG_VARIABLES_IN_DB_ENABLED).
INSERT INTO core."keyValuePair" (id, "userId", "workspaceId", key, value, type, "createdAt", "updatedAt")
SELECT tgen.u4('kvc', k), NULL, NULL, c.key, c.value, 'CONFIG_VARIABLE', tgen.at('kvccr', k, '2024-09-01', '2025-02-01'), tgen.at('kvcup', k, '2025-02-01', '2025-03-01')
FROM (VALUES
  (1, 'EMAIL_DRIVER', '"smtp"'::jsonb),
  (2, 'EMAIL_SMTP_HOST', '"smtp.eu.mailgun.org"'),
  (3, 'EMAIL_SMTP_PORT', '587'),
  (4, 'EMAIL_SMTP_USER', '"postmaster@mg.crm.brightpath-talent.com"'),
  (5, 'EMAIL_SMTP_PASSWORD', to_jsonb(fixture_gen.hexn('kvsmtp', 1, 32) || '-' || fixture_gen.hexn('kvsmtp', 2, 8) || '-' || fixture_gen.hexn('kvsmtp', 3, 8))),
  (6, 'EMAIL_FROM_ADDRESS', '"noreply@crm.brightpath-talent.com"'),
  (7, 'EMAIL_FROM_NAME', '"Twenty at Brightpath"'),
  (8, 'AUTH_GOOGLE_ENABLED', 'true'),
  (9, 'AUTH_GOOGLE_CLIENT_ID', to_jsonb(fixture_gen.digits('kvgid', 1, 12) || '-' || fixture_gen.chars('kvgid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com')),
  (10, 'AUTH_GOOGLE_CLIENT_SECRET', to_jsonb('GOCSPX-' || tgen.url64('kvgsec', 1, 28))),
  (11, 'AUTH_MICROSOFT_CLIENT_ID', to_jsonb(tgen.u4('kvmsid', 1)::text)),
  (12, 'AUTH_MICROSOFT_CLIENT_SECRET', to_jsonb(fixture_gen.chars('kvmssec', 1, 3) || '8Q~' || tgen.url64('kvmssec2', 1, 34))),
  (13, 'OPENAI_API_KEY', to_jsonb('sk-' || 'proj-' || tgen.url64('kvoai', 1, 48) || 'T3Blbk' || 'FJ' || tgen.url64('kvoai2', 1, 48))),
  (14, 'SENTRY_DSN', to_jsonb('https://' || fixture_gen.hexn('kvsentry', 1, 32) || '@o' || fixture_gen.digits('kvsentryo', 1, 6) || '.ingest.de.sentry.io/' || fixture_gen.digits('kvsentryp', 1, 16))),
  (15, 'IS_BILLING_ENABLED', 'false'),
  (16, 'STORAGE_TYPE', '"s3"'),
  (17, 'STORAGE_S3_REGION', '"eu-central-1"'),
  (18, 'STORAGE_S3_NAME', '"brightpath-twenty-files"'),
  (19, 'STORAGE_S3_ACCESS_KEY_ID', to_jsonb('AKIA' || fixture_gen.chars('kvs3id', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))),
  (20, 'STORAGE_S3_SECRET_ACCESS_KEY', to_jsonb(fixture_gen.chars('kvs3sec', 1, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))),
  (21, 'MESSAGING_PROVIDER_GMAIL_ENABLED', 'true'),
  (22, 'CALENDAR_PROVIDER_GOOGLE_ENABLED', 'true'),
  (23, 'SUPPORT_DRIVER', '"none"'),
  (24, 'LOGIC_FUNCTION_TYPE', '"local"')) c(k, key, value);
-- Onboarding and per-user variables.
INSERT INTO core."keyValuePair" (id, "userId", "workspaceId", key, value, type, "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('kvu', k), tgen.u4('cu', u), tgen.u4('ws', (SELECT w FROM tgen.cu WHERE i = u)),
       fixture_gen.pick(ARRAY['ONBOARDING_CONNECT_ACCOUNT_PENDING', 'ONBOARDING_INVITE_TEAM_PENDING', 'ONBOARDING_CREATE_PROFILE_PENDING',
                              'ONBOARDING_BOOK_ONBOARDING_PENDING'], 'kvuk', k),
       'true'::jsonb, 'USER_VAR', tgen.at('kvucr', k, '2024-03-01', '2025-01-01'), tgen.at('kvuup', k, '2025-01-01', '2025-03-01'),
       CASE WHEN k % 3 = 0 THEN tgen.at('kvudel', k, '2025-01-01', '2025-03-01') END
FROM generate_series(1, 70) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('kvuu', k, 60) AS u) x;
-- Workspace feature flags mirrored as key/value rows.
INSERT INTO core."keyValuePair" (id, "userId", "workspaceId", key, value, type, "createdAt", "updatedAt")
SELECT tgen.u4('kvf', k), NULL, tgen.u4('ws', 1 + k % 6),
       fixture_gen.pick(ARRAY['IS_AIRTABLE_INTEGRATION_ENABLED', 'IS_STRIPE_INTEGRATION_ENABLED', 'IS_WORKFLOW_ENABLED', 'IS_IMAP_ENABLED',
                              'IS_UNIQUE_INDEXES_ENABLED', 'IS_AI_ENABLED'], 'kvfk', k),
       to_jsonb(k % 3 <> 0), 'FEATURE_FLAG', tgen.at('kvfcr', k, '2024-03-01', '2025-01-01'), tgen.at('kvfup', k, '2025-01-01', '2025-03-01')
FROM generate_series(1, 30) k;

CREATE TABLE core."billingCustomer" (
    id uuid NOT NULL PRIMARY KEY,
    "workspaceId" uuid NOT NULL UNIQUE REFERENCES core.workspace (id) ON DELETE CASCADE,
    "stripeCustomerId" character varying NOT NULL UNIQUE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO core."billingCustomer"
SELECT tgen.u4('bc', w.i), tgen.u4('ws', w.i), 'cus_' || tgen.rs('bccus', w.i, 14),
       tgen.at('bccr', w.i, '2024-04-01', '2024-11-01'), tgen.at('bcup', w.i, '2024-11-01', '2025-03-01'), NULL
FROM tgen.ws w;

CREATE TABLE core."billingSubscription" (
    id uuid NOT NULL PRIMARY KEY,
    "workspaceId" uuid NOT NULL REFERENCES core.workspace (id) ON DELETE CASCADE,
    "stripeCustomerId" character varying NOT NULL,
    "stripeSubscriptionId" character varying NOT NULL UNIQUE,
    status text NOT NULL,
    interval text,
    "cancelAtPeriodEnd" boolean NOT NULL DEFAULT false,
    currency character varying NOT NULL DEFAULT 'USD',
    "currentPeriodStart" timestamp with time zone,
    "currentPeriodEnd" timestamp with time zone,
    metadata jsonb NOT NULL DEFAULT '{}',
    "trialEnd" timestamp with time zone,
    "canceledAt" timestamp with time zone,
    "cancellationDetails" jsonb,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO core."billingSubscription"
SELECT tgen.u4('bs', k), tgen.u4('ws', w), 'cus_' || tgen.rs('bccus', w, 14), 'sub_' || tgen.rs('bssub', k, 24),
       CASE WHEN k <= 6 THEN (ARRAY['active', 'active', 'past_due', 'active', 'trialing', 'canceled'])[k] ELSE 'canceled' END,
       CASE WHEN k % 3 = 0 THEN 'Year' ELSE 'Month' END, k = 2, CASE WHEN w = 1 THEN 'EUR' ELSE 'USD' END,
       tgen.at('bsps', k, '2025-02-01', '2025-02-28'), tgen.at('bsps', k, '2025-02-01', '2025-02-28') + interval '1 month',
       jsonb_build_object('workspaceId', tgen.u4('ws', w), 'plan', CASE WHEN k % 2 = 0 THEN 'ENTERPRISE' ELSE 'PRO' END),
       CASE WHEN k IN (5, 8) THEN tgen.at('bstr', k, '2024-06-01', '2025-03-15') END,
       CASE WHEN k >= 6 THEN tgen.at('bscx', k, '2024-06-01', '2025-01-15') END,
       CASE WHEN k = 6 THEN jsonb_build_object('comment', 'Maciej Nowak is leaving and nobody else uses it, call me on +48 601 ' || fixture_gen.digits('bscm', k, 3) || ' ' || fixture_gen.digits('bscn', k, 3) || ' if you need anything', 'feedback', 'unused', 'reason', 'cancellation_requested')
            WHEN k = 7 THEN jsonb_build_object('comment', NULL, 'feedback', NULL, 'reason', 'payment_failed')
            WHEN k = 8 THEN jsonb_build_object('comment', 'Too expensive for a two person office, sorry. Hiroshi', 'feedback', 'too_expensive', 'reason', 'cancellation_requested')
            WHEN k = 9 THEN jsonb_build_object('comment', 'Moving everything to our new ERP', 'feedback', 'switched_service', 'reason', 'cancellation_requested') END,
       tgen.at('bscr', k, '2024-04-01', '2024-11-01'), tgen.at('bsup', k, '2025-01-01', '2025-03-01'), NULL
FROM generate_series(1, 9) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 6 THEN k ELSE k - 3 END AS w) x;

CREATE TABLE core."featureFlag" (
    id uuid NOT NULL PRIMARY KEY,
    key text NOT NULL,
    "workspaceId" uuid NOT NULL REFERENCES core.workspace (id) ON DELETE CASCADE,
    value boolean NOT NULL,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now()
);
INSERT INTO core."featureFlag"
SELECT tgen.u4('ff', (w - 1) * 8 + f), (ARRAY['IS_AIRTABLE_INTEGRATION_ENABLED', 'IS_POSTGRESQL_INTEGRATION_ENABLED', 'IS_STRIPE_INTEGRATION_ENABLED', 'IS_WORKFLOW_ENABLED',
                                           'IS_COPILOT_ENABLED', 'IS_ADVANCED_FILTERS_ENABLED', 'IS_PERMISSIONS_ENABLED', 'IS_SSO_ENABLED'])[f],
       tgen.u4('ws', w), fixture_gen.n('ffv', (w - 1) * 8 + f, 3) <> 0,
       tgen.at('ffcr', (w - 1) * 8 + f, '2024-03-01', '2024-12-01'), tgen.at('ffup', (w - 1) * 8 + f, '2024-12-01', '2025-03-01')
FROM generate_series(1, 6) w, generate_series(1, 8) f;

CREATE TABLE core."workspaceSSOIdentityProvider" (
    id uuid NOT NULL PRIMARY KEY,
    name character varying,
    "workspaceId" uuid NOT NULL REFERENCES core.workspace (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    type text NOT NULL DEFAULT 'OIDC',
    issuer character varying,
    "clientID" character varying,
    "clientSecret" character varying,
    "ssoURL" character varying,
    certificate character varying,
    fingerprint character varying,
    status text NOT NULL DEFAULT 'Active'
);
INSERT INTO core."workspaceSSOIdentityProvider"
SELECT tgen.u4('sso', k), s.name, tgen.u4('ws', s.w), tgen.at('ssocr', k, '2024-08-01', '2025-01-01'), tgen.at('ssoup', k, '2025-01-01', '2025-03-01'),
       s.type, s.issuer, s.cid, s.sec, s.url, s.cert, s.fp, s.status
FROM (VALUES
  (1, 'Google Workspace', 1, 'OIDC', 'https://accounts.google.com',
      fixture_gen.digits('ssogid', 1, 12) || '-' || fixture_gen.chars('ssogid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com',
      'GOCSPX-' || tgen.url64('ssogsec', 1, 28), NULL, NULL, NULL, 'Active'),
  (2, 'Okta', 3, 'OIDC', 'https://orbital-freight.okta.com/oauth2/default', '0oa' || tgen.rs('ssookid', 2, 17),
      tgen.url64('ssooksec', 2, 40) || tgen.url64('ssooksec2', 2, 24), NULL, NULL, NULL, 'Active'),
  (3, 'Microsoft Entra ID', 3, 'SAML', 'https://sts.windows.net/' || tgen.u4('ssotenant', 3) || '/', NULL, NULL,
      'https://login.microsoftonline.com/' || tgen.u4('ssotenant', 3) || '/saml2',
      E'-----BEGIN CERTIFICATE-----\nMIIC8DCCAdigAwIBAgIQ' || regexp_replace(fixture_gen.b64('ssocert', 3, 240) || fixture_gen.b64('ssocert2', 3, 240), '(.{64})', E'\\1\n', 'g') || E'\n-----END CERTIFICATE-----',
      upper(regexp_replace(fixture_gen.hexn('ssofp', 3, 40), '(..)(?!$)', '\1:', 'g')), 'Inactive'),
  (4, 'Keycloak', 5, 'OIDC', 'https://sso.sakura-dental.jp/realms/staff', 'twenty-crm', tgen.rs('ssokcsec', 4, 32), NULL, NULL, NULL, 'Error')) s(k, name, w, type, issuer, cid, sec, url, cert, fp, status);

CREATE TABLE core."approvedAccessDomain" (
    id uuid NOT NULL PRIMARY KEY,
    domain character varying NOT NULL,
    "isValidated" boolean NOT NULL DEFAULT false,
    "workspaceId" uuid NOT NULL REFERENCES core.workspace (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now()
);
INSERT INTO core."approvedAccessDomain"
SELECT tgen.u4('aad', k), d, k <> 3, tgen.u4('ws', w), tgen.at('aadcr', k, '2024-05-01', '2025-01-01'), tgen.at('aadup', k, '2025-01-01', '2025-03-01')
FROM (VALUES (1, 'brightpath-talent.com', 1), (2, 'brightpath.pt', 1), (3, 'brightpath-relocation.de', 1), (4, 'orbital-freight.de', 3),
             (5, 'orbital-freight.com', 3), (6, 'kasaverde.pt', 2), (7, 'sakura-dental.jp', 5)) a(k, d, w);

CREATE TABLE core."twoFactorMethod" (
    id uuid NOT NULL PRIMARY KEY,
    "userWorkspaceId" uuid NOT NULL REFERENCES core."userWorkspace" (id) ON DELETE CASCADE,
    secret text NOT NULL,
    status text NOT NULL DEFAULT 'PENDING',
    strategy text NOT NULL DEFAULT 'TOTP',
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO core."twoFactorMethod"
SELECT tgen.u4('tfm', c.i), tgen.u4('cuw', c.i), tgen.b32('tfmsec', c.i, 32), CASE WHEN c.i % 5 = 0 THEN 'PENDING' ELSE 'VERIFIED' END, 'TOTP',
       tgen.at('tfmcr', c.i, '2024-10-01', '2025-02-01'), tgen.at('tfmup', c.i, '2025-02-01', '2025-03-01'), NULL
FROM tgen.cu c WHERE c.i % 3 = 1;

-- ====================================================================
-- the workspace schema of Brightpath Talent
-- ====================================================================
CREATE SCHEMA workspace_1wgvd1injqtife6y4rvfbu3h5;
SET search_path = workspace_1wgvd1injqtife6y4rvfbu3h5, public;

CREATE TYPE "opportunity_stage_enum" AS ENUM ('NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER', 'LOST');
CREATE TYPE "task_status_enum" AS ENUM ('TODO', 'IN_PROGRESS', 'DONE');
CREATE TYPE "messageParticipant_role_enum" AS ENUM ('from', 'to', 'cc', 'bcc');
CREATE TYPE "calendarEventParticipant_responseStatus_enum" AS ENUM ('NEEDS_ACTION', 'DECLINED', 'TENTATIVE', 'ACCEPTED');
CREATE TYPE "messageChannel_visibility_enum" AS ENUM ('METADATA', 'SUBJECT', 'SHARE_EVERYTHING');
CREATE TYPE "connectedAccount_provider_enum" AS ENUM ('google', 'microsoft', 'imap_smtp_caldav');
CREATE TYPE "workspaceMember_colorScheme_enum" AS ENUM ('Light', 'Dark', 'System');
CREATE TYPE "company_idealCustomerProfile_enum" AS ENUM ('YES', 'NO', 'MAYBE');

-- Client companies: 1-60 businesses, 61-70 sole traders trading under their own name.
CREATE TABLE tgen.co (i int PRIMARY KEY, name text, dom text, sole boolean);
INSERT INTO tgen.co
SELECT i, n, CASE WHEN i > 60 THEN tgen.fold(n) || '.' || fixture_gen.pick(ARRAY['com', 'pt', 'de', 'io'], 'codom', i)
                  ELSE tgen.fold(n) || fixture_gen.pick(ARRAY['.com', '.io', '.de', '.pt', '.eu', '.co'], 'codom', i) END, i > 60
FROM (SELECT i, CASE WHEN i <= 60 THEN (ARRAY['Lumora Health', 'Finch Logistics', 'Quantix Robotics', 'Pelago Travel', 'Verdant Grid', 'Nordlicht Analytics',
   'Solvo Payments', 'Atlas Maritime', 'Kiln Studio', 'Helix Biolabs', 'Tessellate', 'Bramble Foods', 'Corvid Security', 'Meridian Insurtech',
   'Oakline Furniture', 'Parallax Games', 'Rivet Mobility', 'Sable Fintech', 'Tinder Box Media', 'Umbra Semiconductors', 'Vektor Energie',
   'Waypoint Maps', 'Yonder Outdoor', 'Zephyr Air', 'Aurelia Wines', 'Basalt Cloud', 'Cobalt Learning', 'Driftwood Hotels', 'Ember Telecom',
   'Fjord Capital', 'Granite Legal Tech', 'Harbor Pharma', 'Indigo Fashion', 'Juniper HR', 'Kestrel Drones', 'Lattice Data', 'Mosaic Retail',
   'Nimbus Weather', 'Orchid Beauty', 'Pinnacle Sports', 'Quarry Construction', 'Radiant Solar', 'Saffron Kitchens', 'Tidal Fisheries',
   'Uplift Fitness', 'Vantage Media', 'Willow Care', 'Xylo Music', 'Yarrow Farms', 'Zenith Aerospace', 'Alba Mobility', 'Beacon Mental Health',
   'Cascade Water', 'Dune Textiles', 'Echo Audio', 'Foundry Ventures', 'Glacier Storage', 'Horizon Shipping', 'Ion Batteries', 'Jade Logistics'])[i]
 ELSE (ARRAY['Ngozi Okafor Consulting', 'Studio Yuki Tanaka', 'Lars Andersen Design', 'Priya Sharma Coaching', 'Emre Yılmaz Dev',
   'Beatriz Santos Arquitetura', 'Joon-ho Park Data', 'Zofia Kowalska Translations', 'Omar Haddad IT Services', 'Chloé Dubois Photographie'])[i - 60] END AS n
      FROM generate_series(1, 70) i) x;

-- People: 1-30 hiring managers and founders at clients, 31-200 candidates (some at clients), 201-230 others.
CREATE TABLE tgen.pp AS
SELECT i, fixture_gen.first_name('ppf', i) AS f, fixture_gen.last_name('ppl', i) AS l, tgen.cc('ppcc', i) AS cc,
       CASE WHEN i <= 30 THEN 1 + (i * 7) % 70 WHEN i % 3 = 0 THEN 1 + fixture_gen.n('ppco', i, 60) END AS co
FROM generate_series(1, 230) i;
UPDATE tgen.pp SET f = split_part(c.name, ' ', 1), l = regexp_replace(c.name, '^\S+ (.*) \S+$', '\1') FROM tgen.co c WHERE c.i = tgen.pp.co AND c.sole AND tgen.pp.i <= 30;
ALTER TABLE tgen.pp ADD COLUMN email text, ADD COLUMN pemail text, ADD COLUMN num text;
UPDATE tgen.pp p SET email = CASE WHEN p.co IS NOT NULL THEN tgen.fold(p.f) || CASE WHEN p.i % 4 = 0 THEN '' ELSE '.' || tgen.fold(p.l) END || '@' || (SELECT dom FROM tgen.co WHERE i = p.co)
                                  ELSE tgen.fold(p.f) || '.' || tgen.fold(p.l) || (p.i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'gmx.de', 'sapo.pt', 'yahoo.co.in', 'icloud.com'], 'ppd', p.i) END,
                     pemail = tgen.fold(p.f) || fixture_gen.pick(ARRAY['.', '_', ''], 'pps', p.i) || tgen.fold(p.l) || (1970 + p.i % 35)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.com', 'proton.me', 'web.de', 'sapo.pt'], 'ppd2', p.i),
                     num = tgen.natnum(p.cc, 'ppnum', p.i);

-- Workspace members = core users 1-14.
CREATE TABLE "workspaceMember" (
    id uuid NOT NULL PRIMARY KEY,
    "nameFirstName" text NOT NULL DEFAULT '',
    "nameLastName" text NOT NULL DEFAULT '',
    "colorScheme" "workspaceMember_colorScheme_enum" NOT NULL DEFAULT 'System',
    locale text NOT NULL DEFAULT 'en',
    "avatarUrl" text,
    "userEmail" text,
    "userId" uuid NOT NULL,
    "timeZone" text NOT NULL DEFAULT 'system',
    "dateFormat" text NOT NULL DEFAULT 'SYSTEM',
    "timeFormat" text NOT NULL DEFAULT 'SYSTEM',
    position double precision,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "workspaceMember"
SELECT tgen.u4('wm', c.i), c.f, c.l, (ARRAY['System', 'Light', 'Dark'])[1 + c.i % 3]::"workspaceMember_colorScheme_enum",
       fixture_gen.pick(ARRAY['en', 'en', 'pt-PT', 'de-DE', 'fr-FR'], 'wmloc', c.i),
       CASE WHEN c.i % 3 = 1 THEN 'workspace-member-avatar/original/' || tgen.u4('cuwav', c.i) || '.jpeg'
            WHEN c.i % 3 = 0 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || tgen.url64('cuav', c.i, 38) || '=s96-c' END,
       c.email, tgen.u4('cu', c.i),
       fixture_gen.pick(ARRAY['Europe/Lisbon', 'Europe/Lisbon', 'Europe/Berlin', 'Europe/Berlin', 'system', 'Asia/Kolkata', 'America/Sao_Paulo'], 'wmtz', c.i),
       fixture_gen.pick(ARRAY['SYSTEM', 'DAY_FIRST', 'YEAR_FIRST'], 'wmdf', c.i), fixture_gen.pick(ARRAY['SYSTEM', 'HOUR_24', 'HOUR_12'], 'wmtf', c.i),
       c.i, tgen.at('cucr', c.i, '2024-03-01', '2025-01-01'), tgen.at('wmup', c.i, '2025-01-02', '2025-03-01'), NULL
FROM tgen.cu c WHERE c.i <= 14;

CREATE TABLE company (
    id uuid NOT NULL PRIMARY KEY,
    name text,
    "domainNamePrimaryLinkUrl" text,
    "domainNamePrimaryLinkLabel" text,
    "domainNameSecondaryLinks" jsonb,
    employees double precision,
    "linkedinLinkPrimaryLinkUrl" text,
    "linkedinLinkPrimaryLinkLabel" text,
    "linkedinLinkSecondaryLinks" jsonb,
    "xLinkPrimaryLinkUrl" text,
    "xLinkPrimaryLinkLabel" text,
    "xLinkSecondaryLinks" jsonb,
    "annualRecurringRevenueAmountMicros" numeric,
    "annualRecurringRevenueCurrencyCode" text,
    "addressAddressStreet1" text,
    "addressAddressStreet2" text,
    "addressAddressCity" text,
    "addressAddressState" text,
    "addressAddressPostcode" text,
    "addressAddressCountry" text,
    "addressAddressLat" numeric,
    "addressAddressLng" numeric,
    "idealCustomerProfile" "company_idealCustomerProfile_enum",
    tagline text,
    "visaSponsorship" boolean DEFAULT false,
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "accountOwnerId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, COALESCE(name, '') || ' ' || COALESCE("domainNamePrimaryLinkUrl", ''))) STORED,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO company (id, name, "domainNamePrimaryLinkUrl", "domainNamePrimaryLinkLabel", "domainNameSecondaryLinks", employees,
    "linkedinLinkPrimaryLinkUrl", "linkedinLinkPrimaryLinkLabel", "linkedinLinkSecondaryLinks", "xLinkPrimaryLinkUrl", "xLinkPrimaryLinkLabel", "xLinkSecondaryLinks",
    "annualRecurringRevenueAmountMicros", "annualRecurringRevenueCurrencyCode", "addressAddressStreet1", "addressAddressStreet2", "addressAddressCity",
    "addressAddressState", "addressAddressPostcode", "addressAddressCountry", "addressAddressLat", "addressAddressLng", "idealCustomerProfile", tagline,
    "visaSponsorship", position, "createdBySource", "createdByWorkspaceMemberId", "createdByName", "accountOwnerId", "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('co', c.i), c.name, 'https://' || c.dom, '',
       CASE WHEN c.i % 9 = 0 THEN jsonb_build_array(jsonb_build_object('url', 'https://careers.' || c.dom, 'label', 'Careers')) ELSE '[]'::jsonb END,
       CASE WHEN c.sole THEN 1 ELSE (ARRAY[8, 15, 22, 40, 65, 120, 250, 480, 900, 2300])[1 + fixture_gen.n('coemp', c.i, 10)] END,
       CASE WHEN c.sole THEN 'https://www.linkedin.com/in/' || tgen.fold(split_part(c.name, ' ', 1)) || '-' || tgen.fold(split_part(c.name, ' ', 2)) || '-' || fixture_gen.hexn('coli', c.i, 8)
            ELSE 'https://www.linkedin.com/company/' || replace(lower(c.name), ' ', '-') END, '', '[]'::jsonb,
       CASE WHEN c.i % 3 = 0 THEN 'https://x.com/' || replace(initcap(c.name), ' ', '') END, '', '[]'::jsonb,
       CASE WHEN c.sole THEN NULL ELSE (fixture_gen.n('coarr', c.i, 400) * 25000)::numeric * 1000000 END, CASE WHEN c.i % 5 = 0 THEN 'USD' ELSE 'EUR' END,
       CASE WHEN c.sole THEN CASE c.i % 3 WHEN 0 THEN 'Rua ' || fixture_gen.pick(ARRAY['das Flores', 'de São Bento', 'Morais Soares', 'do Benformoso'], 'cost', c.i) || ' ' || (1 + c.i % 140)::text
                                          WHEN 1 THEN fixture_gen.pick(ARRAY['Schönhauser Allee', 'Boxhagener Straße', 'Weserstraße', 'Kastanienallee'], 'cost', c.i) || ' ' || (1 + c.i % 120)::text
                                          ELSE 'Rua de Cedofeita ' || (1 + c.i % 400)::text END
            ELSE fixture_gen.pick(ARRAY['Avenida da Liberdade ', 'Rua Castilho ', 'Friedrichstraße ', 'Torstraße ', 'Carrer de Pujades ', 'Kingsland Road ', 'Rue de Rivoli ', 'Prinsengracht '], 'cost', c.i) || (1 + fixture_gen.n('costn', c.i, 200))::text END,
       CASE WHEN c.sole AND c.i % 2 = 0 THEN (1 + c.i % 5)::text || 'º ' || fixture_gen.pick(ARRAY['Esq.', 'Dto.'], 'cost2', c.i)
            WHEN c.sole THEN 'c/o ' || split_part(c.name, ' ', 1) || ' ' || split_part(c.name, ' ', 2)
            WHEN c.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Floor 3', '2nd floor', 'Suite 400', 'Piso 5', 'Aufgang B'], 'cost2', c.i) ELSE '' END,
       x.city, x.state, fixture_gen.postcode('copc', c.i), x.country, x.lat + fixture_gen.n('colat', c.i, 2000) / 100000.0, x.lng + fixture_gen.n('colng', c.i, 2000) / 100000.0,
       (ARRAY['YES', 'NO', 'MAYBE'])[1 + c.i % 3]::"company_idealCustomerProfile_enum",
       CASE WHEN c.sole THEN '' ELSE fixture_gen.pick(ARRAY['Building the future of logistics', 'Healthcare that comes to you', 'We make hardware for the energy transition',
             'The operating system for modern retail', 'Game studio, 3 titles shipped', 'Series B, hiring across Europe', 'Payments for marketplaces', ''], 'cotag', c.i) END,
       NOT c.sole AND c.i % 3 <> 1, c.i * 1.0, CASE WHEN c.i % 7 = 0 THEN 'IMPORT' WHEN c.i % 5 = 0 THEN 'EMAIL' ELSE 'MANUAL' END,
       tgen.u4('wm', 1 + c.i % 14), (SELECT f || ' ' || l FROM tgen.cu WHERE i = 1 + c.i % 14), tgen.u4('wm', 1 + c.i % 6),
       tgen.at('cocr', c.i, '2024-03-10', '2025-01-01'), tgen.at('coup', c.i, '2025-01-01', '2025-03-01'), CASE WHEN c.i % 23 = 0 THEN tgen.at('codel', c.i, '2025-01-01', '2025-03-01') END
FROM tgen.co c
CROSS JOIN LATERAL (SELECT * FROM (VALUES (0, 'Lisbon', 'Lisboa', 'Portugal', 38.71, -9.15), (1, 'Berlin', 'Berlin', 'Germany', 52.50, 13.38),
    (2, 'Porto', 'Porto', 'Portugal', 41.14, -8.62), (3, 'Barcelona', 'Catalonia', 'Spain', 41.38, 2.16), (4, 'London', '', 'United Kingdom', 51.51, -0.12),
    (5, 'Paris', 'Île-de-France', 'France', 48.85, 2.34), (6, 'Amsterdam', 'North Holland', 'Netherlands', 52.36, 4.88),
    (7, 'Munich', 'Bavaria', 'Germany', 48.13, 11.57)) v(k, city, state, country, lat, lng) WHERE v.k = CASE WHEN c.sole THEN c.i % 3 ELSE fixture_gen.n('cocity', c.i, 8) END) x;

CREATE TABLE person (
    id uuid NOT NULL PRIMARY KEY,
    "nameFirstName" text NOT NULL DEFAULT '',
    "nameLastName" text NOT NULL DEFAULT '',
    "emailsPrimaryEmail" text,
    "emailsAdditionalEmails" jsonb,
    "linkedinLinkPrimaryLinkUrl" text,
    "linkedinLinkPrimaryLinkLabel" text,
    "linkedinLinkSecondaryLinks" jsonb,
    "xLinkPrimaryLinkUrl" text,
    "xLinkPrimaryLinkLabel" text,
    "xLinkSecondaryLinks" jsonb,
    "jobTitle" text NOT NULL DEFAULT '',
    "phonesPrimaryPhoneNumber" text,
    "phonesPrimaryPhoneCountryCode" text,
    "phonesPrimaryPhoneCallingCode" text,
    "phonesAdditionalPhones" jsonb,
    city text,
    "avatarUrl" text,
    intro text,
    "whatsappPrimaryPhoneNumber" text,
    "whatsappPrimaryPhoneCountryCode" text,
    "whatsappPrimaryPhoneCallingCode" text,
    "whatsappAdditionalPhones" jsonb,
    "workPreference" text[],
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "companyId" uuid REFERENCES company (id) ON DELETE SET NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, COALESCE("nameFirstName", '') || ' ' || COALESCE("nameLastName", '') || ' '
        || COALESCE("emailsPrimaryEmail", '') || ' ' || COALESCE("phonesPrimaryPhoneNumber", '') || ' ' || COALESCE("jobTitle", ''))) STORED,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO person (id, "nameFirstName", "nameLastName", "emailsPrimaryEmail", "emailsAdditionalEmails", "linkedinLinkPrimaryLinkUrl", "linkedinLinkPrimaryLinkLabel",
    "linkedinLinkSecondaryLinks", "xLinkPrimaryLinkUrl", "xLinkPrimaryLinkLabel", "xLinkSecondaryLinks", "jobTitle", "phonesPrimaryPhoneNumber",
    "phonesPrimaryPhoneCountryCode", "phonesPrimaryPhoneCallingCode", "phonesAdditionalPhones", city, "avatarUrl", intro, "whatsappPrimaryPhoneNumber",
    "whatsappPrimaryPhoneCountryCode", "whatsappPrimaryPhoneCallingCode", "whatsappAdditionalPhones", "workPreference", position, "createdBySource",
    "createdByWorkspaceMemberId", "createdByName", "companyId", "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('pe', p.i), p.f, p.l, CASE WHEN p.i % 29 = 0 THEN NULL ELSE p.email END,
       CASE WHEN p.i % 4 = 1 AND p.co IS NOT NULL THEN jsonb_build_array(p.pemail)
            WHEN p.i % 10 = 3 THEN jsonb_build_array(p.pemail, tgen.fold(p.f) || '@' || fixture_gen.pick(ARRAY['posteo.de', 'hey.com', 'fastmail.com'], 'pea', p.i)) ELSE '[]'::jsonb END,
       CASE WHEN p.i % 6 <> 5 THEN 'https://www.linkedin.com/in/' || tgen.fold(p.f) || '-' || tgen.fold(p.l) || CASE WHEN p.i % 2 = 0 THEN '-' || fixture_gen.hexn('peli', p.i, 8) ELSE '' END END,
       CASE WHEN p.i % 15 = 0 THEN p.f || ' ' || p.l ELSE '' END,
       CASE WHEN p.i % 12 = 0 THEN jsonb_build_array(jsonb_build_object('url', 'https://github.com/' || tgen.fold(p.f) || tgen.fold(p.l), 'label', 'GitHub'))
            WHEN p.i % 12 = 6 THEN jsonb_build_array(jsonb_build_object('url', 'https://' || tgen.fold(p.f) || tgen.fold(p.l) || '.dev', 'label', 'Portfolio')) ELSE '[]'::jsonb END,
       CASE WHEN p.i % 5 = 0 THEN 'https://x.com/' || tgen.fold(p.f) || '_' || substr(tgen.fold(p.l), 1, 4) END, '', '[]'::jsonb,
       CASE WHEN p.i <= 30 THEN fixture_gen.pick(ARRAY['CTO', 'VP Engineering', 'Head of Talent', 'Engineering Manager', 'Founder & CEO', 'People Partner', 'Director of Platform'], 'pejt', p.i)
            WHEN p.i <= 200 THEN fixture_gen.pick(ARRAY['Senior Backend Engineer', 'Frontend Developer', 'Data Engineer', 'Site Reliability Engineer', 'iOS Developer',
                                 'Machine Learning Engineer', 'QA Lead', 'Product Designer', 'Staff Engineer', 'Embedded Software Engineer', 'DevOps Engineer', ''], 'pejt', p.i)
            ELSE fixture_gen.pick(ARRAY['Immigration lawyer', 'Relocation partner', 'Landlord', 'Accountant', ''], 'pejt', p.i) END,
       CASE WHEN p.i % 17 = 0 THEN NULL ELSE p.num END, p.cc, tgen.calling(p.cc),
       CASE WHEN p.i % 8 = 2 THEN jsonb_build_array(jsonb_build_object('number', tgen.natnum('PT', 'peap', p.i), 'countryCode', 'PT', 'callingCode', '+351')) ELSE '[]'::jsonb END,
       CASE p.cc WHEN 'PT' THEN fixture_gen.pick(ARRAY['Lisbon', 'Porto', 'Braga', 'Coimbra'], 'pecity', p.i) WHEN 'DE' THEN fixture_gen.pick(ARRAY['Berlin', 'Hamburg', 'Leipzig'], 'pecity', p.i)
                 WHEN 'IN' THEN fixture_gen.pick(ARRAY['Bengaluru', 'Pune', 'Hyderabad'], 'pecity', p.i) WHEN 'BR' THEN fixture_gen.pick(ARRAY['São Paulo', 'Curitiba', 'Recife'], 'pecity', p.i)
                 WHEN 'NG' THEN 'Lagos' WHEN 'TR' THEN 'Istanbul' WHEN 'PL' THEN fixture_gen.pick(ARRAY['Kraków', 'Wrocław'], 'pecity', p.i)
                 ELSE fixture_gen.city('pecity', p.i) END,
       CASE WHEN p.i % 3 = 0 THEN 'https://media.licdn.com/dms/image/v2/' || tgen.rs('peav', p.i, 12) || '/profile-displayphoto-shrink_400_400/0/' || (1600000000000 + p.i * 7919)::text || '?e=1746662400&v=beta&t=' || tgen.url64('peavt', p.i, 43)
            WHEN p.i % 3 = 1 THEN 'person-picture/original/' || tgen.u4('peavf', p.i) || '.jpg' END,
       CASE WHEN p.i > 30 AND p.i <= 200 AND p.i % 3 <> 0 THEN fixture_gen.pick(ARRAY[
              'Met at Web Summit, wants to move to Lisbon with her partner and two kids.',
              'Referred by ' || fixture_gen.full_name('peref', p.i) || '. Currently on a Blue Card in Munich, notice period 3 months.',
              'Looking for remote only, caring for his father in ' || fixture_gen.city('pecare', p.i) || '.',
              'Strong Go and Kubernetes, expects around 95k. Prefers calls after 6pm, WhatsApp is best.',
              'Came through the careers form. Wife is a nurse and also needs a job offer for the visa.',
              'Pregnant, due in June; wants a start date after parental leave.', 'Ex-Finch Logistics, left on good terms.', ''], 'peintro', p.i) ELSE '' END,
       CASE WHEN p.i > 30 AND p.i % 2 = 0 THEN p.num END, CASE WHEN p.i > 30 AND p.i % 2 = 0 THEN p.cc END, CASE WHEN p.i > 30 AND p.i % 2 = 0 THEN tgen.calling(p.cc) END, '[]'::jsonb,
       CASE WHEN p.i > 30 AND p.i <= 200 THEN CASE p.i % 4 WHEN 0 THEN ARRAY['REMOTE_WORK'] WHEN 1 THEN ARRAY['HYBRID'] WHEN 2 THEN ARRAY['ON_SITE'] ELSE ARRAY['REMOTE_WORK', 'HYBRID'] END END,
       p.i * 1.0, CASE WHEN p.i % 5 = 0 THEN 'EMAIL' WHEN p.i % 7 = 0 THEN 'CALENDAR' WHEN p.i % 11 = 0 THEN 'IMPORT' ELSE 'MANUAL' END,
       CASE WHEN p.i % 11 = 0 THEN NULL ELSE tgen.u4('wm', 1 + p.i % 14) END,
       CASE WHEN p.i % 11 = 0 THEN 'CSV import' ELSE (SELECT f || ' ' || l FROM tgen.cu WHERE i = 1 + p.i % 14) END,
       CASE WHEN p.co IS NOT NULL THEN tgen.u4('co', p.co) END,
       tgen.at('pecr', p.i, '2024-03-15', '2025-02-01'), tgen.at('peup', p.i, '2025-02-01', '2025-03-01'), CASE WHEN p.i % 31 = 0 THEN tgen.at('pedel', p.i, '2025-02-01', '2025-03-01') END
FROM tgen.pp p;

CREATE TABLE opportunity (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    "amountAmountMicros" numeric,
    "amountCurrencyCode" text,
    "closeDate" timestamp with time zone,
    stage "opportunity_stage_enum" NOT NULL DEFAULT 'NEW',
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "pointOfContactId" uuid REFERENCES person (id) ON DELETE SET NULL,
    "companyId" uuid REFERENCES company (id) ON DELETE SET NULL,
    "ownerId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, COALESCE(name, ''))) STORED,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO opportunity (id, name, "amountAmountMicros", "amountCurrencyCode", "closeDate", stage, position, "createdBySource", "createdByWorkspaceMemberId",
    "createdByName", "pointOfContactId", "companyId", "ownerId", "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('op', k), CASE WHEN k % 3 = 0 THEN 'Placement: ' || x.role || ' – ' || cand.f || ' ' || cand.l
                              WHEN k % 3 = 1 THEN c.name || ' – ' || x.role || ' search'
                              ELSE c.name || ' – ' || fixture_gen.pick(ARRAY['relocation package', 'retainer 2025', 'team of 4 backend', 'visa support x2', 'RPO pilot'], 'opn', k) END,
       (fixture_gen.n('opamt', k, 60) * 1500 + 6000)::numeric * 1000000, 'EUR', tgen.at('opcd', k, '2024-06-01', '2025-09-01'),
       (ARRAY['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER', 'LOST'])[1 + fixture_gen.n('opst', k, 6)]::"opportunity_stage_enum", k * 1.0,
       'MANUAL', tgen.u4('wm', 1 + k % 14), (SELECT f || ' ' || l FROM tgen.cu WHERE i = 1 + k % 14),
       tgen.u4('pe', 1 + (c.i * 7) % 30), tgen.u4('co', c.i), tgen.u4('wm', 1 + k % 8),
       tgen.at('opcr', k, '2024-04-01', '2025-02-01'), tgen.at('opup', k, '2025-02-01', '2025-03-01'), CASE WHEN k % 37 = 0 THEN tgen.at('opdel', k, '2025-02-01', '2025-03-01') END
FROM generate_series(1, 130) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Senior Backend Engineer', 'Data Engineer', 'SRE', 'iOS Developer', 'ML Engineer', 'Staff Engineer', 'Product Designer'], 'oprole', k) AS role) x
JOIN tgen.co c ON c.i = 1 + fixture_gen.n('opco', k, 60)
JOIN tgen.pp cand ON cand.i = 31 + fixture_gen.n('opcand', k, 170);

-- Connected accounts: one per member (1-12), 13-14 extra shared inboxes.
CREATE TABLE "connectedAccount" (
    id uuid NOT NULL PRIMARY KEY,
    handle text NOT NULL DEFAULT '',
    provider "connectedAccount_provider_enum" NOT NULL,
    "accessToken" text,
    "refreshToken" text,
    "lastSyncHistoryId" text,
    "authFailedAt" timestamp with time zone,
    "handleAliases" text,
    scopes text[],
    "connectionParameters" jsonb,
    "lastCredentialsRefreshedAt" timestamp with time zone,
    "accountOwnerId" uuid NOT NULL REFERENCES "workspaceMember" (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "connectedAccount"
SELECT tgen.u4('ca', k), x.handle, x.prov::"connectedAccount_provider_enum",
       CASE x.prov WHEN 'google' THEN 'ya29.a0' || tgen.url64('caat', k, 180)
                   WHEN 'microsoft' THEN fixture_gen.jwt('caatms', k) END,
       CASE x.prov WHEN 'google' THEN '1//0' || tgen.url64('cart', k, 99)
                   WHEN 'microsoft' THEN '0.A' || tgen.url64('cartms', k, 320) || '.' || tgen.url64('cartms2', k, 40) END,
       CASE WHEN x.prov = 'google' THEN fixture_gen.digits('cahist', k, 7) END,
       CASE WHEN k IN (4, 9) THEN tgen.at('caaf', k, '2025-01-01', '2025-03-01') END,
       CASE WHEN k = 1 THEN 'hello@brightpath-talent.com,founder@brightpath-talent.com' WHEN k % 4 = 2 THEN tgen.fold(x.f) || '@brightpath.pt' ELSE '' END,
       CASE x.prov WHEN 'google' THEN ARRAY['https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/gmail.readonly',
                                            'https://www.googleapis.com/auth/gmail.send', 'https://www.googleapis.com/auth/profile.emails.read']
                   WHEN 'microsoft' THEN ARRAY['openid', 'email', 'profile', 'offline_access', 'Mail.ReadWrite', 'Mail.Send', 'Calendars.Read', 'User.Read'] END,
       CASE WHEN x.prov = 'imap_smtp_caldav' THEN jsonb_build_object(
            'IMAP', jsonb_build_object('host', 'imap.fastmail.com', 'port', 993, 'secure', true, 'password', tgen.rs('caimap', k, 16)),
            'SMTP', jsonb_build_object('host', 'smtp.fastmail.com', 'port', 465, 'secure', true, 'password', tgen.rs('caimap', k, 16)),
            'CALDAV', jsonb_build_object('host', 'caldav.fastmail.com', 'port', 443, 'secure', true, 'username', x.handle, 'password', tgen.rs('caimap', k, 16))) END,
       tgen.at('carf', k, '2025-02-20', '2025-03-01'), tgen.u4('wm', x.m),
       tgen.at('cacr', k, '2024-04-01', '2024-12-01'), tgen.at('caup', k, '2025-02-20', '2025-03-01'), NULL
FROM generate_series(1, 14) k
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 12 THEN k ELSE 1 END AS m,
                           CASE WHEN k IN (3, 7, 11) THEN 'microsoft' WHEN k IN (10, 14) THEN 'imap_smtp_caldav' ELSE 'google' END AS prov,
                           (SELECT f FROM tgen.cu WHERE i = k) AS f,
                           CASE WHEN k = 13 THEN 'jobs@brightpath-talent.com' WHEN k = 14 THEN 'relocation@brightpath.pt'
                                ELSE (SELECT email FROM tgen.cu WHERE i = k) END AS handle) x;

CREATE TABLE "messageChannel" (
    id uuid NOT NULL PRIMARY KEY,
    visibility "messageChannel_visibility_enum" NOT NULL DEFAULT 'SHARE_EVERYTHING',
    handle text,
    type text NOT NULL DEFAULT 'email',
    "isContactAutoCreationEnabled" boolean NOT NULL DEFAULT true,
    "contactAutoCreationPolicy" text NOT NULL DEFAULT 'SENT',
    "excludeNonProfessionalEmails" boolean NOT NULL DEFAULT true,
    "excludeGroupEmails" boolean NOT NULL DEFAULT true,
    "isSyncEnabled" boolean NOT NULL DEFAULT true,
    "syncCursor" text,
    "syncedAt" timestamp with time zone,
    "syncStatus" text,
    "syncStage" text NOT NULL DEFAULT 'FULL_MESSAGE_LIST_FETCH_PENDING',
    "syncStageStartedAt" timestamp with time zone,
    "throttleFailureCount" integer NOT NULL DEFAULT 0,
    "connectedAccountId" uuid NOT NULL REFERENCES "connectedAccount" (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "messageChannel"
SELECT tgen.u4('mc', ca.k), (ARRAY['SHARE_EVERYTHING', 'SHARE_EVERYTHING', 'SUBJECT', 'METADATA'])[1 + ca.k % 4]::"messageChannel_visibility_enum", ca.handle, 'email',
       ca.k % 5 <> 0, CASE WHEN ca.k % 3 = 0 THEN 'SENT_AND_RECEIVED' ELSE 'SENT' END, ca.k % 6 <> 0, true, ca.k <> 9,
       CASE ca.provider WHEN 'google' THEN fixture_gen.digits('mccur', ca.k, 7)
                        WHEN 'microsoft' THEN 'https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=' || tgen.url64('mcdelta', ca.k, 120)
                        ELSE '{"INBOX":' || (1000 + ca.k * 37)::text || ',"Sent":' || (200 + ca.k * 11)::text || '}' END,
       tgen.at('mcsy', ca.k, '2025-02-27', '2025-03-01'), CASE WHEN ca.k IN (4, 9) THEN 'FAILED_INSUFFICIENT_PERMISSIONS' ELSE 'ACTIVE' END,
       CASE WHEN ca.k IN (4, 9) THEN 'FAILED' ELSE 'MESSAGE_LIST_FETCH_PENDING' END, tgen.at('mcss', ca.k, '2025-02-27', '2025-03-01'),
       CASE WHEN ca.k = 4 THEN 3 ELSE 0 END, ca.id, ca."createdAt", ca."updatedAt", NULL
FROM (SELECT row_number() OVER (ORDER BY "createdAt", id) AS k, * FROM "connectedAccount") ca;

CREATE TABLE "messageThread" (
    id uuid NOT NULL PRIMARY KEY,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "messageThread" SELECT tgen.u4('mt', t), tgen.at('mtcr', t, '2024-05-01', '2025-03-01'), tgen.at('mtcr', t, '2024-05-01', '2025-03-01'), NULL FROM generate_series(1, 160) t;

-- Messages: 320, each in a thread (t = 1 + m % 160), between a member (1-12) and a person.
CREATE TABLE tgen.msg AS
SELECT m, 1 + m % 160 AS t, 1 + fixture_gen.n('msgwm', 1 + m % 160, 12) AS wm, 1 + fixture_gen.n('msgpe', 1 + m % 160, 230) AS pe,
       fixture_gen.n('msgkind', 1 + m % 160, 8) AS kind, m > 160 AS reply, tgen.at('msgat', m, '2024-05-01', '2025-03-01') AS at
FROM generate_series(1, 320) m;

CREATE TABLE message (
    id uuid NOT NULL PRIMARY KEY,
    "headerMessageId" text,
    subject text,
    text text,
    "receivedAt" timestamp with time zone,
    "messageThreadId" uuid REFERENCES "messageThread" (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO message
SELECT tgen.u4('ms', g.m),
       '<' || CASE WHEN g.m % 3 = 0 THEN 'CA' || tgen.url64('mshid', g.m, 40) || '@mail.gmail.com'
                   WHEN g.m % 3 = 1 THEN upper(fixture_gen.hexn('mshid', g.m, 32)) || '@' || upper(tgen.rs('mshidh', g.m, 6)) || 'PR09MB' || fixture_gen.digits('mshidn', g.m, 4) || '.eurprd09.prod.outlook.com'
                   ELSE tgen.u4('mshidu', g.m)::text || '@brightpath-talent.com' END || '>',
       CASE WHEN g.reply THEN 'Re: ' ELSE '' END || CASE g.kind
         WHEN 0 THEN 'Interview with ' || c.name || ' – ' || fixture_gen.pick(ARRAY['next steps', 'feedback', 'scheduling'], 'mssub', g.t)
         WHEN 1 THEN 'Your CV – ' || p.f || ' ' || p.l
         WHEN 2 THEN 'Offer letter for ' || p.f || ' (Senior Backend Engineer)'
         WHEN 3 THEN 'Relocation: apartment viewing in ' || fixture_gen.pick(ARRAY['Lisbon', 'Porto', 'Berlin'], 'mscity', g.t)
         WHEN 4 THEN 'Invoice BP-2025-0' || (100 + g.t)::text
         WHEN 5 THEN 'Visa documents checklist'
         WHEN 6 THEN 'Intro: ' || p.f || ' <> ' || c.name
         ELSE 'Q1 hiring plan' END,
       CASE g.kind
         WHEN 0 THEN 'Hi ' || p.f || E',\n\nThanks for your time today. The team at ' || c.name || ' would like to invite you to the technical round on '
                     || to_char(g.at + interval '5 days', 'FMDay DD Month') || E'. Could you confirm your availability?\n\nBest,\n' || wm.f || ' ' || wm.l || E'\nBrightpath Talent | +351 21 ' || fixture_gen.digits('mswmph', g.wm, 3) || ' ' || fixture_gen.digits('mswmph2', g.wm, 4)
         WHEN 1 THEN 'Hello ' || wm.f || E',\n\nPlease find my CV attached. I am currently earning ' || (55 + fixture_gen.n('mssal', g.m, 60))::text || E'k gross and my notice period is one month. You can reach me on '
                     || tgen.calling(p.cc) || ' ' || p.num || E' any time after 5pm.\n\nKind regards,\n' || p.f || ' ' || p.l || E'\n' || p.pemail
         WHEN 2 THEN 'Dear ' || p.f || E',\n\nCongratulations! Attached is the offer from ' || c.name || ' at a base salary of EUR ' || (70 + fixture_gen.n('msoffer', g.m, 50))::text
                     || E',000 plus relocation support. Please sign and return by Friday.\n\n' || wm.f
         WHEN 3 THEN 'Hi ' || p.f || E',\n\nThe landlord confirmed the viewing at ' || fixture_gen.street('msstreet', g.m) || ', ' || fixture_gen.postcode('mspc', g.m)
                     || E' on Saturday at 11:00. Bring your passport and the last three payslips. The agent is ' || fixture_gen.full_name('msagent', g.m) || ', ' || fixture_gen.phone('msagph', g.m) || E'.\n\n' || wm.f
         WHEN 4 THEN E'Hello,\n\nPlease find attached our invoice for the placement fee. Payment terms 30 days. Bank details are on the invoice.\n\nBrightpath Talent Finance'
         WHEN 5 THEN 'Hi ' || p.f || E',\n\nFor the D3 visa we need: passport copy, criminal record certificate, proof of accommodation and the signed contract. Your passport number '
                     || upper(tgen.rs('mspass', g.m, 2)) || fixture_gen.digits('mspassn', g.m, 7) || E' expires soon, please renew first.\n\n' || wm.f
         WHEN 6 THEN 'Hi both,' || E'\n\nAs promised, introducing ' || p.f || ' ' || p.l || ' (cc) to ' || c.name || E'. I think you will get along.\n\n' || wm.f
         ELSE E'Team,\n\nattached is the hiring plan for Q1. Please update the pipeline stages in Twenty before Monday.\n\nThanks' END,
       g.at, tgen.u4('mt', g.t), g.at, g.at, NULL
FROM tgen.msg g JOIN tgen.pp p ON p.i = g.pe JOIN tgen.cu wm ON wm.i = g.wm JOIN tgen.co c ON c.i = 1 + g.t % 60;

CREATE TABLE "messageChannelMessageAssociation" (
    id uuid NOT NULL PRIMARY KEY,
    "messageExternalId" text,
    "messageThreadExternalId" text,
    direction text NOT NULL DEFAULT 'INCOMING',
    "messageChannelId" uuid REFERENCES "messageChannel" (id) ON DELETE CASCADE,
    "messageId" uuid REFERENCES message (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "messageChannelMessageAssociation"
SELECT tgen.u4('mcma', g.m), fixture_gen.hexn('mcmaext', g.m, 16), fixture_gen.hexn('mcmathr', g.t, 16),
       CASE WHEN (g.m + g.kind) % 2 = 0 THEN 'OUTGOING' ELSE 'INCOMING' END, tgen.u4('mc', g.wm), tgen.u4('ms', g.m), g.at, g.at, NULL
FROM tgen.msg g;

CREATE TABLE "messageParticipant" (
    id uuid NOT NULL PRIMARY KEY,
    role "messageParticipant_role_enum" NOT NULL DEFAULT 'from',
    handle text,
    "displayName" text,
    "messageId" uuid REFERENCES message (id) ON DELETE CASCADE,
    "personId" uuid REFERENCES person (id) ON DELETE SET NULL,
    "workspaceMemberId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "messageParticipant"
SELECT tgen.u4('mp', g.m * 4 + r.k), r.role::"messageParticipant_role_enum",
       CASE WHEN r.mem THEN wm.email WHEN r.k = 3 THEN fixture_gen.email('mpcc', g.m) ELSE p.email END,
       CASE WHEN r.mem THEN wm.f || ' ' || wm.l WHEN r.k = 3 THEN fixture_gen.full_name('mpcc', g.m) WHEN g.m % 5 = 0 THEN '' ELSE p.f || ' ' || p.l END,
       tgen.u4('ms', g.m), CASE WHEN NOT r.mem AND r.k < 3 THEN tgen.u4('pe', p.i) END, CASE WHEN r.mem THEN tgen.u4('wm', wm.i) END, g.at, g.at, NULL
FROM tgen.msg g JOIN tgen.pp p ON p.i = g.pe JOIN tgen.cu wm ON wm.i = g.wm
CROSS JOIN LATERAL (VALUES (1, 'from', (g.m + g.kind) % 2 = 0), (2, 'to', (g.m + g.kind) % 2 = 1), (3, 'cc', false)) r(k, role, mem)
WHERE r.k < 3 OR g.m % 4 = 0;

CREATE TABLE blocklist (
    id uuid NOT NULL PRIMARY KEY,
    handle text,
    "workspaceMemberId" uuid NOT NULL REFERENCES "workspaceMember" (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO blocklist
SELECT tgen.u4('bl', k), CASE WHEN k % 3 = 0 THEN '@' || fixture_gen.pick(ARRAY['linkedin.com', 'mailchimpapp.net', 'calendly.com', 'notifications.workday.com'], 'bld', k)
                              ELSE fixture_gen.email('blem', k) END,
       tgen.u4('wm', 1 + k % 12), tgen.at('blcr', k, '2024-05-01', '2025-03-01'), tgen.at('blcr', k, '2024-05-01', '2025-03-01'), NULL
FROM generate_series(1, 30) k;

CREATE TABLE "calendarEvent" (
    id uuid NOT NULL PRIMARY KEY,
    title text,
    "isCanceled" boolean NOT NULL DEFAULT false,
    "isFullDay" boolean NOT NULL DEFAULT false,
    "startsAt" timestamp with time zone,
    "endsAt" timestamp with time zone,
    "externalCreatedAt" timestamp with time zone,
    "externalUpdatedAt" timestamp with time zone,
    description text,
    location text,
    "iCalUID" text,
    "conferenceSolution" text,
    "conferenceLinkPrimaryLinkUrl" text,
    "conferenceLinkPrimaryLinkLabel" text,
    "conferenceLinkSecondaryLinks" jsonb,
    "recurringEventExternalId" text,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
CREATE TABLE tgen.ev AS
SELECT e, fixture_gen.n('evkind', e, 6) AS kind, 1 + fixture_gen.n('evwm', e, 12) AS wm, 31 + fixture_gen.n('evpe', e, 170) AS pe, 1 + fixture_gen.n('evhm', e, 30) AS hm,
       1 + fixture_gen.n('evco', e, 60) AS co, date_trunc('hour', tgen.at('evat', e, '2024-06-01', '2025-04-01')) AS at
FROM generate_series(1, 140) e;
INSERT INTO "calendarEvent"
SELECT tgen.u4('ev', v.e),
       CASE v.kind WHEN 0 THEN 'Interview: ' || p.f || ' ' || p.l || ' x ' || c.name
                   WHEN 1 THEN 'Screening call – ' || p.f || ' ' || p.l
                   WHEN 2 THEN 'Apartment viewing with ' || p.f
                   WHEN 3 THEN 'Weekly pipeline review'
                   WHEN 4 THEN 'Intake: ' || c.name || ' hiring needs'
                   ELSE 'SEF appointment – ' || p.f || ' ' || p.l || ' residence permit' END,
       v.e % 19 = 0, v.kind = 5 AND v.e % 2 = 0, v.at, v.at + CASE WHEN v.kind = 3 THEN interval '30 minutes' ELSE interval '1 hour' END,
       v.at - interval '9 days', v.at - interval '2 days',
       CASE v.kind WHEN 0 THEN 'Technical interview. Candidate: ' || p.f || ' ' || p.l || ', ' || tgen.calling(p.cc) || ' ' || p.num || E'. CV in Drive.\nPanel: hiring manager and one senior engineer.'
                   WHEN 1 THEN 'Please have your current salary and notice period ready.'
                   WHEN 2 THEN 'Landlord: ' || fixture_gen.full_name('evll', v.e) || ' (' || fixture_gen.phone('evllph', v.e) || '). Key code for the building door is ' || fixture_gen.digits('evkey', v.e, 4) || '.'
                   WHEN 3 THEN 'Standing agenda: new roles, stuck candidates, invoices.'
                   WHEN 4 THEN 'Agenda: roles for Q2, salary bands, visa sponsorship.'
                   ELSE 'Bring passport, NIF, contract and proof of address. Appointment ref ' || upper(tgen.rs('evref', v.e, 8)) END,
       CASE v.kind WHEN 2 THEN fixture_gen.street('evloc', v.e) || ', ' || fixture_gen.pick(ARRAY['Lisboa', 'Porto', 'Berlin'], 'evloccity', v.e)
                   WHEN 4 THEN (SELECT "addressAddressStreet1" || ', ' || "addressAddressCity" FROM company WHERE id = tgen.u4('co', v.co))
                   WHEN 5 THEN 'AIMA – Loja do Cidadão, Av. 24 de Julho, Lisboa'
                   WHEN 3 THEN 'Lisbon office – Sala Tejo' ELSE '' END,
       tgen.rs('evical', v.e, 26) || '@google.com',
       CASE WHEN v.kind IN (0, 1, 3) THEN CASE WHEN v.e % 3 = 0 THEN 'ZOOM' ELSE 'GOOGLE_MEET' END ELSE '' END,
       CASE WHEN v.kind IN (0, 1, 3) THEN CASE WHEN v.e % 3 = 0 THEN 'https://us06web.zoom.us/j/' || fixture_gen.digits('evzoom', v.e, 11) || '?pwd=' || tgen.rs('evzpwd', v.e, 32) || '.1'
                                              ELSE 'https://meet.google.com/' || fixture_gen.chars('evmeet', v.e, 3, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('evmeet2', v.e, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('evmeet3', v.e, 3, 'abcdefghijklmnopqrstuvwxyz') END ELSE '' END,
       CASE WHEN v.kind IN (0, 1, 3) THEN CASE WHEN v.e % 3 = 0 THEN 'Zoom Meeting' ELSE 'Google Meet' END ELSE '' END, '[]'::jsonb,
       CASE WHEN v.kind = 3 THEN tgen.rs('evrec', 1, 26) ELSE '' END,
       v.at - interval '9 days', v.at - interval '2 days', NULL
FROM tgen.ev v JOIN tgen.pp p ON p.i = v.pe JOIN tgen.co c ON c.i = v.co;

CREATE TABLE "calendarEventParticipant" (
    id uuid NOT NULL PRIMARY KEY,
    handle text,
    "displayName" text,
    "isOrganizer" boolean NOT NULL DEFAULT false,
    "responseStatus" "calendarEventParticipant_responseStatus_enum" NOT NULL DEFAULT 'NEEDS_ACTION',
    "calendarEventId" uuid NOT NULL REFERENCES "calendarEvent" (id) ON DELETE CASCADE,
    "personId" uuid REFERENCES person (id) ON DELETE SET NULL,
    "workspaceMemberId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "calendarEventParticipant"
SELECT tgen.u4('cep', v.e * 4 + r.k),
       CASE r.k WHEN 1 THEN wm.email WHEN 2 THEN p.email WHEN 3 THEN hm.email ELSE fixture_gen.email('cepx', v.e) END,
       CASE r.k WHEN 1 THEN wm.f || ' ' || wm.l WHEN 2 THEN CASE WHEN v.e % 4 = 0 THEN '' ELSE p.f || ' ' || p.l END WHEN 3 THEN hm.f || ' ' || hm.l ELSE fixture_gen.full_name('cepx', v.e) END,
       r.k = 1, (ARRAY['ACCEPTED', 'ACCEPTED', 'NEEDS_ACTION', 'TENTATIVE', 'DECLINED'])[1 + fixture_gen.n('cepst', v.e * 4 + r.k, 5)]::"calendarEventParticipant_responseStatus_enum",
       tgen.u4('ev', v.e), CASE r.k WHEN 2 THEN tgen.u4('pe', p.i) WHEN 3 THEN tgen.u4('pe', hm.i) END, CASE WHEN r.k = 1 THEN tgen.u4('wm', wm.i) END,
       v.at - interval '9 days', v.at - interval '2 days', NULL
FROM tgen.ev v JOIN tgen.pp p ON p.i = v.pe JOIN tgen.pp hm ON hm.i = v.hm JOIN tgen.cu wm ON wm.i = v.wm
CROSS JOIN LATERAL (VALUES (1), (2), (3), (4)) r(k)
WHERE (r.k <= 2 AND v.kind <> 3) OR (r.k = 3 AND v.kind IN (0, 4)) OR (r.k = 4 AND v.kind IN (2, 3));

-- Notes and tasks: paragraphs kept as BlockNote JSON and as markdown.
CREATE TABLE tgen.nt AS
SELECT k, 31 + fixture_gen.n('ntpe', k, 170) AS pe, 1 + fixture_gen.n('ntco', k, 60) AS co, 1 + fixture_gen.n('ntwm', k, 12) AS wm, fixture_gen.n('ntkind', k, 7) AS kind
FROM generate_series(1, 160) k;
ALTER TABLE tgen.nt ADD COLUMN title text, ADD COLUMN paras text[];
UPDATE tgen.nt n SET
  title = CASE n.kind WHEN 0 THEN 'Screening notes – ' || p.f || ' ' || p.l WHEN 1 THEN 'Reference check: ' || p.f || ' ' || p.l
                      WHEN 2 THEN 'Intake call ' || c.name WHEN 3 THEN 'Relocation details' WHEN 4 THEN 'Salary negotiation'
                      WHEN 5 THEN 'Pricing discussion' ELSE 'Meeting notes' END,
  paras = CASE n.kind
    WHEN 0 THEN ARRAY[p.f || ' is currently at ' || coalesce((SELECT name FROM tgen.co WHERE i = p.co), 'a startup') || ', wants to leave because of the new manager.',
                      'Current package ' || (50 + fixture_gen.n('ntsal', n.k, 60))::text || 'k + bonus, expects ' || (70 + fixture_gen.n('ntexp', n.k, 50))::text || 'k. Lives in ' || fixture_gen.city('ntcity', n.k) || ', married, one child.',
                      'Mobile ' || tgen.calling(p.cc) || ' ' || p.num || ', personal email ' || p.pemail || '.']
    WHEN 1 THEN ARRAY['Spoke to ' || fixture_gen.full_name('ntref', n.k) || ', former manager, on ' || fixture_gen.phone('ntrefph', n.k) || '.',
                      'Very positive. Mentioned ' || p.f || ' took three months off for burnout in 2023 but came back strong.']
    WHEN 2 THEN ARRAY[c.name || ' needs 3 backend engineers and 1 SRE by June.', 'Budget up to 95k, hybrid two days in the office, visa sponsorship possible.',
                      'Decision maker is the CTO; HR runs the paperwork.']
    WHEN 3 THEN ARRAY[p.f || ' arrives on ' || to_char(tgen.at('ntarr', n.k, '2025-03-01', '2025-07-01'), 'DD Mon') || ' with partner ' || fixture_gen.first_name('ntpart', n.k) || ' and kids (ages 4 and 7).',
                      'Temporary address: ' || fixture_gen.street('ntaddr', n.k) || ', ' || fixture_gen.postcode('ntaddrpc', n.k) || '. NIF ' || (100000000 + fixture_gen.n('ntnif', n.k, 899999999))::text || '.']
    WHEN 4 THEN ARRAY['Offer at 82k, candidate asked for 88k plus signing bonus.', 'Client can go to 85k and a relocation lump sum of 5k.']
    WHEN 5 THEN ARRAY['Fee 18% of first-year salary, 20% for executive roles.', 'Guarantee period 3 months, replacement free of charge.']
    ELSE ARRAY['Discussed the pipeline for Q2 and the new job board integration.', 'Action: update stages and close stale opportunities.'] END
FROM tgen.pp p, tgen.co c WHERE p.i = n.pe AND c.i = n.co;

CREATE FUNCTION tgen.blocknote(paras text[], tag text, i bigint) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_agg(jsonb_build_object('id', tgen.u4(tag || 'blk' || k, i)::text, 'type', 'paragraph',
           'props', jsonb_build_object('textColor', 'default', 'backgroundColor', 'default', 'textAlignment', 'left'),
           'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', paras[k], 'styles', '{}'::jsonb)), 'children', '[]'::jsonb) ORDER BY k)
  FROM generate_subscripts(paras, 1) k
$$;

CREATE TABLE note (
    id uuid NOT NULL PRIMARY KEY,
    title text,
    "bodyV2Blocknote" text,
    "bodyV2Markdown" text,
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, COALESCE(title, '') || ' ' || COALESCE("bodyV2Markdown", ''))) STORED,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO note (id, title, "bodyV2Blocknote", "bodyV2Markdown", position, "createdBySource", "createdByWorkspaceMemberId", "createdByName", "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('nt', n.k), n.title, tgen.blocknote(n.paras, 'nt', n.k)::text, array_to_string(n.paras, E'\n\n'), n.k * 1.0, 'MANUAL', tgen.u4('wm', n.wm),
       (SELECT f || ' ' || l FROM tgen.cu WHERE i = n.wm), tgen.at('ntcr', n.k, '2024-05-01', '2025-03-01'), tgen.at('ntup', n.k, '2025-02-01', '2025-03-01'),
       CASE WHEN n.k % 29 = 0 THEN tgen.at('ntdel', n.k, '2025-02-01', '2025-03-01') END
FROM tgen.nt n;

CREATE TABLE "noteTarget" (
    id uuid NOT NULL PRIMARY KEY,
    "noteId" uuid REFERENCES note (id) ON DELETE CASCADE,
    "personId" uuid REFERENCES person (id) ON DELETE CASCADE,
    "companyId" uuid REFERENCES company (id) ON DELETE CASCADE,
    "opportunityId" uuid REFERENCES opportunity (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "noteTarget"
SELECT tgen.u4('ntt', n.k), tgen.u4('nt', n.k), CASE WHEN n.kind IN (0, 1, 3, 4) THEN tgen.u4('pe', n.pe) END,
       CASE WHEN n.kind IN (2, 5) THEN tgen.u4('co', n.co) END, CASE WHEN n.kind = 6 THEN tgen.u4('op', 1 + n.k % 130) END,
       tgen.at('ntcr', n.k, '2024-05-01', '2025-03-01'), tgen.at('ntcr', n.k, '2024-05-01', '2025-03-01'), NULL
FROM tgen.nt n;

CREATE TABLE task (
    id uuid NOT NULL PRIMARY KEY,
    title text,
    "bodyV2Blocknote" text,
    "bodyV2Markdown" text,
    "dueAt" timestamp with time zone,
    status "task_status_enum" DEFAULT 'TODO',
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "assigneeId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, COALESCE(title, '') || ' ' || COALESCE("bodyV2Markdown", ''))) STORED,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
CREATE TABLE tgen.tk AS
SELECT k, 31 + fixture_gen.n('tkpe', k, 170) AS pe, fixture_gen.n('tkkind', k, 6) AS kind, 1 + fixture_gen.n('tkwm', k, 12) AS wm FROM generate_series(1, 150) k;
INSERT INTO task (id, title, "bodyV2Blocknote", "bodyV2Markdown", "dueAt", status, position, "createdBySource", "createdByWorkspaceMemberId", "createdByName", "assigneeId",
    "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('tk', t.k), x.title, CASE WHEN x.body <> '' THEN tgen.blocknote(ARRAY[x.body], 'tk', t.k)::text END, x.body,
       tgen.at('tkdue', t.k, '2024-07-01', '2025-05-01'), (ARRAY['TODO', 'IN_PROGRESS', 'DONE', 'DONE'])[1 + t.k % 4]::"task_status_enum", t.k * 1.0,
       CASE WHEN t.k % 9 = 0 THEN 'WORKFLOW' ELSE 'MANUAL' END, CASE WHEN t.k % 9 = 0 THEN NULL ELSE tgen.u4('wm', t.wm) END,
       CASE WHEN t.k % 9 = 0 THEN 'Workflow' ELSE (SELECT f || ' ' || l FROM tgen.cu WHERE i = t.wm) END, tgen.u4('wm', 1 + (t.wm + t.k) % 12),
       tgen.at('tkcr', t.k, '2024-06-01', '2025-03-01'), tgen.at('tkup', t.k, '2025-02-01', '2025-03-01'), NULL
FROM tgen.tk t JOIN tgen.pp p ON p.i = t.pe
CROSS JOIN LATERAL (SELECT CASE t.kind WHEN 0 THEN 'Call ' || p.f || ' ' || p.l || ' back' WHEN 1 THEN 'Send offer to ' || p.f
                                       WHEN 2 THEN 'Book flights for ' || p.f || ' ' || p.l WHEN 3 THEN 'Chase invoice' WHEN 4 THEN 'Update job description'
                                       ELSE 'Collect visa documents' END AS title,
                           CASE t.kind WHEN 0 THEN 'Call on ' || tgen.calling(p.cc) || ' ' || p.num || ' after 6pm, she is still at her current job.'
                                       WHEN 2 THEN 'Passport name: ' || upper(p.l) || ', ' || p.f || '. Date of birth ' || to_char(fixture_gen.birth_date('tkdob', t.k), 'DD.MM.YYYY') || '. Window seat.'
                                       WHEN 5 THEN 'Passport copy, criminal record and the signed contract from ' || p.f || '.'
                                       WHEN 3 THEN 'Second reminder for invoice BP-2025-0' || (100 + t.k)::text || '.' ELSE '' END AS body) x;

CREATE TABLE "taskTarget" (
    id uuid NOT NULL PRIMARY KEY,
    "taskId" uuid REFERENCES task (id) ON DELETE CASCADE,
    "personId" uuid REFERENCES person (id) ON DELETE CASCADE,
    "companyId" uuid REFERENCES company (id) ON DELETE CASCADE,
    "opportunityId" uuid REFERENCES opportunity (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "taskTarget"
SELECT tgen.u4('tkt', t.k), tgen.u4('tk', t.k), CASE WHEN t.kind IN (0, 1, 2, 5) THEN tgen.u4('pe', t.pe) END,
       CASE WHEN t.kind = 4 THEN tgen.u4('co', 1 + t.k % 60) END, CASE WHEN t.kind = 3 THEN tgen.u4('op', 1 + t.k % 130) END,
       tgen.at('tkcr', t.k, '2024-06-01', '2025-03-01'), tgen.at('tkcr', t.k, '2024-06-01', '2025-03-01'), NULL
FROM tgen.tk t;

CREATE TABLE attachment (
    id uuid NOT NULL PRIMARY KEY,
    name text,
    "fullPath" text,
    type text,
    "authorId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "taskId" uuid REFERENCES task (id) ON DELETE CASCADE,
    "noteId" uuid REFERENCES note (id) ON DELETE CASCADE,
    "personId" uuid REFERENCES person (id) ON DELETE CASCADE,
    "companyId" uuid REFERENCES company (id) ON DELETE CASCADE,
    "opportunityId" uuid REFERENCES opportunity (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO attachment
SELECT tgen.u4('att', a.k), x.fname, 'attachment/' || tgen.u4('attf', a.k) || '.' || x.ext, x.type,
       tgen.u4('wm', 1 + a.k % 12), NULL, CASE WHEN a.k % 10 = 0 THEN tgen.u4('nt', a.k) END,
       CASE WHEN a.kind < 5 THEN tgen.u4('pe', p.i) END, CASE WHEN a.kind = 5 THEN tgen.u4('co', 1 + a.k % 60) END, CASE WHEN a.kind = 6 THEN tgen.u4('op', 1 + a.k % 130) END,
       tgen.at('attcr', a.k, '2024-05-01', '2025-03-01'), tgen.at('attcr', a.k, '2024-05-01', '2025-03-01'), NULL
FROM (SELECT k, fixture_gen.n('attkind', k, 7) AS kind, 31 + fixture_gen.n('attpe', k, 170) AS pe FROM generate_series(1, 110) k) a
JOIN tgen.pp p ON p.i = a.pe
CROSS JOIN LATERAL (SELECT CASE a.kind WHEN 0 THEN 'CV_' || replace(p.f, ' ', '_') || '_' || replace(p.l, ' ', '_') || '_2025.pdf'
                                       WHEN 1 THEN 'passport_' || tgen.fold(p.l) || '.jpg'
                                       WHEN 2 THEN 'Offer letter - ' || p.f || ' ' || p.l || ' (signed).pdf'
                                       WHEN 3 THEN 'IMG_' || fixture_gen.digits('attimg', a.k, 4) || '.HEIC'
                                       WHEN 4 THEN 'Payslip ' || p.l || ' ' || to_char(tgen.at('attps', a.k, '2024-09-01', '2025-02-01'), 'Mon YYYY') || '.pdf'
                                       WHEN 5 THEN 'Master services agreement v' || (1 + a.k % 4)::text || '.docx'
                                       ELSE 'Fee proposal ' || (2024 + a.k % 2)::text || '.xlsx' END AS fname,
                           CASE a.kind WHEN 1 THEN 'jpg' WHEN 3 THEN 'heic' WHEN 5 THEN 'docx' WHEN 6 THEN 'xlsx' ELSE 'pdf' END AS ext,
                           CASE a.kind WHEN 1 THEN 'Image' WHEN 3 THEN 'Image' WHEN 6 THEN 'Spreadsheet' WHEN 5 THEN 'TextDocument' ELSE 'TextDocument' END AS type) x;

-- Timeline: record changes with before/after, and linked notes, tasks, emails and events.
CREATE TABLE "timelineActivity" (
    id uuid NOT NULL PRIMARY KEY,
    "happensAt" timestamp with time zone NOT NULL DEFAULT now(),
    name text NOT NULL DEFAULT '',
    properties jsonb,
    "linkedRecordCachedName" text NOT NULL DEFAULT '',
    "linkedRecordId" uuid,
    "linkedObjectMetadataId" uuid,
    "workspaceMemberId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "personId" uuid REFERENCES person (id) ON DELETE CASCADE,
    "companyId" uuid REFERENCES company (id) ON DELETE CASCADE,
    "opportunityId" uuid REFERENCES opportunity (id) ON DELETE CASCADE,
    "noteId" uuid REFERENCES note (id) ON DELETE CASCADE,
    "taskId" uuid REFERENCES task (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "timelineActivity"
SELECT tgen.u4('ta', k), x.at, x.name,
       CASE x.kind
         WHEN 0 THEN jsonb_build_object('diff', jsonb_build_object('emails', jsonb_build_object(
                       'before', jsonb_build_object('primaryEmail', p.pemail, 'additionalEmails', '[]'::jsonb),
                       'after', jsonb_build_object('primaryEmail', p.email, 'additionalEmails', jsonb_build_array(p.pemail)))))
         WHEN 1 THEN jsonb_build_object('diff', jsonb_build_object('phones', jsonb_build_object(
                       'before', jsonb_build_object('primaryPhoneNumber', tgen.natnum(p.cc, 'taold', k), 'primaryPhoneCountryCode', p.cc, 'primaryPhoneCallingCode', tgen.calling(p.cc)),
                       'after', jsonb_build_object('primaryPhoneNumber', p.num, 'primaryPhoneCountryCode', p.cc, 'primaryPhoneCallingCode', tgen.calling(p.cc)))))
         WHEN 2 THEN jsonb_build_object('after', jsonb_build_object('id', tgen.u4('pe', p.i), 'name', jsonb_build_object('firstName', p.f, 'lastName', p.l),
                       'emails', jsonb_build_object('primaryEmail', p.email), 'jobTitle', '', 'city', 'Lisbon', 'createdBy', jsonb_build_object('source', 'EMAIL', 'name', 'Gmail sync')))
         WHEN 3 THEN jsonb_build_object('diff', jsonb_build_object('stage', jsonb_build_object('before', 'MEETING', 'after', 'PROPOSAL')))
         WHEN 4 THEN NULL WHEN 6 THEN NULL WHEN 7 THEN NULL
         ELSE jsonb_build_object('diff', jsonb_build_object('jobTitle', jsonb_build_object('before', 'Data Engineer', 'after', 'Senior Data Engineer'),
                       'city', jsonb_build_object('before', fixture_gen.city('tacity', k), 'after', 'Lisbon'))) END,
       CASE x.kind WHEN 4 THEN (SELECT subject FROM message WHERE id = tgen.u4('ms', 1 + k % 320)) WHEN 6 THEN (SELECT title FROM note WHERE id = tgen.u4('nt', 1 + k % 160))
                   WHEN 7 THEN (SELECT title FROM "calendarEvent" WHERE id = tgen.u4('ev', 1 + k % 140)) ELSE '' END,
       CASE x.kind WHEN 4 THEN tgen.u4('ms', 1 + k % 320) WHEN 6 THEN tgen.u4('nt', 1 + k % 160) WHEN 7 THEN tgen.u4('ev', 1 + k % 140) END,
       CASE x.kind WHEN 4 THEN tgen.u4('om', 11) WHEN 6 THEN tgen.u4('om', 9) WHEN 7 THEN tgen.u4('om', 13) END,
       CASE WHEN x.kind IN (4, 7) THEN NULL ELSE tgen.u4('wm', 1 + k % 12) END,
       CASE WHEN x.kind <> 3 THEN tgen.u4('pe', p.i) END, NULL, CASE WHEN x.kind = 3 THEN tgen.u4('op', 1 + k % 130) END, NULL, NULL, x.at, x.at, NULL
FROM generate_series(1, 420) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 8 = 5 THEN 6 WHEN k % 8 = 7 THEN 7 ELSE fixture_gen.n('takind', k, 6) END AS kind,
                           tgen.at('taat', k, '2024-05-01', '2025-03-01') AS at) y
CROSS JOIN LATERAL (SELECT y.kind, y.at, CASE y.kind WHEN 2 THEN 'person.created' WHEN 3 THEN 'opportunity.updated' WHEN 4 THEN 'message.linked'
                                                    WHEN 6 THEN 'linked-note.created' WHEN 7 THEN 'calendarEvent.linked' ELSE 'person.updated' END AS name) x
JOIN tgen.pp p ON p.i = 1 + fixture_gen.n('tape', k, 230);

CREATE TABLE "auditLog" (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    properties jsonb,
    context jsonb,
    "objectName" text NOT NULL DEFAULT '',
    "objectMetadataId" uuid,
    "recordId" uuid,
    "workspaceMemberId" uuid REFERENCES "workspaceMember" (id) ON DELETE SET NULL,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "auditLog"
SELECT tgen.u4('al', k), x.obj || '.' || x.act,
       CASE WHEN x.obj = 'person' AND x.act = 'updated' THEN jsonb_build_object('diff', jsonb_build_object('name', jsonb_build_object(
                'before', jsonb_build_object('firstName', p.f, 'lastName', fixture_gen.last_name('alold', k)), 'after', jsonb_build_object('firstName', p.f, 'lastName', p.l))))
            WHEN x.obj = 'person' THEN jsonb_build_object('before', jsonb_build_object('id', tgen.u4('pe', p.i), 'name', jsonb_build_object('firstName', p.f, 'lastName', p.l),
                'emails', jsonb_build_object('primaryEmail', p.email), 'phones', jsonb_build_object('primaryPhoneNumber', p.num, 'primaryPhoneCallingCode', tgen.calling(p.cc))))
            WHEN x.obj = 'company' THEN jsonb_build_object('diff', jsonb_build_object('employees', jsonb_build_object('before', 40, 'after', 65)))
            ELSE jsonb_build_object('diff', jsonb_build_object('stage', jsonb_build_object('before', 'NEW', 'after', 'SCREENING'))) END,
       jsonb_build_object('ip', CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('alip', k) ELSE fixture_gen.ipv4('alip', k) END,
                          'userAgent', fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
                                                             'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0',
                                                             'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
                                                             'Twenty-Zapier/1.4 (+https://zapier.com)'], 'alua', k)),
       x.obj, tgen.u4('om', CASE x.obj WHEN 'person' THEN 1 WHEN 'company' THEN 2 ELSE 3 END),
       CASE x.obj WHEN 'person' THEN tgen.u4('pe', p.i) WHEN 'company' THEN tgen.u4('co', 1 + k % 70) ELSE tgen.u4('op', 1 + k % 130) END,
       tgen.u4('wm', 1 + k % 12), x.at, x.at, NULL
FROM generate_series(1, 220) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['person', 'person', 'company', 'opportunity'], 'alobj', k) AS obj,
                           fixture_gen.pick(ARRAY['updated', 'updated', 'deleted'], 'alact', k) AS act, tgen.at('alat', k, '2024-09-01', '2025-03-01') AS at) x
JOIN tgen.pp p ON p.i = 1 + fixture_gen.n('alpe', k, 230);

CREATE TABLE view (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    "objectMetadataId" uuid NOT NULL,
    type text NOT NULL DEFAULT 'table',
    key text,
    icon text,
    "kanbanFieldMetadataId" text NOT NULL DEFAULT '',
    position double precision,
    "isCompact" boolean NOT NULL DEFAULT false,
    "openRecordIn" text NOT NULL DEFAULT 'SIDE_PANEL',
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO view
SELECT tgen.u4('vw', k), v.name, tgen.u4('om', v.om), v.type, CASE WHEN v.name LIKE 'All %' THEN 'INDEX' END, v.icon,
       CASE WHEN v.type = 'kanban' THEN tgen.u4('fmstage', 1)::text ELSE '' END, k * 1.0, k = 7, 'SIDE_PANEL',
       tgen.at('vwcr', k, '2024-03-10', '2024-12-01'), tgen.at('vwup', k, '2024-12-01', '2025-03-01'), NULL
FROM (VALUES (1, 'All People', 1, 'table', 'IconList'), (2, 'All Companies', 2, 'table', 'IconList'), (3, 'All Opportunities', 3, 'table', 'IconList'),
             (4, 'By Stage', 3, 'kanban', 'IconLayoutKanban'), (5, 'Candidates – Lisbon', 1, 'table', 'IconUsers'), (6, 'Open relocations', 1, 'table', 'IconPlane'),
             (7, 'Needs visa', 20, 'table', 'IconId'), (8, 'All Candidates', 20, 'table', 'IconList'), (9, 'All Notes', 9, 'table', 'IconList'),
             (10, 'All Tasks', 10, 'table', 'IconList'), (11, 'My tasks', 10, 'table', 'IconUserCheck'), (12, 'ICP companies', 2, 'table', 'IconTarget'),
             (13, 'Survey results', 21, 'table', 'IconList'), (14, 'Hot candidates', 20, 'kanban', 'IconFlame')) v(k, name, om, type, icon);

CREATE TABLE "viewField" (
    id uuid NOT NULL PRIMARY KEY,
    "fieldMetadataId" uuid NOT NULL,
    "isVisible" boolean NOT NULL DEFAULT true,
    size integer NOT NULL DEFAULT 0,
    position double precision NOT NULL DEFAULT 0,
    "viewId" uuid REFERENCES view (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "viewField"
SELECT tgen.u4('vf', v * 100 + f), tgen.u4('fm', v * 100 + f), fixture_gen.n('vfvis', v * 100 + f, 5) <> 0,
       (ARRAY[100, 150, 180, 210])[1 + fixture_gen.n('vfsize', v * 100 + f, 4)], f, tgen.u4('vw', v),
       tgen.at('vwcr', v, '2024-03-10', '2024-12-01'), tgen.at('vfup', v * 100 + f, '2024-12-01', '2025-03-01'), NULL
FROM generate_series(1, 14) v, generate_series(1, 9) f;

CREATE TABLE "viewFilter" (
    id uuid NOT NULL PRIMARY KEY,
    "fieldMetadataId" uuid NOT NULL,
    operand text NOT NULL DEFAULT 'Contains',
    value text NOT NULL,
    "displayValue" text NOT NULL DEFAULT '',
    "viewId" uuid REFERENCES view (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "viewFilter"
SELECT tgen.u4('vfl', k), tgen.u4('fm', 100 + k), f.operand, f.value, f.display, tgen.u4('vw', f.v),
       tgen.at('vflcr', k, '2024-06-01', '2025-03-01'), tgen.at('vflcr', k, '2024-06-01', '2025-03-01'), CASE WHEN k > 14 THEN tgen.at('vfldel', k, '2025-01-01', '2025-03-01') END
FROM (SELECT k, CASE WHEN k <= 6 THEN (ARRAY[5, 6, 7, 11, 12, 14])[k] ELSE 1 + k % 14 END AS v FROM generate_series(1, 24) k) s
CROSS JOIN LATERAL (SELECT s.v, CASE WHEN s.k = 1 THEN 'contains' WHEN s.k = 4 THEN 'is' WHEN s.k % 3 = 0 THEN 'is' ELSE 'contains' END AS operand,
       CASE WHEN s.k = 1 THEN 'Lisbon' WHEN s.k = 2 THEN 'NEEDS_SPONSORSHIP' WHEN s.k = 3 THEN '["NEEDS_SPONSORSHIP","BLUE_CARD"]'
            WHEN s.k = 4 THEN '{"isCurrentWorkspaceMemberSelected":true,"selectedRecordIds":[]}' WHEN s.k = 5 THEN '["YES"]'
            WHEN s.k % 3 = 0 THEN '["' || tgen.u4('pe', 31 + s.k)::text || '"]'
            WHEN s.k % 3 = 1 THEN (SELECT email FROM tgen.pp WHERE i = 31 + s.k * 3)
            ELSE (SELECT l FROM tgen.pp WHERE i = 40 + s.k * 5) END AS value,
       CASE WHEN s.k = 1 THEN 'Lisbon' WHEN s.k = 2 THEN 'Needs sponsorship' WHEN s.k = 3 THEN 'Needs sponsorship, Blue Card' WHEN s.k = 4 THEN 'Me'
            WHEN s.k = 5 THEN 'Yes'
            WHEN s.k % 3 = 0 THEN (SELECT f || ' ' || l FROM tgen.pp WHERE i = 31 + s.k)
            WHEN s.k % 3 = 1 THEN (SELECT email FROM tgen.pp WHERE i = 31 + s.k * 3)
            ELSE (SELECT l FROM tgen.pp WHERE i = 40 + s.k * 5) END AS display) f;

CREATE TABLE favorite (
    id uuid NOT NULL PRIMARY KEY,
    position double precision NOT NULL DEFAULT 0,
    "workspaceMemberId" uuid REFERENCES "workspaceMember" (id) ON DELETE CASCADE,
    "personId" uuid REFERENCES person (id) ON DELETE CASCADE,
    "companyId" uuid REFERENCES company (id) ON DELETE CASCADE,
    "opportunityId" uuid REFERENCES opportunity (id) ON DELETE CASCADE,
    "viewId" uuid REFERENCES view (id) ON DELETE CASCADE,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO favorite
SELECT tgen.u4('fav', k), k % 6, tgen.u4('wm', 1 + k % 12),
       CASE WHEN k % 4 = 0 THEN tgen.u4('pe', 31 + k) END, CASE WHEN k % 4 = 1 THEN tgen.u4('co', 1 + k % 60) END,
       CASE WHEN k % 4 = 2 THEN tgen.u4('op', 1 + k % 130) END, CASE WHEN k % 4 = 3 THEN tgen.u4('vw', 1 + k % 14) END,
       tgen.at('favcr', k, '2024-05-01', '2025-03-01'), tgen.at('favcr', k, '2024-05-01', '2025-03-01'), NULL
FROM generate_series(1, 60) k;

CREATE TABLE webhook (
    id uuid NOT NULL PRIMARY KEY,
    "targetUrl" text NOT NULL,
    operations text[] NOT NULL DEFAULT '{*.*}',
    description text,
    secret text NOT NULL,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO webhook
SELECT tgen.u4('wh', k), w.url, w.ops, w.descr, fixture_gen.hexn('whsec', k, 64),
       tgen.at('whcr', k, '2024-06-01', '2025-01-01'), tgen.at('whup', k, '2025-01-01', '2025-03-01'), CASE WHEN k = 6 THEN tgen.at('whdel', k, '2025-01-01', '2025-03-01') END
FROM (VALUES
  (1, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whzap', 1, 8) || '/' || fixture_gen.chars('whzap2', 1, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/', ARRAY['person.created', 'person.updated'], 'New candidates to Mailchimp'),
  (2, 'https://n8n.brightpath-talent.com/webhook/' || tgen.u4('whn8n', 2)::text, ARRAY['opportunity.updated'], 'Placement won -> invoice in Moloni'),
  (3, 'https://hook.eu2.make.com/' || fixture_gen.chars('whmake', 3, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), ARRAY['*.*'], 'Backup to Google Sheets'),
  (4, 'https://api.brightpath-talent.com/twenty/events', ARRAY['company.created', 'company.updated'], 'Careers site sync'),
  (5, 'https://webhook.site/' || tgen.u4('whsite', 5)::text, ARRAY['*.*'], 'testing'),
  (6, 'https://hooks.slack.com/services/T' || upper(tgen.rs('whsl1', 6, 10)) || '/B' || upper(tgen.rs('whsl2', 6, 10)) || '/' || tgen.rs('whsl3', 6, 24), ARRAY['opportunity.created'], 'Old Slack alert')) w(k, url, ops, descr);

CREATE TABLE "apiKey" (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    "expiresAt" timestamp with time zone NOT NULL,
    "revokedAt" timestamp with time zone,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "apiKey"
SELECT tgen.u4('ak', k), n, tgen.at('akex', k, '2025-06-01', '2099-12-31'), CASE WHEN k IN (2, 5) THEN tgen.at('akrv', k, '2024-12-01', '2025-03-01') END,
       tgen.at('akcr', k, '2024-04-01', '2024-12-01'), tgen.at('akup', k, '2024-12-01', '2025-03-01'), NULL
FROM (VALUES (1, 'Zapier'), (2, 'Make (old)'), (3, 'n8n'), (4, 'Careers website'), (5, 'Metabase import'), (6, 'Data warehouse sync'), (7, 'LinkedIn extension')) a(k, n);

-- Custom objects the agency added in Settings > Data model.
CREATE TYPE "_candidate_nationality_enum" AS ENUM ('PORTUGUESE', 'BRAZILIAN', 'INDIAN', 'NIGERIAN', 'TURKISH', 'GERMAN', 'POLISH', 'JAPANESE', 'OTHER');
CREATE TYPE "_candidate_workPermit_enum" AS ENUM ('EU_CITIZEN', 'BLUE_CARD', 'D3_VISA', 'NEEDS_SPONSORSHIP');
CREATE TYPE "_candidate_stage_enum" AS ENUM ('SOURCED', 'SCREENED', 'SUBMITTED', 'INTERVIEWING', 'OFFER', 'PLACED', 'REJECTED');
CREATE TABLE "_candidate" (
    id uuid NOT NULL PRIMARY KEY,
    "nameFirstName" text NOT NULL DEFAULT '',
    "nameLastName" text NOT NULL DEFAULT '',
    "emailsPrimaryEmail" text,
    "emailsAdditionalEmails" jsonb,
    "phonesPrimaryPhoneNumber" text,
    "phonesPrimaryPhoneCountryCode" text,
    "phonesPrimaryPhoneCallingCode" text,
    "phonesAdditionalPhones" jsonb,
    "birthDate" date,
    nationality "_candidate_nationality_enum",
    "workPermit" "_candidate_workPermit_enum",
    "expectedSalaryAmountMicros" numeric,
    "expectedSalaryCurrencyCode" text,
    "noticePeriodWeeks" double precision,
    "resumeLinkPrimaryLinkUrl" text,
    "resumeLinkPrimaryLinkLabel" text,
    "resumeLinkSecondaryLinks" jsonb,
    "interviewNotes" text,
    stage "_candidate_stage_enum" DEFAULT 'SOURCED',
    rating text,
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "personId" uuid REFERENCES person (id) ON DELETE SET NULL,
    "targetCompanyId" uuid REFERENCES company (id) ON DELETE SET NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, COALESCE("nameFirstName", '') || ' ' || COALESCE("nameLastName", '') || ' '
        || COALESCE("emailsPrimaryEmail", '') || ' ' || COALESCE("phonesPrimaryPhoneNumber", ''))) STORED,
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "_candidate" (id, "nameFirstName", "nameLastName", "emailsPrimaryEmail", "emailsAdditionalEmails", "phonesPrimaryPhoneNumber", "phonesPrimaryPhoneCountryCode",
    "phonesPrimaryPhoneCallingCode", "phonesAdditionalPhones", "birthDate", nationality, "workPermit", "expectedSalaryAmountMicros", "expectedSalaryCurrencyCode",
    "noticePeriodWeeks", "resumeLinkPrimaryLinkUrl", "resumeLinkPrimaryLinkLabel", "resumeLinkSecondaryLinks", "interviewNotes", stage, rating, position,
    "createdBySource", "createdByWorkspaceMemberId", "createdByName", "personId", "targetCompanyId", "createdAt", "updatedAt", "deletedAt")
SELECT tgen.u4('cand', p.i), p.f, p.l, p.pemail, CASE WHEN p.co IS NOT NULL THEN jsonb_build_array(p.email) ELSE '[]'::jsonb END,
       p.num, p.cc, tgen.calling(p.cc), '[]'::jsonb, fixture_gen.birth_date('canddob', p.i) + 7300,
       (CASE p.cc WHEN 'PT' THEN 'PORTUGUESE' WHEN 'BR' THEN 'BRAZILIAN' WHEN 'IN' THEN 'INDIAN' WHEN 'NG' THEN 'NIGERIAN' WHEN 'TR' THEN 'TURKISH' WHEN 'DE' THEN 'GERMAN'
                  WHEN 'PL' THEN 'POLISH' WHEN 'JP' THEN 'JAPANESE' ELSE 'OTHER' END)::"_candidate_nationality_enum",
       (CASE WHEN p.cc IN ('PT', 'DE', 'PL', 'FR', 'ES') THEN 'EU_CITIZEN' WHEN p.i % 3 = 0 THEN 'BLUE_CARD' WHEN p.i % 3 = 1 THEN 'D3_VISA' ELSE 'NEEDS_SPONSORSHIP' END)::"_candidate_workPermit_enum",
       ((55 + fixture_gen.n('candsal', p.i, 70)) * 1000)::numeric * 1000000, 'EUR', (ARRAY[2, 4, 4, 8, 12, 13])[1 + p.i % 6],
       CASE WHEN p.i % 3 <> 2 THEN 'https://drive.google.com/file/d/1' || tgen.url64('candcv', p.i, 32) || '/view?usp=sharing' END,
       CASE WHEN p.i % 3 <> 2 THEN 'CV ' || p.f || ' ' || p.l ELSE '' END, '[]'::jsonb,
       CASE WHEN p.i % 4 = 0 THEN '' ELSE fixture_gen.pick(ARRAY[
            'Solid system design, weak on testing. Asked about parental leave twice, has two kids.',
            'Very strong. Currently at ' || coalesce((SELECT name FROM tgen.co WHERE i = p.co), 'a bank') || ', manager is ' || fixture_gen.full_name('candmgr', p.i) || '. Do not contact the current employer.',
            'Mentioned a chronic back condition, needs a standing desk. Wants to live near the Lisbon office in Alcântara.',
            'Spouse ' || fixture_gen.full_name('candsp', p.i) || ' also looking, data analyst. Good English, basic Portuguese.',
            'Rejected by the client after the final round: culture fit.'], 'candnotes', p.i) END,
       (ARRAY['SOURCED', 'SCREENED', 'SUBMITTED', 'INTERVIEWING', 'OFFER', 'PLACED', 'REJECTED'])[1 + fixture_gen.n('candst', p.i, 7)]::"_candidate_stage_enum",
       (ARRAY['RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5'])[1 + fixture_gen.n('candrt', p.i, 5)], p.i * 1.0,
       'MANUAL', tgen.u4('wm', 1 + p.i % 12), (SELECT f || ' ' || l FROM tgen.cu WHERE i = 1 + p.i % 12), tgen.u4('pe', p.i),
       CASE WHEN p.i % 2 = 0 THEN tgen.u4('co', 1 + p.i % 60) END,
       tgen.at('candcr', p.i, '2024-05-01', '2025-02-01'), tgen.at('candup', p.i, '2025-02-01', '2025-03-01'), NULL
FROM tgen.pp p WHERE p.i BETWEEN 31 AND 200 AND p.i % 2 = 1;

CREATE TABLE "_surveyResult" (
    id uuid NOT NULL PRIMARY KEY,
    name text,
    score double precision,
    "percentageOfCompletion" double precision,
    participants double precision,
    "averageEstimatedNumberOfAtomsInTheUniverse" double precision,
    comments text,
    "shortNotes" text,
    position double precision,
    "createdBySource" text NOT NULL DEFAULT 'MANUAL',
    "createdByWorkspaceMemberId" uuid,
    "createdByName" text NOT NULL DEFAULT '',
    "createdAt" timestamp with time zone NOT NULL DEFAULT now(),
    "updatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "deletedAt" timestamp with time zone
);
INSERT INTO "_surveyResult"
SELECT tgen.u4('sr', k), fixture_gen.pick(ARRAY['Candidate NPS', 'Client NPS', 'Relocation satisfaction', 'Onboarding survey'], 'srname', k) || ' – ' || to_char(tgen.at('srat', k, '2024-06-01', '2025-03-01'), 'Mon YYYY'),
       fixture_gen.n('srscore', k, 11), fixture_gen.n('srpct', k, 101) / 100.0, 1, 0,
       CASE WHEN k % 5 = 4 THEN '' ELSE fixture_gen.pick(ARRAY[
            'Beatriz from your team was amazing, she even found a school for my daughter. Anyone can call me for a reference: ' || fixture_gen.phone('srph', k),
            'The apartment in ' || fixture_gen.street('srst', k) || ' had mould and nobody answered my emails for a week.',
            'Process was quick, offer came in 3 weeks.',
            'My recruiter ' || fixture_gen.full_name('srrec', k) || ' kept calling me at work, please stop.',
            'Good communication overall.',
            'I am ' || fixture_gen.full_name('srme', k) || ', the visa support was great but the relocation allowance was paid late.'], 'srcom', k) END,
       fixture_gen.pick(ARRAY['follow up', 'promoter', 'detractor – call back', 'anonymous', ''], 'srsn', k), k * 1.0, 'API', NULL, 'Typeform',
       tgen.at('srat', k, '2024-06-01', '2025-03-01'), tgen.at('srat', k, '2024-06-01', '2025-03-01'), NULL
FROM generate_series(1, 90) k;

RESET search_path;

-- ---------------------------------------------------------------------
SET client_min_messages = warning;
DROP SCHEMA tgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
