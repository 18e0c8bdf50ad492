-- classify-eval fixture (HOLDOUT 34: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Formbricks 3.x survey and experience-management instance on
-- PostgreSQL in the naming its Prisma migrations create: PascalCase model
-- tables quoted ("User", "Organization", "Survey", "Response", "Contact",
-- "ContactAttribute", ...), camelCase quoted columns beside NextAuth's
-- snake_case ones in "Account", cuid text keys (25 characters starting with
-- c), timestamp(3) "createdAt"/"updatedAt", jsonb for Json (and jsonb[] for
-- the survey endings), Prisma enums as PostgreSQL enum types (and arrays of
-- them), "_prisma_migrations" and Formbricks's own "DataMigration" log.
-- ("Document"'s pgvector embedding column is left out: it needs an
-- extension.)
--
-- Movewell, a physiotherapy and rehab app company in Manchester with a
-- clinic network in Germany, runs it at feedback.movewell.example for its
-- app's in-app NPS and churn surveys, clinic patient-experience link
-- surveys, website feedback and a research panel; a UX agency and two
-- freelancers have their own organizations on the same instance. Staff
-- users with bcrypt hashes, encrypted TOTP secrets and backup codes,
-- Google and Entra ID accounts with their tokens; organizations whose
-- billing JSON keeps the Stripe customer; invites; hashed API keys; surveys
-- whose questions and endings are only copy, some protected by a PIN or
-- shared by a result key; responses whose data JSON holds patients' and
-- users' answers (ratings and choices beside free text naming people,
-- emails, phones, addresses and health details, and contact-info answers),
-- whose meta JSON holds the user agent, country and the survey URL with
-- hidden fields carrying emails, and whose contactAttributes JSON holds the
-- contact as it was; team notes on responses; contacts known by the app's
-- own user ids (some of them emails) and a key/value attribute table with
-- emails, names, phones, companies, plans, injury areas and signup dates;
-- webhooks whose Zapier, Make and n8n URLs are the credential; integrations
-- whose config holds Google Sheets, Slack, Notion and Airtable tokens;
-- no-code actions with page URLs and CSS selectors; segments whose filters
-- mostly hold plans and domains and a few name testers' emails; follow-up
-- emails with staff reply-to addresses; AI documents of open-text answers
-- and the insights drawn from them.
-- Beside it Movewell's own schema "research" (Formbricks's own tables hold
-- 283 columns; these 144 are the operator's, not the application's): a
-- research panel with incentives paid, interviews with
-- meeting links and recordings, survey e-mail distribution with personal
-- links, a CRM export of responses, a webhook inbox, GDPR deletion
-- requests, a staff directory, backup runs and a key/value settings table
-- with the deployment's secrets.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA fbgen;

-- cuid: a Prisma cuid() (25 characters, starting with c).
CREATE FUNCTION fbgen.cuid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'c' || fixture_gen.chars(tag || 'p', i, 1, 'lm') || fixture_gen.chars(tag, i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

CREATE FUNCTION fbgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

-- enc: what Formbricks's symmetricEncrypt writes (hex IV, a colon, hex ciphertext).
CREATE FUNCTION fbgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag || 'iv', i, 32) || ':' || fixture_gen.hexn(tag, i, len) $$;

-- at: a time between lo and lo + days, as Prisma's timestamp(3).
CREATE FUNCTION fbgen.at(tag text, i bigint, lo timestamp, days int) RETURNS timestamp(3)
LANGUAGE sql IMMUTABLE AS $$ SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, days * 86400)) + make_interval(secs => fixture_gen.n(tag || 'ms', i, 1000) / 1000.0))::timestamp(3) $$;

CREATE FUNCTION fbgen.iso(t timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

CREATE FUNCTION fbgen.first(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'w', i, 3) = 0 THEN fixture_gen.pick(ARRAY['Grzegorz', 'Małgorzata', 'Niamh', 'Ruairí', 'Oluwaseun', 'Adaeze', 'Samira', 'Tariq', 'Sakura',
    'Ren', 'Xiaoling', 'Zhiwei', 'Camila', 'Thiago', 'Solveig', 'Henrik', 'Mariam', 'Ibrahim', 'Vikram', 'Lakshmi', 'Huong', 'Quang', 'Yael', 'Avi', 'Efua', 'Kojo'], tag, i)
  ELSE fixture_gen.first_name(tag, i) END
$$;

CREATE FUNCTION fbgen.last(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'w', i, 3) = 0 THEN fixture_gen.pick(ARRAY['Zielińska', 'Ó Súilleabháin', 'Fitzgerald', 'Obi', 'Nwachukwu', 'Rahman', 'Siddiqui', 'Kobayashi',
    'Yamamoto', 'Chen', 'Liu', 'Oliveira', 'Ferreira', 'Bergström', 'Solberg', 'Hussein', 'Krishnan', 'Nair', 'Nguyễn', 'Hoàng', 'Cohen', 'Friedman', 'Owusu', 'Appiah'], tag, i)
  ELSE fixture_gen.last_name(tag, i) END
$$;

CREATE FUNCTION fbgen.mail(first text, last text, tag text, i bigint, dom text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
    WHEN 1 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
    WHEN 2 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 97)::text
    ELSE fixture_gen.ascii(first) || '_' || substr(fixture_gen.ascii(last), 1, 4) END || '@'
    || coalesce(dom, fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'yahoo.com', 'proton.me', 'web.de', 'gmx.de', 't-online.de', 'btinternet.com', 'live.co.uk', 'orange.fr'], tag || 'd', i))
$$;

CREATE FUNCTION fbgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
    'Mozilla/5.0 (Linux; Android 13; Pixel 6a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36',
    'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'], tag, i)
$$;

-- Staff of the instance's organizations (Formbricks users). 1-22: Movewell,
-- 23-28: the UX agency Northbeam Studio, 29-30: freelancers.
CREATE TABLE fbgen.u (i int PRIMARY KEY, first text, last text, name text, email text, org int, idp text);
INSERT INTO fbgen.u
SELECT i, f, l, f || ' ' || l,
       CASE WHEN o IN (1, 2) THEN fbgen.mail(f, l, 'um', i, 'movewell.example') WHEN o = 3 THEN fixture_gen.ascii(f) || '@northbeam.studio' ELSE fbgen.mail(f, l, 'um', i, NULL) END,
       o, CASE WHEN o IN (1, 2) AND i % 3 = 0 THEN 'google' WHEN o = 2 AND i % 3 = 1 THEN 'azuread' WHEN o = 3 AND i % 2 = 0 THEN 'github' ELSE 'email' END
FROM generate_series(1, 30) i
CROSS JOIN LATERAL (SELECT fbgen.first('uf', i) AS f, fbgen.last('ul', i) AS l, CASE WHEN i <= 16 THEN 1 WHEN i <= 22 THEN 2 WHEN i <= 28 THEN 3 ELSE i - 25 END AS o) x;

-- Respondents: the app's users and clinics' patients, 1-420.
CREATE TABLE fbgen.p (i int PRIMARY KEY, first text, last text, name text, email text, phone text, street text, city text, postcode text, dob date, country text, app_uid text);
INSERT INTO fbgen.p
SELECT i, f, l, f || ' ' || l, fbgen.mail(f, l, 'pm', i, NULL), fixture_gen.phone('pp', i), fixture_gen.street('ps', i), fixture_gen.city('pc', i), fixture_gen.postcode('pz', i),
       fixture_gen.birth_date('pb', i), fixture_gen.pick(ARRAY['GB', 'GB', 'GB', 'DE', 'DE', 'IE', 'NL', 'FR', 'ES', 'PL', 'IN', 'US'], 'pco', i),
       CASE fixture_gen.n('puid', i, 3) WHEN 0 THEN 'usr_' || fbgen.rnd('puid', i, 16) WHEN 1 THEN fixture_gen.uuid('puid', i) ELSE (100000 + i * 37)::text END
FROM generate_series(1, 420) i CROSS JOIN LATERAL (SELECT fbgen.first('pf', i) AS f, fbgen.last('pl', i) AS l) x;

-- Organizations, projects and environments (two per project).
CREATE TABLE fbgen.o (k int PRIMARY KEY, name text);
INSERT INTO fbgen.o VALUES (1, 'Movewell'), (2, 'Movewell Kliniken GmbH'), (3, 'Northbeam Studio'), (4, 'Ikenna Obi''s Organization'), (5, 'Sakura Yamamoto');

CREATE TABLE fbgen.pr (k int PRIMARY KEY, org int, name text, channel text);
INSERT INTO fbgen.pr VALUES
  (1, 1, 'Movewell App', 'app'), (2, 1, 'movewell.example website', 'website'), (3, 1, 'Research Panel', 'link'),
  (4, 2, 'Patientenerfahrung Kliniken', 'link'), (5, 2, 'Kliniken Website', 'website'),
  (6, 3, 'Client: Harbourline Lettings', 'link'), (7, 3, 'Northbeam internal', 'link'),
  (8, 4, 'My Product', 'app'), (9, 5, 'Thesis survey', 'link');

-- ---------------------------------------------------------------------------
-- Enums as Prisma creates them.

CREATE TYPE "IdentityProvider" AS ENUM ('email', 'github', 'google', 'azuread', 'openid', 'saml');
CREATE TYPE "Role" AS ENUM ('project_manager', 'engineer', 'founder', 'marketing_specialist', 'other');
CREATE TYPE "Objective" AS ENUM ('increase_conversion', 'improve_user_retention', 'increase_user_adoption', 'sharpen_marketing_messaging', 'support_sales', 'other');
CREATE TYPE "OrganizationRole" AS ENUM ('owner', 'manager', 'member', 'billing');
CREATE TYPE "MembershipRole" AS ENUM ('owner', 'admin', 'editor', 'developer', 'viewer');
CREATE TYPE "TeamUserRole" AS ENUM ('admin', 'contributor');
CREATE TYPE "ProjectTeamPermission" AS ENUM ('read', 'readWrite', 'manage');
CREATE TYPE "EnvironmentType" AS ENUM ('production', 'development');
CREATE TYPE "WidgetPlacement" AS ENUM ('bottomLeft', 'bottomRight', 'topLeft', 'topRight', 'center');
CREATE TYPE "SurveyType" AS ENUM ('link', 'web', 'website', 'app');
CREATE TYPE "SurveyStatus" AS ENUM ('draft', 'scheduled', 'inProgress', 'paused', 'completed');
CREATE TYPE "displayOptions" AS ENUM ('displayOnce', 'displayMultiple', 'displaySome', 'respondMultiple');
CREATE TYPE "DisplayStatus" AS ENUM ('seen', 'responded');
CREATE TYPE "ContactAttributeType" AS ENUM ('default', 'custom');
CREATE TYPE "WebhookSource" AS ENUM ('user', 'zapier', 'make', 'n8n');
CREATE TYPE "PipelineTriggers" AS ENUM ('responseCreated', 'responseUpdated', 'responseFinished');
CREATE TYPE "IntegrationType" AS ENUM ('googleSheets', 'notion', 'airtable', 'slack');
CREATE TYPE "ActionType" AS ENUM ('code', 'noCode', 'automatic');
CREATE TYPE "ApiKeyPermission" AS ENUM ('read', 'write', 'manage');
CREATE TYPE "DataMigrationStatus" AS ENUM ('pending', 'applied', 'failed');
CREATE TYPE "InsightCategory" AS ENUM ('featureRequest', 'complaint', 'praise', 'other');
CREATE TYPE "Sentiment" AS ENUM ('positive', 'negative', 'neutral');

-- ---------------------------------------------------------------------------
-- Prisma's migration log and Formbricks's data migrations.

CREATE TABLE "_prisma_migrations" (
    "id" varchar(36) NOT NULL PRIMARY KEY, "checksum" varchar(64) NOT NULL, "finished_at" timestamptz, "migration_name" varchar(255) NOT NULL,
    "logs" text, "rolled_back_at" timestamptz, "started_at" timestamptz NOT NULL DEFAULT now(), "applied_steps_count" integer NOT NULL DEFAULT 0);
INSERT INTO "_prisma_migrations"
SELECT fixture_gen.uuid('mig', k), encode(sha256(convert_to('mig' || m, 'UTF8')), 'hex'),
       timestamptz '2023-02-10 09:00:00+00' + k * interval '9 days' + interval '3 seconds',
       to_char(date '2023-01-20' + (k * 9)::int, 'YYYYMMDD') || lpad((90000 + k * 4111 % 900000)::text, 6, '0') || '_' || m,
       CASE WHEN k = 33 THEN 'Migration failed: column "surveyId" of relation "SurveyAttributeFilter" contains null values (resolved with prisma migrate resolve --applied)' END, NULL,
       timestamptz '2023-02-10 09:00:00+00' + k * interval '9 days', 1
FROM unnest(ARRAY['init', 'add_survey_status', 'add_display', 'add_tags', 'add_response_notes', 'add_api_keys', 'add_webhooks', 'add_integrations', 'add_action_class',
  'add_survey_triggers', 'add_welcome_card', 'add_single_use', 'add_pin', 'add_result_share_key', 'add_hidden_fields', 'add_languages', 'add_survey_languages',
  'add_segments', 'add_organization', 'add_memberships_roles', 'add_styling', 'add_two_factor', 'add_identity_provider', 'add_notification_settings', 'add_ttc',
  'add_response_meta', 'add_endings', 'add_variables', 'add_follow_ups', 'add_documents_insights', 'add_teams', 'add_project_teams', 'add_contacts',
  'contact_attribute_keys', 'drop_person_attribute', 'org_api_keys', 'add_locale', 'add_last_login', 'add_is_active', 'add_recaptcha']) WITH ORDINALITY AS a(m, k);

CREATE TABLE "DataMigration" ("id" text NOT NULL PRIMARY KEY, "startedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "finishedAt" timestamp(3), "name" text NOT NULL UNIQUE,
    "status" "DataMigrationStatus" NOT NULL);
INSERT INTO "DataMigration"
SELECT fbgen.cuid('dm', k), fbgen.at('dms', k, timestamp '2024-03-01', 300), CASE WHEN k <> 9 THEN fbgen.at('dms', k, timestamp '2024-03-01', 300) + interval '41 seconds' END, m,
       CASE WHEN k = 9 THEN 'failed' ELSE 'applied' END::"DataMigrationStatus"
FROM unnest(ARRAY['20240207041922_advanced_targeting', '20240408084633_xm_user_identification', '20240611070000_update_endings', '20240712122244_product_config',
  '20240801120500_ttc_to_ms', '20240905091211_multi_language_defaults', '20241002100000_add_ending_ids', '20241115083000_teams_defaults',
  '20241209110456_migrate_people_to_contacts', '20241218091200_contact_attribute_keys', '20250117081015_org_level_api_keys', '20250210093000_survey_styling_v2']) WITH ORDINALITY AS a(m, k);

-- ---------------------------------------------------------------------------
-- Users, accounts, organizations, teams, invites.

CREATE TABLE "User" (
    "id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "name" text NOT NULL,
    "email" text NOT NULL UNIQUE, "emailVerified" timestamp(3), "imageUrl" text, "twoFactorSecret" text, "twoFactorEnabled" boolean NOT NULL DEFAULT false,
    "backupCodes" text, "password" text, "identityProvider" "IdentityProvider" NOT NULL DEFAULT 'email', "identityProviderAccountId" text,
    "role" "Role", "objective" "Objective", "notificationSettings" jsonb NOT NULL DEFAULT '{}', "locale" text NOT NULL DEFAULT 'en-US',
    "lastLoginAt" timestamp(3), "isActive" boolean NOT NULL DEFAULT true);
INSERT INTO "User"
SELECT fbgen.cuid('usr', u.i), fbgen.at('uc', u.i, timestamp '2023-03-01', 500), fbgen.at('uu', u.i, timestamp '2024-10-01', 150), u.name, u.email,
       CASE WHEN u.i % 11 <> 5 THEN fbgen.at('uev', u.i, timestamp '2023-03-02', 500) END,
       CASE WHEN u.idp = 'google' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || fbgen.rnd('uimg', u.i, 48) || '=s96-c'
            WHEN u.idp = 'github' THEN 'https://avatars.githubusercontent.com/u/' || (1000000 + u.i * 7919)::text || '?v=4'
            WHEN u.i % 4 = 1 THEN '/storage/' || fbgen.cuid('env', 1) || '/public/' || fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || '--fid--' || fixture_gen.uuid('uimgf', u.i) || '.jpg' END,
       CASE WHEN u.i % 4 IN (0, 1) THEN fbgen.enc('u2fa', u.i, 64) END, u.i % 4 = 0,
       CASE WHEN u.i % 4 IN (0, 1) THEN fbgen.enc('ubc', u.i, 320) END,
       CASE WHEN u.idp = 'email' THEN fixture_gen.bcrypt('upw', u.i) END, u.idp::"IdentityProvider",
       CASE u.idp WHEN 'google' THEN '1' || fixture_gen.digits('ugsub', u.i, 20) WHEN 'azuread' THEN fixture_gen.uuid('uaad', u.i) WHEN 'github' THEN (1000000 + u.i * 7919)::text END,
       (ARRAY['project_manager', 'engineer', 'founder', 'marketing_specialist', 'other', NULL])[1 + fixture_gen.n('urole', u.i, 6)]::"Role",
       (ARRAY['increase_conversion', 'improve_user_retention', 'increase_user_adoption', 'sharpen_marketing_messaging', 'support_sales', 'other', NULL])[1 + fixture_gen.n('uobj', u.i, 7)]::"Objective",
       jsonb_build_object('alert', jsonb_build_object(fbgen.cuid('srv', u.i % 40 + 1), true, fbgen.cuid('srv', (u.i * 3) % 40 + 1), u.i % 2 = 0),
                          'weeklySummary', jsonb_build_object(fbgen.cuid('prj', 1 + u.i % 9), u.i % 3 <> 0),
                          'unsubscribedOrganizationIds', CASE WHEN u.i % 7 = 0 THEN jsonb_build_array(fbgen.cuid('org', 3)) ELSE '[]'::jsonb END),
       CASE WHEN u.org = 2 THEN 'de-DE' WHEN u.i = 30 THEN 'ja-JP' WHEN u.i % 9 = 4 THEN 'en-GB' ELSE 'en-US' END,
       CASE WHEN u.i % 10 <> 7 THEN fbgen.at('ull', u.i, timestamp '2025-01-01', 60) END, u.i NOT IN (14, 27)
