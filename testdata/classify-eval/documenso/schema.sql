-- classify-eval fixture (HOLDOUT 29: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Documenso 1.x e-signing instance on PostgreSQL in the naming its Prisma
-- migrations create: PascalCase model tables quoted ("User", "Document",
-- "Recipient", "Field", "Signature", "DocumentAuditLog", "Team", ...),
-- camelCase quoted columns beside NextAuth's snake_case ones in "Account",
-- serial integer keys on most models and cuid text keys on others,
-- timestamp(3), jsonb for Json, bytea for Bytes, Prisma enums as PostgreSQL
-- enum types (and arrays of them), "_prisma_migrations". Quillmark, a small
-- UK company, hosts it for about thirty businesses with Stripe billing: a
-- letting agency and its payroll team, recruiters, a physio clinic, a
-- dental practice, a nursery, a vet, solicitors, accountants, a sole-trader
-- photographer and an events company, clubs, builders and designers across
-- Europe, Lagos, Osaka and Cape Town, plus single users. Users with bcrypt
-- hashes, typed or drawn default signatures, public profile slugs made of
-- their names, encrypted TOTP secrets and backup codes, Stripe customer ids,
-- avatars as base64 JPEG; Google and OIDC accounts with tokens; sessions,
-- verification tokens (whose identifier is the token's purpose, not an
-- email), reset tokens, passkeys, anonymous verification tokens; the user
-- security audit log with IPs and user agents; hashed API tokens named
-- after integrations; webhooks whose Zapier, Make and n8n URLs (and one
-- CRM's access_token) are the credential, and their calls whose request
-- bodies carry the document, its recipients' names, emails and signing
-- tokens and whose response bodies sometimes quote an email; teams named
-- after businesses (some after their owner), invites, team mailboxes and
-- their verification and transfer tokens, branding with company details;
-- templates and their placeholders (recipient.1@documenso.com); documents
-- titled with tenants', employees' and patients' names and addresses,
-- form values with names, addresses, salaries and birth dates, QR share
-- tokens; document data as S3 keys named after the file or a base64 PDF;
-- document meta with emails to signers, document passwords and email
-- settings flags; recipients with signing tokens and rejection reasons;
-- fields whose custom text is what signers typed (names, emails, dates,
-- addresses, NI numbers, birth dates, allergies, emergency contacts) and
-- whose field meta is only configuration; drawn and typed signatures;
-- share links; the document audit log with actors, IPs, user agents and
-- JSON naming recipients and the values they typed; background jobs whose
-- payloads carry emails, IPs and bulk-send CSVs, and their tasks' SMTP
-- results; the site banner. Beside it Quillmark's own schema "ops"
-- (Documenso's own tables hold 337 columns; these 74 are the operator's,
-- not the application's): customer accounts with billing contacts, VAT
-- and company numbers, invoices with Stripe hosted invoice URLs, support
-- tickets, data-subject requests, abuse reports, a mail relay log whose
-- relay IPs are the provider's servers, and the instance's environment
-- settings with SMTP, S3, Stripe and encryption secrets.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA dgen;

-- cuid: a Prisma cuid() (25 characters, starting with c); nano: nanoid()'s
-- 21 URL-safe characters; rnd: alphanumerics; hexenc: what Documenso's
-- symmetricEncrypt writes (hex of nonce and ciphertext).
CREATE FUNCTION dgen.cuid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'c' || fixture_gen.chars(tag || 'p', i, 1, 'klm') || fixture_gen.chars(tag, i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

CREATE FUNCTION dgen.nano(tag text, i bigint, len int DEFAULT 21) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') $$;

CREATE FUNCTION dgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

CREATE FUNCTION dgen.hexenc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

-- at: a time between lo and lo + days, as Prisma's timestamp(3).
CREATE FUNCTION dgen.at(tag text, i bigint, lo timestamp, days int) RETURNS timestamp(3)
LANGUAGE sql IMMUTABLE AS $$ SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, days * 86400)) + make_interval(secs => fixture_gen.n(tag || 'ms', i, 1000) / 1000.0))::timestamp(3) $$;

-- ua: a browser's user agent.
CREATE FUNCTION dgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.111 Mobile/15E148 Safari/604.1'], tag, i)
$$;

-- ip: IPv4 mostly, IPv6 for some.
CREATE FUNCTION dgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 5) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END $$;

-- Extra names, beside the helpers' lists.
CREATE FUNCTION dgen.first(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'w', i, 3) = 0 THEN fixture_gen.pick(ARRAY['Tomasz', 'Agnieszka', 'Siobhan', 'Declan', 'Nkechi', 'Tunde', 'Farah', 'Bilal', 'Keiko',
    'Haruto', 'Xiaoyu', 'Jiahao', 'Mariana', 'Rafael', 'Ingeborg', 'Sven', 'Aisha', 'Yusuf', 'Ravi', 'Deepika', 'Thu', 'Khanh', 'Noa', 'Eitan', 'Zainab', 'Kofi'], tag, i)
  ELSE fixture_gen.first_name(tag, i) END
$$;

CREATE FUNCTION dgen.last(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'w', i, 3) = 0 THEN fixture_gen.pick(ARRAY['Wiśniewska', 'Ní Bhriain', 'McCarthy', 'Eze', 'Balogun', 'Qureshi', 'Chaudhry', 'Watanabe',
    'Nakamura', 'Zhou', 'Huang', 'Costa', 'Pereira', 'Lindqvist', 'Haugen', 'Abdullah', 'Iyer', 'Menon', 'Võ', 'Đỗ', 'Levi', 'Mizrahi', 'Boateng', 'Asante'], tag, i)
  ELSE fixture_gen.last_name(tag, i) END
$$;

CREATE FUNCTION dgen.mail(first text, last text, tag text, i bigint, dom text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
    WHEN 1 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
    WHEN 2 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 89)::text
    ELSE fixture_gen.ascii(first) || '_' || substr(fixture_gen.ascii(last), 1, 3) END || '@'
    || coalesce(dom, fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'yahoo.com', 'proton.me', 'web.de', 'orange.fr', 'gmx.net', 'btinternet.com', 'live.co.uk'], tag || 'd', i))
$$;

-- Teams: the businesses that sign with the instance. kind: what they send.
CREATE TABLE dgen.t (k int PRIMARY KEY, name text, url text, dom text, kind text, city text);
INSERT INTO dgen.t VALUES
  (1, 'Harbourline Lettings', 'harbourline-lettings', 'harbourline-lettings.example', 'lettings', 'Manchester'),
  (2, 'Harbourline People & Payroll', 'harbourline-hr', 'harbourline-lettings.example', 'hr', 'Manchester'),
  (3, 'Kestrel Recruitment', 'kestrel-recruitment', 'kestrel-recruit.example', 'hr', 'Leeds'),
  (4, 'Northgate Physio Clinic', 'northgate-physio', 'northgate-physio.example', 'consent', 'Leeds'),
  (5, 'Priya Sharma Photography', 'priya-sharma-photo', 'priyasharmaphoto.example', 'release', 'Bristol'),
  (6, 'Okafor & Mensah Solicitors', 'okafor-mensah', 'okafor-mensah-law.example', 'legal', 'London'),
  (7, 'Brightwater Nursery', 'brightwater-nursery', 'brightwater-nursery.example', 'consent', 'Glasgow'),
  (8, 'Lindqvist Bygg AB', 'lindqvist-bygg', 'lindqvistbygg.example', 'contract', 'Göteborg'),
  (9, 'Atelier Dubois', 'atelier-dubois', 'atelier-dubois.example', 'contract', 'Lyon'),
  (10, 'Tanaka Design Studio', 'tanaka-design', 'tanakadesign.example', 'nda', 'Osaka'),
  (11, 'Greenfield Allotment Society', 'greenfield-allotments', 'greenfield-allotments.example', 'membership', 'Sheffield'),
  (12, 'Velocity Cycling Club', 'velocity-cc', 'velocitycc.example', 'membership', 'Bristol'),
  (13, 'Moorside Estates', 'moorside-estates', 'moorside-estates.example', 'lettings', 'Leeds'),
  (14, 'Quillmark Sales', 'quillmark-sales', 'quillmark.example', 'nda', 'Manchester'),
  (15, 'Haddad Consulting', 'haddad-consulting', 'haddadconsulting.example', 'nda', 'London'),
  (16, 'Silva Home Care', 'silva-home-care', 'silvahomecare.example', 'hr', 'Porto'),
  (17, 'Rossi Catering', 'rossi-catering', 'rossicatering.example', 'contract', 'Bologna'),
  (18, 'Kim & Park Dental', 'kim-park-dental', 'kimparkdental.example', 'consent', 'London'),
  (19, 'Makerspace Kraków', 'makerspace-krakow', 'makerspace-krk.example', 'membership', 'Kraków'),
  (20, 'Adeyemi Events', 'adeyemi-events', 'adeyemievents.example', 'release', 'Lagos'),
  (21, 'Bluebell Tutors', 'bluebell-tutors', 'bluebelltutors.example', 'hr', 'Edinburgh'),
  (22, 'Ivanova Translation Services', 'ivanova-translations', 'ivanova-translate.example', 'nda', 'Berlin'),
  (23, 'Cedar Lane Veterinary', 'cedar-lane-vets', 'cedarlanevets.example', 'consent', 'Cardiff'),
  (24, 'Nkosi Architects', 'nkosi-architects', 'nkosiarchitects.example', 'contract', 'Cape Town'),
  (25, 'Fernhill Student Lets', 'fernhill-student-lets', 'fernhill-lets.example', 'lettings', 'Nottingham'),
  (26, 'Patel Accountancy', 'patel-accountancy', 'patel-accounts.example', 'legal', 'Leicester'),
  (27, 'Open Harbour Festival', 'open-harbour-festival', 'openharbourfest.example', 'release', 'Liverpool'),
  (28, 'Virtanen Software Oy', 'virtanen-software', 'virtanensoftware.example', 'nda', 'Helsinki'),
  (29, 'Santos Driving School', 'santos-driving', 'santosdriving.example', 'consent', 'Lisbon'),
  (30, 'Wang Property Management', 'wang-property', 'wangproperty.example', 'lettings', 'Birmingham');

-- Users. 1-4: Quillmark's staff (the instance's admins and support);
-- 5-160: people of the teams' businesses and single users signing up alone.
CREATE TABLE dgen.u (i int PRIMARY KEY, first text, last text, name text, email text, team int, kind text);
INSERT INTO dgen.u
SELECT i, f, l, f || ' ' || l,
       CASE WHEN i <= 4 THEN fixture_gen.ascii(f) || '@quillmark.example'
            WHEN tm IS NOT NULL AND i % 5 <> 0 THEN dgen.mail(f, l, 'um', i, t.dom)
            ELSE dgen.mail(f, l, 'um', i, NULL) END,
       tm, CASE WHEN i <= 4 THEN 'staff' WHEN tm IS NULL THEN 'single' ELSE 'member' END
FROM generate_series(1, 160) i
CROSS JOIN LATERAL (SELECT dgen.first('uf', i) AS f, dgen.last('ul', i) AS l,
       CASE WHEN i <= 4 THEN 14 WHEN i % 7 = 0 THEN NULL ELSE 1 + (i - 5) % 30 END AS tm) x
LEFT JOIN dgen.t t ON t.k = x.tm;
UPDATE dgen.u u SET email = replace(u.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM dgen.u) d WHERE d.i = u.i AND d.rn > 1;

-- People who sign: tenants, landlords, guarantors, new hires, patients,
-- parents, models, members, clients. 1-900.
CREATE TABLE dgen.r (i int PRIMARY KEY, first text, last text, name text, email text, phone text, street text, city text, postcode text, dob date);
INSERT INTO dgen.r
SELECT i, f, l, f || ' ' || l, dgen.mail(f, l, 'rm', i, NULL), fixture_gen.phone('rp', i), fixture_gen.street('rs', i), fixture_gen.city('rc', i), fixture_gen.postcode('rz', i), fixture_gen.birth_date('rb', i)
FROM generate_series(1, 900) i CROSS JOIN LATERAL (SELECT dgen.first('rf', i) AS f, dgen.last('rl', i) AS l) x;

CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');
CREATE TYPE "IdentityProvider" AS ENUM ('DOCUMENSO', 'GOOGLE', 'OIDC');
CREATE TYPE "UserSecurityAuditLogType" AS ENUM ('ACCOUNT_PROFILE_UPDATE', 'ACCOUNT_SSO_LINK', 'AUTH_2FA_DISABLE', 'AUTH_2FA_ENABLE', 'PASSKEY_CREATED', 'PASSKEY_DELETED', 'PASSKEY_UPDATED',
  'PASSWORD_RESET', 'PASSWORD_UPDATE', 'SIGN_OUT', 'SIGN_IN', 'SIGN_IN_FAIL', 'SIGN_IN_2FA_FAIL', 'SIGN_IN_PASSKEY_FAIL');
CREATE TYPE "WebhookTriggerEvents" AS ENUM ('DOCUMENT_CREATED', 'DOCUMENT_SENT', 'DOCUMENT_OPENED', 'DOCUMENT_SIGNED', 'DOCUMENT_COMPLETED', 'DOCUMENT_REJECTED', 'DOCUMENT_CANCELLED');
CREATE TYPE "WebhookCallStatus" AS ENUM ('SUCCESS', 'FAILED');
CREATE TYPE "ApiTokenAlgorithm" AS ENUM ('SHA512');
CREATE TYPE "SubscriptionStatus" AS ENUM ('ACTIVE', 'PAST_DUE', 'INACTIVE');
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'PENDING', 'COMPLETED', 'REJECTED');
CREATE TYPE "DocumentSource" AS ENUM ('DOCUMENT', 'TEMPLATE', 'TEMPLATE_DIRECT_LINK');
CREATE TYPE "DocumentVisibility" AS ENUM ('EVERYONE', 'MANAGER_AND_ABOVE', 'ADMIN');
CREATE TYPE "DocumentDataType" AS ENUM ('S3_PATH', 'BYTES', 'BYTES_64');
CREATE TYPE "DocumentSigningOrder" AS ENUM ('PARALLEL', 'SEQUENTIAL');
CREATE TYPE "DocumentDistributionMethod" AS ENUM ('EMAIL', 'NONE');
CREATE TYPE "ReadStatus" AS ENUM ('NOT_OPENED', 'OPENED');
CREATE TYPE "SendStatus" AS ENUM ('NOT_SENT', 'SENT');
CREATE TYPE "SigningStatus" AS ENUM ('NOT_SIGNED', 'SIGNED', 'REJECTED');
CREATE TYPE "RecipientRole" AS ENUM ('CC', 'SIGNER', 'VIEWER', 'APPROVER', 'ASSISTANT');
CREATE TYPE "FieldType" AS ENUM ('SIGNATURE', 'FREE_SIGNATURE', 'INITIALS', 'NAME', 'EMAIL', 'DATE', 'TEXT', 'NUMBER', 'RADIO', 'CHECKBOX', 'DROPDOWN');
CREATE TYPE "TeamMemberRole" AS ENUM ('ADMIN', 'MANAGER', 'MEMBER');
CREATE TYPE "TeamMemberInviteStatus" AS ENUM ('ACCEPTED', 'PENDING', 'DECLINED');
CREATE TYPE "TemplateType" AS ENUM ('PUBLIC', 'PRIVATE');
CREATE TYPE "BackgroundJobStatus" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED');
CREATE TYPE "BackgroundJobTaskStatus" AS ENUM ('PENDING', 'COMPLETED', 'FAILED');

