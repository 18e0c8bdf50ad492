-- classify-eval fixture (HOLDOUT 23: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of a Plausible Analytics 2.x/3.0 installation (the
-- Elixir/Phoenix application's Ecto migrations: snake_case plural tables,
-- bigserial keys, inserted_at/updated_at as timestamp(0), a few PostgreSQL
-- enums), a subset of its tables with their real columns. The ClickHouse event
-- store is not part of it. citext columns (emails, recipients) are text here,
-- so that the fixture loads without extensions.
-- It is a hosted instance in the middle of the move to teams: about 300
-- customers (freelancers, agencies, shops, a dental practice, personal blogs)
-- with names of several cultures, their ~400 sites whose domains are company
-- domains and people's own names, memberships, invitations and team
-- invitations by email with the random invitation ids of the accept links,
-- bcrypt password hashes, encrypted TOTP secrets and the 2FA token, recovery
-- code digests, session tokens with the browser and OS they came from,
-- API keys (prefix and SHA-256 hash), shared links whose slug is the
-- credential, goals, funnels, Google Search Console links with the Google
-- account's email and OAuth tokens, Paddle subscriptions whose update and
-- cancel URLs carry signed checkout tokens, enterprise plans, email report
-- recipients, traffic spike recipients, the sent-email bookkeeping tables,
-- shield rules whose added_by is "Name <email>" and whose descriptions name
-- whose home IP is blocked, site imports, the daily salts, feature flags,
-- Oban jobs whose args hold emails, domains and Google tokens and whose errors
-- quote SMTP bounces, WordPress plugin tokens, the Help Scout token, tracker
-- script settings, saved segments, SSO integrations and domains, and support
-- notes about customers (phones, emails, a VAT number).
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

CREATE FUNCTION pgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- bytes: len pseudo-random bytes (an AES-GCM ciphertext, a digest).
CREATE FUNCTION pgen.bytes(tag text, i bigint, len int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(fixture_gen.hexn(tag, i, len * 2), 'hex') $$;

-- slug: a name folded for a domain label.
CREATE FUNCTION pgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğōøåÁÉÍÓÚÖÜÇŞ&', 'aeiouaeiouaeiouaeiouaoncisgooaAEIOUOUCS-')), '[^a-z0-9]+', '-', 'g'))
$$;

-- Companies the customers work for (their sites and email domains).
CREATE TABLE pgen.co (k int PRIMARY KEY, name text, dom text);
INSERT INTO pgen.co VALUES
  (1, 'Lumenfield', 'lumenfield.io'), (2, 'Brightloop Studio', 'brightloop.studio'), (3, 'Kestrel Outdoor', 'kestrel-outdoor.com'), (4, 'Nordhaven Design', 'nordhaven.dk'),
  (5, 'Tidewater Coffee', 'tidewatercoffee.com'), (6, 'Orchard & Pine', 'orchardandpine.co.uk'), (7, 'Saffron Labs', 'saffronlabs.in'), (8, 'Velostack', 'velostack.dev'),
  (9, 'Quietbyte', 'quietbyte.app'), (10, 'Maison Rivière', 'maison-riviere.fr'), (11, 'Studio Kōri', 'studiokori.jp'), (12, 'Bergfalke Reisen', 'bergfalke-reisen.de'),
  (13, 'Casa Limón', 'casalimon.es'), (14, 'Okonjo Foods', 'okonjofoods.ng'), (15, 'Fjordlight', 'fjordlight.no'), (16, 'Pixelwerk Agentur', 'pixelwerk.de'),
  (17, 'Sakura Dental Clinic', 'sakura-dental.jp'), (18, 'Anatolia Rugs', 'anatoliarugs.com.tr'), (19, 'Greenleaf Tutoring', 'greenleaftutoring.com'), (20, 'Marlowe & Finch Law', 'marlowefinch.law'),
  (21, 'Paperplane Newsletter', 'paperplane.news'), (22, 'Hexa Robotics', 'hexarobotics.io'), (23, 'Cerrado Viagens', 'cerradoviagens.com.br'), (24, 'Kowalski Meble', 'kowalskimeble.pl'),
  (25, 'Open Recipes Collective', 'openrecipes.org'), (26, 'Drift Surf School', 'driftsurf.pt'), (27, 'Tanaka Ceramics', 'tanaka-ceramics.jp'), (28, 'Bluefin Podcasts', 'bluefin.fm'),
  (29, 'Civic Data Lab', 'civicdatalab.org'), (30, 'Helio Solar', 'heliosolar.co.za');

-- People. 1-4: Plausible staff (super admins). 5-330: customers; every
-- fourth works for no company (personal sites, a free-mail address).
CREATE TABLE pgen.u (i int PRIMARY KEY, first text, last text, name text, email text, co int, joined timestamp);
INSERT INTO pgen.u
SELECT i, f, l, CASE WHEN i % 23 = 5 THEN f WHEN i % 29 = 7 THEN f || ' ' || substr(l, 1, 1) || '.' ELSE f || ' ' || l END,
       CASE WHEN i <= 4 THEN fixture_gen.ascii(f) || '@plausible.io'
            WHEN i % 4 = 0 THEN fixture_gen.email('uem', i)
            ELSE CASE i % 3 WHEN 0 THEN fixture_gen.ascii(f) WHEN 1 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) ELSE substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) END
                 || '@' || (SELECT dom FROM pgen.co WHERE k = 1 + i % 30) END,
       CASE WHEN i <= 4 OR i % 4 = 0 THEN NULL ELSE 1 + i % 30 END,
       timestamp '2020-02-03 09:00:00' + (i - 1) * interval '4 days 7 hours' + make_interval(secs => fixture_gen.n('ujoin', i, 40000))
FROM generate_series(1, 330) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('uem', i) AS f, fixture_gen.last_name('uem', i) AS l) x;
UPDATE pgen.u SET name = 'Uku Aru', email = 'uku@plausible.io' WHERE i = 1;
UPDATE pgen.u SET name = 'Marko Saric', email = 'marko@plausible.io' WHERE i = 2;
UPDATE pgen.u u SET email = replace(u.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.u) d WHERE d.i = u.i AND d.rn > 1;

-- Sites: 1-420. A company's sites (www, shop, docs, app) or a person's own
-- domain (blog, portfolio) named after them.
CREATE TABLE pgen.s (i int PRIMARY KEY, owner int, domain text, tz text, created timestamp);
INSERT INTO pgen.s
SELECT g.i, o.i,
       CASE WHEN o.co IS NULL THEN
              CASE fixture_gen.n('sdk', g.i, 4) WHEN 0 THEN pgen.slug(o.first) || pgen.slug(o.last) || '.com' WHEN 1 THEN pgen.slug(o.first) || '-' || pgen.slug(o.last) || '.dev'
                   WHEN 2 THEN 'blog.' || pgen.slug(o.last) || '.me' ELSE pgen.slug(o.first) || pgen.slug(o.last) || '.photography' END
            ELSE fixture_gen.pick(ARRAY['', '', '', 'shop.', 'docs.', 'app.', 'blog.', 'careers.', 'status.'], 'sdp', g.i) || c.dom END,
       fixture_gen.pick(ARRAY['Etc/UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Warsaw', 'America/New_York', 'America/Sao_Paulo', 'Asia/Tokyo', 'Asia/Kolkata', 'Africa/Lagos', 'Europe/Istanbul', 'Africa/Johannesburg'], 'stz', g.i),
       o.joined + make_interval(days => fixture_gen.n('scr', g.i, 300), secs => fixture_gen.n('scrs', g.i, 86400))
FROM generate_series(1, 420) g(i)
JOIN pgen.u o ON o.i = 5 + fixture_gen.n('sown', g.i, 326)
LEFT JOIN pgen.co c ON c.k = o.co;
UPDATE pgen.s s SET domain = d.rn::text || '.' || s.domain FROM (SELECT i, row_number() OVER (PARTITION BY domain ORDER BY i) AS rn FROM pgen.s) d WHERE d.i = s.i AND d.rn > 1;
UPDATE pgen.s s SET domain = replace(s.domain, '2.', 'www2.') WHERE s.domain ~ '^2\.';
UPDATE pgen.s s SET domain = regexp_replace(s.domain, '^([0-9]+)\.', 'site\1.') WHERE s.domain ~ '^[0-9]+\.';

CREATE TYPE site_membership_role AS ENUM ('owner', 'admin', 'viewer');
CREATE TYPE billing_interval AS ENUM ('monthly', 'yearly');
CREATE TYPE oban_job_state AS ENUM ('available', 'scheduled', 'executing', 'retryable', 'completed', 'discarded', 'cancelled');

-- ---------------------------------------------------------------------------
-- Teams (the 3.0 migration gave every owner a team).