FROM fbgen.u u;

CREATE TABLE "Account" (
    "id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "userId" text NOT NULL,
    "type" text NOT NULL, "provider" text NOT NULL, "providerAccountId" text NOT NULL, "access_token" text, "refresh_token" text, "expires_at" integer,
    "ext_expires_in" integer, "token_type" text, "scope" text, "id_token" text, "session_state" text);
INSERT INTO "Account"
SELECT fbgen.cuid('acc', u.i), fbgen.at('uc', u.i, timestamp '2023-03-01', 500), fbgen.at('aup', u.i, timestamp '2024-11-01', 90), fbgen.cuid('usr', u.i),
       'oauth', u.idp, "identityProviderAccountId",
       CASE u.idp WHEN 'google' THEN 'ya29' || '.a0AcM612' || fbgen.rnd('aat', u.i, 140)
                  WHEN 'github' THEN 'gho_' || fbgen.rnd('aat', u.i, 36)
                  ELSE fixture_gen.jwt('aaat', u.i) END,
       CASE u.idp WHEN 'google' THEN '1//0' || fbgen.rnd('art', u.i, 40) || '-L9Ir' || fbgen.rnd('art2', u.i, 50)
                  WHEN 'azuread' THEN '0.AQ' || fbgen.rnd('art', u.i, 20) || '.' || fixture_gen.chars('art3', u.i, 300, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') END,
       (extract(epoch FROM fbgen.at('aexp', u.i, timestamp '2025-01-01', 60)))::int, CASE WHEN u.idp = 'azuread' THEN 3599 END, 'bearer',
       CASE u.idp WHEN 'google' THEN 'https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile openid'
                  WHEN 'github' THEN 'read:user,user:email' ELSE 'openid profile email offline_access User.Read' END,
       CASE WHEN u.idp <> 'github' THEN fixture_gen.jwt('aidt', u.i) END,
       CASE WHEN u.idp = 'azuread' THEN fixture_gen.uuid('asst', u.i) END
FROM fbgen.u u JOIN "User" x ON x.id = fbgen.cuid('usr', u.i) WHERE u.idp <> 'email';

CREATE TABLE "Organization" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "name" text NOT NULL, "billing" jsonb NOT NULL, "whitelabel" jsonb NOT NULL DEFAULT '{}', "isAIEnabled" boolean NOT NULL DEFAULT false);
INSERT INTO "Organization"
SELECT fbgen.cuid('org', o.k), fbgen.at('oc', o.k, timestamp '2023-03-01', 300), fbgen.at('ou', o.k, timestamp '2024-12-01', 60), o.name,
       jsonb_build_object('plan', CASE WHEN o.k <= 2 THEN 'enterprise' WHEN o.k = 3 THEN 'scale' ELSE 'free' END,
         'limits', jsonb_build_object('projects', CASE WHEN o.k <= 3 THEN NULL ELSE 3 END, 'monthly', jsonb_build_object('responses', CASE WHEN o.k <= 3 THEN NULL ELSE 1500 END, 'miu', CASE WHEN o.k <= 3 THEN NULL ELSE 2000 END)),
         'period', CASE WHEN o.k = 3 THEN 'yearly' ELSE 'monthly' END, 'periodStart', fbgen.iso(fbgen.at('ops', o.k, timestamp '2025-01-01', 28)),
         'stripeCustomerId', CASE WHEN o.k IN (1, 3, 4) THEN 'cus_' || fbgen.rnd('ocus', o.k, 14) END),
       CASE WHEN o.k IN (1, 2) THEN jsonb_build_object('logoUrl', 'https://cdn.movewell.example/brand/movewell-logo-' || CASE WHEN o.k = 2 THEN 'de' ELSE 'uk' END || '.svg')
            WHEN o.k = 3 THEN '{"logoUrl": "https://northbeam.studio/assets/logo-dark.png"}'::jsonb ELSE '{}'::jsonb END,
       o.k IN (1, 3)
FROM fbgen.o o;

CREATE TABLE "Membership" ("organizationId" text NOT NULL, "userId" text NOT NULL, "accepted" boolean NOT NULL DEFAULT false, "deprecatedRole" "MembershipRole",
    "role" "OrganizationRole" NOT NULL DEFAULT 'member', PRIMARY KEY ("userId", "organizationId"));
INSERT INTO "Membership"
SELECT fbgen.cuid('org', u.org), fbgen.cuid('usr', u.i), u.i % 13 <> 6,
       CASE WHEN u.i < 20 THEN (ARRAY['owner', 'admin', 'editor', 'developer', 'viewer'])[1 + u.i % 5]::"MembershipRole" END,
       CASE WHEN u.i IN (1, 17, 23, 29, 30) THEN 'owner' WHEN u.i IN (2, 18, 24) THEN 'manager' WHEN u.i = 3 THEN 'billing' ELSE 'member' END::"OrganizationRole"
FROM fbgen.u u
UNION ALL SELECT fbgen.cuid('org', 2), fbgen.cuid('usr', k), true, NULL, 'manager' FROM unnest(ARRAY[1, 4, 5]) k
UNION ALL SELECT fbgen.cuid('org', 1), fbgen.cuid('usr', k), true, NULL, 'member' FROM unnest(ARRAY[23, 25]) k;

CREATE TABLE "Team" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "name" text NOT NULL,
    "organizationId" text NOT NULL);
INSERT INTO "Team"
SELECT fbgen.cuid('team', k), fbgen.at('tc', k, timestamp '2024-11-20', 60), fbgen.at('tu', k, timestamp '2025-01-15', 30), n, fbgen.cuid('org', o)
FROM (VALUES (1, 'Product', 1), (2, 'Growth & Marketing', 1), (3, 'Clinical Quality', 1), (4, 'UX Research', 1), (5, 'Engineering', 1), (6, 'Qualitätsmanagement', 2),
             (7, 'Klinikleitung', 2), (8, 'Harbourline account', 3), (9, 'Studio', 3)) v(k, n, o);

CREATE TABLE "TeamUser" ("createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "teamId" text NOT NULL, "userId" text NOT NULL,
    "role" "TeamUserRole" NOT NULL, PRIMARY KEY ("teamId", "userId"));
INSERT INTO "TeamUser"
SELECT DISTINCT ON (t, u.i) fbgen.at('tuc', u.i * 10 + t, timestamp '2024-11-21', 60), fbgen.at('tuu', u.i * 10 + t, timestamp '2025-01-16', 30), fbgen.cuid('team', t), fbgen.cuid('usr', u.i),
       CASE WHEN u.i % 5 = 1 THEN 'admin' ELSE 'contributor' END::"TeamUserRole"
FROM fbgen.u u CROSS JOIN LATERAL (SELECT CASE u.org WHEN 1 THEN 1 + u.i % 5 WHEN 2 THEN 6 + u.i % 2 WHEN 3 THEN 8 + u.i % 2 END AS t
                                   UNION SELECT CASE WHEN u.org = 1 AND u.i % 3 = 0 THEN 4 END) x WHERE t IS NOT NULL;

CREATE TABLE "Invite" ("id" text NOT NULL PRIMARY KEY, "email" text NOT NULL, "name" text, "organizationId" text NOT NULL, "creatorId" text NOT NULL, "acceptorId" text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "expiresAt" timestamp(3) NOT NULL, "deprecatedRole" "MembershipRole",
    "role" "OrganizationRole" NOT NULL DEFAULT 'member', "teamIds" text[] DEFAULT ARRAY[]::text[]);
INSERT INTO "Invite"
SELECT fbgen.cuid('inv', k), CASE WHEN o IN (1, 2) AND k % 3 <> 0 THEN fbgen.mail(f, l, 'invm', k, 'movewell.example') ELSE fbgen.mail(f, l, 'invm', k, NULL) END,
       CASE WHEN k % 6 = 5 THEN NULL ELSE f || ' ' || l END, fbgen.cuid('org', o), fbgen.cuid('usr', CASE o WHEN 1 THEN 1 WHEN 2 THEN 17 ELSE 23 END),
       CASE WHEN k % 4 = 0 THEN fbgen.cuid('usr', 2 + k % 14) END,
       fbgen.at('ivc', k, timestamp '2024-02-01', 330), fbgen.at('ivc', k, timestamp '2024-02-01', 330) + interval '7 days',
       CASE WHEN k < 20 THEN 'editor'::"MembershipRole" END, CASE WHEN k % 9 = 0 THEN 'manager' ELSE 'member' END::"OrganizationRole",
       CASE WHEN o = 1 THEN ARRAY[fbgen.cuid('team', 1 + k % 5)] WHEN o = 2 THEN ARRAY[fbgen.cuid('team', 6)] ELSE ARRAY[]::text[] END
FROM generate_series(1, 36) k CROSS JOIN LATERAL (SELECT fbgen.first('ivf', k) AS f, fbgen.last('ivl', k) AS l, CASE WHEN k % 5 = 0 THEN 3 WHEN k % 4 = 1 THEN 2 ELSE 1 END AS o) x;

-- ---------------------------------------------------------------------------
-- Projects, environments, languages, API keys.

CREATE TABLE "Project" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "name" text NOT NULL,
    "organizationId" text NOT NULL, "styling" jsonb NOT NULL DEFAULT '{"allowStyleOverwrite":true}', "config" jsonb NOT NULL DEFAULT '{}', "recontactDays" integer NOT NULL DEFAULT 7,
    "linkSurveyBranding" boolean NOT NULL DEFAULT true, "inAppSurveyBranding" boolean NOT NULL DEFAULT true, "placement" "WidgetPlacement" NOT NULL DEFAULT 'bottomRight',
    "clickOutsideClose" boolean NOT NULL DEFAULT true, "darkOverlay" boolean NOT NULL DEFAULT false, "logo" jsonb, UNIQUE ("organizationId", "name"));
INSERT INTO "Project"
SELECT fbgen.cuid('prj', p.k), fbgen.at('pc', p.k, timestamp '2023-03-10', 400), fbgen.at('pu', p.k, timestamp '2024-12-01', 80), p.name, fbgen.cuid('org', p.org),
       jsonb_build_object('allowStyleOverwrite', p.k <> 4, 'brandColor', jsonb_build_object('light', fixture_gen.pick(ARRAY['#0F766E', '#14B8A6', '#1D4ED8', '#7C3AED', '#DB2777', '#111827'], 'pbc', p.k)),
         'roundness', 8 + p.k % 3 * 2, 'cardArrangement', jsonb_build_object('linkSurveys', 'straight', 'appSurveys', 'simple')),
       jsonb_build_object('channel', p.channel, 'industry', CASE WHEN p.org IN (1, 2) THEN 'healthcare' WHEN p.org = 3 THEN 'other' ELSE 'saas' END),
       CASE WHEN p.k = 1 THEN 14 ELSE 7 END, p.org > 3, p.org > 3, (ARRAY['bottomRight', 'bottomRight', 'center', 'bottomLeft'])[1 + p.k % 4]::"WidgetPlacement", p.k <> 1, p.k = 5,
       CASE WHEN p.org IN (1, 2) THEN jsonb_build_object('url', 'https://cdn.movewell.example/brand/logo-' || p.k || '.png', 'bgColor', '#ffffff')
            WHEN p.k = 6 THEN ('{"url": "/storage/' || fbgen.cuid('env', 11) || '/public/harbourline-logo--fid--' || fixture_gen.uuid('hlogo', 1) || '.png"}')::jsonb END
FROM fbgen.pr p;

CREATE TABLE "Environment" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "type" "EnvironmentType" NOT NULL, "projectId" text NOT NULL, "widgetSetupCompleted" boolean NOT NULL DEFAULT false, "appSetupCompleted" boolean NOT NULL DEFAULT false);
INSERT INTO "Environment"
SELECT fbgen.cuid('env', 2 * p.k - 2 + e), fbgen.at('pc', p.k, timestamp '2023-03-10', 400), fbgen.at('eu', 2 * p.k + e, timestamp '2024-12-01', 80),
       CASE WHEN e = 1 THEN 'production' ELSE 'development' END::"EnvironmentType", fbgen.cuid('prj', p.k),
       p.channel IN ('app', 'website') AND (e = 1 OR p.k = 1), p.channel = 'app' AND (e = 1 OR p.k = 1)
FROM fbgen.pr p CROSS JOIN generate_series(1, 2) e;

CREATE TABLE "ProjectTeam" ("createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "projectId" text NOT NULL, "teamId" text NOT NULL,
    "permission" "ProjectTeamPermission" NOT NULL DEFAULT 'read', PRIMARY KEY ("projectId", "teamId"));
INSERT INTO "ProjectTeam"
SELECT fbgen.at('ptc', k, timestamp '2024-11-22', 40), fbgen.at('ptu', k, timestamp '2025-01-10', 30), fbgen.cuid('prj', p), fbgen.cuid('team', t), perm::"ProjectTeamPermission"
FROM (VALUES (1, 1, 1, 'manage'), (2, 1, 5, 'readWrite'), (3, 1, 2, 'read'), (4, 2, 2, 'manage'), (5, 2, 1, 'read'), (6, 3, 4, 'manage'), (7, 3, 3, 'read'),
             (8, 1, 3, 'read'), (9, 4, 6, 'manage'), (10, 4, 7, 'read'), (11, 5, 7, 'readWrite'), (12, 6, 8, 'manage'), (13, 7, 9, 'manage')) v(k, p, t, perm);

CREATE TABLE "Language" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "code" text NOT NULL,
    "alias" text, "projectId" text NOT NULL, UNIQUE ("projectId", "code"));
INSERT INTO "Language"
SELECT fbgen.cuid('lang', k), fbgen.at('lc', k, timestamp '2024-02-01', 200), fbgen.at('lu', k, timestamp '2024-10-01', 100), code, alias, fbgen.cuid('prj', p)
FROM (VALUES (1, 1, 'en', 'English'), (2, 1, 'de', 'Deutsch'), (3, 1, 'es', NULL), (4, 1, 'pl', 'polski'), (5, 2, 'en', NULL), (6, 2, 'de', 'de'), (7, 3, 'en', NULL),
             (8, 4, 'de', 'Deutsch'), (9, 4, 'en', 'English'), (10, 4, 'tr', 'Türkçe'), (11, 5, 'de', NULL), (12, 9, 'ja', '日本語'), (13, 9, 'en', NULL)) v(k, p, code, alias);

CREATE TABLE "ApiKey" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "createdBy" text, "lastUsedAt" timestamp(3),
    "label" text NOT NULL, "hashedKey" text NOT NULL UNIQUE, "organizationId" text NOT NULL);
INSERT INTO "ApiKey"
SELECT fbgen.cuid('apk', k), fbgen.at('akc', k, timestamp '2024-01-10', 400), fbgen.cuid('usr', CASE o WHEN 1 THEN 1 + k % 16 WHEN 2 THEN 17 + k % 6 ELSE 23 + k % 6 END),
       CASE WHEN k % 5 <> 3 THEN fbgen.at('akl', k, timestamp '2025-01-20', 40) END, l,
       encode(sha256(convert_to('fbk_' || fbgen.rnd('akey', k, 43), 'UTF8')), 'hex'), fbgen.cuid('org', o)
FROM (VALUES (1, 'Zapier', 1), (2, 'Data warehouse sync (dbt)', 1), (3, 'Playwright e2e', 1), (4, 'HubSpot bridge', 1), (5, 'Mobile app build pipeline', 1),
             (6, 'Research panel exporter', 1), (7, 'old key - do not use', 1), (8, 'Klinik-Dashboard', 2), (9, 'n8n Automationen', 2), (10, 'Harbourline reporting', 3),
             (11, 'Looker Studio connector', 3), (12, 'Retool admin', 1), (13, 'Management API – staging', 1), (14, 'Make scenario', 4)) v(k, l, o);

CREATE TABLE "ApiKeyEnvironment" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "apiKeyId" text NOT NULL, "environmentId" text NOT NULL, "permission" "ApiKeyPermission" NOT NULL, UNIQUE ("apiKeyId", "environmentId"));
INSERT INTO "ApiKeyEnvironment"
SELECT fbgen.cuid('ake', a * 100 + e), fbgen.at('akc', a, timestamp '2024-01-10', 400), fbgen.at('akeu', a * 100 + e, timestamp '2024-11-01', 60), fbgen.cuid('apk', a), fbgen.cuid('env', e),
       (ARRAY['read', 'write', 'manage', 'read'])[1 + (a + e) % 4]::"ApiKeyPermission"
FROM (VALUES (1, 1), (1, 5), (2, 1), (2, 3), (2, 5), (3, 2), (4, 1), (4, 3), (5, 1), (5, 2), (6, 5), (7, 1), (8, 7), (8, 9), (9, 7), (10, 11), (11, 11), (11, 13),
             (12, 1), (12, 3), (13, 2), (13, 4), (14, 15)) v(a, e);

-- ---------------------------------------------------------------------------
-- Actions and contacts.

CREATE TABLE "ActionClass" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "name" text NOT NULL,
    "description" text, "type" "ActionType" NOT NULL, "key" text, "noCodeConfig" jsonb, "environmentId" text NOT NULL, UNIQUE ("key", "environmentId"), UNIQUE ("name", "environmentId"));
INSERT INTO "ActionClass"
SELECT fbgen.cuid('act', e * 20 + k), fbgen.at('acc', e * 20 + k, timestamp '2023-04-01', 500), fbgen.at('acu', e * 20 + k, timestamp '2024-09-01', 150), a.n, a.d, a.t::"ActionType",
       CASE WHEN a.t = 'code' THEN a.key END,
       CASE WHEN a.t = 'noCode' THEN a.cfg::jsonb END, fbgen.cuid('env', e)
