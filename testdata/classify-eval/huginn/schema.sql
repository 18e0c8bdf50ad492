-- classify-eval fixture (HOLDOUT 45: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of a self-hosted Huginn (agents that watch the web and act for
-- you; Ruby on Rails with ActiveRecord on PostgreSQL), in Huginn's own naming
-- as its migrations create it (plural snake_case tables, integer ids,
-- created_at/updated_at as timestamps without time zone, JSON and YAML kept
-- in text columns, IPs as strings), a subset of its tables with their real
-- names and types.
-- The instance is huginn.harbourside-courier.example, run by the data desk of
-- the Harbourside Courier, a regional newspaper: about 45 users (reporters,
-- editors, two freelancers, the desk's admin and a disabled intern account)
-- with Devise's sign-in columns, bcrypt hashes, reset, unlock and
-- confirmation tokens and the instance's invitation code; agents of many
-- types (WebsiteAgent scraping council planning lists and court listings,
-- RssAgent, ImapFolderAgent reading the tip line, EmailDigestAgent,
-- TwitterStreamAgent, PostAgent to Slack, WebhookAgent receiving the
-- readers' form with its secret, TwilioAgent, JavaScriptAgent,
-- UserLocationAgent fed by a reporter's phone, WeatherAgent, ...) whose
-- options JSON holds URLs, recipients, inline API keys and
-- {% credential %} references and whose memory JSON holds seen ids, last
-- senders and a refreshed OAuth token; events whose payloads hold scraped
-- listings, parsed emails with senders and bodies, tweets, readers'
-- submissions, GPS fixes of a reporter and weather; agent logs quoting URLs
-- (some with keys), responses, recipients and errors; user credentials
-- (API keys, passwords, a webhook URL, a PEM private key, JavaScript);
-- services (OAuth accounts at Twitter, Google, Dropbox, Tumblr, Evernote and
-- 37signals) with tokens and the provider's user info; scenarios with their
-- colours and icons; links, control links and scenario memberships;
-- delayed_jobs whose YAML handlers carry job arguments, mail jobs with
-- recipients and bodies and Devise mails with their raw tokens, and whose
-- last_error keeps backtraces quoting addresses; and Rails' bookkeeping.
-- Beside Huginn's tables, in the schema "desk", are the tables the desk's
-- operator keeps in the same database (they are NOT Huginn's): digest
-- subscribers, digests and deliveries, the inbound email log of the tip
-- line, tips, staff, court listings and planning applications scraped by
-- the agents, councillors, watched social accounts, feed sources, FOI
-- requests, outbound SMS, readers' submissions, corrections, Mailgun
-- events and clicks, a bounce list, webhook endpoints, settings, an audit
-- log, backup runs and weather stations.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA hgen;

-- tok: len letters and digits; u64: URL-safe base64 (SecureRandom.urlsafe_base64).
CREATE FUNCTION hgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(190, len)), '+/=', 'kQ7'), 1, len) $$;

CREATE FUNCTION hgen.u64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(rtrim(translate(fixture_gen.b64(tag, i, least(190, len)), '+/', '-_'), '='), 1, len) $$;

-- bcrypt at Devise's cost 10.
CREATE FUNCTION hgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || substr(translate(fixture_gen.b64(tag, i, 48), '+=', '.A'), 1, 53) $$;

CREATE FUNCTION hgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81',
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'], tag, i)
$$;

-- ip: an IPv4 address, one in five IPv6.
CREATE FUNCTION hgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v6', i, 5) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

-- pem: a PEM block whose armour is assembled at load time.
CREATE FUNCTION hgen.pem(label text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----' || 'BEGIN ' || label || E'-----\n'
      || rtrim(regexp_replace(translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || b || ':' || i, 'UTF8')), ''::bytea ORDER BY b), 1, nbytes), 'base64'), E'\n', ''), '(.{64})', E'\\1\n', 'g'), E'\n')
      || E'\n-----' || 'END ' || label || E'-----'
  FROM generate_series(1, (nbytes + 63) / 64) b
$$;

-- ts: a timestamp between 2021 and 2025 (to the second).
CREATE FUNCTION hgen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2021-03-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 120000000)) $$;

-- js: a JSON string literal.
CREATE FUNCTION hgen.js(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(to_json(v)::text, 'null') $$;

-- Staff of the newsroom behind the Huginn users (1-45).
CREATE TABLE hgen.st AS
SELECT i, fixture_gen.first_name('hsf', i) AS first, fixture_gen.last_name('hsl', i) AS last FROM generate_series(1, 45) i;
ALTER TABLE hgen.st ADD COLUMN username text, ADD COLUMN email text, ADD COLUMN phone text, ADD COLUMN desk text, ADD COLUMN title text, ADD COLUMN joined timestamp;
UPDATE hgen.st SET
  username = CASE i % 4 WHEN 0 THEN fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last) WHEN 1 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
                     WHEN 2 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) ELSE fixture_gen.ascii(first) || (i + 10)::text END,
  email = CASE WHEN i IN (17, 33) THEN fixture_gen.email('hse', i)
               ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@harbourside-courier.example' END,
  phone = fixture_gen.phone('hsp', i),
  desk = (ARRAY['Data', 'Courts', 'Politics', 'Business', 'Features', 'Sport', 'Newsdesk', 'Investigations'])[1 + i % 8],
  title = (ARRAY['Data Journalist', 'Courts Reporter', 'Political Correspondent', 'Business Editor', 'Features Writer', 'Sports Reporter', 'News Editor', 'Investigations Editor',
                 'Senior Reporter', 'Trainee Reporter', 'Digital Producer', 'Chief Sub-Editor'])[1 + fixture_gen.n('hst', i, 12)],
  joined = timestamp '2019-06-01 09:00:00' + make_interval(days => i * 29 + fixture_gen.n('hsj', i, 20), secs => fixture_gen.n('hsjs', i, 30000));
UPDATE hgen.st t SET email = replace(t.email, '@', d.rn::text || '@'), username = t.username || d.rn::text
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM hgen.st) d WHERE d.i = t.i AND d.rn > 1;
UPDATE hgen.st t SET username = t.username || '_' || t.i FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM hgen.st) d WHERE d.i = t.i AND d.rn > 1;
UPDATE hgen.st SET username = 'datadesk', email = 'datadesk-admin@harbourside-courier.example', title = 'Head of Data' WHERE i = 1;

-- ---------------------------------------------------------------- users
CREATE TABLE users (
    id serial PRIMARY KEY,
    email character varying(255) DEFAULT '' NOT NULL,
    encrypted_password character varying(255) DEFAULT '' NOT NULL,
    reset_password_token character varying(255),
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer DEFAULT 0,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying(255),
    last_sign_in_ip character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    admin boolean DEFAULT false NOT NULL,
    failed_attempts integer DEFAULT 0,
    unlock_token character varying(255),
    locked_at timestamp without time zone,
    username character varying(255) NOT NULL,
    invitation_code character varying(255) NOT NULL,
    scenario_count integer DEFAULT 0 NOT NULL,
    confirmation_token character varying(255),
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying(255),
    deactivated_at timestamp without time zone
);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE UNIQUE INDEX index_users_on_username ON users (username);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON users (reset_password_token);
CREATE UNIQUE INDEX index_users_on_unlock_token ON users (unlock_token);
CREATE UNIQUE INDEX index_users_on_confirmation_token ON users (confirmation_token);

INSERT INTO users
SELECT s.i, s.email, hgen.bcrypt('hupw', s.i),
       CASE WHEN s.i % 6 = 2 THEN encode(sha256(convert_to('hurst' || s.i, 'UTF8')), 'hex') END,
       CASE WHEN s.i % 6 = 2 THEN s.joined + make_interval(days => 200 + fixture_gen.n('hurs', s.i, 600)) END,
       CASE WHEN s.i % 3 = 0 THEN timestamp '2025-01-10 08:00:00' + make_interval(secs => fixture_gen.n('hurm', s.i, 9000000)) END,
       5 + fixture_gen.n('husc', s.i, 900),
       timestamp '2025-02-01 07:00:00' + make_interval(secs => fixture_gen.n('hucs', s.i, 5000000)),
       timestamp '2025-01-01 07:00:00' + make_interval(secs => fixture_gen.n('huls', s.i, 2500000)),
       hgen.ip('hucip', s.i), hgen.ip('hulip', s.i),
       s.joined, s.joined + make_interval(days => 300 + fixture_gen.n('huup', s.i, 900)),
       s.i IN (1, 8, 23), CASE WHEN s.i % 11 = 4 THEN 1 + fixture_gen.n('hufa', s.i, 4) ELSE 0 END,
       CASE WHEN s.i IN (15, 38) THEN hgen.u64('huun', s.i, 20) END,
       CASE WHEN s.i IN (15, 38) THEN timestamp '2025-03-04 10:00:00' + make_interval(secs => fixture_gen.n('hulk', s.i, 900000)) END,
       s.username,
       CASE WHEN s.i < 12 THEN 'try-huginn' ELSE 'courier-' || lower(hgen.tok('huic', 1, 10)) END,
       fixture_gen.n('husn', s.i, 7),
       CASE WHEN s.i IN (44, 45) THEN hgen.u64('huct', s.i, 20) END,
       CASE WHEN s.i NOT IN (44, 45) THEN s.joined + make_interval(mins => 3 + fixture_gen.n('hucf', s.i, 500)) END,
       s.joined + make_interval(secs => 2),
       CASE WHEN s.i IN (9, 27) THEN fixture_gen.email('huue', s.i) END,
       CASE WHEN s.i = 41 THEN timestamp '2024-09-30 17:00:00' END
FROM hgen.st s;

-- ---------------------------------------------------------------- scenarios
CREATE TABLE scenarios (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description text,
    public boolean DEFAULT false NOT NULL,
    guid character varying(255) NOT NULL,
    source_url character varying(255),
    tag_bg_color character varying(255),
    tag_fg_color character varying(255),
    icon character varying(255)
);
CREATE INDEX index_scenarios_on_user_id_and_guid ON scenarios (user_id, guid);

INSERT INTO scenarios (id, name, user_id, created_at, updated_at, description, public, guid, source_url, tag_bg_color, tag_fg_color, icon)
SELECT k, v.name, v.uid, hgen.ts('hscc', k), hgen.ts('hscc', k) + make_interval(days => fixture_gen.n('hscu', k, 300)), v.descr, v.pub,
       fixture_gen.hexn('hscg', k, 32), v.src,
       '#' || fixture_gen.hexn('hscbg', k, 6), CASE WHEN k % 3 = 0 THEN '#000000' ELSE '#ffffff' END,
       (ARRAY['gavel', 'building', 'newspaper-o', 'envelope', 'twitter', 'cloud', 'bell', 'rss', 'map-marker', 'bar-chart', 'user-secret', 'calendar'])[1 + k % 12]
FROM (VALUES
 (1, 'Planning watch', 1, 'Scrapes the weekly planning lists of Harbourside and Westmoor councils, removes duplicates and mails the digest every Monday.', false, NULL),
 (2, 'Court listings', 2, 'Daily magistrates'' and crown court lists. Alerts the courts reporter by SMS when a name on the watch list appears. Ask Hannah O''Brien before changing the watch list.', false, NULL),
 (3, 'Tip line', 1, 'Reads tips@ over IMAP, posts a summary to #tips and files it in the desk database. Sources must never be named in Slack.', false, NULL),
 (4, 'Council meetings', 5, 'Agendas and minutes of full council and cabinet; posts new documents to #politics.', false, 'https://huginn.harbourside-courier.example/scenarios/4/export.json'),
 (5, 'Weather and tides', 6, 'Tomorrow''s forecast and tide times for the print weather box.', true, 'https://raw.githubusercontent.com/huginn/huginn/master/data/scenarios/weather.json'),
 (6, 'Police and fire press releases', 7, 'RSS feeds of the constabulary and the fire service, filtered to our patch.', false, NULL),
 (7, 'Reader submissions', 8, 'Webhook behind the "Send us your story" form; readers'' photos go to Dropbox.', false, NULL),
 (8, 'Social monitoring', 3, 'Keywords and accounts of councillors, the MP and local campaign groups.', false, NULL),
 (9, 'Companies House alerts', 4, 'New filings and insolvencies of firms registered in the district.', false, 'https://huginn.harbourside-courier.example/scenarios/9/export.json'),
 (10, 'Election night', 3, 'Results pages of the count, refreshed every two minutes on election night. Contact Priya Sharma (07700 900461) if the count site changes.', false, NULL),
 (11, 'Field reporter location', 10, 'Reporter''s phone posts its position so the desk can find them on big jobs; switch off after the shift.', false, NULL),
 (12, 'Sport fixtures', 14, 'League tables and fixtures of the county league.', true, NULL),
 (13, 'FOI tracker', 20, 'Watches WhatDoTheyKnow for replies to the desk''s requests and reminds the requester when a deadline passes.', false, NULL),
 (14, 'Uptime', 1, 'Checks that the council and court sites we scrape are up.', false, NULL),
 (15, 'Strava segments', 26, 'Personal: my running club segments (not newsroom).', false, NULL),
 (16, 'Inquest listings', 2, 'Coroner''s court listings for the district, mailed to the courts team.', false, NULL),
 (17, 'Business digest', 4, 'Business news feeds, rates changes and Companies House filings in one morning digest.', false, NULL),
 (18, 'Obituaries and notices', 9, 'Funeral directors'' notices pages, checked daily for the family notices section.', false, NULL)
) v(k, name, uid, descr, pub, src);

-- ---------------------------------------------------------------- services (OAuth accounts)
CREATE TABLE services (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    provider character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    token text NOT NULL,
    secret text,
    refresh_token text,
    expires_at timestamp without time zone,
    global boolean DEFAULT false,
    options text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    uid character varying(255)
);
CREATE INDEX index_services_on_user_id ON services (user_id);
CREATE INDEX index_services_on_provider ON services (provider);
CREATE INDEX index_services_on_uid ON services (uid);
CREATE INDEX index_services_on_user_id_and_global ON services (user_id, global);

