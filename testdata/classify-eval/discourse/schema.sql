-- classify-eval fixture (HOLDOUT 12, with openmrs: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): a Discourse 3.2 forum on PostgreSQL in Discourse's own Rails
-- naming (plural snake_case tables, integer and bigint ids, created_at and
-- updated_at timestamps without time zone, JSON kept as text, inet columns),
-- a subset of its tables and of their columns with their real names and
-- types. "Hearthstack Community", the support and community forum of a
-- Berlin smart-home hub maker, about 1,500 accounts: the system user and
-- discobot, staff, members from many countries, and staged users created by
-- mail to the support address. Users with PBKDF2 hashes and salts, IPs, a
-- cakeday date_of_birth (year 1904), titles that are badges or job titles;
-- primary and secondary emails with their normalized form; profiles with a
-- typed location, personal websites and bios giving phones and emails;
-- sessions kept as hashed tokens beside the client IP and user agent, and
-- their log; user API keys whose application_name names the owner's phone;
-- admin API keys by hash and a four-character prefix, with descriptions
-- naming people; user fields (labels: phone, date of birth, company) and
-- what members entered in them as user_field_N custom fields beside plugin
-- flags; topic custom fields that are ids and counts; post custom fields
-- with the invited username and staff notices; categories with support
-- mailboxes in email_in and topic templates; topics whose titles, slugs and
-- excerpts are public copy, or in private messages and the private Support,
-- Staff and RMA categories name customers; posts (raw Markdown and cooked
-- HTML) with marketplace listings giving phones and home addresses, pasted
-- logs with public IPs, a config with an API token, support mails with
-- signatures, and raw_email holding the full message; revisions whose YAML
-- keeps the phone number a member removed; search data built from posts and
-- from usernames and names; groups with a support mailbox's IMAP/SMTP login
-- and password and partner companies' mail domains; invites with their keys
-- and messages; email tokens by hash; email logs, incoming mail (full RFC
-- 822 messages, bounces quoting addresses, rejections); screened emails,
-- IPs and URLs; the staff action log (deleted users' details, deleted posts'
-- raw, suspension messages, changed usernames, emails and settings); search
-- terms (usernames, names, emails, order numbers); DiscourseConnect records
-- with their last payload; Google, GitHub and Discord logins with tokens,
-- profiles and Google ID tokens; webhooks whose URL or secret is the
-- credential, and their events' user JSON; site settings mixing site copy
-- with OAuth client secrets, S3 keys, a POP3 password and plugin API keys;
-- uploads named after people (avatars, receipts, an ID), optimized images;
-- notifications naming users; chat channels and messages (DMs with phones
-- and addresses); the review queue's payloads; badges, tags, themes and
-- their settings and compiled JavaScript, a theme remote with an SSH
-- private key; drafts with unsent replies; named bookmarks; the directory;
-- reply-by-email keys, TOTP secrets and backup-code hashes, email change
-- requests, unsubscribe keys, web push subscriptions, and the plugin store
-- (staff notes on members, Patreon tokens, chat integration rules).
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA dgen;

-- ts: a timestamp without time zone, to the second (Rails' default type).
CREATE FUNCTION dgen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT (fixture_gen.stamp(tag, i) AT TIME ZONE 'UTC')::timestamp(0) $$;

-- b58: base58 characters (Discourse's SecureRandom.base58 tokens).
CREATE FUNCTION dgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') $$;

-- tok: len letters and digits, fast (base64 of pseudo-random bytes, +/= folded).
CREATE FUNCTION dgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, least(len, 190)), '+/=', 'xQ7'), 1, len) $$;

-- sha1b64: what Digest::SHA1.base64digest gives (28 characters).
CREATE FUNCTION dgen.sha1b64(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(substr(sha256(convert_to(tag || '/' || i, 'UTF8')), 1, 20), 'base64') $$;

-- cj: JSON as Ruby's to_json writes it (no spaces), keys in their order.
CREATE FUNCTION dgen.cj(j json) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE r text;
BEGIN
  CASE json_typeof(j)
  WHEN 'object' THEN
    SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || dgen.cj(e.value), ',' ORDER BY e.ord), '') || '}' INTO r FROM json_each(j) WITH ORDINALITY e(key, value, ord);
  WHEN 'array' THEN
    SELECT '[' || coalesce(string_agg(dgen.cj(e.value), ',' ORDER BY e.ord), '') || ']' INTO r FROM json_array_elements(j) WITH ORDINALITY e(value, ord);
  ELSE r := j::text;
  END CASE;
  RETURN r;
END $$;

-- h: HTML-escaped text.
CREATE FUNCTION dgen.h(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(replace(s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') $$;

-- cook: a rough Markdown to HTML pass like PrettyText's output (paragraphs,
-- @mentions, inline code, quotes).
CREATE FUNCTION dgen.cook(raw text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<p>' || regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           replace(dgen.h(raw), E'\n\n', E'</p>\n<p>'),
           '```(\w*)\n([^`]*)\n```', '<pre><code class="lang-\1">\2</code></pre>', 'g'),
           '!\[([^|\]]*)\|(\d+)x(\d+)\]\(upload://([A-Za-z0-9]+)\.(\w+)\)', '<img src="https://community.hearthstack.example/uploads/default/original/2X/\4.\5" alt="\1" width="\2" height="\3">', 'g'),
           '(^|\s)@([A-Za-z0-9_.]+)', '\1<a class="mention" href="/u/\2">@\2</a>', 'g'),
           '`([^`]+)`', '<code>\1</code>', 'g'),
           '\[quote=&quot;([^,]+), post:(\d+), topic:(\d+)&quot;\]', '<aside class="quote no-group" data-username="\1" data-post="\2" data-topic="\3"><div class="title">\1:</div><blockquote>', 'g'),
           '\[/quote\]', '</blockquote></aside>', 'g') || '</p>'
$$;

CREATE FUNCTION dgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66',
    'DiscourseHub/2.1.3 (iPhone; iOS 17.3; Scale/3.00)'], tag, i)
$$;

-- mail: a personal address in one of several shapes.
CREATE FUNCTION dgen.mail(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'sh', i, 5)
           WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
           WHEN 1 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (i % 100)
           WHEN 2 THEN fixture_gen.ascii(f) || '_' || fixture_gen.ascii(l)
           WHEN 3 THEN fixture_gen.ascii(f) || (1960 + i % 45)
           ELSE fixture_gen.ascii(l) || '.' || fixture_gen.ascii(f) END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'free.fr',
         'proton.me', 'icloud.com', 'yahoo.co.jp', 'naver.com', 'libero.it', 'mail.ru', 'wp.pl', 'outlook.es', 'uol.com.br', 'posteo.de', 'fastmail.com'], tag || 'd', i)
$$;

-- People. -1 system, -2 discobot; 1-4 admins and 5-12 moderators (Hearthstack
-- staff); 13-1379 members; 1380-1500 staged users created by incoming email.
CREATE TABLE dgen.u AS
SELECT i, f AS first, l AS last, f || ' ' || l AS full,
       CASE WHEN i BETWEEN 1 AND 12 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@hearthstack.example'
            ELSE dgen.mail(f, l, 'dum', i) END AS email,
       CASE WHEN i BETWEEN 1 AND 12 THEN substr(fixture_gen.ascii(f), 1, 12) || '_hs'
            WHEN i >= 1380 THEN NULL
            ELSE CASE fixture_gen.n('dun', i, 7)
              WHEN 0 THEN substr(fixture_gen.ascii(f) || '_' || fixture_gen.ascii(l), 1, 20)
              WHEN 1 THEN substr(substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l), 1, 18)
              WHEN 2 THEN substr(fixture_gen.ascii(f), 1, 14) || (10 + i % 89)
              WHEN 3 THEN fixture_gen.pick(ARRAY['zwave', 'sparky', 'homelab', 'relay', 'solder', 'mqtt', 'circuit', 'byte', 'pixel', 'owl', 'fox', 'nordic', 'attic', 'kettle', 'lumen', 'voltage'], 'duh1', i)
                       || fixture_gen.pick(ARRAY['_nerd', 'guy', '_tinkerer', 'head', '_fan', 'smith', '42', '_dev', 'maker', '_home'], 'duh2', i)
              WHEN 4 THEN substr(fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l), 1, 20)
              WHEN 5 THEN initcap(substr(fixture_gen.ascii(f), 1, 12)) || upper(substr(fixture_gen.ascii(l), 1, 1))
              ELSE substr(fixture_gen.ascii(l), 1, 12) || '_' || substr(fixture_gen.ascii(f), 1, 1) END END AS username,
       fixture_gen.pick(ARRAY['en', 'en', 'en', 'de', 'de', 'fr', 'es', 'pt_BR', 'it', 'pl_PL', 'ja', 'ko', 'nl', 'sv', 'tr_TR'], 'dloc', i) AS locale,
       fixture_gen.phone('dph', i) AS phone,
       fixture_gen.city('dcity', i) AS city
FROM (SELECT i, fixture_gen.first_name('duf', i) AS f, fixture_gen.last_name('dul', i) AS l FROM generate_series(1, 1500) i) x;
UPDATE dgen.u SET username = split_part(email, '@', 1) WHERE i >= 1380;
UPDATE dgen.u SET username = substr(regexp_replace(username, '[^A-Za-z0-9_.]', '', 'g'), 1, 20);
UPDATE dgen.u p SET username = substr(p.username, 1, 16) || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY lower(username) ORDER BY i) AS rn FROM dgen.u) d WHERE d.i = p.i AND d.rn > 1;
UPDATE dgen.u p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM dgen.u) d WHERE d.i = p.i AND d.rn > 1;
INSERT INTO dgen.u VALUES (-1, 'system', '', 'system', 'no_email', 'system', 'en', NULL, NULL), (-2, 'discobot', '', 'discobot', 'discobot_email', 'discobot', 'en', NULL, NULL);
CREATE UNIQUE INDEX ON dgen.u (i);

-- Employers of the installers and integrators among the members (a
-- professional installer program; their work addresses).
CREATE TABLE dgen.emp AS
SELECT k, nm, dom FROM (VALUES (1, 'SmartHome Profis GmbH', 'smarthome-profis.example'), (2, 'Domotica Rossi S.r.l.', 'domotica-rossi.example'),
  (3, 'Brightwire Installations Ltd', 'brightwire.example'), (4, 'Maison Connectée SARL', 'maison-connectee.example'), (5, 'Nordlys Elektro AS', 'nordlys-elektro.example'),
  (6, 'Casa Viva Automação', 'casaviva.example'), (7, 'Kowalski Instalacje', 'kowalski-instalacje.example'), (8, 'Tanaka Denki K.K.', 'tanaka-denki.example')) v(k, nm, dom);

CREATE TABLE users (
    id integer PRIMARY KEY, username varchar(60) NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, name varchar, last_posted_at timestamp,
    password_hash varchar(64), salt varchar(32), active boolean DEFAULT false NOT NULL, username_lower varchar(60) NOT NULL, last_seen_at timestamp,
    admin boolean DEFAULT false NOT NULL, last_emailed_at timestamp, trust_level integer NOT NULL, suspended_till timestamp, date_of_birth date, ip_address inet,
    moderator boolean DEFAULT false, title varchar, uploaded_avatar_id integer, locale varchar(10), primary_group_id integer, registration_ip_address inet,
    staged boolean DEFAULT false NOT NULL, silenced_till timestamp, secure_identifier varchar, flair_group_id integer, password_algorithm varchar(64)
);
INSERT INTO users
SELECT u.i, u.username, c.cr, c.cr + make_interval(days => fixture_gen.n('duup', u.i, 700)),
       CASE WHEN u.i <= 12 THEN u.full WHEN u.i >= 1380 THEN u.full WHEN u.i % 9 = 4 THEN NULL WHEN u.i % 9 = 7 THEN '' WHEN u.i % 13 = 5 THEN u.first ELSE u.full END,
       CASE WHEN u.i < 1380 AND u.i % 5 <> 3 THEN c.cr + make_interval(days => fixture_gen.n('dlp', u.i, 800)) END,
       CASE WHEN u.i BETWEEN 1 AND 1379 AND u.i % 4 <> 0 THEN fixture_gen.hexn('dpw', u.i, 64) END,
       CASE WHEN u.i BETWEEN 1 AND 1379 AND u.i % 4 <> 0 THEN fixture_gen.hexn('dsalt', u.i, 32) END,
       u.i < 1380 AND u.i % 47 <> 11, lower(u.username),
       CASE WHEN u.i = -2 THEN NULL WHEN u.i < 1380 THEN c.cr + make_interval(days => 30 + fixture_gen.n('dls', u.i, 900)) END,
       u.i BETWEEN 1 AND 4 OR u.i = -1, CASE WHEN u.i > 0 THEN c.cr + make_interval(days => fixture_gen.n('dle', u.i, 900)) END,
       CASE WHEN u.i < 0 THEN 4 WHEN u.i BETWEEN 1 AND 12 THEN 4 WHEN u.i >= 1380 THEN 0 ELSE (ARRAY[0, 1, 1, 1, 2, 2, 2, 3, 3, 4])[1 + fixture_gen.n('dtl', u.i, 10)] END, CASE WHEN u.i % 97 = 41 THEN c.cr + make_interval(days => CASE WHEN u.i % 2 = 0 THEN 230 ELSE 73000 END) END,
       CASE WHEN u.i > 12 AND u.i < 1380 AND u.i % 10 IN (1, 4, 8) THEN date '1904-01-01' + fixture_gen.n('dbd', u.i, 365) END,
       CASE WHEN u.i > 0 AND u.i < 1380 THEN (CASE WHEN u.i % 6 = 0 THEN fixture_gen.ipv6('dip', u.i) ELSE fixture_gen.ipv4('dip', u.i) END)::inet END,
       u.i BETWEEN 5 AND 12 OR u.i = -1,
       CASE WHEN u.i BETWEEN 1 AND 12 THEN (ARRAY['Co-founder & CTO', 'Community Manager', 'Head of Support', 'Firmware Lead', 'Support Engineer', 'Hearthstack Staff', 'Developer Relations', 'Support Engineer',
                 'QA Engineer', 'Hearthstack Staff', 'Technical Writer', 'Support Team Lead'])[u.i]
            WHEN u.i > 12 AND u.i < 1380 AND u.i % 11 = 2 THEN fixture_gen.pick(ARRAY['Leader', 'Regular', 'Community Champion', 'Beta Tester', 'Certified Installer', 'Translator'], 'dttl', u.i)
            WHEN u.i > 12 AND u.i < 1380 AND u.i % 53 = 7 THEN fixture_gen.pick(ARRAY['Electrician, 20 yrs', 'Smart home installer @ Brightwire', 'Retired network engineer', 'Firmware dev (day job)', 'IT teacher'], 'dttl2', u.i) END,
       CASE WHEN u.i > 0 AND u.i < 1380 AND u.i % 3 = 0 THEN u.i END,
       CASE WHEN u.i > 0 AND u.i % 10 < 3 THEN u.locale END,
       CASE WHEN u.i BETWEEN 1 AND 12 THEN 41 WHEN u.i > 12 AND u.i < 1380 AND u.i % 29 = 4 THEN 44 END,
       CASE WHEN u.i > 12 THEN (CASE WHEN u.i % 8 = 0 THEN fixture_gen.ipv6('drip', u.i) ELSE fixture_gen.ipv4('drip', u.i) END)::inet END,
       u.i >= 1380,
       CASE WHEN u.i % 89 = 30 THEN c.cr + make_interval(days => 400) END,
       CASE WHEN u.i BETWEEN 1 AND 12 OR u.i % 23 = 6 THEN fixture_gen.hexn('dsid', u.i, 40) END,
       CASE WHEN u.i BETWEEN 1 AND 12 THEN 41 WHEN u.i > 12 AND u.i < 1380 AND u.i % 29 = 4 THEN 44 WHEN u.i % 31 = 8 THEN 43 END,
       CASE WHEN u.i BETWEEN 1 AND 1379 AND u.i % 4 <> 0 THEN CASE WHEN u.i % 3 = 1 THEN '$pbkdf2-sha256$i=64000,l=32$' ELSE '$pbkdf2-sha256$i=600000,l=32$' END END
FROM dgen.u u, LATERAL (SELECT CASE WHEN u.i < 0 THEN timestamp '2020-11-02 10:04:11' WHEN u.i <= 12 THEN timestamp '2020-11-02 11:00:00' + make_interval(days => u.i * 20)
                                    ELSE dgen.ts('dcr', u.i) END AS cr) c;

CREATE TABLE user_emails (
    id integer PRIMARY KEY, user_id integer NOT NULL, email varchar(513) NOT NULL, "primary" boolean DEFAULT false NOT NULL, created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL, normalized_email varchar
);
INSERT INTO user_emails
SELECT row_number() OVER (ORDER BY e.uid, e.prim DESC), e.uid, e.email, e.prim, u.created_at + make_interval(days => CASE WHEN e.prim THEN 0 ELSE 30 + e.uid % 300 END), u.created_at + make_interval(days => CASE WHEN e.prim THEN 0 ELSE 30 + e.uid % 300 END),
       CASE WHEN split_part(lower(e.email), '@', 2) = 'gmail.com' THEN replace(split_part(split_part(lower(e.email), '@', 1), '+', 1), '.', '') || '@gmail.com'
            ELSE split_part(split_part(lower(e.email), '@', 1), '+', 1) || '@' || split_part(lower(e.email), '@', 2) END
FROM (SELECT i AS uid, email, true AS prim FROM dgen.u
      UNION ALL
      SELECT i, CASE WHEN i % 29 = 4 THEN substr(fixture_gen.ascii(first), 1, 1) || '.' || fixture_gen.ascii(last) || '@' || (SELECT dom FROM dgen.emp WHERE k = 1 + i % 8)
                     WHEN i % 3 = 0 THEN replace(email, '@', '+forum@') ELSE dgen.mail(first, last, 'dum2', i) END, false
      FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND (i % 11 = 0 OR i % 29 = 4)) e
JOIN users u ON u.id = e.uid;
UPDATE user_emails SET normalized_email = NULL WHERE user_id < 0;

CREATE TABLE user_profiles (
    user_id integer PRIMARY KEY, location varchar(3000), website varchar(3000), bio_raw text, bio_cooked text, dismissed_banner_key integer, views integer DEFAULT 0 NOT NULL,
    profile_background_upload_id integer, card_background_upload_id integer
);
INSERT INTO user_profiles
SELECT u.i,
       CASE WHEN u.i BETWEEN 1 AND 12 THEN 'Berlin' WHEN u.i > 12 AND u.i < 1380 AND u.i % 3 <> 1 THEN fixture_gen.pick(ARRAY[
              u.city, u.city || ', ' || (SELECT c FROM (VALUES ('Springfield', 'USA'), ('Portland', 'OR'), ('Austin', 'TX'), ('Manchester', 'UK'), ('Leeds', 'UK'), ('München', 'Germany'), ('Köln', 'Germany'),
              ('Lyon', 'France'), ('Toulouse', 'France'), ('Sevilla', 'Spain'), ('Porto', 'Portugal'), ('Bologna', 'Italy'), ('Pune', 'India'), ('Bengaluru', 'India'), ('Osaka', 'Japan'),
              ('Busan', 'South Korea'), ('Lagos', 'Nigeria'), ('Accra', 'Ghana'), ('Kraków', 'Poland'), ('Göteborg', 'Sweden'), ('Curitiba', 'Brazil')) v(ci, c) WHERE v.ci = u.city),
              'near ' || u.city, u.city || ' area', 'Bavaria', 'Somewhere in the Alps', 'Pacific Northwest', 'Ruhrgebiet', 'Outer Hebrides', u.city || ' (originally ' || fixture_gen.city('dlo', u.i) || ')',
              fixture_gen.street('dlst', u.i) || ', ' || u.city], 'dlt', u.i) END,
       CASE WHEN u.i > 12 AND u.i < 1380 AND u.i % 7 = 2 THEN fixture_gen.pick(ARRAY[
              'https://' || fixture_gen.ascii(u.first) || fixture_gen.ascii(u.last) || '.dev', 'https://www.' || fixture_gen.ascii(u.last) || '-' || fixture_gen.ascii(u.first) || '.example/blog',
              'https://github.com/' || u.username, 'https://www.youtube.com/@' || u.username, 'https://mastodon.social/@' || u.username,
              'https://www.linkedin.com/in/' || fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || '-' || substr(md5('dli' || u.i), 1, 6)], 'dws', u.i)
            WHEN u.i > 12 AND u.i % 29 = 4 THEN 'https://www.' || (SELECT dom FROM dgen.emp WHERE k = 1 + u.i % 8) END,
       b.bio, CASE WHEN b.bio IS NOT NULL THEN dgen.cook(b.bio) END,
       CASE WHEN u.i > 0 AND u.i % 4 = 1 THEN 3 + u.i % 5 END,
       CASE WHEN u.i > 0 THEN fixture_gen.n('dpv', u.i, 400) ELSE 0 END,
       CASE WHEN u.i > 0 AND u.i % 19 = 6 THEN 1000 + u.i % 200 END, CASE WHEN u.i > 0 AND u.i % 23 = 6 THEN 1000 + u.i % 200 END
FROM dgen.u u, LATERAL (SELECT CASE
       WHEN u.i = -1 THEN NULL
       WHEN u.i = -2 THEN 'Hi, I''m not a real person. I''m a bot that can teach you about this site. To interact with me, send me a message or mention **`@discobot`** anywhere.'
       WHEN u.i BETWEEN 1 AND 12 THEN (ARRAY['Co-founder. I wrote the first Hearthstack firmware in my kitchen in 2019. Ping me about the Zigbee stack.',
              'Community Manager at Hearthstack. I run this forum, the meetups and the ambassador program. DMs open, or email me at ' || u.email || '.',
              'Head of Support. If something is broken and it is our fault, I want to know.', 'Firmware lead. Mostly radio stacks and OTA updates.',
              'Support engineer (EMEA). Deutsch, English, Français.', 'Moderator. Hardware tinkerer, based in Berlin.', 'DevRel: integrations, the REST API and MQTT bridge.',
              'Support engineer (APAC), on shift 01:00-09:00 UTC. Out of hours urgent RMA issues: ' || u.phone || '.', 'QA. I break things so you do not have to.',
              'Moderator, beta program.', 'I write the docs. Tell me what is unclear.', 'Support team lead. Escalations go to me.'])[u.i]
       WHEN u.i >= 1380 OR u.i % 4 <> 1 THEN NULL
       ELSE fixture_gen.pick(ARRAY[
              'Home automation enthusiast since the X10 days. Running Hearthstack on a Raspberry Pi 4 with about 60 Zigbee devices.',
              'Electrician by trade, tinkerer by night. I install Hearthstack hubs for clients around ' || u.city || '. Call ' || u.phone || ' for quotes.',
              'Dad of three, trying to automate the chaos. Mostly lights, blinds and the garden irrigation.',
              'Software developer. I maintain the unofficial Node-RED nodes for Hearthstack.',
              'Just getting started. Please be gentle!',
              'I am ' || u.full || ', retired telecom engineer living in ' || u.city || '. Happy to help beginners over the phone: ' || u.phone || '.',
              'Renovating a 1930s house and wiring everything I can. Blog in profile.',
              'Accessibility nerd: I use voice control for everything because of a spinal injury, so I care a lot about reliability.',
              'Zigbee, Z-Wave, Thread. Opinions are my own.',
              'Contact: ' || u.email || ' (please no sales pitches).'], 'dbio', u.i) END AS bio) b;