CREATE TABLE teams (
    id bigserial PRIMARY KEY, name varchar(255) NOT NULL, trial_expiry_date date, accept_traffic_until date, allow_next_upgrade_override boolean NOT NULL DEFAULT false,
    grace_period jsonb, locked boolean NOT NULL DEFAULT false, identifier uuid NOT NULL, setup_complete boolean NOT NULL DEFAULT false, setup_at timestamp(0),
    hourly_api_request_limit integer NOT NULL DEFAULT 600, policy jsonb NOT NULL DEFAULT '{}', inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO teams
SELECT u.i, CASE WHEN u.co IS NOT NULL AND u.i = (SELECT min(x.i) FROM pgen.u x WHERE x.co = u.co) THEN c.name
                 WHEN u.i % 9 = 2 THEN u.first || '''s sites' ELSE 'My Personal Sites' END,
       (u.joined + interval '30 days')::date, (u.joined + interval '30 days')::date + CASE WHEN u.i % 5 = 0 THEN 14 ELSE 3650 END,
       u.i % 41 = 3,
       CASE WHEN u.i % 17 = 4 THEN jsonb_build_object('end_date', ((u.joined + interval '400 days')::date)::text, 'allowance_required', 20000 + fixture_gen.n('gp', u.i, 9) * 10000, 'is_over', u.i % 2 = 0, 'manual_lock', false) END,
       u.i % 37 = 11, fixture_gen.uuid('teamid', u.i)::uuid, u.co IS NOT NULL, CASE WHEN u.co IS NOT NULL THEN u.joined + interval '2 hours' END,
       CASE WHEN u.i % 50 = 7 THEN 3000 ELSE 600 END,
       CASE WHEN u.co IN (20, 22) AND u.i = (SELECT min(x.i) FROM pgen.u x WHERE x.co = u.co) THEN '{"force_sso": "all_but_owners", "sso_default_role": "viewer", "sso_session_timeout_minutes": 360}'::jsonb
            ELSE '{"force_sso": "none", "sso_default_role": "viewer", "sso_session_timeout_minutes": 360}'::jsonb END,
       u.joined + interval '3 years', u.joined + interval '3 years' + make_interval(secs => fixture_gen.n('tupd', u.i, 900000))
FROM pgen.u u LEFT JOIN pgen.co c ON c.k = u.co
WHERE u.i > 4 AND u.i IN (SELECT owner FROM pgen.s);

-- ---------------------------------------------------------------------------
-- Users and their credentials.

CREATE TABLE users (
    id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name varchar(255), password_hash varchar(255), inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL,
    last_seen timestamp(0), trial_expiry_date date, theme varchar(255) DEFAULT 'system', email_verified boolean NOT NULL DEFAULT false, grace_period jsonb,
    previous_email text, totp_secret bytea, totp_enabled boolean NOT NULL DEFAULT false, totp_last_used_at timestamp(0), totp_token varchar(255),
    allow_next_upgrade_override boolean NOT NULL DEFAULT false, accept_traffic_until date, notes text, type varchar(255) NOT NULL DEFAULT 'standard',
    sso_identity_id varchar(255), sso_integration_id bigint, last_sso_login timestamp(0), last_team_identifier uuid
);
INSERT INTO users
SELECT u.i, u.email, u.name,
       CASE WHEN u.i % 61 = 30 THEN NULL ELSE fixture_gen.bcrypt('upw', u.i) END,
       u.joined, u.joined + make_interval(days => fixture_gen.n('uupd', u.i, 900)),
       CASE WHEN u.i % 13 = 6 THEN NULL ELSE timestamp '2024-09-01 00:00:00' + make_interval(secs => fixture_gen.n('useen', u.i, 7000000)) END,
       (u.joined + interval '30 days')::date, fixture_gen.pick(ARRAY['system', 'system', 'system', 'dark', 'light'], 'uth', u.i), u.i % 19 <> 8,
       CASE WHEN u.i % 17 = 4 THEN jsonb_build_object('end_date', ((u.joined + interval '400 days')::date)::text, 'allowance_required', 20000 + fixture_gen.n('gp', u.i, 9) * 10000, 'is_over', u.i % 2 = 0, 'manual_lock', false) END,
       CASE WHEN u.i % 11 = 3 THEN fixture_gen.email('uprev', u.i) END,
       CASE WHEN u.i % 5 = 1 OR u.i <= 4 THEN pgen.bytes('utotp', u.i, 60) END, u.i % 5 = 1 OR u.i <= 4,
       CASE WHEN u.i % 5 = 1 OR u.i <= 4 THEN timestamp '2024-09-01 00:00:00' + make_interval(secs => fixture_gen.n('utlu', u.i, 7000000)) END,
       CASE WHEN u.i % 5 = 1 OR u.i <= 4 THEN pgen.b64url('utok', u.i, 32) END,
       u.i % 41 = 3, (u.joined + interval '30 days')::date + CASE WHEN u.i % 5 = 0 THEN 14 ELSE 3650 END,
       NULL, CASE WHEN u.co IN (20, 22) AND u.i % 3 <> 0 THEN 'sso' ELSE 'standard' END, NULL, NULL, NULL, NULL
FROM pgen.u u ORDER BY u.i;
UPDATE users SET sso_integration_id = CASE WHEN u.co = 20 THEN 1 ELSE 2 END,
  sso_identity_id = CASE WHEN u.co = 20 THEN 'S-1-5-21-' || fixture_gen.digits('sid', u.i, 10) ELSE fixture_gen.uuid('entra', u.i) END,
  last_sso_login = timestamp '2025-01-10 00:00:00' + make_interval(secs => fixture_gen.n('sso', u.i, 4000000)), password_hash = NULL
FROM pgen.u u WHERE u.i = users.id AND users.type = 'sso';
UPDATE users SET last_team_identifier = t.identifier FROM teams t WHERE t.id = users.id AND users.id % 3 = 0;

-- Support notes super admins type in the CRM view.
UPDATE users SET notes = x.note FROM (
  SELECT u.i, CASE fixture_gen.n('unote', u.i, 8)
    WHEN 0 THEN 'Called ' || u.first || ' on ' || fixture_gen.phone('unph', u.i) || ' about the failed renewal; card expired, will update by Friday.'
    WHEN 1 THEN 'Asked to move billing to their accountant ' || fixture_gen.full_name('uacc', u.i) || ' <' || fixture_gen.email('uacc', u.i) || '>. Done via Paddle support.'
    WHEN 2 THEN 'Non-profit discount 50% approved by Marko. Needs VAT number on invoice: ' || fixture_gen.vat('uvat', u.i) || '.'
    WHEN 3 THEN 'Duplicate account, merged into ' || fixture_gen.email('udup', u.i) || '. Old sites transferred.'
    WHEN 4 THEN 'Enterprise trial extended 14 days. Contact for procurement: ' || fixture_gen.full_name('uproc', u.i) || ', ' || fixture_gen.phone('uproc', u.i) || '.'
    WHEN 5 THEN 'Refunded last invoice (charged after cancellation).'
    WHEN 6 THEN 'GDPR export requested by ' || u.name || ', sent on ' || (u.joined + interval '200 days')::date || '.'
    ELSE 'Over pageview limit three months in a row; agreed grace period until upgrade.' END AS note
  FROM pgen.u u WHERE u.i > 4 AND u.i % 6 = 1) x WHERE x.i = users.id;

CREATE TABLE email_verification_codes (
    code integer NOT NULL, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, issued_at timestamp(0) NOT NULL
);
INSERT INTO email_verification_codes
SELECT 1000 + fixture_gen.n('evc', u.id, 9000), u.id, timestamp '2025-02-01 00:00:00' + make_interval(secs => fixture_gen.n('evci', u.id, 4000000))
FROM users u WHERE NOT u.email_verified OR u.id % 9 = 2;

CREATE TABLE totp_recovery_codes (
    id bigserial PRIMARY KEY, code_digest bytea NOT NULL, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, inserted_at timestamp(0) NOT NULL
);
INSERT INTO totp_recovery_codes (code_digest, user_id, inserted_at)
SELECT pgen.bytes('trc' || k, u.id, 32), u.id, u.totp_last_used_at - interval '30 days'
FROM users u CROSS JOIN generate_series(1, 10) k WHERE u.totp_enabled AND (k <= 6 OR u.id % 2 = 0) ORDER BY u.id, k;

CREATE TABLE user_sessions (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, token bytea NOT NULL UNIQUE, device varchar(255) NOT NULL,
    last_used_at timestamp(0) NOT NULL, timeout_at timestamp(0) NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO user_sessions (user_id, token, device, last_used_at, timeout_at, inserted_at, updated_at)
SELECT u.id, pgen.bytes('usess', u.id * 10 + k, 32),
       fixture_gen.pick(ARRAY['Chrome (Mac)', 'Safari (iOS)', 'Firefox (Linux)', 'Chrome (Windows)', 'Edge (Windows)', 'Chrome (Android)', 'Safari (Mac)', 'Firefox (Mac)', 'Unknown'], 'udev', u.id * 10 + k),
       t, t + interval '14 days', t - make_interval(days => fixture_gen.n('usin', u.id * 10 + k, 20)), t
FROM users u CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (SELECT timestamp '2025-03-01 00:00:00' + make_interval(secs => fixture_gen.n('usl', u.id * 10 + k, 2500000)) AS t) x
WHERE k = 1 OR u.id % k = 0 ORDER BY 5;

CREATE TABLE api_keys (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, name varchar(255) NOT NULL, scopes text[] NOT NULL DEFAULT '{stats:read:*}',
    hourly_request_limit integer NOT NULL DEFAULT 600, key_prefix varchar(255) NOT NULL, key_hash varchar(255) NOT NULL, inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL, team_id bigint REFERENCES teams ON DELETE CASCADE, type varchar(255) NOT NULL DEFAULT 'stats_api'
);
INSERT INTO api_keys (user_id, name, scopes, hourly_request_limit, key_prefix, key_hash, inserted_at, updated_at, team_id, type)
SELECT u.id, fixture_gen.pick(ARRAY['Grafana dashboard', 'Stats API', 'Looker Studio', 'WordPress', 'Zapier', 'Sites API', 'CI pipeline', 'Data warehouse sync', 'Internal KPI board', 'Homepage widget'], 'akn', k * 1000 + u.id),
       CASE WHEN k = 2 AND u.id % 2 = 0 THEN '{sites:provision:*}'::text[] ELSE '{stats:read:*}'::text[] END,
       CASE WHEN u.id % 50 = 7 THEN 3000 ELSE 600 END,
       substr(k_raw, 1, 6), encode(sha256(convert_to(k_raw, 'UTF8')), 'hex'),
       t, t, (SELECT id FROM teams WHERE id = u.id), CASE WHEN k = 2 AND u.id % 2 = 0 THEN 'sites_api' ELSE 'stats_api' END
FROM users u CROSS JOIN generate_series(1, 2) k
CROSS JOIN LATERAL (SELECT pgen.rnd('apikey', k * 1000 + u.id, 64) AS k_raw, u.inserted_at + make_interval(days => 10 + fixture_gen.n('akt', k * 1000 + u.id, 600)) AS t) x
WHERE u.id % 3 = 0 AND (k = 1 OR u.id % 4 = 0) ORDER BY t;

-- ---------------------------------------------------------------------------
-- Sites and who may see them.

CREATE TABLE sites (
    id bigserial PRIMARY KEY, domain varchar(255) NOT NULL UNIQUE, timezone varchar(255) NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL,
    public boolean NOT NULL DEFAULT false, locked boolean NOT NULL DEFAULT false, stats_start_date date, imported_data jsonb,
    ingest_rate_limit_scale_seconds integer NOT NULL DEFAULT 60, ingest_rate_limit_threshold integer, native_stats_start_at timestamp(0) NOT NULL,
    domain_changed_from varchar(255) UNIQUE, domain_changed_at timestamp(0), allowed_event_props varchar(300)[], conversions_enabled boolean NOT NULL DEFAULT true,
    funnels_enabled boolean NOT NULL DEFAULT true, props_enabled boolean NOT NULL DEFAULT true, installation_meta jsonb, team_id bigint REFERENCES teams ON DELETE CASCADE,
    legacy_time_on_page_cutoff date, scroll_depth_visible_at timestamp(0)
);
INSERT INTO sites
SELECT s.i, s.domain, s.tz, s.created, s.created + make_interval(days => fixture_gen.n('supd', s.i, 700)),
       s.i % 9 = 4, s.i % 53 = 17, (s.created + interval '1 day')::date,
       CASE WHEN s.i % 14 = 3 THEN jsonb_build_object('source', 'Google Analytics', 'end_date', ((s.created - interval '1 day')::date)::text, 'status', 'ok') END,
       60, CASE WHEN s.i % 31 = 5 THEN 20000 END, s.created,
       NULL, NULL,
       CASE WHEN s.i % 5 = 2 THEN ARRAY['author', 'logged_in', 'plan'] WHEN s.i % 5 = 3 THEN ARRAY['method', 'path', 'variant', 'cta'] WHEN s.i % 7 = 0 THEN ARRAY['post_type', 'category'] END,
       s.i % 23 <> 3, s.i % 19 <> 4, true,
       jsonb_build_object('installation_type', fixture_gen.pick(ARRAY['manual', 'wordpress', 'gtm', 'npm'], 'sit', s.i),
         'script_config', jsonb_build_object('outbound-links', s.i % 2 = 0, 'file-downloads', s.i % 3 = 0, 'tagged-events', s.i % 4 = 0, 'hash', false, '404', s.i % 5 = 0)),
       (SELECT id FROM teams t WHERE t.id = s.owner), CASE WHEN s.created < timestamp '2025-01-01' THEN date '2025-03-11' END,
       CASE WHEN s.i % 3 = 0 THEN timestamp '2024-11-20 10:00:00' + make_interval(secs => fixture_gen.n('ssd', s.i, 9000000)) END
FROM pgen.s s ORDER BY s.i;
-- Domains changed: the old domain was the owner's previous name or an old company.
UPDATE sites SET domain_changed_from = CASE WHEN sites.domain LIKE '%.me' OR sites.domain LIKE '%.dev' OR sites.domain LIKE '%.com' AND u.co IS NULL
         THEN pgen.slug(u.first) || pgen.slug(fixture_gen.last_name('prevnm', u.i)) || '.wordpress.com' ELSE 'old-' || sites.domain END,
       domain_changed_at = sites.inserted_at + interval '300 days'
FROM pgen.s s JOIN pgen.u u ON u.i = s.owner WHERE s.i = sites.id AND s.i % 12 = 5;

CREATE TABLE site_memberships (
    id bigserial PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    role site_membership_role NOT NULL DEFAULT 'owner', inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, UNIQUE (site_id, user_id)
);
INSERT INTO site_memberships (site_id, user_id, role, inserted_at, updated_at)
SELECT s.i, s.owner, 'owner', s.created, s.created FROM pgen.s s
UNION ALL
SELECT s.i, m, CASE WHEN s.i % 3 = 0 THEN 'admin' ELSE 'viewer' END::site_membership_role, s.created + interval '20 days', s.created + interval '20 days'
FROM pgen.s s CROSS JOIN LATERAL (SELECT 5 + fixture_gen.n('smx', s.i, 326) AS m) x WHERE s.i % 4 = 1 AND m <> s.owner
ORDER BY 4;

CREATE TABLE invitations (
    id bigserial PRIMARY KEY, email text NOT NULL, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, inviter_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    role site_membership_role NOT NULL, invitation_id varchar(255) NOT NULL UNIQUE, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO invitations (email, site_id, inviter_id, role, invitation_id, inserted_at, updated_at)
SELECT CASE WHEN s.i % 3 = 0 AND u.co IS NOT NULL THEN fixture_gen.ascii(fixture_gen.first_name('inv', s.i)) || '@' || c.dom ELSE fixture_gen.email('inv', s.i) END,
       s.i, s.owner, (ARRAY['viewer', 'admin', 'viewer', 'owner'])[1 + fixture_gen.n('invr', s.i, 4)]::site_membership_role,
       pgen.b64url('invid', s.i, 24), s.created + interval '40 days', s.created + interval '40 days'
FROM pgen.s s JOIN pgen.u u ON u.i = s.owner LEFT JOIN pgen.co c ON c.k = u.co WHERE s.i % 5 = 2;

CREATE TABLE team_memberships (
    id bigserial PRIMARY KEY, team_id bigint NOT NULL REFERENCES teams ON DELETE CASCADE, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    role varchar(255) NOT NULL, is_autocreated boolean NOT NULL DEFAULT false, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, UNIQUE (team_id, user_id)
);
INSERT INTO team_memberships (team_id, user_id, role, is_autocreated, inserted_at, updated_at)
SELECT t.id, t.id, 'owner', true, t.inserted_at, t.inserted_at FROM teams t
UNION ALL
SELECT DISTINCT ON (s.team_id, m.user_id) s.team_id, m.user_id, CASE WHEN m.role = 'admin' THEN 'admin' ELSE 'guest' END, false, m.inserted_at + interval '3 years', m.inserted_at + interval '3 years'
FROM site_memberships m JOIN sites s ON s.id = m.site_id WHERE m.role <> 'owner' AND m.user_id <> s.team_id
ORDER BY 5;

CREATE TABLE guest_memberships (
    id bigserial PRIMARY KEY, team_membership_id bigint NOT NULL REFERENCES team_memberships ON DELETE CASCADE, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE,
    role varchar(255) NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO guest_memberships (team_membership_id, site_id, role, inserted_at, updated_at)
SELECT tm.id, m.site_id, CASE WHEN m.role = 'admin' THEN 'editor' ELSE 'viewer' END, tm.inserted_at, tm.inserted_at
FROM site_memberships m JOIN sites s ON s.id = m.site_id JOIN team_memberships tm ON tm.team_id = s.team_id AND tm.user_id = m.user_id
WHERE m.role = 'viewer' ORDER BY tm.id;

CREATE TABLE team_invitations (
    id bigserial PRIMARY KEY, invitation_id varchar(255) NOT NULL UNIQUE, email text NOT NULL, role varchar(255) NOT NULL, team_id bigint NOT NULL REFERENCES teams ON DELETE CASCADE,
    inviter_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO team_invitations (invitation_id, email, role, team_id, inviter_id, inserted_at, updated_at)
SELECT pgen.b64url('tinv', gs.n, 24), CASE WHEN u.co IS NOT NULL AND gs.n % 2 = 0 THEN fixture_gen.ascii(fixture_gen.first_name('tinv', gs.n)) || '.' || fixture_gen.ascii(fixture_gen.last_name('tinv', gs.n)) || '@' || c.dom ELSE fixture_gen.email('tinv', gs.n) END,
       fixture_gen.pick(ARRAY['guest', 'viewer', 'editor', 'admin', 'billing'], 'tinr', gs.n), t.id, t.id, t.inserted_at + make_interval(days => 1 + fixture_gen.n('tint', gs.n, 120)), t.inserted_at + make_interval(days => 1 + fixture_gen.n('tint', gs.n, 120))
FROM generate_series(1, 90) gs(n) JOIN teams t ON t.id = (SELECT id FROM teams ORDER BY md5('tinvt' || gs.n || id) LIMIT 1) JOIN pgen.u u ON u.i = t.id LEFT JOIN pgen.co c ON c.k = u.co;

CREATE TABLE guest_invitations (
    id bigserial PRIMARY KEY, team_invitation_id bigint NOT NULL REFERENCES team_invitations ON DELETE CASCADE, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE,
    role varchar(255) NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO guest_invitations (team_invitation_id, site_id, role, inserted_at, updated_at)
SELECT ti.id, (SELECT min(s.id) FROM sites s WHERE s.team_id = ti.team_id), CASE WHEN ti.id % 3 = 0 THEN 'editor' ELSE 'viewer' END, ti.inserted_at, ti.inserted_at
FROM team_invitations ti WHERE ti.role = 'guest';

CREATE TABLE team_site_transfers (
    id bigserial PRIMARY KEY, transfer_id varchar(255) NOT NULL UNIQUE, email text NOT NULL, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE,
    initiator_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, destination_team_id bigint REFERENCES teams ON DELETE CASCADE, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO team_site_transfers (transfer_id, email, site_id, initiator_id, destination_team_id, inserted_at, updated_at)
SELECT pgen.b64url('tst', s.id, 24), CASE WHEN s.id % 2 = 0 THEN (SELECT email FROM users WHERE id = 5 + fixture_gen.n('tstu', s.id, 326)) ELSE fixture_gen.email('tste', s.id) END,
       s.id, s.team_id, CASE WHEN s.id % 2 = 0 THEN (SELECT id FROM teams ORDER BY md5('tstd' || s.id || id) LIMIT 1) END,
       timestamp '2025-02-01 00:00:00' + make_interval(secs => fixture_gen.n('tsti', s.id, 6000000)), timestamp '2025-02-01 00:00:00' + make_interval(secs => fixture_gen.n('tsti', s.id, 6000000))
FROM sites s WHERE s.id % 13 = 6;

CREATE TABLE site_user_preferences (
    id bigserial PRIMARY KEY, pinned_at timestamp(0), user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO site_user_preferences (pinned_at, user_id, site_id, inserted_at, updated_at)
SELECT timestamp '2024-12-01 00:00:00' + make_interval(secs => fixture_gen.n('sup', m.id, 9000000)), m.user_id, m.site_id, timestamp '2024-12-01 00:00:00' + make_interval(secs => fixture_gen.n('sup', m.id, 9000000)), timestamp '2024-12-01 00:00:00' + make_interval(secs => fixture_gen.n('sup', m.id, 9000000))
FROM site_memberships m WHERE m.id % 4 = 0;

CREATE TABLE shared_links (
    id bigserial PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, slug varchar(255) NOT NULL UNIQUE, password_hash varchar(255),
    inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, name varchar(255) NOT NULL, UNIQUE (site_id, name)
);
INSERT INTO shared_links (site_id, slug, password_hash, inserted_at, updated_at, name)
SELECT s.id, pgen.rnd('shl', s.id * 3 + k, 20), CASE WHEN (s.id + k) % 3 = 0 THEN fixture_gen.bcrypt('shlpw', s.id * 3 + k) END,
       s.inserted_at + make_interval(days => 5 + k * 30), s.inserted_at + make_interval(days => 5 + k * 30),
       CASE k WHEN 1 THEN 'Auto-generated' ELSE fixture_gen.pick(ARRAY['Investors', 'Client dashboard', 'Public stats', 'Marketing team', 'Embed on /open', 'Board deck', 'Agency report', 'Sponsors'], 'shln', s.id) END
FROM sites s CROSS JOIN generate_series(1, 2) k WHERE s.id % 3 = 1 AND (k = 1 OR s.id % 2 = 0);

CREATE TABLE goals (
    id bigserial PRIMARY KEY, event_name text, page_path text, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL,
    site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, currency varchar(3), display_name text NOT NULL, scroll_threshold smallint NOT NULL DEFAULT -1,
    custom_props jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO goals (event_name, page_path, inserted_at, updated_at, site_id, currency, display_name, scroll_threshold, custom_props)
SELECT CASE WHEN g.pp IS NULL THEN g.ev END, g.pp, s.inserted_at + make_interval(days => k), s.inserted_at + make_interval(days => k), s.id,
       CASE WHEN g.ev = 'Purchase' THEN fixture_gen.pick(ARRAY['EUR', 'USD', 'GBP', 'JPY', 'BRL'], 'gcur', s.id) END,
       coalesce(g.dn, coalesce(g.ev, 'Visit ' || g.pp)), CASE WHEN g.pp = '/pricing' THEN 75 ELSE -1 END,
       CASE WHEN g.ev = 'Outbound Link: Click' AND s.id % 2 = 0 THEN '{"url": "https://github.com/*"}'::jsonb ELSE '{}'::jsonb END
FROM sites s CROSS JOIN generate_series(1, 4) k
CROSS JOIN LATERAL (SELECT * FROM (VALUES
   (1, 'Signup', NULL, NULL), (2, 'Purchase', NULL, 'Checkout completed'), (3, 'Outbound Link: Click', NULL, NULL), (4, 'File Download', NULL, NULL),
   (5, NULL, '/thank-you*', 'Thank you page'), (6, NULL, '/pricing', 'Pricing scroll 75%'), (7, 'Newsletter Subscribe', NULL, 'Newsletter'), (8, '404', NULL, NULL),
   (9, 'Form: Submission', NULL, 'Contact form sent'), (10, 'Book Demo', NULL, NULL), (11, NULL, '/blog/**', 'Blog visit'), (12, 'Cloaked Link: Click', NULL, NULL)
  ) v(n, ev, pp, dn) WHERE v.n = 1 + fixture_gen.n('goal' || k, s.id, 12)) g
WHERE s.id % 2 = 0 OR k <= 2
ON CONFLICT DO NOTHING;
DELETE FROM goals a USING goals b WHERE a.site_id = b.site_id AND a.display_name = b.display_name AND a.id > b.id;

CREATE TABLE funnels (
    id bigserial PRIMARY KEY, name varchar(255) NOT NULL, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO funnels (name, site_id, inserted_at, updated_at)
SELECT fixture_gen.pick(ARRAY['Signup flow', 'Checkout', 'Blog to newsletter', 'Pricing to demo', 'Onboarding'], 'fun', s.site_id), s.site_id, max(s.inserted_at), max(s.inserted_at)
FROM goals s GROUP BY s.site_id HAVING count(*) >= 3;

CREATE TABLE funnel_steps (
    id bigserial PRIMARY KEY, goal_id bigint NOT NULL REFERENCES goals ON DELETE CASCADE, funnel_id bigint NOT NULL REFERENCES funnels ON DELETE CASCADE,
    step_order integer NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO funnel_steps (goal_id, funnel_id, step_order, inserted_at, updated_at)
SELECT g.id, f.id, row_number() OVER (PARTITION BY f.id ORDER BY g.id), f.inserted_at, f.inserted_at FROM funnels f JOIN goals g ON g.site_id = f.site_id;

CREATE TABLE segments (
    id bigserial PRIMARY KEY, name varchar(255) NOT NULL, type varchar(255) NOT NULL DEFAULT 'personal', segment_data jsonb NOT NULL,
    site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, owner_id bigint REFERENCES users ON DELETE SET NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO segments (name, type, segment_data, site_id, owner_id, inserted_at, updated_at)
SELECT x.nm, CASE WHEN s.id % 3 = 0 THEN 'site' ELSE 'personal' END, jsonb_build_object('filters', x.f, 'labels', x.l), s.id, s.team_id,
       timestamp '2025-01-15 00:00:00' + make_interval(secs => fixture_gen.n('seg', s.id, 9000000)), timestamp '2025-01-15 00:00:00' + make_interval(secs => fixture_gen.n('seg', s.id, 9000000))
FROM sites s CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'EU visitors', '[["is", "visit:country", ["DE", "FR", "NL", "ES", "IT"]]]'::jsonb, '{"DE": "Germany", "FR": "France", "NL": "Netherlands", "ES": "Spain", "IT": "Italy"}'::jsonb),
  (1, 'Mobile from search', '[["is", "visit:device", ["Mobile"]], ["is", "visit:source", ["Google", "Bing", "DuckDuckGo"]]]', '{}'),
  (2, 'Newsletter traffic', '[["contains", "visit:utm_medium", ["email"]]]', '{}'),
  (3, 'Logged-in readers', '[["is", "event:props:logged_in", ["true"]]]', '{}'),
  (4, 'Pricing page', '[["is", "event:page", ["/pricing"]]]', '{}'),
  (5, 'Berlin and Munich', '[["is", "visit:city", [2950159, 2867714]]]', '{"2950159": "Berlin", "2867714": "Munich"}')
 ) v(n, nm, f, l) WHERE v.n = fixture_gen.n('segk', s.id, 6)) x
WHERE s.id % 4 = 2;

-- ---------------------------------------------------------------------------
-- Google Search Console links.

CREATE TABLE google_auth (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, email varchar(255) NOT NULL, refresh_token varchar(255) NOT NULL,
    access_token varchar(255) NOT NULL, expires timestamp(0) NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL,
    site_id bigint NOT NULL UNIQUE REFERENCES sites ON DELETE CASCADE, property text
);
INSERT INTO google_auth (user_id, email, refresh_token, access_token, expires, inserted_at, updated_at, site_id, property)
SELECT s.team_id, CASE WHEN u.co IS NOT NULL AND s.id % 3 = 0 THEN 'marketing@' || c.dom WHEN s.id % 2 = 0 THEN u.email ELSE fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@gmail.com' END,
       '1//0' || pgen.rnd('gref', s.id, 6) || '-' || pgen.rnd('gref2', s.id, 90), 'ya29.' || 'a0A' || pgen.b64url('gacc', s.id, 150),
       timestamp '2025-04-01 00:00:00' + make_interval(secs => fixture_gen.n('gexp', s.id, 4000000)), s.inserted_at + interval '9 days', s.inserted_at + interval '400 days', s.id,
       CASE WHEN s.id % 3 = 1 THEN 'sc-domain:' || regexp_replace(s.domain, '^(www|shop|docs|app|blog|careers|status)\.', '') ELSE 'https://' || s.domain || '/' END
FROM sites s JOIN pgen.u u ON u.i = s.team_id LEFT JOIN pgen.co c ON c.k = u.co WHERE s.id % 6 = 1;

-- ---------------------------------------------------------------------------
-- Billing (Paddle Classic).

CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY, paddle_subscription_id varchar(255) NOT NULL UNIQUE, paddle_plan_id varchar(255) NOT NULL, user_id bigint REFERENCES users ON DELETE CASCADE,
    update_url text, cancel_url text, status varchar(255) NOT NULL, next_bill_amount varchar(255) NOT NULL, next_bill_date date, inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL, last_bill_date date, currency_code varchar(255) NOT NULL, team_id bigint REFERENCES teams ON DELETE CASCADE
);
INSERT INTO subscriptions (paddle_subscription_id, paddle_plan_id, user_id, update_url, cancel_url, status, next_bill_amount, next_bill_date, inserted_at, updated_at, last_bill_date, currency_code, team_id)
SELECT sid, x.plan, t.id,
       'https://checkout.paddle.com/subscription/update?user=' || pu || '&subscription=' || sid || '&hash=' || fixture_gen.hexn('pupd', t.id, 40),
       'https://checkout.paddle.com/subscription/cancel?user=' || pu || '&subscription=' || sid || '&hash=' || fixture_gen.hexn('pcan', t.id, 40),
       fixture_gen.pick(ARRAY['active', 'active', 'active', 'active', 'past_due', 'deleted', 'paused'], 'pst', t.id),
       x.amt, (date '2025-06-01' + fixture_gen.n('pnb', t.id, 60)), t.inserted_at - interval '2 years', t.updated_at, (date '2025-05-01' + fixture_gen.n('plb', t.id, 30)),
       x.cur, t.id
FROM teams t
CROSS JOIN LATERAL (SELECT (700000 + t.id * 37 + fixture_gen.n('psub', t.id, 30))::text AS sid, (100000 + fixture_gen.n('pusr', t.id, 899999))::text AS pu) k
CROSS JOIN LATERAL (SELECT * FROM (VALUES (0, '857097', '9.00', 'EUR'), (1, '857104', '19.00', 'USD'), (2, '857079', '90.00', 'EUR'), (3, '857087', '190.00', 'USD'),
   (4, '857105', '29.00', 'GBP'), (5, '749342', '6.00', 'USD'), (6, '857086', '69.00', 'EUR')) v(n, plan, amt, cur) WHERE v.n = fixture_gen.n('pplan', t.id, 7)) x
WHERE t.id % 3 <> 2;

CREATE TABLE enterprise_plans (
    id bigserial PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE, paddle_plan_id varchar(255) NOT NULL, billing_interval billing_interval NOT NULL,
    monthly_pageview_limit integer NOT NULL, hourly_api_request_limit integer NOT NULL, site_limit integer NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL,
    features varchar(255)[] NOT NULL DEFAULT '{}', team_member_limit integer NOT NULL DEFAULT -1, team_id bigint REFERENCES teams ON DELETE CASCADE
);
INSERT INTO enterprise_plans (user_id, paddle_plan_id, billing_interval, monthly_pageview_limit, hourly_api_request_limit, site_limit, inserted_at, updated_at, features, team_member_limit, team_id)
SELECT t.id, (870000 + t.id)::text, CASE WHEN t.id % 2 = 0 THEN 'yearly' ELSE 'monthly' END::billing_interval, (ARRAY[20000000, 50000000, 100000000, 10000000])[1 + t.id % 4],
       CASE WHEN t.id % 3 = 0 THEN 3000 ELSE 1000 END, (ARRAY[50, 100, 500, 1000])[1 + t.id % 4], t.inserted_at, t.updated_at,
       CASE WHEN t.id % 2 = 0 THEN '{goals,props,funnels,revenue_goals,stats_api,shared_links,site_segments,sso}' ELSE '{goals,props,stats_api,revenue_goals}' END::varchar[],
       (ARRAY[-1, 10, 25, 50])[1 + t.id % 4], t.id
FROM teams t WHERE t.id % 7 = 3;

-- ---------------------------------------------------------------------------
-- Email reports and notifications.

CREATE TABLE weekly_reports (
    id bigserial PRIMARY KEY, site_id bigint NOT NULL UNIQUE REFERENCES sites ON DELETE CASCADE, recipients text[] NOT NULL DEFAULT '{}', inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
CREATE TABLE monthly_reports (
    id bigserial PRIMARY KEY, site_id bigint NOT NULL UNIQUE REFERENCES sites ON DELETE CASCADE, recipients text[] NOT NULL DEFAULT '{}', inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
CREATE TABLE spike_notifications (
    id bigserial PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, threshold integer NOT NULL, last_sent timestamp(0), recipients text[] NOT NULL DEFAULT '{}',
    inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, type varchar(255) NOT NULL DEFAULT 'spike', UNIQUE (site_id, type)
);
CREATE FUNCTION pgen.recips(tag text, i bigint) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[(SELECT email FROM users WHERE id = (SELECT team_id FROM sites WHERE id = i))]
      || CASE WHEN i % 3 = 0 THEN ARRAY[fixture_gen.email(tag, i)] ELSE '{}'::text[] END
      || CASE WHEN i % 5 = 0 THEN ARRAY[fixture_gen.pick(ARRAY['marketing', 'growth', 'team', 'stats', 'hello'], tag || 'r', i) || '@' || regexp_replace((SELECT domain FROM sites WHERE id = i), '^(www|shop|docs|app|blog|careers|status)\.', '')] ELSE '{}'::text[] END
$$;
INSERT INTO weekly_reports (site_id, recipients, inserted_at, updated_at) SELECT id, pgen.recips('wr', id), inserted_at + interval '1 day', inserted_at + interval '1 day' FROM sites WHERE id % 3 <> 1;
INSERT INTO monthly_reports (site_id, recipients, inserted_at, updated_at) SELECT id, pgen.recips('mr', id), inserted_at + interval '2 days', inserted_at + interval '2 days' FROM sites WHERE id % 4 = 1;
INSERT INTO spike_notifications (site_id, threshold, last_sent, recipients, inserted_at, updated_at, type)
SELECT id, (ARRAY[10, 50, 100, 250, 1000])[1 + fixture_gen.n('spk', id, 5)], CASE WHEN id % 3 = 0 THEN timestamp '2025-01-01 00:00:00' + make_interval(secs => fixture_gen.n('spkl', id, 12000000)) END,
       pgen.recips('sp', id), inserted_at + interval '30 days', inserted_at + interval '30 days', 'spike' FROM sites WHERE id % 5 = 3
UNION ALL
SELECT id, (ARRAY[1, 5, 10, 20])[1 + fixture_gen.n('drp', id, 4)], NULL, pgen.recips('dp', id), inserted_at + interval '60 days', inserted_at + interval '60 days', 'drop' FROM sites WHERE id % 10 = 3;

CREATE TABLE intro_emails (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE check_stats_emails (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE create_site_emails (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE feedback_emails (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE sent_renewal_notifications (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE setup_success_emails (id bigserial PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE setup_help_emails (id bigserial PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, timestamp timestamp(0));
CREATE TABLE sent_accept_traffic_until_notifications (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, sent_on date NOT NULL, UNIQUE (user_id, sent_on));
INSERT INTO intro_emails (user_id, timestamp) SELECT id, inserted_at + interval '6 hours' FROM users WHERE id % 2 = 0 ORDER BY 2;
INSERT INTO check_stats_emails (user_id, timestamp) SELECT id, inserted_at + interval '9 days' FROM users WHERE id % 3 = 0 ORDER BY 2;
INSERT INTO create_site_emails (user_id, timestamp) SELECT id, inserted_at + interval '2 days' FROM users WHERE id NOT IN (SELECT id FROM teams) ORDER BY 2;
INSERT INTO feedback_emails (user_id, timestamp) SELECT id, inserted_at + interval '35 days' FROM users WHERE id % 4 = 1 ORDER BY 2;
INSERT INTO sent_renewal_notifications (user_id, timestamp) SELECT user_id, (next_bill_date - 7)::timestamp + interval '9 hours' FROM subscriptions WHERE id % 2 = 0 ORDER BY 2;
INSERT INTO setup_success_emails (site_id, timestamp) SELECT id, inserted_at + interval '1 hour' FROM sites WHERE id % 4 <> 0 ORDER BY 2;
INSERT INTO setup_help_emails (site_id, timestamp) SELECT id, inserted_at + interval '2 days' FROM sites WHERE id % 4 = 0 ORDER BY 2;
INSERT INTO sent_accept_traffic_until_notifications (user_id, sent_on) SELECT id, accept_traffic_until - k FROM users CROSS JOIN (VALUES (1), (7)) v(k) WHERE id % 5 = 0 ORDER BY 2;

-- ---------------------------------------------------------------------------
-- Shields.

CREATE TABLE shield_rules_ip (
    id uuid PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, inet inet, action varchar(255) NOT NULL DEFAULT 'deny', description varchar(255),
    added_by varchar(255), inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, UNIQUE (site_id, inet)
);
INSERT INTO shield_rules_ip
SELECT fixture_gen.uuid('sip', s.id * 4 + k)::uuid, s.id,
       (CASE WHEN k = 3 AND s.id % 2 = 0 THEN fixture_gen.ipv6('sip', s.id) ELSE fixture_gen.ipv4('sip' || k, s.id) END)::inet, 'deny',
       CASE fixture_gen.n('sipd', s.id * 4 + k, 9)
         WHEN 0 THEN 'Office' WHEN 1 THEN 'VPN exit node' WHEN 2 THEN u.first || '''s home' WHEN 3 THEN 'Home wifi - ' || u.name WHEN 4 THEN 'Uptime monitor'
         WHEN 5 THEN 'My phone (hotspot)' WHEN 6 THEN 'Agency office, ' || fixture_gen.city('sipc', s.id) WHEN 7 THEN fixture_gen.first_name('sipo', s.id) || ' (intern) laptop' ELSE NULL END,
       CASE WHEN s.id % 7 = 0 THEN NULL ELSE u.name || ' <' || u.email || '>' END,
       s.inserted_at + make_interval(days => k * 20), s.inserted_at + make_interval(days => k * 20)
FROM sites s JOIN pgen.u u ON u.i = s.team_id CROSS JOIN generate_series(1, 3) k WHERE s.id % 3 = 0 AND (k = 1 OR s.id % 2 = 0);

CREATE TABLE shield_rules_country (
    id uuid PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, country_code char(2) NOT NULL, action varchar(255) NOT NULL DEFAULT 'deny',
    added_by varchar(255), inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, UNIQUE (site_id, country_code)
);
INSERT INTO shield_rules_country
SELECT fixture_gen.uuid('scc', s.id * 3 + k)::uuid, s.id, (ARRAY['CN', 'RU', 'SG', 'US', 'IN', 'BR', 'VN', 'ID'])[1 + (fixture_gen.n('scc', s.id, 8) + k) % 8], 'deny',
       CASE WHEN s.id % 2 = 0 THEN u.name || ' <' || u.email || '>' END, s.inserted_at + make_interval(days => k * 9), s.inserted_at + make_interval(days => k * 9)
FROM sites s JOIN pgen.u u ON u.i = s.team_id CROSS JOIN generate_series(1, 2) k WHERE s.id % 5 = 4;

CREATE TABLE shield_rules_page (
    id uuid PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, page_path varchar(255) NOT NULL, page_path_pattern varchar(255) NOT NULL,
    action varchar(255) NOT NULL DEFAULT 'deny', added_by varchar(255), inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, UNIQUE (site_id, page_path_pattern)
);
INSERT INTO shield_rules_page
SELECT fixture_gen.uuid('spg', s.id)::uuid, s.id, p, '^' || replace(replace(p, '**', '.*'), '/*', '/[^/]*') || '$', 'deny',
       CASE WHEN s.id % 3 <> 0 THEN u.name || ' <' || u.email || '>' END, s.inserted_at + interval '15 days', s.inserted_at + interval '15 days'
FROM sites s JOIN pgen.u u ON u.i = s.team_id CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['/admin/**', '/wp-admin/**', '/preview/*', '/staging/**', '/account/**', '/checkout/test'], 'spg', s.id) AS p) x
WHERE s.id % 4 = 3;