INSERT INTO services
SELECT k, s.i, p.provider,
       CASE p.provider
         WHEN 'twitter' THEN CASE WHEN k = 1 THEN 'HarbourCourier' WHEN k = 2 THEN 'CourierCourts' ELSE fixture_gen.ascii(s.first) || '_' || fixture_gen.ascii(s.last) || '_news' END
         WHEN 'google' THEN s.email
         WHEN 'dropbox' THEN s.first || ' ' || s.last
         WHEN 'tumblr' THEN CASE WHEN k % 2 = 0 THEN 'harbourside-courier-photos' ELSE fixture_gen.ascii(s.first) || fixture_gen.ascii(s.last) END
         WHEN 'evernote' THEN fixture_gen.ascii(s.first) || '.' || fixture_gen.ascii(s.last)
         ELSE s.first || ' ' || s.last END,
       CASE p.provider
         WHEN 'twitter' THEN '1' || fixture_gen.digits('hsvtw', k, 17) || '-' || hgen.tok('hsvtt', k, 40)
         WHEN 'google' THEN 'ya29.a0' || hgen.u64('hsvgt', k, 160)
         WHEN 'dropbox' THEN 'sl.B' || hgen.u64('hsvdt', k, 134)
         WHEN 'tumblr' THEN hgen.tok('hsvut', k, 50)
         WHEN 'evernote' THEN 'S=s' || (1 + k % 700) || ':U=' || lower(to_hex(2000000 + k * 7919)) || ':E=' || lower(to_hex(1700000000000 + k)) || ':C=' || lower(to_hex(1690000000000 + k)) || ':P=1cd:A=courier-huginn:V=2:H=' || fixture_gen.hexn('hsvet', k, 32)
         ELSE 'BAhbB0kiAbB7ImNsaWVudF9pZCI6I' || hgen.tok('hsv37', k, 150) || '--' || fixture_gen.hexn('hsv37s', k, 40) END,
       CASE p.provider WHEN 'twitter' THEN hgen.tok('hsvts', k, 45) WHEN 'tumblr' THEN hgen.tok('hsvus', k, 50) END,
       CASE p.provider WHEN 'google' THEN '1//0' || hgen.u64('hsvgr', k, 100) WHEN '37signals' THEN 'BAhbB0kiAbB7ImNsaWVudF9pZCI6I' || hgen.tok('hsv37r', k, 150) || '--' || fixture_gen.hexn('hsv37rs', k, 40)
                       WHEN 'dropbox' THEN hgen.tok('hsvdr', k, 64) END,
       CASE WHEN p.provider IN ('google', 'dropbox', '37signals') THEN timestamp '2025-04-01 00:00:00' + make_interval(secs => fixture_gen.n('hsvex', k, 2000000)) END,
       k IN (1, 2, 9),
       CASE p.provider
         WHEN 'twitter' THEN json_build_object('name', CASE WHEN k = 1 THEN 'HarbourCourier' WHEN k = 2 THEN 'CourierCourts' ELSE fixture_gen.ascii(s.first) || '_' || fixture_gen.ascii(s.last) || '_news' END,
              'nickname', s.first || ' ' || s.last, 'image', 'https://pbs.twimg.com/profile_images/' || fixture_gen.digits('hsvti', k, 19) || '/' || hgen.tok('hsvtj', k, 8) || '_normal.jpg')::text
         WHEN 'google' THEN json_build_object('email', s.email, 'name', s.first || ' ' || s.last, 'first_name', s.first, 'last_name', s.last, 'image', 'https://lh3.googleusercontent.com/a/' || hgen.u64('hsvgi', k, 60) || '=s96-c')::text
         WHEN 'dropbox' THEN json_build_object('name', s.first || ' ' || s.last, 'email', s.email, 'uid', 'dbid:AA' || hgen.u64('hsvdu', k, 38))::text
         WHEN 'tumblr' THEN json_build_object('name', CASE WHEN k % 2 = 0 THEN 'harbourside-courier-photos' ELSE fixture_gen.ascii(s.first) || fixture_gen.ascii(s.last) END, 'blogs', json_build_array(json_build_object('name', 'harbourside-courier-photos', 'url', 'https://harbourside-courier-photos.tumblr.com/')))::text
         WHEN 'evernote' THEN json_build_object('name', fixture_gen.ascii(s.first) || '.' || fixture_gen.ascii(s.last), 'shard', 's' || (1 + k % 700))::text
         ELSE json_build_object('user_id', 3000000 + k * 1733, 'name', s.first || ' ' || s.last, 'email_address', s.email)::text END,
       hgen.ts('hsvc', k), hgen.ts('hsvc', k) + make_interval(days => fixture_gen.n('hsvu', k, 200)),
       CASE p.provider
         WHEN 'twitter' THEN '1' || fixture_gen.digits('hsvtw', k, 17)
         WHEN 'google' THEN '1' || fixture_gen.digits('hsvgu', k, 20)
         WHEN 'dropbox' THEN 'dbid:AA' || hgen.u64('hsvdu', k, 38)
         WHEN 'tumblr' THEN CASE WHEN k % 2 = 0 THEN 'harbourside-courier-photos' ELSE fixture_gen.ascii(s.first) || fixture_gen.ascii(s.last) END
         WHEN 'evernote' THEN (100000 + k * 313)::text
         ELSE (3000000 + k * 1733)::text END
FROM generate_series(1, 34) k
CROSS JOIN LATERAL (SELECT (ARRAY['twitter', 'twitter', 'google', 'twitter', 'dropbox', 'google', 'tumblr', 'evernote', '37signals', 'google', 'twitter', 'dropbox'])[1 + (k - 1) % 12] AS provider) p
JOIN hgen.st s ON s.i = CASE WHEN k IN (1, 2, 9) THEN 1 ELSE 2 + fixture_gen.n('hsvus', k, 40) END;

-- ---------------------------------------------------------------- user_credentials
CREATE TABLE user_credentials (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    credential_name character varying(255) NOT NULL,
    credential_value text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    mode character varying(255) DEFAULT 'text'
);
CREATE UNIQUE INDEX index_user_credentials_on_user_id_and_credential_name ON user_credentials (user_id, credential_name);

INSERT INTO user_credentials (id, user_id, credential_name, credential_value, created_at, updated_at, mode)
SELECT row_number() OVER (ORDER BY u.uid, c.k), u.uid, c.name,
       CASE c.name
         WHEN 'twitter_consumer_key' THEN hgen.tok('hucck', u.uid, 25)
         WHEN 'twitter_consumer_secret' THEN hgen.tok('huccs', u.uid, 50)
         WHEN 'tipline_imap_password' THEN hgen.tok('hucip', u.uid, 16)
         WHEN 'openweather_key' THEN fixture_gen.hexn('hucow', u.uid, 32)
         WHEN 'mailgun_api_key' THEN 'key-' || fixture_gen.hexn('hucmg', u.uid, 32)
         WHEN 'slack_courts_webhook' THEN 'https://hooks.slack.com/services/T0' || upper(hgen.tok('hucs1', u.uid, 8)) || '/B0' || upper(hgen.tok('hucs2', u.uid, 9)) || '/' || hgen.tok('hucs3', u.uid, 24)
         WHEN 'courtserve_login' THEN s.username || ':' || hgen.tok('huccl', u.uid, 12) || '!'
         WHEN 'google_service_key' THEN hgen.pem('PRIVATE KEY', 'hucgk', u.uid, 1200)
         WHEN 'companies_house_api_key' THEN fixture_gen.uuid('hucch', u.uid)
         WHEN 'twilio_auth_token' THEN fixture_gen.hexn('huctw', u.uid, 32)
         WHEN 'twilio_account_sid' THEN 'AC' || fixture_gen.hexn('huctsid', 1, 32)
         WHEN 'pushover_app_token' THEN lower(hgen.tok('hucpa', u.uid, 30))
         WHEN 'pushover_user_key' THEN lower(hgen.tok('hucpu', u.uid, 30))
         WHEN 'aws_access_key_id' THEN 'AKIA' || upper(hgen.tok('hucak', u.uid, 16))
         WHEN 'aws_secret_access_key' THEN hgen.tok('hucas', u.uid, 40)
         WHEN 'strava_client_secret' THEN fixture_gen.hexn('hucst', u.uid, 40)
         WHEN 'foi_portal_password' THEN initcap(fixture_gen.pick(ARRAY['harbour', 'lighthouse', 'quayside', 'anchor'], 'hucfp', u.uid)) || fixture_gen.digits('hucfd', u.uid, 4) || '#'
         WHEN 'dropbox_token' THEN 'sl.B' || hgen.u64('hucdb', u.uid, 134)
         WHEN 'huginn_webhook_secret' THEN hgen.tok('hucwh', u.uid, 32)
         WHEN 'openai_api_key' THEN 'sk-' || 'proj-' || hgen.u64('hucoa', u.uid, 48)
         WHEN 'slugify' THEN 'function slugify(s) { return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""); }'
         WHEN 'court_name_matcher' THEN 'function watched(name) { var list = Agent.credential("court_watch_list").split("\n"); return list.indexOf(name.trim().toUpperCase()) >= 0; }'
         WHEN 'court_watch_list' THEN upper(fixture_gen.full_name('hucw1', u.uid)) || E'\n' || upper(fixture_gen.full_name('hucw2', u.uid)) || E'\n' || upper(fixture_gen.full_name('hucw3', u.uid))
         ELSE hgen.tok('hucxx', u.uid, 32) END,
       hgen.ts('hucc', u.uid * 40 + c.k), hgen.ts('hucc', u.uid * 40 + c.k) + make_interval(days => fixture_gen.n('hucu', u.uid * 40 + c.k, 200)),
       CASE WHEN c.name IN ('slugify', 'court_name_matcher') THEN 'java_script' ELSE 'text' END
FROM (SELECT i AS uid FROM hgen.st WHERE i IN (1, 2, 3, 4, 5, 6, 7, 8, 10, 14, 20, 26)) u
JOIN hgen.st s ON s.i = u.uid
CROSS JOIN (VALUES (1, 'twitter_consumer_key'), (2, 'twitter_consumer_secret'), (3, 'tipline_imap_password'), (4, 'openweather_key'), (5, 'mailgun_api_key'),
  (6, 'slack_courts_webhook'), (7, 'courtserve_login'), (8, 'google_service_key'), (9, 'companies_house_api_key'), (10, 'twilio_auth_token'), (11, 'twilio_account_sid'),
  (12, 'pushover_app_token'), (13, 'pushover_user_key'), (14, 'aws_access_key_id'), (15, 'aws_secret_access_key'), (16, 'strava_client_secret'), (17, 'foi_portal_password'),
  (18, 'dropbox_token'), (19, 'huginn_webhook_secret'), (20, 'openai_api_key'), (21, 'slugify'), (22, 'court_name_matcher'), (23, 'court_watch_list')) c(k, name)
WHERE fixture_gen.n('hucsel', u.uid * 40 + c.k, 3) = 0 OR (u.uid = 1 AND c.k <= 20) OR (u.uid = 2 AND c.k IN (7, 10, 11, 21, 22, 23));

-- ---------------------------------------------------------------- agents
CREATE TABLE agents (
    id serial PRIMARY KEY,
    user_id integer,
    options text,
    type character varying(255),
    name character varying(255),
    schedule character varying(255),
    events_count integer DEFAULT 0 NOT NULL,
    last_check_at timestamp without time zone,
    last_receive_at timestamp without time zone,
    last_checked_event_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    memory text,
    last_web_request_at timestamp without time zone,
    service_id integer,
    last_event_at timestamp without time zone,
    last_error_log_at timestamp without time zone,
    propagate_immediately boolean DEFAULT false NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    guid character varying(255) NOT NULL,
    keep_events_for integer DEFAULT 0 NOT NULL,
    deactivated boolean DEFAULT false
);
CREATE INDEX index_agents_on_user_id_and_created_at ON agents (user_id, created_at);
CREATE INDEX index_agents_on_type ON agents (type);
CREATE INDEX index_agents_on_schedule ON agents (schedule);
CREATE INDEX index_agents_on_guid ON agents (guid);

-- The agents: 168, type t cycles through 24 kinds; owner, a colleague and a
-- councillor or subject for each.
CREATE TABLE hgen.ag AS
SELECT i, 1 + (i - 1) % 24 AS t,
       CASE WHEN i % 5 = 0 THEN 1 ELSE 2 + fixture_gen.n('hagu', i, 43) END AS uid,
       2 + fixture_gen.n('hagc', i, 43) AS colleague, (i - 1) / 24 + fixture_gen.n('hagv', i, 2) AS v,
       fixture_gen.first_name('hagp', i) AS pfirst, fixture_gen.last_name('hagq', i) AS plast
FROM generate_series(1, 168) i;

