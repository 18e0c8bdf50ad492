-- classify-eval fixture (HOLDOUT 42, plane: written by someone who had not
-- seen the classifier, labelled by what its columns hold; never tune
-- against it): a self-hosted Plane 0.2x project tracker (Django on
-- PostgreSQL) in the naming its migrations create: unprefixed plural
-- db_table names, uuid keys, created_at/updated_at, created_by_id and
-- updated_by_id, deleted_at for soft deletes, jsonb settings. A subset of
-- its tables with their real columns and types. One instance, three
-- workspaces: Kestrel Analytics (a logistics-analytics start-up with a
-- customer-support project fed from its help desk), Orbita Health (a
-- telehealth clinic's product and operations team) and Lumen & Vale (a
-- design studio working for clients). Users with pbkdf2 hashes or unusable
-- passwords, random hex usernames, display names, phones, avatar URLs,
-- login IPs and user agents; profiles with roles, company names and
-- billing addresses; Google, GitHub and GitLab accounts with their tokens,
-- ID tokens and profile JSON; the session store with device info; API
-- tokens; invitations with their signed tokens and messages; projects,
-- states, labels, cycles and modules; issues whose titles, TipTap JSON,
-- HTML, stripped text and Y.js binaries hold customers' and patients'
-- details in the support and operations projects; comments; the activity
-- log of old and new values; file assets whose attributes name the
-- uploaded files; pages; saved views; notifications whose data JSON
-- quotes actors and values; webhooks and their delivery logs; importers
-- with their configs; Slack syncs; social logins; the instance row and its
-- configuration key/value table (SMTP, OAuth, OpenAI and Unsplash keys
-- among plain settings); exports with presigned URLs.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- rnd: alphanumerics; hx: lowercase hex; b64url: unpadded URL-safe base64
-- of a text.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION pgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

CREATE FUNCTION pgen.b64url(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(s, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;

-- jwt: a JSON Web Token with a given header algorithm and claims.
CREATE FUNCTION pgen.jwt(alg text, claims text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT pgen.b64url('{"alg":"' || alg || '","typ":"JWT"}') || '.' || pgen.b64url(claims) || '.'
      || translate(rtrim(fixture_gen.b64(tag, i, CASE WHEN alg = 'HS256' THEN 32 ELSE 256 END), '='), '+/', '-_')
$$;

-- u: a deterministic uuid.
CREATE FUNCTION pgen.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid('plane-' || tag, i)::uuid $$;

-- at: a time between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- ua: a browser or app user agent.
CREATE FUNCTION pgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0',
    'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0'], tag, i)
$$;

-- People 1-150. 1-70 Kestrel Analytics staff, 71-115 Orbita Health staff,
-- 116-140 Lumen & Vale, 141-150 freelancers and client contacts on
-- personal addresses. Bots are users 151-156.
CREATE TABLE pgen.p (i int PRIMARY KEY, first text, last text, full_name text, email text, display text, phone text, city text, country text,
  ws int, tz text, ip text, ua text, medium text, joined timestamptz, role text, company text);
INSERT INTO pgen.p
SELECT i, f, l, f || ' ' || l,
  CASE WHEN i <= 70 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@kestrel-analytics.example'
       WHEN i <= 115 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || '@orbitahealth.example'
       WHEN i <= 140 THEN fixture_gen.ascii(f) || '@lumenvale.example'
       ELSE fixture_gen.ascii(f) || fixture_gen.ascii(l) || (i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.uk', 'web.de'], 'pdom', i) END,
  CASE fixture_gen.n('pdisp', i, 4) WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) WHEN 1 THEN f WHEN 2 THEN fixture_gen.ascii(f) || substr(fixture_gen.ascii(l), 1, 1) ELSE f || ' ' || substr(l, 1, 1) || '.' END,
  CASE WHEN i % 3 = 0 THEN fixture_gen.phone('pph', i) END,
  fixture_gen.city('pcity', i),
  fixture_gen.pick(ARRAY['IN', 'GB', 'DE', 'US', 'FR', 'NG', 'JP', 'BR', 'TR', 'PL'], 'pctry', i),
  CASE WHEN i <= 70 THEN 1 WHEN i <= 115 THEN 2 WHEN i <= 140 THEN 3 ELSE 1 + i % 3 END,
  fixture_gen.pick(ARRAY['Asia/Kolkata', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'Europe/Paris', 'Africa/Lagos', 'Asia/Tokyo', 'UTC'], 'ptz', i),
  CASE WHEN i % 5 = 0 THEN fixture_gen.ipv6('pip', i) ELSE fixture_gen.ipv4('pip', i) END,
  pgen.ua('pua', i),
  fixture_gen.pick(ARRAY['email', 'email', 'google', 'google', 'github', 'magic-code', 'gitlab'], 'pmed', i),
  pgen.at('pjoin', i, '2022-03-01', '2024-05-01'),
  fixture_gen.pick(ARRAY['Product / Project Manager', 'Engineering', 'Designer', 'Founder or leadership', 'Support lead', 'Data analyst', 'Operations', 'Marketing'], 'prole', i),
  CASE WHEN i <= 70 THEN 'Kestrel Analytics' WHEN i <= 115 THEN 'Orbita Health' WHEN i <= 140 THEN 'Lumen & Vale' ELSE fixture_gen.pick(ARRAY['Freelance', 'Brightline Logistics', 'Harbour Clinic Group', 'self-employed', 'Nordlicht GmbH'], 'pco', i) END
FROM generate_series(1, 150) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pfn', i) AS f, fixture_gen.last_name('pln', i) AS l) n;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Customers and patients who appear in issues, comments and activities
-- (never users).
CREATE TABLE pgen.c (i int PRIMARY KEY, name text, email text, phone text, addr text, dob date, ref text);
INSERT INTO pgen.c
SELECT i, fixture_gen.full_name('cnm', i), fixture_gen.email('cem', i), fixture_gen.phone('cph', i),
       fixture_gen.street('cst', i) || ', ' || fixture_gen.postcode('cpc', i) || ' ' || fixture_gen.city('cci', i),
       fixture_gen.birth_date('cdob', i), CASE WHEN i % 2 = 0 THEN 'SHP-' || fixture_gen.digits('cref', i, 7) ELSE 'PT-' || fixture_gen.digits('cref', i, 6) END
FROM generate_series(1, 400) i;

-- ---------------------------------------------------------------------------
-- Users, profiles, accounts, sessions, API tokens.

CREATE TABLE users (
    id uuid PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, username varchar(128) NOT NULL UNIQUE, mobile_number varchar(255),
    email varchar(255) UNIQUE, first_name varchar(255) NOT NULL, last_name varchar(255) NOT NULL, avatar text NOT NULL, avatar_asset_id uuid,
    cover_image varchar(800), cover_image_asset_id uuid, date_joined timestamptz NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
    last_location varchar(255) NOT NULL, created_location varchar(255) NOT NULL, is_superuser boolean NOT NULL, is_managed boolean NOT NULL,
    is_password_expired boolean NOT NULL, is_active boolean NOT NULL, is_staff boolean NOT NULL, is_email_verified boolean NOT NULL,
    is_password_autoset boolean NOT NULL, token varchar(64) NOT NULL, user_timezone varchar(255) NOT NULL, last_active timestamptz,
    last_login_time timestamptz, last_logout_time timestamptz, last_login_ip varchar(255) NOT NULL, last_logout_ip varchar(255) NOT NULL,
    last_login_medium varchar(20) NOT NULL, last_login_uagent text NOT NULL, token_updated_at timestamptz, is_bot boolean NOT NULL,
    bot_type varchar(30), display_name varchar(255) NOT NULL
);
INSERT INTO users
SELECT pgen.u('user', p.i),
  CASE WHEN p.medium IN ('google', 'github', 'gitlab', 'magic-code') THEN '!' || pgen.rnd('upw', p.i, 40) ELSE fixture_gen.pbkdf2('upw', p.i) END,
  pgen.at('ull', p.i, '2024-05-01', '2024-06-28'),
  pgen.hx('uname', p.i, 32), p.phone, p.email, p.first, p.last,
  CASE fixture_gen.n('uav', p.i, 4) WHEN 0 THEN '' WHEN 1 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || pgen.rnd('uavg', p.i, 40) || '=s96-c'
       WHEN 2 THEN 'https://avatars.githubusercontent.com/u/' || (1000000 + fixture_gen.n('ugh', p.i, 90000000))::text || '?v=4'
       ELSE '/api/assets/v2/static/' || pgen.u('uavasset', p.i)::text || '/' END,
  CASE WHEN fixture_gen.n('uav', p.i, 4) = 3 THEN pgen.u('uavasset', p.i) END,
  fixture_gen.pick(ARRAY['https://images.unsplash.com/photo-1506744038136-46273834b3fb?auto=format&fit=crop&w=870&q=80',
    'https://images.unsplash.com/photo-1531045535792-b515d59c3d1f?auto=format&fit=crop&w=870&q=80',
    'https://images.unsplash.com/photo-1476231682828-37e571bc172f?auto=format&fit=crop&w=870&q=80'], 'ucov', p.i),
  NULL, p.joined, p.joined, pgen.at('uupd', p.i, '2024-05-01', '2024-06-28'),
  CASE WHEN p.i % 4 = 0 THEN p.city || ', ' || p.country ELSE '' END, CASE WHEN p.i % 6 = 0 THEN p.city || ', ' || p.country ELSE '' END,
  p.i = 1, false, false, p.i % 17 <> 5, p.i = 1, p.i % 9 <> 4, p.medium <> 'email', pgen.hx('utok', p.i, 32), p.tz,
  pgen.at('ulact', p.i, '2024-06-01', '2024-06-28'), pgen.at('ull', p.i, '2024-05-01', '2024-06-28'), CASE WHEN p.i % 3 = 0 THEN pgen.at('ulo', p.i, '2024-05-01', '2024-06-28') END,
  p.ip, CASE WHEN p.i % 3 = 0 THEN fixture_gen.ipv4('uloip', p.i) ELSE '' END, p.medium, p.ua, CASE WHEN p.i % 2 = 0 THEN pgen.at('utku', p.i, '2023-01-01', '2024-06-01') END,
  false, NULL, p.display
FROM pgen.p p;
INSERT INTO users
SELECT pgen.u('user', 150 + k), '!' || pgen.rnd('upw', 150 + k, 40), NULL, pgen.hx('uname', 150 + k, 32), NULL, pgen.hx('ubotm', k, 32) || '@plane.so',
  b.n, '', '', NULL, NULL, NULL, timestamptz '2023-02-01' + k * interval '40 days', timestamptz '2023-02-01' + k * interval '40 days', timestamptz '2024-06-01',
  '', '', false, false, false, true, false, false, true, pgen.hx('utok', 150 + k, 32), 'UTC', NULL, NULL, NULL, '', '', 'email', '', NULL, true, b.t, b.n
FROM (VALUES (1, 'GitHub Importer', 'IMPORTER'), (2, 'Jira Importer', 'IMPORTER'), (3, 'Slack Bot', 'INTEGRATION'), (4, 'Intake Bot', 'INTAKE_BOT'),
  (5, 'Webhook Bot', 'INTEGRATION'), (6, 'Workspace Seed', 'WORKSPACE_SEED')) b(k, n, t);

CREATE TABLE profiles (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, user_id uuid NOT NULL UNIQUE REFERENCES users (id),
    theme jsonb NOT NULL, is_tour_completed boolean NOT NULL, onboarding_step jsonb NOT NULL, use_case text, role varchar(300),
    is_onboarded boolean NOT NULL, last_workspace_id uuid, billing_address_country varchar(255) NOT NULL, billing_address jsonb,
    has_billing_address boolean NOT NULL, company_name varchar(255) NOT NULL, language varchar(255) NOT NULL
);
INSERT INTO profiles
SELECT pgen.u('prof', p.i), p.joined, p.joined + interval '3 days', pgen.u('user', p.i),
  jsonb_build_object('theme', fixture_gen.pick(ARRAY['system', 'dark', 'light', 'custom'], 'pth', p.i), 'sidebar', '#1f2937', 'background', '#ffffff', 'text', '#111827', 'primary', '#3f76ff', 'darkPalette', p.i % 2 = 0),
  p.i % 3 <> 0, '{"profile_complete": true, "workspace_create": true, "workspace_invite": true, "workspace_join": true}'::jsonb,
  fixture_gen.pick(ARRAY['Plan and track sprints', 'Manage a support queue', 'Run client projects', 'Track product roadmap', 'Personal tasks', NULL], 'puse', p.i),
  p.role, true, pgen.u('ws', p.ws),
  CASE WHEN p.i > 140 OR p.i % 20 = 0 THEN p.country ELSE 'INDIA' END,
  CASE WHEN p.i > 140 OR p.i % 20 = 0 THEN jsonb_build_object('line1', fixture_gen.street('pbst', p.i), 'line2', NULL, 'city', p.city, 'state', NULL, 'postal_code', fixture_gen.postcode('pbpc', p.i), 'country', p.country) END,
  p.i > 140 OR p.i % 20 = 0, p.company, 'en'
FROM pgen.p p;

CREATE TABLE accounts (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, user_id uuid NOT NULL REFERENCES users (id),
    provider_account_id varchar(255) NOT NULL, provider varchar(20) NOT NULL, access_token text NOT NULL, access_token_expired_at timestamptz,
    refresh_token text, refresh_token_expired_at timestamptz, last_connected_at timestamptz NOT NULL, id_token text NOT NULL, metadata jsonb NOT NULL,
    UNIQUE (provider, provider_account_id)
);
INSERT INTO accounts
SELECT pgen.u('acct', p.i), p.joined, pgen.at('acu', p.i, '2024-05-01', '2024-06-28'), pgen.u('user', p.i),
  CASE p.medium WHEN 'google' THEN '1' || fixture_gen.digits('gsub', p.i, 20) WHEN 'github' THEN (1000000 + fixture_gen.n('ugh', p.i, 90000000))::text ELSE (100000 + fixture_gen.n('ugl', p.i, 9000000))::text END,
  p.medium,
  CASE p.medium WHEN 'google' THEN 'ya29.' || 'a0AXooCg' || pgen.rnd('gat', p.i, 150) WHEN 'github' THEN 'gho' || '_' || pgen.rnd('ghat', p.i, 36) ELSE pgen.hx('glat', p.i, 64) END,
  CASE p.medium WHEN 'google' THEN pgen.at('acu', p.i, '2024-05-01', '2024-06-28') + interval '1 hour' END,
  CASE p.medium WHEN 'google' THEN '1//0' || pgen.rnd('grt', p.i, 98) WHEN 'gitlab' THEN pgen.hx('glrt', p.i, 64) END,
  NULL, pgen.at('acu', p.i, '2024-05-01', '2024-06-28'),
  CASE p.medium WHEN 'google' THEN pgen.jwt('RS256', '{"iss":"https://accounts.google.com","azp":"5521-plane.apps.googleusercontent.com","sub":"1' || fixture_gen.digits('gsub', p.i, 20)
       || '","email":"' || p.email || '","email_verified":true,"name":"' || p.full_name || '","given_name":"' || p.first || '","family_name":"' || p.last || '","iat":1717000000,"exp":1717003600}', 'gidt', p.i) ELSE '' END,
  CASE p.medium WHEN 'google' THEN jsonb_build_object('email', p.email, 'name', p.full_name, 'given_name', p.first, 'family_name', p.last, 'picture', 'https://lh3.googleusercontent.com/a/ACg8oc' || pgen.rnd('uavg', p.i, 40) || '=s96-c', 'hd', split_part(p.email, '@', 2))
       WHEN 'github' THEN jsonb_build_object('login', fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last), 'id', 1000000 + fixture_gen.n('ugh', p.i, 90000000), 'name', p.full_name, 'email', p.email, 'company', p.company, 'location', p.city, 'bio', NULL)
       ELSE jsonb_build_object('username', fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last), 'name', p.full_name, 'email', p.email, 'avatar_url', 'https://secure.gravatar.com/avatar/' || md5(p.email) || '?s=80&d=identicon') END
