-- classify-eval fixture: a Next.js application on Prisma with NextAuth's
-- adapter tables, in Prisma's naming: PascalCase quoted tables,
-- camelCase quoted columns ("createdAt", "emailVerified"), cuid text ids,
-- and _prisma_migrations. A collaborative document editor.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE TYPE "Role" AS ENUM ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER');

CREATE TABLE "_prisma_migrations" (
    id varchar(36) PRIMARY KEY,
    checksum varchar(64) NOT NULL,
    finished_at timestamptz,
    migration_name varchar(255) NOT NULL,
    logs text,
    rolled_back_at timestamptz,
    started_at timestamptz NOT NULL DEFAULT now(),
    applied_steps_count integer NOT NULL DEFAULT 0
);
INSERT INTO "_prisma_migrations"
SELECT md5('mig' || i)::uuid::text, encode(sha256(convert_to('mig' || i, 'UTF8')), 'hex'), fixture_gen.stamp('mf', i),
       to_char(date '2023-01-01' + i * 11, 'YYYYMMDD') || '000000_' || fixture_gen.pick(ARRAY['init', 'add_workspace', 'add_webhooks', 'document_versions'], 'mn', i),
       NULL, NULL, fixture_gen.stamp('mf', i), 1
FROM generate_series(1, 24) i;

