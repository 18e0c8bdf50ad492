-- classify-eval fixture (HOLDOUT 32: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): the HedgeDoc 1.9 collaborative markdown editor (Node.js) of Fernhill
-- Systems, a software consultancy with offices in Leeds, Porto and Pune,
-- at md.fernhill.io, on PostgreSQL in the naming its Sequelize migrations
-- create: quoted PascalCase plural tables ("Users", "Notes", "Authors",
-- "Revisions", "Sessions", "Temp", "SequelizeMeta"), quoted camelCase
-- columns, uuid keys, timestamptz "createdAt"/"updatedAt"/"deletedAt", the
-- permission enum, and JSON kept as text.
-- Users signing in with GitHub (numeric profile ids, gho_ access tokens),
-- the company's GitLab (64-hex access and refresh tokens), LDAP (profile
-- id LDAP-<uid>) and, for guests, email and a scrypt-kdf password hash;
-- the provider's profile JSON (display name, username, emails, avatar URL,
-- the raw provider JSON), the delete token, the history JSON of the notes
-- each user visited with their titles and tags; notes of meeting minutes,
-- onboarding checklists with new hires' mobiles and personal emails, 1:1
-- notes about colleagues' leave and health, on-call runbooks with pasted
-- credentials, incident reviews quoting customers' emails, interview notes
-- with candidates' phones and salary expectations, beside ADRs, release
-- notes and a handbook with nothing personal; aliases that name people;
-- authorship as user ids and character ranges; revisions with patches and
-- the old content; the session store with passport sessions; Temp rows of
-- one-time payloads; the migrations table.
-- Beside them, in the schema "team", the team's own tables in the same
-- database: a meeting register and action items, an on-call rota and
-- handover log, incidents and pages, a document access audit, guest
-- invitations with tokens, a knowledge base export to Confluence with its
-- jobs, a staff directory, onboarding checklists, interview loops, client
-- contacts, integrations and their deliveries, service accounts, the
-- deployment's settings (key/value with the session secret, LDAP and OAuth
-- secrets among flags), an LDAP sync log, uploads with EXIF, a secret
-- scanner's findings, search log, retro feedback, meeting rooms, templates,
-- tags, release notes and daily metrics with nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA hgen;
SET client_min_messages = warning;
SET jit = off;

-- u4: a version 4 UUID (what Sequelize's UUIDV4 gives).
CREATE FUNCTION hgen.u4(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5('u4' || tag || ':' || i)::uuid::text placing '4' from 15 for 1)
                 placing translate(substr(md5('u4' || tag || ':' || i), 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 20 for 1)::uuid
$$;

-- shortid: what the shortid package gives (7 to 10 url-safe characters).
CREATE FUNCTION hgen.shortid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.chars(tag, i, 8 + fixture_gen.n(tag || 'l', i, 3), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
$$;

-- at: a time between two bounds, with milliseconds.
CREATE FUNCTION hgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
                                   + fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

CREATE FUNCTION hgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.ascii(s) $$;

-- slug: a name as a URL slug.
CREATE FUNCTION hgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' from regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçıışğÁÉÍÓÚÖÜÇŞ', 'aeiouaeiouaeiouaeiouaoncıisgAEIOUOUCS')), '[^a-z0-9]+', '-', 'g'))
$$;

-- scrypt: what scrypt-kdf writes and HedgeDoc keeps as hex: the "scrypt"
-- magic, version, logN 15, r 8, p 1, a 32-byte salt, a checksum and HMAC.
CREATE FUNCTION hgen.scrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(convert_to('scr' || 'ypt', 'UTF8'), 'hex') || '000f0000000800000001' || fixture_gen.hexn(tag, i, 160)
$$;

-- gho: a GitHub OAuth app user token; glo: GitLab's 64-hex tokens.
CREATE FUNCTION hgen.gho(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'gh' || 'o_' || fixture_gen.chars(tag, i, 36) $$;

CREATE FUNCTION hgen.sid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') $$;

-- The snapshot: 2025-02-14.
CREATE FUNCTION hgen.snap() RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2025-02-14 08:30:00+00' $$;

-- People. 1-150 staff (1-60 Leeds, 61-110 Porto, 111-150 Pune), 151-185
-- guests (clients' staff and contractors, email sign-in). Staff sign in
-- with GitHub (i % 3 = 0), GitLab (i % 3 = 1) or LDAP (i % 3 = 2).
CREATE TABLE hgen.p AS
SELECT i, f, l, f || ' ' || l AS full_name, hgen.u4('user', i) AS id,
       i > 150 AS guest,
       CASE WHEN i > 150 THEN 'email' WHEN i % 3 = 0 THEN 'github' WHEN i % 3 = 1 THEN 'gitlab' ELSE 'ldap' END AS provider,
       CASE WHEN i <= 60 THEN 'Leeds' WHEN i <= 110 THEN 'Porto' WHEN i <= 150 THEN 'Pune' ELSE fixture_gen.city('gcity', i) END AS office,
       hgen.at('ucr', i, timestamptz '2019-03-01+00', timestamptz '2024-06-30+00') AS cr
FROM (SELECT k AS i, fixture_gen.first_name('hf', k) AS f, fixture_gen.last_name('hl', k) AS l FROM generate_series(1, 185) k) x;
ALTER TABLE hgen.p ADD COLUMN email text, ADD COLUMN uid text, ADD COLUMN gh text, ADD COLUMN ghid text, ADD COLUMN glid int,
  ADD COLUMN mobile text, ADD COLUMN pemail text, ADD COLUMN title text, ADD COLUMN dept text;
UPDATE hgen.p SET
  email = CASE WHEN guest THEN CASE WHEN i % 2 = 0 THEN hgen.fold(f) || '.' || hgen.fold(l) || (i % 97) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'web.de'], 'gpd', i)
                                    ELSE hgen.fold(f) || '.' || hgen.fold(l) || '@' || fixture_gen.pick(ARRAY['northwindfreight.co.uk', 'kappa-energia.pt', 'sahyadri-bank.in', 'lumenlabs.de'], 'gdom', i) END
               ELSE hgen.fold(f) || '.' || hgen.fold(l) || '@fernhill.io' END,
  uid = lower(substr(hgen.fold(f), 1, 1) || hgen.fold(l)),
  gh = CASE i % 4 WHEN 0 THEN hgen.fold(f) || hgen.fold(l) WHEN 1 THEN hgen.fold(f) || '-' || substr(hgen.fold(l), 1, 1) WHEN 2 THEN substr(hgen.fold(f), 1, 1) || hgen.fold(l) || (i % 90) ELSE hgen.fold(l) || '-dev' END,
  ghid = (1200000 + fixture_gen.n('ghid', i, 140000000))::text,
  glid = 3 + i * 7,
  mobile = fixture_gen.phone('mob', i),
  pemail = CASE i % 3 WHEN 0 THEN hgen.fold(f) || hgen.fold(l) WHEN 1 THEN substr(hgen.fold(f), 1, 1) || '.' || hgen.fold(l) || (1970 + i % 35) ELSE hgen.fold(l) || '.' || hgen.fold(f) END
           || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'sapo.pt', 'rediffmail.com', 'proton.me', 'icloud.com'], 'ped', i),
  title = fixture_gen.pick(ARRAY['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'Site Reliability Engineer',
          'Product Designer', 'Delivery Lead', 'QA Engineer', 'Data Engineer', 'Head of People', 'Recruiter', 'Office Manager'], 'ttl', i),
  dept = fixture_gen.pick(ARRAY['Platform', 'Client Delivery', 'Data', 'Design', 'People', 'Operations'], 'dpt', i);
UPDATE hgen.p p SET uid = p.uid || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uid ORDER BY i) AS rn FROM hgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE hgen.p p SET gh = p.gh || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY gh ORDER BY i) AS rn FROM hgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE hgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM hgen.p) d WHERE d.i = p.i AND d.rn > 1;
CREATE UNIQUE INDEX ON hgen.p (i);