FROM pgen.p p WHERE p.medium IN ('google', 'github', 'gitlab');

CREATE TABLE sessions (
    session_key varchar(128) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL, device_info jsonb, user_id varchar(50)
);
INSERT INTO sessions
SELECT pgen.rnd('skey', s, 32) || substr(md5('sk' || s), 1, 0),
  pgen.b64url('{"_auth_user_id":"' || pgen.u('user', u)::text || '","_auth_user_backend":"django.contrib.auth.backends.ModelBackend","_auth_user_hash":"' || pgen.hx('shash', s, 64) || '","device_info":{"ip_address":"' || p.ip || '"}}')
      || ':1s' || pgen.rnd('sts', s, 5) || ':' || pgen.rnd('ssig', s, 43),
  pgen.at('sexp', s, '2024-06-20', '2024-07-28'),
  jsonb_build_object('user_agent', pgen.ua('sua', s), 'ip_address', CASE WHEN s % 4 = 0 THEN fixture_gen.ipv4('sip', s) ELSE p.ip END, 'domain', 'plane.kestrel-analytics.example'),
  pgen.u('user', u)::text
FROM generate_series(1, 220) s CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('suser', s, 150) AS u) x JOIN pgen.p p ON p.i = x.u;

CREATE TABLE api_tokens (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    token varchar(255) NOT NULL UNIQUE, label varchar(255) NOT NULL, user_type smallint NOT NULL, user_id uuid NOT NULL REFERENCES users (id),
    workspace_id uuid, description text NOT NULL, expired_at timestamptz, is_active boolean NOT NULL, last_used timestamptz
);
INSERT INTO api_tokens
SELECT pgen.u('tok', t), pgen.at('tkc', t, '2023-03-01', '2024-06-01'), pgen.at('tku', t, '2024-06-01', '2024-06-28'), pgen.u('user', u), pgen.u('user', u),
  CASE WHEN t % 11 = 0 THEN pgen.at('tkd', t, '2024-06-01', '2024-06-28') END,
  'plane_api_' || pgen.hx('tokv', t, 32),
  fixture_gen.pick(ARRAY['CI sync', 'Grafana board', 'Zapier', 'cli', 'n8n automation', 'Release script', 'helpdesk bridge', 'Backup export'], 'tkl', t),
  CASE WHEN t % 7 = 0 THEN 1 ELSE 0 END::smallint, pgen.u('user', CASE WHEN t % 7 = 0 THEN 151 + t % 6 ELSE u END), pgen.u('ws', 1 + t % 3),
  CASE t % 5 WHEN 0 THEN '' WHEN 1 THEN 'Pushes deploy status from GitHub Actions into the release cycle.'
       WHEN 2 THEN 'Used by ' || p.full_name || ' on a personal laptop for the weekly report script; rotate when ' || p.first || ' leaves.'
       WHEN 3 THEN 'Helpdesk bridge: creates issues in SUP from tickets. Owner: ' || p.email
       ELSE 'Read-only token for the analytics dashboard.' END,
  CASE WHEN t % 4 = 0 THEN pgen.at('tke', t, '2024-07-01', '2025-06-01') END, t % 9 <> 0, CASE WHEN t % 3 <> 0 THEN pgen.at('tklu', t, '2024-06-01', '2024-06-28') END
FROM generate_series(1, 36) t CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('tkusr', t, 140) AS u) x JOIN pgen.p p ON p.i = x.u;

-- ---------------------------------------------------------------------------
-- Workspaces, members, invitations.

CREATE TABLE workspaces (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    name varchar(80) NOT NULL, logo text, logo_asset_id uuid, owner_id uuid NOT NULL REFERENCES users (id), slug varchar(48) NOT NULL UNIQUE,
    organization_size varchar(20), timezone varchar(255) NOT NULL, background_color varchar(255)
);
INSERT INTO workspaces VALUES
  (pgen.u('ws', 1), '2022-03-01 09:12:00+00', '2024-06-11 10:00:00+00', pgen.u('user', 1), pgen.u('user', 1), NULL, 'Kestrel Analytics', '/api/assets/v2/static/' || pgen.u('wslogo', 1) || '/', pgen.u('wslogo', 1), pgen.u('user', 1), 'kestrel-analytics', '51-200', 'Asia/Kolkata', '#2b6cb0'),
  (pgen.u('ws', 2), '2022-09-14 14:40:00+00', '2024-05-30 08:00:00+00', pgen.u('user', 71), pgen.u('user', 71), NULL, 'Orbita Health', NULL, NULL, pgen.u('user', 71), 'orbita', '11-50', 'Europe/London', '#0f766e'),
  (pgen.u('ws', 3), '2023-01-09 11:05:00+00', '2024-06-02 16:20:00+00', pgen.u('user', 116), pgen.u('user', 116), NULL, 'Lumen & Vale', 'https://cdn.lumenvale.example/brand/lv-mark.png', NULL, pgen.u('user', 116), 'lumenvale', '1-10', 'Europe/Berlin', '#b45309');

CREATE TABLE workspace_members (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), member_id uuid NOT NULL REFERENCES users (id), role smallint NOT NULL, company_role text,
    view_props jsonb NOT NULL, default_props jsonb NOT NULL, issue_props jsonb NOT NULL, is_active boolean NOT NULL
);
INSERT INTO workspace_members
SELECT pgen.u('wm', w * 1000 + p.i), p.joined, p.joined + interval '1 day', pgen.u('user', CASE w WHEN 1 THEN 1 WHEN 2 THEN 71 ELSE 116 END), NULL,
  CASE WHEN p.i % 23 = 0 THEN pgen.at('wmdel', p.i, '2024-01-01', '2024-06-01') END,
  pgen.u('ws', w), pgen.u('user', p.i), CASE WHEN p.i IN (1, 71, 116) THEN 20 WHEN p.i % 10 = 1 THEN 15 WHEN p.i > 140 THEN 5 ELSE 15 END::smallint,
  CASE WHEN p.i % 4 <> 0 THEN fixture_gen.pick(ARRAY['Engineering Manager', 'Senior Backend Engineer', 'Product Designer', 'Head of Customer Support', 'QA Engineer', 'Clinical Operations Lead', 'Data Scientist', 'CTO', 'Account Manager', 'Freelance illustrator'], 'wmcr', p.i) END,
  jsonb_build_object('filters', jsonb_build_object('priority', NULL, 'state', NULL, 'assignees', NULL), 'display_filters', jsonb_build_object('group_by', NULL, 'order_by', '-created_at', 'layout', fixture_gen.pick(ARRAY['list', 'kanban', 'spreadsheet'], 'wmvp', p.i), 'show_empty_groups', true)),
  '{"filters": {"priority": null, "state": null, "labels": null}, "display_filters": {"layout": "list", "order_by": "-created_at"}}'::jsonb,
  '{"subscribed": true, "assigned": true, "created": true, "all_issues": true}'::jsonb, p.i % 29 <> 0