FROM unnest(ARRAY[1, 2, 3, 4, 9, 10, 15, 16]) e
CROSS JOIN (VALUES
  (1, 'New Session', 'Gets fired when a new session is created', 'automatic', NULL, NULL),
  (2, 'Completed exercise session', 'Fired by the app after the last exercise of a session', 'code', 'completed_session', NULL),
  (3, 'Cancelled subscription', 'Fired from the billing screen when a user cancels', 'code', 'subscription_cancelled', NULL),
  (4, 'Viewed pricing', NULL, 'noCode', NULL, '{"type": "pageView", "urlFilters": [{"rule": "contains", "value": "/pricing"}]}'),
  (5, 'Clicked Book appointment', 'Book button on clinic pages', 'noCode', NULL, '{"type": "click", "elementSelector": {"cssSelector": ".clinic-card .btn-book", "innerHtml": "Book now"}, "urlFilters": [{"rule": "startsWith", "value": "https://movewell.example/clinics/"}]}'),
  (6, 'Exit intent on checkout', NULL, 'noCode', NULL, '{"type": "exitIntent", "urlFilters": [{"rule": "exactMatch", "value": "https://movewell.example/checkout"}]}'),
  (7, 'Scrolled blog 50%', 'Readers of the rehab blog', 'noCode', NULL, '{"type": "fiftyPercentScroll", "urlFilters": [{"rule": "contains", "value": "/blog/"}]}'),
  (8, 'Opened pain diary', NULL, 'code', 'pain_diary_opened', NULL),
  (9, 'Finished onboarding', 'Last onboarding step (goal picked)', 'code', 'onboarding_completed', NULL),
  (10, 'Submitted contact form', NULL, 'noCode', NULL, '{"type": "click", "elementSelector": {"cssSelector": "form#contact button[type=submit]"}, "urlFilters": [{"rule": "endsWith", "value": "/kontakt"}]}')
) a(k, n, d, t, key, cfg)
WHERE (a.k IN (1, 2, 3, 8, 9) AND e IN (1, 2, 15, 16)) OR (a.k IN (1, 4, 5, 6, 7) AND e IN (3, 4)) OR (a.k IN (1, 5, 10) AND e IN (9, 10));

CREATE TABLE fbgen.ak (k int PRIMARY KEY, env int, key text, name text, description text, type text, uniq boolean);
INSERT INTO fbgen.ak
SELECT row_number() OVER (ORDER BY env, ord), env, key, name, description, type, uniq FROM (
  SELECT e AS env, d.ord, d.key, d.name, d.description, 'default' AS type, d.key IN ('email', 'userId') AS uniq
  FROM unnest(ARRAY[1, 2, 3, 9, 15]) e CROSS JOIN (VALUES (1, 'email', 'Email', 'The email of a contact'), (2, 'userId', 'User Id', 'The user id of a contact'),
      (3, 'firstName', 'First Name', 'Your contact''s first name'), (4, 'lastName', 'Last Name', 'Your contact''s last name')) d(ord, key, name, description)
  UNION ALL
  SELECT env, 10 + ord, key, name, description, 'custom', false FROM (VALUES
    (1, 1, 'plan', 'Plan', 'Subscription plan from RevenueCat'), (1, 2, 'language', 'Language', NULL), (1, 3, 'signupDate', 'Signup date', 'ISO date of account creation'),
    (1, 4, 'injuryArea', 'Injury area', 'Body area picked in onboarding'), (1, 5, 'phone', 'Phone', 'For clinic call-backs, only if the user opted in'),
    (1, 6, 'clinicName', 'Referring clinic', NULL), (1, 7, 'sessionsCompleted', 'Sessions completed', NULL), (1, 8, 'referralCode', 'Referral code', 'The user''s own invite-a-friend code'),
    (2, 1, 'plan', 'Plan', NULL),
    (3, 1, 'company', 'Company', 'From the demo request form'), (3, 2, 'utmSource', 'UTM source', NULL),
    (9, 1, 'klinik', 'Klinik', 'Standort der Behandlung'), (9, 2, 'versicherung', 'Versicherung', 'gesetzlich oder privat'), (9, 3, 'geburtsdatum', 'Geburtsdatum', NULL),
    (15, 1, 'plan', 'plan', NULL)) c(env, ord, key, name, description)) x;

CREATE TABLE "ContactAttributeKey" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "isUnique" boolean NOT NULL DEFAULT false, "key" text NOT NULL, "name" text, "description" text, "type" "ContactAttributeType" NOT NULL DEFAULT 'custom',
    "environmentId" text NOT NULL, UNIQUE ("key", "environmentId"));
INSERT INTO "ContactAttributeKey"
SELECT fbgen.cuid('cak', k), fbgen.at('cakc', k, timestamp '2024-12-09', 30), fbgen.at('caku', k, timestamp '2025-01-09', 30), uniq, key, name, description, type::"ContactAttributeType", fbgen.cuid('env', env)
FROM fbgen.ak;

-- Contacts: env 1 (app, production) 1-260, env 3 (website) 261-320, env 9 (clinic website) 321-370, env 15 (a freelancer's app) 371-400, env 2 (app, development) 401-420.
CREATE TABLE fbgen.c (i int PRIMARY KEY, env int, uid text);
INSERT INTO fbgen.c
SELECT p.i, CASE WHEN p.i <= 260 THEN 1 WHEN p.i <= 320 THEN 3 WHEN p.i <= 370 THEN 9 WHEN p.i <= 400 THEN 15 ELSE 2 END,
       CASE WHEN p.i > 260 AND p.i <= 370 AND p.i % 2 = 0 THEN p.email WHEN p.i % 9 = 0 THEN p.email WHEN p.i > 400 THEN 'qa-' || (p.i - 400)::text || '@movewell.example' ELSE p.app_uid END
FROM fbgen.p p;

CREATE TABLE "Contact" ("id" text NOT NULL PRIMARY KEY, "userId" text, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "environmentId" text NOT NULL);
INSERT INTO "Contact"
SELECT fbgen.cuid('ct', c.i), CASE WHEN c.env IN (3, 9) AND c.i % 7 = 3 THEN NULL ELSE c.uid END, fbgen.at('ctc', c.i, timestamp '2023-06-01', 560), fbgen.at('ctu', c.i, timestamp '2024-12-10', 70),
       fbgen.cuid('env', c.env)
FROM fbgen.c c;

CREATE TABLE "ContactAttribute" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "attributeKeyId" text NOT NULL, "contactId" text NOT NULL, "value" text NOT NULL, UNIQUE ("contactId", "attributeKeyId"));
INSERT INTO "ContactAttribute"
SELECT fbgen.cuid('ca', c.i * 20 + ak.k % 20), fbgen.at('cac', c.i * 20 + ak.k, timestamp '2024-12-09', 60), fbgen.at('cau', c.i * 20 + ak.k, timestamp '2025-01-10', 40),
       fbgen.cuid('cak', ak.k), fbgen.cuid('ct', c.i), v
FROM fbgen.c c JOIN fbgen.p p ON p.i = c.i JOIN fbgen.ak ak ON ak.env = c.env
CROSS JOIN LATERAL (SELECT CASE ak.key
    WHEN 'email' THEN p.email WHEN 'userId' THEN c.uid WHEN 'firstName' THEN p.first WHEN 'lastName' THEN p.last
    WHEN 'plan' THEN fixture_gen.pick(ARRAY['free', 'free', 'premium_monthly', 'premium_annual', 'clinic_referral', 'trial'], 'caplan', p.i)
    WHEN 'language' THEN CASE p.country WHEN 'DE' THEN 'de' WHEN 'ES' THEN 'es' WHEN 'PL' THEN 'pl' WHEN 'FR' THEN 'fr' ELSE 'en' END
    WHEN 'signupDate' THEN to_char(fbgen.at('ctc', c.i, timestamp '2023-06-01', 560), 'YYYY-MM-DD')
    WHEN 'injuryArea' THEN fixture_gen.pick(ARRAY['Lower back', 'Knee (ACL reconstruction)', 'Shoulder (rotator cuff)', 'Hip replacement rehab', 'Neck', 'Ankle sprain',
         'Plantar fasciitis', 'Tennis elbow', 'Post-natal core', 'Sciatica', 'Knee (osteoarthritis)'], 'cainj', p.i)
    WHEN 'phone' THEN CASE WHEN p.i % 3 = 0 THEN p.phone END
    WHEN 'clinicName' THEN CASE WHEN p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Movewell Clinic Manchester Deansgate', 'Movewell Clinic Leeds', 'PhysioFirst Salford', 'Movewell Klinik Köln', 'Bayview Sports Injury Clinic'], 'cacl', p.i) END
    WHEN 'sessionsCompleted' THEN fixture_gen.n('casess', p.i, 180)::text
    WHEN 'referralCode' THEN 'MOVE-' || upper(fbgen.rnd('caref', p.i, 6))
    WHEN 'company' THEN fixture_gen.pick(ARRAY['NHS Greater Manchester', 'Bupa', 'Nuffield Health', 'Siemens Healthineers', 'AXA Health', 'Everton FC', 'Self-employed', 'Leeds Beckett University',
         fixture_gen.full_name('cacomp', p.i) || ' Physiotherapy'], 'cacomp', p.i)
    WHEN 'utmSource' THEN fixture_gen.pick(ARRAY['google', 'linkedin', 'newsletter', 'instagram', '(direct)'], 'cautm', p.i)
    WHEN 'klinik' THEN fixture_gen.pick(ARRAY['Köln-Ehrenfeld', 'Düsseldorf Mitte', 'Bonn', 'Essen Rüttenscheid'], 'cakl', p.i)
    WHEN 'versicherung' THEN fixture_gen.pick(ARRAY['gesetzlich', 'gesetzlich', 'privat', 'Beihilfe'], 'cavs', p.i)
    WHEN 'geburtsdatum' THEN to_char(p.dob, 'DD.MM.YYYY') END AS v) x
WHERE v IS NOT NULL AND NOT (ak.key IN ('firstName', 'lastName') AND p.i % 8 = 5);

-- ---------------------------------------------------------------------------
-- Surveys. kind says which questions a survey asks and how its responses
-- are filled in below.

CREATE TABLE fbgen.qk (kind text PRIMARY KEY, questions jsonb, hidden jsonb, variables jsonb);
INSERT INTO fbgen.qk VALUES
('nps_app', '[{"id": "score", "type": "nps", "headline": {"default": "How likely are you to recommend Movewell to a friend?"}, "required": true, "lowerLabel": {"default": "Not at all likely"}, "upperLabel": {"default": "Extremely likely"}, "isColorCodingEnabled": false},
  {"id": "reason", "type": "openText", "headline": {"default": "What is the main reason for your score?"}, "required": false, "inputType": "text", "placeholder": {"default": "Type your answer here..."}, "charLimit": {"enabled": false}},
  {"id": "feature", "type": "multipleChoiceSingle", "headline": {"default": "Which part of the app helps you most?"}, "required": false, "shuffleOption": "none",
   "choices": [{"id": "c_videos", "label": {"default": "Exercise videos"}}, {"id": "c_diary", "label": {"default": "Pain diary"}}, {"id": "c_chat", "label": {"default": "Chat with a physio"}}, {"id": "c_reports", "label": {"default": "Progress reports"}}]},
  {"id": "callback", "type": "consent", "headline": {"default": "May our physio team contact you about your answer?"}, "required": false, "label": {"default": "Yes, you can contact me"}}]',
 '{"enabled": true, "fieldIds": []}', '[{"id": "v_prom", "name": "promoter", "type": "number", "value": 0}]'),
('churn', '[{"id": "why", "type": "multipleChoiceSingle", "headline": {"default": "Sorry to see you go. Why are you cancelling?"}, "required": true,
   "choices": [{"id": "c_price", "label": {"default": "Too expensive"}}, {"id": "c_healed", "label": {"default": "My injury has healed"}}, {"id": "c_guidance", "label": {"default": "Not enough guidance"}}, {"id": "c_tech", "label": {"default": "Technical problems"}}, {"id": "other", "label": {"default": "Other"}}]},
  {"id": "details", "type": "openText", "headline": {"default": "Anything else you want to tell us?"}, "required": false, "inputType": "text"},
  {"id": "comeback", "type": "rating", "headline": {"default": "How likely are you to come back?"}, "scale": "star", "range": 5, "required": false}]',
 '{"enabled": false, "fieldIds": []}', '[]'),
('checkin', '[{"id": "pain", "type": "rating", "headline": {"default": "How is your pain today?"}, "scale": "number", "range": 10, "lowerLabel": {"default": "No pain"}, "upperLabel": {"default": "Worst pain"}, "required": true},
  {"id": "notes", "type": "openText", "headline": {"default": "How did your body feel during today''s session?"}, "required": false, "inputType": "text", "longAnswer": true}]',
 '{"enabled": true, "fieldIds": ["week"]}', '[{"id": "v_flag", "name": "pain_flag", "type": "text", "value": ""}]'),
('website', '[{"id": "helpful", "type": "rating", "headline": {"default": "Was this page helpful?"}, "scale": "smiley", "range": 5, "required": true},
  {"id": "missing", "type": "openText", "headline": {"default": "What were you looking for?"}, "required": false, "inputType": "text"},
  {"id": "reply_email", "type": "openText", "headline": {"default": "Leave your email if you would like a reply"}, "required": false, "inputType": "email", "placeholder": {"default": "you@example.com"}}]',
 '{"enabled": false, "fieldIds": []}', '[]'),
('research', '[{"id": "age_band", "type": "multipleChoiceSingle", "headline": {"default": "How old are you?"}, "required": true, "choices": [{"id": "a1", "label": {"default": "18-29"}}, {"id": "a2", "label": {"default": "30-44"}}, {"id": "a3", "label": {"default": "45-59"}}, {"id": "a4", "label": {"default": "60+"}}]},
  {"id": "condition", "type": "multipleChoiceMulti", "headline": {"default": "Which of these are you recovering from?"}, "required": true, "choices": [{"id": "back", "label": {"default": "Back pain"}}, {"id": "knee", "label": {"default": "Knee injury or surgery"}}, {"id": "shoulder", "label": {"default": "Shoulder problem"}}, {"id": "hip", "label": {"default": "Hip replacement"}}, {"id": "other", "label": {"default": "Something else"}}]},
  {"id": "story", "type": "openText", "headline": {"default": "Tell us a little about your injury and your recovery so far"}, "required": false, "inputType": "text", "longAnswer": true},
  {"id": "contact", "type": "contactInfo", "headline": {"default": "How can we reach you?"}, "required": true, "firstName": {"show": true, "required": true}, "lastName": {"show": true, "required": true}, "email": {"show": true, "required": true}, "phone": {"show": true, "required": false}, "company": {"show": false, "required": false}},
  {"id": "address", "type": "address", "headline": {"default": "Where should we post your resistance-band kit?"}, "required": false, "addressLine1": {"show": true}, "addressLine2": {"show": true}, "city": {"show": true}, "state": {"show": false}, "zip": {"show": true}, "country": {"show": true}},
  {"id": "availability", "type": "date", "headline": {"default": "When could you do a 45-minute video interview?"}, "required": false, "format": "d-M-y"}]',
 '{"enabled": true, "fieldIds": ["source"]}', '[]'),
('payout', '[{"id": "method", "type": "multipleChoiceSingle", "headline": {"default": "How would you like to receive your thank-you payment?"}, "required": true, "choices": [{"id": "paypal", "label": {"default": "PayPal"}}, {"id": "bank", "label": {"default": "Bank transfer"}}, {"id": "voucher", "label": {"default": "Amazon voucher"}}]},
  {"id": "paypal_email", "type": "openText", "headline": {"default": "Your PayPal email"}, "required": false, "inputType": "email"},
  {"id": "account_holder", "type": "openText", "headline": {"default": "Account holder name"}, "required": false, "inputType": "text"},
  {"id": "iban", "type": "openText", "headline": {"default": "IBAN"}, "required": false, "inputType": "text"}]',
 '{"enabled": true, "fieldIds": ["participant"]}', '[]'),
('patient', '[{"id": "zufriedenheit", "type": "rating", "headline": {"default": "Wie zufrieden waren Sie mit Ihrer Behandlung?", "en": "How satisfied were you with your treatment?"}, "scale": "star", "range": 5, "required": true},
  {"id": "therapeut", "type": "openText", "headline": {"default": "Wie hieß Ihr Therapeut / Ihre Therapeutin?", "en": "What was your therapist''s name?"}, "required": false, "inputType": "text"},
  {"id": "anmerkungen", "type": "openText", "headline": {"default": "Möchten Sie uns noch etwas mitteilen?", "en": "Is there anything else you want to tell us?"}, "required": false, "inputType": "text", "longAnswer": true},
  {"id": "rueckruf", "type": "contactInfo", "headline": {"default": "Wünschen Sie einen Rückruf? Dann hinterlassen Sie bitte Ihre Kontaktdaten.", "en": "Would you like a call back?"}, "required": false, "firstName": {"show": true}, "lastName": {"show": true}, "email": {"show": true}, "phone": {"show": true}, "company": {"show": false}}]',
 '{"enabled": true, "fieldIds": ["standort"]}', '[]'),
('agency', '[{"id": "property", "type": "address", "headline": {"default": "Which property do you rent from us?"}, "required": true, "addressLine1": {"show": true}, "addressLine2": {"show": true}, "city": {"show": true}, "state": {"show": false}, "zip": {"show": true}, "country": {"show": false}},
  {"id": "satisfaction", "type": "nps", "headline": {"default": "How likely are you to recommend Harbourline Lettings?"}, "required": true},
  {"id": "repairs", "type": "openText", "headline": {"default": "Is there a repair or issue we should know about?"}, "required": false, "inputType": "text", "longAnswer": true},
  {"id": "contact", "type": "contactInfo", "headline": {"default": "Your details"}, "required": false, "firstName": {"show": true}, "lastName": {"show": true}, "email": {"show": true}, "phone": {"show": true}, "company": {"show": false}}]',
 '{"enabled": true, "fieldIds": ["tenancy_ref"]}', '[]'),
('internal', '[{"id": "went_well", "type": "openText", "headline": {"default": "What went well this month?"}, "required": false, "inputType": "text", "longAnswer": true},
  {"id": "improve", "type": "openText", "headline": {"default": "What should we change?"}, "required": false, "inputType": "text", "longAnswer": true},
  {"id": "mood", "type": "rating", "headline": {"default": "How are you feeling about work?"}, "scale": "smiley", "range": 5, "required": true}]',
 '{"enabled": false, "fieldIds": []}', '[]'),
