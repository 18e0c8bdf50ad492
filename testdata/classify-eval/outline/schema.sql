-- classify-eval fixture (HOLDOUT 20: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): a self-hosted Outline knowledge base (0.7x, Node.js) on PostgreSQL in
-- the naming its Sequelize migrations create: plural tables ("apiKeys" and
-- "SequelizeMeta" quoted, the rest snake_case), quoted camelCase columns
-- ("createdAt", "teamId", "avatarUrl", "lastSignedInIp"), uuid keys,
-- timestamptz, varchar arrays, jsonb (ProseMirror documents, settings,
-- event payloads) and bytea for what its Encrypted decorator stores.
-- Three workspaces on one instance: Kestrel Robotics (warehouse robots,
-- Google sign-in), Tidepool Physiotherapy (a chain of clinics in England,
-- Slack sign-in) and Lumen Press (a Berlin publisher, Microsoft Entra
-- sign-in). Users with names, work emails and a few guests' personal ones,
-- legacy Slack usernames, profile photo URLs, the encrypted per-user JWT
-- secret, sign-in and activity IPs; their ids at Google, Slack and
-- Microsoft with encrypted OAuth tokens; the workspaces' Google domain,
-- Slack team id and Entra tenant; API keys (ol_api_ secrets, SHA-256
-- hashes, last four), passkeys; OAuth apps with client secrets and the
-- hashed tokens and codes they were given; collections and documents in
-- markdown, ProseMirror JSON, the Y.js state and the search tsvector:
-- onboarding pages with home addresses and emergency contacts, 1:1 notes,
-- on-call rotas with mobile numbers, incident reviews quoting customers'
-- emails, interview loops, patient escalations with dates of birth and
-- conditions, author contracts with IBANs and tax numbers, beside guides,
-- ADRs and policies with nothing personal; revisions of all of them;
-- imported pages' source metadata with file and author names; comments
-- with @mentions; attachments whose storage keys keep the uploader's id
-- and the file's name; the event log's data and changes JSON with names,
-- emails and IPs; notifications, subscriptions, stars, pins, views; groups
-- and memberships; Slack and GitHub integrations whose settings keep
-- incoming-webhook URLs, and their encrypted tokens; webhooks with Zapier
-- catch-hook URLs and signing secrets, and their deliveries' payloads;
-- search queries people typed and the answers shown; exports and imports
-- with S3 keys and errors quoting file names; custom emoji, relationships,
-- the migrations table.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;
SET client_min_messages = warning;
SET jit = off;

-- u4: a version 4 UUID (what uuid's v4() gives Sequelize).
CREATE FUNCTION xgen.u4(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5('u4' || tag || ':' || i)::uuid::text placing '4' from 15 for 1)
                 placing translate(substr(md5('u4' || tag || ':' || i), 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 20 for 1)::uuid
$$;

-- at: a time with milliseconds between two bounds.
CREATE FUNCTION xgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
                                   + fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

CREATE FUNCTION xgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞİ', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCSI')), '[^a-z0-9]+', '', 'g')
$$;

-- rs: what the randomstring package generates (alphanumerics).
CREATE FUNCTION xgen.rs(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

-- sha: hex SHA-256, as Outline hashes API keys and OAuth tokens.
CREATE FUNCTION xgen.sha(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to(v, 'UTF8')), 'hex') $$;