-- ---------------------------------------------------------------------------
-- Prisma's migration log.

CREATE TABLE "_prisma_migrations" (
    "id" varchar(36) NOT NULL PRIMARY KEY, "checksum" varchar(64) NOT NULL, "finished_at" timestamptz, "migration_name" varchar(255) NOT NULL,
    "logs" text, "rolled_back_at" timestamptz, "started_at" timestamptz NOT NULL DEFAULT now(), "applied_steps_count" integer NOT NULL DEFAULT 0);
INSERT INTO "_prisma_migrations"
SELECT fixture_gen.uuid('mig', k), encode(sha256(convert_to('mig' || k, 'UTF8')), 'hex'),
       timestamptz '2023-03-01 10:00:00+00' + k * interval '4 days' + interval '2 seconds',
       to_char(date '2023-01-05' + (k * 5)::int, 'YYYYMMDD') || lpad((100000 + k * 3137 % 900000)::text, 6, '0') || '_' || m,
       CASE WHEN k = 41 THEN 'Error: P3018 A migration failed to apply. Database error code: 23505 (retried after manual fix)' END, NULL,
       timestamptz '2023-03-01 10:00:00+00' + k * interval '4 days', 1
FROM unnest(ARRAY['init', 'add_document_status', 'add_recipient_token', 'add_signature_table', 'add_document_data', 'add_document_meta', 'add_field_custom_text',
  'add_password_reset_token', 'add_subscriptions', 'add_user_roles', 'add_share_link', 'add_verification_token', 'add_two_factor', 'add_teams', 'add_team_email',
  'add_team_transfer', 'add_templates', 'add_api_tokens', 'add_webhooks', 'add_webhook_calls', 'add_document_audit_log', 'add_passkeys', 'add_user_security_audit_log',
  'add_recipient_roles', 'add_template_direct_link', 'add_site_settings', 'add_background_jobs', 'add_document_visibility', 'add_signing_order', 'add_field_meta',
  'add_team_global_settings', 'add_avatar_image', 'add_user_profile', 'add_rejection_reason', 'add_document_language', 'add_email_settings', 'add_branding',
  'add_distribution_method', 'add_typed_signature_enabled', 'add_anonymous_verification_token', 'add_qr_token', 'add_signature_types', 'add_counter', 'add_assistant_role']) WITH ORDINALITY AS a(m, k);

-- ---------------------------------------------------------------------------
-- Users, avatars, profiles.

CREATE TABLE "AvatarImage" ("id" text NOT NULL PRIMARY KEY, "bytes" text NOT NULL);
INSERT INTO "AvatarImage"
SELECT dgen.cuid('av', k), fixture_gen.b64('avjpg' || k, k, 180) || fixture_gen.b64('avjpg2' || k, k, 240) || fixture_gen.b64('avjpg3' || k, k, 240)
FROM generate_series(1, 70) k;
UPDATE "AvatarImage" SET "bytes" = '/9j/4AAQSkZJRgABAQAAAQABAAD' || "bytes";

CREATE TABLE "User" (
    "id" serial PRIMARY KEY, "name" text, "customerId" text, "email" text NOT NULL, "emailVerified" timestamp(3), "password" text, "source" text, "signature" text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "lastSignedIn" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "roles" "Role"[] DEFAULT ARRAY['USER']::"Role"[], "identityProvider" "IdentityProvider" NOT NULL DEFAULT 'DOCUMENSO', "avatarImageId" text,
    "disabled" boolean NOT NULL DEFAULT false, "twoFactorSecret" text, "twoFactorEnabled" boolean NOT NULL DEFAULT false, "twoFactorBackupCodes" text, "url" text);
INSERT INTO "User"
SELECT u.i, CASE WHEN u.i % 23 = 7 THEN NULL ELSE u.name END,
       CASE WHEN u.kind = 'single' AND u.i % 4 <> 1 THEN 'cus_' || dgen.rnd('ucus', u.i, 14) END,
       u.email, CASE WHEN u.i % 19 <> 3 THEN dgen.at('uev', u.i, timestamp '2023-03-01', 400) END,
       CASE WHEN idp = 'DOCUMENSO' THEN fixture_gen.bcrypt('upw', u.i) END,
       CASE WHEN u.i % 9 = 0 THEN 'template-direct-link' WHEN u.i % 11 = 0 THEN 'team-invite' WHEN u.i % 13 = 0 THEN 'marketing' END,
       CASE WHEN u.i % 4 = 0 THEN u.name
            WHEN u.i % 4 = 1 THEN 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAAB4CAYAAAD' || fixture_gen.b64('usig', u.i, 200) || fixture_gen.b64('usig2', u.i, 200) END,
       dgen.at('uc', u.i, timestamp '2023-03-01', 420), dgen.at('uu', u.i, timestamp '2024-05-01', 180), dgen.at('ul', u.i, timestamp '2024-08-01', 140),
       CASE WHEN u.i <= 2 THEN ARRAY['ADMIN', 'USER']::"Role"[] ELSE ARRAY['USER']::"Role"[] END, idp::"IdentityProvider",
       CASE WHEN u.i % 3 = 0 THEN dgen.cuid('av', 1 + u.i / 3 % 70) END,
       u.i % 37 = 11,
       CASE WHEN u.i % 5 IN (1, 2) THEN dgen.hexenc('u2fs', u.i, 144) END, u.i % 5 = 1,
       CASE WHEN u.i % 5 IN (1, 2) THEN dgen.hexenc('u2fb', u.i, 512) END,
       CASE WHEN u.i % 7 IN (1, 3) THEN fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || CASE WHEN u.i % 2 = 0 THEN '' ELSE (u.i % 50)::text END END
FROM dgen.u u CROSS JOIN LATERAL (SELECT CASE WHEN u.i % 6 = 2 THEN 'GOOGLE' WHEN u.i % 17 = 4 THEN 'OIDC' ELSE 'DOCUMENSO' END AS idp) x;

CREATE TABLE "UserProfile" ("id" text NOT NULL PRIMARY KEY, "enabled" boolean NOT NULL DEFAULT false, "userId" integer NOT NULL UNIQUE, "bio" text);
INSERT INTO "UserProfile"
SELECT dgen.cuid('upr', u.i), u.i % 3 = 1, u.i,
       CASE WHEN u.i % 4 = 3 THEN NULL
            ELSE fixture_gen.pick(ARRAY['Freelance photographer covering weddings and events across the South West. Message me on ' || fixture_gen.phone('ubp', u.i) || ' for availability.',
              'Letting agent at Harbourline. Sign your tenancy paperwork here; questions to ' || u.email || '.',
              'I help small teams with their contracts. Based in ' || fixture_gen.city('ubc', u.i) || '.',
              'Independent translator (EN/DE/RU). Sworn translations, NDAs signed before every job.',
              'Physiotherapist, HCPC registered. Consent forms for new patients are below.',
              'Hi, I''m ' || u.first || '! Use the links below to sign our standard agreements.',
              'Treasurer of the club. Membership forms and bank mandate forms live here.'], 'ubio', u.i) END
FROM dgen.u u WHERE u.i % 3 <> 0;

-- ---------------------------------------------------------------------------
-- Teams.

CREATE TABLE "Team" ("id" serial PRIMARY KEY, "name" text NOT NULL, "url" text NOT NULL UNIQUE, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "avatarImageId" text, "customerId" text UNIQUE, "ownerUserId" integer NOT NULL);
INSERT INTO "Team"
SELECT t.k, t.name, t.url, dgen.at('tc', t.k, timestamp '2023-06-01', 300), CASE WHEN t.k % 3 = 1 THEN dgen.cuid('av', 40 + t.k) END,
       CASE WHEN t.k NOT IN (14) THEN 'cus_' || dgen.rnd('tcus', t.k, 14) END,
       coalesce((SELECT min(u.i) FROM dgen.u u WHERE u.team = t.k), 1)
FROM dgen.t t;

CREATE TABLE "TeamPending" ("id" serial PRIMARY KEY, "name" text NOT NULL, "url" text NOT NULL UNIQUE, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "customerId" text NOT NULL UNIQUE, "ownerUserId" integer NOT NULL);
INSERT INTO "TeamPending"
SELECT k, n, fixture_gen.ascii(replace(n, ' ', '-')), dgen.at('tpc', k, timestamp '2024-07-01', 120), 'cus_' || dgen.rnd('tpcus', k, 14), 6 * k
FROM unnest(ARRAY['Ngozi Okafor Hair Studio', 'Eastside Tenants Association', 'Marco Bianchi Plumbing', 'Lakeview Dog Walkers', 'Sunrise Yoga Leeds', 'Khalil Family Office',
  'Thornbury Cricket Club', 'Demir Auto Repairs', 'Harbourline Lettings Liverpool', 'Bright Minds Tutoring', 'Okonkwo Legal', 'Nowak Removals']) WITH ORDINALITY AS a(n, k);
UPDATE "TeamPending" SET "url" = regexp_replace(lower(translate("name", ' ', '-')), '[^a-z0-9-]', '', 'g');

CREATE TABLE "TeamMember" ("id" serial PRIMARY KEY, "teamId" integer NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "role" "TeamMemberRole" NOT NULL, "userId" integer NOT NULL);
INSERT INTO "TeamMember" ("teamId", "createdAt", "role", "userId")
SELECT u.team, dgen.at('tmc', u.i, timestamp '2023-07-01', 300),
       CASE WHEN u.i = (SELECT "ownerUserId" FROM "Team" WHERE id = u.team) THEN 'ADMIN' WHEN u.i % 4 = 0 THEN 'MANAGER' ELSE 'MEMBER' END::"TeamMemberRole", u.i
FROM dgen.u u WHERE u.team IS NOT NULL ORDER BY u.i;

CREATE TABLE "TeamMemberInvite" ("id" serial PRIMARY KEY, "teamId" integer NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "email" text NOT NULL,
    "status" "TeamMemberInviteStatus" NOT NULL DEFAULT 'PENDING', "role" "TeamMemberRole" NOT NULL, "token" text NOT NULL UNIQUE);
INSERT INTO "TeamMemberInvite" ("teamId", "createdAt", "email", "status", "role", "token")
SELECT 1 + k % 30, dgen.at('tic', k, timestamp '2023-08-01', 400),
       CASE WHEN k % 3 = 0 THEN dgen.mail(dgen.first('tif', k), dgen.last('til', k), 'tim', k, (SELECT tt.dom FROM dgen.t tt WHERE tt.k = 1 + g.k % 30)) ELSE dgen.mail(dgen.first('tif', k), dgen.last('til', k), 'tim', k, NULL) END,
       (ARRAY['ACCEPTED', 'PENDING', 'PENDING', 'DECLINED', 'ACCEPTED'])[1 + k % 5]::"TeamMemberInviteStatus", (ARRAY['MEMBER', 'MEMBER', 'MANAGER', 'ADMIN'])[1 + fixture_gen.n('tir', k, 4)]::"TeamMemberRole",
       dgen.nano('titok', k, 32)
FROM generate_series(1, 90) g(k);

CREATE TABLE "TeamEmail" ("teamId" integer NOT NULL PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "name" text NOT NULL, "email" text NOT NULL UNIQUE);
INSERT INTO "TeamEmail"
SELECT t.k, dgen.at('tec', t.k, timestamp '2023-09-01', 300),
       CASE t.kind WHEN 'lettings' THEN t.name || ' Lettings Desk' WHEN 'hr' THEN t.name || ' HR' WHEN 'release' THEN t.name ELSE t.name || ' Contracts' END,
       CASE t.kind WHEN 'lettings' THEN 'lettings' WHEN 'hr' THEN 'people' WHEN 'consent' THEN 'reception' WHEN 'membership' THEN 'membership' WHEN 'release' THEN 'hello' ELSE 'contracts' END || '@' || t.dom
FROM dgen.t t WHERE t.k % 4 <> 3 AND t.k <> 2;