CREATE TABLE shield_rules_hostname (
    id uuid PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, hostname varchar(255) NOT NULL, hostname_pattern varchar(255) NOT NULL,
    action varchar(255) NOT NULL DEFAULT 'allow', added_by varchar(255), inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, UNIQUE (site_id, hostname_pattern)
);
INSERT INTO shield_rules_hostname
SELECT fixture_gen.uuid('shn', s.id * 2 + k)::uuid, s.id, h, '^' || replace(h, '*', '.*') || '$', 'allow',
       CASE WHEN s.id % 4 <> 0 THEN u.name || ' <' || u.email || '>' END, s.inserted_at + interval '12 days', s.inserted_at + interval '12 days'
FROM sites s JOIN pgen.u u ON u.i = s.team_id CROSS JOIN generate_series(1, 2) k
CROSS JOIN LATERAL (SELECT CASE k WHEN 1 THEN regexp_replace(s.domain, '^(www|shop|docs|app|blog|careers|status)\.', '') ELSE '*.' || regexp_replace(s.domain, '^(www|shop|docs|app|blog|careers|status)\.', '') END AS h) x
WHERE s.id % 6 = 2;

-- ---------------------------------------------------------------------------
-- Imports, salts, flags.

CREATE TABLE site_imports (
    id bigserial PRIMARY KEY, start_date date NOT NULL, end_date date NOT NULL, source varchar(255) NOT NULL, status varchar(255) NOT NULL,
    site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, imported_by_id bigint REFERENCES users ON DELETE SET NULL, inserted_at timestamp(0) NOT NULL,
    updated_at timestamp(0) NOT NULL, legacy boolean NOT NULL DEFAULT true, label varchar(255), has_scroll_depth boolean NOT NULL DEFAULT false
);
INSERT INTO site_imports (start_date, end_date, source, status, site_id, imported_by_id, inserted_at, updated_at, legacy, label, has_scroll_depth)
SELECT (s.inserted_at - interval '3 years')::date, (s.inserted_at - interval '1 day')::date, src,
       fixture_gen.pick(ARRAY['completed', 'completed', 'completed', 'failed', 'importing'], 'sist', s.id), s.id, s.team_id,
       s.inserted_at + interval '3 days', s.inserted_at + interval '3 days 40 minutes', s.id % 14 = 3,
       CASE src WHEN 'universal_analytics' THEN 'UA-' || (10000000 + fixture_gen.n('siua', s.id, 89999999)) || '-1'
                WHEN 'google_analytics_4' THEN (300000000 + fixture_gen.n('siga', s.id, 99999999))::text
                WHEN 'csv' THEN 'imported_visitors_' || to_char(s.inserted_at - interval '3 years', 'YYYYMMDD') || '_' || to_char(s.inserted_at - interval '1 day', 'YYYYMMDD') || '.csv' END,
       src = 'google_analytics_4' AND s.id % 2 = 0
