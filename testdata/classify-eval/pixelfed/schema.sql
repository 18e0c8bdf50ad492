-- classify-eval fixture (HOLDOUT 38: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- database of a Pixelfed 0.12 instance on PostgreSQL, in the naming its
-- Laravel migrations create (plural snake_case tables, bigint ids and
-- snowflake ids for profiles and statuses, created_at/updated_at timestamps
-- without time zone, json and text columns, profile_id foreign keys, the
-- odd camelCase "sharedInbox" and the 2fa_ columns), a subset of its tables
-- with their real columns. "pix.tidewater.example", the photo-sharing server
-- of a coastal region's camera club: 160 local accounts (the admin, a
-- moderator, the club, a harbour webcam bot, a ferry company, residents and
-- photographers of several cultures) beside 100 remote profiles of
-- Mastodon, Pixelfed, Akkoma and GoToSocial servers (their usernames kept as
-- @user@domain, some single-user servers named after their owner). Users with
-- emails, bcrypt hashes, remember tokens, TOTP secrets and backup codes,
-- register IPs and Expo push tokens; profiles with names, bios giving
-- phones, emails and family details, locations, websites, keybase proofs,
-- actor URLs and key ids built from the username, PEM private keys of local
-- actors; avatars whose paths and remote URLs are profile photos; statuses
-- with captions (portraits naming the people in them, a lost dog with a
-- phone, a flat to let with an address, plain landscape posts), content
-- warnings, URIs and URLs naming their author; media with random stored
-- paths but remote URLs keeping uploaders' file names, alt text naming the
-- people shown, EXIF-bearing metadata with GPS; public places; direct
-- messages whose meta JSON keeps the text; notifications; follows, likes;
-- hashtags; collections; stories with bearcap tokens of remote stories;
-- reports with reporters' messages; blocks and mutes; Passport's OAuth
-- clients, tokens, codes and refresh tokens; user devices with IPs, user
-- agents and fingerprints; account logs; contact messages to the admins;
-- email verifications; password resets; invites with messages; admin
-- invites; remote auth (sign in with Mastodon) with client secrets and the
-- verify-credentials JSON; known instances with the admins' notes; the
-- config cache holding instance copy beside mail and S3 credentials; the
-- moderation log; Instagram imports whose file names and metadata name
-- people and places; failed jobs whose payloads serialise users; job batches.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION xgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION xgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between 2019-06-01 and the snapshot (2024-09-30), spread by i.
CREATE FUNCTION xgen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (timestamp '2019-06-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 168000000)))::timestamp(0)
$$;

-- pid / sid: Pixelfed's snowflake-like ids of profiles and statuses.
CREATE FUNCTION xgen.pid(i bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 412873000000000000 + i * 104729 $$;
CREATE FUNCTION xgen.sid(i bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 651204000000000000 + i * 7919 $$;

-- bcrypt in Laravel's $2y$ format.
CREATE FUNCTION xgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- pem: an RSA key in PEM form, its body wrapped at 64 characters.
CREATE FUNCTION xgen.pem(kind text, tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || kind || '-----' || E'\n'
      || (SELECT string_agg(substr(b, 1 + 64 * k, 64), E'\n' ORDER BY k) FROM generate_series(0, (length(b) - 1) / 64) k)
      || E'\n' || '-----END ' || kind || '-----'
  FROM (SELECT CASE WHEN kind LIKE '%PRIVATE%' THEN 'MIIEow' ELSE 'MIIBIj' END || fixture_gen.b64(tag, i, len) || fixture_gen.b64(tag || 'x', i, len) AS b) x
$$;

-- Names written in their own script for a few cultures.
CREATE TABLE xgen.native (k int, first text, last text, full_name text, latin text);
INSERT INTO xgen.native VALUES
  (0, 'Haruto', 'Sato', '佐藤 陽翔', 'Haruto Sato'), (1, 'Ji-yeon', 'Choi', '최지연', 'Choi Ji-yeon'), (2, 'Layla', 'Nasser', 'ليلى ناصر', 'Layla Nasser'),
  (3, 'Anastasia', 'Volkova', 'Анастасия Волкова', 'Anastasia Volkova'), (4, 'Xiaomei', 'Lin', '林晓梅', 'Lin Xiaomei'), (5, 'Dimitris', 'Papadopoulos', 'Δημήτρης Παπαδόπουλος', 'Dimitris Papadopoulos'),
  (6, 'Aarav', 'Menon', 'आरव मेनन', 'Aarav Menon'), (7, 'Noa', 'Levi', 'נועה לוי', 'Noa Levi');

-- People. 1-160 local (1 the admin, 2 a moderator, 9 the camera club, 17 the
-- harbour webcam bot, 33 the ferry company), 161-260 remote.
CREATE TABLE xgen.p (i int PRIMARY KEY, local boolean, org text, first text, last text, full_name text, username text, handle text,
  domain text, email text, city text, lang text);
INSERT INTO xgen.p (i, local, org, first, last, full_name)
SELECT i, i <= 160,
       CASE i WHEN 9 THEN 'club' WHEN 17 THEN 'bot' WHEN 33 THEN 'ferry' END,
       coalesce(nv.first, fixture_gen.first_name('pf', i)), coalesce(nv.last, fixture_gen.last_name('pl', i)),
       CASE WHEN nv.k IS NOT NULL THEN CASE WHEN i % 2 = 0 THEN nv.full_name ELSE nv.latin END
            ELSE fixture_gen.first_name('pf', i) || ' ' || fixture_gen.last_name('pl', i) END
FROM generate_series(1, 260) i
LEFT JOIN xgen.native nv ON i % 9 = 4 AND nv.k = (i / 9) % 8;

UPDATE xgen.p SET full_name = CASE org WHEN 'club' THEN 'Tidewater Camera Club' WHEN 'bot' THEN 'Harbour Webcam' ELSE 'Kestrel Bay Ferries' END,
  first = NULL, last = NULL WHERE org IS NOT NULL;

UPDATE xgen.p SET username = CASE
    WHEN org = 'club' THEN 'tidewatercc' WHEN org = 'bot' THEN 'harbourcam' WHEN org = 'ferry' THEN 'kestrelferries'
    WHEN i = 1 THEN 'admin'
    WHEN i % 7 = 3 THEN fixture_gen.pick(ARRAY['lenslight', 'foggyharbour', 'saltandsilver', 'grainyfilm', 'tidepool', 'nightowl35mm', 'gullwing', 'drift.wood', 'f8andbethere', 'kelpforest'], 'pu', i) || (i % 50)::text
    WHEN i % 3 = 0 THEN fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last)
    WHEN i % 3 = 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 90)::text
    ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || '.photo' END;
UPDATE xgen.p SET username = username || i WHERE username = '' OR username IN (SELECT username FROM xgen.p GROUP BY 1 HAVING count(*) > 1);

UPDATE xgen.p SET domain = CASE WHEN local THEN 'pix.tidewater.example'
    WHEN i % 10 = 7 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || '.example'
    ELSE fixture_gen.pick(ARRAY['pixelfed.social', 'mastodon.social', 'photog.social', 'fosstodon.org', 'akkoma.brightwater.example', 'gts.northsea.example', 'pixel.tchncs.de', 'metapixl.com'], 'pd', i) END;
UPDATE xgen.p SET handle = CASE WHEN local THEN username ELSE '@' || username || '@' || domain END,
  email = CASE WHEN NOT local THEN NULL
    WHEN org = 'club' THEN 'committee@tidewatercameraclub.example' WHEN org = 'bot' THEN 'webcam@harbour-authority.example'
    WHEN org = 'ferry' THEN 'social@kestrelbayferries.example' WHEN i = 1 THEN 'admin@pix.tidewater.example'
    ELSE CASE fixture_gen.n('pem', i, 4) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 97)::text
         WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) ELSE fixture_gen.ascii(last) || '_' || fixture_gen.ascii(first) END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'web.de', 'orange.fr', 'naver.com', 'yahoo.co.jp', 'tidewater-uni.example', 'hey.com'], 'ped', i) END,
  city = fixture_gen.pick(ARRAY['Kestrel Bay', 'Port Ailsa', 'Saltmarsh', 'Gullhaven', 'Lisbon', 'Osaka', 'Busan', 'Lagos', 'Kraków', 'Göteborg', 'Pune', 'Porto', 'Leeds', 'Toulouse'], 'pc', i),
  lang = fixture_gen.pick(ARRAY['en', 'en', 'en', 'de', 'fr', 'ja', 'ko', 'pt', 'pl', 'es'], 'pla', i);

-- users ------------------------------------------------------------------
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  profile_id bigint,
  name varchar(255),
  username varchar(255) UNIQUE,
  email varchar(255) UNIQUE NOT NULL,
  email_verified_at timestamp,
  password varchar(255) NOT NULL,
  is_admin boolean NOT NULL DEFAULT false,
  remember_token varchar(100),
  "2fa_enabled" boolean NOT NULL DEFAULT false,
  "2fa_secret" varchar(255),
  "2fa_backup_codes" json,
  "2fa_setup_at" timestamp,
  delete_after timestamp,
  status varchar(255),
  last_active_at timestamp,
  register_source varchar(255) DEFAULT 'web',
  app_register_ip varchar(255),
  has_roles boolean NOT NULL DEFAULT false,
  parent_id bigint,
  role_id smallint,
  language varchar(20),
  expo_token varchar(255),
  notify_like boolean NOT NULL DEFAULT true,
  notify_follow boolean NOT NULL DEFAULT true,
  notify_mention boolean NOT NULL DEFAULT true,
  notify_comment boolean NOT NULL DEFAULT true,
  notify_enabled boolean NOT NULL DEFAULT false,
  storage_used bigint NOT NULL DEFAULT 0,
  storage_used_updated_at timestamp,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO users