-- pn: a person's full name; pe: their email.
CREATE FUNCTION hgen.pn(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT full_name FROM hgen.p WHERE i = k $$;
CREATE FUNCTION hgen.pe(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT email FROM hgen.p WHERE i = k $$;
CREATE FUNCTION hgen.pid(k int) RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT id FROM hgen.p WHERE i = k $$;
-- staff: a staff member (1-150) for a tag and row.
CREATE FUNCTION hgen.staff(tag text, k bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 1 + fixture_gen.n(tag, k, 150) $$;

-- Outsiders named in notes: new hires, candidates, clients' customers.
CREATE FUNCTION hgen.xn(tag text, k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.full_name('x' || tag, k) $$;

-- Notes: 1-260, their kind by i % 10 (0 and 5 meeting minutes, 1
-- onboarding, 2 1:1s, 3 runbooks with pasted credentials, 4 incident
-- reviews, 6 ADRs, 7 interview notes, 8 handbook pages, 9 release notes).
CREATE TABLE hgen.n AS
SELECT i, i % 10 AS kind, hgen.u4('note', i) AS id, hgen.staff('nown', i) AS owner, hgen.staff('nlast', i) AS lastu,
       hgen.at('ncr', i, timestamptz '2021-02-01+00', timestamptz '2025-01-31+00') AS cr,
       hgen.staff('na', i) AS a, hgen.staff('nb', i) AS b, hgen.staff('nc', i) AS c,
       hgen.xn('hire', i) AS x, fixture_gen.phone('xph', i) AS xphone, fixture_gen.email('xhire', i) AS xemail
FROM generate_series(1, 260) i;
ALTER TABLE hgen.n ADD COLUMN title text, ADD COLUMN tags text, ADD COLUMN body text, ADD COLUMN alias text, ADD COLUMN perm text;
UPDATE hgen.n SET
  title = CASE kind
    WHEN 0 THEN fixture_gen.pick(ARRAY['Weekly delivery sync', 'Platform guild', 'Kappa Energia steering group', 'Northwind Freight status call', 'All hands'], 't0', i) || ' ' || to_char(cr, 'YYYY-MM-DD')
    WHEN 5 THEN 'Sprint ' || (40 + i / 10) || ' planning – ' || fixture_gen.pick(ARRAY['Payments', 'Search', 'Mobile', 'Data platform'], 't5', i)
    WHEN 1 THEN 'Onboarding: ' || x || ' (starts ' || to_char(cr + interval '14 days', 'DD Mon YYYY') || ')'
    WHEN 2 THEN '1:1 ' || split_part(hgen.pn(a), ' ', 1) || ' / ' || split_part(hgen.pn(b), ' ', 1)
    WHEN 3 THEN 'Runbook: ' || fixture_gen.pick(ARRAY['payments-db failover', 'rotate the TLS certificates', 'restore the Elasticsearch snapshot', 'Kafka consumer lag', 'deploy freeze checklist'], 't3', i)
    WHEN 4 THEN 'Postmortem INC-' || to_char(cr, 'YYYY') || '-' || lpad((i / 10 + 1)::text, 3, '0') || ': ' || fixture_gen.pick(ARRAY['invoice emails sent twice', 'login outage after LDAP certificate expiry', 'search index stale for 6 hours', 'payment webhooks dropped'], 't4', i)
    WHEN 6 THEN 'ADR-' || lpad((i / 10 + 1)::text, 3, '0') || ': ' || fixture_gen.pick(ARRAY['Use Kafka for domain events', 'Adopt OpenTelemetry', 'Postgres over MongoDB for the ledger', 'Feature flags with Unleash', 'Monorepo with Nx'], 't6', i)
    WHEN 7 THEN 'Interview – ' || fixture_gen.pick(ARRAY['Backend', 'Frontend', 'SRE', 'Data'], 't7', i) || ' – ' || x
    WHEN 8 THEN 'Handbook: ' || fixture_gen.pick(ARRAY['expenses and travel', 'code review etiquette', 'how we estimate', 'working from Porto', 'release process', 'security basics'], 't8', i)
    ELSE 'Release notes v' || (2 + i / 100) || '.' || (i % 37) || '.0' END,
  tags = CASE kind WHEN 0 THEN 'meeting, minutes' WHEN 5 THEN 'meeting, sprint' WHEN 1 THEN 'onboarding, people' WHEN 2 THEN '1on1, private'
    WHEN 3 THEN 'runbook, oncall' WHEN 4 THEN 'incident, postmortem' WHEN 6 THEN 'adr, architecture' WHEN 7 THEN 'hiring, interview'
    WHEN 8 THEN 'handbook' ELSE 'release' END,
  perm = CASE kind WHEN 2 THEN 'private' WHEN 7 THEN 'private' WHEN 1 THEN 'limited' WHEN 3 THEN 'protected' WHEN 8 THEN 'freely' WHEN 9 THEN 'locked'
    ELSE fixture_gen.pick(ARRAY['editable', 'limited', 'editable', 'freely'], 'perm', i) END;
UPDATE hgen.n SET alias = CASE
    WHEN kind = 1 AND i % 3 <> 0 THEN 'onboarding-' || hgen.slug(x)
    WHEN kind = 2 AND i % 2 = 0 THEN '1on1-' || hgen.slug(split_part(hgen.pn(a), ' ', 1)) || '-' || hgen.slug(split_part(hgen.pn(b), ' ', 1)) || '-' || i
    WHEN kind = 7 AND i % 3 = 0 THEN 'interview-' || hgen.slug(x)
    WHEN kind = 8 THEN 'handbook-' || hgen.slug(substr(title, 11)) 
    WHEN kind = 6 THEN 'adr-' || lpad((i / 10 + 1)::text, 3, '0')
    WHEN kind = 3 AND i % 2 = 1 THEN 'runbook-' || i END;
UPDATE hgen.n n SET alias = n.alias || '-' || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY alias ORDER BY i) AS rn FROM hgen.n WHERE alias IS NOT NULL) d WHERE d.i = n.i AND d.rn > 1;
UPDATE hgen.n SET body = '---' || E'\ntitle: ' || title || E'\ntags: ' || tags || E'\n---\n\n# ' || title || E'\n\n' || CASE kind
  WHEN 0 THEN '**Attendees:** ' || hgen.pn(a) || ', ' || hgen.pn(b) || ', ' || hgen.pn(c) || E'\n\n## Notes\n- Client asked to move the UAT window; ' || split_part(hgen.pn(b), ' ', 1) || ' to confirm with ' || x || ' (' || xemail || E').\n- ' || fixture_gen.sentence('s0', i)
       || E'\n\n## Actions\n- [ ] @' || (SELECT gh FROM hgen.p WHERE p.i = a) || ' update the release plan\n- [ ] ' || split_part(hgen.pn(c), ' ', 1) || ' to call ' || x || ' on ' || xphone
  WHEN 5 THEN E'## Capacity\n- ' || hgen.pn(a) || E' on leave 3 days\n- ' || hgen.pn(b) || E' at 50% (support rota)\n\n## Goals\n1. Ship the refund flow\n2. Reduce p95 latency of /search below 300 ms\n\n' || fixture_gen.sentence('s5', i)
  WHEN 1 THEN E'## New starter\n- Name: ' || x || E'\n- Personal email: ' || xemail || E'\n- Mobile: ' || xphone || E'\n- Laptop delivery: ' || fixture_gen.street('xst', i) || ', ' || fixture_gen.city('xci', i) || ' ' || fixture_gen.postcode('xpc', i)
       || E'\n- Date of birth (for pension): ' || to_char(fixture_gen.birth_date('xbd', i), 'DD/MM/YYYY') || E'\n- Buddy: ' || hgen.pn(a) || E'\n- Emergency contact: ' || fixture_gen.full_name('xec', i) || ' ' || fixture_gen.phone('xecp', i)
       || E'\n\n## Checklist\n- [x] Contract signed\n- [ ] GitHub invite\n- [ ] Wi-Fi: FernhillStaff / ' || fixture_gen.chars('wifi', i % 3, 14) || E'\n- [ ] LDAP account ' || lower(substr(hgen.fold(split_part(x, ' ', 1)), 1, 1) || hgen.fold(split_part(x, ' ', 2)))
  WHEN 2 THEN '_Private: ' || hgen.pn(a) || ' and ' || hgen.pn(b) || E'_\n\n- ' || split_part(hgen.pn(b), ' ', 1) || ' ' || fixture_gen.pick(ARRAY['is back from parental leave, wants to go 4 days a week until June.', 'mentioned a back operation in March, needs a standing desk.',
       'is unhappy with the promotion outcome and is talking to other companies.', 'has been struggling with anxiety, referred to the EAP (0800 028 5148).', 'wants to move to the Porto office for family reasons.'], 's2', i)
       || E'\n- Feedback from ' || hgen.pn(c) || E': great on the Kappa migration, needs to speak up more in planning.\n- Salary review: asked for ' || (42000 + fixture_gen.n('sal', i, 40) * 1000) || ' GBP'
  WHEN 3 THEN E'## Steps\n1. Check replication lag on payments-db-02 (10.20.4.12)\n2. `export PGPASSWORD=' || fixture_gen.chars('pgpw', i, 20) || E'`\n3. `psql -h payments-db-02.internal -U payments_admin`\n4. If S3 is needed: AWS_ACCESS_KEY_ID=AKIA'
       || fixture_gen.chars('akia', i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || ' AWS_SECRET_ACCESS_KEY=' || fixture_gen.chars('awss', i, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') || E'\n5. Page the secondary if lag > 60 s'
  WHEN 4 THEN E'## Impact\n' || (20 + fixture_gen.n('imp', i, 900)) || E' customers received duplicate invoices. Complaints from ' || xemail || ' and ' || fixture_gen.email('xem2', i) || E'.\n\n## Timeline\n- 09:12 alert fired, ' || hgen.pn(a) || E' acknowledged\n- 09:40 ' || hgen.pn(b)
       || E' rolled back the mailer\n\n## Root cause\nThe retry queue was not idempotent.'
  WHEN 6 THEN E'## Status\nAccepted\n\n## Context\nWe need a durable log of domain events shared by the billing and search services.\n\n## Decision\nAdopt the proposal and revisit in two quarters.\n\n## Consequences\nOperational cost rises; teams own their consumers.'
  WHEN 7 THEN E'- Candidate: ' || x || E'\n- Phone: ' || xphone || E'\n- Email: ' || xemail || E'\n- Current employer: ' || fixture_gen.pick(ARRAY['Sky Betting & Gaming', 'Farfetch', 'Infosys', 'Zalando', 'BJSS'], 'emp', i) || E'\n- Expects ' || (55 + fixture_gen.n('exp', i, 40)) || E'k, notice 3 months\n\n## Panel\n'
       || hgen.pn(a) || ', ' || hgen.pn(b) || E'\n\n## Feedback\nStrong on system design, weak on testing. ' || fixture_gen.pick(ARRAY['Hire.', 'No hire.', 'Second round with the CTO.'], 'dec', i)
  WHEN 8 THEN E'## Summary\nThis page describes how we work. Ask in #handbook if anything is unclear.\n\n- Book travel through the portal at least 14 days ahead.\n- Reviews need one approval from a code owner.\n- Keep pull requests under 400 lines.'
  ELSE E'## Added\n- Bulk export of reports to CSV\n- Dark mode for the dashboard\n\n## Fixed\n- Timezone shift in scheduled reports\n- Search results paging\n\n## Changed\n- Minimum supported Node.js version is 18.' END;
CREATE UNIQUE INDEX ON hgen.n (i);

-- =====================================================================
-- HedgeDoc's own tables.
-- =====================================================================

CREATE TABLE "SequelizeMeta" (
    name varchar(255) NOT NULL PRIMARY KEY
);
INSERT INTO "SequelizeMeta" VALUES
 ('20150504155329-create-users.js'), ('20150508114741-create-notes.js'), ('20150515125813-create-temp.js'),
 ('20150702001020-update-to-0_3_1.js'), ('20150915153700-change-notes-title-to-text.js'), ('20160112220142-note-add-lastchange.js'),
 ('20160420180355-note-add-alias.js'), ('20160515114000-user-add-tokens.js'), ('20160607060246-support-revision.js'),
 ('20160703062241-support-authorship.js'), ('20161009040430-support-delete-note.js'), ('20161201050312-support-email-signin.js'),
 ('20171009121200-longtext-for-mysql.js'), ('20180209120907-longtext-of-authorship.js'), ('20180306150303-fix-enum.js'),
 ('20180326103000-use-text-for-tokens.js'), ('20180525153000-user-add-delete-token.js'), ('20190313190500-add-user-history.js'),
 ('20200321153000-fix-account-deletion.js');

CREATE TABLE "Users" (
    id uuid NOT NULL PRIMARY KEY,
    profileid varchar(255) UNIQUE,
    profile text,
    history text,
    "accessToken" text,
    "refreshToken" text,
    "deleteToken" uuid,
    email text,
    password text,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO "Users"
SELECT p.id,
       CASE p.provider WHEN 'github' THEN p.ghid WHEN 'gitlab' THEN p.glid::text WHEN 'ldap' THEN 'LDAP-' || p.uid END,
       CASE p.provider
         WHEN 'github' THEN json_build_object('id', p.ghid, 'displayName', p.full_name, 'username', p.gh, 'profileUrl', 'https://github.com/' || p.gh,
              'emails', json_build_array(json_build_object('value', p.email)), 'photos', json_build_array(json_build_object('value', 'https://avatars.githubusercontent.com/u/' || p.ghid || '?v=4')),
              'provider', 'github', '_json', json_build_object('login', p.gh, 'id', p.ghid::bigint, 'avatar_url', 'https://avatars.githubusercontent.com/u/' || p.ghid || '?v=4', 'type', 'User',
              'name', p.full_name, 'company', CASE WHEN p.i % 2 = 0 THEN '@fernhill' END, 'location', p.office, 'email', p.email, 'bio', NULL, 'public_repos', p.i % 40))::text
         WHEN 'gitlab' THEN json_build_object('id', p.glid, 'username', p.uid, 'displayName', p.full_name, 'emails', json_build_array(json_build_object('value', p.email)),
              'avatarUrl', 'https://gitlab.fernhill.io/uploads/-/system/user/avatar/' || p.glid || '/avatar.png', 'profileUrl', 'https://gitlab.fernhill.io/' || p.uid, 'provider', 'gitlab',
              '_json', json_build_object('id', p.glid, 'username', p.uid, 'name', p.full_name, 'state', 'active', 'web_url', 'https://gitlab.fernhill.io/' || p.uid, 'job_title', p.title, 'email', p.email))::text
         WHEN 'ldap' THEN json_build_object('id', 'LDAP-' || p.uid, 'username', p.uid, 'displayName', p.full_name, 'emails', json_build_array(p.email), 'avatarUrl', NULL, 'profileUrl', NULL, 'provider', 'ldap')::text END,
       (SELECT json_agg(json_build_object('id', coalesce(n.alias, hgen.shortid('sid', n.i)), 'text', n.title, 'time', (extract(epoch FROM n.cr + make_interval(days => j)) * 1000)::bigint,
               'tags', string_to_array(n.tags, ', '), 'pinned', j = 1) ORDER BY j)::text
          FROM generate_series(1, 2 + p.i % 5) j JOIN hgen.n n ON n.i = 1 + fixture_gen.n('hist', p.i * 10 + j, 260)),
       CASE p.provider WHEN 'github' THEN hgen.gho('ghat', p.i) WHEN 'gitlab' THEN fixture_gen.hexn('glat', p.i, 64) END,
       CASE p.provider WHEN 'gitlab' THEN fixture_gen.hexn('glrt', p.i, 64) END,
       hgen.u4('deltok', p.i),
       CASE WHEN p.provider = 'email' THEN p.email END,
       CASE WHEN p.provider = 'email' THEN hgen.scrypt('pw', p.i) END,
       p.cr, p.cr + make_interval(days => fixture_gen.n('uupd', p.i, 300))
FROM hgen.p p;

CREATE TYPE "enum_Notes_permission" AS ENUM ('freely', 'editable', 'limited', 'locked', 'protected', 'private');
CREATE TABLE "Notes" (
    id uuid NOT NULL PRIMARY KEY,
    shortid varchar(255) NOT NULL UNIQUE,
    alias varchar(255) UNIQUE,
    permission "enum_Notes_permission",
    viewcount integer DEFAULT 0,
    title text,
    content text,
    authorship text,
    "lastchangeAt" timestamptz,
    "savedAt" timestamptz,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "deletedAt" timestamptz,
    "ownerId" uuid REFERENCES "Users" (id) ON UPDATE CASCADE ON DELETE CASCADE,
    "lastchangeuserId" uuid REFERENCES "Users" (id) ON UPDATE CASCADE ON DELETE SET NULL
);
INSERT INTO "Notes"
SELECT n.id, hgen.shortid('sid', n.i), n.alias, n.perm::"enum_Notes_permission", fixture_gen.n('vc', n.i, 800), n.title, n.body,
       json_build_array(
         json_build_array(hgen.pid(n.owner), 0, length(n.body) / 2, (extract(epoch FROM n.cr) * 1000)::bigint, (extract(epoch FROM n.cr) * 1000)::bigint + 60000),
         json_build_array(hgen.pid(n.lastu), length(n.body) / 2, length(n.body), (extract(epoch FROM n.cr) * 1000)::bigint + 3600000, (extract(epoch FROM n.cr) * 1000)::bigint + 7200000))::text,
       n.cr + interval '2 hours', n.cr + interval '2 hours 5 seconds', n.cr, n.cr + interval '2 hours 5 seconds',
       CASE WHEN n.i % 23 = 0 THEN n.cr + interval '90 days' END,
       hgen.pid(n.owner), hgen.pid(n.lastu)
FROM hgen.n n;

CREATE TABLE "Authors" (
    id serial PRIMARY KEY,
    color varchar(255),
    "noteId" uuid REFERENCES "Notes" (id) ON UPDATE CASCADE ON DELETE CASCADE,
    "userId" uuid REFERENCES "Users" (id) ON UPDATE CASCADE ON DELETE SET NULL,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    UNIQUE ("noteId", "userId")
);
INSERT INTO "Authors" (color, "noteId", "userId", "createdAt", "updatedAt")
SELECT DISTINCT ON (n.id, u) '#' || substr(md5('col' || u), 1, 6), n.id, hgen.pid(u), n.cr + make_interval(mins => r), n.cr + make_interval(mins => r + 30)
FROM hgen.n n CROSS JOIN LATERAL (VALUES (n.owner, 0), (n.lastu, 60), (n.a, 5), (n.b, 9)) v(u, r)
ORDER BY n.id, u, r;

CREATE TABLE "Revisions" (
    id uuid NOT NULL PRIMARY KEY,
    "noteId" uuid REFERENCES "Notes" (id) ON UPDATE CASCADE ON DELETE CASCADE,
    patch text,
    "lastContent" text,
    content text,
    length integer,
    authorship text,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO "Revisions"
SELECT hgen.u4('rev', n.i * 10 + k), n.id,
       '@@ -' || (length(prev) + 1) || ',0 +' || (length(prev) + 1) || ',' || (length(cur) - length(prev)) || E' @@\n+' || replace(replace(substr(cur, length(prev) + 1), '%', '%25'), E'\n', '%0A') || E'\n',
       CASE WHEN k > 1 THEN prev END, cur, length(cur),
       json_build_array(json_build_array(hgen.pid(n.owner), 0, length(cur), (extract(epoch FROM n.cr) * 1000)::bigint, (extract(epoch FROM n.cr) * 1000)::bigint + k * 600000))::text,
       n.cr + make_interval(mins => 10 * k), n.cr + make_interval(mins => 10 * k)
FROM hgen.n n CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (SELECT left(n.body, length(n.body) * (k - 1) / 3) AS prev, left(n.body, length(n.body) * k / 3) AS cur) c
WHERE n.i <= 220;

CREATE TABLE "Sessions" (
    sid varchar(32) NOT NULL PRIMARY KEY,
    expires timestamptz,
    data text,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO "Sessions"
SELECT hgen.sid('sess', k), c + interval '14 days',
       json_build_object('cookie', json_build_object('originalMaxAge', 1209600000, 'expires', to_char((c + interval '14 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'secure', true, 'httpOnly', true, 'path', '/', 'sameSite', 'lax'))::jsonb
       || CASE WHEN k % 5 = 0 THEN jsonb_build_object('flash', jsonb_build_object('error', jsonb_build_array('Invalid email or password.')))
               WHEN k % 7 = 0 THEN jsonb_build_object('returnTo', '/' || coalesce((SELECT alias FROM hgen.n WHERE i = 1 + k % 260), 's/' || hgen.shortid('sid', 1 + k % 260)))
               ELSE jsonb_build_object('passport', jsonb_build_object('user', hgen.pid(1 + fixture_gen.n('su', k, 185)))) END,
       c, c + make_interval(mins => fixture_gen.n('sup', k, 600))
FROM generate_series(1, 220) k CROSS JOIN LATERAL (SELECT hgen.at('sc', k, timestamptz '2025-01-31+00', hgen.snap()) AS c) x;
UPDATE "Sessions" SET data = data::text;

CREATE TABLE "Temp" (
    id varchar(255) NOT NULL PRIMARY KEY,
    data text,
    "createdAt" timestamptz NOT NULL,
    "updatedAt" timestamptz NOT NULL
);
INSERT INTO "Temp"
SELECT fixture_gen.chars('temp', k, 20), CASE WHEN k % 3 = 0
         THEN json_build_object('type', 'auth', 'userid', p.id, 'accessToken', hgen.gho('tmpat', k), 'returnTo', 'https://md.fernhill.io/' || coalesce(n.alias, n.id::text))::text
         ELSE json_build_object('type', 'history', 'userid', p.id, 'history', json_build_array(json_build_object('id', coalesce(n.alias, hgen.shortid('sid', n.i)), 'text', n.title, 'time', (extract(epoch FROM n.cr) * 1000)::bigint, 'tags', string_to_array(n.tags, ', '), 'pinned', false)))::text END,
       hgen.at('tmp', k, timestamptz '2025-02-10+00', hgen.snap()), hgen.at('tmp', k, timestamptz '2025-02-10+00', hgen.snap())
FROM generate_series(1, 36) k JOIN hgen.p p ON p.i = hgen.staff('tmpu', k) JOIN hgen.n n ON n.i = 1 + fixture_gen.n('tmpn', k, 260);

-- =====================================================================
-- The team's own tables, in the same database.
-- =====================================================================
CREATE SCHEMA team;

CREATE TABLE team.meeting_rooms (
    id serial PRIMARY KEY,
    name text NOT NULL,
    office text NOT NULL,
    floor int,
    capacity int,
    address text,
    phone text,
    calendar_id text,
    has_video boolean NOT NULL DEFAULT true,
    door_code text,
    notes text
);
INSERT INTO team.meeting_rooms (name, office, floor, capacity, address, phone, calendar_id, has_video, door_code, notes)
SELECT r.name, r.office, r.floor, r.cap, r.addr, r.phone, 'c_' || fixture_gen.hexn('cal', r.k, 26) || '@resource.calendar.google.com', r.k % 4 <> 3,
       fixture_gen.digits('door', r.k, 4) || '#', r.notes
FROM (VALUES
  (1, 'Kirkstall', 'Leeds', 2, 8, 'Whitehall Waterfront, 2 Riverside Way, Leeds LS1 4EH', '+44 113 496 0100', 'Projector is HDMI only; adapter in the drawer.'),
  (2, 'Roundhay', 'Leeds', 2, 4, 'Whitehall Waterfront, 2 Riverside Way, Leeds LS1 4EH', '+44 113 496 0101', NULL),
  (3, 'Headingley', 'Leeds', 3, 14, 'Whitehall Waterfront, 2 Riverside Way, Leeds LS1 4EH', '+44 113 496 0102', 'Book the whole day for workshops.'),
  (4, 'Ribeira', 'Porto', 1, 10, 'Rua de Ceuta 118, 4050-190 Porto', '+351 22 040 0200', 'Whiteboard markers run out often.'),
  (5, 'Foz', 'Porto', 1, 6, 'Rua de Ceuta 118, 4050-190 Porto', '+351 22 040 0201', NULL),
  (6, 'Bolhão', 'Porto', 2, 4, 'Rua de Ceuta 118, 4050-190 Porto', '+351 22 040 0202', 'Quiet room, no calls before 10:00.'),
  (7, 'Shaniwar', 'Pune', 5, 12, 'Tower B, Panchshil Tech Park, Yerwada, Pune 411006', '+91 20 6730 4400', 'Video bar needs a restart after power cuts.'),
  (8, 'Sinhagad', 'Pune', 5, 6, 'Tower B, Panchshil Tech Park, Yerwada, Pune 411006', '+91 20 6730 4401', NULL),
  (9, 'Aga Khan', 'Pune', 6, 20, 'Tower B, Panchshil Tech Park, Yerwada, Pune 411006', '+91 20 6730 4402', 'Town hall room; AV desk on the left.')
) r(k, name, office, floor, cap, addr, phone, notes);

CREATE TABLE team.meetings (
    id serial PRIMARY KEY,
    title text NOT NULL,
    series text,
    meeting_date date NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    room_id int REFERENCES team.meeting_rooms (id),
    organizer text NOT NULL,
    organizer_email text NOT NULL,
    attendees text[] NOT NULL,
    external_attendees text[],
    minutes_url text,
    minutes_note_id uuid REFERENCES "Notes" (id),
    dial_in text,
    notes text,
    confidential boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO team.meetings (title, series, meeting_date, starts_at, ends_at, room_id, organizer, organizer_email, attendees, external_attendees, minutes_url, minutes_note_id, dial_in, notes, confidential, created_at, updated_at)
SELECT n.title, split_part(n.title, ' 20', 1), n.cr::date, date_trunc('hour', n.cr), date_trunc('hour', n.cr) + interval '45 minutes', 1 + n.i % 9,
       hgen.pn(n.owner), hgen.pe(n.owner), ARRAY[hgen.pn(n.a), hgen.pn(n.b), hgen.pn(n.c)],
       CASE WHEN n.title LIKE 'Kappa%' OR n.title LIKE 'Northwind%' THEN ARRAY[n.x || ' <' || n.xemail || '>'] END,
       'https://md.fernhill.io/' || coalesce(n.alias, 's/' || hgen.shortid('sid', n.i)), n.id,
       CASE WHEN n.i % 4 = 0 THEN 'https://fernhill.zoom.us/j/' || fixture_gen.digits('zm', n.i, 11) || '?pwd=' || fixture_gen.chars('zpw', n.i, 32)
            WHEN n.i % 4 = 1 THEN 'https://meet.google.com/' || fixture_gen.chars('gm1', n.i, 3, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('gm2', n.i, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('gm3', n.i, 3, 'abcdefghijklmnopqrstuvwxyz') END,
       CASE n.i % 5 WHEN 0 THEN split_part(hgen.pn(n.b), ' ', 1) || ' joined late from the dentist; recap sent to ' || hgen.pe(n.b) || '.'
                    WHEN 1 THEN 'Moved from Thursday because ' || hgen.pn(n.c) || ' is on leave.'
                    WHEN 2 THEN 'Client side: ' || n.x || ', mobile ' || n.xphone || '.'
                    WHEN 3 THEN NULL ELSE 'Agenda shared the day before.' END,
       n.title LIKE 'Kappa%', n.cr - interval '3 days', n.cr + interval '1 hour'
FROM hgen.n n WHERE n.kind IN (0, 5) ORDER BY n.i;
INSERT INTO team.meetings (title, series, meeting_date, starts_at, ends_at, room_id, organizer, organizer_email, attendees, external_attendees, minutes_url, minutes_note_id, dial_in, notes, confidential, created_at, updated_at)
SELECT '1:1 ' || hgen.pn(n.a) || ' / ' || hgen.pn(n.b), '1:1s', n.cr::date, date_trunc('hour', n.cr), date_trunc('hour', n.cr) + interval '30 minutes', NULL,
       hgen.pn(n.a), hgen.pe(n.a), ARRAY[hgen.pn(n.a), hgen.pn(n.b)], NULL, 'https://md.fernhill.io/' || coalesce(n.alias, 's/' || hgen.shortid('sid', n.i)), n.id,
       'https://meet.google.com/' || fixture_gen.chars('gm4', n.i, 3, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('gm5', n.i, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('gm6', n.i, 3, 'abcdefghijklmnopqrstuvwxyz'),
       NULL, true, n.cr - interval '7 days', n.cr
FROM hgen.n n WHERE n.kind = 2 ORDER BY n.i;

CREATE TABLE team.meeting_action_items (
    id serial PRIMARY KEY,
    meeting_id int NOT NULL REFERENCES team.meetings (id) ON DELETE CASCADE,
    description text NOT NULL,
    owner_name text,
    owner_email text,
    due_on date,
    status text NOT NULL DEFAULT 'open',
    done_at timestamptz,
    jira_key text,
    created_at timestamptz NOT NULL
);
INSERT INTO team.meeting_action_items (meeting_id, description, owner_name, owner_email, due_on, status, done_at, jira_key, created_at)
SELECT m.id, CASE (m.id + j) % 5
         WHEN 0 THEN 'Update the release plan and share it with the client'
         WHEN 1 THEN 'Call ' || fixture_gen.full_name('aic', m.id * 3 + j) || ' about the UAT sign-off (' || fixture_gen.phone('aip', m.id * 3 + j) || ')'
         WHEN 2 THEN 'Raise the budget question with finance'
         WHEN 3 THEN 'Send the minutes to ' || fixture_gen.email('aie', m.id * 3 + j)
         ELSE 'Check whether ' || split_part(m.attendees[1], ' ', 1) || ' can cover the support rota while on medical leave' END,
       m.attendees[j], (SELECT email FROM hgen.p WHERE full_name = m.attendees[j] LIMIT 1), m.meeting_date + 7 * j,
       CASE WHEN (m.id + j) % 3 = 0 THEN 'open' ELSE 'done' END, CASE WHEN (m.id + j) % 3 <> 0 THEN m.starts_at + make_interval(days => 2 + j) END,
       CASE WHEN (m.id + j) % 2 = 0 THEN fixture_gen.pick(ARRAY['PAY', 'SRCH', 'MOB', 'DATA'], 'jk', m.id) || '-' || (100 + fixture_gen.n('jkn', m.id * 3 + j, 900)) END,
       m.starts_at + interval '50 minutes'
FROM team.meetings m CROSS JOIN generate_series(1, 2) j;

CREATE TABLE team.oncall_rota (
    id serial PRIMARY KEY,
    week_start date NOT NULL,
    rota text NOT NULL,
    primary_user_id uuid REFERENCES "Users" (id),
    primary_name text NOT NULL,
    primary_phone text NOT NULL,
    secondary_name text,
    secondary_phone text,
    escalation_manager text,
    escalation_email text,
    pagerduty_schedule_id text,
    override_reason text,
    created_at timestamptz NOT NULL
);
INSERT INTO team.oncall_rota (week_start, rota, primary_user_id, primary_name, primary_phone, secondary_name, secondary_phone, escalation_manager, escalation_email, pagerduty_schedule_id, override_reason, created_at)
SELECT date '2024-01-01' + 7 * w, r.rota, hgen.pid(a), hgen.pn(a), (SELECT mobile FROM hgen.p WHERE i = a), hgen.pn(b), (SELECT mobile FROM hgen.p WHERE i = b),
       hgen.pn(m), hgen.pe(m), r.sched,
       CASE WHEN w % 6 = 1 THEN 'Swapped with ' || hgen.pn(b) || ': ' || split_part(hgen.pn(a), ' ', 1) || ' has a hospital appointment on Wednesday'
            WHEN w % 6 = 4 THEN 'Bank holiday in ' || r.off END,
       timestamptz '2023-12-15+00' + make_interval(days => 7 * w)
FROM generate_series(0, 59) w
CROSS JOIN (VALUES ('platform', 'P7QX2ZL', 'Leeds', 0), ('client-delivery', 'PB91K0D', 'Porto', 60), ('data', 'PJ4T8MW', 'Pune', 110)) r(rota, sched, off, base)
CROSS JOIN LATERAL (SELECT r.base + 1 + fixture_gen.n('rpa' || r.rota, w, 40) AS a, r.base + 1 + fixture_gen.n('rpb' || r.rota, w, 40) AS b, r.base + 1 + (w % 3) AS m) x;

CREATE TABLE team.oncall_handovers (
    id serial PRIMARY KEY,
    handed_over_at timestamptz NOT NULL,
    shift text NOT NULL,
    from_name text NOT NULL,
    to_name text NOT NULL,
    from_user_id uuid REFERENCES "Users" (id),
    to_user_id uuid REFERENCES "Users" (id),
    open_incidents int NOT NULL DEFAULT 0,
    summary text,
    customer_impact text,
    follow_ups text,
    runbook_note_id uuid REFERENCES "Notes" (id),
    alerts jsonb,
    pager_phone text,
    ack_minutes int
);
INSERT INTO team.oncall_handovers (handed_over_at, shift, from_name, to_name, from_user_id, to_user_id, open_incidents, summary, customer_impact, follow_ups, runbook_note_id, alerts, pager_phone, ack_minutes)
SELECT timestamptz '2024-06-03 08:00+00' + make_interval(hours => 12 * k), CASE WHEN k % 2 = 0 THEN 'day' ELSE 'night' END,
       hgen.pn(a), hgen.pn(b), hgen.pid(a), hgen.pid(b), k % 3,
       CASE k % 4 WHEN 0 THEN 'Quiet shift. Disk alert on es-data-04 silenced until Monday.'
                  WHEN 1 THEN 'Payments webhook backlog cleared at 02:10; ' || split_part(hgen.pn(a), ' ', 1) || ' paged ' || hgen.pn(c) || ' for the DB failover.'
                  WHEN 2 THEN 'Kafka consumer lag on billing-events, restarted the consumers twice.'
                  ELSE 'Handed over late, ' || split_part(hgen.pn(a), ' ', 1) || ' was off sick; covered by ' || hgen.pn(c) || '.' END,
       CASE WHEN k % 5 = 0 THEN 'Customer ' || fixture_gen.full_name('hoc', k) || ' (' || fixture_gen.email('hoc', k) || ') could not log in for 40 minutes; ticket ' || (40000 + k) END,
       CASE WHEN k % 3 = 0 THEN 'Follow up with ' || hgen.pn(c) || ' on the certificate renewal.' END,
       (SELECT id FROM hgen.n WHERE kind = 3 ORDER BY fixture_gen.n('hrb', k * 1000 + i, 100000) LIMIT 1),
       jsonb_build_array(jsonb_build_object('host', 'es-data-0' || (1 + k % 6), 'ip', '10.20.' || (k % 8) || '.' || (10 + k % 200), 'check', 'disk_used_percent', 'value', 80 + k % 19),
                         jsonb_build_object('host', 'payments-db-0' || (1 + k % 3), 'ip', '10.20.4.' || (11 + k % 3), 'check', 'replication_lag_seconds', 'value', k % 70)),
       (SELECT mobile FROM hgen.p WHERE i = b), 1 + fixture_gen.n('ack', k, 25)
FROM generate_series(1, 150) k
CROSS JOIN LATERAL (SELECT hgen.staff('hoa', k) AS a, hgen.staff('hob', k) AS b, hgen.staff('hoc', k) AS c) x;

CREATE TABLE team.incidents (
    id serial PRIMARY KEY,
    ref text NOT NULL UNIQUE,
    title text NOT NULL,
    severity text NOT NULL,
    status text NOT NULL,
    started_at timestamptz NOT NULL,
    detected_at timestamptz,
    resolved_at timestamptz,
    commander_name text,
    commander_user_id uuid REFERENCES "Users" (id),
    reporter_email text,
    affected_customers int,
    customer_contacts text,
    postmortem_note_id uuid REFERENCES "Notes" (id),
    slack_channel text,
    status_page_incident_id text,
    summary text
);
INSERT INTO team.incidents (ref, title, severity, status, started_at, detected_at, resolved_at, commander_name, commander_user_id, reporter_email, affected_customers, customer_contacts, postmortem_note_id, slack_channel, status_page_incident_id, summary)
SELECT 'INC-' || to_char(s, 'YYYY') || '-' || lpad(k::text, 3, '0'),
       fixture_gen.pick(ARRAY['Invoice emails sent twice', 'Login outage after LDAP certificate expiry', 'Search index stale', 'Payment webhooks dropped', 'Elevated 5xx on the public API', 'Nightly export failed'], 'it', k),
       'SEV' || (1 + k % 3), CASE WHEN k > 55 THEN 'investigating' ELSE 'resolved' END, s, s + make_interval(mins => 3 + k % 20),
       CASE WHEN k <= 55 THEN s + make_interval(mins => 40 + k * 7) END, hgen.pn(hgen.staff('ic', k)), hgen.pid(hgen.staff('ic', k)),
       CASE WHEN k % 3 = 0 THEN fixture_gen.email('irep', k) ELSE hgen.pe(hgen.staff('irp', k)) END, k % 4 * 37,
       CASE WHEN k % 2 = 0 THEN fixture_gen.full_name('icc', k) || ' <' || fixture_gen.email('icc', k) || '>, ' || fixture_gen.full_name('icd', k) || ' <' || fixture_gen.email('icd', k) || '>' END,
       (SELECT id FROM hgen.n WHERE kind = 4 ORDER BY fixture_gen.n('ipm', k * 1000 + i, 100000) LIMIT 1),
       '#inc-' || to_char(s, 'YYYY') || '-' || lpad(k::text, 3, '0'), CASE WHEN k % 3 <> 2 THEN fixture_gen.chars('spi', k, 12, 'abcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE k % 4 WHEN 0 THEN 'Rolled back release ' || (2 + k / 30) || '.' || k || '.0; retry queue made idempotent.'
                  WHEN 1 THEN 'Customer ' || fixture_gen.full_name('isc', k) || ' reported it by phone (' || fixture_gen.phone('isc', k) || '); escalated by ' || hgen.pn(hgen.staff('irp', k)) || '.'
                  WHEN 2 THEN 'Certificate on ldap.fernhill.io expired; renewed manually and added an expiry alert.'
                  ELSE 'Upstream provider outage; no action on our side.' END
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT hgen.at('is', k, timestamptz '2022-01-01+00', timestamptz '2025-02-10+00') AS s) x;

CREATE TABLE team.pages (
    id bigserial PRIMARY KEY,
    incident_key text NOT NULL,
    service text NOT NULL,
    summary text NOT NULL,
    host text,
    host_ip inet,
    triggered_at timestamptz NOT NULL,
    acked_by text,
    acked_at timestamptz,
    resolved_at timestamptz,
    escalation_level int NOT NULL DEFAULT 1,
    raw jsonb
);
INSERT INTO team.pages (incident_key, service, summary, host, host_ip, triggered_at, acked_by, acked_at, resolved_at, escalation_level, raw)
SELECT fixture_gen.hexn('pik', k, 32), sv, chk || ' on ' || h, h, ('10.20.' || (k % 8) || '.' || (10 + k % 200))::inet, t, hgen.pn(u), t + make_interval(mins => 2 + k % 9),
       t + make_interval(mins => 30 + k % 90), 1 + (k % 7 = 0)::int,
       jsonb_build_object('event', jsonb_build_object('event_type', 'incident.acknowledged', 'occurred_at', t + make_interval(mins => 2 + k % 9),
         'data', jsonb_build_object('id', 'Q' || fixture_gen.chars('pdq', k, 13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'title', chk || ' on ' || h, 'service', jsonb_build_object('summary', sv),
           'assignees', jsonb_build_array(jsonb_build_object('summary', hgen.pn(u), 'email', hgen.pe(u), 'type', 'user_reference')), 'urgency', 'high')))
FROM generate_series(1, 240) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['payments-api', 'search', 'billing-events', 'hedgedoc', 'ldap'], 'psv', k) AS sv,
                           fixture_gen.pick(ARRAY['disk_used_percent > 85', 'replication lag > 60s', 'HTTP 5xx rate > 2%', 'consumer lag > 10000', 'certificate expires in 7 days'], 'pch', k) AS chk,
                           fixture_gen.pick(ARRAY['es-data-01', 'es-data-04', 'payments-db-02', 'kafka-2', 'md-app-1', 'ldap-1'], 'ph', k) AS h,
                           hgen.at('pt', k, timestamptz '2024-01-01+00', timestamptz '2025-02-13+00') AS t, hgen.staff('pu', k) AS u) x;

CREATE TABLE team.doc_access_audit (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    user_id uuid,
    user_email text,
    username text,
    ip inet,
    user_agent text,
    action text NOT NULL,
    note_id uuid,
    note_shortid text,
    note_title text,
    referer text,
    session_sid text,
    request_id text,
    geo_country char(2),
    geo_city text,
    status_code int
);
INSERT INTO team.doc_access_audit (occurred_at, user_id, user_email, username, ip, user_agent, action, note_id, note_shortid, note_title, referer, session_sid, request_id, geo_country, geo_city, status_code)
SELECT hgen.at('aa', k, timestamptz '2025-01-01+00', hgen.snap()), CASE WHEN anon THEN NULL ELSE p.id END, CASE WHEN anon THEN NULL ELSE p.email END,
       CASE WHEN anon THEN NULL WHEN p.provider = 'github' THEN p.gh ELSE p.uid END,
       (CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6('aip', k) ELSE fixture_gen.ipv4('aip', k) END)::inet,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
         'Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36'], 'ua', k),
       fixture_gen.pick(ARRAY['view', 'view', 'view', 'edit', 'edit', 'download_md', 'publish', 'permission_change', 'delete'], 'act', k),
       n.id, hgen.shortid('sid', n.i), n.title,
       CASE k % 5 WHEN 0 THEN 'https://chat.fernhill.io/fernhill/channels/delivery' WHEN 1 THEN 'https://md.fernhill.io/' || coalesce(n.alias, 's/' || hgen.shortid('sid', n.i))
                  WHEN 2 THEN 'https://md.fernhill.io/history' WHEN 3 THEN 'https://mail.google.com/' END,
       CASE WHEN NOT anon THEN hgen.sid('asid', k) END, fixture_gen.hexn('rq', k, 16),
       fixture_gen.pick(ARRAY['GB', 'GB', 'PT', 'IN', 'DE', 'US'], 'gc', k), fixture_gen.pick(ARRAY['Leeds', 'Harrogate', 'Porto', 'Braga', 'Pune', 'Mumbai', 'Berlin', 'Austin'], 'gci', k),
       CASE WHEN k % 17 = 0 THEN 403 WHEN k % 29 = 0 THEN 404 ELSE 200 END
FROM generate_series(1, 400) k
CROSS JOIN LATERAL (SELECT k % 11 = 0 AS anon) a
JOIN hgen.p p ON p.i = 1 + fixture_gen.n('aau', k, 185)
JOIN hgen.n n ON n.i = 1 + fixture_gen.n('aan', k, 260);

CREATE TABLE team.guest_invitations (
    id serial PRIMARY KEY,
    note_id uuid NOT NULL REFERENCES "Notes" (id),
    invited_name text NOT NULL,
    invited_email text NOT NULL,
    company text,
    invited_by_user_id uuid REFERENCES "Users" (id),
    invited_by_name text,
    token text NOT NULL UNIQUE,
    permission text NOT NULL,
    message text,
    expires timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_ip inet,
    revoked boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL
);
INSERT INTO team.guest_invitations (note_id, invited_name, invited_email, company, invited_by_user_id, invited_by_name, token, permission, message, expires, accepted_at, accepted_ip, revoked, created_at)
SELECT n.id, g.full_name, g.email, CASE WHEN g.email LIKE '%@fernhill.io' OR g.email ~ '@(gmail|outlook|yahoo|web|orange|proton|icloud|libero|mail|naver|hey)\.' THEN NULL ELSE initcap(replace(split_part(split_part(g.email, '@', 2), '.', 1), '-', ' ')) END,
       hgen.pid(s), hgen.pn(s), fixture_gen.chars('ginv', k, 40), CASE WHEN k % 3 = 0 THEN 'edit' ELSE 'view' END,
       CASE k % 4 WHEN 0 THEN 'Hi ' || split_part(g.full_name, ' ', 1) || ', here are the minutes from today, please add anything I missed.' WHEN 1 THEN 'Agenda for Thursday''s steering group.'
                  WHEN 2 THEN 'As discussed on the phone, the handover notes. Call me on ' || (SELECT mobile FROM hgen.p WHERE i = s) || ' if anything is unclear.' END,
       ct + interval '7 days', CASE WHEN k % 4 <> 3 THEN ct + make_interval(hours => 1 + k % 40) END, CASE WHEN k % 4 <> 3 THEN fixture_gen.ipv4('gip', k)::inet END, k % 13 = 0, ct
FROM generate_series(1, 90) k
JOIN hgen.p g ON g.i = 151 + fixture_gen.n('gg', k, 35)
CROSS JOIN LATERAL (SELECT hgen.staff('gs', k) AS s, hgen.at('gc', k, timestamptz '2022-06-01+00', hgen.snap()) AS ct) x
JOIN hgen.n n ON n.i = 10 * fixture_gen.n('gn', k, 26) + fixture_gen.pick(ARRAY['0', '5', '8'], 'gk', k)::int + 10;

CREATE TABLE team.kb_export_jobs (
    id serial PRIMARY KEY,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    target_base_url text NOT NULL,
    space_key text NOT NULL,
    api_user text NOT NULL,
    api_token text NOT NULL,
    status text NOT NULL,
    notes_total int,
    notes_failed int,
    error_log text,
    triggered_by text,
    dry_run boolean NOT NULL DEFAULT false
);
INSERT INTO team.kb_export_jobs (started_at, finished_at, target_base_url, space_key, api_user, api_token, status, notes_total, notes_failed, error_log, triggered_by, dry_run)
SELECT s, s + make_interval(mins => 4 + k % 11), 'https://fernhill.atlassian.net/wiki', CASE WHEN k % 3 = 0 THEN 'OPS' ELSE 'ENG' END,
       CASE WHEN k < 20 THEN hgen.pe(7) ELSE hgen.pe(42) END, 'ATATT3xFfGF0' || fixture_gen.chars('atl', CASE WHEN k < 20 THEN 1 ELSE 2 END, 180, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '=' || fixture_gen.hexn('atlc', k / 20, 8),
       CASE WHEN k % 9 = 4 THEN 'failed' ELSE 'succeeded' END, 40 + k % 30, CASE WHEN k % 9 = 4 THEN 3 ELSE 0 END,
       CASE WHEN k % 9 = 4 THEN 'Page "' || (SELECT title FROM hgen.n WHERE i = 1 + fixture_gen.n('jerr', k, 260)) || '" rejected: title already exists in space' || E'\nHTTP 401 for ' || CASE WHEN k < 20 THEN hgen.pe(7) ELSE hgen.pe(42) END END,
       CASE WHEN k % 4 = 0 THEN 'cron' ELSE hgen.pn(CASE WHEN k < 20 THEN 7 ELSE 42 END) END, k % 10 = 1
FROM generate_series(1, 36) k CROSS JOIN LATERAL (SELECT timestamptz '2024-03-01 02:00+00' + make_interval(days => 7 * k) AS s) x;

CREATE TABLE team.kb_export (
    id serial PRIMARY KEY,
    job_id int NOT NULL REFERENCES team.kb_export_jobs (id),
    note_id uuid NOT NULL REFERENCES "Notes" (id),
    shortid text NOT NULL,
    alias text,
    title text,
    path text,
    body_markdown text,
    body_html text,
    tags text[],
    author_names text[],
    last_editor_email text,
    word_count int,
    checksum char(64),
    confluence_page_id bigint,
    confluence_version int,
    target_url text,
    exported_at timestamptz,
    status text NOT NULL,
    error text
);
INSERT INTO team.kb_export (job_id, note_id, shortid, alias, title, path, body_markdown, body_html, tags, author_names, last_editor_email, word_count, checksum, confluence_page_id, confluence_version, target_url, exported_at, status, error)
SELECT j.id, n.id, hgen.shortid('sid', n.i), n.alias, n.title,
       CASE n.kind WHEN 3 THEN 'Runbooks/' WHEN 6 THEN 'Architecture/Decisions/' WHEN 8 THEN 'Handbook/' WHEN 9 THEN 'Releases/' ELSE 'Meetings/' END || n.title,
       n.body, '<h1>' || n.title || '</h1>' || E'\n<p>' || replace(replace(substr(n.body, position('# ' IN n.body) + length(n.title) + 4), E'\n\n', '</p><p>'), E'\n', '<br/>') || '</p>',
       string_to_array(n.tags, ', '), ARRAY[hgen.pn(n.owner), hgen.pn(n.lastu)], hgen.pe(n.lastu), array_length(regexp_split_to_array(n.body, '\s+'), 1),
       encode(sha256(convert_to(n.body, 'UTF8')), 'hex'), 65536000 + n.i * 17, 1 + (j.id % 5),
       'https://fernhill.atlassian.net/wiki/spaces/' || j.space_key || '/pages/' || (65536000 + n.i * 17),
       j.started_at + make_interval(secs => n.i), CASE WHEN j.status = 'failed' AND n.i % 7 = 0 THEN 'failed' ELSE 'exported' END,
       CASE WHEN j.status = 'failed' AND n.i % 7 = 0 THEN 'HTTP 400: A page with this title already exists' END
FROM team.kb_export_jobs j JOIN hgen.n n ON n.kind IN (0, 3, 6, 8, 9) AND (n.i + j.id) % 12 = 0;

CREATE TABLE team.staff_directory (
    id serial PRIMARY KEY,
    ldap_uid text NOT NULL UNIQUE,
    hedgedoc_user_id uuid REFERENCES "Users" (id),
    full_name text NOT NULL,
    preferred_name text,
    pronouns text,
    work_email text NOT NULL,
    personal_email text,
    mobile text,
    desk_phone text,
    job_title text,
    department text,
    manager_name text,
    office text,
    start_date date,
    leaving_date date,
    birthday date,
    github_login text,
    slack_handle text,
    home_address text,
    emergency_contact_name text,
    emergency_contact_phone text,
    dietary_requirements text,
    tshirt_size text,
    photo_url text,
    updated_at timestamptz NOT NULL
);
INSERT INTO team.staff_directory (ldap_uid, hedgedoc_user_id, full_name, preferred_name, pronouns, work_email, personal_email, mobile, desk_phone, job_title, department, manager_name, office,
  start_date, leaving_date, birthday, github_login, slack_handle, home_address, emergency_contact_name, emergency_contact_phone, dietary_requirements, tshirt_size, photo_url, updated_at)
SELECT p.uid, p.id, p.full_name, CASE WHEN p.i % 7 = 0 THEN left(p.f, 3) END, fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', NULL, NULL], 'pro', p.i),
       p.email, p.pemail, p.mobile,
       CASE WHEN p.office = 'Leeds' THEN '+44 113 496 ' || (1000 + p.i) WHEN p.office = 'Porto' THEN '+351 22 040 ' || (3000 + p.i) ELSE '+91 20 6730 ' || (5000 + p.i) END,
       p.title, p.dept, hgen.pn(1 + (p.i - 1) / 10 * 10), p.office, p.cr::date, CASE WHEN p.i % 19 = 0 THEN (p.cr + interval '900 days')::date END,
       fixture_gen.birth_date('bday', p.i), CASE WHEN p.provider = 'github' OR p.i % 2 = 0 THEN p.gh END, '@' || p.uid,
       fixture_gen.street('hst', p.i) || ', ' || p.office || ' ' || fixture_gen.postcode('hpc', p.i), fixture_gen.full_name('emc', p.i), fixture_gen.phone('emcp', p.i),
       fixture_gen.pick(ARRAY['none', 'vegetarian', 'vegan', 'halal', 'coeliac (no gluten)', 'nut allergy (EpiPen in desk)', 'lactose intolerant', 'none', 'none'], 'diet', p.i),
       fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL'], 'tsh', p.i),
       CASE WHEN p.i % 4 <> 0 THEN 'https://people.fernhill.io/photos/' || p.uid || '.jpg' END,
       p.cr + make_interval(days => fixture_gen.n('sdu', p.i, 500))
FROM hgen.p p WHERE NOT p.guest;

CREATE TABLE team.onboarding_checklists (
    id serial PRIMARY KEY,
    staff_id int REFERENCES team.staff_directory (id),
    new_starter_name text NOT NULL,
    personal_email text,
    start_date date NOT NULL,
    buddy_name text,
    checklist_note_id uuid REFERENCES "Notes" (id),
    laptop_asset_tag text,
    laptop_serial text,
    temp_password text,
    wifi_psk text,
    items_done int NOT NULL DEFAULT 0,
    items_total int NOT NULL DEFAULT 24,
    notes text,
    completed_at timestamptz
);
INSERT INTO team.onboarding_checklists (staff_id, new_starter_name, personal_email, start_date, buddy_name, checklist_note_id, laptop_asset_tag, laptop_serial, temp_password, wifi_psk, items_done, items_total, notes, completed_at)
SELECT CASE WHEN n.i % 4 = 1 THEN 1 + n.i % 150 END, n.x, n.xemail, (n.cr + interval '14 days')::date, hgen.pn(n.a), n.id, 'FH-LT-' || lpad((400 + n.i)::text, 5, '0'),
       fixture_gen.chars('lts', n.i, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
       CASE WHEN n.i % 3 <> 0 THEN fixture_gen.pick(ARRAY['Welcome', 'Fernhill', 'Spring', 'Leeds'], 'tpw', n.i) || fixture_gen.digits('tpd', n.i, 4) || '!' END,
       fixture_gen.chars('wifi', n.i % 3, 14), CASE WHEN n.i < 200 THEN 24 ELSE 10 + n.i % 14 END, 24,
       CASE n.i % 4 WHEN 1 THEN 'Needs a screen reader set up; ' || split_part(n.x, ' ', 1) || ' will bring their own keyboard.' WHEN 2 THEN 'Laptop couriered to ' || fixture_gen.street('xst', n.i) || '.'
                    WHEN 3 THEN 'Start moved a week: visa appointment.' END,
       CASE WHEN n.i < 200 THEN n.cr + interval '40 days' END
FROM hgen.n n WHERE n.kind = 1;

CREATE TABLE team.interview_loops (
    id serial PRIMARY KEY,
    candidate_name text NOT NULL,
    candidate_email text,
    candidate_phone text,
    vacancy text NOT NULL,
    source text,
    current_employer text,
    salary_expectation int,
    notice_period text,
    cv_url text,
    interview_note_id uuid REFERENCES "Notes" (id),
    panel text[],
    decision text,
    feedback text,
    stage text NOT NULL,
    stage_at timestamptz,
    created_at timestamptz NOT NULL
);
INSERT INTO team.interview_loops (candidate_name, candidate_email, candidate_phone, vacancy, source, current_employer, salary_expectation, notice_period, cv_url, interview_note_id, panel, decision, feedback, stage, stage_at, created_at)
SELECT n.x, n.xemail, n.xphone, fixture_gen.pick(ARRAY['Backend Engineer (Leeds)', 'Frontend Engineer (Porto)', 'SRE (remote UK)', 'Data Engineer (Pune)'], 'vac', n.i),
       fixture_gen.pick(ARRAY['LinkedIn', 'Referral', 'Careers page', 'Agency: Hays', 'Meetup'], 'src', n.i),
       fixture_gen.pick(ARRAY['Sky Betting & Gaming', 'Farfetch', 'Infosys', 'Zalando', 'BJSS'], 'emp', n.i), (55 + fixture_gen.n('exp', n.i, 40)) * 1000,
       fixture_gen.pick(ARRAY['1 month', '3 months', 'immediate', '2 months'], 'ntc', n.i),
       'https://fernhill-hiring.s3.eu-west-2.amazonaws.com/cv/' || hgen.slug(n.x) || '-cv.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA' || fixture_gen.chars('cvk', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
         || '%2F' || to_char(n.cr, 'YYYYMMDD') || '%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(n.cr AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') || '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('cvs', n.i, 64),
       n.id, ARRAY[hgen.pn(n.a), hgen.pn(n.b)], fixture_gen.pick(ARRAY['hire', 'no hire', 'second round'], 'dec', n.i),
       'Strong on system design, weak on testing. ' || CASE WHEN n.i % 3 = 0 THEN 'Mentioned she is pregnant and would need to start after leave; noted, not a factor.' ELSE 'Good questions about on-call.' END,
       fixture_gen.pick(ARRAY['screen', 'tech', 'onsite', 'offer', 'rejected'], 'stg', n.i), n.cr + interval '3 days', n.cr - interval '10 days'
FROM hgen.n n WHERE n.kind = 7;

CREATE TABLE team.client_contacts (
    id serial PRIMARY KEY,
    client text NOT NULL,
    contact_name text NOT NULL,
    email text,
    phone text,
    job_title text,
    project_code text,
    nda_signed_on date,
    notes text,
    hedgedoc_invited boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO team.client_contacts (client, contact_name, email, phone, job_title, project_code, nda_signed_on, notes, hedgedoc_invited, created_at, updated_at)
SELECT c.client, fixture_gen.full_name('cc', k), hgen.fold(fixture_gen.first_name('cc', k)) || '.' || hgen.fold(fixture_gen.last_name('cc', k)) || '@' || c.dom, fixture_gen.phone('ccp', k),
       fixture_gen.pick(ARRAY['Head of IT', 'Product Owner', 'CTO', 'Procurement Manager', 'Finance Director', 'Operations Lead'], 'cct', k), c.code || '-' || (1 + k % 4),
       date '2021-01-04' + fixture_gen.n('nda', k, 1200),
       CASE k % 4 WHEN 0 THEN 'Prefers calls before 10:00; assistant is ' || fixture_gen.full_name('cca', k) || '.' WHEN 1 THEN 'Signs off invoices.' WHEN 2 THEN 'On maternity leave until September, cover: ' || fixture_gen.full_name('ccv', k) || '.' END,
       k % 3 = 0, timestamptz '2021-01-04+00' + make_interval(days => fixture_gen.n('ccc', k, 1200)), timestamptz '2024-06-01+00' + make_interval(days => fixture_gen.n('ccu', k, 250))
FROM generate_series(1, 60) k
JOIN (VALUES (0, 'Northwind Freight', 'northwindfreight.co.uk', 'NWF'), (1, 'Kappa Energia', 'kappa-energia.pt', 'KAP'), (2, 'Sahyadri Co-operative Bank', 'sahyadri-bank.in', 'SCB'), (3, 'Lumen Labs', 'lumenlabs.de', 'LUM')) c(m, client, dom, code) ON c.m = k % 4;

CREATE TABLE team.integrations (
    id serial PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL,
    webhook_url text,
    signing_secret text,
    channel text,
    events text[] NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    last_status int,
    last_error text,
    created_by uuid REFERENCES "Users" (id),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO team.integrations (name, kind, webhook_url, signing_secret, channel, events, enabled, last_status, last_error, created_by, created_at, updated_at)
SELECT v.name, v.kind,
       CASE v.kind WHEN 'mattermost' THEN 'https://chat.fernhill.io/hooks/' || fixture_gen.chars('mmh', k, 26, 'abcdefghijklmnopqrstuvwxyz0123456789')
                   WHEN 'slack' THEN 'https://hooks.slack.com/services/T0' || fixture_gen.chars('sl1', k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('sl2', k, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('sl3', k, 24)
                   WHEN 'teams' THEN 'https://fernhill.webhook.office.com/webhookb2/' || hgen.u4('tm1', k) || '@' || hgen.u4('tm2', 1) || '/IncomingWebhook/' || fixture_gen.hexn('tm3', k, 32) || '/' || hgen.u4('tm4', k)
                   ELSE 'https://hooks.fernhill.io/hedgedoc/' || v.name END,
       CASE WHEN v.kind = 'generic' THEN 'whsec_' || fixture_gen.b64('whs', k, 24) END, v.ch, v.ev, k <> 5, CASE WHEN k = 5 THEN 410 ELSE 200 END,
       CASE WHEN k = 5 THEN 'HTTP 410 Gone: channel archived' END, hgen.pid(hgen.staff('icb', k)),
       timestamptz '2022-02-01+00' + make_interval(days => 40 * k), timestamptz '2024-10-01+00' + make_interval(days => 3 * k)
FROM (VALUES (1, 'Mattermost #minutes', 'mattermost', '#minutes', ARRAY['note.created', 'note.tagged:minutes']),
             (2, 'Mattermost #oncall', 'mattermost', '#oncall', ARRAY['note.updated:runbook']),
             (3, 'Slack Kappa shared channel', 'slack', '#fernhill-kappa', ARRAY['note.updated:kappa']),
             (4, 'Teams Northwind', 'teams', 'Northwind / Delivery', ARRAY['note.published']),
             (5, 'Slack #design (old workspace)', 'slack', '#design', ARRAY['note.created']),
             (6, 'search-indexer', 'generic', NULL, ARRAY['note.created', 'note.updated', 'note.deleted']),
             (7, 'kb-export-trigger', 'generic', NULL, ARRAY['note.tagged:handbook', 'note.tagged:adr'])) v(k, name, kind, ch, ev);

CREATE TABLE team.integration_deliveries (
    id bigserial PRIMARY KEY,
    integration_id int NOT NULL REFERENCES team.integrations (id),
    event text NOT NULL,
    note_id uuid REFERENCES "Notes" (id),
    payload jsonb NOT NULL,
    response_status int,
    response_body text,
    duration_ms int,
    attempt int NOT NULL DEFAULT 1,
    delivered_at timestamptz NOT NULL
);
INSERT INTO team.integration_deliveries (integration_id, event, note_id, payload, response_status, response_body, duration_ms, attempt, delivered_at)
SELECT ig, CASE WHEN k % 3 = 0 THEN 'note.created' ELSE 'note.updated' END, n.id,
       CASE WHEN ig IN (6, 7) THEN jsonb_build_object('event', CASE WHEN k % 3 = 0 THEN 'note.created' ELSE 'note.updated' END, 'note', jsonb_build_object('id', n.id, 'shortid', hgen.shortid('sid', n.i), 'alias', n.alias, 'title', n.title, 'tags', string_to_array(n.tags, ', ')),
              'user', jsonb_build_object('id', hgen.pid(n.lastu), 'name', hgen.pn(n.lastu), 'email', hgen.pe(n.lastu)))
            ELSE jsonb_build_object('username', 'HedgeDoc', 'icon_url', 'https://md.fernhill.io/favicon.png', 'text', hgen.pn(n.lastu) || ' updated [' || n.title || '](https://md.fernhill.io/' || coalesce(n.alias, 's/' || hgen.shortid('sid', n.i)) || ')') END,
       CASE WHEN ig = 5 THEN 410 WHEN k % 37 = 0 THEN 502 ELSE 200 END, CASE WHEN ig = 5 THEN 'channel_is_archived' WHEN k % 37 = 0 THEN 'Bad Gateway' ELSE 'ok' END,
       40 + fixture_gen.n('dms', k, 900), 1 + (k % 37 = 0)::int, hgen.at('dat', k, timestamptz '2024-06-01+00', hgen.snap())
FROM generate_series(1, 260) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('dig', k, 7) AS ig) g JOIN hgen.n n ON n.i = 1 + fixture_gen.n('dnt', k, 260);

CREATE TABLE team.service_accounts (
    id serial PRIMARY KEY,
    name text NOT NULL,
    description text,
    login text NOT NULL UNIQUE,
    password_hash text,
    api_token text,
    owner_name text,
    owner_email text,
    scopes text[],
    last_used_at timestamptz,
    last_used_ip inet,
    created_at timestamptz NOT NULL
);
INSERT INTO team.service_accounts (name, description, login, password_hash, api_token, owner_name, owner_email, scopes, last_used_at, last_used_ip, created_at)
SELECT v.name, v.descr, 'svc-' || v.name, hgen.scrypt('svcpw', k), 'hdapi_' || fixture_gen.chars('svct', k, 40), hgen.pn(hgen.staff('svo', k)), hgen.pe(hgen.staff('svo', k)), v.sc,
       hgen.snap() - make_interval(hours => k * 5), ('10.30.' || k || '.' || (20 + k))::inet, timestamptz '2022-03-01+00' + make_interval(days => 60 * k)
FROM (VALUES (1, 'minutes-bot', 'Creates the weekly minutes notes from the calendar', ARRAY['notes:write']),
             (2, 'kb-exporter', 'Exports handbook and ADR notes to Confluence', ARRAY['notes:read']),
             (3, 'search-indexer', 'Feeds notes into OpenSearch', ARRAY['notes:read', 'revisions:read']),
             (4, 'backup', 'Nightly markdown backup to S3', ARRAY['notes:read', 'users:read']),
             (5, 'ci-release-notes', 'Publishes release notes from GitLab CI', ARRAY['notes:write']),
             (6, 'secret-scanner', 'Scans new revisions for credentials', ARRAY['revisions:read'])) v(k, name, descr, sc);

CREATE TABLE team.app_settings (
    key text PRIMARY KEY,
    value text,
    is_secret boolean NOT NULL DEFAULT false,
    description text,
    updated_by text,
    updated_at timestamptz NOT NULL
);
INSERT INTO team.app_settings (key, value, is_secret, description, updated_by, updated_at)
SELECT v.key, v.value, v.sec, v.descr, (SELECT uid FROM hgen.p WHERE i = CASE WHEN v.k % 2 = 0 THEN 7 ELSE 42 END), timestamptz '2023-01-10+00' + make_interval(days => 23 * v.k)
FROM (VALUES
  (1, 'CMD_DOMAIN', 'md.fernhill.io', false, 'Public host name'),
  (2, 'CMD_SESSION_SECRET', fixture_gen.hexn('sess-secret', 1, 64), true, 'Signs the session cookie'),
  (3, 'CMD_SESSION_LIFE', '1209600000', false, 'Session lifetime in ms'),
  (4, 'CMD_ALLOW_ANONYMOUS', 'false', false, NULL),
  (5, 'CMD_DEFAULT_PERMISSION', 'limited', false, NULL),
  (6, 'CMD_GITHUB_CLIENTID', 'Iv1.' || fixture_gen.hexn('ghcid', 1, 16), false, 'GitHub OAuth app'),
  (7, 'CMD_GITHUB_CLIENTSECRET', fixture_gen.hexn('ghcs', 1, 40), true, 'GitHub OAuth app'),
  (8, 'CMD_GITLAB_BASEURL', 'https://gitlab.fernhill.io', false, NULL),
  (9, 'CMD_GITLAB_CLIENTSECRET', 'gloas-' || fixture_gen.hexn('glcs', 1, 64), true, NULL),
  (10, 'CMD_LDAP_URL', 'ldaps://ldap.fernhill.io:636', false, NULL),
  (11, 'CMD_LDAP_BINDDN', 'cn=hedgedoc-bind,ou=services,dc=fernhill,dc=io', false, NULL),
  (12, 'CMD_LDAP_BINDCREDENTIALS', fixture_gen.chars('ldapbind', 1, 24), true, 'Bind password'),
  (13, 'CMD_LDAP_SEARCHFILTER', '(uid={{username}})', false, NULL),
  (14, 'CMD_S3_ACCESS_KEY_ID', 'AKIA' || fixture_gen.chars('s3k', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), true, 'Uploads bucket'),
  (15, 'CMD_S3_SECRET_ACCESS_KEY', fixture_gen.chars('s3s', 1, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), true, 'Uploads bucket'),
  (16, 'CMD_S3_BUCKET', 'fernhill-hedgedoc-uploads', false, NULL),
  (17, 'CMD_IMAGE_UPLOAD_TYPE', 's3', false, NULL),
  (18, 'CMD_DB_URL', 'postgres://hedgedoc:' || fixture_gen.chars('dbpw', 1, 20) || '@pg-main.internal:5432/hedgedoc', true, 'Database'),
  (19, 'CMD_CSP_ENABLE', 'true', false, NULL),
  (20, 'CMD_EMAIL', 'true', false, 'Allow email sign-in for guests'),
  (21, 'CMD_ALLOW_EMAIL_REGISTER', 'false', false, NULL),
  (22, 'CMD_HSTS_MAX_AGE', '31536000', false, NULL),
  (23, 'CMD_DOCUMENT_MAX_LENGTH', '200000', false, NULL),
  (24, 'team.kb_export.schedule', '0 2 * * 1', false, 'Weekly Confluence export'),
  (25, 'team.support_contact', hgen.pe(7), false, 'Shown on the error page'),
  (26, 'team.mattermost_bot_token', fixture_gen.chars('mmbot', 1, 26, 'abcdefghijklmnopqrstuvwxyz0123456789'), true, 'Bot that posts reminders')
) v(k, key, value, sec, descr);

CREATE TABLE team.ldap_sync_log (
    id bigserial PRIMARY KEY,
    run_id uuid NOT NULL,
    run_at timestamptz NOT NULL,
    uid text NOT NULL,
    dn text NOT NULL,
    mail text,
    display_name text,
    action text NOT NULL,
    changes jsonb,
    error text,
    duration_ms int
);
INSERT INTO team.ldap_sync_log (run_id, run_at, uid, dn, mail, display_name, action, changes, error, duration_ms)
SELECT hgen.u4('ldrun', r), timestamptz '2024-09-02 03:00+00' + make_interval(days => 7 * r), p.uid, 'uid=' || p.uid || ',ou=people,dc=fernhill,dc=io', p.email, p.full_name,
       CASE WHEN (p.i + r) % 9 = 0 THEN 'updated' WHEN p.i % 19 = 0 AND r = 20 THEN 'disabled' ELSE 'unchanged' END,
       CASE WHEN (p.i + r) % 9 = 0 THEN jsonb_build_object('title', jsonb_build_array(fixture_gen.pick(ARRAY['Software Engineer', 'QA Engineer', 'Data Engineer'], 'oldt', p.i), p.title),
                                                           'telephoneNumber', jsonb_build_array(fixture_gen.phone('oldm', p.i), p.mobile)) END,
       CASE WHEN p.i = 42 AND r = 7 THEN 'LDAP error 49: invalid credentials for cn=hedgedoc-bind' END, 5 + fixture_gen.n('ldms', p.i * 30 + r, 80)
FROM generate_series(1, 20) r JOIN hgen.p p ON p.provider = 'ldap' AND (p.i + r) % 4 = 0;

CREATE TABLE team.note_uploads (
    id serial PRIMARY KEY,
    note_id uuid REFERENCES "Notes" (id) ON DELETE SET NULL,
    uploader_user_id uuid REFERENCES "Users" (id),
    file_name text NOT NULL,
    storage_key text NOT NULL,
    url text NOT NULL,
    mime_type text NOT NULL,
    size_bytes int NOT NULL,
    width int,
    height int,
    sha256 char(64) NOT NULL,
    exif jsonb,
    created_at timestamptz NOT NULL
);
INSERT INTO team.note_uploads (note_id, uploader_user_id, file_name, storage_key, url, mime_type, size_bytes, width, height, sha256, exif, created_at)
SELECT n.id, hgen.pid(n.owner), fn, 'uploads/upload_' || fixture_gen.hexn('upk', k, 32) || ext, 'https://md.fernhill.io/uploads/upload_' || fixture_gen.hexn('upk', k, 32) || ext,
       CASE ext WHEN '.png' THEN 'image/png' WHEN '.pdf' THEN 'application/pdf' ELSE 'image/jpeg' END, 20000 + fixture_gen.n('ups', k, 4000000),
       CASE WHEN ext <> '.pdf' THEN 800 + k % 3200 END, CASE WHEN ext <> '.pdf' THEN 600 + k % 2400 END, fixture_gen.hexn('upsha', k, 64),
       CASE WHEN ext = '.jpg' THEN jsonb_build_object('Make', 'Apple', 'Model', 'iPhone ' || (12 + k % 4), 'DateTimeOriginal', to_char(n.cr, 'YYYY:MM:DD HH24:MI:SS'),
              'GPSLatitude', round((53.79 + fixture_gen.n('ula', k, 2000) / 100000.0)::numeric, 6), 'GPSLongitude', round((-1.55 + fixture_gen.n('ulo', k, 2000) / 100000.0)::numeric, 6), 'Software', '17.3') END,
       n.cr + interval '20 minutes'
FROM generate_series(1, 150) k
JOIN hgen.n n ON n.i = 1 + fixture_gen.n('upn', k, 260)
CROSS JOIN LATERAL (SELECT CASE k % 6
    WHEN 0 THEN 'passport_' || hgen.slug(n.x) || '.jpg'
    WHEN 1 THEN 'Screenshot 2024-' || lpad((1 + k % 12)::text, 2, '0') || '-' || lpad((1 + k % 28)::text, 2, '0') || ' at 10.' || lpad((k % 60)::text, 2, '0') || '.png'
    WHEN 2 THEN 'whiteboard.jpg'
    WHEN 3 THEN 'architecture-diagram-v' || (k % 5) || '.png'
    WHEN 4 THEN replace(n.x, ' ', '_') || '_CV.pdf'
    ELSE 'IMG_' || (1000 + k * 7) || '.jpg' END AS fn) f
CROSS JOIN LATERAL (SELECT substring(f.fn from '\.[a-z]+$') AS ext) e;

CREATE TABLE team.secret_scan_findings (
    id serial PRIMARY KEY,
    note_id uuid NOT NULL REFERENCES "Notes" (id),
    revision_id uuid REFERENCES "Revisions" (id),
    detector text NOT NULL,
    match text NOT NULL,
    redacted_match text NOT NULL,
    line_no int,
    found_at timestamptz NOT NULL,
    status text NOT NULL,
    resolved_by_name text,
    resolved_at timestamptz,
    comment text
);
INSERT INTO team.secret_scan_findings (note_id, revision_id, detector, match, redacted_match, line_no, found_at, status, resolved_by_name, resolved_at, comment)
SELECT n.id, CASE WHEN n.i <= 220 THEN hgen.u4('rev', n.i * 10 + 3) END, d.det, m.v, left(m.v, 4) || repeat('*', length(m.v) - 4), d.line, n.cr + interval '2 hours',
       CASE WHEN n.i % 4 = 1 THEN 'open' WHEN n.i % 4 = 3 THEN 'false_positive' ELSE 'rotated' END,
       CASE WHEN n.i % 4 <> 1 THEN hgen.pn(hgen.staff('ssr', n.i)) END, CASE WHEN n.i % 4 <> 1 THEN n.cr + interval '3 days' END,
       CASE n.i % 4 WHEN 0 THEN 'Rotated; asked ' || split_part(hgen.pn(n.owner), ' ', 1) || ' to use the vault next time.' WHEN 3 THEN 'Example value from the docs.' WHEN 2 THEN 'Key disabled in IAM.' END
FROM hgen.n n
CROSS JOIN (VALUES ('postgres_password', 12), ('aws_access_key_id', 13), ('aws_secret_access_key', 13)) d(det, line)
CROSS JOIN LATERAL (SELECT CASE d.det WHEN 'postgres_password' THEN substring(n.body from 'PGPASSWORD=([A-Za-z0-9]+)')
                                      WHEN 'aws_access_key_id' THEN substring(n.body from '(AKIA[A-Z2-7]{16})')
                                      ELSE substring(n.body from 'AWS_SECRET_ACCESS_KEY=([A-Za-z0-9+/]{40})') END AS v) m
WHERE n.kind = 3;

CREATE TABLE team.search_log (
    id bigserial PRIMARY KEY,
    user_id uuid REFERENCES "Users" (id),
    query text NOT NULL,
    results int NOT NULL,
    searched_at timestamptz NOT NULL,
    ip inet,
    took_ms int
);
INSERT INTO team.search_log (user_id, query, results, searched_at, ip, took_ms)
SELECT hgen.pid(hgen.staff('slu', k)),
       CASE k % 6 WHEN 0 THEN hgen.pn(hgen.staff('slq', k)) WHEN 1 THEN '1:1 ' || split_part(hgen.pn(hgen.staff('slq', k)), ' ', 1) WHEN 2 THEN 'runbook kafka'
                  WHEN 3 THEN 'onboarding ' || fixture_gen.first_name('xhire', k) WHEN 4 THEN 'expenses policy' ELSE 'ADR feature flags' END,
       fixture_gen.n('slr', k, 30), hgen.at('slt', k, timestamptz '2024-10-01+00', hgen.snap()), fixture_gen.ipv4('slip', k)::inet, 5 + fixture_gen.n('slms', k, 300)
FROM generate_series(1, 300) k;

CREATE TABLE team.retro_feedback (
    id serial PRIMARY KEY,
    sprint int NOT NULL,
    team text NOT NULL,
    submitted_at timestamptz NOT NULL,
    anonymous boolean NOT NULL DEFAULT true,
    respondent_email text,
    mood smallint,
    went_well text,
    to_improve text,
    shoutouts text
);
INSERT INTO team.retro_feedback (sprint, team, submitted_at, anonymous, respondent_email, mood, went_well, to_improve, shoutouts)
SELECT 40 + k / 8, fixture_gen.pick(ARRAY['Payments', 'Search', 'Mobile', 'Data platform'], 'rtm', k), timestamptz '2022-01-14 15:00+00' + make_interval(days => 14 * (k / 8), mins => k % 8),
       k % 3 <> 0, CASE WHEN k % 3 = 0 THEN hgen.pe(hgen.staff('rte', k)) END, 1 + k % 5,
       fixture_gen.pick(ARRAY['Release went out on time.', 'Pairing on the refund flow worked well.', 'Fewer pages this sprint.', 'Demo to the client was smooth.'], 'rww', k),
       CASE k % 4 WHEN 0 THEN 'Too many meetings on Tuesday.' WHEN 1 THEN 'I felt ignored when ' || split_part(hgen.pn(hgen.staff('rti', k)), ' ', 1) || ' rewrote my PR without asking.'
                  WHEN 2 THEN 'Flaky tests in CI.' ELSE 'Stand-up runs over 15 minutes.' END,
       CASE WHEN k % 2 = 0 THEN 'Thanks ' || hgen.pn(hgen.staff('rts', k)) || ' for covering my on-call while my dad was in hospital.' END
FROM generate_series(1, 200) k;

CREATE TABLE team.note_templates (
    id serial PRIMARY KEY,
    name text NOT NULL,
    description text,
    body text NOT NULL,
    category text,
    default_permission text NOT NULL DEFAULT 'limited',
    created_by uuid REFERENCES "Users" (id),
    usage_count int NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO team.note_templates (name, description, body, category, default_permission, created_by, usage_count, created_at, updated_at)
SELECT v.name, v.descr, v.body, v.cat, v.perm, hgen.pid(hgen.staff('tmc', v.k)), 10 + fixture_gen.n('tmu', v.k, 300),
       timestamptz '2021-05-01+00' + make_interval(days => 30 * v.k), timestamptz '2024-05-01+00' + make_interval(days => 11 * v.k)
FROM (VALUES
  (1, 'Meeting minutes', 'Standard minutes layout', E'---\ntags: meeting, minutes\n---\n# {{title}} {{date}}\n\n**Attendees:**\n\n## Notes\n\n## Actions\n- [ ] ', 'meetings', 'editable'),
  (2, 'Onboarding checklist', 'For People team and buddies', E'# Onboarding: {{name}}\n\n## New starter\n- Name:\n- Personal email:\n- Mobile:\n- Laptop delivery address:\n- Emergency contact:\n\n## Checklist\n- [ ] Contract signed\n- [ ] GitHub invite', 'people', 'limited'),
  (3, '1:1', 'Private 1:1 notes', E'_Private_\n\n## How are you?\n\n## Feedback\n\n## Career', 'people', 'private'),
  (4, 'Runbook', 'Operational runbook', E'# Runbook: {{service}}\n\n## Symptoms\n\n## Steps\n1.\n\n## Escalation', 'operations', 'protected'),
  (5, 'Postmortem', 'Blameless incident review', E'# Postmortem {{ref}}: {{title}}\n\n## Impact\n\n## Timeline\n\n## Root cause\n\n## Actions', 'operations', 'limited'),
  (6, 'ADR', 'Architecture decision record', E'# ADR-{{n}}: {{title}}\n\n## Status\n\n## Context\n\n## Decision\n\n## Consequences', 'engineering', 'editable'),
  (7, 'Interview scorecard', 'One per panel member', E'# Interview – {{role}} – {{candidate}}\n\n## Signals\n\n## Feedback\n\n## Decision', 'hiring', 'private'),
  (8, 'Release notes', 'Keep a Changelog format', E'# Release notes v{{version}}\n\n## Added\n\n## Fixed\n\n## Changed', 'engineering', 'locked'),
  (9, 'Retro', 'Sprint retrospective board', E'# Sprint {{n}} retro\n\n## Went well\n\n## To improve\n\n## Shout-outs', 'meetings', 'editable')
) v(k, name, descr, body, cat, perm);

CREATE TABLE team.note_tags (
    id serial PRIMARY KEY,
    note_id uuid NOT NULL REFERENCES "Notes" (id) ON DELETE CASCADE,
    tag text NOT NULL,
    created_at timestamptz NOT NULL
);
INSERT INTO team.note_tags (note_id, tag, created_at)
SELECT n.id, t, n.cr FROM hgen.n n CROSS JOIN LATERAL unnest(string_to_array(n.tags, ', ')) t;

CREATE TABLE team.release_notes (
    id serial PRIMARY KEY,
    version text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    product text NOT NULL,
    channel text NOT NULL,
    note_id uuid REFERENCES "Notes" (id),
    published_at timestamptz
);
INSERT INTO team.release_notes (version, title, body, product, channel, note_id, published_at)
SELECT substr(n.title, 16), n.title, substr(n.body, position('## Added' IN n.body)), fixture_gen.pick(ARRAY['Fernhill Reports', 'Fernhill Pay SDK', 'Ledger API'], 'rnp', n.i),
       CASE WHEN n.i % 3 = 0 THEN 'beta' ELSE 'stable' END, n.id, n.cr + interval '1 day'
FROM hgen.n n WHERE n.kind = 9;

CREATE TABLE team.metrics_daily (
    day date PRIMARY KEY,
    notes_created int NOT NULL,
    notes_edited int NOT NULL,
    active_users int NOT NULL,
    anonymous_views int NOT NULL,
    uploads_mb numeric(10, 2) NOT NULL,
    sessions int NOT NULL
);
INSERT INTO team.metrics_daily
SELECT date '2024-08-01' + k, 2 + fixture_gen.n('mdc', k, 20), 20 + fixture_gen.n('mde', k, 150), 30 + fixture_gen.n('mda', k, 120), fixture_gen.n('mdv', k, 60),
       round(fixture_gen.n('mdu', k, 50000) / 100.0, 2), 40 + fixture_gen.n('mds', k, 200)
FROM generate_series(0, 197) k;

CREATE TABLE team.user_aliases (
    id serial PRIMARY KEY,
    hedgedoc_user_id uuid NOT NULL REFERENCES "Users" (id),
    staff_id int REFERENCES team.staff_directory (id),
    provider text NOT NULL,
    profileid text,
    display_name text,
    email text,
    matched_by text NOT NULL,
    created_at timestamptz NOT NULL
);
INSERT INTO team.user_aliases (hedgedoc_user_id, staff_id, provider, profileid, display_name, email, matched_by, created_at)
SELECT u.id, s.id, p.provider, u.profileid, p.full_name, coalesce(u.email, p.email), CASE WHEN s.id IS NULL THEN 'none' WHEN p.provider = 'ldap' THEN 'uid' ELSE 'email' END,
       timestamptz '2024-02-01+00' + make_interval(mins => p.i)
FROM hgen.p p JOIN "Users" u ON u.id = p.id LEFT JOIN team.staff_directory s ON s.hedgedoc_user_id = u.id;

-- ---------------------------------------------------------------------
SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('team');
SET client_min_messages = warning;
DROP SCHEMA hgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