FROM sites s CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['universal_analytics', 'google_analytics_4', 'google_analytics_4', 'csv'], 'sisrc', s.id) AS src) x
WHERE s.id % 4 = 3 OR s.id % 14 = 3;

CREATE TABLE salts (id bigserial PRIMARY KEY, salt bytea NOT NULL, inserted_at timestamp(0) NOT NULL);
INSERT INTO salts (salt, inserted_at) SELECT pgen.bytes('salt', k, 16), timestamp '2025-06-27 00:00:00' + k * interval '1 day' FROM generate_series(0, 1) k;

CREATE TABLE fun_with_flags_toggles (
    id bigserial PRIMARY KEY, flag_name varchar(255) NOT NULL, gate_type varchar(255) NOT NULL, target varchar(255) NOT NULL, enabled boolean NOT NULL,
    UNIQUE (flag_name, gate_type, target)
);
INSERT INTO fun_with_flags_toggles (flag_name, gate_type, target, enabled)
SELECT f, 'boolean', '_fwf_none', f IN ('channels', 'scroll_depth', 'saved_segments') FROM unnest(ARRAY['channels', 'scroll_depth', 'saved_segments', 'csv_imports_exports', 'website_verification', 'new_tracker_script', 'shield_page_rules']) f
UNION ALL
SELECT fixture_gen.pick(ARRAY['website_verification', 'new_tracker_script', 'csv_imports_exports', 'shield_page_rules', 'ga4_import_v2'], 'fwf', k),
       CASE WHEN k % 3 = 0 THEN 'actor' WHEN k % 3 = 1 THEN 'actor' ELSE 'percentage_of_actors' END,
       CASE WHEN k % 3 = 0 THEN 'user:' || (5 + fixture_gen.n('fwfu', k, 326)) WHEN k % 3 = 1 THEN 'site:' || (1 + fixture_gen.n('fwfs', k, 420)) ELSE 'actors/' || (k % 7 * 0.1 + 0.1)::numeric(3,2) END,
       k % 5 <> 0