FROM pgen.p p CROSS JOIN LATERAL (SELECT p.ws AS w UNION SELECT 2 WHERE p.i BETWEEN 60 AND 70 UNION SELECT 3 WHERE p.i BETWEEN 141 AND 150) x;

CREATE TABLE workspace_member_invites (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), email varchar(255) NOT NULL, accepted boolean NOT NULL, token varchar(255) NOT NULL,
    message text, responded_at timestamptz, role smallint NOT NULL
);
INSERT INTO workspace_member_invites
SELECT pgen.u('inv', k), t, t + interval '2 days', pgen.u('user', inviter), NULL, NULL, pgen.u('ws', w), em, k % 3 <> 0,
  pgen.jwt('HS256', '{"email":"' || em || '","timestamp":' || extract(epoch FROM t)::bigint || '}', 'invsig', k),
  CASE k % 4 WHEN 0 THEN NULL WHEN 1 THEN 'Hi ' || split_part(fn, ' ', 1) || ', adding you so you can follow the onboarding tickets. Call me on ' || fixture_gen.phone('invph', k) || ' if the link does not work.'
       WHEN 2 THEN 'Welcome aboard!' ELSE 'Invite for the ' || fixture_gen.pick(ARRAY['Q3 roadmap', 'clinic rollout', 'brand refresh', 'support rotation'], 'invm', k) || ' project.' END,
  CASE WHEN k % 3 <> 0 THEN t + make_interval(hours => 2 + fixture_gen.n('invr', k, 100)) END,
  (ARRAY[5, 15, 15, 20])[1 + fixture_gen.n('invrole', k, 4)]::smallint
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT 1 + k % 3 AS w, pgen.at('invc', k, '2023-01-01', '2024-06-25') AS t, CASE k % 3 WHEN 0 THEN 1 WHEN 1 THEN 71 ELSE 116 END AS inviter) a
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 30 THEN p.email ELSE fixture_gen.email('invem', k) END AS em, CASE WHEN k <= 30 THEN p.full_name ELSE fixture_gen.full_name('invem', k) END AS fn FROM pgen.p p WHERE p.i = 1 + (k * 7) % 150) b;

-- ---------------------------------------------------------------------------
-- Projects, members, states, labels, cycles, modules.

CREATE TABLE pgen.pr (k int PRIMARY KEY, ws int, name text, ident text, descr text, lead int, net int);
INSERT INTO pgen.pr VALUES
  (1, 1, 'Platform', 'PLT', 'Core ingestion, routing engine and the public API.', 3, 2),
  (2, 1, 'Customer Support', 'SUP', 'Escalations from the help desk. Tickets may contain shipper and consignee details; do not copy them into public channels.', 12, 0),
  (3, 1, 'Mobile App', 'MOB', 'Driver app for Android and iOS.', 8, 2),
  (4, 1, 'Data Warehouse', 'DWH', 'dbt models, Airflow DAGs and the BI layer.', 20, 2),
  (5, 1, 'Web Dashboard', 'WEB', 'Customer dashboard in Next.js.', 5, 2),
  (6, 2, 'Patient App', 'PAT', 'The telehealth app patients use to book and join consultations.', 72, 2),
  (7, 2, 'Clinic Operations', 'OPS', 'Scheduling problems, record corrections and complaints reported by the clinics.', 75, 0),
  (8, 2, 'Compliance', 'CMP', 'DSPT, ISO 27001 and GDPR requests.', 80, 0),
  (9, 3, 'Brand Refresh - Nordlicht', 'NRD', 'Identity and website for Nordlicht GmbH.', 118, 0),
  (10, 3, 'Studio Admin', 'ADM', 'Invoices, hiring and equipment.', 116, 0),
  (11, 3, 'Harbour Clinic Website', 'HCW', 'Marketing site for Harbour Clinic Group.', 121, 0),
  (12, 1, 'Plane', 'PLN', 'Trying Plane itself: templates and automations.', 1, 2);

CREATE TABLE projects (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    name varchar(255) NOT NULL, description text NOT NULL, description_text jsonb, description_html jsonb, network smallint NOT NULL,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), identifier varchar(12) NOT NULL, default_assignee_id uuid, project_lead_id uuid,
    module_view boolean NOT NULL, cycle_view boolean NOT NULL,
    inbox_view boolean NOT NULL, cover_image text, estimate_id uuid, archive_in integer NOT NULL, close_in integer NOT NULL, default_state_id uuid,
    logo_props jsonb NOT NULL, archived_at timestamptz, timezone varchar(255) NOT NULL
);
INSERT INTO projects
SELECT pgen.u('proj', k), timestamptz '2022-04-01' + k * interval '37 days', timestamptz '2024-06-01' + k * interval '1 day', pgen.u('user', lead), pgen.u('user', lead), NULL,
  name, descr, NULL, NULL, net::smallint, pgen.u('ws', ws), ident, CASE WHEN k IN (2, 7) THEN pgen.u('user', lead) END, pgen.u('user', lead),
  true, k <> 8, k IN (2, 6, 7),
  fixture_gen.pick(ARRAY['https://images.unsplash.com/photo-1531045535792-b515d59c3d1f?auto=format&fit=crop&w=870&q=80', 'https://images.unsplash.com/photo-1506744038136-46273834b3fb?auto=format&fit=crop&w=870&q=80'], 'pcov', k),
  NULL, CASE WHEN k % 3 = 0 THEN 3 ELSE 0 END, CASE WHEN k IN (2, 7) THEN 6 ELSE 0 END, pgen.u('state', k * 10 + 1),
  jsonb_build_object('in_use', 'emoji', 'emoji', jsonb_build_object('value', (ARRAY['128640', '127919', '128241', '128202', '128187', '129658', '127973', '128220', '127912', '128188', '9875', '9992'])[k])),
  CASE WHEN k = 12 THEN timestamptz '2024-02-01' END, fixture_gen.pick(ARRAY['UTC', 'Asia/Kolkata', 'Europe/London'], 'ptz', k)
FROM pgen.pr;

CREATE TABLE project_members (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id), member_id uuid REFERENCES users (id),
    comment text, role smallint NOT NULL, view_props jsonb NOT NULL, default_props jsonb NOT NULL, preferences jsonb NOT NULL, sort_order double precision NOT NULL,
    is_active boolean NOT NULL
);
CREATE TABLE pgen.pm (k int, u int);
INSERT INTO pgen.pm SELECT pr.k, p.i FROM pgen.pr pr JOIN pgen.p p ON (p.ws = pr.ws OR (p.i > 140 AND pr.ws = 3) OR (p.i BETWEEN 60 AND 70 AND pr.ws = 2))
  WHERE fixture_gen.n('pmsel', pr.k * 1000 + p.i, 3) <> 0 OR p.i = pr.lead;
INSERT INTO project_members
SELECT pgen.u('pm', m.k * 1000 + m.u), p.joined + interval '5 days', p.joined + interval '5 days', pgen.u('user', pr.lead), NULL, NULL, pgen.u('proj', m.k), pgen.u('ws', pr.ws),
  pgen.u('user', m.u),
  CASE WHEN m.u % 13 = 0 THEN 'Contractor until ' || to_char(date '2024-09-30' + (m.u % 60), 'DD Mon YYYY') || ', invoices via ' || p.email WHEN m.u % 7 = 0 THEN 'Added for the Q2 on-call rota' END,
  CASE WHEN m.u = pr.lead THEN 20 WHEN m.u > 140 THEN 5 ELSE 15 END::smallint,
  jsonb_build_object('filters', jsonb_build_object('state', NULL, 'assignees', NULL), 'display_filters', jsonb_build_object('layout', fixture_gen.pick(ARRAY['list', 'kanban', 'calendar', 'spreadsheet', 'gantt_chart'], 'pmvp', m.u), 'group_by', 'state', 'order_by', 'sort_order')),
  '{"filters": {"priority": null, "state": null, "labels": null, "assignees": null}, "display_filters": {"layout": "list"}}'::jsonb,
  jsonb_build_object('pages', jsonb_build_object('block_display', true), 'navigation', jsonb_build_object('default_tab', 'work_items')),
  65535 * (1 + fixture_gen.n('pmso', m.k * 1000 + m.u, 20)), m.u % 31 <> 0
FROM pgen.pm m JOIN pgen.pr pr ON pr.k = m.k JOIN pgen.p p ON p.i = m.u;

CREATE TABLE states (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id), name varchar(255) NOT NULL, description text NOT NULL,
    color varchar(255) NOT NULL, slug varchar(100) NOT NULL, sequence double precision NOT NULL, "group" varchar(20) NOT NULL, "default" boolean NOT NULL
);
INSERT INTO states
SELECT pgen.u('state', pr.k * 10 + s.n), timestamptz '2022-04-01' + pr.k * interval '37 days', timestamptz '2022-04-01' + pr.k * interval '37 days', pgen.u('user', pr.lead), NULL, NULL,
  pgen.u('proj', pr.k), pgen.u('ws', pr.ws), CASE WHEN pr.k IN (2, 7) AND s.n = 3 THEN 'Waiting on customer' ELSE s.name END, '', s.color,
  lower(replace(CASE WHEN pr.k IN (2, 7) AND s.n = 3 THEN 'Waiting on customer' ELSE s.name END, ' ', '-')), 15000 * s.n, s.grp, s.n = 1
FROM pgen.pr pr CROSS JOIN (VALUES (1, 'Backlog', '#A3A3A3', 'backlog'), (2, 'Todo', '#3A3A3A', 'unstarted'), (3, 'In Progress', '#F59E0B', 'started'),
  (4, 'In Review', '#8B5CF6', 'started'), (5, 'Done', '#16A34A', 'completed'), (6, 'Cancelled', '#EF4444', 'cancelled')) s(n, name, color, grp);

CREATE TABLE labels (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    project_id uuid REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id), parent_id uuid REFERENCES labels (id), name varchar(255) NOT NULL,
    description text NOT NULL, color varchar(255) NOT NULL, sort_order double precision NOT NULL
);
INSERT INTO labels
SELECT pgen.u('label', pr.k * 10 + l.n), timestamptz '2022-05-01' + pr.k * interval '37 days', timestamptz '2022-05-01' + pr.k * interval '37 days', pgen.u('user', pr.lead), NULL, NULL,
  pgen.u('proj', pr.k), pgen.u('ws', pr.ws), NULL, l.name, l.d, l.color, 65535 * l.n
FROM pgen.pr pr CROSS JOIN (VALUES (1, 'bug', 'Something is not working', '#ef4444'), (2, 'feature', 'New functionality', '#3b82f6'), (3, 'customer-reported', 'Raised by a customer', '#f97316'),
  (4, 'security', 'Security or privacy issue', '#7c3aed'), (5, 'tech-debt', '', '#6b7280'), (6, 'urgent', 'Needs attention today', '#dc2626')) l(n, name, d, color);

CREATE TABLE cycles (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    name varchar(255) NOT NULL, description text NOT NULL, start_date timestamptz, end_date timestamptz, owned_by_id uuid NOT NULL REFERENCES users (id),
    project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id), view_props jsonb NOT NULL, sort_order double precision NOT NULL,
    archived_at timestamptz
);
INSERT INTO cycles
SELECT pgen.u('cycle', pr.k * 100 + c), st - interval '3 days', st + interval '14 days', pgen.u('user', pr.lead), NULL, NULL,
  'Sprint ' || (20 + c), CASE WHEN c % 3 = 0 THEN 'Focus: ' || fixture_gen.pick(ARRAY['performance', 'onboarding flow', 'billing fixes', 'accessibility', 'release hardening'], 'cyf', pr.k * 100 + c) ELSE '' END,
  st, st + interval '13 days', pgen.u('user', pr.lead), pgen.u('proj', pr.k), pgen.u('ws', pr.ws),
  '{"filters": {}}'::jsonb, 10000 * c,
  CASE WHEN st < timestamptz '2024-01-01' AND c % 2 = 0 THEN st + interval '30 days' END