SELECT p.i, xgen.pid(p.i), p.full_name, p.username, p.email,
       CASE WHEN p.i % 23 = 5 THEN NULL ELSE xgen.at('uc', p.i) + interval '14 minutes' END,
       xgen.bcrypt('upw', p.i), p.i IN (1, 2),
       CASE WHEN p.i % 4 = 0 THEN NULL ELSE xgen.rnd('urt', p.i, 60) END,
       p.i % 6 = 1,
       CASE WHEN p.i % 6 = 1 THEN fixture_gen.chars('u2s', p.i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       CASE WHEN p.i % 6 = 1 THEN (SELECT json_agg(fixture_gen.chars('u2b' || k, p.i, 24, 'abcdefghijklmnopqrstuvwxyz0123456789')) FROM generate_series(1, 6) k) END,
       CASE WHEN p.i % 6 = 1 THEN xgen.at('uc', p.i) + interval '3 days' END,
       CASE WHEN p.i % 41 = 11 THEN timestamp '2024-10-28 00:00:00' END,
       CASE WHEN p.i % 41 = 11 THEN 'delete' WHEN p.i % 53 = 7 THEN 'suspended' END,
       timestamp '2024-09-30 12:00:00' - make_interval(mins => fixture_gen.n('ula', p.i, 200000)),
       CASE WHEN p.i % 5 = 2 THEN 'app' ELSE 'web' END,
       CASE WHEN p.i % 5 = 2 THEN CASE WHEN p.i % 2 = 0 THEN fixture_gen.ipv6('uip', p.i) ELSE fixture_gen.ipv4('uip', p.i) END END,
       p.i IN (1, 2), NULL, CASE WHEN p.i IN (1, 2) THEN 1 END,
       p.lang,
       CASE WHEN p.i % 5 = 2 THEN 'ExponentPushToken[' || xgen.rnd('uex', p.i, 22) || ']' END,
       true, true, p.i % 9 <> 4, true, p.i % 5 = 2,
       fixture_gen.n('ust', p.i, 900000000)::bigint * 3,
       timestamp '2024-09-29 03:00:00' - make_interval(hours => fixture_gen.n('usu', p.i, 300)),
       xgen.at('uc', p.i), xgen.at('uc', p.i) + make_interval(days => fixture_gen.n('uu', p.i, 600)), NULL
FROM xgen.p p WHERE p.local;

-- profiles -----------------------------------------------------------------
CREATE TABLE profiles (
  id bigint PRIMARY KEY,
  user_id bigint,
  domain varchar(255),
  username varchar(255),
  name varchar(255),
  bio text,
  location varchar(255),
  website varchar(255),
  keybase_proof text,
  is_private boolean NOT NULL DEFAULT false,
  "sharedInbox" varchar(255),
  inbox_url varchar(255),
  outbox_url varchar(255),
  follower_url varchar(255),
  following_url varchar(255),
  key_id varchar(255),
  remote_url varchar(255),
  public_key text,
  private_key text,
  webfinger varchar(255),
  status varchar(255),
  is_suggestable boolean NOT NULL DEFAULT false,
  unlisted boolean NOT NULL DEFAULT false,
  cw boolean NOT NULL DEFAULT false,
  no_autolink boolean NOT NULL DEFAULT false,
  followers_count bigint,
  following_count bigint,
  status_count bigint,
  last_fetched_at timestamp,
  last_status_at timestamp,
  moved_to_profile_id bigint,
  indexable boolean NOT NULL DEFAULT false,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO profiles
SELECT xgen.pid(p.i), CASE WHEN p.local THEN p.i END, CASE WHEN p.local THEN NULL ELSE p.domain END, p.handle, p.full_name,
       CASE fixture_gen.n('pbio', p.i, 12)
         WHEN 0 THEN 'Landscape and seascape photographer based in ' || p.city || '. Prints available, email me at ' || coalesce(p.email, lower(fixture_gen.ascii(p.first)) || '@' || p.domain) || '.'
         WHEN 1 THEN 'Mum of two, wife of ' || fixture_gen.first_name('pbs', p.i) || '. Film cameras, rock pools and far too many gull photos.'
         WHEN 2 THEN 'Wedding & portrait photographer. Bookings via WhatsApp ' || fixture_gen.phone('pbp', p.i) || ' 📷'
         WHEN 3 THEN 'Shooting 35mm and medium format. Kodak Portra forever.'
         WHEN 4 THEN 'Born ' || to_char(fixture_gen.birth_date('pbd', p.i), 'DD Mon YYYY') || ' in ' || fixture_gen.city('pbc', p.i) || ', now in ' || p.city || '. Nurse at St Brigid''s by night, birder by day.'
         WHEN 5 THEN 'Astrophotography, the Milky Way over the harbour and the occasional aurora.'
         WHEN 6 THEN '<p>Street photography from ' || p.city || '. he/him. Also at <a href="https://' || fixture_gen.ascii(coalesce(p.first, 'x')) || '.example">my blog</a></p>'
         WHEN 7 THEN ''
         WHEN 8 THEN 'Retired fisherman. My grandson ' || fixture_gen.first_name('pbg', p.i) || ' set this up for me.'
         WHEN 9 THEN 'Macro, insects and moss. Views my own.'
         WHEN 10 THEN 'Drone pilot (CAA reg. GBR-OP-' || upper(fixture_gen.chars('pbo', p.i, 12, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) || '). Aerial shots of the coast.'
         ELSE NULL END,
       CASE WHEN p.i % 4 = 3 THEN NULL WHEN p.i % 4 = 2 THEN p.city || ', ' || fixture_gen.pick(ARRAY['UK', 'Portugal', 'Japan', 'Korea', 'Nigeria', 'Poland', 'Sweden'], 'plc', p.i) ELSE p.city END,
       CASE WHEN p.i % 3 = 0 THEN 'https://' || fixture_gen.ascii(coalesce(p.first, p.username)) || fixture_gen.ascii(coalesce(p.last, '')) || '.photo'
            WHEN p.i % 3 = 1 AND p.i % 2 = 0 THEN 'https://instagram.com/' || replace(p.username, '.', '_') END,
       CASE WHEN p.i % 37 = 5 THEN 'https://keybase.io/' || fixture_gen.ascii(coalesce(p.first, '')) || fixture_gen.ascii(coalesce(p.last, '')) || '/sigchain#' || fixture_gen.hexn('kbp', p.i, 64) END,
       p.i % 8 = 5,
       'https://' || p.domain || CASE WHEN p.domain LIKE 'mastodon%' OR p.domain LIKE 'fosstodon%' OR p.domain LIKE 'photog%' THEN '/inbox' ELSE '/f/inbox' END,
       'https://' || p.domain || '/users/' || p.username || '/inbox',
       'https://' || p.domain || '/users/' || p.username || '/outbox',
       'https://' || p.domain || '/users/' || p.username || '/followers',
       'https://' || p.domain || '/users/' || p.username || '/following',
       'https://' || p.domain || '/users/' || p.username || '#main-key',
       CASE WHEN p.local THEN NULL ELSE 'https://' || p.domain || CASE WHEN p.domain LIKE '%pix%' OR p.domain = 'metapixl.com' THEN '/' ELSE '/@' END || p.username END,
       xgen.pem('PUBLIC KEY', 'ppub', p.i, 200),
       CASE WHEN p.local THEN xgen.pem('RSA PRIVATE KEY', 'ppriv', p.i, 240) END,
       CASE WHEN p.local THEN NULL ELSE 'acct:' || p.username || '@' || p.domain END,
       CASE WHEN p.i % 41 = 11 THEN 'delete' WHEN p.i % 53 = 7 THEN 'suspended' END,
       p.local AND p.i % 3 = 0, p.i % 29 = 3, p.i % 31 = 6, false,
       fixture_gen.n('pfc', p.i, 900), fixture_gen.n('pgc', p.i, 400), fixture_gen.n('psc', p.i, 300),
       CASE WHEN NOT p.local THEN timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('plf', p.i, 2000)) END,
       timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('pls', p.i, 4000)),
       NULL, p.i % 2 = 0,
       xgen.at('uc', p.i), xgen.at('uc', p.i) + make_interval(days => fixture_gen.n('pu', p.i, 500)), NULL
FROM xgen.p p;
UPDATE profiles SET bio = 'Official account of the Tidewater Camera Club. Meetings every Thursday, 7pm at the Lifeboat Hall.', website = 'https://tidewatercameraclub.example', location = 'Kestrel Bay' WHERE id = xgen.pid(9);
UPDATE profiles SET bio = 'Automated photos from the harbour webcam every hour. Run by the harbour authority.', website = NULL WHERE id = xgen.pid(17);
UPDATE profiles SET bio = 'Timetables, disruptions and views from the Kestrel Bay ferries. Bookings: 0800 555 0143.', website = 'https://kestrelbayferries.example' WHERE id = xgen.pid(33);
UPDATE profiles SET moved_to_profile_id = xgen.pid(201) WHERE id = xgen.pid(44);

-- avatars --------------------------------------------------------------------
CREATE TABLE avatars (
  id bigserial PRIMARY KEY,
  profile_id bigint UNIQUE,
  media_path varchar(255),
  remote_url text,
  cdn_url text,
  thumb_path varchar(255),
  size integer,
  change_count integer DEFAULT 0,
  is_remote boolean,
  last_fetched_at timestamp,
  last_processed_at timestamp,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO avatars (id, profile_id, media_path, remote_url, cdn_url, thumb_path, size, change_count, is_remote, last_fetched_at, last_processed_at, created_at, updated_at)
SELECT p.i, xgen.pid(p.i),
       CASE WHEN p.i % 11 = 8 THEN 'public/avatars/default.jpg'
            WHEN p.local THEN 'public/avatars/' || substr(md5('av' || p.i), 1, 3) || '/' || substr(md5('av' || p.i), 4, 3) || '/' || substr(md5('av' || p.i), 7, 3) || '/' || lpad(p.i::text, 3, '0') || '/avatar_' || xgen.rnd('avn', p.i, 6) || '.jpg'
            ELSE 'cache/avatars/' || xgen.pid(p.i) || '/' || xgen.rnd('avc', p.i, 40) || '.jpg' END,
       CASE WHEN p.local THEN NULL
            WHEN p.domain LIKE 'akkoma%' THEN 'https://' || p.domain || '/media/' || fixture_gen.hexn('avh', p.i, 64) || '/' || replace(p.full_name, ' ', '_') || '_profile.jpg'
            ELSE 'https://files.' || p.domain || '/accounts/avatars/' || substr(fixture_gen.digits('avd', p.i, 18), 1, 3) || '/' || substr(fixture_gen.digits('avd', p.i, 18), 4, 3) || '/original/' || fixture_gen.hexn('avx', p.i, 16) || '.png' END,
       CASE WHEN p.local AND p.i % 11 <> 8 THEN 'https://cdn.pix.tidewater.example/avatars/' || xgen.pid(p.i) || '/avatar_' || xgen.rnd('avn', p.i, 6) || '.jpg?v=' || (1 + fixture_gen.n('avv', p.i, 9)) END,
       CASE WHEN p.local AND p.i % 11 <> 8 THEN 'public/avatars/' || lpad(p.i::text, 3, '0') || '/avatar_' || xgen.rnd('avn', p.i, 6) || '_thumb.jpg' END,
       20000 + fixture_gen.n('avs', p.i, 400000), fixture_gen.n('avcc', p.i, 6), NOT p.local,
       CASE WHEN NOT p.local THEN timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('avf', p.i, 3000)) END,
       timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('avp', p.i, 3000)),
       xgen.at('uc', p.i), xgen.at('uc', p.i) + make_interval(days => fixture_gen.n('avu', p.i, 400))
FROM xgen.p p;