-- enc: what the Encrypted decorator writes: a 16-byte IV and the
-- AES-256-CBC ciphertext of the value.
CREATE FUNCTION xgen.enc(tag text, i bigint, len int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(fixture_gen.hexn(tag, i, 32 + 32 * ((len + 16) / 16)), 'hex') $$;

-- md and pm: a document's paragraphs as Outline's markdown and as its
-- ProseMirror JSON. A paragraph starting with "## " is a heading, with
-- "- " a bullet; {{@<uuid>|Name}} is a mention of a user.
CREATE FUNCTION xgen.md(paras text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(regexp_replace(p, '\{\{@([0-9a-f-]+)\|([^}]+)\}\}', '@[\2](mention://\1/user/\1)', 'g'), E'\n\n' ORDER BY k)
  FROM unnest(paras) WITH ORDINALITY x(p, k)
$$;

CREATE FUNCTION xgen.inl(t text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  parts text[] := regexp_split_to_array(t, '\{\{@[0-9a-f-]+\|[^}]+\}\}');
  ms text[];
  out jsonb := '[]';
BEGIN
  SELECT array_agg(m) INTO ms FROM regexp_matches(t, '\{\{@([0-9a-f-]+)\|([^}]+)\}\}', 'g') m;
  FOR k IN 1..cardinality(parts) LOOP
    IF parts[k] <> '' THEN
      out := out || jsonb_build_array(jsonb_build_object('type', 'text', 'text', parts[k]));
    END IF;
    IF ms IS NOT NULL AND k <= array_length(ms, 1) THEN
      out := out || jsonb_build_array(jsonb_build_object('type', 'mention', 'attrs',
        jsonb_build_object('id', xgen.u4('mention' || ms[k][1], k)::text, 'type', 'user', 'label', ms[k][2], 'modelId', ms[k][1], 'actorId', NULL)));
    END IF;
  END LOOP;
  RETURN out;
END $$;

CREATE FUNCTION xgen.pm(paras text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('type', 'doc', 'content', coalesce(jsonb_agg(
    CASE WHEN p LIKE '## %' THEN jsonb_build_object('type', 'heading', 'attrs', jsonb_build_object('level', 2), 'content', xgen.inl(substr(p, 4)))
         WHEN p LIKE '- %' THEN jsonb_build_object('type', 'bullet_list', 'content', jsonb_build_array(jsonb_build_object('type', 'list_item', 'content',
              jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', xgen.inl(substr(p, 3)))))))
         ELSE jsonb_build_object('type', 'paragraph', 'content', xgen.inl(p)) END ORDER BY k), '[]'))
  FROM unnest(paras) WITH ORDINALITY x(p, k)
$$;

-- ystate: a Y.js update as the collaboration server stores it (a binary
-- header, then the text's UTF-8 among the struct bytes).
CREATE FUNCTION xgen.ystate(tag text, i bigint, body text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT decode('01' || lpad(to_hex(1 + fixture_gen.n(tag, i, 120)), 2, '0') || substr(fixture_gen.hexn(tag, i, 24), 1, 24) || '0706' || '64656661756c74' || '0301', 'hex')
      || convert_to(body, 'UTF8') || decode(substr(fixture_gen.hexn(tag || 'z', i, 40), 1, 40) || '00', 'hex')
$$;

-- The snapshot: 2025-01-20.
CREATE FUNCTION xgen.snap() RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2025-01-20 09:00:00+00' $$;

-- Workspaces.
CREATE TABLE xgen.t (t int PRIMARY KEY, name text, sub text, dom text, mail text, lo int, hi int, cr timestamptz);
INSERT INTO xgen.t VALUES
 (1, 'Kestrel Robotics', 'kestrel', 'wiki.kestrelrobotics.com', 'kestrelrobotics.com', 1, 130, timestamptz '2021-03-08 10:14:22.118+00'),
 (2, 'Tidepool Physiotherapy', 'tidepool-physio', NULL, 'tidepoolphysio.co.uk', 131, 210, timestamptz '2021-09-21 16:40:05.502+00'),
 (3, 'Lumen Press', 'lumenpress', 'wissen.lumenpress.de', 'lumenpress.de', 211, 260, timestamptz '2022-05-02 07:55:31.940+00');

-- People: 1-130 Kestrel, 131-210 Tidepool, 211-260 Lumen. The first of each
-- workspace is its admin; every 13th is a guest with a personal address.
CREATE TABLE xgen.p AS
SELECT i, t.t AS team, f, l, f || ' ' || l AS full_name, xgen.u4('user', i) AS id,
       (i - t.lo) % 13 = 12 AS guest,
       CASE WHEN i = t.lo OR (i - t.lo) % 29 = 5 THEN 'admin' WHEN (i - t.lo) % 13 = 12 THEN 'guest' WHEN (i - t.lo) % 7 = 3 THEN 'viewer' ELSE 'member' END AS role,
       t.mail, greatest(t.cr + interval '1 minute', xgen.at('ucr', i, t.cr, t.cr + interval '30 months')) AS cr
FROM (SELECT k AS i, fixture_gen.first_name('of', k) AS f, fixture_gen.last_name('ol', k) AS l FROM generate_series(1, 260) k) x
JOIN xgen.t t ON x.i BETWEEN t.lo AND t.hi;
UPDATE xgen.p p SET cr = t.cr FROM xgen.t t WHERE p.i = t.lo;
ALTER TABLE xgen.p ADD COLUMN email text, ADD COLUMN uname text;
UPDATE xgen.p SET
  email = CASE WHEN guest THEN fixture_gen.email('oge', i)
               WHEN team = 1 THEN xgen.fold(f) || '.' || xgen.fold(l) || '@' || mail
               WHEN team = 2 THEN substr(xgen.fold(f), 1, 1) || '.' || xgen.fold(l) || '@' || mail
               ELSE xgen.fold(f) || '@' || mail END,
  uname = CASE WHEN team = 2 AND NOT guest THEN CASE i % 3 WHEN 0 THEN xgen.fold(f) || '.' || xgen.fold(l) WHEN 1 THEN xgen.fold(f) ELSE substr(xgen.fold(f), 1, 1) || xgen.fold(l) END END;
UPDATE xgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM xgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE xgen.p p SET uname = p.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) AS rn FROM xgen.p WHERE uname IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;
CREATE UNIQUE INDEX ON xgen.p (i);

-- pid: a person's user id; padm: the admin of a workspace.
CREATE FUNCTION xgen.pid(i int) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT xgen.u4('user', i) $$;
CREATE FUNCTION xgen.tid(t int) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT xgen.u4('team', t) $$;
-- member: the k-th pick of a person of workspace t (no guests).
CREATE FUNCTION xgen.member(t int, tag text, k bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE t WHEN 1 THEN 1 + n WHEN 2 THEN 131 + n % 80 ELSE 211 + n % 50 END
  FROM (SELECT fixture_gen.n(tag, k, 130) AS n) x
$$;

-- ---------------------------------------------------------------------
CREATE TABLE "SequelizeMeta" (name varchar(255) PRIMARY KEY);
INSERT INTO "SequelizeMeta"
SELECT to_char(timestamp '2016-04-27 12:00:00' + (k * interval '9 days') + make_interval(secs => fixture_gen.n('smt', k, 80000)), 'YYYYMMDDHH24MISS') || '-'
       || fixture_gen.pick(ARRAY['add-index', 'add-column', 'remove-column', 'create-table', 'backfill', 'add-constraint', 'rename-column', 'change-type'], 'smk', k) || '-'
       || fixture_gen.pick(ARRAY['documents', 'collections', 'users', 'teams', 'events', 'shares', 'revisions', 'attachments', 'integrations', 'notifications',
                                 'api-keys', 'groups', 'comments', 'views', 'stars', 'webhooks', 'file-operations', 'search-queries', 'pins', 'subscriptions'], 'smt2', k) || '.js'
FROM generate_series(1, 340) k;

CREATE TYPE "enum_users_role" AS ENUM ('admin', 'member', 'viewer', 'guest');

CREATE TABLE teams (
    id uuid PRIMARY KEY,
    name varchar(255),
    subdomain varchar(255) UNIQUE,
    domain varchar(255) UNIQUE,
    "avatarUrl" varchar(4096),
    sharing boolean NOT NULL DEFAULT true,
    "inviteRequired" boolean NOT NULL DEFAULT false,
    "guestSignin" boolean NOT NULL DEFAULT true,
    "documentEmbeds" boolean NOT NULL DEFAULT true,
    "memberCollectionCreate" boolean NOT NULL DEFAULT true,
    "memberTeamCreate" boolean NOT NULL DEFAULT true,
    "collaborativeEditing" boolean,
    "defaultUserRole" varchar(255) NOT NULL DEFAULT 'member',
    "defaultCollectionId" uuid,
    preferences jsonb,
    "signupQueryParams" jsonb,
    "lastActiveAt" timestamptz,
    "suspendedAt" timestamptz,
    "approximateTotalAttachmentsSize" bigint DEFAULT 0,
    "previousSubdomains" varchar(255)[],
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO teams (id, name, subdomain, domain, "avatarUrl", sharing, "inviteRequired", "guestSignin", "documentEmbeds", "memberCollectionCreate", "memberTeamCreate",
                   "collaborativeEditing", "defaultUserRole", preferences, "signupQueryParams", "lastActiveAt", "approximateTotalAttachmentsSize", "previousSubdomains",
                   "createdAt", "updatedAt")
SELECT xgen.tid(t.t), t.name, t.sub, t.dom,
       CASE t.t WHEN 1 THEN '/api/attachments.redirect?id=' || xgen.u4('tlogo', 1) WHEN 2 THEN 'https://avatars.slack-edge.com/2021-09-20/2519' || fixture_gen.digits('tav', 2, 9) || '_' || fixture_gen.hexn('tav', 2, 20) || '_132.png' END,
       t.t <> 2, t.t = 2, t.t <> 2, true, t.t = 1, t.t <> 2, true, CASE t.t WHEN 3 THEN 'viewer' ELSE 'member' END,
       CASE t.t WHEN 1 THEN '{"publicBranding": true, "customTheme": {"accent": "#1f6feb", "accentText": "#ffffff"}, "tocPosition": "left", "commenting": true, "membersCanInvite": true, "membersCanCreateApiKey": true, "viewersCanExport": false}'
                WHEN 2 THEN '{"publicBranding": false, "commenting": true, "membersCanInvite": false, "membersCanCreateApiKey": false, "viewersCanExport": false, "documentInsights": true}'
                ELSE '{"publicBranding": true, "customTheme": {"accent": "#c2410c", "accentText": "#ffffff"}, "tocPosition": "right", "commenting": true, "membersCanInvite": true, "membersCanCreateApiKey": true}' END::jsonb,
       CASE t.t WHEN 1 THEN '{"ref": "producthunt", "utm_source": "producthunt", "utm_medium": "launch"}' WHEN 3 THEN '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "wiki-de-2022"}' END::jsonb,
       xgen.snap() - make_interval(mins => 3 * t.t), 19000000000::bigint / t.t + fixture_gen.n('tsz', t.t, 99999999),
       CASE t.t WHEN 1 THEN ARRAY['kestrel-robotics'] WHEN 3 THEN ARRAY['lumen-verlag', 'lumen'] END,
       t.cr, xgen.at('tup', t.t, timestamptz '2024-09-01+00', xgen.snap())
FROM xgen.t t;

CREATE TABLE users (
    id uuid PRIMARY KEY,
    email varchar(255),
    username varchar(255),
    name varchar(255) NOT NULL,
    "avatarUrl" varchar(4096),
    "isAdmin" boolean DEFAULT false,
    "isViewer" boolean NOT NULL DEFAULT false,
    role "enum_users_role" NOT NULL DEFAULT 'member',
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "jwtSecret" bytea,
    language varchar(255) DEFAULT 'en_US',
    timezone varchar(255),
    flags jsonb,
    preferences jsonb,
    "notificationSettings" jsonb NOT NULL DEFAULT '{}',
    "lastActiveAt" timestamptz,
    "lastActiveIp" varchar(255),
    "lastSignedInAt" timestamptz,
    "lastSignedInIp" varchar(255),
    "lastSigninEmailSentAt" timestamptz,
    "suspendedAt" timestamptz,
    "suspendedById" uuid REFERENCES users (id),
    "invitedById" uuid REFERENCES users (id),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO users
SELECT p.id, p.email, p.uname, p.full_name,
       CASE WHEN fixture_gen.n('uav', p.i, 5) = 0 THEN NULL
            WHEN fixture_gen.n('uav', p.i, 5) = 1 THEN '/api/attachments.redirect?id=' || xgen.u4('avatar', p.i)
            WHEN p.guest THEN NULL
            WHEN p.team = 1 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || fixture_gen.chars('uavg', p.i, 46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '=s96-c'
            WHEN p.team = 2 THEN 'https://avatars.slack-edge.com/' || to_char(p.cr, 'YYYY-MM-DD') || '/' || fixture_gen.digits('uavs', p.i, 13) || '_' || fixture_gen.hexn('uavs', p.i, 20) || '_192.jpg'
            ELSE '/api/attachments.redirect?id=' || xgen.u4('avatar', p.i) END,
       p.role = 'admin', p.role = 'viewer', p.role::"enum_users_role", xgen.tid(p.team),
       xgen.enc('jwt', p.i, 64),
       CASE p.team WHEN 3 THEN CASE WHEN p.i % 4 = 0 THEN 'en_US' ELSE 'de_DE' END
            ELSE fixture_gen.pick(ARRAY['en_US', 'en_US', 'en_US', 'en_US', 'en_GB', 'de_DE', 'fr_FR', 'ja_JP', 'ko_KR', 'pt_BR', 'es_ES', 'tr_TR'], 'ulang', p.i) END,
       CASE p.team WHEN 1 THEN fixture_gen.pick(ARRAY['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', NULL], 'utz', p.i)
                   WHEN 2 THEN 'Europe/London' ELSE 'Europe/Berlin' END,
       ('{"inviteSent": 1' || CASE WHEN p.i % 3 = 0 THEN ', "desktop": 1' ELSE '' END || CASE WHEN p.i % 4 = 1 THEN ', "mobileWeb": 1' ELSE '' END
        || CASE WHEN p.i % 5 = 2 THEN ', "desktopWeb": 1, "avatarUpdated": 1' ELSE '' END || '}')::jsonb,
       ('{"rememberLastPath": ' || (p.i % 2 = 0)::text || ', "useCursorPointer": true, "codeBlockLineNumbers": ' || (p.i % 3 <> 0)::text
        || ', "seamlessEdit": ' || (p.i % 4 <> 1)::text || ', "fullWidthDocuments": ' || (p.i % 6 = 0)::text || ', "enableSmartText": true}')::jsonb,
       ('{"documents.publish": ' || (p.i % 5 <> 0)::text || ', "documents.update": ' || (p.i % 3 = 0)::text || ', "comments.create": true, "documents.mentioned": true,'
        || ' "collections.create": ' || (p.i % 4 = 0)::text || ', "emails.onboarding": ' || (p.i % 2 = 0)::text || ', "emails.features": false, "emails.invite_accepted": true}')::jsonb,
       CASE WHEN p.i % 31 = 7 THEN NULL ELSE xgen.at('ula', p.i, xgen.snap() - interval '60 days', xgen.snap()) END,
       CASE WHEN p.i % 31 = 7 THEN NULL WHEN p.i % 4 = 0 THEN fixture_gen.ipv6('uip', p.i) WHEN p.team = 2 AND p.i % 3 = 0 THEN '81.149.' || (p.i % 7)::text || '.' || (20 + p.i % 200)::text ELSE fixture_gen.ipv4('uip', p.i) END,
       CASE WHEN p.i % 31 = 7 THEN NULL ELSE xgen.at('usi', p.i, xgen.snap() - interval '200 days', xgen.snap() - interval '60 days') END,
       CASE WHEN p.i % 31 = 7 THEN NULL WHEN p.i % 5 = 0 THEN fixture_gen.ipv6('usip', p.i) ELSE fixture_gen.ipv4('usip', p.i) END,
       CASE WHEN p.guest OR p.i % 9 = 0 THEN xgen.at('use', p.i, xgen.snap() - interval '300 days', xgen.snap()) END,
       NULL, NULL, NULL, p.cr, xgen.at('uup', p.i, greatest(p.cr, xgen.snap() - interval '90 days'), xgen.snap()),
       CASE WHEN p.i % 53 = 20 THEN xgen.at('udel', p.i, xgen.snap() - interval '90 days', xgen.snap()) END
FROM xgen.p p ORDER BY p.i;
UPDATE users u SET "invitedById" = xgen.pid(t.lo) FROM xgen.p p JOIN xgen.t t ON t.t = p.team WHERE u.id = p.id AND p.i <> t.lo AND (p.guest OR p.i % 3 = 1);
UPDATE users u SET "suspendedAt" = xgen.at('usus', p.i, xgen.snap() - interval '400 days', xgen.snap()), "suspendedById" = xgen.pid(t.lo)
FROM xgen.p p JOIN xgen.t t ON t.t = p.team WHERE u.id = p.id AND p.i % 23 = 11;

CREATE TABLE authentication_providers (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    "providerId" varchar(255) NOT NULL,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz,
    UNIQUE ("providerId", name)
);
INSERT INTO authentication_providers VALUES
 (xgen.u4('ap', 1), 'google', true, 'kestrelrobotics.com', xgen.tid(1), timestamptz '2021-03-08 10:14:21.907+00', timestamptz '2021-03-08 10:14:21.907+00'),
 (xgen.u4('ap', 2), 'slack', false, 'T01' || fixture_gen.chars('apsl', 2, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), xgen.tid(1), timestamptz '2021-04-12 08:02:11.340+00', timestamptz '2022-11-02 14:20:49.006+00'),
 (xgen.u4('ap', 3), 'slack', true, 'T02' || fixture_gen.chars('apsl', 3, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), xgen.tid(2), timestamptz '2021-09-21 16:40:05.311+00', timestamptz '2021-09-21 16:40:05.311+00'),
 (xgen.u4('ap', 4), 'azure', true, xgen.u4('tenant', 3)::text, xgen.tid(3), timestamptz '2022-05-02 07:55:31.702+00', timestamptz '2022-05-02 07:55:31.702+00'),
 (xgen.u4('ap', 5), 'oidc', false, 'sso.lumenpress.de', xgen.tid(3), timestamptz '2023-02-14 13:31:40.225+00', timestamptz '2023-06-30 09:12:08.871+00'),
 (xgen.u4('ap', 6), 'google', true, 'kestrel.dev', xgen.tid(1), timestamptz '2023-10-04 17:45:12.086+00', timestamptz '2023-10-04 17:45:12.086+00');

CREATE TABLE user_authentications (
    id uuid PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "authenticationProviderId" uuid NOT NULL REFERENCES authentication_providers (id) ON DELETE CASCADE,
    "accessToken" bytea,
    "refreshToken" bytea,
    scopes varchar(255)[],
    "providerId" varchar(255) NOT NULL,
    "expiresAt" timestamptz,
    "lastValidatedAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("providerId", "userId")
);
INSERT INTO user_authentications
SELECT xgen.u4('ua', p.i), p.id, xgen.u4('ap', CASE p.team WHEN 1 THEN CASE WHEN p.i % 17 = 4 THEN 6 ELSE 1 END WHEN 2 THEN 3 ELSE 4 END),
       xgen.enc('uaat', p.i, CASE p.team WHEN 1 THEN 220 WHEN 2 THEN 76 ELSE 1400 END),
       CASE WHEN p.team <> 2 THEN xgen.enc('uart', p.i, CASE p.team WHEN 1 THEN 103 ELSE 1200 END) END,
       CASE p.team WHEN 1 THEN ARRAY['https://www.googleapis.com/auth/userinfo.email', 'https://www.googleapis.com/auth/userinfo.profile', 'openid']
                   WHEN 2 THEN ARRAY['identity.basic', 'identity.email', 'identity.avatar', 'identity.team']
                   ELSE ARRAY['openid', 'profile', 'email', 'offline_access', 'User.Read'] END,
       CASE p.team WHEN 1 THEN '1' || fixture_gen.digits('uapi', p.i, 20)
                   WHEN 2 THEN 'U0' || fixture_gen.chars('uapi', p.i, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
                   ELSE xgen.u4('oid', p.i)::text END,
       u."lastSignedInAt" + interval '1 hour', u."lastActiveAt", p.cr + interval '310 ms', coalesce(u."lastActiveAt", p.cr + interval '310 ms')
FROM xgen.p p JOIN users u ON u.id = p.id WHERE NOT p.guest;

CREATE TABLE team_domains (
    id uuid PRIMARY KEY,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid NOT NULL REFERENCES users (id),
    name varchar(255) NOT NULL,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("teamId", name)
);
INSERT INTO team_domains VALUES
 (xgen.u4('td', 1), xgen.tid(1), xgen.pid(1), 'kestrelrobotics.com', timestamptz '2021-03-08 10:20:02.440+00', timestamptz '2021-03-08 10:20:02.440+00'),
 (xgen.u4('td', 2), xgen.tid(1), xgen.pid(1), 'kestrel.dev', timestamptz '2023-10-04 17:40:55.018+00', timestamptz '2023-10-04 17:40:55.018+00'),
 (xgen.u4('td', 3), xgen.tid(1), xgen.pid(6), 'kestrel-robotics.co.uk', timestamptz '2024-02-19 11:03:27.912+00', timestamptz '2024-02-19 11:03:27.912+00'),
 (xgen.u4('td', 4), xgen.tid(2), xgen.pid(131), 'tidepoolphysio.co.uk', timestamptz '2021-09-21 16:52:40.100+00', timestamptz '2021-09-21 16:52:40.100+00'),
 (xgen.u4('td', 5), xgen.tid(2), xgen.pid(131), 'tidepool.nhs-partner.uk', timestamptz '2022-01-10 09:15:31.662+00', timestamptz '2022-01-10 09:15:31.662+00'),
 (xgen.u4('td', 6), xgen.tid(3), xgen.pid(211), 'lumenpress.de', timestamptz '2022-05-02 08:01:17.253+00', timestamptz '2022-05-02 08:01:17.253+00'),
 (xgen.u4('td', 7), xgen.tid(3), xgen.pid(211), 'lumen-verlag.de', timestamptz '2022-05-02 08:01:29.731+00', timestamptz '2022-05-02 08:01:29.731+00');

-- API keys: the older keep the secret in clear beside its hash; those made
-- since the hashing migration keep only the hash and the last four.
CREATE TABLE "apiKeys" (
    id uuid PRIMARY KEY,
    name varchar(255),
    secret varchar(255) UNIQUE,
    hash varchar(255) UNIQUE,
    last4 varchar(4),
    scope varchar(255)[],
    "userId" uuid REFERENCES users (id) ON DELETE CASCADE,
    "expiresAt" timestamptz,
    "lastActiveAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
CREATE TABLE xgen.ak AS
SELECT k, p.i AS owner, 'ol_api_' || xgen.rs('apik', k, 38) AS sec,
       xgen.at('akcr', k, greatest(p.cr, timestamptz '2022-01-01+00'), xgen.snap() - interval '2 days') AS cr
FROM generate_series(1, 72) k
JOIN xgen.p p ON p.i = xgen.member(CASE WHEN k % 5 = 0 THEN 3 WHEN k % 5 = 1 THEN 2 ELSE 1 END, 'akown', k);
INSERT INTO "apiKeys"
SELECT xgen.u4('apikey', k),
       fixture_gen.pick(ARRAY['Zapier', 'Raycast', 'CLI', 'docs-sync CI', 'GitHub Actions publish', 'n8n', 'Backstage TechDocs import', 'Alfred workflow',
                              'status page sync', 'Obsidian export', 'Make.com', 'terraform provider', 'Postman', 'local scripts', 'Confluence migration', 'Grafana annotations'], 'akname', k),
       CASE WHEN cr < timestamptz '2024-08-01+00' THEN sec END, xgen.sha(sec), right(sec, 4),
       CASE WHEN k % 4 = 0 THEN ARRAY['/api/documents.info', '/api/documents.list', '/api/collections.list'] WHEN k % 7 = 2 THEN ARRAY['read'] END,
       xgen.pid(owner), CASE WHEN k % 3 = 0 THEN cr + interval '90 days' END,
       CASE WHEN k % 6 <> 5 THEN xgen.at('akla', k, cr, xgen.snap()) END, cr, cr,
       CASE WHEN k % 11 = 3 THEN xgen.at('akdel', k, cr, xgen.snap()) END
FROM xgen.ak ORDER BY cr;

CREATE TABLE user_passkeys (
    id uuid PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "credentialId" text NOT NULL UNIQUE,
    "credentialPublicKey" bytea NOT NULL,
    counter bigint NOT NULL DEFAULT 0,
    transports varchar(255)[],
    aaguid varchar(255),
    name varchar(255),
    "lastActiveAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO user_passkeys
SELECT xgen.u4('pk', k), xgen.pid(o), translate(rtrim(fixture_gen.b64('pkcid', k, 32), '='), '+/', '-_'),
       decode('a5010203262001215820' || fixture_gen.hexn('pkx', k, 64) || '225820' || fixture_gen.hexn('pky', k, 64), 'hex'),
       CASE WHEN a.kind = 'yk' THEN 3 + fixture_gen.n('pkc', k, 400) ELSE 0 END,
       CASE a.kind WHEN 'yk' THEN ARRAY['nfc', 'usb'] WHEN 'platform' THEN ARRAY['internal', 'hybrid'] ELSE ARRAY['hybrid', 'internal'] END,
       a.aaguid, a.label, xgen.at('pkla', k, timestamptz '2024-11-01+00', xgen.snap()), xgen.at('pkcr', k, timestamptz '2024-10-02+00', timestamptz '2024-11-01+00'),
       xgen.at('pkla', k, timestamptz '2024-11-01+00', xgen.snap())
FROM (SELECT k, xgen.member(1 + k % 3, 'pkown', k) AS o FROM generate_series(1, 44) k) x
JOIN (VALUES (0, 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'iCloud Keychain', 'platform'), (1, 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'Google Password Manager', 'hybrid'),
             (2, 'bada5566-a7aa-401f-bd96-45619a55120d', '1Password', 'hybrid'), (3, '08987058-cadc-4b81-b6e1-30de50dcbe96', 'Windows Hello', 'platform'),
             (4, 'cb69481e-8ff7-4039-93ec-0a2729a154a8', 'YubiKey 5 Series', 'yk'), (5, 'adce0002-35bc-c60a-648b-0b25f1f05503', 'Chrome on Mac', 'platform'))
     a(n, aaguid, label, kind) ON a.n = fixture_gen.n('pkaa', k, 6);

-- ---------------------------------------------------------------------
-- OAuth apps registered in the workspaces, the tokens they were given
-- (kept as SHA-256) and the authorization codes in flight.
CREATE TABLE oauth_clients (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    "developerName" varchar(255),
    "developerUrl" varchar(255),
    "avatarUrl" varchar(4096),
    "clientId" varchar(255) NOT NULL UNIQUE,
    "clientSecret" bytea NOT NULL,
    published boolean NOT NULL DEFAULT false,
    "redirectUris" varchar(255)[] NOT NULL DEFAULT '{}',
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid NOT NULL REFERENCES users (id),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO oauth_clients
SELECT xgen.u4('oc', k), c.name, c.descr,
       CASE WHEN c.dev = '%p' THEN p.full_name ELSE c.dev END,
       CASE WHEN c.url = '%gh' THEN 'https://github.com/' || xgen.fold(p.f) || '-' || xgen.fold(p.l) WHEN c.url = '%site' THEN 'https://' || xgen.fold(p.f) || xgen.fold(p.l) || '.dev' ELSE c.url END,
       c.av, xgen.rs('occid', k, 32), xgen.enc('ocsec', k, 42), c.pub, c.uris, xgen.tid(c.t), p.id,
       xgen.at('occr', k, timestamptz '2024-06-01+00', timestamptz '2024-12-01+00'), xgen.at('ocup', k, timestamptz '2024-12-01+00', xgen.snap()),
       CASE WHEN k = 9 THEN timestamptz '2024-12-19 15:02:41.330+00' END
FROM (VALUES
  (1, 1, 'Raycast', 'Search and create Outline documents from Raycast', 'Raycast Technologies Ltd', 'https://www.raycast.com', 'https://files.raycast.com/outline-icon.png', true, ARRAY['https://raycast.com/redirect?packageName=Extension']),
  (2, 1, 'Kestrel Support Bot', 'Answers support tickets from the field-ops handbook', '%p', '%gh', NULL, false, ARRAY['https://supportbot.kestrelrobotics.com/oauth/callback']),
  (3, 1, 'Backstage', 'TechDocs links and search for the developer portal', 'Kestrel Platform team', 'https://backstage.kestrelrobotics.com', '/api/attachments.redirect?id=' || xgen.u4('ocav', 3), false, ARRAY['https://backstage.kestrelrobotics.com/api/auth/outline/handler/frame']),
  (4, 1, 'docs-cli', 'Sync markdown folders to collections', '%p', '%gh', NULL, false, ARRAY['http://localhost:8765/callback', 'http://127.0.0.1:8765/callback']),
  (5, 2, 'Clinic Rota Sync', 'Copies the weekly cover rota into the Rota collection', '%p', '%site', NULL, false, ARRAY['https://rota-sync.tidepoolphysio.co.uk/auth/outline']),
  (6, 2, 'Cliniko bridge', 'Links protocols to appointment types', 'Tidepool Physiotherapy IT', 'https://www.tidepoolphysio.co.uk', NULL, false, ARRAY['https://bridge.tidepoolphysio.co.uk/oauth2/callback']),
  (7, 3, 'Lektorat-Assistent', 'Prüft Manuskripte gegen das Stilhandbuch', '%p', '%gh', NULL, false, ARRAY['https://lektorat.lumenpress.de/callback']),
  (8, 3, 'Zapier', 'Connect Outline with thousands of apps', 'Zapier Inc.', 'https://zapier.com', 'https://cdn.zapier.com/storage/developer/outline.128x128.png', true, ARRAY['https://zapier.com/dashboard/auth/oauth/return/OutlineCLIAPI/']),
  (9, 1, 'Cursor MCP', 'Model Context Protocol server for the editor', '%p', '%gh', NULL, false, ARRAY['cursor://anysphere.cursor-retrieval/oauth/callback']),
  (10, 3, 'Obsidian Sync', 'Zwei-Wege-Sync für Obsidian-Vaults', '%p', '%site', NULL, true, ARRAY['obsidian://outline-sync/callback']),
  (11, 2, 'Power Automate connector', 'Flows that file incident forms', 'Tidepool Physiotherapy IT', NULL, NULL, false, ARRAY['https://global.consent.azure-apim.net/redirect']),
  (12, 1, 'Linear sync', 'Mirror specs between Linear projects and Outline', '%p', '%gh', NULL, false, ARRAY['https://linear-sync.kestrel.dev/oauth/callback']))
  c(k, t, name, descr, dev, url, av, pub, uris)
JOIN xgen.p p ON p.i = xgen.member(c.t, 'ocdev', c.k);

CREATE TABLE oauth_authentications (
    id uuid PRIMARY KEY,
    "accessTokenHash" varchar(255) NOT NULL UNIQUE,
    "accessTokenExpiresAt" timestamptz NOT NULL,
    "refreshTokenHash" varchar(255) NOT NULL UNIQUE,
    "refreshTokenExpiresAt" timestamptz NOT NULL,
    scope varchar(255)[] NOT NULL,
    "lastActiveAt" timestamptz,
    "oauthClientId" uuid NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO oauth_authentications
SELECT xgen.u4('oa', k), xgen.sha('ol_at_' || xgen.rs('oaat', k, 32)), cr + interval '1 hour', xgen.sha('ol_rt_' || xgen.rs('oart', k, 32)), cr + interval '30 days',
       CASE WHEN k % 3 = 0 THEN ARRAY['read'] ELSE ARRAY['read', 'write'] END, cr + make_interval(mins => fixture_gen.n('oala', k, 55)),
       xgen.u4('oc', c), xgen.pid(xgen.member(t, 'oau', k)), cr, cr,
       CASE WHEN k % 9 = 4 THEN cr + interval '3 days' END
FROM (SELECT k, c, t, xgen.at('oacr', k, timestamptz '2024-12-01+00', xgen.snap() - interval '1 hour') AS cr
      FROM (SELECT k, (ARRAY[1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12])[1 + fixture_gen.n('oacl', k, 17)] AS c FROM generate_series(1, 160) k) x
      JOIN (VALUES (1, 1), (2, 1), (3, 1), (4, 1), (5, 2), (6, 2), (7, 3), (8, 3), (9, 1), (10, 3), (11, 2), (12, 1)) ct(cc, t) ON ct.cc = x.c) y;

CREATE TABLE oauth_authorization_codes (
    id uuid PRIMARY KEY,
    "authorizationCodeHash" varchar(255) NOT NULL UNIQUE,
    "codeChallenge" varchar(255),
    "codeChallengeMethod" varchar(255),
    scope varchar(255)[] NOT NULL,
    "redirectUri" varchar(255) NOT NULL,
    "expiresAt" timestamptz NOT NULL,
    "oauthClientId" uuid NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO oauth_authorization_codes
SELECT xgen.u4('oz', k), xgen.sha('ol_ac_' || xgen.rs('ozac', k, 32)),
       CASE WHEN c.cli IN (1, 4, 9, 10) THEN translate(rtrim(encode(sha256(convert_to('v' || k, 'UTF8')), 'base64'), '='), '+/', '-_') END,
       CASE WHEN c.cli IN (1, 4, 9, 10) THEN 'S256' END,
       ARRAY['read', 'write'], c.uri, cr + interval '5 minutes', xgen.u4('oc', c.cli), xgen.pid(xgen.member(c.t, 'ozu', k)), cr, cr
FROM (SELECT k, xgen.at('ozcr', k, xgen.snap() - interval '25 minutes', xgen.snap()) AS cr, 1 + fixture_gen.n('ozcl', k, 12) AS cl FROM generate_series(1, 36) k) x
JOIN (SELECT k AS cli, ct.t, o."redirectUris"[1] AS uri FROM (VALUES (1, 1), (2, 1), (3, 1), (4, 1), (5, 2), (6, 2), (7, 3), (8, 3), (9, 1), (10, 3), (11, 2), (12, 1)) ct(k, t)
      JOIN oauth_clients o ON o.id = xgen.u4('oc', ct.k)) c ON c.cli = x.cl;

-- ---------------------------------------------------------------------
-- People as the documents write them.
CREATE FUNCTION xgen.nm(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT full_name FROM xgen.p WHERE p.i = $1 $$;
CREATE FUNCTION xgen.fn(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT f FROM xgen.p WHERE p.i = $1 $$;
CREATE FUNCTION xgen.em(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT email FROM xgen.p WHERE p.i = $1 $$;
-- ment: an @mention of a person in a document's paragraphs.
CREATE FUNCTION xgen.ment(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT '{{@' || id || '|' || full_name || '}}' FROM xgen.p WHERE p.i = $1 $$;
-- ph: a staff member's mobile, as their country writes it.
CREATE FUNCTION xgen.ph(i int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i BETWEEN 131 AND 210 THEN '07' || fixture_gen.digits('pph', i, 3) || ' ' || fixture_gen.digits('pph2', i, 6)
              WHEN i > 210 THEN '+49 15' || fixture_gen.digits('pph', i, 1) || ' ' || fixture_gen.digits('pph2', i, 7)
              ELSE fixture_gen.phone('pph', i) END
$$;
-- nhs: an NHS number with its mod-11 check digit, spaced 3-3-4.
CREATE FUNCTION xgen.nhs(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text; s int; c int; j int := 0;
BEGIN
  LOOP
    d := (4 + fixture_gen.n(tag || j, i, 5))::text || fixture_gen.digits(tag || j, i, 8);
    s := 0;
    FOR k IN 1..9 LOOP s := s + substr(d, k, 1)::int * (11 - k); END LOOP;
    c := 11 - s % 11;
    IF c = 11 THEN c := 0; END IF;
    EXIT WHEN c <> 10;
    j := j + 1;
  END LOOP;
  d := d || c::text;
  RETURN substr(d, 1, 3) || ' ' || substr(d, 4, 3) || ' ' || substr(d, 7, 4);
END $$;
-- steuernr: a German tax number in the Berlin format (ff/bbb/uuuuu).
CREATE FUNCTION xgen.steuernr(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (11 + fixture_gen.n(tag, i, 28))::text || '/' || fixture_gen.digits(tag || 'b', i, 3) || '/' || fixture_gen.digits(tag || 'u', i, 5) $$;
-- slug: how Outline turns a title into the start of a document's URL.
CREATE FUNCTION xgen.slug(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞİ', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCSI')), '[^a-z0-9]+', '-', 'g')) $$;

-- Collections.
CREATE TABLE xgen.col (k int PRIMARY KEY, t int, name text, icon text, color text, perm text, descr text[], archived boolean);
INSERT INTO xgen.col VALUES
 (1, 1, 'Engineering', 'code', '#4E5C6E', 'read_write', ARRAY['Architecture decisions, runbooks and guides for the fleet platform. Start with the local dev setup page.'], false),
 (2, 1, 'People & Culture', 'heart', '#FF5C80', NULL, ARRAY['Onboarding, 1:1s and team rituals.', 'Questions about leave or payroll go to ' || xgen.ment(9) || ' (' || xgen.em(9) || ', ' || xgen.ph(9) || ').'], false),
 (3, 1, 'On-call & Incidents', 'bolt', '#FDEA9B', 'read', ARRAY['Rotas, incident reviews and postmortems. Page the primary on call through PagerDuty before calling anyone.'], false),
 (4, 1, 'Hiring', 'academic-cap', '#9E5CF7', NULL, ARRAY['Interview loops and scorecards. Candidate details are deleted six months after the decision.'], false),
 (5, 1, 'Company Handbook', 'book', '#0366d6', 'read', ARRAY['Policies and how we work. Suggest changes with a comment.'], false),
 (6, 1, 'Meeting Notes', 'clock', '#42DED1', 'read_write', ARRAY['Weekly syncs, planning and retros.'], false),
 (7, 1, 'Offsites', 'globe', '#FF825C', NULL, ARRAY['Trips, rooms and dietary needs. Organised by ' || xgen.ment(14) || ', ask her before booking anything.'], false),
 (8, 2, 'Clinical Protocols', 'beaker', '#2F9E44', 'read', ARRAY['Rehabilitation protocols approved by the clinical governance group. Review date on every page.'], false),
 (9, 2, 'Patient Escalations', 'warning', '#E03131', NULL, ARRAY['Escalated cases only. Never copy patient details outside this collection.', 'Clinical lead: ' || xgen.ment(140) || ', mobile ' || xgen.ph(140) || ' (out of hours only).'], false),
 (10, 2, 'Cover Rotas', 'clock', '#F08C00', 'read', ARRAY['Weekly clinic cover. Send swap requests to your clinic manager.'], false),
 (11, 2, 'Staff Handbook', 'book', '#1971C2', 'read', ARRAY['HR policies, CPD and onboarding for new clinicians and reception staff.'], false),
 (12, 2, 'Team Meetings', 'feedback', '#5F3DC4', 'read_write', ARRAY['Minutes of clinic team meetings.'], false),
 (13, 3, 'Redaktion', 'pencil', '#C2410C', 'read_write', ARRAY['Programmplanung, Redaktionssitzungen und Stilhandbuch.'], false),
 (14, 3, 'Autorenverträge', 'padlock', '#7C2D12', NULL, ARRAY['Verträge und Honorarkonten unserer Autorinnen und Autoren. Zugriff nur Lektorat und Buchhaltung.', 'Ansprechpartnerin: ' || xgen.ment(214) || ', ' || xgen.em(214) || '.'], false),
 (15, 3, 'Herstellung', 'tools', '#57534E', 'read', ARRAY['Satz, Druck, Papier und Termine.'], false),
 (16, 3, 'Intern', 'building', '#0F766E', 'read', ARRAY['Onboarding, Urlaub, IT.'], false),
 (17, 1, 'Field Ops', 'truck', '#0B7285', 'read_write', ARRAY['Site install checklists for customer warehouses.'], false),
 (18, 1, 'Archive', 'collection', '#868E96', 'read', ARRAY['Old pages kept for reference.'], true);

-- Documents: kind 0 onboarding, 1 one-to-one, 2 rota, 3 incident review,
-- 4 guide, 5 ADR, 6 offsite, 7 interview loop, 8 meeting notes, 9 patient
-- escalation, 10 author contract, 11 policy, 12 site install.
CREATE TABLE xgen.doc AS
SELECT d, c.k AS coll, c.t AS team,
       (CASE c.k WHEN 1 THEN ARRAY[4, 4, 5] WHEN 2 THEN ARRAY[0, 1, 1] WHEN 3 THEN ARRAY[2, 3, 3] WHEN 4 THEN ARRAY[7] WHEN 5 THEN ARRAY[11] WHEN 6 THEN ARRAY[8]
                 WHEN 7 THEN ARRAY[6] WHEN 8 THEN ARRAY[4] WHEN 9 THEN ARRAY[9] WHEN 10 THEN ARRAY[2] WHEN 11 THEN ARRAY[0, 11] WHEN 12 THEN ARRAY[8]
                 WHEN 13 THEN ARRAY[8, 4] WHEN 14 THEN ARRAY[10] WHEN 15 THEN ARRAY[4] WHEN 16 THEN ARRAY[0, 11] WHEN 17 THEN ARRAY[12, 12, 4] ELSE ARRAY[4, 8] END)
         [1 + fixture_gen.n('dkind', d, CASE c.k WHEN 1 THEN 3 WHEN 2 THEN 3 WHEN 3 THEN 3 WHEN 11 THEN 2 WHEN 13 THEN 2 WHEN 16 THEN 2 WHEN 17 THEN 3 WHEN 18 THEN 2 ELSE 1 END)] AS kind,
       xgen.member(c.t, 'ds', d) AS s, xgen.member(c.t, 'do', d) AS o, xgen.member(c.t, 'da', d) AS a, xgen.member(c.t, 'db', d) AS b, xgen.member(c.t, 'dc', d) AS cc,
       xgen.at('dcr', d, (SELECT cr FROM xgen.t WHERE t = c.t) + interval '2 days', xgen.snap() - interval '3 days') AS cr
FROM generate_series(1, 380) d
JOIN xgen.col c ON c.k = (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 8, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 14, 15, 16, 16, 17, 17, 18])[1 + fixture_gen.n('dcol', d, 41)];
ALTER TABLE xgen.doc ADD COLUMN title text, ADD COLUMN paras text[];
UPDATE xgen.doc SET (title, paras) = (
  CASE kind
  WHEN 0 THEN CASE WHEN team = 3 THEN 'Onboarding ' || xgen.nm(s) ELSE 'Onboarding: ' || xgen.nm(s) END
  WHEN 1 THEN '1:1 ' || xgen.fn(s) || ' / ' || xgen.fn(o) || ' — ' || to_char(cr, 'YYYY-MM-DD')
  WHEN 2 THEN CASE WHEN team = 2 THEN 'Cover rota — ' || fixture_gen.pick(ARRAY['Bristol Harbourside', 'Bath Walcot', 'Clifton', 'Keynsham'], 'dclin', d) || ', w/c ' || to_char(cr, 'DD Mon YYYY')
                   ELSE 'On-call rota ' || to_char(cr, 'YYYY') || ' Q' || to_char(cr, 'Q') END
  WHEN 3 THEN 'Incident review ' || to_char(cr, 'YYYY') || '-' || lpad((d % 97)::text, 3, '0') || ': ' || fixture_gen.pick(ARRAY['fleet telemetry gap', 'map sync failure', 'charging dock firmware rollback', 'API latency spike', 'lost robots after DNS change', 'pick-list import stuck'], 'dinc', d)
  WHEN 4 THEN CASE team WHEN 1 THEN fixture_gen.pick(ARRAY['Deploying the fleet API', 'Local dev setup', 'Postgres upgrade runbook', 'Telemetry pipeline overview', 'Code review guidelines', 'Feature flags', 'Logging conventions',
                                                   'Release process', 'Dock installation checklist', 'Battery swap procedure', 'Safety zone calibration', 'Map editor shortcuts'], 'dg1', d)
                        WHEN 2 THEN fixture_gen.pick(ARRAY['ACL reconstruction rehab: phase 2', 'Lateral ankle sprain protocol', 'Frozen shoulder management', 'Low back pain: red flags', 'Post-natal pelvic floor assessment',
                                                   'Hydrotherapy pool safety', 'Tendinopathy loading programme', 'Falls prevention class plan'], 'dg2', d)
                        ELSE fixture_gen.pick(ARRAY['Stilhandbuch: geschlechtergerechte Sprache', 'Typografie und Satzspiegel', 'Papierwahl Frühjahrsprogramm', 'Korrekturzeichen', 'Ablauf Druckfreigabe', 'Metadaten für den Buchhandel'], 'dg3', d) END
  WHEN 5 THEN 'ADR-' || lpad((10 + d % 90)::text, 3, '0') || ': ' || fixture_gen.pick(ARRAY['Use NATS for robot telemetry', 'Move map tiles to object storage', 'Adopt OpenTelemetry', 'Split the fleet API by site', 'Deprecate the v1 pick-list endpoint', 'Protobuf for robot commands'], 'dadr', d)
  WHEN 6 THEN 'Offsite ' || fixture_gen.pick(ARRAY['Lisbon', 'Kraków', 'Edinburgh', 'Valencia', 'Lake Garda'], 'doff', d) || ' ' || to_char(cr + interval '60 days', 'YYYY')
  WHEN 7 THEN 'Interview loop: ' || fixture_gen.full_name('ox', d) || ' (' || fixture_gen.pick(ARRAY['Senior Backend Engineer', 'Robotics Engineer', 'Product Designer', 'Field Technician', 'Lektor*in Sachbuch', 'Herstellerin'], 'drole', d + team) || ')'
  WHEN 8 THEN CASE team WHEN 3 THEN 'Redaktionssitzung ' || to_char(cr, 'DD.MM.YYYY') WHEN 2 THEN 'Team meeting ' || to_char(cr, 'DD/MM/YYYY') ELSE 'Weekly sync ' || to_char(cr, 'YYYY-MM-DD') END
  WHEN 9 THEN 'Escalation: ' || fixture_gen.full_name('ox', d) || ' (' || to_char(cr, 'DD/MM') || ')'
  WHEN 10 THEN 'Autorenvertrag ' || fixture_gen.full_name('ox', d) || ' — ' || fixture_gen.pick(ARRAY['Die Stadt der Vögel', 'Kleine Geschichte des Lichts', 'Wasser lesen', 'Nach dem Sturm', 'Das Archiv der Dinge', 'Zwölf Küchen'], 'dbook', d)
  WHEN 11 THEN CASE team WHEN 1 THEN fixture_gen.pick(ARRAY['Expense policy', 'Parental leave policy', 'Remote work policy', 'Security awareness', 'Travel policy'], 'dpol', d)
                         WHEN 2 THEN fixture_gen.pick(ARRAY['Chaperone policy', 'Lone working policy', 'Safeguarding adults', 'Infection control', 'Annual leave'], 'dpol', d)
                         ELSE fixture_gen.pick(ARRAY['Urlaubsregelung', 'Reisekosten', 'Homeoffice', 'IT-Sicherheit'], 'dpol', d) END
  ELSE 'Site install: ' || fixture_gen.pick(ARRAY['Brightline Logistics', 'NordFresh DC', 'Carrow Pharma', 'Atlas Parts', 'Meridian Foods'], 'dsite', d) || ', ' || fixture_gen.city('dsc', d)
  END,
  CASE kind
  WHEN 0 THEN ARRAY['Welcome to the team, ' || xgen.fn(s) || '! Your first day is ' || to_char(cr + interval '10 days', 'FMDay FMDD FMMonth YYYY') || '.',
                    '## Logistics',
                    '- Laptop ships to ' || fixture_gen.street('pst', s) || ', ' || fixture_gen.postcode('ppc', s) || ' ' || fixture_gen.city('pci', s) || ' by courier.',
                    '- Personal mobile for the courier: ' || xgen.ph(s),
                    '- Emergency contact: ' || fixture_gen.full_name('pec', s) || ' (' || fixture_gen.pick(ARRAY['partner', 'mother', 'father', 'sister', 'husband', 'wife', 'friend'], 'per', s) || ', ' || fixture_gen.phone('pecp', s) || ')',
                    '## Your buddy',
                    'Your onboarding buddy is ' || xgen.ment(o) || '. Book 30 minutes with them on day one.',
                    '## First week',
                    '- Set up two-factor sign-in and join the #general channel',
                    '- Read the handbook and the security awareness page']
  WHEN 1 THEN ARRAY['Attendees: ' || xgen.ment(s) || ', ' || xgen.ment(o), '## Notes',
                    replace(fixture_gen.pick(ARRAY['%s asked about the promotion timeline; we agreed to revisit after the Q3 review.',
                                                   '%s will be out from the 14th for knee surgery and recovery, around three weeks. Cover agreed with the team.',
                                                   '%s finds the on-call load heavy since the move; nursery pickup at 17:30 makes evening pages hard.',
                                                   'Compensation: %s is at 68,000 and the band goes to 82,000. Raised with finance.',
                                                   '%s mentioned anxiety about the reorg and is seeing a counsellor through the EAP.',
                                                   'Customer feedback from the Lyon visit was very positive; %s wants to lead the next one.',
                                                   '%s is pregnant (due in August) and would like to plan leave early.'], 'd1', d), '%s', xgen.fn(s)),
                    '## Actions', '- ' || xgen.fn(o) || ' to follow up with People team', '- ' || xgen.fn(s) || ' to share the draft plan by Friday']
  WHEN 2 THEN ARRAY['Primary and backup per week. Swap with each other and update this page.',
                    '- Week 1: ' || xgen.ment(a) || ' (' || xgen.ph(a) || '), backup ' || xgen.ment(b) || ' (' || xgen.ph(b) || ')',
                    '- Week 2: ' || xgen.ment(b) || ' (' || xgen.ph(b) || '), backup ' || xgen.ment(cc) || ' (' || xgen.ph(cc) || ')',
                    '- Week 3: ' || xgen.ment(cc) || ' (' || xgen.ph(cc) || '), backup ' || xgen.ment(s) || ' (' || xgen.ph(s) || ')',
                    '- Week 4: ' || xgen.ment(s) || ' (' || xgen.ph(s) || '), backup ' || xgen.ment(a) || ' (' || xgen.ph(a) || ')']
  WHEN 3 THEN ARRAY['## Summary', 'Between 02:10 and 04:45 UTC robots at two customer sites stopped reporting positions and the dashboard showed them as offline.',
                    '## Customer impact',
                    'Reported by ' || fixture_gen.full_name('ox', d) || ' <' || fixture_gen.email('ox', d) || '> at ' || fixture_gen.pick(ARRAY['Brightline Logistics', 'NordFresh DC', 'Carrow Pharma', 'Atlas Parts', 'Meridian Foods'], 'dsite', d)
                      || '; we called back on ' || fixture_gen.phone('oxp', d) || ' at 05:20.',
                    '## Timeline', '- 02:10 alert fired, paged ' || xgen.ment(s), '- 03:05 rollback of the ingest service started', '- 04:45 all robots reporting again',
                    '## Follow-ups', '- Add a canary for the telemetry ingest', '- ' || xgen.ment(o) || ' to write the customer update']
  WHEN 4 THEN ARRAY['## Overview', CASE team WHEN 3 THEN 'Diese Seite beschreibt den Ablauf für das ganze Haus. Änderungen bitte als Kommentar vorschlagen.'
                                              WHEN 2 THEN 'Follow this protocol unless the treating clinician documents a reason to deviate. Progress criteria are listed per phase.'
                                              ELSE 'This page describes how we do this on the platform team. Keep it short and link to code where possible.' END,
                    CASE team WHEN 3 THEN '- Fahnen gehen immer zuerst an das Lektorat.' WHEN 2 THEN '- Reassess range of movement and pain score at every session.' ELSE '- Run the checks in CI before merging.' END,
                    CASE team WHEN 3 THEN '- Termine stehen im Produktionsplan.' WHEN 2 THEN '- Progress load by no more than 10% a week.' ELSE '- Ask in #platform if something is unclear.' END,
                    'Last reviewed ' || to_char(cr + interval '120 days', 'Mon YYYY') || '.']
  WHEN 5 THEN ARRAY['## Status', fixture_gen.pick(ARRAY['Accepted', 'Proposed', 'Superseded', 'Accepted'], 'dads', d), '## Context',
                    'Robots publish telemetry every two seconds and the current queue drops messages under load during shift changes.',
                    '## Decision', 'We will adopt the option with the smallest operational footprint and revisit after two quarters.',
                    '## Consequences', '- One more service to run in each region', '- Clients need a library upgrade']
  WHEN 6 THEN ARRAY['Hotel: check-in from 15:00, breakfast included. Flights are booked by ' || xgen.ment(14) || '.',
                    '## Dietary and access needs',
                    '- ' || xgen.ment(a) || ': vegetarian',
                    '- ' || xgen.ment(b) || ': coeliac, strictly gluten-free',
                    '- ' || xgen.ment(cc) || ': uses a wheelchair; ground-floor room booked',
                    '- ' || xgen.ment(s) || ': severe nut allergy, carries an EpiPen',
                    '## Rooms', '- ' || xgen.fn(a) || ' and ' || xgen.fn(o) || ' share room 12']
  WHEN 7 THEN ARRAY['Candidate: ' || fixture_gen.full_name('ox', d) || ', ' || fixture_gen.email('ox', d) || ', ' || fixture_gen.phone('oxp', d),
                    'Currently at ' || fixture_gen.pick(ARRAY['Ocado', 'Zalando', 'Siemens', 'Infosys', 'Rakuten', 'Delivery Hero', 'Naver', 'Spotify'], 'dcur', d) || ', notice period ' || (1 + d % 3) || ' months, expects ' || (60 + d % 40) || 'k.',
                    '## Panel', '- ' || xgen.ment(a) || ': system design', '- ' || xgen.ment(b) || ': values and collaboration',
                    '## Feedback', fixture_gen.pick(ARRAY['Strong hire. Clear thinking on failure modes.', 'Lean no hire: struggled with the data model.', 'Hire. Great with customers, needs mentoring on testing.'], 'dfb', d)]
  WHEN 8 THEN ARRAY['Attendees: ' || xgen.ment(a) || ', ' || xgen.ment(b) || ', ' || xgen.ment(cc),
                    '## Decisions', CASE team WHEN 3 THEN 'Das Frühjahrsprogramm bleibt bei zwölf Titeln; der Umschlag für Band 3 geht in die zweite Runde.'
                                              WHEN 2 THEN 'Saturday clinics continue until the end of the quarter; new booking rules start next month.'
                                              ELSE 'We ship the new map editor behind a flag and collect feedback from two sites first.' END,
                    '## Actions', '- ' || xgen.ment(a) || CASE team WHEN 3 THEN ' klärt die Druckkosten' ELSE ' to draft the proposal' END]
  WHEN 9 THEN ARRAY['Patient: ' || fixture_gen.full_name('ox', d) || ', DOB ' || to_char(fixture_gen.birth_date('oxb', d), 'DD/MM/YYYY') || ', NHS number ' || xgen.nhs('nhs', d),
                    'Address: ' || fixture_gen.street('oxs', d) || ', ' || fixture_gen.pick(ARRAY['Bristol', 'Bath', 'Keynsham', 'Portishead'], 'oxc', d) || ' ' || fixture_gen.pick(ARRAY['BS1', 'BS8', 'BA1', 'BS31', 'BS20'], 'oxz', d) || ' ' || fixture_gen.digits('oxz', d, 1) || 'QT. Mobile ' || '07' || fixture_gen.digits('oxm', d, 3) || ' ' || fixture_gen.digits('oxm2', d, 6),
                    '## Clinical summary',
                    fixture_gen.pick(ARRAY['Post-op ACL reconstruction (left), six weeks. Increasing calf pain and swelling; history of DVT. Advised same-day GP review.',
                                           'Chronic low back pain with new saddle numbness reported at today''s session. Sent to A&E, possible cauda equina.',
                                           'Frozen shoulder; patient disclosed low mood and thoughts of self-harm. Safeguarding lead informed.',
                                           'Type 1 diabetic, hypo during hydrotherapy class. Recovered; class plan updated.',
                                           'Fall at home, suspected wrist fracture. Lives alone; carer contacted.'], 'dclin2', d),
                    '## Plan', '- ' || xgen.ment(s) || ' to call the patient tomorrow', '- Incident form filed by ' || xgen.ment(o)]
  WHEN 10 THEN ARRAY['Autor*in: ' || fixture_gen.full_name('ox', d) || ', ' || fixture_gen.street('oxs', d) || ', ' || fixture_gen.digits('oxz', d, 5) || ' ' || fixture_gen.pick(ARRAY['Berlin', 'Leipzig', 'Hamburg', 'Wien', 'Zürich', 'Köln'], 'oxc', d),
                     'E-Mail: ' || fixture_gen.email('ox', d) || ', Tel. ' || fixture_gen.phone('oxp', d),
                     'Honorarkonto: IBAN ' || fixture_gen.iban('DE', fixture_gen.digits('oxib', d, 18)) || ', Steuernummer ' || xgen.steuernr('oxst', d),
                     '## Konditionen', 'Vorschuss ' || (2 + d % 6) || '.000 EUR, Tantieme 8 % vom Nettoladenpreis, Taschenbuch 5 %.',
                     '## Status', 'Vertrag unterschrieben zurück am ' || to_char(cr + interval '12 days', 'DD.MM.YYYY') || ', betreut von ' || xgen.ment(s) || '.']
  WHEN 11 THEN ARRAY['## Scope', CASE team WHEN 3 THEN 'Gilt für alle festangestellten Mitarbeitenden.' ELSE 'Applies to all employees and contractors.' END,
                     CASE team WHEN 3 THEN 'Anträge laufen über das HR-Tool; Fragen an die Geschäftsführung.' ELSE 'Requests go through the HR tool and are approved by your manager within five working days.' END,
                     '## Exceptions', CASE team WHEN 3 THEN 'Ausnahmen nur schriftlich.' ELSE 'Exceptions need written approval from the COO.' END]
  ELSE ARRAY['Customer site: ' || fixture_gen.pick(ARRAY['Unit 4, Westgate Trade Park', 'Halle 7, Industriestraße 12', '14 Dock Road', 'Zone B, Parc Logistique'], 'dsa', d) || ', ' || fixture_gen.city('dsc', d),
             'Site contact: ' || fixture_gen.full_name('ox', d) || ', ' || fixture_gen.phone('oxp', d) || ', ' || fixture_gen.email('ox', d),
             '## Checklist', '- Dock wall needs a 16 A socket', '- Forklift traffic 06:00-14:00, install after 14:00', '- Install lead: ' || xgen.ment(s)]
  END);
CREATE UNIQUE INDEX ON xgen.doc (d);
-- imported: pages that came from Word files and a Notion export.
ALTER TABLE xgen.doc ADD COLUMN imported boolean, ADD COLUMN parent int;
UPDATE xgen.doc SET imported = fixture_gen.n('dimp', d, 5) = 0 AND cr < timestamptz '2023-06-01+00';
UPDATE xgen.doc x SET parent = (SELECT max(y.d) FROM xgen.doc y WHERE y.coll = x.coll AND y.d < x.d AND y.cr < x.cr) WHERE x.d % 6 = 0;
UPDATE xgen.doc x SET parent = NULL WHERE parent IN (SELECT d FROM xgen.doc WHERE parent IS NOT NULL);

CREATE TABLE collections (
    id uuid PRIMARY KEY,
    "urlId" varchar(255) NOT NULL UNIQUE,
    name varchar(255),
    description text,
    content jsonb,
    icon text,
    color text,
    index varchar(255),
    permission varchar(255),
    "maintainerApprovalRequired" boolean NOT NULL DEFAULT false,
    sharing boolean NOT NULL DEFAULT true,
    commenting boolean,
    sort jsonb,
    "documentStructure" jsonb,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid REFERENCES users (id) ON DELETE SET NULL,
    "archivedAt" timestamptz,
    "archivedById" uuid REFERENCES users (id),
    "importId" uuid,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO collections (id, "urlId", name, description, content, icon, color, index, permission, "maintainerApprovalRequired", sharing, commenting, sort,
                         "teamId", "createdById", "archivedAt", "archivedById", "createdAt", "updatedAt")
SELECT xgen.u4('col', c.k), xgen.rs('colurl', c.k, 10), c.name, xgen.md(c.descr), xgen.pm(c.descr), c.icon, c.color,
       chr(ascii('P') + c.k % 20) || chr(ascii('a') + c.k % 7), c.perm, c.k = 9, c.k NOT IN (2, 4, 9, 14), CASE WHEN c.k IN (9, 14) THEN false END,
       CASE WHEN c.k % 3 = 0 THEN '{"field": "title", "direction": "asc"}' ELSE '{"field": "index", "direction": "asc"}' END::jsonb,
       xgen.tid(c.t), xgen.pid(t.lo + CASE WHEN c.k % 2 = 0 THEN 0 ELSE 5 END),
       CASE WHEN c.archived THEN timestamptz '2024-03-11 10:02:19.554+00' END, CASE WHEN c.archived THEN xgen.pid(t.lo) END,
       t.cr + make_interval(days => c.k, secs => fixture_gen.n('colcr', c.k, 80000)), xgen.at('colup', c.k, timestamptz '2024-10-01+00', xgen.snap())
FROM xgen.col c JOIN xgen.t t ON t.t = c.t;
UPDATE teams SET "defaultCollectionId" = xgen.u4('col', CASE id WHEN xgen.tid(1) THEN 5 WHEN xgen.tid(2) THEN 11 ELSE 16 END);

CREATE TABLE documents (
    id uuid PRIMARY KEY,
    "urlId" varchar(255) NOT NULL UNIQUE,
    title varchar(255) NOT NULL,
    text text,
    content jsonb,
    state bytea,
    "searchVector" tsvector,
    version smallint,
    "editorVersion" varchar(255),
    icon varchar(255),
    color varchar(255),
    "fullWidth" boolean NOT NULL DEFAULT false,
    "insightsEnabled" boolean NOT NULL DEFAULT true,
    template boolean NOT NULL DEFAULT false,
    "templateId" uuid REFERENCES documents (id) ON DELETE SET NULL,
    language varchar(2),
    "sourceMetadata" jsonb,
    "popularityScore" double precision NOT NULL DEFAULT 0,
    "collaboratorIds" uuid[] NOT NULL DEFAULT ARRAY[]::uuid[],
    "lastModifiedById" uuid REFERENCES users (id),
    "createdById" uuid REFERENCES users (id),
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "parentDocumentId" uuid REFERENCES documents (id),
    "importId" uuid,
    "publishedAt" timestamptz,
    "archivedAt" timestamptz,
    "deletedAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
CREATE INDEX documents_tsv_idx ON documents USING gin ("searchVector");
INSERT INTO documents (id, "urlId", title, text, content, state, "searchVector", version, "editorVersion", icon, color, "fullWidth", "insightsEnabled", language,
                       "sourceMetadata", "popularityScore", "collaboratorIds", "lastModifiedById", "createdById", "collectionId", "teamId", "importId",
                       "publishedAt", "archivedAt", "deletedAt", "createdAt", "updatedAt")
SELECT xgen.u4('doc', x.d), xgen.rs('docurl', x.d, 10), x.title, xgen.md(x.paras), xgen.pm(x.paras),
       CASE WHEN x.cr > timestamptz '2022-01-15+00' THEN xgen.ystate('ys', x.d, x.title || ' ' || xgen.md(x.paras)) END,
       setweight(to_tsvector('english', x.title), 'A') || setweight(to_tsvector('english', xgen.md(x.paras)), 'C'),
       2, CASE WHEN x.cr > timestamptz '2024-01-01+00' THEN '15.0.0' WHEN x.cr > timestamptz '2022-06-01+00' THEN '12.0.0' ELSE '11.21.3' END,
       CASE x.kind WHEN 2 THEN '📟' WHEN 3 THEN '🔥' WHEN 5 THEN '🏛️' WHEN 6 THEN '✈️' WHEN 9 THEN 'warning' WHEN 10 THEN '📄' WHEN 12 THEN 'truck' END,
       CASE WHEN x.kind IN (9, 12) THEN '#E03131' END, x.kind = 2, x.kind <> 9, CASE WHEN x.team = 3 THEN 'de' ELSE 'en' END,
       CASE WHEN x.imported THEN jsonb_build_object('fileName', CASE WHEN x.d % 2 = 0 THEN x.title || '.docx' ELSE replace(x.title, ':', '') || ' ' || fixture_gen.hexn('nid', x.d, 32) || '.md' END,
                                                    'mimeType', CASE WHEN x.d % 2 = 0 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'text/markdown' END,
                                                    'createdByName', xgen.nm(x.o))
                                 || CASE WHEN x.d % 2 = 1 THEN jsonb_build_object('externalId', fixture_gen.hexn('nid', x.d, 32)) ELSE '{}' END END,
       round((fixture_gen.n('dpop', x.d, 100000) / 1000.0)::numeric, 3)::double precision,
       ARRAY[xgen.pid(x.s)] || CASE WHEN x.kind IN (2, 6, 8) THEN ARRAY[xgen.pid(x.a), xgen.pid(x.b)] ELSE ARRAY[]::uuid[] END,
       xgen.pid(CASE WHEN x.kind IN (2, 6, 8) THEN x.a ELSE x.s END), xgen.pid(x.s), xgen.u4('col', x.coll), xgen.tid(x.team),
       CASE WHEN x.imported THEN xgen.u4('fo', x.team) END,
       CASE WHEN x.d % 19 <> 7 THEN x.cr + make_interval(mins => 5 + fixture_gen.n('dpub', x.d, 600)) END,
       CASE WHEN x.coll = 18 OR x.d % 41 = 3 THEN xgen.at('darc', x.d, greatest(x.cr, timestamptz '2024-03-01+00'), xgen.snap()) END,
       CASE WHEN x.d % 47 = 11 THEN xgen.at('ddel', x.d, greatest(x.cr, timestamptz '2024-06-01+00'), xgen.snap()) END,
       x.cr, xgen.at('dup', x.d, x.cr + interval '1 hour', xgen.snap())
FROM xgen.doc x ORDER BY x.d;
UPDATE documents SET "parentDocumentId" = xgen.u4('doc', x.parent) FROM xgen.doc x WHERE documents.id = xgen.u4('doc', x.d) AND x.parent IS NOT NULL;

-- Templates.
INSERT INTO documents (id, "urlId", title, text, content, "searchVector", version, "editorVersion", icon, template, language, "collaboratorIds", "lastModifiedById", "createdById",
                       "collectionId", "teamId", "publishedAt", "createdAt", "updatedAt")
SELECT xgen.u4('tpl', k), xgen.rs('tplurl', k, 10), t.title, xgen.md(t.paras), xgen.pm(t.paras),
       setweight(to_tsvector('english', t.title), 'A') || setweight(to_tsvector('english', xgen.md(t.paras)), 'C'),
       2, '15.0.0', NULL, true, CASE WHEN t.team = 3 THEN 'de' ELSE 'en' END, ARRAY[xgen.pid(tt.lo)], xgen.pid(tt.lo), xgen.pid(tt.lo),
       xgen.u4('col', t.coll), xgen.tid(t.team), tt.cr + interval '40 days', tt.cr + interval '40 days', tt.cr + interval '41 days'
FROM (VALUES (1, 1, 2, '1:1 notes', ARRAY['Attendees:', '## Wins', '## Concerns', '## Actions']),
             (2, 1, 3, 'Incident review template', ARRAY['## Summary', '## Customer impact', '## Timeline', '## Root cause', '## Follow-ups']),
             (3, 1, 4, 'Interview scorecard', ARRAY['Candidate:', '## Panel', '## Signals', '## Recommendation']),
             (4, 1, 5, 'Decision record', ARRAY['## Status', '## Context', '## Decision', '## Consequences']),
             (5, 2, 9, 'Escalation form', ARRAY['Patient:', 'Address:', '## Clinical summary', '## Plan']),
             (6, 2, 12, 'Team meeting minutes', ARRAY['Attendees:', '## Decisions', '## Actions']),
             (7, 3, 14, 'Vorlage Autorenvertrag', ARRAY['Autor*in:', 'E-Mail:', 'Honorarkonto:', '## Konditionen', '## Status']),
             (8, 3, 13, 'Vorlage Redaktionssitzung', ARRAY['Attendees:', '## Decisions', '## Actions'])) t(k, team, coll, title, paras)
JOIN xgen.t tt ON tt.t = t.team;
UPDATE documents d SET "templateId" = xgen.u4('tpl', CASE x.kind WHEN 1 THEN 1 WHEN 3 THEN 2 WHEN 7 THEN 3 WHEN 5 THEN 4 WHEN 9 THEN 5 WHEN 10 THEN 7 END)
FROM xgen.doc x WHERE d.id = xgen.u4('doc', x.d) AND x.kind IN (1, 3, 7, 5, 9, 10) AND x.d % 3 <> 0 AND x.cr > timestamptz '2022-03-01+00';

-- The collections' tree of published documents, as Outline caches it.
UPDATE collections c SET "documentStructure" = (
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'url', '/doc/' || xgen.slug(d.title) || '-' || d."urlId", 'title', d.title, 'icon', d.icon, 'color', d.color,
         'children', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', k.id, 'url', '/doc/' || xgen.slug(k.title) || '-' || k."urlId", 'title', k.title, 'icon', k.icon, 'color', k.color, 'children', '[]'::jsonb)
                                      ORDER BY k."createdAt"), '[]')
                      FROM documents k WHERE k."parentDocumentId" = d.id AND k."publishedAt" IS NOT NULL AND k."deletedAt" IS NULL))
         ORDER BY d."createdAt"), '[]')
  FROM documents d WHERE d."collectionId" = c.id AND d."parentDocumentId" IS NULL AND d."publishedAt" IS NOT NULL AND d."deletedAt" IS NULL AND NOT d.template);

CREATE TABLE revisions (
    id uuid PRIMARY KEY,
    version smallint,
    "editorVersion" varchar(255),
    title varchar(255) NOT NULL,
    text text,
    content jsonb,
    icon varchar(255),
    color varchar(255),
    name varchar(255),
    "collaboratorIds" uuid[] NOT NULL DEFAULT ARRAY[]::uuid[],
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "userId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO revisions
SELECT xgen.u4('rev', x.d * 10 + r), 2, d."editorVersion",
       CASE WHEN r = 1 AND x.kind IN (0, 4, 11) THEN 'Untitled' ELSE x.title END,
       xgen.md(x.paras[1:greatest(1, cardinality(x.paras) - (3 - r))]), xgen.pm(x.paras[1:greatest(1, cardinality(x.paras) - (3 - r))]),
       d.icon, d.color,
       CASE WHEN r = 3 THEN fixture_gen.pick(ARRAY['Final', 'Approved', 'Published to handbook', 'v2', 'Before review'], 'rname', x.d) END,
       d."collaboratorIds", d.id, CASE WHEN r = 2 AND x.kind IN (2, 6, 8) THEN xgen.pid(x.a) ELSE xgen.pid(x.s) END,
       x.cr + make_interval(mins => 3 + r * (10 + fixture_gen.n('rcr', x.d * 10 + r, 600))), x.cr + make_interval(mins => 3 + r * (10 + fixture_gen.n('rcr', x.d * 10 + r, 600)))
FROM xgen.doc x JOIN documents d ON d.id = xgen.u4('doc', x.d)
CROSS JOIN generate_series(1, 3) r
WHERE r <= 1 + x.d % 3 OR r = 3 AND x.d % 5 = 0;

-- ---------------------------------------------------------------------
-- Public links, stars, pins, views.
CREATE TABLE shares (
    id uuid PRIMARY KEY,
    "urlId" varchar(255),
    published boolean NOT NULL DEFAULT false,
    "includeChildDocuments" boolean NOT NULL DEFAULT false,
    domain varchar(255) UNIQUE,
    "allowIndexing" boolean NOT NULL DEFAULT true,
    "showLastUpdated" boolean NOT NULL DEFAULT false,
    "showTOC" boolean NOT NULL DEFAULT false,
    views integer NOT NULL DEFAULT 0,
    "lastAccessedAt" timestamptz,
    "revokedAt" timestamptz,
    "revokedById" uuid REFERENCES users (id),
    "userId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "documentId" uuid REFERENCES documents (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("urlId", "teamId")
);
INSERT INTO shares
SELECT xgen.u4('share', x.d),
       CASE WHEN x.kind IN (4, 11) AND x.d % 3 = 0 THEN xgen.slug(x.title) || '-' || x.d END,
       x.kind IN (4, 11, 12, 5) OR x.d % 4 = 0, x.kind = 4 AND x.d % 2 = 0,
       CASE x.d WHEN (SELECT min(d) FROM xgen.doc WHERE team = 1 AND kind = 4) THEN 'docs.kestrelrobotics.com' WHEN (SELECT min(d) FROM xgen.doc WHERE team = 3 AND kind = 4) THEN 'hilfe.lumenpress.de' END,
       x.kind IN (4, 11), x.d % 2 = 1, x.kind = 4,
       fixture_gen.n('shv', x.d, 900), xgen.at('shla', x.d, xgen.snap() - interval '60 days', xgen.snap()),
       CASE WHEN x.kind IN (0, 7, 9) THEN x.cr + interval '9 days' END, CASE WHEN x.kind IN (0, 7, 9) THEN xgen.pid(x.o) END,
       xgen.pid(x.s), xgen.tid(x.team), xgen.u4('doc', x.d), NULL, x.cr + interval '2 hours', x.cr + interval '2 hours'
FROM xgen.doc x WHERE x.kind IN (4, 11, 12, 5) AND x.d % 3 <> 1 OR x.kind IN (0, 7, 9) AND x.d % 5 = 0;
INSERT INTO shares (id, published, "includeChildDocuments", views, "lastAccessedAt", "userId", "teamId", "collectionId", "createdAt", "updatedAt")
VALUES (xgen.u4('share', 1001), true, true, 4210, timestamptz '2025-01-19 22:41:07.310+00', xgen.pid(1), xgen.tid(1), xgen.u4('col', 1), timestamptz '2024-05-03 12:00:41.233+00', timestamptz '2024-05-03 12:00:41.233+00'),
       (xgen.u4('share', 1002), true, true, 377, timestamptz '2025-01-17 08:13:52.006+00', xgen.pid(131), xgen.tid(2), xgen.u4('col', 8), timestamptz '2023-02-28 09:30:12.500+00', timestamptz '2023-02-28 09:30:12.500+00');

CREATE TABLE stars (
    id uuid PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "documentId" uuid REFERENCES documents (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    index varchar(255),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO stars
SELECT xgen.u4('star', k), xgen.pid(xgen.member(x.team, 'stu', k)),
       CASE WHEN k % 6 <> 0 THEN xgen.u4('doc', x.d) END, CASE WHEN k % 6 = 0 THEN xgen.u4('col', x.coll) END,
       chr(ascii('h') + k % 12) || chr(ascii('a') + fixture_gen.n('stix', k, 26)),
       greatest(x.cr, xgen.at('stcr', k, x.cr, xgen.snap())), greatest(x.cr, xgen.at('stcr', k, x.cr, xgen.snap()))
FROM generate_series(1, 320) k JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('std', k, 380);

CREATE TABLE pins (
    id uuid PRIMARY KEY,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid NOT NULL REFERENCES users (id),
    index varchar(255),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO pins
SELECT xgen.u4('pin', x.d), xgen.u4('doc', x.d), CASE WHEN x.d % 4 <> 0 THEN xgen.u4('col', x.coll) END, xgen.tid(x.team), xgen.pid(x.s),
       chr(ascii('P') + x.d % 9), x.cr + interval '3 days', x.cr + interval '3 days'
FROM xgen.doc x WHERE x.kind IN (4, 11, 2) AND x.d % 4 IN (0, 1);

CREATE TABLE views (
    id uuid PRIMARY KEY,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    count integer NOT NULL DEFAULT 1,
    "lastEditingAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("documentId", "userId")
);
INSERT INTO views
SELECT DISTINCT ON (x.d, u) xgen.u4('view', k), xgen.u4('doc', x.d), xgen.pid(u), 1 + fixture_gen.n('vwc', k, 40),
       CASE WHEN k % 4 = 0 THEN xgen.at('vwe', k, x.cr, xgen.snap()) END, x.cr + make_interval(mins => 10 + fixture_gen.n('vwcr', k, 5000)),
       xgen.at('vwup', k, x.cr + interval '4 days', xgen.snap())
FROM (SELECT k, 1 + fixture_gen.n('vwd', k, 380) AS dd FROM generate_series(1, 1100) k) y
JOIN xgen.doc x ON x.d = y.dd
CROSS JOIN LATERAL (SELECT xgen.member(x.team, 'vwu', k) AS u) z
ORDER BY x.d, u, k;

-- ---------------------------------------------------------------------
-- Comments (ProseMirror JSON with @mentions) and their reactions.
CREATE TABLE comments (
    id uuid PRIMARY KEY,
    data jsonb NOT NULL,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "parentCommentId" uuid REFERENCES comments (id) ON DELETE CASCADE,
    "createdById" uuid NOT NULL REFERENCES users (id),
    "resolvedAt" timestamptz,
    "resolvedById" uuid REFERENCES users (id),
    reactions jsonb,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
CREATE TABLE xgen.cm AS
SELECT k, x.d, x.kind, x.team, x.s, x.o, xgen.member(x.team, 'cmu', k) AS u, xgen.at('cmcr', k, x.cr + interval '1 hour', least(xgen.snap(), x.cr + interval '40 days')) AS cr,
       CASE WHEN k % 4 = 0 AND k > 4 THEN k - 1 - fixture_gen.n('cmpar', k, 3) END AS par
FROM generate_series(1, 520) k JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('cmd', k, 380);
UPDATE xgen.cm c SET par = NULL WHERE par IS NOT NULL AND NOT EXISTS (SELECT 1 FROM xgen.cm p WHERE p.k = c.par AND p.d = c.d AND p.par IS NULL AND p.cr < c.cr);
INSERT INTO comments
SELECT xgen.u4('cm', c.k),
       xgen.pm(ARRAY[CASE WHEN c.kind IN (0, 2, 7, 9, 10, 12) THEN
         replace(replace(fixture_gen.pick(ARRAY['%m can you double-check the mobile number? I think it changed.', 'Updated the address, %f moved last month.', '%m this has personal details in it, can we restrict the collection?',
                                                'Called and confirmed, thanks %f.', 'Is the emergency contact still right? %m', 'Moved the bank details to the finance sheet, %m please remove them here.',
                                                'Her new number is ' || xgen.ph(c.o) || ', @' || xgen.fn(c.o) || ' can you update?'], 'cmt', c.k), '%m', xgen.ment(c.s)), '%f', xgen.fn(c.s))
         ELSE fixture_gen.pick(ARRAY['LGTM 👍', 'Typo in step 3.', 'Should we link the runbook here?', 'Can we add a diagram?', 'Is this still accurate after the migration?', 'Done.',
                                     'Agreed, let''s keep it.', 'Fixed, thanks!', 'Nit: use the new naming.', xgen.ment(c.s) || ' can you review this section?'], 'cmt2', c.k) END]),
       xgen.u4('doc', c.d), CASE WHEN c.par IS NOT NULL THEN xgen.u4('cm', c.par) END, xgen.pid(c.u),
       CASE WHEN c.par IS NULL AND c.k % 3 = 0 THEN c.cr + interval '2 days' END, CASE WHEN c.par IS NULL AND c.k % 3 = 0 THEN xgen.pid(c.s) END,
       CASE WHEN c.k % 5 = 0 THEN jsonb_build_array(jsonb_build_object('emoji', fixture_gen.pick(ARRAY['👍', '🎉', '❤️', '👀', '✅'], 'cmre', c.k), 'userIds', jsonb_build_array(xgen.pid(c.o)))) ELSE '[]' END,
       c.cr, c.cr + CASE WHEN c.k % 7 = 0 THEN interval '5 minutes' ELSE interval '0' END,
       CASE WHEN c.k % 37 = 9 THEN c.cr + interval '1 day' END
FROM xgen.cm c ORDER BY c.par NULLS FIRST, c.k;

CREATE TABLE reactions (
    id uuid PRIMARY KEY,
    emoji varchar(255) NOT NULL,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "commentId" uuid NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO reactions
SELECT xgen.u4('re', c.k), fixture_gen.pick(ARRAY['👍', '🎉', '❤️', '👀', '✅'], 'cmre', c.k), xgen.pid(c.o), xgen.u4('cm', c.k), c.cr + interval '20 minutes', c.cr + interval '20 minutes'
FROM xgen.cm c WHERE c.k % 5 = 0;

-- ---------------------------------------------------------------------
-- Uploads: the key is the storage path, with the uploader's id and the
-- file's name; avatars and logos under avatars/ and public/.
CREATE TABLE attachments (
    id uuid PRIMARY KEY,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "userId" uuid NOT NULL REFERENCES users (id),
    "documentId" uuid REFERENCES documents (id) ON DELETE SET NULL,
    key varchar(4096) NOT NULL,
    "contentType" varchar(255) NOT NULL,
    size bigint NOT NULL,
    acl varchar(255) NOT NULL,
    "expiresAt" timestamptz,
    "lastAccessedAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO attachments
SELECT xgen.u4('att', k), xgen.tid(x.team), xgen.pid(x.s), xgen.u4('doc', x.d),
       'uploads/' || xgen.pid(x.s) || '/' || xgen.u4('attk', k) || '/' || f.fname, f.ct, f.sz, 'private',
       NULL, xgen.at('atla', k, x.cr, xgen.snap()), x.cr + make_interval(mins => 2 + k % 50), x.cr + make_interval(mins => 2 + k % 50)
FROM (SELECT k, 1 + fixture_gen.n('attd', k, 380) AS dd FROM generate_series(1, 300) k) y
JOIN xgen.doc x ON x.d = y.dd
CROSS JOIN LATERAL (SELECT
  CASE WHEN x.kind = 0 THEN fixture_gen.pick(ARRAY['passport-' || xgen.slug(xgen.nm(x.s)) || '.jpg', 'P45 ' || xgen.nm(x.s) || '.pdf', 'Right to work - ' || xgen.nm(x.s) || '.pdf', 'signed-contract-' || xgen.slug(xgen.nm(x.s)) || '.pdf'], 'attn', k)
       WHEN x.kind = 7 THEN fixture_gen.pick(ARRAY['CV_' || replace(fixture_gen.full_name('ox', x.d), ' ', '_') || '.pdf', replace(fixture_gen.full_name('ox', x.d), ' ', '') || '-portfolio.pdf', 'take-home-' || xgen.slug(fixture_gen.full_name('ox', x.d)) || '.zip'], 'attn', k)
       WHEN x.kind = 9 THEN fixture_gen.pick(ARRAY['GP referral ' || fixture_gen.full_name('ox', x.d) || '.pdf', 'MRI report ' || fixture_gen.full_name('ox', x.d) || ' ' || to_char(x.cr, 'DD-MM-YY') || '.pdf', 'exercise-sheet.pdf'], 'attn', k)
       WHEN x.kind = 10 THEN fixture_gen.pick(ARRAY['Autorenvertrag_' || replace(fixture_gen.full_name('ox', x.d), ' ', '_') || '_unterschrieben.pdf', 'Manuskript_' || replace(fixture_gen.full_name('ox', x.d), ' ', '_') || '_v3.docx'], 'attn', k)
       ELSE fixture_gen.pick(ARRAY['image.png', 'Screenshot ' || to_char(x.cr, 'YYYY-MM-DD') || ' at ' || to_char(x.cr, 'HH24.MI.SS') || '.png', 'architecture.svg', 'grafana-dashboard.png', 'wiring-diagram.pdf', 'IMG_' || (1000 + k * 7) || '.HEIC', 'floorplan.pdf'], 'attn', k) END AS fname) f0
CROSS JOIN LATERAL (SELECT f0.fname,
  CASE WHEN f0.fname ~ '\.pdf$' THEN 'application/pdf' WHEN f0.fname ~ '\.png$' THEN 'image/png' WHEN f0.fname ~ '\.jpg$' THEN 'image/jpeg' WHEN f0.fname ~ '\.svg$' THEN 'image/svg+xml'
       WHEN f0.fname ~ '\.zip$' THEN 'application/zip' WHEN f0.fname ~ '\.HEIC$' THEN 'image/heic' ELSE 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' END AS ct,
  (20000 + fixture_gen.n('atsz', k, 4000000))::bigint AS sz) f;
INSERT INTO attachments
SELECT xgen.u4('avatar', p.i), xgen.tid(p.team), p.id, NULL, 'avatars/' || p.id || '/' || xgen.u4('avk', p.i), 'image/jpeg', 30000 + fixture_gen.n('avsz', p.i, 200000), 'public-read',
       NULL, xgen.at('avla', p.i, xgen.snap() - interval '10 days', xgen.snap()), p.cr + interval '1 day', p.cr + interval '1 day'
FROM xgen.p p JOIN users u ON u.id = p.id WHERE u."avatarUrl" LIKE '/api/attachments.redirect%';
INSERT INTO attachments VALUES
 (xgen.u4('tlogo', 1), xgen.tid(1), xgen.pid(1), NULL, 'public/' || xgen.tid(1) || '/' || xgen.u4('tlk', 1) || '/kestrel-logo.png', 'image/png', 18230, 'public-read', NULL, timestamptz '2025-01-20 08:59:12.100+00', timestamptz '2021-03-08 10:31:44.002+00', timestamptz '2021-03-08 10:31:44.002+00'),
 (xgen.u4('ocav', 3), xgen.tid(1), xgen.pid(6), NULL, 'public/' || xgen.tid(1) || '/' || xgen.u4('tlk', 2) || '/backstage.png', 'image/png', 9114, 'public-read', NULL, timestamptz '2025-01-18 16:40:00.900+00', timestamptz '2024-07-02 13:10:05.117+00', timestamptz '2024-07-02 13:10:05.117+00');

-- ---------------------------------------------------------------------
-- Email subscribers of public links (people outside the workspace),
-- access requests, daily insights, custom properties of documents.
CREATE TABLE share_subscriptions (
    id uuid PRIMARY KEY,
    "shareId" uuid NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    email varchar(255) NOT NULL,
    "emailFingerprint" varchar(255) NOT NULL,
    secret varchar(255) NOT NULL,
    "ipAddress" varchar(45),
    "confirmedAt" timestamptz,
    "unsubscribedAt" timestamptz,
    "lastNotifiedAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO share_subscriptions
SELECT xgen.u4('ss', k), s.id, e.email, xgen.sha(replace(split_part(e.email, '@', 1), '.', '') || '@' || split_part(e.email, '@', 2)),
       xgen.rs('sssec', k, 32), CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('ssip', k) ELSE fixture_gen.ipv4('ssip', k) END,
       CASE WHEN k % 5 <> 0 THEN s."createdAt" + make_interval(days => 2 + k % 30, mins => 7) END,
       CASE WHEN k % 9 = 0 THEN s."createdAt" + make_interval(days => 60 + k % 30) END,
       CASE WHEN k % 5 <> 0 THEN xgen.at('ssln', k, xgen.snap() - interval '30 days', xgen.snap()) END,
       s."createdAt" + make_interval(days => 2 + k % 30), s."createdAt" + make_interval(days => 2 + k % 30, mins => 7)
FROM (SELECT k, fixture_gen.email('ssm', k) AS email, 1 + fixture_gen.n('sss', k, 20) AS si FROM generate_series(1, 90) k) e
JOIN (SELECT id, "createdAt", row_number() OVER (ORDER BY id) AS rn FROM shares WHERE published AND "revokedAt" IS NULL) s ON s.rn = e.si;

CREATE TABLE access_requests (
    id uuid PRIMARY KEY,
    status varchar(255) NOT NULL DEFAULT 'pending',
    "respondedAt" timestamptz,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "responderId" uuid REFERENCES users (id),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO access_requests
SELECT xgen.u4('ar', k), st, CASE WHEN st <> 'pending' THEN y.cr + interval '5 hours' END, xgen.u4('doc', x.d), xgen.pid(xgen.member(x.team, 'aru', k)), xgen.tid(x.team),
       CASE WHEN st <> 'pending' THEN xgen.pid(x.s) END, y.cr, y.cr + CASE WHEN st <> 'pending' THEN interval '5 hours' ELSE interval '0' END
FROM (SELECT k, 1 + fixture_gen.n('ard', k, 380) AS dd, (ARRAY['pending', 'approved', 'approved', 'dismissed'])[1 + fixture_gen.n('arst', k, 4)] AS st,
             xgen.at('arcr', k, timestamptz '2024-10-01+00', xgen.snap()) AS cr FROM generate_series(1, 48) k) y
JOIN xgen.doc x ON x.d = y.dd;

CREATE TYPE "enum_document_insights_period" AS ENUM ('day', 'week');
CREATE TABLE document_insights (
    id uuid PRIMARY KEY,
    date date NOT NULL,
    period "enum_document_insights_period" NOT NULL DEFAULT 'day',
    "viewCount" integer NOT NULL DEFAULT 0,
    "viewerCount" integer NOT NULL DEFAULT 0,
    "commentCount" integer NOT NULL DEFAULT 0,
    "reactionCount" integer NOT NULL DEFAULT 0,
    "revisionCount" integer NOT NULL DEFAULT 0,
    "editorCount" integer NOT NULL DEFAULT 0,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("documentId", date, period)
);
INSERT INTO document_insights
SELECT xgen.u4('di', x.d * 100 + n), (date '2025-01-19' - n * CASE WHEN n % 2 = 0 THEN 7 ELSE 1 END), CASE WHEN n % 2 = 0 THEN 'week' ELSE 'day' END::"enum_document_insights_period",
       v, greatest(1, v / 2), fixture_gen.n('dicm', x.d * 100 + n, 4), fixture_gen.n('dire', x.d * 100 + n, 3), fixture_gen.n('dirv', x.d * 100 + n, 5), fixture_gen.n('died', x.d * 100 + n, 3),
       xgen.u4('doc', x.d), xgen.tid(x.team), (date '2025-01-20' - n * CASE WHEN n % 2 = 0 THEN 7 ELSE 1 END) + time '02:00:11', (date '2025-01-20' - n * CASE WHEN n % 2 = 0 THEN 7 ELSE 1 END) + time '02:00:11'
FROM xgen.doc x CROSS JOIN generate_series(1, 4) n CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('divc', x.d * 100 + n, 60) AS v) vv
WHERE x.d % 4 = 0 AND x.team <> 2;

CREATE TYPE "enum_data_attributes_dataType" AS ENUM ('string', 'number', 'boolean', 'list');
CREATE TABLE data_attributes (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    "dataType" "enum_data_attributes_dataType" NOT NULL,
    options jsonb,
    pinned boolean NOT NULL DEFAULT false,
    index varchar(255),
    "createdById" uuid NOT NULL REFERENCES users (id),
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO data_attributes
SELECT xgen.u4('da', k), a.name, descr, dt::"enum_data_attributes_dataType", opts::jsonb, k % 2 = 1, chr(ascii('a') + k), xgen.pid(t.lo), xgen.tid(a.t),
       timestamptz '2024-09-10 10:00:00+00' + make_interval(hours => k), timestamptz '2024-09-10 10:00:00+00' + make_interval(hours => k), NULL
FROM (VALUES (1, 1, 'Owner', 'Who keeps this page up to date', 'string', NULL),
             (2, 1, 'Status', NULL, 'list', '{"options": [{"value": "Draft", "color": "#868E96"}, {"value": "Current", "color": "#2F9E44"}, {"value": "Outdated", "color": "#E03131"}]}'),
             (3, 1, 'Review date', 'Next review (YYYY-MM-DD)', 'string', NULL),
             (4, 1, 'Confidential', NULL, 'boolean', NULL),
             (5, 3, 'Verantwortlich', 'Wer pflegt diese Seite', 'string', NULL),
             (6, 3, 'Auflage', 'Erstauflage in Exemplaren', 'number', NULL)) a(k, t, name, descr, dt, opts)
JOIN xgen.t t ON t.t = a.t;

CREATE TABLE document_data_attributes (
    id uuid PRIMARY KEY,
    "dataAttributeId" uuid NOT NULL REFERENCES data_attributes (id) ON DELETE CASCADE,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    value text,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO document_data_attributes
SELECT xgen.u4('dda', x.d * 10 + g), xgen.u4('da', g), xgen.u4('doc', x.d),
       CASE g WHEN 1 THEN xgen.nm(x.s) WHEN 2 THEN fixture_gen.pick(ARRAY['Draft', 'Current', 'Current', 'Outdated'], 'ddas', x.d) WHEN 3 THEN to_char(x.cr + interval '1 year', 'YYYY-MM-DD')
              WHEN 4 THEN (x.kind IN (0, 1, 7))::text WHEN 5 THEN xgen.nm(x.s) ELSE (1500 + 500 * (x.d % 8))::text END,
       greatest(x.cr, timestamptz '2024-09-11+00') + make_interval(mins => g), greatest(x.cr, timestamptz '2024-09-11+00') + make_interval(mins => g)
FROM xgen.doc x CROSS JOIN generate_series(1, 6) g
WHERE (x.team = 1 AND g <= 4 AND (x.d + g) % 3 <> 0) OR (x.team = 3 AND g = 5) OR (x.team = 3 AND g = 6 AND x.kind = 10);

CREATE TABLE backlinks (
    id uuid PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES users (id),
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "reverseDocumentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO backlinks
SELECT DISTINCT ON (x.d, y.d) xgen.u4('bl', k), xgen.pid(y.s), xgen.u4('doc', x.d), xgen.u4('doc', y.d), greatest(x.cr, y.cr) + interval '1 hour', greatest(x.cr, y.cr) + interval '1 hour'
FROM generate_series(1, 160) k
JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('blx', k, 380)
JOIN xgen.doc y ON y.d = 1 + fixture_gen.n('bly', k, 380) AND y.team = x.team AND y.d <> x.d
ORDER BY x.d, y.d, k;

CREATE TABLE relationships (
    id uuid PRIMARY KEY,
    "documentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "reverseDocumentId" uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "userId" uuid REFERENCES users (id),
    type varchar(255) NOT NULL DEFAULT 'backlink',
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO relationships
SELECT xgen.u4('rel', k), "documentId", "reverseDocumentId", "userId", 'backlink', "createdAt", "updatedAt"
FROM (SELECT row_number() OVER (ORDER BY id) AS k, * FROM backlinks) b;
INSERT INTO relationships
SELECT DISTINCT ON (x.d, y.d) xgen.u4('rel', 1000 + k), xgen.u4('doc', x.d), xgen.u4('doc', y.d), NULL, 'similar', xgen.snap() - make_interval(days => k % 40), xgen.snap() - make_interval(days => k % 40)
FROM generate_series(1, 120) k
JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('rsx', k, 380)
JOIN xgen.doc y ON y.team = x.team AND y.kind = x.kind AND y.d <> x.d AND y.d = (SELECT min(z.d) FROM xgen.doc z WHERE z.team = x.team AND z.kind = x.kind AND z.d > x.d)
ORDER BY x.d, y.d, k;

CREATE TABLE emojis (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    url varchar(4096) NOT NULL,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid NOT NULL REFERENCES users (id),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("teamId", name)
);
INSERT INTO emojis
SELECT xgen.u4('emoji', k), e.name, '/api/attachments.redirect?id=' || xgen.u4('emk', k), xgen.tid(1 + k % 3), xgen.pid(xgen.member(1 + k % 3, 'emu', k)),
       xgen.at('emcr', k, timestamptz '2024-04-01+00', xgen.snap()), xgen.at('emcr', k, timestamptz '2024-04-01+00', xgen.snap())
FROM (SELECT k, (ARRAY['shipit', 'lgtm', 'partyparrot', 'robot-dance', 'kestrel', 'this-is-fine', 'tea', 'ack', 'blobcat', 'facepalm', 'hype', 'deploy', 'rubber-duck', 'thanks', 'wip', 'plus-one',
                        'coffee', 'party-blob', 'ok-hand', 'eyes-shifty', 'typo', 'done', 'clap-clap', 'sos'])[1 + (k - 1) / 3 % 24] || CASE WHEN k > 72 THEN '2' ELSE '' END AS name
      FROM generate_series(1, 72) k) e;

-- ---------------------------------------------------------------------
-- Groups and memberships.
CREATE TABLE groups (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text,
    "externalId" varchar(255),
    "disableMentions" boolean NOT NULL DEFAULT false,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid NOT NULL REFERENCES users (id),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO groups
SELECT xgen.u4('grp', g.k), g.name, g.descr, CASE WHEN g.t = 3 THEN xgen.u4('entragrp', g.k)::text END, g.k IN (2, 12), xgen.tid(g.t), xgen.pid(t.lo),
       t.cr + make_interval(days => 3 + g.k), xgen.at('grup', g.k, timestamptz '2024-06-01+00', xgen.snap()), CASE WHEN g.k = 6 THEN timestamptz '2023-11-30 17:20:05.118+00' END
FROM (VALUES (1, 1, 'Engineering', 'Everyone shipping code'), (2, 1, 'Leadership', NULL), (3, 1, 'Field Ops', 'Install and support technicians'), (4, 1, 'People team', 'HR, payroll and recruiting'),
             (5, 1, 'On-call', 'Current and past on-call engineers'), (6, 1, 'Contractors 2023', NULL), (7, 2, 'Clinicians', 'All HCPC-registered staff'), (8, 2, 'Reception', NULL),
             (9, 2, 'Clinical governance', 'Approves protocols'), (10, 2, 'Bristol Harbourside', 'Staff based at the Harbourside clinic'), (11, 2, 'Clinic managers', NULL),
             (12, 3, 'Geschäftsführung', NULL), (13, 3, 'Lektorat', 'Alle Lektorinnen und Lektoren'), (14, 3, 'Herstellung', NULL), (15, 3, 'Buchhaltung', 'Honorare und Rechnungen')) g(k, t, name, descr)
JOIN xgen.t t ON t.t = g.t;

CREATE TABLE group_users (
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "groupId" uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    "createdById" uuid REFERENCES users (id),
    permission varchar(255) NOT NULL DEFAULT 'member',
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz,
    PRIMARY KEY ("groupId", "userId")
);
INSERT INTO group_users
SELECT DISTINCT ON (g.k, u) xgen.pid(u), xgen.u4('grp', g.k), xgen.pid(t.lo), CASE WHEN m % 9 = 0 THEN 'admin' ELSE 'member' END,
       t.cr + make_interval(days => 5 + m), t.cr + make_interval(days => 5 + m), NULL
FROM (VALUES (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 2), (8, 2), (9, 2), (10, 2), (11, 2), (12, 3), (13, 3), (14, 3), (15, 3)) g(k, t)
JOIN xgen.t t ON t.t = g.t
CROSS JOIN generate_series(1, 14) m
CROSS JOIN LATERAL (SELECT xgen.member(g.t, 'gu' || g.k, m) AS u) z
ORDER BY g.k, u, m;

CREATE TABLE group_permissions (
    id uuid PRIMARY KEY,
    "groupId" uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "documentId" uuid REFERENCES documents (id) ON DELETE CASCADE,
    "sourceId" uuid REFERENCES group_permissions (id) ON DELETE CASCADE,
    permission varchar(255) NOT NULL,
    "createdById" uuid NOT NULL REFERENCES users (id),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO group_permissions
SELECT xgen.u4('gp', k), xgen.u4('grp', g), xgen.u4('col', c), NULL, NULL, perm, xgen.pid(CASE WHEN c <= 7 OR c >= 17 THEN 1 WHEN c <= 12 THEN 131 ELSE 211 END),
       timestamptz '2022-06-01 09:00:00+00' + make_interval(days => k), timestamptz '2022-06-01 09:00:00+00' + make_interval(days => k), NULL
FROM (VALUES (1, 4, 2, 'read_write'), (2, 2, 2, 'read'), (3, 4, 4, 'admin'), (4, 1, 4, 'read'), (5, 2, 7, 'read_write'), (6, 5, 3, 'read_write'), (7, 3, 17, 'admin'),
             (8, 7, 9, 'read_write'), (9, 9, 9, 'admin'), (10, 11, 9, 'read'), (11, 9, 8, 'admin'), (12, 11, 10, 'admin'), (13, 13, 14, 'read_write'), (14, 15, 14, 'read'),
             (15, 12, 14, 'admin'), (16, 14, 15, 'admin'), (17, 13, 13, 'admin')) x(k, g, c, perm);

CREATE TABLE user_permissions (
    id uuid PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "documentId" uuid REFERENCES documents (id) ON DELETE CASCADE,
    "sourceId" uuid REFERENCES user_permissions (id) ON DELETE CASCADE,
    permission varchar(255) NOT NULL,
    "createdById" uuid NOT NULL REFERENCES users (id),
    index varchar(255),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO user_permissions
SELECT DISTINCT ON (x.d, u) xgen.u4('up', k), xgen.pid(u), NULL, xgen.u4('doc', x.d), NULL, CASE WHEN k % 3 = 0 THEN 'read' ELSE 'read_write' END, xgen.pid(x.s),
       CASE WHEN k % 4 = 0 THEN chr(ascii('a') + k % 26) END, x.cr + interval '1 day', x.cr + interval '1 day'
FROM generate_series(1, 260) k
JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('upd', k, 380)
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 = 0 THEN (SELECT i FROM xgen.p WHERE team = x.team AND guest ORDER BY i OFFSET fixture_gen.n('upg', k, 3) LIMIT 1) ELSE xgen.member(x.team, 'upu', k) END AS u) z
ORDER BY x.d, u, k;
INSERT INTO user_permissions
SELECT DISTINCT ON (c.k, u) xgen.u4('up', 1000 + g), xgen.pid(u), xgen.u4('col', c.k), NULL, NULL, CASE WHEN g % 4 = 0 THEN 'admin' ELSE 'read_write' END, xgen.pid(t.lo), NULL,
       t.cr + make_interval(days => 20 + g), t.cr + make_interval(days => 20 + g)
FROM generate_series(1, 40) g JOIN xgen.col c ON c.k = (ARRAY[2, 4, 7, 9, 14])[1 + g % 5] JOIN xgen.t t ON t.t = c.t
CROSS JOIN LATERAL (SELECT xgen.member(c.t, 'upcu', g) AS u) z
ORDER BY c.k, u, g;
-- Child documents inherit their parent's grants (sourceId).
INSERT INTO user_permissions
SELECT xgen.u4('upc', row_number() OVER (ORDER BY up.id, x.d)), up."userId", NULL, xgen.u4('doc', x.d), up.id, up.permission, up."createdById", NULL, up."createdAt", up."updatedAt"
FROM user_permissions up JOIN xgen.doc p ON xgen.u4('doc', p.d) = up."documentId" JOIN xgen.doc x ON x.parent = p.d;

-- ---------------------------------------------------------------------
-- Notifications and subscriptions.
CREATE TABLE subscriptions (
    id uuid PRIMARY KEY,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "documentId" uuid REFERENCES documents (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    event varchar(255) NOT NULL,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO subscriptions
SELECT DISTINCT ON (x.d, u) xgen.u4('sub', k), xgen.pid(u), CASE WHEN k % 8 <> 0 THEN xgen.u4('doc', x.d) END, CASE WHEN k % 8 = 0 THEN xgen.u4('col', x.coll) END,
       'documents.update', x.cr + make_interval(mins => 30 + k), x.cr + make_interval(mins => 30 + k), CASE WHEN k % 13 = 0 THEN x.cr + make_interval(days => 20) END
FROM generate_series(1, 420) k
JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('subd', k, 380)
CROSS JOIN LATERAL (SELECT CASE WHEN k % 2 = 0 THEN x.s ELSE xgen.member(x.team, 'subu', k) END AS u) z
ORDER BY x.d, u, k;

CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    event varchar(255),
    "actorId" uuid REFERENCES users (id) ON DELETE CASCADE,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "documentId" uuid REFERENCES documents (id) ON DELETE CASCADE,
    "revisionId" uuid REFERENCES revisions (id) ON DELETE CASCADE,
    "commentId" uuid REFERENCES comments (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "membershipId" uuid,
    "emailedAt" timestamptz,
    "viewedAt" timestamptz,
    "archivedAt" timestamptz,
    "createdAt" timestamptz NOT NULL
);
INSERT INTO notifications
SELECT xgen.u4('nt', c.k), CASE WHEN c.par IS NOT NULL THEN 'comments.create' WHEN c.k % 3 = 0 THEN 'comments.mentioned' ELSE 'comments.create' END,
       xgen.pid(c.u), xgen.pid(c.s), xgen.tid(c.team), xgen.u4('doc', c.d), NULL, xgen.u4('cm', c.k), NULL, NULL,
       CASE WHEN c.k % 2 = 0 THEN c.cr + interval '2 minutes' END, CASE WHEN c.k % 4 <> 3 THEN c.cr + make_interval(hours => 1 + c.k % 30) END,
       CASE WHEN c.k % 6 = 1 THEN c.cr + interval '3 days' END, c.cr + interval '1 second'
FROM xgen.cm c WHERE c.u <> c.s;
INSERT INTO notifications
SELECT xgen.u4('nt', 5000 + r.k), CASE WHEN r.k % 2 = 0 THEN 'documents.update' ELSE 'documents.publish' END, r."userId", s."userId", d."teamId", d.id, CASE WHEN r.k % 2 = 0 THEN r.id END,
       NULL, CASE WHEN r.k % 2 = 1 THEN d."collectionId" END, NULL,
       CASE WHEN r.k % 3 = 0 THEN r."createdAt" + interval '5 minutes' END, CASE WHEN r.k % 5 <> 0 THEN r."createdAt" + interval '9 hours' END, NULL, r."createdAt" + interval '2 seconds'
FROM (SELECT row_number() OVER (ORDER BY id) AS k, * FROM revisions) r
JOIN documents d ON d.id = r."documentId"
JOIN LATERAL (SELECT "userId" FROM subscriptions s WHERE s."documentId" = d.id AND s."userId" <> r."userId" ORDER BY s.id LIMIT 1) s ON true
WHERE r.k % 2 = 0 OR r.k % 7 = 1;
INSERT INTO notifications
SELECT xgen.u4('nt', 9000 + k), 'documents.add_user', xgen.pid(xgen.member(1, 'ntau', k)), up."userId", xgen.tid(1), up."documentId", NULL, NULL, NULL, up.id, up."createdAt" + interval '1 minute', NULL, NULL, up."createdAt"
FROM (SELECT row_number() OVER (ORDER BY id) AS k, * FROM user_permissions WHERE "documentId" IS NOT NULL AND "sourceId" IS NULL) up WHERE k <= 80;

-- ---------------------------------------------------------------------
-- The event log: data JSON as each event writes it, changes as the
-- changeset decorator records them, the request's IP.
CREATE TABLE events (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    "modelId" uuid,
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "actorId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "userId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "collectionId" uuid REFERENCES collections (id) ON DELETE SET NULL,
    "documentId" uuid REFERENCES documents (id) ON DELETE SET NULL,
    data jsonb,
    changes jsonb,
    ip varchar(255),
    "authType" varchar(255),
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
CREATE TABLE xgen.ev AS
SELECT k, (ARRAY['users.signin', 'users.signin', 'users.signin', 'documents.update', 'documents.update', 'documents.update', 'documents.publish', 'documents.create', 'documents.view',
                 'users.invite', 'users.create', 'users.update', 'users.suspend', 'users.promote', 'documents.delete', 'documents.download', 'collections.create', 'shares.create',
                 'api_keys.create', 'comments.create', 'teams.update', 'documents.move', 'documents.archive', 'groups.add_user'])[1 + fixture_gen.n('evn', k, 24)] AS name,
       1 + fixture_gen.n('evd', k, 380) AS dd, xgen.at('evcr', k, timestamptz '2024-07-01+00', xgen.snap()) AS cr
FROM generate_series(1, 1900) k;
INSERT INTO events
SELECT xgen.u4('ev', e.k), e.name,
       CASE WHEN e.name LIKE 'users.%' OR e.name = 'groups.add_user' THEN xgen.pid(u) WHEN e.name LIKE 'documents.%' THEN xgen.u4('doc', x.d) WHEN e.name = 'collections.create' THEN xgen.u4('col', x.coll)
            WHEN e.name = 'shares.create' THEN xgen.u4('share', x.d) WHEN e.name = 'api_keys.create' THEN xgen.u4('apikey', 1 + e.k % 72) WHEN e.name = 'comments.create' THEN xgen.u4('cm', 1 + e.k % 500)
            WHEN e.name = 'teams.update' THEN xgen.tid(x.team) END,
       xgen.tid(x.team), xgen.pid(CASE WHEN e.name = 'users.signin' THEN u ELSE x.s END),
       CASE WHEN e.name LIKE 'users.%' OR e.name = 'groups.add_user' THEN xgen.pid(u) END,
       CASE WHEN e.name IN ('documents.publish', 'documents.create', 'documents.move', 'collections.create', 'documents.archive') THEN xgen.u4('col', x.coll) END,
       CASE WHEN e.name LIKE 'documents.%' THEN xgen.u4('doc', x.d) END,
       CASE e.name
         WHEN 'users.signin' THEN jsonb_build_object('name', xgen.nm(u), 'service', CASE x.team WHEN 1 THEN 'google' WHEN 2 THEN 'slack' ELSE 'azure' END)
         WHEN 'users.invite' THEN jsonb_build_object('email', xgen.em(u), 'name', xgen.nm(u), 'role', 'member')
         WHEN 'users.create' THEN jsonb_build_object('name', xgen.nm(u))
         WHEN 'users.update' THEN jsonb_build_object('name', xgen.nm(u))
         WHEN 'users.suspend' THEN jsonb_build_object('name', xgen.nm(u))
         WHEN 'users.promote' THEN jsonb_build_object('name', xgen.nm(u), 'role', 'admin')
         WHEN 'groups.add_user' THEN jsonb_build_object('name', xgen.nm(u), 'membershipId', xgen.u4('gm', e.k))
         WHEN 'documents.update' THEN jsonb_build_object('title', x.title, 'autosave', e.k % 3 <> 0, 'done', e.k % 3 = 0)
         WHEN 'documents.create' THEN jsonb_build_object('title', x.title, 'source', CASE WHEN x.imported THEN 'import' END)
         WHEN 'documents.download' THEN jsonb_build_object('title', x.title, 'format', fixture_gen.pick(ARRAY['pdf', 'markdown', 'html'], 'evfmt', e.k))
         WHEN 'documents.move' THEN jsonb_build_object('title', x.title, 'collectionIds', jsonb_build_array(xgen.u4('col', x.coll)), 'documentIds', jsonb_build_array(xgen.u4('doc', x.d)))
         WHEN 'documents.view' THEN NULL
         WHEN 'collections.create' THEN jsonb_build_object('name', (SELECT name FROM xgen.col WHERE k = x.coll))
         WHEN 'shares.create' THEN jsonb_build_object('name', x.title)
         WHEN 'api_keys.create' THEN jsonb_build_object('name', (SELECT name FROM "apiKeys" WHERE id = xgen.u4('apikey', 1 + e.k % 72)))
         WHEN 'comments.create' THEN NULL
         ELSE jsonb_build_object('title', x.title) END,
       CASE e.name
         WHEN 'users.update' THEN CASE e.k % 3
              WHEN 0 THEN jsonb_build_object('attributes', jsonb_build_object('name', xgen.nm(u)), 'previous', jsonb_build_object('name', xgen.fn(u) || ' ' || fixture_gen.last_name('maiden', u)))
              WHEN 1 THEN jsonb_build_object('attributes', jsonb_build_object('email', xgen.em(u)), 'previous', jsonb_build_object('email', fixture_gen.email('prevmail', u)))
              ELSE jsonb_build_object('attributes', jsonb_build_object('avatarUrl', '/api/attachments.redirect?id=' || xgen.u4('avatar', u)), 'previous', jsonb_build_object('avatarUrl', NULL)) END
         WHEN 'users.promote' THEN jsonb_build_object('attributes', jsonb_build_object('role', 'admin'), 'previous', jsonb_build_object('role', 'member'))
         WHEN 'users.suspend' THEN jsonb_build_object('attributes', jsonb_build_object('suspendedAt', e.cr), 'previous', jsonb_build_object('suspendedAt', NULL))
         WHEN 'teams.update' THEN jsonb_build_object('attributes', jsonb_build_object('sharing', e.k % 2 = 0, 'defaultUserRole', 'member'), 'previous', jsonb_build_object('sharing', e.k % 2 = 1, 'defaultUserRole', 'viewer'))
         WHEN 'documents.update' THEN CASE WHEN e.k % 4 = 0 THEN jsonb_build_object('attributes', jsonb_build_object('title', x.title), 'previous', jsonb_build_object('title', 'Untitled')) END END,
       CASE WHEN e.name IN ('documents.view') AND e.k % 2 = 0 THEN NULL WHEN e.k % 4 = 0 THEN fixture_gen.ipv6('evip', u) ELSE fixture_gen.ipv4('uip', u) END,
       CASE WHEN e.k % 11 = 0 THEN 'api' ELSE 'app' END, e.cr, e.cr
FROM xgen.ev e JOIN xgen.doc x ON x.d = e.dd
CROSS JOIN LATERAL (SELECT xgen.member(x.team, 'evu', e.k) AS u) z;

-- ---------------------------------------------------------------------
-- Integrations: Slack channel posts (incoming-webhook URLs), the Slack
-- command, users' linked Slack accounts, GitHub and Linear embeds,
-- analytics and diagrams; their encrypted tokens.
CREATE TABLE integration_authentications (
    id uuid PRIMARY KEY,
    service varchar(255),
    scopes varchar(255)[],
    token bytea,
    "refreshToken" bytea,
    "expiresAt" timestamptz,
    "userId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO integration_authentications
SELECT xgen.u4('ia', k), svc, sc, xgen.enc('iatok', k, CASE svc WHEN 'slack' THEN 57 WHEN 'github' THEN 40 ELSE 60 END),
       CASE WHEN svc IN ('github', 'linear') THEN xgen.enc('iart', k, 80) END, CASE WHEN svc IN ('github', 'linear') THEN xgen.snap() + make_interval(hours => 8 - k % 8) END,
       xgen.pid(own), xgen.tid(t), timestamptz '2022-02-01 10:00:00+00' + make_interval(days => 37 * k), timestamptz '2022-02-01 10:00:00+00' + make_interval(days => 37 * k)
FROM (VALUES (1, 'slack', ARRAY['incoming-webhook', 'commands', 'links:read', 'links:write'], 1, 1), (2, 'slack', ARRAY['incoming-webhook', 'commands'], 131, 2),
             (3, 'slack', ARRAY['incoming-webhook'], 140, 2), (4, 'slack', ARRAY['incoming-webhook'], 6, 1), (5, 'github', ARRAY['read:org', 'repo'], 6, 1),
             (6, 'linear', ARRAY['read'], 1, 1), (7, 'slack', ARRAY['identity.basic', 'identity.email'], 150, 2), (8, 'slack', ARRAY['identity.basic', 'identity.email'], 160, 2),
             (9, 'github', ARRAY['read:org', 'repo'], 215, 3)) a(k, svc, sc, own, t);

CREATE TABLE integrations (
    id uuid PRIMARY KEY,
    type varchar(255),
    service varchar(255),
    settings jsonb,
    events varchar(255)[],
    "issueSources" jsonb,
    "userId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "collectionId" uuid REFERENCES collections (id) ON DELETE CASCADE,
    "authenticationId" uuid REFERENCES integration_authentications (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
-- Channel posts: one incoming webhook per collection that posts to Slack.
INSERT INTO integrations
SELECT xgen.u4('int', c.k), 'post', 'slack',
       jsonb_build_object('url', 'https://hooks.slack.com/' || 'services/' || ap."providerId" || '/B0' || fixture_gen.chars('intb', c.k, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('intw', c.k, 24),
                          'channel', fixture_gen.pick(ARRAY['#eng-docs', '#announcements', '#oncall', '#people-team', '#field-ops', '#clinical-updates', '#rota', '#staff-news', '#general'], 'intch', c.k),
                          'channelId', 'C0' || fixture_gen.chars('intc', c.k, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
       ARRAY['documents.publish', 'documents.update'], NULL, xgen.pid(CASE c.t WHEN 1 THEN 6 ELSE 140 END), xgen.tid(c.t), xgen.u4('col', c.k),
       xgen.u4('ia', CASE c.t WHEN 1 THEN CASE WHEN c.k % 2 = 0 THEN 1 ELSE 4 END ELSE CASE WHEN c.k % 2 = 0 THEN 2 ELSE 3 END END),
       t.cr + make_interval(days => 30 + c.k * 11), t.cr + make_interval(days => 30 + c.k * 11), NULL
FROM xgen.col c JOIN xgen.t t ON t.t = c.t JOIN authentication_providers ap ON ap.id = xgen.u4('ap', CASE c.t WHEN 1 THEN 2 ELSE 3 END)
WHERE c.t IN (1, 2) AND c.k NOT IN (4, 9, 18);
INSERT INTO integrations
SELECT xgen.u4('int', 100 + p.i), 'linkedAccount', 'slack',
       jsonb_build_object('slack', jsonb_build_object('serviceTeamId', ap."providerId", 'serviceUserId', ua."providerId")),
       NULL, NULL, p.id, xgen.tid(2), NULL, xgen.u4('ia', 7 + p.i % 2), p.cr + interval '2 days', p.cr + interval '2 days', NULL
FROM xgen.p p JOIN user_authentications ua ON ua."userId" = p.id JOIN authentication_providers ap ON ap.id = xgen.u4('ap', 3)
WHERE p.team = 2 AND p.i % 3 = 0;
INSERT INTO integrations VALUES
 (xgen.u4('int', 50), 'command', 'slack', jsonb_build_object('serviceTeamId', (SELECT "providerId" FROM authentication_providers WHERE id = xgen.u4('ap', 3))), NULL, NULL, xgen.pid(131), xgen.tid(2), NULL, xgen.u4('ia', 2),
  timestamptz '2021-10-04 11:22:09.331+00', timestamptz '2021-10-04 11:22:09.331+00', NULL),
 (xgen.u4('int', 51), 'embed', 'github', '{"github": {"installation": {"id": 41872231, "account": {"id": 80412259, "name": "kestrel-robotics", "avatarUrl": "https://avatars.githubusercontent.com/u/80412259?v=4"}}}}', NULL,
  '[{"id": 612004311, "name": "fleet-api", "owner": {"id": 80412259, "name": "kestrel-robotics"}, "service": "github"}, {"id": 612004987, "name": "robot-firmware", "owner": {"id": 80412259, "name": "kestrel-robotics"}, "service": "github"}]',
  xgen.pid(6), xgen.tid(1), NULL, xgen.u4('ia', 5), timestamptz '2023-03-14 15:02:44.870+00', timestamptz '2024-08-20 09:11:02.318+00', NULL),
 (xgen.u4('int', 52), 'embed', 'linear', ('{"linear": {"workspace": {"id": "' || xgen.u4('linws', 1) || '", "name": "Kestrel", "key": "kestrel", "logoUrl": "https://public.linear.app/' || xgen.u4('linlogo', 1) || '/logo.png"}}}')::jsonb, NULL, NULL,
  xgen.pid(1), xgen.tid(1), NULL, xgen.u4('ia', 6), timestamptz '2024-04-02 08:40:31.004+00', timestamptz '2024-04-02 08:40:31.004+00', NULL),
 (xgen.u4('int', 53), 'analytics', 'google-analytics', '{"measurementId": "G-8QK3T2LX0P"}', NULL, NULL, xgen.pid(1), xgen.tid(1), NULL, NULL, timestamptz '2022-07-19 12:00:14.201+00', timestamptz '2022-07-19 12:00:14.201+00', NULL),
 (xgen.u4('int', 54), 'analytics', 'umami', ('{"measurementId": "' || xgen.u4('umami', 3) || '", "instanceUrl": "https://statistik.lumenpress.de", "scriptName": "script.js"}')::jsonb, NULL, NULL, xgen.pid(211), xgen.tid(3), NULL, NULL,
  timestamptz '2023-09-05 07:31:50.660+00', timestamptz '2023-09-05 07:31:50.660+00', NULL),
 (xgen.u4('int', 55), 'embed', 'diagrams', '{"diagrams": {"url": "https://drawio.kestrelrobotics.com"}}', NULL, NULL, xgen.pid(6), xgen.tid(1), NULL, NULL,
  timestamptz '2022-11-08 16:16:16.616+00', timestamptz '2022-11-08 16:16:16.616+00', NULL),
 (xgen.u4('int', 56), 'embed', 'github', ('{"github": {"installation": {"id": 52201874, "account": {"id": 3317845, "name": "' || (SELECT xgen.fold(f) || '-' || xgen.fold(l) FROM xgen.p WHERE i = 215) || '", "avatarUrl": "https://avatars.githubusercontent.com/u/3317845?v=4"}}}}')::jsonb, NULL,
  NULL, xgen.pid(215), xgen.tid(3), NULL, xgen.u4('ia', 9), timestamptz '2024-02-27 10:05:19.432+00', timestamptz '2024-02-27 10:05:19.432+00', timestamptz '2024-05-02 08:00:00.000+00');

-- ---------------------------------------------------------------------
-- Webhooks: the URL (some are catch-hook URLs whose path is the
-- credential), the encrypted signing secret, and deliveries with the
-- payload as sent.
CREATE TABLE webhook_subscriptions (
    id uuid PRIMARY KEY,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdById" uuid REFERENCES users (id) ON DELETE SET NULL,
    url varchar(255) NOT NULL,
    enabled boolean NOT NULL,
    name varchar(255) NOT NULL,
    events varchar(255)[] NOT NULL,
    secret bytea,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO webhook_subscriptions
SELECT xgen.u4('wh', w.k), xgen.tid(w.t), xgen.pid(xgen.member(w.t, 'whu', w.k)), w.url, w.k NOT IN (4, 9), w.name, w.ev,
       CASE WHEN w.k % 3 <> 2 THEN xgen.enc('whsec', w.k, 42) END,
       t.cr + make_interval(days => 200 + 40 * w.k), t.cr + make_interval(days => 210 + 40 * w.k), CASE WHEN w.k = 9 THEN timestamptz '2024-10-30 10:10:10.101+00' END
FROM (VALUES
  (1, 1, 'Zapier: publish to #announcements', 'https://hooks.zapier.com/' || 'hooks/catch/' || fixture_gen.digits('whz', 1, 8) || '/' || fixture_gen.chars('whz', 1, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/', ARRAY['documents.publish']),
  (2, 1, 'Search indexer', 'https://docs-search.kestrelrobotics.com/outline/webhook', ARRAY['documents', 'collections']),
  (3, 1, 'n8n onboarding flow', 'https://n8n.kestrel.dev/webhook/' || xgen.u4('whn8n', 3), ARRAY['users.create', 'users.invite', 'users.suspend']),
  (4, 1, 'Pipedream test', 'https://eo' || fixture_gen.chars('whpd', 4, 15, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.m.pipedream.net', ARRAY['documents.update']),
  (5, 2, 'Cliniko bridge', 'https://bridge.tidepoolphysio.co.uk/hooks/outline', ARRAY['documents.publish', 'documents.update']),
  (6, 2, 'Power Automate escalations', 'https://prod-' || (10 + fixture_gen.n('whpa', 6, 80)) || '.uksouth.logic.azure.com:443/workflows/' || fixture_gen.hexn('whpa', 6, 32)
         || '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=' || fixture_gen.chars('whsig', 6, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), ARRAY['documents.create', 'comments.create']),
  (7, 3, 'Make: Autorenverträge → Buchhaltung', 'https://hook.eu1.make.com/' || fixture_gen.chars('whmk', 7, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), ARRAY['documents.publish']),
  (8, 3, 'Intranet-Sync', 'https://intranet.lumenpress.de/api/outline-events', ARRAY['documents', 'users']),
  (9, 1, 'Zapier: new users to HRIS', 'https://hooks.zapier.com/' || 'hooks/catch/' || fixture_gen.digits('whz', 9, 8) || '/' || fixture_gen.chars('whz', 9, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/', ARRAY['users.create'])) w(k, t, name, url, ev)
JOIN xgen.t t ON t.t = w.t;

CREATE TABLE webhook_deliveries (
    id uuid PRIMARY KEY,
    "webhookSubscriptionId" uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    status varchar(255) NOT NULL,
    "statusCode" integer,
    "requestBody" jsonb,
    "requestHeaders" jsonb,
    "responseBody" text,
    "responseHeaders" jsonb,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
CREATE TABLE xgen.wd AS
SELECT k, w.wk, w.t, e.*
FROM generate_series(1, 420) k
JOIN (VALUES (1, 1), (2, 1), (3, 1), (4, 1), (5, 2), (6, 2), (7, 3), (8, 3), (9, 1)) w(wk, t) ON w.wk = 1 + fixture_gen.n('wdw', k, 9)
CROSS JOIN LATERAL (SELECT x.d, x.title, x.paras, x.s, x.coll, xgen.member(w.t, 'wdu', k) AS u, xgen.at('wdcr', k, timestamptz '2024-10-01+00', xgen.snap()) AS cr,
                           CASE WHEN w.wk IN (3, 9) OR w.wk = 8 AND k % 2 = 0 THEN (ARRAY['users.create', 'users.invite', 'users.update'])[1 + k % 3]
                                WHEN w.wk = 6 AND k % 2 = 0 THEN 'comments.create' ELSE (ARRAY['documents.publish', 'documents.update'])[1 + k % 2] END AS ev
                    FROM xgen.doc x WHERE x.team = w.t ORDER BY fixture_gen.n('wdd', k * 1000 + x.d, 100000) LIMIT 1) e;
INSERT INTO webhook_deliveries
SELECT xgen.u4('wd', w.k), xgen.u4('wh', w.wk),
       CASE WHEN w.wk = 4 AND w.k % 3 = 0 OR w.k % 17 = 5 THEN 'failed' ELSE 'success' END,
       CASE WHEN w.wk = 4 AND w.k % 3 = 0 THEN 410 WHEN w.k % 17 = 5 THEN 502 ELSE 200 END,
       jsonb_build_object('id', xgen.u4('wdev', w.k), 'actorId', xgen.pid(w.s), 'webhookSubscriptionId', xgen.u4('wh', w.wk), 'createdAt', w.cr, 'event', w.ev,
         'payload', CASE WHEN w.ev LIKE 'users.%' THEN
             jsonb_build_object('id', xgen.pid(w.u), 'model', jsonb_build_object('id', xgen.pid(w.u), 'name', xgen.nm(w.u), 'email', xgen.em(w.u),
               'avatarUrl', (SELECT "avatarUrl" FROM users WHERE id = xgen.pid(w.u)), 'color', '#' || substr(md5(w.u::text), 1, 6), 'role', 'member', 'isSuspended', false,
               'createdAt', w.cr, 'updatedAt', w.cr, 'lastActiveAt', w.cr, 'timezone', (SELECT timezone FROM users WHERE id = xgen.pid(w.u)), 'language', (SELECT language FROM users WHERE id = xgen.pid(w.u))))
           WHEN w.ev = 'comments.create' THEN
             jsonb_build_object('id', xgen.u4('cmwd', w.k), 'model', jsonb_build_object('id', xgen.u4('cmwd', w.k), 'documentId', xgen.u4('doc', w.d),
               'data', xgen.pm(ARRAY['Escalating: patient called again, see ' || xgen.ment(w.s)]), 'createdBy', jsonb_build_object('id', xgen.pid(w.u), 'name', xgen.nm(w.u)), 'createdAt', w.cr))
           ELSE jsonb_build_object('id', xgen.u4('doc', w.d), 'model', jsonb_build_object('id', xgen.u4('doc', w.d), 'url', '/doc/' || xgen.slug(w.title) || '-' || (SELECT "urlId" FROM documents WHERE id = xgen.u4('doc', w.d)),
               'title', w.title, 'text', xgen.md(w.paras), 'collectionId', xgen.u4('col', w.coll), 'createdAt', w.cr - interval '3 days', 'updatedAt', w.cr, 'publishedAt', w.cr,
               'createdBy', jsonb_build_object('id', xgen.pid(w.s), 'name', xgen.nm(w.s), 'avatarUrl', (SELECT "avatarUrl" FROM users WHERE id = xgen.pid(w.s))),
               'updatedBy', jsonb_build_object('id', xgen.pid(w.s), 'name', xgen.nm(w.s), 'avatarUrl', (SELECT "avatarUrl" FROM users WHERE id = xgen.pid(w.s)))))
           END),
       jsonb_build_object('Content-Type', 'application/json', 'user-agent', 'Outline-Webhooks',
                          'Outline-Signature', 't=' || (extract(epoch FROM w.cr) * 1000)::bigint || ',s=' || fixture_gen.hexn('wdsig', w.k, 64)),
       CASE WHEN w.wk = 4 AND w.k % 3 = 0 THEN '{"error":"endpoint_disabled","message":"This endpoint has been deleted"}'
            WHEN w.k % 17 = 5 THEN '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
            WHEN w.wk IN (1, 9) THEN '{"attempt":"' || xgen.u4('zat', w.k) || '","id":"' || xgen.u4('zid', w.k) || '","request_id":"' || fixture_gen.chars('zrq', w.k, 16) || '","status":"success"}'
            WHEN w.wk = 3 THEN '{"message":"Workflow was started"}'
            WHEN w.wk = 7 THEN 'Accepted'
            WHEN w.wk = 6 THEN ''
            ELSE '{"ok":true}' END,
       jsonb_build_object('content-type', CASE WHEN w.wk = 7 THEN 'text/plain' ELSE 'application/json' END, 'date', to_char(w.cr AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT',
                          'server', CASE w.wk WHEN 1 THEN 'nginx' WHEN 9 THEN 'nginx' WHEN 6 THEN 'Microsoft-IIS/10.0' ELSE 'cloudflare' END, 'x-request-id', xgen.u4('xrq', w.k)),
       w.cr, w.cr + make_interval(secs => 0.2 + (w.k % 9) / 10.0)
FROM xgen.wd w;

-- ---------------------------------------------------------------------
-- What people typed into search (the app, the API, Slack's /outline,
-- public links) and the answers shown.
CREATE TABLE search_queries (
    id uuid PRIMARY KEY,
    "userId" uuid REFERENCES users (id) ON DELETE SET NULL,
    "teamId" uuid REFERENCES teams (id) ON DELETE CASCADE,
    "shareId" uuid REFERENCES shares (id) ON DELETE SET NULL,
    source varchar(255) NOT NULL,
    query text NOT NULL,
    results integer NOT NULL,
    score integer,
    answer text,
    "createdAt" timestamptz NOT NULL
);
INSERT INTO search_queries
SELECT xgen.u4('sq', k), CASE WHEN src <> 'share' THEN xgen.pid(u) END, xgen.tid(t), CASE WHEN src = 'share' THEN (SELECT id FROM shares WHERE "teamId" = xgen.tid(t) AND published ORDER BY id OFFSET k % 5 LIMIT 1) END,
       src, q, CASE WHEN q ~ '^[A-Z]' THEN 1 + k % 4 ELSE k % 12 END, CASE WHEN k % 7 = 0 THEN 1 WHEN k % 11 = 0 THEN -1 END,
       CASE WHEN k % 9 = 0 AND kind IN (2, 9, 10, 0) THEN
              'According to "' || x.title || '", ' || CASE kind WHEN 2 THEN 'the primary on call is ' || xgen.nm(x.a) || ' (' || xgen.ph(x.a) || ').'
                                                              WHEN 9 THEN 'the patient ' || fixture_gen.full_name('ox', x.d) || ' was referred to their GP; ' || xgen.nm(x.s) || ' is following up.'
                                                              WHEN 10 THEN 'royalties are paid to IBAN ' || fixture_gen.iban('DE', fixture_gen.digits('oxib', x.d, 18)) || '.'
                                                              ELSE xgen.nm(x.s) || '''s laptop ships to ' || fixture_gen.city('pci', x.s) || '.' END
            WHEN k % 9 = 0 THEN 'According to "' || x.title || '", requests are approved by your manager within five working days.' END,
       xgen.at('sqcr', k, timestamptz '2024-06-01+00', xgen.snap())
FROM (SELECT k, x.*, x.team AS t, xgen.member(x.team, 'squ', k) AS u,
             (ARRAY['app', 'app', 'app', 'app', 'api', 'slack', 'share'])[1 + fixture_gen.n('sqsrc', k, 7)] AS src,
             CASE fixture_gen.n('sqk', k, 10)
               WHEN 0 THEN xgen.nm(x.s) WHEN 1 THEN lower(xgen.fn(x.s)) || ' phone' WHEN 2 THEN 'emergency contact ' || lower(xgen.fn(x.o))
               WHEN 3 THEN CASE x.team WHEN 2 THEN fixture_gen.full_name('ox', x.d) || ' escalation' WHEN 3 THEN 'IBAN ' || fixture_gen.last_name('ox', x.d) ELSE 'interview ' || fixture_gen.full_name('ox', x.d) END
               WHEN 4 THEN xgen.em(x.o)
               ELSE fixture_gen.pick(CASE x.team WHEN 3 THEN ARRAY['urlaub', 'druckfreigabe', 'stilhandbuch gendern', 'reisekosten', 'vpn', 'korrekturzeichen', 'isbn metadaten']
                                             WHEN 2 THEN ARRAY['ACL protocol', 'annual leave', 'chaperone', 'rota harbourside', 'hydrotherapy', 'safeguarding', 'cpd budget']
                                             ELSE ARRAY['deploy', 'on call', 'parental leave', 'expense policy', 'vpn', 'postgres upgrade', 'feature flags', 'offsite', 'battery swap', 'adr nats'] END, 'sqw', k) END AS q
      FROM generate_series(1, 640) k JOIN xgen.doc x ON x.d = 1 + fixture_gen.n('sqd', k, 380)) x;

-- ---------------------------------------------------------------------
-- Exports and imports: the zip's storage key and URL, its errors.
CREATE TABLE file_operations (
    id uuid PRIMARY KEY,
    type varchar(255) NOT NULL,
    state varchar(255) NOT NULL,
    format varchar(255) NOT NULL DEFAULT 'outline-markdown',
    key varchar(255),
    url varchar(255),
    size bigint NOT NULL,
    error varchar(255),
    "includeAttachments" boolean NOT NULL DEFAULT true,
    "collectionId" uuid REFERENCES collections (id) ON DELETE SET NULL,
    "documentId" uuid REFERENCES documents (id) ON DELETE SET NULL,
    "userId" uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO file_operations
SELECT xgen.u4('fo', k), typ, st, fmt, 'uploads/' || xgen.pid(u) || '/' || xgen.u4('fok', k) || '/' || fname,
       CASE WHEN t = 3 THEN '/api/files.get?key=' || replace('uploads/' || xgen.pid(u) || '/' || xgen.u4('fok', k) || '/' || fname, ' ', '%20')
            ELSE 'https://' || CASE t WHEN 1 THEN 'kestrel-outline-data.s3.eu-west-2' ELSE 'tidepool-wiki.s3.eu-west-2' END || '.amazonaws.com/uploads/' || xgen.pid(u) || '/' || xgen.u4('fok', k) || '/' || replace(fname, ' ', '%20') END,
       CASE WHEN st = 'complete' THEN 200000 + fixture_gen.n('fosz', k, 90000000) ELSE 0 END,
       CASE WHEN st = 'error' THEN CASE k % 3 WHEN 0 THEN 'Request failed with status code 413'
                                            WHEN 1 THEN 'Could not import "' || xgen.nm(xgen.member(t, 'foer', k)) || ' - Personalakte.docx": unsupported embedded object'
                                            ELSE 'File "' || fname || '" is not a valid zip archive' END END,
       k % 4 <> 0, CASE WHEN typ = 'export' AND k % 3 = 0 THEN xgen.u4('col', (ARRAY[1, 5, 8, 11, 13])[1 + k % 5]) END, NULL,
       xgen.pid(u), xgen.tid(t), cr, cr + interval '40 seconds', CASE WHEN k % 10 = 0 THEN cr + interval '30 days' END
FROM (SELECT k, t, u, cr, typ, fmt,
             CASE WHEN k % 10 IN (3, 7) THEN 'error' WHEN k % 10 = 9 THEN 'expired' ELSE 'complete' END AS st,
             CASE WHEN typ = 'export' THEN replace(tn, ' ', '') || '-' || to_char(cr, 'YYYY-MM-DD') || '-export.zip'
                  ELSE fixture_gen.pick(ARRAY['Notion export - ' || xgen.nm(u) || '.zip', 'Confluence-space-HR.zip', 'Export-' || fixture_gen.hexn('fonx', k, 8) || '.zip',
                                              'Onboarding docs ' || xgen.nm(xgen.member(t, 'fonm', k)) || '.zip', 'wiki-backup.zip', 'Google Docs - ' || xgen.fn(u) || '.zip'], 'fofn', k) END AS fname
      FROM (SELECT k, 1 + k % 3 AS t, xgen.member(1 + k % 3, 'fou', k) AS u, xgen.at('focr', k, timestamptz '2022-01-01+00', xgen.snap()) AS cr,
                   CASE WHEN k % 3 = 0 THEN 'import' ELSE 'export' END AS typ,
                   CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['outline-markdown', 'json', 'notion', 'confluence'], 'fofmt', k) ELSE fixture_gen.pick(ARRAY['outline-markdown', 'html', 'json', 'pdf'], 'fofmt', k) END AS fmt
            FROM generate_series(1, 60) k) a JOIN (SELECT t AS tt, name AS tn FROM xgen.t) tn ON tn.tt = a.t) b;

-- The API importer (Notion): imports and the tasks that fetched pages.
CREATE TABLE imports (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    service varchar(255) NOT NULL,
    state varchar(255) NOT NULL,
    input jsonb NOT NULL,
    "documentCount" integer NOT NULL DEFAULT 0,
    error varchar(255),
    "integrationId" uuid REFERENCES integrations (id) ON DELETE SET NULL,
    "createdById" uuid NOT NULL REFERENCES users (id),
    "teamId" uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz
);
INSERT INTO imports
SELECT xgen.u4('imp', k), 'Notion', 'notion', CASE WHEN k = 4 THEN 'errored' WHEN k = 7 THEN 'processing' ELSE 'completed' END,
       (SELECT jsonb_agg(jsonb_build_object('type', 'page', 'externalId', fixture_gen.hexn('nid', k * 100 + j, 32)::uuid, 'permission', CASE WHEN j % 2 = 0 THEN 'read_write' ELSE 'read' END)) FROM generate_series(1, 2 + k % 4) j),
       CASE WHEN k IN (4, 7) THEN 0 ELSE 6 + k * 3 END, CASE WHEN k = 4 THEN 'Notion API error: rate_limited (429)' END, NULL,
       xgen.pid(xgen.member(1 + k % 3, 'impu', k)), xgen.tid(1 + k % 3), timestamptz '2024-08-01+00' + make_interval(days => 17 * k), timestamptz '2024-08-01+00' + make_interval(days => 17 * k, mins => 12), NULL
FROM generate_series(1, 8) k;

CREATE TABLE import_tasks (
    id uuid PRIMARY KEY,
    state varchar(255) NOT NULL,
    input jsonb NOT NULL,
    output jsonb,
    error varchar(255),
    "importId" uuid NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO import_tasks
SELECT xgen.u4('impt', i.k * 10 + j), CASE WHEN i.k = 4 AND j = 1 THEN 'errored' WHEN i.k = 7 THEN 'created' ELSE 'completed' END,
       jsonb_build_array(jsonb_build_object('type', 'page', 'externalId', fixture_gen.hexn('nid', i.k * 100 + j, 32)::uuid, 'parentExternalId', CASE WHEN j > 1 THEN fixture_gen.hexn('nid', i.k * 100 + 1, 32)::uuid END)),
       CASE WHEN i.k NOT IN (4, 7) THEN jsonb_build_array(jsonb_build_object('externalId', fixture_gen.hexn('nid', i.k * 100 + j, 32)::uuid, 'title', x.title, 'emoji', NULL,
            'author', xgen.nm(x.o), 'content', xgen.pm(x.paras), 'createdAt', x.cr, 'updatedAt', x.cr + interval '1 day')) END,
       CASE WHEN i.k = 4 AND j = 1 THEN 'Notion API error: rate_limited (429)' END,
       xgen.u4('imp', i.k), timestamptz '2024-08-01+00' + make_interval(days => 17 * i.k, secs => j), timestamptz '2024-08-01+00' + make_interval(days => 17 * i.k, secs => j + 40)
FROM generate_series(1, 8) i(k) CROSS JOIN generate_series(1, 6) j
JOIN xgen.doc x ON x.d = (SELECT d FROM xgen.doc WHERE team = 1 + i.k % 3 ORDER BY fixture_gen.n('itd', i.k * 10 + j * 1000 + d, 100000) LIMIT 1);

-- ---------------------------------------------------------------------
SELECT fixture_gen.reset_sequences('public');
SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