INSERT INTO agents
SELECT a.i, a.uid,
  CASE a.t
  WHEN 1 THEN json_build_object('expected_update_period_in_days', '8',
      'url', (ARRAY['https://planning.harbourside.gov.example/online-applications/search.do?action=weeklyList&searchType=Application',
                    'https://publicaccess.westmoor.gov.example/online-applications/search.do?action=weeklyList&searchType=Application',
                    'https://www.harbourside.gov.example/licensing/public-register?type=premises'])[1 + a.v % 3],
      'type', 'html', 'mode', 'on_change',
      'extract', json_build_object('reference', json_build_object('css', 'li.searchresult p.metaInfo', 'value', 'normalize-space(.)'),
                                   'address', json_build_object('css', 'li.searchresult p.address', 'value', 'normalize-space(.)'),
                                   'url', json_build_object('css', 'li.searchresult a', 'value', '@href')),
      'user_agent', 'HarbourCourierBot/1.0 (+mailto:datadesk@harbourside-courier.example)')::text
  WHEN 2 THEN json_build_object('expected_update_period_in_days', '2',
      'url', 'https://www.courtserve.example/lists/' || (ARRAY['magistrates/harbourside', 'crown/westmoor', 'coroner/harbourside', 'county/harbourside'])[1 + a.v % 4] || '/{{ "now" | date: "%Y-%m-%d" }}',
      'type', 'html', 'mode', 'all',
      'basic_auth', CASE WHEN a.v % 3 = 0 THEN s.username || ':' || hgen.tok('hagba', a.i, 12) || '!' ELSE '{% credential courtserve_login %}' END,
      'extract', json_build_object('defendant', json_build_object('css', 'table.list td.name', 'value', 'string(.)'),
                                   'age', json_build_object('css', 'table.list td.age', 'value', 'string(.)'),
                                   'offence', json_build_object('css', 'table.list td.offence', 'value', 'string(.)')))::text
  WHEN 3 THEN json_build_object('expected_update_period_in_days', '5', 'clean', 'false',
      'url', (ARRAY['https://www.harbourside-police.example/news/rss.xml', 'https://www.westmoor-fire.example/incidents/feed', 'https://www.harbourside.gov.example/news/feed',
                    'https://www.whatdotheyknow.example/feed/body/harbourside_council', 'https://www.gov.example/search/news-and-communications.atom?organisations[]=environment-agency',
                    'https://www.harbourside-chamber.example/feed'])[1 + a.v % 6])::text
  WHEN 4 THEN json_build_object('expected_update_period_in_days', '1', 'host', 'imap.fastmail.com', 'ssl', true,
      'username', CASE WHEN a.v % 2 = 0 THEN 'tips@harbourside-courier.example' ELSE s.email END,
      'password', CASE WHEN a.v % 3 = 1 THEN hgen.tok('hagimap', a.i, 16) ELSE '{% credential tipline_imap_password %}' END,
      'folders', json_build_array('INBOX'), 'conditions', json_build_object('is_unread', true), 'mark_as_read', true, 'include_raw_mail', false, 'event_headers', json_build_array('From', 'Reply-To', 'Date'))::text
  WHEN 5 THEN json_build_object('subject', (ARRAY['Monday planning digest', 'Court list digest', 'Business morning digest', 'Police & fire overnight', 'FOI replies this week'])[1 + a.v % 5],
      'headline', 'What the robots found', 'expected_receive_period_in_days', '8',
      'recipients', json_build_array(s.email, c.email, 'newsdesk@harbourside-courier.example'))::text
  WHEN 6 THEN json_build_object('subject', (ARRAY['Court alert: {{defendant}} listed today', 'New tip from {{from}}', 'Companies House: {{company_name}} filed {{category}}'])[1 + a.v % 3],
      'headline', '{{subject}}', 'body', '{{body}}', 'expected_receive_period_in_days', '2',
      'recipients', json_build_array(s.email) , 'from', 'Huginn <huginn@harbourside-courier.example>')::text
  WHEN 7 THEN json_build_object('filters', json_build_array('harbourside council', '#harbourside', 'westmoor quay', '"harbourside hospital"'),
      'expected_update_period_in_days', '2', 'generate', 'events', 'include_retweets', 'false')::text
  WHEN 8 THEN json_build_object('username', 'cllr_' || fixture_gen.ascii(a.plast), 'include_retweets', 'false', 'exclude_replies', 'true', 'expected_update_period_in_days', '4')::text
  WHEN 9 THEN json_build_object('post_url', CASE a.v % 3
        WHEN 0 THEN 'https://hooks.slack.com/services/T0' || upper(hgen.tok('hagps1', a.i, 8)) || '/B0' || upper(hgen.tok('hagps2', a.i, 9)) || '/' || hgen.tok('hagps3', a.i, 24)
        WHEN 1 THEN 'https://harboursidecourier.webhook.office.com/webhookb2/' || fixture_gen.uuid('hagpt', a.i) || '@' || fixture_gen.uuid('hagpu', 1) || '/IncomingWebhook/' || fixture_gen.hexn('hagpv', a.i, 32) || '/' || fixture_gen.uuid('hagpw', a.i)
        ELSE 'https://cms.harbourside-courier.example/api/v2/liveblog/entries?access_token=' || hgen.tok('hagpx', a.i, 40) END,
      'expected_receive_period_in_days', '1', 'content_type', 'json', 'method', 'post',
      'payload', json_build_object('text', '{{title}} {{url}}'), 'headers', json_build_object(), 'emit_events', 'false', 'no_merge', 'true')::text
  WHEN 10 THEN json_build_object('webhook_url', CASE WHEN a.v % 2 = 0 THEN '{% credential slack_courts_webhook %}'
        ELSE 'https://hooks.slack.com/services/T0' || upper(hgen.tok('hags1', a.i, 8)) || '/B0' || upper(hgen.tok('hags2', a.i, 9)) || '/' || hgen.tok('hags3', a.i, 24) END,
      'channel', (ARRAY['#courts', '#tips', '#politics', '#newsdesk', '#data-alerts'])[1 + a.v % 5], 'username', 'Huginn', 'icon', ':robot_face:',
      'expected_receive_period_in_days', '1', 'message', '{{message}}')::text
  WHEN 11 THEN json_build_object('secret', hgen.tok('hagwh', a.i, 24), 'expected_receive_period_in_days', 1, 'payload_path', '.', 'verbs', 'post',
      'response', 'Thanks, the newsdesk got your message', 'code', '201', 'recaptcha_secret', '6L' || hgen.u64('hagrc', a.i, 38))::text
  WHEN 12 THEN json_build_object('account_sid', 'AC' || fixture_gen.hexn('huctsid', 1, 32), 'auth_token', '{% credential twilio_auth_token %}',
      'sender_cell', '+44 7700 900' || lpad((100 + a.i)::text, 3, '0'), 'receiver_cell', s.phone, 'server_url', 'https://huginn.harbourside-courier.example',
      'receive_text', 'true', 'receive_call', 'false', 'expected_receive_period_in_days', '1')::text
  WHEN 13 THEN json_build_object('language', 'JavaScript', 'expected_receive_period_in_days', '2', 'expected_update_period_in_days', '2',
      'code', CASE a.v % 3
        WHEN 0 THEN 'Agent.receive = function() { var events = this.incomingEvents(); for (var i = 0; i < events.length; i++) { var p = events[i].payload; this.memory("last_sender", p.from); this.createEvent({ from: p.from, subject: p.subject, preview: (p.body || "").substring(0, 280) }); } };'
        WHEN 1 THEN 'Agent.check = function() { var token = this.memory("access_token"); var res = this.fetch("https://www.strava.example/api/v3/segments/' || (1000 + a.i) || '/leaderboard", { headers: { Authorization: "Bearer " + token } }); this.createEvent(JSON.parse(res)); };'
        ELSE 'Agent.receive = function() { var key = "' || hgen.tok('hagjsk', a.i, 32) || '"; var e = this.incomingEvents()[0]; this.createEvent({ url: "https://api.companieshouse.example/company/" + e.payload.company_number + "?key=" + key }); };' END)::text
  WHEN 14 THEN json_build_object('secret', hgen.tok('hagul', a.i, 16), 'max_accuracy', '50', 'min_distance', '25', 'api_key', '')::text
  WHEN 15 THEN json_build_object('location', (ARRAY['50.7192,-1.8808', '50.6139,-2.4573', '50.7260,-1.9870'])[1 + a.v % 3],
      'api_key', CASE WHEN a.v % 2 = 0 THEN fixture_gen.hexn('hagow', a.i, 32) ELSE '{% credential openweather_key %}' END,
      'service', 'openweather', 'which_day', '1', 'expected_update_period_in_days', '2', 'language', 'EN')::text
  WHEN 16 THEN json_build_object('expected_receive_period_in_days', '2', 'keep_event', 'true',
      'rules', json_build_array(json_build_object('type', 'regex', 'value', '(?i)' || upper(a.pfirst) || ' ' || upper(a.plast) || '|' || upper(fixture_gen.full_name('hagtr', a.i)) || '|HARBOURSIDE MARINA', 'path', 'defendant')),
      'message', 'Watched name in today''s list: {{defendant}}')::text
  WHEN 17 THEN json_build_object('expected_update_period_in_days', '2',
      'url', CASE WHEN a.v % 2 = 0 THEN 'https://api.company-information.service.gov.example/advanced-search/companies?location=harbourside&incorporated_from={{ "now" | date: "%Y-%m-%d" }}'
                  ELSE 'https://newsapi.example/v2/everything?q=harbourside&sortBy=publishedAt&apiKey=' || fixture_gen.hexn('hagna', a.i, 32) END,
      'type', 'json', 'mode', 'on_change',
      'basic_auth', CASE WHEN a.v % 2 = 0 THEN '{% credential companies_house_api_key %}:' ELSE '' END,
      'extract', json_build_object('title', json_build_object('path', 'items[*].title'), 'url', json_build_object('path', 'items[*].links.self')))::text
  WHEN 18 THEN json_build_object('property', (ARRAY['{{reference}}', '{{url}}', '{{defendant}}{{age}}', '{{guid}}'])[1 + a.v % 4], 'lookback', '500', 'expected_update_period_in_days', '9')::text
  WHEN 19 THEN json_build_object('secrets', json_build_array('feed-' || hgen.tok('hagdo', a.i, 20)), 'expected_receive_period_in_days', 2,
      'template', json_build_object('title', (ARRAY['Planning feed', 'Court alerts feed', 'Police feed (filtered)'])[1 + a.v % 3], 'description', 'Filtered by the data desk',
          'item', json_build_object('title', '{{title}}', 'description', '{{description}}', 'link', '{{url}}')))::text
  WHEN 20 THEN json_build_object('url', (ARRAY['https://planning.harbourside.gov.example/online-applications/', 'https://www.courtserve.example/', 'https://democracy.harbourside.gov.example/mgCalendarMonthView.aspx',
                                               'https://results.harbourside.gov.example/'])[1 + a.v % 4], 'headers_to_save', 'Server', 'expected_update_period_in_days', '1')::text
  WHEN 21 THEN json_build_object('instructions', json_build_object('message', (ARRAY['Tip from {{from}}: {{subject}}', 'New planning application {{reference}} at {{address}}', '{{title}} ({{pubDate}})'])[1 + a.v % 3]),
      'mode', 'clean', 'matchers', json_build_array())::text
  WHEN 22 THEN json_build_object('token', '{% credential pushover_app_token %}', 'user', lower(hgen.tok('hagpo', a.i, 30)), 'device', fixture_gen.ascii(s.first) || '-iphone',
      'expected_receive_period_in_days', '1', 'message', '{{message}}', 'title', 'Courier alert', 'priority', '0')::text
  WHEN 23 THEN json_build_object('dir_to_watch', (ARRAY['/Readers photos', '/Courts/PDF lists', '/Planning/Objections'])[1 + a.v % 3], 'expected_update_period_in_days', 1)::text
  ELSE json_build_object('calendar_id', 'c_' || fixture_gen.hexn('hagcal', a.i, 26) || '@group.calendar.google.com', 'expected_update_period_in_days', '10',
      'google', json_build_object('key_file', '', 'key', '{% credential google_service_key %}', 'key_secret', 'notasecret', 'service_account_email', 'huginn-diary@courier-huginn.iam.gserviceaccount.com'),
      'details', json_build_object('visibility', 'default', 'summary', '{{summary}}', 'description', '{{description}}', 'start', json_build_object('dateTime', '{{start}}'), 'end', json_build_object('dateTime', '{{end}}')))::text
  END,
  'Agents::' || (ARRAY['WebsiteAgent', 'WebsiteAgent', 'RssAgent', 'ImapFolderAgent', 'EmailDigestAgent', 'EmailAgent', 'TwitterStreamAgent', 'TwitterUserAgent', 'PostAgent', 'SlackAgent',
                       'WebhookAgent', 'TwilioAgent', 'JavaScriptAgent', 'UserLocationAgent', 'WeatherAgent', 'TriggerAgent', 'WebsiteAgent', 'DeDuplicationAgent', 'DataOutputAgent',
                       'HttpStatusAgent', 'EventFormattingAgent', 'PushoverAgent', 'DropboxWatchAgent', 'GoogleCalendarPublishAgent'])[a.t],
  CASE a.t
    WHEN 1 THEN (ARRAY['Harbourside planning weekly list', 'Westmoor planning weekly list', 'Premises licence notices'])[1 + a.v % 3]
    WHEN 2 THEN (ARRAY['Magistrates list (Harbourside)', 'Crown court list', 'Coroner listings', 'County court list'])[1 + a.v % 4]
    WHEN 3 THEN (ARRAY['Police news RSS', 'Fire incidents RSS', 'Council press releases', 'WhatDoTheyKnow: council', 'Environment Agency news', 'Chamber of commerce'])[1 + a.v % 6]
    WHEN 4 THEN CASE WHEN a.v % 2 = 0 THEN 'Tip line inbox' ELSE s.first || '''s inbox (council replies)' END
    WHEN 5 THEN (ARRAY['Planning digest', 'Court digest', 'Business digest', 'Overnight digest', 'FOI digest'])[1 + a.v % 5]
    WHEN 6 THEN 'Email ' || s.first || ' ' || s.last
    WHEN 7 THEN 'Harbourside keywords stream'
    WHEN 8 THEN 'Tweets by @cllr_' || fixture_gen.ascii(a.plast)
    WHEN 9 THEN (ARRAY['Post to Slack #planning', 'Post to Teams (editors)', 'Liveblog entries'])[1 + a.v % 3]
    WHEN 10 THEN 'Slack ' || (ARRAY['#courts', '#tips', '#politics', '#newsdesk', '#data-alerts'])[1 + a.v % 5]
    WHEN 11 THEN (ARRAY['Send us your story form', 'Corrections form', 'Photo upload form'])[1 + a.v % 3]
    WHEN 12 THEN 'SMS ' || s.first
    WHEN 13 THEN (ARRAY['Summarise tip emails', 'Strava leaderboard', 'Build Companies House URLs'])[1 + a.v % 3]
    WHEN 14 THEN s.first || '''s phone'
    WHEN 15 THEN (ARRAY['Forecast: Harbourside', 'Forecast: Portland Bill', 'Forecast: Westmoor'])[1 + a.v % 3]
    WHEN 16 THEN 'Court watch: ' || a.pfirst || ' ' || a.plast
    WHEN 17 THEN CASE WHEN a.v % 2 = 0 THEN 'Companies House new incorporations' ELSE 'NewsAPI: Harbourside' END
    WHEN 18 THEN 'Drop duplicates'
    WHEN 19 THEN (ARRAY['Planning RSS out', 'Court alerts RSS out', 'Police RSS out'])[1 + a.v % 3]
    WHEN 20 THEN 'Is the site up?'
    WHEN 21 THEN 'Format message'
    WHEN 22 THEN 'Push to ' || s.first || '''s phone'
    WHEN 23 THEN (ARRAY['Watch Dropbox: readers photos', 'Watch Dropbox: court PDFs', 'Watch Dropbox: objections'])[1 + a.v % 3]
    ELSE 'Newsdesk diary' END,
  CASE WHEN a.t IN (1, 3, 17, 20) THEN (ARRAY['every_1h', 'every_2h', 'every_12h', 'every_1d', '7am'])[1 + a.v % 5]
       WHEN a.t IN (2, 4, 7, 8, 15, 23, 13) THEN (ARRAY['every_10m', 'every_30m', 'every_1h', '6am', 'midnight'])[1 + a.v % 5]
       WHEN a.t = 5 THEN (ARRAY['8am', '7am', '6pm'])[1 + a.v % 3]
       ELSE 'never' END,
  CASE WHEN a.t IN (5, 6, 9, 10, 11, 12, 14, 18, 19, 21, 22, 24) THEN 0 ELSE 20 + fixture_gen.n('hagec', a.i, 4000) END,
  timestamp '2025-04-20 00:00:00' + make_interval(secs => fixture_gen.n('haglc', a.i, 800000)),
  CASE WHEN a.t IN (5, 6, 9, 10, 12, 16, 18, 19, 21, 22, 24, 13) THEN timestamp '2025-04-20 00:00:00' + make_interval(secs => fixture_gen.n('haglr', a.i, 800000)) END,
  CASE WHEN a.t IN (5, 6, 9, 10, 12, 16, 18, 19, 21, 22, 24, 13) THEN 1000 + fixture_gen.n('haglce', a.i, 2000) END,
  hgen.ts('hagcr', a.i), timestamp '2025-03-01 00:00:00' + make_interval(secs => fixture_gen.n('hagup', a.i, 4000000)),
  CASE a.t
    WHEN 3 THEN json_build_object('seen_ids', json_build_array('https://www.harbourside-police.example/news/' || (2024000 + a.i * 7), 'https://www.harbourside-police.example/news/' || (2024001 + a.i * 7), 'tag:harbourside,' || (2024002 + a.i)))::text
    WHEN 4 THEN json_build_object('seen', json_build_object('INBOX', json_build_object((1613000000 + a.i)::text, json_build_array(1600 + a.i, 1601 + a.i, 1605 + a.i))),
        'notified', json_build_array('<CA' || hgen.tok('hagmid', a.i, 40) || '@mail.gmail.com>', '<' || fixture_gen.uuid('hagmid2', a.i) || '@outlook.com>'))::text
    WHEN 5 THEN json_build_object('events', json_build_array(a.i * 3, a.i * 3 + 1, a.i * 3 + 2))::text
    WHEN 8 THEN json_build_object('since_id', '17' || fixture_gen.digits('hagsi', a.i, 17))::text
    WHEN 12 THEN json_build_object('pending_calls', json_build_object())::text
    WHEN 13 THEN CASE a.v % 3
        WHEN 0 THEN json_build_object('last_sender', fixture_gen.full_name('hagls', a.i) || ' <' || fixture_gen.email('hagls', a.i) || '>', 'count', fixture_gen.n('haglcn', a.i, 50))::text
        WHEN 1 THEN json_build_object('access_token', fixture_gen.hexn('hagsat', a.i, 40), 'refresh_token', fixture_gen.hexn('hagsrt', a.i, 40), 'expires_at', 1714000000 + a.i * 3600,
                                      'athlete', json_build_object('id', 40000000 + a.i * 113, 'firstname', s.first, 'lastname', s.last, 'city', 'Harbourside'))::text
        ELSE '{}' END
    WHEN 14 THEN json_build_object('last_location', json_build_object('latitude', round((50.70 + fixture_gen.n('haglat', a.i, 3000) / 100000.0)::numeric, 6), 'longitude', round((-1.95 + fixture_gen.n('haglng', a.i, 9000) / 100000.0)::numeric, 6)))::text
    WHEN 16 THEN '{}'
    WHEN 18 THEN json_build_object('properties', json_build_array(fixture_gen.hexn('hagdd1', a.i, 40), fixture_gen.hexn('hagdd2', a.i, 40), fixture_gen.hexn('hagdd3', a.i, 40)))::text
    WHEN 23 THEN json_build_object('contents', json_build_array(
        json_build_object('path', (ARRAY['/Readers photos/', '/Courts/PDF lists/', '/Planning/Objections/'])[1 + a.v % 3] ||
            CASE a.v % 3 WHEN 0 THEN 'IMG_' || (2000 + a.i) || ' - ' || a.pfirst || ' ' || a.plast || '.jpg' WHEN 1 THEN 'list_2025-04-' || lpad((1 + a.v % 28)::text, 2, '0') || '.pdf'
                         ELSE 'objection ' || a.pfirst || ' ' || a.plast || ' ' || fixture_gen.street('hagst', a.i) || '.pdf' END,
            'rev', fixture_gen.hexn('hagrev', a.i, 12), 'modified', to_char(hgen.ts('hagmod', a.i), 'Dy, DD Mon YYYY HH24:MI:SS +0000'))))::text
    ELSE '{}' END,
  CASE WHEN a.t IN (11, 12, 14) THEN timestamp '2025-04-20 00:00:00' + make_interval(secs => fixture_gen.n('hagwr', a.i, 800000)) END,
  CASE WHEN a.t IN (7, 8) THEN (SELECT min(v.id) FROM services v WHERE v.provider = 'twitter') + CASE WHEN a.v % 2 = 0 THEN 1 ELSE 0 END
       WHEN a.t = 23 THEN (SELECT min(v.id) FROM services v WHERE v.provider = 'dropbox')
       WHEN a.t = 24 THEN (SELECT min(v.id) FROM services v WHERE v.provider = 'google') END,
  CASE WHEN a.t NOT IN (5, 6, 9, 10, 12, 18, 19, 22, 24) THEN timestamp '2025-04-20 00:00:00' + make_interval(secs => fixture_gen.n('hagle', a.i, 800000)) END,
  CASE WHEN a.v % 7 = 3 THEN timestamp '2025-04-01 00:00:00' + make_interval(secs => fixture_gen.n('hagerr', a.i, 2000000)) END,
  a.t IN (18, 21), a.v % 13 = 6, fixture_gen.hexn('hagguid', a.i, 32),
  (ARRAY[0, 0, 604800, 2592000, 7776000, 31536000])[1 + a.v % 6],
  a.uid = 41
FROM hgen.ag a JOIN hgen.st s ON s.i = a.uid JOIN hgen.st c ON c.i = a.colleague;

-- ---------------------------------------------------------------- scenario_memberships, links, control_links
CREATE TABLE scenario_memberships (
    id serial PRIMARY KEY,
    agent_id integer NOT NULL,
    scenario_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE INDEX index_scenario_memberships_on_agent_id ON scenario_memberships (agent_id);
CREATE INDEX index_scenario_memberships_on_scenario_id ON scenario_memberships (scenario_id);
INSERT INTO scenario_memberships (id, agent_id, scenario_id, created_at, updated_at)
SELECT row_number() OVER (ORDER BY a.id, x.k), a.id,
       CASE WHEN x.k = 1 THEN
         CASE a.type WHEN 'Agents::WebsiteAgent' THEN (ARRAY[1, 2, 9])[1 + a.id % 3] WHEN 'Agents::RssAgent' THEN 6 WHEN 'Agents::ImapFolderAgent' THEN 3 WHEN 'Agents::EmailDigestAgent' THEN 1
           WHEN 'Agents::TwitterStreamAgent' THEN 8 WHEN 'Agents::TwitterUserAgent' THEN 8 WHEN 'Agents::WebhookAgent' THEN 7 WHEN 'Agents::UserLocationAgent' THEN 11
           WHEN 'Agents::WeatherAgent' THEN 5 WHEN 'Agents::TriggerAgent' THEN 2 WHEN 'Agents::HttpStatusAgent' THEN 14 WHEN 'Agents::JavaScriptAgent' THEN CASE WHEN a.name LIKE 'Strava%' THEN 15 ELSE 3 END
           WHEN 'Agents::DropboxWatchAgent' THEN 7 ELSE 1 + a.id % 18 END
         ELSE 1 + (a.id * 7) % 18 END,
       a.created_at, a.created_at
FROM agents a CROSS JOIN generate_series(1, 2) x(k)
WHERE x.k = 1 OR a.id % 4 = 0;

CREATE TABLE links (
    id serial PRIMARY KEY,
    source_id integer,
    receiver_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    event_id_at_creation integer DEFAULT 0 NOT NULL
);
CREATE INDEX index_links_on_source_id_and_receiver_id ON links (source_id, receiver_id);
CREATE INDEX index_links_on_receiver_id_and_source_id ON links (receiver_id, source_id);
INSERT INTO links (id, source_id, receiver_id, created_at, updated_at, event_id_at_creation)
SELECT row_number() OVER (ORDER BY r.id, x.k), 1 + ((r.id * 13 + x.k * 29) % 168), r.id, r.created_at, r.created_at, CASE WHEN r.id % 3 = 0 THEN 0 ELSE r.id * 4 + x.k END
FROM agents r CROSS JOIN generate_series(1, 2) x(k)
WHERE r.type IN ('Agents::EmailDigestAgent', 'Agents::EmailAgent', 'Agents::PostAgent', 'Agents::SlackAgent', 'Agents::TwilioAgent', 'Agents::TriggerAgent', 'Agents::DeDuplicationAgent',
                 'Agents::DataOutputAgent', 'Agents::EventFormattingAgent', 'Agents::PushoverAgent', 'Agents::GoogleCalendarPublishAgent', 'Agents::JavaScriptAgent')
  AND (x.k = 1 OR r.id % 3 = 1);

CREATE TABLE control_links (
    id serial PRIMARY KEY,
    controller_id integer NOT NULL,
    control_target_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE INDEX index_control_links_on_controller_id_and_control_target_id ON control_links (controller_id, control_target_id) ;
CREATE INDEX index_control_links_on_control_target_id ON control_links (control_target_id);
INSERT INTO control_links (id, controller_id, control_target_id, created_at, updated_at)
SELECT k, 100 + k * 3, 1 + (k * 37) % 168, hgen.ts('hclc', k), hgen.ts('hclc', k) + interval '3 days' FROM generate_series(1, 24) k;

-- ---------------------------------------------------------------- events
-- Prose the agents pick up: tip emails, tweets, readers' messages.
CREATE FUNCTION hgen.tip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 8)
    WHEN 0 THEN 'Hi, I work at the hospital and staff were told today that ward 7 is closing next month. I can''t be named but you can call me on ' || fixture_gen.phone(tag || 'p', i) || ' after 6pm.'
    WHEN 1 THEN 'My neighbour ' || fixture_gen.full_name(tag || 'n', i) || ' at ' || fixture_gen.street(tag || 's', i) || ' has been running a scrapyard from his garden for two years and the council does nothing.'
    WHEN 2 THEN 'The planning committee chair ' || fixture_gen.full_name(tag || 'c', i) || ' owns land next to the marina site. Worth checking the register of interests.'
    WHEN 3 THEN 'Road closed at the quay since 6am, lots of police. Photos attached. ' || fixture_gen.first_name(tag || 'f', i) || ' (' || fixture_gen.email(tag || 'e', i) || ')'
    WHEN 4 THEN 'Please can you cover our charity fun run on Saturday? Contact ' || fixture_gen.full_name(tag || 'o', i) || ', ' || fixture_gen.phone(tag || 'q', i) || '.'
    WHEN 5 THEN 'The bins in our street have not been collected for three weeks. Other residents are complaining too.'
    WHEN 6 THEN 'I was sacked after raising safety concerns at the ferry terminal. I have emails to prove it. ' || fixture_gen.full_name(tag || 'w', i) || ', ' || fixture_gen.street(tag || 'a', i) || '.'
    ELSE 'Press release attached: the harbour festival returns in August with a new food market.' END
$$;

CREATE FUNCTION hgen.tweet(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 6)
    WHEN 0 THEN 'Huge queues at Westmoor Quay again this morning, ferry cancelled with no notice #harbourside'
    WHEN 1 THEN 'Anyone seen our cat? Grey tabby, answers to Miso, lost near ' || fixture_gen.street(tag, i) || '. Call ' || fixture_gen.phone(tag || 'p', i)
    WHEN 2 THEN 'Full council tonight: the marina vote is item 9. I will be voting against. #harbourside'
    WHEN 3 THEN 'Congratulations to ' || fixture_gen.full_name(tag || 'n', i) || ' on 40 years at Harbourside lifeboat station!'
    WHEN 4 THEN 'Road closed between the quay and the station after a crash, avoid the area #harbourside'
    ELSE 'Harbourside hospital A&E waiting times are a disgrace. Waited 9 hours with my dad last night.' END
$$;

CREATE TABLE events (
    id serial PRIMARY KEY,
    user_id integer,
    agent_id integer,
    lat numeric(15,10),
    lng numeric(15,10),
    payload text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    expires_at timestamp without time zone
);
CREATE INDEX index_events_on_agent_id_and_created_at ON events (agent_id, created_at);
CREATE INDEX index_events_on_user_id_and_created_at ON events (user_id, created_at);
CREATE INDEX index_events_on_expires_at ON events (expires_at);

CREATE TABLE hgen.prod AS
SELECT row_number() OVER (ORDER BY a.id) - 1 AS r, a.id, a.user_id, a.type, a.name, a.options, a.keep_events_for FROM agents a
WHERE a.type IN ('Agents::WebsiteAgent', 'Agents::RssAgent', 'Agents::ImapFolderAgent', 'Agents::TwitterStreamAgent', 'Agents::TwitterUserAgent', 'Agents::WebhookAgent',
                 'Agents::JavaScriptAgent', 'Agents::UserLocationAgent', 'Agents::WeatherAgent', 'Agents::TriggerAgent', 'Agents::HttpStatusAgent', 'Agents::EventFormattingAgent', 'Agents::DropboxWatchAgent');

INSERT INTO events (id, user_id, agent_id, lat, lng, payload, created_at, updated_at, expires_at)
SELECT e, p.user_id, p.id,
  CASE WHEN p.type = 'Agents::UserLocationAgent' THEN round((50.70 + fixture_gen.n('hevla', e, 4000) / 100000.0)::numeric, 10)
       WHEN p.type = 'Agents::TwitterStreamAgent' AND e % 4 = 0 THEN round((50.69 + fixture_gen.n('hevtla', e, 6000) / 100000.0)::numeric, 10) END,
  CASE WHEN p.type = 'Agents::UserLocationAgent' THEN round((-1.96 + fixture_gen.n('hevln', e, 9000) / 100000.0)::numeric, 10)
       WHEN p.type = 'Agents::TwitterStreamAgent' AND e % 4 = 0 THEN round((-1.99 + fixture_gen.n('hevtln', e, 12000) / 100000.0)::numeric, 10) END,
  CASE
    WHEN p.type = 'Agents::WebsiteAgent' AND p.options LIKE '%courtserve%' THEN json_build_object('defendant', upper(fixture_gen.full_name('hevd', e)), 'age', (18 + fixture_gen.n('heva', e, 60))::text,
        'town', fixture_gen.pick(ARRAY['Harbourside', 'Westmoor', 'Portland', 'Kingsbay', 'Swanmouth'], 'hevt', e),
        'offence', fixture_gen.pick(ARRAY['Drink driving', 'Assault by beating', 'Theft from a shop', 'Criminal damage', 'Speeding (104mph)', 'Possession of cannabis', 'Breach of restraining order', 'Fraud by false representation'], 'hevo', e),
        'court', 'Harbourside Magistrates'' Court', 'date', to_char(hgen.ts('hevdd', e), 'YYYY-MM-DD'))::text
    WHEN p.type = 'Agents::WebsiteAgent' AND p.options LIKE '%company-information%' THEN json_build_object('title', upper(fixture_gen.pick(ARRAY['Quayside', 'Harbour', 'Lighthouse', 'Anchor', 'Westmoor', 'Saltmarsh'], 'hevc1', e) || ' '
        || fixture_gen.pick(ARRAY['Bakery', 'Marine Services', 'Holdings', 'Cafe', 'Lettings', 'Consulting'], 'hevc2', e) || ' Ltd'), 'company_number', lpad(fixture_gen.digits('hevcn', e, 8), 8, '0'),
        'officer', fixture_gen.full_name('hevco', e), 'registered_office', fixture_gen.street('hevcs', e) || ', Harbourside', 'url', 'https://find-and-update.company-information.service.gov.example/company/' || fixture_gen.digits('hevcn', e, 8))::text
    WHEN p.type = 'Agents::WebsiteAgent' AND p.options LIKE '%newsapi%' THEN json_build_object('title', fixture_gen.pick(ARRAY['Harbourside marina plan approved', 'Ferry operator fined over safety breaches', 'New headteacher for Westmoor Academy', 'Record crowds at harbour festival'], 'hevn', e),
        'url', 'https://www.regional-news.example/articles/' || (300000 + e), 'author', fixture_gen.full_name('hevna', e))::text
    WHEN p.type = 'Agents::WebsiteAgent' THEN json_build_object('reference', (22 + e % 4) || '/' || lpad((e * 7)::text, 5, '0') || '/' || fixture_gen.pick(ARRAY['FUL', 'HOU', 'LBC', 'PREM', 'TPO'], 'hevr', e),
        'address', fixture_gen.street('heva', e) || ', Harbourside ' || fixture_gen.pick(ARRAY['HB1', 'HB2', 'HB4', 'WM3'], 'hevpc', e) || ' ' || fixture_gen.digits('hevpd', e, 1) || fixture_gen.chars('hevpe', e, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
        'proposal', fixture_gen.pick(ARRAY['Single storey rear extension', 'Loft conversion with rear dormer', 'Change of use to a house in multiple occupation', 'Erection of 14 dwellings', 'Fell one oak tree (T3)'], 'hevpp', e),
        'url', 'https://planning.harbourside.gov.example/online-applications/applicationDetails.do?keyVal=' || upper(hgen.tok('hevkv', e, 13)))::text
    WHEN p.type = 'Agents::RssAgent' THEN json_build_object('id', 'https://www.harbourside-police.example/news/' || (2024000 + e), 'url', 'https://www.harbourside-police.example/news/' || (2024000 + e),
        'title', CASE WHEN e % 3 = 0 THEN 'Appeal to find missing ' || fixture_gen.full_name('hevm', e) || ', ' || (14 + fixture_gen.n('hevma', e, 70)) || ', from ' || fixture_gen.pick(ARRAY['Westmoor', 'Kingsbay', 'Harbourside'], 'hevmt', e)
                      ELSE fixture_gen.pick(ARRAY['Road safety week begins', 'Fire crews tackle heath blaze', 'Council announces new recycling rules', 'Flood warning for the lower town'], 'hevrt', e) END,
        'description', 'Read the full release on our website.', 'published', to_char(hgen.ts('hevpub', e), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'authors', json_build_array('Corporate Communications'))::text
    WHEN p.type = 'Agents::ImapFolderAgent' THEN json_build_object('message_id', '<CA' || hgen.tok('hevmid', e, 40) || '@mail.gmail.com>', 'folder', 'INBOX',
        'subject', fixture_gen.pick(ARRAY['Story for you', 'Tip', 'Council cover-up?', 'Re: your article on the ferry', 'Press release: harbour festival', 'Complaint about bins'], 'hevsu', e),
        'from', fixture_gen.full_name('hevfr', e) || ' <' || fixture_gen.email('hevfr', e) || '>', 'to', json_build_array('tips@harbourside-courier.example'), 'cc', json_build_array(),
        'date', to_char(hgen.ts('hevdt', e), 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'), 'mime_type', 'text/plain', 'body', hgen.tip('hevbody', e), 'has_attachment', e % 5 = 0, 'matches', json_build_object(),
        'headers', json_build_object('Reply-To', fixture_gen.email('hevfr', e), 'X-Originating-IP', '[' || fixture_gen.ipv4('hevxo', e) || ']'))::text
    WHEN p.type IN ('Agents::TwitterStreamAgent', 'Agents::TwitterUserAgent') THEN json_build_object('id_str', '17' || fixture_gen.digits('hevtw', e, 17), 'text', hgen.tweet('hevtx', e),
        'created_at', to_char(hgen.ts('hevtc', e), 'Dy Mon DD HH24:MI:SS +0000 YYYY'), 'lang', 'en',
        'user', json_build_object('id_str', '1' || fixture_gen.digits('hevtu', e, 9), 'screen_name', CASE WHEN p.type = 'Agents::TwitterUserAgent' THEN substr(p.name, 12) ELSE fixture_gen.ascii(fixture_gen.first_name('hevsn', e)) || '_' || fixture_gen.ascii(fixture_gen.last_name('hevsn', e)) END,
             'name', fixture_gen.full_name('hevsn', e), 'location', fixture_gen.pick(ARRAY['Harbourside', 'Westmoor, UK', '', 'Dorset'], 'hevloc', e)),
        'filter', 'harbourside council')::text
    WHEN p.type = 'Agents::WebhookAgent' THEN json_build_object('name', fixture_gen.full_name('hevwn', e), 'email', fixture_gen.email('hevwn', e), 'phone', fixture_gen.phone('hevwp', e),
        'town', fixture_gen.pick(ARRAY['Harbourside', 'Westmoor', 'Kingsbay', 'Swanmouth'], 'hevwt', e), 'message', hgen.tip('hevwm', e), 'consent_to_publish', CASE WHEN e % 2 = 0 THEN 'yes' ELSE 'no' END,
        'photo', CASE WHEN e % 3 = 0 THEN 'https://forms.harbourside-courier.example/uploads/' || fixture_gen.uuid('hevwu', e) || '/IMG_' || (4000 + e) || '.jpg' END)::text
    WHEN p.type = 'Agents::JavaScriptAgent' AND p.name LIKE 'Strava%' THEN json_build_object('segment', 'Quay to Lighthouse', 'entries', json_build_array(
        json_build_object('athlete_name', fixture_gen.first_name('hevs1', e) || ' ' || left(fixture_gen.last_name('hevs1', e), 1) || '.', 'elapsed_time', 300 + fixture_gen.n('hevse', e, 200), 'rank', 1),
        json_build_object('athlete_name', fixture_gen.first_name('hevs2', e) || ' ' || left(fixture_gen.last_name('hevs2', e), 1) || '.', 'elapsed_time', 510 + fixture_gen.n('hevsf', e, 200), 'rank', 2)))::text
    WHEN p.type = 'Agents::JavaScriptAgent' THEN json_build_object('from', fixture_gen.full_name('hevfr', e) || ' <' || fixture_gen.email('hevfr', e) || '>', 'subject', 'Tip', 'preview', left(hgen.tip('hevbody', e), 280))::text
    WHEN p.type = 'Agents::UserLocationAgent' THEN json_build_object('latitude', round((50.70 + fixture_gen.n('hevla', e, 4000) / 100000.0)::numeric, 6)::text, 'longitude', round((-1.96 + fixture_gen.n('hevln', e, 9000) / 100000.0)::numeric, 6)::text,
        'accuracy', (5 + fixture_gen.n('hevacc', e, 40))::text, 'speed', '0', 'altitude', (2 + fixture_gen.n('hevalt', e, 60))::text, 'battery', (20 + fixture_gen.n('hevbat', e, 80))::text,
        'device', fixture_gen.pick(ARRAY['Pixel 8', 'iPhone 14', 'Galaxy S23'], 'hevdev', e), 'timestamp', extract(epoch FROM hgen.ts('hevts', e))::bigint)::text
    WHEN p.type = 'Agents::WeatherAgent' THEN json_build_object('date', json_build_object('epoch', extract(epoch FROM hgen.ts('hevwd', e))::bigint, 'pretty', to_char(hgen.ts('hevwd', e), 'HH:MI AM "BST on" FMMonth DD, YYYY')),
        'high', json_build_object('celsius', (8 + fixture_gen.n('hevhi', e, 18))::text), 'low', json_build_object('celsius', (1 + fixture_gen.n('hevlo', e, 12))::text),
        'conditions', fixture_gen.pick(ARRAY['Light rain', 'Sunny intervals', 'Overcast', 'Fog patches', 'Heavy showers'], 'hevcond', e), 'avewind', json_build_object('mph', 4 + fixture_gen.n('hevwi', e, 30)),
        'location', '50.7192,-1.8808')::text
    WHEN p.type = 'Agents::TriggerAgent' THEN json_build_object('message', 'Watched name in today''s list: ' || upper(fixture_gen.full_name('hevtrg', e)), 'defendant', upper(fixture_gen.full_name('hevtrg', e)),
        'age', (18 + fixture_gen.n('hevtra', e, 50))::text, 'offence', fixture_gen.pick(ARRAY['Drink driving', 'Assault by beating', 'Fraud by false representation'], 'hevtro', e))::text
    WHEN p.type = 'Agents::HttpStatusAgent' THEN json_build_object('url', 'https://planning.harbourside.gov.example/online-applications/', 'response_received', true, 'elapsed_time', round((0.1 + fixture_gen.n('hevel', e, 300) / 100.0)::numeric, 2),
        'status', fixture_gen.pick(ARRAY['200', '200', '200', '503', '302'], 'hevst', e), 'headers', json_build_object('Server', 'Microsoft-IIS/10.0'))::text
    WHEN p.type = 'Agents::EventFormattingAgent' THEN json_build_object('message', CASE WHEN e % 2 = 0 THEN 'Tip from ' || fixture_gen.full_name('hevfr', e) || ' <' || fixture_gen.email('hevfr', e) || '>: Story for you'
        ELSE 'New planning application ' || (22 + e % 4) || '/' || lpad((e * 7)::text, 5, '0') || '/HOU at ' || fixture_gen.street('hevfa', e) END)::text
    ELSE json_build_object('added', json_build_array(json_build_object('path', '/Readers photos/IMG_' || (5000 + e) || ' from ' || fixture_gen.full_name('hevdb', e) || '.jpg', 'rev', fixture_gen.hexn('hevdr', e, 12),
        'modified', to_char(hgen.ts('hevdm', e), 'Dy, DD Mon YYYY HH24:MI:SS +0000'))), 'removed', json_build_array(), 'updated', json_build_array())::text
  END,
  hgen.ts('hevcr', e), hgen.ts('hevcr', e),
  CASE WHEN p.keep_events_for > 0 THEN hgen.ts('hevcr', e) + make_interval(secs => p.keep_events_for) END
FROM generate_series(1, 720) e
JOIN hgen.prod p ON p.r = (e * 7 + fixture_gen.n('hevp', e, 3)) % (SELECT count(*) FROM hgen.prod);

-- ---------------------------------------------------------------- agent_logs
CREATE TABLE agent_logs (
    id serial PRIMARY KEY,
    agent_id integer NOT NULL,
    message text NOT NULL,
    level integer DEFAULT 3 NOT NULL,
    inbound_event_id integer,
    outbound_event_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO agent_logs (id, agent_id, message, level, inbound_event_id, outbound_event_id, created_at, updated_at)
SELECT l, a.id,
  CASE
    WHEN a.type = 'Agents::WebsiteAgent' AND l % 5 = 0 THEN 'Error when fetching url: 503 Service Unavailable' || E'\n' || '/app/app/models/agents/website_agent.rb:396:in `check_url''' || E'\n' || '/app/app/concerns/web_request_concern.rb:140:in `block in faraday'''
    WHEN a.type = 'Agents::WebsiteAgent' THEN 'Fetching ' || substring(a.options FROM '"url" : "([^"]+)"')
    WHEN a.type = 'Agents::ImapFolderAgent' AND l % 4 = 0 THEN 'Error: Net::IMAP::NoResponseError: [AUTHENTICATIONFAILED] Authentication failed.'
    WHEN a.type = 'Agents::ImapFolderAgent' THEN 'Emitting an event for mail: <CA' || hgen.tok('halmid', l, 40) || '@mail.gmail.com> from ' || fixture_gen.full_name('halfr', l) || ' <' || fixture_gen.email('halfr', l) || '>'
    WHEN a.type IN ('Agents::EmailAgent', 'Agents::EmailDigestAgent') AND l % 6 = 0 THEN 'Error: Net::SMTPFatalError: 550 5.1.1 <' || fixture_gen.email('halbo', l) || '>: Recipient address rejected: User unknown in virtual mailbox table'
    WHEN a.type IN ('Agents::EmailAgent', 'Agents::EmailDigestAgent') THEN 'Sent mail to ' || substring(a.options FROM '"recipients" : \["([^"]+)"') || ' with event ' || (l * 3)
    WHEN a.type = 'Agents::PostAgent' AND l % 3 = 0 THEN 'Error: Faraday::ConnectionFailed: Failed to open TCP connection: ' || substring(a.options FROM '"post_url" : "([^"]+)"')
    WHEN a.type = 'Agents::PostAgent' THEN 'Sending POST request to ' || split_part(substring(a.options FROM '"post_url" : "([^"]+)"'), '/', 3)
    WHEN a.type = 'Agents::TwilioAgent' THEN 'Sent SMS to ' || substring(a.options FROM '"receiver_cell" : "([^"]+)"') || ': Court alert: ' || upper(fixture_gen.full_name('haltw', l)) || ' listed today'
    WHEN a.type = 'Agents::WebhookAgent' THEN 'Received webhook from ' || fixture_gen.ipv4('halwh', l) || ' (' || hgen.ua('halua', l) || ')'
    WHEN a.type = 'Agents::UserLocationAgent' THEN 'Location ' || round((50.70 + fixture_gen.n('hallat', l, 4000) / 100000.0)::numeric, 5) || ',' || round((-1.96 + fixture_gen.n('hallng', l, 9000) / 100000.0)::numeric, 5) || ' ignored, accuracy ' || (60 + l % 40) || 'm > max_accuracy'
    WHEN a.type = 'Agents::JavaScriptAgent' AND l % 2 = 0 THEN 'Error: ReferenceError: payload is not defined at <anonymous>:1:40'
    WHEN a.type = 'Agents::JavaScriptAgent' THEN 'Refreshed Strava token for athlete ' || (40000000 + l) || ': 200 OK'
    WHEN a.type = 'Agents::TwitterStreamAgent' THEN 'Twitter stream: connected, tracking 4 filters'
    WHEN a.type = 'Agents::TwitterUserAgent' THEN 'Error: Twitter::Error::Unauthorized: Invalid or expired token.'
    WHEN a.type = 'Agents::WeatherAgent' THEN 'Weather service returned 429 Too Many Requests'
    WHEN a.type = 'Agents::SlackAgent' THEN 'Error: Slack::Notifier::APIError: channel_not_found'
    WHEN a.type = 'Agents::DropboxWatchAgent' THEN 'Error: Dropbox::API::Error: expired_access_token'
    WHEN a.type = 'Agents::TriggerAgent' THEN 'Rule matched, emitting event'
    ELSE 'Event received and processed' END,
  3,
  CASE WHEN l % 3 = 1 THEN 1 + l % 720 END,
  CASE WHEN l % 3 = 2 THEN 1 + (l * 7) % 720 END,
  hgen.ts('halc', l), hgen.ts('halc', l)