('thesis', '[{"id": "age", "type": "multipleChoiceSingle", "headline": {"default": "年齢を教えてください", "en": "Your age"}, "required": true, "choices": [{"id": "a20", "label": {"default": "20代"}}, {"id": "a30", "label": {"default": "30代"}}, {"id": "a40", "label": {"default": "40代以上"}}]},
  {"id": "gender", "type": "multipleChoiceSingle", "headline": {"default": "性別", "en": "Gender"}, "required": false, "choices": [{"id": "f", "label": {"default": "女性"}}, {"id": "m", "label": {"default": "男性"}}, {"id": "x", "label": {"default": "回答しない"}}]},
  {"id": "occupation", "type": "openText", "headline": {"default": "ご職業", "en": "Occupation"}, "required": false, "inputType": "text"},
  {"id": "comments", "type": "openText", "headline": {"default": "リモートワークについてご意見をお聞かせください", "en": "Your thoughts on remote work"}, "required": false, "inputType": "text", "longAnswer": true}]',
 '{"enabled": false, "fieldIds": []}', '[]');

CREATE TABLE fbgen.s (k int PRIMARY KEY, env int, name text, type text, kind text, status text, author int);
INSERT INTO fbgen.s VALUES
  (1, 1, 'In-app NPS Q1 2025', 'app', 'nps_app', 'inProgress', 2), (2, 1, 'In-app NPS Q4 2024', 'app', 'nps_app', 'completed', 2),
  (3, 1, 'Cancellation survey', 'app', 'churn', 'inProgress', 5), (4, 1, 'Pain diary feature feedback', 'app', 'nps_app', 'paused', 7),
  (5, 1, 'Post-session check-in', 'app', 'checkin', 'inProgress', 4), (6, 2, 'NPS (dev test)', 'app', 'nps_app', 'inProgress', 9),
  (7, 3, 'Website feedback widget', 'website', 'website', 'inProgress', 6), (8, 3, 'Pricing page exit survey', 'website', 'churn', 'inProgress', 6),
  (9, 5, 'Research panel screener 2025', 'link', 'research', 'inProgress', 10), (10, 5, 'Diary study – week 1', 'link', 'checkin', 'completed', 10),
  (11, 5, 'Incentive payout details', 'link', 'payout', 'inProgress', 12), (12, 7, 'Patientenbefragung 2024', 'link', 'patient', 'completed', 17),
  (13, 7, 'Patientenbefragung 2025', 'link', 'patient', 'inProgress', 18), (14, 9, 'Website-Feedback Kliniken', 'website', 'website', 'inProgress', 19),
  (15, 11, 'Harbourline tenant satisfaction 2024', 'link', 'agency', 'completed', 24), (16, 13, 'Studio retro – January', 'link', 'internal', 'completed', 23),
  (17, 15, 'Onboarding feedback', 'app', 'nps_app', 'inProgress', 29), (18, 17, '卒業論文アンケート (thesis survey)', 'link', 'thesis', 'inProgress', 30),
  (19, 1, 'Copy of In-app NPS Q4 2024', 'app', 'nps_app', 'draft', 3), (20, 1, 'Churn survey v2', 'app', 'churn', 'draft', 5),
  (21, 2, 'Untitled Survey', 'link', 'website', 'draft', 9), (22, 3, 'Product-market fit survey', 'website', 'nps_app', 'scheduled', 6),
  (23, 5, 'Research panel screener 2024', 'link', 'research', 'completed', 10), (24, 7, 'Therapeuten-Feedback (Entwurf)', 'link', 'patient', 'draft', 20),
  (25, 9, 'Terminbuchung Exit-Umfrage', 'website', 'website', 'paused', 19), (26, 11, 'Harbourline tenant satisfaction 2025', 'link', 'agency', 'draft', 25),
  (27, 13, 'Studio retro – February', 'link', 'internal', 'inProgress', 23), (28, 1, 'Clinic referral source', 'app', 'churn', 'completed', 8),
  (29, 4, 'Website feedback (staging)', 'website', 'website', 'inProgress', 11), (30, 16, 'Onboarding feedback (dev)', 'app', 'nps_app', 'draft', 29);

CREATE TABLE "Segment" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "title" text NOT NULL,
    "description" text, "isPrivate" boolean NOT NULL DEFAULT true, "filters" jsonb NOT NULL DEFAULT '[]', "environmentId" text NOT NULL, UNIQUE ("environmentId", "title"));
INSERT INTO "Segment"
SELECT fbgen.cuid('seg', k), fbgen.at('sgc', k, timestamp '2024-02-01', 330), fbgen.at('sgu', k, timestamp '2024-12-01', 70), t, d, priv, f::jsonb, fbgen.cuid('env', e)
FROM (VALUES
  (1, 1, 'Premium users', 'Paying subscribers on any premium plan', false, '[{"id": "f1", "connector": null, "resource": {"id": "r1", "root": {"type": "attribute", "contactAttributeKey": "plan"}, "value": "premium", "qualifier": {"operator": "startsWith"}}}]'),
  (2, 1, 'Active 10+ sessions', 'Engaged users for NPS', false, '[{"id": "f2", "connector": null, "resource": {"id": "r2", "root": {"type": "attribute", "contactAttributeKey": "sessionsCompleted"}, "value": 10, "qualifier": {"operator": "greaterThan"}}}]'),
  (3, 1, 'Knee rehab cohort', 'Users whose onboarding injury area is a knee', false, '[{"id": "f3", "connector": null, "resource": {"id": "r3", "root": {"type": "attribute", "contactAttributeKey": "injuryArea"}, "value": "Knee", "qualifier": {"operator": "startsWith"}}}]'),
  (4, 1, 'Internal testers', 'Staff and friends who see surveys first', false, 'null'),
  (5, 1, 'Clinic referrals', NULL, false, '[{"id": "f5", "connector": null, "resource": {"id": "r5", "root": {"type": "attribute", "contactAttributeKey": "plan"}, "value": "clinic_referral", "qualifier": {"operator": "equals"}}}]'),
  (6, 1, 'cl' || 'survey_private_1', NULL, true, '[{"id": "f6", "connector": null, "resource": {"id": "r6", "root": {"type": "device", "deviceType": "phone"}, "value": "phone", "qualifier": {"operator": "equals"}}}]'),
  (7, 2, 'QA team', 'Only QA devices', false, 'null'),
  (8, 15, 'Early adopters', 'Signed up in the first month', false, '[{"id": "f8", "connector": null, "resource": {"id": "r8", "root": {"type": "attribute", "contactAttributeKey": "plan"}, "value": "beta", "qualifier": {"operator": "equals"}}}]'),
  (9, 1, 'Pain diary beta', 'Handpicked users for the pain diary beta (see Slack #diary-beta)', false, 'null'),
  (10, 1, 'German speakers', NULL, false, '[{"id": "f10", "connector": null, "resource": {"id": "r10", "root": {"type": "attribute", "contactAttributeKey": "language"}, "value": "de", "qualifier": {"operator": "equals"}}}]')
) v(k, e, t, d, priv, f);
-- The testers' and the beta's segments list people one by one.
UPDATE "Segment" s SET "filters" = (SELECT jsonb_agg(jsonb_build_object('id', 'f' || s.id || n, 'connector', CASE WHEN n = 1 THEN NULL ELSE 'or' END,
    'resource', jsonb_build_object('id', 'r' || n, 'root', jsonb_build_object('type', 'attribute', 'contactAttributeKey', 'email'),
      'value', CASE WHEN s.title = 'QA team' THEN 'qa-' || n || '@movewell.example' WHEN n % 3 = 0 THEN (SELECT email FROM fbgen.u WHERE i = n) ELSE (SELECT email FROM fbgen.p WHERE i = n * 17) END,
      'qualifier', jsonb_build_object('operator', 'equals'))) ORDER BY n)
  FROM generate_series(1, CASE WHEN s.title = 'Internal testers' THEN 9 WHEN s.title = 'QA team' THEN 4 ELSE 14 END) n)
WHERE s."filters" = 'null'::jsonb;
UPDATE "Segment" SET "title" = fbgen.cuid('srv', 5) WHERE "title" = 'cl' || 'survey_private_1';

CREATE TABLE "Survey" (
    "id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "name" text NOT NULL, "redirectUrl" text,
    "type" "SurveyType" NOT NULL DEFAULT 'web', "environmentId" text NOT NULL, "createdBy" text, "status" "SurveyStatus" NOT NULL DEFAULT 'draft',
    "welcomeCard" jsonb NOT NULL DEFAULT '{"enabled": false}', "questions" jsonb NOT NULL DEFAULT '[]', "endings" jsonb[] DEFAULT ARRAY[]::jsonb[],
    "hiddenFields" jsonb NOT NULL DEFAULT '{"enabled": true}', "variables" jsonb NOT NULL DEFAULT '[]', "displayOption" "displayOptions" NOT NULL DEFAULT 'displayOnce',
    "recontactDays" integer, "displayLimit" integer, "autoClose" integer, "runOnDate" timestamp(3), "closeOnDate" timestamp(3), "delay" integer NOT NULL DEFAULT 0,
    "displayPercentage" numeric(5,2), "autoComplete" integer, "isVerifyEmailEnabled" boolean NOT NULL DEFAULT false, "isSingleResponsePerEmailEnabled" boolean NOT NULL DEFAULT false,
    "isBackButtonHidden" boolean NOT NULL DEFAULT false, "projectOverwrites" jsonb, "styling" jsonb, "surveyClosedMessage" jsonb, "singleUse" jsonb DEFAULT '{"enabled": false, "isEncrypted": true}',
    "pin" text, "resultShareKey" text UNIQUE, "showLanguageSwitch" boolean, "segmentId" text, "recaptcha" jsonb DEFAULT '{"enabled": false, "threshold": 0.1}');
INSERT INTO "Survey"
SELECT fbgen.cuid('srv', s.k), fbgen.at('svc', s.k, timestamp '2023-09-01', 480), fbgen.at('svu', s.k, timestamp '2024-12-15', 60), s.name,
       CASE WHEN s.k IN (9, 23) THEN 'https://movewell.example/research/thank-you' END,
       s.type::"SurveyType", fbgen.cuid('env', s.env), fbgen.cuid('usr', s.author), s.status::"SurveyStatus",
       CASE WHEN s.type = 'link' THEN jsonb_build_object('enabled', true, 'headline', jsonb_build_object('default', CASE s.kind WHEN 'patient' THEN 'Ihre Meinung zählt' WHEN 'thesis' THEN 'アンケートへのご協力のお願い' ELSE 'Welcome!' END),
              'html', jsonb_build_object('default', CASE s.kind WHEN 'research' THEN '<p>Help shape the future of Movewell. Takes about 4 minutes; selected participants receive £40.</p>' WHEN 'payout' THEN '<p>Thanks for taking part! We need a few details to send your thank-you payment.</p>' ELSE '<p class="fb-editor-paragraph">Thanks for taking the time.</p>' END),
              'timeToFinish', true, 'showResponseCount', false, 'buttonLabel', jsonb_build_object('default', 'Start'))
            ELSE '{"enabled": false, "timeToFinish": true, "showResponseCount": false}'::jsonb END,
       q.questions,
       ARRAY[CASE WHEN s.k IN (9, 23) THEN jsonb_build_object('id', 'end_' || fbgen.rnd('end', s.k, 6), 'type', 'redirectToUrl', 'url', 'https://movewell.example/research/thank-you', 'label', 'Research thank-you page')
                  ELSE jsonb_build_object('id', 'end_' || fbgen.rnd('end', s.k, 6), 'type', 'endScreen', 'headline', jsonb_build_object('default', CASE WHEN s.env IN (7, 9) THEN 'Vielen Dank!' ELSE 'Thank you!' END),
                     'subheader', jsonb_build_object('default', 'We really appreciate your feedback.'), 'buttonLabel', jsonb_build_object('default', 'Back to Movewell'), 'buttonLink', 'https://movewell.example') END],
       CASE WHEN s.type = 'link' THEN (q.hidden || jsonb_build_object('fieldIds', (q.hidden -> 'fieldIds') || '["email"]'::jsonb)) ELSE q.hidden END, q.variables,
       (CASE WHEN s.kind = 'checkin' THEN 'displayMultiple' WHEN s.type = 'link' THEN 'displayOnce' WHEN s.k = 3 THEN 'respondMultiple' WHEN s.k = 1 THEN 'displaySome' ELSE 'displayOnce' END)::"displayOptions",
       CASE WHEN s.type IN ('app', 'website') THEN (ARRAY[NULL, 0, 14, 30])[1 + s.k % 4] END, CASE WHEN s.k = 1 THEN 3 END, CASE WHEN s.type <> 'link' AND s.k % 2 = 1 THEN 30 END,
       CASE WHEN s.status = 'scheduled' THEN timestamp '2025-04-01 08:00:00' END, CASE WHEN s.k IN (12, 15, 23) THEN fbgen.at('svcl', s.k, timestamp '2024-12-01', 30) END,
       CASE WHEN s.type = 'app' THEN 5 + s.k % 3 * 5 ELSE 0 END, CASE WHEN s.k IN (1, 7) THEN 25.00 WHEN s.k = 14 THEN 50.50 END, CASE WHEN s.k IN (9, 11) THEN 150 END,
       s.k IN (11, 13), s.k IN (9, 11, 23), s.k = 11, CASE WHEN s.k IN (5, 17) THEN '{"placement": "center", "darkOverlay": true}'::jsonb END,
       CASE WHEN s.k IN (12, 13, 15) THEN jsonb_build_object('overwriteThemeStyling', true, 'brandColor', jsonb_build_object('light', CASE WHEN s.k = 15 THEN '#0B3954' ELSE '#0F766E' END), 'cardBackgroundColor', jsonb_build_object('light', '#ffffff')) END,
       CASE WHEN s.status = 'completed' AND s.type = 'link' THEN jsonb_build_object('enabled', true, 'heading', CASE WHEN s.env = 7 THEN 'Die Befragung ist beendet' ELSE 'This survey is closed' END, 'subheading', 'Thank you for your interest.') END,
       CASE WHEN s.k IN (10, 11) THEN '{"enabled": true, "isEncrypted": true}'::jsonb WHEN s.k = 16 THEN '{"enabled": true, "isEncrypted": false}'::jsonb ELSE '{"enabled": false, "isEncrypted": true}'::jsonb END,
       CASE WHEN s.k IN (11, 13, 16, 26) THEN lpad(fixture_gen.n('svpin', s.k, 10000)::text, 4, '0') END,
       CASE WHEN s.k IN (2, 12, 15, 18) THEN fbgen.cuid('svshare', s.k) END,
       CASE WHEN s.k IN (1, 12, 13, 18) THEN true END,
       CASE s.k WHEN 1 THEN fbgen.cuid('seg', 2) WHEN 4 THEN fbgen.cuid('seg', 9) WHEN 5 THEN fbgen.cuid('seg', 6) WHEN 6 THEN fbgen.cuid('seg', 7) WHEN 19 THEN fbgen.cuid('seg', 4) WHEN 20 THEN fbgen.cuid('seg', 1) WHEN 17 THEN fbgen.cuid('seg', 8) END,
       CASE WHEN s.k IN (9, 11) THEN '{"enabled": true, "threshold": 0.5}'::jsonb ELSE '{"enabled": false, "threshold": 0.1}'::jsonb END
FROM fbgen.s s JOIN fbgen.qk q ON q.kind = s.kind;

CREATE TABLE "SurveyTrigger" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "surveyId" text NOT NULL, "actionClassId" text NOT NULL, UNIQUE ("surveyId", "actionClassId"));
INSERT INTO "SurveyTrigger"
SELECT fbgen.cuid('trg', s.k * 10 + a), fbgen.at('svc', s.k, timestamp '2023-09-01', 480), fbgen.at('svu', s.k, timestamp '2024-12-15', 60), fbgen.cuid('srv', s.k), fbgen.cuid('act', s.env * 20 + a)
FROM fbgen.s s CROSS JOIN LATERAL unnest(CASE s.kind WHEN 'nps_app' THEN ARRAY[2] WHEN 'churn' THEN CASE WHEN s.type = 'app' THEN ARRAY[3] ELSE ARRAY[6] END WHEN 'checkin' THEN ARRAY[2, 8]
    WHEN 'website' THEN CASE WHEN s.env IN (9, 10) THEN ARRAY[5, 10] ELSE ARRAY[1, 7] END ELSE ARRAY[]::int[] END) a
WHERE s.type <> 'link' AND EXISTS (SELECT 1 FROM "ActionClass" WHERE id = fbgen.cuid('act', s.env * 20 + a));

CREATE TABLE "SurveyLanguage" ("languageId" text NOT NULL, "surveyId" text NOT NULL, "default" boolean NOT NULL DEFAULT false, "enabled" boolean NOT NULL DEFAULT true,
    PRIMARY KEY ("languageId", "surveyId"));
INSERT INTO "SurveyLanguage"
SELECT fbgen.cuid('lang', l), fbgen.cuid('srv', s), d, en
FROM (VALUES (1, 1, true, true), (2, 1, false, true), (4, 1, false, false), (1, 2, true, true), (2, 2, false, true), (8, 12, true, true), (9, 12, false, true),
             (8, 13, true, true), (9, 13, false, true), (10, 13, false, true), (12, 18, true, true), (13, 18, false, true), (1, 3, true, true), (3, 3, false, true)) v(l, s, d, en);

CREATE TABLE "SurveyFollowUp" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "surveyId" text NOT NULL, "name" text NOT NULL, "trigger" jsonb NOT NULL, "action" jsonb NOT NULL);
INSERT INTO "SurveyFollowUp"
SELECT fbgen.cuid('fu', k), fbgen.at('fuc', k, timestamp '2024-12-20', 50), fbgen.at('fuu', k, timestamp '2025-01-20', 30), fbgen.cuid('srv', s), n, t::jsonb,
       jsonb_build_object('type', 'send-email', 'properties', jsonb_build_object('to', tgt, 'from', 'noreply@feedback.movewell.example',
         'replyTo', rt, 'subject', subj, 'body', body, 'attachResponseData', k % 2 = 0))