-- user_settings ------------------------------------------------------------------
CREATE TABLE user_settings (
  id bigserial PRIMARY KEY,
  user_id bigint UNIQUE NOT NULL,
  role varchar(255) NOT NULL DEFAULT 'user',
  crawlable boolean NOT NULL DEFAULT true,
  show_guests boolean NOT NULL DEFAULT true,
  show_discover boolean NOT NULL DEFAULT true,
  public_dm boolean NOT NULL DEFAULT false,
  hide_cw_search boolean NOT NULL DEFAULT true,
  hide_blocked_search boolean NOT NULL DEFAULT true,
  always_show_cw boolean NOT NULL DEFAULT false,
  compose_media_descriptions boolean NOT NULL DEFAULT false,
  reduce_motion boolean NOT NULL DEFAULT false,
  optimize_screen_reader boolean NOT NULL DEFAULT false,
  high_contrast_mode boolean NOT NULL DEFAULT false,
  video_autoplay boolean NOT NULL DEFAULT false,
  send_email_new_follower boolean NOT NULL DEFAULT false,
  send_email_on_like boolean NOT NULL DEFAULT false,
  send_email_on_mention boolean NOT NULL DEFAULT false,
  show_profile_follower_count boolean NOT NULL DEFAULT true,
  show_profile_following_count boolean NOT NULL DEFAULT true,
  compose_settings json,
  other json,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO user_settings (user_id, role, crawlable, show_guests, show_discover, public_dm, always_show_cw, compose_media_descriptions, reduce_motion, optimize_screen_reader,
  high_contrast_mode, video_autoplay, send_email_new_follower, send_email_on_like, send_email_on_mention, show_profile_follower_count, show_profile_following_count, compose_settings, other, created_at, updated_at)
SELECT u.id, CASE WHEN u.is_admin THEN 'admin' ELSE 'user' END, u.id % 7 <> 2, true, u.id % 9 <> 1, u.id % 13 = 4, u.id % 10 = 3, u.id % 4 = 1, u.id % 17 = 2, u.id % 29 = 5,
       u.id % 31 = 7, u.id % 3 = 0, u.id % 5 = 0, false, u.id % 6 = 0, u.id % 8 <> 3, u.id % 8 <> 3,
       json_build_object('default_scope', fixture_gen.pick(ARRAY['public', 'public', 'unlisted', 'private'], 'csc', u.id), 'default_license', fixture_gen.pick(ARRAY['1', '1', '5', '6', '16'], 'csl', u.id)::int,
         'media_descriptions', u.id % 4 = 1),
       json_build_object('show_atom', u.id % 3 <> 0, 'disable_embeds', u.id % 11 = 2, 'hide_collections', false, 'hide_like_counts', u.id % 5 = 1),
       u.created_at, u.updated_at
FROM users u;

-- profile_sponsors ----------------------------------------------------------------
CREATE TABLE profile_sponsors (
  id bigserial PRIMARY KEY,
  profile_id bigint UNIQUE NOT NULL,
  sponsors json,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO profile_sponsors (profile_id, sponsors, created_at, updated_at)
SELECT xgen.pid(p.i),
       json_build_object('patreon', CASE WHEN p.i % 2 = 0 THEN fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) END,
         'liberapay', CASE WHEN p.i % 3 <> 1 THEN p.username END, 'opencollective', CASE WHEN p.i % 5 = 0 THEN fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) END,
         'kofi', CASE WHEN p.i % 4 = 1 THEN fixture_gen.ascii(p.last) || 'photos' END),
       xgen.at('psp', p.i), xgen.at('psp', p.i) + interval '2 days'
FROM xgen.p p WHERE p.local AND p.org IS NULL AND p.i % 4 IN (0, 1) AND p.i > 3;