FROM pgen.pr pr CROSS JOIN generate_series(1, 6) c CROSS JOIN LATERAL (SELECT timestamptz '2023-10-02' + (c * 14) * interval '1 day' AS st) x WHERE pr.net = 2;

CREATE TABLE modules (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    name varchar(255) NOT NULL, description text NOT NULL, start_date date, target_date date,
    status varchar(20) NOT NULL, lead_id uuid REFERENCES users (id), project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id),
    view_props jsonb NOT NULL, sort_order double precision NOT NULL, archived_at timestamptz
);
INSERT INTO modules
SELECT pgen.u('module', pr.k * 100 + m), timestamptz '2023-06-01' + m * interval '20 days', timestamptz '2024-06-01', pgen.u('user', pr.lead), NULL, NULL,
  (ARRAY['Authentication', 'Notifications', 'Billing', 'Reporting', 'Onboarding', 'Integrations'])[m],
  (ARRAY['Login, SSO and sessions.', 'Email, push and in-app notifications.', 'Plans, invoices and payment methods.', 'Scheduled and ad-hoc reports.', 'Sign-up and first-run experience.', 'Third-party connectors.'])[m],
  date '2023-06-01' + m * 20, date '2023-09-01' + m * 30,
  fixture_gen.pick(ARRAY['backlog', 'planned', 'in-progress', 'paused', 'completed', 'cancelled'], 'mst', pr.k * 100 + m),
  pgen.u('user', (SELECT min(u) FROM pgen.pm WHERE pgen.pm.k = pr.k AND u > pr.lead + m)), pgen.u('proj', pr.k), pgen.u('ws', pr.ws),
  '{"filters": {}}'::jsonb, 10000 * m, NULL
FROM pgen.pr pr CROSS JOIN generate_series(1, 6) m WHERE pr.k IN (1, 3, 4, 5, 6, 9);

-- ---------------------------------------------------------------------------
-- Issues, assignees, comments, activities.

-- The issues: project, sequence, creator, assignee, customer, title, text.
CREATE TABLE pgen.iss (i int PRIMARY KEY, k int, ws int, seq int, creator int, assignee int, cust int, st int, title text, body text, mention int, at timestamptz);
INSERT INTO pgen.iss (i, k, ws, creator, assignee, cust, st, at)
SELECT i, x.k, pr.ws, cr.u, asg.u, 1 + fixture_gen.n('icust', i, 400), 1 + fixture_gen.n('ist', i, 6), pgen.at('iat', i, '2023-06-01', '2024-06-27')
FROM generate_series(1, 420) i
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 7, 7, 8, 9, 10, 11, 12, 1, 2, 3])[1 + fixture_gen.n('iproj', i, 20)] AS k) x
JOIN pgen.pr pr ON pr.k = x.k
CROSS JOIN LATERAL (SELECT u FROM pgen.pm WHERE pgen.pm.k = x.k ORDER BY md5('icr' || i || ':' || u) LIMIT 1) cr
CROSS JOIN LATERAL (SELECT u FROM pgen.pm WHERE pgen.pm.k = x.k ORDER BY md5('ias' || i || ':' || u) LIMIT 1) asg;
UPDATE pgen.iss s SET seq = r.rn FROM (SELECT i, row_number() OVER (PARTITION BY k ORDER BY at, i) AS rn FROM pgen.iss) r WHERE r.i = s.i;
UPDATE pgen.iss s SET mention = s.assignee,
  title = CASE
    WHEN s.k = 2 THEN CASE s.i % 4 WHEN 0 THEN 'Shipment ' || c.ref || ' shows delivered, customer ' || c.name || ' says it never arrived'
                                  WHEN 1 THEN 'Account deletion request from ' || c.email
                                  WHEN 2 THEN 'Tracking page shows wrong consignee address'
                                  ELSE 'Driver app crashes for ' || split_part(c.name, ' ', 1) || ' when scanning barcodes' END
    WHEN s.k = 7 THEN CASE s.i % 3 WHEN 0 THEN 'Duplicate patient record: ' || c.name || ' (' || replace(c.ref, 'SHP-', 'PT-') || ')'
                                  WHEN 1 THEN 'Complaint: video consultation dropped twice'
                                  ELSE 'Wrong date of birth on file for ' || c.name END
    WHEN s.k = 8 THEN 'Subject access request - ' || c.name
    WHEN s.k = 10 THEN CASE s.i % 2 WHEN 0 THEN 'Onboard ' || c.name || ' (junior designer)' ELSE 'Renew Adobe licences for the studio' END
    ELSE fixture_gen.pick(ARRAY['Rate limiter returns 500 instead of 429', 'Migrate cron jobs to Celery beat', 'Add CSV export to the shipments table', 'Dark mode contrast on the filters bar',
      'Flaky test in routing engine', 'Upgrade Django to 4.2 LTS', 'Push notifications arrive twice on Android 14', 'Dashboard loads slowly for large accounts',
      'Refactor the ETA model features', 'Webhook retries ignore the backoff', 'Broken link in the onboarding email', 'Design tokens for the new palette',
      'Document the public API pagination', 'Timezone bug in the weekly report', 'Replace moment.js with date-fns'], 'ititle', s.i) END,
  body = CASE
    WHEN s.k = 2 THEN 'Customer ' || c.name || ' (' || c.email || ', ' || c.phone || ') called the help desk: the consignment ' || c.ref || ' to ' || c.addr
      || ' is marked delivered but nothing arrived. Proof-of-delivery photo shows a different door. Please check the driver''s GPS trace and call back before Friday.'
    WHEN s.k = 7 AND s.i % 3 = 1 THEN 'Patient ' || c.name || ' (' || replace(c.ref, 'SHP-', 'PT-') || ', born ' || to_char(c.dob, 'DD/MM/YYYY') || ') lost the connection twice during a mental-health follow-up. '
      || 'They are on sertraline and asked not to be called at work; mobile ' || c.phone || '. Please check the TURN server logs for that evening.'
    WHEN s.k = 7 THEN 'The clinic registered ' || c.name || ' twice (' || replace(c.ref, 'SHP-', 'PT-') || ' and PT-' || fixture_gen.digits('idup', s.i, 6) || '). Correct DOB is ' || to_char(c.dob, 'YYYY-MM-DD')
      || ', address ' || c.addr || '. Merge the records and keep the newer consent form.'
    WHEN s.k = 8 THEN 'Requester: ' || c.name || ', ' || c.email || ', ' || c.addr || '. Identity verified against a passport copy on ' || to_char(s.at, 'DD Mon YYYY')
      || '. Deadline is one month from receipt. Export consultations, messages and payment history.'
    WHEN s.k = 10 AND s.i % 2 = 0 THEN 'Start date ' || to_char(s.at + interval '20 days', 'DD.MM.YYYY') || '. Salary EUR ' || (38000 + 500 * fixture_gen.n('isal', s.i, 20)) || ' gross. Ship the laptop to '
      || c.addr || '. Payroll IBAN ' || fixture_gen.iban_for('iiban', s.i) || ', phone ' || c.phone || '.'
    ELSE fixture_gen.sentence('ibody', s.i) || ' ' || fixture_gen.pick(ARRAY['Steps to reproduce are in the linked PR.', 'Seen on staging and production.', 'Low risk, can wait for the next cycle.',
      'Blocked on the infra change.', 'Acceptance criteria: covered by an integration test.'], 'ibody2', s.i) END
FROM pgen.c c WHERE c.i = s.cust;

CREATE FUNCTION pgen.tiptap(body text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'attrs', jsonb_build_object('textAlign', NULL),
    'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', body)))))
$$;

-- ydoc: a Y.js update of one paragraph: client id, clock, the type name
-- and the text, as Yjs encodes them (UTF-8 inside).
CREATE FUNCTION pgen.ydoc(body text, tag text, i bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x0101'::bytea || decode(substr(md5(tag || i), 1, 8), 'hex') || '\x000701'::bytea || convert_to('default', 'UTF8') || '\x0307'::bytea
      || convert_to('paragraph', 'UTF8') || '\x070004'::bytea || set_byte('\x00'::bytea, 0, least(255, length(body))) || convert_to(body, 'UTF8') || '\x00'::bytea
$$;

CREATE TABLE issues (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id), parent_id uuid REFERENCES issues (id),
    state_id uuid REFERENCES states (id), estimate_point_id uuid, name varchar(255) NOT NULL, description jsonb NOT NULL, description_html text NOT NULL,
    description_stripped text, description_binary bytea, priority varchar(30) NOT NULL, start_date date, target_date date, sequence_id integer NOT NULL,
    sort_order double precision NOT NULL, completed_at timestamptz, archived_at date, is_draft boolean NOT NULL, external_source varchar(255),
    external_id varchar(255), type_id uuid
);
INSERT INTO issues
SELECT pgen.u('issue', s.i), s.at, s.at + make_interval(hours => fixture_gen.n('iupd', s.i, 900)), pgen.u('user', s.creator), pgen.u('user', s.assignee),
  CASE WHEN s.i % 37 = 0 THEN s.at + interval '40 days' END, pgen.u('proj', s.k), pgen.u('ws', s.ws),
  CASE WHEN s.i % 9 = 0 THEN (SELECT pgen.u('issue', min(t.i)) FROM pgen.iss t WHERE t.k = s.k AND t.i < s.i) END,
  pgen.u('state', s.k * 10 + s.st), NULL, s.title,
  CASE WHEN s.i % 5 = 0 THEN jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(
        jsonb_build_object('type', 'text', 'text', s.body || ' cc '), jsonb_build_object('type', 'mention', 'attrs', jsonb_build_object('id', pgen.u('user', s.mention), 'entity_identifier', pgen.u('user', s.mention), 'entity_name', 'user_mention'))))))
       ELSE pgen.tiptap(s.body) END,
  '<p>' || replace(replace(s.body, '&', '&amp;'), '<', '&lt;') || CASE WHEN s.i % 5 = 0 THEN ' cc <mention-component entity_identifier="' || pgen.u('user', s.mention) || '" entity_name="user_mention"></mention-component>' ELSE '' END || '</p>',
  s.body, CASE WHEN s.at > timestamptz '2024-01-15' THEN pgen.ydoc(s.body, 'iyd', s.i) END,
  fixture_gen.pick(ARRAY['urgent', 'high', 'medium', 'low', 'none', 'none'], 'iprio', s.i),
  CASE WHEN s.i % 3 = 0 THEN (s.at + interval '2 days')::date END, CASE WHEN s.i % 2 = 0 THEN (s.at + interval '16 days')::date END, s.seq,
  65535 * s.seq, CASE WHEN s.st = 5 THEN s.at + make_interval(days => 1 + fixture_gen.n('icomp', s.i, 30)) END,
  CASE WHEN s.st = 5 AND s.i % 4 = 0 THEN (s.at + interval '60 days')::date END, s.i % 41 = 0,
  CASE WHEN s.k = 1 AND s.i % 3 = 0 THEN 'github' WHEN s.k = 2 THEN 'zendesk' END,
  CASE WHEN s.k = 1 AND s.i % 3 = 0 THEN (1800 + s.i)::text WHEN s.k = 2 THEN (480000 + s.i * 7)::text END, NULL