FROM generate_series(1, 60) k
ON CONFLICT DO NOTHING;
INSERT INTO fun_with_flags_toggles (flag_name, gate_type, target, enabled) VALUES ('website_verification', 'group', 'super_admins', true), ('new_tracker_script', 'group', 'beta_testers', true);

-- ---------------------------------------------------------------------------
-- Plugins API (the WordPress plugin), Help Scout, tracker script settings.

CREATE TABLE plugins_api_tokens (
    id uuid PRIMARY KEY, site_id bigint NOT NULL REFERENCES sites ON DELETE CASCADE, token_hash bytea NOT NULL, description varchar(255) NOT NULL, hint varchar(255) NOT NULL,
    inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL, last_used_at timestamp(0)
);
INSERT INTO plugins_api_tokens
SELECT fixture_gen.uuid('plt', s.id)::uuid, s.id, sha256(convert_to('plausible-plugin-' || tok, 'UTF8')),
       fixture_gen.pick(ARRAY['WordPress', 'WordPress', 'WordPress plugin (staging)', 'Ghost integration', 'Statamic addon'], 'pltd', s.id), right(tok, 4),
       s.inserted_at + interval '1 day', s.inserted_at + interval '1 day', CASE WHEN s.id % 3 <> 0 THEN timestamp '2025-05-01 00:00:00' + make_interval(secs => fixture_gen.n('pltl', s.id, 5000000)) END