-- places (the bundled GeoNames list of cities: public) ---------------------------
CREATE TABLE places (
  id bigserial PRIMARY KEY,
  slug varchar(255),
  name varchar(255),
  country varchar(255),
  aliases json,
  lat numeric(10, 8),
  long numeric(11, 8),
  score integer NOT NULL DEFAULT 0,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO places (id, slug, name, country, aliases, lat, long, score, created_at, updated_at)
SELECT k, lower(replace(v.name, ' ', '-')), v.name, v.country, CASE WHEN v.alias IS NOT NULL THEN json_build_array(v.alias) END, v.lat, v.lon, fixture_gen.n('plsc', k, 500),
       timestamp '2019-06-01 00:00:00', timestamp '2019-06-01 00:00:00'
FROM (VALUES (1, 'Lisbon', 'Portugal', 'Lisboa', 38.71667, -9.13333), (2, 'Osaka', 'Japan', '大阪市', 34.69374, 135.50218), (3, 'Busan', 'South Korea', '부산', 35.10278, 129.04028),
  (4, 'Lagos', 'Nigeria', NULL, 6.45407, 3.39467), (5, 'Kraków', 'Poland', 'Cracow', 50.06143, 19.93658), (6, 'Gothenburg', 'Sweden', 'Göteborg', 57.70716, 11.96679),
  (7, 'Pune', 'India', 'पुणे', 18.51957, 73.85535), (8, 'Porto', 'Portugal', NULL, 41.14961, -8.61099), (9, 'Leeds', 'United Kingdom', NULL, 53.79648, -1.54785),
  (10, 'Toulouse', 'France', NULL, 43.60426, 1.44367), (11, 'Reykjavik', 'Iceland', 'Reykjavík', 64.13548, -21.89541), (12, 'Galway', 'Ireland', 'Gaillimh', 53.27194, -9.04889),
  (13, 'Plymouth', 'United Kingdom', NULL, 50.37153, -4.14305), (14, 'Brest', 'France', NULL, 48.39029, -4.48628), (15, 'Tromsø', 'Norway', 'Tromso', 69.6489, 18.95508),
  (16, 'Hakodate', 'Japan', '函館市', 41.77583, 140.73667), (17, 'Cape Town', 'South Africa', 'Kaapstad', -33.92584, 18.42322), (18, 'Valparaíso', 'Chile', NULL, -33.03932, -71.62725),
  (19, 'Aberdeen', 'United Kingdom', NULL, 57.14369, -2.09814), (20, 'Saint-Malo', 'France', NULL, 48.64720, -2.00880)) v(k, name, country, alias, lat, lon);

-- statuses -------------------------------------------------------------------------
CREATE TABLE xgen.st AS
SELECT s, CASE WHEN s % 5 = 4 THEN 161 + fixture_gen.n('stpr', s, 100) ELSE 1 + fixture_gen.n('stpl', s, 160) END AS pi,
       CASE WHEN s % 13 = 6 THEN 'text' WHEN s % 17 = 3 THEN 'share' WHEN s % 11 = 5 THEN 'reply' WHEN s % 6 = 1 THEN 'photo:album' ELSE 'photo' END AS type,
       xgen.at('stc', s) AS at
FROM generate_series(1, 600) s;

CREATE FUNCTION xgen.caption(s bigint, pi int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n('cap', s, 16)
    WHEN 0 THEN 'Golden hour over the harbour tonight. #sunset #kestrelbay'
    WHEN 1 THEN 'Portrait of my grandmother ' || fixture_gen.full_name('cpg', s) || ', 91 this week, at her kitchen table in ' || fixture_gen.city('cpc', s) || '. #portrait #film'
    WHEN 2 THEN 'LOST DOG: our spaniel Biscuit ran off near the lighthouse path this morning. Please call ' || fixture_gen.phone('cpp', s) || ' if you see her! #lostdog'
    WHEN 3 THEN 'Fog rolling in over the breakwater. Shot on Portra 400. #35mm #filmisnotdead'
    WHEN 4 THEN 'Wedding of ' || fixture_gen.first_name('cw1', s) || ' & ' || fixture_gen.full_name('cw2', s) || ' at the Lifeboat Hall, congratulations you two! #weddingphotography'
    WHEN 5 THEN 'Room to let from October, ' || fixture_gen.street('cps', s) || ', ' || fixture_gen.city('cpc', s) || ' ' || fixture_gen.postcode('cpz', s) || '. DM me or email ' || fixture_gen.email('cpe', s)
    WHEN 6 THEN 'Milky Way core above the dunes, 20 x 15s stacked. #astrophotography'
    WHEN 7 THEN 'Gulls. Always the gulls. #birdphotography'
    WHEN 8 THEN 'First day at school for ' || fixture_gen.first_name('cpk', s) || ' (age 5) 🎒 so proud'
    WHEN 9 THEN 'Low tide at the old pier. #longexposure #seascape'
    WHEN 10 THEN 'Club walk on Saturday, meet at the ferry terminal at 9. Bring a tripod. #tidewatercc'
    WHEN 11 THEN 'Found these keys on the beach by the kiosk, handed them to ' || fixture_gen.full_name('cpf', s) || ' at the harbour office. @' || (SELECT username FROM xgen.p WHERE i = 1 + fixture_gen.n('cpm', s, 160)) || ' are they yours?'
    WHEN 12 THEN 'Moss on the sea wall, 1:1 macro. #macro'
    WHEN 13 THEN 'RIP Dad, ' || fixture_gen.full_name('cpd', s) || ' (' || extract(year FROM fixture_gen.birth_date('cpb', s))::int || '–2024). He taught me to use this camera.'
    WHEN 14 THEN 'Storm Agnes battering the promenade. Stay safe everyone. #storm'
    ELSE '' END
$$;

CREATE TABLE statuses (
  id bigint PRIMARY KEY,
  uri varchar(255),
  caption text,
  rendered text,
  profile_id bigint,
  type varchar(255),
  in_reply_to_id bigint,
  reblog_of_id bigint,
  url text,
  is_nsfw boolean NOT NULL DEFAULT false,
  scope varchar(255) DEFAULT 'public',
  visibility varchar(255) DEFAULT 'public',
  reply boolean NOT NULL DEFAULT false,
  likes_count bigint DEFAULT 0,
  reblogs_count bigint DEFAULT 0,
  reply_count bigint DEFAULT 0,
  language varchar(255),
  conversation_id bigint,
  local boolean DEFAULT true,
  application_id bigint,
  in_reply_to_profile_id bigint,
  cw_summary varchar(255),
  place_id bigint,
  comments_disabled boolean NOT NULL DEFAULT false,
  object_url varchar(255),
  edited_at timestamp,
  trendable boolean,
  media_ids json,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO statuses
SELECT xgen.sid(t.s),
       CASE WHEN NOT p.local THEN 'https://' || p.domain || '/users/' || p.username || '/statuses/' || (112000000000000000 + t.s * 977)::text END,
       c.cap,
       CASE WHEN c.cap IS NULL OR c.cap = '' THEN c.cap ELSE '<p>' || regexp_replace(replace(replace(c.cap, '&', '&amp;'), '<', '&lt;'), '#([a-z0-9]+)', '<a href="https://pix.tidewater.example/discover/tags/\1?src=hash" class="u-url hashtag" rel="external nofollow noopener">#\1</a>', 'g') || '</p>' END,
       xgen.pid(t.pi), t.type,
       CASE WHEN t.type = 'reply' THEN xgen.sid(1 + fixture_gen.n('stir', t.s, greatest(1, t.s - 1)::int)) END,
       CASE WHEN t.type = 'share' THEN xgen.sid(1 + fixture_gen.n('strb', t.s, greatest(1, t.s - 1)::int)) END,
       CASE WHEN p.local THEN 'https://pix.tidewater.example/p/' || p.username || '/' || xgen.sid(t.s) ELSE 'https://' || p.domain || '/@' || p.username || '/' || (112000000000000000 + t.s * 977)::text END,
       t.s % 23 = 8,
       sc.v, sc.v, t.type = 'reply',
       fixture_gen.n('stlk', t.s, 140), fixture_gen.n('strc', t.s, 25), fixture_gen.n('strp', t.s, 9),
       p.lang, NULL, p.local, CASE WHEN p.local AND t.s % 4 = 1 THEN 1 + t.s % 3 END,
       CASE WHEN t.type = 'reply' THEN xgen.pid(1 + fixture_gen.n('stirp', t.s, 160)) END,
       CASE WHEN t.s % 23 = 8 THEN fixture_gen.pick(ARRAY['nudity', 'medical: my surgery scar', 'spider, close up', 'eye contact', 'grief, my mum''s funeral'], 'stcw', t.s) END,
       CASE WHEN t.s % 4 = 0 THEN 1 + fixture_gen.n('stpl2', t.s, 20) END,
       t.s % 31 = 4,
       CASE WHEN NOT p.local THEN 'https://' || p.domain || '/users/' || p.username || '/statuses/' || (112000000000000000 + t.s * 977)::text END,
       CASE WHEN t.s % 19 = 2 THEN t.at + interval '25 minutes' END,
       CASE WHEN t.s % 7 = 0 THEN false END,
       CASE WHEN t.type LIKE 'photo%' THEN json_build_array(t.s * 2 - 1, t.s * 2) END,
       t.at, t.at + make_interval(mins => fixture_gen.n('stu', t.s, 3000)), CASE WHEN t.s % 47 = 9 THEN t.at + interval '3 days' END
FROM xgen.st t JOIN xgen.p p ON p.i = t.pi
CROSS JOIN LATERAL (SELECT CASE WHEN t.type = 'share' THEN NULL ELSE xgen.caption(t.s, t.pi) END AS cap) c
CROSS JOIN LATERAL (SELECT CASE WHEN t.s % 9 = 2 THEN 'unlisted' WHEN t.s % 14 = 5 THEN 'private' WHEN t.s % 29 = 11 THEN 'direct' ELSE 'public' END AS v) sc;

-- status_edits -------------------------------------------------------------------------
CREATE TABLE status_edits (
  id bigserial PRIMARY KEY,
  status_id bigint NOT NULL,
  profile_id bigint NOT NULL,
  caption text,
  spoiler_text text,
  ordered_media_attachment_ids json,
  media_descriptions json,
  poll_options json,
  is_nsfw boolean,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO status_edits (status_id, profile_id, caption, spoiler_text, ordered_media_attachment_ids, media_descriptions, is_nsfw, created_at, updated_at)
SELECT s.id, s.profile_id,
       CASE WHEN v = 1 AND s.caption LIKE '%call%' THEN s.caption || ' (or text ' || fixture_gen.phone('sep', s.id) || ')' ELSE s.caption END,
       s.cw_summary, s.media_ids,
       CASE WHEN s.media_ids IS NOT NULL THEN json_build_array(json_build_object('id', (s.media_ids->>0), 'description', 'Photo of ' || fixture_gen.full_name('sed', s.id) || ' on the pier')) END,
       s.is_nsfw, s.edited_at - make_interval(mins => 10 * (3 - v)), s.edited_at - make_interval(mins => 10 * (3 - v))
FROM statuses s, generate_series(1, 2) v WHERE s.edited_at IS NOT NULL;

-- media ------------------------------------------------------------------------------
CREATE TABLE media (
  id bigserial PRIMARY KEY,
  status_id bigint,
  profile_id bigint,
  user_id bigint,
  is_nsfw boolean NOT NULL DEFAULT false,
  remote_media boolean NOT NULL DEFAULT false,
  original_sha256 varchar(255),
  optimized_sha256 varchar(255),
  media_path varchar(255) NOT NULL,
  thumbnail_path varchar(255),
  cdn_url text,
  optimized_url varchar(255),
  thumbnail_url varchar(255),
  remote_url varchar(255),
  caption text,
  hls_path varchar(255),
  "order" smallint NOT NULL DEFAULT 1,
  mime varchar(255),
  size integer,
  orientation varchar(255),
  filter_name varchar(255),
  filter_class varchar(255),
  license varchar(255),
  processed_at timestamp,
  hls_transcoded_at timestamp,
  metadata json,
  version smallint NOT NULL DEFAULT 1,
  skip_optimize boolean,
  replicated_at timestamp,
  blurhash varchar(255),
  width integer,
  height integer,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO media (id, status_id, profile_id, user_id, is_nsfw, remote_media, original_sha256, optimized_sha256, media_path, thumbnail_path, cdn_url, optimized_url, thumbnail_url,
  remote_url, caption, hls_path, "order", mime, size, orientation, filter_name, filter_class, license, processed_at, hls_transcoded_at, metadata, version, skip_optimize,
  replicated_at, blurhash, width, height, created_at, updated_at)
SELECT m.id, s.id, s.profile_id, CASE WHEN p.local THEN p.i END, s.is_nsfw, NOT p.local,
       encode(sha256(convert_to('mo' || m.id, 'UTF8')), 'hex'), CASE WHEN p.local THEN encode(sha256(convert_to('mp' || m.id, 'UTF8')), 'hex') END,
       CASE WHEN p.local THEN 'public/m/_v2/' || s.profile_id || '/' || substr(md5('mh1' || m.id), 1, 8) || '-' || substr(md5('mh1' || m.id), 9, 6) || '/' || xgen.rnd('mh2', m.id, 12) || '/' || xgen.rnd('mhn', m.id, 40) || mx.ext
            ELSE 'public/m/remote/' || s.profile_id || '/' || xgen.rnd('mhr', m.id, 40) || mx.ext END,
       CASE WHEN p.local THEN 'public/m/_v2/' || s.profile_id || '/' || substr(md5('mh1' || m.id), 1, 8) || '-' || substr(md5('mh1' || m.id), 9, 6) || '/' || xgen.rnd('mh2', m.id, 12) || '/' || xgen.rnd('mhn', m.id, 40) || '_thumb.jpeg' END,
       CASE WHEN p.local THEN 'https://cdn.pix.tidewater.example/m/_v2/' || s.profile_id || '/' || substr(md5('mh1' || m.id), 1, 8) || '/' || xgen.rnd('mhn', m.id, 40) || mx.ext END,
       CASE WHEN p.local THEN 'https://cdn.pix.tidewater.example/m/_v2/' || s.profile_id || '/' || substr(md5('mh1' || m.id), 1, 8) || '/' || xgen.rnd('mhn', m.id, 40) || '.webp' END,
       CASE WHEN p.local THEN 'https://cdn.pix.tidewater.example/m/_v2/' || s.profile_id || '/' || substr(md5('mh1' || m.id), 1, 8) || '/' || xgen.rnd('mhn', m.id, 40) || '_thumb.jpeg' END,
       CASE WHEN p.local THEN NULL
            WHEN p.domain LIKE 'akkoma%' OR p.i % 10 = 7 THEN 'https://' || p.domain || '/media/' || fixture_gen.hexn('mrh', m.id, 64) || '/'
                 || fixture_gen.pick(ARRAY['IMG_' || fixture_gen.digits('mri', m.id, 4), replace(p.full_name, ' ', '_') || '_wedding_' || lpad((m.id % 200)::text, 3, '0'),
                      'passport_photo_' || fixture_gen.ascii(coalesce(p.first, 'x')), 'DSC' || fixture_gen.digits('mrd', m.id, 5), fixture_gen.ascii(coalesce(p.first, 'x')) || '_and_' || fixture_gen.ascii(fixture_gen.first_name('mrp', m.id)) || '_beach'], 'mrf', m.id) || '.jpg'
            ELSE 'https://files.' || p.domain || '/media_attachments/files/' || substr(fixture_gen.digits('mrm', m.id, 18), 1, 3) || '/' || substr(fixture_gen.digits('mrm', m.id, 18), 4, 3) || '/original/' || fixture_gen.hexn('mrx', m.id, 16) || '.jpeg' END,
       CASE fixture_gen.n('malt', m.id, 10)
         WHEN 0 THEN 'My daughter ' || fixture_gen.first_name('mad', m.id) || ' holding a crab at the rock pools'
         WHEN 1 THEN 'A lighthouse on a rocky headland under grey clouds'
         WHEN 2 THEN fixture_gen.full_name('mab', m.id) || ' and ' || fixture_gen.full_name('mac', m.id) || ' cutting their wedding cake'
         WHEN 3 THEN 'Fishing boats moored in the harbour at dawn'
         WHEN 4 THEN 'Close-up of a herring gull with a chip in its beak'
         WHEN 5 THEN 'Portrait of my neighbour ' || fixture_gen.first_name('man', m.id) || ', wearing a yellow sou''wester'
         WHEN 6 THEN 'The Milky Way over sand dunes'
         WHEN 7 THEN NULL
         ELSE '' END,
       CASE WHEN mx.ext = '.mp4' THEN 'public/m/_v2/' || s.profile_id || '/hls/' || xgen.rnd('mhl', m.id, 20) || '.m3u8' END,
       m.k, mx.mime, 150000 + fixture_gen.n('msz', m.id, 9000000),
       fixture_gen.pick(ARRAY['portrait', 'landscape', 'square'], 'mor', m.id),
       CASE WHEN m.id % 5 = 1 THEN fixture_gen.pick(ARRAY['Clarendon', 'Juno', 'Lark', 'Reyes', 'Moon'], 'mfl', m.id) END,
       CASE WHEN m.id % 5 = 1 THEN 'filter-' || lower(fixture_gen.pick(ARRAY['Clarendon', 'Juno', 'Lark', 'Reyes', 'Moon'], 'mfl', m.id)) END,
       fixture_gen.pick(ARRAY['1', '1', '5', '6', '16', '11'], 'mli', m.id),
       s.created_at + interval '40 seconds', CASE WHEN mx.ext = '.mp4' THEN s.created_at + interval '5 minutes' END,
       CASE WHEN p.local THEN json_build_object('exif', json_build_object('Make', fixture_gen.pick(ARRAY['FUJIFILM', 'Canon', 'NIKON CORPORATION', 'SONY', 'Apple'], 'mmk', m.id),
           'Model', fixture_gen.pick(ARRAY['X-T4', 'EOS R6', 'Z 6_2', 'ILCE-7M3', 'iPhone 14 Pro'], 'mmd', m.id), 'FNumber', '8.0', 'ExposureTime', '1/250',
           'GPSLatitude', CASE WHEN m.id % 6 = 0 THEN round(50.2 + fixture_gen.n('mgla', m.id, 100000) / 1000000.0, 6) END,
           'GPSLongitude', CASE WHEN m.id % 6 = 0 THEN round(-4.9 + fixture_gen.n('mglo', m.id, 100000) / 1000000.0, 6) END,
           'Artist', CASE WHEN m.id % 8 = 3 THEN p.full_name END)) END,
       1, false, CASE WHEN p.local AND m.id % 3 = 0 THEN s.created_at + interval '1 hour' END,
       'L' || xgen.rnd('mbh', m.id, 27), 1080 + fixture_gen.n('mw', m.id, 3000), 1080 + fixture_gen.n('mhh', m.id, 3000),
       s.created_at, s.created_at + interval '1 minute'
FROM statuses s JOIN xgen.p p ON xgen.pid(p.i) = s.profile_id
CROSS JOIN LATERAL (SELECT ((s.id - 651204000000000000) / 7919) * 2 - 2 + k AS id, k FROM generate_series(1, 2) k) m
CROSS JOIN LATERAL (SELECT CASE WHEN m.id % 37 = 3 THEN '.mp4' WHEN m.id % 4 = 1 THEN '.png' ELSE '.jpeg' END AS ext,
                           CASE WHEN m.id % 37 = 3 THEN 'video/mp4' WHEN m.id % 4 = 1 THEN 'image/png' ELSE 'image/jpeg' END AS mime) mx
WHERE s.type LIKE 'photo%' AND (m.k = 1 OR s.type = 'photo:album');

-- hashtags ------------------------------------------------------------------------------
CREATE TABLE hashtags (
  id bigserial PRIMARY KEY,
  name varchar(255) UNIQUE,
  slug varchar(255) UNIQUE,
  can_trend boolean,
  can_search boolean,
  is_nsfw boolean NOT NULL DEFAULT false,
  is_banned boolean NOT NULL DEFAULT false,
  cached_count bigint,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO hashtags (name, slug, can_trend, can_search, is_nsfw, is_banned, cached_count, created_at, updated_at)
SELECT t, lower(t), t <> 'nsfw', true, t = 'nsfw', t = 'spam4u', fixture_gen.n('htc', k, 900), xgen.at('htc', k), xgen.at('htc', k) + interval '90 days'
FROM unnest(ARRAY['sunset', 'kestrelbay', 'portrait', 'film', 'lostdog', '35mm', 'filmisnotdead', 'weddingphotography', 'astrophotography', 'birdphotography',
  'longexposure', 'seascape', 'tidewatercc', 'macro', 'storm', 'nsfw', 'spam4u', 'Pixelfed', 'PhotoOfTheDay', 'Lighthouse', 'BlackAndWhite', 'StreetPhotography']) WITH ORDINALITY h(t, k);

CREATE TABLE status_hashtags (
  id bigserial PRIMARY KEY,
  status_id bigint NOT NULL,
  hashtag_id bigint NOT NULL,
  profile_id bigint,
  status_visibility varchar(255),
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO status_hashtags (status_id, hashtag_id, profile_id, status_visibility, created_at, updated_at)
SELECT s.id, h.id, s.profile_id, s.visibility, s.created_at, s.created_at
FROM statuses s CROSS JOIN LATERAL regexp_matches(s.caption, '#([a-z0-9]+)', 'g') m JOIN hashtags h ON h.slug = m[1];

-- likes, followers, follow_requests ----------------------------------------------------
CREATE TABLE likes (
  id bigserial PRIMARY KEY,
  profile_id bigint NOT NULL,
  status_id bigint NOT NULL,
  status_profile_id bigint,
  is_comment boolean,
  flagged boolean NOT NULL DEFAULT false,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO likes (profile_id, status_id, status_profile_id, is_comment, flagged, created_at, updated_at)
SELECT DISTINCT ON (pr, s.id) xgen.pid(pr), s.id, s.profile_id, s.reply, false, s.created_at + make_interval(mins => k * 7), s.created_at + make_interval(mins => k * 7)
FROM statuses s, generate_series(1, 3) k, LATERAL (SELECT 1 + fixture_gen.n('lk' || k, (s.id - 651204000000000000) / 7919, 200) AS pr) x
WHERE s.visibility = 'public' AND s.type <> 'share';

CREATE TABLE followers (
  id bigserial PRIMARY KEY,
  profile_id bigint NOT NULL,
  following_id bigint NOT NULL,
  local_profile boolean NOT NULL DEFAULT true,
  local_following boolean NOT NULL DEFAULT true,
  show_reblogs boolean NOT NULL DEFAULT true,
  notify boolean NOT NULL DEFAULT false,
  created_at timestamp,
  updated_at timestamp,
  UNIQUE (profile_id, following_id)
);

INSERT INTO followers (profile_id, following_id, local_profile, local_following, show_reblogs, notify, created_at, updated_at)
SELECT DISTINCT ON (a, b) xgen.pid(a), xgen.pid(b), a <= 160, b <= 160, (a + b) % 9 <> 0, (a + b) % 13 = 0, xgen.at('fc', a * 1000 + b), xgen.at('fc', a * 1000 + b)
FROM (SELECT 1 + fixture_gen.n('fa', k, 260) AS a, 1 + fixture_gen.n('fb', k, 260) AS b FROM generate_series(1, 700) k) x WHERE a <> b AND (a <= 160 OR b <= 160);

CREATE TABLE follow_requests (
  id bigserial PRIMARY KEY,
  follower_id bigint NOT NULL,
  following_id bigint NOT NULL,
  is_rejected boolean NOT NULL DEFAULT false,
  is_local boolean NOT NULL DEFAULT false,
  activity json,
  handled_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO follow_requests (follower_id, following_id, is_rejected, is_local, activity, handled_at, created_at, updated_at)
SELECT xgen.pid(a.i), xgen.pid(b.i), k % 7 = 3, a.local,
       CASE WHEN NOT a.local THEN json_build_object('@context', 'https://www.w3.org/ns/activitystreams', 'id', 'https://' || a.domain || '/users/' || a.username || '#follows/' || (3000 + k),
         'type', 'Follow', 'actor', 'https://' || a.domain || '/users/' || a.username, 'object', 'https://pix.tidewater.example/users/' || b.username) END,
       CASE WHEN k % 7 = 3 THEN xgen.at('frc', k) + interval '2 days' END, xgen.at('frc', k), xgen.at('frc', k)
FROM generate_series(1, 60) k
JOIN xgen.p a ON a.i = 1 + fixture_gen.n('fra', k, 260)
JOIN xgen.p b ON b.i = 1 + 8 * fixture_gen.n('frb', k, 20) + 5
WHERE a.i <> b.i;

-- direct messages: each one is also a status of visibility 'direct' ------------------
CREATE TABLE xgen.dm AS
SELECT k, 1 + fixture_gen.n('dmf', k, 160) AS fi, 1 + fixture_gen.n('dmt', k, 260) AS ti,
       CASE fixture_gen.n('dmx', k, 8)
         WHEN 0 THEN 'Hi! Loved your harbour shots. Would you do a family shoot for us? My number is ' || fixture_gen.phone('dmp', k)
         WHEN 1 THEN 'Sure, the print is £40, you can pay to ' || fixture_gen.iban_for('dmi', k) || ' (' || fixture_gen.full_name('dmn', k) || ')'
         WHEN 2 THEN 'See you at the club walk on Saturday!'
         WHEN 3 THEN 'Can you take that photo of me down please? I didn''t agree to it being posted.'
         WHEN 4 THEN 'My address for the zine is ' || fixture_gen.street('dms', k) || ', ' || fixture_gen.city('dmc', k) || ' ' || fixture_gen.postcode('dmz', k)
         WHEN 5 THEN 'Thanks for the follow 🙂'
         WHEN 6 THEN 'Here''s the link to the full gallery: https://photos.app.goo.gl/' || xgen.rnd('dml', k, 17)
         ELSE 'What lens was that?' END AS body,
       xgen.at('dmc', k) AS at
FROM generate_series(1, 120) k;

INSERT INTO statuses (id, caption, rendered, profile_id, type, url, scope, visibility, language, local, in_reply_to_profile_id, created_at, updated_at)
SELECT xgen.sid(10000 + d.k), d.body, '<p>' || d.body || '</p>', xgen.pid(d.fi), 'text', 'https://pix.tidewater.example/p/' || f.username || '/' || xgen.sid(10000 + d.k), 'direct', 'direct', f.lang, true, xgen.pid(d.ti), d.at, d.at
FROM xgen.dm d JOIN xgen.p f ON f.i = d.fi;

CREATE TABLE direct_messages (
  id bigserial PRIMARY KEY,
  to_id bigint NOT NULL,
  from_id bigint NOT NULL,
  from_profile_ids json,
  group_message boolean NOT NULL DEFAULT false,
  is_hidden boolean NOT NULL DEFAULT false,
  meta json,
  type varchar(255) DEFAULT 'text',
  status_id bigint NOT NULL,
  read_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO direct_messages (id, to_id, from_id, from_profile_ids, group_message, is_hidden, meta, type, status_id, read_at, created_at, updated_at)
SELECT d.k, xgen.pid(d.ti), xgen.pid(d.fi), json_build_array(xgen.pid(d.fi)), false, d.k % 17 = 4,
       CASE WHEN d.body LIKE '%https://%' THEN json_build_object('domain', 'photos.app.goo.gl', 'local', false, 'url', substring(d.body FROM 'https://\S+'))
            WHEN d.k % 5 = 0 THEN json_build_object('cached_text', d.body) END,
       CASE WHEN d.body LIKE '%https://%' THEN 'link' ELSE 'text' END,
       xgen.sid(10000 + d.k), CASE WHEN d.k % 3 <> 0 THEN d.at + interval '3 hours' END, d.at, d.at
FROM xgen.dm d;

-- notifications ---------------------------------------------------------------------------
CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  profile_id bigint NOT NULL,
  actor_id bigint,
  action varchar(255),
  item_id bigint,
  item_type varchar(255),
  message text,
  rendered text,
  read_at timestamp,
  created_at timestamp,
  updated_at timestamp,
  deleted_at timestamp
);

INSERT INTO notifications (profile_id, actor_id, action, item_id, item_type, message, rendered, read_at, created_at, updated_at)
SELECT l.status_profile_id, l.profile_id, 'like', l.status_id, 'App\Status',
       CASE WHEN l.id % 2 = 0 THEN a.handle || ' liked your post.' END,
       CASE WHEN l.id % 2 = 0 THEN '<a href="https://pix.tidewater.example/' || a.handle || '" class="profile-link">' || a.handle || '</a> liked your post.' END,
       CASE WHEN l.id % 3 <> 0 THEN l.created_at + interval '1 hour' END, l.created_at, l.created_at
FROM likes l JOIN xgen.p a ON xgen.pid(a.i) = l.profile_id WHERE l.id % 4 = 0
UNION ALL
SELECT f.following_id, f.profile_id, 'follow', f.profile_id, 'App\Profile',
       a.handle || ' followed you.', '<a href="https://pix.tidewater.example/' || a.handle || '" class="profile-link">' || a.handle || '</a> followed you.',
       NULL, f.created_at, f.created_at
FROM followers f JOIN xgen.p a ON xgen.pid(a.i) = f.profile_id WHERE f.local_following AND f.id % 3 = 0
UNION ALL
SELECT xgen.pid(d.ti), xgen.pid(d.fi), 'dm', d.k, 'App\DirectMessage', NULL, NULL, NULL, d.at, d.at FROM xgen.dm d WHERE d.ti <= 160;

-- collections -----------------------------------------------------------------------------
CREATE TABLE collections (
  id bigserial PRIMARY KEY,
  profile_id bigint,
  visibility varchar(255) NOT NULL DEFAULT 'public',
  title varchar(255),
  description text,
  is_nsfw boolean NOT NULL DEFAULT false,
  published_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO collections (profile_id, visibility, title, description, is_nsfw, published_at, created_at, updated_at)
SELECT xgen.pid(1 + fixture_gen.n('colp', k, 160)), CASE WHEN k % 4 = 1 THEN 'private' WHEN k % 6 = 2 THEN 'draft' ELSE 'public' END,
       CASE fixture_gen.n('colt', k, 8) WHEN 0 THEN 'Best of 2023' WHEN 1 THEN 'Lighthouses' WHEN 2 THEN fixture_gen.first_name('colk', k) || '''s first year'
         WHEN 3 THEN 'Film scans' WHEN 4 THEN 'Wedding: ' || fixture_gen.first_name('colw', k) || ' & ' || fixture_gen.first_name('colx', k) WHEN 5 THEN 'Birds of the estuary'
         WHEN 6 THEN 'Mum (' || fixture_gen.full_name('colm', k) || ')' ELSE 'Night sky' END,
       CASE fixture_gen.n('cold', k, 5) WHEN 0 THEN 'Photos I took at ' || fixture_gen.full_name('cold', k) || '''s 40th, for the family only.' WHEN 1 THEN 'Everything shot on my old Pentax.'
         WHEN 2 THEN 'Club challenge entries.' WHEN 3 THEN NULL ELSE 'Hospital and recovery, March to June. Thank you to everyone at Derriford ward 7.' END,
       false, CASE WHEN k % 6 <> 2 THEN xgen.at('colc', k) END, xgen.at('colc', k), xgen.at('colc', k) + interval '5 days'
FROM generate_series(1, 50) k;

CREATE TABLE collection_items (
  id bigserial PRIMARY KEY,
  collection_id bigint NOT NULL,
  "order" integer,
  object_type varchar(255) NOT NULL DEFAULT 'post',
  object_id bigint NOT NULL,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO collection_items (collection_id, "order", object_type, object_id, created_at, updated_at)
SELECT c.id, k, 'App\Status', xgen.sid(1 + fixture_gen.n('cit', c.id * 10 + k, 600)), c.created_at, c.created_at
FROM collections c, generate_series(1, 4) k;

-- stories ---------------------------------------------------------------------------------
CREATE TABLE stories (
  id bigserial PRIMARY KEY,
  profile_id bigint NOT NULL,
  type varchar(255),
  size integer,
  mime varchar(255),
  duration smallint,
  path varchar(255),
  remote_url text,
  media_url text,
  cdn_url varchar(255),
  public boolean NOT NULL DEFAULT false,
  local boolean NOT NULL DEFAULT false,
  view_count integer,
  comment_count integer,
  story json,
  expires_at timestamp,
  is_archived boolean DEFAULT false,
  name varchar(255),
  active boolean,
  can_reply boolean NOT NULL DEFAULT true,
  can_react boolean NOT NULL DEFAULT true,
  object_id varchar(255),
  object_uri varchar(255),
  bearcap_token text,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO stories (profile_id, type, size, mime, duration, path, remote_url, media_url, cdn_url, public, local, view_count, comment_count, story, expires_at, is_archived,
  name, active, can_reply, can_react, object_id, object_uri, bearcap_token, created_at, updated_at)
SELECT xgen.pid(p.i), CASE WHEN k % 9 = 4 THEN 'video' ELSE 'photo' END, 80000 + fixture_gen.n('stsz', k, 3000000),
       CASE WHEN k % 9 = 4 THEN 'video/mp4' ELSE 'image/jpeg' END, CASE WHEN k % 9 = 4 THEN 15 ELSE 10 END,
       CASE WHEN p.local THEN 'public/_esm.t3/' || substr(md5('stp' || p.i), 1, 3) || '/' || xgen.rnd('sth', k, 12) || '/' || xgen.rnd('stn', k, 40) || CASE WHEN k % 9 = 4 THEN '.mp4' ELSE '.jpg' END END,
       CASE WHEN NOT p.local THEN 'https://' || p.domain || '/storage/_esm.t3/' || xgen.rnd('stn', k, 40) || '.jpg' END,
       CASE WHEN NOT p.local THEN 'https://' || p.domain || '/storage/_esm.t3/' || xgen.rnd('stn', k, 40) || '.jpg' END,
       CASE WHEN p.local THEN 'https://cdn.pix.tidewater.example/_esm.t3/' || xgen.rnd('stn', k, 40) || '.jpg' END,
       k % 3 <> 0, p.local, fixture_gen.n('stvc', k, 60), fixture_gen.n('stcc', k, 4),
       CASE WHEN k % 4 = 0 THEN json_build_object('overlays', json_build_array(json_build_object('type', 'text', 'text',
         fixture_gen.pick(ARRAY['Happy birthday ' || fixture_gen.first_name('sto', k) || '!!', 'Ferry cancelled again 🙄', 'New prints in the shop', 'Back in Busan with ' || fixture_gen.full_name('stw', k)], 'stt', k)))) END,
       xgen.at('stc', k) + interval '24 hours', k % 5 = 0, NULL, xgen.at('stc', k) > timestamp '2024-09-29 00:00:00', k % 11 <> 3, true,
       CASE WHEN NOT p.local THEN (200000000000000000 + k * 31)::text END,
       CASE WHEN NOT p.local THEN 'https://' || p.domain || '/stories/' || p.username || '/' || (200000000000000000 + k * 31)::text END,
       CASE WHEN NOT p.local THEN 'bear:?t=' || xgen.rnd('stbt', k, 64) || '&u=' || replace('https://' || p.domain || '/stories/' || p.username || '/' || (200000000000000000 + k * 31)::text, '/', '%2F') END,
       xgen.at('stc', k), xgen.at('stc', k)
FROM generate_series(1, 150) k JOIN xgen.p p ON p.i = CASE WHEN k % 4 = 2 THEN 161 + fixture_gen.n('stpr', k, 100) ELSE 1 + fixture_gen.n('stpl', k, 160) END;

CREATE TABLE story_views (
  id bigserial PRIMARY KEY,
  story_id bigint NOT NULL,
  profile_id bigint NOT NULL,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO story_views (story_id, profile_id, created_at, updated_at)
SELECT DISTINCT ON (s.id, v) s.id, xgen.pid(v), s.created_at + make_interval(mins => k * 13), s.created_at + make_interval(mins => k * 13)
FROM stories s, generate_series(1, 3) k, LATERAL (SELECT 1 + fixture_gen.n('sv' || k, s.id, 160) AS v) x;

-- reports ---------------------------------------------------------------------------------
CREATE TABLE reports (
  id bigserial PRIMARY KEY,
  profile_id bigint NOT NULL,
  user_id bigint,
  object_id bigint NOT NULL,
  object_type varchar(255) NOT NULL,
  reported_profile_id bigint,
  type varchar(255) NOT NULL,
  message text,
  admin_action_taken varchar(255),
  admin_seen timestamp,
  not_interested boolean NOT NULL DEFAULT false,
  spam boolean NOT NULL DEFAULT false,
  nsfw boolean NOT NULL DEFAULT false,
  abusive boolean NOT NULL DEFAULT false,
  meta json,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO reports (profile_id, user_id, object_id, object_type, reported_profile_id, type, message, admin_action_taken, admin_seen, spam, nsfw, abusive, meta, created_at, updated_at)
SELECT xgen.pid(r.i), r.i, s.id, 'App\Status', s.profile_id, t.type,
       CASE fixture_gen.n('rpm', k, 7)
         WHEN 0 THEN 'This is a photo of my son ' || fixture_gen.first_name('rps', k) || ' taken at his school sports day without our consent. Please remove it.'
         WHEN 1 THEN 'Spam account selling followers.'
         WHEN 2 THEN 'This person keeps posting my home address (' || fixture_gen.street('rpa', k) || ') and pictures of my car. I am scared. You can reach me on ' || fixture_gen.phone('rpp', k)
         WHEN 3 THEN NULL
         WHEN 4 THEN 'Stolen photo, it is mine, original here: https://' || fixture_gen.ascii(fixture_gen.first_name('rpo', k)) || '.photo/galleries/harbour'
         WHEN 5 THEN 'Harassment in the comments towards @' || (SELECT username FROM xgen.p WHERE i = 1 + fixture_gen.n('rph', k, 160))
         ELSE 'Nudity not marked as sensitive.' END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['unlist', 'cw', 'delete', 'ignore'], 'rpx', k) END,
       CASE WHEN k % 3 = 0 THEN xgen.at('rpc', k) + interval '1 day' END, t.type = 'spam', t.type = 'sensitive', t.type = 'abusive',
       json_build_object('ip', CASE WHEN k % 2 = 0 THEN fixture_gen.ipv4('rpi', k) ELSE fixture_gen.ipv6('rpi', k) END, 'ua', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'),
       xgen.at('rpc', k), xgen.at('rpc', k) + interval '1 day'
FROM generate_series(1, 45) k
JOIN xgen.p r ON r.i = 1 + fixture_gen.n('rpr', k, 160)
JOIN statuses s ON s.id = xgen.sid(1 + fixture_gen.n('rpo', k, 600))
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['spam', 'sensitive', 'abusive', 'underage', 'copyright', 'impersonation', 'scam'], 'rpt', k) AS type) t;

-- user_filters: blocks and mutes --------------------------------------------------------
CREATE TABLE user_filters (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  filterable_id bigint NOT NULL,
  filterable_type varchar(255) NOT NULL,
  filter_type varchar(255) NOT NULL DEFAULT 'block',
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO user_filters (user_id, filterable_id, filterable_type, filter_type, created_at, updated_at)
SELECT DISTINCT ON (u, f, ft) xgen.pid(u), xgen.pid(f), 'App\Profile', ft, xgen.at('ufc', k), xgen.at('ufc', k)
FROM generate_series(1, 90) k, LATERAL (SELECT 1 + fixture_gen.n('ufu', k, 160) AS u, 1 + fixture_gen.n('uff', k, 260) AS f, CASE WHEN k % 3 = 0 THEN 'block' ELSE 'mute' END AS ft) x
WHERE u <> f;

-- Passport's OAuth tables -----------------------------------------------------------------
CREATE TABLE oauth_clients (
  id bigserial PRIMARY KEY,
  user_id bigint,
  name varchar(255) NOT NULL,
  secret varchar(100),
  provider varchar(255),
  redirect text NOT NULL,
  personal_access_client boolean NOT NULL,
  password_client boolean NOT NULL,
  revoked boolean NOT NULL,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO oauth_clients (id, user_id, name, secret, provider, redirect, personal_access_client, password_client, revoked, created_at, updated_at)
SELECT k, CASE WHEN k > 3 AND k % 3 = 0 THEN 1 + fixture_gen.n('ocu', k, 160) END,
       CASE k WHEN 1 THEN 'Pixelfed Personal Access Client' WHEN 2 THEN 'Pixelfed Password Grant Client' WHEN 3 THEN 'Pixelfed Web'
         ELSE fixture_gen.pick(ARRAY['Pixelfed for Android', 'PixelFed iOS', 'Vernissage', 'Ivory', 'Fedilab', 'Tusky', 'Elk', 'Phanpy', 'Pixelix', 'Ice Cubes', 'Harbourcam uploader', 'Moshidon'], 'ocn', k) END,
       xgen.rnd('ocs', k, 40), CASE WHEN k = 2 THEN 'users' END,
       CASE WHEN k <= 3 THEN 'http://localhost' ELSE fixture_gen.pick(ARRAY['urn:ietf:wg:oauth:2.0:oob', 'pixelfed://callback', 'com.vernissage.app://oauth', 'https://elk.zone/api/pix.tidewater.example/oauth', 'icecubesapp://'], 'ocr', k) END,
       k = 1, k = 2, k % 13 = 7, xgen.at('occ', k), xgen.at('occ', k)
FROM generate_series(1, 40) k;

CREATE TABLE oauth_access_tokens (
  id varchar(100) PRIMARY KEY,
  user_id bigint,
  client_id bigint NOT NULL,
  name varchar(255),
  scopes text,
  revoked boolean NOT NULL,
  created_at timestamp,
  updated_at timestamp,
  expires_at timestamp
);

INSERT INTO oauth_access_tokens (id, user_id, client_id, name, scopes, revoked, created_at, updated_at, expires_at)
SELECT fixture_gen.hexn('oat', k, 80), 1 + fixture_gen.n('oau', k, 160), CASE WHEN k % 6 = 0 THEN 1 ELSE 4 + fixture_gen.n('oac', k, 37) END,
       CASE WHEN k % 6 = 0 THEN fixture_gen.pick(ARRAY['backup script', 'Lightroom export', 'my raspberry pi', 'CLI upload'], 'oan', k) END,
       CASE WHEN k % 6 = 0 THEN '["read","write"]' ELSE '["read","write","follow","push"]' END,
       k % 9 = 2, xgen.at('oa', k), xgen.at('oa', k), xgen.at('oa', k) + interval '365 days'
FROM generate_series(1, 220) k;

CREATE TABLE oauth_refresh_tokens (
  id varchar(100) PRIMARY KEY,
  access_token_id varchar(100) NOT NULL,
  revoked boolean NOT NULL,
  expires_at timestamp
);

INSERT INTO oauth_refresh_tokens (id, access_token_id, revoked, expires_at)
SELECT fixture_gen.hexn('ort', k, 80), fixture_gen.hexn('oat', k, 80), k % 9 = 2, xgen.at('oa', k) + interval '400 days'
FROM generate_series(1, 220) k WHERE k % 6 <> 0;

-- user_devices, account_logs --------------------------------------------------------------
CREATE FUNCTION xgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'okhttp/4.12.0', 'Pixelfed/1.0 (iOS 17.6; iPhone15,2)'], tag, i)
$$;

CREATE TABLE user_devices (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  ip varchar(255) NOT NULL,
  user_agent varchar(255) NOT NULL,
  fingerprint varchar(255),
  name varchar(255),
  trusted boolean,
  last_active_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO user_devices (user_id, ip, user_agent, fingerprint, name, trusted, last_active_at, created_at, updated_at)
SELECT u.i, CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('udi', k) ELSE fixture_gen.ipv4('udi', k) END, xgen.ua('uda', k),
       fixture_gen.hexn('udf', k, 64),
       CASE WHEN k % 4 = 0 THEN split_part(coalesce(u.first, 'Club'), ' ', 1) || '''s ' || fixture_gen.pick(ARRAY['iPhone', 'Pixel 7', 'MacBook Air', 'ThinkPad', 'iPad'], 'udn', k) END,
       k % 5 <> 2, timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('udl', k, 5000)), xgen.at('udc', k), xgen.at('udc', k)
FROM generate_series(1, 260) k JOIN xgen.p u ON u.i = 1 + fixture_gen.n('udu', k, 160);

CREATE TABLE account_logs (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  item_id bigint,
  item_type varchar(255),
  action varchar(255),
  message varchar(255),
  link varchar(255),
  ip_address varchar(255),
  user_agent varchar(255),
  metadata json,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO account_logs (user_id, item_id, item_type, action, message, link, ip_address, user_agent, metadata, created_at, updated_at)
SELECT u.i, u.i, 'App\User', a.action,
       CASE a.action WHEN 'auth.login' THEN 'Account Login' WHEN 'account.edit.email' THEN 'Email Changed' WHEN 'account.edit.password' THEN 'Password Changed'
         WHEN 'account.edit.2fa' THEN 'Two-Factor Authentication Enabled' WHEN 'account.export' THEN 'Account Data Exported' ELSE 'Failed Login' END,
       CASE WHEN a.action = 'account.export' THEN 'https://pix.tidewater.example/settings/data-export' WHEN a.action LIKE 'account.edit%' THEN 'https://pix.tidewater.example/settings/security' END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.ipv6('ali', k) ELSE fixture_gen.ipv4('ali', k) END, xgen.ua('alu', k),
       CASE a.action WHEN 'account.edit.email' THEN json_build_object('old', fixture_gen.email('alo', k), 'new', u.email)
         WHEN 'auth.failed' THEN json_build_object('username_typed', CASE WHEN k % 2 = 0 THEN u.email ELSE u.username END) END,
       xgen.at('alc', k), xgen.at('alc', k)
FROM generate_series(1, 300) k JOIN xgen.p u ON u.i = 1 + fixture_gen.n('alu', k, 160)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['auth.login', 'auth.login', 'auth.login', 'account.edit.email', 'account.edit.password', 'account.edit.2fa', 'account.export', 'auth.failed'], 'ala', k) AS action) a;

-- contacts: messages to the admins ----------------------------------------------------------
CREATE TABLE contacts (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  response_requested boolean NOT NULL DEFAULT false,
  message text NOT NULL,
  response text,
  responded_by bigint,
  responded_at timestamp,
  read_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO contacts (user_id, response_requested, message, response, responded_by, responded_at, read_at, created_at, updated_at)
SELECT u.i, k % 2 = 0,
       CASE fixture_gen.n('ctm', k, 6)
         WHEN 0 THEN 'Hi, I lost access to my 2FA app after my phone broke. My old email was ' || fixture_gen.email('cto', k) || ', can you reset it? Call me on ' || fixture_gen.phone('ctp', k) || ' if needed.'
         WHEN 1 THEN 'Can the club get a verified badge? We are a registered charity.'
         WHEN 2 THEN 'My ex-partner ' || fixture_gen.full_name('cte', k) || ' is using a second account to follow me after I blocked them. Please help.'
         WHEN 3 THEN 'Uploads fail for photos over 15 MB.'
         WHEN 4 THEN 'Please delete my account, I am moving to ' || fixture_gen.city('ctc', k) || ' and starting fresh.'
         ELSE 'Is there a way to export all my photos with their captions?' END,
       CASE WHEN k % 3 = 0 THEN 'Hi ' || coalesce(u.first, 'there') || ', thanks for getting in touch. ' || fixture_gen.pick(ARRAY['We have reset your two-factor authentication, please sign in and set it up again.', 'We have looked into this and suspended the other account.', 'This is fixed in the next release.'], 'ctr', k) || ' — Admin' END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['1', '2'], 'ctb', k)::bigint END, CASE WHEN k % 3 = 0 THEN xgen.at('ctc', k) + interval '20 hours' END,
       CASE WHEN k % 4 <> 1 THEN xgen.at('ctc', k) + interval '4 hours' END, xgen.at('ctc', k), xgen.at('ctc', k)
FROM generate_series(1, 40) k JOIN xgen.p u ON u.i = 1 + fixture_gen.n('ctu', k, 160);

-- email_verifications, password_resets ---------------------------------------------------
CREATE TABLE email_verifications (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  email varchar(255),
  user_token varchar(255) NOT NULL,
  random_token varchar(255) NOT NULL,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO email_verifications (user_id, email, user_token, random_token, created_at, updated_at)
SELECT u.i, u.email, xgen.rnd('evu', u.i, 40), xgen.rnd('evr', u.i, 40), xgen.at('uc', u.i), xgen.at('uc', u.i)
FROM xgen.p u WHERE u.local AND u.i % 3 <> 2;

CREATE TABLE password_resets (
  email varchar(255) NOT NULL,
  token varchar(255) NOT NULL,
  created_at timestamp
);
CREATE INDEX password_resets_email_index ON password_resets (email);

INSERT INTO password_resets (email, token, created_at)
SELECT u.email, xgen.bcrypt('prt', u.i), timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('prc', u.i, 400))
FROM xgen.p u WHERE u.local AND u.i % 8 = 3;

-- user_invites ----------------------------------------------------------------------------
CREATE TABLE user_invites (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  profile_id bigint NOT NULL,
  email varchar(255) UNIQUE NOT NULL,
  message text,
  key varchar(255) NOT NULL,
  token varchar(255) NOT NULL,
  valid_until timestamp,
  used_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO user_invites (user_id, profile_id, email, message, key, token, valid_until, used_at, created_at, updated_at)
SELECT u.i, xgen.pid(u.i), fixture_gen.email('uie', k),
       CASE fixture_gen.n('uim', k, 4) WHEN 0 THEN 'Hey ' || fixture_gen.first_name('uie', k) || ', come and join us here, it''s like Instagram without the ads!'
         WHEN 1 THEN 'Invite for the club''s new members.' WHEN 2 THEN NULL ELSE 'Mum, this is where I post the photos of the kids now. Love, ' || coalesce(u.first, '') END,
       xgen.rnd('uik', k, 12), xgen.rnd('uit', k, 64), xgen.at('uic', k) + interval '14 days', CASE WHEN k % 3 = 0 THEN xgen.at('uic', k) + interval '2 days' END, xgen.at('uic', k), xgen.at('uic', k)
FROM generate_series(1, 35) k JOIN xgen.p u ON u.i = 1 + fixture_gen.n('uiu', k, 160);

-- remote_auths: sign in with a Mastodon account --------------------------------------------
CREATE TABLE remote_auths (
  id bigserial PRIMARY KEY,
  software varchar(255),
  domain varchar(255),
  webfinger varchar(255) UNIQUE,
  instance_id integer,
  user_id integer UNIQUE,
  client_id integer,
  ip_address varchar(255),
  bearer_token text,
  verify_credentials json,
  last_successful_login_at timestamp,
  last_verify_credentials_at timestamp,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO remote_auths (software, domain, webfinger, instance_id, user_id, client_id, ip_address, bearer_token, verify_credentials, last_successful_login_at, last_verify_credentials_at, created_at, updated_at)
SELECT 'mastodon', d.domain, '@' || u.username || '@' || d.domain, 1 + fixture_gen.n('rai', u.i, 4), u.i, 100 + fixture_gen.n('rac', u.i, 4), fixture_gen.ipv4('raip', u.i),
       xgen.b64url('rab', u.i, 32),
       json_build_object('id', (109000000000000000 + u.i * 13)::text, 'username', u.username, 'acct', u.username, 'display_name', u.full_name, 'locked', false, 'bot', false,
         'note', '<p>' || coalesce((SELECT bio FROM profiles WHERE id = xgen.pid(u.i)), '') || '</p>', 'url', 'https://' || d.domain || '/@' || u.username,
         'avatar', 'https://files.' || d.domain || '/accounts/avatars/' || fixture_gen.hexn('raav', u.i, 16) || '.png', 'followers_count', fixture_gen.n('raf', u.i, 800),
         'source', json_build_object('privacy', 'public', 'sensitive', false, 'language', u.lang, 'note', coalesce((SELECT bio FROM profiles WHERE id = xgen.pid(u.i)), ''))),
       xgen.at('ral', u.i), xgen.at('ral', u.i), xgen.at('uc', u.i), xgen.at('ral', u.i)
FROM xgen.p u CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['mastodon.social', 'fosstodon.org', 'photog.social', 'mastodon.online'], 'rad', u.i) AS domain) d
WHERE u.local AND u.org IS NULL AND u.i % 6 = 4;

-- instances -------------------------------------------------------------------------------
CREATE TABLE instances (
  id bigserial PRIMARY KEY,
  domain varchar(255) UNIQUE NOT NULL,
  url varchar(255),
  name varchar(255),
  admin_url varchar(255),
  limit_reason varchar(255),
  unlisted boolean NOT NULL DEFAULT false,
  auto_cw boolean NOT NULL DEFAULT false,
  banned boolean NOT NULL DEFAULT false,
  software varchar(255),
  user_count integer,
  status_count integer,
  last_crawled_at timestamp,
  notes text,
  base_domain varchar(255),
  ban_subdomains boolean,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO instances (domain, url, name, admin_url, limit_reason, unlisted, auto_cw, banned, software, user_count, status_count, last_crawled_at, notes, base_domain, ban_subdomains, created_at, updated_at)
SELECT d, 'https://' || d, CASE WHEN d LIKE '%.example' AND d NOT LIKE '%.%.example' THEN NULL ELSE initcap(split_part(d, '.', 1)) END,
       'https://' || d || '/about', CASE WHEN k % 7 = 3 THEN fixture_gen.pick(ARRAY['spam wave', 'harassment of members', 'unmarked nsfw'], 'inr', k) END,
       k % 7 = 3, k % 9 = 5, k % 11 = 6,
       CASE WHEN d LIKE '%pix%' OR d = 'metapixl.com' THEN 'pixelfed' WHEN d LIKE 'akkoma%' THEN 'akkoma' WHEN d LIKE 'gts%' THEN 'gotosocial' WHEN d = 'misskey.io' THEN 'misskey' WHEN d = 'lemmy.world' THEN 'lemmy' ELSE 'mastodon' END,
       CASE WHEN d LIKE '%.example' AND d NOT LIKE '%.%.example' THEN 1 ELSE 50 + fixture_gen.n('inu', k, 300000) END, fixture_gen.n('ins', k, 9000000),
       timestamp '2024-09-30 00:00:00' - make_interval(hours => fixture_gen.n('inl', k, 700)),
       CASE WHEN k % 11 = 6 THEN 'Defederated after repeated harassment of ' || fixture_gen.full_name('inn', k) || ' (see report #' || (k * 3) || '). Their admin ' || fixture_gen.email('ine', k) || ' never replied.'
            WHEN k % 5 = 0 THEN 'Friendly photography server, admin is responsive.' END,
       regexp_replace(d, '^[^.]+\.(?=[^.]+\.[^.]+$)', ''), k % 11 = 6, xgen.at('inc', k), xgen.at('inc', k)
FROM (SELECT DISTINCT domain AS d FROM xgen.p WHERE NOT local
      UNION SELECT unnest(ARRAY['mastodon.online', 'social.coop', 'spam-social.example', 'pawoo.net', 'misskey.io', 'hachyderm.io', 'lemmy.world'])) x
CROSS JOIN LATERAL (SELECT fixture_gen.n('ink', hashtext(d), 100000) AS k) y;

-- config_cache: the admin dashboard's settings (k/v) --------------------------------------
CREATE TABLE config_cache (
  id bigserial PRIMARY KEY,
  k varchar(255) UNIQUE NOT NULL,
  v text,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO config_cache (k, v, created_at, updated_at)
SELECT k, v, timestamp '2020-02-11 10:00:00' + make_interval(days => n), timestamp '2024-08-01 09:00:00' + make_interval(hours => n)
FROM (VALUES
  (1, 'app.name', 'Tidewater Pix'),
  (2, 'app.short_description', 'Photo sharing for the Kestrel Bay coast and the Tidewater Camera Club.'),
  (3, 'app.description', 'A friendly place to share photographs of the coast, run by volunteers.'),
  (4, 'app.rules', '["Be kind","Mark nudity and gore as sensitive","No photos of children without their parents'' consent","No commercial spam"]'),
  (5, 'instance.contact.email', 'admin@pix.tidewater.example'),
  (6, 'instance.contact.form.enabled', 'true'),
  (7, 'pixelfed.open_registration', 'false'),
  (8, 'pixelfed.max_photo_size', '15000'),
  (9, 'pixelfed.max_album_length', '6'),
  (10, 'pixelfed.enforce_email_verification', 'true'),
  (11, 'uikit.custom.css', '.navbar-brand { font-family: "Caveat", cursive; }'),
  (12, 'about.title', 'Tidewater Pix'),
  (13, 'instance.admin.pid', '412873000000104729'),
  (14, 'captcha.enabled', 'true'),
  (15, 'captcha.secret', '0x4AAAAAAA' || xgen.rnd('cfcs', 1, 22)),
  (16, 'captcha.sitekey', '0x4AAAAAAA' || xgen.rnd('cfck', 1, 12)),
  (17, 'mail.driver', 'smtp'),
  (18, 'mail.host', 'smtp.eu.mailgun.org'),
  (19, 'mail.port', '587'),
  (20, 'mail.username', 'postmaster@mg.pix.tidewater.example'),
  (21, 'mail.password', xgen.rnd('cfmp', 1, 32) || '-' || fixture_gen.hexn('cfmp2', 1, 8) || '-' || fixture_gen.hexn('cfmp3', 1, 8)),
  (22, 'mail.from.address', 'no-reply@pix.tidewater.example'),
  (23, 'pf.cloud_storage', 'true'),
  (24, 'filesystems.disks.s3.key', 'AKIA' || fixture_gen.chars('cfak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
  (25, 'filesystems.disks.s3.secret', xgen.rnd('cfas', 1, 40)),
  (26, 'filesystems.disks.s3.bucket', 'tidewater-pix-media'),
  (27, 'filesystems.disks.s3.endpoint', 'https://s3.eu-central-003.backblazeb2.com'),
  (28, 'instance.banner.blurhash', 'LKO2?U%2Tw=w]~RBVZRi};RPxuwH'),
  (29, 'federation.custom_emoji.enabled', 'true'),
  (30, 'pixelfed.oauth_enabled', 'true'),
  (31, 'instance.curated_registration.enabled', 'true'),
  (32, 'instance.curated_registration.notify.admin', '["admin@pix.tidewater.example","' || 'moderation.team@pix.tidewater.example' || '"]'),
  (33, 'instance.landing.show_staff', 'true'),
  (34, 'instance.push.expo.token', xgen.rnd('cfex', 1, 40)),
  (35, 'pixelfed.directory.token', 'pfd_' || xgen.rnd('cfdt', 1, 48)),
  (36, 'instance.privacy.dpo', 'Data protection contact: ' || 'Ngozi Adeyemi, 14 Quay Street, Kestrel Bay KB1 4QT, +44 7700 900461'),
  (37, 'pixelfed.autospam.enabled', 'true'),
  (38, 'pixelfed.cloud_storage', 'true')
) v(n, k, v);

-- admin moderation log ----------------------------------------------------------------------
CREATE TABLE mod_logs (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  user_username varchar(255),
  object_uid bigint,
  object_id bigint,
  object_type varchar(255),
  action varchar(255),
  message text,
  metadata json,
  access_level varchar(255) DEFAULT 'admin',
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO mod_logs (user_id, user_username, object_uid, object_id, object_type, action, message, metadata, access_level, created_at, updated_at)
SELECT m.i, m.username, s.profile_id, s.id, 'App\Status', a.action,
       CASE fixture_gen.n('mlm', k, 5)
         WHEN 0 THEN 'Removed at the request of the parent of the child shown (' || fixture_gen.full_name('mlp', k) || ').'
         WHEN 1 THEN 'Spam'
         WHEN 2 THEN NULL
         WHEN 3 THEN 'Doxxing: post showed ' || fixture_gen.first_name('mld', k) || '''s house number and car registration ' || upper(fixture_gen.chars('mlr', k, 2, 'ABCDEFGHJKLMNOPRSTUVWXY')) || fixture_gen.digits('mlr', k, 2) || ' ' || upper(fixture_gen.chars('mlr2', k, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ'))
         ELSE 'Added content warning.' END,
       json_build_object('caption', s.caption, 'profile', (SELECT handle FROM xgen.p WHERE xgen.pid(i) = s.profile_id), 'report_id', k),
       'admin', xgen.at('mlc', k), xgen.at('mlc', k)
FROM generate_series(1, 60) k JOIN xgen.p m ON m.i = 1 + k % 2
JOIN statuses s ON s.id = xgen.sid(1 + fixture_gen.n('mls', k, 600))
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['admin.status.moderate.addcw', 'admin.status.moderate.unlisted', 'admin.status.delete', 'admin.user.delete', 'admin.status.moderate.remcw'], 'mla', k) AS action) a;

-- import_posts: Instagram imports -----------------------------------------------------------
CREATE TABLE import_posts (
  id bigserial PRIMARY KEY,
  profile_id bigint NOT NULL,
  user_id integer NOT NULL,
  service varchar(255) NOT NULL,
  post_hash varchar(255),
  filename varchar(255) NOT NULL,
  media_count smallint NOT NULL,
  post_type varchar(255),
  caption text,
  media json,
  creation_year smallint,
  creation_month smallint,
  creation_day smallint,
  creation_id smallint,
  status_id bigint,
  creation_date timestamp,
  metadata json,
  skip_missing_media boolean NOT NULL DEFAULT false,
  uploaded_to_s3 boolean NOT NULL DEFAULT false,
  created_at timestamp,
  updated_at timestamp
);

INSERT INTO import_posts (profile_id, user_id, service, post_hash, filename, media_count, post_type, caption, media, creation_year, creation_month, creation_day, creation_id, status_id,
  creation_date, metadata, skip_missing_media, uploaded_to_s3, created_at, updated_at)
SELECT xgen.pid(u.i), u.i, 'instagram', fixture_gen.hexn('iph', k, 64),
       'media/posts/' || to_char(d, 'YYYYMM') || '/' || CASE WHEN k % 4 = 0 THEN replace(fixture_gen.full_name('ipf', k), ' ', '_') || '_' || to_char(d, 'YYYY-MM-DD') || '.jpg'
            ELSE fixture_gen.digits('ipn', k, 17) || '_' || fixture_gen.digits('ipn2', k, 15) || '_n.jpg' END,
       1 + k % 3, CASE WHEN k % 3 = 0 THEN 'photo' ELSE 'photo:album' END,
       xgen.caption(k + 5000, u.i),
       json_build_array(json_build_object('uri', 'media/posts/' || to_char(d, 'YYYYMM') || '/' || fixture_gen.digits('ipn', k, 17) || '_n.jpg', 'creation_timestamp', extract(epoch FROM d)::bigint, 'title', '')),
       extract(year FROM d), extract(month FROM d), extract(day FROM d), 1 + k % 3,
       CASE WHEN k % 5 <> 1 THEN xgen.sid(1 + fixture_gen.n('ips', k, 600)) END, d,
       json_build_object('exif_data', json_build_array(json_build_object('latitude', CASE WHEN k % 3 = 0 THEN round(50.3 + fixture_gen.n('ipla', k, 50000) / 1000000.0, 6) END,
         'longitude', CASE WHEN k % 3 = 0 THEN round(-4.1 + fixture_gen.n('iplo', k, 50000) / 1000000.0, 6) END, 'device_id', 'android-' || fixture_gen.hexn('ipd', k, 16))),
         'location', CASE WHEN k % 5 = 2 THEN fixture_gen.street('ipa', k) END),
       k % 13 = 4, k % 2 = 0, timestamp '2024-05-01 00:00:00' + make_interval(hours => k), timestamp '2024-05-01 00:00:00' + make_interval(hours => k + 1)
FROM generate_series(1, 120) k JOIN xgen.p u ON u.i = 1 + 5 * fixture_gen.n('ipu', k, 32)
CROSS JOIN LATERAL (SELECT (timestamp '2014-01-01 00:00:00' + make_interval(secs => fixture_gen.n('ipdt', k, 300000000)))::timestamp(0) AS d) dd;

-- failed_jobs -------------------------------------------------------------------------------
CREATE TABLE failed_jobs (
  id bigserial PRIMARY KEY,
  uuid varchar(255) UNIQUE,
  connection text NOT NULL,
  queue text NOT NULL,
  payload text NOT NULL,
  exception text NOT NULL,
  failed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT fixture_gen.uuid('fj', k), 'redis', j.queue,
       json_build_object('uuid', fixture_gen.uuid('fj', k), 'displayName', j.job, 'job', 'Illuminate\Queue\CallQueuedHandler@call', 'maxTries', NULL, 'timeout', NULL,
         'data', json_build_object('commandName', j.job, 'command',
           CASE WHEN j.job LIKE '%Mail%' THEN 'O:' || length(j.job) || ':"' || j.job || '":2:{s:4:"user";O:45:"Illuminate\Contracts\Database\ModelIdentifier":1:{s:2:"id";i:' || u.i || ';}s:5:"email";s:' || length(u.email) || ':"' || u.email || '";}'
                ELSE 'O:' || length(j.job) || ':"' || j.job || '":1:{s:6:"status";O:45:"Illuminate\Contracts\Database\ModelIdentifier":1:{s:2:"id";i:' || xgen.sid(k) || ';}}' END))::text,
       CASE WHEN j.job LIKE '%Mail%' THEN 'Symfony\Component\Mailer\Exception\TransportException: Expected response code "250" but got code "550", with message "550 5.1.1 <' || u.email || '>: Recipient address rejected: User unknown". in /var/www/pixelfed/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342'
            ELSE 'GuzzleHttp\Exception\ConnectException: cURL error 28: Connection timed out after 10001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl.html) for https://' || fixture_gen.pick(ARRAY['mastodon.social', 'gts.northsea.example', 'photog.social'], 'fjd', k) || '/inbox in /var/www/pixelfed/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210' END,
       xgen.at('fjc', k)
FROM generate_series(1, 40) k JOIN xgen.p u ON u.i = 1 + fixture_gen.n('fju', k, 160)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['App\Jobs\StatusPipeline\StatusActivityPubDeliver', 'App\Mail\ConfirmEmail', 'App\Jobs\MediaPipeline\MediaStoragePipeline', 'App\Mail\PasswordChange'], 'fjj', k) AS job,
                           fixture_gen.pick(ARRAY['high', 'default', 'low', 'mmo'], 'fjq', k) AS queue) j;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