FROM (VALUES
  (1, 1, 'Detractor alert to CX', '{"type": "response", "properties": null}', 'cx-team@movewell.example', '["cx-team@movewell.example"]'::jsonb, 'New detractor response', '<p>A user gave a low NPS score. Please review within 24h.</p>'),
  (2, 9, 'Screener confirmation', '{"type": "endings", "properties": {"endingIds": ["end_research"]}}', 'contact', NULL, 'Thanks for applying to the Movewell research panel', '<p>Hi, thanks for applying! We will be in touch if you are selected. – The Movewell research team</p>'),
  (3, 13, 'Rückruf an Klinikleitung', '{"type": "response", "properties": null}', NULL, NULL, 'Neuer Rückrufwunsch aus der Patientenbefragung', '<p>Bitte innerhalb von 2 Werktagen zurückrufen.</p>'),
  (4, 3, 'Churn notification', '{"type": "response", "properties": null}', 'retention@movewell.example', NULL, 'Cancellation feedback received', '<p>{{recall:details}}</p>'),
  (5, 11, 'Payout confirmation', '{"type": "response", "properties": null}', 'paypal_email', NULL, 'We have your payout details', '<p>Thanks! Payments go out every Friday.</p>'),
  (6, 15, 'Repair request to property manager', '{"type": "response", "properties": null}', NULL, NULL, 'Tenant survey: repair reported', '<p>A tenant reported an issue in the satisfaction survey.</p>'),
  (7, 16, 'Retro summary', '{"type": "endings", "properties": {"endingIds": []}}', 'studio@northbeam.studio', '["studio@northbeam.studio"]'::jsonb, 'Retro answers', '<p>Anonymous retro answer received.</p>')
) v(k, s, n, t, tgt, rt, subj, body);
UPDATE "SurveyFollowUp" f SET "action" = jsonb_set(jsonb_set(f."action", '{properties,to}', to_jsonb((SELECT email FROM fbgen.u WHERE i = 18))), '{properties,replyTo}', jsonb_build_array((SELECT email FROM fbgen.u WHERE i = 18), (SELECT email FROM fbgen.u WHERE i = 20)))
WHERE f."name" = 'Rückruf an Klinikleitung';
UPDATE "SurveyFollowUp" f SET "action" = jsonb_set(jsonb_set(f."action", '{properties,to}', to_jsonb((SELECT email FROM fbgen.u WHERE i = 24))), '{properties,replyTo}', jsonb_build_array((SELECT email FROM fbgen.u WHERE i = 24)))
WHERE f."name" = 'Repair request to property manager';
UPDATE "SurveyFollowUp" f SET "action" = jsonb_set(f."action", '{properties,replyTo}', jsonb_build_array((SELECT email FROM fbgen.u WHERE i = 10), (SELECT email FROM fbgen.u WHERE i = 12)))
WHERE f."name" IN ('Screener confirmation', 'Payout confirmation', 'Churn notification');

-- ---------------------------------------------------------------------------
-- Tags, webhooks, integrations.

CREATE TABLE "Tag" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "name" text NOT NULL,
    "environmentId" text NOT NULL, UNIQUE ("environmentId", "name"));
INSERT INTO "Tag"
SELECT fbgen.cuid('tag', k), fbgen.at('tgc', k, timestamp '2023-10-01', 400), fbgen.at('tgu', k, timestamp '2024-10-01', 120), n, fbgen.cuid('env', e)
FROM (VALUES (1, 1, 'bug'), (2, 1, 'pricing'), (3, 1, 'follow-up'), (4, 1, 'feature-request'), (5, 1, 'churn-risk'), (6, 1, 'clinical review'), (7, 1, 'praise'),
             (8, 3, 'website-bug'), (9, 3, 'content'), (10, 5, 'shortlisted'), (11, 5, 'not eligible'), (12, 5, 'paid'), (13, 7, 'Rückruf erledigt'), (14, 7, 'Beschwerde'),
             (15, 7, 'Datenschutz'), (16, 11, 'repair'), (17, 11, 'complaint'), (18, 13, 'action item'), (19, 15, 'ux'), (20, 17, '要確認')) v(k, e, n);

CREATE TABLE "Webhook" ("id" text NOT NULL PRIMARY KEY, "name" text, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "url" text NOT NULL, "source" "WebhookSource" NOT NULL DEFAULT 'user', "environmentId" text NOT NULL, "triggers" "PipelineTriggers"[], "surveyIds" text[]);
INSERT INTO "Webhook"
SELECT fbgen.cuid('wh', k), n, fbgen.at('whc', k, timestamp '2023-11-01', 420), fbgen.at('whu', k, timestamp '2024-11-01', 100),
       CASE src WHEN 'zapier' THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', k, 8) || '/' || lower(fbgen.rnd('whz', k, 7)) || '/'
                WHEN 'make' THEN 'https://hook.eu2.make.com/' || lower(fbgen.rnd('whm', k, 32))
                WHEN 'n8n' THEN 'https://n8n.movewell.example/webhook/' || fixture_gen.uuid('whn', k)
                ELSE CASE WHEN k = 4 THEN 'https://crm-bridge.movewell.example/formbricks/inbound?token=' || fbgen.rnd('whu', k, 40)
                                WHEN k IN (2, 10) THEN 'https://hooks.slack.com/services/T0' || upper(fbgen.rnd('whst', k, 8)) || '/B0' || upper(fbgen.rnd('whsb', k, 9)) || '/' || fbgen.rnd('whss', k, 24)
                                ELSE 'https://ops.movewell.example/research/webhook' END END,
       src::"WebhookSource", fbgen.cuid('env', e), trg::"PipelineTriggers"[], CASE WHEN sv IS NULL THEN ARRAY[]::text[] ELSE (SELECT array_agg(fbgen.cuid('srv', x)) FROM unnest(sv) x) END
FROM (VALUES (1, 'NPS to HubSpot', 'zapier', 1, '{responseFinished}', ARRAY[1, 2]), (2, 'Churn to Slack', 'user', 1, '{responseFinished}', ARRAY[3]),
             (3, NULL, 'make', 1, '{responseCreated,responseUpdated,responseFinished}', NULL), (4, 'CRM bridge', 'user', 1, '{responseFinished}', NULL),
             (5, 'Screener → research inbox', 'user', 5, '{responseFinished}', ARRAY[9, 11]), (6, 'Patienten-Rückruf', 'n8n', 7, '{responseFinished}', ARRAY[13]),
             (7, 'Website feedback → Trello', 'zapier', 3, '{responseCreated}', NULL), (8, 'Harbourline Zap', 'zapier', 11, '{responseFinished}', ARRAY[15]),
             (9, 'Klinik-Website', 'n8n', 9, '{responseFinished}', NULL), (10, 'test hook', 'user', 2, '{responseCreated}', NULL),
             (11, 'Diary study sync', 'make', 5, '{responseFinished}', ARRAY[10]), (12, 'Onboarding → Airtable', 'zapier', 15, '{responseFinished}', ARRAY[17])) v(k, n, src, e, trg, sv);

CREATE TABLE "Integration" ("id" text NOT NULL PRIMARY KEY, "type" "IntegrationType" NOT NULL, "environmentId" text NOT NULL, "config" jsonb NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, UNIQUE ("type", "environmentId"));
INSERT INTO "Integration"
SELECT fbgen.cuid('int', k), t::"IntegrationType", fbgen.cuid('env', e),
       CASE t
       WHEN 'googleSheets' THEN jsonb_build_object('key', jsonb_build_object('scope', 'https://www.googleapis.com/auth/spreadsheets https://www.googleapis.com/auth/userinfo.email', 'token_type', 'Bearer',
            'expiry_date', 1738000000000 + k * 86400000, 'access_token', 'ya29' || '.a0AcM612' || fbgen.rnd('igat', k, 150), 'refresh_token', '1//0' || fbgen.rnd('igrt', k, 100)),
            'email', (SELECT email FROM fbgen.u WHERE i = u),
            'data', jsonb_build_array(jsonb_build_object('surveyId', fbgen.cuid('srv', sv), 'surveyName', (SELECT name FROM fbgen.s WHERE k = sv), 'questionIds', '["score", "reason", "feature"]'::jsonb,
              'questions', 'All questions', 'spreadsheetId', '1' || fbgen.rnd('igss', k, 43), 'spreadsheetName', (SELECT name FROM fbgen.s WHERE k = sv) || ' – responses',
              'createdAt', fbgen.iso(fbgen.at('igc', k, timestamp '2024-03-01', 200)), 'includeMetadata', true, 'includeHiddenFields', true)))
       WHEN 'slack' THEN jsonb_build_object('key', jsonb_build_object('app_id', 'A0' || upper(fbgen.rnd('isa', k, 9)), 'authed_user', jsonb_build_object('id', 'U0' || upper(fbgen.rnd('isu', k, 9))),
            'token_type', 'bot', 'access_token', 'xoxb-' || fixture_gen.digits('isb1', k, 13) || '-' || fixture_gen.digits('isb2', k, 13) || '-' || fbgen.rnd('isb3', k, 24),
            'bot_user_id', 'U0' || upper(fbgen.rnd('isbu', k, 9)), 'team', jsonb_build_object('id', 'T0' || upper(fbgen.rnd('ist', k, 9)), 'name', CASE WHEN e = 11 THEN 'Northbeam' ELSE 'Movewell' END)),
            'data', jsonb_build_array(jsonb_build_object('surveyId', fbgen.cuid('srv', sv), 'surveyName', (SELECT name FROM fbgen.s WHERE k = sv), 'channelId', 'C0' || upper(fbgen.rnd('isc', k, 9)),
              'channelName', CASE WHEN e = 11 THEN 'harbourline-feedback' ELSE 'nps-feedback' END, 'questionIds', '["score", "reason"]'::jsonb, 'questions', 'All questions', 'createdAt', fbgen.iso(fbgen.at('isc', k, timestamp '2024-03-01', 200)))))
       WHEN 'notion' THEN jsonb_build_object('key', jsonb_build_object('access_token', 'ntn_' || fixture_gen.digits('inat', k, 12) || fbgen.rnd('inat', k, 34), 'bot_id', fixture_gen.uuid('inb', k),
            'token_type', 'bearer', 'workspace_id', fixture_gen.uuid('inw', k), 'workspace_name', CASE WHEN e = 7 THEN 'Movewell Kliniken' ELSE 'Movewell Research' END, 'workspace_icon', NULL,
            'owner', jsonb_build_object('type', 'user', 'user', jsonb_build_object('object', 'user', 'id', fixture_gen.uuid('inou', k), 'name', (SELECT name FROM fbgen.u WHERE i = u),
              'avatar_url', NULL, 'type', 'person', 'person', jsonb_build_object('email', (SELECT email FROM fbgen.u WHERE i = u))))),
            'data', jsonb_build_array(jsonb_build_object('surveyId', fbgen.cuid('srv', sv), 'surveyName', (SELECT name FROM fbgen.s WHERE k = sv), 'databaseId', replace(fixture_gen.uuid('indb', k), '-', ''),
              'databaseName', 'Screener responses', 'mapping', '[{"question": {"id": "story", "name": "Story", "type": "openText"}, "column": {"id": "title", "name": "Name", "type": "title"}}]'::jsonb,
              'createdAt', fbgen.iso(fbgen.at('inc', k, timestamp '2024-03-01', 200)))))
       ELSE jsonb_build_object('key', jsonb_build_object('access_token', 'pat' || fbgen.rnd('iaat', k, 14) || '.' || fixture_gen.hexn('iaat2', k, 64), 'refresh_token', fbgen.rnd('iart', k, 64),
            'expiry_date', fbgen.iso(fbgen.at('iae', k, timestamp '2025-02-01', 30)), 'scope', 'data.records:read data.records:write schema.bases:read'),
            'email', (SELECT email FROM fbgen.u WHERE i = u),
            'data', jsonb_build_array(jsonb_build_object('surveyId', fbgen.cuid('srv', sv), 'surveyName', (SELECT name FROM fbgen.s WHERE k = sv), 'baseId', 'app' || fbgen.rnd('iab', k, 14),
              'tableId', 'tbl' || fbgen.rnd('iatb', k, 14), 'tableName', 'Formbricks responses', 'questionIds', '["score", "reason"]'::jsonb, 'questions', 'All questions', 'createdAt', fbgen.iso(fbgen.at('iac', k, timestamp '2024-03-01', 200)))))
       END,
       fbgen.at('igc', k, timestamp '2024-03-01', 200), fbgen.at('igu', k, timestamp '2024-12-01', 60)
FROM (VALUES (1, 'googleSheets', 1, 2, 1), (2, 'slack', 1, 5, 3), (3, 'notion', 5, 10, 9), (4, 'airtable', 5, 12, 10), (5, 'googleSheets', 7, 18, 13), (6, 'notion', 7, 19, 12),
             (7, 'slack', 11, 24, 15), (8, 'googleSheets', 11, 26, 15), (9, 'airtable', 15, 29, 17), (10, 'googleSheets', 17, 30, 18)) v(k, t, e, u, sv);

-- ---------------------------------------------------------------------------
-- Responses, displays, notes, tags on responses.

-- Therapists at the clinics (named in answers and notes).
CREATE FUNCTION fbgen.therapist(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Anna Becker', 'Dr. Mehmet Aydın', 'Frau Zielińska', 'Herr Okonkwo', 'Lukas Hoffmann', 'Sophie', 'Karim Benali', 'Jana Nováková', 'Tom (the tall one)', 'Dr. Priya Nair'], tag, i)
$$;

-- say: an open-text answer for a kind of question; some name people, give
-- contact details or describe health, many do not.
CREATE FUNCTION fbgen.say(q text, i bigint, first text, last text, email text, phone text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE q
  WHEN 'reason' THEN CASE fixture_gen.n('say' || q, i, 16)
    WHEN 0 THEN 'The exercises after my ACL reconstruction are brilliant, but my physio ' || fbgen.therapist('st', i) || ' takes days to answer in the chat.'
    WHEN 1 THEN 'Dr. ' || fixture_gen.last_name('sd', i) || ' at the clinic recommended it and my lower back pain is much better after 6 weeks.'
    WHEN 2 THEN 'You charged me twice this month. Please call me on ' || phone || ', I have emailed twice already.'
    WHEN 3 THEN 'I have MS and some of the standing exercises are too hard for me on bad days.'
    WHEN 4 THEN 'Good'
    WHEN 5 THEN 'Videos are clear and short, I can do them before work.'
    WHEN 6 THEN 'Cannot log in on my iPad since the update. My account is ' || email || '.'
    WHEN 7 THEN 'Too expensive for what it is.'
    WHEN 8 THEN 'After my hip replacement this app kept me going. Thank you!'
    WHEN 9 THEN 'I''m 24 weeks pregnant – are the core exercises safe? Nobody answered my question.'
    WHEN 10 THEN 'Works well.'
    WHEN 11 THEN 'My partner ' || fixture_gen.first_name('sw', i) || ' uses it too, would love a family plan.'
    WHEN 12 THEN 'The reminders are annoying, I get three a day.'
    WHEN 13 THEN 'Depression makes it hard to stay motivated, the streaks help a bit.'
    WHEN 14 THEN 'Progress reports are great to show my GP.'
    ELSE '' END
  WHEN 'details' THEN CASE fixture_gen.n('say' || q, i, 10)
    WHEN 0 THEN 'My knee is fine now, thanks to the programme!'
    WHEN 1 THEN 'Lost my job, cannot afford it at the moment.'
    WHEN 2 THEN 'The app kept crashing on my Pixel during videos.'
    WHEN 3 THEN 'I am having surgery on my shoulder next month, will come back after.'
    WHEN 4 THEN 'Please delete my data. ' || first || ' ' || last || ', ' || email
    WHEN 5 THEN 'Switched to the physio my insurer pays for.'
    WHEN 6 THEN 'Not enough guidance for chronic pain, felt left alone.'
    ELSE '' END
  WHEN 'notes' THEN CASE fixture_gen.n('say' || q, i, 12)
    WHEN 0 THEN 'Knee swollen again after the stairs, took ibuprofen and iced it.'
    WHEN 1 THEN 'Felt dizzy during the bridges, maybe my blood pressure tablets?'
    WHEN 2 THEN 'Fine'
    WHEN 3 THEN 'My physio ' || fbgen.therapist('sn', i) || ' said to skip the lunges until the scan.'
    WHEN 4 THEN 'Sharp pain in the lower back at exercise 4, stopped there.'
    WHEN 5 THEN 'Better than yesterday.'
    WHEN 6 THEN 'Could only do half, my fibromyalgia is flaring this week.'
    WHEN 7 THEN 'Did it with my son ' || fixture_gen.first_name('ss', i) || ', he is recovering from a sprained ankle too.'
    WHEN 8 THEN 'No pain at all today!'
    ELSE '' END
  WHEN 'missing' THEN CASE fixture_gen.n('say' || q, i, 8)
    WHEN 0 THEN 'Opening hours of the Leeds clinic'
    WHEN 1 THEN 'Whether you accept Bupa'
    WHEN 2 THEN 'Price list for clinic sessions'
    WHEN 3 THEN 'I wanted to cancel my appointment on Friday, I am ' || first || ' ' || last || ', please call ' || phone
    WHEN 4 THEN 'Preise für Privatpatienten'
    ELSE '' END
  WHEN 'story' THEN CASE fixture_gen.n('say' || q, i, 8)
    WHEN 0 THEN 'Tore my ACL playing football in March, had surgery at Wythenshawe in May. Still can''t run.'
    WHEN 1 THEN 'Chronic lower back pain for 10 years, herniated disc L4/L5. Work as a nurse so lifting is hard.'
    WHEN 2 THEN 'Frozen shoulder after breast cancer treatment, physio on the NHS ended after 6 sessions.'
    WHEN 3 THEN 'Hip replacement last year. My daughter ' || fixture_gen.first_name('sy', i) || ' set up the app for me.'
    WHEN 4 THEN 'Ankle sprain that never healed properly.'
    WHEN 5 THEN 'Type 2 diabetes and neuropathy in my feet, balance exercises help.'
    ELSE '' END
  WHEN 'anmerkungen' THEN CASE fixture_gen.n('say' || q, i, 9)
    WHEN 0 THEN 'Sehr freundliches Team, ' || fbgen.therapist('sa', i) || ' hat sich viel Zeit genommen.'
    WHEN 1 THEN 'Nach der Knie-OP hatte ich starke Schmerzen, die Behandlung hat sehr geholfen.'
    WHEN 2 THEN 'Wartezeit am Empfang war zu lang.'
    WHEN 3 THEN 'Bitte rufen Sie mich wegen der Rechnung zurück: ' || phone
    WHEN 4 THEN 'Parkplätze fehlen.'
    WHEN 5 THEN 'Ich bin Diabetikerin, das wurde bei den Übungen leider nicht berücksichtigt.'
    ELSE '' END
  WHEN 'repairs' THEN CASE fixture_gen.n('say' || q, i, 7)
    WHEN 0 THEN 'Mould in the bathroom again, my daughter has asthma and it is getting worse.'
    WHEN 1 THEN 'Boiler broke twice in January. The engineer (Dave) was great though.'
    WHEN 2 THEN 'Nothing, all good.'
    WHEN 3 THEN 'Front door lock sticks. Ring me on ' || phone || ' before coming round, I work nights.'
    WHEN 4 THEN 'Neighbours at number 12 are very loud.'
    ELSE '' END
  WHEN 'went_well' THEN CASE fixture_gen.n('say' || q, i, 5)
    WHEN 0 THEN 'Ren ran the Harbourline workshop brilliantly.'
    WHEN 1 THEN 'Shipped the tenant portal redesign on time.'
    WHEN 2 THEN 'Lunch club!'
    ELSE 'Good collaboration with the client team.' END
  WHEN 'improve' THEN CASE fixture_gen.n('say' || q, i, 5)
    WHEN 0 THEN 'Too many meetings on Mondays.'
    WHEN 1 THEN 'Sakura is covering two projects while on a phased return after her surgery, we need to help her.'
    WHEN 2 THEN 'Client feedback loops take too long.'
    ELSE '' END
  WHEN 'comments' THEN CASE fixture_gen.n('say' || q, i, 5)
    WHEN 0 THEN '通勤がなくなり、子育てとの両立がしやすくなりました。'
    WHEN 1 THEN '上司の田中さんとのコミュニケーションが難しいです。'
    WHEN 2 THEN '特になし'
    ELSE '在宅勤務で腰痛がひどくなりました。' END
  ELSE '' END
$$;

-- Responses 1-520: a survey each (weighted towards the live ones), a
-- contact for app and website surveys, a person for every one.
CREATE TABLE fbgen.r (i int PRIMARY KEY, s int, kind text, type text, env int, c int, p int, fin boolean);
INSERT INTO fbgen.r
SELECT i, s.k, s.kind, s.type, s.env, CASE WHEN s.type <> 'link' THEN pc END, coalesce(CASE WHEN s.type <> 'link' THEN pc END, 1 + fixture_gen.n('rp', i, 420)), i % 9 <> 4
FROM generate_series(1, 520) i
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 5, 6, 7, 7, 8, 9, 9, 10, 11, 12, 12, 13, 13, 14, 15, 15, 16, 17, 18, 23, 28])[1 + fixture_gen.n('rs', i, 33)] AS sk) x
JOIN fbgen.s s ON s.k = x.sk
CROSS JOIN LATERAL (SELECT CASE s.env WHEN 1 THEN 1 + fixture_gen.n('rc', i, 260) WHEN 2 THEN 401 + fixture_gen.n('rc', i, 20) WHEN 3 THEN 261 + fixture_gen.n('rc', i, 60)
    WHEN 9 THEN 321 + fixture_gen.n('rc', i, 50) WHEN 15 THEN 371 + fixture_gen.n('rc', i, 30) END AS pc) y;