FROM sites s CROSS JOIN LATERAL (SELECT pgen.rnd('pltok', s.id, 64) AS tok) x
WHERE s.id IN (SELECT site_id FROM sites JOIN LATERAL (SELECT s2.id AS site_id FROM sites s2 WHERE s2.id = sites.id) y ON true WHERE (sites.installation_meta ->> 'installation_type') = 'wordpress');

CREATE TABLE help_scout_credentials (
    id bigserial PRIMARY KEY, access_token bytea NOT NULL, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO help_scout_credentials (access_token, inserted_at, updated_at)
SELECT pgen.bytes('hsc', k, 120), timestamp '2025-06-01 00:00:00' + k * interval '2 days', timestamp '2025-06-01 00:00:00' + k * interval '2 days' FROM generate_series(1, 14) k;

CREATE TABLE tracker_script_configuration (
    id uuid PRIMARY KEY, installation_type varchar(255), track_404_pages boolean NOT NULL DEFAULT false, outbound_links boolean NOT NULL DEFAULT false,
    file_downloads boolean NOT NULL DEFAULT false, revenue_tracking boolean NOT NULL DEFAULT false, tagged_events boolean NOT NULL DEFAULT false,
    form_submissions boolean NOT NULL DEFAULT false, pageview_props boolean NOT NULL DEFAULT false, hash_based_routing boolean NOT NULL DEFAULT false,
    site_id bigint NOT NULL UNIQUE REFERENCES sites ON DELETE CASCADE, inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO tracker_script_configuration
SELECT fixture_gen.uuid('tsc', s.id)::uuid, s.installation_meta ->> 'installation_type', s.id % 5 = 0, s.id % 2 = 0, s.id % 3 = 0, s.id % 11 = 0, s.id % 4 = 0, s.id % 6 = 1,
       s.id % 9 = 2, s.id % 17 = 0, s.id, timestamp '2025-06-10 00:00:00' + make_interval(secs => s.id * 97), timestamp '2025-06-10 00:00:00' + make_interval(secs => s.id * 97 + fixture_gen.n('tscu', s.id, 900000))
FROM sites s WHERE s.id % 3 <> 2;

-- ---------------------------------------------------------------------------
-- SSO (Enterprise): two teams sign in with SAML.

CREATE TABLE sso_integrations (
    id bigserial PRIMARY KEY, identifier uuid NOT NULL UNIQUE, config jsonb NOT NULL, team_id bigint NOT NULL REFERENCES teams ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO sso_integrations
SELECT k, fixture_gen.uuid('ssoi', k)::uuid,
       jsonb_build_object('__type__', 'saml', 'idp_signin_url', CASE k WHEN 1 THEN 'https://adfs.marlowefinch.law/adfs/ls/' ELSE 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', k) || '/saml2' END,
         'idp_entity_id', CASE k WHEN 1 THEN 'http://adfs.marlowefinch.law/adfs/services/trust' ELSE 'https://sts.windows.net/' || fixture_gen.uuid('tenant', k) || '/' END,
         'idp_cert_pem', '-----BEGIN CERTIFICATE-----' || E'\n' || fixture_gen.b64('ssocert', k, 180) || E'\n' || fixture_gen.b64('ssocert2', k, 120) || E'\n' || '-----END CERTIFICATE-----',
         'idp_metadata', NULL),
       (SELECT min(u.i) FROM pgen.u u WHERE u.co = CASE k WHEN 1 THEN 20 ELSE 22 END AND u.i IN (SELECT id FROM teams)),
       timestamp '2025-07-01 10:00:00' + k * interval '9 days', timestamp '2025-07-01 10:00:00' + k * interval '9 days'
FROM generate_series(1, 2) k;

CREATE TABLE sso_domains (
    id bigserial PRIMARY KEY, identifier uuid NOT NULL UNIQUE, domain varchar(255) NOT NULL UNIQUE, validation_mode varchar(255), last_validated_at timestamp(0),
    status varchar(255) NOT NULL, verified_via varchar(255), sso_integration_id bigint NOT NULL REFERENCES sso_integrations ON DELETE CASCADE,
    inserted_at timestamp(0) NOT NULL, updated_at timestamp(0) NOT NULL
);
INSERT INTO sso_domains (identifier, domain, validation_mode, last_validated_at, status, verified_via, sso_integration_id, inserted_at, updated_at) VALUES
  (md5('ssod1')::uuid, 'marlowefinch.law', 'dns_txt', '2025-07-11 08:12:00', 'verified', 'dns_txt', 1, '2025-07-10 10:00:00', '2025-07-11 08:12:00'),
  (md5('ssod2')::uuid, 'mf-legal.co.uk', 'dns_txt', NULL, 'pending', NULL, 1, '2025-07-10 10:05:00', '2025-07-10 10:05:00'),
  (md5('ssod3')::uuid, 'hexarobotics.io', 'meta_tag', '2025-07-20 14:00:00', 'verified', 'meta_tag', 2, '2025-07-19 10:00:00', '2025-07-20 14:00:00'),
  (md5('ssod4')::uuid, 'hexa-robotics.de', 'url', '2025-07-21 09:30:00', 'verified', 'url', 2, '2025-07-19 10:02:00', '2025-07-21 09:30:00'),
  (md5('ssod5')::uuid, 'hexarobotics.cn', 'dns_txt', '2025-07-25 09:30:00', 'unverified', NULL, 2, '2025-07-19 10:03:00', '2025-07-25 09:30:00');

-- ---------------------------------------------------------------------------
-- Oban.

CREATE TABLE oban_jobs (
    id bigserial PRIMARY KEY, state oban_job_state NOT NULL DEFAULT 'available', queue text NOT NULL DEFAULT 'default', worker text NOT NULL, args jsonb NOT NULL DEFAULT '{}',
    errors jsonb[] NOT NULL DEFAULT ARRAY[]::jsonb[], attempt integer NOT NULL DEFAULT 0, max_attempts integer NOT NULL DEFAULT 20,
    inserted_at timestamp without time zone NOT NULL, scheduled_at timestamp without time zone NOT NULL, attempted_at timestamp without time zone,
    completed_at timestamp without time zone, attempted_by text[], discarded_at timestamp without time zone, priority integer NOT NULL DEFAULT 0,
    tags varchar(255)[] DEFAULT ARRAY[]::varchar[], meta jsonb DEFAULT '{}', cancelled_at timestamp without time zone
);
CREATE TABLE pgen.oj (k int, worker text, queue text, args jsonb, err text, meta jsonb);
INSERT INTO pgen.oj
SELECT k, w.worker, w.queue,
  CASE w.worker
    WHEN 'Plausible.Workers.SendEmailReport' THEN jsonb_build_object('site_id', sid, 'interval', CASE WHEN k % 4 = 0 THEN 'monthly' ELSE 'weekly' END)
    WHEN 'Plausible.Workers.ImportAnalytics' THEN CASE WHEN k % 3 = 0 THEN
         jsonb_build_object('import_id', 1000 + k, 'uploads', jsonb_build_array(jsonb_build_object('filename', 'imported_pages_20220101_20241231.csv', 'local_path', '/var/lib/plausible/imports/' || sid || '/imported_pages_20220101_20241231.csv'),
           jsonb_build_object('filename', 'imported_visitors_20220101_20241231.csv', 'local_path', '/var/lib/plausible/imports/' || sid || '/imported_visitors_20220101_20241231.csv')))
       ELSE jsonb_build_object('import_id', 1000 + k, 'property', 'properties/' || (300000000 + fixture_gen.n('ojp', k, 99999999)), 'start_date', '2021-03-01', 'end_date', '2024-12-31',
         'access_token', 'ya29.' || 'a0A' || pgen.b64url('ojat', k, 150), 'refresh_token', '1//0' || pgen.rnd('ojrt', k, 6) || '-' || pgen.rnd('ojrt2', k, 90),
         'token_expires_at', '2025-05-0' || (1 + k % 9) || 'T1' || (k % 10) || ':20:11') END
    WHEN 'Plausible.Workers.ExportAnalytics' THEN jsonb_build_object('site_id', sid, 'email_to', (SELECT email FROM users WHERE id = (SELECT team_id FROM sites WHERE id = sid)),
         'storage', 'local', 'local_path', '/var/lib/plausible/exports/Plausible export ' || (SELECT domain FROM sites WHERE id = sid) || '.zip', 'start_date', '2023-01-01', 'end_date', '2025-06-30')
    WHEN 'Plausible.Workers.NotifyExportedAnalytics' THEN jsonb_build_object('status', 'success', 'site_id', sid, 'email_to', (SELECT email FROM users WHERE id = (SELECT team_id FROM sites WHERE id = sid)), 'storage', 's3',
         's3_bucket', 'plausible-exports', 's3_path', (SELECT domain FROM sites WHERE id = sid) || '/Plausible export ' || (SELECT domain FROM sites WHERE id = sid) || '.zip')
    WHEN 'Plausible.Workers.TransferSiteNotification' THEN jsonb_build_object('site_domain', (SELECT domain FROM sites WHERE id = sid), 'email', fixture_gen.email('ojtr', k), 'inviter', (SELECT name FROM users WHERE id = (SELECT team_id FROM sites WHERE id = sid)))
    WHEN 'Plausible.Workers.SendTrialNotifications' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.CheckUsage' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.LockSites' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.TrafficChangeNotifier' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.CleanInvitations' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.ScheduleEmailReports' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.RotateSalts' THEN '{}'::jsonb
    WHEN 'Plausible.Workers.SendSiteSetupEmails' THEN '{}'::jsonb
    ELSE jsonb_build_object('user_id', 5 + fixture_gen.n('oju', k, 326)) END,
  CASE WHEN k % 9 = 4 THEN
    CASE w.worker
      WHEN 'Plausible.Workers.SendEmailReport' THEN '** (Bamboo.ApiError) There was a problem sending the email through the Postmark API. Response: {"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: '
            || fixture_gen.email('ojbounce', k) || '. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."}'
      WHEN 'Plausible.Workers.ImportAnalytics' THEN '** (RuntimeError) Google Analytics API returned 403: User does not have sufficient permissions for this property. Logged in as ' || fixture_gen.ascii(fixture_gen.first_name('ojg', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('ojg', k)) || '@gmail.com'
      WHEN 'Plausible.Workers.ExportAnalytics' THEN '** (File.Error) could not write to file "/var/lib/plausible/exports/Plausible export ' || (SELECT domain FROM sites WHERE id = sid) || '.zip": no space left on device'
      ELSE '** (DBConnection.ConnectionError) tcp recv (idle): closed' END END,
  CASE WHEN w.worker IN ('Plausible.Workers.SendTrialNotifications', 'Plausible.Workers.CheckUsage', 'Plausible.Workers.LockSites', 'Plausible.Workers.TrafficChangeNotifier', 'Plausible.Workers.CleanInvitations', 'Plausible.Workers.ScheduleEmailReports', 'Plausible.Workers.RotateSalts', 'Plausible.Workers.SendSiteSetupEmails')
       THEN jsonb_build_object('cron', true, 'cron_expr', fixture_gen.pick(ARRAY['0 * * * *', '*/10 * * * *', '0 0 * * *', '30 * * * *'], 'ojc', k), 'cron_tz', 'Etc/UTC')
       WHEN w.worker = 'Plausible.Workers.ImportAnalytics' THEN jsonb_build_object('import_id', 1000 + k) ELSE '{}'::jsonb END
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ojs', k, 420) AS sid) y
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Plausible.Workers.SendEmailReport', 'send_email_reports'), (1, 'Plausible.Workers.SendEmailReport', 'send_email_reports'), (2, 'Plausible.Workers.SendEmailReport', 'send_email_reports'),
  (3, 'Plausible.Workers.ImportAnalytics', 'analytics_imports'), (4, 'Plausible.Workers.ExportAnalytics', 'analytics_exports'), (5, 'Plausible.Workers.NotifyExportedAnalytics', 'notify_exported_analytics'),
  (6, 'Plausible.Workers.SendTrialNotifications', 'trial_notification_emails'), (7, 'Plausible.Workers.CheckUsage', 'check_usage'), (8, 'Plausible.Workers.LockSites', 'lock_sites'),
  (9, 'Plausible.Workers.TrafficChangeNotifier', 'spike_notifications'), (10, 'Plausible.Workers.CleanInvitations', 'clean_invitations'), (11, 'Plausible.Workers.ScheduleEmailReports', 'schedule_email_reports'),
  (12, 'Plausible.Workers.RotateSalts', 'rotate_salts'), (13, 'Plausible.Workers.SendSiteSetupEmails', 'site_setup_emails'), (14, 'Plausible.Workers.AcceptTrafficUntil', 'default'),
  (15, 'Plausible.Workers.TransferSiteNotification', 'default'), (16, 'Plausible.Workers.ImportAnalytics', 'analytics_imports')) v(n, worker, queue)
 WHERE v.n = fixture_gen.n('ojw', k, 17)) w;

INSERT INTO oban_jobs (state, queue, worker, args, errors, attempt, max_attempts, inserted_at, scheduled_at, attempted_at, completed_at, attempted_by, discarded_at, priority, tags, meta, cancelled_at)
SELECT st::oban_job_state, j.queue, j.worker, j.args,
       CASE WHEN j.err IS NULL THEN ARRAY[]::jsonb[] ELSE ARRAY[jsonb_build_object('at', to_char(t + interval '2 seconds', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'attempt', 1, 'error', j.err)] END,
       CASE WHEN st IN ('available', 'scheduled') THEN 0 WHEN j.err IS NOT NULL THEN 1 + k % 3 ELSE 1 END, CASE WHEN j.worker LIKE '%Import%' OR j.worker LIKE '%Export%' THEN 3 ELSE 20 END,
       t, t, CASE WHEN st NOT IN ('available', 'scheduled') THEN t + interval '1 second' END,
       CASE WHEN st = 'completed' THEN t + make_interval(secs => 2 + fixture_gen.n('ojd', k, 600)) END,
       CASE WHEN st NOT IN ('available', 'scheduled') THEN ARRAY['plausible@10.0.' || (1 + k % 4) || '.' || (10 + k % 7), fixture_gen.uuid('ojprod', k % 6)] END,
       CASE WHEN st = 'discarded' THEN t + interval '5 minutes' END, 0, ARRAY[]::varchar[], j.meta, CASE WHEN st = 'cancelled' THEN t + interval '1 minute' END
FROM pgen.oj j
CROSS JOIN LATERAL (SELECT timestamp '2025-06-20 00:00:00' + make_interval(secs => j.k * 2300 + fixture_gen.n('ojt', j.k, 2000)) AS t) x
CROSS JOIN LATERAL (SELECT CASE WHEN j.err IS NOT NULL THEN CASE WHEN j.k % 2 = 0 THEN 'discarded' ELSE 'retryable' END WHEN j.k > 250 THEN 'scheduled' WHEN j.k % 47 = 0 THEN 'cancelled' ELSE 'completed' END AS st) y
ORDER BY j.k;

CREATE TABLE oban_peers (name text PRIMARY KEY, node text NOT NULL, started_at timestamp without time zone NOT NULL, expires_at timestamp without time zone NOT NULL);
INSERT INTO oban_peers VALUES ('Oban', 'plausible@10.0.2.14', '2025-06-30 08:01:12', '2025-06-30 17:00:30');

-- ---------------------------------------------------------------------------
-- The audit log (Plausible.Audit.Entry): what changed, with the changed
-- fields as JSON.

CREATE TABLE audit_entries (
    id uuid PRIMARY KEY, name varchar(255) NOT NULL, entity varchar(255) NOT NULL, entity_id varchar(255) NOT NULL, meta jsonb NOT NULL DEFAULT '{}',
    change jsonb NOT NULL DEFAULT '{}', user_id bigint, team_id bigint, datetime timestamp(6) NOT NULL, actor_type varchar(255) NOT NULL DEFAULT 'user'
);
INSERT INTO audit_entries
SELECT fixture_gen.uuid('aud', k)::uuid, x.name, x.entity, x.eid, x.meta, x.change, x.uid, x.tid,
       timestamp '2025-05-01 00:00:00' + make_interval(secs => k * 9100 + fixture_gen.n('audt', k, 9000)), CASE WHEN x.uid IS NULL THEN 'system' ELSE 'user' END
FROM generate_series(1, 240) k
CROSS JOIN LATERAL (SELECT u.*, t.id AS team FROM users u LEFT JOIN teams t ON t.id = u.id WHERE u.id = 5 + fixture_gen.n('audu', k, 326)) u
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'user_updated', 'Plausible.Auth.User', u.id::text, '{}'::jsonb, jsonb_build_object('name', u.name, 'previous_email', u.email, 'email', fixture_gen.email('audne', k)), u.id, u.team),
  (1, 'team_invitation_created', 'Plausible.Teams.Invitation', (1000 + k)::text, jsonb_build_object('remote_ip', fixture_gen.ipv4('audip', k)), jsonb_build_object('email', fixture_gen.email('audinv', k), 'role', 'viewer'), u.id, u.team),
  (2, 'shared_link_created', 'Plausible.Site.SharedLink', (2000 + k)::text, '{}'::jsonb, jsonb_build_object('name', 'Client dashboard', 'password_protected', k % 2 = 0), u.id, u.team),
  (3, 'goal_created', 'Plausible.Goal', (3000 + k)::text, '{}'::jsonb, jsonb_build_object('event_name', 'Signup', 'display_name', 'Signup', 'currency', NULL), u.id, u.team),
  (4, 'user_logged_in', 'Plausible.Auth.User', u.id::text, jsonb_build_object('remote_ip', fixture_gen.ipv4('audip', k), 'user_agent', fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'], 'audua', k)), '{}'::jsonb, u.id, u.team),
  (5, 'site_transfer_started', 'Plausible.Teams.SiteTransfer', (4000 + k)::text, '{}'::jsonb, jsonb_build_object('email', fixture_gen.email('audtr', k), 'site_domain', (SELECT domain FROM sites WHERE id = 1 + k % 420)), u.id, u.team),
  (6, 'team_locked', 'Plausible.Teams.Team', coalesce(u.team, 5)::text, jsonb_build_object('reason', 'grace_period_ended'), jsonb_build_object('locked', true), NULL, u.team),
  (7, 'user_2fa_enabled', 'Plausible.Auth.User', u.id::text, '{}'::jsonb, jsonb_build_object('totp_enabled', true), u.id, u.team)
 ) v(n, name, entity, eid, meta, change, uid, tid) WHERE v.n = fixture_gen.n('audk', k, 8)) x;

CREATE TABLE schema_migrations (version bigint PRIMARY KEY, inserted_at timestamp(0));
INSERT INTO schema_migrations
SELECT to_char(timestamp '2018-12-26 10:00:00' + make_interval(days => k * 8, secs => fixture_gen.n('mig', k, 80000)), 'YYYYMMDDHH24MISS')::bigint,
       timestamp '2025-06-30 08:00:00' - make_interval(days => (330 - k) * 5)
FROM generate_series(1, 330) k;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