CREATE TABLE "User" (
    id text PRIMARY KEY,
    name text,
    email text UNIQUE,
    "emailVerified" timestamp(3),
    image text,
    "hashedPassword" text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
INSERT INTO "User"
SELECT 'cl' || fixture_gen.chars('uid', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), fixture_gen.full_name('u', i), fixture_gen.email('u', i),
       CASE WHEN i % 5 <> 0 THEN fixture_gen.stamp('ev', i) END,
       CASE WHEN i % 2 = 0 THEN 'https://avatars.githubusercontent.com/u/' || (100000 + i * 7919)::text || '?v=4'
            ELSE 'https://lh3.googleusercontent.com/a/' || fixture_gen.chars('img', i, 40) || '=s96-c' END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.bcrypt('hp', i) END,
       fixture_gen.stamp('uc', i), fixture_gen.stamp('uu', i)
FROM generate_series(1, 250) i;

CREATE TABLE "Account" (
    id text PRIMARY KEY,
    "userId" text NOT NULL REFERENCES "User" ON DELETE CASCADE,
    type text NOT NULL,
    provider text NOT NULL,
    "providerAccountId" text NOT NULL,
    refresh_token text,
    access_token text,
    expires_at integer,
    token_type text,
    scope text,
    id_token text,
    session_state text,
    UNIQUE (provider, "providerAccountId")
);
INSERT INTO "Account"
SELECT 'ca' || fixture_gen.chars('aid', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), u.id, 'oauth', p.provider,
       CASE p.provider WHEN 'github' THEN (100000 + i * 7919)::text ELSE '1' || fixture_gen.digits('sub', i, 20) END,
       CASE p.provider WHEN 'google' THEN '1//0' || fixture_gen.chars('rt', i, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                       ELSE 'ghr' || '_' || fixture_gen.chars('rt', i, 76) END,
       CASE p.provider WHEN 'google' THEN 'ya29' || '.a0' || fixture_gen.chars('at', i, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                       ELSE 'gho' || '_' || fixture_gen.chars('at', i, 36) END,
       1700000000 + i * 3600, 'bearer',
       CASE p.provider WHEN 'google' THEN 'openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile' ELSE 'read:user,user:email' END,
       CASE p.provider WHEN 'google' THEN fixture_gen.jwt('idt', i) END,
       NULL
FROM generate_series(1, 250) i
JOIN LATERAL (SELECT id FROM "User" ORDER BY id OFFSET i - 1 LIMIT 1) u ON true
CROSS JOIN LATERAL (SELECT CASE WHEN i % 2 = 0 THEN 'github' ELSE 'google' END AS provider) p;

CREATE TABLE "Session" (
    id text PRIMARY KEY,
    "sessionToken" text NOT NULL UNIQUE,
    "userId" text NOT NULL REFERENCES "User" ON DELETE CASCADE,
    expires timestamp(3) NOT NULL
);
INSERT INTO "Session"
SELECT 'cs' || fixture_gen.chars('sid', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), md5('st' || i)::uuid::text, u.id, fixture_gen.stamp('se', i)
FROM generate_series(1, 300) i
JOIN LATERAL (SELECT id FROM "User" ORDER BY id OFFSET (i % 250) LIMIT 1) u ON true;

-- Magic-link sign-in: the identifier is the address the link went to.
CREATE TABLE "VerificationToken" (
    identifier text NOT NULL,
    token text NOT NULL UNIQUE,
    expires timestamp(3) NOT NULL,
    UNIQUE (identifier, token)
);
INSERT INTO "VerificationToken"
SELECT fixture_gen.email('vt', i), encode(sha256(convert_to('vt' || i, 'UTF8')), 'hex'), fixture_gen.stamp('vte', i)
FROM generate_series(1, 120) i;

CREATE TABLE "Workspace" (
    id text PRIMARY KEY,
    name text NOT NULL,
    slug text NOT NULL UNIQUE,
    "stripeCustomerId" text UNIQUE,
    "billingAddress" jsonb,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "Workspace"
SELECT 'cw' || fixture_gen.chars('wid', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), w.name, lower(replace(w.name, ' ', '-')) || '-' || i,
       'cus_' || fixture_gen.chars('cus', i, 14),
       jsonb_build_object('line1', fixture_gen.street('wb', i), 'city', fixture_gen.city('wb', i), 'postal_code', fixture_gen.postcode('wb', i),
           'country', fixture_gen.pick(ARRAY['US', 'DE', 'GB', 'FR'], 'wc', i), 'name', fixture_gen.full_name('wb', i)),
       fixture_gen.stamp('wc', i)
FROM generate_series(1, 60) i,
     LATERAL (SELECT CASE WHEN i % 3 = 0 THEN fixture_gen.full_name('u', i) || '''s workspace'
                  ELSE fixture_gen.pick(ARRAY['Acorn', 'Meridian', 'Polaris', 'Tidewater', 'Quill'], 'w1', i) || ' ' || fixture_gen.pick(ARRAY['Labs', 'Design', 'Legal', 'Ventures'], 'w2', i) END AS name) w;

CREATE TABLE "Membership" (
    id text PRIMARY KEY,
    "workspaceId" text NOT NULL REFERENCES "Workspace" ON DELETE CASCADE,
    "userId" text REFERENCES "User" ON DELETE SET NULL,
    role "Role" NOT NULL DEFAULT 'MEMBER',
    "invitedEmail" text,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "Membership"
SELECT 'cm' || fixture_gen.chars('mid', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), w.id, CASE WHEN i % 4 <> 0 THEN u.id END,
       (ARRAY['OWNER', 'ADMIN', 'MEMBER', 'MEMBER', 'VIEWER'])[1 + i % 5]::"Role",
       CASE WHEN i % 4 = 0 THEN fixture_gen.email('inv', i) END, fixture_gen.stamp('mc', i)
FROM generate_series(1, 300) i
JOIN LATERAL (SELECT id FROM "Workspace" ORDER BY id OFFSET (i % 60) LIMIT 1) w ON true
JOIN LATERAL (SELECT id FROM "User" ORDER BY id OFFSET (i % 250) LIMIT 1) u ON true;

-- Documents: rich text as a JSON tree, with mentions of people.
CREATE TABLE "Document" (
    id text PRIMARY KEY,
    "workspaceId" text NOT NULL REFERENCES "Workspace" ON DELETE CASCADE,
    "authorId" text REFERENCES "User",
    title text NOT NULL,
    content jsonb NOT NULL,
    "isPublished" boolean NOT NULL DEFAULT false,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
INSERT INTO "Document"
SELECT 'cd' || fixture_gen.chars('did', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), w.id, u.id,
       fixture_gen.pick(ARRAY['Q3 planning', 'Onboarding checklist', 'Incident review', 'Interview notes', 'Launch brief'], 'dt', i) || ' ' || i,
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
           jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
               CASE WHEN i % 2 = 0 THEN 'Call with ' || fixture_gen.full_name('dm', i) || ' went well; follow up at ' || fixture_gen.email('dm', i) || ' next week.'
                    ELSE fixture_gen.sentence('dm', i) END))),
           jsonb_build_object('type', 'mention', 'attrs', jsonb_build_object('label', fixture_gen.full_name('u', i), 'id', u.id)))),
       i % 3 = 0, fixture_gen.stamp('dc', i), fixture_gen.stamp('du', i)
FROM generate_series(1, 400) i
JOIN LATERAL (SELECT id FROM "Workspace" ORDER BY id OFFSET (i % 60) LIMIT 1) w ON true
JOIN LATERAL (SELECT id FROM "User" ORDER BY id OFFSET (i % 250) LIMIT 1) u ON true;

-- Outgoing webhooks: a token in the URL's query string, and the signing secret.
CREATE TABLE "Webhook" (
    id text PRIMARY KEY,
    "workspaceId" text NOT NULL REFERENCES "Workspace" ON DELETE CASCADE,
    url text NOT NULL,
    secret text NOT NULL,
    events text[] NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "Webhook"
SELECT 'ch' || fixture_gen.chars('hid', i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789'), w.id,
       CASE WHEN i % 2 = 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('z', i, 7) || '/' || fixture_gen.chars('zc', i, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/?token=' || fixture_gen.chars('wt', i, 32)
            ELSE 'https://api.partner-' || i || '.example/ingest?api_key=' || fixture_gen.chars('wk', i, 40) END,
       'whsec' || '_' || fixture_gen.chars('ws', i, 32),
       ARRAY['document.published', 'member.joined'], fixture_gen.stamp('hc', i)
FROM generate_series(1, 40) i
JOIN LATERAL (SELECT id FROM "Workspace" ORDER BY id OFFSET (i % 60) LIMIT 1) w ON true;

-- Product analytics: the event's properties carry the IP and user agent.
CREATE TABLE "Event" (
    id bigserial PRIMARY KEY,
    "userId" text REFERENCES "User" ON DELETE SET NULL,
    name text NOT NULL,
    properties jsonb NOT NULL DEFAULT '{}',
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "Event" ("userId", name, properties, "createdAt")
SELECT u.id, fixture_gen.pick(ARRAY['page_view', 'document_opened', 'export_clicked', 'invite_sent'], 'en', i),
       jsonb_build_object('ip', fixture_gen.ipv4('eip', i), 'userAgent', fixture_gen.pick(ARRAY[
           'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'], 'ua', i),
           'path', '/w/' || (i % 60) || '/d/' || (i % 400), 'durationMs', fixture_gen.n('dur', i, 9000)),
       fixture_gen.stamp('evc', i)
FROM generate_series(1, 1500) i
JOIN LATERAL (SELECT id FROM "User" ORDER BY id OFFSET (i % 250) LIMIT 1) u ON true;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