FROM pgen.iss s ORDER BY s.i;

CREATE TABLE issue_assignees (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    assignee_id uuid NOT NULL REFERENCES users (id), issue_id uuid NOT NULL REFERENCES issues (id), project_id uuid NOT NULL REFERENCES projects (id),
    workspace_id uuid NOT NULL REFERENCES workspaces (id)
);
INSERT INTO issue_assignees
SELECT pgen.u('ia', s.i * 10 + n), s.at + interval '5 minutes', s.at + interval '5 minutes', pgen.u('user', s.creator), NULL, NULL,
  pgen.u('user', CASE WHEN n = 1 THEN s.assignee ELSE s.creator END), pgen.u('issue', s.i), pgen.u('proj', s.k), pgen.u('ws', s.ws)
FROM pgen.iss s CROSS JOIN generate_series(1, 2) n WHERE n = 1 OR (s.i % 4 = 0 AND s.creator <> s.assignee);

-- Comments: 560, on issues 1 + (c * 3) % 420.
CREATE TABLE pgen.cm (c int PRIMARY KEY, i int, actor int, txt text, at timestamptz, ext boolean);
INSERT INTO pgen.cm
SELECT c, s.i, CASE WHEN c % 2 = 0 THEN s.assignee ELSE s.creator END,
  CASE WHEN s.k = 2 THEN fixture_gen.pick(ARRAY[
      'Called ' || cu.name || ' back on ' || cu.phone || ', left a voicemail.',
      'Driver confirms he left it with a neighbour at ' || cu.addr || '. Asked the customer to check.',
      'Refund approved, the customer prefers email: ' || cu.email || '.',
      'Could not reproduce on build 4.12.1.',
      'Merged the fix, will ship with the next release.'], 'cmt', c)
    WHEN s.k = 7 THEN fixture_gen.pick(ARRAY[
      'Spoke to the patient, ' || cu.name || ', who confirmed the DOB as ' || to_char(cu.dob, 'DD/MM/YYYY') || '.',
      'Records merged. The GP practice was informed.',
      'The patient''s daughter called from ' || cu.phone || ' to ask about the next appointment.',
      'Closing: duplicate of an older ticket.'], 'cmt', c)
    WHEN s.k = 8 THEN fixture_gen.pick(ARRAY['Export sent by secure link to ' || cu.email || '.', 'Waiting for proof of address.', 'Legal reviewed the redactions.'], 'cmt', c)
    ELSE fixture_gen.pick(ARRAY['LGTM, merging.', 'Can we pair on this tomorrow?', 'This also affects the staging cluster.', 'Moved to the next cycle.',
      'Added a test, see the PR.', 'Screenshot attached.', 'Should be fixed by the Redis upgrade.', fixture_gen.sentence('cms', c)], 'cmt', c) END,
  s.at + make_interval(hours => 1 + fixture_gen.n('cmat', c, 400)), s.k IN (2, 7) AND c % 5 = 0
FROM generate_series(1, 560) c JOIN pgen.iss s ON s.i = 1 + (c * 3) % 420 JOIN pgen.c cu ON cu.i = s.cust;

CREATE TABLE issue_comments (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    comment_stripped text NOT NULL, comment_json jsonb NOT NULL, comment_html text NOT NULL, attachments varchar(256)[] NOT NULL,
    issue_id uuid NOT NULL REFERENCES issues (id), project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id),
    actor_id uuid REFERENCES users (id), access varchar(100) NOT NULL, external_source varchar(255), external_id varchar(255), edited_at timestamptz
);
INSERT INTO issue_comments
SELECT pgen.u('comment', m.c), m.at, m.at, pgen.u('user', m.actor), NULL, CASE WHEN m.c % 43 = 0 THEN m.at + interval '1 hour' END,
  m.txt, pgen.tiptap(m.txt), '<p>' || replace(replace(m.txt, '&', '&amp;'), '<', '&lt;') || '</p>',
  CASE WHEN m.txt = 'Screenshot attached.' THEN ARRAY['https://plane-uploads.s3.amazonaws.com/' || pgen.u('ws', s.ws) || '/' || pgen.hx('cmatt', m.c, 32) || '-image.png']::varchar(256)[] ELSE '{}' END,
  pgen.u('issue', m.i), pgen.u('proj', s.k), pgen.u('ws', s.ws), pgen.u('user', m.actor), CASE WHEN m.ext THEN 'EXTERNAL' ELSE 'INTERNAL' END,
  CASE WHEN s.k = 2 AND m.c % 3 = 0 THEN 'zendesk' END, CASE WHEN s.k = 2 AND m.c % 3 = 0 THEN (9100000 + m.c)::text END,
  CASE WHEN m.c % 11 = 0 THEN m.at + interval '12 minutes' END
FROM pgen.cm m JOIN pgen.iss s ON s.i = m.i;

CREATE TABLE issue_activities (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    issue_id uuid REFERENCES issues (id), verb varchar(255) NOT NULL, field varchar(255), old_value text, new_value text, comment text NOT NULL,
    attachments varchar(200)[] NOT NULL, issue_comment_id uuid REFERENCES issue_comments (id), actor_id uuid REFERENCES users (id),
    project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id), old_identifier uuid, new_identifier uuid,
    epoch double precision
);
CREATE TABLE pgen.act (n int, i int, at timestamptz, actor int, verb text, field text, oldv text, newv text, cmt text, cid int, oldid uuid, newid uuid);
INSERT INTO pgen.act
SELECT 1, s.i, s.at, s.creator, 'created', NULL::text, NULL::text, NULL::text, 'created the issue', NULL::int, NULL::uuid, NULL::uuid FROM pgen.iss s
UNION ALL
SELECT 2, s.i, s.at + interval '5 minutes', s.creator, 'updated', 'assignees', '', ap.display, 'added assignee ', NULL, NULL, pgen.u('user', s.assignee)
FROM pgen.iss s JOIN pgen.p ap ON ap.i = s.assignee
UNION ALL
SELECT 3, s.i, s.at + interval '1 day', s.assignee, 'updated', 'state', 'Todo', st.name, 'changed the state to ', NULL, pgen.u('state', s.k * 10 + 2), pgen.u('state', s.k * 10 + s.st)
FROM pgen.iss s JOIN states st ON st.id = pgen.u('state', s.k * 10 + s.st) WHERE s.st > 2
UNION ALL
SELECT 4, s.i, s.at + interval '2 hours', s.creator, 'updated', 'priority', 'none', fixture_gen.pick(ARRAY['urgent', 'high', 'medium', 'low', 'none', 'none'], 'iprio', s.i), 'changed the priority to ', NULL, NULL, NULL
FROM pgen.iss s WHERE s.i % 2 = 0
UNION ALL
SELECT 5, s.i, s.at + interval '30 minutes', s.creator, 'updated', 'name', CASE WHEN s.k IN (2, 7, 8) THEN 'Ticket from ' || c.name ELSE 'Draft: ' || s.title END, s.title, 'updated the name to', NULL, NULL, NULL
FROM pgen.iss s JOIN pgen.c c ON c.i = s.cust WHERE s.i % 3 = 0
UNION ALL
SELECT 6, s.i, s.at + interval '40 minutes', s.creator, 'updated', 'description', NULL, s.body, 'updated the description to', NULL, NULL, NULL FROM pgen.iss s WHERE s.i % 4 = 1
UNION ALL
SELECT 7, m.i, m.at, m.actor, 'created', 'comment', NULL, m.txt, 'created a comment', m.c, NULL, pgen.u('comment', m.c) FROM pgen.cm m
UNION ALL
SELECT 8, s.i, s.at + interval '3 hours', s.creator, 'updated', 'labels', '', l.name, 'added label ', NULL, NULL, l.id
FROM pgen.iss s JOIN labels l ON l.id = pgen.u('label', s.k * 10 + 1 + s.i % 6) WHERE s.i % 3 = 1
UNION ALL
SELECT 9, s.i, s.at + interval '4 hours', s.assignee, 'updated', 'target_date', NULL, to_char(s.at + interval '16 days', 'YYYY-MM-DD'), 'updated the target date to ', NULL, NULL, NULL
FROM pgen.iss s WHERE s.i % 2 = 0 AND s.i % 3 <> 0;
INSERT INTO issue_activities
SELECT pgen.u('act', a.n * 10000 + coalesce(a.cid, a.i)), a.at, a.at, pgen.u('user', a.actor), NULL, NULL, pgen.u('issue', a.i), a.verb, a.field, a.oldv, a.newv, a.cmt, '{}',
  CASE WHEN a.cid IS NOT NULL THEN pgen.u('comment', a.cid) END, pgen.u('user', a.actor), pgen.u('proj', s.k), pgen.u('ws', s.ws), a.oldid, a.newid, extract(epoch FROM a.at)
FROM pgen.act a JOIN pgen.iss s ON s.i = a.i;

-- ---------------------------------------------------------------------------
-- File assets, pages, views.

CREATE TABLE file_assets (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    attributes jsonb NOT NULL, asset varchar(800) NOT NULL, workspace_id uuid REFERENCES workspaces (id), project_id uuid REFERENCES projects (id),
    issue_id uuid REFERENCES issues (id), comment_id uuid REFERENCES issue_comments (id), page_id uuid, user_id uuid REFERENCES users (id),
    entity_type varchar(255), entity_identifier varchar(255), is_deleted boolean NOT NULL, is_uploaded boolean NOT NULL, size double precision NOT NULL,
    storage_metadata jsonb
);
CREATE TABLE pgen.fa (n int PRIMARY KEY, ws int, k int, i int, u int, etype text, fname text, mime text, size int, at timestamptz);
INSERT INTO pgen.fa
SELECT n, s.ws, s.k, s.i, s.creator, CASE WHEN n % 3 = 0 THEN 'ISSUE_DESCRIPTION' ELSE 'ISSUE_ATTACHMENT' END,
  CASE WHEN s.k = 2 THEN fixture_gen.pick(ARRAY['POD_' || c.ref || '.jpg', 'customs_declaration_' || replace(c.name, ' ', '_') || '.pdf', 'complaint_email_' || split_part(c.email, '@', 1) || '.eml'], 'fan', n)
       WHEN s.k = 7 THEN fixture_gen.pick(ARRAY['consent_form_' || replace(c.name, ' ', '_') || '.pdf', 'referral letter ' || c.name || '.docx', 'ID_' || replace(c.ref, 'SHP-', 'PT-') || '.png'], 'fan', n)
       WHEN s.k = 8 THEN 'SAR_' || replace(c.name, ' ', '_') || '_passport.pdf'
       WHEN s.k = 10 THEN fixture_gen.pick(ARRAY['CV_' || replace(c.name, ' ', '_') || '_2024.pdf', 'contract_' || lower(split_part(c.name, ' ', 2)) || '.pdf', 'Screenshot 2024-05-14 at 10.42.13.png'], 'fan', n)
       ELSE fixture_gen.pick(ARRAY['image.png', 'Screenshot 2024-04-03 at 16.20.55.png', 'architecture.drawio.png', 'error.log', 'flamegraph.svg', 'mockup-v3.fig.png', 'trace.har'], 'fan', n) END,
  NULL, 20000 + fixture_gen.n('fasz', n, 4000000), s.at + interval '10 minutes'