CREATE TABLE "TeamEmailVerification" ("teamId" integer NOT NULL PRIMARY KEY, "name" text NOT NULL, "email" text NOT NULL, "token" text NOT NULL UNIQUE,
    "completed" boolean NOT NULL DEFAULT false, "expiresAt" timestamp(3) NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO "TeamEmailVerification"
SELECT t.k, t.name || ' Office', CASE WHEN t.k % 2 = 0 THEN 'office@' || t.dom ELSE dgen.mail(dgen.first('tevf', t.k), dgen.last('tevl', t.k), 'tevm', t.k, t.dom) END,
       dgen.nano('tevtok', t.k, 32), t.k % 5 = 0, dgen.at('teve', t.k, timestamp '2024-06-01', 200), dgen.at('tevc', t.k, timestamp '2024-05-25', 200)
FROM dgen.t t WHERE t.k % 4 = 3 OR t.k = 2;

CREATE TABLE "TeamTransferVerification" ("teamId" integer NOT NULL PRIMARY KEY, "userId" integer NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "token" text NOT NULL UNIQUE,
    "completed" boolean NOT NULL DEFAULT false, "expiresAt" timestamp(3) NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "clearPaymentMethods" boolean NOT NULL DEFAULT false);
INSERT INTO "TeamTransferVerification"
SELECT t.k, u.i, u.name, u.email, dgen.nano('ttvtok', t.k, 32), t.k % 3 = 0, dgen.at('ttve', t.k, timestamp '2024-06-10', 150), dgen.at('ttvc', t.k, timestamp '2024-06-03', 150), t.k % 2 = 0
FROM dgen.t t JOIN LATERAL (SELECT * FROM dgen.u u WHERE u.team = t.k ORDER BY u.i DESC LIMIT 1) u ON true WHERE t.k % 3 <> 1;

CREATE TABLE "TeamGlobalSettings" ("teamId" integer NOT NULL UNIQUE, "documentVisibility" "DocumentVisibility" NOT NULL DEFAULT 'EVERYONE', "documentLanguage" text NOT NULL DEFAULT 'en',
    "includeSenderDetails" boolean NOT NULL DEFAULT true, "typedSignatureEnabled" boolean NOT NULL DEFAULT true, "uploadSignatureEnabled" boolean NOT NULL DEFAULT true,
    "drawSignatureEnabled" boolean NOT NULL DEFAULT true, "includeSigningCertificate" boolean NOT NULL DEFAULT true, "brandingEnabled" boolean NOT NULL DEFAULT false,
    "brandingLogo" text NOT NULL DEFAULT '', "brandingUrl" text NOT NULL DEFAULT '', "brandingCompanyDetails" text NOT NULL DEFAULT '', "brandingHidePoweredBy" boolean NOT NULL DEFAULT false,
    "allowEmbeddedAuthoring" boolean NOT NULL DEFAULT false);
INSERT INTO "TeamGlobalSettings"
SELECT t.k, (ARRAY['EVERYONE', 'EVERYONE', 'MANAGER_AND_ABOVE', 'ADMIN'])[1 + t.k % 4]::"DocumentVisibility",
       CASE WHEN t.city IN ('Lyon') THEN 'fr' WHEN t.city IN ('Berlin') THEN 'de' WHEN t.city IN ('Porto', 'Lisbon') THEN 'pt' WHEN t.city = 'Bologna' THEN 'it' ELSE 'en' END,
       t.k % 5 <> 0, true, t.k % 3 <> 0, true, t.k % 7 <> 0, t.k % 2 = 0,
       CASE WHEN t.k % 2 = 0 THEN '{"type":"S3_PATH","data":"' || dgen.rnd('tgl', t.k, 12) || '/' || t.url || '-logo.png"}' ELSE '' END,
       CASE WHEN t.k % 2 = 0 THEN 'https://www.' || t.dom || '/' ELSE '' END,
       CASE WHEN t.k % 2 = 1 THEN ''
            WHEN t.k IN (5, 20) THEN t.name || E'\n' || coalesce((SELECT name FROM dgen.u WHERE team = t.k ORDER BY i LIMIT 1), fixture_gen.full_name('tgo', t.k)) || ', ' || fixture_gen.street('tgs', t.k) || ', ' || t.city || E'\nMobile ' || fixture_gen.phone('tgp', t.k)
            ELSE t.name || ' Ltd, ' || fixture_gen.street('tgs', t.k) || ', ' || t.city || ' ' || fixture_gen.postcode('tgz', t.k) || E'\nRegistered in England and Wales no. ' || fixture_gen.digits('tgr', t.k, 8) || ' · Tel ' || fixture_gen.phone('tgp', t.k) END,
       t.k % 6 = 0, t.k IN (1, 13, 25)
FROM dgen.t t;

CREATE TABLE "TeamProfile" ("id" text NOT NULL PRIMARY KEY, "enabled" boolean NOT NULL DEFAULT false, "teamId" integer NOT NULL UNIQUE, "bio" text);
INSERT INTO "TeamProfile"
SELECT dgen.cuid('tpr', t.k), t.k % 2 = 0, t.k,
       CASE t.kind WHEN 'lettings' THEN 'Sign your tenancy agreement, inventory and guarantor forms online. Viewings and repairs: ' || 'lettings@' || t.dom
         WHEN 'release' THEN 'Model and location release forms for ' || t.name || '. I shoot in and around ' || t.city || ', call ' || fixture_gen.phone('tpp', t.k) || '.'
         WHEN 'consent' THEN 'New patient and treatment consent forms. Please complete before your first appointment.'
         WHEN 'membership' THEN 'Membership forms for ' || t.name || '. Annual subs are due in April.'
         ELSE NULL END
FROM dgen.t t;

CREATE TABLE "Subscription" ("id" serial PRIMARY KEY, "status" "SubscriptionStatus" NOT NULL DEFAULT 'INACTIVE', "planId" text NOT NULL UNIQUE, "priceId" text NOT NULL,
    "periodEnd" timestamp(3), "userId" integer, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "cancelAtPeriodEnd" boolean NOT NULL DEFAULT false, "teamId" integer UNIQUE, "customerId" text);
INSERT INTO "Subscription" ("status", "planId", "priceId", "periodEnd", "userId", "createdAt", "updatedAt", "cancelAtPeriodEnd", "teamId", "customerId")
SELECT (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'PAST_DUE', 'INACTIVE'])[1 + fixture_gen.n('sst', k, 5)]::"SubscriptionStatus", 'sub_' || dgen.rnd('ssub', k, 24),
       fixture_gen.pick(ARRAY['price_1OqIndividualMonthlyGBP', 'price_1OqIndividualYearlyGBP', 'price_1OqTeamsMonthlySeat', 'price_1OqTeamsYearlySeat'], 'spr', k),
       dgen.at('spe', k, timestamp '2024-09-01', 365), CASE WHEN k > 30 THEN u.i END, dgen.at('scr', k, timestamp '2023-06-01', 300), dgen.at('sup', k, timestamp '2024-06-01', 120),
       k % 8 = 3, CASE WHEN k <= 30 AND k <> 14 THEN k END,
       CASE WHEN k <= 30 THEN (SELECT "customerId" FROM "Team" WHERE id = k) ELSE (SELECT "customerId" FROM "User" WHERE id = u.i) END
FROM generate_series(1, 52) k LEFT JOIN LATERAL (SELECT "id" AS i FROM "User" WHERE "customerId" IS NOT NULL ORDER BY "id" OFFSET greatest(k - 31, 0) LIMIT 1) u ON true
WHERE k <> 14;

-- ---------------------------------------------------------------------------
-- Authentication: NextAuth's accounts and sessions, tokens, passkeys.

CREATE TABLE "Account" ("id" text NOT NULL PRIMARY KEY, "userId" integer NOT NULL, "type" text NOT NULL, "provider" text NOT NULL, "providerAccountId" text NOT NULL,
    "refresh_token" text, "access_token" text, "expires_at" integer, "created_at" integer, "ext_expires_in" integer, "token_type" text, "scope" text, "id_token" text, "session_state" text);
INSERT INTO "Account"
SELECT dgen.cuid('acc', u.id), u.id, CASE WHEN g THEN 'oauth' ELSE 'oidc' END, CASE WHEN g THEN 'google' ELSE 'oidc' END,
       CASE WHEN g THEN '1' || fixture_gen.digits('asub', u.id, 20) ELSE fixture_gen.uuid('aoid', u.id) END,
       CASE WHEN u.id % 3 <> 0 THEN CASE WHEN g THEN '1//0' || dgen.rnd('art', u.id, 60) || '-L9Ir' || dgen.rnd('art2', u.id, 40) ELSE fixture_gen.jwt('aort', u.id) END END,
       CASE WHEN g THEN 'ya29' || '.a0AXooCg' || dgen.nano('aat', u.id, 150) ELSE fixture_gen.jwt('aoat', u.id) END,
       (extract(epoch FROM dgen.at('aexp', u.id, timestamp '2024-06-01', 200)))::int, (extract(epoch FROM dgen.at('acr', u.id, timestamp '2024-05-01', 200)))::int, NULL,
       'bearer', CASE WHEN g THEN 'openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile' ELSE 'openid email profile' END,
       CASE WHEN g THEN fixture_gen.jwt('aidt', u.id) ELSE fixture_gen.jwt('aoidt', u.id) END,
       CASE WHEN NOT g THEN fixture_gen.uuid('asst', u.id) END
FROM "User" u CROSS JOIN LATERAL (SELECT u."identityProvider" = 'GOOGLE' AS g) x WHERE u."identityProvider" <> 'DOCUMENSO';

CREATE TABLE "Session" ("id" text NOT NULL PRIMARY KEY, "sessionToken" text NOT NULL UNIQUE, "userId" integer NOT NULL, "expires" timestamp(3) NOT NULL);
INSERT INTO "Session"
SELECT dgen.cuid('ses', k), fixture_gen.uuid('sestok', k), 1 + fixture_gen.n('sesu', k, 160), dgen.at('sesx', k, timestamp '2024-08-15', 60)
FROM generate_series(1, 140) k;

CREATE TABLE "VerificationToken" ("id" serial PRIMARY KEY, "secondaryId" text NOT NULL UNIQUE, "identifier" text NOT NULL, "token" text NOT NULL UNIQUE,
    "completed" boolean NOT NULL DEFAULT false, "expires" timestamp(3) NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "userId" integer NOT NULL);
INSERT INTO "VerificationToken" ("secondaryId", "identifier", "token", "completed", "expires", "createdAt", "userId")
SELECT dgen.cuid('vts', k), CASE WHEN k % 9 = 4 THEN 'reset-2fa' ELSE 'confirmation-email' END, dgen.rnd('vtt', k, 36), k % 4 <> 0,
       dgen.at('vtc', k, timestamp '2023-03-02', 520) + interval '1 hour', dgen.at('vtc', k, timestamp '2023-03-01', 520), 1 + fixture_gen.n('vtu', k, 160)
FROM generate_series(1, 180) k;

CREATE TABLE "PasswordResetToken" ("id" serial PRIMARY KEY, "token" text NOT NULL UNIQUE, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "expiry" timestamp(3) NOT NULL, "userId" integer NOT NULL);
INSERT INTO "PasswordResetToken" ("token", "createdAt", "expiry", "userId")
SELECT fixture_gen.hexn('prt', k, 36), dgen.at('prc', k, timestamp '2023-05-01', 480), dgen.at('prc', k, timestamp '2023-05-01', 480) + interval '1 day', u.id
FROM generate_series(1, 60) k JOIN "User" u ON u.id = 1 + fixture_gen.n('pru', k, 160) AND u.password IS NOT NULL;

CREATE TABLE "Passkey" ("id" text NOT NULL PRIMARY KEY, "userId" integer NOT NULL, "name" text NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "lastUsedAt" timestamp(3), "credentialId" bytea NOT NULL, "credentialPublicKey" bytea NOT NULL,
    "counter" bigint NOT NULL, "credentialDeviceType" text NOT NULL, "credentialBackedUp" boolean NOT NULL, "transports" text[]);
INSERT INTO "Passkey"
SELECT dgen.cuid('pk', k), 1 + fixture_gen.n('pku', k, 160),
       fixture_gen.pick(ARRAY['iCloud Keychain', 'Google Password Manager', 'Chrome on Mac', 'Windows Hello', '1Password', 'YubiKey 5 NFC', 'Bitwarden', 'Samsung Pass', 'Work laptop', 'Office YubiKey'], 'pkn', k),
       dgen.at('pkc', k, timestamp '2024-03-01', 150), dgen.at('pkup', k, timestamp '2024-07-20', 40), CASE WHEN k % 4 <> 0 THEN dgen.at('pkl', k, timestamp '2024-07-25', 40) END,
       substr(sha512(convert_to('pkid' || k, 'UTF8')), 1, 20 + k % 44),
       '\xa5010203262001215820'::bytea || substr(sha256(convert_to('pkx' || k, 'UTF8')), 1, 32) || '\x225820'::bytea || sha256(convert_to('pky' || k, 'UTF8')),
       CASE WHEN k % 3 = 0 THEN 0 ELSE fixture_gen.n('pkcnt', k, 400) END, CASE WHEN k % 3 = 0 THEN 'singleDevice' ELSE 'multiDevice' END, k % 3 <> 0,
       CASE k % 4 WHEN 0 THEN ARRAY['usb', 'nfc'] WHEN 1 THEN ARRAY['internal', 'hybrid'] WHEN 2 THEN ARRAY['hybrid', 'internal'] ELSE ARRAY['internal'] END
FROM generate_series(1, 45) k;

CREATE TABLE "AnonymousVerificationToken" ("id" text NOT NULL PRIMARY KEY, "token" text NOT NULL UNIQUE, "expiresAt" timestamp(3) NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO "AnonymousVerificationToken"
SELECT dgen.cuid('avt', k), dgen.nano('avtt', k, 32), dgen.at('avtc', k, timestamp '2024-06-01', 90) + interval '1 hour', dgen.at('avtc', k, timestamp '2024-06-01', 90)
FROM generate_series(1, 40) k;

CREATE TABLE "UserSecurityAuditLog" ("id" serial PRIMARY KEY, "userId" integer NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "UserSecurityAuditLogType" NOT NULL, "userAgent" text, "ipAddress" text);
INSERT INTO "UserSecurityAuditLog" ("userId", "createdAt", "type", "userAgent", "ipAddress")
SELECT u, dgen.at('usac', k, timestamp '2023-06-01', 450),
       fixture_gen.pick(ARRAY['SIGN_IN', 'SIGN_IN', 'SIGN_IN', 'SIGN_IN', 'SIGN_OUT', 'SIGN_OUT', 'SIGN_IN_FAIL', 'PASSWORD_UPDATE', 'ACCOUNT_PROFILE_UPDATE', 'AUTH_2FA_ENABLE',
         'SIGN_IN_2FA_FAIL', 'PASSKEY_CREATED', 'PASSWORD_RESET', 'ACCOUNT_SSO_LINK'], 'usat', k)::"UserSecurityAuditLogType",
       CASE WHEN k % 29 = 0 THEN NULL ELSE dgen.ua('usaua', u) END, CASE WHEN k % 29 = 0 THEN NULL WHEN k % 7 = 0 THEN dgen.ip('usaip2', k) ELSE dgen.ip('usaip', u) END
FROM generate_series(1, 700) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('usau', k, 160) AS u) x;

-- ---------------------------------------------------------------------------
-- API tokens and webhooks.