CREATE TABLE "Response" (
    "id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "finished" boolean NOT NULL DEFAULT false,
    "surveyId" text NOT NULL, "contactId" text, "endingId" text, "data" jsonb NOT NULL DEFAULT '{}', "variables" jsonb NOT NULL DEFAULT '{}', "ttc" jsonb NOT NULL DEFAULT '{}',
    "meta" jsonb NOT NULL DEFAULT '{}', "contactAttributes" jsonb, "singleUseId" text, "language" text, "displayId" text UNIQUE, UNIQUE ("surveyId", "singleUseId"));
INSERT INTO "Response"
SELECT fbgen.cuid('rsp', r.i), t, t + make_interval(secs => 20 + fixture_gen.n('rdu', r.i, 600)), r.fin, fbgen.cuid('srv', r.s), CASE WHEN r.c IS NOT NULL THEN fbgen.cuid('ct', r.c) END,
       CASE WHEN r.fin THEN (SELECT e ->> 'id' FROM "Survey" sv, unnest(sv."endings") e WHERE sv.id = fbgen.cuid('srv', r.s) LIMIT 1) END,
       jsonb_strip_nulls(d.data), CASE r.kind WHEN 'nps_app' THEN jsonb_build_object('v_prom', CASE WHEN (d.data ->> 'score')::int >= 9 THEN 1 ELSE 0 END)
         WHEN 'checkin' THEN jsonb_build_object('v_flag', CASE WHEN (d.data ->> 'pain')::int >= 7 THEN 'high' ELSE '' END) ELSE '{}'::jsonb END,
       (SELECT jsonb_object_agg(key, v) || jsonb_build_object('_total', sum(v)) FROM (SELECT key, 1500 + fixture_gen.n('rttc' || key, r.i, 40000) AS v FROM jsonb_object_keys(jsonb_strip_nulls(d.data)) key) tk),
       jsonb_strip_nulls(jsonb_build_object('source', CASE r.type WHEN 'link' THEN CASE WHEN r.i % 4 = 0 THEN 'newsletter' ELSE 'link' END ELSE r.type END,
         'url', CASE WHEN r.type = 'link' THEN 'https://feedback.movewell.example/s/' || fbgen.cuid('srv', r.s)
                      || CASE WHEN r.s IN (10, 11, 16) THEN '?suId=' || fbgen.rnd('rsu', r.i, 28) || '&' ELSE '?' END
                      || CASE WHEN r.i % 3 <> 0 THEN 'email=' || replace(p.email, '@', '%40') || '&' ELSE '' END || 'lang=' || CASE WHEN r.env = 7 THEN 'de' ELSE 'en' END
                    WHEN r.type = 'website' THEN fixture_gen.pick(CASE WHEN r.env = 9 THEN ARRAY['https://kliniken.movewell.example/standorte/koeln', 'https://kliniken.movewell.example/termin', 'https://kliniken.movewell.example/preise']
                      ELSE ARRAY['https://movewell.example/pricing', 'https://movewell.example/blog/acl-rehab-week-by-week', 'https://movewell.example/clinics/leeds', 'https://movewell.example/checkout'] END, 'rurl', r.i) END,
         'userAgent', jsonb_build_object('browser', fixture_gen.pick(ARRAY['Chrome', 'Safari', 'Mobile Safari', 'Firefox', 'Samsung Internet', 'Edge'], 'rub', r.i),
            'os', fixture_gen.pick(ARRAY['iOS', 'Android', 'Mac OS', 'Windows', 'Linux'], 'ruo', r.i), 'device', CASE WHEN r.type = 'app' OR r.i % 3 = 0 THEN 'phone' ELSE 'desktop' END),
         'country', CASE WHEN r.env IN (7, 9) THEN 'DE' WHEN r.env = 17 THEN 'JP' ELSE p.country END,
         'action', CASE WHEN r.type = 'app' THEN CASE r.kind WHEN 'churn' THEN 'Cancelled subscription' ELSE 'Completed exercise session' END WHEN r.type = 'website' THEN 'New Session' END)),
       CASE WHEN r.c IS NOT NULL THEN jsonb_strip_nulls(jsonb_build_object('email', p.email, 'userId', c.uid,
         'firstName', CASE WHEN r.i % 5 <> 2 THEN p.first END, 'lastName', CASE WHEN r.i % 5 <> 2 THEN p.last END)) ELSE '{}'::jsonb END,
       CASE WHEN r.s IN (10, 11, 16) THEN fbgen.rnd('rsu', r.i, 28) END,
       CASE WHEN r.env = 7 THEN CASE WHEN r.i % 7 = 0 THEN 'tr' WHEN r.i % 5 = 0 THEN 'en' ELSE 'default' END WHEN r.env = 17 THEN 'default' WHEN r.s IN (1, 2) AND p.country = 'DE' THEN 'de' WHEN r.s IN (1, 2) THEN 'default' END,
       fbgen.cuid('dsp', r.i)
FROM fbgen.r r JOIN fbgen.p p ON p.i = r.p LEFT JOIN fbgen.c c ON c.i = r.c
CROSS JOIN LATERAL (SELECT fbgen.at('rcr', r.i, timestamp '2024-01-05', 410) AS t) tt
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['PayPal', 'PayPal', 'Bank transfer', 'Amazon voucher'], 'rmth', r.i) AS m) mm
CROSS JOIN LATERAL (SELECT CASE r.kind
  WHEN 'nps_app' THEN jsonb_build_object('score', fixture_gen.n('rsc', r.i, 11), 'reason', nullif(fbgen.say('reason', r.i, p.first, p.last, p.email, p.phone), ''),
      'feature', CASE WHEN r.i % 3 <> 0 THEN fixture_gen.pick(ARRAY['Exercise videos', 'Pain diary', 'Chat with a physio', 'Progress reports'], 'rft', r.i) END,
      'callback', CASE WHEN r.i % 4 = 0 THEN 'accepted' WHEN r.i % 4 = 1 THEN 'dismissed' END)
  WHEN 'churn' THEN jsonb_build_object('why', fixture_gen.pick(ARRAY['Too expensive', 'My injury has healed', 'Not enough guidance', 'Technical problems', 'I found a clinic near me'], 'rwy', r.i),
      'details', nullif(fbgen.say('details', r.i, p.first, p.last, p.email, p.phone), ''), 'comeback', CASE WHEN r.i % 3 <> 0 THEN 1 + fixture_gen.n('rcb', r.i, 5) END)
  WHEN 'checkin' THEN jsonb_build_object('pain', fixture_gen.n('rpn', r.i, 11), 'notes', nullif(fbgen.say('notes', r.i, p.first, p.last, p.email, p.phone), ''), 'week', (1 + r.i % 6)::text)
      || CASE WHEN r.s = 10 THEN jsonb_build_object('email', p.email) ELSE '{}'::jsonb END
  WHEN 'website' THEN jsonb_build_object('helpful', 1 + fixture_gen.n('rhp', r.i, 5), 'missing', nullif(fbgen.say('missing', r.i, p.first, p.last, p.email, p.phone), ''),
      'reply_email', CASE WHEN r.i % 4 = 1 THEN p.email END)
  WHEN 'research' THEN jsonb_build_object('age_band', fixture_gen.pick(ARRAY['18-29', '30-44', '45-59', '60+'], 'rab', r.i),
      'condition', CASE WHEN r.i % 3 = 0 THEN '["Back pain", "Knee injury or surgery"]'::jsonb ELSE jsonb_build_array(fixture_gen.pick(ARRAY['Back pain', 'Knee injury or surgery', 'Shoulder problem', 'Hip replacement', 'Something else'], 'rcd', r.i)) END,
      'story', nullif(fbgen.say('story', r.i, p.first, p.last, p.email, p.phone), ''),
      'contact', jsonb_build_array(p.first, p.last, p.email, CASE WHEN r.i % 3 <> 1 THEN p.phone ELSE '' END, ''),
      'address', CASE WHEN r.i % 4 <> 3 THEN jsonb_build_array(p.street, '', p.city, '', p.postcode, CASE p.country WHEN 'GB' THEN 'United Kingdom' WHEN 'DE' THEN 'Germany' WHEN 'IE' THEN 'Ireland' ELSE p.country END) END,
      'availability', CASE WHEN r.i % 2 = 0 THEN to_char(date '2025-02-03' + fixture_gen.n('rav', r.i, 40), 'YYYY-MM-DD') END,
      'source', fixture_gen.pick(ARRAY['instagram', 'newsletter', 'app-banner', 'clinic-poster'], 'rsrc', r.i), 'email', CASE WHEN r.i % 3 <> 0 THEN p.email END)
  WHEN 'payout' THEN jsonb_build_object('method', m, 'paypal_email', CASE WHEN m = 'PayPal' THEN CASE WHEN r.i % 3 = 0 THEN fbgen.mail(p.first, p.last, 'rpp', r.i, NULL) ELSE p.email END END,
      'account_holder', CASE WHEN m = 'Bank transfer' THEN p.name END, 'iban', CASE WHEN m = 'Bank transfer' THEN fixture_gen.iban_for('riban', r.i) END,
      'participant', 'P-' || lpad((r.p)::text, 4, '0'), 'email', p.email)
  WHEN 'patient' THEN jsonb_build_object('zufriedenheit', 1 + fixture_gen.n('rzf', r.i, 5), 'therapeut', CASE WHEN r.i % 3 <> 2 THEN fbgen.therapist('rth', r.i) END,
      'anmerkungen', nullif(fbgen.say('anmerkungen', r.i, p.first, p.last, p.email, p.phone), ''),
      'rueckruf', CASE WHEN r.i % 4 = 0 THEN jsonb_build_array(p.first, p.last, CASE WHEN r.i % 8 = 0 THEN p.email ELSE '' END, p.phone, '') END,
      'standort', fixture_gen.pick(ARRAY['koeln-ehrenfeld', 'duesseldorf-mitte', 'bonn', 'essen'], 'rst', r.i), 'email', CASE WHEN r.i % 3 <> 0 THEN p.email END)
  WHEN 'agency' THEN jsonb_build_object('property', jsonb_build_array(fixture_gen.street('rps', r.i), CASE WHEN r.i % 2 = 0 THEN 'Flat ' || (1 + r.i % 9) ELSE '' END, fixture_gen.pick(ARRAY['Manchester', 'Salford', 'Stockport'], 'rpc', r.i), '', fixture_gen.postcode('rpz', r.i), ''),
      'satisfaction', fixture_gen.n('rsat', r.i, 11), 'repairs', nullif(fbgen.say('repairs', r.i, p.first, p.last, p.email, p.phone), ''),
      'contact', CASE WHEN r.i % 2 = 0 THEN jsonb_build_array(p.first, p.last, p.email, p.phone, '') END, 'tenancy_ref', 'HL-2024-' || lpad((r.i * 7 % 900)::text, 4, '0'),
      'email', CASE WHEN r.i % 3 <> 0 THEN p.email END)
  WHEN 'internal' THEN jsonb_build_object('went_well', nullif(fbgen.say('went_well', r.i, p.first, p.last, p.email, p.phone), ''), 'improve', nullif(fbgen.say('improve', r.i, p.first, p.last, p.email, p.phone), ''),
      'mood', 1 + fixture_gen.n('rmd', r.i, 5))
  WHEN 'thesis' THEN jsonb_build_object('age', fixture_gen.pick(ARRAY['20代', '30代', '40代以上'], 'rag', r.i), 'gender', fixture_gen.pick(ARRAY['女性', '男性', '回答しない'], 'rgd', r.i),
      'occupation', fixture_gen.pick(ARRAY['看護師', 'エンジニア', '会社員', '教師', '営業'], 'roc', r.i), 'comments', nullif(fbgen.say('comments', r.i, p.first, p.last, p.email, p.phone), ''))
  END AS data) d;

CREATE TABLE "Display" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL, "surveyId" text NOT NULL,
    "contactId" text, "responseId" text UNIQUE, "status" "DisplayStatus");
INSERT INTO "Display"
SELECT fbgen.cuid('dsp', r.i), x."createdAt" - interval '4 seconds', x."updatedAt", fbgen.cuid('srv', r.s), x."contactId", x.id, 'responded'
FROM fbgen.r r JOIN "Response" x ON x.id = fbgen.cuid('rsp', r.i)
UNION ALL
SELECT fbgen.cuid('dsp', 1000 + g.k), t, t, fbgen.cuid('srv', s.k), CASE WHEN s.type <> 'link' THEN fbgen.cuid('ct', CASE s.env WHEN 1 THEN 1 + fixture_gen.n('dc', g.k, 260) WHEN 3 THEN 261 + fixture_gen.n('dc', g.k, 60)
    WHEN 9 THEN 321 + fixture_gen.n('dc', g.k, 50) WHEN 15 THEN 371 + fixture_gen.n('dc', g.k, 30) ELSE 401 + fixture_gen.n('dc', g.k, 20) END) END, NULL, CASE WHEN g.k % 11 = 0 THEN NULL ELSE 'seen' END::"DisplayStatus"
FROM generate_series(1, 380) g(k) CROSS JOIN LATERAL (SELECT fbgen.at('dcr', g.k, timestamp '2024-01-05', 410) AS t) tt
JOIN fbgen.s s ON s.k = (ARRAY[1, 1, 1, 2, 2, 3, 4, 5, 5, 6, 7, 7, 7, 8, 8, 14, 14, 17, 9, 12, 13])[1 + fixture_gen.n('ds', g.k, 21)];

CREATE TABLE "TagsOnResponses" ("responseId" text NOT NULL, "tagId" text NOT NULL, PRIMARY KEY ("responseId", "tagId"));
INSERT INTO "TagsOnResponses"
SELECT DISTINCT fbgen.cuid('rsp', r.i), fbgen.cuid('tag', t)
FROM fbgen.r r CROSS JOIN LATERAL (SELECT CASE r.env WHEN 1 THEN 1 + fixture_gen.n('tr', r.i, 7) WHEN 3 THEN 8 + fixture_gen.n('tr', r.i, 2) WHEN 5 THEN 10 + fixture_gen.n('tr', r.i, 3)
    WHEN 7 THEN 13 + fixture_gen.n('tr', r.i, 3) WHEN 11 THEN 16 + fixture_gen.n('tr', r.i, 2) WHEN 13 THEN 18 WHEN 15 THEN 19 WHEN 17 THEN 20 END AS t) x
WHERE t IS NOT NULL AND r.i % 3 <> 1;