FROM generate_series(1, 260) n JOIN pgen.iss s ON s.i = 1 + (n * 7) % 420 JOIN pgen.c c ON c.i = s.cust;
INSERT INTO pgen.fa
SELECT 1000 + p.i, p.ws, NULL, NULL, p.i, 'USER_AVATAR', fixture_gen.pick(ARRAY['IMG_2023' || fixture_gen.digits('faimg', p.i, 4) || '_' || fixture_gen.digits('faimg2', p.i, 6) || '.jpg', 'profile.jpg', fixture_gen.ascii(p.first) || '-headshot.png', 'avatar.png'], 'faav', p.i),
  NULL, 40000 + fixture_gen.n('fasz', p.i, 900000), p.joined + interval '1 hour'
FROM pgen.p p WHERE fixture_gen.n('uav', p.i, 4) = 3;
UPDATE pgen.fa SET mime = CASE WHEN fname ~* '\.(jpg)$' THEN 'image/jpeg' WHEN fname ~* '\.png$' THEN 'image/png' WHEN fname ~* '\.pdf$' THEN 'application/pdf' WHEN fname ~* '\.svg$' THEN 'image/svg+xml'
  WHEN fname ~* '\.docx$' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN fname ~* '\.eml$' THEN 'message/rfc822' ELSE 'text/plain' END;
INSERT INTO file_assets
SELECT CASE WHEN f.etype = 'USER_AVATAR' THEN pgen.u('uavasset', f.u) ELSE pgen.u('asset', f.n) END, f.at, f.at, pgen.u('user', f.u), NULL, CASE WHEN f.n % 29 = 0 THEN f.at + interval '3 days' END,
  jsonb_build_object('name', f.fname, 'type', f.mime, 'size', f.size),
  pgen.u('ws', f.ws) || '/' || pgen.hx('fakey', f.n, 32) || '-' || f.fname,
  pgen.u('ws', f.ws), CASE WHEN f.k IS NOT NULL THEN pgen.u('proj', f.k) END, CASE WHEN f.i IS NOT NULL THEN pgen.u('issue', f.i) END, NULL, NULL,
  CASE WHEN f.etype = 'USER_AVATAR' THEN pgen.u('user', f.u) END, f.etype, CASE WHEN f.i IS NOT NULL THEN pgen.u('issue', f.i)::text ELSE pgen.u('user', f.u)::text END,
  f.n % 29 = 0, f.n % 31 <> 0, f.size,
  jsonb_build_object('ETag', '"' || md5('fa' || f.n) || '"', 'ContentType', f.mime, 'ContentLength', f.size, 'LastModified', to_char(f.at AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT')
FROM pgen.fa f;

CREATE TABLE pages (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), name text NOT NULL, description jsonb NOT NULL, description_html text NOT NULL, description_binary bytea,
    description_stripped text, owned_by_id uuid NOT NULL REFERENCES users (id), access smallint NOT NULL, parent_id uuid REFERENCES pages (id),
    archived_at date, is_locked boolean NOT NULL, logo_props jsonb NOT NULL
);
CREATE TABLE pgen.pg (n int PRIMARY KEY, ws int, owner int, name text, body text, at timestamptz);
INSERT INTO pgen.pg
SELECT n, 1 + n % 3, o.i,
  CASE n % 8 WHEN 0 THEN 'On-call rota ' || to_char(at, 'Mon YYYY') WHEN 1 THEN 'Meeting notes ' || to_char(at, 'YYYY-MM-DD') WHEN 2 THEN 'Onboarding checklist'
    WHEN 3 THEN 'Interview notes: ' || c.name WHEN 4 THEN 'Release notes v' || (4 + n / 20) || '.' || (n % 10) WHEN 5 THEN 'Escalation playbook'
    WHEN 6 THEN 'Retro ' || to_char(at, 'DD Mon') ELSE 'API design: pagination' END,
  CASE n % 8
    WHEN 0 THEN 'Primary: ' || a.full_name || ' (' || a.phone2 || '). Secondary: ' || b.full_name || ' (' || b.phone2 || '). Escalate to ' || o.full_name || ' on ' || coalesce(o.phone, fixture_gen.phone('pgo', n)) || ' after 30 minutes.'
    WHEN 1 THEN 'Attendees: ' || a.full_name || ', ' || b.full_name || ', ' || o.full_name || '. ' || a.first || ' will be on parental leave from ' || to_char(at + interval '40 days', 'DD Mon') || '; ' || b.first || ' covers the roadmap review. ' || fixture_gen.sentence('pgs', n)
    WHEN 2 THEN 'Create accounts, share the VPN guide, book the welcome lunch, assign a buddy and walk through the coding standards.'
    WHEN 3 THEN 'Candidate ' || c.name || ', currently at ' || fixture_gen.pick(ARRAY['DHL', 'Zalando', 'Infosys', 'Babylon Health'], 'pgemp', n) || ', expects ' || (60 + n % 40) || 'k. Strong on SQL, weak on system design. Reference: ' || c.email || '. Lives in ' || fixture_gen.city('pgci', n) || ', needs a visa sponsor.'
    WHEN 4 THEN 'Faster board loading, a new filters bar and fixes for the CSV export. No database migrations.'
    WHEN 5 THEN 'Acknowledge within one hour, reproduce on staging, then page the owning team. Never paste customer data into Slack.'
    WHEN 6 THEN 'Went well: the release train. To improve: flaky tests and late reviews. Actions: ' || a.first || ' to fix the CI cache.'
    ELSE 'Cursor-based pagination with an opaque next token; default page size 50, maximum 100.' END,
  at
FROM generate_series(1, 64) n
CROSS JOIN LATERAL (SELECT pgen.at('pgat', n, '2023-05-01', '2024-06-25') AS at) t
JOIN pgen.p o ON o.i = CASE 1 + n % 3 WHEN 1 THEN 1 + fixture_gen.n('pgo', n, 70) WHEN 2 THEN 71 + fixture_gen.n('pgo', n, 45) ELSE 116 + fixture_gen.n('pgo', n, 25) END
CROSS JOIN LATERAL (SELECT full_name, first, coalesce(phone, fixture_gen.phone('pgpa', i)) AS phone2 FROM pgen.p WHERE i = 1 + fixture_gen.n('pga', n, 140)) a
CROSS JOIN LATERAL (SELECT full_name, first, coalesce(phone, fixture_gen.phone('pgpb', i)) AS phone2 FROM pgen.p WHERE i = 1 + fixture_gen.n('pgb', n, 140)) b
JOIN pgen.c c ON c.i = 1 + fixture_gen.n('pgc', n, 400);
INSERT INTO pages
SELECT pgen.u('page', g.n), g.at, g.at + interval '2 days', pgen.u('user', g.owner), pgen.u('user', g.owner), CASE WHEN g.n % 19 = 0 THEN g.at + interval '90 days' END,
  pgen.u('ws', g.ws), g.name, pgen.tiptap(g.body), '<p>' || replace(g.body, '&', '&amp;') || '</p>', pgen.ydoc(g.body, 'pgyd', g.n), g.body, pgen.u('user', g.owner),
  CASE WHEN g.n % 8 IN (0, 3) THEN 1 ELSE 0 END::smallint, NULL, CASE WHEN g.n % 13 = 0 THEN (g.at + interval '120 days')::date END, g.n % 8 = 5, '{}'::jsonb
FROM pgen.pg g;

CREATE TABLE issue_views (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), project_id uuid REFERENCES projects (id), name varchar(255) NOT NULL, description text NOT NULL,
    query jsonb NOT NULL, filters jsonb NOT NULL, display_filters jsonb NOT NULL, access smallint NOT NULL,
    owned_by_id uuid NOT NULL REFERENCES users (id)
);
INSERT INTO issue_views
SELECT pgen.u('view', v), pgen.at('vat', v, '2023-03-01', '2024-06-01'), pgen.at('vat', v, '2023-03-01', '2024-06-01'), pgen.u('user', pr.lead), NULL, NULL,
  pgen.u('ws', pr.ws), pgen.u('proj', pr.k),
  fixture_gen.pick(ARRAY['Urgent open items', 'My assigned', 'Due this week', 'Customer-reported bugs', 'Stale backlog', 'Security', 'Unassigned'], 'vnm', v),
  fixture_gen.pick(ARRAY['', 'Triage view for the Monday meeting.', 'Everything past its target date.'], 'vds', v),
  jsonb_build_object('priority', jsonb_build_array('urgent', 'high'), 'state__group', jsonb_build_array('backlog', 'unstarted', 'started')),
  jsonb_build_object('priority', jsonb_build_array('urgent', 'high'), 'state', NULL, 'assignees', CASE WHEN v % 2 = 0 THEN jsonb_build_array(pgen.u('user', pr.lead)) END, 'labels', jsonb_build_array(pgen.u('label', pr.k * 10 + 3))),
  jsonb_build_object('layout', fixture_gen.pick(ARRAY['list', 'kanban', 'spreadsheet'], 'vly', v), 'group_by', 'state', 'order_by', '-priority', 'show_empty_groups', false),
  (v % 2)::smallint, pgen.u('user', pr.lead)
FROM generate_series(1, 36) v JOIN pgen.pr pr ON pr.k = 1 + v % 12;

-- ---------------------------------------------------------------------------
-- Notifications.

CREATE TABLE notifications (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), project_id uuid REFERENCES projects (id), data jsonb, entity_identifier uuid, entity_name varchar(255) NOT NULL,
    title text NOT NULL, message jsonb, message_html text NOT NULL, message_stripped text, sender varchar(255) NOT NULL, triggered_by_id uuid REFERENCES users (id),
    receiver_id uuid NOT NULL REFERENCES users (id), read_at timestamptz, snoozed_till timestamptz, archived_at timestamptz
);
INSERT INTO notifications
SELECT pgen.u('notif', a.n * 10000 + coalesce(a.cid, a.i) * 3 + r.w), a.at + interval '20 seconds', a.at + interval '20 seconds', pgen.u('user', a.actor), NULL, NULL,
  pgen.u('ws', s.ws), pgen.u('proj', s.k),
  jsonb_build_object('issue', jsonb_build_object('id', pgen.u('issue', s.i), 'name', s.title, 'identifier', pr.ident, 'sequence_id', s.seq, 'state_name', st.name, 'state_group', st."group"),
    'issue_activity', jsonb_build_object('id', pgen.u('act', a.n * 10000 + coalesce(a.cid, a.i)), 'verb', a.verb, 'field', coalesce(a.field, 'issue'), 'actor', pgen.u('user', a.actor),
      'new_value', a.newv, 'old_value', a.oldv, 'issue_comment', CASE WHEN a.cid IS NOT NULL THEN pgen.u('comment', a.cid) END)),
  pgen.u('issue', s.i), 'issue', a.cmt,
  CASE WHEN a.field = 'comment' THEN pgen.tiptap(a.newv) END,
  CASE WHEN a.field = 'comment' THEN '<p>' || replace(a.newv, '&', '&amp;') || '</p>' ELSE '<p></p>' END,
  CASE WHEN a.field = 'comment' THEN a.newv END,
  'in_app:issue_activities:' || CASE WHEN r.w = 1 THEN 'assigned' ELSE 'created' END,
  pgen.u('user', a.actor), pgen.u('user', r.u),
  CASE WHEN fixture_gen.n('nread', a.n * 10000 + coalesce(a.cid, a.i), 3) <> 0 THEN a.at + make_interval(mins => 5 + fixture_gen.n('nrat', a.i, 3000)) END,
  CASE WHEN a.i % 47 = 0 THEN a.at + interval '3 days' END, CASE WHEN a.i % 11 = 0 THEN a.at + interval '9 days' END