CREATE TABLE user_stats (
    user_id integer PRIMARY KEY, topics_entered integer DEFAULT 0 NOT NULL, time_read integer DEFAULT 0 NOT NULL, days_visited integer DEFAULT 0 NOT NULL,
    posts_read_count integer DEFAULT 0 NOT NULL, likes_given integer DEFAULT 0 NOT NULL, likes_received integer DEFAULT 0 NOT NULL, post_count integer DEFAULT 0 NOT NULL,
    topic_count integer DEFAULT 0 NOT NULL, bounce_score double precision DEFAULT 0 NOT NULL
);
INSERT INTO user_stats
SELECT u.id, fixture_gen.n('dste', u.id, 900), fixture_gen.n('dstr', u.id, 400000), fixture_gen.n('dstd', u.id, 500), fixture_gen.n('dstp', u.id, 9000),
       fixture_gen.n('dstl', u.id, 300), fixture_gen.n('dstlr', u.id, 400), fixture_gen.n('dstpc', u.id, 300), fixture_gen.n('dsttc', u.id, 25),
       CASE WHEN u.id % 37 = 5 THEN 2.5 WHEN u.id % 53 = 9 THEN 1.0 ELSE 0 END
FROM users u;

CREATE TABLE user_options (
    user_id integer PRIMARY KEY, mailing_list_mode boolean DEFAULT false NOT NULL, email_digests boolean, external_links_in_new_tab boolean DEFAULT false NOT NULL,
    digest_after_minutes integer, theme_ids integer[] DEFAULT '{}'::integer[] NOT NULL, allow_private_messages boolean DEFAULT true NOT NULL,
    hide_profile_and_presence boolean DEFAULT false NOT NULL, email_level integer DEFAULT 1 NOT NULL, email_messages_level integer DEFAULT 0 NOT NULL, timezone varchar,
    chat_enabled boolean DEFAULT true NOT NULL, seen_popups integer[]
);
INSERT INTO user_options
SELECT u.id, u.id % 50 = 7, u.id % 5 <> 2, u.id % 8 = 3, (ARRAY[1440, 10080, 10080, 43200, 1440])[1 + u.id % 5], CASE WHEN u.id % 9 = 2 THEN '{3}'::int[] ELSE '{}'::int[] END, u.id % 41 <> 17, u.id % 67 = 5, u.id % 3, u.id % 2,
       CASE WHEN u.id < 0 THEN NULL WHEN u.id <= 12 THEN 'Europe/Berlin' WHEN u.id % 7 = 6 THEN NULL ELSE
         (SELECT tz FROM (VALUES ('Springfield', 'America/Chicago'), ('Portland', 'America/Los_Angeles'), ('Austin', 'America/Chicago'), ('Manchester', 'Europe/London'), ('Leeds', 'Europe/London'),
           ('München', 'Europe/Berlin'), ('Köln', 'Europe/Berlin'), ('Lyon', 'Europe/Paris'), ('Toulouse', 'Europe/Paris'), ('Sevilla', 'Europe/Madrid'), ('Porto', 'Europe/Lisbon'),
           ('Bologna', 'Europe/Rome'), ('Pune', 'Asia/Calcutta'), ('Bengaluru', 'Asia/Kolkata'), ('Osaka', 'Asia/Tokyo'), ('Busan', 'Asia/Seoul'), ('Lagos', 'Africa/Lagos'),
           ('Accra', 'Africa/Accra'), ('Kraków', 'Europe/Warsaw'), ('Göteborg', 'Europe/Stockholm'), ('Curitiba', 'America/Sao_Paulo')) v(c, tz) WHERE v.c = d.city) END, u.id % 10 <> 9,
       CASE WHEN u.id % 5 = 0 THEN '{1,2,3,4,5,6}'::int[] WHEN u.id % 5 = 1 THEN '{1,2}'::int[] END
FROM users u JOIN dgen.u d ON d.i = u.id;

-- Sessions: the cookie carries the token, the table keeps its SHA-1 (with the
-- secret key base) in base64, and the previous one after each rotation.
CREATE TABLE user_auth_tokens (
    id integer PRIMARY KEY, user_id integer NOT NULL, auth_token varchar NOT NULL, prev_auth_token varchar NOT NULL, user_agent varchar,
    auth_token_seen boolean DEFAULT false NOT NULL, client_ip inet, rotated_at timestamp NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    seen_at timestamp, authenticated_with_oauth boolean DEFAULT false
);
INSERT INTO user_auth_tokens
SELECT k, u, dgen.sha1b64('dat', k), CASE WHEN k % 5 = 0 THEN dgen.sha1b64('dat', k) ELSE dgen.sha1b64('dpat', k) END, dgen.ua('duat', k), k % 9 <> 3,
       (CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6('dcip', k) ELSE fixture_gen.ipv4('dcip', k) END)::inet,
       dgen.ts('dath', k) + interval '10 minutes', dgen.ts('dath', k), dgen.ts('dath', k) + interval '10 minutes', CASE WHEN k % 9 <> 3 THEN dgen.ts('dath', k) + interval '11 minutes' END,
       u % 4 = 0
FROM generate_series(1, 1400) k, LATERAL (SELECT CASE WHEN k <= 60 THEN 1 + k % 12 ELSE 13 + fixture_gen.n('datu', k, 1367) END AS u) x;

CREATE TABLE user_auth_token_logs (
    id integer PRIMARY KEY, action varchar NOT NULL, user_auth_token_id integer, user_id integer, client_ip inet, user_agent varchar, auth_token varchar, created_at timestamp,
    path varchar
);
INSERT INTO user_auth_token_logs
SELECT k, a.action, t.id, t.user_id, CASE WHEN a.action = 'suspicious' THEN fixture_gen.ipv4('dalsip', k)::inet ELSE t.client_ip END, t.user_agent,
       CASE WHEN a.action = 'generate' THEN t.auth_token ELSE dgen.sha1b64('dalt', k) END, t.created_at + make_interval(hours => k % 500),
       CASE WHEN a.action IN ('generate', 'destroy') THEN NULL ELSE fixture_gen.pick(ARRAY['/latest', '/session/csrf', '/message-bus/' || md5('mb' || k) || '/poll', '/t/' || (1 + k % 750), '/notifications', '/c/support/15', '/u/' || t.user_id || '/summary.json'], 'dalp', k) END
FROM generate_series(1, 1600) k JOIN user_auth_tokens t ON t.id = 1 + fixture_gen.n('dalk', k, 1400),
LATERAL (SELECT fixture_gen.pick(ARRAY['generate', 'rotate', 'rotate', 'rotate', 'seen token', 'seen token', 'destroy', 'suspicious', 'badtoken'], 'dala', k) AS action) a;