CREATE TABLE "ResponseNote" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "responseId" text NOT NULL, "userId" text NOT NULL, "text" text NOT NULL, "isResolved" boolean NOT NULL DEFAULT false, "isEdited" boolean NOT NULL DEFAULT false);
INSERT INTO "ResponseNote"
SELECT fbgen.cuid('rn', r.i), x."createdAt" + interval '1 day', x."createdAt" + interval '1 day' + make_interval(mins => r.i % 300), x.id,
       fbgen.cuid('usr', CASE WHEN r.env IN (7, 9) THEN 17 + r.i % 6 WHEN r.env IN (11, 13) THEN 23 + r.i % 6 WHEN r.env IN (15, 17) THEN 29 + r.env % 2 ELSE 1 + r.i % 16 END),
       CASE fixture_gen.n('rnt', r.i, 12)
         WHEN 0 THEN 'Called ' || p.first || ' back on ' || p.phone || ', refund for the double charge issued.'
         WHEN 1 THEN 'Escalated to ' || fbgen.therapist('rnth', r.i) || ' for clinical review.'
         WHEN 2 THEN 'Possible fall risk mentioned, flagged to Clinical Quality (see Jira CQ-' || (100 + r.i) || ').'
         WHEN 3 THEN 'Duplicate of Zendesk #' || (48000 + r.i * 13) || '.'
         WHEN 4 THEN 'Nothing to do.'
         WHEN 5 THEN 'Asked ' || p.email || ' for screenshots of the crash.'
         WHEN 6 THEN 'Rückruf durchgeführt, Patientin (' || p.name || ') wünscht Termin bei anderem Therapeuten.'
         WHEN 7 THEN 'Good quote for the app store page.'
         WHEN 8 THEN 'Shortlisted for the knee interview round, invite sent to ' || p.email || '.'
         WHEN 9 THEN 'Landlord informed about the mould, contractor booked for Tuesday. Tenant: ' || p.name || ', ' || p.phone || '.'
         WHEN 10 THEN 'Pregnancy question: forwarded to women''s health physio.'
         ELSE 'Same user complained in October.' END,
       r.i % 3 = 0, r.i % 7 = 0
FROM fbgen.r r JOIN fbgen.p p ON p.i = r.p JOIN "Response" x ON x.id = fbgen.cuid('rsp', r.i)
WHERE r.i % 4 = 1 AND r.env IN (1, 3, 5, 7, 9, 11, 13, 15, 17);

-- ---------------------------------------------------------------------------
-- AI insights: documents made of open-text answers, and the insights drawn.

CREATE TABLE "Insight" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "environmentId" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "category" "InsightCategory" NOT NULL);
INSERT INTO "Insight"
SELECT fbgen.cuid('ins', k), fbgen.at('isc', k, timestamp '2024-11-01', 60), fbgen.at('isu', k, timestamp '2025-01-05', 40), fbgen.cuid('env', e), t, d, c::"InsightCategory"
FROM (VALUES (1, 1, 'Slow physio chat replies', 'Users report waiting several days for answers from physiotherapists in the in-app chat.', 'complaint'),
             (2, 1, 'Double charges on subscription', 'Several users were billed twice in the same month.', 'complaint'),
             (3, 1, 'Family plan', 'Users ask for a plan shared by family members.', 'featureRequest'),
             (4, 1, 'Exercises too hard on flare-up days', 'Users with chronic conditions want easier alternatives.', 'featureRequest'),
             (5, 1, 'Helpful for post-surgery recovery', 'Praise from users recovering from joint surgery.', 'praise'),
             (6, 1, 'Login problems on iPad', 'Users cannot sign in on iPad after the latest release.', 'complaint'),
             (7, 7, 'Wartezeiten am Empfang', 'Patienten bemängeln lange Wartezeiten.', 'complaint'),
             (8, 7, 'Freundliches Team', 'Lob für Therapeuten und Empfang.', 'praise'),
             (9, 7, 'Parkplatzsituation', 'Fehlende Parkplätze an den Standorten.', 'other')) v(k, e, t, d, c);

CREATE TABLE "Document" ("id" text NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "environmentId" text NOT NULL, "responseId" text, "questionId" text, "sentiment" "Sentiment" NOT NULL, "isSpam" boolean NOT NULL DEFAULT false, "content" text NOT NULL,
    UNIQUE ("responseId", "questionId"));
INSERT INTO "Document"
SELECT fbgen.cuid('doc', r.i * 10 + q.n), x."updatedAt", x."updatedAt" + interval '2 minutes', fbgen.cuid('env', r.env), x.id, q.qid,
       (ARRAY['positive', 'negative', 'neutral'])[1 + fixture_gen.n('dse', r.i * 10 + q.n, 3)]::"Sentiment", false,
       coalesce(x.data ->> q.qid, '') || ''
FROM fbgen.r r JOIN "Response" x ON x.id = fbgen.cuid('rsp', r.i)
CROSS JOIN LATERAL (SELECT n, qid FROM unnest(ARRAY['reason', 'details', 'notes', 'anmerkungen', 'missing']) WITH ORDINALITY AS u(qid, n)) q
WHERE r.env IN (1, 3, 7) AND x.data ? q.qid;
UPDATE "Document" SET "sentiment" = 'neutral', "isSpam" = true WHERE "content" IN ('Good', 'Fine', 'Works well.');

CREATE TABLE "DocumentInsight" ("documentId" text NOT NULL, "insightId" text NOT NULL, PRIMARY KEY ("documentId", "insightId"));
INSERT INTO "DocumentInsight"
SELECT d.id, fbgen.cuid('ins', CASE WHEN d."content" LIKE '%chat%' THEN 1 WHEN d."content" LIKE '%charged%' THEN 2 WHEN d."content" LIKE '%family%' THEN 3
    WHEN d."content" ~ '(MS|fibromyalgia|bad days|chronic)' THEN 4 WHEN d."content" ~ '(hip replacement|ACL|Knie-OP)' THEN 5 WHEN d."content" LIKE '%iPad%' THEN 6
    WHEN d."content" LIKE '%Wartezeit%' THEN 7 WHEN d."content" LIKE '%freundlich%' THEN 8 WHEN d."content" LIKE '%Parkpl%' THEN 9 END)
FROM "Document" d
WHERE d."content" ~ '(chat|charged|family|MS |fibromyalgia|bad days|chronic|hip replacement|ACL|Knie-OP|iPad|Wartezeit|freundlich|Parkpl)';

-- ---------------------------------------------------------------------------
-- Movewell's own schema beside Formbricks's tables: the research team's
-- panel and incentives, e-mail distribution, the CRM export, the webhook
-- inbox, GDPR requests, a staff directory, backups and the deployment's
-- settings.

CREATE SCHEMA research;

CREATE TABLE research.staff (id serial PRIMARY KEY, full_name text NOT NULL, work_email text NOT NULL UNIQUE, mobile text, job_title text, formbricks_user_id text,
    slack_member_id text, location text, started_on date, on_call boolean NOT NULL DEFAULT false, manager_id integer REFERENCES research.staff (id), created_at timestamptz NOT NULL);
INSERT INTO research.staff (full_name, work_email, mobile, job_title, formbricks_user_id, slack_member_id, location, started_on, on_call, manager_id, created_at)
SELECT u.name, u.email, CASE WHEN u.i % 3 <> 2 THEN fixture_gen.phone('stm', u.i) END,
       fixture_gen.pick(CASE WHEN u.org = 2 THEN ARRAY['Klinikleitung', 'Physiotherapeutin', 'Qualitätsmanagerin', 'Praxismanager'] ELSE ARRAY['UX Researcher', 'Senior UX Researcher', 'Product Manager',
         'Head of Customer Experience', 'Lead Physiotherapist', 'Data Analyst', 'Lifecycle Marketing Manager', 'Staff Engineer', 'Clinical Governance Lead'] END, 'stj', u.i),
       fbgen.cuid('usr', u.i), 'U0' || upper(fbgen.rnd('stsl', u.i, 9)),
       CASE WHEN u.org = 2 THEN fixture_gen.pick(ARRAY['Köln', 'Düsseldorf', 'Bonn'], 'stl', u.i) WHEN u.i % 5 = 0 THEN 'Remote (' || fixture_gen.city('stlc', u.i) || ')' ELSE 'Manchester HQ' END,
       date '2019-03-01' + fixture_gen.n('stso', u.i, 2000), u.i IN (5, 9, 11), CASE WHEN u.i IN (1, 17) THEN NULL WHEN u.org = 2 THEN 17 ELSE 1 END, fbgen.at('stc', u.i, timestamp '2023-01-01', 700)
FROM fbgen.u u WHERE u.org IN (1, 2) ORDER BY u.i;

CREATE TABLE research.panel_participant (id serial PRIMARY KEY, participant_code text NOT NULL UNIQUE, formbricks_contact_id text, first_name text NOT NULL, last_name text NOT NULL,
    email text NOT NULL, phone text, date_of_birth date, gender text, city text, postcode text, country char(2), occupation text, condition_area text, recruited_via text,
    consent_version text, consent_given_at timestamptz, paypal_email text, notes text, status text NOT NULL, opted_out_at timestamptz, created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL, last_study_at timestamptz);
INSERT INTO research.panel_participant (participant_code, formbricks_contact_id, first_name, last_name, email, phone, date_of_birth, gender, city, postcode, country, occupation, condition_area,
    recruited_via, consent_version, consent_given_at, paypal_email, notes, status, opted_out_at, created_at, updated_at, last_study_at)
SELECT 'P-' || lpad(p.i::text, 4, '0'), CASE WHEN p.i <= 260 THEN fbgen.cuid('ct', p.i) END, p.first, p.last, p.email, CASE WHEN p.i % 4 <> 2 THEN p.phone END, p.dob,
       fixture_gen.pick(ARRAY['female', 'male', 'female', 'male', 'non-binary', 'prefer not to say'], 'ppg', p.i), p.city, p.postcode, p.country,
       fixture_gen.pick(ARRAY['Nurse', 'Teacher', 'Software developer', 'Retired', 'Warehouse operative', 'Student', 'Bus driver', 'Accountant', 'Self-employed plumber', 'Care worker', NULL], 'ppo', p.i),
       fixture_gen.pick(ARRAY['Lower back', 'Knee (post-op)', 'Shoulder', 'Hip replacement', 'Chronic pain / fibromyalgia', 'Pelvic floor (post-natal)', 'Ankle', 'Neck'], 'ppc', p.i),
       fixture_gen.pick(ARRAY['instagram', 'newsletter', 'app-banner', 'clinic-poster', 'referral'], 'ppr', p.i), CASE WHEN p.i % 5 = 0 THEN 'v2.1' ELSE 'v3.0' END,
       fbgen.at('ppcg', p.i, timestamp '2024-01-10', 380)::timestamptz, CASE WHEN p.i % 3 = 0 THEN fbgen.mail(p.first, p.last, 'pppe', p.i, NULL) WHEN p.i % 3 = 1 THEN p.email END,
       CASE fixture_gen.n('ppn', p.i, 8) WHEN 0 THEN 'Uses a wheelchair, needs step-free access for lab sessions.' WHEN 1 THEN 'Prefers calls after 6pm. Partner ' || fixture_gen.first_name('ppnp', p.i) || ' sometimes answers.'
         WHEN 2 THEN 'Great participant, very articulate.' WHEN 3 THEN 'Hard of hearing – use captions on Zoom.' WHEN 4 THEN 'Do not contact before April, recovering from surgery.' END,
       CASE WHEN p.i % 17 = 0 THEN 'opted_out' WHEN p.i % 6 = 0 THEN 'active' WHEN p.i % 5 = 0 THEN 'screened_out' ELSE 'active' END,
       CASE WHEN p.i % 17 = 0 THEN fbgen.at('ppoo', p.i, timestamp '2024-09-01', 150)::timestamptz END,
       fbgen.at('ppcg', p.i, timestamp '2024-01-10', 380)::timestamptz, fbgen.at('ppu', p.i, timestamp '2024-11-01', 100)::timestamptz,
       CASE WHEN p.i % 3 <> 0 THEN fbgen.at('ppls', p.i, timestamp '2024-06-01', 240)::timestamptz END
FROM fbgen.p p WHERE p.i % 2 = 1 ORDER BY p.i;

CREATE TABLE research.study (id serial PRIMARY KEY, code text NOT NULL UNIQUE, title text NOT NULL, description text, lead_researcher_id integer REFERENCES research.staff (id),
    formbricks_survey_id text, status text NOT NULL, starts_on date, ends_on date, incentive_amount numeric(8,2), created_at timestamptz NOT NULL);
INSERT INTO research.study (code, title, description, lead_researcher_id, formbricks_survey_id, status, starts_on, ends_on, incentive_amount, created_at) VALUES
  ('ST-2024-01', 'Knee rehab journey', 'Interviews with users 6-12 weeks after ACL reconstruction about the app programme.', 10, 'svy:23', 'completed', '2024-03-04', '2024-05-31', 40.00, '2024-02-12 10:00:00+00'),
  ('ST-2024-02', 'Pain diary concept test', 'Unmoderated concept test of the pain diary with 20 panel members.', 12, 'svy:10', 'completed', '2024-06-10', '2024-07-19', 25.00, '2024-05-20 09:30:00+00'),
  ('ST-2024-03', 'Clinic booking usability', 'Moderated usability sessions in the Manchester lab.', 10, NULL, 'completed', '2024-09-02', '2024-10-11', 50.00, '2024-08-12 14:00:00+00'),
  ('ST-2025-01', 'Chronic pain diary study', 'Four-week diary study with participants living with chronic pain.', 12, 'svy:9', 'recruiting', '2025-02-03', '2025-03-28', 80.00, '2025-01-08 11:15:00+00'),
  ('ST-2025-02', 'Post-natal programme discovery', 'Discovery interviews for a pelvic floor programme.', 4, NULL, 'planning', '2025-04-07', NULL, 40.00, '2025-01-27 16:40:00+00');
UPDATE research.study SET formbricks_survey_id = fbgen.cuid('srv', substr(formbricks_survey_id, 5)::int) WHERE formbricks_survey_id LIKE 'svy:%';

CREATE TABLE research.incentive_payment (id serial PRIMARY KEY, participant_id integer NOT NULL REFERENCES research.panel_participant (id), study_id integer NOT NULL REFERENCES research.study (id),
    response_id text, amount numeric(8,2) NOT NULL, currency char(3) NOT NULL, method text NOT NULL, payee_email text, iban text, account_holder text, voucher_code text,
    provider_txn_id text, status text NOT NULL, paid_at timestamptz, paid_by text);
INSERT INTO research.incentive_payment (participant_id, study_id, response_id, amount, currency, method, payee_email, iban, account_holder, voucher_code, provider_txn_id, status, paid_at, paid_by)
SELECT pp.id, st, CASE WHEN k % 3 = 0 THEN fbgen.cuid('rsp', k) END, (SELECT incentive_amount FROM research.study WHERE id = st), CASE WHEN pp.country = 'DE' OR pp.country = 'NL' THEN 'EUR' ELSE 'GBP' END, m,
       CASE WHEN m = 'paypal' THEN coalesce(pp.paypal_email, pp.email) WHEN m = 'amazon_voucher' THEN pp.email END,
       CASE WHEN m = 'bank_transfer' THEN fixture_gen.iban_for('ipib', k) END, CASE WHEN m = 'bank_transfer' THEN pp.first_name || ' ' || pp.last_name END,
       CASE WHEN m = 'amazon_voucher' THEN upper(fbgen.rnd('ipvc1', k, 4) || '-' || fbgen.rnd('ipvc2', k, 6) || '-' || fbgen.rnd('ipvc3', k, 5)) END,
       CASE WHEN m = 'paypal' THEN upper(fbgen.rnd('iptx', k, 17)) WHEN m = 'bank_transfer' THEN 'WISE-' || fixture_gen.digits('iptw', k, 9) END,
       CASE WHEN k % 13 = 0 THEN 'failed' WHEN k % 7 = 0 THEN 'pending' ELSE 'paid' END,
       CASE WHEN k % 13 <> 0 AND k % 7 <> 0 THEN fbgen.at('ippa', k, timestamp '2024-04-01', 320)::timestamptz END,
       CASE WHEN k % 13 <> 0 AND k % 7 <> 0 THEN (SELECT email FROM fbgen.u WHERE i = CASE WHEN k % 2 = 0 THEN 10 ELSE 12 END) END
FROM generate_series(1, 150) k
JOIN research.panel_participant pp ON pp.id = 1 + fixture_gen.n('ipp', k, 210)
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ips', k, 4) AS st, fixture_gen.pick(ARRAY['paypal', 'paypal', 'bank_transfer', 'amazon_voucher'], 'ipm', k) AS m) x;

CREATE TABLE research.interview_session (id serial PRIMARY KEY, study_id integer NOT NULL REFERENCES research.study (id), participant_id integer NOT NULL REFERENCES research.panel_participant (id),
    researcher_id integer REFERENCES research.staff (id), scheduled_at timestamptz NOT NULL, duration_min integer, meeting_url text, recording_path text, transcript_summary text,
    location text, status text NOT NULL, no_show_reason text, created_at timestamptz NOT NULL);
INSERT INTO research.interview_session (study_id, participant_id, researcher_id, scheduled_at, duration_min, meeting_url, recording_path, transcript_summary, location, status, no_show_reason, created_at)
SELECT st, pp.id, CASE WHEN k % 2 = 0 THEN 10 ELSE 12 END, fbgen.at('isch', k, timestamp '2024-03-04', 330)::timestamptz, CASE WHEN k % 9 = 4 THEN NULL ELSE 30 + fixture_gen.n('isd', k, 31) END,
       CASE WHEN st = 3 THEN NULL ELSE 'https://movewell.zoom.us/j/' || fixture_gen.digits('isz', k, 11) || '?pwd=' || fbgen.rnd('iszp', k, 32) || '.1' END,
       CASE WHEN k % 9 = 4 THEN NULL ELSE 's3://movewell-research/recordings/' || to_char(fbgen.at('isch', k, timestamp '2024-03-04', 330), 'YYYY-MM') || '/' || pp.participant_code || '_'
         || fixture_gen.ascii(pp.first_name) || '-' || fixture_gen.ascii(pp.last_name) || '_' || lower(split_part(pp.condition_area, ' ', 1)) || '.mp4' END,
       CASE WHEN k % 9 = 4 THEN NULL ELSE fixture_gen.pick(ARRAY[
         pp.first_name || ' does the exercises in the morning before the school run; stopped using the app after the knee flared up in week 3 and went back to the NHS leaflet.',
         'Participant works night shifts as a ' || coalesce(lower(pp.occupation), 'carer') || '; reminders arrive while asleep. Wants to pick the reminder time.',
         'Strong trust in the physio chat but frustrated by replies taking 2-3 days. Mentioned anxiety about re-injury.',
         'Uses the progress report with their GP, Dr. ' || fixture_gen.last_name('isgp', k) || '. Would pay more for video check-ins.',
         'Struggled with the pain scale: "a 6 for me is a 9 for my husband". Lives with ' || fixture_gen.first_name('ishp', k) || ' who helps with the stretches.'], 'ists', k) END,
       CASE WHEN st = 3 THEN 'Manchester lab, room 2' ELSE 'Zoom' END, CASE WHEN k % 9 = 4 THEN 'no_show' ELSE 'completed' END,
       CASE WHEN k % 9 = 4 THEN fixture_gen.pick(ARRAY['Participant ill, rescheduled', 'No reason given', 'Emailed to say her son was in hospital', 'Forgot, apologised by SMS'], 'isns', k) END,
       fbgen.at('isch', k, timestamp '2024-02-20', 330)::timestamptz