FROM pgen.act a JOIN pgen.iss s ON s.i = a.i JOIN pgen.pr pr ON pr.k = s.k JOIN states st ON st.id = pgen.u('state', s.k * 10 + s.st)
CROSS JOIN LATERAL (VALUES (1, s.assignee), (2, s.creator)) r(w, u)
WHERE a.n IN (2, 3, 7, 5) AND r.u <> a.actor AND (a.i % 2 = 0 OR a.n = 7);

-- ---------------------------------------------------------------------------
-- Webhooks and their logs.

CREATE TABLE webhooks (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), url varchar(1024) NOT NULL, is_active boolean NOT NULL, secret_key varchar(255) NOT NULL,
    project boolean NOT NULL, issue boolean NOT NULL, module boolean NOT NULL, cycle boolean NOT NULL, issue_comment boolean NOT NULL
);
INSERT INTO webhooks
SELECT pgen.u('wh', w), timestamptz '2023-04-01' + w * interval '31 days', timestamptz '2024-05-01' + w * interval '2 days', pgen.u('user', o), NULL, NULL, pgen.u('ws', ws),
  CASE w % 6 WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', w, 7) || '/' || lower(pgen.rnd('whz2', w, 6)) || '/'
    WHEN 1 THEN 'https://n8n.kestrel-analytics.example/webhook/' || pgen.u('whn', w)
    WHEN 2 THEN 'https://hooks.slack.com/services/T0' || upper(pgen.rnd('wht', w, 8)) || '/B0' || upper(pgen.rnd('whb', w, 9)) || '/' || pgen.rnd('whs', w, 24)
    WHEN 3 THEN 'https://ops-bot.orbitahealth.example/plane/events?token=' || pgen.hx('whq', w, 40)
    WHEN 4 THEN 'https://api.lumenvale.example/integrations/plane'
    ELSE 'https://discord.com/api/webhooks/' || fixture_gen.digits('whd', w, 18) || '/' || translate(rtrim(fixture_gen.b64('whd2', w, 51), '='), '+/', '-_') END,
  w % 5 <> 0, 'plane_wh_' || pgen.hx('whsec', w, 64), w % 2 = 0, true, w % 3 = 0, w % 3 = 1, w % 2 = 1
FROM generate_series(1, 12) w CROSS JOIN LATERAL (SELECT 1 + w % 3 AS ws, CASE w % 3 WHEN 0 THEN 1 WHEN 1 THEN 71 ELSE 116 END AS o) x;