-- User API keys: the DiscourseHub app and other clients; the app names the
-- device as its owner named it.
CREATE TABLE user_api_keys (
    id integer PRIMARY KEY, user_id integer NOT NULL, client_id varchar NOT NULL, application_name varchar NOT NULL, push_url varchar, created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL, revoked_at timestamp, scopes text[] DEFAULT '{}'::text[] NOT NULL, last_used_at timestamp NOT NULL, key_hash varchar NOT NULL
);
INSERT INTO user_api_keys
SELECT k, d.i, CASE WHEN a.app = 0 THEN fixture_gen.hexn('dukc', k, 32) ELSE fixture_gen.chars('dukc', k, 20, 'abcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE a.app WHEN 0 THEN 'Discourse - ' || CASE WHEN k % 3 = 0 THEN d.first || '''s iPhone' WHEN k % 3 = 1 THEN fixture_gen.pick(ARRAY['iPhone', 'Pixel 7', 'Galaxy S23', 'iPad'], 'dukd', k)
                                                   ELSE fixture_gen.pick(ARRAY['iPhone de ', 'iPad von ', 'Galaxy S22 di '], 'dukd2', k) || d.first END
                  WHEN 1 THEN 'Fluent Reader' WHEN 2 THEN 'Hearthstack Dashboard Widget' ELSE 'Discourse Desktop Notifier' END,
       CASE WHEN a.app = 0 THEN 'https://api.discourse.org/api/publish_' || CASE WHEN k % 2 = 0 THEN 'ios' ELSE 'android' END END,
       dgen.ts('dukt', k), dgen.ts('dukt', k), CASE WHEN k % 11 = 0 THEN dgen.ts('dukt', k) + interval '90 days' END,
       CASE a.app WHEN 0 THEN '{notifications,session_info,one_time_password}'::text[] WHEN 1 THEN '{read}'::text[] ELSE '{read,notifications}'::text[] END,
       dgen.ts('dukt', k) + make_interval(days => k % 200), fixture_gen.hexn('dukh', k, 64)
FROM generate_series(1, 180) k JOIN dgen.u d ON d.i = 13 + fixture_gen.n('duku', k, 1367),
LATERAL (SELECT CASE WHEN k % 10 < 7 THEN 0 ELSE 1 + k % 3 END AS app) a;

CREATE TABLE api_keys (
    id integer PRIMARY KEY, user_id integer, created_by_id integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, allowed_ips inet[],
    hidden boolean DEFAULT false NOT NULL, last_used_at timestamp, revoked_at timestamp, description text, key_hash varchar NOT NULL, truncated_key varchar NOT NULL,
    scope_mode integer
);
INSERT INTO api_keys
SELECT k, v.usr, v.by, timestamp '2021-03-01 09:00:00' + make_interval(days => k * 61), timestamp '2021-03-01 09:00:00' + make_interval(days => k * 61),
       v.ips::inet[], v.hidden, timestamp '2024-02-20 00:00:00' - make_interval(hours => k * 7), v.rev, v.descr, fixture_gen.hexn('dakh', k, 64), substr(fixture_gen.hexn('dakk', k, 64), 1, 4), v.scope
FROM (VALUES
  (1, NULL, 1, NULL, false, NULL::timestamp, 'CRM sync (users and groups)', 1),
  (2, -1, 2, '{185.199.110.20}', false, NULL, 'Zapier: new topics to #community-feed', 2),
  (3, NULL, 1, NULL, true, NULL, 'discourse-chat-integration', 0),
  (4, 7, 7, NULL, false, NULL, 'Status page bot', 2),
  (5, NULL, 3, '{' || fixture_gen.ipv4('dakip', 5) || '}', false, timestamp '2023-06-01 12:00:00', 'Backup script on Omar''s home NAS (revoked when he left support)', 0),
  (6, -1, 2, NULL, false, NULL, 'Analytics export to Metabase', 1),
  (7, 1, 1, NULL, false, timestamp '2022-11-15 08:30:00', 'Migration from the old phpBB board', 0),
  (8, NULL, 4, NULL, false, NULL, 'Firmware release announcer (GitHub Actions)', 2),
  (9, 12, 12, '{' || fixture_gen.ipv4('dakip', 9) || ',' || fixture_gen.ipv6('dakip6', 9) || '}', false, NULL, 'Jae''s test key for the RMA tool, delete after launch', 0)
) v(k, usr, by, ips, hidden, rev, descr, scope);

-- User fields shown at signup, their options, and what people entered (as
-- user_field_N custom fields) beside plugins' per-user flags.
CREATE TABLE user_fields (
    id integer PRIMARY KEY, name varchar NOT NULL, field_type varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    editable boolean DEFAULT false NOT NULL, description varchar NOT NULL, required boolean DEFAULT true NOT NULL, show_on_profile boolean DEFAULT false NOT NULL,
    searchable boolean DEFAULT false NOT NULL
);
INSERT INTO user_fields VALUES
  (1, 'Hub serial number', 'text', '2021-01-12 10:00:00', '2023-03-02 09:12:00', true, 'Printed under the hub (HS2-XXXX-XXXX). Lets support find your warranty.', false, false, false),
  (2, 'Phone number', 'text', '2021-01-12 10:00:00', '2022-08-19 16:40:00', true, 'Only used by the courier for RMA shipments. Never shown publicly.', false, false, false),
  (3, 'Company', 'text', '2021-06-01 11:00:00', '2021-06-01 11:00:00', true, 'Installer or integrator? Tell us your business name to join the partner program.', false, true, true),
  (4, 'Country', 'dropdown', '2021-01-12 10:00:00', '2021-01-12 10:00:00', true, 'Where do you live? Helps us plan local meetups.', false, true, false),
  (5, 'How did you hear about Hearthstack?', 'dropdown', '2021-01-12 10:00:00', '2021-01-12 10:00:00', false, 'Optional.', false, false, false),
  (6, 'Date of birth', 'text', '2022-02-14 08:00:00', '2022-02-14 08:00:00', true, 'YYYY-MM-DD. For the beta program age check (18+).', false, false, false),
  (7, 'I accept the beta NDA', 'confirm', '2022-02-14 08:00:00', '2022-02-14 08:00:00', false, 'Required to join the Beta Program.', false, false, false);

CREATE TABLE user_field_options (
    id integer PRIMARY KEY, user_field_id integer NOT NULL, value varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO user_field_options
SELECT row_number() OVER (), f, v, timestamp '2021-01-12 10:00:00', timestamp '2021-01-12 10:00:00'
FROM (SELECT 4 AS f, unnest(ARRAY['Germany', 'United Kingdom', 'France', 'Spain', 'Italy', 'Poland', 'Netherlands', 'Sweden', 'Portugal', 'Brazil', 'India', 'Japan', 'South Korea', 'Nigeria', 'Ghana', 'United States', 'Other']) AS v
      UNION ALL SELECT 5, unnest(ARRAY['A friend', 'YouTube', 'Reddit', 'A retailer', 'My installer', 'Search engine', 'Other'])) o;

CREATE TABLE user_custom_fields (
    id integer PRIMARY KEY, user_id integer NOT NULL, name varchar(256) NOT NULL, value text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO user_custom_fields
SELECT row_number() OVER (ORDER BY f.uid, f.name), f.uid, f.name, f.value, u.created_at + interval '5 minutes', u.created_at + make_interval(days => f.uid % 90)
FROM (
  SELECT i AS uid, 'user_field_1' AS name, 'HS2-' || upper(fixture_gen.hexn('dser', i, 4)) || '-' || upper(fixture_gen.hexn('dser2', i, 4)) AS value FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 3 = 1
  UNION ALL SELECT i, 'user_field_2', phone FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 5 = 2
  UNION ALL SELECT i, 'user_field_3', (SELECT nm FROM dgen.emp WHERE k = 1 + i % 8) FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 29 = 4
  UNION ALL SELECT i, 'user_field_3', fixture_gen.pick(ARRAY[last || ' Elektrotechnik', first || ' ' || last || ' Electrical', 'Smart Homes by ' || first, last || ' & Sons'], 'dcmp', i) FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 43 = 10 AND i % 29 <> 4
  UNION ALL SELECT i, 'user_field_4', fixture_gen.pick(ARRAY['Germany', 'United Kingdom', 'France', 'Spain', 'Italy', 'Poland', 'Netherlands', 'Sweden', 'Portugal', 'Brazil', 'India', 'Japan', 'South Korea', 'Nigeria', 'Ghana', 'United States'], 'dctry', i) FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 2 = 0
  UNION ALL SELECT i, 'user_field_5', fixture_gen.pick(ARRAY['A friend', 'YouTube', 'Reddit', 'A retailer', 'My installer', 'Search engine', 'Other'], 'dhear', i) FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 4 = 3
  UNION ALL SELECT i, 'user_field_6', to_char(fixture_gen.birth_date('ddob', i), 'YYYY-MM-DD') FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 8 = 5
  UNION ALL SELECT i, 'user_field_7', 'true' FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 8 = 5
  UNION ALL SELECT i, 'user_notes_count', (1 + i % 3)::text FROM dgen.u WHERE i BETWEEN 13 AND 1379 AND i % 37 = 5
  UNION ALL SELECT i, 'holidays-region', fixture_gen.pick(ARRAY['de_by', 'de_be', 'gb_eng', 'fr', 'es_an', 'pl', 'in', 'jp', 'br'], 'dhr', i) FROM dgen.u WHERE i BETWEEN 1 AND 12 OR (i BETWEEN 13 AND 1379 AND i % 19 = 0)
  UNION ALL SELECT i, 'on_holiday', 'true' FROM dgen.u WHERE i IN (3, 8)
  UNION ALL SELECT i, 'last_chat_channel_id', (1 + i % 12)::text FROM dgen.u WHERE i BETWEEN 1 AND 1379 AND i % 6 = 1
) f JOIN users u ON u.id = f.uid;

CREATE TABLE categories (
    id integer PRIMARY KEY, name varchar(50) NOT NULL, color varchar(6) DEFAULT '0088CC' NOT NULL, topic_id integer, topic_count integer DEFAULT 0 NOT NULL,
    created_at timestamp NOT NULL, updated_at timestamp NOT NULL, user_id integer NOT NULL, slug varchar NOT NULL, description text,
    read_restricted boolean DEFAULT false NOT NULL, auto_close_hours double precision, post_count integer DEFAULT 0 NOT NULL, position integer, parent_category_id integer,
    email_in varchar, email_in_allow_strangers boolean DEFAULT false, name_lower varchar(50) NOT NULL, topic_template text, reviewable_by_group_id integer,
    read_only_banner varchar
);
INSERT INTO categories (id, name, color, slug, description, read_restricted, position, parent_category_id, email_in, email_in_allow_strangers, topic_template,
                        auto_close_hours, read_only_banner, reviewable_by_group_id, created_at, updated_at, user_id, name_lower)
SELECT v.id, v.name, v.color, v.slug, v.descr, v.rr, v.id, v.parent, v.email_in, v.strangers, v.tpl, v.ach, v.rob, v.rg,
       timestamp '2020-11-02 10:30:00' + make_interval(days => v.id * 9), timestamp '2023-01-10 10:30:00' + make_interval(days => v.id * 3), CASE WHEN v.id = 1 THEN -1 ELSE 1 + v.id % 2 END, lower(v.name)
FROM (VALUES
  (1, 'Uncategorized', '0088CC', 'FFFFFF', 'uncategorized', 'Topics that don''t need a category, or don''t fit into any other existing category.', false, NULL::int, NULL::varchar, false, NULL::text, NULL::float, NULL::varchar, 0, NULL::varchar, NULL::int, 0),
  (2, 'Site Feedback', '808281', 'FFFFFF', 'site-feedback', 'Discussion about this site, its organization, how it works, and how we can improve it.', false, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (3, 'Staff', 'E45735', 'FFFFFF', 'staff', 'Private category for staff discussions. Topics are only visible to admins and moderators.', true, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (4, 'Lounge', 'A461EF', 'FFFFFF', 'lounge', 'A category exclusive to members with trust level 3 and higher.', true, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (5, 'Announcements', 'BF1E2E', 'FFFFFF', 'announcements', 'Firmware releases, maintenance windows and community news from the Hearthstack team.', false, NULL, NULL, false, NULL, NULL, 'latest', 0, NULL, NULL, 1),
  (6, 'Getting Started', '3AB54A', 'FFFFFF', 'getting-started', 'New to Hearthstack? Ask anything about choosing, unboxing and setting up your first hub.', false, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (7, 'Installation & Hardware', '0E76BD', 'FFFFFF', 'installation-hardware', 'Wiring, mounting, power supplies and everything physical.', false, NULL, NULL, false,
      E'**Hub model and firmware:**\n\n**Device(s) involved:**\n\n**What did you expect to happen?**\n\n**What happened instead?**\n\n**Logs** (Settings → Diagnostics → Download):', NULL, NULL, 1, NULL, NULL, 0),
  (8, 'Zigbee & Z-Wave', '25AAE2', 'FFFFFF', 'zigbee-z-wave', 'Mesh networking, pairing, channels and interference.', false, 7, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (9, 'Integrations', '652D90', 'FFFFFF', 'integrations', 'Home Assistant, Node-RED, MQTT, voice assistants and the REST API.', false, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (10, 'Automations & Scripts', 'F7941D', 'FFFFFF', 'automations-scripts', 'Share and debug automations, scenes and scripts.', false, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (11, 'Feature Requests', 'D1F0FF', '000000', 'feature-requests', 'One feature per topic please. Vote with likes.', false, NULL, NULL, false, NULL, NULL, 'top', 0, NULL, NULL, 0),
  (12, 'Bug Reports', 'ED207B', 'FFFFFF', 'bug-reports', 'Reproducible problems with the hub, the app or the cloud. Search first!', false, NULL, 'community+bugs@hearthstack.example', false,
      E'**Firmware version:**\n**App version and phone OS:**\n**Steps to reproduce:**\n1.\n2.\n**Expected result:**\n**Actual result:**', NULL, NULL, 1, NULL, NULL, 0),
  (13, 'Marketplace', '92278F', 'FFFFFF', 'marketplace', 'Buy, sell and swap used Hearthstack gear between members. Hearthstack is not a party to these deals.', false, NULL, NULL, false,
      E'**Item(s):**\n**Condition:**\n**Price (incl. shipping?):**\n**Location:**', 2160, NULL, 0, NULL, NULL, -1),
  (14, 'Show & Tell', '12A89D', 'FFFFFF', 'show-tell', 'Show off your projects, dashboards and 3D-printed enclosures.', false, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (15, 'Support', 'AB9364', 'FFFFFF', 'support', 'Private support tickets between you and the Hearthstack support team. Only you and the team can see your topics.', true, NULL, 'support@hearthstack.example', true, NULL, NULL, NULL, 0, NULL, 41, 0),
  (16, 'RMA & Warranty', '8C6238', 'FFFFFF', 'rma-warranty', 'Returns and warranty claims.', true, 15, 'rma@hearthstack.example|returns@hearthstack.example', true, NULL, NULL, NULL, 0, NULL, 45, 0),
  (17, 'Deutsch', 'FFD700', '000000', 'deutsch', 'Die deutschsprachige Ecke der Community. Fragen, Projekte und Hilfe auf Deutsch.', false, NULL, NULL, false, NULL, NULL, NULL, 0, NULL, NULL, 0),
  (18, 'Beta Program', '231F20', 'FFFFFF', 'beta-program', 'Pre-release firmware feedback. Covered by the beta NDA.', true, NULL, 'beta-feedback@hearthstack.example', false, NULL, NULL, NULL, 0,
      'Beta 2024.3 is closed. Thanks to all testers!', NULL, 0)
) v(id, name, color, tc, slug, descr, rr, parent, email_in, strangers, tpl, ach, dv, mrt, rob, rg, sp);

-- Topics: 1-750 in categories, 751-800 discobot's greeting messages, 801-900
-- private messages between staff and members.
CREATE TABLE dgen.t AS
SELECT k, c.cat, k > 750 AS pm, fw, fw2, dev,
       CASE WHEN k BETWEEN 751 AND 800 THEN -2
            WHEN k > 800 THEN CASE WHEN k % 3 = 0 THEN 13 + fixture_gen.n('dtpu', k, 1367) ELSE 1 + k % 12 END
            WHEN c.cat IN (15, 16) AND k % 2 = 0 THEN 1380 + fixture_gen.n('dtsu', k, 121)
            WHEN c.cat IN (3, 5) THEN 1 + k % 12
            ELSE 13 + fixture_gen.n('dtu', k, 1367) END AS uid,
       13 + fixture_gen.n('dtpu2', k, 1367) AS other,
       dgen.ts('dtc', k) AS created, 'HS-' || (10000 + fixture_gen.n('dord', k, 9000)) AS ord, 'HS2-' || upper(fixture_gen.hexn('dtser', k, 4)) || '-' || upper(fixture_gen.hexn('dtser2', k, 4)) AS serial
FROM generate_series(1, 900) k,
LATERAL (SELECT CASE WHEN k > 750 THEN NULL ELSE (ARRAY[6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12, 12, 13, 13, 13, 14, 14, 4, 4, 2, 5, 17, 17, 15, 15, 15, 15, 16, 16, 18, 3, 14, 1])[1 + fixture_gen.n('dtcat', k, 40)] END AS cat,
                fixture_gen.pick(ARRAY['2023.11.2', '2024.1.0', '2024.1.1', '2024.2.0', '2024.2.3', '2024.3.0-beta2'], 'dtfw', k) AS fw,
                fixture_gen.pick(ARRAY['2024.2.4', '2024.3.0', '2024.3.1'], 'dtfw2', k) AS fw2,
                fixture_gen.pick(ARRAY['Hub v2', 'Hub Mini', 'DS-1 door sensor', 'MS-2 motion sensor', 'SP-10 smart plug', 'TH-3 thermostat', 'Zigbee dongle ZD-1', 'Z-Wave stick ZW-700',
                     'SR-1 siren', 'BC-2 blind controller', 'LS-1 leak sensor', 'EM-1 energy meter', 'LC-4 LED controller', 'DB-1 doorbell'], 'dtdev', k) AS dev) c;
ALTER TABLE dgen.t ADD COLUMN title text;
UPDATE dgen.t t SET title = CASE
  WHEN t.k BETWEEN 751 AND 800 THEN 'Greetings!'
  WHEN t.k > 800 AND t.uid <= 12 THEN fixture_gen.pick(ARRAY['About your post in Marketplace', 'Your RMA for hub ' || t.serial, 'Personal information in your public post', 'Invoice address for order ' || t.ord,
        'Beta program invitation', 'Your account was silenced', 'Question about your installer application'], 'dtpt', t.k)
  WHEN t.k > 800 THEN fixture_gen.pick(ARRAY['Re: order ' || t.ord || ' delivery', 'Replacement power supply', 'Meetup in ' || u.city || '?', 'Question about my RMA', 'Can you delete my old account?',
        'Help with my installer application', 'Reported post was mine - sorry'], 'dtpt2', t.k)
  WHEN t.cat IN (7, 8, 12) THEN t.dev || ' ' || fixture_gen.pick(ARRAY['drops off the network after firmware ' || t.fw, 'not pairing with the hub', 'battery drains in a week', 'reports wrong temperature',
        'LED blinking red after power cut', 'offline every night around 3am', 'stuck in pairing mode', 'unresponsive after OTA update ' || t.fw, 'shows as unavailable in the app', 'high latency (2-3 s) since ' || t.fw], 'dtprob', t.k)
  WHEN t.cat = 17 THEN t.dev || ' ' || fixture_gen.pick(ARRAY['verliert ständig die Verbindung', 'lässt sich nicht anlernen', 'nach Update auf ' || t.fw || ' offline', 'Batterie nach einer Woche leer', 'zeigt falsche Werte an'], 'dtde', t.k)
  WHEN t.cat = 9 THEN fixture_gen.pick(ARRAY['Home Assistant', 'Node-RED', 'MQTT bridge', 'Alexa', 'Google Home', 'Apple HomeKit', 'IFTTT', 'Grafana', 'InfluxDB', 'openHAB'], 'dtint', t.k) || ' '
        || fixture_gen.pick(ARRAY['integration stopped working after ' || t.fw, 'setup guide?', 'entities duplicated after restart', 'authentication error 401', 'how to expose scenes', 'webhook not firing'], 'dtint2', t.k)
  WHEN t.cat = 10 THEN fixture_gen.pick(ARRAY['How to', 'Help:', 'Script to', 'Automation to'], 'dtau', t.k) || ' ' || fixture_gen.pick(ARRAY['turn off all lights when everyone leaves', 'close the blinds at sunset with an offset',
        'notify me when the washing machine is done', 'run the heating only when windows are closed', 'simulate presence while on holiday', 'dim the hallway at night with the motion sensor'], 'dtau2', t.k)
  WHEN t.cat = 11 THEN 'Feature request: ' || fixture_gen.pick(ARRAY['battery level in percent', 'local-only mode without cloud account', 'export automations as YAML', 'Matter bridge', 'dark mode in the app',
        'per-user dashboards', 'geofencing for multiple phones', 'backup to my own NAS'], 'dtfr', t.k)
  WHEN t.cat = 13 THEN fixture_gen.pick(ARRAY['[Sale]', '[Sale]', '[WTB]', '[Swap]', '[Free]'], 'dtmk', t.k) || ' ' || t.dev || ' - ' || u.city
  WHEN t.cat = 14 THEN fixture_gen.pick(ARRAY['My', 'Our', 'Finally finished my'], 'dtst', t.k) || ' ' || fixture_gen.pick(ARRAY['garage dashboard', 'energy monitoring setup', 'aquarium controller',
        'greenhouse automation', '3D-printed sensor cases', 'wall tablet panel', 'whole-house lighting retrofit'], 'dtst2', t.k)
  WHEN t.cat = 6 THEN fixture_gen.pick(ARRAY['New here', 'Beginner question', 'Starter kit', 'First hub'], 'dtgs', t.k) || ': ' || fixture_gen.pick(ARRAY['which sensors should I buy first?',
        'hub or hub mini for a small flat?', 'do I need a neutral wire?', 'can I use it without the cloud?', 'how many devices can the hub handle?', 'migrating from SmartThings'], 'dtgs2', t.k)
  WHEN t.cat = 5 THEN fixture_gen.pick(ARRAY['Firmware ' || t.fw2 || ' released', 'Scheduled maintenance of the cloud relay', 'Community meetup in Berlin', 'Price changes for the Hub Mini', 'Security advisory for the DB-1 doorbell'], 'dtan', t.k)
  WHEN t.cat = 2 THEN fixture_gen.pick(ARRAY['Dark mode is hard to read in code blocks', 'Can we have a Polish category?', 'Search does not find posts by serial number', 'Email notifications arrive twice',
        'Suggestion: pin the FAQ'], 'dtsf', t.k)
  WHEN t.cat IN (15, 16) THEN fixture_gen.pick(ARRAY['Hub not turning on after power cut', 'Order ' || t.ord || ' arrived damaged', 'Wrong plug type in my order ' || t.ord, 'Return request for order ' || t.ord,
        'Warranty claim - hub serial ' || t.serial, 'Cannot log in to the app', 'Invoice needed for order ' || t.ord, 'Refund for ' || u.full || ' - order ' || t.ord], 'dtsu', t.k)
  WHEN t.cat = 18 THEN 'Beta ' || t.fw || ': ' || fixture_gen.pick(ARRAY['Thread border router crashes', 'new pairing flow feedback', 'energy dashboard numbers off', 'OTA stuck at 99%'], 'dtbe', t.k)
  WHEN t.cat = 3 THEN fixture_gen.pick(ARRAY['Moderation guidelines draft', 'On-call rota for the holidays', 'Spam wave from new accounts', 'Notes from the support sync', 'GDPR deletion request from ' || o.full,
        'Chargeback from ' || o.full || ' (' || t.ord || ')'], 'dtsf3', t.k)
  ELSE fixture_gen.pick(ARRAY['What does your setup look like this year?', 'Best soldering iron under 100 EUR?', 'Anyone going to the Berlin meetup?', 'Favourite automation you built this year',
        'Energy prices and automations - what are you doing?', 'Show us your workbench'], 'dtlo', t.k) END
FROM dgen.u u, dgen.u o WHERE u.i = t.uid AND o.i = t.other;

-- slug: Discourse's ASCII slug of a title.
CREATE FUNCTION dgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(trim(both '-' from regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçıışğÁÉÍÓÚÖÜÇŞ', 'aeiouaeiouaeiouaeiouaoncıisgAEIOUOUCS')), '[^a-z0-9]+', '-', 'g')), ''), 'topic')
$$;

-- yb: a YAML literal block of a text.
CREATE FUNCTION dgen.yb(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT E'|-\n  ' || replace(s, E'\n', E'\n  ') $$;

-- Posts: 1-900 open their topic; 901-4400 are replies; 4401-4620 small actions.
CREATE TABLE dgen.p AS
SELECT t.k AS id, t.k AS topic, t.uid, t.created, t.cat, t.pm, NULL::int AS reply_to, CASE WHEN t.cat IN (15, 16) AND t.uid >= 1380 THEN true ELSE false END AS via_email,
  CASE
  WHEN t.k BETWEEN 751 AND 800 THEN 'Hi @' || o.username || E'! :wave:\n\nThanks for joining Hearthstack Community, and welcome!\n\nI''m a robot, but our friendly staff are also here to help if you need to reach a person.\n\n'
       || E'For privacy reasons, we temporarily limit what new users can do. You''ll gain new abilities (and [badges](/badges)) as we get to know you.\n\nIf you''d like to learn more about what new users can do, reply to this message with `@discobot start tutorial`.'
  WHEN t.k > 800 AND t.uid <= 12 THEN fixture_gen.pick(ARRAY[
       'Hi @' || o.username || E',\n\nwe unlisted your Marketplace topic because it contained your home address and phone number. Please share contact details by PM only. You can edit the topic and we will list it again.\n\nThanks,\n' || u.first,
       'Hi @' || o.username || E',\n\nyour RMA for hub ' || t.serial || E' is approved. The courier will collect the hub at the address on your order. If that changed, please reply with the new address and a phone number for the driver.\n\n' || u.first || ', Hearthstack Support',
       'Hello @' || o.username || E', we had to edit your post in "' || t.dev || E' not pairing" because it quoted another member''s email address. Please don''t post other people''s contact details.',
       'Hi @' || o.username || E', finance asked me to confirm the invoice address for order ' || t.ord || '. Is it still the one on file?',
       'Hi @' || o.username || E'! You were one of the most helpful members this year, would you like to join the beta program? It needs the NDA field in your profile ticked.',
       '@' || o.username || E' your account was silenced for 24 hours after several off-topic replies. Please read the guidelines.',
       'Hi @' || o.username || E', thanks for applying to the installer program. Could you send us your business registration (Handelsregister or Companies House number) and the VAT id?'], 'dtpt', t.k)
  WHEN t.k > 800 THEN fixture_gen.pick(ARRAY[
       E'Hi support,\n\nthe courier tried to deliver order ' || t.ord || ' twice while I was at work. Can it go to my office instead? ' || fixture_gen.street('dpms', t.k) || ', ' || fixture_gen.postcode('dpmp', t.k) || ' ' || u.city || E'.\n\nThanks, ' || u.first,
       'My power supply died (the hub v2 one, 12V 1.5A). Can I buy a replacement? Serial ' || t.serial || '.',
       'Hey @' || o.username || ', saw you are also in ' || u.city || '. Fancy a small meetup? My number is ' || u.phone || '.',
       'Hi, my RMA for ' || t.serial || ' has been open for three weeks. Any news?',
       'Please delete my old account "' || u.username || '2", I made a new one with my work email.',
       'I applied for the installer program last week. Company: ' || u.last || ' Elektrotechnik, VAT ' || fixture_gen.vat('dpvat', t.k) || '.',
       'The post you removed was mine, sorry, I did not know the rules about phone numbers.'], 'dtpt2', t.k)
  WHEN t.cat IN (7, 8, 12) THEN t.title || E'.\n\nSetup: Hub v2 on Ethernet, ' || (8 + fixture_gen.n('dpn', t.k, 80)) || ' Zigbee devices, firmware ' || t.fw || E'.\n\n'
       || fixture_gen.pick(ARRAY['The hub log shows `zigbee: coordinator timeout (0x' || upper(fixture_gen.hexn('dphx', t.k, 4)) || ')` every few minutes.',
            'I already tried re-pairing and moving the hub away from the router.',
            'Public IP of my router is ' || fixture_gen.ipv4('dppip', t.k) || ' if that helps the devs check the relay logs.',
            E'Screenshot of the network map:\n\n![map|690x400](upload://' || dgen.b58('dpup', t.k, 27) || '.png)',
            'Power supply is the original one. Happens with and without the USB extension cable.'], 'dpdet', t.k) || E'\n\nAny ideas?'
  WHEN t.cat = 17 THEN E'Hallo zusammen,\n\nseit dem Update auf ' || t.fw || ' hat mein ' || t.dev || ' Probleme. '
       || fixture_gen.pick(ARRAY['Neu anlernen hat nichts gebracht.', 'Der Hub steht im Keller, vielleicht ist die Reichweite das Problem?', 'Im Log steht nur `timeout`.'], 'dpde', t.k) || E'\n\nHat jemand eine Idee?\n\nGruß ' || u.first
  WHEN t.cat = 9 THEN 'I am running ' || regexp_replace(t.title, ' (integration|setup|entities|authentication|how|webhook) .*$', '') || ' on a NUC at 192.168.' || (1 + t.k % 3) || '.' || (10 + t.k % 200) || '. After ' || t.fw || E' the integration fails with `401 Unauthorized`.\n\n'
       || CASE WHEN t.k % 6 = 0 THEN E'My config:\n\n```yaml\nhearthstack:\n  host: 192.168.' || (1 + t.k % 3) || '.' || (10 + t.k % 200) || E'\n  token: ' || 'hs_' || 'live_' || dgen.tok('dptok', t.k, 32) || E'\n  verify_ssl: false\n```'
               ELSE E'Config is the default from the docs, token redacted. Logs:\n\n```\nERROR (MainThread) [custom_components.hearthstack] Auth failed: 401\n```' END
  WHEN t.cat = 10 THEN 'I want to ' || lower(regexp_replace(t.title, '^(How to|Help:|Script to|Automation to) ', '')) || E'. This is what I have so far:\n\n```yaml\ntrigger:\n  - platform: sun\n    event: sunset\n    offset: "-00:15:00"\naction:\n  - service: cover.close\n    target:\n      area_id: living_room\n```\n\nIt fires but only for one blind. What am I missing?'
  WHEN t.cat = 11 THEN 'It would be great to have ' || lower(replace(t.title, 'Feature request: ', '')) || E'. My use case: several family members, different phones, and I do not want everything to depend on the cloud.\n\nVote if you agree!'
  WHEN t.cat = 13 THEN fixture_gen.pick(ARRAY[
       'Selling my ' || t.dev || ' (like new, original box), ' || (20 + t.k % 80) || ' EUR plus shipping. Pickup possible in ' || u.city || '. Send me a PM or call/WhatsApp ' || u.phone || '.',
       E'Moving house, selling everything: hub v2, 6 door sensors, 2 sirens. Come and have a look on weekends at ' || fixture_gen.street('dpmks', t.k) || ', ' || u.city || E'.\n\n' || u.full,
       'Looking for a used ' || t.dev || ' in or around ' || u.city || '. Can pay by PayPal (' || u.email || ').',
       'Swap my ' || t.dev || ' for a Z-Wave stick. Ideally hand over in ' || u.city || '.',
       'Free to a good home: old ' || t.dev || ', works fine. You pay the postage.'], 'dtmk', t.k)
  WHEN t.cat = 14 THEN E'Finally done! ' || (10 + t.k % 90) || E' devices, dashboard on an old tablet in the hallway.\n\n![IMG_' || (1000 + t.k) || '|690x517](upload://' || dgen.b58('dpimg', t.k, 27) || E'.jpeg)\n\nParts list and the 3D files for the enclosures are on my Printables page. Questions welcome.'
  WHEN t.cat = 6 THEN 'Hi everyone, I''m ' || u.first || ' from ' || u.city || E'. Just bought the starter kit. ' || replace(t.title, ': ', ' - ') || E'\n\nThanks in advance!'
  WHEN t.cat = 5 THEN fixture_gen.pick(ARRAY['We just released ' || t.fw2 || E'. Changelog:\n\n* Fixed Zigbee reconnects after power loss\n* Faster OTA for battery sensors\n* New energy dashboard\n* Security fix for the DB-1 doorbell (CVE pending)\n\nAs always, report problems in #bug-reports.',
       E'The cloud relay will be down for maintenance on Sunday from 02:00 to 04:00 UTC. Local control keeps working; remote access and push notifications will not.',
       E'Our next community meetup is in Berlin at the c-base, 18:00. Bring your projects! Snacks are on us. Please RSVP in this topic so we know how many pizzas to order.',
       E'From next month the Hub Mini costs 79 EUR instead of 69 EUR because of component prices. Orders placed before then keep the old price.',
       E'We found a vulnerability in the DB-1 doorbell firmware that lets someone on your local network view the camera stream. Update to ' || t.fw2 || E' now. Details in the advisory.'], 'dtan', t.k)
  WHEN t.cat = 2 THEN t.title || E'.\n\nTested on Firefox and Chrome, same result.'
  WHEN t.cat IN (15, 16) AND t.uid >= 1380 THEN E'Hello,\n\n' || fixture_gen.pick(ARRAY['my hub (serial ' || t.serial || ') does not turn on any more since we had a power cut. The LED stays off and the app cannot find it.',
            'order ' || t.ord || ' arrived today but the box was crushed and the hub has a cracked case. Photos attached.', 'I received a UK plug with order ' || t.ord || ' but I live in Germany. Can you send the EU power supply?',
            'I would like to return order ' || t.ord || ', unopened. Please send me a return label.', 'my hub ' || t.serial || ' is 14 months old and the Zigbee radio died. I believe this is covered by the warranty.',
            'I cannot log in to the app, the password reset email never arrives. My account is ' || u.email || '.', 'I need an invoice with my company name for order ' || t.ord || ' for my tax return.',
            'I sent back order ' || t.ord || ' two weeks ago and have not been refunded yet. Please refund to the card I paid with.'], 'dtsu', t.k)
       || E'\n\nBest regards,\n' || u.full || E'\n' || fixture_gen.street('dpst2', t.uid) || E'\n' || fixture_gen.postcode('dppc', t.uid) || ' ' || u.city || E'\nTel. ' || u.phone
  WHEN t.cat IN (15, 16) THEN 'Hi support, ' || lower(t.title) || '. Hub serial ' || t.serial || ', order ' || t.ord || '. I can be reached on ' || u.phone || ' during the day.'
  WHEN t.cat = 18 THEN 'On ' || t.fw || E' the new pairing flow is much better, but:\n\n1. OTA for sensors stalls at 99%\n2. Energy dashboard doubles the values for EM-1\n\nLogs attached: [diag-' || t.k || '.zip|attachment](upload://' || dgen.b58('dpzip', t.k, 27) || '.zip)'
  WHEN t.cat = 3 THEN fixture_gen.pick(ARRAY[
       E'Draft of the moderation guidelines. Main change: contact details in Marketplace only by PM; we unlist topics with phone numbers or addresses and PM the author.',
       'Holiday rota: @' || (SELECT username FROM dgen.u WHERE i = 1 + (t.k + 5) % 12) || ' covers 23-27 Dec (mobile ' || u.phone || '), I take 28 Dec to 2 Jan. Urgent RMA escalations by phone only.',
       E'Spam wave: 40 new accounts from ' || fixture_gen.ipv4('dpsp', t.k) || ' and the /24 around it. I screened the range.',
       'Support sync notes: backlog at 38 tickets, two escalations (' || o.full || ' and the hotel chain in ' || u.city || ').',
       'GDPR request: ' || o.full || ' (' || o.email || E') wants all data deleted. Anonymize the forum account, keep the RMA history for warranty.',
       'Chargeback from ' || o.full || ' (' || o.email || '), order ' || t.ord || ', card ending ' || fixture_gen.digits('dpcard', t.k, 4) || '. Do not refund twice, finance is on it.'], 'dtsf3', t.k)
  ELSE fixture_gen.pick(ARRAY[
       'My partner ' || fixture_gen.first_name('dplo', t.k) || ' thinks I spend too much on sensors. What does your setup look like?',
       'Looking at the Pinecil and the TS101. Anything better under 100 EUR?', 'Who is coming to the meetup in Berlin? I will bring my 3D-printed cases.',
       'Mine: the hallway lights dim to 10% at night when the motion sensor sees someone. My kids love it.',
       'Electricity prices went up again, my automations now shift the dishwasher to the cheap hours. What are you doing?', 'Here is mine: pegboard, a Pinecil and far too many Dupont cables.'], 'dtlo', t.k) END AS raw
FROM dgen.t t JOIN dgen.u u ON u.i = t.uid LEFT JOIN dgen.u o ON o.i = t.other;

INSERT INTO dgen.p
SELECT j, t.k, a.uid, t.created + make_interval(hours => 1 + fixture_gen.n('dprh', j, 2000)), t.cat, t.pm, NULL::int,
       t.cat IN (15, 16) AND a.uid >= 1380,
  CASE
  WHEN t.k BETWEEN 751 AND 800 THEN fixture_gen.pick(ARRAY['@discobot start tutorial', 'Thanks!', 'Hi! Is there a German section?', '@discobot roll 2d6'], 'drgr', j)
  WHEN t.k > 800 AND a.uid <= 12 THEN fixture_gen.pick(ARRAY['Thanks, updated. The courier will call you before delivery.', 'No problem, it is listed again.', 'Done. Anything else?',
       'I forwarded this to finance, they will send the corrected invoice to ' || o.email || '.', 'Approved, welcome to the program!'], 'drpms', j)
  WHEN t.k > 800 THEN fixture_gen.pick(ARRAY['Sorry about that! My address for the replacement is ' || fixture_gen.street('drpa', j) || ', ' || fixture_gen.postcode('drpp', j) || ' ' || o.city || '.',
       'Thanks! For the courier my mobile is ' || o.phone || '.', 'Understood, will not happen again.', 'Still the same address, thanks.', 'Great, thank you so much!'], 'drpmu', j)
  WHEN t.cat IN (15, 16) AND a.uid <= 12 THEN 'Hi ' || split_part(coalesce(c.full, ''), ' ', 1) || E',\n\nthanks for contacting Hearthstack support. I have created RMA-' || (4000 + j % 5000) || E' for your hub. Please send it to:\n\nHearthstack GmbH - Returns\nLindenweg 12\n10115 Berlin\n\nBest,\n' || a.first || E'\nHearthstack Support'
  WHEN t.cat IN (15, 16) THEN fixture_gen.pick(ARRAY['Thank you. My new phone number is ' || a.phone || E', in case the courier needs it.\n\n' || a.fn, 'Sent it today, tracking number 1Z' || upper(fixture_gen.hexn('drtr', j, 16)) || '.',
       'The replacement works, thanks!', E'Any update? It has been a week.\n\n' || a.fn]::text[], 'drsu', j)
  WHEN t.cat = 3 THEN fixture_gen.pick(ARRAY['I can cover the 27th. If anything breaks call me on ' || a.phone || '.', 'Anonymized. Confirmation sent to ' || c.email || '.', 'Agreed.', '+1, let''s discuss in the sync.'], 'drst', j)
  WHEN t.cat = 13 THEN fixture_gen.pick(ARRAY['Is it still available? I am in ' || a.city || ', could pick up on Saturday. My number: ' || a.phone, 'Sold, thanks everyone.', 'PM sent.',
       'Would you ship to ' || a.city || '? Address is ' || fixture_gen.street('drms', j) || ', ' || fixture_gen.postcode('drmp', j) || ' ' || a.city || '.', 'Price is fair, bump.'], 'drmk', j)
  WHEN t.cat = 17 THEN fixture_gen.pick(ARRAY['Bei mir hat ein Neustart des Hubs geholfen.', 'Stell mal den Zigbee-Kanal auf 25, WLAN auf Kanal 11 stört.', 'Gleiches Problem hier seit ' || t.fw || '.', '@' || c.username || ' danke, das war es!'], 'drde', j)
  ELSE fixture_gen.pick(ARRAY[
       'Same here since ' || t.fw || '. Rolling back to the previous firmware fixed it for me.',
       'Did you try changing the Zigbee channel to 25? Wi-Fi on channel 11 overlaps with Zigbee 20-24.',
       '@' || c.username || ' thanks, that fixed it!',
       '[quote="' || c.username || ', post:1, topic:' || t.k || E'"]\n' || left(split_part(c1.raw, E'\n', 1), 80) || E'\n[/quote]\n\nTry a factory reset: hold the button for 10 s until the LED blinks blue.',
       E'Here is my log:\n\n```\n2024-02-11 03:12:44 WARN mqtt: connection to ' || fixture_gen.ipv4('drip', j) || E':1883 lost (rc=7)\n2024-02-11 03:12:49 INFO mqtt: reconnected\n```',
       'Thanks for the report, we can reproduce it. The fix will ship in ' || t.fw2 || '.',
       'Sent you a PM.',
       'My ' || fixture_gen.pick(ARRAY['wife', 'husband', 'daughter', 'flatmate'], 'drrel', j) || ' ' || fixture_gen.first_name('drrn', j) || ' keeps complaining that the hallway lights turn on at 2 am. Turned out to be the cat on the motion sensor.',
       'I wrote up my whole setup here: https://' || fixture_gen.ascii(a.first) || fixture_gen.ascii(a.last) || '.dev/posts/hearthstack-setup',
       'This is a known issue, see the pinned topic in Announcements.',
       'Works fine for me with the same device and firmware ' || t.fw2 || '. Maybe the power supply?',
       '+1, would love this.',
       'If you are near ' || a.city || ' I can lend you my spare ' || t.dev || '. Ping me at ' || a.email || '.',
       'Marking this as solved, thanks all.', 'Which router do you have? Some mesh systems block mDNS.'], 'drgen', j) END
FROM generate_series(901, 4400) j,
LATERAL (SELECT CASE WHEN j % 20 < 17 THEN 1 + fixture_gen.n('drt', j, 750) WHEN j % 20 = 17 THEN 751 + fixture_gen.n('drt', j, 50) ELSE 801 + fixture_gen.n('drt', j, 100) END AS tk) tt
JOIN dgen.t t ON t.k = tt.tk
JOIN dgen.u c ON c.i = t.uid
LEFT JOIN dgen.u o ON o.i = t.other
JOIN dgen.p c1 ON c1.id = t.k,
LATERAL (SELECT * FROM dgen.u WHERE i = CASE
     WHEN t.k BETWEEN 751 AND 800 THEN t.other
     WHEN t.k > 800 THEN CASE WHEN j % 2 = 0 THEN CASE WHEN t.uid <= 12 THEN t.uid ELSE 1 + j % 12 END ELSE CASE WHEN t.uid <= 12 THEN t.other ELSE t.uid END END
     WHEN t.cat IN (15, 16) THEN CASE WHEN j % 2 = 0 THEN 1 + j % 12 ELSE t.uid END
     WHEN t.cat = 3 THEN 1 + j % 12
     WHEN j % 8 = 0 THEN 1 + j % 12
     ELSE 13 + fixture_gen.n('dru', j, 1367) END) a(uid, first, last, fn, email, username, locale, phone, city);
ALTER TABLE dgen.p ADD COLUMN post_number int;
UPDATE dgen.p p SET post_number = r.rn, created = CASE WHEN r.rn = 1 THEN p.created ELSE r.tc + make_interval(hours => r.rn::int * 3 + fixture_gen.n('dprh2', p.id, 3)) END
FROM (SELECT p.id, row_number() OVER (PARTITION BY p.topic ORDER BY p.id) AS rn, t.created AS tc FROM dgen.p p JOIN dgen.t t ON t.k = p.topic) r WHERE r.id = p.id;
UPDATE dgen.p p SET reply_to = CASE WHEN p.id % 3 = 0 THEN 1 WHEN p.id % 3 = 1 THEN greatest(1, p.post_number - 1) END WHERE p.post_number > 1;
CREATE UNIQUE INDEX ON dgen.p (id);
CREATE INDEX ON dgen.p (topic, post_number);

-- Small-action posts (closed, pinned, invited) with an empty raw.
INSERT INTO dgen.p (id, topic, uid, created, cat, pm, reply_to, via_email, raw, post_number)
SELECT 4400 + g, t.k, CASE WHEN t.pm THEN t.uid ELSE 1 + g % 12 END, t.created + interval '20 days', t.cat, t.pm, NULL::int, false, '', 100 + g
FROM generate_series(1, 220) g JOIN dgen.t t ON t.k = CASE WHEN g <= 160 THEN 1 + fixture_gen.n('dsa', g, 750) ELSE 801 + fixture_gen.n('dsa', g, 100) END;
ALTER TABLE dgen.p ADD COLUMN action_code text;
UPDATE dgen.p SET action_code = CASE WHEN pm THEN 'invited_user' ELSE fixture_gen.pick(ARRAY['closed.enabled', 'closed.enabled', 'autoclosed.enabled', 'pinned.enabled', 'visible.disabled', 'split_topic', 'archived.enabled'], 'dsac', id) END WHERE id > 4400;
UPDATE dgen.p p SET post_number = r.rn FROM (SELECT id, row_number() OVER (PARTITION BY topic ORDER BY post_number, id) AS rn FROM dgen.p) r WHERE r.id = p.id;

CREATE TABLE posts (
    id integer PRIMARY KEY, user_id integer, topic_id integer NOT NULL, post_number integer NOT NULL, raw text NOT NULL, cooked text NOT NULL, created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL, reply_to_post_number integer, reply_count integer DEFAULT 0 NOT NULL, deleted_at timestamp, like_count integer DEFAULT 0 NOT NULL,
    post_type integer DEFAULT 1 NOT NULL, last_editor_id integer, hidden boolean DEFAULT false NOT NULL, last_version_at timestamp NOT NULL,
    user_deleted boolean DEFAULT false NOT NULL, reply_to_user_id integer, edit_reason varchar, word_count integer, version integer DEFAULT 1 NOT NULL,
    wiki boolean DEFAULT false NOT NULL, baked_at timestamp, via_email boolean DEFAULT false NOT NULL, raw_email text, action_code varchar, outbound_message_id varchar
);
INSERT INTO posts
SELECT p.id, p.uid, p.topic, p.post_number, p.raw, CASE WHEN p.raw = '' THEN '' ELSE dgen.cook(p.raw) END, p.created,
       p.created + make_interval(mins => CASE WHEN e.edited THEN 30 + p.id % 3000 ELSE 0 END), CASE WHEN p.reply_to IS NOT NULL AND p.reply_to < p.post_number THEN p.reply_to END,
       fixture_gen.n('dprc', p.id, 4),
       CASE WHEN p.id % 97 = 13 THEN p.created + interval '2 days' END, fixture_gen.n('dplk', p.id, 12),
       CASE WHEN p.action_code IS NOT NULL THEN 3 WHEN p.cat IN (15, 16) AND p.uid BETWEEN 1 AND 12 AND p.id % 5 = 0 THEN 4 ELSE 1 END,
       CASE WHEN e.edited AND p.id % 4 = 0 THEN 1 + p.id % 12 ELSE p.uid END, p.id % 211 = 17,
       p.created + make_interval(mins => CASE WHEN e.edited THEN 30 + p.id % 3000 ELSE 0 END), p.id % 293 = 5,
       CASE WHEN p.post_number > 1 AND p.reply_to IS NOT NULL THEN (SELECT q.uid FROM dgen.p q WHERE q.topic = p.topic AND q.post_number = least(p.reply_to, p.post_number - 1)) END,
       CASE WHEN e.edited AND p.id % 3 = 0 THEN fixture_gen.pick(ARRAY['typo', 'added logs', 'removed my phone number', 'removed personal info at the member''s request', 'fixed formatting',
            'updated: solved, see below', 'removed another member''s email address', 'price lowered'], 'dper', p.id) END,
       array_length(regexp_split_to_array(trim(p.raw), '\s+'), 1), CASE WHEN e.edited THEN 2 + p.id % 3 ELSE 1 END, coalesce(p.cat = 6 AND p.post_number = 1 AND p.id % 5 = 0, false),
       p.created + interval '1 second', p.via_email,
       CASE WHEN p.via_email THEN
         'Return-Path: <' || u.email || E'>\r\nReceived: from mail-wr1-f' || (40 + p.id % 60) || '.google.com (mail-wr1-f' || (40 + p.id % 60) || '.google.com [' || fixture_gen.ipv4('dpmx', p.id)
         || E'])\r\n\tby mx.hearthstack.example (Postfix) with ESMTPS id ' || upper(fixture_gen.hexn('dppf', p.id, 11)) || E'\r\n\tfor <' || CASE WHEN p.cat = 16 THEN 'rma' ELSE 'support' END || '@hearthstack.example>; '
         || to_char(p.created, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000 (UTC)\r\nFrom: ' || u.full || ' <' || u.email || E'>\r\nTo: ' || CASE WHEN p.cat = 16 THEN 'rma' ELSE 'support' END || E'@hearthstack.example\r\nSubject: '
         || CASE WHEN p.post_number > 1 THEN 'Re: ' ELSE '' END || t.title || E'\r\nDate: ' || to_char(p.created, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0100\r\nMessage-ID: <CA' || dgen.tok('dpmid', p.id, 30) || '@mail.gmail.com'
         || E'>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\n' || replace(p.raw, E'\n', E'\r\n') || E'\r\n' END, p.action_code,
       CASE WHEN p.via_email AND p.post_number > 1 THEN 'discourse/post/' || p.id || '@community.hearthstack.example' END
FROM dgen.p p JOIN dgen.t t ON t.k = p.topic JOIN dgen.u u ON u.i = p.uid,
LATERAL (SELECT p.id % 7 = 2 AND p.uid > 0 AS edited) e;

CREATE TABLE topics (
    id integer PRIMARY KEY, title varchar NOT NULL, last_posted_at timestamp, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, views integer DEFAULT 0 NOT NULL,
    posts_count integer DEFAULT 0 NOT NULL, user_id integer, last_post_user_id integer NOT NULL, reply_count integer DEFAULT 0 NOT NULL, deleted_at timestamp,
    highest_post_number integer DEFAULT 0 NOT NULL, like_count integer DEFAULT 0 NOT NULL, category_id integer, visible boolean DEFAULT true NOT NULL,
    closed boolean DEFAULT false NOT NULL, bumped_at timestamp NOT NULL, archetype varchar DEFAULT 'regular' NOT NULL, pinned_at timestamp, subtype varchar, slug varchar,
    participant_count integer DEFAULT 1, word_count integer, excerpt varchar, fancy_title varchar, featured_link varchar, external_id varchar
);
INSERT INTO topics
SELECT t.k, t.title, a.last_at, t.created, a.last_at + interval '1 minute', fixture_gen.n('dtv', t.k, 5000) + 10, a.cnt, t.uid, a.last_uid, a.cnt - 1, CASE WHEN t.k % 97 = 13 THEN t.created + interval '3 days' END, a.cnt, fixture_gen.n('dtlk', t.k, 60), t.cat,
       NOT (t.k % 53 = 7), t.k % 9 = 4 AND NOT t.pm, a.last_at, CASE WHEN t.pm THEN 'private_message' ELSE 'regular' END,
       CASE WHEN t.cat = 5 AND t.k % 3 = 0 THEN t.created END,
       CASE WHEN t.k BETWEEN 751 AND 800 THEN 'system_message' WHEN t.k > 800 AND t.title LIKE '%silenced%' THEN 'moderator_warning' WHEN t.pm THEN 'user_to_user' END,
       dgen.slug(t.title), a.parts, a.words,
       CASE WHEN t.k BETWEEN 751 AND 800 THEN NULL ELSE left(regexp_replace(regexp_replace(dgen.cook(p1.raw), '<[^>]+>', '', 'g'), '\s+', ' ', 'g'), 220) END,
       replace(replace(dgen.h(t.title), '''', '&rsquo;'), ' - ', ' &ndash; '),
       CASE WHEN t.cat = 14 AND t.k % 2 = 0 THEN fixture_gen.pick(ARRAY['https://www.printables.com/model/' || (400000 + t.k * 37) || '-hearthstack-sensor-case', 'https://www.youtube.com/watch?v=' || dgen.tok('dtyt', t.k, 11),
            'https://www.thingiverse.com/thing:' || (5000000 + t.k * 11)], 'dtfl', t.k) END,
       CASE WHEN t.cat IN (15, 16) AND t.k % 2 = 0 THEN 'zd-' || (58000 + t.k) END
FROM dgen.t t JOIN dgen.p p1 ON p1.id = t.k,
LATERAL (SELECT count(*)::int AS cnt, max(p.created) AS last_at, (array_agg(p.uid ORDER BY p.post_number DESC))[1] AS last_uid, (array_agg(DISTINCT p.uid))[1:5] AS f,
                count(*) FILTER (WHERE p.uid BETWEEN 1 AND 12)::int AS staff, coalesce(max(p.post_number) FILTER (WHERE p.uid BETWEEN 1 AND 12), 0)::int AS staff_max,
                count(DISTINCT p.uid)::int AS parts, sum(array_length(regexp_split_to_array(trim(p.raw), '\s+'), 1))::int AS words
         FROM dgen.p p WHERE p.topic = t.k) a;
UPDATE categories c SET topic_id = (SELECT min(t.id) FROM topics t WHERE t.category_id = c.id);
UPDATE categories c SET topic_count = s.n, post_count = s.pc
FROM (SELECT t.category_id, count(*) AS n, sum(t.posts_count) AS pc FROM topics t GROUP BY t.category_id) s WHERE s.category_id = c.id;

-- Revisions: modifications is the serialized hash of changed attributes,
-- each an [old, new] pair (YAML).
CREATE TABLE post_revisions (
    id integer PRIMARY KEY, user_id integer, post_id integer, modifications text, number integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    hidden boolean DEFAULT false NOT NULL
);
INSERT INTO post_revisions
SELECT row_number() OVER (ORDER BY p.id), p.last_editor_id, p.id,
       E'---\nraw:\n- ' || dgen.yb(o.old) || E'\n- ' || dgen.yb(p.raw) || E'\ncooked:\n- ' || dgen.yb(dgen.cook(o.old)) || E'\n- ' || dgen.yb(p.cooked)
       || CASE WHEN p.edit_reason IS NOT NULL THEN E'\nedit_reason:\n- \n- ' || p.edit_reason ELSE '' END
       || CASE WHEN p.post_number = 1 AND p.id % 5 = 0 THEN E'\ntitle:\n- ' || to_json(lower(t.title))::text || E'\n- ' || to_json(t.title)::text ELSE '' END
       || CASE WHEN p.post_number = 1 AND p.id % 11 = 0 AND t.category_id IS NOT NULL THEN E'\ncategory_id:\n- 1\n- ' || t.category_id ELSE '' END,
       2, p.updated_at, p.updated_at, p.id % 89 = 3
FROM posts p JOIN topics t ON t.id = p.topic_id JOIN dgen.u u ON u.i = p.user_id,
LATERAL (SELECT CASE WHEN p.edit_reason = 'removed my phone number' THEN p.raw || E'\n\nYou can also call me on ' || u.phone || '.'
                     WHEN p.edit_reason = 'removed another member''s email address' THEN p.raw || E'\n\n(' || fixture_gen.full_name('dprv', p.id) || ' said I should write to ' || dgen.mail(fixture_gen.first_name('dprv', p.id), fixture_gen.last_name('dprv', p.id), 'dprv', p.id) || ' about this.)'
                     WHEN p.edit_reason = 'removed personal info at the member''s request' THEN p.raw || E'\n\nI live at ' || fixture_gen.street('dprs', p.id) || ' if anyone wants to drop by and see it.'
                     WHEN p.edit_reason = 'price lowered' THEN replace(p.raw, ' EUR', '0 EUR')
                     WHEN replace(replace(p.raw, 'the ', 'teh '), 'with', 'wiht') <> p.raw THEN replace(replace(p.raw, 'the ', 'teh '), 'with', 'wiht')
                     ELSE left(p.raw, length(p.raw) - 1) END AS old) o
WHERE p.version > 1 AND p.raw <> '';

CREATE TABLE post_custom_fields (
    id integer PRIMARY KEY, post_id integer NOT NULL, name varchar(256) NOT NULL, value text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO post_custom_fields
SELECT row_number() OVER (ORDER BY f.post_id, f.name), f.post_id, f.name, f.value, p.created_at, p.created_at
FROM (
  SELECT p.id AS post_id, 'action_code_who' AS name, u.username AS value FROM posts p JOIN dgen.t t ON t.k = p.topic_id JOIN dgen.u u ON u.i = 13 + fixture_gen.n('dpcw', p.id, 1367) WHERE p.action_code = 'invited_user'
  UNION ALL SELECT p.id, 'notice', CASE WHEN p.id % 3 = 0 THEN '{"type":"returning_user","last_posted_at":"' || to_char(p.created_at - interval '400 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}' ELSE '{"type":"new_user"}' END
    FROM posts p WHERE p.post_number = 1 AND p.id % 9 = 2 AND p.topic_id <= 750
  UNION ALL SELECT p.id, 'notice', json_build_object('type', 'custom', 'raw', n.raw, 'cooked', dgen.cook(n.raw))::text
    FROM posts p JOIN topics t ON t.id = p.topic_id,
    LATERAL (SELECT fixture_gen.pick(ARRAY['This listing was edited by a moderator to remove a phone number. Contact the seller by PM.', 'Solved in 2024.2.4, see the release notes.',
        'Please read the Marketplace rules before posting.', 'Staff note: this workaround voids the warranty.'], 'dpcn', p.id) AS raw) n
    WHERE p.post_number = 1 AND t.category_id IN (13, 12, 7) AND p.id % 13 = 1
  UNION ALL SELECT p.id, 'is_accepted_answer', 'true' FROM posts p WHERE p.post_number = 2 AND p.topic_id <= 750 AND p.topic_id % 4 = 1
  UNION ALL SELECT p.id, 'incoming_email_auto_responder', 'true' FROM posts p WHERE p.via_email AND p.id % 17 = 3
) f JOIN posts p ON p.id = f.post_id;

CREATE TABLE topic_custom_fields (
    id integer PRIMARY KEY, topic_id integer NOT NULL, name varchar(256) NOT NULL, value text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO topic_custom_fields
SELECT row_number() OVER (ORDER BY f.topic_id, f.name), f.topic_id, f.name, f.value, t.created_at + interval '1 day', t.created_at + interval '2 days'
FROM (
  SELECT p.topic_id, 'accepted_answer_post_id' AS name, p.id::text AS value FROM posts p WHERE p.post_number = 2 AND p.topic_id <= 750 AND p.topic_id % 4 = 1
  UNION ALL SELECT p.topic_id, 'solved_auto_close_topic_timer_id', (3000 + p.topic_id)::text FROM posts p WHERE p.post_number = 2 AND p.topic_id <= 750 AND p.topic_id % 8 = 1
  UNION ALL SELECT id, 'vote_count', (1 + fixture_gen.n('dtvc', id, 140))::text FROM topics WHERE category_id = 11
  UNION ALL SELECT id, 'discourse_zendesk_plugin_zendesk_id', (58000 + id)::text FROM topics WHERE category_id IN (15, 16) AND id % 2 = 0
  UNION ALL SELECT id, 'discourse_zendesk_plugin_zendesk_api_url', 'https://hearthstack.zendesk.com/api/v2/tickets/' || (58000 + id) || '.json' FROM topics WHERE category_id IN (15, 16) AND id % 2 = 0
  UNION ALL SELECT id, 'last_digest_sent_at', to_char(created_at + interval '7 days', 'YYYY-MM-DD HH24:MI:SS') FROM topics WHERE id % 10 = 3
) f JOIN topics t ON t.id = f.topic_id;

CREATE TABLE post_search_data (
    post_id integer PRIMARY KEY, search_data tsvector, raw_data text, locale varchar, version integer DEFAULT 0, private_message boolean NOT NULL
);
INSERT INTO post_search_data
SELECT p.id, setweight(to_tsvector('english', CASE WHEN p.post_number = 1 THEN t.title ELSE '' END), 'A') || setweight(to_tsvector('english', coalesce(c.name, '')), 'B') || setweight(to_tsvector('english', x.txt), 'D'),
       x.txt, 'english', 5, t.archetype = 'private_message'
FROM posts p JOIN topics t ON t.id = p.topic_id LEFT JOIN categories c ON c.id = t.category_id,
LATERAL (SELECT left(regexp_replace(regexp_replace(p.cooked, '<[^>]+>', ' ', 'g'), '\s+', ' ', 'g'), 1000) AS txt) x
WHERE p.raw <> '';

CREATE TABLE user_search_data (
    user_id integer PRIMARY KEY, search_data tsvector, raw_data text, locale text, version integer DEFAULT 0
);
INSERT INTO user_search_data
SELECT u.id, to_tsvector('simple', x.txt), x.txt, 'english', 3
FROM users u LEFT JOIN user_custom_fields f ON f.user_id = u.id AND f.name = 'user_field_3',
LATERAL (SELECT trim(u.username_lower || ' ' || lower(coalesce(u.name, '')) || ' ' || lower(coalesce(f.value, ''))) AS txt) x;

-- Groups: automatic ones, and the team's (the support mailbox with its
-- IMAP/SMTP login), installers admitted by their employer's mail domain.
CREATE TABLE groups (
    id integer PRIMARY KEY, name varchar NOT NULL, created_at timestamp NOT NULL, automatic boolean DEFAULT false NOT NULL, user_count integer DEFAULT 0 NOT NULL,
    automatic_membership_email_domains text, title varchar, incoming_email varchar, flair_url varchar, bio_raw text, bio_cooked text,
    allow_membership_requests boolean DEFAULT false NOT NULL, full_name varchar, visibility_level integer DEFAULT 0 NOT NULL, membership_request_template text,
    messageable_level integer DEFAULT 0, mentionable_level integer DEFAULT 0, smtp_server varchar, smtp_port integer, smtp_ssl boolean, imap_server varchar, imap_port integer,
    imap_ssl boolean, imap_mailbox_name varchar DEFAULT '' NOT NULL, email_username varchar, email_password varchar, imap_last_error text, smtp_enabled boolean DEFAULT false,
    imap_enabled boolean DEFAULT false, email_from_alias varchar, updated_at timestamp NOT NULL
);
INSERT INTO groups (id, name, automatic, full_name, title, incoming_email, flair_url, bio_raw, allow_membership_requests,
                    visibility_level, membership_request_template, messageable_level, mentionable_level, automatic_membership_email_domains,
                    smtp_server, smtp_port, smtp_ssl, imap_server, imap_port, imap_ssl, imap_mailbox_name, email_username, email_password, imap_last_error,
                    smtp_enabled, imap_enabled, email_from_alias, created_at, updated_at)
VALUES
  (0, 'everyone', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (1, 'admins', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (2, 'moderators', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 99, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (3, 'staff', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (10, 'trust_level_0', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (11, 'trust_level_1', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (12, 'trust_level_2', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (13, 'trust_level_3', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (14, 'trust_level_4', true, NULL, NULL, NULL, NULL, NULL, false, 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2020-11-02 10:04:11', '2020-11-02 10:04:11'),
  (41, 'hearthstack_team', false, 'Hearthstack Team', 'Hearthstack Staff', 'support@hearthstack.example|team@community.hearthstack.example', 'fab-hotjar',
      'The people who build Hearthstack. For order and warranty questions write to support@hearthstack.example; for press, ' || 'press@hearthstack.example.', false, 0, NULL, 99, 99, NULL,
      'smtp.gmail.com', 587, true, 'imap.gmail.com', 993, true, 'INBOX', 'support@hearthstack.example', fixture_gen.chars('dgpw', 41, 16, 'abcdefghijklmnopqrstuvwxyz'), NULL,
      true, true, 'Hearthstack Support <support@hearthstack.example>', '2020-12-01 09:00:00', '2023-04-03 08:11:00'),
  (42, 'beta_testers', false, 'Beta Testers', 'Beta Tester', 'beta-feedback@hearthstack.example', 'flask',
      E'Members testing pre-release firmware. Covered by the beta NDA. Questions: ping @' || (SELECT username FROM dgen.u WHERE i = 10) || '.', true, 1,
      E'Which devices do you own, and how many? Are you OK with occasionally resetting your hub?', 3, 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2022-02-14 08:00:00', '2024-01-09 08:00:00'),
  (43, 'translators', false, 'Translators', 'Translator', NULL, 'language',
      'Volunteers translating the app and the docs on Crowdin.', true, 0, NULL, 2, 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2021-05-01 08:00:00', '2021-05-01 08:00:00'),
  (44, 'certified_installers', false, 'Certified Installers', 'Certified Installer', NULL, 'tools',
      'Professional installers and integrators in the partner program. Membership is automatic for partner companies'' email domains.', true, 0,
      E'Please tell us your company name, your trade registration number and the VAT id of the business.', 3, 3,
      (SELECT string_agg(dom, '|' ORDER BY k) FROM dgen.emp), NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2021-06-01 11:00:00', '2023-11-20 10:00:00'),
  (45, 'rma_team', false, 'RMA Team', NULL, 'rma@hearthstack.example|returns@hearthstack.example', NULL,
      'Handles returns and warranty claims.', false, 2, NULL, 99, 1, NULL,
      'smtp.office365.com', 587, true, 'outlook.office365.com', 993, true, 'INBOX', 'rma@hearthstack.example', 'Rm' || dgen.tok('dgpw', 45, 10) || '!' || (10 + 45), 'Net::IMAP::NoResponseError: AUTHENTICATE failed.',
      true, false, NULL, '2021-09-01 09:00:00', '2023-12-01 14:30:00'),
  (46, 'ambassadors', false, 'Community Ambassadors', 'Ambassador', NULL, 'star',
      'Ambassadors organise local meetups. Find the one near you in the member list.', false, 0, NULL, 3, 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false, NULL, '2022-09-01 09:00:00', '2022-09-01 09:00:00');
UPDATE groups SET bio_cooked = dgen.cook(bio_raw) WHERE bio_raw IS NOT NULL;

CREATE TABLE group_users (
    id integer PRIMARY KEY, group_id integer NOT NULL, user_id integer NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    owner boolean DEFAULT false NOT NULL
);
INSERT INTO group_users
SELECT row_number() OVER (ORDER BY g, u.id), g, u.id, u.created_at + interval '1 hour', u.created_at + interval '1 hour', g IN (41, 42, 46) AND u.id IN (1, 2, 10)
FROM users u, LATERAL (SELECT unnest(ARRAY[
         CASE WHEN u.admin AND u.id > 0 THEN 1 END, CASE WHEN (u.moderator OR u.admin) AND u.id > 0 THEN 3 END, CASE WHEN u.moderator AND NOT u.admin THEN 2 END,
         CASE WHEN u.id > 0 THEN 10 + least(u.trust_level, 4) END,
         CASE WHEN u.id BETWEEN 1 AND 12 THEN 41 END, CASE WHEN u.id > 12 AND u.id < 1380 AND u.id % 8 = 5 THEN 42 END, CASE WHEN u.id > 12 AND u.id < 1380 AND u.id % 31 = 8 THEN 43 END,
         CASE WHEN u.id > 12 AND u.id < 1380 AND u.id % 29 = 4 THEN 44 END, CASE WHEN u.id IN (3, 5, 8, 12) THEN 45 END, CASE WHEN u.id > 12 AND u.id < 1380 AND u.id % 97 = 2 THEN 46 END]) AS g) x
WHERE g IS NOT NULL;
UPDATE groups g SET user_count = (SELECT count(*) FROM group_users gu WHERE gu.group_id = g.id);

-- Invites: emailed ones and shareable links; the key in the link signs up.
CREATE TABLE invites (
    id integer PRIMARY KEY, invite_key varchar(32) NOT NULL, email varchar, invited_by_id integer NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    custom_message text, max_redemptions_allowed integer DEFAULT 1 NOT NULL, redemption_count integer DEFAULT 0 NOT NULL, expires_at timestamp NOT NULL, email_token varchar,
    domain varchar
);
INSERT INTO invites
SELECT k, dgen.b58('dinv', k, 10), CASE WHEN k % 4 <> 0 THEN dgen.mail(f.first_name, f.last_name, 'dinm', k) END, b.id, dgen.ts('dinc', k), dgen.ts('dinc', k) + interval '2 days',
       CASE WHEN k % 3 = 1 THEN fixture_gen.pick(ARRAY[
            'Hi ' || f.first_name || ', here is the invite to the forum I told you about at the meetup. - ' || split_part(coalesce(b.name, b.username), ' ', 1),
            'Welcome to the beta! Please tick the NDA box in your profile after signing up.',
            f.first_name || ', this is where we discuss the installs for your building. Call me on ' || fixture_gen.phone('dinph', k) || ' if the link does not work.',
            'Join us! The Zigbee crowd here is great.', 'Invitation for the ' || fixture_gen.pick(ARRAY['Brightwire', 'Nordlys Elektro', 'Casa Viva'], 'dinco', k) || ' team (installer partner program).'], 'dinmsg', k) END,
       CASE WHEN k % 4 = 0 THEN (ARRAY[10, 50, 100, 25])[1 + k % 4 / 4 + k % 3] ELSE 1 END, CASE WHEN k % 4 = 0 THEN k % 11 ELSE (k % 3 = 0)::int END,
       dgen.ts('dinc', k) + interval '90 days', CASE WHEN k % 4 <> 0 THEN fixture_gen.hexn('dinet', k, 32) END,
       CASE WHEN k % 12 = 0 THEN (SELECT m.dom FROM dgen.emp m WHERE m.k = 1 + fixture_gen.n('dindom', k.k, 8)) END
FROM generate_series(1, 150) k JOIN users b ON b.id = CASE WHEN k % 3 = 0 THEN 1 + k % 12 ELSE 13 + fixture_gen.n('dinb', k, 1367) END,
LATERAL (SELECT fixture_gen.first_name('dinf', k) AS first_name, fixture_gen.last_name('dinl', k) AS last_name) f;

-- Email tokens (signup, password reset, email login, email change): the
-- emailed token is kept as its SHA-256.
CREATE TABLE email_tokens (
    id integer PRIMARY KEY, user_id integer NOT NULL, email varchar NOT NULL, confirmed boolean DEFAULT false NOT NULL, expired boolean DEFAULT false NOT NULL,
    created_at timestamp NOT NULL, updated_at timestamp NOT NULL, scope integer, token_hash varchar NOT NULL
);
INSERT INTO email_tokens
SELECT k, u.id, CASE WHEN s.scope = 4 THEN dgen.mail(d.first, d.last, 'detn', k) ELSE e.email END, k % 3 <> 0, k % 3 = 0 OR k % 5 = 1,
       dgen.ts('detc', k), dgen.ts('detc', k) + interval '20 minutes', s.scope, fixture_gen.hexn('deth', k, 64)
FROM generate_series(1, 900) k JOIN users u ON u.id = 13 + fixture_gen.n('detu', k, 1367) JOIN dgen.u d ON d.i = u.id JOIN user_emails e ON e.user_id = u.id AND e."primary",
LATERAL (SELECT (ARRAY[1, 1, 1, 2, 2, 3, 4])[1 + fixture_gen.n('dets', k, 7)] AS scope) s;

CREATE TABLE email_logs (
    id integer PRIMARY KEY, to_address varchar NOT NULL, email_type varchar NOT NULL, user_id integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    post_id integer, bounce_key uuid, bounced boolean DEFAULT false NOT NULL, message_id varchar, cc_addresses text, bounce_error_code varchar,
    smtp_transaction_response varchar(500)
);
INSERT INTO email_logs
SELECT k, CASE WHEN t.et = 'group_smtp' THEN se.email ELSE e.email END, t.et, CASE WHEN t.et = 'group_smtp' THEN s.id ELSE u.id END, dgen.ts('delc', k), dgen.ts('delc', k),
       CASE WHEN t.et IN ('user_replied', 'user_mentioned', 'user_posted', 'user_private_message', 'group_smtp', 'mailing_list') THEN 1 + fixture_gen.n('delp', k, 4400) END,
       fixture_gen.uuid('delbk', k)::uuid, k % 41 = 7,
       CASE WHEN t.et IN ('user_replied', 'user_mentioned', 'user_posted', 'user_private_message', 'group_smtp', 'mailing_list') THEN 'discourse/post/' || (1 + fixture_gen.n('delp', k, 4400)) || '@community.hearthstack.example'
            ELSE fixture_gen.uuid('delmid', k) || '@community.hearthstack.example' END,
       CASE WHEN t.et = 'group_smtp' AND k % 3 = 0 THEN dgen.mail(fixture_gen.first_name('delcc', k), fixture_gen.last_name('delccl', k), 'delcc', k) END,
       CASE WHEN k % 41 = 7 THEN fixture_gen.pick(ARRAY['5.1.1', '5.2.2', '4.2.2', '5.7.1'], 'delbe', k) END,
       CASE WHEN k % 41 = 7 THEN fixture_gen.pick(ARRAY['550 5.1.1 The email account that you tried to reach does not exist.', '552 5.2.2 Mailbox full', '554 5.7.1 Message rejected due to content'], 'delbr', k)
            ELSE '250 Great success' END
FROM generate_series(1, 1600) k JOIN users u ON u.id = 13 + fixture_gen.n('delu', k, 1367) JOIN user_emails e ON e.user_id = u.id AND e."primary"
JOIN users s ON s.id = 1380 + fixture_gen.n('dels', k, 121)
JOIN user_emails se ON se.user_id = s.id AND se."primary",
LATERAL (SELECT (ARRAY['digest', 'digest', 'digest', 'user_replied', 'user_replied', 'user_mentioned', 'user_posted', 'user_private_message', 'signup', 'forgot_password', 'email_login',
                       'group_smtp', 'mailing_list', 'admin_login', 'account_created'])[1 + fixture_gen.n('delt', k, 15)] AS et) t;

-- Incoming mail: the Support and RMA categories' mailboxes (full RFC 822
-- messages), bounces and rejected mail.
CREATE TABLE incoming_emails (
    id integer PRIMARY KEY, user_id integer, topic_id integer, post_id integer, raw text, error text, message_id varchar, from_address varchar, to_addresses text,
    cc_addresses text, subject text, created_at timestamp NOT NULL, rejection_message text, is_auto_generated boolean DEFAULT false, is_bounce boolean DEFAULT false NOT NULL,
    created_via integer DEFAULT 0 NOT NULL
);
INSERT INTO incoming_emails
SELECT row_number() OVER (ORDER BY p.created_at, p.id), p.user_id, p.topic_id, p.id, p.raw_email, NULL, substring(p.raw_email FROM 'Message-ID: <([^>]+)>'),
       substring(p.raw_email FROM 'Return-Path: <([^>]+)>'), CASE WHEN t.category_id = 16 THEN 'rma@hearthstack.example' ELSE 'support@hearthstack.example' END,
       CASE WHEN p.id % 6 = 0 THEN dgen.mail(fixture_gen.first_name('diecc', p.id), fixture_gen.last_name('dieccl', p.id), 'diecc', p.id) END,
       substring(p.raw_email FROM 'Subject: ([^\r]+)'), p.created_at, NULL, p.id % 17 = 3, false, 1
FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.via_email;
INSERT INTO incoming_emails
SELECT 1000 + k, CASE WHEN k % 2 = 0 THEN u.id END, NULL, NULL,
       CASE WHEN k % 2 = 0 THEN
         E'Return-Path: <>\r\nFrom: MAILER-DAEMON@mx.hearthstack.example (Mail Delivery System)\r\nTo: replies+verp-' || fixture_gen.hexn('diebk', k, 32) || E'@hearthstack.example\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <' || upper(fixture_gen.hexn('diem', k, 12)) || E'.mx.hearthstack.example>\r\nContent-Type: multipart/report; report-type=delivery-status\r\n\r\nThis is the mail system at host mx.hearthstack.example.\r\n\r\nI''m sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<'
         || e.email || E'>: host ' || split_part(e.email, '@', 2) || E' said: 550 5.1.1 <' || e.email || E'>: Recipient address rejected: User unknown\r\n'
       ELSE
         E'Return-Path: <' || x.addr || E'>\r\nFrom: ' || x.nm || ' <' || x.addr || E'>\r\nTo: support@hearthstack.example\r\nSubject: ' || x.subj || E'\r\nMessage-ID: <' || fixture_gen.uuid('diem', k) || '@' || split_part(x.addr, '@', 2)
         || E'>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n' || x.body || E'\r\n' END,
       CASE WHEN k % 2 = 0 THEN NULL WHEN k % 6 = 1 THEN 'Email::Receiver::AutoGeneratedEmailError' WHEN k % 6 = 3 THEN 'Email::Receiver::BadDestinationAddress' ELSE 'Email::Receiver::StrangersNotAllowedError' END,
       CASE WHEN k % 2 = 0 THEN upper(fixture_gen.hexn('diem', k, 12)) || '.mx.hearthstack.example' ELSE fixture_gen.uuid('diem', k) || '@' || split_part(x.addr, '@', 2) END,
       CASE WHEN k % 2 = 0 THEN 'mailer-daemon@mx.hearthstack.example' ELSE x.addr END,
       CASE WHEN k % 2 = 0 THEN 'replies+verp-' || fixture_gen.hexn('diebk', k, 32) || '@hearthstack.example' WHEN k % 6 = 3 THEN 'sales@hearthstack.example' ELSE 'beta-feedback@hearthstack.example' END,
       NULL, CASE WHEN k % 2 = 0 THEN 'Undelivered Mail Returned to Sender' ELSE x.subj END, dgen.ts('diec', k),
       CASE WHEN k % 6 = 5 THEN E'We''re sorry, but your email message to ["beta-feedback@hearthstack.example"] (titled ' || x.subj || E') didn''t work.\n\nThe destination email address is restricted to beta testers.' END,
       k % 6 = 1, k % 2 = 0, 1
FROM generate_series(1, 160) k JOIN users u ON u.id = 13 + fixture_gen.n('dieu', k, 1367) JOIN user_emails e ON e.user_id = u.id AND e."primary",
LATERAL (SELECT fixture_gen.full_name('diex', k) AS nm, dgen.mail(fixture_gen.first_name('diex', k), fixture_gen.last_name('diex', k), 'diexm', k) AS addr,
                CASE WHEN k % 6 = 1 THEN 'Automatic reply: Out of office' ELSE fixture_gen.pick(ARRAY['Partnership proposal', 'Question about bulk pricing', 'Beta feedback 2024.3', 'SEO services for hearthstack.example'], 'diesj', k) END AS subj,
                CASE WHEN k % 6 = 1 THEN 'I am out of the office until Monday with limited access to email. For urgent matters call my mobile ' || fixture_gen.phone('dieph', k) || '.'
                     ELSE 'Hello, we are interested in ordering 200 hubs for a housing project. Please send a quote to this address or call ' || fixture_gen.phone('dieph', k) || '.' END AS body) x;

CREATE TABLE screened_emails (
    id integer PRIMARY KEY, email varchar NOT NULL, action_type integer NOT NULL, match_count integer DEFAULT 0 NOT NULL, last_match_at timestamp, created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL, ip_address inet
);
INSERT INTO screened_emails
SELECT k, CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['seo', 'cheap', 'promo', 'crypto', 'deals', 'bestoffer'], 'dsea', k) || fixture_gen.pick(ARRAY['.king', 'master', '_pro', 'hub'], 'dseb', k) || (k * 7) || '@' || fixture_gen.pick(ARRAY['mail.ru', 'outlook.com', 'yandex.com', 'gmail.com'], 'dsed', k)
            ELSE dgen.mail(fixture_gen.first_name('dsef', k), fixture_gen.last_name('dsel', k), 'dsem', k) END,
       1, fixture_gen.n('dsemc', k, 12), dgen.ts('dselm', k), dgen.ts('dsec', k), dgen.ts('dsec', k), fixture_gen.ipv4('dseip', k)::inet
FROM generate_series(1, 120) k;

CREATE TABLE screened_ip_addresses (
    id integer PRIMARY KEY, ip_address inet NOT NULL, action_type integer NOT NULL, match_count integer DEFAULT 0 NOT NULL, last_match_at timestamp,
    created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO screened_ip_addresses
SELECT k, CASE WHEN k <= 3 THEN fixture_gen.ipv4('dsioffice', k)::inet WHEN k % 5 = 0 THEN network(set_masklen(fixture_gen.ipv4('dsip', k)::inet, 24)) ELSE fixture_gen.ipv4('dsip', k)::inet END,
       CASE WHEN k <= 3 THEN 3 WHEN k % 11 = 0 THEN 2 ELSE 1 END, fixture_gen.n('dsimc', k, 40), dgen.ts('dsilm', k), dgen.ts('dsic', k), dgen.ts('dsic', k)
FROM generate_series(1, 80) k;

CREATE TABLE screened_urls (
    id integer PRIMARY KEY, url varchar NOT NULL, domain varchar NOT NULL, action_type integer NOT NULL, match_count integer DEFAULT 0 NOT NULL, last_match_at timestamp,
    created_at timestamp NOT NULL, updated_at timestamp NOT NULL, ip_address inet
);
INSERT INTO screened_urls
SELECT k, x.dom || '/' || fixture_gen.pick(ARRAY['buy', 'offer', 'go', 'deal/smart-home-90-off', 'ref'], 'dsup', k), x.dom, 1, fixture_gen.n('dsumc', k, 9), dgen.ts('dsulm', k), dgen.ts('dsuc', k), dgen.ts('dsuc', k),
       fixture_gen.ipv4('dsuip', k)::inet
FROM generate_series(1, 40) k, LATERAL (SELECT fixture_gen.pick(ARRAY['cheap-smarthome', 'best-zigbee-deals', 'replica-watches', 'crypto-gains', 'seo-boost', 'vpn-free'], 'dsud', k) || (k % 7) || '.' || fixture_gen.pick(ARRAY['example', 'test', 'invalid'], 'dsut', k) AS dom) x;

-- Staff action log.
CREATE TABLE user_histories (
    id integer PRIMARY KEY, action integer NOT NULL, acting_user_id integer, target_user_id integer, details text, created_at timestamp NOT NULL, context varchar,
    ip_address varchar, email varchar, subject text, previous_value text, new_value text, topic_id integer, post_id integer, custom_type varchar
);
INSERT INTO user_histories
SELECT k, a.act, 1 + k % 12, CASE WHEN a.act IN (1, 3, 17) THEN NULL ELSE u.id END,
       CASE a.act
         WHEN 1 THEN 'id: ' || u.id || E'\nusername: ' || u.username || E'\nname: ' || coalesce(u.name, '') || E'\ncreated_at: ' || u.created_at || E'\ntrust_level: ' || u.trust_level || E'\nlast_seen_at: ' || coalesce(u.last_seen_at::text, '') || E'\nlast_emailed_at: ' || coalesce(u.last_emailed_at::text, '')
         WHEN 10 THEN fixture_gen.pick(ARRAY['Repeated spam in Marketplace', 'Posting other members'' phone numbers', 'Abusive messages to support staff', 'Ban evasion (same IP as suspended account)'], 'duhr', k)
         WHEN 30 THEN fixture_gen.pick(ARRAY['Off-topic replies after two warnings', 'Link spam', 'Heated thread, cooling off'], 'duhs', k)
         WHEN 17 THEN 'id: ' || p.id || E'\ncreated_at: ' || p.created_at || E'\nuser: ' || pu.username || ' (' || coalesce(pu.name, '') || E')\ntopic: ' || t.title || E'\npost_number: ' || p.post_number || E'\nraw: ' || p.raw
         WHEN 22 THEN 'RMA-' || (4000 + k) || ' created for ' || u.username
         ELSE NULL END,
       dgen.ts('duhc', k),
       CASE a.act WHEN 10 THEN fixture_gen.pick(ARRAY['Hi ' || split_part(coalesce(u.name, u.username), ' ', 1) || ', your account is suspended for 14 days. You posted the phone number of another member twice after being asked not to.',
                                                     'Your account has been suspended. Contact ' || 'moderation@hearthstack.example if you think this is a mistake.'], 'duhctx', k)
                 WHEN 19 THEN '/admin/users/' || u.id || '/' || u.username_lower
                 WHEN 16 THEN '/u/' || u.username_lower || '/preferences/account' ELSE NULL END,
       CASE WHEN a.act = 1 THEN host(u.ip_address) ELSE fixture_gen.ipv4('duhip', 1 + k % 12) END,
       CASE WHEN a.act IN (1, 16, 24) THEN e.email END,
       CASE WHEN a.act = 3 THEN s.nm END,
       CASE a.act WHEN 2 THEN (u.trust_level - 1)::text WHEN 3 THEN s.oldv WHEN 21 THEN u.username || CASE WHEN k % 2 = 0 THEN '_old' ELSE '1' END WHEN 24 THEN u.username ELSE NULL END,
       CASE a.act WHEN 2 THEN u.trust_level::text WHEN 3 THEN s.newv WHEN 21 THEN u.username WHEN 24 THEN 'anon' || substr(md5('duhan' || k), 1, 8) ELSE NULL END,
       CASE WHEN a.act = 17 THEN p.topic_id END, CASE WHEN a.act = 17 THEN p.id END, CASE WHEN a.act = 22 THEN 'create_rma' END
FROM generate_series(1, 700) k JOIN users u ON u.id = 13 + fixture_gen.n('duhu', k, 1367) JOIN user_emails e ON e.user_id = u.id AND e."primary"
JOIN posts p ON p.id = 1 + fixture_gen.n('duhp', k, 4400) JOIN topics t ON t.id = p.topic_id JOIN users pu ON pu.id = p.user_id,
LATERAL (SELECT (ARRAY[2, 2, 2, 2, 3, 3, 16, 16, 1, 10, 30, 17, 17, 19, 21, 22, 24])[1 + fixture_gen.n('duha', k, 17)] AS act) a,
LATERAL (SELECT * FROM (VALUES
  (0, 'contact_email', 'community@hearthstack.example', 'jonas.lefevre@hearthstack.example'),
  (1, 'title', 'Hearthstack Forum', 'Hearthstack Community'),
  (2, 'max_image_size_kb', '4096', '8192'),
  (3, 's3_secret_access_key', '[FILTERED]', '[FILTERED]'),
  (4, 'site_contact_username', 'jonas_hs', 'hearthstack_team'),
  (5, 'allowed_iframes', 'https://www.youtube.com/embed/', 'https://www.youtube.com/embed/|https://player.vimeo.com/video/'),
  (6, 'pop3_polling_password', '[FILTERED]', '[FILTERED]'),
  (7, 'enable_discourse_connect', 'true', 'false')) v(m, nm, oldv, newv) WHERE v.m = k % 8) s;

CREATE TABLE search_logs (
    id integer PRIMARY KEY, term varchar NOT NULL, user_id integer, ip_address inet, search_result_id integer, search_type integer NOT NULL, created_at timestamp NOT NULL,
    search_result_type integer
);
INSERT INTO search_logs
SELECT k, CASE WHEN x.kind = 0 THEN fixture_gen.pick(ARRAY['zigbee channel', 'firmware rollback', 'neutral wire', 'home assistant token', 'ota stuck', 'ms-2 battery', 'mqtt', 'matter', 'reset hub',
                                                            'blinds sunset', 'energy dashboard', 'z-wave range', 'rma', 'warranty', 'power supply 12v', 'dark mode', 'doorbell cve', 'tuya'], 'dslt', k)
                 WHEN x.kind = 1 THEN su.username WHEN x.kind = 2 THEN su.full WHEN x.kind = 3 THEN su.email WHEN x.kind = 4 THEN 'HS-' || (10000 + fixture_gen.n('dslo', k, 9000))
                 ELSE 'HS2-' || upper(fixture_gen.hexn('dsls', k, 4)) END,
       CASE WHEN k % 3 = 0 THEN NULL ELSE 13 + fixture_gen.n('dslu', k, 1367) END, (CASE WHEN k % 7 = 0 THEN fixture_gen.ipv6('dslip', k) ELSE fixture_gen.ipv4('dslip', k) END)::inet,
       CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('dslr', k, 750) END, 1 + k % 2, dgen.ts('dslc', k), CASE WHEN k % 4 = 0 THEN 1 END
FROM generate_series(1, 1600) k JOIN dgen.u su ON su.i = 1 + fixture_gen.n('dslsu', k, 1379),
LATERAL (SELECT (ARRAY[0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 5])[1 + fixture_gen.n('dslk', k, 13)] AS kind) x;

-- DiscourseConnect from the shop's customer accounts (until 2023).
CREATE TABLE single_sign_on_records (
    id integer PRIMARY KEY, user_id integer NOT NULL, external_id varchar NOT NULL, last_payload text NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
    external_username varchar, external_email varchar, external_name varchar, external_avatar_url varchar(1000)
);
INSERT INTO single_sign_on_records
SELECT row_number() OVER (ORDER BY u.id), u.id, x.ext, 
       'avatar_url=' || replace(replace(coalesce(x.av, ''), ':', '%3A'), '/', '%2F') || '&email=' || replace(e.email, '@', '%40') || '&external_id=' || x.ext || '&moderator=false&name=' || replace(coalesce(u.name, ''), ' ', '+')
       || '&nonce=' || fixture_gen.hexn('dsson', u.id, 32) || '&return_sso_url=https%3A%2F%2Fcommunity.hearthstack.example%2Fsession%2Fsso_login&username=' || u.username,
       u.created_at, u.created_at + make_interval(days => u.id % 300), u.username, e.email, u.name, x.av
FROM users u JOIN user_emails e ON e.user_id = u.id AND e."primary",
LATERAL (SELECT (100000 + u.id * 7 + fixture_gen.n('dssox', u.id, 7))::text AS ext,
                CASE WHEN u.id % 3 = 0 THEN 'https://shop.hearthstack.example/media/customer/avatar/' || fixture_gen.hexn('dssoa', u.id, 16) || '.jpg'
                     WHEN u.id % 3 = 1 THEN 'https://www.gravatar.com/avatar/' || md5(lower(e.email)) || '?s=240&d=404' END AS av) x
WHERE u.id BETWEEN 13 AND 1379 AND u.created_at < timestamp '2023-01-01' AND u.id % 5 <> 0;

-- Social logins: info is the provider's profile, credentials its tokens,
-- extra the raw response (with Google's ID token).
CREATE TABLE user_associated_accounts (
    id bigint PRIMARY KEY, provider_name varchar NOT NULL, provider_uid varchar NOT NULL, user_id integer, last_used timestamp NOT NULL, info jsonb DEFAULT '{}'::jsonb NOT NULL,
    credentials jsonb DEFAULT '{}'::jsonb NOT NULL, extra jsonb DEFAULT '{}'::jsonb NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO user_associated_accounts
SELECT row_number() OVER (ORDER BY u.id), x.prov, x.uid, u.id, u.last_seen_at,
       CASE x.prov
         WHEN 'google_oauth2' THEN jsonb_build_object('name', d.full, 'email', e.email, 'unverified_email', e.email, 'email_verified', true, 'first_name', d.first, 'last_name', d.last,
                                                     'image', 'https://lh3.googleusercontent.com/a/ACg8oc' || dgen.tok('dgimg', u.id, 40) || '=s96-c')
         WHEN 'github' THEN jsonb_build_object('nickname', u.username, 'email', e.email, 'name', d.full, 'image', 'https://avatars.githubusercontent.com/u/' || x.uid || '?v=4',
                                              'urls', jsonb_build_object('GitHub', 'https://github.com/' || u.username, 'Blog', CASE WHEN u.id % 3 = 0 THEN 'https://' || fixture_gen.ascii(d.first) || fixture_gen.ascii(d.last) || '.dev' ELSE '' END))
         ELSE jsonb_build_object('name', u.username, 'email', e.email, 'image', 'https://cdn.discordapp.com/avatars/' || x.uid || '/' || fixture_gen.hexn('ddav', u.id, 32) || '.png') END,
       CASE x.prov
         WHEN 'google_oauth2' THEN jsonb_build_object('token', 'ya29' || '.a0AfB_by' || dgen.tok('dgat', u.id, 140), 'expires_at', extract(epoch FROM u.last_seen_at)::bigint + 3599, 'expires', true)
         WHEN 'github' THEN jsonb_build_object('token', 'gh' || 'o_' || dgen.tok('dghat', u.id, 36), 'expires', false)
         ELSE jsonb_build_object('token', dgen.tok('ddat', u.id, 30), 'refresh_token', dgen.tok('ddrt', u.id, 30), 'expires_at', extract(epoch FROM u.last_seen_at)::bigint + 604800, 'expires', true) END,
       CASE x.prov
         WHEN 'google_oauth2' THEN jsonb_build_object('id_token', fixture_gen.jwt('dgidt', u.id),
               'id_info', jsonb_build_object('iss', 'https://accounts.google.com', 'azp', '48213390721-k3v0q8d1hs5t4m2pl6ejr9c7nboa1fuw.apps.googleusercontent.com', 'sub', x.uid, 'email', e.email, 'email_verified', true,
                                             'name', d.full, 'given_name', d.first, 'family_name', d.last, 'locale', coalesce(u.locale, 'en')),
               'raw_info', jsonb_build_object('sub', x.uid, 'name', d.full, 'email', e.email, 'picture', 'https://lh3.googleusercontent.com/a/ACg8oc' || dgen.tok('dgimg', u.id, 40) || '=s96-c'))
         WHEN 'github' THEN jsonb_build_object('raw_info', jsonb_build_object('login', u.username, 'id', x.uid::bigint, 'node_id', 'MDQ6VXNlcj' || dgen.tok('dghn', u.id, 10), 'avatar_url', 'https://avatars.githubusercontent.com/u/' || x.uid || '?v=4',
               'type', 'User', 'name', d.full, 'company', CASE WHEN u.id % 4 = 0 THEN '@' || fixture_gen.pick(ARRAY['bosch', 'siemens', 'sap', 'zalando', 'spotify', 'infosys'], 'dghc', u.id) END, 'blog', '',
               'location', d.city, 'email', e.email, 'bio', CASE WHEN u.id % 5 = 0 THEN 'Embedded dev. Coffee, Rust, Zigbee.' END, 'public_repos', u.id % 60, 'followers', u.id % 30),
               'all_emails', jsonb_build_array(jsonb_build_object('email', e.email, 'primary', true, 'verified', true)), 'scope', 'user:email')
         ELSE jsonb_build_object('raw_info', jsonb_build_object('id', x.uid, 'username', u.username, 'global_name', d.first, 'discriminator', '0', 'email', e.email, 'verified', true, 'locale', 'en-GB', 'mfa_enabled', u.id % 2 = 0)) END,
       u.created_at, u.last_seen_at
FROM users u JOIN user_emails e ON e.user_id = u.id AND e."primary" JOIN dgen.u d ON d.i = u.id,
LATERAL (SELECT CASE WHEN u.id % 10 < 5 THEN 'google_oauth2' WHEN u.id % 10 < 8 THEN 'github' ELSE 'discord' END AS prov) p,
LATERAL (SELECT p.prov, CASE p.prov WHEN 'google_oauth2' THEN '1' || fixture_gen.digits('dgsub', u.id, 20) WHEN 'github' THEN (100000 + fixture_gen.n('dghid', u.id, 150000000))::text
                                  ELSE (300000000000000000 + fixture_gen.n('ddid', u.id, 900000000)::bigint * 1000000000 + fixture_gen.n('ddid2', u.id, 999999999))::text END AS uid) x
WHERE u.id BETWEEN 13 AND 1379 AND (u.password_hash IS NULL OR u.id % 7 = 1) AND u.last_seen_at IS NOT NULL;

CREATE TABLE web_hooks (
    id integer PRIMARY KEY, payload_url varchar NOT NULL, content_type integer DEFAULT 1 NOT NULL, last_delivery_status integer DEFAULT 1 NOT NULL, secret varchar DEFAULT '',
    wildcard_web_hook boolean DEFAULT false NOT NULL, verify_certificate boolean DEFAULT true NOT NULL, active boolean DEFAULT false NOT NULL, created_at timestamp NOT NULL
);
INSERT INTO web_hooks VALUES
  (1, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('dwhz', 1, 7) || '/' || lower(dgen.tok('dwhz', 1, 6)) || '/', 1, 2, '', false, true, true, '2021-04-12 10:00:00'),
  (2, 'https://crm.hearthstack.example/api/discourse/webhook', 1, 2, 'hs-crm-' || dgen.tok('dwhs', 2, 24), false, true, true, '2021-06-02 12:30:00'),
  (3, 'https://hooks.slack.com/services/T' || upper(dgen.tok('dwhs', 31, 8)) || '/B' || upper(dgen.tok('dwhs', 32, 10)) || '/' || dgen.tok('dwhs', 33, 24), 1, 3, '', false, true, false, '2022-01-20 09:00:00'),
  (4, 'https://n8n.hearthstack.example/webhook/' || fixture_gen.uuid('dwhn', 4), 1, 2, dgen.tok('dwhs', 4, 32), true, true, true, '2023-03-08 15:45:00'),
  (5, 'http://192.168.10.24:8080/discourse', 1, 4, 'test', false, false, false, '2023-07-01 08:00:00'),
  (6, 'https://status.hearthstack.example/hooks/forum?token=' || fixture_gen.hexn('dwht', 6, 40), 1, 2, '', false, true, true, '2023-11-15 11:11:00');

CREATE TABLE web_hook_events (
    id integer PRIMARY KEY, web_hook_id integer NOT NULL, headers varchar, payload text, status integer DEFAULT 0, response_headers varchar, response_body text,
    duration integer DEFAULT 0, created_at timestamp NOT NULL
);
INSERT INTO web_hook_events
SELECT k, w.id,
       json_build_object('Accept', '*/*', 'Connection', 'close', 'Content-Length', length(pl.body)::text, 'Content-Type', 'application/json', 'Host', substring(w.payload_url FROM '//([^/:]+)'),
                         'User-Agent', 'Discourse/3.2.1', 'X-Discourse-Instance', 'https://community.hearthstack.example', 'X-Discourse-Event-Id', k::text, 'X-Discourse-Event-Type', pl.typ,
                         'X-Discourse-Event', pl.ev, 'X-Discourse-Event-Signature', 'sha256=' || encode(sha256(convert_to('whs' || w.id || pl.body, 'UTF8')), 'hex'))::text,
       pl.body, CASE WHEN w.id = 3 AND k % 2 = 0 THEN 404 WHEN w.id = 5 THEN 0 ELSE 200 END,
       CASE WHEN w.id = 5 THEN NULL ELSE '{"content-type":"application/json; charset=utf-8","date":"' || to_char(dgen.ts('dwec', k), 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT"}' END,
       CASE w.id WHEN 1 THEN '{"id":"' || fixture_gen.uuid('dwez', k) || '","request_id":"' || dgen.tok('dwez', k, 16) || '","attempt":"' || fixture_gen.uuid('dwez2', k) || '","status":"success"}'
                 WHEN 2 THEN CASE WHEN pl.typ = 'user' THEN '{"ok":true,"contact_id":' || (70000 + k) || ',"message":"Contact ' || coalesce(pl.email, '') || ' updated"}' ELSE '{"ok":true}' END
                 WHEN 3 THEN CASE WHEN k % 2 = 0 THEN 'no_service' ELSE 'ok' END
                 WHEN 4 THEN '{"message":"Workflow was started"}'
                 WHEN 5 THEN 'Failed to open TCP connection to 192.168.10.24:8080 (Connection refused - connect(2) for "192.168.10.24" port 8080)'
                 ELSE '{"received":true}' END,
       50 + fixture_gen.n('dwed', k, 900), dgen.ts('dwec', k)
FROM generate_series(1, 300) k JOIN web_hooks w ON w.id = 1 + fixture_gen.n('dwew', k, 6) JOIN users u ON u.id = 13 + fixture_gen.n('dweu', k, 1367) JOIN user_emails e ON e.user_id = u.id AND e."primary"
JOIN posts p ON p.id = 1 + fixture_gen.n('dwep', k, 4400) JOIN topics t ON t.id = p.topic_id JOIN users pu ON pu.id = p.user_id,
LATERAL (SELECT CASE WHEN k % 3 = 0 THEN 'user' WHEN k % 3 = 1 THEN 'post' ELSE 'topic' END AS typ) ty,
LATERAL (SELECT ty.typ, CASE ty.typ WHEN 'user' THEN fixture_gen.pick(ARRAY['user_created', 'user_updated', 'user_logged_in'], 'dweev', k) WHEN 'post' THEN 'post_created' ELSE 'topic_created' END AS ev,
                CASE WHEN ty.typ = 'user' THEN e.email END AS email,
                CASE ty.typ
                  WHEN 'user' THEN json_build_object('user', json_build_object('id', u.id, 'username', u.username, 'name', u.name, 'avatar_template', '/user_avatar/community.hearthstack.example/' || u.username_lower || '/{size}/' || u.id || '_2.png',
                        'email', e.email, 'secondary_emails', '[]'::json, 'last_seen_at', u.last_seen_at, 'created_at', u.created_at, 'trust_level', u.trust_level, 'moderator', u.moderator, 'admin', u.admin,
                        'title', u.title, 'locale', u.locale, 'ip_address', host(u.ip_address), 'registration_ip_address', host(u.registration_ip_address)))::text
                  WHEN 'post' THEN json_build_object('post', json_build_object('id', p.id, 'name', pu.name, 'username', pu.username, 'created_at', p.created_at, 'cooked', p.cooked, 'post_number', p.post_number,
                        'topic_id', p.topic_id, 'topic_slug', t.slug, 'topic_title', t.title, 'category_id', t.category_id, 'raw', p.raw))::text
                  ELSE json_build_object('topic', json_build_object('id', t.id, 'title', t.title, 'fancy_title', t.fancy_title, 'posts_count', t.posts_count, 'created_at', t.created_at, 'slug', t.slug,
                        'category_id', t.category_id, 'archetype', t.archetype, 'created_by', json_build_object('id', pu.id, 'username', pu.username, 'name', pu.name)))::text END AS body) pl;

-- Site settings changed from their defaults: site copy, contact addresses,
-- login providers' and storage keys, the POP3 mailbox, plugin API keys.
CREATE TABLE site_settings (
    id integer PRIMARY KEY, name varchar NOT NULL, data_type integer NOT NULL, value text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO site_settings
SELECT row_number() OVER (), v.name, v.dt, v.val, timestamp '2020-11-02 12:00:00' + make_interval(days => row_number() OVER ()::int * 13), timestamp '2023-02-01 12:00:00' + make_interval(days => row_number() OVER ()::int * 7)
FROM (VALUES
  ('title', 1, 'Hearthstack Community'),
  ('site_description', 1, 'Help, projects and news for Hearthstack smart-home hubs'),
  ('short_site_description', 1, 'Hearthstack smart-home forum'),
  ('contact_email', 14, 'community@hearthstack.example'),
  ('contact_url', 1, 'https://hearthstack.example/contact'),
  ('site_contact_username', 15, 'hearthstack_team'),
  ('notification_email', 14, 'noreply@community.hearthstack.example'),
  ('company_name', 1, 'Hearthstack GmbH'),
  ('governing_law', 1, 'Germany'),
  ('city_for_disputes', 1, 'Berlin'),
  ('default_locale', 7, 'en'),
  ('allow_user_locale', 5, 't'),
  ('login_required', 5, 'f'),
  ('invite_only', 5, 'f'),
  ('enable_local_logins', 5, 't'),
  ('enable_google_oauth2_logins', 5, 't'),
  ('google_oauth2_client_id', 1, '48213390721-k3v0q8d1hs5t4m2pl6ejr9c7nboa1fuw.apps.googleusercontent.com'),
  ('google_oauth2_client_secret', 1, 'GOC' || 'SPX-' || dgen.tok('dssg', 1, 28)),
  ('enable_github_logins', 5, 't'),
  ('github_client_id', 1, 'Iv1.' || fixture_gen.hexn('dssgh', 1, 16)),
  ('github_client_secret', 1, fixture_gen.hexn('dssgh', 2, 40)),
  ('enable_discord_logins', 5, 't'),
  ('discord_client_id', 1, '1104' || fixture_gen.digits('dssd', 1, 14)),
  ('discord_secret', 1, dgen.tok('dssd', 2, 32)),
  ('enable_discourse_connect', 5, 'f'),
  ('discourse_connect_url', 1, 'https://shop.hearthstack.example/discourse/sso'),
  ('discourse_connect_secret', 1, dgen.tok('dsssso', 1, 40)),
  ('enable_s3_uploads', 5, 't'),
  ('s3_upload_bucket', 1, 'hearthstack-forum-uploads'),
  ('s3_region', 7, 'eu-central-1'),
  ('s3_access_key_id', 1, 'AKIA' || fixture_gen.chars('dsss3', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
  ('s3_secret_access_key', 1, dgen.tok('dsss3', 2, 40)),
  ('s3_cdn_url', 1, 'https://cdn.community.hearthstack.example'),
  ('manual_polling_enabled', 5, 't'),
  ('reply_by_email_enabled', 5, 't'),
  ('reply_by_email_address', 1, 'replies+%{reply_key}@hearthstack.example'),
  ('pop3_polling_enabled', 5, 't'),
  ('pop3_polling_host', 1, 'pop.gmail.com'),
  ('pop3_polling_port', 3, '995'),
  ('pop3_polling_username', 1, 'replies@hearthstack.example'),
  ('pop3_polling_password', 1, fixture_gen.chars('dsspop', 1, 16, 'abcdefghijklmnopqrstuvwxyz')),
  ('max_image_size_kb', 3, '8192'),
  ('authorized_extensions', 8, 'jpg|jpeg|png|gif|heic|zip|log|txt|yaml|pdf'),
  ('ga_universal_tracking_code', 1, 'G-' || upper(dgen.tok('dssga', 1, 10))),
  ('chat_enabled', 5, 't'),
  ('akismet_api_key', 1, fixture_gen.hexn('dssak', 1, 12)),
  ('akismet_enabled', 5, 't'),
  ('ai_openai_api_key', 1, 'sk-' || 'proj-' || dgen.tok('dssai', 1, 48)),
  ('chat_integration_enabled', 5, 't'),
  ('chat_integration_slack_enabled', 5, 't'),
  ('chat_integration_slack_outbound_webhook_url', 1, 'https://hooks.slack.com/services/T' || upper(dgen.tok('dwhs', 31, 8)) || '/B' || upper(dgen.tok('dssslk', 1, 10)) || '/' || dgen.tok('dssslk', 2, 24)),
  ('zendesk_url', 1, 'https://hearthstack.zendesk.com/api/v2'),
  ('zendesk_jobs_email', 1, 'forum-bot@hearthstack.example'),
  ('zendesk_jobs_api_token', 1, dgen.tok('dsszd', 1, 40)),
  ('global_notice', 1, 'Cloud relay maintenance on Sunday 02:00-04:00 UTC.'),
  ('welcome_topic_id', 3, '5')
) v(name, dt, val);

-- Uploads: avatars (profile photos), screenshots, logs, and what members
-- sent support (receipts, photos of damaged parcels, an ID for the beta).
CREATE TABLE uploads (
    id integer PRIMARY KEY, user_id integer NOT NULL, original_filename varchar NOT NULL, filesize bigint NOT NULL, width integer, height integer, url varchar NOT NULL,
    created_at timestamp NOT NULL, sha1 varchar(40), origin varchar(1000), extension varchar(10), secure boolean DEFAULT false NOT NULL
);
INSERT INTO uploads
SELECT k, x.uid, x.fname, 20000 + fixture_gen.n('dupsz', k, 4000000), CASE WHEN x.ext IN ('jpeg', 'png', 'jpg') THEN x.w END, CASE WHEN x.ext IN ('jpeg', 'png', 'jpg') THEN x.h END,
       'https://hearthstack-forum-uploads.s3.dualstack.eu-central-1.amazonaws.com/' || CASE WHEN x.secure THEN 'private/' ELSE '' END || 'original/2X/' || substr(x.sha, 1, 1) || '/' || x.sha || '.' || x.ext,
       dgen.ts('dupc', k), x.sha, x.origin, x.ext, x.secure
FROM generate_series(1, 1500) k JOIN dgen.u d ON d.i = CASE WHEN k % 3 = 0 AND k <= 1379 THEN k ELSE 13 + fixture_gen.n('dupu', k, 1367) END,
LATERAL (SELECT d.i AS uid, encode(sha256(convert_to('dup' || k, 'UTF8')), 'hex') AS sha,
                CASE WHEN k % 3 = 0 AND k <= 1379 THEN true ELSE false END AS avatar) a,
LATERAL (SELECT a.uid, substr(a.sha, 1, 40) AS sha,
                CASE WHEN a.avatar THEN fixture_gen.pick(ARRAY['avatar.png', 'IMG_' || (1000 + k % 9000) || '.JPG', fixture_gen.ascii(d.first) || '_' || fixture_gen.ascii(d.last) || '_profile.jpg', 'me.jpg',
                                   'Bewerbungsfoto_' || fixture_gen.ascii(d.last) || '.jpg', 'profile-picture.png', fixture_gen.ascii(d.first) || '.jpeg'], 'dupa', k)
                     WHEN k % 10 = 1 THEN 'Screenshot ' || to_char(dgen.ts('dupc', k), 'YYYY-MM-DD "at" HH24.MI.SS') || '.png'
                     WHEN k % 10 = 2 THEN 'diag-' || k || '.zip'
                     WHEN k % 10 = 4 THEN 'IMG_' || to_char(dgen.ts('dupc', k), 'YYYYMMDD_HH24MISS') || '.jpg'
                     WHEN k % 10 = 5 THEN fixture_gen.pick(ARRAY['invoice_HS-' || (10000 + k) || '.pdf', 'Rechnung_' || fixture_gen.ascii(d.last) || '_HS-' || (10000 + k) || '.pdf', 'receipt.pdf',
                                   'damaged_box_' || fixture_gen.ascii(d.first) || '.jpg', 'ID_' || d.first || '_' || d.last || '.jpg', 'Kaufbeleg ' || d.full || '.pdf'], 'dupsf', k)
                     WHEN k % 10 = 7 THEN 'network_map.png'
                     ELSE fixture_gen.pick(ARRAY['dashboard.png', 'wiring.jpg', 'enclosure_v3.png', 'hub-log.txt', 'automation.yaml', 'grafana.png'], 'dupo', k) END AS fname,
                a.avatar OR k % 10 IN (1, 4, 7) OR (k % 10 NOT IN (2, 5) AND k % 3 <> 0) AS img,
                CASE WHEN a.avatar THEN 360 ELSE 690 + k % 700 END AS w, CASE WHEN a.avatar THEN 360 ELSE 400 + k % 500 END AS h,
                CASE WHEN a.avatar AND k % 4 = 0 THEN 'https://www.gravatar.com/avatar/' || md5(d.email) || '.png?s=360&d=404'
                     WHEN a.avatar AND k % 4 = 1 THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || dgen.tok('dgimg', d.i, 40) || '=s360-c' END AS origin,
                k % 10 = 5 AS secure) x0,
LATERAL (SELECT x0.*, lower(CASE WHEN x0.fname LIKE '%.%' THEN regexp_replace(x0.fname, '^.*\.', '') ELSE 'png' END) AS ext) x;

CREATE TABLE optimized_images (
    id integer PRIMARY KEY, sha1 varchar(40) NOT NULL, extension varchar(10) NOT NULL, width integer NOT NULL, height integer NOT NULL, upload_id integer NOT NULL,
    url varchar NOT NULL, filesize integer, version integer
);
INSERT INTO optimized_images
SELECT row_number() OVER (ORDER BY up.id, s.sz), substr(encode(sha256(convert_to('doi' || up.id || ':' || s.sz, 'UTF8')), 'hex'), 1, 40), CASE WHEN up.extension = 'png' THEN 'png' ELSE 'jpeg' END,
       s.sz, CASE WHEN up.width = up.height THEN s.sz ELSE (s.sz * up.height / up.width) END, up.id,
       'https://hearthstack-forum-uploads.s3.dualstack.eu-central-1.amazonaws.com/optimized/2X/' || substr(up.sha1, 1, 1) || '/' || up.sha1 || '_2_' || s.sz || 'x' || CASE WHEN up.width = up.height THEN s.sz ELSE (s.sz * up.height / up.width) END || '.' || CASE WHEN up.extension = 'png' THEN 'png' ELSE 'jpeg' END,
       1000 + s.sz * 30, 2
FROM uploads up, LATERAL (SELECT unnest(CASE WHEN up.width = 360 AND up.height = 360 THEN ARRAY[48, 96, 144, 240] ELSE ARRAY[690] END) AS sz) s
WHERE up.width IS NOT NULL;

CREATE TABLE notifications (
    id integer PRIMARY KEY, notification_type integer NOT NULL, user_id integer NOT NULL, data varchar(1000) NOT NULL, read boolean DEFAULT false NOT NULL,
    created_at timestamp NOT NULL, topic_id integer, post_number integer, high_priority boolean DEFAULT false NOT NULL
);
INSERT INTO notifications
SELECT k, n.typ, CASE WHEN n.typ = 6 AND t.archetype = 'private_message' THEN coalesce(nullif(t.user_id, p.user_id), 1 + k % 12) ELSE 13 + fixture_gen.n('dnu', k, 1367) END,
       CASE n.typ
         WHEN 12 THEN json_build_object('badge_id', 1 + k % 20, 'badge_name', fixture_gen.pick(ARRAY['Nice Reply', 'Welcome', 'Autobiographer', 'First Like', 'Solved', 'Regular'], 'dnbg', k), 'badge_slug', 'nice-reply', 'badge_title', false, 'username', pu.username)::text
         WHEN 6 THEN json_build_object('topic_title', t.title, 'original_post_id', p.id, 'original_post_type', 1, 'original_username', pu.username, 'revision_number', NULL, 'display_username', pu.username)::text
         WHEN 5 THEN json_build_object('topic_title', t.title, 'username', lu.username, 'display_username', lu.username, 'username2', CASE WHEN k % 3 = 0 THEN lu2.username END, 'count', 1 + k % 3)::text
         ELSE json_build_object('topic_title', t.title, 'original_post_id', p.id, 'original_post_type', 1, 'original_username', pu.username, 'revision_number', NULL, 'display_username', pu.username)::text END,
       k % 4 <> 0, p.created_at + interval '1 minute', CASE WHEN n.typ <> 12 THEN t.id END, CASE WHEN n.typ <> 12 THEN p.post_number END, n.typ = 6
FROM generate_series(1, 2400) k JOIN posts p ON p.id = 1 + fixture_gen.n('dnp', k, 4400) JOIN topics t ON t.id = p.topic_id JOIN users pu ON pu.id = p.user_id
JOIN users lu ON lu.id = 13 + fixture_gen.n('dnl', k, 1367) JOIN users lu2 ON lu2.id = 13 + fixture_gen.n('dnl2', k, 1367),
LATERAL (SELECT CASE WHEN t.archetype = 'private_message' THEN 6 ELSE (ARRAY[1, 2, 2, 2, 5, 5, 5, 9, 12])[1 + fixture_gen.n('dnt', k, 9)] END AS typ) n;

-- Chat: public channels of categories and direct-message channels.
CREATE TABLE chat_channels (
    id bigint PRIMARY KEY, chatable_id integer NOT NULL, chatable_type varchar NOT NULL, created_at timestamp NOT NULL, description text, status integer DEFAULT 0 NOT NULL,
    slug varchar, name varchar, user_count integer DEFAULT 0 NOT NULL
);
INSERT INTO chat_channels
SELECT v.id, v.cid, 'Category', timestamp '2023-01-16 10:00:00' + make_interval(days => v.id), v.descr, CASE WHEN v.id = 7 THEN 2 ELSE 0 END, v.slug, v.name, v.uc
FROM (VALUES (1, 4, 'lounge', 'Lounge', 'Off-topic chat for regulars.', 310),
             (2, 6, 'general', 'General', 'Quick questions and hallway chat. For anything longer, open a topic.', 980),
             (3, 9, 'integrations', 'Integrations', 'Home Assistant, Node-RED, MQTT.', 420),
             (4, 3, 'staff', 'Staff', 'Staff only.', 12),
             (5, 18, 'beta', 'Beta', 'Beta testers. NDA applies.', 160),
             (6, 17, 'deutsch', 'Deutsch', 'Plaudern auf Deutsch.', 140),
             (7, 13, 'marketplace', 'Marketplace', 'Archived: use the Marketplace category instead.', 55)) v(id, cid, slug, name, descr, uc);
INSERT INTO chat_channels
SELECT 7 + k, 100 + k, 'DirectMessage', dgen.ts('dccc', k), NULL, 0, NULL, NULL, 2 + (k % 7 = 0)::int
FROM generate_series(1, 40) k;

CREATE TABLE chat_messages (
    id bigint PRIMARY KEY, chat_channel_id integer NOT NULL, user_id integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, deleted_at timestamp,
    in_reply_to_id integer, message text, cooked text, thread_id integer
);
INSERT INTO chat_messages
SELECT k, c.id, x.uid, dgen.ts('dcmc', k), dgen.ts('dcmc', k), CASE WHEN k % 71 = 5 THEN dgen.ts('dcmc', k) + interval '10 minutes' END,
       CASE WHEN k % 5 = 0 AND k > 1 THEN k - 1 END, x.msg, dgen.cook(x.msg), CASE WHEN k % 9 = 0 THEN 1 + k % 80 END
FROM generate_series(1, 1600) k JOIN chat_channels c ON c.id = CASE WHEN k % 3 = 0 THEN 8 + fixture_gen.n('dcmd', k, 40) ELSE 1 + fixture_gen.n('dcmch', k, 7) END
JOIN dgen.u u ON u.i = CASE WHEN c.id = 4 THEN 1 + k % 12 ELSE 13 + fixture_gen.n('dcmu', k, 1367) END
JOIN dgen.u o ON o.i = 13 + fixture_gen.n('dcmo', k, 1367),
LATERAL (SELECT u.i AS uid, CASE
    WHEN c.chatable_type = 'DirectMessage' THEN fixture_gen.pick(ARRAY[
         'hey, are you still selling the ' || fixture_gen.pick(ARRAY['hub mini', 'zigbee dongle', 'siren'], 'dcmi', k) || '?', 'yes! I can bring it to the meetup', 'my number is ' || u.phone || ', text me when you''re there',
         'thanks for the help yesterday 🙏', 'can you send me your address so I can post it? ', 'sure: ' || fixture_gen.street('dcms', k) || ', ' || fixture_gen.postcode('dcmp', k) || ' ' || u.city,
         'paypal is ' || u.email, 'lol same', 'did the factory reset work?', 'I''m in ' || u.city || ' next week if you want to grab a coffee'], 'dcmdm', k)
    WHEN c.id = 4 THEN fixture_gen.pick(ARRAY['who is on call tonight?', 'I am, ping me on ' || u.phone || ' if the relay dies again', 'RMA queue is at 14', '@' || o.username || ' is spamming the marketplace again',
         'deleted, and screened the IP', 'the chargeback guy (' || o.full || ') emailed again', 'lunch?'], 'dcmst', k)
    ELSE fixture_gen.pick(ARRAY['anyone else seeing the relay down?', 'works for me', 'which firmware are you on?', 'good morning from ' || u.city || ' ☀️', 'set the zigbee channel to 25, thank me later',
         'just got my hub mini!', 'is the meetup still on?', 'Home Assistant 2024.2 broke my automations again', '@' || o.username || ' did you get the blinds working?', 'brb', 'has anyone tried the new energy dashboard?',
         'guten Morgen', 'the beta fixed my OTA issue'], 'dcmpub', k) END AS msg) x;

-- Review queue: flagged posts, queued posts of new users, users awaiting
-- approval; payload is the JSON the reviewable was created with.
CREATE TABLE reviewables (
    id bigint PRIMARY KEY, type varchar NOT NULL, status integer DEFAULT 0 NOT NULL, created_by_id integer NOT NULL, category_id integer, topic_id integer,
    score double precision DEFAULT 0.0 NOT NULL, target_id integer, target_type varchar, target_created_by_id integer, payload json, created_at timestamp NOT NULL,
    reject_reason text
);
INSERT INTO reviewables
SELECT k, r.typ, CASE WHEN k % 5 = 0 THEN 0 WHEN k % 5 = 1 THEN 2 ELSE 1 END, CASE WHEN r.typ = 'ReviewableFlaggedPost' THEN 13 + fixture_gen.n('drvf', k, 1367) ELSE -1 END,
       CASE WHEN r.typ <> 'ReviewableUser' THEN t.category_id END, CASE WHEN r.typ = 'ReviewableFlaggedPost' THEN t.id END, 1 + fixture_gen.n('drvs', k, 12),
       CASE r.typ WHEN 'ReviewableUser' THEN u.id WHEN 'ReviewableFlaggedPost' THEN p.id ELSE NULL END,
       CASE r.typ WHEN 'ReviewableUser' THEN 'User' WHEN 'ReviewableFlaggedPost' THEN 'Post' END,
       CASE r.typ WHEN 'ReviewableFlaggedPost' THEN p.user_id ELSE u.id END,
       CASE r.typ
         WHEN 'ReviewableUser' THEN json_build_object('username', u.username, 'name', u.name, 'email', e.email, 'website', CASE WHEN k % 3 = 0 THEN 'https://cheap-smarthome' || (k % 7) || '.example' END,
                                                       'bio', CASE WHEN k % 8 = 3 THEN 'I''m an electrician from ' || d.city || '. Call ' || d.phone || ' for installs.' END)
         WHEN 'ReviewableQueuedPost' THEN json_build_object('raw', q.raw, 'title', CASE WHEN k % 2 = 0 THEN q.title END, 'archetype', 'regular', 'category', 13, 'typing_duration_msecs', 20000 + k * 31,
                                                             'composer_open_duration_msecs', 60000 + k * 97, 'via_email', false, 'ip_address', fixture_gen.ipv4('drvip', k), 'user_agent', dgen.ua('drvua', k),
                                                             'referrer', 'https://community.hearthstack.example/c/marketplace/13', 'first_post_checks', true)
         ELSE json_build_object('targets_topic', false) END,
       dgen.ts('drvc', k),
       CASE WHEN k % 5 = 1 THEN fixture_gen.pick(ARRAY['Your post contained a phone number and a home address. Please share contact details by PM.', 'Commercial advertising is not allowed.',
                                                      'Duplicate of your earlier topic.', 'Spam'], 'drvrr', k) END
FROM generate_series(1, 220) k JOIN users u ON u.id = 13 + fixture_gen.n('drvu', k, 1367) JOIN dgen.u d ON d.i = u.id JOIN user_emails e ON e.user_id = u.id AND e."primary"
JOIN posts p ON p.id = 1 + fixture_gen.n('drvp', k, 4400) JOIN topics t ON t.id = p.topic_id,
LATERAL (SELECT (ARRAY['ReviewableFlaggedPost', 'ReviewableFlaggedPost', 'ReviewableQueuedPost', 'ReviewableUser'])[1 + k % 4] AS typ) r,
LATERAL (SELECT '[Sale] ' || fixture_gen.pick(ARRAY['Hub v2', 'SR-1 siren', 'TH-3 thermostat'], 'drvq', k) || ' - ' || d.city AS title,
                fixture_gen.pick(ARRAY['Selling my hub, 60 EUR. Call me on ' || d.phone || ' or come by ' || fixture_gen.street('drvst', k) || '.',
                                       'Best prices for smart home gear at cheap-smarthome' || (k % 7) || '.example !!!', 'Anyone want to buy my sensors? Email ' || e.email], 'drvqr', k) AS raw) q;

CREATE TABLE user_warnings (
    id integer PRIMARY KEY, topic_id integer NOT NULL, user_id integer NOT NULL, created_by_id integer NOT NULL, created_at timestamp NOT NULL
);
INSERT INTO user_warnings
SELECT row_number() OVER (ORDER BY t.id), t.id, (SELECT g.other FROM dgen.t g WHERE g.k = t.id), t.user_id, t.created_at
FROM topics t WHERE t.subtype = 'moderator_warning' OR (t.archetype = 'private_message' AND t.title = 'Personal information in your public post');

CREATE TABLE given_daily_likes (
    user_id integer NOT NULL, likes_given integer NOT NULL, given_date date NOT NULL, limit_reached boolean DEFAULT false NOT NULL
);
INSERT INTO given_daily_likes
SELECT DISTINCT ON (u, d) u, 1 + fixture_gen.n('dgdl', k, 30), d, fixture_gen.n('dgdl', k, 30) >= 29
FROM generate_series(1, 1200) k, LATERAL (SELECT 13 + fixture_gen.n('dgdu', k, 1367) AS u, (date '2023-01-01' + fixture_gen.n('dgdd', k, 420)) AS d) x;

CREATE TABLE badges (
    id integer PRIMARY KEY, name varchar NOT NULL, description text, badge_type_id integer NOT NULL, grant_count integer DEFAULT 0 NOT NULL,
    allow_title boolean DEFAULT false NOT NULL, icon varchar DEFAULT 'fa-certificate', query text, enabled boolean DEFAULT true NOT NULL
);
INSERT INTO badges VALUES
  (1, 'Basic User', 'Granted all essential community functions', 3, 0, false, 'user', NULL, true),
  (2, 'Member', 'Granted invitations, group messaging, more likes', 3, 0, false, 'user', NULL, true),
  (3, 'Regular', 'Granted recategorize, rename, followed links, wiki, more likes', 2, 0, true, 'user', NULL, true),
  (4, 'Leader', 'Granted global edit, pin, close, archive, split and merge, more likes', 1, 0, true, 'user', NULL, true),
  (5, 'Welcome', 'Received a like', 3, 0, false, 'certificate', NULL, true),
  (6, 'Autobiographer', 'Filled out profile information', 3, 0, false, 'user-edit', 'SELECT u.id user_id, current_timestamp granted_at FROM users u JOIN user_profiles up on u.id = up.user_id WHERE bio_raw IS NOT NULL AND LENGTH(TRIM(bio_raw)) > 10 AND uploaded_avatar_id IS NOT NULL', true),
  (7, 'Editor', 'First post edit', 3, 0, false, 'pencil-alt', NULL, true),
  (8, 'Nice Reply', 'Received 10 likes on a reply', 3, 0, false, 'reply', NULL, true),
  (9, 'Good Reply', 'Received 25 likes on a reply', 2, 0, false, 'reply', NULL, true),
  (10, 'Solved', 'Had a reply marked as the solution', 3, 0, false, 'far-check-square', NULL, true),
  (11, 'Tech Support', 'Had 10 replies marked as the solution', 2, 0, true, 'far-check-square', NULL, true),
  (12, 'Certified Installer', 'Member of the installer partner program', 1, 0, true, 'tools', 'SELECT gu.user_id, gu.created_at granted_at FROM group_users gu WHERE gu.group_id = 44', true),
  (13, 'Beta Tester', 'Tested pre-release firmware', 2, 0, true, 'flask', NULL, true),
  (14, 'Community Champion', 'Chosen by the team for helping hundreds of members', 1, 0, true, 'star', NULL, true),
  (15, 'Translator', 'Helped translate the app', 2, 0, true, 'language', NULL, true),
  (16, 'First Flag', 'Used a flag', 3, 0, false, 'flag', NULL, true),
  (17, 'Anniversary', 'Active member for a year, posted at least once', 2, 0, false, 'clock', NULL, true),
  (18, 'Meetup 2023', 'Came to the Berlin community meetup', 3, 0, false, 'users', NULL, false);

CREATE TABLE user_badges (
    id integer PRIMARY KEY, badge_id integer NOT NULL, user_id integer NOT NULL, granted_at timestamp NOT NULL, granted_by_id integer NOT NULL, post_id integer,
    seq integer DEFAULT 0 NOT NULL
);
INSERT INTO user_badges
SELECT k, b, u, dgen.ts('dubg', k), CASE WHEN b IN (12, 14, 18) THEN 1 + k % 12 ELSE -1 END, CASE WHEN b IN (5, 8, 9, 10) THEN 1 + fixture_gen.n('dubp', k, 4400) END, 0
FROM generate_series(1, 1600) k, LATERAL (SELECT 1 + fixture_gen.n('dubb', k, 18) AS b, 13 + fixture_gen.n('dubu', k, 1367) AS u) x;
UPDATE badges b SET grant_count = (SELECT count(*) FROM user_badges ub WHERE ub.badge_id = b.id);

CREATE TABLE tags (
    id integer PRIMARY KEY, name varchar NOT NULL, created_at timestamp NOT NULL, description varchar, public_topic_count integer DEFAULT 0 NOT NULL, target_tag_id integer
);
INSERT INTO tags
SELECT row_number() OVER (), v.name, timestamp '2021-02-01 10:00:00' + make_interval(days => row_number() OVER ()::int * 11), v.descr, fixture_gen.n('dtgc', row_number() OVER (), 180), v.target
FROM (VALUES ('zigbee', 'Zigbee devices and mesh', NULL::int), ('z-wave', NULL, NULL), ('thread', 'Thread and Matter', NULL), ('matter', NULL, NULL), ('home-assistant', NULL, NULL), ('node-red', NULL, NULL),
             ('mqtt', NULL, NULL), ('firmware', NULL, NULL), ('ota', 'Over-the-air updates', NULL), ('hub-v2', NULL, NULL), ('hub-mini', NULL, NULL), ('battery', NULL, NULL),
             ('solved', NULL, NULL), ('wontfix', NULL, NULL), ('planned', 'On the roadmap', NULL), ('duplicate', NULL, NULL), ('blinds', NULL, NULL), ('energy', NULL, NULL),
             ('heating', NULL, NULL), ('doorbell', NULL, NULL), ('security', NULL, NULL), ('3d-printing', NULL, NULL), ('dashboard', NULL, NULL), ('voice', 'Alexa, Google, Siri', NULL),
             ('homeassistant', NULL, 5), ('ha', NULL, 5), ('beta', NULL, NULL), ('rma', NULL, NULL), ('shipping', NULL, NULL), ('deutsch', NULL, NULL)) v(name, descr, target);

-- Themes and components, their settings (site copy, links, colours), the
-- compiled JavaScript, and the git remotes they install from.
CREATE TABLE remote_themes (
    id integer PRIMARY KEY, remote_url varchar NOT NULL, remote_version varchar, about_url varchar, private_key text, branch varchar, authors varchar, last_error_text text
);
INSERT INTO remote_themes VALUES
  (1, 'https://github.com/discourse/discourse-air.git', fixture_gen.hexn('drtv', 1, 40), 'https://meta.discourse.org/t/air-theme/266225', NULL, NULL, 'Discourse', NULL),
  (2, 'https://github.com/discourse/discourse-custom-header-links.git', fixture_gen.hexn('drtv', 2, 40), 'https://meta.discourse.org/t/custom-header-links/90588', NULL, NULL, 'Discourse', NULL),
  (3, 'git@github.com:hearthstack/forum-theme.git', fixture_gen.hexn('drtv', 3, 40), NULL,
      E'-----BEGIN ' || E'OPENSSH PRIVATE KEY-----\n' || regexp_replace('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' || fixture_gen.b64('drtk', 3, 250), '(.{70})', E'\\1\n', 'g') || E'\n-----END ' || E'OPENSSH PRIVATE KEY-----\n',
      'main', 'Hearthstack web team', NULL),
  (4, 'https://github.com/hearthstack-community/discourse-zigbee-badges.git', fixture_gen.hexn('drtv', 4, 40), 'https://github.com/hearthstack-community/discourse-zigbee-badges',
      NULL, NULL, (SELECT u.full FROM dgen.u u WHERE u.i = 212), 'Could not fetch remote: connection timed out'),
  (5, 'https://github.com/discourse/discourse-category-banners.git', fixture_gen.hexn('drtv', 5, 40), 'https://meta.discourse.org/t/discourse-category-banners/86241', NULL, NULL, 'Discourse', NULL);

CREATE TABLE themes (
    id integer PRIMARY KEY, name varchar NOT NULL, user_id integer NOT NULL, created_at timestamp NOT NULL, component boolean DEFAULT false NOT NULL, remote_theme_id integer
);
INSERT INTO themes VALUES
  (-1, 'Foundation', -1, '2020-11-02 10:04:11', false, NULL), (-2, 'Horizon', -1, '2020-11-02 10:04:11', false, NULL),
  (1, 'Air', 1, '2023-06-01 09:00:00', false, 1), (2, 'Custom Header Links', 1, '2021-02-01 09:00:00', true, 2), (3, 'Hearthstack Brand', 2, '2021-01-10 09:00:00', false, 3),
  (4, 'Zigbee badges', 2, '2023-08-12 09:00:00', true, 4), (5, 'Category Banners', 2, '2022-03-03 09:00:00', true, 5), (6, 'Cookie banner', 2, '2021-05-25 09:00:00', true, NULL);

CREATE TABLE theme_settings (
    id bigint PRIMARY KEY, name varchar(255) NOT NULL, data_type integer NOT NULL, value text, theme_id integer NOT NULL, created_at timestamp NOT NULL, json_value jsonb
);
INSERT INTO theme_settings
SELECT row_number() OVER (), v.name, v.dt, v.val, v.theme, timestamp '2023-06-01 09:00:00' + make_interval(days => row_number() OVER ()::int), v.js::jsonb
FROM (VALUES
  ('custom_header_links', 1, 'Shop,Hearthstack store,https://shop.hearthstack.example,vdo,blank,remove|Docs,Documentation,https://docs.hearthstack.example,vdo,blank,remove|Status,Cloud status,https://status.hearthstack.example,vdm,blank,remove', 2, NULL),
  ('links_position', 7, 'right', 2, NULL),
  ('show_category_icon', 5, 'true', 5, NULL),
  ('hide_if_no_description', 5, 'false', 5, NULL),
  ('exceptions', 1, 'staff|beta-program', 5, NULL),
  ('banner_text', 1, 'We use cookies to keep you logged in and to measure traffic. See our privacy policy.', 6, NULL),
  ('privacy_policy_url', 1, 'https://hearthstack.example/privacy', 6, NULL),
  ('accent_color', 1, 'E45735', 3, NULL),
  ('header_logo_url', 1, 'https://cdn.community.hearthstack.example/brand/logo-2024.svg', 3, NULL),
  ('footer_links', 6, NULL, 3, '[{"text":"Imprint","url":"https://hearthstack.example/imprint"},{"text":"Privacy","url":"https://hearthstack.example/privacy"},{"text":"Careers","url":"https://hearthstack.example/jobs"}]'),
  ('footer_text', 1, 'Hearthstack GmbH · Lindenweg 12 · 10115 Berlin', 3, NULL),
  ('badge_icon_style', 7, 'hexagon', 4, NULL),
  ('show_on_user_card', 5, 'true', 4, NULL),
  ('sidebar_background', 1, 'f5f3f0', 1, NULL),
  ('enable_category_icons', 5, 'true', 1, NULL)) v(name, dt, val, theme, js);

CREATE TABLE javascript_caches (
    id bigint PRIMARY KEY, theme_id bigint, digest varchar, content text NOT NULL, created_at timestamp NOT NULL
);
INSERT INTO javascript_caches
SELECT k, t.id, substr(encode(sha256(convert_to('djc' || k, 'UTF8')), 'hex'), 1, 40),
       E'if (\'define\' in window) {\ndefine("discourse/theme-' || t.id || '/discourse/initializers/theme-' || lower(replace(t.name, ' ', '-')) || E'", ["exports", "discourse/lib/plugin-api"], function (_exports, _pluginApi) {\n  "use strict";\n\n  Object.defineProperty(_exports, "__esModule", { value: true });\n  _exports.default = void 0;\n  const settings = require("discourse/lib/theme-settings-store").getObjectForTheme(' || t.id || E');\n  var _default = _exports.default = {\n    name: "' || lower(replace(t.name, ' ', '-')) || E'",\n    initialize() {\n      (0, _pluginApi.withPluginApi)("1.8.0", api => {\n        api.decorateCookedElement(el => el.classList.add("hs-' || t.id || E'"), { id: "hs" });\n      });\n    }\n  };\n});\n}\n',
       t.created_at + interval '1 hour'
FROM generate_series(1, 6) k JOIN themes t ON t.id = k;

-- Drafts: the composer's state as JSON, with the unsent reply.
CREATE TABLE drafts (
    id integer PRIMARY KEY, user_id integer NOT NULL, draft_key varchar NOT NULL, data text NOT NULL, created_at timestamp NOT NULL, sequence bigint DEFAULT 0 NOT NULL,
    owner varchar
);
INSERT INTO drafts
SELECT k, u.i, x.dk, x.data, dgen.ts('ddrc', k), 1 + k % 9, fixture_gen.hexn('ddro', k, 32)
FROM generate_series(1, 320) k JOIN dgen.u u ON u.i = 13 + fixture_gen.n('ddru', k, 1367) JOIN dgen.u o ON o.i = 13 + fixture_gen.n('ddro', k, 1367),
LATERAL (SELECT CASE WHEN k % 4 = 0 THEN 'new_topic' WHEN k % 4 = 1 THEN 'new_private_message' ELSE 'topic_' || (1 + fixture_gen.n('ddrt', k, 750)) END AS dk) d,
LATERAL (SELECT d.dk, CASE
    WHEN d.dk = 'new_topic' THEN json_build_object('reply', fixture_gen.pick(ARRAY['Since the update my blinds close twice at sunset. Logs below:', '[Sale] hub v2, 50 EUR, pickup in ' || u.city || ', call ' || u.phone,
          'Has anyone connected the EM-1 to a heat pump?'], 'ddrn', k), 'title', fixture_gen.pick(ARRAY['Blinds close twice', 'Selling hub v2', 'EM-1 and heat pump'], 'ddrn', k),
          'categoryId', (ARRAY[10, 13, 9])[1 + fixture_gen.n('ddrn', k, 3)], 'tags', '[]'::json, 'archetypeId', 'regular', 'metaData', NULL, 'composerTime', 30000 + k * 97, 'typingTime', 9000 + k * 31)::text
    WHEN d.dk = 'new_private_message' THEN json_build_object('reply', fixture_gen.pick(ARRAY['Hi, is the siren still available? I could pick it up Saturday. My number is ' || u.phone || '.',
          'Hey ' || o.first || ', here is my address for the swap: ' || fixture_gen.street('ddrs', k) || ', ' || fixture_gen.postcode('ddrp', k) || ' ' || u.city || '.', 'Thanks again for the help with the Zigbee channels!'], 'ddrp', k),
          'title', 'Re: your marketplace post', 'recipients', o.username, 'archetypeId', 'private_message', 'metaData', NULL, 'composerTime', 20000 + k * 91, 'typingTime', 5000 + k * 13)::text
    ELSE json_build_object('reply', fixture_gen.pick(ARRAY['Tried that, did not help. My hub IP is ' || fixture_gen.ipv4('ddrip', k) || ' if support wants to look.', 'Same problem here, I will post logs tonight',
          '@' || o.username || ' which power supply do you use?', 'I ended up writing a small script, will share once it is clean'], 'ddrr', k),
          'action', 'reply', 'categoryId', NULL, 'postId', NULL, 'archetypeId', 'regular', 'whisper', false, 'metaData', NULL, 'composerTime', 15000 + k * 37, 'typingTime', 4000 + k * 11)::text END AS data) x;

CREATE TABLE bookmarks (
    id bigint PRIMARY KEY, user_id bigint NOT NULL, name varchar(100), reminder_at timestamp, created_at timestamp NOT NULL, auto_delete_preference integer DEFAULT 0 NOT NULL,
    bookmarkable_id integer, bookmarkable_type varchar
);
INSERT INTO bookmarks
SELECT k, 13 + fixture_gen.n('dbku', k, 1367),
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['try this on the garage sensor', 'reply after the weekend', 'ask ' || fixture_gen.first_name('dbkn', k) || ' about the wiring', 'the channel 25 trick',
              'buy from this guy, call ' || fixture_gen.phone('dbkp', k), 'for the blog post', 'check again after 2024.3', 'HA config example'], 'dbkn', k) END,
       CASE WHEN k % 5 = 0 THEN dgen.ts('dbkc', k) + interval '3 days' END, dgen.ts('dbkc', k), k % 4, CASE WHEN k % 10 = 9 THEN 1 + k % 750 ELSE 1 + fixture_gen.n('dbkp', k, 4400) END,
       CASE WHEN k % 10 = 9 THEN 'Topic' ELSE 'Post' END
FROM generate_series(1, 420) k;

CREATE TABLE directory_items (
    id integer PRIMARY KEY, period_type integer NOT NULL, user_id integer NOT NULL, likes_received integer NOT NULL, likes_given integer NOT NULL, post_count integer NOT NULL,
    days_visited integer DEFAULT 0 NOT NULL
);
INSERT INTO directory_items
SELECT row_number() OVER (ORDER BY p, u.id), p, u.id, fixture_gen.n('ddil' || p, u.id, 500 / p), fixture_gen.n('ddig' || p, u.id, 400 / p), fixture_gen.n('ddip' || p, u.id, 300 / p), fixture_gen.n('ddiv' || p, u.id, 365 / p)
FROM users u, generate_series(1, 2) p WHERE u.id > 0 AND NOT u.staged;

-- Reply keys: the address replies+<key>@ lets whoever holds it post as the user by email.
CREATE TABLE post_reply_keys (
    id bigint PRIMARY KEY, user_id integer NOT NULL, post_id integer NOT NULL, reply_key uuid NOT NULL, created_at timestamp NOT NULL
);
INSERT INTO post_reply_keys
SELECT k, l.user_id, l.post_id, fixture_gen.uuid('dprk', k)::uuid, l.created_at FROM email_logs l, LATERAL (SELECT l.id AS k) x WHERE l.post_id IS NOT NULL AND l.user_id IS NOT NULL;

CREATE TABLE user_second_factors (
    id integer PRIMARY KEY, user_id integer NOT NULL, method integer NOT NULL, data varchar NOT NULL, enabled boolean DEFAULT false NOT NULL, name varchar(300),
    last_used timestamp
);
INSERT INTO user_second_factors
SELECT row_number() OVER (ORDER BY u, m), u, m,
       CASE WHEN m = 1 THEN fixture_gen.chars('dsfd', u, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
            ELSE (SELECT json_agg(json_build_object('salt', fixture_gen.hexn('dsfs' || j, u, 32), 'code_hash', fixture_gen.hexn('dsfh' || j, u, 64)))::text FROM generate_series(1, 10) j) END,
       u % 9 <> 0, CASE WHEN m = 1 THEN fixture_gen.pick(ARRAY['Google Authenticator', '1Password', 'Authy', 'Aegis', 'Bitwarden', 'iPhone'], 'dsfn', u) END,
       CASE WHEN u % 9 <> 0 THEN dgen.ts('dsfl', u) END
FROM (SELECT DISTINCT u FROM (SELECT CASE WHEN k <= 12 THEN k ELSE 13 + fixture_gen.n('dsfu', k, 1367) END AS u FROM generate_series(1, 110) k) a) b, LATERAL (SELECT unnest(CASE WHEN u % 3 = 0 THEN ARRAY[1, 2] ELSE ARRAY[1] END) AS m) mm;

CREATE TABLE email_change_requests (
    id integer PRIMARY KEY, user_id integer NOT NULL, old_email varchar, new_email varchar NOT NULL, change_state integer NOT NULL, created_at timestamp NOT NULL,
    requested_by_user_id integer
);
INSERT INTO email_change_requests
SELECT k, u.id, e.email, CASE WHEN k % 4 = 0 THEN substr(fixture_gen.ascii(d.first), 1, 1) || '.' || fixture_gen.ascii(d.last) || '@' || (SELECT m.dom FROM dgen.emp m WHERE m.k = 1 + k.k % 8) ELSE dgen.mail(d.first, d.last, 'decr', k) END,
       (ARRAY[1, 2, 4, 4])[1 + k % 4], dgen.ts('decc', k), CASE WHEN k % 10 = 3 THEN 1 + k % 12 ELSE u.id END
FROM generate_series(1, 70) k JOIN users u ON u.id = 13 + fixture_gen.n('decu', k, 1367) JOIN dgen.u d ON d.i = u.id JOIN user_emails e ON e.user_id = u.id AND e."primary";

CREATE TABLE unsubscribe_keys (
    key varchar(64) PRIMARY KEY, user_id integer NOT NULL, created_at timestamp NOT NULL, unsubscribe_key_type varchar, topic_id integer
);
INSERT INTO unsubscribe_keys
SELECT fixture_gen.hexn('dunk', k, 64), l.user_id, l.created_at, CASE WHEN l.email_type = 'digest' THEN 'digest' ELSE 'topic' END, CASE WHEN l.email_type <> 'digest' THEN p.topic_id END
FROM generate_series(1, 900) k JOIN email_logs l ON l.id = k LEFT JOIN posts p ON p.id = l.post_id WHERE l.email_type IN ('digest', 'user_replied', 'user_posted', 'mailing_list');

CREATE TABLE push_subscriptions (
    id bigint PRIMARY KEY, user_id bigint NOT NULL, data varchar NOT NULL, created_at timestamp NOT NULL, error_count integer DEFAULT 0 NOT NULL
);
INSERT INTO push_subscriptions
SELECT k, 13 + fixture_gen.n('dpsu', k, 1367),
       json_build_object('endpoint', CASE WHEN k % 3 = 0 THEN 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA' || dgen.tok('dpse', k, 140)
                                          WHEN k % 3 = 1 THEN 'https://fcm.googleapis.com/fcm/send/' || dgen.tok('dpse', k, 11) || ':APA91b' || dgen.tok('dpse2', k, 134)
                                          ELSE 'https://web.push.apple.com/Q' || dgen.tok('dpse', k, 60) END,
                         'expirationTime', NULL, 'keys', json_build_object('p256dh', 'B' || translate(rtrim(fixture_gen.b64('dpsk', k, 64), '='), '+/', '-_'), 'auth', translate(rtrim(fixture_gen.b64('dpsa', k, 16), '='), '+/', '-_')))::text,
       dgen.ts('dpsc', k), CASE WHEN k % 13 = 0 THEN 2 ELSE 0 END
FROM generate_series(1, 160) k;

-- The plugin store: staff notes on members (discourse-user-notes), chat
-- integration rules, the Patreon and Zendesk plugins' state.
CREATE TABLE plugin_store_rows (
    id integer PRIMARY KEY, plugin_name varchar NOT NULL, key varchar NOT NULL, type_name varchar NOT NULL, value text
);
INSERT INTO plugin_store_rows
SELECT row_number() OVER (ORDER BY r.plugin_name, r.key), r.plugin_name, r.key, r.type_name, r.value
FROM (
  SELECT 'user_notes' AS plugin_name, 'notes:' || u.id AS key, 'JSON' AS type_name,
         json_build_array(json_build_object('id', fixture_gen.hexn('dpnid', u.id, 32), 'user_id', u.id, 'raw', fixture_gen.pick(ARRAY[
            'Called about a chargeback on ' || 'HS-' || (10000 + u.id) || '. Says the hub never arrived; courier has a signature from ' || fixture_gen.full_name('dpnsig', u.id) || '.',
            'Warned by phone (' || d.phone || ') about posting other members'' addresses.', 'Known installer, legit. Works for ' || (SELECT nm FROM dgen.emp WHERE k = 1 + u.id % 8) || '.',
            'Second account of ' || fixture_gen.pick(ARRAY['lumen42', 'zwavemaker', 'relay_fan'], 'dpnalt', u.id) || ', same IP. Keep an eye on it.', 'Has a hearing impairment, prefers email to phone support.',
            'Asked for account deletion, then changed his mind. Do not delete.'], 'dpnraw', u.id), 'created_by', 1 + u.id % 12, 'created_at', to_char(u.created_at + interval '300 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text AS value
  FROM users u JOIN dgen.u d ON d.i = u.id JOIN user_custom_fields f ON f.user_id = u.id AND f.name = 'user_notes_count'
  UNION ALL SELECT 'discourse-chat-integration', 'channel:' || k, 'JSON', json_build_object('provider', 'slack', 'error_key', NULL, 'error_info', NULL, 'data', json_build_object('identifier', (ARRAY['#community-feed', '#support-escalations', '#beta', '#firmware'])[k]))::text
    FROM generate_series(1, 4) k
  UNION ALL SELECT 'discourse-chat-integration', 'rule:' || k, 'JSON', json_build_object('channel_id', 1 + k % 4, 'type', 'normal', 'filter', (ARRAY['watch', 'follow', 'mute'])[1 + k % 3], 'category_id', (ARRAY[5, 12, 15, 18, 16, 9])[k], 'tags', NULL)::text
    FROM generate_series(1, 6) k
  UNION ALL SELECT 'discourse-patreon', 'access_token', 'String', dgen.tok('dpat', 1, 43)
  UNION ALL SELECT 'discourse-patreon', 'refresh_token', 'String', dgen.tok('dpat', 2, 43)
  UNION ALL SELECT 'discourse-patreon', 'last_sync', 'JSON', '{"at":"2024-02-20T04:00:12.118Z"}'
  UNION ALL SELECT 'discourse-zendesk-plugin', 'last_sync_ticket_id', 'Integer', '58912'
  UNION ALL SELECT 'discourse-narrative-bot', 'new_user_narrative_state_' || (13 + k * 37), 'JSON',
         json_build_object('topic_id', 751 + k % 50, 'state', (ARRAY['begin', 'tutorial_bookmark', 'tutorial_onebox', 'tutorial_emoji', 'end'])[1 + k % 5], 'track', 'DiscourseNarrativeBot::NewUserNarrative', 'last_post_id', 4000 + k)::text
    FROM generate_series(1, 30) k
  UNION ALL SELECT 'discourse-akismet', 'akismet_state', 'JSON', '{"checked":18223,"spam":911}'
) r;

-- JSON kept as text, written as the application writes it.
UPDATE notifications SET data = dgen.cj(data::json);
UPDATE web_hook_events SET headers = dgen.cj(headers::json), payload = dgen.cj(payload::json);
UPDATE drafts SET data = dgen.cj(data::json);
UPDATE reviewables SET payload = dgen.cj(payload)::json;
UPDATE push_subscriptions SET data = dgen.cj(data::json);
UPDATE plugin_store_rows SET value = dgen.cj(value::json) WHERE type_name = 'JSON';
UPDATE post_custom_fields SET value = dgen.cj(value::json) WHERE name = 'notice';
UPDATE user_second_factors SET data = dgen.cj(data::json) WHERE method = 2;

SET client_min_messages = warning;
DROP SCHEMA dgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