FROM generate_series(1, 60) k JOIN research.panel_participant pp ON pp.id = 1 + fixture_gen.n('isp', k, 210)
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 20 THEN 1 WHEN k <= 40 THEN 3 ELSE 4 END AS st) x;

CREATE TABLE research.email_template (id serial PRIMARY KEY, name text NOT NULL UNIQUE, subject text NOT NULL, body_html text NOT NULL, from_name text NOT NULL, from_email text NOT NULL,
    updated_at timestamptz NOT NULL, updated_by integer REFERENCES research.staff (id));
INSERT INTO research.email_template (name, subject, body_html, from_name, from_email, updated_at, updated_by) VALUES
  ('nps_invite', 'Two minutes to help Movewell?', '<p>Hi {{first_name}},</p><p>How are we doing? <a href="{{survey_link}}">Answer one question</a>.</p><p>The Movewell team</p>', 'Movewell', 'feedback@movewell.example', '2024-09-12 10:00:00+00', 6),
  ('screener_invite', 'Join the Movewell research panel', '<p>Hi {{first_name}},</p><p>We are looking for people recovering from {{condition}}. <a href="{{survey_link}}">Apply here</a> – £{{incentive}} if selected.</p>', 'Movewell Research', 'research@movewell.example', '2025-01-08 11:30:00+00', 12),
  ('interview_confirmation', 'Your Movewell interview on {{date}}', '<p>Hi {{first_name}},</p><p>Your session is confirmed. Join here: {{meeting_url}}</p><p>{{researcher_name}}</p>', 'Movewell Research', 'research@movewell.example', '2024-08-30 15:00:00+00', 10),
  ('payout_request', 'Your thank-you payment', '<p>Hi {{first_name}}, please tell us how you would like to be paid: <a href="{{survey_link}}">payout form</a> (PIN {{pin}}).</p>', 'Movewell Research', 'research@movewell.example', '2024-05-02 09:00:00+00', 12),
  ('patient_survey_de', 'Wie war Ihre Behandlung?', '<p>Guten Tag {{anrede}} {{nachname}},</p><p>wir freuen uns über Ihre Meinung: <a href="{{survey_link}}">zur Befragung</a>.</p>', 'Movewell Kliniken', 'patientenservice@movewell.example', '2024-02-14 08:00:00+00', 17),
  ('deletion_confirmation', 'Your data has been deleted', '<p>Hi {{first_name}}, as requested we have deleted your survey responses and panel profile.</p>', 'Movewell Privacy', 'privacy@movewell.example', '2024-06-20 13:00:00+00', 1);

CREATE TABLE research.survey_distribution (id bigserial PRIMARY KEY, survey_id text NOT NULL, contact_id text, recipient_email text NOT NULL, personal_link text NOT NULL, message_id text,
    sent_at timestamptz NOT NULL, opened_at timestamptz, clicked_at timestamptz, bounce_reason text, smtp_provider text NOT NULL, campaign text);
INSERT INTO research.survey_distribution (survey_id, contact_id, recipient_email, personal_link, message_id, sent_at, opened_at, clicked_at, bounce_reason, smtp_provider, campaign)
SELECT fbgen.cuid('srv', sv), CASE WHEN p.i <= 260 THEN fbgen.cuid('ct', p.i) END, p.email,
       'https://feedback.movewell.example/s/' || fbgen.cuid('srv', sv) || CASE WHEN sv IN (10, 11) THEN '?suId=' || fbgen.rnd('sdsu', k, 28) || '&' ELSE '?' END || 'email=' || replace(p.email, '@', '%40'),
       '<' || fixture_gen.uuid('sdmid', k) || '@email.amazonses.com>', t,
       CASE WHEN k % 3 <> 0 THEN t + make_interval(mins => 5 + fixture_gen.n('sdo', k, 3000)) END, CASE WHEN k % 5 IN (1, 2) THEN t + make_interval(mins => 3005 + fixture_gen.n('sdc', k, 600)) END,
       CASE WHEN k % 23 = 0 THEN '550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown in virtual mailbox table'
            WHEN k % 31 = 0 THEN '452 4.2.2 The email account that you tried to reach is over quota' END,
       CASE WHEN k % 4 = 0 THEN 'postmark' ELSE 'amazon-ses' END,
       CASE sv WHEN 9 THEN 'panel-recruitment-2025' WHEN 10 THEN 'diary-week1' WHEN 11 THEN 'payouts' WHEN 12 THEN 'patienten-2024' ELSE 'patienten-2025' END
FROM generate_series(1, 300) k JOIN fbgen.p p ON p.i = 1 + fixture_gen.n('sdp', k, 420)
CROSS JOIN LATERAL (SELECT (ARRAY[9, 9, 10, 11, 12, 13, 13])[1 + fixture_gen.n('sds', k, 7)] AS sv, fbgen.at('sdt', k, timestamp '2024-01-15', 400)::timestamptz AS t) x;

CREATE TABLE research.crm_response_export (id bigserial PRIMARY KEY, response_id text NOT NULL, survey_id text NOT NULL, hubspot_contact_id bigint, email text, full_name text,
    nps_score smallint, answers_json jsonb NOT NULL, sentiment text, exported_at timestamptz, export_status text NOT NULL, error_message text, batch_id uuid NOT NULL);
INSERT INTO research.crm_response_export (response_id, survey_id, hubspot_contact_id, email, full_name, nps_score, answers_json, sentiment, exported_at, export_status, error_message, batch_id)
SELECT x.id, x."surveyId", CASE WHEN r.i % 11 <> 5 THEN 51000000000 + r.p * 7919 END, p.email, CASE WHEN r.i % 6 <> 1 THEN p.name END, (x.data ->> 'score')::smallint,
       jsonb_build_object('surveyName', (SELECT name FROM fbgen.s WHERE k = r.s), 'answers', x.data, 'userId', c.uid, 'finished', x.finished),
       (ARRAY['positive', 'negative', 'neutral'])[1 + fixture_gen.n('cxse', r.i, 3)],
       CASE WHEN r.i % 11 <> 5 THEN x."updatedAt" + interval '5 minutes' END,
       CASE WHEN r.i % 11 = 5 THEN 'error' ELSE 'exported' END,
       CASE WHEN r.i % 11 = 5 THEN CASE WHEN r.i % 2 = 0 THEN 'HubSpot 409 CONFLICT: Contact already exists. Existing ID: ' || (51000000000 + r.p * 7919) || ' (email ' || p.email || ')'
                                    ELSE 'HubSpot 400: Property values were not valid: [{"isValid":false,"message":"' || p.email || ' is not a valid email address for a marketing contact","error":"INVALID_EMAIL","name":"email"}]' END END,
       fixture_gen.uuid('cxb', r.i / 40)::uuid
FROM fbgen.r r JOIN "Response" x ON x.id = fbgen.cuid('rsp', r.i) JOIN fbgen.p p ON p.i = r.p LEFT JOIN fbgen.c c ON c.i = r.c
WHERE r.s IN (1, 2, 3, 17);

CREATE TABLE research.webhook_inbox (id bigserial PRIMARY KEY, received_at timestamptz NOT NULL, webhook_id text NOT NULL, event text NOT NULL, survey_id text, response_id text,
    payload jsonb NOT NULL, signature text, source_ip inet NOT NULL, processed_at timestamptz);
INSERT INTO research.webhook_inbox (received_at, webhook_id, event, survey_id, response_id, payload, signature, source_ip, processed_at)
SELECT x."updatedAt" + interval '1 second', fbgen.cuid('wh', 5), 'responseFinished', x."surveyId", x.id,
       jsonb_build_object('webhookId', fbgen.cuid('wh', 5), 'event', 'responseFinished', 'data', jsonb_build_object('id', x.id, 'createdAt', fbgen.iso(x."createdAt"), 'updatedAt', fbgen.iso(x."updatedAt"),
         'surveyId', x."surveyId", 'finished', x.finished, 'data', x.data, 'meta', x.meta, 'contact', NULL, 'contactAttributes', x."contactAttributes", 'tags', '[]'::jsonb, 'notes', '[]'::jsonb, 'language', x.language,
         'survey', jsonb_build_object('title', (SELECT name FROM fbgen.s WHERE k = r.s), 'type', 'link', 'status', 'inProgress'))),
       'v1,' || fixture_gen.b64('whis', r.i, 32), (ARRAY['10.20.3.14', '10.20.3.15'])[1 + r.i % 2]::inet,
       CASE WHEN r.i % 19 <> 0 THEN x."updatedAt" + interval '3 seconds' END
FROM fbgen.r r JOIN "Response" x ON x.id = fbgen.cuid('rsp', r.i) WHERE r.s IN (9, 11);

CREATE TABLE research.deletion_request (id serial PRIMARY KEY, requester_email text NOT NULL, requester_name text, formbricks_contact_id text, channel text NOT NULL, request_text text,
    received_at timestamptz NOT NULL, due_at timestamptz NOT NULL, completed_at timestamptz, handled_by text, status text NOT NULL);
INSERT INTO research.deletion_request (requester_email, requester_name, formbricks_contact_id, channel, request_text, received_at, due_at, completed_at, handled_by, status)
SELECT p.email, CASE WHEN k % 4 <> 3 THEN p.name END, CASE WHEN p.i <= 260 THEN fbgen.cuid('ct', p.i) END, fixture_gen.pick(ARRAY['email', 'in-app', 'web form', 'post'], 'drc', k),
       fixture_gen.pick(ARRAY['Please delete all my data, I no longer use the app.',
         'I answered a survey for my mother ' || fixture_gen.full_name('drm', k) || ' who has dementia, please remove it.',
         'Under GDPR article 17 I request erasure of my survey answers and research panel profile. Phone: ' || p.phone,
         'Bitte löschen Sie meine Daten aus der Patientenbefragung.',
         'Remove me from all surveys and emails.', NULL], 'drt', k),
       t, t + interval '30 days', CASE WHEN k % 5 <> 0 THEN t + make_interval(days => 2 + fixture_gen.n('drd', k, 20)) END,
       CASE WHEN k % 5 <> 0 THEN (SELECT name FROM fbgen.u WHERE i = CASE WHEN k % 2 = 0 THEN 1 ELSE 3 END) END, CASE WHEN k % 5 = 0 THEN 'open' ELSE 'completed' END
FROM generate_series(1, 40) k JOIN fbgen.p p ON p.i = 1 + fixture_gen.n('drp', k, 420)
CROSS JOIN LATERAL (SELECT fbgen.at('drr', k, timestamp '2024-02-01', 380)::timestamptz AS t) x;

CREATE TABLE research.app_settings (key text PRIMARY KEY, value text NOT NULL, is_secret boolean NOT NULL DEFAULT false, description text, updated_at timestamptz NOT NULL, updated_by text NOT NULL);
INSERT INTO research.app_settings (key, value, is_secret, description, updated_at, updated_by)
SELECT k, v, sec, d, ts::timestamptz, (SELECT email FROM fbgen.u WHERE i = ub)
FROM (VALUES
  ('WEBAPP_URL', 'https://feedback.movewell.example', false, 'Public URL of the Formbricks instance', '2023-03-10 09:00:00+00', 9),
  ('DATABASE_URL', 'postgresql://formbricks:' || fbgen.rnd('cfgdb', 1, 24) || '@db-prod-1.internal:5432/formbricks?schema=public', true, NULL, '2023-03-10 09:00:00+00', 9),
  ('NEXTAUTH_SECRET', encode(sha256(convert_to('cfgna', 'UTF8')), 'hex'), true, 'openssl rand -hex 32', '2023-03-10 09:00:00+00', 9),
  ('ENCRYPTION_KEY', encode(sha256(convert_to('cfgek', 'UTF8')), 'hex'), true, 'Encrypts 2FA secrets and single-use ids', '2023-03-10 09:00:00+00', 9),
  ('CRON_SECRET', encode(sha256(convert_to('cfgcr', 'UTF8')), 'hex'), true, NULL, '2023-03-10 09:00:00+00', 9),
  ('SMTP_HOST', 'email-smtp.eu-west-1.amazonaws.com', false, NULL, '2023-03-12 11:00:00+00', 11),
  ('SMTP_PORT', '587', false, NULL, '2023-03-12 11:00:00+00', 11),
  ('SMTP_USER', 'AKIA' || upper(fbgen.rnd('cfgsu', 1, 16)), true, NULL, '2024-06-03 10:20:00+00', 11),
  ('SMTP_PASSWORD', 'BK' || fbgen.rnd('cfgsp', 1, 42), true, NULL, '2024-06-03 10:20:00+00', 11),
  ('MAIL_FROM', 'noreply@feedback.movewell.example', false, NULL, '2023-03-12 11:00:00+00', 11),
  ('S3_ACCESS_KEY', 'AKIA' || upper(fbgen.rnd('cfgak', 1, 16)), true, 'Uploads bucket', '2023-05-02 14:00:00+00', 9),
  ('S3_SECRET_KEY', fbgen.rnd('cfgas', 1, 40), true, NULL, '2023-05-02 14:00:00+00', 9),
  ('S3_BUCKET_NAME', 'movewell-formbricks-uploads', false, NULL, '2023-05-02 14:00:00+00', 9),
  ('GOOGLE_CLIENT_ID', fixture_gen.digits('cfggc', 1, 12) || '-' || lower(fbgen.rnd('cfggc', 1, 32)) || '.apps.googleusercontent.com', false, 'Google SSO', '2023-06-01 09:00:00+00', 9),
  ('GOOGLE_CLIENT_SECRET', 'GOCSPX-' || fbgen.rnd('cfggs', 1, 28), true, NULL, '2023-06-01 09:00:00+00', 9),
  ('AZUREAD_CLIENT_ID', fixture_gen.uuid('cfgaz', 1), false, 'Entra ID SSO for the German clinics', '2024-02-01 09:00:00+00', 9),
  ('AZUREAD_CLIENT_SECRET', fbgen.rnd('cfgazs1', 1, 3) || '8Q~' || fbgen.rnd('cfgazs', 1, 34), true, NULL, '2024-02-01 09:00:00+00', 9),
  ('AZUREAD_TENANT_ID', fixture_gen.uuid('cfgazt', 1), false, NULL, '2024-02-01 09:00:00+00', 9),
  ('GOOGLE_SHEETS_CLIENT_SECRET', 'GOCSPX-' || fbgen.rnd('cfgshs', 1, 28), true, NULL, '2024-03-01 09:00:00+00', 9),
  ('SLACK_CLIENT_SECRET', fixture_gen.hexn('cfgsls', 1, 32), true, NULL, '2024-03-01 09:00:00+00', 9),
  ('NOTION_OAUTH_CLIENT_SECRET', 'secret_' || fbgen.rnd('cfgnos', 1, 43), true, NULL, '2024-03-01 09:00:00+00', 9),
  ('HUBSPOT_PRIVATE_APP_TOKEN', 'pat-eu1-' || fixture_gen.uuid('cfghs', 1), true, 'Used by the CRM export job', '2024-04-15 16:00:00+00', 6),
  ('PAYPAL_PAYOUTS_CLIENT_SECRET', 'E' || fbgen.rnd('cfgpp', 1, 79), true, 'Research incentives', '2024-04-20 10:00:00+00', 12),
  ('OPENAI_API_KEY', 'sk-' || 'proj-' || fbgen.rnd('cfgoa', 1, 48), true, 'AI insights', '2024-11-01 09:00:00+00', 9),
  ('RATE_LIMIT_RESPONSES_PER_MIN', '60', false, NULL, '2024-01-10 09:00:00+00', 9),
  ('RESEARCH_INBOX', 'research@movewell.example', false, 'Where screener webhooks notify', '2024-01-10 09:00:00+00', 10),
  ('DPO_CONTACT', (SELECT name FROM fbgen.u WHERE i = 3) || ', ' || (SELECT email FROM fbgen.u WHERE i = 3) || ', ' || fixture_gen.phone('cfgdpo', 1), false, 'Data protection officer', '2024-01-10 09:00:00+00', 1),
  ('TELEMETRY_DISABLED', '1', false, NULL, '2023-03-10 09:00:00+00', 9),
  ('DEFAULT_ORGANIZATION_ID', fbgen.cuid('org', 1), false, NULL, '2023-03-10 09:00:00+00', 9)
) v(k, v, sec, d, ts, ub);

CREATE TABLE research.backup_run (id serial PRIMARY KEY, started_at timestamptz NOT NULL, finished_at timestamptz, status text NOT NULL, target_uri text NOT NULL, size_bytes bigint,
    sha256 text, host text NOT NULL, log_excerpt text);
INSERT INTO research.backup_run (started_at, finished_at, status, target_uri, size_bytes, sha256, host, log_excerpt)
SELECT t, CASE WHEN k % 29 <> 0 THEN t + make_interval(secs => 200 + fixture_gen.n('brd', k, 400)) END, CASE WHEN k % 29 = 0 THEN 'failed' ELSE 'ok' END,
       's3://movewell-backups/formbricks/' || to_char(t, 'YYYY-MM-DD') || '.dump.gz', CASE WHEN k % 29 <> 0 THEN 1800000000::bigint + k * 4200000 END,
       CASE WHEN k % 29 <> 0 THEN encode(sha256(convert_to('br' || k, 'UTF8')), 'hex') END, (ARRAY['db-prod-1.internal', 'db-prod-2.internal'])[1 + k % 2],
       CASE WHEN k % 29 = 0 THEN 'pg_dump: error: connection to server at "db-prod-1.internal" (10.20.1.5), port 5432 failed: timeout expired'
            ELSE 'pg_dump: dumping contents of table "public.Response"; upload complete' END
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT timestamptz '2024-11-01 02:00:00+00' + make_interval(days => k) AS t) x;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('research');

SET client_min_messages = warning;
DROP SCHEMA fbgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