CREATE TABLE webhook_logs (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    workspace_id uuid NOT NULL REFERENCES workspaces (id), webhook_id uuid NOT NULL, event_type varchar(255), request_method varchar(10), request_headers text,
    request_body text, response_status text, response_headers text, response_body text, retry_count smallint NOT NULL
);
INSERT INTO webhook_logs
SELECT pgen.u('whl', l * 10 + a.n), a.at + interval '2 seconds', a.at + interval '2 seconds', NULL, NULL, NULL, pgen.u('ws', s.ws), pgen.u('wh', w.w),
  CASE WHEN a.field = 'comment' THEN 'issue_comment' ELSE 'issue' END, 'POST',
  jsonb_build_object('Content-Type', 'application/json', 'User-Agent', 'Autopilot', 'X-Plane-Delivery', pgen.u('whdel', l), 'X-Plane-Event', CASE WHEN a.field = 'comment' THEN 'issue_comment' ELSE 'issue' END,
    'X-Plane-Signature', pgen.hx('whsig' || w.w, l, 64))::text,
  jsonb_build_object('event', CASE WHEN a.field = 'comment' THEN 'issue_comment' ELSE 'issue' END, 'action', CASE WHEN a.verb = 'created' THEN 'create' ELSE 'update' END,
    'webhook_id', pgen.u('wh', w.w), 'workspace_id', pgen.u('ws', s.ws),
    'data', jsonb_build_object('id', pgen.u('issue', s.i), 'name', s.title, 'description_html', '<p>' || s.body || '</p>', 'priority', 'medium', 'sequence_id', s.seq, 'project', pgen.u('proj', s.k),
      'assignees', jsonb_build_array(pgen.u('user', s.assignee))),
    'activity', jsonb_build_object('field', a.field, 'new_value', a.newv, 'old_value', a.oldv,
      'actor', jsonb_build_object('id', pgen.u('user', a.actor), 'first_name', ap.first, 'last_name', ap.last, 'email', ap.email, 'avatar', '', 'display_name', ap.display)))::text,
  CASE WHEN l % 9 = 0 THEN '500' WHEN l % 13 = 0 THEN '410' ELSE '200' END,
  CASE WHEN l % 9 = 0 THEN '{''Content-Type'': ''text/html'', ''Server'': ''nginx''}' ELSE '{''Content-Type'': ''application/json'', ''X-Request-Id'': ''' || pgen.u('whreq', l) || '''}' END,
  CASE WHEN l % 9 = 0 THEN '<html><body><h1>500 Internal Server Error</h1></body></html>' WHEN l % 13 = 0 THEN '{"error": "gone"}' ELSE '{"status": "success", "id": "' || fixture_gen.digits('whid', l, 10) || '"}' END,
  CASE WHEN l % 9 = 0 THEN 1 + l % 3 ELSE 0 END::smallint
FROM generate_series(1, 150) l
JOIN pgen.act a ON a.n IN (1, 2, 7) AND a.i = 1 + (l * 11) % 420 AND (a.n <> 7 OR a.cid = (SELECT min(cid) FROM pgen.act z WHERE z.n = 7 AND z.i = a.i))
JOIN pgen.iss s ON s.i = a.i JOIN pgen.p ap ON ap.i = a.actor
CROSS JOIN LATERAL (SELECT w FROM generate_series(1, 12) w WHERE 1 + w % 3 = s.ws ORDER BY md5('whpick' || l || ':' || w) LIMIT 1) w;

-- ---------------------------------------------------------------------------
-- Integrations: importers, Slack, social logins.

CREATE TABLE importers (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    service varchar(50) NOT NULL, status varchar(50) NOT NULL, initiated_by_id uuid NOT NULL REFERENCES users (id), metadata jsonb NOT NULL, config jsonb NOT NULL,
    data jsonb NOT NULL, token_id uuid REFERENCES api_tokens (id), project_id uuid NOT NULL REFERENCES projects (id), workspace_id uuid NOT NULL REFERENCES workspaces (id),
    imported_data jsonb
);
INSERT INTO importers
SELECT pgen.u('imp', m), t, t + interval '20 minutes', pgen.u('user', o.i), NULL, NULL, svc, fixture_gen.pick(ARRAY['completed', 'completed', 'failed', 'processing', 'queued'], 'imst', m), pgen.u('user', o.i),
  CASE svc WHEN 'jira' THEN jsonb_build_object('cloud_hostname', 'kestrel-analytics.atlassian.net', 'project_key', (ARRAY['KA', 'OPS', 'SUP', 'DATA'])[1 + m % 4], 'email', o.email, 'api_token', 'ATATT3xFfGF0' || pgen.rnd('imjt', m, 180) || '=' || upper(pgen.hx('imjc', m, 8)))
    ELSE jsonb_build_object('owner', 'kestrel-analytics', 'name', fixture_gen.pick(ARRAY['routing-engine', 'driver-app', 'dashboard', 'infra'], 'imrepo', m), 'repository_id', 600000000 + m * 13, 'url', 'https://github.com/kestrel-analytics/' || fixture_gen.pick(ARRAY['routing-engine', 'driver-app', 'dashboard', 'infra'], 'imrepo', m)) END,
  jsonb_build_object('sync', m % 2 = 0, 'import_comments', true, 'import_labels', m % 3 <> 0),
  jsonb_build_object('users', (SELECT jsonb_agg(jsonb_build_object('username', fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last), 'import', CASE WHEN p.i % 3 = 0 THEN 'invite' WHEN p.i % 3 = 1 THEN 'map' ELSE 'skip' END,
      'email', p.email) ORDER BY p.i) FROM pgen.p p WHERE p.i BETWEEN 1 + m * 4 AND 6 + m * 4)),
  pgen.u('tok', 1 + m % 36), pgen.u('proj', (ARRAY[1, 2, 3, 4, 5, 12])[1 + m % 6]), pgen.u('ws', 1),
  CASE WHEN m % 5 <> 3 THEN jsonb_build_object('issues', 40 + m * 17, 'labels', 6 + m % 4, 'comments', 110 + m * 31, 'cycles', m % 3) END
FROM generate_series(1, 14) m CROSS JOIN LATERAL (SELECT CASE WHEN m % 2 = 0 THEN 'jira' ELSE 'github' END AS svc, pgen.at('imat', m, '2023-02-01', '2024-06-01') AS t) x
JOIN pgen.p o ON o.i = 1 + fixture_gen.n('imo', m, 20);

CREATE TABLE slack_project_syncs (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    access_token varchar(300) NOT NULL, scopes text NOT NULL, bot_user_id varchar(50) NOT NULL, webhook_url varchar(1000) NOT NULL, data jsonb NOT NULL,
    team_id varchar(30) NOT NULL, team_name varchar(300) NOT NULL, workspace_integration_id uuid NOT NULL, project_id uuid NOT NULL REFERENCES projects (id),
    workspace_id uuid NOT NULL REFERENCES workspaces (id)
);
INSERT INTO slack_project_syncs
SELECT pgen.u('slk', pr.k), timestamptz '2023-08-01' + pr.k * interval '9 days', timestamptz '2024-06-01', pgen.u('user', pr.lead), NULL, NULL,
  'xoxb-' || fixture_gen.digits('slkb1', pr.ws, 13) || '-' || fixture_gen.digits('slkb2', pr.k, 13) || '-' || pgen.rnd('slkb3', pr.k, 24),
  'chat:write,channels:read,channels:join,links:read,links:write,users:read,users:read.email,commands',
  'U0' || upper(pgen.rnd('slkbot', pr.ws, 9)),
  'https://hooks.slack.com/services/T0' || upper(pgen.rnd('slkteam', pr.ws, 8)) || '/B0' || upper(pgen.rnd('slkhook', pr.k, 9)) || '/' || pgen.rnd('slkhs', pr.k, 24),
  jsonb_build_object('ok', true, 'app_id', 'A0' || upper(pgen.rnd('slkapp', 1, 9)), 'token_type', 'bot', 'scope', 'chat:write,channels:read',
    'authed_user', jsonb_build_object('id', 'U0' || upper(pgen.rnd('slkau', pr.k, 9)), 'scope', 'chat:write', 'access_token', 'xoxp-' || fixture_gen.digits('slkp1', pr.ws, 13) || '-' || fixture_gen.digits('slkp2', pr.k, 13) || '-' || fixture_gen.digits('slkp3', pr.k, 13) || '-' || pgen.hx('slkp4', pr.k, 32), 'token_type', 'user'),
    'incoming_webhook', jsonb_build_object('channel', '#' || lower(pr.ident) || '-updates', 'channel_id', 'C0' || upper(pgen.rnd('slkch', pr.k, 9)), 'configuration_url', 'https://' || t.dom || '.slack.com/services/B0' || upper(pgen.rnd('slkhook', pr.k, 9)))),
  'T0' || upper(pgen.rnd('slkteam', pr.ws, 8)), t.tn, pgen.u('wsint', pr.ws), pgen.u('proj', pr.k), pgen.u('ws', pr.ws)
FROM pgen.pr pr CROSS JOIN LATERAL (SELECT (ARRAY['Kestrel Analytics', 'Orbita Health', 'Lumen & Vale'])[pr.ws] AS tn, (ARRAY['kestrel-analytics', 'orbitahealth', 'lumenvale'])[pr.ws] AS dom) t
WHERE pr.k <> 12;

CREATE TABLE social_login_connections (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    medium varchar(20) NOT NULL, last_login_at timestamptz, last_received_at timestamptz, user_id uuid REFERENCES users (id), token_data jsonb, extra_data jsonb
);
INSERT INTO social_login_connections
SELECT pgen.u('slc', p.i * 10 + n), p.joined, pgen.at('slcu', p.i * 10 + n, '2024-04-01', '2024-06-28'), NULL, NULL, NULL, initcap(p.medium),
  pgen.at('slcu', p.i * 10 + n, '2024-04-01', '2024-06-28'), pgen.at('slcu', p.i * 10 + n, '2024-04-01', '2024-06-28'), pgen.u('user', p.i),
  CASE p.medium WHEN 'google' THEN jsonb_build_object('access_token', 'ya29.' || 'a0AXooCg' || pgen.rnd('slcat', p.i * 10 + n, 150), 'expires_in', 3599, 'scope', 'openid email profile', 'token_type', 'Bearer',
        'id_token', pgen.jwt('RS256', '{"iss":"https://accounts.google.com","sub":"1' || fixture_gen.digits('gsub', p.i, 20) || '","email":"' || p.email || '","name":"' || p.full_name || '"}', 'slcid', p.i * 10 + n))
    WHEN 'github' THEN jsonb_build_object('access_token', 'gho' || '_' || pgen.rnd('slcgh', p.i * 10 + n, 36), 'token_type', 'bearer', 'scope', 'read:user,user:email')
    ELSE jsonb_build_object('access_token', pgen.hx('slcgl', p.i * 10 + n, 64), 'refresh_token', pgen.hx('slcglr', p.i * 10 + n, 64), 'token_type', 'Bearer', 'expires_in', 7200) END,
  jsonb_build_object('email', p.email, 'name', p.full_name, 'picture', CASE p.medium WHEN 'google' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || pgen.rnd('uavg', p.i, 40) || '=s96-c' ELSE 'https://avatars.githubusercontent.com/u/' || (1000000 + fixture_gen.n('ugh', p.i, 90000000))::text || '?v=4' END,
    'locale', CASE WHEN p.country IN ('DE') THEN 'de' WHEN p.country = 'FR' THEN 'fr' ELSE 'en' END)
FROM pgen.p p CROSS JOIN generate_series(1, 2) n WHERE p.medium IN ('google', 'github', 'gitlab') AND (n = 1 OR p.i % 3 = 0);

-- ---------------------------------------------------------------------------
-- The instance, its configuration, exports.

CREATE TABLE instances (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid,
    instance_name varchar(255) NOT NULL, whitelist_emails text, instance_id varchar(255) NOT NULL UNIQUE, license_key varchar(256), api_key varchar(16),
    current_version varchar(255) NOT NULL, latest_version varchar(255), last_checked_at timestamptz NOT NULL, is_telemetry_enabled boolean NOT NULL,
    is_setup_done boolean NOT NULL, user_count bigint NOT NULL, domain text NOT NULL, edition varchar(255) NOT NULL
);
INSERT INTO instances
SELECT pgen.u('inst', k), timestamptz '2022-03-01 08:55:00+00' + (k - 1) * interval '1 hour', timestamptz '2024-06-28 02:00:00+00' - k * interval '1 day', NULL, NULL,
  CASE k WHEN 1 THEN 'Kestrel Plane' WHEN 2 THEN 'Kestrel Plane (staging)' ELSE 'plane-preview-' || k END,
  CASE WHEN k = 1 THEN (SELECT string_agg(email, ',' ORDER BY i) FROM pgen.p WHERE i IN (1, 3, 12, 71, 116)) WHEN k = 2 THEN (SELECT email FROM pgen.p WHERE i = 3) END,
  pgen.hx('instid', k, 24), CASE WHEN k = 1 THEN 'PLANE-' || upper(pgen.hx('instlk', k, 8)) || '-' || upper(pgen.hx('instlk2', k, 8)) || '-' || upper(pgen.hx('instlk3', k, 8)) END,
  pgen.hx('instapi', k, 16), 'v0.2' || (1 + k % 3) || '.' || k % 4, 'v0.24.1', timestamptz '2024-06-27 00:00:00+00' + k * interval '1 hour',
  k <> 2, true, (ARRAY[156, 9, 3, 2])[k], (ARRAY['https://plane.kestrel-analytics.example', 'https://plane-staging.kestrel-analytics.example', 'http://10.20.4.17', 'http://localhost'])[k], 'PLANE_COMMUNITY'
FROM generate_series(1, 4) k;

CREATE TABLE instance_configurations (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid,
    key varchar(100) NOT NULL UNIQUE, value text, category text NOT NULL, is_encrypted boolean NOT NULL
);
-- fernet: a Fernet token as Django's encrypt_data writes it.
CREATE FUNCTION pgen.fernet(tag text, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'gAAAAAB' || translate(rtrim(fixture_gen.b64(tag, 1, len), '='), '+/', '-_') $$;
INSERT INTO instance_configurations
SELECT pgen.u('icfg', n), timestamptz '2022-03-01 09:00:00+00', timestamptz '2024-05-20 10:00:00+00' + n * interval '1 hour', NULL, NULL, k, v, c, e
FROM (VALUES
  (1, 'ENABLE_SIGNUP', '0', 'AUTHENTICATION', false), (2, 'DISABLE_WORKSPACE_CREATION', '1', 'WORKSPACE_MANAGEMENT', false),
  (3, 'ENABLE_EMAIL_PASSWORD', '1', 'AUTHENTICATION', false), (4, 'ENABLE_MAGIC_LINK_LOGIN', '1', 'AUTHENTICATION', false),
  (5, 'IS_GOOGLE_ENABLED', '1', 'GOOGLE', false), (6, 'GOOGLE_CLIENT_ID', '552193407712-' || lower(pgen.rnd('gcid', 1, 32)) || '.apps.googleusercontent.com', 'GOOGLE', false),
  (7, 'GOOGLE_CLIENT_SECRET', pgen.fernet('gcsec', 96), 'GOOGLE', true),
  (8, 'IS_GITHUB_ENABLED', '1', 'GITHUB', false), (9, 'GITHUB_CLIENT_ID', 'Iv1.' || pgen.hx('ghcid', 1, 16), 'GITHUB', false),
  (10, 'GITHUB_CLIENT_SECRET', pgen.fernet('ghcsec', 96), 'GITHUB', true), (11, 'GITHUB_ORGANIZATION_ID', '', 'GITHUB', false),
  (12, 'IS_GITLAB_ENABLED', '1', 'GITLAB', false), (13, 'GITLAB_HOST', 'https://gitlab.kestrel-analytics.example', 'GITLAB', false),
  (14, 'GITLAB_CLIENT_ID', pgen.hx('glcid', 1, 64), 'GITLAB', false), (15, 'GITLAB_CLIENT_SECRET', 'gloas-' || pgen.hx('glcsec', 1, 64), 'GITLAB', false),
  (16, 'ENABLE_SMTP', '1', 'SMTP', false), (17, 'EMAIL_HOST', 'smtp.eu.mailgun.org', 'SMTP', false), (18, 'EMAIL_HOST_USER', 'postmaster@mg.kestrel-analytics.example', 'SMTP', false),
  (19, 'EMAIL_HOST_PASSWORD', pgen.fernet('smtppw', 80), 'SMTP', true), (20, 'EMAIL_PORT', '587', 'SMTP', false),
  (21, 'EMAIL_FROM', 'Plane <plane@kestrel-analytics.example>', 'SMTP', false), (22, 'EMAIL_USE_TLS', '1', 'SMTP', false), (23, 'EMAIL_USE_SSL', '0', 'SMTP', false),
  (24, 'LLM_API_KEY', 'sk-proj-' || pgen.rnd('oaik', 1, 48), 'AI', false), (25, 'LLM_PROVIDER', 'openai', 'AI', false), (26, 'LLM_MODEL', 'gpt-4o-mini', 'AI', false),
  (27, 'GPT_ENGINE', 'gpt-3.5-turbo', 'AI', false), (28, 'UNSPLASH_ACCESS_KEY', pgen.fernet('unspl', 64), 'UNSPLASH', true),
  (29, 'IS_INTERCOM_ENABLED', '0', 'INTERCOM', false), (30, 'INTERCOM_APP_ID', 'x1yz9k2b', 'INTERCOM', false),
  (31, 'ADMIN_EMAIL', (SELECT email FROM pgen.p WHERE i = 3), 'ADMIN', false), (32, 'POSTHOG_API_KEY', 'phc_' || pgen.rnd('phk', 1, 43), 'ANALYTICS', false),
  (33, 'POSTHOG_HOST', 'https://eu.i.posthog.com', 'ANALYTICS', false), (34, 'ENABLE_ISSUE_TYPES', '0', 'FEATURES', false)
) v(n, k, v, c, e);

CREATE TABLE exporters (
    id uuid PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, created_by_id uuid, updated_by_id uuid, deleted_at timestamptz,
    name varchar(255), type varchar(50) NOT NULL, project uuid[], provider varchar(50) NOT NULL, status varchar(50) NOT NULL, reason text NOT NULL,
    key text NOT NULL, url varchar(800), token varchar(255) NOT NULL UNIQUE, initiated_by_id uuid REFERENCES users (id), workspace_id uuid NOT NULL REFERENCES workspaces (id)
);
INSERT INTO exporters
SELECT pgen.u('exp', e), t, t + interval '2 minutes', pgen.u('user', o), NULL, NULL, NULL, 'issue_exports', ARRAY[pgen.u('proj', pk), pgen.u('proj', CASE WHEN e % 2 = 0 THEN pk ELSE 1 + (pk + 1) % 5 END)],
  fixture_gen.pick(ARRAY['csv', 'xlsx', 'json'], 'expv', e), st, CASE WHEN st = 'failed' THEN 'An error occurred while uploading the file: Read timeout on endpoint URL' ELSE '' END,
  key, CASE WHEN st = 'completed' THEN 'https://plane-exports.s3.eu-west-1.amazonaws.com/' || key || '?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA' || upper(pgen.rnd('expak', 1, 16))
    || '%2F' || to_char(t, 'YYYYMMDD') || '%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(t AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') || '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || pgen.hx('expsig', e, 64) END,
  pgen.hx('exptok', e, 64), pgen.u('user', o), pgen.u('ws', pr.ws)
FROM generate_series(1, 30) e
CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 2, 3, 4, 6, 7, 7, 8, 10])[1 + e % 10] AS pk, pgen.at('expat', e, '2023-06-01', '2024-06-27') AS t,
  fixture_gen.pick(ARRAY['completed', 'completed', 'completed', 'failed', 'processing'], 'expst', e) AS st) x
JOIN pgen.pr pr ON pr.k = x.pk
CROSS JOIN LATERAL (SELECT pr.lead AS o, pgen.u('ws', pr.ws) || '/export-' || lower(pr.ident) || '-' || substr(pgen.hx('exptok', e, 64), 1, 6) || '-' || extract(epoch FROM x.t)::bigint || '.' || fixture_gen.pick(ARRAY['csv', 'xlsx', 'json'], 'expv', e) AS key) y;

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