CREATE TABLE "ApiToken" ("id" serial PRIMARY KEY, "name" text NOT NULL, "token" text NOT NULL UNIQUE, "algorithm" "ApiTokenAlgorithm" NOT NULL DEFAULT 'SHA512',
    "expires" timestamp(3), "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "userId" integer, "teamId" integer);
INSERT INTO "ApiToken" ("name", "token", "algorithm", "expires", "createdAt", "userId", "teamId")
SELECT fixture_gen.pick(ARRAY['zapier', 'Zapier production', 'CRM sync', 'n8n', 'make.com scenario', 'reapit-integration', 'website form', 'HR onboarding', 'test', 'Airtable automation', 'bulk send script', 'PowerAutomate'], 'atn', k),
       encode(sha512(convert_to('api_' || dgen.rnd('atk', k, 16), 'UTF8')), 'hex'), 'SHA512',
       CASE WHEN k % 3 = 0 THEN dgen.at('atx', k, timestamp '2024-09-01', 365) END, dgen.at('atc', k, timestamp '2023-09-01', 400),
       CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('atu', k, 160) END, CASE WHEN k % 4 <> 0 THEN 1 + fixture_gen.n('att', k, 30) END
FROM generate_series(1, 48) k;

CREATE TABLE "Webhook" ("id" text NOT NULL PRIMARY KEY, "webhookUrl" text NOT NULL, "eventTriggers" "WebhookTriggerEvents"[], "secret" text, "enabled" boolean NOT NULL DEFAULT true,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "userId" integer NOT NULL, "teamId" integer);
INSERT INTO "Webhook"
SELECT dgen.cuid('wh', g.k),
       CASE g.k % 5 WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', g.k, 8) || '/' || lower(dgen.rnd('whz2', g.k, 7)) || '/'
         WHEN 1 THEN 'https://hook.eu2.make.com/' || lower(dgen.rnd('whm', g.k, 32))
         WHEN 2 THEN 'https://n8n.' || t.dom || '/webhook/' || fixture_gen.uuid('whn', g.k)
         WHEN 3 THEN 'https://api.' || t.dom || '/integrations/documenso/events'
         ELSE 'https://' || t.url || '.crm.example/api/webhooks/esign?access_token=' || dgen.rnd('wha', g.k, 32) END,
       CASE g.k % 3 WHEN 0 THEN ARRAY['DOCUMENT_COMPLETED']::"WebhookTriggerEvents"[] WHEN 1 THEN ARRAY['DOCUMENT_SENT', 'DOCUMENT_SIGNED', 'DOCUMENT_COMPLETED']::"WebhookTriggerEvents"[]
         ELSE ARRAY['DOCUMENT_CREATED', 'DOCUMENT_SENT', 'DOCUMENT_OPENED', 'DOCUMENT_SIGNED', 'DOCUMENT_COMPLETED', 'DOCUMENT_REJECTED']::"WebhookTriggerEvents"[] END,
       CASE WHEN g.k % 4 <> 2 THEN 'whsec_' || dgen.rnd('whs', g.k, 32) END, g.k % 6 <> 5,
       dgen.at('whc', g.k, timestamp '2023-10-01', 300), dgen.at('whu', g.k, timestamp '2024-06-01', 100), (SELECT "ownerUserId" FROM "Team" WHERE id = t.k), t.k
FROM generate_series(1, 26) g(k) JOIN dgen.t t ON t.k = 1 + (g.k * 7) % 30;

-- ---------------------------------------------------------------------------
-- Templates and documents.

-- What each team sends, and the text field a signer fills in.
CREATE TABLE dgen.k (kind text PRIMARY KEY, tpl text, tpl2 text, textlabel text, textlabel2 text);
INSERT INTO dgen.k VALUES
  ('lettings', 'Assured shorthold tenancy agreement', 'Guarantor agreement', 'Current address', 'Forwarding address'),
  ('hr', 'Contract of employment', 'New starter form', 'National Insurance number', 'Emergency contact (name and phone)'),
  ('consent', 'Treatment consent form', 'New patient registration', 'Date of birth', 'Medical conditions or allergies'),
  ('release', 'Model release form', 'Location release', 'Address', 'Instagram handle for credit'),
  ('legal', 'Client care letter and terms of engagement', 'Authority to act', 'Home address', 'Date of birth'),
  ('nda', 'Mutual non-disclosure agreement', 'Consultancy agreement', 'Company registration number', 'Job title'),
  ('contract', 'Works contract', 'Change order', 'Site address', 'Phone'),
  ('membership', 'Membership application', 'Direct debit mandate', 'Home address', 'Phone'),
  ('single', 'Freelance services agreement', 'Room sublet agreement', 'Address', 'Phone');

-- pdf: base64 of a small PDF whose info dictionary and first page name the document and its people.
CREATE FUNCTION dgen.pdf(title text, author text, body text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(convert_to('%PDF-1.7' || E'\n%\u00e2\u00e3\n1 0 obj\n<< /Title (' || title || ') /Author (' || author || ') /Producer (Documenso) >>\nendobj\n4 0 obj\n<< /Length 220 >>\nstream\nBT /F1 11 Tf 72 720 Td (' || title || ') Tj 0 -18 Td (' || body || ') Tj ET\nendstream\nendobj\ntrailer << /Root 2 0 R /Info 1 0 R >>\n%%EOF', 'UTF8'), 'base64'), E'\n', '')
$$;

CREATE FUNCTION dgen.s3key(tag text, i bigint, title text, suffix text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT dgen.rnd(tag, i, 12) || '/' || regexp_replace(title, '[^A-Za-z0-9À-ž .,&()-]+', '_', 'g') || suffix || '.pdf' $$;

CREATE TABLE dgen.tp (k int PRIMARY KEY, team int, uid int, kind text, title text);
INSERT INTO dgen.tp
SELECT g.k, CASE WHEN g.k <= 30 THEN g.k ELSE NULL END, CASE WHEN g.k <= 30 THEN (SELECT "ownerUserId" FROM "Team" WHERE id = g.k) ELSE (SELECT i FROM dgen.u WHERE kind = 'single' ORDER BY i OFFSET g.k - 31 LIMIT 1) END,
       coalesce(t.kind, 'single'), NULL
FROM generate_series(1, 44) g(k) LEFT JOIN dgen.t t ON t.k = g.k;
UPDATE dgen.tp p SET title = CASE WHEN p.k % 2 = 0 THEN kk.tpl2 ELSE kk.tpl END || CASE WHEN p.k % 3 = 0 THEN ' (2024)' WHEN p.k % 5 = 1 THEN ' – standard' ELSE '' END
FROM dgen.k kk WHERE kk.kind = p.kind;

CREATE TABLE dgen.d (i int PRIMARY KEY, team int, uid int, kind text, r1 int, r2 int, status text, created timestamp(3), title text, tpl int, src text);
INSERT INTO dgen.d
SELECT i, tm, CASE WHEN tm IS NULL THEN (SELECT i FROM dgen.u WHERE kind = 'single' ORDER BY i OFFSET fixture_gen.n('dsu', g.i, 20) LIMIT 1)
                 ELSE coalesce((SELECT u.i FROM dgen.u u WHERE u.team = tm ORDER BY fixture_gen.n('dou', g.i * 1000 + u.i, 1000) LIMIT 1), (SELECT "ownerUserId" FROM "Team" WHERE id = tm)) END,
       coalesce((SELECT kind FROM dgen.t WHERE k = tm), 'single'),
       1 + fixture_gen.n('dr1', g.i, 900), CASE WHEN g.i % 3 <> 0 THEN 1 + fixture_gen.n('dr2', g.i, 900) END,
       (ARRAY['DRAFT', 'PENDING', 'PENDING', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'REJECTED'])[1 + g.i % 10],
       dgen.at('dc', g.i, timestamp '2023-07-01', 420), NULL,
       CASE WHEN g.i % 4 = 0 THEN (SELECT k FROM dgen.tp WHERE team IS NOT DISTINCT FROM tm ORDER BY k LIMIT 1) END,
       NULL
FROM generate_series(1, 420) g(i) CROSS JOIN LATERAL (SELECT CASE WHEN g.i % 9 = 0 THEN NULL ELSE 1 + fixture_gen.n('dt', g.i, 30) END AS tm) x;
UPDATE dgen.d SET src = CASE WHEN tpl IS NULL THEN 'DOCUMENT' WHEN i % 8 = 0 THEN 'TEMPLATE_DIRECT_LINK' ELSE 'TEMPLATE' END;
UPDATE dgen.d d SET title = CASE
    WHEN d.kind = 'lettings' THEN CASE WHEN d.i % 2 = 0 THEN 'AST – ' || r.street || ', ' || r.city || ' – ' || r.name ELSE 'Guarantor agreement – ' || r.name || ' for ' || r2.name END
    WHEN d.kind = 'hr' THEN CASE WHEN d.i % 2 = 0 THEN 'Contract of employment – ' || r.name ELSE r.last || ', ' || r.first || ' – new starter pack' END
    WHEN d.kind = 'consent' THEN 'Consent form ' || to_char(d.created, 'YYYY-MM-DD') || ' ' || r.name
    WHEN d.kind = 'release' THEN 'Model release – ' || r.name || ' – ' || fixture_gen.pick(ARRAY['spring lookbook', 'wedding', 'festival stage', 'headshots'], 'drl', d.i)
    WHEN d.kind = 'legal' THEN 'Engagement letter – ' || r.name || ' – matter ' || fixture_gen.digits('dmat', d.i, 5)
    WHEN d.kind = 'nda' THEN CASE WHEN d.i % 3 = 0 THEN 'Mutual NDA – ' || fixture_gen.pick(ARRAY['Acme Robotics', 'Globex Retail', 'Initech', 'Northwind Foods', 'Umbrella Health', 'Stark Logistics'], 'dnc', d.i)
                                  ELSE 'NDA signed by ' || r.name || '.pdf' END
    WHEN d.kind = 'contract' THEN fixture_gen.pick(ARRAY['Works contract', 'Change order', 'Quote acceptance', 'Subcontract'], 'dct', d.i) || ' ' || (2023 + d.i % 2)::text || '-' || lpad((d.i % 97)::text, 3, '0')
    WHEN d.kind = 'membership' THEN 'Membership ' || (2023 + d.i % 2)::text || ' – ' || r.name
    ELSE fixture_gen.pick(ARRAY['Freelance agreement ', 'Sublet agreement with ', 'Loan agreement – ', 'Car sale – '], 'dsg', d.i) || r.name END
FROM dgen.r r, dgen.r r2 WHERE r.i = d.r1 AND r2.i = coalesce(d.r2, d.r1);

CREATE TABLE "DocumentData" ("id" text NOT NULL PRIMARY KEY, "type" "DocumentDataType" NOT NULL, "data" text NOT NULL, "initialData" text NOT NULL);
INSERT INTO "DocumentData"
SELECT dgen.cuid('dd', d.i), ty::"DocumentDataType",
       CASE WHEN ty = 'S3_PATH' THEN dgen.s3key('dds' || CASE WHEN d.status = 'COMPLETED' THEN 'sealed' ELSE '' END, d.i, d.title, CASE WHEN d.status = 'COMPLETED' THEN '_signed' ELSE '' END)
            ELSE dgen.pdf(d.title, u.name, CASE WHEN d.status = 'COMPLETED' THEN 'Signed by ' || r.name || ' <' || r.email || '>' ELSE 'Between ' || coalesce(t.name, u.name) || ' and ' || r.name || ', ' || r.street END) END,
       CASE WHEN ty = 'S3_PATH' THEN dgen.s3key('dds', d.i, d.title, '') ELSE dgen.pdf(d.title, u.name, 'Between ' || coalesce(t.name, u.name) || ' and ' || r.name || ', ' || r.street) END
FROM dgen.d d JOIN dgen.u u ON u.i = d.uid JOIN dgen.r r ON r.i = d.r1 LEFT JOIN dgen.t t ON t.k = d.team
CROSS JOIN LATERAL (SELECT CASE WHEN d.i % 5 IN (0, 3) THEN 'BYTES_64' ELSE 'S3_PATH' END AS ty) x;
INSERT INTO "DocumentData"
SELECT dgen.cuid('tdd', p.k), 'S3_PATH', dgen.s3key('tdds', p.k, p.title, ''), dgen.s3key('tdds', p.k, p.title, '') FROM dgen.tp p;

CREATE TABLE "Template" ("id" serial PRIMARY KEY, "externalId" text, "type" "TemplateType" NOT NULL DEFAULT 'PRIVATE', "title" text NOT NULL, "userId" integer NOT NULL, "teamId" integer,
    "authOptions" jsonb, "templateDocumentDataId" text NOT NULL UNIQUE, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publicTitle" text NOT NULL DEFAULT '', "publicDescription" text NOT NULL DEFAULT '', "useLegacyFieldInsertion" boolean NOT NULL DEFAULT false);
INSERT INTO "Template"
SELECT p.k, CASE WHEN p.k % 4 = 1 THEN 'tpl-' || p.kind || '-' || (2020 + p.k % 5)::text END, CASE WHEN p.k % 5 = 2 THEN 'PUBLIC' ELSE 'PRIVATE' END::"TemplateType", p.title, p.uid, p.team,
       CASE WHEN p.k % 3 = 0 THEN '{"globalAccessAuth":null,"globalActionAuth":"ACCOUNT"}' ELSE '{"globalAccessAuth":null,"globalActionAuth":null}' END::jsonb,
       dgen.cuid('tdd', p.k), dgen.at('tpc', p.k, timestamp '2023-07-01', 200), dgen.at('tpu', p.k, timestamp '2024-03-01', 150),
       CASE WHEN p.k % 5 = 2 THEN split_part(p.title, ' – ', 1) ELSE '' END,
       CASE WHEN p.k % 5 = 2 THEN 'Fill in and sign online in two minutes. You will receive a copy by email once everyone has signed.' ELSE '' END, p.k % 7 = 0
FROM dgen.tp p;

CREATE TABLE "TemplateMeta" ("id" text NOT NULL PRIMARY KEY, "subject" text, "message" text, "timezone" text DEFAULT 'Etc/UTC', "password" text, "dateFormat" text DEFAULT 'yyyy-MM-dd hh:mm a',
    "signingOrder" "DocumentSigningOrder" DEFAULT 'PARALLEL', "typedSignatureEnabled" boolean NOT NULL DEFAULT true, "uploadSignatureEnabled" boolean NOT NULL DEFAULT true,
    "drawSignatureEnabled" boolean NOT NULL DEFAULT true, "distributionMethod" "DocumentDistributionMethod" NOT NULL DEFAULT 'EMAIL', "templateId" integer NOT NULL UNIQUE,
    "redirectUrl" text, "language" text NOT NULL DEFAULT 'en', "emailSettings" jsonb);
INSERT INTO "TemplateMeta"
SELECT dgen.cuid('tpm', p.k), CASE WHEN p.k % 3 <> 0 THEN 'Please sign: ' || split_part(p.title, ' – ', 1) END,
       CASE p.k % 4 WHEN 0 THEN NULL
         WHEN 1 THEN 'Hi {signer.name}, please review and sign {document.name}. Any questions, reply to this email.'
         WHEN 2 THEN 'Hello {signer.name},' || E'\n\n' || 'Please sign the attached ' || lower(split_part(p.title, ' – ', 1)) || '. If anything looks wrong call me on ' || fixture_gen.phone('tpmp', p.k) || '.' || E'\n\n' || 'Thanks, ' || u.first
         ELSE '{signer.name}, {document.name} is ready for you. ' || u.name || ', ' || coalesce(t.name, 'self-employed') END,
       fixture_gen.pick(ARRAY['Europe/London', 'Europe/London', 'Europe/Paris', 'Europe/Stockholm', 'Africa/Lagos', 'Asia/Tokyo', 'Etc/UTC'], 'tpmtz', p.k),
       NULL, fixture_gen.pick(ARRAY['dd/MM/yyyy', 'yyyy-MM-dd hh:mm a', 'MMMM dd, yyyy', 'dd.MM.yyyy HH:mm'], 'tpmdf', p.k),
       CASE WHEN p.k % 4 = 1 THEN 'SEQUENTIAL' ELSE 'PARALLEL' END::"DocumentSigningOrder", p.k % 6 <> 1, p.k % 5 <> 1, true,
       CASE WHEN p.k % 11 = 3 THEN 'NONE' ELSE 'EMAIL' END::"DocumentDistributionMethod", p.k,
       CASE WHEN p.k % 3 = 1 THEN 'https://www.' || coalesce(t.dom, 'quillmark.example') || '/thank-you' END, CASE WHEN t.city = 'Lyon' THEN 'fr' WHEN t.city = 'Berlin' THEN 'de' ELSE 'en' END,
       CASE WHEN p.k % 2 = 0 THEN '{"documentCompleted":true,"documentDeleted":true,"documentPending":true,"recipientSigned":true,"recipientRemoved":true,"recipientSigningRequest":true,"ownerDocumentCompleted":' || (p.k % 4 = 0)::text || '}' END::jsonb
FROM dgen.tp p JOIN dgen.u u ON u.i = p.uid LEFT JOIN dgen.t t ON t.k = p.team;

CREATE TABLE "Document" ("id" serial PRIMARY KEY, "externalId" text, "userId" integer NOT NULL, "authOptions" jsonb, "formValues" jsonb,
    "visibility" "DocumentVisibility" NOT NULL DEFAULT 'EVERYONE', "title" text NOT NULL, "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT', "documentDataId" text NOT NULL UNIQUE,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "completedAt" timestamp(3), "deletedAt" timestamp(3),
    "teamId" integer, "templateId" integer, "source" "DocumentSource" NOT NULL, "useLegacyFieldInsertion" boolean NOT NULL DEFAULT false, "qrToken" text);
INSERT INTO "Document"
SELECT d.i, CASE WHEN d.kind = 'lettings' AND d.i % 3 = 0 THEN 'REAPIT-TEN-' || fixture_gen.digits('dext', d.i, 6) WHEN d.kind = 'hr' AND d.i % 2 = 1 THEN 'bamboohr:candidate:' || fixture_gen.digits('dext', d.i, 5) END,
       d.uid, CASE WHEN d.i % 6 = 0 THEN '{"globalAccessAuth":"ACCOUNT","globalActionAuth":null}' WHEN d.i % 6 = 1 THEN '{"globalAccessAuth":null,"globalActionAuth":"PASSKEY"}' END::jsonb,
       CASE WHEN d.kind = 'lettings' AND d.i % 3 = 0 THEN jsonb_build_object('tenant_name', r.name, 'tenant_email', r.email, 'property_address', r.street || ', ' || r.city || ' ' || r.postcode, 'rent_pcm', (650 + fixture_gen.n('drent', d.i, 1400))::text, 'start_date', to_char(d.created + interval '14 days', 'DD/MM/YYYY'))
            WHEN d.kind = 'hr' AND d.i % 2 = 1 THEN jsonb_build_object('employee_full_name', r.name, 'job_title', fixture_gen.pick(ARRAY['Lettings Negotiator', 'Care Assistant', 'Payroll Officer', 'Tutor', 'Property Manager'], 'djt', d.i), 'annual_salary', (21000 + fixture_gen.n('dsal', d.i, 30000))::text, 'date_of_birth', to_char(r.dob, 'DD/MM/YYYY'))
            WHEN d.kind = 'membership' AND d.i % 2 = 0 THEN jsonb_build_object('member', r.name, 'phone', r.phone, 'membership_type', fixture_gen.pick(ARRAY['Full', 'Concession', 'Family', 'Junior'], 'dmt', d.i)) END,
       (ARRAY['EVERYONE', 'EVERYONE', 'EVERYONE', 'MANAGER_AND_ABOVE', 'ADMIN'])[1 + d.i % 5]::"DocumentVisibility", d.title, d.status::"DocumentStatus", dgen.cuid('dd', d.i),
       d.created, d.created + make_interval(hours => 1 + fixture_gen.n('dupd', d.i, 300)),
       CASE WHEN d.status = 'COMPLETED' THEN d.created + make_interval(hours => 2 + fixture_gen.n('dcmp', d.i, 200)) END,
       CASE WHEN d.i % 23 = 5 THEN d.created + interval '40 days' END, d.team, d.tpl, d.src::"DocumentSource", false,
       CASE WHEN d.status = 'COMPLETED' THEN 'qr_' || dgen.rnd('dqr', d.i, 16) END
FROM dgen.d d JOIN dgen.r r ON r.i = d.r1;

CREATE TABLE "DocumentMeta" ("id" text NOT NULL PRIMARY KEY, "subject" text, "message" text, "timezone" text DEFAULT 'Etc/UTC', "password" text, "dateFormat" text DEFAULT 'yyyy-MM-dd hh:mm a',
    "documentId" integer NOT NULL UNIQUE, "redirectUrl" text, "signingOrder" "DocumentSigningOrder" NOT NULL DEFAULT 'PARALLEL', "typedSignatureEnabled" boolean NOT NULL DEFAULT true,
    "uploadSignatureEnabled" boolean NOT NULL DEFAULT true, "drawSignatureEnabled" boolean NOT NULL DEFAULT true, "language" text NOT NULL DEFAULT 'en',
    "distributionMethod" "DocumentDistributionMethod" NOT NULL DEFAULT 'EMAIL', "emailSettings" jsonb);
INSERT INTO "DocumentMeta"
SELECT dgen.cuid('dm', d.i),
       CASE WHEN d.i % 4 = 0 THEN NULL WHEN d.i % 4 = 1 THEN 'Please sign: ' || d.title ELSE r.first || ', your ' || lower((SELECT tpl FROM dgen.k WHERE kind = d.kind)) || ' is ready to sign' END,
       CASE WHEN d.i % 7 = 0 THEN NULL WHEN d.i % 7 = 1 THEN 'Hi {signer.name}, please review and sign {document.name}.' WHEN d.i % 7 = 5 THEN 'Thanks for choosing us. Signing takes a minute.'
         WHEN d.kind = 'lettings' AND d.i % 2 = 0 THEN 'Hi ' || r.first || ',' || E'\n\n' || 'As discussed on the phone, here is the paperwork. The deposit of £' || (700 + fixture_gen.n('dmdep', d.i, 1500))::text || ' goes to the TDS; keys can be collected from ' || r.street || ' on move-in day.' || E'\n\n' || 'Kind regards,' || E'\n' || u.name || E'\n' || fixture_gen.phone('dmph', d.i)
         WHEN d.kind = 'lettings' THEN r.first || ', the guarantor (' || coalesce((SELECT name FROM dgen.r WHERE i = d.r2), 'your guarantor') || ') will get a separate email. Ring ' || fixture_gen.phone('dmph2', d.i) || ' if stuck.'
         WHEN d.kind = 'hr' THEN 'Dear ' || r.name || ', welcome aboard! Please sign your contract and return the starter form with your bank details by Friday. Your line manager will be ' || fixture_gen.full_name('dmlm', d.i) || '.'
         WHEN d.kind = 'consent' THEN 'Please sign before your appointment on ' || to_char(d.created + interval '3 days', 'DD Mon') || '. If you are signing for a child, put your own name and their date of birth (' || to_char(date '2012-01-01' + fixture_gen.n('dmkid', d.i, 3600), 'DD/MM/YYYY') || ') in the text box.'
         WHEN d.kind = 'release' THEN 'Hi ' || r.first || '! Lovely working with you on ' || to_char(d.created, 'DD Mon') || '. Here is the release so I can use the shots; I will send the gallery link to ' || r.email || '.'
         WHEN d.kind = 'legal' THEN 'Dear ' || r.name || E',\n\nPlease find our client care letter. The document password was sent to you by SMS on ' || r.phone || E'.\n\nYours sincerely,\n' || u.name
         ELSE 'Please sign at your convenience. Any questions, call ' || u.first || ' on ' || fixture_gen.phone('dmph3', d.i) || '.' END,
       fixture_gen.pick(ARRAY['Europe/London', 'Europe/London', 'Europe/London', 'Europe/Paris', 'Europe/Stockholm', 'Africa/Lagos', 'Asia/Tokyo', 'Europe/Lisbon', 'Etc/UTC'], 'dmtz', d.i),
       CASE WHEN d.kind IN ('legal', 'hr') AND d.i % 5 = 2 THEN fixture_gen.pick(ARRAY['Harbour', 'Kestrel', 'Summer', 'Walnut', 'Tango', 'Velvet'], 'dmpw', d.i) || fixture_gen.digits('dmpw', d.i, 4) || '!' END,
       fixture_gen.pick(ARRAY['dd/MM/yyyy', 'yyyy-MM-dd hh:mm a', 'MMMM dd, yyyy', 'dd.MM.yyyy HH:mm'], 'dmdf', d.i), d.i,
       CASE WHEN d.i % 5 = 1 THEN 'https://www.' || coalesce(t.dom, 'quillmark.example') || '/signed' WHEN d.i % 11 = 4 THEN 'https://' || coalesce(t.dom, 'quillmark.example') || '/onboarding/next-steps?step=3' END,
       CASE WHEN d.r2 IS NOT NULL AND d.i % 4 = 1 THEN 'SEQUENTIAL' ELSE 'PARALLEL' END::"DocumentSigningOrder", d.i % 6 <> 1, d.i % 5 <> 1, true,
       CASE WHEN t.city = 'Lyon' THEN 'fr' WHEN t.city = 'Berlin' THEN 'de' WHEN t.city IN ('Porto', 'Lisbon') THEN 'pt' ELSE 'en' END,
       CASE WHEN d.i % 17 = 3 THEN 'NONE' ELSE 'EMAIL' END::"DocumentDistributionMethod",
       CASE WHEN d.i % 2 = 0 THEN '{"documentCompleted":true,"documentDeleted":true,"documentPending":' || (d.i % 4 = 0)::text || ',"recipientSigned":true,"recipientRemoved":true,"recipientSigningRequest":true,"ownerDocumentCompleted":true}' END::jsonb
FROM dgen.d d JOIN dgen.r r ON r.i = d.r1 JOIN dgen.u u ON u.i = d.uid LEFT JOIN dgen.t t ON t.k = d.team;

-- ---------------------------------------------------------------------------
-- Recipients, fields, signatures.

-- Who gets each document: the signer, a second party (guarantor, landlord,
-- approver or viewer), a CC to the team's mailbox; templates' placeholders.
CREATE TABLE dgen.rc (id serial PRIMARY KEY, doc int, tpl int, who int, email text, name text, role text, pos int, signed boolean, rejected boolean, at timestamp(3));
INSERT INTO dgen.rc (doc, tpl, who, email, name, role, pos, signed, rejected, at)
SELECT d.i, NULL::int, r.i, r.email, CASE WHEN d.i % 13 = 6 THEN '' ELSE r.name END, 'SIGNER', 1,
       d.status = 'COMPLETED' OR (d.status = 'PENDING' AND d.i % 2 = 0), d.status = 'REJECTED', d.created + make_interval(hours => 1 + fixture_gen.n('rca', d.i, 150))
FROM dgen.d d JOIN dgen.r r ON r.i = d.r1
UNION ALL
SELECT d.i, NULL::int, r.i, r.email, r.name, CASE WHEN d.kind IN ('lettings', 'legal', 'single', 'membership') THEN 'SIGNER' WHEN d.kind IN ('contract', 'nda') THEN 'APPROVER' ELSE 'VIEWER' END, 2,
       d.status = 'COMPLETED', false, d.created + make_interval(hours => 2 + fixture_gen.n('rcb', d.i, 190))
FROM dgen.d d JOIN dgen.r r ON r.i = d.r2
UNION ALL
SELECT d.i, NULL::int, NULL::int, te.email, te.name, 'CC', 3, d.status = 'COMPLETED', false, NULL
FROM dgen.d d JOIN "TeamEmail" te ON te."teamId" = d.team WHERE d.i % 4 = 0
UNION ALL
SELECT NULL::int, p.k, NULL::int, 'recipient.' || n || '@documenso.com', CASE WHEN p.k % 3 = 0 THEN '' ELSE (ARRAY[CASE p.kind WHEN 'lettings' THEN 'Tenant' WHEN 'hr' THEN 'Employee' WHEN 'consent' THEN 'Patient' ELSE 'Signer' END, 'Guarantor'])[n] END,
       'SIGNER', n, false, false, NULL
FROM dgen.tp p CROSS JOIN generate_series(1, 2) n WHERE n = 1 OR p.kind IN ('lettings', 'legal')
ORDER BY 1, 2, 7;

CREATE TABLE "Recipient" ("id" serial PRIMARY KEY, "documentId" integer, "templateId" integer, "email" varchar(255) NOT NULL, "name" varchar(255) NOT NULL DEFAULT '',
    "token" text NOT NULL, "documentDeletedAt" timestamp(3), "expired" timestamp(3), "signedAt" timestamp(3), "authOptions" jsonb, "signingOrder" integer, "rejectionReason" text,
    "role" "RecipientRole" NOT NULL DEFAULT 'SIGNER', "readStatus" "ReadStatus" NOT NULL DEFAULT 'NOT_OPENED', "signingStatus" "SigningStatus" NOT NULL DEFAULT 'NOT_SIGNED',
    "sendStatus" "SendStatus" NOT NULL DEFAULT 'NOT_SENT');
INSERT INTO "Recipient"
SELECT c.id, c.doc, c.tpl, c.email, c.name, dgen.nano('rtok', c.id),
       CASE WHEN c.doc % 23 = 5 THEN d.created + interval '40 days' END, CASE WHEN d.status = 'PENDING' AND c.id % 9 = 0 THEN d.created + interval '30 days' END,
       CASE WHEN c.signed AND c.role <> 'CC' THEN c.at END,
       CASE WHEN c.id % 10 = 0 THEN '{"accessAuth":"ACCOUNT","actionAuth":null}' WHEN c.id % 10 = 1 THEN '{"accessAuth":null,"actionAuth":"TWO_FACTOR_AUTH"}' WHEN c.id % 10 = 2 THEN '{"accessAuth":null,"actionAuth":null}' END::jsonb,
       CASE WHEN m."signingOrder" = 'SEQUENTIAL' OR c.tpl IS NOT NULL THEN c.pos END,
       CASE WHEN c.rejected THEN fixture_gen.pick(ARRAY[
         'The rent is wrong, I agreed £' || (700 + fixture_gen.n('rrr', c.id, 900))::text || ' with ' || fixture_gen.first_name('rrn', c.id) || ' at the viewing.',
         'My name is spelled wrong, it should be ' || r.name || '. Please resend.',
         'I am not the right person for this. Please send it to my colleague ' || dgen.mail(fixture_gen.first_name('rrc', c.id), fixture_gen.last_name('rrc', c.id), 'rrc', c.id, NULL) || '.',
         'Start date changed, I can only start after my notice period ends on ' || to_char(d.created + interval '35 days', 'DD/MM/YYYY') || '.',
         'I did not consent to photos of my daughter being used online.',
         'Address is my old one. New address: ' || fixture_gen.street('rra', c.id) || ', ' || fixture_gen.city('rra', c.id) || '.',
         'Wrong document', 'Changed my mind.', 'Duplicate, already signed the paper copy.'], 'rrj', c.id) END,
       c.role::"RecipientRole",
       CASE WHEN d.status = 'DRAFT' OR c.tpl IS NOT NULL THEN 'NOT_OPENED' WHEN c.signed OR c.rejected OR c.id % 3 <> 0 THEN 'OPENED' ELSE 'NOT_OPENED' END::"ReadStatus",
       CASE WHEN c.rejected THEN 'REJECTED' WHEN c.signed THEN 'SIGNED' ELSE 'NOT_SIGNED' END::"SigningStatus",
       CASE WHEN d.status = 'DRAFT' OR c.tpl IS NOT NULL OR m."distributionMethod" = 'NONE' THEN 'NOT_SENT' ELSE 'SENT' END::"SendStatus"
FROM dgen.rc c LEFT JOIN dgen.d d ON d.i = c.doc LEFT JOIN "DocumentMeta" m ON m."documentId" = c.doc LEFT JOIN dgen.r r ON r.i = c.who;

-- Fields: per signer a signature, a name, a date and text boxes; templates
-- carry the same fields, empty.
CREATE TABLE dgen.fd (id serial PRIMARY KEY, rec int, doc int, tpl int, type text, label text, val text, ins boolean, page int, y int);
INSERT INTO dgen.fd (rec, doc, tpl, type, label, val, ins, page, y)
SELECT c.id, c.doc, c.tpl, f.type, f.label,
       CASE WHEN NOT c.signed THEN ''
            WHEN f.type = 'NAME' THEN r.name WHEN f.type = 'EMAIL' THEN r.email
            WHEN f.type = 'DATE' THEN to_char(c.at, CASE m."dateFormat" WHEN 'dd/MM/yyyy' THEN 'DD/MM/YYYY' WHEN 'MMMM dd, yyyy' THEN 'FMMonth DD, YYYY' WHEN 'dd.MM.yyyy HH:mm' THEN 'DD.MM.YYYY HH24:MI' ELSE 'YYYY-MM-DD HH12:MI AM' END)
            WHEN f.type = 'NUMBER' THEN (1 + fixture_gen.n('fnum', c.id, 4))::text
            WHEN f.type = 'CHECKBOX' THEN 'I agree'
            WHEN f.type = 'DROPDOWN' THEN fixture_gen.pick(ARRAY['Full', 'Concession', 'Family', 'Junior'], 'fdd', c.id)
            WHEN f.type = 'TEXT' THEN CASE f.label
              WHEN 'Current address' THEN r.street || ', ' || r.city || ' ' || r.postcode
              WHEN 'Forwarding address' THEN fixture_gen.street('ffa', c.id) || ', ' || fixture_gen.city('ffa', c.id)
              WHEN 'National Insurance number' THEN fixture_gen.nino('fni', c.id)
              WHEN 'Emergency contact (name and phone)' THEN fixture_gen.full_name('fec', c.id) || ' (' || fixture_gen.pick(ARRAY['mum', 'husband', 'wife', 'partner', 'brother', 'dad'], 'fer', c.id) || ') ' || fixture_gen.phone('fep', c.id)
              WHEN 'Date of birth' THEN to_char(r.dob, 'DD/MM/YYYY')
              WHEN 'Medical conditions or allergies' THEN fixture_gen.pick(ARRAY['None', 'Penicillin allergy', 'Asthma, uses an inhaler', 'Type 1 diabetes', 'Pregnant (22 weeks)', 'Hip replacement 2019', 'none known', 'Latex allergy'], 'fmc', c.id)
              WHEN 'Instagram handle for credit' THEN '@' || fixture_gen.ascii(r.first) || '.' || fixture_gen.ascii(r.last)
              WHEN 'Company registration number' THEN fixture_gen.digits('fcrn', c.id, 8)
              WHEN 'Job title' THEN fixture_gen.pick(ARRAY['Head of Product', 'Finance Director', 'Founder', 'Procurement Lead', 'CTO'], 'fjt', c.id)
              WHEN 'Phone' THEN r.phone
              ELSE r.street || ', ' || r.city END
            ELSE '' END,
       c.signed AND f.type <> 'FREE_SIGNATURE', 1 + fixture_gen.n('fpg', c.id * 10 + f.o, 4), f.o
FROM dgen.rc c JOIN dgen.r r ON true LEFT JOIN "DocumentMeta" m ON m."documentId" = c.doc
JOIN LATERAL (SELECT coalesce((SELECT kind FROM dgen.d WHERE i = c.doc), (SELECT kind FROM dgen.tp WHERE k = c.tpl)) AS kind) kd ON true
JOIN dgen.k kk ON kk.kind = kd.kind
CROSS JOIN LATERAL (VALUES (1, 'SIGNATURE', NULL), (2, 'NAME', NULL), (3, 'DATE', NULL), (4, 'TEXT', CASE WHEN c.pos = 1 THEN kk.textlabel ELSE kk.textlabel2 END),
   (5, CASE WHEN kd.kind = 'consent' THEN 'CHECKBOX' WHEN kd.kind = 'membership' THEN 'DROPDOWN' WHEN c.id % 3 = 0 THEN 'EMAIL' WHEN c.id % 5 = 0 THEN 'INITIALS' ELSE NULL END, NULL),
   (6, CASE WHEN kd.kind = 'lettings' AND c.pos = 1 THEN 'NUMBER' END, 'Number of occupants')) f(o, type, label)
WHERE c.role IN ('SIGNER', 'APPROVER') AND f.type IS NOT NULL AND (c.who IS NULL OR r.i = c.who) AND (c.who IS NOT NULL OR r.i = 1)
ORDER BY c.id, f.o;
UPDATE dgen.fd SET val = CASE WHEN ins THEN upper(substr(split_part(val, ' ', 1), 1, 1)) END WHERE type = 'INITIALS';
UPDATE dgen.fd f SET val = upper(substr(r.first, 1, 1) || substr(r.last, 1, 1)) FROM dgen.rc c JOIN dgen.r r ON r.i = c.who WHERE f.rec = c.id AND f.type = 'INITIALS' AND f.ins;
UPDATE dgen.fd SET val = '' WHERE val IS NULL;

CREATE TABLE "Field" ("id" serial PRIMARY KEY, "secondaryId" text NOT NULL UNIQUE, "documentId" integer, "templateId" integer, "recipientId" integer NOT NULL, "type" "FieldType" NOT NULL,
    "page" integer NOT NULL, "positionX" decimal(65, 30) NOT NULL DEFAULT 0, "positionY" decimal(65, 30) NOT NULL DEFAULT 0, "width" decimal(65, 30) NOT NULL DEFAULT -1,
    "height" decimal(65, 30) NOT NULL DEFAULT -1, "customText" text NOT NULL, "inserted" boolean NOT NULL, "fieldMeta" jsonb);
INSERT INTO "Field"
SELECT f.id, dgen.cuid('fsec', f.id), f.doc, f.tpl, f.rec, f.type::"FieldType", f.page,
       round((8 + fixture_gen.n('fx', f.id, 6000) / 100.0)::numeric, 4), round((10 + f.y * 11 + fixture_gen.n('fy', f.id, 500) / 100.0)::numeric, 4),
       CASE WHEN f.type IN ('SIGNATURE', 'TEXT') THEN 28.5 ELSE 18.0 END, CASE WHEN f.type = 'SIGNATURE' THEN 6.25 ELSE 3.5 END,
       f.val, f.ins,
       CASE f.type WHEN 'TEXT' THEN jsonb_build_object('type', 'text', 'label', f.label, 'placeholder', '', 'required', true, 'readOnly', false, 'fontSize', 12, 'characterLimit', CASE WHEN f.label = 'National Insurance number' THEN 9 END, 'textAlign', 'left')
         WHEN 'NUMBER' THEN '{"type":"number","label":"Number of occupants","minValue":1,"maxValue":8,"required":true,"fontSize":12,"numberFormat":"123"}'::jsonb
         WHEN 'CHECKBOX' THEN '{"type":"checkbox","label":"","required":true,"values":[{"id":1,"value":"I agree","checked":false}],"validationRule":"At least","validationLength":1,"direction":"vertical"}'::jsonb
         WHEN 'DROPDOWN' THEN '{"type":"dropdown","label":"Membership type","required":true,"values":[{"value":"Full"},{"value":"Concession"},{"value":"Family"},{"value":"Junior"}],"defaultValue":"Full"}'::jsonb
         WHEN 'NAME' THEN '{"type":"name","fontSize":14,"required":true}'::jsonb
         WHEN 'DATE' THEN CASE WHEN f.id % 2 = 0 THEN '{"type":"date","fontSize":12,"textAlign":"left"}'::jsonb END
         ELSE NULL END
FROM dgen.fd f;

CREATE TABLE "Signature" ("id" serial PRIMARY KEY, "created" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "recipientId" integer NOT NULL, "fieldId" integer NOT NULL UNIQUE,
    "signatureImageAsBase64" text, "typedSignature" text);
INSERT INTO "Signature" ("created", "recipientId", "fieldId", "signatureImageAsBase64", "typedSignature")
SELECT c.at, f.rec, f.id,
       CASE WHEN f.id % 3 <> 0 THEN 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAlgAAAC0CAYAAAB' || fixture_gen.b64('sigpng', f.id, 240) || fixture_gen.b64('sigpng2', f.id, 240) || fixture_gen.b64('sigpng3', f.id, 120) || '=' END,
       CASE WHEN f.id % 3 = 0 THEN r.name END
FROM dgen.fd f JOIN dgen.rc c ON c.id = f.rec JOIN dgen.r r ON r.i = c.who WHERE f.type = 'SIGNATURE' AND f.ins ORDER BY f.id;

CREATE TABLE "DocumentShareLink" ("id" serial PRIMARY KEY, "email" text NOT NULL, "slug" text NOT NULL UNIQUE, "documentId" integer NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL);
INSERT INTO "DocumentShareLink" ("email", "slug", "documentId", "createdAt", "updatedAt")
SELECT c.email, dgen.rnd('dsl', c.id, 14), c.doc, c.at + interval '5 minutes', c.at + interval '5 minutes'
FROM dgen.rc c WHERE c.signed AND c.role = 'SIGNER' AND c.id % 6 = 1 ORDER BY c.id;

CREATE TABLE "TemplateDirectLink" ("id" text NOT NULL PRIMARY KEY, "templateId" integer NOT NULL UNIQUE, "token" text NOT NULL UNIQUE, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enabled" boolean NOT NULL, "directTemplateRecipientId" integer NOT NULL);
INSERT INTO "TemplateDirectLink"
SELECT dgen.cuid('tdl', p.k), p.k, dgen.nano('tdlt', p.k, 21), dgen.at('tdlc', p.k, timestamp '2024-02-01', 100), p.k % 6 <> 0, (SELECT min(id) FROM dgen.rc WHERE tpl = p.k)
FROM dgen.tp p WHERE p.k % 5 = 2 OR p.k % 4 = 0;

-- ---------------------------------------------------------------------------
-- The document audit log: who did what, from where.

CREATE TABLE dgen.al (k serial, doc int, at timestamp(3), type text, data jsonb, name text, email text, uid int, ua text, ip text);
INSERT INTO dgen.al (doc, at, type, data, name, email, uid, ua, ip)
SELECT d.i, d.created, 'DOCUMENT_CREATED', jsonb_build_object('title', d.title, 'source', jsonb_build_object('type', d.src) || CASE WHEN d.tpl IS NOT NULL THEN jsonb_build_object('templateId', d.tpl) ELSE '{}' END),
       u.name, u.email, u.i, dgen.ua('usaua', u.i), dgen.ip('usaip', u.i)
FROM dgen.d d JOIN dgen.u u ON u.i = d.uid
UNION ALL
SELECT d.i, d.created + interval '20 minutes', 'DOCUMENT_SENT', '{}'::jsonb, u.name, u.email, u.i, dgen.ua('usaua', u.i), dgen.ip('usaip', u.i)
FROM dgen.d d JOIN dgen.u u ON u.i = d.uid WHERE d.status <> 'DRAFT'
UNION ALL
SELECT d.i, d.created + interval '21 minutes', 'EMAIL_SENT',
       jsonb_build_object('recipientEmail', c.email, 'recipientName', c.name, 'recipientId', c.id, 'recipientRole', c.role, 'emailType', 'SIGNING_REQUEST', 'isResending', false),
       u.name, u.email, u.i, NULL, NULL
FROM dgen.rc c JOIN dgen.d d ON d.i = c.doc JOIN dgen.u u ON u.i = d.uid WHERE d.status <> 'DRAFT' AND c.role <> 'CC'
UNION ALL
SELECT d.i, c.at - interval '6 minutes', 'DOCUMENT_OPENED', jsonb_build_object('recipientEmail', c.email, 'recipientName', c.name, 'recipientId', c.id, 'recipientRole', c.role),
       c.name, c.email, NULL, dgen.ua('rua', c.who), dgen.ip('rip', c.who)
FROM dgen.rc c JOIN dgen.d d ON d.i = c.doc WHERE (c.signed OR c.rejected) AND c.role <> 'CC'
UNION ALL
SELECT f.doc, c.at - interval '2 minutes', 'DOCUMENT_FIELD_INSERTED',
       jsonb_build_object('recipientEmail', c.email, 'recipientName', c.name, 'recipientId', c.id, 'recipientRole', c.role, 'fieldId', dgen.cuid('fsec', f.id),
         'field', jsonb_build_object('type', f.type, 'data', CASE WHEN f.type = 'SIGNATURE' THEN CASE WHEN f.id % 3 = 0 THEN c.name ELSE 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAlgAAAC0CAYAAAB' || fixture_gen.b64('sigpng', f.id, 60) END ELSE f.val END)),
       c.name, c.email, NULL, dgen.ua('rua', c.who), dgen.ip('rip', c.who)
FROM dgen.fd f JOIN dgen.rc c ON c.id = f.rec WHERE f.ins AND f.doc IS NOT NULL AND f.type IN ('SIGNATURE', 'NAME', 'TEXT', 'EMAIL') AND f.id % 2 = 0
UNION ALL
SELECT d.i, c.at, CASE WHEN c.rejected THEN 'DOCUMENT_RECIPIENT_REJECTED' ELSE 'DOCUMENT_RECIPIENT_COMPLETED' END,
       jsonb_build_object('recipientEmail', c.email, 'recipientName', c.name, 'recipientId', c.id, 'recipientRole', c.role)
         || CASE WHEN c.rejected THEN jsonb_build_object('reason', rr."rejectionReason") ELSE '{}' END
         || CASE WHEN c.id % 10 = 1 THEN '{"actionAuth":"TWO_FACTOR_AUTH"}'::jsonb ELSE '{}' END,
       c.name, c.email, NULL, dgen.ua('rua', c.who), dgen.ip('rip', c.who)
FROM dgen.rc c JOIN dgen.d d ON d.i = c.doc JOIN "Recipient" rr ON rr.id = c.id WHERE (c.signed OR c.rejected) AND c.role IN ('SIGNER', 'APPROVER')
UNION ALL
SELECT d.i, d.created + make_interval(hours => 2 + fixture_gen.n('dcmp', d.i, 200)), 'DOCUMENT_COMPLETED', jsonb_build_object('transactionId', dgen.nano('dtx', d.i)), NULL, NULL, NULL, NULL, NULL
FROM dgen.d d WHERE d.status = 'COMPLETED'
UNION ALL
SELECT d.i, d.created + interval '3 days', 'DOCUMENT_META_UPDATED',
       jsonb_build_object('changes', jsonb_build_array(jsonb_build_object('type', 'MESSAGE', 'from', '', 'to', 'Reminder: please sign by Friday. ' || u.first))),
       u.name, u.email, u.i, dgen.ua('usaua', u.i), dgen.ip('usaip', u.i)
FROM dgen.d d JOIN dgen.u u ON u.i = d.uid WHERE d.i % 11 = 2
ORDER BY 2, 1;

CREATE TABLE "DocumentAuditLog" ("id" text NOT NULL PRIMARY KEY, "documentId" integer NOT NULL, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "type" text NOT NULL,
    "data" jsonb NOT NULL, "name" text, "email" text, "userId" integer, "userAgent" text, "ipAddress" text);
INSERT INTO "DocumentAuditLog" SELECT dgen.cuid('dal', a.k), a.doc, a.at, a.type, a.data, a.name, a.email, a.uid, a.ua, a.ip FROM dgen.al a ORDER BY a.k;

-- ---------------------------------------------------------------------------
-- Webhook deliveries, background jobs, site settings.

CREATE TABLE "WebhookCall" ("id" text NOT NULL PRIMARY KEY, "status" "WebhookCallStatus" NOT NULL, "url" text NOT NULL, "event" "WebhookTriggerEvents" NOT NULL,
    "requestBody" jsonb NOT NULL, "responseCode" integer NOT NULL, "responseHeaders" jsonb, "responseBody" jsonb, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "webhookId" text NOT NULL);
INSERT INTO "WebhookCall"
SELECT dgen.cuid('whc', x.n), CASE WHEN x.code BETWEEN 200 AND 299 THEN 'SUCCESS' ELSE 'FAILED' END::"WebhookCallStatus", w."webhookUrl", x.ev::"WebhookTriggerEvents",
       jsonb_build_object('event', x.ev, 'payload', jsonb_build_object('id', doc.id, 'externalId', doc."externalId", 'userId', doc."userId", 'authOptions', doc."authOptions", 'formValues', doc."formValues",
         'title', doc.title, 'status', doc.status, 'documentDataId', doc."documentDataId", 'visibility', doc.visibility, 'createdAt', doc."createdAt", 'updatedAt', doc."updatedAt",
         'completedAt', doc."completedAt", 'deletedAt', doc."deletedAt", 'teamId', doc."teamId", 'templateId', doc."templateId", 'source', doc.source,
         'documentMeta', (SELECT jsonb_build_object('id', m.id, 'subject', m.subject, 'message', m.message, 'timezone', m.timezone, 'dateFormat', m."dateFormat", 'redirectUrl', m."redirectUrl", 'signingOrder', m."signingOrder") FROM "DocumentMeta" m WHERE m."documentId" = doc.id),
         'Recipient', (SELECT jsonb_agg(jsonb_build_object('id', r.id, 'documentId', r."documentId", 'email', r.email, 'name', r.name, 'token', r.token, 'signedAt', r."signedAt", 'authOptions', r."authOptions",
              'role', r.role, 'readStatus', r."readStatus", 'signingStatus', r."signingStatus", 'sendStatus', r."sendStatus", 'rejectionReason', r."rejectionReason") ORDER BY r.id) FROM "Recipient" r WHERE r."documentId" = doc.id)),
         'createdAt', to_char(x.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'webhookEndpoint', w."webhookUrl"),
       x.code,
       CASE WHEN x.code = 0 THEN NULL ELSE jsonb_build_object('content-type', CASE WHEN w."webhookUrl" LIKE '%make.com%' THEN 'text/plain; charset=utf-8' ELSE 'application/json; charset=utf-8' END,
         'date', to_char(x.at, 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT', 'x-request-id', fixture_gen.uuid('whcr', x.n), 'server', CASE WHEN w."webhookUrl" LIKE '%zapier%' THEN 'nginx' ELSE 'cloudflare' END,
         'strict-transport-security', 'max-age=31536000; includeSubDomains') END,
       CASE WHEN x.code = 0 THEN '{"error":"fetch failed: ETIMEDOUT"}'::jsonb
            WHEN x.code >= 500 THEN to_jsonb('<html><body><h1>502 Bad Gateway</h1></body></html>'::text)
            WHEN w."webhookUrl" LIKE '%zapier%' THEN jsonb_build_object('attempt', fixture_gen.uuid('whza', x.n), 'id', fixture_gen.uuid('whzi', x.n), 'request_id', fixture_gen.uuid('whzr', x.n), 'status', 'success')
            WHEN w."webhookUrl" LIKE '%make.com%' THEN to_jsonb('Accepted'::text)
            WHEN w."webhookUrl" LIKE '%/webhook/%' THEN '{"message":"Workflow was started"}'::jsonb
            WHEN x.code >= 400 THEN jsonb_build_object('error', 'unprocessable', 'detail', 'No contact matches ' || (SELECT r.email FROM "Recipient" r WHERE r."documentId" = doc.id ORDER BY r.id LIMIT 1) || ' (' || (SELECT r.name FROM "Recipient" r WHERE r."documentId" = doc.id ORDER BY r.id LIMIT 1) || ')')
            ELSE jsonb_build_object('ok', true, 'received', x.ev) END,
       x.at, w.id
FROM (SELECT g.n, 1 + fixture_gen.n('whcw', g.n, 26) AS wk, fixture_gen.pick(ARRAY['DOCUMENT_SENT', 'DOCUMENT_SIGNED', 'DOCUMENT_COMPLETED', 'DOCUMENT_COMPLETED', 'DOCUMENT_OPENED', 'DOCUMENT_CREATED', 'DOCUMENT_REJECTED'], 'whce', g.n) AS ev,
             (ARRAY[200, 200, 200, 200, 200, 200, 202, 200, 500, 422, 0, 410])[1 + fixture_gen.n('whcc', g.n, 12)] AS code, dgen.at('whct', g.n, timestamp '2023-11-01', 300) AS at
      FROM generate_series(1, 380) g(n)) x
JOIN "Webhook" w ON w.id = dgen.cuid('wh', x.wk)
JOIN LATERAL (SELECT * FROM "Document" dd WHERE dd."teamId" = w."teamId" OR dd."userId" = w."userId" ORDER BY fixture_gen.n('whcd', x.n * 1000 + dd.id, 100000) LIMIT 1) doc ON true;

CREATE TABLE "BackgroundJob" ("id" text NOT NULL PRIMARY KEY, "status" "BackgroundJobStatus" NOT NULL DEFAULT 'PENDING', "payload" jsonb, "retried" integer NOT NULL DEFAULT 0,
    "maxRetries" integer NOT NULL DEFAULT 3, "jobId" text NOT NULL, "name" text NOT NULL, "version" text NOT NULL, "submittedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL, "completedAt" timestamp(3), "lastRetriedAt" timestamp(3));
CREATE TABLE dgen.bj (n int PRIMARY KEY, id text, job text, name text, payload jsonb, at timestamp(3), status text);
INSERT INTO dgen.bj
SELECT g.n, dgen.cuid('bj', g.n), j.job, j.name,
       CASE j.job
         WHEN 'send.signing.requested.email' THEN jsonb_build_object('userId', d.uid, 'documentId', d.i, 'recipientId', c.id, 'requestMetadata', jsonb_build_object('ipAddress', dgen.ip('usaip', d.uid), 'userAgent', dgen.ua('usaua', d.uid)))
         WHEN 'send.confirmation.email' THEN jsonb_build_object('email', u.email, 'force', g.n % 5 = 0)
         WHEN 'internal.seal-document' THEN jsonb_build_object('documentId', d.i, 'sendEmail', true, 'isResealing', false, 'requestMetadata', jsonb_build_object('ipAddress', dgen.ip('rip', c.who), 'userAgent', dgen.ua('rua', c.who)))
         WHEN 'send.recipient.signed.email' THEN jsonb_build_object('documentId', d.i, 'recipientId', c.id)
         WHEN 'send.rejection.emails' THEN jsonb_build_object('documentId', d.i, 'recipientId', c.id)
         WHEN 'send.team-deleted.email' THEN jsonb_build_object('team', jsonb_build_object('name', t.name, 'url', t.url, 'ownerUserId', 1 + g.n % 150, 'teamGlobalSettings', NULL),
              'members', (SELECT jsonb_agg(jsonb_build_object('id', uu.i, 'name', uu.name, 'email', uu.email)) FROM dgen.u uu WHERE uu.team = t.k))
         WHEN 'internal.bulk-send-template' THEN jsonb_build_object('userId', d.uid, 'teamId', d.team, 'templateId', 1 + g.n % 30, 'sendImmediately', true,
              'csvContent', 'recipient_1_email,recipient_1_name,property_address,rent' || E'\n' || (SELECT string_agg(rr.email || ',' || rr.name || ',"' || rr.street || ', ' || rr.city || '",' || (600 + rr.i % 900)::text, E'\n') FROM dgen.r rr WHERE rr.i BETWEEN g.n * 3 AND g.n * 3 + 4),
              'requestMetadata', jsonb_build_object('ipAddress', dgen.ip('usaip', d.uid), 'userAgent', dgen.ua('usaua', d.uid)))
         ELSE jsonb_build_object('email', u.email, 'teamId', t.k, 'teamName', t.name, 'token', NULL) END,
       dgen.at('bjt', g.n, timestamp '2024-03-01', 170),
       CASE WHEN g.n % 19 = 0 THEN 'FAILED' WHEN g.n % 23 = 0 THEN 'PENDING' WHEN g.n % 29 = 0 THEN 'PROCESSING' ELSE 'COMPLETED' END
FROM generate_series(1, 320) g(n)
CROSS JOIN LATERAL (SELECT (ARRAY['send.signing.requested.email', 'send.signing.requested.email', 'send.signing.requested.email', 'internal.seal-document', 'internal.seal-document', 'send.recipient.signed.email',
    'send.confirmation.email', 'send.rejection.emails', 'send.team-deleted.email', 'internal.bulk-send-template', 'send.team-member-joined.email'])[1 + fixture_gen.n('bjk', g.n, 11)] AS job) jj
CROSS JOIN LATERAL (SELECT jj.job, CASE jj.job WHEN 'send.signing.requested.email' THEN 'Send Signing Requested Email' WHEN 'internal.seal-document' THEN 'Seal Document'
    WHEN 'send.recipient.signed.email' THEN 'Send Recipient Signed Email' WHEN 'send.confirmation.email' THEN 'Send Confirmation Email' WHEN 'send.rejection.emails' THEN 'Send Rejection Emails'
    WHEN 'send.team-deleted.email' THEN 'Send Team Deleted Email' WHEN 'internal.bulk-send-template' THEN 'Bulk Send Template' ELSE 'Send Team Member Joined Email' END AS name) j
JOIN dgen.d d ON d.i = 1 + fixture_gen.n('bjd', g.n, 420)
JOIN dgen.rc c ON c.doc = d.i AND c.pos = 1
JOIN dgen.u u ON u.i = 1 + fixture_gen.n('bju', g.n, 160)
JOIN dgen.t t ON t.k = 1 + fixture_gen.n('bjtm', g.n, 30);
INSERT INTO "BackgroundJob"
SELECT b.id, b.status::"BackgroundJobStatus", b.payload, CASE WHEN b.status = 'FAILED' THEN 3 WHEN b.n % 7 = 0 THEN 1 ELSE 0 END, 3, b.job, b.name, '1.0.0', b.at, b.at + interval '4 seconds',
       CASE WHEN b.status = 'COMPLETED' THEN b.at + interval '4 seconds' END, CASE WHEN b.status = 'FAILED' OR b.n % 7 = 0 THEN b.at + interval '2 minutes' END
FROM dgen.bj b ORDER BY b.n;

CREATE TABLE "BackgroundJobTask" ("id" text NOT NULL PRIMARY KEY, "name" text NOT NULL, "status" "BackgroundJobTaskStatus" NOT NULL DEFAULT 'PENDING', "result" jsonb,
    "retried" integer NOT NULL DEFAULT 0, "maxRetries" integer NOT NULL DEFAULT 3, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL,
    "completedAt" timestamp(3), "jobId" text NOT NULL);
INSERT INTO "BackgroundJobTask"
SELECT 'task-' || b.id || '-' || t.name, t.name, CASE WHEN b.status = 'FAILED' AND t.o = 2 THEN 'FAILED' WHEN b.status IN ('PENDING', 'PROCESSING') AND t.o = 2 THEN 'PENDING' ELSE 'COMPLETED' END::"BackgroundJobTaskStatus",
       CASE WHEN b.status = 'FAILED' AND t.o = 2 THEN NULL
            WHEN t.name LIKE 'send-%' THEN jsonb_build_object('messageId', '<' || fixture_gen.uuid('bjm', b.n) || '@quillmark.example>', 'accepted', jsonb_build_array(coalesce(b.payload->>'email', (SELECT email FROM dgen.rc WHERE id = (b.payload->>'recipientId')::int), 'noreply@quillmark.example')), 'rejected', '[]'::jsonb, 'response', '250 2.0.0 OK ' || fixture_gen.digits('bjr', b.n, 10) || ' - gsmtp')
            WHEN t.name = 'seal-document' THEN jsonb_build_object('documentDataId', dgen.cuid('dd', (b.payload->>'documentId')::int))
            WHEN t.name = 'build-context' THEN jsonb_build_object('documentId', b.payload->'documentId', 'recipientCount', 1 + b.n % 3)
            ELSE NULL END,
       CASE WHEN b.status = 'FAILED' AND t.o = 2 THEN 3 ELSE 0 END, 3, b.at + make_interval(secs => t.o), b.at + make_interval(secs => t.o + 1),
       CASE WHEN NOT (b.status <> 'COMPLETED' AND t.o = 2) THEN b.at + make_interval(secs => t.o + 1) END, b.id
FROM dgen.bj b CROSS JOIN LATERAL (VALUES (1, CASE WHEN b.job LIKE 'internal.seal%' THEN 'build-context' ELSE 'prepare' END),
  (2, CASE WHEN b.job LIKE 'internal.seal%' THEN 'seal-document' WHEN b.job = 'internal.bulk-send-template' THEN 'create-documents' ELSE 'send-' || replace(split_part(b.job, '.', 2), '.', '-') || '-email' END)) t(o, name);

CREATE TABLE "SiteSettings" ("id" text NOT NULL PRIMARY KEY, "enabled" boolean NOT NULL DEFAULT false, "data" jsonb NOT NULL, "lastModifiedByUserId" integer, "lastModifiedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO "SiteSettings" VALUES
  ('site.banner', true, '{"content":"Scheduled maintenance on Sunday 14 July from 02:00 to 03:00 UTC. Signing links will keep working.","bgColor":"#f5e6a8","textColor":"#000000"}', 2, '2024-07-10 09:12:44.120');

-- ---------------------------------------------------------------------------
-- Quillmark's own schema beside Documenso's: the hosting company's
-- customer accounts, invoices, support desk, data requests, abuse reports,
-- mail relay log and instance settings (Documenso's own tables hold fewer
-- columns than the fixture asks for; these are the operator's, not the
-- application's).

CREATE SCHEMA ops;

CREATE TABLE ops.customer_account (id serial PRIMARY KEY, team_id integer, user_id integer, legal_name text NOT NULL, company_number text, vat_number text, billing_email text NOT NULL,
    billing_address text, billing_city text, billing_postcode text, billing_country char(2) NOT NULL, contact_name text, contact_phone text, plan text NOT NULL, seats integer NOT NULL,
    notes text, created_at timestamptz NOT NULL);
INSERT INTO ops.customer_account (team_id, user_id, legal_name, company_number, vat_number, billing_email, billing_address, billing_city, billing_postcode, billing_country, contact_name, contact_phone, plan, seats, notes, created_at)
SELECT t.k, NULL, CASE WHEN t.k IN (5, 20, 15) THEN coalesce((SELECT u.name FROM dgen.u u WHERE u.i = tm."ownerUserId"), 'Priya Sharma') || ' t/a ' || t.name ELSE t.name || CASE WHEN t.city IN ('Lyon') THEN ' SARL' WHEN t.city = 'Göteborg' THEN '' ELSE ' Ltd' END END,
       CASE WHEN t.k IN (5, 20, 15) THEN NULL ELSE fixture_gen.digits('cacn', t.k, 8) END, CASE WHEN t.k % 3 = 0 THEN fixture_gen.vat('cavat', t.k) END,
       CASE WHEN t.k % 2 = 0 THEN 'accounts@' || t.dom ELSE (SELECT u.email FROM dgen.u u WHERE u.i = tm."ownerUserId") END,
       fixture_gen.street('caad', t.k), t.city, fixture_gen.postcode('capc', t.k),
       CASE WHEN t.city IN ('Lyon') THEN 'FR' WHEN t.city = 'Göteborg' THEN 'SE' WHEN t.city IN ('Porto', 'Lisbon') THEN 'PT' WHEN t.city = 'Bologna' THEN 'IT' WHEN t.city = 'Osaka' THEN 'JP'
            WHEN t.city = 'Lagos' THEN 'NG' WHEN t.city = 'Cape Town' THEN 'ZA' WHEN t.city = 'Kraków' THEN 'PL' WHEN t.city = 'Berlin' THEN 'DE' WHEN t.city = 'Helsinki' THEN 'FI' ELSE 'GB' END,
       (SELECT u.name FROM dgen.u u WHERE u.i = tm."ownerUserId"), fixture_gen.phone('caph', t.k),
       fixture_gen.pick(ARRAY['teams-monthly', 'teams-yearly', 'enterprise'], 'capl', t.k), 2 + fixture_gen.n('case', t.k, 20),
       fixture_gen.pick(ARRAY[NULL, 'Pays by bank transfer, send invoices to the bookkeeper.', 'Owner asked us not to call before 10am, prefers WhatsApp on ' || fixture_gen.phone('canp', t.k) || '.',
         'Migrated from DocuSign in March; 3 months free agreed by ' || fixture_gen.first_name('cans', t.k) || '.', 'Charity discount 50%.', 'Disputed the June invoice, resolved.'], 'cano', t.k),
       dgen.at('cacr', t.k, timestamp '2023-06-01', 300)::timestamptz
FROM dgen.t t JOIN "Team" tm ON tm.id = t.k
UNION ALL
SELECT NULL, u.id, coalesce(u.name, split_part(u.email, '@', 1)), NULL, NULL, u.email, fixture_gen.street('caus', u.id), fixture_gen.city('cauc', u.id), fixture_gen.postcode('cauz', u.id), 'GB', u.name, fixture_gen.phone('caup', u.id),
       'individual', 1, NULL, u."createdAt"::timestamptz
FROM "User" u WHERE u."customerId" IS NOT NULL;

CREATE TABLE ops.invoice (id serial PRIMARY KEY, customer_account_id integer NOT NULL REFERENCES ops.customer_account (id), number text NOT NULL UNIQUE, stripe_invoice_id text NOT NULL,
    amount_pence integer NOT NULL, currency char(3) NOT NULL, status text NOT NULL, issued_at timestamptz NOT NULL, paid_at timestamptz, card_brand text, card_last4 char(4), hosted_invoice_url text);
INSERT INTO ops.invoice (customer_account_id, number, stripe_invoice_id, amount_pence, currency, status, issued_at, paid_at, card_brand, card_last4, hosted_invoice_url)
SELECT ca.id, 'QM-' || to_char(m, 'YYYYMM') || '-' || lpad(ca.id::text, 4, '0'), 'in_1' || dgen.rnd('inv', ca.id * 100 + extract(month FROM m)::int, 23),
       CASE WHEN ca.plan = 'individual' THEN 3000 ELSE 1000 * ca.seats END, 'GBP', CASE WHEN (ca.id + extract(month FROM m)::int) % 13 = 0 THEN 'open' ELSE 'paid' END, m,
       CASE WHEN (ca.id + extract(month FROM m)::int) % 13 <> 0 THEN m + interval '2 days' END,
       fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex'], 'inb', ca.id), right(fixture_gen.card('inc', ca.id), 4),
       'https://invoice.stripe.com/i/acct_1Nq' || dgen.rnd('inacct', 1, 13) || '/live_' || dgen.rnd('inlive', ca.id * 100 + extract(month FROM m)::int, 60) || '?s=ap'
FROM ops.customer_account ca CROSS JOIN generate_series(timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-06-01 00:00:00+00', interval '1 month') m WHERE ca.id % 2 = 1 OR ca.team_id IS NOT NULL;

CREATE TABLE ops.support_ticket (id serial PRIMARY KEY, user_id integer, team_id integer, requester_email text NOT NULL, subject text NOT NULL, body text NOT NULL, status text NOT NULL,
    priority text NOT NULL, assignee text, created_at timestamptz NOT NULL, closed_at timestamptz);
INSERT INTO ops.support_ticket (user_id, team_id, requester_email, subject, body, status, priority, assignee, created_at, closed_at)
SELECT u.i, u.team, u.email,
       fixture_gen.pick(ARRAY['Signer says link expired', 'Cannot add second signer', 'Change billing email', 'Tenant never got the email', 'Delete my account', 'Webhook failing with 410', 'Wrong name on signed PDF'], 'stsub', g.n),
       fixture_gen.pick(ARRAY[
         'Hi, our tenant ' || r.name || ' (' || r.email || ') says the signing link says expired. Can you resend? Her mobile is ' || r.phone || '.',
         'Please change our billing email to accounts@' || coalesce((SELECT dom FROM dgen.t WHERE k = u.team), 'example.com') || '. Thanks, ' || u.first,
         'The signed PDF shows ' || r.name || ' but he signed as ' || r.first || ' ' || fixture_gen.last_name('stlx', g.n) || '. Can this be corrected without re-signing?',
         'Our Zapier hook keeps failing since yesterday, see document ' || (1 + g.n % 420)::text || '.',
         'I want my account and all my documents deleted under GDPR. ' || u.name || ', ' || fixture_gen.street('stad', g.n) || '.',
         'How do I turn on typed signatures for the whole team?'], 'stb', g.n),
       (ARRAY['closed', 'closed', 'closed', 'open', 'pending'])[1 + g.n % 5], (ARRAY['normal', 'normal', 'high', 'low'])[1 + fixture_gen.n('stp', g.n, 4)],
       (SELECT email FROM dgen.u WHERE i = 2 + g.n % 3), dgen.at('stc', g.n, timestamp '2023-10-01', 320)::timestamptz,
       CASE WHEN g.n % 5 < 3 THEN dgen.at('stc', g.n, timestamp '2023-10-02', 320)::timestamptz END
FROM generate_series(1, 90) g(n) JOIN dgen.u u ON u.i = 5 + fixture_gen.n('stu', g.n, 155) JOIN dgen.r r ON r.i = 1 + fixture_gen.n('str', g.n, 900);

CREATE TABLE ops.data_request (id serial PRIMARY KEY, requester_email text NOT NULL, requester_name text, kind text NOT NULL, received_at timestamptz NOT NULL, completed_at timestamptz,
    identity_check text, handled_by text, notes text);
INSERT INTO ops.data_request (requester_email, requester_name, kind, received_at, completed_at, identity_check, handled_by, notes)
SELECT r.email, r.name, (ARRAY['access', 'erasure', 'erasure', 'rectification'])[1 + g.n % 4], dgen.at('drr', g.n, timestamp '2023-09-01', 360)::timestamptz,
       CASE WHEN g.n % 5 <> 0 THEN dgen.at('drr', g.n, timestamp '2023-09-20', 360)::timestamptz END,
       fixture_gen.pick(ARRAY['replied from the address on file', 'passport checked on video call', 'driving licence ending ' || fixture_gen.digits('drl', g.n, 4), 'signer token matched'], 'dric', g.n),
       (SELECT email FROM dgen.u WHERE i = 1 + g.n % 4),
       fixture_gen.pick(ARRAY['Signer of ' || (SELECT count(*) FROM dgen.rc WHERE who = r.i)::text || ' documents; completed ones kept under the senders'' retention, told her so.',
         'Asked for a copy of the audit log of the tenancy at ' || r.street || '.', 'New surname after marriage: ' || fixture_gen.last_name('drn', g.n) || '.', NULL], 'drno', g.n)
FROM generate_series(1, 45) g(n) JOIN dgen.r r ON r.i = 1 + fixture_gen.n('drw', g.n, 900);

CREATE TABLE ops.abuse_report (id serial PRIMARY KEY, reporter_email text NOT NULL, reported_user_id integer, document_id integer, reason text NOT NULL, evidence_url text, status text NOT NULL,
    reporter_ip inet, reviewer_note text, created_at timestamptz NOT NULL);
INSERT INTO ops.abuse_report (reporter_email, reported_user_id, document_id, reason, evidence_url, status, reporter_ip, reviewer_note, created_at)
SELECT r.email, CASE WHEN g.n % 3 <> 0 THEN 1 + fixture_gen.n('aru', g.n, 160) END, 1 + fixture_gen.n('ard', g.n, 420),
       fixture_gen.pick(ARRAY['phishing', 'spam', 'impersonation', 'fraud'], 'arr', g.n),
       CASE WHEN g.n % 2 = 0 THEN 'https://quillmark-abuse.s3.eu-west-2.amazonaws.com/reports/' || g.n || '/screenshot.png' END,
       (ARRAY['dismissed', 'actioned', 'open'])[1 + g.n % 3], dgen.ip('arip', g.n)::inet,
       fixture_gen.pick(ARRAY['Sender was a real letting agent, reporter did not recognise the brand.', 'Fake invoice sent to ' || fixture_gen.digits('arn', g.n, 2) || ' recipients, account disabled.',
         'Looks like an ex-partner sending a "loan agreement" to ' || r.name || '; account warned.', NULL], 'arno', g.n),
       dgen.at('arc', g.n, timestamp '2023-11-01', 300)::timestamptz
FROM generate_series(1, 36) g(n) JOIN dgen.r r ON r.i = 1 + fixture_gen.n('arw', g.n, 900);

CREATE TABLE ops.smtp_relay_log (id bigserial PRIMARY KEY, message_id text NOT NULL, to_address text NOT NULL, from_address text NOT NULL, subject text NOT NULL, template text NOT NULL,
    status text NOT NULL, smtp_response text, relay_host text NOT NULL, relay_ip inet NOT NULL, sent_at timestamptz NOT NULL);
INSERT INTO ops.smtp_relay_log (message_id, to_address, from_address, subject, template, status, smtp_response, relay_host, relay_ip, sent_at)
SELECT '<' || fixture_gen.uuid('srm', c.id) || '@quillmark.example>', c.email,
       CASE WHEN d.team IS NOT NULL AND c.id % 2 = 0 THEN coalesce((SELECT email FROM "TeamEmail" WHERE "teamId" = d.team), 'noreply@quillmark.example') ELSE 'noreply@quillmark.example' END,
       u.name || ' has invited you to sign "' || d.title || '"', 'document-invite', CASE WHEN c.id % 31 = 0 THEN 'bounced' WHEN c.id % 37 = 0 THEN 'deferred' ELSE 'delivered' END,
       CASE WHEN c.id % 31 = 0 THEN '550 5.1.1 <' || c.email || '>: Recipient address rejected: User unknown' WHEN c.id % 37 = 0 THEN '451 4.7.1 Try again later' ELSE '250 2.0.0 Ok: queued as ' || upper(fixture_gen.hexn('srq', c.id, 10)) END,
       fixture_gen.pick(ARRAY['email-smtp.eu-west-2.amazonaws.com', 'smtp.postmarkapp.com'], 'srh', c.id), (fixture_gen.pick(ARRAY['3.8.', '35.176.', '18.168.'], 'sri', c.id) || (c.id % 250 + 1)::text || '.' || (c.id % 200 + 10)::text)::inet,
       (d.created + interval '21 minutes')::timestamptz
FROM dgen.rc c JOIN dgen.d d ON d.i = c.doc JOIN dgen.u u ON u.i = d.uid WHERE d.status <> 'DRAFT' AND c.role <> 'CC' AND c.id % 2 = 1;

CREATE TABLE ops.instance_config (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL, updated_by text NOT NULL);
INSERT INTO ops.instance_config VALUES
  ('NEXT_PUBLIC_WEBAPP_URL', 'https://sign.quillmark.example', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_SMTP_TRANSPORT', 'smtp-auth', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_SMTP_HOST', 'email-smtp.eu-west-2.amazonaws.com', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_SMTP_USERNAME', 'AKIA' || upper(dgen.rnd('cfgsu', 1, 16)), '2024-02-11 14:20:00+00', 'sven@quillmark.example'),
  ('NEXT_PRIVATE_SMTP_PASSWORD', 'BP' || dgen.rnd('cfgsp', 1, 42), '2024-02-11 14:20:00+00', 'sven@quillmark.example'),
  ('NEXT_PRIVATE_SMTP_FROM_ADDRESS', 'noreply@quillmark.example', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_ENCRYPTION_KEY', dgen.rnd('cfgek', 1, 32), '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY', dgen.rnd('cfgek2', 1, 32), '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXTAUTH_SECRET', dgen.rnd('cfgna', 1, 44), '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_SIGNING_PASSPHRASE', 'quill-' || dgen.rnd('cfgpp', 1, 18), '2024-01-08 09:00:00+00', 'ingeborg@quillmark.example'),
  ('NEXT_PRIVATE_UPLOAD_BUCKET', 'quillmark-documents-prod', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_UPLOAD_ACCESS_KEY_ID', 'AKIA' || upper(dgen.rnd('cfgak', 1, 16)), '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_UPLOAD_SECRET_ACCESS_KEY', dgen.rnd('cfgas', 1, 40), '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_STRIPE_API_KEY', 'sk_' || 'live_' || dgen.rnd('cfgst', 1, 99), '2023-09-12 16:45:00+00', 'thandiwe@quillmark.example'),
  ('NEXT_PRIVATE_STRIPE_WEBHOOK_SECRET', 'whsec_' || dgen.rnd('cfgsw', 1, 32), '2023-09-12 16:45:00+00', 'thandiwe@quillmark.example'),
  ('NEXT_PRIVATE_GOOGLE_CLIENT_ID', fixture_gen.digits('cfggc', 1, 12) || '-' || lower(dgen.rnd('cfggc', 1, 32)) || '.apps.googleusercontent.com', '2023-07-03 11:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_GOOGLE_CLIENT_SECRET', 'GOCSPX-' || dgen.nano('cfggs', 1, 28), '2023-07-03 11:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PUBLIC_DOCUMENT_SIZE_UPLOAD_LIMIT', '50', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PUBLIC_DISABLE_SIGNUP', 'false', '2023-06-01 10:00:00+00', 'olga@quillmark.example'),
  ('NEXT_PRIVATE_SUPPORT_ESCALATION', 'Out of hours: ring Sven on ' || fixture_gen.phone('cfgon', 1) || ', then Olga.', '2024-04-02 08:30:00+00', 'sven@quillmark.example');

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('ops');

SET client_min_messages = warning;
DROP SCHEMA dgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