FROM generate_series(1, 420) l
JOIN agents a ON a.id = 1 + (l * 11 + fixture_gen.n('hala', l, 5)) % 168;
UPDATE agent_logs SET level = 4 WHERE message LIKE 'Error%' OR message LIKE 'Weather service returned%';

-- ---------------------------------------------------------------- delayed_jobs
CREATE TABLE delayed_jobs (
    id serial PRIMARY KEY,
    priority integer DEFAULT 0,
    attempts integer DEFAULT 0,
    handler text,
    last_error text,
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    queue character varying(255)
);
CREATE INDEX delayed_jobs_priority ON delayed_jobs (priority, run_at);

CREATE FUNCTION hgen.ajob(cls text, args text, tag text, i bigint, queue text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'--- !ruby/object:ActiveJob::QueueAdapters::DelayedJobAdapter::JobWrapper\njob_data:\n  job_class: ' || cls
      || E'\n  job_id: ' || fixture_gen.uuid(tag, i) || E'\n  provider_job_id:\n  queue_name: ' || queue || E'\n  priority:\n  arguments:\n' || args
      || E'\n  executions: 0\n  exception_executions: {}\n  locale: en\n  timezone: UTC\n  enqueued_at: ''' || to_char(timestamp '2025-04-27 06:00:00' + make_interval(secs => fixture_gen.n('hdjc', i, 300000)), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || E'''\n'
$$;

INSERT INTO delayed_jobs (id, priority, attempts, handler, last_error, run_at, locked_at, failed_at, locked_by, created_at, updated_at, queue)
SELECT j,
  CASE WHEN j % 9 = 0 THEN 10 ELSE 0 END,
  CASE WHEN (j % 9 IN (0, 4) AND j % 2 = 1) OR (j % 9 NOT IN (0, 4) AND j % 7 = 0) THEN 1 + j % 24 ELSE 0 END,
  CASE j % 9
    WHEN 0 THEN hgen.ajob('ActionMailer::MailDeliveryJob', E'  - SystemMailer\n  - send_message\n  - deliver_now\n  - args:\n    - to:\n      - ' || s.email
        || E'\n      subject: Court list digest\n      headline: What the robots found\n      groups:\n      - title: Court watch\n        entries:\n        - Watched name in today''s list: ' || upper(fixture_gen.full_name('hdjm', j))
        || E'\n        - ''' || replace(hgen.tip('hdjt', j), '''', '''''') || E'''\n      _aj_ruby2_keywords:\n      - to\n      - subject\n      - headline\n      - groups\n    _aj_ruby2_keywords:\n    - args', 'hdj', j, 'mailers')
    WHEN 4 THEN hgen.ajob('ActionMailer::MailDeliveryJob', E'  - Devise::Mailer\n  - ' || CASE WHEN j % 2 = 0 THEN 'confirmation_instructions' ELSE 'reset_password_instructions' END
        || E'\n  - deliver_now\n  - args:\n    - _aj_globalid: gid://huginn/User/' || s.i || E'\n    - ' || hgen.u64('hdjtok', j, 20) || E'\n    - to: ' || s.email || E'\n      _aj_symbol_keys:\n      - to\n    _aj_ruby2_keywords:\n    - args', 'hdj', j, 'mailers')
    WHEN 1 THEN hgen.ajob('AgentReceiveJob', E'  - ' || (1 + j % 168) || E'\n  - ' || (1 + (j * 5) % 720), 'hdj', j, 'default')
    WHEN 2 THEN hgen.ajob('AgentPropagateJob', '  []', 'hdj', j, 'propagation')
    WHEN 3 THEN hgen.ajob('AgentCleanupExpiredJob', '  []', 'hdj', j, 'default')
    ELSE hgen.ajob('AgentCheckJob', E'  - ' || (1 + (j * 3) % 168), 'hdj', j, 'default') END,
  CASE WHEN j % 9 IN (0, 4) AND j % 2 = 1 THEN 'Net::SMTPFatalError: 550 5.1.1 <' || CASE WHEN j % 9 = 4 THEN s.email ELSE fixture_gen.email('hdjbo', j) END || E'>: Recipient address rejected: User unknown\n/usr/local/bundle/gems/net-smtp-0.4.0/lib/net/smtp.rb:1088:in `check_response''\n/usr/local/bundle/gems/net-smtp-0.4.0/lib/net/smtp.rb:1056:in `getok''\n/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp_connection.rb:53:in `deliver!'''
       WHEN j % 9 NOT IN (0, 4) AND j % 7 = 0 THEN CASE j % 2
         WHEN 1 THEN E'Faraday::ConnectionFailed: Failed to open TCP connection to planning.harbourside.gov.example:443 (execution expired)\n/usr/local/bundle/gems/faraday-net_http-3.0.2/lib/faraday/adapter/net_http.rb:66:in `rescue in call''\n/app/app/concerns/web_request_concern.rb:140:in `block in faraday'''
         ELSE E'Delayed::WorkerTimeout: execution expired (Delayed::Worker.max_run_time is only 7200 seconds)\n/usr/local/bundle/gems/delayed_job-4.1.11/lib/delayed/worker.rb:238:in `rescue in run''' END END,
  timestamp '2025-04-28 06:00:00' + make_interval(secs => fixture_gen.n('hdjr', j, 300000)),
  CASE WHEN j % 11 = 0 THEN timestamp '2025-04-28 06:00:00' + make_interval(secs => fixture_gen.n('hdjl', j, 300000)) END,
  CASE WHEN j % 9 NOT IN (0, 4) AND j % 7 = 0 AND j % 3 = 0 THEN timestamp '2025-04-27 06:00:00' + make_interval(secs => fixture_gen.n('hdjf', j, 300000)) END,
  CASE WHEN j % 11 = 0 THEN 'host:huginn-worker-' || (1 + j % 3) || ' pid:' || (200 + fixture_gen.n('hdjpid', j, 30000)) END,
  timestamp '2025-04-27 06:00:00' + make_interval(secs => fixture_gen.n('hdjc', j, 300000)), timestamp '2025-04-28 06:00:00' + make_interval(secs => fixture_gen.n('hdju', j, 300000)),
  CASE j % 9 WHEN 0 THEN 'mailers' WHEN 4 THEN 'mailers' WHEN 2 THEN 'propagation' ELSE 'default' END
FROM generate_series(1, 130) j JOIN hgen.st s ON s.i = 1 + (j * 7) % 45;

-- ---------------------------------------------------------------- Rails bookkeeping
CREATE TABLE schema_migrations (
    version character varying(255) NOT NULL PRIMARY KEY
);
INSERT INTO schema_migrations
SELECT to_char(timestamp '2013-03-03 12:00:00' + make_interval(days => k * 41) + make_interval(secs => fixture_gen.n('hsm', k, 86400)), 'YYYYMMDDHH24MISS') FROM generate_series(1, 95) k;

CREATE TABLE ar_internal_metadata (
    key character varying NOT NULL PRIMARY KEY,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2019-06-01 08:55:10', '2019-06-01 08:55:10'),
    ('schema_sha1', fixture_gen.hexn('hsha', 1, 40), '2019-06-01 08:55:10', '2025-01-14 09:00:00');

-- ================================================================ the desk's own tables (not Huginn's)
CREATE SCHEMA desk;

CREATE TABLE desk.staff (
    id serial PRIMARY KEY,
    huginn_user_id integer,
    full_name text NOT NULL,
    email text NOT NULL,
    phone_mobile text,
    desk_name text,
    job_title text,
    slack_member_id text,
    signal_number text,
    pgp_fingerprint text,
    on_call_rota text,
    started_on date,
    left_on date,
    emergency_contact text,
    home_postcode text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO desk.staff
SELECT s.i, s.i, s.first || ' ' || s.last, s.email, s.phone, s.desk, s.title,
       'U0' || upper(hgen.tok('dssl', s.i, 9)),
       CASE WHEN s.i % 3 = 0 THEN '+44 7' || fixture_gen.digits('dssg', s.i, 3) || ' ' || fixture_gen.digits('dssh', s.i, 6) END,
       CASE WHEN s.i % 4 = 1 THEN upper(regexp_replace(fixture_gen.hexn('dspgp', s.i, 40), '(.{4})', '\1 ', 'g')) END,
       (ARRAY['weekday early', 'weekday late', 'weekend', 'none', 'courts cover'])[1 + s.i % 5],
       s.joined::date, CASE WHEN s.i = 41 THEN date '2024-09-30' WHEN s.i = 36 THEN date '2023-12-22' END,
       CASE WHEN s.i % 2 = 0 THEN fixture_gen.full_name('dsec', s.i) || ' (' || fixture_gen.pick(ARRAY['partner', 'mother', 'father', 'sister', 'husband', 'wife'], 'dser', s.i) || ') ' || fixture_gen.phone('dsep', s.i) END,
       fixture_gen.pick(ARRAY['HB1', 'HB2', 'HB4', 'WM3', 'KB7'], 'dspc', s.i) || ' ' || fixture_gen.digits('dspd', s.i, 1) || fixture_gen.chars('dspe', s.i, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       s.joined, s.joined + interval '400 days'
FROM hgen.st s;

CREATE TABLE desk.digests (
    id serial PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    title text NOT NULL,
    description text,
    from_name text NOT NULL,
    from_email text NOT NULL,
    reply_to text,
    agent_id integer,
    send_schedule text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO desk.digests VALUES
 (1, 'planning', 'Planning Watch', 'Every planning application in Harbourside and Westmoor, every Monday.', 'Harbourside Courier Data Desk', 'datadesk@harbourside-courier.example', 'planning@harbourside-courier.example', 5, 'Mon 07:00', '2020-02-01 10:00:00', '2024-01-10 10:00:00'),
 (2, 'courts', 'Court Roundup', 'Who is up before the magistrates this week.', 'Harbourside Courier Courts', 'courts@harbourside-courier.example', 'courts@harbourside-courier.example', 29, 'daily 06:30', '2020-03-01 10:00:00', '2024-02-10 10:00:00'),
 (3, 'business', 'Business Morning', 'New companies, insolvencies, planning for shops and offices.', 'Harbourside Courier Business', 'business@harbourside-courier.example', NULL, 53, 'weekdays 07:30', '2021-05-01 10:00:00', '2024-03-10 10:00:00'),
 (4, 'overnight', 'Overnight', 'Police, fire and coastguard overnight.', 'Harbourside Courier Newsdesk', 'newsdesk@harbourside-courier.example', NULL, 77, 'daily 06:00', '2021-09-01 10:00:00', '2024-04-10 10:00:00'),
 (5, 'foi', 'FOI Friday', 'Replies to freedom of information requests, ours and others''.', 'Harbourside Courier Data Desk', 'datadesk@harbourside-courier.example', 'foi@harbourside-courier.example', 101, 'Fri 12:00', '2022-01-01 10:00:00', '2024-05-10 10:00:00');

CREATE TABLE desk.digest_subscribers (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    first_name text,
    last_name text,
    organisation text,
    job_title text,
    postcode text,
    lists text[] NOT NULL DEFAULT '{}',
    frequency text NOT NULL DEFAULT 'as_sent',
    confirm_token text,
    unsubscribe_token text NOT NULL,
    confirmed_at timestamp without time zone,
    unsubscribed_at timestamp without time zone,
    signup_ip inet,
    signup_user_agent text,
    signup_source text,
    referrer_url text,
    locale text DEFAULT 'en-GB',
    time_zone text DEFAULT 'Europe/London',
    bounce_count integer NOT NULL DEFAULT 0,
    last_sent_at timestamp without time zone,
    notes text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO desk.digest_subscribers
SELECT k, fixture_gen.email('dsub', k), fixture_gen.first_name('dsub', k), fixture_gen.last_name('dsub', k),
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Harbourside Borough Council', 'Westmoor Estates', 'Quayside Architects LLP', 'Harbourside Residents'' Association', 'Dorset Wildlife Trust', 'Kingsbay Solicitors', 'Self-employed'], 'dsuo', k) END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Planning Officer', 'Director', 'Architect', 'Chair', 'Solicitor', 'Researcher', 'Estate Agent'], 'dsuj', k) END,
       CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['HB1', 'HB2', 'HB4', 'WM3', 'KB7'], 'dsup', k) || ' ' || fixture_gen.digits('dsuq', k, 1) || fixture_gen.chars('dsur', k, 2, 'ABDEFGHJLNPQRSTUWXYZ') END,
       string_to_array((ARRAY['planning', 'courts', 'planning,business', 'overnight', 'foi,planning', 'business'])[1 + k % 6], ','),
       (ARRAY['as_sent', 'weekly', 'as_sent', 'monthly'])[1 + k % 4],
       CASE WHEN k % 10 = 7 THEN hgen.u64('dsuct', k, 32) END,
       hgen.u64('dsuut', k, 32),
       CASE WHEN k % 10 <> 7 THEN hgen.ts('dsucr', k) + interval '7 minutes' END,
       CASE WHEN k % 9 = 4 THEN hgen.ts('dsucr', k) + make_interval(days => 30 + fixture_gen.n('dsuun', k, 400)) END,
       hgen.ip('dsuip', k)::inet, hgen.ua('dsuua', k),
       fixture_gen.pick(ARRAY['homepage footer', 'article inline box', 'planning page', 'facebook ad', 'import 2020'], 'dsus', k),
       CASE WHEN k % 4 = 1 THEN 'https://www.harbourside-courier.example/news/' || (20000 + k * 3) || '-' || fixture_gen.pick(ARRAY['marina-plan-approved', 'ferry-fares-rise', 'new-school-for-westmoor', 'harbour-festival-returns'], 'dsuref', k) END,
       'en-GB', 'Europe/London', CASE WHEN k % 17 = 3 THEN 1 + k % 4 ELSE 0 END,
       timestamp '2025-04-21 07:00:00' + make_interval(days => k % 5),
       CASE WHEN k % 11 = 2 THEN fixture_gen.pick(ARRAY['Asked by phone to be removed from courts list only.', 'Councillor; do not send embargoed items.',
            'Complained about a story on her son''s case, see correction #12.', 'Works at the council press office, uses personal address.', 'Wants the paper edition too, call him on ' || fixture_gen.phone('dsun', k)], 'dsunt', k) END,
       hgen.ts('dsucr', k), hgen.ts('dsucr', k) + interval '30 days'
FROM generate_series(1, 260) k;

CREATE TABLE desk.digest_deliveries (
    id bigserial PRIMARY KEY,
    digest_id integer NOT NULL,
    subscriber_id integer NOT NULL,
    sent_at timestamp without time zone NOT NULL,
    provider_message_id text,
    status text NOT NULL,
    opened_at timestamp without time zone,
    open_ip inet,
    open_user_agent text,
    clicked_url text,
    bounce_code text,
    bounce_message text,
    event_id integer,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.digest_deliveries
SELECT d, 1 + d % 5, 1 + (d * 7) % 260, timestamp '2025-03-01 07:00:00' + make_interval(days => d / 10, secs => d % 10),
       '<' || to_char(timestamp '2025-03-01 07:00:00' + make_interval(days => d / 10), 'YYYYMMDDHH24MISS') || '.' || fixture_gen.hexn('dddm', d, 16) || '@mg.harbourside-courier.example>',
       CASE WHEN d % 23 = 5 THEN 'bounced' WHEN d % 3 = 0 THEN 'opened' ELSE 'delivered' END,
       CASE WHEN d % 3 = 0 AND d % 23 <> 5 THEN timestamp '2025-03-01 08:00:00' + make_interval(days => d / 10, secs => fixture_gen.n('dddo', d, 40000)) END,
       CASE WHEN d % 3 = 0 AND d % 23 <> 5 THEN hgen.ip('dddip', d)::inet END,
       CASE WHEN d % 3 = 0 AND d % 23 <> 5 THEN hgen.ua('dddua', d) END,
       CASE WHEN d % 6 = 0 AND d % 23 <> 5 THEN 'https://www.harbourside-courier.example/news/' || (20000 + d) || '?utm_source=digest&utm_medium=email' END,
       CASE WHEN d % 23 = 5 THEN '550' END,
       CASE WHEN d % 23 = 5 THEN '5.1.1 <' || fixture_gen.email('dsub', 1 + (d * 7) % 260) || '>: Recipient address rejected: User unknown' END,
       1 + d % 720, timestamp '2025-03-01 07:00:00' + make_interval(days => d / 10)
FROM generate_series(1, 400) d;

CREATE TABLE desk.bounces (
    id serial PRIMARY KEY,
    email text NOT NULL,
    reason text NOT NULL,
    diagnostic_code text,
    provider text NOT NULL,
    suppressed_at timestamp without time zone NOT NULL
);
INSERT INTO desk.bounces
SELECT k, fixture_gen.email('dsub', 1 + (k * 31) % 260), (ARRAY['hard_bounce', 'complaint', 'unsubscribed', 'hard_bounce'])[1 + k % 4],
       CASE WHEN k % 4 IN (0, 3) THEN 'smtp; 550 5.1.1 The email account that you tried to reach does not exist' END, 'mailgun', hgen.ts('dbos', k)
FROM generate_series(1, 40) k;

CREATE TABLE desk.mailgun_events (
    id bigserial PRIMARY KEY,
    event_type text NOT NULL,
    recipient text NOT NULL,
    payload jsonb NOT NULL,
    received_at timestamp without time zone NOT NULL
);
INSERT INTO desk.mailgun_events
SELECT k, (ARRAY['delivered', 'opened', 'clicked', 'failed', 'complained'])[1 + k % 5], fixture_gen.email('dsub', 1 + (k * 13) % 260),
       jsonb_build_object('event', (ARRAY['delivered', 'opened', 'clicked', 'failed', 'complained'])[1 + k % 5], 'recipient', fixture_gen.email('dsub', 1 + (k * 13) % 260),
         'timestamp', extract(epoch FROM hgen.ts('dmge', k))::bigint, 'ip', fixture_gen.ipv4('dmgip', k),
         'geolocation', jsonb_build_object('country', 'GB', 'region', fixture_gen.pick(ARRAY['Dorset', 'Hampshire', 'Devon'], 'dmgr', k), 'city', fixture_gen.pick(ARRAY['Harbourside', 'Westmoor', 'Poole', 'Bournemouth'], 'dmgc', k)),
         'client-info', jsonb_build_object('user-agent', hgen.ua('dmgua', k), 'device-type', 'desktop'),
         'message', jsonb_build_object('headers', jsonb_build_object('message-id', fixture_gen.hexn('dmgm', k, 16) || '@mg.harbourside-courier.example', 'subject', 'Planning Watch: 14 new applications')),
         'tags', jsonb_build_array('digest')),
       hgen.ts('dmge', k)
FROM generate_series(1, 200) k;

CREATE TABLE desk.newsletter_clicks (
    id bigserial PRIMARY KEY,
    delivery_id bigint NOT NULL,
    url text NOT NULL,
    clicked_at timestamp without time zone NOT NULL,
    ip inet,
    user_agent text,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.newsletter_clicks
SELECT k, k * 6, 'https://www.harbourside-courier.example/news/' || (20000 + k * 6) || '?utm_source=digest&utm_medium=email', hgen.ts('dncl', k), hgen.ip('dncip', k)::inet, hgen.ua('dncua', k), hgen.ts('dncl', k)
FROM generate_series(1, 60) k;

-- The tip line's mail as the ImapFolderAgent's companion script stores it.
CREATE TABLE desk.inbound_emails (
    id bigserial PRIMARY KEY,
    mailbox text NOT NULL,
    message_id text NOT NULL,
    in_reply_to text,
    from_address text NOT NULL,
    from_name text,
    to_addresses text[] NOT NULL,
    cc_addresses text[],
    subject text,
    body_plain text,
    body_html text,
    headers jsonb,
    spam_score numeric(5,2),
    spf_result text,
    dkim_result text,
    sender_ip inet,
    attachment_names text[],
    attachments_bytes bigint,
    raw_path text,
    imap_uid integer,
    agent_id integer,
    event_id integer,
    received_at timestamp without time zone NOT NULL,
    processed_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.inbound_emails
SELECT k, CASE WHEN k % 4 = 0 THEN 'corrections@harbourside-courier.example' ELSE 'tips@harbourside-courier.example' END,
       '<CA' || hgen.tok('dimid', k, 40) || '@mail.gmail.com>',
       CASE WHEN k % 5 = 2 THEN '<' || fixture_gen.uuid('dirt', k) || '@harbourside-courier.example>' END,
       fixture_gen.email('dife', k), CASE WHEN k % 6 <> 0 THEN fixture_gen.full_name('dife', k) END,
       CASE WHEN k % 4 = 0 THEN ARRAY['corrections@harbourside-courier.example'] ELSE ARRAY['tips@harbourside-courier.example'] END,
       CASE WHEN k % 7 = 3 THEN ARRAY[fixture_gen.email('dicc', k), (SELECT email FROM hgen.st WHERE i = 1 + k % 45)] END,
       fixture_gen.pick(ARRAY['Story for you', 'Tip', 'Council cover-up?', 'Re: your article on the ferry', 'Press release: harbour festival', 'Complaint about bins', 'Correction request', 'Urgent - please read'], 'disu', k),
       hgen.tip('dibo', k) || E'\n\n' || CASE WHEN k % 3 = 0 THEN fixture_gen.full_name('dife', k) || E'\n' || fixture_gen.phone('disig', k) ELSE 'Sent from my iPhone' END,
       CASE WHEN k % 2 = 0 THEN '<div dir="ltr"><p>' || hgen.tip('dibo', k) || '</p></div>' END,
       jsonb_build_object('Received', 'from mail-sor-f41.google.com (mail-sor-f41.google.com [' || fixture_gen.ipv4('diip', k) || '])', 'Return-Path', '<' || fixture_gen.email('dife', k) || '>',
           'From', coalesce(fixture_gen.full_name('dife', k), '') || ' <' || fixture_gen.email('dife', k) || '>', 'X-Mailer', fixture_gen.pick(ARRAY['iPhone Mail (21E236)', 'Microsoft Outlook 16.0', 'Gmail'], 'dixm', k),
           'Authentication-Results', 'mx.fastmail.com; spf=pass; dkim=pass'),
       round((fixture_gen.n('disp', k, 800) / 100.0)::numeric, 2), (ARRAY['pass', 'pass', 'softfail', 'none'])[1 + k % 4], (ARRAY['pass', 'pass', 'fail', 'none'])[1 + k % 4],
       fixture_gen.ipv4('diip', k)::inet,
       CASE WHEN k % 5 = 0 THEN ARRAY['IMG_' || (3000 + k) || '.jpg'] WHEN k % 5 = 1 THEN ARRAY['letter to ' || fixture_gen.full_name('diat', k) || '.pdf', 'payslip_' || replace(fixture_gen.full_name('dife', k), ' ', '_') || '.pdf'] END,
       CASE WHEN k % 5 IN (0, 1) THEN 20000 + fixture_gen.n('diab', k, 4000000) END,
       'inbound/' || to_char(hgen.ts('dirc', k), 'YYYY/MM/') || fixture_gen.hexn('dirp', k, 24) || '.eml',
       1600 + k, 4 + 24 * (k % 3), 1 + (k * 11) % 720,
       hgen.ts('dirc', k), hgen.ts('dirc', k) + make_interval(secs => 30 + fixture_gen.n('dipr', k, 900)), hgen.ts('dirc', k)
FROM generate_series(1, 180) k;

CREATE TABLE desk.tips (
    id serial PRIMARY KEY,
    inbound_email_id bigint,
    channel text NOT NULL,
    tipster_name text,
    tipster_contact text,
    tipster_phone text,
    anonymity_requested boolean NOT NULL DEFAULT false,
    summary text,
    body text,
    topic text,
    assigned_to text,
    status text NOT NULL,
    legal_review_notes text,
    follow_up_at date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO desk.tips
SELECT k, CASE WHEN k % 3 <> 2 THEN k END, (ARRAY['email', 'email', 'signal', 'web form', 'phone'])[1 + k % 5],
       CASE WHEN k % 4 <> 1 THEN fixture_gen.full_name('dife', k) END,
       CASE WHEN k % 5 = 2 THEN 'Signal ' || fixture_gen.phone('dtsg', k) ELSE fixture_gen.email('dife', k) END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.phone('dtph', k) END,
       k % 4 = 1,
       fixture_gen.pick(ARRAY['Ward closure at the hospital', 'Neighbour running business from home', 'Councillor conflict of interest', 'Crash at the quay', 'Charity run', 'Bin collections', 'Whistleblower at ferry terminal', 'Festival press release'], 'dibo', k),
       hgen.tip('dibo', k),
       (ARRAY['health', 'planning', 'politics', 'crime', 'community', 'council', 'business', 'events'])[1 + fixture_gen.n('dtto', k, 8)],
       (SELECT username FROM hgen.st WHERE i = 2 + k % 44),
       (ARRAY['new', 'assigned', 'in progress', 'published', 'spiked'])[1 + k % 5],
       CASE WHEN k % 6 = 0 THEN fixture_gen.pick(ARRAY['Legal: do not name the employer until we have a second source. Spoke to ' || fixture_gen.full_name('dtlr', k) || ' at Kingsbay Solicitors.',
            'Allegation against a named councillor; right of reply sent to ' || fixture_gen.email('dtlr', k) || '.', 'Contempt risk: trial listed for June, hold until verdict.', 'Fine to run, facts checked.'], 'dtln', k) END,
       CASE WHEN k % 5 IN (1, 2) THEN date '2025-05-01' + k % 40 END,
       hgen.ts('dirc', k), hgen.ts('dirc', k) + interval '2 days'
FROM generate_series(1, 120) k;

CREATE TABLE desk.court_listings (
    id bigserial PRIMARY KEY,
    court text NOT NULL,
    listing_date date NOT NULL,
    case_number text,
    defendant_name text NOT NULL,
    defendant_age integer,
    defendant_town text,
    offence text,
    hearing_type text,
    courtroom text,
    judge text,
    prosecutor text,
    outcome text,
    source_url text,
    event_id integer,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.court_listings
SELECT k, (ARRAY['Harbourside Magistrates'' Court', 'Westmoor Crown Court', 'Harbourside Coroner''s Court'])[1 + k % 3], date '2025-01-06' + k / 3,
       CASE k % 3 WHEN 1 THEN 'T2025' || lpad((k * 7)::text, 4, '0') WHEN 2 THEN 'INQ-' || (300 + k) ELSE '0' || fixture_gen.digits('dcln', k, 10) END,
       upper(fixture_gen.last_name('dcld', k)) || ', ' || fixture_gen.first_name('dcld', k),
       CASE WHEN k % 3 <> 2 THEN 18 + fixture_gen.n('dcla', k, 60) END,
       fixture_gen.pick(ARRAY['Harbourside', 'Westmoor', 'Portland', 'Kingsbay', 'Swanmouth'], 'dclt', k),
       CASE WHEN k % 3 = 2 THEN 'Inquest into the death' ELSE fixture_gen.pick(ARRAY['Drink driving', 'Assault by beating', 'Theft from a shop', 'Criminal damage', 'Speeding (104mph)', 'Possession of cannabis',
            'Breach of restraining order', 'Fraud by false representation'], 'dclo', k) END,
       CASE WHEN k % 3 = 2 THEN (ARRAY['Inquest opening', 'Inquest hearing', 'Pre-inquest review'])[1 + k % 3 + (k / 3) % 2] ELSE (ARRAY['First appearance', 'Trial', 'Sentence', 'Plea and trial preparation'])[1 + (k / 3) % 4] END,
       'Court ' || (1 + k % 4),
       CASE WHEN k % 3 = 1 THEN 'HHJ ' || fixture_gen.last_name('dclj', k % 5) WHEN k % 3 = 2 THEN 'Senior Coroner ' || fixture_gen.full_name('dclc', 1) ELSE 'District Judge ' || fixture_gen.full_name('dclj', k % 4) END,
       CASE WHEN k % 3 = 2 THEN NULL ELSE 'CPS Wessex' END,
       CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['Adjourned for reports', 'Remanded in custody', 'Fined £480, 12 points', 'Community order, 120 hours unpaid work',
            'Adjourned; defence solicitor ' || fixture_gen.full_name('dclso', k) || ' to obtain medical evidence', 'Conclusion: accidental death'], 'dclout', k) END,
       'https://www.courtserve.example/lists/' || (ARRAY['magistrates/harbourside', 'crown/westmoor', 'coroner/harbourside'])[1 + k % 3] || '/' || to_char(date '2025-01-06' + k / 3, 'YYYY-MM-DD'),
       1 + (k * 3) % 720, (date '2025-01-06' + k / 3) + time '06:05'
FROM generate_series(1, 300) k;

CREATE TABLE desk.planning_applications (
    id serial PRIMARY KEY,
    council text NOT NULL,
    reference text NOT NULL,
    site_address text NOT NULL,
    ward text,
    postcode text,
    applicant_name text,
    agent_name text,
    description text,
    received_date date,
    decision text,
    decision_date date,
    documents_url text,
    lat numeric(9,6),
    lng numeric(9,6),
    event_id integer,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.planning_applications
SELECT k, (ARRAY['Harbourside Borough Council', 'Westmoor District Council'])[1 + k % 2], (22 + k % 4) || '/' || lpad((k * 7)::text, 5, '0') || '/' || fixture_gen.pick(ARRAY['FUL', 'HOU', 'LBC', 'TPO', 'HOU'], 'dpar', k),
       fixture_gen.street('dpas', k) || ', ' || fixture_gen.pick(ARRAY['Harbourside', 'Westmoor', 'Kingsbay'], 'dpat', k),
       fixture_gen.pick(ARRAY['Quayside', 'Old Town', 'Lighthouse', 'Westmoor North', 'Kingsbay East', 'Swanmouth'], 'dpaw', k),
       fixture_gen.pick(ARRAY['HB1', 'HB2', 'HB4', 'WM3', 'KB7'], 'dpap', k) || ' ' || fixture_gen.digits('dpaq', k, 1) || fixture_gen.chars('dpar2', k, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       CASE WHEN k % 4 = 3 THEN fixture_gen.pick(ARRAY['Harbourside Marina Ltd', 'Westmoor Homes plc', 'Quayside Hotels Ltd'], 'dpaco', k) ELSE (ARRAY['Mr', 'Ms', 'Mrs', 'Dr', 'Mx'])[1 + k % 5] || ' ' || fixture_gen.full_name('dpan', k) END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Quayside Architects LLP', 'Lighthouse Planning Consultants', 'Anchor Design'], 'dpag', k) WHEN k % 3 = 1 THEN fixture_gen.full_name('dpaa', k) || ' RIBA' END,
       fixture_gen.pick(ARRAY['Single storey rear extension', 'Loft conversion with rear dormer', 'Change of use to a house in multiple occupation', 'Erection of 14 dwellings', 'Fell one oak tree (T3)',
            'Replacement windows (listed building)', 'Two storey side extension and new vehicular access'], 'dpad', k),
       date '2024-06-01' + k, CASE WHEN k % 3 = 0 THEN (ARRAY['Granted', 'Refused', 'Withdrawn', 'Granted with conditions'])[1 + k % 4] END,
       CASE WHEN k % 3 = 0 THEN date '2024-08-01' + k END,
       'https://planning.harbourside.gov.example/online-applications/applicationDetails.do?activeTab=documents&keyVal=' || upper(hgen.tok('dpak', k, 13)),
       round((50.70 + fixture_gen.n('dplat', k, 5000) / 100000.0)::numeric, 6), round((-1.99 + fixture_gen.n('dplng', k, 12000) / 100000.0)::numeric, 6),
       1 + (k * 5) % 720, timestamp '2024-06-02 07:00:00' + make_interval(days => k)
FROM generate_series(1, 220) k;

CREATE TABLE desk.councillors (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    ward text NOT NULL,
    party text,
    email text,
    phone text,
    twitter_handle text,
    term_start date,
    term_end date,
    notes text
);
INSERT INTO desk.councillors
SELECT k, fixture_gen.full_name('hagp', k), fixture_gen.pick(ARRAY['Quayside', 'Old Town', 'Lighthouse', 'Westmoor North', 'Kingsbay East', 'Swanmouth'], 'dcow', k),
       (ARRAY['Conservative', 'Labour', 'Liberal Democrat', 'Green', 'Independent'])[1 + k % 5],
       'cllr.' || fixture_gen.ascii(fixture_gen.last_name('hagq', k)) || '@harbourside.gov.example', fixture_gen.phone('dcop', k),
       'cllr_' || fixture_gen.ascii(fixture_gen.last_name('hagq', k)), date '2023-05-04', date '2027-05-06',
       CASE WHEN k % 5 = 1 THEN fixture_gen.pick(ARRAY['Prefers calls after 5pm; wife ' || fixture_gen.full_name('dcon', k) || ' answers the landline.', 'Register of interests lists land at the marina.', 'Declined to comment on the ferry story twice.'], 'dcoo', k) END
FROM generate_series(1, 42) k;

CREATE TABLE desk.watched_social_accounts (
    id serial PRIMARY KEY,
    platform text NOT NULL,
    handle text NOT NULL,
    display_name text,
    profile_url text,
    category text,
    notes text,
    agent_id integer,
    added_by text,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.watched_social_accounts
SELECT k, (ARRAY['twitter', 'twitter', 'mastodon', 'facebook', 'instagram'])[1 + k % 5],
       CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['HarbourPolice', 'WestmoorFire', 'HarboursideBC', 'SaveOurQuay', 'HbsideHospital'], 'dwah', k)
            ELSE fixture_gen.ascii(fixture_gen.first_name('dwan', k)) || '_' || fixture_gen.ascii(fixture_gen.last_name('dwan', k)) END,
       CASE WHEN k % 4 = 0 THEN fixture_gen.pick(ARRAY['Harbourside Police', 'Westmoor Fire & Rescue', 'Harbourside Council', 'Save Our Quay campaign', 'Harbourside Hospital'], 'dwah', k) ELSE fixture_gen.full_name('dwan', k) END,
       CASE WHEN k % 4 = 0 THEN 'https://twitter.com/' || fixture_gen.pick(ARRAY['HarbourPolice', 'WestmoorFire', 'HarboursideBC', 'SaveOurQuay', 'HbsideHospital'], 'dwah', k)
            ELSE 'https://twitter.com/' || fixture_gen.ascii(fixture_gen.first_name('dwan', k)) || '_' || fixture_gen.ascii(fixture_gen.last_name('dwan', k)) END,
       CASE WHEN k % 4 = 0 THEN 'organisation' ELSE (ARRAY['councillor', 'MP', 'campaigner', 'business owner', 'activist'])[1 + k % 5] END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Posts about the marina almost daily.', 'Often first with road closures.', 'Blocked our main account in 2023; follow from personal.', 'Partner of a cabinet member.'], 'dwno', k) END,
       8 + 24 * (k % 7), (SELECT username FROM hgen.st WHERE i = 2 + k % 44), hgen.ts('dwac', k)
FROM generate_series(1, 70) k;

CREATE TABLE desk.feed_sources (
    id serial PRIMARY KEY,
    title text NOT NULL,
    url text NOT NULL,
    kind text NOT NULL,
    category text,
    etag text,
    last_modified text,
    last_fetched_at timestamp without time zone,
    failure_count integer NOT NULL DEFAULT 0,
    agent_id integer,
    active boolean NOT NULL DEFAULT true,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.feed_sources
SELECT k, f.title, f.url, f.kind, f.cat, '"' || fixture_gen.hexn('dfet', k, 16) || '"', to_char(hgen.ts('dflm', k), 'Dy, DD Mon YYYY HH24:MI:SS "GMT"'),
       timestamp '2025-04-28 06:00:00' + make_interval(secs => fixture_gen.n('dflf', k, 90000)), CASE WHEN k % 5 = 0 THEN 1 + k % 9 ELSE 0 END, 3 + 24 * (k % 7), k % 9 <> 4, hgen.ts('dfcr', k)
FROM (VALUES (1, 'Harbourside Police news', 'https://www.harbourside-police.example/news/rss.xml', 'rss', 'crime'),
  (2, 'Westmoor Fire incidents', 'https://www.westmoor-fire.example/incidents/feed', 'rss', 'crime'),
  (3, 'Harbourside Council news', 'https://www.harbourside.gov.example/news/feed', 'rss', 'council'),
  (4, 'WhatDoTheyKnow: Harbourside Council', 'https://www.whatdotheyknow.example/feed/body/harbourside_council', 'atom', 'foi'),
  (5, 'Environment Agency', 'https://www.gov.example/search/news-and-communications.atom?organisations[]=environment-agency', 'atom', 'environment'),
  (6, 'Chamber of commerce', 'https://www.harbourside-chamber.example/feed', 'rss', 'business'),
  (7, 'Harbourside planning weekly list', 'https://planning.harbourside.gov.example/online-applications/search.do?action=weeklyList', 'html', 'planning'),
  (8, 'Westmoor planning weekly list', 'https://publicaccess.westmoor.gov.example/online-applications/search.do?action=weeklyList', 'html', 'planning'),
  (9, 'Magistrates list', 'https://www.courtserve.example/lists/magistrates/harbourside', 'html', 'courts'),
  (10, 'Crown court list', 'https://www.courtserve.example/lists/crown/westmoor', 'html', 'courts'),
  (11, 'Coroner listings', 'https://www.courtserve.example/lists/coroner/harbourside', 'html', 'courts'),
  (12, 'Met Office warnings SW', 'https://www.metoffice.example/public/data/PWSCache/WarningsRSS/Region/sw', 'rss', 'weather'),
  (13, 'Coastguard incidents', 'https://www.coastguard.example/incidents.rss', 'rss', 'crime'),
  (14, 'Harbourside Hospital news', 'https://www.harbourside-hospital.example/news/feed', 'rss', 'health'),
  (15, 'County league fixtures', 'https://fulltime.example/ListPublicFixtures.do?league=4411', 'html', 'sport'),
  (16, 'Companies House: new incorporations', 'https://api.company-information.service.gov.example/advanced-search/companies?location=harbourside', 'json', 'business'),
  (17, 'Election results', 'https://results.harbourside.gov.example/', 'html', 'politics'),
  (18, 'Funeral notices', 'https://funeral-notices.example/harbourside', 'html', 'notices')) f(k, title, url, kind, cat);

CREATE TABLE desk.foi_requests (
    id serial PRIMARY KEY,
    authority text NOT NULL,
    reference text,
    subject text NOT NULL,
    request_text text,
    requester_staff_id integer,
    submitted_at date NOT NULL,
    due_at date,
    response_text text,
    status text NOT NULL,
    whatdotheyknow_url text,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.foi_requests
SELECT k, (ARRAY['Harbourside Borough Council', 'Harbourside Police', 'Harbourside Hospital NHS Trust', 'Westmoor District Council', 'Environment Agency'])[1 + k % 5],
       CASE WHEN k % 3 <> 0 THEN 'FOI-' || (2024000 + k * 17) END,
       fixture_gen.pick(ARRAY['Marina land sale valuations', 'Police response times 2020-2024', 'Ward 7 staffing', 'Pothole compensation claims', 'Bathing water samples', 'Councillors'' expenses'], 'dfos', k),
       'Dear ' || (ARRAY['Harbourside Borough Council', 'Harbourside Police', 'Harbourside Hospital NHS Trust', 'Westmoor District Council', 'Environment Agency'])[1 + k % 5]
         || E',\n\nPlease provide, under the Freedom of Information Act 2000, ' || fixture_gen.pick(ARRAY['all valuations of the marina site since 2019', 'average response times by month', 'agency staff spend on ward 7', 'the number of pothole claims paid'], 'dfor', k)
         || E'.\n\nYours faithfully,\n' || (SELECT first || ' ' || last FROM hgen.st WHERE i = 2 + k % 44),
       2 + k % 44, date '2024-01-10' + k * 9, date '2024-01-10' + k * 9 + 28,
       CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Information attached. Please note we have redacted the names of junior staff under section 40(2).',
            'We hold the information but consider it exempt under section 43 (commercial interests). Contact ' || fixture_gen.full_name('dfoo', k) || ', Information Governance Officer, ' || fixture_gen.phone('dfop', k) || '.',
            'We do not hold this information.', 'Please see the attached spreadsheet.'], 'dfot', k) END,
       (ARRAY['awaiting response', 'successful', 'refused', 'partially successful', 'overdue'])[1 + k % 5],
       CASE WHEN k % 3 = 0 THEN 'https://www.whatdotheyknow.example/request/' || lower(replace(fixture_gen.pick(ARRAY['Marina land sale valuations', 'Police response times 2020-2024', 'Ward 7 staffing', 'Pothole compensation claims', 'Bathing water samples', 'Councillors'' expenses'], 'dfos', k), ' ', '_')) END,
       (date '2024-01-10' + k * 9) + time '10:00'
FROM generate_series(1, 48) k;

CREATE TABLE desk.outbound_sms (
    id bigserial PRIMARY KEY,
    agent_id integer,
    to_number text NOT NULL,
    from_number text NOT NULL,
    body text NOT NULL,
    twilio_sid text,
    status text NOT NULL,
    error_code integer,
    price numeric(8,4),
    segments integer,
    sent_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.outbound_sms
SELECT k, 12 + 24 * (k % 7), (SELECT phone FROM hgen.st WHERE i = 2 + (k * 3) % 44), '+44 7700 900' || lpad((100 + 12 + 24 * (k % 7))::text, 3, '0'),
       CASE k % 3 WHEN 0 THEN 'Court alert: ' || upper(fixture_gen.full_name('dsms', k)) || ' listed today, Harbourside Mags court 2'
                  WHEN 1 THEN 'New tip from ' || fixture_gen.full_name('dsmt', k) || ': ' || left(hgen.tip('dsmb', k), 80)
                  ELSE 'Site down: planning.harbourside.gov.example (503)' END,
       'SM' || fixture_gen.hexn('dsmsid', k, 32), (ARRAY['delivered', 'delivered', 'sent', 'failed', 'undelivered'])[1 + k % 5],
       CASE WHEN k % 5 IN (3, 4) THEN (ARRAY[30003, 30005, 30006])[1 + k % 3] END, round((0.04 + (k % 3) * 0.04)::numeric, 4), 1 + k % 3,
       hgen.ts('dsmt', k), hgen.ts('dsmt', k)
FROM generate_series(1, 150) k;

CREATE TABLE desk.reader_submissions (
    id bigserial PRIMARY KEY,
    event_id integer,
    name text,
    email text,
    phone text,
    town text,
    message text,
    photo_url text,
    photo_exif jsonb,
    consent_publish boolean,
    ip inet,
    user_agent text,
    submitted_at timestamp without time zone NOT NULL
);
INSERT INTO desk.reader_submissions
SELECT k, 1 + (k * 17) % 720, fixture_gen.full_name('drsn', k), fixture_gen.email('drsn', k), CASE WHEN k % 3 <> 1 THEN fixture_gen.phone('drsp', k) END,
       fixture_gen.pick(ARRAY['Harbourside', 'Westmoor', 'Kingsbay', 'Swanmouth'], 'drst', k), hgen.tip('drsm', k),
       CASE WHEN k % 2 = 0 THEN 'https://forms.harbourside-courier.example/uploads/' || fixture_gen.uuid('drsu', k) || '/IMG_' || (4000 + k) || '.jpg' END,
       CASE WHEN k % 2 = 0 THEN jsonb_build_object('Make', fixture_gen.pick(ARRAY['Apple', 'samsung', 'Google'], 'drsmk', k), 'Model', fixture_gen.pick(ARRAY['iPhone 14', 'SM-S918B', 'Pixel 8'], 'drsmk', k),
           'DateTimeOriginal', to_char(hgen.ts('drsd', k), 'YYYY:MM:DD HH24:MI:SS'),
           'GPSLatitude', round((50.70 + fixture_gen.n('drsla', k, 4000) / 100000.0)::numeric, 6), 'GPSLongitude', round((-1.96 + fixture_gen.n('drsln', k, 9000) / 100000.0)::numeric, 6),
           'Artist', CASE WHEN k % 6 = 0 THEN fixture_gen.full_name('drsn', k) END) END,
       k % 2 = 0, hgen.ip('drsip', k)::inet, hgen.ua('drsua', k), hgen.ts('drsd', k) + interval '20 minutes'
FROM generate_series(1, 140) k;

CREATE TABLE desk.corrections (
    id serial PRIMARY KEY,
    article_url text NOT NULL,
    requester_name text,
    requester_email text,
    requester_phone text,
    request_text text NOT NULL,
    editor_response text,
    status text NOT NULL,
    handled_by text,
    received_at timestamp without time zone NOT NULL,
    resolved_at timestamp without time zone
);
INSERT INTO desk.corrections
SELECT k, 'https://www.harbourside-courier.example/news/' || (20000 + k * 37) || '-' || fixture_gen.pick(ARRAY['marina-plan-approved', 'ferry-fares-rise', 'court-roundup', 'harbour-festival-returns', 'councillor-expenses'], 'dcoa', k),
       fixture_gen.full_name('dcrn', k), fixture_gen.email('dcrn', k), CASE WHEN k % 2 = 0 THEN fixture_gen.phone('dcrp', k) END,
       fixture_gen.pick(ARRAY['Your court report says I am 43 and live in Westmoor. I am 34 and I moved to Kingsbay in 2022. Please correct it, my employer has seen it.',
            'The article names my late father as Kwame Mensah; his name was Kwame Mensah-Owusu.', 'The photo caption on the festival story has the wrong band name.',
            'My son was acquitted, the report only mentions the charge. Please update it or remove his name.', 'The planning application is for a garage, not a second house.',
            'You quoted me without permission. I am ' || fixture_gen.full_name('dcrq', k) || ' and I never spoke to your reporter.'], 'dcrt', k),
       CASE WHEN k % 3 <> 2 THEN fixture_gen.pick(ARRAY['Corrected and a footnote added.', 'Checked against the court list; the report is accurate.', 'Name corrected, apology sent to the family.', 'Referred to the editor.'], 'dcre', k) END,
       (ARRAY['open', 'corrected', 'declined', 'corrected'])[1 + k % 4], (SELECT username FROM hgen.st WHERE i = 2 + (k * 5) % 44),
       hgen.ts('dcrr', k), CASE WHEN k % 4 <> 0 THEN hgen.ts('dcrr', k) + interval '3 days' END
FROM generate_series(1, 45) k;

CREATE TABLE desk.webhook_endpoints (
    id serial PRIMARY KEY,
    name text NOT NULL,
    url text NOT NULL,
    secret text,
    headers jsonb,
    owner_email text,
    last_status integer,
    last_called_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.webhook_endpoints VALUES
 (1, 'Slack #courts', 'https://hooks.slack.com/services/T0' || upper(hgen.tok('dwe1', 1, 8)) || '/B0' || upper(hgen.tok('dwe2', 1, 9)) || '/' || hgen.tok('dwe3', 1, 24), NULL, NULL, (SELECT email FROM hgen.st WHERE i = 2), 200, '2025-04-28 06:10:00', '2021-02-01 10:00:00'),
 (2, 'Teams editors', 'https://harboursidecourier.webhook.office.com/webhookb2/' || fixture_gen.uuid('dwe4', 2) || '@' || fixture_gen.uuid('hagpu', 1) || '/IncomingWebhook/' || fixture_gen.hexn('dwe5', 2, 32) || '/' || fixture_gen.uuid('dwe6', 2), NULL, NULL, (SELECT email FROM hgen.st WHERE i = 7), 200, '2025-04-28 07:00:00', '2022-03-01 10:00:00'),
 (3, 'CMS liveblog', 'https://cms.harbourside-courier.example/api/v2/liveblog/entries', NULL, jsonb_build_object('Authorization', 'Bearer ' || fixture_gen.jwt('dwe7', 3), 'Content-Type', 'application/json'), (SELECT email FROM hgen.st WHERE i = 1), 201, '2025-04-27 22:14:00', '2022-05-01 10:00:00'),
 (4, 'Zapier: tips to Airtable', 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('dwe8', 4, 7) || '/' || lower(hgen.tok('dwe9', 4, 7)) || '/', NULL, NULL, (SELECT email FROM hgen.st WHERE i = 3), 200, '2025-04-28 05:00:00', '2022-09-01 10:00:00'),
 (5, 'Readers form (Huginn WebhookAgent)', 'https://huginn.harbourside-courier.example/users/1/web_requests/11/' || hgen.tok('hagwh', 11, 24), hgen.tok('hagwh', 11, 24), NULL, (SELECT email FROM hgen.st WHERE i = 1), 201, '2025-04-28 08:00:00', '2021-01-01 10:00:00'),
 (6, 'Pager (on-call)', 'https://events.pagerduty.example/v2/enqueue', hgen.tok('dwe10', 6, 32), jsonb_build_object('X-Routing-Key', fixture_gen.hexn('dwe11', 6, 32)), 'datadesk-admin@harbourside-courier.example', 202, '2025-04-20 03:00:00', '2023-01-01 10:00:00'),
 (7, 'Mailgun webhook receiver', 'https://ops.harbourside-courier.example/mailgun/events', 'key-' || fixture_gen.hexn('dwe12', 7, 32), NULL, 'datadesk-admin@harbourside-courier.example', 200, '2025-04-28 08:01:00', '2021-04-01 10:00:00'),
 (8, 'Status page', 'https://status.harbourside-courier.example/api/incidents', NULL, jsonb_build_object('Accept', 'application/json'), 'datadesk-admin@harbourside-courier.example', 200, '2025-04-01 03:00:00', '2023-06-01 10:00:00');

CREATE TABLE desk.settings (
    id serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    value text,
    updated_by text,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO desk.settings (id, key, value, updated_by, updated_at) VALUES
 (1, 'smtp.host', 'smtp.mailgun.org', 'datadesk', '2021-04-01 10:00:00'),
 (2, 'smtp.port', '587', 'datadesk', '2021-04-01 10:00:00'),
 (3, 'smtp.user', 'postmaster@mg.harbourside-courier.example', 'datadesk', '2021-04-01 10:00:00'),
 (4, 'smtp.password', hgen.tok('dset4', 4, 32), 'datadesk', '2024-02-11 10:00:00'),
 (5, 'mailgun.api_key', 'key-' || fixture_gen.hexn('dset5', 5, 32), 'datadesk', '2024-02-11 10:00:00'),
 (6, 'mailgun.webhook_signing_key', fixture_gen.hexn('dset6', 6, 32), 'datadesk', '2024-02-11 10:00:00'),
 (7, 'twilio.account_sid', 'AC' || fixture_gen.hexn('huctsid', 1, 32), 'datadesk', '2022-01-11 10:00:00'),
 (8, 'twilio.auth_token', fixture_gen.hexn('dset8', 8, 32), 'datadesk', '2024-06-11 10:00:00'),
 (9, 'digest.footer', 'You get this because you signed up on harbourside-courier.example. Unsubscribe any time.', 'hannahobrien', '2023-03-01 10:00:00'),
 (10, 'digest.default_from', 'Harbourside Courier Data Desk <datadesk@harbourside-courier.example>', 'datadesk', '2021-04-01 10:00:00'),
 (11, 'tips.legal_contact', fixture_gen.full_name('dset11', 11) || ', Kingsbay Solicitors, ' || fixture_gen.phone('dset11', 11), 'datadesk', '2023-09-01 10:00:00'),
 (12, 'backup.s3_bucket', 'courier-huginn-backups', 'datadesk', '2021-04-01 10:00:00'),
 (13, 'backup.aws_secret_access_key', hgen.tok('dset13', 13, 40), 'datadesk', '2023-09-01 10:00:00'),
 (14, 'huginn.base_url', 'https://huginn.harbourside-courier.example', 'datadesk', '2019-06-01 10:00:00'),
 (15, 'huginn.invitation_code', 'courier-' || lower(hgen.tok('huic', 1, 10)), 'datadesk', '2021-01-01 10:00:00'),
 (16, 'retention.inbound_emails_days', '365', 'datadesk', '2022-01-01 10:00:00'),
 (17, 'oncall.phone', fixture_gen.phone('dset17', 17), 'datadesk', '2024-11-01 10:00:00'),
 (18, 'feature.sms_alerts', 'true', 'datadesk', '2022-01-11 10:00:00');

CREATE TABLE desk.audit_log (
    id bigserial PRIMARY KEY,
    actor text NOT NULL,
    action text NOT NULL,
    target_type text,
    target_id bigint,
    changes jsonb,
    ip inet,
    user_agent text,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.audit_log
SELECT k, (SELECT email FROM hgen.st WHERE i = 1 + (k * 7) % 45),
       (ARRAY['subscriber.update', 'subscriber.unsubscribe', 'tip.assign', 'setting.update', 'correction.resolve', 'export.csv'])[1 + k % 6],
       (ARRAY['desk.digest_subscribers', 'desk.digest_subscribers', 'desk.tips', 'desk.settings', 'desk.corrections', 'desk.digest_subscribers'])[1 + k % 6],
       1 + (k * 13) % 120,
       CASE k % 6
         WHEN 0 THEN jsonb_build_object('email', jsonb_build_array(fixture_gen.email('dalo', k), fixture_gen.email('daln', k)))
         WHEN 1 THEN jsonb_build_object('unsubscribed_at', jsonb_build_array(NULL, to_char(hgen.ts('dalc', k), 'YYYY-MM-DD"T"HH24:MI:SS')))
         WHEN 2 THEN jsonb_build_object('assigned_to', jsonb_build_array(NULL, (SELECT username FROM hgen.st WHERE i = 2 + k % 44)))
         WHEN 3 THEN jsonb_build_object('key', 'digest.footer', 'value', jsonb_build_array('[old]', '[new]'))
         WHEN 4 THEN jsonb_build_object('status', jsonb_build_array('open', 'corrected'))
         ELSE jsonb_build_object('rows', 260, 'filter', 'lists @> {planning}') END,
       hgen.ip('dalip', k)::inet, hgen.ua('dalua', k), hgen.ts('dalc', k)
FROM generate_series(1, 160) k;

CREATE TABLE desk.backup_runs (
    id serial PRIMARY KEY,
    host text NOT NULL,
    database_name text NOT NULL,
    s3_bucket text NOT NULL,
    s3_key text NOT NULL,
    bytes bigint,
    started_at timestamp without time zone NOT NULL,
    finished_at timestamp without time zone,
    status text NOT NULL,
    log text,
    triggered_by text NOT NULL
);
INSERT INTO desk.backup_runs
SELECT k, 'huginn-db-1.internal', 'huginn_production', 'courier-huginn-backups', 'daily/' || to_char(timestamp '2025-02-01 02:00:00' + make_interval(days => k), 'YYYY-MM-DD') || '/huginn_production.dump.gz',
       1800000000 + k * 3100000, timestamp '2025-02-01 02:00:00' + make_interval(days => k), timestamp '2025-02-01 02:00:00' + make_interval(days => k, secs => 600 + fixture_gen.n('dbr', k, 600)),
       CASE WHEN k % 19 = 7 THEN 'failed' ELSE 'ok' END,
       CASE WHEN k % 19 = 7 THEN 'pg_dump: error: connection to server at "huginn-db-1.internal" (10.20.0.11), port 5432 failed: timeout expired' ELSE 'pg_dump: dumping contents of table "public.events"' || E'\n' || 'upload complete' END,
       CASE WHEN k % 10 = 0 THEN 'manual' ELSE 'systemd timer' END
FROM generate_series(1, 80) k;

CREATE TABLE desk.weather_stations (
    id serial PRIMARY KEY,
    name text NOT NULL,
    lat numeric(9,6) NOT NULL,
    lng numeric(9,6) NOT NULL,
    provider text NOT NULL,
    api_location text,
    elevation_m integer,
    created_at timestamp without time zone NOT NULL
);
INSERT INTO desk.weather_stations VALUES
 (1, 'Harbourside Quay', 50.719200, -1.880800, 'openweather', '50.7192,-1.8808', 4, '2020-05-01 10:00:00'),
 (2, 'Portland Bill', 50.613900, -2.457300, 'openweather', '50.6139,-2.4573', 52, '2020-05-01 10:00:00'),
 (3, 'Westmoor Downs', 50.726000, -1.987000, 'openweather', '50.7260,-1.9870', 118, '2020-05-01 10:00:00'),
 (4, 'Kingsbay Pier', 50.701100, -1.912400, 'metoffice', '352409', 6, '2022-03-01 10:00:00'),
 (5, 'Swanmouth Harbour', 50.608300, -1.957800, 'metoffice', '352411', 3, '2022-03-01 10:00:00');

-- ---------------------------------------------------------------- done
SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('desk');
DROP SCHEMA hgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
